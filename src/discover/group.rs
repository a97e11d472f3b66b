//! Grouping mentions into candidate facts, without comparing every mention with every other.
//!
//! Mentions are first split by a hashed key: their kind, and for counts whether the count is
//! the whole of a partitive ("des 120 000 Arméniens" is a population, not who fled). Within a
//! key, an inverted index from each *rare* context base to the mentions that use it proposes
//! neighbours: two mentions are scored only when they share one of their most salient words,
//! and a word too common to be salient has no posting list worth walking. The scored pairs,
//! strongest first, join groups (union-find) as long as the two groups' summed contexts stay
//! alike: a chain of pairwise resemblances cannot pull two facts into one.

use std::collections::BTreeMap;

use super::context::{Profile, alike, similarity};
use crate::value::ValueKind;

/// The fewest context similarity at which two mentions are proposed as one fact.
pub const PAIR_MIN: f64 = 0.26;

/// The fewest similarity between two groups' summed contexts for them to merge.
pub const GROUP_MIN: f64 = 0.2;

/// Two groups that both hold mentions of one source merge only when more alike: a source
/// seldom states one fact twice, and a second value of it is more often another fact.
pub const SAME_SOURCE_MIN: f64 = 0.4;

/// How many of a mention's most salient words propose its neighbours.
const SALIENT: usize = 8;

/// Two counts of different nouns ("2 000 soldats", "2 000 hommes") may be one fact, but their
/// context must say so more strongly.
const OTHER_NOUN: f64 = 0.7;

/// The groups of `profiles` (indices, each sorted), in order of their first member.
pub fn group(profiles: &[Profile]) -> Vec<Vec<usize>> {
    let mut buckets: BTreeMap<(u8, bool), Vec<usize>> = BTreeMap::new();
    for (i, p) in profiles.iter().enumerate() {
        let kind = match p.kind() {
            ValueKind::Date => 0,
            ValueKind::Duration => 1,
            ValueKind::Number => 2,
        };
        buckets.entry((kind, p.whole)).or_default().push(i);
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for members in buckets.values() {
        groups.extend(group_bucket(profiles, members));
    }
    groups.sort_by_key(|g| g[0]);
    groups
}

/// The similarity two mentions are proposed at: their context's, lowered when they count
/// different nouns.
pub fn pair_score(a: &Profile, b: &Profile) -> f64 {
    let s = similarity(a, b);
    match (&a.noun, &b.noun) {
        (Some(x), Some(y)) if x != y => s * OTHER_NOUN,
        _ => s,
    }
}

fn group_bucket(profiles: &[Profile], members: &[usize]) -> Vec<Vec<usize>> {
    // The inverted index: base → positions in `members`.
    let mut postings: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (pos, &i) in members.iter().enumerate() {
        for (b, _) in &profiles[i].words {
            postings.entry(b.as_str()).or_default().push(pos);
        }
    }
    let rare_limit = 16 + (members.len() as f64).sqrt() as usize;
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    let mut proposed: Vec<usize> = Vec::new();
    for (pos, &i) in members.iter().enumerate() {
        let p = &profiles[i];
        let mut salient: Vec<&(String, f64)> = p.words.iter().collect();
        salient.sort_by(|x, y| y.1.total_cmp(&x.1).then_with(|| x.0.cmp(&y.0)));
        proposed.clear();
        for (b, _) in salient.into_iter().take(SALIENT) {
            if let Some(list) = postings.get(b.as_str()).filter(|l| l.len() <= rare_limit) {
                // Only pairs of two sources are proposed: mentions of one sentence share all
                // their context, and a source's own facts are many.
                proposed.extend(
                    list.iter()
                        .copied()
                        .filter(|&q| q > pos && profiles[members[q]].source != p.source),
                );
            }
        }
        proposed.sort_unstable();
        proposed.dedup();
        for &q in &proposed {
            let s = pair_score(p, &profiles[members[q]]);
            if s >= PAIR_MIN {
                pairs.push((s, pos, q));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    // Union-find over positions, each root holding its group's summed context.
    let mut parent: Vec<usize> = (0..members.len()).collect();
    let mut sums: Vec<Vec<(String, f64)>> =
        members.iter().map(|&i| profiles[i].words.clone()).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    // The sources of each root's group.
    let mut group_sources: Vec<Vec<usize>> =
        members.iter().map(|&i| vec![profiles[i].source]).collect();
    for (_, a, b) in pairs {
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        if ra == rb {
            continue;
        }
        let overlap = group_sources[ra]
            .iter()
            .any(|s| group_sources[rb].contains(s));
        let least = if overlap { SAME_SOURCE_MIN } else { GROUP_MIN };
        if alike(&sums[ra], &sums[rb]) < least {
            continue;
        }
        let (keep, gone) = (ra.min(rb), ra.max(rb));
        let merged = add(&sums[keep], &sums[gone]);
        sums[keep] = merged;
        sums[gone].clear();
        let moved = std::mem::take(&mut group_sources[gone]);
        for s in moved {
            if !group_sources[keep].contains(&s) {
                group_sources[keep].push(s);
            }
        }
        parent[gone] = keep;
    }
    let mut by_root: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (pos, &member) in members.iter().enumerate() {
        let r = root(&mut parent, pos);
        by_root.entry(r).or_default().push(member);
    }
    by_root.into_values().collect()
}

/// The sum of two sparse vectors sorted by key.
pub fn add(a: &[(String, f64)], b: &[(String, f64)]) -> Vec<(String, f64)> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        let order = match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) => x.0.cmp(&y.0),
            (Some(_), None) => std::cmp::Ordering::Less,
            _ => std::cmp::Ordering::Greater,
        };
        match order {
            std::cmp::Ordering::Less => {
                out.push(a[i].clone());
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                out.push(b[j].clone());
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                out.push((a[i].0.clone(), a[i].1 + b[j].1));
                i += 1;
                j += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::discover::analyze;
    use crate::source::{SourceMeta, from_text};

    fn source(name: &str, text: &str) -> crate::source::Source {
        let meta = SourceMeta {
            published: crate::value::Published::parse("2024-05-09"),
            ..SourceMeta::default()
        };
        from_text(name, text, meta)
    }

    #[test]
    fn one_fact_in_two_sources_is_one_candidate_and_its_disagreement_is_found() {
        let sources = [
            source(
                "a.txt",
                "Le barrage de Kessel a cédé le 3 mars 2024 après des pluies diluviennes.",
            ),
            source(
                "b.txt",
                "Les pluies diluviennes ont fait céder le barrage de Kessel le 5 mars 2024.",
            ),
            source(
                "c.txt",
                "Le ministre a inauguré une école le 5 mars 2024 à Lyon.",
            ),
        ];
        let analysis = analyze(&crate::rules::RuleSet::default(), &sources);
        let (first, members) = &analysis.candidates[0];
        let in_it: Vec<usize> = members
            .iter()
            .map(|&i| analysis.profiles[i].source)
            .collect();
        assert_eq!(in_it, [0, 1], "{first:?}");
        assert_eq!(first.verdict, crate::FindingKind::Conflict);
        let shared: Vec<&str> = first.shared.iter().map(|w| w.word.as_str()).collect();
        assert!(
            shared.contains(&"barrage") && shared.contains(&"Kessel"),
            "{shared:?}"
        );
    }

    #[test]
    fn two_values_of_one_sentence_are_never_one_candidate() {
        let sources = [source(
            "a.txt",
            "Le barrage de Kessel a cédé le 3 mars 2024, et celui de Morn le 9 avril 2024.",
        )];
        let analysis = analyze(&crate::rules::RuleSet::default(), &sources);
        assert!(analysis.candidates.iter().all(|(_, g)| g.len() == 1));
    }
}
