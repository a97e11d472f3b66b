//! "il y a cinq ans jour pour jour", "voici trois mois, jour pour jour", English "two years ago
//! to the day": a count back from publication said to land on the very day, so the date is
//! that day, not the year, month or week the count alone names.

use jiff::Span;

use crate::grammar::trace::Rel;
use crate::grammar::{Cx, Found, Lang};
use crate::value::DurationUnit;

use super::{date, day_value, note_relative, pub_date};

/// The token after "jour pour jour" ("to the day") at token `k` (past a comma), if it is there.
fn words_end(cx: &Cx, k: usize) -> Option<usize> {
    let k = if cx.is_punct(k, ',') { k + 1 } else { k };
    let end = match cx.lang {
        Lang::Fr => (cx.is_w(k, "jour") && cx.is_w(k + 1, "pour") && cx.is_w(k + 2, "jour"))
            .then_some(k + 3),
        Lang::En => {
            (cx.is_w(k, "to") && cx.is_w(k + 1, "the") && cx.is_w(k + 2, "day")).then_some(k + 3)
        }
    }?;
    Some(end)
}

/// The count `n` of `unit` back from publication at tokens `start..end` ("il y a trois ans"),
/// as the very day when "jour pour jour" follows it; `None` when it does not, or the
/// publication day is not known.
pub(super) fn to_the_day(
    cx: &Cx,
    (start, end): (usize, usize),
    (unit, n): (DurationUnit, i64),
) -> Option<Found> {
    let end = words_end(cx, end)?;
    let p = pub_date(cx.published)?;
    let back = match unit {
        DurationUnit::Year => Span::new().try_years(n).ok()?,
        DurationUnit::Month => Span::new().try_months(n).ok()?,
        DurationUnit::Week => Span::new().try_weeks(n).ok()?,
        DurationUnit::Day => Span::new().try_days(n).ok()?,
        _ => return None,
    };
    let value = day_value(p.checked_sub(back).ok()?);
    note_relative(cx, start, end, value, Rel::Units(unit, -n));
    Some(date(start, end, value))
}
