//! Running tallies (issue 9, part 3): a rule with `tally: increasing` reads each claim at its
//! as-of time (a day its sentence names, else its publication day). Counts that grow are no
//! conflict; a count that falls below an earlier one is, and says so.

use crate::cli::{copy_dir, repo, run_in, scratch};

/// Four counts of one tally, each larger than the one before (one dated in its sentence, "Au
/// 12 mars", in an article of the 13th): no conflict, though every value differs.
#[test]
fn four_running_counts_of_a_tally_are_no_conflict() {
    let fixture = repo().join("tests/fixtures/tally");
    let r = run_in(&fixture, &["check", "--format", "json"], None);
    assert_eq!(r.code, 0, "{}{}", r.out, r.err);
    let report: serde_json::Value = serde_json::from_str(&r.out).unwrap();
    assert_eq!(report["summary"]["claims"], 4, "{report:#}");
    assert_eq!(report["summary"]["conflicts"], 0, "{report:#}");
    // The counts of other days corroborate each other: one agreement that the tally grew,
    // not a single-source finding per day.
    let kinds: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["kind"].as_str())
        .collect();
    assert!(!kinds.contains(&"single-source"), "{report:#}");
    let grew: Vec<&serde_json::Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "agreement")
        .collect();
    assert_eq!(grew.len(), 1, "{report:#}");
    assert_eq!(
        grew[0]["message"],
        "a running tally grew: from 2640 (2025-03-11, mardi.txt) to 4210 (2025-03-13, jeudi.txt)",
        "{report:#}"
    );
    // Without `tally`, the same four values conflict.
    let dir = scratch("tally-off");
    copy_dir(&fixture.join("corpus"), &dir.join("corpus"));
    copy_dir(&fixture.join("claims"), &dir.join("claims"));
    let rule = dir.join("claims/evacuation.yaml");
    let text = std::fs::read_to_string(&rule).unwrap();
    std::fs::write(&rule, text.replace("    tally: increasing\n", "")).unwrap();
    let r = run_in(&dir, &["check", "--summary"], None);
    assert_eq!(r.code, 1, "{}{}", r.out, r.err);
}

/// A later article with a smaller count than an earlier day's: a fall, in every format.
#[test]
fn a_count_that_falls_is_reported_as_a_fall() {
    let fixture = repo().join("tests/fixtures/tally");
    let new = "new/lower-later.txt";
    let r = run_in(&fixture, &["lint", new, "--published", "2025-03-14"], None);
    assert_eq!(r.code, 1, "{}{}", r.out, r.err);
    let flat = r.out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("a running tally fell: from 4210 (2025-03-13, jeudi.txt) to 3120 (2025-03-14, lower-later.txt)"),
        "{}",
        r.out
    );
    let r = run_in(
        &fixture,
        &["lint", new, "--published", "2025-03-14", "--format", "json"],
        None,
    );
    let report: serde_json::Value = serde_json::from_str(&r.out).unwrap();
    let falls: Vec<&serde_json::Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "conflict")
        .collect();
    assert_eq!(falls.len(), 1, "{report:#}");
    assert!(
        falls[0]["message"]
            .as_str()
            .unwrap()
            .starts_with("a running tally fell")
    );
    for format in ["sarif", "github"] {
        let r = run_in(
            &fixture,
            &["lint", new, "--published", "2025-03-14", "--format", format],
            None,
        );
        assert_eq!(r.code, 1, "{format}: {}{}", r.out, r.err);
        assert!(
            r.out.contains("a running tally fell"),
            "{format}: {}",
            r.out
        );
    }
    // A smaller count dated before the others is an early count, not a fall.
    let r = run_in(
        &fixture,
        &["lint", "new/early.txt", "--published", "2025-03-09"],
        None,
    );
    assert_eq!(r.code, 0, "{}{}", r.out, r.err);
}
