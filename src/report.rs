//! The report: everything a check found, as plain serializable data. The JSON format is this
//! struct; the human format renders the same values (see [`crate::render`]).
//!
//! Everything in it is sorted: sources by path, claims by source, position and rule, findings
//! by kind, rule and fingerprint. The same inputs give the same bytes.

use std::collections::HashMap;
use std::sync::Arc;

use serde::Serialize;

use crate::compare::{Finding, FindingKind};
use crate::excerpt::{Excerpts, SourceExcerpts};
use crate::extract::Claim;
use crate::grammar::Lang;
use crate::review::{Reviewed, StaleReview};
use crate::rules::{RuleSet, Severity};
use crate::source::{FileFate, Source};
use crate::value::{Mod, Published, Value, WarningCode};

mod lines;

pub use lines::{LineIndex, line_column};

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub sources: Vec<SourceEntry>,
    /// Shared with the findings that involve them (a finding holds the same entries).
    pub claims: Vec<Arc<ClaimEntry>>,
    pub findings: Vec<FindingEntry>,
    pub summary: Summary,
    /// Review entries whose finding has gone (see [`crate::review`]); empty unless a review
    /// file was applied.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub stale_reviews: Vec<StaleReview>,
    /// Files under the paths checked that were not read as articles on purpose (their name,
    /// empty, binary…), and those that failed (see [`crate::source::FileFate`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<FileFate>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub failed: Vec<FileFate>,
    /// What is kept of each source's text, aligned with `sources`: the stretches its claims
    /// point into, for the formats that show excerpts and place them (see [`crate::excerpt`]).
    #[serde(skip)]
    pub excerpts: Excerpts,
    /// For a check run with [`crate::stream::Keep::Spill`] (`check --format json`): the claims'
    /// entries, in a temporary file, and each finding's claim ids. `claims` and each finding's
    /// `claims` are then empty, and only the JSON format and the summary line read the report.
    #[serde(skip)]
    pub spilled: Option<Arc<crate::stream::spill::Spilled>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SourceEntry {
    pub path: String,
    pub published: Option<Published>,
    pub outlet: Option<String>,
    pub lang: Lang,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<String>,
    /// The encoding the file was decoded from, when it was not UTF-8.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
    /// Whether that encoding was guessed (no byte-order mark declared it).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub encoding_guessed: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct ClaimEntry {
    /// The rule's id (shared by every claim of the rule).
    pub rule: Arc<str>,
    /// The source's path (shared by every claim of the source).
    pub source: Arc<str>,
    /// TIMEX3 for dates and durations, a plain decimal for counts.
    pub value: Value,
    #[serde(rename = "mod")]
    pub modifier: Option<Mod>,
    /// The value as written.
    pub text: Box<str>,
    /// Byte offsets into the source's file as it is on disk, end exclusive (for a file decoded
    /// from another encoding, they differ from `in_text`).
    pub start: usize,
    pub end: usize,
    /// 1-based line and column (in characters) of `start`.
    pub line: usize,
    pub column: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<WarningEntry>,
    /// The sentence (or paragraph) the rule matched in, as byte offsets.
    #[serde(skip)]
    pub context: (usize, usize),
    /// What the rule's pattern matched, as byte offsets.
    #[serde(skip)]
    pub evidence: (usize, usize),
    /// Index into `sources`.
    #[serde(skip)]
    pub source_index: usize,
    /// Index among the claims the report was built from: what identifies the claim in a
    /// finding's copy (the JSON format writes each claim once and refers to it by id).
    #[serde(skip)]
    pub index: usize,
    /// The value's byte range in the decoded text (see `Report::excerpts`), for rendering.
    #[serde(skip)]
    pub in_text: (usize, usize),
    /// 1-based line and column (in characters) of the value's end (`in_text.1`).
    #[serde(skip)]
    pub end_place: (usize, usize),
}

#[derive(Debug, Clone, Serialize)]
pub struct WarningEntry {
    pub code: WarningCode,
    pub message: String,
    #[serde(skip)]
    pub spans: Vec<(usize, usize)>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FindingEntry {
    /// Stable fingerprint: rule, subject, sources and values; not line numbers.
    pub id: String,
    pub kind: FindingKind,
    pub rule: String,
    pub title: String,
    pub severity: Severity,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// One sentence saying which sources say what.
    pub message: String,
    /// The claims involved, inline (the report's own entries, shared); the first is the one
    /// the finding is anchored on.
    pub claims: Vec<Arc<ClaimEntry>>,
    /// An editor's decision on this finding, from the review file; a reviewed finding does not
    /// fail the run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub review: Option<Reviewed>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub sources: usize,
    pub claims: usize,
    pub conflicts: usize,
    pub refinements: usize,
    pub agreements: usize,
    pub single_source: usize,
    /// Values an outlet revised in a later edition (see [`crate::compare`]).
    #[serde(skip_serializing_if = "is_zero")]
    pub revisions: usize,
    pub warnings: usize,
    /// Findings an editor has reviewed (counted in their kind too).
    #[serde(skip_serializing_if = "is_zero")]
    pub reviewed: usize,
    #[serde(skip_serializing_if = "is_zero")]
    pub stale_reviews: usize,
    /// Files not read on purpose, and files that failed (see `Report::skipped`, `failed`).
    #[serde(skip_serializing_if = "is_zero")]
    pub skipped: usize,
    #[serde(skip_serializing_if = "is_zero")]
    pub failed: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// Assembles the report of a check: pure, from what was loaded, extracted and compared. The
/// report keeps of each text only what its claims point into (see [`crate::excerpt`]).
pub fn build(
    rules: &RuleSet,
    sources: &[Source],
    claims: &[Claim],
    findings: &[Finding],
) -> Report {
    use rayon::prelude::*;
    let lines: Vec<LineIndex> = sources
        .par_iter()
        .map(|s| LineIndex::new(s.text.clone()))
        .collect();
    let rule_ids = rule_ids(rules);
    let paths: Vec<Arc<str>> = sources
        .iter()
        .map(|s| Arc::from(s.display_path()))
        .collect();
    let entries: Vec<Arc<ClaimEntry>> = claims
        .par_iter()
        .enumerate()
        .map(|(i, c)| {
            Arc::new(claim_entry(
                &rule_ids,
                &sources[c.source],
                &paths[c.source],
                &lines[c.source],
                c,
                i,
            ))
        })
        .collect();
    let mut ranges: Vec<Vec<std::ops::Range<usize>>> = vec![Vec::new(); sources.len()];
    for c in claims {
        ranges[c.source].extend(kept_ranges(c));
    }
    let excerpts = Excerpts {
        sources: sources
            .par_iter()
            .zip(&lines)
            .zip(ranges)
            .map(|((s, lines), ranges)| Arc::new(SourceExcerpts::keep(&s.text, lines, ranges)))
            .collect(),
    };
    assemble(rules, sources, entries, findings, excerpts)
}

/// The byte ranges of its source's text that the formats read for a claim: its value, its
/// sentence, its evidence and its warnings' spans.
pub fn kept_ranges(c: &Claim) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    [c.span.clone(), c.context.clone(), c.evidence.clone()]
        .into_iter()
        .chain(
            c.warnings
                .iter()
                .flat_map(|w| w.spans.iter().map(|s| s.start..s.end)),
        )
}

/// The report from its parts: `entries` are the claims' entries (entry `i` is claim `i`, the
/// claims the findings' indices point to), and `sources` need only their paths and metadata
/// (their texts may have been dropped).
pub fn assemble(
    rules: &RuleSet,
    sources: &[Source],
    entries: Vec<Arc<ClaimEntry>>,
    findings: &[Finding],
    excerpts: Excerpts,
) -> Report {
    use rayon::prelude::*;
    let warnings = entries.iter().map(|c| c.warnings.len()).sum();
    let summary = summary_of(
        sources.len(),
        entries.len(),
        warnings,
        findings.iter().map(|f| f.kind),
    );
    let findings = findings
        .par_iter()
        .map(|f| {
            let mut ids = f.claims.clone();
            // The anchor first, the rest in source order.
            ids.sort_by_key(|&i| {
                (
                    i != f.primary,
                    entries[i].source_index,
                    entries[i].in_text.0,
                )
            });
            finding_entry(
                rules,
                f,
                f.message
                    .clone()
                    .unwrap_or_else(|| message(f, &sources, &entries)),
                ids.iter().map(|&i| entries[i].clone()).collect(),
            )
        })
        .collect();
    Report::of(sources, entries, findings, summary, excerpts)
}

impl Report {
    /// A report of these parts, with no review applied and no file fate.
    fn of(
        sources: &[Source],
        claims: Vec<Arc<ClaimEntry>>,
        findings: Vec<FindingEntry>,
        summary: Summary,
        excerpts: Excerpts,
    ) -> Report {
        Report {
            sources: sources.iter().map(source_entry).collect(),
            claims,
            findings,
            summary,
            stale_reviews: Vec::new(),
            skipped: Vec::new(),
            failed: Vec::new(),
            excerpts,
            spilled: None,
        }
    }
}

/// The summary's counts of sources, claims, warnings and findings (of each kind).
fn summary_of(
    sources: usize,
    claims: usize,
    warnings: usize,
    kinds: impl Iterator<Item = FindingKind>,
) -> Summary {
    let mut summary = Summary {
        sources,
        claims,
        warnings,
        ..Summary::default()
    };
    for kind in kinds {
        match kind {
            FindingKind::Conflict => summary.conflicts += 1,
            FindingKind::Refinement => summary.refinements += 1,
            FindingKind::Revision => summary.revisions += 1,
            FindingKind::Agreement => summary.agreements += 1,
            FindingKind::SingleSource => summary.single_source += 1,
        }
    }
    summary
}

/// The report's entry of finding `f`, saying `message`, with `claims` inlined (the anchor
/// first).
pub fn finding_entry(
    rules: &RuleSet,
    f: &Finding,
    message: String,
    claims: Vec<Arc<ClaimEntry>>,
) -> FindingEntry {
    let rule = &rules.rules[f.rule];
    FindingEntry {
        id: f.id.clone(),
        kind: f.kind,
        rule: rule.id.clone(),
        title: rule.title.clone(),
        severity: rule.severity,
        subject: f.subject.clone(),
        message,
        claims,
        review: None,
    }
}

/// The report of a check whose claims were spilled (see [`crate::stream::spill`]): `findings`
/// are its findings' entries, sorted, with no claim inlined, and `spilled` holds the sources'
/// and the claims' entries and each finding's claim ids; `warnings` counts the claims'
/// warnings. Its `sources` and `claims` are empty (`summary` counts them).
pub fn assemble_spilled(
    findings: Vec<FindingEntry>,
    warnings: usize,
    excerpts: Excerpts,
    spilled: crate::stream::spill::Spilled,
) -> Report {
    let summary = summary_of(
        spilled.sources.len(),
        spilled.entries.len(),
        warnings,
        findings.iter().map(|f| f.kind),
    );
    Report {
        spilled: Some(Arc::new(spilled)),
        ..Report::of(&[], Vec::new(), findings, summary, excerpts)
    }
}

/// What a report says of one source.
pub fn source_entry(s: &Source) -> SourceEntry {
    SourceEntry {
        path: s.display_path(),
        published: s.meta.published,
        outlet: s.meta.outlet.clone(),
        lang: s.meta.lang,
        inferred: s.meta.inferred.clone(),
        encoding: s.decoded_from.as_ref().map(|d| d.encoding.to_string()),
        encoding_guessed: s.decoded_from.as_ref().is_some_and(|d| d.guessed),
    }
}

/// Every rule's id, by rule index, once: what the claim entries share.
pub fn rule_ids(rules: &RuleSet) -> Vec<Arc<str>> {
    rules
        .rules
        .iter()
        .map(|r| Arc::from(r.id.as_str()))
        .collect()
}

/// The entry of claim `c` of `source` (whose text's line index is `lines`, and whose path as
/// shown is `path`), `index`-th among the claims the report is built from; `rule_ids` are
/// [`rule_ids`].
pub fn claim_entry(
    rule_ids: &[Arc<str>],
    source: &Source,
    path: &Arc<str>,
    lines: &LineIndex,
    c: &Claim,
    index: usize,
) -> ClaimEntry {
    entry_of(rule_ids, path, c, place(source, lines, c), index)
}

/// What a claim's entry reads off its source's text: kept when the text is dropped, so that
/// the entry can be made later, after the comparison (see [`crate::stream`]).
#[derive(Debug, Clone)]
pub struct Placed {
    /// The value as written.
    text: Box<str>,
    /// The value's byte range in the file as it is on disk.
    start: usize,
    end: usize,
    /// Line and column of the value's start, and of its end.
    place: (usize, usize),
    end_place: (usize, usize),
}

/// [`Placed`] of claim `c` of `source`, whose text's line index is `lines`.
pub fn place(source: &Source, lines: &LineIndex, c: &Claim) -> Placed {
    Placed {
        text: Box::from(&source.text[c.span.clone()]),
        start: source.original_offset(c.span.start),
        end: source.original_offset(c.span.end),
        place: lines.line_column(c.span.start),
        end_place: lines.line_column(c.span.end),
    }
}

/// The entry of claim `c`, placed in its text by `placed`, whose source's path as shown is
/// `path`; see [`claim_entry`].
pub fn entry_of(
    rule_ids: &[Arc<str>],
    path: &Arc<str>,
    c: &Claim,
    placed: Placed,
    index: usize,
) -> ClaimEntry {
    let (line, column) = placed.place;
    ClaimEntry {
        rule: rule_ids[c.rule].clone(),
        source: path.clone(),
        value: c.value,
        modifier: c.modifier,
        text: placed.text,
        start: placed.start,
        end: placed.end,
        line,
        column,
        subject: c.subject.clone(),
        warnings: c
            .warnings
            .iter()
            .map(|w| WarningEntry {
                code: w.code,
                message: w.message.clone(),
                spans: w.spans.iter().map(|s| (s.start, s.end)).collect(),
            })
            .collect(),
        context: (c.context.start, c.context.end),
        evidence: (c.evidence.start, c.evidence.end),
        source_index: c.source,
        index,
        in_text: (c.span.start, c.span.end),
        end_place: placed.end_place,
    }
}

/// A value as people read it in a help line: `2023-09`, `~100000`, `>6000`, `2020 (END)`.
pub fn show_value(value: &Value, modifier: Option<Mod>) -> String {
    match modifier {
        None => value.to_string(),
        Some(Mod::Approx) => format!("~{value}"),
        Some(Mod::MoreThan) => format!(">{value}"),
        Some(Mod::LessThan) => format!("<{value}"),
        Some(m) => format!("{value} ({m})"),
    }
}

/// How many sources a message names for one value before it says "and N more sources".
const NAMES_SHOWN: usize = 3;
/// How many values a message shows before it says "and N more values".
const VALUES_SHOWN: usize = 6;

/// What a finding's message reads of a claim: its source, where it starts in the text, its
/// value. Both an extracted [`Claim`] (lint, before entries exist) and a report's
/// [`ClaimEntry`] (check, after the comparison) say it.
pub(crate) trait Stated {
    fn source(&self) -> usize;
    fn start(&self) -> usize;
    fn value(&self) -> &Value;
    fn modifier(&self) -> Option<Mod>;
}

impl Stated for Claim {
    fn source(&self) -> usize {
        self.source
    }
    fn start(&self) -> usize {
        self.span.start
    }
    fn value(&self) -> &Value {
        &self.value
    }
    fn modifier(&self) -> Option<Mod> {
        self.modifier
    }
}

impl Stated for Arc<ClaimEntry> {
    fn source(&self) -> usize {
        self.source_index
    }
    fn start(&self) -> usize {
        self.in_text.0
    }
    fn value(&self) -> &Value {
        &self.value
    }
    fn modifier(&self) -> Option<Mod> {
        self.modifier
    }
}

/// A finding's claims in the order its report lists them: the anchor first, the rest in
/// source order (and by position in a source). A finding's claims are in source order already
/// (see [`Finding::claims`]): then they are taken as they are, and only a list in another order
/// is sorted, in a copy.
pub(crate) fn anchored<'a, C: Stated>(
    f: &'a Finding,
    claims: &[C],
) -> Box<dyn Iterator<Item = usize> + 'a> {
    let key = |i: usize| (claims[i].source(), claims[i].start());
    if f.claims.windows(2).all(|w| key(w[0]) <= key(w[1])) {
        let anchors = f.claims.iter().filter(|&&i| i == f.primary).count();
        let rest = f.claims.iter().copied().filter(move |&i| i != f.primary);
        return Box::new(std::iter::repeat_n(f.primary, anchors).chain(rest));
    }
    let mut ids = f.claims.clone();
    ids.sort_by_key(|&i| (i != f.primary, key(i)));
    Box::new(ids.into_iter())
}

/// "000.txt says 2022-09; 001.txt and 002.txt say 2023-09": who says what, values in order of
/// first appearance. A long list is summarized ("a.txt, b.txt, c.txt and 412 more sources say
/// 100000"), so that a fact stated by every article of an archive gives a line, not a page.
/// Each value is found by a hash lookup, never by a scan; the names are counted by sorting the
/// claims' (value, source) pairs, 8 bytes a claim, rather than in a set of names per value.
pub(crate) fn message<C: Stated>(
    f: &Finding,
    sources: &dyn crate::compare::Sources,
    claims: &[C],
) -> String {
    use std::borrow::Cow;
    struct Said {
        value: String,
        /// The first names, in order, up to `NAMES_SHOWN`.
        shown: Vec<String>,
        /// How many distinct names state it.
        names: usize,
    }
    // Sources are deduplicated by the name shown: two paths with one file name read as one.
    let name_of = |source: usize| -> Cow<'_, str> {
        match sources.name_ref(source) {
            Some(name) => Cow::Borrowed(name),
            None => Cow::Owned(sources.name(source)),
        }
    };
    // Indices past `u32` (four billion sources) would be read as the last one: no corpus that
    // is compared in memory comes near.
    let small = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let mut by_value: Vec<Said> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    // Each claim's value (its place in `by_value`) and source.
    let mut stated: Vec<(u32, u32)> = Vec::with_capacity(f.claims.len());
    for i in anchored(f, claims) {
        let c = &claims[i];
        let shown = show_value(c.value(), c.modifier());
        let at = *index.entry(shown).or_insert_with_key(|shown| {
            by_value.push(Said {
                value: shown.clone(),
                shown: Vec::new(),
                names: 0,
            });
            by_value.len() - 1
        });
        stated.push((small(at), small(c.source())));
        let said = &mut by_value[at];
        // While fewer are shown, every distinct name seen is shown.
        if said.shown.len() < NAMES_SHOWN {
            let name = name_of(c.source());
            if !said.shown.iter().any(|s| *s == *name) {
                said.shown.push(name.into_owned());
            }
        }
    }
    drop(index);
    // The distinct names of each value: its pairs sorted by name (the same pair twice is
    // dropped first, without reading a name).
    stated.sort_unstable();
    stated.dedup();
    let by_name = |a: &(u32, u32), b: &(u32, u32)| {
        a.0.cmp(&b.0)
            .then_with(|| name_of(a.1 as usize).cmp(&name_of(b.1 as usize)))
    };
    stated.sort_unstable_by(by_name);
    stated.dedup_by(|a, b| by_name(a, b).is_eq());
    for &(at, _) in &stated {
        by_value[at as usize].names += 1;
    }
    let mut parts: Vec<String> = by_value
        .iter()
        .take(VALUES_SHOWN)
        .map(|said| {
            let verb = if said.names == 1 { "says" } else { "say" };
            let who = join_names(&said.shown, said.names - said.shown.len());
            format!("{who} {verb} {}", said.value)
        })
        .collect();
    if by_value.len() > VALUES_SHOWN {
        let rest = &by_value[VALUES_SHOWN..];
        let mut names: Vec<u32> = stated
            .iter()
            .filter(|&&(at, _)| at as usize >= VALUES_SHOWN)
            .map(|&(_, source)| source)
            .collect();
        names.sort_unstable_by(|&a, &b| name_of(a as usize).cmp(&name_of(b as usize)));
        names.dedup_by(|a, b| name_of(*a as usize) == name_of(*b as usize));
        parts.push(format!(
            "{} more values in {} {}",
            rest.len(),
            names.len(),
            if names.len() == 1 {
                "source"
            } else {
                "sources"
            }
        ));
    }
    let said = parts.join("; ");
    match f.kind {
        FindingKind::Conflict if f.within_source => format!("one source states two values: {said}"),
        _ => said,
    }
}

/// "a", "a and b", "a, b and c", or "a, b, c and 412 more sources" when `more` are not shown.
pub(crate) fn join_names(names: &[String], more: usize) -> String {
    match (names, more) {
        ([], _) => String::new(),
        ([one], 0) => one.clone(),
        ([init @ .., last], 0) => format!("{} and {last}", init.join(", ")),
        (_, more) => {
            let noun = if more == 1 { "source" } else { "sources" };
            format!("{} and {more} more {noun}", names.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_index_agrees_with_line_column_everywhere() {
        let mut text = String::from("\u{feff}é\r\nà 17 avril\n\nmot\rmot\r\r\n");
        for i in 0..400 {
            text.push_str(if i % 7 == 0 {
                "«\u{202f}2 000\u{a0}» "
            } else {
                "mot "
            });
        }
        text.push('\n');
        let index = LineIndex::new(Arc::from(text.as_str()));
        for offset in 0..=text.len() + 2 {
            assert_eq!(
                index.line_column(offset),
                line_column(&text, offset),
                "offset {offset}"
            );
        }
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "é\nà 17 avril";
        let at = text.find("17").unwrap();
        assert_eq!(line_column(text, at), (2, 3));
        assert_eq!(line_column(text, 0), (1, 1));
    }
}
