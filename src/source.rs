//! Reading sources: the articles of a corpus and what is known about each (outlet, language,
//! publication date). This and rule loading are the only places that do IO.
//!
//! Folders are walked as ripgrep walks them (`walk.rs`); a file there is an article when its
//! name matches the include globs (`*.txt`, `*.text`, `*.md`, `*.markdown` by default). A path
//! named explicitly is read whatever its name. Bytes are decoded to text (`decode.rs`: UTF-8,
//! UTF-16 with a byte-order mark, or a guessed single-byte legacy encoding), and every span
//! stays a byte range into the file as it is on disk. Metadata comes from a `sources.yaml`
//! beside the files, or from a Markdown file's YAML front matter. A file that is not read
//! gets a fate (`fate.rs`): skipped, or failed with its reason and location. One bad file
//! never stops the others.

mod decode;
mod fate;
mod folder;
mod front_matter;
mod locate;
pub mod manifest;
mod walk;

pub use decode::{BadUtf8, Decoded, NotText, OriginalOffsets, decode, utf8, whole_text};
pub use fate::{FileFate, Reason, counts};
use folder::read_folder_meta;
pub use folder::{FolderMeta, METADATA_FILES};
pub use walk::{DEFAULT_INCLUDE, Include, Listing, Pending, Walked, list, walk};

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use miette::{Diagnostic, NamedSource, SourceSpan};
use serde::Serialize;
use thiserror::Error;

use front_matter::front_matter;
use locate::{key_spans, locate_field_error};

use crate::grammar::Lang;
use crate::value::Published;
use crate::yaml;

/// The file in a corpus folder that describes its articles.
pub const SOURCES_FILE: &str = "sources.yaml";

/// One article: its text, exactly as read, and what is known about it.
#[derive(Debug, Clone)]
pub struct Source {
    /// The path as given or found (relative to the working directory when it was given so).
    pub path: PathBuf,
    /// The whole file, unchanged: every span is a byte range into it.
    pub text: Arc<str>,
    /// Where the article body starts: after the front matter of a Markdown file, else 0.
    pub body_start: usize,
    pub meta: SourceMeta,
    /// When the file was not UTF-8: what it was decoded from, and how offsets into `text`
    /// map back to the file's bytes.
    pub decoded_from: Option<Arc<Decoding>>,
}

/// The encoding a source was decoded from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoding {
    /// Its WHATWG name: `windows-1252`, `UTF-16LE`…
    pub encoding: &'static str,
    /// No byte-order mark declared it: chardetng guessed.
    pub guessed: bool,
    pub offsets: OriginalOffsets,
}

impl Source {
    /// The path with forward slashes, as shown in reports.
    pub fn display_path(&self) -> String {
        self.path.to_string_lossy().replace('\\', "/")
    }

    /// A short name for help lines: the file name.
    pub fn short_name(&self) -> String {
        self.path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| self.display_path())
    }

    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }

    /// The byte offset in the file on disk of `offset` in `text`: the same for UTF-8.
    pub fn original_offset(&self, offset: usize) -> usize {
        match &self.decoded_from {
            None => offset,
            Some(d) => d.offsets.original(&self.text, offset),
        }
    }
}

/// What is known about an article, from `sources.yaml` or front matter.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct SourceMeta {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// The article's canonical URL: two sources with the same one are editions of one article
    /// (see `compare::revision`), whatever their outlets say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default)]
    pub lang: Lang,
    #[serde(
        default,
        with = "published_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub published: Option<Published>,
    /// The fields read off indirect evidence (a weekday, a caption) rather than stated: names
    /// of the fields above, a misspelled one refused at its place.
    #[serde(
        default,
        deserialize_with = "inferred_fields",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub inferred: Vec<String>,
    /// Free text: where the metadata came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The fields `inferred:` may name.
pub(crate) const INFERABLE: &[&str] = &["title", "outlet", "url", "lang", "published"];

/// `inferred: [...]`, each name checked as it is read, so that an error is at its own place.
fn inferred_fields<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    struct Field(String);
    impl<'de> serde::Deserialize<'de> for Field {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Field, D::Error> {
            let name = String::deserialize(d)?;
            if INFERABLE.contains(&name.as_str()) {
                Ok(Field(name))
            } else {
                Err(serde::de::Error::custom(format!(
                    "`inferred` names an unknown field `{name}`, expected one of `{}`",
                    INFERABLE.join("`, `")
                )))
            }
        }
    }
    let fields: Vec<Field> = serde::Deserialize::deserialize(d)?;
    Ok(fields.into_iter().map(|f| f.0).collect())
}

mod published_text {
    use std::fmt;

    use serde::de::{self, Visitor};
    use serde::{Deserializer, Serializer};

    use crate::value::Published;

    pub fn serialize<S: Serializer>(p: &Option<Published>, s: S) -> Result<S::Ok, S::Error> {
        match p {
            Some(p) => s.collect_str(p),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Published>, D::Error> {
        // YAML reads `2024` as a number and `2024-05-09` as a string; accept both. A visitor
        // rather than an untagged enum, so that a list or a mapping is reported as what it is
        // ("invalid type: sequence, expected a publication date…") and at its place.
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Option<Published>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a publication date: YYYY, YYYY-MM or YYYY-MM-DD")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
                Published::parse(text).map(Some).ok_or_else(|| {
                    E::custom(format!(
                        "`{text}` is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD"
                    ))
                })
            }
            fn visit_i64<E: de::Error>(self, year: i64) -> Result<Self::Value, E> {
                self.visit_str(&year.to_string())
            }
            fn visit_u64<E: de::Error>(self, year: u64) -> Result<Self::Value, E> {
                self.visit_str(&year.to_string())
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(None)
            }
            fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(None)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
                d.deserialize_any(V)
            }
        }
        d.deserialize_any(V)
    }
}

/// A problem reading sources. Each carries the file, and a location where there is one.
#[derive(Debug, Error, Diagnostic)]
pub enum SourceError {
    #[error("cannot read {path}: {reason}")]
    #[diagnostic(code(factlint::io))]
    Unreadable { path: String, reason: String },

    #[error("{path} looks like {encoding} text, which factlint does not read")]
    #[diagnostic(
        code(factlint::encoding),
        help("convert the file to UTF-8, e.g. `iconv -f {encoding} -t utf-8`")
    )]
    Undecodable { path: String, encoding: String },

    #[error("{path}: the front matter opened here is never closed by a `---` line")]
    #[diagnostic(
        code(factlint::metadata),
        help("end the front matter with a line holding only `---`, or remove its first line")
    )]
    UnclosedFrontMatter {
        #[source_code]
        src: NamedSource<Arc<str>>,
        #[label("opened here")]
        at: SourceSpan,
        path: String,
    },

    #[error("{message}")]
    #[diagnostic(code(factlint::metadata))]
    BadMetadata {
        message: String,
        #[source_code]
        src: NamedSource<Arc<str>>,
        #[label("here")]
        at: SourceSpan,
    },

    #[error("{path}: no such file or folder")]
    #[diagnostic(code(factlint::io))]
    Missing { path: String },

    #[error("{path} lists `{name}`, but there is no such file beside it")]
    #[diagnostic(code(factlint::metadata), help("remove the entry or restore the file"))]
    UnknownEntry {
        path: String,
        name: String,
        #[source_code]
        src: NamedSource<Arc<str>>,
        #[label("no file of this name")]
        at: SourceSpan,
    },
}

impl SourceError {
    /// The 1-based line and column of the problem, when it has a place in a file.
    pub fn located(&self) -> Option<(usize, usize)> {
        match self {
            SourceError::BadMetadata { src, at, .. }
            | SourceError::UnknownEntry { src, at, .. }
            | SourceError::UnclosedFrontMatter { src, at, .. } => {
                Some(crate::report::line_column(src.inner(), at.offset()))
            }
            _ => None,
        }
    }
}

/// Every source under `paths` (with the default include globs), in a stable order, with the
/// errors of the files that failed. Files skipped on purpose (by name, empty, binary, special
/// files, links to nothing or back into their folder) are left out; [`walk`] tells their fate.
pub fn load(paths: &[PathBuf]) -> (Vec<Source>, Vec<SourceError>) {
    let walked = walk(paths, &Include::default());
    let errors = walked
        .failed
        .into_iter()
        .filter_map(|f| f.diagnostic)
        .map(|d| {
            Arc::try_unwrap(d).unwrap_or_else(|d| SourceError::Unreadable {
                path: String::new(),
                reason: d.to_string(),
            })
        })
        .collect();
    (walked.sources, errors)
}

/// A source given as text rather than read from disk (standard input, tests).
pub fn from_text(path: impl Into<PathBuf>, text: impl Into<Arc<str>>, meta: SourceMeta) -> Source {
    let text: Arc<str> = text.into();
    Source {
        path: path.into(),
        text,
        body_start: 0,
        meta,
        decoded_from: None,
    }
}

/// The text of a file that must be UTF-8 (YAML metadata), or an error at the first byte that
/// is not.
pub fn utf8_text(path: &str, bytes: Vec<u8>) -> Result<Arc<str>, Box<SourceError>> {
    utf8(bytes).map(Arc::from).map_err(|bad| {
        Box::new(SourceError::BadMetadata {
            message: bad.message(path) + "; save the file as UTF-8",
            src: NamedSource::new(path, Arc::from(bad.lossy)),
            at: (bad.at, 1).into(),
        })
    })
}

/// Parses the text of a `sources.yaml` (named `path` in diagnostics): pure, every error located.
pub fn parse_sources_yaml(path: &str, text: Arc<str>) -> Result<FolderMeta, Box<SourceError>> {
    let bad = |e: yaml::Error| {
        Box::new(SourceError::BadMetadata {
            message: format!("{path}: {}", e.message),
            src: NamedSource::new(path, text.clone()),
            at: e.offset.unwrap_or(0).min(text.len()).into(),
        })
    };
    // The untyped parse first: it reports a key written twice, at the second one, where a typed
    // map would silently keep the last.
    yaml::Document::parse(&text).map_err(bad)?;
    let entries = yaml::parse::<Option<BTreeMap<String, SourceMeta>>>(&text)
        .map_err(|e| bad(locate_field_error(&text, e, true)))?
        .unwrap_or_default();
    let spans = key_spans(&text, entries.keys());
    Ok(FolderMeta::new(path, text, entries, spans))
}

/// Reads one article; what is not one (empty, binary, badly encoded, bad metadata) gets a
/// fate instead.
fn load_file(path: &Path, metas: Option<&FolderMeta>) -> Result<Source, FileFate> {
    let display = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| {
        FileFate::failed(
            path,
            Reason::Unreadable,
            SourceError::Unreadable {
                path: display.clone(),
                reason: e.to_string(),
            },
        )
    })?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    from_bytes(path, bytes, metas.as_ref().and_then(|m| m.entry(&name)))
}

/// An article from the bytes of its file: pure. Decodes them as [`load`] does, splits off the
/// front matter (else `meta`, its `sources.yaml` entry, gives the metadata), and gives what is
/// not an article (empty, binary, badly encoded, bad metadata) its fate instead.
pub fn from_bytes(
    path: &Path,
    bytes: Vec<u8>,
    meta: Option<&SourceMeta>,
) -> Result<Source, FileFate> {
    let display = path.display().to_string();
    if bytes.is_empty() {
        return Err(FileFate::new(path, Reason::Empty, "empty: nothing to read"));
    }
    let (text, decoded_from) = match decode(bytes) {
        Ok(Decoded::Utf8(t)) => (t, None),
        Ok(Decoded::Other {
            text,
            encoding,
            guessed,
            offsets,
        }) => (
            text,
            Some(Arc::new(Decoding {
                encoding: encoding.name(),
                guessed,
                offsets,
            })),
        ),
        Err(NotText::Binary) => {
            return Err(FileFate::new(
                path,
                Reason::Binary,
                "binary: a NUL byte near the start, and no UTF-16 byte-order mark",
            ));
        }
        Err(NotText::Unsupported(encoding)) => {
            return Err(FileFate::failed(
                path,
                Reason::Encoding,
                SourceError::Undecodable {
                    path: display,
                    encoding: encoding.to_string(),
                },
            ));
        }
    };
    match parse_source(path, text.into(), meta) {
        Ok(mut s) => {
            s.decoded_from = decoded_from;
            Ok(s)
        }
        Err(e) => Err(FileFate::failed(path, Reason::Metadata, *e)),
    }
}

/// A source from its text: pure. Front matter, when there is some, is split off and gives the
/// metadata; otherwise `meta` (the article's `sources.yaml` entry) does.
pub fn parse_source(
    path: &Path,
    text: Arc<str>,
    meta: Option<&SourceMeta>,
) -> Result<Source, Box<SourceError>> {
    let mut source = Source {
        path: path.to_path_buf(),
        text: text.clone(),
        body_start: 0,
        meta: meta.cloned().unwrap_or_default(),
        decoded_from: None,
    };
    match front_matter(&text) {
        None => {}
        Some(Err(opening)) => {
            let display = path.display().to_string();
            return Err(Box::new(SourceError::UnclosedFrontMatter {
                src: NamedSource::new(display.clone(), text.clone()),
                at: opening.into(),
                path: display,
            }));
        }
        Some(Ok((yaml_range, start))) => {
            let front_at = yaml_range.start;
            let front = &text[yaml_range];
            match yaml::parse::<Option<SourceMeta>>(front) {
                Ok(m) => source.meta = m.unwrap_or_default(),
                Err(e) => {
                    let e = locate_field_error(front, e, false);
                    let display = path.display().to_string();
                    return Err(Box::new(SourceError::BadMetadata {
                        message: format!("{display}: front matter: {}", e.message),
                        src: NamedSource::new(display, text.clone()),
                        at: (front_at + e.offset.unwrap_or(0).min(front.len())).into(),
                    }));
                }
            }
            source.body_start = start;
        }
    }
    Ok(source)
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.display_path())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_bytes_decodes_splits_front_matter_and_maps_offsets_back() {
        let path = Path::new("a.md");
        let text = "---\nlang: en\n---\nOn May 8.\n";
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
        let s = from_bytes(path, utf16, None).unwrap();
        assert_eq!(s.meta.lang, Lang::En);
        assert_eq!(s.body(), "On May 8.\n");
        let may = s.text.find("May").unwrap();
        // Two bytes of byte-order mark, then two bytes a character.
        assert_eq!(s.original_offset(may), 2 * text.find("May").unwrap() + 2);
        let reason = |bytes: &[u8]| from_bytes(path, bytes.to_vec(), None).unwrap_err().reason;
        assert_eq!(reason(b""), Reason::Empty);
        assert_eq!(reason(b"GIF89a\0\x01"), Reason::Binary);
        assert_eq!(reason(b"---\nlang: xx\n---\nText.\n"), Reason::Metadata);
    }
}
