//! Revisions (issue 9, part 4): two editions of one outlet, or of one canonical URL (`url:` in
//! `sources.yaml` or front matter), with different dates and values are a revision, not a
//! conflict, and the later value is the one compared with other outlets.

use crate::cli::{copy_dir, repo, run_in, scratch};

fn kinds(report: &serde_json::Value) -> Vec<(String, String)> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["kind"].as_str().unwrap().to_string(),
                f["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn a_later_edition_of_one_outlet_or_url_is_a_revision_and_its_value_stands() {
    let fixture = repo().join("tests/fixtures/revision");
    let r = run_in(&fixture, &["check", "--format", "json"], None);
    assert_eq!(r.code, 0, "{}{}", r.out, r.err);
    let report: serde_json::Value = serde_json::from_str(&r.out).unwrap();
    let found = kinds(&report);
    let revisions: Vec<&String> = found
        .iter()
        .filter(|(k, _)| k == "revision")
        .map(|(_, m)| m)
        .collect();
    assert_eq!(revisions.len(), 2, "{found:#?}");
    assert!(revisions.contains(&&"Agence du Sud revised 1130 (2024-05-12, agence-1.txt) to 1240 (2024-05-14, agence-2.txt); the later value stands".to_string()), "{found:#?}");
    assert!(revisions.iter().any(|m| m.starts_with("https://radio-vallee.example/crues-du-vardar revised 870 (2024-05-12, radio.txt) to 1240 (2024-05-16, radio-maj.md)")), "{found:#?}");
    assert!(!found.iter().any(|(k, _)| k == "conflict"), "{found:#?}");
    assert_eq!(report["summary"]["revisions"], 2);
    // The later values agree with the other outlet; the revised ones are not compared.
    let agreement = found
        .iter()
        .find(|(k, _)| k == "agreement")
        .expect("an agreement");
    assert!(
        !agreement.1.contains("1130") && !agreement.1.contains("870"),
        "{agreement:?}"
    );

    let r = run_in(&fixture, &["check"], None);
    assert!(r.out.contains("Revisions\n  ↻ flood-toll: "), "{}", r.out);
    assert!(
        r.flat()
            .contains("↻ flood-toll: Agence du Sud revised 1130"),
        "{}",
        r.out
    );
    assert!(r.out.contains("; 2 revisions"), "{}", r.out);
    for format in ["sarif", "github"] {
        let r = run_in(&fixture, &["check", "--format", format], None);
        assert_eq!(r.code, 0, "{format}: {}{}", r.out, r.err);
        assert!(r.out.contains("revised 870"), "{format}: {}", r.out);
    }
}

#[test]
fn without_the_shared_url_two_outlets_disagree() {
    let dir = scratch("revision-no-url");
    let fixture = repo().join("tests/fixtures/revision");
    copy_dir(&fixture.join("corpus"), &dir.join("corpus"));
    copy_dir(&fixture.join("claims"), &dir.join("claims"));
    let page = dir.join("corpus/radio-maj.md");
    let text = std::fs::read_to_string(&page).unwrap();
    std::fs::write(
        &page,
        text.replace("url: https://radio-vallee.example/crues-du-vardar\n", ""),
    )
    .unwrap();
    let r = run_in(&dir, &["check", "--format", "json"], None);
    assert_eq!(r.code, 1, "{}{}", r.out, r.err);
    let report: serde_json::Value = serde_json::from_str(&r.out).unwrap();
    let found = kinds(&report);
    assert_eq!(
        found.iter().filter(|(k, _)| k == "revision").count(),
        1,
        "{found:#?}"
    );
    assert!(
        found
            .iter()
            .any(|(k, m)| k == "conflict" && m.contains("radio.txt says 870")),
        "{found:#?}"
    );
}
