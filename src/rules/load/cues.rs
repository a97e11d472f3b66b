//! Reading the cue keys of rules (`counts`, `cues`, `near`, `window`, `unless`, `rivals`,
//! `anchor`, `partitive`) and the shared word classes (`words:` in any rule file), every
//! problem located.
//!
//! Word classes belong to the claims folder, not to a file: every rule of every file may name
//! any class as `@name`. A class may name other classes; its phrases are the union.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::FileCheck;
use crate::cues::{self, Anchor, CueSpec, Item, Partitive, Phrase, tokens};
use crate::grammar::Lang;
use crate::rules::compile;
use crate::rules::error::{ErrorCode, RuleFile};
use crate::value::ValueKind;
use crate::yaml::{self, Entries, Step, View};

/// The cue keys of a rule: the run of [`super::RULE_KEYS`] from `counts` to `partitive`.
pub const CUE_KEYS: &[&str] = super::RULE_KEYS.split_at(8).1.split_at(8).0;

/// Every word class of a claims folder: name → its entries as written, and where.
#[derive(Debug, Default)]
pub struct Classes {
    entries: BTreeMap<String, Vec<String>>,
}

/// One requirement as written: a word, a phrase or `@class`, or a list of them (any of).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum WrittenItem {
    One(String),
    Any(Vec<String>),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // the lists are read item by item, for their positions
struct WrittenAnchor {
    cues: Vec<WrittenItem>,
    #[serde(default)]
    against: Vec<WrittenItem>,
    #[serde(default)]
    optional: bool,
}

impl Classes {
    /// Reads the `words:` of each file; a name defined twice is an error at the second.
    /// `docs` are the files parsed (`docs[i]` is `files[i]`'s).
    pub fn read(
        files: &[RuleFile],
        docs: &[Result<yaml::Document<'_>, yaml::Error>],
        errors: &mut Vec<crate::rules::RuleError>,
    ) -> Classes {
        let mut classes = Classes::default();
        for (file, doc) in files.iter().zip(docs) {
            if !file.text.contains("words") {
                continue;
            }
            let Ok(doc) = doc else {
                continue; // reported by the file's own check
            };
            let whole = doc.whole();
            let mut check = FileCheck {
                file,
                errors: Vec::new(),
                ids: Vec::new(),
            };
            let written: Entries<Vec<String>> = check
                .get(&whole, &[Step::Key("words")], "`words`")
                .unwrap_or(Entries(Vec::new()));
            for (name, list) in written.0 {
                // Located only for an error: locating is a parse of the file.
                let offset = || {
                    whole
                        .locate_key(&[Step::Key("words")], &name, 0)
                        .unwrap_or(0)
                };
                if !compile::is_def_name(&name) {
                    let offset = offset();
                    check.error(
                        ErrorCode::InvalidValue,
                        check.token_key(offset, &name),
                        format!("`{name}` cannot name a word class"),
                        Some(
                            "a class name is a letter followed by letters, digits, `_` or `-`"
                                .into(),
                        ),
                    );
                    continue;
                }
                if classes.entries.contains_key(&name) {
                    let offset = offset();
                    check.error(
                        ErrorCode::DuplicateKey,
                        check.token_key(offset, &name),
                        format!("word class `{name}` is defined twice"),
                        Some(
                            "a class is defined once per claims folder; add the words to the first"
                                .into(),
                        ),
                    );
                    continue;
                }
                for (j, w) in list.iter().enumerate() {
                    if w.trim().is_empty() || w.trim() == "@" {
                        let at = whole
                            .locate(&[Step::Key("words"), Step::Key(&name), Step::Index(j)])
                            .unwrap_or_else(offset);
                        check.error(
                            ErrorCode::InvalidValue,
                            check.token(at),
                            "a word class entry cannot be empty",
                            None,
                        );
                    }
                }
                classes.entries.insert(name, list);
            }
            errors.append(&mut check.errors);
        }
        classes
    }

    /// The phrases of `written` (`@class` or a phrase), in `lang`; `Err` names an unknown class.
    fn phrases(&self, written: &str, lang: Lang) -> Result<Vec<Phrase>, String> {
        let mut out = Vec::new();
        let mut seen = BTreeSet::new();
        self.expand(written.trim(), lang, &mut out, &mut seen)?;
        Ok(out)
    }

    fn expand(
        &self,
        written: &str,
        lang: Lang,
        out: &mut Vec<Phrase>,
        seen: &mut BTreeSet<String>,
    ) -> Result<(), String> {
        if let Some(name) = written.strip_prefix('@') {
            let Some(list) = self.entries.get(name) else {
                return Err(name.to_string());
            };
            if !seen.insert(name.to_string()) {
                return Ok(()); // a cycle adds nothing new
            }
            for w in list {
                self.expand(w.trim(), lang, out, seen)?;
            }
            return Ok(());
        }
        let bases = tokens::phrase_bases(lang, written);
        if !bases.is_empty() && !out.iter().any(|p: &Phrase| p.bases == bases) {
            out.push(Phrase {
                written: written.to_string(),
                bases,
            });
        }
        Ok(())
    }

    pub fn names(&self) -> Vec<&str> {
        self.entries.keys().map(String::as_str).collect()
    }
}

impl FileCheck<'_> {
    /// The cue part of a rule, `None` when it writes no cue key.
    pub(super) fn cue_spec(
        &mut self,
        view: &View<'_>,
        kind: Option<ValueKind>,
        lang: Lang,
        classes: &Classes,
    ) -> Option<CueSpec> {
        let present = |k: &str| view.has_key(k);
        if !CUE_KEYS.iter().any(|k| present(k)) {
            return None;
        }
        let mut spec = CueSpec {
            counts: self.items(view, &[Step::Key("counts")], "counts", lang, classes),
            cues: self.items(view, &[Step::Key("cues")], "cues", lang, classes),
            near: self.items(view, &[Step::Key("near")], "near", lang, classes),
            window: cues::DEFAULT_WINDOW,
            unless: self.items(view, &[Step::Key("unless")], "unless", lang, classes),
            rivals: self.items(view, &[Step::Key("rivals")], "rivals", lang, classes),
            anchor: None,
            partitive: Partitive::Part,
        };
        // `counts` is one list of alternatives: the value counts any of them.
        if spec.counts.len() > 1 {
            let phrases = spec.counts.iter().flat_map(|i| i.phrases.clone()).collect();
            let written = spec
                .counts
                .iter()
                .map(|i| i.written.as_str())
                .collect::<Vec<_>>()
                .join(" | ");
            spec.counts = vec![Item { written, phrases }];
        }
        if present("counts") && kind.is_some_and(|k| k != ValueKind::Number) {
            let offset = view.locate(&[Step::Key("counts")]).unwrap_or(0);
            self.error(
                ErrorCode::InvalidValue,
                self.token_key(view.locate_key(&[], "counts", 0).unwrap_or(offset), "counts"),
                "`counts` is for count rules",
                Some("a date or a duration has its unit built in; use `cues` or `near` for the words around it".into()),
            );
        }
        if let Some(w) = self.get::<usize>(view, &[Step::Key("window")], "`window`") {
            if w == 0 {
                let offset = view.locate(&[Step::Key("window")]).unwrap_or(0);
                self.error(
                    ErrorCode::InvalidValue,
                    self.token(offset),
                    "`window` is at least 1 (words between the value and a `near` cue)",
                    None,
                );
            }
            spec.window = w;
        }
        if let Some(p) = self.choice(
            view,
            "partitive",
            &[("part", Partitive::Part), ("whole", Partitive::Whole)],
        ) {
            spec.partitive = p;
        }
        if present("anchor") {
            let written = self.get::<WrittenAnchor>(
                view,
                &[Step::Key("anchor")],
                "`anchor` (`cues:` and `against:` lists, `optional:`)",
            );
            if let Some(written) = written {
                spec.anchor = Some(Anchor {
                    optional: written.optional,
                    want: self.items(
                        view,
                        &[Step::Key("anchor"), Step::Key("cues")],
                        "anchor",
                        lang,
                        classes,
                    ),
                    against: self.items(
                        view,
                        &[Step::Key("anchor"), Step::Key("against")],
                        "against",
                        lang,
                        classes,
                    ),
                });
            }
        }
        Some(spec)
    }

    /// The items of the list at `path`, each resolved through the classes.
    fn items(
        &mut self,
        view: &View<'_>,
        path: &[Step<'_>],
        what: &str,
        lang: Lang,
        classes: &Classes,
    ) -> Vec<Item> {
        let Some(written) = self.get::<Vec<WrittenItem>>(
            view,
            path,
            &format!("`{what}` (a list of words, phrases or @classes)"),
        ) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (j, item) in written.iter().enumerate() {
            let alternatives: Vec<&str> = match item {
                WrittenItem::One(s) => vec![s.as_str()],
                WrittenItem::Any(list) => list.iter().map(String::as_str).collect(),
            };
            let mut phrases: Vec<Phrase> = Vec::new();
            for (k, alt) in alternatives.iter().enumerate() {
                let mut at = path.to_vec();
                at.push(Step::Index(j));
                if matches!(item, WrittenItem::Any(_)) {
                    at.push(Step::Index(k));
                }
                match classes.phrases(alt, lang) {
                    Ok(p) if !p.is_empty() => phrases.extend(p),
                    Ok(_) => {
                        let offset = view.locate(&at).unwrap_or(0);
                        self.error(
                            ErrorCode::InvalidValue,
                            self.token(offset),
                            format!("`{alt}` has no word to match"),
                            None,
                        );
                    }
                    Err(name) => {
                        let offset = view.locate(&at).unwrap_or(0);
                        let names = classes.names();
                        let help = compile::did_you_mean(
                            &name,
                            &names,
                            "word classes are defined under `words:` in a rule file of the folder",
                        );
                        let span = yaml::flow_scalar_map(self.text(), offset, alt);
                        self.error(
                            ErrorCode::UnknownDef,
                            (span.start, span.end),
                            format!("unknown word class `@{name}`"),
                            Some(help),
                        );
                    }
                }
            }
            out.push(Item {
                written: alternatives.join(" | "),
                phrases,
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_cue_keys_are_the_run_from_counts_to_partitive() {
        assert_eq!(super::CUE_KEYS.first(), Some(&"counts"));
        assert_eq!(super::CUE_KEYS.last(), Some(&"partitive"));
    }
}
