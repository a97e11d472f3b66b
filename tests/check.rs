//! `factlint check` on the bundled corpus: every fact of the default rule pack comes out as the
//! articles state it, and the reports users see are snapshotted.

use std::path::{Path, PathBuf};
use std::process::Command;

use factlint::FindingKind;
use factlint::report::{FindingEntry, Report};

fn corpus_report() -> Report {
    match factlint::check(&[PathBuf::from("corpus")], Path::new("claims")) {
        Ok(r) => r,
        Err(e) => panic!("the bundled corpus and rules must load: {:?}", e.0),
    }
}

fn snapshot_settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path("../snapshots");
    s.set_prepend_module_to_snapshot(true);
    s
}

/// (file prefix, value, mod) of one claim.
type Said = (String, String, Option<String>);

/// The findings of one rule, as (kind, [(file prefix, value, mod)]).
fn outcome(report: &Report, rule: &str) -> Vec<(FindingKind, Vec<Said>)> {
    report
        .findings
        .iter()
        .filter(|f| f.rule == rule)
        .map(|f: &FindingEntry| {
            let mut claims: Vec<_> = f
                .claims
                .iter()
                .map(|c| {
                    let file = Path::new(&*c.source).file_name().unwrap().to_string_lossy()[..3]
                        .to_string();
                    (file, c.value.to_string(), c.modifier.map(|m| m.to_string()))
                })
                .collect();
            claims.sort();
            claims.dedup();
            (f.kind, claims)
        })
        .collect()
}

fn c(file: &str, value: &str, modifier: Option<&str>) -> Said {
    (
        file.to_string(),
        value.to_string(),
        modifier.map(str::to_string),
    )
}

#[test]
fn every_fact_of_the_corpus_comes_out_as_the_articles_state_it() {
    use FindingKind::*;
    let r = corpus_report();
    let expected = [
        (
            "offensive-date",
            vec![(
                Conflict,
                vec![
                    c("000", "2022-09", None),
                    c("001", "2023-09", None),
                    c("002", "2023-09", None),
                    c("003", "2023-09", None),
                ],
            )],
        ),
        (
            "fled-karabakh",
            vec![(
                Agreement,
                vec![
                    c("000", "100000", None),
                    c("001", "100000", Some("APPROX")),
                    c("002", "100000", None),
                ],
            )],
        ),
        (
            "karabakh-population",
            vec![(SingleSource, vec![c("001", "120000", None)])],
        ),
        (
            "peacekeepers-deployed",
            vec![(
                Agreement,
                vec![c("001", "2000", None), c("002", "2000", None)],
            )],
        ),
        (
            "war-duration",
            vec![(
                Agreement,
                vec![c("002", "P6W", None), c("004", "P6W", None)],
            )],
        ),
        (
            "war-year",
            vec![
                (
                    Refinement,
                    vec![
                        c("000", "2020", None),
                        c("001", "2020-FA", None),
                        c("002", "2020", None),
                        c("004", "2020-FA", None),
                    ],
                ),
                (
                    Agreement,
                    vec![
                        c("000", "2020", None),
                        c("001", "2020-FA", None),
                        c("002", "2020", None),
                        c("004", "2020-FA", None),
                    ],
                ),
            ],
        ),
        (
            "war-deaths",
            vec![(SingleSource, vec![c("004", "6000", Some("MORE_THAN"))])],
        ),
        (
            "gyumri-troops",
            vec![(SingleSource, vec![c("001", "3000", Some("APPROX"))])],
        ),
        (
            "putin-pashinyan-meeting",
            vec![(SingleSource, vec![c("001", "2024-05-08", None)])],
        ),
        (
            "withdrawal-start",
            vec![(
                Agreement,
                vec![c("001", "2024-04-17", None), c("002", "2024-04-17", None)],
            )],
        ),
        (
            "separatist-control",
            vec![(SingleSource, vec![c("002", "P30Y", Some("APPROX"))])],
        ),
        (
            "tavush-villages",
            vec![(SingleSource, vec![c("000", "4", None)])],
        ),
        (
            "russian-posts-regions",
            vec![(SingleSource, vec![c("001", "5", None)])],
        ),
    ];
    let mut failures = Vec::new();
    for (rule, want) in expected {
        let got = outcome(&r, rule);
        if got != want {
            failures.push(format!("{rule}:\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_offensive_conflict_points_into_both_sources_sentences() {
    let r = corpus_report();
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "offensive-date")
        .expect("an offensive-date finding");
    assert_eq!(f.kind, FindingKind::Conflict);
    // Anchored on the outlier, 000, which speaks of the 2022 attack on Armenia itself.
    assert!(f.claims[0].source.ends_with("000_e3b7d5870ff81da2.txt"));
    let human = factlint::render::human(&r, factlint::render::Style::default());
    assert!(
        human.contains("lancé une offensive contre le pays en septembre 2022"),
        "{human}"
    );
    assert!(
        human.contains("ayant permis de reprendre l’enclave disputée"),
        "{human}"
    );
    assert!(human.contains("corpus/001_c5a4ef38bf38a982.txt"), "{human}");
}

#[test]
fn the_misspelled_month_of_the_meeting_is_a_warning() {
    let r = corpus_report();
    let meeting: Vec<_> = r
        .claims
        .iter()
        .filter(|c| &*c.rule == "putin-pashinyan-meeting")
        .collect();
    assert_eq!(meeting.len(), 2, "{meeting:#?}");
    let typo = meeting
        .iter()
        .find(|c| c.text.contains("mail"))
        .expect("the claim written '8 mail 2024'");
    assert_eq!(typo.value.to_string(), "2024-05-08");
    assert_eq!(typo.warnings.len(), 1);
    assert_eq!(typo.warnings[0].code.as_str(), "misspelled-month");
    assert_eq!(r.summary.warnings, 1);
}

#[test]
fn claims_carry_byte_spans_into_the_original_text() {
    let r = corpus_report();
    for claim in &r.claims {
        let i = r
            .sources
            .iter()
            .position(|s| *s.path == *claim.source)
            .expect("claim's source is listed");
        let kept = r.excerpts.get(i, claim.start..claim.end);
        assert_eq!(kept, Some(&*claim.text));
    }
}

#[test]
fn human_report_of_the_corpus() {
    let r = corpus_report();
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(factlint::render::human(
            &r,
            factlint::render::Style::default()
        ))
    });
}

#[test]
fn json_report_of_the_corpus() {
    let r = corpus_report();
    snapshot_settings().bind(|| insta::assert_json_snapshot!(r));
}

fn factlint(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn check_exits_1_on_the_corpus_conflict_and_prints_the_summary() {
    // Without the editors' decisions (corpus/factlint.review.yaml), the conflict fails the run.
    let (code, out, _) = factlint(&["check", "--no-review"]);
    assert_eq!(code, 1);
    assert!(out.contains("5 sources read"), "{out}");
    assert!(out.contains("1 conflict"), "{out}");
}

#[test]
fn the_reviewed_corpus_conflict_still_shows_with_its_note_but_exits_0() {
    let (code, out, err) = factlint(&["check"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("1 conflict"), "{out}");
    assert!(out.contains("1 reviewed"), "{out}");
    assert!(
        out.contains("offensive-date FL-69e8dca9079e reviewed"),
        "{out}"
    );
    // The help line wraps; read it as one line.
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Reviewed: different events (not a conflict)"),
        "{out}"
    );
    assert!(flat.contains("attack on Armenia itself"), "{out}");
}

#[test]
fn check_exits_0_on_sources_that_agree() {
    let (code, out, err) = factlint(&[
        "check",
        "corpus/001_c5a4ef38bf38a982.txt",
        "corpus/002_b25f2f49d2afc94c.txt",
    ]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("2 sources read"), "{out}");
}

#[test]
fn a_missing_path_is_reported_and_the_others_are_checked() {
    let (code, out, err) = factlint(&["check", "corpus", "no/such/article.txt", "--summary"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("no/such/article.txt"), "{err}");
    assert!(
        out.contains("5 sources read") && out.contains("1 file failed (1 missing)"),
        "{out}"
    );
    let (code, _, _) = factlint(&["check", "--strict", "corpus", "no/such/article.txt"]);
    assert_eq!(code, 2);
    let (code, _, err) = factlint(&["check", "no/such/article.txt"]);
    assert_eq!(code, 2);
    assert!(err.contains("nothing was checked"), "{err}");
}

#[test]
fn json_output_is_the_report() {
    let (code, out, _) = factlint(&["check", "--format", "json", "--no-review"]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    for key in ["sources", "claims", "findings", "summary"] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    let claim = &v["claims"][0];
    for key in [
        "rule", "source", "value", "mod", "text", "start", "end", "line", "column",
    ] {
        assert!(claim.get(key).is_some(), "claim lacks {key}: {claim}");
    }
}

#[test]
fn bad_rule_files_are_diagnostics_with_exit_2_not_a_panic() {
    let (code, out, err) = factlint(&["check", "--claims", "tests/fixtures/rules"]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(
        err.contains("tests/fixtures/rules/broken.yaml:9:5"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn rules_test_passes_on_the_default_pack() {
    let (code, out, err) = factlint(&["rules", "test"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("all pass"), "{out}");
}

/// The README's guide says a subject-bound offensive rule separates the 2022 attack on Armenia
/// from the 2023 offensive on Nagorno-Karabakh; this holds it to that.
#[test]
fn a_subject_bound_rule_keeps_the_two_offensives_apart() {
    let pack = std::fs::read_to_string("claims/karabakh-2023.yaml").unwrap();
    let anchor = "    rivals: [\"@war\", heurt, accrochage, bombardement, déployer, déploiement, dépêcher, stationner, \"@withdraw\"]\n";
    assert!(
        pack.contains(anchor),
        "the offensive rule's rivals moved; update this test"
    );
    let bound = pack.replacen(
        anchor,
        &format!("{anchor}    subjects:\n      armenia: \"contre (?:le pays|l'Arménie)\"\n      karabakh: \"Karaba|enclave\"\n"),
        1,
    );
    let words = std::fs::read_to_string("claims/words.yaml").unwrap();
    let rules = factlint::rules::load_sources(vec![
        factlint::rules::RuleFile::new("claims/karabakh-2023.yaml", bound),
        factlint::rules::RuleFile::new("claims/words.yaml", words),
    ])
    .expect("the bound rule loads");
    let (sources, errors) = factlint::source::load(&[PathBuf::from("corpus")]);
    assert!(errors.is_empty());
    let r = factlint::check_sources(&rules, &sources);
    let offensive: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.rule == "offensive-date")
        .collect();
    let shape: Vec<_> = offensive
        .iter()
        .map(|f| (f.kind, f.subject.clone(), f.claims.len()))
        .collect();
    assert_eq!(
        shape,
        vec![
            (FindingKind::Agreement, Some("karabakh".to_string()), 3),
            (FindingKind::SingleSource, Some("armenia".to_string()), 1),
        ]
    );
    assert_eq!(r.summary.conflicts, 0);
}

/// A fresh folder under the system's temp dir, removed and recreated.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factlint-tests-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn markdown_articles_take_their_metadata_from_front_matter() {
    let dir = scratch("front-matter");
    let article = "---\ntitle: Retrait russe\noutlet: Exemple\npublished: 2024-04-18\nlang: fr\n---\n\
                   Dmitri Peskov a confirmé le 17 avril que la Russie avait commencé à retirer ses forces.\n";
    std::fs::write(dir.join("new.md"), article).unwrap();
    let report = factlint::check(std::slice::from_ref(&dir), Path::new("claims")).expect("loads");
    assert_eq!(report.sources[0].outlet.as_deref(), Some("Exemple"));
    assert_eq!(
        report.sources[0]
            .published
            .map(|p| p.to_string())
            .as_deref(),
        Some("2024-04-18")
    );
    let claim = report
        .claims
        .iter()
        .find(|c| &*c.rule == "withdrawal-start")
        .expect("a withdrawal claim");
    // The year comes from the front matter's date; the span is into the whole file.
    assert_eq!(claim.value.to_string(), "2024-04-17");
    assert_eq!(&article[claim.start..claim.end], "17 avril");
    assert_eq!(claim.line, 7);
}

#[test]
fn a_count_range_after_front_matter_points_at_its_words() {
    let dir = scratch("front-matter-range");
    let article = "---\noutlet: Exemple\npublished: 2023-10-02\n---\n\
                   D'après Erevan, de 70 000 à 90 000 Arméniens ont fui le Karabakh en une semaine.\n";
    std::fs::write(dir.join("range.md"), article).unwrap();
    let report = factlint::check(std::slice::from_ref(&dir), Path::new("claims")).expect("loads");
    let claim = report
        .claims
        .iter()
        .find(|c| &*c.rule == "fled-karabakh")
        .expect("a flight claim");
    // The range's both ends, in the body: not bytes of the front matter.
    assert_eq!(&article[claim.start..claim.end], "70 000 à 90 000");
}

#[test]
fn an_english_paragraph_of_a_french_article_is_read_in_english() {
    let dir = scratch("bilingual");
    let article = "Légende des photos, 19 avril 2024.\n\
                   EN: More than 95,000 people had left the enclave by Sunday, the officials said.\n\
                   FR : Plus de 95 000 personnes avaient quitté l'enclave avant dimanche, selon Erevan.\n";
    std::fs::write(dir.join("captions.txt"), article).unwrap();
    let report = factlint::check(std::slice::from_ref(&dir), Path::new("claims")).expect("loads");
    let values: Vec<(String, &str)> = report
        .claims
        .iter()
        .filter(|c| &*c.rule == "fled-karabakh")
        .map(|c| (c.value.to_string(), &article[c.start..c.end]))
        .collect();
    // "95,000" is ninety-five thousand in the English line, never 95 read as French.
    assert!(values.iter().all(|(v, _)| v == "95000"), "{values:?}");
    assert!(
        values.iter().any(|(_, t)| t.contains("95,000")),
        "{values:?}"
    );
}

#[test]
fn a_file_that_is_not_utf8_is_read_with_a_guessed_encoding_and_a_warning() {
    let dir = scratch("latin1");
    std::fs::write(dir.join("latin1.txt"), b"Le 17 avril, l'arm\xe9e russe\n").unwrap();
    let (code, _, err) = factlint(&["check", dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("latin1.txt") && err.contains("read as windows-1252"),
        "{err}"
    );
}

#[test]
fn a_misspelled_key_in_sources_yaml_is_located() {
    let dir = scratch("sources-yaml");
    std::fs::write(dir.join("a.txt"), "Texte.\n").unwrap();
    std::fs::write(
        dir.join("sources.yaml"),
        "a.txt:\n  lang: fr\n  publshed: 2024-05-09\n",
    )
    .unwrap();
    // The article is still read; the bad metadata file is a failure, which --strict makes
    // exit 2.
    let (code, _, err) = factlint(&["check", dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("unknown field `publshed`"), "{err}");
    assert!(err.contains("sources.yaml:3:3"), "{err}");
    let (code, _, err) = factlint(&["check", "--strict", dir.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn two_values_for_one_rule_within_one_source_are_a_conflict() {
    let dir = scratch("within-source");
    std::fs::write(
        dir.join("a.txt"),
        "L'offensive de l'Azerbaïdjan a eu lieu en septembre 2023.\n\
         Plus loin, le même texte situe l'offensive en septembre 2022.\n",
    )
    .unwrap();
    let report = factlint::check(std::slice::from_ref(&dir), Path::new("claims")).expect("loads");
    let conflict = report
        .findings
        .iter()
        .find(|f| f.rule == "offensive-date")
        .expect("a finding");
    assert_eq!(conflict.kind, FindingKind::Conflict);
    assert_eq!(conflict.claims.len(), 2);
    assert!(
        conflict.message.starts_with("one source states two values"),
        "{}",
        conflict.message
    );
}

#[test]
fn output_is_the_same_at_any_thread_count() {
    let run = |threads: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_factlint"))
            .args(["check", "--format", "json"])
            .env("RAYON_NUM_THREADS", threads)
            .output()
            .expect("runs");
        out.stdout
    };
    let one = run("1");
    assert!(!one.is_empty());
    assert_eq!(one, run("2"));
    assert_eq!(one, run("8"));
}

#[test]
fn the_same_inputs_give_the_same_bytes() {
    let (_, first, _) = factlint(&["check", "--format", "json"]);
    let (_, second, _) = factlint(&["check", "--format", "json"]);
    assert_eq!(first, second);
    let (_, human, _) = factlint(&["check"]);
    let (_, again, _) = factlint(&["check"]);
    assert_eq!(human, again);
}

/// English articles with an English rule pack: the same pipeline, the grammar of each source's
/// language (from its front matter).
#[test]
fn english_articles_are_checked_with_an_english_rule_pack() {
    let report = factlint::check(
        &[PathBuf::from("tests/fixtures/english/corpus")],
        Path::new("tests/fixtures/english/claims"),
    )
    .expect("loads");
    let got = outcome(&report, "fled-karabakh-en");
    assert_eq!(
        got,
        vec![(
            FindingKind::Conflict,
            vec![c("a.m", "100000", None), c("b.m", "10000", Some("APPROX"))]
        )]
    );
    let a = &report.claims[0];
    assert_eq!(&*a.text, "100,000");
    let (code, _, _) = factlint(&["rules", "test", "--claims", "tests/fixtures/english/claims"]);
    assert_eq!(code, 0);
}

/// A date whose year cannot be resolved agrees with nothing: it must not ride along in the
/// corpus's own agreement and be counted as one.
#[test]
fn a_yearless_date_is_set_apart_not_counted_as_an_agreement() {
    let dir = scratch("yearless");
    let article = dir.join("brouillon.txt");
    std::fs::write(
        &article,
        "Le 17 avril, le Kremlin avait affirmé que les militaires russes avaient commencé leur retrait.\n",
    )
    .unwrap();
    let (code, out, err) = factlint(&["lint", article.to_str().unwrap(), "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let kinds: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["single-source"], "{out}");
    assert_eq!(v["summary"]["agreements"], 0);
    // With the publication date, the same sentence agrees with 001 and 002.
    let (_, out, _) = factlint(&[
        "lint",
        article.to_str().unwrap(),
        "--published",
        "2024-04-20",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["findings"][0]["kind"], "agreement", "{out}");
}

#[test]
fn rules_why_refuses_an_unknown_rule_and_a_bad_date() {
    let (code, _, err) = factlint(&["rules", "why", "--rule", "no-such-rule", "README.md"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("no-such-rule"), "{err}");
    let (code, _, err) = factlint(&["rules", "why", "--published", "mai", "README.md"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--published"), "{err}");
    let (code, _, err) = factlint(&["rules", "why", "no-such-file.txt"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("no-such-file.txt"), "{err}");
}

/// A combined duration is one claim, compared in days: "un mois et quatorze jours" agrees with
/// 44 days, six weeks and a month and a half (issue 9's table), and two months still conflict
/// with six weeks.
#[test]
fn a_combined_duration_agrees_with_the_same_length_in_other_units() {
    let war = |dir: &Path, name: &str, length: &str| {
        let text = format!("Selon le rapport publié lundi, la guerre de 2020 a duré {length}.\n");
        std::fs::write(dir.join(name), text).unwrap();
    };
    let lengths = |dir: &Path| -> Vec<(FindingKind, Vec<String>)> {
        let report = factlint::check(&[dir.to_path_buf()], Path::new("claims")).expect("loads");
        outcome(&report, "war-duration")
            .into_iter()
            .map(|(kind, claims)| (kind, claims.into_iter().map(|c| c.1).collect()))
            .collect()
    };
    let agree = scratch("combined-agree");
    war(&agree, "a.txt", "un mois et quatorze jours");
    war(&agree, "b.txt", "44 jours");
    war(&agree, "c.txt", "six semaines");
    war(&agree, "d.txt", "un mois et demi");
    // One agreement of the four, and refinements (a finer unit refines a coarser one); no
    // conflict.
    let found = lengths(&agree);
    assert!(
        found
            .iter()
            .all(|(kind, _)| matches!(kind, FindingKind::Agreement | FindingKind::Refinement)),
        "{found:?}"
    );
    let all: Vec<String> = ["P1M14D", "P44D", "P6W", "P1.5M"].map(String::from).into();
    assert!(found.contains(&(FindingKind::Agreement, all)), "{found:?}");
    let apart = scratch("combined-conflict");
    war(&apart, "a.txt", "deux mois");
    war(&apart, "b.txt", "six semaines");
    war(&apart, "c.txt", "un mois et vingt-cinq jours");
    let found = lengths(&apart);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, FindingKind::Conflict, "{found:?}");
}
