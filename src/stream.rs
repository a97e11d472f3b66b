//! Read, scan and drop: the check of a corpus whose texts are never all in memory at once.
//!
//! Each listed file is read, decoded, scanned and extracted on its own (in parallel, rayon),
//! and what later stages need is kept: the source's path and metadata, its claims, what their
//! report entries read off the text ([`report::Placed`]: value as written, lines and columns,
//! original byte offsets) and the stretches of text the formats show ([`crate::excerpt`]).
//! Then its text is dropped. Results are collected in path order, so the report is
//! byte-identical to [`crate::check_sources`]'s at any thread count. Peak memory is then
//! bounded by the claims and the excerpts kept, not by the corpus; and the claims' entries are
//! made after the comparison, from the claims, which are released as their entries are made
//! ([`entries`]): a claim and its entry are never both held for the whole corpus.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::excerpt::{Excerpts, SourceExcerpts};
use crate::extract::{self, Claim};
use crate::report::{self, ClaimEntry, LineIndex, Placed};
use crate::rules::{MatchedBy, RuleSet};
use crate::source::{FileFate, Listing, Source, Walked};

/// What the report needs of the sources' texts beyond each claim's own entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// Every claim's sentence, evidence and warnings: what the human and SARIF formats show.
    Excerpts,
    /// Only the sentences running tallies are dated by: enough for JSON, GitHub annotations
    /// and the summary line, which show no excerpt.
    Claims,
}

/// One article once read, scanned and extracted, its text dropped (`source.text` is empty).
#[derive(Debug)]
pub struct Kept {
    pub source: Source,
    /// Numbered as if this source were source 0 and its first claim claim 0 (see
    /// [`Streamed::collect`]). Which cues accepted a claim is not kept (`MatchedBy::Cues` is
    /// empty): no stage after extraction reads it, and `explain` extracts again.
    pub claims: Vec<Claim>,
    /// What each claim's entry reads off the text, aligned with `claims`.
    pub placed: Vec<Placed>,
    /// The source's path as reports show it, shared by its claims' entries.
    pub path: Arc<str>,
    pub excerpts: SourceExcerpts,
}

/// Scans and extracts `source`, and keeps what the report needs of it.
pub fn keep(rules: &RuleSet, mut source: Source, what: Keep) -> Kept {
    // A huge text is extracted in pieces (see `extract_source`): its mentions and cue hits are
    // never all held at once.
    let mut claims = extract::extract_source(rules, 0, &source);
    let lines = LineIndex::new(source.text.clone());
    let placed = claims
        .iter()
        .map(|c| report::place(&source, &lines, c))
        .collect();
    let path: Arc<str> = Arc::from(source.display_path());
    let ranges: Vec<std::ops::Range<usize>> = match what {
        Keep::Excerpts => claims.iter().flat_map(report::kept_ranges).collect(),
        Keep::Claims => claims
            .iter()
            .filter(|c| rules.rules[c.rule].tally.is_some())
            .map(|c| c.context.clone())
            .collect(),
    };
    let excerpts = SourceExcerpts::keep(&source.text, &lines, ranges);
    drop(lines);
    for c in &mut claims {
        if let MatchedBy::Cues(hits) = &mut c.by {
            *hits = Vec::new();
        }
    }
    // Held until the whole corpus is read: no spare capacity.
    claims.shrink_to_fit();
    source.text = Arc::from("");
    Kept {
        source,
        claims,
        placed,
        path,
        excerpts,
    }
}

/// How far a streamed check has got: files read (or not), their bytes, claims found.
#[derive(Debug, Default)]
pub struct Progress {
    /// How many files there are to read, once they are listed.
    pub total: AtomicUsize,
    pub files: AtomicUsize,
    pub bytes: AtomicUsize,
    pub claims: AtomicUsize,
}

/// The corpus as the comparison and the report take it, texts dropped.
#[derive(Debug, Default)]
pub struct Streamed {
    /// Sorted by path; each `text` is empty.
    pub sources: Vec<Source>,
    pub claims: Vec<Claim>,
    /// What each claim's entry reads off the text, aligned with `claims` (see [`entries`]).
    pub placed: Vec<Placed>,
    /// Each source's path as reports show it, aligned with `sources`.
    pub paths: Vec<Arc<str>>,
    pub excerpts: Excerpts,
    /// The fate of every file not read.
    pub walked: Walked,
}

impl Streamed {
    /// Reads every listed file and keeps what the report needs of it (see [`keep`]); `prepare`
    /// fills in what the command line knows of a source before it is scanned. `progress`, when
    /// given, counts as files are read.
    pub fn collect(
        rules: &RuleSet,
        listing: Listing,
        what: Keep,
        prepare: &(dyn Fn(&mut Source) + Sync),
        progress: Option<&Progress>,
    ) -> Streamed {
        use rayon::prelude::*;
        if let Some(p) = progress {
            p.total.store(listing.files.len(), Ordering::Relaxed);
        }
        let mut out = Streamed {
            walked: listing.walked,
            ..Streamed::default()
        };
        // A chunk of files at a time, in parallel, then appended in path order: what is kept
        // is never held twice (as every file's own lists and as the corpus's), only one
        // chunk's lists are.
        for chunk in listing.files.chunks(CHUNK) {
            let read: Vec<Result<Kept, FileFate>> = chunk
                .par_iter()
                .map(|pending| {
                    let read = pending.read().map(|mut source| {
                        let bytes = source.text.len();
                        prepare(&mut source);
                        let kept = keep(rules, source, what);
                        if let Some(p) = progress {
                            p.bytes.fetch_add(bytes, Ordering::Relaxed);
                            p.claims.fetch_add(kept.claims.len(), Ordering::Relaxed);
                        }
                        kept
                    });
                    if let Some(p) = progress {
                        p.files.fetch_add(1, Ordering::Relaxed);
                    }
                    read
                })
                .collect();
            for r in read {
                out.push(r);
            }
        }
        shrink(&mut out.sources);
        shrink(&mut out.claims);
        shrink(&mut out.placed);
        shrink(&mut out.paths);
        shrink(&mut out.excerpts.sources);
        out.walked.sort_fates();
        out
    }

    /// Appends one file's outcome: its source, claims, entries and excerpts renumbered after
    /// those already collected, or its fate.
    fn push(&mut self, read: Result<Kept, FileFate>) {
        let kept = match read {
            Ok(kept) => kept,
            Err(fate) => {
                self.walked.fate(fate);
                return;
            }
        };
        let si = self.sources.len();
        self.claims.extend(kept.claims.into_iter().map(|mut c| {
            c.source = si;
            c
        }));
        self.placed.extend(kept.placed);
        self.paths.push(kept.path);
        self.sources.push(kept.source);
        self.excerpts.sources.push(Arc::new(kept.excerpts));
    }
}

/// The report entries of `claims` (entry `i` is claim `i`), once they have been compared:
/// made a batch at a time from the end, each batch's claims and places released (the lists
/// shrunk) before the next, so that the claims and their entries are never all held at once.
/// `paths` are the sources' paths as shown ([`Streamed::paths`]).
pub fn entries(
    rules: &RuleSet,
    claims: Vec<Claim>,
    placed: Vec<Placed>,
    paths: &[Arc<str>],
) -> Vec<Arc<ClaimEntry>> {
    entries_by(rules, claims, placed, paths, ENTRY_BATCH)
}

/// [`entries`], `batch` claims at a time.
fn entries_by(
    rules: &RuleSet,
    mut claims: Vec<Claim>,
    mut placed: Vec<Placed>,
    paths: &[Arc<str>],
    batch: usize,
) -> Vec<Arc<ClaimEntry>> {
    let rule_ids = report::rule_ids(rules);
    let mut entries = Vec::with_capacity(claims.len());
    while !claims.is_empty() {
        let from = claims.len().saturating_sub(batch.max(1));
        let batch: Vec<Arc<ClaimEntry>> = claims
            .drain(from..)
            .zip(placed.drain(from..))
            .enumerate()
            .map(|(k, (c, p))| {
                Arc::new(report::entry_of(
                    &rule_ids,
                    &paths[c.source],
                    &c,
                    p,
                    from + k,
                ))
            })
            .collect();
        entries.extend(batch.into_iter().rev());
        claims.shrink_to_fit();
        placed.shrink_to_fit();
    }
    entries.reverse();
    entries
}

/// How many claims' entries [`entries`] makes before it releases their claims.
const ENTRY_BATCH: usize = 8192;

/// How many files are read in parallel before what they keep is appended to the corpus's lists.
pub const CHUNK: usize = 256;

/// Drops a list's spare capacity: it is held until the end of the run.
fn shrink<T>(list: &mut Vec<T>) {
    list.shrink_to_fit();
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::{Path, PathBuf};

    #[test]
    fn entries_made_in_batches_are_those_of_the_whole_report() {
        let (rules, sources) =
            crate::load(&[PathBuf::from("corpus")], Path::new("claims")).expect("loads");
        let claims = extract::extract(&rules, &sources);
        assert!(claims.len() > 20, "{} claims", claims.len());
        let lines: Vec<LineIndex> = sources
            .iter()
            .map(|s| LineIndex::new(s.text.clone()))
            .collect();
        let placed = claims
            .iter()
            .map(|c| report::place(&sources[c.source], &lines[c.source], c))
            .collect();
        let paths: Vec<Arc<str>> = sources
            .iter()
            .map(|s| Arc::from(s.display_path()))
            .collect();
        let expected = report::build(&rules, &sources, &claims, &[]).claims;
        // Batches of 7: several, the first one short.
        let got = entries_by(&rules, claims, placed, &paths, 7);
        let show = |e: &ClaimEntry| {
            let json = serde_json::to_string(e).expect("serializes");
            format!(
                "{json} {} {} {:?} {:?}",
                e.index, e.source_index, e.in_text, e.end_place
            )
        };
        assert_eq!(got.len(), expected.len());
        for (i, (g, e)) in got.iter().zip(&expected).enumerate() {
            assert_eq!(g.index, i);
            assert_eq!(show(g), show(e));
        }
    }
}
