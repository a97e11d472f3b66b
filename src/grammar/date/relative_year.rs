//! A date whose year is named relative to publication: "le 21 septembre de l'an dernier",
//! "le 3 mai de l'année prochaine", "en mars de l'année dernière", "le 2 juin de cette
//! année". The year is the publication year moved by one (or not), whatever the tense says;
//! [`relative_year_after`] reads those words after any period ("le premier trimestre de
//! l'année prochaine", "la seconde moitié de l'an dernier").

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
    let (day, k) = match day_at(cx, i) {
        Some((d, e)) => (Some(d), e),
        None => (None, i),
    };
    let (month, k, warning) = month_at(cx, k, day.is_some())?;
    if warning.is_some() || !cx.is_w(k, "de") {
        return None;
    }
    let (year, end) = relative_year_after(cx, k)?;
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

/// The year of publication, or the one before or after, named after a period: "de l'année
/// prochaine", "de l'an dernier", "de l'année passée", "de l'année en cours", "de cette
/// année", and "cette année" without "de" ("le troisième trimestre cette année"). The year
/// and the token after its words.
pub(super) fn relative_year_after(cx: &Cx, k: usize) -> Option<(i32, usize)> {
    let p = cx.published?;
    let of = cx.is_w(k, "de");
    let k = k + usize::from(of);
    if cx.is_w(k, "cette") && cx.is_w(k + 1, "annee") {
        return Some((p.year, k + 2));
    }
    if !(of && cx.is_w(k, "l") && cx.is_punct(k + 1, '\'') && matches!(cx.w(k + 2), "an" | "annee"))
    {
        return None;
    }
    if cx.is_w(k + 3, "en") && cx.is_w(k + 4, "cours") {
        return Some((p.year, k + 5));
    }
    match relative_word(cx, k + 3)? {
        Dir::Past => Some((p.year - 1, k + 4)),
        Dir::Future => Some((p.year + 1, k + 4)),
    }
}
