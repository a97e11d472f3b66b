//! An amount of money: "une subvention de 8 000 €", "un don de $3 million", "12 000 £", "3 M€".
//! The currency sign next to the number is what it counts: no count rule counts money, so a
//! sum is never taken for a number of people or soldiers. (A currency written as a word, "8 000
//! euros", is already the counted noun.)

use std::ops::Range;

use super::tokens::Word;

/// Currency signs, as the tokenizer keeps them (one punctuation mark each).
const SIGNS: &[&str] = &["€", "$", "£", "¥", "₽", "₺", "₼", "֏"];

/// The word index of the currency sign right after the value of words `mw` ("8 000 €") or
/// right before it ("$3 million"), if any.
pub fn currency(words: &[Word], mw: &Range<usize>) -> Option<usize> {
    let is_sign = |i: usize| words.get(i).is_some_and(|w| SIGNS.contains(&&*w.folded));
    if is_sign(mw.end) {
        return Some(mw.end);
    }
    mw.start.checked_sub(1).filter(|&i| is_sign(i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cues::value_words;

    fn sign_of(text: &str, value: &str) -> Option<String> {
        let (ws, m) = value_words(text, value);
        currency(&ws, &m).map(|i| text[ws[i].span.clone()].to_string())
    }

    #[test]
    fn a_sign_after_or_before_the_number_is_money() {
        assert_eq!(
            sign_of(
                "La mairie vote une subvention de 8 000 € aux familles.",
                "8 000"
            ),
            Some("€".into())
        );
        assert_eq!(
            sign_of("Un donateur a promis $3 million aux exilés.", "3 million"),
            Some("$".into())
        );
        assert_eq!(
            sign_of("Le fonds a réuni 12 000 £ pour les réfugiés.", "12 000"),
            Some("£".into())
        );
    }

    #[test]
    fn a_number_of_people_is_no_money() {
        assert_eq!(
            sign_of("Quelque 8 000 réfugiés attendent un toit.", "8 000"),
            None
        );
        assert_eq!(
            sign_of("Le prix (12 €) est fixé ; 40 familles attendent.", "40"),
            None
        );
    }
}
