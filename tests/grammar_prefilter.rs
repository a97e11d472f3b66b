//! The grammar's first pass (`grammar::prefilter`) and the grammars' entry guards
//! (`Cx::may_start`: a spelled number starts at a number word, an ordinal at a word of
//! `SPELLED`; `Cx::may_be_month`) and its untried leads (`NO_START`: "de", "en"…) change
//! nothing: the filtered, guarded scan gives exactly the mentions of the scan that tries
//! every grammar at every token without the guards, on the bundled corpus, the rule
//! examples, the grammar tests' own sentences and probes, the fixture articles, the lintbench
//! articles, a generated corpus and, when `../shared` is there, the evaluation texts; in
//! French and in English, with a publication date and without.

use crate::timeml::untagged;
use std::path::{Path, PathBuf};

use factlint::grammar::{Lang, prefilter_misses, scan, scan_unfiltered};
use factlint::value::Published;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every file below `dir` whose name ends with one of `exts`, sorted.
fn files(dir: &Path, exts: &[&str]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(files(&p, exts));
        } else if exts
            .iter()
            .any(|x| p.to_string_lossy().ends_with(&format!(".{x}")))
        {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// The string literals of a Rust source (the grammar tests' sentences), roughly unescaped.
fn literals(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = src;
    while let Some(open) = rest.find('"') {
        let after = &rest[open + 1..];
        let mut end = None;
        let mut escaped = false;
        for (k, c) in after.char_indices() {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => {
                    end = Some(k);
                    break;
                }
                _ => escaped = false,
            }
        }
        let Some(end) = end else { break };
        out.push(after[..end].replace("\\\"", "\"").replace("\\n", "\n"));
        rest = &after[end + 1..];
    }
    out
}

fn texts() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut add_files = |dir: PathBuf, exts: &[&str], tagged: bool| {
        for p in files(&dir, exts) {
            if let Ok(t) = std::fs::read_to_string(&p) {
                let t = if tagged { untagged(&t) } else { t };
                out.push((p.display().to_string(), t));
            }
        }
    };
    add_files(root().join("corpus"), &["txt", "md"], false);
    add_files(root().join("claims"), &["yaml"], false);
    add_files(root().join("tests/fixtures"), &["txt", "md", "yaml"], false);
    add_files(root().join("tests/cmd"), &["txt", "md"], false);
    add_files(root().join("tests/lintbench"), &["txt"], false);
    add_files(root().join("tests/grammar"), &["txt"], false);
    add_files(root().join("../shared/lintbench/dev"), &["txt"], false);
    add_files(root().join("../shared/external"), &["tml", "txt"], true);
    for p in [root().join("tests/grammar.rs")]
        .into_iter()
        .chain(files(&root().join("tests/grammar"), &["rs"]))
        .chain(files(&root().join("src/grammar"), &["rs"]))
    {
        let src = std::fs::read_to_string(&p).expect("a test source");
        for (k, lit) in literals(&src).into_iter().enumerate() {
            out.push((format!("{}#{k}", p.display()), lit));
        }
    }
    out
}

/// The mentions of `text` in every language and at every publication date tried; a line per
/// difference between the filtered and the unfiltered scan goes to `diffs`.
fn compare(name: &str, text: &str, diffs: &mut Vec<String>) -> usize {
    let mut n = 0;
    for lang in [Lang::Fr, Lang::En] {
        for published in [
            Published::parse("2024-05-09"),
            Published::parse("2023-11"),
            None,
        ] {
            let filtered = scan(text, lang, published);
            let all = scan_unfiltered(text, lang, published);
            if filtered != all {
                let misses = prefilter_misses(text, lang, published);
                diffs.push(format!(
                    "{name} ({lang:?}, {published:?}): readings the first pass skips: {misses:?}"
                ));
            }
            n += all.len();
        }
    }
    n
}

#[test]
fn filtered_scan_equals_unfiltered_on_every_text_we_have() {
    let mut mentions = 0;
    let all = texts();
    assert!(all.len() > 100, "too few texts: {}", all.len());
    let mut diffs = Vec::new();
    for (name, text) in &all {
        mentions += compare(name, text, &mut diffs);
    }
    assert_no_differences(&diffs, mentions);
}

/// The filtered and unfiltered scans agreed everywhere, on enough mentions to mean something.
fn assert_no_differences(diffs: &[String], mentions: usize) {
    assert!(
        diffs.is_empty(),
        "{} differences:\n{}",
        diffs.len(),
        diffs.join("\n")
    );
    assert!(mentions > 1000, "too few mentions: {mentions}");
}

#[test]
fn filtered_scan_equals_unfiltered_on_a_generated_corpus() {
    let dir = std::env::temp_dir().join(format!("factlint-prefilter-{}", std::process::id()));
    crate::gen_corpus::generate(&dir, 300, 7, &[]);
    let paths = files(&dir, &["txt", "md"]);
    assert!(paths.len() >= 300, "{} articles", paths.len());
    let mut mentions = 0;
    let mut diffs = Vec::new();
    for p in &paths {
        let text = std::fs::read_to_string(p).expect("an article");
        mentions += compare(&p.display().to_string(), &text, &mut diffs);
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert_no_differences(&diffs, mentions);
}

#[test]
fn no_reading_starts_where_the_first_pass_does_not_try() {
    // The stronger property behind the equality: every token where an unfiltered scan starts a
    // reading is one the first pass tries. Sentences of every kind of value.
    let text = "Il y a trois ans, il y a près de deux ans, il y a environ trois ans, environ 100 000 personnes sont parties ; la veille, \
        l'an dernier, au printemps 2021, six semaines plus tard, le troisième jour, \
        les trois derniers mois, des milliers d'années, une vingtaine de soldats, \
        lundi de Pâques, à la mi-mars, fin 99, mai 68, ce week-end, hier soir, \
        le 8 mail 2024, Mya 8, 2024, last year, two weeks ago, 3 h 30, 03 84 52 17 60.";
    for lang in [Lang::Fr, Lang::En] {
        let misses = prefilter_misses(text, lang, Published::parse("2024-05-09"));
        assert!(misses.is_empty(), "{lang:?}: {misses:?}");
    }
}
