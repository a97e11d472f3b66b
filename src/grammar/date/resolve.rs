//! The year a date leaves out, chosen from the publication date: by the tense of the date's
//! sentence ("le 17 avril" after "a signé" is the latest 17 April, after "sera" the next one),
//! by the news convention when no tense marks it ("le 30 octobre" in mid-September is ahead),
//! or strictly before or after the publication month ("septembre dernier", "juin prochain");
//! a deadline ("d'ici juin") is ahead.

use crate::grammar::Cx;
use crate::grammar::tense::tense_marker;
use crate::grammar::trace::{By, Dir, What};
use crate::value::Published;

/// The year of (`month`, `day`) nearest the publication date in direction `dir`. With a
/// publication date known only to the month, that month counts as not after it.
pub(super) fn year_for(p: Option<Published>, month: u8, day: Option<u8>, dir: Dir) -> Option<i32> {
    let p = p?;
    let Some(pm) = p.month else {
        return Some(p.year);
    };
    let here = (month, day.unwrap_or(0));
    let now = (pm, p.day.unwrap_or(if dir == Dir::Past { 31 } else { 0 }));
    Some(match dir {
        Dir::Past if here > now && !(day.is_none() && month == pm) => p.year - 1,
        Dir::Future if here < now && !(day.is_none() && month == pm) => p.year + 1,
        _ => p.year,
    })
}

/// The year of (`month`, `day`) when the sentence has no tense marker: the latest one not
/// after publication, unless that is most of a year back while the next one is within four
/// months ("le 30 octobre" in an article of mid-September, "jusqu'au 15 septembre" in July:
/// news announces such dates; it recalls a date that old with its year or "dernier").
fn unmarked_year(p: Option<Published>, month: u8, day: Option<u8>) -> Option<i32> {
    let past = year_for(p, month, day, Dir::Past)?;
    let future = year_for(p, month, day, Dir::Future)?;
    let p = p?;
    let (Some(pm), true) = (p.month, past != future) else {
        return Some(past);
    };
    let pos =
        |y: i32, m: u8, d: u8| f64::from(y) * 365.25 + f64::from(m - 1) * 30.44 + f64::from(d);
    let now = pos(p.year, pm, p.day.unwrap_or(15));
    let d = day.unwrap_or(15);
    let back = now - pos(past, month, d);
    let ahead = pos(future, month, d) - now;
    Some(if ahead <= 122.0 && back >= 183.0 {
        future
    } else {
        past
    })
}

/// The year of an incomplete date at tokens `start..end`, from its sentence's tense.
pub(super) fn resolve_year(
    cx: &Cx,
    month: u8,
    day: Option<u8>,
    start: usize,
    end: usize,
) -> Option<i32> {
    let marker = if by_deadline(cx, start) {
        Some((Dir::Future, start - 1))
    } else {
        tense_marker(cx, start, end)
    };
    let year = match marker {
        Some((dir, _)) => year_for(cx.published, month, day, dir),
        None => unmarked_year(cx.published, month, day),
    };
    cx.resolved.set(Some((start, marker.map(|(dir, _)| dir))));
    cx.note(start, end, || What::YearResolved {
        year,
        published: cx.published,
        by: year.map(|y| match marker {
            Some((dir, k)) => By::Tense {
                dir,
                word: cx.raw(k).to_string(),
            },
            None => By::Unmarked {
                ahead: year_for(cx.published, month, day, Dir::Past) != Some(y),
            },
        }),
    });
    year
}

/// The date at `start` is a deadline, "d'ici juin", "d'ici à la fin mars", "d'ici la
/// mi-octobre": it is ahead, whatever the tense (the marker is the token before the date).
fn by_deadline(cx: &Cx, start: usize) -> bool {
    let mut k = start;
    while k > 0 && start - k < 6 {
        k -= 1;
        match cx.w(k) {
            "ici" => return k > 1 && cx.is_punct(k - 1, '\'') && cx.is_w(k - 2, "d"),
            "a" | "au" | "la" | "le" | "l" | "fin" | "debut" | "mi" | "mois" | "de" | "du"
            | "d" => {}
            _ if cx.is_punct(k, '-') || cx.is_punct(k, '\'') => {}
            _ => return false,
        }
    }
    false
}

/// The year of a month named with "dernier" or "prochain": strictly before or after the
/// publication month.
pub(super) fn year_strict(p: Option<Published>, m: u8, dir: Dir) -> Option<i32> {
    let p = p?;
    let Some(pm) = p.month else {
        return Some(p.year);
    };
    Some(match dir {
        Dir::Past if m >= pm => p.year - 1,
        Dir::Future if m <= pm => p.year + 1,
        _ => p.year,
    })
}
