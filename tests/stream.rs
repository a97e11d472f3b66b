//! The streamed check (`factlint check`: read, scan and drop each article) against the check of
//! sources held whole (`check_sources`): the same bytes in every format, at any thread count,
//! and whatever it keeps of the texts.

use std::path::{Path, PathBuf};

use factlint::output::{self, Format, Options, Output};
use factlint::project::{self, CheckOptions, Flags, Settings};
use factlint::render::Style;
use factlint::stream::Keep;

const FORMATS: [Format; 4] = [Format::Json, Format::Human, Format::Sarif, Format::Github];

fn options(format: Format) -> Options {
    Options {
        format,
        style: Style::default(),
        quiet: false,
        fail_on: factlint::config::DEFAULT_FAIL_ON.to_vec(),
    }
}

fn settings(corpus: &Path, claims: &Path) -> Settings {
    Settings::resolve(
        None,
        Flags {
            corpus: Some(corpus.to_path_buf()),
            claims: Some(claims.to_path_buf()),
            no_review: true,
            ..Flags::default()
        },
    )
}

/// Every format of the report of `corpus`, checked with its texts held whole.
fn whole(corpus: &Path, claims: &Path) -> Vec<String> {
    let report = factlint::check(&[corpus.to_path_buf()], claims).expect("loads");
    FORMATS
        .iter()
        .map(|&f| output::render(Output::Check(&report), &options(f)))
        .collect()
}

/// Every format of the streamed report of `corpus` on `threads` threads; each format from a
/// check that keeps what that format needs (excerpts for human and SARIF only).
fn streamed(corpus: &Path, claims: &Path, threads: usize) -> Vec<String> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("a thread pool");
    pool.install(|| {
        FORMATS
            .iter()
            .map(|&f| {
                let keep = match f {
                    Format::Human | Format::Sarif => Keep::Excerpts,
                    Format::Json => Keep::Spill,
                    _ => Keep::Claims,
                };
                let options_ = CheckOptions {
                    keep,
                    progress: None,
                };
                let report =
                    project::check_with(&settings(corpus, claims), &[], &options_).expect("loads");
                output::render(Output::Check(&report), &options(f))
            })
            .collect()
    })
}

fn same_at_any_thread_count(corpus: &str, claims: &str) {
    let (corpus, claims) = (PathBuf::from(corpus), PathBuf::from(claims));
    let expected = whole(&corpus, &claims);
    assert!(expected[0].contains("\"claims\""), "{}", expected[0]);
    for threads in [1, 2, 5] {
        let got = streamed(&corpus, &claims, threads);
        for ((f, e), g) in FORMATS.iter().zip(&expected).zip(&got) {
            assert!(
                e == g,
                "{f:?} on {threads} threads differs for {}",
                corpus.display()
            );
        }
    }
}

#[test]
fn the_bundled_corpus_reads_the_same_streamed_at_any_thread_count() {
    same_at_any_thread_count("corpus", "claims");
}

#[test]
fn a_corpus_read_in_several_chunks_reads_the_same_streamed() {
    // More files than one chunk (`stream::CHUNK`) holds: claims, entries and sources are
    // numbered on from the chunks before, and every id, path and place stays that of the whole
    // check.
    let dir = std::env::temp_dir().join(format!("factlint-chunks-{}", std::process::id()));
    crate::gen_corpus::generate(&dir, factlint::stream::CHUNK + 40, 11, &[]);
    let claims = PathBuf::from("claims");
    let expected = whole(&dir, &claims);
    let got = streamed(&dir, &claims, 2);
    // The notice on sources without a date counts the same from the spill as from the claims.
    let whole_report = factlint::check(std::slice::from_ref(&dir), &claims).expect("loads");
    let spilled = spilled_report(&dir, &claims);
    let undated = factlint::undated::undated(&whole_report);
    assert!(
        undated.is_some_and(|u| u.yearless_claims > 0),
        "{undated:?}"
    );
    assert_eq!(factlint::undated::undated(&spilled), undated);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        expected[0].matches("\"rule\": ").count() > 1000,
        "too few claims"
    );
    for ((f, e), g) in FORMATS.iter().zip(&expected).zip(&got) {
        assert!(e == g, "{f:?} differs across chunks");
    }
}

/// The report of a check that spills its claims, as `check --format json` runs it.
fn spilled_report(corpus: &Path, claims: &Path) -> factlint::Report {
    let options = CheckOptions {
        keep: Keep::Spill,
        progress: None,
    };
    project::check_with(&settings(corpus, claims), &[], &options).expect("loads")
}

#[test]
fn a_json_check_holds_no_claim_in_memory() {
    // Its claims and entries are in the spill: the report keeps none of them, and the summary
    // still counts them all.
    let report = spilled_report(Path::new("corpus"), Path::new("claims"));
    let whole = factlint::check(&[PathBuf::from("corpus")], Path::new("claims")).expect("loads");
    assert!(report.spilled.is_some());
    assert!(report.claims.is_empty() && report.sources.is_empty());
    assert!(report.findings.iter().all(|f| f.claims.is_empty()));
    assert_eq!(report.summary, whole.summary);
    assert!(report.summary.claims > 20, "{:?}", report.summary);
}

#[test]
fn running_tallies_are_dated_from_the_sentences_kept() {
    // Tallies read each claim's sentence after the texts are dropped, even when no excerpt is
    // kept for the format.
    same_at_any_thread_count("tests/fixtures/tally/corpus", "tests/fixtures/tally/claims");
}

#[test]
fn what_is_kept_of_the_texts_is_far_less_than_the_texts() {
    let report = project::check_with(
        &settings(Path::new("corpus"), Path::new("claims")),
        &[],
        &CheckOptions {
            keep: Keep::Claims,
            progress: None,
        },
    )
    .expect("loads");
    let kept: usize = report.excerpts.sources.iter().map(|s| s.kept()).sum();
    assert!(!report.claims.is_empty());
    assert_eq!(
        kept, 0,
        "no tally in the bundled pack: nothing of the texts is kept"
    );
}

#[test]
fn no_progress_is_drawn_when_stderr_is_not_a_terminal() {
    // The bar would show at once here (no delay), were stderr a terminal; piped, it is not.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_factlint"))
        .args(["check", "corpus", "--no-review", "--format", "json"])
        .env("FACTLINT_PROGRESS_AFTER_MS", "0")
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("factlint runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("files,"), "{err}");
    assert!(!err.contains('\r') && !err.contains('\u{1b}'), "{err:?}");
    assert!(!out.stdout.is_empty());
}
