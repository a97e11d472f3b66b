//! The `factlint` command line: parses arguments, calls the library, maps the outcome to an
//! exit code (0 clean, 1 findings that fail the run, 2 usage, rule or input error). The
//! arguments are in `cli/args.rs`, the commands in `cli/`.

use std::process::ExitCode;

use clap::Parser;

mod cli;
use cli::args::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let config = match cli::shared::load_config(&cli) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let config = config.as_ref().map(|c| &c.config);
    match cli.command {
        Command::Check {
            paths,
            claims,
            lang,
            index,
            report,
        } => cli::check::run(config, &paths, claims, lang, index, &report),
        Command::Lint {
            files,
            discover,
            against,
            report,
        } => cli::lint::lint(config, &files, discover, against, &report),
        Command::Index {
            corpus,
            claims,
            include,
        } => cli::index::index(config, corpus, claims, include),
        Command::Explain {
            id,
            files,
            against,
            review,
        } => cli::explain::explain(config, &id, &files, against, &review),
        Command::Extract(args) => cli::handoff::extract(config, args),
        Command::Compare(args) => cli::handoff::compare(config, args),
        Command::Review { command } => cli::review::review(command, config),
        Command::Rules { command } => cli::rules::rules(command, config),
        Command::Discover {
            paths,
            claims,
            limit,
            format,
        } => cli::scan::discover(config, paths, claims, limit, format),
        Command::Scan {
            lang,
            published,
            format,
            file,
        } => cli::scan::scan(lang.into(), published, format, &file),
    }
}
