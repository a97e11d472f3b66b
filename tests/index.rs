//! The claims index: `lint` gives the same answer with and without it, on a generated corpus,
//! after a file of the corpus is edited, and when the index file is damaged.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fresh_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factlint-index-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn generate(out: &Path, articles: usize, seed: u64) {
    crate::handoff::generate(out, articles, seed, &[]);
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

/// The JSON and the human report of `lint` on `articles`, with the exit code, and stderr.
/// JSON stdout, human stdout, exit code.
type Answer = (Vec<u8>, Vec<u8>, Option<i32>);

fn lint(corpus: &Path, articles: &[&Path]) -> (Answer, String) {
    let files: Vec<&str> = articles.iter().map(|p| p.to_str().unwrap()).collect();
    let mut json_args = vec!["lint", "--format", "json"];
    json_args.extend(&files);
    let json = factlint(&json_args, corpus);
    let mut human_args = vec!["lint"];
    human_args.extend(&files);
    let human = factlint(&human_args, corpus);
    let stderr = String::from_utf8_lossy(&json.stderr).to_string();
    ((json.stdout, human.stdout, json.status.code()), stderr)
}

fn first_article(dir: &Path) -> PathBuf {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("d0000"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
        .collect();
    files.sort();
    files.remove(0)
}

#[test]
fn lint_answers_the_same_with_and_without_the_index() {
    let dir = fresh_dir("same");
    let corpus = dir.join("corpus");
    generate(&corpus, 40, 7);
    let other = dir.join("new");
    generate(&other, 3, 99);
    let new = first_article(&other);
    // One new article from elsewhere, and one of the corpus's own (new, so left out of it).
    let own = first_article(&corpus);
    let articles = [new.as_path(), own.as_path()];
    let index_file = corpus.join(".factlint-index");

    let (without, stderr) = lint(&corpus, &articles);
    assert!(!stderr.contains("claims index"), "{stderr}");
    assert!(!without.0.is_empty() && !without.1.is_empty());

    let built = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .args(["--no-config", "index", "--claims", "claims"])
        .arg(&corpus)
        .output()
        .unwrap();
    let built = String::from_utf8_lossy(&built.stderr).to_string();
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
        with, without,
        "the same JSON, human report and exit code with the index"
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

    // A damaged index is a note and a rebuild, never a panic, and the answer does not change.
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
