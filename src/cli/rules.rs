//! `rules`: listing, explaining, testing, suggesting and tracing the claim rules.

use super::prelude::*;

fn load_rules(dir: &std::path::Path) -> Result<rules::RuleSet, ExitCode> {
    rules::load_dir(dir).map_err(|errors| {
        report_load_errors(&factlint::LoadErrors(
            errors.into_iter().map(miette::Report::new).collect(),
        ))
    })
}

pub(crate) fn rules(command: RulesCommand, config: Option<&config::Config>) -> ExitCode {
    // The folders come from the flags, else factlint.yaml, else the defaults.
    let folders = |corpus: Option<PathBuf>, claims: Option<PathBuf>| {
        let s = resolve(config, corpus, claims, None, &ReviewArgs::default(), None);
        (s.corpus, s.claims)
    };
    match command {
        RulesCommand::List { claims } => {
            let (_, claims) = folders(None, claims);
            let Ok(set) = load_rules(&claims) else {
                return ExitCode::from(2);
            };
            print!("{}", rules::render_list(&set));
            ExitCode::SUCCESS
        }
        RulesCommand::Explain { id, claims, corpus } => {
            let (corpus, claims) = folders(corpus, claims);
            let Ok(set) = load_rules(&claims) else {
                return ExitCode::from(2);
            };
            let rule = match rules::find_rule(&set, &id) {
                Ok(r) => r,
                Err(message) => {
                    eprintln!("error: {message}");
                    return ExitCode::from(2);
                }
            };
            let (sources, errors) = factlint::source::load(&[corpus]);
            if !errors.is_empty() {
                return report_load_errors(&factlint::LoadErrors(
                    errors.into_iter().map(miette::Report::new).collect(),
                ));
            }
            let report = factlint::check_sources(&set, &sources);
            let matches: Vec<rules::CorpusMatch> = report
                .claims
                .iter()
                .filter(|c| *c.rule == *rule.id)
                .map(|c| rules::CorpusMatch {
                    source: c.source.to_string(),
                    line: c.line,
                    context: report
                        .excerpts
                        .get(c.source_index, c.context.0..c.context.1)
                        .unwrap_or_default()
                        .to_string(),
                    value: c.value.to_string(),
                    modifier: c.modifier,
                })
                .collect();
            print!("{}", rules::explain(rule, Some(&matches)));
            ExitCode::SUCCESS
        }
        RulesCommand::Why {
            files,
            rule,
            published,
            lang,
            claims,
        } => {
            let (_, claims) = folders(None, claims);
            let Ok(set) = load_rules(&claims) else {
                return ExitCode::from(2);
            };
            if let Some(id) = &rule
                && let Err(message) = rules::find_rule(&set, id)
            {
                eprintln!("error: {message}");
                return ExitCode::from(2);
            }
            let published = match published.as_deref().map(factlint::value::Published::parse) {
                None => None,
                Some(Some(p)) => Some(p),
                Some(None) => {
                    eprintln!("error: --published takes YYYY, YYYY-MM or YYYY-MM-DD");
                    return ExitCode::from(2);
                }
            };
            let mut texts = Vec::new();
            if files.is_empty() || files.iter().any(|f| f.as_os_str() == "-") {
                match read_input("-") {
                    Ok(t) => texts.push(("<stdin>".to_string(), t)),
                    Err(code) => return code,
                }
            }
            for f in files.iter().filter(|f| f.as_os_str() != "-") {
                match read_input(&f.display().to_string()) {
                    Ok(t) => texts.push((f.display().to_string(), t)),
                    Err(code) => return code,
                }
            }
            for (name, text) in &texts {
                if texts.len() > 1 {
                    println!("{name}");
                }
                print!(
                    "{}",
                    rules::why(&set, rule.as_deref(), text, lang.into(), published)
                );
            }
            ExitCode::SUCCESS
        }
        RulesCommand::Suggest {
            id,
            write,
            claims,
            corpus,
        } => {
            let (corpus, claims) = folders(corpus, claims);
            let (set, sources, analysis) =
                match factlint::discover::load_analysis(&[corpus], &claims) {
                    Ok(loaded) => loaded,
                    Err(errors) => return report_load_errors(&errors),
                };
            let file_name = write
                .clone()
                .unwrap_or_else(|| claims.join("discovered.yaml"));
            let draft = match factlint::discover::suggest::suggest(
                &set, &sources, &analysis, &id, &file_name,
            ) {
                Ok(d) => d,
                Err(message) => {
                    eprintln!("error: {message}");
                    return ExitCode::from(2);
                }
            };
            match &write {
                None => print!("{}", draft.yaml),
                Some(path) => {
                    if let Err(e) = std::fs::write(path, &draft.yaml) {
                        eprintln!("error: cannot write {}: {e}", path.display());
                        return ExitCode::from(2);
                    }
                    println!(
                        "wrote {} to {}: {} examples, {} counter-examples; edit it, then `factlint rules test`",
                        draft.id,
                        path.display(),
                        draft.examples,
                        draft.counter_examples
                    );
                }
            }
            ExitCode::SUCCESS
        }
        RulesCommand::Test { claims } => {
            let (_, claims) = folders(None, claims);
            let Ok(set) = load_rules(&claims) else {
                return ExitCode::from(2);
            };
            let outcome = rules::test_examples(&set);
            let style = style_for(std::io::stderr().is_terminal());
            for failure in &outcome.failures {
                eprint!("{}", render::diagnostic(failure, style));
            }
            println!("{}", outcome.summary());
            if outcome.passed() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
    }
}
