//! What a project configures: `factlint.yaml`, found by searching upward from the working
//! directory, and which findings fail a run.
//!
//! The file is optional and small: the corpus and claims folders, the default language of
//! articles that do not state one, the review file, and which kinds of finding fail the run.
//! Keys are kebab-case and an unknown key is an error located at its line and column, never
//! silence: a misspelled `fail-on` must not quietly let conflicts pass. Paths in the file are
//! relative to the file's folder. Command-line flags win over the file.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use miette::{Diagnostic, NamedSource, SourceSpan};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::compare::FindingKind;
use crate::grammar::Lang;
use crate::report::{FindingEntry, Report};
use crate::yaml;

/// The configuration file's name.
pub const CONFIG_FILE: &str = "factlint.yaml";

/// `factlint.yaml`, as written.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// The folder of articles (default `corpus`).
    #[serde(default, deserialize_with = "path_text")]
    pub corpus: Option<PathBuf>,
    /// The folder of claim rules (default `claims`).
    #[serde(default, deserialize_with = "path_text")]
    pub claims: Option<PathBuf>,
    /// The language of articles that do not state one: standard input, and files without
    /// front matter or a `sources.yaml` entry (default `fr`).
    #[serde(default)]
    pub lang: Option<Lang>,
    /// The review file (default `factlint.review.yaml` in the corpus folder).
    #[serde(default, deserialize_with = "path_text")]
    pub review: Option<PathBuf>,
    /// Which findings fail the run (default: `[conflict]`).
    #[serde(default)]
    pub fail_on: Option<Vec<FailOn>>,
    /// Which file names in a folder are articles (default: `*.txt`, `*.text`, `*.md`,
    /// `*.markdown`, in any case).
    #[serde(default)]
    pub include: Option<Vec<String>>,
}

/// A path must be written as text: YAML reads `corpus: 42` as a number, which is surely a
/// mistake, not a folder named "42" (quote it if it is one).
fn path_text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<PathBuf>, D::Error> {
    struct V;
    impl<'de> serde::de::Visitor<'de> for V {
        type Value = Option<PathBuf>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a path, written as text")
        }
        fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Self::Value, E> {
            Ok(Some(PathBuf::from(s)))
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_any(V)
        }
    }
    d.deserialize_any(V)
}

/// What can fail a run. Reviewed findings never do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FailOn {
    /// Sources that disagree.
    Conflict,
    /// One source more precise than another.
    Refinement,
    /// A claim that only one source makes.
    SingleSource,
    /// A grammar warning on a claim (a misspelled month, a weekday that contradicts its date).
    Warning,
    /// A review entry whose finding has gone.
    StaleReview,
    /// A `lint --discover` hint: the new article disagrees with a fact no rule states.
    Discovered,
}

impl FailOn {
    pub const ALL: [FailOn; 6] = [
        FailOn::Conflict,
        FailOn::Refinement,
        FailOn::SingleSource,
        FailOn::Warning,
        FailOn::StaleReview,
        FailOn::Discovered,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FailOn::Conflict => "conflict",
            FailOn::Refinement => "refinement",
            FailOn::SingleSource => "single-source",
            FailOn::Warning => "warning",
            FailOn::StaleReview => "stale-review",
            FailOn::Discovered => "discovered",
        }
    }

    pub fn parse(s: &str) -> Option<FailOn> {
        FailOn::ALL.into_iter().find(|f| f.as_str() == s)
    }

    fn finding_kind(self) -> Option<FindingKind> {
        match self {
            FailOn::Conflict => Some(FindingKind::Conflict),
            FailOn::Refinement => Some(FindingKind::Refinement),
            FailOn::SingleSource => Some(FindingKind::SingleSource),
            FailOn::Warning | FailOn::StaleReview | FailOn::Discovered => None,
        }
    }
}

/// The default: only conflicts fail a run.
pub const DEFAULT_FAIL_ON: &[FailOn] = &[FailOn::Conflict];

/// What fails a run, given what fails it.
#[derive(Debug, Default)]
pub struct Failures<'r> {
    /// Unreviewed findings of a failing kind.
    pub findings: Vec<&'r FindingEntry>,
    /// Grammar warnings, when warnings fail the run.
    pub warnings: usize,
    /// Stale review entries, when they fail the run.
    pub stale_reviews: usize,
}

impl Failures<'_> {
    pub fn any(&self) -> bool {
        !self.findings.is_empty() || self.warnings > 0 || self.stale_reviews > 0
    }

    /// Whether this finding is one of those that fail the run.
    pub fn includes(&self, f: &FindingEntry) -> bool {
        self.findings.iter().any(|x| x.id == f.id)
    }
}

/// The findings (and warnings, stale entries) of a report that fail the run.
pub fn failures<'r>(report: &'r Report, fail_on: &[FailOn]) -> Failures<'r> {
    let kinds: Vec<FindingKind> = fail_on.iter().filter_map(|f| f.finding_kind()).collect();
    Failures {
        findings: report
            .findings
            .iter()
            .filter(|f| !passes_by_review(f) && kinds.contains(&f.kind))
            .collect(),
        warnings: if fail_on.contains(&FailOn::Warning) {
            report.summary.warnings
        } else {
            0
        },
        stale_reviews: if fail_on.contains(&FailOn::StaleReview) {
            report.stale_reviews.len()
        } else {
            0
        },
    }
}

/// Whether an editor's decision keeps `f` from failing the run: any decision but a confirmed
/// error, which says an article is wrong until it is corrected.
fn passes_by_review(f: &FindingEntry) -> bool {
    f.review
        .as_ref()
        .is_some_and(|r| r.decision != crate::review::Decision::ConfirmedError)
}

/// A configuration file that was found and read, with its paths resolved.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// Where the file is.
    pub path: PathBuf,
    /// Its settings, with every path made relative to the working directory (or absolute).
    pub config: Config,
}

/// A problem with a file factlint reads for itself (configuration, review decisions): what
/// is wrong and where.
#[derive(Debug, Error, Diagnostic)]
#[error("{message}")]
#[diagnostic(code(factlint::config))]
pub struct FileError {
    pub message: String,
    #[source_code]
    pub src: NamedSource<Arc<str>>,
    #[label("{label}")]
    pub at: SourceSpan,
    pub label: String,
    #[help]
    pub help: Option<String>,
}

impl FileError {
    pub fn new(path: &Path, text: &Arc<str>, at: usize, len: usize, message: String) -> FileError {
        let at = at.min(text.len());
        FileError {
            message,
            src: NamedSource::new(path.display().to_string(), text.clone()),
            at: (at, len.min(text.len() - at)).into(),
            label: "here".to_string(),
            help: None,
        }
    }

    /// A problem with no place in a file (the file cannot be read).
    pub fn unreadable(path: &Path, reason: &str) -> FileError {
        FileError::new(
            path,
            &Arc::from(""),
            0,
            0,
            format!("cannot read {}: {reason}", path.display()),
        )
    }

    pub fn with_label(mut self, label: impl Into<String>) -> FileError {
        self.label = label.into();
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> FileError {
        self.help = Some(help.into());
        self
    }

    /// `path:line:column: message`, for tests and one-line logs.
    pub fn short(&self) -> String {
        let text = self.src.inner();
        let (line, column) = crate::report::line_column(text, self.at.offset());
        format!("{}:{line}:{column}: {}", self.src.name(), self.message)
    }
}

/// The text of a file factlint reads for itself, which must be UTF-8: an error names the
/// line and column of the first byte that is not, rather than "stream did not contain valid
/// UTF-8".
pub fn read_utf8(path: &Path) -> Result<Arc<str>, Box<FileError>> {
    let bytes =
        std::fs::read(path).map_err(|e| Box::new(FileError::unreadable(path, &e.to_string())))?;
    crate::source::utf8(bytes).map(Arc::from).map_err(|bad| {
        let message = bad.message(&path.display().to_string());
        Box::new(
            FileError::new(path, &Arc::from(bad.lossy), bad.at, 1, message)
                .with_label("not UTF-8")
                .with_help("save the file as UTF-8"),
        )
    })
}

/// The nearest `factlint.yaml` in `start` or a folder above it. The search stops after the
/// first folder that holds `.git` (the repository's root), so that a checkout is not configured
/// by a file outside it. The path is relative when `start` is (`../factlint.yaml`).
pub fn find(start: &Path) -> Option<PathBuf> {
    let mut dir = start.to_path_buf();
    // Walk up by appending `..` to a relative start, so that the paths stay relative; an
    // absolute start is walked with `parent`.
    let absolute = std::fs::canonicalize(start).ok()?;
    let mut here = Some(absolute.as_path());
    while let Some(d) = here {
        let candidate = dir.join(CONFIG_FILE);
        if d.join(CONFIG_FILE).is_file() {
            return Some(clean(&candidate));
        }
        if d.join(".git").exists() {
            return None;
        }
        here = d.parent();
        dir = dir.join("..");
    }
    None
}

/// `./a/../b` → `b`, textually, for display; `..` at the front stays.
fn clean(path: &Path) -> PathBuf {
    let mut out: Vec<std::path::Component> = Vec::new();
    for c in path.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir
                if matches!(out.last(), Some(std::path::Component::Normal(_))) =>
            {
                out.pop();
            }
            c => out.push(c),
        }
    }
    if out.is_empty() {
        PathBuf::from(".")
    } else {
        out.iter().collect()
    }
}

/// Reads a configuration file. Every path in it is made relative to the file's folder.
pub fn load(path: &Path) -> Result<Loaded, Box<FileError>> {
    let text = read_utf8(path)?;
    let config = parse(path, &text)?;
    let base = path.parent().unwrap_or(Path::new(""));
    let resolve = |p: Option<PathBuf>| {
        p.map(|p| {
            if p.is_absolute() {
                p
            } else {
                clean(&base.join(p))
            }
        })
    };
    Ok(Loaded {
        path: path.to_path_buf(),
        config: Config {
            corpus: resolve(config.corpus),
            claims: resolve(config.claims),
            review: resolve(config.review),
            ..config
        },
    })
}

/// Parses the text of a configuration file; paths are left as written.
pub fn parse(path: &Path, text: &Arc<str>) -> Result<Config, Box<FileError>> {
    if text.trim().is_empty() {
        return Ok(Config::default());
    }
    // The untyped parse first: a key written twice is reported at the second one.
    if let Err(e) = yaml::Document::parse(text) {
        return Err(Box::new(located(path, text, e, &KEYS)));
    }
    match yaml::parse::<Config>(text) {
        Ok(c) => Ok(c),
        Err(e) => Err(Box::new(located(path, text, e, &KEYS))),
    }
}

/// Every key of `factlint.yaml`.
pub const KEYS: [&str; 6] = ["corpus", "claims", "lang", "review", "fail-on", "include"];

/// A YAML error located at the key it is about: serde_yaml points an unknown key at its
/// mapping, so the key is looked up by name and a close spelling is suggested.
pub fn located(path: &Path, text: &Arc<str>, e: yaml::Error, keys: &[&str]) -> FileError {
    let unknown = e
        .message
        .strip_prefix("unknown field `")
        .and_then(|r| r.split_once('`'))
        .map(|(k, _)| k.to_string());
    if let Some(key) = unknown {
        let at = key_offset(text, &key, e.offset.unwrap_or(0));
        let mut err = FileError::new(path, text, at, key.len(), format!("unknown key `{key}`"))
            .with_label("unknown key");
        let help = match closest(&key, keys) {
            Some(k) => format!("did you mean `{k}`? The keys are: {}", keys.join(", ")),
            None => format!("the keys are: {}", keys.join(", ")),
        };
        err = err.with_help(help);
        return err;
    }
    let at = e.offset.unwrap_or(0);
    let len = yaml::token_end(text, at).saturating_sub(at);
    let twice = e
        .message
        .strip_prefix("duplicate entry with key ")
        .map(|k| k.trim_matches('"').to_string());
    if let Some(key) = twice {
        return FileError::new(path, text, at, len, format!("`{key}` is written twice"))
            .with_label("again here")
            .with_help("each key once: remove one of the two");
    }
    FileError::new(path, text, at, len, e.message)
}

/// Where `key` is written as a mapping key, searching from `from` (the mapping's start) on.
fn key_offset(text: &str, key: &str, from: usize) -> usize {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if offset + line.len() > from {
            let bare = line.trim_start();
            let unquoted = bare.trim_start_matches(['"', '\'']);
            if unquoted.starts_with(key)
                && unquoted[key.len()..]
                    .trim_start_matches(['"', '\''])
                    .trim_start()
                    .starts_with(':')
            {
                return offset + (line.len() - unquoted.len());
            }
        }
        offset += line.len();
    }
    from
}

/// The option closest to `word` by edit distance, if it is close enough to be a typo.
pub fn closest<'a>(word: &str, options: &[&'a str]) -> Option<&'a str> {
    options
        .iter()
        .map(|o| (crate::rules::edit_distance(word, o), *o))
        .filter(|(d, o)| *d <= (o.len() / 3).max(1))
        .min()
        .map(|(_, o)| o)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        parse(Path::new("factlint.yaml"), &Arc::from(text))
            .expect_err("an error")
            .short()
    }

    #[test]
    fn a_misspelled_key_is_located_with_a_suggestion() {
        let e = parse(
            Path::new("factlint.yaml"),
            &Arc::from("corpus: articles\nfail_on: [conflict]\n"),
        )
        .expect_err("unknown key");
        assert_eq!(e.short(), "factlint.yaml:2:1: unknown key `fail_on`");
        assert!(e.help.as_deref().unwrap().contains("`fail-on`"));
    }

    #[test]
    fn a_bad_value_is_located() {
        assert_eq!(
            err("lang: fr\nfail-on: [conflict, conflit]\n"),
            "factlint.yaml:2:21: unknown variant `conflit`, expected one of `conflict`, `refinement`, `single-source`, `warning`, `stale-review`, `discovered`"
        );
    }

    #[test]
    fn every_key_parses() {
        let c = parse(
            Path::new("f.yaml"),
            &Arc::from(
                "corpus: a\nclaims: b\nlang: en\nreview: r.yaml\nfail-on: [conflict, warning]\n",
            ),
        )
        .unwrap();
        assert_eq!(c.lang, Some(Lang::En));
        assert_eq!(c.fail_on, Some(vec![FailOn::Conflict, FailOn::Warning]));
    }

    #[test]
    fn paths_are_cleaned_for_display() {
        assert_eq!(
            clean(Path::new("./../x/../corpus")),
            PathBuf::from("../corpus")
        );
        assert_eq!(clean(Path::new("./corpus")), PathBuf::from("corpus"));
    }
}
