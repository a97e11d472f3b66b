//! `factlint explain FINDING-ID`: how a finding was derived, step by step, so that an editor can
//! check the machine's reading before acting on it.
//!
//! For each claim: the rule and the pattern that matched, the sentence and the words matched,
//! and the value as written; then the normalization steps, as the grammar reports them
//! ([`crate::grammar::derive()`]: the `mod` and the words that set it, the digits and their
//! thousands separator, a year that was not written and the publication date it was resolved
//! against, and where that date came from); then the interval each value
//! stands for, with what widened it. Last, every pair of claims compared, with the tolerance,
//! and why the verdict is agreement, refinement or conflict.
//!
//! Pure: works on sources, claims and findings already computed.

use std::fmt::Write;

use crate::compare::{self, Finding, FindingKind, Relation};
use crate::extract::Claim;
use crate::grammar::{self, derive::What};
use crate::report::{line_column, show_value};
use crate::review::Reviewed;
use crate::rules::{self, RuleSet};
use crate::source::Source;
use crate::value::{DateValue, Interval, Mention, Mod, Value, ValueKind};

/// The marker [`crate::lint::fill_metadata`]'s callers leave in a source's note when its
/// publication date came from the command line.
pub const PUBLISHED_FROM_FLAG: &str = "publication date from --published";

/// The derivation of `finding`, for people.
pub fn explain(
    rules: &RuleSet,
    sources: &[Source],
    claims: &[Claim],
    finding: &Finding,
    review: Option<&Reviewed>,
) -> String {
    let rule = &rules.rules[finding.rule];
    let mut out = String::new();
    let subject = finding
        .subject
        .as_deref()
        .map(|s| format!(" [{s}]"))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "{}: {} on {}{subject} — {}",
        finding.id,
        finding.kind.as_str(),
        rule.id,
        rule.title
    );
    let tolerance = rule
        .tolerance
        .map(|t| rules::tolerance_text(t, rule))
        .unwrap_or_else(|| "none".to_string());
    let _ = writeln!(
        out,
        "rule {} ({}:{}:{}): kind {}{}, tolerance {tolerance}",
        rule.id,
        rule.origin.file.display(),
        rule.origin.line,
        rule.origin.column,
        rules::kind_name(rule.kind),
        rule.unit
            .as_deref()
            .map(|u| format!(" of {u}"))
            .unwrap_or_default(),
    );

    // The anchor first, then source order, as in every other format.
    let mut ids = finding.claims.clone();
    ids.sort_by_key(|&i| (i != finding.primary, claims[i].source, claims[i].span.start));
    for (n, &i) in ids.iter().enumerate() {
        out.push('\n');
        out.push_str(&claim_section(
            rules,
            sources,
            &claims[i],
            n + 1,
            ids.len(),
            i == finding.primary,
        ));
    }

    out.push('\n');
    out.push_str(&comparison(rules, sources, claims, finding, &ids));
    if let Some(r) = review {
        let _ = writeln!(out, "\n{}", r.describe());
    }
    out
}

fn claim_section(
    rules: &RuleSet,
    sources: &[Source],
    c: &Claim,
    n: usize,
    of: usize,
    primary: bool,
) -> String {
    let source = &sources[c.source];
    let rule = &rules.rules[c.rule];
    let text = &source.text;
    let (line, column) = line_column(text, c.span.start);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "claim {n} of {of}{}: {}:{line}:{column}",
        if primary { " (primary)" } else { "" },
        source.display_path()
    );
    let _ = writeln!(out, "  matched by {}", c.by.describe(rule, text));
    let _ = writeln!(out, "  sentence  {}", one_line(&text[c.context.clone()]));
    let _ = writeln!(out, "  matched   “{}”", one_line(&text[c.evidence.clone()]));
    let raw = &text[c.span.clone()];
    let _ = writeln!(out, "  raw text  “{}”", one_line(raw));
    out.push_str("  steps\n");
    for (k, step) in steps(source, c, raw).iter().enumerate() {
        let _ = writeln!(out, "    {}. {step}", k + 1);
    }
    let _ = writeln!(out, "  value     {}", timex(c));
    for w in &c.warnings {
        let _ = writeln!(out, "  warning   {}: {}", w.code.as_str(), w.message);
    }
    out.push_str(&interval_lines(rules, c));
    out
}

/// `2023-09`, `~10000 (10000, mod APPROX)`: the normal form, with the `mod` spelled out.
fn timex(c: &Claim) -> String {
    match c.modifier {
        Some(m) => format!(
            "{} ({}, mod {m})",
            show_value(&c.value, c.modifier),
            c.value
        ),
        None => c.value.to_string(),
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The normalization steps that turned `raw` into the claim's value: the grammar's own
/// account ([`grammar::derive`]), with the meaning of the `mod` for comparison and where the
/// publication date came from.
fn steps(source: &Source, c: &Claim, raw: &str) -> Vec<String> {
    let mention = Mention {
        kind: c.value.kind(),
        start: c.span.start.saturating_sub(source.body_start),
        end: c.span.end.saturating_sub(source.body_start),
        value: c.value,
        modifier: c.modifier,
        warnings: Vec::new(),
        since: None,
        range: None,
    };
    let derivation = grammar::derive(
        source.body(),
        source.meta.lang,
        source.meta.published,
        &mention,
    );
    let mut out = Vec::new();
    if !derivation.found {
        out.push(
            "the grammar does not read this value here any more: no steps to show".to_string(),
        );
    }
    let mut mod_explained = false;
    for step in &derivation.steps {
        let mut line = step.to_string();
        match &step.what {
            What::Mod(_) | What::Collective(_) if !mod_explained => {
                let m = c.modifier.unwrap_or(match step.what {
                    What::Mod(m) => m,
                    _ => Mod::Approx,
                });
                line = format!("{line} ({})", mod_meaning(m, &c.value));
                mod_explained = true;
            }
            _ => {}
        }
        if let Some(p) = source.meta.published {
            let at = format!("the publication date {p}");
            if line.contains(&at) {
                line = line.replacen(&at, &format!("{at} (from {})", published_origin(source)), 1);
            }
        }
        out.push(line);
    }
    if let Some(m) = c.modifier.filter(|_| !mod_explained) {
        out.push(format!("mod: {m} ({})", mod_meaning(m, &c.value)));
    }
    if let Value::NumberRange(from, to) = c.value {
        out.push(format!(
            "range: from {from} to {to}, each end at its own precision (a count inside agrees, one outside \
             conflicts)"
        ));
    }
    if let Value::Date(d) = c.value {
        out.push(format!(
            "date: “{}” → {} ({} precision)",
            raw.trim(),
            d,
            precision_name(d)
        ));
    }
    out
}

fn mod_meaning(m: Mod, value: &Value) -> &'static str {
    match m {
        Mod::Approx if matches!(value, Value::Date(_)) => {
            "approximate: widened by one unit of its precision either way"
        }
        Mod::Approx => "approximate: widened by a tenth either way",
        Mod::MoreThan if matches!(value, Value::Date(_)) => {
            "more than: from the value on, with no upper bound"
        }
        Mod::MoreThan => {
            "more than: from the value up to half as much again (two of its rounding steps at least; no upper bound for a power of ten)"
        }
        Mod::LessThan => "less than: up to the value, with no lower bound",
        Mod::Start => "the first third of the period",
        Mod::Mid => "the middle third of the period",
        Mod::End => "the last third of the period",
    }
}

fn precision_name(d: DateValue) -> &'static str {
    match d {
        DateValue::Day { .. } => "day",
        DateValue::Week { .. } | DateValue::WeekEnd { .. } => "week",
        DateValue::Month { .. } => "month",
        DateValue::Season { .. } => "season",
        DateValue::Quarter { .. } => "quarter",
        DateValue::Half { .. } => "half-year",
        DateValue::Year { .. } => "year",
        DateValue::Decade { .. } => "decade",
        DateValue::Century { .. } => "century",
        DateValue::Range { .. } => "range",
        DateValue::Ref(_) | DateValue::Weekday { .. } => "relative",
    }
}

/// Where a source's publication date came from.
fn published_origin(source: &Source) -> String {
    let inferred = source.meta.inferred.iter().any(|f| f == "published");
    let how = if inferred {
        ", inferred from the text"
    } else {
        ""
    };
    if source
        .meta
        .note
        .as_deref()
        .is_some_and(|n| n.contains(PUBLISHED_FROM_FLAG))
    {
        return "the command line, --published".to_string();
    }
    if source.body_start > 0 {
        return format!("the front matter of {}{how}", source.display_path());
    }
    let dir = source
        .path
        .parent()
        .map(|p| p.join(crate::source::SOURCES_FILE))
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .unwrap_or_else(|| crate::source::SOURCES_FILE.to_string());
    format!("{dir}{how}")
}

/// A point on a kind's axis, as people read it.
fn axis_point(kind: ValueKind, x: f64) -> String {
    if x.is_infinite() {
        return if x > 0.0 {
            "∞".into()
        } else {
            "−∞".into()
        };
    }
    match kind {
        ValueKind::Date => {
            let days = x.floor() as i64;
            let frac = x - x.floor();
            let epoch = jiff::civil::date(1970, 1, 1);
            match jiff::Span::new()
                .try_days(days)
                .ok()
                .and_then(|s| epoch.checked_add(s).ok())
            {
                Some(d) if frac.abs() < 1e-9 => d.to_string(),
                Some(d) => format!("{d}+{:.1}d", frac),
                None => format!("day {x}"),
            }
        }
        ValueKind::Duration => {
            let days = x / 86_400.0;
            format!("{} days", trim_number(days))
        }
        ValueKind::Number => trim_number(x),
    }
}

fn trim_number(x: f64) -> String {
    if (x - x.round()).abs() < 1e-9 {
        format!("{}", x.round() as i64)
    } else {
        let s = format!("{x:.3}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

fn show_interval(kind: ValueKind, iv: Interval) -> String {
    if iv.lo == iv.hi {
        format!("[{}]", axis_point(kind, iv.lo))
    } else {
        format!("[{}, {}]", axis_point(kind, iv.lo), axis_point(kind, iv.hi))
    }
}

fn interval_lines(rules: &RuleSet, c: &Claim) -> String {
    let rule = &rules.rules[c.rule];
    let kind = rule.kind;
    let Some(core) = compare::core_interval(&c.value, c.modifier) else {
        return "  interval  none: the value cannot be placed (an unknown year, an unsaid amount), so it is not compared\n".to_string();
    };
    let effective = compare::effective_interval(&c.value, c.modifier, rule.tolerance);
    let mut out = format!("  interval  {}", show_interval(kind, core));
    let widened: Vec<&str> = [
        (c.modifier == Some(Mod::Approx)).then_some("APPROX"),
        rule.tolerance.map(|_| "half the tolerance each side"),
    ]
    .into_iter()
    .flatten()
    .collect();
    if let Some(e) = effective.filter(|e| *e != core) {
        let _ = write!(
            out,
            " → {} with {}",
            show_interval(kind, e),
            widened.join(" and ")
        );
    }
    // Say where a count's or a duration's width comes from: the precision of its wording.
    if !matches!(c.value, crate::value::Value::Date(_))
        && c.value
            .interval()
            .is_some_and(|exact| exact != crate::precision::implied(&c.value).unwrap_or(exact))
    {
        out.push_str("  (a round figure or a count of units: its wording implies this precision)");
    }
    out.push('\n');
    out
}

fn comparison(
    rules: &RuleSet,
    sources: &[Source],
    claims: &[Claim],
    finding: &Finding,
    ids: &[usize],
) -> String {
    let rule = &rules.rules[finding.rule];
    let kind = rule.kind;
    let mut out = String::new();
    let name = |c: &Claim| {
        format!(
            "{} {}",
            sources[c.source].short_name(),
            show_value(&c.value, c.modifier)
        )
    };
    let effective = |c: &Claim| {
        compare::effective_interval(&c.value, c.modifier, rule.tolerance)
            .map(|iv| show_interval(kind, iv))
            .unwrap_or_else(|| "(none)".to_string())
    };
    let tolerance = rule
        .tolerance
        .map(|t| rules::tolerance_text(t, rule))
        .unwrap_or_else(|| "none: values must overlap as stated".to_string());
    let _ = writeln!(out, "comparison (tolerance: {tolerance})");
    if ids.len() < 2 {
        let _ = writeln!(out, "  one claim: nothing to compare it with");
    }
    let mut conflicts = 0;
    let mut refinements = 0;
    // Each distinct pair once; pairs of the same value from one source add nothing.
    let mut shown: Vec<(String, String)> = Vec::new();
    for (x, &i) in ids.iter().enumerate() {
        for &j in &ids[x + 1..] {
            let (a, b) = (&claims[i], &claims[j]);
            let key = (name(a), name(b));
            if shown.contains(&key) {
                continue;
            }
            shown.push(key);
            let relation = compare::relate(a, b, rule.tolerance);
            let why = match relation {
                Relation::Agree if a.value == b.value && a.modifier == b.modifier => {
                    "the same value → agree".to_string()
                }
                Relation::Agree => "the intervals overlap → agree".to_string(),
                Relation::Contains | Relation::ContainedBy => {
                    refinements += 1;
                    let (coarse, fine) = if relation == Relation::Contains {
                        (a, b)
                    } else {
                        (b, a)
                    };
                    format!(
                        "{} lies inside {}, at a finer precision → refine (they agree)",
                        show_value(&fine.value, fine.modifier),
                        show_value(&coarse.value, coarse.modifier)
                    )
                }
                Relation::Conflict => {
                    conflicts += 1;
                    "the intervals are disjoint → conflict".to_string()
                }
                Relation::Unknown => "one value cannot be placed → not compared".to_string(),
            };
            let _ = writeln!(
                out,
                "  {} {}  vs  {} {}: {why}",
                name(a),
                effective(a),
                name(b),
                effective(b)
            );
        }
    }
    let verdict = match finding.kind {
        FindingKind::Conflict if finding.within_source => format!(
            "conflict: one source states two values whose intervals are disjoint ({conflicts} disjoint pair(s))"
        ),
        FindingKind::Conflict => format!(
            "conflict: {conflicts} pair(s) of claims have disjoint intervals{}; the primary label is on the claim that disagrees with the most others",
            if rule.tolerance.is_some() {
                ", even with the tolerance"
            } else {
                ""
            }
        ),
        FindingKind::Refinement => format!(
            "refinement: the sources agree, and a coarser value contains a finer one ({refinements} such pair(s)); not an error"
        ),
        FindingKind::Revision => {
            "revision: one outlet (or one canonical URL) gave another value in a later edition; the later value is compared with other outlets".to_string()
        }
        FindingKind::Agreement => {
            "agreement: every pair of claims overlaps; no source contradicts another".to_string()
        }
        FindingKind::SingleSource => {
            "single-source: only one source states this claim; nothing corroborates or contradicts it"
                .to_string()
        }
    };
    let _ = writeln!(out, "verdict: {verdict}");
    out
}
