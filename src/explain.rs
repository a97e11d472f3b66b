//! `factlint explain FINDING-ID`: how a finding was derived, step by step, so that an editor can
//! check the machine's reading before acting on it.
//!
//! For each claim: the rule and the pattern that matched, the sentence and the words matched,
//! and the value as written; then the normalization steps (the `mod` and the words that set it,
//! the digits and their thousands separator, a year that was not written and the publication
//! date it was resolved against, and where that date came from); then the interval each value
//! stands for, with what widened it. Last, every pair of claims compared, with the tolerance,
//! and why the verdict is agreement, refinement or conflict.
//!
//! Pure: works on sources, claims and findings already computed.

use std::fmt::Write;

use crate::compare::{self, Finding, FindingKind, Relation};
use crate::extract::Claim;
use crate::report::{line_column, show_value};
use crate::review::Reviewed;
use crate::rules::{self, RuleSet};
use crate::source::Source;
use crate::value::{DateValue, Interval, Mod, Value, ValueKind};

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
        kind_name(rule.kind),
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

fn kind_name(kind: ValueKind) -> &'static str {
    match kind {
        ValueKind::Date => "date",
        ValueKind::Duration => "duration",
        ValueKind::Number => "count",
    }
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
    let pattern = &rule.patterns[c.pattern];
    let _ = writeln!(
        out,
        "  pattern   #{} of {}: {}",
        c.pattern + 1,
        rule.id,
        pattern.source
    );
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

/// The normalization steps that turned `raw` into the claim's value.
fn steps(source: &Source, c: &Claim, raw: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(m) = c.modifier {
        let words = modifier_words(raw, &c.value);
        out.push(match words {
            Some(w) => format!("mod: “{w}” → {m} ({})", mod_meaning(m, &c.value)),
            None => format!("mod: {m} ({})", mod_meaning(m, &c.value)),
        });
    }
    match c.value {
        Value::Number(_) => out.push(number_step(raw, &c.value)),
        Value::Duration(_) => out.push(format!(
            "duration: “{}” → {} (TIMEX3 duration, one unit)",
            raw.trim(),
            c.value
        )),
        Value::Date(d) => out.extend(date_steps(source, raw, d)),
    }
    out
}

fn mod_meaning(m: Mod, value: &Value) -> &'static str {
    match m {
        Mod::Approx if matches!(value, Value::Date(_)) => {
            "approximate: widened by one unit of its precision either way"
        }
        Mod::Approx => "approximate: widened by a tenth either way",
        Mod::MoreThan => "more than: from the value up, with no upper bound",
        Mod::LessThan => "less than: up to the value, with no lower bound",
        Mod::Start => "the first third of the period",
        Mod::Mid => "the middle third of the period",
        Mod::End => "the last third of the period",
    }
}

/// The words before the value that qualify it: what precedes the first digit, or for a value
/// in words, nothing we can separate reliably.
fn modifier_words<'t>(raw: &'t str, value: &Value) -> Option<&'t str> {
    let first_digit = raw.find(|c: char| c.is_ascii_digit())?;
    let before = raw[..first_digit].trim();
    // A month name before a year ("septembre 2023") is the date, not its qualifier.
    if matches!(value, Value::Date(_)) {
        let words: Vec<&str> = before.split_whitespace().collect();
        let qualifier: Vec<&str> = words
            .iter()
            .take_while(|w| !is_month_word(w))
            .copied()
            .collect();
        let q = qualifier.join(" ");
        return (!q.is_empty()).then(|| {
            let end = raw
                .find(qualifier.last().copied().unwrap_or(""))
                .unwrap_or(0)
                + qualifier.last().map_or(0, |w| w.len());
            raw[..end].trim()
        });
    }
    (!before.is_empty()).then_some(before)
}

fn is_month_word(w: &str) -> bool {
    const MONTHS: [&str; 24] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let w = w.to_lowercase();
    MONTHS.iter().any(|m| w.starts_with(m))
}

/// How the digits were read: the thousands separator (space, no-break space, dot…) or the
/// decimal comma, or a number written in words.
fn number_step(raw: &str, value: &Value) -> String {
    let Some(start) = raw.find(|c: char| c.is_ascii_digit()) else {
        return format!("number written in words: “{}” → {value}", raw.trim());
    };
    let rest = &raw[start..];
    let mut end = 0;
    let mut separators: Vec<char> = Vec::new();
    let chars: Vec<(usize, char)> = rest.char_indices().collect();
    for (k, &(i, ch)) in chars.iter().enumerate() {
        if ch.is_ascii_digit() {
            end = i + 1;
            continue;
        }
        let next_is_digit = chars.get(k + 1).is_some_and(|(_, n)| n.is_ascii_digit());
        if next_is_digit && matches!(ch, ' ' | '\u{a0}' | '\u{202f}' | '.' | ',' | '\'') {
            separators.push(ch);
            continue;
        }
        break;
    }
    let digits = &rest[..end];
    let mut notes: Vec<String> = Vec::new();
    let mut seps = separators.clone();
    seps.dedup();
    for sep in seps {
        let groups_after: Vec<usize> = digits
            .split(sep)
            .skip(1)
            .map(|g| g.chars().take_while(char::is_ascii_digit).count())
            .collect();
        let thousands = groups_after.iter().all(|&n| n == 3);
        if sep == ',' && !thousands {
            notes.push("decimal comma".to_string());
        } else if sep == '.' && !thousands {
            notes.push("decimal point".to_string());
        } else {
            notes.push(format!("thousands separator: {}", separator_name(sep)));
        }
    }
    let tail = raw[start + end..].trim();
    let scale = if tail.is_empty() {
        String::new()
    } else {
        format!(", scale “{tail}”")
    };
    if notes.is_empty() {
        format!("number: “{digits}”{scale} → {value}")
    } else {
        format!("number: “{digits}” ({}){scale} → {value}", notes.join(", "))
    }
}

fn separator_name(c: char) -> &'static str {
    match c {
        ' ' => "space",
        '\u{a0}' => "no-break space U+00A0",
        '\u{202f}' => "narrow no-break space U+202F",
        '.' => "dot",
        ',' => "comma",
        '\'' => "apostrophe",
        _ => "other",
    }
}

/// For a date: which parts were written, and for a year that was not, the publication date
/// it was resolved against and where that date came from.
fn date_steps(source: &Source, raw: &str, d: DateValue) -> Vec<String> {
    let mut out = Vec::new();
    let year = date_year(d);
    let written_year = year.is_some_and(|y| raw.contains(&format!("{y:04}")));
    match year {
        Some(y) if !written_year => {
            let published = source
                .meta
                .published
                .map(|p| p.to_string())
                .unwrap_or_else(|| "?".to_string());
            out.push(format!(
                "year: not written; {y} resolved against the publication date {published} (from {}): the tense of the sentence says whether the date is before or after it",
                published_origin(source)
            ));
        }
        Some(y) => out.push(format!("year: {y}, as written")),
        None => {
            if matches!(
                d,
                DateValue::Year { .. } | DateValue::Decade { .. } | DateValue::Century { .. }
            ) {
            } else if source.meta.published.is_none() {
                out.push(
                    "year: not written, and no publication date is known: left as XXXX, so this claim cannot be placed in time"
                        .to_string(),
                );
            } else {
                out.push("year: not resolved (XXXX)".to_string());
            }
        }
    }
    out.push(format!(
        "date: “{}” → {} ({} precision)",
        raw.trim(),
        d,
        precision_name(d)
    ));
    out
}

fn date_year(d: DateValue) -> Option<i32> {
    match d {
        DateValue::Day { year, .. }
        | DateValue::Month { year, .. }
        | DateValue::Season { year, .. }
        | DateValue::Quarter { year, .. }
        | DateValue::Half { year, .. }
        | DateValue::Week { year, .. }
        | DateValue::WeekEnd { year, .. } => year,
        DateValue::Year { year } => Some(year),
        _ => None,
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
