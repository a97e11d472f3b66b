//! Dates written with their own numbers and month names: "9 mai 2024", "le 17 avril", "6 mai
//! dernier", "mars 2024", "septembre", "mois de juin", "21/04/2016", "13.5.2015",
//! "2015-08-12", "22/04", "03/2015", a bare year ("en 2020", not "2000 soldats"), "l'année
//! 2001", English "April 17, 2024". A missing year is left to [`super::resolve`]; an
//! impossible day ("31 février") is read with a warning.

use crate::grammar::trace::{By, Dir, What};
use crate::grammar::{Cx, Found, Lang, lexicon};
use crate::value::{ByteSpan, DateValue, Mention, Value, Warning, WarningCode};

use super::numeric_month::{numeric_month_year, spaced_month_year};
use super::parts::{
    count_before, day_at, follows_year, month_at, relative_word, singular_after, skip_of_year,
    street_name, year_at,
};
use super::period::century_digits;
use super::quarter::quarter;
use super::range::day_range;
use super::resolve::{resolve_year, year_for, year_strict};
use super::weekday::weekday_mismatch_message;
use super::weekday_year::weekday_year;
use super::{civil, date, iso_weekday};

/// A date that starts with digits: "9 mai 2024", "17 avril", "2020", "21/04/2016", "du 12 au
/// 14 mai" (first day), "1990s".
pub(super) fn numeric(
    cx: &Cx,
    i: usize,
    out: &mut Vec<Mention>,
    after_position: bool,
) -> Option<Found> {
    if cx.glued_to_previous(i) {
        return None;
    }
    if let Some(f) = slashed(cx, i, true).or_else(|| first_slashed(cx, i)) {
        return Some(f);
    }
    if let Some(f) = quarter(cx, i) {
        return Some(f);
    }
    if let Some(f) = spaced_month_year(cx, i) {
        return Some(f);
    }
    if let Some((d, k)) = day_at(cx, i) {
        if let Some(f) = day_month(cx, i, None, d, k) {
            return Some(f);
        }
        // "du 12 au 14 mai", "les 8 et 15 mars", "12-14 mai"
        if let Some(f) = day_range(cx, i, d, k, out) {
            return Some(f);
        }
    }
    // Centuries in digits: "20e siècle", "XXIe" is handled with words.
    if let Some(f) = century_digits(cx, i) {
        return Some(f);
    }
    // A bare year.
    let t = cx.tok(i)?;
    if t.len() == 2
        && let Some(f) = two_digit_year(cx, i, after_position)
    {
        return Some(f);
    }
    if t.len() == 4
        && !(cx.adjacent(i + 1) && cx.tok(i + 1).is_some_and(|n| n.is_word() || n.is_digits()))
    {
        let y: i32 = cx.raw(i).parse().ok()?;
        if !(1000..=2199).contains(&y) {
            return None;
        }
        // Before 1500, only "en 1066", "l'an 1000": most such numbers in news are counts.
        let era_word = i > 0 && matches!(cx.w(i - 1), "en" | "an" | "annee" | "in" | "year");
        if y < 1500 && !era_word {
            return None;
        }
        // "€1000", "$2000": money.
        if i > 0 && cx.adjacent(i) && ["€", "$", "£"].contains(&cx.raw(i - 1)) {
            return None;
        }
        if cx.lang == Lang::En && cx.is_w(i + 1, "s") && cx.adjacent(i + 1) && y % 10 == 0 {
            return Some(date(i, i + 2, DateValue::Decade { decade: y / 10 }));
        }
        // A year next to a count is a count: "plus de 2000 morts", "les 1500 soldats"; but
        // after "en", "depuis", "dès" it is a year whatever follows ("en 2022 restera").
        let year_preposition = i > 0
            && match cx.lang {
                // "dès" but not "des", which folds to the same key.
                Lang::Fr => {
                    matches!(cx.w(i - 1), "en" | "depuis" | "des" if cx.raw(i - 1) != "des")
                }
                Lang::En => matches!(cx.w(i - 1), "in" | "since" | "until"),
            };
        if !after_position
            && !year_preposition
            && (count_before(cx, i) || !(follows_year(cx, i + 1) || singular_after(cx, i + 1)))
        {
            return None;
        }
        if cx.tok(i + 1).is_some_and(|n| n.is_digits() && n.len() == 3) && cx.space_gap(i + 1) {
            return None;
        }
        cx.note(i, i + 1, || What::Year(y));
        return Some(date(i, i + 1, DateValue::Year { year: y }));
    }
    None
}

/// "9 mai 2024" once the day is read: `k` is the token after the day.
pub(super) fn day_month(
    cx: &Cx,
    start: usize,
    weekday: Option<(u8, usize)>,
    d: u8,
    k: usize,
) -> Option<Found> {
    let mut k = k;
    if cx.lang == Lang::En && cx.is_w(k, "of") {
        k += 1;
    }
    // "le 14-Juillet", "le 8-Mai", "le 1er-Mai": the holiday's name.
    if cx.lang == Lang::Fr
        && cx.is_punct(k, '-')
        && cx.adjacent(k)
        && cx.adjacent(k + 1)
        && cx.tok(k + 1).is_some_and(|t| t.is_word())
    {
        k += 1;
    }
    // "le 20 du mois de novembre", "du 3 au 5 du mois d'avril"
    if cx.lang == Lang::Fr && cx.is_w(k, "du") && cx.is_w(k + 1, "mois") {
        if cx.is_w(k + 2, "de") {
            k += 3;
        } else if cx.is_w(k + 2, "d") && cx.is_punct(k + 3, '\'') {
            k += 4;
        }
    }
    // "la rue du 4-Septembre", "la place du 8 Mai 1945": a street named after a date.
    if street_name(cx, start) {
        return None;
    }
    let ctx = true;
    let (m, mut end, warn) = month_at(cx, k, ctx)?;
    let mut year = None;
    let mut y_at = end;
    if cx.is_punct(y_at, ',') {
        y_at += 1;
    }
    if let Some((y, e)) = year_at(cx, y_at, true) {
        year = Some(y);
        end = e;
    } else if warn.is_some() && weekday.is_none() {
        // "8 mail" without a year: not enough to read a misspelled month.
        return None;
    }
    let mut forced = None;
    if year.is_none()
        && let Some(dir) = relative_word(cx, end)
    {
        // "le 6 mai dernier", "13 avril prochains"
        forced = Some(dir);
        end += 1;
    }
    Some(full_date(
        cx,
        start,
        end,
        weekday,
        d,
        m,
        year,
        warn.into_iter().collect(),
        forced,
    ))
}

/// A full date from its parts, the year resolved from the publication date when missing.
#[allow(clippy::too_many_arguments)]
pub(super) fn full_date(
    cx: &Cx,
    start: usize,
    end: usize,
    weekday: Option<(u8, usize)>,
    day: u8,
    month: u8,
    year: Option<i32>,
    mut warnings: Vec<Warning>,
    forced: Option<Dir>,
) -> Found {
    if let Some((wd, wi)) = weekday {
        cx.note(wi, wi + 1, || What::Weekday(wd));
    }
    let year = year.or_else(|| {
        let note = |y: Option<i32>, by: By| {
            cx.note(start, end, || What::YearResolved {
                year: y,
                published: cx.published,
                by: y.map(|_| by),
            });
            y
        };
        let Some(p) = cx.published else {
            return note(None, By::RangeEnd);
        };
        // A weekday picks the year that agrees with it (see [`weekday_year`]).
        if let Some((wd, _)) = weekday
            && let Some(y) = weekday_year(cx, p, wd, month, day, (start, end), forced)
        {
            return note(Some(y), By::Weekday { weekday: wd });
        }
        match forced {
            Some(dir) => note(
                year_for(Some(p), month, Some(day), dir),
                By::Word {
                    dir,
                    word: cx.raw(end - 1).to_string(),
                },
            ),
            None => resolve_year(cx, month, Some(day), start, end),
        }
    });
    let value = DateValue::Day { year, month, day };
    let span = || ByteSpan {
        start: cx.toks[start].start,
        end: cx.toks[end - 1].end,
    };
    let max = match month {
        2 => {
            if year.is_some_and(|y| civil(y, 2, 29).is_none()) {
                28
            } else {
                29
            }
        }
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if day > max {
        warnings.push(Warning {
            code: WarningCode::ImpossibleDate,
            message: format!("day {day} does not exist in month {month}"),
            spans: vec![span()],
        });
    } else if let (Some((wd, wi)), Some(y)) = (weekday, year)
        && let Some(d) = civil(y, month, day)
        && iso_weekday(d) != wd
    {
        let wt = cx.toks[wi];
        let first_date_tok = (wi + 1..end)
            .find(|&k| !cx.is_punct(k, ',') && !cx.is_w(k, "le"))
            .unwrap_or(wi + 1);
        warnings.push(Warning {
            code: WarningCode::WeekdayMismatch,
            message: weekday_mismatch_message(cx, d, wd),
            spans: vec![
                ByteSpan {
                    start: wt.start,
                    end: wt.end,
                },
                ByteSpan {
                    start: cx.toks[first_date_tok].start,
                    end: cx.toks[end - 1].end,
                },
            ],
        });
    }
    Found {
        start,
        end,
        value: Value::Date(value),
        modifier: None,
        warnings,
    }
}

fn valid(start: usize, end: usize, y: Option<i32>, m: i32, d: i32) -> Option<Found> {
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    if let Some(y) = y {
        civil(y, m as u8, d as u8)?;
    }
    Some(date(
        start,
        end,
        DateValue::Day {
            year: y,
            month: m as u8,
            day: d as u8,
        },
    ))
}

/// "21/04/2016", "21-04-2016", "13.5.2015", "2015-08-12", "22/04". Without a year written,
/// `resolve` places the date from the publication date, or else leaves the year unknown.
pub(super) fn slashed(cx: &Cx, i: usize, resolve: bool) -> Option<Found> {
    let a = cx.tok(i)?;
    let sep = cx.tok(i + 1)?;
    if !(sep.is_punct('/') || sep.is_punct('-') || sep.is_punct('.'))
        || !cx.adjacent(i + 1)
        || !cx.adjacent(i + 2)
    {
        return None;
    }
    let sc = cx.raw(i + 1).chars().next()?;
    let num = |k: usize| cx.raw(k).parse::<i32>().ok();
    // "03/2015", "11/2016": a month and its year.
    if sc == '/'
        && a.is_digits()
        && a.len() <= 2
        && cx.tok(i + 2).is_some_and(|b| b.is_digits() && b.len() == 4)
        && !(cx.adjacent(i + 3)
            && cx
                .tok(i + 3)
                .is_some_and(|n| n.is_word() || n.is_digits() || n.is_punct('/')))
    {
        let (m, y) = (num(i)?, num(i + 2)?);
        if !(1..=12).contains(&m) || !(1000..=2199).contains(&y) {
            return None;
        }
        return Some(date(
            i,
            i + 3,
            DateValue::Month {
                year: Some(y),
                month: m as u8,
            },
        ));
    }
    if let Some(f) = numeric_month_year(cx, i, sc) {
        return Some(f);
    }
    let b = cx.tok(i + 2).filter(|b| b.is_digits() && b.len() <= 2)?;
    let has_third = cx.is_punct(i + 3, sc)
        && cx.adjacent(i + 3)
        && cx.adjacent(i + 4)
        && cx.tok(i + 4).is_some_and(|c| c.is_digits());
    // "03.84.52.17.60" is a telephone number.
    if has_third
        && cx.is_punct(i + 5, sc)
        && cx.adjacent(i + 5)
        && cx.is_digits_at(i + 6)
        && cx.adjacent(i + 6)
    {
        return None;
    }
    if a.len() == 4 {
        // ISO order.
        if !has_third || cx.tok(i + 4)?.len() > 2 {
            return None;
        }
        let (y, m, d) = (num(i)?, num(i + 2)?, num(i + 4)?);
        return valid(i, i + 5, Some(y), m, d);
    }
    if a.len() > 2 {
        return None;
    }
    let (x, z) = (num(i)?, num(i + 2)?);
    let (mut d, mut m) = match cx.lang {
        Lang::Fr => (x, z),
        Lang::En => (z, x),
    };
    if m > 12 && d <= 12 {
        std::mem::swap(&mut d, &mut m);
    }
    if has_third {
        let c = cx.tok(i + 4)?;
        let y = num(i + 4)?;
        let y = match c.len() {
            4 => y,
            2 => {
                if y < 50 {
                    2000 + y
                } else {
                    1900 + y
                }
            }
            _ => return None,
        };
        if cx.adjacent(i + 5)
            && cx
                .tok(i + 5)
                .is_some_and(|n| !n.kind.eq(&crate::grammar::lexer::TokKind::Punct))
        {
            return None;
        }
        return valid(i, i + 5, Some(y), m, d);
    }
    // "12/08, 2015", "12/08,2015": its year after a comma.
    if sc == '/'
        && cx.is_punct(i + 3, ',')
        && cx.adjacent(i + 3)
        && cx.tok(i + 4).is_some_and(|c| c.is_digits() && c.len() == 4)
        && let Some((y, e)) = year_at(cx, i + 4, false)
        && follows_year(cx, e)
    {
        return valid(i, e, Some(y), m, d);
    }
    // No year: only "22/04" with a slash and a two-digit part, not "3/4" (a fraction) nor
    // "2015-05" nor a score "3-1"; "le 2/3", "du 2/3", "lundi 2/3" are a day and month, not
    // "le 2/3 des voix".
    let day_word_before = i > 0
        && (matches!(cx.w(i - 1), "le" | "du" | "au")
            || lexicon::weekday(cx.lang, cx.w(i - 1)).is_some())
        && !matches!(cx.w(i + 3), "des" | "de" | "d" | "du");
    if sc != '/'
        || (a.len() < 2 && b.len() < 2 && !day_word_before)
        || (cx.adjacent(i + 3)
            && !cx
                .tok(i + 3)
                .is_some_and(|n| n.is_punct(',') || n.is_punct('.') || n.is_punct(')')))
    {
        return None;
    }
    let f = valid(i, i + 3, None, m, d)?;
    if !resolve {
        return Some(f);
    }
    let y = resolve_year(cx, m as u8, Some(d as u8), i, i + 3);
    Some(Found {
        value: Value::Date(DateValue::Day {
            year: y,
            month: m as u8,
            day: d as u8,
        }),
        ..f
    })
}

/// "1er/06/2025", "1er/06/25", "1er/06": the first of a month written with its ordinal, then
/// the month and the year in digits after slashes. Without a year, the month must end the
/// digits ("1er/06 au soir"), and the year is placed as "le 1er juin" would be.
fn first_slashed(cx: &Cx, i: usize) -> Option<Found> {
    let glued = |k: usize| cx.adjacent(k);
    if cx.raw(i) != "1"
        || !glued(i + 1)
        || !cx.is_w(i + 1, "er")
        || !cx.is_punct(i + 2, '/')
        || !glued(i + 2)
        || !glued(i + 3)
    {
        return None;
    }
    let m: i32 = cx
        .tok(i + 3)
        .filter(|t| t.is_digits() && t.len() <= 2)
        .and_then(|_| cx.raw(i + 3).parse().ok())?;
    let word_or_digits = |k: usize| {
        glued(k)
            && cx
                .tok(k)
                .is_some_and(|n| n.is_word() || n.is_digits() || n.is_punct('/'))
    };
    if cx.is_punct(i + 4, '/') && glued(i + 4) && glued(i + 5) {
        let y: i32 = cx.raw(i + 5).parse().ok()?;
        let y = match cx.tok(i + 5)?.len() {
            4 => y,
            2 if y < 50 => 2000 + y,
            2 => 1900 + y,
            _ => return None,
        };
        if word_or_digits(i + 6) {
            return None;
        }
        return valid(i, i + 6, Some(y), m, 1);
    }
    if word_or_digits(i + 4) {
        return None;
    }
    let f = valid(i, i + 4, None, m, 1)?;
    let year = resolve_year(cx, m as u8, Some(1), i, i + 4);
    Some(Found {
        value: Value::Date(DateValue::Day {
            year,
            month: m as u8,
            day: 1,
        }),
        ..f
    })
}

/// "mars 2024", "septembre", "septembre dernier", "mois de juin", and "June 17" in English.
pub(super) fn month_forms(cx: &Cx, i: usize, weekday: Option<(u8, usize)>) -> Option<Found> {
    let mut start = i;
    let mut k = i;
    if cx.lang == Lang::Fr
        && cx.is_w(k, "mois")
        && (cx.is_w(k + 1, "de") || (cx.is_w(k + 1, "d") && cx.is_punct(k + 2, '\'')))
    {
        k += if cx.is_w(k + 1, "de") { 2 } else { 3 };
    }
    // An abbreviation needs a number next to it, or its dot after a word that introduces a
    // month: "en déc.", "au mois de sept.", "cet oct.".
    let ctx = cx.tok(k + 1).is_some_and(|n| n.is_digits())
        || (cx.is_punct(k + 1, '.') && cx.tok(k + 2).is_some_and(|n| n.is_digits()))
        || (cx.is_punct(k + 1, '.')
            && cx.adjacent(k + 1)
            && k > 0
            && lexicon::month(cx.lang, cx.w(k)).is_some_and(|(_, abbr)| abbr)
            && (matches!(
                cx.w(k - 1),
                "en" | "ce" | "cet" | "cette" | "de" | "mois" | "fin" | "debut" | "mi"
            ) || cx.is_punct(k - 1, '\'')));
    let (m, mut end, warn) = month_at(cx, k, ctx)?;
    if warn.is_some() {
        // A misspelled month needs a year right after it to be read at all, or in English a
        // day and a year ("Mya 8, 2024").
        let english_day_year = cx.lang == Lang::En
            && day_at(cx, end).is_some_and(|(_, e)| {
                year_at(cx, e, false).is_some()
                    || (cx.is_punct(e, ',') && year_at(cx, e + 1, false).is_some())
            });
        if !english_day_year {
            year_at(cx, end, false)?;
        }
    }
    if cx.lang == Lang::En
        && let Some((d, e)) = day_at(cx, end)
    {
        // "April 17", "April 17, 2024"
        let mut year = None;
        let mut e2 = e;
        if cx.is_punct(e, ',')
            && let Some((y, e3)) = year_at(cx, e + 1, false)
        {
            year = Some(y);
            e2 = e3;
        } else if let Some((y, e3)) = year_at(cx, e, false) {
            year = Some(y);
            e2 = e3;
        }
        return Some(full_date(
            cx,
            start,
            e2,
            weekday,
            d,
            m,
            year,
            warn.into_iter().collect(),
            None,
        ));
    }
    // "novembre 2016", "novembre de 2016", "nov., 2016"
    let mut year = None;
    let mut y_at = end;
    if cx.is_punct(y_at, ',') {
        y_at += 1;
    }
    y_at = skip_of_year(cx, y_at);
    if let Some((y, e)) = year_at(cx, y_at, true) {
        year = Some(y);
        end = e;
    } else if let Some(dir) = relative_word(cx, end) {
        // "septembre dernier", "juin prochain"
        let y = year_strict(cx.published, m, dir);
        cx.note(start, end + 1, || What::YearResolved {
            year: y,
            published: cx.published,
            by: y.map(|_| By::Word {
                dir,
                word: cx.raw(end).to_string(),
            }),
        });
        end += 1;
        return Some(Found {
            warnings: warn.into_iter().collect(),
            ..date(start, end, DateValue::Month { year: y, month: m })
        });
    }
    let year = match year {
        Some(y) => Some(y),
        None => {
            if cx.lang == Lang::Fr && cx.is_w(i, "mois") {
                // "le mois de juin" in generic statements: TimeBank leaves it unanchored.
                start = i;
            }
            resolve_year(cx, m, None, start, end)
        }
    };
    Some(Found {
        warnings: warn.into_iter().collect(),
        ..date(start, end, DateValue::Month { year, month: m })
    })
}

/// "l'année 2001", "l'an 2000": a year after the word for it.
pub(super) fn year_word(cx: &Cx, i: usize) -> Option<Found> {
    if matches!(cx.w(i), "annee" | "an")
        && let Some((y, e)) = year_at(cx, i + 1, false)
    {
        return Some(date(i, e, DateValue::Year { year: y }));
    }
    None
}

/// "en 97", "depuis 98", "fin 99", "début 05": two digits as a year, after a position word
/// (any two digits) or after "en", "depuis", "dès" (1940 to 1999 only: "découpé en 12" is a
/// count, and news writes the years of this century in full). Never before a unit or a noun
/// ("en 97 secondes", "en 45 minutes"), nor glued to a word or a digit group ("en 97,5").
fn two_digit_year(cx: &Cx, i: usize, after_position: bool) -> Option<Found> {
    if cx.lang != Lang::Fr
        || (cx.adjacent(i + 1) && !cx.is_punct(i + 1, '.') && !cx.is_punct(i + 1, ','))
        || ((cx.is_punct(i + 1, ',') || cx.is_punct(i + 1, '.'))
            && cx.adjacent(i + 1)
            && cx.is_digits_at(i + 2)
            && cx.adjacent(i + 2))
        || cx.is_digits_at(i + 1)
        || !follows_year(cx, i + 1)
    {
        return None;
    }
    let n: i32 = cx.raw(i).parse().ok()?;
    let year_preposition = i > 0
        && match cx.w(i - 1) {
            "en" | "depuis" => true,
            "des" => cx.raw(i - 1) != "des",
            _ => false,
        };
    let y = if after_position {
        if n < 50 { 2000 + n } else { 1900 + n }
    } else if year_preposition && (40..=99).contains(&n) {
        1900 + n
    } else {
        return None;
    };
    cx.note(i, i + 1, || What::Year(y));
    Some(date(i, i + 1, DateValue::Year { year: y }))
}
