//! Figures a sentence gives as a change rather than as the count it states: no rule takes them
//! as a claim of what they count.
//!
//! - a difference, "N de plus", "N de moins", with a noun or two between ("500 soldats de plus
//!   que l'an passé", "soit 800 de moins qu'annoncé"): N is how far two counts are apart; not
//!   "de plus en plus" nor "de plus de N", which are no differences;
//! - a change's amount or its start, "passer de N à M", "augmenter de N", "une hausse de N": a
//!   verb or a noun of change, then "de", then N; the count the sentence states is M, after
//!   "à", which this does not touch.
//!
//! A difference is not denied (see [`super::denied`]): the same figure may be a claim in another
//! sentence of the text, "Gumri compte 1 000 soldats. C'est 1 000 de plus qu'à Bakou.", so it
//! is declined where it is written and nowhere else.

use std::ops::Range;
use std::sync::OnceLock;

use super::tokens::Word;
use crate::grammar::Lang;

/// Verbs and nouns whose "de N" is the amount or the start of a change.
const CHANGE_WORDS: &[&str] = &[
    "passer",
    "grimper",
    "monter",
    "tomber",
    "chuter",
    "baisser",
    "augmenter",
    "croître",
    "progresser",
    "reculer",
    "diminuer",
    "bondir",
    "réduire",
    "hausse",
    "baisse",
    "augmentation",
    "diminution",
    "réduction",
];

/// How many words (nouns, adjectives) may come between a figure and its "de plus".
const REACH: usize = 3;

fn folded(words: &[Word], i: usize) -> &str {
    words.get(i).map_or("", |w| w.folded.as_ref())
}

fn change_bases() -> &'static [String] {
    static BASES: OnceLock<Vec<String>> = OnceLock::new();
    BASES.get_or_init(|| {
        CHANGE_WORDS
            .iter()
            .map(|w| crate::morph::base(Lang::Fr, w))
            .collect()
    })
}

/// Whether the value at words `mw` of the scope `sw` is a difference or a change ("de plus"
/// after it, "passé de" before it): the words that say so.
pub fn difference(words: &[Word], mw: &Range<usize>, sw: &Range<usize>) -> Option<&'static str> {
    more_or_less(words, mw, sw).or_else(|| changed_from(words, mw, sw))
}

/// "N de plus", "N soldats de plus": "de" and "plus" or "moins" within [`REACH`] words after the
/// value, with no punctuation between; not "de plus en plus", "de plus de".
fn more_or_less(words: &[Word], mw: &Range<usize>, sw: &Range<usize>) -> Option<&'static str> {
    let end = sw.end.min(mw.end + REACH + 1);
    for j in mw.end..end {
        let w = words.get(j)?;
        if w.is_punct() {
            return None;
        }
        if &*w.folded != "de" || j + 1 >= sw.end {
            continue;
        }
        let which = match folded(words, j + 1) {
            "plus" => "de plus",
            "moins" => "de moins",
            _ => continue,
        };
        return (!matches!(folded(words, j + 2), "en" | "de" | "d")).then_some(which);
    }
    None
}

/// "passé de N", "augmente de N", "une hausse de N": a word of change right before "de" (the
/// value's own words, "près de", are part of it).
fn changed_from(words: &[Word], mw: &Range<usize>, sw: &Range<usize>) -> Option<&'static str> {
    let de = mw.start.checked_sub(1).filter(|&i| i > sw.start)?;
    if folded(words, de) != "de" {
        return None;
    }
    let w = &words[de - 1];
    change_bases().iter().any(|b| w.meets(b)).then_some("de")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `difference` says of the value written `value` in `text`.
    fn of(text: &str, value: &str) -> Option<&'static str> {
        let (words, mw) = crate::cues::value_words(text, value);
        difference(&words, &mw, &(0..words.len()))
    }

    #[test]
    fn a_difference_is_declined() {
        assert_eq!(
            of("La base compte 800 hommes de plus que l'an passé.", "800"),
            Some("de plus")
        );
        assert_eq!(
            of("Soit 1 200 de moins qu'annoncé par le ministère.", "1 200"),
            Some("de moins")
        );
        assert_eq!(
            of("Il y a 300 soldats russes de plus à la frontière.", "300"),
            Some("de plus")
        );
    }

    #[test]
    fn a_change_gives_its_start_and_amount_but_not_its_end() {
        let t = "L'effectif est passé de 1 800 à 2 400 soldats.";
        assert_eq!(of(t, "1 800"), Some("de"));
        assert_eq!(of(t, "2 400"), None);
        assert_eq!(
            of("Le contingent a augmenté de 600 hommes.", "600"),
            Some("de")
        );
        assert_eq!(
            of("Une hausse de 900 réfugiés en un jour.", "900"),
            Some("de")
        );
    }

    #[test]
    fn counts_are_left_alone() {
        assert_eq!(
            of(
                "Des soldats de plus en plus nombreux, 4 000 au total.",
                "4 000"
            ),
            None
        );
        assert_eq!(of("4 000 soldats de plus de trente ans.", "4 000"), None);
        assert_eq!(of("4 000 soldats, de plus, sont arrivés.", "4 000"), None);
        assert_eq!(of("Le nombre de 5 000 soldats est avancé.", "5 000"), None);
        assert_eq!(of("Plus de 7 000 personnes ont fui.", "7 000"), None);
    }
}
