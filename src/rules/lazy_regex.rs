//! A pattern's regex, compiled the first time a text needs it. Building a regex is most of
//! the load time of a pattern rule, and a rule whose literals are absent from every article
//! (see `prefilter.rs`) never needs its regex at all; so loading compiles only what could
//! fail to compile. A regex whose syntax tree is small ([`certainly_compiles`]: literals,
//! small classes, anchors, optional or unbounded repeats, under a budget) cannot exceed the
//! size limit, the one error a regex that parses can still meet: it is parsed at load (so
//! that a syntax error is reported there as before) and compiled later. Any other regex is
//! compiled at load, as every regex was.

use std::sync::OnceLock;

use regex::Regex;
use regex_syntax::hir::{Class, Hir, HirKind};

/// A regex built from `text` on first use.
pub struct LazyRegex {
    text: String,
    regex: OnceLock<Regex>,
}

impl LazyRegex {
    /// The regex of `text`: compiled now (and its error returned) unless it certainly
    /// compiles.
    pub fn new(text: String) -> Result<LazyRegex, regex::Error> {
        let regex = OnceLock::new();
        if !certainly_compiles(&text) {
            let _ = regex.set(super::compile::bounded_regex(&text)?);
        }
        Ok(LazyRegex { text, regex })
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl std::ops::Deref for LazyRegex {
    type Target = Regex;

    fn deref(&self) -> &Regex {
        self.regex.get_or_init(|| {
            // `certainly_compiles` said it would; should it not, a regex that matches
            // nothing rather than a panic (a syntax tree this small is far below the limit).
            super::compile::bounded_regex(&self.text)
                .or_else(|_| Regex::new(r"[^\s\S]"))
                .expect("a valid regex")
        })
    }
}

impl std::fmt::Debug for LazyRegex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("LazyRegex").field(&self.text).finish()
    }
}

/// The most a small syntax tree may weigh: bytes of literals plus ranges of classes.
const BUDGET: usize = 4096;
/// A class of more ranges than this (Unicode `\w` has hundreds) is compiled at load.
const MAX_CLASS_RANGES: usize = 64;

/// Whether `text` parses and its syntax tree is small enough that its compiled program is
/// far below `compile::REGEX_SIZE_LIMIT` whatever it holds.
fn certainly_compiles(text: &str) -> bool {
    if text.len() > BUDGET {
        return false;
    }
    let Ok(hir) = regex_syntax::Parser::new().parse(text) else {
        return false;
    };
    weight(&hir).is_some_and(|w| w <= BUDGET)
}

/// The weight of a small tree; `None` for a tree that is not small.
fn weight(hir: &Hir) -> Option<usize> {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Some(1),
        HirKind::Literal(l) => Some(l.0.len()),
        HirKind::Class(Class::Unicode(c)) => {
            (c.ranges().len() <= MAX_CLASS_RANGES).then_some(c.ranges().len() * 4)
        }
        HirKind::Class(Class::Bytes(c)) => {
            (c.ranges().len() <= MAX_CLASS_RANGES).then_some(c.ranges().len())
        }
        // `x?`, `x*`, `x+`, `x{0,1}`: one or two copies of `x`; a counted repeat is not small.
        HirKind::Repetition(r) if r.min <= 1 && r.max.is_none_or(|m| m <= 1) => {
            weight(&r.sub).map(|w| 2 * w)
        }
        HirKind::Repetition(_) => None,
        HirKind::Capture(c) => weight(&c.sub),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => subs
            .iter()
            .try_fold(0usize, |sum, s| Some(sum + weight(s)?)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_patterns_wait_and_others_compile_at_load() {
        for small in [
            r"(?i)(?:\bvalorine (?:en|du|le) )(?s:.)\z",
            r"(?i)\A(?s:.)(?:,? (?:le|la) bemitages?\b)",
        ] {
            assert!(certainly_compiles(small), "{small}");
            let lazy = LazyRegex::new(small.to_string()).unwrap();
            assert!(lazy.regex.get().is_none());
            // Compiled when used, to the same regex.
            assert_eq!(lazy.as_str(), small);
            assert_eq!(lazy.is_match("x"), Regex::new(small).unwrap().is_match("x"));
        }
        // A class of hundreds of ranges, a counted repeat, a syntax error: compiled now.
        for big in [r"(?i)\w+ soldats", r"a{2,400}", r"(?i)(?:\d+"] {
            assert!(!certainly_compiles(big), "{big}");
        }
        assert!(LazyRegex::new(r"(?i)(?:\d+".to_string()).is_err());
        assert!(LazyRegex::new(r"(?:\w{1000}){1000}".to_string()).is_err());
        assert!(
            LazyRegex::new(r"\w+".to_string())
                .unwrap()
                .regex
                .get()
                .is_some()
        );
    }
}
