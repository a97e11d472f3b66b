//! The comparison of a lint, with the rules of the facts the index's per-fact summary answers
//! (`index::facts`) left out: their findings are made from their precomputed corpus sides
//! (`lint/decided.rs`); every other rule is compared as usual.

use crate::compare::Finding;
use crate::extract::Claim;
use crate::review;
use crate::rules::RuleSet;
use crate::source::Source;

/// Every finding over the claims of the rules not `skipped`, sorted as [`compare::compare`]
/// sorts.
///
/// [`compare::compare`]: crate::compare::compare
pub fn compare(
    rules: &RuleSet,
    sources: &[Source],
    claims: &[Claim],
    skipped: &[bool],
    reviews: &review::Reviews,
) -> Vec<Finding> {
    if !skipped.iter().any(|&s| s) {
        return review::bind::compare(rules, sources, claims, reviews);
    }
    // The other rules' claims, compared as usual, their indices mapped back.
    let kept: Vec<usize> = (0..claims.len())
        .filter(|&i| !skipped[claims[i].rule])
        .collect();
    let part: Vec<Claim> = kept.iter().map(|&i| claims[i].clone()).collect();
    review::bind::compare(rules, sources, &part, reviews)
        .into_iter()
        .map(|mut f| {
            f.primary = kept[f.primary];
            for i in &mut f.claims {
                *i = kept[*i];
            }
            f
        })
        .collect()
}
