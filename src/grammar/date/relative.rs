//! Dates counted from the publication date: "hier", "demain", "aujourd'hui", "avant-hier",
//! "après-demain", "la nouvelle année", "dans trois ans", "il y a un mois", "il y a environ
//! trois ans", "l'an dernier", "la semaine prochaine", "le mois en cours", "cette année", "ce
//! mois-ci", "le 20 du mois prochain" (the month part). Several units and counts from a named
//! day are `compound_offset`'s.

use jiff::civil::Date;

use crate::grammar::trace::Rel;
use crate::grammar::{Cx, Found, lexicon, number};
use crate::value::{DateRef, DateValue, DurationUnit, Mod};

use super::Verdict;
use super::compound_offset::{compound, counted_from_day};
use super::to_the_day::to_the_day;
use super::{civil, date, day_value, note_relative, pub_date};

/// "hier", "demain", "aujourd'hui" (and "aujourd'hui vendredi"), "avant-hier",
/// "après-demain": a day from the publication date, or a past, present or future reference
/// without one.
pub(super) fn day_word(cx: &Cx, i: usize) -> Verdict {
    let day_ref = |n: i64, end: usize| -> Option<Found> {
        match pub_date(cx.published) {
            Some(p) => {
                let value = day_value(p.checked_add(jiff::Span::new().days(n)).ok()?);
                note_relative(cx, i, end, value, Rel::Days(n));
                Some(date(i, end, value))
            }
            None => Some(date(
                i,
                end,
                DateValue::Ref(match n.signum() {
                    -1 => DateRef::Past,
                    0 => DateRef::Present,
                    _ => DateRef::Future,
                }),
            )),
        }
    };
    match cx.w(i) {
        "hier" => Some(day_ref(-1, i + 1)),
        "demain" => Some(day_ref(1, i + 1)),
        "aujourd" if cx.is_punct(i + 1, '\'') && cx.is_w(i + 2, "hui") => {
            // "aujourd'hui vendredi"
            let end = if lexicon::weekday(cx.lang, cx.w(i + 3)).is_some() {
                i + 4
            } else {
                i + 3
            };
            Some(day_ref(0, end))
        }
        "avant" if cx.is_punct(i + 1, '-') && cx.is_w(i + 2, "hier") => Some(day_ref(-2, i + 3)),
        "apres" if cx.is_punct(i + 1, '-') && cx.is_w(i + 2, "demain") => Some(day_ref(2, i + 3)),
        "avant" if cx.is_w(i + 1, "hier") => Some(day_ref(-2, i + 2)),
        "apres" if cx.is_w(i + 1, "demain") => Some(day_ref(2, i + 2)),
        _ => None,
    }
}

/// "la nouvelle année": the year that is starting, the next one in November or December.
pub(super) fn new_year(cx: &Cx, i: usize) -> Option<Found> {
    if cx.w(i) == "nouvelle"
        && cx.is_w(i + 1, "annee")
        && i > 0
        && cx.is_w(i - 1, "la")
        && let Some(p) = cx.published
    {
        let year = if p.month.is_some_and(|m| m >= 11) {
            p.year + 1
        } else {
            p.year
        };
        return Some(date(i, i + 2, DateValue::Year { year }));
    }
    None
}

/// "dans trois ans", "dans deux semaines", "d'ici trois ans": ahead of publication.
pub(super) fn ahead(cx: &Cx, i: usize) -> Verdict {
    // "dans trois ans", "d'ici trois ans"
    let k = match cx.w(i) {
        "dans" => i + 1,
        "d" if cx.is_punct(i + 1, '\'') && cx.is_w(i + 2, "ici") => i + 3,
        _ => return None,
    };
    // "d'ici 5 jours à partir de lundi": the count is read from its number on.
    if k > i + 1 && counted_from_day(cx, k, k).is_some() {
        return None;
    }
    if let Some(q) = number::quantity(cx, k, true)
        && q.modifier.is_none()
        && let Some(unit) = lexicon::unit(cx.lang, cx.w(q.num.end))
    {
        // "dans 10 jours à compter de demain", "dans un an et six mois"
        if k == i + 1
            && let Some(f) = counted_from_day(cx, i, i + 1)
        {
            return Some(Some(f));
        }
        return Some(q.num.int().and_then(|n| {
            let n = in_days(cx, q.num.end, unit, n);
            compound(cx, i, q.num.end + 1, (unit, n), 1)
                .or_else(|| relative(cx, i, q.num.end + 1, unit, n))
        }));
    }
    None
}

/// "huit jours" is a week and "quinze jours" two, as French speakers mean them (and as the
/// duration grammar reads them): "dans quinze jours" is fourteen days on.
fn in_days(cx: &Cx, unit_at: usize, unit: DurationUnit, n: i64) -> i64 {
    let spelled = |w: &str| cx.is_w(unit_at - 1, w) && cx.is_w(unit_at, "jours");
    match n {
        8 if unit == DurationUnit::Day && spelled("huit") => 7,
        15 if unit == DurationUnit::Day && spelled("quinze") => 14,
        _ => n,
    }
}

/// "l'an dernier", "l'année prochaine", "la semaine dernière", "le mois prochain", "l'année
/// en cours", "la décennie prochaine", "le mois à venir", "la semaine qui vient": a year,
/// week, month or decade from the publication date; the plural "les années à venir" is the
/// future.
pub(super) fn unit_word(cx: &Cx, i: usize) -> Verdict {
    // "les années à venir", "des mois à venir": no one period, the future (`FUTURE_REF`).
    if matches!(cx.w(i), "annees" | "mois")
        && i > 0
        && matches!(cx.w(i - 1), "les" | "des")
        && cx.raw(i + 1) == "à"
        && cx.is_w(i + 2, "venir")
    {
        return Some(Some(date(i, i + 3, DateValue::Ref(DateRef::Future))));
    }
    let unit = match cx.w(i) {
        "an" | "annee" => DurationUnit::Year,
        "semaine" => DurationUnit::Week,
        "mois" => DurationUnit::Month,
        "decennie" => DurationUnit::Decade,
        _ => return None,
    };
    let (rel, end) = match cx.w(i + 1) {
        // "suivant"/"précédent" count from the date the text gave: `anaphoric_period`.
        "dernier" | "derniere" | "passe" | "passee" => (Some(-1), i + 2),
        "prochain" | "prochaine" => (Some(1), i + 2),
        // "le mois après le prochain", "la semaine après la prochaine"
        "apres" if after_the_next(cx, i + 1) => (Some(2), i + 4),
        // "le mois à venir", "la semaine qui vient"
        "a" if cx.is_w(i + 2, "venir") => (Some(1), i + 3),
        "qui" if cx.is_w(i + 2, "vient") => (Some(1), i + 3),
        // "l'année en cours", "le mois en cours"
        "en" if cx.is_w(i + 2, "cours") => (Some(0), i + 3),
        _ => (None, i + 2),
    };
    // Only with the article before it: "l'année dernière", not "chaque année".
    // "du mois dernier": "du" is "de le".
    let art = i > 0 && matches!(cx.w(i - 1), "l" | "la" | "le" | "du")
        || (i > 1 && cx.is_punct(i - 1, '\'') && cx.is_w(i - 2, "l"));
    if let Some(n) = rel
        && art
    {
        return Some(relative(cx, i, end, unit, n));
    }
    None
}

/// "après le prochain", "après la prochaine" at token `k`: the period after the next one.
pub(super) fn after_the_next(cx: &Cx, k: usize) -> bool {
    cx.is_w(k, "apres")
        && matches!(cx.w(k + 1), "le" | "la")
        && matches!(cx.w(k + 2), "prochain" | "prochaine")
}

/// The unit of "année", "semaine", "mois", "décennie" (folded).
fn period_noun(w: &str) -> Option<DurationUnit> {
    Some(match w {
        "annee" => DurationUnit::Year,
        "semaine" => DurationUnit::Week,
        "mois" => DurationUnit::Month,
        "decennie" => DurationUnit::Decade,
        _ => return None,
    })
}

/// "la prochaine semaine", "le prochain mois", "la prochaine décennie": "prochain" before
/// its unit, after an article; the span starts at "prochain", as "semaine prochaine" does at
/// its noun.
pub(super) fn next_unit(cx: &Cx, i: usize) -> Verdict {
    if !matches!(cx.w(i), "prochain" | "prochaine") {
        return None;
    }
    let unit = period_noun(cx.w(i + 1))?;
    let art = i > 0 && matches!(cx.w(i - 1), "la" | "le" | "du")
        || (i > 1 && cx.is_punct(i - 1, '\'') && cx.is_w(i - 2, "l"));
    if !art {
        return None;
    }
    Some(relative(cx, i, i + 2, unit, 1))
}

/// "cette année", "cette semaine", "ce mois-ci", "ce mois", "cette décennie": the publication
/// date's.
pub(super) fn this_unit(cx: &Cx, i: usize) -> Verdict {
    if !matches!(cx.w(i), "cette" | "ce" | "cet") {
        return None;
    }
    let unit = period_noun(cx.w(i + 1))?;
    // "cette année-là" is the year the text has given (see `anaphoric_period`).
    if cx.is_punct(i + 2, '-') && cx.is_w(i + 3, "la") {
        return None;
    }
    let mut end = i + 2;
    if cx.is_punct(end, '-') && cx.is_w(end + 1, "ci") {
        end += 2;
    }
    Some(relative(cx, i, end, unit, 0))
}

/// "il y a trois ans", "voici trois ans", "voilà cinq ans", "il y a un mois", "il y a environ trois ans" (an approximate date);
/// not "il y a plus de dix ans", a bound.
pub(super) fn ago(cx: &Cx, i: usize) -> Verdict {
    // "il y a trois ans", "voici trois ans"
    let mut k = if cx.w(i) == "il" && cx.is_w(i + 1, "y") && cx.is_w(i + 2, "a") {
        i + 3
    } else if matches!(cx.w(i), "voici" | "voila") {
        // "voici trois ans", "voilà trois ans"
        i + 1
    } else {
        return None;
    };
    // "il y a tout juste un an", "il y a exactement deux semaines", "il y a déjà cinq jours":
    // an adverb that stresses the time elapsed leaves the date as it is.
    if cx.is_w(k, "tout") && cx.is_w(k + 1, "juste") {
        k += 2;
    } else if matches!(
        cx.w(k),
        "juste" | "exactement" | "precisement" | "pile" | "deja" | "maintenant" | "desormais"
    ) {
        k += 1;
    }
    let read = || -> Option<Found> {
        let q = number::quantity(cx, k, true)?;
        if q.modifier.is_some_and(|m| m != Mod::Approx) {
            // "il y a plus de dix ans": a bound, not a date.
            return None;
        }
        // "il y a environ trois ans", "il y a une dizaine d'années": an approximate date.
        let mut u = q.num.end;
        if lexicon::approx_collective(cx.w(u.saturating_sub(1))).is_some() {
            if cx.is_w(u, "de") {
                u += 1;
            } else if cx.is_w(u, "d") && cx.is_punct(u + 1, '\'') {
                u += 2;
            }
        }
        let unit = lexicon::unit(cx.lang, cx.w(u))?;
        let n = in_days(cx, u, unit, q.num.int()?);
        let mut f = relative(cx, i, u + 1, unit, -n)?;
        if unit == DurationUnit::Year && !matches!(cx.w(u), "an" | "ans" | "annee" | "annees") {
            return None;
        }
        // "il y a deux mois et dix jours", "il y a trois ans jour pour jour"
        if let Some(g) =
            compound(cx, i, u + 1, (unit, n), -1).or_else(|| to_the_day(cx, (i, u + 1), (unit, n)))
        {
            f = g;
        }
        f.modifier = q.modifier;
        Some(f)
    };
    Some(read())
}

/// "du mois prochain", "du mois dernier", "de ce mois", "de ce mois-ci", "du mois" after a day
/// or a weekday, at token `k`: the month it names from the publication date, and the token
/// after it.
pub(super) fn relative_month(cx: &Cx, k: usize) -> Option<((i32, u8), usize)> {
    let (n, end) = if cx.is_w(k, "du") && cx.is_w(k + 1, "mois") {
        match cx.w(k + 2) {
            "prochain" | "suivant" => (1, k + 3),
            "dernier" | "precedent" | "passe" => (-1, k + 3),
            "de" | "d" => return None,
            _ => (0, k + 2),
        }
    } else if cx.is_w(k, "de") && cx.is_w(k + 1, "ce") && cx.is_w(k + 2, "mois") {
        if cx.is_punct(k + 3, '-') && cx.is_w(k + 4, "ci") {
            (0, k + 5)
        } else {
            (0, k + 3)
        }
    } else {
        return None;
    };
    relative_month_at(cx, n, end)
}

/// The month `n` months from the publication month, and `end` (past a "-ci" there).
pub(super) fn relative_month_at(cx: &Cx, n: i32, end: usize) -> Option<((i32, u8), usize)> {
    let p = cx.published?;
    let pm = p.month?;
    let end = if cx.is_punct(end, '-') && cx.is_w(end + 1, "ci") {
        end + 2
    } else {
        end
    };
    let total = p.year * 12 + i32::from(pm) - 1 + n;
    Some((
        (total.div_euclid(12), (total.rem_euclid(12) + 1) as u8),
        end,
    ))
}

/// The publication date as a civil date, its day defaulting to the 15th when only the month
/// is known (enough for months and years).
fn anchor(cx: &Cx) -> Option<(Date, bool)> {
    let p = cx.published?;
    let exact = p.month.is_some() && p.day.is_some();
    Some((
        civil(p.year, p.month.unwrap_or(6), p.day.unwrap_or(15))?,
        exact,
    ))
}

pub(super) fn shift(p: Date, unit: DurationUnit, n: i64) -> Option<DateValue> {
    Some(match unit {
        DurationUnit::Day => day_value(p.checked_add(jiff::Span::new().days(n)).ok()?),
        DurationUnit::Week => {
            let d = p.checked_add(jiff::Span::new().weeks(n)).ok()?;
            let w = d.iso_week_date();
            DateValue::Week {
                year: Some(i32::from(w.year())),
                week: w.week() as u8,
            }
        }
        DurationUnit::Month => {
            let d = p
                .first_of_month()
                .checked_add(jiff::Span::new().months(n))
                .ok()?;
            DateValue::Month {
                year: Some(i32::from(d.year())),
                month: d.month() as u8,
            }
        }
        DurationUnit::Year => DateValue::Year {
            year: i32::from(p.year()) + n as i32,
        },
        DurationUnit::Decade => DateValue::Decade {
            decade: (i32::from(p.year()) + 10 * n as i32) / 10,
        },
        DurationUnit::Century => DateValue::Century {
            century: (i32::from(p.year()) + 100 * n as i32) / 100,
        },
        _ => return None,
    })
}

pub(super) fn relative(
    cx: &Cx,
    start: usize,
    end: usize,
    unit: DurationUnit,
    n: i64,
) -> Option<Found> {
    let (p, exact) = anchor(cx)?;
    let month_known = cx.published.is_some_and(|p| p.month.is_some());
    let ok = match unit {
        DurationUnit::Day | DurationUnit::Week => exact,
        DurationUnit::Month => month_known,
        _ => true,
    };
    if !ok {
        return None;
    }
    let value = shift(p, unit, n)?;
    note_relative(cx, start, end, value, Rel::Units(unit, n));
    Some(date(start, end, value))
}
