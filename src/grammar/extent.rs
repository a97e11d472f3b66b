//! The TIMEX3 extent of a date: its definite article included ("le 17 avril", "l'année 2001",
//! "la rentrée 2023", "les premiers jours de mars"), as French TimeBank and ISO-TimeML annotate
//! dates. `factlint scan` reports dates with their extent; a claim keeps the value's own span,
//! the words a rule's window counts from. Prepositions stay out ("depuis le 3 mai" → "le 3
//! mai", "en 2020" → "2020"), and so does an article that ends another mention.

use crate::value::{Mention, ValueKind};

/// The French definite articles, folded to lowercase, that open a date's extent when they
/// stand just before it: a word and the one space after it, or an elided `l'` glued to it.
const ARTICLES: [&str; 3] = ["le", "la", "les"];

/// Widens every date of `mentions` (sorted, not overlapping, spans into `text`) to its TIMEX3
/// extent: the start moves back over a definite article right before it. Other mentions and
/// ends are left as they are, so the list stays sorted and without overlap.
pub fn widen_to_extent(text: &str, mentions: &mut [Mention]) {
    let mut previous_end = 0;
    for m in mentions.iter_mut() {
        if m.kind == ValueKind::Date
            && let Some(start) = article_before(text, m.start)
            && start >= previous_end
        {
            m.start = start;
        }
        previous_end = m.end;
    }
}

/// The start of a definite article that ends right before byte `at` of `text`: "le " (one
/// space, or a no-break space), "l'" or "l’", a whole word (no letter before it), in any case.
fn article_before(text: &str, at: usize) -> Option<usize> {
    let before = text.get(..at)?;
    // "l'année": the elided article is glued to the value.
    for apostrophe in ["'", "’"] {
        if let Some(rest) = before.strip_suffix(apostrophe)
            && let Some(head) = rest.strip_suffix(['l', 'L'])
            && word_boundary(head)
        {
            return Some(head.len());
        }
    }
    let rest = before
        .strip_suffix(' ')
        .or_else(|| before.strip_suffix('\u{a0}'))?;
    ARTICLES.iter().find_map(|article| {
        let start = rest.len().checked_sub(article.len())?;
        let word = rest.get(start..)?;
        (word.eq_ignore_ascii_case(article) && word_boundary(&rest[..start])).then_some(start)
    })
}

/// Whether `head` ends where a word may start: at the text's start or after a non-letter.
fn word_boundary(head: &str) -> bool {
    head.chars().next_back().is_none_or(|c| !c.is_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::{Lang, scan};
    use crate::value::Published;

    fn extents(text: &str) -> Vec<String> {
        let published = Published::parse("2025-06-10");
        let mut mentions = scan(text, Lang::Fr, published);
        widen_to_extent(text, &mut mentions);
        mentions
            .iter()
            .map(|m| text[m.start..m.end].to_string())
            .collect()
    }

    #[test]
    fn a_date_takes_its_definite_article() {
        assert_eq!(
            extents("Le 4 mars 2021, la mairie a fermé."),
            ["Le 4 mars 2021"]
        );
        assert_eq!(
            extents("Depuis le 12 janvier, rien n'a changé."),
            ["le 12 janvier"]
        );
        assert_eq!(
            extents("Il est revenu l'année suivante."),
            ["l'année suivante"]
        );
        assert_eq!(extents("C'était l’été 2019."), ["l’été 2019"]);
        // Two dates, as French TimeBank annotates them: the article goes with the first.
        assert_eq!(
            extents("Les élus voteront les 8 et 9 octobre."),
            ["les 8", "9 octobre"]
        );
    }

    #[test]
    fn prepositions_numbers_and_durations_stay_out() {
        assert_eq!(extents("Elle est née en 1987."), ["1987"]);
        assert_eq!(
            extents("Le chantier a duré les six semaines prévues."),
            ["six semaines"]
        );
        assert_eq!(extents("Il a vendu les 300 exemplaires."), ["300"]);
    }

    #[test]
    fn an_article_must_be_a_whole_word_right_before_the_date() {
        // "ville" ends in "le": not an article.
        assert_eq!(extents("La ville 3 mai 2020."), ["3 mai 2020"]);
        // Two spaces: not the article of the date.
        assert_eq!(extents("Voici le  3 mai 2020."), ["3 mai 2020"]);
    }
}
