//! What a bare count counts when a pronoun stands for its noun, and counts that count nothing.
//!
//! - The clitic "en" before the verb: "Le contingent n'a jamais compté 10 000 hommes : il en
//!   comptait 2 000", "Erevan en a recensé 98 000": "en" stands for the noun of the count just
//!   before it in the sentence, and the bare count counts that noun. With no count before it,
//!   the count stays bare.
//! - A number after "n°", "numéro" ("Rapport n° 3 — les déplacés") numbers a thing; it counts
//!   the word "numéro", which no rule counts. So does a number right after a label noun
//!   ("Leçon 3", "Exercice 4 :", "épisode 112", "page 12"): it counts the label.
//! - A number joined to another by a colon, "19:10", "00:00", is a clock time or a timestamp
//!   (a podcast's chapters, a video's): it counts the colon, which no rule counts.
//! - The second part of a label's hyphenated number, "n° 2024-117" (a decree's, a case
//!   file's), is numbered as the first part is.
//! - A number joined to another by a slash, "2/6", "1/12", is a photo's place in a gallery, a
//!   post's in a thread, or a share: never a count of things; it counts the slash.
//! - A number in square brackets, "quitté la ville[2]", "[12]", is a note's call or a
//!   reference: it counts the bracket. So does a list item's number opening its line, "3. ",
//!   "12) ": it counts the mark after it.
//! - The relative "dont" before a bare count, "900 coureurs, dont 700 au départ": the count is
//!   a part of the count before it and counts its noun, as after "en".

use std::ops::Range;

use super::counted::noun_after;
use super::tokens::Word;

/// Most words between "en" and the count ("en ont recensé un peu plus de").
pub(super) const EN_REACH: usize = 3;

/// Words after which "en" is a preposition, not the clitic: an article, a number, a month.
pub(super) fn starts_phrase(w: &str) -> bool {
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

/// Whether a word is digits only ("3", "2024"), not a number in words.
fn all_digits(w: &Word) -> bool {
    !w.folded.is_empty() && w.folded.bytes().all(|b| b.is_ascii_digit())
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
    // "…, dont 700": the relative right before the count.
    let dont = m
        .start
        .checked_sub(1)
        .filter(|&k| folded(words, k) == "dont");
    let en = match dont {
        Some(k) => k,
        None => {
            let from = m.start.saturating_sub(EN_REACH + 1);
            let en = (from..m.start).rev().find(|&k| folded(words, k) == "en")?;
            if starts_phrase(folded(words, en + 1))
                || (en + 1..m.start).any(|k| words[k].is_punct())
            {
                return None;
            }
            en
        }
    };
    let before = others.iter().rev().find(|o| o.end <= en)?;
    noun_after(words, before.end, end.min(en))
}

/// Nouns a number right after them labels (folded, singular): "Leçon 3", "épisode 112".
const LABELS: &[&str] = &[
    "chapitre",
    "lecon",
    "exercice",
    "episode",
    "page",
    "article",
    "paragraphe",
    "section",
    "annexe",
    "tableau",
    "figure",
    "fiche",
    "question",
    "volume",
    "tome",
    "saison",
    "etape",
    "acte",
    "scene",
    "session",
    "piste",
    "seance",
    "theme",
    "partie",
    "module",
    "document",
    // An illustration's label: "Graphique 2 :", "Carte 3 —", "Encadré 1".
    "graphique",
    "carte",
    "encadre",
    "schema",
    "illustration",
    "infographie",
    "chapter",
    "lesson",
    "exercise",
    "season",
    // Legal and diplomatic references: "alinéa 2", "art. 5", "la résolution 884", "le
    // décret 112", "point 3".
    "alinea",
    "art",
    "point",
    "resolution",
    "decret",
    "arrete",
    "paragraph",
    "clause",
];

/// The word that numbers the count at words `m` of `text`, which it then counts: "n°" or
/// "numéro" right before it, a label noun right before it ("Leçon 3"), the colon of a clock
/// time or a timestamp it is part of ("19:10"), the bracket of a note's call ("[3]"), or the
/// mark of a list item's number opening its line ("3. ").
pub fn numbered(text: &str, words: &[Word], m: &Range<usize>) -> Option<usize> {
    label(words, m)
        .or_else(|| clock(words, m))
        .or_else(|| joined(words, m, "/"))
        .or_else(|| hyphen_part(words, m))
        .or_else(|| bracketed(words, m))
        .or_else(|| list_item(text, words, m))
}

/// The opening bracket of "[3]" when the count at words `m` is a lone digit word between
/// square brackets that touch it.
fn bracketed(words: &[Word], m: &Range<usize>) -> Option<usize> {
    let k = m.start.checked_sub(1)?;
    let (open, number, close) = (&words[k], &words[m.start], words.get(m.end)?);
    (m.len() == 1
        && all_digits(number)
        && &*open.folded == "["
        && &*close.folded == "]"
        && open.span.end == number.span.start
        && number.span.end == close.span.start)
        .then_some(k)
}

/// Most digits of a list item's number ("12.").
const ITEM_DIGITS: usize = 2;

/// The mark after a list item's number, "3. " or "12) ", when the count at words `m` is that
/// number: a digit word of at most [`ITEM_DIGITS`] digits, first on its line, the mark
/// touching it and a space after the mark.
fn list_item(text: &str, words: &[Word], m: &Range<usize>) -> Option<usize> {
    let (number, mark) = (&words[m.start], words.get(m.end)?);
    let digits = all_digits(number) && number.folded.len() <= ITEM_DIGITS;
    // The cheap tests first: the look back to the line's start runs only for "3. ".
    let line_start = || {
        text.get(..number.span.start).is_some_and(|before| {
            before
                .rsplit('\n')
                .next()
                .is_some_and(|line| line.trim().is_empty())
        })
    };
    let spaced = || {
        text.get(mark.span.end..)
            .is_some_and(|after| after.starts_with([' ', '\t', '\u{a0}']))
    };
    (m.len() == 1
        && digits
        && matches!(&*mark.folded, "." | ")")
        && number.span.end == mark.span.start
        && spaced()
        && line_start())
    .then_some(m.end)
}

/// "n°", "numéro" or a label noun right before the count at words `m`, or before the chain
/// of references it ends ("article 1er, A, 2", "point 3, b, ii").
fn label(words: &[Word], m: &Range<usize>) -> Option<usize> {
    let k = m.start.checked_sub(1)?;
    match folded(words, k) {
        "numero" | "no" | "nº" => Some(k),
        "°" if k > 0 && folded(words, k - 1) == "n" => Some(k - 1),
        w if LABELS.contains(&w) && m.len() == 1 => Some(k),
        "," if m.len() == 1 => citation_label(words, k),
        _ => None,
    }
}

/// Most parts of a reference chain walked back ("article 1er, A, 2" has three).
const CHAIN: usize = 4;

/// The label that opens a chain of references ending with the comma at word `comma`: parts
/// of one short word each (a number, "1er", a letter, a Roman numeral) joined by commas, the
/// first right after a label noun: the "2" of "article 1er, A, 2" is a sub-paragraph.
fn citation_label(words: &[Word], comma: usize) -> Option<usize> {
    let part = |i: usize| {
        let w = folded(words, i);
        words.get(i).is_some_and(all_digits)
            || (w.len() == 1 && w.bytes().all(|b| b.is_ascii_alphabetic()))
            || matches!(
                w,
                "1er" | "1re" | "ii" | "iii" | "iv" | "vi" | "vii" | "viii" | "ix"
            )
    };
    let mut at = comma;
    for _ in 0..CHAIN {
        let p = at.checked_sub(1)?;
        if !part(p) {
            return None;
        }
        let before = p.checked_sub(1)?;
        match folded(words, before) {
            "," => at = before,
            w if LABELS.contains(&w) => return Some(before),
            _ => return None,
        }
    }
    None
}

/// The word that numbers the first part of a hyphenated label number, "n° 2024-117" (a
/// decree's, a case file's), when the count at words `m` is its second part: the hyphen is
/// no word, so the parts are two digit words one byte apart (spaced digit groups, "12 300",
/// are one count).
fn hyphen_part(words: &[Word], m: &Range<usize>) -> Option<usize> {
    let k = m.start.checked_sub(1)?;
    let (before, first) = (&words[k], words.get(m.start)?);
    if m.len() != 1
        || !all_digits(before)
        || !all_digits(first)
        || before.span.end + 1 != first.span.start
    {
        return None;
    }
    // Only the first part's own label: a chain "1-2-3-…" is not walked back word by word.
    label(words, &(k..k + 1))
}

/// The colon of "19:10" when the count at words `m` is one side of it: a digit word, a colon,
/// a digit word, with no space between.
fn clock(words: &[Word], m: &Range<usize>) -> Option<usize> {
    if m.len() != 1 {
        return None;
    }
    joined(words, m, ":")
}

/// The `sign` ("19:10", "2/6") joining a digit word of the count at words `m` to another
/// digit word, with no space between.
fn joined(words: &[Word], m: &Range<usize>, sign: &str) -> Option<usize> {
    let digits = |i: usize| {
        words
            .get(i)
            .is_some_and(|w| w.folded.bytes().all(|b| b.is_ascii_digit()) && !w.folded.is_empty())
    };
    let is_sign = |i: usize| words.get(i).is_some_and(|w| &*w.folded == sign);
    let touch = |a: usize, b: usize| words[a].span.end == words[b].span.start;
    let (first, last) = (m.start, m.end.checked_sub(1)?);
    if !digits(first) || !digits(last) {
        return None;
    }
    // Inside the count ("2/6" read as one fraction) or beside it.
    if let Some(k) = (first + 1..last).find(|&k| is_sign(k)) {
        return (touch(k - 1, k) && touch(k, k + 1)).then_some(k);
    }
    if first >= 2
        && is_sign(first - 1)
        && digits(first - 2)
        && touch(first - 2, first - 1)
        && touch(first - 1, first)
    {
        return Some(first - 1);
    }
    (is_sign(last + 1) && digits(last + 2) && touch(last, last + 1) && touch(last + 1, last + 2))
        .then_some(last + 1)
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
        assert_eq!(numbered(t, &ws, &m).map(|n| &*ws[n].folded), Some("n"));
        let t = "Bulletin 4 sur les sinistrés.";
        let (ws, m) = value_words(t, "4");
        assert_eq!(numbered(t, &ws, &m), None);
    }

    fn numbering(text: &str, value: &str) -> Option<String> {
        let (ws, m) = value_words(text, value);
        numbered(text, &ws, &m).map(|n| ws[n].folded.to_string())
    }

    #[test]
    fn a_note_call_counts_nothing() {
        let t = "Les gardes ont quitté la vallée[3]. Ils étaient 200.";
        assert_eq!(numbering(t, "3").as_deref(), Some("["));
        let t = "Voir la carte [12] des 40 villages.";
        assert_eq!(numbering(t, "12").as_deref(), Some("["));
        assert_eq!(numbering(t, "40"), None);
        // Round brackets hold counts: "(environ 300 personnes)", "(300)".
        assert_eq!(numbering("Le village (300) se vide.", "300"), None);
    }

    #[test]
    fn a_list_item_number_counts_nothing() {
        let t = "Questions\n3. Combien de ponts ?\n  12) Où est le gué ?";
        assert_eq!(numbering(t, "3").as_deref(), Some("."));
        assert_eq!(numbering(t, "12").as_deref(), Some(")"));
        // Not first on its line, or a figure that ends a sentence.
        let t = "Il en reste 3. Les autres sont partis.";
        assert_eq!(numbering(t, "3"), None);
        let t = "Combien de ponts ?\n40 000. C'est le chiffre.";
        assert_eq!(numbering(t, "40 000"), None);
        let t = "Les ponts.\n2020. La crue emporte tout.";
        assert_eq!(numbering(t, "2020"), None);
    }

    #[test]
    fn dont_gives_the_count_the_noun_of_the_count_before() {
        let t = "La course a réuni 900 coureurs, dont 700 venus de la région.";
        assert_eq!(en_of(t, "900", "700").as_deref(), Some("coureurs"));
        let t = "Le club compte 80 membres, dont une dizaine au bureau.";
        assert_eq!(en_of(t, "80", "une dizaine").as_deref(), Some("membres"));
    }

    #[test]
    fn a_label_noun_numbers_the_count_after_it() {
        assert_eq!(
            numbering("Leçon 3 : les réfugiés de la vallée", "3").as_deref(),
            Some("lecon")
        );
        assert_eq!(
            numbering("Exercice 4 : combien d'habitants ont fui ?", "4").as_deref(),
            Some("exercice")
        );
        assert_eq!(
            numbering("Dans l'épisode 112, 40 000 manifestants", "112").as_deref(),
            Some("episode")
        );
        for (text, value, label) in [
            (
                "Graphique 5 : les arrivées par jour à Goris",
                "5",
                "graphique",
            ),
            (
                "Voir la carte 3, où figurent les routes de l'exode.",
                "3",
                "carte",
            ),
        ] {
            assert_eq!(numbering(text, value).as_deref(), Some(label));
        }
        // A label counts nothing after a count: the count keeps its own noun.
        assert_eq!(
            numbering("Dans l'épisode 112, 40 000 manifestants", "40 000"),
            None
        );
        // Not a label: "4 exercices", "la leçon de 3 000 élèves".
        assert_eq!(
            numbering("Prérequis : séance 2, puis le document 5.", "2").as_deref(),
            Some("seance")
        );
        assert_eq!(
            numbering("Prérequis : séance 2, puis le document 5.", "5").as_deref(),
            Some("document")
        );
        assert_eq!(numbering("Ils ont fait 4 exercices.", "4"), None);
        assert_eq!(numbering("la leçon de 3 000 élèves", "3 000"), None);
    }

    #[test]
    fn the_last_part_of_a_reference_chain_counts_its_label() {
        let t = "Il invoque l'article 4, B, 3 de la loi sur l'asile des 900 exilés.";
        assert_eq!(numbering(t, "3").as_deref(), Some("article"));
        let t = "Voir le point 2, c, 5 du protocole.";
        assert_eq!(numbering(t, "5").as_deref(), Some("point"));
        assert_eq!(
            numbering("La résolution 884 exigeait un retrait.", "884").as_deref(),
            Some("resolution")
        );
        // A list of counts after a comma is no chain: "A, 2" with no label before.
        let t = "Ils étaient 300, puis 2 000 réfugiés.";
        assert_eq!(numbering(t, "2 000"), None);
        let t = "Dans la vallée, 40 familles sont restées.";
        assert_eq!(numbering(t, "40"), None);
    }

    #[test]
    fn a_hyphenated_label_number_counts_nothing() {
        let t = "Décret n° 2023-412 relatif aux 900 réfugiés.";
        assert_eq!(numbering(t, "412").as_deref(), Some("n"));
        let t = "Dossier numéro 12-3000 : les soldats de la paix.";
        assert_eq!(numbering(t, "3000").as_deref(), Some("numero"));
        // Without a label before it, a hyphenated pair is left to the count.
        let t = "Score final 3-2000 spectateurs.";
        assert_eq!(numbering(t, "2000"), None);
        assert_eq!(
            numbering("Décret n° 2023-412 relatif aux 900 réfugiés.", "900"),
            None
        );
    }

    #[test]
    fn a_clock_time_counts_nothing() {
        let t = "19:10 — Le port, l'exception. 00:00 — Ouverture.";
        assert_eq!(numbering(t, "10").as_deref(), Some(":"));
        assert_eq!(numbering(t, "19").as_deref(), Some(":"));
        let t = "À 8 : 30 élèves sont arrivés.";
        assert_eq!(numbering(t, "30"), None);
        let t = "Le score : 3 000 spectateurs.";
        assert_eq!(numbering(t, "3 000"), None);
    }

    #[test]
    fn a_slash_number_counts_nothing() {
        let t = "3/8 — Des familles attendent au col. (AFP)";
        assert_eq!(numbering(t, "3/8").as_deref(), Some("/"));
        let t = "Le fil continue (2/5) : 900 foyers privés de courant.";
        assert_eq!(numbering(t, "2/5").as_deref(), Some("/"));
        assert_eq!(numbering(t, "900"), None);
        // Spaced, it is no index: "entre 20 / 30 personnes" is left to the count.
        let t = "Entre 20 / 30 personnes attendaient.";
        assert_eq!(numbering(t, "30"), None);
    }
}
