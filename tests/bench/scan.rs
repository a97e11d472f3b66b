//! Throughput of the value grammars: `cargo bench --bench scan`. Scans the bundled corpus and
//! the French TimeBank texts (when `../shared/external` is there), repeated to a few MB, and
//! prints MB/s.

use std::path::Path;
use std::time::Instant;

use factlint::grammar::{Lang, scan};
use factlint::value::Published;

mod timeml;

/// The readable text of a file: TimeML tags are dropped, plain text is kept.
fn text_of(raw: &str) -> String {
    let body = raw
        .split_once("<TEXT>")
        .map_or(raw, |(_, b)| b.split_once("</TEXT>").map_or(b, |(t, _)| t));
    timeml::untagged(body)
}

fn texts() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in [
        root.join("corpus"),
        root.join("../shared/external/fr-timebank-dev"),
    ] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!(
                "note: {} is missing; benchmarking without it",
                dir.display()
            );
            continue;
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "tml"))
        {
            if let Ok(raw) = std::fs::read_to_string(p) {
                out.push(text_of(&raw));
            }
        }
    }
    out
}

fn main() {
    let base = texts();
    let unit: usize = base.iter().map(String::len).sum();
    assert!(unit > 0, "no text to scan");
    // One text of a few MB, paragraphs separated by blank lines, so that one call covers it.
    const TARGET: usize = 4 << 20;
    let mut big = String::with_capacity(TARGET + unit);
    while big.len() < TARGET {
        for t in &base {
            big.push_str(t);
            big.push_str("\n\n");
        }
    }
    let published = Published::parse("2024-05-09");
    // Warm up, then take the best of a few runs.
    let mut mentions = scan(&big, Lang::Fr, published).len();
    let mut best = f64::INFINITY;
    for _ in 0..5 {
        let t0 = Instant::now();
        mentions =
            std::hint::black_box(scan(std::hint::black_box(&big), Lang::Fr, published)).len();
        best = best.min(t0.elapsed().as_secs_f64());
    }
    let mb = big.len() as f64 / 1e6;
    println!(
        "scan: {mb:.1} MB, {mentions} mentions, best of 5 {:.1} ms, {:.1} MB/s",
        best * 1e3,
        mb / best
    );
    // Many small texts, as the CLI and the extractor call it: startup and per-call costs.
    let t0 = Instant::now();
    let mut n = 0;
    for _ in 0..20 {
        for t in &base {
            n += scan(t, Lang::Fr, published).len();
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    println!(
        "scan per article: {} calls, {n} mentions, {:.1} MB/s",
        20 * base.len(),
        20.0 * unit as f64 / 1e6 / secs
    );
}
