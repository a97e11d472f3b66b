//! The words of a text as cues see them: folded, split at elisions and hyphens, each with its
//! byte span in the original text and its base form (lemma, then Snowball stem).
//!
//! "L’exode" gives `le` and `exode`; "Haut-Karabakh" gives `haut` and `karabakh`; "qu'ils ont
//! fui" gives `que`, `il`, `avoir`-like bases of `ont`, and the base of `fui`, which is the base
//! of `fuir`. Digits are words too ("2020"), so that a cue can name a year. Punctuation is
//! kept as a token of its own, with an empty base, so that a phrase never matches across a
//! comma and the distance between a value and a cue counts it.

use std::ops::Range;

use crate::grammar::Lang;
use crate::morph;

/// One word (or punctuation mark) of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Byte range in the text.
    pub span: Range<usize>,
    /// Folded form: lowercase, no accents, elided articles restored (`l'` → `le`).
    pub folded: String,
    /// What cues compare: the lemma's stem. Empty for punctuation.
    pub base: String,
}

impl Word {
    pub fn is_punct(&self) -> bool {
        self.base.is_empty()
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

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘')
}

/// The words of `text` in order. Cost: one pass, one lookup and one stem per word.
pub fn words(lang: Lang, text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphanumeric() {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let raw = &text[i..end];
            let mut folded = morph::fold(raw);
            // An elision: the word is followed by an apostrophe and a letter.
            if let Some(&(j, d)) = chars.peek()
                && is_apostrophe(d)
                && lang == Lang::Fr
                && let Some((_, full)) = ELISIONS.iter().find(|(e, _)| *e == folded)
                && text[j + d.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphabetic)
            {
                chars.next();
                folded = (*full).to_string();
                end = j + d.len_utf8();
            }
            let base = base_of(lang, &folded);
            out.push(Word {
                span: i..end,
                folded,
                base,
            });
        } else if c.is_whitespace() || c == '-' || c == '‑' || is_apostrophe(c) {
            continue;
        } else {
            out.push(Word {
                span: i..i + c.len_utf8(),
                folded: c.to_string(),
                base: String::new(),
            });
        }
    }
    out
}

/// The base of one folded word: the stem of its lemma, or else of its singular (Snowball
/// keeps the `s` of "bleus" and "casques"). Digits stay as written.
pub fn base_of(lang: Lang, folded: &str) -> String {
    if folded.bytes().all(|b| b.is_ascii_digit()) {
        return folded.to_string();
    }
    if let Some(lemma) = morph::lemma(lang, folded) {
        return morph::stem(lang, lemma);
    }
    morph::stem(lang, singular(folded))
}

/// A plural's singular by its ending: "-s" and "-x" go in words of four letters or more, not
/// "-ss" ("stress"). Both sides of a comparison go through it, so a word it strips wrongly
/// ("virus") still matches itself.
fn singular(folded: &str) -> &str {
    let n = folded.len();
    if n >= 4 && (folded.ends_with('s') || folded.ends_with('x')) && !folded.ends_with("ss") {
        &folded[..n - 1]
    } else {
        folded
    }
}

/// The bases of a phrase written in a rule ("casque bleu", "gagner l'Arménie"), punctuation
/// dropped.
pub fn phrase_bases(lang: Lang, phrase: &str) -> Vec<String> {
    words(lang, phrase)
        .into_iter()
        .filter(|w| !w.is_punct())
        .map(|w| w.base)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> Vec<String> {
        words(Lang::Fr, text).into_iter().map(|w| w.folded).collect()
    }

    #[test]
    fn elision_hyphen_and_apostrophes() {
        assert_eq!(
            folded("L’exode du Haut-Karabakh, qu'ils ont fui."),
            ["le", "exode", "du", "haut", "karabakh", ",", "que", "ils", "ont", "fui", "."]
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
    fn plural_and_singular_share_a_base() {
        assert_eq!(phrase_bases(Lang::Fr, "casques bleus"), phrase_bases(Lang::Fr, "casque bleu"));
    }
}
