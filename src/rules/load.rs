//! Reading rule files: strict, located validation of every key and value, then compilation.
//! Only this module (through [`crate::yaml`]) does IO on rule files.
//!
//! To report every problem of a file in one run, nothing is deserialized as a whole: each
//! key of each rule is read on its own, at its path, so one bad value spoils only itself.
//! Positions come from the YAML parser (see `yaml/`); a position inside a string value (a
//! regex error's column) is mapped through the string's quoting back into the file.
//!
//! This file reads the files and assembles the rule set; the checks of one file are in
//! `load/`: `check` (the errors and the readers every key goes through), `file` (the file's
//! keys, `lang`, `aliases`, `defs`, its list of rules), `rule` (one rule's keys), `cues` (the
//! cue keys and word classes), `examples` (`examples` and `counter-examples`).

mod check;
mod cues;
mod examples;
mod file;
mod rule;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::error::{ErrorCode, RuleError, RuleFile};
use super::model::RuleSet;
use crate::yaml;
use check::FileCheck;

/// The keys of a rule file.
pub const FILE_KEYS: &[&str] = &["lang", "defs", "aliases", "words", "rules"];

/// The keys of a rule, in the order the reference documents them. The cue keys (`counts` …
/// `partitive`) are one run, which `load/cues.rs` names `CUE_KEYS`.
pub const RULE_KEYS: &[&str] = &[
    "id",
    "title",
    "kind",
    "description",
    "link",
    "severity",
    "scope",
    "patterns",
    "counts",
    "cues",
    "near",
    "window",
    "unless",
    "rivals",
    "anchor",
    "partitive",
    "require",
    "exclude",
    "unit",
    "tolerance",
    "tally",
    "subjects",
    "examples",
    "counter-examples",
];

const REQUIRED_RULE_KEYS: &[&str] = &["id", "title", "kind"];

/// Loads every `*.yaml` and `*.yml` file of `dir` (not its subfolders), in name order; `dir`
/// may also be one rule file, or [`super::builtin::DIR`], the pack built into the binary.
pub fn load_dir(dir: &Path) -> Result<RuleSet, Vec<RuleError>> {
    if super::builtin::is_builtin(dir) {
        return load_sources(super::builtin::files());
    }
    if dir.is_file() {
        return load_files(&[dir.to_path_buf()]);
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            return Err(vec![RuleError::file_level(
                ErrorCode::UnreadableFile,
                dir,
                format!("cannot read the rules folder {}: {e}", dir.display()),
            )]);
        }
    };
    let mut paths = Vec::new();
    let mut errors = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => {
                let path = entry.path();
                let is_yaml = path.extension().is_some_and(|e| e == "yaml" || e == "yml");
                let hidden = path
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'));
                if is_yaml && !hidden && path.is_dir() {
                    // A folder named like a rule file is a mistake to show: its rules would
                    // otherwise be missing from the run without a word.
                    errors.push(RuleError::file_level(
                        ErrorCode::UnreadableFile,
                        &path,
                        format!(
                            "{} is a folder, not a rule file: rule files are read from {} only, not from its subfolders",
                            path.display(),
                            dir.display()
                        ),
                    ));
                } else if is_yaml && !hidden {
                    paths.push(path);
                }
            }
            Err(e) => errors.push(RuleError::file_level(
                ErrorCode::UnreadableFile,
                dir,
                format!("cannot list {}: {e}", dir.display()),
            )),
        }
    }
    paths.sort();
    match load_files(&paths) {
        Ok(set) if errors.is_empty() => Ok(set),
        Ok(_) => Err(errors),
        Err(mut more) => {
            errors.append(&mut more);
            Err(errors)
        }
    }
}

/// Loads the given rule files. A file that cannot be read is an error like any other.
pub fn load_files(paths: &[PathBuf]) -> Result<RuleSet, Vec<RuleError>> {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        let read = std::fs::read(path).map_err(|e| {
            Box::new(RuleError::file_level(
                ErrorCode::UnreadableFile,
                path,
                format!("cannot read rule file {}: {e}", path.display()),
            ))
        });
        match read.and_then(|bytes| file_from_bytes(path, bytes)) {
            Ok(file) => files.push(file),
            Err(e) => errors.push(*e),
        }
    }
    match load_sources(files) {
        Ok(set) if errors.is_empty() => Ok(set),
        Ok(_) => Err(errors),
        Err(mut more) => {
            errors.append(&mut more);
            Err(errors)
        }
    }
}

/// A rule file from its bytes: pure. Bytes that are not UTF-8 are an error located at the
/// first one that is not, in a lossy copy of the text.
pub fn file_from_bytes(path: &Path, bytes: Vec<u8>) -> Result<RuleFile, Box<RuleError>> {
    match crate::source::utf8(bytes) {
        Ok(text) => Ok(RuleFile::new(path, text)),
        Err(bad) => {
            let file = RuleFile::new(path, bad.lossy.as_str());
            Err(Box::new(
                RuleError::at(
                    ErrorCode::UnreadableFile,
                    &file,
                    (bad.at, bad.at + 1),
                    bad.message(&format!("rule file {}", path.display())),
                )
                .with_label("not UTF-8")
                .with_help("save the file as UTF-8"),
            ))
        }
    }
}

/// Loads one rule file from a string; `name` stands for its path in diagnostics.
pub fn load_str(name: &str, text: &str) -> Result<RuleSet, Vec<RuleError>> {
    load_sources(vec![RuleFile::new(name, text)])
}

/// Loads rule files already read: checks each, then the ids across all of them.
pub fn load_sources(files: Vec<RuleFile>) -> Result<RuleSet, Vec<RuleError>> {
    let mut errors = Vec::new();
    let mut rules = Vec::new();
    // Every id written, valid rule or not, so that a duplicate is reported in the same run
    // as the other problems of its rule.
    let mut ids: Vec<(String, (yaml::Spot, usize), usize)> = Vec::new();
    // Each file parsed once, for its word classes and for its rules.
    let docs: Vec<_> = files
        .iter()
        .map(|f| yaml::Document::parse(&f.text))
        .collect();
    let classes = cues::Classes::read(&files, &docs, &mut errors);
    for (index, (file, doc)) in files.iter().zip(&docs).enumerate() {
        let mut check = FileCheck {
            file,
            errors: Vec::new(),
            ids: Vec::new(),
        };
        rules.extend(check.file(doc, &classes));
        errors.append(&mut check.errors);
        ids.extend(
            check
                .ids
                .into_iter()
                .map(|(id, spot, start)| (id, (spot, start), index)),
        );
    }
    // Duplicate ids: each later definition is an error pointing at both.
    let mut first: BTreeMap<String, ((yaml::Spot, usize), usize)> = BTreeMap::new();
    let span_of = |(spot, start): &(yaml::Spot, usize), file: &RuleFile| {
        let at = spot.locate(&file.text).unwrap_or(*start);
        (at, yaml::token_end(&file.text, at))
    };
    for (id, id_at, file_index) in ids {
        let Some((first_at, first_file)) = first.get(&id) else {
            first.insert(id, (id_at, file_index));
            continue;
        };
        let first_file = *first_file;
        let file = &files[file_index];
        let id_span = span_of(&id_at, file);
        let first_span = span_of(first_at, &files[first_file]);
        let mut e = RuleError::at(
            ErrorCode::DuplicateId,
            file,
            id_span,
            format!("duplicate rule id `{id}`"),
        )
        .with_label("defined again here")
        .with_help("rule ids are unique across all rule files");
        if first_file == file_index {
            e = e.with_secondary(first_span, "first defined here");
        } else {
            let first_error = RuleError::at(
                ErrorCode::DuplicateId,
                &files[first_file],
                first_span,
                format!("`{id}` is first defined here"),
            );
            e = e.with_related(first_error.with_label("first defined here"));
        }
        errors.push(e);
    }
    if !errors.is_empty() {
        // File order, then position in the file: the order a reader fixes them in.
        let order = |e: &RuleError| {
            (
                files
                    .iter()
                    .position(|f| f.path == e.file)
                    .unwrap_or(usize::MAX),
                e.offset,
            )
        };
        errors.sort_by_key(order);
        return Err(errors);
    }
    rules.sort_by(|a, b| a.id.cmp(&b.id));
    let cue_index = crate::cues::index::Index::new(
        rules
            .iter()
            .enumerate()
            .filter_map(|(i, r)| r.cues.as_ref().map(|c| (i, c))),
    );
    let pattern_filter = super::prefilter::PatternFilter::new(&rules);
    let selective = rules
        .iter()
        .enumerate()
        .map(|(i, r)| super::matching::is_selective(r, pattern_filter.is_filtered(i)))
        .collect();
    Ok(RuleSet {
        rules,
        cue_index,
        pattern_filter,
        selective,
        files,
    })
}
