//! Comparison alone, on one fact with tens of thousands of distinct values:
//! `cargo bench --bench compare`. Comparison must be a sort and a sweep over the values'
//! intervals, not a loop over pairs of them (issue 10): before the sweep, 40 000 distinct
//! values of one fact took about 27 s. Two shapes, each with one claim per source:
//! - **spread**: exact counts that all differ, so every value conflicts with every other;
//! - **agreeing**: the same counts under a rule whose tolerance (100 %) makes values within a
//!   factor of three agree: up to 10 000 values every pair agrees, and the few round ones among
//!   them ("100 100") contain their neighbours, so refinements are due; from 40 000 values the
//!   range is wider than that, and the group is one conflict again.
//!
//! Claims are built directly (no extraction), so that only `compare` is timed.

use std::time::Instant;

use factlint::compare::{self, FindingKind};
use factlint::rules::{MatchedBy, load_str};
use factlint::source::{SourceMeta, from_text};
use factlint::value::{Decimal, Value};
use factlint::{Claim, Source};

const VALUES: [usize; 3] = [10_000, 40_000, 160_000];

fn claims(n: usize) -> (Vec<Source>, Vec<Claim>) {
    let sources = (0..n)
        .map(|i| from_text(format!("a{i:06}.txt"), "", SourceMeta::default()))
        .collect();
    let claims = (0..n)
        .map(|i| Claim {
            rule: 0,
            source: i,
            by: MatchedBy::Pattern(0),
            span: 0..1,
            context: 0..1,
            evidence: 0..1,
            // Mostly exact; one in a hundred or so ends in two zeros and is read as rounded.
            value: Value::Number(Decimal::int(100_001 + 7 * i as i64 + (i as i64 % 3))),
            modifier: None,
            subject: None,
            warnings: vec![],
        })
        .collect();
    (sources, claims)
}

fn main() {
    // `cargo bench --bench compare -- 10000 40000`: other sizes than the default ones.
    let sizes: Vec<usize> = std::env::args().filter_map(|a| a.parse().ok()).collect();
    let sizes = if sizes.is_empty() {
        VALUES.to_vec()
    } else {
        sizes
    };
    for (shape, tolerance) in [("spread", ""), ("agreeing", "    tolerance: 100%\n")] {
        let rules = load_str(
            "bench.yaml",
            &format!(
                "rules:\n  - id: toll\n    title: Toll\n    kind: count\n{tolerance}    patterns: [\"{{count}} morts\"]\n"
            ),
        )
        .expect("the bench rule loads");
        for &n in &sizes {
            let (sources, claims) = claims(n);
            let t0 = Instant::now();
            let findings = compare::compare(&rules, &sources, std::hint::black_box(&claims));
            let elapsed = t0.elapsed().as_secs_f64();
            let count = |k: FindingKind| findings.iter().filter(|f| f.kind == k).count();
            println!(
                "compare  {shape:<9} {n:>7} distinct values  {elapsed:>8.3} s  {} conflict, {} agreement, {} refinements",
                count(FindingKind::Conflict),
                count(FindingKind::Agreement),
                count(FindingKind::Refinement),
            );
        }
    }
}
