//! The fingerprints of the facts the index's summary answers (`lint/decided.rs`), all at once.
//!
//! A fingerprint is FNV-1a (64 bits) over the finding's key: its rule, subject and kind, then
//! its claim keys, sorted and comma-separated, as `compare::fingerprint_of` hashes them. For
//! a summarized fact the keys are the corpus side's (stored sorted, `index/parts.rs`) with the
//! new claims' merged in, and on a large corpus they run to a megabyte per fact. FNV-1a is one
//! multiplication per byte, each waiting for the one before: hashing one fact after another
//! leaves the multiplier idle most of the time. So the facts are hashed side by side, a few at
//! a time ([`LANES`]), byte `i` of each in turn, each from a buffer its keys are copied into a
//! chunk at a time: the same values, about three times sooner.

use std::iter::Peekable;

/// What one fact's fingerprint hashes: `prefix` (`rule|subject|kind|`), then the keys of
/// `corpus` (sorted) and of `added` (sorted, none of them in `corpus`) in order, separated by
/// commas.
pub struct Input<'a> {
    pub prefix: String,
    pub corpus: Box<dyn Iterator<Item = &'a str> + 'a>,
    pub added: Vec<String>,
}

const BASIS: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0100_0000_01b3;
/// How many facts are hashed side by side.
pub const LANES: usize = 4;
/// About how many bytes of a fact's key are copied into its buffer at a time.
const CHUNK: usize = 16 * 1024;

/// The FNV-1a hash of each input, in order.
pub fn hash_all(inputs: Vec<Input<'_>>) -> Vec<u64> {
    let mut out = Vec::with_capacity(inputs.len());
    let mut inputs = inputs.into_iter().peekable();
    while inputs.peek().is_some() {
        let mut lanes: Vec<Lane<'_>> = Vec::with_capacity(LANES);
        for input in inputs.by_ref().take(LANES) {
            lanes.push(Lane::new(input));
        }
        out.extend(hash_lanes(&mut lanes));
    }
    out
}

/// Up to [`LANES`] facts' streams, hashed in step.
fn hash_lanes(lanes: &mut [Lane<'_>]) -> Vec<u64> {
    let mut h = [BASIS; LANES];
    loop {
        for lane in lanes.iter_mut() {
            if lane.pos == lane.buf.len() {
                lane.fill();
            }
        }
        let Some(m) = lanes
            .iter()
            .map(|l| l.buf.len() - l.pos)
            .filter(|&n| n > 0)
            .min()
        else {
            break;
        };
        // A lane with nothing left (or none at all) hashes a copy of another's bytes into a
        // hash that is dropped.
        let dummy = lanes
            .iter()
            .find(|l| l.buf.len() > l.pos)
            .map(|l| &l.buf[l.pos..l.pos + m])
            .unwrap_or_default();
        let active: [bool; LANES] =
            std::array::from_fn(|j| lanes.get(j).is_some_and(|l| l.buf.len() > l.pos));
        let slice: [&[u8]; LANES] = std::array::from_fn(|j| match lanes.get(j) {
            Some(l) if active[j] => &l.buf[l.pos..l.pos + m],
            _ => dummy,
        });
        let mut g = h;
        for (((&a, &b), &c), &d) in slice[0].iter().zip(slice[1]).zip(slice[2]).zip(slice[3]) {
            g[0] = (g[0] ^ u64::from(a)).wrapping_mul(PRIME);
            g[1] = (g[1] ^ u64::from(b)).wrapping_mul(PRIME);
            g[2] = (g[2] ^ u64::from(c)).wrapping_mul(PRIME);
            g[3] = (g[3] ^ u64::from(d)).wrapping_mul(PRIME);
        }
        for (j, lane) in lanes.iter_mut().enumerate() {
            if active[j] {
                h[j] = g[j];
                lane.pos += m;
            }
        }
    }
    h[..lanes.len()].to_vec()
}

/// One fact's stream: its keys merged, copied into `buf` a chunk at a time.
struct Lane<'a> {
    corpus: Peekable<Box<dyn Iterator<Item = &'a str> + 'a>>,
    added: Vec<String>,
    /// The first key of `added` not copied yet.
    next_added: usize,
    first: bool,
    buf: Vec<u8>,
    pos: usize,
}

impl<'a> Lane<'a> {
    fn new(input: Input<'a>) -> Lane<'a> {
        let mut buf = Vec::with_capacity(CHUNK + 256);
        buf.extend_from_slice(input.prefix.as_bytes());
        Lane {
            corpus: input.corpus.peekable(),
            added: input.added,
            next_added: 0,
            first: true,
            buf,
            pos: 0,
        }
    }

    /// Copies the next keys into the buffer (emptied first, unless it still holds the prefix).
    fn fill(&mut self) {
        if self.pos == self.buf.len() {
            self.buf.clear();
            self.pos = 0;
        }
        while self.buf.len() < CHUNK {
            let added = self.added.get(self.next_added).map(String::as_str);
            let next = match (self.corpus.peek(), added) {
                (Some(&a), Some(b)) if a <= b => self.corpus.next(),
                (Some(_), Some(b)) | (None, Some(b)) => {
                    self.next_added += 1;
                    Some(b)
                }
                (Some(_), None) => self.corpus.next(),
                (None, None) => None,
            };
            let Some(k) = next else { break };
            if !self.first {
                self.buf.push(b',');
            }
            self.first = false;
            self.buf.extend_from_slice(k.as_bytes());
        }
    }
}
