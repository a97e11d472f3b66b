//! "contrôlée depuis 1994", "since 2020": a year after "depuis" is a date (French TimeBank
//! annotates "depuis 1994" as the DATE 1994, and so does the grammar), and also says how long
//! something has lasted: the whole years from that year to the publication year, `P29Y` in an
//! article of 2023. The mention keeps the date as its value and carries the duration as a
//! second reading ([`Mention::since`](crate::value::Mention::since)), which a `duration` rule
//! reads instead. Approximate: the year is a year wide, so the time elapsed is only known to
//! within one.

use super::trace::What;
use super::{Cx, Found, Lang};
use crate::value::{DateValue, Decimal, DurationUnit, DurationValue, Mod, Reading, Value};

/// The duration a year found at `f` stands for, when "depuis" (or "since") introduces it and
/// the publication year is later.
pub(super) fn duration(cx: &Cx, f: &Found) -> Option<Reading> {
    let Value::Date(DateValue::Year { year }) = f.value else {
        return None;
    };
    if f.modifier.is_some() {
        return None;
    }
    let published = cx.published?.year;
    let years = published.checked_sub(year).filter(|&n| n > 0)?;
    // "depuis l'an 2000", "depuis l'année 2015": the span starts at "an".
    let mut k = f.start;
    if matches!(cx.w(k), "an" | "annee")
        && k >= 2
        && cx.is_punct(k - 1, '\'')
        && cx.is_w(k - 2, "l")
    {
        k -= 2;
    }
    let since = match cx.lang {
        Lang::Fr => "depuis",
        Lang::En => "since",
    };
    if k == 0 || !cx.is_w(k - 1, since) || until(cx, f.end) || looks_back_from_the_past(cx, k - 1) {
        return None;
    }
    let value = Value::Duration(DurationValue::new(
        Some(Decimal::int(i64::from(years))),
        DurationUnit::Year,
    ));
    cx.note(f.start, f.end, || What::Since {
        year,
        published,
        duration: value,
    });
    Some(Reading {
        value,
        modifier: Some(Mod::Approx),
    })
}

/// "depuis 1994 jusqu'en 2001", "since 1994 until 2001": a stretch that ends before now.
fn until(cx: &Cx, k: usize) -> bool {
    matches!(cx.w(k), "jusqu" | "until" | "till")
}

/// "En 2010, il vivait là depuis 1994", "In 2010 he had lived there since 1994": the imperfect
/// or the past perfect before the "depuis" at token `k` counts up to a moment of the past that
/// the sentence names by its year, not to publication. Without such a year, news uses the
/// imperfect for a state that the reported event ended ("les rebelles tenaient la vallée
/// depuis 1994 quand l'armée est entrée"), and that moment is the publication's, so the years
/// still count up to it.
fn looks_back_from_the_past(cx: &Cx, k: usize) -> bool {
    imperfect_before(cx, k) && year_earlier_in_sentence(cx, k)
}

/// A year (four digits) among the tokens before `k`, back to the start of its sentence.
fn year_earlier_in_sentence(cx: &Cx, k: usize) -> bool {
    (k.saturating_sub(40)..k)
        .rev()
        .take_while(|&j| !(cx.is_punct(j, '.') || cx.is_punct(j, '!') || cx.is_punct(j, '?')))
        .any(|j| {
            cx.is_digits_at(j)
                && cx
                    .raw(j)
                    .parse::<u16>()
                    .is_ok_and(|y| (1000..=2199).contains(&y))
        })
}

/// The imperfect or the past perfect among the words just before the "depuis" at token `k`.
fn imperfect_before(cx: &Cx, k: usize) -> bool {
    (k.saturating_sub(6)..k)
        .rev()
        .take_while(|&j| cx.tok(j).is_some_and(|t| t.is_word()))
        .any(|j| {
            let w = cx.w(j);
            match cx.lang {
                Lang::Fr => {
                    (w.ends_with("ait") || w.ends_with("aient"))
                        && w.len() >= 5
                        && !["fait", "trait", "hait", "rait"]
                            .iter()
                            .any(|e| w.ends_with(e))
                }
                Lang::En => w == "had",
            }
        })
}
