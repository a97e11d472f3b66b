//! Negative numbers: a minus glued to its digits ("-9,5", "−3"), a minus set apart by a space
//! where a signed value is expected ("à – 12 °C", "de - 0,5 %", "− 4"), and the words "moins"
//! ("moins 10 degrés", "il fait moins cinq") and "négatif" ("négatif un").
//!
//! Recognizers-Text reads any minus after a non-letter as a sign, and only "négatif" as a
//! word. News prose also sets dashes apart for an incise ("le bilan – 12 morts – ...") and a
//! list ("- 5 blessés" at the start of a line), and writes "3 - 1" for a score and "1914 -
//! 1918" for a range; none of these is negative. So a spaced dash is a sign only after a word
//! that introduces a value ("à", "de", "jusqu'à", "atteint", "entre", "vers", "environ", "=",
//! "("), before a temperature, or when it is the minus sign U+2212 itself. "moins" is a sign
//! when no number, hour or comparative reading claims it: not in "moins de 200" (an upper
//! bound, read by [`super::number::qualifier`]), "au moins 10", "plus ou moins 10", "le moins
//! 10", "cinq heures moins dix", "dix moins trois".

use super::number::{Num, Shape};
use super::{Cx, Lang};

/// A negative number at token `i`, read on by `unsigned` from the token after the sign.
pub(super) fn negative(
    cx: &Cx,
    i: usize,
    unsigned: impl Fn(&Cx, usize) -> Option<Num>,
) -> Option<Num> {
    let t = cx.tok(i)?;
    let after = if t.is_word() {
        word_sign(cx, i)?
    } else if t.is_punct('-') {
        dash_sign(cx, i)?
    } else {
        return None;
    };
    let mut n = unsigned(cx, after)?;
    // "c'était moins une": the idiom of a close call, not minus one.
    if n.shape == Shape::Article && cx.is_w(i, "moins") {
        return None;
    }
    // "moins 10 degrés" and "- 10" keep their digits' shape; the span starts at the sign.
    n.value.digits = -n.value.digits;
    n.start = i;
    if matches!(n.shape, Shape::Plain { .. } | Shape::Article) {
        n.shape = if cx.tok(after).is_some_and(|t| t.is_digits()) {
            Shape::Digits
        } else {
            Shape::Words
        };
    }
    (n.value.digits != 0).then_some(n)
}

/// "négatif un", "moins cinq", "moins 10": the token after the sign word.
fn word_sign(cx: &Cx, i: usize) -> Option<usize> {
    if cx.lang != Lang::Fr {
        return None;
    }
    match cx.w(i) {
        "negatif" | "negative" => Some(i + 1),
        "moins" if moins_is_a_sign(cx, i) => Some(i + 1),
        _ => None,
    }
}

fn moins_is_a_sign(cx: &Cx, i: usize) -> bool {
    let next = cx.tok(i + 1);
    // "moins de 200", "moins d'un tiers", "moins le quart": not a number after it.
    if !next.is_some_and(|t| t.is_digits() || t.is_word()) || cx.is_w(i + 1, "de") {
        return false;
    }
    if i == 0 {
        return true;
    }
    let before = cx.w(i - 1);
    let comparative = matches!(
        before,
        "au" | "pas" | "ou" | "le" | "la" | "les" | "en" | "du" | "plus" | "beaucoup" | "bien"
    );
    // "cinq heures moins dix", "midi moins cinq", "dix moins trois".
    let arithmetic = cx.is_digits_at(i - 1)
        || matches!(before, "heure" | "heures" | "h" | "midi" | "minuit")
        || super::lexicon::num_word(cx.lang, before).is_some();
    !comparative && !arithmetic
}

/// "-9,5" glued, or "à – 12 °C" spaced where a value is expected: the token after the dash.
fn dash_sign(cx: &Cx, i: usize) -> Option<usize> {
    let digits = i + 1;
    if !cx.is_digits_at(digits) || cx.glued_to_previous(i) {
        return None;
    }
    if cx.adjacent(digits) {
        return Some(digits);
    }
    if !cx.space_gap(digits) {
        return None;
    }
    // The minus sign itself is never a dash of prose.
    if cx.raw(i) == "\u{2212}" && !(i > 0 && cx.is_digits_at(i - 1)) {
        return Some(digits);
    }
    if i == 0 || cx.line_break_before(i) {
        return temperature_after(cx, digits).then_some(digits);
    }
    let before = cx.w(i - 1);
    let introduces = matches!(
        before,
        "a" | "de" | "jusqu" | "atteint" | "atteignant" | "entre" | "vers" | "environ" | "et"
    ) && !(before == "a" && cx.raw(i - 1) == "a")
        || cx.is_punct(i - 1, '=')
        || cx.is_punct(i - 1, '(');
    // "et" joins the second end of a range of signed values: "entre - 5 et - 10".
    let range_end = before != "et" || i >= 3 && cx.is_punct(i - 3, '-');
    (introduces && range_end || temperature_after(cx, digits)).then_some(digits)
}

/// A temperature unit after the number that starts at token `k`: "12 °C", "12°", "12
/// degrés".
fn temperature_after(cx: &Cx, k: usize) -> bool {
    let mut j = k + 1;
    // "12,5 degrés"
    if cx.is_punct(j, ',') && cx.adjacent(j) && cx.is_digits_at(j + 1) {
        j += 2;
    }
    let Some(end) = cx.tok(j - 1).map(|t| t.end) else {
        return false;
    };
    cx.text[end..].trim_start().starts_with('°')
        || matches!(cx.w(j), "degre" | "degres" | "degrees")
}
