//! Anaphora one sentence back: a value whose sentence opens with a subject pronoun ("Ils
//! étaient pourtant près de 2 000.", "Rappel : elles étaient 1 960 au dernier décompte.", "«
//! Ils étaient dans cinq régions »") speaks of what the sentence before names. Its scope
//! reaches back over that sentence (so that its cues count), and a bare count counts the noun
//! the pronoun stands for: the first noun after a plural determiner ("les soldats de la
//! paix", "des casques bleus") before the pronoun.
//!
//! So does a sentence opening with its count whose clitic "y" looks back ("Quelque 300
//! pompiers y logent.": the place is the sentence before's), and a short sentence whose
//! bare count follows the clitic "en" ("Erevan en a recensé
//! un peu plus de 100 000."): "en" stands for the noun of a count in the sentence before
//! (`clitic::en_noun` finds it once the scope holds that sentence).
//!
//! A bare count so gets a noun of its own, which keeps it from passing any rule whose cues the
//! sentence before holds: "Les postes ferment. Ils étaient 2 000." counts posts, not
//! soldiers, and no rule of soldiers takes it.

use std::ops::Range;

use super::counted::noun_after;
use super::tokens::Word;

/// Most words between the pronoun and the value ("Ils étaient pourtant", "elles sont là,").
const PRONOUN_REACH: usize = 4;

/// Most words of a lead-in before the pronoun ("Rappel :", "Au total,").
const LEAD_IN: usize = 2;

fn is_pronoun(w: &str) -> bool {
    matches!(w, "ils" | "elles" | "they")
}

/// Whether `before`, the text of a sentence before its value, opens with a subject pronoun
/// (past quotes, dashes and a short lead-in ending with a colon or a comma) at most
/// [`PRONOUN_REACH`] words before the value.
fn opens_with_pronoun(before: &str) -> bool {
    let rest = before.trim_start_matches(|c: char| c.is_whitespace() || "—–-«\"“".contains(c));
    // A lead-in ends with a colon or a comma within its first few words: look no further.
    let mut cut = rest.len().min(LEAD_IN_BYTES);
    while !rest.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &rest[..cut];
    let rest = match head.find([':', ',']) {
        Some(at) if rest[..at].split_whitespace().count() <= LEAD_IN => &rest[at + 1..],
        _ => rest,
    };
    let mut ws = rest
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty());
    let Some(first) = ws.next() else {
        return false;
    };
    // The pronouns are ASCII: compared without folding (no allocation per value).
    ["ils", "elles", "they"]
        .iter()
        .any(|p| first.eq_ignore_ascii_case(p))
        && ws.take(PRONOUN_REACH).count() < PRONOUN_REACH
        && !before.chars().any(|c| c.is_ascii_digit())
}

/// Bytes in which a lead-in's colon or comma is looked for (two words and their marks).
const LEAD_IN_BYTES: usize = 48;

/// Most words before the value in a sentence whose "en" looks back ("Les autorités d'Erevan en
/// ont recensé un peu plus de").
const EN_SENTENCE: usize = 7;

/// Whether `before`, the text of a sentence before its value, is short and has the clitic "en"
/// at most `clitic::EN_REACH` words before the value.
fn has_clitic_en(before: &str) -> bool {
    // A long sentence is ruled out before any word is folded (this runs once per value):
    // first by its bytes (seven words of French are never this long), then by its words, in
    // one pass that keeps them (no allocation).
    if before.len() > EN_SENTENCE * 24 {
        return false;
    }
    let mut ws = [""; EN_SENTENCE];
    let mut n = 0;
    for w in before
        .split(|c: char| c.is_whitespace() || matches!(c, '\'' | '’'))
        .filter(|w| !w.is_empty())
    {
        if n == EN_SENTENCE || !w.chars().all(char::is_alphabetic) {
            return false;
        }
        ws[n] = w;
        n += 1;
    }
    let ws = &ws[..n];
    // Every letter folds to one letter or more: only a word of two letters folds to "en".
    let is_en = |w: &str| w.chars().nth(2).is_none() && crate::morph::fold(w) == "en";
    let from = n.saturating_sub(super::clitic::EN_REACH + 1);
    (from..n).any(|k| {
        is_en(ws[k])
            && ws
                .get(k + 1)
                .is_some_and(|next| !super::clitic::starts_phrase(&crate::morph::fold(next)))
    })
}

/// Most words from the value's first to the clitic "y" ("300 pompiers y", "près de 300
/// pompiers volontaires y").
const Y_REACH: usize = 6;

/// Bytes of an opening of two words at most ("Quelque", "Près de", "Aujourd'hui encore").
const Y_LEAD_BYTES: usize = 40;

/// Whether a sentence opening with its count (`opening`, the text before the value, is at most
/// two words) has the clitic "y" soon after it, before a verb: "Quelque 300 pompiers y
/// logent.", "Près de 400 familles y vivent encore." The place "y" stands for is in the
/// sentence before. "il y a", the existential, looks back at nothing.
fn has_clitic_y(opening: &str, rest: &str) -> bool {
    // Two words are never this long: most openings are ruled out by their length alone.
    let lead = opening.len() <= Y_LEAD_BYTES
        && opening.split_whitespace().nth(2).is_none()
        && !opening
            .bytes()
            .any(|b| b.is_ascii_digit() || b",;:".contains(&b));
    if !lead {
        return false;
    }
    let mut previous = "";
    let mut ws = rest.split_whitespace();
    for _ in 0..Y_REACH {
        let Some(w) = ws.next() else {
            return false;
        };
        if w.chars().any(|c| ",;:.!?()".contains(c)) {
            return false;
        }
        if w == "y" && !previous.eq_ignore_ascii_case("il") {
            return ws
                .next()
                .is_some_and(|next| next.chars().next().is_some_and(char::is_alphabetic));
        }
        previous = w;
    }
    false
}

/// `context`, the scope of a value starting at byte `value`, grown to take in the sentence
/// just before it when the value's sentence opens with a subject pronoun, or is a short one
/// whose "en" looks back, and follows that sentence on the same line; `scopes` are in text
/// order.
pub fn with_antecedent(
    text: &str,
    scopes: &[Range<usize>],
    context: Range<usize>,
    value: usize,
) -> Range<usize> {
    let at = scopes.partition_point(|s| s.start < context.start);
    let Some(before) = at.checked_sub(1).and_then(|k| scopes.get(k)) else {
        return context;
    };
    let adjacent = before.end <= context.start
        && text
            .get(before.end..context.start)
            .is_some_and(|b| b.chars().all(|c| c.is_whitespace() && c != '\n'));
    if !adjacent {
        return context;
    }
    let opening = text.get(context.start..value).unwrap_or("");
    let rest = text.get(value..context.end).unwrap_or("");
    if opens_with_pronoun(opening) || has_clitic_en(opening) || has_clitic_y(opening, rest) {
        before.start..context.end
    } else {
        context
    }
}

/// The noun a subject pronoun stands for, for a bare count at words `mw` of the scope `sw`:
/// the first noun after a plural determiner between the scope's start and the pronoun, which
/// stands at most `PRONOUN_REACH` words before the count.
pub fn antecedent_noun(words: &[Word], sw: &Range<usize>, mw: &Range<usize>) -> Option<usize> {
    let f = |i: usize| words.get(i).map_or("", |w| w.folded.as_ref());
    let from = mw.start.saturating_sub(PRONOUN_REACH + 1).max(sw.start);
    let pronoun = (from..mw.start).rev().find(|&k| is_pronoun(f(k)))?;
    (sw.start..pronoun)
        .filter(|&k| matches!(f(k), "les" | "des" | "ces" | "ses" | "leurs" | "the"))
        .find_map(|k| noun_after(words, k + 1, pronoun).filter(|&n| !words[n].is_punct()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grown(text: &str, value: &str) -> String {
        crate::cues::grown_scope(text, value, |s, c, at| with_antecedent(text, s, c, at))
    }

    fn noun(text: &str, value: &str) -> Option<String> {
        let (ws, m) = crate::cues::value_words(text, value);
        antecedent_noun(&ws, &(0..ws.len()), &m).map(|n| ws[n].folded.to_string())
    }

    #[test]
    fn a_pronoun_sentence_takes_in_the_sentence_before() {
        // The value's span holds its qualifier, "près de".
        let t = "Que faisaient les pompiers de la caserne ? Ils étaient pourtant près de 300.";
        assert!(grown(t, "près de 300").starts_with("Que faisaient"));
        let t =
            "Le départ des gardes forestiers a commencé. Rappel : ils étaient 1 240 l'an passé.";
        assert!(grown(t, "1 240").starts_with("Le départ"));
        let t = "Il montre le vieux poste. « Ils étaient dans six vallées », dit-il.";
        assert!(grown(t, "six").starts_with("Il montre"));
    }

    #[test]
    fn a_short_sentence_whose_en_looks_back_takes_in_the_one_before() {
        let t = "On annonçait 900 coureurs au départ. La mairie en a recensé un peu plus de 700.";
        assert!(grown(t, "un peu plus de 700").starts_with("On annonçait"));
        let t = "Le tract parle de 900 coureurs. Les organisateurs en ont compté 700.";
        assert!(grown(t, "700").starts_with("Le tract"));
    }

    #[test]
    fn a_sentence_whose_y_looks_back_takes_in_the_one_before() {
        let t = "Le camp de Vayk accueille les familles. Environ 400 familles y vivent encore.";
        assert!(grown(t, "Environ 400").starts_with("Le camp"));
        let t = "La caserne ferme en mai. Quelque 300 pompiers y sont affectés.";
        assert!(grown(t, "Quelque 300").starts_with("La caserne"));
        let t = "Voici le dépôt du port. 12 camions y stationnent la nuit.";
        assert!(grown(t, "12").starts_with("Voici"));
    }

    #[test]
    fn y_elsewhere_keeps_the_scope() {
        // The existential "il y a", a "y" far from the count, or a long opening.
        let t = "Le camp est plein. Il y a 400 familles.";
        assert_eq!(grown(t, "400"), "Il y a 400 familles.");
        let t = "Le camp est plein. 400 familles, venues du nord, y vivent.";
        assert_eq!(grown(t, "400"), "400 familles, venues du nord, y vivent.");
        let t = "Le camp est plein. Selon la mairie du bourg, 400 familles y vivent.";
        assert!(grown(t, "400").starts_with("Selon"));
    }

    #[test]
    fn other_sentences_keep_their_scope() {
        // No pronoun opens the sentence.
        let t = "Les pompiers sont partis. La caserne comptait 300 lits.";
        assert_eq!(grown(t, "300"), "La caserne comptait 300 lits.");
        // The pronoun is too far from the value.
        let t = "Les pompiers sont partis. Ils disent que la caserne comptait 300 lits.";
        assert!(grown(t, "300").starts_with("Ils disent"));
        // "en" as a preposition, or a long sentence.
        let t = "Les pompiers sont partis. La caserne a fermé en mai avec 300 lits.";
        assert!(grown(t, "300").starts_with("La caserne"));
        let t = "Les pompiers sont partis. La caserne de la ville voisine, elle, en comptait 300.";
        assert!(grown(t, "300").starts_with("La caserne"));
        // A new line: a new paragraph, a heading, a list item.
        let t = "Les pompiers sont partis.\nIls étaient 300.";
        assert_eq!(grown(t, "300"), "Ils étaient 300.");
    }

    #[test]
    fn a_bare_count_counts_the_noun_the_pronoun_stands_for() {
        let t = "Que faisaient les pompiers de la caserne ? Ils étaient pourtant près de 300.";
        assert_eq!(noun(t, "près de 300").as_deref(), Some("pompiers"));
        let t = "Le départ des gardes forestiers a commencé. Rappel : ils étaient 1 240.";
        assert_eq!(noun(t, "1 240").as_deref(), Some("gardes"));
        // No pronoun before the count, or no plural noun before the pronoun.
        let t = "Les pompiers sont partis. On en comptait 300.";
        assert_eq!(noun(t, "300"), None);
        let t = "La caserne a fermé. Ils étaient 300.";
        assert_eq!(noun(t, "300"), None);
    }
}
