//! The evaluation data is not quoted in the code or the tests: no run of six words of
//! `../shared/external` (French TimeBank, the Recognizers-Text specs) or of
//! `../shared/lintbench/dev/*.txt` occurs in `src/` or `tests/`. A grammar fixed on the
//! sentences it is measured on scores well there and nowhere else; examples in our own words
//! make a fix hold for the class. Words are compared folded (lowercase, no accents) and
//! punctuation is ignored, so a quote with its accents dropped or its commas moved is still
//! found. Where the data is absent (a clone without `../shared`), the test says so and passes.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use factlint::morph::fold;

/// How many consecutive words make a quote.
const RUN: usize = 6;

/// Runs of six words that French writes everywhere: a test may share them with the data
/// without quoting it. Folded, one space between words.
const GENERIC: &[&str] = &["a la fin de l annee"];

/// The folded words of `text`: maximal runs of letters and digits.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect()
}

/// The text of a TimeML file without its tags.
fn without_tags(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut in_tag = false;
    for c in xml.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// Every string of a JSON document: the inputs and expected texts of a spec file.
fn json_strings(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| json_strings(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| json_strings(v, out)),
        _ => {}
    }
}

/// What a fuzzing run writes under `tests/fuzz` (its build, grown corpus and crashes: see its
/// `.gitignore`): not ours to scan, and gigabytes of build output.
const FUZZ_OUTPUT: &[&str] = &["target", "corpus", "artifacts", "coverage"];

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let fuzz_output =
            dir.ends_with("tests/fuzz") && FUZZ_OUTPUT.iter().any(|name| path.ends_with(name));
        if fuzz_output {
            continue;
        }
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// The texts of the evaluation data: TimeML without tags, the strings of the JSON specs,
/// the plain-text articles. Licences and READMEs are not data.
fn data_texts(shared: &Path) -> Vec<String> {
    let mut files = Vec::new();
    files_under(&shared.join("external"), &mut files);
    files_under(&shared.join("lintbench").join("dev"), &mut files);
    files.sort();
    let mut texts = Vec::new();
    for path in files {
        let Ok(raw) = std::fs::read_to_string(&path) else {
            continue;
        };
        let raw = raw.trim_start_matches('\u{feff}');
        match path.extension().and_then(|e| e.to_str()) {
            Some("tml") => texts.push(without_tags(raw)),
            Some("json") => {
                if let Ok(value) = serde_json::from_str(raw) {
                    json_strings(&value, &mut texts);
                }
            }
            Some("txt") => texts.push(raw.to_string()),
            _ => {}
        }
    }
    texts
}

/// Every run of `RUN` words of the texts, joined by spaces.
fn runs(texts: &[String]) -> HashSet<String> {
    let mut set = HashSet::new();
    for text in texts {
        for run in words(text).windows(RUN) {
            set.insert(run.join(" "));
        }
    }
    set
}

/// `path:line: phrase` for each run of `text` that is in `quoted` and not generic.
fn quotes_in(path: &Path, text: &str, quoted: &HashSet<String>, out: &mut Vec<String>) {
    let mut located: Vec<(String, usize)> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        located.extend(words(line).into_iter().map(|w| (w, n + 1)));
    }
    let mut last_line = 0;
    for run in located.windows(RUN) {
        let phrase = run
            .iter()
            .map(|(w, _)| w.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let line = run[0].1;
        if line != last_line && quoted.contains(&phrase) && !GENERIC.contains(&phrase.as_str()) {
            out.push(format!("{}:{line}: {phrase}", path.display()));
            last_line = line;
        }
    }
}

#[test]
fn no_run_of_six_words_of_the_evaluation_data_is_in_src_or_tests() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shared = root.join("..").join("shared");
    let texts = data_texts(&shared);
    if texts.is_empty() {
        println!(
            "skipped: no evaluation data at {} (external/, lintbench/dev/)",
            shared.display()
        );
        return;
    }
    let quoted = runs(&texts);
    let mut files = Vec::new();
    files_under(&root.join("src"), &mut files);
    files_under(&root.join("tests"), &mut files);
    files.sort();
    let mut found = Vec::new();
    for path in &files {
        if let Ok(text) = std::fs::read_to_string(path) {
            let shown = path.strip_prefix(root).unwrap_or(path);
            quotes_in(shown, &text, &quoted, &mut found);
        }
    }
    assert!(
        found.is_empty(),
        "runs of {RUN} words shared with the evaluation data; write an example of the same \
         class in your own words (or, for a phrase French writes everywhere, add it to \
         GENERIC):\n{}",
        found.join("\n")
    );
}

#[test]
fn a_quote_is_found_through_accents_case_and_punctuation() {
    let quoted = runs(&["La Réunion s'est tenue, hier, à Lyon.".to_string()]);
    let mut found = Vec::new();
    let text = "// x\n// la reunion s est tenue hier a Lyon\n";
    quotes_in(Path::new("t.rs"), text, &quoted, &mut found);
    assert_eq!(found, ["t.rs:2: la reunion s est tenue hier"]);
    let mut none = Vec::new();
    quotes_in(
        Path::new("t.rs"),
        "la réunion s'est tenue à Paris",
        &quoted,
        &mut none,
    );
    assert!(none.is_empty(), "{none:?}");
}
