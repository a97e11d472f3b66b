//! The hand-off on Apache Spark itself (pyspark in local mode): `scripts/spark/handoff.py`
//! extracts over shards with `RDD.pipe`, groups the claims by fact and feeds them to
//! `factlint compare`; its findings equal one `check`'s on the same generated corpus.
//!
//! Skipped, with a note, where pyspark or Java is missing (a failure instead when
//! `FACTLINT_REQUIRE_SPARK` is set, as `.ci/run` sets it). The Python is `$FACTLINT_PYTHON`,
//! else `target/spark-venv/bin/python` (which `.ci/run` installs), else `python3`.

use std::path::PathBuf;
use std::process::Command;

use crate::handoff::{fresh_dir, generate, repo};

fn python() -> PathBuf {
    if let Some(p) = std::env::var_os("FACTLINT_PYTHON") {
        return PathBuf::from(p);
    }
    let venv = repo().join("target/spark-venv/bin/python");
    if venv.exists() {
        return venv;
    }
    PathBuf::from("python3")
}

/// Why Spark cannot run here, if it cannot.
fn missing(python: &PathBuf) -> Option<String> {
    let java = Command::new("java").arg("-version").output();
    if !java.is_ok_and(|o| o.status.success()) {
        return Some("no java on PATH".into());
    }
    let import = Command::new(python).args(["-c", "import pyspark"]).output();
    if !import.is_ok_and(|o| o.status.success()) {
        return Some(format!("{} cannot import pyspark", python.display()));
    }
    None
}

#[test]
fn spark_findings_equal_one_check() {
    let python = python();
    if let Some(why) = missing(&python) {
        assert!(
            std::env::var_os("FACTLINT_REQUIRE_SPARK").is_none(),
            "FACTLINT_REQUIRE_SPARK is set, and Spark cannot run: {why}"
        );
        println!(
            "note: spark_findings_equal_one_check skipped: {why} (set FACTLINT_PYTHON, or make target/spark-venv as .ci/run does)"
        );
        return;
    }
    let dir = fresh_dir("spark");
    let corpus = dir.join("corpus");
    generate(&corpus, 200, 3, &[]);
    let claims = repo().join("claims");
    let check = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .args(["--no-config", "check", "--no-review", "--format", "json"])
        .arg("--claims")
        .arg(&claims)
        .arg(&corpus)
        .output()
        .unwrap();
    let findings = dir.join("spark.json");
    let spark = Command::new(&python)
        .arg(repo().join("scripts/spark/handoff.py"))
        .args(["--factlint", env!("CARGO_BIN_EXE_factlint"), "--no-config"])
        .arg("--claims")
        .arg(&claims)
        .arg("--corpus")
        .arg(&corpus)
        .args(["--shards", "4"])
        .arg("--out")
        .arg(&findings)
        .args(["--", "--no-review", "--format", "json"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&spark.stderr);
    // check exits 1: the generated corpus has conflicts; the pipeline returns compare's code.
    assert_eq!(spark.status.code(), check.status.code(), "{stderr}");
    assert!(
        stderr.contains("spark: 200 articles in 4 shards"),
        "{stderr}"
    );
    let want: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    let got: serde_json::Value = serde_json::from_slice(&std::fs::read(&findings).unwrap())
        .expect("the pipeline writes compare's JSON report");
    assert_eq!(got["summary"], want["summary"]);
    assert!(want["summary"]["conflicts"].as_u64().unwrap() > 0);
    assert_eq!(got["findings"], want["findings"]);
    // Nothing differs legitimately: the whole report is the same, byte for byte.
    assert_eq!(got, want);
    assert_eq!(std::fs::read(&findings).unwrap(), check.stdout);
    let _ = std::fs::remove_dir_all(&dir);
}
