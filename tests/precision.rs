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

use crate::cli::{run_in, scratch};

const TABLE: &str = include_str!("data/precision.tsv");

/// The rows of the table: (line number, kind, left, right, verdict, reason).
fn rows() -> Vec<(
    usize,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
)> {
    TABLE
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.starts_with('#') && !line.trim().is_empty())
        .map(|(n, line)| {
            let cells: Vec<&str> = line.split('\t').collect();
            let [kind, left, right, verdict, reason] = cells[..] else {
                panic!("precision.tsv:{}: expected 5 tab-separated cells", n + 1);
            };
            (n + 1, kind, left, right, verdict, reason)
        })
        .collect()
}

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
        span: m.range.map_or(m.start..m.end, |r| r.start..r.end),
        context: 0..phrase.len(),
        evidence: m.start..m.end,
        // "entre 80 000 et 100 000": a count rule reads the range either end carries.
        value: m.range.map_or(m.value, |r| r.value),
        modifier: if m.range.is_some() { None } else { m.modifier },
        subject: None,
        warnings: vec![],
    })
}

#[test]
fn every_row_of_the_precision_table_holds() {
    let mut count = 0;
    let mut wrong = Vec::new();
    for (line, kind, left, right, verdict, reason) in rows() {
        let kind = match kind {
            "count" => ValueKind::Number,
            "date" => ValueKind::Date,
            "duration" => ValueKind::Duration,
            other => panic!("precision.tsv:{line}: unknown kind `{other}`"),
        };
        count += 1;
        let (a, b) = match (read(left, kind, 0), read(right, kind, 1)) {
            (Ok(a), Ok(b)) => (a, b),
            (Err(e), _) | (_, Err(e)) => {
                wrong.push(format!("line {line}: {e}"));
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
                "line {line}: “{left}” ({}) vs “{right}” ({}): {got}, expected {verdict} ({reason})",
                a.value,
                b.value
            ));
        }
    }
    assert!(count >= 40, "the table has {count} rows");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Each row again, end to end: a corpus of two articles, one per side, and a rule of the row's
/// kind that takes the value of a sentence about "le relevé". `check` must give the row's verdict in
/// its JSON (a conflict finding, or an agreement or refinement and no conflict) and in its
/// human report and exit code (1 for a conflict, 0 otherwise).
#[test]
fn every_row_of_the_precision_table_holds_in_check() {
    let dir = scratch("precision-rows");
    let mut wrong = Vec::new();
    for (line, kind, left, right, verdict, reason) in rows() {
        let row = dir.join(format!("row{line}"));
        let (corpus, claims) = (row.join("corpus"), row.join("claims"));
        std::fs::create_dir_all(&corpus).unwrap();
        std::fs::create_dir_all(&claims).unwrap();
        std::fs::write(
            claims.join("row.yaml"),
            format!(
                "lang: fr\nrules:\n  - id: row\n    title: The value of the row\n    kind: {kind}\n    cues: [relevé]\n"
            ),
        )
        .unwrap();
        std::fs::write(corpus.join("a.txt"), format!("Le relevé donne {left}.\n")).unwrap();
        std::fs::write(corpus.join("b.txt"), format!("Le relevé donne {right}.\n")).unwrap();
        let args = |format: &'static str| {
            vec![
                "check",
                "corpus",
                "--claims",
                "claims",
                "--no-review",
                "--format",
                format,
            ]
        };
        let json = run_in(&row, &args("json"), None);
        let human = run_in(&row, &args("human"), None);
        let report: serde_json::Value = match serde_json::from_str(&json.out) {
            Ok(r) => r,
            Err(e) => {
                wrong.push(format!("line {line}: no JSON report ({e}): {}", json.err));
                continue;
            }
        };
        let kinds: Vec<&str> = report["findings"]
            .as_array()
            .map(|f| f.iter().filter_map(|f| f["kind"].as_str()).collect())
            .unwrap_or_default();
        let conflict = kinds.contains(&"conflict");
        let agree = !conflict
            && kinds
                .iter()
                .any(|k| matches!(*k, "agreement" | "refinement"));
        let json_says = if conflict {
            "conflict"
        } else if agree {
            "agree"
        } else {
            "neither"
        };
        let human_says = match (human.code, human.out.contains("conflict")) {
            (1, true) => "conflict",
            (0, _) => "agree",
            _ => "neither",
        };
        if json_says != verdict || human_says != verdict || json.code != human.code {
            wrong.push(format!(
                "line {line}: “{left}” vs “{right}”: JSON {json_says} {kinds:?}, human {human_says} (exit {}), expected {verdict} ({reason})",
                human.code
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A range of counts is read where both ends bound one count, and nowhere else: each end
/// carries it ("entre 80 000 et 100 000" is `(80000,100000)` whichever end a rule takes), and
/// a change ("passé de 5 000 à 7 000"), a qualified end, ends out of order or of another scale
/// ("de 2 à 5 000 euros") keep their numbers apart.
#[test]
fn count_ranges_are_read_where_two_numbers_bound_one_count() {
    let ranges = |text: &str, lang: Lang| -> Vec<String> {
        grammar::scan(text, lang, Published::parse("2024-06-01"))
            .into_iter()
            .filter(|m| m.kind == ValueKind::Number)
            .map(|m| m.range.map_or("-".to_string(), |r| r.value.to_string()))
            .collect()
    };
    let both = |v: &str| vec![v.to_string(), v.to_string()];
    for (text, want) in [
        ("entre 80 000 et 100 000 personnes", both("(80000,100000)")),
        ("un bilan de 5 000 à 7 000 morts", both("(5000,7000)")),
        ("entre trois cents et quatre cents", both("(300,400)")),
        ("d'après eux, de 40 à 60 blessés", both("(40,60)")),
        (
            "le bilan est passé de 5 000 à 7 000",
            vec!["-".into(), "-".into()],
        ),
        (
            "il a grimpé de 300 à 400 en un jour",
            vec!["-".into(), "-".into()],
        ),
        (
            "entre près de 80 000 et 100 000",
            vec!["-".into(), "-".into()],
        ),
        ("de 2 à 5 000 euros", vec!["-".into(), "-".into()]),
        ("une victoire de 7 à 5", vec!["-".into(), "-".into()]),
    ] {
        assert_eq!(ranges(text, Lang::Fr), want, "{text}");
    }
    assert_eq!(
        ranges("between 20 and 30 people were hurt", Lang::En),
        both("(20,30)")
    );
}
