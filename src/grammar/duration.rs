//! Durations: an amount and a time unit ("six semaines", "près de trente ans", "30,4
//! secondes", "des années"), and the few nouns that are durations by themselves
//! ("quinquennat", "un quart de siècle").

use super::age;
use super::combined;
use super::lexicon;
use super::number::{self, Shape};
use super::trace::What;
use super::{Cx, Found, Lang};
use crate::value::{Decimal, DurationUnit, DurationValue, Mention, Mod, Value};

mod range;
mod shorthand;

fn found(
    start: usize,
    end: usize,
    amount: Option<Decimal>,
    unit: DurationUnit,
    modifier: Option<Mod>,
) -> Found {
    Found {
        start,
        end,
        value: Value::Duration(DurationValue::new(amount, unit)),
        modifier,
        warnings: Vec::new(),
    }
}

/// A time unit at token `k`, written out or (after digits only) abbreviated.
fn unit_at(cx: &Cx, k: usize, after_digits: bool) -> Option<DurationUnit> {
    let w = cx.w(k);
    if let Some(u) = shorthand::abbreviated_day(cx, k, after_digits) {
        return Some(u);
    }
    let u = lexicon::unit(cx.lang, w)?;
    let abbreviated = matches!(
        w,
        "s" | "sec" | "min" | "mn" | "h" | "hr" | "hrs" | "secs" | "mins" | "sem"
    );
    // "vingt min" reads, "trois h" does not: "h", "s" and "sem" ("6 sem.", a thread's or a
    // note's weeks) need digits.
    if abbreviated && !after_digits && !matches!(w, "min" | "mins" | "mn" | "sec" | "secs") {
        return None;
    }
    // "3 h 30" is a time of day; "2 h 15 min" and "a duré 2 h 15" are durations.
    if abbreviated
        && u == DurationUnit::Hour
        && cx.tok(k + 1).is_some_and(|t| t.is_digits())
        && !minutes_after(cx, k + 1)
        && !(k >= 2 && super::time_of_day::stretch_word(cx.w(k - 2)))
    {
        return None;
    }
    Some(u)
}

/// Digits at token `k` followed by a word of minutes: "15 min", "15 minutes".
fn minutes_after(cx: &Cx, k: usize) -> bool {
    matches!(
        lexicon::unit(cx.lang, cx.w(k + 1)),
        Some(DurationUnit::Minute)
    )
}

/// Tries a duration at token `i`.
pub fn parse(cx: &Cx, i: usize, out: &mut Vec<Mention>) -> Option<usize> {
    let one = |cx: &Cx, k: usize| match cx.lang {
        Lang::Fr => french(cx, k),
        Lang::En => english(cx, k),
    };
    let f = match one(cx, i) {
        Some(f) => combined::extend(cx, f, one),
        // "deux à cinq ans": the first end takes the second's unit.
        None if cx.lang == Lang::Fr => range::first_end(cx, i)?,
        None => return None,
    };
    let end = f.end;
    cx.push(out, f);
    Some(end)
}

fn french(cx: &Cx, i: usize) -> Option<Found> {
    let w = cx.w(i);
    if w.is_empty() && !cx.tok(i)?.is_digits() && !cx.is_punct(i, ',') {
        return None;
    }
    match w {
        "quinquennat" | "quinquennats" => {
            return Some(found(
                i,
                i + 1,
                Some(Decimal::int(5)),
                DurationUnit::Year,
                None,
            ));
        }
        "septennat" | "septennats" => {
            return Some(found(
                i,
                i + 1,
                Some(Decimal::int(7)),
                DurationUnit::Year,
                None,
            ));
        }
        "semestre" => {
            return Some(found(
                i,
                i + 1,
                Some(Decimal {
                    digits: 5,
                    scale: 1,
                }),
                DurationUnit::Year,
                None,
            ));
        }
        // "sous huitaine", "sous quinzaine": within a week, two weeks (as "huit jours" and
        // "quinze jours" are); "une huitaine de jours" is a collective's.
        "huitaine" | "quinzaine" if i > 0 && cx.is_w(i - 1, "sous") => {
            let weeks = if w == "huitaine" { 1 } else { 2 };
            return Some(found(
                i,
                i + 1,
                Some(Decimal::int(weeks)),
                DurationUnit::Week,
                None,
            ));
        }
        "trimestre" => {
            return Some(found(
                i,
                i + 1,
                Some(Decimal::int(3)),
                DurationUnit::Month,
                None,
            ));
        }
        // "ces derniers jours", "ces dernières années": an unspecified stretch up to now.
        "ces"
            if matches!(
                cx.w(i + 1),
                "derniers" | "dernieres" | "prochains" | "prochaines"
            ) =>
        {
            let u = unit_at(cx, i + 2, false)?;
            cx.note(i + 2, i + 3, || What::Unit {
                unit: u,
                amount: None,
            });
            return Some(found(i, i + 3, None, u, None));
        }
        // "les trois derniers mois", "des deux dernières décennies", "les dix prochaines années":
        // a stretch of that length, up to or from now. The article stays out of the span.
        "les" | "des" | "ces"
            if let Some(q) = number::quantity(cx, i + 1, false)
                && q.modifier.is_none()
                && matches!(
                    cx.w(q.num.end),
                    "derniers" | "dernieres" | "prochains" | "prochaines"
                )
                && let Some(u) = unit_at(cx, q.num.end + 1, false) =>
        {
            let start = if w == "ces" { i } else { i + 1 };
            return Some(found(start, q.num.end + 2, Some(q.num.value), u, None));
        }
        // "des années", "plusieurs mois", "quelques semaines", "divers jours"
        "des" | "plusieurs" | "quelques" | "de" | "divers" | "diverses"
            if !cx.is_w(i + 1, "derniers") =>
        {
            if let Some(u) = unit_at(cx, i + 1, false)
                && !matches!(u, DurationUnit::Second)
            {
                if w == "de" {
                    // "de longues années" is rare; "de mois" is not a duration.
                    return None;
                }
                // "des années 1990" is a decade, "des mois à venir" the future (a date's).
                if cx.tok(i + 2).is_some_and(|t| t.is_digits())
                    || (cx.raw(i + 2) == "à" && cx.is_w(i + 3, "venir"))
                {
                    return None;
                }
                // "des heures ouvrables", "des journées portes ouvertes": a noun phrase, not a
                // stretch of time, unless a preposition of time governs it.
                if w == "des" && !stretch_of_time(cx, i, i + 2) {
                    return None;
                }
                cx.note(i + 1, i + 2, || What::Unit {
                    unit: u,
                    amount: None,
                });
                return Some(found(i, i + 2, None, u, None));
            }
        }
        _ => {}
    }
    // "toute la journée", "toute l'année", "tout le mois"
    if matches!(w, "toute" | "tout") {
        let k = match cx.w(i + 1) {
            "la" | "le" => i + 2,
            "l" if cx.is_punct(i + 2, '\'') => i + 3,
            _ => return None,
        };
        let u = unit_at(cx, k, false)?;
        if matches!(
            u,
            DurationUnit::Day | DurationUnit::Week | DurationUnit::Month | DurationUnit::Year
        ) {
            return Some(found(i, k + 1, Some(Decimal::int(1)), u, None));
        }
        return None;
    }
    // "un plein mois", "une pleine année"; "la journée entière", "l'année entière"
    if matches!(w, "plein" | "pleine")
        && let Some(u) = unit_at(cx, i + 1, false)
    {
        return Some(found(i, i + 2, Some(Decimal::int(1)), u, None));
    }
    if unit_at(cx, i, false).is_some()
        && let Some(u) = unit_at(cx, i, false)
        && matches!(cx.w(i + 1), "entier" | "entiere" | "entiers" | "entieres")
    {
        return Some(found(i, i + 2, Some(Decimal::int(1)), u, None));
    }
    if matches!(w, "un" | "une")
        && cx.is_w(i + 1, "quart")
        && cx.is_w(i + 2, "de")
        && cx.is_w(i + 3, "siecle")
    {
        return Some(found(
            i,
            i + 4,
            Some(Decimal::int(25)),
            DurationUnit::Year,
            None,
        ));
    }
    let q = number::quantity(cx, i, true)?;
    let mut k = q.num.end;
    // "une dizaine d'années", "une quinzaine de jours": a round number and its unit.
    if k > 0 && lexicon::approx_collective(cx.w(k - 1)).is_some() {
        if cx.is_w(k, "de") {
            k += 1;
        } else if cx.is_w(k, "d") && cx.is_punct(k + 1, '\'') {
            k += 2;
        }
    }
    // "un quart de siècle", "un demi-siècle", "une demi-heure"
    if q.num.shape == Shape::Article || q.num.int() == Some(1) {
        if cx.is_w(k, "quart") && cx.is_w(k + 1, "de") && cx.is_w(k + 2, "siecle") {
            return Some(found(
                q.start,
                k + 3,
                Some(Decimal::int(25)),
                DurationUnit::Year,
                q.modifier,
            ));
        }
        if cx.is_w(k, "demi") && cx.is_punct(k + 1, '-') {
            let u = unit_at(cx, k + 2, false)?;
            let (amount, unit) = match u {
                DurationUnit::Hour => (Decimal::int(30), DurationUnit::Minute),
                DurationUnit::Century => (Decimal::int(50), DurationUnit::Year),
                DurationUnit::Year => (
                    Decimal {
                        digits: 5,
                        scale: 1,
                    },
                    DurationUnit::Year,
                ),
                DurationUnit::Day => (
                    Decimal {
                        digits: 5,
                        scale: 1,
                    },
                    DurationUnit::Day,
                ),
                _ => return None,
            };
            return Some(found(q.start, k + 3, Some(amount), unit, q.modifier));
        }
    }
    // "un jour" is "some day", unless something makes it a stretch of time.
    if q.num.shape == Shape::Article
        && q.modifier.is_none()
        && cx.is_w(k, "jour")
        && !(cx.is_w(k + 1, "et") && matches!(cx.w(k + 2), "demi" | "demie"))
        && !(q.start > 0
            && matches!(
                cx.w(q.start - 1),
                "pendant" | "durant" | "depuis" | "pour" | "en" | "dans"
            ))
    {
        return None;
    }
    // "un quart d'heure", "trois quarts d'heure": minutes.
    if k > q.num.start
        && matches!(cx.w(k - 1), "quart" | "quarts")
        && cx.is_w(k, "d")
        && cx.is_punct(k + 1, '\'')
        && cx.is_w(k + 2, "heure")
    {
        let minutes = number::from_f64(q.num.value.to_f64() * 60.0)?;
        cx.note(k + 2, k + 3, || What::Unit {
            unit: DurationUnit::Minute,
            amount: Some(minutes),
        });
        return Some(found(
            q.start,
            k + 3,
            Some(minutes),
            DurationUnit::Minute,
            q.modifier,
        ));
    }
    // "deux trimestres", "trois semestres", "un semestre": three months and half a year each,
    // as the nouns alone are; the article in the span as in "un mois".
    if let Some((each, unit)) = match cx.w(k) {
        "trimestres" if q.num.shape != Shape::Article => Some((3.0, DurationUnit::Month)),
        "semestres" if q.num.shape != Shape::Article => Some((0.5, DurationUnit::Year)),
        "trimestre" => Some((3.0, DurationUnit::Month)),
        "semestre" => Some((0.5, DurationUnit::Year)),
        _ => None,
    } {
        let amount = number::from_f64(q.num.value.to_f64() * each)?;
        cx.note(k, k + 1, || What::Unit {
            unit,
            amount: Some(amount),
        });
        return Some(found(q.start, k + 1, Some(amount), unit, q.modifier));
    }
    // "une bonne heure", "deux petites semaines" (about that long), "trois longues années": an
    // adjective between the count and its unit.
    let written = q.modifier;
    let mut modifier = q.modifier;
    if let Some(approx) = length_adjective(cx.w(k))
        && unit_at(cx, k + 1, false).is_some()
        // "une bonne année", "une bonne semaine" wish well: after an article, only where a
        // word of time or of waiting comes before ("pendant une bonne heure", "attendu une
        // bonne heure").
        && (q.num.shape != Shape::Article || !approx || waited(cx, q.start))
    {
        if approx && modifier.is_none() {
            modifier = Some(Mod::Approx);
        }
        k += 1;
    }
    let q = number::Quantity { modifier, ..q };
    let after_digits = matches!(q.num.shape, Shape::Plain { .. } | Shape::Digits);
    // "3-min", "30-minutes": a unit hyphenated to its number.
    if cx.is_punct(k, '-') && cx.adjacent(k) && cx.adjacent(k + 1) {
        k += 1;
    }
    // "3h", "3,5ans": a unit glued to its number.
    let unit = unit_at(cx, k, after_digits)?;
    let unit_tok = k;
    // "~2 000 h.": men, not hours.
    if shorthand::men_not_hours(cx, &q.num, k) {
        return None;
    }
    // A count of "h" is a time of day after "à", "vers", "dès".
    if matches!(cx.w(k), "h" | "heures" | "heure")
        && i > 0
        && matches!(
            cx.w(i - 1),
            "a" | "vers" | "des" | "jusqu" | "avant" | "apres"
        )
        && cx.raw(i - 1) != "a"
        && !super::time_of_day::range_end(cx, i)
        // "après deux heures de débat": spelled out, a stretch of time; "après 14 h", the clock.
        && !(matches!(cx.w(i - 1), "avant" | "apres") && q.num.shape == Shape::Words)
    {
        return None;
    }
    if age::is_age(cx, &q, unit, k) {
        return None;
    }
    // "une année noire", "une semaine décisive": the article and a noun, not an amount of time,
    // unless a preposition of time or nothing nominal surrounds it.
    // "une heure trente": the minutes after it make it a length.
    if q.num.shape == Shape::Article
        && written.is_none()
        && !stretch_of_time(cx, q.start, k + 1)
        && !(unit == DurationUnit::Hour && combined::minutes_in_words(cx, k + 1).is_some())
    {
        return None;
    }
    k += 1;
    // "une année entière"
    if matches!(cx.w(k), "entier" | "entiere" | "entiers" | "entieres") {
        k += 1;
    }
    // "3 mois env.", "deux ans environ": about that long.
    let mut q = q;
    if let Some(e) = shorthand::approx_after(cx, k) {
        q.modifier = q.modifier.or(Some(Mod::Approx));
        k = e;
    }
    // "des milliers d'années", "plusieurs centaines d'années": how many is not said, as in
    // "des années".
    if q.num.shape == Shape::Uncounted {
        return Some(found(q.start, k, None, unit, None));
    }
    let mut amount = q.num.value;
    // "trois ans et demi", "une heure et demie"
    if cx.is_w(k, "et") && (cx.is_w(k + 1, "demi") || cx.is_w(k + 1, "demie")) {
        amount = number::from_f64(amount.to_f64() + 0.5)?;
        k += 2;
    }
    // "une heure et quart", "deux heures et quart": and fifteen minutes.
    if unit == DurationUnit::Hour
        && cx.is_w(k, "et")
        && cx.is_w(k + 1, "quart")
        && let Some(d) =
            DurationValue::new(Some(amount), unit).and(Decimal::int(15), DurationUnit::Minute)
    {
        cx.note(unit_tok, unit_tok + 1, || What::Unit {
            unit,
            amount: Some(amount),
        });
        return Some(Found {
            start: q.start,
            end: k + 2,
            value: Value::Duration(d),
            modifier: q.modifier,
            warnings: Vec::new(),
        });
    }
    // "une demi heure", "0,75 heure": less than an hour is minutes, as "une demi-heure" is.
    if unit == DurationUnit::Hour
        && amount.to_f64() < 1.0
        && let Some(minutes) = number::from_f64(amount.to_f64() * 60.0)
        && minutes.normalized().scale == 0
    {
        return Some(found(
            q.start,
            k,
            Some(minutes),
            DurationUnit::Minute,
            q.modifier,
        ));
    }
    // "quinze jours" is two weeks and "huit jours" one, as French speakers mean them.
    cx.note(unit_tok, unit_tok + 1, || What::Unit {
        unit,
        amount: Some(amount),
    });
    let (amount, unit) = if unit == DurationUnit::Day && q.num.shape == Shape::Words {
        if amount == Decimal::int(15) {
            (Decimal::int(2), DurationUnit::Week)
        } else if amount == Decimal::int(8) {
            (Decimal::int(1), DurationUnit::Week)
        } else {
            (amount, unit)
        }
    } else {
        (amount, unit)
    };
    if unit == DurationUnit::Week
        && q.num.shape == Shape::Words
        && cx.w(unit_tok).starts_with("jour")
    {
        cx.note(q.num.start, unit_tok + 1, || What::DaysAsWeeks {
            days: if amount == Decimal::int(2) { 15 } else { 8 },
            weeks: amount.digits,
        });
    }
    Some(found(q.start, k, Some(amount), unit, q.modifier))
}

/// An adjective of length between a count and its unit, and whether it makes the length
/// approximate ("une bonne heure", "une petite semaine"; "deux longues années" is two years).
fn length_adjective(w: &str) -> Option<bool> {
    match w {
        "bon" | "bonne" | "bons" | "bonnes" | "petit" | "petite" | "petits" | "petites" => {
            Some(true)
        }
        "long" | "longue" | "longs" | "longues" => Some(false),
        _ => None,
    }
}

/// A preposition of time or a verb of waiting or lasting right before `start`.
fn waited(cx: &Cx, start: usize) -> bool {
    start > 0 && {
        let w = cx.w(start - 1);
        matches!(
            w,
            "pendant" | "durant" | "depuis" | "pour" | "apres" | "avant" | "en" | "dans" | "sur"
        ) || ["attend", "dur", "patient", "rest"]
            .iter()
            .any(|p| w.starts_with(p))
    }
}

/// A preposition of time before `start`, or nothing nominal after `end`: "depuis des années",
/// "pendant des heures", "des mois, ..." but not "des heures ouvrables".
fn stretch_of_time(cx: &Cx, start: usize, end: usize) -> bool {
    if start > 0
        && matches!(
            cx.w(start - 1),
            "pendant"
                | "durant"
                | "depuis"
                | "pour"
                | "apres"
                | "attendre"
                | "avant"
                | "en"
                | "dans"
                | "sur"
        )
    {
        return true;
    }
    match cx.tok(end) {
        None => true,
        Some(t) if !t.is_word() => true,
        Some(_) => matches!(
            cx.w(end),
            "de" | "d"
                | "a"
                | "au"
                | "et"
                | "ou"
                | "pour"
                | "par"
                | "sans"
                | "avant"
                | "apres"
                | "sur"
                | "dans"
                | "en"
                | "que"
                | "qui"
                | "plus"
                | "durant"
                | "pendant"
                | "deja"
                | "encore"
        ),
    }
}

fn english(cx: &Cx, i: usize) -> Option<Found> {
    let w = cx.w(i);
    if matches!(w, "several" | "few" | "many")
        && let Some(u) = unit_at(cx, i + 1, false)
    {
        cx.note(i + 1, i + 2, || What::Unit {
            unit: u,
            amount: None,
        });
        return Some(found(i, i + 2, None, u, None));
    }
    // "for a year", "took a week", "a year and a half": the article counts one when a word of
    // time governs it ("a day of mourning" is not a stretch of time).
    if matches!(w, "a" | "an")
        && let Some(u) = unit_at(cx, i + 1, false)
        && !cx.is_w(i + 2, "ago")
    {
        let half = cx.is_w(i + 2, "and") && cx.is_w(i + 3, "a") && cx.is_w(i + 4, "half");
        let governed = i > 0
            && matches!(
                cx.w(i - 1),
                "for"
                    | "within"
                    | "after"
                    | "over"
                    | "took"
                    | "lasted"
                    | "last"
                    | "lasts"
                    | "spent"
                    | "nearly"
                    | "almost"
                    | "about"
                    | "than"
                    | "in"
                    | "past"
                    | "around"
            );
        if half || governed {
            let (amount, end) = if half {
                (
                    Decimal {
                        digits: 15,
                        scale: 1,
                    },
                    i + 5,
                )
            } else {
                (Decimal::int(1), i + 2)
            };
            let (start, modifier) = match i.checked_sub(1).and_then(|k| number::qualifier(cx, k)) {
                Some((m, k)) if k == i => (i - 1, Some(m)),
                _ => match i.checked_sub(2).and_then(|k| number::qualifier(cx, k)) {
                    Some((m, k)) if k == i => (i - 2, Some(m)),
                    _ => (i, None),
                },
            };
            if let Some(m) = modifier {
                cx.note(start, i, || What::Mod(m));
            }
            cx.note(i + 1, i + 2, || What::Unit {
                unit: u,
                amount: Some(amount),
            });
            return Some(found(start, end, Some(amount), u, modifier));
        }
    }
    let q = number::quantity(cx, i, true)?;
    let after_digits = matches!(q.num.shape, Shape::Plain { .. } | Shape::Digits);
    let uncounted = q.num.shape == Shape::Uncounted;
    let k = q.num.end;
    let k = if cx.is_punct(k, '-') && cx.adjacent(k) || uncounted && cx.is_w(k, "of") {
        k + 1
    } else {
        k
    };
    let unit = unit_at(cx, k, after_digits)?;
    // "three years ago" is a date.
    if cx.is_w(k + 1, "ago") {
        return None;
    }
    // "thousands of years": how many is not said.
    if uncounted {
        return Some(found(q.start, k + 1, None, unit, None));
    }
    cx.note(k, k + 1, || What::Unit {
        unit,
        amount: Some(q.num.value),
    });
    Some(found(q.start, k + 1, Some(q.num.value), unit, q.modifier))
}
