//! Combined durations: "deux ans et trois mois" is one duration, `P2Y3M`, with one span, as
//! French TimeBank and Recognizers-Text annotate it; "1 mois et 14 jours" is `P1M14D`, "un
//! an, deux mois et cinq jours" `P1Y2M5D`, "une heure et vingt minutes" `PT1H20M`, English
//! "two years and three months" likewise. Parts joined by commas need a last one joined by
//! "et" ("and"): "deux ans, trois mois" alone is a list.

use super::{Cx, Found, Lang, lexicon};
use crate::value::{Decimal, DurationUnit, DurationValue, MORE_UNITS, Value};

/// `first`, a duration just read, extended by the parts that follow it: each one a duration
/// of one unit that `part` reads at the token after "et" or a comma, without a modifier of
/// its own (a modifier before the first qualifies the whole).
pub(super) fn extend(cx: &Cx, first: Found, part: impl Fn(&Cx, usize) -> Option<Found>) -> Found {
    let Value::Duration(mut d) = first.value else {
        return first;
    };
    // "entre deux ans et trois mois" is a range.
    if d.amount.is_none()
        || (first.start > 0 && matches!(cx.w(first.start - 1), "entre" | "between"))
    {
        return first;
    }
    let and = match cx.lang {
        Lang::Fr => "et",
        Lang::En => "and",
    };
    let mut k = first.end;
    // "1 heure 30 minutes", "2 h 15 min", "3 minutes 20 secondes": a clock's parts, the
    // smaller one written right after the larger, with its unit.
    let mut clock = None;
    for _ in 0..2 {
        let Some(p) = clock_part(cx, &d, k, &part) else {
            break;
        };
        let Value::Duration(pd) = p.value else { break };
        let Some(next) = pd.amount.and_then(|a| d.and(a, pd.unit)) else {
            break;
        };
        d = next;
        k = p.end;
        clock = Some((d, k));
    }
    // "1 h 30", "2h15": an hour's minutes without their unit, after "h" only; "une heure
    // trente", "deux heures quinze": spelled out, after "heure(s)".
    if clock.is_none()
        && let Some((m, end)) = bare_minutes(cx, &d, k)
            .map(|m| (m, k + 1))
            .or_else(|| spelled_minutes(cx, &d, k))
        && let Some(next) = d.and(Decimal::int(m), DurationUnit::Minute)
    {
        d = next;
        k = end;
        clock = Some((d, k));
    }
    let mut done = clock;
    for _ in 0..MORE_UNITS {
        let last = cx.is_w(k, and);
        if !last && !cx.is_punct(k, ',') {
            break;
        }
        let Some(p) = part(cx, k + 1) else { break };
        let Value::Duration(pd) = p.value else { break };
        if p.modifier.is_some() || pd.rest.iter().any(Option::is_some) {
            break;
        }
        let Some(next) = pd.amount.and_then(|a| d.and(a, pd.unit)) else {
            break;
        };
        d = next;
        k = p.end;
        if last {
            done = Some((d, k));
            break;
        }
    }
    match done {
        // "deux ans et trois mois plus tard" counts from a date: the parts stay apart.
        Some((d, end)) if !(cx.is_w(end, "plus") || cx.is_w(end, "later")) => Found {
            end,
            value: Value::Duration(d),
            ..first
        },
        _ => first,
    }
}

/// The minutes written at token `k` right after "h" ("1 h 30", "2h15"): two digits below
/// 60, with no unit nor other number after them.
fn bare_minutes(cx: &Cx, d: &DurationValue, k: usize) -> Option<i64> {
    let (last, unit) = d.last();
    last.filter(|a| a.normalized().scale == 0)?;
    let t = cx.tok(k)?;
    if unit != DurationUnit::Hour
        || !cx.is_w(k - 1, "h")
        || !t.is_digits()
        || t.len() != 2
        || !(cx.space_gap(k) || cx.adjacent(k))
        || cx.is_digits_at(k + 1)
        || lexicon::unit(cx.lang, cx.w(k + 1)).is_some()
    {
        return None;
    }
    let m: i64 = cx.raw(k).parse().ok()?;
    (1..60).contains(&m).then_some(m)
}

/// The minutes spelled out at token `k` right after "heure"/"heures" ("une heure trente",
/// "deux heures quarante-cinq") of a whole number of hours `d`.
fn spelled_minutes(cx: &Cx, d: &DurationValue, k: usize) -> Option<(i64, usize)> {
    let (last, unit) = d.last();
    last.filter(|a| a.normalized().scale == 0)?;
    if unit != DurationUnit::Hour {
        return None;
    }
    minutes_in_words(cx, k)
}

/// The minutes in words at token `k` after "heure"/"heures": a number in words below 60, and
/// then no noun it could count ("deux heures trente manifestants"): a punctuation mark, the
/// end, or a preposition. The minutes and the token after them.
pub(super) fn minutes_in_words(cx: &Cx, k: usize) -> Option<(i64, usize)> {
    if cx.lang != Lang::Fr
        || k == 0
        || !matches!(cx.w(k - 1), "heure" | "heures")
        || !cx.space_gap(k)
    {
        return None;
    }
    let n = super::number::cardinal(cx, k).filter(|n| n.shape == super::number::Shape::Words)?;
    let m = n.int().filter(|m| (1..60).contains(m))?;
    let free = cx.tok(n.end).is_none_or(|t| !t.is_word() && !t.is_digits())
        || matches!(
            cx.w(n.end),
            "de" | "d"
                | "du"
                | "des"
                | "pour"
                | "sans"
                | "avant"
                | "apres"
                | "en"
                | "au"
                | "sur"
                | "sous"
                | "dans"
                | "par"
                | "avec"
                | "contre"
        );
    (free && lexicon::unit(cx.lang, cx.w(n.end)).is_none()).then_some((m, n.end))
}

/// The part of a clock duration at token `k` right after `d` (no "et", no comma): an hour's
/// minutes or a minute's seconds, a whole number below 60 with its unit written.
fn clock_part(
    cx: &Cx,
    d: &DurationValue,
    k: usize,
    part: &impl Fn(&Cx, usize) -> Option<Found>,
) -> Option<Found> {
    let (last, unit) = d.last();
    let smaller = match unit {
        DurationUnit::Hour => DurationUnit::Minute,
        DurationUnit::Minute => DurationUnit::Second,
        _ => return None,
    };
    last.filter(|a| a.normalized().scale == 0)?;
    // On the same line, one space away or glued ("1h30min"), and counted, not "une minute".
    if !(cx.space_gap(k) || (cx.adjacent(k) && cx.is_digits_at(k)))
        || matches!(cx.w(k), "un" | "une")
    {
        return None;
    }
    let p = part(cx, k).filter(|p| p.start == k && p.modifier.is_none())?;
    let Value::Duration(pd) = p.value else {
        return None;
    };
    let a = pd.amount?.normalized();
    (pd.unit == smaller
        && pd.rest.iter().all(Option::is_none)
        && a.scale == 0
        && (1..60).contains(&a.digits))
    .then_some(p)
}
