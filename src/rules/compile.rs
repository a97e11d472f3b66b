//! From a rule's written regexes to compiled ones: `{def}` and alias expansion, the typing
//! conveniences (`'` also matches `’`, a space matches any whitespace run), the split at the
//! value placeholder, and tolerance syntax. Every problem is reported as a byte range into the
//! *written* text, so that the loader can point at it in the YAML file.

use std::collections::BTreeMap;
use std::ops::Range;

use regex::{Regex, RegexBuilder};

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

use super::error::ErrorCode;
use super::lazy_regex::LazyRegex;
use super::model::Tolerance;
use crate::value::{DurationUnit, ValueKind};

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

/// "did you mean `x`?" when a close name exists, else `otherwise`.
pub fn did_you_mean(name: &str, options: &[&str], otherwise: &str) -> String {
    let best = options
        .iter()
        .map(|o| (edit_distance(name, o), *o))
        .filter(|(d, o)| *d <= 2.max(o.len() / 3))
        .min();
    match best {
        Some((_, o)) => format!("did you mean `{o}`?"),
        None => otherwise.to_string(),
    }
}

/// Levenshtein distance in characters: how many typos apart two names are.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
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

/// Parses a tolerance as rule files write it; the message says what is wrong.
///
/// - `5%`: a fraction of the value, for `count` and `duration` rules;
/// - `500`: an absolute amount, for `count` rules;
/// - `3 days`, `2 weeks`, `12 hours`: an amount of time, for `date` rules (kept in days) and
///   `duration` rules (kept in seconds). Units: second, minute, hour, day, week, month, year,
///   singular or plural, in English or French (jour, semaine, mois, an, année…).
pub fn parse_tolerance(text: &str, kind: ValueKind) -> Result<Tolerance, (String, Option<String>)> {
    let t = text.trim();
    let number_end = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-' || c == '+'))
        .unwrap_or(t.len());
    let (number, unit) = (&t[..number_end], t[number_end..].trim());
    let amount: f64 = match number.parse::<f64>() {
        Ok(a) if a.is_finite() => a,
        _ => {
            return Err((
                format!("tolerance `{text}` is not a number"),
                Some(tolerance_help(kind).to_string()),
            ));
        }
    };
    if amount < 0.0 {
        return Err((
            format!("tolerance `{text}` is negative"),
            Some("a tolerance is how far apart two values may be: zero or more".into()),
        ));
    }
    if unit == "%" {
        if kind == ValueKind::Date {
            return Err((
                "a date tolerance cannot be a percentage".to_string(),
                Some("a date has no size to take a percentage of; write an amount of time such as `3 days`".into()),
            ));
        }
        if amount > 100.0 {
            return Err((
                format!("tolerance `{text}` is over 100%"),
                Some("100% already accepts anything from zero to twice the value".into()),
            ));
        }
        return Ok(Tolerance::Percent(amount));
    }
    if unit.is_empty() {
        return match kind {
            ValueKind::Number => Ok(Tolerance::Absolute(amount)),
            _ => Err((
                format!("tolerance `{text}` has no unit"),
                Some(tolerance_help(kind).to_string()),
            )),
        };
    }
    let Some(unit) = time_unit(unit) else {
        return Err((
            format!("unknown unit `{unit}` in tolerance `{text}`"),
            Some(tolerance_help(kind).to_string()),
        ));
    };
    let seconds = amount * unit.seconds();
    match kind {
        ValueKind::Date => Ok(Tolerance::Absolute(seconds / 86_400.0)),
        ValueKind::Duration => Ok(Tolerance::Absolute(seconds)),
        ValueKind::Number => Err((
            format!("a count tolerance has no unit: `{text}`"),
            Some(tolerance_help(kind).to_string()),
        )),
    }
}

fn tolerance_help(kind: ValueKind) -> &'static str {
    match kind {
        ValueKind::Number => "a count tolerance is a number (`500`) or a percentage (`5%`)",
        ValueKind::Date => "a date tolerance is an amount of time: `3 days`, `2 weeks`, `1 month`",
        ValueKind::Duration => {
            "a duration tolerance is an amount of time (`2 days`, `1 week`) or a percentage (`10%`)"
        }
    }
}

fn time_unit(unit: &str) -> Option<DurationUnit> {
    let u = unit.to_lowercase();
    let u = u
        .strip_suffix('s')
        .filter(|s| !s.is_empty() && u != "mois")
        .unwrap_or(&u);
    Some(match u {
        "second" | "seconde" | "sec" => DurationUnit::Second,
        "minute" | "min" => DurationUnit::Minute,
        "hour" | "heure" | "h" => DurationUnit::Hour,
        "day" | "jour" | "d" => DurationUnit::Day,
        "week" | "semaine" | "w" => DurationUnit::Week,
        "month" | "moi" | "mois" => DurationUnit::Month,
        "year" | "an" | "année" | "annee" | "y" => DurationUnit::Year,
        _ => return None,
    })
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

    #[test]
    fn tolerances() {
        assert_eq!(
            parse_tolerance("5%", ValueKind::Number),
            Ok(Tolerance::Percent(5.0))
        );
        assert_eq!(
            parse_tolerance("500", ValueKind::Number),
            Ok(Tolerance::Absolute(500.0))
        );
        assert_eq!(
            parse_tolerance("2 weeks", ValueKind::Date),
            Ok(Tolerance::Absolute(14.0))
        );
        assert_eq!(
            parse_tolerance("3 jours", ValueKind::Date),
            Ok(Tolerance::Absolute(3.0))
        );
        assert_eq!(
            parse_tolerance("1 mois", ValueKind::Duration),
            Ok(Tolerance::Absolute(DurationUnit::Month.seconds()))
        );
        assert!(parse_tolerance("5%", ValueKind::Date).is_err());
        assert!(parse_tolerance("-3", ValueKind::Number).is_err());
        assert!(parse_tolerance("3", ValueKind::Date).is_err());
        assert!(parse_tolerance("many", ValueKind::Number).is_err());
        assert!(parse_tolerance("3 days", ValueKind::Number).is_err());
    }
}
