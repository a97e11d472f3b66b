//! The bad-input table, kept as data in the manner of typos' `tests/cmd`: one folder per case
//! under `tests/cmd/<case>/` with
//!
//! - `args`: the arguments, one per line (`$CLAIMS` is the bundled `claims/` folder);
//! - `in/`: the input tree, copied into a scratch folder outside the repository, where the
//!   command runs;
//! - `special` (optional): files git cannot store, made at run time, one a line:
//!   `fifo NAME`, `dangling NAME` (a link to nothing), `loop NAME` (a link to its own folder);
//! - `expected-exit`: the exit code;
//! - `expected-stderr-contains` and/or `expected-stdout-contains`: lines that must each occur.

use std::path::{Path, PathBuf};
use std::process::Command;

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    let Ok(entries) = std::fs::read_dir(from) else {
        return;
    };
    for entry in entries {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

#[cfg(unix)]
fn make_special(dir: &Path, line: &str) {
    let (kind, name) = line.split_once(' ').expect("`KIND NAME`");
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    match kind {
        "fifo" => {
            let ok = Command::new("mkfifo").arg(&path).status().unwrap();
            assert!(ok.success(), "mkfifo {}", path.display());
        }
        "dangling" => std::os::unix::fs::symlink(dir.join("no-such-file.txt"), &path).unwrap(),
        "loop" => std::os::unix::fs::symlink(path.parent().unwrap(), &path).unwrap(),
        other => panic!("unknown special file kind `{other}`"),
    }
}

fn lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .map(|t| {
            t.lines()
                .filter(|l| !l.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_default()
}

/// Runs one case; returns what went wrong, if anything.
fn run_case(case: &Path, scratch: &Path) -> Option<String> {
    let name = case.file_name().unwrap().to_string_lossy().into_owned();
    let dir = scratch.join(&name);
    copy_tree(&case.join("in"), &dir);
    #[cfg(unix)]
    for line in lines(&case.join("special")) {
        make_special(&dir, &line);
    }
    let claims = Path::new(env!("CARGO_MANIFEST_DIR")).join("claims");
    let args: Vec<String> = lines(&case.join("args"))
        .into_iter()
        .map(|a| a.replace("$CLAIMS", &claims.display().to_string()))
        .collect();
    let out = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .current_dir(&dir)
        .args(&args)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("runs factlint");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let mut problems = Vec::new();
    let expected: i32 = std::fs::read_to_string(case.join("expected-exit"))
        .expect("expected-exit")
        .trim()
        .parse()
        .expect("an exit code");
    if out.status.code() != Some(expected) {
        problems.push(format!("exit {:?}, expected {expected}", out.status.code()));
    }
    let stderr_wanted = lines(&case.join("expected-stderr-contains"));
    let stdout_wanted = lines(&case.join("expected-stdout-contains"));
    if stderr_wanted.is_empty() && stdout_wanted.is_empty() {
        problems.push("no expected-stderr-contains or expected-stdout-contains".into());
    }
    for w in stderr_wanted
        .iter()
        .filter(|w| !stderr.contains(w.as_str()))
    {
        problems.push(format!("stderr lacks `{w}`"));
    }
    for w in stdout_wanted
        .iter()
        .filter(|w| !stdout.contains(w.as_str()))
    {
        problems.push(format!("stdout lacks `{w}`"));
    }
    if stderr.contains("panicked") {
        problems.push("panicked".into());
    }
    (!problems.is_empty()).then(|| {
        format!(
            "{name} ({}): {}\n--- stdout\n{stdout}\n--- stderr\n{stderr}",
            args.join(" "),
            problems.join("; ")
        )
    })
}

#[test]
fn every_row_of_the_bad_input_table() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cmd");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("tests/cmd")
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(!cases.is_empty(), "no case in {}", root.display());
    let scratch = std::env::temp_dir().join(format!("factlint-bad-input-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    let failures: Vec<String> = cases.iter().filter_map(|c| run_case(c, &scratch)).collect();
    let _ = std::fs::remove_dir_all(&scratch);
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
