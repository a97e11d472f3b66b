//! The month of a weekday and a day written without one ("samedi 15", "Mardi 19, ..."). After
//! a date of the same paragraph ("En mars 2021, ... Vendredi 12, ..."), the month nearest that
//! date's, up to three months from it, in which the day falls on the weekday: a story told of
//! a month names its days. Else the nearest date to the publication, in the sentence's
//! direction, whose day has that weekday, within fourteen months (every pair comes back).

use jiff::civil::Date;

use crate::grammar::Cx;
use crate::grammar::tense::tense;
use crate::grammar::trace::Dir;
use crate::value::Mention;

use super::previous_date::recent_month;
use super::{civil, iso_weekday};

/// How far (bytes) back a date may be and still give its month to a weekday and a day.
const REACH: usize = 600;

/// How many months from the date just given its weekday and day may fall.
const MONTHS_FROM_ANCHOR: i32 = 3;

/// The date of weekday `wd` and day `day` written at tokens `span`, published `p`.
pub(super) fn weekday_and_day(
    cx: &Cx,
    p: Date,
    (wd, day): (u8, u8),
    span: (usize, usize),
    out: &[Mention],
) -> Option<Date> {
    if let Some((y, m)) = recent_month(cx, span.0, out, REACH)
        && let Some(d) = near_month(y, m, wd, day)
    {
        return Some(d);
    }
    near_publication(p, wd, day, tense(cx, span.0, span.1))
}

/// The day `day` of weekday `wd` in month `m` of year `y`, or in the nearest month to it (the
/// later one first) up to [`MONTHS_FROM_ANCHOR`] away.
fn near_month(y: i32, m: u8, wd: u8, day: u8) -> Option<Date> {
    let first = civil(y, m, 1)?;
    (0..=MONTHS_FROM_ANCHOR)
        .flat_map(|n| [n, -n])
        .filter_map(|n| first.checked_add(jiff::Span::new().months(n)).ok())
        .filter_map(|f| civil(i32::from(f.year()), f.month() as u8, day))
        .find(|&c| iso_weekday(c) == wd)
}

/// The date nearest `p` (within fourteen months, in direction `dir` when given) whose day of
/// the month is `day` and whose weekday is `wd`. Every pair of a weekday and a day comes back
/// within fourteen months: "vendredi 22" is the one the calendar allows, however far.
fn near_publication(p: Date, wd: u8, day: u8, dir: Option<Dir>) -> Option<Date> {
    let first = p.first_of_month();
    let mut best: Option<(i64, Date)> = None;
    for offset in -14i64..=14 {
        let Ok(m) = first.checked_add(jiff::Span::new().months(offset)) else {
            continue;
        };
        let Some(c) = civil(i32::from(m.year()), m.month() as u8, day) else {
            continue;
        };
        if iso_weekday(c) != wd {
            continue;
        }
        let dist = i64::from(p.until(c).ok()?.get_days());
        let ok = match dir {
            Some(Dir::Past) => dist <= 0,
            Some(Dir::Future) => dist >= 0,
            None => true,
        };
        if ok && best.is_none_or(|(b, _)| dist.abs() < b.abs()) {
            best = Some((dist, c));
        }
    }
    best.map(|(_, c)| c)
}
