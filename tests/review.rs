//! Editorial decisions bind to the claims they were made on (issue 9, part 5): a confirmed
//! error keeps failing and teaches `lint` the wrong value; a different-events decision keeps a
//! new article agreeing with the main event from reopening the reviewed conflict; `review add`
//! works on `lint` findings; `review list` and `review remove`.

use std::path::{Path, PathBuf};

use crate::cli::{Run, copy_dir, repo, run_in, scratch};

/// A copy of the flood fixture (three sources: two say 1 240 deaths, one 12 400) in a scratch
/// folder, so that `review add` can write its review file.
fn floods(name: &str) -> PathBuf {
    let dir = scratch(name);
    let fixture = repo().join("tests/fixtures/review");
    copy_dir(&fixture.join("claims"), &dir.join("claims"));
    copy_dir(&fixture.join("corpus"), &dir.join("corpus"));
    copy_dir(&fixture.join("new"), &dir.join("new"));
    dir
}

fn json(r: &Run) -> serde_json::Value {
    serde_json::from_str(&r.out).unwrap_or_else(|e| panic!("{e}: {}{}", r.out, r.err))
}

/// The ID of the one conflict of a JSON report.
fn conflict_id(report: &serde_json::Value) -> String {
    let conflicts: Vec<&serde_json::Value> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["kind"] == "conflict")
        .collect();
    assert_eq!(conflicts.len(), 1, "{report:#}");
    conflicts[0]["id"].as_str().expect("an id").to_string()
}

fn confirm_hebdo_wrong(dir: &Path) -> String {
    let r = run_in(dir, &["check", "--format", "json"], None);
    assert_eq!(r.code, 1, "{}{}", r.out, r.err);
    let id = conflict_id(&json(&r));
    let r = run_in(
        dir,
        &[
            "review",
            "add",
            &id,
            "--decision",
            "confirmed-error",
            "--set-apart",
            "hebdo.txt",
            "--note",
            "a zero too many: the prefecture counts 1 240",
            "--author",
            "Ed",
            "--date",
            "2024-06-03",
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}{}", r.out, r.err);
    id
}

#[test]
fn a_confirmed_error_keeps_failing_and_a_new_article_repeating_it_fails_lint() {
    let dir = floods("confirmed");
    let id = confirm_hebdo_wrong(&dir);
    let written = std::fs::read_to_string(dir.join("corpus/factlint.review.yaml")).unwrap();
    assert!(
        written.contains("set-apart:\n  - hebdo.txt=12400"),
        "{written}"
    );

    // The reviewed conflict still fails the run: an article is wrong until it is corrected.
    let r = run_in(&dir, &["check", "--format", "json"], None);
    assert_eq!(r.code, 1, "{}{}", r.out, r.err);
    let report = json(&r);
    assert_eq!(conflict_id(&report), id);
    let reviewed = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == id.as_str())
        .unwrap();
    assert_eq!(reviewed["review"]["decision"], "confirmed-error");

    // A new article repeating the wrong value conflicts with the confirmed one, both labelled.
    let r = run_in(&dir, &["lint", "new/repeats-wrong.txt"], None);
    assert_eq!(r.code, 1, "{}{}", r.out, r.err);
    let flat = r.out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(&format!(
            "repeats-wrong.txt repeats 12400, confirmed wrong by Ed on 2024-06-03 ({id})"
        )),
        "{}",
        r.out
    );
    assert!(r.out.contains("new/repeats-wrong.txt:1:"), "{}", r.out);
    assert!(r.out.contains("agence.txt:1:"), "{}", r.out);
    assert!(!r.out.contains("Reviewed"), "{}", r.out);
    // In JSON too, and the wrong claim is not one of its claims (left out of the fact).
    let r = run_in(
        &dir,
        &["lint", "new/repeats-wrong.txt", "--format", "json"],
        None,
    );
    let report = json(&r);
    let finding = &report["findings"][0];
    assert_eq!(finding["kind"], "conflict", "{report:#}");
    let sources: Vec<&str> = finding["claims"]
        .as_array()
        .unwrap()
        .iter()
        // JSON schema 2: a finding's claims are ids into `claims`.
        .map(|id| {
            report["claims"][id.as_u64().unwrap() as usize]["source"]
                .as_str()
                .unwrap()
        })
        .collect();
    assert!(
        sources.iter().all(|s| !s.ends_with("hebdo.txt")),
        "{sources:?}"
    );
    assert!(
        sources.iter().any(|s| s.ends_with("agence.txt")),
        "{sources:?}"
    );

    // One agreeing with the confirmed value agrees, and is not told about the wrong one.
    let r = run_in(&dir, &["lint", "new/agrees.txt"], None);
    assert_eq!(r.code, 0, "{}{}", r.out, r.err);
    assert!(!r.out.contains("hebdo.txt"), "{}", r.out);
}

#[test]
fn review_add_records_a_lint_finding_and_list_and_remove_complete_the_set() {
    let dir = floods("lint-finding");
    let r = run_in(
        &dir,
        &["lint", "new/repeats-wrong.txt", "--format", "json"],
        None,
    );
    assert_eq!(r.code, 1, "{}{}", r.out, r.err);
    let id = conflict_id(&json(&r));
    let r = run_in(
        &dir,
        &[
            "review",
            "add",
            &id,
            "new/repeats-wrong.txt",
            "--decision",
            "accepted",
            "--note",
            "the councillor's figure, quoted as such",
            "--author",
            "Ed",
            "--date",
            "2024-06-04",
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}{}", r.out, r.err);
    let r = run_in(&dir, &["lint", "new/repeats-wrong.txt"], None);
    assert_eq!(r.code, 0, "{}{}", r.out, r.err);
    assert!(r.out.contains("the councillor's figure"), "{}", r.out);

    let r = run_in(&dir, &["review", "list"], None);
    assert_eq!(r.code, 0, "{}{}", r.out, r.err);
    assert!(
        r.out.contains(&format!(
            "{id}  accepted  flood-toll conflict, by Ed on 2024-06-04"
        )),
        "{}",
        r.out
    );
    assert!(r.out.contains("repeats-wrong.txt=12400"), "{}", r.out);

    let r = run_in(&dir, &["review", "remove", &id], None);
    assert_eq!(r.code, 0, "{}{}", r.out, r.err);
    let r = run_in(&dir, &["review", "list"], None);
    assert!(r.out.starts_with("no decisions in"), "{}", r.out);
    let r = run_in(&dir, &["review", "remove", &id], None);
    assert_eq!(r.code, 2, "{}{}", r.out, r.err);
}

/// The bundled corpus with a fifth article dating the offensive to 19 September 2023: it
/// agrees with 001–003, and the reviewed 2022/2023 conflict stays reviewed under its own ID.
#[test]
fn a_new_corpus_article_on_the_main_event_does_not_reopen_a_different_events_conflict() {
    let dir = scratch("different-events");
    copy_dir(&repo().join("corpus"), &dir.join("corpus"));
    std::fs::write(
        dir.join("corpus/004_new.txt"),
        "Le 19 septembre 2023, Bakou a lancé son offensive contre l'enclave.\n",
    )
    .unwrap();
    let claims = repo().join("claims");
    let claims = claims.to_str().unwrap();
    let r = run_in(
        &dir,
        &["check", "--claims", claims, "--format", "json"],
        None,
    );
    assert_eq!(r.code, 0, "{}{}", r.out, r.err);
    let report = json(&r);
    let findings = report["findings"].as_array().unwrap();
    let of = |rule: &str, kind: &str| -> Vec<&serde_json::Value> {
        findings
            .iter()
            .filter(|f| f["rule"] == rule && f["kind"] == kind)
            .collect()
    };
    let conflicts = of("offensive-date", "conflict");
    assert_eq!(conflicts.len(), 1, "{report:#}");
    assert_eq!(conflicts[0]["id"], "FL-69e8dca9079e");
    assert_eq!(conflicts[0]["review"]["decision"], "different-events");
    let agreement = of("offensive-date", "agreement");
    assert_eq!(agreement.len(), 1, "{report:#}");
    let message = agreement[0]["message"].as_str().unwrap();
    assert!(message.contains("004_new.txt says 2023-09-19"), "{message}");
    assert!(!message.contains("000_e3b7d5870ff81da2.txt"), "{message}");
    assert!(report["stale_reviews"].is_null(), "{report:#}");
}
