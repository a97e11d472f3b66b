//! The index as `lint` and `factlint index` use it: open it, check that it is fresh, refresh
//! it, and give `lint` only what its answer needs.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use super::parts::Parts;
use super::rows::Listed;
use super::{Built, Key, Reader, Stamps, build, mtime_ns, path_for, stamps, write};
use crate::compare::consensus;
use crate::extract::Claim;
use crate::rules::RuleSet;
use crate::source::{Include, Source};

/// The corpus as a fresh (or just refreshed) index gave it.
pub struct Indexed {
    /// The corpus sources, in walk order: from a fresh index only those the claims are of (and
    /// those that may be a new article), their texts empty until [`Indexed::load_texts`] reads
    /// them; from a refreshed one every source.
    pub sources: Vec<Source>,
    /// The corpus sources not in `sources`: what lint counts of them.
    pub unlisted: Unlisted,
    /// The claims of the rules asked for only, numbered by source, in extraction order.
    pub claims: Vec<Claim>,
    /// The sources that may be one of the new articles (the same device and inode): to be
    /// confirmed by [`crate::lint::same_file`].
    pub candidates: Vec<usize>,
    /// For stderr: that the index was used, and whether it had to be refreshed.
    pub notes: Vec<String>,
    /// The facts the per-fact summary answers (see [`super::facts`]): their rules are not
    /// compared again, and each gives one conflict finding from its precomputed corpus side
    /// and the new claims of the fact. Of their rules' claims, `claims` holds only those the
    /// corpus sides quote.
    pub decided: Vec<Decided>,
    /// How many corpus claims of the rules whose claims were not read (the decided facts'
    /// rules and the rules the article does not touch) are dated without a year in undated
    /// sources: lint's note on undated sources counts them as a lint without the index does.
    pub yearless: usize,
    /// Where the texts are still to be read from, with each source's row in it.
    reader: Option<(Reader, Vec<Listed>)>,
    /// Whether each text read is first checked against its file's stamp (the quick check did
    /// not stamp every file).
    check_files: bool,
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
    pub fn load_texts(&self, sources: &mut [Source], which: &[usize]) -> Result<(), TextError> {
        let Some((reader, rows)) = &self.reader else {
            return Ok(());
        };
        for &i in which {
            if i < rows.len() && sources[i].text.is_empty() {
                if self.check_files {
                    let listed = &rows[i];
                    let same = std::fs::metadata(&sources[i].path)
                        .is_ok_and(|md| md.len() == listed.len && mtime_ns(&md) == listed.mtime_ns);
                    if !same {
                        return Err(TextError::Changed(listed.path.clone()));
                    }
                }
                sources[i].text = reader.text(&rows[i]).map_err(TextError::Damaged)?;
            }
        }
        Ok(())
    }
}

/// The corpus sources a lint from a fresh index does not read the rows of (no claim it compares
/// is theirs): how many, and how many of them have no publication date (counted when the index
/// was written), for the summary's source count and the note on undated sources.
#[derive(Debug, Default, Clone, Copy)]
pub struct Unlisted {
    pub sources: usize,
    pub undated: usize,
}

/// The corpus sources a fresh index lists for a lint: their rows, the claims and candidates
/// numbered by them, and what the others count.
struct Listing {
    rows: Vec<Listed>,
    claims: Vec<Claim>,
    candidates: Vec<usize>,
    unlisted: Unlisted,
}

/// The rows of the sources `claims` are of and of the `candidates` (indices into the index's
/// sources), with the claims and candidates renumbered into them, and what the others count.
fn rows_for(
    reader: &Reader,
    mut claims: Vec<Claim>,
    candidates: &[usize],
) -> Result<Listing, String> {
    let mut needed: Vec<usize> = claims
        .iter()
        .map(|c| c.source)
        .chain(candidates.iter().copied())
        .collect();
    needed.sort_unstable();
    needed.dedup();
    let rows = reader.rows(&needed)?;
    let at = |s: usize| needed.binary_search(&s).unwrap_or_else(|k| k);
    for c in &mut claims {
        c.source = at(c.source);
    }
    let candidates = candidates.iter().map(|&s| at(s)).collect();
    let undated = rows.iter().filter(|r| r.meta.published.is_none()).count();
    let unlisted = Unlisted {
        sources: reader.count.saturating_sub(rows.len()),
        undated: reader.undated.saturating_sub(undated),
    };
    Ok(Listing {
        rows,
        claims,
        candidates,
        unlisted,
    })
}

/// A fact the per-fact summary answers: its precomputed corpus side, where the claims it
/// quotes are in the lint's claims, and the fact's new claims (filled in by `lint`).
#[derive(Debug)]
pub struct Decided {
    pub rule: usize,
    pub subject: Option<String>,
    pub parts: super::parts::Parts,
    /// Per claim of `parts.quoted` (whose claims have moved into the lint's claims): its index
    /// there.
    pub quoted: Vec<usize>,
    pub new: Vec<usize>,
    /// When the new claims are superseded by the fact's revision by one edition key: what its
    /// message reads of the corpus (`parts` is then that revision's, see `revised.rs`).
    pub revision: Option<super::revised::Text>,
}

/// What the new articles are, for the per-fact summary to decide which facts it answers.
pub struct NewSide<'a> {
    pub sources: &'a [Source],
    /// Their claims, numbered from 0.
    pub claims: &'a [Claim],
    /// False when review decisions set claims apart: the full comparison then.
    pub summarize: bool,
    /// Their files' device and inode.
    pub ids: &'a [(u64, u64)],
}

/// The claims of `wanted` from a fresh index, in extraction order: of the rules the summary
/// answers, only the claims their facts' corpus sides quote; with the decided facts and how
/// many claims of the rules not read (the summarized ones and those not wanted) are dated
/// without a year in undated sources.
fn claims_for(
    reader: &Reader,
    rules: &RuleSet,
    wanted: &[usize],
    new: &NewSide,
    candidates: &[usize],
) -> Result<(Vec<Claim>, Vec<Decided>, usize), String> {
    // A new article that is a corpus file takes its corpus claims out: the full path then.
    let mut fast = if new.summarize && candidates.is_empty() {
        super::facts::answerable(rules, &reader.groups, wanted, new.sources, new.claims)
    } else {
        Vec::new()
    };
    // The answered facts' precomputed parts (a fact the new claims fall in), or the rule goes
    // to the full path when its comparison would split a conflict (`consensus_splits`).
    let mut answers = Vec::new();
    for (g, group) in reader.groups.iter().enumerate() {
        let rule = group.rule as usize;
        let of_fact = || {
            new.claims
                .iter()
                .filter(move |c| c.rule == rule && c.subject == group.subject)
        };
        if !fast.contains(&rule) || of_fact().next().is_none() {
            continue;
        }
        let verdict = super::facts::verdict(group, new.sources, of_fact())
            .ok_or_else(|| "a fact is no longer answered".to_string())?;
        let (parts, revision) = match verdict {
            None => {
                let parts = reader.parts(g)?;
                if consensus_splits(rules, rule, &parts, of_fact()) {
                    fast.retain(|&r| r != rule);
                    continue;
                }
                (parts, None)
            }
            Some(k) => {
                let r = reader.revised(k)?;
                (r.parts, Some(r.text))
            }
        };
        answers.push((group, parts, revision));
    }
    answers.retain(|(group, ..)| fast.contains(&(group.rule as usize)));
    let full: Vec<usize> = wanted
        .iter()
        .copied()
        .filter(|r| !fast.contains(r))
        .collect();
    // The rules whose corpus claims are not read (the summarized ones and those the article
    // does not touch) are counted in the note on undated sources as they were at build.
    let mut read = vec![false; reader.yearless.len()];
    for &r in &full {
        if let Some(x) = read.get_mut(r) {
            *x = true;
        }
    }
    let yearless = reader
        .yearless
        .iter()
        .zip(&read)
        .filter(|(_, read)| !**read)
        .map(|(&n, _)| n as usize)
        .sum();
    if fast.is_empty() {
        return Ok((reader.claims_of(&full)?, Vec::new(), yearless));
    }
    // Each claim with its source and rank, and, if quoted, its fact and place among its quotes.
    type Tagged = (u32, u32, Claim, Option<(usize, usize)>);
    let mut placed: Vec<Tagged> = reader
        .placed_of(&full)?
        .into_iter()
        .map(|(s, k, c)| (s, k, c, None))
        .collect();
    // Only the facts a new claim falls in.
    let mut decided = Vec::new();
    for (group, mut parts, revision) in answers {
        let rule = group.rule as usize;
        let quoted = std::mem::take(&mut parts.quoted);
        let d = decided.len();
        for (q, (s, k, c)) in quoted.into_iter().enumerate() {
            let mut c = c.0;
            if c.rule != rule || c.subject != group.subject {
                return Err("a fact quotes a claim of another fact".to_string());
            }
            c.source = s as usize;
            placed.push((s, k, c, Some((d, q))));
        }
        decided.push(Decided {
            rule,
            subject: group.subject.clone(),
            quoted: Vec::new(),
            parts,
            new: Vec::new(),
            revision,
        });
    }
    placed.sort_by_key(|p| (p.0, p.1));
    let mut slots: Vec<Vec<(usize, usize)>> = decided.iter().map(|_| Vec::new()).collect();
    for (i, p) in placed.iter().enumerate() {
        if let Some((d, q)) = p.3 {
            slots[d].push((q, i));
        }
    }
    for (d, mut slot) in decided.iter_mut().zip(slots) {
        slot.sort_unstable();
        d.quoted = slot.into_iter().map(|(_, i)| i).collect();
    }
    Ok((placed.into_iter().map(|p| p.2).collect(), decided, yearless))
}

/// Whether lint would split the conflict of a summarized fact (its corpus side `parts`, rule
/// `rule`) with its new claims: when a new article states the consensus and another value
/// (`lint/self_contradiction.rs`). The summary holds every member in one conflict, so it steps
/// aside then.
fn consensus_splits<'a>(
    rules: &RuleSet,
    rule: usize,
    parts: &Parts,
    new_claims: impl Iterator<Item = &'a Claim>,
) -> bool {
    let corpus = parts.classes.iter().map(|(v, n)| ((v.0, v.1), *n as usize));
    let new_claims: Vec<&Claim> = new_claims.collect();
    let new = new_claims.iter().map(|c| ((c.value, c.modifier), 1));
    let (classes, class_of) = consensus::classes(corpus.chain(new), rules.rules[rule].tolerance);
    // The classes each new article states (the corpus's come first in `class_of`).
    let mut by_source: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (c, &k) in new_claims.iter().zip(&class_of[parts.classes.len()..]) {
        by_source.entry(c.source).or_default().push(k);
    }
    let sources: Vec<Vec<usize>> = by_source.into_values().collect();
    consensus::may_split(&classes, &sources)
}

/// Why a text could not be read from the index.
#[derive(Debug)]
pub enum TextError {
    /// The file (this path in the corpus) changed since it was indexed.
    Changed(String),
    /// The index file is damaged (what is wrong).
    Damaged(String),
}

impl std::fmt::Display for TextError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TextError::Changed(path) => write!(f, "{path} changed since it was indexed"),
            TextError::Damaged(why) => f.write_str(why),
        }
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
    if let Some(why) = key_staleness(old, key) {
        Some(why)
    } else if old.stamps != stamps.hash {
        Some("files of the corpus changed")
    } else {
        None
    }
}

/// Why `old`'s key is not `key`.
fn key_staleness(old: &Reader, key: &Key) -> Option<&'static str> {
    if old.key.version != key.version {
        Some("another factlint version wrote it")
    } else if old.key.build != key.build {
        Some("another build of factlint wrote it")
    } else if old.key != *key {
        Some("the rules changed")
    } else {
        None
    }
}

/// The quick freshness check of `lint`: the corpus folder's time is the one sealed when the
/// index was written, every other folder's time is the one recorded, and every file that is
/// not an article (`sources.yaml`, a manifest) has its recorded size and time. That sees a
/// file added, removed or renamed anywhere (its folder's time changes; a file saved by
/// renaming a new one over it too) and any metadata edit, with one `stat` per folder and per
/// metadata file; it does not see an article written over in place. See [`for_lint`].
fn quick_fresh(reader: &Reader, corpus: &Path) -> bool {
    let time_of = |rel: &str| {
        let path = if rel.is_empty() {
            corpus.to_path_buf()
        } else {
            corpus.join(rel)
        };
        std::fs::metadata(path).ok()
    };
    reader.sealed != 0
        && time_of("").is_some_and(|md| mtime_ns(&md) == reader.sealed)
        && reader
            .dirs
            .iter()
            .filter(|d| !d.path.is_empty())
            .all(|d| time_of(&d.path).is_some_and(|md| mtime_ns(&md) == d.mtime_ns))
        && reader.others.iter().all(|s| {
            time_of(&s.path).is_some_and(|md| md.len() == s.len && mtime_ns(&md) == s.mtime_ns)
        })
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

/// The sources whose file has one of these ids (device and inode).
fn candidates(file_ids: impl Iterator<Item = (u64, u64)>, ids: &[(u64, u64)]) -> Vec<usize> {
    file_ids
        .enumerate()
        .filter(|(_, id)| ids.contains(id))
        .map(|(i, _)| i)
        .collect()
}

/// The corpus for `lint`, from its index, with the claims of the rules in `wanted` (sorted):
/// `None` when the corpus has no index; a fresh index is used as it is (texts read later, for
/// the sources the answer quotes), a stale or damaged one is refreshed first. `new` are the
/// new articles (their claims, and their files' device and inode). `Err` is a note: the index cannot serve, and the
/// corpus is to be read as before.
///
/// Fresh is decided by the quick check first (`quick_fresh`: a `stat` per folder and per
/// metadata file, not per article), then, when a folder's time moved, by the full one
/// ([`stamps`]: a `stat` per file). The quick check does not see an article written over in
/// place (its folder's listing unchanged): such an edit is seen when the answer quotes that
/// article (its file's stamp is checked before its text is read, and the index is then checked
/// in full and refreshed: `lint::with_index`), and otherwise not until `factlint index` (README, "The claims index").
/// `full`: the full check only (a text the answer quotes was found changed).
pub fn for_lint(
    corpus: &Path,
    claims: &Path,
    rules: &RuleSet,
    include: &Include,
    wanted: &[usize],
    new: &NewSide,
    full: bool,
) -> Option<Result<Indexed, String>> {
    let path = path_for(corpus);
    if !path.is_file() {
        return None;
    }
    let key = Key::new(claims, include);
    let mut opened = Reader::open(&path);
    let mut stamped: Option<Stamps> = None;
    let mut notes = Vec::new();
    let fresh = match &opened {
        Ok(Some(reader)) if key_staleness(reader, &key).is_none() => {
            if !full && quick_fresh(reader, corpus) {
                true
            } else {
                let all = stamps(corpus);
                let same = all.hash == reader.stamps;
                stamped = Some(all);
                if same {
                    notes.push(
                        "the corpus's folders changed since the claims index was written, its files did not: `factlint index` makes the next lint quicker"
                            .to_string(),
                    );
                }
                same
            }
        }
        _ => false,
    };
    if fresh && let Ok(Some(reader)) = opened {
        let candidates = candidates((0..reader.count).map(|i| reader.file_id(i)), new.ids);
        let read = claims_for(&reader, rules, wanted, new, &candidates).and_then(
            |(claims, decided, yearless)| {
                rows_for(&reader, claims, &candidates).map(|r| (r, decided, yearless))
            },
        );
        match read {
            Ok((listing, decided, yearless)) => {
                let Listing {
                    mut rows,
                    claims,
                    candidates,
                    unlisted,
                } = listing;
                let empty: Arc<str> = Arc::from("");
                // The metadata moves to the sources: the rows keep paths, hashes and stamps.
                let sources = rows
                    .iter_mut()
                    .map(|l| Source {
                        path: corpus.join(&l.path),
                        text: empty.clone(),
                        body_start: l.body_start,
                        meta: std::mem::take(&mut l.meta),
                        decoded_from: None,
                    })
                    .collect::<Vec<_>>();
                let n = reader.count;
                let mut note = format!("using the claims index ({n} sources)");
                if !decided.is_empty() {
                    note.push_str(&format!(
                        ", {} of its facts answered from its summary",
                        decided.len()
                    ));
                }
                notes.push(note);
                return Some(Ok(Indexed {
                    sources,
                    unlisted,
                    claims,
                    candidates,
                    notes,
                    decided,
                    yearless,
                    reader: Some((reader, rows)),
                    check_files: stamped.is_none(),
                }));
            }
            Err(_) => opened = Ok(Some(reader)),
        }
    }
    notes.clear();
    let stamped = stamped.unwrap_or_else(|| stamps(corpus));
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
    let candidates = candidates(built.index.entries.iter().map(|e| e.stamp.file_id), new.ids);
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
        unlisted: Unlisted::default(),
        claims: all,
        candidates,
        notes,
        decided: Vec::new(),
        yearless: 0,
        reader: None,
        check_files: false,
    }))
}
