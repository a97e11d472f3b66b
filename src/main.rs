//! The `factlint` command line: parses arguments, calls the library, maps the outcome to an
//! exit code (0 clean, 1 findings that fail the run, 2 usage, rule or input error).

use std::io::{IsTerminal, Read};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use factlint::grammar::{self, Lang};
use factlint::value::Published;
use factlint::{render, rules};

#[derive(Parser)]
#[command(
    name = "factlint",
    version,
    about = "Finds the numbers and dates that articles disagree on"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check a corpus: every agreement and conflict between its sources.
    Check {
        /// Files or folders to read (default: corpus/).
        paths: Vec<PathBuf>,
        /// The folder of claim rules.
        #[arg(long, default_value = "claims")]
        claims: PathBuf,
        #[arg(long, default_value = "human")]
        format: ReportFormat,
    },
    /// Work with claim rules: list, explain, test.
    Rules {
        #[command(subcommand)]
        command: RulesCommand,
    },
    /// List every date, duration and number the built-in grammars find in a text.
    Scan {
        /// The text's language.
        #[arg(long, default_value = "fr")]
        lang: LangArg,
        /// Publication date (YYYY, YYYY-MM or YYYY-MM-DD) that partial and relative dates are
        /// resolved against.
        #[arg(long, value_parser = parse_published)]
        published: Option<Published>,
        #[arg(long, default_value = "human")]
        format: ScanFormat,
        /// A file, or `-` for standard input.
        #[arg(default_value = "-")]
        file: String,
    },
}

#[derive(Subcommand)]
enum RulesCommand {
    /// List every rule: id, kind, title and file.
    List {
        #[arg(long, default_value = "claims")]
        claims: PathBuf,
    },
    /// Everything about one rule, and where it matches in the corpus.
    Explain {
        id: String,
        #[arg(long, default_value = "claims")]
        claims: PathBuf,
        /// The corpus to show matches from.
        #[arg(long, default_value = "corpus")]
        corpus: PathBuf,
    },
    /// Run every rule's examples and counter-examples.
    Test {
        #[arg(long, default_value = "claims")]
        claims: PathBuf,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Fr,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Fr => Lang::Fr,
            LangArg::En => Lang::En,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum ReportFormat {
    Human,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum ScanFormat {
    Human,
    Json,
}

fn parse_published(s: &str) -> Result<Published, String> {
    Published::parse(s)
        .ok_or_else(|| format!("`{s}` is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check {
            paths,
            claims,
            format,
        } => check(paths, &claims, format),
        Command::Rules { command } => rules(command),
        Command::Scan {
            lang,
            published,
            format,
            file,
        } => scan(lang.into(), published, format, &file),
    }
}

fn scan(lang: Lang, published: Option<Published>, format: ScanFormat, file: &str) -> ExitCode {
    let text = if file == "-" {
        let mut buf = String::new();
        if let Err(e) = std::io::stdin().read_to_string(&mut buf) {
            eprintln!("error: cannot read standard input: {e}");
            return ExitCode::from(2);
        }
        buf
    } else {
        match std::fs::read_to_string(file) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: cannot read {file}: {e}");
                return ExitCode::from(2);
            }
        }
    };
    let mentions = grammar::scan(&text, lang, published);
    // Checks within the text (a weekday that contradicts its date, a misspelled month) go to
    // stderr as diagnostics, so that JSON on stdout stays clean.
    let name = if file == "-" { "<stdin>" } else { file };
    for warning in render::mention_warnings(
        name,
        &text,
        &mentions,
        style_for(std::io::stderr().is_terminal()),
    ) {
        eprintln!("{warning}");
    }
    match format {
        ScanFormat::Json => {
            let items: Vec<_> = mentions
                .iter()
                .map(|m| {
                    serde_json::json!({
                        "kind": m.kind,
                        "text": &text[m.start..m.end],
                        "start": m.start,
                        "end": m.end,
                        "value": m.value,
                        "mod": m.modifier,
                        "warnings": m.warnings,
                    })
                })
                .collect();
            println!(
                "{}",
                serde_json::to_string_pretty(&items).expect("JSON of plain values")
            );
        }
        ScanFormat::Human => print!("{}", render::scan_listing(&text, &mentions)),
    }
    ExitCode::SUCCESS
}

/// Colour only on a terminal, and never with NO_COLOR set.
fn style_for(stream_is_terminal: bool) -> render::Style {
    let color = stream_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let width = if stream_is_terminal { 120 } else { 100 };
    render::Style { width, color }
}

fn report_load_errors(errors: &factlint::LoadErrors) -> ExitCode {
    let style = style_for(std::io::stderr().is_terminal());
    for e in &errors.0 {
        eprintln!("{}", render::diagnostic(e.as_ref(), style));
    }
    eprintln!("error: {errors}");
    ExitCode::from(2)
}

fn check(mut paths: Vec<PathBuf>, claims: &std::path::Path, format: ReportFormat) -> ExitCode {
    if paths.is_empty() {
        paths.push(PathBuf::from("corpus"));
    }
    let report = match factlint::check(&paths, claims) {
        Ok(r) => r,
        Err(errors) => return report_load_errors(&errors),
    };
    match format {
        ReportFormat::Human => print!(
            "{}",
            render::human(&report, style_for(std::io::stdout().is_terminal()))
        ),
        ReportFormat::Json => println!(
            "{}",
            serde_json::to_string_pretty(&report).expect("JSON of plain values")
        ),
    }
    if report.summary.conflicts > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn load_rules(dir: &std::path::Path) -> Result<rules::RuleSet, ExitCode> {
    rules::load_dir(dir).map_err(|errors| {
        report_load_errors(&factlint::LoadErrors(
            errors.into_iter().map(miette::Report::new).collect(),
        ))
    })
}

fn rules(command: RulesCommand) -> ExitCode {
    match command {
        RulesCommand::List { claims } => {
            let Ok(set) = load_rules(&claims) else {
                return ExitCode::from(2);
            };
            print!("{}", rules::render_list(&set));
            ExitCode::SUCCESS
        }
        RulesCommand::Explain { id, claims, corpus } => {
            let Ok(set) = load_rules(&claims) else {
                return ExitCode::from(2);
            };
            let rule = match rules::find_rule(&set, &id) {
                Ok(r) => r,
                Err(message) => {
                    eprintln!("error: {message}");
                    return ExitCode::from(2);
                }
            };
            let (sources, errors) = factlint::source::load(&[corpus]);
            if !errors.is_empty() {
                return report_load_errors(&factlint::LoadErrors(
                    errors.into_iter().map(miette::Report::new).collect(),
                ));
            }
            let report = factlint::check_sources(&set, &sources);
            let matches: Vec<rules::CorpusMatch> = report
                .claims
                .iter()
                .filter(|c| c.rule == rule.id)
                .map(|c| rules::CorpusMatch {
                    source: c.source.clone(),
                    line: c.line,
                    context: report.texts[c.source_index][c.context.0..c.context.1].to_string(),
                    value: c.value.to_string(),
                    modifier: c.modifier,
                })
                .collect();
            print!("{}", rules::explain(rule, Some(&matches)));
            ExitCode::SUCCESS
        }
        RulesCommand::Test { claims } => {
            let Ok(set) = load_rules(&claims) else {
                return ExitCode::from(2);
            };
            let outcome = rules::test_examples(&set);
            let style = style_for(std::io::stderr().is_terminal());
            for failure in &outcome.failures {
                eprint!("{}", render::diagnostic(failure, style));
            }
            println!("{}", outcome.summary());
            if outcome.passed() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
    }
}
