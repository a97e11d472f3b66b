//! Lint with the claims index: `cargo bench --bench index [-- ARTICLES [CORPUS_DIR]]`.
//!
//! Generates a corpus with `gen-corpus` (default 2 000 articles, seed 1, under
//! `target/bench-index/`; an existing folder given as CORPUS_DIR is used as it is), indexes it,
//! and times, in one process and side by side, the lint of one new article (seed 2) without
//! the index and with it: the answer (`lint::run`) and the answer written as JSON, and the
//! parts of the indexed lint (the stamps of the corpus, opening the index). Medians of 5.

use std::path::{Path, PathBuf};
use std::time::Instant;

use factlint::lint::{NewArticle, Request};
use factlint::output::{self, Format, Options, Output};

mod gen_corpus;
use gen_corpus::generate;

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..runs {
        let t0 = Instant::now();
        last = Some(std::hint::black_box(f()));
        times.push(t0.elapsed().as_secs_f64());
    }
    (median(times), last.expect("at least one run"))
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let articles: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(2000);
    let base = root.join("target").join("bench-index");
    let corpus = args
        .get(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| base.join(articles.to_string()));
    if !corpus.is_dir() {
        generate(&corpus, articles, 1, &[]);
    }
    let new_dir = base.join("new");
    if !new_dir.is_dir() {
        generate(&new_dir, 1, 2, &[]);
    }
    let article = new_dir.join("d0000").join("a000000.txt");
    let claims = root.join("claims");
    let include = factlint::source::Include::new(&[]).expect("the default globs");
    let request = Request {
        corpus: corpus.clone(),
        claims: claims.clone(),
        articles: vec![NewArticle::File(article)],
        published: None,
        lang: None,
        reviews: None,
        include: include.clone(),
    };
    let options = Options {
        format: Format::Json,
        style: output::style(false, None),
        quiet: false,
        fail_on: Vec::new(),
    };
    let answer = |request: &Request| {
        let report = factlint::lint::run(request).expect("the lint runs");
        let mut out = Vec::new();
        output::write(Output::Lint(&report), &options, &mut out).expect("written");
        (report.report.findings.len(), out.len())
    };

    let index_file = factlint::index::path_for(&corpus);
    let _ = std::fs::remove_file(&index_file);
    let (without, (findings, json)) = time(3, || answer(&request));
    let (without_report, _) = time(3, || factlint::lint::run(&request).map(|r| r.notes.len()));

    let rules = factlint::rules::load_dir(&claims).expect("the rules load");
    let t0 = Instant::now();
    let done = factlint::index::refresh(&corpus, &claims, &rules, &include).expect("indexed");
    let build = t0.elapsed().as_secs_f64();

    let (with, (findings_with, json_with)) = time(5, || answer(&request));
    assert_eq!((findings, json), (findings_with, json_with));
    let (with_report, _) = time(5, || factlint::lint::run(&request).map(|r| r.notes.len()));
    let (stamps, n) = time(5, || factlint::index::stamps(&corpus).stamps.len());
    let (open, _) = time(5, || {
        factlint::index::Reader::open(&index_file)
            .ok()
            .flatten()
            .map(|r| r.count)
    });

    println!(
        "lint of one article against {} indexed sources ({n} files stamped)",
        done.built.index.entries.len()
    );
    println!("  answer: {findings} findings, {json} bytes of JSON");
    println!("  without the index: {without_report:.3} s (report), {without:.3} s (with JSON)");
    println!("  index build: {build:.3} s, {} bytes", done.bytes);
    println!("  with the index:    {with_report:.3} s (report), {with:.3} s (with JSON)");
    println!("    stamps of the corpus: {stamps:.4} s; opening the index: {open:.4} s");
}
