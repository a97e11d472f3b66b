//! Numbers: digit groups ("2 000", "1.500.000", "100’000", "30,4"), spelled-out cardinals ("cent vingt
//! mille"), scale words ("1,5 million"), fractions ("deux tiers", "3/4", "un sur trois"),
//! scientific notation ("1e10"), the collective nouns of French ("une vingtaine") and the
//! qualifiers that bound a quantity ("environ", "plus de").

use super::collective;
use super::lexicon::{self, NumWord};
use super::magnitude;
use super::sign;
use super::thousands;
use super::trace::{Mark, What};
use super::{Cx, Lang};
use crate::value::{Decimal, Mod};

mod spelled;
pub use spelled::ordinal;
use spelled::{counted_nine, part_word, skip_joiners, words};

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

/// The value of a vulgar fraction character at token `i` ("½", "⅙").
fn vulgar(cx: &Cx, i: usize) -> Option<Decimal> {
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

/// "3/4" at token `i`: a proper fraction with a small denominator, not a date ("22/04") nor a
/// ratio of large counts.
fn slash_fraction(cx: &Cx, i: usize) -> Option<(Decimal, usize)> {
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
fn with_fraction(cx: &Cx, num: Num) -> Num {
    match fraction(cx, &num) {
        Some(f) => {
            cx.note(f.start, f.end, || What::Words(f.value));
            f
        }
        None => num,
    }
}

fn fraction(cx: &Cx, num: &Num) -> Option<Num> {
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
fn scale_at(cx: &Cx, k: usize) -> Option<i64> {
    match lexicon::num_word(cx.lang, cx.w(k)) {
        Some(NumWord::Scale(p)) if p >= 6 => Some(pow10(p)),
        _ if cx.lang == Lang::Fr && matches!(cx.w(k), "douzaine" | "douzaines") => Some(12),
        _ => None,
    }
}

/// A qualifier before a quantity, and the token after it.
pub fn qualifier(cx: &Cx, i: usize) -> Option<(Mod, usize)> {
    let w = cx.w(i);
    let de = |k: usize| cx.is_w(k, "de") || (cx.is_w(k, "d") && cx.is_punct(k + 1, '\''));
    let after_de = |k: usize| if cx.is_w(k, "de") { k + 1 } else { k + 2 };
    match cx.lang {
        Lang::Fr => match w {
            "environ" | "approximativement" | "presque" | "quasiment" | "quelque" => {
                Some((Mod::Approx, i + 1))
            }
            "pres" if de(i + 1) => Some((Mod::Approx, after_de(i + 1))),
            "a" if cx.is_w(i + 1, "peu") && cx.is_w(i + 2, "pres") => Some((Mod::Approx, i + 3)),
            "plus" if de(i + 1) => Some((Mod::MoreThan, after_de(i + 1))),
            "moins" if de(i + 1) => Some((Mod::LessThan, after_de(i + 1))),
            "au" if cx.is_w(i + 1, "moins") => Some((Mod::MoreThan, i + 2)),
            "au" if cx.is_w(i + 1, "plus") || cx.is_w(i + 1, "maximum") => {
                Some((Mod::LessThan, i + 2))
            }
            "pas" if cx.is_w(i + 1, "moins") && de(i + 2) => Some((Mod::MoreThan, after_de(i + 2))),
            _ => None,
        },
        Lang::En => match w {
            "about" | "around" | "approximately" | "nearly" | "almost" | "roughly" | "some" => {
                Some((Mod::Approx, i + 1))
            }
            "more" | "fewer" | "less" if cx.is_w(i + 1, "than") => Some((
                if w == "more" {
                    Mod::MoreThan
                } else {
                    Mod::LessThan
                },
                i + 2,
            )),
            "over" => Some((Mod::MoreThan, i + 1)),
            "under" => Some((Mod::LessThan, i + 1)),
            "at" if cx.is_w(i + 1, "least") => Some((Mod::MoreThan, i + 2)),
            "at" if cx.is_w(i + 1, "most") => Some((Mod::LessThan, i + 2)),
            _ => None,
        },
    }
}

/// A quantity: an optional qualifier, then a number.
#[derive(Clone, Copy)]
pub struct Quantity {
    pub start: usize,
    pub num: Num,
    pub modifier: Option<Mod>,
}

/// A quantity at token `i`. `count_article` lets "un"/"une" alone count as one (before a
/// time unit: "une semaine").
pub fn quantity(cx: &Cx, i: usize, count_article: bool) -> Option<Quantity> {
    let q = quantity_at(cx, i, count_article)?;
    if cx.tracing() {
        if let Some(m) = q.modifier
            && q.num.start > q.start
        {
            cx.note(q.start, q.num.start, || What::Mod(m));
        }
        // "la moitié", "demi million": no digits nor cardinal words recorded them.
        if q.num.shape == Shape::Words && lexicon::approx_collective(cx.w(q.num.end - 1)).is_none()
        {
            cx.note(q.num.start, q.num.end, || What::Words(q.num.value));
        }
    }
    Some(q)
}

fn quantity_at(cx: &Cx, i: usize, count_article: bool) -> Option<Quantity> {
    // The date, duration and number grammars ask for the quantity at the same tokens: it is
    // read once per token (a trace records each reading's steps, so it reads again).
    let q = cx.read_once(&cx.quantities, i, || quantity_read(cx, i))?;
    if q.num.shape == Shape::Article {
        if !count_article {
            return None;
        }
        cx.note(q.num.start, q.num.end, || What::Words(q.num.value));
    }
    Some(q)
}

/// [`quantity_at`] with "un"/"une" alone counted (its caller drops them when they do not
/// count).
fn quantity_read(cx: &Cx, i: usize) -> Option<Quantity> {
    let (modifier, at) = match qualifier(cx, i) {
        Some((m, k)) => (Some(m), k),
        None => (None, i),
    };
    // "une vingtaine", "des milliers", "plusieurs centaines de milliers".
    if let Some(c) = collective::one(cx, at).or_else(|| collective::uncounted(cx, at)) {
        return Some(Quantity {
            start: i,
            modifier: c.modifier_with(modifier),
            num: c.num,
        });
    }
    if cx.lang == Lang::Fr {
        // "la moitié", "plus de la moitié": the span leaves the article out.
        if cx.is_w(at, "la") && cx.is_w(at + 1, "moitie") {
            let start = if modifier.is_some() { i } else { at + 1 };
            return Some(Quantity {
                start,
                num: Num::words(at + 1, at + 2, HALF),
                modifier,
            });
        }
        // "moitié", and "demi" alone (not "demi-finale", not "et demi" which the number before
        // it takes).
        if cx.is_w(at, "moitie")
            || (cx.is_w(at, "demi")
                && !(cx.is_punct(at + 1, '-') && cx.adjacent(at + 1))
                && !(at > 0 && matches!(cx.w(at - 1), "et" | "a")))
        {
            return Some(Quantity {
                start: i,
                num: Num::words(at, at + 1, HALF),
                modifier,
            });
        }
        // "demi million", "quart de million"
        if let Some(den) = part_word(cx.lang, cx.w(at), false).filter(|&d| d <= 4) {
            let s = if cx.is_w(at + 1, "de") || (cx.is_punct(at + 1, '-') && cx.adjacent(at + 1)) {
                at + 2
            } else {
                at + 1
            };
            if let Some(m) = scale_at(cx, s) {
                let v = from_f64(m as f64 / den as f64)?;
                return Some(Quantity {
                    start: i,
                    num: Num::words(at, s + 1, v),
                    modifier,
                });
            }
        }
    }
    if cx.lang == Lang::En {
        // "half", "half a million", "a third", "a quarter of": a part of one, or of a scale.
        let (den, k) = match cx.w(at) {
            "half" => (2, at + 1),
            "a" | "one" => match lexicon::denominator(cx.lang, cx.w(at + 1)) {
                Some(d) if !cx.w(at + 1).ends_with('s') => (d, at + 2),
                _ => (0, at),
            },
            _ => (0, at),
        };
        if den > 0 && !(cx.is_punct(k, '-') && cx.adjacent(k)) {
            let (scale, end) = if cx.is_w(k, "a") && scale_at(cx, k + 1).is_some() {
                (scale_at(cx, k + 1).unwrap_or(1), k + 2)
            } else {
                (1, k)
            };
            let v = from_f64(scale as f64 / den as f64)?;
            return Some(Quantity {
                start: i,
                num: Num::words(at, end, v),
                modifier,
            });
        }
        // "a dozen", "two dozen"
        if matches!(cx.w(at), "a" | "one") && cx.is_w(at + 1, "dozen") {
            return Some(Quantity {
                start: i,
                num: Num::words(at, at + 2, Decimal::int(12)),
                modifier,
            });
        }
    }
    let mut num = cardinal(cx, at)?;
    // "deux milliers", "trois centaines de milliers".
    if let Some(c) = collective::times(cx, &num) {
        return Some(Quantity {
            start: i,
            modifier: c.modifier_with(modifier),
            num: c.num,
        });
    }
    // "trois et un quart", "cent et trois quarts", "deux millions et trois quarts", and the
    // spelled-out sum "dix et deux et deux septièmes".
    if cx.lang == Lang::Fr
        && cx.is_w(num.end, "et")
        && matches!(num.shape, Shape::Words | Shape::Article)
        && let Some(part) = words(cx, num.end + 1)
    {
        let (extra, f) = match fraction(cx, &part) {
            Some(f) => (Decimal::int(0), Some(f)),
            None if part.int().is_some_and(|v| v < 10)
                && num.int().is_some_and(|v| v % 10 == 0)
                && cx.is_w(part.end, "et") =>
            {
                (
                    part.value,
                    words(cx, part.end + 1).and_then(|p2| fraction(cx, &p2)),
                )
            }
            None => (Decimal::int(0), None),
        };
        if let Some(f) = f.filter(|f| f.value.to_f64() < 1.0) {
            let scale = match lexicon::num_word(cx.lang, cx.w(num.end - 1)) {
                Some(NumWord::Scale(p)) => pow10(p),
                _ => 1,
            };
            if let Some(v) = from_f64(f.value.to_f64() * scale as f64)
                .and_then(|fv| add(num.value, fv))
                .and_then(|v| add(v, extra))
            {
                num = Num::words(num.start, f.end, v);
            }
        }
    }
    Some(Quantity {
        start: i,
        num,
        modifier,
    })
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
