//! What the commands share: colour, printing load errors, the configuration file, the
//! settings from the configuration and flags, new articles from the command line, the author.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use factlint::config::{self, FailOn};
use factlint::grammar::Lang;
use factlint::lint::NewArticle;
use factlint::output;
use factlint::project::{Flags, Settings};
use factlint::{render, rules};

use super::args::{Cli, LangArg, ReportArgs, ReviewArgs};
use super::scan::read_input;

/// Colour only on a terminal, and never with NO_COLOR set.
pub(crate) fn style_for(stream_is_terminal: bool) -> render::Style {
    output::style(stream_is_terminal, std::env::var_os("NO_COLOR").as_deref())
}

pub(crate) fn report_load_errors(errors: &factlint::LoadErrors) -> ExitCode {
    let style = style_for(std::io::stderr().is_terminal());
    for e in &errors.0 {
        eprintln!("{}", render::diagnostic(e.as_ref(), style));
    }
    eprintln!("error: {errors}");
    ExitCode::from(2)
}

/// The configuration: the file given with --config, else the nearest factlint.yaml; none with
/// --no-config. A bad file is exit 2, with its location.
pub(crate) fn load_config(cli: &Cli) -> Result<Option<config::Loaded>, ExitCode> {
    if cli.no_config {
        return Ok(None);
    }
    let path = match &cli.config {
        Some(p) => Some(p.clone()),
        None => config::find(std::path::Path::new(".")),
    };
    let Some(path) = path else {
        return Ok(None);
    };
    config::load(&path).map(Some).map_err(|e| {
        let style = style_for(std::io::stderr().is_terminal());
        eprintln!("{}", render::diagnostic(&*e, style));
        ExitCode::from(2)
    })
}

pub(crate) fn resolve(
    config: Option<&config::Config>,
    corpus: Option<PathBuf>,
    claims: Option<PathBuf>,
    lang: Option<LangArg>,
    review: &ReviewArgs,
    fail_on: Option<Vec<FailOn>>,
) -> Settings {
    let settings = Settings::resolve(
        config,
        Flags {
            corpus,
            claims,
            lang: lang.map(Lang::from),
            review: review.review.clone(),
            no_review: review.no_review,
            fail_on,
            include: None,
        },
    );
    if rules::builtin::is_builtin(&settings.claims) {
        static SAID: std::sync::Once = std::sync::Once::new();
        SAID.call_once(|| {
            eprintln!(
                "note: no claims/ folder here: using the built-in rule pack (`--claims FILE|DIR` to use another)"
            );
        });
    }
    settings
}

pub(crate) fn settings(
    config: Option<&config::Config>,
    corpus: Option<PathBuf>,
    claims: Option<PathBuf>,
    lang: Option<LangArg>,
    review: &ReviewArgs,
    report: &ReportArgs,
) -> Settings {
    let mut settings = resolve(config, corpus, claims, lang, review, report.fail_on.clone());
    if !report.include.is_empty() {
        settings.include = report.include.clone();
    }
    settings
}

pub(crate) fn new_articles(files: &[String]) -> Result<Vec<NewArticle>, ExitCode> {
    let mut out = Vec::new();
    let mut stdin_read = false;
    for f in files {
        if f == "-" {
            if stdin_read {
                continue;
            }
            stdin_read = true;
            out.push(NewArticle::Text(read_input("-")?));
        } else {
            out.push(NewArticle::File(PathBuf::from(f)));
        }
    }
    Ok(out)
}

/// Who is deciding, when --author is not given: git's user name, else the login name.
pub(crate) fn default_author() -> Option<String> {
    let git = std::process::Command::new("git")
        .args(["config", "user.name"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .filter(|s| !s.is_empty());
    git.or_else(|| std::env::var("USER").ok().filter(|s| !s.is_empty()))
}
