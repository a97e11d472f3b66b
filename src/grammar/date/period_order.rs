//! The second end of a period the text opens with a complete first end: "du 12 août 2015 au
//! 22 octobre", "entre le 3 février et le 9 mai", "de lundi à mercredi", "du 20
//! décembre jusqu'au 5 janvier". The second end, when it leaves out its year, is read from
//! the first rather than from publication (`interval` then makes the two one period): it takes the first end's year, or
//! the next one when it would come before the first end; a weekday alone is the first one
//! after the first end. Without this, "sortira entre le 3 février et le 9 mai" in
//! November read the 9 May of the year before the 3 February.

use jiff::civil::Date;

use crate::grammar::trace::{By, What};
use crate::grammar::{Cx, Found, lexicon};
use crate::value::{DateValue, Mention, Value};

use super::{civil, day_value, iso_weekday};

/// Moves `f`, a date at tokens `f.start..f.end`, on or after the first end of the period it
/// closes, when the mention just before it is that first end.
pub(super) fn after_first_end(cx: &Cx, f: &mut Found, out: &[Mention]) {
    let Some((first, _)) = first_end(cx, f.start, out) else {
        return;
    };
    let Some(start) = as_date(&first) else {
        return;
    };
    match f.value {
        Value::Date(DateValue::Day {
            year: Some(y),
            month,
            day,
        }) => {
            if weekday_alone(cx, f) {
                // "de lundi à mercredi": the first Wednesday after the Monday.
                let Some(d) = civil(y, month, day) else {
                    return;
                };
                let gap = (i64::from(iso_weekday(d)) - i64::from(iso_weekday(start))).rem_euclid(7);
                let gap = if gap == 0 { 7 } else { gap };
                if let Ok(moved) = start.checked_add(jiff::Span::new().days(gap))
                    && moved != d
                {
                    f.value = Value::Date(day_value(moved));
                }
                return;
            }
            // A weekday with its day ("au mardi 15") chose its year by the weekday.
            if year_written(cx, f, y) || has_weekday(cx, f) {
                return;
            }
            let y = year_on_or_after(start, month, day);
            set_year(cx, f, y);
            f.value = Value::Date(DateValue::Day {
                year: Some(y),
                month,
                day,
            });
        }
        Value::Date(DateValue::Month {
            year: Some(y),
            month,
        }) => {
            if year_written(cx, f, y) {
                return;
            }
            // A month ends the period when its last day is not before the first end.
            let y = year_on_or_after(start, month, 31);
            set_year(cx, f, y);
            f.value = Value::Date(DateValue::Month {
                year: Some(y),
                month,
            });
        }
        _ => {}
    }
}

/// The first year, from `start`'s, in which `month`-`day` is not before `start`.
fn year_on_or_after(start: Date, month: u8, day: u8) -> i32 {
    let y = i32::from(start.year());
    if (month, day) < (start.month() as u8, start.day() as u8) {
        y + 1
    } else {
        y
    }
}

fn set_year(cx: &Cx, f: &Found, y: i32) {
    cx.note(f.start, f.end, || What::YearResolved {
        year: Some(y),
        published: cx.published,
        by: Some(By::RangeStart),
    });
}

/// The first day of a mention's date, when it is a day or a month with its year.
fn as_date(m: &Mention) -> Option<Date> {
    match m.value {
        Value::Date(DateValue::Month {
            year: Some(y),
            month,
        }) => civil(y, month, 1),
        _ => super::previous_date::day_of(m),
    }
}

/// The mention that opens the period closed at token `i`, and the token it starts at: the
/// one ending right before a joiner ("au", "à", "jusqu'au", "jusqu'à", and "et" after
/// "entre"), itself right after "du", "de", "d'", "depuis" or "entre" (and an article); or
/// one ending before a dash with a space on each side, when both ends start with digits
/// ("27 mai – 4 juin 2021", "3 février 2016 - 19/02/2016").
pub(super) fn first_end(cx: &Cx, i: usize, out: &[Mention]) -> Option<(Mention, usize)> {
    let mut k = i.checked_sub(1)?;
    // "au lundi", "et le 5 avril", "à l'été"
    if matches!(cx.w(k), "le" | "la") {
        k = k.checked_sub(1)?;
    }
    let dash = cx.is_punct(k, '-')
        && !cx.adjacent(k)
        && !cx.adjacent(k + 1)
        && !cx.line_break_before(k)
        && !cx.line_break_before(k + 1)
        && cx.is_digits_at(i);
    let after_until = |k: usize| k >= 2 && cx.is_punct(k - 1, '\'') && cx.is_w(k - 2, "jusqu");
    let joiner_start = match cx.w(k) {
        _ if dash => k,
        "au" => k,
        // "à", and "jusqu'a" written without its accent
        "a" if cx.raw(k) == "à" || after_until(k) => k,
        "et" => k,
        _ => return None,
    };
    // "jusqu'au", "jusqu'à"
    let joiner_start = if after_until(joiner_start) {
        joiner_start - 2
    } else {
        joiner_start
    };
    let before = joiner_start.checked_sub(1)?;
    let m = out.last()?;
    if !matches!(m.value, Value::Date(_)) || m.end != cx.tok(before)?.end {
        return None;
    }
    // The token where the first end starts, and the words before it.
    let s = cx.toks.partition_point(|t| t.start < m.start);
    if cx.tok(s)?.start != m.start {
        return None;
    }
    if dash {
        return cx.is_digits_at(s).then(|| (m.clone(), s));
    }
    let mut o = s.checked_sub(1)?;
    if matches!(cx.w(o), "le" | "la") {
        o = o.checked_sub(1)?;
    } else if cx.is_punct(o, '\'') && o > 0 && cx.is_w(o - 1, "l") {
        o = o.checked_sub(2)?;
    }
    let elided_de = cx.is_punct(o, '\'') && o > 0 && cx.is_w(o - 1, "d");
    let opened = if cx.is_w(k, "et") {
        // "entre le 3 février et le 9 mai"; "le 8 et le 15 mars" is a list.
        cx.is_w(o, "entre")
    } else {
        elided_de || matches!(cx.w(o), "du" | "de" | "depuis")
    };
    opened.then(|| (m.clone(), s))
}

/// `f` is a weekday alone ("mercredi"), no day of the month with it.
fn weekday_alone(cx: &Cx, f: &Found) -> bool {
    f.end == f.start + 1 && lexicon::weekday(cx.lang, cx.w(f.start)).is_some()
}

/// `f`'s words name a weekday.
fn has_weekday(cx: &Cx, f: &Found) -> bool {
    (f.start..f.end).any(|k| lexicon::weekday(cx.lang, cx.w(k)).is_some())
}

/// `f`'s words write year `y`: its digits ("2016", "16" after a month) or in words ("deux
/// mille dix-huit").
fn year_written(cx: &Cx, f: &Found, y: i32) -> bool {
    writes_year(cx, f.start, f.end, y)
}

/// Tokens `start..end` write year `y` (see [`year_written`]).
pub(super) fn writes_year(cx: &Cx, start: usize, end: usize, y: i32) -> bool {
    (start..end).any(|k| {
        let Some(t) = cx.tok(k) else { return false };
        if matches!(cx.w(k), "mille" | "mil") {
            return true;
        }
        if !t.is_digits() {
            return false;
        }
        let raw = cx.raw(k);
        match raw.parse::<i32>() {
            Ok(n) if raw.len() == 4 => n == y,
            Ok(n) if raw.len() == 2 => k > start && n == y.rem_euclid(100),
            _ => false,
        }
    })
}
