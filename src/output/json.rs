//! The JSON format, schema version 2: each claim is written once, in `claims`, with an `id`, and
//! a finding lists the ids of its claims rather than copies of them. Version 1 wrote every
//! claim of a finding inline, so a fact stated by every article of an archive was written twice
//! over (285 MB of JSON for 249 MB of articles). The report is written as it is serialized,
//! into the caller's writer: no string of the whole document is built.
//!
//! `claims` holds a check's claims in report order, ids 0, 1, 2…; a lint's `claims` are the new
//! articles' claims, then the corpus claims its findings quote, so that every id resolves.
//!
//! A lint's report is schema version 3 ([`LINT_SCHEMA_VERSION`]): each finding's corpus side is
//! summarized in `corpus` (per distinct value: `sources`, `claims`, the ids of the `quoted`
//! claims, `more_sources`; then `more_values` and `more_values_sources`), its `claims` are the
//! new articles' and the quoted ones, and `sources` lists only their sources (`summary.sources`
//! still counts every source compared).

use std::collections::HashMap;
use std::io::{self, Write};

use serde::Serialize;

use super::Output;
use crate::compare::FindingKind;
use crate::report::{ClaimEntry, FindingEntry, Report, SourceEntry, Summary};
use crate::review::{Reviewed, StaleReview};
use crate::rules::Severity;
use crate::source::FileFate;
use crate::stream::spill::{Spilled, Written};

/// The schema version written in every JSON report's `version` field.
pub const SCHEMA_VERSION: u32 = 2;

/// The schema version of a lint's JSON report: version 2, with each finding's corpus side
/// summarized (`corpus`: per distinct value, how many sources state it and the ids of the
/// claims quoted), only those claims in `claims` and their sources in `sources`.
pub const LINT_SCHEMA_VERSION: u32 = 3;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    new_sources: Option<&'a [String]>,
    sources: &'a [SourceEntry],
    claims: Vec<Claim<'a>>,
    findings: Vec<Finding<'a>>,
    summary: &'a Summary,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    stale_reviews: &'a [StaleReview],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    skipped: &'a [FileFate],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    failed: &'a [FileFate],
}

#[derive(Serialize)]
struct Claim<'a> {
    id: usize,
    #[serde(flatten)]
    claim: &'a ClaimEntry,
}

#[derive(Serialize)]
struct Finding<'a> {
    id: &'a str,
    kind: FindingKind,
    rule: &'a str,
    title: &'a str,
    severity: Severity,
    #[serde(skip_serializing_if = "Option::is_none")]
    subject: Option<&'a str>,
    message: &'a str,
    /// Ids into `claims`; the first is the claim the finding is anchored on.
    claims: Ids<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    review: Option<&'a Reviewed>,
    /// A lint's corpus side, value by value (see [`crate::lint::summary`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    corpus: Option<Corpus<'a>>,
}

/// A finding's claim ids: interned as the document is built, or read off a spilled report.
enum Ids<'a> {
    Interned(Vec<usize>),
    Spilled(&'a [u32]),
}

impl Serialize for Ids<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Ids::Interned(ids) => s.collect_seq(ids),
            Ids::Spilled(ids) => s.collect_seq(ids.iter()),
        }
    }
}

#[derive(Serialize)]
struct Corpus<'a> {
    values: Vec<CorpusValue<'a>>,
    more_values: usize,
    more_values_sources: usize,
}

#[derive(Serialize)]
struct CorpusValue<'a> {
    #[serde(flatten)]
    value: &'a crate::lint::summary::CorpusValue,
    /// `quoted` as ids into `claims`.
    quoted: Vec<usize>,
}

/// The id of `claim`, adding it to `claims` the first time it is met. Claims are identified by
/// their index among the extracted claims: unique, and the same in a finding's copy as in the
/// report's list.
fn intern<'a>(
    ids: &mut HashMap<usize, usize>,
    claims: &mut Vec<Claim<'a>>,
    claim: &'a ClaimEntry,
) -> usize {
    *ids.entry(claim.index).or_insert_with(|| {
        claims.push(Claim {
            id: claims.len(),
            claim,
        });
        claims.len() - 1
    })
}

/// What the document says of finding `f`, whose claims are `claims`.
fn finding<'a>(f: &'a FindingEntry, claims: Ids<'a>) -> Finding<'a> {
    Finding {
        id: &f.id,
        kind: f.kind,
        rule: &f.rule,
        title: &f.title,
        severity: f.severity,
        subject: f.subject.as_deref(),
        message: &f.message,
        claims,
        review: f.review.as_ref(),
        corpus: None,
    }
}

/// Writes the report of `output` as JSON (schema version 2) to `out`, pretty-printed, with a
/// final newline.
pub fn write(output: Output<'_>, out: &mut dyn Write) -> io::Result<()> {
    let report = output.report();
    if let (Output::Check(_), Some(spilled)) = (output, &report.spilled) {
        return write_spilled(report, spilled, out);
    }
    let mut ids: HashMap<usize, usize> = HashMap::with_capacity(report.claims.len());
    let mut claims: Vec<Claim<'_>> = Vec::with_capacity(report.claims.len());
    let mut intern = |claim| intern(&mut ids, &mut claims, claim);
    for claim in &report.claims {
        intern(claim);
    }
    let sides = match output {
        Output::Check(_) => None,
        Output::Lint(l) => Some(&l.corpus),
    };
    let mut findings: Vec<Finding<'_>> = report
        .findings
        .iter()
        .map(|f: &FindingEntry| {
            let ids = Ids::Interned(f.claims.iter().map(|c| intern(c)).collect());
            finding(f, ids)
        })
        .collect();
    for (f, side) in findings.iter_mut().zip(sides.into_iter().flatten()) {
        let values = side.values.iter().map(|value| CorpusValue {
            value,
            quoted: value
                .quoted
                .iter()
                .filter_map(|i| ids.get(i).copied())
                .collect(),
        });
        f.corpus = Some(Corpus {
            values: values.collect(),
            more_values: side.more_values,
            more_values_sources: side.more_values_sources,
        });
    }
    let (version, new_sources) = match output {
        Output::Check(_) => (SCHEMA_VERSION, None),
        Output::Lint(l) => (LINT_SCHEMA_VERSION, Some(l.new_sources.as_slice())),
    };
    let document = Document {
        version,
        new_sources,
        sources: &report.sources,
        claims,
        findings,
        summary: &report.summary,
        stale_reviews: &report.stale_reviews,
        skipped: &report.skipped,
        failed: &report.failed,
    };
    serde_json::to_writer_pretty(&mut *out, &document).map_err(io::Error::from)?;
    out.write_all(b"\n")
}

/// [`write`] for a check whose claims were spilled (see [`crate::stream::spill`]): the same
/// document, written field by field, the claims copied from the spill and each finding's
/// ids read off it, so that neither is held as the document's values.
fn write_spilled(report: &Report, spilled: &Spilled, out: &mut dyn Write) -> io::Result<()> {
    struct Findings<'a>(&'a [FindingEntry], &'a [Box<[u32]>]);
    impl Serialize for Findings<'_> {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let findings = self.0.iter().zip(self.1);
            s.collect_seq(findings.map(|(f, ids)| finding(f, Ids::Spilled(ids))))
        }
    }
    /// One field of the document: its key and its value at the document's first depth.
    fn field(out: &mut dyn Write, key: &str, value: &impl Serialize) -> io::Result<()> {
        write!(out, ",\n  \"{key}\": ")?;
        serde_json::to_writer_pretty(Indented(out), value).map_err(io::Error::from)
    }
    /// A list of the document whose entries were spilled.
    fn list(out: &mut dyn Write, key: &str, entries: &Written) -> io::Result<()> {
        write!(out, ",\n  \"{key}\": [")?;
        if !entries.is_empty() {
            entries.copy_to(out)?;
            out.write_all(b"\n  ")?;
        }
        out.write_all(b"]")
    }
    write!(out, "{{\n  \"version\": {SCHEMA_VERSION}")?;
    list(out, "sources", &spilled.sources)?;
    list(out, "claims", &spilled.entries)?;
    field(out, "findings", &Findings(&report.findings, &spilled.ids))?;
    field(out, "summary", &report.summary)?;
    if !report.stale_reviews.is_empty() {
        field(out, "stale_reviews", &report.stale_reviews)?;
    }
    for (key, list) in [("skipped", &report.skipped), ("failed", &report.failed)] {
        if !list.is_empty() {
            field(out, key, list)?;
        }
    }
    out.write_all(b"\n}\n")
}

/// Writes pretty JSON one depth down: two spaces after each line break (every line break of
/// pretty JSON lies between tokens).
struct Indented<'a>(&'a mut dyn Write);

impl Write for Indented<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut from = 0;
        for (i, &b) in buf.iter().enumerate() {
            if b == b'\n' {
                self.0.write_all(&buf[from..=i])?;
                self.0.write_all(b"  ")?;
                from = i + 1;
            }
        }
        self.0.write_all(&buf[from..])?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}
