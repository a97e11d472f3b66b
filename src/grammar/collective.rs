//! Collective numbers: a round number named by a noun. With a count it is that many of them,
//! approximate by nature ("une vingtaine" is about 20, "deux milliers" about 2000, "trois
//! centaines" about 300; "une douzaine" is twelve), and a larger noun after "de" multiplies it
//! ("une dizaine de milliers" is about 10 000, "une centaine de millions" about 10⁸). Without
//! a count the plural says only "more than one of them": "des milliers", "plusieurs
//! centaines", "quelques milliers", "des centaines de milliers" and English "thousands",
//! "several hundred", "hundreds of thousands" are read as the noun's value with mod
//! `MORE_THAN`, never as an exact count. An article before them stays out of the span ("des
//! milliers" gives "milliers"); a quantifier is part of it ("plusieurs milliers").

use super::lexicon;
use super::number::{self, Num, Shape};
use super::trace::What;
use super::{Cx, Lang};
use crate::value::{Decimal, Mod};

/// A collective number found: its tokens and value, and the `mod` it carries by itself.
pub(super) struct Collective {
    pub num: Num,
    /// `None` for an exact count ("une douzaine"), else `APPROX` or `MORE_THAN`.
    pub modifier: Option<Mod>,
}

impl Collective {
    /// The `mod` of the quantity, given the qualifier written before it ("environ", "plus
    /// de"): the qualifier wins over the approximation a collective carries by itself, and a
    /// count left unsaid is "more than" whatever precedes it.
    pub fn modifier_with(&self, qualifier: Option<Mod>) -> Option<Mod> {
        match self.modifier {
            Some(Mod::MoreThan) => Some(Mod::MoreThan),
            own => qualifier.or(own),
        }
    }
}

/// "une centaine", "un millier", "une dizaine de milliers": one of a collective noun.
pub(super) fn one(cx: &Cx, at: usize) -> Option<Collective> {
    if cx.lang != Lang::Fr || !matches!(cx.w(at), "un" | "une") {
        return None;
    }
    // "une bonne centaine", "une petite trentaine", "un gros millier": a little over or under
    // the round number, which is approximate already.
    let k = if matches!(
        cx.w(at + 1),
        "bon" | "bonne" | "petit" | "petite" | "gros" | "grosse"
    ) {
        at + 2
    } else {
        at + 1
    };
    let (v, plural) = noun(cx, k)?;
    if plural {
        return None;
    }
    let c = counted(cx, at, k + 1, Decimal::int(v), v);
    Some(if k > at + 1 {
        // "une bonne douzaine" is not twelve exactly.
        Collective {
            modifier: Some(Mod::Approx),
            ..c
        }
    } else {
        c
    })
}

/// "deux milliers", "trois centaines", "2 milliers", "deux centaines de milliers": a number of
/// collective nouns, after the number `n`.
pub(super) fn times(cx: &Cx, n: &Num) -> Option<Collective> {
    if cx.lang != Lang::Fr
        || !matches!(n.shape, Shape::Words | Shape::Plain { .. })
        || cx.adjacent(n.end)
    {
        return None;
    }
    let count = n.int().filter(|c| (2..1000).contains(c))?;
    let (v, plural) = noun(cx, n.end)?;
    if !plural {
        return None;
    }
    Some(counted(cx, n.start, n.end + 1, Decimal::int(count * v), v))
}

/// `value` from tokens `start..end` (the collective noun ends at `end`), times a larger noun
/// after "de" if one follows; approximate unless the noun is "douzaine" and nothing follows.
fn counted(cx: &Cx, start: usize, end: usize, value: Decimal, noun_value: i64) -> Collective {
    let (value, end, multiplied) = match larger(cx, end) {
        Some((m, e)) => (number::mul(value, m).unwrap_or(value), e, true),
        None => (value, end, false),
    };
    let exact = noun_value == 12 && !multiplied;
    cx.note(start, end, || {
        if exact {
            What::Words(value)
        } else {
            What::Collective(value)
        }
    });
    Collective {
        num: Num {
            start,
            end,
            value,
            shape: Shape::Words,
        },
        modifier: (!exact).then_some(Mod::Approx),
    }
}

/// "des milliers", "plusieurs centaines de milliers", "quelques milliers", English
/// "thousands", "several hundred": a plural collective noun (at `at`, or after a quantifier
/// there) with no count, which is more than its value.
pub(super) fn uncounted(cx: &Cx, at: usize) -> Option<Collective> {
    let k = match (cx.lang, cx.w(at)) {
        (Lang::Fr, "plusieurs" | "quelques") | (Lang::En, "several" | "many") => at + 1,
        (Lang::En, "a") if cx.is_w(at + 1, "few") => at + 2,
        _ => at,
    };
    let v = match lexicon::uncounted_noun(cx.lang, cx.w(k)) {
        Some(v) => v,
        // "several thousand", "a few hundred": English takes the singular after a quantifier.
        None if k > at && cx.lang == Lang::En => match cx.w(k) {
            "hundred" => 100,
            "thousand" => 1_000,
            "million" => 1_000_000,
            "billion" => 1_000_000_000,
            _ => return None,
        },
        None => return None,
    };
    let (value, end) = match larger(cx, k + 1) {
        Some((m, e)) => (v.checked_mul(m)?, e),
        None => (v, k + 1),
    };
    let value = Decimal::int(value);
    cx.note(at, end, || What::Mod(Mod::MoreThan));
    cx.note(k, end, || What::Words(value));
    Some(Collective {
        num: Num {
            start: at,
            end,
            value,
            shape: Shape::Uncounted,
        },
        modifier: Some(Mod::MoreThan),
    })
}

/// After a collective noun ending before token `k`: "de milliers", "de millions", "of
/// thousands", the larger noun that multiplies it, and the token after it.
fn larger(cx: &Cx, k: usize) -> Option<(i64, usize)> {
    let of = match cx.lang {
        Lang::Fr => "de",
        Lang::En => "of",
    };
    if !cx.is_w(k, of) {
        return None;
    }
    let m = lexicon::uncounted_noun(cx.lang, cx.w(k + 1)).filter(|&m| m >= 1000)?;
    Some((m, k + 2))
}

/// A French collective noun at token `k` ("centaine", "milliers"): its value, and whether it
/// is plural.
fn noun(cx: &Cx, k: usize) -> Option<(i64, bool)> {
    let w = cx.w(k);
    lexicon::approx_collective(w).map(|v| (v, w.ends_with('s')))
}
