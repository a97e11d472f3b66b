//! A dispatch's dateline, "EREVAN, 18 avril (Agence) –" or "LE CAIRE, 3 mai –", opens a
//! paragraph with the place in capitals, a comma, the day and then a parenthesis or a dash: it
//! dates the filing, not an event of the sentence it opens, and no rule takes it.
//!
//! A look back over the place's words and one word after the value: a text costs what its
//! words cost.

use std::ops::Range;

use super::tokens::Word;

/// Whether the value at words `mw` of `text` is a dateline's day.
pub fn dateline(text: &str, words: &[Word], mw: &Range<usize>) -> bool {
    let k = mw.start;
    if k < 2 || &*words[k - 1].folded != "," {
        return false;
    }
    let capitals = |i: usize| {
        let w = &text[words[i].span.clone()];
        w.chars().any(char::is_alphabetic)
            && w.chars()
                .all(|c| !c.is_alphabetic() || c.is_uppercase() || c == '\'')
    };
    let mut first = k - 1;
    while first > 0 && capitals(first - 1) {
        first -= 1;
    }
    if first == k - 1 {
        return false;
    }
    let opens_paragraph =
        first == 0 || text[words[first - 1].span.end..words[first].span.start].contains('\n');
    let after = words.get(mw.end).map_or("", |w| &text[w.span.clone()]);
    opens_paragraph && matches!(after, "(" | "–" | "—" | "-")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, value: &str) -> bool {
        let (ws, mw) = crate::cues::value_words(text, value);
        dateline(text, &ws, &mw)
    }

    #[test]
    fn a_dispatch_dateline_dates_the_filing() {
        assert!(at(
            "LYON, 3 mai (Dépêche) – Le chantier a démarré.",
            "3 mai"
        ));
        assert!(at(
            "Brève\n\nLE CAIRE, 12 juin – Le convoi est parti.",
            "12 juin"
        ));
    }

    #[test]
    fn a_date_in_the_sentence_is_no_dateline() {
        assert!(!at(
            "À Lyon, 3 mai (un lundi) : le chantier démarre.",
            "3 mai"
        ));
        assert!(!at("LYON, 3 mai : le chantier a démarré.", "3 mai"));
        assert!(!at("Le chantier, 3 mai – enfin – a démarré.", "3 mai"));
    }
}
