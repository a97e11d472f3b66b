//! The consensus of a group in conflict, and the new articles that contradict themselves
//! against it.
//!
//! A new article may state a fact twice, once as the corpus does and once otherwise: "la
//! guerre de 2020" in one paragraph and "la guerre de 2021" in another, or "2 000 casques
//! bleus" in the lead and "1 200" further down. Its first value is not in conflict with the
//! corpus: it agrees with it, and only the second conflicts. So when a group of claims
//! conflicts, the point on the value axis that most claims' intervals cover is the group's
//! **consensus** (when one point does: two cliques of equal weight are no consensus), and the
//! classes of values whose interval holds it are the consensus values. `lint`
//! (`lint/self_contradiction.rs`) keeps a new article's other value in the conflict and moves
//! its consensus claims to an agreement with the other sources' consensus claims. Nothing is
//! moved when no source left in the conflict states the consensus: the conflict would be left
//! with one side. `check` reports each fact's conflict whole: an archive's conflict is about
//! the fact, a lint's about the new article's claims.
//!
//! Cost: one binary search per class for the weight at its lower end (the maximum of a clique
//! of closed intervals is reached at some lower end), then one pass over the members.

use std::collections::{HashMap, HashSet};

use crate::rules::Tolerance;
use crate::value::{Interval, Mod, Value};

/// The value classes of `values` (each a value and mod, with how many claims state it), as
/// [`holding`] takes them (their intervals with the rule's `tolerance`), and each item's class.
pub fn classes(
    values: impl IntoIterator<Item = ((Value, Option<Mod>), usize)>,
    tolerance: Option<Tolerance>,
) -> (Vec<(Option<Interval>, usize)>, Vec<usize>) {
    let mut at: HashMap<(Value, Option<Mod>), usize> = HashMap::new();
    let mut classes: Vec<(Option<Interval>, usize)> = Vec::new();
    let class_of = values
        .into_iter()
        .map(|((value, modifier), n)| {
            let k = *at.entry((value, modifier)).or_insert_with(|| {
                classes.push((super::effective_interval(&value, modifier, tolerance), 0));
                classes.len() - 1
            });
            classes[k].1 += n;
            k
        })
        .collect();
    (classes, class_of)
}

/// Which classes (each one's interval, `None` when it cannot be placed, and how many claims
/// state it) hold the consensus, or `None` when there is none (see [`consensus`]).
pub fn holding(classes: &[(Option<Interval>, usize)]) -> Option<Vec<bool>> {
    let placed = || {
        classes
            .iter()
            .enumerate()
            .filter_map(|(k, (iv, _))| iv.map(|iv| (k, iv)))
    };
    let sweep = super::group::Sweep::new(placed().map(|(k, iv)| (iv, classes[k].1)));
    consensus(classes.len(), placed(), |x| {
        sweep.overlapping(Interval::point(x))
    })
}

/// Which classes hold the one point that the most claims' intervals cover, or `None` when two
/// distinct points tie for it (or nothing is placed). `placed` gives each placed class's index
/// and interval; `weight_at` how many claims' intervals hold a point; `classes` how many
/// classes there are.
fn consensus(
    classes: usize,
    placed: impl Iterator<Item = (usize, Interval)> + Clone,
    weight_at: impl Fn(f64) -> usize,
) -> Option<Vec<bool>> {
    // The heaviest lower end; a tie between two distinct lower ends is two cliques, since the
    // class starting at the later one does not hold the earlier.
    let mut best: Option<(usize, f64)> = None;
    let mut tied = false;
    for (_, iv) in placed.clone() {
        let w = weight_at(iv.lo);
        match best {
            Some((bw, bx)) if w == bw && iv.lo != bx => tied = true,
            Some((bw, _)) if w <= bw => {}
            _ => {
                best = Some((w, iv.lo));
                tied = false;
            }
        }
    }
    let (_, p) = best.filter(|_| !tied)?;
    let mut held = vec![false; classes];
    for (k, iv) in placed {
        held[k] = iv.lo <= p && p <= iv.hi;
    }
    Some(held)
}

/// How a conflicting group splits once its consensus is known: the members that stay in the
/// conflict, and those of the agreement on the consensus (both in members' order).
#[derive(Debug, PartialEq)]
pub struct Split {
    pub conflict: Vec<usize>,
    pub agreement: Vec<usize>,
}

/// The split of `members` (claim indices, sorted by source), given each member's source,
/// whether its class holds the consensus (`Some(true)`), does not (`Some(false)`), or cannot be
/// placed (`None`, which relates to nothing and stays in the conflict), and which sources may
/// be split (`movable`: the new articles). `None` when no claim moves.
pub fn split(
    members: &[usize],
    source_of: impl Fn(usize) -> usize,
    agrees: impl Fn(usize) -> Option<bool>,
    movable: impl Fn(usize) -> bool,
) -> Option<Split> {
    let outlying: HashSet<usize> = members
        .iter()
        .filter(|&&i| agrees(i) == Some(false))
        .map(|&i| source_of(i))
        .filter(|&s| movable(s))
        .collect();
    if outlying.is_empty() {
        return None;
    }
    // The consensus must still be stated in the conflict by a source that does not contradict
    // itself, and some claim must move.
    let moves = |i: usize| agrees(i) == Some(true) && outlying.contains(&source_of(i));
    let stays_in_consensus = members
        .iter()
        .any(|&i| agrees(i) == Some(true) && !outlying.contains(&source_of(i)));
    if !stays_in_consensus || !members.iter().any(|&i| moves(i)) {
        return None;
    }
    Some(Split {
        conflict: members.iter().copied().filter(|&i| !moves(i)).collect(),
        agreement: members
            .iter()
            .copied()
            .filter(|&i| agrees(i) == Some(true))
            .collect(),
    })
}

/// Whether a group whose value classes are `classes` (as [`holding`] takes them) may be split:
/// when one of `sources` (each the classes one new article states, as indices into `classes`)
/// states a class that holds the consensus and a placed one that does not. An index's per-fact
/// summary, which holds every member in one conflict, steps aside then (`index/lint.rs`).
pub fn may_split(classes: &[(Option<Interval>, usize)], sources: &[Vec<usize>]) -> bool {
    let Some(held) = holding(classes) else {
        return false;
    };
    sources.iter().any(|of| {
        let agrees = |k: &usize| classes.get(*k).map(|c| c.0.is_some() && held[*k]);
        of.iter().any(|k| agrees(k) == Some(true))
            && of
                .iter()
                .any(|k| agrees(k) == Some(false) && classes[*k].0.is_some())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iv(lo: f64, hi: f64) -> Interval {
        Interval { lo, hi }
    }

    /// The weight at `x` of classes given as (interval, claims).
    fn weight(classes: &[(Interval, usize)]) -> impl Fn(f64) -> usize + '_ {
        move |x| {
            classes
                .iter()
                .filter(|(iv, _)| iv.lo <= x && x <= iv.hi)
                .map(|(_, w)| w)
                .sum()
        }
    }

    fn held(classes: &[(Interval, usize)]) -> Option<Vec<bool>> {
        let placed: Vec<_> = classes.iter().map(|(iv, n)| (Some(*iv), *n)).collect();
        let by_count = consensus(
            classes.len(),
            classes.iter().enumerate().map(|(k, (iv, _))| (k, *iv)),
            weight(classes),
        );
        assert_eq!(holding(&placed), by_count);
        by_count
    }

    #[test]
    fn the_heaviest_clique_is_the_consensus() {
        // 2020 said three times, the autumn of 2020 once (inside it), 2021 once.
        let year = iv(2020.0, 2021.0);
        let autumn = iv(2020.7, 2020.9);
        let wrong = iv(2021.1, 2022.0);
        assert_eq!(
            held(&[(year, 3), (autumn, 1), (wrong, 1)]),
            Some(vec![true, true, false])
        );
        // 100 000 ± 5 000 four times, 10 000 once, 12 000 ± 1 000 once.
        assert_eq!(
            held(&[
                (iv(95e3, 105e3), 4),
                (iv(9.5e3, 10.5e3), 1),
                (iv(11e3, 13e3), 1)
            ]),
            Some(vec![true, false, false])
        );
    }

    #[test]
    fn two_cliques_of_equal_weight_are_no_consensus() {
        assert_eq!(held(&[(iv(1.0, 2.0), 2), (iv(3.0, 4.0), 2)]), None);
        // Equal weight at one lower end shared by two classes is one clique.
        assert_eq!(
            held(&[(iv(1.0, 2.0), 1), (iv(1.0, 3.0), 1), (iv(5.0, 6.0), 1)]),
            Some(vec![true, true, false])
        );
        assert_eq!(held(&[]), None);
    }

    /// Members 0.. with (source, agrees) each.
    fn split_of(rows: &[(usize, Option<bool>)]) -> Option<Split> {
        let members: Vec<usize> = (0..rows.len()).collect();
        split(&members, |i| rows[i].0, |i| rows[i].1, |_| true)
    }

    #[test]
    fn a_source_that_contradicts_itself_keeps_only_its_outlier_in_the_conflict() {
        // Sources 0 and 1 state the consensus; source 2 states it and an outlier.
        let s = split_of(&[
            (0, Some(true)),
            (1, Some(true)),
            (2, Some(true)),
            (2, Some(false)),
        ])
        .expect("a split");
        assert_eq!(s.conflict, [0, 1, 3]);
        assert_eq!(s.agreement, [0, 1, 2]);
    }

    #[test]
    fn nothing_moves_without_a_self_contradiction_or_a_consensus_left_in_the_conflict() {
        // An outlier from a source that states nothing else: the group stays one conflict.
        assert_eq!(split_of(&[(0, Some(true)), (1, Some(false))]), None);
        // Every source that states the consensus also states an outlier.
        assert_eq!(
            split_of(&[
                (0, Some(true)),
                (0, Some(false)),
                (1, Some(true)),
                (1, Some(false))
            ]),
            None
        );
        // A value nobody can place relates to nothing: it neither moves nor makes an outlier.
        assert_eq!(
            split_of(&[(0, Some(true)), (1, Some(true)), (1, None)]),
            None
        );
        // Only the sources that may be split are.
        let rows = [
            (0, Some(true)),
            (0, Some(false)),
            (1, Some(true)),
            (2, Some(true)),
        ];
        let moved = |s: usize| s != 0;
        assert_eq!(
            split(&[0, 1, 2, 3], |i| rows[i].0, |i| rows[i].1, moved),
            None
        );
    }

    #[test]
    fn a_split_is_foreseen_from_the_classes_and_each_source_s_values() {
        let classes = [
            (Some(iv(2020.0, 2021.0)), 4),
            (Some(iv(2021.1, 2022.0)), 1),
            (None, 1),
        ];
        // One source states the consensus and the outlier.
        assert!(may_split(&classes, &[vec![0, 1]]));
        // Only the consensus and a value nobody can place; or one value each.
        assert!(!may_split(&classes, &[vec![0, 2], vec![1]]));
        assert!(!may_split(&classes, &[]));
    }
}
