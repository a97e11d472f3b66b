//! Parts of a day: "hier soir", "demain matin", "lundi après-midi", "le 5 mai au matin" are
//! the day with its part in the span, and "ce matin", "ce soir", "cet après-midi", "cette
//! nuit" the publication day. TIMEX3 writes them as TIME values ("2025-03-11TEV"); factlint
//! has no time of day in its values, so the day stands for them: what a claim's date is
//! compared on.

use super::super::trace::Rel;
use super::super::{Cx, Found};
use super::{date, day_value, note_relative, pub_date};
use crate::value::{DateRef, DateValue, Value};

/// The token after a part of the day written at token `k`: "matin", "soir", "midi",
/// "après-midi", "nuit", "au matin", "au soir".
fn part_at(cx: &Cx, k: usize) -> Option<usize> {
    let k = if cx.is_w(k, "au") { k + 1 } else { k };
    match cx.w(k) {
        "matin" | "soir" | "midi" | "nuit" => Some(k + 1),
        "apres" if cx.is_punct(k + 1, '-') && cx.is_w(k + 2, "midi") => Some(k + 3),
        "apres" if cx.is_w(k + 1, "midi") => Some(k + 2),
        _ => None,
    }
}

/// Extends a single day (not a range, a month or a year) over the part of the day written
/// right after it: "hier soir", "lundi matin", "le 5 mai au matin".
pub(super) fn extend(cx: &Cx, f: &mut Found) {
    let day = matches!(
        f.value,
        Value::Date(DateValue::Day { .. } | DateValue::Weekday { .. } | DateValue::Ref(_))
    );
    if !day || f.modifier.is_some() || !cx.space_gap(f.end) {
        return;
    }
    if let Some(end) = part_at(cx, f.end) {
        f.end = end;
    }
}

/// "ce matin", "ce soir", "cet après-midi", "cette nuit", "ce midi": the publication day; not
/// "cette soirée", "cette matinée", more often the event the text tells of than the day.
pub(super) fn this_part(cx: &Cx, i: usize) -> Option<Found> {
    let end = match (cx.w(i), cx.w(i + 1)) {
        ("ce", "matin" | "soir" | "midi") | ("cette", "nuit") => i + 2,
        ("cet", "apres") if cx.is_punct(i + 2, '-') && cx.is_w(i + 3, "midi") => i + 4,
        _ => return None,
    };
    let value = match pub_date(cx.published) {
        Some(p) => {
            let value = day_value(p);
            note_relative(cx, i, end, value, Rel::Days(0));
            value
        }
        None => DateValue::Ref(DateRef::Present),
    };
    Some(date(i, end, value))
}
