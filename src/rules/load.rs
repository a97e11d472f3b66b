//! Reading rule files: strict, located validation of every key and value, then compilation.
//! Only this module (through [`crate::yaml`]) does IO on rule files.
//!
//! To report every problem of a file in one run, nothing is deserialized as a whole: each
//! key of each rule is read on its own, at its path, so one bad value spoils only itself.
//! Positions come from the YAML parser (see `yaml/`); a position inside a string value (a
//! regex error's column) is mapped through the string's quoting back into the file.

mod cues;
mod examples;

use serde::de::DeserializeOwned;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::compile::{self, Context, Place, Problem};
use super::error::{ErrorCode, RuleError, RuleFile};
use super::model::{ContextWord, Origin, Pattern, Rule, RuleSet, Scope, Severity, Subject, Tally};
use crate::grammar::Lang;
use crate::value::ValueKind;
use crate::yaml::{self, Entries, Keys, ScalarText, SeqLen, Step, View};

/// The keys of a rule file.
pub const FILE_KEYS: &[&str] = &["lang", "defs", "aliases", "words", "rules"];

/// The keys of a rule, in the order the reference documents them. The cue keys (`counts` …
/// `partitive`) are one run, which `load/cues.rs` names `CUE_KEYS`.
pub const RULE_KEYS: &[&str] = &[
    "id",
    "title",
    "kind",
    "description",
    "link",
    "severity",
    "scope",
    "patterns",
    "counts",
    "cues",
    "near",
    "window",
    "unless",
    "rivals",
    "anchor",
    "partitive",
    "require",
    "exclude",
    "unit",
    "tolerance",
    "tally",
    "subjects",
    "examples",
    "counter-examples",
];

const REQUIRED_RULE_KEYS: &[&str] = &["id", "title", "kind"];

/// Loads every `*.yaml` and `*.yml` file of `dir` (not its subfolders), in name order; `dir`
/// may also be one rule file, or [`super::builtin::DIR`], the pack built into the binary.
pub fn load_dir(dir: &Path) -> Result<RuleSet, Vec<RuleError>> {
    if super::builtin::is_builtin(dir) {
        return load_sources(super::builtin::files());
    }
    if dir.is_file() {
        return load_files(&[dir.to_path_buf()]);
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            return Err(vec![RuleError::file_level(
                ErrorCode::UnreadableFile,
                dir,
                format!("cannot read the rules folder {}: {e}", dir.display()),
            )]);
        }
    };
    let mut paths = Vec::new();
    let mut errors = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => {
                let path = entry.path();
                let is_yaml = path.extension().is_some_and(|e| e == "yaml" || e == "yml");
                let hidden = path
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'));
                if is_yaml && !hidden && path.is_dir() {
                    // A folder named like a rule file is a mistake to show: its rules would
                    // otherwise be missing from the run without a word.
                    errors.push(RuleError::file_level(
                        ErrorCode::UnreadableFile,
                        &path,
                        format!(
                            "{} is a folder, not a rule file: rule files are read from {} only, not from its subfolders",
                            path.display(),
                            dir.display()
                        ),
                    ));
                } else if is_yaml && !hidden {
                    paths.push(path);
                }
            }
            Err(e) => errors.push(RuleError::file_level(
                ErrorCode::UnreadableFile,
                dir,
                format!("cannot list {}: {e}", dir.display()),
            )),
        }
    }
    paths.sort();
    match load_files(&paths) {
        Ok(set) if errors.is_empty() => Ok(set),
        Ok(_) => Err(errors),
        Err(mut more) => {
            errors.append(&mut more);
            Err(errors)
        }
    }
}

/// Loads the given rule files. A file that cannot be read is an error like any other.
pub fn load_files(paths: &[PathBuf]) -> Result<RuleSet, Vec<RuleError>> {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        let read = std::fs::read(path).map_err(|e| {
            Box::new(RuleError::file_level(
                ErrorCode::UnreadableFile,
                path,
                format!("cannot read rule file {}: {e}", path.display()),
            ))
        });
        match read.and_then(|bytes| file_from_bytes(path, bytes)) {
            Ok(file) => files.push(file),
            Err(e) => errors.push(*e),
        }
    }
    match load_sources(files) {
        Ok(set) if errors.is_empty() => Ok(set),
        Ok(_) => Err(errors),
        Err(mut more) => {
            errors.append(&mut more);
            Err(errors)
        }
    }
}

/// A rule file from its bytes: pure. Bytes that are not UTF-8 are an error located at the
/// first one that is not, in a lossy copy of the text.
pub fn file_from_bytes(path: &Path, bytes: Vec<u8>) -> Result<RuleFile, Box<RuleError>> {
    match crate::source::utf8(bytes) {
        Ok(text) => Ok(RuleFile::new(path, text)),
        Err(bad) => {
            let file = RuleFile::new(path, bad.lossy.as_str());
            Err(Box::new(
                RuleError::at(
                    ErrorCode::UnreadableFile,
                    &file,
                    (bad.at, bad.at + 1),
                    bad.message(&format!("rule file {}", path.display())),
                )
                .with_label("not UTF-8")
                .with_help("save the file as UTF-8"),
            ))
        }
    }
}

/// Loads one rule file from a string; `name` stands for its path in diagnostics.
pub fn load_str(name: &str, text: &str) -> Result<RuleSet, Vec<RuleError>> {
    load_sources(vec![RuleFile::new(name, text)])
}

/// Loads rule files already read: checks each, then the ids across all of them.
pub fn load_sources(files: Vec<RuleFile>) -> Result<RuleSet, Vec<RuleError>> {
    let mut errors = Vec::new();
    let mut rules = Vec::new();
    // Every id written, valid rule or not, so that a duplicate is reported in the same run
    // as the other problems of its rule.
    let mut ids: Vec<(String, (yaml::Spot, usize), usize)> = Vec::new();
    let classes = cues::Classes::read(&files, &mut errors);
    for (index, file) in files.iter().enumerate() {
        let mut check = FileCheck {
            file,
            errors: Vec::new(),
            ids: Vec::new(),
        };
        rules.extend(check.file(&classes));
        errors.append(&mut check.errors);
        ids.extend(
            check
                .ids
                .into_iter()
                .map(|(id, spot, start)| (id, (spot, start), index)),
        );
    }
    // Duplicate ids: each later definition is an error pointing at both.
    let mut first: BTreeMap<String, ((yaml::Spot, usize), usize)> = BTreeMap::new();
    let span_of = |(spot, start): &(yaml::Spot, usize), file: &RuleFile| {
        let at = spot.locate(&file.text).unwrap_or(*start);
        (at, yaml::token_end(&file.text, at))
    };
    for (id, id_at, file_index) in ids {
        let Some((first_at, first_file)) = first.get(&id) else {
            first.insert(id, (id_at, file_index));
            continue;
        };
        let first_file = *first_file;
        let file = &files[file_index];
        let id_span = span_of(&id_at, file);
        let first_span = span_of(first_at, &files[first_file]);
        let mut e = RuleError::at(
            ErrorCode::DuplicateId,
            file,
            id_span,
            format!("duplicate rule id `{id}`"),
        )
        .with_label("defined again here")
        .with_help("rule ids are unique across all rule files");
        if first_file == file_index {
            e = e.with_secondary(first_span, "first defined here");
        } else {
            let first_error = RuleError::at(
                ErrorCode::DuplicateId,
                &files[first_file],
                first_span,
                format!("`{id}` is first defined here"),
            );
            e = e.with_related(first_error.with_label("first defined here"));
        }
        errors.push(e);
    }
    if !errors.is_empty() {
        // File order, then position in the file: the order a reader fixes them in.
        let order = |e: &RuleError| {
            (
                files
                    .iter()
                    .position(|f| f.path == e.file)
                    .unwrap_or(usize::MAX),
                e.offset,
            )
        };
        errors.sort_by_key(order);
        return Err(errors);
    }
    rules.sort_by(|a, b| a.id.cmp(&b.id));
    let cue_index = crate::cues::index::Index::new(
        rules
            .iter()
            .enumerate()
            .filter_map(|(i, r)| r.cues.as_ref().map(|c| (i, c))),
    );
    let pattern_filter = super::prefilter::PatternFilter::new(&rules);
    let selective = rules
        .iter()
        .enumerate()
        .map(|(i, r)| super::matching::is_selective(r, pattern_filter.is_filtered(i)))
        .collect();
    Ok(RuleSet {
        rules,
        cue_index,
        pattern_filter,
        selective,
        files,
    })
}
/// The checks of one file, collecting its errors.
struct FileCheck<'f> {
    file: &'f RuleFile,
    errors: Vec<RuleError>,
    /// Every rule id read, with where its value is (to locate, else the rule's start).
    ids: Vec<(String, yaml::Spot, usize)>,
}

impl FileCheck<'_> {
    fn text(&self) -> &str {
        &self.file.text
    }

    fn origin(&self, offset: usize) -> Origin {
        Origin::at(self.file, offset)
    }

    /// The span of the token at `offset`.
    fn token(&self, offset: usize) -> (usize, usize) {
        (offset, yaml::token_end(self.text(), offset))
    }

    fn error(
        &mut self,
        code: ErrorCode,
        span: (usize, usize),
        message: impl Into<String>,
        help: Option<String>,
    ) {
        let mut e = RuleError::at(code, self.file, span, message);
        if let Some(h) = help {
            e = e.with_help(h);
        }
        self.errors.push(e);
    }

    /// A deserialization error from the parser, classified by what it says.
    fn yaml_error(&mut self, err: yaml::Error, fallback: usize, what: &str) {
        let offset = err.offset.unwrap_or(fallback);
        let code = if err.message.starts_with("unknown field") {
            ErrorCode::UnknownKey
        } else if err.message.starts_with("missing field") {
            ErrorCode::MissingKey
        } else if err.message.starts_with("duplicate entry") {
            ErrorCode::DuplicateKey
        } else if err.message.starts_with("invalid type") {
            ErrorCode::WrongType
        } else {
            ErrorCode::InvalidValue
        };
        let message = if code == ErrorCode::WrongType {
            format!("{what}: {}", err.message)
        } else {
            err.message
        };
        let span = self.token(offset);
        self.error(code, span, message, None);
    }

    /// Reads the value at `path` below `view`; `None` when absent or wrong (an error is then
    /// recorded).
    fn get<T: DeserializeOwned>(
        &mut self,
        view: &View<'_>,
        path: &[Step<'_>],
        what: &str,
    ) -> Option<T> {
        match view.parse_at::<T>(path) {
            Ok(v) => v,
            Err(e) => {
                let fallback = view.locate(path).unwrap_or(0);
                self.yaml_error(e, fallback, what);
                None
            }
        }
    }

    /// Reports problems found in the string written at `path`, mapping their ranges into the
    /// file through the string's quoting.
    fn report(
        &mut self,
        view: &View<'_>,
        path: &[Step<'_>],
        written: &str,
        problems: Vec<Problem>,
    ) {
        if problems.is_empty() {
            return;
        }
        let start = view.locate(path).unwrap_or(0);
        let map = yaml::flow_scalar_map(self.text(), start, written);
        for p in problems {
            let span = map.range(p.range.start, p.range.end);
            self.error(p.code, span, p.message, p.help);
        }
    }

    /// Checks the whole file; the rules that passed, with the span of their id.
    fn file(&mut self, classes: &cues::Classes) -> Vec<Rule> {
        let text = self.file.text.clone();
        let doc = match yaml::Document::parse(&text) {
            Ok(d) => d,
            Err(e) => {
                let offset = e.offset.unwrap_or(0);
                let code = if e.message.starts_with("duplicate entry") {
                    ErrorCode::DuplicateKey
                } else {
                    ErrorCode::YamlSyntax
                };
                let span = (
                    offset,
                    offset
                        + text[offset.min(text.len())..]
                            .chars()
                            .next()
                            .map_or(0, char::len_utf8),
                );
                self.error(code, span, e.message, None);
                return Vec::new();
            }
        };
        let whole = doc.whole();
        let keys = match whole.parse_at::<Keys>(&[]) {
            Ok(Some(k)) => k,
            _ => {
                let help = Some("a rule file is a mapping: `rules:` (a list of rules), and optionally `lang:`, `defs:` and `aliases:`".to_string());
                self.error(
                    ErrorCode::WrongType,
                    (0, yaml::token_end(&text, 0)),
                    "a rule file must be a mapping with a `rules:` list",
                    help,
                );
                return Vec::new();
            }
        };
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        for key in keys.0.iter().flatten() {
            let nth = seen.entry(key).or_insert(0);
            if !FILE_KEYS.contains(&key.as_str()) {
                let offset = whole.locate_key(&[], key, *nth).unwrap_or(0);
                let help = compile::did_you_mean(
                    key,
                    FILE_KEYS,
                    &format!("a rule file has the keys {}", FILE_KEYS.join(", ")),
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
        if keys.0.iter().any(Option::is_none) {
            self.error(
                ErrorCode::WrongType,
                (0, 1),
                "a rule file's keys are plain words",
                None,
            );
        }

        let lang = self.lang(&whole);
        let ctx = self.context(&whole);
        let Some(items) = doc.items("rules") else {
            if keys.0.iter().flatten().any(|k| k == "words") {
                // A file of word classes only.
            } else if keys.0.iter().flatten().any(|k| k == "rules") {
                let _ = self.get::<SeqLen>(&whole, &[Step::Key("rules")], "`rules`");
            } else {
                self.error(
                    ErrorCode::MissingKey,
                    (0, yaml::token_end(&text, 0)),
                    "this rule file has no `rules:` list",
                    None,
                );
            }
            return Vec::new();
        };
        let mut rules = Vec::new();
        for view in &items {
            if let Some(r) = self.rule(view, lang, &ctx, classes) {
                rules.push(r);
            }
        }
        rules
    }

    /// The span of a key written at `offset`.
    fn token_key(&self, offset: usize, key: &str) -> (usize, usize) {
        if self
            .text()
            .get(offset..)
            .is_some_and(|t| t.starts_with(key))
        {
            (offset, offset + key.len())
        } else {
            self.token(offset)
        }
    }

    fn lang(&mut self, whole: &View<'_>) -> Option<Lang> {
        let written: ScalarText = self.get(whole, &[Step::Key("lang")], "`lang`")?;
        match Lang::parse(&written.0) {
            Some(l) => Some(l),
            None => {
                let offset = whole.locate(&[Step::Key("lang")]).unwrap_or(0);
                self.error(
                    ErrorCode::InvalidValue,
                    self.token(offset),
                    format!("unknown language `{}`", written.0),
                    Some("languages are `fr` and `en`".into()),
                );
                None
            }
        }
    }

    /// Reads `aliases:` and `defs:` into the context patterns are expanded with.
    fn context(&mut self, whole: &View<'_>) -> Context {
        let mut ctx = Context::default();
        let aliases: Entries<Vec<String>> = self
            .get(whole, &[Step::Key("aliases")], "`aliases`")
            .unwrap_or(Entries(Vec::new()));
        let mut owner: BTreeMap<String, String> = BTreeMap::new();
        for (name, variants) in &aliases.0 {
            let mut group = variants.clone();
            if !group.contains(name) {
                group.push(name.clone());
            }
            for (j, v) in variants.iter().enumerate() {
                let path = [Step::Key("aliases"), Step::Key(name), Step::Index(j)];
                if v.trim().is_empty() {
                    let offset = whole.locate(&path).unwrap_or(0);
                    self.error(
                        ErrorCode::InvalidValue,
                        self.token(offset),
                        "an alias variant cannot be empty",
                        None,
                    );
                    continue;
                }
                let key = v.to_lowercase();
                match owner.get(&key) {
                    Some(other) if other != name => {
                        let offset = whole.locate(&path).unwrap_or(0);
                        let span = yaml::flow_scalar_map(self.text(), offset, v);
                        self.error(
                            ErrorCode::DuplicateAlias,
                            (span.start, span.end),
                            format!("`{v}` is already a variant of `{other}`"),
                            Some("a spelling belongs to one alias group; merge the groups if they name one thing".into()),
                        );
                    }
                    _ => {
                        owner.insert(key, name.clone());
                    }
                }
            }
            ctx.add_alias_group(&group);
        }
        let defs: Entries<String> = self
            .get(whole, &[Step::Key("defs")], "`defs`")
            .unwrap_or(Entries(Vec::new()));
        for (name, written) in &defs.0 {
            let path = [Step::Key("defs"), Step::Key(name)];
            if !compile::is_def_name(name) || compile::value_placeholder_kind(name).is_some() {
                let offset = whole.locate_key(&[Step::Key("defs")], name, 0).unwrap_or(0);
                let help = if compile::value_placeholder_kind(name).is_some() {
                    "`date`, `count` and `duration` are the value placeholders".to_string()
                } else {
                    "a def name is a letter followed by letters, digits, `_` or `-`".to_string()
                };
                self.error(
                    ErrorCode::InvalidValue,
                    self.token_key(offset, name),
                    format!("`{name}` cannot name a def"),
                    Some(help),
                );
                continue;
            }
            // A def may use the defs written before it, so that there can be no cycle.
            let (exp, mut problems) = compile::expand(written, Place::Def, &ctx);
            // Unknown names expand to an empty group, so the regex is still worth checking.
            if let Err(p) = compile::compile_fragment(&exp) {
                problems.push(p);
            }
            if problems.is_empty() {
                ctx.defs.insert(name.clone(), exp.text);
            } else {
                self.report(whole, &path, written, problems);
                // Keep the name known, so that its uses are not reported a second time.
                ctx.defs.insert(name.clone(), String::new());
            }
        }
        ctx
    }

    fn rule(
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

    fn kind(&mut self, view: &View<'_>) -> Option<ValueKind> {
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

    /// A value among fixed words; `None` (and an error) for any other.
    fn choice<T: Copy>(&mut self, view: &View<'_>, key: &str, options: &[(&str, T)]) -> Option<T> {
        let written: String = self.get(view, &[Step::Key(key)], &format!("`{key}`"))?;
        if let Some((_, v)) = options.iter().find(|(w, _)| *w == written) {
            return Some(*v);
        }
        let names: Vec<&str> = options.iter().map(|(w, _)| *w).collect();
        let offset = view.locate(&[Step::Key(key)]).unwrap_or(0);
        let help = compile::did_you_mean(
            &written,
            &names,
            &format!("`{key}` is one of {}", names.join(", ")),
        );
        self.error(
            ErrorCode::InvalidValue,
            self.token(offset),
            format!("unknown {key} `{written}`"),
            Some(help),
        );
        None
    }

    fn context_words(&mut self, view: &View<'_>, key: &str, ctx: &Context) -> Vec<ContextWord> {
        let written: Vec<String> = self
            .get(view, &[Step::Key(key)], &format!("`{key}`"))
            .unwrap_or_default();
        let mut words = Vec::new();
        for (j, src) in written.iter().enumerate() {
            let path = [Step::Key(key), Step::Index(j)];
            let (exp, mut problems) = compile::expand(src, Place::Context, ctx);
            match compile::compile_fragment(&exp) {
                Ok(regex) if problems.is_empty() => words.push(ContextWord {
                    source: src.clone(),
                    regex,
                }),
                Ok(_) => {}
                Err(p) => problems.push(p),
            }
            self.report(view, &path, src, problems);
        }
        words
    }

    fn subjects(&mut self, view: &View<'_>, ctx: &Context) -> Vec<super::model::Subject> {
        let written: Entries<String> = self
            .get(view, &[Step::Key("subjects")], "`subjects`")
            .unwrap_or(Entries(Vec::new()));
        let mut subjects = Vec::new();
        for (name, src) in &written.0 {
            let path = [Step::Key("subjects"), Step::Key(name)];
            let (exp, mut problems) = compile::expand(src, Place::Context, ctx);
            match compile::compile_fragment(&exp) {
                Ok(regex) if problems.is_empty() => subjects.push(Subject {
                    name: name.clone(),
                    regex,
                }),
                Ok(_) => {}
                Err(p) => problems.push(p),
            }
            self.report(view, &path, src, problems);
        }
        subjects
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
