//! `factlint lint --discover`: the new article's mentions that fall into a candidate fact of
//! the corpus and disagree with it, as hints beside the rules' findings.
//!
//! The new articles are discovered together with the corpus, as `discover` would group them;
//! a new mention is a hint when its candidate holds corpus mentions and the new value
//! conflicts (by the comparator's [`relate`]) with more of the corpus's sources than it agrees
//! with: joining a corpus that disagrees with itself on the majority's side is no disagreement.
//! Mentions a rule already takes are left to the rule's findings. Hints never fail a run
//! unless `--fail-on discovered` says so.

use serde::Serialize;
use serde_json::{Value as Json, json};

use super::{Analysis, Candidate, CandidateMention, analyze, format};
use crate::compare::{Relation, relate};
use crate::extract::Claim;
use crate::lint::{self, NewArticle};
use crate::report::show_value;
use crate::rules::RuleSet;
use crate::source::Source;
use crate::value::Published;

/// One hint: a new article's value that a corpus candidate contradicts.
#[derive(Debug, Clone, Serialize)]
pub struct Hint {
    /// Always `candidate`, as discovery's findings are.
    pub kind: &'static str,
    /// Hints are below the rules' severities.
    pub severity: &'static str,
    pub message: String,
    /// The candidate the mention falls into, with the corpus's mentions and the new one.
    pub candidate: Candidate,
    /// The new article's mention (also among the candidate's mentions).
    pub mention: CandidateMention,
    /// The corpus mentions it conflicts with.
    pub disagrees_with: Vec<CandidateMention>,
}

/// The hints for `new` articles against `corpus`. Pure.
pub fn hints(rules: &RuleSet, corpus: &[Source], new: &[Source]) -> Vec<Hint> {
    let sources: Vec<Source> = corpus.iter().chain(new).cloned().collect();
    let first_new = corpus.len();
    let Analysis { candidates, .. } = analyze(rules, &sources);
    let mut out = Vec::new();
    for (c, _) in candidates {
        let is_new = |m: &CandidateMention| m.claim.source_index >= first_new;
        let corpus_mentions: Vec<&CandidateMention> =
            c.mentions.iter().filter(|m| !is_new(m)).collect();
        if corpus_mentions.is_empty() {
            continue;
        }
        for m in c
            .mentions
            .iter()
            .filter(|m| is_new(m) && m.rule_bound.is_none())
        {
            let mut against: Vec<usize> = Vec::new();
            let mut with: Vec<usize> = Vec::new();
            let mut disagrees = Vec::new();
            for o in &corpus_mentions {
                let s = o.claim.source_index;
                match relate(&claim(m), &claim(o), None) {
                    Relation::Conflict => {
                        disagrees.push((*o).clone());
                        if !against.contains(&s) {
                            against.push(s);
                        }
                    }
                    Relation::Unknown => {}
                    _ => {
                        if !with.contains(&s) {
                            with.push(s);
                        }
                    }
                }
            }
            with.retain(|s| !against.contains(s));
            if against.len() > with.len() {
                let corpus_says: Vec<String> = disagrees
                    .iter()
                    .map(|o| {
                        format!(
                            "{} says {}",
                            o.claim.source,
                            show_value(&o.claim.value, o.claim.modifier)
                        )
                    })
                    .collect();
                out.push(Hint {
                    kind: "candidate",
                    severity: "hint",
                    message: format!(
                        "{} says {} where {} (a fact tied by {})",
                        m.claim.source,
                        show_value(&m.claim.value, m.claim.modifier),
                        corpus_says.join(", "),
                        c.shared
                            .iter()
                            .map(|w| w.word.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                    candidate: c.clone(),
                    mention: m.clone(),
                    disagrees_with: disagrees,
                });
            }
        }
    }
    out.sort_by(|a, b| {
        (
            &a.mention.claim.source,
            a.mention.claim.start,
            &a.candidate.id,
        )
            .cmp(&(
                &b.mention.claim.source,
                b.mention.claim.start,
                &b.candidate.id,
            ))
    });
    out
}

/// A mention's value as a claim, for the comparator.
fn claim(m: &CandidateMention) -> Claim {
    Claim {
        rule: 0,
        source: m.claim.source_index,
        by: crate::rules::MatchedBy::Pattern(0),
        span: m.claim.start..m.claim.end,
        context: m.sentence.0..m.sentence.1,
        evidence: m.claim.start..m.claim.end,
        value: m.claim.value,
        modifier: m.claim.modifier,
        subject: None,
        warnings: Vec::new(),
    }
}

/// What `lint --discover` needs to load.
#[derive(Debug, Clone)]
pub struct Request {
    pub corpus: std::path::PathBuf,
    pub claims: std::path::PathBuf,
    pub articles: Vec<NewArticle>,
    pub published: Option<Published>,
    pub lang: Option<crate::grammar::Lang>,
}

/// The hints of one run, and every source read (corpus, then new articles): the hints'
/// source indices count them.
#[derive(Debug, Clone)]
pub struct HintRun {
    pub hints: Vec<Hint>,
    pub sources: Vec<Source>,
}

/// Loads the rules, the corpus and the new articles (a file also in the corpus is new), and
/// gives the hints.
pub fn run(request: &Request) -> Result<HintRun, crate::LoadErrors> {
    let (rules, corpus) = crate::load(std::slice::from_ref(&request.corpus), &request.claims)?;
    // A new article that cannot be read is the lint report's fate to tell, not an error here.
    let new = lint::read_new(&request.articles, request.lang, request.published).sources;
    let corpus: Vec<Source> = corpus
        .into_iter()
        .filter(|c| !new.iter().any(|n| lint::same_file(&n.path, &c.path)))
        .collect();
    let hints = hints(&rules, &corpus, &new);
    Ok(HintRun {
        hints,
        sources: corpus.into_iter().chain(new).collect(),
    })
}

/// The hints as a section of the human lint report.
pub fn human(hints: &[Hint]) -> String {
    if hints.is_empty() {
        return String::new();
    }
    let mut out = String::from("\nDiscovered (hints: no rule states these facts)\n");
    for h in hints {
        let m = &h.mention.claim;
        out.push_str(&format!(
            "  ? {}:{}:{}  “{}”: {} ({})\n",
            m.source, m.line, m.column, m.text, h.message, h.candidate.id
        ));
    }
    out
}

/// The hints as GitHub workflow commands: a `notice` at each new article's mention.
pub fn github(hints: &[Hint]) -> String {
    use crate::output::github::{data, property};
    let mut out = String::new();
    for h in hints {
        let m = &h.mention.claim;
        out.push_str(&format!(
            "::notice file={},line={},col={},title={}::{}\n",
            property(&m.source),
            m.line,
            m.column,
            property(&format!("discovered {}", h.candidate.id)),
            data(&format!("hint: {}", h.message))
        ));
    }
    out
}

/// Adds the hints to lint's JSON report, as `discovered`.
pub fn add_to_json(report: &mut Json, hints: &[Hint]) {
    if let Json::Object(map) = report {
        map.insert("discovered".to_string(), json!(hints));
    }
}

/// Adds the hints to lint's SARIF log: one `note` result each, at the new article's mention,
/// the corpus mentions it disagrees with related. `sources` are the run's, by source index.
pub fn add_to_sarif(log: &mut Json, hints: &[Hint], sources: &[Source]) {
    if hints.is_empty() {
        return;
    }
    let texts: Vec<std::sync::Arc<str>> = sources.iter().map(|s| s.text.clone()).collect();
    let lines: Vec<crate::report::LineIndex> = sources
        .iter()
        .map(|s| crate::report::LineIndex::new(s.text.clone()))
        .collect();
    let Some(run) = log.get_mut("runs").and_then(|r| r.get_mut(0)) else {
        return;
    };
    let rules = &mut run["tool"]["driver"]["rules"];
    let index = match rules.as_array_mut() {
        Some(list) => {
            list.push(format::sarif_rule());
            list.len() - 1
        }
        None => return,
    };
    let results: Vec<Json> = hints
        .iter()
        .map(|h| {
            let mut shown = h.candidate.clone();
            let mut mentions = vec![h.mention.clone()];
            mentions.extend(h.disagrees_with.iter().cloned());
            shown.mentions = mentions;
            let mut r = format::candidate_result(&shown, &texts, &lines);
            r["ruleIndex"] = json!(index);
            r["message"] =
                json!({ "text": format!("hint: {}. Candidate {}", h.message, h.candidate.id) });
            r
        })
        .collect();
    if let Some(list) = run["results"].as_array_mut() {
        list.extend(results);
    }
}
