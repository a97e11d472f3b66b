//! Magnitude suffixes after digits: "100K", "10k", "20 k€" (thousands), "2,5 M€", "5 M",
//! "12 Mio" (millions), "3 Md€", "1,2 Mds", "4 Mrd" (milliards); English "$3B", "3bn". The
//! value is the plain number ("2,5 M€" is 2500000) and the currency stays outside the span,
//! as it does after "2,5 millions".
//!
//! Recognizers-Text reads k, M, G and T after any digits. News text also writes "la 4G" and
//! "la 5G" (networks), "un écran 4K" and "8K" (resolutions), and "M." before a name, so: no
//! G or T at all; a capital K after a whole number under ten only before a currency sign;
//! and a suffix set apart by a space only when no name follows it ("5 M Dupont", "5 M.
//! Dupont" are not five million).

use super::{Cx, Lang};
use crate::value::Decimal;

/// The factor of a magnitude suffix at token `k`, right after the digits of `value`.
pub(super) fn suffix(cx: &Cx, k: usize, value: Decimal) -> Option<i64> {
    let raw = cx.raw(k);
    let factor = match (cx.lang, raw) {
        (_, "k" | "K") => 1_000,
        (_, "M") | (Lang::Fr, "Mio") => 1_000_000,
        (Lang::Fr, "Md" | "Mds" | "Mrd" | "Mrds" | "md" | "mds") => 1_000_000_000,
        (Lang::En, "b" | "B" | "bn") => 1_000_000_000,
        _ => return None,
    };
    let glued = cx.adjacent(k);
    if !glued && !cx.space_gap(k) {
        return None;
    }
    let next = k + 1;
    // "3Mds€" is fine, "3Kg" or "5Mo" is another word.
    if cx.adjacent(next) && cx.tok(next).is_some_and(|t| t.is_word() || t.is_digits()) {
        return None;
    }
    let currency = currency_after(cx, k);
    // "un écran 4K", "la course des 5K": a name, unless money follows.
    if raw == "K" && !currency && value.scale == 0 && value.digits < 10 {
        return None;
    }
    if !glued && !currency {
        // "5 M. Dupont", "5 M Dupont": a name follows.
        let name_at = |j: usize| cx.tok(j).is_some_and(|t| t.is_word()) && cx.capitalized(j);
        if name_at(next) || (cx.is_punct(next, '.') && name_at(next + 1)) {
            return None;
        }
        // "10 k habitants" and "4 Mrd l'an passé" read, "5 M soldats" does not: a spaced M,
        // the one suffix that is also a title, needs money or nothing after it.
        if raw == "M" && cx.tok(next).is_some_and(|t| t.is_word()) && !money_words(cx, next) {
            return None;
        }
    }
    Some(factor)
}

/// A currency sign right after token `k`: "M€", "k$", "Md £".
fn currency_after(cx: &Cx, k: usize) -> bool {
    let Some(t) = cx.tok(k) else { return false };
    let rest = cx.text[t.end..].trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    rest.starts_with(['€', '$', '£', '¥'])
}

/// "d'euros", "de dollars", "euros": the money a spaced suffix counts.
fn money_words(cx: &Cx, k: usize) -> bool {
    let money = |w: &str| {
        matches!(
            w,
            "euros" | "euro" | "dollars" | "dollar" | "livres" | "francs" | "eur" | "usd"
        )
    };
    match cx.w(k) {
        "de" => money(cx.w(k + 1)),
        "d" => money(cx.w(k + 1)) || money(cx.w(k + 2)),
        w => money(w),
    }
}
