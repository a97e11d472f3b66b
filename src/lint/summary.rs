//! The corpus side of a lint finding, summarized: an archive where 40 000 articles state a
//! fact would otherwise give, for one new article, a finding that lists (and quotes) every one
//! of them. Each finding keeps the new articles' claims and, per distinct value the corpus
//! states, how many corpus sources and claims state it and the first [`QUOTED`] sources' claims
//! (one each, in source order): "412 sources say 100000 (a.txt, b.txt, c.txt and 409 more)".
//!
//! Pure, and computed from the findings as the comparison gave them, so that the answer is the
//! same whether the corpus came from its files or from the claims index.

use std::collections::HashMap;

use serde::Serialize;

use crate::compare::Finding;
use crate::extract::Claim;
use crate::report::show_value;
use crate::value::{Mod, Value};

/// How many corpus sources a lint finding quotes for each distinct value.
pub const QUOTED: usize = 3;
/// How many distinct values a lint finding lists; the others are counted together.
pub const VALUES: usize = 6;

/// What the corpus says in one lint finding, value by value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CorpusSide {
    /// The finding's id.
    pub finding: String,
    /// The distinct values the corpus states in this finding, at most [`VALUES`]: most
    /// sources first, then in order of first appearance.
    pub values: Vec<CorpusValue>,
    /// The values not listed, and how many sources state one of them.
    pub more_values: usize,
    pub more_values_sources: usize,
}

/// One distinct value of the corpus side of a finding.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CorpusValue {
    pub value: Value,
    #[serde(rename = "mod")]
    pub modifier: Option<Mod>,
    /// As a help line shows it: `2023-09`, `~100000`.
    pub shown: String,
    /// How many corpus sources state it, and in how many claims.
    pub sources: usize,
    pub claims: usize,
    /// The claims quoted (the first claim of each of the first [`QUOTED`] sources), as indices
    /// into the claims the finding was built from until [`renumber`] makes them the report's
    /// (`ClaimEntry::index`); the JSON format writes them as claim ids.
    #[serde(skip)]
    pub quoted: Vec<usize>,
    /// The sources not quoted: "and 409 more sources".
    pub more_sources: usize,
}

impl CorpusSide {
    /// Whether some corpus source of the finding is not quoted.
    pub fn summarized(&self) -> bool {
        self.more_values > 0 || self.values.iter().any(|v| v.more_sources > 0)
    }

    /// "412 sources say 100000 (a.txt, b.txt, c.txt and 409 more)", one per value.
    pub fn lines(&self, name_of: impl Fn(usize) -> String) -> Vec<String> {
        self.values
            .iter()
            .map(|v| {
                let names: Vec<String> = v.quoted.iter().map(|&i| name_of(i)).collect();
                let who = match v.more_sources {
                    0 => names.join(", "),
                    n => format!("{} and {n} more", names.join(", ")),
                };
                let (n, verb) = match v.sources {
                    1 => ("1 corpus source".to_string(), "says"),
                    n => (format!("{n} corpus sources"), "say"),
                };
                format!("{n} {verb} {} ({who})", v.shown)
            })
            .chain((self.more_values > 0).then(|| {
                let noun = if self.more_values_sources == 1 {
                    "source"
                } else {
                    "sources"
                };
                format!(
                    "{} more values in {} corpus {noun}",
                    self.more_values, self.more_values_sources
                )
            }))
            .collect()
    }
}

/// Summarizes the corpus side of each finding (claims of sources before `first_new` are the
/// corpus's): the finding's message is written from all its claims first (so that it counts
/// every source), then its claims become the new articles' ones and the quoted corpus claims.
pub fn summarize(
    claims: &[Claim],
    findings: Vec<Finding>,
    first_new: usize,
    message: impl Fn(&Finding) -> String,
) -> (Vec<Finding>, Vec<CorpusSide>) {
    let mut sides = Vec::with_capacity(findings.len());
    let findings = findings
        .into_iter()
        .map(|mut f| {
            if f.message.is_none() {
                f.message = Some(message(&f));
            }
            let (kept, side) = side_of(claims, &f, first_new);
            f.claims = kept;
            sides.push(side);
            f
        })
        .collect();
    (findings, sides)
}

/// The claims a finding keeps (sorted) and its corpus side.
fn side_of(claims: &[Claim], f: &Finding, first_new: usize) -> (Vec<usize>, CorpusSide) {
    let mut order: Vec<usize> = f.claims.clone();
    order.sort_by_key(|&i| (claims[i].source, claims[i].span.start, i));
    let mut kept: Vec<usize> = Vec::new();
    let mut values: Vec<CorpusValue> = Vec::new();
    let mut index: HashMap<(Value, Option<Mod>), usize> = HashMap::new();
    // The last source counted for each value: claims come in source order.
    let mut last: Vec<usize> = Vec::new();
    // Every source of the corpus side, with the values (by first appearance) it states.
    let mut stating: Vec<(usize, usize)> = Vec::new();
    for &i in &order {
        let c = &claims[i];
        if c.source >= first_new {
            kept.push(i);
            continue;
        }
        let k = *index.entry((c.value, c.modifier)).or_insert_with(|| {
            values.push(CorpusValue {
                value: c.value,
                modifier: c.modifier,
                shown: show_value(&c.value, c.modifier),
                sources: 0,
                claims: 0,
                quoted: Vec::new(),
                more_sources: 0,
            });
            last.push(usize::MAX);
            values.len() - 1
        });
        let v = &mut values[k];
        v.claims += 1;
        if last[k] != c.source {
            last[k] = c.source;
            v.sources += 1;
            v.quoted.push(i);
            stating.push((c.source, k));
        }
    }
    // Most sources first; a tie in order of first appearance.
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by_key(|&k| (std::cmp::Reverse(values[k].sources), k));
    let listed: Vec<bool> = {
        let mut listed = vec![false; values.len()];
        for &k in order.iter().take(VALUES) {
            listed[k] = true;
        }
        listed
    };
    let mut rest: Vec<usize> = stating
        .iter()
        .filter(|(_, k)| !listed[*k])
        .map(|(s, _)| *s)
        .collect();
    rest.sort_unstable();
    rest.dedup();
    let more_values = values.len().saturating_sub(VALUES);
    let mut slots: Vec<Option<CorpusValue>> = values.into_iter().map(Some).collect();
    let values: Vec<CorpusValue> = order
        .iter()
        .take(VALUES)
        .filter_map(|&k| slots[k].take())
        .map(|mut v| {
            v.quoted.truncate(QUOTED);
            v.more_sources = v.sources - v.quoted.len();
            kept.extend(&v.quoted);
            v
        })
        .collect();
    kept.sort_unstable();
    (
        kept,
        CorpusSide {
            finding: f.id.clone(),
            values,
            more_values,
            more_values_sources: rest.len(),
        },
    )
}

/// Makes the quoted claims' indices those of the kept claims (`renumber[old]`).
pub fn renumber(sides: &mut [CorpusSide], renumber: &[usize]) {
    for v in sides.iter_mut().flat_map(|s| s.values.iter_mut()) {
        for i in &mut v.quoted {
            *i = renumber[*i];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::FindingKind;
    use crate::rules::MatchedBy;
    use crate::value::Decimal;

    fn claim(value: i64, source: usize, at: usize) -> Claim {
        Claim {
            rule: 0,
            source,
            by: MatchedBy::Pattern(0),
            span: at..at + 1,
            context: at..at + 1,
            evidence: at..at + 1,
            value: Value::Number(Decimal::int(value)),
            modifier: None,
            subject: None,
            warnings: vec![],
        }
    }

    #[test]
    fn each_value_counts_its_sources_and_quotes_the_first_three() {
        // Sources 0–4 say 10 (source 1 twice), source 5 says 20, sources 6–13 each say a value
        // of their own; source 14 is the new article.
        let mut claims: Vec<Claim> = (0..5).map(|s| claim(10, s, 0)).collect();
        claims.push(claim(10, 1, 5));
        claims.push(claim(20, 5, 0));
        claims.extend((6..14).map(|s| claim(100 + s as i64, s, 0)));
        claims.push(claim(10, 14, 0));
        let f = Finding {
            id: "FL-x".into(),
            kind: FindingKind::Conflict,
            rule: 0,
            subject: None,
            claims: (0..claims.len()).collect(),
            primary: claims.len() - 1,
            within_source: false,
            message: None,
        };
        let (findings, sides) = summarize(&claims, vec![f], 14, |_| "m".into());
        let side = &sides[0];
        let first = &side.values[0];
        assert_eq!(
            (first.shown.as_str(), first.sources, first.claims),
            ("10", 5, 6)
        );
        assert_eq!(
            first.quoted,
            vec![0, 1, 2],
            "one claim of each of the first sources"
        );
        assert_eq!(first.more_sources, 2);
        // Six values listed (10, then 20 and four of one source each, in order of appearance),
        // the other four counted.
        assert_eq!(side.values.len(), VALUES);
        assert_eq!(side.values[1].shown, "20");
        assert_eq!((side.more_values, side.more_values_sources), (4, 4));
        assert!(side.summarized());
        // The finding keeps the new claim and the quoted ones, and its message.
        let mut kept: Vec<usize> = side.values.iter().flat_map(|v| v.quoted.clone()).collect();
        kept.push(claims.len() - 1);
        kept.sort_unstable();
        assert_eq!(findings[0].claims, kept);
        assert_eq!(findings[0].message.as_deref(), Some("m"));
        assert_eq!(
            side.lines(|i| format!("s{}", claims[i].source))[0],
            "5 corpus sources say 10 (s0, s1, s2 and 2 more)"
        );
    }
}
