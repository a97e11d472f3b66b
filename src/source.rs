//! Reading sources: the articles of a corpus and what is known about each (outlet, language,
//! publication date). This and rule loading are the only places that do IO.
//!
//! A folder is read recursively for `.txt` and `.md` files, in sorted order. Metadata comes from
//! a `sources.yaml` beside the files, or from a Markdown file's YAML front matter. A path named
//! explicitly is read whatever its extension. Every file that cannot be read is an error: a
//! corpus is never checked with a source silently missing.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use miette::{Diagnostic, NamedSource, SourceSpan};
use serde::Serialize;
use thiserror::Error;

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
}

/// What is known about an article, from `sources.yaml` or front matter.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct SourceMeta {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    #[serde(default)]
    pub lang: Lang,
    #[serde(
        default,
        with = "published_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub published: Option<Published>,
    /// The fields read off indirect evidence (a weekday, a caption) rather than stated.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<String>,
    /// Free text: where the metadata came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

mod published_text {
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::value::Published;

    pub fn serialize<S: Serializer>(p: &Option<Published>, s: S) -> Result<S::Ok, S::Error> {
        match p {
            Some(p) => s.collect_str(p),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Published>, D::Error> {
        // YAML reads `2024` as a number and `2024-05-09` as a string; accept both.
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Text(String),
            Year(i64),
        }
        let text = match Option::<Raw>::deserialize(d)? {
            Some(Raw::Text(s)) => s,
            Some(Raw::Year(y)) => y.to_string(),
            None => return Ok(None),
        };
        Published::parse(&text).map(Some).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{text}` is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD"
            ))
        })
    }
}

/// A problem reading sources. Each carries the file, and a location where there is one.
#[derive(Debug, Error, Diagnostic)]
pub enum SourceError {
    #[error("cannot read {path}: {reason}")]
    #[diagnostic(code(factlint::io))]
    Unreadable { path: String, reason: String },

    #[error("{path} is not UTF-8 text (invalid byte at offset {offset})")]
    #[diagnostic(
        code(factlint::encoding),
        help("convert the file to UTF-8, e.g. `iconv -f latin1 -t utf-8`")
    )]
    NotUtf8 { path: String, offset: usize },

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

/// Every source under `paths`, in a stable order (sorted by path, folders walked in sorted
/// order), with the errors met on the way. Sources that could be read are returned even when
/// others could not, so that every problem is reported in one run.
pub fn load(paths: &[PathBuf]) -> (Vec<Source>, Vec<SourceError>) {
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => load_dir(path, &mut sources, &mut errors),
            Ok(_) => {
                let dir = path.parent().unwrap_or(Path::new("."));
                let metas = read_sources_yaml(dir, &mut errors);
                if let Some(s) = load_file(path, &metas, &mut errors) {
                    sources.push(s);
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                errors.push(SourceError::Missing {
                    path: path.display().to_string(),
                })
            }
            Err(e) => errors.push(SourceError::Unreadable {
                path: path.display().to_string(),
                reason: e.to_string(),
            }),
        }
    }
    sources.sort_by(|a, b| a.path.cmp(&b.path));
    sources.dedup_by(|a, b| a.path == b.path);
    (sources, errors)
}

/// A source given as text rather than read from disk (standard input, tests).
pub fn from_text(path: impl Into<PathBuf>, text: impl Into<Arc<str>>, meta: SourceMeta) -> Source {
    let text: Arc<str> = text.into();
    Source {
        path: path.into(),
        text,
        body_start: 0,
        meta,
    }
}

fn is_article(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("txt" | "md")
    )
}

fn load_dir(dir: &Path, sources: &mut Vec<Source>, errors: &mut Vec<SourceError>) {
    let metas = read_sources_yaml(dir, errors);
    let mut entries = match std::fs::read_dir(dir) {
        Ok(rd) => {
            let mut v = Vec::new();
            for entry in rd {
                match entry {
                    Ok(e) => v.push(e.path()),
                    Err(e) => errors.push(SourceError::Unreadable {
                        path: dir.display().to_string(),
                        reason: e.to_string(),
                    }),
                }
            }
            v
        }
        Err(e) => {
            errors.push(SourceError::Unreadable {
                path: dir.display().to_string(),
                reason: e.to_string(),
            });
            return;
        }
    };
    entries.sort();
    if let Some(meta) = &metas {
        for (name, span) in &meta.spans {
            if !entries.iter().any(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy() == name.as_str())
            }) {
                errors.push(SourceError::UnknownEntry {
                    path: meta.path.clone(),
                    name: name.clone(),
                    src: NamedSource::new(meta.path.clone(), meta.text.clone()),
                    at: *span,
                });
            }
        }
    }
    for path in entries {
        // A folder entry that cannot be stat'ed is still attempted, so that its error shows.
        if path.is_dir() {
            load_dir(&path, sources, errors);
        } else if is_article(&path) {
            if let Some(s) = load_file(&path, &metas, errors) {
                sources.push(s);
            }
        }
    }
}

/// The parsed `sources.yaml` of a folder, with where each entry is written.
struct FolderMeta {
    path: String,
    text: Arc<str>,
    entries: BTreeMap<String, SourceMeta>,
    spans: BTreeMap<String, SourceSpan>,
}

fn read_sources_yaml(dir: &Path, errors: &mut Vec<SourceError>) -> Option<FolderMeta> {
    let path = dir.join(SOURCES_FILE);
    let display = path.display().to_string();
    let text: Arc<str> = match std::fs::read_to_string(&path) {
        Ok(t) => t.into(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => {
            errors.push(SourceError::Unreadable {
                path: display,
                reason: e.to_string(),
            });
            return None;
        }
    };
    match yaml::parse::<BTreeMap<String, SourceMeta>>(&text) {
        Ok(entries) => {
            let spans = entries
                .keys()
                .map(|k| (k.clone(), key_span(&text, k)))
                .collect();
            Some(FolderMeta {
                path: display,
                text,
                entries,
                spans,
            })
        }
        Err(e) => {
            errors.push(SourceError::BadMetadata {
                message: format!("{display}: {}", e.message),
                src: NamedSource::new(display.clone(), text.clone()),
                at: e.offset.unwrap_or(0).into(),
            });
            None
        }
    }
}

/// Where a top-level key is written, for diagnostics: the first line that starts with it.
fn key_span(text: &str, key: &str) -> SourceSpan {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let bare = line.trim_start_matches(['"', '\'']);
        if bare.starts_with(key) {
            return (offset + (line.len() - bare.len()), key.len()).into();
        }
        offset += line.len();
    }
    (0, 0).into()
}

fn load_file(
    path: &Path,
    metas: &Option<FolderMeta>,
    errors: &mut Vec<SourceError>,
) -> Option<Source> {
    let display = path.display().to_string();
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            errors.push(SourceError::Unreadable {
                path: display,
                reason: e.to_string(),
            });
            return None;
        }
    };
    let text: Arc<str> = match String::from_utf8(bytes) {
        Ok(t) => t.into(),
        Err(e) => {
            errors.push(SourceError::NotUtf8 {
                path: display,
                offset: e.utf8_error().valid_up_to(),
            });
            return None;
        }
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut meta = metas
        .as_ref()
        .and_then(|m| m.entries.get(&name).cloned())
        .unwrap_or_default();
    let mut body_start = 0;
    if let Some((front, start)) = front_matter(&text) {
        match yaml::parse::<SourceMeta>(front) {
            Ok(m) => meta = m,
            Err(e) => {
                errors.push(SourceError::BadMetadata {
                    message: format!("{display}: front matter: {}", e.message),
                    src: NamedSource::new(display.clone(), text.clone()),
                    at: (front_start(&text) + e.offset.unwrap_or(0)).into(),
                });
                return None;
            }
        }
        body_start = start;
    }
    Some(Source {
        path: path.to_path_buf(),
        text,
        body_start,
        meta,
    })
}

fn front_start(text: &str) -> usize {
    text.find('\n').map_or(0, |i| i + 1)
}

/// The YAML between a leading `---` line and the next `---` line, and where the body starts.
fn front_matter(text: &str) -> Option<(&str, usize)> {
    let rest = text.strip_prefix("---")?;
    let rest = rest
        .strip_prefix("\r\n")
        .or_else(|| rest.strip_prefix('\n'))?;
    let start = text.len() - rest.len();
    let mut offset = start;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            return Some((&text[start..offset], offset + line.len()));
        }
        offset += line.len();
    }
    None
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
    fn front_matter_is_split_off_and_spans_stay_absolute() {
        let text = "---\ntitle: T\noutlet: O\npublished: 2024-05-09\nlang: fr\n---\nLe 17 avril.\n";
        let (front, body) = front_matter(text).unwrap();
        assert_eq!(
            front,
            "title: T\noutlet: O\npublished: 2024-05-09\nlang: fr\n"
        );
        assert_eq!(&text[body..], "Le 17 avril.\n");
        let meta: SourceMeta = yaml::parse(front).unwrap();
        assert_eq!(meta.published, Published::parse("2024-05-09"));
        assert_eq!(meta.outlet.as_deref(), Some("O"));
    }

    #[test]
    fn no_front_matter_without_a_closing_line() {
        assert!(front_matter("---\ntitle: T\n").is_none());
        assert!(front_matter("Texte").is_none());
    }
}
