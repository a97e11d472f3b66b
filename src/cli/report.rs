//! Printing a `check` or `lint` report in the chosen format, and its exit code.

use super::prelude::*;

/// Prints a check or lint report as asked, and exits 1 when something fails the run.
pub(crate) fn print_report(out: Output<'_>, args: &ReportArgs, settings: &Settings) -> ExitCode {
    let options = output::Options {
        format: args.format.map_or(Format::Human, Format::from),
        style: style_for(std::io::stdout().is_terminal()),
        quiet: args.quiet,
        fail_on: settings.fail_on.clone(),
    };
    // Once per run, whatever the format: stdout stays the report.
    let undated = match out {
        Output::Check(report) => factlint::undated::undated(report),
        Output::Lint(lint) => lint.undated,
    };
    if let Some(undated) = undated {
        eprintln!("{}", factlint::undated::notice(&undated));
    }
    if args.summary {
        println!("{}", output::summary(out, &settings.fail_on));
    } else {
        let stdout = std::io::stdout();
        let mut writer = std::io::BufWriter::new(stdout.lock());
        let written = output::write(out, &options, &mut writer).and_then(|()| writer.flush());
        // A closed pipe (`factlint check | head`) is the reader's choice, not an error.
        if let Err(e) = written
            && e.kind() != std::io::ErrorKind::BrokenPipe
        {
            eprintln!("error: cannot write the report: {e}");
            return ExitCode::from(2);
        }
    }
    if let Some(code) = unread(out, args, settings) {
        return code;
    }
    if out.failures(&settings.fail_on).any() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Prints the fate of every file not read on standard error, and gives exit 2 when nothing
/// could be checked (no article read; for `lint`, no new article) or, with `--strict`, when a
/// file was not read.
fn unread(out: Output<'_>, args: &ReportArgs, settings: &Settings) -> Option<ExitCode> {
    let report = out.report();
    eprint!(
        "{}",
        output::fates::stderr(report, style_for(std::io::stderr().is_terminal()))
    );
    let nothing = match out {
        Output::Check(r) => r.summary.sources == 0,
        Output::Lint(l) => l.new_sources.is_empty(),
    };
    if nothing {
        let what = match out {
            Output::Check(_) => "no article was read",
            Output::Lint(_) => "no new article was read",
        };
        eprintln!(
            "error: nothing was checked: {what} ({} skipped, {} failed)",
            report.skipped.len(),
            report.failed.len()
        );
        let corpus_missing = report
            .failed
            .iter()
            .any(|f| std::path::Path::new(&f.path) == settings.corpus);
        if corpus_missing && !settings.corpus.exists() {
            eprintln!(
                "help: no corpus folder {} here: pass the articles or their folder (`factlint check DIR`), `--corpus DIR` to `lint`, or set `corpus:` in factlint.yaml",
                settings.corpus.display()
            );
        }
        return Some(ExitCode::from(2));
    }
    let unread = report.failed.len()
        + report
            .skipped
            .iter()
            .filter(|f| f.reason != factlint::source::Reason::NotText)
            .count();
    if args.strict && unread > 0 {
        eprintln!("error: --strict: {unread} files were not read");
        return Some(ExitCode::from(2));
    }
    None
}

/// `lint --discover`: the lint report with discovery's hints added in its format; hints fail
/// the run only with `--fail-on discovered`.
pub(crate) fn print_lint_with_hints(
    lint: &factlint::lint::LintReport,
    run: &factlint::discover::hints::HintRun,
    args: &ReportArgs,
    settings: &Settings,
) -> ExitCode {
    use factlint::discover::hints;
    let out = Output::Lint(lint);
    let format = args.format.map_or(Format::Human, Format::from);
    let options = output::Options {
        format,
        style: style_for(std::io::stdout().is_terminal()),
        quiet: args.quiet,
        fail_on: settings.fail_on.clone(),
    };
    let hints_fail = settings.fail_on.contains(&FailOn::Discovered) && !run.hints.is_empty();
    if args.summary {
        let line = output::summary(out, &settings.fail_on);
        println!("{line}; {} discovered hint(s)", run.hints.len());
    } else {
        let text = output::render(out, &options);
        match format {
            Format::Json | Format::Sarif => {
                let mut value: serde_json::Value =
                    serde_json::from_str(&text).unwrap_or(serde_json::Value::Null);
                if format == Format::Json {
                    hints::add_to_json(&mut value, &run.hints);
                } else {
                    hints::add_to_sarif(&mut value, &run.hints, &run.sources);
                }
                println!(
                    "{}",
                    serde_json::to_string_pretty(&value).unwrap_or_default()
                );
            }
            Format::Human | Format::Github => {
                print!("{text}");
                if !args.quiet || hints_fail {
                    if format == Format::Github {
                        print!("{}", hints::github(&run.hints));
                    } else {
                        print!("{}", hints::human(&run.hints));
                    }
                }
            }
        }
    }
    if let Some(code) = unread(out, args, settings) {
        return code;
    }
    if out.failures(&settings.fail_on).any() || hints_fail {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
