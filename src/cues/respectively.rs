//! Figures distributed over a coordination: "Lyon et Lille ont reçu respectivement 300 et 500
//! familles". "respectivement" gives the figures in the order of the conjuncts before it, so
//! each figure belongs to one conjunct: 300 to Lyon, 500 to Lille. A cue inside the
//! coordination is measured from the figure's own conjunct, not from the figure (which stands
//! as near to the other conjunct's words as to its own); a cue outside it, the verb or the
//! noun the figures share, is measured from the figure as anywhere else.

use std::ops::Range;

use super::tokens::Word;

/// The words that distribute a list of figures over the conjuncts before them, folded.
const DISTRIBUTIVE: &[&str] = &["respectivement", "respectively"];

/// How many words the figures' list, the gap from the conjuncts to "respectivement" and a
/// conjunct may each span at most.
const REACH: usize = 12;
const CONJUNCT: usize = 6;

/// A figure's place in a distribution: the words of the whole coordination and of the
/// figure's own conjunct.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Distributed {
    pub coordination: Range<usize>,
    pub own: Range<usize>,
}

fn is(words: &[Word], i: usize, s: &str) -> bool {
    words.get(i).is_some_and(|w| &*w.folded == s)
}

fn is_and(words: &[Word], i: usize) -> bool {
    is(words, i, "et") || is(words, i, "and")
}

/// Whether word `i` joins the coordination's last conjunct: "et", or "puis" and "ou" ("en 1990
/// puis en 2010 … respectivement N et M").
fn joins(words: &[Word], i: usize) -> bool {
    is_and(words, i) || ["puis", "ou", "then", "or"].iter().any(|s| is(words, i, s))
}

/// Whether word `i` ends a clause or a sentence: a mark other than a comma.
fn is_break(words: &[Word], i: usize) -> bool {
    words[i].is_punct() && &*words[i].folded != ","
}

/// The distribution figure `mw` (words) takes part in within sentence `sw`, if it follows
/// "respectivement" in a list "N, M et P" and a coordination of as many conjuncts comes
/// before "respectivement".
pub fn distributed(words: &[Word], sw: &Range<usize>, mw: &Range<usize>) -> Option<Distributed> {
    // "respectivement", then the figures up to this one: its rank is the separators between.
    let from = mw.start.saturating_sub(REACH).max(sw.start);
    let r = (from..mw.start)
        .rev()
        .find(|&i| DISTRIBUTIVE.contains(&&*words[i].folded))?;
    if (r + 1..mw.start).any(|i| is_break(words, i)) {
        return None;
    }
    let rank = (r + 1..mw.start)
        .filter(|&i| is_and(words, i) || is(words, i, ","))
        .count();
    // The list's length: its commas up to its "et", and the figure after that.
    let end = (mw.end + REACH).min(sw.end);
    let mut commas_after = 0;
    let mut closed = (r + 1..mw.start).any(|i| is_and(words, i));
    if !closed {
        for i in mw.end..end {
            if is_and(words, i) {
                closed = true;
                break;
            }
            if is_break(words, i) {
                return None;
            }
            commas_after += usize::from(is(words, i, ","));
        }
    }
    if !closed {
        return None;
    }
    let n = rank + 1 + commas_after + usize::from(!(r + 1..mw.start).any(|i| is_and(words, i)));
    // The coordination: its "et" is the last before "respectivement", within reach.
    let start = r.saturating_sub(REACH).max(sw.start);
    let and = (start..r).rev().find(|&i| joins(words, i))?;
    if (and + 1..r).any(|i| is_break(words, i)) {
        return None;
    }
    let last_end = (and + 1..r)
        .find(|&i| words[i].is_punct())
        .unwrap_or(r)
        .min(and + 1 + CONJUNCT);
    let mut conjuncts = Vec::with_capacity(n);
    conjuncts.push(and + 1..last_end);
    // The conjuncts before "et", each opened by a comma or the sentence's start.
    let mut close = and;
    for _ in 1..n {
        let floor = close.saturating_sub(CONJUNCT).max(sw.start);
        let open = (floor..close).rev().find(|&i| words[i].is_punct());
        let begin = open.map_or(floor, |i| i + 1);
        if begin >= close {
            return None;
        }
        conjuncts.push(begin..close);
        match open {
            Some(i) if is(words, i, ",") => close = i,
            _ => close = begin,
        }
    }
    if conjuncts.len() != n || rank >= n {
        return None;
    }
    conjuncts.reverse();
    Some(Distributed {
        coordination: conjuncts[0].start..conjuncts[n - 1].end,
        own: conjuncts[rank].clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cues::value_words;

    /// The words of the figure's own conjunct, as written.
    fn own(text: &str, value: &str) -> Option<String> {
        let (ws, m) = value_words(text, value);
        let sw = 0..ws.len();
        distributed(&ws, &sw, &m)
            .map(|d| text[ws[d.own.start].span.start..ws[d.own.end - 1].span.end].to_string())
    }

    #[test]
    fn each_figure_belongs_to_its_conjunct() {
        let text = "Lyon et Lille ont reçu respectivement 300 et 500 familles.";
        assert_eq!(own(text, "300").as_deref(), Some("Lyon"));
        assert_eq!(own(text, "500").as_deref(), Some("Lille ont reçu"));
        let text = "Les deux camps, celui de Goris et celui de Vayk, hébergent respectivement 1 200 et 800 personnes.";
        assert_eq!(own(text, "1 200").as_deref(), Some("celui de Goris"));
        assert_eq!(own(text, "800").as_deref(), Some("celui de Vayk"));
    }

    #[test]
    fn three_conjuncts_take_three_figures_in_order() {
        let text = "Le nord, le centre et le sud comptent respectivement 40, 25 et 12 écoles.";
        assert_eq!(own(text, "40").as_deref(), Some("Le nord"));
        assert_eq!(own(text, "25").as_deref(), Some("le centre"));
        assert_eq!(own(text, "12").as_deref(), Some("le sud comptent"));
    }

    #[test]
    fn a_sequence_is_a_coordination_too() {
        let text = "Deux crues, en 1990 puis en 2010, ont noyé respectivement 40 et 75 maisons.";
        assert_eq!(own(text, "40").as_deref(), Some("en 1990"));
        assert_eq!(own(text, "75").as_deref(), Some("en 2010"));
    }

    #[test]
    fn no_distribution_without_respectivement_or_a_coordination() {
        assert_eq!(
            own("Lyon et Lille ont reçu 300 et 500 familles.", "300"),
            None
        );
        // "respectivement" but one conjunct: nothing to distribute over.
        assert_eq!(
            own("La ville a reçu respectivement 300 et 500 familles.", "300"),
            None
        );
        // Three figures for two conjuncts.
        assert_eq!(
            own(
                "Lyon et Lille ont reçu respectivement 300, 400 et 500 familles.",
                "300"
            ),
            None
        );
        // The figure is beyond the list, in another clause.
        assert_eq!(
            own(
                "Lyon et Lille ont reçu respectivement 300 et 500 familles ; 90 sont reparties.",
                "90"
            ),
            None
        );
    }
}
