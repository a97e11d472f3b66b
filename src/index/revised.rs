//! A summarized fact's revision by one edition key, precomputed when the index is built, so
//! that `lint` answers a new article that is an older edition of that key without comparing
//! the fact again.
//!
//! When a new claim's source has an edition key (`facts::edition`) of the fact, is older than
//! that key's latest edition and states a value that edition does not state, the comparison
//! (`compare/revision.rs`) supersedes it: it leaves the group (so it joins no conflict and no
//! agreement), and it joins the key's revision finding, whose other claims (the corpus's
//! revised ones and the latest edition's) do not change. When the corpus already holds that
//! revision, only the finding's id, anchor and message depend on the new claims: the corpus's
//! members give the fingerprint keys, the value classes and the corpus side (`parts.rs`,
//! computed over the revision finding), and the message's two lists are stored here: the
//! revised values as told ("value (date, name)"), each once, by date, into which the new ones
//! are put at lint time; and the latest edition's, already written.

use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};

use super::parts::Parts;
use crate::compare::Finding;
use crate::extract::Claim;
use crate::report::show_value;
use crate::source::Source;
use crate::value::Published;

/// How many values each list of a revision's message names before it says "and N more" (as
/// `compare/revision.rs` writes it).
const NAMED: usize = 6;

/// A publication date as stored.
pub type Date = (i32, Option<u8>, Option<u8>);

/// The precomputed revision of one fact by one edition key.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Revised {
    /// Over the revision finding's corpus claims: its keys, classes and corpus side.
    pub parts: Parts,
    pub text: Text,
}

/// What the revision's message reads of the corpus.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct Text {
    /// The edition key, as the message names it.
    pub key: String,
    /// The revised values as told, each once, in the order the message reads them, by date.
    pub before: Vec<(Date, Vec<String>)>,
    /// The latest edition's values, as the message lists them.
    pub after: String,
}

/// How the revision's message tells claim `c`, from a source published `when`.
pub fn told(c: &Claim, when: Published, source: &Source) -> String {
    format!(
        "{} ({when}, {})",
        show_value(&c.value, c.modifier),
        source.short_name()
    )
}

fn date(p: Published) -> Date {
    (p.year, p.month, p.day)
}

/// The revision finding `f` (of the corpus only, over one rule's `claims`, numbered by source;
/// `ranks[i]` is claim `i`'s rank in its source), with its edition key; `None` if its anchor's
/// source has no edition key.
pub fn of(
    sources: &[Source],
    claims: &[Claim],
    ranks: &[u32],
    f: &Finding,
) -> Option<(String, Revised)> {
    let anchor = &sources[claims[f.primary].source];
    let key = super::facts::edition(&anchor.meta)?.to_string();
    let latest = anchor.meta.published?;
    let mut before: BTreeMap<Published, Vec<String>> = BTreeMap::new();
    let mut after = Vec::new();
    let mut seen = HashSet::new();
    // The finding's claims are in (source, span) order, the order the comparison reads each
    // date's members in.
    for &i in &f.claims {
        let s = &sources[claims[i].source];
        let when = s.meta.published?;
        let t = told(&claims[i], when, s);
        if when == latest {
            after.push(t);
        } else if seen.insert(t.clone()) {
            before.entry(when).or_default().push(t);
        }
    }
    let mut once = HashSet::new();
    after.retain(|t| once.insert(t.clone()));
    let text = Text {
        key: key.clone(),
        before: before.into_iter().map(|(d, v)| (date(d), v)).collect(),
        after: listed(&after.iter().map(String::as_str).collect::<Vec<_>>()),
    };
    let parts = super::parts::of(sources, claims, ranks, f);
    Some((key, Revised { parts, text }))
}

/// "a, b, c", or "a, b, c, d, e, f and 895 more" past [`NAMED`].
fn listed(items: &[&str]) -> String {
    match items.len().checked_sub(NAMED) {
        Some(more) if more > 0 => format!("{} and {more} more", items[..NAMED].join(", ")),
        _ => items.join(", "),
    }
}

impl Text {
    /// The revision's message with the new claims told (`new`: each one's date and how it is
    /// told, in the order the comparison reads them), all older than the latest edition: each
    /// is put after the corpus's values of its date and before the later ones, unless the
    /// corpus or an earlier new claim tells it so already.
    pub fn message(&self, new: &[(Published, String)]) -> String {
        let mut new: Vec<(Date, &str)> = new.iter().map(|(d, t)| (date(*d), t.as_str())).collect();
        // Stable: the new claims of one date keep their order.
        new.sort_by_key(|n| n.0);
        let mut merged: Vec<&str> = Vec::new();
        let mut added: HashSet<&str> = HashSet::new();
        let mut next = new.iter().peekable();
        for (d, group) in &self.before {
            // The new ones of an earlier date than this group's.
            while let Some(&&(nd, t)) = next.peek() {
                if nd >= *d {
                    break;
                }
                next.next();
                if added.insert(t) {
                    merged.push(t);
                }
            }
            merged.extend(group.iter().map(String::as_str));
            while let Some(&&(nd, t)) = next.peek() {
                if nd != *d {
                    break;
                }
                next.next();
                if !group.iter().any(|g| g == t) && added.insert(t) {
                    merged.push(t);
                }
            }
        }
        for &(_, t) in next {
            if added.insert(t) {
                merged.push(t);
            }
        }
        format!(
            "{} revised {} to {}; the later value stands",
            self.key,
            listed(&merged),
            self.after
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_values_go_in_by_date_once() {
        let d = |day: u8| (2024, Some(4), Some(day));
        let text = Text {
            key: "Le Relais".into(),
            before: vec![
                (d(2), vec!["1 (2024-04-02, a.txt)".into()]),
                (d(5), vec!["2 (2024-04-05, b.txt)".into()]),
            ],
            after: "3 (2024-04-09, c.txt)".into(),
        };
        let p = |day: u8| Published {
            year: 2024,
            month: Some(4),
            day: Some(day),
        };
        let new = vec![
            (p(5), "2 (2024-04-05, b.txt)".to_string()),
            (p(3), "7 (2024-04-03, n.txt)".to_string()),
            (p(3), "7 (2024-04-03, n.txt)".to_string()),
        ];
        assert_eq!(
            text.message(&new),
            "Le Relais revised 1 (2024-04-02, a.txt), 7 (2024-04-03, n.txt), 2 (2024-04-05, b.txt) to 3 (2024-04-09, c.txt); the later value stands"
        );
    }
}
