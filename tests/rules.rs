//! Tests of the rules area: loading with located diagnostics, matching, the authoring
//! commands, and the rule pack in `claims/` (its examples pass, its reference is current).

use std::path::{Path, PathBuf};

use factlint::grammar::{self, Lang};
use factlint::rules::{self, ErrorCode, RuleError, RuleFile, RuleSet};

fn snapshot(name: &str, value: &str) {
    insta::with_settings!({snapshot_path => "../snapshots", prepend_module_to_snapshot => true}, {
        insta::assert_snapshot!(name, value);
    });
}

fn load_ok(dir: &str) -> RuleSet {
    rules::load_dir(Path::new(dir)).unwrap_or_else(|e| panic!("{}", rules::render_plain(&e)))
}

fn load_err(name: &str, text: &str) -> Vec<RuleError> {
    match rules::load_str(name, text) {
        Ok(_) => panic!("{name} loaded without error"),
        Err(e) => e,
    }
}

fn shorts(errors: &[RuleError]) -> Vec<String> {
    errors.iter().map(RuleError::short).collect()
}

#[test]
fn broken_fixture_reports_every_problem_at_its_place() {
    let path = PathBuf::from("tests/fixtures/rules/broken.yaml");
    let errors =
        rules::load_files(std::slice::from_ref(&path)).expect_err("broken.yaml has errors");
    let f = "tests/fixtures/rules/broken.yaml";
    assert_eq!(
        shorts(&errors),
        [
            format!("{f}:9:5: unknown-key: unknown key `patern`"),
            format!(
                "{f}:15:15: wrong-type: `patterns`: invalid type: string \"en {{date}}\", expected a sequence"
            ),
            format!("{f}:17:5: missing-key: missing key `title`"),
            format!("{f}:25:23: unknown-placeholder: unknown placeholder `{{dat}}`"),
            format!("{f}:31:10: missing-value-placeholder: this pattern has no value placeholder"),
            format!(
                "{f}:37:23: extra-value-placeholder: a pattern has exactly one value placeholder"
            ),
            format!("{f}:43:10: placeholder-kind-mismatch: `{{count}}` in a rule of kind `date`"),
            format!(
                "{f}:49:21: invalid-regex: invalid regex: invalid repetition count range, the start must be <= the end"
            ),
            format!("{f}:54:16: invalid-tolerance: a date tolerance cannot be a percentage"),
            format!("{f}:60:16: unknown-def: unknown def `{{karabak}}`"),
            format!("{f}:66:15: empty-patterns: `patterns` is empty"),
            format!("{f}:68:9: duplicate-id: duplicate rule id `unknown-key`"),
        ]
    );
    snapshot("broken", &rules::render_plain(&errors));
}

#[test]
fn problems_of_one_rule_all_come_out() {
    let text = "rules:\n  - id: Bad_Id\n    kind: dates\n    patterns: [\"{count} a{2,1}\"]\n    severity: fatal\n    examples:\n      - text: x\n        valeur: 3\n";
    let errors = load_err("many.yaml", text);
    assert_eq!(
        shorts(&errors),
        [
            "many.yaml:2:5: missing-key: missing key `title`",
            "many.yaml:2:9: invalid-value: rule id `Bad_Id` is not kebab-case",
            "many.yaml:3:11: invalid-value: unknown kind `dates`",
            "many.yaml:4:26: invalid-regex: invalid regex: invalid repetition count range, the start must be <= the end",
            "many.yaml:5:15: invalid-value: unknown severity `fatal`",
            "many.yaml:8:9: unknown-key: unknown field `valeur`, expected one of `text`, `value`, `published`, `mod`",
        ]
    );
}

#[test]
fn duplicate_ids_across_files_point_at_both() {
    let rule = |title: &str| {
        format!(
            "rules:\n  - id: offensive-date\n    title: {title}\n    kind: date\n    patterns: [\"en {{date}}\"]\n"
        )
    };
    let files = vec![
        RuleFile::new("claims/a.yaml", rule("First")),
        RuleFile::new("claims/b.yaml", rule("Second")),
    ];
    let errors = rules::load_sources(files).expect_err("duplicate id");
    assert_eq!(
        shorts(&errors),
        ["claims/b.yaml:2:9: duplicate-id: duplicate rule id `offensive-date`"]
    );
    let json = serde_json::to_value(&errors[0]).unwrap();
    assert_eq!(
        (json["code"].as_str(), json["line"].as_u64()),
        (Some("duplicate-id"), Some(2))
    );
    assert_eq!(json["related"][0]["file"].as_str(), Some("claims/a.yaml"));
    let related = errors[0].related_errors();
    assert_eq!(
        (
            related[0].file.as_path(),
            related[0].line,
            related[0].column
        ),
        (Path::new("claims/a.yaml"), 2, 9)
    );
    snapshot("duplicate_id_across_files", &rules::render_plain(&errors));
}

#[test]
fn unreadable_files_are_errors_not_skipped() {
    let missing = PathBuf::from("tests/fixtures/rules/no-such-file.yaml");
    let errors = rules::load_files(&[missing, PathBuf::from("tests/fixtures/rules/broken.yaml")])
        .unwrap_err();
    assert_eq!(errors[0].code, ErrorCode::UnreadableFile);
    assert!(errors.len() > 1, "the readable file is still checked");
    let errors = rules::load_dir(Path::new("tests/fixtures/rules/no-such-dir")).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].code, ErrorCode::UnreadableFile);
}

#[test]
fn yaml_syntax_errors_are_located() {
    let errors = load_err("syntax.yaml", "rules:\n  - id: x\n    title: [unclosed\n");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].code, ErrorCode::YamlSyntax);
    assert_eq!((errors[0].line, errors[0].column), (4, 1));
    let errors = load_err("dup.yaml", "defs:\n  a: x\n  a: y\nrules: []\n");
    assert_eq!(
        shorts(&errors),
        ["dup.yaml:3:3: duplicate-key: duplicate entry with key \"a\""]
    );
}

#[test]
fn odd_documents_give_diagnostics_not_panics() {
    let cases = [
        "",
        "[]",
        "42",
        "rules: 5",
        "rules: [5, null, [], {}]",
        "rules:\n- {id: x, title: y, kind: date, patterns: ['{date}']}\n- &a {id: z}\n- *a\n",
        "rules:\n\t- id: x",
        "lang: klingon\nrules: []",
        "aliases: {A: [a, b], B: [b]}\nrules: []",
        "defs: {date: x, '1x': y}\nrules: []",
        "rules:\n  - id: x\n    title: y\n    kind: date\n    patterns: ['{date}']\n    examples: [{text: t, value: '2023-9', published: 'yesterday', mod: ABOUT}, 3]\n",
        "rules:\n  - id: é\n    title: 'it''s'\n    kind: duration\n    tolerance: 3\n    patterns: [\"(?:a|b {duration})\"]\n",
        "\u{feff}rules:\n  - id: x\n    title: ☃\n    kind: count\n    tolerance: -1%\n    patterns: ['{count} ☃']\n",
    ];
    for text in cases {
        match rules::load_str("odd.yaml", text) {
            Ok(set) => assert!(set.rules.len() <= 1, "{text:?}"),
            Err(errors) => {
                assert!(!errors.is_empty());
                for e in &errors {
                    assert!(e.line >= 1 && e.column >= 1, "{text:?}: {}", e.short());
                }
                // Rendering must not panic either (spans inside the text, on char boundaries).
                let _ = rules::render_plain(&errors);
            }
        }
    }
}

#[test]
fn flow_style_rules_are_located_too() {
    let text = "rules: [{id: a, title: t, kind: date, patterns: ['{date} {count}']}]\n";
    let errors = load_err("flow.yaml", text);
    assert_eq!(
        shorts(&errors),
        ["flow.yaml:1:58: extra-value-placeholder: a pattern has exactly one value placeholder"]
    );
}

#[test]
fn good_fixture_loads_compiled_and_sorted() {
    let set = load_ok("tests/fixtures/rules/good");
    let ids: Vec<&str> = set.rules.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["karabakh-exodus-count", "offensive-date"]);
    let rule = set.get("offensive-date").unwrap();
    assert_eq!((rule.origin.line, rule.origin.column), (8, 5));
    assert_eq!(rule.patterns[1].before.as_str(), r"(?i)(?:)\z");
    assert_eq!(
        rule.patterns[1].after.as_str(),
        r"(?i)\A(?:,\s+l['’]Azerbaïdjan\s+a\s+repris)"
    );
    assert_eq!(rule.tolerance, Some(rules::Tolerance::Absolute(3.0)));
    assert_eq!(
        rule.subjects
            .iter()
            .map(|s| s.name.as_str())
            .collect::<Vec<_>>(),
        ["armenia", "karabakh"]
    );
    let example = &rule.examples[0];
    assert_eq!(
        (
            example.value_origin.get().line,
            example.value_origin.get().column
        ),
        (23, 16)
    );
    snapshot("list", &rules::render_list(&set));
    snapshot("explain", &rules::explain(rule, Some(&[])));
}

#[test]
fn match_text_checks_both_sides_and_the_scope() {
    let set = load_ok("tests/fixtures/rules/good");
    let rule = set.get("offensive-date").unwrap();
    let text = "L'offensive a eu lieu en septembre 2023. Le retrait date de septembre 2024.\n\
                Une offensive en Ukraine en février 2022. L’offensive,\nen mai 2020.";
    let mentions = grammar::scan(text, Lang::Fr, None);
    let found: Vec<(&str, usize, &str)> = rules::match_text(rule, text, &mentions)
        .iter()
        .map(|m| {
            (
                &text[mentions[m.mention].start..mentions[m.mention].end],
                match m.by {
                    rules::MatchedBy::Pattern(i) => i,
                    rules::MatchedBy::Cues(_) => usize::MAX,
                },
                &text[m.context.clone()],
            )
        })
        .collect();
    // "septembre 2024" is in another sentence than "offensive"; the Ukraine sentence is
    // excluded; a newline ends a paragraph, so "mai 2020" has no "offensive" before it.
    assert_eq!(
        found,
        [(
            "septembre 2023",
            0,
            "L'offensive a eu lieu en septembre 2023."
        )]
    );
}

#[test]
fn rule_examples_run_through_grammar_and_matching() {
    let set = load_ok("tests/fixtures/rules/good");
    let outcome = rules::test_examples(&set);
    assert!(
        outcome.passed(),
        "{}",
        rules::render_plain(&outcome.failures)
    );
    assert_eq!(
        outcome.summary(),
        "3 examples, 1 counter-examples: all pass"
    );
}

#[test]
fn a_broken_example_fails_with_a_located_diagnostic() {
    let text = "\
rules:
  - id: offensive-date
    title: Date of the offensive
    kind: date
    patterns: [\"offensive[^.]*?\\\\ben {date}\"]
    examples:
      - text: \"L'offensive a commencé en septembre 2023.\"
        value: 2023-10
      - text: \"Elle a commencé en septembre 2023.\"
        value: 2023-09
    counter-examples:
      - \"Une autre offensive en mai 2020.\"
";
    let set = rules::load_str("example.yaml", text)
        .unwrap_or_else(|e| panic!("{}", rules::render_plain(&e)));
    let outcome = rules::test_examples(&set);
    assert_eq!(
        shorts(&outcome.failures),
        [
            "example.yaml:8:16: example-mismatch: example of `offensive-date` gives 2023-09",
            "example.yaml:9:15: example-mismatch: example of `offensive-date` gives no claim",
            "example.yaml:12:9: counter-example-matched: counter-example of `offensive-date` gives a claim",
        ]
    );
    snapshot("broken_example", &rules::render_plain(&outcome.failures));
}

/// The rule pack's own tests, as `factlint rules test` runs them.
#[test]
fn claims_examples_pass() {
    let dir = Path::new("claims");
    let has_rules = std::fs::read_dir(dir)
        .map(|entries| {
            entries.flatten().any(|e| {
                e.path()
                    .extension()
                    .is_some_and(|x| x == "yaml" || x == "yml")
            })
        })
        .unwrap_or(false);
    if !has_rules {
        return;
    }
    let set = load_ok("claims");
    // Every rule of the pack carries its tests: two texts it must match, one it must not.
    let thin: Vec<&str> = set
        .rules
        .iter()
        .filter(|r| r.examples.len() < 2 || r.counter_examples.is_empty())
        .map(|r| r.id.as_str())
        .collect();
    assert!(
        thin.is_empty(),
        "rules with fewer than two examples or no counter-example: {thin:?}"
    );
    let outcome = rules::test_examples(&set);
    assert!(
        outcome.passed(),
        "{}\n{}",
        rules::render_plain(&outcome.failures),
        outcome.summary()
    );
}

/// `claims/REFERENCE.md` is generated from the YAML, so that it cannot drift from it.
#[test]
fn reference_is_up_to_date() {
    let dir = Path::new("claims");
    if !dir.is_dir() {
        return;
    }
    let set = load_ok("claims");
    let generated = rules::reference_markdown(&set);
    let path = dir.join("REFERENCE.md");
    if std::env::var_os("UPDATE_REFERENCE").is_some() {
        std::fs::write(&path, &generated).expect("write claims/REFERENCE.md");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "claims/REFERENCE.md is out of date with claims/*.yaml; regenerate it with:\n\n    UPDATE_REFERENCE=1 cargo test reference\n"
    );
}

#[test]
fn reference_of_the_good_fixture() {
    let set = load_ok("tests/fixtures/rules/good");
    snapshot("reference", &rules::reference_markdown(&set));
}

#[test]
fn file_level_problems_are_located() {
    let text = "lang: de\nrule: []\naliases:\n  Erevan: [Erevan, Yerevan]\n  Yerevan: [Yerevan]\ndefs:\n  date: x\n  k: \"{nope}a{2,1}\"\nrules: []\n";
    let errors = load_err("file.yaml", text);
    assert_eq!(
        shorts(&errors),
        [
            "file.yaml:1:7: invalid-value: unknown language `de`",
            "file.yaml:2:1: unknown-key: unknown key `rule`",
            "file.yaml:5:13: duplicate-alias: `Yerevan` is already a variant of `Erevan`",
            "file.yaml:7:3: invalid-value: `date` cannot name a def",
            "file.yaml:8:7: unknown-def: unknown def `{nope}`",
            "file.yaml:8:14: invalid-regex: invalid regex: invalid repetition count range, the start must be <= the end",
        ]
    );
}

/// What each example of the default pack gives, as a reviewed snapshot: the text, the value
/// and mod the grammar and the rule read from it, and each counter-example's (absent) claims.
#[test]
fn claims_examples_snapshot() {
    let set = load_ok("claims");
    let mut out = String::new();
    for rule in &set.rules {
        out.push_str(&format!(
            "{} ({})\n",
            rule.id,
            match rule.kind {
                factlint::value::ValueKind::Number => "count",
                k => k.as_str(),
            }
        ));
        let lang = rule.lang.unwrap_or(Lang::Fr);
        for ex in &rule.examples {
            let mentions = grammar::scan(&ex.text, lang, ex.published);
            let got: Vec<String> = rules::match_text(rule, &ex.text, &mentions)
                .iter()
                .map(|m| {
                    let mention = &mentions[m.mention];
                    let modifier = mention
                        .modifier
                        .map(|x| format!(" {x}"))
                        .unwrap_or_default();
                    format!(
                        "{:?} = {}{modifier}",
                        &ex.text[mention.start..mention.end],
                        mention.value
                    )
                })
                .collect();
            out.push_str(&format!("  + {}\n    → {}\n", ex.text, got.join("; ")));
        }
        for counter in &rule.counter_examples {
            let mentions = grammar::scan(&counter.text, lang, None);
            let n = rules::match_text(rule, &counter.text, &mentions).len();
            out.push_str(&format!("  - {}\n    → {n} claim(s)\n", counter.text));
        }
    }
    snapshot("claims_examples", &out);
}

#[test]
fn a_def_that_uses_itself_or_a_later_def_says_defs_see_only_those_above() {
    let errors = load_err(
        "defs.yaml",
        "defs:\n  a: 'x{a}'\n  b: '{c}'\n  c: 'y'\nrules: []\n",
    );
    let helps: Vec<String> = errors.iter().filter_map(|e| e.help.clone()).collect();
    // Not "this file has no `defs:`": it has three.
    assert_eq!(
        helps,
        [
            "a def can use only the defs written above it; none is",
            "a def can use only the defs written above it; those are: a",
        ]
    );
}

/// "depuis 1994" is a date the grammar reads, and a duration rule takes it as the years up to
/// publication, the same in `rules test` as in extraction.
#[test]
fn a_duration_rule_reads_depuis_and_a_year_as_the_years_since() {
    let text = "\
rules:
  - id: dam-closed
    title: How long the dam has been closed
    kind: duration
    patterns: [\"\\\\bfermé depuis {duration}\"]
    examples:
      - text: \"Le barrage est fermé depuis 1994.\"
        value: P29Y
        mod: APPROX
        published: 2023-11-23
      - text: \"Le barrage est fermé depuis près de trente ans.\"
        value: P30Y
        mod: APPROX
    counter-examples:
      - \"Le barrage a été fermé en 1994.\"
";
    let set =
        rules::load_str("dam.yaml", text).unwrap_or_else(|e| panic!("{}", rules::render_plain(&e)));
    let outcome = rules::test_examples(&set);
    assert!(
        outcome.passed(),
        "{}",
        rules::render_plain(&outcome.failures)
    );

    let article = "Le barrage est fermé depuis 2004. Il a été construit en 1960.";
    let meta = factlint::source::SourceMeta {
        published: factlint::value::Published::parse("2024-05-09"),
        ..Default::default()
    };
    let source = factlint::source::from_text("dam.txt", article, meta);
    let claims = factlint::extract::extract(&set, std::slice::from_ref(&source));
    let read: Vec<(String, String)> = claims
        .iter()
        .map(|c| {
            (
                c.value.to_string(),
                c.modifier.map(|m| m.to_string()).unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(read, [("P20Y".to_string(), "APPROX".to_string())]);
}

/// Every mistake an author can make in the cue keys is reported at its line and column, all
/// in one run.
#[test]
fn cue_key_mistakes_are_located() {
    let text = "\
lang: fr
words:
  flee: [fuir, exode]
rules:
  - id: a
    title: A
    kind: date
    counts: [soldat]
    near: [\"@flea\"]
  - id: b
    title: B
    kind: count
  - id: c
    title: C
    kind: count
    cues: [\"@flee\"]
    window: 0
    partitive: both
    anchor: {cues: [\"@flee\"], agianst: [x]}
";
    let errors = load_err("cues.yaml", text);
    let got = shorts(&errors);
    let expected = [
        "cues.yaml:8:5: invalid-value: `counts` is for count rules",
        "cues.yaml:9:12: unknown-def: unknown word class `@flea`",
        "cues.yaml:10:5: missing-key: missing key `patterns` or `cues`",
        "cues.yaml:17:13: invalid-value: `window` is at least 1 (words between the value and a `near` cue)",
        "cues.yaml:18:16: invalid-value: unknown partitive `both`",
    ];
    for e in expected {
        assert!(got.iter().any(|g| g == e), "missing {e} in {got:#?}");
    }
    assert!(
        got.iter()
            .any(|g| g.starts_with("cues.yaml:19:") && g.contains("agianst")),
        "{got:#?}"
    );
}

/// A class defined twice in a claims folder is an error at the second definition.
#[test]
fn a_word_class_is_defined_once_per_folder() {
    let one = RuleFile::new("one.yaml", "words:\n  war: [guerre]\n");
    let two = RuleFile::new("two.yaml", "words:\n  war: [conflit]\n");
    let errors = rules::load_sources(vec![one, two]).expect_err("a duplicate class");
    assert_eq!(
        shorts(&errors),
        ["two.yaml:2:3: duplicate-key: word class `war` is defined twice"]
    );
}

/// The near-miss view names what a value lacked, and what a rule took with which words.
#[test]
fn rules_why_says_what_was_taken_and_what_was_missing() {
    let set = load_ok("claims");
    let taken = rules::why(
        &set,
        None,
        "La Russie maintient là-bas un contingent de 2 000 soldats.",
        Lang::Fr,
        None,
    );
    assert!(
        taken.contains("peacekeepers-deployed  takes “2 000” = 2000")
            && taken.contains("“contingent”"),
        "{taken}"
    );
    let missed = rules::why(
        &set,
        Some("peacekeepers-deployed"),
        "Trois soldats de la paix russes ont été tués dans une embuscade.",
        Lang::Fr,
        None,
    );
    assert!(missed.contains("misses “Trois” = 3"), "{missed}");
    assert!(missed.contains("rival “tués”"), "{missed}");
}

/// A rule file from memory (what the `rules` fuzz target loads) is checked as one read from
/// disk: bytes that are not UTF-8 are an error at the first bad byte, with its line and column.
#[test]
fn a_rule_file_from_bytes_that_are_not_utf8_is_located_at_the_bad_byte() {
    let path = Path::new("mem.yaml");
    let bytes = b"lang: fr\nrules:\n  - id: \xE9t\xE9\n".to_vec();
    let e = rules::file_from_bytes(path, bytes).unwrap_err();
    assert_eq!(e.code, ErrorCode::UnreadableFile);
    assert_eq!((e.line, e.column, e.offset), (3, 9, 24));
    assert!(e.message.contains("byte 0xE9"), "{}", e.message);
    let file = rules::file_from_bytes(path, b"rules: []\n".to_vec()).unwrap();
    assert!(rules::load_sources(vec![file]).is_ok());
}

/// A `require`/`exclude` phrase and a subject that do not compile are each reported where they
/// are written, and the rule's other phrases are still read.
#[test]
fn bad_context_phrases_and_subjects_are_located() {
    let text = "rules:\n  - id: x\n    title: X\n    kind: count\n    patterns: [\"{count} soldats\"]\n    exclude: [\"ok\", \"(open\"]\n    subjects:\n      good: \"Gumri\"\n      bad: \"[z-a]\"\n";
    let errors = load_err("context.yaml", text);
    let places: Vec<(usize, usize)> = errors.iter().map(|e| (e.line, e.column)).collect();
    assert_eq!(errors.len(), 2, "{:?}", shorts(&errors));
    // At the unclosed group, and at the range whose start is past its end.
    assert_eq!(places, [(6, 22), (9, 14)], "{:?}", shorts(&errors));
    assert!(shorts(&errors).iter().all(|s| s.contains("invalid-regex")));
}
