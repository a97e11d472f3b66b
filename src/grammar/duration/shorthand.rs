//! The shorthand of notes and military reports around a duration: "44 j." (jours) and "3 mois
//! env." (environ, about). And "h." after a large count, which there is "hommes", not
//! "heures": "~2 000 h.", "450 h. en ligne" are men, no length of time ("48 h." stays hours).

use crate::grammar::number::Num;
use crate::grammar::{Cx, Lang};
use crate::value::DurationUnit;

/// "44 j.": "j" and its abbreviation point after digits, in French, is days.
pub(super) fn abbreviated_day(cx: &Cx, k: usize, after_digits: bool) -> Option<DurationUnit> {
    let dotted = cx.is_punct(k + 1, '.') && cx.adjacent(k + 1);
    (cx.lang == Lang::Fr && after_digits && cx.is_w(k, "j") && dotted).then_some(DurationUnit::Day)
}

/// Whether "h." at token `k` after the count `num` is men: a count of a hundred or more, or
/// written in digit groups, with the abbreviation point, and no preposition of time before it.
pub(super) fn men_not_hours(cx: &Cx, num: &Num, k: usize) -> bool {
    let dotted = cx.is_punct(k + 1, '.') && cx.adjacent(k + 1);
    let grouped = num.end > num.start + 1;
    let large = num.int().is_some_and(|n| n >= 100);
    let timed = num.start > 0
        && matches!(
            cx.w(num.start - 1),
            "pendant" | "durant" | "depuis" | "en" | "dans" | "pour" | "apres" | "avant"
        );
    cx.lang == Lang::Fr && cx.is_w(k, "h") && dotted && (grouped || large) && !timed
}

/// "3 mois env.", "deux ans environ": the end of an "about" written after the unit, if there is
/// one at token `k`.
pub(super) fn approx_after(cx: &Cx, k: usize) -> Option<usize> {
    match cx.w(k) {
        "environ" => Some(k + 1),
        "env" if cx.is_punct(k + 1, '.') && cx.adjacent(k + 1) => Some(k + 1),
        _ => None,
    }
}
