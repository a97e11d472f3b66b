//! What became of each path a run was given or found but did not read as an article: skipped
//! (on purpose, by what it is) or failed (it should have been read and could not be). Nothing
//! is dropped without a word: every report lists these, with a reason and, where there is
//! one, a line and column.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::SourceError;

/// Why a file was not read as an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// Its name matches none of the globs of articles (`--include`, `include:`).
    NotText,
    /// The file is empty.
    Empty,
    /// A NUL byte near its start and no UTF-16 byte-order mark.
    Binary,
    /// A named pipe, a socket or a device: reading it could block forever.
    SpecialFile,
    /// A symbolic link to nothing.
    DanglingLink,
    /// A symbolic link to a folder that contains it: walking it would never end.
    LinkLoop,
    /// No such file or folder (a path given on the command line).
    Missing,
    /// The file system refused (permissions, an I/O error).
    Unreadable,
    /// Text in an encoding factlint does not read.
    Encoding,
    /// Its metadata is wrong: front matter, or the folder's `sources.yaml`.
    Metadata,
}

impl Reason {
    /// Failures should have been read; the rest were skipped on purpose.
    pub fn is_failure(self) -> bool {
        matches!(
            self,
            Reason::Missing | Reason::Unreadable | Reason::Encoding | Reason::Metadata
        )
    }

    /// Words for a summary line: "empty", "a symbolic link loop"…
    pub fn describe(self) -> &'static str {
        match self {
            Reason::NotText => "not a text type",
            Reason::Empty => "empty",
            Reason::Binary => "binary",
            Reason::SpecialFile => "not a regular file",
            Reason::DanglingLink => "dangling link",
            Reason::LinkLoop => "link loop",
            Reason::Missing => "missing",
            Reason::Unreadable => "unreadable",
            Reason::Encoding => "encoding",
            Reason::Metadata => "bad metadata",
        }
    }
}

/// One file that was not read, and why.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FileFate {
    /// The path, with forward slashes.
    pub path: String,
    pub reason: Reason,
    /// One sentence: what is wrong, and what to do about it.
    pub message: String,
    /// 1-based, where the problem is in the file (bad front matter, a bad `sources.yaml`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    /// The full diagnostic of a failure, with its excerpt, for the human format.
    #[serde(skip)]
    pub diagnostic: Option<Arc<SourceError>>,
}

impl FileFate {
    pub fn new(path: &std::path::Path, reason: Reason, message: impl Into<String>) -> FileFate {
        FileFate {
            path: path.to_string_lossy().replace('\\', "/"),
            reason,
            message: message.into(),
            line: None,
            column: None,
            diagnostic: None,
        }
    }

    /// The fate of a file whose reading ended in `error`, located where the error is.
    pub fn failed(path: &std::path::Path, reason: Reason, error: SourceError) -> FileFate {
        let (line, column) = match error.located() {
            Some((l, c)) => (Some(l), Some(c)),
            None => (None, None),
        };
        let message = error.to_string();
        FileFate {
            line,
            column,
            diagnostic: Some(Arc::new(error)),
            ..FileFate::new(path, reason, message)
        }
    }
}

/// Counts by reason, in the order of [`Reason`]: "2 empty, 1 binary".
pub fn counts(fates: &[FileFate]) -> String {
    let mut by: std::collections::BTreeMap<Reason, usize> = std::collections::BTreeMap::new();
    for f in fates {
        *by.entry(f.reason).or_default() += 1;
    }
    by.iter()
        .map(|(r, n)| format!("{n} {}", r.describe()))
        .collect::<Vec<_>>()
        .join(", ")
}
