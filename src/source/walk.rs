//! Walking the paths of a run: which files are articles, and the fate of every other one.
//!
//! Folders are walked with the `ignore` crate, as ripgrep walks them: hidden files and folders
//! are passed over, and so is whatever a `.gitignore` (inside a git repository), `.ignore` or
//! `.git/info/exclude` excludes; symbolic links are followed, and one that leads back into a
//! folder it is in is reported as a loop instead of being walked forever. Entries come in name
//! order, so a run's output does not depend on the file system's.
//!
//! A file in a folder is an article when its name matches one of the [`Include`] globs
//! (`*.txt`, `*.text`, `*.md`, `*.markdown` by default, in any case); a path named on the
//! command line is read whatever its name. The metadata files (`sources.yaml`, the review
//! file, `factlint.yaml`) are read for what they are and are not articles. Every other file
//! gets a [`FileFate`], and so does every file that could not be read: one bad file never
//! stops the others.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};

use super::fate::{FileFate, Reason};
use super::{FolderMeta, Source, SourceError};

/// The globs of articles when none are configured.
pub const DEFAULT_INCLUDE: &[&str] = &["*.txt", "*.text", "*.md", "*.markdown"];

/// Files beside articles that are not articles: read as metadata, never reported as skipped.
const METADATA_FILES: &[&str] = &[
    super::SOURCES_FILE,
    super::manifest::JSONL_FILE,
    super::manifest::CSV_FILE,
    crate::review::REVIEW_FILE,
    crate::config::CONFIG_FILE,
];

/// Which file names in a folder are articles.
#[derive(Debug, Clone)]
pub struct Include {
    globs: Vec<String>,
    set: GlobSet,
}

impl Include {
    /// Globs matched against a file's name, ignoring case (`*.html`, `article-*`). An empty
    /// list means the defaults.
    pub fn new(globs: &[String]) -> Result<Include, String> {
        let globs: Vec<String> = if globs.is_empty() {
            DEFAULT_INCLUDE.iter().map(|g| g.to_string()).collect()
        } else {
            globs.to_vec()
        };
        let mut set = GlobSetBuilder::new();
        for g in &globs {
            let glob = GlobBuilder::new(g)
                .case_insensitive(true)
                .literal_separator(true)
                .build()
                .map_err(|e| format!("`{g}` is not a glob: {}", e.kind()))?;
            set.add(glob);
        }
        let set = set
            .build()
            .map_err(|e| format!("the globs do not build: {e}"))?;
        Ok(Include { globs, set })
    }

    pub fn globs(&self) -> &[String] {
        &self.globs
    }

    fn matches(&self, path: &Path) -> bool {
        // globset's `*` stops at a line break; a name holding one is still matched by its
        // ending (and shown escaped by every format).
        path.file_name().is_some_and(|n| {
            let name = n.to_string_lossy().replace(['\n', '\r'], " ");
            self.set.is_match(name.as_str())
        })
    }
}

impl Default for Include {
    fn default() -> Include {
        Include::new(&[]).expect("the default globs are valid")
    }
}

/// What a walk found: the articles read, and the fate of every other file.
#[derive(Debug, Default)]
pub struct Walked {
    pub sources: Vec<Source>,
    pub skipped: Vec<FileFate>,
    pub failed: Vec<FileFate>,
}

impl Walked {
    /// Counts a file that was not read among the skipped or the failed.
    pub fn fate(&mut self, fate: FileFate) {
        if fate.reason.is_failure() {
            self.failed.push(fate);
        } else {
            self.skipped.push(fate);
        }
    }

    /// Sorted by path and without duplicates (a file named twice, or found twice).
    fn finish(mut self) -> Walked {
        self.sources.sort_by(|a, b| a.path.cmp(&b.path));
        self.sources.dedup_by(|a, b| a.path == b.path);
        self.sort_fates();
        self
    }

    /// The skipped and the failed files sorted by path, reason and line, without duplicates.
    pub fn sort_fates(&mut self) {
        for list in [&mut self.skipped, &mut self.failed] {
            list.sort_by(|a, b| (&a.path, a.reason, a.line).cmp(&(&b.path, b.reason, b.line)));
            list.dedup_by(|a, b| a.path == b.path && a.reason == b.reason && a.line == b.line);
        }
    }
}

/// Every article under `paths`, and the fate of every file that is not one. Files are listed
/// first ([`list`]), then read in parallel (rayon), in path order whatever the thread count.
pub fn walk(paths: &[PathBuf], include: &Include) -> Walked {
    use rayon::prelude::*;
    let listing = list(paths, include);
    let read: Vec<Result<Source, FileFate>> = listing.files.par_iter().map(Pending::read).collect();
    let mut walked = listing.walked;
    for r in read {
        match r {
            Ok(source) => walked.sources.push(source),
            Err(fate) => walked.fate(fate),
        }
    }
    walked.finish()
}

/// A file a walk found to read as an article, with its folder's `sources.yaml`.
#[derive(Debug, Clone)]
pub struct Pending {
    pub path: PathBuf,
    meta: Option<Arc<FolderMeta>>,
}

impl Pending {
    /// Reads, decodes and parses the file: the source, or why it is not one.
    pub fn read(&self) -> Result<Source, FileFate> {
        super::load_file(&self.path, self.meta.as_deref())
    }
}

/// What a walk lists before reading anything: the files to read, sorted by path and without
/// duplicates, and the fate of every other file met (and of bad `sources.yaml` files).
#[derive(Debug, Default)]
pub struct Listing {
    pub files: Vec<Pending>,
    /// The fates found while listing; `sources` is empty.
    pub walked: Walked,
}

/// Lists the articles under `paths`, reading no article: see [`walk`].
pub fn list(paths: &[PathBuf], include: &Include) -> Listing {
    let mut listing = Listing::default();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => walk_dir(path, include, &mut listing),
            Ok(_) => {
                let dir = path.parent().unwrap_or(Path::new("."));
                let meta = folder_meta(dir, false, &mut listing.walked).map(Arc::new);
                listing.files.push(Pending {
                    path: path.clone(),
                    meta,
                });
            }
            Err(e) => {
                let linked = std::fs::symlink_metadata(path).is_ok();
                let fate = match e.kind() {
                    std::io::ErrorKind::NotFound if linked => FileFate::failed(
                        path,
                        Reason::DanglingLink,
                        SourceError::Unreadable {
                            path: path.display().to_string(),
                            reason: "a symbolic link to nothing".to_string(),
                        },
                    ),
                    std::io::ErrorKind::NotFound => FileFate::failed(
                        path,
                        Reason::Missing,
                        SourceError::Missing {
                            path: path.display().to_string(),
                        },
                    ),
                    _ => unreadable(path, &e.to_string()),
                };
                // A link named on the command line is meant to be read: its failure is one.
                listing.walked.failed.push(fate);
            }
        }
    }
    // Sorted by path, the first of two with one path kept: what sorting the sources read
    // would give.
    listing.files.sort_by(|a, b| a.path.cmp(&b.path));
    listing.files.dedup_by(|a, b| a.path == b.path);
    listing
}

fn unreadable(path: &Path, reason: &str) -> FileFate {
    FileFate::failed(
        path,
        Reason::Unreadable,
        SourceError::Unreadable {
            path: path.display().to_string(),
            reason: reason.to_string(),
        },
    )
}

fn walk_dir(root: &Path, include: &Include, listing: &mut Listing) {
    let walked = &mut listing.walked;
    let walker = ignore::WalkBuilder::new(root)
        .follow_links(true)
        .sort_by_file_name(|a, b| a.cmp(b))
        .build();
    // Entries come folder by folder, a folder's own files before its subfolders' only when
    // they sort first; the metadata of the folder last seen is kept, and re-read when the walk
    // moves to another folder.
    let mut current: Option<(PathBuf, Option<Arc<FolderMeta>>)> = None;
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                walked.fate(walk_error(&e));
                continue;
            }
        };
        let path = entry.path();
        let Some(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            continue;
        }
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        if name.as_deref().is_some_and(|n| METADATA_FILES.contains(&n)) {
            continue;
        }
        if !include.matches(path) {
            let shown = path
                .extension()
                .map(|e| format!(" (.{})", e.to_string_lossy()))
                .unwrap_or_default();
            walked.fate(FileFate::new(
                path,
                Reason::NotText,
                format!(
                    "not an article by its name{shown}: articles match {}; `--include GLOB` reads others",
                    include.globs().join(", ")
                ),
            ));
            continue;
        }
        if !kind.is_file() {
            walked.fate(FileFate::new(
                path,
                Reason::SpecialFile,
                "not a regular file (a named pipe, socket or device): not read, so that the run cannot block",
            ));
            continue;
        }
        let dir = path.parent().unwrap_or(Path::new(".")).to_path_buf();
        if current.as_ref().is_none_or(|(d, _)| *d != dir) {
            let meta = folder_meta(&dir, true, walked).map(Arc::new);
            current = Some((dir, meta));
        }
        let meta = current.as_ref().and_then(|(_, m)| m.clone());
        listing.files.push(Pending {
            path: path.to_path_buf(),
            meta,
        });
    }
}

/// The fate of a path the walk could not enter or follow.
fn walk_error(e: &ignore::Error) -> FileFate {
    match e {
        ignore::Error::Loop { child, ancestor } => FileFate::new(
            child,
            Reason::LinkLoop,
            format!(
                "a symbolic link back to {}, which is already being walked",
                ancestor.display()
            ),
        ),
        ignore::Error::WithPath { path, err } => {
            if let ignore::Error::Loop { .. } = **err {
                return walk_error(err);
            }
            let linked = std::fs::symlink_metadata(path).is_ok_and(|m| m.is_symlink());
            let dangling = linked && std::fs::metadata(path).is_err();
            if dangling {
                let target = std::fs::read_link(path)
                    .map(|t| t.display().to_string())
                    .unwrap_or_default();
                FileFate::new(
                    path,
                    Reason::DanglingLink,
                    format!("a symbolic link to {target}, which does not exist"),
                )
            } else {
                unreadable(path, &err.to_string())
            }
        }
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            walk_error(err)
        }
        ignore::Error::Partial(errs) if !errs.is_empty() => walk_error(&errs[0]),
        other => unreadable(Path::new("."), &other.to_string()),
    }
}

/// A folder's metadata files, parsed and merged; their problems are the fate of the file at
/// fault. `whole`: the folder is being walked, so an entry naming no file in it is one of
/// those problems.
fn folder_meta(dir: &Path, whole: bool, walked: &mut Walked) -> Option<FolderMeta> {
    match super::read_folder_meta(dir) {
        Ok(Some(meta)) => {
            for (path, e) in meta.unknown_entries(dir).into_iter().filter(|_| whole) {
                walked
                    .failed
                    .push(FileFate::failed(&path, Reason::Metadata, e));
            }
            Some(meta)
        }
        Ok(None) => None,
        Err((path, e)) => {
            walked
                .failed
                .push(FileFate::failed(&path, Reason::Metadata, *e));
            None
        }
    }
}
