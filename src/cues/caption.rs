//! Captions: a photo's caption opens with where and when it was taken, a fragment with no
//! verb ("Goris, 26 septembre.", "3/8 — Stepanakert, le 20 septembre. Les premiers cars
//! arrivent."), and the sentence after it says what happened there and then. A value that ends
//! such a fragment has the sentence after it for cues: its scope reaches forward over that
//! sentence, when it follows on the same line.
//!
//! A timeline's entry is the same without the place: "19 mars 2021. Le pont rouvre.", "•
//! 2019. Les travaux commencent.": the date heads its line and the sentence after it says what
//! happened then.
//!
//! (A lead-in, "Tavush. Erevan a consenti à…", is the other way round: a topic before the
//! value's sentence, `leadin`'s.)

use std::ops::Range;

/// Most bytes of a caption's place and date, its counter and bullet included.
const CAPTION_BYTES: usize = 72;

/// Most words of the place before the comma ("Saint-Jean-de-Luz", "Le Cap").
const PLACE_WORDS: usize = 3;

/// What a caption's counter or bullet is written with: "3/8 —", "• ", "1. ".
fn is_counter(c: char) -> bool {
    c.is_ascii_digit() || c.is_whitespace() || "/.•·*-–—".contains(c)
}

/// `context`, the scope of a value spanning `value`, grown to take in the sentence after it
/// when it is a caption's "Place, value." opening its line; `scopes` are in text order.
pub fn with_caption(
    text: &str,
    scopes: &[Range<usize>],
    context: Range<usize>,
    value: Range<usize>,
) -> Range<usize> {
    if context.len() > CAPTION_BYTES || !(context.start <= value.start && value.end <= context.end)
    {
        return context;
    }
    let (Some(head), Some(tail)) = (
        text.get(context.start..value.start),
        text.get(value.end..context.end),
    ) else {
        return context;
    };
    // The value ends the fragment: a full stop, nothing else.
    if !matches!(tail.trim(), "." | "") {
        return context;
    }
    let opens_line = text
        .get(..context.start)
        .map(|b| b.trim_end_matches([' ', '\t']))
        .is_some_and(|b| b.is_empty() || b.ends_with('\n'));
    let head = head.trim_start_matches(is_counter);
    // A timeline's entry: the date alone, then what happened ("19 mars 2021. Le pont
    // rouvre."); a bare short number there is a list's counter, not an entry's value.
    let entry = head.trim().is_empty() && {
        let v = text.get(value.clone()).unwrap_or("");
        v.chars().any(char::is_alphabetic) || v.len() == 4
    };
    let (place, between) = match head.split_once(',') {
        Some(split) => split,
        None if entry => ("", ""),
        None => return context,
    };
    let place_ok = entry
        || place.chars().next().is_some_and(char::is_uppercase)
            && place.split_whitespace().count() <= PLACE_WORDS
            && place
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’'));
    let between_ok = matches!(between.trim(), "" | "le" | "du");
    if !(opens_line && place_ok && between_ok) {
        return context;
    }
    let at = scopes.partition_point(|s| s.start < context.end);
    match scopes.get(at) {
        Some(after)
            if text
                .get(context.end..after.start)
                .is_some_and(|b| b.chars().all(|c| c.is_whitespace() && c != '\n')) =>
        {
            context.start..after.end
        }
        _ => context,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grown(text: &str, value: &str) -> String {
        let at = text.find(value).expect("value");
        crate::cues::grown_scope(text, value, |s, c, _| {
            with_caption(text, s, c, at..at + value.len())
        })
    }

    #[test]
    fn a_caption_s_date_takes_in_the_sentence_after_it() {
        let t = "3/8 — Goris, 26 septembre. Les premiers cars arrivent de l'enclave.\n";
        assert!(grown(t, "26 septembre").ends_with("arrivent de l'enclave."));
        let t = "• Saint-Malo, le 2 juin. La digue cède sous la houle.";
        assert!(grown(t, "2 juin").ends_with("la houle."));
    }

    #[test]
    fn a_timeline_entry_s_date_takes_in_the_sentence_after_it() {
        let t = "Repères\n\n19 mars 2021. Réouverture du pont après les crues.\n";
        assert!(grown(t, "19 mars 2021").ends_with("après les crues."));
        let t = "• 2019. Les travaux commencent sur la rive gauche.";
        assert!(grown(t, "2019").ends_with("la rive gauche."));
        let t = "- Fin juin 2022. Le chantier s'arrête faute de crédits.";
        assert!(grown(t, "Fin juin 2022").ends_with("faute de crédits."));
    }

    #[test]
    fn a_list_s_counter_is_no_entry() {
        let t = "1. Le conseil vote la dépense.";
        let at = t.find('1').unwrap();
        let scope = crate::cues::grown_scope(t, "1", |s, c, _| with_caption(t, s, c, at..at + 1));
        assert!(!scope.contains("vote"), "{scope}");
        // A date inside a sentence stays in it.
        let t = "Le pont a rouvert le 19 mars 2021. Les crues ont cessé.";
        assert_eq!(
            grown(t, "19 mars 2021"),
            "Le pont a rouvert le 19 mars 2021."
        );
    }

    #[test]
    fn other_fragments_keep_their_scope() {
        // A value inside a sentence, not ending a "Place, value." fragment.
        let t = "Goris attend, depuis le 26 septembre. Les cars arrivent.";
        assert_eq!(
            grown(t, "26 septembre"),
            "Goris attend, depuis le 26 septembre."
        );
        // Not opening its line.
        let t = "Il pleut. Goris, 26 septembre. Les cars arrivent.";
        assert_eq!(grown(t, "26 septembre"), "Goris, 26 septembre.");
        // The sentence after is on the next line.
        let t = "Goris, 26 septembre.\nLes cars arrivent.";
        assert_eq!(grown(t, "26 septembre"), "Goris, 26 septembre.");
    }
}
