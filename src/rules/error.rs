//! The one error type of rule loading and rule testing: a located diagnostic.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use miette::{Diagnostic, LabeledSpan, NamedSource, SourceCode, SourceSpan};
use serde::Serialize;

use crate::report::LineIndex;

/// What a diagnostic flags; printed as `rules::<code>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    UnreadableFile,
    YamlSyntax,
    UnknownKey,
    WrongType,
    MissingKey,
    DuplicateKey,
    InvalidValue,
    DuplicateId,
    DuplicateAlias,
    UnknownPlaceholder,
    UnknownDef,
    MissingValuePlaceholder,
    ExtraValuePlaceholder,
    PlaceholderKindMismatch,
    MisplacedValuePlaceholder,
    InvalidRegex,
    InvalidTolerance,
    EmptyPatterns,
    /// `rules test`: a positive example gave no claim, or not the expected value.
    ExampleMismatch,
    /// `rules test`: a counter-example gave a claim.
    CounterExampleMatched,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::UnreadableFile => "unreadable-file",
            ErrorCode::YamlSyntax => "yaml-syntax",
            ErrorCode::UnknownKey => "unknown-key",
            ErrorCode::WrongType => "wrong-type",
            ErrorCode::MissingKey => "missing-key",
            ErrorCode::DuplicateKey => "duplicate-key",
            ErrorCode::InvalidValue => "invalid-value",
            ErrorCode::DuplicateId => "duplicate-id",
            ErrorCode::DuplicateAlias => "duplicate-alias",
            ErrorCode::UnknownPlaceholder => "unknown-placeholder",
            ErrorCode::UnknownDef => "unknown-def",
            ErrorCode::MissingValuePlaceholder => "missing-value-placeholder",
            ErrorCode::ExtraValuePlaceholder => "extra-value-placeholder",
            ErrorCode::PlaceholderKindMismatch => "placeholder-kind-mismatch",
            ErrorCode::MisplacedValuePlaceholder => "misplaced-value-placeholder",
            ErrorCode::InvalidRegex => "invalid-regex",
            ErrorCode::InvalidTolerance => "invalid-tolerance",
            ErrorCode::EmptyPatterns => "empty-patterns",
            ErrorCode::ExampleMismatch => "example-mismatch",
            ErrorCode::CounterExampleMatched => "counter-example-matched",
        }
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "rules::{}", self.as_str())
    }
}

/// A rule file as read: its path and text, shared by every diagnostic pointing into it.
#[derive(Clone)]
pub struct RuleFile {
    pub path: PathBuf,
    pub text: Arc<str>,
    /// Where the lines of `text` start, built at the first lookup: placing every rule,
    /// example and diagnostic of a file then costs one scan of it, not one per place.
    lines: Arc<OnceLock<LineIndex>>,
}

impl fmt::Debug for RuleFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RuleFile")
            .field("path", &self.path)
            .field("text", &self.text)
            .finish_non_exhaustive()
    }
}

impl RuleFile {
    pub fn new(path: impl Into<PathBuf>, text: impl Into<Arc<str>>) -> RuleFile {
        RuleFile {
            path: path.into(),
            text: text.into(),
            lines: Arc::default(),
        }
    }

    /// 1-based line and column (in characters) of a byte offset, as [`line_column`] gives
    /// them.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let lines = self
            .lines
            .get_or_init(|| LineIndex::new(Arc::clone(&self.text)));
        lines.line_column(offset)
    }

    fn named_source(&self) -> NamedSource<Arc<str>> {
        NamedSource::new(self.path.display().to_string(), Arc::clone(&self.text))
            .with_language("yaml")
    }
}

/// 1-based line and column (in characters) of a byte offset into `text`: the one computation
/// every report shares.
pub use crate::report::line_column;

/// A problem in a rule file, or a rule example that fails: what, where (file, line, column,
/// and labelled byte spans into the file's text), and how to fix it when we can tell.
#[derive(Debug, Clone)]
pub struct RuleError {
    pub code: ErrorCode,
    pub message: String,
    pub file: PathBuf,
    /// 1-based; 0 when the problem has no place in the file (it cannot be read).
    pub line: usize,
    pub column: usize,
    /// Byte offset of the primary label, for sorting and tests.
    pub offset: usize,
    pub help: Option<String>,
    /// `None` for an error; related diagnostics that only show context are advice.
    severity: Option<miette::Severity>,
    source: Option<NamedSource<Arc<str>>>,
    labels: Vec<(Option<String>, SourceSpan)>,
    related: Vec<RuleError>,
}

/// The longest line of a rule file an excerpt shows.
const LONGEST_EXCERPT_LINE: usize = 4096;

impl RuleError {
    /// A diagnostic whose primary label covers `span` (byte range) of `file`.
    pub fn at(
        code: ErrorCode,
        file: &RuleFile,
        span: (usize, usize),
        message: impl Into<String>,
    ) -> RuleError {
        let len = file.text.len();
        let start = span.0.min(len);
        let end = span.1.clamp(start, len);
        let (line, column) = file.line_column(start);
        // An excerpt shows whole lines: one of megabytes (a hostile pattern) would be echoed
        // whole, so such an error names its place in the message instead.
        let text = &file.text;
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[start..].find('\n').map_or(len, |i| start + i);
        let huge_line = line_end - line_start > LONGEST_EXCERPT_LINE;
        let message = message.into();
        RuleError {
            code,
            message: if huge_line {
                format!("{}:{line}:{column}: {message}", file.path.display())
            } else {
                message
            },
            file: file.path.clone(),
            line,
            column,
            offset: start,
            help: None,
            severity: None,
            source: (!huge_line).then(|| file.named_source()),
            labels: if huge_line {
                Vec::new()
            } else {
                vec![(None, SourceSpan::from(start..end))]
            },
            related: Vec::new(),
        }
    }

    /// A diagnostic about a whole file that has no text to point into.
    pub fn file_level(code: ErrorCode, path: &Path, message: impl Into<String>) -> RuleError {
        RuleError {
            code,
            message: message.into(),
            file: path.to_path_buf(),
            line: 0,
            column: 0,
            offset: 0,
            help: None,
            severity: None,
            source: None,
            labels: Vec::new(),
            related: Vec::new(),
        }
    }

    /// Names the primary label.
    pub fn with_label(mut self, label: impl Into<String>) -> RuleError {
        if let Some(first) = self.labels.first_mut() {
            first.0 = Some(label.into());
        }
        self
    }

    /// Adds a secondary label in the same file.
    pub fn with_secondary(mut self, span: (usize, usize), label: impl Into<String>) -> RuleError {
        let start = span.0;
        let end = span.1.max(start);
        // Without an excerpt (a huge line), a label has nothing to point into.
        if self.source.is_some() {
            self.labels
                .push((Some(label.into()), SourceSpan::from(start..end)));
        }
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> RuleError {
        self.help = Some(help.into());
        self
    }

    /// Adds a related diagnostic, shown after this one with its own source (another file);
    /// it is context for this one, so it renders as advice rather than a second error.
    pub fn with_related(mut self, mut related: RuleError) -> RuleError {
        related.severity = Some(miette::Severity::Advice);
        self.related.push(related);
        self
    }

    pub fn related_errors(&self) -> &[RuleError] {
        &self.related
    }

    /// `path:line:column: code: message`, for one-line output and tests.
    pub fn short(&self) -> String {
        format!(
            "{}:{}:{}: {}: {}",
            self.file.display(),
            self.line,
            self.column,
            self.code.as_str(),
            self.message
        )
    }
}

/// The JSON form: what the human form says, without the source excerpt.
impl Serialize for RuleError {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("RuleError", 8)?;
        st.serialize_field("type", "rule-error")?;
        st.serialize_field("code", &self.code)?;
        st.serialize_field("message", &self.message)?;
        st.serialize_field("file", &self.file)?;
        st.serialize_field("line", &self.line)?;
        st.serialize_field("column", &self.column)?;
        st.serialize_field("help", &self.help)?;
        st.serialize_field("related", &self.related)?;
        st.end()
    }
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for RuleError {}

impl Diagnostic for RuleError {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        self.severity
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.labels.is_empty() {
            return None;
        }
        Some(Box::new(self.labels.iter().enumerate().map(
            |(i, (label, span))| {
                if i == 0 {
                    LabeledSpan::new_primary_with_span(label.clone(), *span)
                } else {
                    LabeledSpan::new_with_span(label.clone(), *span)
                }
            },
        )))
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        if self.related.is_empty() {
            return None;
        }
        Some(Box::new(self.related.iter().map(|r| r as &dyn Diagnostic)))
    }
}

/// Renders diagnostics the way tests and plain-text output want them: unicode, no color, no
/// links, a fixed width, whatever the terminal.
pub fn render_plain(errors: &[RuleError]) -> String {
    let handler =
        miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor())
            .with_width(100)
            .with_urls(false);
    let mut out = String::new();
    for e in errors {
        // Rendering into a String cannot fail.
        let _ = handler.render_report(&mut out, e);
        out.push('\n');
    }
    out
}
