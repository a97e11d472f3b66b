//! The first end of a range of durations, which borrows its unit from the second: "deux à
//! cinq ans de prison", "six à huit mois", "entre trois et quatre semaines", "une à deux
//! heures", "10 ou 15 minutes". Each end is a duration of its own (`P2Y`, then `P5Y`), as two
//! numbers are in "entre 300 et 400 personnes"; read as a bare number, the first end would be a
//! count of nothing ("deux").

use super::{french, unit_at};
use crate::grammar::number::{self, Shape};
use crate::grammar::trace::What;
use crate::grammar::{Cx, Found};
use crate::value::{DurationValue, Value};

/// The first end of a range of durations at token `i`: a quantity, then "à", "ou" (or "et"
/// after "entre"), then a duration of one unit larger than it, whose unit it takes.
pub(super) fn first_end(cx: &Cx, i: usize) -> Option<Found> {
    let q = number::quantity(cx, i, true)?;
    // "le 3 à 17 h": a day and its clock time, no range (a range has no article).
    if q.num.shape == Shape::Uncounted || (q.start > 0 && cx.is_w(q.start - 1, "le")) {
        return None;
    }
    let k = q.num.end;
    let joined = match cx.w(k) {
        // "à", not the verb "a" ("deux a trois ans" is no range).
        "a" => cx.raw(k) != "a",
        "ou" => true,
        "et" => q.start > 0 && cx.is_w(q.start - 1, "entre"),
        _ => false,
    };
    if !joined {
        return None;
    }
    // The second end must be a duration (not an age, "des enfants de 6 à 11 ans"), and a
    // plain amount and unit, whose unit is the word after its number.
    let second = french(cx, k + 1)?;
    let Value::Duration(d) = second.value else {
        return None;
    };
    if d.rest.iter().any(Option::is_some) || d.amount.is_none() {
        return None;
    }
    let q2 = number::quantity(cx, k + 1, true)?;
    let after_digits = matches!(q2.num.shape, Shape::Plain { .. } | Shape::Digits);
    let unit = unit_at(cx, q2.num.end, after_digits)?;
    // "deux à cinq ans", not "cinq à deux ans" (a score, a vote).
    if q.num.value.to_f64() >= q2.num.value.to_f64() {
        return None;
    }
    cx.note(q.num.start, q.num.end, || What::Unit {
        unit,
        amount: Some(q.num.value),
    });
    Some(Found {
        start: q.start,
        end: k,
        value: Value::Duration(DurationValue::new(Some(q.num.value), unit)),
        modifier: q.modifier,
        warnings: Vec::new(),
    })
}
