//! A value given as an estimate of its subject: "la population de la vallée, estimée à 40 000
//! âmes", "le nombre des habitants était alors évalué à 8 000", "les effectifs, qu'on estimait
//! jadis à 900 hommes". The participle and what leads to it ("était alors", "a été") only say
//! how the figure is known; they do not keep the value from the noun it is the figure of, so a
//! `near` cue before them is measured from where they start.

use std::ops::Range;

use super::tokens::Word;

/// The folded stems of the verbs of estimating.
const ESTIMATING: &[&str] = &["estim", "evalu"];

/// Auxiliaries and adverbs that may come between the subject and the participle, or between
/// the participle and "à", folded ("était alors estimée", "estimée antérieurement à").
const BETWEEN: &[&str] = &[
    "est",
    "etait",
    "etaient",
    "sont",
    "fut",
    "furent",
    "a",
    "avait",
    "avaient",
    "ont",
    "ete",
    "sera",
    "serait",
    "alors",
    "jadis",
    "autrefois",
    "naguere",
    "encore",
    "deja",
    "generalement",
    "officiellement",
    "anterieurement",
    "precedemment",
    "auparavant",
    "on",
];

/// How many of the `BETWEEN` words may stand on each side of the participle.
const MOST_BETWEEN: usize = 3;

/// Where the estimate that introduces the value at `value` starts ("était estimée à" before
/// "120 000"): the index of its first word, or `None` when no estimate leads to the value.
pub fn estimate_start(words: &[Word], value: &Range<usize>) -> Option<usize> {
    let folded = |i: usize| words.get(i).map_or("", |w| w.folded.as_ref());
    let at = value.start.checked_sub(1)?;
    if folded(at) != "a" {
        return None;
    }
    let skip_back = |from: usize| {
        let mut i = from;
        while i > 0 && from - i < MOST_BETWEEN && BETWEEN.contains(&folded(i - 1)) {
            i -= 1;
        }
        i
    };
    let participle = skip_back(at).checked_sub(1)?;
    let word = folded(participle);
    if !ESTIMATING.iter().any(|s| word.starts_with(s)) || word.starts_with("estimation") {
        return None;
    }
    Some(skip_back(participle))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cues::value_words;

    fn start(text: &str, value: &str) -> Option<String> {
        let (ws, m) = value_words(text, value);
        estimate_start(&ws, &m).map(|s| text[ws[s].span.start..ws[m.start].span.start].to_string())
    }

    #[test]
    fn the_estimate_starts_at_its_auxiliary_or_participle() {
        assert_eq!(
            start(
                "La population de la vallée était alors estimée à 40 000 âmes.",
                "40 000"
            )
            .as_deref(),
            Some("était alors estimée à ")
        );
        assert_eq!(
            start(
                "Le nombre des habitants, évalué à 8 000, a baissé.",
                "8 000"
            )
            .as_deref(),
            Some("évalué à ")
        );
        assert_eq!(
            start(
                "Les effectifs, qu'on estimait jadis à 900 hommes, ont fondu.",
                "900"
            )
            .as_deref(),
            Some("on estimait jadis à ")
        );
    }

    #[test]
    fn no_estimate_no_start() {
        assert_eq!(
            start("Le village a reçu à 300 mètres de là des renforts.", "300"),
            None
        );
        assert_eq!(start("La ville compte 40 000 habitants.", "40 000"), None);
        assert_eq!(start("Une estimation à 5 000 près suffit.", "5 000"), None);
    }
}
