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
//!   join no revision finding); and no two new articles share an edition key;
//! - and, decided in `lint`, no review decision sets claims apart (`review/bind.rs` compares
//!   subsets then), and no new article is a corpus file (its corpus claims would leave).
//!
//! Then the disagreeing pair of corpus sources still disagrees (a conflict only grows), the
//! group is compared as one (`group::emit`: every placed member in one conflict finding) and it
//! is a conflict across sources, so only what depends on the new claims is computed at lint
//! time: the finding's id, its anchor, its message and its corpus side, from the claims as the
//! full path has them. Those are exact because every corpus claim of the fact is given to the
//! same code: the summary stores, per rule, every claim's source, rank, position and value
//! (`Compact`: what the fingerprint, the message, the corpus side and the undated count read),
//! and in full only the claims the corpus side quotes, the only ones the report shows.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::{Entry, StoredClaim, codec::StoredValue};
use crate::compare::{self, FindingKind};
use crate::extract::Claim;
use crate::rules::{MatchedBy, RuleSet};
use crate::source::{Source, SourceMeta};
use crate::value::{Mod, Published, Value};

/// No group: a claim outside every summarized conflict.
pub const NO_GROUP: u32 = u32::MAX;

/// One claim as the summary keeps it: its source, its rank among the source's claims, where
/// its value starts, its value class (in its rule's block) and its group (or [`NO_GROUP`]).
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct Compact(pub u32, pub u32, pub u32, pub u32, pub u32);

/// One rule's claims across the corpus, compact.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Block {
    pub claims: Vec<Compact>,
    pub classes: Vec<StoredValue>,
}

/// A fact (rule and subject) whose corpus side holds a cross-source conflict.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Group {
    pub rule: u32,
    pub subject: Option<String>,
    /// The editions of the fact's placed corpus claims, by key (URL, else outlet, trimmed),
    /// sorted: what a new article of that key is checked against.
    pub editions: Vec<Edition>,
    /// The claims the corpus side quotes: their position in the rule's block, in full.
    pub quoted: Vec<(u32, StoredClaim)>,
}

/// One edition key's latest date among a fact's placed corpus claims, and the values stated then.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Edition {
    pub key: String,
    pub latest: (i32, Option<u8>, Option<u8>),
    pub stands: Vec<StoredValue>,
}

impl Edition {
    /// Whether a new claim of `value` by a source of this key published `when` changes nothing
    /// of the fact's revisions: it is older than the latest edition, whose values include it.
    fn keeps(&self, when: Published, value: (Value, Option<Mod>)) -> bool {
        let (year, month, day) = self.latest;
        when < (Published { year, month, day }) && self.stands.iter().any(|s| (s.0, s.1) == value)
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
        })
        .collect()
}

/// The summary of a corpus: one block per rule index, and the groups.
#[derive(Debug, Default)]
pub struct Facts {
    pub blocks: Vec<Block>,
    pub groups: Vec<Group>,
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
    let mut facts = Facts::default();
    for (rule, placed) in by_rule.into_iter().enumerate() {
        let mut classes: HashMap<(Value, Option<Mod>), u32> = HashMap::new();
        let mut block = Block::default();
        for (s, k, c) in &placed {
            let next = classes.len() as u32;
            let class = *classes.entry((c.value, c.modifier)).or_insert_with(|| {
                block.classes.push(StoredValue(c.value, c.modifier));
                next
            });
            block
                .claims
                .push(Compact(*s, *k, c.span.start as u32, class, NO_GROUP));
        }
        // A tally is compared day by day: never summarized.
        if rules.rules[rule].tally.is_none() && !placed.is_empty() {
            let claims: Vec<Claim> = placed.into_iter().map(|p| p.2).collect();
            for f in compare::compare(rules, &sources, &claims) {
                if f.kind != FindingKind::Conflict || f.within_source {
                    continue;
                }
                let g = facts.groups.len() as u32;
                for &i in &f.claims {
                    block.claims[i].4 = g;
                }
                let members: Vec<usize> = (0..claims.len())
                    .filter(|&i| claims[i].subject == f.subject)
                    .collect();
                let editions = editions(&sources, &claims, &members);
                let subject = f.subject.clone();
                let (kept, _) =
                    crate::lint::summary::summarize(&claims, vec![f], sources.len(), |_| {
                        String::new()
                    });
                let quoted = kept[0]
                    .claims
                    .iter()
                    .map(|&i| (i as u32, StoredClaim(claims[i].clone())))
                    .collect();
                facts.groups.push(Group {
                    rule: rule as u32,
                    subject,
                    editions,
                    quoted,
                });
            }
        }
        facts.blocks.push(block);
    }
    facts
}

/// The claims of one rule's block as the full path would have them, each with its source, rank
/// and group: the quoted ones in full, the others with what the summary keeps (their value,
/// source and position; no evidence, context or warnings, which only a quoted claim shows).
pub fn expand(rule: usize, block: Block, groups: &[Group]) -> Vec<(u32, u32, Claim, u32)> {
    let mut quoted: HashMap<u32, &Claim> = HashMap::new();
    for g in groups.iter().filter(|g| g.rule as usize == rule) {
        for (p, c) in &g.quoted {
            quoted.insert(*p, &c.0);
        }
    }
    block
        .claims
        .iter()
        .enumerate()
        .map(|(p, &Compact(s, k, start, class, g))| {
            let claim = match quoted.get(&(p as u32)) {
                Some(c) => {
                    let mut c = (*c).clone();
                    c.source = s as usize;
                    c
                }
                None => {
                    let StoredValue(value, modifier) = block.classes[class as usize];
                    let at = start as usize;
                    Claim {
                        rule,
                        source: s as usize,
                        by: MatchedBy::Pattern(0),
                        span: at..at,
                        context: at..at,
                        evidence: at..at,
                        value,
                        modifier,
                        subject: groups.get(g as usize).and_then(|g| g.subject.clone()),
                        warnings: Vec::new(),
                    }
                }
            };
            (s, k, claim, g)
        })
        .collect()
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
    let group_of = |rule: usize, subject: &Option<String>| {
        groups
            .iter()
            .find(|g| g.rule as usize == rule && g.subject == *subject)
    };
    wanted
        .iter()
        .copied()
        .filter(|&r| rules.rules[r].tally.is_none())
        .filter(|&r| {
            new_claims.iter().filter(|c| c.rule == r).all(|c| {
                let Some(g) = group_of(r, &c.subject) else {
                    // No cross-source conflict in the corpus: the comparison decides.
                    return false;
                };
                // A claim that cannot be placed is set apart, or placed by another's value.
                if c.value.interval().is_none() {
                    return false;
                }
                // A revision by or of the new article would change the group.
                let meta = &new[c.source].meta;
                match (edition(meta), meta.published) {
                    (Some(key), Some(when)) => g
                        .editions
                        .binary_search_by(|e| e.key.as_str().cmp(key))
                        .map_or(true, |k| g.editions[k].keeps(when, (c.value, c.modifier))),
                    _ => true,
                }
            })
        })
        .collect()
}
