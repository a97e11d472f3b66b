//! `explain`: the derivation of one finding of the corpus, or of `lint` on new articles.

use super::prelude::*;

/// `factlint explain ID [FILE...]`: prints the derivation of the finding `id`.
pub(crate) fn explain(
    config: Option<&config::Config>,
    id: &str,
    files: &[String],
    against: AgainstCorpus,
    review: &ReviewArgs,
) -> ExitCode {
    let settings = resolve(
        config,
        against.corpus,
        against.claims,
        against.lang,
        review,
        None,
    );
    let articles = match new_articles(files) {
        Ok(a) => a,
        Err(code) => return code,
    };
    match project::explain(&settings, id, articles, against.published) {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(errors) => report_load_errors(&errors),
    }
}
