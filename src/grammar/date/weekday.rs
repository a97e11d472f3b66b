//! Weekdays: alone ("mercredi", the latest one, or the next in a future sentence), with
//! "dernier"/"prochain", before a date ("jeudi 9 mai", "vendredi 06/07/2018", "samedi 15"),
//! abbreviated ("mer. 22 janvier"), in a named week ("vendredi de la semaine prochaine"), "ce
//! dimanche", the nth of a month ("le premier vendredi de juillet", "le dernier dimanche
//! d'octobre"), and the warning for a weekday that contradicts its date ("mardi 9 mai 2024").

use jiff::civil::Date;

use crate::grammar::tense::tense;
use crate::grammar::trace::{Dir, Rel, What};
use crate::grammar::{Cx, Found, Lang, lexicon};
use crate::value::{DateValue, Mention, Value, WarningCode};

use super::Verdict;
use super::absolute::{day_month, full_date, month_forms, slashed};
use super::month_day::{day_in_words, month_day};
use super::parts::{day_at, follows_year, month_at, relative_word, year_at};
use super::relative::relative_month;
use super::resolve::resolve_year;
use super::weekday_month::weekday_and_day;
use super::{civil, date, day_value, iso_weekday, note_relative, pub_date};

/// A weekday, alone or before a date: "mercredi", "jeudi 9 mai", "mercredi dernier", "lundi
/// 12 janvier 2016".
pub(super) fn weekday(cx: &Cx, i: usize, wd: u8, out: &[Mention]) -> Option<Found> {
    cx.note(i, i + 1, || What::Weekday(wd));
    let mut k = i + 1;
    if cx.is_punct(k, ',') {
        k += 1;
    }
    let k = if cx.is_w(k, "le") || cx.is_w(k, "the") {
        k + 1
    } else {
        k
    };
    if let Some(f) = weekday_date(cx, i, wd, k, out) {
        return Some(f);
    }
    // English "Wednesday, April 17"
    if cx.lang == Lang::En
        && let Some(mut f) = month_forms(cx, k, Some((wd, i)))
        && matches!(f.value, Value::Date(DateValue::Day { .. }))
    {
        f.start = i;
        return Some(f);
    }
    // "vendredi de la semaine prochaine", "dimanche de la semaine dernière", "mardi de cette
    // semaine": that weekday of the week named.
    if let Some(p) = pub_date(cx.published) {
        let mut k = i + 1;
        if cx.is_w(k, "de") {
            k += 1;
        }
        let week = if cx.is_w(k, "la") && cx.is_w(k + 1, "semaine") {
            // "vendredi la semaine prochaine", and the masculine written for it.
            match cx.w(k + 2) {
                "prochaine" | "suivante" | "prochain" => Some((1, k + 3)),
                "derniere" | "passee" | "precedente" | "dernier" => Some((-1, k + 3)),
                _ => None,
            }
        } else if cx.is_w(k, "cette") && cx.is_w(k + 1, "semaine") {
            Some((0, k + 2))
        } else {
            None
        };
        if let Some((n, end)) = week {
            let shift = 7 * n + i64::from(wd) - i64::from(iso_weekday(p));
            let d = p.checked_add(jiff::Span::new().days(shift)).ok()?;
            note_relative(
                cx,
                i,
                end,
                day_value(d),
                Rel::WeekdayOfWeek {
                    weekday: wd,
                    weeks: n,
                },
            );
            return Some(date(i, end, day_value(d)));
        }
    }
    let mut end = i + 1;
    let mut explicit = relative_word(cx, end);
    // "tombe un dimanche", "un lundi matin": some day of that name, no date.
    if explicit.is_none() && i > 0 && cx.is_w(i - 1, "un") {
        return None;
    }
    if explicit.is_some() {
        end += 1;
    } else if cx.is_w(end, "qui") && cx.is_w(end + 1, "vient") {
        // "jeudi qui vient": the coming one.
        explicit = Some(Dir::Future);
        end += 2;
    }
    let value = match pub_date(cx.published) {
        Some(p) => {
            let dir = explicit.or_else(|| tense(cx, i, end)).unwrap_or(Dir::Past);
            let pw = iso_weekday(p);
            let back = (i32::from(pw) - i32::from(wd)).rem_euclid(7);
            let fwd = (i32::from(wd) - i32::from(pw)).rem_euclid(7);
            let offset = match (dir, explicit.is_some()) {
                // "mercredi dernier" is never the publication day itself.
                (Dir::Past, true) => -(if back == 0 { 7 } else { back }),
                (Dir::Future, true) => {
                    if fwd == 0 {
                        7
                    } else {
                        fwd
                    }
                }
                (Dir::Past, false) => -back,
                (Dir::Future, false) => fwd,
            };
            let value = day_value(
                p.checked_add(jiff::Span::new().days(i64::from(offset)))
                    .ok()?,
            );
            note_relative(
                cx,
                i,
                end,
                value,
                Rel::Weekday {
                    weekday: wd,
                    dir,
                    strict: explicit.is_some(),
                },
            );
            value
        }
        None => DateValue::Weekday { weekday: wd },
    };
    Some(date(i, end, value))
}

/// The date a weekday at token `i` introduces, starting at token `k`: "jeudi 9 mai",
/// "vendredi 06/07/2018", "dimanche 21/01", "samedi 15".
fn weekday_date(cx: &Cx, i: usize, wd: u8, k: usize, out: &[Mention]) -> Option<Found> {
    // "jeudi 9 mai", "vendredi le quinze mars"
    if let Some((d, e)) = day_at(cx, k).or_else(|| day_in_words(cx, k))
        && let Some(f) = day_month(cx, i, Some((wd, i)), d, e)
    {
        return Some(f);
    }
    // "dimanche janvier 21 2018", "jeudi oct. 3"
    if let Some(mut f) = month_day(cx, k, Some((wd, i))) {
        f.start = i;
        return Some(f);
    }
    // "vendredi 06/07/2018", "dimanche 21/01": the weekday agrees with the date or is flagged,
    // and picks the year when none is written.
    if !cx.glued_to_previous(k)
        && let Some(f) = slashed(cx, k, false)
        && let Value::Date(DateValue::Day { year, month, day }) = f.value
    {
        return Some(full_date(
            cx,
            i,
            f.end,
            Some((wd, i)),
            day,
            month,
            year,
            Vec::new(),
            None,
        ));
    }
    // "samedi 15", "jeudi le vingt et un": the nearest 15th that is a Saturday, in the
    // sentence's direction. Not "samedi 3-1", a score, nor "lundi 3/4": a day with no month
    // and no year has no number glued after it.
    if let Some((d, e)) = day_at(cx, k).or_else(|| day_in_words(cx, k))
        && !cx.is_digits_at(e)
        && !((cx.is_punct(e, '-') || cx.is_punct(e, '/'))
            && cx.adjacent(e)
            && cx.is_digits_at(e + 1)
            && cx.adjacent(e + 1))
        && follows_year(cx, e)
        && let Some(p) = pub_date(cx.published)
        && let Some(day) = weekday_and_day(cx, p, (wd, d), (i, e), out)
    {
        note_relative(
            cx,
            i,
            e,
            day_value(day),
            Rel::WeekdayAndDay {
                weekday: wd,
                day: d,
            },
        );
        return Some(date(i, e, day_value(day)));
    }
    None
}

/// "ce vendredi 15 juin": the date the weekday introduces; "ce dimanche": the one of the
/// publication week, forward by default, back in a past clause ("elle a signé ce lundi").
pub(super) fn this_weekday(cx: &Cx, i: usize) -> Verdict {
    if !matches!(cx.w(i), "cette" | "ce" | "cet") {
        return None;
    }
    let wd = lexicon::weekday(cx.lang, cx.w(i + 1))?;
    let starting_here = |mut f: Found| {
        f.start = i;
        f
    };
    Some(
        weekday_date(cx, i + 1, wd, i + 2, &[])
            .or_else(|| {
                // "elle a signé ce lundi": the past one of the publication week.
                let dir = tense(cx, i, i + 2).unwrap_or(Dir::Future);
                weekday_near(cx, i, i + 2, wd, dir)
            })
            .map(starting_here),
    )
}

/// "ce dimanche": the given weekday in the publication week, looking `dir` from it.
pub(super) fn weekday_near(cx: &Cx, start: usize, end: usize, wd: u8, dir: Dir) -> Option<Found> {
    let value = match pub_date(cx.published) {
        Some(p) => {
            let pw = iso_weekday(p);
            let off = match dir {
                Dir::Future => (i32::from(wd) - i32::from(pw)).rem_euclid(7),
                Dir::Past => -(i32::from(pw) - i32::from(wd)).rem_euclid(7),
            };
            let value = day_value(p.checked_add(jiff::Span::new().days(i64::from(off))).ok()?);
            cx.note(end - 1, end, || What::Weekday(wd));
            note_relative(
                cx,
                start,
                end,
                value,
                Rel::Weekday {
                    weekday: wd,
                    dir,
                    strict: false,
                },
            );
            value
        }
        None => DateValue::Weekday { weekday: wd },
    };
    Some(date(start, end, value))
}

/// "le premier vendredi de juillet", "le dernier dimanche d'octobre 2023", "le deuxième
/// mardi du mois de mars".
pub(super) fn nth_weekday(cx: &Cx, i: usize) -> Option<Found> {
    let n: i32 = match cx.w(i) {
        "premier" | "premiere" => 1,
        "deuxieme" | "second" | "seconde" => 2,
        "troisieme" => 3,
        "quatrieme" => 4,
        // "le cinquième dimanche de mars": only in a month that has five.
        "cinquieme" => 5,
        "dernier" | "derniere" => -1,
        _ => return None,
    };
    let wd = lexicon::weekday(cx.lang, cx.w(i + 1))?;
    let (y, m, end) = if let Some(((y, m), end)) = relative_month(cx, i + 2) {
        (y, m, end)
    } else {
        let mut k = i + 2;
        if cx.is_w(k, "de") || cx.is_w(k, "en") {
            k += 1;
        } else if cx.is_w(k, "d") && cx.is_punct(k + 1, '\'') {
            k += 2;
        } else if cx.is_w(k, "du") && cx.is_w(k + 1, "mois") && cx.is_w(k + 2, "de") {
            k += 3;
        } else {
            return None;
        }
        // "de déc.", "de sept": an abbreviation is a month after the weekday and "de".
        let (m, mut end, warn) = month_at(cx, k, true)?;
        if warn.is_some() {
            return None;
        }
        let year = match year_at(cx, end, true) {
            Some((y, e)) => {
                end = e;
                Some(y)
            }
            None => resolve_year(cx, m, Some(15), i, end),
        };
        (year?, m, end)
    };
    let first = civil(y, m, 1)?;
    let day = if n > 0 {
        let off = (i32::from(wd) - i32::from(iso_weekday(first))).rem_euclid(7);
        1 + off + 7 * (n - 1)
    } else {
        let last = first.last_of_month();
        i32::from(last.day()) - (i32::from(iso_weekday(last)) - i32::from(wd)).rem_euclid(7)
    };
    let d = civil(y, m, u8::try_from(day).ok()?)?;
    Some(date(i, end, day_value(d)))
}

/// "mer. 22 janvier", "sam, 15 juin 2024": an abbreviated weekday, only before a day and a
/// month spelled right, not after an article ("la mer", "le jeu"), and only when it agrees
/// with the date: otherwise the date is read without it. Alone, only the abbreviations that
/// are no French word nor a name, lower-case with their dot ("fermé lun.", "rendez-vous
/// ven."): the weekday, the dot outside the span; "mer.", "jeu.", "sam." alone are the sea,
/// a game, a first name.
pub(super) fn abbreviated(cx: &Cx, i: usize) -> Verdict {
    if cx.lang == Lang::Fr
        && let Some(wd) = lexicon::weekday_abbrev(cx.w(i))
        && !(i > 0
            && matches!(
                cx.w(i - 1),
                "la" | "le" | "les" | "l" | "un" | "une" | "du" | "de" | "d" | "au" | "en" | "ce"
            ))
    {
        let mut k = i + 1;
        if cx.is_punct(k, '.') && cx.adjacent(k) {
            k += 1;
        }
        if cx.is_punct(k, ',') {
            k += 1;
        }
        if let Some((d, e)) = day_at(cx, k)
            && month_at(cx, e, true).is_some_and(|(_, _, warn)| warn.is_none())
        {
            let agrees = |f: &Found| {
                !f.warnings
                    .iter()
                    .any(|w| w.code == WarningCode::WeekdayMismatch)
            };
            return Some(day_month(cx, i, Some((wd, i)), d, e).filter(agrees));
        }
        if matches!(cx.raw(i), "lun" | "mar" | "ven" | "dim")
            && cx.is_punct(i + 1, '.')
            && cx.adjacent(i + 1)
        {
            return Some(weekday(cx, i, wd, &[]));
        }
    }
    None
}

/// "9 mai 2024 was a jeudi, not a mardi": the date as the text would write it, the weekday it
/// really falls on, and the one the text gives ("is" for a date after publication).
pub(super) fn weekday_mismatch_message(cx: &Cx, d: Date, written: u8) -> String {
    const FR: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let m = usize::from((d.month() as u8).clamp(1, 12) - 1);
    let future = pub_date(cx.published).is_some_and(|p| d > p);
    let verb = if future { "is" } else { "was" };
    let actual = lexicon::weekday_name(cx.lang, iso_weekday(d));
    let written = lexicon::weekday_name(cx.lang, written);
    match cx.lang {
        Lang::Fr => {
            let day = if d.day() == 1 {
                "1er".to_string()
            } else {
                d.day().to_string()
            };
            format!(
                "{day} {} {} {verb} a {actual}, not a {written}",
                FR[m],
                d.year()
            )
        }
        Lang::En => format!(
            "{} {}, {} {verb} a {actual}, not a {written}",
            EN[m],
            d.day(),
            d.year()
        ),
    }
}
