//! A day written after its month, or spelled out: "oct. 2", "octobre 2", "oct-2", "janv/15",
//! "mars 3 2019", "mai vingt et un", "août deuxième", "le deux août", "seconde d'août", and a
//! period of days after the month ("novembre 19 au 20", "novembre 19-20", "oct. 2 au oct.
//! 22"). A month and two digits alone stay a month and its year ("octobre 22"): the day needs
//! a sign that it is one (one digit, a dot or a dash, a year or a second day after it).

use crate::grammar::{Cx, Found, Lang, number};
use crate::value::{DateValue, RangeEnd, Value};

use super::absolute::{day_month, full_date};
use super::parts::{day_at, follows_year, month_at, year_at};

/// A day of the month spelled out at token `i`: "deux", "vingt et un", "deuxième",
/// "seconde". Not "un"/"une", an article far more often than a day.
pub(super) fn day_in_words(cx: &Cx, i: usize) -> Option<(u8, usize)> {
    // Its first word is of `word_class::SPELLED`: one bit test (see `Cx::may_start`).
    if !cx.may_start(i, crate::grammar::prefilter::SPELLED) {
        return None;
    }
    if cx.lang != Lang::Fr || !cx.tok(i)?.is_word() || matches!(cx.w(i), "un" | "une") {
        return None;
    }
    if matches!(cx.w(i), "second" | "seconde") {
        return Some((2, i + 1));
    }
    let (n, end) = number::ordinal(cx, i).or_else(|| {
        let n = number::cardinal(cx, i)?;
        (n.shape == number::Shape::Words).then_some(())?;
        Some((n.int()?, n.end))
    })?;
    // "dixièmes", "trentièmes": parts of a whole, never a day.
    if cx.w(end - 1).ends_with("iemes") {
        return None;
    }
    let d = u8::try_from(n).ok().filter(|d| (1..=31).contains(d))?;
    Some((d, end))
}

/// "le deux août", "vingt et un mai 2019", "seconde d'août": a spelled-out day before its
/// month.
pub(super) fn words_day_month(cx: &Cx, i: usize) -> Option<Found> {
    let (d, mut k) = day_in_words(cx, i)?;
    if cx.is_w(k, "de") {
        k += 1;
    } else if cx.is_w(k, "d") && cx.is_punct(k + 1, '\'') {
        k += 2;
    }
    let (_, _, warn) = month_at(cx, k, true)?;
    if warn.is_some() {
        return None;
    }
    day_month(cx, i, None, d, k)
}

/// The day after a month ending at token `k`: (day, its end, whether it is marked as a day by
/// a glued dash or slash, one digit or an ordinal suffix).
fn day_after_month(cx: &Cx, k: usize) -> Option<(u8, usize, bool)> {
    let glued =
        (cx.is_punct(k, '-') || cx.is_punct(k, '/')) && cx.adjacent(k) && cx.adjacent(k + 1);
    let at = if glued { k + 1 } else { k };
    if let Some((d, e)) = day_at(cx, at) {
        return Some((d, e, glued || cx.raw(at).len() == 1 || e > at + 1));
    }
    // "sept dix", "Sept dixièmes": the number seven before another number word, not
    // September's abbreviation (which takes its day in digits: "sept. 10", "sept 10").
    if cx.is_w(k - 1, "sept") {
        return None;
    }
    let (d, e) = day_in_words(cx, at)?;
    Some((d, e, true))
}

/// A joiner of two days at token `k` ("au", "à", "-", "jusqu'au") and the token after it.
fn joiner(cx: &Cx, k: usize) -> Option<usize> {
    if matches!(cx.w(k), "au" | "a") || (cx.is_punct(k, '-') && cx.adjacent(k + 1)) {
        return Some(k + 1);
    }
    (cx.is_w(k, "jusqu") && cx.is_punct(k + 1, '\'') && matches!(cx.w(k + 2), "au" | "a"))
        .then_some(k + 3)
}

/// "oct. 2", "mars 3 2019", "novembre 19 au 20": a month at token `i` and the day after it
/// (and a second day after a joiner, one period). `weekday` is the weekday written before.
pub(super) fn month_day(cx: &Cx, i: usize, weekday: Option<(u8, usize)>) -> Option<Found> {
    if cx.lang != Lang::Fr {
        return None;
    }
    let (m, e, warn) = month_at(cx, i, true)?;
    if warn.is_some() {
        return None;
    }
    let (d, mut end, marked) = day_after_month(cx, e)?;
    // "mars 3 2019", "mars 3, 2019"
    let mut y_at = end;
    if cx.is_punct(y_at, ',') {
        y_at += 1;
    }
    let year = year_at(cx, y_at, false).map(|(y, ye)| {
        end = ye;
        y
    });
    // "novembre 19 au 20", "oct. 2 au oct. 22", "septembre 4 jusqu'au septembre 8"
    let second = joiner(cx, end).and_then(|j| {
        let j = if cx.is_w(j, "le") { j + 1 } else { j };
        if let Some((m2, e2, None)) = month_at(cx, j, true)
            && m2 == m
            && let Some((d2, e3, _)) = day_after_month(cx, e2)
        {
            return Some((d2, e3));
        }
        day_at(cx, j).or_else(|| day_in_words(cx, j))
    });
    let second = second.filter(|&(d2, e2)| d2 > d && follows_year(cx, e2) && year.is_none());
    if !(year.is_some() || ((marked || second.is_some()) && follows_year(cx, end)))
        || cx.is_digits_at(end)
    {
        return None;
    }
    let Some((d2, e2)) = second else {
        return Some(full_date(cx, i, end, weekday, d, m, year, Vec::new(), None));
    };
    let first = full_date(cx, i, e2, None, d, m, None, Vec::new(), None);
    let Value::Date(DateValue::Day { year, .. }) = first.value else {
        return None;
    };
    let from = RangeEnd {
        year,
        month: m,
        day: Some(d),
    };
    let to = RangeEnd {
        year,
        month: m,
        day: Some(d2),
    };
    Some(Found {
        start: weekday.map_or(i, |(_, wi)| wi),
        end: e2,
        value: Value::Date(DateValue::Range { from, to }),
        ..first
    })
}
