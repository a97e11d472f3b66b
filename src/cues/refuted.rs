//! Figures a text quotes to refute them: a fact-check's "Le message affirme que « 10 000
//! soldats » sont restés. C'est faux.", "Autre chiffre erroné : il parle de « 200 000 morts »".
//!
//! A value inside quotation marks is the quoted source's when the writer disowns it: a word of
//! falsity ("faux", "erroné", "inexact", "mensonger"…) in its sentence or in the short sentence
//! right after it, or a conditional verb in its sentence ("ils seraient « 10 000 »": the
//! conditional of reported speech). A quoted figure the writer does not disown ("« Nous
//! étions 3 000 », dit-il") stays a claim.
//!
//! Reads only the folded words of the value's sentence and the next one: a text costs what
//! its words cost.

use std::ops::Range;

use super::tokens::Word;

/// Folded prefixes of the words that call a figure false.
const FALSITY: &[&str] = &[
    "faux",
    "fausse",
    "errone",
    "inexact",
    "mensong",
    "infonde",
    "trompeu",
    "intox",
    "desinformation",
    "false",
    "wrong",
    "misleading",
];

/// Most words of the sentence after the value's that may disown it ("C'est faux.", "Ce
/// chiffre est inexact.").
const NEXT_REACH: usize = 10;

fn folded(words: &[Word], i: usize) -> &str {
    words.get(i).map_or("", |w| w.folded.as_ref())
}

fn falsity(w: &str) -> Option<&'static str> {
    FALSITY.iter().copied().find(|f| w.starts_with(f))
}

/// The word that disowns the quoted value at words `mw` of the scope `sw`, if it is quoted and
/// disowned. `text` is the text the words' spans index.
pub fn refuted(
    text: &str,
    words: &[Word],
    mw: &Range<usize>,
    sw: &Range<usize>,
) -> Option<&'static str> {
    if !quoted(words, mw, sw) {
        return None;
    }
    let own = (sw.start..sw.end).find_map(|i| falsity(folded(words, i)));
    own.or_else(|| next_sentence(words, sw.end).find_map(|i| falsity(folded(words, i))))
        .or_else(|| {
            (sw.start..sw.end)
                .any(|i| super::denied::is_conditional(&text[words[i].span.clone()]))
                .then_some("conditionnel")
        })
}

/// Whether an opening quotation mark stands before the value and a closing one after it, in
/// its scope, with no other mark between.
fn quoted(words: &[Word], mw: &Range<usize>, sw: &Range<usize>) -> bool {
    let opens = |w: &str| matches!(w, "«" | "“");
    let closes = |w: &str| matches!(w, "»" | "”");
    let before = (sw.start..mw.start)
        .rev()
        .map(|i| folded(words, i))
        .find(|w| opens(w) || closes(w))
        .is_some_and(opens);
    let after = (mw.end..sw.end)
        .map(|i| folded(words, i))
        .find(|w| opens(w) || closes(w))
        .is_some_and(closes);
    before && after
}

/// The words of the short sentence starting at word `from`, if it ends within reach.
fn next_sentence(words: &[Word], from: usize) -> Range<usize> {
    let mut from = from;
    // The scope may end before its closing stop.
    while matches!(folded(words, from), "." | "!" | "»" | "”") {
        from += 1;
    }
    let end = (from..words.len().min(from + NEXT_REACH + 1))
        .find(|&i| matches!(folded(words, i), "." | "!" | "?"));
    match end {
        Some(e) => from..e,
        None => from..from,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cues::tokens::words;
    use crate::grammar::Lang;

    /// The verdict on the first word spelled `value` in `text`, its first sentence the scope.
    fn verdict(text: &str, value: &str) -> Option<&'static str> {
        let ws = words(Lang::Fr, text);
        let at = ws
            .iter()
            .position(|w| &text[w.span.clone()] == value)
            .expect("value in text");
        let end = ws
            .iter()
            .position(|w| &*w.folded == "." || &*w.folded == "?")
            .map_or(ws.len(), |e| e + 1);
        refuted(text, &ws, &(at..at + 1), &(0..end))
    }

    #[test]
    fn a_quoted_figure_the_writer_calls_false_is_refuted() {
        let t = "Le tract affirme que « 9 000 chars » sont passés. C'est faux.";
        assert_eq!(verdict(t, "9"), Some("faux"));
        let t = "Chiffre erroné : la vidéo parle de « 50 000 manifestants » à Lille.";
        assert_eq!(verdict(t, "50"), Some("errone"));
        let t = "Selon ce billet, les grévistes seraient « 700 » dans l'usine.";
        assert_eq!(verdict(t, "700"), Some("conditionnel"));
    }

    #[test]
    fn a_quoted_figure_not_disowned_or_a_plain_one_stands() {
        // A quote the writer does not disown, and a disowned figure outside quotes.
        let t = "« Nous étions 3 000 sur la place », raconte le syndicaliste.";
        assert_eq!(verdict(t, "3"), None);
        let t = "Le bilan, 40 morts, a été confirmé. Le reste de la rumeur est faux.";
        assert_eq!(verdict(t, "40"), None);
        // The falsity is in a later, long sentence: not the quote's.
        let t = "Le maire cite « 800 logements » neufs. Une autre rumeur, selon laquelle le stade serait démoli, est fausse.";
        assert_eq!(verdict(t, "800"), None);
    }
}
