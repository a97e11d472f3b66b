//! The located YAML error: serde_yaml's message without its position, and the byte offset.

use std::fmt;

/// A YAML error: what went wrong and, when the parser knows, where (a byte offset).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub message: String,
    pub offset: Option<usize>,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// The message a seed fails with on purpose, to learn a position.
pub(super) const HERE: &str = "\u{0}factlint-locate\u{0}";

impl Error {
    pub(super) fn from_yaml(err: serde_yaml::Error) -> Error {
        let offset = err.location().map(|l| l.index());
        let mut message = err.to_string();
        // serde_yaml appends " at line L column C" (sometimes followed by context) and
        // prefixes the path inside the document; the caller reports the position itself and
        // knows better paths, so keep only the message.
        if let Some(l) = err.location() {
            let suffix = format!(" at line {} column {}", l.line(), l.column());
            if let Some(i) = message.find(&suffix) {
                let rest = message[i + suffix.len()..].to_string();
                message.truncate(i);
                message.push_str(&rest);
            }
        }
        if let Some((head, tail)) = message.split_once(": ") {
            let is_path = !head.is_empty()
                && !head.contains(' ')
                && head
                    .chars()
                    .all(|c| c.is_alphanumeric() || "_-.[]".contains(c));
            if is_path {
                message = tail.to_string();
            }
        }
        Error { message, offset }
    }
}
