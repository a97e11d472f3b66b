//! Combined durations: "deux ans et trois mois" is one duration, `P2Y3M`, with one span, as
//! French TimeBank and Recognizers-Text annotate it; "1 mois et 14 jours" is `P1M14D`, "un
//! an, deux mois et cinq jours" `P1Y2M5D`, "une heure et vingt minutes" `PT1H20M`, English
//! "two years and three months" likewise. Parts joined by commas need a last one joined by
//! "et" ("and"): "deux ans, trois mois" alone is a list.

use super::{Cx, Found, Lang};
use crate::value::{MORE_UNITS, Value};

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
    let mut done = None;
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
