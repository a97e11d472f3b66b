//! Ranges of counts: "entre 80 000 et 100 000 personnes", "de 5 000 à 7 000 morts", "between
//! 20 and 30". Each end stays a number of its own (the scan reports both, as the evaluation
//! corpora annotate them); the first end finds the second here, and both carry the range
//! ([`crate::value::Mention::range`]) for the count rules, which compare it as one interval.
//!
//! Not a range: a change, "passé de 5 000 à 7 000" (the count was one, then the other); a
//! qualified end, "entre près de 80 000 et 100 000"; ends in the wrong order ("de 7 à 5", a
//! score); ends far apart in size, "de 2 à 5 000 euros" (which means 2 000 to 5 000, written
//! short: read as 2 to 5 000 it would be wrong).

use super::{Quantity, Shape, quantity};
use crate::grammar::{Cx, Lang};
use crate::value::Decimal;

/// Folded beginnings of the verbs and nouns of change before "de N à M": "passé", "grimpe",
/// "augmenté", "hausse", "chute", "recul"…
const CHANGE: [&str; 20] = [
    "pass", "grimp", "augment", "hauss", "monte", "chut", "tomb", "baiss", "recul", "bondi",
    "progress", "diminu", "redui", "ramen", "relev", "evolu", "envol", "gonfl", "cru", "croi",
];

/// How many times the first end the second may be: beyond, the writer left out the first
/// end's scale word.
const MAX_RATIO: f64 = 100.0;

/// The second end of a range whose first end is `q`: its value and the token after it.
pub fn second_end(cx: &Cx, q: &Quantity) -> Option<(Decimal, usize)> {
    if q.modifier.is_some() || q.start == 0 || !countable(q.num.shape) {
        return None;
    }
    let before = q.start - 1;
    let k = q.num.end;
    let joined = match cx.lang {
        Lang::Fr => {
            (cx.is_w(before, "entre") && cx.is_w(k, "et"))
                || (cx.is_w(k, "a") && cx.raw(k) != "a" && opens_de(cx, before))
        }
        Lang::En => cx.is_w(before, "between") && cx.is_w(k, "and"),
    };
    if !joined {
        return None;
    }
    let q2 = quantity(cx, k + 1, false)?;
    let (a, b) = (q.num.value.to_f64(), q2.num.value.to_f64());
    if q2.modifier.is_some() || !countable(q2.num.shape) || !(a < b && b <= a * MAX_RATIO) {
        return None;
    }
    Some((q2.num.value, q2.num.end))
}

fn countable(shape: Shape) -> bool {
    !matches!(shape, Shape::Article | Shape::Uncounted)
}

/// "de" (or "d'") before the first end, and no word of change before it.
fn opens_de(cx: &Cx, de: usize) -> bool {
    let at = if cx.is_w(de, "de") {
        de
    } else if de > 0 && cx.is_punct(de, '\'') && cx.is_w(de - 1, "d") {
        de - 1
    } else {
        return false;
    };
    at == 0 || !CHANGE.iter().any(|c| cx.w(at - 1).starts_with(c))
}
