//! The salient context of a mention: the content words of its clause and sentence, reduced to
//! their bases (the folding and morphology cues use, [`crate::cues::tokens`]), each weighted by
//! how rare it is in the corpus (inverse sentence frequency) and by how near the value it is.
//!
//! Two mentions of one fact rarely share a phrasing, but they share a few rare words ("exode",
//! "maintien de la paix", "semaine"); the words every sentence of the corpus uses ("Arménie" in
//! a corpus on Armenia) weigh almost nothing. Function words and numbers are never context:
//! numbers are values, and a value must not tie two mentions together, or a disagreement could
//! not be found.

use std::collections::BTreeMap;
use std::ops::Range;

use crate::cues::counted::{self, Side};
use crate::cues::tokens::{self, Word};
use crate::rules;
use crate::source::Source;
use crate::value::{Mention, ValueKind};

/// How many words on either side of the value, within its sentence, are its context: a
/// sentence with no end (a table, hostile input) costs no more than a long one.
const REACH: usize = 40;

/// Words within this many words of the value, in its clause, weigh double: "the clause".
const CLAUSE_REACH: usize = 10;

/// One mention of one source, with what discovery compares it by.
#[derive(Debug, Clone)]
pub struct Profile {
    pub source: usize,
    /// The source's file name, for fingerprints.
    pub source_name: String,
    pub mention: Mention,
    /// The value as written.
    pub value_text: String,
    /// The counted noun's base, for counts that have one ("soldats" → `soldat`).
    pub noun: Option<String>,
    /// The counted noun as written.
    pub noun_written: Option<String>,
    /// The whole of a partitive ("des 120 000 Arméniens") counts another thing than its part.
    pub whole: bool,
    /// Context bases and weights, sorted by base, each once.
    pub words: Vec<(String, f64)>,
    /// Each context base as first written in the sentence.
    pub written: BTreeMap<String, String>,
    /// The byte range of the sentence.
    pub sentence: Range<usize>,
    /// Distance in words from the value to each context base (the nearest occurrence).
    pub distance: BTreeMap<String, usize>,
}

impl Profile {
    pub fn kind(&self) -> ValueKind {
        self.mention.kind
    }

    pub fn weight(&self, base: &str) -> f64 {
        self.words
            .binary_search_by(|(b, _)| b.as_str().cmp(base))
            .map_or(0.0, |i| self.words[i].1)
    }

    pub fn norm(&self) -> f64 {
        self.words.iter().map(|(_, w)| w * w).sum::<f64>().sqrt()
    }
}

/// Whether a folded word can be context.
fn is_content(w: &Word) -> bool {
    !w.is_punct()
        && w.folded.chars().count() >= 3
        && !w.folded.starts_with(|c: char| c.is_numeric())
        && !super::function_words::is_function_word(&w.folded)
}

/// Marks that end a clause: the clause is the run of words between two of them.
fn ends_clause(w: &Word) -> bool {
    matches!(
        w.folded.as_ref(),
        "," | ";" | ":" | "(" | ")" | "«" | "»" | "\"" | "—" | "–"
    )
}

/// The words of one source and its sentences, split once.
pub struct SourceText {
    pub words: Vec<Word>,
    pub sentences: Vec<Range<usize>>,
}

impl SourceText {
    pub fn new(source: &Source) -> SourceText {
        SourceText {
            words: tokens::words(source.meta.lang, &source.text),
            sentences: rules::sentences(&source.text),
        }
    }

    /// The word indices that overlap `span`.
    fn words_of(&self, span: Range<usize>) -> Range<usize> {
        let from = self.words.partition_point(|w| w.span.end <= span.start);
        let to = self.words.partition_point(|w| w.span.start < span.end);
        from..to.max(from)
    }

    /// The sentence (byte range) that holds `at`.
    fn sentence_of(&self, at: usize) -> Option<Range<usize>> {
        let k = self
            .sentences
            .partition_point(|s| s.start <= at)
            .checked_sub(1)?;
        let s = &self.sentences[k];
        (at < s.end.max(s.start + 1)).then(|| s.clone())
    }
}

/// Raw profiles of one source's mentions: context bases with their nearness factor (weights
/// before rarity). `mentions` are sorted by start, with absolute offsets.
pub fn raw_profiles(
    source_index: usize,
    source: &Source,
    text: &SourceText,
    mentions: &[Mention],
) -> Vec<Profile> {
    let words = &text.words;
    // Which words are inside a value (never context), and the word ranges of the counts, in
    // order: computed once, so that a sentence with thousands of values stays linear.
    let mut in_value = vec![false; words.len()];
    let mut counts: Vec<Range<usize>> = Vec::new();
    for m in mentions {
        let r = text.words_of(m.start..m.end);
        for i in r.clone() {
            in_value[i] = true;
        }
        if m.kind == ValueKind::Number {
            counts.push(r);
        }
    }
    let mut out = Vec::new();
    for m in mentions {
        let Some(sentence) = text.sentence_of(m.start) else {
            continue;
        };
        let sw = text.words_of(sentence.clone());
        let mw = text.words_of(m.start..m.end);
        if mw.is_empty() {
            continue;
        }
        let from = sw.start.max(mw.start.saturating_sub(REACH));
        let to = sw.end.min(mw.end + REACH);
        let (noun, noun_written, whole) = if m.kind == ValueKind::Number {
            // The counts within reach: the partitive's other side is a few words away.
            let first = counts.partition_point(|r| r.start < from);
            let last = counts.partition_point(|r| r.end <= to);
            let near = &counts[first..last.max(first)];
            let c = counted::counted(words, mw.clone(), near, to);
            let noun = c.noun.map(|n| words[n].base.to_string());
            let written = c
                .noun
                .map(|n| source.text[words[n].span.clone()].to_string());
            (noun, written, c.side == Side::Whole)
        } else {
            (None, None, false)
        };
        let mut weights: BTreeMap<String, f64> = BTreeMap::new();
        let mut written: BTreeMap<String, String> = BTreeMap::new();
        let mut distance: BTreeMap<String, usize> = BTreeMap::new();
        // The clause: from the last clause mark before the value to the first after it.
        let clause_start = (from..mw.start)
            .rev()
            .find(|&i| ends_clause(&words[i]))
            .map_or(from, |i| i + 1);
        let clause_end = (mw.end..to).find(|&i| ends_clause(&words[i])).unwrap_or(to);
        for i in (from..to).filter(|i| !mw.contains(i)) {
            let w = &words[i];
            if !is_content(w) || in_value[i] {
                continue;
            }
            let d = if i < mw.start {
                mw.start - i
            } else {
                i + 1 - mw.end
            };
            // Nearer words say more about the value: its clause counts double, and the words
            // right beside it more again.
            let in_clause = (clause_start..clause_end).contains(&i) && d <= CLAUSE_REACH;
            let near = 1.0 + if in_clause { 1.0 } else { 0.0 } + 1.0 / (1.0 + d as f64 / 3.0);
            let e = weights.entry(w.base.to_string()).or_insert(0.0);
            *e = e.max(near);
            written
                .entry(w.base.to_string())
                .or_insert_with(|| source.text[w.span.clone()].to_string());
            let e = distance.entry(w.base.to_string()).or_insert(d);
            *e = (*e).min(d);
        }
        for token in super::values::value_tokens(m) {
            weights.insert(token, super::values::VALUE_WEIGHT);
        }
        out.push(Profile {
            source: source_index,
            source_name: source.short_name(),
            mention: m.clone(),
            value_text: source.text.get(m.start..m.end).unwrap_or("").to_string(),
            noun,
            noun_written,
            whole,
            words: weights.into_iter().collect(),
            written,
            sentence,
            distance,
        });
    }
    out
}

/// How rare each base is: the natural log of the number of sentences over the number that
/// hold the base, over every profile's sentence counted once.
pub struct Rarity {
    idf: BTreeMap<String, f64>,
    default: f64,
}

impl Rarity {
    /// Counts each base once per distinct sentence among `profiles`.
    pub fn of(profiles: &[Profile]) -> Rarity {
        let mut seen: BTreeMap<(usize, usize), &[(String, f64)]> = BTreeMap::new();
        for p in profiles {
            seen.entry((p.source, p.sentence.start)).or_insert(&p.words);
        }
        let sentences = seen.len().max(1) as f64;
        let mut df: BTreeMap<String, usize> = BTreeMap::new();
        for words in seen.values() {
            for (b, _) in words.iter() {
                *df.entry(b.clone()).or_insert(0) += 1;
            }
        }
        let idf = df
            .into_iter()
            .map(|(b, n)| (b, (sentences / n as f64).ln().max(0.0) + 0.1))
            .collect();
        Rarity {
            idf,
            default: sentences.ln() + 0.1,
        }
    }

    pub fn idf(&self, base: &str) -> f64 {
        self.idf.get(base).copied().unwrap_or(self.default)
    }

    /// Applies rarity to a raw profile's nearness factors.
    pub fn weigh(&self, p: &mut Profile) {
        for (b, w) in &mut p.words {
            *w *= self.idf(b);
        }
    }
}

/// How alike two profiles' contexts are: see [`alike`].
pub fn similarity(a: &Profile, b: &Profile) -> f64 {
    alike(&a.words, &b.words)
}

/// The cosine of two contexts' words, plus what their shared value tokens add: a value both
/// state is evidence of one fact, but a value only one states takes nothing away, or two
/// sources that disagree would look less alike than their words are. At most 1.
pub fn alike(a: &[(String, f64)], b: &[(String, f64)]) -> f64 {
    let words = |v: &[(String, f64)]| -> f64 {
        v.iter()
            .filter(|(k, _)| !k.starts_with(super::values::VALUE_MARK))
            .map(|(_, w)| w * w)
            .sum::<f64>()
            .sqrt()
    };
    let (na, nb) = (words(a), words(b));
    if na == 0.0 || nb == 0.0 {
        return 0.0;
    }
    (dot(a, b) / (na * nb)).min(1.0)
}

/// The cosine of two sparse vectors sorted by key.
pub fn cosine(a: &[(String, f64)], b: &[(String, f64)]) -> f64 {
    let norm = |v: &[(String, f64)]| v.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
    let (na, nb) = (norm(a), norm(b));
    if na == 0.0 || nb == 0.0 {
        return 0.0;
    }
    dot(a, b) / (na * nb)
}

/// The dot product of two sparse vectors sorted by key.
fn dot(a: &[(String, f64)], b: &[(String, f64)]) -> f64 {
    let mut dot = 0.0;
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    dot
}
