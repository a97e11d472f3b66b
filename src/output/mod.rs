//! The output formats of `check` and `lint`: `human` (miette diagnostics, coloured on a
//! terminal), `json` (the report as data), `sarif` (SARIF 2.1.0, for code-scanning tools) and
//! `github` (workflow-command annotations on a pull request). Every format shows every
//! finding's ID.
//!
//! Pure: each renders a report already built and already reviewed; which findings fail the run
//! is decided once ([`crate::config::failures`]) and shown the same way everywhere.

pub mod fates;
pub mod github;
pub mod human;
pub mod json;
pub mod sarif;

use crate::config::{FailOn, Failures, failures};
use crate::lint::{LintReport, STDIN_NAME};
use crate::render::Style;
use crate::report::Report;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
    Sarif,
    Github,
}

/// How to print a report.
#[derive(Debug, Clone)]
pub struct Options {
    pub format: Format,
    /// Colour and width for the human format.
    pub style: Style,
    /// Only what fails the run (human and github formats).
    pub quiet: bool,
    pub fail_on: Vec<FailOn>,
}

/// What a command produced: a check of a corpus, or a lint of new articles against it.
#[derive(Debug, Clone, Copy)]
pub enum Output<'a> {
    Check(&'a Report),
    Lint(&'a LintReport),
}

impl<'a> Output<'a> {
    pub fn report(self) -> &'a Report {
        match self {
            Output::Check(r) => r,
            Output::Lint(l) => &l.report,
        }
    }

    /// The new articles, for lint; none for check.
    pub fn new_sources(self) -> &'a [String] {
        match self {
            Output::Check(_) => &[],
            Output::Lint(l) => &l.new_sources,
        }
    }

    /// What fails the run.
    pub fn failures(self, fail_on: &[FailOn]) -> Failures<'a> {
        failures(self.report(), fail_on)
    }

    /// The arguments `factlint explain ID` needs after the ID to find this output's findings:
    /// the new articles of a lint (`-` for standard input).
    pub fn explain_args(self) -> String {
        self.new_sources()
            .iter()
            .map(|p| {
                if p == STDIN_NAME {
                    "-".to_string()
                } else if p.contains(' ') {
                    format!("'{p}'")
                } else {
                    p.clone()
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// How to render for a stream: colour only on a terminal, and never when `NO_COLOR` is set to
/// anything but the empty string (<https://no-color.org>); wider on a terminal.
pub fn style(stream_is_terminal: bool, no_color: Option<&std::ffi::OsStr>) -> Style {
    let color = stream_is_terminal && no_color.is_none_or(|v| v.is_empty());
    let width = if stream_is_terminal { 120 } else { 100 };
    Style { width, color }
}

/// The report in the chosen format, as a string: [`write`](fn@write) into memory.
pub fn render(output: Output<'_>, options: &Options) -> String {
    let mut out = Vec::new();
    // Writing into memory cannot fail, and every format writes UTF-8.
    let _ = write(output, options, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Writes the report in the chosen format to `out`. The JSON and SARIF documents are written
/// as they are serialized: a large report is never held as one string.
pub fn write(
    output: Output<'_>,
    options: &Options,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    match options.format {
        Format::Human => out.write_all(human::render(output, options).as_bytes()),
        Format::Json => json::write(output, out),
        Format::Sarif => {
            let log = sarif::log(output);
            serde_json::to_writer_pretty(&mut *out, &log).map_err(std::io::Error::from)?;
            out.write_all(b"\n")
        }
        Format::Github => out.write_all(github::render(output, options).as_bytes()),
    }
}

/// The one-line summary, with whether the run passes: what `--summary` prints.
pub fn summary(output: Output<'_>, fail_on: &[FailOn]) -> String {
    let line = match output {
        Output::Check(r) => crate::render::summary_line(r),
        Output::Lint(l) => human::lint_summary_line(l),
    };
    format!("{line} → {}", verdict(&output.failures(fail_on)))
}

/// "passes", or "fails: 1 unreviewed conflict, 2 warnings".
pub fn verdict(f: &Failures<'_>) -> String {
    if !f.any() {
        return "passes".to_string();
    }
    let mut by_kind: Vec<(String, usize)> = Vec::new();
    for finding in &f.findings {
        let kind = finding.kind.as_str().to_string();
        match by_kind.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, n)) => *n += 1,
            None => by_kind.push((kind, 1)),
        }
    }
    let mut parts: Vec<String> = by_kind
        .into_iter()
        .map(|(k, n)| {
            let plural = if n == 1 { "" } else { "s" };
            format!("{n} unreviewed {k}{plural}")
        })
        .collect();
    if f.warnings > 0 {
        parts.push(format!(
            "{} warning{}",
            f.warnings,
            if f.warnings == 1 { "" } else { "s" }
        ));
    }
    if f.stale_reviews > 0 {
        parts.push(format!(
            "{} stale review entr{}",
            f.stale_reviews,
            if f.stale_reviews == 1 { "y" } else { "ies" }
        ));
    }
    format!("fails: {}", parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_only_on_a_terminal_without_no_color() {
        use std::ffi::OsStr;
        assert!(style(true, None).color);
        assert!(style(true, Some(OsStr::new(""))).color);
        assert!(!style(true, Some(OsStr::new("1"))).color);
        assert!(!style(false, None).color);
    }
}
