//! Every path's fate, and articles in any encoding. A folder that mixes what CMS exports and
//! scraped archives hold (legacy encodings, UTF-16, CR line endings, binary and empty files,
//! a named pipe, links to nothing and back into the folder, other file types, unclosed front
//! matter) is checked in one run: each file is read, skipped or failed, and says why; the
//! re-encoded copies of an article give the claims of the UTF-8 original.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value as Json;

/// A sentence of ours with two claims of the bundled pack: a date and a count.
const ARTICLE: &str = "L'Azerbaïdjan a lancé une offensive en septembre 2023 contre le Haut-Karabakh, et plus de 100 000 Arméniens ont fui.";

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factlint-fates-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("creates a scratch folder");
    dir
}

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .args(args)
        .output()
        .expect("runs factlint");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `factlint check --no-review --format json ARGS`: the exit code, the report (which must be
/// valid JSON whatever happened) and standard error.
fn check_json(args: &[&str]) -> (i32, Json, String) {
    let mut all = vec!["check", "--no-review", "--format", "json"];
    all.extend(args);
    let (code, out, err) = run(&all);
    let report = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}{err}"));
    (code, report, err)
}

/// Runs factlint and checks that it exits 2 with each of `needles` on standard error.
fn exit_2_saying(args: &[&str], needles: &[&str]) {
    let (code, _, err) = run(args);
    assert_eq!(code, 2, "{err}");
    for n in needles {
        assert!(err.contains(n), "no {n:?} in: {err}");
    }
}

fn windows_1252(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            'é' => 0xE9,
            'ï' => 0xEF,
            'É' => 0xC9,
            'à' => 0xE0,
            c if c.is_ascii() => c as u8,
            c => panic!("no Windows-1252 byte for {c} in this test"),
        })
        .collect()
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut out = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        out.extend(if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    out
}

/// ISO-8859-1: every character below U+0100 is its own byte.
fn latin1(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| u8::try_from(u32::from(c)).expect("a Latin-1 character"))
        .collect()
}

/// The text of the mixed folder's articles: claims on lines 2 and 4, so that a copy whose
/// line breaks were not all counted (a lone CR) shows it.
fn mixed_text() -> String {
    format!(
        "Titre\n{ARTICLE}\n\nEn septembre 2023, plus de 100 000 Arméniens ont fui le Haut-Karabakh.\n{}\n",
        "Il y a là un 2e paragraphe, sans date."
    )
}

/// The mixed folder; returns the bytes of each article as written.
fn mixed_folder(dir: &Path) -> Vec<(&'static str, Vec<u8>)> {
    let text = mixed_text();
    let mut articles: Vec<(&str, Vec<u8>)> = vec![
        ("utf8.txt", text.clone().into_bytes()),
        ("bom.txt", format!("\u{feff}{text}").into_bytes()),
        ("cp1252.txt", windows_1252(&text)),
        ("latin1.txt", latin1(&text)),
        ("utf16le.txt", utf16(&format!("\u{feff}{text}"), false)),
        ("utf16be.txt", utf16(&format!("\u{feff}{text}"), true)),
        ("crlf.txt", text.replace('\n', "\r\n").into_bytes()),
        ("cr.txt", text.replace('\n', "\r").into_bytes()),
        ("UPPER.TXT", text.clone().into_bytes()),
    ];
    for (name, bytes) in &articles {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
    std::fs::write(dir.join("empty.txt"), b"").unwrap();
    std::fs::write(dir.join("image.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    std::fs::write(dir.join("page.html"), format!("<p>{ARTICLE}</p>\n")).unwrap();
    std::fs::write(dir.join("notes"), "sans extension\n").unwrap();
    std::fs::write(
        dir.join("open.md"),
        format!("---\npublished: 2024-01-10\n{ARTICLE}\n"),
    )
    .unwrap();
    std::fs::write(dir.join(".hidden.txt"), &text).unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("nowhere.txt", dir.join("dangling.txt")).unwrap();
        std::fs::create_dir(dir.join("sub")).unwrap();
        std::os::unix::fs::symlink("..", dir.join("sub/up")).unwrap();
        let _ = Command::new("mkfifo").arg(dir.join("pipe.txt")).status();
        // Unreadable: no permission at all. As root it still reads, and is then an article.
        use std::os::unix::fs::PermissionsExt;
        let locked = dir.join("locked.txt");
        std::fs::write(&locked, &text).unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
        if std::fs::read(&locked).is_ok() {
            articles.push(("locked.txt", text.clone().into_bytes()));
        }
    }
    #[cfg(target_os = "linux")]
    std::os::unix::fs::symlink("/proc/self/mem", dir.join("proc-mem.txt")).unwrap();
    articles
}

fn fates(report: &Json, list: &str) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = report[list]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|f| {
                    let path = f["path"].as_str().unwrap();
                    let name = path.rsplit('/').next().unwrap().to_string();
                    (name, f["reason"].as_str().unwrap().to_string())
                })
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

#[test]
fn a_mixed_folder_is_checked_in_one_run_and_every_file_has_its_fate() {
    let dir = scratch("mixed");
    let articles = mixed_folder(&dir);
    let (code, report, err) = check_json(&[dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let read: Vec<&str> = report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["path"].as_str().unwrap().rsplit('/').next().unwrap())
        .collect();
    let mut expected: Vec<&str> = articles.iter().map(|(n, _)| *n).collect();
    expected.sort();
    assert_eq!(read, expected);
    let mut skipped = vec![
        ("empty.txt".to_string(), "empty".to_string()),
        ("image.txt".to_string(), "binary".to_string()),
        ("notes".to_string(), "not-text".to_string()),
        ("page.html".to_string(), "not-text".to_string()),
    ];
    if cfg!(unix) {
        skipped.push(("dangling.txt".into(), "dangling-link".into()));
        skipped.push(("up".into(), "link-loop".into()));
        if dir.join("pipe.txt").exists() {
            skipped.push(("pipe.txt".into(), "special-file".into()));
        }
    }
    skipped.sort();
    assert_eq!(fates(&report, "skipped"), skipped);
    let mut failed = vec![("open.md".to_string(), "metadata".to_string())];
    if cfg!(unix) && !articles.iter().any(|(n, _)| *n == "locked.txt") {
        failed.push(("locked.txt".into(), "unreadable".into()));
    }
    if cfg!(target_os = "linux") {
        // Even root cannot read this one: reading /proc/self/mem at offset 0 is an I/O error.
        failed.push(("proc-mem.txt".into(), "unreadable".into()));
    }
    failed.sort();
    assert_eq!(fates(&report, "failed"), failed);
    let open = report["failed"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"].as_str().unwrap().ends_with("open.md"))
        .unwrap();
    assert_eq!(open["line"], 1, "unclosed front matter is at its line");
    assert_eq!(report["summary"]["skipped"], skipped.len());
    assert_eq!(report["summary"]["failed"], failed.len());
    assert!(err.contains("never closed"), "{err}");
    assert!(
        err.contains("skipped") && err.contains("page.html"),
        "{err}"
    );

    // The claims of every copy are those of the UTF-8 original: same rule, value, column and
    // line (the CR copy's lines are counted too), and their byte offsets point into the file
    // as it is on disk.
    let claims = report["claims"].as_array().unwrap();
    let of = |name: &str| -> Vec<(String, String, u64, u64)> {
        claims
            .iter()
            .filter(|c| c["source"].as_str().unwrap().ends_with(&format!("/{name}")))
            .map(|c| {
                (
                    c["rule"].as_str().unwrap().to_string(),
                    c["value"].to_string(),
                    c["line"].as_u64().unwrap(),
                    c["column"].as_u64().unwrap(),
                )
            })
            .collect()
    };
    let original = of("utf8.txt");
    let lines: Vec<u64> = original.iter().map(|c| c.2).collect();
    assert_eq!(lines, [2, 2, 4], "{original:?}");
    for (name, bytes) in &articles {
        assert_eq!(of(name), original, "{name}");
        for c in claims
            .iter()
            .filter(|c| c["source"].as_str().unwrap().ends_with(&format!("/{name}")))
        {
            let (start, end) = (c["start"].as_u64().unwrap(), c["end"].as_u64().unwrap());
            let raw = &bytes[start as usize..end as usize];
            let decoded = match *name {
                "utf16le.txt" | "utf16be.txt" => {
                    let units: Vec<u16> = raw
                        .chunks(2)
                        .map(|p| {
                            if *name == "utf16le.txt" {
                                u16::from_le_bytes([p[0], p[1]])
                            } else {
                                u16::from_be_bytes([p[0], p[1]])
                            }
                        })
                        .collect();
                    String::from_utf16(&units).unwrap()
                }
                "cp1252.txt" | "latin1.txt" => raw.iter().map(|&b| b as char).collect(),
                _ => String::from_utf8(raw.to_vec()).unwrap(),
            };
            assert_eq!(decoded, c["text"].as_str().unwrap(), "{name}");
        }
    }
    let encodings: Vec<(String, String)> = report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s.get("encoding").is_some())
        .map(|s| {
            (
                s["path"]
                    .as_str()
                    .unwrap()
                    .rsplit('/')
                    .next()
                    .unwrap()
                    .to_string(),
                s["encoding"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        encodings,
        [
            ("cp1252.txt".to_string(), "windows-1252".to_string()),
            // Latin-1 is read as its superset, as WHATWG's encodings do.
            ("latin1.txt".to_string(), "windows-1252".to_string()),
            ("utf16be.txt".to_string(), "UTF-16BE".to_string()),
            ("utf16le.txt".to_string(), "UTF-16LE".to_string()),
        ]
    );
    assert!(
        err.contains("cp1252.txt") && err.contains("read as windows-1252"),
        "{err}"
    );

    // --strict: a file not read is exit 2.
    let (code, _, _) = run(&[
        "check",
        "--no-review",
        "--strict",
        "--summary",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
}

#[test]
fn include_globs_choose_the_articles_of_a_folder() {
    let dir = scratch("include");
    std::fs::write(dir.join("page.html"), format!("{ARTICLE}\n")).unwrap();
    std::fs::write(dir.join("a.txt"), format!("{ARTICLE}\n")).unwrap();
    let (code, report, err) = check_json(&["--include", "*.HTML", dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(report["summary"]["sources"], 1);
    assert!(
        report["sources"][0]["path"]
            .as_str()
            .unwrap()
            .ends_with("page.html")
    );
    assert_eq!(
        fates(&report, "skipped"),
        [("a.txt".to_string(), "not-text".to_string())]
    );
    exit_2_saying(
        &["check", "--include", "[", dir.to_str().unwrap()],
        &["--include", "not a glob"],
    );
}

#[test]
fn nothing_readable_is_exit_2_and_json_still_prints_a_valid_report() {
    let dir = scratch("nothing");
    std::fs::write(dir.join("empty.txt"), b"").unwrap();
    std::fs::write(dir.join("image.txt"), b"\0\0\0").unwrap();
    let (code, report, err) = check_json(&[dir.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert_eq!(report["summary"]["sources"], 0);
    assert_eq!(report["summary"]["skipped"], 2);
    assert!(err.contains("nothing was checked"), "{err}");
}

#[test]
fn a_folder_named_like_a_rule_file_is_reported() {
    let claims = scratch("claims-folder");
    std::fs::copy("claims/words.yaml", claims.join("words.yaml")).unwrap();
    std::fs::create_dir(claims.join("r.yaml")).unwrap();
    exit_2_saying(
        &["rules", "list", "--claims", claims.to_str().unwrap()],
        &["r.yaml is a folder, not a rule file"],
    );
}

#[test]
fn metadata_files_that_are_not_utf8_are_located() {
    let dir = scratch("yaml-latin1");
    std::fs::write(dir.join("factlint.yaml"), b"lang: fr\ncorpus: arch\xe9\n").unwrap();
    exit_2_saying(
        &[
            "--config",
            dir.join("factlint.yaml").to_str().unwrap(),
            "rules",
            "list",
        ],
        &["not UTF-8", "factlint.yaml:2:13"],
    );

    let claims = scratch("rules-latin1");
    std::fs::write(
        claims.join("r.yaml"),
        b"rules:\n  - id: r\n    title: \xe9t\xe9\n",
    )
    .unwrap();
    exit_2_saying(
        &["rules", "list", "--claims", claims.to_str().unwrap()],
        &["not UTF-8", "r.yaml:3:12"],
    );
}

#[test]
fn a_path_in_the_configuration_must_be_text() {
    let dir = scratch("corpus-42");
    std::fs::write(dir.join("factlint.yaml"), "corpus: 42\n").unwrap();
    exit_2_saying(
        &[
            "--config",
            dir.join("factlint.yaml").to_str().unwrap(),
            "rules",
            "list",
        ],
        &["expected a path, written as text", "factlint.yaml:1:"],
    );
}

#[test]
fn lint_without_a_corpus_says_what_to_pass() {
    let dir = scratch("no-corpus");
    std::fs::write(dir.join("a.txt"), format!("{ARTICLE}\n")).unwrap();
    exit_2_saying(
        &[
            "lint",
            "--no-review",
            "--corpus",
            dir.join("absent").to_str().unwrap(),
            dir.join("a.txt").to_str().unwrap(),
        ],
        &["--corpus DIR"],
    );
}

#[test]
fn sarif_names_every_file_skipped_or_failed_as_a_notification_of_the_run() {
    let dir = scratch("sarif");
    std::fs::write(dir.join("a.txt"), format!("{ARTICLE}\n")).unwrap();
    std::fs::write(dir.join("empty.txt"), b"").unwrap();
    std::fs::write(dir.join("image.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    std::fs::write(dir.join("page.html"), format!("<p>{ARTICLE}</p>\n")).unwrap();
    std::fs::write(
        dir.join("open.md"),
        format!("---\npublished: 2024-01-10\n{ARTICLE}\n"),
    )
    .unwrap();
    let (code, out, err) = run(&[
        "check",
        "--no-review",
        "--format",
        "sarif",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let log = crate::cli::assert_valid_sarif(&out);
    let sarif_run = &log["runs"][0];
    let invocation = &sarif_run["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], true);
    let descriptors = sarif_run["tool"]["driver"]["notifications"]
        .as_array()
        .unwrap();
    let mut seen: Vec<(String, String, String)> = invocation["toolExecutionNotifications"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            let id = n["descriptor"]["id"].as_str().unwrap();
            // The reference resolves to the driver's descriptor of that reason.
            let index = n["descriptor"]["index"].as_u64().unwrap() as usize;
            assert_eq!(descriptors[index]["id"], id, "{n}");
            let location = &n["locations"][0]["physicalLocation"];
            let uri = location["artifactLocation"]["uri"].as_str().unwrap();
            assert!(
                n["message"]["text"]
                    .as_str()
                    .unwrap()
                    .contains(uri.rsplit('/').next().unwrap())
            );
            if id == "metadata" {
                // Unclosed front matter: at its line.
                assert_eq!(location["region"]["startLine"], 1, "{n}");
                assert_eq!(location["region"]["startColumn"], 1, "{n}");
            }
            let name = uri.rsplit('/').next().unwrap().to_string();
            (
                name,
                id.to_string(),
                n["level"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    seen.sort();
    let expected = [
        ("empty.txt", "empty", "warning"),
        ("image.txt", "binary", "warning"),
        ("open.md", "metadata", "error"),
        ("page.html", "not-text", "note"),
    ]
    .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()));
    assert_eq!(seen, expected);

    // Nothing read: the run did not succeed, and the log still names every file.
    let nothing = scratch("sarif-nothing");
    std::fs::write(nothing.join("empty.txt"), b"").unwrap();
    let (code, out, _) = run(&[
        "check",
        "--no-review",
        "--format",
        "sarif",
        nothing.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    let log = crate::cli::assert_valid_sarif(&out);
    let invocation = &log["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    assert_eq!(
        invocation["toolExecutionNotifications"][0]["descriptor"]["id"],
        "empty"
    );
}
