//! Numbers: digit groups ("2 000", "1.500.000", "30,4"), spelled-out cardinals ("cent vingt
//! mille"), scale words ("1,5 million"), simple fractions ("deux tiers", "la moitié"), the
//! collective nouns of French ("une vingtaine") and the qualifiers that bound a quantity
//! ("environ", "plus de").

use super::lexicon::{self, NumWord};
use super::{Cx, Lang};
use crate::value::{Decimal, Mod};

/// How a number was written; the date grammar needs to know a bare "2020" from "2 020".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// One run of digits with nothing around it: "2020", "17".
    Plain { digits: u8 },
    /// Digits with group separators, a decimal part or a scale word.
    Digits,
    /// Spelled out: "trente", "deux mille".
    Words,
    /// The article "un"/"une" alone, which is a number only in a few constructions.
    Article,
}

/// A number found at some token: tokens `start..end`.
#[derive(Debug, Clone, Copy)]
pub struct Num {
    pub start: usize,
    pub end: usize,
    pub value: Decimal,
    pub shape: Shape,
}

impl Num {
    /// The value as a small integer (days, years, amounts of time units), if it is one.
    pub fn int(&self) -> Option<i64> {
        let d = self.value.normalized();
        (d.scale == 0).then_some(d.digits)
    }
}

fn pow10(p: u8) -> i64 {
    10i64.pow(u32::from(p))
}

/// `d * m`, exact.
fn mul(d: Decimal, m: i64) -> Option<Decimal> {
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

/// A ratio as a decimal with 12 significant fractional digits: enough for the comparisons
/// made on it, since 2/3 has no exact decimal form anyway.
pub fn ratio(num: Decimal, den: u64) -> Option<Decimal> {
    if den == 0 {
        return None;
    }
    let x = num.to_f64() / den as f64;
    from_f64(x)
}

pub fn from_f64(x: f64) -> Option<Decimal> {
    if !x.is_finite() || x.abs() >= 1e15 {
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
    let t = cx.toks.get(i)?;
    if t.is_digits() {
        return digits(cx, i);
    }
    if t.is_word() {
        return words(cx, i);
    }
    // "-9,5": a minus sign glued to the digits and not glued to a word before it.
    if (t.is_punct('-'))
        && cx.tok(i + 1).is_some_and(|n| n.is_digits())
        && cx.adjacent(i + 1)
        && !cx.glued_to_previous(i)
    {
        let mut n = digits(cx, i + 1)?;
        n.start = i;
        n.value.digits = -n.value.digits;
        n.shape = Shape::Digits;
        return Some(n);
    }
    // ",08": a leading decimal comma (French).
    if cx.lang == Lang::Fr
        && t.is_punct(',')
        && cx.tok(i + 1).is_some_and(|n| n.is_digits())
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

/// Digit groups with thousands separators and a decimal part, then an optional scale word.
fn digits(cx: &Cx, i: usize) -> Option<Num> {
    let first = cx.toks[i];
    let mut int_end = i + 1; // tokens of the integer part
    let mut grouped = false;
    // Thousands separators: one space-like character (French, English rarely), a dot (French)
    // or a comma (English), each followed by exactly three digits.
    if first.len() <= 3 {
        let mut sep: Option<u8> = None;
        loop {
            let j = int_end;
            let Some(next) = cx.tok(j) else { break };
            if next.is_digits()
                && next.len() == 3
                && cx.space_gap(j)
                && sep.is_none_or(|s| s == b' ')
            {
                // "2 000", but not a year after a day ("le 9 mai 2024 100"): the caller parses
                // dates first, so here only numbers remain.
                sep = Some(b' ');
                int_end = j + 1;
                grouped = true;
                continue;
            }
            let group_punct = match cx.lang {
                Lang::Fr => '.',
                Lang::En => ',',
            };
            if next.is_punct(group_punct)
                && cx.adjacent(j)
                && cx.tok(j + 1).is_some_and(|d| d.is_digits() && d.len() == 3)
                && cx.adjacent(j + 1)
                && sep.is_none_or(|s| s == group_punct as u8)
                && !(cx.tok(j + 2).is_some_and(|p| p.is_punct(group_punct))
                    && cx.adjacent(j + 2)
                    && !cx.tok(j + 3).is_some_and(|d| d.is_digits() && d.len() == 3))
            {
                sep = Some(group_punct as u8);
                int_end = j + 2;
                grouped = true;
                continue;
            }
            break;
        }
    }
    let mut int_text_buf = [0u8; 24];
    let mut int_len = 0usize;
    for k in i..int_end {
        let t = cx.toks[k];
        if t.is_digits() {
            let s = &cx.text.as_bytes()[t.start..t.end];
            if int_len + s.len() > int_text_buf.len() {
                return None;
            }
            int_text_buf[int_len..int_len + s.len()].copy_from_slice(s);
            int_len += s.len();
        }
    }
    let int_text = std::str::from_utf8(&int_text_buf[..int_len]).ok()?;
    let mut end = int_end;
    let mut frac_text = "";
    let dec_punct = match cx.lang {
        Lang::Fr => ',',
        Lang::En => '.',
    };
    if let (Some(p), Some(d)) = (cx.tok(end), cx.tok(end + 1))
        && (p.is_punct(dec_punct)
            || (cx.lang == Lang::Fr && p.is_punct('.') && !grouped && d.len() != 3))
        && d.is_digits()
        && cx.adjacent(end)
        && cx.adjacent(end + 1)
        && !(cx
            .tok(end + 2)
            .is_some_and(|q| q.is_punct(p.key().chars().next().unwrap_or(' ')))
            && cx.adjacent(end + 2)
            && cx.tok(end + 3).is_some_and(|d| d.is_digits())
            && cx.adjacent(end + 3))
    {
        frac_text = &cx.text[d.start..d.end];
        end += 2;
    }
    let mut value = decimal_from_parts(int_text, frac_text)?;
    let mut shape = if end == i + 1 {
        Shape::Plain {
            digits: first.len().min(255) as u8,
        }
    } else {
        Shape::Digits
    };
    // A scale word: "1,5 million", "3 milliards", "10 mille", "3 douzaines", "10k".
    if let Some(t) = cx.tok(end) {
        let w = cx.w(end);
        let scale = match lexicon::num_word(cx.lang, w) {
            Some(NumWord::Scale(p)) => Some(pow10(p)),
            _ if cx.lang == Lang::Fr && (w == "douzaine" || w == "douzaines") => Some(12),
            _ if (w == "k" || w == "g")
                && cx.adjacent(end)
                && !cx
                    .tok(end + 1)
                    .is_some_and(|n| cx.adjacent(end + 1) && n.is_word()) =>
            {
                Some(if w == "k" { 1_000 } else { 1_000_000_000 })
            }
            _ => None,
        };
        if let Some(m) = scale
            && t.is_word()
        {
            value = mul(value, m)?;
            end += 1;
            shape = Shape::Digits;
            // "3 millions et demi"
            if cx.is_w(end, "et") && (cx.is_w(end + 1, "demi") || cx.is_w(end + 1, "demie")) {
                value = add(
                    value,
                    mul(
                        Decimal {
                            digits: 5,
                            scale: 1,
                        },
                        m,
                    )?,
                )?;
                end += 2;
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

/// A spelled-out cardinal, with "et" in "vingt et un" and hyphens in "quatre-vingt-dix".
fn words(cx: &Cx, i: usize) -> Option<Num> {
    let lang = cx.lang;
    let mut total: i64 = 0; // completed scale groups
    let mut hundreds: i64 = 0; // within the current group
    let mut tens: i64 = 0;
    let mut last_scale: u8 = u8::MAX;
    let mut any = false;
    let mut only_article = true;
    let mut j = i;
    let mut end = i;
    let mut prev_hyphen_ok = true;
    loop {
        // Between words: white space, a hyphen glued to both, or "et" before "un"/"onze".
        let mut k = j;
        if any {
            if cx.tok(k).is_some_and(|t| t.is_punct('-')) && cx.adjacent(k) && cx.adjacent(k + 1) {
                k += 1;
            } else if (lang == Lang::Fr && cx.is_w(k, "et"))
                || (lang == Lang::En && cx.is_w(k, "and") && hundreds > 0)
            {
                let after = cx.w(k + 1);
                let ok = match lang {
                    Lang::Fr => {
                        matches!(after, "un" | "une" | "onze") && (20..=70).contains(&(tens % 100))
                    }
                    Lang::En => matches!(
                        lexicon::num_word(lang, after),
                        Some(NumWord::Unit(_) | NumWord::Teen(_) | NumWord::Ten(_))
                    ),
                };
                if !ok {
                    break;
                }
                if cx.tok(k + 1).is_some_and(|t| t.is_punct('-')) {
                    k += 1;
                }
                k += 1;
                if cx.tok(k).is_some_and(|t| t.is_punct('-')) && cx.adjacent(k) {
                    k += 1;
                }
            } else if cx
                .tok(k)
                .is_some_and(|t| t.kind != super::lexer::TokKind::Word)
            {
                break;
            }
        }
        let _ = prev_hyphen_ok;
        let Some(t) = cx.tok(k) else { break };
        if !t.is_word() {
            break;
        }
        let w = t.key();
        let Some(nw) = lexicon::num_word(lang, w) else {
            break;
        };
        // English "a"/"an" count only before a scale word ("a million").
        if lang == Lang::En
            && matches!(w, "a" | "an")
            && !matches!(
                lexicon::num_word(lang, cx.w(k + 1)),
                Some(NumWord::Scale(_) | NumWord::Hundred)
            )
        {
            break;
        }
        let ok = match nw {
            NumWord::Unit(u) => {
                if any && u == 0 {
                    false
                } else {
                    tens % 10 == 0
                        && (tens == 0 || tens >= 20 || (tens == 10 && u >= 7))
                        && !(lang == Lang::En && tens == 10)
                }
            }
            NumWord::Teen(t) => {
                tens == 0 || (lang == Lang::Fr && (tens == 60 || tens == 80) && t <= 16)
            }
            NumWord::Ten(v) => {
                tens == 0
                    || (lang == Lang::Fr && v == 20 && tens == 4 && hundreds == 0
                        || lang == Lang::Fr && v == 20 && tens == 4)
            }
            NumWord::Hundred => hundreds == 0 && tens < 10 && last_scale > 2,
            NumWord::Scale(p) => p < last_scale && (any || !matches!(w, "mil")),
        };
        if !ok {
            break;
        }
        if !any
            && matches!(nw, NumWord::Scale(_) | NumWord::Hundred)
            && lang == Lang::Fr
            && !matches!(w, "cent" | "mille")
        {
            // "millions de personnes" without a count before it is not a number.
            break;
        }
        match nw {
            NumWord::Unit(u) => tens += i64::from(u),
            NumWord::Teen(t) => tens += i64::from(t),
            NumWord::Ten(v) => {
                if v == 20 && tens == 4 {
                    tens = 80;
                } else {
                    tens += i64::from(v);
                }
            }
            NumWord::Hundred => {
                hundreds = tens.max(1) * 100;
                tens = 0;
            }
            NumWord::Scale(p) => {
                let group = (hundreds + tens).max(1);
                total = total.checked_add(group.checked_mul(pow10(p))?)?;
                hundreds = 0;
                tens = 0;
                last_scale = p;
            }
        }
        if !matches!(w, "un" | "une") {
            only_article = false;
        }
        any = true;
        j = k + 1;
        end = j;
        prev_hyphen_ok = true;
    }
    if !any {
        return None;
    }
    let mut value = Decimal::int(total + hundreds + tens);
    // "deux cent virgule cinquante deux"
    if lang == Lang::Fr && cx.is_w(end, "virgule") {
        let mut zeros = 0u8;
        let mut k = end + 1;
        while cx.is_w(k, "zero") {
            zeros += 1;
            k += 1;
        }
        if let Some(f) =
            words(cx, k).filter(|f| f.shape == Shape::Words || f.shape == Shape::Article)
            && let Some(fi) = f.int()
            && fi > 0
        {
            let len = fi.to_string().len() as u8 + zeros;
            value = add(
                value,
                Decimal {
                    digits: fi,
                    scale: len,
                },
            )?;
            end = f.end;
            only_article = false;
        } else if zeros > 0 {
            end = k;
        }
    }
    // "trois millions et demi", "cinq et demi"
    if lang == Lang::Fr
        && cx.is_w(end, "et")
        && (cx.is_w(end + 1, "demi") || cx.is_w(end + 1, "demie"))
    {
        let unit = if last_scale != u8::MAX && hundreds + tens == 0 {
            pow10(last_scale)
        } else {
            1
        };
        value = add(
            value,
            mul(
                Decimal {
                    digits: 5,
                    scale: 1,
                },
                unit,
            )?,
        )?;
        end += 2;
        only_article = false;
    }
    let shape = if only_article {
        Shape::Article
    } else {
        Shape::Words
    };
    Some(Num {
        start: i,
        end,
        value,
        shape,
    })
}

/// A fraction after its numerator: "deux tiers", "un quart", "trois cinquièmes", "un sur
/// trois". `num` is the numerator already parsed.
fn fraction(cx: &Cx, num: &Num) -> Option<Num> {
    let n = num.int()?;
    if !(1..=1000).contains(&n)
        || !matches!(
            num.shape,
            Shape::Words | Shape::Article | Shape::Plain { .. }
        )
    {
        return None;
    }
    let w = cx.w(num.end);
    if let Some(den) = lexicon::denominator(cx.lang, w) {
        // "un demi" is a half, but "deux demi-finales" is not a number.
        if cx.tok(num.end + 1).is_some_and(|t| t.is_punct('-')) && cx.adjacent(num.end + 1) {
            return None;
        }
        let value = ratio(num.value, den)?;
        return Some(Num {
            start: num.start,
            end: num.end + 1,
            value,
            shape: Shape::Words,
        });
    }
    // "un sur trois", "1 sur 3": a rate, read as a fraction when the numerator is one.
    if n == 1 && (cx.is_w(num.end, "sur") || (cx.lang == Lang::En && cx.is_w(num.end, "in"))) {
        let den = cardinal(cx, num.end + 1)?;
        let d = den.int()?;
        if d > 1 && matches!(den.shape, Shape::Words | Shape::Plain { .. }) {
            let value = ratio(num.value, d as u64)?;
            return Some(Num {
                start: num.start,
                end: den.end,
                value,
                shape: Shape::Words,
            });
        }
    }
    None
}

/// A qualifier before a quantity, and the token after it.
pub fn qualifier(cx: &Cx, i: usize) -> Option<(Mod, usize)> {
    let w = cx.w(i);
    let de = |k: usize| {
        cx.is_w(k, "de") || (cx.is_w(k, "d") && cx.tok(k + 1).is_some_and(|t| t.is_punct('\'')))
    };
    let after_de = |k: usize| if cx.is_w(k, "de") { k + 1 } else { k + 2 };
    match cx.lang {
        Lang::Fr => match w {
            "environ" | "approximativement" | "presque" | "quasiment" => Some((Mod::Approx, i + 1)),
            "quelque" => Some((Mod::Approx, i + 1)),
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

/// A quantity: an optional qualifier, then a number. `count_article` lets "un"/"une" alone
/// count as one (used before time units: "une semaine").
pub struct Quantity {
    pub start: usize,
    pub num: Num,
    pub modifier: Option<Mod>,
}

pub fn quantity(cx: &Cx, i: usize, count_article: bool) -> Option<Quantity> {
    let (modifier, at) = match qualifier(cx, i) {
        Some((m, k)) => (Some(m), k),
        None => (None, i),
    };
    // "une vingtaine", "une centaine de", "des dizaines" (not a value).
    if cx.lang == Lang::Fr {
        let (art, k) = if matches!(cx.w(at), "une" | "un") {
            (true, at + 1)
        } else {
            (false, at)
        };
        if art && let Some(v) = lexicon::approx_collective(cx.w(k)) {
            let m = if v == 12 {
                modifier
            } else {
                modifier.or(Some(Mod::Approx))
            };
            let num = Num {
                start: at,
                end: k + 1,
                value: Decimal::int(v),
                shape: Shape::Words,
            };
            return Some(Quantity {
                start: i,
                num,
                modifier: m,
            });
        }
        // "la moitié", "plus de la moitié"
        if cx.is_w(at, "la") && cx.is_w(at + 1, "moitie") {
            let num = Num {
                start: at + 1,
                end: at + 2,
                value: Decimal {
                    digits: 5,
                    scale: 1,
                },
                shape: Shape::Words,
            };
            return Some(Quantity {
                start: if modifier.is_some() { i } else { at + 1 },
                num,
                modifier,
            });
        }
        if cx.is_w(at, "moitie")
            || (cx.is_w(at, "demi") && modifier.is_none() && !cx.adjacent_next_is_hyphen(at))
        {
            let num = Num {
                start: at,
                end: at + 1,
                value: Decimal {
                    digits: 5,
                    scale: 1,
                },
                shape: Shape::Words,
            };
            return Some(Quantity {
                start: i,
                num,
                modifier,
            });
        }
    }
    let mut num = cardinal(cx, at)?;
    if let Some(f) = fraction(cx, &num) {
        num = f;
    } else if num.shape == Shape::Article && !count_article {
        return None;
    }
    // "trois et un quart", "cent et trois quarts"
    if cx.lang == Lang::Fr
        && cx.is_w(num.end, "et")
        && num.shape == Shape::Words
        && let Some(n2) = cardinal(cx, num.end + 1)
        && let Some(f) = fraction(cx, &n2)
        && f.value.to_f64() < 1.0
        && let Some(v) = add(num.value, f.value)
    {
        num = Num {
            start: num.start,
            end: f.end,
            value: v,
            shape: Shape::Words,
        };
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
            ratio(Decimal::int(2), 3).unwrap().to_string(),
            "0.666666666666667"
        );
        assert_eq!(ratio(Decimal::int(1), 8).unwrap().to_string(), "0.125");
    }
}
