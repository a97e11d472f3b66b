//! The index as `lint` and `factlint index` use it: open it, check that it is fresh, refresh
//! it, and give `lint` only what its answer needs.

use std::path::Path;
use std::sync::Arc;

use super::{Built, Key, Reader, Stamps, build, path_for, stamps, write};
use crate::extract::Claim;
use crate::rules::RuleSet;
use crate::source::{Include, Source};

/// The corpus as a fresh (or just refreshed) index gave it.
pub struct Indexed {
    /// Every corpus source, in walk order. From a fresh index their texts are empty until
    /// [`Indexed::load_texts`] reads them.
    pub sources: Vec<Source>,
    /// The claims of the rules asked for only, numbered by source, in extraction order.
    pub claims: Vec<Claim>,
    /// The sources that may be one of the new articles (the same device and inode): to be
    /// confirmed by [`crate::lint::same_file`].
    pub candidates: Vec<usize>,
    /// For stderr: that the index was used, and whether it had to be refreshed.
    pub notes: Vec<String>,
    /// Where the texts are still to be read from, with each source's row in it.
    reader: Option<(Reader, Vec<usize>)>,
}

impl Indexed {
    /// Keeps the sources whose `keep` is true (their claims renumbered).
    pub fn retain(&mut self, keep: &[bool]) {
        if keep.iter().all(|&k| k) {
            return;
        }
        let sources = std::mem::take(&mut self.sources);
        let claims = std::mem::take(&mut self.claims);
        let (sources, claims) = super::retain(sources, Some(claims), keep);
        self.sources = sources;
        self.claims = claims.unwrap_or_default();
        if let Some((_, rows)) = &mut self.reader {
            let mut k = keep.iter();
            rows.retain(|_| *k.next().unwrap_or(&true));
        }
        self.candidates.clear();
    }

    /// Reads the texts of these sources (indices into `sources`) that are not read yet.
    pub fn load_texts(&self, sources: &mut [Source], which: &[usize]) -> Result<(), String> {
        let Some((reader, rows)) = &self.reader else {
            return Ok(());
        };
        for &i in which {
            if i < rows.len() && sources[i].text.is_empty() {
                sources[i].text = reader.text(rows[i])?;
            }
        }
        Ok(())
    }
}

/// What a refresh did, for `factlint index`.
pub struct Refreshed {
    pub built: Built,
    pub bytes: u64,
    /// Why the old index was not used whole ("" when there was none).
    pub why: String,
}

/// Why `old` cannot be used as it is for this key and these stamps; `None` when it is fresh.
fn staleness(old: &Reader, key: &Key, stamps: &Stamps) -> Option<&'static str> {
    if old.key.version != key.version {
        Some("another factlint version wrote it")
    } else if old.key != *key {
        Some("the rules changed")
    } else if old.stamps != stamps.hash {
        Some("files of the corpus changed")
    } else {
        None
    }
}

/// Reads the index of `corpus` (if any), and rebuilds what is stale, reusing what is not, and
/// writes it back. `Err` says why the corpus cannot be indexed.
pub fn refresh(
    corpus: &Path,
    claims: &Path,
    rules: &RuleSet,
    include: &Include,
) -> Result<Refreshed, String> {
    let path = path_for(corpus);
    let key = Key::new(claims, include);
    let (old, why) = match Reader::open(&path) {
        Ok(Some(old)) => {
            let why = staleness(&old, &key, &stamps(corpus))
                .unwrap_or("")
                .to_string();
            (Some(old), why)
        }
        Ok(None) => (None, String::new()),
        Err(e) => (None, format!("the old index could not be used: {e}")),
    };
    let built = build(corpus, rules, include, key, old)?;
    let bytes =
        write(&path, &built.index).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(Refreshed { built, bytes, why })
}

/// The sources whose stamp has one of these file ids, by path.
fn candidates(stamps: &Stamps, ids: &[(u64, u64)], paths: &[&str]) -> Vec<usize> {
    let same: Vec<&str> = stamps
        .stamps
        .iter()
        .filter(|s| ids.contains(&s.file_id))
        .map(|s| s.path.as_str())
        .collect();
    paths
        .iter()
        .enumerate()
        .filter(|(_, p)| same.contains(p))
        .map(|(i, _)| i)
        .collect()
}

/// The corpus for `lint`, from its index, with the claims of the rules in `wanted` (sorted):
/// `None` when the corpus has no index; a fresh index is used as it is (texts read later, for
/// the sources the answer quotes), a stale or damaged one is refreshed first. `new_ids` are the
/// device and inode of the new articles. `Err` is a note: the index cannot serve, and the
/// corpus is to be read as before.
pub fn for_lint(
    corpus: &Path,
    claims: &Path,
    rules: &RuleSet,
    include: &Include,
    wanted: &[usize],
    new_ids: &[(u64, u64)],
) -> Option<Result<Indexed, String>> {
    let path = path_for(corpus);
    if !path.is_file() {
        return None;
    }
    let key = Key::new(claims, include);
    let stamped = stamps(corpus);
    let opened = Reader::open(&path);
    if let Ok(Some(reader)) = &opened {
        if staleness(reader, &key, &stamped).is_none() {
            if let Ok(claims) = reader.claims_of(wanted) {
                let paths: Vec<&str> = reader.sources.iter().map(|l| l.path.as_str()).collect();
                let candidates = candidates(&stamped, new_ids, &paths);
                let empty: Arc<str> = Arc::from("");
                let sources = reader
                    .sources
                    .iter()
                    .map(|l| Source {
                        path: corpus.join(&l.path),
                        text: empty.clone(),
                        body_start: l.body_start,
                        meta: l.meta.clone(),
                        decoded_from: None,
                    })
                    .collect::<Vec<_>>();
                let Ok(Some(reader)) = opened else {
                    return None;
                };
                let rows = (0..sources.len()).collect();
                let n = sources.len();
                return Some(Ok(Indexed {
                    sources,
                    claims,
                    candidates,
                    notes: vec![format!("using the claims index ({n} sources)")],
                    reader: Some((reader, rows)),
                }));
            }
        }
    }
    let (why, old) = match opened {
        Ok(Some(old)) => (
            staleness(&old, &key, &stamped)
                .unwrap_or("a claim block could not be read")
                .to_string(),
            Some(old),
        ),
        Ok(None) => return None,
        Err(e) => (format!("it could not be used: {e}"), None),
    };
    let mut notes = Vec::new();
    let built = match build(corpus, rules, include, key, old) {
        Ok(built) => built,
        Err(e) => return Some(Err(format!("the claims index is not used: {e}"))),
    };
    notes.push(format!(
        "the claims index was stale ({why}): refreshed, {} of {} sources reused",
        built.reused,
        built.reused + built.extracted
    ));
    if let Err(e) = write(&path, &built.index) {
        notes.push(format!(
            "could not save the refreshed index {}: {e}",
            path.display()
        ));
    }
    let paths: Vec<&str> = built
        .index
        .entries
        .iter()
        .map(|e| e.path.as_str())
        .collect();
    let candidates = candidates(&built.stamps, new_ids, &paths);
    let mut sources = Vec::with_capacity(built.index.entries.len());
    let mut all = Vec::new();
    for (si, e) in built.index.entries.into_iter().enumerate() {
        all.extend(
            e.claims
                .into_iter()
                .filter(|c| wanted.binary_search(&c.rule).is_ok())
                .map(|mut c| {
                    c.source = si;
                    c
                }),
        );
        sources.push(Source {
            path: corpus.join(&e.path),
            text: e.text,
            body_start: e.body_start,
            meta: e.meta,
            decoded_from: None,
        });
    }
    notes.push(format!(
        "using the claims index ({} sources)",
        sources.len()
    ));
    Some(Ok(Indexed {
        sources,
        claims: all,
        candidates,
        notes,
        reader: None,
    }))
}
