//! The index file (layout [`super::FORMAT`]): one file, read in parts, so that `lint` reads
//! only what its answer needs.
//!
//! ```text
//! "FLINDEX\0"  u32 layout  u64 head length  u128 sealed time  head  claim blocks…  texts…
//! ```
//!
//! - the sealed time: the corpus folder's modification time just after the index was written
//!   into it (written in place last, see [`write`](fn@write); 0 when it could not be sealed);
//! - the head (bincode): the key, the hash of the corpus's stamps, the folders' times and the
//!   stamps of the files that are not articles, how many sources there are and how many of them
//!   have no publication date, one row per rule (where its claim block is), and where the
//!   sources' rows, their table and the texts are;
//! - one claim block per rule (bincode): that rule's claims across the corpus, each with its
//!   source and its rank among the source's claims, so that claims read back in extraction order;
//! - one block per summarized fact (bincode, `parts.rs`): its precomputed corpus side, read
//!   instead of its rule's claim block when `lint` answers the fact from the summary;
//! - one block per revision of a summarized fact (bincode, `revised.rs`), read instead when a
//!   new article's claims of the fact are superseded by it;
//! - one row per source (bincode each: path, text hash, metadata, its stamp, where its text is),
//!   decoded only for the sources `lint` needs ([`Reader::rows`]);
//! - the table of the rows: per source where its row ends (u64), then per source its file's
//!   device and inode (2 × u64), little-endian, fixed width: read whole, decoded per entry;
//! - the texts, one after another, read one at a time ([`Reader::text`]) and checked against
//!   their hash.
//!
//! `lint` reads the head, the table, the blocks of the rules its new articles have claims for,
//! the rows of the sources those claims are of, and the texts of the sources its findings quote; a refresh reads every block (claims are reused by
//! text hash) and no text.

use std::fs::File;
use std::io::{self, Read, Write};
use std::os::unix::fs::FileExt;
use std::path::Path;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::facts::Group;
use super::parts::Parts;
use super::revised::Revised;
pub use super::rows::Listed;
use super::rows::{FILE_ID, ROW_END, Row, StoredMeta, Table};
use super::{DirStamp, Index, Key, Stamp, StoredClaim};
use crate::extract::Claim;

/// The first bytes of an index file.
const MAGIC: &[u8; 8] = b"FLINDEX\0";
/// Where the sealed time is, and where the head starts.
const SEALED_AT: u64 = 20;
const HEAD_AT: u64 = 36;

#[derive(Serialize, Deserialize)]
struct Head {
    key: Key,
    stamps: u128,
    /// Every folder's path and modification time.
    dirs: Vec<(String, u128)>,
    /// The files that are not articles: path, size, modification time.
    others: Vec<(String, u64, u128)>,
    /// How many sources there are, and how many of them have no publication date.
    sources: u32,
    undated: u32,
    /// Per rule index: where its block starts (after the head), its length and claim count.
    blocks: Vec<(u64, u64, u32)>,
    /// The facts whose corpus side holds a cross-source conflict, and per fact where its
    /// precomputed corpus side is (`parts.rs`).
    groups: Vec<Group>,
    parts: Vec<(u64, u64)>,
    /// Per rule index: its claims dated without a year in undated sources.
    yearless: Vec<u32>,
    /// Where each revision the groups' editions point to is (`revised.rs`).
    revisions: Vec<(u64, u64)>,
    /// Where the rows start, where their table starts, where the texts start (after the head)
    /// and how long they are together.
    rows_at: u64,
    table_at: u64,
    texts_at: u64,
    texts_len: u64,
}

/// A claim in a rule's block: its source, its rank among that source's claims, the claim.
#[derive(Serialize, Deserialize)]
struct Placed(u32, u32, StoredClaim);

/// An open index file: its head and the table of its rows are read; rows, claims and texts are
/// read on demand.
pub struct Reader {
    file: File,
    pub key: Key,
    pub stamps: u128,
    /// The corpus folder's time just after the index was written (0: not sealed).
    pub sealed: u128,
    pub dirs: Vec<DirStamp>,
    pub others: Vec<Stamp>,
    /// How many sources there are, and how many of them have no publication date.
    pub count: usize,
    pub undated: usize,
    /// Where each source's row is, and its file's id.
    table: Table,
    blocks: Vec<(u64, u64, u32)>,
    /// The summarized facts (see `facts.rs`), where each one's parts are, and per rule its
    /// claims dated without a year in undated sources.
    pub groups: Vec<Group>,
    parts: Vec<(u64, u64)>,
    pub yearless: Vec<u32>,
    revisions: Vec<(u64, u64)>,
    body_at: u64,
}

pub(super) fn bad(what: impl std::fmt::Display) -> String {
    format!("it is damaged ({what})")
}

impl Reader {
    /// Opens `path`: `Ok(None)` when there is none, `Err` when it cannot be used as an index.
    pub fn open(path: &Path) -> Result<Option<Reader>, String> {
        let mut file = match File::open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(format!("cannot read it: {e}")),
        };
        let mut start = [0u8; HEAD_AT as usize];
        let n = read_up_to(&mut file, &mut start).map_err(|e| format!("cannot read it: {e}"))?;
        if n < 12 || &start[..8] != MAGIC {
            return Err(foreign(&start[..n], &mut file));
        }
        let layout = u32::from_le_bytes(start[8..12].try_into().unwrap_or_default());
        if layout != super::FORMAT {
            return Err(format!(
                "it has layout {layout} (this factlint writes {})",
                super::FORMAT
            ));
        }
        if n < HEAD_AT as usize {
            return Err(bad("it is shorter than its head says"));
        }
        let head_len = u64::from_le_bytes(start[12..20].try_into().unwrap_or_default());
        let sealed = u128::from_le_bytes(start[20..36].try_into().unwrap_or_default());
        let total = file.metadata().map_err(bad)?.len();
        if head_len > total.saturating_sub(HEAD_AT) {
            return Err(bad("it is shorter than its head says"));
        }
        let mut head = vec![0u8; head_len as usize];
        file.read_exact_at(&mut head, HEAD_AT).map_err(bad)?;
        let head: Head = bincode::deserialize(&head).map_err(bad)?;
        let body_at = HEAD_AT + head_len;
        let count = head.sources as usize;
        let table_len = (count * (ROW_END + FILE_ID)) as u64;
        let end = head
            .blocks
            .iter()
            .map(|&(at, len, _)| body_at + at + len)
            .chain(head.parts.iter().map(|&(at, len)| body_at + at + len))
            .chain(head.revisions.iter().map(|&(at, len)| body_at + at + len))
            .chain([
                body_at + head.table_at + table_len,
                body_at + head.texts_at + head.texts_len,
            ])
            .max()
            .unwrap_or(body_at);
        if end > total || head.rows_at > head.table_at {
            return Err(bad("it was cut short"));
        }
        if head.parts.len() != head.groups.len() {
            return Err(bad("its facts and their parts do not match"));
        }
        let revisions = head.revisions.len();
        if head
            .groups
            .iter()
            .flat_map(|g| &g.editions)
            .any(|e| e.revision.is_some_and(|r| r as usize >= revisions))
        {
            return Err(bad("a fact names a revision it does not have"));
        }
        let mut table = vec![0u8; table_len as usize];
        file.read_exact_at(&mut table, body_at + head.table_at)
            .map_err(bad)?;
        let dirs = head
            .dirs
            .into_iter()
            .map(|(path, mtime_ns)| DirStamp { path, mtime_ns })
            .collect();
        let others = head
            .others
            .into_iter()
            .map(|(path, len, mtime_ns)| Stamp {
                path,
                len,
                mtime_ns,
                file_id: (0, 0),
            })
            .collect();
        Ok(Some(Reader {
            file,
            key: head.key,
            stamps: head.stamps,
            sealed,
            dirs,
            others,
            count,
            undated: head.undated as usize,
            table: Table {
                count,
                bytes: table,
                rows_at: body_at + head.rows_at,
                rows_len: head.table_at - head.rows_at,
                texts_at: body_at + head.texts_at,
            },
            blocks: head.blocks,
            groups: head.groups,
            parts: head.parts,
            yearless: head.yearless,
            revisions: head.revisions,
            body_at,
        }))
    }

    /// The claims of these rules (indices into the rule set), numbered by source, in the order
    /// extraction gives them (by source, then as the source's claims came out).
    pub fn claims_of(&self, rules: &[usize]) -> Result<Vec<Claim>, String> {
        let mut placed = self.placed_of(rules)?;
        // Each block is in (source, rank) order already (see `write`): a stable sort merges the
        // runs rather than sorting from scratch.
        placed.sort_by_key(|p| (p.0, p.1));
        Ok(placed.into_iter().map(|p| p.2).collect())
    }

    /// The precomputed corpus side of summarized fact `g` (see `parts.rs`).
    pub fn parts(&self, g: usize) -> Result<Parts, String> {
        let Some(&(at, len)) = self.parts.get(g) else {
            return Err(bad("a fact has no parts"));
        };
        let parts: Parts = self.block(at, len)?;
        if !parts.is_sound(self.count) {
            return Err(bad("the parts of a fact do not hold together"));
        }
        Ok(parts)
    }

    /// The block of `len` bytes at `at` (after the head), decoded.
    fn block<T: serde::de::DeserializeOwned>(&self, at: u64, len: u64) -> Result<T, String> {
        let mut bytes = vec![0u8; len as usize];
        self.file
            .read_exact_at(&mut bytes, self.body_at + at)
            .map_err(bad)?;
        bincode::deserialize(&bytes).map_err(bad)
    }

    /// The precomputed revision `k` (see `revised.rs`).
    pub fn revised(&self, k: u32) -> Result<Revised, String> {
        let Some(&(at, len)) = self.revisions.get(k as usize) else {
            return Err(bad("a fact has no such revision"));
        };
        let revised: Revised = self.block(at, len)?;
        if !revised.parts.is_sound(self.count) {
            return Err(bad("the parts of a revision do not hold together"));
        }
        Ok(revised)
    }

    /// The claims of these rules with their source and rank, block after block.
    pub(super) fn placed_of(&self, rules: &[usize]) -> Result<Vec<(u32, u32, Claim)>, String> {
        let mut placed: Vec<(u32, u32, Claim)> = Vec::new();
        for &r in rules {
            let Some(&(at, len, count)) = self.blocks.get(r) else {
                continue;
            };
            let mut bytes = vec![0u8; len as usize];
            self.file
                .read_exact_at(&mut bytes, self.body_at + at)
                .map_err(bad)?;
            let block: Vec<Placed> = bincode::deserialize(&bytes).map_err(bad)?;
            if block.len() != count as usize {
                return Err(bad("a claim block has another count than its head says"));
            }
            placed.extend(block.into_iter().map(|Placed(s, k, StoredClaim(mut c))| {
                c.source = s as usize;
                (s, k, c)
            }));
        }
        if placed.iter().any(|p| p.0 as usize >= self.count) {
            return Err(bad("a claim names a source it does not have"));
        }
        Ok(placed)
    }

    /// Every claim of every rule, grouped by source: what a refresh reuses.
    pub fn all_claims(&self) -> Result<Vec<Vec<Claim>>, String> {
        let rules: Vec<usize> = (0..self.blocks.len()).collect();
        let mut by_source: Vec<Vec<Claim>> = (0..self.count).map(|_| Vec::new()).collect();
        for c in self.claims_of(&rules)? {
            by_source[c.source].push(c);
        }
        Ok(by_source)
    }

    /// Source `i`'s file's device and inode when it was indexed.
    pub fn file_id(&self, i: usize) -> (u64, u64) {
        self.table.file_id(i)
    }

    /// The rows of these sources (sorted, distinct), decoded.
    pub fn rows(&self, which: &[usize]) -> Result<Vec<Listed>, String> {
        self.table.rows(&self.file, which)
    }

    /// Every source's row: what a refresh reuses.
    pub fn all_rows(&self) -> Result<Vec<Listed>, String> {
        self.rows(&(0..self.count).collect::<Vec<_>>())
    }

    /// The text of `source` (a row of this index), checked against its hash.
    pub fn text(&self, source: &Listed) -> Result<Arc<str>, String> {
        let (at, len) = source.text;
        let mut bytes = vec![0u8; len as usize];
        self.file.read_exact_at(&mut bytes, at).map_err(bad)?;
        let text = String::from_utf8(bytes).map_err(bad)?;
        if super::hash_text(&text) != source.hash {
            return Err(bad(format!(
                "the text of {} does not match its hash",
                source.path
            )));
        }
        Ok(Arc::from(text))
    }
}

fn read_up_to(file: &mut File, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match file.read(&mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
}

/// Why a file without the magic is not an index: an index of layout 1 (JSON) says so.
fn foreign(start: &[u8], file: &mut File) -> String {
    if start.first() == Some(&b'{') {
        #[derive(Deserialize)]
        struct Old {
            format: u32,
        }
        let mut rest = start.to_vec();
        let _ = file.read_to_end(&mut rest);
        if let Ok(old) = serde_json::from_slice::<Old>(&rest) {
            return format!(
                "it has layout {} (this factlint writes {})",
                old.format,
                super::FORMAT
            );
        }
        if let Err(e) = serde_json::from_slice::<Old>(&rest) {
            return format!("it is not a factlint index ({e})");
        }
    }
    "it is not a factlint index (it does not start as one)".to_string()
}

/// Writes `index` whole, to a temporary name first, then renames it; returns its size.
pub fn write(path: &Path, index: &Index) -> io::Result<u64> {
    let to_io = |e: bincode::Error| io::Error::other(e.to_string());
    let mut by_rule: Vec<Vec<Placed>> = Vec::new();
    for (si, e) in index.entries.iter().enumerate() {
        for (k, c) in e.claims.iter().enumerate() {
            if by_rule.len() <= c.rule {
                by_rule.resize_with(c.rule + 1, Vec::new);
            }
            by_rule[c.rule].push(Placed(si as u32, k as u32, StoredClaim(c.clone())));
        }
    }
    let mut body: Vec<u8> = Vec::new();
    let mut blocks = Vec::with_capacity(by_rule.len());
    for block in &by_rule {
        let bytes = bincode::serialize(block).map_err(to_io)?;
        blocks.push((body.len() as u64, bytes.len() as u64, block.len() as u32));
        body.extend_from_slice(&bytes);
    }
    let mut parts = Vec::with_capacity(index.facts.parts.len());
    for p in &index.facts.parts {
        let bytes = bincode::serialize(p).map_err(to_io)?;
        parts.push((body.len() as u64, bytes.len() as u64));
        body.extend_from_slice(&bytes);
    }
    let mut revisions = Vec::with_capacity(index.facts.revisions.len());
    for r in &index.facts.revisions {
        let bytes = bincode::serialize(r).map_err(to_io)?;
        revisions.push((body.len() as u64, bytes.len() as u64));
        body.extend_from_slice(&bytes);
    }
    // The rows, each encoded alone, and their table.
    let rows_at = body.len() as u64;
    let mut ends: Vec<u8> = Vec::with_capacity(index.entries.len() * ROW_END);
    let mut ids: Vec<u8> = Vec::with_capacity(index.entries.len() * FILE_ID);
    let mut text_at = 0u64;
    for e in &index.entries {
        let row = Row {
            path: e.path.clone(),
            hash: e.hash,
            body_start: e.body_start as u64,
            meta: StoredMeta::new(&e.meta),
            text_at,
            text_len: e.text.len() as u64,
            claims: e.claims.len() as u32,
            len: e.stamp.len,
            mtime_ns: e.stamp.mtime_ns,
        };
        bincode::serialize_into(&mut body, &row).map_err(to_io)?;
        ends.extend_from_slice(&(body.len() as u64 - rows_at).to_le_bytes());
        ids.extend_from_slice(&e.stamp.file_id.0.to_le_bytes());
        ids.extend_from_slice(&e.stamp.file_id.1.to_le_bytes());
        text_at += e.text.len() as u64;
    }
    let table_at = body.len() as u64;
    body.extend_from_slice(&ends);
    body.extend_from_slice(&ids);
    let texts_at = body.len() as u64;
    let undated = index
        .entries
        .iter()
        .filter(|e| e.meta.published.is_none())
        .count();
    let head = Head {
        key: index.key.clone(),
        stamps: index.stamps,
        dirs: index
            .dirs
            .iter()
            .map(|d| (d.path.clone(), d.mtime_ns))
            .collect(),
        others: index
            .others
            .iter()
            .map(|s| (s.path.clone(), s.len, s.mtime_ns))
            .collect(),
        sources: index.entries.len() as u32,
        undated: undated as u32,
        blocks,
        groups: index.facts.groups.clone(),
        parts,
        yearless: index.facts.yearless.clone(),
        revisions,
        rows_at,
        table_at,
        texts_at,
        texts_len: text_at,
    };
    let head = bincode::serialize(&head).map_err(to_io)?;
    let tmp = path.with_extension("tmp");
    {
        let mut w = io::BufWriter::new(File::create(&tmp)?);
        w.write_all(MAGIC)?;
        w.write_all(&super::FORMAT.to_le_bytes())?;
        w.write_all(&(head.len() as u64).to_le_bytes())?;
        w.write_all(&0u128.to_le_bytes())?;
        w.write_all(&head)?;
        w.write_all(&body)?;
        for e in &index.entries {
            w.write_all(e.text.as_bytes())?;
        }
        w.flush()?;
    }
    std::fs::rename(&tmp, path)?;
    seal(path, &index.root_names)?;
    Ok(std::fs::metadata(path)?.len())
}

/// Writes the corpus folder's modification time into the index, in place (which changes the
/// file, not the folder), now that writing the index has changed it: `lint` takes the folder
/// as unchanged while its time is this one. Sealed only when the folder holds the names it
/// held when it was stamped (before the corpus was read) and its time did not move while they
/// were listed; otherwise 0, and the next `lint` checks every file.
fn seal(path: &Path, names_then: &[String]) -> io::Result<()> {
    let Some(corpus) = path.parent() else {
        return Ok(());
    };
    let corpus = if corpus.as_os_str().is_empty() {
        Path::new(".")
    } else {
        corpus
    };
    let before = super::mtime_ns(&std::fs::metadata(corpus)?);
    let names = super::root_names(corpus);
    let after = super::mtime_ns(&std::fs::metadata(corpus)?);
    let sealed = if before == after && names == names_then {
        after
    } else {
        0
    };
    let file = std::fs::OpenOptions::new().write(true).open(path)?;
    file.write_all_at(&sealed.to_le_bytes(), SEALED_AT)?;
    Ok(())
}
