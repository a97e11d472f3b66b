//! The hand-off to a distributed engine: `extract` then `compare` gives `check`'s report, in
//! every format and with its exit code, on the bundled corpus and on a generated one, whatever
//! the order of the claim lines and however they are split into files.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

pub(crate) fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub(crate) fn fresh_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factlint-handoff-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub(crate) use crate::gen_corpus::generate;

/// stdout, stderr and exit code of factlint run in the repository.
pub(crate) fn factlint(args: &[&str], stdin: Option<&[u8]>) -> (Vec<u8>, String, Option<i32>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .current_dir(repo())
        .env("NO_COLOR", "1")
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).unwrap();
    }
    let out = child.wait_with_output().unwrap();
    (
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

/// Every way of printing a report, as arguments.
const PRINTINGS: &[&[&str]] = &[
    &[],
    &["--format", "json"],
    &["--format", "sarif"],
    &["--format", "github"],
    &["--summary"],
    &["--quiet"],
    &["--fail-on", "conflict,refinement,single-source,warning"],
];

/// The human and JSON reports: enough where another test covers every printing.
const SOME: &[&[&str]] = &[&[], &["--format", "json"]];

/// Asserts that `compare` on the claims files gives what `check` gives on `paths`, for every
/// printing, with `review` (`--no-review` or nothing) on both.
fn assert_compare_is_check(
    printings: &[&[&str]],
    paths: &[&str],
    files: &[&str],
    stdin: Option<&[u8]>,
    review: &[&str],
) {
    for printing in printings {
        let mut check = vec!["--no-config", "check", "--claims", "claims"];
        check.extend(review);
        check.extend(*printing);
        check.extend(paths);
        let mut compare = vec!["--no-config", "compare", "--claims", "claims"];
        compare.extend(review);
        compare.extend(*printing);
        compare.extend(files);
        let (want_out, want_err, want_code) = factlint(&check, None);
        let (out, err, code) = factlint(&compare, stdin);
        assert_eq!(code, want_code, "{compare:?}: {err}");
        assert_eq!(
            String::from_utf8_lossy(&out),
            String::from_utf8_lossy(&want_out),
            "{compare:?}"
        );
        assert_eq!(err, want_err, "{compare:?}");
    }
}

fn extract(paths: &[&str], extra: &[&str]) -> Vec<u8> {
    let mut args = vec![
        "--no-config",
        "extract",
        "--format",
        "jsonl",
        "--claims",
        "claims",
    ];
    args.extend(extra);
    args.extend(paths);
    let (out, err, code) = factlint(&args, None);
    assert_eq!(code, Some(0), "{err}");
    out
}

#[test]
fn extract_then_compare_is_check_on_the_bundled_corpus() {
    let lines = extract(&["corpus"], &[]);
    let text = String::from_utf8(lines.clone()).unwrap();
    // One line per claim, each with the schema version, its fact and its source.
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["v"], 1, "{line}");
        assert_eq!(v["kind"], "claim", "{line}");
        assert!(v["rule"].is_string() && v["source"]["path"].is_string());
    }
    let dir = fresh_dir("bundled");
    let file = dir.join("claims.jsonl");
    std::fs::write(&file, &lines).unwrap();
    let file = file.to_str().unwrap();
    // With the corpus's review file (both find it beside corpus/), and without.
    assert_compare_is_check(PRINTINGS, &[], &[file], None, &[]);
    assert_compare_is_check(SOME, &[], &["-"], Some(&lines), &["--no-review"]);
}

#[test]
fn extract_then_compare_is_check_on_a_generated_corpus_whatever_the_order() {
    let dir = fresh_dir("generated");
    let corpus = dir.join("corpus");
    generate(&corpus, 80, 11, &[]);
    // Not an article: a fate line, which the report carries.
    std::fs::write(corpus.join("d0000/notes.csv"), "a,b\n").unwrap();
    let corpus = corpus.to_str().unwrap();
    let lines = extract(&[corpus], &[]);
    let text = String::from_utf8(lines).unwrap();
    let mut all: Vec<&str> = text.lines().collect();
    assert!(all.iter().any(|l| l.contains("\"kind\":\"fate\"")));
    // The lines reversed and split in two files, a shard's worth each, the second on stdin.
    all.reverse();
    let (a, b) = all.split_at(all.len() / 2);
    let first = dir.join("a.jsonl");
    std::fs::write(&first, a.join("\n") + "\n").unwrap();
    let second = b.join("\n") + "\n";
    let first = first.to_str().unwrap();
    assert_compare_is_check(
        PRINTINGS,
        &[corpus],
        &[first, "-"],
        Some(second.as_bytes()),
        &["--no-review"],
    );
}

#[test]
fn shards_extracted_apart_compare_as_one_check() {
    let dir = fresh_dir("shards");
    let corpus = dir.join("corpus");
    generate(&corpus, 60, 5, &[]);
    let corpus = corpus.to_str().unwrap();
    let listing = String::from_utf8(extract(&[corpus], &["--list"])).unwrap();
    let paths: Vec<String> = listing
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|v| v["kind"] == "article")
        .map(|v| v["path"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(paths.len(), 60);
    // Three shards, each read from a list of paths as an engine pipes them.
    let mut files = Vec::new();
    for (i, shard) in paths.chunks(20).enumerate() {
        let list = shard.join("\n") + "\n";
        let args = [
            "--no-config",
            "extract",
            "--claims",
            "claims",
            "--paths-from",
            "-",
        ];
        let (out, err, code) = factlint(&args, Some(list.as_bytes()));
        assert_eq!(code, Some(0), "{err}");
        let file = dir.join(format!("shard{i}.jsonl"));
        std::fs::write(&file, out).unwrap();
        files.push(file.to_string_lossy().into_owned());
    }
    let files: Vec<&str> = files.iter().map(String::as_str).collect();
    assert_compare_is_check(SOME, &[corpus], &files, None, &["--no-review"]);
}

#[test]
fn claims_of_other_rules_or_a_bad_line_are_refused_at_their_place() {
    let lines = String::from_utf8(extract(&["corpus"], &[])).unwrap();
    let first = lines.lines().next().unwrap();
    let other_rules = first.replacen("\"rules\":\"", "\"rules\":\"0", 1);
    let other_schema = first.replacen("{\"v\":1,", "{\"v\":7,", 1);
    for (line, says) in [
        (other_rules.as_str(), "extracted with other rules"),
        (other_schema.as_str(), "schema version 7"),
        ("{\"v\":1,\"kind\":\"claim\",\"rule\":3}", "-:2:"),
    ] {
        let input = format!("{first}\n{line}\n");
        let (out, err, code) = factlint(
            &["--no-config", "compare", "--claims", "claims", "-"],
            Some(input.as_bytes()),
        );
        assert_eq!(code, Some(2), "{err}");
        assert!(out.is_empty());
        assert!(err.contains(says), "{says}: {err}");
        assert!(err.contains("-:2:"), "{err}");
    }
}
