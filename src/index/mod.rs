//! The claims index: a corpus's sources and their claims, saved to one file so that `lint`
//! need not read and extract the whole corpus again.
//!
//! `factlint index [CORPUS]` (and `check --index`) writes `CORPUS/.factlint-index` (hidden, so
//! the walk never takes it for an article). The file holds:
//!
//! - a key: the factlint version, a hash of every file of the rules folder (names and bytes)
//!   and the include globs. Another key invalidates every entry;
//! - the stamps of every file the walk sees (path, size, modification time). When
//!   they all match, the index is fresh and nothing of the corpus is read;
//! - one entry per article, in walk order: its path (relative to the corpus), the hash of its
//!   text (xxh3-128), its metadata, its text (diagnostics quote any part of it, and `explain`
//!   reads the rest) and its claims. A rebuild reuses the claims of an entry whose hash and
//!   metadata are unchanged and extracts only the others.
//!
//! The index is JSON (serde_json): the source metadata skips empty fields, which a
//! non-self-describing format (postcard, bincode) cannot read back, and one file written
//! whole (to a temporary name, then renamed) cannot be left half-written. A corrupt or foreign
//! file is a note and a rebuild, never a panic.
//!
//! A corpus with a file that was skipped, failed or had to be decoded from another encoding
//! than UTF-8 is not indexed: the run says so and reads the corpus as before.

pub mod codec;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::extract::{self, Claim};
use crate::rules::RuleSet;
use crate::source::{self, Include, Source, SourceMeta};

pub use codec::StoredClaim;

/// The index's file name in the corpus folder.
pub const INDEX_FILE: &str = ".factlint-index";

/// The version of the file's layout; another one is rebuilt.
pub const FORMAT: u32 = 1;

/// Where the index of `corpus` lives.
pub fn path_for(corpus: &Path) -> PathBuf {
    corpus.join(INDEX_FILE)
}

/// What every entry depends on besides its own file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Key {
    pub version: String,
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
            rules: format!("{:032x}", h.digest128()),
            include: include.globs().to_vec(),
        }
    }
}

/// The size and modification time of one file the walk sees.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    pub path: String,
    pub len: u64,
    pub mtime_ns: u128,
}

/// One article.
#[derive(Serialize, Deserialize)]
pub struct Entry {
    /// Relative to the corpus folder, with forward slashes.
    pub path: String,
    /// xxh3-128 of the text, in hex.
    pub hash: String,
    pub body_start: usize,
    pub meta: SourceMeta,
    pub text: String,
    pub claims: Vec<StoredClaim>,
}

/// The whole file.
#[derive(Serialize, Deserialize)]
pub struct Index {
    pub format: u32,
    pub key: Key,
    pub stamps: Vec<Stamp>,
    pub entries: Vec<Entry>,
}

/// What a build did.
pub struct Built {
    pub index: Index,
    pub reused: usize,
    pub extracted: usize,
}

/// The stamps of everything the walk of `corpus` sees, in walk order: the same walker as
/// [`source::walk`] (hidden files and ignored ones passed over), reading no file.
pub fn stamps(corpus: &Path) -> Vec<Stamp> {
    let walker = ignore::WalkBuilder::new(corpus)
        .follow_links(true)
        .sort_by_file_name(|a, b| a.cmp(b))
        .build();
    walker
        .filter_map(Result::ok)
        .filter_map(|e| {
            let md = e.metadata().ok()?;
            // A folder's time changes when the index is written into it; the listing of its
            // files is what says that one was added or removed.
            if md.is_dir() {
                return None;
            }
            let mtime_ns = md
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            Some(Stamp {
                path: relative(corpus, e.path()),
                len: md.len(),
                mtime_ns,
            })
        })
        .collect()
}

fn relative(corpus: &Path, path: &Path) -> String {
    path.strip_prefix(corpus)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

fn hash_text(text: &str) -> String {
    format!("{:032x}", xxhash_rust::xxh3::xxh3_128(text.as_bytes()))
}

/// Walks and reads `corpus` and indexes it, reusing the claims of `old`'s entries whose text
/// and metadata are unchanged (when `old` has the same key). `Err` says why this corpus
/// cannot be indexed.
pub fn build(
    corpus: &Path,
    rules: &RuleSet,
    include: &Include,
    key: Key,
    old: Option<Index>,
) -> Result<Built, String> {
    use rayon::prelude::*;
    // Stamped before reading: a file changed during the build makes the index stale.
    let stamps = stamps(corpus);
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
    let mut old_entries: HashMap<String, Entry> = HashMap::new();
    if let Some(old) = old.filter(|o| o.key == key) {
        for e in old.entries {
            old_entries.insert(e.hash.clone(), e);
        }
    }
    let slots: Vec<(Source, String, Option<Vec<StoredClaim>>)> = walked
        .sources
        .into_iter()
        .map(|s| {
            let hash = hash_text(&s.text);
            let reused = old_entries
                .remove(&hash)
                .filter(|e| e.meta == s.meta && e.body_start == s.body_start)
                .map(|e| e.claims);
            (s, hash, reused)
        })
        .collect();
    let reused = slots.iter().filter(|s| s.2.is_some()).count();
    let entries: Vec<Entry> = slots
        .into_par_iter()
        .map(|(s, hash, claims)| {
            let claims = claims.unwrap_or_else(|| {
                extract::extract_source(rules, 0, &s)
                    .into_iter()
                    .map(StoredClaim)
                    .collect()
            });
            Entry {
                path: relative(corpus, &s.path),
                hash,
                body_start: s.body_start,
                meta: s.meta,
                text: s.text.to_string(),
                claims,
            }
        })
        .collect();
    let extracted = entries.len() - reused;
    Ok(Built {
        index: Index {
            format: FORMAT,
            key,
            stamps,
            entries,
        },
        reused,
        extracted,
    })
}

/// Reads an index file: `Ok(None)` when there is none, `Err` when it cannot be used as one.
pub fn read(path: &Path) -> Result<Option<Index>, String> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("cannot read it: {e}")),
    };
    #[derive(Deserialize)]
    struct Head {
        format: u32,
    }
    match serde_json::from_slice::<Head>(&bytes) {
        Ok(h) if h.format == FORMAT => {}
        Ok(h) => {
            return Err(format!(
                "it has layout {} (this factlint writes {FORMAT})",
                h.format
            ));
        }
        Err(e) => return Err(format!("it is not a factlint index ({e})")),
    }
    serde_json::from_slice(&bytes)
        .map(Some)
        .map_err(|e| format!("it is damaged ({e})"))
}

/// Writes the index whole, to a temporary name first.
pub fn write(path: &Path, index: &Index) -> std::io::Result<u64> {
    use std::io::Write;
    let tmp = path.with_extension("tmp");
    {
        let mut w = std::io::BufWriter::new(std::fs::File::create(&tmp)?);
        serde_json::to_writer(&mut w, index)?;
        w.flush()?;
    }
    std::fs::rename(&tmp, path)?;
    Ok(std::fs::metadata(path)?.len())
}

/// The corpus as the index holds it: its sources (paths under `corpus` as given), and their
/// claims, numbered in that order, as [`extract::extract`] would give them.
pub fn sources_and_claims(corpus: &Path, index: Index) -> (Vec<Source>, Vec<Claim>) {
    let mut sources = Vec::with_capacity(index.entries.len());
    let mut claims = Vec::new();
    for (si, e) in index.entries.into_iter().enumerate() {
        claims.extend(e.claims.into_iter().map(|StoredClaim(mut c)| {
            c.source = si;
            c
        }));
        sources.push(Source {
            path: corpus.join(&e.path),
            text: Arc::from(e.text),
            body_start: e.body_start,
            meta: e.meta,
            decoded_from: None,
        });
    }
    (sources, claims)
}

mod lint;
pub use lint::{Indexed, Refreshed, for_lint, refresh};

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
