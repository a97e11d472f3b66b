//! From a rule's written regexes to compiled ones: `{def}` and alias expansion, the typing
//! conveniences (`'` also matches `’`, a space matches any whitespace run), the split at the
//! value placeholder, and tolerance syntax. Every problem is reported as a byte range into the
//! *written* text, so that the loader can point at it in the YAML file.
//!
//! This file holds the limits, the problems and the compilation of fragments and patterns;
//! `compile/expand.rs` the expansion of written text, `compile/tolerance.rs` tolerance
//! syntax, `compile/names.rs` the "did you mean" of misspelled names.

use std::ops::Range;

use regex::{Regex, RegexBuilder};

use super::error::ErrorCode;
use super::lazy_regex::LazyRegex;
use crate::value::ValueKind;

mod expand;
mod names;
mod tolerance;

pub use expand::{
    Context, Expansion, Place, expand, is_def_name, placeholder_name, value_placeholder_kind,
};
pub use names::did_you_mean;
pub(crate) use names::edit_distance;
pub use tolerance::parse_tolerance;

/// The longest regex a rule may write, after `defs` and `aliases` are expanded. Patterns are a
/// few hundred bytes; a longer one is a mistake (or hostile), refused before it is compiled,
/// with a message that does not repeat it.
pub const MAX_REGEX_LEN: usize = 64 * 1024;

/// The regex crate's own limits, set explicitly rather than left to its defaults: how large a
/// compiled program and its lazy DFA may grow (a small text can still compile into a huge
/// automaton, `(?:a{1000}){1000}`).
const REGEX_SIZE_LIMIT: usize = 4 * 1024 * 1024;
const DFA_SIZE_LIMIT: usize = 4 * 1024 * 1024;

/// Compiles a rule's regex within the limits.
pub fn bounded_regex(text: &str) -> Result<Regex, regex::Error> {
    RegexBuilder::new(text)
        .size_limit(REGEX_SIZE_LIMIT)
        .dfa_size_limit(DFA_SIZE_LIMIT)
        .build()
}

/// The problem of a regex longer than [`MAX_REGEX_LEN`], placed on its first character.
fn too_long(exp: &Expansion) -> Option<Problem> {
    (exp.text.len() > MAX_REGEX_LEN).then(|| {
        Problem::new(
            ErrorCode::InvalidRegex,
            exp.source_range(0..1),
            format!(
                "this regex is {} bytes long once expanded, more than the {MAX_REGEX_LEN} a rule may have",
                exp.text.len()
            ),
        )
    })
}

/// A problem in one written fragment: `range` is a byte range into the fragment as written.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub code: ErrorCode,
    pub message: String,
    pub range: Range<usize>,
    pub help: Option<String>,
}

impl Problem {
    fn new(code: ErrorCode, range: Range<usize>, message: impl Into<String>) -> Problem {
        Problem {
            code,
            message: message.into(),
            range,
            help: None,
        }
    }
    fn help(mut self, help: impl Into<String>) -> Problem {
        self.help = Some(help.into());
        self
    }
}

/// A regex compile error as a byte range into the compiled text and a message.
fn regex_error(err: &regex::Error, compiled: &str) -> (Option<Range<usize>>, String) {
    let regex::Error::Syntax(s) = err else {
        return (None, "the regex is too large once compiled".to_string());
    };
    let lines: Vec<&str> = s.lines().collect();
    let message = lines
        .iter()
        .rev()
        .find_map(|l| l.strip_prefix("error: "))
        .unwrap_or(s)
        .to_string();
    // The single-line layout of regex-syntax: the pattern indented by four spaces, then a
    // line of carets under the offending characters (columns in characters).
    let carets = lines
        .get(2)
        .filter(|l| l.contains('^') && l.chars().all(|c| c == ' ' || c == '^'));
    let range = carets.and_then(|l| {
        let first = l.find('^')?.checked_sub(4)?;
        let n = l[first + 4..].chars().take_while(|&c| c == '^').count();
        let byte = |col: usize| {
            compiled
                .char_indices()
                .nth(col)
                .map_or(compiled.len(), |(b, _)| b)
        };
        Some(byte(first)..byte(first + n))
    });
    (range, message)
}

/// Compiles `(?i)` + an expansion; on error, the problem's range is in the written text.
pub fn compile_fragment(exp: &Expansion) -> Result<Regex, Problem> {
    if let Some(p) = too_long(exp) {
        return Err(p);
    }
    let compiled = format!("(?i){}", exp.text);
    bounded_regex(&compiled).map_err(|e| {
        let (range, message) = regex_error(&e, &compiled);
        let range = match range {
            Some(r) => exp.source_range(r.start.saturating_sub(4)..r.end.saturating_sub(4)),
            None => exp.source_range(0..exp.text.len()),
        };
        Problem::new(
            ErrorCode::InvalidRegex,
            range,
            format!("invalid regex: {message}"),
        )
    })
}

/// A compiled pattern: the expanded text and the regexes on each side of the value.
pub struct CompiledPattern {
    pub kind: ValueKind,
    pub expanded: String,
    /// The regex text of each side alone: only its `_edge` form is compiled.
    pub before: String,
    pub after: String,
    pub before_edge: LazyRegex,
    pub after_edge: LazyRegex,
}

/// Checks and compiles one written pattern of a rule of kind `kind`.
pub fn compile_pattern(
    src: &str,
    kind: ValueKind,
    ctx: &Context,
) -> Result<CompiledPattern, Vec<Problem>> {
    let (exp, mut problems) = expand(src, Place::Pattern, ctx);
    if let Some(p) = too_long(&exp) {
        problems.push(p);
        return Err(problems);
    }
    let wanted = placeholder_name(kind);
    let misspelled = problems
        .iter()
        .any(|p| p.code == ErrorCode::UnknownPlaceholder);
    match exp.values.as_slice() {
        // A misspelled `{date}` is reported as such, not also as a missing one.
        [] if misspelled => {}
        [] => problems.push(
            Problem::new(
                ErrorCode::MissingValuePlaceholder,
                0..src.len(),
                "this pattern has no value placeholder",
            )
            .help(format!(
                "a `{kind}` rule's patterns each contain `{{{wanted}}}` where the value is"
            )),
        ),
        [_, extra, ..] => problems.push(
            Problem::new(
                ErrorCode::ExtraValuePlaceholder,
                extra.1.clone(),
                "a pattern has exactly one value placeholder",
            )
            .help("each pattern extracts one value; write one pattern per value"),
        ),
        [_] => {}
    }
    // The kind of the first placeholder only: a second one is already an error.
    if let Some((k, range, _)) = exp.values.first() {
        if *k != kind {
            problems.push(
                Problem::new(
                    ErrorCode::PlaceholderKindMismatch,
                    range.clone(),
                    format!(
                        "`{{{}}}` in a rule of kind `{}`",
                        placeholder_name(*k),
                        kind_name(kind)
                    ),
                )
                .help(format!(
                    "a `{}` rule extracts `{{{wanted}}}`",
                    kind_name(kind)
                )),
            );
        }
    }
    let misplaced = problems.iter().any(|p| {
        matches!(
            p.code,
            ErrorCode::MissingValuePlaceholder
                | ErrorCode::ExtraValuePlaceholder
                | ErrorCode::PlaceholderKindMismatch
        )
    });
    if misplaced {
        // The regex cannot be checked without knowing where the one value is.
        return Err(problems);
    }
    // The usual case: compile each side of the value. Two valid sides make a valid whole.
    let value = exp.values.first().cloned();
    if let (true, Some(value)) = (problems.is_empty(), &value) {
        let before_text = &exp.text[..value.2.start];
        let after_text = &exp.text[value.2.end..];
        // Only the edges are compiled (a regex build is most of the cost of loading a
        // pattern rule): a side compiles when its edge, the same regex and one more
        // character, does; `before` and `after` are kept as text, for the prefilter.
        let before = format!(r"(?i)(?:{before_text})\z");
        let after = format!(r"(?i)\A(?:{after_text})");
        let before_edge = LazyRegex::new(format!(r"(?i)(?:{before_text})(?s:.)\z"));
        let after_edge = LazyRegex::new(format!(r"(?i)\A(?s:.)(?:{after_text})"));
        if let (Ok(before_edge), Ok(after_edge)) = (before_edge, after_edge) {
            return Ok(CompiledPattern {
                kind,
                expanded: exp.text,
                before,
                after,
                before_edge,
                after_edge,
            });
        }
    }
    // Something is wrong: check the regex as a whole, with an empty group for the value, so
    // that an error is reported where it is written.
    let value_out = value.as_ref().map(|v| v.2.clone());
    let whole_text = match &value_out {
        Some(r) => format!("{}(?:){}", &exp.text[..r.start], &exp.text[r.end..]),
        None => exp.text.clone(),
    };
    let whole_regex = format!("(?i){whole_text}");
    match bounded_regex(&whole_regex) {
        Err(e) => {
            let (range, message) = regex_error(&e, &whole_regex);
            // Offsets in the checked text → offsets in the expansion: `(?i)` before, and the
            // four bytes of `(?:)` in place of the placeholder.
            let to_exp = |o: usize| -> usize {
                let o = o.saturating_sub(4);
                match &value_out {
                    Some(r) if o >= r.start + 4 => o - 4 + (r.end - r.start),
                    Some(r) if o >= r.start => r.start,
                    _ => o,
                }
            };
            let range = match range {
                Some(r) => exp.source_range(to_exp(r.start)..to_exp(r.end)),
                None => 0..src.len(),
            };
            problems.push(Problem::new(
                ErrorCode::InvalidRegex,
                range,
                format!("invalid regex: {message}"),
            ));
        }
        Ok(_) if problems.is_empty() => {
            let at = value.map_or(0..src.len(), |v| v.1);
            problems.push(
                Problem::new(ErrorCode::InvalidRegex, at, "a group or class spans the value placeholder").help(
                    "the text before and after the placeholder are matched separately: close every group on the side it opens, e.g. `(?:en|le) {date}` rather than `(?:en {date}|le {date})`",
                ),
            );
        }
        Ok(_) => {}
    }
    Err(problems)
}

/// The name of a kind as rule files write it.
pub fn kind_name(kind: ValueKind) -> &'static str {
    match kind {
        ValueKind::Date => "date",
        ValueKind::Number => "count",
        ValueKind::Duration => "duration",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx() -> Context {
        let mut c = Context::default();
        c.defs.insert("k".into(), "Karabagh?k?".into());
        c.add_alias_group(&["Erevan".into(), "Yerevan".into()]);
        c
    }

    #[test]
    fn expands_conveniences_defs_and_aliases() {
        let (e, p) = expand(
            "l'offensive à Erevan [^']*{k} {date}",
            Place::Pattern,
            &ctx(),
        );
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(
            e.text,
            r"l['’]offensive\s+à\s+(?:Yerevan|Erevan)\s+[^'’]*(?:Karabagh?k?)\s+{date}"
        );
        // Not inside a word, not a repetition.
        let (e, _) = expand(r"Yerevanais \d{2,3} {count}", Place::Pattern, &ctx());
        assert_eq!(e.text, r"Yerevanais\s+\d{2,3}\s+{count}");
    }

    #[test]
    fn maps_regex_errors_to_the_written_text() {
        let src = "offensive (en {date}";
        let errs = compile_pattern(src, ValueKind::Date, &ctx()).err().unwrap();
        assert_eq!(errs.len(), 1);
        assert_eq!(&src[errs[0].range.clone()], "(");
        // Columns after a convenience (`'` became `['’]`) still land on the written text.
        let src = "l'a{2,1} {date}";
        let errs = compile_pattern(src, ValueKind::Date, &ctx()).err().unwrap();
        assert_eq!(&src[errs[0].range.clone()], "{2,1}", "{errs:?}");
    }
}
