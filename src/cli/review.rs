//! `review`: adding, listing and removing editorial decisions in the review file.

use super::prelude::*;

/// `-` is standard input (read once, however often it is named); anything else a file.
pub(crate) fn review(command: ReviewCommand, config: Option<&config::Config>) -> ExitCode {
    match command {
        ReviewCommand::Add {
            id,
            files,
            decision,
            note,
            author,
            date,
            set_apart,
            against:
                AgainstCorpus {
                    corpus,
                    claims,
                    published,
                    lang,
                },
            review,
        } => {
            let review = ReviewArgs {
                review,
                no_review: false,
            };
            let settings = resolve(config, corpus, claims, lang, &review, None);
            let Some(author) = author.or_else(default_author) else {
                eprintln!("error: who decided? Give --author (or set git config user.name)");
                return ExitCode::from(2);
            };
            let articles = match new_articles(&files) {
                Ok(a) => a,
                Err(code) => return code,
            };
            let decided = project::Decided {
                decision: decision.into(),
                note,
                author,
                date: date.unwrap_or_else(|| jiff::Zoned::now().date().to_string()),
                set_apart,
                articles,
                published,
            };
            match project::review_add(&settings, &id, &decided) {
                Ok(added) => {
                    let verb = if added.replaced {
                        "replaced"
                    } else {
                        "recorded"
                    };
                    println!(
                        "{verb} in {}: {} ({}) is {}",
                        added.path.display(),
                        id,
                        added.finding.rule,
                        decided.decision.describe()
                    );
                    println!("  {}", added.finding.message);
                    ExitCode::SUCCESS
                }
                Err(errors) => report_load_errors(&errors),
            }
        }
        ReviewCommand::List { file } => {
            let settings = review_file_settings(config, file);
            match project::review_list(&settings) {
                Ok(reviews) => {
                    print!("{}", factlint::review::list(&reviews));
                    ExitCode::SUCCESS
                }
                Err(errors) => report_load_errors(&errors),
            }
        }
        ReviewCommand::Remove { id, file } => {
            let settings = review_file_settings(config, file);
            match project::review_remove(&settings, &id) {
                Ok((path, entry)) => {
                    println!(
                        "removed from {}: {id} ({}, {})",
                        path.display(),
                        entry.rule,
                        entry.decision.describe()
                    );
                    ExitCode::SUCCESS
                }
                Err(errors) => report_load_errors(&errors),
            }
        }
    }
}

fn review_file_settings(config: Option<&config::Config>, file: ReviewFileArgs) -> Settings {
    let review = ReviewArgs {
        review: file.review,
        no_review: false,
    };
    resolve(config, file.corpus, None, None, &review, None)
}
