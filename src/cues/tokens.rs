//! The words of a text as cues see them: folded, split at elisions and hyphens, each with its
//! byte span in the original text and its base form (lemma, then Snowball stem).
//!
//! "L’exode" gives `le` and `exode`; "Haut-Karabakh" gives `haut` and `karabakh`; "qu'ils ont
//! fui" gives `que`, `il`, `avoir`-like bases of `ont`, and the base of `fui`, which is the base
//! of `fuir`. Digits are words too ("2020"), so that a cue can name a year. Punctuation is
//! kept as a token of its own, with an empty base, so that a phrase never matches across a
//! comma and the distance between a value and a cue counts it.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::ops::Range;
use std::sync::Arc;

use crate::grammar::Lang;
use crate::grammar::lexer::char_at;
use crate::grammar::prefilter::WordHasher;
use crate::morph;

/// One word (or punctuation mark) of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Byte range in the text.
    pub span: Range<usize>,
    /// Folded form: lowercase, no accents, elided articles restored (`l'` → `le`).
    pub folded: Arc<str>,
    /// What cues compare: the lemma's stem. Empty for punctuation.
    pub base: Arc<str>,
    /// The Snowball stem of the word as written, when its base (through its lemma or its
    /// singular) differs: the lemma table may send a participle to a noun, and cutting the
    /// plural of "arrivées" leaves "arrivée", whose stem is not the verb's; the word's own stem
    /// still meets "arriver". Empty when it is the base.
    pub alt: Arc<str>,
}

impl Word {
    pub fn is_punct(&self) -> bool {
        self.base.is_empty()
    }

    /// Whether the word meets the base `b` of a cue.
    pub fn meets(&self, b: &str) -> bool {
        &*self.base == b || (!self.alt.is_empty() && &*self.alt == b)
    }
}

/// French elided words and what they stand for.
const ELISIONS: &[(&str, &str)] = &[
    ("l", "le"),
    ("d", "de"),
    ("qu", "que"),
    ("s", "se"),
    ("n", "ne"),
    ("c", "ce"),
    ("j", "je"),
    ("m", "me"),
    ("t", "te"),
    ("jusqu", "jusque"),
    ("lorsqu", "lorsque"),
    ("puisqu", "puisque"),
    ("quoiqu", "quoique"),
    ("presqu", "presque"),
];

/// French abbreviations written with a period, and the words they stand for.
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("pers", "personnes"),
    ("hab", "habitants"),
    ("env", "environ"),
    ("milit", "militaires"),
];

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘')
}

/// The words of `text` in order. Cost: one pass, and one lookup per word in a per-thread
/// table of the forms already seen (a miss folds, looks up the lemma and stems).
pub fn words(lang: Lang, text: &str) -> Vec<Word> {
    FORMS.with(|cache| {
        let mut cache = cache.borrow_mut();
        words_with(lang, text, &mut cache)
    })
}

fn words_with(lang: Lang, text: &str, cache: &mut FormCache) -> Vec<Word> {
    let mut out = Vec::with_capacity(text.len() / 6);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let (c, len) = char_at(text, i);
        if c.is_alphanumeric() {
            let mut end = i + len;
            while end < bytes.len() {
                // ASCII first: a letter or digit there is alphanumeric, any other byte is not.
                let b = bytes[end];
                if b.is_ascii_alphanumeric() {
                    end += 1;
                    continue;
                }
                if b.is_ascii() {
                    break;
                }
                let (d, dl) = char_at(text, end);
                if !d.is_alphanumeric() {
                    break;
                }
                end += dl;
            }
            let raw = &text[i..end];
            let mut forms = cache.get(lang, raw, Kind::Word);
            let next = end;
            // An elision: the word is followed by an apostrophe and a letter.
            if next < bytes.len()
                && lang == Lang::Fr
                && let (d, dl) = char_at(text, next)
                && is_apostrophe(d)
                && let Some((_, full)) = ELISIONS.iter().find(|(e, _)| *e == &*forms.folded)
                && text[next + dl..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphabetic)
            {
                forms = cache.get(lang, full, Kind::Word);
                end = next + dl;
            }
            // "3 000 pers.", "800 hab.": an abbreviation and its period stand for the word,
            // whose stem the cut one does not have ("pers" would stem as "périr").
            if lang == Lang::Fr
                && bytes.get(end) == Some(&b'.')
                && let Some((_, full)) = ABBREVIATIONS.iter().find(|(a, _)| *a == &*forms.folded)
            {
                forms = cache.get(lang, full, Kind::Word);
            }
            if lang == Lang::Fr && is_share_noun(&forms.folded, out.last()) {
                // "une bonne part des habitants": the noun, whose stem is the verb's
                // ("partir"); it meets no cue of leaving.
                forms.base = Arc::from(SHARE_BASE);
                forms.alt = cache.empty.clone();
            }
            out.push(Word {
                span: i..end,
                folded: forms.folded,
                base: forms.base,
                alt: forms.alt,
            });
            i = end;
        } else if c.is_whitespace() || c == '-' || c == '‑' || is_apostrophe(c) {
            i += len;
        } else {
            let forms = cache.get(lang, &text[i..i + len], Kind::Punct);
            out.push(Word {
                span: i..i + len,
                folded: forms.folded,
                base: forms.base,
                alt: forms.alt,
            });
            i += len;
        }
    }
    out
}

/// The base of the noun "part" ("une part", "la plupart" aside): no cue's stem.
const SHARE_BASE: &str = "part#nom";

/// Whether `folded` is the noun "part" (or "parts"), the stem of which is the verb "partir"'s:
/// after a determiner or an adjective of size, "une part", "bonne part", "à part", "d'autre
/// part", "des parts", no verb can stand.
fn is_share_noun(folded: &str, before: Option<&Word>) -> bool {
    if !matches!(folded, "part" | "parts") {
        return false;
    }
    let Some(b) = before else { return false };
    matches!(
        &*b.folded,
        "une"
            | "la"
            | "des"
            | "les"
            | "ma"
            | "ta"
            | "sa"
            | "notre"
            | "votre"
            | "leur"
            | "mes"
            | "ses"
            | "nos"
            | "leurs"
            | "cette"
            | "bonne"
            | "grande"
            | "petite"
            | "large"
            | "faible"
            | "forte"
            | "meilleure"
            | "autre"
            | "quote"
            | "a"
            | "de"
    )
}

/// What a word or a punctuation mark is written as: one entry of [`FormCache`].
#[derive(Clone)]
struct Forms {
    folded: Arc<str>,
    base: Arc<str>,
    alt: Arc<str>,
}

#[derive(Clone, Copy)]
enum Kind {
    Word,
    Punct,
}

/// The forms of the words a thread has seen, by language and word as written: a pure
/// function of the word, so the table changes no result, only the cost of folding, the
/// lemma search and the stem, and the allocations (a [`Word`] shares its entry's strings).
struct FormCache {
    by_lang: [HashMap<Box<str>, Forms, BuildHasherDefault<WordHasher>>; 2],
    empty: Arc<str>,
}

impl FormCache {
    fn new() -> FormCache {
        FormCache {
            by_lang: Default::default(),
            empty: Arc::from(""),
        }
    }

    fn get(&mut self, lang: Lang, raw: &str, kind: Kind) -> Forms {
        let map = &mut self.by_lang[usize::from(lang == Lang::En)];
        if let Some(f) = map.get(raw) {
            return f.clone();
        }
        let forms = match kind {
            Kind::Word => {
                let folded = morph::fold(raw);
                let (base, alt) = bases_uncached(lang, &raw.to_lowercase());
                let share = |s: String| {
                    if s.is_empty() {
                        self.empty.clone()
                    } else {
                        Arc::from(s)
                    }
                };
                Forms {
                    folded: Arc::from(folded),
                    base: share(base),
                    alt: share(alt),
                }
            }
            Kind::Punct => Forms {
                folded: Arc::from(raw),
                base: self.empty.clone(),
                alt: self.empty.clone(),
            },
        };
        if map.len() >= CACHE_LIMIT {
            map.clear();
        }
        map.insert(raw.into(), forms.clone());
        forms
    }
}

thread_local! {
    static FORMS: std::cell::RefCell<FormCache> = std::cell::RefCell::new(FormCache::new());
}

/// The base of one word (given lowercase, accents kept) and its folded own stem when that
/// differs (see [`Word::alt`]): the stem of its lemma, or else of its singular (Snowball keeps
/// the `s` of "bleus" and "casques"), folded. Snowball is given the accented word, which its
/// French suffixes are written for ("arrivées" → "arriv"); lemmas are looked up folded. Digits
/// stay as written.
///
/// Articles reuse a small vocabulary, so bases are remembered per thread (a pure function of
/// the word: the cache changes no result, only the cost of the lemma search and the stem).
pub fn bases_of(lang: Lang, lower: &str) -> (String, String) {
    if lower.bytes().all(|b| b.is_ascii_digit()) {
        return (lower.to_string(), String::new());
    }
    BASES.with(|cache| {
        let mut cache = cache.borrow_mut();
        let key = (lang, lower.to_string());
        if let Some(b) = cache.get(&key) {
            return b.clone();
        }
        let b = compute_bases(lang, lower);
        if cache.len() >= CACHE_LIMIT {
            cache.clear();
        }
        cache.insert(key, b.clone());
        b
    })
}

/// The base of one word: see [`bases_of`].
pub fn base_of(lang: Lang, word: &str) -> String {
    bases_of(lang, &word.to_lowercase()).0
}

/// How many bases a thread remembers before it starts again (a bound on its memory).
const CACHE_LIMIT: usize = 1 << 18;

type BaseCache = std::collections::HashMap<(Lang, String), (String, String)>;

thread_local! {
    static BASES: std::cell::RefCell<BaseCache> = std::cell::RefCell::new(BaseCache::new());
}

/// [`bases_of`] without its table (the caller keeps one).
fn bases_uncached(lang: Lang, lower: &str) -> (String, String) {
    if lower.bytes().all(|b| b.is_ascii_digit()) {
        return (lower.to_string(), String::new());
    }
    compute_bases(lang, lower)
}

fn compute_bases(lang: Lang, lower: &str) -> (String, String) {
    let folded = morph::fold(lower);
    let base = match morph::lemma(lang, &folded) {
        Some(lemma) => morph::stem(lang, lemma),
        None => morph::fold(&morph::stem(lang, singular(lower))),
    };
    let own = morph::fold(&morph::stem(lang, lower));
    let alt = if own == base { String::new() } else { own };
    (base, alt)
}

/// A plural's singular by its ending: "-s" goes in words of four letters or more, not "-ss"
/// ("stress"); "-x" after "au", "eu", "ou" ("jeux", "bureaux"). Both sides of a comparison go
/// through it, so a word it strips wrongly ("virus") still matches itself.
fn singular(folded: &str) -> &str {
    let n = folded.len();
    let plural_x = ["aux", "eux", "oux"].iter().any(|e| folded.ends_with(e));
    if n >= 4 && ((folded.ends_with('s') && !folded.ends_with("ss")) || plural_x) {
        &folded[..n - 1]
    } else {
        folded
    }
}

/// In a phrase's bases, `…` ("reprendre … territoire"): up to [`GAP_WORDS`] words of any kind,
/// but no punctuation.
pub const GAP: &str = "…";

/// How many words a `…` of a phrase may stand for.
pub const GAP_WORDS: usize = 3;

/// The bases of a phrase written in a rule ("casque bleu", "gagner l'Arménie", "reprendre …
/// territoire"), punctuation dropped; `…` (or `...`) is kept as [`GAP`].
pub fn phrase_bases(lang: Lang, phrase: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (k, part) in phrase.replace("...", "…").split('…').enumerate() {
        if k > 0 && !out.is_empty() {
            out.push(GAP.to_string());
        }
        out.extend(
            words(lang, part)
                .into_iter()
                .filter(|w| !w.is_punct())
                .map(|w| w.base.to_string()),
        );
    }
    if out.last().is_some_and(|b| b == GAP) {
        out.pop();
    }
    // A reflexive verb is matched by its verb: "s'emparer" meets "s'est emparée" and "se sont
    // emparés", where the pronoun and the verb are apart.
    if out.len() > 1 && lang == Lang::Fr && out[0] == base_of(lang, "se") {
        out.remove(0);
    }
    out
}

/// Where a phrase's bases match `words` from word `at` on: the end of the match.
pub fn match_phrase(bases: &[String], words: &[Word], at: usize) -> Option<usize> {
    let (first, rest) = bases.split_first()?;
    if !words.get(at)?.meets(first) {
        return None;
    }
    let mut k = at + 1;
    let mut rest = rest;
    while let Some((b, more)) = rest.split_first() {
        if b == GAP {
            let (next, after) = more.split_first()?;
            let found = (k..(k + GAP_WORDS + 1).min(words.len()))
                .take_while(|&j| !words[j].is_punct())
                .find(|&j| words[j].meets(next))?;
            k = found + 1;
            rest = after;
        } else {
            if !words.get(k)?.meets(b) {
                return None;
            }
            k += 1;
            rest = more;
        }
    }
    Some(k)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> Vec<String> {
        words(Lang::Fr, text)
            .into_iter()
            .map(|w| w.folded.to_string())
            .collect()
    }

    #[test]
    fn elision_hyphen_and_apostrophes() {
        assert_eq!(
            folded("L’exode du Haut-Karabakh, qu'ils ont fui."),
            [
                "le", "exode", "du", "haut", "karabakh", ",", "que", "ils", "ont", "fui", "."
            ]
        );
        assert_eq!(folded("aujourd'hui"), ["aujourd", "hui"]);
    }

    #[test]
    fn spans_point_into_the_text() {
        let text = "l’Arménie";
        let w = words(Lang::Fr, text);
        assert_eq!(&text[w[0].span.clone()], "l’");
        assert_eq!(&text[w[1].span.clone()], "Arménie");
    }

    #[test]
    fn a_gap_stands_for_a_few_words_within_a_clause() {
        let bases = phrase_bases(Lang::Fr, "reprendre … territoire");
        let w = words(Lang::Fr, "Bakou a repris tout le territoire.");
        assert_eq!(match_phrase(&bases, &w, 2), Some(6));
        let w = words(Lang::Fr, "Bakou a repris, dit-on, le territoire.");
        assert_eq!(match_phrase(&bases, &w, 2), None);
        let w = words(
            Lang::Fr,
            "Bakou a repris les villes, les routes et le territoire.",
        );
        assert_eq!(match_phrase(&bases, &w, 2), None);
    }

    #[test]
    fn the_noun_part_is_not_the_verb_partir() {
        let leave = phrase_bases(Lang::Fr, "partir");
        let base_of = |text: &str, at: usize| words(Lang::Fr, text)[at].base.to_string();
        assert_ne!(base_of("Une bonne part des habitants reste.", 2), leave[0]);
        assert_ne!(base_of("Pour sa part, le maire se tait.", 2), leave[0]);
        assert_ne!(base_of("Les parts du marché ont changé.", 1), leave[0]);
        // The verb keeps its stem: "il part", "elle part demain".
        assert_eq!(base_of("Le car part à midi.", 2), leave[0]);
        assert_eq!(base_of("Elle part demain.", 1), leave[0]);
    }

    #[test]
    fn plural_and_singular_share_a_base() {
        assert_eq!(
            phrase_bases(Lang::Fr, "casques bleus"),
            phrase_bases(Lang::Fr, "casque bleu")
        );
    }
}
