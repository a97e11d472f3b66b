//! SARIF 2.1.0, the format code-scanning tools (GitHub code scanning among them) read.
//!
//! One result per finding, anchored on the finding's primary claim, with a `relatedLocations`
//! entry for each other claim, so that a conflict points into every source as it does in the
//! terminal. Conflicts are `kind: fail` at the rule's severity; agreements are `pass`,
//! refinements and single-source claims `informational` (both at level `none`, as SARIF
//! requires of results that are not failures). A reviewed finding carries an external,
//! accepted `suppression` whose justification is the editor's note. Grammar warnings and stale
//! review entries are results of their own. The finding ID is the result's partial
//! fingerprint, and it is in every message.
//!
//! Every file the run did not read is a tool execution notification of the run's invocation
//! (`invocations[0].toolExecutionNotifications`): its path, its place when it has one, and the
//! fate's reason as the notification descriptor's id (`empty`, `binary`, `unreadable`…, each
//! described once in the driver's `notifications`); failures are errors, skipped files
//! warnings (notes when skipped by name), and a guessed encoding is a warning too.
//! `executionSuccessful` is false only when nothing could be checked (no article read; for
//! `lint`, no new article).
//!
//! Columns count Unicode code points (`columnKind: unicodeCodePoints`), as the other formats
//! do; byte offsets are given too. Paths are relative URIs, percent-encoded, or `file://` URIs
//! for absolute paths.

use serde_json::{Value as Json, json};

use crate::compare::FindingKind;
use crate::report::{ClaimEntry, FindingEntry, LineIndex, Report, show_value};
use crate::rules::Severity;
use crate::source::Reason;

use super::Output;

/// The SARIF log of a report.
pub fn log(output: Output<'_>) -> Json {
    let report = output.report();
    let mut rules: Vec<(String, Json)> = Vec::new();
    let mut results: Vec<Json> = Vec::new();

    for f in &report.findings {
        let index = rule_index(&mut rules, &f.rule, || {
            json!({
                "id": f.rule,
                "name": rule_name(&f.rule),
                "shortDescription": { "text": f.title },
                "defaultConfiguration": { "level": level(f.severity) },
            })
        });
        results.push(finding_result(report, f, index, output));
    }
    for c in report.claims.iter().filter(|c| !c.warnings.is_empty()) {
        for w in &c.warnings {
            let id = format!("grammar/{}", w.code.as_str());
            let index = rule_index(&mut rules, &id, || {
                json!({
                    "id": id,
                    "name": rule_name(w.code.as_str()),
                    "shortDescription": { "text": "The value was read, but something in how it is written looks wrong" },
                    "defaultConfiguration": { "level": "warning" },
                })
            });
            results.push(json!({
                "ruleId": id,
                "ruleIndex": index,
                "kind": "fail",
                "level": "warning",
                "message": { "text": format!("{} (claim of {}: {})", w.message, c.rule, show_value(&c.value, c.modifier)) },
                "locations": [location(report, c, None)],
            }));
        }
    }
    for s in &report.stale_reviews {
        let id = "review/stale-entry";
        let index = rule_index(&mut rules, id, || {
            json!({
                "id": id,
                "name": "StaleReviewEntry",
                "shortDescription": { "text": "A review decision whose finding has gone" },
                "defaultConfiguration": { "level": "warning" },
            })
        });
        results.push(json!({
            "ruleId": id,
            "ruleIndex": index,
            "kind": "fail",
            "level": "warning",
            "message": { "text": format!(
                "stale review entry {} ({}, {}): its finding has gone; remove it, or review the finding that replaced it",
                s.id, s.rule, s.decision.as_str()
            ) },
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": { "uri": uri(&s.file) },
                    "region": { "startLine": s.line },
                }
            }],
            "partialFingerprints": { "factlintFindingId/v1": s.id },
        }));
    }

    let mut log = document(
        json!(rules.into_iter().map(|(_, r)| r).collect::<Vec<_>>()),
        results,
    );
    let (descriptors, invocation) = invocation(output);
    log["runs"][0]["tool"]["driver"]["notifications"] = json!(descriptors);
    log["runs"][0]["invocations"] = json!([invocation]);
    log
}

/// The id of the notification of a guessed encoding.
const GUESSED_ENCODING: &str = "encoding-guessed";

/// The run's invocation, whose notifications name every file not read (and every guessed
/// encoding), with the descriptors they refer to.
fn invocation(output: Output<'_>) -> (Vec<Json>, Json) {
    let report = output.report();
    let mut descriptors: Vec<(String, Json)> = Vec::new();
    let mut notifications: Vec<Json> = Vec::new();
    let fates = report.failed.iter().chain(&report.skipped);
    for f in fates {
        let id = serde_json::to_value(f.reason)
            .ok()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default();
        let (fate, level) = match f.reason {
            r if r.is_failure() => ("failed", "error"),
            Reason::NotText => ("skipped", "note"),
            _ => ("skipped", "warning"),
        };
        let index = rule_index(&mut descriptors, &id, || {
            json!({
                "id": id,
                "name": rule_name(&id),
                "shortDescription": { "text": format!("A file {fate}: {}", f.reason.describe()) },
                "defaultConfiguration": { "level": level },
            })
        });
        let mut region = json!({});
        if let Some(line) = f.line {
            region["startLine"] = json!(line);
        }
        if let Some(column) = f.column {
            region["startColumn"] = json!(column);
        }
        let mut physical = json!({ "artifactLocation": { "uri": uri(&f.path) } });
        if f.line.is_some() {
            physical["region"] = region;
        }
        notifications.push(json!({
            "descriptor": { "id": id, "index": index },
            "level": level,
            "message": { "text": format!("{fate} {}: {}", f.path, f.message) },
            "locations": [{ "physicalLocation": physical }],
            "properties": { "fate": fate, "reason": id },
        }));
    }
    for s in report.sources.iter().filter(|s| s.encoding_guessed) {
        let index = rule_index(&mut descriptors, GUESSED_ENCODING, || {
            json!({
                "id": GUESSED_ENCODING,
                "name": rule_name(GUESSED_ENCODING),
                "shortDescription": { "text": "A file not in UTF-8 and with no byte-order mark, read in a guessed encoding" },
                "defaultConfiguration": { "level": "warning" },
            })
        });
        let encoding = s.encoding.as_deref().unwrap_or("?");
        notifications.push(json!({
            "descriptor": { "id": GUESSED_ENCODING, "index": index },
            "level": "warning",
            "message": { "text": format!(
                "{}: not UTF-8 and no byte-order mark; read as {encoding} (a guess: convert it to UTF-8 to be sure)",
                s.path
            ) },
            "locations": [{ "physicalLocation": { "artifactLocation": { "uri": uri(&s.path) } } }],
            "properties": { "encoding": encoding },
        }));
    }
    let checked = match output {
        Output::Check(r) => !r.sources.is_empty(),
        Output::Lint(l) => !l.new_sources.is_empty(),
    };
    let invocation = json!({
        "executionSuccessful": checked,
        "toolExecutionNotifications": notifications,
    });
    (
        descriptors.into_iter().map(|(_, d)| d).collect(),
        invocation,
    )
}

/// A SARIF 2.1.0 log of one factlint run: the driver with `rules`, and `results`.
pub fn document(rules: Json, results: Vec<Json>) -> Json {
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "factlint",
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    })
}

/// The index of rule `id` in the driver's rules, adding it on first use.
fn rule_index(rules: &mut Vec<(String, Json)>, id: &str, make: impl FnOnce() -> Json) -> usize {
    if let Some(i) = rules.iter().position(|(r, _)| r == id) {
        return i;
    }
    rules.push((id.to_string(), make()));
    rules.len() - 1
}

/// `offensive-date` → `OffensiveDate`: SARIF's `name` is an identifier-like string.
fn rule_name(id: &str) -> String {
    id.split(['-', '/', '_'])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn finding_result(report: &Report, f: &FindingEntry, index: usize, output: Output<'_>) -> Json {
    let (kind, level) = match f.kind {
        FindingKind::Conflict => ("fail", level(f.severity)),
        FindingKind::Agreement => ("pass", "none"),
        FindingKind::Refinement | FindingKind::SingleSource | FindingKind::Revision => {
            ("informational", "none")
        }
    };
    let what = match f.kind {
        FindingKind::Conflict => "sources disagree on",
        FindingKind::Refinement => "one source refines another on",
        FindingKind::Revision => "an outlet revised",
        FindingKind::Agreement => "sources agree on",
        FindingKind::SingleSource => "only one source states",
    };
    let explain = match output.explain_args() {
        a if a.is_empty() => format!("factlint explain {}", f.id),
        a => format!("factlint explain {} {a}", f.id),
    };
    let mut message = format!(
        "{what} {}: {}. Finding {}; to see why: {explain}",
        f.title, f.message, f.id
    );
    if let Some(r) = &f.review {
        message.push_str(&format!(". {}", r.describe()));
    }
    let primary = &f.claims[0];
    let related: Vec<Json> = f.claims[1..]
        .iter()
        .enumerate()
        .map(|(i, c)| {
            location(
                report,
                c,
                Some((
                    i + 1,
                    format!("{} says {}", c.source, show_value(&c.value, c.modifier)),
                )),
            )
        })
        .collect();
    let mut properties = json!({
        "findingId": f.id,
        "findingKind": f.kind.as_str(),
    });
    if let Some(s) = &f.subject {
        properties["subject"] = json!(s);
    }
    let mut result = json!({
        "ruleId": f.rule,
        "ruleIndex": index,
        "kind": kind,
        "level": level,
        "message": { "text": message },
        "locations": [location(report, primary, None)],
        "partialFingerprints": { "factlintFindingId/v1": f.id },
        "properties": properties,
    });
    if !related.is_empty() {
        result["relatedLocations"] = json!(related);
    }
    if let Some(r) = &f.review {
        result["suppressions"] = json!([{
            "kind": "external",
            "status": "accepted",
            "justification": format!("{}: {}", r.decision.describe(), r.note.trim()),
            "properties": {
                "decision": r.decision.as_str(),
                "author": r.author,
                "date": r.date,
            },
        }]);
    }
    result
}

/// A claim's location: its value's region, and the sentence around it as the context region.
/// `related` gives the id and message of a related location.
fn location(report: &Report, c: &ClaimEntry, related: Option<(usize, String)>) -> Json {
    let excerpts = &report.excerpts;
    let source = c.source_index;
    let mut loc = location_of(
        c,
        c.context,
        |offset| excerpts.line_column(source, offset),
        excerpts.get(source, c.context.0..c.context.1),
    );
    if let Some((id, message)) = related {
        loc["id"] = json!(id);
        loc["message"] = json!({ "text": message });
    }
    loc
}

/// The SARIF location of claim `c` in `text` (its source's text, with its line index
/// `lines`): the value's region, and `context` (a byte range of `text`) as the context region.
pub fn claim_location(
    c: &ClaimEntry,
    text: &str,
    lines: &LineIndex,
    context: (usize, usize),
) -> Json {
    location_of(
        c,
        context,
        |offset| lines.line_column(offset),
        text.get(context.0..context.1),
    )
}

/// The SARIF location of claim `c`, with `place` giving the line and column of an offset of its
/// source's text, and `snippet` the text of `context`.
fn location_of(
    c: &ClaimEntry,
    context: (usize, usize),
    place: impl Fn(usize) -> (usize, usize),
    snippet: Option<&str>,
) -> Json {
    let (end_line, end_column) = c.end_place;
    let (ctx_line, ctx_column) = place(context.0);
    let (ctx_end_line, ctx_end_column) = place(context.1);
    json!({
        "physicalLocation": {
            "artifactLocation": { "uri": uri(&c.source) },
            "region": {
                "startLine": c.line,
                "startColumn": c.column,
                "endLine": end_line,
                "endColumn": end_column,
                "byteOffset": c.start,
                "byteLength": c.end - c.start,
                "snippet": { "text": c.text },
            },
            "contextRegion": {
                "startLine": ctx_line,
                "startColumn": ctx_column,
                "endLine": ctx_end_line,
                "endColumn": ctx_end_column,
                "byteOffset": context.0,
                "byteLength": context.1 - context.0,
                "snippet": { "text": snippet.unwrap_or("") },
            },
        }
    })
}

/// A path as a URI reference: relative paths stay relative (code-scanning tools resolve them
/// against the repository root), absolute ones become `file://` URIs; anything outside the
/// unreserved characters and `/` is percent-encoded.
pub fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let mut out = String::new();
    let (prefix, rest) = if let Some(rest) = path.strip_prefix('/') {
        ("file:///", rest)
    } else if path.len() > 2 && path.as_bytes()[1] == b':' {
        // A Windows drive path: C:/x → file:///C:/x
        ("file:///", path.as_str())
    } else {
        ("", path.as_str())
    };
    out.push_str(prefix);
    for b in rest.bytes() {
        let keep = b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/');
        // A colon in a relative path would read as a scheme; in a file URI it is a drive's.
        if keep || (b == b':' && !prefix.is_empty()) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_relative_or_file_and_encoded() {
        assert_eq!(uri("corpus/000_e3.txt"), "corpus/000_e3.txt");
        assert_eq!(uri("/tmp/mon article.txt"), "file:///tmp/mon%20article.txt");
        assert_eq!(uri("<stdin>"), "%3Cstdin%3E");
        assert_eq!(uri("été.txt"), "%C3%A9t%C3%A9.txt");
    }

    #[test]
    fn rule_names_are_identifiers() {
        assert_eq!(rule_name("offensive-date"), "OffensiveDate");
        assert_eq!(rule_name("misspelled-month"), "MisspelledMonth");
    }
}
