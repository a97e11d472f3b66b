//! The one module that parses YAML. serde_yaml is deprecated upstream: a fork replaces it
//! here, and nothing else in the crate names it.
//!
//! Rule files are validated strictly and every problem is reported at its line and column, so
//! the API is built around *paths* into one document: [`parse_at`] deserializes the node at a
//! path (its errors carry the position the parser saw), and [`locate`] / [`locate_key`] find
//! where a node or a mapping key starts. Both work the same way: a serde seed walks the
//! document down the path, ignoring every other node, and at the target either deserializes
//! the wanted type or fails on purpose, because a parser error is the only place serde_yaml
//! reveals a position. Each call parses the whole text it is given again; this keeps the
//! positions those of the real parser rather than of a second, hand-written one, and a
//! [`View`] of one element of a long list gives it only that element's text, so that checking
//! every element of a file costs about one parse of the file, whatever its length. A view
//! also keeps the element's parsed value: [`View::parse_at`] and [`View::has_key`] answer from
//! it when they can (a value of the wanted type, or no node there), and parse the text only to
//! locate what is wrong, so that reading a rule's twenty-odd keys does not parse it twenty
//! times.
//!
//! Positions are byte offsets into the text given. [`scalar_map`] then maps an offset inside
//! a scalar's *value* (say, the column of a regex error in a pattern) back into the text.
//!
//! The files: `error` (the located [`Error`]), `view` ([`Document`], [`View`], [`Spot`]: queries
//! on one document and its list elements), `walk` (the serde seeds that walk a document down a
//! path), `shapes` (light reads of a node: its keys, its length, its entries, a scalar's text),
//! `scalar` (where a scalar's value is written: [`token_end`], [`scalar_map`]).

use std::marker::PhantomData;

use serde::de::{DeserializeOwned, DeserializeSeed, IgnoredAny};

mod error;
mod scalar;
mod shapes;
mod view;
mod walk;

pub use error::Error;
use error::HERE;
pub use scalar::{ScalarMap, flow_scalar_map, scalar_map, token_end};
pub use shapes::{Entries, Keys, ScalarText, SeqLen};
pub use view::{Document, Spot, View};

/// Any YAML value, for callers that read a document's shape loosely (the class folder's
/// `words:` lists); named here so that serde_yaml stays inside this module.
pub use serde_yaml::Value;
use walk::{Target, Walk};

/// One step of a path into a YAML document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step<'a> {
    /// The value of a mapping's (first) entry with this key.
    Key(&'a str),
    /// A sequence's element.
    Index(usize),
}

/// A step of a path that owns its key, for paths kept around.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OwnedStep {
    Key(String),
    Index(usize),
}

impl OwnedStep {
    pub fn as_step(&self) -> Step<'_> {
        match self {
            OwnedStep::Key(k) => Step::Key(k),
            OwnedStep::Index(i) => Step::Index(*i),
        }
    }
}

impl From<Step<'_>> for OwnedStep {
    fn from(s: Step<'_>) -> OwnedStep {
        match s {
            Step::Key(k) => OwnedStep::Key(k.to_string()),
            Step::Index(i) => OwnedStep::Index(i),
        }
    }
}

/// Deserializes the whole document.
pub fn parse<T: DeserializeOwned>(text: &str) -> Result<T, Error> {
    serde_yaml::from_str(text).map_err(Error::from_yaml)
}

/// Serializes a value as a YAML document (for files factlint writes, such as the review file).
pub fn to_string<T: serde::Serialize>(value: &T) -> Result<String, Error> {
    serde_yaml::to_string(value).map_err(Error::from_yaml)
}

/// Deserializes the node at `path`; `Ok(None)` when the path leads nowhere (a missing key, an
/// index past the end, a step into a scalar). A syntax error anywhere in the text is an error.
pub fn parse_at<T: DeserializeOwned>(text: &str, path: &[Step<'_>]) -> Result<Option<T>, Error> {
    let seed = Walk {
        path,
        target: Target::Value(PhantomData::<T>),
    };
    match seed.deserialize(serde_yaml::Deserializer::from_str(text)) {
        Ok(v) => Ok(v),
        Err(e) => Err(Error::from_yaml(e)),
    }
}

/// Byte offset where the node at `path` starts; `None` when there is no such node or the text
/// does not parse.
pub fn locate(text: &str, path: &[Step<'_>]) -> Option<usize> {
    let seed = Walk {
        path,
        target: Target::<IgnoredAny>::Locate,
    };
    failure_offset(seed.deserialize(serde_yaml::Deserializer::from_str(text)))
}

/// Byte offset where the `nth` (0-based) occurrence of `key` starts in the mapping at `path`.
pub fn locate_key(text: &str, path: &[Step<'_>], key: &str, nth: usize) -> Option<usize> {
    let seed = Walk {
        path,
        target: Target::<IgnoredAny>::Key(key, nth),
    };
    failure_offset(seed.deserialize(serde_yaml::Deserializer::from_str(text)))
}

fn failure_offset<T>(result: Result<T, serde_yaml::Error>) -> Option<usize> {
    match result {
        Err(e) if e.to_string().contains(HERE) => e.location().map(|l| l.index()),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
