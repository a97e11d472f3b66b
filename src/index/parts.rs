//! What a summarized fact's lint finding reads of its corpus side, computed when the index is
//! built (`facts.rs`), so that `lint` answers such a fact from a few hundred bytes per distinct
//! value and the keys of its fingerprint, without reading, expanding or going over its corpus
//! claims (`lint/decided.rs` puts the new claims in).
//!
//! Each part is what the full path computes over the corpus members of the fact's conflict:
//! - the fingerprint's keys (`compare::claim_key`: file name and value), sorted and distinct, in
//!   one string; the new claims' keys are merged in and the whole hashed again at lint time;
//! - the message's values in order of first appearance (`report::message`), each with its
//!   first three file names, how many distinct names state it, and, from the sixth value on,
//!   how many of its names no other value from the sixth on states (what "N more values in M
//!   sources" loses when the new article's value moves to the front); and how many distinct
//!   names the values from the sixth and from the seventh on state;
//! - the value classes with their claim counts (what `lint::new_primary` weighs);
//! - the corpus side (`lint::summary`), which reads the corpus's claims only, and the claims
//!   it quotes, in full.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::codec::{StoredClaim, StoredValue};
use crate::compare::{Finding, claim_key};
use crate::extract::Claim;
use crate::lint::summary::{self, CorpusSide};
use crate::report::show_value;
use crate::source::Source;
use crate::value::{Mod, Value};

/// The position from which the message counts values together ("N more values").
pub const SHOWN_VALUES: usize = 6;
/// How many names the message shows per value.
pub const SHOWN_NAMES: usize = 3;

/// The precomputed corpus side of one summarized fact.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Parts {
    /// The fingerprint keys, sorted and distinct, one after another (`ends[i]` is where key
    /// `i` ends).
    pub keys: String,
    pub ends: Vec<u32>,
    /// The message's values, in order of first appearance.
    pub said: Vec<Said>,
    /// Distinct names stating a value from the sixth (index 5) on, and from the seventh on.
    pub rest_from_5: u32,
    pub rest_from_6: u32,
    /// Every value class of the members and how many claims state it.
    pub classes: Vec<(StoredValue, u32)>,
    /// The corpus side, its quoted claims as indices into `quoted`.
    pub side: Side,
    /// The claims the corpus side quotes: source, rank among its claims, the claim; in
    /// (source, rank) order.
    pub quoted: Vec<(u32, u32, StoredClaim)>,
}

/// One value of the message, as the corpus states it.
#[derive(Debug, Serialize, Deserialize)]
pub struct Said {
    /// As shown (`report::show_value`), and as a fingerprint key writes it after `name=`.
    pub shown: String,
    pub key: String,
    /// The first [`SHOWN_NAMES`] distinct names, in order.
    pub names: Vec<String>,
    /// How many distinct names state it.
    pub count: u32,
    /// From the sixth value on: how many of its names no other value from the sixth on states.
    pub unique_from_5: u32,
}

/// [`CorpusSide`] as stored.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Side {
    pub values: Vec<SideValue>,
    pub more_values: u32,
    pub more_values_sources: u32,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct SideValue {
    pub value: StoredValue,
    pub shown: String,
    pub sources: u32,
    pub claims: u32,
    pub quoted: Vec<u32>,
    pub more_sources: u32,
}

/// The key a fingerprint gives a value after the file name.
pub fn value_key(value: &Value, modifier: Option<Mod>) -> String {
    claim_key("", value, modifier)[1..].to_string()
}

impl Parts {
    /// Whether `key` is one of the corpus members' fingerprint keys.
    pub fn has_key(&self, key: &str) -> bool {
        let (mut lo, mut hi) = (0, self.ends.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match self.key(mid).cmp(key) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return true,
            }
        }
        false
    }

    /// Key `i`.
    fn key(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.keys
            .get(start as usize..self.ends[i] as usize)
            .unwrap_or("")
    }

    /// The keys, in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        let mut start = 0usize;
        self.ends.iter().map(move |&e| {
            let k = self.keys.get(start..e as usize).unwrap_or("");
            start = e as usize;
            k
        })
    }

    /// Whether the stored parts hold together (a damaged index is a note, never a panic).
    pub fn is_sound(&self, sources: usize) -> bool {
        self.ends.windows(2).all(|w| w[0] <= w[1])
            && self
                .ends
                .last()
                .is_none_or(|&e| e as usize == self.keys.len())
            && self.quoted.iter().all(|q| (q.0 as usize) < sources)
            && self
                .side
                .values
                .iter()
                .all(|v| v.quoted.iter().all(|&q| (q as usize) < self.quoted.len()))
    }
}

/// The parts of the corpus-only conflict `f` over `claims` (one rule's, numbered by source, in
/// (source, rank) order; `ranks[i]` is claim `i`'s rank in its source).
pub fn of(sources: &[Source], claims: &[Claim], ranks: &[u32], f: &Finding) -> Parts {
    let mut members = f.claims.clone();
    members.sort_by_key(|&i| (claims[i].source, claims[i].span.start, i));
    let names: Vec<String> = members
        .iter()
        .map(|&i| sources[claims[i].source].short_name())
        .collect();
    // The fingerprint's keys.
    let mut keys: Vec<String> = members
        .iter()
        .zip(&names)
        .map(|(&i, n)| claim_key(n, &claims[i].value, claims[i].modifier))
        .collect();
    keys.sort();
    keys.dedup();
    let mut joined = String::new();
    let mut ends = Vec::with_capacity(keys.len());
    for k in &keys {
        joined.push_str(k);
        ends.push(joined.len() as u32);
    }
    // The message's values, and the names of each.
    let mut said: Vec<Said> = Vec::new();
    let mut sets: Vec<HashSet<usize>> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    let mut name_ids: HashMap<&str, usize> = HashMap::new();
    for (&i, n) in members.iter().zip(&names) {
        let c = &claims[i];
        let shown = show_value(&c.value, c.modifier);
        let v = *at.entry(shown.clone()).or_insert_with(|| {
            said.push(Said {
                shown,
                key: value_key(&c.value, c.modifier),
                names: Vec::new(),
                count: 0,
                unique_from_5: 0,
            });
            sets.push(HashSet::new());
            said.len() - 1
        });
        let next = name_ids.len();
        let id = *name_ids.entry(n.as_str()).or_insert(next);
        if sets[v].insert(id) && said[v].names.len() < SHOWN_NAMES {
            said[v].names.push(n.clone());
        }
    }
    // How many values from the sixth on state each name.
    let mut from_5: HashMap<usize, u32> = HashMap::new();
    for s in sets.iter().skip(SHOWN_VALUES - 1) {
        for &id in s {
            *from_5.entry(id).or_default() += 1;
        }
    }
    let union = |skip: usize| {
        let all: HashSet<usize> = sets.iter().skip(skip).flatten().copied().collect();
        all.len() as u32
    };
    for (k, (s, set)) in said.iter_mut().zip(&sets).enumerate() {
        s.count = set.len() as u32;
        if k >= SHOWN_VALUES - 1 {
            s.unique_from_5 = set.iter().filter(|id| from_5[id] == 1).count() as u32;
        }
    }
    let mut classes: Vec<(StoredValue, u32)> = Vec::new();
    let mut class_at: HashMap<(Value, Option<Mod>), usize> = HashMap::new();
    for &i in &members {
        let c = &claims[i];
        let k = *class_at.entry((c.value, c.modifier)).or_insert_with(|| {
            classes.push((StoredValue(c.value, c.modifier), 0));
            classes.len() - 1
        });
        classes[k].1 += 1;
    }
    // The corpus side: every claim of `claims` is the corpus's.
    let (kept, sides) =
        summary::summarize(claims, vec![f.clone()], sources.len(), |_| String::new());
    let quoted_at: HashMap<usize, u32> = kept[0]
        .claims
        .iter()
        .enumerate()
        .map(|(q, &i)| (i, q as u32))
        .collect();
    let quoted = kept[0]
        .claims
        .iter()
        .map(|&i| {
            (
                claims[i].source as u32,
                ranks[i],
                StoredClaim(claims[i].clone()),
            )
        })
        .collect();
    Parts {
        keys: joined,
        ends,
        rest_from_5: union(SHOWN_VALUES - 1),
        rest_from_6: union(SHOWN_VALUES),
        said,
        classes,
        side: side_of(&sides[0], &quoted_at),
        quoted,
    }
}

fn side_of(side: &CorpusSide, quoted_at: &HashMap<usize, u32>) -> Side {
    Side {
        values: side
            .values
            .iter()
            .map(|v| SideValue {
                value: StoredValue(v.value, v.modifier),
                shown: v.shown.clone(),
                sources: v.sources as u32,
                claims: v.claims as u32,
                quoted: v.quoted.iter().map(|i| quoted_at[i]).collect(),
                more_sources: v.more_sources as u32,
            })
            .collect(),
        more_values: side.more_values as u32,
        more_values_sources: side.more_values_sources as u32,
    }
}
