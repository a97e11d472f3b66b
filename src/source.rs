//! Reading sources: the articles of a corpus and what is known about each (outlet, language,
//! publication date). This and rule loading are the only places that do IO.
//!
//! A folder is read recursively for `.txt` and `.md` files, in sorted order. Metadata comes from
//! a `sources.yaml` beside the files, or from a Markdown file's YAML front matter. A path named
//! explicitly is read whatever its extension. Every file that cannot be read is an error: a
//! corpus is never checked with a source silently missing.

use std::collections::{BTreeMap, BTreeSet};
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
    /// The fields read off indirect evidence (a weekday, a caption) rather than stated.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<String>,
    /// Free text: where the metadata came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
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
    // The folders walked, by their real path: a link back to a folder already walked (a loop,
    // or a second way into the same folder) is not walked again, so that no article is read
    // twice and a loop cannot run forever.
    let mut walked = BTreeSet::new();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => load_dir(path, &mut walked, &mut sources, &mut errors),
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

fn load_dir(
    dir: &Path,
    walked: &mut BTreeSet<PathBuf>,
    sources: &mut Vec<Source>,
    errors: &mut Vec<SourceError>,
) {
    match std::fs::canonicalize(dir) {
        Ok(real) => {
            if !walked.insert(real) {
                return;
            }
        }
        Err(e) => {
            errors.push(SourceError::Unreadable {
                path: dir.display().to_string(),
                reason: e.to_string(),
            });
            return;
        }
    }
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
    // Read after the listing: a folder that cannot be listed is one error, not two.
    let metas = read_sources_yaml(dir, errors);
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
            load_dir(&path, walked, sources, errors);
        } else if is_article(&path) {
            // A named pipe or a device under an article's name would block the read, or never
            // end: an error, not a hang (a path given explicitly may be a pipe: `<(cmd)`).
            if std::fs::metadata(&path).is_ok_and(|m| !m.is_file()) {
                errors.push(SourceError::Unreadable {
                    path: path.display().to_string(),
                    reason: "not a regular file".to_string(),
                });
                continue;
            }
            if let Some(s) = load_file(&path, &metas, errors) {
                sources.push(s);
            }
        }
    }
}

/// The parsed `sources.yaml` of a folder, with where each entry is written.
#[derive(Debug, Clone)]
pub struct FolderMeta {
    path: String,
    text: Arc<str>,
    entries: BTreeMap<String, SourceMeta>,
    spans: BTreeMap<String, SourceSpan>,
}

impl FolderMeta {
    /// What the file says about the article named `name`.
    pub fn entry(&self, name: &str) -> Option<&SourceMeta> {
        self.entries.get(name)
    }
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
    match parse_sources_yaml(&display, text) {
        Ok(m) => Some(m),
        Err(e) => {
            errors.push(*e);
            None
        }
    }
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
    let spans = entries
        .keys()
        .map(|k| (k.clone(), key_span(&text, k)))
        .collect();
    Ok(FolderMeta {
        path: path.to_string(),
        text,
        entries,
        spans,
    })
}

/// serde_yaml places an error raised while reading a value (a `published` that is no date) at
/// the start of the mapping that holds it; move it onto the value. `nested`: the metadata is
/// one mapping per article (`sources.yaml`) rather than the document itself (front matter).
fn locate_field_error(text: &str, mut e: yaml::Error, nested: bool) -> yaml::Error {
    if !e.message.contains("is not a date") {
        return e;
    }
    let at = |prefix: &[yaml::Step<'_>]| {
        let mut path = prefix.to_vec();
        path.push(yaml::Step::Key("published"));
        yaml::locate(text, &path)
    };
    let found = if nested {
        yaml::parse::<yaml::Keys>(text).ok().and_then(|keys| {
            keys.0.iter().flatten().find_map(|k| {
                let step = [yaml::Step::Key(k.as_str())];
                yaml::parse_at::<SourceMeta>(text, &step)
                    .is_err()
                    .then(|| at(&step))
                    .flatten()
            })
        })
    } else {
        at(&[])
    };
    if found.is_some() {
        e.offset = found;
    }
    e
}

/// Where a top-level key is written, for diagnostics: the first line that starts with it,
/// followed by its colon (quoted or not).
fn key_span(text: &str, key: &str) -> SourceSpan {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let bare = line.trim_start_matches(['"', '\'']);
        let is_key = bare.strip_prefix(key).is_some_and(|rest| {
            rest.trim_start_matches(['"', '\''])
                .trim_start()
                .starts_with(':')
        });
        if is_key {
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
    let meta = metas.as_ref().and_then(|m| m.entry(&name));
    match parse_source(path, text, meta) {
        Ok(s) => Some(s),
        Err(e) => {
            errors.push(*e);
            None
        }
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
    };
    if let Some((yaml_range, start)) = front_matter(&text) {
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
    Ok(source)
}

/// Where the YAML between a leading `---` line and the next `---` line is, and where the body
/// starts. A byte-order mark before the first `---` is allowed: editors on Windows write one.
fn front_matter(text: &str) -> Option<(std::ops::Range<usize>, usize)> {
    let rest = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rest = rest.strip_prefix("---")?;
    let rest = rest
        .strip_prefix("\r\n")
        .or_else(|| rest.strip_prefix('\n'))?;
    let start = text.len() - rest.len();
    let mut offset = start;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            return Some((start..offset, offset + line.len()));
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
        let front = &text[front];
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
