//! A summarized fact's lint finding (its conflict, or the revision that supersedes the new
//! claims, `index/revised.rs`), from its precomputed corpus side (`index/parts.rs`) and
//! the new claims: the same id, anchor, message and corpus side as the full path gives
//! (`compare::fingerprint`, `lint::new_primary`, `report::message`, `lint::summary`), each
//! computed from the parts and the new claims only, never from the corpus's claims.
//! `tests/index_summary.rs` holds the two paths to the same bytes.

use std::collections::HashSet;

use crate::compare::{self, Finding, FindingKind, Relation, claim_key};
use crate::extract::Claim;
use crate::index::Decided;
use crate::index::parts::{SHOWN_NAMES, SHOWN_VALUES};
use crate::lint::summary::{CorpusSide, CorpusValue};
use crate::report::{join_names, show_value};
use crate::rules::RuleSet;
use crate::source::Source;

/// The finding of `d` over `claims` (the quoted corpus claims and the new ones among them),
/// with its corpus side.
pub fn finding(
    rules: &RuleSet,
    sources: &[Source],
    claims: &[Claim],
    d: &Decided,
) -> (Finding, CorpusSide) {
    let parts = &d.parts;
    let mut news = d.new.clone();
    news.sort_by_key(|&i| (claims[i].source, claims[i].span.start, i));
    let name = |i: usize| sources[claims[i].source].short_name();
    let primary = primary(rules, claims, d, &news);
    let kind = if d.revision.is_some() {
        FindingKind::Revision
    } else {
        FindingKind::Conflict
    };
    // The fingerprint: the corpus's keys with the new ones merged in.
    let mut added: Vec<String> = news
        .iter()
        .map(|&i| claim_key(&name(i), &claims[i].value, claims[i].modifier))
        .filter(|k| !parts.has_key(k))
        .collect();
    added.sort();
    added.dedup();
    let rule_id = &rules.rules[d.rule].id;
    let mut h = Fnv::new();
    h.write(rule_id);
    h.write("|");
    h.write(d.subject.as_deref().unwrap_or(""));
    h.write("|");
    h.write(kind.as_str());
    h.write("|");
    let mut corpus = parts.keys().peekable();
    let mut new = added.iter().map(String::as_str).peekable();
    let mut first = true;
    loop {
        let next = match (corpus.peek(), new.peek()) {
            (Some(a), Some(b)) if a <= b => corpus.next(),
            (Some(_), Some(_)) => new.next(),
            (Some(_), None) => corpus.next(),
            (None, Some(_)) => new.next(),
            (None, None) => break,
        };
        if let Some(k) = next {
            if !first {
                h.write(",");
            }
            first = false;
            h.write(k);
        }
    }
    let id = format!("FL-{:012x}", h.0 >> 16);
    let message = match &d.revision {
        // Every new claim is one of the revised: told by its date, after the corpus's.
        Some(text) => {
            let told: Vec<_> = news
                .iter()
                .filter_map(|&i| {
                    let s = &sources[claims[i].source];
                    let when = s.meta.published?;
                    Some((when, crate::index::revised::told(&claims[i], when, s)))
                })
                .collect();
            text.message(&told)
        }
        None => message(parts, claims, primary, &news, &name),
    };
    let mut kept: Vec<usize> = news.clone();
    kept.extend(&d.quoted);
    kept.sort_unstable();
    let side = CorpusSide {
        finding: id.clone(),
        values: parts
            .side
            .values
            .iter()
            .map(|v| CorpusValue {
                value: v.value.0,
                modifier: v.value.1,
                shown: v.shown.clone(),
                sources: v.sources as usize,
                claims: v.claims as usize,
                quoted: v.quoted.iter().map(|&q| d.quoted[q as usize]).collect(),
                more_sources: v.more_sources as usize,
            })
            .collect(),
        more_values: parts.side.more_values as usize,
        more_values_sources: parts.side.more_values_sources as usize,
    };
    let f = Finding {
        id,
        kind,
        rule: d.rule,
        subject: d.subject.clone(),
        primary,
        claims: kept,
        within_source: false,
        message: Some(message),
    };
    (f, side)
}

/// FNV-1a, 64 bits, as `compare::fingerprint_of` hashes a finding's key.
struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    fn write(&mut self, s: &str) {
        for b in s.bytes() {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// The new claim the finding is anchored on, as `lint::new_primary` picks it for a conflict:
/// the one that disagrees with the most claims (each value class weighed by its claims), ties
/// to the earliest.
fn primary(rules: &RuleSet, claims: &[Claim], d: &Decided, news: &[usize]) -> usize {
    let tolerance = rules.rules[d.rule].tolerance;
    let mut classes: Vec<(crate::value::Value, Option<crate::value::Mod>, usize)> = d
        .parts
        .classes
        .iter()
        .map(|(v, n)| (v.0, v.1, *n as usize))
        .collect();
    for &i in news {
        let c = &claims[i];
        match classes
            .iter_mut()
            .find(|k| (k.0, k.1) == (c.value, c.modifier))
        {
            Some(k) => k.2 += 1,
            None => classes.push((c.value, c.modifier, 1)),
        }
    }
    let mut best: Option<(usize, usize)> = None;
    for &i in news {
        let mut other = claims[i].clone();
        let disagreements: usize = classes
            .iter()
            .filter(|k| {
                other.value = k.0;
                other.modifier = k.1;
                compare::relate(&claims[i], &other, tolerance) == Relation::Conflict
            })
            .map(|k| k.2)
            .sum();
        if best.is_none_or(|(_, n)| disagreements > n) {
            best = Some((i, disagreements));
        }
    }
    best.map_or(news[0], |(i, _)| i)
}

/// One value of the message at lint time: the corpus's (by its index in `said`) or a new one.
struct Said {
    shown: String,
    corpus: Option<usize>,
    /// The names shown, and how many distinct names state it.
    names: Vec<String>,
    count: usize,
}

/// `report::message` of the finding: the primary's value first, then the corpus's values in
/// order of first appearance, then the new claims' other values; per value the first names
/// and how many distinct names state it; from the seventh value on, counted together.
fn message(
    parts: &crate::index::parts::Parts,
    claims: &[Claim],
    primary: usize,
    news: &[usize],
    name: &dyn Fn(usize) -> String,
) -> String {
    let shown_of = |i: usize| show_value(&claims[i].value, claims[i].modifier);
    let corpus_at = |shown: &str| parts.said.iter().position(|s| s.shown == shown);
    let mut order: Vec<Said> = Vec::new();
    let add = |order: &mut Vec<Said>, i: usize, first: bool| {
        let shown = shown_of(i);
        let at = match order.iter().position(|s| s.shown == shown) {
            Some(at) => at,
            None => {
                let corpus = corpus_at(&shown);
                order.push(Said {
                    shown,
                    corpus,
                    names: Vec::new(),
                    count: corpus.map_or(0, |k| parts.said[k].count as usize),
                });
                let at = order.len() - 1;
                // The corpus's names come right after the primary's, before the new ones.
                if let (Some(k), false) = (corpus, first) {
                    order[at].names = parts.said[k].names.clone();
                }
                at
            }
        };
        let n = name(i);
        let s = &mut order[at];
        let key = claim_key(&n, &claims[i].value, claims[i].modifier);
        // A name new to the value: neither a corpus source of that name nor an earlier new
        // claim states it.
        let stated = s.corpus.is_some() && parts.has_key(&key);
        let fresh = !stated && !seen_new(news, primary, i, &n, &shown_of, name);
        if fresh {
            s.count += 1;
        }
        if first {
            // The primary's name first, then the corpus's first names without it.
            s.names.push(n);
            if let Some(k) = s.corpus {
                for m in &parts.said[k].names {
                    if !s.names.contains(m) {
                        s.names.push(m.clone());
                    }
                }
            }
        } else if fresh {
            s.names.push(n);
        }
        s.names.truncate(SHOWN_NAMES);
    };
    add(&mut order, primary, true);
    for (k, s) in parts.said.iter().enumerate() {
        if !order.iter().any(|o| o.corpus == Some(k)) {
            order.push(Said {
                shown: s.shown.clone(),
                corpus: Some(k),
                names: s.names.clone(),
                count: s.count as usize,
            });
        }
    }
    for &i in news.iter().filter(|&&i| i != primary) {
        add(&mut order, i, false);
    }
    let mut out: Vec<String> = order
        .iter()
        .take(SHOWN_VALUES)
        .map(|s| {
            let verb = if s.count == 1 { "says" } else { "say" };
            let who = join_names(&s.names, s.count - s.names.len());
            format!("{who} {verb} {}", s.shown)
        })
        .collect();
    if order.len() > SHOWN_VALUES {
        let rest = &order[SHOWN_VALUES..];
        // The corpus's names of the values from the seventh on: a suffix of the corpus's
        // values, less the primary's when it was moved to the front from there.
        let moved = order[0].corpus;
        let mut names = match moved {
            Some(p) if p >= SHOWN_VALUES => {
                (parts.rest_from_5 - parts.said[p].unique_from_5) as usize
            }
            Some(_) => parts.rest_from_6 as usize,
            None => parts.rest_from_5 as usize,
        };
        let in_rest: Vec<usize> = rest.iter().filter_map(|s| s.corpus).collect();
        let mut counted: HashSet<String> = HashSet::new();
        for &i in news {
            let shown = shown_of(i);
            if !rest.iter().any(|s| s.shown == shown) {
                continue;
            }
            let n = name(i);
            let stated = in_rest
                .iter()
                .any(|&k| parts.has_key(&format!("{n}={}", parts.said[k].key)));
            if !stated && counted.insert(n) {
                names += 1;
            }
        }
        out.push(format!(
            "{} more values in {} {}",
            rest.len(),
            names,
            if names == 1 { "source" } else { "sources" }
        ));
    }
    out.join("; ")
}

/// Whether new claim `i`'s name already stated its value in a new claim the message read
/// before it (the primary, then the others in order).
fn seen_new(
    news: &[usize],
    primary: usize,
    i: usize,
    n: &str,
    shown_of: &dyn Fn(usize) -> String,
    name: &dyn Fn(usize) -> String,
) -> bool {
    if i == primary {
        return false;
    }
    let shown = shown_of(i);
    std::iter::once(primary)
        .chain(news.iter().copied().filter(|&j| j != primary))
        .take_while(|&j| j != i)
        .any(|j| shown_of(j) == shown && name(j) == n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_the_fingerprints() {
        let parts = vec!["b.txt=5".to_string(), "a.txt=4".to_string()];
        let want = compare::fingerprint_of("r", Some("s"), FindingKind::Conflict, parts);
        let mut h = Fnv::new();
        h.write("r|s|conflict|a.txt=4,b.txt=5");
        assert_eq!(format!("FL-{:012x}", h.0 >> 16), want);
        assert_eq!(
            crate::index::parts::value_key(
                &crate::value::Value::Number(crate::value::Decimal::int(5)),
                None
            ),
            "5"
        );
    }
}
