//! The noun a count counts, read from the words around it, and its place in a partitive.
//!
//! - "2 000 soldats russes", "des 120 000 habitants", "une colonne de 3 000 hommes": the noun is
//!   the first content word after the number, past "de" and pre-nominal words ("2 000 autres
//!   soldats", "des milliers de personnes", "100 000 de ses habitants").
//! - "100 000 des 120 000 Arméniens", "40 000 électeurs sur les 90 000": the first number is
//!   the *part*, the second the *whole*; the part counts the whole's noun.
//! - "N d'entre eux", "au nombre de N", "soit N", "N au total", "plus de 100 000 ont fui": the
//!   count has no noun of its own (it counts what the sentence is about). It is *bare*.

use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::ops::Range;
use std::sync::LazyLock;

use super::tokens::Word;
use crate::grammar::prefilter::WordHasher;

/// A word list as a set: one hash per lookup, where `contains` on the list compares the word
/// with each entry (these lookups run for every count of every sentence with a cue).
type WordSet = HashSet<&'static str, BuildHasherDefault<WordHasher>>;

fn set_of(lists: &[&[&'static str]]) -> WordSet {
    lists.iter().flat_map(|l| l.iter().copied()).collect()
}

/// [`BEFORE_NOUN`] as a set.
static SKIPPED: LazyLock<WordSet> = LazyLock::new(|| set_of(&[BEFORE_NOUN]));

/// [`FUNCTION_WORDS`] and [`TIME_WORDS`]: the words that are no noun of a count.
static NO_NOUN: LazyLock<WordSet> = LazyLock::new(|| set_of(&[FUNCTION_WORDS, TIME_WORDS]));

/// Which side of "X des Y" a count is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Alone,
    Part,
    Whole,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counted {
    /// The word index of the counted noun; `None` for a bare count.
    pub noun: Option<usize>,
    pub side: Side,
}

/// Words skipped between a number and its noun.
const BEFORE_NOUN: &[&str] = &[
    "de",
    "des",
    "du",
    "ses",
    "leurs",
    "leur",
    "ces",
    "nos",
    "vos",
    "autres",
    "nouveaux",
    "nouvelles",
    "premiers",
    "premieres",
    "derniers",
    "dernieres",
    "anciens",
    "anciennes",
    "jeunes",
    "petits",
    "petites",
    "grands",
    "simples",
    "pauvres",
    "malheureux",
    // English puts its adjectives before the noun: "2,000 Russian troops", "100,000 ethnic
    // Armenians".
    "ethnic",
    "russian",
    "armenian",
    "azerbaijani",
    "military",
    "other",
];

/// Function words: a count followed by one of them has no noun of its own.
const FUNCTION_WORDS: &[&str] = &[
    "a",
    "ont",
    "avaient",
    "avait",
    "auraient",
    "aurait",
    "auront",
    "sont",
    "etaient",
    "seront",
    "seraient",
    "est",
    "etait",
    "sera",
    "se",
    "s",
    "ne",
    "n",
    "y",
    "en",
    "au",
    "aux",
    "a",
    "dans",
    "pour",
    "par",
    "selon",
    "sur",
    "parmi",
    "entre",
    "et",
    "ou",
    "mais",
    "qui",
    "que",
    "dont",
    "le",
    "la",
    "les",
    "l",
    "un",
    "une",
    "il",
    "ils",
    "elle",
    "elles",
    "on",
    "environ",
    "fin",
    "debut",
    "total",
    "seulement",
    "depuis",
    "pendant",
    "avant",
    "apres",
    "vers",
    "contre",
    "sans",
    "avec",
    "chez",
    "lors",
    "ce",
    "cette",
    "ces",
    "d",
    "plus",
    "moins",
    "pres",
    "have",
    "has",
    "had",
    "were",
    "was",
    "are",
    "is",
    "in",
    "of",
    "to",
    "the",
    "and",
    "or",
    "by",
    "from",
    "for",
    "at",
    "on",
    "with",
    "who",
    "that",
    "which",
    "had",
];

/// Time words: a count followed by one ("le bilan a atteint 100 000 samedi", "ils étaient
/// 3 000 hier", "5 000 désormais") has no noun of its own either.
const TIME_WORDS: &[&str] = &[
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "hier",
    "aujourd",
    "demain",
    "desormais",
    "deja",
    "encore",
    "alors",
    "officiellement",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "now",
    "already",
];

/// Partitive markers: "X des Y", "X sur les Y", "X parmi les Y", "X of the Y".
const PARTITIVE: &[&str] = &["des", "sur", "parmi", "of"];

/// The counted noun and partitive side of the count whose words are `m`, among the count
/// mentions `others` (word ranges, in order, `m` among them) of the same sentence, which ends
/// at word `end`.
pub fn counted(words: &[Word], m: Range<usize>, others: &[Range<usize>], end: usize) -> Counted {
    let end = end.min(words.len());
    let f = |i: usize| words.get(i).map_or("", |w| w.folded.as_ref());
    // The whole of a partitive: the word before (past "les", "quelque") is a marker, and a
    // count ends at most three words before it.
    let mut k = m.start;
    while k > 0 && matches!(f(k - 1), "les" | "the" | "quelque" | "quelques") {
        k -= 1;
    }
    if k > 0 && PARTITIVE.contains(&f(k - 1)) {
        let marker = k - 1;
        if others
            .iter()
            .any(|o| o.end <= marker && o.end + 3 >= marker && *o != m)
        {
            return Counted {
                noun: noun_after(words, m.end, end),
                side: Side::Whole,
            };
        }
    }
    // The part: "X des Y", "X d'entre eux".
    let mut k = m.end;
    if k < end && f(k) == "de" && matches!(f(k + 1), "entre") {
        return Counted {
            noun: None,
            side: Side::Part,
        };
    }
    // "40 000 électeurs sur les 90 000": a noun may come between the part and the marker.
    // A number word after the count ("cinq des dix provinces") is the next count, not its noun.
    let noun = noun_after(words, m.end, end).filter(|n| !others.iter().any(|o| o.contains(n)));
    if let Some(n) = noun {
        k = n + 1;
    }
    while k < end && matches!(f(k), ",") {
        k += 1;
    }
    if k < end && PARTITIVE.contains(&f(k)) {
        let mut j = k + 1;
        while j < end && matches!(f(j), "les" | "the" | "quelque" | "quelques") {
            j += 1;
        }
        if let Some(whole) = others
            .iter()
            .find(|o| o.start == j)
            .or_else(|| total_after(words, k + 1, others, end))
        {
            return Counted {
                noun: noun.or_else(|| noun_after(words, whole.end, end)),
                side: Side::Part,
            };
        }
    }
    if noun.is_none() {
        if let Some(c) = joined(words, &m, others, end) {
            return c;
        }
    }
    if let Some(c) = fronted_whole(words, &m, others, end) {
        return c;
    }
    Counted {
        noun,
        side: Side::Alone,
    }
}

/// Nouns that name a whole: "100 000, sur une population de 120 000", "40 sur un total de 90".
const TOTALS: &[&str] = &["population", "total", "effectif", "ensemble"];

/// Most words between a partitive marker and its whole past a noun of [`TOTALS`] ("sur une
/// population estimée avant la crise à quelque 120 000").
const TOTAL_REACH: usize = 8;

/// The whole of "X sur une population (estimée à) Y": a count at most [`TOTAL_REACH`] words
/// after `from` (the word after the marker), a noun of [`TOTALS`] between, no punctuation.
fn total_after<'a>(
    words: &[Word],
    from: usize,
    others: &'a [Range<usize>],
    end: usize,
) -> Option<&'a Range<usize>> {
    let whole = others
        .iter()
        .find(|o| o.start > from && o.start <= from + TOTAL_REACH && o.start <= end)?;
    let between = from..whole.start;
    let clean = between.clone().all(|k| !words[k].is_punct());
    let named = between
        .clone()
        .any(|k| TOTALS.contains(&words[k].folded.as_ref()));
    (clean && named).then_some(whole)
}

/// Most words between a fronted whole ("Sur les 22 joueurs de l'effectif,") and its part.
const FRONTED_REACH: usize = 8;

/// The fronted whole whose part is the bare count `m`: "Sur les 22 joueurs de l'effectif, 17
/// ont fui", "Parmi les 120 000 habitants, 100 000 sont partis". The whole opens with "sur" or
/// "parmi" (past "les", "quelque"), has a noun, ends at a comma right before `m`, and no other
/// count stands between them.
fn whole_before(words: &[Word], m: &Range<usize>, others: &[Range<usize>]) -> Option<Range<usize>> {
    let f = |i: usize| words.get(i).map_or("", |w| w.folded.as_ref());
    if m.start == 0 || f(m.start - 1) != "," {
        return None;
    }
    let o = others.iter().rev().find(|o| o.end <= m.start && *o != m)?;
    if m.start - o.end > FRONTED_REACH || (o.end..m.start - 1).any(|i| f(i) == ",") {
        return None;
    }
    let mut k = o.start;
    while k > 0 && matches!(f(k - 1), "les" | "quelque" | "quelques") {
        k -= 1;
    }
    (k > 0 && matches!(f(k - 1), "sur" | "parmi")).then(|| o.clone())
}

/// "Sur les N NOUN, X …": the bare count X is the part and counts NOUN; N is the whole.
fn fronted_whole(
    words: &[Word],
    m: &Range<usize>,
    others: &[Range<usize>],
    end: usize,
) -> Option<Counted> {
    // `m` as the whole: the next count is a bare part it opens.
    if let Some(part) = others.iter().find(|o| o.start >= m.end && *o != m)
        && noun_after(words, part.end, end).is_none()
        && whole_before(words, part, others).as_ref() == Some(m)
    {
        return Some(Counted {
            noun: noun_after(words, m.end, end),
            side: Side::Whole,
        });
    }
    // `m` as the part: a bare count after a fronted whole with a noun.
    if noun_after(words, m.end, end).is_some() {
        return None;
    }
    let whole = whole_before(words, m, others)?;
    let noun = noun_after(words, whole.end, end)?;
    Some(Counted {
        noun: Some(noun),
        side: Side::Part,
    })
}

/// "2-1", "3 000-4 000 personnes": a count joined by a hyphen to the next (adjacent words, the
/// hyphen splits them) counts what the next counts; when that counts nothing either, it is
/// a score, and counts the number itself, which no rule counts.
fn joined(
    words: &[Word],
    m: &Range<usize>,
    others: &[Range<usize>],
    end: usize,
) -> Option<Counted> {
    let next = others.iter().find(|o| o.start == m.end)?;
    let noun = noun_after(words, next.end, end).unwrap_or(next.start);
    Some(Counted {
        noun: Some(noun),
        side: Side::Alone,
    })
}

/// Collective number words that "par" turns into a manner.
const COLLECTIVE: &[&str] = &[
    "dizaine",
    "dizaines",
    "centaine",
    "centaines",
    "millier",
    "milliers",
    "million",
    "millions",
];

/// Whether the count at words `m` is a manner, not a count: "par" and a collective alone
/// ("ils arrivent par milliers", "par centaines de milliers"), which says how they come, not
/// how many of anything there are.
pub fn manner(words: &[Word], m: &Range<usize>) -> bool {
    let f = |i: usize| words.get(i).map_or("", |w| w.folded.as_ref());
    m.start > 0
        && f(m.start - 1) == "par"
        && (m.start..m.end).all(|i| COLLECTIVE.contains(&f(i)) || f(i) == "de")
}

/// The first content word from `from` on, past the words that come before a noun.
pub(super) fn noun_after(words: &[Word], from: usize, end: usize) -> Option<usize> {
    let mut k = from;
    while k < end && SKIPPED.contains(words[k].folded.as_ref()) {
        k += 1;
    }
    let w = words.get(k).filter(|_| k < end)?;
    if w.is_punct() || NO_NOUN.contains(w.folded.as_ref()) || w.folded.starts_with(char::is_numeric)
    {
        return None;
    }
    Some(k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cues::tokens::words;
    use crate::grammar::Lang;

    fn manner_at(text: &str, value: &str) -> bool {
        let (w, m) = crate::cues::value_words(text, value);
        manner(&w, &m)
    }

    #[test]
    fn par_and_a_collective_is_a_manner() {
        assert!(manner_at(
            "Ils arrivent par milliers à la gare.",
            "milliers"
        ));
        assert!(manner_at(
            "Les colis partent par centaines chaque jour.",
            "centaines"
        ));
        assert!(!manner_at(
            "Des milliers de colis partent chaque jour.",
            "milliers"
        ));
        assert!(!manner_at(
            "Le cortège, fort de 3 000 marcheurs, passe par 2 villes.",
            "2"
        ));
    }

    /// The counted noun of the `nth` number (a run of digit words) of `text`.
    fn noun_of(text: &str, nth: usize) -> (Option<String>, Side) {
        let w = words(Lang::Fr, text);
        let mut runs: Vec<Range<usize>> = Vec::new();
        for (i, x) in w.iter().enumerate() {
            if x.folded.starts_with(char::is_numeric) {
                match runs.last_mut() {
                    Some(r) if r.end == i => r.end = i + 1,
                    _ => runs.push(i..i + 1),
                }
            }
        }
        let c = counted(&w, runs[nth].clone(), &runs, w.len());
        (c.noun.map(|n| w[n].folded.to_string()), c.side)
    }

    #[test]
    fn an_english_adjective_before_the_noun_is_skipped() {
        assert_eq!(
            noun_of("About 900 Russian sappers stayed.", 0).0.as_deref(),
            Some("sappers")
        );
        assert_eq!(
            noun_of("Nearly 40 ethnic Azerbaijani families returned.", 0)
                .0
                .as_deref(),
            Some("families")
        );
        assert_eq!(
            noun_of("Some 70 other military advisers left.", 0)
                .0
                .as_deref(),
            Some("advisers")
        );
    }

    #[test]
    fn the_noun_after_the_number() {
        assert_eq!(
            noun_of("Il y a 2 000 soldats russes.", 0).0.as_deref(),
            Some("soldats")
        );
        assert_eq!(
            noun_of("une colonne de 3 000 hommes", 0).0.as_deref(),
            Some("hommes")
        );
        assert_eq!(
            noun_of("2 000 autres soldats", 0).0.as_deref(),
            Some("soldats")
        );
        assert_eq!(
            noun_of("3 000 euros par mois", 0).0.as_deref(),
            Some("euros")
        );
    }

    #[test]
    fn bare_counts() {
        assert_eq!(noun_of("plus de 100 000 ont fui", 0), (None, Side::Alone));
        assert_eq!(
            noun_of("les gardes, au nombre de 1 500, restent", 0),
            (None, Side::Alone)
        );
        assert_eq!(
            noun_of("8 000 d'entre eux sont partis", 0),
            (None, Side::Part)
        );
        // A time word after the count is not what it counts.
        assert_eq!(
            noun_of("le bilan a atteint 4 500 lundi", 0),
            (None, Side::Alone)
        );
        assert_eq!(noun_of("ils étaient 700 hier soir", 0), (None, Side::Alone));
        assert_eq!(noun_of("they were 900 yesterday", 0), (None, Side::Alone));
    }

    #[test]
    fn a_number_word_is_the_next_count_not_the_noun() {
        // "sept des douze provinces": the words are counts, given as mentions.
        let w = words(Lang::Fr, "sept des douze provinces");
        let runs = [0..1, 2..3];
        let c = counted(&w, 0..1, &runs, w.len());
        assert_eq!(c.side, Side::Part);
        assert_eq!(c.noun.map(|n| w[n].folded.as_ref()), Some("provinces"));
        let w = words(Lang::Fr, "trois sur les neuf membres");
        let runs = [0..1, 3..4];
        let c = counted(&w, 0..1, &runs, w.len());
        assert_eq!(c.side, Side::Part);
        assert_eq!(c.noun.map(|n| w[n].folded.as_ref()), Some("membres"));
    }

    #[test]
    fn a_fronted_whole_gives_its_noun_to_the_bare_part() {
        let t = "Sur les 22 joueurs de l'effectif, 17 ont fui.";
        assert_eq!(noun_of(t, 1), (Some("joueurs".into()), Side::Part));
        assert_eq!(noun_of(t, 0), (Some("joueurs".into()), Side::Whole));
        let t = "Parmi les 120 000 habitants, 100 000 sont partis.";
        assert_eq!(noun_of(t, 1), (Some("habitants".into()), Side::Part));
        assert_eq!(noun_of(t, 0).1, Side::Whole);
        // A count with its own noun, or no "sur"/"parmi" before the first, stays alone.
        let t = "Sur les 22 joueurs, 17 supporters ont fui.";
        assert_eq!(noun_of(t, 1), (Some("supporters".into()), Side::Alone));
        let t = "Avec 22 joueurs, 17 ont fui.";
        assert_eq!(noun_of(t, 1), (None, Side::Alone));
        let t = "Sur les 22 joueurs venus, puis repartis, 17 ont fui.";
        assert_eq!(noun_of(t, 1), (None, Side::Alone));
    }

    #[test]
    fn a_count_joined_by_a_hyphen_counts_what_the_next_counts() {
        // The test helper would join adjacent digits: the mentions are given.
        let w = words(Lang::Fr, "entre 3-4 000 personnes ont fui");
        let c = counted(&w, 1..2, &[1..2, 2..4], w.len());
        assert_eq!(c.noun.map(|n| w[n].folded.as_ref()), Some("personnes"));
        // A score counts no one: the count counts the number after it.
        let w = words(Lang::Fr, "Le club s'est imposé 2-1 dimanche.");
        let at = w.iter().position(|x| &*x.folded == "2").unwrap();
        let c = counted(&w, at..at + 1, &[at..at + 1, at + 1..at + 2], w.len());
        assert_eq!(c.noun, Some(at + 1));
    }

    #[test]
    fn a_part_of_a_named_total_counts_the_whole_noun() {
        let t = "Les inscrits dépassent les 700, sur une population estimée à 900 étudiants.";
        assert_eq!(noun_of(t, 0), (Some("etudiants".into()), Side::Part));
        let t = "Les 700, sur la route de Lyon depuis 900 jours, attendent.";
        assert_eq!(noun_of(t, 0).1, Side::Alone);
    }

    #[test]
    fn partitives() {
        let t = "Près de 90 000 des 110 000 habitants sont partis.";
        assert_eq!(noun_of(t, 0), (Some("habitants".into()), Side::Part));
        assert_eq!(noun_of(t, 1), (Some("habitants".into()), Side::Whole));
        let t = "40 000 électeurs, sur les quelque 90 000 inscrits, ont voté.";
        assert_eq!(noun_of(t, 0), (Some("electeurs".into()), Side::Part));
        assert_eq!(noun_of(t, 1).1, Side::Whole);
    }
}
