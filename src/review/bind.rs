//! Decisions bound to the claims they were made on: comparison that knows the review file, and
//! the notes on findings whose new claims repeat a reviewed value.
//!
//! Pure. A fact's group of claims is compared as [`compare::compare`] does, except in a group
//! where a `different-events` or `confirmed-error` decision was made and claims have come since
//! (a new article, a new source in the corpus). There the reviewed finding is kept as it was
//! decided, compared over the claims the editor saw and no others, so that its ID and decision
//! stand; and every claim is compared again without the claims the decision takes out
//! ([`Entry::apart`]): the other event's, or the wrong ones. Without this, the new claim changes
//! the group's fingerprint and either reopens a settled conflict (a new article agreeing with
//! the main event) or inherits a decision nobody made on it.

use std::collections::{BTreeMap, BTreeSet};

use super::{Decision, Entry, Reviews, file_name, value_of};
use crate::compare::{self, Finding, claim_key};
use crate::extract::Claim;
use crate::report::{Report, show_value};
use crate::rules::RuleSet;
use crate::source::Source;

/// A group of claims: a rule and a subject.
type GroupKey = (usize, Option<String>);

/// Every finding over `claims`, with the decisions of `reviews` bound to their claims; sorted
/// as [`compare::compare`] sorts. Without decisions that take claims out, the same findings.
pub fn compare(
    rules: &RuleSet,
    sources: &[Source],
    claims: &[Claim],
    reviews: &Reviews,
) -> Vec<Finding> {
    compare_with(rules, sources, claims, reviews, None)
}

/// [`compare`](fn@compare), with the claims' sentences read from `kept` when it is given (see
/// [`compare::compare_with`]).
pub fn compare_with(
    rules: &RuleSet,
    sources: &[Source],
    claims: &[Claim],
    reviews: &Reviews,
    kept: Option<&crate::excerpt::Excerpts>,
) -> Vec<Finding> {
    // Without a decision that takes claims out, the usual comparison (and no claim keys).
    if reviews.entries.values().all(|e| e.apart().is_empty()) {
        return compare::compare_with(rules, sources, claims, kept);
    }
    let keys: Vec<String> = claims
        .iter()
        .map(|c| claim_key(&sources[c.source].short_name(), &c.value, c.modifier))
        .collect();
    let mut groups: BTreeMap<GroupKey, Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        groups
            .entry((c.rule, c.subject.clone()))
            .or_default()
            .push(i);
    }
    // For each group a decision takes claims out of: the claims of each decision there, and
    // the keys taken out.
    let mut bound: BTreeMap<GroupKey, (Vec<Vec<usize>>, BTreeSet<String>)> = BTreeMap::new();
    for entry in reviews.entries.values() {
        let apart = entry.apart();
        if apart.is_empty() {
            continue;
        }
        let Ok(rule) = rules
            .rules
            .binary_search_by(|r| r.id.as_str().cmp(&entry.rule))
        else {
            continue;
        };
        let group = (rule, entry.subject.clone());
        let Some(members) = groups.get(&group) else {
            continue;
        };
        let decided: BTreeSet<&str> = entry.claims.iter().map(String::as_str).collect();
        let seen: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&i| decided.contains(keys[i].as_str()))
            .collect();
        let found: BTreeSet<&str> = seen.iter().map(|&i| keys[i].as_str()).collect();
        // The decision's claims must all be there, and something new beside them: otherwise
        // the group is the finding the editor decided, compared as usual.
        if found != decided || seen.len() == members.len() {
            continue;
        }
        let (subsets, out) = bound.entry(group).or_default();
        subsets.push(seen);
        out.extend(apart);
    }
    if bound.is_empty() {
        return compare::compare_with(rules, sources, claims, kept);
    }
    let mut subsets: Vec<Vec<usize>> = Vec::new();
    let mut usual: Vec<usize> = Vec::new();
    for (group, members) in &groups {
        match bound.get(group) {
            None => usual.extend(members),
            Some((decided, out)) => {
                subsets.extend(decided.iter().cloned());
                subsets.push(
                    members
                        .iter()
                        .copied()
                        .filter(|&i| !out.contains(&keys[i]))
                        .collect(),
                );
            }
        }
    }
    usual.sort_unstable();
    subsets.push(usual);
    let mut findings: Vec<Finding> = Vec::new();
    let mut ids: BTreeSet<String> = BTreeSet::new();
    for subset in subsets {
        let part: Vec<Claim> = subset.iter().map(|&i| claims[i].clone()).collect();
        for mut f in compare::compare_with(rules, sources, &part, kept) {
            if !ids.insert(f.id.clone()) {
                continue;
            }
            f.claims = f.claims.iter().map(|&k| subset[k]).collect();
            f.primary = subset[f.primary];
            findings.push(f);
        }
    }
    compare::sort_findings(rules, &mut findings);
    findings
}

/// Notes, on each finding no decision was made on, the claims that repeat a value a decision
/// was made on in the same fact, from a source the decision did not see: "004.txt repeats
/// 10000, confirmed wrong by Ed on 2024-06-03 (FL-…)", or "004.txt says 2022-09, as in the
/// reviewed FL-… (different events)". The note is added to the finding's message, so that
/// every format shows it; the finding passes or fails by its own verdict.
pub fn note_repeats(report: &mut Report, reviews: &Reviews) {
    type Decisions<'r> = Vec<(&'r String, &'r Entry)>;
    let mut by_fact: BTreeMap<(&str, Option<&str>), Decisions> = BTreeMap::new();
    for (id, e) in &reviews.entries {
        by_fact
            .entry((e.rule.as_str(), e.subject.as_deref()))
            .or_default()
            .push((id, e));
    }
    for f in &mut report.findings {
        if f.review.is_some() {
            continue;
        }
        let Some(entries) = by_fact.get(&(f.rule.as_str(), f.subject.as_deref())) else {
            continue;
        };
        let mut notes: Vec<String> = Vec::new();
        for (id, e) in entries {
            let decided: BTreeSet<&str> = e.claims.iter().map(String::as_str).collect();
            let wrong: BTreeSet<String> = if e.decision == Decision::ConfirmedError {
                e.apart().iter().map(|c| value_of(c).to_string()).collect()
            } else {
                BTreeSet::new()
            };
            let values: BTreeSet<&str> = e.claims.iter().map(|c| value_of(c)).collect();
            let mut said: BTreeSet<(String, String)> = BTreeSet::new();
            for c in &f.claims {
                let name = file_name(&c.source);
                let key = claim_key(&name, &c.value, c.modifier);
                let value = value_of(&key).to_string();
                if decided.contains(key.as_str()) || !values.contains(value.as_str()) {
                    continue;
                }
                if !said.insert((name.clone(), value.clone())) {
                    continue;
                }
                let shown = show_value(&c.value, c.modifier);
                notes.push(if wrong.contains(&value) {
                    format!(
                        "{name} repeats {shown}, confirmed wrong by {} on {} ({id})",
                        e.author, e.date
                    )
                } else {
                    format!(
                        "{name} says {shown} as in the reviewed {id} ({})",
                        e.decision.describe()
                    )
                });
            }
        }
        if !notes.is_empty() {
            f.message = format!("{}; {}", f.message, notes.join("; "));
        }
    }
}
