//! Linting new articles against a corpus: `factlint lint FILE...`.
//!
//! The new articles are compared together with the corpus, exactly as `check` would compare
//! them, and then only the findings that involve a new article are kept. Each of those is
//! anchored on a claim of the new article, so that the primary label is where the writer is
//! working and the corpus sources are the related ones. A corpus article's own conflicts are
//! not the new article's business and are left out.
//!
//! Pure, like the rest of the pipeline after loading: [`lint`] takes sources already read.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;

use crate::compare::{self, Finding, FindingKind, Relation};
use crate::extract::{self, Claim};
use crate::grammar::Lang;
use crate::report::{self, Report};
use crate::rules::RuleSet;
use crate::source::{self, FileFate, Source, SourceMeta};
use crate::value::Published;
use crate::{LoadErrors, review};

mod decided;
mod fast;
mod fingerprint;
pub(crate) mod self_contradiction;
pub mod summary;

/// The name standard input goes by in reports.
pub const STDIN_NAME: &str = "<stdin>";

/// What lint found: the report of the findings that involve the new articles, and which
/// sources those are.
#[derive(Debug, Clone, Serialize)]
pub struct LintReport {
    /// The new articles' paths, as in `sources`.
    pub new_sources: Vec<String>,
    /// Sources are the corpus and the new articles; claims are the new articles' only;
    /// findings are those with at least one claim of a new article, anchored on one.
    #[serde(flatten)]
    pub report: Report,
    /// The corpus side of each finding, aligned with `report.findings`: per distinct value,
    /// how many sources state it and the claims quoted (see [`summary`]).
    pub corpus: Vec<summary::CorpusSide>,
    /// For stderr, not the report: whether the claims index was used.
    #[serde(skip)]
    pub notes: Vec<String>,
    /// For stderr: the sources compared (corpus and new articles) that have no publication
    /// date, counted before the report keeps only the sources it quotes.
    #[serde(skip)]
    pub undated: Option<crate::undated::Undated>,
}

impl LintReport {
    pub fn is_new(&self, path: &str) -> bool {
        self.new_sources.iter().any(|p| p == path)
    }
}

/// Compares `new` articles with the `corpus` and keeps what involves them.
pub fn lint(rules: &RuleSet, corpus: &[Source], new: &[Source]) -> LintReport {
    lint_reviewed(rules, corpus, new, &review::Reviews::default())
}

/// [`lint`], with the corpus's review decisions bound to the claims they were made on (see
/// [`review::bind`]): a new claim is compared without the claims a decision took out of its
/// fact (another event's, a confirmed-wrong one), and no decision carries over to it.
pub fn lint_reviewed(
    rules: &RuleSet,
    corpus: &[Source],
    new: &[Source],
    reviews: &review::Reviews,
) -> LintReport {
    lint_with(rules, corpus, None, new, reviews)
}

/// [`lint_reviewed`], with the corpus's claims already extracted (from the claims index) when
/// `corpus_claims` is given: numbered by corpus source, in [`extract::extract`]'s order.
pub fn lint_with(
    rules: &RuleSet,
    corpus: &[Source],
    corpus_claims: Option<Vec<Claim>>,
    new: &[Source],
    reviews: &review::Reviews,
) -> LintReport {
    let sources: Vec<Source> = corpus.iter().chain(new).cloned().collect();
    let first_new = corpus.len();
    let claims = match corpus_claims {
        Some(mut claims) => {
            claims.extend(new_claims(rules, new, first_new));
            claims
        }
        None => extract::extract(rules, &sources),
    };
    let no_texts = |_: &mut [Source], _: &[usize]| Ok::<(), std::convert::Infallible>(());
    match lint_claims(
        rules,
        sources,
        first_new,
        claims,
        Decisions::default(),
        reviews,
        &no_texts,
    ) {
        Ok(report) => report,
        Err(never) => match never {},
    }
}

/// The claims of the new articles, numbered after the `first_new` corpus sources.
fn new_claims(rules: &RuleSet, new: &[Source], first_new: usize) -> Vec<Claim> {
    let mut claims = extract::extract(rules, new);
    for c in &mut claims {
        c.source += first_new;
    }
    claims
}

/// The lint of `sources` (the corpus, then the new articles from `first_new` on) with their
/// `claims`: compares, keeps the findings that involve a new article, summarizes their corpus
/// side ([`summary`]), and builds the report of the new articles' claims and the quoted ones
/// only, listing only the sources of those claims. The texts of the sources the comparison or
/// the report read (a tally's sentences, the quoted claims' excerpts) are asked of `texts`
/// first: a corpus from the claims index has none until then. Claims the findings do not involve never reach the
/// report, so the answer is the same whatever else the corpus holds.
///
/// `decided` are the facts the index's per-fact summary answers (`index::facts`): their rules'
/// claims are not compared (`claims` holds only those their corpus sides quote), and each gives
/// its one conflict finding from its precomputed corpus side.
pub fn lint_claims<E>(
    rules: &RuleSet,
    mut sources: Vec<Source>,
    first_new: usize,
    claims: Vec<Claim>,
    decided: Decisions,
    reviews: &review::Reviews,
    texts: &TextsFor<'_, E>,
) -> Result<LintReport, E> {
    // A tally compares each claim at the day its sentence names: those sentences are read.
    let tallied: Vec<usize> = sources_of(
        claims
            .iter()
            .filter(|c| rules.rules[c.rule].tally.is_some())
            .map(|c| c.source),
    );
    texts(&mut sources, &tallied)?;
    let mut skipped = vec![false; rules.rules.len()];
    for d in &decided.facts {
        skipped[d.rule] = true;
    }
    let compared = fast::compare(rules, &sources, &claims, &skipped, reviews);
    let findings: Vec<Finding> =
        self_contradiction::split(rules, &sources, &claims, compared, first_new, Some(reviews))
            .into_iter()
            .filter(|f| f.claims.iter().any(|&i| claims[i].source >= first_new))
            .map(|mut f| {
                f.primary = new_primary(rules, &claims, &f, first_new);
                f
            })
            .collect();
    // Each finding keeps the new articles' claims and the corpus's summarized: a few quoted
    // per distinct value (its message, written first, counts every source).
    let (mut findings, mut corpus) = summary::summarize(&claims, findings, first_new, |f| {
        report::message(f, &sources, &claims)
    });
    if !decided.facts.is_empty() {
        // Every fact's fingerprint at once: hashing them side by side is quicker.
        let inputs = decided
            .facts
            .iter()
            .map(|d| decided::fingerprint_input(rules, &sources, &claims, d))
            .collect();
        let hashes = fingerprint::hash_all(inputs);
        for (d, hash) in decided.facts.iter().zip(hashes) {
            let (f, side) = decided::finding(rules, &sources, &claims, d, hash);
            findings.push(f);
            corpus.push(side);
        }
        // As `compare::sort_findings` orders them.
        let key = |f: &Finding| {
            (
                f.kind,
                rules.rules[f.rule].id.clone(),
                f.subject.clone(),
                f.id.clone(),
            )
        };
        let mut both: Vec<(Finding, summary::CorpusSide)> =
            findings.into_iter().zip(corpus).collect();
        both.sort_by_cached_key(|(f, _)| key(f));
        (findings, corpus) = both.into_iter().unzip();
    }
    // The claims of the report: the new articles' and those the findings quote, in their order.
    let mut used = vec![false; claims.len()];
    for (i, c) in claims.iter().enumerate() {
        used[i] = c.source >= first_new;
    }
    for f in &findings {
        for &i in &f.claims {
            used[i] = true;
        }
    }
    // The sources of the report: those of the claims kept, then the new articles.
    let mut listed = vec![false; sources.len()];
    for (c, _) in claims.iter().zip(&used).filter(|(_, u)| **u) {
        listed[c.source] = true;
    }
    for l in &mut listed[first_new..] {
        *l = true;
    }
    let mut source_at = vec![usize::MAX; sources.len()];
    let mut next = 0;
    for (i, &l) in listed.iter().enumerate() {
        if l {
            source_at[i] = next;
            next += 1;
        }
    }
    // The corpus sources the index did not list (no claim compared is theirs) count too.
    let all_sources = sources.len() + decided.unlisted.sources;
    let no_date: Vec<bool> = sources.iter().map(|s| s.meta.published.is_none()).collect();
    // Of the decided facts' rules, the corpus's claims are counted when the index was built.
    let counted = claims
        .iter()
        .filter(|c| !(skipped[c.rule] && c.source < first_new))
        .map(|c| (c.source, &c.value));
    let undated = crate::undated::count(&no_date, counted)
        .or(
            (decided.unlisted.undated > 0).then_some(crate::undated::Undated {
                sources: 0,
                of: 0,
                yearless_claims: 0,
            }),
        )
        .map(|mut u| {
            u.sources += decided.unlisted.undated;
            u.of = all_sources;
            u.yearless_claims += decided.yearless;
            u
        });
    let read: Vec<usize> = (0..first_new).filter(|&s| listed[s]).collect();
    texts(&mut sources, &read)?;
    let new_count = sources.len() - first_new;
    let mut renumber = vec![usize::MAX; claims.len()];
    let mut kept = Vec::new();
    for (i, mut c) in claims.into_iter().enumerate() {
        if used[i] {
            renumber[i] = kept.len();
            c.source = source_at[c.source];
            kept.push(c);
        }
    }
    let findings: Vec<Finding> = findings
        .into_iter()
        .map(|mut f| {
            f.primary = renumber[f.primary];
            for i in &mut f.claims {
                *i = renumber[*i];
            }
            f
        })
        .collect();
    summary::renumber(&mut corpus, &renumber);
    let sources: Vec<Source> = sources
        .into_iter()
        .zip(&listed)
        .filter_map(|(s, &l)| l.then_some(s))
        .collect();
    let first_new = sources.len() - new_count;
    let mut report = report::build(rules, &sources, &kept, &findings);
    let new_paths: Vec<String> = sources[first_new..]
        .iter()
        .map(Source::display_path)
        .collect();
    report.claims.retain(|c| c.source_index >= first_new);
    // The summary counts every source compared; `sources` lists those the report quotes.
    report.summary.sources = all_sources;
    report.summary.claims = report.claims.len();
    report.summary.warnings = report.claims.iter().map(|c| c.warnings.len()).sum();
    Ok(LintReport {
        new_sources: new_paths,
        report,
        corpus,
        notes: Vec::new(),
        undated,
    })
}

/// The facts the index's per-fact summary answers, and how many claims of their rules (the
/// corpus's, not in the lint's claims) are dated without a year in undated sources.
#[derive(Debug, Default)]
pub struct Decisions {
    pub facts: Vec<crate::index::Decided>,
    pub yearless: usize,
    /// The corpus sources not in the lint's sources (a fresh index lists only those it needs).
    pub unlisted: crate::index::Unlisted,
}

/// Reads the texts of the given sources (indices into the slice) that are not read yet.
pub type TextsFor<'a, E> = dyn Fn(&mut [Source], &[usize]) -> Result<(), E> + 'a;

/// Distinct source indices, sorted.
fn sources_of(sources: impl Iterator<Item = usize>) -> Vec<usize> {
    let mut v: Vec<usize> = sources.collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// The claim of a new article a finding is anchored on: for a conflict, the new claim that
/// disagrees with the most others (ties to the earliest); otherwise the finding's own anchor
/// if it is new, else the first new claim.
fn new_primary(rules: &RuleSet, claims: &[Claim], f: &Finding, first_new: usize) -> usize {
    let is_new = |i: usize| claims[i].source >= first_new;
    if f.kind != FindingKind::Conflict && is_new(f.primary) {
        return f.primary;
    }
    let tolerance = rules.rules[f.rule].tolerance;
    // Claims with one value and mod relate to every other alike: each new claim is related
    // once to each distinct value, weighted by how many claims state it.
    let mut classes: Vec<(usize, usize)> = Vec::new();
    let mut class_of: std::collections::HashMap<_, usize> = std::collections::HashMap::new();
    for &j in &f.claims {
        let c = &claims[j];
        let k = *class_of.entry((c.value, c.modifier)).or_insert_with(|| {
            classes.push((j, 0));
            classes.len() - 1
        });
        classes[k].1 += 1;
    }
    let mut best: Option<(usize, usize)> = None;
    for &i in f.claims.iter().filter(|&&i| is_new(i)) {
        // A claim never conflicts with itself (nor with its own value).
        let disagreements: usize = classes
            .iter()
            .filter(|&&(j, _)| {
                compare::relate(&claims[i], &claims[j], tolerance) == Relation::Conflict
            })
            .map(|&(_, n)| n)
            .sum();
        if best.is_none_or(|(_, n)| disagreements > n) {
            best = Some((i, disagreements));
        }
    }
    best.map_or(f.primary, |(i, _)| i)
}

/// The corpus folder when none is named: `corpus/` in the current folder.
pub const DEFAULT_CORPUS: &str = "corpus";

/// A new article to lint: a file, or text read from standard input.
#[derive(Debug, Clone)]
pub enum NewArticle {
    File(PathBuf),
    Text(String),
}

/// Everything `factlint lint` needs.
#[derive(Debug, Clone)]
pub struct Request {
    pub corpus: PathBuf,
    pub claims: PathBuf,
    pub articles: Vec<NewArticle>,
    /// For articles that do not state them (standard input; files without front matter or a
    /// `sources.yaml` entry).
    pub published: Option<Published>,
    pub lang: Option<Lang>,
    /// The corpus's review decisions.
    pub reviews: Option<review::Reviews>,
    /// Which file names in the corpus folder are articles.
    pub include: source::Include,
}

/// Loads the rules, the corpus and the new articles, lints, and applies the review decisions.
pub fn run(request: &Request) -> Result<LintReport, LoadErrors> {
    let rules = crate::rules::load_dir(&request.claims)
        .map_err(|es| LoadErrors(es.into_iter().map(miette::Report::new).collect()))?;
    // Outside a project (no `corpus/` here, none named), the new articles are compared with
    // each other only; the CLI says so.
    if !request.corpus.exists() && request.corpus == Path::new(DEFAULT_CORPUS) {
        let new = read_new(&request.articles, request.lang, request.published);
        let mut report = lint_reviewed(&rules, &[], &new.sources, &review::Reviews::default());
        crate::project::with_fates(&mut report.report, new.skipped, new.failed);
        return Ok(report);
    }
    if !request.corpus.exists() {
        return Err(LoadErrors(vec![miette::miette!(
            help = "pass the folder of articles to compare with: `--corpus DIR` (or `corpus:` in factlint.yaml)",
            "the corpus folder {} does not exist",
            request.corpus.display()
        )]));
    }
    // A new article that cannot be read does not stop the others: its fate is reported, and
    // the run is exit 2 only when no new article was read (see `cli::report`).
    let NewArticles {
        sources: new,
        skipped,
        failed,
    } = read_new(&request.articles, request.lang, request.published);
    let no_reviews = review::Reviews::default();
    let reviews = request.reviews.as_ref().unwrap_or(&no_reviews);
    let (mut report, walked) = match with_index(request, &rules, &new, reviews) {
        Some(Ok(report)) => (report, source::Walked::default()),
        other => {
            let notes = other.and_then(Result::err).into_iter().collect();
            // A corpus file that cannot be read does not stop the lint: its fate is reported.
            let mut w = source::walk(std::slice::from_ref(&request.corpus), &request.include);
            let corpus = std::mem::take(&mut w.sources);
            // A file given both as new and as part of the corpus is new.
            let keep: Vec<bool> = corpus
                .iter()
                .map(|c| !new.iter().any(|n| same_file(&n.path, &c.path)))
                .collect();
            let (corpus, _) = crate::index::retain(corpus, None, &keep);
            let mut report = lint_with(&rules, &corpus, None, &new, reviews);
            report.notes = notes;
            (report, w)
        }
    };
    if let Some(reviews) = &request.reviews {
        review::apply(&mut report.report, reviews);
        // Stale entries are the corpus's business, not the new article's.
        report.report.stale_reviews.clear();
        report.report.summary.stale_reviews = 0;
    }
    let fates = |mut corpus: Vec<FileFate>, new: Vec<FileFate>| {
        corpus.extend(new);
        corpus.sort_by(|a, b| (&a.path, a.reason, a.line).cmp(&(&b.path, b.reason, b.line)));
        corpus
    };
    crate::project::with_fates(
        &mut report.report,
        fates(walked.skipped, skipped),
        fates(walked.failed, failed),
    );
    Ok(report)
}

/// The lint with the corpus's claims index: `None` when there is none, `Err` a note when it
/// cannot serve (the corpus is then read as without it). Only the claims of the rules the new
/// articles have claims for are read, and only the texts the answer quotes.
fn with_index(
    request: &Request,
    rules: &RuleSet,
    new: &[Source],
    reviews: &review::Reviews,
) -> Option<Result<LintReport, String>> {
    use std::os::unix::fs::MetadataExt;
    let first_new_claims = new_claims(rules, new, 0);
    let wanted = sources_of(first_new_claims.iter().map(|c| c.rule));
    let new_ids: Vec<(u64, u64)> = new
        .iter()
        .filter_map(|n| std::fs::metadata(&n.path).ok())
        .map(|m| (m.dev(), m.ino()))
        .collect();
    // A text the answer quotes whose file changed since it was indexed (an edit the quick
    // freshness check does not see): checked on every file, the index is then refreshed.
    let mut full = false;
    loop {
        let side = crate::index::NewSide {
            sources: new,
            claims: &first_new_claims,
            // Decisions that set claims apart have subsets compared (`review::bind`).
            summarize: reviews.entries.values().all(|e| e.apart().is_empty()),
            ids: &new_ids,
        };
        let indexed = crate::index::for_lint(
            &request.corpus,
            &request.claims,
            rules,
            &request.include,
            &wanted,
            &side,
            full,
        )?;
        let indexed = match indexed {
            Ok(i) => i,
            Err(note) => return Some(Err(note)),
        };
        match lint_indexed(rules, new, reviews, indexed, first_new_claims.clone()) {
            Err(crate::index::TextError::Changed(_)) if !full => full = true,
            Err(e) => return Some(Err(format!("the claims index is not used: {e}"))),
            Ok(report) => return Some(Ok(report)),
        }
    }
}

/// The lint with the corpus `indexed` gave (see [`with_index`]), and the new articles' claims.
fn lint_indexed(
    rules: &RuleSet,
    new: &[Source],
    reviews: &review::Reviews,
    mut indexed: crate::index::Indexed,
    first_new_claims: Vec<Claim>,
) -> Result<LintReport, crate::index::TextError> {
    // A file given both as new and as part of the corpus is new.
    let mut keep = vec![true; indexed.sources.len()];
    for &i in &indexed.candidates {
        keep[i] = !new
            .iter()
            .any(|n| same_file(&n.path, &indexed.sources[i].path));
    }
    indexed.retain(&keep);
    let first_new = indexed.sources.len();
    let mut sources = std::mem::take(&mut indexed.sources);
    sources.extend(new.iter().cloned());
    let mut claims = std::mem::take(&mut indexed.claims);
    let mut decided = std::mem::take(&mut indexed.decided);
    for c in first_new_claims {
        let i = claims.len();
        if let Some(d) = decided
            .iter_mut()
            .find(|d| d.rule == c.rule && d.subject == c.subject)
        {
            d.new.push(i);
        }
        claims.push(Claim {
            source: c.source + first_new,
            ..c
        });
    }
    let texts = |s: &mut [Source], which: &[usize]| indexed.load_texts(s, which);
    let decided = Decisions {
        facts: decided,
        yearless: indexed.yearless,
        unlisted: indexed.unlisted,
    };
    let mut report = lint_claims(rules, sources, first_new, claims, decided, reviews, &texts)?;
    report.notes = std::mem::take(&mut indexed.notes);
    Ok(report)
}

/// The new articles that were read, and the fate of each file named that was not (missing,
/// unreadable, empty, binary, in an encoding not read, with bad metadata).
#[derive(Debug, Default)]
pub struct NewArticles {
    pub sources: Vec<Source>,
    pub skipped: Vec<FileFate>,
    pub failed: Vec<FileFate>,
}

/// Reads the new articles (files, and text from standard input), and gives those that state no
/// metadata of their own the language and publication date supplied. Every unreadable file is
/// an error; [`read_new`] reads the others and gives it a fate instead.
pub fn load_new(
    articles: &[NewArticle],
    lang: Option<Lang>,
    published: Option<Published>,
) -> Result<Vec<Source>, LoadErrors> {
    let new = read_new(articles, lang, published);
    let errors: Vec<miette::Report> = new
        .failed
        .into_iter()
        .map(|f| match f.diagnostic.map(Arc::try_unwrap) {
            Some(Ok(e)) => miette::Report::new(e),
            _ => miette::miette!("{}: {}", f.path, f.message),
        })
        .collect();
    if !errors.is_empty() {
        return Err(LoadErrors(errors));
    }
    Ok(new.sources)
}

/// Reads the new articles as [`load_new`] does; a file that cannot be read (or is skipped:
/// empty, binary) gets its fate, with its place, and the others are read.
pub fn read_new(
    articles: &[NewArticle],
    lang: Option<Lang>,
    published: Option<Published>,
) -> NewArticles {
    let files: Vec<PathBuf> = articles
        .iter()
        .filter_map(|a| match a {
            NewArticle::File(p) => Some(p.clone()),
            NewArticle::Text(_) => None,
        })
        .collect();
    // Only files were named: `walk` reads each whatever its name.
    let walked = if files.is_empty() {
        source::Walked::default()
    } else {
        source::walk(&files, &source::Include::default())
    };
    // One article named twice (`a.txt ./a.txt`) is one article, not two that agree.
    let mut new: Vec<Source> = Vec::new();
    for s in walked.sources {
        if !new.iter().any(|n| same_file(&n.path, &s.path)) {
            new.push(s);
        }
    }
    for article in articles {
        if let NewArticle::Text(text) = article {
            new.push(source::from_text(
                STDIN_NAME,
                text.as_str(),
                SourceMeta::default(),
            ));
        }
    }
    for s in &mut new {
        fill_metadata(s, lang, published);
    }
    NewArticles {
        sources: new,
        skipped: walked.skipped,
        failed: walked.failed,
    }
}

/// Gives an article that states no metadata of its own the language and publication date the
/// command line (or configuration) supplies.
pub fn fill_metadata(source: &mut Source, lang: Option<Lang>, published: Option<Published>) {
    let states_nothing = source.body_start == 0 && source.meta == SourceMeta::default();
    if states_nothing {
        if let Some(lang) = lang {
            source.meta.lang = lang;
        }
    }
    if source.meta.published.is_none() && published.is_some() {
        source.meta.published = published;
        // Kept in the note, which says where the metadata came from, for `explain`.
        let note = source.meta.note.take().unwrap_or_default();
        source.meta.note = Some(format!("{note}{}", crate::explain::PUBLISHED_FROM_FLAG));
    }
}

/// Whether two paths name one file (`corpus/a.txt` and `./corpus/a.txt`).
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}
