//! Discovery: the facts the sources share, and where they disagree, with no rule written.
//!
//! The grammar already finds every date, duration and number of every source. Discovery groups
//! those mentions into *candidate facts*: mentions of one kind, counting the same thing, whose
//! sentences share rare words ([`context`], [`group`]). Each candidate that two sources state is
//! compared by the comparator, exactly as a rule's claims are ([`crate::compare`]), and the
//! list is ranked by how tightly the mentions hang together and how many sources take part
//! ([`rank`]). Mentions a rule of the claims folder already takes are marked *rule-bound*, so
//! that the list shows what the rules do not cover yet. A candidate becomes a rule draft with
//! [`suggest`]; a new article's mentions that fall into a corpus candidate and disagree with
//! it are lint hints ([`hints`]). [`format`](mod@format) renders candidates as human text, JSON and SARIF.
//!
//! Invariants: pure over loaded sources (only [`run`] loads); no loop over pairs of mentions
//! (see [`group`]); candidates and their mentions are sorted, and the result is the same at
//! any thread count.

pub mod context;
pub mod format;
mod function_words;
pub mod group;
pub mod hints;
pub mod rank;
pub mod suggest;
pub mod values;

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::compare::{self, FindingKind};
use crate::extract::{self, Claim};
use crate::report::{self, ClaimEntry, LineIndex, SourceEntry};
use crate::rules::{self, Rule, RuleSet};
use crate::source::Source;
use crate::value::{Mention, ValueKind};
use context::{Profile, Rarity, SourceText};

/// How many candidates `discover` lists unless told.
pub const DEFAULT_LIMIT: usize = 15;

/// One candidate fact: mentions of several sources (or one) that seem to state one thing.
#[derive(Debug, Clone, Serialize)]
pub struct Candidate {
    /// `DC-` and a fingerprint of the kind, the counted noun, the shared words and each
    /// source's file name with its value: stable across edits elsewhere in the texts.
    pub id: String,
    /// Always `candidate`: what CI keys on to collect or ignore discovery findings.
    pub kind: &'static str,
    /// What kind of value: `date`, `duration` or `number`.
    pub value_kind: ValueKind,
    /// The comparator's verdict: `conflict`, `agreement` or `single-source`.
    pub verdict: FindingKind,
    /// Whether, within an agreement, one source is more precise than another.
    pub refines: bool,
    /// A short name from the shared words, for people and for a rule draft's id.
    pub title: String,
    /// The noun the counts count, as first written, when they share one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counts: Option<String>,
    /// The words that tie the mentions together, rarest and nearest first.
    pub shared: Vec<SharedWord>,
    /// How alike the mentions' contexts are, 0 to 1 (a lone mention: how specific its value).
    pub confidence: f64,
    /// How many sources state it.
    pub sources: usize,
    /// Who says what, as the check's findings say it.
    pub message: String,
    /// The mentions, in source order.
    pub mentions: Vec<CandidateMention>,
}

/// A word shared by the mentions of a candidate.
#[derive(Debug, Clone, Serialize)]
pub struct SharedWord {
    /// As first written.
    pub word: String,
    /// Its base, as cues compare it.
    pub base: String,
    /// How many of the candidate's sources use it.
    pub sources: usize,
}

/// One mention of a candidate.
#[derive(Debug, Clone, Serialize)]
pub struct CandidateMention {
    #[serde(flatten)]
    pub claim: ClaimEntry,
    /// The id of the rule that already takes this value, if one does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule_bound: Option<String>,
    /// The sentence, as byte offsets.
    #[serde(skip)]
    pub sentence: (usize, usize),
}

/// What discovery found in a set of sources.
#[derive(Debug, Clone, Serialize)]
pub struct Discovery {
    pub sources: Vec<SourceEntry>,
    /// Ranked, best first; at most the limit asked for.
    pub candidates: Vec<Candidate>,
    pub summary: DiscoverySummary,
    #[serde(skip)]
    pub texts: Vec<std::sync::Arc<str>>,
    #[serde(skip)]
    pub lines: Vec<LineIndex>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DiscoverySummary {
    pub sources: usize,
    pub mentions: usize,
    /// Every candidate found, before the limit.
    pub candidates: usize,
    /// Candidates that two or more sources state.
    pub shared: usize,
    pub conflicts: usize,
    /// Candidates listed (after the limit).
    pub listed: usize,
    /// Listed candidates none of whose mentions a rule takes.
    pub uncovered: usize,
}

/// Everything discovery computes before ranking: every group, its profiles and its verdict.
pub struct Analysis {
    pub profiles: Vec<Profile>,
    pub rarity: Rarity,
    /// Every candidate, ranked, with its member profiles (indices into `profiles`).
    pub candidates: Vec<(Candidate, Vec<usize>)>,
}

/// Discovers the candidate facts of `sources`; `rules` mark what is rule-bound. Pure.
pub fn discover(rules: &RuleSet, sources: &[Source], limit: usize) -> Discovery {
    let analysis = analyze(rules, sources);
    let total = analysis.candidates.len();
    let shared = analysis
        .candidates
        .iter()
        .filter(|(c, _)| c.sources > 1)
        .count();
    let conflicts = analysis
        .candidates
        .iter()
        .filter(|(c, _)| c.verdict == FindingKind::Conflict)
        .count();
    let candidates: Vec<Candidate> = analysis
        .candidates
        .into_iter()
        .take(limit)
        .map(|(c, _)| c)
        .collect();
    let uncovered = candidates
        .iter()
        .filter(|c| c.mentions.iter().all(|m| m.rule_bound.is_none()))
        .count();
    Discovery {
        sources: sources.iter().map(crate::report::source_entry).collect(),
        summary: DiscoverySummary {
            sources: sources.len(),
            mentions: analysis.profiles.len(),
            candidates: total,
            shared,
            conflicts,
            listed: candidates.len(),
            uncovered,
        },
        candidates,
        texts: sources.iter().map(|s| s.text.clone()).collect(),
        lines: sources
            .iter()
            .map(|s| LineIndex::new(s.text.clone()))
            .collect(),
    }
}

/// Scans every source once (in parallel, collected in source order), profiles its mentions,
/// groups them, compares and ranks.
pub fn analyze(rules: &RuleSet, sources: &[Source]) -> Analysis {
    use rayon::prelude::*;
    let per_source: Vec<(Vec<Profile>, Vec<Claim>)> = sources
        .par_iter()
        .enumerate()
        .map(|(si, source)| {
            let mentions = extract::scan_source(source);
            let claims = extract::extract_from(rules, si, source, &mentions);
            let text = SourceText::new(source);
            (context::raw_profiles(si, source, &text, &mentions), claims)
        })
        .collect();
    let mut profiles: Vec<Profile> = Vec::new();
    let mut bound: Vec<Claim> = Vec::new();
    for (p, c) in per_source {
        profiles.extend(p);
        bound.extend(c);
    }
    let rarity = Rarity::of(&profiles);
    for p in &mut profiles {
        rarity.weigh(p);
    }
    let groups = group::group(&profiles);
    let candidates = build_candidates(rules, sources, &profiles, &groups, &bound);
    Analysis {
        profiles,
        rarity,
        candidates: rank::rank(candidates),
    }
}

/// A rule standing for one candidate, so that the comparator and the report builder treat a
/// candidate's mentions as they treat a rule's claims.
fn stand_in(id: &str, title: &str, kind: ValueKind) -> Rule {
    Rule {
        id: id.to_string(),
        title: title.to_string(),
        kind,
        description: None,
        link: None,
        severity: rules::Severity::Info,
        lang: None,
        patterns: Vec::new(),
        cues: None,
        require: Vec::new(),
        exclude: Vec::new(),
        scope: rules::Scope::Sentence,
        unit: None,
        tolerance: None,
        tolerance_source: None,
        tally: None,
        subjects: Vec::new(),
        examples: Vec::new(),
        counter_examples: Vec::new(),
        origin: rules::Origin {
            file: PathBuf::from("<discovered>"),
            line: 0,
            column: 0,
            offset: 0,
        },
    }
}

/// A mention as a claim of stand-in rule `rule`.
fn as_claim(rule: usize, p: &Profile) -> Claim {
    let m: &Mention = &p.mention;
    let (value, modifier) = extract::as_kind(m, m.kind);
    Claim {
        rule,
        source: p.source,
        by: rules::MatchedBy::Pattern(0),
        span: extract::span_as(m, m.kind),
        context: p.sentence.clone(),
        evidence: m.start..m.end,
        value,
        modifier,
        subject: None,
        warnings: m.warnings.clone(),
    }
}

fn build_candidates(
    rules: &RuleSet,
    sources: &[Source],
    profiles: &[Profile],
    groups: &[Vec<usize>],
    bound: &[Claim],
) -> Vec<(Candidate, Vec<usize>, f64)> {
    // The rule that takes each value: (source, start) → rule id. Claims are sorted by source,
    // position and rule.
    let bound_by = |p: &Profile| -> Option<String> {
        let key = (p.source, p.mention.start);
        let at = bound.partition_point(|c| (c.source, c.span.start) < key);
        bound
            .get(at)
            .filter(|c| (c.source, c.span.start) == key)
            .map(|c| rules.rules[c.rule].id.clone())
    };
    let described: Vec<rank::Described> =
        groups.iter().map(|g| rank::describe(profiles, g)).collect();
    let set = RuleSet {
        rules: described
            .iter()
            .zip(groups)
            .map(|(d, g)| stand_in(&d.id, &d.title, profiles[g[0]].kind()))
            .collect(),
        ..RuleSet::default()
    };
    let mut claims: Vec<Claim> = Vec::new();
    for (gi, g) in groups.iter().enumerate() {
        claims.extend(g.iter().map(|&i| as_claim(gi, &profiles[i])));
    }
    let findings = compare::compare(&set, sources, &claims);
    let report = report::build(&set, sources, &claims, &findings);
    let mut verdicts: Vec<(FindingKind, bool)> =
        vec![(FindingKind::SingleSource, false); groups.len()];
    let mut messages: Vec<Option<String>> = vec![None; groups.len()];
    // Findings come conflicts first, then refinements, agreements and single-source claims:
    // a group's message is that of its weightiest finding other than a refinement.
    for (f, entry) in findings.iter().zip(&report.findings) {
        let v = &mut verdicts[f.rule];
        match f.kind {
            FindingKind::Conflict => v.0 = FindingKind::Conflict,
            FindingKind::Agreement if v.0 != FindingKind::Conflict => v.0 = FindingKind::Agreement,
            FindingKind::Refinement => v.1 = true,
            _ => {}
        }
        if f.kind != FindingKind::Refinement && messages[f.rule].is_none() {
            messages[f.rule] = Some(entry.message.clone());
        }
    }
    // Claims were pushed group by group: claim k of the report is claims[k].
    let mut offset = 0;
    let mut out = Vec::new();
    for (gi, (g, d)) in groups.iter().zip(described).enumerate() {
        let mentions: Vec<CandidateMention> = g
            .iter()
            .enumerate()
            .map(|(k, &i)| CandidateMention {
                claim: ClaimEntry::clone(&report.claims[offset + k]),
                rule_bound: bound_by(&profiles[i]),
                sentence: (profiles[i].sentence.start, profiles[i].sentence.end),
            })
            .collect();
        offset += g.len();
        let message = messages[gi].take().unwrap_or_default();
        let (verdict, refines) = verdicts[gi];
        out.push((
            Candidate {
                id: d.id,
                kind: "candidate",
                value_kind: profiles[g[0]].kind(),
                verdict,
                refines: refines && verdict == FindingKind::Agreement,
                title: d.title,
                counts: d.counts,
                shared: d.shared,
                confidence: d.confidence,
                sources: d.sources,
                message,
                mentions,
            },
            g.clone(),
            d.score,
        ));
    }
    out
}

/// What `factlint discover` needs.
#[derive(Debug, Clone)]
pub struct Request {
    pub paths: Vec<PathBuf>,
    pub claims: PathBuf,
    pub limit: usize,
}

/// Loads the rules and the sources, and discovers.
pub fn run(request: &Request) -> Result<Discovery, crate::LoadErrors> {
    let (rules, sources) = crate::load(&request.paths, &request.claims)?;
    Ok(discover(&rules, &sources, request.limit))
}

/// Loads the rules and the sources, and returns everything discovery computed, unranked limits
/// aside: for `rules suggest`, which needs the groups behind a candidate.
pub fn load_analysis(
    paths: &[PathBuf],
    claims: &Path,
) -> Result<(RuleSet, Vec<Source>, Analysis), crate::LoadErrors> {
    let (rules, sources) = crate::load(paths, claims)?;
    let analysis = analyze(&rules, &sources);
    Ok((rules, sources, analysis))
}
