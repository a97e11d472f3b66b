//! Values a sentence states only to deny or to imagine, which no rule takes as a claim:
//!
//! - a correction, "non pas X mais Y", "ce ne sont pas X mais Y", "Y et non X": X is the value
//!   the writer rejects;
//! - a correction notice's reported error ("notre édition d'hier indiquait que…", "à tort"):
//!   every value of that sentence (see [`super::corrected`]), unless the sentence names the
//!   error itself ("trois ponts, et non deux, comme nous l'avions écrit par erreur", "ce n'est
//!   pas deux mais trois ponts"): then only the value set against ("deux") is denied; and a
//!   value after a colon or a semicolon that follows the reported error is its correction
//!   ("nous avions écrit que le pont mesurait 40 mètres : il en mesure 60");
//! - a negated verb whose object is the value, "le contingent n'a jamais compté 10 000 hommes",
//!   "ce ne sont pas 3 000 soldats": the closer ("pas", "jamais", "point") comes right before the
//!   value or its one verb, and "ne" shortly before it (not "pas moins de", "ne … que");
//! - a quoted figure the writer disowns (see [`super::refuted`]);
//! - a hypothetical, "S'il cédait dix villages, il tomberait", "Si l'Europe avait agi, des
//!   milliers de familles seraient restées": a clause opened by "si" with a conditional verb in
//!   the sentence; every value of that sentence is imagined.
//!
//! Both read only the folded words around the value (and the conditional endings as written,
//! where folding would merge "opérait" into "operait"): one look back and one scan of the
//! value's scope, so a text costs what its words cost.

use std::ops::Range;

use super::tokens::Word;

/// Why a value is not a claim of its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Denial {
    /// "pas X mais Y", "Y et non X": the word that denies it.
    Negated(&'static str),
    /// A "si" clause with a conditional verb.
    Hypothetical,
    /// A difference or a change, "N de plus", "passé de N" (see [`super::difference`]): the
    /// words that say so. Declined where it is written, not rejected elsewhere.
    Difference(&'static str),
}

/// Words between a denial and the value it denies: articles and a preposition ("pas le 15 mais
/// le 17", "non pas de 3 000 mais de 2 000").
const SKIPPED: &[&str] = &[
    "le", "la", "les", "un", "une", "des", "de", "du", "en", "a", "au",
];

/// How many words after a denied value its "mais" may come ("pas 3 000 soldats russes mais").
const MAIS_REACH: usize = 5;

/// Whether the value at words `mw` of the scope `sw` is denied or imagined. `text` is the text
/// the words' spans index.
pub fn denied(text: &str, words: &[Word], mw: &Range<usize>, sw: &Range<usize>) -> Option<Denial> {
    negated(words, mw, sw)
        .or_else(|| negated_verb(words, mw, sw))
        .or_else(|| {
            // What the scope does not report, its own sentence (a part of it) does not: the
            // scope is read first, and the sentence only when it does.
            super::corrected::misreported(words, sw)?;
            let own = own_sentence(words, mw, sw);
            super::corrected::misreported(words, &own)
                .filter(|_| !names_its_error(words, &own))
                .filter(|_| !super::corrected::corrected_after(words, &own, mw))
        })
        .or_else(|| super::refuted::refuted(text, words, mw, sw))
        .map(Denial::Negated)
        .or_else(|| hypothetical(text, words, sw).then_some(Denial::Hypothetical))
        .or_else(|| super::difference::difference(words, mw, sw).map(Denial::Difference))
}

fn folded(words: &[Word], i: usize) -> &str {
    words.get(i).map_or("", |w| w.folded.as_ref())
}

/// "pas X mais", "non X mais", "et non X", ", non X": the denying word, if any.
fn negated(words: &[Word], mw: &Range<usize>, sw: &Range<usize>) -> Option<&'static str> {
    let mut i = mw.start;
    for _ in 0..2 {
        if i > sw.start && SKIPPED.contains(&folded(words, i - 1)) {
            i -= 1;
        }
    }
    if i == sw.start {
        return None;
    }
    let before = folded(words, i - 1);
    let mais_follows = || {
        (mw.end..sw.end.min(mw.end + MAIS_REACH))
            .take_while(|&k| !matches!(folded(words, k), "." | ";" | ":" | "?" | "!"))
            .any(|k| folded(words, k) == "mais")
    };
    match before {
        "pas" if mais_follows() => Some("pas"),
        "non" if mais_follows() => Some("non"),
        "non" | "pas" => {
            // "et non X", ", non pas X": the value set against the one just given.
            let mut j = i - 1;
            if before == "pas" && j > sw.start && folded(words, j - 1) == "non" {
                j -= 1;
            }
            (j > sw.start && matches!(folded(words, j - 1), "et" | "," | "ou"))
                .then_some(if before == "pas" { "pas" } else { "non" })
        }
        _ => None,
    }
}

/// The sentence of the value at words `mw` within its scope `sw`, which may have grown to take
/// in the sentence before ("Notre édition d'hier indiquait 900 lits. Il y en a 700."): a
/// correction notice's error is the notice's sentence's, not the next one's.
fn own_sentence(words: &[Word], mw: &Range<usize>, sw: &Range<usize>) -> Range<usize> {
    let ends = |k: usize| matches!(folded(words, k), "." | "!" | "?");
    let start = (sw.start..mw.start)
        .rev()
        .find(|&k| ends(k))
        .map_or(sw.start, |k| k + 1);
    let end = (mw.end..sw.end)
        .find(|&k| ends(k))
        .map_or(sw.end, |k| k + 1);
    start..end
}

/// Whether the scope sets a value against another, "Y et non X", "Y, non pas X", "ce n'est pas
/// X mais Y": a correction that says which value was the error.
fn names_its_error(words: &[Word], sw: &Range<usize>) -> bool {
    (sw.start + 1..sw.end).any(|i| match folded(words, i) {
        "non" => matches!(folded(words, i - 1), "et" | "," | "ou"),
        // "pas" a few words before "mais": the denied value between them.
        "mais" => (i.saturating_sub(MAIS_REACH + 3).max(sw.start)..i)
            .any(|k| matches!(folded(words, k), "pas" | "non")),
        _ => false,
    })
}

/// Words that close a negation "ne … pas".
const CLOSERS: &[&str] = &["pas", "jamais", "point"];

/// "n'a jamais compté 10 000 hommes", "ne sont pas 3 000": the closer, then at most one word
/// (the verb) before the value (past articles), and "ne" at most three words before the
/// closer. Not a bound ("pas moins de 2 000", "pas plus de"), nor a restriction ("ne … que").
fn negated_verb(words: &[Word], mw: &Range<usize>, sw: &Range<usize>) -> Option<&'static str> {
    if matches!(folded(words, mw.start), "moins" | "plus") {
        return None;
    }
    let mut i = mw.start;
    for _ in 0..2 {
        if i > sw.start && SKIPPED.contains(&folded(words, i - 1)) {
            i -= 1;
        }
    }
    (1..=2).find_map(|back| {
        let c = i.checked_sub(back).filter(|&c| c >= sw.start)?;
        let closer = CLOSERS.iter().copied().find(|&w| w == folded(words, c))?;
        let between_ok = (c + 1..i).all(|k| {
            let w = &words[k];
            !w.is_punct() && !matches!(&*w.folded, "que" | "qu" | "moins" | "plus")
        });
        let ne =
            (c.saturating_sub(3).max(sw.start)..c).any(|k| matches!(folded(words, k), "ne" | "n"));
        (between_ok && ne).then_some(closer)
    })
}

/// A "si" that opens a clause (not "même si", "comme si", nor "si" as "so" inside a clause),
/// and a conditional verb in the same scope.
fn hypothetical(text: &str, words: &[Word], sw: &Range<usize>) -> bool {
    let opens_clause = |i: usize| {
        i == sw.start
            || matches!(
                folded(words, i - 1),
                "," | ";" | ":" | "–" | "—" | "(" | "\"" | "«" | "et" | "mais" | "or"
            )
    };
    let si = (sw.start..sw.end).any(|i| {
        let w = folded(words, i);
        // "s'il" folds to "se" then "il": no reflexive "se" comes before a subject pronoun.
        let is_si = w == "si" || (w == "se" && matches!(folded(words, i + 1), "il" | "ils"));
        is_si && opens_clause(i)
    });
    si && (sw.start..sw.end).any(|i| is_conditional(&text[words[i].span.clone()]))
}

/// Conditional verb forms as written: the endings no imperfect shares ("tomberait",
/// "seraient", "pourrait", "voudrait"; not "opérait", whose accent folding drops), and the
/// few irregular stems.
pub(super) fn is_conditional(word: &str) -> bool {
    let w = word.to_lowercase();
    const ENDINGS: &[&str] = &[
        "erait", "eraient", "erais", "rrait", "rraient", "drait", "draient",
    ];
    const IRREGULAR: &[&str] = &[
        "aurait",
        "auraient",
        "aurais",
        "saurait",
        "sauraient",
        "irait",
        "iraient",
    ];
    (ENDINGS.iter().any(|e| w.ends_with(e)) && w.chars().count() > 5)
        || IRREGULAR.contains(&w.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cues::tokens::words;
    use crate::grammar::Lang;

    /// The verdict on the first word spelled `value` in `text` (its whole sentence the scope).
    fn verdict(text: &str, value: &str) -> Option<Denial> {
        let ws = words(Lang::Fr, text);
        let at = ws
            .iter()
            .position(|w| &text[w.span.clone()] == value)
            .expect("value in text");
        denied(text, &ws, &(at..at + 1), &(0..ws.len()))
    }

    #[test]
    fn a_corrected_value_is_denied() {
        let t = "Ce ne sont pas 900 mais 700 camions qui ont franchi le col.";
        assert_eq!(verdict(t, "900"), Some(Denial::Negated("pas")));
        assert_eq!(verdict(t, "700"), None);
        let t = "La foire a attiré 40 visiteurs et non 400, selon la mairie.";
        assert_eq!(verdict(t, "400"), Some(Denial::Negated("non")));
        assert_eq!(verdict(t, "40"), None);
        let t = "Le pont a rouvert non pas le 12 mais le 14 mars.";
        assert_eq!(verdict(t, "12"), Some(Denial::Negated("pas")));
    }

    #[test]
    fn a_correction_that_names_its_error_denies_that_value_only() {
        let t = "Le pont compte trois arches, et non deux, comme nous l'avions écrit par erreur.";
        assert_eq!(verdict(t, "trois"), None);
        assert_eq!(verdict(t, "deux"), Some(Denial::Negated("non")));
        let t = "La crue a atteint 4 mètres, non pas 6, contrairement à ce que nous indiquions.";
        assert_eq!(verdict(t, "4"), None);
        // The notice's error is its own sentence's: the figure after it stands.
        let t = "Notre édition d'hier indiquait 900 lits. L'hôpital en compte 700.";
        assert_eq!(verdict(t, "900"), Some(Denial::Negated("indiquait")));
        assert_eq!(verdict(t, "700"), None);
        // Without the pair, the notice's figures are all the error.
        let t = "Nous avons situé à tort la foire au 9 juin.";
        assert_eq!(verdict(t, "9"), Some(Denial::Negated("à tort")));
    }

    #[test]
    fn a_plain_negation_or_figure_is_not_denied() {
        // A negated verb with its own count, no correction: the count still stands.
        assert_eq!(
            verdict("Les 300 ouvriers ne sont pas revenus lundi.", "300"),
            None
        );
        assert_eq!(
            verdict("Il ne reste pas grand-chose des 80 maisons.", "80"),
            None
        );
    }

    #[test]
    fn the_object_of_a_negated_verb_is_denied() {
        let t = "La flotte n'a jamais compté 40 navires, rappelle l'amiral.";
        assert_eq!(verdict(t, "40"), Some(Denial::Negated("jamais")));
        let t = "Les grévistes ne sont pas 5 000 dans la rue.";
        assert_eq!(verdict(t, "5"), Some(Denial::Negated("pas")));
    }

    #[test]
    fn a_bound_or_a_restriction_after_a_negation_is_not_denied() {
        // "pas moins de" and "ne … plus que" state the figure.
        let t = "Il n'a pas fallu moins de 12 heures aux pompiers.";
        assert_eq!(verdict(t, "12"), None);
        let t = "Le village n'abrite plus que 30 familles.";
        assert_eq!(verdict(t, "30"), None);
        let t = "Le club n'a pas recruté ses 25 joueurs en un jour.";
        assert_eq!(verdict(t, "25"), None);
    }

    #[test]
    fn a_conditional_si_clause_is_imagined() {
        let t = "S'il vendait encore 12 parcelles, le maire perdrait sa majorité.";
        assert_eq!(verdict(t, "12"), Some(Denial::Hypothetical));
        let t = "Si la digue avait cédé, 5 000 foyers seraient sous l'eau.";
        assert_eq!(verdict(t, "5"), Some(Denial::Hypothetical));
    }

    #[test]
    fn a_factual_si_or_an_imperfect_is_not_imagined() {
        // "même si" concedes a fact; an imperfect in -érait is no conditional.
        let t = "Même si 200 familles sont parties, l'école reste ouverte.";
        assert_eq!(verdict(t, "200"), None);
        let t = "Si 60 salariés ont signé, la direction opérait déjà sans eux.";
        assert_eq!(verdict(t, "60"), None);
        let t = "Un quartier si calme comptait 900 habitants, qui seraient partis.";
        assert_eq!(verdict(t, "900"), None);
    }
}
