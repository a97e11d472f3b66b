//! A share of a whole: "la moitié des habitants", "deux tiers de la population", "un quart",
//! "trois cinquièmes des réfugiés", "40 % des déplacés", "60 pour cent". The grammar reads the
//! proportion as a number (0.5, 40), but it is no number of the things it is a share of: a
//! count rule takes none of them, whatever noun follows.

use std::ops::Range;

use super::tokens::Word;

/// The nouns of a fraction, folded: the value's last word when it is a share.
const FRACTION_NOUNS: &[&str] = &[
    "moitie", "moities", "tiers", "quart", "quarts", "half", "halves", "third", "thirds",
    "quarter", "quarters",
];

/// The words of a percentage after its number, folded.
const PERCENT: &[&[&str]] = &[
    &["%"],
    &["pour", "cent"],
    &["pourcent"],
    &["percent"],
    &["per", "cent"],
];

/// The word range that makes the value of words `mw` a share, if any: its own last word ("la
/// moitié", "deux tiers", "trois cinquièmes des…") or the sign or words of a percentage right
/// after it ("40 %", "40 pour cent").
pub fn share(words: &[Word], mw: &Range<usize>) -> Option<Range<usize>> {
    let last = mw.end.checked_sub(1).filter(|&l| l >= mw.start)?;
    let folded = &*words[last].folded;
    if FRACTION_NOUNS.contains(&folded) {
        return Some(last..mw.end);
    }
    // "trois cinquièmes des habitants", "un dixième de la population": a numerator, then an
    // ordinal noun followed by what it divides (an ordinal alone, "le cinquième", numbers a rank).
    let divides = words
        .get(mw.end)
        .is_some_and(|w| matches!(&*w.folded, "de" | "des" | "du"));
    if mw.len() >= 2 && divides && (folded.ends_with("ieme") || folded.ends_with("iemes")) {
        return Some(last..mw.end);
    }
    PERCENT.iter().find_map(|p| {
        let after = words.get(mw.end..mw.end + p.len())?;
        after
            .iter()
            .zip(p.iter())
            .all(|(w, s)| &*w.folded == *s)
            .then_some(mw.end..mw.end + p.len())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cues::value_words;

    fn share_of(text: &str, value: &str) -> Option<String> {
        let (ws, m) = value_words(text, value);
        share(&ws, &m).map(|r| text[ws[r.start].span.start..ws[r.end - 1].span.end].to_string())
    }

    #[test]
    fn a_fraction_of_a_whole_is_a_share() {
        assert_eq!(
            share_of(
                "Près de la moitié des villageois sont partis.",
                "Près de la moitié"
            ),
            Some("moitié".into())
        );
        assert_eq!(
            share_of(
                "Les deux tiers de la population vivaient en ville.",
                "deux tiers"
            ),
            Some("tiers".into())
        );
        assert_eq!(
            share_of("Un quart des familles ont trouvé un logement.", "Un quart"),
            Some("quart".into())
        );
        assert_eq!(
            share_of(
                "Trois cinquièmes des électeurs ont voté.",
                "Trois cinquièmes"
            ),
            Some("cinquièmes".into())
        );
    }

    #[test]
    fn a_percentage_is_a_share() {
        assert_eq!(
            share_of("Environ 40 % des déplacés sont des enfants.", "Environ 40"),
            Some("%".into())
        );
        assert_eq!(
            share_of("Quelque 60 pour cent des habitants ont fui.", "Quelque 60"),
            Some("pour cent".into())
        );
        assert_eq!(
            share_of("Some 30 percent of residents left.", "Some 30"),
            Some("percent".into())
        );
    }

    #[test]
    fn a_number_of_things_is_no_share() {
        assert_eq!(
            share_of("Quelque 4 000 habitants sont partis.", "Quelque 4 000"),
            None
        );
        assert_eq!(
            share_of("Deux mille soldats gardent la route.", "Deux mille"),
            None
        );
        // A rank, not a fraction: no numerator before it.
        assert_eq!(
            share_of("Le cinquième des convois est arrivé.", "cinquième"),
            None
        );
        assert_eq!(
            share_of("Il reste 40 places pour cent candidats.", "40"),
            None
        );
    }
}
