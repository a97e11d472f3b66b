//! `factlint extract` and `factlint compare`: the loading ends of the hand-off to a distributed
//! engine ([`crate::handoff`]). Extraction reads the articles and writes their claim lines;
//! comparison reads the rules and the review file and builds `check`'s report from the lines.

use std::io::Write;
use std::path::PathBuf;

use super::{Settings, report_of, with_fates};
use crate::handoff::{self, Line, Place, Record};
use crate::report::Report;
use crate::{LoadErrors, extract, lint, rules, source};

/// How many sources are extracted in parallel before their lines are written.
const CHUNK: usize = 64;

/// What `extract` wrote.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    pub sources: usize,
    pub claims: usize,
    pub fates: usize,
}

fn load_rules(settings: &Settings) -> Result<rules::RuleSet, LoadErrors> {
    rules::load_dir(&settings.claims)
        .map_err(|es| LoadErrors(es.into_iter().map(miette::Report::new).collect()))
}

/// `factlint extract --format jsonl [PATHS]`: walks and reads the articles under `paths` (the
/// corpus by default) as `check` does, and writes one line per claim (one per source without
/// claims, one per file not read) to `out`, a chunk of sources at a time, in path order. With
/// `list`, nothing is extracted: one line per article found, and the fates.
pub fn extract_claims(
    settings: &Settings,
    paths: &[PathBuf],
    list: bool,
    out: &mut dyn Write,
) -> Result<std::io::Result<Written>, LoadErrors> {
    let paths = if paths.is_empty() {
        vec![settings.corpus.clone()]
    } else {
        paths.to_vec()
    };
    let include = settings.include()?;
    let rules = if list {
        None
    } else {
        Some(load_rules(settings)?)
    };
    let walked = source::walk(&paths, &include);
    Ok(write_lines(settings, rules.as_ref(), walked, out))
}

fn write_lines(
    settings: &Settings,
    rules: Option<&rules::RuleSet>,
    walked: source::Walked,
    out: &mut dyn Write,
) -> std::io::Result<Written> {
    use rayon::prelude::*;
    let mut written = Written::default();
    let put = |out: &mut dyn Write, r: &Record| -> std::io::Result<()> {
        serde_json::to_writer(&mut *out, r)?;
        out.write_all(b"\n")
    };
    for fate in walked.skipped.into_iter().chain(walked.failed) {
        written.fates += 1;
        put(out, &handoff::record(Line::Fate { fate }))?;
    }
    let Some(rules) = rules else {
        for s in &walked.sources {
            written.sources += 1;
            let path = s.path.to_string_lossy().into_owned();
            put(out, &handoff::record(Line::Article { path }))?;
        }
        return Ok(written);
    };
    let hash = handoff::rules_hash(rules);
    let mut sources = walked.sources;
    for chunk in sources.chunks_mut(CHUNK) {
        let lines: Vec<Vec<Record>> = chunk
            .par_iter_mut()
            .map(|s| {
                lint::fill_metadata(s, settings.lang, None);
                let claims = extract::extract_source(rules, 0, s);
                handoff::lines_of(rules, &hash, s, &claims)
            })
            .collect();
        for r in lines.iter().flatten() {
            written.claims += usize::from(matches!(r.line, Line::Claim(_)));
            put(out, r)?;
        }
        written.sources += chunk.len();
        out.flush()?;
    }
    Ok(written)
}

/// `factlint compare CLAIMS.jsonl…`: `check`'s report from the lines `extract` wrote, with the
/// review decisions of the settings (the review file beside the corpus by default, none with
/// `--no-review`).
pub fn compare_claims(
    settings: &Settings,
    records: Vec<(Record, Place)>,
) -> Result<Report, LoadErrors> {
    let corpus = vec![settings.corpus.clone()];
    let reviews = settings.reviews(&corpus)?;
    let rules = load_rules(settings)?;
    let g = handoff::gather(&rules, records)
        .map_err(|es| LoadErrors(es.into_iter().map(|e| miette::miette!("{e}")).collect()))?;
    let mut report = report_of(&rules, &g.sources, &g.claims, reviews.as_ref());
    with_fates(&mut report, g.skipped, g.failed);
    Ok(report)
}
