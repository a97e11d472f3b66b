//! The compiled form of a claim rule: what extraction and comparison consume. Loading and
//! validating the YAML that produces it lives in the sibling modules.

use std::path::PathBuf;

use regex::Regex;
use serde::Serialize;

use crate::grammar::Lang;
use crate::value::{Decimal, Mod, Value, ValueKind};

/// Every rule of a claims folder, in a stable order (by id).
#[derive(Debug, Default)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
    /// Every cue phrase of every rule, by rule position: the prefilter of cue matching.
    pub cue_index: crate::cues::index::Index,
    /// The literals each pattern rule requires, by rule position: the prefilter of pattern
    /// matching (empty: every rule is a candidate).
    pub pattern_filter: super::prefilter::PatternFilter,
    /// By rule position: whether the rule can take a value only in a text where a prefilter
    /// names it (a hit of its cues, a literal of its patterns), so that
    /// [`super::Scopes::candidates`] leaves it out elsewhere. Shorter than the rules (a set
    /// built without prefilters): the rest run everywhere.
    pub selective: Vec<bool>,
    /// The files the rules were read from, in load order, so that later diagnostics (a
    /// failing example) can point into them without reading them again.
    pub files: Vec<super::RuleFile>,
}

impl RuleSet {
    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.rules
            .binary_search_by(|r| r.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.rules[i])
    }

    /// The position of a rule of this set (found by id).
    pub fn position(&self, rule: &Rule) -> Option<usize> {
        self.rules
            .binary_search_by(|r| r.id.as_str().cmp(&rule.id))
            .ok()
            .filter(|&i| std::ptr::eq(&self.rules[i], rule))
    }

    /// The file a rule was read from.
    pub fn file_of(&self, rule: &Rule) -> Option<&super::RuleFile> {
        self.files.iter().find(|f| f.path == rule.origin.file)
    }
}

/// One declarative claim: which value to pull out of which context.
#[derive(Debug)]
pub struct Rule {
    pub id: String,
    pub title: String,
    pub kind: ValueKind,
    pub description: Option<String>,
    pub link: Option<String>,
    pub severity: Severity,
    /// The language of the rule's file; a rule is applied only to sources of that language
    /// (or of unknown language).
    pub lang: Option<Lang>,
    pub patterns: Vec<Pattern>,
    /// What the rule says in words (`counts`, `cues`, `near`, `unless`, `rivals`, `anchor`):
    /// a value passes when either a pattern or the cues accept it.
    pub cues: Option<crate::cues::CueSpec>,
    /// Words or regexes that must all appear in the claim's scope.
    pub require: Vec<ContextWord>,
    /// Words or regexes none of which may appear in the claim's scope.
    pub exclude: Vec<ContextWord>,
    pub scope: Scope,
    /// What is counted ("people", "soldiers"); shown in reports.
    pub unit: Option<String>,
    pub tolerance: Option<Tolerance>,
    /// The tolerance as written (`3 days`, `5%`), for people.
    pub tolerance_source: Option<String>,
    /// A running tally (`tally: increasing`): a count that only grows, so a smaller count true
    /// at an earlier time is no conflict, and one at a later time is a fall.
    pub tally: Option<Tally>,
    /// Named subjects: claims are compared only with claims of the same subject, so that two
    /// events of one kind stay apart when the text says which is which.
    pub subjects: Vec<Subject>,
    pub examples: Vec<Example>,
    pub counter_examples: Vec<CounterExample>,
    /// Where the rule is written, for diagnostics.
    pub origin: Origin,
}

/// A place in a rule file: path and 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Origin {
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
    /// Byte offset of the same place in the file's text.
    #[serde(skip)]
    pub offset: usize,
}

impl Origin {
    /// The place at byte `offset` of `file`.
    pub fn at(file: &super::RuleFile, offset: usize) -> Origin {
        let (line, column) = file.line_column(offset);
        Origin {
            file: file.path.clone(),
            line,
            column,
            offset,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    #[default]
    Error,
    Warning,
    Info,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    #[default]
    Sentence,
    Paragraph,
}

/// How a count moves with time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Tally {
    /// It only grows: people who fled, the dead counted so far.
    Increasing,
}

/// How far apart two numeric values may be and still agree.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Tolerance {
    /// In the value's own unit (days for dates, seconds for durations).
    Absolute(f64),
    /// A fraction of the value: `5%` is `Percent(5.0)`.
    Percent(f64),
}

/// One regex pattern of a rule, split at its value placeholder. A mention of kind `kind`
/// matches when `before` matches the scope text that ends where the mention starts and
/// `after` matches the scope text that starts where the mention ends.
#[derive(Debug)]
pub struct Pattern {
    /// The pattern as written in the YAML file.
    pub source: String,
    /// The pattern with named fragments and aliases expanded, as compiled.
    pub expanded: String,
    pub kind: ValueKind,
    /// Anchored at the end: `(?:...)\z`. The regex's text: matching uses `before_edge`,
    /// the only one compiled.
    pub before: String,
    /// Anchored at the start: `\A(?:...)`. The text, as `before`.
    pub after: String,
    /// `before` followed by any one character, `(?:...)(?s:.)\z`, matched against the scope
    /// text up to and including the mention's first character: so that a `\b` written just
    /// before `{date}` sees the mention, which a haystack ending at the mention cannot show.
    /// Compiled on first use (see `lazy_regex.rs`), as `after_edge`.
    pub before_edge: super::LazyRegex,
    /// `after` preceded by any one character, `\A(?s:.)(?:...)`, matched from the mention's
    /// last character on.
    pub after_edge: super::LazyRegex,
}

#[derive(Debug)]
pub struct ContextWord {
    pub source: String,
    pub regex: Regex,
}

#[derive(Debug)]
pub struct Subject {
    pub name: String,
    pub regex: Regex,
}

/// A text the rule must match, with the value (and `mod`) it must give.
#[derive(Debug, Clone)]
pub struct Example {
    pub text: String,
    pub value: ExpectedValue,
    pub modifier: Option<Mod>,
    pub published: Option<crate::value::Published>,
    /// Where the example starts (its first key).
    pub origin: LazyOrigin,
    /// Where its `text:` is written.
    pub text_origin: LazyOrigin,
    /// Where its `value:` is written.
    pub value_origin: LazyOrigin,
}

/// A place in a rule file that loading does not locate, because only a diagnostic shows it
/// (an example that fails `rules test`): locating is a parse of the rule's text, which for
/// thousands of rules would be most of their load time. [`LazyOrigin::get`] locates it the
/// first time, exactly as loading would have.
#[derive(Clone)]
pub struct LazyOrigin {
    file: super::RuleFile,
    /// The node, then the nodes to fall back on when it is not found (the file's start last).
    spots: Vec<crate::yaml::Spot>,
    origin: std::sync::OnceLock<Origin>,
}

impl LazyOrigin {
    pub(crate) fn new(file: &super::RuleFile, spots: Vec<crate::yaml::Spot>) -> LazyOrigin {
        LazyOrigin {
            file: file.clone(),
            spots,
            origin: std::sync::OnceLock::new(),
        }
    }

    pub fn get(&self) -> &Origin {
        self.origin.get_or_init(|| {
            let offset = self
                .spots
                .iter()
                .find_map(|s| s.locate(&self.file.text))
                .unwrap_or(0);
            Origin::at(&self.file, offset)
        })
    }
}

impl std::fmt::Debug for LazyOrigin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.origin.get() {
            Some(o) => o.fmt(f),
            None => f
                .debug_struct("LazyOrigin")
                .field("file", &self.file.path)
                .field("spots", &self.spots)
                .finish(),
        }
    }
}

/// The expected value of an example, kept as written ("2023-09", "100000") and compared with
/// the value's printed form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpectedValue(pub String);

impl ExpectedValue {
    pub fn matches(&self, value: &Value) -> bool {
        let printed = value.to_string();
        if printed == self.0 {
            return true;
        }
        // "100 000" or "100000.0" in a rule file mean the number 100000.
        match (
            value,
            Decimal::parse(&self.0.replace([' ', '\u{a0}', '\u{202f}', '_'], "")),
        ) {
            (Value::Number(n), Some(d)) => n.normalized() == d,
            _ => false,
        }
    }
}

/// A text the rule must not match.
#[derive(Debug, Clone)]
pub struct CounterExample {
    pub text: String,
    pub origin: LazyOrigin,
}
