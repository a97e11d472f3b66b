//! Quantities: a number with the qualifier that bounds it ("environ", "plus de", "au moins"),
//! the collective nouns ("une centaine", "des milliers") and the parts read without a
//! numerator ("la moitié", "demi million"), for [`super`].

use super::fraction::{fraction, scale_at};
use super::spelled::{part_word, words};
use super::{HALF, Num, Shape, add, cardinal, from_f64, pow10};
use crate::grammar::collective;
use crate::grammar::lexicon::{self, NumWord};
use crate::grammar::trace::What;
use crate::grammar::{Cx, Lang};
use crate::value::{Decimal, Mod};

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
            // "plus du tiers", "près du quart": the article is in "du".
            "plus" | "moins" | "pres" if definite_part(cx, i + 1).is_some() => Some((
                match w {
                    "plus" => Mod::MoreThan,
                    "moins" => Mod::LessThan,
                    _ => Mod::Approx,
                },
                i + 1,
            )),
            "au" if cx.is_w(i + 1, "moins") => Some((Mod::MoreThan, i + 2)),
            "au" if cx.is_w(i + 1, "plus") || cx.is_w(i + 1, "maximum") => {
                Some((Mod::LessThan, i + 2))
            }
            "pas" if cx.is_w(i + 1, "moins") && de(i + 2) => Some((Mod::MoreThan, after_de(i + 2))),
            // "pas plus de 200" is at most 200; "pas loin de 200" about 200.
            "pas" if cx.is_w(i + 1, "plus") && de(i + 2) => Some((Mod::LessThan, after_de(i + 2))),
            "pas" if cx.is_w(i + 1, "loin") && de(i + 2) && no_clock(cx, after_de(i + 2)) => {
                Some((Mod::Approx, after_de(i + 2)))
            }
            // "plus ou moins 200", "grosso modo 200", "autour de 200", "aux alentours de 200".
            "plus" if cx.is_w(i + 1, "ou") && cx.is_w(i + 2, "moins") => Some((Mod::Approx, i + 3)),
            "grosso" if cx.is_w(i + 1, "modo") => Some((Mod::Approx, i + 2)),
            "autour" if de(i + 1) && no_clock(cx, after_de(i + 1)) => {
                Some((Mod::Approx, after_de(i + 1)))
            }
            "aux" if cx.is_w(i + 1, "alentours") && de(i + 2) && no_clock(cx, after_de(i + 2)) => {
                Some((Mod::Approx, after_de(i + 2)))
            }
            // "au minimum 200", "au bas mot 200", "un minimum de 200": at least.
            "au" if cx.is_w(i + 1, "minimum") => Some((Mod::MoreThan, i + 2)),
            "au" if cx.is_w(i + 1, "bas") && cx.is_w(i + 2, "mot") => Some((Mod::MoreThan, i + 3)),
            // "un peu plus de 300", "un peu moins d'un million": just beyond (below) it.
            "un" if cx.is_w(i + 1, "peu")
                && (cx.is_w(i + 2, "plus") || cx.is_w(i + 2, "moins"))
                && de(i + 3) =>
            {
                Some((
                    if cx.is_w(i + 2, "plus") {
                        Mod::MoreThan
                    } else {
                        Mod::LessThan
                    },
                    after_de(i + 3),
                ))
            }
            "un" if cx.is_w(i + 1, "minimum") && de(i + 2) => {
                Some((Mod::MoreThan, after_de(i + 2)))
            }
            "un" if cx.is_w(i + 1, "maximum") && de(i + 2) => {
                Some((Mod::LessThan, after_de(i + 2)))
            }
            // "au-delà de 200": beyond; "jusqu'à 200": up to.
            "au" if cx.is_punct(i + 1, '-')
                && cx.is_w(i + 2, "dela")
                && de(i + 3)
                && no_clock(cx, after_de(i + 3)) =>
            {
                Some((Mod::MoreThan, after_de(i + 3)))
            }
            "jusqu" if cx.is_punct(i + 1, '\'') && cx.is_w(i + 2, "a") && no_clock(cx, i + 3) => {
                Some((Mod::LessThan, i + 3))
            }
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

/// "le tiers", "le quart" (or "du tiers", after a qualifier) before "de", "des", "du", "d'":
/// the part's denominator. Only these two: "le dixième des candidats" may be a rank.
fn definite_part(cx: &Cx, k: usize) -> Option<f64> {
    if !matches!(cx.w(k), "le" | "du") {
        return None;
    }
    let den = match cx.w(k + 1) {
        "tiers" => 3.0,
        "quart" => 4.0,
        _ => return None,
    };
    let of = matches!(cx.w(k + 2), "de" | "des" | "du")
        || (cx.is_w(k + 2, "d") && cx.is_punct(k + 3, '\''));
    // "le quart de finale" is a round of a tournament.
    let round = cx.w(k + 3).starts_with("finale");
    (of && !round).then_some(den)
}

/// Whether the number at token `k` is neither a year nor a time of day: after the qualifiers
/// that also place a date or an hour ("jusqu'à 2030", "autour de 18 heures", "au-delà de
/// 2027", "jusqu'à 15 mars"), which the number grammar would otherwise take as a bound on a
/// count.
fn no_clock(cx: &Cx, k: usize) -> bool {
    let year = cx.tok(k).is_some_and(|t| t.is_digits() && t.len() == 4)
        && cx
            .raw(k)
            .parse::<u16>()
            .is_ok_and(|y| (1900..=2100).contains(&y));
    // The word after the number: "18 heures", "vingt-deux heures", "15 mars".
    let mut j = k + 1;
    while j < k + 6
        && (cx.is_punct(j, '-')
            || cx.is_w(j, "et")
            || lexicon::num_word(cx.lang, cx.w(j)).is_some())
    {
        j += 1;
    }
    let clock = matches!(cx.w(j), "h" | "heure" | "heures")
        || lexicon::month(cx.lang, cx.w(j)).is_some()
        || matches!(cx.w(k), "minuit" | "midi");
    !year && !clock
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
        // "le tiers des votants", "le quart du budget", "plus du tiers": a part of what follows.
        if let Some(den) = definite_part(cx, at) {
            let start = if modifier.is_some() { i } else { at + 1 };
            return Some(Quantity {
                start,
                num: Num::words(at + 1, at + 2, from_f64(1.0 / den)?),
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
