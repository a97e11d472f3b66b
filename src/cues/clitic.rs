//! What a bare count counts when a pronoun stands for its noun, and counts that count nothing.
//!
//! - The clitic "en" before the verb: "Le contingent n'a jamais compté 10 000 hommes : il en
//!   comptait 2 000", "Erevan en a recensé 98 000": "en" stands for the noun of the count just
//!   before it in the sentence, and the bare count counts that noun. With no count before it,
//!   the count stays bare.
//! - A number after "n°", "numéro" ("Rapport n° 3 — les déplacés") numbers a thing; it counts
//!   the word "numéro", which no rule counts.

use std::ops::Range;

use super::counted::noun_after;
use super::tokens::Word;

/// Most words between "en" and the count ("en ont recensé un peu plus de").
const EN_REACH: usize = 3;

/// Words after which "en" is a preposition, not the clitic: an article, a number, a month.
fn starts_phrase(w: &str) -> bool {
    matches!(
        w,
        "le" | "la"
            | "les"
            | "un"
            | "une"
            | "des"
            | "du"
            | "ce"
            | "cette"
            | "ces"
            | "son"
            | "sa"
            | "ses"
            | "leur"
            | "leurs"
            | "plein"
            | "moins"
            | "plus"
            | "tout"
            | "toute"
    ) || w.starts_with(char::is_numeric)
        || crate::grammar::FR_MONTHS.contains(&w)
}

fn folded(words: &[Word], i: usize) -> &str {
    words.get(i).map_or("", |w| w.folded.as_ref())
}

/// The noun the bare count at words `m` counts through a clitic "en", among the count mentions
/// `others` of its sentence (word ranges in order), which ends at word `end`.
pub fn en_noun(
    words: &[Word],
    m: &Range<usize>,
    others: &[Range<usize>],
    end: usize,
) -> Option<usize> {
    let from = m.start.saturating_sub(EN_REACH + 1);
    let en = (from..m.start).rev().find(|&k| folded(words, k) == "en")?;
    if starts_phrase(folded(words, en + 1)) || (en + 1..m.start).any(|k| words[k].is_punct()) {
        return None;
    }
    let before = others.iter().rev().find(|o| o.end <= en)?;
    noun_after(words, before.end, end.min(en))
}

/// The word "n°" or "numéro" right before the count at words `m`, which it then counts.
pub fn numbered(words: &[Word], m: &Range<usize>) -> Option<usize> {
    let k = m.start.checked_sub(1)?;
    match folded(words, k) {
        "numero" | "no" | "nº" => Some(k),
        "°" if k > 0 && folded(words, k - 1) == "n" => Some(k - 1),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cues::value_words;

    fn en_of(text: &str, before: &str, value: &str) -> Option<String> {
        let (ws, b) = value_words(text, before);
        let (_, m) = value_words(text, value);
        en_noun(&ws, &m, &[b, m.clone()], ws.len()).map(|n| ws[n].folded.to_string())
    }

    #[test]
    fn en_gives_the_count_the_noun_of_the_count_before() {
        let t = "La flotte n'a jamais aligné 40 navires : elle en comptait 25 au plus.";
        assert_eq!(en_of(t, "40", "25").as_deref(), Some("navires"));
        let t = "On annonçait 900 coureurs ; la mairie en a recensé un peu plus de 700.";
        assert_eq!(
            en_of(t, "900", "un peu plus de 700").as_deref(),
            Some("coureurs")
        );
    }

    #[test]
    fn en_as_a_preposition_gives_nothing() {
        let t = "Sur 40 navires construits, en 1990 il restait 25 bâtiments.";
        assert_eq!(en_of(t, "40", "25"), None);
        let t = "Après 30 ans de service, en une semaine 25 marins sont partis.";
        assert_eq!(en_of(t, "30", "25"), None);
    }

    #[test]
    fn a_numbered_thing_counts_its_number_word() {
        let t = "Bulletin n° 4 sur les sinistrés.";
        let (ws, m) = value_words(t, "4");
        assert_eq!(numbered(&ws, &m).map(|n| &*ws[n].folded), Some("n"));
        let t = "Bulletin 4 sur les sinistrés.";
        let (ws, m) = value_words(t, "4");
        assert_eq!(numbered(&ws, &m), None);
    }
}
