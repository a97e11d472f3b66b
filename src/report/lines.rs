//! Lines and columns: where a byte offset falls in a text, 1-based, counted in characters, as
//! editors show them. [`line_column`] for a single lookup, [`LineIndex`] for many in one text.

use std::sync::Arc;

/// Whether the byte at `i` ends a line: a `\n`, or a `\r` not followed by one (old Mac files
/// and some CMS exports end lines with a lone CR).
fn ends_line(bytes: &[u8], i: usize) -> bool {
    bytes[i] == b'\n' || (bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n'))
}

/// 1-based line and column (counted in characters) of a byte offset; an offset inside a
/// character counts as that character. LF, CRLF and a lone CR each end a line. A byte-order
/// mark at the start of the text is not a character anyone sees, so it is not counted:
/// columns on line 1 agree with editors'.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let bytes = text.as_bytes();
    let breaks = || (0..offset).filter(|&i| ends_line(bytes, i));
    let line = breaks().count() + 1;
    let line_start = breaks().next_back().map_or(0, |i| i + 1);
    let mut in_line = &before[line_start..];
    if line_start == 0 {
        in_line = in_line.strip_prefix('\u{feff}').unwrap_or(in_line);
    }
    (line, in_line.chars().count() + 1)
}

/// Line and column lookups in one text without rescanning it: the offsets where its lines start,
/// and how many characters come before each 1 KiB block. A lookup costs a binary search and at
/// most 1 KiB of counting, so placing every claim of a text stays linear even when the text is
/// one huge line. Agrees with [`line_column`] at every offset.
#[derive(Debug, Clone)]
pub struct LineIndex {
    text: Arc<str>,
    line_starts: Vec<usize>,
    chars_before_block: Vec<usize>,
}

const BLOCK: usize = 1024;

/// A UTF-8 byte that starts a character (not a continuation byte).
fn starts_char(b: u8) -> bool {
    b & 0xC0 != 0x80
}

/// How many characters start in `bytes`: every byte but the continuation bytes (`10xxxxxx`),
/// counted eight bytes at a time. In a word `w`, a byte's top bit of `w & !(w << 1)` is set
/// when its top bit is and the one below is not.
fn char_starts(bytes: &[u8]) -> usize {
    const TOP: u64 = 0x8080_8080_8080_8080;
    let mut words = bytes.chunks_exact(8);
    let mut continuation = 0;
    for word in &mut words {
        let w = u64::from_le_bytes(word.try_into().unwrap_or_default());
        continuation += (w & !(w << 1) & TOP).count_ones() as usize;
    }
    let rest = words.remainder();
    continuation += rest.iter().filter(|b| !starts_char(**b)).count();
    bytes.len() - continuation
}

impl LineIndex {
    pub fn new(text: Arc<str>) -> LineIndex {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        line_starts.extend(
            memchr::memchr2_iter(b'\n', b'\r', bytes)
                .filter(|&i| ends_line(bytes, i))
                .map(|i| i + 1),
        );
        let mut chars_before_block = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut count = 0;
        for block in bytes.chunks(BLOCK) {
            chars_before_block.push(count);
            count += char_starts(block);
        }
        chars_before_block.push(count);
        LineIndex {
            text,
            line_starts,
            chars_before_block,
        }
    }

    /// The text this index places offsets in.
    pub fn text(&self) -> &str {
        &self.text
    }

    fn chars_before(&self, offset: usize) -> usize {
        let block = offset / BLOCK;
        let counted = &self.text.as_bytes()[block * BLOCK..offset];
        self.chars_before_block[block] + char_starts(counted)
    }

    /// How many characters start in `from..to`: counted there when that is shorter than
    /// counting from the starts of their blocks.
    fn chars_between(&self, from: usize, to: usize) -> usize {
        if to - from <= 2 * BLOCK {
            char_starts(&self.text.as_bytes()[from..to])
        } else {
            self.chars_before(to) - self.chars_before(from)
        }
    }

    /// 1-based line and column (in characters) of a byte offset, as [`line_column`] gives them.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let text = &self.text;
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let line_start = self.line_starts[line - 1];
        let mut column = self.chars_between(line_start, offset);
        if line_start == 0 && text.starts_with('\u{feff}') && offset > 0 {
            column -= 1;
        }
        (line, column + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_agrees_with_a_single_lookup_at_every_offset() {
        let long_accented = "é".repeat(700) + "\n" + &"a".repeat(2500) + "ü\r\nb";
        let texts = [
            String::new(),
            "plain ASCII\nover two lines\n".to_string(),
            "\u{feff}Le 3 février, à Paris.\r\nSecond line\rold Mac line\n\n".to_string(),
            "€ and 日本 and 😀 at the ends of words: déjà-vu, naïve\n".repeat(60),
            long_accented,
            "x".repeat(BLOCK - 1) + "é" + &"y".repeat(3 * BLOCK) + "\n\r\r\nz",
        ];
        for text in texts {
            let index = LineIndex::new(Arc::from(text.as_str()));
            for offset in 0..=text.len() + 2 {
                assert_eq!(
                    index.line_column(offset),
                    line_column(&text, offset),
                    "offset {offset} of a text of {} bytes",
                    text.len()
                );
            }
        }
    }

    #[test]
    fn characters_are_counted_word_by_word_as_byte_by_byte() {
        let text = "aé€😀".repeat(9);
        let bytes = text.as_bytes();
        for from in 0..bytes.len() {
            for to in from..=bytes.len() {
                let slow = bytes[from..to].iter().filter(|b| starts_char(**b)).count();
                assert_eq!(char_starts(&bytes[from..to]), slow, "{from}..{to}");
            }
        }
    }
}
