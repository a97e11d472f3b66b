//! Factors: a number that multiplies or divides another quantity rather than counting
//! anything. "deux fois plus de morts", "trois fois moins cher", "multiplié par quatre",
//! "divisés par deux": read as a count, "deux" would claim two deaths. Such a number is no
//! mention. "élu trois fois", "trois fois par semaine" still count (how many times).

use crate::grammar::{Cx, Lang};

/// Whether the number at tokens `start..end` is a factor.
pub fn is_factor(cx: &Cx, start: usize, end: usize) -> bool {
    if cx.lang != Lang::Fr {
        return false;
    }
    // "deux fois plus", "trois fois moins", "dix fois supérieur", "deux fois mieux".
    let times = cx.is_w(end, "fois")
        && (matches!(
            cx.w(end + 1),
            "plus" | "moins" | "mieux" | "autant" | "davantage"
        ) || ["superieur", "inferieur"]
            .iter()
            .any(|p| cx.w(end + 1).starts_with(p)));
    // "multiplié par deux", "divisées par trois", "multiplier par dix".
    let by = start >= 2
        && cx.is_w(start - 1, "par")
        && ["multipli", "divis"]
            .iter()
            .any(|p| cx.w(start - 2).starts_with(p));
    times || by
}
