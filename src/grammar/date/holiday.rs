//! Holidays: "Noël", "la Toussaint", "Pâques", "la Pentecôte", "l'Ascension", "l'Assomption",
//! "l'Armistice", "la Saint-Sylvestre", "la Saint-Valentin", "le Nouvel An", "le jour de l'an",
//! "la fête du travail", "la fête nationale", "le lundi de Pâques", "le Vendredi saint",
//! "le jeudi de l'Ascension", "la Saint-Nicolas", "la fête des mères" (France's), "la fête des
//! pères", with an optional year or "dernier"/"prochain". Movable feasts are computed from
//! Easter or from their month's Sundays;
//! feasts of a lunar calendar ("le ramadan", "le Nouvel An chinois") have no fixed day and are
//! not read. A holiday's name is a date only where a date can stand ("à Noël", not "le marché
//! de Noël", "le pacte du Vendredi saint" nor a first name).

use jiff::civil::Date;

use crate::grammar::{Cx, Found};

use super::absolute::full_date;
use super::parts::{follows_year, relative_word, skip_of_year, year_at};
use super::resolve::{resolve_year, year_for};
use super::{Verdict, civil, date, day_value};

enum Day {
    Fixed(u8, u8),
    Easter(i64),
    /// "la fête des mères": France's, the last Sunday of May, or the first of June when
    /// Pentecost falls on that Sunday.
    Mothers,
    /// "la fête des pères": the third Sunday of June.
    Fathers,
}

impl Day {
    /// The day of a movable feast in year `y`.
    fn movable(&self, y: i32) -> Option<Date> {
        let days = |d: Date, n: i64| d.checked_add(jiff::Span::new().days(n)).ok();
        let sunday_from = |d: Date| days(d, (7 - d.weekday().to_sunday_zero_offset() as i64) % 7);
        match self {
            Day::Fixed(m, d) => civil(y, *m, *d),
            Day::Easter(off) => days(easter(y)?, *off),
            Day::Mothers => {
                let last = sunday_from(civil(y, 5, 25)?)?;
                let pentecost = days(easter(y)?, 49)?;
                if last == pentecost {
                    days(last, 7)
                } else {
                    Some(last)
                }
            }
            Day::Fathers => days(sunday_from(civil(y, 6, 1)?)?, 14),
        }
    }
}

/// The holiday named at token `i`: its day, the token after its name, and whether the name
/// is a date wherever it stands ("lundi de Pâques", "Vendredi saint": a weekday and a feast
/// together are no first name nor noun complement).
fn name(cx: &Cx, i: usize) -> Option<(Day, usize, bool)> {
    // "saint" after a weekday, or "-Saint" glued to it: the token after it.
    let saint = || {
        if cx.is_w(i + 1, "saint") {
            Some(i + 2)
        } else if cx.is_punct(i + 1, '-') && cx.adjacent(i + 1) && cx.is_w(i + 2, "saint") {
            Some(i + 3)
        } else {
            None
        }
    };
    Some(match cx.w(i) {
        "noel" => (Day::Fixed(12, 25), i + 1, false),
        // "le réveillon de Noël", "le réveillon du Nouvel An", "le réveillon de la
        // Saint-Sylvestre": the eve; "le réveillon" alone says neither.
        "reveillon" => {
            let (d, end) = match (cx.w(i + 1), cx.w(i + 2)) {
                ("de", "noel") => (Day::Fixed(12, 24), i + 3),
                ("du", "nouvel") if cx.is_w(i + 3, "an") => (Day::Fixed(12, 31), i + 4),
                ("de", "la")
                    if cx.is_w(i + 3, "saint")
                        && cx.is_punct(i + 4, '-')
                        && cx.is_w(i + 5, "sylvestre") =>
                {
                    (Day::Fixed(12, 31), i + 6)
                }
                _ => return None,
            };
            (d, end, false)
        }
        "toussaint" => (Day::Fixed(11, 1), i + 1, false),
        "chandeleur" => (Day::Fixed(2, 2), i + 1, false),
        "halloween" => (Day::Fixed(10, 31), i + 1, false),
        // Common nouns as well as feasts: the feast is written with a capital.
        "paques" if cx.capitalized(i) => (Day::Easter(0), i + 1, false),
        "ascension" if cx.capitalized(i) => (Day::Easter(39), i + 1, false),
        "assomption" if cx.capitalized(i) => (Day::Fixed(8, 15), i + 1, false),
        "armistice" if cx.capitalized(i) => (Day::Fixed(11, 11), i + 1, false),
        "epiphanie" if cx.capitalized(i) => (Day::Fixed(1, 6), i + 1, false),
        "pentecote" => (Day::Easter(49), i + 1, false),
        // "le lundi de Pâques", "lundi de Pentecôte", "le dimanche de Pâques"
        "lundi" | "dimanche" if cx.is_w(i + 1, "de") => {
            let monday = i64::from(cx.is_w(i, "lundi"));
            match cx.w(i + 2) {
                "paques" => (Day::Easter(monday), i + 3, true),
                "pentecote" => (Day::Easter(49 + monday), i + 3, true),
                _ => return None,
            }
        }
        // "le Vendredi saint", "Jeudi saint", "Vendredi-Saint", "Mardi gras", "le mercredi
        // des Cendres"
        "vendredi" => (Day::Easter(-2), saint()?, true),
        // "le jeudi de l'Ascension"
        "jeudi"
            if cx.is_w(i + 1, "de")
                && cx.is_w(i + 2, "l")
                && cx.is_punct(i + 3, '\'')
                && cx.is_w(i + 4, "ascension") =>
        {
            (Day::Easter(39), i + 5, true)
        }
        "jeudi" => (Day::Easter(-3), saint()?, true),
        "mardi" if cx.is_w(i + 1, "gras") => (Day::Easter(-47), i + 2, true),
        "mercredi" if cx.is_w(i + 1, "des") && cx.is_w(i + 2, "cendres") => {
            (Day::Easter(-46), i + 3, true)
        }
        // "la Saint-Sylvestre", "la Saint-Valentin", "la Saint-Jean": after "la" (the feast
        // of), not "à Saint-Jean", a place.
        "saint"
            if cx.is_punct(i + 1, '-')
                && cx.adjacent(i + 1)
                && (i > 0 && cx.is_w(i - 1, "la") || cx.is_w(i + 2, "sylvestre")) =>
        {
            let d = match cx.w(i + 2) {
                "sylvestre" => Day::Fixed(12, 31),
                "valentin" => Day::Fixed(2, 14),
                "jean" if cx.is_w(i - 1, "la") => Day::Fixed(6, 24),
                "nicolas" => Day::Fixed(12, 6),
                "martin" => Day::Fixed(11, 11),
                "patrick" => Day::Fixed(3, 17),
                _ => return None,
            };
            (d, i + 3, false)
        }
        // "le Nouvel An", "le nouvel an", not "le Nouvel An chinois", of another calendar.
        "nouvel" if cx.is_w(i + 1, "an") => {
            if matches!(
                cx.w(i + 2),
                "chinois" | "lunaire" | "juif" | "vietnamien" | "iranien" | "persan" | "tibetain"
            ) {
                return None;
            }
            (Day::Fixed(1, 1), i + 2, false)
        }
        // "le jour de l'An", "le jour de l'an", but not "un jour de l'an dernier", some day
        // of last year.
        "jour"
            if cx.is_w(i + 1, "de")
                && cx.is_w(i + 2, "l")
                && cx.is_punct(i + 3, '\'')
                && cx.is_w(i + 4, "an")
                && (cx.capitalized(i + 4) || relative_word(cx, i + 5).is_none()) =>
        {
            (Day::Fixed(1, 1), i + 5, false)
        }
        // "la fête du travail", "la fête nationale", "la fête de la musique": a feast named by
        // what it celebrates, and no adjective after it ("la fête nationale belge" is another
        // country's).
        "fete" => {
            let (d, end) = if cx.is_w(i + 1, "du") && cx.is_w(i + 2, "travail") {
                (Day::Fixed(5, 1), i + 3)
            } else if cx.is_w(i + 1, "nationale") {
                (Day::Fixed(7, 14), i + 2)
            } else if cx.is_w(i + 1, "de") && cx.is_w(i + 2, "la") && cx.is_w(i + 3, "musique") {
                (Day::Fixed(6, 21), i + 4)
            } else if cx.is_w(i + 1, "des") && cx.is_w(i + 2, "meres") {
                (Day::Mothers, i + 3)
            } else if cx.is_w(i + 1, "des") && cx.is_w(i + 2, "peres") {
                (Day::Fathers, i + 3)
            } else {
                return None;
            };
            if nationality(cx, end) {
                return None;
            }
            (d, end, false)
        }
        _ => return None,
    })
}

/// "belge", "algérienne", "américaine", "suisse": an adjective of nationality at token `k`
/// (by its endings: a lowercase word, so a verb after the name is none).
fn nationality(cx: &Cx, k: usize) -> bool {
    let w = cx.w(k);
    cx.tok(k).is_some_and(|t| t.is_word())
        && !cx.capitalized(k)
        && w.len() > 3
        && [
            "ienne", "ien", "aise", "ais", "aine", "ain", "oise", "ois", "ole", "ande", "and",
            "ique", "que", "ane", "ge", "sse",
        ]
        .iter()
        .any(|end| w.ends_with(end))
}

/// "le pacte du Vendredi saint", "la trêve de Noël": a holiday as the complement of a noun
/// that is not a word of time names that noun, not a date.
fn names_a_noun(cx: &Cx, i: usize) -> bool {
    let k = if i > 1 && cx.is_punct(i - 1, '\'') && cx.is_w(i - 2, "d") {
        i - 2
    } else if i > 0 && matches!(cx.w(i - 1), "du" | "de" | "des") {
        i - 1
    } else {
        return false;
    };
    k > 0
        && cx.tok(k - 1).is_some_and(|t| t.is_word())
        && !matches!(
            cx.w(k - 1),
            "lors"
                | "veille"
                | "lendemain"
                | "jour"
                | "nuit"
                | "soir"
                | "soiree"
                | "matin"
                | "matinee"
                | "semaine"
                | "end"
                | "weekend"
                | "pont"
                | "vacances"
                | "conges"
                | "periode"
                | "approche"
                | "moment"
                | "date"
                | "partir"
                | "autour"
                | "pres"
                | "fin"
                | "debut"
                | "milieu"
        )
}

/// Holidays, with an optional year or "dernier"/"prochain". Noël is also a first name ("Noël
/// Mamère") and a noun complement ("le marché de Noël"): it is a date only after a temporal
/// preposition or an article.
///
/// `None`: no holiday is named at `i`. `Some(None)`: one is named, and its words are no date
/// ("le pacte du Vendredi saint" is not a Friday either).
pub(super) fn holiday(cx: &Cx, i: usize) -> Verdict {
    let (h, end, anywhere) = name(cx, i)?;
    Some(read(cx, i, h, end, anywhere))
}

fn read(cx: &Cx, i: usize, h: Day, end: usize, anywhere: bool) -> Option<Found> {
    let mut end = end;
    // A first name or a surname after it: "Noël Mamère", "Toussaint Louverture".
    if cx.tok(end).is_some_and(|t| t.is_word()) && cx.capitalized(end) {
        return None;
    }
    let before = if i > 0 { cx.w(i - 1) } else { "" };
    let glued_article = i > 1 && cx.is_punct(i - 1, '\'') && cx.is_w(i - 2, "l");
    if names_a_noun(cx, i) {
        return None;
    }
    // "lundi de Pâques" is the holiday wherever it stands.
    let lead = glued_article
        || anywhere
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
    // "Noël 2023", "l'Armistice de 1918"
    let y_at = skip_of_year(cx, end);
    if let Some((y, e)) = year_at(cx, end, false)
        .or_else(|| year_at(cx, y_at, false).filter(|&(_, e)| follows_year(cx, e)))
    {
        year = Some(y);
        end = e;
    } else if let Some(dir) = relative_word(cx, end) {
        forced = Some(dir);
        end += 1;
    }
    let (m, d) = match h {
        Day::Fixed(m, d) => (m, d),
        _ => {
            // The year from this year's date, then the feast of that year.
            let y0 = year.or(cx.published.map(|p| p.year))?;
            let e0 = h.movable(y0)?;
            let (m0, d0) = (e0.month() as u8, e0.day() as u8);
            let y = match (year, forced) {
                (Some(y), _) => y,
                (None, Some(dir)) => year_for(cx.published, m0, Some(d0), dir)?,
                (None, None) => resolve_year(cx, m0, Some(d0), i, end)?,
            };
            return Some(date(i, end, day_value(h.movable(y)?)));
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
