//! The year a weekday picks for a date written without one ("dimanche 27 septembre"): the
//! nearest past or next year in which that day falls on that weekday. In a past clause ("a
//! été signé le dimanche 27 septembre", "ouverte le samedi 14 mars") whose weekday the
//! publication year does not have, the nearest past such year, up to ten years back: a story
//! told of years ago names the weekday its readers remember, not a date of next year. A
//! future clause or "prochain" keeps the next one.

use crate::grammar::Cx;
use crate::grammar::tense::tense;
use crate::grammar::trace::Dir;
use crate::value::Published;

use super::resolve::year_for;
use super::{civil, iso_weekday};

/// How many years back a past clause looks for the year its weekday names.
const YEARS_BACK: i32 = 10;

/// The year in which (`month`, `day`) is weekday `wd`, for the date at tokens `start..end`
/// (`forced` by "dernier"/"prochain" when written), or `None` to leave the year to the tense.
pub(super) fn weekday_year(
    cx: &Cx,
    p: Published,
    wd: u8,
    month: u8,
    day: u8,
    (start, end): (usize, usize),
    forced: Option<Dir>,
) -> Option<i32> {
    let past = year_for(Some(p), month, Some(day), Dir::Past)?;
    let future = year_for(Some(p), month, Some(day), Dir::Future)?;
    let ok = |y: i32| civil(y, month, day).is_some_and(|d| iso_weekday(d) == wd);
    let dir = forced.or_else(|| tense(cx, start, end));
    match (ok(past), ok(future)) {
        (true, false) => Some(past),
        (false, true) if dir != Some(Dir::Past) || future == p.year => Some(future),
        (false, _) if dir == Some(Dir::Past) => (1..=YEARS_BACK).map(|n| past - n).find(|&y| ok(y)),
        _ => None,
    }
}
