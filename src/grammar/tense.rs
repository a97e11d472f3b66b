//! Tense: which way a clause points from the publication date, for the dates that leave their
//! year (or their week) out. The verb that governs the date decides first: the word right
//! before the date and what introduces it ("en", "à la mi-", "début"), when it is a tense
//! marker or a past participle ("entamé en avril", "réunis jeudi", "s'est retiré à la
//! mi-avril", "sera achevé en juin"), so that a future verb later in the sentence ("…, devrait
//! s'achever en 2026") does not send the date a year ahead. Otherwise the nearest verb of the
//! date's own clause (see [`super::clause`]), either way ("avait", "sera", "dernier", "lança",
//! "was"): a verb of another clause says nothing of the date. A present ("a lieu", "se
//! tient", the passive "est inauguré") leaves the date to the news convention. A participle of
//! scheduling ("fixé", "prévu", "reporté") reads by its auxiliary: "est fixé" and "sera fixé"
//! point ahead; after a past one ("a été fixé au 12 mai", "était prévu") only the decision is
//! past, and the date is left to the news convention.

use super::clause::{etre_verb, separates};
use super::lexicon;
use super::trace::Dir;
use super::{Cx, Lang};

/// What a verb says of the time of its clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reading {
    /// It points one way; the token says so.
    Toward(Dir, usize),
    /// A present: the date is left to the news convention.
    Present,
}

/// The tense of the clause around tokens `start..end`: the verb that governs the date, else
/// the nearest tense marker in the same clause, if any.
pub fn tense(cx: &Cx, start: usize, end: usize) -> Option<Dir> {
    tense_marker(cx, start, end).map(|(dir, _)| dir)
}

/// How far from a date its tense is looked for, in tokens either way.
const REACH: usize = 12;

/// [`tense`], with the token of the marker.
pub fn tense_marker(cx: &Cx, start: usize, end: usize) -> Option<(Dir, usize)> {
    match governing_verb(cx, start).or_else(|| nearest_reading(cx, start, end))? {
        Reading::Toward(dir, k) => Some((dir, k)),
        Reading::Present => None,
    }
}

/// Token `i` ends a sentence, looking back from a date.
fn sentence_end(cx: &Cx, i: usize) -> bool {
    cx.is_punct(i, '.') || cx.is_punct(i, '!') || cx.is_punct(i, '?')
}

/// The tense of the word that governs the date starting at token `start`: the first word
/// before it past the words that introduce it ("en", "à la mi-", "début", "depuis le"), when
/// that word is a tense marker or a past participle ("entamé en avril", "sera achevé en
/// juin").
fn governing_verb(cx: &Cx, start: usize) -> Option<Reading> {
    let mut i = start;
    while i > 0 && start - i < REACH {
        i -= 1;
        if sentence_end(cx, i) || cx.line_break_before(i + 1) {
            return None;
        }
        if let Some(r) = reading(cx, i) {
            return Some(r);
        }
        if !introduces_date(cx, i) {
            return participle_tense(cx, i);
        }
    }
    None
}

/// The nearest verb reading in the clause of the date, looking both ways, one token a step.
/// A clause set between commas inside the date's ("Mardi, la ministre, qui présentera la loi,
/// a consulté") is passed over whole.
fn nearest_reading(cx: &Cx, start: usize, end: usize) -> Option<Reading> {
    let verb = |k: usize| reading(cx, k).is_some();
    // The token each side looks at next; `None` once that side's clause has ended.
    let mut back = start.checked_sub(1);
    let mut fwd = Some(end);
    for _ in 0..REACH {
        if let Some(i) = back.take() {
            if sentence_end(cx, i) || cx.line_break_before(i + 1) {
            } else if cx.is_punct(i, ',') {
                back = embedded_before(cx, i).unwrap_or(i).checked_sub(1);
            } else if separates(cx, i, verb) {
            } else if let Some(r) = reading(cx, i) {
                return Some(r);
            } else {
                back = i.checked_sub(1);
            }
        }
        if let Some(i) = fwd.take() {
            // "mardi, quand", "le 12 mai, jour où": a relative clause right after the date
            // tells of the date itself.
            let of_the_date =
                i < end + 3 && matches!(cx.w(i), "ou" | "quand" | "lorsque" | "lorsqu");
            if i >= cx.toks.len() || sentence_end(cx, i) || cx.line_break_before(i) {
            } else if !of_the_date && separates(cx, i, verb) {
                fwd = embedded_after(cx, i);
            } else if let Some(r) = reading(cx, i) {
                return Some(r);
            } else {
                fwd = Some(i + 1);
            }
        }
        if back.is_none() && fwd.is_none() {
            break;
        }
    }
    None
}

/// The words that open a clause set inside another between commas.
fn opens_embedded(cx: &Cx, i: usize) -> bool {
    match cx.w(i) {
        "qui" | "que" | "qu" | "dont" | "lorsque" | "lorsqu" | "quand" | "puisque" | "puisqu" => {
            true
        }
        "ou" => cx.raw(i).eq_ignore_ascii_case("où"),
        _ => false,
    }
}

/// When the comma at token `c` closes a clause set inside another (", qui avait démissionné,"),
/// the token that opens it.
fn embedded_before(cx: &Cx, c: usize) -> Option<usize> {
    let mut i = c;
    while i > 0 && c - i < REACH {
        i -= 1;
        if cx.is_punct(i, ',') || sentence_end(cx, i) || cx.line_break_before(i + 1) {
            return None;
        }
        if opens_embedded(cx, i) {
            return Some(i);
        }
    }
    None
}

/// When the separator at token `i` opens a clause set inside another between commas, the
/// token after the comma that closes it: where the date's clause goes on.
fn embedded_after(cx: &Cx, i: usize) -> Option<usize> {
    if !(i > 0 && cx.is_punct(i - 1, ',') && opens_embedded(cx, i)) {
        return None;
    }
    (i + 1..(i + REACH).min(cx.toks.len()))
        .take_while(|&k| !sentence_end(cx, k) && !cx.line_break_before(k))
        .find(|&k| cx.is_punct(k, ','))
        .map(|k| k + 1)
}

/// What the word at token `i` says of its clause's time, if it is a verb that says it.
fn reading(cx: &Cx, i: usize) -> Option<Reading> {
    if cx.lang == Lang::Fr {
        let w = cx.w(i);
        // "est fixé au 12 mai", "a été reporté", "sera programmé": by the auxiliary.
        // "a été reporté au 12 mai": the decision is past, not the date, which is left to the
        // news convention.
        if scheduling(w)
            && let Some(r) = auxiliary_of(cx, i).and_then(|k| aux_reading(cx, k, i))
        {
            return Some(match r {
                Reading::Toward(Dir::Past, _) => Reading::Present,
                r => r,
            });
        }
        // "est parti", "s'est retiré": a past; "est inauguré": a passive present.
        if PRESENT_OF_ETRE.contains(&w)
            && let Some(p) = participle_after(cx, i)
        {
            return aux_reading(cx, i, p);
        }
        // "a lieu", "ont lieu"
        if matches!(w, "a" | "ont") && cx.is_w(i + 1, "lieu") {
            return Some(Reading::Present);
        }
        if pronominal_present(cx, i) {
            return Some(Reading::Present);
        }
    }
    marker(cx, i).map(|dir| Reading::Toward(dir, i))
}

/// The present of "être", an auxiliary of the past only for some verbs (see
/// [`super::clause::etre_verb`]).
const PRESENT_OF_ETRE: &[&str] = &["suis", "es", "est", "sommes", "etes", "sont"];

/// The participles of scheduling, which say when something is to happen rather than that it
/// has: their date's direction is their auxiliary's.
fn scheduling(w: &str) -> bool {
    const STEMS: &[&str] = &[
        "fixe",
        "prevu",
        "reporte",
        "repousse",
        "programme",
        "planifie",
        "decale",
        "ajourne",
        "attendu",
        "envisage",
    ];
    let forms = [
        Some(w),
        w.strip_suffix('s'),
        w.strip_suffix('e'),
        w.strip_suffix("es"),
    ];
    forms.iter().flatten().any(|f| STEMS.contains(f))
}

/// The auxiliary before the participle at token `i`, past "été", "être" and adverbs ("a
/// déjà été fixé", "sera bientôt achevé", "doit être signé").
fn auxiliary_of(cx: &Cx, i: usize) -> Option<usize> {
    let mut k = i;
    while k > 0
        && (k == i
            || matches!(cx.w(k), "etre" | "ete")
            || lexicon::BETWEEN_AUXILIARY_AND_PARTICIPLE.contains(&cx.w(k)))
    {
        k -= 1;
    }
    (k < i).then_some(k)
}

/// The reading of the auxiliary at token `k` before the participle at token `p`. The present
/// of "être" is a past with a reflexive ("s'est retiré") or a verb of motion or state ("est
/// parti"); else a passive present ("est inauguré"), which points ahead for a participle of
/// scheduling ("est fixé au 12 mai", as "prévu" does alone).
fn aux_reading(cx: &Cx, k: usize, p: usize) -> Option<Reading> {
    if PRESENT_OF_ETRE.contains(&cx.w(k)) {
        return Some(if pronominal_before(cx, k) || etre_verb(cx.w(p)) {
            Reading::Toward(Dir::Past, k)
        } else if scheduling(cx.w(p)) {
            Reading::Toward(Dir::Future, k)
        } else {
            Reading::Present
        });
    }
    marker(cx, k).map(|dir| Reading::Toward(dir, k))
}

/// A reflexive pronoun before the auxiliary at token `i`: "s'est", "se sont", "ne s'est".
fn pronominal_before(cx: &Cx, i: usize) -> bool {
    let k = match i {
        0 => return false,
        _ if cx.is_punct(i - 1, '\'') && i >= 2 => i - 2,
        _ => i - 1,
    };
    matches!(cx.w(k), "se" | "s" | "me" | "m" | "te")
}

/// "se tient", "se déroule", "s'ouvre": a reflexive pronoun before a verb that is neither a
/// marker, an auxiliary, a participle nor an infinitive ("va se réunir") is a present.
fn pronominal_present(cx: &Cx, i: usize) -> bool {
    let v = match cx.w(i) {
        "se" => i + 1,
        "s" if cx.is_punct(i + 1, '\'') => i + 2,
        _ => return false,
    };
    let w = cx.w(v);
    w.len() >= 4
        && !cx.capitalized(v)
        && marker(cx, v).is_none()
        && !PRESENT_OF_ETRE.contains(&w)
        && !lexicon::PAST_AUXILIARIES.contains(&w)
        && !participle(cx, v, false)
        && !["er", "ir", "dre", "tre", "oir", "ire"]
            .iter()
            .any(|e| w.ends_with(e))
}

/// Tense markers of French and English verbs and adverbs: which way a sentence points.
fn marker(cx: &Cx, i: usize) -> Option<Dir> {
    let w = cx.w(i);
    if w.is_empty() {
        return None;
    }
    match cx.lang {
        Lang::Fr => {
            // "a" (has) but not "à", which folds to the same key; "a" and "ont" are a past only
            // before a participle ("a signé", not "a lieu", "a 30 ans").
            if w == "a" || w == "ont" {
                let has = w == "ont" || cx.raw(i) == "a";
                return (has && participle_after(cx, i).is_some()).then_some(Dir::Past);
            }
            // "se sont rendus", "a déjà commencé", "aurait été tué": an auxiliary before a
            // past participle (the conditional too: it reports a past event).
            if lexicon::PAST_AUXILIARIES.contains(&w) {
                return participle_after(cx, i).is_some().then_some(Dir::Past);
            }
            match w {
                "avait" | "avaient" | "etait" | "etaient" | "fut" | "furent" | "eut" | "eurent"
                | "dernier" | "derniere" | "derniers" | "dernieres" | "depuis" | "hier"
                | "passe" | "passee" => {
                    return Some(Dir::Past);
                }
                "sera" | "seront" | "aura" | "auront" | "fera" | "feront" | "ira" | "iront"
                | "devra" | "devront" | "pourra" | "pourront" | "prochain" | "prochaine"
                | "prochains" | "prochaines" | "prevu" | "prevue" | "prevus" | "prevues"
                | "doit" | "doivent" | "devrait" | "devraient" | "va" | "vont" | "demain"
                | "attendu" | "attendue" | "programme" | "programmee" => {
                    return Some(Dir::Future);
                }
                _ => {}
            }
            if passe_simple(cx, i) {
                return Some(Dir::Past);
            }
            // The endings below are verbs' only when the word is not a name ("Sandra") nor a
            // noun of the same shape ("le retrait", "le front", "l'opéra").
            if cx.capitalized(i) || lexicon::NOT_VERB_ENDINGS.contains(&w) {
                return None;
            }
            if w.len() >= 5 && (w.ends_with("ront") || w.ends_with("rait") || w.ends_with("raient"))
            {
                return Some(Dir::Future);
            }
            if w.len() >= 5
                && w.ends_with("ra")
                && matches!(w.as_bytes()[w.len() - 3], b'e' | b'i' | b'd' | b't' | b'u')
            {
                return Some(Dir::Future);
            }
            if w.len() >= 4 && (w.ends_with("ait") || w.ends_with("aient")) {
                return Some(Dir::Past);
            }
            None
        }
        Lang::En => match w {
            "was" | "were" | "had" | "did" | "said" | "last" | "ago" | "since" | "yesterday" => {
                Some(Dir::Past)
            }
            "will" | "shall" | "next" | "tomorrow" | "upcoming" | "scheduled" | "due" => {
                Some(Dir::Future)
            }
            _ if w.len() >= 4 && w.ends_with("ed") => Some(Dir::Past),
            _ => None,
        },
    }
}

/// The past participle within the three words after the auxiliary at token `i`, past the
/// adverbs and negations that stand between them ("a déjà commencé", "n'a pas encore été
/// signé", "se sont rendus", "a été fixé", "a fait").
fn participle_after(cx: &Cx, i: usize) -> Option<usize> {
    (i + 1..i + 4)
        .take_while(|&k| {
            k == i + 1 || lexicon::BETWEEN_AUXILIARY_AND_PARTICIPLE.contains(&cx.w(k - 1))
        })
        .find(|&k| participle(cx, k, false) || scheduling(cx.w(k)) || short_participle(cx, k))
}

/// The short participles that [`participle`] leaves out for their shape: "fait", "eu", "pu",
/// "dû", "vu", "su", "lu".
fn short_participle(cx: &Cx, k: usize) -> bool {
    match cx.w(k) {
        "fait" | "faits" | "faite" | "faites" | "eu" | "eue" | "eus" | "pu" | "su" | "vu"
        | "vue" | "vus" | "lu" | "bu" => true,
        "du" => cx.raw(k) == "dû",
        _ => false,
    }
}

/// The passé simple of "-cer" and "-ger" verbs, which no other word shares: "lança",
/// "commença", "dirigea". (Its plural "-èrent", "-irent", "-urent" is also the present of
/// "gérer", "retirer", "assurer".)
fn passe_simple(cx: &Cx, i: usize) -> bool {
    let (raw, w) = (cx.raw(i), cx.w(i));
    (raw.chars().count() >= 4 && raw.ends_with("ça")) || (w.len() >= 5 && w.ends_with("gea"))
}

/// A word between a date and the verb that governs it: a preposition, an article, a position
/// ("début", "mi-"), "mois" in "au mois de".
fn introduces_date(cx: &Cx, i: usize) -> bool {
    cx.is_punct(i, '\'') || cx.is_punct(i, '-') || lexicon::DATE_INTRODUCERS.contains(&cx.w(i))
}

/// The tense a past participle at token `i` gives the date after it, and the word that says
/// so: its auxiliary when it has one ("a été signé en mai", "sera achevé en juin", "doit être
/// signé en mai"), else the participle itself, which is past ("le chantier entamé en avril",
/// "réunis jeudi"). None when the word is not a participle, or is a noun of the same shape
/// ("la tournée en avril": a determiner or a prenominal adjective before it).
fn participle_tense(cx: &Cx, i: usize) -> Option<Reading> {
    if cx.lang != Lang::Fr {
        return None;
    }
    let auxiliary = auxiliary_of(cx, i).and_then(|k| aux_reading(cx, k, i));
    if !participle(cx, i, auxiliary.is_none()) {
        return None;
    }
    if let Some(r) = auxiliary {
        return Some(r);
    }
    // "Reprise mi-avril.", "Rentrée le 2 septembre": a noun heading a note, no verb.
    if cx.sentence_start(i) && HEADING_NOUNS.contains(&cx.w(i)) {
        return None;
    }
    let before = match i {
        0 => "",
        1 => cx.w(0),
        _ if cx.is_punct(i - 1, '\'') => cx.w(i - 2),
        _ => cx.w(i - 1),
    };
    (!lexicon::BEFORE_NOUNS.contains(&before)).then_some(Reading::Toward(Dir::Past, i))
}

/// Nouns of a feminine participle's shape that head a verbless note ("Reprise mi-avril",
/// "Sortie le 3", "Rentrée en septembre"): an event named, past or to come.
const HEADING_NOUNS: &[&str] = &[
    "reprise", "rentree", "sortie", "entree", "tournee", "levee", "montee", "percee",
];

/// Whether the word at token `i` has the shape of a French past participle: "entamé",
/// "lancées", "réunis", "parti", "venue", "construit", "écrite", "ouvert", "atteint",
/// "mort", and not one of the common words of the same shape ("aussi", "lundi", "plus",
/// "nuit", "début") nor a participle that points at a date to come ("reporté", "fixé").
/// `bare`, with no auxiliary before it, leaves out the forms that are also a present tense:
/// "-ie" and "-ue" ("publie", "continue"), and "-it", "-int" ("construit", "atteint", "dit").
fn participle(cx: &Cx, i: usize, bare: bool) -> bool {
    let (raw, w) = (cx.raw(i), cx.w(i));
    if w.is_empty() || lexicon::NOT_PAST_PARTICIPLES.contains(&w) {
        return false;
    }
    // "à Moscou", "est Paris": a name.
    if cx.capitalized(i) && !cx.sentence_start(i) {
        return false;
    }
    if matches!(w, "mis" | "mise" | "mises") {
        return true;
    }
    if lexicon::weekday(cx.lang, w).is_some() || lexicon::month(cx.lang, w).is_some() {
        return false;
    }
    if ["é", "ée", "és", "ées"].iter().any(|e| raw.ends_with(e)) {
        return raw.chars().count() >= 2;
    }
    if w.len() < 3 || (bare && ["ie", "ue", "it", "int"].iter().any(|e| w.ends_with(e))) {
        return false;
    }
    // The stem without the marks of plural and feminine: "réunies" → "reuni", "écrites" →
    // "ecrit"; not "-gue", "-que", whose "u" is spelling ("langue", "chaque").
    let stem = w.strip_suffix('s').unwrap_or(w);
    let stem = match stem.strip_suffix('e') {
        Some(s) if !(s.ends_with("gu") || s.ends_with("qu")) => s,
        _ => stem,
    };
    // "prise", "acquises": the feminine of a participle in "-is".
    let stem = match stem.strip_suffix('s') {
        Some(s) if s.ends_with('i') && stem.len() < w.len() => s,
        _ => stem,
    };
    let b = stem.as_bytes();
    let before_last =
        |n: usize| b.len() > n && !matches!(b[b.len() - 1 - n], b'a' | b'e' | b'i' | b'o' | b'u');
    match b.last() {
        // "fini", "réunis", "partie"; not "mai", "moi", "lui", "depuis", "mais".
        Some(b'i') | Some(b'u') => before_last(1) && stem.len() >= 3,
        // "parut", "mourut", "fut"; not "tout", "août".
        Some(b't') if stem.ends_with("ut") => {
            before_last(2)
                && (stem.len() >= 4 || matches!(stem, "fut" | "eut" | "dut" | "put" | "sut"))
        }
        Some(b't') => {
            [
                "uit",
                "rit",
                "dit",
                "eint",
                "ouvert",
                "offert",
                "souffert",
                "craint",
                "contraint",
                "joint",
            ]
            .iter()
            .any(|e| stem.ends_with(e))
                || stem == "mort"
        }
        _ => false,
    }
}
