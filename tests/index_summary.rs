//! The index's per-fact summary (`src/index/facts.rs`): `lint` answers a fact whose corpus side
//! already conflicts across sources without comparing it again, and the answer is the one
//! without the index, in every format, both where the summary answers and in each case where
//! it must not (a claim without a year, a revision by the new article, a corpus file linted as
//! new, a fact without a cross-source conflict, a new article that states a fact's consensus
//! and another value).

use std::path::{Path, PathBuf};

use crate::index::{Answer, index, lint, setup, undated_note};

/// What the stderr of a lint with the index says when the summary answered some facts.
const SUMMARY: &str = "facts answered from its summary";

/// Every case's answer with the index (and whether the summary answered), then without it.
pub(crate) fn same_with_and_without(corpus: &Path, cases: &[(String, Vec<PathBuf>)]) -> Vec<bool> {
    index(corpus);
    let with: Vec<(Answer, bool, Option<String>)> = cases
        .iter()
        .map(|(name, files)| {
            let files: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
            let (answer, stderr) = lint(corpus, &files);
            assert!(
                stderr.contains("using the claims index"),
                "{name}: {stderr}"
            );
            (answer, stderr.contains(SUMMARY), undated_note(&stderr))
        })
        .collect();
    let file = corpus.join(".factlint-index");
    std::fs::remove_file(&file).unwrap();
    for ((name, files), (answer, _, undated)) in cases.iter().zip(&with) {
        let files: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
        let (without, stderr) = lint(corpus, &files);
        assert!(!stderr.contains("claims index"), "{name}: {stderr}");
        assert!(without.json.contains("\"findings\""), "{name}");
        assert_eq!(
            *answer, without,
            "{name}: the same answer with and without the index"
        );
        assert_eq!(
            *undated,
            undated_note(&stderr),
            "{name}: the same note on undated sources with and without the index"
        );
    }
    with.into_iter().map(|(_, fast, _)| fast).collect()
}

/// `text` with every run of digits that is not a year (fewer or more than four digits) changed.
fn edit_values(text: &str) -> String {
    let mut out = String::new();
    let mut digits = String::new();
    let flush = |digits: &mut String, out: &mut String| {
        if digits.len() == 4 || digits.is_empty() {
            out.push_str(digits);
        } else {
            let n: u64 = digits.parse().unwrap_or(0);
            out.push_str(&(n * 3 + 7).to_string());
        }
        digits.clear();
    };
    for ch in text.chars() {
        if ch.is_ascii_digit() {
            digits.push(ch);
        } else {
            flush(&mut digits, &mut out);
            out.push(ch);
        }
    }
    flush(&mut digits, &mut out);
    out
}

/// A Markdown article with this front matter and the body of `from`.
fn with_front_matter(from: &Path, front: &str) -> String {
    let text = std::fs::read_to_string(from).unwrap();
    let body = match text.strip_prefix("---\n") {
        Some(rest) => rest
            .split_once("\n---\n")
            .map_or(rest, |(_, b)| b)
            .to_string(),
        None => text,
    };
    format!("---\n{front}---\n{body}")
}

#[test]
fn the_summary_answers_as_the_comparison_does_and_steps_aside_where_it_cannot() {
    let (dir, corpus, new) = setup("summary", 80, 21, 8);
    let cases_dir = dir.join("cases");
    std::fs::create_dir_all(&cases_dir).unwrap();
    let write = |name: &str, text: String| {
        let path = cases_dir.join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    let corpus_files = crate::index::articles(&corpus);
    let mut cases: Vec<(String, Vec<PathBuf>)> = Vec::new();
    // Generated articles from elsewhere, as they are (a dated outlet's).
    let others = crate::index::articles(new.parent().unwrap().parent().unwrap());
    for (k, f) in others.iter().enumerate() {
        cases.push((format!("generated {k}"), vec![f.clone()]));
    }
    // Copies of corpus articles under new names, values edited: with no metadata (dates
    // without a year: not summarized for date facts), with a date and no outlet (the fast
    // case), and with an outlet of the corpus at a later date (a revision: the full path).
    for (k, f) in corpus_files.iter().take(3).enumerate() {
        let text = edit_values(&std::fs::read_to_string(f).unwrap());
        cases.push((
            format!("copy {k} without metadata"),
            vec![write(&format!("bare{k}.txt"), text)],
        ));
        let dated = with_front_matter(f, "published: 2024-12-31\nlang: fr\n");
        cases.push((
            format!("copy {k} dated"),
            vec![write(&format!("dated{k}.md"), edit_values(&dated))],
        ));
        // States each value as the corpus does, then edited: lint splits a conflict whose
        // consensus the article states too (`lint/self_contradiction.rs`), and the summary
        // steps aside there.
        let body = edit_values(&std::fs::read_to_string(f).unwrap());
        cases.push((
            format!("copy {k} stated twice"),
            vec![write(&format!("twice{k}.md"), format!("{dated}\n\n{body}"))],
        ));
        let later = with_front_matter(
            f,
            "outlet: \"Le Courrier du Caucase\"\npublished: 2031-01-01\n",
        );
        cases.push((
            format!("copy {k} revising"),
            vec![write(&format!("later{k}.md"), edit_values(&later))],
        ));
        let earlier = with_front_matter(
            f,
            "outlet: \"Le Courrier du Caucase\"\npublished: 2001-01-01\n",
        );
        cases.push((
            format!("copy {k} older edition"),
            vec![write(&format!("earlier{k}.md"), earlier)],
        ));
    }
    // Two new articles of one outlet; a corpus file linted as new (its corpus claims leave).
    cases.push((
        "two of one outlet".into(),
        vec![cases_dir.join("later0.md"), cases_dir.join("later1.md")],
    ));
    cases.push(("a corpus file".into(), vec![corpus_files[3].clone()]));
    cases.push((
        "a corpus file and another".into(),
        vec![corpus_files[5].clone(), cases_dir.join("dated2.md")],
    ));
    let fast = same_with_and_without(&corpus, &cases);
    let by_name = |name: &str| fast[cases.iter().position(|(n, _)| n == name).unwrap()];
    assert!(
        fast.iter().filter(|&&f| f).count() >= 3,
        "the summary answers several cases: {:?}",
        cases
            .iter()
            .zip(&fast)
            .map(|(c, f)| (&c.0, f))
            .collect::<Vec<_>>()
    );
    assert!(!by_name("a corpus file"), "a corpus file linted as new");
    assert!(
        !by_name("two of one outlet"),
        "two new articles of one edition"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn facts_without_a_conflict_in_the_bundled_corpus_take_the_full_path() {
    let dir = std::env::temp_dir().join(format!("factlint-summary-bundled-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    for e in std::fs::read_dir("corpus").unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), corpus.join(e.file_name())).unwrap();
    }
    let mut cases = Vec::new();
    for set in ["own", "held"] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(Path::new("tests/lintbench").join(set))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        for f in files {
            cases.push((f.display().to_string(), vec![f]));
        }
    }
    let fast = same_with_and_without(&corpus, &cases);
    assert!(fast.len() > 15, "{} articles", fast.len());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn many_values_and_shared_file_names_give_the_same_message_and_id() {
    // One fact stated with fourteen values by corpus files whose names repeat across folders:
    // the message shows six values and counts the rest, and names are counted once. The new
    // articles move a value from the seventh place on to the front (what the rest then counts
    // changes), state the most common value, a value no corpus source states, or share a
    // corpus file's name (its name then joins a value's count, or does not).
    let dir = std::env::temp_dir().join(format!("factlint-index-values-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let corpus = dir.join("corpus");
    let new = dir.join("new");
    std::fs::create_dir_all(corpus.join("sub")).unwrap();
    std::fs::create_dir_all(&new).unwrap();
    let fled = |value: u32| {
        format!(
            "Selon les autorités locales, quelque {value} personnes ont fui le Haut-Karabakh après l'offensive.\n"
        )
    };
    let values = [
        100000, 100000, 100000, 100000, 100000, 100000, 5000, 5000, 6000, 7000, 8000, 9000, 11000,
        12000, 13000, 14000, 15000, 16000,
    ];
    for (i, v) in values.iter().enumerate() {
        std::fs::write(corpus.join(format!("a{i}.txt")), fled(*v)).unwrap();
    }
    for i in [3, 9, 12] {
        std::fs::write(corpus.join(format!("sub/a{i}.txt")), fled(13000)).unwrap();
    }
    let write = |name: &str, value: u32| {
        let path = new.join(name);
        std::fs::write(&path, fled(value)).unwrap();
        path
    };
    let cases: Vec<(String, Vec<PathBuf>)> = vec![
        (
            "a rare value, a corpus name".into(),
            vec![write("a12.txt", 13000)],
        ),
        (
            "a rare value, its own name".into(),
            vec![write("zz.txt", 13000)],
        ),
        ("the common value".into(), vec![write("a5.txt", 100000)]),
        ("a value nobody states".into(), vec![write("a9.txt", 77000)]),
        (
            "the last values".into(),
            vec![write("a7.txt", 14000), write("a8.txt", 16000)],
        ),
        ("an early value".into(), vec![write("a0.txt", 5000)]),
        (
            "two of one name".into(),
            vec![new.join("a12.txt"), new.join("zz.txt"), new.join("a9.txt")],
        ),
    ];
    let fast = same_with_and_without(&corpus, &cases);
    assert!(
        fast.iter().all(|&f| f),
        "the summary answers every case: {fast:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
