//! factlint: finds the numbers and dates that articles disagree on, and shows each
//! disagreement the way rustc shows a type error.
//!
//! The data flow is visible in the modules:
//!
//! load rules ([`rules`]) → read sources ([`source`]) → extract claims ([`extract`]), with the
//! value grammars ([`grammar`]) normalizing values ([`value`]) → compare ([`compare`]) →
//! report ([`report`]) → render ([`render`]).
//!
//! Only loading does IO: [`rules`] and [`source`] read the claim rules and the articles
//! ([`lint::run`] and [`lint::load_new`] too, through them), [`config`] and [`review`] read
//! `factlint.yaml` and the review file, and [`project`] writes the review file for
//! `factlint review add`. Extraction, comparison, review matching and every output format are
//! pure.
//!
//! # Snapshot-testing a corpus
//!
//! [`check`] returns a serializable [`Report`]. A newsroom's own crate can keep its corpus under
//! test with [insta](https://insta.rs): whatever changes in what the articles say, or in how
//! factlint reads them, shows up as a snapshot diff to review (`cargo insta review`). This is
//! the body of a `#[test]` in the crate's `tests/corpus.rs` (with `factlint` as a dependency
//! and `insta` with its `yaml` feature as a dev-dependency); `cargo test` runs it here too,
//! against the bundled corpus, and its snapshot is `snapshots/corpus_report.snap`:
//!
//! ```
//! let report = factlint::check(&["corpus".into()], "claims".as_ref())
//!     .expect("the corpus and its claim rules load");
//! let snapshots = concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots");
//! insta::with_settings!({ snapshot_path => snapshots, prepend_module_to_snapshot => false }, {
//!     insta::assert_yaml_snapshot!("corpus_report", report);
//! });
//! ```
//!
//! Beyond one machine, [`handoff`] splits a check in two: `factlint extract` writes each
//! source's claims as JSON lines (a map over documents), and [`handoff::compare`], the
//! counterpart of [`check_sources`], builds the same report from such lines in any order (a
//! group-by on the fact).
//!
//! [`check`] applies no review decisions: the snapshot shows every finding as the comparator
//! sees it. [`project::check`] is what `factlint check` runs, configuration and review included.

pub mod compare;
pub mod config;
pub mod cues;
pub mod discover;
pub mod excerpt;
pub mod explain;
pub mod extract;
pub mod grammar;
pub mod handoff;
pub mod index;
pub mod lint;
pub mod morph;
pub mod output;
pub mod precision;
pub mod project;
pub mod render;
pub mod report;
pub mod review;
pub mod rules;
pub mod source;
pub mod stream;
pub mod undated;
pub mod value;
pub mod yaml;

use std::path::{Path, PathBuf};

pub use compare::{Finding, FindingKind};
pub use extract::Claim;
pub use report::Report;
pub use source::Source;
pub use value::{Mention, Value};

/// Everything that stopped a check before it could compare: unreadable files, bad rules, bad
/// metadata. Each is a located diagnostic.
#[derive(Debug)]
pub struct LoadErrors(pub Vec<miette::Report>);

impl std::fmt::Display for LoadErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0.len() {
            1 => f.write_str("1 problem; nothing was checked"),
            n => write!(f, "{n} problems; nothing was checked"),
        }
    }
}

impl std::error::Error for LoadErrors {}

/// Loads the rules of `claims` and the sources under `paths`, and checks them.
pub fn check(paths: &[PathBuf], claims: &Path) -> Result<Report, LoadErrors> {
    let (rules, sources) = load(paths, claims)?;
    Ok(check_sources(&rules, &sources))
}

/// Loads rules and sources, reporting every problem of both at once.
pub fn load(paths: &[PathBuf], claims: &Path) -> Result<(rules::RuleSet, Vec<Source>), LoadErrors> {
    let mut errors: Vec<miette::Report> = Vec::new();
    let rules = match rules::load_dir(claims) {
        Ok(r) => Some(r),
        Err(es) => {
            errors.extend(es.into_iter().map(miette::Report::new));
            None
        }
    };
    let (sources, source_errors) = source::load(paths);
    errors.extend(source_errors.into_iter().map(miette::Report::new));
    match rules {
        Some(rules) if errors.is_empty() => Ok((rules, sources)),
        _ => Err(LoadErrors(errors)),
    }
}

/// Extracts, compares and reports: pure.
pub fn check_sources(rules: &rules::RuleSet, sources: &[Source]) -> Report {
    let claims = extract::extract(rules, sources);
    let findings = compare::compare(rules, sources, &claims);
    report::build(rules, sources, &claims, &findings)
}
