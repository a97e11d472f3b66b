//! Works anywhere: outside a project (no `claims/`, no `corpus/` in the current folder), the
//! rule pack built into the binary is used, and `lint` compares the new articles with each
//! other; `--claims` takes one file as well as a folder.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value as Json;

/// Two sentences of ours that give one fact of the bundled pack two values.
const A: &str = "Les combats de l'automne 2020 ont duré six semaines.\n";
const B: &str = "Les combats de l'automne 2021 ont duré six semaines.\n";

/// A folder outside the repository, holding the two articles.
fn outside(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factlint-anywhere-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("creates a scratch folder");
    std::fs::write(dir.join("a.txt"), A).unwrap();
    std::fs::write(dir.join("b.txt"), B).unwrap();
    dir
}

fn run_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("runs factlint");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn repo_claims() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("claims")
        .display()
        .to_string()
}

type Pairs = Vec<(String, String)>;

/// (rule, value) of every claim, and (kind, rule) of every finding, of a JSON report.
fn gist(report: &Json) -> (Pairs, Pairs) {
    let field = |v: &Json, k: &str| v[k].as_str().unwrap_or_default().to_string();
    let claims = report["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .map(|c| (field(c, "rule"), field(c, "value")))
        .collect();
    let findings = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| (field(f, "kind"), field(f, "rule")))
        .collect();
    (claims, findings)
}

#[test]
fn lint_outside_the_repo_uses_the_built_in_pack() {
    let dir = outside("lint");
    let (code, out, err) = run_in(&dir, &["lint", "a.txt", "b.txt", "--format", "json"]);
    assert!(err.contains("using the built-in rule pack"), "{err}");
    assert_eq!(
        err.matches("built-in rule pack").count(),
        1,
        "said once: {err}"
    );
    assert!(err.contains("--corpus DIR"), "{err}");
    let built_in: Json = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}{err}"));
    // The same run against the pack on disk: the built-in pack is that pack.
    let claims = repo_claims();
    let (disk_code, disk_out, disk_err) = run_in(
        &dir,
        &[
            "lint", "a.txt", "b.txt", "--format", "json", "--claims", &claims,
        ],
    );
    assert!(!disk_err.contains("built-in"), "{disk_err}");
    let on_disk: Json = serde_json::from_str(&disk_out).unwrap();
    assert_eq!(gist(&built_in), gist(&on_disk));
    assert_eq!(code, disk_code);
    // The two articles disagree on a fact of the pack: the lint fails on it.
    let (claims, findings) = gist(&built_in);
    assert!(!claims.is_empty(), "{out}");
    assert!(findings.iter().any(|(kind, _)| kind == "conflict"), "{out}");
    assert_eq!(code, 1, "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn built_in_rule_files_are_named_as_such() {
    let dir = outside("names");
    let (code, out, err) = run_in(&dir, &["rules", "list"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("<built-in>/claims/war-2020.yaml:"), "{out}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn claims_takes_one_file() {
    let dir = outside("file");
    let rule = "rules:\n  - id: war-start\n    title: Year the fighting began\n    kind: date\n    patterns: [\"combats de l'{date}\"]\n";
    std::fs::write(dir.join("one.yaml"), rule).unwrap();
    let (code, out, err) = run_in(
        &dir,
        &[
            "lint", "a.txt", "b.txt", "--format", "json", "--claims", "one.yaml",
        ],
    );
    assert!(!err.contains("built-in"), "{err}");
    let report: Json = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}{err}"));
    let (claims, findings) = gist(&report);
    assert_eq!(claims.len(), 2, "{out}");
    assert!(claims.iter().all(|(rule, _)| rule == "war-start"), "{out}");
    assert!(findings.iter().any(|(kind, _)| kind == "conflict"), "{out}");
    assert_eq!(code, 1);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn check_without_a_corpus_says_what_to_pass() {
    let dir = outside("nocorpus");
    let (code, _, err) = run_in(&dir, &["check"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--corpus DIR"), "{err}");
    assert!(err.contains("factlint check DIR"), "{err}");
    // Given the articles, it checks them against the built-in pack.
    let (code, _, err) = run_in(&dir, &["check", "."]);
    assert_eq!(code, 1, "{err}");
    std::fs::remove_dir_all(&dir).ok();
}
