//! The corpus the check benchmarks run on (`check.rs`, `rules.rs`): the bundled articles,
//! repeated in memory under distinct paths.

use std::path::PathBuf;

use factlint::Source;

/// 400 copies of the 5 bundled articles: 2 000 sources.
pub const COPIES: usize = 400;

/// `copies` copies of `corpus`, each under its own folder name (`copy0007/…`).
pub fn repeated(corpus: &[Source], copies: usize) -> Vec<Source> {
    let mut sources = Vec::with_capacity(corpus.len() * copies);
    for i in 0..copies {
        for s in corpus {
            let mut copy = s.clone();
            copy.path = PathBuf::from(format!("copy{i:04}")).join(&s.path);
            sources.push(copy);
        }
    }
    sources
}
