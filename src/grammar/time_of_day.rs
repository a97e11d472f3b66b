//! Digits that are neither counts nor durations: times of day ("à 17 h", "14 h 30") and
//! telephone numbers ("03 84 52 17 60"), skipped before the duration grammar runs.

use super::number::{self, Shape};
use super::{Cx, Lang, lexicon};

/// "à 17 h", "14 h 30", "vers 9 heures", "de 9 h à 12 h", "lundi 21 heures", "9h": times of
/// day are out of scope, and their numbers are neither counts nor durations. So are telephone
/// numbers ("03.84.52.17.60", "03 84 52 17 60"). Tried before the duration grammar, which
/// keeps the hours that are stretches of time: "pendant 9 heures", "en 3 h", "les 24 heures",
/// "un délai de 12 heures", "plus de 10 h" (a duration from its modifier on).
pub(super) fn skip_time_of_day(cx: &Cx, i: usize) -> Option<usize> {
    let t = cx.tok(i)?;
    if t.is_word() {
        return spelled_hour(cx, i);
    }
    if !t.is_digits() || t.len() > 2 {
        return service_number(cx, i);
    }
    if let Some(end) = phone_number(cx, i).or_else(|| service_number(cx, i)) {
        return Some(end);
    }
    let hour_word = |k: usize| matches!(cx.w(k), "h" | "heures" | "heure");
    if !hour_word(i + 1) {
        return None;
    }
    // "14 h 30", "21 heures 45", "9h30"; but "1 h 05 min", "2 heures 30 minutes" are
    // durations, unless a preposition of the clock comes first ("à 14 h 15 min").
    if cx.tok(i + 2).is_some_and(|m| m.is_digits() && m.len() == 2) {
        let at_clock = i > 0
            && matches!(
                cx.w(i - 1),
                "a" | "vers" | "des" | "jusqu" | "avant" | "apres"
            )
            && cx.raw(i - 1) != "a";
        let minutes = matches!(
            lexicon::unit(cx.lang, cx.w(i + 3)),
            Some(crate::value::DurationUnit::Minute)
        );
        // "a duré 1 h 30", "pendant 2h15": a stretch of time, the duration grammar's.
        if (!minutes || at_clock) && !(i > 0 && stretch_word(cx.w(i - 1))) {
            return Some(i + 3);
        }
        return None;
    }
    // 24 hours and more are a stretch of time ("24 h sur 24", "48 heures").
    let n = cx.raw(i).parse::<u8>().ok()?;
    if n > 23 {
        return None;
    }
    let prev = if i > 0 { cx.w(i - 1) } else { "" };
    let clock = match prev {
        // "à 9 h" (not "il a 9 heures"), "dès 9 h" (not "des 9 heures").
        "a" => cx.raw(i - 1) != "a",
        "des" => !cx.raw(i - 1).eq_ignore_ascii_case("des"),
        "vers" | "jusqu" | "avant" | "apres" | "entre" | "est" | "sonne" | "sonnent" => true,
        // "de 9 h à 12 h", "à partir de 9 h"; not "un délai de 12 heures".
        "de" => {
            (cx.is_w(i + 2, "a") && cx.is_digits_at(i + 3) && hour_word(i + 4))
                || (i >= 2 && cx.is_w(i - 2, "partir"))
        }
        // "entre 9 h et 12 h", "9 h puis 14 h".
        "et" | "puis" => i >= 2 && hour_word(i - 2),
        // "lundi 21 heures"
        w if lexicon::weekday(cx.lang, w).is_some() => true,
        // "9h", "18 h", "21 heures": the abbreviation, or an hour past noon, with nothing that
        // makes it an amount, is a time.
        _ => {
            (cx.w(i + 1) == "h" || n > 12)
                && !matches!(
                    prev,
                    "pendant"
                        | "durant"
                        | "en"
                        | "dans"
                        | "pour"
                        | "sous"
                        | "les"
                        | "ces"
                        | "de"
                        | "dure"
                        | "durait"
                        | "durer"
                )
        }
    };
    clock.then_some(i + 2)
}

/// "à deux heures", "vers onze heures et quart", "dès sept heures trente", "à une heure moins le
/// quart": an hour in words after a preposition of the clock is a time of day, neither a count
/// ("deux") nor a duration. Not the second end of a range, "une à deux heures" (see
/// [`range_end`]).
fn spelled_hour(cx: &Cx, i: usize) -> Option<usize> {
    if cx.lang != Lang::Fr || i == 0 || range_end(cx, i) {
        return None;
    }
    let clock = match cx.w(i - 1) {
        "a" => cx.raw(i - 1) != "a",
        "des" => !cx.raw(i - 1).eq_ignore_ascii_case("des"),
        "vers" => true,
        _ => false,
    };
    if !clock {
        return None;
    }
    // "à neuf heures": "neuf" after "à" is no number by itself ("à neuf", like new).
    let (hour, end) = if cx.is_w(i, "neuf") {
        (Some(9), i + 1)
    } else {
        let n =
            number::cardinal(cx, i).filter(|n| matches!(n.shape, Shape::Words | Shape::Article))?;
        (n.int(), n.end)
    };
    if !hour.is_some_and(|h| (1..=23).contains(&h)) || !matches!(cx.w(end), "heure" | "heures") {
        return None;
    }
    let k = end + 1;
    // The minutes: "et quart", "et demie", "moins le quart", "trente", "quarante-cinq".
    let end = match cx.w(k) {
        "et" if matches!(cx.w(k + 1), "quart" | "demie" | "demi") => k + 2,
        "moins" if cx.is_w(k + 1, "le") && cx.is_w(k + 2, "quart") => k + 3,
        _ => match number::cardinal(cx, k).filter(|m| m.shape == Shape::Words) {
            Some(m) if m.int().is_some_and(|v| (1..60).contains(&v)) => m.end,
            _ => k,
        },
    };
    Some(end)
}

/// Whether the hour word at token `i` is the second end of a range of amounts, "une à deux
/// heures", "deux ou trois heures": a stretch of time rather than the hour "à deux heures".
pub(super) fn range_end(cx: &Cx, i: usize) -> bool {
    i >= 2
        && ((cx.is_w(i - 1, "a") && cx.raw(i - 1) != "a") || cx.is_w(i - 1, "ou"))
        && (matches!(cx.w(i - 2), "un" | "une")
            || cx.is_digits_at(i - 2)
            || lexicon::num_word(cx.lang, cx.w(i - 2)).is_some())
}

/// A word after which "1 h 30" is a stretch of time, not a time of day: "pendant", "durant",
/// "a duré", "dure".
pub(super) fn stretch_word(w: &str) -> bool {
    matches!(
        w,
        "pendant" | "durant" | "dure" | "durait" | "durer" | "duree" | "dureront"
    )
}

/// A French service number, "0800 123 456" or "0 800 123 456": "08" and two more digits,
/// then two groups of three, one space apart.
fn service_number(cx: &Cx, i: usize) -> Option<usize> {
    let (head, mut k) = match cx.raw(i) {
        "0" if cx.space_gap(i + 1) && cx.raw(i + 1).len() == 3 => {
            (service_prefix(cx, i + 1), i + 1)
        }
        r if r.len() == 4 => (r.starts_with("08"), i),
        _ => return None,
    };
    if !head || !cx.is_digits_at(k) {
        return None;
    }
    for _ in 0..2 {
        k += 1;
        if !(cx.is_digits_at(k) && cx.raw(k).len() == 3 && cx.space_gap(k)) {
            return None;
        }
    }
    Some(k + 1)
}

/// The three digits at token `k` open a service number ("800", "891").
fn service_prefix(cx: &Cx, k: usize) -> bool {
    cx.raw(k).starts_with('8')
}

/// Five two-digit groups starting with 0, joined by dots or spaces: a French telephone number.
fn phone_number(cx: &Cx, i: usize) -> Option<usize> {
    if !cx.raw(i).starts_with('0') {
        return None;
    }
    let mut k = i;
    for _ in 0..4 {
        let dotted = cx.is_punct(k + 1, '.') && cx.adjacent(k + 1) && cx.adjacent(k + 2);
        let next = if dotted { k + 2 } else { k + 1 };
        if !(cx.tok(next).is_some_and(|t| t.is_digits() && t.len() == 2)
            && (dotted || cx.space_gap(next)))
        {
            return None;
        }
        k = next;
    }
    Some(k + 1)
}
