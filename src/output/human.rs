//! The human format of `check` (see [`crate::render::human`]) and of `lint`, and the quiet
//! variant of both: only what fails the run.

use crate::compare::FindingKind;
use crate::lint::LintReport;
use crate::render::{self, Located, Style};
use crate::report::{FindingEntry, Report};

use super::{Options, Output};

/// Terminal control characters quoted from files (in excerpts, values, names) are shown as
/// `\u{…}` escapes, so that an article cannot move the cursor or recolour the terminal; ESC
/// stays only in coloured output, where our colours use it.
pub fn render(output: Output<'_>, options: &Options) -> String {
    let text = if options.quiet {
        quiet(output, options)
    } else {
        match output {
            Output::Check(report) => render::human(report, options.style),
            Output::Lint(lint) => lint_human(output, lint, options.style),
        }
    };
    super::fates::sanitize(&text, options.style.color)
}

/// A finding's diagnostic, with the explain hint completed for a lint's new articles.
fn diagnostic(output: Output<'_>, f: &FindingEntry, style: Style) -> String {
    let mut d: Located = render::finding_diagnostic(output.report(), f, style);
    let args = output.explain_args();
    if !args.is_empty() {
        if let Some(help) = &mut d.help {
            let plain = format!("factlint explain {}", f.id);
            *help = help.replace(&plain, &format!("{plain} {args}"));
        }
    }
    render::with_related(d, style)
}

fn warnings(report: &Report, style: Style) -> String {
    let mut out = String::new();
    for c in report.claims.iter().filter(|c| !c.warnings.is_empty()) {
        for d in render::warning_diagnostics(report, c, style) {
            out.push_str(&render::diagnostic(&d, style));
            out.push('\n');
        }
    }
    out
}

/// Only what fails the run; nothing at all when it passes.
fn quiet(output: Output<'_>, options: &Options) -> String {
    let failures = output.failures(&options.fail_on);
    let report = output.report();
    let mut out = String::new();
    for f in &failures.findings {
        out.push_str(&diagnostic(output, f, options.style));
    }
    if failures.warnings > 0 {
        out.push_str(&warnings(report, options.style));
    }
    if failures.stale_reviews > 0 {
        out.push_str(&render::stale_reviews(report));
    }
    out
}

/// `lint` for people: the conflicts of the new articles (primary label in the new article),
/// their grammar warnings, then in one line each what the corpus corroborates and what no
/// source does, and the summary.
fn lint_human(output: Output<'_>, lint: &LintReport, style: Style) -> String {
    let report = &lint.report;
    let mut out = String::new();
    for (k, f) in report.findings.iter().enumerate() {
        if f.kind == FindingKind::Conflict {
            out.push_str(&diagnostic(output, f, style));
            let lines = corpus_lines(lint, k, "  ");
            if !lines.is_empty() {
                out.push_str(&lines);
                out.push('\n');
            }
        }
    }
    out.push_str(&warnings(report, style));
    for path in &lint.new_sources {
        out.push_str(&article_lines(lint, path));
    }
    out.push_str(&lint_summary_line(lint));
    out.push('\n');
    out
}

/// What the corpus says about one new article's claims, briefly: agreements and refinements
/// ("corroborated"), and claims no other source states ("uncorroborated").
fn article_lines(lint: &LintReport, path: &str) -> String {
    let report = &lint.report;
    let involves = |f: &&FindingEntry| f.claims.iter().any(|c| *c.source == *path);
    // A claim whose value cannot be placed (a date without its year, with no publication date
    // to resolve it) agrees with nothing: the comparator sets it apart, and it is said apart.
    let unplaced = |f: &&FindingEntry| {
        f.claims.iter().any(|c| {
            *c.source == *path && crate::compare::core_interval(&c.value, c.modifier).is_none()
        })
    };
    let agree: Vec<&FindingEntry> = report
        .findings
        .iter()
        .filter(involves)
        .filter(|f| matches!(f.kind, FindingKind::Agreement | FindingKind::Refinement))
        .filter(|f| !unplaced(f))
        .collect();
    let unknown: Vec<&FindingEntry> = report
        .findings
        .iter()
        .filter(involves)
        .filter(|f| f.kind != FindingKind::Conflict)
        .filter(unplaced)
        .collect();
    let alone: Vec<&FindingEntry> = report
        .findings
        .iter()
        .filter(involves)
        .filter(|f| f.kind == FindingKind::SingleSource)
        .filter(|f| !unplaced(f))
        .collect();
    let revised: Vec<&FindingEntry> = report
        .findings
        .iter()
        .filter(involves)
        .filter(|f| f.kind == FindingKind::Revision)
        .collect();
    let in_conflicts = report
        .findings
        .iter()
        .filter(involves)
        .any(|f| f.kind == FindingKind::Conflict);
    let mut out = String::new();
    if agree.is_empty()
        && alone.is_empty()
        && unknown.is_empty()
        && revised.is_empty()
        && !in_conflicts
    {
        out.push_str(&format!(
            "{path}: no claim of the rules found; nothing to compare\n\n"
        ));
        return out;
    }
    if !agree.is_empty() {
        let rules: Vec<String> = agree
            .iter()
            .filter(|f| f.kind == FindingKind::Agreement)
            .map(|f| f.rule.clone())
            .collect();
        out.push_str(&format!(
            "{path} agrees with the corpus on {}\n",
            list(&rules)
        ));
        for f in &agree {
            let mark = if f.kind == FindingKind::Refinement {
                "⊂"
            } else {
                "✓"
            };
            out.push_str(&format!("  {mark} {}: {} ({})\n", f.rule, f.message, f.id));
            out.push_str(&corpus_lines(lint, position(report, f), "      "));
        }
        out.push('\n');
    }
    if !revised.is_empty() {
        out.push_str(&format!(
            "{path} revises an earlier edition of its outlet\n"
        ));
        for f in &revised {
            out.push_str(&format!("  ↻ {}: {} ({})\n", f.rule, f.message, f.id));
            out.push_str(&corpus_lines(lint, position(report, f), "      "));
        }
        out.push('\n');
    }
    if !unknown.is_empty() {
        out.push_str(&format!(
            "{path}: cannot be compared, its value cannot be placed (a date without its year: give --published)\n"
        ));
        for f in &unknown {
            out.push_str(&format!("  ? {}: {} ({})\n", f.rule, f.message, f.id));
            out.push_str(&corpus_lines(lint, position(report, f), "      "));
        }
        out.push('\n');
    }
    if !alone.is_empty() {
        out.push_str(&format!(
            "Uncorroborated: no corpus source states {}\n",
            if alone.len() == 1 { "this" } else { "these" }
        ));
        for f in &alone {
            out.push_str(&format!("  · {}: {} ({})\n", f.rule, f.message, f.id));
            out.push_str(&corpus_lines(lint, position(report, f), "      "));
        }
        out.push('\n');
    }
    out
}

/// Where `f` is among the report's findings (the corpus sides are aligned with them).
fn position(report: &Report, f: &FindingEntry) -> usize {
    report
        .findings
        .iter()
        .position(|g| std::ptr::eq(g, f))
        .unwrap_or(usize::MAX)
}

/// The corpus side of finding `k`, one line per distinct value, when it was summarized (some
/// source not quoted): "412 corpus sources say 100000 (a.txt:3, b.txt:7, c.txt:2 and 409
/// more)". A finding that quotes every source already shows them all.
fn corpus_lines(lint: &LintReport, k: usize, indent: &str) -> String {
    let (Some(f), Some(side)) = (lint.report.findings.get(k), lint.corpus.get(k)) else {
        return String::new();
    };
    if !side.summarized() {
        return String::new();
    }
    let name_of = |i: usize| {
        f.claims
            .iter()
            .find(|c| c.index == i)
            .map(|c| {
                let name = std::path::Path::new(&*c.source)
                    .file_name()
                    .map_or(&*c.source, |n| n.to_str().unwrap_or_default());
                format!("{name}:{}", c.line)
            })
            .unwrap_or_default()
    };
    side.lines(name_of)
        .into_iter()
        .map(|line| format!("{indent}{line}\n"))
        .collect()
}

fn list(items: &[String]) -> String {
    match items {
        [] => "nothing else".to_string(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// "1 new article checked against 5 corpus sources: 1 conflict, 2 agreements, 0 refinements, 1
/// uncorroborated; 0 warnings".
pub fn lint_summary_line(lint: &LintReport) -> String {
    let s = &lint.report.summary;
    let new = lint.new_sources.len();
    let corpus = s.sources - new;
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let reviewed = if s.reviewed > 0 {
        format!("; {} reviewed", s.reviewed)
    } else {
        String::new()
    };
    format!(
        "{} checked against {}, {} found: {}, {}, {}, {} uncorroborated; {}{}{reviewed}",
        plural(new, "new article", "new articles"),
        plural(corpus, "corpus source", "corpus sources"),
        plural(s.claims, "claim", "claims"),
        plural(s.conflicts, "conflict", "conflicts"),
        plural(s.agreements, "agreement", "agreements"),
        plural(s.refinements, "refinement", "refinements"),
        s.single_source,
        plural(s.warnings, "warning", "warnings"),
        crate::render::revision_count(s.revisions),
    ) + &crate::render::fate_counts(&lint.report)
}
