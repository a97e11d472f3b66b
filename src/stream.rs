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
    /// Each in the `Arc` the report shares: built once, never copied.
    pub entries: Vec<Arc<ClaimEntry>>,
    pub excerpts: SourceExcerpts,
}

/// Scans and extracts `source`, and keeps what the report needs of it; `rule_ids` are
/// [`report::rule_ids`], shared by the entries.
pub fn keep(rules: &RuleSet, rule_ids: &[Arc<str>], mut source: Source, what: Keep) -> Kept {
    // A huge text is extracted in pieces (see `extract_source`): its mentions and cue hits are
    // never all held at once.
    let mut claims = extract::extract_source(rules, 0, &source);
    let lines = LineIndex::new(source.text.clone());
    // One path for all the source's entries.
    let path: Arc<str> = Arc::from(source.display_path());
    let entries = claims
        .iter()
        .enumerate()
        .map(|(i, c)| Arc::new(report::claim_entry(rule_ids, &source, &path, &lines, c, i)))
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
        let rule_ids = report::rule_ids(rules);
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
                        let kept = keep(rules, &rule_ids, source, what);
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
        shrink(&mut out.entries);
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
        let first = self.claims.len();
        self.claims.extend(kept.claims.into_iter().map(|mut c| {
            c.source = si;
            c
        }));
        self.entries.extend(kept.entries.into_iter().map(|mut e| {
            // Not shared yet: `keep` made it, and nothing else holds it.
            if let Some(e) = Arc::get_mut(&mut e) {
                e.source_index = si;
                e.index += first;
            }
            e
        }));
        self.sources.push(kept.source);
        self.excerpts.sources.push(Arc::new(kept.excerpts));
    }
}

/// How many files are read in parallel before what they keep is appended to the corpus's lists.
pub const CHUNK: usize = 256;

/// Drops a list's spare capacity: it is held until the end of the run.
fn shrink<T>(list: &mut Vec<T>) {
    list.shrink_to_fit();
}
