//! A weekday moved by the words after it: "mardi suivant", "le mercredi d'après", "jeudi
//! précédent", "le lundi d'avant" count from the date the text has just given (the first such
//! weekday after or before it), and from publication when no date is nearby, like "prochain"
//! and "dernier"; "lundi en huit" and "jeudi en quinze" are the coming weekday and one or two
//! weeks more, counted from publication, as "aujourd'hui en huit" and "demain en quinze" are
//! that day and one or two weeks more.

use crate::grammar::trace::{Anchor, Dir, Rel, What};
use crate::grammar::{Cx, Found, lexicon};
use crate::value::{DateValue, Mention};

use super::previous_date::{previous, recent_day};
use super::{date, day_value, iso_weekday, note_relative, pub_date};

/// "mardi suivant", "mercredi d'après", "jeudi précédent", "lundi d'avant", "lundi en
/// huit", "jeudi en quinze" at token `i`.
pub(super) fn shifted_weekday(cx: &Cx, i: usize, out: &[Mention]) -> Option<Found> {
    // "aujourd'hui en huit", "demain en quinze": a week or two from that day.
    let day_word = match cx.w(i) {
        "aujourd" if cx.is_punct(i + 1, '\'') && cx.is_w(i + 2, "hui") => Some((0, i + 3)),
        "demain" => Some((1, i + 1)),
        _ => None,
    };
    if let Some((from, k)) = day_word
        && let Some((weeks, end)) = in_weeks(cx, k)
    {
        let p = pub_date(cx.published)?;
        let ahead = from + 7 * weeks;
        let value = day_value(p.checked_add(jiff::Span::new().days(ahead)).ok()?);
        note_relative(cx, i, end, value, Rel::Days(ahead));
        return Some(date(i, end, value));
    }
    let wd = lexicon::weekday(cx.lang, cx.w(i))?;
    if let Some((weeks, end)) = in_weeks(cx, i + 1) {
        // The coming weekday (the publication day itself when it is that weekday), then
        // `weeks` more.
        let p = pub_date(cx.published)?;
        let ahead = (i64::from(wd) - i64::from(iso_weekday(p))).rem_euclid(7) + 7 * weeks;
        let value = day_value(p.checked_add(jiff::Span::new().days(ahead)).ok()?);
        note_relative(cx, i, end, value, Rel::Days(ahead));
        return Some(date(i, end, value));
    }
    let (dir, end) = match cx.w(i + 1) {
        "suivant" => (Dir::Future, i + 2),
        "precedent" => (Dir::Past, i + 2),
        "d" if cx.is_punct(i + 2, '\'') => match cx.w(i + 3) {
            "apres" => (Dir::Future, i + 4),
            "avant" => (Dir::Past, i + 4),
            _ => return None,
        },
        _ => return None,
    };
    // "d'après" only at the end of its phrase: "mardi d'après le ministre" is "according to",
    // "le mardi d'après-midi" and "lundi d'avant la réforme" are something else.
    if end == i + 4 && !ends_after_apres(cx, end) {
        return None;
    }
    let (from, anchor) = match recent_day(cx, i, out, 600) {
        Some(d) => (d, previous(cx, out)),
        None => (pub_date(cx.published)?, Anchor::Published(cx.published?)),
    };
    let fw = iso_weekday(from);
    let n = match dir {
        Dir::Future => {
            let fwd = (i64::from(wd) - i64::from(fw)).rem_euclid(7);
            if fwd == 0 { 7 } else { fwd }
        }
        Dir::Past => {
            let back = (i64::from(fw) - i64::from(wd)).rem_euclid(7);
            -(if back == 0 { 7 } else { back })
        }
    };
    let value: DateValue = day_value(from.checked_add(jiff::Span::new().days(n)).ok()?);
    cx.note(i, end, || What::Relative {
        value,
        anchor,
        rule: Rel::Days(n),
    });
    Some(date(i, end, value))
}

/// "en huit", "en quinze" at token `k`: one or two weeks on, and the token after.
fn in_weeks(cx: &Cx, k: usize) -> Option<(i64, usize)> {
    if !cx.is_w(k, "en") {
        return None;
    }
    match cx.w(k + 1) {
        "huit" => Some((1, k + 2)),
        "quinze" => Some((2, k + 2)),
        _ => None,
    }
}

/// Token `k` ends a phrase: punctuation other than a hyphen ("d'après-midi"), the end of the
/// text, or a conjunction; not an article, a name or a pronoun ("d'après lui").
pub(super) fn ends_after_apres(cx: &Cx, k: usize) -> bool {
    match cx.tok(k) {
        None => true,
        Some(t) if t.is_word() => matches!(cx.w(k), "et" | "ou" | "puis" | "mais"),
        Some(t) => !t.is_punct('-'),
    }
}
