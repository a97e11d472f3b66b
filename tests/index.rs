//! The claims index: `lint` gives the same answer with and without it (every format, the
//! summary line and the exit code), on a generated corpus, after a file of the corpus is
//! edited, and when the index file is damaged; and it reads only the texts its answer quotes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::gen_corpus::generate;

fn fresh_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factlint-index-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn factlint(args: &[&str], corpus: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factlint"))
        .arg("--no-config")
        .args(args)
        .arg("--corpus")
        .arg(corpus)
        .args(["--claims", "claims"])
        .output()
        .unwrap()
}

/// What `lint` answers on `articles`: stdout in every format and with `--summary`, and the
/// exit code.
#[derive(Debug, PartialEq)]
pub(crate) struct Answer {
    pub(crate) json: String,
    human: String,
    sarif: String,
    github: String,
    summary: String,
    code: Option<i32>,
}

/// `lint`'s answer on `articles`, and stderr (of the JSON run).
pub(crate) fn lint(corpus: &Path, articles: &[&Path]) -> (Answer, String) {
    let files: Vec<&str> = articles.iter().map(|p| p.to_str().unwrap()).collect();
    let run = |extra: &[&str]| {
        let mut args = vec!["lint"];
        args.extend(extra);
        args.extend(&files);
        let out = factlint(&args, corpus);
        (
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8_lossy(&out.stderr).to_string(),
            out.status.code(),
        )
    };
    let (json, stderr, code) = run(&["--format", "json"]);
    let answer = Answer {
        json,
        human: run(&[]).0,
        sarif: run(&["--format", "sarif"]).0,
        github: run(&["--format", "github"]).0,
        summary: run(&["--summary"]).0,
        code,
    };
    (answer, stderr)
}

/// The note on sources without a publication date, with its counts, if stderr has one.
pub(crate) fn undated_note(stderr: &str) -> Option<String> {
    stderr
        .lines()
        .find(|l| l.contains("have no publication date"))
        .map(str::to_string)
}

pub(crate) fn index(corpus: &Path) -> String {
    let built = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .args(["--no-config", "index", "--claims", "claims"])
        .arg(corpus)
        .output()
        .unwrap();
    assert!(built.status.success());
    String::from_utf8_lossy(&built.stderr).to_string()
}

/// The articles of a generated corpus's first folder, `d0000`, sorted.
pub(crate) fn articles(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("d0000"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
        .collect();
    files.sort();
    files
}

fn first_article(dir: &Path) -> PathBuf {
    articles(dir).remove(0)
}

/// A fresh folder with a generated corpus of `articles` (seed `seed`), and the first article
/// of another generated corpus (seed `new_seed`): (folder, corpus, new article).
pub(crate) fn setup(
    name: &str,
    articles: usize,
    seed: u64,
    new_seed: u64,
) -> (PathBuf, PathBuf, PathBuf) {
    let dir = fresh_dir(name);
    let corpus = dir.join("corpus");
    generate(&corpus, articles, seed, &[]);
    let other = dir.join("new");
    generate(&other, 3, new_seed, &[]);
    let new = first_article(&other);
    (dir, corpus, new)
}

#[test]
fn lint_answers_the_same_with_and_without_the_index() {
    let (dir, corpus, new) = setup("same", 40, 7, 99);
    // One new article from elsewhere, and one of the corpus's own (new, so left out of it).
    let own = first_article(&corpus);
    let articles = [new.as_path(), own.as_path()];
    let index_file = corpus.join(".factlint-index");

    let (without, stderr) = lint(&corpus, &articles);
    assert!(!stderr.contains("claims index"), "{stderr}");
    let undated = undated_note(&stderr);
    assert!(undated.is_some(), "{stderr}");
    assert!(without.json.contains("\"findings\"") && !without.human.is_empty());
    assert!(without.summary.contains("new articles checked against"));

    let built = index(&corpus);
    assert!(
        built.contains("indexed 40 sources") && built.contains("0 reused, 40 extracted"),
        "{built}"
    );
    let (with, stderr) = lint(&corpus, &articles);
    assert!(
        stderr.contains("using the claims index (40 sources)"),
        "{stderr}"
    );
    assert!(!stderr.contains("stale"), "{stderr}");
    assert_eq!(
        undated_note(&stderr),
        undated,
        "the same counts of undated sources and claims without a year"
    );
    assert_eq!(
        with, without,
        "the same JSON, human, SARIF, GitHub and summary output and exit code with the index"
    );

    // Edit one corpus article: the index is refreshed, re-extracting that one only.
    let edited = corpus.join("d0000").join(
        std::fs::read_dir(corpus.join("d0000"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
            .filter(|n| n.ends_with(".txt"))
            .max()
            .unwrap(),
    );
    let mut text = std::fs::read_to_string(&edited).unwrap();
    text.push_str("\nLa guerre de 2016 a fait fuir 90 000 personnes du Haut-Karabakh.\n");
    std::fs::write(&edited, text).unwrap();
    let (with, stderr) = lint(&corpus, &articles);
    assert!(
        stderr.contains("refreshed, 39 of 40 sources reused"),
        "{stderr}"
    );
    std::fs::rename(&index_file, dir.join("saved-index")).unwrap();
    let (without, stderr) = lint(&corpus, &articles);
    assert!(!stderr.contains("claims index"), "{stderr}");
    assert_eq!(with, without, "the same answer after an edit");

    // A damaged index is a note and a rebuild, never a panic, and the answer does not change:
    // one cut short,
    std::fs::rename(dir.join("saved-index"), &index_file).unwrap();
    let whole = std::fs::read(&index_file).unwrap();
    std::fs::write(&index_file, &whole[..whole.len() / 2]).unwrap();
    let (cut, stderr) = lint(&corpus, &articles);
    assert!(
        stderr.contains("could not be used: it is damaged")
            && stderr.contains("0 of 40 sources reused"),
        "{stderr}"
    );
    assert_eq!(cut, without);
    // one of an older layout,
    std::fs::write(&index_file, b"{\"format\":1,\"key\":{}}").unwrap();
    let (old, stderr) = lint(&corpus, &articles);
    assert!(stderr.contains("it has layout 1"), "{stderr}");
    assert_eq!(old, without);
    // one that is not even JSON.
    std::fs::write(&index_file, b"{\"format\":1,\"key\":").unwrap();
    let (damaged, stderr) = lint(&corpus, &articles);
    assert!(
        stderr.contains("could not be used") && stderr.contains("0 of 40 sources reused"),
        "{stderr}"
    );
    assert_eq!(damaged, without);
    // A foreign file too.
    std::fs::write(&index_file, "not an index").unwrap();
    let (foreign, stderr) = lint(&corpus, &articles);
    assert!(stderr.contains("not a factlint index"), "{stderr}");
    assert_eq!(foreign, without);
    let _ = std::fs::remove_dir_all(&dir);
}

/// The paths of the sources the findings of a JSON lint report quote.
pub(crate) fn quoted(json: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    let mut paths: Vec<String> = v["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["source"].as_str().unwrap().to_string())
        .collect();
    paths.sort();
    paths.dedup();
    paths
}

/// Changes one byte of `text` where the index file stores it (texts are stored as they are).
fn corrupt_text(index_file: &Path, text: &str) {
    let mut bytes = std::fs::read(index_file).unwrap();
    let at = bytes
        .windows(text.len())
        .position(|w| w == text.as_bytes())
        .expect("the index holds the text");
    let i = at + text.len() / 2;
    bytes[i] = if bytes[i] == b'x' { b'y' } else { b'x' };
    std::fs::write(index_file, bytes).unwrap();
}

#[test]
fn lint_reads_only_the_texts_its_findings_quote() {
    let (dir, corpus, new) = setup("lazy", 60, 11, 5);
    let (without, _) = lint(&corpus, &[&new]);
    let quoted = quoted(&without.json);
    assert!(!quoted.is_empty(), "the new article meets the corpus");
    index(&corpus);
    let index_file = corpus.join(".factlint-index");
    let mut listed: Vec<String> = std::fs::read_dir(corpus.join("d0000"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
        .map(|p| p.to_str().unwrap().to_string())
        .collect();
    listed.sort();
    // A fact that many sources state, and findings that quote only some of the corpus (a few
    // sources per value).
    let unquoted: Vec<&String> = listed.iter().filter(|p| !quoted.contains(p)).collect();
    assert!(
        quoted.len() > 3 && !unquoted.is_empty(),
        "{} quoted, {} not",
        quoted.len(),
        unquoted.len()
    );

    // A text the answer does not quote is never read: damaging it in the index changes nothing.
    let spare = std::fs::read_to_string(unquoted[0]).unwrap();
    corrupt_text(&index_file, &spare);
    let (with, stderr) = lint(&corpus, &[&new]);
    assert!(
        stderr.contains("using the claims index (60 sources)"),
        "{stderr}"
    );
    assert!(!stderr.contains("not used"), "{stderr}");
    assert_eq!(with, without);

    // A text it quotes is read, and checked against its hash: damaged, the index is not used,
    // and the answer is the one without it.
    let needed = quoted
        .iter()
        .find(|p| **p != new.to_str().unwrap())
        .unwrap();
    let needed = std::fs::read_to_string(needed).unwrap();
    corrupt_text(&index_file, &needed);
    let (damaged, stderr) = lint(&corpus, &[&new]);
    assert!(
        stderr.contains("the claims index is not used")
            && stderr.contains("does not match its hash"),
        "{stderr}"
    );
    assert_eq!(damaged, without);
    let _ = std::fs::remove_dir_all(&dir);
}

/// The claims of finding `f` of a JSON report, resolved: (source, value, mod).
fn claims_of(doc: &serde_json::Value, f: &serde_json::Value) -> Vec<(String, String, String)> {
    f["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|id| {
            let c = &doc["claims"][id.as_u64().unwrap() as usize];
            (
                c["source"].as_str().unwrap().to_string(),
                c["value"].as_str().unwrap().to_string(),
                c["mod"].to_string(),
            )
        })
        .collect()
}

#[test]
fn lint_summarizes_the_corpus_side_of_each_finding() {
    let (dir, corpus, new) = setup("summary", 60, 3, 8);
    let new_path = new.to_str().unwrap();
    let (lint, _) = lint(&corpus, &[&new]);
    let lint: serde_json::Value = serde_json::from_str(&lint.json).unwrap();
    assert_eq!(lint["version"], 3, "lint's JSON is schema version 3");
    // The truth: `check` of the corpus and the new article together, every claim listed.
    let check = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .args(["--no-config", "check", "--no-review", "--format", "json"])
        .args(["--claims", "claims"])
        .arg(&corpus)
        .arg(&new)
        .output()
        .unwrap();
    let check: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    let findings = lint["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    let mut summarized = 0;
    for f in findings {
        let whole = check["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["id"] == f["id"])
            .unwrap_or_else(|| panic!("{} is a finding of check", f["id"]));
        let all = claims_of(&check, whole);
        let shown = claims_of(&lint, f);
        // The new article's claims are all there.
        let new_claims =
            |cs: &[(String, String, String)]| cs.iter().filter(|c| c.0 == new_path).count();
        assert_eq!(new_claims(&shown), new_claims(&all), "{}", f["id"]);
        let side = &f["corpus"];
        let values = side["values"].as_array().unwrap();
        let mut sources_listed = 0;
        for v in values {
            let (value, m) = (v["value"].as_str().unwrap(), v["mod"].to_string());
            let mut stating: Vec<&String> = all
                .iter()
                .filter(|c| c.0 != new_path && c.1 == value && c.2 == m)
                .map(|c| &c.0)
                .collect();
            let claims = stating.len();
            stating.sort();
            stating.dedup();
            assert_eq!(v["sources"], stating.len(), "{} {value}", f["id"]);
            assert_eq!(v["claims"], claims, "{} {value}", f["id"]);
            // The first sources (in path order) are quoted, one claim each, and the others
            // counted.
            let quoted: Vec<String> = v["quoted"]
                .as_array()
                .unwrap()
                .iter()
                .map(|id| {
                    let c = &lint["claims"][id.as_u64().unwrap() as usize];
                    assert_eq!(c["value"], value);
                    c["source"].as_str().unwrap().to_string()
                })
                .collect();
            let first: Vec<String> = stating.iter().take(3).map(|s| s.to_string()).collect();
            assert_eq!(quoted, first, "{} {value}", f["id"]);
            assert_eq!(v["more_sources"], stating.len() - quoted.len());
            summarized += usize::from(stating.len() > 3);
            sources_listed += 1;
        }
        assert!(sources_listed <= 6);
        // What is not listed is counted.
        let listed_values: Vec<(String, String)> = values
            .iter()
            .map(|v| {
                (
                    v["value"].as_str().unwrap().to_string(),
                    v["mod"].to_string(),
                )
            })
            .collect();
        let mut rest: Vec<&String> = all
            .iter()
            .filter(|c| c.0 != new_path && !listed_values.contains(&(c.1.clone(), c.2.clone())))
            .map(|c| &c.0)
            .collect();
        rest.sort();
        rest.dedup();
        assert_eq!(side["more_values_sources"], rest.len(), "{}", f["id"]);
        // The message still counts every source ("and 12 more sources" where check says so).
        let more = |m: &serde_json::Value| {
            let mut n: Vec<&str> = m.as_str().unwrap().split("; ").collect();
            n.sort();
            n.len()
        };
        assert_eq!(more(&f["message"]), more(&whole["message"]), "{}", f["id"]);
    }
    assert!(
        summarized > 0,
        "some value is stated by more sources than are quoted"
    );
    // `sources` lists the new article and the quoted sources only; the summary counts all.
    assert_eq!(lint["summary"]["sources"], 61);
    assert!(lint["sources"].as_array().unwrap().len() < 61);
    let _ = std::fs::remove_dir_all(&dir);
}
