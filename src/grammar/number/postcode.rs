//! French postcodes ("69003 Lyon", "code postal 13002", "Marseille (13002)"): five digits that
//! count nothing, for [`super::cardinal`], which reads no number there. Decided by the address
//! around them, never by the digits alone ("12500 habitants" is a count, and so is "20000
//! Français" at the start of a sentence):
//! - a postcode label right before them ("code postal", "CP");
//! - a town's capitalized name right after them, "Cedex" after it or a comma before them
//!   that follows a street ("4 rue des Lilas, 69003 Lyon"), within the sentence;
//! - in parentheses right after a capitalized name ("Marseille (13002)").

use crate::grammar::Cx;

/// How many tokens before the comma a street noun may stand ("8 avenue du Général Leclerc,").
const STREET_REACH: usize = 8;

/// Whether the five digits at token `i` are a postcode.
pub(super) fn is_postcode(cx: &Cx, i: usize) -> bool {
    if i > 0 && matches!(cx.w(i - 1), "postal" | "cp") {
        return true;
    }
    let town = cx.tok(i + 1).is_some_and(|t| t.is_word()) && cx.capitalized(i + 1);
    if town && cx.is_w(i + 2, "cedex") {
        return true;
    }
    if town && i > 1 && cx.is_punct(i - 1, ',') && street_before(cx, i - 1) {
        return true;
    }
    // "Marseille (13002)"
    i > 1
        && cx.is_punct(i - 1, '(')
        && cx.is_punct(i + 1, ')')
        && cx.tok(i - 2).is_some_and(|t| t.is_word())
        && cx.capitalized(i - 2)
}

/// A street within [`STREET_REACH`] tokens before the comma at token `comma`, in its sentence:
/// a street noun after a house number ("4 rue", "12 bis avenue") or capitalized ("Rue de
/// Rivoli"), or a post box ("BP 412"); not "dans la rue, 20000 Parisiens".
fn street_before(cx: &Cx, comma: usize) -> bool {
    let numbered = |k: usize| {
        k > 0 && (cx.is_digits_at(k - 1) || matches!(cx.w(k - 1), "bis" | "ter"))
            || cx.capitalized(k)
    };
    (comma.saturating_sub(STREET_REACH)..comma)
        .rev()
        .take_while(|&k| !cx.is_punct(k, '.'))
        .any(|k| {
            numbered(k)
                && matches!(
                    cx.w(k),
                    "rue"
                        | "avenue"
                        | "av"
                        | "boulevard"
                        | "bd"
                        | "place"
                        | "chemin"
                        | "allee"
                        | "impasse"
                        | "quai"
                        | "route"
                        | "cours"
                        | "square"
                        | "bp"
                )
        })
}
