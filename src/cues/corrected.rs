//! A correction notice's reported error: "Dans notre édition d'hier, un article indiquait que
//! le pont avait rouvert le 3 mars", "Contrairement à ce que nous avons écrit, …", "nous
//! avons situé à tort la réunion au 5 juin", "Dans notre édition du 10 mai, nous avons écrit
//! que…", "Un article du 3 mai attribuait 900 lits à l'hôpital". The values of such a sentence
//! are what an earlier text of the outlet said, quoted to be corrected, not what this text
//! states: the sentence denies them (and so does the text wherever it repeats them). A
//! published text named by its date alone ("un article du 3 mai", "notre papier de lundi") is
//! the outlet's own: another outlet's would be named; the outlet's "nous" with a pluperfect or
//! an imperfect report, "nous avions indiqué que…", "nous écrivions que…", names none. A value
//! after a colon or a semicolon that follows the report is the correction ("… : elle en compte
//! 250"), which the notice states.

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
    if (sw.start..sw.end).any(|i| we_had_said(words, i)) {
        return Some("indiquait");
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

/// Whether word `i` opens the outlet's report of its own earlier statement without naming the
/// published text: "nous avions (également) indiqué que", "nous écrivions que", "nous
/// affirmions à l'époque que". The pluperfect or the imperfect and "que": "comme nous l'avions
/// écrit, …" confirms, and "nous avons écrit que" may only recall.
fn we_had_said(words: &[Word], i: usize) -> bool {
    let f = |i: usize| words.get(i).map_or("", |w| w.folded.as_ref());
    if f(i) != "nous" {
        return false;
    }
    // The reporting verb, then "que" within three words (an adverb, "à l'époque").
    let that_follows = |v: usize| (v + 1..v + 5).any(|k| matches!(f(k), "que" | "qu"));
    if f(i + 1) == "avions" {
        return (i + 2..i + 4).any(|v| SAID_PAST.contains(&f(v)) && that_follows(v));
    }
    SAID.contains(&f(i + 1)) && f(i + 1).ends_with("ions") && that_follows(i + 1)
}

/// Whether the value at words `mw` of the correction notice's sentence `own` follows a colon
/// or a semicolon after the reporting word: the correction of the reported error, "nous
/// avions écrit que la salle comptait 300 places : elle en compte 250".
pub fn corrected_after(words: &[Word], own: &Range<usize>, mw: &Range<usize>) -> bool {
    let f = |i: usize| words.get(i).map_or("", |w| w.folded.as_ref());
    let Some(said) = (own.start..mw.start).find(|&i| {
        let w = f(i);
        SAID.contains(&w) || SAID_PAST.contains(&w) || matches!(w, "tort" | "erreur" | "erronement")
    }) else {
        return false;
    };
    (said + 1..mw.start).any(|k| matches!(f(k), ":" | ";"))
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
    fn our_earlier_statement_without_its_text_is_reported() {
        assert_eq!(
            of("Nous avions également indiqué que la salle comptait 300 places."),
            Some("indiquait")
        );
        assert_eq!(
            of("Nous avions écrit qu'il était né en 1952."),
            Some("indiquait")
        );
        assert_eq!(
            of("Nous affirmions à l'époque que le chantier coûterait 4 millions."),
            Some("indiquait")
        );
        // Confirming what was written is no correction, nor a plain recall.
        assert_eq!(
            of("Comme nous l'avions écrit, le pont a rouvert le 3 mars."),
            None
        );
        assert_eq!(
            of("Nous avons indiqué que le pont rouvrirait le 3 mars."),
            None
        );
    }

    #[test]
    fn a_value_after_the_colon_is_the_correction() {
        let after = |text: &str, value: &str| {
            let ws = words(Lang::Fr, text);
            let at = ws.iter().position(|w| &*w.folded == value).unwrap();
            corrected_after(&ws, &(0..ws.len()), &(at..at + 1))
        };
        let notice = "Nous avions écrit que la salle comptait 300 places : elle en compte 250.";
        assert!(after(notice, "250"));
        assert!(!after(notice, "300"));
        assert!(after(
            "Nous avons situé à tort la réunion au 5 juin ; elle a eu lieu le 6.",
            "6"
        ));
        // The colon before the reporting word introduces the notice, not the correction.
        assert!(!after(
            "Erratum à notre édition d'hier : l'article indiquait 900 lits.",
            "900"
        ));
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
