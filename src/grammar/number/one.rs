//! "un seul", "une seule": the article that counts one ("un seul candidat", "une seule fois"),
//! for [`super::spelled`], which reads "seul" after it. Not after a negation ("pas un seul
//! député", which is none), nor in the idioms that count nothing ("d'un seul coup", "d'un seul
//! tenant").

use crate::grammar::Cx;

/// Whether "un seul" / "une seule" at tokens `i` (the article) and `i + 1` counts one.
pub(super) fn counts_one(cx: &Cx, i: usize) -> bool {
    let denied = i > 0 && matches!(cx.w(i - 1), "pas" | "plus" | "ni" | "sans" | "jamais");
    !denied && !matches!(cx.w(i + 2), "coup" | "tenant")
}
