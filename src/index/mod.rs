//! The claims index: a corpus's sources and their claims, saved to one file so that `lint`
//! need not read and extract the whole corpus again.
//!
//! `factlint index [CORPUS]` (and `check --index`) writes `CORPUS/.factlint-index` (hidden, so
//! the walk never takes it for an article). The file holds:
//!
//! - a key: the factlint version, a hash of every file of the rules folder (names and bytes)
//!   and the include globs. Another key invalidates every entry;
//! - a hash of the stamps of every file the walk sees (path, size, modification time, in path
//!   order). When the corpus's stamps hash the same, the index is fresh and no article is read
//!   (see [`stamps`] for the freshness contract);
//! - one entry per article, in walk order: its path (relative to the corpus), the hash of its
//!   text (xxh3-128), its metadata, its text (diagnostics quote any part of it) and its claims,
//!   stored by rule. A rebuild reuses the claims of an entry whose hash and metadata are
//!   unchanged and extracts only the others.
//!
//! The file is binary, one file in the corpus folder, written whole to a temporary name and then
//! renamed (so it is never half-written), and read in parts: see [`store`] for the layout and
//! why. A corrupt or foreign file is a note and a rebuild, never a panic.
//!
//! A corpus with a file that was skipped, failed or had to be decoded from another encoding
//! than UTF-8 is not indexed: the run says so and reads the corpus as before.

#[cfg(test)]
mod build_hash;
pub mod codec;
pub mod facts;
mod lint;
pub mod parts;
pub mod revised;
mod rows;
pub mod store;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};

use crate::extract::{self, Claim};
use crate::rules::RuleSet;
use crate::source::{self, Include, Source, SourceMeta};

pub use codec::StoredClaim;
pub use lint::{Decided, Indexed, NewSide, Refreshed, TextError, Unlisted, for_lint, refresh};
pub use store::Reader;

/// The index's file name in the corpus folder.
pub const INDEX_FILE: &str = ".factlint-index";

/// The version of the file's layout; another one is rebuilt. Layout 1 was one JSON document;
/// layout 2 had no folder stamps, layout 3 no per-fact summary, layout 4 kept the summary's
/// claims compact rather than each fact's corpus side precomputed; layout 6 had every source's
/// row in the head (read whole by every lint) rather than each row alone, through a table.
pub const FORMAT: u32 = 7;

/// The hash of the code this binary was built from (`build.rs`, `build_hash.rs`): part of the
/// key, so that an index another build wrote (another grammar, say) is rebuilt.
pub const BUILD: &str = env!("FACTLINT_BUILD_HASH");

/// Where the index of `corpus` lives.
pub fn path_for(corpus: &Path) -> PathBuf {
    corpus.join(INDEX_FILE)
}

/// What every entry depends on besides its own file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Key {
    pub version: String,
    /// [`BUILD`]: the hash of the code the writer was built from.
    pub build: String,
    /// xxh3-128 of the rules folder's file names and bytes, in hex.
    pub rules: String,
    pub include: Vec<String>,
}

impl Key {
    /// The key of a run with the rules in `claims` and these include globs.
    pub fn new(claims: &Path, include: &Include) -> Key {
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        let mut files: Vec<PathBuf> = std::fs::read_dir(claims)
            .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        files.sort();
        for f in files.iter().filter(|f| f.is_file()) {
            let name = f.file_name().unwrap_or_default().to_string_lossy();
            let bytes = std::fs::read(f).unwrap_or_default();
            h.update(&(name.len() as u64).to_le_bytes());
            h.update(name.as_bytes());
            h.update(&(bytes.len() as u64).to_le_bytes());
            h.update(&bytes);
        }
        Key {
            version: env!("CARGO_PKG_VERSION").to_string(),
            build: BUILD.to_string(),
            rules: format!("{:032x}", h.digest128()),
            include: include.globs().to_vec(),
        }
    }
}

/// The size and modification time of one file the walk sees, and which file it is (device and
/// inode, not hashed: they tell `lint` which corpus file a new article is).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    pub path: String,
    pub len: u64,
    pub mtime_ns: u128,
    pub file_id: (u64, u64),
}

/// The modification time of one folder the walk sees ("" is the corpus folder itself): it
/// changes when a file is added to the folder, removed or renamed (a file saved by writing a
/// new one and renaming it over the old, as many tools do, included), not when a file in it is
/// written over in place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirStamp {
    pub path: String,
    pub mtime_ns: u128,
}

/// The stamps of a corpus, sorted by path, and their hash.
pub struct Stamps {
    pub stamps: Vec<Stamp>,
    /// Every folder the walk sees, sorted by path.
    pub dirs: Vec<DirStamp>,
    /// The names in the corpus folder itself (hidden ones included, the index's own files
    /// not), sorted: what writing the index checks before it seals the folder's time.
    pub root_names: Vec<String>,
    pub hash: u128,
}

/// One article.
pub struct Entry {
    /// Relative to the corpus folder, with forward slashes.
    pub path: String,
    /// xxh3-128 of the text.
    pub hash: u128,
    pub body_start: usize,
    pub meta: SourceMeta,
    pub text: Arc<str>,
    pub claims: Vec<Claim>,
    /// The file's stamp when it was read (size, modification time, device and inode).
    pub stamp: Stamp,
}

/// An index in memory, as a build made it.
pub struct Index {
    pub key: Key,
    /// The hash of the corpus's stamps when it was built.
    pub stamps: u128,
    pub entries: Vec<Entry>,
    /// The folders' stamps, taken before the corpus was read.
    pub dirs: Vec<DirStamp>,
    /// The stamps of the files the walk sees that are not articles (`sources.yaml`, the
    /// manifests): metadata that `lint` checks every time.
    pub others: Vec<Stamp>,
    /// The names in the corpus folder when it was stamped (see [`Stamps::root_names`]).
    pub root_names: Vec<String>,
    /// The per-fact summary (see [`facts`]).
    pub facts: facts::Facts,
}

/// What a build did.
pub struct Built {
    pub index: Index,
    /// The corpus's stamps, taken before it was read.
    pub stamps: Stamps,
    pub reused: usize,
    pub extracted: usize,
}

/// The stamps of everything the walk of `corpus` sees: the same walker as [`source::walk`]
/// (hidden files and ignored ones passed over, links followed), reading no file, listing and
/// stating in parallel, then sorted by path.
///
/// The full freshness check (`factlint index`, and `lint` when a folder's time changed): the
/// index is used as it is when the key matches and every file the walk sees (articles,
/// `sources.yaml`, anything else) has the same path, size and modification time (to the
/// nanosecond) as when it was built, and no file was added or removed. An edit that keeps a
/// file's size and its modification time is not seen (tools that preserve times on purpose,
/// `touch -r`). `lint`'s quick check is weaker: see [`for_lint`].
pub fn stamps(corpus: &Path) -> Stamps {
    use std::os::unix::fs::MetadataExt;
    let found: Mutex<(Vec<Stamp>, Vec<DirStamp>)> = Mutex::new((Vec::new(), Vec::new()));
    let walker = ignore::WalkBuilder::new(corpus)
        .follow_links(true)
        .threads(rayon::current_num_threads().max(1))
        .build_parallel();
    walker.run(|| {
        let found = &found;
        Box::new(move |entry| {
            if let Ok(e) = entry {
                // Through links, as the walk reads them.
                if let Ok(md) = std::fs::metadata(e.path()) {
                    let path = relative(corpus, e.path());
                    let mut found = found.lock().unwrap_or_else(|p| p.into_inner());
                    if md.is_dir() {
                        found.1.push(DirStamp {
                            path,
                            mtime_ns: mtime_ns(&md),
                        });
                    } else {
                        found.0.push(Stamp {
                            path,
                            len: md.len(),
                            mtime_ns: mtime_ns(&md),
                            file_id: (md.dev(), md.ino()),
                        });
                    }
                }
            }
            ignore::WalkState::Continue
        })
    });
    let (mut stamps, mut dirs) = found.into_inner().unwrap_or_else(|p| p.into_inner());
    stamps.sort_unstable_by(|a, b| a.path.cmp(&b.path));
    dirs.sort_unstable_by(|a, b| a.path.cmp(&b.path));
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    for s in &stamps {
        h.update(&(s.path.len() as u64).to_le_bytes());
        h.update(s.path.as_bytes());
        h.update(&s.len.to_le_bytes());
        h.update(&s.mtime_ns.to_le_bytes());
    }
    Stamps {
        stamps,
        dirs,
        root_names: root_names(corpus),
        hash: h.digest128(),
    }
}

/// A file's (or folder's) modification time in nanoseconds since the epoch, 0 when unknown.
pub(crate) fn mtime_ns(md: &std::fs::Metadata) -> u128 {
    md.modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos())
}

/// The names in the corpus folder, sorted, without the index's own files.
pub(crate) fn root_names(corpus: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(corpus)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().to_string())
                .filter(|n| !n.starts_with(INDEX_FILE))
                .collect()
        })
        .unwrap_or_default();
    names.sort_unstable();
    names
}

fn relative(corpus: &Path, path: &Path) -> String {
    path.strip_prefix(corpus)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

fn hash_text(text: &str) -> u128 {
    xxhash_rust::xxh3::xxh3_128(text.as_bytes())
}

/// Walks and reads `corpus` and indexes it, reusing the claims of `old`'s entries whose text
/// and metadata are unchanged (when `old` has the same key). `Err` says why this corpus
/// cannot be indexed.
pub fn build(
    corpus: &Path,
    rules: &RuleSet,
    include: &Include,
    key: Key,
    old: Option<Reader>,
) -> Result<Built, String> {
    use rayon::prelude::*;
    // Stamped before reading: a file changed during the build makes the index stale.
    let stamped = stamps(corpus);
    let walked = source::walk(&[corpus.to_path_buf()], include);
    if let Some(f) = walked.failed.first().or(walked.skipped.first()) {
        return Err(format!(
            "{} was not read ({}), and the index keeps only corpora whose every file is an article",
            f.path,
            f.reason.describe()
        ));
    }
    if let Some(s) = walked.sources.iter().find(|s| s.decoded_from.is_some()) {
        return Err(format!(
            "{} is not UTF-8, and the index keeps only UTF-8 articles",
            s.display_path()
        ));
    }
    // The old claims by text hash; an old index that cannot give them is not reused.
    let mut old_entries: HashMap<u128, (usize, SourceMeta, Vec<Claim>)> = HashMap::new();
    if let Some(old) = old.filter(|o| o.key == key) {
        if let (Ok(claims), Ok(rows)) = (old.all_claims(), old.all_rows()) {
            for (listed, claims) in rows.into_iter().zip(claims) {
                old_entries.insert(listed.hash, (listed.body_start, listed.meta, claims));
            }
        }
    }
    let slots: Vec<(Source, u128, Option<Vec<Claim>>)> = walked
        .sources
        .into_iter()
        .map(|s| {
            let hash = hash_text(&s.text);
            let reused = old_entries
                .remove(&hash)
                .filter(|(body_start, meta, _)| *meta == s.meta && *body_start == s.body_start)
                .map(|e| e.2);
            (s, hash, reused)
        })
        .collect();
    let reused = slots.iter().filter(|s| s.2.is_some()).count();
    let by_path: HashMap<&str, &Stamp> = stamped
        .stamps
        .iter()
        .map(|s| (s.path.as_str(), s))
        .collect();
    let entries: Vec<Entry> = slots
        .into_par_iter()
        .map(|(s, hash, claims)| {
            let claims = claims.unwrap_or_else(|| extract::extract_source(rules, 0, &s));
            let path = relative(corpus, &s.path);
            // A file the listing did not see (added during the build) has no stamp: it reads
            // as changed at the next check.
            let stamp = by_path.get(path.as_str()).map_or_else(
                || Stamp {
                    path: path.clone(),
                    len: u64::MAX,
                    mtime_ns: 0,
                    file_id: (0, 0),
                },
                |s| (*s).clone(),
            );
            Entry {
                path,
                hash,
                body_start: s.body_start,
                meta: s.meta,
                text: s.text,
                claims,
                stamp,
            }
        })
        .collect();
    let extracted = entries.len() - reused;
    let articles: std::collections::HashSet<&str> =
        entries.iter().map(|e| e.path.as_str()).collect();
    let others = stamped
        .stamps
        .iter()
        .filter(|s| !articles.contains(s.path.as_str()))
        .cloned()
        .collect();
    let facts = facts::summarize(rules, &entries);
    Ok(Built {
        index: Index {
            facts,
            key,
            stamps: stamped.hash,
            entries,
            dirs: stamped.dirs.clone(),
            others,
            root_names: stamped.root_names.clone(),
        },
        stamps: stamped,
        reused,
        extracted,
    })
}

/// Writes the index whole, to a temporary name first.
pub fn write(path: &Path, index: &Index) -> std::io::Result<u64> {
    store::write(path, index)
}

/// Keeps the sources whose `keep` is true, and their claims renumbered (when there are claims).
pub fn retain(
    sources: Vec<Source>,
    claims: Option<Vec<Claim>>,
    keep: &[bool],
) -> (Vec<Source>, Option<Vec<Claim>>) {
    if keep.iter().all(|&k| k) {
        return (sources, claims);
    }
    let mut renumber = Vec::with_capacity(keep.len());
    let mut next = 0;
    for &k in keep {
        renumber.push(k.then_some(next));
        next += usize::from(k);
    }
    let claims = claims.map(|cs| {
        cs.into_iter()
            .filter_map(|mut c| {
                c.source = renumber[c.source]?;
                Some(c)
            })
            .collect()
    });
    let sources = sources
        .into_iter()
        .zip(keep)
        .filter_map(|(s, &k)| k.then_some(s))
        .collect();
    (sources, claims)
}
