//! A dispatch's dateline, "EREVAN, 18 avril (Agence) –" or "LE CAIRE, 3 mai –", opens a
//! paragraph with the place in capitals, a comma, the day and then a parenthesis or a dash: it
//! dates the filing, not an event of the sentence it opens, and no rule takes it.
//!
//! A press release or a letter opens the same way, in ordinary case and with the year: "Paris,
//! le 20 mars 2024. Un an après…", "Erevan, mardi 3 mai 2022 –". That heading is the text's
//! own date only at its top (its first paragraph, or the one after a title): further down, the
//! same shape is a photo's caption (`caption`), whose date is an event's.
//!
//! A look back over the place's words and one word after the value: a text costs what its
//! words cost.

use std::ops::Range;

use super::tokens::Word;

/// Whether the value at words `mw` of `text` is a dateline's day.
pub fn dateline(text: &str, words: &[Word], mw: &Range<usize>) -> bool {
    let k = mw.start;
    let after = words.get(mw.end).map_or("", |w| &text[w.span.clone()]);
    let line_ends = words
        .get(mw.end)
        .is_none_or(|w| text[words[mw.end - 1].span.end..w.span.start].contains('\n'));
    if heading(text, words, mw) && (line_ends || matches!(after, "." | "–" | "—" | "-")) {
        return true;
    }
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
    first < k - 1 && opens_paragraph(text, words, first) && matches!(after, "(" | "–" | "—" | "-")
}

/// Whether word `first` opens its line (or the text).
fn opens_paragraph(text: &str, words: &[Word], first: usize) -> bool {
    first == 0 || text[words[first - 1].span.end..words[first].span.start].contains('\n')
}

/// Most words of a heading's place ("Saint-Jean-de-Luz", "Le Cap", "La Chaux-de-Fonds").
const PLACE_WORDS: usize = 4;

/// "Paris, le 20 mars 2024": a place in ordinary case, a comma, "le" or a weekday, the value
/// with its year, at the top of the text.
fn heading(text: &str, words: &[Word], mw: &Range<usize>) -> bool {
    let f = |i: usize| words.get(i).map_or("", |w| w.folded.as_ref());
    let has_year =
        (mw.start..mw.end).any(|i| f(i).len() == 4 && f(i).bytes().all(|b| b.is_ascii_digit()));
    if !has_year {
        return false;
    }
    // Back over "le" and a weekday to the comma.
    let mut comma = mw.start;
    while comma > 0
        && matches!(
            f(comma - 1),
            "le" | "lundi" | "mardi" | "mercredi" | "jeudi" | "vendredi" | "samedi" | "dimanche"
        )
    {
        comma -= 1;
    }
    if comma == 0 || f(comma - 1) != "," {
        return false;
    }
    let comma = comma - 1;
    // Back over the place's words to the start of its line.
    let mut first = comma;
    while first > 0 && comma - first < PLACE_WORDS && !opens_paragraph(text, words, first) {
        first -= 1;
    }
    let place = &text[words[first].span.start..words[comma].span.start];
    // Each word a name's, capitalized, or a particle of one ("Saint-Jean-de-Luz"): not a
    // clause ("Il est revenu, le 4 février 2025.").
    let named = (first..comma).all(|i| {
        text[words[i].span.clone()]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
            || matches!(
                f(i),
                "de" | "du" | "des" | "la" | "le" | "les" | "sur" | "en" | "aux"
            )
    });
    let place_ok = opens_paragraph(text, words, first)
        && named
        && place.chars().next().is_some_and(char::is_uppercase)
        && place
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’'));
    // The top of the text: at most a title's line before it.
    let before = &text[..words[first].span.start];
    place_ok && before.lines().filter(|l| !l.trim().is_empty()).count() <= 1
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
    fn a_press_release_s_heading_dates_the_release() {
        assert!(at(
            "Avis aux rédactions\n\nLyon, le 4 février 2025. Un an après la crue, la digue tient.",
            "4 février 2025"
        ));
        assert!(at(
            "Saint-Jean-de-Luz, mardi 11 juin 2024 – Le port rouvre.",
            "11 juin 2024"
        ));
        assert!(at(
            "Le Cap, le 2 mars 2023\n\nMadame, Monsieur,",
            "2 mars 2023"
        ));
    }

    #[test]
    fn the_same_shape_further_down_is_no_heading() {
        // A caption below the text's top: the photo's date is an event's.
        let t = "Titre\n\nLe chantier avance.\n\nGoris, le 26 septembre 2023. Les cars arrivent.";
        assert!(!at(t, "26 septembre 2023"));
        // No year: a caption's day, not a release's date.
        assert!(!at("Lyon, le 4 février. La digue tient.", "4 février"));
        // A sentence, not a place.
        assert!(!at(
            "Il est revenu, le 4 février 2025. La digue tient.",
            "4 février 2025"
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
