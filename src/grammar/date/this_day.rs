//! "ce jour", "en ce jour", "à ce jour": the publication day, as "aujourd'hui" is, in the
//! register of notices and dispatches ("la séance de ce jour", "à ce jour, aucune plainte").
//! Not "ce jour-là" (the day the text has given, `previous_date`), nor "ce jour de mai" or
//! "ce jour où" (a day the words after it name).

use crate::grammar::{Cx, Found};
use crate::value::DurationUnit;

use super::relative::relative;

/// "ce jour" at token `i`, when nothing after it names another day.
pub(super) fn this_day(cx: &Cx, i: usize) -> Option<Found> {
    if cx.w(i) != "ce" || !cx.is_w(i + 1, "jour") {
        return None;
    }
    let end = i + 2;
    // "ce jour-là", "ce jour-ci", "ce jour de mai", "ce jour d'été", "ce jour où", "ce jour
    // qui": the words after it say which day.
    let named_after = cx.is_punct(end, '-')
        || matches!(
            cx.w(end),
            "de" | "d" | "du" | "des" | "ou" | "qui" | "que" | "qu" | "dont" | "la" | "meme"
        );
    if named_after {
        return None;
    }
    relative(cx, i, end, DurationUnit::Day, 0)
}
