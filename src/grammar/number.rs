//! Numbers: digit groups ("2 000", "1.500.000", "100’000", "30,4"), spelled-out cardinals ("cent vingt
//! mille"), scale words ("1,5 million"), fractions ("deux tiers", "3/4", "un sur trois"),
//! scientific notation ("1e10"); the fractions are in `fraction`, and the quantities (the
//! qualifiers that bound them, "environ", "plus de"; the collective nouns of French, "une
//! vingtaine") in `quantity`.

use super::lexicon::{self, NumWord};
use super::magnitude;
use super::sign;
use super::thousands;
use super::trace::{Mark, What};
use super::{Cx, Lang};
use crate::value::Decimal;

mod factor;
mod fraction;
mod one;
mod postcode;
mod quantity;
pub mod range;
mod roman;
mod spelled;
pub use factor::is_factor;
use fraction::{slash_fraction, vulgar, with_fraction};
pub use quantity::{Quantity, qualifier, quantity};
pub use roman::roman_ordinal;
pub use spelled::ordinal;
use spelled::{counted_nine, part_word, words};

/// How a number was written; the date grammar needs to know a bare "2020" from "2 020".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// One run of digits with nothing around it: "2020", "17".
    Plain { digits: u8 },
    /// Digits with group separators, a decimal part, a fraction or a scale word.
    Digits,
    /// Spelled out: "trente", "deux mille".
    Words,
    /// The article "un"/"une" alone, which is a number only in a few constructions.
    Article,
    /// A plural collective noun with no count ("des milliers"): its value is a lower bound.
    Uncounted,
}

/// A number found at tokens `start..end`.
#[derive(Debug, Clone, Copy)]
pub struct Num {
    pub start: usize,
    pub end: usize,
    pub value: Decimal,
    pub shape: Shape,
}

impl Num {
    /// The value as an integer (days, years, amounts of time units), if it is one.
    pub fn int(&self) -> Option<i64> {
        let d = self.value.normalized();
        (d.scale == 0).then_some(d.digits)
    }

    fn words(start: usize, end: usize, value: Decimal) -> Num {
        Num {
            start,
            end,
            value,
            shape: Shape::Words,
        }
    }
}

const HALF: Decimal = Decimal {
    digits: 5,
    scale: 1,
};

fn pow10(p: u8) -> i64 {
    10i64.pow(u32::from(p))
}

/// `d * m`, exact.
pub(super) fn mul(d: Decimal, m: i64) -> Option<Decimal> {
    let mut d = d.normalized();
    let mut m = m;
    // Absorb the scale first so that 1,5 × 10^6 stays exact.
    while d.scale > 0 && m % 10 == 0 {
        m /= 10;
        d.scale -= 1;
    }
    Some(
        Decimal {
            digits: d.digits.checked_mul(m)?,
            scale: d.scale,
        }
        .normalized(),
    )
}

fn add(a: Decimal, b: Decimal) -> Option<Decimal> {
    let scale = a.scale.max(b.scale);
    let up = |d: Decimal| {
        d.digits
            .checked_mul(10i64.checked_pow(u32::from(scale - d.scale))?)
    };
    Some(
        Decimal {
            digits: up(a)?.checked_add(up(b)?)?,
            scale,
        }
        .normalized(),
    )
}

/// A ratio, to 15 significant digits: enough for every comparison made on it, since 2/3 has
/// no exact decimal form anyway.
pub fn ratio(num: Decimal, den: f64) -> Option<Decimal> {
    if den == 0.0 {
        return None;
    }
    from_f64(num.to_f64() / den)
}

/// `x` to 15 significant digits.
pub fn from_f64(x: f64) -> Option<Decimal> {
    if !x.is_finite() || x.abs() >= 9e18 {
        return None;
    }
    let mag = if x == 0.0 {
        0
    } else {
        x.abs().log10().floor() as i32
    };
    let scale = (14 - mag).clamp(0, 18) as u8;
    let digits = (x * 10f64.powi(i32::from(scale))).round();
    if digits.abs() >= 9.2e18 {
        return None;
    }
    Some(
        Decimal {
            digits: digits as i64,
            scale,
        }
        .normalized(),
    )
}

/// Parses a number (no qualifier) starting at token `i`.
pub fn cardinal(cx: &Cx, i: usize) -> Option<Num> {
    let t = cx.tok(i)?;
    if t.is_digits() {
        // "75016 Paris", "code postal 13002": a postcode counts nothing.
        if t.len() == 5 && postcode::is_postcode(cx, i) {
            return None;
        }
        return digits(cx, i).map(|n| {
            if matches!(n.shape, Shape::Plain { .. }) {
                with_fraction(cx, n)
            } else {
                n
            }
        });
    }
    if t.is_word() {
        // "négatif un", "moins cinq", "moins 10 degrés"
        if matches!(cx.key(t), "negatif" | "negative" | "moins") {
            return sign::negative(cx, i, cardinal);
        }
        // "dix-huitième", "vingt-cinquième": one ordinal word, not a number and a fraction.
        if ordinal(cx, i).is_some() {
            return None;
        }
        // "un bâtiment neuf", "tout neuf", "quoi de neuf": the adjective.
        if cx.lang == Lang::Fr && cx.key(t) == "neuf" && !counted_nine(cx, i) {
            return None;
        }
        return words(cx, i).map(|n| with_fraction(cx, n));
    }
    // "½", "¾": a vulgar fraction character.
    if let Some(v) = vulgar(cx, i) {
        return Some(Num {
            start: i,
            end: i + 1,
            value: v,
            shape: Shape::Digits,
        });
    }
    // "-9,5", "à – 12 °C": a minus sign (see [`sign`]).
    if t.is_punct('-') {
        return sign::negative(cx, i, cardinal);
    }
    // ",08": a leading decimal comma (French).
    if cx.lang == Lang::Fr
        && t.is_punct(',')
        && cx.is_digits_at(i + 1)
        && cx.adjacent(i + 1)
        && !cx.glued_to_previous(i)
    {
        let frac = cx.toks[i + 1];
        let value = decimal_from_parts("0", &cx.text[frac.start..frac.end])?;
        return Some(Num {
            start: i,
            end: i + 2,
            value,
            shape: Shape::Digits,
        });
    }
    None
}

fn decimal_from_parts(int: &str, frac: &str) -> Option<Decimal> {
    let frac = if frac.len() > 15 { &frac[..15] } else { frac };
    let mut digits: i64 = 0;
    for b in int.bytes().chain(frac.bytes()) {
        digits = digits.checked_mul(10)?.checked_add(i64::from(b - b'0'))?;
    }
    Some(
        Decimal {
            digits,
            scale: frac.len() as u8,
        }
        .normalized(),
    )
}

/// The token after a sign run ("+", "-", "--") glued to token `k`, and whether it negates.
fn signs(cx: &Cx, mut k: usize) -> (usize, bool) {
    let mut neg = false;
    while (cx.is_punct(k, '-') || cx.is_punct(k, '+')) && cx.adjacent(k) {
        neg ^= cx.is_punct(k, '-');
        k += 1;
    }
    (k, neg)
}

/// Digit groups with thousands separators (see [`thousands`]), a decimal part, an exponent or
/// a fraction, then an optional scale word.
fn digits(cx: &Cx, i: usize) -> Option<Num> {
    let first = cx.toks[i];
    let (int_end, separator) = thousands::integer_part(cx, i);
    let grouped = int_end > i + 1;
    let mut buf = [0u8; 24];
    let mut len = 0usize;
    for t in &cx.toks[i..int_end] {
        if t.is_digits() {
            let s = &cx.text.as_bytes()[t.start..t.end];
            buf.get_mut(len..len + s.len())?.copy_from_slice(s);
            len += s.len();
        }
    }
    let int_text = std::str::from_utf8(&buf[..len]).ok()?;
    let mut end = int_end;
    let mut frac_text = "";
    let dec_punct = match cx.lang {
        Lang::Fr => ',',
        Lang::En => '.',
    };
    // French writes "5.00" too; a dot is decimal when it is not a thousands separator, and not
    // inside an address or version "192.168.1.2".
    let after_dotted = i > 0 && cx.adjacent(i) && cx.is_punct(i - 1, '.');
    if let (Some(p), Some(d)) = (cx.tok(end), cx.tok(end + 1))
        && d.is_digits()
        && cx.adjacent(end)
        && cx.adjacent(end + 1)
        && (p.is_punct(dec_punct)
            || (cx.lang == Lang::Fr
                && p.is_punct('.')
                && !grouped
                && d.len() != 3
                && !after_dotted))
        && !(cx.is_punct(end + 2, if p.is_punct('.') { '.' } else { ',' })
            && cx.adjacent(end + 2)
            && cx.is_digits_at(end + 3))
    {
        frac_text = &cx.text[d.start..d.end];
        end += 2;
    }
    let mut value = decimal_from_parts(int_text, frac_text)?;
    cx.note(i, end, || {
        let decimal = if frac_text.is_empty() {
            None
        } else {
            cx.raw(int_end).chars().next().and_then(Mark::of)
        };
        What::Digits {
            value,
            separator,
            decimal,
        }
    });
    let mut shape = if end == i + 1 {
        Shape::Plain {
            digits: first.len().min(255) as u8,
        }
    } else {
        Shape::Digits
    };

    // Scientific notation: "1e10", "12,32e+14", "1,1^23".
    if cx.adjacent(end) && (cx.is_w(end, "e") || cx.is_punct(end, '^')) {
        let (k, neg) = signs(cx, end + 1);
        if cx.is_digits_at(k) && cx.adjacent(k) && cx.tok(k)?.len() <= 3 {
            let exp: i32 = cx.raw(k).parse().ok()?;
            let exp = if neg { -exp } else { exp };
            let x = if cx.is_punct(end, '^') {
                value.to_f64().powi(exp)
            } else {
                value.to_f64() * 10f64.powi(exp)
            };
            return Some(Num {
                start: i,
                end: k + 1,
                value: from_f64(x)?,
                shape: Shape::Digits,
            });
        }
    }
    // A fraction "3/4", or a mixed number "2 1/4", "2½", "2 ½".
    if frac_text.is_empty() && !grouped {
        if let Some(v) = vulgar(cx, end).filter(|_| cx.adjacent(end) || cx.space_gap(end)) {
            return Some(Num {
                start: i,
                end: end + 1,
                value: add(value, v)?,
                shape: Shape::Digits,
            });
        }
        if let Some((v, e)) = slash_fraction(cx, i) {
            return Some(Num {
                start: i,
                end: e,
                value: v,
                shape: Shape::Digits,
            });
        }
        if let Some((v, e)) = slash_fraction(cx, end).filter(|_| {
            cx.tok(end)
                .is_some_and(|t| !cx.adjacent(end) && t.len() == 1)
        }) && v.to_f64() < 1.0
        {
            return Some(Num {
                start: i,
                end: e,
                value: add(value, v)?,
                shape: Shape::Digits,
            });
        }
    }
    // A scale word: "1,5 million", "3 milliards", "10 mille", "3 douzaines", "322 cent"; a
    // magnitude suffix: "10k", "2,5 M€" (see [`magnitude`]).
    if let Some(t) = cx.tok(end)
        && t.is_word()
    {
        let w = cx.key(t);
        let scale = match lexicon::num_word(cx.lang, w) {
            Some(NumWord::Scale(p)) => Some(pow10(p)),
            Some(NumWord::Hundred) if cx.lang == Lang::Fr && w == "cent" => Some(100),
            _ if cx.lang == Lang::Fr && (w == "douzaine" || w == "douzaines") => Some(12),
            _ => magnitude::suffix(cx, end, value),
        };
        if let Some(m) = scale {
            value = mul(value, m)?;
            cx.note(end, end + 1, || What::Scale { factor: m, value });
            end += 1;
            shape = Shape::Digits;
            // "3 millions et demi"
            if cx.is_w(end, "et") && (cx.is_w(end + 1, "demi") || cx.is_w(end + 1, "demie")) {
                value = add(value, mul(HALF, m)?)?;
                end += 2;
            } else if let Some((v, e)) = smaller_group(cx, end, m) {
                // "2 milliards 300 millions", "4 mille 3 cents", "3 cent vingt"
                value = add(value, v)?;
                end = e;
            }
        }
    }
    Some(Num {
        start: i,
        end,
        value,
        shape,
    })
}

/// After "<digits> <scale>", the next group of a number written in mixed notation: digits
/// with a smaller scale word ("300 millions" after "2 milliards", "3 cents" after "4 mille"),
/// or spelled-out words below the scale ("vingt" after "3 cent"). Plain digits are not read on
/// ("3 millions 200 habitants" is ambiguous).
fn smaller_group(cx: &Cx, k: usize, m: i64) -> Option<(Decimal, usize)> {
    if cx.lang != Lang::Fr || m < 100 || !cx.space_gap(k) {
        return None;
    }
    let t = cx.tok(k)?;
    if t.is_digits() {
        if cx.adjacent(k + 1) || !cx.space_gap(k + 1) {
            return None;
        }
        let w = cx.w(k + 1);
        let s = match lexicon::num_word(cx.lang, w) {
            Some(NumWord::Scale(p)) if w != "mil" => pow10(p),
            Some(NumWord::Hundred) => 100,
            _ => return None,
        };
        let n: i64 = cx.raw(k).parse().ok().filter(|&n| n > 0 && n < 1000)?;
        if s >= m || n * s >= m {
            return None;
        }
        let (v, e) = (Decimal::int(n * s), k + 2);
        return Some(match smaller_group(cx, e, s) {
            Some((v2, e2)) => (add(v, v2)?, e2),
            None => (v, e),
        });
    }
    let n = words(cx, k).filter(|n| n.shape == Shape::Words || m == 100)?;
    // "3 cent vingt", "2 milliards trois cents millions", but not "3 millions deux ans".
    let v = n
        .int()
        .filter(|&v| v > 0 && v < m && (m == 100 || v >= 100))?;
    if cx.is_w(n.end, "et") || part_word(cx.lang, cx.w(n.end), false).is_some() {
        return None;
    }
    Some((Decimal::int(v), n.end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_are_close_enough() {
        assert_eq!(
            ratio(Decimal::int(2), 3.0).unwrap().to_string(),
            "0.666666666666667"
        );
        assert_eq!(ratio(Decimal::int(1), 8.0).unwrap().to_string(), "0.125");
        assert_eq!(
            from_f64(-1.2732e15).unwrap().to_string(),
            "-1273200000000000"
        );
    }
}
