//! Running tallies (`tally: increasing`): counts that only grow, each true at its own time.
//!
//! A claim's as-of time is the day its sentence dates it to ("au 28 septembre", "jeudi soir",
//! read by the grammar; the nearest such date to the count, unless it starts a stretch, as in
//! "depuis le 19 septembre"), else its source's publication day. Claims true at the same day
//! are compared as any group is (two counts for one day that disagree are a conflict). Across
//! days, a smaller count at an earlier time is no conflict: the count grew. A count below what
//! an earlier day already counted is a **fall**, reported as a conflict that says so: "fell from
//! 84770 (2023-09-29, a.txt) to 65036 (2023-09-30, b.txt)". Found by one sweep in time order
//! that keeps the highest count so far: O(n log n) in the claims.

use std::collections::{BTreeMap, BTreeSet};

use super::{Compared, Fact, Finding, FindingKind, effective_interval, fingerprint, group};
use crate::grammar;
use crate::report::show_value;
use crate::value::{DateValue, Value, ValueKind, day_number};

/// A day a claim is true at: its number (days since 1970-01-01) and `YYYY-MM-DD`.
type Day = (i64, String);

/// The findings of one group of a tally rule: per day as usual, and the falls across days.
pub(super) fn compare_tally<C: Compared>(
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
    let mut by_day: BTreeMap<Option<Day>, Vec<usize>> = BTreeMap::new();
    for &i in &members {
        by_day
            .entry(as_of(
                sources,
                claims[i].source(),
                fact.text(claims[i].source(), claims[i].context()),
                &claims[i],
            ))
            .or_default()
            .push(i);
    }
    let first_of_group = findings.len();
    for day_members in by_day.values() {
        group::compare_group(fact, day_members.clone(), findings);
    }
    let mut fell: BTreeSet<usize> = BTreeSet::new();
    // A count as a message tells it: its value, its day and its source.
    let told = |c: usize, d: &Day| {
        let claim = &claims[c];
        format!(
            "{} ({}, {})",
            show_value(claim.value(), claim.modifier()),
            d.1,
            sources.name(claim.source())
        )
    };
    let tolerance = rules.rules[rule].tolerance;
    let interval =
        |i: usize| effective_interval(claims[i].value(), claims[i].modifier(), tolerance);
    // The highest count of the days swept so far: its lower end, its claim and its day.
    let mut high: Option<(f64, usize, &Day)> = None;
    let mut seen: BTreeSet<String> = BTreeSet::new();
    for (day, day_members) in by_day.iter().filter_map(|(d, m)| Some((d.as_ref()?, m))) {
        for &i in day_members {
            let (Some(iv), Some((lo, earlier, earlier_day))) = (interval(i), high) else {
                continue;
            };
            if iv.hi >= lo {
                continue;
            }
            let ids = if earlier < i {
                vec![earlier, i]
            } else {
                vec![i, earlier]
            };
            let id = fingerprint(
                rules,
                sources,
                claims,
                rule,
                subject.as_deref(),
                FindingKind::Conflict,
                &ids,
            );
            fell.extend([earlier, i]);
            if !seen.insert(id.clone()) {
                continue;
            }
            findings.push(Finding {
                id,
                kind: FindingKind::Conflict,
                rule,
                subject: subject.clone(),
                claims: ids,
                primary: i,
                within_source: claims[i].source() == claims[earlier].source(),
                message: Some(format!(
                    "a running tally fell: from {} to {}",
                    told(earlier, earlier_day),
                    told(i, day)
                )),
            });
        }
        for &i in day_members {
            if let Some(iv) = interval(i) {
                if high.is_none_or(|(lo, _, _)| iv.lo > lo) {
                    high = Some((iv.lo, i, day));
                }
            }
        }
    }
    // The counts no fall involves, over several days and sources, tell one growing tally:
    // each is corroborated by the others' days, not only by its own day's claims.
    let grew: Vec<(&Day, usize)> = by_day
        .iter()
        .filter_map(|(d, m)| Some((d.as_ref()?, m)))
        .flat_map(|(d, m)| m.iter().filter(|i| !fell.contains(i)).map(move |&i| (d, i)))
        .collect();
    let (Some(&(first_day, first)), Some(&(last_day, last))) = (grew.first(), grew.last()) else {
        return;
    };
    let told_by: BTreeSet<usize> = grew.iter().map(|&(_, i)| claims[i].source()).collect();
    if first_day == last_day || told_by.len() < 2 {
        return;
    }
    let mut ids: Vec<usize> = grew.iter().map(|&(_, i)| i).collect();
    ids.sort_unstable();
    // Its days' single-source findings are answered by the tally.
    let in_tally: BTreeSet<usize> = ids.iter().copied().collect();
    let mut mine = findings.split_off(first_of_group);
    mine.retain(|f| {
        f.kind != FindingKind::SingleSource || !f.claims.iter().all(|c| in_tally.contains(c))
    });
    findings.extend(mine);
    findings.push(Finding {
        id: fingerprint(
            rules,
            sources,
            claims,
            rule,
            subject.as_deref(),
            FindingKind::Agreement,
            &ids,
        ),
        kind: FindingKind::Agreement,
        rule,
        subject: subject.clone(),
        primary: last,
        within_source: false,
        message: Some(format!(
            "a running tally grew: from {} to {}",
            told(first, first_day),
            told(last, last_day)
        )),
        claims: ids,
    });
}

/// Words before a date that make it the start of a stretch, not the time a count is true at.
const STRETCH_STARTS: [&str; 5] = ["depuis", "après", "dès", "since", "after"];

/// The day `claim` is true at: the nearest day its sentence names (not one that starts a
/// stretch), else its source's publication day; `None` when neither is known to the day.
/// The claim's sentence (its context) is given: the text of a source may have been dropped, and
/// the sentence kept.
fn as_of(
    sources: &dyn super::Sources,
    source: usize,
    sentence: Option<&str>,
    claim: &impl Compared,
) -> Option<Day> {
    let context = claim.context();
    let span = claim.span();
    let sentence = sentence?;
    let published = sources.published(source);
    let named = grammar::scan(sentence, sources.lang(source), published)
        .into_iter()
        .filter(|m| m.kind == ValueKind::Date)
        .filter(|m| {
            let (start, end) = (context.start + m.start, context.start + m.end);
            end <= span.start || start >= span.end
        })
        .filter(|m| {
            // "depuis le 19 septembre": the word before the date, or the one before that.
            let before = sentence[..m.start].to_lowercase();
            !before
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .rev()
                .take(2)
                .any(|w| STRETCH_STARTS.contains(&w))
        })
        .filter_map(|m| {
            let Value::Date(DateValue::Day {
                year: Some(year),
                month,
                day,
            }) = m.value
            else {
                return None;
            };
            let at = context.start + m.start;
            let distance = at.abs_diff(span.start);
            Some((distance, day_of(year, month, day)?))
        })
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, day)| day);
    named.or_else(|| {
        let p = published?;
        day_of(p.year, p.month?, p.day?)
    })
}

fn day_of(year: i32, month: u8, day: u8) -> Option<Day> {
    let n = day_number(year, month, day)?;
    Some((n as i64, format!("{year:04}-{month:02}-{day:02}")))
}
