//! The hand-off to a distributed engine: extraction as a map over documents, comparison as a
//! group-by on the fact.
//!
//! `factlint extract --format jsonl` writes one [`Record`] per line: a claim with its rule's
//! id, its source's head (path, metadata, length, encoding) and the excerpt its diagnostics
//! read (the whole lines around the value, its context and evidence, with their byte offset and
//! line number); a source that gave no claim; or the fate of a file not read. Any engine can
//! shard the documents, run `extract` on each shard, group the lines by `rule` and hand them to
//! `factlint compare`, which rebuilds the sources from their excerpts ([`excerpt`]) and writes
//! the report `check` writes: same findings, ids, lines, columns and exit code.
//!
//! Every line carries [`SCHEMA`] as `v`; a claim line also carries the hash of the rules it was
//! extracted with ([`rules_hash`]), and [`compare`] refuses lines of other rules. Claims are
//! written with the index's serde mirrors ([`crate::index::codec`]).

pub mod excerpt;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::extract::Claim;
use crate::index::codec::StoredClaim;
use crate::report::{LineIndex, Report};
use crate::rules::RuleSet;
use crate::source::{FileFate, Source, SourceMeta};

pub use excerpt::Excerpt;

/// The version of the line format: a reader refuses any other.
pub const SCHEMA: u32 = 1;

/// One line of a claims file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Record {
    /// [`SCHEMA`].
    pub v: u32,
    #[serde(flatten)]
    pub line: Line,
}

/// What a line says.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Line {
    /// An article a walk found (`extract --list`): what an engine shards.
    Article { path: String },
    /// A source that gave no claim: it still counts in the report.
    Source { source: SourceHead },
    /// One claim.
    Claim(Box<ClaimLine>),
    /// A file that was not read, and why.
    Fate { fate: FileFate },
}

/// A claim with what `compare` needs to place and render it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ClaimLine {
    /// [`rules_hash`] of the rules it was extracted with.
    pub rules: String,
    /// The rule's id: the fact, what an engine groups by.
    pub rule: String,
    /// Its rank among its source's claims (in `check`'s order).
    pub n: usize,
    pub source: SourceHead,
    pub excerpt: Excerpt,
    /// The claim; its rule and source indices are set again from `rule` and `source`.
    pub claim: StoredClaim,
}

/// A source as `compare` rebuilds it: all but the text, which comes from excerpts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceHead {
    /// The path as the walk gave it.
    pub path: String,
    /// The text's length in bytes.
    pub len: usize,
    pub body_start: usize,
    pub meta: SourceMeta,
    /// When the file was not UTF-8.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding: Option<EncodingHead>,
}

/// The encoding a source was decoded from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EncodingHead {
    pub name: String,
    pub guessed: bool,
    /// The file's length in bytes.
    pub original_len: usize,
}

impl SourceHead {
    pub fn of(source: &Source) -> SourceHead {
        SourceHead {
            path: source.path.to_string_lossy().into_owned(),
            len: source.text.len(),
            body_start: source.body_start,
            meta: source.meta.clone(),
            encoding: source.decoded_from.as_ref().map(|d| EncodingHead {
                name: d.encoding.to_string(),
                guessed: d.guessed,
                original_len: d.offsets.original_len(),
            }),
        }
    }
}

/// xxh3-128 of the rule files' names and texts, in hex: claims extracted with other rules are
/// refused.
pub fn rules_hash(rules: &RuleSet) -> String {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    for f in &rules.files {
        let name = f.path.file_name().unwrap_or_default().to_string_lossy();
        for part in [name.as_bytes(), f.text.as_bytes()] {
            h.update(&(part.len() as u64).to_le_bytes());
            h.update(part);
        }
    }
    format!("{:032x}", h.digest128())
}

/// The lines of one source and its claims (as [`crate::extract::extract_from`] gives them):
/// pure. A source without claims is one [`Line::Source`].
pub fn lines_of(rules: &RuleSet, hash: &str, source: &Source, claims: &[Claim]) -> Vec<Record> {
    let head = SourceHead::of(source);
    if claims.is_empty() {
        return vec![record(Line::Source { source: head })];
    }
    let index = LineIndex::new(source.text.clone());
    claims
        .iter()
        .enumerate()
        .map(|(n, c)| {
            record(Line::Claim(Box::new(ClaimLine {
                rules: hash.to_string(),
                rule: rules.rules[c.rule].id.clone(),
                n,
                source: head.clone(),
                excerpt: Excerpt::of(source, &index, c),
                claim: StoredClaim(c.clone()),
            })))
        })
        .collect()
}

/// A line of the current schema.
pub fn record(line: Line) -> Record {
    Record { v: SCHEMA, line }
}

/// A line that could not be used, with its place: `file:line:column: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl std::fmt::Display for LineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )
    }
}

impl std::error::Error for LineError {}

/// Where a record was read: the file (`-` for standard input) and its 1-based line.
#[derive(Debug, Clone)]
pub struct Place {
    pub file: String,
    pub line: usize,
}

/// Parses one line of a claims file: pure, the error located in the line.
pub fn parse_line(text: &str, place: &Place) -> Result<Record, LineError> {
    let at = |line: usize, column: usize, message: String| LineError {
        file: place.file.clone(),
        line,
        column,
        message,
    };
    let record: Record = serde_json::from_str(text).map_err(|e| {
        let message = crate::source::manifest::json_message(&e);
        at(place.line, e.column().max(1), message)
    })?;
    if record.v != SCHEMA {
        return Err(at(
            place.line,
            1,
            format!(
                "schema version {} is not {SCHEMA}, the one this factlint reads: extract again with this version",
                record.v
            ),
        ));
    }
    Ok(record)
}

/// One source being gathered from its lines.
struct Gathering {
    head: SourceHead,
    /// Its first line.
    place: Place,
    excerpts: Vec<Excerpt>,
    claims: BTreeMap<usize, Claim>,
}

/// What the lines of a hand-off make: the sources (rebuilt from excerpts), their claims in
/// `check`'s order, and the fates of the files not read.
#[derive(Debug, Default)]
pub struct Gathered {
    pub sources: Vec<Source>,
    pub claims: Vec<Claim>,
    pub skipped: Vec<FileFate>,
    pub failed: Vec<FileFate>,
}

/// Regroups claim lines by source, in any order and from any number of files: pure. A source
/// or claim given twice counts once (as `check` reads a file named twice once); lines of other
/// rules, of an unknown rule, or that disagree on a source are errors at their place.
pub fn gather(
    rules: &RuleSet,
    records: impl IntoIterator<Item = (Record, Place)>,
) -> Result<Gathered, Vec<LineError>> {
    let hash = rules_hash(rules);
    let mut errors = Vec::new();
    let mut by_path: BTreeMap<PathBuf, Gathering> = BTreeMap::new();
    let mut fates: Vec<FileFate> = Vec::new();
    let mut err = |place: &Place, message: String| {
        errors.push(LineError {
            file: place.file.clone(),
            line: place.line,
            column: 1,
            message,
        })
    };
    for (record, place) in records {
        let (head, claim) = match record.line {
            Line::Article { .. } => continue,
            Line::Fate { fate } => {
                fates.push(fate);
                continue;
            }
            Line::Source { source } => (source, None),
            Line::Claim(c) => {
                let c = *c;
                if c.rules != hash {
                    err(
                        &place,
                        format!(
                            "extracted with other rules (hash {}; these rules: {hash}): extract and compare with the same --claims",
                            c.rules
                        ),
                    );
                    continue;
                }
                let Ok(rule) = rules.rules.binary_search_by(|r| r.id.as_str().cmp(&c.rule)) else {
                    err(&place, format!("no rule `{}` in the rules loaded", c.rule));
                    continue;
                };
                if let Err(m) = c.excerpt.check(&c.source, &c.claim.0) {
                    err(&place, m);
                    continue;
                }
                let mut claim = c.claim.0;
                claim.rule = rule;
                (c.source, Some((c.n, claim, c.excerpt)))
            }
        };
        let entry = by_path
            .entry(PathBuf::from(&head.path))
            .or_insert_with(|| Gathering {
                head: head.clone(),
                place: place.clone(),
                excerpts: Vec::new(),
                claims: BTreeMap::new(),
            });
        if entry.head != head {
            err(
                &place,
                format!(
                    "{}: this line's metadata, length or encoding differs from an earlier line's for the same source: extract every shard from the same corpus",
                    head.path
                ),
            );
            continue;
        }
        if let Some((n, claim, excerpt)) = claim {
            if entry.claims.insert(n, claim).is_none() {
                entry.excerpts.push(excerpt);
            }
        }
    }
    let mut gathered = Gathered::default();
    for (si, (path, g)) in by_path.into_iter().enumerate() {
        let text = match excerpt::rebuild(g.head.len, g.excerpts) {
            Ok(t) => t,
            Err(m) => {
                err(&g.place, format!("{}: {m}", g.head.path));
                continue;
            }
        };
        gathered.sources.push(source_from(path, g.head, text));
        gathered.claims.extend(g.claims.into_values().map(|mut c| {
            c.source = si;
            c
        }));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    for f in fates {
        if f.reason.is_failure() {
            gathered.failed.push(f);
        } else {
            gathered.skipped.push(f);
        }
    }
    for list in [&mut gathered.skipped, &mut gathered.failed] {
        list.sort_by(|a, b| (&a.path, a.reason, a.line).cmp(&(&b.path, b.reason, b.line)));
        list.dedup_by(|a, b| a.path == b.path && a.reason == b.reason && a.line == b.line);
    }
    Ok(gathered)
}

fn source_from(path: PathBuf, head: SourceHead, text: String) -> Source {
    let text: Arc<str> = text.into();
    let decoded_from = head.encoding.map(|e| {
        let encoding = encoding_rs::Encoding::for_label(e.name.as_bytes())
            .unwrap_or(encoding_rs::WINDOWS_1252);
        Arc::new(crate::source::Decoding {
            encoding: encoding.name(),
            guessed: e.guessed,
            offsets: crate::source::OriginalOffsets::new(&text, encoding, e.original_len),
        })
    });
    Source {
        path,
        text,
        body_start: head.body_start,
        meta: head.meta,
        decoded_from,
    }
}

/// The report of the claims in `records`, as [`crate::check_sources`] gives it for the sources
/// they were extracted from (no review applied; the fates of the files not read included):
/// pure. What `factlint compare` runs.
pub fn compare(
    rules: &RuleSet,
    records: impl IntoIterator<Item = (Record, Place)>,
) -> Result<Report, Vec<LineError>> {
    let g = gather(rules, records)?;
    let findings = crate::compare::compare(rules, &g.sources, &g.claims);
    let mut report = crate::report::build(rules, &g.sources, &g.claims, &findings);
    crate::project::with_fates(&mut report, g.skipped, g.failed);
    Ok(report)
}
