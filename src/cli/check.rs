//! `check`: the streamed check of a corpus (see `factlint::stream`), with a progress bar on
//! standard error when it is a terminal and the run is long.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use factlint::project::CheckOptions;
use factlint::stream::{Keep, Progress};

use super::prelude::*;

/// How long a run goes before it shows a progress bar: a short one never flickers one.
/// `FACTLINT_PROGRESS_AFTER_MS` sets it (tests use 0).
fn quiet_for() -> Duration {
    std::env::var("FACTLINT_PROGRESS_AFTER_MS")
        .ok()
        .and_then(|ms| ms.parse().ok())
        .map_or(Duration::from_millis(800), Duration::from_millis)
}

/// `factlint check`: the settings from the configuration and flags, the index first when
/// `--index` asks for it, then the check.
pub(crate) fn run(
    config: Option<&config::Config>,
    paths: &[PathBuf],
    claims: Option<PathBuf>,
    lang: Option<LangArg>,
    index: bool,
    report: &ReportArgs,
) -> ExitCode {
    let settings = settings(config, None, claims, lang, &report.review, report);
    if index {
        let mut settings = settings.clone();
        if let [one] = paths {
            settings.corpus = one.clone();
        }
        match project::index(&settings) {
            Ok(line) => eprintln!("{line}"),
            Err(errors) => return report_load_errors(&errors),
        }
    }
    check(&settings, paths, report)
}

/// Runs `factlint check` on `paths` and prints its report.
fn check(settings: &Settings, paths: &[PathBuf], args: &ReportArgs) -> ExitCode {
    let format = args.format.map_or(Format::Human, Format::from);
    // The formats that show no excerpt need nothing of a text beyond its claims.
    // JSON and the summary line read the claims from the spill (see `factlint::stream::spill`).
    let keep = if args.summary || format == Format::Json {
        Keep::Spill
    } else if matches!(format, Format::Human | Format::Sarif) {
        Keep::Excerpts
    } else {
        Keep::Claims
    };
    let progress = Progress::default();
    let show = !args.quiet && std::io::stderr().is_terminal();
    let done = AtomicBool::new(false);
    let outcome = std::thread::scope(|scope| {
        if show {
            scope.spawn(|| bar(&progress, &done));
        }
        let options = CheckOptions {
            keep,
            progress: Some(&progress),
        };
        let outcome = project::check_with(settings, paths, &options);
        done.store(true, Ordering::Relaxed);
        outcome
    });
    match outcome {
        Ok(r) => print_report(Output::Check(&r), args, settings),
        Err(errors) => report_load_errors(&errors),
    }
}

/// Draws the progress of a run on standard error until `done`, once the run has lasted
/// [`quiet_for`]; clears it at the end, so that what follows on stderr starts on a clean line.
fn bar(progress: &Progress, done: &AtomicBool) {
    let started = Instant::now();
    let quiet_for = quiet_for();
    let mut bar: Option<indicatif::ProgressBar> = None;
    while !done.load(Ordering::Relaxed) {
        std::thread::sleep(Duration::from_millis(20));
        if started.elapsed() < quiet_for {
            continue;
        }
        let total = progress.total.load(Ordering::Relaxed);
        let b = bar.get_or_insert_with(|| {
            let b = indicatif::ProgressBar::with_draw_target(
                None,
                indicatif::ProgressDrawTarget::stderr(),
            );
            let style = indicatif::ProgressStyle::with_template(
                "{elapsed:>4} [{bar:30}] {pos}/{len} files, {msg}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("=> ");
            b.set_style(style);
            b
        });
        if total > 0 {
            b.set_length(total as u64);
        }
        b.set_position(progress.files.load(Ordering::Relaxed) as u64);
        b.set_message(format!(
            "{:.1} MB, {} claims",
            progress.bytes.load(Ordering::Relaxed) as f64 / 1e6,
            progress.claims.load(Ordering::Relaxed)
        ));
    }
    if let Some(b) = bar {
        b.finish_and_clear();
    }
}
