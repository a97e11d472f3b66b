//! A new article that states a fact as the corpus does and also otherwise ("la guerre de
//! 2020" in its lead, "la guerre de 2021" further down): its first value agrees with the
//! corpus, and only the other is in conflict. Each conflict in which a new article states the
//! group's consensus and another value is split in two (`compare/consensus.rs` says how the
//! consensus is found): the conflict keeps the article's other value and the other sources'
//! claims, and an agreement holds the consensus claims, the article's with the corpus's.
//!
//! Left whole: a conflict a review decision is about (its id is what the decision names), and
//! one within the article alone (its values disagree with each other, not with the corpus).

use std::collections::HashMap;

use crate::compare::{self, Finding, FindingKind, consensus, fingerprint};
use crate::extract::Claim;
use crate::review;
use crate::rules::RuleSet;
use crate::source::Source;

/// `findings` (sorted as [`compare::sort_findings`] sorts), with each conflict in which a new
/// article (a source from `first_new` on) contradicts itself against the consensus split;
/// `reviews` are the review decisions, when there are some. `lint` and `explain` with new
/// articles call it.
pub(crate) fn split(
    rules: &RuleSet,
    sources: &[Source],
    claims: &[Claim],
    findings: Vec<Finding>,
    first_new: usize,
    reviews: Option<&review::Reviews>,
) -> Vec<Finding> {
    let mut out = Vec::with_capacity(findings.len());
    let mut changed = false;
    for f in findings {
        let whole = f.kind != FindingKind::Conflict
            || f.within_source
            || reviews.is_some_and(|r| r.entries.contains_key(&f.id));
        match (!whole).then(|| split_one(rules, sources, claims, &f, first_new)) {
            Some(Some((conflict, agreement))) => {
                out.push(conflict);
                out.push(agreement);
                changed = true;
            }
            _ => out.push(f),
        }
    }
    if changed {
        compare::sort_findings(rules, &mut out);
    }
    out
}

/// The conflict and the agreement `f` splits into, or `None` when no new article's claim
/// moves.
fn split_one(
    rules: &RuleSet,
    sources: &[Source],
    claims: &[Claim],
    f: &Finding,
    first_new: usize,
) -> Option<(Finding, Finding)> {
    let values = f
        .claims
        .iter()
        .map(|&i| ((claims[i].value, claims[i].modifier), 1));
    let (classes, class_of) = consensus::classes(values, rules.rules[f.rule].tolerance);
    let class_of: HashMap<usize, usize> = f.claims.iter().copied().zip(class_of).collect();
    let held = consensus::holding(&classes)?;
    let agrees = |i: usize| {
        let k = class_of[&i];
        classes[k].0.map(|_| held[k])
    };
    let split = consensus::split(&f.claims, |i| claims[i].source, agrees, |s| s >= first_new)?;
    let sources: &[Source] = sources;
    let make = |kind, ids: Vec<usize>, primary| Finding {
        id: fingerprint(
            rules,
            &sources,
            claims,
            f.rule,
            f.subject.as_deref(),
            kind,
            &ids,
        ),
        kind,
        rule: f.rule,
        subject: f.subject.clone(),
        claims: ids,
        primary,
        within_source: false,
        message: None,
    };
    // Anchored as before when its claim stays, else on the first outlier.
    let primary = if split.conflict.contains(&f.primary) {
        f.primary
    } else {
        let outlier = split.conflict.iter().find(|&&i| agrees(i) == Some(false));
        *outlier.unwrap_or(&split.conflict[0])
    };
    let first_agreed = split.agreement[0];
    Some((
        make(FindingKind::Conflict, split.conflict, primary),
        make(FindingKind::Agreement, split.agreement, first_agreed),
    ))
}
