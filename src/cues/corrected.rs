//! A correction notice's reported error: "Dans notre édition d'hier, un article indiquait que
//! le pont avait rouvert le 3 mars", "Contrairement à ce que nous avons écrit, …", "nous
//! avons situé à tort la réunion au 5 juin". The values of such a sentence are what an earlier
//! text of the outlet said, quoted to be corrected, not what this text states: the sentence
//! denies them (and so does the text wherever it repeats them).

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
    (any(OWN) && any(PUBLISHED) && any(SAID)).then_some("indiquait")
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
