//! Answers: a value that opens the reply to a question ("Combien de villages l'Arménie
//! va-t-elle céder ? Quatre, dans le Tavush.", "— Combien sont-ils ? — Plus de 60 000.") says
//! what the question asks, and the question holds its cues. Its scope reaches back over the
//! question, and a bare count counts what "combien de" asks for.
//!
//! (An anaphora, "Ils étaient près de 4 000.", is `anaphora`'s: the sentence before is taken
//! in, and the bare count counts the noun the pronoun stands for.)

use std::ops::Range;

use super::tokens::Word;

/// Most words before the value in its answer ("Environ", "Avant-hier,").
const OPENING_WORDS: usize = 2;

/// `context`, the scope of a value starting at byte `value`, grown to take in the question
/// just before it when the value opens the answer to it; `scopes` are in text order.
pub fn with_question(
    text: &str,
    scopes: &[Range<usize>],
    context: Range<usize>,
    value: usize,
) -> Range<usize> {
    let at = scopes.partition_point(|s| s.start < context.start);
    let Some(question) = at.checked_sub(1).and_then(|k| scopes.get(k)) else {
        return context;
    };
    let asks = text
        .get(question.clone())
        .is_some_and(|q| q.trim_end().ends_with('?'));
    let between_blank = text
        .get(question.end..context.start)
        .is_some_and(|b| b.trim().is_empty());
    let before = text.get(context.start..value).unwrap_or("");
    if asks && between_blank && opens(before) {
        question.start..context.end
    } else {
        context
    }
}

/// The noun a question in the scope asks for ("Combien de villages…"), for a bare count at
/// words `mw` of the scope `sw` that answers it.
pub fn asked_noun(words: &[Word], sw: &Range<usize>, mw: &Range<usize>) -> Option<usize> {
    let f = |i: usize| words.get(i).map_or("", |w| w.folded.as_ref());
    let at = (sw.start..mw.start).find(|&i| f(i) == "combien")?;
    if !matches!(f(at + 1), "de" | "d") {
        return None;
    }
    super::counted::noun_after(words, at + 2, mw.start)
}

/// Whether `before` (the answer's text before its value) is at most a speaker's dash and a
/// couple of words.
fn opens(before: &str) -> bool {
    let rest = before.trim_start_matches(|c: char| c.is_whitespace() || "—–-«\"".contains(c));
    rest.chars()
        .all(|c| c.is_alphabetic() || c.is_whitespace() || "',’-".contains(c))
        && rest
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .count()
            <= OPENING_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grown(text: &str, value: &str) -> String {
        crate::cues::grown_scope(text, value, |s, c, at| with_question(text, s, c, at))
    }

    #[test]
    fn an_answer_takes_in_its_question() {
        let t = "Combien de ponts faut-il reconstruire ?\nSept, tous sur la rivière.";
        assert!(grown(t, "Sept").starts_with("Combien"));
        let t = "— Combien sont-ils ce soir ? — Environ 4 000, selon la mairie.";
        assert!(grown(t, "4 000").starts_with("— Combien"));
        let t = "Quand la digue a-t-elle cédé ? Avant-hier, mercredi, vers midi.";
        assert!(grown(t, "mercredi").starts_with("Quand"));
    }

    #[test]
    fn a_bare_answer_counts_what_the_question_asks_for() {
        let t = "Combien de ponts faut-il reconstruire ? Sept, tous sur la rivière.";
        let ws = crate::cues::tokens::words(crate::grammar::Lang::Fr, t);
        let at = ws.iter().position(|w| &*w.folded == "sept").unwrap();
        let noun = asked_noun(&ws, &(0..ws.len()), &(at..at + 1));
        assert_eq!(noun.map(|n| &*ws[n].folded), Some("ponts"));
        let t = "Combien sont-ils ? Sept.";
        let ws = crate::cues::tokens::words(crate::grammar::Lang::Fr, t);
        let at = ws.iter().position(|w| &*w.folded == "sept").unwrap();
        assert_eq!(asked_noun(&ws, &(0..ws.len()), &(at..at + 1)), None);
    }

    #[test]
    fn other_sentences_keep_their_scope() {
        // Not after a question.
        let t = "Les ponts sont coupés. Sept, tous sur la rivière.";
        assert_eq!(grown(t, "Sept"), "Sept, tous sur la rivière.");
        // The value does not open the answer.
        let t = "Combien de ponts ? La mairie en compte sept sur la rivière.";
        assert!(grown(t, "sept").starts_with("La mairie"));
    }
}
