//! The English subset: "yesterday", "today", "tomorrow", "last week", "next month", "this
//! year", "last Friday", "next May", "last summer", "a year ago", "three years ago", "10 days
//! ago", "the 1990s", and "May" as a month only where the verb cannot stand ("in May", "mid-May").

use crate::grammar::trace::{By, Dir, Rel, What};
use crate::grammar::{Cx, Found, lexicon, number};
use crate::value::{DateValue, DurationUnit};

use super::period::season_relative;
use super::relative::relative;
use super::resolve::year_strict;
use super::to_the_day::to_the_day;
use super::weekday::weekday_near;
use super::{date, day_value, note_relative, pub_date};

pub(super) fn english_words(cx: &Cx, i: usize) -> Option<Found> {
    let w = cx.w(i);
    let day = |n: i64| -> Option<Found> {
        let p = pub_date(cx.published)?;
        let value = day_value(p.checked_add(jiff::Span::new().days(n)).ok()?);
        note_relative(cx, i, i + 1, value, Rel::Days(n));
        Some(date(i, i + 1, value))
    };
    match w {
        "yesterday" => return day(-1),
        "today" => return day(0),
        "tomorrow" => return day(1),
        _ => {}
    }
    if matches!(w, "last" | "next" | "this") {
        let n = match w {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        let next = cx.w(i + 1);
        let unit = match next {
            "year" => Some(DurationUnit::Year),
            "week" => Some(DurationUnit::Week),
            "month" => Some(DurationUnit::Month),
            _ => None,
        };
        if let Some(unit) = unit {
            return relative(cx, i, i + 2, unit, n);
        }
        if let Some(wd) = lexicon::weekday(cx.lang, next) {
            let dir = if n < 0 { Dir::Past } else { Dir::Future };
            return weekday_near(cx, i, i + 2, wd, dir);
        }
        // "last September", "next May": strictly before or after the publication month.
        if n != 0
            && let Some((m, false)) | Some((m @ 5, true)) = lexicon::month(cx.lang, next)
            && cx.capitalized(i + 1)
        {
            let dir = if n < 0 { Dir::Past } else { Dir::Future };
            cx.note(i + 1, i + 2, || What::Month {
                month: m,
                misspelling_of: None,
            });
            let year = year_strict(cx.published, m, dir);
            cx.note(i, i + 2, || What::YearResolved {
                year,
                published: cx.published,
                by: year.map(|_| By::Word {
                    dir,
                    word: cx.raw(i).to_string(),
                }),
            });
            return Some(date(i, i + 2, DateValue::Month { year, month: m }));
        }
        // "last summer", "next spring", "this fall"
        if let Some(s) = lexicon::season(cx.lang, next) {
            cx.note(i + 1, i + 2, || What::Season(s));
            return season_relative(
                cx,
                i,
                i + 2,
                s,
                (n != 0).then_some(if n < 0 { Dir::Past } else { Dir::Future }),
            );
        }
    }
    // "a year ago", "a decade ago"
    if matches!(w, "a" | "an")
        && let Some(unit) = lexicon::unit(cx.lang, cx.w(i + 1))
        && cx.is_w(i + 2, "ago")
    {
        return relative(cx, i, i + 3, unit, -1);
    }
    // "the 1990s"
    if w == "the"
        && let Some(t) = cx.tok(i + 1)
        && t.is_digits()
        && t.len() == 4
        && cx.is_w(i + 2, "s")
        && cx.adjacent(i + 2)
    {
        let n: i32 = cx.raw(i + 1).parse().ok()?;
        return Some(date(i + 1, i + 3, DateValue::Decade { decade: n / 10 }));
    }
    counted_ago(cx, i)
}

/// "three years ago", "10 days ago": the publication date moved back by that count.
pub(super) fn counted_ago(cx: &Cx, i: usize) -> Option<Found> {
    // "ago" within the next few tokens, before the number is read (reading it records steps
    // in a derivation).
    if !(i + 2..i + 7).any(|j| cx.is_w(j, "ago")) {
        return None;
    }
    let q = number::quantity(cx, i, true)?;
    let unit = lexicon::unit(cx.lang, cx.w(q.num.end))?;
    if q.modifier.is_some() || !cx.is_w(q.num.end + 1, "ago") {
        return None;
    }
    let n = q.num.int()?;
    to_the_day(cx, (i, q.num.end + 2), (unit, n))
        .or_else(|| relative(cx, i, q.num.end + 2, unit, -n))
}

/// "in May", "since May", "early May": the month, capitalized after a word that introduces
/// one ("he may go" is the verb).
pub(super) fn english_may(cx: &Cx, i: usize) -> bool {
    cx.capitalized(i)
        && !cx.sentence_start(i)
        && i > 0
        && (matches!(
            cx.w(i - 1),
            "in" | "since"
                | "until"
                | "till"
                | "by"
                | "during"
                | "through"
                | "early"
                | "late"
                | "last"
                | "next"
                | "this"
                | "of"
                | "from"
                | "before"
                | "after"
        ) || (cx.is_punct(i - 1, '-') && cx.is_w(i - 2, "mid")))
}
