//! Folder metadata as a manifest, for corpora too big to keep a `sources.yaml` by hand:
//! `sources.jsonl` (one JSON object per line) or `sources.csv` (a header row, then one row per
//! article), beside the articles. Each row names an article of the folder by `path` (its file
//! name) and gives the fields of a `sources.yaml` entry: `title`, `outlet`, `url`, `lang`,
//! `published`, `inferred` (in CSV, names separated by `;`), `note`. An unknown key or column,
//! a bad value or a file listed twice is an error at its line and column.
//!
//! Parsing is pure; the walk reads the files (`folder.rs`).

use std::collections::BTreeMap;
use std::sync::Arc;

use miette::NamedSource;
use serde::Deserialize;

use super::{FolderMeta, INFERABLE, SourceError, SourceMeta};
use crate::grammar::Lang;
use crate::value::Published;

/// The JSON Lines manifest of a folder.
pub const JSONL_FILE: &str = "sources.jsonl";
/// The CSV manifest of a folder.
pub const CSV_FILE: &str = "sources.csv";

/// The columns of a CSV manifest, and the keys of a JSONL one.
const FIELDS: &[&str] = &[
    "path",
    "title",
    "outlet",
    "url",
    "lang",
    "published",
    "inferred",
    "note",
];

/// One JSONL row: `path` and a `sources.yaml` entry's fields.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Row {
    path: String,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    outlet: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    lang: Lang,
    #[serde(default, deserialize_with = "super::published_text::deserialize")]
    published: Option<Published>,
    #[serde(default, deserialize_with = "super::inferred_fields")]
    inferred: Vec<String>,
    #[serde(default)]
    note: Option<String>,
}

struct Rows {
    path: String,
    text: Arc<str>,
    entries: BTreeMap<String, SourceMeta>,
    spans: BTreeMap<String, miette::SourceSpan>,
}

impl Rows {
    fn new(path: &str, text: &Arc<str>) -> Rows {
        Rows {
            path: path.to_string(),
            text: text.clone(),
            entries: BTreeMap::new(),
            spans: BTreeMap::new(),
        }
    }

    fn error(&self, at: usize, message: String) -> Box<SourceError> {
        Box::new(SourceError::BadMetadata {
            message: format!("{}: {message}", self.path),
            src: NamedSource::new(self.path.clone(), self.text.clone()),
            at: at.min(self.text.len()).into(),
        })
    }

    /// Adds the row naming `name`, written at `at`.
    fn add(&mut self, name: String, at: usize, meta: SourceMeta) -> Result<(), Box<SourceError>> {
        if name.is_empty() || name.contains(['/', '\\']) {
            return Err(self.error(
                at,
                format!(
                    "`path` is `{name}`: a manifest lists the files beside it, by name (`a.txt`)"
                ),
            ));
        }
        if self.entries.contains_key(&name) {
            return Err(self.error(at, format!("`{name}` is listed twice")));
        }
        self.spans.insert(name.clone(), (at, name.len()).into());
        self.entries.insert(name, meta);
        Ok(())
    }

    fn finish(self) -> FolderMeta {
        FolderMeta::new(&self.path, self.text, self.entries, self.spans)
    }
}

/// Parses a `sources.jsonl` (named `path` in diagnostics): pure, every error located.
pub fn parse_jsonl(path: &str, text: Arc<str>) -> Result<FolderMeta, Box<SourceError>> {
    let mut rows = Rows::new(path, &text);
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let row = line.trim_end_matches(['\n', '\r']);
        if row.trim().is_empty() {
            continue;
        }
        let parsed: Row = serde_json::from_str(row).map_err(|e| {
            let message = json_message(&e);
            rows.error(start + json_error_at(row, &message, e.column()), message)
        })?;
        let at = start + row.find(&parsed.path).unwrap_or(0);
        let meta = SourceMeta {
            title: parsed.title,
            outlet: parsed.outlet,
            url: parsed.url,
            lang: parsed.lang,
            published: parsed.published,
            inferred: parsed.inferred,
            note: parsed.note,
        };
        rows.add(parsed.path, at, meta)?;
    }
    Ok(rows.finish())
}

/// serde_json's message without its " at line L column C": the place is given apart.
pub(crate) fn json_message(e: &serde_json::Error) -> String {
    let message = e.to_string();
    match message.rsplit_once(" at line ") {
        Some((m, _)) => m.to_string(),
        None => message,
    }
}

/// Where in a JSONL row an error is: at the key an unknown field names, at the value of the
/// key that is wrong, else where serde_json stopped (its column counts from 1).
fn json_error_at(row: &str, message: &str, column: usize) -> usize {
    let stopped = column.saturating_sub(1).min(row.len());
    // serde_json stops on the closing quote of a key, or past a value.
    let seen = &row[..(stopped + 1).min(row.len())];
    let quoted = |key: &str| format!("\"{key}\"");
    if let Some(key) = message
        .strip_prefix("unknown field `")
        .and_then(|m| m.split('`').next())
    {
        return seen.rfind(&quoted(key)).unwrap_or(stopped);
    }
    let key = if message.contains("is not a date") {
        "published"
    } else if message.contains("`inferred`") {
        "inferred"
    } else if message.contains("variant") {
        "lang"
    } else {
        return stopped;
    };
    match seen.rfind(&quoted(key)) {
        Some(k) => {
            let after = &row[k + key.len() + 2..];
            k + key.len() + 2 + (after.len() - after.trim_start_matches([' ', ':']).len())
        }
        None => stopped,
    }
}

/// Parses a `sources.csv` (named `path` in diagnostics): pure, every error located. The first
/// row names the columns; empty cells say nothing.
pub fn parse_csv(path: &str, text: Arc<str>) -> Result<FolderMeta, Box<SourceError>> {
    let mut rows = Rows::new(path, &text);
    // A byte-order mark (spreadsheets write one) is not part of the first column's name.
    let skip = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let body = &text[skip..];
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(false)
        .from_reader(body.as_bytes());
    let mut columns: Vec<usize> = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        let read = reader.read_record(&mut record);
        let at = |r: &csv::StringRecord| skip + r.position().map_or(0, |p| p.byte() as usize);
        match read {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let byte = e.position().map_or(body.len(), |p| p.byte() as usize);
                let message = match e.kind() {
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => format!("this row has {len} cells, the header {expected_len}"),
                    _ => e.to_string(),
                };
                return Err(rows.error(skip + byte, message));
            }
        }
        let start = at(&record);
        let cells = cell_offsets(&text, start, record.len());
        if columns.is_empty() {
            for (i, name) in record.iter().enumerate() {
                let name = name.trim();
                let Some(field) = FIELDS.iter().position(|f| *f == name) else {
                    return Err(rows.error(
                        cells[i],
                        format!(
                            "unknown column `{name}`, expected one of `{}`",
                            FIELDS.join("`, `")
                        ),
                    ));
                };
                if columns.contains(&field) {
                    return Err(rows.error(cells[i], format!("the column `{name}` is twice")));
                }
                columns.push(field);
            }
            if !columns.contains(&0) {
                return Err(rows.error(start, "no `path` column".to_string()));
            }
            continue;
        }
        let mut name = None;
        let mut meta = SourceMeta::default();
        for (i, cell) in record.iter().enumerate() {
            let at = cells[i];
            if cell.is_empty() {
                continue;
            }
            let owned = || Some(cell.to_string());
            match FIELDS[columns[i]] {
                "path" => name = Some((cell.to_string(), at)),
                "title" => meta.title = owned(),
                "outlet" => meta.outlet = owned(),
                "url" => meta.url = owned(),
                "note" => meta.note = owned(),
                "lang" => {
                    meta.lang = Lang::parse(cell).ok_or_else(|| {
                        rows.error(at, format!("`{cell}` is not a language: expected fr or en"))
                    })?;
                }
                "published" => {
                    meta.published = Some(Published::parse(cell).ok_or_else(|| {
                        rows.error(
                            at,
                            format!("`{cell}` is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD"),
                        )
                    })?);
                }
                _ => {
                    for field in cell.split(';').map(str::trim).filter(|f| !f.is_empty()) {
                        if !INFERABLE.contains(&field) {
                            return Err(rows.error(
                                at,
                                format!(
                                    "`inferred` names an unknown field `{field}`, expected one of `{}`",
                                    INFERABLE.join("`, `")
                                ),
                            ));
                        }
                        meta.inferred.push(field.to_string());
                    }
                }
            }
        }
        let Some((name, at)) = name else {
            return Err(rows.error(start, "this row has no `path`".to_string()));
        };
        rows.add(name, at, meta)?;
    }
    Ok(rows.finish())
}

/// The byte offset in `text` of each of the `n` cells of the CSV record starting at `start`:
/// cells are split at commas outside double quotes.
fn cell_offsets(text: &str, start: usize, n: usize) -> Vec<usize> {
    let mut offsets = vec![start];
    let mut quoted = false;
    for (i, b) in text.as_bytes()[start..].iter().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => offsets.push(start + i + 1),
            b'\n' | b'\r' if !quoted => break,
            _ => {}
        }
    }
    offsets.resize(n.max(offsets.len()), start);
    offsets
}

#[cfg(test)]
mod tests {
    use super::*;

    fn located(e: &SourceError) -> (usize, usize) {
        e.located().expect("a located error")
    }

    #[test]
    fn a_csv_and_a_jsonl_manifest_say_what_sources_yaml_says() {
        let yaml = super::super::parse_sources_yaml(
            "sources.yaml",
            "a.txt:\n  outlet: Le Monde\n  published: 2024-05-09\n  lang: fr\nb.txt:\n  outlet: \"X, Y\"\n  inferred: [published]\n  published: 2024\n".into(),
        )
        .unwrap();
        let csv = parse_csv(
            "sources.csv",
            "path,outlet,published,lang,inferred\na.txt,Le Monde,2024-05-09,fr,\nb.txt,\"X, Y\",2024,,published\n".into(),
        )
        .unwrap();
        let jsonl = parse_jsonl(
            "sources.jsonl",
            "{\"path\": \"a.txt\", \"outlet\": \"Le Monde\", \"published\": \"2024-05-09\", \"lang\": \"fr\"}\n\n{\"path\": \"b.txt\", \"outlet\": \"X, Y\", \"published\": 2024, \"inferred\": [\"published\"]}\n".into(),
        )
        .unwrap();
        for name in ["a.txt", "b.txt"] {
            assert_eq!(csv.entry(name), yaml.entry(name), "{name}");
            assert_eq!(jsonl.entry(name), yaml.entry(name), "{name}");
        }
    }

    #[test]
    fn bad_rows_are_errors_at_their_line_and_column() {
        let e = parse_csv("s.csv", "path,outlett\na.txt,X\n".into()).unwrap_err();
        assert_eq!(located(&e), (1, 6));
        assert!(e.to_string().contains("unknown column `outlett`"), "{e}");
        let e = parse_csv(
            "s.csv",
            "path,published\na.txt,2024\nb.txt,2024-13-45\n".into(),
        )
        .unwrap_err();
        assert_eq!(located(&e), (3, 7));
        let e = parse_csv("s.csv", "path,lang\na.txt,de\n".into()).unwrap_err();
        assert_eq!(located(&e), (2, 7));
        let e = parse_csv("s.csv", "path,lang\na.txt,fr,x\n".into()).unwrap_err();
        assert_eq!(located(&e).0, 2);
        let e = parse_csv("s.csv", "path\na.txt\na.txt\n".into()).unwrap_err();
        assert_eq!(located(&e), (3, 1));
        let e = parse_jsonl(
            "s.jsonl",
            "{\"path\": \"a.txt\"}\n{\"path\": \"b.txt\", \"outlett\": \"X\"}\n".into(),
        )
        .unwrap_err();
        assert_eq!(located(&e), (2, 19));
        assert!(e.to_string().contains("unknown field `outlett`"), "{e}");
        let e = parse_jsonl(
            "s.jsonl",
            "{\"path\": \"a.txt\", \"published\": \"2024-13-45\"}\n".into(),
        )
        .unwrap_err();
        assert_eq!(located(&e), (1, 32));
        let e = parse_jsonl("s.jsonl", "{\"path\": \"sub/a.txt\"}\n".into()).unwrap_err();
        assert_eq!(located(&e), (1, 11));
    }
}
