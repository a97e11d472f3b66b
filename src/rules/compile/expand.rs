//! Expanding a written fragment: `{def}` and alias expansion, the typing conveniences (`'`
//! also matches `’`, a space matches any whitespace run), and the map from each piece of the
//! expanded text back to the range written.

use std::collections::BTreeMap;
use std::ops::Range;

use super::super::error::ErrorCode;
use super::{Problem, did_you_mean};
use crate::value::ValueKind;

/// What the fragments of one file may refer to: its defs (already expanded) and aliases.
#[derive(Debug, Default)]
pub struct Context {
    pub defs: BTreeMap<String, String>,
    /// Every variant of every alias group, longest first, with the regex of its whole group.
    pub variants: Vec<(String, String)>,
}

impl Context {
    /// Registers an alias group: each variant then stands for all of them.
    pub fn add_alias_group(&mut self, variants: &[String]) {
        let mut sorted: Vec<&String> = variants.iter().collect();
        sorted.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        sorted.dedup();
        let alternatives: Vec<String> = sorted.iter().map(|v| literal_regex(v)).collect();
        let group = format!("(?:{})", alternatives.join("|"));
        for v in sorted {
            self.variants.push((v.clone(), group.clone()));
        }
        self.variants
            .sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
    }
}

/// A literal text as a regex, with the same typing conveniences as written patterns.
fn literal_regex(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            while chars.peek().is_some_and(|c| c.is_whitespace()) {
                chars.next();
            }
            out.push_str(r"\s+");
        } else if c == '\'' || c == '’' {
            out.push_str("['’]");
        } else {
            out.push_str(&regex::escape(c.encode_utf8(&mut [0; 4])));
        }
    }
    out
}

/// The value placeholders and the kind each one asks for.
pub fn value_placeholder_kind(name: &str) -> Option<ValueKind> {
    match name {
        "date" => Some(ValueKind::Date),
        "count" => Some(ValueKind::Number),
        "duration" => Some(ValueKind::Duration),
        _ => None,
    }
}

/// The placeholder name for a kind, as patterns write it.
pub fn placeholder_name(kind: ValueKind) -> &'static str {
    match kind {
        ValueKind::Date => "date",
        ValueKind::Number => "count",
        ValueKind::Duration => "duration",
    }
}

/// Where an expanded text comes from: each piece of output maps to a written range; `exact`
/// pieces map byte for byte.
#[derive(Debug, Clone)]
struct Piece {
    out: Range<usize>,
    src: Range<usize>,
    exact: bool,
}

/// An expanded fragment: the regex text and how to map its offsets back to the written text.
#[derive(Debug, Clone, Default)]
pub struct Expansion {
    pub text: String,
    pieces: Vec<Piece>,
    /// Value placeholders met, in order: kind, written range, output range.
    pub values: Vec<(ValueKind, Range<usize>, Range<usize>)>,
}

impl Expansion {
    fn push(&mut self, out: &str, src: Range<usize>, exact: bool) {
        let start = self.text.len();
        self.text.push_str(out);
        self.pieces.push(Piece {
            out: start..self.text.len(),
            src,
            exact,
        });
    }

    /// The written range behind the output range `range`.
    pub fn source_range(&self, range: Range<usize>) -> Range<usize> {
        let find = |off: usize, is_end: bool| -> Option<usize> {
            let piece = self.pieces.iter().find(|p| {
                if is_end {
                    p.out.start < off && off <= p.out.end
                } else {
                    p.out.start <= off && off < p.out.end
                }
            })?;
            Some(if piece.exact {
                piece.src.start + (off - piece.out.start)
            } else if is_end {
                piece.src.end
            } else {
                piece.src.start
            })
        };
        let last = self.pieces.last().map_or(0, |p| p.src.end);
        let start = find(range.start, false).unwrap_or(last);
        let end = if range.end > range.start {
            find(range.end, true).unwrap_or(last)
        } else {
            start
        };
        start..end.max(start)
    }
}

/// Where a fragment is written, which decides what it may contain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Pattern,
    Def,
    Context,
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Case-insensitive match of `needle` at the start of `hay`; the matched byte length.
fn starts_with_ci(hay: &str, needle: &str) -> Option<usize> {
    let mut h = hay.char_indices();
    for n in needle.chars() {
        let (_, c) = h.next()?;
        if !c.to_lowercase().eq(n.to_lowercase()) {
            return None;
        }
    }
    Some(h.next().map_or(hay.len(), |(i, _)| i))
}

/// Expands a written fragment. Problems are collected, not returned at the first, so one
/// run reports them all.
pub fn expand(src: &str, place: Place, ctx: &Context) -> (Expansion, Vec<Problem>) {
    let mut exp = Expansion::default();
    let mut problems = Vec::new();
    // Depth of character-class nesting (`[a[b]]`); the conveniences apply inside too, but
    // placeholders and aliases do not.
    let mut class_depth = 0usize;
    let mut i = 0;
    // Whether the previous written character is part of a word, to find alias variants only
    // where a word starts (`\b` before a word is an escape, not a letter).
    let mut prev_word = false;
    while i < src.len() {
        let rest = &src[i..];
        let c = rest.chars().next().unwrap_or('\0');
        let len = c.len_utf8();
        if c == '\\' {
            let next_len = rest[1..].chars().next().map_or(0, char::len_utf8);
            exp.push(&rest[..1 + next_len], i..i + 1 + next_len, true);
            i += 1 + next_len;
            prev_word = false;
            continue;
        }
        if class_depth > 0 {
            match c {
                '[' => class_depth += 1,
                ']' => class_depth -= 1,
                _ => {}
            }
            if c == '\'' || c == '’' {
                exp.push("'’", i..i + len, false);
            } else if c.is_whitespace() {
                exp.push(r"\s", i..i + len, false);
            } else {
                exp.push(&rest[..len], i..i + len, true);
            }
            i += len;
            continue;
        }
        if c == '[' {
            class_depth = 1;
            // `[]...]` and `[^]...]`: a first `]` is a literal.
            let mut head = 1;
            if rest[head..].starts_with('^') {
                head += 1;
            }
            if rest[head..].starts_with(']') {
                head += 1;
            }
            exp.push(&rest[..head], i..i + head, true);
            i += head;
            prev_word = false;
            continue;
        }
        if c == '{' {
            if let Some(name_len) = placeholder_at(rest) {
                let name = &rest[1..1 + name_len];
                let range = i..i + name_len + 2;
                if let Some(kind) = value_placeholder_kind(name) {
                    if place == Place::Pattern {
                        let start = exp.text.len();
                        exp.push(&rest[..name_len + 2], range.clone(), true);
                        exp.values
                            .push((kind, range.clone(), start..exp.text.len()));
                    } else {
                        let what = if place == Place::Def {
                            "a def"
                        } else {
                            "`require`, `exclude` and `subjects`"
                        };
                        problems.push(
                            Problem::new(ErrorCode::MisplacedValuePlaceholder, range.clone(), format!("`{{{name}}}` cannot be used in {what}"))
                                .help("value placeholders belong in `patterns`; here only `{def}` names are expanded"),
                        );
                    }
                } else if let Some(def) = ctx.defs.get(name) {
                    exp.push(&format!("(?:{def})"), range.clone(), false);
                } else {
                    let names: Vec<&str> = ctx.defs.keys().map(String::as_str).collect();
                    let problem = if place == Place::Pattern {
                        let mut options = vec!["date", "count", "duration"];
                        options.extend(names.iter());
                        Problem::new(
                            ErrorCode::UnknownPlaceholder,
                            range.clone(),
                            format!("unknown placeholder `{{{name}}}`"),
                        )
                        .help(did_you_mean(
                            name,
                            &options,
                            "placeholders are {date}, {count}, {duration} and the file's defs",
                        ))
                    } else {
                        let help = if place == Place::Def {
                            // Known here are only the defs above this one: itself and the
                            // defs below are not (so that defs cannot form a cycle).
                            let above = if names.is_empty() {
                                "none is".to_string()
                            } else {
                                format!("those are: {}", names.join(", "))
                            };
                            format!("a def can use only the defs written above it; {above}")
                        } else if names.is_empty() {
                            "this file has no `defs:`".to_string()
                        } else {
                            did_you_mean(
                                name,
                                &names,
                                &format!("defs of this file: {}", names.join(", ")),
                            )
                        };
                        Problem::new(
                            ErrorCode::UnknownDef,
                            range.clone(),
                            format!("unknown def `{{{name}}}`"),
                        )
                        .help(help)
                    };
                    problems.push(problem);
                    exp.push("(?:)", range.clone(), false);
                }
                i = range.end;
                prev_word = false;
                continue;
            }
        }
        if c == '\'' || c == '’' {
            exp.push("['’]", i..i + len, false);
            i += len;
            prev_word = false;
            continue;
        }
        if c.is_whitespace() {
            let run = rest
                .find(|c: char| !c.is_whitespace())
                .unwrap_or(rest.len());
            exp.push(r"\s+", i..i + run, false);
            i += run;
            prev_word = false;
            continue;
        }
        if !prev_word && is_word(c) {
            let alias = ctx.variants.iter().find_map(|(variant, group)| {
                let n = starts_with_ci(rest, variant)?;
                let ends_word = rest[n..].chars().next().is_none_or(|c| !is_word(c));
                ends_word.then_some((n, group))
            });
            if let Some((n, group)) = alias {
                exp.push(group, i..i + n, false);
                i += n;
                prev_word = true;
                continue;
            }
        }
        exp.push(&rest[..len], i..i + len, true);
        prev_word = is_word(c);
        i += len;
    }
    (exp, problems)
}

/// The length of the name in a `{name}` placeholder at the start of `s`. `{2}` and `{2,3}`
/// are repetitions, not placeholders.
fn placeholder_at(s: &str) -> Option<usize> {
    let body = s.strip_prefix('{')?;
    let close = body.find('}')?;
    let name = &body[..close];
    let mut chars = name.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic() || first == '_')
        .then_some(())
        .filter(|()| chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .map(|()| close)
}

/// Whether `name` may name a def.
pub fn is_def_name(name: &str) -> bool {
    placeholder_at(&format!("{{{name}}}")).is_some_and(|n| n == name.len())
}
