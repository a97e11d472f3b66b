//! A correction notice's reported error: "Dans notre édition d'hier, un article indiquait que
//! le pont avait rouvert le 3 mars", "Contrairement à ce que nous avons écrit, …", "nous
//! avons situé à tort la réunion au 5 juin", "Dans notre édition du 10 mai, nous avons écrit
//! que…", "Un article du 3 mai attribuait 900 lits à l'hôpital". The values of such a sentence
//! are what an earlier text of the outlet said, quoted to be corrected, not what this text
//! states: the sentence denies them (and so does the text wherever it repeats them). A
//! published text named by its date alone ("un article du 3 mai", "notre papier de lundi") is
//! the outlet's own: another outlet's would be named.

use std::ops::Range;

use super::tokens::Word;

/// The outlet speaking of itself.
const OWN: &[&str] = &["notre", "nos", "nous"];

/// What the outlet published.
const PUBLISHED: &[&str] = &[
    "edition",
    "article",
    "articles",
    "depeche",
    "version",
    "papier",
    "numero",
    "chronique",
];

/// Reporting verbs in the imperfect: what the earlier text said.
const SAID: &[&str] = &[
    "indiquait",
    "indiquions",
    "ecrivait",
    "ecrivions",
    "affirmait",
    "affirmions",
    "annoncait",
    "annoncions",
    "mentionnait",
    "mentionnions",
    "situait",
    "situions",
    "datait",
    "precisait",
    "precisions",
    "evoquait",
    "evoquions",
    "avancait",
    "avancions",
    "attribuait",
    "attribuions",
    "chiffrait",
    "chiffrions",
];

/// Reporting participles after "avons" or "avions": "nous avons écrit que", "nous l'avions
/// indiqué".
const SAID_PAST: &[&str] = &[
    "ecrit",
    "indique",
    "affirme",
    "annonce",
    "mentionne",
    "situe",
    "date",
    "precise",
    "evoque",
    "avance",
    "attribue",
    "chiffre",
    "publie",
];

/// What names a day after a published text's "du" or "de": "l'article du 3 mai", "notre
/// édition d'hier", "le papier de lundi".
const DAY_NAMES: &[&str] = &[
    "hier", "veille", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];

/// Whether the sentence at words `sw` reports an error: "à tort", "par erreur", "erronément",
/// "contrairement à ce que nous…", or the outlet's own text ("notre édition", "nous") with a
/// reporting verb in the imperfect ("indiquait que"). The word that marks it.
pub fn misreported(words: &[Word], sw: &Range<usize>) -> Option<&'static str> {
    let f = |i: usize| words.get(i).map_or("", |w| w.folded.as_ref());
    let any = |list: &[&str]| (sw.start..sw.end).any(|i| list.contains(&f(i)));
    for i in sw.start..sw.end {
        match f(i) {
            "tort" if i > sw.start && f(i - 1) == "a" => return Some("à tort"),
            "erreur" if i > sw.start && f(i - 1) == "par" => return Some("par erreur"),
            "erronement" => return Some("erronément"),
            "contrairement" if (i + 1..sw.end.min(i + 8)).any(|k| OWN.contains(&f(k))) => {
                return Some("contrairement");
            }
            _ => {}
        }
    }
    // The published text first: most sentences name none, and are done with in one pass
    // (its nouns are six letters or more: shorter words are not compared).
    let published = |i: usize| {
        let w = f(i);
        w.len() >= 6 && PUBLISHED.contains(&w)
    };
    if !(sw.start..sw.end).any(published) {
        return None;
    }
    // "l'article du 3 mai", "notre édition d'hier": the day follows the text's noun.
    let dated = || {
        (sw.start..sw.end).any(|i| {
            published(i) && matches!(f(i + 1), "du" | "de" | "d") && i + 2 < sw.end && {
                let next = f(i + 2);
                DAY_NAMES.contains(&next)
                    || (next == "la" && f(i + 3) == "veille")
                    || (!next.is_empty() && next.bytes().all(|b| b.is_ascii_digit()))
            }
        })
    };
    let said_past = || {
        (sw.start + 1..sw.end).any(|i| {
            SAID_PAST.contains(&f(i))
                && (i.saturating_sub(3).max(sw.start)..i)
                    .any(|k| matches!(f(k), "avons" | "avions"))
        })
    };
    ((any(OWN) || dated()) && (any(SAID) || said_past())).then_some("indiquait")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cues::tokens::words;
    use crate::grammar::Lang;

    fn of(text: &str) -> Option<&'static str> {
        let ws = words(Lang::Fr, text);
        misreported(&ws, &(0..ws.len()))
    }

    #[test]
    fn an_earlier_edition_s_statement_is_reported() {
        assert_eq!(
            of(
                "Dans notre édition de lundi, un article indiquait que le pont avait rouvert le 3 mars."
            ),
            Some("indiquait")
        );
        assert_eq!(
            of("Nous avons daté à tort la réunion du 5 juin."),
            Some("à tort")
        );
        assert_eq!(
            of("Contrairement à ce que nous avons écrit, la digue a cédé le 4 mai."),
            Some("contrairement")
        );
        assert_eq!(
            of("Le chiffre de 900 camions a été publié par erreur."),
            Some("par erreur")
        );
    }

    #[test]
    fn published_nouns_are_six_letters_or_more() {
        // `misreported` compares only the words that long with them.
        assert!(PUBLISHED.iter().all(|w| w.len() >= 6));
    }

    #[test]
    fn a_compound_past_or_a_dated_article_is_reported() {
        assert_eq!(
            of("Dans notre numéro du 2 juin, nous avons écrit que la foire ouvrait le 9."),
            Some("indiquait")
        );
        assert_eq!(
            of("Dans notre papier de lundi, nous avions situé le départ au 4 avril."),
            Some("indiquait")
        );
        assert_eq!(
            of("Un article du 3 mai attribuait 900 lits au nouvel hôpital."),
            Some("indiquait")
        );
        assert_eq!(
            of("L'article d'hier chiffrait la crue à 4 mètres."),
            Some("indiquait")
        );
    }

    #[test]
    fn another_outlet_s_article_or_a_plain_past_is_not() {
        assert_eq!(
            of("Un article du Figaro attribuait 900 lits au nouvel hôpital."),
            None
        );
        assert_eq!(
            of("Nous avons écrit au maire, qui a répondu le 3 mai."),
            None
        );
        assert_eq!(of("La dépêche de l'AFP du 3 mai indique 900 lits."), None);
    }

    #[test]
    fn a_source_s_statement_is_not() {
        assert_eq!(
            of("Le ministère indiquait que le pont avait rouvert le 3 mars."),
            None
        );
        assert_eq!(
            of("Notre correspondant a vu le pont rouvrir le 3 mars."),
            None
        );
        assert_eq!(
            of("Un article de la Tass annonçait la réouverture le 3 mars."),
            None
        );
    }
}
