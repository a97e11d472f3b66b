//! Holidays: "Noël", "la Toussaint", "Pâques", "la Pentecôte", "l'Ascension", "la
//! Saint-Sylvestre", "le Nouvel An", "le jour de l'An", "le lundi de Pâques", with an optional
//! year or "dernier"/"prochain". Movable feasts are computed from Easter; a holiday's name is
//! a date only where a date can stand ("à Noël", not "le marché de Noël" nor a first name).

use jiff::civil::Date;

use crate::grammar::{Cx, Found};

use super::absolute::full_date;
use super::parts::{relative_word, year_at};
use super::resolve::{resolve_year, year_for};
use super::{civil, date, day_value};

/// Holidays: "Noël", "la Toussaint", "Pâques", "la Pentecôte", "la Saint-Sylvestre", "le
/// Nouvel An", "le jour de l'An", with an optional year or "dernier"/"prochain". Noël is also a
/// first name ("Noël Mamère") and a noun complement ("le marché de Noël"): it is a date only
/// after a temporal preposition or an article.
pub(super) fn holiday(cx: &Cx, i: usize) -> Option<Found> {
    enum Day {
        Fixed(u8, u8),
        Easter(i64),
    }
    let (h, mut end) = match cx.w(i) {
        "noel" => (Day::Fixed(12, 25), i + 1),
        "toussaint" => (Day::Fixed(11, 1), i + 1),
        "paques" if cx.capitalized(i) => (Day::Easter(0), i + 1),
        "pentecote" => (Day::Easter(49), i + 1),
        "ascension" if cx.capitalized(i) => (Day::Easter(39), i + 1),
        // "le lundi de Pâques", "lundi de Pentecôte", "le dimanche de Pâques"
        "lundi" | "dimanche" if cx.is_w(i + 1, "de") => {
            let monday = i64::from(cx.is_w(i, "lundi"));
            match cx.w(i + 2) {
                "paques" => (Day::Easter(monday), i + 3),
                "pentecote" => (Day::Easter(49 + monday), i + 3),
                _ => return None,
            }
        }
        "saint" if cx.is_punct(i + 1, '-') && cx.adjacent(i + 1) && cx.is_w(i + 2, "sylvestre") => {
            (Day::Fixed(12, 31), i + 3)
        }
        "nouvel" if cx.is_w(i + 1, "an") && (cx.capitalized(i) || cx.capitalized(i + 1)) => {
            (Day::Fixed(1, 1), i + 2)
        }
        "jour"
            if cx.is_w(i + 1, "de")
                && cx.is_w(i + 2, "l")
                && cx.is_punct(i + 3, '\'')
                && cx.is_w(i + 4, "an")
                && cx.capitalized(i + 4) =>
        {
            (Day::Fixed(1, 1), i + 5)
        }
        _ => return None,
    };
    // A first name or a surname after it: "Noël Mamère", "Toussaint Louverture".
    if cx.tok(end).is_some_and(|t| t.is_word()) && cx.capitalized(end) {
        return None;
    }
    let before = if i > 0 { cx.w(i - 1) } else { "" };
    let glued_article = i > 1 && cx.is_punct(i - 1, '\'') && cx.is_w(i - 2, "l");
    // "lundi de Pâques" is the holiday wherever it stands.
    let lead = glued_article
        || matches!(cx.w(i), "lundi" | "dimanche")
        || matches!(
            before,
            "a" | "le"
                | "la"
                | "avant"
                | "apres"
                | "depuis"
                | "pour"
                | "des"
                | "entre"
                | "et"
                | "vers"
                | "ici"
                | "au"
                | "du"
                | "jusqu"
        )
        || (before == "de" && i > 1 && cx.is_w(i - 2, "jour"))
        || relative_word(cx, end).is_some()
        || year_at(cx, end, false).is_some();
    if !lead || (before == "et" && !cx.is_w(i.saturating_sub(3), "entre")) {
        return None;
    }
    let mut year = None;
    let mut forced = None;
    if let Some((y, e)) = year_at(cx, end, false) {
        year = Some(y);
        end = e;
    } else if let Some(dir) = relative_word(cx, end) {
        forced = Some(dir);
        end += 1;
    }
    let (m, d) = match h {
        Day::Fixed(m, d) => (m, d),
        Day::Easter(off) => {
            // The year from this year's date, then the feast of that year.
            let y0 = year.or(cx.published.map(|p| p.year))?;
            let e0 = easter(y0)?.checked_add(jiff::Span::new().days(off)).ok()?;
            let (m0, d0) = (e0.month() as u8, e0.day() as u8);
            let y = match (year, forced) {
                (Some(y), _) => y,
                (None, Some(dir)) => year_for(cx.published, m0, Some(d0), dir)?,
                (None, None) => resolve_year(cx, m0, Some(d0), i, end)?,
            };
            let e = easter(y)?.checked_add(jiff::Span::new().days(off)).ok()?;
            return Some(date(i, end, day_value(e)));
        }
    };
    Some(full_date(cx, i, end, None, d, m, year, Vec::new(), forced))
}

/// Easter Sunday of year `y` (anonymous Gregorian computus).
fn easter(y: i32) -> Option<Date> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    civil(y, month as u8, day as u8)
}
