//! Dates counted from the date the text has just given (a date mention ending within 600
//! bytes, same paragraph), not from the publication date: "le lendemain", "la veille", "le
//! surlendemain", "l'avant-veille", "l'année suivante", "le mois d'après", "le mois
//! précédent", "cette année-là", "ce jour-là"; and the recent dates they and a day alone
//! (`day_alone`) lean on.

use jiff::civil::Date;

use crate::grammar::trace::{Anchor, Rel, What};
use crate::grammar::{Cx, Found};
use crate::value::{DateRef, DateValue, DurationUnit, Mention, Value};

use super::relative::{relative, shift};
use super::weekday_shift::ends_after_apres;
use super::{civil, date, day_value};

/// "lendemain", "surlendemain", "veille", "avant-veille" at token `i`: the days it moves a
/// date by, and the token after it.
pub(super) fn next_day_word(cx: &Cx, i: usize) -> Option<(i64, usize)> {
    match cx.w(i) {
        "lendemain" => Some((1, i + 1)),
        "surlendemain" => Some((2, i + 1)),
        "veille" => Some((-1, i + 1)),
        "avant" if cx.is_punct(i + 1, '-') && cx.adjacent(i + 1) && cx.is_w(i + 2, "veille") => {
            Some((-2, i + 3))
        }
        _ => None,
    }
}

/// "le lendemain", "la veille", "le surlendemain", "l'avant-veille": a day next to the date
/// the text has just given ("Le 12 mai, ... Le lendemain, ..."). Without such a date nearby,
/// or with the event named after it ("la veille du scrutin"), the anchor is unknown and
/// nothing is read.
pub(super) fn day_after_or_before(cx: &Cx, i: usize, out: &[Mention]) -> Option<Found> {
    let (n, end) = next_day_word(cx, i)?;
    // "le lendemain", "la veille", "l'avant-veille": with its article.
    let art = i > 0
        && (matches!(cx.w(i - 1), "le" | "la" | "au" | "du" | "des")
            || (i >= 2 && cx.is_punct(i - 1, '\'') && cx.is_w(i - 2, "l")));
    if !art || matches!(cx.w(end), "de" | "du" | "des" | "d") || cx.is_w(end, "au") {
        return None;
    }
    let anchor = recent_day(cx, i, out, 600)?;
    let d = anchor.checked_add(jiff::Span::new().days(n)).ok()?;
    cx.note(i, end, || What::Relative {
        value: day_value(d),
        anchor: previous(cx, out),
        rule: Rel::Days(n),
    });
    Some(date(i, end, day_value(d)))
}

/// "l'année suivante", "le mois précédent", "la semaine suivante", "le jour suivant", "cette
/// année-là", "ce mois-là", "ce jour-là": a period next to (or of) the date the text has just
/// given ("En 1998, ... L'année suivante, ..." is 1999), not to the publication date. Without
/// any date nearby, "suivant"/"précédent" count from publication like "prochain"/"dernier"
/// (except a day, read like "le lendemain" only with its anchor); "-là" reads nothing.
pub(super) fn anaphoric_period(cx: &Cx, i: usize, out: &[Mention]) -> Option<Found> {
    let unit = |w: &str| match w {
        "annee" | "an" => Some(DurationUnit::Year),
        "mois" => Some(DurationUnit::Month),
        "semaine" => Some(DurationUnit::Week),
        "jour" => Some(DurationUnit::Day),
        _ => None,
    };
    let (u, n, end) = if matches!(cx.w(i), "cette" | "ce" | "cet") {
        let u = unit(cx.w(i + 1))?;
        if !(cx.is_punct(i + 2, '-') && cx.adjacent(i + 2) && cx.is_w(i + 3, "la")) {
            return None;
        }
        (u, 0, i + 4)
    } else {
        let u = unit(cx.w(i))?;
        let (n, end) = match cx.w(i + 1) {
            "suivant" | "suivante" => (1, i + 2),
            "precedent" | "precedente" => (-1, i + 2),
            // "l'année d'après", "le mois d'avant", not "la semaine d'après le ministre".
            "d" if cx.is_punct(i + 2, '\'') && ends_after_apres(cx, i + 4) => match cx.w(i + 3) {
                "apres" => (1, i + 4),
                "avant" => (-1, i + 4),
                _ => return None,
            },
            _ => return None,
        };
        // With its article, as "l'année dernière": not "chaque année suivante".
        let art = i > 0 && matches!(cx.w(i - 1), "l" | "la" | "le" | "du" | "au")
            || (i > 1 && cx.is_punct(i - 1, '\'') && cx.is_w(i - 2, "l"));
        if !art {
            return None;
        }
        (u, n, end)
    };
    let anchor = match u {
        DurationUnit::Day | DurationUnit::Week => recent_day(cx, i, out, 600),
        DurationUnit::Month => recent_month(cx, i, out, 600).and_then(|(y, m)| civil(y, m, 1)),
        _ => recent_year(cx, i, out, 600).and_then(|y| civil(y, 1, 1)),
    };
    let Some(a) = anchor else {
        // A date nearby that is not of the kind needed: the anchor is unknown.
        let nearby = recent_date(cx, i, out, 600).is_some();
        if n == 0 || u == DurationUnit::Day || nearby {
            return None;
        }
        return relative(cx, i, end, u, n);
    };
    let value = shift(a, u, n)?;
    cx.note(i, end, || What::Relative {
        value,
        anchor: previous(cx, out),
        rule: Rel::Units(u, n),
    });
    Some(date(i, end, value))
}

/// The date the text gave last, as an anchor (for a step of a derivation).
pub(super) fn previous(cx: &Cx, out: &[Mention]) -> Anchor {
    match last_date(out) {
        Some(m) => Anchor::Previous {
            text: cx.text[m.start..m.end].to_string(),
            value: match m.value {
                Value::Date(d) => d,
                _ => DateValue::Ref(DateRef::Past),
            },
        },
        None => Anchor::Previous {
            text: String::new(),
            value: DateValue::Ref(DateRef::Past),
        },
    }
}

fn last_date(out: &[Mention]) -> Option<&Mention> {
    out.iter().rev().find(|m| matches!(m.value, Value::Date(_)))
}

/// The last date mention, if it ends in the same paragraph as token `i` and no more than
/// `reach` bytes before it: the date that "le lendemain", "le 15" or "l'année suivante" lean on.
fn recent_date<'m>(cx: &Cx, i: usize, out: &'m [Mention], reach: usize) -> Option<&'m Mention> {
    let m = last_date(out)?;
    let start = cx.toks[i].start;
    if m.end > start || start - m.end > reach || cx.text[m.end..start].contains("\n\n") {
        return None;
    }
    Some(m)
}

/// The last date mention of day precision with a known year, if it ends in the same paragraph
/// as token `i` and no more than `reach` bytes before it: what "le lendemain" and "le 15"
/// lean on.
pub(super) fn recent_day(cx: &Cx, i: usize, out: &[Mention], reach: usize) -> Option<Date> {
    day_of(recent_date(cx, i, out, reach)?)
}

/// The day a mention's date names, when it is a day with its year.
pub(super) fn day_of(m: &Mention) -> Option<Date> {
    match m.value {
        Value::Date(DateValue::Day {
            year: Some(y),
            month,
            day,
        }) => civil(y, month, day),
        _ => None,
    }
}

/// The month (year, month) of the last date mention of day or month precision, on the same
/// terms as [`recent_day`].
pub(super) fn recent_month(cx: &Cx, i: usize, out: &[Mention], reach: usize) -> Option<(i32, u8)> {
    let m = recent_date(cx, i, out, reach)?;
    match m.value {
        Value::Date(DateValue::Day {
            year: Some(year),
            month,
            ..
        })
        | Value::Date(DateValue::Month {
            year: Some(year),
            month,
        }) if m.modifier.is_none() => Some((year, month)),
        _ => None,
    }
}

/// The year of the last date mention with a known year, on the same terms as
/// [`recent_day`].
pub(super) fn recent_year(cx: &Cx, i: usize, out: &[Mention], reach: usize) -> Option<i32> {
    let m = recent_date(cx, i, out, reach)?;
    match m.value {
        Value::Date(
            DateValue::Day {
                year: Some(year), ..
            }
            | DateValue::Month {
                year: Some(year), ..
            }
            | DateValue::Season {
                year: Some(year), ..
            }
            | DateValue::Quarter {
                year: Some(year), ..
            }
            | DateValue::Half {
                year: Some(year), ..
            }
            | DateValue::Year { year },
        ) => Some(year),
        _ => None,
    }
}
