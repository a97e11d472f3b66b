//! The findings of one group of claims (one rule, one subject) by a sort and a sweep over their
//! values' intervals, never a loop over pairs of values: 40 000 distinct values of one fact are
//! compared in O(n log n) (issue 10).
//!
//! Claims with the same value and mod relate to every other claim alike, so they form one
//! [`ValueClass`]. Two classes conflict exactly when their intervals are disjoint, so how many
//! claims a class disagrees with is the group's placed claims minus those whose interval
//! overlaps its own, and the overlapping ones are counted with two binary searches in the
//! sorted lower and upper ends: those starting at or before its end, less those ending before
//! its start. The same count within the classes only one source states tells a disagreement
//! between two sources from one within a source. Refinements (one interval strictly inside
//! another) are enumerated by a sweep in order of lower end, with the upper ends seen so far
//! in an ordered map: the work is the number of nested pairs, which are all reported.

use std::collections::{BTreeMap, HashMap};

use super::{Compared, Fact, Finding, FindingKind, core_interval, effective_interval, fingerprint};
use crate::rules::RuleSet;
use crate::value::{Interval, Mod, Value};

/// The claims of one group that state the same value with the same mod. Its claims are not
/// listed (a list per class is a word per claim, 1 MB for the largest fact of 100 000
/// articles): what the comparison reads of them is counted, and the few findings that list a
/// class's claims find them again ([`positions_of`]).
struct ValueClass {
    key: (Value, Option<Mod>),
    /// The position of its first claim in the group's members.
    first: usize,
    /// How many of the group's claims state it.
    count: usize,
    /// The first source that states it (members are in source order), and whether another
    /// does too.
    source: usize,
    many: bool,
    /// The interval it is compared on, with the rule's tolerance; `None` when it cannot be
    /// placed (a year nobody knows), and then it relates to nothing.
    effective: Option<Interval>,
    /// The interval its wording commits to, for refinements.
    core: Option<Interval>,
}

impl ValueClass {
    /// The one source that states this value, when only one does.
    fn solo(&self) -> Option<usize> {
        (!self.many).then_some(self.source)
    }
}

/// Intervals, weighted, sorted by each end: how much weight overlaps a query interval, in two
/// binary searches.
pub(super) struct Sweep {
    /// Lower ends, ascending, with the weight of all ends up to and including each.
    los: Vec<End>,
    /// Upper ends, likewise.
    his: Vec<End>,
}

/// An interval end and a running weight.
type End = (f64, usize);

impl Sweep {
    pub(super) fn new(items: impl Iterator<Item = (Interval, usize)>) -> Sweep {
        let (mut los, mut his): (Vec<End>, Vec<End>) =
            items.map(|(iv, w)| ((iv.lo, w), (iv.hi, w))).unzip();
        for ends in [&mut los, &mut his] {
            ends.sort_by(|a, b| a.0.total_cmp(&b.0));
            let mut total = 0;
            for e in ends.iter_mut() {
                total += e.1;
                e.1 = total;
            }
        }
        Sweep { los, his }
    }

    fn weight_up_to(ends: &[End], count: usize) -> usize {
        count.checked_sub(1).map_or(0, |i| ends[i].1)
    }

    /// The weight of the intervals that overlap `q` (closed ends, as [`Interval::overlaps`]):
    /// those that start at or before its end, less those that end before its start (which
    /// all start before it too).
    pub(super) fn overlapping(&self, q: Interval) -> usize {
        let starting = self.los.partition_point(|e| e.0 <= q.hi);
        let ended = self.his.partition_point(|e| e.0 < q.lo);
        Self::weight_up_to(&self.los, starting).saturating_sub(Self::weight_up_to(&self.his, ended))
    }

    fn total(&self) -> usize {
        self.los.last().map_or(0, |e| e.1)
    }
}

/// The classes of `members` (sorted by source and position), in order of first appearance.
fn classes<C: Compared>(
    claims: &[C],
    members: &[usize],
    tolerance: Option<crate::rules::Tolerance>,
) -> Vec<ValueClass> {
    let mut index: HashMap<(Value, Option<Mod>), usize> = HashMap::new();
    let mut classes: Vec<ValueClass> = Vec::new();
    for (pos, &i) in members.iter().enumerate() {
        let c = &claims[i];
        let (value, modifier, source) = (c.value(), c.modifier(), c.source());
        let k = *index.entry((*value, modifier)).or_insert_with(|| {
            classes.push(ValueClass {
                key: (*value, modifier),
                first: pos,
                count: 0,
                source,
                many: false,
                effective: effective_interval(value, modifier, tolerance),
                core: core_interval(value, modifier),
            });
            classes.len() - 1
        });
        let class = &mut classes[k];
        class.count += 1;
        class.many |= class.source != source;
    }
    classes
}

/// The positions in `members` of the claims of each class in `wanted` (indices into
/// `classes`), in order, aligned with `wanted`.
fn positions_of<C: Compared>(
    claims: &[C],
    members: &[usize],
    classes: &[ValueClass],
    wanted: &[usize],
) -> Vec<Vec<usize>> {
    let slot: HashMap<(Value, Option<Mod>), usize> = wanted
        .iter()
        .enumerate()
        .map(|(n, &k)| (classes[k].key, n))
        .collect();
    let mut positions: Vec<Vec<usize>> = wanted
        .iter()
        .map(|&k| Vec::with_capacity(classes[k].count))
        .collect();
    for (pos, &i) in members.iter().enumerate() {
        let c = &claims[i];
        if let Some(&n) = slot.get(&(*c.value(), c.modifier())) {
            positions[n].push(pos);
        }
    }
    positions
}

/// The findings of one group of claims: one rule, one subject, sorted by source and position.
pub(super) fn compare_group<C: Compared>(
    fact: &Fact<C>,
    members: Vec<usize>,
    findings: &mut Vec<Finding>,
) {
    let Fact {
        rules,
        sources,
        claims,
        rule,
        subject,
        ..
    } = *fact;
    let tolerance = rules.rules[rule].tolerance;
    let classes = classes(claims, &members, tolerance);
    let placed = || {
        classes
            .iter()
            .enumerate()
            .filter_map(|(k, c)| c.effective.map(|iv| (k, iv)))
    };
    // By claims, for how many each disagrees with; by classes, for whether two sources do.
    let by_claims = Sweep::new(placed().map(|(k, iv)| (iv, classes[k].count)));
    let by_classes = Sweep::new(placed().map(|(_, iv)| (iv, 1)));
    // The classes only one source states, by that source.
    let mut solo_ivs: BTreeMap<usize, Vec<Interval>> = BTreeMap::new();
    for (k, iv) in placed() {
        if let Some(s) = classes[k].solo() {
            solo_ivs.entry(s).or_default().push(iv);
        }
    }
    let solo: BTreeMap<usize, Sweep> = solo_ivs
        .into_iter()
        .map(|(s, ivs)| (s, Sweep::new(ivs.into_iter().map(|iv| (iv, 1)))))
        .collect();

    // The claim that disagrees with the most others, as (how many, its position): every claim
    // of a class disagrees with as many, and the first comes first.
    let mut anchor: Option<(usize, usize)> = None;
    let mut cross_source_conflict = false;
    // Whether some pair of claims from two sources could be compared and held together; a
    // year nobody knows ("le 9 mai" with no publication date) corroborates nothing.
    let mut corroborated = classes.iter().any(|class| class.many);
    for (k, iv) in placed() {
        let class = &classes[k];
        let disagreeing = by_claims.total() - by_claims.overlapping(iv);
        if disagreeing > 0
            && anchor.is_none_or(|(most, at)| {
                (disagreeing, std::cmp::Reverse(class.first)) > (most, std::cmp::Reverse(at))
            })
        {
            anchor = Some((disagreeing, class.first));
        }
        // Classes this one conflicts with / agrees with (itself included), in all and among
        // the classes of its own single source: a pair within one source proves nothing
        // across sources.
        let (disjoint, overlapping) = {
            let o = by_classes.overlapping(iv);
            (by_classes.total() - o, o)
        };
        let (own_disjoint, own_overlapping) = match class.solo().and_then(|s| solo.get(&s)) {
            Some(own) => {
                let o = own.overlapping(iv);
                (own.total() - o, o)
            }
            None => (0, 0),
        };
        cross_source_conflict |= disjoint > own_disjoint;
        corroborated |= class.solo().is_some() && overlapping > own_overlapping;
    }

    let verdicts = Verdicts {
        anchor: anchor.map(|(_, at)| at),
        cross_source_conflict,
        corroborated,
    };
    let refinements = |members: &[usize]| {
        let pairs: Vec<(usize, usize)> = nested(&classes)
            .into_iter()
            .filter(|&(coarse, fine)| {
                let (a, b) = (&classes[coarse], &classes[fine]);
                a.solo().is_none() || a.solo() != b.solo()
            })
            .collect();
        if pairs.is_empty() {
            return Vec::new();
        }
        let mut wanted: Vec<usize> = pairs.iter().flat_map(|&(a, b)| [a, b]).collect();
        wanted.sort_unstable();
        wanted.dedup();
        let listed = positions_of(claims, members, &classes, &wanted);
        let of = |k: usize| &listed[wanted.binary_search(&k).unwrap_or_default()];
        pairs
            .into_iter()
            .map(|(coarse, fine)| {
                let (a, b) = (of(coarse), of(fine));
                let mut positions: Vec<usize> = a.iter().chain(b).copied().collect();
                positions.sort_unstable();
                (positions, b[0])
            })
            .collect()
    };
    let group = Group {
        rules,
        sources,
        claims,
        rule,
        subject,
    };
    emit(&group, members, &verdicts, refinements, findings);
}

/// One group of claims, as the comparator is given it.
struct Group<'a, C> {
    rules: &'a RuleSet,
    sources: &'a dyn super::Sources,
    claims: &'a [C],
    rule: usize,
    subject: &'a Option<String>,
}

/// What comparing a group found, before it is told as findings.
struct Verdicts {
    /// The position of the claim that disagrees with the most others (the first of them),
    /// when one disagrees with another.
    anchor: Option<usize>,
    /// Whether some disagreeing pair comes from two sources.
    cross_source_conflict: bool,
    /// Whether some pair of claims from two sources could be compared and held together.
    corroborated: bool,
}

/// The group's findings: a conflict when a claim disagrees with another; else single-source
/// when nothing corroborates it; else an agreement, and one refinement per nested pair of
/// values (`refinements`: the positions in `members` of both values' claims, sorted, and the
/// finer value's first position), asked for only then. `members` (sorted by source and
/// position) become the claims of the group's finding.
fn emit<C: Compared>(
    g: &Group<C>,
    members: Vec<usize>,
    v: &Verdicts,
    refinements: impl FnOnce(&[usize]) -> Vec<(Vec<usize>, usize)>,
    findings: &mut Vec<Finding>,
) {
    let make = |kind, ids: Vec<usize>, primary| {
        let id = fingerprint(
            g.rules,
            g.sources,
            g.claims,
            g.rule,
            g.subject.as_deref(),
            kind,
            &ids,
        );
        Finding {
            id,
            kind,
            rule: g.rule,
            subject: g.subject.clone(),
            claims: ids,
            primary,
            within_source: kind == FindingKind::Conflict && !v.cross_source_conflict,
            message: None,
        }
    };
    // Members are sorted by source: a source is new where it differs from the one before.
    let source_count = members
        .iter()
        .enumerate()
        .filter(|&(k, &i)| k == 0 || g.claims[members[k - 1]].source() != g.claims[i].source())
        .count();
    if let Some(at) = v.anchor {
        // Anchored on the claim that disagrees with the most others (the outlier); ties go
        // to the earliest source, so the choice is stable.
        let primary = members[at];
        findings.push(make(FindingKind::Conflict, members, primary));
        return;
    }
    if source_count == 1 || !v.corroborated {
        let first = members[0];
        findings.push(make(FindingKind::SingleSource, members, first));
        return;
    }
    let refined: Vec<(Vec<usize>, usize)> = refinements(&members)
        .into_iter()
        .map(|(positions, fine)| {
            (
                positions.iter().map(|&p| members[p]).collect(),
                members[fine],
            )
        })
        .collect();
    let first = members[0];
    findings.push(make(FindingKind::Agreement, members, first));
    for (ids, fine) in refined {
        findings.push(make(FindingKind::Refinement, ids, fine));
    }
}

/// Every `(coarse, fine)` pair of classes whose core intervals differ and the first contains
/// the second. Classes in order of lower end (wider first on a tie); a class is contained in
/// exactly the classes before it whose upper end reaches its own, found in a map of upper ends.
fn nested(classes: &[ValueClass]) -> Vec<(usize, usize)> {
    let mut order: Vec<(usize, Interval)> = classes
        .iter()
        .enumerate()
        .filter(|(_, c)| c.effective.is_some())
        .filter_map(|(k, c)| c.core.map(|iv| (k, iv)))
        .collect();
    order.sort_by(|(ka, a), (kb, b)| {
        a.lo.total_cmp(&b.lo)
            .then(b.hi.total_cmp(&a.hi))
            .then(ka.cmp(kb))
    });
    let mut seen: BTreeMap<OrderedEnd, Vec<(usize, Interval)>> = BTreeMap::new();
    let mut pairs = Vec::new();
    for &(fine, iv) in &order {
        for (_, coarse) in seen.range(OrderedEnd(iv.hi)..) {
            for &(k, outer) in coarse {
                if outer != iv {
                    pairs.push((k, fine));
                }
            }
        }
        seen.entry(OrderedEnd(iv.hi)).or_default().push((fine, iv));
    }
    pairs
}

/// An interval end, ordered by `f64::total_cmp` (the ends are never NaN).
#[derive(Debug, Clone, Copy)]
struct OrderedEnd(f64);

impl PartialEq for OrderedEnd {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other).is_eq()
    }
}

impl Eq for OrderedEnd {}

impl PartialOrd for OrderedEnd {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for OrderedEnd {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

#[cfg(test)]
mod tests {
    //! The sweep against the loop over pairs it replaced (kept here as the reference), on many
    //! generated groups: the same findings, claim for claim, anchor for anchor.
    use super::*;
    use crate::compare::{Relation, relate};
    use crate::extract::Claim;
    use crate::source::Source;
    use crate::value::{DateValue, Decimal};

    struct OldClass {
        value: Value,
        modifier: Option<Mod>,
        positions: Vec<usize>,
        sources: Vec<usize>,
    }

    fn pairwise_group(
        rules: &RuleSet,
        sources: &dyn crate::compare::Sources,
        claims: &[Claim],
        rule: usize,
        subject: &Option<String>,
        members: Vec<usize>,
        findings: &mut Vec<Finding>,
    ) {
        let tolerance = rules.rules[rule].tolerance;
        let n = members.len();
        // Claims with the same value and mod relate to every other claim alike, so each distinct
        // value is compared once: a text that repeats one date a thousand times stays linear.
        let mut classes: Vec<OldClass> = Vec::new();
        for (pos, &i) in members.iter().enumerate() {
            let c = &claims[i];
            match classes
                .iter_mut()
                .find(|k| k.value == c.value && k.modifier == c.modifier)
            {
                Some(k) => {
                    k.positions.push(pos);
                    // Members are sorted by source, so a new source comes last.
                    if k.sources.last() != Some(&c.source) {
                        k.sources.push(c.source);
                    }
                }
                None => classes.push(OldClass {
                    value: c.value,
                    modifier: c.modifier,
                    positions: vec![pos],
                    sources: vec![c.source],
                }),
            }
        }
        // Whether two classes hold a pair of claims from two different sources.
        let cross = |a: usize, b: usize| {
            let (sa, sb) = (&classes[a].sources, &classes[b].sources);
            !(sa.len() == 1 && sb.len() == 1 && sa[0] == sb[0])
        };
        // conflicts[pos]: how many claims member `pos` disagrees with.
        let mut conflicts = vec![0usize; n];
        let mut cross_source_conflict = false;
        // Whether some pair of claims from two sources could be compared and held together; a
        // year nobody knows ("le 9 mai" with no publication date) corroborates nothing.
        let mut corroborated = classes.iter().any(|class| class.sources.len() > 1);
        // (coarse class, fine class) pairs seen across sources.
        let mut refinements: Vec<(usize, usize)> = Vec::new();
        for a in 0..classes.len() {
            for b in a + 1..classes.len() {
                let relation = relate(
                    &claims[members[classes[a].positions[0]]],
                    &claims[members[classes[b].positions[0]]],
                    tolerance,
                );
                let cross = cross(a, b);
                corroborated |= cross
                    && matches!(
                        relation,
                        Relation::Agree | Relation::Contains | Relation::ContainedBy
                    );
                match relation {
                    Relation::Conflict => {
                        for &p in &classes[a].positions {
                            conflicts[p] += classes[b].positions.len();
                        }
                        for &p in &classes[b].positions {
                            conflicts[p] += classes[a].positions.len();
                        }
                        cross_source_conflict |= cross;
                    }
                    Relation::Contains if cross => refinements.push((a, b)),
                    Relation::ContainedBy if cross => refinements.push((b, a)),
                    _ => {}
                }
            }
        }
        // The first claim that disagrees with the most others, when one disagrees.
        let most = *conflicts.iter().max().unwrap_or(&0);
        let verdicts = Verdicts {
            anchor: (most > 0).then(|| conflicts.iter().position(|&c| c == most).unwrap_or(0)),
            cross_source_conflict,
            corroborated,
        };
        let refinements = |_: &[usize]| {
            refinements
                .into_iter()
                .map(|(coarse, fine)| {
                    let mut positions: Vec<usize> = classes[coarse]
                        .positions
                        .iter()
                        .chain(&classes[fine].positions)
                        .copied()
                        .collect();
                    positions.sort_unstable();
                    (positions, classes[fine].positions[0])
                })
                .collect()
        };
        let group = Group {
            rules,
            sources,
            claims,
            rule,
            subject,
        };
        emit(&group, members, &verdicts, refinements, findings);
    }

    /// A small deterministic generator (an LCG), so that a failure can be replayed.
    struct Lcg(u64);

    impl Lcg {
        fn next(&mut self, n: u64) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            (self.0 >> 33) % n
        }
    }

    fn value(rng: &mut Lcg) -> (Value, Option<Mod>) {
        let value = match rng.next(4) {
            0 => Value::Number(Decimal::int(
                [100_000, 100_617, 2_000, 1_960, 6_500, 120_000][rng.next(6) as usize],
            )),
            1 => Value::Number(Decimal::int(90_000 + 10_000 * rng.next(4) as i64)),
            2 => Value::Date(DateValue::Month {
                year: Some(2022 + rng.next(2) as i32),
                month: 9,
            }),
            _ => Value::Date(DateValue::Day {
                year: if rng.next(5) == 0 { None } else { Some(2023) },
                month: 9,
                day: 18 + rng.next(4) as u8,
            }),
        };
        let modifier = [
            None,
            None,
            Some(Mod::Approx),
            Some(Mod::MoreThan),
            Some(Mod::Mid),
        ][rng.next(5) as usize];
        (value, modifier)
    }

    #[test]
    fn the_sweep_finds_what_every_pair_finds() {
        let mut rng = Lcg(9);
        let sources: Vec<Source> = (0..6)
            .map(|i| crate::source::from_text(format!("s{i}.txt"), "", Default::default()))
            .collect();
        let mut compared = 0;
        let mut seen = std::collections::BTreeSet::new();
        for tolerance in ["", "    tolerance: 5%\n", "    tolerance: 40\n"] {
            let rules = crate::rules::load_str(
                "t.yaml",
                &format!(
                    "rules:\n  - id: r\n    title: T\n    kind: count\n{tolerance}    patterns: [\"{{count}} morts\"]\n"
                ),
            )
            .expect("loads");
            for _ in 0..400 {
                let n = 1 + rng.next(7) as usize;
                let mut claims: Vec<Claim> = (0..n)
                    .map(|k| {
                        let (value, modifier) = value(&mut rng);
                        Claim {
                            span: k..k + 1,
                            ..crate::compare::tests::claim(value, modifier, rng.next(4) as usize)
                        }
                    })
                    .collect();
                // Kind by kind, as groups are: counts with counts, dates with dates.
                let dates = rng.next(2) == 0;
                claims.retain(|c| matches!(c.value, Value::Date(_)) == dates);
                claims.sort_by_key(|c| (c.source, c.span.start));
                if claims.is_empty() {
                    continue;
                }
                let members: Vec<usize> = (0..claims.len()).collect();
                let (mut swept, mut paired) = (Vec::new(), Vec::new());
                let fact = Fact {
                    rules: &rules,
                    sources: &sources,
                    claims: &claims,
                    rule: 0,
                    subject: &None,
                    kept: None,
                };
                compare_group(&fact, members.clone(), &mut swept);
                pairwise_group(&rules, &sources, &claims, 0, &None, members, &mut paired);
                for found in [&mut swept, &mut paired] {
                    found.sort_by(|a, b| a.id.cmp(&b.id));
                }
                assert_eq!(swept, paired, "{claims:#?}");
                compared += 1;
                for f in &swept {
                    seen.insert((f.kind, f.within_source));
                }
            }
        }
        assert!(compared > 1000, "{compared}");
        // The groups were varied enough to reach every verdict.
        for kind in [
            FindingKind::Conflict,
            FindingKind::Refinement,
            FindingKind::Agreement,
            FindingKind::SingleSource,
        ] {
            assert!(seen.contains(&(kind, false)), "no {kind:?} in {seen:?}");
        }
        assert!(seen.contains(&(FindingKind::Conflict, true)), "{seen:?}");
    }
}
