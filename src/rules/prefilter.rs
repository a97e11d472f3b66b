//! Which pattern rules can match a text at all: one Aho-Corasick pass over the text for the
//! literals their regexes require, so that a rule whose words are absent costs nothing there.
//! (Cue rules have their own prefilter, the cue index of [`crate::cues::index`].)
//!
//! For each pattern, the literals are read from the regex's syntax tree ([`regex_syntax`]): a
//! set of strings of which every match of one side of the value (`before` or `after`) must
//! contain one ("soldats", or any of "mai" | "juin"). Case is ignored as `(?i)` does, with
//! ASCII case folding; the two letters whose Unicode case folding reaches outside ASCII (the
//! Kelvin sign for `k`, the long `ſ` for `s`) make every rule a candidate in a text that holds
//! them. A rule is filtered only when every one of its patterns yields such a set; the
//! others are candidates everywhere. A candidate rule is then matched as before, so the
//! filter can only skip work, never change a claim.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use regex_syntax::hir::{Class, Hir, HirKind};

use super::model::Rule;

/// Literals shorter than this are not worth a filter: the rule stays a candidate everywhere.
const MIN_LITERAL: usize = 3;
/// An alternation of more literals than this is not worth one either.
const MAX_LITERALS: usize = 64;

/// The prefilter of a rule set's pattern rules.
#[derive(Debug, Default)]
pub struct PatternFilter {
    /// All required literals of all filtered rules.
    ac: Option<AhoCorasick>,
    /// For each literal of `ac`, the rules (positions) it makes candidates.
    owners: Vec<Vec<usize>>,
    /// For each rule position, whether it is filtered (else always a candidate). Shorter
    /// than the rules when the set was built without a filter: the rest are candidates.
    filtered: Vec<bool>,
}

impl PatternFilter {
    /// The filter of `rules`, by position.
    pub fn new(rules: &[Rule]) -> PatternFilter {
        let mut literals: Vec<Vec<u8>> = Vec::new();
        let mut owners: Vec<Vec<usize>> = Vec::new();
        let mut index: std::collections::HashMap<Vec<u8>, usize> = Default::default();
        let mut filtered = vec![false; rules.len()];
        for (r, rule) in rules.iter().enumerate() {
            let Some(set) = rule_literals(rule) else {
                continue;
            };
            filtered[r] = true;
            for lit in set {
                let k = *index.entry(lit.clone()).or_insert_with(|| {
                    literals.push(lit);
                    owners.push(Vec::new());
                    owners.len() - 1
                });
                if owners[k].last() != Some(&r) {
                    owners[k].push(r);
                }
            }
        }
        let ac = if literals.is_empty() {
            None
        } else {
            // A DFA: with many rules the automaton is large, and a DFA walks it with one table
            // lookup per byte; one too large to build falls back to the builder's own choice.
            let build = |kind| {
                AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    .kind(kind)
                    .build(&literals)
            };
            match build(Some(AhoCorasickKind::DFA)).or_else(|_| build(None)) {
                Ok(ac) => Some(ac),
                // Too large to build: no rule is filtered.
                Err(_) => {
                    filtered.iter_mut().for_each(|f| *f = false);
                    None
                }
            }
        };
        PatternFilter {
            ac,
            owners,
            filtered,
        }
    }

    /// Whether the rule at `position` is filtered (else its patterns are candidates in every
    /// text).
    pub fn is_filtered(&self, position: usize) -> bool {
        self.filtered.get(position).copied().unwrap_or(false)
    }

    /// For each of `n` rule positions, whether its patterns can match somewhere in `text`.
    pub fn candidates(&self, text: &str, n: usize) -> Vec<bool> {
        let mut out: Vec<bool> = (0..n)
            .map(|r| !self.filtered.get(r).copied().unwrap_or(false))
            .collect();
        // U+212A KELVIN SIGN and U+017F LATIN SMALL LETTER LONG S fold to `k` and `s`.
        // (Each searched for alone: a `char` is found by `memchr` on its last byte, a set of
        // them by decoding every character.)
        if text.contains('\u{212A}') || text.contains('\u{17F}') {
            return vec![true; n];
        }
        if let Some(ac) = &self.ac {
            for m in ac.find_overlapping_iter(text) {
                for &r in &self.owners[m.pattern().as_usize()] {
                    if let Some(c) = out.get_mut(r) {
                        *c = true;
                    }
                }
            }
        }
        out
    }
}

/// The literals one of which every match of one of `rule`'s patterns contains; `None` when
/// some pattern has no such set (or the rule has no patterns).
fn rule_literals(rule: &Rule) -> Option<Vec<Vec<u8>>> {
    if rule.patterns.is_empty() {
        return None;
    }
    let mut all = Vec::new();
    for p in &rule.patterns {
        let before = side_literals(p.before.as_str());
        let after = side_literals(p.after.as_str());
        let best = match (before, after) {
            (Some(a), Some(b)) => Some(if score(&a) >= score(&b) { a } else { b }),
            (a, b) => a.or(b),
        }?;
        all.extend(best);
    }
    all.sort();
    all.dedup();
    Some(all)
}

fn side_literals(regex: &str) -> Option<Vec<Vec<u8>>> {
    let hir = regex_syntax::ParserBuilder::new()
        .build()
        .parse(regex)
        .ok()?;
    required(&hir).filter(|set| score(set) >= MIN_LITERAL)
}

/// How selective a set is: the length of its shortest literal.
fn score(set: &[Vec<u8>]) -> usize {
    set.iter().map(Vec::len).min().unwrap_or(0)
}

/// The one byte string a node matches whatever the case, if it is a single character (or a
/// literal): `[aA]` is `a`.
fn char_literal(hir: &Hir) -> Option<Vec<u8>> {
    match hir.kind() {
        HirKind::Literal(lit) => Some(lit.0.to_vec()),
        HirKind::Class(Class::Unicode(c)) => {
            let mut chars = Vec::new();
            for r in c.ranges() {
                for ch in r.start()..=r.end() {
                    chars.push(ch);
                    if chars.len() > 3 {
                        return None;
                    }
                }
            }
            let lower = chars.iter().find(|c| c.is_ascii_lowercase())?;
            let same = |ch: &char| {
                ch.to_ascii_lowercase() == *lower
                    || (*lower == 'k' && *ch == '\u{212A}')
                    || (*lower == 's' && *ch == '\u{17F}')
            };
            chars.iter().all(same).then(|| vec![*lower as u8])
        }
        _ => None,
    }
}

/// A set of literals one of which every match of `hir` contains, or `None`.
fn required(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    match hir.kind() {
        HirKind::Literal(_) | HirKind::Class(_) => char_literal(hir).map(|l| vec![l]),
        HirKind::Capture(c) => required(&c.sub),
        HirKind::Repetition(r) if r.min >= 1 => required(&r.sub),
        HirKind::Concat(parts) => {
            let mut best: Option<Vec<Vec<u8>>> = None;
            let consider = |set: Vec<Vec<u8>>, best: &mut Option<Vec<Vec<u8>>>| {
                if best.as_ref().is_none_or(|b| score(&set) > score(b)) {
                    *best = Some(set);
                }
            };
            let mut run: Vec<u8> = Vec::new();
            for part in parts {
                if let Some(lit) = char_literal(part) {
                    run.extend(lit);
                    continue;
                }
                if !run.is_empty() {
                    consider(vec![std::mem::take(&mut run)], &mut best);
                }
                if let Some(set) = required(part) {
                    consider(set, &mut best);
                }
            }
            if !run.is_empty() {
                consider(vec![run], &mut best);
            }
            best
        }
        HirKind::Alternation(alts) => {
            let mut all = Vec::new();
            for a in alts {
                all.extend(required(a)?);
                if all.len() > MAX_LITERALS {
                    return None;
                }
            }
            Some(all)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lits(re: &str) -> Option<Vec<String>> {
        side_literals(re).map(|s| {
            s.into_iter()
                .map(|l| String::from_utf8_lossy(&l).into_owned())
                .collect()
        })
    }

    #[test]
    fn required_literals() {
        assert_eq!(
            lits(r"(?i)(?:\bsoldats\s+de\s+)\z"),
            Some(vec!["soldats".into()])
        );
        assert_eq!(
            lits(r"(?i)\A(?:\s+(?:mai|juin)\s+)"),
            Some(vec!["mai".into(), "juin".into()])
        );
        // Nothing required, or too short: no filter.
        assert_eq!(lits(r"(?i)(?:\w+\s+)\z"), None);
        assert_eq!(lits(r"(?i)(?:(?:en|le)\s+)\z"), None);
        assert_eq!(lits(r"(?i)(?:(?:soldats)?\s+)\z"), None);
        // Accented letters and the apostrophe class break a literal.
        assert_eq!(lits(r"(?i)(?:l['’]armée\s+)\z"), Some(vec!["arm".into()]));
    }
}
