//! Extracting claims: every place where a rule's pattern meets a value the grammar found.
//!
//! Pure: takes sources already read and rules already compiled. Each source is scanned once by
//! the grammar of its language, against its own publication date; each rule then keeps the
//! mentions whose surrounding sentence (or paragraph) its patterns accept.

use std::ops::Range;

use crate::grammar;
use crate::rules::{self, RuleSet};
use crate::source::Source;
use crate::value::{Mention, Mod, Value, ValueKind, Warning};

/// One assertion of one source: a value, where it is written, and which rule found it.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// Index into the rule set's rules.
    pub rule: usize,
    /// Index into the checked sources.
    pub source: usize,
    /// Which of the rule's patterns matched, or which cues.
    pub by: rules::MatchedBy,
    /// The value's byte range in the source's text.
    pub span: Range<usize>,
    /// The byte range of the sentence (or paragraph) the pattern matched in.
    pub context: Range<usize>,
    /// The byte range the pattern matched, value included: the words that identify the claim.
    pub evidence: Range<usize>,
    pub value: Value,
    pub modifier: Option<Mod>,
    /// The subject the rule bound, if it has subjects and one matched the context.
    pub subject: Option<String>,
    /// What the grammar found wrong with the mention ("mail" for "mai"), spans absolute.
    pub warnings: Vec<Warning>,
}

/// Scans a source's body with the grammar of its language; offsets are into the whole text.
pub fn scan_source(source: &Source) -> Vec<Mention> {
    let mut mentions = grammar::scan(source.body(), source.meta.lang, source.meta.published);
    if source.body_start > 0 {
        for m in &mut mentions {
            shift(m, source.body_start);
        }
    }
    mentions
}

fn shift(m: &mut Mention, by: usize) {
    m.start += by;
    m.end += by;
    for w in &mut m.warnings {
        for s in &mut w.spans {
            s.start += by;
            s.end += by;
        }
    }
}

/// Every claim of every rule in every source, sorted by source, position and rule.
///
/// Sources are scanned in parallel (rayon; `RAYON_NUM_THREADS` sets the threads). Each source's
/// claims depend on that source alone and are collected in source order, so the result is the
/// same at any thread count.
pub fn extract(rules: &RuleSet, sources: &[Source]) -> Vec<Claim> {
    use rayon::prelude::*;
    let per_source: Vec<Vec<Claim>> = sources
        .par_iter()
        .enumerate()
        .map(|(si, source)| extract_from(rules, si, source, &scan_source(source)))
        .collect();
    per_source.into_iter().flatten().collect()
}

/// The claims of one source, given its mentions (absolute offsets).
pub fn extract_from(
    rules: &RuleSet,
    source_index: usize,
    source: &Source,
    mentions: &[Mention],
) -> Vec<Claim> {
    let text: &str = &source.text;
    let scopes = rules::Scopes::new(text, source.meta.lang, Some(rules));
    let mut claims = Vec::new();
    for (ri, rule) in rules.rules.iter().enumerate() {
        if rule.lang.is_some_and(|l| l != source.meta.lang) {
            continue;
        }
        for hit in rules::match_scopes(rule, &scopes, mentions) {
            let m = &mentions[hit.mention];
            let (value, modifier) = as_kind(m, rule.kind);
            claims.push(Claim {
                rule: ri,
                source: source_index,
                by: hit.by.clone(),
                span: m.start..m.end,
                context: hit.context.clone(),
                evidence: hit.evidence.clone(),
                value,
                modifier,
                subject: hit.subject.clone(),
                warnings: m.warnings.clone(),
            });
        }
    }
    claims.sort_by_key(|c| (c.source, c.span.start, c.rule));
    claims
}

/// The value and `mod` a rule of `kind` reads in `m`. A bare year the grammar read as a date
/// ("2000 soldats" without a separator) is a count when a count rule asks for it; a year after
/// "depuis" ("contrôlée depuis 1994") is the duration up to publication when a duration rule
/// does (see [`Mention::since`]).
pub(crate) fn as_kind(m: &Mention, kind: ValueKind) -> (Value, Option<Mod>) {
    match (kind, m.value, m.since) {
        (ValueKind::Number, Value::Date(crate::value::DateValue::Year { year }), _) => (
            Value::Number(crate::value::Decimal::int(i64::from(year))),
            m.modifier,
        ),
        (ValueKind::Duration, Value::Date(_), Some(since)) => (since.value, since.modifier),
        (_, v, _) => (v, m.modifier),
    }
}
