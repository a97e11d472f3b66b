//! Lead-ins: a fragment of one or two words that opens a line and ends with a full stop ("•
//! Gumri. Pas un mot sur la base et ses soldats.", "Tavush. Erevan a consenti à…") names
//! the topic of the sentence after it, as a heading would. The sentence's scope reaches back
//! over it, so that the topic counts as a cue.

use std::ops::Range;

/// Most words of a lead-in.
const LEAD_WORDS: usize = 2;

/// Most bytes of a lead-in's scope, its bullet and spaces included.
const LEAD_BYTES: usize = 96;

/// The marks a list item opens with.
const BULLETS: &str = "•·*-–—";

/// `context`, a value's scope, grown to take in a lead-in just before it on the same line;
/// `scopes` are in text order.
pub fn with_lead_in(text: &str, scopes: &[Range<usize>], context: Range<usize>) -> Range<usize> {
    let at = scopes.partition_point(|s| s.start < context.start);
    let Some(before) = at.checked_sub(1).and_then(|k| scopes.get(k)) else {
        return context;
    };
    let adjacent = before.end <= context.start
        && text
            .get(before.end..context.start)
            .is_some_and(|b| b.chars().all(|c| c.is_whitespace() && c != '\n'));
    // A lead-in is a word or two: a longer scope is none, whatever it holds (checked before
    // its words are counted, since this runs once per value).
    if !adjacent || before.len() > LEAD_BYTES {
        return context;
    }
    let Some(lead) = text.get(before.clone()) else {
        return context;
    };
    let opens_line = || {
        let head = text[..before.start]
            .trim_end_matches(|c: char| (c.is_whitespace() && c != '\n') || BULLETS.contains(c));
        head.is_empty() || head.ends_with('\n')
    };
    let lead = lead.trim_matches(|c: char| c.is_whitespace() || BULLETS.contains(c));
    // Its words are counted last, and only past the other tests: once every character is a
    // letter or one of " -'’.", the only space in it is ' ', so splitting there counts what
    // `split_whitespace` would.
    let short = lead.ends_with('.')
        && !lead.ends_with("..")
        && lead
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’' | '.'))
        && (1..=LEAD_WORDS).contains(
            &lead
                .trim_end_matches('.')
                .split(' ')
                .filter(|w| !w.is_empty())
                .take(LEAD_WORDS + 1)
                .count(),
        );
    if short && opens_line() {
        before.start..context.end
    } else {
        context
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grown(text: &str, value: &str) -> String {
        crate::cues::grown_scope(text, value, |s, c, _at| with_lead_in(text, s, c))
    }

    #[test]
    fn a_lead_in_joins_the_sentence_after_it() {
        let t = "• Brest. Pas un mot sur le port et ses 900 dockers.";
        assert!(grown(t, "900").starts_with("• Brest."));
        let t = "Notes du jour\nVal Thorens. La station a reçu 40 000 skieurs.";
        assert!(grown(t, "40 000").starts_with("Val Thorens."));
    }

    #[test]
    fn other_sentences_keep_their_scope() {
        // A sentence of its own, not a fragment.
        let t = "Le port a fermé hier soir. Ses 900 dockers attendent.";
        assert_eq!(grown(t, "900"), "Ses 900 dockers attendent.");
        // Not at the start of its line.
        let t = "Il pleut sur Brest. Fin. Ses 900 dockers attendent.";
        assert_eq!(grown(t, "900"), "Ses 900 dockers attendent.");
        // On the line before.
        let t = "Brest.\nSes 900 dockers attendent.";
        assert_eq!(grown(t, "900"), "Ses 900 dockers attendent.");
    }
}
