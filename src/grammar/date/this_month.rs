//! A month named with a demonstrative: "ce septembre", "cet avril", "ce mois de mai", "ce
//! mois d'août". Like "cet été", it is the month of the publication year, whatever the tense;
//! the demonstrative is part of the span, as in "cette semaine".

use crate::grammar::Cx;
use crate::grammar::trace::Rel;
use crate::value::DateValue;

use super::parts::{month_at, year_at};
use super::{date, note_relative};
use crate::grammar::Found;

/// "ce septembre", "ce mois de mai" at token `i`. `None` when a year or a day follows the
/// month ("ce septembre 2015" is read as the month and its year by [`super::absolute`]).
pub(super) fn this_month(cx: &Cx, i: usize) -> Option<Found> {
    if !matches!(cx.w(i), "ce" | "cet" | "cette") {
        return None;
    }
    let mut k = i + 1;
    if cx.is_w(k, "mois") {
        k = match cx.w(k + 1) {
            "de" => k + 2,
            "d" if cx.is_punct(k + 2, '\'') => k + 3,
            _ => return None,
        };
    }
    let (month, end, warn) = month_at(cx, k, false)?;
    if warn.is_some() || year_at(cx, end, false).is_some() || cx.is_digits_at(end) {
        return None;
    }
    // "cette mai-là" and the like are anaphoric; "ce mars-ci" is not French enough to guess.
    if cx.is_punct(end, '-') && cx.adjacent(end) {
        return None;
    }
    let p = cx.published?;
    let value = DateValue::Month {
        year: Some(p.year),
        month,
    };
    note_relative(cx, i, end, value, Rel::Current);
    Some(date(i, end, value))
}
