//! A ratio: "sept habitants sur dix", "trois sur quatre", "un électeur sur deux", "nine in ten
//! residents", "two out of three". Neither number counts anything: the pair says what share of
//! a whole does something. Unlike a partitive ("40 000 électeurs sur les 90 000"), the second
//! number is a small round base (two to ten, a hundred, a thousand) with no article before it.

use std::ops::Range;

use super::tokens::Word;

/// The bases of a ratio, folded (a single word).
const BASES: &[&str] = &[
    "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "cent", "mille",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred", "thousand",
    "2", "3", "4", "5", "6", "7", "8", "9", "10", "100", "1000",
];

/// Most words between the first number and "sur": its noun and a complement ("neuf habitants
/// du village sur dix").
const REACH: usize = 4;

/// The words of the ratio marker and its base ("sur dix") at `at` (the marker's first word):
/// "sur", "in" or "out of", then a base that no number word continues. `None` otherwise.
fn marker_and_base(words: &[Word], at: usize) -> Option<Range<usize>> {
    let f = |i: usize| words.get(i).map_or("", |w| w.folded.as_ref());
    let base = match f(at) {
        "sur" | "in" => at + 1,
        "out" if f(at + 1) == "of" => at + 2,
        _ => return None,
    };
    let next = words.get(base + 1);
    let continued = next.is_some_and(|w| w.folded.starts_with(char::is_numeric))
        || matches!(
            f(base + 1),
            "mille" | "cent" | "cents" | "thousand" | "hundred"
        );
    (BASES.contains(&f(base)) && !continued).then_some(at..base + 1)
}

/// The word range that makes the value of words `mw` one side of a ratio, if any: for the first
/// number, its marker and base after it ("sur dix"); for the base, the base itself, when a
/// count of `others` (word ranges of the sentence's counts) ends at most [`REACH`] words before
/// the marker, with no punctuation between.
pub fn ratio(words: &[Word], mw: &Range<usize>, others: &[Range<usize>]) -> Option<Range<usize>> {
    // The value as the first number: its marker within reach after it.
    let after = (mw.end..mw.end + REACH + 1)
        .take_while(|&i| words.get(i).is_some_and(|w| !w.is_punct()))
        .find_map(|i| marker_and_base(words, i));
    if let Some(r) = after {
        return Some(r);
    }
    // The value as the base: "sur" before it, and the first number before that.
    let marker = (mw.start.saturating_sub(2)..mw.start).find(|&i| {
        marker_and_base(words, i).is_some_and(|r| r.end == mw.end && r.end - 1 == mw.start)
    })?;
    // The first number: a count of the sentence, or a number word the grammar left alone
    // ("près de neuf habitants sur dix").
    let first = |i: usize| {
        let f = &*words[i].folded;
        others.iter().any(|o| o.end == i + 1)
            || BASES.contains(&f)
            || matches!(f, "un" | "une" | "one")
            || f.starts_with(char::is_numeric)
    };
    let from = marker.saturating_sub(REACH + 1);
    (from..marker)
        .rev()
        .take_while(|&i| !words[i].is_punct())
        .any(first)
        .then(|| mw.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cues::tokens::words;
    use crate::grammar::Lang;

    /// The ratio words of the count at `value`, the counts of the sentence being `counts`.
    fn ratio_of(text: &str, value: &str, counts: &[&str]) -> Option<String> {
        let ws = words(Lang::Fr, text);
        let range = |v: &str| {
            let from = text.find(v).expect("in the text");
            let s = ws.iter().position(|w| w.span.start == from).unwrap();
            let e = ws
                .iter()
                .position(|w| w.span.end == from + v.len())
                .unwrap();
            s..e + 1
        };
        let others: Vec<Range<usize>> = counts.iter().map(|c| range(c)).collect();
        ratio(&ws, &range(value), &others)
            .map(|r| text[ws[r.start].span.start..ws[r.end - 1].span.end].to_string())
    }

    #[test]
    fn both_numbers_of_a_ratio() {
        let t = "Sept habitants sur dix ont voté pour le maire.";
        assert_eq!(
            ratio_of(t, "Sept", &["Sept", "dix"]).as_deref(),
            Some("sur dix")
        );
        assert_eq!(ratio_of(t, "dix", &["Sept", "dix"]).as_deref(), Some("dix"));
        // A first number the grammar did not read still makes the base a ratio's.
        let t = "Ils ont voté, soit près de huit habitants sur dix.";
        assert_eq!(ratio_of(t, "dix", &["dix"]).as_deref(), Some("dix"));
        let t = "Un électeur du canton sur quatre s'est abstenu.";
        assert_eq!(
            ratio_of(t, "Un", &["Un", "quatre"]).as_deref(),
            Some("sur quatre")
        );
        let t = "Here, two out of three families have left.";
        assert_eq!(
            ratio_of(t, "two", &["two", "three"]).as_deref(),
            Some("out of three")
        );
    }

    #[test]
    fn a_partitive_or_a_count_is_no_ratio() {
        // An article before the whole: a partitive.
        let t = "Huit sur les dix membres ont signé.";
        assert_eq!(ratio_of(t, "Huit", &["Huit", "dix"]), None);
        assert_eq!(ratio_of(t, "dix", &["Huit", "dix"]), None);
        // A large whole: a part of a total, not a ratio.
        let t = "Plus de 9 000 électeurs sur 12 000 ont voté.";
        assert_eq!(ratio_of(t, "9 000", &["9 000", "12 000"]), None);
        let t = "Sept mille habitants sur dix mille sont partis.";
        assert_eq!(
            ratio_of(t, "Sept mille", &["Sept mille", "dix mille"]),
            None
        );
        // "sur" as a place, and a base with no first number before it.
        let t = "Les 300 soldats sur place attendent.";
        assert_eq!(ratio_of(t, "300", &["300"]), None);
        let t = "Il a compté sur dix volontaires.";
        assert_eq!(ratio_of(t, "dix", &["dix"]), None);
        let t = "Le maire, élu sur trois listes, démissionne.";
        assert_eq!(ratio_of(t, "trois", &["trois"]), None);
    }
}
