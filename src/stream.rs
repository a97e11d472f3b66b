//! Read, scan and drop: the check of a corpus whose texts are never all in memory at once.
//!
//! Each listed file is read, decoded, scanned and extracted on its own (in parallel, rayon),
//! and what later stages need is kept: the source's path and metadata, its claims, their report
//! entries (value as written, lines and columns, original byte offsets) and the stretches of
//! text the formats show ([`crate::excerpt`]). Then its text is dropped. Results are collected
//! in path order, so the report is byte-identical to [`crate::check_sources`]'s at any thread
//! count. Peak memory is then bounded by the claims and the excerpts kept, not by the corpus.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::excerpt::{Excerpts, SourceExcerpts};
use crate::extract::{self, Claim};
use crate::report::{self, ClaimEntry, LineIndex};
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
    pub entries: Vec<ClaimEntry>,
    pub excerpts: SourceExcerpts,
}

/// Scans and extracts `source`, and keeps what the report needs of it.
pub fn keep(rules: &RuleSet, mut source: Source, what: Keep) -> Kept {
    // A huge text is extracted in pieces (see `extract_source`): its mentions and cue hits are
    // never all held at once.
    let mut claims = extract::extract_source(rules, 0, &source);
    let lines = LineIndex::new(source.text.clone());
    let entries = claims
        .iter()
        .enumerate()
        .map(|(i, c)| report::claim_entry(rules, &source, &lines, c, i))
        .collect();
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
        entries,
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
    pub entries: Vec<Arc<ClaimEntry>>,
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
        let read: Vec<Result<Kept, FileFate>> = listing
            .files
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
        let (mut sources, mut claims) = (0, 0);
        for kept in read.iter().flatten() {
            sources += 1;
            claims += kept.claims.len();
        }
        let mut out = Streamed {
            sources: Vec::with_capacity(sources),
            claims: Vec::with_capacity(claims),
            entries: Vec::with_capacity(claims),
            excerpts: Excerpts {
                sources: Vec::with_capacity(sources),
            },
            walked: listing.walked,
        };
        for r in read {
            let kept = match r {
                Ok(kept) => kept,
                Err(fate) => {
                    out.walked.fate(fate);
                    continue;
                }
            };
            let si = out.sources.len();
            let first = out.claims.len();
            out.claims.extend(kept.claims.into_iter().map(|mut c| {
                c.source = si;
                c
            }));
            out.entries.extend(kept.entries.into_iter().map(|mut e| {
                e.source_index = si;
                e.index += first;
                Arc::new(e)
            }));
            out.sources.push(kept.source);
            out.excerpts.sources.push(Arc::new(kept.excerpts));
        }
        out.walked.sort_fates();
        out
    }
}
