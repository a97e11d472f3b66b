//! A year-like number that a phrase of counting introduces: "au nombre de 2000", "un total de
//! 1500", "un effectif de 2000". The date grammar reads a bare four-digit number as a year, and
//! a count rule wants a noun after such a year ("2000 soldats") lest "la guerre de 2020" count
//! 2020; after these phrases the number is a count of the noun before them, never a year.

use super::tokens::Word;

/// The phrases, folded, that make the number right after them a count.
const INTRODUCERS: &[&[&str]] = &[
    &["au", "nombre", "de"],
    &["un", "total", "de"],
    &["au", "total", "de"],
    &["un", "effectif", "de"],
    &["effectifs", "de"],
];

/// Whether a phrase of counting ends right before word `start`.
pub fn introduces_count(words: &[Word], start: usize) -> bool {
    INTRODUCERS.iter().any(|phrase| {
        start >= phrase.len()
            && phrase
                .iter()
                .zip(&words[start - phrase.len()..start])
                .all(|(p, w)| *p == &*w.folded)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cues::value_words;

    fn introduced(text: &str, value: &str) -> bool {
        let (ws, m) = value_words(text, value);
        introduces_count(&ws, m.start)
    }

    #[test]
    fn a_phrase_of_counting_makes_the_year_a_count() {
        assert!(introduced(
            "Les casques bleus, au nombre de 1800, gardent la route.",
            "1800"
        ));
        assert!(introduced(
            "On recense un total de 2500 arrivées au poste.",
            "2500"
        ));
        assert!(introduced(
            "La brigade aligne un effectif de 1900 à la frontière.",
            "1900"
        ));
    }

    #[test]
    fn a_year_after_any_other_word_stays_a_year() {
        assert!(!introduced(
            "La guerre de 2020 a laissé des traces.",
            "2020"
        ));
        assert!(!introduced("Le nombre a doublé en 2021.", "2021"));
        assert!(!introduced("Le total de 2019 reste inégalé.", "2019"));
    }
}
