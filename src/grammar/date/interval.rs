//! A period both of whose ends are dates of their own, said as one: the month said twice ("du
//! 6 octobre au 17 octobre", "entre le 4 juin et le 8 juin", "du 3 mars 2019 au 07/03/2019",
//! "du 1er mai au jeudi 9 mai"), an end counted from publication ("d'hier au 20 mars", "de
//! lundi à mercredi"), a first end without the year the second writes ("27 mai – 4 juin
//! 2021"). It is one mention with a [`DateValue::Range`], as "du 6 au 17 octobre" is: the
//! reader of a claim sees
//! one period, not two dates of which either could be taken for the fact. The first end, a
//! mention already pushed, is taken back; `period_order` has read the second end from it
//! first. A first end that writes no year takes the year the second writes ("27 mai – 4 juin
//! 2021" is in 2021, as "du 27 mai au 4 juin 2021"), or the year before when it comes later
//! in the calendar ("du 20 décembre au 5 janvier 2022"); so does it the year a weekday chose
//! for the second ("du 1er mai au jeudi 9 mai"). Two dates each complete on its own stay two
//! mentions, as French TimeBank annotates them: other months with years of their own ("entre
//! le 14 juillet et le 20 août"), a first end that names its weekday ("du mardi 3 juin au
//! vendredi 6 juin"); so do years alone ("de 2014 à 2018"), ends with a position ("du 3 mai à
//! fin juin") and ends out of order.

use crate::grammar::{Cx, Found, lexicon};
use crate::value::{DateValue, Mention, RangeEnd, Value};

use super::period_order::{first_end, writes_year};

/// Makes `f`, the second end of a period whose first end is the last mention of `out`, the
/// whole period, when both ends are days or months.
pub(super) fn join(cx: &Cx, f: &mut Found, out: &mut Vec<Mention>) {
    if f.modifier.is_some() {
        return;
    }
    let Some((first, s)) = first_end(cx, f.start, out) else {
        return;
    };
    if first.modifier.is_some() {
        return;
    }
    let (Value::Date(a), Value::Date(b)) = (&first.value, &f.value) else {
        return;
    };
    let (Some(mut from), Some(to)) = (range_end(*a), range_end(*b)) else {
        return;
    };
    // The first end's tokens: those before the joiner that ends it.
    let e = cx.toks.partition_point(|t| t.start < first.end);
    let after = |from: RangeEnd| match (from.year, to.year) {
        (Some(fy), Some(ty)) => {
            (fy, from.month, from.day.unwrap_or(1)) > (ty, to.month, to.day.unwrap_or(1))
        }
        _ => false,
    };
    let (first_written, second_written) = (written(cx, s, e), written(cx, f.start, f.end));
    let own_year = from.year.is_some_and(|fy| writes_year(cx, s, e, fy));
    let leans = to
        .year
        .is_some_and(|y| first_written && !own_year && writes_year(cx, f.start, f.end, y));
    // The first end takes the year the second writes, or the one a weekday chose for it
    // ("du 1er mai au jeudi 9 mai"), when it writes none itself.
    if let Some(y) = to.year
        && first_written
        && !own_year
        && (leans || after(from))
    {
        from.year = Some(if (from.month, from.day) > (to.month, to.day) {
            y - 1
        } else {
            y
        });
    }
    if after(from) {
        return;
    }
    // Two dates that stand each on its own stay two, as French TimeBank annotates them
    // ("entre le 14 juillet et le 20 août", "du mardi 3 juin au vendredi 6 juin"): one period
    // when the month is said twice ("du 2 mai au 9 mai"), the first end leans on the year
    // of the second, or an end is counted from publication ("d'hier à jeudi").
    let same_month = from.year == to.year && from.month == to.month && !names_weekday(cx, s, e);
    if !same_month && !leans && first_written && second_written {
        return;
    }
    out.pop();
    let mut warnings = first.warnings;
    warnings.append(&mut f.warnings);
    f.warnings = warnings;
    f.start = s;
    f.value = Value::Date(DateValue::Range { from, to });
}

/// Tokens `start..end` name a weekday.
fn names_weekday(cx: &Cx, start: usize, end: usize) -> bool {
    (start..end).any(|k| lexicon::weekday(cx.lang, cx.w(k)).is_some())
}

/// A day or a month as one end of a period.
fn range_end(v: DateValue) -> Option<RangeEnd> {
    match v {
        DateValue::Day { year, month, day } => Some(RangeEnd {
            year,
            month,
            day: Some(day),
        }),
        DateValue::Month { year, month } => Some(RangeEnd {
            year,
            month,
            day: None,
        }),
        _ => None,
    }
}

/// Tokens `start..end` write a calendar date (digits or a month's name), not a word counted
/// from publication ("aujourd'hui", "lundi"), whose year the other end cannot change.
fn written(cx: &Cx, start: usize, end: usize) -> bool {
    (start..end).any(|k| cx.is_digits_at(k) || lexicon::month(cx.lang, cx.w(k)).is_some())
}
