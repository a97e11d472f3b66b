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

use super::fingerprint;

/// What the fingerprint of `d`'s finding hashes (see `fingerprint.rs`): the corpus's keys
/// with the new ones merged in.
pub fn fingerprint_input<'a>(
    rules: &RuleSet,
    sources: &[Source],
    claims: &[Claim],
    d: &'a Decided,
) -> fingerprint::Input<'a> {
    let parts = &d.parts;
    let mut added: Vec<String> = d
        .new
        .iter()
        .map(|&i| {
            let name = sources[claims[i].source].short_name();
            claim_key(&name, &claims[i].value, claims[i].modifier)
        })
        .filter(|k| !parts.has_key(k))
        .collect();
    added.sort();
    added.dedup();
    let prefix = format!(
        "{}|{}|{}|",
        rules.rules[d.rule].id,
        d.subject.as_deref().unwrap_or(""),
        kind_of(d).as_str()
    );
    fingerprint::Input {
        prefix,
        corpus: Box::new(parts.keys()),
        added,
    }
}

fn kind_of(d: &Decided) -> FindingKind {
    if d.revision.is_some() {
        FindingKind::Revision
    } else {
        FindingKind::Conflict
    }
}

/// The finding of `d` over `claims` (the quoted corpus claims and the new ones among them),
/// with its corpus side; `hash` is its fingerprint's, of [`fingerprint_input`].
pub fn finding(
    rules: &RuleSet,
    sources: &[Source],
    claims: &[Claim],
    d: &Decided,
    hash: u64,
) -> (Finding, CorpusSide) {
    let parts = &d.parts;
    let mut news = d.new.clone();
    news.sort_by_key(|&i| (claims[i].source, claims[i].span.start, i));
    let name = |i: usize| sources[claims[i].source].short_name();
    let primary = primary(rules, claims, d, &news);
    let kind = kind_of(d);
    let id = format!("FL-{:012x}", hash >> 16);
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

    /// Facts of every size (none, one key, keys longer than a buffer's chunk, thousands of
    /// keys), more than one group of lanes, new keys before, among and after the corpus's:
    /// each hashed as `compare::fingerprint_of` hashes it.
    #[test]
    fn the_hashes_are_the_fingerprints() {
        let long = "x".repeat(40_000);
        let facts: Vec<(Vec<String>, Vec<String>)> = vec![
            (vec![], vec![]),
            (vec!["b.txt=5".into()], vec!["a.txt=4".into()]),
            (
                (0..5000).map(|i| format!("s{i:05}.md=1{i}")).collect(),
                vec!["a.md=3".into(), "s02500.md=9".into(), "z.md=2".into()],
            ),
            (vec![format!("m.md={long}"), "n.md=1".into()], vec![]),
            (vec![], vec!["q.md=7".into(), format!("r.md={long}")]),
            (
                (0..300).map(|i| format!("k{i:03}=P{i}D")).collect(),
                vec!["k150=X".into()],
            ),
        ];
        let sorted: Vec<Vec<String>> = facts
            .iter()
            .map(|(corpus, _)| {
                let mut corpus = corpus.clone();
                corpus.sort();
                corpus
            })
            .collect();
        let inputs = facts
            .iter()
            .zip(&sorted)
            .enumerate()
            .map(|(i, ((_, added), corpus))| {
                let mut added = added.clone();
                added.sort();
                fingerprint::Input {
                    prefix: format!("rule-{i}|s|conflict|"),
                    corpus: Box::new(corpus.iter().map(String::as_str)),
                    added,
                }
            })
            .collect();
        let got: Vec<String> = fingerprint::hash_all(inputs)
            .into_iter()
            .map(|h| format!("FL-{:012x}", h >> 16))
            .collect();
        let want: Vec<String> = facts
            .iter()
            .enumerate()
            .map(|(i, (corpus, added))| {
                let keys = corpus.iter().chain(added).cloned().collect();
                compare::fingerprint_of(
                    &format!("rule-{i}"),
                    Some("s"),
                    FindingKind::Conflict,
                    keys,
                )
            })
            .collect();
        assert!(facts.len() > fingerprint::LANES);
        assert_eq!(got, want);
        assert_eq!(
            crate::index::parts::value_key(
                &crate::value::Value::Number(crate::value::Decimal::int(5)),
                None
            ),
            "5"
        );
    }
}
