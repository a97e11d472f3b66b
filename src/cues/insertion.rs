//! Inserted clauses between a value and its cue: "plus de 100 000 personnes, soit presque toute
//! la population, ont dû fuir", "les 2 000 soldats, selon les chiffres de Moscou, ont quitté".
//! A clause set off by two commas (or two dashes, or parentheses) says something beside the
//! sentence's own statement; the words inside it do not keep the value from its verb.

use std::ops::Range;

use super::tokens::Word;

/// The longest insertion skipped, in words between its two marks.
const LONGEST_INSERTION: usize = 16;

/// The distance in words from the value at `value` to the hit at `hit`, not counting the words
/// of the insertions wholly between them: each run from an opening mark to its closing one
/// ("," to ",", "–" to "–", "(" to ")") of at most `LONGEST_INSERTION` words.
pub fn distance_past_insertions(words: &[Word], value: &Range<usize>, hit: &Range<usize>) -> usize {
    let (from, to) = if hit.start >= value.end {
        (value.end, hit.start)
    } else if value.start >= hit.end {
        (hit.end, value.start)
    } else {
        return 0;
    };
    let mark = |i: usize| words.get(i).map_or("", |w| w.folded.as_ref());
    let mut skipped = 0;
    let mut i = from;
    while i < to {
        let close = match mark(i) {
            "," => ",",
            "–" | "—" => mark(i),
            "(" => ")",
            _ => {
                i += 1;
                continue;
            }
        };
        let end = (i + 1..to.min(i + 2 + LONGEST_INSERTION)).find(|&j| mark(j) == close);
        match end {
            Some(j) => {
                // The insertion's words and its opening mark; the closing one stays, as a
                // single comma would.
                skipped += j - i;
                i = j + 1;
            }
            None => i += 1,
        }
    }
    (to - from) - skipped
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cues::tokens::words;
    use crate::grammar::Lang;

    fn between(text: &str, value: &str, cue: &str) -> usize {
        let ws = words(Lang::Fr, text);
        let at = |s: &str| {
            let from = text.find(s).unwrap();
            let start = ws.iter().position(|w| w.span.start == from).unwrap();
            let end = ws
                .iter()
                .position(|w| w.span.end == from + s.len())
                .unwrap();
            start..end + 1
        };
        distance_past_insertions(&ws, &at(value), &at(cue))
    }

    #[test]
    fn an_insertion_between_commas_is_skipped() {
        let t = "Plus de 90 000 habitants, soit presque toute la population de la vallée, ont fui.";
        assert_eq!(between(t, "90 000", "fui"), 3);
        let t = "Les 2 000 soldats (selon Moscou) ont quitté la ville.";
        assert_eq!(between(t, "2 000", "quitté"), 3);
        let t = "Les 2 000 soldats – un chiffre rond – ont quitté la ville.";
        assert_eq!(between(t, "2 000", "quitté"), 3);
    }

    #[test]
    fn a_single_comma_or_a_long_run_is_counted() {
        let t = "Il reste 5 000 soldats, et les civils ont fui.";
        assert_eq!(between(t, "5 000", "fui"), 6);
        let t = "Près de 8 000 soldats, venus de tous les districts du pays et de la capitale et des montagnes du nord et du sud, ont défilé.";
        assert_eq!(between(t, "8 000", "défilé"), 23);
        // A cue before the value: the same.
        let t = "Ont fui, selon le maire, 3 000 habitants.";
        assert_eq!(between(t, "3 000", "fui"), 1);
    }
}
