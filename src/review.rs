//! Editorial review: an editor's decision on each finding, kept in `factlint.review.yaml` beside
//! the corpus, so that a conflict someone has looked at still shows, with its note, and stops
//! failing the run unless it is a confirmed error (an article is wrong until it is corrected).
//!
//! The file maps finding IDs to decisions. An ID is a fingerprint of the finding's rule, subject,
//! kind, and the file name and value of each claim (see [`crate::compare::fingerprint_of`]), not
//! of line numbers: an entry survives edits elsewhere in the articles. Each entry also records
//! those claims, as the fingerprint counts them (`000_e3b7d5870ff81da2.txt=2022-09`), so that a
//! person reading the file sees what was decided, and so that the decision binds to them.
//!
//! A decision applies to the claims it was made on, never silently to a new article's claim
//! ([`bind`]). A new claim that repeats a reviewed value is noted as such on its finding, which
//! passes or fails by its own verdict. `different-events` and `confirmed-error` take claims out
//! of their fact ([`Entry::apart`]: the other event's, the wrong ones): the reviewed finding
//! stays as it was decided, and new claims are compared with the rest. So a new article dating
//! the offensive to September 2023 agrees with 001–003, and one dating it to September 2022 is
//! a new conflict; a new article repeating a confirmed-wrong value conflicts with the confirmed
//! one.
//!
//! The kind stays in the fingerprint. One group of claims gives both an agreement and a
//! refinement over the same claims, and the two need distinct IDs; and a decision about a
//! conflict should not silently apply to whatever the same values become under a new tolerance.
//!
//! An entry whose finding has gone (a source was corrected, a rule changed) is *stale* and is
//! reported. An entry that names a file the run did not read is neither applied nor stale: a
//! check of two articles says nothing about decisions on the others.
//!
//! Nobody writes fingerprints by hand: `factlint review add` writes entries, and an entry whose
//! ID does not match its claims is an error.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::compare::{FindingKind, claim_key, fingerprint_of};
use crate::config::{self, FileError};
use crate::report::{FindingEntry, Report};
use crate::value::Published;
use crate::yaml::{self, Step};

pub mod bind;

/// The review file's name, in the corpus folder.
pub const REVIEW_FILE: &str = "factlint.review.yaml";

/// What an editor decided about a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Decision {
    /// The sources do disagree and one is wrong; the correction is the newsroom's to make.
    ConfirmedError,
    /// The values are about different events: not a conflict.
    DifferentEvents,
    /// The disagreement is known and accepted as it stands.
    Accepted,
}

impl Decision {
    pub const ALL: [Decision; 3] = [
        Decision::ConfirmedError,
        Decision::DifferentEvents,
        Decision::Accepted,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Decision::ConfirmedError => "confirmed-error",
            Decision::DifferentEvents => "different-events",
            Decision::Accepted => "accepted",
        }
    }

    pub fn parse(s: &str) -> Option<Decision> {
        Decision::ALL.into_iter().find(|d| d.as_str() == s)
    }

    /// For people: "different events (not a conflict)".
    pub fn describe(self) -> &'static str {
        match self {
            Decision::ConfirmedError => "confirmed error",
            Decision::DifferentEvents => "different events (not a conflict)",
            Decision::Accepted => "accepted",
        }
    }
}

/// One decision, as written in the review file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Entry {
    pub decision: Decision,
    pub note: String,
    pub author: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// What was reviewed: the rule, the kind, the subject, and each claim as `file=value`.
    pub rule: String,
    pub kind: FindingKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    pub claims: Vec<String>,
    /// The claims (some of `claims`) the decision takes out of its fact: for
    /// `different-events`, those that speak of the other event; for `confirmed-error`, the
    /// wrong ones. Empty: the claims whose value is not the one most of `claims` give (see
    /// [`Entry::apart`]). Not part of the ID.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub set_apart: Vec<String>,
}

/// Every key of an entry, for suggestions.
const ENTRY_KEYS: [&str; 9] = [
    "decision",
    "note",
    "author",
    "date",
    "rule",
    "kind",
    "subject",
    "claims",
    "set-apart",
];

impl Entry {
    /// The claims this decision takes out of its fact, as `file=value`: none for `accepted`;
    /// for the two others, the ones named in `set-apart`, else those whose value is not the
    /// one a strict majority of the entry's claims give (none when no value has a majority).
    pub fn apart(&self) -> Vec<String> {
        if self.decision == Decision::Accepted {
            return Vec::new();
        }
        if !self.set_apart.is_empty() {
            return self.set_apart.clone();
        }
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for c in &self.claims {
            *counts.entry(value_of(c)).or_default() += 1;
        }
        let mut ranked: Vec<(usize, &str)> = counts.iter().map(|(v, n)| (*n, *v)).collect();
        ranked.sort_by_key(|r| std::cmp::Reverse(r.0));
        let main = match ranked.as_slice() {
            [(n, v), rest @ ..] if rest.first().is_none_or(|(m, _)| m < n) => *v,
            _ => return Vec::new(),
        };
        self.claims
            .iter()
            .filter(|c| value_of(c) != main)
            .cloned()
            .collect()
    }
}

/// A review file, read (or empty, when it does not exist yet).
#[derive(Debug, Clone, Default)]
pub struct Reviews {
    pub path: PathBuf,
    pub text: Arc<str>,
    pub entries: BTreeMap<String, Entry>,
}

/// The decision a finding carries in a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reviewed {
    pub decision: Decision,
    pub note: String,
    pub author: String,
    pub date: String,
}

impl Reviewed {
    /// `Reviewed: different events (not a conflict), by Jeanne Martin on 2024-06-03: <note>`
    pub fn describe(&self) -> String {
        format!(
            "Reviewed: {}, by {} on {}: {}",
            self.decision.describe(),
            self.author,
            self.date,
            self.note.trim()
        )
    }
}

/// A review entry whose finding has gone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StaleReview {
    pub id: String,
    pub rule: String,
    pub decision: Decision,
    pub note: String,
    /// Where the entry is written: the review file and the 1-based line of its ID.
    pub file: String,
    pub line: usize,
}

/// Reads the review file at `path`; a file that does not exist is an empty review.
pub fn load(path: &Path) -> Result<Reviews, Box<FileError>> {
    if !path.exists() {
        return Ok(Reviews {
            path: path.to_path_buf(),
            ..Reviews::default()
        });
    }
    parse(path, &crate::config::read_utf8(path)?)
}

/// Parses a review file's text, checking every entry: a well-formed ID that matches the claims
/// it records, a real date, a note and an author. The first problem is returned, located.
pub fn parse(path: &Path, text: &Arc<str>) -> Result<Reviews, Box<FileError>> {
    let empty = Reviews {
        path: path.to_path_buf(),
        text: text.clone(),
        entries: BTreeMap::new(),
    };
    // The untyped parse first: it reports an ID written twice, at the second one, where a
    // typed map would silently keep the last decision.
    if let Err(e) = yaml::Document::parse(text) {
        return Err(Box::new(config::located(path, text, e, &ENTRY_KEYS)));
    }
    // A file of comments only is an empty document: no decisions yet.
    let entries: BTreeMap<String, Entry> = match yaml::parse::<Option<_>>(text) {
        Ok(e) => e.unwrap_or_default(),
        Err(e) => return Err(Box::new(config::located(path, text, e, &ENTRY_KEYS))),
    };
    for (id, entry) in &entries {
        let at_key = yaml::locate_key(text, &[], id, 0).unwrap_or(0);
        let at_field =
            |field: &str| yaml::locate(text, &[Step::Key(id), Step::Key(field)]).unwrap_or(at_key);
        let problem = |at: usize, message: String| {
            let len = yaml::token_end(text, at).saturating_sub(at);
            FileError::new(path, text, at, len, message)
        };
        if !is_finding_id(id) {
            return Err(problem(
                at_key,
                format!("`{id}` is not a finding ID (FL- and 12 hex digits)"),
            )
            .with_help("write entries with `factlint review add FINDING-ID`")
            .into());
        }
        if !is_day(&entry.date) {
            return Err(problem(
                at_field("date"),
                format!("`{}` is not a date: expected YYYY-MM-DD", entry.date),
            )
            .into());
        }
        for (field, value) in [("note", &entry.note), ("author", &entry.author)] {
            if value.trim().is_empty() {
                return Err(
                    problem(at_field(field), format!("the {field} of {id} is empty")).into(),
                );
            }
        }
        if let Some(stray) = entry.set_apart.iter().find(|c| !entry.claims.contains(c)) {
            return Err(problem(
                at_field("set-apart"),
                format!("`{stray}` in the set-apart claims of {id} is not one of its claims"),
            )
            .into());
        }
        let expected = fingerprint_of(
            &entry.rule,
            entry.subject.as_deref(),
            entry.kind,
            entry.claims.clone(),
        );
        if expected != *id {
            return Err(problem(
                at_key,
                format!("{id} does not match the finding its entry records (that is {expected})"),
            )
            .with_label("edited by hand?")
            .with_help(
                "IDs are fingerprints of rule, kind, subject and claims: remove the entry and \
                 write it again with `factlint review add`",
            )
            .into());
        }
    }
    Ok(Reviews { entries, ..empty })
}

fn is_finding_id(id: &str) -> bool {
    id.strip_prefix("FL-")
        .is_some_and(|h| h.len() == 12 && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn is_day(s: &str) -> bool {
    s.len() == 10 && Published::parse(s).is_some_and(|p| p.day.is_some())
}

/// The claims of a finding as its fingerprint counts them: `file=value`, sorted, distinct.
pub fn finding_claims(f: &FindingEntry) -> Vec<String> {
    let mut parts: Vec<String> = f
        .claims
        .iter()
        .map(|c| claim_key(&file_name(&c.source), &c.value, c.modifier))
        .collect();
    parts.sort();
    parts.dedup();
    parts
}

fn file_name(path: &str) -> String {
    Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string())
}

/// The value part of a `file=value` claim key.
fn value_of(part: &str) -> &str {
    part.split_once('=').map_or(part, |(_, v)| v)
}

/// Marks every finding the review decides (the one with the entry's ID: a decision binds to
/// the claims it was made on), notes on every other finding the new claims that repeat a
/// reviewed value (see [`bind::note_repeats`]), and lists the entries whose finding has gone.
pub fn apply(report: &mut Report, reviews: &Reviews) {
    let mut used: BTreeSet<&str> = BTreeSet::new();
    for f in &mut report.findings {
        if let Some((id, e)) = reviews.entries.get_key_value(&f.id) {
            used.insert(id.as_str());
            f.review = Some(Reviewed {
                decision: e.decision,
                note: e.note.clone(),
                author: e.author.clone(),
                date: e.date.clone(),
            });
        }
    }
    bind::note_repeats(report, reviews);
    let read: BTreeSet<String> = report.sources.iter().map(|s| file_name(&s.path)).collect();
    report.stale_reviews = reviews
        .entries
        .iter()
        .filter(|(id, _)| !used.contains(id.as_str()))
        .filter(|(_, e)| {
            e.claims.iter().all(|c| {
                let file = c.split_once('=').map_or(c.as_str(), |(f, _)| f);
                read.contains(file)
            })
        })
        .map(|(id, e)| StaleReview {
            id: id.clone(),
            rule: e.rule.clone(),
            decision: e.decision,
            note: e.note.clone(),
            file: reviews.path.display().to_string(),
            line: crate::report::line_column(
                &reviews.text,
                yaml::locate_key(&reviews.text, &[], id, 0).unwrap_or(0),
            )
            .0,
        })
        .collect();
    report.summary.reviewed = report
        .findings
        .iter()
        .filter(|f| f.review.is_some())
        .count();
    report.summary.stale_reviews = report.stale_reviews.len();
}

/// The entry that records a decision on `f`. `set_apart` names the claims the decision takes
/// out of the fact, each as a file name (every claim of that file) or a `file=value` key; empty
/// leaves the choice to [`Entry::apart`]. A name that is none of the finding's claims, or a
/// set-apart list on an `accepted` decision, is an error.
pub fn entry_for(
    f: &FindingEntry,
    decision: Decision,
    note: &str,
    author: &str,
    date: &str,
    set_apart: &[String],
) -> Result<Entry, String> {
    let claims = finding_claims(f);
    if decision == Decision::Accepted && !set_apart.is_empty() {
        return Err("an accepted finding takes no claim out of its fact: drop --set-apart".into());
    }
    let mut apart: Vec<String> = Vec::new();
    for name in set_apart {
        let named: Vec<&String> = claims
            .iter()
            .filter(|c| *c == name || c.split_once('=').is_some_and(|(file, _)| file == name))
            .collect();
        if named.is_empty() {
            return Err(format!(
                "`{name}` names none of the finding's claims ({})",
                claims.join(", ")
            ));
        }
        apart.extend(named.into_iter().cloned());
    }
    apart.sort();
    apart.dedup();
    if !apart.is_empty() && apart.len() == claims.len() {
        return Err("--set-apart names every claim of the finding: nothing would be left".into());
    }
    Ok(Entry {
        decision,
        note: note.trim().to_string(),
        author: author.trim().to_string(),
        date: date.to_string(),
        rule: f.rule.clone(),
        kind: f.kind,
        subject: f.subject.clone(),
        claims,
        set_apart: apart,
    })
}

/// `review list`: each decision, its claims (those it sets apart marked) and its note.
pub fn list(reviews: &Reviews) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    if reviews.entries.is_empty() {
        let _ = writeln!(out, "no decisions in {}", reviews.path.display());
        return out;
    }
    let _ = writeln!(out, "{}:", reviews.path.display());
    for (id, e) in &reviews.entries {
        let subject = e
            .subject
            .as_deref()
            .map(|s| format!(" ({s})"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{id}  {}  {} {}{subject}, by {} on {}",
            e.decision.as_str(),
            e.rule,
            e.kind.as_str(),
            e.author,
            e.date
        );
        let apart = e.apart();
        for c in &e.claims {
            let mark = if apart.contains(c) {
                "  (set apart)"
            } else {
                ""
            };
            let _ = writeln!(out, "    {c}{mark}");
        }
        let _ = writeln!(out, "    note: {}", e.note.trim());
    }
    out
}

/// Checks what `review add` is given before anything is written.
pub fn check_new_entry(note: &str, author: &str, date: &str) -> Result<(), String> {
    if note.trim().is_empty() {
        return Err("a decision needs a note: say why, with --note".into());
    }
    if author.trim().is_empty() {
        return Err("a decision needs an author: --author".into());
    }
    if !is_day(date) {
        return Err(format!("`{date}` is not a date: expected YYYY-MM-DD"));
    }
    Ok(())
}

/// The header `review add` writes at the top of a new file.
const HEADER: &str = "\
# Editorial decisions on factlint findings, keyed by finding ID. Written by
# `factlint review add FINDING-ID --decision … --note …`: do not edit IDs or claims by hand.
# decision: confirmed-error | different-events | accepted. A reviewed finding still shows,
# marked with its note, but no longer fails the run.
";

/// The review file's text with `entry` added under `id` (replacing an earlier decision on the
/// same ID). The comment lines at the top of an existing file are kept; the entries are
/// written in ID order, one blank line apart.
pub fn with_entry(reviews: &Reviews, id: &str, entry: Entry) -> Result<String, yaml::Error> {
    let mut entries = reviews.entries.clone();
    entries.insert(id.to_string(), entry);
    render(reviews, &entries)
}

/// The review file's text without the entry `id`, written as [`with_entry`] writes.
pub fn without_entry(reviews: &Reviews, id: &str) -> Result<String, yaml::Error> {
    let mut entries = reviews.entries.clone();
    entries.remove(id);
    render(reviews, &entries)
}

fn render(reviews: &Reviews, entries: &BTreeMap<String, Entry>) -> Result<String, yaml::Error> {
    let header: String = if reviews.text.trim().is_empty() {
        HEADER.to_string()
    } else {
        reviews
            .text
            .split_inclusive('\n')
            .take_while(|l| l.starts_with('#'))
            .collect()
    };
    let mut out = header;
    for (i, (id, entry)) in entries.iter().enumerate() {
        if i > 0 || !out.is_empty() {
            out.push('\n');
        }
        let one: BTreeMap<&str, &Entry> = BTreeMap::from([(id.as_str(), entry)]);
        out.push_str(&yaml::to_string(&one)?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry() -> (String, Entry) {
        let claims = vec!["a.txt=2022-09".to_string(), "b.txt=2023-09".to_string()];
        let id = fingerprint_of(
            "offensive-date",
            None,
            FindingKind::Conflict,
            claims.clone(),
        );
        (
            id,
            Entry {
                decision: Decision::DifferentEvents,
                note: "2022 attack on Armenia vs 2023 offensive".into(),
                author: "Ed".into(),
                date: "2024-06-03".into(),
                rule: "offensive-date".into(),
                kind: FindingKind::Conflict,
                subject: None,
                claims,
                set_apart: vec![],
            },
        )
    }

    #[test]
    fn written_entries_read_back() {
        let (id, e) = entry();
        let text = with_entry(&Reviews::default(), &id, e.clone()).unwrap();
        assert!(text.starts_with("# Editorial decisions"), "{text}");
        let back = parse(Path::new("r.yaml"), &Arc::from(text.as_str())).unwrap();
        assert_eq!(back.entries.get(&id), Some(&e));
    }

    #[test]
    fn an_entry_edited_by_hand_is_an_error_at_its_id() {
        let (id, e) = entry();
        let text = with_entry(&Reviews::default(), &id, e).unwrap();
        let edited = text.replace("b.txt=2023-09", "b.txt=2021-09");
        let err = parse(Path::new("r.yaml"), &Arc::from(edited.as_str())).unwrap_err();
        assert!(err.message.contains("does not match"), "{}", err.message);
        assert!(err.short().starts_with("r.yaml:6:1:"), "{}", err.short());
    }

    #[test]
    fn a_misspelled_entry_key_is_located() {
        let (id, e) = entry();
        let text = with_entry(&Reviews::default(), &id, e).unwrap();
        let edited = text.replace("  note:", "  notes:");
        let err = parse(Path::new("r.yaml"), &Arc::from(edited.as_str())).unwrap_err();
        assert!(
            err.short().contains("r.yaml:8:3: unknown key `notes`"),
            "{}",
            err.short()
        );
    }

    #[test]
    fn a_bad_date_is_located() {
        let (id, e) = entry();
        let text = with_entry(&Reviews::default(), &id, e).unwrap();
        let edited = text.replace("2024-06-03", "2024-13-03");
        let err = parse(Path::new("r.yaml"), &Arc::from(edited.as_str())).unwrap_err();
        assert!(err.short().contains("is not a date"), "{}", err.short());
    }
}
