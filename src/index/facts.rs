//! The per-fact summary, computed when the index is built, so that `lint` answers the common
//! case without decoding or comparing every claim of a fact.
//!
//! When the corpus side of a fact (one rule, one subject) already holds a conflict between two
//! sources, comparing it again with a new article's claims gives one conflict finding holding
//! the corpus's members of that conflict and the new claims, provided that:
//! - the rule is not a running tally (a tally compares day by day: `compare/tally.rs`);
//! - every new claim of the fact can be placed (a value with an interval): a claim without a
//!   year is set apart as single-source, or joins a corpus claim stating exactly it
//!   (`compare_fact`'s placed/unplaced split), so it is left to the full comparison;
//! - no new article revises the corpus or is revised by it (`compare/revision.rs`): a dated
//!   new article whose edition key (its URL, else its outlet) is that of dated corpus sources
//!   of the fact must be older than their latest edition and state only values that edition
//!   states (then nothing of the corpus is revised that was not, and the new claims stand and
//!   join no revision finding), or else every new claim of the fact is superseded by a
//!   revision the corpus holds already (older than that key's latest edition, and a value it
//!   does not state: the fact's answer is then that revision with the new claims,
//!   `revised.rs`); and no two new articles share an edition key;
//! - and, decided in `lint`, no review decision sets claims apart (`review/bind.rs` compares
//!   subsets then), and no new article is a corpus file (its corpus claims would leave).
//!
//! Then the disagreeing pair of corpus sources still disagrees (a conflict only grows), the
//! group is compared as one (`group::emit`: every placed member in one conflict finding) and it
//! is a conflict across sources, so only what depends on the new claims is computed at lint
//! time: the finding's id, its anchor and its message. What those read of the corpus's members
//! (their fingerprint keys, the message's values with their first names and name counts, the
//! value classes) and the corpus side, which reads the corpus's claims only, are computed here,
//! by the comparator's own order (`parts.rs`), with the claims the corpus side quotes in full:
//! the only ones the report shows. `lint` reads them instead of the fact's claims
//! (`lint/decided.rs`), and, per rule, how many claims are dated without a year in undated
//! sources (lint's note on undated sources counts them).

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::parts::Parts;
use super::revised::Revised;
use super::{Entry, codec::StoredValue};
use crate::compare::{self, FindingKind};
use crate::extract::Claim;
use crate::rules::RuleSet;
use crate::source::{Source, SourceMeta};
use crate::value::{Mod, Published, Value};

/// A fact (rule and subject) whose corpus side holds a cross-source conflict.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Group {
    pub rule: u32,
    pub subject: Option<String>,
    /// The editions of the fact's placed corpus claims, by key (URL, else outlet, trimmed),
    /// sorted: what a new article of that key is checked against.
    pub editions: Vec<Edition>,
}

/// One edition key's latest date among a fact's placed corpus claims, and the values stated then.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Edition {
    pub key: String,
    pub latest: (i32, Option<u8>, Option<u8>),
    pub stands: Vec<StoredValue>,
    /// The fact's revision by this key, when the corpus holds one (an index into the
    /// summary's revisions, `revised.rs`).
    pub revision: Option<u32>,
}

impl Edition {
    /// Whether a new claim of `value` by a source of this key published `when` changes nothing
    /// of the fact's revisions: it is older than the latest edition, whose values include it.
    fn keeps(&self, when: Published, value: (Value, Option<Mod>)) -> bool {
        let (year, month, day) = self.latest;
        when < (Published { year, month, day }) && self.stands.iter().any(|s| (s.0, s.1) == value)
    }

    /// Whether such a claim is superseded (older than the latest edition, whose values do not
    /// include it) by a revision the summary holds: which one.
    fn revises(&self, when: Published, value: (Value, Option<Mod>)) -> Option<u32> {
        let (year, month, day) = self.latest;
        let older = when < (Published { year, month, day });
        (older && !self.stands.iter().any(|s| (s.0, s.1) == value))
            .then_some(self.revision)
            .flatten()
    }
}

/// The editions of a fact's claims (`members`, indices into `claims`), as `revision::split`
/// sees them: of the placed claims only (those with an interval, or whose value another source
/// states too, as `compare_fact` places them).
fn editions(sources: &[Source], claims: &[Claim], members: &[usize]) -> Vec<Edition> {
    let mut stating: HashMap<(Value, Option<Mod>), Vec<usize>> = HashMap::new();
    for &i in members {
        let c = &claims[i];
        let v = stating.entry((c.value, c.modifier)).or_default();
        if !v.contains(&c.source) {
            v.push(c.source);
        }
    }
    let mut by_key: BTreeMap<&str, (Published, Vec<StoredValue>)> = BTreeMap::new();
    for &i in members {
        let c = &claims[i];
        let placed = c.value.interval().is_some() || stating[&(c.value, c.modifier)].len() > 1;
        let meta = &sources[c.source].meta;
        let (Some(key), Some(when), true) = (edition(meta), meta.published, placed) else {
            continue;
        };
        let e = by_key.entry(key).or_insert((when, Vec::new()));
        if when > e.0 {
            *e = (when, Vec::new());
        }
        if when == e.0 {
            e.1.push(StoredValue(c.value, c.modifier));
        }
    }
    by_key
        .into_iter()
        .map(|(key, (when, stands))| Edition {
            key: key.to_string(),
            latest: (when.year, when.month, when.day),
            stands,
            revision: None,
        })
        .collect()
}

/// The summary of a corpus: the groups, the precomputed corpus side of each (`parts.rs`), and
/// per rule index how many of its claims are dated without a year in undated sources (what
/// lint's note on undated sources counts).
#[derive(Debug, Default)]
pub struct Facts {
    pub groups: Vec<Group>,
    pub parts: Vec<Parts>,
    pub yearless: Vec<u32>,
    /// The revisions the groups' editions point to.
    pub revisions: Vec<Revised>,
}

/// The edition key of a source (see `compare/revision.rs`): `None` when it has none or no date.
pub fn edition(meta: &SourceMeta) -> Option<&str> {
    meta.published?;
    meta.url
        .as_deref()
        .or(meta.outlet.as_deref())
        .map(str::trim)
}

/// The summary of `entries` under `rules`: each rule's claims compared alone, as the full path
/// compares them.
pub fn summarize(rules: &RuleSet, entries: &[Entry]) -> Facts {
    let empty: Arc<str> = Arc::from("");
    let sources: Vec<Source> = entries
        .iter()
        .map(|e| Source {
            path: PathBuf::from(&e.path),
            text: empty.clone(),
            body_start: e.body_start,
            meta: e.meta.clone(),
            decoded_from: None,
        })
        .collect();
    let mut by_rule: Vec<Vec<(u32, u32, Claim)>> =
        (0..rules.rules.len()).map(|_| Vec::new()).collect();
    for (si, e) in entries.iter().enumerate() {
        for (k, c) in e.claims.iter().enumerate() {
            if let Some(list) = by_rule.get_mut(c.rule) {
                let mut c = c.clone();
                c.source = si;
                list.push((si as u32, k as u32, c));
            }
        }
    }
    let no_date: Vec<bool> = sources.iter().map(|s| s.meta.published.is_none()).collect();
    let mut facts = Facts::default();
    for (rule, placed) in by_rule.into_iter().enumerate() {
        let ranks: Vec<u32> = placed.iter().map(|p| p.1).collect();
        let claims: Vec<Claim> = placed.into_iter().map(|p| p.2).collect();
        let yearless = crate::undated::count(&no_date, claims.iter().map(|c| (c.source, &c.value)));
        facts
            .yearless
            .push(yearless.map_or(0, |u| u.yearless_claims as u32));
        // A tally is compared day by day: never summarized.
        if rules.rules[rule].tally.is_some() || claims.is_empty() {
            continue;
        }
        let findings = compare::compare(rules, &sources, &claims);
        // The revisions, by subject and edition key.
        let mut revisions: HashMap<(Option<String>, String), Revised> = HashMap::new();
        for f in findings.iter().filter(|f| f.kind == FindingKind::Revision) {
            if let Some((key, r)) = super::revised::of(&sources, &claims, &ranks, f) {
                revisions.insert((f.subject.clone(), key), r);
            }
        }
        for f in findings {
            if f.kind != FindingKind::Conflict || f.within_source {
                continue;
            }
            let members: Vec<usize> = (0..claims.len())
                .filter(|&i| claims[i].subject == f.subject)
                .collect();
            let mut editions = editions(&sources, &claims, &members);
            for e in &mut editions {
                if let Some(r) = revisions.remove(&(f.subject.clone(), e.key.clone())) {
                    e.revision = Some(facts.revisions.len() as u32);
                    facts.revisions.push(r);
                }
            }
            facts.groups.push(Group {
                rule: rule as u32,
                subject: f.subject.clone(),
                editions,
            });
            facts
                .parts
                .push(super::parts::of(&sources, &claims, &ranks, &f));
        }
    }
    facts
}

/// How the summary answers one fact's new claims (`claims`, all of `group`'s rule and subject;
/// `new` the new articles): `Some(None)` as its conflict (`parts.rs`), `Some(Some(k))` as
/// revision `k` (`revised.rs`: every new claim is superseded by that revision), `None` not at
/// all (see the module's conditions).
pub fn verdict<'a>(
    group: &Group,
    new: &[Source],
    claims: impl IntoIterator<Item = &'a Claim>,
) -> Option<Option<u32>> {
    let mut answer: Option<Option<u32>> = None;
    for c in claims {
        // A claim that cannot be placed is set apart, or placed by another's value.
        c.value.interval()?;
        // A revision by or of the new article would change the group, unless the corpus
        // already revises its value.
        let meta = &new[c.source].meta;
        let this = match (edition(meta), meta.published) {
            (Some(key), Some(when)) => {
                match group.editions.binary_search_by(|e| e.key.as_str().cmp(key)) {
                    Err(_) => None,
                    Ok(k) => {
                        let e = &group.editions[k];
                        let value = (c.value, c.modifier);
                        if e.keeps(when, value) {
                            None
                        } else {
                            Some(e.revises(when, value)?)
                        }
                    }
                }
            }
            _ => None,
        };
        // The fact's new claims all join its conflict, or all one revision.
        if answer.is_some_and(|a| a != this) {
            return None;
        }
        answer = Some(this);
    }
    answer
}

/// The rules of `wanted` whose every new claim falls in a summarized group the summary can
/// answer exactly (see the module's conditions); `new` are the new articles, `new_claims`
/// their claims numbered from 0.
pub fn answerable(
    rules: &RuleSet,
    groups: &[Group],
    wanted: &[usize],
    new: &[Source],
    new_claims: &[Claim],
) -> Vec<usize> {
    // Two new articles of one edition might revise each other: the full path decides.
    let mut keys: Vec<&str> = new.iter().filter_map(|s| edition(&s.meta)).collect();
    keys.sort_unstable();
    if keys.windows(2).any(|w| w[0] == w[1]) {
        return Vec::new();
    }
    wanted
        .iter()
        .copied()
        .filter(|&r| rules.rules[r].tally.is_none())
        .filter(|&r| {
            let mut subjects: Vec<&Option<String>> = new_claims
                .iter()
                .filter(|c| c.rule == r)
                .map(|c| &c.subject)
                .collect();
            subjects.sort_unstable();
            subjects.dedup();
            subjects.into_iter().all(|subject| {
                // No cross-source conflict in the corpus: the comparison decides.
                let Some(g) = groups
                    .iter()
                    .find(|g| g.rule as usize == r && g.subject == *subject)
                else {
                    return false;
                };
                let of_fact = new_claims
                    .iter()
                    .filter(|c| c.rule == r && c.subject == *subject);
                verdict(g, new, of_fact).is_some()
            })
        })
        .collect()
}
