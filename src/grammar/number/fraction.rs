//! Fractions: "3/4", "½", a mixed number's part, and the parts in words after a numerator
//! ("deux tiers", "cinq-huitièmes", "un sur trois", "deux tiers de million"), for [`super`].

use super::spelled::{part_word, skip_joiners, words};
use super::{Num, Shape, add, digits, from_f64, pow10, ratio};
use crate::grammar::lexicon::{self, NumWord};
use crate::grammar::trace::What;
use crate::grammar::{Cx, Lang};
use crate::value::Decimal;

/// The value of a vulgar fraction character at token `i` ("½", "⅙").
pub(super) fn vulgar(cx: &Cx, i: usize) -> Option<Decimal> {
    let (n, d) = match cx.raw(i) {
        "½" => (1, 2.0),
        "⅓" => (1, 3.0),
        "⅔" => (2, 3.0),
        "¼" => (1, 4.0),
        "¾" => (3, 4.0),
        "⅕" => (1, 5.0),
        "⅖" => (2, 5.0),
        "⅗" => (3, 5.0),
        "⅘" => (4, 5.0),
        "⅙" => (1, 6.0),
        "⅚" => (5, 6.0),
        "⅛" => (1, 8.0),
        "⅜" => (3, 8.0),
        "⅝" => (5, 8.0),
        "⅞" => (7, 8.0),
        _ => return None,
    };
    ratio(Decimal::int(n), d)
}

/// "3/4" at token `i`: a proper fraction with a small denominator, not a date ("22/04") nor a
/// ratio of large counts.
pub(super) fn slash_fraction(cx: &Cx, i: usize) -> Option<(Decimal, usize)> {
    cx.tok(i).filter(|t| t.is_digits() && t.len() <= 3)?;
    if !cx.is_punct(i + 1, '/')
        || !cx.adjacent(i + 1)
        || !cx.adjacent(i + 2)
        || !cx.is_digits_at(i + 2)
    {
        return None;
    }
    let n: i64 = cx.raw(i).parse().ok()?;
    let d: i64 = cx.raw(i + 2).parse().ok()?;
    if d == 0
        || n >= d
        || d > 100
        || (cx.adjacent(i + 3)
            && !cx
                .tok(i + 3)
                .is_some_and(|t| t.is_punct('.') || t.is_punct(',')))
    {
        return None;
    }
    Some((ratio(Decimal::int(n), d as f64)?, i + 3))
}

/// A fraction after its numerator, if one follows: "deux tiers", "cinq-huitièmes", "un vingt
/// cinquième" (1/25), "vingt et un cinquième" (20 + 1/5), "un sur trois", "deux tiers de
/// million". Otherwise the numerator as it was.
pub(super) fn with_fraction(cx: &Cx, num: Num) -> Num {
    match fraction(cx, &num) {
        Some(f) => {
            cx.note(f.start, f.end, || What::Words(f.value));
            f
        }
        None => num,
    }
}

pub(super) fn fraction(cx: &Cx, num: &Num) -> Option<Num> {
    let n = num.int()?;
    if !(1..=1_000_000).contains(&n) {
        return None;
    }
    let k = if cx.is_punct(num.end, '-') && cx.adjacent(num.end) {
        num.end + 1
    } else {
        num.end
    };
    let compound = || -> Option<(i64, usize)> {
        // "vingt cinquième", "vingt-et-unième", "cent cinquième": an ordinal of several words.
        let prefix = words(cx, k).filter(|p| p.shape == Shape::Words)?;
        let o = skip_joiners(cx, prefix.end);
        let last = part_word(cx.lang, cx.w(o), true)?;
        if n != 1 && !(o > prefix.end && cx.adjacent(o)) {
            // After a numerator other than one, only a hyphenated ordinal is one word.
            return None;
        }
        let p = prefix.int()?;
        Some((if last >= 100 { p * last } else { p + last }, o + 1))
    };
    let mut end;
    let mut value;
    if (cx.is_w(k, "sur") || (cx.lang == Lang::En && cx.is_w(k, "in"))) && k == num.end {
        // "un sur trois", "deux sur trois": a rate, read as a fraction when it is one.
        let den = digits_or_words(cx, k + 1)?;
        let d = den.int()?;
        let small = matches!(num.shape, Shape::Words | Shape::Article) || n == 1;
        if d <= n || !small {
            return None;
        }
        return Some(Num::words(num.start, den.end, ratio(num.value, d as f64)?));
    } else if matches!(num.shape, Shape::Article | Shape::Words)
        && let Some((den, e)) = compound()
    {
        end = e;
        value = ratio(num.value, den as f64)?;
    } else if let Some(den) = part_word(cx.lang, cx.w(k), false) {
        // "un demi" is a half, "deux demi-finales" is not a number; "un demi-million" is.
        if cx.is_punct(k + 1, '-') && cx.adjacent(k + 1) && !is_scale(cx, k + 2) {
            return None;
        }
        end = k + 1;
        // "vingt et un cinquième": twenty and a fifth.
        let ends_et_un =
            num.end >= 2 && matches!(cx.w(num.end - 1), "un" | "une") && cx.is_w(num.end - 2, "et");
        value = if ends_et_un && n > 1 {
            add(Decimal::int(n - 1), ratio(Decimal::int(1), den as f64)?)?
        } else {
            ratio(num.value, den as f64)?
        };
    } else {
        return None;
    }
    // "deux tiers de million", "un demi-million", "une demi-douzaine"
    let s = if cx.is_punct(end, '-') && cx.adjacent(end) || cx.is_w(end, "de") {
        end + 1
    } else {
        end
    };
    if let Some(m) = scale_at(cx, s) {
        value = from_f64(value.to_f64() * m as f64)?;
        end = s + 1;
    }
    Some(Num::words(num.start, end, value))
}

fn digits_or_words(cx: &Cx, i: usize) -> Option<Num> {
    let t = cx.tok(i)?;
    if t.is_digits() {
        digits(cx, i)
    } else {
        words(cx, i)
    }
}

fn is_scale(cx: &Cx, k: usize) -> bool {
    scale_at(cx, k).is_some()
}

/// "million", "milliards", "douzaine": what a fraction before it multiplies.
pub(super) fn scale_at(cx: &Cx, k: usize) -> Option<i64> {
    match lexicon::num_word(cx.lang, cx.w(k)) {
        Some(NumWord::Scale(p)) if p >= 6 => Some(pow10(p)),
        _ if cx.lang == Lang::Fr && matches!(cx.w(k), "douzaine" | "douzaines") => Some(12),
        _ => None,
    }
}
