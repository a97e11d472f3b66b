//! The spill of a streamed JSON check: what is written to anonymous temporary files as the
//! articles are extracted, so that memory holds neither the claims nor their report entries.
//!
//! This is IO outside loading, on purpose and only here: `check --format json` (and
//! `--summary`) on an archive would otherwise hold every claim (for the comparison) and every
//! entry (for the report), some 600 bytes each. Two anonymous files (`tempfile::tempfile`:
//! unlinked at once, gone when the run ends, however it ends) take them instead:
//! - [`Entries`]: each claim's JSON text, as the report writes it in `claims` (id included),
//!   appended in report order as each chunk of articles is collected; the JSON format copies
//!   it into its output ([`crate::output::json`]);
//! - [`Buckets`]: each claim itself (bincode, [`crate::index::codec::StoredClaim`]) in one
//!   bucket per rule, read back one rule at a time for the comparison, which never compares
//!   two rules' claims together.
//!
//! Reading back gives exactly what was written: the report is byte-identical to the one built
//! in memory (`tests/stream.rs`).

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufWriter, Read, Seek, SeekFrom, Write};
use std::ops::Range;
use std::sync::{Arc, Mutex};

use crate::compare::Compared;
use crate::extract::Claim;
use crate::index::codec::StoredClaim;
use crate::report::Stated;
use crate::value::{Mod, Value};

/// The report's entries of one list (its claims, or its sources) as JSON text, in report
/// order, joined as the inside of the list's array in the report.
#[derive(Debug)]
pub struct Entries {
    file: BufWriter<File>,
    count: usize,
    /// Whether each entry is numbered (a claim's `id`).
    numbered: bool,
}

impl Entries {
    /// The claims' entries, each numbered (`id`) by the claims before it.
    pub fn new() -> io::Result<Entries> {
        Entries::with(true)
    }

    /// The sources' entries.
    pub fn sources() -> io::Result<Entries> {
        Entries::with(false)
    }

    fn with(numbered: bool) -> io::Result<Entries> {
        Ok(Entries {
            file: BufWriter::with_capacity(1 << 16, tempfile::tempfile()?),
            count: 0,
            numbered,
        })
    }

    /// Appends the next entry, `json` as [`entry_json`] gives it.
    pub fn push(&mut self, json: &str) -> io::Result<()> {
        let sep: &[u8] = if self.count == 0 { b"\n" } else { b",\n" };
        self.file.write_all(sep)?;
        self.file.write_all(INDENT.as_bytes())?;
        match json.strip_prefix('{') {
            // `json` starts with its object's `{`: the id is the first key.
            Some(rest) if self.numbered => {
                write!(self.file, "{{\n{INDENT}  \"id\": {},", self.count)?;
                self.file.write_all(rest.as_bytes())?;
            }
            _ => self.file.write_all(json.as_bytes())?,
        }
        self.count += 1;
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Done writing: the file to read the entries back from.
    pub fn finish(self) -> io::Result<Written> {
        let mut file = self.file.into_inner().map_err(|e| e.into_error())?;
        file.flush()?;
        Ok(Written {
            file,
            count: self.count,
        })
    }
}

/// The entries, written.
#[derive(Debug)]
pub struct Written {
    file: File,
    count: usize,
}

impl Written {
    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Copies every entry, in order, to `out`: the inside of the `claims` array, from its
    /// first line break to its last entry's `}`.
    pub fn copy_to(&self, out: &mut dyn Write) -> io::Result<()> {
        let mut file = &self.file;
        file.seek(SeekFrom::Start(0))?;
        let mut buf = vec![0u8; 1 << 16];
        loop {
            let n = file.read(&mut buf)?;
            if n == 0 {
                return Ok(());
            }
            out.write_all(&buf[..n])?;
        }
    }
}

/// How deep a claim's object lies in the report's JSON (in `claims`, in the document).
const INDENT: &str = "    ";

/// A claim's entry as JSON, pretty-printed at the depth of the report's `claims` array, so that
/// it reads as the report's own serialization would write it there.
pub fn entry_json(entry: &impl serde::Serialize) -> String {
    let json = serde_json::to_string_pretty(entry).unwrap_or_default();
    // Every line break of pretty JSON is between tokens (strings escape theirs).
    json.replace('\n', &format!("\n{INDENT}"))
}

/// Each rule's claims, in one bucket per rule: appended in report order (with their index
/// among the claims and their source's), read back a rule at a time.
#[derive(Debug)]
pub struct Buckets {
    file: File,
    written: u64,
    /// Per rule, the records not written yet.
    pending: Vec<Vec<u8>>,
    buffered: usize,
    /// Per rule, the stretches of the file that hold its records, in order.
    blocks: Vec<Vec<(u64, usize)>>,
    counts: Vec<usize>,
    /// Held while a block is read back: rules are read in parallel, and a seek and its read
    /// share the file's one position.
    reading: Mutex<()>,
}

/// How many bytes a rule's records wait for before they are written.
const BLOCK: usize = 1 << 15;
/// How many bytes all rules' records wait for, at most, before all are written: they are held
/// while the articles are read, beside the chunks in flight.
const BUFFERED: usize = 1 << 20;

impl Buckets {
    pub fn new(rules: usize) -> io::Result<Buckets> {
        Ok(Buckets {
            file: tempfile::tempfile()?,
            written: 0,
            pending: vec![Vec::new(); rules],
            buffered: 0,
            blocks: vec![Vec::new(); rules],
            counts: vec![0; rules],
            reading: Mutex::new(()),
        })
    }

    /// Adds claim `c`, the `index`-th of the report.
    pub fn push(&mut self, index: usize, c: Claim) -> io::Result<()> {
        let rule = c.rule;
        let pending = &mut self.pending[rule];
        let before = pending.len();
        let record = (index as u64, c.source as u64, StoredClaim(c));
        bincode::serialize_into(&mut *pending, &record).map_err(io::Error::other)?;
        self.buffered += pending.len() - before;
        self.counts[rule] += 1;
        if pending.len() >= BLOCK {
            self.flush(rule)?;
        }
        if self.buffered >= BUFFERED {
            for rule in 0..self.pending.len() {
                self.flush(rule)?;
            }
        }
        Ok(())
    }

    fn flush(&mut self, rule: usize) -> io::Result<()> {
        let pending = std::mem::take(&mut self.pending[rule]);
        if pending.is_empty() {
            return Ok(());
        }
        self.file.seek(SeekFrom::Start(self.written))?;
        self.file.write_all(&pending)?;
        self.blocks[rule].push((self.written, pending.len()));
        self.written += pending.len() as u64;
        self.buffered -= pending.len();
        Ok(())
    }

    /// Writes every rule's records still waiting: done writing, before the rules are read back,
    /// so that their buffers are not held beside the rules' claims.
    pub fn flush_all(&mut self) -> io::Result<()> {
        for rule in 0..self.pending.len() {
            self.flush(rule)?;
            self.pending[rule] = Vec::new();
        }
        Ok(())
    }

    /// How many claims rule `rule` has.
    pub fn count(&self, rule: usize) -> usize {
        self.counts[rule]
    }

    /// Rule `rule`'s claims in report order, each with its index among the report's claims,
    /// as the comparison reads them ([`Compact`]): the largest rule's claims are what a spilled
    /// check holds at its peak.
    pub fn read(&self, rule: usize) -> io::Result<Vec<Compact>> {
        let mut claims = Vec::with_capacity(self.counts[rule]);
        // A value is stated by many claims, and a subject bound by many: each distinct value,
        // subject and mod is held once (a value takes some 100 bytes, the most of a claim),
        // with the rule, which is the bucket's.
        let mut stated: HashMap<(Value, Option<String>, Option<Mod>), Arc<Shared>> = HashMap::new();
        let mut take = |bytes: &[u8]| -> io::Result<()> {
            let mut rest = bytes;
            while !rest.is_empty() {
                let (index, source, StoredClaim(c)): (u64, u64, StoredClaim) =
                    bincode::deserialize_from(&mut rest).map_err(io::Error::other)?;
                let too_many = || io::Error::other("more than 4 294 967 295 claims or sources");
                let too_long = || io::Error::other("a text of more than 4 GiB");
                let rule = u32::try_from(c.rule).map_err(|_| too_many())?;
                let shared = stated
                    .entry((c.value, c.subject, c.modifier))
                    .or_insert_with_key(|(value, subject, modifier)| {
                        Arc::new(Shared {
                            value: *value,
                            subject: subject.as_deref().map(Box::from),
                            modifier: *modifier,
                            rule,
                        })
                    })
                    .clone();
                let range = |r: Range<usize>| -> io::Result<(u32, u32)> {
                    let start = u32::try_from(r.start).map_err(|_| too_long())?;
                    let end = u32::try_from(r.end).map_err(|_| too_long())?;
                    Ok((start, end))
                };
                claims.push(Compact {
                    index: u32::try_from(index).map_err(|_| too_many())?,
                    source: u32::try_from(source).map_err(|_| too_many())?,
                    stated: shared,
                    span: range(c.span)?,
                    context: range(c.context)?,
                });
            }
            Ok(())
        };
        let mut file = &self.file;
        let mut buf = Vec::new();
        for &(at, len) in &self.blocks[rule] {
            buf.resize(len, 0);
            {
                // A panic elsewhere while reading cannot leave the file half read for this
                // read: it seeks first.
                let _reading = self.reading.lock().unwrap_or_else(|e| e.into_inner());
                file.seek(SeekFrom::Start(at))?;
                file.read_exact(&mut buf)?;
            }
            take(&buf)?;
        }
        take(&self.pending[rule])?;
        Ok(claims)
    }
}

/// A value, a subject and a mod, as the claims of a rule that state them share them, and
/// their rule.
#[derive(Debug)]
struct Shared {
    value: Value,
    subject: Option<Box<str>>,
    modifier: Option<Mod>,
    rule: u32,
}

/// A claim as a spilled check compares it: what [`crate::compare`] and a finding's message
/// read of it (32 bytes, its value, subject, mod and rule shared with the rule's other claims
/// that state them, where a [`Claim`] takes 250 and its warnings and cue hits more), with its
/// index among the report's claims.
#[derive(Debug, Clone)]
pub struct Compact {
    /// Its index among the report's claims.
    pub index: u32,
    pub source: u32,
    /// Its value, subject, mod and rule: shared by the claims of the rule that state them.
    stated: Arc<Shared>,
    /// Its span and sentence, as byte ranges (a text of 4 GiB or more is not read back).
    span: (u32, u32),
    context: (u32, u32),
}

impl Compact {
    /// Where its value starts in its source's text.
    pub fn start(&self) -> usize {
        self.span.0 as usize
    }
}

impl Stated for Compact {
    fn source(&self) -> usize {
        self.source as usize
    }
    fn start(&self) -> usize {
        self.span.0 as usize
    }
    fn value(&self) -> &Value {
        &self.stated.value
    }
    fn modifier(&self) -> Option<Mod> {
        self.stated.modifier
    }
}

impl Compared for Compact {
    fn rule(&self) -> usize {
        self.stated.rule as usize
    }
    fn span(&self) -> Range<usize> {
        self.span.0 as usize..self.span.1 as usize
    }
    fn context(&self) -> Range<usize> {
        self.context.0 as usize..self.context.1 as usize
    }
    fn subject(&self) -> Option<&str> {
        self.stated.subject.as_deref()
    }
}

/// What a report keeps of a spilled check's claims (see [`crate::report::Report::spilled`]).
#[derive(Debug)]
pub struct Spilled {
    /// Every source's entry, as JSON.
    pub sources: Written,
    /// How many sources have no publication date.
    pub undated: usize,
    /// The entries of the sources whose encoding was guessed: standard error warns of each.
    pub guessed: Vec<crate::report::SourceEntry>,
    /// Every claim's entry, as JSON.
    pub entries: Written,
    /// Each finding's claims, as indices among the report's claims (the anchor first), aligned
    /// with the report's findings.
    pub ids: Vec<Box<[u32]>>,
    /// The claims of sources without a publication date whose date has no year.
    pub yearless: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_compact_record_is_small() {
        // What the largest rule's comparison holds per claim (135 000 of them at 100 000
        // articles).
        assert!(
            std::mem::size_of::<Compact>() <= 32,
            "{}",
            std::mem::size_of::<Compact>()
        );
    }
}
