//! Revisions: one outlet (or one canonical URL, `url:` in `sources.yaml` or front matter)
//! publishing a value and, in a later edition, another. That is the outlet correcting itself,
//! not two sources disagreeing: a finding of kind **revision**, and the later value is the one
//! compared with other outlets.
//!
//! In a group of claims, the sources are keyed by their edition (the URL, else the outlet) and
//! sorted by key and publication date: O(n log n). For a key with sources of at least two
//! dates, the claims of the earlier sources whose value no source of the latest date states are
//! superseded: they leave the group, and one revision finding holds them with the latest
//! claims. Sources without a publication date, an outlet or a URL are never revisions.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use super::{Compared, Fact, Finding, FindingKind, fingerprint};
use crate::report::show_value;
use crate::value::{Mod, Published, Value};

/// The members of a group that still speak after revisions (in their order), pushing one
/// revision finding per revised edition.
pub(super) fn split<C: Compared>(
    fact: &Fact<C>,
    members: Vec<usize>,
    findings: &mut Vec<Finding>,
) -> Vec<usize> {
    let Fact {
        rules,
        sources,
        claims,
        rule,
        subject,
        ..
    } = *fact;
    // edition key → publication date → members.
    let mut editions: BTreeMap<&str, BTreeMap<Published, Vec<usize>>> = BTreeMap::new();
    for &i in &members {
        let source = claims[i].source();
        let (Some(key), Some(published)) = (sources.edition(source), sources.published(source))
        else {
            continue;
        };
        editions
            .entry(key.trim())
            .or_default()
            .entry(published)
            .or_default()
            .push(i);
    }
    let mut superseded: BTreeSet<usize> = BTreeSet::new();
    for (key, by_date) in &editions {
        let Some((latest_date, latest)) = by_date.last_key_value() else {
            continue;
        };
        let stands: HashSet<(Value, Option<Mod>)> = latest
            .iter()
            .map(|&i| (*claims[i].value(), claims[i].modifier()))
            .collect();
        let revised: Vec<usize> = by_date
            .range(..*latest_date)
            .flat_map(|(_, m)| m)
            .copied()
            .filter(|&i| !stands.contains(&(*claims[i].value(), claims[i].modifier())))
            .collect();
        if revised.is_empty() {
            continue;
        }
        let told = |i: usize| {
            let c = &claims[i];
            let date = sources
                .published(c.source())
                .map(|p| p.to_string())
                .unwrap_or_default();
            format!(
                "{} ({date}, {})",
                show_value(c.value(), c.modifier()),
                sources.name(c.source())
            )
        };
        let mut ids: Vec<usize> = revised.iter().chain(latest).copied().collect();
        ids.sort_by_key(|&i| (claims[i].source(), claims[i].start()));
        ids.dedup();
        let id = fingerprint(
            rules,
            sources,
            claims,
            rule,
            subject.as_deref(),
            FindingKind::Revision,
            &ids,
        );
        let before: Vec<String> = revised.iter().map(|&i| told(i)).collect();
        let after: Vec<String> = latest.iter().map(|&i| told(i)).collect();
        findings.push(Finding {
            id,
            kind: FindingKind::Revision,
            rule,
            subject: subject.clone(),
            claims: ids,
            primary: latest[0],
            within_source: false,
            message: Some(format!(
                "{key} revised {} to {}; the later value stands",
                listed(dedup(before)),
                listed(dedup(after))
            )),
        });
        superseded.extend(revised);
    }
    drop(editions);
    let mut members = members;
    members.retain(|i| !superseded.contains(i));
    members
}

/// How many editions' values a revision's message names before it says "and N more".
const NAMED: usize = 6;

/// "a, b, c", or "a, b, c, d, e, f and 895 more" past [`NAMED`]: an outlet with hundreds of
/// editions gives a line, not a page.
fn listed(items: Vec<String>) -> String {
    match items.len().checked_sub(NAMED) {
        Some(more) if more > 0 => format!("{} and {more} more", items[..NAMED].join(", ")),
        _ => items.join(", "),
    }
}

/// The items in order, each once.
fn dedup(items: Vec<String>) -> Vec<String> {
    let mut seen = BTreeSet::new();
    items
        .into_iter()
        .filter(|s| seen.insert(s.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_list_of_revised_values_is_summarized() {
        let items: Vec<String> = (1..=9).map(|i| i.to_string()).collect();
        assert_eq!(listed(items[..3].to_vec()), "1, 2, 3");
        assert_eq!(listed(items[..6].to_vec()), "1, 2, 3, 4, 5, 6");
        assert_eq!(listed(items), "1, 2, 3, 4, 5, 6 and 3 more");
    }
}
