//! Comparing claims across sources: agreements, refinements, conflicts, and claims only one
//! source makes.
//!
//! Pure. Every value is an interval on its kind's axis (see [`Value::interval`]); a `mod` and the
//! rule's tolerance shape it. Claims of one rule (and one subject, when the rule binds subjects)
//! are compared as a group, by a sort and a sweep over their intervals (see `group`), never pair
//! by pair; what the group gives is what comparing every pair would give:
//! - disjoint intervals are a **conflict**, whether the two claims come from two sources or one;
//! - otherwise, when only one source makes the claim, or no other source's claim can be placed
//!   beside it (a year nobody knows), it is **single-source**;
//! - otherwise the sources **agree**, and where one value strictly contains another of finer
//!   precision ("2023" and "septembre 2023") that pair is also reported as a **refinement**.

use std::collections::{BTreeMap, HashMap};

pub mod consensus;
mod group;
mod revision;
mod tally;

use serde::Serialize;

use crate::excerpt::Excerpts;
use crate::extract::Claim;
use crate::grammar::Lang;
use crate::report::Stated;
use crate::rules::{RuleSet, Tolerance};
use crate::source::Source;
use crate::value::{Interval, Mod, Published, Value};

/// What the comparison reads of the sources: each one's name (its file name, what messages and
/// fingerprints show), its edition (the canonical URL, else the outlet: see `revision`), its
/// publication date and language (a running tally's as-of day), and its text when no
/// excerpts are given. The checked sources themselves say it (`[Source]`), and so does a
/// compact table of them ([`crate::stream::table::SourceTable`]), which a spilled check keeps
/// instead of the sources.
pub trait Sources: Sync {
    /// [`Source::short_name`].
    fn name(&self, source: usize) -> String;
    /// [`Sources::name`] borrowed, when it can be (a file name that is valid UTF-8): a
    /// fingerprint of many claims then sorts them without writing their keys.
    fn name_ref(&self, source: usize) -> Option<&str> {
        let _ = source;
        None
    }
    /// The URL, else the outlet, as written.
    fn edition(&self, source: usize) -> Option<&str>;
    fn published(&self, source: usize) -> Option<Published>;
    fn lang(&self, source: usize) -> Lang;
    /// The whole text (empty when it was dropped: the comparison then reads `kept` excerpts).
    fn text(&self, source: usize) -> &str;
}

impl Sources for &[Source] {
    fn name(&self, source: usize) -> String {
        self[source].short_name()
    }
    fn name_ref(&self, source: usize) -> Option<&str> {
        // Only when `short_name` would give it unchanged.
        self[source].path.file_name()?.to_str()
    }
    fn edition(&self, source: usize) -> Option<&str> {
        let meta = &self[source].meta;
        meta.url.as_deref().or(meta.outlet.as_deref())
    }
    fn published(&self, source: usize) -> Option<Published> {
        self[source].meta.published
    }
    fn lang(&self, source: usize) -> Lang {
        self[source].meta.lang
    }
    fn text(&self, source: usize) -> &str {
        &self[source].text
    }
}

impl Sources for Vec<Source> {
    fn name(&self, source: usize) -> String {
        self.as_slice().name(source)
    }
    fn name_ref(&self, source: usize) -> Option<&str> {
        self[source].path.file_name()?.to_str()
    }
    fn edition(&self, source: usize) -> Option<&str> {
        let meta = &self[source].meta;
        meta.url.as_deref().or(meta.outlet.as_deref())
    }
    fn published(&self, source: usize) -> Option<Published> {
        self.as_slice().published(source)
    }
    fn lang(&self, source: usize) -> Lang {
        self.as_slice().lang(source)
    }
    fn text(&self, source: usize) -> &str {
        &self[source].text
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    Conflict,
    /// One outlet (or one canonical URL) gave a value, then another in a later edition.
    Revision,
    Refinement,
    Agreement,
    SingleSource,
}

impl FindingKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::Conflict => "conflict",
            FindingKind::Revision => "revision",
            FindingKind::Refinement => "refinement",
            FindingKind::Agreement => "agreement",
            FindingKind::SingleSource => "single-source",
        }
    }
}

/// What the comparator concluded about a group of claims.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// A fingerprint of the rule, the subject, and the sources with their values: stable across
    /// edits elsewhere in the texts, so that a review decision keeps applying.
    pub id: String,
    pub kind: FindingKind,
    pub rule: usize,
    pub subject: Option<String>,
    /// Indices into the claims, sorted by source and position.
    pub claims: Vec<usize>,
    /// The claim the report is anchored on: for a conflict, the one that disagrees with the
    /// most others; for a refinement, the finer one.
    pub primary: usize,
    /// For a conflict: true when every disagreeing pair lies within one source.
    pub within_source: bool,
    /// What the comparator has to say that "who says what" does not: a running tally that
    /// fell. `None`: the report says who says what.
    pub message: Option<String>,
}

/// How two claims relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// Same value, or overlapping intervals.
    Agree,
    /// The first strictly contains the second, at a coarser precision.
    Contains,
    /// The second strictly contains the first.
    ContainedBy,
    /// The intervals are disjoint.
    Conflict,
    /// One value cannot be placed (a year nobody knows): nothing can be said.
    Unknown,
}

/// The interval a claim commits to, with its `mod` and the rule's tolerance applied.
pub fn effective_interval(
    value: &Value,
    modifier: Option<Mod>,
    tolerance: Option<Tolerance>,
) -> Option<Interval> {
    let mut iv = core_interval(value, modifier)?;
    if modifier == Some(Mod::Approx) {
        iv = match value {
            // "environ 3 000", "près de 10 000": a tenth either way of the figure, or its
            // rounding where that is wider; the two are one approximation, not two stacked
            // ("près de 10 000" is 9 000 to 11 000, which "plus de 6 000", up to 9 000, does
            // not reach).
            Value::Number(_) | Value::NumberRange(..) | Value::Duration(_) => {
                let stated = value.interval()?;
                let slack = stated.lo.abs().max(stated.hi.abs()) * 0.1;
                Interval {
                    lo: iv.lo.min(stated.lo - slack),
                    hi: iv.hi.max(stated.hi + slack),
                }
            }
            // "vers 2020": one unit of the date's own precision either way.
            Value::Date(_) => {
                let slack = iv.len() + 1.0;
                Interval {
                    lo: iv.lo - slack,
                    hi: iv.hi + slack,
                }
            }
        };
    }
    // A tolerance is how far apart two values may be, so each side takes half of it.
    match tolerance {
        Some(Tolerance::Absolute(t)) => {
            iv = Interval {
                lo: iv.lo - t / 2.0,
                hi: iv.hi + t / 2.0,
            }
        }
        Some(Tolerance::Percent(p)) => {
            let scale = iv.lo.abs().max(iv.hi.abs()) * p / 200.0;
            if scale.is_finite() {
                iv = Interval {
                    lo: iv.lo - scale,
                    hi: iv.hi + scale,
                };
            }
        }
        None => {}
    }
    Some(iv)
}

/// The interval a claim states, before approximation and tolerance: "plus de 6000" is
/// [5950, 9000) (a round figure is rounded, and a lower bound reaches half as far again: see
/// [`crate::precision`]), "fin de 2020" the last
/// third of 2020. `APPROX` adds its slack to this, in [`effective_interval`].
pub fn core_interval(value: &Value, modifier: Option<Mod>) -> Option<Interval> {
    let iv = crate::precision::implied(value)?;
    let third = (iv.len() + 1.0) / 3.0;
    Some(match modifier {
        // "plus de 6 000": up to 9 000, not to 10 000 (see `precision`); a date stays open.
        Some(Mod::MoreThan) => Interval {
            lo: iv.lo,
            hi: crate::precision::lower_bound_reach(value)
                .map_or(f64::INFINITY, |reach| reach.max(iv.hi)),
        },
        Some(Mod::LessThan) => Interval {
            lo: f64::NEG_INFINITY,
            hi: iv.hi,
        },
        Some(Mod::Start) => Interval {
            lo: iv.lo,
            hi: iv.lo + third,
        },
        Some(Mod::End) => Interval {
            lo: iv.hi - third,
            hi: iv.hi,
        },
        // The middle third; of a single day (or an exact count) that is the value itself, not
        // an interval whose ends have crossed, which would overlap nothing, itself included.
        Some(Mod::Mid) if iv.len() < 2.0 * third => iv,
        Some(Mod::Mid) => Interval {
            lo: iv.lo + third,
            hi: iv.hi - third,
        },
        Some(Mod::Approx) | None => iv,
    })
}

/// How claim `a` relates to claim `b` under a rule's tolerance.
pub fn relate(a: &Claim, b: &Claim, tolerance: Option<Tolerance>) -> Relation {
    if a.value == b.value && a.modifier == b.modifier {
        return Relation::Agree;
    }
    let (Some(ea), Some(eb)) = (
        effective_interval(&a.value, a.modifier, tolerance),
        effective_interval(&b.value, b.modifier, tolerance),
    ) else {
        return Relation::Unknown;
    };
    if !ea.overlaps(&eb) {
        return Relation::Conflict;
    }
    let (Some(ca), Some(cb)) = (
        core_interval(&a.value, a.modifier),
        core_interval(&b.value, b.modifier),
    ) else {
        return Relation::Agree;
    };
    if ca != cb && ca.contains(&cb) {
        Relation::Contains
    } else if ca != cb && cb.contains(&ca) {
        Relation::ContainedBy
    } else {
        Relation::Agree
    }
}

/// What the comparison reads of a claim, beyond what a message reads ([`Stated`]): its rule,
/// its span and sentence, its subject. An extracted [`Claim`] says it, and so does the compact
/// record a spilled check compares ([`crate::stream::spill::Compact`]).
pub(crate) trait Compared: Stated + Sync {
    fn rule(&self) -> usize;
    fn span(&self) -> std::ops::Range<usize>;
    fn context(&self) -> std::ops::Range<usize>;
    fn subject(&self) -> Option<&str>;
}

impl Compared for Claim {
    fn rule(&self) -> usize {
        self.rule
    }
    fn span(&self) -> std::ops::Range<usize> {
        self.span.clone()
    }
    fn context(&self) -> std::ops::Range<usize> {
        self.context.clone()
    }
    fn subject(&self) -> Option<&str> {
        self.subject.as_deref()
    }
}

/// One fact's group of claims: which rule and subject, among what was loaded and extracted.
#[derive(Clone, Copy)]
struct Fact<'a, C> {
    rules: &'a RuleSet,
    sources: &'a dyn Sources,
    claims: &'a [C],
    rule: usize,
    subject: &'a Option<String>,
    /// What was kept of the texts, when the sources' own texts were dropped (see
    /// [`compare_with`]).
    kept: Option<&'a Excerpts>,
}

impl<C> Fact<'_, C> {
    /// The text of `range` in source `source`: from what was kept, else from the source.
    fn text(&self, source: usize, range: std::ops::Range<usize>) -> Option<&str> {
        match self.kept {
            Some(kept) => kept.get(source, range),
            None => self.sources.text(source).get(range),
        }
    }
}

/// Every finding over `claims`, sorted: conflicts first, then refinements, agreements and
/// single-source claims, each by rule id and subject.
pub fn compare(rules: &RuleSet, sources: &[Source], claims: &[Claim]) -> Vec<Finding> {
    compare_with(rules, sources, claims, None)
}

/// [`compare`], with the sentences of the claims read from `kept` when it is given: the sources'
/// texts may then have been dropped (a running tally reads its claims' sentences). Groups are
/// compared in parallel (rayon) and their findings collected in group order, so the result is
/// the same at any thread count.
pub fn compare_with(
    rules: &RuleSet,
    sources: &[Source],
    claims: &[Claim],
    kept: Option<&Excerpts>,
) -> Vec<Finding> {
    compare_in(rules, &sources, claims, kept)
}

/// [`compare_with`], the sources given as what the comparison reads of them ([`Sources`]).
pub(crate) fn compare_in<C: Compared>(
    rules: &RuleSet,
    sources: &dyn Sources,
    claims: &[C],
    kept: Option<&Excerpts>,
) -> Vec<Finding> {
    use rayon::prelude::*;
    // Each group's claims counted first, so that its list is made to measure: a spilled
    // check compares one rule at a time, and its largest rule's list is what it holds most.
    let mut sizes: BTreeMap<(usize, Option<&str>), usize> = BTreeMap::new();
    for c in claims {
        *sizes.entry((c.rule(), c.subject())).or_default() += 1;
    }
    let mut groups: BTreeMap<(usize, Option<&str>), Vec<usize>> = sizes
        .into_iter()
        .map(|(key, n)| (key, Vec::with_capacity(n)))
        .collect();
    for (i, c) in claims.iter().enumerate() {
        if let Some(members) = groups.get_mut(&(c.rule(), c.subject())) {
            members.push(i);
        }
    }
    let groups: Vec<_> = groups
        .into_iter()
        .map(|((rule, subject), members)| ((rule, subject.map(String::from)), members))
        .collect();
    let per_group: Vec<Vec<Finding>> = groups
        .into_par_iter()
        .map(|((rule, subject), members)| {
            let mut findings = Vec::new();
            compare_fact(
                rules,
                sources,
                claims,
                kept,
                rule,
                &subject,
                members,
                &mut findings,
            );
            findings
        })
        .collect();
    let mut findings: Vec<Finding> = per_group.into_iter().flatten().collect();
    sort_findings(rules, &mut findings);
    findings
}

/// The findings of one fact's group of claims (`members`, indices into `claims`).
#[allow(clippy::too_many_arguments)]
fn compare_fact<C: Compared>(
    rules: &RuleSet,
    sources: &dyn Sources,
    claims: &[C],
    kept: Option<&Excerpts>,
    rule: usize,
    subject: &Option<String>,
    mut members: Vec<usize>,
    findings: &mut Vec<Finding>,
) {
    members.sort_by_key(|&i| (claims[i].source(), claims[i].start()));
    // A value that cannot be placed (a date whose year nobody knows) agrees or disagrees
    // with nothing, unless another source states exactly it: such claims are set apart as
    // single-source rather than riding along in the others' agreement. How many sources
    // state each value is counted once per value, not by looking at every other claim.
    let mut stating: HashMap<(Value, Option<Mod>), (usize, usize)> = HashMap::new();
    for &i in &members {
        let c = &claims[i];
        let (last, count) = stating
            .entry((*c.value(), c.modifier()))
            .or_insert((c.source(), 0));
        // Members are sorted by source: a source other than the last one seen is new.
        if *count == 0 || *last != c.source() {
            *last = c.source();
            *count += 1;
        }
    }
    // Split in place: the placed claims (most of them) keep the members' list.
    let mut unplaced: Vec<usize> = Vec::new();
    members.retain(|&i| {
        let c = &claims[i];
        let placed = c.value().interval().is_some() || stating[&(*c.value(), c.modifier())].1 > 1;
        if !placed {
            unplaced.push(i);
        }
        placed
    });
    drop(stating);
    let placed = members;
    // An outlet's earlier edition that a later one revised is a revision, and only the
    // later value is compared with other outlets.
    let fact = Fact {
        rules,
        sources,
        claims,
        rule,
        subject,
        kept,
    };
    let placed = revision::split(&fact, placed, findings);
    let mut subgroups = vec![placed, unplaced];
    subgroups.retain(|g| !g.is_empty());
    // A running tally is compared day by day (see `tally`); any other fact as one group.
    let compare_group = if rules.rules[rule].tally.is_some() {
        tally::compare_tally::<C>
    } else {
        group::compare_group::<C>
    };
    for members in subgroups {
        compare_group(&fact, members, findings);
    }
}

/// Sorts findings as [`compare`] returns them: by kind, rule id, subject and fingerprint.
pub fn sort_findings(rules: &RuleSet, findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        (a.kind, &rules.rules[a.rule].id, &a.subject, &a.id).cmp(&(
            b.kind,
            &rules.rules[b.rule].id,
            &b.subject,
            &b.id,
        ))
    });
}

/// `FL-` and 12 hex digits of a 64-bit FNV-1a hash over what identifies a finding: the rule, the
/// subject, the kind, and each source's file name with the values it states. Not its lines.
pub(crate) fn fingerprint<C: Compared>(
    rules: &RuleSet,
    sources: &dyn Sources,
    claims: &[C],
    rule: usize,
    subject: Option<&str>,
    kind: FindingKind,
    ids: &[usize],
) -> String {
    use std::fmt::Write;
    let rule_id = &rules.rules[rule].id;
    if let Some((pairs, tails)) = borrowed_keys(sources, claims, ids) {
        let parts = pairs.iter().map(|&(source, tail)| {
            [
                sources.name_ref(source as usize).unwrap_or_default(),
                tails[tail as usize].as_str(),
            ]
        });
        return hash_parts(rule_id, subject, kind, parts);
    }
    // Every claim's key in one string, each a range of it: a group of 100 000 claims holds
    // one string, not 100 000.
    let mut keys = String::new();
    let mut parts: Vec<std::ops::Range<usize>> = Vec::with_capacity(ids.len());
    for &i in ids {
        let c = &claims[i];
        let start = keys.len();
        let m = c.modifier().map(|m| m.as_str()).unwrap_or("");
        // As `claim_key` writes it; writing to a `String` cannot fail.
        let _ = write!(keys, "{}={}{m}", sources.name(c.source()), c.value());
        parts.push(start..keys.len());
    }
    parts.sort_by(|a, b| keys[a.clone()].cmp(&keys[b.clone()]));
    parts.dedup_by(|a, b| keys[a.clone()] == keys[b.clone()]);
    let parts = parts.iter().map(|r| [&keys[r.clone()], ""]);
    hash_parts(rule_id, subject, kind, parts)
}

/// A fingerprint key as its claim's source and its value part's index.
type NamedPart = (u32, u32);

/// The keys of [`fingerprint`] without writing a key per claim, when every source's name can
/// be borrowed ([`Sources::name_ref`]): a key is its source's name followed by its value's
/// part (`=value` and the `mod`, in the second list), written once per distinct value and
/// mod, and the claims are sorted as (source, value part) pairs by the bytes of the name and
/// the part read one after the other, which is the order of the keys written out; distinct.
/// 8 bytes a claim rather than its key (the largest fact of 100 000 articles has 135 000).
fn borrowed_keys<C: Compared>(
    sources: &dyn Sources,
    claims: &[C],
    ids: &[usize],
) -> Option<(Vec<NamedPart>, Vec<String>)> {
    let mut tails: Vec<String> = Vec::new();
    let mut tail_of: HashMap<(Value, Option<Mod>), u32> = HashMap::new();
    let mut pairs: Vec<NamedPart> = Vec::with_capacity(ids.len());
    for &i in ids {
        let c = &claims[i];
        sources.name_ref(c.source())?;
        let source = u32::try_from(c.source()).ok()?;
        let tail = *tail_of
            .entry((*c.value(), c.modifier()))
            .or_insert_with(|| {
                let m = c.modifier().map(|m| m.as_str()).unwrap_or("");
                tails.push(format!("={}{m}", c.value()));
                // As many distinct values as claims at most, and a group's claims are indices.
                (tails.len() - 1) as u32
            });
        pairs.push((source, tail));
    }
    drop(tail_of);
    // The same key twice is the same pair: those go first, without reading a name.
    pairs.sort_unstable();
    pairs.dedup();
    let key = |&(source, tail): &NamedPart| {
        let name = sources.name_ref(source as usize).unwrap_or_default();
        (name.as_bytes(), tails[tail as usize].as_bytes())
    };
    // Two pairs of the same key (two sources of one name) are alike, whichever comes first.
    pairs.sort_unstable_by(|a, b| cmp_joined(key(a), key(b)));
    pairs.dedup_by(|a, b| cmp_joined(key(a), key(b)).is_eq());
    Some((pairs, tails))
}

/// How `a.0` followed by `a.1` compares with `b.0` followed by `b.1`, byte by byte.
fn cmp_joined(a: (&[u8], &[u8]), b: (&[u8], &[u8])) -> std::cmp::Ordering {
    if a.0 == b.0 {
        return a.1.cmp(b.1);
    }
    let n = a.0.len().min(b.0.len());
    match a.0[..n].cmp(&b.0[..n]) {
        // One name is the other's start: the bytes after it decide.
        std::cmp::Ordering::Equal => a.0.iter().chain(a.1).cmp(b.0.iter().chain(b.1)),
        unequal => unequal,
    }
}

/// What a fingerprint knows of one claim: `file name=value` and its `mod`, as in
/// `000_e3b7d5870ff81da2.txt=2022-09` or `001_c5a4ef38bf38a982.txt=100000APPROX`. The review file
/// records these, so that a decision can be matched to a finding that repeats its values.
pub fn claim_key(source_name: &str, value: &Value, modifier: Option<Mod>) -> String {
    let m = modifier.map(|m| m.as_str()).unwrap_or("");
    format!("{source_name}={value}{m}")
}

/// The fingerprint of a finding from its rule id, subject, kind and [`claim_key`]s (in any
/// order, duplicates ignored).
pub fn fingerprint_of(
    rule_id: &str,
    subject: Option<&str>,
    kind: FindingKind,
    mut parts: Vec<String>,
) -> String {
    parts.sort();
    parts.dedup();
    hash_parts(
        rule_id,
        subject,
        kind,
        parts.iter().map(|p| [p.as_str(), ""]),
    )
}

/// The fingerprint of sorted, distinct `parts`: FNV-1a over `rule|subject|kind|part,part,…`,
/// fed piece by piece (a fact stated by every article of an archive has as many parts, and
/// their joined key is never built); each part is given in two pieces, read one after the other.
fn hash_parts<'a>(
    rule_id: &str,
    subject: Option<&str>,
    kind: FindingKind,
    parts: impl Iterator<Item = [&'a str; 2]>,
) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for piece in [rule_id, "|", subject.unwrap_or(""), "|", kind.as_str(), "|"] {
        feed(piece.as_bytes());
    }
    for (k, [head, tail]) in parts.enumerate() {
        if k > 0 {
            feed(b",");
        }
        feed(head.as_bytes());
        feed(tail.as_bytes());
    }
    format!("FL-{:012x}", h >> 16)
}

#[cfg(test)]
mod classes;
#[cfg(test)]
mod tests;
