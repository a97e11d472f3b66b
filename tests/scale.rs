//! What keeps a check usable on an archive: long lists summarized in messages, the JSON schema
//! that writes each claim once, and the notice about sources without a publication date.

use std::path::Path;

use factlint::Source;
use factlint::source::{SourceMeta, from_text};

fn rules() -> factlint::rules::RuleSet {
    factlint::rules::load_dir(Path::new("claims")).expect("the bundled rules load")
}

/// `n` articles, each saying that the war was in the year `year(i)`.
fn war_years(n: usize, year: impl Fn(usize) -> u32) -> Vec<Source> {
    (0..n)
        .map(|i| {
            let text = format!(
                "Depuis la guerre de {}, la ligne de front reste sous surveillance.\n",
                year(i)
            );
            from_text(format!("s{i:03}.txt"), text, SourceMeta::default())
        })
        .collect()
}

fn war_year_message(sources: &[Source]) -> String {
    let report = factlint::check_sources(&rules(), sources);
    let finding = report
        .findings
        .iter()
        .find(|f| f.rule == "war-year")
        .expect("a finding on the war's year");
    finding.message.clone()
}

#[test]
fn a_value_many_sources_give_names_three_and_counts_the_rest() {
    let sources = war_years(21, |i| if i == 20 { 2016 } else { 2020 });
    let message = war_year_message(&sources);
    assert!(
        message.contains("and 17 more sources say 2020"),
        "{message}"
    );
    assert!(message.contains("s020.txt says 2016"), "{message}");
    let named = message.matches(".txt").count();
    assert_eq!(named, 4, "three names for 2020, one for 2016: {message}");
}

#[test]
fn a_few_sources_are_all_named() {
    let sources = war_years(4, |i| if i == 3 { 2016 } else { 2020 });
    let message = war_year_message(&sources);
    assert!(
        message.contains("s000.txt, s001.txt and s002.txt say 2020"),
        "{message}"
    );
    assert!(!message.contains("more"), "{message}");
}

#[test]
fn many_values_are_shown_up_to_six_then_counted() {
    // Ten distinct years, two sources each: six shown, four summarized with their sources.
    let sources = war_years(20, |i| 2000 + (i % 10) as u32);
    let message = war_year_message(&sources);
    assert_eq!(message.matches(" say ").count(), 6, "{message}");
    assert!(message.ends_with("4 more values in 8 sources"), "{message}");
}

/// JSON schema 2: a `version`, each claim once with its `id`, findings that refer to claims by
/// id, and every id resolving to a claim of the finding's rule.
#[test]
fn json_writes_each_claim_once_and_findings_refer_to_them_by_id() {
    let sources = war_years(30, |i| if i % 10 == 0 { 2016 } else { 2020 });
    let report = factlint::check_sources(&rules(), &sources);
    let options = factlint::output::Options {
        format: factlint::output::Format::Json,
        style: factlint::render::Style {
            width: 100,
            color: false,
        },
        quiet: false,
        fail_on: Vec::new(),
    };
    let text = factlint::output::render(factlint::output::Output::Check(&report), &options);
    let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(v["version"], 2);
    let claims = v["claims"].as_array().unwrap();
    assert_eq!(claims.len(), report.claims.len());
    for (i, c) in claims.iter().enumerate() {
        assert_eq!(c["id"], i, "{c}");
    }
    let findings = v["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    let mut referred = 0;
    for (f, entry) in findings.iter().zip(&report.findings) {
        let ids = f["claims"].as_array().unwrap();
        assert_eq!(ids.len(), entry.claims.len());
        for (id, claim) in ids.iter().zip(&entry.claims) {
            let c = &claims[id.as_u64().expect("an id, not a copy") as usize];
            assert_eq!(c["rule"], f["rule"]);
            assert_eq!(
                (&c["source"], &c["start"]),
                (&(&*claim.source).into(), &claim.start.into())
            );
            referred += 1;
        }
    }
    assert_eq!(referred, 30, "every war-year claim is in one finding");
    // Once: the claim's text appears in `claims`, nowhere else.
    assert_eq!(text.matches("\"text\": \"2016\"").count(), 3);
}

/// Runs `command` and returns the one `note:` line of its stderr and its JSON report.
fn one_note(command: &mut std::process::Command) -> (String, serde_json::Value) {
    let out = command.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let notes: Vec<&str> = stderr.lines().filter(|l| l.starts_with("note:")).collect();
    assert_eq!(notes.len(), 1, "{stderr}");
    let v = serde_json::from_slice(&out.stdout).expect("stdout is the report");
    (notes[0].to_string(), v)
}

/// A corpus without publication dates says so once on stderr, with the counts; stdout stays
/// the report.
#[test]
fn sources_without_a_publication_date_are_counted_once_on_stderr() {
    let dir = std::env::temp_dir().join(format!("factlint-undated-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let withdrawal =
        "Le Kremlin a confirmé le 17 avril que les soldats russes avaient commencé leur retrait.\n";
    for name in ["a.txt", "b.txt", "c.txt"] {
        std::fs::write(dir.join(name), withdrawal).unwrap();
    }
    // One of the three is dated; its date is placed, the two others' are not.
    std::fs::write(
        dir.join("sources.yaml"),
        "c.txt:\n  published: 2024-05-02\n",
    )
    .unwrap();
    let (note, v) = one_note(
        std::process::Command::new(env!("CARGO_BIN_EXE_factlint"))
            .args(["check", "--no-review", "--format", "json"])
            .arg(&dir),
    );
    assert!(
        note.starts_with("note: 2 sources of 3 have no publication date"),
        "{note}"
    );
    assert!(note.contains("2 claims came out without a year"), "{note}");
    let values: Vec<&str> = v["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["value"].as_str().unwrap())
        .collect();
    assert_eq!(values, ["XXXX-04-17", "XXXX-04-17", "2024-04-17"]);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Lint counts the whole corpus it compared, not only the few sources its report quotes: an
/// editor reads how much of the archive could not be placed.
#[test]
fn lint_counts_every_undated_source_of_the_corpus() {
    let dir = std::env::temp_dir().join(format!("factlint-undated-lint-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    let withdrawal =
        "Le Kremlin a confirmé le 17 avril que les soldats russes avaient commencé leur retrait.\n";
    // Six undated articles (their date cannot be placed) and four dated ones, more than the
    // three sources a lint quotes per value.
    let mut listed = String::new();
    for i in 0..10 {
        std::fs::write(corpus.join(format!("a{i}.txt")), withdrawal).unwrap();
        if i >= 6 {
            listed.push_str(&format!("a{i}.txt:\n  published: 2024-05-02\n"));
        }
    }
    std::fs::write(corpus.join("sources.yaml"), listed).unwrap();
    let new = dir.join("new.md");
    std::fs::write(
        &new,
        format!("---\npublished: 2024-05-03\n---\n{withdrawal}"),
    )
    .unwrap();
    let (note, v) = one_note(
        std::process::Command::new(env!("CARGO_BIN_EXE_factlint"))
            .args(["--no-config", "lint", "--format", "json", "--corpus"])
            .arg(&corpus)
            .arg(&new),
    );
    assert!(
        note.starts_with("note: 6 sources of 11 have no publication date"),
        "{note}"
    );
    assert!(note.contains("6 claims came out without a year"), "{note}");
    assert!(
        v["sources"].as_array().unwrap().len() < 11,
        "the report lists only the sources it quotes"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_huge_article_read_in_pieces_gives_the_claims_of_its_parts() {
    // Paragraphs of ours, each with a date and counts the bundled pack takes, repeated past
    // the piece size: extraction in pieces must give the claims the text gives paragraph by
    // paragraph, at the same offsets (spans, contexts, cue hits), in order.
    let rules = rules();
    let paragraph = "L'Azerbaïdjan a lancé une offensive en septembre 2023 contre le Haut-Karabakh.\nPlus de 100 000 Arméniens ont fui la région, réfugiés en Arménie.\n\n";
    let n = factlint::extract::PIECE_BYTES * 3 / paragraph.len();
    let text = paragraph.repeat(n);
    assert!(factlint::extract::pieces(&text, factlint::extract::PIECE_BYTES).len() >= 3);
    let huge = from_text("huge.txt", text.as_str(), SourceMeta::default());
    let claims = factlint::extract::extract(&rules, std::slice::from_ref(&huge));
    let one = from_text("one.txt", paragraph, SourceMeta::default());
    let each = factlint::extract::extract(&rules, std::slice::from_ref(&one));
    assert_eq!(each.len(), 2, "{each:?}");
    assert_eq!(claims.len(), each.len() * n);
    for (k, c) in claims.iter().enumerate() {
        let mut expected = each[k % each.len()].clone();
        let by = (k / each.len()) * paragraph.len();
        for r in [
            &mut expected.span,
            &mut expected.context,
            &mut expected.evidence,
        ] {
            *r = r.start + by..r.end + by;
        }
        if let factlint::rules::MatchedBy::Cues(hits) = &mut expected.by {
            for h in hits {
                h.span = h.span.start + by..h.span.end + by;
            }
        }
        assert_eq!(*c, expected, "claim {k}");
    }
}
