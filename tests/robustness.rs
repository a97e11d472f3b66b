//! Nothing panics on user input. A seeded, deterministic random test mutates the bundled rule
//! files, articles, `sources.yaml`, review file and a `factlint.yaml`, and runs every mutant
//! through the library as the commands would (parse, check, render every output format, render
//! every error), asserting that no step panics. Then regression tests for inputs that once
//! misbehaved: each names what it guards against.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use factlint::output::{self, Format, Options, Output};
use factlint::render::{self, Style};
use factlint::{config, review, rules, source};

/// xorshift64*: enough randomness to mutate texts, and the same sequence on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// What a hostile or careless hand puts into a YAML file or an article.
const TOKENS: &[&str] = &[
    "{",
    "}",
    "{date}",
    "{count}",
    "{duration}",
    "{date}{date}",
    "{karabakh}",
    "{x",
    "\n",
    "\r\n",
    "\t",
    ": ",
    "- ",
    "-",
    "&a ",
    "*a",
    "<<: *a",
    "'",
    "\"",
    "''",
    "[",
    "]",
    "[]",
    "{}",
    "\\",
    "\\x",
    "é",
    "’",
    "\u{feff}",
    "\u{a0}",
    "\u{0}",
    "(?<=x)",
    "(?=y)",
    "(",
    ")",
    "{2,3}",
    "{99999}",
    "#",
    "---\n",
    "?",
    "!!binary ",
    "!tag ",
    "~",
    "null",
    "true",
    "5",
    "-1",
    "1e400",
    ".nan",
    "10 000",
    "septembre 2023",
    "le 17 avril",
    "environ 100 000",
    "P6W",
    "2024-13-45",
    "2024-02-30",
    "2024",
    "FL-",
    "FL-69e8dca9079e",
    "id: ",
    "kind: date",
    "kind: ",
    "patterns: ",
    "examples: ",
    "tolerance: ",
    "100%",
    "-5%",
    "3 days",
    "subjects: ",
    "defs: ",
    "aliases: ",
    "rules: ",
    "published: ",
    "lang: ",
    "en",
    "decision: ",
    "accepted",
    "claims: ",
    "fail-on: ",
    "corpus: ",
    "    ",
    "\n  - ",
    "\n    ",
    "𝔘",
    "İ",
    "ß",
    "\u{200d}",
];

/// A char boundary of `s` at random.
fn boundary(s: &str, rng: &mut Rng) -> usize {
    let mut at = rng.below(s.len() + 1);
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// `text` with one to four random edits: deletions, insertions of hostile tokens,
/// duplications, swapped lines, truncation.
fn mutate(text: &str, rng: &mut Rng) -> String {
    let mut s = text.to_string();
    for _ in 0..1 + rng.below(4) {
        let a = boundary(&s, rng);
        let b = boundary(&s, rng);
        let (lo, hi) = (a.min(b), a.max(b));
        // Short ranges, mostly: a long one would erase the structure there is to break.
        let hi = if hi - lo > 40 {
            let mut h = lo + 40;
            while !s.is_char_boundary(h) {
                h -= 1;
            }
            h
        } else {
            hi
        };
        match rng.below(6) {
            0 => s.replace_range(lo..hi, ""),
            1 => s.insert_str(lo, TOKENS[rng.below(TOKENS.len())]),
            2 => {
                let piece = s[lo..hi].to_string();
                s.insert_str(hi, &piece);
            }
            3 => s.replace_range(lo..hi, TOKENS[rng.below(TOKENS.len())]),
            4 => {
                let mut lines: Vec<&str> = s.split('\n').collect();
                let (i, j) = (rng.below(lines.len()), rng.below(lines.len()));
                lines.swap(i, j);
                s = lines.join("\n");
            }
            _ => s.truncate(hi),
        }
    }
    s
}

fn read(path: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every way a report is shown: the four formats, quiet, and the summary line.
fn render_everything(out: Output<'_>) {
    for format in [Format::Human, Format::Json, Format::Sarif, Format::Github] {
        for quiet in [false, true] {
            let options = Options {
                format,
                style: Style::default(),
                quiet,
                fail_on: config::FailOn::ALL.to_vec(),
            };
            let _ = output::render(out, &options);
        }
    }
    let _ = output::summary(out, config::DEFAULT_FAIL_ON);
}

/// Runs `step` on `input`; a panic is recorded with the input that caused it.
fn survive(failures: &mut Vec<String>, what: &str, input: &str, step: impl FnOnce()) {
    if catch_unwind(AssertUnwindSafe(step)).is_err() {
        failures.push(format!("{what} panicked on:\n---\n{input}\n---"));
    }
}

#[test]
fn mutated_rules_articles_and_metadata_never_panic() {
    let rule_files: Vec<String> = [
        "claims/karabakh-2023.yaml",
        "claims/russia-armenia.yaml",
        "claims/war-2020.yaml",
        "tests/fixtures/rules/broken.yaml",
    ]
    .iter()
    .map(|p| read(p))
    .collect();
    let articles: Vec<String> = [
        "corpus/000_e3b7d5870ff81da2.txt",
        "corpus/001_c5a4ef38bf38a982.txt",
        "tests/fixtures/cli/new/agrees-and-more.md",
    ]
    .iter()
    .map(|p| read(p))
    .collect();
    let sources_yaml = read("corpus/sources.yaml");
    let review_yaml = read("corpus/factlint.review.yaml");
    let config_yaml =
        "corpus: articles\nclaims: rules\nlang: fr\nreview: r.yaml\nfail-on: [conflict, warning]\n";
    let rules = rules::load_dir(Path::new("claims")).expect("the bundled rules load");
    let corpus = source::load(&[PathBuf::from("corpus")]).0;
    let report = factlint::check_sources(&rules, &corpus);

    // FACTLINT_FUZZ_ROUNDS and FACTLINT_FUZZ_SEED run a longer or another search by hand; the
    // default stays fast and the same on every run.
    let env = |name: &str, default: u64| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let rounds = env("FACTLINT_FUZZ_ROUNDS", 12) as usize;
    let mut rng = Rng(env("FACTLINT_FUZZ_SEED", 0x5eed_f4c7_1123) | 1);
    let mut failures = Vec::new();
    let style = Style::default();
    for round in 0..rounds {
        // Rules: load, render every error; when a mutant still loads, use it.
        let text = mutate(&rule_files[round % rule_files.len()], &mut rng);
        survive(
            &mut failures,
            "rules::load_str",
            &text,
            || match rules::load_str("fuzz.yaml", &text) {
                Ok(set) => {
                    let r = factlint::check_sources(&set, &corpus[..2]);
                    render_everything(Output::Check(&r));
                    let outcome = rules::test_examples(&set);
                    for f in &outcome.failures {
                        let _ = render::diagnostic(f, style);
                    }
                    let _ = rules::render_list(&set);
                }
                Err(errors) => {
                    for e in &errors {
                        let _ = render::diagnostic(e, style);
                    }
                }
            },
        );

        // An article, with and without its front matter read, checked with the corpus.
        let text = mutate(&articles[round % articles.len()], &mut rng);
        survive(&mut failures, "an article", &text, || {
            let parsed = source::parse_source(Path::new("fuzz.md"), Arc::from(text.as_str()), None);
            let new = match parsed {
                Ok(s) => s,
                Err(e) => {
                    let _ = render::diagnostic(&*e, style);
                    source::from_text("fuzz.txt", text.as_str(), Default::default())
                }
            };
            let mut sources = corpus.clone();
            sources.push(new.clone());
            render_everything(Output::Check(&factlint::check_sources(&rules, &sources)));
            let lint = factlint::lint::lint(&rules, &corpus, &[new]);
            render_everything(Output::Lint(&lint));
        });

        for (what, base) in [
            ("sources.yaml", sources_yaml.as_str()),
            ("a review file", review_yaml.as_str()),
            ("factlint.yaml", config_yaml),
        ] {
            let text = mutate(base, &mut rng);
            survive(&mut failures, what, &text, || {
                let shared: Arc<str> = Arc::from(text.as_str());
                match what {
                    "sources.yaml" => {
                        if let Err(e) = source::parse_sources_yaml("sources.yaml", shared) {
                            let _ = render::diagnostic(&*e, style);
                        }
                    }
                    "a review file" => match review::parse(Path::new("r.yaml"), &shared) {
                        Ok(reviews) => {
                            let mut r = report.clone();
                            review::apply(&mut r, &reviews);
                            render_everything(Output::Check(&r));
                        }
                        Err(e) => {
                            let _ = render::diagnostic(&*e, style);
                            let _ = e.short();
                        }
                    },
                    _ => {
                        if let Err(e) = config::parse(Path::new("factlint.yaml"), &shared) {
                            let _ = render::diagnostic(&*e, style);
                            let _ = e.short();
                        }
                    }
                }
            });
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

// Regression tests: inputs that once misbehaved.

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factlint-robust-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("creates a scratch folder");
    dir
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).expect("writes a scratch file");
}

/// The one-line form of a located source error: `path:line:column: message`.
fn located(e: &source::SourceError) -> String {
    match e {
        source::SourceError::BadMetadata { message, src, at }
        | source::SourceError::UnknownEntry {
            path: message,
            src,
            at,
            ..
        } => {
            let (line, column) = factlint::report::line_column(src.inner(), at.offset());
            format!("{}:{line}:{column}: {message}", src.name())
        }
        other => other.to_string(),
    }
}

const OFFENSIVE_2023: &str = "L'Azerbaïdjan a lancé une offensive en septembre 2023.\n";

#[cfg(unix)]
#[test]
fn a_folder_linked_back_into_itself_is_read_once_and_the_walk_ends() {
    let dir = scratch("link-loop");
    write(&dir.join("a.txt"), OFFENSIVE_2023);
    std::fs::create_dir(dir.join("sub")).unwrap();
    // Two links back to the top: a walk that follows them reads a.txt 2^40 times, or forever.
    std::os::unix::fs::symlink("..", dir.join("sub/up")).unwrap();
    std::os::unix::fs::symlink(".", dir.join("here")).unwrap();
    let (sources, errors) = source::load(std::slice::from_ref(&dir));
    assert!(errors.is_empty(), "{errors:?}");
    let names: Vec<String> = sources.iter().map(|s| s.short_name()).collect();
    assert_eq!(names, ["a.txt"]);
}

#[cfg(unix)]
#[test]
fn a_named_pipe_in_a_corpus_folder_is_skipped_not_a_hang() {
    let dir = scratch("fifo");
    write(&dir.join("a.txt"), OFFENSIVE_2023);
    let made = Command::new("mkfifo").arg(dir.join("pipe.txt")).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("no mkfifo here: skipped");
        return;
    }
    let walked = source::walk(std::slice::from_ref(&dir), &source::Include::default());
    assert_eq!(walked.sources.len(), 1);
    assert!(walked.failed.is_empty(), "{:?}", walked.failed);
    assert_eq!(walked.skipped.len(), 1);
    assert_eq!(walked.skipped[0].reason, source::Reason::SpecialFile);
    assert!(walked.skipped[0].path.ends_with("pipe.txt"));
}

#[test]
fn a_byte_order_mark_before_front_matter_keeps_the_metadata_and_columns() {
    let text = "\u{feff}---\npublished: 2024-05-09\noutlet: O\n---\nL'Azerbaïdjan a lancé une offensive en septembre 2023.\n";
    let s = source::parse_source(Path::new("a.md"), Arc::from(text), None).expect("parses");
    assert_eq!(s.meta.outlet.as_deref(), Some("O"));
    assert_eq!(
        s.meta.published.map(|p| p.to_string()).as_deref(),
        Some("2024-05-09")
    );
    assert!(s.body().starts_with("L'Azerbaïdjan"));
    // On line 1, a BOM is no column: editors do not show it.
    let plain = "\u{feff}Le 9 mai";
    assert_eq!(
        factlint::report::line_column(plain, plain.find("9").unwrap()),
        (1, 4)
    );
}

#[test]
fn a_published_date_of_the_wrong_type_or_form_is_located_at_its_value() {
    let e = source::parse_source(
        Path::new("a.md"),
        Arc::from("---\ntitle: T\npublished: [2024]\n---\nTexte.\n"),
        None,
    )
    .expect_err("a list is no date");
    assert_eq!(
        located(&e),
        "a.md:3:12: a.md: front matter: invalid type: sequence, expected a publication date: YYYY, YYYY-MM or YYYY-MM-DD"
    );
    let e = source::parse_sources_yaml(
        "sources.yaml",
        Arc::from("a.txt:\n  outlet: X\n  published: 2024-13-45\n"),
    )
    .expect_err("no 13th month");
    assert_eq!(
        located(&e),
        "sources.yaml:3:14: sources.yaml: `2024-13-45` is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD"
    );
}

#[test]
fn an_article_listed_twice_in_sources_yaml_is_an_error_at_the_second() {
    let e = source::parse_sources_yaml(
        "sources.yaml",
        Arc::from("a.txt:\n  outlet: X\na.txt:\n  outlet: Y\n"),
    )
    .expect_err("a duplicate entry");
    assert!(
        located(&e).starts_with("sources.yaml:3:1: sources.yaml: duplicate entry"),
        "{}",
        located(&e)
    );
}

#[test]
fn a_missing_entry_is_located_at_its_own_key_not_at_a_longer_one() {
    let dir = scratch("entry-prefix");
    write(&dir.join("ab.txt"), OFFENSIVE_2023);
    write(
        &dir.join("sources.yaml"),
        "ab.txt:\n  outlet: X\na:\n  outlet: Y\n",
    );
    let (_, errors) = source::load(std::slice::from_ref(&dir));
    assert_eq!(errors.len(), 1);
    assert!(
        located(&errors[0]).contains("sources.yaml:3:1:"),
        "{}",
        located(&errors[0])
    );
}

#[test]
fn a_review_id_written_twice_is_an_error_at_the_second() {
    let one = read("corpus/factlint.review.yaml");
    let entry: String = one
        .lines()
        .skip_while(|l| !l.starts_with("FL-"))
        .map(|l| format!("{l}\n"))
        .collect();
    let twice = format!("{one}\n{}", entry.replace("different-events", "accepted"));
    let e = review::parse(Path::new("r.yaml"), &Arc::from(twice.as_str()))
        .expect_err("two decisions on one finding");
    let second = twice.rfind("FL-").unwrap();
    let (line, _) = factlint::report::line_column(&twice, second);
    assert_eq!(
        e.short(),
        format!("r.yaml:{line}:1: `FL-69e8dca9079e` is written twice")
    );
}

#[test]
fn a_configuration_key_written_twice_is_an_error_at_the_second() {
    let e = config::parse(
        Path::new("factlint.yaml"),
        &Arc::from("corpus: a\nclaims: c\ncorpus: b\n"),
    )
    .expect_err("two corpus folders");
    assert_eq!(e.short(), "factlint.yaml:3:1: `corpus` is written twice");
}

#[test]
fn github_annotations_of_a_value_spanning_two_lines_give_no_columns() {
    let rules = rules::load_dir(Path::new("claims")).expect("the bundled rules load");
    let sources = [
        source::from_text(
            "a.txt",
            "L'Azerbaïdjan a lancé une offensive en septembre\n2023 contre le pays.\n",
            Default::default(),
        ),
        source::from_text(
            "b.txt",
            OFFENSIVE_2023.replace("2023", "2022"),
            Default::default(),
        ),
    ];
    let report = factlint::check_sources(&rules, &sources);
    let options = Options {
        format: Format::Github,
        style: Style::default(),
        quiet: true,
        fail_on: config::DEFAULT_FAIL_ON.to_vec(),
    };
    let out = output::render(Output::Check(&report), &options);
    // GitHub accepts columns only for a range within one line.
    assert!(
        out.contains("::error file=a.txt,line=1,endLine=2,title="),
        "{out}"
    );
    assert!(
        out.contains("::notice file=b.txt,line=1,col=40,endLine=1,endColumn=54,"),
        "{out}"
    );
}

#[test]
fn a_text_with_no_sentence_breaks_gives_every_claim() {
    // One "sentence" of 240 kB with 8 000 mentions. Matching each one against the whole
    // sentence once took minutes at a megabyte; how long it takes now is measured by
    // `cargo bench --bench check` (speed is never asserted by a test).
    let rules = rules::load_dir(Path::new("claims")).expect("the bundled rules load");
    let text =
        "l'offensive en septembre 2023 et 10 000 personnes ont fui le Karabakh, ".repeat(4000);
    let sources = [source::from_text("long.txt", text, Default::default())];
    let report = factlint::check_sources(&rules, &sources);
    // Each repetition states two facts: the offensive's date and the number who fled.
    assert_eq!(report.summary.claims, 8000);
}

#[test]
fn one_new_article_named_by_two_paths_is_read_once() {
    let dir = scratch("named-twice");
    write(&dir.join("a.txt"), OFFENSIVE_2023);
    std::fs::create_dir(dir.join("sub")).unwrap();
    let articles = [
        factlint::lint::NewArticle::File(dir.join("a.txt")),
        factlint::lint::NewArticle::File(dir.join("sub/../a.txt")),
    ];
    let new = factlint::lint::load_new(&articles, None, None).expect("reads");
    // Read twice, the article would agree with itself.
    assert_eq!(new.len(), 1);
}

#[test]
fn a_new_article_that_cannot_be_read_gets_a_fate_and_the_others_are_read() {
    let dir = scratch("new-unreadable");
    write(&dir.join("a.txt"), OFFENSIVE_2023);
    std::fs::write(dir.join("empty.txt"), b"").unwrap();
    let articles = [
        factlint::lint::NewArticle::File(dir.join("a.txt")),
        factlint::lint::NewArticle::File(dir.join("missing.txt")),
        factlint::lint::NewArticle::File(dir.join("empty.txt")),
    ];
    let new = factlint::lint::read_new(&articles, None, None);
    assert_eq!(new.sources.len(), 1);
    assert!(new.sources[0].path.ends_with("a.txt"));
    let reasons = |f: &[factlint::source::FileFate]| -> Vec<factlint::source::Reason> {
        f.iter().map(|f| f.reason).collect()
    };
    assert_eq!(reasons(&new.failed), [factlint::source::Reason::Missing]);
    assert!(new.failed[0].path.ends_with("missing.txt"));
    assert_eq!(reasons(&new.skipped), [factlint::source::Reason::Empty]);
    // `load_new` (for `explain`) still refuses a file that fails.
    assert!(factlint::lint::load_new(&articles, None, None).is_err());
}
