//! What rules cost: `cargo bench --bench rules`. Side by side, in one run:
//!
//! - the time to load the bundled pack, 1 000 and 5 000 generated rules (one file each);
//! - the throughput of a whole check at one thread on the corpus of `check.rs` (the bundled
//!   articles repeated as 2 000 sources), with the bundled pack and with the bundled pack plus
//!   the 1 000 generated rules, whose words never occur in the corpus (they find no claim, so
//!   the difference is what the rules cost to try);
//! - the peak resident memory of each.
//!
//! Each case runs in a child process, this binary run again as `rules --case NAME --dir DIR`,
//! which prints its time and its own peak RSS (`VmHWM` in `/proc/self/status`) when done. A
//! fresh process per case keeps the peaks apart: in one process the high-water mark only
//! grows, and memory the allocator kept from one case would count in the next. The peaks
//! include the process itself (the binary, the corpus, the thread pool), so compare rows.
//!
//! The generated rules are written to a folder of `std::env::temp_dir()`, removed at the end.
//! Each has a distinct made-up word (`qzxaaa`, `qzxaab`, …), two patterns, two examples and a
//! counter-example, of the three kinds in turn; the run checks that their examples pass and
//! that the corpus has none of their words.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use factlint::rules::{self, RuleSet};

mod corpus;

/// The counts of generated rules whose loading is timed; the first is also checked with.
const GENERATED: [usize; 2] = [1_000, 5_000];
/// What all generated words start with; the corpus must not contain it.
const PREFIX: &str = "qzx";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A made-up word per rule: the prefix and `i` in base 26, three letters at least.
fn word(i: usize) -> String {
    let mut letters = Vec::new();
    let mut n = i;
    while letters.len() < 3 || n > 0 {
        letters.push(b'a' + (n % 26) as u8);
        n /= 26;
    }
    letters.reverse();
    format!(
        "{PREFIX}{}",
        String::from_utf8(letters).expect("ASCII letters")
    )
}

/// One rule of a realistic size; the kinds take turns.
fn generated_rule(i: usize) -> String {
    let w = word(i);
    let (kind, patterns, examples, counter) = match i % 3 {
        0 => (
            "duration",
            [
                format!(r"\\b{w} de {{duration}}"),
                format!(r"\\b{{duration}} de {w}"),
            ],
            [
                (format!("Un {w} de six semaines a suivi."), "P6W"),
                (
                    format!("Après six semaines de {w}, rien n'a changé."),
                    "P6W",
                ),
            ],
            format!("Un {w} a suivi, depuis près de trente ans."),
        ),
        1 => (
            "count",
            [
                format!(r"\\b{{count}} {w}s\\b"),
                format!(r"\\b{w}s au nombre de {{count}}"),
            ],
            [
                (format!("Il y avait 2 000 {w}s sur place."), "2000"),
                (format!("Les {w}s au nombre de 300 sont partis."), "300"),
            ],
            format!("Il y avait 2 000 soldats et un {w}."),
        ),
        _ => (
            "date",
            [
                format!(r"\\b{w} en {{date}}"),
                format!(r"\\b{w} du {{date}}"),
            ],
            [
                (format!("Le {w} en septembre 2023 a surpris."), "2023-09"),
                (
                    format!("Le {w} du 19 septembre 2023 a surpris."),
                    "2023-09-19",
                ),
            ],
            format!("Le {w} a eu lieu en septembre 2023 selon d'autres."),
        ),
    };
    let mut out = format!(
        "  - id: bench-{w}\n    title: Generated rule {i} ({w})\n    kind: {kind}\n    patterns:\n"
    );
    for p in &patterns {
        out.push_str(&format!("      - \"{p}\"\n"));
    }
    out.push_str("    examples:\n");
    for (text, value) in &examples {
        out.push_str(&format!(
            "      - text: \"{text}\"\n        value: \"{value}\"\n"
        ));
    }
    out.push_str(&format!("    counter-examples:\n      - \"{counter}\"\n\n"));
    out
}

/// The same rule as [`generated_rule`], written in cues (`counts`, `near`) instead of regexes:
/// its made-up word is its cue, so the cue index skips it in every article of the corpus.
fn generated_cue_rule(i: usize) -> String {
    let w = word(i);
    let (kind, keys, examples, counter) = match i % 3 {
        0 => (
            "duration",
            format!("    near: [{w}]\n    window: 3\n"),
            [
                (format!("Un {w} de six semaines a suivi."), "P6W"),
                (
                    format!("Après six semaines de {w}, rien n'a changé."),
                    "P6W",
                ),
            ],
            "Un autre conflit a suivi, depuis près de trente ans.".to_string(),
        ),
        1 => (
            "count",
            format!("    counts: [{w}]\n    near: [{w}]\n"),
            [
                (format!("Il y avait 2 000 {w} sur place."), "2000"),
                (format!("Les {w} au nombre de 300 sont partis."), "300"),
            ],
            format!(
                "Il y avait 2 000 soldats, loin du {w} qui dormait sous la pluie depuis hier soir."
            ),
        ),
        _ => (
            "date",
            format!("    near: [{w}]\n    window: 3\n"),
            [
                (format!("Le {w} en septembre 2023 a surpris."), "2023-09"),
                (
                    format!("Le {w} du 19 septembre 2023 a surpris."),
                    "2023-09-19",
                ),
            ],
            format!("Le {w} a eu lieu, dit-on ailleurs et bien plus tard, en septembre 2023."),
        ),
    };
    let mut out = format!(
        "  - id: bench-cues-{w}\n    title: Generated cue rule {i} ({w})\n    kind: {kind}\n{keys}"
    );
    out.push_str("    examples:\n");
    for (text, value) in &examples {
        out.push_str(&format!(
            "      - text: \"{text}\"\n        value: \"{value}\"\n"
        ));
    }
    out.push_str(&format!("    counter-examples:\n      - \"{counter}\"\n\n"));
    out
}

/// The folder of `n` generated cue rules below `dir`, in one file.
fn generated_cues_dir(dir: &Path, n: usize) -> PathBuf {
    dir.join(format!("generated-cues-{n}"))
}

fn write_generated_cues(dir: &Path, n: usize) {
    let folder = generated_cues_dir(dir, n);
    std::fs::create_dir_all(&folder).expect("a temporary folder");
    let mut text =
        format!("# {n} generated cue rules for `cargo bench --bench rules`\nlang: fr\nrules:\n");
    for i in 0..n {
        text.push_str(&generated_cue_rule(i));
    }
    std::fs::write(folder.join("generated.yaml"), text).expect("the generated rules written");
}

/// The folder of `n` generated rules below `dir`, in one file.
fn generated_dir(dir: &Path, n: usize) -> PathBuf {
    dir.join(format!("generated-{n}"))
}

fn write_generated(dir: &Path, n: usize) {
    let folder = generated_dir(dir, n);
    std::fs::create_dir_all(&folder).expect("a temporary folder");
    let mut text =
        format!("# {n} generated rules for `cargo bench --bench rules`\nlang: fr\nrules:\n");
    for i in 0..n {
        text.push_str(&generated_rule(i));
    }
    std::fs::write(folder.join("generated.yaml"), text).expect("the generated rules written");
}

/// The bundled pack's files, in name order.
fn bundled_files() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root().join("claims"))
        .expect("the bundled claims folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    paths.sort();
    paths
}

fn load(paths: &[PathBuf]) -> RuleSet {
    match rules::load_files(paths) {
        Ok(set) => set,
        Err(errors) => panic!("the rules load: {}", errors[0].short()),
    }
}

/// This process's peak resident set, in kB.
fn peak_rss_kb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// The best time of `f` over up to 5 runs, stopping once 5 s have been spent. Each run's
/// result is dropped before the next starts, so that the peak is that of one run.
fn best_of<T>(mut f: impl FnMut() -> T) -> (f64, T) {
    let started = Instant::now();
    let mut best = f64::INFINITY;
    let mut runs = 0;
    loop {
        let t0 = Instant::now();
        let result = std::hint::black_box(f());
        best = best.min(t0.elapsed().as_secs_f64());
        runs += 1;
        if runs == 5 || started.elapsed().as_secs_f64() > 5.0 {
            return (best, result);
        }
    }
}

/// The child's side: runs one case and prints `seconds rules mb claims rss_kb`.
fn run_case(name: &str, dir: &Path) {
    let mut paths = bundled_files();
    let (seconds, rules, mb, claims) = match name {
        "load-bundled" | "load-1000" | "load-5000" | "load-cues-1000" | "load-cues-5000" => {
            if let Some(n) = name.strip_prefix("load-cues-").and_then(|n| n.parse().ok()) {
                paths = vec![generated_cues_dir(dir, n).join("generated.yaml")];
            } else if let Some(n) = name.strip_prefix("load-").and_then(|n| n.parse().ok()) {
                paths = vec![generated_dir(dir, n).join("generated.yaml")];
            }
            let (seconds, set) = best_of(|| load(&paths));
            (seconds, set.rules.len(), 0.0, 0)
        }
        "check-bundled" | "check-plus-1000" | "check-plus-1000-cues" => {
            if name == "check-plus-1000" {
                paths.push(generated_dir(dir, GENERATED[0]).join("generated.yaml"));
            }
            if name == "check-plus-1000-cues" {
                paths.push(generated_cues_dir(dir, GENERATED[0]).join("generated.yaml"));
            }
            let set = load(&paths);
            let (_, corpus) = factlint::load(&[root().join("corpus")], &root().join("claims"))
                .expect("the bundled corpus loads");
            let sources = corpus::repeated(&corpus, corpus::COPIES);
            let bytes: usize = sources.iter().map(|s| s.text.len()).sum();
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(1)
                .build()
                .expect("a thread pool");
            let (seconds, claims) = best_of(|| {
                pool.install(|| factlint::check_sources(&set, std::hint::black_box(&sources)))
                    .claims
                    .len()
            });
            (seconds, set.rules.len(), bytes as f64 / 1e6, claims)
        }
        other => panic!("unknown case `{other}`"),
    };
    println!("{seconds} {rules} {mb} {claims} {}", peak_rss_kb());
}

/// The parent's side: one child per case.
fn measure(name: &str, dir: &Path) -> (f64, usize, f64, usize, u64) {
    let exe = std::env::current_exe().expect("this bench's path");
    let out = Command::new(exe)
        .args(["--case", name, "--dir"])
        .arg(dir)
        .output()
        .expect("the bench runs itself");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "case {name} failed: {}{}",
        stdout,
        String::from_utf8_lossy(&out.stderr)
    );
    let f: Vec<&str> = stdout.split_whitespace().collect();
    let num = |i: usize| {
        f.get(i)
            .and_then(|s| s.parse::<f64>().ok())
            .expect("a figure")
    };
    (
        num(0),
        num(1) as usize,
        num(2),
        num(3) as usize,
        num(4) as u64,
    )
}

/// Removes the temporary folder however the run ends.
struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--case") {
        let dir = args
            .iter()
            .position(|a| a == "--dir")
            .and_then(|d| args.get(d + 1))
            .expect("--dir DIR");
        run_case(&args[i + 1], Path::new(dir));
        return;
    }

    let dir =
        TempDir(std::env::temp_dir().join(format!("factlint-bench-rules-{}", std::process::id())));
    for n in GENERATED {
        write_generated(&dir.0, n);
        write_generated_cues(&dir.0, n);
    }
    // The generated rules are real rules: their examples pass, and the corpus never says
    // their words, so that checking with them finds exactly what the bundled pack finds.
    let first = load(&[generated_dir(&dir.0, GENERATED[0]).join("generated.yaml")]);
    let outcome = rules::test_examples(&first);
    assert!(
        outcome.passed(),
        "a generated example fails: {}",
        outcome.failures[0].short()
    );
    let (_, corpus) = factlint::load(&[root().join("corpus")], &root().join("claims"))
        .expect("the bundled corpus loads");
    assert!(
        corpus
            .iter()
            .all(|s| !s.text.to_lowercase().contains(PREFIX)),
        "the corpus contains `{PREFIX}`"
    );
    drop(first);
    let cues = load(&[generated_cues_dir(&dir.0, GENERATED[0]).join("generated.yaml")]);
    let cue_outcome = rules::test_examples(&cues);
    assert!(
        cue_outcome.passed(),
        "a generated cue example fails: {}",
        cue_outcome.failures[0].short()
    );
    drop(cues);

    println!(
        "rules: {} generated rules in {} ({} examples, {} counter-examples pass)",
        GENERATED[0],
        dir.0.display(),
        outcome.examples,
        outcome.counter_examples
    );
    // Other work on the machine slows every row: say how busy it was.
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let load: Vec<&str> = load.split_whitespace().take(3).collect();
    println!("load average before the run: {}", load.join(" "));
    println!(
        "{:<32} {:>6} {:>10} {:>14} {:>10}",
        "case", "rules", "time", "throughput", "peak RSS"
    );
    let cases = [
        ("load-bundled", "load: bundled pack"),
        ("load-1000", "load: 1 000 generated"),
        ("load-5000", "load: 5 000 generated"),
        ("load-cues-1000", "load: 1 000 generated, cues"),
        ("load-cues-5000", "load: 5 000 generated, cues"),
        ("check-bundled", "check, 1 thread: bundled pack"),
        ("check-plus-1000", "check, 1 thread: + 1 000"),
        ("check-plus-1000-cues", "check, 1 thread: + 1 000 cues"),
    ];
    let mut claims_seen = Vec::new();
    for (name, label) in cases {
        let (seconds, rules, mb, claims, rss_kb) = measure(name, &dir.0);
        let (time, throughput) = if name.starts_with("check") {
            claims_seen.push(claims);
            (
                format!("{seconds:.3} s"),
                format!("{:.1} MB/s", mb / seconds),
            )
        } else if seconds < 0.1 {
            (
                format!("{:.1} ms", seconds * 1e3),
                format!("{:.0} rules/s", rules as f64 / seconds),
            )
        } else {
            (
                format!("{seconds:.2} s"),
                format!("{:.0} rules/s", rules as f64 / seconds),
            )
        };
        println!(
            "{label:<32} {rules:>6} {time:>10} {throughput:>14} {:>7.1} MB",
            rss_kb as f64 / 1024.0
        );
    }
    println!(
        "check: {:.1} MB in {} sources, {} claims with each pack",
        (corpus::COPIES * corpus.iter().map(|s| s.text.len()).sum::<usize>()) as f64 / 1e6,
        corpus::COPIES * corpus.len(),
        claims_seen[0]
    );
    assert!(
        claims_seen.windows(2).all(|w| w[0] == w[1]),
        "the generated rules found claims: {claims_seen:?}"
    );
}
