//! Standard input is decoded as files are: `scan -`, `lint -` and `rules why -` read UTF-16 with
//! a byte-order mark, and a legacy single-byte encoding with a warning, and give what the
//! UTF-8 text gives.

use std::io::Write;
use std::process::{Command, Stdio};

/// A sentence of ours with a date and a count of the bundled pack.
const TEXT: &str = "L'Azerbaïdjan a lancé une offensive en septembre 2023 contre le Haut-Karabakh, et plus de 100 000 Arméniens ont fui.";

fn with_stdin(args: &[&str], input: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs factlint");
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn utf16le(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
    bytes
}

fn latin1(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap())
        .collect()
}

#[test]
fn stdin_in_any_encoding_reads_as_utf8() {
    let commands: [&[&str]; 3] = [
        &["scan", "--format", "json", "-"],
        &["lint", "--no-review", "--format", "json", "-"],
        &["rules", "why", "-"],
    ];
    for args in commands {
        let (code, utf8_out, err) = with_stdin(args, TEXT.as_bytes());
        assert!(!utf8_out.trim().is_empty(), "{args:?}: {err}");
        let (c16, out16, err16) = with_stdin(args, &utf16le(TEXT));
        assert_eq!((c16, &out16), (code, &utf8_out), "{args:?} UTF-16: {err16}");
        assert!(!err16.contains("not UTF-8"), "{err16}");
        let (c1, out1, err1) = with_stdin(args, &latin1(TEXT));
        assert_eq!((c1, &out1), (code, &utf8_out), "{args:?} Latin-1: {err1}");
        assert!(
            err1.contains("warning: standard input is not UTF-8: read as windows-1252"),
            "{args:?}: {err1}"
        );
    }
}

#[test]
fn binary_stdin_is_an_error_not_a_panic() {
    let (code, _, err) = with_stdin(&["scan", "-"], b"ab\0cd");
    assert_eq!(code, 2);
    assert!(err.contains("standard input is binary"), "{err}");
}

/// `scan` lists a date with its TIMEX3 extent, the definite article included, while the
/// claim of a check keeps the value as written: an annotator comparing with French TimeBank
/// finds "le 2 juin" whole, and a diagnostic still underlines the date.
#[test]
fn scan_lists_a_date_with_its_article_and_lint_underlines_the_value() {
    let text = "Le 2 juin 2024, la commune a rouvert l'école fermée depuis l'automne 2023.";
    let (code, out, err) = with_stdin(&["scan", "--format", "json", "-"], text.as_bytes());
    assert_eq!(code, 0, "{err}");
    let items: serde_json::Value = serde_json::from_str(&out).unwrap();
    let texts: Vec<&str> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["Le 2 juin 2024", "l'automne 2023"], "{out}");
    let first = &items[0];
    assert_eq!(
        (first["start"].as_u64(), first["end"].as_u64()),
        (Some(0), Some(14))
    );
}
