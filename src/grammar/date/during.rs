//! "courant avril", "courant 2026", "courant de l'année prochaine", "dans le courant du mois
//! de mai": a period named as the time during which something happens. "courant" says no
//! more than the period itself (no mod: it is neither its start nor its end), but it belongs
//! to the expression, as "début" and "fin" do, so the span starts at it.

use crate::grammar::{Cx, Found};
use crate::value::{DateValue, Value};

/// Widens `f` to the "courant" (and its "de", "du", "d'", "de l'") before it, when `f` is a
/// period longer than a day.
pub(super) fn extend(cx: &Cx, f: &mut Found) {
    let period = matches!(
        f.value,
        Value::Date(
            DateValue::Month { .. }
                | DateValue::Year { .. }
                | DateValue::Week { .. }
                | DateValue::WeekEnd { .. }
                | DateValue::Season { .. }
                | DateValue::Quarter { .. }
                | DateValue::Half { .. }
        )
    );
    if !period || f.modifier.is_some() || f.start == 0 {
        return;
    }
    let mut k = f.start - 1;
    // "courant de l'année prochaine": the article the date's span leaves out.
    if cx.is_punct(k, '\'') && k > 0 && cx.is_w(k - 1, "l") {
        k = k.saturating_sub(2);
    } else if matches!(cx.w(k), "la" | "le") {
        k = k.saturating_sub(1);
    }
    // "courant de", "courant du", "courant d'avril"
    if matches!(cx.w(k), "de" | "du") {
        k = k.saturating_sub(1);
    } else if cx.is_punct(k, '\'') && k > 0 && cx.is_w(k - 1, "d") {
        k = k.saturating_sub(2);
    }
    if !cx.is_w(k, "courant") {
        return;
    }
    // "le courant mai 68": a noun, not the preposition.
    if k > 0 && matches!(cx.w(k - 1), "un" | "ce" | "cet") {
        return;
    }
    f.start = k;
}
