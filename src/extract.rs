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
            m.shift(source.body_start);
        }
    }
    mentions
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
        .map(|(si, source)| extract_source(rules, si, source))
        .collect();
    concat(per_source)
}

/// The lists one after the other, in a vector of their exact total length: a list grown by
/// doubling can hold twice the claims of a huge article.
fn concat(lists: Vec<Vec<Claim>>) -> Vec<Claim> {
    if lists.len() == 1 {
        return lists.into_iter().next().unwrap_or_default();
    }
    let mut all = Vec::with_capacity(lists.iter().map(Vec::len).sum());
    for list in lists {
        all.extend(list);
    }
    all
}

/// A text longer than this (256 KiB) is extracted piece by piece (see [`pieces`]).
pub const PIECE_BYTES: usize = 1 << 18;

/// The claims of one source: [`extract_from`] its mentions, or, for a text over
/// [`PIECE_BYTES`], the same piece by piece (in parallel, in order). The words, mentions and
/// cue hits of a whole 100 MB article would take some twenty times its size; a piece's take
/// a bounded amount. Pieces end at line breaks, and paragraphs and sentences never cross
/// one, so every scope is the same as in the whole text; only what reaches across a piece's
/// first lines (a cue rule's article-wide anchor, the date a "la veille" counts from) starts
/// afresh in each piece.
pub fn extract_source(rules: &RuleSet, source_index: usize, source: &Source) -> Vec<Claim> {
    use rayon::prelude::*;
    if source.text.len() <= PIECE_BYTES {
        return extract_from(rules, source_index, source, &scan_source(source));
    }
    let text: &str = &source.text;
    let per_piece: Vec<Vec<Claim>> = pieces(text, PIECE_BYTES)
        .par_iter()
        .map(|piece| {
            // The grammar reads the body only; the front matter's words still count as cues.
            let from = piece.start.max(source.body_start).min(piece.end);
            let mut mentions = grammar::scan(
                &text[from..piece.end],
                source.meta.lang,
                source.meta.published,
            );
            for m in &mut mentions {
                m.shift(from - piece.start);
            }
            let mut claims = claims_in(
                rules,
                source_index,
                source.meta.lang,
                &text[piece.clone()],
                &mentions,
            );
            for c in &mut claims {
                shift_claim(c, piece.start);
            }
            claims
        })
        .collect();
    concat(per_piece)
}

/// `text` cut into consecutive ranges of about `size` bytes: each ends after a line break
/// (a blank line's when there is one in the last quarter), else after a space, else at a
/// character boundary, so that a text of one endless line is cut too.
pub fn pieces(text: &str, size: usize) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    while text.len() - start > size {
        let target = start + size;
        let window = &bytes[start + size * 3 / 4..target];
        let after = |needle: &[u8]| {
            window
                .windows(needle.len())
                .rposition(|w| w == needle)
                .map(|i| start + size * 3 / 4 + i + needle.len())
        };
        let mut end = after(b"\n\n")
            .or_else(|| after(b"\n"))
            .or_else(|| after(b"\r"))
            .or_else(|| after(b" "))
            .unwrap_or(target);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        out.push(start..end);
        start = end;
    }
    out.push(start..text.len());
    out
}

fn shift_claim(c: &mut Claim, by: usize) {
    for r in [&mut c.span, &mut c.context, &mut c.evidence] {
        r.start += by;
        r.end += by;
    }
    if let rules::MatchedBy::Cues(hits) = &mut c.by {
        for h in hits {
            h.span.start += by;
            h.span.end += by;
        }
    }
    for w in &mut c.warnings {
        for s in &mut w.spans {
            s.start += by;
            s.end += by;
        }
    }
}

/// The claims of one source, given its mentions (absolute offsets).
pub fn extract_from(
    rules: &RuleSet,
    source_index: usize,
    source: &Source,
    mentions: &[Mention],
) -> Vec<Claim> {
    claims_in(
        rules,
        source_index,
        source.meta.lang,
        &source.text,
        mentions,
    )
}

/// The claims in `text` (a source's, or a piece of it) of the `mentions` found in it, with
/// offsets into it.
fn claims_in(
    rules: &RuleSet,
    source_index: usize,
    lang: grammar::Lang,
    text: &str,
    mentions: &[Mention],
) -> Vec<Claim> {
    let scopes = rules::Scopes::new(text, lang, Some(rules));
    let mut claims = Vec::new();
    for ri in scopes.candidates() {
        let rule = &rules.rules[ri];
        if rule.lang.is_some_and(|l| l != lang) {
            continue;
        }
        for hit in rules::match_position(ri, &scopes, mentions) {
            let m = &mentions[hit.mention];
            let (value, modifier) = as_kind(m, rule.kind);
            claims.push(Claim {
                rule: ri,
                source: source_index,
                by: hit.by.clone(),
                span: span_as(m, rule.kind),
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
    // "entre 80 000 et 100 000": either end, to a count rule, is the range.
    if let (ValueKind::Number, Some(range)) = (kind, m.range) {
        return (range.value, None);
    }
    match (kind, m.value, m.since) {
        (ValueKind::Number, Value::Date(crate::value::DateValue::Year { year }), _) => (
            Value::Number(crate::value::Decimal::int(i64::from(year))),
            m.modifier,
        ),
        (ValueKind::Duration, Value::Date(_), Some(since)) => (since.value, since.modifier),
        (_, v, _) => (v, m.modifier),
    }
}

/// The bytes a claim of a rule of `kind` holds in `m`: a range's, both ends, for a count rule.
pub(crate) fn span_as(m: &Mention, kind: ValueKind) -> std::ops::Range<usize> {
    match (kind, m.range) {
        (ValueKind::Number, Some(range)) => range.start..range.end,
        _ => m.start..m.end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_cover_the_text_and_end_at_line_breaks() {
        let text = "Une ligne, puis une autre.\n".repeat(100);
        let p = pieces(&text, 100);
        assert_eq!(p.first().unwrap().start, 0);
        assert_eq!(p.last().unwrap().end, text.len());
        for w in p.windows(2) {
            assert_eq!(w[0].end, w[1].start);
        }
        for r in &p[..p.len() - 1] {
            assert!(text[..r.end].ends_with('\n'), "{r:?}");
            assert!(r.len() <= 100 && r.len() > 75, "{r:?}");
        }
        // One endless line is cut at spaces; no space at all, at character boundaries.
        let line = "é ".repeat(200);
        assert!(
            pieces(&line, 100)
                .iter()
                .all(|r| line[..r.end].ends_with(' ') || r.end == line.len())
        );
        let solid = "é".repeat(200);
        let p = pieces(&solid, 101);
        assert!(
            p.iter()
                .all(|r| solid.is_char_boundary(r.start) && !r.is_empty())
        );
        assert_eq!(pieces("court", 100), vec![0..5]);
    }
}
