use super::*;

/// Calls `f` with every cue rule of the bundled pack on every article under `paths`:
/// the rule, its cues, the article's scopes and mentions, the rule's hits, and the
/// article's path.
fn each_cue_rule(
    paths: &[std::path::PathBuf],
    mut f: impl FnMut(&Rule, &CueSpec, &Scopes, &[Mention], &[Hit], &std::path::Path),
) {
    let rules = crate::rules::load_dir(std::path::Path::new("claims")).unwrap();
    let (sources, _) = crate::source::load(paths);
    for source in &sources {
        let mentions = crate::grammar::scan(&source.text, source.meta.lang, source.meta.published);
        let scopes = Scopes::new(&source.text, source.meta.lang, Some(&rules));
        for rule in &rules.rules {
            let Some(spec) = &rule.cues else { continue };
            let hits = scopes.cue_hits(rule, scopes.position_of(rule));
            f(rule, spec, &scopes, &mentions, &hits, &source.path);
        }
    }
}

/// The scope prefilter of `match_scopes` never drops a value that would pass: on every
/// article of the bundled corpus, every value a cue rule takes lies in a scope it keeps,
/// and some values are in scopes it drops (so it does prune).
#[test]
fn the_cue_scope_prefilter_keeps_every_value_that_passes() {
    let (mut passed, mut dropped) = (0, 0);
    let corpus = [std::path::PathBuf::from("corpus")];
    each_cue_rule(&corpus, |rule, spec, scopes, mentions, hits, _| {
        let may_pass = cues::matching::scope_may_pass(spec, scopes.word_spans(), hits);
        for e in evaluate_cues(rule, spec, scopes, mentions, hits, true, |_| true) {
            if e.passes() {
                passed += 1;
                assert!(
                    may_pass(&e.candidate.scope),
                    "{}: {:?}",
                    rule.id,
                    e.candidate
                );
            } else if !may_pass(&e.candidate.scope) {
                dropped += 1;
            }
        }
    });
    assert!(
        passed > 20 && dropped > 20,
        "passed {passed}, dropped {dropped}"
    );
}

/// A check's verdicts (which stop at a value's first failure) take exactly the values the
/// full evaluation of `rules why` takes, on the bundled corpus and on our own lintbench
/// articles: the early tests repeat the main loop's failure rules and must stay in step.
#[test]
fn a_checks_verdicts_take_the_values_the_full_evaluation_takes() {
    let mut paths = vec![std::path::PathBuf::from("corpus")];
    for set in ["own", "held", "held2", "held3", "held4"] {
        paths.push(std::path::Path::new("tests/lintbench").join(set));
    }
    let mut passed = 0;
    each_cue_rule(&paths, |rule, spec, scopes, mentions, hits, path| {
        let taken = |full| {
            evaluate_cues(rule, spec, scopes, mentions, hits, full, |_| true)
                .into_iter()
                .filter(|e| e.passes())
                .map(|e| e.candidate.mention)
                .collect::<Vec<_>>()
        };
        let full = taken(true);
        passed += full.len();
        assert_eq!(taken(false), full, "{} in {}", rule.id, path.display());
    });
    assert!(passed > 100, "passed {passed}");
}

fn split(text: &str) -> Vec<&str> {
    sentences(text).into_iter().map(|r| &text[r]).collect()
}

#[test]
fn splits_sentences_but_not_abbreviations_or_numbers() {
    assert_eq!(
        split(
            "M. Pachinian est arrivé. Il a dit « oui ! » à 3.5 km. « Non », dit-il. 2 000 soldats…"
        ),
        [
            "M. Pachinian est arrivé.",
            "Il a dit « oui ! » à 3.5 km.",
            "« Non », dit-il.",
            "2 000 soldats…"
        ]
    );
    assert_eq!(
        split("Fin.\nDébut d'un autre. Et"),
        ["Fin.", "Début d'un autre.", "Et"]
    );
    assert_eq!(
        split("« Le besoin n’existait plus. » Le président a donc"),
        ["« Le besoin n’existait plus. »", "Le président a donc"]
    );
}

#[test]
fn paragraphs_are_lines() {
    let text = "Un.\n\n  Deux. Trois\nQuatre";
    let p: Vec<&str> = paragraphs(text).into_iter().map(|r| &text[r]).collect();
    assert_eq!(p, ["Un.", "Deux. Trois", "Quatre"]);
}
