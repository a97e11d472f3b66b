//! A month and its year in digits beyond "03/2015" (read in [`super::absolute`]): "11-2016",
//! "11.2016", and year first "2016-11", "2016/11", "2015.3"; with spaces around a slash or a
//! dash at the end of a phrase: "11 / 2016", "2016 - 11".

use crate::grammar::{Cx, Found};
use crate::value::DateValue;

use super::date;

/// A month and its year in digits beyond "03/2015": "11-2016", "11.2016", and year first
/// "2016-11", "2016/11", "2015.3". Not a season "2011-12" (the second number follows the
/// year), not a law or decree number "n° 2016-11", not the start of an ISO date or a longer
/// run of numbers.
pub(super) fn numeric_month_year(cx: &Cx, i: usize, sc: char) -> Option<Found> {
    let (a, b) = (cx.tok(i)?, cx.tok(i + 2)?);
    if !a.is_digits() || !b.is_digits() {
        return None;
    }
    // Nothing glued after: "2016-11-05" is a day, "2016-11a" is a reference.
    if cx.adjacent(i + 3)
        && cx
            .tok(i + 3)
            .is_some_and(|n| n.is_word() || n.is_digits() || n.is_punct(sc) || n.is_punct('/'))
    {
        return None;
    }
    let (m, y) = month_and_year(cx, i, sc != '/')?;
    Some(date(
        i,
        i + 3,
        DateValue::Month {
            year: Some(y),
            month: m as u8,
        },
    ))
}

/// "11 / 2016", "2016 - 11", "11 -2016": a month and its year around a slash or a dash with
/// spaces, when nothing but punctuation or the end of the text follows (not "en 2003 - 12
/// blessés", nor "11 - 2016 - 3"), and no number or dash comes just before.
pub(super) fn spaced_month_year(cx: &Cx, i: usize) -> Option<Found> {
    let sep = cx.tok(i + 1)?;
    if !(sep.is_punct('/') || sep.is_punct('-')) || (cx.adjacent(i + 1) && cx.adjacent(i + 2)) {
        return None;
    }
    let (a, b) = (cx.tok(i)?, cx.tok(i + 2)?);
    if !a.is_digits() || !b.is_digits() {
        return None;
    }
    let sc = cx.raw(i + 1).chars().next()?;
    let ends = cx
        .tok(i + 3)
        .is_none_or(|n| !(n.is_word() || n.is_digits() || n.is_punct(sc)));
    let before = i > 0
        && cx
            .tok(i - 1)
            .is_some_and(|p| p.is_digits() || p.is_punct('-') || p.is_punct('/'));
    if !ends || before {
        return None;
    }
    let (m, y) = month_and_year(cx, i, true)?;
    Some(date(
        i,
        i + 3,
        DateValue::Month {
            year: Some(y),
            month: m as u8,
        },
    ))
}

/// The month and year of the numbers at `i` and `i + 2`, either order (month first only when
/// `month_first`), unless a number sign or a law's name comes before, or they are a season.
fn month_and_year(cx: &Cx, i: usize, month_first: bool) -> Option<(i32, i32)> {
    let (a, b) = (cx.tok(i)?, cx.tok(i + 2)?);
    let numbered = i > 0
        && (cx.raw(i - 1).ends_with('°')
            || (i > 1 && cx.raw(i - 2).ends_with('°'))
            || matches!(
                cx.w(i - 1),
                "n" | "no" | "numero" | "loi" | "decret" | "arrete" | "ordonnance" | "circulaire"
            ));
    if numbered {
        return None;
    }
    let num = |k: usize| cx.raw(k).parse::<i32>().ok();
    let (m, y) = match (a.len(), b.len()) {
        // "11-2016", "11.2016" ("11/2016" is read before).
        (1 | 2, 4) if month_first => (num(i)?, num(i + 2)?),
        (4, 1 | 2) => {
            let (y, m) = (num(i)?, num(i + 2)?);
            // "2011-12", "2015/16": a season or a financial year.
            if (y + 1) % 100 == m {
                return None;
            }
            (m, y)
        }
        _ => return None,
    };
    ((1..=12).contains(&m) && (1900..=2199).contains(&y)).then_some((m, y))
}
