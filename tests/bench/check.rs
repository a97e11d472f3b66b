//! Throughput of a whole check (extract, compare, report) on a large corpus:
//! `cargo bench --bench check`. The bundled corpus is repeated as 2 000 sources in memory, with
//! the bundled rules, and the run is timed at one thread and at every thread rayon offers, in
//! the same process, so that the ratio is measured side by side. Then a hostile case: one line
//! of 600 kB with no sentence break and 20 000 claims of 25 distinct values.

use std::path::Path;
use std::time::Instant;

mod corpus;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (rules, corpus) = factlint::load(&[root.join("corpus")], &root.join("claims"))
        .expect("the bundled corpus and rules load");
    let sources = corpus::repeated(&corpus, corpus::COPIES);
    let bytes: usize = sources.iter().map(|s| s.text.len()).sum();
    let time = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("a thread pool");
        let mut best = f64::INFINITY;
        let mut claims = 0;
        for _ in 0..3 {
            let t0 = Instant::now();
            let report =
                pool.install(|| factlint::check_sources(&rules, std::hint::black_box(&sources)));
            best = best.min(t0.elapsed().as_secs_f64());
            claims = report.claims.len();
        }
        (best, claims)
    };
    let (one, claims) = time(1);
    let all_threads = rayon::current_num_threads();
    let (all, _) = time(all_threads);
    let mb = bytes as f64 / 1e6;
    println!(
        "check: {} sources, {mb:.1} MB, {claims} claims, {} rules",
        sources.len(),
        rules.rules.len()
    );
    println!(
        "  1 thread : {:.3} s, {:.1} MB/s, {:.0} sources/s",
        one,
        mb / one,
        sources.len() as f64 / one
    );
    println!(
        "  {all_threads} threads: {:.3} s, {:.1} MB/s, {:.0} sources/s (x{:.2})",
        all,
        mb / all,
        sources.len() as f64 / all,
        one / all
    );

    let line: String = (0..20_000)
        .map(|i| format!("l'offensive en septembre {}, ", 2000 + i % 25))
        .collect();
    let hostile = [factlint::source::from_text(
        "one-line.txt",
        line,
        Default::default(),
    )];
    let t0 = Instant::now();
    let report = factlint::check_sources(&rules, std::hint::black_box(&hostile));
    let took = t0.elapsed().as_secs_f64();
    println!(
        "one line of {:.1} MB, {} claims: {took:.3} s",
        hostile[0].text.len() as f64 / 1e6,
        report.claims.len()
    );
}
