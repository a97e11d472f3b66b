//! Runs `gen-corpus` (for `tests/index.rs` and `cargo bench --bench index`).

use std::path::Path;
use std::process::{Command, Stdio};

/// Writes a generated corpus of `articles` articles with `seed` to `out`.
pub fn generate(out: &Path, articles: usize, seed: u64) {
    let status = Command::new(env!("CARGO_BIN_EXE_gen-corpus"))
        .args([
            "--articles",
            &articles.to_string(),
            "--seed",
            &seed.to_string(),
        ])
        .arg("--out")
        .arg(out)
        .stdout(Stdio::null())
        .status()
        .expect("gen-corpus runs");
    assert!(status.success());
}
