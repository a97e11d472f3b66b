//! A day of the month written alone: "le 27", "depuis le 3", "Le 15, ...", "à partir du 5",
//! "jusqu'au 20", "le 3 à 17 h", "il est arrivé le 9.", "pour le vingt-deux". It takes the
//! month of the date the text has just given, or else the publication month (or the one
//! before or after it, as the tense says). "le 27" is also a bus line, a département or a
//! count, so the day needs a sign that it is one: "le" after a temporal preposition, a verb
//! or the head of a sentence, and punctuation after it; or a clock time right after it. The
//! article belongs to the span ("le 27"), as the corpora annotate it; an article glued to its
//! preposition ("du 5", "au 20") does not.

use crate::grammar::number::{self, Shape};
use crate::grammar::tense::tense;
use crate::grammar::trace::{Anchor, Dir, Rel, What};
use crate::grammar::{Cx, Found, lexicon};
use crate::value::{DateValue, Mention};

use super::parts::day_at;
use super::previous_date::{previous, recent_month};
use super::{civil, date, pub_date};

/// "le 27", "jusqu'au 20", "le 3 à 17 h": a day in digits alone at token `i`.
pub(super) fn bare_day(cx: &Cx, i: usize, out: &[Mention]) -> Option<Found> {
    let (d, end) = day_at(cx, i)?;
    // "le 2e", "le 21er": an ordinal ("le 3e tour"), not a day.
    if end != i + 1 {
        return None;
    }
    day_alone(cx, i, end, d, out)
}

/// "pour le vingt-deux", "depuis le trois": a day spelled out alone at token `i`, a cardinal
/// from two to thirty-one ("le premier", "le second" are far more often pronouns).
pub(super) fn bare_day_in_words(cx: &Cx, i: usize, out: &[Mention]) -> Option<Found> {
    if i == 0 || !cx.may_start(i, crate::grammar::prefilter::SPELLED) {
        return None;
    }
    if !matches!(cx.w(i - 1), "le" | "du" | "au") {
        return None;
    }
    let n = number::cardinal(cx, i)?;
    if n.shape != Shape::Words {
        return None;
    }
    let d = u8::try_from(n.int()?)
        .ok()
        .filter(|d| (2..=31).contains(d))?;
    day_alone(cx, i, n.end, d, out)
}

/// The day `d` written alone at tokens `i..end`, if its context says it is a day.
fn day_alone(cx: &Cx, i: usize, end: usize, d: u8, out: &[Mention]) -> Option<Found> {
    if i == 0 {
        return None;
    }
    let before = if i >= 2 { cx.w(i - 2) } else { "" };
    // "à partir du 5", "à compter du 1er", "jusqu'au 20": an article glued to the preposition.
    let glued = match cx.w(i - 1) {
        "du" => matches!(before, "partir" | "compter"),
        "au" => i >= 3 && cx.is_punct(i - 2, '\'') && cx.is_w(i - 3, "jusqu"),
        _ => false,
    };
    if !glued && !cx.is_w(i - 1, "le") {
        return None;
    }
    // "le 3 à 17 h": the clock time of that day (not a range "3 à 17 heures").
    let at_clock = cx.is_w(end, "a")
        && cx.raw(end) == "à"
        && crate::grammar::time_of_day::skip_time_of_day(cx, end + 1).is_some();
    let lead = glued
        || at_clock
        || cx.sentence_start(i - 1)
        || matches!(
            before,
            "depuis" | "avant" | "apres" | "pour" | "jusqu" | "vers" | "ici"
        )
        || (before == "des" && cx.raw(i - 2) != "des")
        || (before == "a" && cx.raw(i - 2) == "à")
        || (i >= 2 && verb_before(cx, i - 2));
    // "le 4,5", "le 4.22", "le 3:2": a number or a score, not a day and its punctuation.
    let glued_digits = cx.adjacent(end) && cx.adjacent(end + 1) && cx.is_digits_at(end + 1);
    let next_ok = at_clock
        || cx.tok(end).is_none_or(|t| {
            [',', '.', ';', ')', '!', '?', ':']
                .iter()
                .any(|&c| t.is_punct(c))
        }) && !glued_digits
        || matches!(cx.w(end), "au" | "et" | "ou");
    if !lead || !next_ok {
        return None;
    }
    let (year, month, recent) = month_of_day(cx, i, end, d, out)?;
    civil(year, month, d)?;
    let value = DateValue::Day {
        year: Some(year),
        month,
        day: d,
    };
    let start = if glued { i } else { i - 1 };
    cx.note(start, end, || What::Relative {
        value,
        anchor: match (recent, cx.published) {
            (false, Some(p)) => Anchor::Published(p),
            _ => previous(cx, out),
        },
        rule: Rel::DayInMonth,
    });
    Some(date(start, end, value))
}

/// Nouns and adverbs of an infinitive's shape ("-er", "-ir").
const NOT_INFINITIVES: &[&str] = &[
    "premier",
    "dernier",
    "hier",
    "hiver",
    "entier",
    "cher",
    "fer",
    "mer",
    "super",
    "leader",
    "soir",
    "avenir",
    "plaisir",
    "loisir",
    "desir",
    "quartier",
    "dossier",
    "papier",
    "metier",
    "chantier",
    "calendrier",
    "danger",
    "etranger",
    "leger",
];

/// Whether the word at token `k`, before "le" and a day, is a verb whose date the day gives:
/// a past participle of the first group ("signé le 3", "arrivée le 9", "décédés le 12") or an
/// infinitive ("rentrer le 15", "revenir le 4", "afin de partir le 2"). Not a noun of the
/// same shape, which a determiner or a preposition stands before ("la rentrée le 5", "le
/// dossier le 27").
fn verb_before(cx: &Cx, k: usize) -> bool {
    let t = cx.tok(k);
    if !t.is_some_and(|t| t.is_word()) || (cx.capitalized(k) && !cx.sentence_start(k)) {
        return false;
    }
    let (raw, w) = (cx.raw(k), cx.w(k));
    if lexicon::month(cx.lang, w).is_some() || lexicon::weekday(cx.lang, w).is_some() {
        return false;
    }
    let participle = ["é", "ée", "és", "ées"]
        .iter()
        .any(|e| raw.to_lowercase().ends_with(e));
    let infinitive = w.len() >= 4
        && (w.ends_with("er") || (w.ends_with("ir") && !w.ends_with("oir")))
        && !NOT_INFINITIVES.contains(&w);
    if !participle && !infinitive {
        return false;
    }
    let before = match k {
        0 => "",
        _ if cx.is_punct(k - 1, '\'') && k >= 2 => cx.w(k - 2),
        _ => cx.w(k - 1),
    };
    // "afin de partir le 2", "prêt à revenir le 4": an infinitive after its preposition.
    let infinitive_after = infinitive && matches!(before, "de" | "d" | "a");
    infinitive_after || !lexicon::BEFORE_NOUNS.contains(&before)
}

/// The year and month of day `d` written alone at tokens `i..end`: those of the date the text
/// has just given (and `true`), or else the publication month, or the one before or after it
/// as the tense says (and `false`).
pub(super) fn month_of_day(
    cx: &Cx,
    i: usize,
    end: usize,
    d: u8,
    out: &[Mention],
) -> Option<(i32, u8, bool)> {
    if let Some((y, m)) = recent_month(cx, i, out, 600) {
        return Some((y, m, true));
    }
    let p = pub_date(cx.published)?;
    let (py, pm, pd) = (i32::from(p.year()), p.month() as u8, p.day() as u8);
    let (y, m) = match tense(cx, i, end).unwrap_or(Dir::Past) {
        Dir::Past if d > pd && pm == 1 => (py - 1, 12),
        Dir::Past if d > pd => (py, pm - 1),
        Dir::Future if d < pd && pm == 12 => (py + 1, 1),
        Dir::Future if d < pd => (py, pm + 1),
        _ => (py, pm),
    };
    Some((y, m, false))
}

/// "la semaine du 18": the ISO week of a day written alone, in the month [`bare_day`] would
/// give it ("la semaine du 3 juin" is `ordinal_part`'s).
pub(super) fn week_of_day_alone(cx: &Cx, i: usize, out: &[Mention]) -> Option<Found> {
    if !(i > 0 && cx.is_w(i - 1, "la") && cx.is_w(i, "semaine") && cx.is_w(i + 1, "du")) {
        return None;
    }
    let (d, end) = day_at(cx, i + 2)?;
    let alone = end == i + 3
        && cx.tok(end).is_none_or(|t| {
            [',', '.', ';', ')', '!', '?', ':']
                .iter()
                .any(|&c| t.is_punct(c))
        });
    if !alone {
        return None;
    }
    let (year, month, _) = month_of_day(cx, i + 2, end, d, out)?;
    let w = civil(year, month, d)?.iso_week_date();
    Some(date(
        i,
        end,
        DateValue::Week {
            year: Some(i32::from(w.year())),
            week: w.week() as u8,
        },
    ))
}
