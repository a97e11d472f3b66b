//! Our own lintbench sets: articles in styles and phrasings no rule was written from, linted
//! against the bundled corpus and pack, scored as `../shared/lintbench/score.py` scores them
//! (this test does not need that script: a clean clone runs it).
//!
//! - `own/`: 14 articles written to find what the pack missed; the pack was then fixed by
//!   class (word classes, morphology, denied and hypothetical values), never by sentence.
//! - `held/`: 5 articles written after those fixes and scored once, before any other change.
//! - `held2/`: 6 articles in other outlets' styles (a wire dispatch, a magazine long read, a TV
//!   transcript, a regional daily, a fact-check, a press release), scored once before the second
//!   round of fixes (recall 21/30, verdicts 18/30, 5 false conflicts, exit codes 3/6).
//! - `held3/`: 7 articles in still other styles (a local radio's web brief, a think-tank note,
//!   an obituary, a Sunday paper's timeline box, a parliamentary report, a Q&A explainer, a
//!   sports page), scored once before the third round of fixes (recall 32/42, verdicts 30/42,
//!   7 false conflicts, exit codes 3/7).
//! - `held4/`: 7 articles in still other styles (a wire flash with updates, an NGO's situation
//!   report, a student paper, a letter to the editor, a book review, a fact-check that quotes
//!   wrong figures to refute them, a live blog), scored once before the fourth round of fixes
//!   (recall 29/38, verdicts 27/38, 8 false conflicts, exit codes 5/7).
//! - `held5/`: 8 articles in still other styles (an interview transcript, a podcast's episode
//!   notes with timestamps, a school textbook page, a diplomatic communiqué, a UN-style
//!   resolution summary, a travel piece, an opinion column of rhetorical questions, a
//!   newsletter digest in bullets), scored once before the fifth round of fixes (recall 29/46,
//!   verdicts 24/46, 10 false conflicts, exit codes 5/8).
//! - `held7/`: 7 articles on verdicts rather than phrasing (a statistical yearbook entry, a
//!   wiki-like chronology, a foreign-desk cable, a parliamentary question, a one-year-later
//!   retrospective, a data piece with rounded figures, a fact-check that rounds): approximate
//!   figures, other granularities, bounds, a running count and four planted near misses; scored
//!   once before the comparator's round of fixes (recall 26/36, verdicts 25/36, conflicts caught
//!   2/4, 0 false conflicts, exit codes 5/7).
//! - `held8/`: 8 articles in still other styles (a court report, a photo gallery's captions, a
//!   radio-news script with a Q&A, a corrections column, a homepage of headlines and
//!   standfirsts, a wire translated from English, a country fiche in prose with "Label :"
//!   lines, a first-person reportage), with values in brackets, after labels, in verbless noun
//!   phrases, in answers, behind incises and in "respectivement" coordinations; scored once
//!   before the ninth round of phrasing fixes (recall 35/46, verdicts 32/46, conflicts caught
//!   2/3, 9 false conflicts, exit codes 5/8).
//! - `held9/`: 7 articles on verdicts again (a statistics office bulletin, a comparison table in
//!   prose, a corrections notice, an anniversary piece, an English-language wire, a radio script,
//!   museum labels): count ranges ("entre N et M", "de N à M"), upper and lower bounds,
//!   approximations and collectives, the start of a month and a season against a day, a month
//!   and a half against weeks, a running count on earlier days and four planted near misses;
//!   scored once before the comparator's ninth round (recall 27/39, verdicts 23/39, conflicts
//!   caught 3/4, 9 false conflicts, exit codes 4/7). Three phrases that shared six words with
//!   the evaluation data were reworded after that scoring (`tests/no_quotes.rs`), which gave
//!   recall 26/39, verdicts 23/39, caught 3/4, 7 false conflicts, exit codes 4/7. After the
//!   round (count ranges, approximations not stacked on rounding, tallies across days): recall
//!   29/39, verdicts 26/39, caught 4/4, 5 false conflicts, exit codes 5/7; then "deux bilans"
//!   no longer counted as a toll of two (verdicts 27/39, 4 false conflicts); the rest are
//!   phrasing (English cues, a running count under a rule without `tally`). Session 28: a
//!   paragraph in English read with the English grammar (`grammar/other_lang.rs`): recall
//!   31/39, verdicts 29/39, 3 false conflicts, exit codes 6/7.
//! - `held10/`: 8 articles in still other styles (a Swiss daily with "100'000" and
//!   "08.05.2024", a Quebec daily, a social-media thread of numbered posts with "2k", "6 sem."
//!   and hashtags, a municipal arrêté of "Vu…" and "Considérant que…", an analytical essay of
//!   nominalizations, a fundraising letter, an agency fil of verbless fragments, a novelistic
//!   feature with dialogue). Five phrases that shared six words with the evaluation data were
//!   reworded before scoring (`tests/no_quotes.rs`). Scored once before the round: recall
//!   39/49, verdicts 39/49, caught 3/3, 2 false conflicts, exit codes 8/8. After it ("sem.",
//!   "au nombre de N", the second part of "n° 2024-117", an offensive launched as a rival of
//!   the withdrawal's beginning, "entrevue", "moscovite", "la capitale russe", the pair named
//!   with a title between): recall 43/49, verdicts 43/49, caught 3/3, 0 false conflicts, exit
//!   codes 8/8. Left: dialogue and first-person counts ("Nous étions N"), a population
//!   "estimée à N" far from its noun, a count before a participle ("2k déployés").
//! - `held11/`: 7 articles on values and verdicts again (an economic weekly's data box, a Swiss
//!   daily, a think-piece with hedged figures, a minute-by-minute account, a documentary's
//!   voice-over, a live text, a reader's Q&A): changes ("passé de N à M", "N de plus"),
//!   "respectivement", vague quantities ("une centaine de milliers", "quelque N", "à peine N"),
//!   ordinal days ("au 44e jour"), a period against a year, a running count on several days and
//!   five planted near misses. Three phrases reworded for `tests/no_quotes.rs` after scoring
//!   (same figures). Scored once, before any change: recall 36/49, verdicts 29/49, caught 5/5,
//!   13 false conflicts, exit codes 4/7. After session 28's difference class ("N de plus",
//!   "passé de N à M": `cues/difference.rs`): recall 38/49, verdicts 33/49, 9 false conflicts,
//!   exit codes 5/7. Session 31: a new article that states the consensus and another value
//!   keeps only the other in the conflict (`lint/self_contradiction.rs`): verdicts 38/49, 3
//!   false conflicts; with that session's cue classes: recall 41/49, verdicts 39/49.
//! - `held12/`: 7 articles written anew in kinds of text earlier sets met (a radio bulletin's
//!   transcript, a parliamentary written question and its answer, a timeline of date-headed
//!   entries, an obituary, a book review, an NGO press release with a dateline, a corrections
//!   notice), to see whether the phrasings fixed for those sets generalize: relative dates
//!   ("il y a quatre ans", "septembre dernier", "hier"), titles for names, nominal cues
//!   ("restitution", "déploiement", "Exode de N"), a day-month placed by the publication date,
//!   three planted near misses. Scored once on main 3e54605, before any change: recall 25/37,
//!   verdicts 25/37, caught 3/3, 2 false conflicts, exit codes 5/7 (four phrases that shared six
//!   words with the evaluation data were reworded after that scoring: same figures). After a
//!   timeline's date-headed entries ("19 mars 2021. Réouverture du pont.") took in the sentence
//!   after them and a release's heading at the top ("Lyon, le 4 février 2025.") was made the
//!   filing's date: recall 28/37, verdicts 28/37, caught 3/3, 1 false conflict, exit codes 5/7;
//!   after an anchor's `against` word beyond the value's sentence, after it, stopped counting
//!   ("…120 000 habitants. La France a promis son aide."): recall 29/37, verdicts 29/37.
//!   After the round on its missed classes (welcomed in Armenia as a flight, the peacekeepers'
//!   mission said by a verb and a counted noun that holds the cue, a separatist state's
//!   "N décennies d'existence", a correction notice's "nous avions indiqué que" with no
//!   published noun, its "pas X mais Y" and the figure after its colon): recall 35/37, verdicts
//!   35/37, caught 3/3, 0 false conflicts, exit codes 6/7.
//! - `held13/`: 7 articles in kinds of text no earlier set used (an encyclopedia stub with
//!   footnote markers, a parliamentary debate's verbatim with interjections, a school quiz with
//!   multiple-choice options and an answer key, an explainer's glossary of "Term. Definition."
//!   entries, an English-French photo caption block, a satirical column stating true figures, a
//!   history teacher's lesson plan): number words, relative dates ("voilà quatre ans", "de l'an
//!   passé", "avant-hier", "N avril dernier"), synonyms ("localités", "provinces", "repli"),
//!   verbless answers whose cue is in the question, a date range as a duration, a translation
//!   error between the two captions, wrong quiz options and a lesson's other war as
//!   distractors, three planted errors. Eleven phrases that shared six words with the
//!   evaluation data were reworded after scoring (same figures). Scored once with the
//!   session-start binary, before any change: recall 36/61, verdicts 33/61, caught 3/3, 7 false
//!   conflicts, exit codes 5/7. After session 28's first fixes ("voilà N ans" read as "voici N
//!   ans", "fait … valise" as fleeing): recall 37/61, verdicts 34/61; with the English lines of the
//!   caption block read in English (`grammar/other_lang.rs`): 39/61, 36/61, 4 false conflicts.
//!   Session 31, with a new article's self-contradiction split in lint
//!   (`lint/self_contradiction.rs`): recall 40/61, verdicts 40/61, 0 false conflicts; with that
//!   session's cue classes: recall 45/61, verdicts 45/61.
//! - `held14/`: 8 articles by another hand in kinds of text no earlier set used (a Belgian
//!   daily with "septante" and "nonante", a weekly's "semaine en bref" of weekday-headed
//!   entries, an explainer for teenagers in questions and answers, an asylum appeal's brief of
//!   numbered facts and "Attendu que", an economic newsletter with a figures box, a historian's
//!   blog with footnotes, a video's subtitle file whose sentences run across timed blocks, an
//!   English-French diaspora newsletter): clefts, inversions, values in appositions, incises and
//!   after colons, collectives ("deux milliers", "trois décennies"), relative dates ("hier", "il
//!   y a cinq jours", "il y a N ans jour pour jour", "en septembre dernier", "Eight days ago"),
//!   three planted errors (seven weeks of war, 4 000 soldiers at Gyumri, a withdrawal in March).
//!   Five runs that shared six words with the evaluation data were reworded before scoring.
//!   Scored once on main d9dcecc, before any change: recall 23/53, verdicts 22/53, caught 2/3, 7
//!   false conflicts, exit codes 5/8; with the corpus's own "2020-FA" then accepted for
//!   "l'automne 2020" (an expectation bug, articles unchanged): recall 25/53, verdicts 23/53.
//!   Session 29's round (de facto self-rule, ranks and shares as no counts, a reference
//!   chain's last part, past wars and the enclave's fall as rivals, the anchor's place
//!   phrases, a meeting's "rendez-vous", a line's sentences read each in its language): recall
//!   35/53, verdicts 35/53, 1 false conflict, exit codes 6/8.
//! - `held15/`: 8 articles by another hand in kinds of text no earlier set used (a press review
//!   quoting several outlets, a TV debate with interruptions, an encyclopedia notice, an exam's
//!   answer key, a diary, a Dakar daily, a military analyst's blog in abbreviations, a town
//!   council's minutes): self-rule told by verbs and idioms, the exodus from the receiving
//!   side, populations without a noun for the people, weekday dates without a month, ratios
//!   and money beside counts, three planted errors. Scored once on main 115e02e, before any
//!   change: recall 31/54, verdicts 30/54, caught 2/3, 6 false conflicts, exit codes 4/8. With
//!   a new article's self-contradiction split in lint (`lint/self_contradiction.rs`): verdicts
//!   31/54, 5 false conflicts; with session 31's cue classes ("N départs", English adjectives
//!   before the noun, estimates) and date classes: recall 33/54, verdicts 33/54; with the second
//!   round (ratios and sums as no counts, a date's own "début"/"mi-" as no cue, French
//!   abbreviations, notes shorthand "44 j."): recall 35/54, verdicts 35/54, 2 false conflicts,
//!   exit codes 6/8.
//!
//! Each set's `expectations.json` lists, per article, its publication date, the claims it
//! makes (`phrase`, an exact substring holding the value; `fact`, the rule id; `value` and
//! `accept`, normal forms; `verdict`: agree, conflict or single) and its distractors (phrases
//! no claim in a conflict may overlap). The floors below are the levels reached: a change that
//! loses a claim, a verdict or an exit code, or adds a false conflict, fails here.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// What a set must keep: found claims, right verdicts and exit codes at least, false conflicts
/// at most.
struct Floor {
    found: usize,
    verdicts: usize,
    exits: usize,
    false_conflicts: usize,
}

#[derive(Debug, Default)]
struct Score {
    expectations: usize,
    found: usize,
    verdicts: usize,
    false_conflicts: usize,
    articles: usize,
    exits: usize,
    /// One line per failed expectation, distractor and exit code: what the assertion prints.
    failures: Vec<String>,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Numbers compare as numbers ("6000" and "6000.0"), anything else as written, spaces aside.
fn same_value(got: &str, want: &str) -> bool {
    let (g, w): (String, String) = (
        got.split_whitespace().collect(),
        want.split_whitespace().collect(),
    );
    match (g.parse::<f64>(), w.parse::<f64>()) {
        (Ok(a), Ok(b)) => a == b,
        _ => g == w,
    }
}

/// The byte range of the one occurrence of `phrase` in `text`.
fn locate(text: &str, phrase: &str, file: &str) -> (usize, usize) {
    let at = text
        .find(phrase)
        .unwrap_or_else(|| panic!("{file}: «{phrase}» is not in the article"));
    assert_eq!(
        text.matches(phrase).count(),
        1,
        "{file}: «{phrase}» occurs more than once"
    );
    (at, at + phrase.len())
}

fn str_of<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key].as_str().unwrap_or("")
}

/// A claim's verdict: conflict (unreviewed), agree (an agreement, a refinement, or a reviewed
/// conflict in which another source states the same value), reviewed, single or none.
fn verdict(claim: usize, claims: &[Value], findings: &[Value]) -> &'static str {
    let mut kinds = Vec::new();
    for f in findings {
        let ids: Vec<usize> = f["claims"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|c| c.as_u64())
                    .map(|c| c as usize)
                    .collect()
            })
            .unwrap_or_default();
        if !ids.contains(&claim) {
            continue;
        }
        let c = &claims[claim];
        kinds.push(match str_of(f, "kind") {
            "conflict" if !f["review"].is_null() => {
                let repeated = ids.iter().any(|&o| {
                    let o = &claims[o];
                    str_of(o, "source") != str_of(c, "source")
                        && same_value(str_of(o, "value"), str_of(c, "value"))
                });
                if repeated { "agree" } else { "reviewed" }
            }
            "conflict" => "conflict",
            "agreement" | "refinement" => "agree",
            "single-source" => "single",
            _ => "none",
        });
    }
    ["conflict", "agree", "reviewed", "single"]
        .into_iter()
        .find(|k| kinds.contains(k))
        .unwrap_or("none")
}

fn verdict_right(want: &str, got: &str) -> bool {
    match want {
        "conflict" => got == "conflict",
        "agree" => got == "agree",
        _ => got != "conflict",
    }
}

/// Lints every article of `set` (a folder under `tests/lintbench`) and scores it.
fn score(set: &str) -> Score {
    let here = root().join("tests/lintbench");
    let dir = here.join(set);
    let articles: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("expectations.json")).expect("expectations.json"),
    )
    .expect("expectations.json is JSON");
    let mut s = Score::default();
    for art in articles.as_array().expect("a list of articles") {
        let file = str_of(art, "file");
        let path = Path::new(set).join(file);
        let text = std::fs::read_to_string(dir.join(file)).expect("article");
        // From the set's parent folder, as score.py runs from its own: no project's
        // factlint.yaml is picked up.
        let out = Command::new(env!("CARGO_BIN_EXE_factlint"))
            .current_dir(&here)
            .arg("lint")
            .arg(&path)
            .arg("--corpus")
            .arg(root().join("corpus"))
            .arg("--claims")
            .arg(root().join("claims"))
            .args(["--published", str_of(art, "published"), "--format", "json"])
            .output()
            .expect("factlint runs");
        let report: Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{file}: no JSON report ({e})"));
        let claims = report["claims"].as_array().cloned().unwrap_or_default();
        let findings = report["findings"].as_array().cloned().unwrap_or_default();
        let new = path.to_string_lossy().into_owned();
        let mine: Vec<usize> = (0..claims.len())
            .filter(|&i| str_of(&claims[i], "source") == new)
            .collect();
        let over = |(from, to): (usize, usize)| -> Vec<usize> {
            mine.iter()
                .copied()
                .filter(|&i| {
                    let c = &claims[i];
                    c["start"].as_u64().unwrap_or(0) < to as u64
                        && (from as u64) < c["end"].as_u64().unwrap_or(0)
                })
                .collect()
        };
        let in_conflict = |i: usize| verdict(i, &claims, &findings) == "conflict";
        let expect = art["expect"].as_array().cloned().unwrap_or_default();
        let mut want_exit = 0;
        for e in &expect {
            s.expectations += 1;
            let (phrase, fact, want) =
                (str_of(e, "phrase"), str_of(e, "fact"), str_of(e, "verdict"));
            if want == "conflict" {
                want_exit = 1;
            }
            let mut values = vec![str_of(e, "value").to_string()];
            if let Some(more) = e["accept"].as_array() {
                values.extend(more.iter().filter_map(|v| v.as_str()).map(String::from));
            }
            let near = over(locate(&text, phrase, file));
            let right: Vec<usize> = near
                .iter()
                .copied()
                .filter(|&i| {
                    let c = &claims[i];
                    let rule = str_of(c, "rule");
                    (rule == fact || rule.starts_with(&format!("{fact}/")))
                        && values.iter().any(|v| same_value(str_of(c, "value"), v))
                })
                .collect();
            if want != "conflict" && near.iter().any(|&i| in_conflict(i)) {
                s.false_conflicts += 1;
                s.failures
                    .push(format!("{set}/{file}: «{phrase}» in a false conflict"));
            }
            if right.is_empty() {
                s.failures
                    .push(format!("{set}/{file}: «{phrase}» {fact} not found"));
                continue;
            }
            s.found += 1;
            if right
                .iter()
                .any(|&i| verdict_right(want, verdict(i, &claims, &findings)))
            {
                s.verdicts += 1;
            } else {
                s.failures
                    .push(format!("{set}/{file}: «{phrase}» verdict is not {want}"));
            }
        }
        for d in art["distractors"].as_array().cloned().unwrap_or_default() {
            let d = d.as_str().unwrap_or("");
            if over(locate(&text, d, file)).into_iter().any(in_conflict) {
                s.false_conflicts += 1;
                s.failures
                    .push(format!("{set}/{file}: distractor «{d}» in a conflict"));
            }
        }
        s.articles += 1;
        if out.status.code() == Some(want_exit) {
            s.exits += 1;
        } else {
            s.failures.push(format!(
                "{set}/{file}: exit {:?}, want {want_exit}",
                out.status.code()
            ));
        }
    }
    s
}

fn holds(set: &str, floor: Floor) {
    let s = score(set);
    let line = format!(
        "lintbench {set}: recall {}/{}, verdicts {}/{}, false conflicts {}, exit codes {}/{}",
        s.found, s.expectations, s.verdicts, s.expectations, s.false_conflicts, s.exits, s.articles
    );
    let failures = s.failures.join("\n  ");
    assert!(
        s.found >= floor.found
            && s.verdicts >= floor.verdicts
            && s.exits >= floor.exits
            && s.false_conflicts <= floor.false_conflicts,
        "{line}: below the floor (found {}, verdicts {}, exits {}, false conflicts at most {})\n  {failures}",
        floor.found,
        floor.verdicts,
        floor.exits,
        floor.false_conflicts
    );
    eprintln!("{line}\n  {failures}");
}

#[test]
fn own_set_keeps_its_level() {
    holds(
        "own",
        Floor {
            found: 49,
            verdicts: 49,
            exits: 14,
            false_conflicts: 0,
        },
    );
}

#[test]
fn held_set_keeps_its_level() {
    holds(
        "held",
        Floor {
            found: 23,
            verdicts: 23,
            exits: 5,
            false_conflicts: 0,
        },
    );
}

#[test]
fn held2_set_keeps_its_level() {
    holds(
        "held2",
        Floor {
            found: 24,
            verdicts: 24,
            exits: 6,
            false_conflicts: 0,
        },
    );
}

#[test]
fn held3_set_keeps_its_level() {
    holds(
        "held3",
        Floor {
            found: 37,
            verdicts: 37,
            exits: 6,
            false_conflicts: 0,
        },
    );
}

#[test]
fn held4_set_keeps_its_level() {
    holds(
        "held4",
        Floor {
            found: 34,
            verdicts: 34,
            exits: 7,
            false_conflicts: 0,
        },
    );
}

#[test]
fn held5_set_keeps_its_level() {
    holds(
        "held5",
        Floor {
            found: 37,
            verdicts: 37,
            exits: 8,
            false_conflicts: 0,
        },
    );
}

#[test]
fn held7_set_keeps_its_level() {
    holds(
        "held7",
        Floor {
            found: 29,
            verdicts: 29,
            exits: 6,
            false_conflicts: 0,
        },
    );
}

#[test]
fn held8_set_keeps_its_level() {
    holds(
        "held8",
        Floor {
            found: 41,
            verdicts: 41,
            exits: 8,
            false_conflicts: 0,
        },
    );
}

#[test]
fn held9_set_keeps_its_level() {
    holds(
        "held9",
        Floor {
            found: 37,
            verdicts: 35,
            exits: 6,
            false_conflicts: 2,
        },
    );
}

#[test]
fn held10_set_keeps_its_level() {
    holds(
        "held10",
        Floor {
            found: 44,
            verdicts: 44,
            exits: 8,
            false_conflicts: 0,
        },
    );
}

#[test]
fn held11_set_keeps_its_level() {
    holds(
        "held11",
        Floor {
            found: 41,
            verdicts: 39,
            exits: 5,
            false_conflicts: 3,
        },
    );
}

#[test]
fn held12_set_keeps_its_level() {
    holds(
        "held12",
        Floor {
            found: 35,
            verdicts: 35,
            exits: 6,
            false_conflicts: 0,
        },
    );
}

#[test]
fn held13_set_keeps_its_level() {
    holds(
        "held13",
        Floor {
            found: 45,
            verdicts: 45,
            exits: 7,
            false_conflicts: 0,
        },
    );
}

#[test]
fn held14_set_keeps_its_level() {
    holds(
        "held14",
        Floor {
            found: 38,
            verdicts: 38,
            exits: 6,
            false_conflicts: 1,
        },
    );
}

#[test]
fn held15_set_keeps_its_level() {
    holds(
        "held15",
        Floor {
            found: 35,
            verdicts: 35,
            exits: 6,
            false_conflicts: 2,
        },
    );
}
