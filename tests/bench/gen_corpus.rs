//! Runs `gen-corpus` (for the integration tests and `cargo bench --bench index`).

use std::path::Path;
use std::process::{Command, Stdio};

/// Writes a generated corpus of `articles` articles with `seed` to `out`; `extra`: more
/// `gen-corpus` arguments (`--manifest csv`…).
pub fn generate(out: &Path, articles: usize, seed: u64, extra: &[&str]) {
    let status = Command::new(env!("CARGO_BIN_EXE_gen-corpus"))
        .args([
            "--articles",
            &articles.to_string(),
            "--seed",
            &seed.to_string(),
        ])
        .arg("--out")
        .arg(out)
        .args(extra)
        .stdout(Stdio::null())
        .status()
        .expect("gen-corpus runs");
    assert!(status.success());
}
