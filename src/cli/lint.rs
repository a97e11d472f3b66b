//! `lint`: new articles checked against the corpus (with `--discover`, the hints of facts no
//! rule names).

use super::prelude::*;

/// `factlint lint FILE...`: the findings that involve the new articles.
pub(crate) fn lint(
    config: Option<&config::Config>,
    files: &[String],
    discover: bool,
    against: AgainstCorpus,
    report: &ReportArgs,
) -> ExitCode {
    let settings = settings(
        config,
        against.corpus,
        against.claims,
        against.lang,
        &report.review,
        report,
    );
    if settings.corpus == std::path::Path::new(factlint::lint::DEFAULT_CORPUS)
        && !settings.corpus.exists()
    {
        eprintln!(
            "note: no corpus/ folder here: the articles are compared with each other only (`--corpus DIR` to compare them with a corpus)"
        );
    }
    let articles = match new_articles(files) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let hints = if discover {
        let request = factlint::discover::hints::Request {
            corpus: settings.corpus.clone(),
            claims: settings.claims.clone(),
            articles: articles.clone(),
            published: against.published,
            lang: Some(settings.lang.unwrap_or_default()),
        };
        match factlint::discover::hints::run(&request) {
            Ok(h) => Some(h),
            Err(errors) => return report_load_errors(&errors),
        }
    } else {
        None
    };
    match project::lint(&settings, articles, against.published) {
        Ok(l) => {
            for note in &l.notes {
                eprintln!("{note}");
            }
            match &hints {
                Some(h) => print_lint_with_hints(&l, h, report, &settings),
                None => print_report(Output::Lint(&l), report, &settings),
            }
        }
        Err(errors) => report_load_errors(&errors),
    }
}
