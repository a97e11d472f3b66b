//! A project as the commands see it: where the corpus, the claim rules and the review file are,
//! which language articles default to, and what fails a run, from `factlint.yaml` and the
//! command line (which wins). Each command's library entry point lives here, so that the binary
//! (`src/main.rs` and `src/cli/`) only parses arguments and maps outcomes to exit codes.

use std::path::{Path, PathBuf};

use crate::config::{self, DEFAULT_FAIL_ON, FailOn};
use crate::grammar::Lang;
use crate::lint::{self, LintReport, NewArticle};
use crate::report::{FindingEntry, Report};
use crate::review::{self, Decision, Reviews};
use crate::source::{self, FileFate};
use crate::stream::{Keep, Progress, Streamed};
use crate::value::Published;
use crate::{LoadErrors, compare, extract, rules};

mod handoff;
pub use handoff::{compare_claims, extract_claims};

/// Which review file applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewChoice {
    /// `factlint.review.yaml` in the corpus folder, if it exists.
    BesideCorpus,
    /// This file (which must exist for `check` and `lint`).
    File(PathBuf),
    /// None: every finding counts as unreviewed.
    Ignore,
}

/// What the command line says; `None` leaves the choice to the configuration file.
#[derive(Debug, Clone, Default)]
pub struct Flags {
    pub corpus: Option<PathBuf>,
    pub claims: Option<PathBuf>,
    pub lang: Option<Lang>,
    pub review: Option<PathBuf>,
    pub no_review: bool,
    pub fail_on: Option<Vec<FailOn>>,
    /// `--include GLOB`: which file names in a folder are articles.
    pub include: Option<Vec<String>>,
}

/// The settings a command runs with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub corpus: PathBuf,
    pub claims: PathBuf,
    pub lang: Option<Lang>,
    pub review: ReviewChoice,
    pub fail_on: Vec<FailOn>,
    /// The globs of article names; empty for the defaults ([`source::DEFAULT_INCLUDE`]).
    pub include: Vec<String>,
}

impl Settings {
    /// Flags win over the configuration file, which wins over the defaults (`corpus/`,
    /// `claims/`, the review file beside the corpus, only conflicts fail).
    pub fn resolve(config: Option<&config::Config>, flags: Flags) -> Settings {
        let c = config.cloned().unwrap_or_default();
        let review = if flags.no_review {
            ReviewChoice::Ignore
        } else if let Some(p) = flags.review.or(c.review) {
            ReviewChoice::File(p)
        } else {
            ReviewChoice::BesideCorpus
        };
        Settings {
            corpus: flags
                .corpus
                .or(c.corpus)
                .unwrap_or_else(|| PathBuf::from(crate::lint::DEFAULT_CORPUS)),
            // No `claims/` here and none named: the pack built into the binary.
            claims: flags.claims.or(c.claims).unwrap_or_else(|| {
                let folder = PathBuf::from("claims");
                if folder.exists() {
                    folder
                } else {
                    PathBuf::from(crate::rules::builtin::DIR)
                }
            }),
            lang: flags.lang.or(c.lang),
            review,
            fail_on: flags
                .fail_on
                .or(c.fail_on)
                .unwrap_or_else(|| DEFAULT_FAIL_ON.to_vec()),
            include: flags.include.or(c.include).unwrap_or_default(),
        }
    }

    /// The review file for a run over `paths`: the chosen one, or `factlint.review.yaml` in
    /// the folder of the first path (the corpus by default).
    pub fn review_path(&self, paths: &[PathBuf]) -> Option<PathBuf> {
        match &self.review {
            ReviewChoice::Ignore => None,
            ReviewChoice::File(p) => Some(p.clone()),
            ReviewChoice::BesideCorpus => {
                let first = paths.first().unwrap_or(&self.corpus);
                let folder = if first.is_dir() {
                    first.clone()
                } else {
                    first.parent().map(Path::to_path_buf).unwrap_or_default()
                };
                Some(folder.join(review::REVIEW_FILE))
            }
        }
    }

    /// The include globs, compiled; a bad glob is a usage error.
    pub fn include(&self) -> Result<source::Include, LoadErrors> {
        source::Include::new(&self.include).map_err(|m| {
            LoadErrors(vec![miette::miette!(
                help = "a glob is matched against file names: `*.html`, `article-*.txt`",
                "--include: {m}"
            )])
        })
    }

    pub(crate) fn reviews(&self, paths: &[PathBuf]) -> Result<Option<Reviews>, LoadErrors> {
        let Some(path) = self.review_path(paths) else {
            return Ok(None);
        };
        if !path.exists() {
            if let ReviewChoice::File(_) = self.review {
                return Err(LoadErrors(vec![miette::miette!(
                    "the review file {} does not exist",
                    path.display()
                )]));
            }
            return Ok(None);
        }
        review::load(&path)
            .map(Some)
            .map_err(|e| LoadErrors(vec![miette::Report::new(*e)]))
    }
}

/// `factlint check [PATHS]`: the report of the corpus (or `paths`), with review decisions
/// applied.
pub fn check(settings: &Settings, paths: &[PathBuf]) -> Result<Report, LoadErrors> {
    check_with(settings, paths, &CheckOptions::default())
}

/// How [`check_with`] runs: what it keeps of the texts, and where it counts its progress.
#[derive(Debug, Clone, Copy)]
pub struct CheckOptions<'a> {
    /// [`Keep::Claims`] when the report is printed in a format that shows no excerpt.
    pub keep: Keep,
    pub progress: Option<&'a Progress>,
}

impl Default for CheckOptions<'_> {
    fn default() -> Self {
        CheckOptions {
            keep: Keep::Excerpts,
            progress: None,
        }
    }
}

/// [`check`], reading each article, keeping what the report needs of it and dropping its text
/// (see [`crate::stream`]): the report is the same, and memory holds the claims and their
/// excerpts rather than the corpus.
pub fn check_with(
    settings: &Settings,
    paths: &[PathBuf],
    options: &CheckOptions<'_>,
) -> Result<Report, LoadErrors> {
    let paths = if paths.is_empty() {
        vec![settings.corpus.clone()]
    } else {
        paths.to_vec()
    };
    let include = settings.include()?;
    let reviews = settings.reviews(&paths);
    let rules = rules::load_dir(&settings.claims)
        .map_err(|es| LoadErrors(es.into_iter().map(miette::Report::new).collect()));
    let (reviews, rules) = match (reviews, rules) {
        (Ok(r), Ok(l)) => (r, l),
        (r, l) => {
            let mut errors = Vec::new();
            if let Err(e) = l {
                errors.extend(e.0);
            }
            if let Err(e) = r {
                errors.extend(e.0);
            }
            return Err(LoadErrors(errors));
        }
    };
    // One bad article does not stop the others: the walk reads what it can and gives every
    // other file a fate, which the report carries.
    let listing = source::list(&paths, &include);
    let lang = settings.lang;
    let prepare = move |s: &mut source::Source| lint::fill_metadata(s, lang, None);
    // Review decisions bind to the claims themselves: a reviewed check keeps them in memory.
    let keep = match (options.keep, &reviews) {
        (Keep::Spill, Some(_)) => Keep::Claims,
        (keep, _) => keep,
    };
    let streamed = Streamed::collect(&rules, listing, keep, &prepare, options.progress);
    let Streamed {
        sources,
        table,
        claims,
        placed,
        paths,
        excerpts,
        walked,
        spill,
        spill_error,
        ..
    } = streamed;
    let spill_failed = |e: std::io::Error| {
        LoadErrors(vec![miette::miette!(
            "cannot write the check's temporary files: {e}"
        )])
    };
    if let Some(e) = spill_error {
        return Err(spill_failed(e));
    }
    if let Some(spilling) = spill {
        let (findings, spilled, warnings) =
            crate::stream::compare_spilled(&rules, &table, spilling, &excerpts)
                .map_err(spill_failed)?;
        drop(table);
        let mut report = crate::report::assemble_spilled(findings, warnings, excerpts, spilled);
        with_fates(&mut report, walked.skipped, walked.failed);
        return Ok(report);
    }
    let kept = Some(&excerpts);
    let findings = match &reviews {
        None => compare::compare_with(&rules, &sources, &claims, kept),
        Some(reviews) => review::bind::compare_with(&rules, &sources, &claims, reviews, kept),
    };
    // The entries are made once the claims are compared, the claims released as they are.
    let entries = crate::stream::entries(&rules, claims, placed, &paths);
    let mut report = crate::report::assemble(&rules, &sources, entries, &findings, excerpts);
    if let Some(reviews) = &reviews {
        review::apply(&mut report, reviews);
    }
    with_fates(&mut report, walked.skipped, walked.failed);
    Ok(report)
}

/// Compares the claims and builds the report, with the review decisions when there are some:
/// pure. `check` and `compare` end with it.
pub fn report_of(
    rules: &rules::RuleSet,
    sources: &[source::Source],
    claims: &[crate::Claim],
    reviews: Option<&Reviews>,
) -> Report {
    match reviews {
        None => {
            let findings = compare::compare(rules, sources, claims);
            crate::report::build(rules, sources, claims, &findings)
        }
        Some(reviews) => {
            let findings = review::bind::compare(rules, sources, claims, reviews);
            let mut report = crate::report::build(rules, sources, claims, &findings);
            review::apply(&mut report, reviews);
            report
        }
    }
}

/// Puts the fate of every file not read into the report, and counts them in its summary.
pub fn with_fates(report: &mut Report, skipped: Vec<FileFate>, failed: Vec<FileFate>) {
    report.summary.skipped = skipped.len();
    report.summary.failed = failed.len();
    report.skipped = skipped;
    report.failed = failed;
}

/// `factlint lint FILE...`: the new articles against the corpus.
pub fn lint(
    settings: &Settings,
    articles: Vec<NewArticle>,
    published: Option<Published>,
) -> Result<LintReport, LoadErrors> {
    let corpus = vec![settings.corpus.clone()];
    let reviews = settings.reviews(&corpus)?;
    lint::run(&lint::Request {
        corpus: settings.corpus.clone(),
        claims: settings.claims.clone(),
        articles,
        published,
        lang: Some(settings.lang.unwrap_or_default()),
        reviews,
        include: settings.include()?,
    })
}

/// `factlint explain FINDING-ID [FILE...]`: the derivation of one finding of the corpus, or of
/// the corpus with new articles (as `lint` saw them).
pub fn explain(
    settings: &Settings,
    id: &str,
    articles: Vec<NewArticle>,
    published: Option<Published>,
) -> Result<String, LoadErrors> {
    let corpus = vec![settings.corpus.clone()];
    let reviews = settings.reviews(&corpus)?;
    let (rules, mut sources) = crate::load(&corpus, &settings.claims)?;
    for s in &mut sources {
        lint::fill_metadata(s, settings.lang, None);
    }
    let new = lint::load_new(
        &articles,
        Some(settings.lang.unwrap_or_default()),
        published,
    )?;
    sources.retain(|c| !new.iter().any(|n| lint::same_file(&n.path, &c.path)));
    let first_new = sources.len();
    sources.extend(new);
    let claims = extract::extract(&rules, &sources);
    let findings = match &reviews {
        Some(reviews) => review::bind::compare(&rules, &sources, &claims, reviews),
        None => compare::compare(&rules, &sources, &claims),
    };
    // As `lint` saw them: a new article's claims of the consensus set apart from its conflict.
    let findings = lint::self_contradiction::split(
        &rules,
        &sources,
        &claims,
        findings,
        first_new,
        reviews.as_ref(),
    );
    let Some(finding) = findings.iter().find(|f| f.id == id) else {
        return Err(unknown_id(id, findings.iter().map(|f| f.id.as_str())));
    };
    let mut report = crate::report::build(&rules, &sources, &claims, std::slice::from_ref(finding));
    if let Some(reviews) = &reviews {
        review::apply(&mut report, reviews);
    }
    let reviewed = report.findings.first().and_then(|f| f.review.clone());
    Ok(crate::explain::explain(
        &rules,
        &sources,
        &claims,
        finding,
        reviewed.as_ref(),
    ))
}

fn unknown_id<'a>(id: &str, known: impl Iterator<Item = &'a str>) -> LoadErrors {
    let known: Vec<&str> = known.collect();
    let hint = match config::closest(id, &known) {
        Some(k) => format!("; did you mean {k}?"),
        None => String::new(),
    };
    LoadErrors(vec![miette::miette!(
        help = "finding IDs are printed by `factlint check` and `factlint lint` in every format; \
                a finding of a new article needs that article: `factlint explain ID FILE`",
        "no finding {id} in this corpus{hint}"
    )])
}

/// What `review add` wrote.
#[derive(Debug, Clone)]
pub struct Added {
    pub path: PathBuf,
    pub finding: FindingEntry,
    pub replaced: bool,
}

/// An editor's decision, as `review add` is given it.
#[derive(Debug, Clone)]
pub struct Decided {
    pub decision: Decision,
    pub note: String,
    pub author: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The claims the decision takes out of the fact (file names or `file=value`).
    pub set_apart: Vec<String>,
    /// New articles, for a finding that `lint` reported on them: the decision is then made on
    /// the lint finding, and written into the corpus's review file all the same.
    pub articles: Vec<NewArticle>,
    pub published: Option<Published>,
}

/// `factlint review add FINDING-ID [FILE...]`: records a decision in the review file, on a
/// finding of the corpus, or of `lint` on the given articles.
pub fn review_add(settings: &Settings, id: &str, decided: &Decided) -> Result<Added, LoadErrors> {
    let message = |m: String| LoadErrors(vec![miette::miette!("{m}")]);
    review::check_new_entry(&decided.note, &decided.author, &decided.date).map_err(message)?;
    let corpus = vec![settings.corpus.clone()];
    let Some(path) = settings.review_path(&corpus) else {
        return Err(message(
            "--no-review: there is no review file to write to".into(),
        ));
    };
    let reviews = review::load(&path).map_err(|e| LoadErrors(vec![miette::Report::new(*e)]))?;
    // The finding as the editor saw it: without decisions, so that its ID is the one printed
    // by a run that showed it unreviewed, and with decisions (a finding that only appears once
    // a decision has taken claims out, such as a new article's conflict with the main event).
    let mut reports = Vec::new();
    let mut choices = vec![ReviewChoice::Ignore];
    if path.exists() {
        choices.push(ReviewChoice::File(path.clone()));
    }
    for choice in choices {
        let run = Settings {
            review: choice,
            ..settings.clone()
        };
        reports.push(if decided.articles.is_empty() {
            check(&run, &corpus)?
        } else {
            lint(&run, decided.articles.clone(), decided.published)?.report
        });
    }
    let Some(finding) = reports
        .iter()
        .flat_map(|r| &r.findings)
        .find(|f| f.id == id)
    else {
        return Err(unknown_id(
            id,
            reports
                .iter()
                .flat_map(|r| &r.findings)
                .map(|f| f.id.as_str()),
        ));
    };
    let entry = review::entry_for(
        finding,
        decided.decision,
        &decided.note,
        &decided.author,
        &decided.date,
        &decided.set_apart,
    )
    .map_err(message)?;
    let text = review::with_entry(&reviews, id, entry)
        .map_err(|e| message(format!("cannot write the review file: {e}")))?;
    std::fs::write(&path, text)
        .map_err(|e| message(format!("cannot write {}: {e}", path.display())))?;
    Ok(Added {
        path,
        finding: finding.clone(),
        replaced: reviews.entries.contains_key(id),
    })
}

/// `factlint review list`: the review file and its decisions, in ID order.
pub fn review_list(settings: &Settings) -> Result<Reviews, LoadErrors> {
    let corpus = vec![settings.corpus.clone()];
    let Some(path) = settings.review_path(&corpus) else {
        return Err(LoadErrors(vec![miette::miette!(
            "--no-review: there is no review file to list"
        )]));
    };
    review::load(&path).map_err(|e| LoadErrors(vec![miette::Report::new(*e)]))
}

/// `factlint review remove FINDING-ID`: takes a decision out of the review file; the removed
/// entry is returned.
pub fn review_remove(
    settings: &Settings,
    id: &str,
) -> Result<(PathBuf, review::Entry), LoadErrors> {
    let reviews = review_list(settings)?;
    let Some(entry) = reviews.entries.get(id).cloned() else {
        let hint = reviews.entries.keys().map(String::as_str);
        return Err(unknown_id(id, hint));
    };
    let text = review::without_entry(&reviews, id)
        .map_err(|e| LoadErrors(vec![miette::miette!("cannot write the review file: {e}")]))?;
    std::fs::write(&reviews.path, text).map_err(|e| {
        LoadErrors(vec![miette::miette!(
            "cannot write {}: {e}",
            reviews.path.display()
        )])
    })?;
    Ok((reviews.path, entry))
}

/// `factlint index [CORPUS]` (and `check --index`): writes or refreshes the claims index of
/// the corpus folder, and says on one line what it did.
pub fn index(settings: &Settings) -> Result<String, LoadErrors> {
    let include = settings.include()?;
    let rules = rules::load_dir(&settings.claims)
        .map_err(|es| LoadErrors(es.into_iter().map(miette::Report::new).collect()))?;
    let corpus = &settings.corpus;
    if !corpus.is_dir() {
        return Err(LoadErrors(vec![miette::miette!(
            "the corpus folder {} does not exist",
            corpus.display()
        )]));
    }
    let done = crate::index::refresh(corpus, &settings.claims, &rules, &include).map_err(|e| {
        LoadErrors(vec![miette::miette!(
            "cannot index {}: {e}",
            corpus.display()
        )])
    })?;
    let claims: usize = done
        .built
        .index
        .entries
        .iter()
        .map(|e| e.claims.len())
        .sum();
    let why = if done.why.is_empty() {
        String::new()
    } else {
        format!(" ({})", done.why)
    };
    Ok(format!(
        "indexed {} sources, {claims} claims, into {} ({} bytes): {} reused, {} extracted{why}",
        done.built.index.entries.len(),
        crate::index::path_for(corpus).display(),
        done.bytes,
        done.built.reused,
        done.built.extracted,
    ))
}
