//! Discovery's output: the human list, JSON (the [`Discovery`] as data) and SARIF, where each
//! candidate is a result of its own kind (`candidate`, rule `discover/candidate`, level
//! `note`), so that CI can collect or ignore discovery findings beside the rules' findings.
//!
//! Pure: renders what [`super::discover`] computed.

use serde_json::{Value as Json, json};

use super::{Candidate, CandidateMention, Discovery};
use crate::compare::FindingKind;
use crate::report::{LineIndex, show_value};

/// The SARIF rule id of discovery results.
pub const SARIF_RULE: &str = "discover/candidate";

/// What the verdict is called in the human list.
fn verdict_word(c: &Candidate) -> &'static str {
    match c.verdict {
        FindingKind::Conflict => "conflict",
        FindingKind::Agreement if c.refines => "agreement (one refines another)",
        FindingKind::Agreement => "agreement",
        FindingKind::Refinement => "refinement",
        FindingKind::SingleSource => "single source",
        FindingKind::Revision => "revision",
    }
}

/// The human list: one block per candidate, then a summary line.
pub fn human(d: &Discovery) -> String {
    let mut out = String::new();
    for (rank, c) in d.candidates.iter().enumerate() {
        out.push_str(&format!(
            "{:>2}. {}  {}  {}\n",
            rank + 1,
            c.id,
            verdict_word(c),
            c.title
        ));
        out.push_str(&format!(
            "    {} source{}, confidence {:.2}: {}\n",
            c.sources,
            if c.sources == 1 { "" } else { "s" },
            c.confidence,
            c.message
        ));
        if !c.shared.is_empty() {
            let words: Vec<String> = c
                .shared
                .iter()
                .map(|w| format!("{} ({})", w.word, w.sources))
                .collect();
            let label = if c.sources > 1 { "tied by" } else { "context" };
            out.push_str(&format!("    {label}: {}\n", words.join(", ")));
        }
        for m in &c.mentions {
            out.push_str(&format!("    {}\n", mention_line(m)));
        }
    }
    out.push_str(&summary_line(d));
    out.push('\n');
    out
}

fn mention_line(m: &CandidateMention) -> String {
    let c = &m.claim;
    let bound = match &m.rule_bound {
        Some(r) => format!("  [rule-bound: {r}]"),
        None => String::new(),
    };
    format!(
        "{}:{}:{}  “{}” = {}{bound}",
        c.source,
        c.line,
        c.column,
        c.text,
        show_value(&c.value, c.modifier)
    )
}

/// "5 sources, 52 mentions: 31 candidates, 6 stated by two or more sources (1 conflict); 15
/// listed, 9 that no rule covers".
pub fn summary_line(d: &Discovery) -> String {
    let s = &d.summary;
    format!(
        "{} source{}, {} mentions: {} candidates, {} stated by two or more sources ({} conflict{}); {} listed, {} that no rule covers",
        s.sources,
        if s.sources == 1 { "" } else { "s" },
        s.mentions,
        s.candidates,
        s.shared,
        s.conflicts,
        if s.conflicts == 1 { "" } else { "s" },
        s.listed,
        s.uncovered
    )
}

/// The JSON report.
pub fn json(d: &Discovery) -> String {
    // Plain data (strings, numbers, enums as strings) always serializes.
    serde_json::to_string_pretty(d).unwrap_or_default() + "\n"
}

/// The SARIF log: one `note` result per candidate.
pub fn sarif(d: &Discovery) -> Json {
    let results: Vec<Json> = d
        .candidates
        .iter()
        .map(|c| candidate_result(c, &d.texts, &d.lines))
        .collect();
    crate::output::sarif::document(json!([sarif_rule()]), results)
}

/// The SARIF rule that discovery results refer to.
pub fn sarif_rule() -> Json {
    json!({
        "id": SARIF_RULE,
        "name": "DiscoveredCandidate",
        "shortDescription": { "text": "A fact several sources seem to state, found with no rule" },
        "defaultConfiguration": { "level": "note" },
    })
}

/// One candidate as a SARIF result, located at its first mention, the others related. The
/// result's `kind` is left to its default (`fail`): SARIF allows a `note` level on no other.
pub fn candidate_result(c: &Candidate, texts: &[std::sync::Arc<str>], lines: &[LineIndex]) -> Json {
    let words: Vec<&str> = c.shared.iter().map(|w| w.word.as_str()).collect();
    let message = format!(
        "candidate {} ({}): {}; {}. Tied by: {}. To draft a rule: factlint rules suggest {}",
        c.id,
        verdict_word(c),
        c.title,
        c.message,
        words.join(", "),
        c.id
    );
    let related: Vec<Json> = c.mentions[1..]
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let mut loc = location(m, texts, lines);
            loc["id"] = json!(i + 1);
            loc["message"] = json!({ "text": format!(
                "{} says {}",
                m.claim.source,
                show_value(&m.claim.value, m.claim.modifier)
            ) });
            loc
        })
        .collect();
    let mut result = json!({
        "ruleId": SARIF_RULE,
        "ruleIndex": 0,
        "level": "note",
        "message": { "text": message },
        "locations": [location(&c.mentions[0], texts, lines)],
        "partialFingerprints": { "factlintCandidateId/v1": c.id },
        "properties": {
            "findingKind": c.kind,
            "verdict": c.verdict.as_str(),
            "sources": c.sources,
            "confidence": c.confidence,
        },
    });
    if !related.is_empty() {
        result["relatedLocations"] = json!(related);
    }
    result
}

fn location(m: &CandidateMention, texts: &[std::sync::Arc<str>], lines: &[LineIndex]) -> Json {
    let c = &m.claim;
    crate::output::sarif::claim_location(
        c,
        &texts[c.source_index],
        &lines[c.source_index],
        m.sentence,
    )
}
