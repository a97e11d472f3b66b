//! The rule prefilters (the pattern rules' required literals, the cue index) only skip work:
//! a pack plus 1 000 rules that match nothing gives the findings of the pack alone, and every
//! rule matched through its rule set (prefiltered) takes the claims it takes on its own.

use std::path::{Path, PathBuf};

use factlint::Source;
use factlint::extract::scan_source;
use factlint::rules::{self, RuleSet, Scopes, match_position, match_scopes};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn bundled_files() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root().join("claims"))
        .expect("claims/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    paths.sort();
    paths
}

fn corpus() -> Vec<Source> {
    factlint::load(&[root().join("corpus")], &root().join("claims"))
        .expect("the bundled corpus loads")
        .1
}

/// Made-up, plausible French words (`balorine`, `vetimage`…) that no text of `corpus` holds.
fn words(corpus: &[Source], n: usize) -> Vec<String> {
    let text: String = corpus
        .iter()
        .map(|s| s.text.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    let heads = [
        "ba", "ve", "ca", "da", "fe", "ga", "lu", "ma", "ne", "pa", "ro", "sa",
    ];
    let mids = ["lo", "mi", "ve", "ri", "to", "na", "ru", "di", "pe", "gu"];
    let tails = [
        "rine", "tage", "ment", "lure", "nade", "rie", "lion", "chon", "quet",
    ];
    let mut out = Vec::new();
    for m2 in std::iter::once("").chain(mids) {
        for h in heads {
            for m in mids {
                for t in tails {
                    let w = format!("{h}{m}{m2}{t}");
                    if !text.contains(&w) {
                        out.push(w);
                    }
                    if out.len() == n {
                        return out;
                    }
                }
            }
        }
    }
    out
}

/// `n` rules none of which matches the bundled corpus: cue rules and pattern rules in turn.
fn non_matching(corpus: &[Source], n: usize) -> String {
    let w = words(corpus, 2 * n);
    let mut out = String::from("lang: fr\nrules:\n");
    for i in 0..n {
        let (a, b) = (&w[2 * i], &w[2 * i + 1]);
        let kind = ["count", "date", "duration"][i % 3];
        out.push_str(&format!(
            "  - id: gen-{i:05}-{a}\n    title: Generated {i}\n    kind: {kind}\n"
        ));
        out.push_str(&match (i % 2, kind) {
            (0, "count") => format!("    counts: [{a}]\n    near: [[{b}, recenser]]\n"),
            (0, "date") => format!("    cues: [{a}]\n    near: [[{b}, lancement]]\n"),
            (0, _) => format!("    near: [{a}]\n    rivals: [{b}]\n"),
            (_, "count") => format!(
                "    patterns:\n      - \"\\\\b{{count}} {a}s?\\\\b\"\n      - \"\\\\b{b}s? au nombre de {{count}}\"\n"
            ),
            (_, "date") => format!(
                "    patterns:\n      - \"\\\\b{a} (?:en|du|le) {{date}}\"\n      - \"\\\\b{{date}},? (?:le|la) {b}\"\n"
            ),
            _ => format!(
                "    patterns:\n      - \"\\\\b{a} de {{duration}}\"\n      - \"\\\\b{{duration}} de {b}s?\\\\b\"\n"
            ),
        });
    }
    out
}

/// Pattern rules that do match the corpus, with literals, alternations and none at all.
const MATCHING: &str = r#"lang: fr
rules:
  - id: pf-soldiers
    title: Soldiers
    kind: count
    patterns: ["\\b{count} (?:soldats|militaires|gardes-frontières)", "\\b{count} hommes"]
  - id: pf-in-date
    title: A date after en
    kind: date
    patterns: ["\\ben {date}", "\\b(?:depuis|dès) (?:le |l'|la )?{date}"]
  - id: pf-any-date
    title: Any date
    kind: date
    patterns: ["{date}"]
  - id: pf-duration
    title: A duration
    kind: duration
    patterns: ["\\b(?:pendant|durant|depuis) {duration}", "{duration} (?:de guerre|plus tard)"]
  - id: pf-people
    title: People
    kind: count
    patterns: ["\\b{count} (?:personnes|habitants|Arméniens|réfugiés)\\b"]
"#;

fn load(dir: &Path, texts: &[(&str, String)]) -> RuleSet {
    std::fs::create_dir_all(dir).expect("a temporary folder");
    let mut paths = bundled_files();
    for (name, text) in texts {
        let p = dir.join(name);
        std::fs::write(&p, text).expect("the generated rules written");
        paths.push(p);
    }
    match rules::load_files(&paths) {
        Ok(set) => set,
        Err(errors) => panic!("the rules load: {}", errors[0].short()),
    }
}

fn temp(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("factlint-{name}-{}", std::process::id()))
}

#[test]
fn a_thousand_rules_that_match_nothing_change_no_finding() {
    let sources = corpus();
    let dir = temp("rules-prefilter-plus");
    let pack = load(&dir.join("pack"), &[]);
    let plus = load(
        &dir.join("plus"),
        &[("generated.yaml", non_matching(&sources, 1000))],
    );
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(plus.rules.len(), pack.rules.len() + 1000);
    let a = factlint::check_sources(&pack, &sources);
    let b = factlint::check_sources(&plus, &sources);
    assert!(!a.findings.is_empty());
    let json = |r: &factlint::Report| {
        serde_json::to_string(&(&r.claims, &r.findings)).expect("serializable")
    };
    assert_eq!(json(&a), json(&b));
}

#[test]
fn prefiltered_matching_equals_matching_each_rule_alone() {
    let sources = corpus();
    let dir = temp("rules-prefilter-same");
    let set = load(
        &dir,
        &[
            ("matching.yaml", MATCHING.to_string()),
            ("generated.yaml", non_matching(&sources, 300)),
        ],
    );
    let _ = std::fs::remove_dir_all(&dir);
    let (mut matched, mut skipped) = (0, 0);
    for source in &sources {
        let mentions = scan_source(source);
        let with_set = Scopes::new(&source.text, source.meta.lang, Some(&set));
        let alone = Scopes::new(&source.text, source.meta.lang, None);
        let candidates = with_set.candidates();
        for (position, rule) in set.rules.iter().enumerate() {
            let a = match_scopes(rule, &with_set, &mentions);
            let b = match_scopes(rule, &alone, &mentions);
            assert_eq!(a, b, "rule {} in {}", rule.id, source.path.display());
            matched += a.len();
            // The rules left out of the candidates are left out of extraction: none of them
            // may take a value.
            if candidates.binary_search(&position).is_err() {
                assert!(
                    b.is_empty(),
                    "rule {} in {}",
                    rule.id,
                    source.path.display()
                );
                assert!(match_position(position, &with_set, &mentions).is_empty());
                skipped += 1;
            } else {
                assert_eq!(match_position(position, &with_set, &mentions), b);
            }
        }
    }
    // The matching rules do match, and the candidates do leave rules out: the comparisons
    // are not between empty lists.
    assert!(matched > 50, "only {matched} matches");
    assert!(
        skipped > 250 * sources.len(),
        "only {skipped} rules left out in {} sources",
        sources.len()
    );
}
