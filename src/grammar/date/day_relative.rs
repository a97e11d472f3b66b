//! Days counted from a date other than publication, with that date named or just given: "le
//! lendemain du 11 février", "la veille de ce lundi", "la veille de Noël" (the day before the
//! date named; not "au lendemain de l'élection", whose event has no date), "trois jours plus tard", "deux semaines auparavant",
//! "un mois après" (from the date just given), "le même jour", "le jour même", "la même année" (that date
//! itself, at the precision named). None of them is read without its anchor.

use crate::grammar::prefilter::SEQUENCE;
use crate::grammar::trace::{Anchor, Rel, What};
use crate::grammar::{Cx, Found, Lang, lexicon, number};
use crate::value::{DateValue, DurationUnit, Mention, Value};

use super::previous_date::{next_day_word, previous, recent_day, recent_month, recent_year};
use super::relative::shift;
use super::resolve::resolve_year;
use super::{civil, core, date, day_value};

/// How far back, in bytes, the date a phrase leans on may end (same paragraph).
const REACH: usize = 600;

/// "le lendemain du 11 février", "la veille de ce lundi", "l'avant-veille de Noël": a day
/// next to the date named after "de"; nothing when an event is named ("au lendemain de la
/// victoire").
pub(super) fn day_of_date(cx: &Cx, i: usize) -> Option<Found> {
    let (n, word_end) = next_day_word(cx, i)?;
    let before = if i > 0 { cx.w(i - 1) } else { "" };
    let elided = i >= 2 && cx.is_punct(i - 1, '\'') && cx.is_w(i - 2, "l");
    if !(elided || matches!(before, "le" | "la" | "au" | "du")) {
        return None;
    }
    // "du 11 février" (the date after "de le"), "de ce lundi", "d'hier" (elided)
    let k = match cx.w(word_end) {
        "du" | "de" => word_end + 1,
        "d" if cx.is_punct(word_end + 1, '\'') => word_end + 2,
        _ => return None,
    };
    if let Some((d, end)) = named_day(cx, k, cx.is_w(word_end, "du")) {
        let shifted = d.checked_add(jiff::Span::new().days(n)).ok()?;
        let value = day_value(shifted);
        cx.note(i, end, || What::Relative {
            value,
            anchor: Anchor::Previous {
                text: cx.text[cx.toks[k].start..cx.toks[end - 1].end].to_string(),
                value: day_value(d),
            },
            rule: Rel::Days(n),
        });
        return Some(date(i, end, value));
    }
    // "au lendemain de l'attentat", "à la veille du scrutin": the event's date is not said,
    // and the date the text has just given may be the event's or the day after it ("Jeudi, au
    // lendemain d'une rencontre, ..."): nothing is read, and a rule about the event does not
    // take the clause's date for it.
    None
}

/// The day named at token `k` after "de" ("ce lundi", "Noël", "hier") or after "du" (`du`:
/// "du 11 février", "du 1er mai 2024"), and the token after it. Only a day with its year.
fn named_day(cx: &Cx, k: usize, du: bool) -> Option<(jiff::civil::Date, usize)> {
    // The fixed holidays, which after "de" are otherwise a noun's complement.
    if !du {
        let fixed = match cx.w(k) {
            "noel" => Some((12, 25, k + 1)),
            "toussaint" => Some((11, 1, k + 1)),
            "nouvel" if cx.is_w(k + 1, "an") => Some((1, 1, k + 2)),
            _ => None,
        };
        if let Some((m, d, end)) = fixed {
            let y = resolve_year(cx, m, Some(d), k, end)?;
            return Some((civil(y, m, d)?, end));
        }
    }
    let t = cx.tok(k)?;
    // After "du" a day of the month; after "de" a weekday or a day word, not "de 2020".
    if du != t.is_digits() {
        return None;
    }
    let mut scratch = Vec::new();
    let f = core(cx, k, &mut scratch, false)?;
    if !scratch.is_empty() {
        return None;
    }
    match f.value {
        Value::Date(DateValue::Day {
            year: Some(y),
            month,
            day,
        }) => Some((civil(y, month, day)?, f.end)),
        _ => None,
    }
}

/// "trois jours plus tard", "deux semaines auparavant", "un mois après", "dix ans plus tôt",
/// English "three days later", "two weeks earlier": the date just given moved by that much, at
/// the precision of the unit ("deux semaines plus tard" is a week, as "la semaine suivante"
/// is). "après" and "avant" ("after", "before") only end the phrase: "trois jours après
/// l'attaque" leans on the attack, whose date is not known.
pub(super) fn units_later(cx: &Cx, i: usize, out: &[Mention]) -> Option<Found> {
    let t = cx.tok(i)?;
    if !(t.is_digits() || t.is_word()) {
        return None;
    }
    // A unit and a word of sequence within the next few tokens, before the number is read
    // (reading it records steps in a derivation).
    let near = (i + 1..i + 6)
        .any(|j| cx.has_class(j + 1, SEQUENCE) && lexicon::unit(cx.lang, cx.w(j)).is_some());
    if !near {
        return None;
    }
    // "a month later": one.
    let (count, at) = if cx.lang == Lang::En && matches!(cx.w(i), "a" | "an") {
        (1, i + 1)
    } else {
        let q = number::quantity(cx, i, true)?;
        if q.modifier.is_some() || q.start != i {
            return None;
        }
        (q.num.int()?, q.num.end)
    };
    let u = lexicon::unit(cx.lang, cx.w(at))?;
    let k = at + 1;
    let (sign, end) = match cx.w(k) {
        "plus" if cx.is_w(k + 1, "tard") => (1, k + 2),
        "plus" if cx.is_w(k + 1, "tot") => (-1, k + 2),
        "auparavant" | "earlier" => (-1, k + 1),
        "later" => (1, k + 1),
        "apres" | "avant" | "after" | "before" if ends_phrase(cx, k + 1) => (
            if matches!(cx.w(k), "apres" | "after") {
                1
            } else {
                -1
            },
            k + 1,
        ),
        _ => return None,
    };
    // A count past ten thousand units is no step in a story, and would overflow a calendar.
    let n = Some(count).filter(|n| (0..=10_000).contains(n))? * sign;
    let anchor = match u {
        DurationUnit::Day | DurationUnit::Week => recent_day(cx, i, out, REACH)?,
        DurationUnit::Month => {
            let (y, m) = recent_month(cx, i, out, REACH)?;
            civil(y, m, 1)?
        }
        DurationUnit::Year => civil(recent_year(cx, i, out, REACH)?, 1, 1)?,
        _ => return None,
    };
    let value = shift(anchor, u, n)?;
    cx.note(i, end, || What::Relative {
        value,
        anchor: previous(cx, out),
        rule: Rel::Units(u, n),
    });
    Some(date(i, end, value))
}

/// Token `k` ends the phrase before it: punctuation or the end of the text.
fn ends_phrase(cx: &Cx, k: usize) -> bool {
    cx.tok(k).is_none_or(|t| !t.is_word() && !t.is_digits())
}

/// "le même jour", "la même semaine", "le même mois", "la même année", "le jour même": the
/// date just given, at the precision named.
pub(super) fn same_date(cx: &Cx, i: usize, out: &[Mention]) -> Option<Found> {
    if i == 0 || !matches!(cx.w(i - 1), "le" | "la" | "du" | "au") {
        return None;
    }
    // "le jour même", "dès le jour même": the noun before "même".
    let noun = match cx.w(i) {
        "meme" => i + 1,
        "jour" if cx.is_w(i + 1, "meme") => i,
        _ => return None,
    };
    let u = match cx.w(noun) {
        "jour" | "journee" => DurationUnit::Day,
        "semaine" => DurationUnit::Week,
        "mois" => DurationUnit::Month,
        "annee" => DurationUnit::Year,
        _ => return None,
    };
    let end = i + 2;
    let value = match u {
        DurationUnit::Day | DurationUnit::Week => shift(recent_day(cx, i, out, REACH)?, u, 0)?,
        DurationUnit::Month => {
            let (year, month) = recent_month(cx, i, out, REACH)?;
            DateValue::Month {
                year: Some(year),
                month,
            }
        }
        _ => DateValue::Year {
            year: recent_year(cx, i, out, REACH)?,
        },
    };
    cx.note(i, end, || What::Relative {
        value,
        anchor: previous(cx, out),
        rule: Rel::Units(u, 0),
    });
    Some(date(i, end, value))
}
