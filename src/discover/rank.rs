//! How sure discovery is of each candidate, what to call it, and the order of the list.
//!
//! A candidate that several sources state comes before one that a single source states; among
//! them, the tighter the mentions' contexts (their cosine to the group's summed context) and
//! the more specific their values, the higher. Specificity keeps the list to facts an editor
//! would check: "100 000 Arméniens" and "septembre 2023" are facts, "deux pays", "plusieurs
//! mois" and a bare weekday rarely are, and a value whose year nobody knows cannot be checked.

use std::collections::BTreeMap;

use super::context::{Profile, alike};
use super::group::add;
use super::values::VALUE_MARK;
use super::{Candidate, SharedWord};
use crate::compare::{FindingKind, claim_key, fingerprint_of};
use crate::value::{Mod, Value, ValueKind};

/// How many shared words a candidate shows.
const SHOWN: usize = 6;

/// What describes a group before it is compared.
pub struct Described {
    pub id: String,
    pub title: String,
    pub counts: Option<String>,
    pub shared: Vec<SharedWord>,
    pub confidence: f64,
    pub sources: usize,
    pub score: f64,
}

/// The description of the group `members` (indices into `profiles`).
pub fn describe(profiles: &[Profile], members: &[usize]) -> Described {
    let mut sources: Vec<usize> = members.iter().map(|&i| profiles[i].source).collect();
    sources.sort_unstable();
    sources.dedup();
    // Each base: the sources using it, its summed weight, its first written form.
    let mut by_base: BTreeMap<&str, (Vec<usize>, f64, &str)> = BTreeMap::new();
    for &i in members {
        let p = &profiles[i];
        for (b, w) in &p.words {
            let e = by_base.entry(b.as_str()).or_insert((
                Vec::new(),
                0.0,
                p.written.get(b).map_or("", String::as_str),
            ));
            if !e.0.contains(&p.source) {
                e.0.push(p.source);
            }
            e.1 += w;
        }
    }
    let least = if sources.len() > 1 { 2 } else { 1 };
    let mut shared: Vec<(&str, usize, f64, &str)> = by_base
        .iter()
        .filter(|(b, (s, _, _))| s.len() >= least && !b.starts_with(VALUE_MARK))
        .map(|(b, (s, w, written))| (*b, s.len(), *w, *written))
        .collect();
    shared.sort_by(|a, b| b.1.cmp(&a.1).then(b.2.total_cmp(&a.2)).then(a.0.cmp(b.0)));
    shared.truncate(SHOWN);
    let shared: Vec<SharedWord> = shared
        .into_iter()
        .map(|(base, n, _, written)| SharedWord {
            word: written.to_string(),
            base: base.to_string(),
            sources: n,
        })
        .collect();
    let counts = common_noun(profiles, members);
    let kind = profiles[members[0]].kind();
    let mut title_words: Vec<&str> = shared.iter().take(3).map(|s| s.word.as_str()).collect();
    if title_words.is_empty() {
        title_words.push("(no context)");
    }
    let title = match &counts {
        Some(noun) => format!("count of {noun}: {}", title_words.join(", ")),
        None => format!("{}: {}", kind_word(kind), title_words.join(", ")),
    };
    let specificity = members
        .iter()
        .map(|&i| specificity(&profiles[i]))
        .sum::<f64>()
        / members.len() as f64;
    let confidence = if sources.len() > 1 {
        cohesion(profiles, members)
    } else {
        specificity
    };
    let score = if sources.len() > 1 {
        (0.25 + confidence) * specificity * (1.0 + (sources.len() as f64).ln())
    } else {
        specificity
    };
    let subject = format!(
        "{}|{}|{}",
        kind_word(kind),
        counts.as_deref().unwrap_or(""),
        shared
            .iter()
            .take(3)
            .map(|s| s.base.as_str())
            .collect::<Vec<_>>()
            .join(",")
    );
    let parts: Vec<String> = members
        .iter()
        .map(|&i| {
            let p = &profiles[i];
            claim_key(&p.source_name, &p.mention.value, p.mention.modifier)
        })
        .collect();
    let id = fingerprint_of("discover", Some(&subject), FindingKind::SingleSource, parts)
        .replacen("FL-", "DC-", 1);
    Described {
        id,
        title,
        counts,
        shared,
        confidence: (confidence * 1000.0).round() / 1000.0,
        sources: sources.len(),
        score,
    }
}

fn kind_word(kind: ValueKind) -> &'static str {
    match kind {
        ValueKind::Date => "date",
        ValueKind::Duration => "duration",
        ValueKind::Number => "count",
    }
}

/// The counted noun most members share, as first written, when at least half of those with a
/// noun agree on it.
fn common_noun(profiles: &[Profile], members: &[usize]) -> Option<String> {
    let mut nouns: BTreeMap<&str, (usize, &str)> = BTreeMap::new();
    let mut with_noun = 0;
    for &i in members {
        let p = &profiles[i];
        if let (Some(n), Some(w)) = (&p.noun, &p.noun_written) {
            with_noun += 1;
            nouns.entry(n.as_str()).or_insert((0, w.as_str())).0 += 1;
        }
    }
    let (_, (n, w)) = nouns
        .into_iter()
        .max_by(|a, b| a.1.0.cmp(&b.1.0).then(b.0.cmp(a.0)))?;
    (2 * n >= with_noun).then(|| w.to_string())
}

/// How alike each member is to the rest of its group (its summed context without it), on
/// average: for two mentions, how alike they are. A member of a pair is half its pair's sum,
/// so a cosine to the whole sum would flatter every pair.
fn cohesion(profiles: &[Profile], members: &[usize]) -> f64 {
    let mut sum: Vec<(String, f64)> = Vec::new();
    for &i in members {
        sum = add(&sum, &profiles[i].words);
    }
    members
        .iter()
        .map(|&i| {
            let rest: Vec<(String, f64)> = sum
                .iter()
                .map(|(b, w)| (b.clone(), w - profiles[i].weight(b)))
                .filter(|(_, w)| *w > 1e-9)
                .collect();
            alike(&profiles[i].words, &rest)
        })
        .sum::<f64>()
        / members.len() as f64
}

/// How checkable a mention's value is, 0 to 1.
pub fn specificity(p: &Profile) -> f64 {
    let m = &p.mention;
    let one_word = !p.value_text.contains(char::is_whitespace);
    match (m.kind, &m.value) {
        (ValueKind::Number, Value::Number(n)) => {
            let x = n.to_f64().abs();
            let base = if x == 0.0 {
                0.05
            } else if x < 10.0 {
                0.3
            } else if x < 1000.0 {
                0.6
            } else {
                0.8
            };
            base + if p.noun.is_some() { 0.2 } else { 0.0 }
        }
        (_, v) if v.interval().is_none() => 0.1,
        (ValueKind::Duration, _) if m.modifier == Some(Mod::MoreThan) => 0.2,
        (ValueKind::Duration, _) => 0.7,
        // A weekday or "mercredi soir": the day of the article's own news.
        (ValueKind::Date, _) if one_word => 0.35,
        _ => 0.8,
    }
}

/// Whether the comparator could say something of the candidate: two sources whose values
/// could be placed side by side.
fn compared(c: &Candidate) -> bool {
    c.sources > 1 && c.verdict != FindingKind::SingleSource
}

/// Best first: candidates several sources state, then by score, then by id.
pub fn rank(mut candidates: Vec<(Candidate, Vec<usize>, f64)>) -> Vec<(Candidate, Vec<usize>)> {
    candidates.sort_by(|a, b| {
        compared(&b.0)
            .cmp(&compared(&a.0))
            .then(b.2.total_cmp(&a.2))
            .then(a.0.id.cmp(&b.0.id))
    });
    candidates.into_iter().map(|(c, g, _)| (c, g)).collect()
}
