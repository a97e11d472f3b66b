//! `index`: writing (or refreshing) the claims index of a corpus.

use super::prelude::*;

/// `factlint index [CORPUS]`: writes the index and prints its one-line account on stderr.
pub(crate) fn index(
    config: Option<&config::Config>,
    corpus: Option<PathBuf>,
    claims: Option<PathBuf>,
    include: Vec<String>,
) -> ExitCode {
    let mut settings = resolve(config, corpus, claims, None, &ReviewArgs::default(), None);
    if !include.is_empty() {
        settings.include = include;
    }
    match project::index(&settings) {
        Ok(line) => {
            eprintln!("{line}");
            ExitCode::SUCCESS
        }
        Err(errors) => report_load_errors(&errors),
    }
}
