use super::*;
use crate::value::{DateValue, Decimal, Season};

/// A claim of `value` by `source`, for tests here and in `classes.rs`.
pub(super) fn claim(value: Value, modifier: Option<Mod>, source: usize) -> Claim {
    Claim {
        rule: 0,
        source,
        by: crate::rules::MatchedBy::Pattern(0),
        span: 0..1,
        context: 0..1,
        evidence: 0..1,
        value,
        modifier,
        subject: None,
        warnings: vec![],
    }
}

fn n(x: i64) -> Value {
    Value::Number(Decimal::int(x))
}

#[test]
fn approx_and_exact_counts_agree_without_refining() {
    let exact = claim(n(100_000), None, 0);
    let approx = claim(n(100_000), Some(Mod::Approx), 1);
    assert_eq!(relate(&exact, &approx, None), Relation::Agree);
}

#[test]
fn a_tenfold_difference_conflicts_even_when_approximate() {
    let a = claim(n(10_000), Some(Mod::Approx), 0);
    let b = claim(n(100_000), None, 1);
    assert_eq!(relate(&a, &b, None), Relation::Conflict);
}

#[test]
fn a_season_refines_its_year() {
    let year = claim(Value::Date(DateValue::Year { year: 2020 }), None, 0);
    let fall = claim(
        Value::Date(DateValue::Season {
            year: Some(2020),
            season: Season::Fall,
        }),
        None,
        1,
    );
    assert_eq!(relate(&year, &fall, None), Relation::Contains);
    assert_eq!(relate(&fall, &year, None), Relation::ContainedBy);
}

#[test]
fn more_than_contains_a_larger_count() {
    let more = claim(n(6000), Some(Mod::MoreThan), 0);
    assert_eq!(
        relate(&more, &claim(n(6500), None, 1), None),
        Relation::Contains
    );
    assert_eq!(
        relate(&more, &claim(n(5000), None, 1), None),
        Relation::Conflict
    );
}

#[test]
fn tolerance_turns_a_near_miss_into_agreement() {
    // 101 and 105 are not round: each is exact (see `precision`).
    let a = claim(n(101), None, 0);
    let b = claim(n(105), None, 1);
    assert_eq!(relate(&a, &b, None), Relation::Conflict);
    assert_eq!(
        relate(&a, &b, Some(Tolerance::Percent(5.0))),
        Relation::Agree
    );
    assert_eq!(
        relate(&a, &b, Some(Tolerance::Absolute(3.0))),
        Relation::Conflict
    );
    assert_eq!(
        relate(&a, &b, Some(Tolerance::Absolute(4.0))),
        Relation::Agree
    );
}

#[test]
fn claims_that_cannot_be_placed_corroborate_nothing() {
    let unknown = claim(
        Value::Date(DateValue::Day {
            year: None,
            month: 5,
            day: 9,
        }),
        None,
        0,
    );
    let known = claim(
        Value::Date(DateValue::Day {
            year: Some(2024),
            month: 5,
            day: 10,
        }),
        None,
        1,
    );
    let rules = crate::rules::load_str(
        "t.yaml",
        "rules:\n  - id: r\n    title: T\n    kind: date\n    patterns: [\"le {date}\"]\n",
    )
    .expect("loads");
    let sources = vec![
        crate::source::from_text("a.txt", "", Default::default()),
        crate::source::from_text("b.txt", "", Default::default()),
    ];
    let findings = compare(&rules, &sources, &[unknown, known]);
    // Each stands alone: the placed one uncorroborated, the unplaced one set apart.
    let shape: Vec<_> = findings
        .iter()
        .map(|f| (f.kind, f.claims.clone()))
        .collect();
    assert_eq!(
        shape,
        vec![
            (FindingKind::SingleSource, vec![0]),
            (FindingKind::SingleSource, vec![1])
        ]
    );
}

/// One count rule, `r`.
fn count_rule() -> RuleSet {
    crate::rules::load_str(
        "t.yaml",
        "rules:\n  - id: r\n    title: T\n    kind: count\n    patterns: [\"{count} morts\"]\n",
    )
    .expect("loads")
}

#[test]
fn a_fingerprint_is_that_of_its_claims_keys_sorted_and_distinct() {
    let rules = count_rule();
    let sources = vec![
        crate::source::from_text("d/b.txt", "", Default::default()),
        crate::source::from_text("a.txt", "", Default::default()),
    ];
    // Out of order, one key twice (source 0 states 12 twice), one with a `mod`.
    let claims = vec![
        claim(n(12), None, 0),
        claim(n(3), Some(Mod::Approx), 1),
        claim(n(12), None, 0),
        claim(n(120), None, 1),
    ];
    let ids = [0, 1, 2, 3];
    let keys: Vec<String> = claims
        .iter()
        .map(|c| claim_key(&sources[c.source].short_name(), &c.value, c.modifier))
        .collect();
    for kind in [FindingKind::Conflict, FindingKind::Agreement] {
        let got = fingerprint(&rules, &sources, &claims, 0, Some("s"), kind, &ids);
        assert_eq!(got, fingerprint_of("r", Some("s"), kind, keys.clone()));
    }
    // The hash of the joined key, as fingerprints have always been made.
    let mut sorted = keys.clone();
    sorted.sort();
    sorted.dedup();
    let key = format!("r||agreement|{}", sorted.join(","));
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    assert_eq!(
        fingerprint_of("r", None, FindingKind::Agreement, keys),
        format!("FL-{:012x}", h >> 16)
    );
}

#[test]
fn unknown_years_are_not_compared() {
    let a = claim(
        Value::Date(DateValue::Day {
            year: None,
            month: 5,
            day: 9,
        }),
        None,
        0,
    );
    let b = claim(
        Value::Date(DateValue::Day {
            year: Some(2024),
            month: 5,
            day: 10,
        }),
        None,
        1,
    );
    assert_eq!(relate(&a, &b, None), Relation::Unknown);
}

#[test]
fn a_fingerprint_sorts_keys_whole_when_one_name_starts_another() {
    // "a.txt=…" sorts after "a.txt2=…" ('=' is after '2'), though "a.txt" sorts before
    // "a.txt2": the keys are sorted as the joined strings, not by name then value.
    let rules = count_rule();
    let sources = vec![
        crate::source::from_text("x/a.txt", "", Default::default()),
        crate::source::from_text("a.txt2", "", Default::default()),
        crate::source::from_text("a.tx", "", Default::default()),
        crate::source::from_text("y/a.txt", "", Default::default()),
        crate::source::from_text("a.txt=1", "", Default::default()),
    ];
    let claims = vec![
        claim(n(7), None, 0),
        claim(n(7), None, 1),
        claim(n(70), Some(Mod::MoreThan), 2),
        claim(n(7), None, 3),
        claim(n(1), None, 4),
        claim(n(10), None, 0),
        claim(n(1), Some(Mod::Approx), 2),
    ];
    let ids: Vec<usize> = (0..claims.len()).collect();
    let keys: Vec<String> = claims
        .iter()
        .map(|c| claim_key(&sources[c.source].short_name(), &c.value, c.modifier))
        .collect();
    let mut table = crate::stream::table::SourceTable::default();
    for s in &sources {
        table.push(s);
    }
    table.finish();
    for kind in [FindingKind::Conflict, FindingKind::Agreement] {
        let want = fingerprint_of("r", None, kind, keys.clone());
        let by_sources = fingerprint(&rules, &sources, &claims, 0, None, kind, &ids);
        let by_table = fingerprint(&rules, &table, &claims, 0, None, kind, &ids);
        assert_eq!(by_sources, want);
        assert_eq!(by_table, want);
    }
    // And the two pieces compare as the joined bytes do, whichever is shorter.
    for (a, b) in [
        (("a.txt", "=7"), ("a.txt2", "=7")),
        (("a.txt", "=1"), ("a.txt=1", "=1")),
        (("a.tx", "=70"), ("a.txt", "=10")),
        (("a.txt", "=7"), ("a.txt", "=10")),
    ] {
        let joined = |(x, y): (&str, &str)| format!("{x}{y}");
        let got = cmp_joined(
            (a.0.as_bytes(), a.1.as_bytes()),
            (b.0.as_bytes(), b.1.as_bytes()),
        );
        assert_eq!(got, joined(a).cmp(&joined(b)), "{a:?} {b:?}");
        assert_eq!(got.reverse(), joined(b).cmp(&joined(a)), "{b:?} {a:?}");
    }
}
