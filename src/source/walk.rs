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
    let mut listing = list(paths, include);
    let files = listing.chunk(usize::MAX);
    let read: Vec<Result<Source, FileFate>> = files.par_iter().map(Pending::read).collect();
    drop(files);
    let mut walked = listing.finish();
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

/// The files a walk lists to read, in path order and without duplicates, given a chunk at a
/// time ([`Listing::chunk`]), and the fate of every other file met (and of bad metadata
/// files).
///
/// A single folder is walked as its files are taken, not listed first: only the chunk taken
/// is held, never every path of the corpus, and a folder's metadata is read when the walk
/// enters it and released when its last file has been read. The walk comes in path order by
/// itself (each folder's entries sorted by name, a folder's files before the next entry's:
/// the order of `Path`'s comparison, component by component). Several paths, or a file, are
/// listed in full and sorted first: what one finds can sort among another's.
#[derive(Debug, Default)]
pub struct Listing {
    sorted: std::vec::IntoIter<Pending>,
    folder: Option<FolderWalk>,
    /// How many files have been taken so far.
    taken: usize,
    /// The fates found while listing; `sources` is empty.
    walked: Walked,
}

impl Listing {
    /// The next files to read, at most `n`, in path order: empty once every one is taken.
    pub fn chunk(&mut self, n: usize) -> Vec<Pending> {
        let mut chunk: Vec<Pending> = self.sorted.by_ref().take(n).collect();
        if let Some(folder) = &mut self.folder {
            while chunk.len() < n {
                match folder.next(&mut self.walked) {
                    Some(p) => chunk.push(p),
                    None => break,
                }
            }
        }
        self.taken += chunk.len();
        chunk
    }

    /// How many files have been taken: the count to read, once [`Listing::chunk`] gives none.
    pub fn taken(&self) -> usize {
        self.taken
    }

    /// The fates found while listing (those of the files not yet taken are not all found yet:
    /// call it once every file is taken).
    pub fn finish(self) -> Walked {
        self.walked
    }
}

/// Lists the articles under `paths`, reading no article: see [`walk`] and [`Listing`].
pub fn list(paths: &[PathBuf], include: &Include) -> Listing {
    let mut listing = Listing::default();
    if let [path] = paths
        && std::fs::metadata(path).is_ok_and(|m| m.is_dir())
    {
        listing.folder = Some(FolderWalk::new(path, include));
        return listing;
    }
    let mut files = Vec::new();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => {
                let mut folder = FolderWalk::new(path, include);
                while let Some(p) = folder.next(&mut listing.walked) {
                    files.push(p);
                }
            }
            Ok(_) => {
                let dir = path.parent().unwrap_or(Path::new("."));
                let meta = folder_meta(dir, false, &mut listing.walked).map(Arc::new);
                files.push(Pending {
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
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files.dedup_by(|a, b| a.path == b.path);
    listing.sorted = files.into_iter();
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

/// The walk of one folder, a file at a time, in path order.
struct FolderWalk {
    walker: ignore::Walk,
    include: Include,
    /// The folder of the file last given, and its metadata: re-read when the walk moves to
    /// another folder, and released then (once the files given with it are read).
    current: Option<(PathBuf, Option<Arc<FolderMeta>>)>,
}

impl std::fmt::Debug for FolderWalk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FolderWalk")
            .field("current", &self.current.as_ref().map(|(d, _)| d))
            .finish_non_exhaustive()
    }
}

impl FolderWalk {
    fn new(root: &Path, include: &Include) -> FolderWalk {
        let walker = ignore::WalkBuilder::new(root)
            .follow_links(true)
            .sort_by_file_name(|a, b| a.cmp(b))
            .build();
        FolderWalk {
            walker,
            include: include.clone(),
            current: None,
        }
    }

    /// The next article, the fate of every other file met on the way written to `walked`.
    fn next(&mut self, walked: &mut Walked) -> Option<Pending> {
        // Entries come folder by folder, a folder's own files before its subfolders' only
        // when they sort first.
        for entry in self.walker.by_ref() {
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
            if !self.include.matches(path) {
                let shown = path
                    .extension()
                    .map(|e| format!(" (.{})", e.to_string_lossy()))
                    .unwrap_or_default();
                walked.fate(FileFate::new(
                    path,
                    Reason::NotText,
                    format!(
                        "not an article by its name{shown}: articles match {}; `--include GLOB` reads others",
                        self.include.globs().join(", ")
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
            let dir = path.parent().unwrap_or(Path::new("."));
            if self.current.as_ref().is_none_or(|(d, _)| d != dir) {
                let meta = folder_meta(dir, true, walked).map(Arc::new);
                self.current = Some((dir.to_path_buf(), meta));
            }
            let meta = self.current.as_ref().and_then(|(_, m)| m.clone());
            return Some(Pending {
                path: path.to_path_buf(),
                meta,
            });
        }
        self.current = None;
        None
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

#[cfg(test)]
mod tests {
    use super::*;

    fn tree() -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("a temporary folder");
        // Names whose byte order differs from a naive order of whole paths: a folder and a
        // file that extends its name, a dash and a dot (both below `/`), upper case, a digit,
        // a space, an accent, and folders nested two deep.
        let files = [
            "a.txt",
            "a-b.txt",
            "a0.txt",
            "a/sources.yaml",
            "a/x.txt",
            "a/ z.txt",
            "a/b/y.txt",
            "a/b.txt",
            "a.b/c.txt",
            "B.txt",
            "b.txt",
            "é.txt",
            "z/sources.yaml",
            "z/one.txt",
            "z/two.txt",
            "skip.bin",
        ];
        for f in files {
            let path = dir.path().join(f);
            std::fs::create_dir_all(path.parent().expect("a parent")).expect("a folder");
            let text = if f.starts_with("z/sources") {
                "one.txt:\n  outlet: Le Monde\n"
            } else if f.ends_with("sources.yaml") {
                "x.txt:\n  outlet: Libération\n"
            } else {
                "Le 3 mai.\n"
            };
            std::fs::write(&path, text).expect("written");
        }
        dir
    }

    fn paths(files: &[Pending]) -> Vec<PathBuf> {
        files.iter().map(|p| p.path.clone()).collect()
    }

    #[test]
    fn a_folder_walked_as_it_is_taken_comes_in_the_order_of_a_sorted_listing() {
        let dir = tree();
        let root = dir.path().to_path_buf();
        let mut streamed = list(std::slice::from_ref(&root), &Include::default());
        assert!(
            streamed.folder.is_some(),
            "one folder is walked as it is taken"
        );
        let mut got = Vec::new();
        loop {
            let chunk = streamed.chunk(3);
            if chunk.is_empty() {
                break;
            }
            got.extend(paths(&chunk));
        }
        assert_eq!(streamed.taken(), got.len());
        let streamed_fates = streamed.finish();
        // Named twice, the folder is listed in full, then sorted and deduplicated.
        let mut whole = list(&[root.clone(), root.clone()], &Include::default());
        assert!(whole.folder.is_none());
        let listed = paths(&whole.chunk(usize::MAX));
        assert_eq!(got, listed);
        let mut sorted = got.clone();
        sorted.sort();
        assert_eq!(got, sorted);
        assert_eq!(got.len(), 13, "{got:?}");
        let fates = |w: &Walked| w.skipped.iter().map(|f| f.path.clone()).collect::<Vec<_>>();
        assert_eq!(
            fates(&streamed_fates),
            vec![root.join("skip.bin").display().to_string()]
        );
    }

    #[test]
    fn a_folders_metadata_is_released_once_its_files_are_taken_and_the_walk_moves_on() {
        let dir = tree();
        let root = dir.path().to_path_buf();
        let mut listing = list(std::slice::from_ref(&root), &Include::default());
        let (mut of_a, mut of_z) = (None, None);
        let held = |p: &Pending, name: &str| {
            let m = p.meta.as_ref().expect("the folder has a sources.yaml");
            assert!(m.entry(name).is_some());
            Some(Arc::downgrade(m))
        };
        loop {
            let chunk = listing.chunk(1);
            let Some(p) = chunk.first() else { break };
            if p.path.ends_with("a/x.txt") {
                of_a = held(p, "x.txt");
            }
            if p.path.ends_with("a.b/c.txt") {
                let a = of_a.as_ref().expect("a/x.txt comes first");
                assert!(a.upgrade().is_none(), "the metadata of a is still held");
            }
            if p.path.ends_with("z/one.txt") {
                of_z = held(p, "one.txt");
            }
        }
        let z = of_z.expect("z/one.txt is listed");
        assert!(z.upgrade().is_none(), "the metadata of z is still held");
    }
}
