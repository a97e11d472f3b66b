//! Ranges and lists whose first part leans on the last. A period is one mention with a
//! [`DateValue::Range`]: "du 12 au 14 mai" (the 12th takes May and its year), "12-14 mai",
//! "entre le 5 et le 19 de ce mois", "du 5 au 19 de ce mois", "de janvier à mars 2016",
//! "entre janvier et mars", "de novembre à février 2017" (November of the year before). A
//! list gives each of its dates: "les 8 et 15 mars", "les 7, 8 et 9 juin", "janvier et mars".

use crate::grammar::trace::{By, What};
use crate::grammar::{Cx, Found, Lang, lexicon};
use crate::value::{DateValue, Mention, RangeEnd, Value};

use super::absolute::{day_month, full_date, month_forms};
use super::day_alone::month_of_day;
use super::parts::{day_at, month_at};
use super::relative::{relative_month, relative_month_at};
use super::weekday::weekday;
use super::{civil, date};

/// "de janvier à mars 2016", "entre janvier et mars", "janvier-mars 2016": a month without
/// its year before another one takes the year of the second (the year before when it comes
/// later in the calendar: "de novembre à février 2017"). A period ("de janvier à mars",
/// "entre janvier et mars") is one [`DateValue::Range`]; of a list ("janvier et mars 2016")
/// pushes the first month and returns the second.
pub(super) fn month_range(cx: &Cx, i: usize, out: &mut Vec<Mention>) -> Option<Found> {
    let (m1, e1, warn) = month_at(cx, i, false)?;
    if warn.is_some() {
        return None;
    }
    let joined = (cx.is_w(e1, "a") && cx.raw(e1) == "à")
        || matches!(cx.w(e1), "au" | "et")
        || (cx.is_punct(e1, '-') && cx.adjacent(e1) && cx.adjacent(e1 + 1));
    let j = if joined {
        e1 + 1
    } else if until(cx, e1) {
        e1 + 3
    } else {
        return None;
    };
    let second = month_forms(cx, j, None)?;
    let Value::Date(DateValue::Month {
        year: Some(y2),
        month: m2,
    }) = second.value
    else {
        return None;
    };
    if second.modifier.is_some() {
        return None;
    }
    let year = if m1 <= m2 { y2 } else { y2 - 1 };
    cx.note(i, e1, || What::YearResolved {
        year: Some(year),
        published: cx.published,
        by: Some(By::RangeEndYear),
    });
    // "de janvier à mars 2016": one period; "janvier et mars 2016", two months.
    if is_span_joiner(cx, i, e1) {
        let from = RangeEnd {
            year: Some(year),
            month: m1,
            day: None,
        };
        let to = RangeEnd {
            year: Some(y2),
            month: m2,
            day: None,
        };
        return Some(Found {
            start: i,
            value: Value::Date(DateValue::Range { from, to }),
            ..second
        });
    }
    cx.push(
        out,
        date(
            i,
            e1,
            DateValue::Month {
                year: Some(year),
                month: m1,
            },
        ),
    );
    Some(second)
}

/// "jusqu'au", "jusqu'à" at token `k`.
fn until(cx: &Cx, k: usize) -> bool {
    cx.lang == Lang::Fr
        && cx.is_w(k, "jusqu")
        && cx.is_punct(k + 1, '\'')
        && matches!(cx.w(k + 2), "au" | "a")
}

/// Token `k` joins the two ends of a period that starts at token `i`: "au", "à", "-",
/// "jusqu'au", and "et" after "entre" ("entre le 5 et le 9").
fn is_span_joiner(cx: &Cx, i: usize, k: usize) -> bool {
    match cx.w(k) {
        "au" | "a" | "to" => true,
        "jusqu" => until(cx, k),
        "et" | "and" => {
            let before = |n: usize| i >= n && matches!(cx.w(i - n), "entre" | "between");
            before(1) || (before(2) && matches!(cx.w(i - 1), "le" | "the"))
        }
        _ => cx.is_punct(k, '-'),
    }
}

/// A period of days whose month comes after the second day ("du 12 au 14 mai", one
/// [`DateValue::Range`]), or the days of a list ("les 8 et 15 mars": the first ones are
/// pushed, the last returned).
pub(super) fn day_range(
    cx: &Cx,
    i: usize,
    d: u8,
    k: usize,
    out: &mut Vec<Mention>,
) -> Option<Found> {
    // "les 7, 8 et 9 novembre": the days between the first and the last, one token each,
    // after a comma and a space (not "7,8", a decimal). At most eight, so that a long list of
    // numbers is not walked again from each of them.
    let mut middle = k;
    if cx.lang == Lang::Fr {
        let mut n = 0;
        while n < 8
            && cx.is_punct(middle, ',')
            && !cx.adjacent(middle + 1)
            && day_at(cx, middle + 1).is_some_and(|(_, e)| e == middle + 2)
        {
            middle += 2;
            n += 1;
        }
        if middle > k && !cx.is_w(middle, "et") {
            return None;
        }
    }
    let (k, listed) = (middle, k);
    let joiner = cx.w(k);
    let j = if matches!(joiner, "au" | "et" | "a" | "to" | "and")
        || (cx.is_punct(k, '-') && cx.adjacent(k) && cx.adjacent(k + 1))
    {
        k + 1
    } else if until(cx, k) {
        // "du 3 jusqu'au 12 septembre"
        k + 3
    } else {
        return None;
    };
    let j = if cx.is_w(j, "le") { j + 1 } else { j };
    // "du jeudi 3 au dimanche 6 juillet": a weekday before the second day.
    let second_weekday = lexicon::weekday(cx.lang, cx.w(j)).filter(|_| cx.is_digits_at(j + 1));
    let j = if second_weekday.is_some() { j + 1 } else { j };
    let (d2, k2) = day_at(cx, j)?;
    // "du 5 au 19 janvier", and "du 5 au 19 de ce mois", "du 5 au 21 le mois prochain".
    let second = day_month(cx, j, None, d2, k2).or_else(|| {
        let ((y, m), end) = relative_month(cx, k2).or_else(|| {
            let k = if cx.is_w(k2, "le") { k2 + 1 } else { k2 };
            match (cx.w(k), cx.w(k + 1)) {
                ("ce", "mois") => relative_month_at(cx, 0, k + 2),
                // "du 4 au 23 mois prochain"; but "de 6 à 12 mois suivant l'accord" is a
                // duration, and "suivant" without the article a preposition.
                ("mois", "prochain") => relative_month_at(cx, 1, k + 2),
                ("mois", "dernier") => relative_month_at(cx, -1, k + 2),
                ("mois", "suivant") if k > k2 => relative_month_at(cx, 1, k + 2),
                ("mois", "precedent") if k > k2 => relative_month_at(cx, -1, k + 2),
                _ => None,
            }
        })?;
        Some(full_date(
            cx,
            j,
            end,
            None,
            d2,
            m,
            Some(y),
            Vec::new(),
            None,
        ))
    });
    // "du samedi 8 au lundi 10": no month, the second weekday and day name it (the nearest
    // 10th that is a Monday, in the sentence's direction).
    let second = match (second, second_weekday) {
        (Some(f), _) => f,
        (None, Some(wd)) if lexicon::weekday(cx.lang, cx.w(i)).is_some() => {
            weekday(cx, j - 1, wd, out).filter(|f| f.end == k2)?
        }
        _ => return month_less_period(cx, i, (d, k), (j, d2, k2), out),
    };
    let (year, month) = match second.value {
        Value::Date(DateValue::Day { year, month, .. }) => (year, month),
        _ => return month_less_period(cx, i, (d, k), (j, d2, k2), out),
    };
    // "du 5 au 19 janvier", "entre le 5 et le 19 janvier", "5-19 janvier": one period, whose
    // first day does not stand alone. A list ("les 8 et 15 mars") is its days.
    if listed == k && is_span_joiner(cx, i, k) {
        cx.note(i, listed, || What::YearResolved {
            year,
            published: cx.published,
            by: Some(By::RangeEnd),
        });
        // "du 28 au 3 mars": the first day is in the month before.
        let (from_year, from_month) = if d > d2 {
            match month {
                1 => (year.map(|y| y - 1), 12),
                m => (year, m - 1),
            }
        } else {
            (year, month)
        };
        let from = RangeEnd {
            year: from_year,
            month: from_month,
            day: Some(d),
        };
        let to = RangeEnd {
            year,
            month,
            day: Some(d2),
        };
        return Some(Found {
            start: i,
            value: Value::Date(DateValue::Range { from, to }),
            ..second
        });
    }
    // The first day, then each listed one, in the month and year of the last.
    let mut at = i;
    let mut day = d;
    let mut day_end = listed;
    loop {
        cx.note(at, day_end, || What::YearResolved {
            year,
            published: cx.published,
            by: Some(By::RangeEnd),
        });
        let found = full_date(cx, at, day_end, None, day, month, year, Vec::new(), None);
        cx.push(
            out,
            Found {
                value: Value::Date(DateValue::Day { year, month, day }),
                ..found
            },
        );
        if day_end >= k {
            break;
        }
        at = day_end + 1;
        // Read as a day of one token above.
        let Some(next) = day_at(cx, at) else { break };
        (day, day_end) = next;
    }
    Some(second)
}

/// "du 20 au 22.", "entre le 13 et le 15,": a period of days without a month, in the month a
/// day alone would take (the one the text has just given, or the publication's as the tense
/// says). Only "du … au …" and "entre le … et le …", the first day before the second, and
/// the second closing its clause: "du 20 au 22 rue Lepic", "du 3 au 5 %" are no dates, nor
/// "passé du 3 au 5".
fn month_less_period(
    cx: &Cx,
    i: usize,
    (d, k): (u8, usize),
    (j, d2, k2): (usize, u8, usize),
    out: &[Mention],
) -> Option<Found> {
    if cx.lang != Lang::Fr || i == 0 || k != i + 1 || k2 != j + 1 || d >= d2 {
        return None;
    }
    if !cx.is_digits_at(i) || !cx.is_digits_at(j) {
        return None;
    }
    let from_to =
        cx.is_w(i - 1, "du") && cx.is_w(k, "au") && !(i >= 2 && cx.w(i - 2).starts_with("pass"));
    let between = cx.is_w(k, "et") && cx.is_w(j - 1, "le") && is_span_joiner(cx, i, k);
    if !(from_to || between) {
        return None;
    }
    let closes = cx.tok(k2).is_none_or(|t| {
        [',', '.', ';', ')', '!', '?', ':']
            .iter()
            .any(|&c| t.is_punct(c))
    }) && !(cx.adjacent(k2) && cx.adjacent(k2 + 1) && cx.is_digits_at(k2 + 1));
    if !closes {
        return None;
    }
    let (year, month, _) = month_of_day(cx, j, k2, d2, out)?;
    civil(year, month, d2)?;
    cx.note(i, k2, || What::YearResolved {
        year: Some(year),
        published: cx.published,
        by: Some(By::RangeEnd),
    });
    let end = |day| RangeEnd {
        year: Some(year),
        month,
        day: Some(day),
    };
    Some(date(
        i,
        k2,
        DateValue::Range {
            from: end(d),
            to: end(d2),
        },
    ))
}
