//! Metadata at scale: a corpus whose metadata is a CSV or a JSONL manifest (`sources.csv`,
//! `sources.jsonl`) gives the report it gives with the same metadata in `sources.yaml`.
//! Bad rows are in the bad-input table (`tests/cmd/manifest-*`).

use std::path::Path;
use std::process::Command;

use crate::handoff::{fresh_dir, generate, repo};

/// The JSON and human reports of `check --no-review` on `corpus/` in `dir`, and the exit code.
fn reports(dir: &Path) -> (String, String, Option<i32>) {
    let run = |format: &str| {
        Command::new(env!("CARGO_BIN_EXE_factlint"))
            .current_dir(dir)
            .env("NO_COLOR", "1")
            .args(["--no-config", "check", "--no-review", "--format", format])
            .arg("--claims")
            .arg(repo().join("claims"))
            .arg("corpus")
            .output()
            .unwrap()
    };
    let (json, human) = (run("json"), run("human"));
    assert_eq!(json.status.code(), human.status.code());
    (
        String::from_utf8(json.stdout).unwrap(),
        String::from_utf8(human.stdout).unwrap(),
        json.status.code(),
    )
}

#[test]
fn a_csv_or_jsonl_manifest_gives_the_report_of_sources_yaml() {
    let root = fresh_dir("manifest");
    let mut seen = Vec::new();
    for way in ["yaml", "csv", "jsonl"] {
        let dir = root.join(way);
        let extra: &[&str] = match way {
            "yaml" => &[],
            _ => &["--manifest", way],
        };
        generate(&dir.join("corpus"), 120, 4, extra);
        let file = match way {
            "yaml" => "sources.yaml",
            "csv" => "sources.csv",
            _ => "sources.jsonl",
        };
        assert!(dir.join("corpus/d0000").join(file).exists(), "{file}");
        seen.push((way, reports(&dir)));
    }
    let (_, want) = &seen[0];
    let report: serde_json::Value = serde_json::from_str(&want.0).unwrap();
    // The metadata is read: most listed articles are dated, and their facts compare.
    assert!(report["summary"]["conflicts"].as_u64().unwrap() > 0);
    let dated = report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["published"].is_string() && s["path"].as_str().unwrap().ends_with(".txt"))
        .count();
    assert!(dated > 20, "{dated} plain-text articles dated");
    for (way, got) in &seen[1..] {
        assert_eq!(got, want, "{way}");
    }
}

#[test]
fn every_field_of_sources_yaml_reads_the_same_from_a_manifest() {
    let root = fresh_dir("manifest-fields");
    let article = "Le 17 avril, environ 100 000 Arméniens avaient fui le Haut-Karabakh.\n";
    let yaml = "a.txt:\n  title: \"Exode, suite\"\n  outlet: Le Quotidien\n  url: https://example.org/a\n  lang: fr\n  published: 2024-05\n  inferred: [published]\n  note: \"from the archive\"\nb.txt:\n  outlet: Autre\n  published: 2024-05-02\n";
    let csv = "path,title,outlet,url,lang,published,inferred,note\na.txt,\"Exode, suite\",Le Quotidien,https://example.org/a,fr,2024-05,published,from the archive\nb.txt,,Autre,,,2024-05-02,,\n";
    let jsonl = "{\"path\": \"a.txt\", \"title\": \"Exode, suite\", \"outlet\": \"Le Quotidien\", \"url\": \"https://example.org/a\", \"lang\": \"fr\", \"published\": \"2024-05\", \"inferred\": [\"published\"], \"note\": \"from the archive\"}\n{\"path\": \"b.txt\", \"outlet\": \"Autre\", \"published\": \"2024-05-02\"}\n";
    let mut seen = Vec::new();
    for (file, text) in [
        ("sources.yaml", yaml),
        ("sources.csv", csv),
        ("sources.jsonl", jsonl),
    ] {
        let dir = root.join(file);
        let corpus = dir.join("corpus");
        std::fs::create_dir_all(&corpus).unwrap();
        std::fs::write(corpus.join("a.txt"), article).unwrap();
        std::fs::write(corpus.join("b.txt"), article).unwrap();
        std::fs::write(corpus.join(file), text).unwrap();
        seen.push((file, reports(&dir)));
    }
    let report: serde_json::Value = serde_json::from_str(&seen[0].1.0).unwrap();
    assert_eq!(report["sources"][0]["outlet"], "Le Quotidien");
    assert_eq!(report["sources"][0]["inferred"][0], "published");
    assert_eq!(report["sources"][1]["published"], "2024-05-02");
    for (file, got) in &seen[1..] {
        assert_eq!(got, &seen[0].1, "{file}");
    }
}
