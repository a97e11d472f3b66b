//! Offsets of several units and offsets from a named day: "il y a deux mois et dix jours",
//! "dans un an et six mois", "dans 3 ans 2 mois 5 jours", "trois jours après demain", "cinq
//! jours avant hier", "une semaine à partir de demain", "trois lundis à compter de demain".
//! The date is at the precision of the finest unit, a day when counted from a day.

use jiff::civil::Date;

use crate::grammar::prefilter::DAY_WORD;
use crate::grammar::trace::Rel;
use crate::grammar::{Cx, Found, Lang, lexicon, number};
use crate::value::{DateValue, DurationUnit};

use super::{date, day_value, iso_weekday, note_relative, pub_date};

/// The counts and units after one ending at token `k` ("et dix jours", "2 mois 5
/// jours"), and the token after the last one; the token `k` itself when none.
pub(super) fn more_units(cx: &Cx, k: usize) -> (Vec<(DurationUnit, i64)>, usize) {
    let mut parts = Vec::new();
    let mut end = k;
    while parts.len() < 3 {
        let mut j = end;
        // Not "plus de", which is more often a bound ("il y a trois ans plus de cent élus")
        // than a sum.
        if cx.is_w(j, "et") {
            j += 1;
        }
        let Some(q) = number::quantity(cx, j, true) else {
            break;
        };
        let unit = lexicon::unit(cx.lang, cx.w(q.num.end));
        let Some(unit) = unit.filter(|u| calendar(*u)) else {
            break;
        };
        let Some(n) = q.num.int().filter(|n| (0..=10_000).contains(n)) else {
            break;
        };
        if q.modifier.is_some() || q.start != j {
            break;
        }
        parts.push((unit, n));
        end = q.num.end + 1;
    }
    (parts, end)
}

/// Units a calendar moves by.
fn calendar(u: DurationUnit) -> bool {
    matches!(
        u,
        DurationUnit::Day | DurationUnit::Week | DurationUnit::Month | DurationUnit::Year
    )
}

/// `p` moved by every part, `sign` times.
fn moved(p: Date, parts: &[(DurationUnit, i64)], sign: i64) -> Option<Date> {
    let mut span = jiff::Span::new();
    for &(u, n) in parts {
        let n = n * sign;
        span = match u {
            DurationUnit::Day => span.try_days(span.get_days() as i64 + n).ok()?,
            DurationUnit::Week => span.try_weeks(span.get_weeks() as i64 + n).ok()?,
            DurationUnit::Month => span.try_months(span.get_months() as i64 + n).ok()?,
            DurationUnit::Year => span.try_years(span.get_years() as i64 + n).ok()?,
            _ => return None,
        };
    }
    p.checked_add(span).ok()
}

/// `d` at the precision of `unit`.
fn at_precision(d: Date, unit: DurationUnit) -> DateValue {
    match unit {
        DurationUnit::Year => DateValue::Year {
            year: i32::from(d.year()),
        },
        DurationUnit::Month => DateValue::Month {
            year: Some(i32::from(d.year())),
            month: d.month() as u8,
        },
        DurationUnit::Week => {
            let w = d.iso_week_date();
            DateValue::Week {
                year: Some(i32::from(w.year())),
                week: w.week() as u8,
            }
        }
        _ => day_value(d),
    }
}

/// The finest of the units.
fn finest(parts: &[(DurationUnit, i64)]) -> DurationUnit {
    let rank = |u: DurationUnit| match u {
        DurationUnit::Day => 0,
        DurationUnit::Week => 1,
        DurationUnit::Month => 2,
        _ => 3,
    };
    parts
        .iter()
        .map(|&(u, _)| u)
        .min_by_key(|&u| rank(u))
        .unwrap_or(DurationUnit::Day)
}

/// "il y a deux mois et dix jours" (`sign` -1), "dans un an et six mois" (`sign` 1): the
/// first count and unit `first` end at token `k`. `None` when no other unit follows.
pub(super) fn compound(
    cx: &Cx,
    start: usize,
    k: usize,
    first: (DurationUnit, i64),
    sign: i64,
) -> Option<Found> {
    let (mut parts, end) = more_units(cx, k);
    if parts.is_empty() || !calendar(first.0) {
        return None;
    }
    parts.insert(0, first);
    let p = pub_date(cx.published)?;
    let d = moved(p, &parts, sign)?;
    let value = at_precision(d, finest(&parts));
    let unit = finest(&parts);
    note_relative(cx, start, end, value, Rel::Units(unit, sign * first.1));
    Some(date(start, end, value))
}

/// "après demain", "avant hier", "à partir d'aujourd'hui", "à compter de demain" at token
/// `k`, after a count: the day counted from (in days from publication), the direction, and
/// the token after.
fn from_day(cx: &Cx, k: usize) -> Option<(i64, i64, usize)> {
    let day = |j: usize| -> Option<(i64, usize)> {
        match cx.w(j) {
            "demain" => Some((1, j + 1)),
            "hier" => Some((-1, j + 1)),
            "aujourd" if cx.is_punct(j + 1, '\'') && cx.is_w(j + 2, "hui") => Some((0, j + 3)),
            _ => None,
        }
    };
    match cx.w(k) {
        "apres" | "avant" => {
            let sign = if cx.is_w(k, "apres") { 1 } else { -1 };
            let (base, end) = day(k + 1)?;
            Some((base, sign, end))
        }
        "a" if matches!(cx.w(k + 1), "partir" | "compter") => {
            let j = if cx.is_w(k + 2, "de") {
                k + 3
            } else if cx.is_w(k + 2, "d") && cx.is_punct(k + 3, '\'') {
                k + 4
            } else {
                return None;
            };
            let (base, end) = day(j)?;
            Some((base, 1, end))
        }
        _ => None,
    }
}

/// "trois jours après demain", "cinq jours avant hier", "une semaine à partir de demain",
/// "trois lundis à compter de demain", and after "dans" ("dans 10 jours à compter de
/// demain"): a day counted from a day named from publication (or from today).
/// `start` is where the phrase starts, `i` the count.
pub(super) fn counted_from_day(cx: &Cx, start: usize, i: usize) -> Option<Found> {
    if cx.lang != Lang::Fr {
        return None;
    }
    // A day word within the next few tokens, before the number is read (reading it records
    // steps in a derivation).
    if !(i + 1..i + 9).any(|j| cx.has_class(j, DAY_WORD)) {
        return None;
    }
    let q = number::quantity(cx, i, true)?;
    if q.modifier.is_some() || q.start != i {
        return None;
    }
    let n = q.num.int().filter(|n| (1..=10_000).contains(n))?;
    let u = q.num.end;
    let p = pub_date(cx.published)?;
    // "trois lundis": the third Monday after the day.
    let plural_weekday = cx
        .w(u)
        .strip_suffix('s')
        .and_then(|w| lexicon::weekday(cx.lang, w));
    if let Some(wd) = plural_weekday {
        let (base, sign, end) = from_day(cx, u + 1)?;
        if sign < 0 {
            return None;
        }
        let b = p.checked_add(jiff::Span::new().days(base)).ok()?;
        let ahead = (i64::from(wd) - i64::from(iso_weekday(b)) + 6).rem_euclid(7) + 1;
        let d = b
            .checked_add(jiff::Span::new().days(ahead + 7 * (n - 1)))
            .ok()?;
        note_relative(cx, start, end, day_value(d), Rel::Days(base));
        return Some(date(start, end, day_value(d)));
    }
    let unit = lexicon::unit(cx.lang, cx.w(u)).filter(|u| calendar(*u))?;
    let (mut parts, k) = more_units(cx, u + 1);
    parts.insert(0, (unit, n));
    let (base, sign, end) = from_day(cx, k)?;
    let b = p.checked_add(jiff::Span::new().days(base)).ok()?;
    let d = moved(b, &parts, sign)?;
    note_relative(cx, start, end, day_value(d), Rel::Units(unit, sign * n));
    Some(date(start, end, day_value(d)))
}
