//! A rule file as a whole: its keys, `lang`, the `aliases` and `defs` patterns are expanded
//! with, and the list of rules (each read by `rule.rs`), with the span of every id.

use std::collections::BTreeMap;

use super::super::compile::{self, Context, Place};
use super::super::error::ErrorCode;
use super::super::model::Rule;
use super::cues;
use super::{FILE_KEYS, FileCheck};
use crate::grammar::Lang;
use crate::yaml::{self, Entries, Keys, ScalarText, SeqLen, Step, View};

impl FileCheck<'_> {
    /// Checks the whole file, parsed as `doc`; the rules that passed, with the span of their
    /// id.
    pub(super) fn file(
        &mut self,
        doc: &Result<yaml::Document<'_>, yaml::Error>,
        classes: &cues::Classes,
    ) -> Vec<Rule> {
        let text = self.file.text.clone();
        let doc = match doc {
            Ok(d) => d,
            Err(e) => {
                let e = e.clone();
                let offset = e.offset.unwrap_or(0);
                let code = if e.message.starts_with("duplicate entry") {
                    ErrorCode::DuplicateKey
                } else {
                    ErrorCode::YamlSyntax
                };
                let span = (
                    offset,
                    offset
                        + text[offset.min(text.len())..]
                            .chars()
                            .next()
                            .map_or(0, char::len_utf8),
                );
                self.error(code, span, e.message, None);
                return Vec::new();
            }
        };
        let whole = doc.whole();
        let keys = match whole.parse_at::<Keys>(&[]) {
            Ok(Some(k)) => k,
            _ => {
                let help = Some("a rule file is a mapping: `rules:` (a list of rules), and optionally `lang:`, `defs:` and `aliases:`".to_string());
                self.error(
                    ErrorCode::WrongType,
                    (0, yaml::token_end(&text, 0)),
                    "a rule file must be a mapping with a `rules:` list",
                    help,
                );
                return Vec::new();
            }
        };
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        for key in keys.0.iter().flatten() {
            let nth = seen.entry(key).or_insert(0);
            if !FILE_KEYS.contains(&key.as_str()) {
                let offset = whole.locate_key(&[], key, *nth).unwrap_or(0);
                let help = compile::did_you_mean(
                    key,
                    FILE_KEYS,
                    &format!("a rule file has the keys {}", FILE_KEYS.join(", ")),
                );
                self.error(
                    ErrorCode::UnknownKey,
                    self.token_key(offset, key),
                    format!("unknown key `{key}`"),
                    Some(help),
                );
            }
            *nth += 1;
        }
        if keys.0.iter().any(Option::is_none) {
            self.error(
                ErrorCode::WrongType,
                (0, 1),
                "a rule file's keys are plain words",
                None,
            );
        }

        let lang = self.lang(&whole);
        let ctx = self.context(&whole);
        let Some(items) = doc.items("rules") else {
            if keys.0.iter().flatten().any(|k| k == "words") {
                // A file of word classes only.
            } else if keys.0.iter().flatten().any(|k| k == "rules") {
                let _ = self.get::<SeqLen>(&whole, &[Step::Key("rules")], "`rules`");
            } else {
                self.error(
                    ErrorCode::MissingKey,
                    (0, yaml::token_end(&text, 0)),
                    "this rule file has no `rules:` list",
                    None,
                );
            }
            return Vec::new();
        };
        let mut rules = Vec::new();
        for view in &items {
            if let Some(r) = self.rule(view, lang, &ctx, classes) {
                rules.push(r);
            }
        }
        rules
    }

    pub(super) fn lang(&mut self, whole: &View<'_>) -> Option<Lang> {
        let written: ScalarText = self.get(whole, &[Step::Key("lang")], "`lang`")?;
        match Lang::parse(&written.0) {
            Some(l) => Some(l),
            None => {
                let offset = whole.locate(&[Step::Key("lang")]).unwrap_or(0);
                self.error(
                    ErrorCode::InvalidValue,
                    self.token(offset),
                    format!("unknown language `{}`", written.0),
                    Some("languages are `fr` and `en`".into()),
                );
                None
            }
        }
    }

    /// Reads `aliases:` and `defs:` into the context patterns are expanded with.
    pub(super) fn context(&mut self, whole: &View<'_>) -> Context {
        let mut ctx = Context::default();
        let aliases: Entries<Vec<String>> = self
            .get(whole, &[Step::Key("aliases")], "`aliases`")
            .unwrap_or(Entries(Vec::new()));
        let mut owner: BTreeMap<String, String> = BTreeMap::new();
        for (name, variants) in &aliases.0 {
            let mut group = variants.clone();
            if !group.contains(name) {
                group.push(name.clone());
            }
            for (j, v) in variants.iter().enumerate() {
                let path = [Step::Key("aliases"), Step::Key(name), Step::Index(j)];
                if v.trim().is_empty() {
                    let offset = whole.locate(&path).unwrap_or(0);
                    self.error(
                        ErrorCode::InvalidValue,
                        self.token(offset),
                        "an alias variant cannot be empty",
                        None,
                    );
                    continue;
                }
                let key = v.to_lowercase();
                match owner.get(&key) {
                    Some(other) if other != name => {
                        let offset = whole.locate(&path).unwrap_or(0);
                        let span = yaml::flow_scalar_map(self.text(), offset, v);
                        self.error(
                            ErrorCode::DuplicateAlias,
                            (span.start, span.end),
                            format!("`{v}` is already a variant of `{other}`"),
                            Some("a spelling belongs to one alias group; merge the groups if they name one thing".into()),
                        );
                    }
                    _ => {
                        owner.insert(key, name.clone());
                    }
                }
            }
            ctx.add_alias_group(&group);
        }
        let defs: Entries<String> = self
            .get(whole, &[Step::Key("defs")], "`defs`")
            .unwrap_or(Entries(Vec::new()));
        for (name, written) in &defs.0 {
            let path = [Step::Key("defs"), Step::Key(name)];
            if !compile::is_def_name(name) || compile::value_placeholder_kind(name).is_some() {
                let offset = whole.locate_key(&[Step::Key("defs")], name, 0).unwrap_or(0);
                let help = if compile::value_placeholder_kind(name).is_some() {
                    "`date`, `count` and `duration` are the value placeholders".to_string()
                } else {
                    "a def name is a letter followed by letters, digits, `_` or `-`".to_string()
                };
                self.error(
                    ErrorCode::InvalidValue,
                    self.token_key(offset, name),
                    format!("`{name}` cannot name a def"),
                    Some(help),
                );
                continue;
            }
            // A def may use the defs written before it, so that there can be no cycle.
            let (exp, mut problems) = compile::expand(written, Place::Def, &ctx);
            // Unknown names expand to an empty group, so the regex is still worth checking.
            if let Err(p) = compile::compile_fragment(&exp) {
                problems.push(p);
            }
            if problems.is_empty() {
                ctx.defs.insert(name.clone(), exp.text);
            } else {
                self.report(whole, &path, written, problems);
                // Keep the name known, so that its uses are not reported a second time.
                ctx.defs.insert(name.clone(), String::new());
            }
        }
        ctx
    }
}
