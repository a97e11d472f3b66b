//! The checks of one rule file: the errors they collect, located in the file, and the
//! readers every key goes through (a value at a path, a string's problems mapped through its
//! quoting, a choice among fixed words).

use serde::de::DeserializeOwned;

use super::super::compile::{self, Problem};
use super::super::error::{ErrorCode, RuleError, RuleFile};
use super::super::model::Origin;
use crate::yaml::{self, Step, View};

/// The checks of one file, collecting its errors.
pub(super) struct FileCheck<'f> {
    pub(super) file: &'f RuleFile,
    pub(super) errors: Vec<RuleError>,
    /// Every rule id read, with where its value is (to locate, else the rule's start).
    pub(super) ids: Vec<(String, yaml::Spot, usize)>,
}

impl FileCheck<'_> {
    pub(super) fn text(&self) -> &str {
        &self.file.text
    }

    pub(super) fn origin(&self, offset: usize) -> Origin {
        Origin::at(self.file, offset)
    }

    /// The span of the token at `offset`.
    pub(super) fn token(&self, offset: usize) -> (usize, usize) {
        (offset, yaml::token_end(self.text(), offset))
    }

    pub(super) fn error(
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
    pub(super) fn yaml_error(&mut self, err: yaml::Error, fallback: usize, what: &str) {
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
    pub(super) fn get<T: DeserializeOwned>(
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
    pub(super) fn report(
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

    /// The span of a key written at `offset`.
    pub(super) fn token_key(&self, offset: usize, key: &str) -> (usize, usize) {
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

    /// A value among fixed words; `None` (and an error) for any other.
    pub(super) fn choice<T: Copy>(
        &mut self,
        view: &View<'_>,
        key: &str,
        options: &[(&str, T)],
    ) -> Option<T> {
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
}
