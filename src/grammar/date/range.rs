//! Ranges and lists whose first part leans on the last: "du 12 au 14 mai" (the 12th takes May
//! and its year), "les 8 et 15 mars", "12-14 mai", "les 7, 8 et 9 juin", "du 5 au 19 de ce
//! mois", and months: "de janvier à mars 2016", "entre janvier et mars", "de novembre à
//! février 2017" (November of the year before).

use crate::grammar::trace::{By, What};
use crate::grammar::{Cx, Found, Lang};
use crate::value::{DateValue, Mention, Value};

use super::absolute::{day_month, full_date, month_forms};
use super::date;
use super::parts::{day_at, month_at};
use super::relative::{relative_month, relative_month_at};

/// "de janvier à mars 2016", "entre janvier et mars", "janvier-mars 2016": a month without
/// its year before another one takes the year of the second (the year before when it comes
/// later in the calendar: "de novembre à février 2017"). Pushes the first month and returns
/// the second.
pub(super) fn month_range(cx: &Cx, i: usize, out: &mut Vec<Mention>) -> Option<Found> {
    let (m1, e1, warn) = month_at(cx, i, false)?;
    if warn.is_some() {
        return None;
    }
    let joined = (cx.is_w(e1, "a") && cx.raw(e1) == "à")
        || matches!(cx.w(e1), "au" | "et")
        || (cx.is_punct(e1, '-') && cx.adjacent(e1) && cx.adjacent(e1 + 1));
    if !joined {
        return None;
    }
    let j = e1 + 1;
    let second = month_forms(cx, j, None)?;
    let Value::Date(DateValue::Month {
        year: Some(y2),
        month: m2,
    }) = second.value
    else {
        return None;
    };
    if second.modifier.is_some() {
        return None;
    }
    let year = if m1 <= m2 { y2 } else { y2 - 1 };
    cx.note(i, e1, || What::YearResolved {
        year: Some(year),
        published: cx.published,
        by: Some(By::RangeEndYear),
    });
    cx.push(
        out,
        date(
            i,
            e1,
            DateValue::Month {
                year: Some(year),
                month: m1,
            },
        ),
    );
    Some(second)
}

/// The first day of a range whose month comes after the second day.
pub(super) fn day_range(
    cx: &Cx,
    i: usize,
    d: u8,
    k: usize,
    out: &mut Vec<Mention>,
) -> Option<Found> {
    // "les 7, 8 et 9 novembre": the days between the first and the last, one token each,
    // after a comma and a space (not "7,8", a decimal). At most eight, so that a long list of
    // numbers is not walked again from each of them.
    let mut middle = k;
    if cx.lang == Lang::Fr {
        let mut n = 0;
        while n < 8
            && cx.is_punct(middle, ',')
            && !cx.adjacent(middle + 1)
            && day_at(cx, middle + 1).is_some_and(|(_, e)| e == middle + 2)
        {
            middle += 2;
            n += 1;
        }
        if middle > k && !cx.is_w(middle, "et") {
            return None;
        }
    }
    let (k, listed) = (middle, k);
    let joiner = cx.w(k);
    let j = if matches!(joiner, "au" | "et" | "a" | "to" | "and")
        || (cx.is_punct(k, '-') && cx.adjacent(k) && cx.adjacent(k + 1))
    {
        k + 1
    } else {
        return None;
    };
    let j = if cx.is_w(j, "le") { j + 1 } else { j };
    let (d2, k2) = day_at(cx, j)?;
    // "du 5 au 19 janvier", and "du 5 au 19 de ce mois", "du 5 au 21 le mois prochain".
    let second = day_month(cx, j, None, d2, k2).or_else(|| {
        let ((y, m), end) = relative_month(cx, k2).or_else(|| {
            let k = if cx.is_w(k2, "le") { k2 + 1 } else { k2 };
            match (cx.w(k), cx.w(k + 1)) {
                ("ce", "mois") => relative_month_at(cx, 0, k + 2),
                ("mois", "prochain" | "suivant") if k > k2 => relative_month_at(cx, 1, k + 2),
                ("mois", "dernier" | "precedent") if k > k2 => relative_month_at(cx, -1, k + 2),
                _ => None,
            }
        })?;
        Some(full_date(
            cx,
            j,
            end,
            None,
            d2,
            m,
            Some(y),
            Vec::new(),
            None,
        ))
    })?;
    let (year, month) = match second.value {
        Value::Date(DateValue::Day { year, month, .. }) => (year, month),
        _ => return None,
    };
    // The first day, then each listed one, in the month and year of the last.
    let mut at = i;
    let mut day = d;
    let mut day_end = listed;
    loop {
        cx.note(at, day_end, || What::YearResolved {
            year,
            published: cx.published,
            by: Some(By::RangeEnd),
        });
        let found = full_date(cx, at, day_end, None, day, month, year, Vec::new(), None);
        cx.push(
            out,
            Found {
                value: Value::Date(DateValue::Day { year, month, day }),
                ..found
            },
        );
        if day_end >= k {
            break;
        }
        at = day_end + 1;
        // Read as a day of one token above.
        let Some(next) = day_at(cx, at) else { break };
        (day, day_end) = next;
    }
    Some(second)
}
