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
use crate::report::{self, ClaimEntry, FindingEntry, LineIndex, Placed};
use crate::rules::{MatchedBy, RuleSet};
use crate::source::{FileFate, Listing, Pending, Source, Walked};

/// What the report needs of the sources' texts beyond each claim's own entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// Every claim's sentence, evidence and warnings: what the human and SARIF formats show.
    Excerpts,
    /// Only the sentences running tallies are dated by: enough for JSON, GitHub annotations
    /// and the summary line, which show no excerpt.
    Claims,
    /// As [`Keep::Claims`], with the claims and their entries spilled to temporary files as
    /// they are extracted ([`spill`]): for the JSON format and the summary line only, whose
    /// report then holds no claim in memory (see [`crate::report::Report::spilled`]).
    Spill,
}

pub mod spill;
pub mod table;

/// One article once read, scanned and extracted, its text dropped (`source.text` is empty).
#[derive(Debug)]
pub struct Kept {
    pub source: Source,
    /// Numbered as if this source were source 0 and its first claim claim 0 (see
    /// [`Streamed::collect`]). Which cues accepted a claim is not kept (`MatchedBy::Cues` is
    /// empty): no stage after extraction reads it, and `explain` extracts again.
    pub claims: Vec<Claim>,
    /// What each claim's entry reads off the text, aligned with `claims` (empty with
    /// [`Keep::Spill`]).
    pub placed: Vec<Placed>,
    /// With [`Keep::Spill`], each claim's entry as JSON ([`spill::entry_json`]), aligned with
    /// `claims`; else empty.
    pub entries: Vec<String>,
    /// The source's path as reports show it, shared by its claims' entries.
    pub path: Arc<str>,
    pub excerpts: SourceExcerpts,
}

/// Scans and extracts `source`, and keeps what the report needs of it.
pub fn keep(rules: &RuleSet, source: Source, what: Keep) -> Kept {
    keep_with(rules, &report::rule_ids(rules), source, what)
}

/// [`keep`], with the rules' ids ([`report::rule_ids`]) made once for every source.
fn keep_with(rules: &RuleSet, rule_ids: &[Arc<str>], mut source: Source, what: Keep) -> Kept {
    // A huge text is extracted in pieces (see `extract_source`): its mentions and cue hits are
    // never all held at once.
    let mut claims = extract::extract_source(rules, 0, &source);
    let lines = LineIndex::new(source.text.clone());
    let mut placed: Vec<Placed> = claims
        .iter()
        .map(|c| report::place(&source, &lines, c))
        .collect();
    let path: Arc<str> = Arc::from(source.display_path());
    let mut entries = Vec::new();
    if what == Keep::Spill {
        entries = claims
            .iter()
            .zip(placed.drain(..))
            .map(|(c, p)| spill::entry_json(&report::entry_of(rule_ids, &path, c, p, 0)))
            .collect();
        placed = Vec::new();
    }
    let ranges: Vec<std::ops::Range<usize>> = match what {
        Keep::Excerpts => claims.iter().flat_map(report::kept_ranges).collect(),
        Keep::Claims | Keep::Spill => claims
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
        entries,
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
    /// Sorted by path; each `text` is empty. Empty with [`Keep::Spill`]: `table` holds what
    /// the comparison reads of them instead.
    pub sources: Vec<Source>,
    /// With [`Keep::Spill`], the sources as the comparison reads them (see [`table`]).
    pub table: table::SourceTable,
    pub claims: Vec<Claim>,
    /// What each claim's entry reads off the text, aligned with `claims` (see [`entries`]).
    pub placed: Vec<Placed>,
    /// Each source's path as reports show it, aligned with `sources`.
    pub paths: Vec<Arc<str>>,
    pub excerpts: Excerpts,
    /// The fate of every file not read.
    pub walked: Walked,
    /// With [`Keep::Spill`]: the claims and their entries, spilled (`claims` and `placed` are
    /// then empty).
    pub spill: Option<Spilling>,
    /// The first error making or writing the spill: the run stops with it.
    pub spill_error: Option<std::io::Error>,
    /// The excerpts of a source of which nothing is kept, which such sources share.
    nothing_kept: Arc<SourceExcerpts>,
}

/// What a check with [`Keep::Spill`] has written so far, and counted of it.
#[derive(Debug)]
pub struct Spilling {
    pub sources: spill::Entries,
    /// How many sources have no publication date.
    pub undated: usize,
    /// The entries of the sources whose encoding was guessed.
    pub guessed: Vec<report::SourceEntry>,
    pub entries: spill::Entries,
    pub buckets: spill::Buckets,
    /// The warnings of every claim.
    pub warnings: usize,
    /// The claims of sources without a publication date whose date has no year.
    pub yearless: usize,
}

impl Streamed {
    /// Reads every listed file and keeps what the report needs of it (see [`keep`]); `prepare`
    /// fills in what the command line knows of a source before it is scanned. `progress`, when
    /// given, counts as files are read.
    pub fn collect(
        rules: &RuleSet,
        mut listing: Listing,
        what: Keep,
        prepare: &(dyn Fn(&mut Source) + Sync),
        progress: Option<&Progress>,
    ) -> Streamed {
        use rayon::prelude::*;
        let mut out = Streamed::default();
        if what == Keep::Spill {
            let files = (
                spill::Entries::sources(),
                spill::Entries::new(),
                spill::Buckets::new(rules.rules.len()),
            );
            match files {
                (Ok(sources), Ok(entries), Ok(buckets)) => {
                    out.spill = Some(Spilling {
                        sources,
                        undated: 0,
                        guessed: Vec::new(),
                        entries,
                        buckets,
                        warnings: 0,
                        yearless: 0,
                    })
                }
                (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => {
                    out.spill_error = Some(e);
                    out.walked = listing.finish();
                    return out;
                }
            }
        }
        let rule_ids = report::rule_ids(rules);
        // A chunk of files at a time, in parallel, then appended in path order: what is kept
        // is never held twice (as every file's own lists and as the corpus's), only a few
        // chunks' lists are. Appending is serial (and with the spill, it writes): one thread
        // appends a chunk while the pool reads the next, so that the pool never waits for it.
        // At most two chunks wait for it (`sync_channel(1)`), and it takes them in order.
        let (chunks, appended) = std::sync::mpsc::sync_channel::<Vec<Result<Kept, FileFate>>>(1);
        let out = std::thread::scope(|scope| {
            let appender = scope.spawn(move || {
                for read in appended {
                    for r in read {
                        out.push(r);
                    }
                }
                out
            });
            // The files are taken from the listing a chunk at a time, as the walk finds them
            // (see `Listing`), and dropped once read, with their folder's metadata. The walk
            // runs on its own thread, a chunk ahead of the pool, so that the pool never waits
            // for it either (`sync_channel(1)`: at most two chunks of paths are held).
            let (listed, to_read) = std::sync::mpsc::sync_channel::<Vec<Pending>>(1);
            let lister = scope.spawn(move || {
                loop {
                    let chunk = listing.chunk(CHUNK);
                    if chunk.is_empty() {
                        break;
                    }
                    if let Some(p) = progress {
                        p.total.store(listing.taken(), Ordering::Relaxed);
                    }
                    // Closed only when reading stopped early (the appender panicked).
                    if listed.send(chunk).is_err() {
                        break;
                    }
                }
                listing
            });
            for chunk in to_read {
                let read: Vec<Result<Kept, FileFate>> = chunk
                    .into_par_iter()
                    .map(|pending| {
                        let read = pending.read().map(|mut source| {
                            let bytes = source.text.len();
                            prepare(&mut source);
                            let kept = keep_with(rules, &rule_ids, source, what);
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
                // Only a panic of the appender closes the channel: `join` then says so.
                if chunks.send(read).is_err() {
                    break;
                }
            }
            drop(chunks);
            let listing = lister
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            let out = appender
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (out, listing)
        });
        let (mut out, listing) = out;
        // The listing's fates first, then the reading's: as when the listing came first.
        let mut walked = listing.finish();
        walked.skipped.append(&mut out.walked.skipped);
        walked.failed.append(&mut out.walked.failed);
        out.walked = walked;
        shrink(&mut out.sources);
        out.table.finish();
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
        let si = self.sources.len() + self.table.len();
        if let Some(spill) = &mut self.spill {
            let undated = kept.source.meta.published.is_none();
            for (mut c, json) in kept.claims.into_iter().zip(kept.entries) {
                c.source = si;
                spill.warnings += c.warnings.len();
                if undated && crate::undated::is_yearless(&c.value) {
                    spill.yearless += 1;
                }
                let index = spill.entries.len();
                let written = spill
                    .entries
                    .push(&json)
                    .and_then(|()| spill.buckets.push(index, c));
                if let Err(e) = written {
                    self.spill_error.get_or_insert(e);
                }
            }
            spill.undated += usize::from(undated);
            let entry = report::source_entry(&kept.source);
            if let Err(e) = spill.sources.push(&spill::entry_json(&entry)) {
                self.spill_error.get_or_insert(e);
            }
            if entry.encoding_guessed {
                spill.guessed.push(entry);
            }
            // Only the comparison reads the sources now: their entries are written, and
            // the claims' entries, which show their paths. It reads their names, editions
            // and dates: those are kept, compactly.
            self.table.push(&kept.source);
            let excerpts = self.excerpt_of(kept.excerpts);
            self.excerpts.sources.push(excerpts);
            return;
        }
        self.claims.extend(kept.claims.into_iter().map(|mut c| {
            c.source = si;
            c
        }));
        self.placed.extend(kept.placed);
        self.paths.push(kept.path);
        self.sources.push(kept.source);
        let excerpts = self.excerpt_of(kept.excerpts);
        self.excerpts.sources.push(excerpts);
    }

    /// `excerpts` to keep, shared: every source of which nothing is kept shares one.
    fn excerpt_of(&self, excerpts: SourceExcerpts) -> Arc<SourceExcerpts> {
        if excerpts.is_empty() {
            self.nothing_kept.clone()
        } else {
            Arc::new(excerpts)
        }
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

/// The findings of a spilled check ([`Keep::Spill`]), its claims compared a rule at a time
/// (read back from their bucket, [`spill::Buckets`]): the same findings, in the same order,
/// as [`crate::compare::compare_with`] over every claim at once gives (facts never span two
/// rules), as report entries whose claims are ids among the report's claims. Gives them with
/// what the report keeps of the spill, and the claims' warnings counted.
pub fn compare_spilled(
    rules: &RuleSet,
    sources: &table::SourceTable,
    spilling: Spilling,
    kept: &Excerpts,
) -> std::io::Result<(Vec<FindingEntry>, spill::Spilled, usize)> {
    use rayon::prelude::*;
    let Spilling {
        sources: source_entries,
        undated,
        guessed,
        entries,
        mut buckets,
        warnings,
        yearless,
    } = spilling;
    buckets.flush_all()?;
    if u32::try_from(entries.len()).is_err() {
        return Err(std::io::Error::other(
            "more than 4 294 967 295 claims: check the corpus in parts",
        ));
    }
    // Rules are compared in parallel, each on one thread from reading its bucket to making
    // its findings' entries, each thread taking the next rule when done with one: at most as
    // many rules' claims are held at once as there are threads. The first thread takes the
    // largest rule left, the others the smallest (see `take`): the largest rules are not
    // held together (the two largest at once were the peak of a spilled check), and the last
    // rule to finish is not a large one. Their findings are then put back in rule order, as
    // one rule after the other would have them.
    let mut order: Vec<usize> = (0..rules.rules.len())
        .filter(|&rule| buckets.count(rule) > 0)
        .collect();
    order.sort_by_key(|&rule| std::cmp::Reverse(buckets.count(rule)));
    let workers = rayon::current_num_threads().clamp(1, order.len().max(1));
    let order = std::sync::Mutex::new(std::collections::VecDeque::from(order));
    let compare_rule = |rule: usize| -> std::io::Result<Vec<Found>> {
        let claims = buckets.read(rule)?;
        let findings = crate::compare::compare_in(rules, sources, &claims, Some(kept));
        Ok(findings
            .par_iter()
            .map(|f| {
                let message = f
                    .message
                    .clone()
                    .unwrap_or_else(|| report::message(f, sources, &claims));
                // The anchor first, the rest in source order, as `report::assemble` has them.
                let ids = report::anchored(f, &claims)
                    .map(|i| claims[i].index)
                    .collect();
                (report::finding_entry(rules, f, message, Vec::new()), ids)
            })
            .collect())
    };
    // The next rule for worker `w`: the largest left for the first, the smallest for the
    // others. A poisoned lock (a panic comparing a rule) still hands out the rest.
    let take = |w: usize| {
        let mut left = order.lock().unwrap_or_else(|p| p.into_inner());
        if w == 0 {
            left.pop_front()
        } else {
            left.pop_back()
        }
    };
    let mut by_rule: Vec<(usize, std::io::Result<Vec<Found>>)> = (0..workers)
        .into_par_iter()
        .flat_map_iter(|w| {
            let mut done = Vec::new();
            while let Some(rule) = take(w) {
                done.push((rule, compare_rule(rule)));
            }
            done
        })
        .collect();
    by_rule.sort_by_key(|(rule, _)| *rule);
    let mut found: Vec<Found> = Vec::new();
    for (_, entries) in by_rule {
        found.extend(entries?);
    }
    // As `compare::sort_findings` sorts them: each rule's are in that order already, and a
    // stable sort keeps the order of findings alike in every key.
    found.sort_by(|(a, _), (b, _)| {
        (a.kind, &a.rule, &a.subject, &a.id).cmp(&(b.kind, &b.rule, &b.subject, &b.id))
    });
    let (findings, ids): (Vec<FindingEntry>, Vec<Box<[u32]>>) = found.into_iter().unzip();
    let spilled = spill::Spilled {
        sources: source_entries.finish()?,
        undated,
        guessed,
        entries: entries.finish()?,
        ids,
        yearless,
    };
    Ok((findings, spilled, warnings))
}

/// A finding of a spilled check, with its claims' ids among the report's claims.
type Found = (FindingEntry, Box<[u32]>);

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
