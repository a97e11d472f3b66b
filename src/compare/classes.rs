//! How the distinct values of one group relate, without comparing every pair.
//!
//! A hostile or simply long article can state thousands of distinct values for one rule (a
//! table of figures, a scraped archive on one line). Comparing every pair of them made a check
//! quadratic: 10 000 distinct counts in one file took 36 s, 20 000 took 95 s. What a group's
//! findings need is not every pair's relation but a few facts, each found from the values'
//! intervals sorted once:
//!
//! - how many claims each value conflicts with: the intervals that end before it starts plus
//!   those that start after it ends (two binary searches over prefix sums);
//! - whether some conflict is between two sources (the same searches, over which sources the
//!   intervals before and after come from);
//! - whether two sources' values overlap anywhere (one sweep in order of start);
//! - which pairs are refinements, a coarse value strictly containing a finer one, asked only
//!   when nothing conflicts; they are enumerated with a max-tree over the intervals' ends, in
//!   time proportional to the pairs found.
//!
//! Each agrees with [`super::relate`] applied to every pair (a test checks it), which stays
//! the definition.

use std::cmp::Ordering;

use super::{ValueClass, core_interval, effective_interval};
use crate::rules::Tolerance;
use crate::value::Interval;

/// Which sources a set of values comes from, as far as "is a pair of them from two sources"
/// needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum From {
    Nothing,
    One(usize),
    Several,
}

impl From {
    fn of(class: &ValueClass) -> From {
        match class.sources.as_slice() {
            [one] => From::One(*one),
            _ => From::Several,
        }
    }

    fn join(self, other: From) -> From {
        match (self, other) {
            (From::Nothing, x) | (x, From::Nothing) => x,
            (From::One(a), From::One(b)) if a == b => From::One(a),
            _ => From::Several,
        }
    }

    /// Whether a value from `self` and one from `other` can be from two sources.
    fn crosses(self, other: From) -> bool {
        match (self, other) {
            (From::Nothing, _) | (_, From::Nothing) => false,
            (From::One(a), From::One(b)) => a != b,
            _ => true,
        }
    }
}

/// What the pairs of a group's classes amount to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Pairs {
    /// For each class, how many claims of other classes it conflicts with.
    pub conflicts: Vec<usize>,
    /// Some conflicting pair is from two sources.
    pub cross_source_conflict: bool,
    /// Some pair from two sources overlaps (agrees or refines).
    pub cross_source_overlap: bool,
}

fn by_f64(a: f64, b: f64) -> Ordering {
    a.total_cmp(&b)
}

/// The effective intervals of the classes that have one; a NaN end (which no grammar gives)
/// is treated as a value that cannot be placed.
fn placed(classes: &[ValueClass], tolerance: Option<Tolerance>) -> Vec<(usize, Interval)> {
    classes
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let iv = effective_interval(&c.value, c.modifier, tolerance)?;
            (!iv.lo.is_nan() && !iv.hi.is_nan()).then_some((i, iv))
        })
        .collect()
}

pub(super) fn pairs(classes: &[ValueClass], tolerance: Option<Tolerance>) -> Pairs {
    let known = placed(classes, tolerance);
    let weight = |i: usize| classes[i].positions.len();
    // Sorted by end, with the weight and sources of every prefix.
    let mut by_hi: Vec<(f64, usize)> = known.iter().map(|&(i, iv)| (iv.hi, i)).collect();
    by_hi.sort_by(|a, b| by_f64(a.0, b.0).then(a.1.cmp(&b.1)));
    let mut hi_weight = vec![0];
    let mut hi_from = vec![From::Nothing];
    for &(_, i) in &by_hi {
        hi_weight.push(hi_weight.last().unwrap_or(&0) + weight(i));
        let last = *hi_from.last().unwrap_or(&From::Nothing);
        hi_from.push(last.join(From::of(&classes[i])));
    }
    // Sorted by start, with the weight and sources of every suffix.
    let mut by_lo: Vec<(f64, usize)> = known.iter().map(|&(i, iv)| (iv.lo, i)).collect();
    by_lo.sort_by(|a, b| by_f64(a.0, b.0).then(a.1.cmp(&b.1)));
    let mut lo_weight = vec![0; by_lo.len() + 1];
    let mut lo_from = vec![From::Nothing; by_lo.len() + 1];
    for (k, &(_, i)) in by_lo.iter().enumerate().rev() {
        lo_weight[k] = lo_weight[k + 1] + weight(i);
        lo_from[k] = lo_from[k + 1].join(From::of(&classes[i]));
    }
    let mut conflicts = vec![0; classes.len()];
    let mut cross_source_conflict = false;
    for &(i, iv) in &known {
        // Disjoint from `iv`: ending before it starts, or starting after it ends.
        let before = by_hi.partition_point(|&(hi, _)| hi < iv.lo);
        let after = by_lo.partition_point(|&(lo, _)| lo <= iv.hi);
        conflicts[i] = hi_weight[before] + lo_weight[after];
        let disjoint = hi_from[before].join(lo_from[after]);
        cross_source_conflict |= From::of(&classes[i]).crosses(disjoint);
    }
    Pairs {
        conflicts,
        cross_source_conflict,
        cross_source_overlap: overlap_across_sources(classes, &known),
    }
}

/// Whether two values from two sources overlap: a sweep in order of start keeps, of the
/// values seen, the furthest end and the furthest end from another source than that one's.
fn overlap_across_sources(classes: &[ValueClass], known: &[(usize, Interval)]) -> bool {
    let mut sorted: Vec<(usize, Interval)> = known.to_vec();
    sorted.sort_by(|a, b| by_f64(a.1.lo, b.1.lo).then(a.0.cmp(&b.0)));
    // (end, sources) of the furthest end, and of the furthest end not from those sources.
    let mut first: Option<(f64, From)> = None;
    let mut second: Option<(f64, From)> = None;
    for (i, iv) in sorted {
        let from = From::of(&classes[i]);
        for seen in [first, second].into_iter().flatten() {
            if seen.1.crosses(from) && seen.0 >= iv.lo {
                return true;
            }
        }
        match first {
            Some((hi, f)) if f == from && from != From::Several => {
                first = Some((hi.max(iv.hi), f));
            }
            Some((hi, f)) if iv.hi > hi => {
                if f.crosses(from) {
                    second = Some((hi, f));
                }
                first = Some((iv.hi, from));
            }
            Some(_) => {
                if second.is_none_or(|(hi, _)| iv.hi > hi) {
                    second = Some((iv.hi, from));
                }
            }
            None => first = Some((iv.hi, from)),
        }
    }
    false
}

/// Every (coarse, fine) pair of classes from two sources whose stated intervals nest strictly:
/// the refinements of a group in which nothing conflicts.
pub(super) fn refinements(classes: &[ValueClass]) -> Vec<(usize, usize)> {
    let mut cores: Vec<(usize, Interval)> = classes
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let iv = core_interval(&c.value, c.modifier)?;
            (!iv.lo.is_nan() && !iv.hi.is_nan()).then_some((i, iv))
        })
        .collect();
    // A coarse interval comes before every interval it strictly contains: by start, then by
    // end from the furthest.
    cores.sort_by(|a, b| {
        by_f64(a.1.lo, b.1.lo)
            .then(by_f64(b.1.hi, a.1.hi))
            .then(a.0.cmp(&b.0))
    });
    let tree = MaxTree::new(cores.iter().map(|c| c.1.hi).collect());
    let mut out = Vec::new();
    let mut found = Vec::new();
    for (k, &(fine, iv)) in cores.iter().enumerate() {
        found.clear();
        tree.at_least(k, iv.hi, &mut found);
        for &j in &found {
            let (coarse, outer) = cores[j];
            if outer != iv && From::of(&classes[coarse]).crosses(From::of(&classes[fine])) {
                out.push((coarse, fine));
            }
        }
    }
    out.sort_unstable();
    out
}

/// A max-tree over values, to list the positions before `end` whose value is at least `x` in
/// time proportional to how many there are (times the tree's depth).
struct MaxTree {
    size: usize,
    max: Vec<f64>,
}

impl MaxTree {
    fn new(values: Vec<f64>) -> MaxTree {
        let size = values.len().next_power_of_two().max(1);
        let mut max = vec![f64::NEG_INFINITY; 2 * size];
        max[size..size + values.len()].copy_from_slice(&values);
        for node in (1..size).rev() {
            max[node] = if by_f64(max[2 * node], max[2 * node + 1]) == Ordering::Less {
                max[2 * node + 1]
            } else {
                max[2 * node]
            };
        }
        MaxTree { size, max }
    }

    fn at_least(&self, end: usize, x: f64, out: &mut Vec<usize>) {
        // An explicit stack of (node, first position, one past the last): no recursion depth
        // to worry about.
        let mut stack = vec![(1, 0, self.size)];
        while let Some((node, from, to)) = stack.pop() {
            if from >= end || by_f64(self.max[node], x) == Ordering::Less {
                continue;
            }
            if to - from == 1 {
                out.push(from);
                continue;
            }
            let mid = (from + to) / 2;
            stack.push((2 * node + 1, mid, to));
            stack.push((2 * node, from, mid));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::claim;
    use super::super::{Relation, relate};
    use super::*;
    use crate::value::{DateValue, Decimal, Mod, Value};

    /// What the pair loop that `pairs` and `refinements` replace computed: the definition.
    fn by_every_pair(
        classes: &[ValueClass],
        tolerance: Option<Tolerance>,
    ) -> (Pairs, Vec<(usize, usize)>) {
        let first = |k: &ValueClass| claim(k.value, k.modifier, k.sources[0]);
        let cross = |a: &ValueClass, b: &ValueClass| {
            !(a.sources.len() == 1 && b.sources.len() == 1 && a.sources[0] == b.sources[0])
        };
        let mut out = Pairs {
            conflicts: vec![0; classes.len()],
            cross_source_conflict: false,
            cross_source_overlap: false,
        };
        let mut refinements = Vec::new();
        for a in 0..classes.len() {
            for b in a + 1..classes.len() {
                let (ka, kb) = (&classes[a], &classes[b]);
                let relation = relate(&first(ka), &first(kb), tolerance);
                let cross = cross(ka, kb);
                out.cross_source_overlap |= cross
                    && matches!(
                        relation,
                        Relation::Agree | Relation::Contains | Relation::ContainedBy
                    );
                match relation {
                    Relation::Conflict => {
                        out.conflicts[a] += kb.positions.len();
                        out.conflicts[b] += ka.positions.len();
                        out.cross_source_conflict |= cross;
                    }
                    Relation::Contains if cross => refinements.push((a, b)),
                    Relation::ContainedBy if cross => refinements.push((b, a)),
                    _ => {}
                }
            }
        }
        refinements.sort_unstable();
        (out, refinements)
    }

    /// xorshift64*: the same classes on every run.
    struct Rng(u64);
    impl Rng {
        fn below(&mut self, n: u64) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n
        }
    }

    fn random_value(rng: &mut Rng) -> Value {
        match rng.below(4) {
            // Round and exact counts, close to each other so that many overlap.
            0 => Value::Number(Decimal::int(
                [1000, 1050, 1100, 2000, 10_000][rng.below(5) as usize] + rng.below(3) as i64,
            )),
            1 => Value::Number(Decimal::int(100 * rng.below(30) as i64)),
            2 => Value::Date(DateValue::Year {
                year: 2020 + rng.below(3) as i32,
            }),
            _ => Value::Date(DateValue::Month {
                year: Some(2020 + rng.below(3) as i32),
                month: 1 + rng.below(12) as u8,
            }),
        }
    }

    #[test]
    fn the_sorted_answers_are_those_of_every_pair() {
        let mods = [None, Some(Mod::Approx), Some(Mod::MoreThan), Some(Mod::End)];
        let tolerances = [
            None,
            Some(Tolerance::Percent(5.0)),
            Some(Tolerance::Absolute(40.0)),
        ];
        let mut rng = Rng(0x5eed_1234_abcd_0001);
        // How often each case came up, so that the test cannot pass by never meeting one.
        let (mut conflicting, mut refining, mut overlapping) = (0, 0, 0);
        for round in 0..400 {
            let mut classes: Vec<ValueClass> = Vec::new();
            let kind = rng.below(2);
            for _ in 0..1 + rng.below(9) {
                let value = loop {
                    let v = random_value(&mut rng);
                    if matches!(v, Value::Number(_)) == (kind == 0) {
                        break v;
                    }
                };
                let modifier = mods[rng.below(4) as usize];
                if classes
                    .iter()
                    .any(|k| k.value == value && k.modifier == modifier)
                {
                    continue;
                }
                let mut sources = vec![rng.below(3) as usize];
                if rng.below(4) == 0 {
                    sources.push(3);
                }
                let positions = (0..1 + rng.below(3) as usize).collect();
                classes.push(ValueClass {
                    value,
                    modifier,
                    positions,
                    sources,
                });
            }
            let tolerance = tolerances[rng.below(3) as usize];
            let (expected, expected_refinements) = by_every_pair(&classes, tolerance);
            assert_eq!(pairs(&classes, tolerance), expected, "round {round}");
            conflicting += usize::from(expected.cross_source_conflict);
            overlapping += usize::from(expected.cross_source_overlap);
            if expected.conflicts.iter().all(|&c| c == 0) {
                refining += usize::from(!expected_refinements.is_empty());
                assert_eq!(refinements(&classes), expected_refinements, "round {round}");
            }
        }
        assert!(
            conflicting > 20 && refining > 20 && overlapping > 20,
            "{conflicting} {refining} {overlapping}"
        );
    }
}
