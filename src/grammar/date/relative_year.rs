//! A date whose year is named relative to publication: "le 21 septembre de l'an dernier",
//! "le 3 mai de l'année prochaine", "en mars de l'année dernière", "le 2 juin de cette
//! année". The year is the publication year moved by one (or not), whatever the tense says.

use crate::grammar::trace::Dir;
use crate::grammar::{Cx, Found, Lang};
use crate::value::DateValue;

use super::parts::{day_at, month_at, relative_word};
use super::{civil, date};

/// "21 septembre de l'an dernier", "mars de l'année prochaine" at token `i`.
pub(super) fn date_of_relative_year(cx: &Cx, i: usize) -> Option<Found> {
    if cx.lang != Lang::Fr {
        return None;
    }
    let p = cx.published?;
    let (day, k) = match day_at(cx, i) {
        Some((d, e)) => (Some(d), e),
        None => (None, i),
    };
    let (month, k, warning) = month_at(cx, k, day.is_some())?;
    if warning.is_some() || !cx.is_w(k, "de") {
        return None;
    }
    let (shift, end) = if cx.is_w(k + 1, "cette") && cx.is_w(k + 2, "annee") {
        (0, k + 3)
    } else if cx.is_w(k + 1, "l")
        && cx.is_punct(k + 2, '\'')
        && matches!(cx.w(k + 3), "an" | "annee")
    {
        match relative_word(cx, k + 4)? {
            Dir::Past => (-1, k + 5),
            Dir::Future => (1, k + 5),
        }
    } else {
        return None;
    };
    let year = p.year + shift;
    let value = match day {
        Some(d) => {
            civil(year, month, d)?;
            DateValue::Day {
                year: Some(year),
                month,
                day: d,
            }
        }
        None => DateValue::Month {
            year: Some(year),
            month,
        },
    };
    Some(date(i, end, value))
}
