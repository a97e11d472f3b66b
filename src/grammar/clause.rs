//! Clauses: where the clause around a date stops, so that a date takes its tense from the verb
//! of its own clause and not from a verb of the clause next to it ("Le ministre, qui avait
//! démissionné, revient mardi": "avait" is the relative clause's). A clause stops at a
//! semicolon, a colon, a parenthesis or a quotation mark; at a word that opens a subordinate
//! clause or joins two ("que", "qui", "dont", "où", "mais", "car", "lorsque"); and at "et"
//! when a verb or a subject follows it ("et il partira", "et sera", "et les élus ont voté"),
//! not when it joins two nouns ("les 7 et 8 juin").

use super::{Cx, Lang};

/// Token `i` separates two clauses. `verb` says whether a token is a verb that marks a tense,
/// for "et" + verb.
pub fn separates(cx: &Cx, i: usize, verb: impl Fn(usize) -> bool) -> bool {
    if [';', ':', '(', ')', '[', ']', '«', '»', '"']
        .iter()
        .any(|&c| cx.is_punct(i, c))
    {
        return true;
    }
    match cx.lang {
        Lang::Fr => match cx.w(i) {
            "que" | "qu" | "qui" | "dont" | "mais" | "car" | "lorsque" | "lorsqu" | "quand"
            | "puisque" | "puisqu" | "tandis" => true,
            // "où" the pronoun, not "ou" (or), which folds to the same key.
            "ou" => cx.raw(i).eq_ignore_ascii_case("où"),
            // "et il partira", "et sera", "et les exposants avaient payé"
            "et" => {
                subject(cx.w(i + 1))
                    || verb(i + 1)
                    || (determiner(cx.w(i + 1)) && (i + 2..i + 5).any(&verb))
            }
            _ => false,
        },
        Lang::En => match cx.w(i) {
            "that" | "which" | "who" | "whom" | "whose" | "but" | "because" | "when" | "while"
            | "where" => true,
            "and" => verb(i + 1),
            _ => false,
        },
    }
}

/// A subject pronoun: what opens a clause after "et".
fn subject(w: &str) -> bool {
    matches!(
        w,
        "il" | "elle" | "ils" | "elles" | "on" | "nous" | "vous" | "je" | "j"
    )
}

/// A determiner: what opens the subject of a clause after "et".
fn determiner(w: &str) -> bool {
    matches!(
        w,
        "le" | "la"
            | "les"
            | "l"
            | "un"
            | "une"
            | "des"
            | "ce"
            | "cet"
            | "cette"
            | "ces"
            | "son"
            | "sa"
            | "ses"
            | "leur"
            | "leurs"
    )
}

/// The verbs that form their passé composé with "être" ("est parti", "sont arrivés", "est
/// née"), by their past participle without the marks of feminine and plural: with them, the
/// present of "être" is a past tense; with any other participle it is a passive present ("le
/// vote est fixé au 12 mai").
const ETRE_VERBS: &[&str] = &[
    "alle",
    "venu",
    "revenu",
    "devenu",
    "redevenu",
    "parvenu",
    "intervenu",
    "survenu",
    "arrive",
    "parti",
    "reparti",
    "ne",
    "mort",
    "decede",
    "reste",
    "tombe",
    "retombe",
    "entre",
    "rentre",
    "sorti",
    "ressorti",
    "monte",
    "remonte",
    "descendu",
    "redescendu",
    "retourne",
    "passe",
    "apparu",
];

/// Whether the folded participle `w` is one of [`ETRE_VERBS`], in any gender and number.
pub fn etre_verb(w: &str) -> bool {
    let stem = w.strip_suffix('s').unwrap_or(w);
    let bare = stem.strip_suffix('e').filter(|s| s.len() >= 2);
    ETRE_VERBS.contains(&stem) || bare.is_some_and(|s| ETRE_VERBS.contains(&s))
}
