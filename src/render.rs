//! Rendering a report for people: one miette diagnostic per conflict and per warning, each
//! pointing into every source involved, then a compact summary of what agrees.
//!
//! Excerpts show the sentence each claim was read from, numbered with its real line, rather
//! than the whole line: news paragraphs are often a single line of several hundred characters.

use std::fmt;
use std::sync::Arc;

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, SourceCode};

use crate::compare::FindingKind;
use crate::excerpt::SourceExcerpts;
use crate::report::{ClaimEntry, FindingEntry, Report, show_value};
use crate::rules::Severity;

mod excerpt;
pub use excerpt::Excerpt;

/// How to render: width in columns and whether to use colour.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub width: usize,
    pub color: bool,
}

impl Default for Style {
    /// What snapshots use: no colour, 100 columns.
    fn default() -> Style {
        Style {
            width: 100,
            color: false,
        }
    }
}

/// The miette handler for a style. Never the default handler, whose theme follows the TTY.
pub fn handler(style: Style) -> GraphicalReportHandler {
    let theme = if style.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    GraphicalReportHandler::new_themed(theme)
        .with_width(style.width)
        .with_urls(false)
        .with_context_lines(1)
        // Never split a word at its hyphens: finding IDs (FL-…) and rule ids must stay whole
        // to be copied.
        .with_word_splitter(textwrap::WordSplitter::NoHyphenation)
}

/// Renders any diagnostic with the given style.
pub fn diagnostic(diag: &dyn Diagnostic, style: Style) -> String {
    let mut out = String::new();
    // Writing into a String cannot fail; a broken label renders as miette's own note.
    let _ = handler(style).render_report(&mut out, diag);
    out
}

/// Renders a diagnostic, then each related one as its own block under its own file name.
/// miette's own rendering of related diagnostics either prefixes each with "Advice:" or wraps
/// the source lines; neither reads well for a sentence-long excerpt.
pub fn with_related(mut d: Located, style: Style) -> String {
    let related = std::mem::take(&mut d.related);
    let mut out = diagnostic(&d, style);
    for r in &related {
        out.push_str(&diagnostic(r, style));
    }
    out.push('\n');
    out
}

/// The whole human report: conflicts, warnings, then agreements and the summary line.
pub fn human(report: &Report, style: Style) -> String {
    let mut out = String::new();
    for f in report
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::Conflict)
    {
        out.push_str(&with_related(finding_diagnostic(report, f, style), style));
    }
    for c in report.claims.iter().filter(|c| !c.warnings.is_empty()) {
        for d in warning_diagnostics(report, c, style) {
            out.push_str(&diagnostic(&d, style));
            out.push('\n');
        }
    }
    out.push_str(&stale_reviews(report));
    out.push_str(&agreements(report, style));
    out.push_str(&summary_line(report));
    out.push('\n');
    out
}

/// Review entries whose finding has gone, one line each, under a heading; empty when none.
pub fn stale_reviews(report: &Report) -> String {
    if report.stale_reviews.is_empty() {
        return String::new();
    }
    let mut out = String::from("Stale review entries (their finding has gone)\n");
    for s in &report.stale_reviews {
        out.push_str(&format!(
            "  ! {} ({}, {}) at {}:{}: remove it, or review the finding that replaced it\n",
            s.id,
            s.rule,
            s.decision.as_str(),
            s.file,
            s.line
        ));
    }
    out.push('\n');
    out
}

/// The one-line summary: sources read, claims, and what was found.
pub fn summary_line(report: &Report) -> String {
    let s = &report.summary;
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "{} read, {} found: {}, {}, {}, {}; {}",
        plural(s.sources, "source", "sources"),
        plural(s.claims, "claim", "claims"),
        plural(s.conflicts, "conflict", "conflicts"),
        plural(s.agreements, "agreement", "agreements"),
        plural(s.refinements, "refinement", "refinements"),
        format_args!("{} single-source", s.single_source),
        plural(s.warnings, "warning", "warnings"),
    ) + &revision_count(s.revisions)
        + &review_counts(report)
        + &fate_counts(report)
}

/// "; 1 revision" (an outlet's later edition), or nothing when there is none.
pub fn revision_count(revisions: usize) -> String {
    match revisions {
        0 => String::new(),
        1 => "; 1 revision".to_string(),
        n => format!("; {n} revisions"),
    }
}

/// "; 2 files skipped (1 empty, 1 binary), 1 failed (1 bad metadata)", or nothing.
pub fn fate_counts(report: &Report) -> String {
    let mut parts = Vec::new();
    let files = |n: usize| if n == 1 { "file" } else { "files" };
    if !report.skipped.is_empty() {
        parts.push(format!(
            "{} {} skipped ({})",
            report.skipped.len(),
            files(report.skipped.len()),
            crate::source::counts(&report.skipped)
        ));
    }
    if !report.failed.is_empty() {
        parts.push(format!(
            "{} {} failed ({})",
            report.failed.len(),
            files(report.failed.len()),
            crate::source::counts(&report.failed)
        ));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("; {}", parts.join(", "))
    }
}

/// "; 1 reviewed, 1 stale review entry", or nothing when no review file applied.
fn review_counts(report: &Report) -> String {
    let s = &report.summary;
    let mut parts = Vec::new();
    if s.reviewed > 0 {
        parts.push(format!("{} reviewed", s.reviewed));
    }
    if s.stale_reviews > 0 {
        let entries = if s.stale_reviews == 1 {
            "entry"
        } else {
            "entries"
        };
        parts.push(format!("{} stale review {entries}", s.stale_reviews));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("; {}", parts.join(", "))
    }
}

/// Agreements, refinements and single-source claims, one line each.
fn agreements(report: &Report, style: Style) -> String {
    let mut out = String::new();
    let sections = [
        (FindingKind::Revision, "Revisions", "↻"),
        (FindingKind::Agreement, "Agreements", "✓"),
        (FindingKind::Refinement, "Refinements", "⊂"),
        (FindingKind::SingleSource, "Single source", "·"),
    ];
    for (kind, heading, mark) in sections {
        let found: Vec<&FindingEntry> = report.findings.iter().filter(|f| f.kind == kind).collect();
        if found.is_empty() {
            continue;
        }
        out.push_str(heading);
        out.push('\n');
        for f in found {
            let subject = f
                .subject
                .as_deref()
                .map(|s| format!(" [{s}]"))
                .unwrap_or_default();
            // Wrapped to the width, continuation lines indented under the rule id; never
            // inside the finding ID (miette-style hyphen breaks would split `FL-…`).
            let line = format!("{mark} {}{subject}: {} ({})", f.rule, f.message, f.id);
            let options = textwrap::Options::new(style.width.max(40))
                .initial_indent("  ")
                .subsequent_indent("      ")
                .word_splitter(textwrap::WordSplitter::NoHyphenation)
                .break_words(false);
            for wrapped in textwrap::wrap(&line, options) {
                out.push_str(&wrapped);
                out.push('\n');
            }
            if let Some(r) = &f.review {
                out.push_str(&format!("      {}\n", r.describe()));
            }
        }
        out.push('\n');
    }
    out
}

/// A diagnostic assembled at run time: a message, labels into one source, and related
/// diagnostics into others.
#[derive(Debug)]
pub struct Located {
    pub message: String,
    pub code: Option<String>,
    pub severity: miette::Severity,
    pub help: Option<String>,
    pub source: Option<Excerpt>,
    pub labels: Vec<LabeledSpan>,
    pub related: Vec<Located>,
}

impl fmt::Display for Located {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Located {}

impl Diagnostic for Located {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.code
            .as_ref()
            .map(|c| Box::new(c) as Box<dyn fmt::Display>)
    }
    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.labels.is_empty() {
            None
        } else {
            Some(Box::new(self.labels.iter().cloned()))
        }
    }
    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        if self.related.is_empty() {
            None
        } else {
            Some(Box::new(self.related.iter().map(|d| d as &dyn Diagnostic)))
        }
    }
}

fn severity(s: Severity) -> miette::Severity {
    match s {
        Severity::Error => miette::Severity::Error,
        Severity::Warning => miette::Severity::Warning,
        Severity::Info => miette::Severity::Advice,
    }
}

/// The claims of a finding, grouped by source in the order they appear in the finding.
fn by_source(claims: &[Arc<ClaimEntry>]) -> Vec<(usize, Vec<&ClaimEntry>)> {
    let mut groups: Vec<(usize, Vec<&ClaimEntry>)> = Vec::new();
    for c in claims.iter().map(|c| &**c) {
        match groups.iter_mut().find(|(s, _)| *s == c.source_index) {
            Some((_, v)) => v.push(c),
            None => groups.push((c.source_index, vec![c])),
        }
    }
    groups
}

fn excerpt(report: &Report, source: usize, claims: &[&ClaimEntry], style: Style) -> Excerpt {
    Excerpt::new(
        report.sources[source].path.clone(),
        report.excerpts.sources[source].clone(),
        claims.iter().map(|c| c.context).collect(),
        claims.iter().map(|c| c.evidence).collect(),
        excerpt_budget(style),
    )
}

/// How many characters of a sentence fit beside miette's gutter.
fn excerpt_budget(style: Style) -> usize {
    style.width.saturating_sub(12).max(40)
}

fn claim_labels(claims: &[&ClaimEntry], primary: bool) -> Vec<LabeledSpan> {
    claims
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let text = show_value(&c.value, c.modifier);
            let span = (c.in_text.0, c.in_text.1 - c.in_text.0);
            if primary && i == 0 {
                LabeledSpan::new_primary_with_span(Some(text), span)
            } else {
                LabeledSpan::new_with_span(Some(text), span)
            }
        })
        .collect()
}

/// One diagnostic for a finding: a primary label in the anchoring source, and a related
/// diagnostic, under its own file name, for each other source.
pub fn finding_diagnostic(report: &Report, f: &FindingEntry, style: Style) -> Located {
    let groups = by_source(&f.claims);
    let mut values: Vec<String> = Vec::new();
    for c in &f.claims {
        let v = show_value(&c.value, c.modifier);
        if !values.contains(&v) {
            values.push(v);
        }
    }
    let what = match f.kind {
        FindingKind::Conflict => "sources disagree on",
        FindingKind::Refinement => "one source refines another on",
        FindingKind::Revision => "an outlet revised",
        FindingKind::Agreement => "sources agree on",
        FindingKind::SingleSource => "only one source states",
    };
    let subject = f
        .subject
        .as_deref()
        .map(|s| format!(" ({s})"))
        .unwrap_or_default();
    let message = format!("{what} {}{subject}: {}", f.title, values.join(" vs "));
    let mut related = Vec::new();
    for (source, claims) in groups.iter().skip(1) {
        let said: Vec<String> = claims
            .iter()
            .map(|c| show_value(&c.value, c.modifier))
            .collect();
        related.push(Located {
            message: format!("{} says {}", report.sources[*source].path, said.join(", ")),
            code: None,
            severity: miette::Severity::Advice,
            help: None,
            source: Some(excerpt(report, *source, claims, style)),
            labels: claim_labels(claims, false),
            related: Vec::new(),
        });
    }
    let (source, claims) = &groups[0];
    // A reviewed finding still shows, as advice, with the editor's decision and note.
    let (code, severity, reviewed) = match &f.review {
        Some(r) => (
            format!("{} {} reviewed", f.rule, f.id),
            miette::Severity::Advice,
            format!(" {}.", r.describe().trim_end_matches('.')),
        ),
        None => (
            format!("{} {}", f.rule, f.id),
            severity(f.severity),
            String::new(),
        ),
    };
    Located {
        message,
        code: Some(code),
        severity,
        help: Some(format!(
            "{}.{reviewed} To see why: factlint explain {}",
            f.message, f.id
        )),
        source: Some(excerpt(report, *source, claims, style)),
        labels: claim_labels(claims, true),
        related,
    }
}

/// One warning diagnostic per grammar warning on a claim: the misspelled month, the weekday that
/// contradicts its date.
pub fn warning_diagnostics(report: &Report, c: &ClaimEntry, style: Style) -> Vec<Located> {
    c.warnings
        .iter()
        .map(|w| {
            let mut windows = vec![c.context];
            windows.extend(w.spans.iter().copied());
            let labels = if w.spans.is_empty() {
                vec![LabeledSpan::new_primary_with_span(
                    Some(c.value.to_string()),
                    (c.in_text.0, c.in_text.1 - c.in_text.0),
                )]
            } else {
                w.spans
                    .iter()
                    .enumerate()
                    .map(|(i, &(s, e))| {
                        let label = if i == 0 {
                            Some(format!("read as {}", c.value))
                        } else {
                            None
                        };
                        if i == 0 {
                            LabeledSpan::new_primary_with_span(label, (s, e - s))
                        } else {
                            LabeledSpan::new_with_span(label, (s, e - s))
                        }
                    })
                    .collect()
            };
            Located {
                message: w.message.clone(),
                code: Some(format!("{} {}", c.rule, w.code.as_str())),
                severity: miette::Severity::Warning,
                help: None,
                source: Some(Excerpt::new(
                    c.source.to_string(),
                    report.excerpts.sources[c.source_index].clone(),
                    windows,
                    vec![c.evidence],
                    excerpt_budget(style),
                )),
                labels,
                related: Vec::new(),
            }
        })
        .collect()
}

/// `factlint scan` for people: each line that holds mentions, then one marker line per mention
/// with its kind, value and `mod`.
pub fn scan_listing(text: &str, mentions: &[crate::value::Mention]) -> String {
    let mut out = String::new();
    let mut line_start = 0;
    let mut next = 0;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let line_end = line_start + line.len();
        let here: Vec<&crate::value::Mention> = mentions[next..]
            .iter()
            .take_while(|m| m.start < line_end)
            .collect();
        next += here.len();
        if !here.is_empty() {
            let shown = line.trim_end_matches(['\n', '\r']);
            out.push_str(&format!("{:>5} │ {shown}\n", n + 1));
            for m in here {
                let col = text[line_start..m.start.max(line_start)].chars().count();
                let end = m.end.min(line_start + shown.len()).max(m.start);
                let width = text[m.start..end].chars().count().max(1);
                let modifier = m.modifier.map(|x| format!(" {x}")).unwrap_or_default();
                // "depuis 1994": what a duration rule reads there.
                let since = m.since.map_or_else(String::new, |r| {
                    let m = r.modifier.map(|x| format!(" {x}")).unwrap_or_default();
                    format!(" (duration rules: {}{m})", r.value)
                });
                let warnings: String = m
                    .warnings
                    .iter()
                    .map(|w| format!(" ⚠ {}", w.code.as_str()))
                    .collect();
                out.push_str(&format!(
                    "      │ {}{} {} {}{modifier}{since}{warnings}\n",
                    " ".repeat(col),
                    "^".repeat(width),
                    m.kind,
                    m.value
                ));
            }
        }
        line_start = line_end;
    }
    out.push_str(&format!("{} mention(s)\n", mentions.len()));
    out
}

/// The grammar's warnings on a scanned text, as miette diagnostics, each with every span it names.
pub fn mention_warnings(
    name: &str,
    text: &str,
    mentions: &[crate::value::Mention],
    style: Style,
) -> Vec<String> {
    let whole: Arc<str> = Arc::from(text);
    let sentences = crate::rules::sentences(&whole);
    let text = Arc::new(SourceExcerpts::whole(whole));
    let mut out = Vec::new();
    for m in mentions {
        for w in &m.warnings {
            let mut windows: Vec<(usize, usize)> = Vec::new();
            let mut labels = Vec::new();
            for (i, s) in w.spans.iter().enumerate() {
                // Sentences are in text order and disjoint: a binary search, not a scan per
                // warning (which made `scan` quadratic in its warnings).
                let before = sentences.partition_point(|r| r.start <= s.start);
                if let Some(sentence) = sentences[..before].last().filter(|r| s.end <= r.end) {
                    windows.push((sentence.start, sentence.end));
                }
                let label = if i == 0 {
                    format!("read as {}", m.value)
                } else {
                    String::new()
                };
                let span = (s.start, s.end.saturating_sub(s.start));
                labels.push(if i == 0 {
                    LabeledSpan::new_primary_with_span(Some(label), span)
                } else {
                    LabeledSpan::new_with_span(None, span)
                });
            }
            let d = Located {
                message: w.message.clone(),
                code: Some(w.code.as_str().to_string()),
                severity: miette::Severity::Warning,
                help: None,
                source: Some(Excerpt::new(
                    name.to_string(),
                    text.clone(),
                    windows,
                    vec![(m.start, m.end)],
                    excerpt_budget(style),
                )),
                labels,
                related: Vec::new(),
            };
            out.push(diagnostic(&d, style));
        }
    }
    out
}
