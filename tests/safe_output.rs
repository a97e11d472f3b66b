//! What comes from files cannot steer the output: a file name holding a line break and a
//! workflow command must not become a command of its own in the github format, and the JSON
//! and SARIF formats stay valid for any name.

use std::process::Command;

/// Sentences of ours that disagree on one count of the bundled pack (a conflict, annotated)
/// and agree on a date (an agreement, a plain log line that names both files).
const SAYS_100_000: &str = "Environ 100 000 Arméniens ont fui le Haut-Karabakh. \
     L'Azerbaïdjan a lancé une offensive en septembre 2023 contre le Haut-Karabakh.\n";
const SAYS_10_000: &str = "Environ 10 000 Arméniens ont fui le Haut-Karabakh. \
     L'Azerbaïdjan a lancé une offensive en septembre 2023 contre le Haut-Karabakh.\n";

#[cfg(unix)]
#[test]
fn a_hostile_file_name_is_escaped_in_every_format() {
    let dir = std::env::temp_dir().join(format!("factlint-safe-output-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let hostile = "a\n::error file=x.txt::injected, 100%\r.txt";
    std::fs::write(dir.join(hostile), SAYS_100_000).unwrap();
    std::fs::write(dir.join("b.txt"), SAYS_10_000).unwrap();
    let run = |format: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_factlint"))
            .args(["check", "--no-review", "--format", format])
            .arg(&dir)
            .output()
            .expect("runs factlint");
        assert_eq!(
            out.status.code(),
            Some(1),
            "{format}: the conflict fails the run"
        );
        String::from_utf8(out.stdout).expect("UTF-8 output")
    };
    let github = run("github");
    assert!(github.contains("agreement offensive-date"), "{github}");
    for line in github.lines() {
        assert!(
            !line.starts_with("::error file=x.txt"),
            "a command was injected: {github}"
        );
        if let Some(rest) = line.strip_prefix("::") {
            // Properties escape `:` and `,`; messages `%`, CR and LF.
            let (properties, _) = rest.split_once("::").expect("a command has a message");
            assert!(!properties.contains("::"), "{line}");
        }
    }
    assert!(
        github.contains("%0A%3A%3Aerror file=x.txt%3A%3Ainjected%2C 100%25%0D"),
        "{github}"
    );
    for format in ["json", "sarif"] {
        let out = run(format);
        let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
        assert!(
            out.contains("injected"),
            "{format}: the name is kept, escaped: {v}"
        );
    }
}

#[test]
fn a_huge_regex_is_refused_fast_without_echoing_it() {
    let dir = std::env::temp_dir().join(format!("factlint-huge-regex-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let alternatives: Vec<String> = (0..200_000).map(|i| format!("mot{i}")).collect();
    let rule = format!(
        "rules:\n  - id: huge\n    title: Huge\n    kind: count\n    patterns:\n      - \"(?:{}) {{count}}\"\n",
        alternatives.join("|")
    );
    std::fs::write(dir.join("huge.yaml"), &rule).unwrap();
    // Refused before it is compiled (no timing here: the size check names the expanded length,
    // which only the check that runs before `regex` builds anything reports).
    let out = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .args(["rules", "list", "--claims"])
        .arg(&dir)
        .output()
        .expect("runs factlint");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("bytes long once expanded"), "{err}");
    assert!(err.contains("huge.yaml:6:"), "located at its line: {err}");
    assert!(
        err.len() < 4000,
        "the message is short: {} bytes",
        err.len()
    );
}

/// The human format (check and lint, plain and `--quiet`) shows terminal control characters
/// quoted from an article as `\u{…}` escapes: an article cannot clear the screen, ring the bell
/// or hide what follows.
#[test]
fn the_human_format_strips_terminal_controls_from_quoted_text() {
    let dir = std::env::temp_dir().join(format!("factlint-safe-human-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let hostile = SAYS_10_000.replace("Environ", "\u{1b}[2J\u{1b}]0;x\u{7}Environ\u{8}\u{9b}");
    std::fs::write(dir.join("a.txt"), SAYS_100_000).unwrap();
    std::fs::write(dir.join("b.txt"), hostile).unwrap();
    let runs: [&[&str]; 3] = [
        &["check", "--no-review"],
        &["check", "--no-review", "--quiet"],
        &["lint", "--no-review", "b.txt", "--corpus", "."],
    ];
    for args in runs {
        let out = Command::new(env!("CARGO_BIN_EXE_factlint"))
            .current_dir(&dir)
            .args(args)
            .args(if args[0] == "check" {
                &["."][..]
            } else {
                &[][..]
            })
            .output()
            .expect("runs factlint");
        assert_eq!(out.status.code(), Some(1), "{args:?}: the conflict fails");
        let text = String::from_utf8(out.stdout).expect("UTF-8 output");
        // The hostile line is quoted (it holds the conflicting value), escaped.
        assert!(text.contains("\\u{1b}[2J"), "{args:?}: {text}");
        let controls: Vec<char> = text
            .chars()
            .filter(|c| c.is_control() && !matches!(c, '\n' | '\t'))
            .collect();
        assert!(controls.is_empty(), "{args:?}: {controls:?} in {text}");
    }
    std::fs::remove_dir_all(&dir).ok();
}
