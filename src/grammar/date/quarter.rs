//! Quarters and halves of a year: "le premier trimestre 2003", "au deuxième semestre", "T3
//! 2016", "H2 2019", "2016 Q3", "le dernier trimestre de l'an dernier", and those of the publication date
//! ("ce trimestre", "le trimestre prochain", "le semestre en cours"): `1999-Q1`, `1999-H2`,
//! never a duration.

use crate::grammar::tense::tense;
use crate::grammar::trace::{Dir, Rel};
use crate::grammar::{Cx, Found};
use crate::value::{DateValue, DurationUnit};

use super::parts::{relative_word, skip_of_year, year_at};
use super::relative_year::relative_year_after;
use super::{date, note_relative};

/// "ce trimestre", "le trimestre prochain", "le semestre dernier", "le trimestre en cours":
/// the quarter or half of the publication date, or the next or last one.
pub(super) fn this_quarter(cx: &Cx, i: usize) -> Option<Found> {
    let (start, k) = if matches!(cx.w(i), "ce" | "cet") {
        (i, i + 1)
    } else {
        (i, i)
    };
    let months = match cx.w(k) {
        "trimestre" => 3,
        "semestre" => 6,
        _ => return None,
    };
    let (n, mut end) = if start < k {
        (0, k + 1)
    } else {
        let art = i > 0 && matches!(cx.w(i - 1), "le" | "du" | "au");
        match relative_word(cx, k + 1) {
            _ if !art => return None,
            Some(Dir::Past) => (-1, k + 2),
            Some(Dir::Future) => (1, k + 2),
            None if cx.is_w(k + 1, "en") && cx.is_w(k + 2, "cours") => (0, k + 3),
            None => return None,
        }
    };
    // "ce trimestre-ci"
    if start < k && cx.is_punct(end, '-') && cx.adjacent(end) && cx.is_w(end + 1, "ci") {
        end += 2;
    }
    let p = cx.published?;
    let per_year = 12 / months;
    let index = p.year * per_year + (i32::from(p.month?) - 1) / months + n;
    let (year, part) = (
        index.div_euclid(per_year),
        (index.rem_euclid(per_year) + 1) as u8,
    );
    let value = if months == 3 {
        DateValue::Quarter {
            year: Some(year),
            quarter: part,
        }
    } else {
        DateValue::Half {
            year: Some(year),
            half: part,
        }
    };
    let rule = if n == 0 {
        Rel::Current
    } else {
        Rel::Units(DurationUnit::Month, i64::from(n * months))
    };
    note_relative(cx, start, end, value, rule);
    Some(date(start, end, value))
}

/// The token after the financial shorthand "T3", "S1", "H2", "Q4" at token `i` (a capital
/// glued to one digit, nothing glued after).
fn shorthand_end(cx: &Cx, i: usize) -> Option<usize> {
    (matches!(cx.raw(i), "T" | "S" | "Q" | "H")
        && cx.adjacent(i + 1)
        && cx.tok(i + 1).is_some_and(|t| t.is_digits() && t.len() == 1)
        && !cx.adjacent(i + 2))
    .then_some(i + 2)
}

/// The quarter or half of year `y` that the shorthand at token `i` names.
fn shorthand(cx: &Cx, i: usize, y: i32) -> Option<DateValue> {
    let n: u8 = cx.raw(i + 1).parse().ok()?;
    match cx.raw(i) {
        "S" | "H" if (1..=2).contains(&n) => Some(DateValue::Half {
            year: Some(y),
            half: n,
        }),
        "T" | "Q" if (1..=4).contains(&n) => Some(DateValue::Quarter {
            year: Some(y),
            quarter: n,
        }),
        _ => None,
    }
}

/// "2016 Q3", "2019 T2", "2023 S1": the year first, then the shorthand of its quarter or half.
pub(super) fn year_then_quarter(cx: &Cx, i: usize) -> Option<Found> {
    let (y, k) = year_at(cx, i, false)?;
    let end = shorthand_end(cx, k)?;
    Some(date(i, end, shorthand(cx, k, y)?))
}

/// "le premier trimestre 2003", "au deuxième semestre", "le dernier trimestre de l'année".
pub(super) fn quarter(cx: &Cx, i: usize) -> Option<Found> {
    // "T3 2016", "S1 2023", "H2 2019", "Q4 2020": the financial shorthand, with its year ("un
    // T3" is a flat).
    if let Some(end) = shorthand_end(cx, i)
        && let Some((y, end)) = year_at(cx, end, false)
    {
        return shorthand(cx, i, y).map(|value| date(i, end, value));
    }
    let digit_ordinal = cx.is_digits_at(i)
        && cx.adjacent(i + 1)
        && matches!(cx.w(i + 1), "er" | "e" | "eme" | "nd");
    let (n, k) = match cx.w(i) {
        _ if digit_ordinal => (cx.raw(i).parse().ok()?, i + 2),
        "premier" => (1, i + 1),
        "deuxieme" | "second" | "seconde" => (2, i + 1),
        "troisieme" => (3, i + 1),
        "quatrieme" => (4, i + 1),
        "dernier" => (0, i + 1),
        _ => return None,
    };
    let half = match cx.w(k) {
        "trimestre" => false,
        "semestre" => true,
        _ => return None,
    };
    let n = if n == 0 { if half { 2 } else { 4 } } else { n };
    if (half && n > 2) || n > 4 {
        return None;
    }
    let mut end = k + 1;
    // "du", "de", "de l'année" before a year
    let y_at = if cx.is_w(end, "du") {
        end + 1
    } else {
        skip_of_year(cx, end)
    };
    let year = if let Some((y, e)) = year_at(cx, y_at, false) {
        end = e;
        Some(y)
    } else if let Some((y, e)) = relative_year_after(cx, end) {
        // "le premier trimestre de l'année prochaine", "au second semestre de l'an dernier"
        end = e;
        Some(y)
    } else {
        cx.published.map(|p| {
            // A quarter not yet begun at publication, told in the past, is last year's.
            let pq = p
                .month
                .map_or(4, |m| if half { m.div_ceil(6) } else { m.div_ceil(3) });
            if n > pq && tense(cx, i, end) != Some(Dir::Future) {
                p.year - 1
            } else {
                p.year
            }
        })
    };
    let value = if half {
        DateValue::Half { year, half: n }
    } else {
        DateValue::Quarter { year, quarter: n }
    };
    Some(date(i, end, value))
}
