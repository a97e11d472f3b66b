//! `extract` and `compare`: the hand-off to a distributed engine (see `factlint::handoff`).

use std::io::BufRead;

use factlint::handoff::{Place, Record, parse_line};

use super::prelude::*;

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum ExtractFormat {
    /// One JSON object per line: a claim, a source without claims, or a file not read.
    Jsonl,
}

#[derive(Args)]
pub(crate) struct ExtractArgs {
    /// Files or folders to read (default: the corpus folder, corpus/).
    paths: Vec<PathBuf>,
    /// Also read the paths listed in FILE, one per line (`-`: standard input), as a shard of
    /// a distributed run does.
    #[arg(long, value_name = "FILE")]
    paths_from: Option<String>,
    /// Extract nothing: write one line per article found (and per file not read), for an
    /// engine to shard.
    #[arg(long)]
    list: bool,
    #[arg(long, value_enum, default_value = "jsonl")]
    format: ExtractFormat,
    /// The folder of claim rules (default: claims/).
    #[arg(long)]
    claims: Option<PathBuf>,
    /// The language of articles that do not state one (default: fr).
    #[arg(long, value_enum)]
    lang: Option<LangArg>,
    /// Which file names in a folder are articles (as `check --include`).
    #[arg(long, value_name = "GLOB")]
    include: Vec<String>,
}

#[derive(Args)]
pub(crate) struct CompareArgs {
    /// Claims files written by `factlint extract --format jsonl`; `-` reads standard input.
    #[arg(required = true, value_name = "CLAIMS")]
    files: Vec<String>,
    /// The folder of claim rules the claims were extracted with (default: claims/).
    #[arg(long)]
    claims: Option<PathBuf>,
    /// The corpus folder, whose review file applies (default: corpus/).
    #[arg(long)]
    corpus: Option<PathBuf>,
    #[command(flatten)]
    report: ReportArgs,
}

/// `factlint extract`: claim lines on standard output, written as they are produced.
pub(crate) fn extract(config: Option<&config::Config>, args: ExtractArgs) -> ExitCode {
    let ExtractFormat::Jsonl = args.format;
    let mut settings = resolve(
        config,
        None,
        args.claims,
        args.lang,
        &ReviewArgs::default(),
        None,
    );
    if !args.include.is_empty() {
        settings.include = args.include;
    }
    let mut paths = args.paths;
    if let Some(from) = &args.paths_from {
        let text = match read_input(from) {
            Ok(t) => t,
            Err(code) => return code,
        };
        paths.extend(text.lines().filter(|l| !l.is_empty()).map(PathBuf::from));
        if paths.is_empty() {
            // An empty shard: nothing to write.
            return ExitCode::SUCCESS;
        }
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match project::extract_claims(&settings, &paths, args.list, &mut out) {
        Ok(Ok(_)) => ExitCode::SUCCESS,
        Ok(Err(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Ok(Err(e)) => {
            eprintln!("error: cannot write the claims: {e}");
            ExitCode::from(2)
        }
        Err(errors) => report_load_errors(&errors),
    }
}

/// `factlint compare`: `check`'s report from claim lines, with its exit code.
pub(crate) fn compare(config: Option<&config::Config>, args: CompareArgs) -> ExitCode {
    let settings = settings(
        config,
        args.corpus,
        args.claims,
        None,
        &args.report.review,
        &args.report,
    );
    let mut records = Vec::new();
    let mut errors = Vec::new();
    let mut stdin_read = false;
    for file in &args.files {
        if file == "-" {
            if stdin_read {
                continue;
            }
            stdin_read = true;
        }
        let reader: Box<dyn BufRead> = if file == "-" {
            Box::new(std::io::stdin().lock())
        } else {
            match std::fs::File::open(file) {
                Ok(f) => Box::new(std::io::BufReader::new(f)),
                Err(e) => {
                    errors.push(miette::miette!("cannot read {file}: {e}"));
                    continue;
                }
            }
        };
        read_records(file, reader, &mut records, &mut errors);
    }
    if !errors.is_empty() {
        return report_load_errors(&factlint::LoadErrors(errors));
    }
    match project::compare_claims(&settings, records) {
        Ok(r) => print_report(Output::Check(&r), &args.report, &settings),
        Err(errors) => report_load_errors(&errors),
    }
}

fn read_records(
    file: &str,
    reader: Box<dyn BufRead>,
    records: &mut Vec<(Record, Place)>,
    errors: &mut Vec<miette::Report>,
) {
    for (i, line) in reader.split(b'\n').enumerate() {
        let place = Place {
            file: file.to_string(),
            line: i + 1,
        };
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                errors.push(miette::miette!("cannot read {file}: {e}"));
                return;
            }
        };
        let Ok(text) = std::str::from_utf8(&line) else {
            errors.push(miette::miette!("{file}:{}:1: not UTF-8", i + 1));
            continue;
        };
        if text.trim().is_empty() {
            continue;
        }
        match parse_line(text, &place) {
            Ok(r) => records.push((r, place)),
            Err(e) => errors.push(miette::miette!("{e}")),
        }
    }
}
