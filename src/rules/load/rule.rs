//! One rule: its keys, id, kind, severity, scope, patterns, `require`/`exclude`, subjects,
//! tolerance, tally, cue keys and examples, each read and checked on its own.

use std::collections::BTreeMap;

use super::super::compile::{self, Context, Place};
use super::super::error::{ErrorCode, RuleError};
use super::super::model::{ContextWord, Pattern, Rule, Scope, Severity, Subject, Tally};
use super::cues;
use super::{FileCheck, REQUIRED_RULE_KEYS, RULE_KEYS};
use crate::grammar::Lang;
use crate::value::ValueKind;
use crate::yaml::{Entries, Keys, ScalarText, Step, View};

impl FileCheck<'_> {
    pub(super) fn rule(
        &mut self,
        view: &View<'_>,
        lang: Option<Lang>,
        ctx: &Context,
        classes: &cues::Classes,
    ) -> Option<Rule> {
        let start = view.locate(&[]).unwrap_or(0);
        let keys = match view.parse_at::<Keys>(&[]) {
            Ok(Some(k)) => k,
            Ok(None) | Err(_) => {
                self.error(
                    ErrorCode::WrongType,
                    self.token(start),
                    "a rule must be a mapping (`id:`, `title:`, `kind:`, `patterns:`…)",
                    None,
                );
                return None;
            }
        };
        let errors_before = self.errors.len();
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        for key in keys.0.iter().flatten() {
            let nth = seen.entry(key).or_insert(0);
            if !RULE_KEYS.contains(&key.as_str()) {
                let offset = view.locate_key(&[], key, *nth).unwrap_or(start);
                let help = compile::did_you_mean(
                    key,
                    RULE_KEYS,
                    &format!("a rule has the keys {}", RULE_KEYS.join(", ")),
                );
                self.error(
                    ErrorCode::UnknownKey,
                    self.token_key(offset, key),
                    format!("unknown key `{key}`"),
                    Some(help),
                );
            }
            *nth += 1;
        }
        let has = |k: &str| keys.0.iter().flatten().any(|x| x == k);
        for key in REQUIRED_RULE_KEYS {
            if !has(key) {
                let span = self.token(start);
                self.errors.push(
                    RuleError::at(
                        ErrorCode::MissingKey,
                        self.file,
                        span,
                        format!("missing key `{key}`"),
                    )
                    .with_label(format!("this rule has no `{key}`")),
                );
            }
        }

        let id: Option<String> = self.get(view, &[Step::Key("id")], "`id`");
        if let Some(id) = &id {
            // Located only for an error: a duplicate is found once every file is read.
            self.ids
                .push((id.clone(), view.spot(&[Step::Key("id")]), start));
            if !is_kebab_case(id) {
                let id_offset = view.locate(&[Step::Key("id")]).unwrap_or(start);
                self.error(
                    ErrorCode::InvalidValue,
                    self.token(id_offset),
                    format!("rule id `{id}` is not kebab-case"),
                    Some("an id is lowercase words joined by `-`, such as `offensive-date`".into()),
                );
            }
        }
        let title: Option<String> = self.get(view, &[Step::Key("title")], "`title`");
        let kind = self.kind(view);
        let description: Option<String> =
            self.get(view, &[Step::Key("description")], "`description`");
        let link: Option<String> = self.get(view, &[Step::Key("link")], "`link`");
        let severity = self.choice(
            view,
            "severity",
            &[
                ("error", Severity::Error),
                ("warning", Severity::Warning),
                ("info", Severity::Info),
            ],
        );
        let scope = self.choice(
            view,
            "scope",
            &[
                ("sentence", Scope::Sentence),
                ("paragraph", Scope::Paragraph),
            ],
        );
        let unit: Option<String> = self.get(view, &[Step::Key("unit")], "`unit`");

        let written_patterns: Option<Vec<String>> =
            self.get(view, &[Step::Key("patterns")], "`patterns`");
        let mut patterns = Vec::new();
        if let Some(written) = &written_patterns {
            if written.is_empty() {
                let offset = view.locate(&[Step::Key("patterns")]).unwrap_or(start);
                self.error(
                    ErrorCode::EmptyPatterns,
                    self.token(offset),
                    "`patterns` is empty",
                    Some("a rule needs at least one pattern with a value placeholder".into()),
                );
            }
            for (j, src) in written.iter().enumerate() {
                let path = [Step::Key("patterns"), Step::Index(j)];
                // Without a valid kind, check the placeholders against the one used.
                match compile::compile_pattern(src, kind.unwrap_or_else(|| guess_kind(src)), ctx) {
                    Ok(p) => patterns.push(Pattern {
                        source: src.clone(),
                        expanded: p.expanded,
                        kind: p.kind,
                        before: p.before,
                        after: p.after,
                        before_edge: p.before_edge,
                        after_edge: p.after_edge,
                    }),
                    Err(problems) => self.report(view, &path, src, problems),
                }
            }
        }
        let cues = self.cue_spec(view, kind, lang.unwrap_or_default(), classes);
        if written_patterns.is_none()
            && cues.is_none()
            && has("id")
            && self.errors.len() == errors_before
        {
            let span = self.token(start);
            self.errors.push(
                RuleError::at(
                    ErrorCode::MissingKey,
                    self.file,
                    span,
                    "missing key `patterns` or `cues`",
                )
                .with_label("this rule says nothing about where its value is")
                .with_help("give it `cues` (words around the value), `counts` (what a count counts) or `patterns` (regexes)"),
            );
        }
        let require = self.context_words(view, "require", ctx);
        let exclude = self.context_words(view, "exclude", ctx);
        let subjects = self.subjects(view, ctx);
        let tolerance_source = self
            .get::<ScalarText>(view, &[Step::Key("tolerance")], "`tolerance`")
            .map(|t| t.0);
        let tolerance = match (&tolerance_source, kind) {
            (Some(written), Some(kind)) => match compile::parse_tolerance(written, kind) {
                Ok(t) => Some(t),
                Err((message, help)) => {
                    let offset = view.locate(&[Step::Key("tolerance")]).unwrap_or(start);
                    self.error(
                        ErrorCode::InvalidTolerance,
                        self.token(offset),
                        message,
                        help,
                    );
                    None
                }
            },
            _ => None,
        };
        let tally = self.choice(view, "tally", &[("increasing", Tally::Increasing)]);
        if tally.is_some() && kind.is_some_and(|k| k != ValueKind::Number) {
            let offset = view.locate(&[Step::Key("tally")]).unwrap_or(start);
            self.error(
                ErrorCode::InvalidValue,
                self.token(offset),
                "`tally` applies to counts only",
                Some("a running tally is a `kind: count` rule".into()),
            );
        }
        let examples = self.examples(view, kind);
        let counter_examples = self.counter_examples(view);

        if self.errors.len() > errors_before {
            return None;
        }
        let rule = Rule {
            id: id?,
            title: title?,
            kind: kind?,
            description,
            link,
            severity: severity.unwrap_or_default(),
            lang: Some(lang.unwrap_or_default()),
            patterns,
            cues,
            require,
            exclude,
            scope: scope.unwrap_or_default(),
            unit,
            tolerance,
            tolerance_source,
            tally,
            subjects,
            examples,
            counter_examples,
            origin: self.origin(start),
        };
        Some(rule)
    }

    pub(super) fn kind(&mut self, view: &View<'_>) -> Option<ValueKind> {
        self.choice(
            view,
            "kind",
            &[
                ("date", ValueKind::Date),
                ("count", ValueKind::Number),
                ("duration", ValueKind::Duration),
            ],
        )
    }

    pub(super) fn context_words(
        &mut self,
        view: &View<'_>,
        key: &str,
        ctx: &Context,
    ) -> Vec<ContextWord> {
        let written: Vec<String> = self
            .get(view, &[Step::Key(key)], &format!("`{key}`"))
            .unwrap_or_default();
        let mut words = Vec::new();
        for (j, src) in written.iter().enumerate() {
            let path = [Step::Key(key), Step::Index(j)];
            if let Some(regex) = self.context_regex(view, &path, src, ctx) {
                words.push(ContextWord {
                    source: src.clone(),
                    regex,
                });
            }
        }
        words
    }

    pub(super) fn subjects(&mut self, view: &View<'_>, ctx: &Context) -> Vec<Subject> {
        let written: Entries<String> = self
            .get(view, &[Step::Key("subjects")], "`subjects`")
            .unwrap_or(Entries(Vec::new()));
        let mut subjects = Vec::new();
        for (name, src) in &written.0 {
            let path = [Step::Key("subjects"), Step::Key(name)];
            if let Some(regex) = self.context_regex(view, &path, src, ctx) {
                subjects.push(Subject {
                    name: name.clone(),
                    regex,
                });
            }
        }
        subjects
    }

    /// A context phrase at `path` (a `context_words` entry or a subject) compiled, or its
    /// problems reported and `None`.
    fn context_regex(
        &mut self,
        view: &View<'_>,
        path: &[Step],
        src: &str,
        ctx: &Context,
    ) -> Option<regex::Regex> {
        let (exp, mut problems) = compile::expand(src, Place::Context, ctx);
        let regex = match compile::compile_fragment(&exp) {
            Ok(regex) if problems.is_empty() => Some(regex),
            Ok(_) => None,
            Err(p) => {
                problems.push(p);
                None
            }
        };
        self.report(view, path, src, problems);
        regex
    }
}

fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The kind a pattern's first value placeholder asks for, to check a pattern whose rule has
/// no valid kind.
fn guess_kind(src: &str) -> ValueKind {
    for (name, kind) in [
        ("{date}", ValueKind::Date),
        ("{count}", ValueKind::Number),
        ("{duration}", ValueKind::Duration),
    ] {
        if src.contains(name) {
            return kind;
        }
    }
    ValueKind::Date
}
