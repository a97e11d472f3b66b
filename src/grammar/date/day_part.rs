//! Parts of a day: "hier soir", "demain matin", "lundi après-midi", "le 5 mai au matin" are
//! the day with its part in the span, and "ce matin", "ce soir", "cet après-midi", "cette
//! nuit" the publication day. TIMEX3 writes them as TIME values ("2025-03-11TEV"); factlint
//! has no time of day in its values, so the day stands for them: what a claim's date is
//! compared on. A night from one day to the next ("la nuit de lundi à mardi") is its first
//! day.

use super::super::trace::Rel;
use super::super::{Cx, Found, lexicon};
use super::{civil, date, day_value, note_relative, pub_date};
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

/// "ce matin", "ce soir", "cet après-midi", "cette nuit", "ce midi": the publication day ("la
/// nuit dernière" the day before); not
/// "cette soirée", "cette matinée", more often the event the text tells of than the day.
pub(super) fn this_part(cx: &Cx, i: usize) -> Option<Found> {
    let (end, back) = match (cx.w(i), cx.w(i + 1)) {
        ("ce", "matin" | "soir" | "midi") | ("cette", "nuit") => (i + 2, 0),
        ("cet", "apres") if cx.is_punct(i + 2, '-') && cx.is_w(i + 3, "midi") => (i + 4, 0),
        // "la nuit dernière": the night before publication, dated by its first day (as "la
        // nuit de lundi à mardi" is Monday).
        ("nuit", "derniere") if i > 0 && cx.is_w(i - 1, "la") => (i + 2, -1),
        _ => return None,
    };
    let value = match pub_date(cx.published) {
        Some(p) => {
            let value = day_value(p.checked_add(jiff::Span::new().days(back)).ok()?);
            note_relative(cx, i, end, value, Rel::Days(back));
            value
        }
        None if back == 0 => DateValue::Ref(DateRef::Present),
        None => DateValue::Ref(DateRef::Past),
    };
    Some(date(i, end, value))
}

/// "la nuit de lundi à mardi", "dans la nuit du 14 au 15 juillet": the night that starts on
/// the first day and ends on the next, one mention from "nuit", whose date is the first day
/// (as "lundi soir" is Monday); "la nuit de lundi à mardi 11 mars" is 10 March. Two days that do not follow each other stay what they are.
pub(super) fn night_of(cx: &Cx, f: &mut Found) {
    if f.modifier.is_some() || f.start < 2 || !cx.is_w(f.start - 2, "nuit") {
        return;
    }
    match f.value {
        // "nuit de lundi à mardi": the weekday after the first, alone.
        Value::Date(DateValue::Day { .. }) if cx.is_w(f.start - 1, "de") => {
            let joined = (cx.is_w(f.end, "a") && cx.raw(f.end) == "à") || cx.is_w(f.end, "au");
            let first = lexicon::weekday(cx.lang, cx.w(f.start));
            let second = lexicon::weekday(cx.lang, cx.w(f.end + 1));
            let (Some(a), Some(b)) = (first, second) else {
                return;
            };
            if f.end != f.start + 1 || !joined || b != a % 7 + 1 {
                return;
            }
            if !cx.is_digits_at(f.end + 2) {
                f.start -= 2;
                f.end += 2;
                return;
            }
            // "la nuit de lundi à mardi 11 mars": the day before the date of the second.
            if let Some(g) = super::weekday::weekday(cx, f.end + 1, b, &[])
                && let Value::Date(DateValue::Day {
                    year: Some(y),
                    month,
                    day,
                }) = g.value
                && let Some(d) = civil(y, month, day).and_then(|d| d.yesterday().ok())
            {
                f.start -= 2;
                f.end = g.end;
                f.value = Value::Date(day_value(d));
                f.warnings = g.warnings;
            }
        }
        // "nuit du 14 au 15 juillet": a range of two days that follow each other.
        Value::Date(DateValue::Range { from, to }) if cx.is_w(f.start - 1, "du") => {
            let (Some(y1), Some(d1), Some(y2), Some(d2)) = (from.year, from.day, to.year, to.day)
            else {
                return;
            };
            let (Some(a), Some(b)) = (civil(y1, from.month, d1), civil(y2, to.month, d2)) else {
                return;
            };
            if a.tomorrow().ok() == Some(b) {
                f.start -= 2;
                f.value = Value::Date(day_value(a));
            }
        }
        _ => {}
    }
}
