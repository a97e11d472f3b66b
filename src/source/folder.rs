//! A folder's metadata: what its `sources.yaml` and manifests (`sources.jsonl`,
//! `sources.csv`) say of its articles, merged, each entry with the place it is written.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use miette::{NamedSource, SourceSpan};

use super::{SOURCES_FILE, SourceError, SourceMeta, manifest, parse_sources_yaml, utf8_text};

/// What a folder's metadata files (`sources.yaml`, `sources.jsonl`, `sources.csv`) say of its
/// articles, with where each entry is written.
#[derive(Debug, Clone)]
pub struct FolderMeta {
    entries: BTreeMap<String, SourceMeta>,
    places: BTreeMap<String, EntryPlace>,
}

/// Where an entry of a metadata file is written, for diagnostics.
#[derive(Debug, Clone)]
struct EntryPlace {
    path: Arc<str>,
    text: Arc<str>,
    span: SourceSpan,
}

impl FolderMeta {
    /// The entries of the file `path` (whose text is `text`), each written at its span.
    pub(super) fn new(
        path: &str,
        text: Arc<str>,
        entries: BTreeMap<String, SourceMeta>,
        spans: BTreeMap<String, SourceSpan>,
    ) -> FolderMeta {
        let path: Arc<str> = path.into();
        let places = spans
            .into_iter()
            .map(|(name, span)| {
                let place = EntryPlace {
                    path: path.clone(),
                    text: text.clone(),
                    span,
                };
                (name, place)
            })
            .collect();
        FolderMeta { entries, places }
    }

    /// What the files say about the article named `name`.
    pub fn entry(&self, name: &str) -> Option<&SourceMeta> {
        self.entries.get(name)
    }

    /// Adds another file's entries; an article listed in both is an error at the second place.
    fn merge(&mut self, other: FolderMeta) -> Result<(), Box<SourceError>> {
        for (name, place) in other.places {
            if let Some(first) = self.places.get(&name) {
                return Err(Box::new(SourceError::BadMetadata {
                    message: format!(
                        "{}: `{name}` is also listed in {}: list each article once",
                        place.path, first.path
                    ),
                    src: NamedSource::new(&place.path, place.text.clone()),
                    at: place.span,
                }));
            }
            self.places.insert(name, place);
        }
        self.entries.extend(other.entries);
        Ok(())
    }

    /// The entries that name no file beside them, each an error at its place, with the file it
    /// is written in.
    pub(super) fn unknown_entries(&self, dir: &Path) -> Vec<(PathBuf, SourceError)> {
        self.places
            .iter()
            .filter(|(name, _)| std::fs::symlink_metadata(dir.join(name.as_str())).is_err())
            .map(|(name, place)| {
                let error = SourceError::UnknownEntry {
                    path: place.path.to_string(),
                    name: name.clone(),
                    src: NamedSource::new(&place.path, place.text.clone()),
                    at: place.span,
                };
                (PathBuf::from(place.path.as_ref()), error)
            })
            .collect()
    }
}

/// The metadata files of a folder, in the order they are read: an article listed in two of
/// them is an error.
pub const METADATA_FILES: &[&str] = &[SOURCES_FILE, manifest::JSONL_FILE, manifest::CSV_FILE];

/// A folder's metadata: its `sources.yaml`, `sources.jsonl` and `sources.csv`, those that
/// exist, merged. `Err` names the file at fault.
pub(super) fn read_folder_meta(
    dir: &Path,
) -> Result<Option<FolderMeta>, (PathBuf, Box<SourceError>)> {
    let mut merged: Option<FolderMeta> = None;
    for name in METADATA_FILES {
        let path = dir.join(name);
        let display = path.display().to_string();
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => {
                let error = SourceError::Unreadable {
                    path: display,
                    reason: e.to_string(),
                };
                return Err((path, Box::new(error)));
            }
        };
        let parsed = utf8_text(&display, bytes).and_then(|text| match *name {
            SOURCES_FILE => parse_sources_yaml(&display, text),
            manifest::JSONL_FILE => manifest::parse_jsonl(&display, text),
            _ => manifest::parse_csv(&display, text),
        });
        let meta = parsed.map_err(|e| (path.clone(), e))?;
        match &mut merged {
            None => merged = Some(meta),
            Some(m) => m.merge(meta).map_err(|e| (path.clone(), e))?,
        }
    }
    Ok(merged)
}
