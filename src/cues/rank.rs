//! Ranks are no counts: an ordinal ranks a thing, "la 102e" (a base, a division), "le 58e
//! régiment", "la cinquième brigade", "the 3rd battalion", "pour la troisième fois". The
//! grammar reads it as its cardinal (the evaluation corpora do), so a count rule would take
//! "102e" for 102 soldiers; the ordinal counts its own word, which no rule counts. (Shares,
//! "41 %", "deux tiers des", are `share`'s.)

use std::ops::Range;

use super::tokens::Word;

/// The word of the count at words `m` that makes it a rank: its own last word when that is an
/// ordinal ("102e", "cinquième").
pub fn rank(words: &[Word], m: &Range<usize>) -> Option<usize> {
    let last = m.end.checked_sub(1)?;
    is_ordinal(&words.get(last)?.folded).then_some(last)
}

/// Whether a folded word is an ordinal: digits and a suffix ("3e", "102e", "2eme", "21st",
/// "3rd", "2nd", "4th"; "1er" and "1re" as well), or a number word in "-ième" ("cinquième",
/// "vingt-deuxième"). Not "premier" (the grammar reads no number there) and not a bare
/// number.
fn is_ordinal(w: &str) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        return matches!(
            &w[digits..],
            "e" | "eme"
                | "ieme"
                | "es"
                | "emes"
                | "er"
                | "re"
                | "ere"
                | "nd"
                | "nde"
                | "st"
                | "rd"
                | "th"
        );
    }
    w.len() > 4 && (w.ends_with("ieme") || w.ends_with("iemes"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cues::value_words;

    fn ranked(text: &str, value: &str) -> Option<String> {
        let (ws, m) = value_words(text, value);
        rank(&ws, &m).map(|k| ws[k].folded.to_string())
    }

    #[test]
    fn an_ordinal_ranks_and_counts_its_own_word() {
        assert_eq!(
            ranked("La 58e brigade a quitté la ville.", "58e").as_deref(),
            Some("58e")
        );
        assert_eq!(
            ranked("Au 2ème jour, les combats ont repris.", "2ème").as_deref(),
            Some("2eme")
        );
        assert_eq!(
            ranked("La cinquième colonne de réfugiés est arrivée.", "cinquième").as_deref(),
            Some("cinquieme")
        );
        assert_eq!(
            ranked("The 3rd battalion left the town.", "3rd").as_deref(),
            Some("3rd")
        );
    }

    #[test]
    fn a_count_stays_a_count() {
        assert_eq!(ranked("Quelque 3 000 soldats sont restés.", "3 000"), None);
        assert_eq!(ranked("Les 40 élèves de la classe.", "40"), None);
        assert_eq!(ranked("Environ 5 000 personnes ont fui.", "5 000"), None);
    }
}
