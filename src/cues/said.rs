//! Dates of a saying, which no rule takes as the date of what is said: a reporting incise with
//! its subject after it, ", a confirmé jeudi le Kremlin", ", annonce lundi le ministère", ",
//! avait précisé le 3 mars son porte-parole", dates the statement, not the event the clause
//! before it reports. A reporting verb that governs its clause ("Peskov a confirmé le 17 avril
//! que…") is no incise: there the pack takes the date, which the corpus gives as the event's.
//!
//! One look back from the value and one word after it: a text costs what its words cost.

use std::ops::Range;

use super::tokens::Word;

/// Reporting verbs, folded, as past participles and as the present's third person.
const SAY: &[&str] = &[
    "confirme",
    "annonce",
    "indique",
    "declare",
    "affirme",
    "precise",
    "assure",
    "explique",
    "rapporte",
    "souligne",
    "ajoute",
    "dit",
    "confirment",
    "annoncent",
    "indiquent",
    "declarent",
    "affirment",
    "precisent",
    "assurent",
    "expliquent",
    "ajoutent",
    "disent",
];

/// Auxiliaries between the comma and the participle.
const AUX: &[&str] = &["a", "ont", "avait", "avaient", "aurait", "auraient"];

/// Words between the verb and the value ("a annoncé le 18 avril").
const BEFORE_VALUE: &[&str] = &["le", "ce"];

/// Whether the value at words `mw` dates a reporting incise: a comma, an optional auxiliary, a
/// reporting verb, the value, then anything but "que" (the verb would govern a clause).
pub fn said(words: &[Word], mw: &Range<usize>) -> bool {
    let f = |i: usize| words.get(i).map_or("", |w| w.folded.as_ref());
    let mut k = mw.start;
    if k > 0 && BEFORE_VALUE.contains(&f(k - 1)) {
        k -= 1;
    }
    if k == 0 || !SAY.contains(&f(k - 1)) {
        return false;
    }
    let mut j = k - 1;
    if j > 0 && AUX.contains(&f(j - 1)) {
        j -= 1;
    }
    if j == 0 || f(j - 1) != "," {
        return false;
    }
    !matches!(f(mw.end), "que" | "qu" | "," | "." | "")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said_at(text: &str, value: &str) -> bool {
        let (ws, mw) = crate::cues::value_words(text, value);
        said(&ws, &mw)
    }

    #[test]
    fn an_incise_dates_the_saying() {
        assert!(said_at(
            "Le convoi a quitté la ville, a confirmé jeudi le ministère.",
            "jeudi"
        ));
        assert!(said_at(
            "Les travaux commencent, annonce lundi la mairie de Lyon.",
            "lundi"
        ));
        assert!(said_at(
            "Le chantier a démarré, avait précisé le 3 mars son directeur.",
            "3 mars"
        ));
    }

    #[test]
    fn a_verb_that_governs_its_clause_is_no_incise() {
        assert!(!said_at(
            "Le ministère a confirmé jeudi que le convoi était parti.",
            "jeudi"
        ));
        assert!(!said_at(
            "Le porte-parole, qui a confirmé le 3 mars que le chantier démarrait, se tait.",
            "3 mars"
        ));
        assert!(!said_at(
            "Le convoi est parti jeudi, a-t-on appris.",
            "jeudi"
        ));
    }
}
