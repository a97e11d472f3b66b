//! The first pass's word table: what each folded word is to the scan (a trigger, a lead, a
//! word class), in one lookup per word token. Words of up to eight bytes, most of a text's,
//! are packed into a `u64` and looked up in an open-addressing table of integers (no string
//! comparison, no pointer to follow); longer ones in a hash map of strings.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A fast hash for short words (FxHash's multiply-rotate, eight bytes at a time, the last
/// bytes as one word; the lengths differ by the end mark `str` hashes): the set is
/// looked up once per token (and `cues::tokens`' table once per word), and SipHash's
/// resistance to chosen keys buys nothing there.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

impl WordHasher {
    #[inline]
    fn add(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        // Eight bytes at a time, then the rest as one word: most words take one or two rounds.
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap_or([0; 8])));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }
    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A word of up to eight bytes as one integer (little-endian, zero-padded): folded keys
/// hold no zero byte, so two words give the same integer only when they are the same word.
#[inline]
fn pack(w: &[u8]) -> u64 {
    // A byte loop rather than a copy of a variable length, which would call `memcpy`.
    let mut v = 0u64;
    for (k, &c) in w.iter().take(8).enumerate() {
        v |= u64::from(c) << (8 * k);
    }
    v
}

/// Words and their flags (bits the caller defines; 0 is "not in the table").
pub(crate) struct WordTable {
    /// Open addressing on packed short words: `keys[s] == 0` is an empty slot.
    keys: Vec<u64>,
    vals: Vec<u16>,
    /// `64 - log2(keys.len())`: the slot is the top bits of a Fibonacci hash.
    shift: u32,
    long: HashMap<&'static str, u16, BuildHasherDefault<WordHasher>>,
}

impl WordTable {
    /// The table of `entries` (a word listed twice has the union of its flags).
    pub fn new(entries: &HashMap<&'static str, u16, BuildHasherDefault<WordHasher>>) -> Self {
        let short = entries.keys().filter(|w| w.len() <= 8).count();
        // At most a quarter full: probes stay short.
        let size = (short * 4).next_power_of_two().max(16);
        let mut t = WordTable {
            keys: vec![0; size],
            vals: vec![0; size],
            shift: 64 - size.trailing_zeros(),
            long: HashMap::default(),
        };
        for (&w, &f) in entries {
            if w.is_empty() {
                continue;
            }
            if w.len() > 8 {
                *t.long.entry(w).or_default() |= f;
                continue;
            }
            let k = pack(w.as_bytes());
            let mut s = t.slot(k);
            while t.keys[s] != 0 && t.keys[s] != k {
                s = (s + 1) & (size - 1);
            }
            t.keys[s] = k;
            t.vals[s] |= f;
        }
        t
    }

    #[inline]
    fn slot(&self, k: u64) -> usize {
        (k.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }

    /// The flags of `w`, 0 when it is not in the table.
    #[inline]
    pub fn get(&self, w: &str) -> u16 {
        let b = w.as_bytes();
        if b.len() > 8 {
            return self.long.get(w).copied().unwrap_or(0);
        }
        if b.is_empty() {
            return 0;
        }
        self.probe(pack(b))
    }

    /// [`WordTable::get`] of the word `keys[start..end]`: a short word is read as eight bytes
    /// at once and masked to its length (when eight bytes follow its start), not byte by
    /// byte.
    #[inline]
    pub fn get_in(&self, keys: &str, start: usize, end: usize) -> u16 {
        let b = keys.as_bytes();
        let len = end - start;
        if len > 8 || len == 0 {
            return keys.get(start..end).map_or(0, |w| self.get(w));
        }
        let k = match b.get(start..start + 8) {
            Some(eight) => {
                let v = u64::from_le_bytes(eight.try_into().unwrap_or([0; 8]));
                if len == 8 {
                    v
                } else {
                    v & ((1u64 << (8 * len)) - 1)
                }
            }
            None => pack(&b[start..end]),
        };
        self.probe(k)
    }

    /// The flags of the packed short word `k`.
    #[inline]
    fn probe(&self, k: u64) -> u16 {
        let mask = self.keys.len() - 1;
        let mut s = self.slot(k);
        loop {
            let at = self.keys[s];
            if at == k {
                return self.vals[s];
            }
            if at == 0 {
                return 0;
            }
            s = (s + 1) & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_it_holds_and_nothing_else() {
        let mut entries: HashMap<&'static str, u16, BuildHasherDefault<WordHasher>> =
            HashMap::default();
        let words = [
            "a",
            "mai",
            "janvier",
            "fevrier",
            "dimanche",
            "septembre",
            "aujourdhuix",
        ];
        for (k, w) in words.iter().enumerate() {
            entries.insert(w, 1 << (k % 16));
        }
        let t = WordTable::new(&entries);
        for (k, w) in words.iter().enumerate() {
            assert_eq!(t.get(w), 1 << (k % 16), "{w}");
        }
        for w in [
            "",
            "b",
            "ma",
            "mais",
            "janvie",
            "dimanches",
            "septembr",
            "xyz",
        ] {
            assert_eq!(t.get(w), 0, "{w}");
        }
        // Read in place from a string of keys, as the first pass reads them: at its start, in
        // its middle, and at its end (fewer than eight bytes after the word).
        for w in words
            .iter()
            .chain(["", "b", "ma", "mais", "janvie", "septembr"].iter())
        {
            for (before, after) in [("", "xyzxyzxyz"), ("abc", "q"), ("maijuin", "")] {
                let keys = format!("{before}{w}{after}");
                let (s, e) = (before.len(), before.len() + w.len());
                assert_eq!(t.get_in(&keys, s, e), t.get(w), "{keys}: {w}");
            }
        }
    }
}
