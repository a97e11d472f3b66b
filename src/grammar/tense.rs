//! Tense: which way a clause points from the publication date, for the dates that leave their
//! year (or their week) out. The verb that governs the date decides first: the word right
//! before the date and what introduces it ("en", "à la mi-", "début"), when it is a tense
//! marker or a past participle ("entamé en avril", "réunis jeudi", "s'est retiré à la
//! mi-avril", "sera achevé en juin"), so that a future verb later in the sentence ("…, devrait
//! s'achever en 2026") does not send the date a year ahead. Otherwise the nearest tense marker
//! of the sentence, either way ("avait", "sera", "dernier", "lança", "was").

use super::lexicon;
use super::trace::Dir;
use super::{Cx, Lang};

/// The tense of the clause around tokens `start..end`: the verb that governs the date, else
/// the nearest tense marker in the same sentence, if any.
pub fn tense(cx: &Cx, start: usize, end: usize) -> Option<Dir> {
    tense_marker(cx, start, end).map(|(dir, _)| dir)
}

/// How far from a date its tense is looked for, in tokens either way.
const REACH: usize = 12;

/// [`tense`], with the token of the marker.
pub fn tense_marker(cx: &Cx, start: usize, end: usize) -> Option<(Dir, usize)> {
    governing_verb(cx, start).or_else(|| nearest_marker(cx, start, end))
}

/// Token `i` ends a sentence, looking back from a date.
fn sentence_end(cx: &Cx, i: usize) -> bool {
    cx.is_punct(i, '.') || cx.is_punct(i, '!') || cx.is_punct(i, '?')
}

/// The tense of the word that governs the date starting at token `start`: the first word
/// before it past the words that introduce it ("en", "à la mi-", "début", "depuis le"), when
/// that word is a tense marker or a past participle ("entamé en avril", "sera achevé en
/// juin").
fn governing_verb(cx: &Cx, start: usize) -> Option<(Dir, usize)> {
    let mut i = start;
    while i > 0 && start - i < REACH {
        i -= 1;
        if sentence_end(cx, i) || cx.line_break_before(i + 1) {
            return None;
        }
        if let Some(dir) = marker(cx, i) {
            return Some((dir, i));
        }
        if !introduces_date(cx, i) {
            return participle_tense(cx, i);
        }
    }
    None
}

/// The nearest tense marker in the same sentence, looking both ways.
fn nearest_marker(cx: &Cx, start: usize, end: usize) -> Option<(Dir, usize)> {
    let mut back_open = true;
    let mut fwd_open = true;
    for d in 0..REACH {
        if back_open && start > d {
            let i = start - d - 1;
            if sentence_end(cx, i) || cx.line_break_before(i + 1) {
                back_open = false;
            } else if let Some(dir) = marker(cx, i) {
                return Some((dir, i));
            }
        }
        if fwd_open {
            let i = end + d;
            if i >= cx.toks.len() || sentence_end(cx, i) || cx.line_break_before(i) {
                fwd_open = false;
            } else if let Some(dir) = marker(cx, i) {
                return Some((dir, i));
            }
        }
    }
    None
}

/// Tense markers of French and English verbs and adverbs: which way a sentence points.
fn marker(cx: &Cx, i: usize) -> Option<Dir> {
    let w = cx.w(i);
    if w.is_empty() {
        return None;
    }
    match cx.lang {
        Lang::Fr => {
            // "a" (has) but not "à", which folds to the same key.
            if w == "a" {
                return (cx.raw(i) == "a").then_some(Dir::Past);
            }
            // "se sont rendus", "a déjà commencé", "aurait été tué": an auxiliary before a
            // past participle (the conditional too: it reports a past event).
            if lexicon::PAST_AUXILIARIES.contains(&w) {
                return participle_after(cx, i).then_some(Dir::Past);
            }
            match w {
                "ont" | "avait" | "avaient" | "etait" | "etaient" | "fut" | "furent" | "eut"
                | "eurent" | "dernier" | "derniere" | "derniers" | "dernieres" | "depuis"
                | "hier" | "passe" | "passee" => {
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

/// A past participle within the three words after the auxiliary at token `i`, past the
/// adverbs and negations that stand between them ("a déjà commencé", "n'a pas encore été
/// signé", "se sont rendus").
fn participle_after(cx: &Cx, i: usize) -> bool {
    (i + 1..i + 4)
        .take_while(|&k| {
            k == i + 1 || lexicon::BETWEEN_AUXILIARY_AND_PARTICIPLE.contains(&cx.w(k - 1))
        })
        .any(|k| participle(cx, k, false))
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
fn participle_tense(cx: &Cx, i: usize) -> Option<(Dir, usize)> {
    if cx.lang != Lang::Fr {
        return None;
    }
    // The auxiliary, past "été", "être" and adverbs: "sera bientôt achevé", "doit être signé".
    let mut k = i;
    while k > 0
        && (k == i
            || matches!(cx.w(k), "etre" | "ete")
            || lexicon::BETWEEN_AUXILIARY_AND_PARTICIPLE.contains(&cx.w(k)))
    {
        k -= 1;
    }
    let auxiliary = (k < i).then(|| marker(cx, k)).flatten();
    if !participle(cx, i, auxiliary.is_none()) {
        return None;
    }
    if let Some(dir) = auxiliary {
        return Some((dir, k));
    }
    let before = match i {
        0 => "",
        1 => cx.w(0),
        _ if cx.is_punct(i - 1, '\'') => cx.w(i - 2),
        _ => cx.w(i - 1),
    };
    (!lexicon::BEFORE_NOUNS.contains(&before)).then_some((Dir::Past, i))
}

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
