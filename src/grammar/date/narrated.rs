//! The year a date leaves out in a narrated passage: "27 septembre 2020. Début de la guerre ;
//! elle s'achève le 10 novembre" is 10 November 2020, whatever the publication year. A date
//! without its year whose year `resolve` placed from the publication date takes instead the
//! year of the last date of its passage (or the next year, so that the story runs forward:
//! "le 20 décembre 2019 … le 5 janvier" is January 2020) when that passage gave its year in
//! writing and tells an earlier year than the publication's.
//!
//! The passage's date frames what follows only when it opens its sentence ("Le 27 septembre
//! 2020, …", a timeline's "27 septembre 2020.") or, in the same sentence, says when ("déclenchée
//! le 27 septembre 2020, la guerre s'achève le 10 novembre"). A date in passing, the complement
//! of a noun ("la guerre du 27 septembre 2020") or the start of what lasts ("depuis le 27
//! septembre 2020"), frames nothing: "le 3 mars" of the year's news stays the publication's.
//! Nor does a sentence that points ahead ("se rendra le 3 mars"), nor a date that would fall
//! after publication. The passage is the paragraph, and its dates no more than `REACH` bytes
//! apart; every date between the written one and this one must be of its year or the next
//! ("hier" between breaks the story).

use crate::grammar::trace::{By, Dir, What};
use crate::grammar::{Cx, Found};
use crate::value::{DateValue, Mention, Value};

/// How far (bytes) a date of the passage may end before the next.
const REACH: usize = 600;

/// How many dates back the passage's written year is looked for.
const DATES_BACK: usize = 6;

/// Places again the year of `f`, a date the publication date placed, when the passage before
/// it narrates an earlier year.
pub(super) fn place(cx: &Cx, f: &mut Found, out: &[Mention]) {
    let Some((at, dir)) = cx.resolved.take() else {
        return;
    };
    if at < f.start || at >= f.end || dir == Some(Dir::Future) {
        return;
    }
    let Some(p) = cx.published else {
        return;
    };
    let (start, end) = (cx.toks[f.start].start, cx.toks[f.end - 1].end);
    let (month, day) = match f.value {
        Value::Date(DateValue::Day {
            year: Some(y),
            month,
            day,
        }) if !written(&cx.text[start..end], y) => (month, Some(day)),
        Value::Date(DateValue::Month {
            year: Some(y),
            month,
        }) if !written(&cx.text[start..end], y) => (month, None),
        _ => return,
    };
    let Some((anchor, (ly, lm, ld))) = passage_date(cx, start, out) else {
        return;
    };
    let forward = match day {
        Some(d) => (month, d) >= (lm, ld),
        None => month >= lm,
    };
    let year = if forward { ly } else { ly + 1 };
    let after_publication =
        (year, month, day.unwrap_or(1)) > (p.year, p.month.unwrap_or(12), p.day.unwrap_or(31));
    if anchor.1 >= p.year || after_publication {
        return;
    }
    f.value = Value::Date(match day {
        Some(day) => DateValue::Day {
            year: Some(year),
            month,
            day,
        },
        None => DateValue::Month {
            year: Some(year),
            month,
        },
    });
    cx.note(f.start, f.end, || What::YearResolved {
        year: Some(year),
        published: cx.published,
        by: Some(By::Narrated {
            anchor: cx.text[anchor.0.clone()].to_string(),
        }),
    });
}

/// Whether the date's words write the year `y`.
fn written(words: &str, y: i32) -> bool {
    let y = y.to_string();
    words
        .split(|c: char| !c.is_ascii_digit())
        .any(|run| run == y)
}

/// The passage's written date before byte `start` (its bytes and year) and its last date (year,
/// month, day): `None` when the paragraph gives no such date within reach, or a date between
/// is of another year or not a day or a month.
#[allow(clippy::type_complexity)]
fn passage_date(
    cx: &Cx,
    start: usize,
    out: &[Mention],
) -> Option<((std::ops::Range<usize>, i32), (i32, u8, u8))> {
    let mut last = None;
    let mut since = start;
    let mut years = (i32::MAX, i32::MIN);
    let dates = out
        .iter()
        .rev()
        .filter(|m| matches!(m.value, Value::Date(_)))
        .take(DATES_BACK);
    for m in dates {
        if m.end > since || since - m.end > REACH || cx.text[m.end..since].contains("\n\n") {
            return None;
        }
        let (y, month, day) = match m.value {
            Value::Date(DateValue::Day {
                year: Some(y),
                month,
                day,
            }) => (y, month, day),
            Value::Date(DateValue::Month {
                year: Some(y),
                month,
            }) => (y, month, 1),
            _ => return None,
        };
        let last = *last.get_or_insert((y, month, day));
        if written(&cx.text[m.start..m.end], y) {
            let chained = years.0 == i32::MAX || (years.0 >= y && years.1 <= y + 1);
            return (chained && frames(cx, m, start)).then_some(((m.start..m.end, y), last));
        }
        years = (years.0.min(y), years.1.max(y));
        since = m.start;
    }
    None
}

/// Whether the date `m` frames what is told after it up to byte `start`: it opens its
/// sentence, alone or after "le", "en", "dès le" ("Le 27 septembre 2020, …"), or it says when
/// in the same sentence, after "le" or "en" ("déclenchée le 27 septembre 2020"), with words told
/// between (not a list of dates, "le 3 février 2020, le 15 août"); not the start
/// of what lasts ("depuis le …") nor a noun's complement ("la guerre du …", "de septembre
/// 2020").
fn frames(cx: &Cx, m: &Mention, start: usize) -> bool {
    // In the same sentence, something is told between the two dates: not a list of dates
    // ("le 3 février 2020, le 15 août").
    let between = &cx.text[m.end..start];
    let same_sentence = !between.contains(['.', '!', '?']);
    let told = between
        .split(|c: char| !c.is_alphabetic())
        .any(|w| w.chars().count() >= 4);
    if same_sentence && !told {
        return false;
    }
    let k = cx.toks.partition_point(|t| t.start < m.start);
    if cx.sentence_start(k) {
        return true;
    }
    // The word that introduces the date ("l'" is two tokens).
    let i = if k > 1 && cx.is_punct(k - 1, '\'') {
        k - 2
    } else {
        k - 1
    };
    match cx.w(i) {
        "le" | "en" | "au" | "l" | "des" if cx.sentence_start(i) => true,
        // "Dès le 27 septembre 2020, …"
        "le" if i > 0 && cx.is_w(i - 1, "des") && cx.sentence_start(i - 1) => true,
        "le" | "en" => same_sentence && !(i > 0 && cx.is_w(i - 1, "depuis")),
        _ => false,
    }
}
