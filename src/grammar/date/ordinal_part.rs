//! Ordinal parts of a period: "le dernier jour de ce mois", "le premier jour de l'année", "la
//! dernière semaine de novembre 2017", "la deuxième semaine de mars", "la semaine du 3 juin",
//! "le week-end du 15 août", "le premier week-end de juillet",
//! "la première quinzaine de septembre", "les cinq premiers jours d'avril", "les six premiers
//! mois de l'année". A day is a day and a week an ISO week (a month's first week is the one
//! of its first Thursday, as ISO numbers a year's weeks); a part that TIMEX3 has no value for
//! is its whole with a mod: the first fortnight or the first days of a month are the month
//! with START, the last ones with END. "le premier dimanche de juillet" is a weekday's
//! (`weekday`); "le premier trimestre" a quarter's (`period`).

use jiff::civil::Date;

use crate::grammar::trace::Dir;
use crate::grammar::{Cx, Found, number};
use crate::value::{DateValue, Mod, Value};

use super::absolute::day_month;
use super::parts::{day_at, month_at, relative_word, year_at};
use super::relative::relative_month;
use super::resolve::resolve_year;
use super::{civil, date, day_value, iso_weekday};

/// The whole a part is taken from.
#[derive(Clone, Copy)]
enum Whole {
    Month(i32, u8),
    Year(i32),
}

/// An ordinal part of a period starting at token `i`, or "la semaine du 3 juin".
pub(super) fn ordinal_part(cx: &Cx, i: usize) -> Option<Found> {
    if cx.is_w(i, "semaine") && cx.is_w(i + 1, "du") {
        return week_of_day(cx, i);
    }
    if let Some(k) = week_end_noun(cx, i)
        && cx.is_w(k, "du")
    {
        return week_end_of_day(cx, i, k + 1);
    }
    // "les cinq premiers jours d'avril": the span starts at the count.
    if cx.is_w(i, "les") {
        return first_or_last_units(cx, i + 1);
    }
    let (n, k) = match cx.w(i) {
        "dernier" | "derniere" => (-1, i + 1),
        "second" | "seconde" => (2, i + 1),
        _ => {
            let (n, k) = number::ordinal(cx, i)?;
            (i32::try_from(n).ok()?, k)
        }
    };
    // "le premier week-end de juillet", "le dernier week-end de l'année": the weekend of
    // that month's (or year's) `n`th Saturday.
    if let Some(k) = week_end_noun(cx, k) {
        let (whole, end) = whole_at(cx, k, i, about(n, 7))?;
        let (y, m, n) = match whole {
            Whole::Month(y, m) => (y, m, n),
            Whole::Year(y) if n < 0 => (y, 12, n),
            Whole::Year(y) => (y, 1, n),
        };
        let w = nth_weekday_in(y, m, 6, n)?.iso_week_date();
        let value = DateValue::WeekEnd {
            year: Some(i32::from(w.year())),
            week: w.week() as u8,
        };
        return Some(date(i, end, value));
    }
    let part = cx.w(k);
    if !matches!(part, "jour" | "semaine" | "quinzaine") {
        return None;
    }
    let step = if part == "jour" { 1 } else { 7 };
    let (whole, end) = whole_at(cx, k + 1, i, about(n, step))?;
    let value = match (part, whole) {
        ("jour", Whole::Month(y, m)) => {
            let first = civil(y, m, 1)?;
            let d = if n < 0 {
                first.last_of_month()
            } else {
                civil(y, m, u8::try_from(n).ok()?)?
            };
            day_value(d)
        }
        ("jour", Whole::Year(y)) => day_value(if n < 0 {
            civil(y, 12, 31)?
        } else {
            civil(y, 1, u8::try_from(n).ok()?)?
        }),
        ("semaine", Whole::Month(y, m)) => week_value(nth_thursday(y, m, n)?),
        ("semaine", Whole::Year(y)) => {
            if n < 0 {
                // ISO: 28 December is always in the last week of its year.
                week_value(civil(y, 12, 28)?)
            } else {
                DateValue::Week {
                    year: Some(y),
                    week: u8::try_from(n).ok()?,
                }
            }
        }
        ("quinzaine", Whole::Month(y, m)) => {
            if n > 2 {
                return None;
            }
            let modifier = if n == 1 { Mod::Start } else { Mod::End };
            return Some(Found {
                modifier: Some(modifier),
                ..date(
                    i,
                    end,
                    DateValue::Month {
                        year: Some(y),
                        month: m,
                    },
                )
            });
        }
        _ => return None,
    };
    Some(date(i, end, value))
}

/// "la semaine du 3 juin", "la semaine du 3 au 9 juin" (its first day): the ISO week of
/// that day.
fn week_of_day(cx: &Cx, i: usize) -> Option<Found> {
    let (d, end) = day_of_month_at(cx, i + 2)?;
    Some(date(i, end, week_value(d)))
}

/// The day a day and its month name at `k` ("3 juin", "2 juin 2024"), and the token after.
fn day_of_month_at(cx: &Cx, k: usize) -> Option<(Date, usize)> {
    let (d, e) = day_at(cx, k)?;
    let f = day_month(cx, k, None, d, e)?;
    let Value::Date(DateValue::Day {
        year: Some(y),
        month,
        day,
    }) = f.value
    else {
        return None;
    };
    Some((civil(y, month, day)?, f.end))
}

/// The token after "week-end" or "weekend" at `i`.
fn week_end_noun(cx: &Cx, i: usize) -> Option<usize> {
    if cx.is_w(i, "week") && cx.is_punct(i + 1, '-') && cx.is_w(i + 2, "end") {
        Some(i + 3)
    } else {
        cx.is_w(i, "weekend").then_some(i + 1)
    }
}

/// "le week-end du 15 août", "le weekend du 2 juin 2024": the weekend nearest that day, the
/// one before it from a Monday to a Wednesday, else the one of its week.
fn week_end_of_day(cx: &Cx, i: usize, k: usize) -> Option<Found> {
    let (mut d, end) = day_of_month_at(cx, k)?;
    if iso_weekday(d) <= 3 {
        d = d.checked_sub(jiff::Span::new().days(7)).ok()?;
    }
    let w = d.iso_week_date();
    let value = DateValue::WeekEnd {
        year: Some(i32::from(w.year())),
        week: w.week() as u8,
    };
    Some(date(i, end, value))
}

/// "cinq premiers jours d'avril", "trois dernières semaines de l'année", "six premiers mois
/// de l'année", "premiers jours de juin", at token `i`: the start or end of the whole. Three or six months of a year
/// are its quarter or half.
fn first_or_last_units(cx: &Cx, i: usize) -> Option<Found> {
    // "les premiers jours de mars", "les derniers mois de l'année": no count.
    let (count, after) = match number::cardinal(cx, i) {
        Some(n) => (n.int().filter(|&c| c > 1)?, n.end),
        None => (0, i),
    };
    let modifier = match cx.w(after) {
        "premiers" | "premieres" => Mod::Start,
        "derniers" | "dernieres" => Mod::End,
        _ => return None,
    };
    let unit = cx.w(after + 1);
    if !matches!(unit, "jours" | "semaines" | "mois") {
        return None;
    }
    let first = modifier == Mod::Start;
    let (whole, end) = whole_at(cx, after + 2, i, if first { 1 } else { 28 })?;
    let value = match (unit, whole) {
        ("mois", Whole::Year(y)) if count == 3 => DateValue::Quarter {
            year: Some(y),
            quarter: if first { 1 } else { 4 },
        },
        ("mois", Whole::Year(y)) if count == 6 => DateValue::Half {
            year: Some(y),
            half: if first { 1 } else { 2 },
        },
        ("mois", Whole::Month(..)) => return None,
        (_, Whole::Month(y, m)) => DateValue::Month {
            year: Some(y),
            month: m,
        },
        (_, Whole::Year(y)) => DateValue::Year { year: y },
    };
    let modifier = match value {
        DateValue::Quarter { .. } | DateValue::Half { .. } => None,
        _ => Some(modifier),
    };
    Some(Found {
        modifier,
        ..date(i, end, value)
    })
}

/// The period a part is taken from, at token `k` (`start` is where the date starts and `day`
/// about the day the part falls on, for the tense that places a month without its year): "du mois", "du mois prochain", "de ce mois",
/// "de l'année", "de l'année 2015", "de 2015", "de mars", "d'octobre 2015", "du mois de
/// juin", "de mai 98".
fn whole_at(cx: &Cx, k: usize, start: usize, day: u8) -> Option<(Whole, usize)> {
    if let Some(((y, m), end)) = relative_month(cx, k) {
        return Some((Whole::Month(y, m), end));
    }
    let k = if cx.is_w(k, "de") {
        k + 1
    } else if cx.is_w(k, "d") && cx.is_punct(k + 1, '\'') {
        k + 2
    } else if cx.is_w(k, "du") && cx.is_w(k + 1, "mois") && cx.is_w(k + 2, "de") {
        k + 3
    } else {
        return None;
    };
    // "de l'année", "de l'année 2015", "de l'année prochaine"
    if cx.is_w(k, "l") && cx.is_punct(k + 1, '\'') && cx.is_w(k + 2, "annee") {
        if let Some((y, end)) = year_at(cx, k + 3, false) {
            return Some((Whole::Year(y), end));
        }
        let y = cx.published?.year;
        return Some(match relative_word(cx, k + 3) {
            Some(Dir::Past) => (Whole::Year(y - 1), k + 4),
            Some(Dir::Future) => (Whole::Year(y + 1), k + 4),
            None => (Whole::Year(y), k + 3),
        });
    }
    if let Some((y, end)) = year_at(cx, k, false) {
        return Some((Whole::Year(y), end));
    }
    let (m, end, warn) = month_at(cx, k, false)?;
    if warn.is_some() {
        return None;
    }
    if let Some((y, e)) = year_at(cx, end, true) {
        return Some((Whole::Month(y, m), e));
    }
    let y = resolve_year(cx, m, Some(day), start, end)?;
    Some((Whole::Month(y, m), end))
}

/// About the day of the month the `n`th part of `step` days falls on (the last one for a
/// negative `n`): what places a month without its year, so that "le premier week-end de
/// mars", said in a past clause in mid-March, is this March's.
fn about(n: i32, step: i32) -> u8 {
    if n < 0 {
        28
    } else {
        u8::try_from((n * step).clamp(1, 28)).unwrap_or(28)
    }
}

/// The `n`th Thursday of month `m` of year `y` (the last one for a negative `n`): the ISO
/// week it falls in is the month's `n`th week.
fn nth_thursday(y: i32, m: u8, n: i32) -> Option<Date> {
    nth_weekday_in(y, m, 4, n)
}

/// The `n`th ISO weekday `wd` of month `m` of year `y` (the last one for a negative `n`).
fn nth_weekday_in(y: i32, m: u8, wd: i32, n: i32) -> Option<Date> {
    let first = civil(y, m, 1)?;
    let d = if n > 0 {
        let off = (wd - i32::from(iso_weekday(first))).rem_euclid(7);
        1 + off + 7 * (n - 1)
    } else {
        let last = first.last_of_month();
        i32::from(last.day()) - (i32::from(iso_weekday(last)) - wd).rem_euclid(7)
    };
    civil(y, m, u8::try_from(d).ok()?)
}

/// The ISO week of `d`.
fn week_value(d: Date) -> DateValue {
    let w = d.iso_week_date();
    DateValue::Week {
        year: Some(i32::from(w.year())),
        week: w.week() as u8,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_months_weeks_are_the_weeks_of_its_thursdays() {
        // October 2015 began on a Thursday and ended on a Saturday.
        assert_eq!(nth_thursday(2015, 10, 1), civil(2015, 10, 1));
        assert_eq!(nth_thursday(2015, 10, -1), civil(2015, 10, 29));
        // June 2024 began on a Saturday.
        assert_eq!(nth_thursday(2024, 6, 1), civil(2024, 6, 6));
        assert_eq!(nth_thursday(2024, 6, 5), None);
    }
}
