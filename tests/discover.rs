//! Discovery as users rely on it: with no rule at all, `discover` finds every fact the bundled
//! rules find in two or more sources of the corpus, with the rules' verdict, and lists them
//! first; the list is the same bytes at any thread count; `lint --discover` hints fail a run
//! only when asked; `rules suggest` writes a draft that `rules test` passes and that `check`
//! then uses.

use std::collections::BTreeSet;
use std::path::PathBuf;

use factlint::FindingKind;
use factlint::discover::{self, Candidate};

use crate::cli::{repo, run, run_in, sarif_validator, scratch};

fn corpus() -> Vec<factlint::Source> {
    let (sources, errors) = factlint::source::load(&[repo().join("corpus")]);
    assert!(errors.is_empty(), "the bundled corpus loads");
    sources
}

/// An empty rule pack, from an empty claims folder of its own (tests run in parallel).
fn empty_rules(name: &str) -> factlint::rules::RuleSet {
    let dir = scratch(name);
    factlint::rules::load_dir(&dir).expect("an empty claims folder is an empty rule pack")
}

/// (file name, value) of each mention: what a source says. A source may state one fact twice
/// (002 gives the year of the 2020 war in two sentences): either sentence will do.
fn places(c: &Candidate) -> BTreeSet<(String, String)> {
    c.mentions
        .iter()
        .map(|m| (file_name(&m.claim.source), m.claim.value.to_string()))
        .collect()
}

fn file_name(path: &str) -> String {
    path.rsplit('/').next().unwrap_or(path).to_string()
}

/// The facts the bundled rules find in two or more sources, with their verdict (conflict or
/// agreement) and the places of their claims.
/// A fact of the bundled rules: its rule, its verdict, and what each source says.
type RuleFact = (String, FindingKind, BTreeSet<(String, String)>);

fn rule_facts() -> Vec<RuleFact> {
    let report = factlint::check(&[repo().join("corpus")], &repo().join("claims"))
        .expect("the bundled corpus and rules load");
    let mut facts: Vec<RuleFact> = Vec::new();
    for f in report
        .findings
        .iter()
        .filter(|f| matches!(f.kind, FindingKind::Conflict | FindingKind::Agreement))
    {
        let claims = f
            .claims
            .iter()
            .map(|c| (file_name(&c.source), c.value.to_string()))
            .collect();
        facts.push((f.rule.clone(), f.kind, claims));
    }
    facts
}

#[test]
fn with_no_rule_discovery_finds_the_six_facts_of_the_rules_with_their_verdicts_first() {
    let facts = rule_facts();
    let rules: Vec<&str> = facts.iter().map(|(r, _, _)| r.as_str()).collect();
    assert_eq!(
        rules,
        [
            "offensive-date",
            "fled-karabakh",
            "peacekeepers-deployed",
            "war-duration",
            "war-year",
            "withdrawal-start"
        ],
        "the bundled rules find these six facts in two or more sources"
    );
    let d = discover::discover(
        &empty_rules("discover-six"),
        &corpus(),
        discover::DEFAULT_LIMIT,
    );
    assert_eq!(d.candidates.len(), discover::DEFAULT_LIMIT);
    for (rule, kind, claims) in &facts {
        let found = d
            .candidates
            .iter()
            .position(|c| places(c).is_superset(claims));
        let Some(rank) = found else {
            panic!("no candidate holds the claims of {rule}: {claims:?}");
        };
        let c = &d.candidates[rank];
        assert_eq!(
            c.verdict, *kind,
            "{rule}: candidate {} ({})",
            c.id, c.message
        );
        assert!(
            rank < facts.len(),
            "{rule} is candidate {} of the list, after facts fewer sources state",
            rank + 1
        );
        assert!(c.mentions.iter().all(|m| m.rule_bound.is_none()));
        assert!(!c.shared.is_empty(), "{rule}: a grouping explains itself");
    }
    // The year of the 2020 war: two sources refine the others' "2020" to its autumn.
    let war_year = &facts
        .iter()
        .find(|f| f.0 == "war-year")
        .expect("war-year")
        .2;
    assert!(
        d.candidates
            .iter()
            .any(|c| places(c).is_superset(war_year) && c.refines)
    );
}

#[test]
fn mentions_a_rule_takes_are_marked_rule_bound() {
    let rules = factlint::rules::load_dir(&repo().join("claims")).expect("bundled rules load");
    let d = discover::discover(&rules, &corpus(), discover::DEFAULT_LIMIT);
    let fled = d
        .candidates
        .iter()
        .find(|c| c.message.contains("100000"))
        .expect("the exodus is a candidate");
    assert!(
        fled.mentions
            .iter()
            .all(|m| m.rule_bound.as_deref() == Some("fled-karabakh")),
        "{:?}",
        fled.mentions
    );
    // "Uncovered" counts the listed candidates no rule takes any mention of.
    let uncovered = d
        .candidates
        .iter()
        .filter(|c| c.mentions.iter().all(|m| m.rule_bound.is_none()))
        .count();
    assert_eq!(d.summary.uncovered, uncovered);
    assert!(uncovered < d.candidates.len());
}

#[test]
fn the_list_is_the_same_bytes_at_any_thread_count() {
    let empty = scratch("discover-threads");
    let empty = empty.to_string_lossy().into_owned();
    let mut outputs = Vec::new();
    for threads in ["1", "2", "1"] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_factlint"))
            .args(["discover", "--claims", &empty, "--format", "json"])
            .current_dir(repo())
            .env("RAYON_NUM_THREADS", threads)
            .output()
            .expect("factlint runs");
        assert!(out.status.success());
        outputs.push(out.stdout);
    }
    assert_eq!(outputs[0], outputs[1]);
    assert_eq!(outputs[0], outputs[2]);
    let json: serde_json::Value = serde_json::from_slice(&outputs[0]).expect("JSON");
    let kinds: BTreeSet<&str> = json["candidates"]
        .as_array()
        .expect("candidates")
        .iter()
        .map(|c| c["kind"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(kinds, BTreeSet::from(["candidate"]));
}

#[test]
fn sarif_lists_each_candidate_as_a_valid_note() {
    let empty = scratch("discover-sarif");
    let r = run(&[
        "discover",
        "--claims",
        &empty.to_string_lossy(),
        "--format",
        "sarif",
        "--limit",
        "6",
    ]);
    assert_eq!(r.code, 0, "{}", r.err);
    let log: serde_json::Value = serde_json::from_str(&r.out).expect("JSON");
    let errors: Vec<String> = sarif_validator()
        .iter_errors(&log)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let results = log["runs"][0]["results"].as_array().expect("results");
    assert_eq!(results.len(), 6);
    for r in results {
        assert_eq!(r["level"], "note");
        assert_eq!(r["ruleId"], "discover/candidate");
        assert_eq!(r["properties"]["findingKind"], "candidate");
    }
}

fn fixture(name: &str) -> String {
    format!("tests/fixtures/discover/{name}")
}

#[test]
fn lint_discover_hints_fail_the_run_only_when_asked() {
    let empty = scratch("discover-lint");
    let empty = empty.to_string_lossy().into_owned();
    let base = |file: &str| {
        vec![
            "lint".to_string(),
            fixture(file),
            "--published".into(),
            "2024-06-01".into(),
            "--claims".into(),
            empty.clone(),
            "--discover".into(),
        ]
    };
    fn args(v: &[String]) -> Vec<&str> {
        v.iter().map(String::as_str).collect()
    }
    let hinted = base("disagrees.txt");
    let r = run(&args(&hinted));
    assert_eq!(r.code, 0, "hints alone never fail: {}", r.out);
    assert!(r.out.contains("septembre 2021"), "{}", r.out);
    assert!(r.out.contains("quelque 30 000"), "{}", r.out);
    let mut failing = hinted.clone();
    failing.extend(["--fail-on".to_string(), "discovered".to_string()]);
    assert_eq!(run(&args(&failing)).code, 1);
    // An article that agrees with the corpus has nothing to hint.
    let mut agreeing = base("agrees.txt");
    agreeing.extend(["--fail-on".to_string(), "discovered".to_string()]);
    let r = run(&args(&agreeing));
    assert_eq!(r.code, 0, "{}", r.out);
    assert!(!r.out.contains("Discovered"), "{}", r.out);
    // JSON carries the hints as `discovered`, each a candidate finding.
    let mut json = hinted.clone();
    json.extend(["--format".to_string(), "json".to_string()]);
    let r = run(&args(&json));
    let v: serde_json::Value = serde_json::from_str(&r.out).expect("JSON");
    let hints = v["discovered"].as_array().expect("discovered");
    assert_eq!(hints.len(), 2);
    assert!(hints.iter().all(|h| h["kind"] == "candidate"));
    // GitHub: a notice annotation at each hinted value.
    let mut github = hinted.clone();
    github.extend(["--format".to_string(), "github".to_string()]);
    let r = run(&args(&github));
    let notices = r
        .out
        .lines()
        .filter(|l| l.starts_with("::notice file=tests/fixtures/discover/disagrees.txt"))
        .count();
    assert_eq!(notices, 2, "{}", r.out);
    // SARIF: the lint log, still valid, with a note per hint.
    let mut sarif = hinted;
    sarif.extend(["--format".to_string(), "sarif".to_string()]);
    let r = run(&args(&sarif));
    let log: serde_json::Value = serde_json::from_str(&r.out).expect("JSON");
    assert!(sarif_validator().iter_errors(&log).next().is_none());
    let notes = log["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .filter(|r| r["ruleId"] == "discover/candidate")
        .count();
    assert_eq!(notes, 2);
}

#[test]
fn lint_discover_leaves_rule_bound_values_to_the_rules() {
    // With the bundled rules, the same values are the rules' conflicts, not hints.
    let r = run(&[
        "lint",
        &fixture("disagrees.txt"),
        "--published",
        "2024-06-01",
        "--discover",
        "--no-review",
    ]);
    assert_eq!(r.code, 1, "the rules' conflicts fail the run");
    assert!(r.out.contains("fled-karabakh"), "{}", r.out);
    assert!(!r.out.contains("Discovered"), "{}", r.out);
}

#[test]
fn a_suggested_rule_passes_rules_test_as_written_and_check_uses_it() {
    let dir = scratch("discover-suggest");
    let claims = dir.join("claims");
    std::fs::create_dir_all(&claims).expect("claims folder");
    let claims_arg = claims.to_string_lossy().into_owned();
    let corpus = repo().join("corpus");
    let corpus_arg = corpus.to_string_lossy().into_owned();
    let d = discover::discover(&empty_rules("discover-suggest-empty"), &self::corpus(), 6);
    for (k, c) in d.candidates.iter().enumerate() {
        let file: PathBuf = claims.join(format!("draft-{k}.yaml"));
        let r = run_in(
            &dir,
            &[
                "rules",
                "suggest",
                &c.id,
                "--claims",
                &claims_arg,
                "--corpus",
                &corpus_arg,
                "--write",
                &file.to_string_lossy(),
            ],
            None,
        );
        assert_eq!(r.code, 0, "{}", r.err);
        let test = run_in(&dir, &["rules", "test", "--claims", &claims_arg], None);
        assert_eq!(test.code, 0, "draft of {}: {}{}", c.id, test.out, test.err);
        assert!(!test.out.starts_with("0 examples"), "{}", test.out);
    }
    // The draft for the people who fled, unedited and alone, finds the fact in the three
    // sources that state it, and they agree, as with the bundled rule.
    let fled = d
        .candidates
        .iter()
        .find(|c| {
            c.value_kind == factlint::value::ValueKind::Number && c.message.contains("100000")
        })
        .expect("the exodus is a candidate");
    let alone = dir.join("fled");
    std::fs::create_dir_all(&alone).expect("claims folder");
    let alone_arg = alone.to_string_lossy().into_owned();
    let file = alone.join("fled.yaml").to_string_lossy().into_owned();
    let r = run_in(
        &dir,
        &[
            "rules",
            "suggest",
            &fled.id,
            "--claims",
            &alone_arg,
            "--corpus",
            &corpus_arg,
            "--write",
            &file,
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.err);
    let r = run_in(
        &dir,
        &[
            "check",
            &corpus_arg,
            "--claims",
            &alone_arg,
            "--no-review",
            "--format",
            "json",
        ],
        None,
    );
    let report: serde_json::Value = serde_json::from_str(&r.out).expect("JSON");
    let findings = report["findings"].as_array().expect("findings");
    let agreement = findings
        .iter()
        .find(|f| f["kind"] == "agreement")
        .unwrap_or_else(|| panic!("no agreement: {findings:?}"));
    let sources: BTreeSet<String> = agreement["claims"]
        .as_array()
        .expect("claims")
        .iter()
        // JSON schema 2: a finding's claims are ids into `claims`.
        .map(|id| {
            let c = &report["claims"][id.as_u64().expect("claim id") as usize];
            file_name(c["source"].as_str().unwrap_or(""))
        })
        .collect();
    assert_eq!(sources.len(), 3, "{agreement}");
    assert!(
        !findings.iter().any(|f| f["kind"] == "conflict"),
        "{findings:?}"
    );
}

#[test]
fn suggest_refuses_an_unknown_candidate() {
    let empty = scratch("discover-unknown");
    let r = run(&[
        "rules",
        "suggest",
        "DC-000000000000",
        "--claims",
        &empty.to_string_lossy(),
    ]);
    assert_eq!(r.code, 2);
    assert!(r.err.contains("factlint discover"), "{}", r.err);
}
