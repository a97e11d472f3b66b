//! Implicit precision as data (issue 9, part 1): `tests/data/precision.tsv` holds one pair of
//! phrases per row, the verdict an editor would give, and why. Each side is read by the French
//! grammar and the two are compared by the comparator's own relation, as `check` compares two
//! claims of a rule without a tolerance. A row the comparator gets wrong is named with its
//! reason.

use factlint::Claim;
use factlint::compare::{Relation, relate};
use factlint::grammar::{self, Lang};
use factlint::rules::MatchedBy;
use factlint::value::{Published, ValueKind};

const TABLE: &str = include_str!("data/precision.tsv");

/// The longest mention of `kind` in `phrase`, as a claim of source `source`.
fn read(phrase: &str, kind: ValueKind, source: usize) -> Result<Claim, String> {
    // Every date in the table states its year; the publication date only anchors the grammar.
    let mentions = grammar::scan(phrase, Lang::Fr, Published::parse("2024-06-01"));
    let m = mentions
        .into_iter()
        .filter(|m| m.kind == kind)
        .max_by_key(|m| (m.end - m.start, std::cmp::Reverse(m.start)))
        .ok_or_else(|| format!("the grammar reads no {kind:?} in “{phrase}”"))?;
    Ok(Claim {
        rule: 0,
        source,
        by: MatchedBy::Pattern(0),
        span: m.start..m.end,
        context: 0..phrase.len(),
        evidence: m.start..m.end,
        value: m.value,
        modifier: m.modifier,
        subject: None,
        warnings: vec![],
    })
}

#[test]
fn every_row_of_the_precision_table_holds() {
    let mut rows = 0;
    let mut wrong = Vec::new();
    for (n, line) in TABLE.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        let [kind, left, right, verdict, reason] = cells[..] else {
            panic!("precision.tsv:{}: expected 5 tab-separated cells", n + 1);
        };
        let kind = match kind {
            "count" => ValueKind::Number,
            "date" => ValueKind::Date,
            "duration" => ValueKind::Duration,
            other => panic!("precision.tsv:{}: unknown kind `{other}`", n + 1),
        };
        rows += 1;
        let (a, b) = match (read(left, kind, 0), read(right, kind, 1)) {
            (Ok(a), Ok(b)) => (a, b),
            (Err(e), _) | (_, Err(e)) => {
                wrong.push(format!("line {}: {e}", n + 1));
                continue;
            }
        };
        let got = match (relate(&a, &b, None), relate(&b, &a, None)) {
            (Relation::Conflict, Relation::Conflict) => "conflict",
            (Relation::Unknown, _) | (_, Relation::Unknown) => "unknown",
            (Relation::Conflict, _) | (_, Relation::Conflict) => "asymmetric",
            _ => "agree",
        };
        if got != verdict {
            wrong.push(format!(
                "line {}: “{left}” ({}) vs “{right}” ({}): {got}, expected {verdict} ({reason})",
                n + 1,
                a.value,
                b.value
            ));
        }
    }
    assert!(rows >= 40, "the table has {rows} rows");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
