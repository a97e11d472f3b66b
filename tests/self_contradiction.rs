//! A new article that states a fact as the corpus does and also otherwise: `lint` keeps only
//! its other value in the conflict, and its first value agrees with the corpus
//! (`src/lint/self_contradiction.rs`). With the claims index the answer is the same.

use std::path::Path;

use serde_json::Value;

use crate::cli::{run, scratch};

/// A finding of a JSON lint report: its kind, rule, and the (value, whether the claim is the
/// new article's) of its claims.
type Listed = (String, String, Vec<(String, bool)>);

/// Each finding of a JSON lint report.
fn findings(json: &str, new: &str) -> Vec<Listed> {
    let r: Value = serde_json::from_str(json).expect("a JSON report");
    let claims = r["claims"].as_array().expect("claims");
    r["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            let listed = f["claims"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| {
                    let c = &claims[c.as_u64().unwrap() as usize];
                    let source = c["source"].as_str().unwrap_or("");
                    (
                        c["value"].as_str().unwrap_or("").to_string(),
                        source.ends_with(new),
                    )
                })
                .collect();
            let s = |k: &str| f[k].as_str().unwrap_or("").to_string();
            (s("kind"), s("rule"), listed)
        })
        .collect()
}

fn lint(file: &Path) -> String {
    let r = run(&[
        "lint",
        file.to_str().unwrap(),
        "--published",
        "2024-05-03",
        "--format",
        "json",
    ]);
    assert_eq!(
        r.code, 1,
        "the other value is a conflict: {}{}",
        r.out, r.err
    );
    r.out
}

#[test]
fn an_article_that_also_states_the_corpus_value_agrees_with_it_there() {
    let dir = scratch("self-contradiction");
    for (name, text, rule, agreed, other) in [
        (
            "war.txt",
            "Dans la vallée, les habitants se souviennent de la guerre de 2020 contre \
             l’Azerbaïdjan.\n\nUn élu local, lui, parle de la guerre de 2021 comme du moment où \
             tout a basculé pour le Haut-Karabakh.\n",
            "war-year",
            "2020",
            "2021",
        ),
        (
            "force.txt",
            "En 2020, Moscou avait dépêché 2 000 hommes de sa force de maintien de la paix au \
             Haut-Karabakh.\n\nUn autre décompte ne parle que de 1 500 militaires russes chargés \
             du maintien de la paix sur place.\n",
            "peacekeepers-deployed",
            "2000",
            "1500",
        ),
    ] {
        let file = dir.join(name);
        std::fs::write(&file, text).unwrap();
        let json = lint(&file);
        let found = findings(&json, name);
        // `explain` finds each of these findings, as lint gave them.
        let r: Value = serde_json::from_str(&json).unwrap();
        for f in r["findings"].as_array().unwrap() {
            let id = f["id"].as_str().unwrap();
            let path = file.to_str().unwrap();
            let e = run(&["explain", id, path, "--published", "2024-05-03"]);
            assert_eq!(e.code, 0, "{name}: explain {id}: {}", e.err);
        }
        let of_rule: Vec<_> = found.iter().filter(|f| f.1 == rule).collect();
        let new_in = |kind: &str, value: &str| {
            of_rule
                .iter()
                .filter(|f| f.0 == kind)
                .any(|f| f.2.iter().any(|(v, new)| *new && v == value))
        };
        assert!(new_in("conflict", other), "{name}: {of_rule:?}");
        assert!(!new_in("conflict", agreed), "{name}: {of_rule:?}");
        assert!(new_in("agreement", agreed), "{name}: {of_rule:?}");
        // The corpus's claims stay in the conflict, against the other value.
        let conflict = of_rule.iter().find(|f| f.0 == "conflict").unwrap();
        assert!(
            conflict.2.iter().any(|(v, new)| !new && v == agreed),
            "{name}: {conflict:?}"
        );
    }
}

#[test]
fn an_article_that_only_states_another_value_stays_one_conflict() {
    let dir = scratch("no-self-contradiction");
    let file = dir.join("only.txt");
    std::fs::write(
        &file,
        "Un élu local parle de la guerre de 2021 comme du moment où tout a basculé pour le \
         Haut-Karabakh.\n",
    )
    .unwrap();
    let found = findings(&lint(&file), "only.txt");
    let of_rule: Vec<_> = found.iter().filter(|f| f.1 == "war-year").collect();
    assert_eq!(of_rule.len(), 1, "{of_rule:?}");
    assert_eq!(of_rule[0].0, "conflict");
}
