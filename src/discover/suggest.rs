//! `factlint rules suggest ID`: a candidate fact as a draft rule in the cue language.
//!
//! The draft says what the candidate's mentions share: its kind, the nouns its counts count
//! (`counts`), and its shared words as one `near` item (any of them within the widest
//! distance the corpus shows), each written as the claims folder's `@class` when a class of
//! `words:` holds it. Its examples are the corpus sentences with their values (and the
//! publication date that places a date without its year); its counter-examples are sentences
//! of the nearest other candidates of the same kind. The draft is tested before it is given:
//! an example it would not take, or a counter-example it would, is left out (and named in a
//! comment), so that the draft passes `factlint rules test` as written.

use std::collections::BTreeMap;
use std::path::Path;

use super::context::{Profile, cosine};
use super::group::add;
use super::{Analysis, Candidate};
use crate::cues::tokens;
use crate::grammar::Lang;
use crate::morph;
use crate::rules::{self, RuleFile, RuleSet};
use crate::source::Source;
use crate::value::ValueKind;
use crate::yaml::{self, Step};

/// How many counter-examples a draft takes from its neighbours.
const COUNTER_EXAMPLES: usize = 3;

/// How many shared words a draft's `near` lists.
const NEAR_WORDS: usize = 6;

/// A rule draft and what became of the corpus sentences.
#[derive(Debug, Clone)]
pub struct Draft {
    pub id: String,
    /// The YAML text of a rule file holding the draft.
    pub yaml: String,
    pub examples: usize,
    pub counter_examples: usize,
}

/// The draft for candidate `id` (its `DC-…` id, or its rank in the list, `#3`). Errors are
/// for people: an unknown id.
pub fn suggest(
    rules: &RuleSet,
    sources: &[Source],
    analysis: &Analysis,
    id: &str,
    file_name: &Path,
) -> Result<Draft, String> {
    let position = match id.strip_prefix('#').map(str::parse::<usize>) {
        Some(Ok(rank)) if rank >= 1 && rank <= analysis.candidates.len() => rank - 1,
        _ => analysis
            .candidates
            .iter()
            .position(|(c, _)| c.id == id)
            .ok_or_else(|| {
                format!(
                    "no candidate `{id}`: `factlint discover` lists the candidates and their ids"
                )
            })?,
    };
    let (candidate, members) = &analysis.candidates[position];
    let lang = sources
        .get(analysis.profiles[members[0]].source)
        .map_or(Lang::Fr, |s| s.meta.lang);
    let classes = classes_of(rules, lang);
    let rule_id = unique_id(rules, &slug(candidate));
    let near = near_words(candidate, &classes, lang);
    let window = members
        .iter()
        .filter_map(|&i| {
            let p = &analysis.profiles[i];
            candidate
                .shared
                .iter()
                .filter_map(|w| p.distance.get(&w.base))
                .min()
                .copied()
        })
        .max()
        .unwrap_or(8)
        .clamp(3, 20);
    let counts = if candidate.value_kind == ValueKind::Number {
        // Each noun as the folder's class when it has one ("Arméniens" → @people).
        let mut nouns: Vec<String> = members
            .iter()
            .filter_map(|&i| {
                let p = &analysis.profiles[i];
                Some((p.noun.as_deref()?, p.noun_written.as_deref()?))
            })
            .map(|(base, w)| {
                classes
                    .get(base)
                    .cloned()
                    .unwrap_or_else(|| dictionary_form(lang, w))
            })
            .collect();
        nouns.sort();
        nouns.dedup();
        nouns
    } else {
        Vec::new()
    };
    let mut examples: Vec<Example> = Vec::new();
    for &i in members {
        let p = &analysis.profiles[i];
        let source = &sources[p.source];
        let text = source.text.get(p.sentence.clone()).unwrap_or("").trim();
        if text.is_empty() || examples.iter().any(|e| e.text == text) {
            continue;
        }
        let (value, modifier) = crate::extract::as_kind(&p.mention, p.mention.kind);
        examples.push(Example {
            text: text.to_string(),
            value: value.to_string(),
            modifier: modifier.map(|m| m.as_str().to_string()),
            published: source.meta.published.map(|d| d.to_string()),
        });
    }
    let mut counters = nearest_others(analysis, position, sources);
    // Test the draft, leaving out what it fails on, until it passes (each round removes at
    // least one entry, so this ends).
    let mut dropped: Vec<String> = Vec::new();
    loop {
        let (yaml, ranges) = render(&Render {
            lang,
            id: &rule_id,
            candidate,
            counts: &counts,
            near: &near,
            window,
            examples: &examples,
            counters: &counters,
            dropped: &dropped,
        });
        let failures = failures_of(rules, file_name, &yaml)?;
        if failures.is_empty() {
            return Ok(Draft {
                id: rule_id,
                yaml,
                examples: examples.len(),
                counter_examples: counters.len(),
            });
        }
        let failing: Vec<Entry> = ranges
            .iter()
            .filter(|(_, r)| failures.iter().any(|at| r.contains(at)))
            .map(|(e, _)| *e)
            .collect();
        if failing.is_empty() {
            return Err(format!(
                "the draft fails in a way leaving out examples does not mend (this is a bug of `rules suggest`):\n{yaml}"
            ));
        }
        // Remove from the back, so that the indices of the others stay.
        for e in failing.into_iter().rev() {
            match e {
                Entry::Example(k) => {
                    dropped.push(format!("not taken as written: {}", examples[k].text));
                    examples.remove(k);
                }
                Entry::Counter(k) => {
                    counters.remove(k);
                }
            }
        }
    }
}

struct Example {
    text: String,
    value: String,
    modifier: Option<String>,
    published: Option<String>,
}

impl Example {
    fn yaml_text(&self) -> String {
        quote(&self.text)
    }
}

/// A YAML double-quoted scalar (JSON's string syntax is valid YAML).
fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_string())
}

struct Render<'a> {
    lang: Lang,
    id: &'a str,
    candidate: &'a Candidate,
    counts: &'a [String],
    near: &'a [String],
    window: usize,
    examples: &'a [Example],
    counters: &'a [String],
    dropped: &'a [String],
}

/// Which entry of the draft a range of its text holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Entry {
    Example(usize),
    Counter(usize),
}

/// The draft's text, and the byte range of each example and counter-example in it.
fn render(r: &Render<'_>) -> (String, Vec<(Entry, std::ops::Range<usize>)>) {
    let mut ranges = Vec::new();
    let c = r.candidate;
    let kind = match c.value_kind {
        ValueKind::Date => "date",
        ValueKind::Duration => "duration",
        ValueKind::Number => "count",
    };
    let list = |items: &[String]| {
        items
            .iter()
            .map(|s| quote(s))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut out = String::new();
    out.push_str(&format!(
        "# Drafted by `factlint rules suggest {}` from {} source{} ({}).\n",
        c.id,
        c.sources,
        if c.sources == 1 { "" } else { "s" },
        c.message
    ));
    out.push_str(
        "# The words are what the corpus's sentences share, not yet the fact's definition: give the\n\
         # rule a title, narrow `near`, add `rivals` or an `anchor`, then `factlint rules test`.\n",
    );
    out.push_str(&format!("lang: {}\nrules:\n", r.lang.as_str()));
    out.push_str(&format!("  - id: {}\n", r.id));
    out.push_str(&format!(
        "    title: {}\n",
        quote(&format!("{} (discovered)", c.title))
    ));
    out.push_str(&format!("    kind: {kind}\n"));
    if !r.counts.is_empty() {
        out.push_str(&format!("    counts: [{}]\n", list(r.counts)));
    }
    if !r.near.is_empty() {
        out.push_str(&format!("    near: [[{}]]\n", list(r.near)));
        out.push_str(&format!("    window: {}\n", r.window));
    }
    for d in r.dropped {
        out.push_str(&format!("    # {}\n", d.replace('\n', " ")));
    }
    out.push_str("    examples:\n");
    for (k, e) in r.examples.iter().enumerate() {
        let start = out.len();
        out.push_str(&format!("      - text: {}\n", e.yaml_text()));
        out.push_str(&format!("        value: {}\n", quote(&e.value)));
        if let Some(m) = &e.modifier {
            out.push_str(&format!("        mod: {m}\n"));
        }
        if let Some(p) = &e.published {
            out.push_str(&format!("        published: {p}\n"));
        }
        ranges.push((Entry::Example(k), start..out.len()));
    }
    if r.examples.is_empty() {
        out.push_str("      []\n");
    }
    if !r.counters.is_empty() {
        out.push_str("    counter-examples:\n");
        for (k, t) in r.counters.iter().enumerate() {
            let start = out.len();
            out.push_str(&format!("      - {}\n", quote(t)));
            ranges.push((Entry::Counter(k), start..out.len()));
        }
    }
    (out, ranges)
}

/// Where `rules test` fails on the draft, loaded with the claims folder's files (for its word
/// classes): the byte offsets into the draft.
fn failures_of(rules: &RuleSet, file_name: &Path, yaml: &str) -> Result<Vec<usize>, String> {
    let mut files: Vec<RuleFile> = rules.files.clone();
    files.retain(|f| f.path != file_name);
    files.push(RuleFile::new(file_name, yaml));
    let set = rules::load_sources(files).map_err(|errors| {
        format!(
            "the draft does not load (this is a bug of `rules suggest`):\n{}",
            rules::render_plain(&errors)
        )
    })?;
    let outcome = rules::test_examples(&set);
    Ok(outcome
        .failures
        .iter()
        .filter(|f| f.file == file_name)
        .map(|f| f.offset)
        .collect())
}

/// The sentences of the candidates of the same kind nearest to this one (by summed context),
/// one each.
fn nearest_others(analysis: &Analysis, position: usize, sources: &[Source]) -> Vec<String> {
    let (candidate, members) = &analysis.candidates[position];
    let sum = |g: &[usize]| {
        g.iter().fold(Vec::new(), |acc: Vec<(String, f64)>, &i| {
            add(&acc, &analysis.profiles[i].words)
        })
    };
    let mine = sum(members);
    let own_sentences: Vec<(usize, usize)> = members
        .iter()
        .map(|&i| {
            let p = &analysis.profiles[i];
            (p.source, p.sentence.start)
        })
        .collect();
    let mut scored: Vec<(f64, String)> = Vec::new();
    for (k, (other, g)) in analysis.candidates.iter().enumerate() {
        if k == position || other.value_kind != candidate.value_kind {
            continue;
        }
        let p: &Profile = &analysis.profiles[g[0]];
        if own_sentences.contains(&(p.source, p.sentence.start)) {
            continue;
        }
        let text = sources[p.source]
            .text
            .get(p.sentence.clone())
            .unwrap_or("")
            .trim()
            .to_string();
        // A sentence that also gives a value for a date is placed by its publication date,
        // which a counter-example does not carry: such sentences are not neighbours to show.
        if !text.is_empty() {
            scored.push((cosine(&mine, &sum(g)), text));
        }
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.dedup_by(|a, b| a.1 == b.1);
    scored
        .into_iter()
        .take(COUNTER_EXAMPLES)
        .map(|(_, t)| t)
        .collect()
}

/// The words of the class folder: class name → the bases of its one-word phrases.
fn classes_of(rules: &RuleSet, lang: Lang) -> BTreeMap<String, String> {
    let mut by_base: BTreeMap<String, String> = BTreeMap::new();
    for file in &rules.files {
        let Ok(Some(words)) =
            yaml::parse_at::<BTreeMap<String, Vec<yaml::Value>>>(&file.text, &[Step::Key("words")])
        else {
            continue;
        };
        for (class, entries) in words {
            for e in entries.iter().filter_map(|e| e.as_str()) {
                let bases = tokens::phrase_bases(lang, e);
                if let [one] = bases.as_slice() {
                    by_base
                        .entry(one.clone())
                        .or_insert_with(|| format!("@{class}"));
                }
            }
        }
    }
    by_base
}

/// The candidate's shared words as `near` items: a class when the folder has one for the
/// word, else the word in dictionary form; each once.
fn near_words(
    candidate: &Candidate,
    classes: &BTreeMap<String, String>,
    lang: Lang,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in candidate
        .shared
        .iter()
        .filter(|w| candidate.sources == 1 || w.sources > 1)
        .take(NEAR_WORDS)
    {
        let item = classes
            .get(&w.base)
            .cloned()
            .unwrap_or_else(|| dictionary_form(lang, &w.word));
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

/// A word as a rule writes it: lowercase, as the corpus writes it. Its inflections match
/// through its base; the lemma tables are not used here, as they send some plural nouns to a
/// verb ("soldats" → "solder") that a person would not write.
fn dictionary_form(_lang: Lang, written: &str) -> String {
    written.to_lowercase()
}

/// `discovered-offensive-azerbaidjan`: from the first shared words, folded, kebab-case.
fn slug(c: &Candidate) -> String {
    let mut parts: Vec<String> = vec!["discovered".to_string()];
    for w in c.shared.iter().take(2) {
        let f: String = morph::fold(&w.word)
            .chars()
            .map(|ch| if ch.is_ascii_alphanumeric() { ch } else { '-' })
            .collect();
        let f = f.trim_matches('-').to_string();
        if !f.is_empty() {
            parts.push(f);
        }
    }
    if parts.len() == 1 {
        parts.push(c.id.trim_start_matches("DC-").to_lowercase());
    }
    parts.join("-")
}

/// `base`, or `base-2`, `base-3`… if the folder already has a rule of that id.
fn unique_id(rules: &RuleSet, base: &str) -> String {
    if rules.get(base).is_none() {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| rules.get(id).is_none())
        .unwrap_or_else(|| base.to_string())
}
