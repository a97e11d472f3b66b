//! Thousands separators: where the integer part of a number written in digit groups ends.
//! "2 000" and "100 000" (a space, or a no-break, narrow or thin space), "1.500.000" (a dot,
//! French and German style) or "1,500,000" (a comma, English), and "100’000" or "2'500" (an
//! apostrophe, as Swiss outlets write), in either language. Every group after the first has
//! exactly three digits, the first at most three, and a number keeps one separator throughout:
//! "12'34", "1’2345" and "2 000.000" are not one number.

use super::Cx;
use super::Lang;
use super::trace::Mark;

/// The separator between the digit groups of one number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Separator {
    /// One space-like character between two tokens.
    Space,
    /// The language's punctuation separator: a dot in French, a comma in English.
    Punct(char),
    /// ' or ’, glued to the digits on both sides.
    Apostrophe,
}

/// The digit groups starting at token `i` (a run of digits): the token after the integer part
/// and, when there are several groups, the separator as written.
pub(super) fn integer_part(cx: &Cx, i: usize) -> (usize, Option<Mark>) {
    let one = (i + 1, None);
    if cx.tok(i).is_none_or(|t| t.len() > 3) {
        return one;
    }
    let group_punct = match cx.lang {
        Lang::Fr => '.',
        Lang::En => ',',
    };
    let digits_at = |k: usize| cx.is_digits_at(k) && cx.adjacent(k);
    let group_at = |k: usize| cx.tok(k).is_some_and(|d| d.is_digits() && d.len() == 3);
    let glued_group_at = |k: usize| cx.adjacent(k) && group_at(k + 1) && cx.adjacent(k + 1);
    let mut sep: Option<Separator> = None;
    let mut end = i + 1;
    loop {
        let (this, next) = if group_at(end) && cx.space_gap(end) {
            (Separator::Space, end + 1)
        } else if cx.is_punct(end, group_punct) && glued_group_at(end) {
            (Separator::Punct(group_punct), end + 2)
        } else if apostrophe(cx.raw(end)) && glued_group_at(end) {
            (Separator::Apostrophe, end + 2)
        } else {
            break;
        };
        if sep.is_some_and(|s| s != this) {
            break;
        }
        sep = Some(this);
        end = next;
    }
    // "1’250’00": an apostrophe group that is not three digits makes none of it one number.
    if sep == Some(Separator::Apostrophe)
        && cx.adjacent(end)
        && apostrophe(cx.raw(end))
        && digits_at(end + 1)
    {
        return one;
    }
    let mark = match sep {
        None => return one,
        Some(Separator::Space) => cx.text[cx.toks[i].end..cx.toks[i + 1].start].chars().next(),
        Some(Separator::Punct(_) | Separator::Apostrophe) => cx.raw(i + 1).chars().next(),
    };
    (end, mark.and_then(Mark::of))
}

/// The two apostrophes that separate thousands: the typewriter one and the typographic one.
fn apostrophe(raw: &str) -> bool {
    matches!(raw, "'" | "’")
}
