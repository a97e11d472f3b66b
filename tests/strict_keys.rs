//! Unknown or ill-typed keys are refused at their place, in every YAML file factlint reads for
//! itself or for an article: `sources.yaml` (an unknown name in `inferred:`), front matter, the
//! review file and `factlint.yaml`.

use std::path::{Path, PathBuf};
use std::process::Command;

const ARTICLE: &str = "Environ 100 000 Arméniens ont fui le Haut-Karabakh.\n";

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factlint-keys-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `factlint ARGS` in `dir` against the bundled pack: exit code and standard error.
fn run_in(dir: &Path, args: &[&str]) -> (i32, String) {
    let claims = Path::new(env!("CARGO_MANIFEST_DIR")).join("claims");
    let out = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .current_dir(dir)
        .args(args)
        .arg("--claims")
        .arg(claims)
        .output()
        .expect("runs factlint");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `FILE:LINE:COLUMN` of the first occurrence of `needle` in `text` (columns in characters).
fn place(file: &str, text: &str, needle: &str) -> String {
    let at = text.find(needle).expect("the needle is in the text");
    let line = text[..at].matches('\n').count() + 1;
    let column = text[..at].rsplit('\n').next().unwrap().chars().count() + 1;
    format!("{file}:{line}:{column}")
}

#[test]
fn a_misspelled_inferred_field_is_refused_at_its_name() {
    let dir = scratch("inferred");
    std::fs::write(dir.join("a.txt"), ARTICLE).unwrap();
    // The flow and the block form of the list, in sources.yaml: the error is at the name.
    for yaml in [
        "a.txt:\n  outlet: X\n  inferred: [outlet, publishd]\n",
        "a.txt:\n  outlet: X\n  inferred:\n    - outlet\n    - publishd\n",
    ] {
        std::fs::write(dir.join("sources.yaml"), yaml).unwrap();
        let (code, err) = run_in(&dir, &["check", "--no-review", "--strict", "."]);
        assert!(err.contains("unknown field `publishd`"), "{err}");
        let at = place("sources.yaml", yaml, "publishd");
        assert!(err.contains(&at), "at {at}: {err}");
        assert_eq!(code, 2, "--strict: a file not read: {err}");
    }
    std::fs::remove_file(dir.join("sources.yaml")).unwrap();
    // The same in front matter, where lines count from the top of the file.
    for front in [
        "---\ntitle: T\ninferred: [title, publishd]\n---\n",
        "---\ntitle: T\ninferred:\n  - title\n  - publishd\n---\n",
    ] {
        let text = format!("{front}{ARTICLE}");
        std::fs::write(dir.join("b.md"), &text).unwrap();
        let (code, err) = run_in(&dir, &["check", "--no-review", "b.md"]);
        assert!(err.contains("unknown field `publishd`"), "{err}");
        let at = place("b.md", &text, "publishd");
        assert!(err.contains(&at), "at {at}: {err}");
        assert_eq!(code, 2, "{err}");
    }
    std::fs::remove_file(dir.join("b.md")).unwrap();
    // Each inferable field is accepted.
    std::fs::write(
        dir.join("sources.yaml"),
        "a.txt:\n  inferred: [title, outlet, url, lang, published]\n",
    )
    .unwrap();
    let (code, err) = run_in(&dir, &["check", "--no-review", "--strict", "."]);
    assert_eq!(code, 0, "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn an_unknown_front_matter_key_is_refused_at_its_line() {
    let dir = scratch("front");
    std::fs::write(
        dir.join("a.md"),
        format!("---\ntitle: T\npublishd: 2023-01-01\n---\n{ARTICLE}"),
    )
    .unwrap();
    let (code, err) = run_in(&dir, &["check", "--no-review", "a.md"]);
    assert!(err.contains("unknown field `publishd`"), "{err}");
    assert!(err.contains("a.md:3:1"), "{err}");
    assert_eq!(code, 2, "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn an_unknown_or_ill_typed_review_key_is_refused_at_its_line() {
    let dir = scratch("review");
    std::fs::write(dir.join("a.txt"), ARTICLE).unwrap();
    for (entry, expect) in [
        (
            "FL-000000000000:\n  decision: different-events\n  notes: typo\n",
            "unknown key `notes`",
        ),
        (
            "FL-000000000000:\n  decision: different-events\n  note: [a, list]\n",
            "invalid type",
        ),
    ] {
        std::fs::write(dir.join("review.yaml"), entry).unwrap();
        let (code, err) = run_in(&dir, &["check", "--review", "review.yaml", "."]);
        assert!(err.contains(expect), "{err}");
        assert!(err.contains("review.yaml:3:"), "{err}");
        assert_eq!(code, 2, "{err}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn an_ill_typed_configuration_key_is_refused_at_its_line() {
    let dir = scratch("config");
    std::fs::write(dir.join("a.txt"), ARTICLE).unwrap();
    std::fs::write(dir.join("factlint.yaml"), "lang: fr\ncorpus: 42\n").unwrap();
    let (code, err) = run_in(&dir, &["check", "--no-review", "."]);
    assert!(err.contains("factlint.yaml:2:"), "{err}");
    assert_eq!(code, 2, "{err}");
    std::fs::remove_dir_all(&dir).ok();
}
