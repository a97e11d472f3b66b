//! The sources' rows of an index file (see `store.rs`): each row encoded alone (bincode), and a
//! fixed-width table of where each row ends and of each source's file id, so that `lint`
//! decodes only the rows of the sources it needs.

use std::fs::File;
use std::os::unix::fs::FileExt;

use bincode::Options;
use serde::{Deserialize, Serialize};

use super::store::bad;
use crate::grammar::Lang;
use crate::source::SourceMeta;
use crate::value::Published;

/// Everything of a source's metadata, without the fields skipped when empty (bincode reads
/// back only what was written field by field).
#[derive(Serialize, Deserialize)]
pub(super) struct StoredMeta {
    title: Option<String>,
    outlet: Option<String>,
    url: Option<String>,
    lang: Lang,
    published: Option<(i32, Option<u8>, Option<u8>)>,
    inferred: Vec<String>,
    note: Option<String>,
}

impl StoredMeta {
    pub(super) fn new(m: &SourceMeta) -> StoredMeta {
        StoredMeta {
            title: m.title.clone(),
            outlet: m.outlet.clone(),
            url: m.url.clone(),
            lang: m.lang,
            published: m.published.map(|p| (p.year, p.month, p.day)),
            inferred: m.inferred.clone(),
            note: m.note.clone(),
        }
    }

    fn meta(self) -> SourceMeta {
        SourceMeta {
            title: self.title,
            outlet: self.outlet,
            url: self.url,
            lang: self.lang,
            published: self
                .published
                .map(|(year, month, day)| Published { year, month, day }),
            inferred: self.inferred,
            note: self.note,
        }
    }
}

/// One source as the head lists it.
#[derive(Serialize, Deserialize)]
pub(super) struct Row {
    pub(super) path: String,
    pub(super) hash: u128,
    pub(super) body_start: u64,
    pub(super) meta: StoredMeta,
    pub(super) text_at: u64,
    pub(super) text_len: u64,
    pub(super) claims: u32,
    pub(super) len: u64,
    pub(super) mtime_ns: u128,
}

/// The bytes of a table entry: a row's end, and a file's device and inode.
pub(super) const ROW_END: usize = 8;
pub(super) const FILE_ID: usize = 16;

/// One source of an index as it was read, without its text.
pub struct Listed {
    pub path: String,
    pub hash: u128,
    pub body_start: usize,
    pub meta: SourceMeta,
    pub claims: usize,
    /// Its file's size, modification time, device and inode when it was indexed.
    pub len: u64,
    pub mtime_ns: u128,
    pub file_id: (u64, u64),
    /// Where its text is (absolute offset, length).
    pub(super) text: (u64, u64),
}

/// The table of the rows, read whole (a few dozen bytes per source), decoded per entry.
pub(super) struct Table {
    pub(super) count: usize,
    /// Per source where its row ends (from `rows_at`), then per source its file's id.
    pub(super) bytes: Vec<u8>,
    /// Where the rows start (absolute) and how long they are together.
    pub(super) rows_at: u64,
    pub(super) rows_len: u64,
    /// Where the texts start (absolute).
    pub(super) texts_at: u64,
}

impl Table {
    /// The u64 at byte `at` of the table.
    fn table_u64(&self, at: usize) -> u64 {
        let bytes = self.bytes.get(at..at + 8).unwrap_or(&[0; 8]);
        u64::from_le_bytes(bytes.try_into().unwrap_or_default())
    }

    /// Source `i`'s file's device and inode when it was indexed.
    pub fn file_id(&self, i: usize) -> (u64, u64) {
        let at = self.count * ROW_END + i * FILE_ID;
        (self.table_u64(at), self.table_u64(at + 8))
    }

    /// Where source `i`'s row is in the rows (start, end).
    fn row_span(&self, i: usize) -> (u64, u64) {
        let start = if i == 0 {
            0
        } else {
            self.table_u64((i - 1) * ROW_END)
        };
        (start, self.table_u64(i * ROW_END))
    }

    /// The rows of these sources (sorted, distinct), decoded: one read for the span they cover
    /// when they are dense in it, one read per row otherwise.
    pub fn rows(&self, file: &File, which: &[usize]) -> Result<Vec<Listed>, String> {
        if which.iter().any(|&i| i >= self.count) || !which.is_sorted() {
            return Err(bad("a claim names a source it does not have"));
        }
        let (Some(&first), Some(&last)) = (which.first(), which.last()) else {
            return Ok(Vec::new());
        };
        let spans: Vec<(u64, u64)> = which.iter().map(|&i| self.row_span(i)).collect();
        if spans.iter().any(|&(a, b)| a > b || b > self.rows_len) {
            return Err(bad("its table of rows is out of order"));
        }
        let decode = |i: usize, bytes: &[u8]| -> Result<Listed, String> {
            // Exactly the row's bytes (as `bincode::serialize` writes them): a table that
            // points a row at another's span is damaged.
            let r: Row = bincode::DefaultOptions::new()
                .with_fixint_encoding()
                .reject_trailing_bytes()
                .deserialize(bytes)
                .map_err(bad)?;
            Ok(self.listed(i, r))
        };
        let (from, to) = (self.row_span(first).0, self.row_span(last).1);
        let needed: u64 = spans.iter().map(|&(a, b)| b - a).sum();
        if to < from || spans.iter().any(|&(a, b)| a < from || b > to) {
            return Err(bad("its table of rows is out of order"));
        }
        if to - from <= needed.saturating_mul(4).max(1 << 16) {
            let mut bytes = vec![0u8; (to - from) as usize];
            file.read_exact_at(&mut bytes, self.rows_at + from)
                .map_err(bad)?;
            which
                .iter()
                .zip(&spans)
                .map(|(&i, &(a, b))| decode(i, &bytes[(a - from) as usize..(b - from) as usize]))
                .collect()
        } else {
            which
                .iter()
                .zip(&spans)
                .map(|(&i, &(a, b))| {
                    let mut bytes = vec![0u8; (b - a) as usize];
                    file.read_exact_at(&mut bytes, self.rows_at + a)
                        .map_err(bad)?;
                    decode(i, &bytes)
                })
                .collect()
        }
    }

    fn listed(&self, i: usize, r: Row) -> Listed {
        Listed {
            path: r.path,
            hash: r.hash,
            body_start: r.body_start as usize,
            meta: r.meta.meta(),
            claims: r.claims as usize,
            len: r.len,
            mtime_ns: r.mtime_ns,
            file_id: self.file_id(i),
            text: (self.texts_at + r.text_at, r.text_len),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn row(path: &str) -> Row {
        Row {
            path: path.to_string(),
            hash: 7,
            body_start: 0,
            meta: StoredMeta::new(&SourceMeta::default()),
            text_at: 0,
            text_len: 0,
            claims: 1,
            len: 3,
            mtime_ns: 9,
        }
    }

    /// A file of three rows after a 5-byte prefix, and its table.
    fn three() -> (tempfile::NamedTempFile, Table) {
        let mut file = tempfile::NamedTempFile::new().unwrap();
        let mut rows = Vec::new();
        let mut bytes = Vec::new();
        for p in ["a.txt", "b/c.txt", "d.txt"] {
            bincode::serialize_into(&mut rows, &row(p)).unwrap();
            bytes.extend_from_slice(&(rows.len() as u64).to_le_bytes());
        }
        for i in 0..3u64 {
            bytes.extend_from_slice(&(10 + i).to_le_bytes());
            bytes.extend_from_slice(&(20 + i).to_le_bytes());
        }
        file.write_all(b"12345").unwrap();
        file.write_all(&rows).unwrap();
        let table = Table {
            count: 3,
            bytes,
            rows_at: 5,
            rows_len: rows.len() as u64,
            texts_at: 0,
        };
        (file, table)
    }

    #[test]
    fn reads_only_the_rows_asked_for_with_their_file_ids() {
        let (file, table) = three();
        let got = table.rows(file.as_file(), &[0, 2]).unwrap();
        let paths: Vec<(&str, (u64, u64))> =
            got.iter().map(|l| (l.path.as_str(), l.file_id)).collect();
        assert_eq!(paths, [("a.txt", (10, 20)), ("d.txt", (12, 22))]);
        assert_eq!(table.rows(file.as_file(), &[1]).unwrap()[0].path, "b/c.txt");
        assert!(table.rows(file.as_file(), &[]).unwrap().is_empty());
    }

    #[test]
    fn a_damaged_table_is_an_error_not_a_panic() {
        let (file, mut table) = three();
        assert!(table.rows(file.as_file(), &[3]).is_err());
        assert!(table.rows(file.as_file(), &[2, 0]).is_err());
        // A row said to end past the rows, or before it starts.
        table.bytes[8..16].copy_from_slice(&u64::MAX.to_le_bytes());
        assert!(table.rows(file.as_file(), &[1]).is_err());
        table.bytes[8..16].copy_from_slice(&0u64.to_le_bytes());
        assert!(table.rows(file.as_file(), &[2]).is_err());
        // A row said to end past the last row asked for, read in one go with it.
        let (file, mut table) = three();
        let end = table.rows_len + 1;
        table.rows_len = end;
        table.bytes[0..8].copy_from_slice(&end.to_le_bytes());
        assert!(table.rows(file.as_file(), &[0, 2]).is_err());
        // A table cut short reads as zeros: an empty span, which does not decode.
        table.bytes.truncate(4);
        assert!(table.rows(file.as_file(), &[0]).is_err());
    }
}
