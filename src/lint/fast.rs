//! The comparison of a lint, with the facts the index's per-fact summary answers
//! (`index::facts`) taken as decided: each is one conflict finding over its corpus members and
//! its new claims, as the comparator would give it; every other fact is compared as usual.

use crate::compare::{self, Finding, FindingKind};
use crate::extract::Claim;
use crate::index::Decided;
use crate::review;
use crate::rules::RuleSet;
use crate::source::Source;

/// Every finding over `claims`, sorted as [`compare::compare`] sorts; the rules of `decided`
/// are not compared, their facts' findings are made from `decided`.
pub fn compare(
    rules: &RuleSet,
    sources: &[Source],
    claims: &[Claim],
    decided: Vec<Decided>,
    reviews: &review::Reviews,
) -> Vec<Finding> {
    if decided.is_empty() {
        return review::bind::compare(rules, sources, claims, reviews);
    }
    let mut skipped = vec![false; rules.rules.len()];
    for d in &decided {
        skipped[d.rule] = true;
    }
    // The other rules' claims, compared as usual, their indices mapped back.
    let kept: Vec<usize> = (0..claims.len())
        .filter(|&i| !skipped[claims[i].rule])
        .collect();
    let part: Vec<Claim> = kept.iter().map(|&i| claims[i].clone()).collect();
    let mut findings: Vec<Finding> = review::bind::compare(rules, sources, &part, reviews)
        .into_iter()
        .map(|mut f| {
            f.primary = kept[f.primary];
            for i in &mut f.claims {
                *i = kept[*i];
            }
            f
        })
        .collect();
    for d in decided {
        // As the comparator orders a group's members: by source and position, then as they
        // came (a stable sort of claims in index order).
        let mut ids = d.members;
        ids.sort_by_key(|&i| (claims[i].source, claims[i].span.start, i));
        let kind = FindingKind::Conflict;
        let id = compare::fingerprint(
            rules,
            sources,
            claims,
            d.rule,
            d.subject.as_deref(),
            kind,
            &ids,
        );
        findings.push(Finding {
            id,
            kind,
            rule: d.rule,
            subject: d.subject,
            primary: ids[0],
            claims: ids,
            // The corpus side conflicts across sources already (see `index::facts`).
            within_source: false,
            message: None,
        });
    }
    compare::sort_findings(rules, &mut findings);
    findings
}
