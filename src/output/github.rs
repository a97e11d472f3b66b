//! GitHub Actions workflow commands: `::error file=…,line=…::message` lines that GitHub turns
//! into annotations on a pull request's changed files.
//!
//! A conflict is annotated at its primary claim, at the rule's severity, and each other source's
//! claim gets a `notice` that points back to it, so that whichever article the pull request
//! touches shows the disagreement. A reviewed conflict is a `notice` carrying the editor's note.
//! Grammar warnings and stale review entries are `warning`s. Agreements, refinements and
//! single-source claims are plain log lines (with their IDs), and the summary comes last.
//! Messages and properties are escaped as the runner requires.

use crate::compare::FindingKind;
use crate::report::{ClaimEntry, FindingEntry, Report, show_value};
use crate::rules::Severity;

use super::{Options, Output};

pub fn render(output: Output<'_>, options: &Options) -> String {
    let report = output.report();
    let failures = output.failures(&options.fail_on);
    let mut out = String::new();
    for f in report
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::Conflict || failures.includes(f))
    {
        if options.quiet && !failures.includes(f) {
            continue;
        }
        out.push_str(&finding(report, f, output));
    }
    if !options.quiet || failures.warnings > 0 {
        for c in report.claims.iter().filter(|c| !c.warnings.is_empty()) {
            for w in &c.warnings {
                out.push_str(&command(
                    "warning",
                    report,
                    c,
                    &format!("{} {}", c.rule, w.code.as_str()),
                    &format!("{} (read as {})", w.message, c.value),
                ));
            }
        }
    }
    if !options.quiet || failures.stale_reviews > 0 {
        for s in &report.stale_reviews {
            out.push_str(&format!(
                "::warning file={},line={},title={}::{}\n",
                property(&s.file),
                s.line,
                property(&format!("stale review entry {}", s.id)),
                data(&format!(
                    "{} ({}, {}): its finding has gone; remove it, or review the finding that replaced it",
                    s.id,
                    s.rule,
                    s.decision.as_str()
                ))
            ));
        }
    }
    for f in &report.failed {
        let place = match (f.line, f.column) {
            (Some(l), Some(c)) => format!(",line={l},col={c}"),
            _ => String::new(),
        };
        out.push_str(&format!(
            "::warning file={}{place},title={}::{}\n",
            property(&f.path),
            property(&format!("file not checked: {}", f.reason.describe())),
            data(&f.message)
        ));
    }
    if options.quiet {
        return out;
    }
    for f in &report.skipped {
        out.push_str(&data(&format!("skipped {}: {}", f.path, f.message)));
        out.push('\n');
    }
    for f in report
        .findings
        .iter()
        .filter(|f| f.kind != FindingKind::Conflict && !failures.includes(f))
    {
        let mark = match f.kind {
            FindingKind::Agreement => "✓ agreement",
            FindingKind::Refinement => "⊂ refinement",
            FindingKind::Revision => "↻ revision",
            _ => "· single-source",
        };
        // A plain log line is escaped too: a file name holding a line break must not start a
        // workflow command of its own.
        out.push_str(&data(&format!(
            "{mark} {}: {} ({})",
            f.rule, f.message, f.id
        )));
        out.push('\n');
    }
    out.push_str(&data(&super::summary(output, &options.fail_on)));
    out.push('\n');
    out
}

fn finding(report: &Report, f: &FindingEntry, output: Output<'_>) -> String {
    let level = match (&f.review, f.severity) {
        (Some(_), _) => "notice",
        (None, Severity::Error) => "error",
        (None, Severity::Warning) => "warning",
        (None, Severity::Info) => "notice",
    };
    let explain = match output.explain_args() {
        a if a.is_empty() => format!("factlint explain {}", f.id),
        a => format!("factlint explain {} {a}", f.id),
    };
    let reviewed = f
        .review
        .as_ref()
        .map(|r| format!(" {}.", r.describe().trim_end_matches('.')))
        .unwrap_or_default();
    let title = match &f.review {
        Some(_) => format!("{} {} (reviewed)", f.rule, f.id),
        None => format!("{} {}", f.rule, f.id),
    };
    let primary = &f.claims[0];
    let mut out = command(
        level,
        report,
        primary,
        &title,
        &format!(
            "{}: {}.{reviewed} To see why: {explain}",
            f.title, f.message
        ),
    );
    for c in &f.claims[1..] {
        if c.source == primary.source && c.start == primary.start {
            continue;
        }
        out.push_str(&command(
            "notice",
            report,
            c,
            &format!("{} {} (related)", f.rule, f.id),
            &format!(
                "{} says {}, where {}:{} says {}: {}",
                c.source,
                show_value(&c.value, c.modifier),
                primary.source,
                primary.line,
                show_value(&primary.value, primary.modifier),
                f.title
            ),
        ));
    }
    out
}

fn command(level: &str, report: &Report, c: &ClaimEntry, title: &str, message: &str) -> String {
    let _ = report;
    let (end_line, end_column) = c.end_place;
    // GitHub takes columns only for a range within one line ("septembre\n2023" is not).
    let place = if end_line == c.line {
        format!(
            "line={},col={},endLine={end_line},endColumn={end_column}",
            c.line, c.column
        )
    } else {
        format!("line={},endLine={end_line}", c.line)
    };
    format!(
        "::{level} file={},{place},title={}::{}\n",
        property(&c.source),
        property(title),
        data(message)
    )
}

/// Escapes a message: `%`, CR and LF.
pub(crate) fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value: as a message, plus `:` and `,`.
pub(crate) fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_escaped() {
        assert_eq!(data("50%\nnext"), "50%25%0Anext");
        assert_eq!(property("a: b, c"), "a%3A b%2C c");
    }
}
