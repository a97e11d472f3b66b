//! Decoding an article's bytes into text, and mapping positions in the text back to the bytes.
//!
//! Articles arrive from CMS exports and old archives in Windows-1252, Latin-1 or UTF-16, not
//! only UTF-8. A file that is valid UTF-8 (with or without a byte-order mark) is taken as it
//! is. A UTF-16 byte-order mark declares UTF-16. Anything else is a legacy encoding nobody
//! declared: chardetng guesses it (as browsers do for unlabelled pages), and the guess is
//! reported as a warning, so that a wrong guess is seen. Only single-byte encodings and UTF-16
//! are decoded: an article guessed to be in a multi-byte legacy encoding (Shift_JIS, GBK…) is
//! almost certainly not French or English text, and is refused rather than misread.
//!
//! Every span of a claim is a byte range into the file as it is on disk. Decoding changes
//! lengths (é is one byte in Windows-1252, two in UTF-8; every character of UTF-16 is two or
//! four bytes), so a decoded text keeps [`OriginalOffsets`]: a checkpoint every
//! [`CHECKPOINT`] characters, from which an offset is mapped by counting at most that many
//! characters. Lines and columns are counted in characters, so they are the same in the
//! decoded text and in the original.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE};

/// How many characters lie between two checkpoints of [`OriginalOffsets`].
const CHECKPOINT: usize = 256;

/// How many leading bytes are looked at to call a file binary.
const SNIFF: usize = 8192;

/// What the bytes of a file turned out to be.
#[derive(Debug)]
pub enum Decoded {
    /// UTF-8 already: the text is the bytes.
    Utf8(String),
    /// Decoded from another encoding.
    Other {
        text: String,
        encoding: &'static Encoding,
        /// No byte-order mark declared it: chardetng guessed.
        guessed: bool,
        offsets: OriginalOffsets,
    },
}

/// Why bytes could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotText {
    /// A NUL byte near the start and no UTF-16 byte-order mark: an image, an archive…
    Binary,
    /// Guessed to be a multi-byte legacy encoding, which factlint does not read.
    Unsupported(&'static str),
}

/// Where bytes that must be UTF-8 (YAML that factlint reads for itself) stop being so.
#[derive(Debug)]
pub struct BadUtf8 {
    /// The offset of the first byte that does not start a character, and the byte.
    pub at: usize,
    pub byte: u8,
    /// The text with that byte and any later bad ones replaced: offsets up to `at` are those
    /// of the bytes, so a diagnostic can point into it.
    pub lossy: String,
}

impl BadUtf8 {
    pub fn message(&self, what: &str) -> String {
        format!(
            "{what} is not UTF-8: byte 0x{:02X} cannot start a character",
            self.byte
        )
    }
}

/// The bytes as UTF-8 text, or where they stop being UTF-8.
pub fn utf8(bytes: Vec<u8>) -> Result<String, BadUtf8> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        BadUtf8 {
            at,
            byte: e.as_bytes()[at],
            lossy: String::from_utf8_lossy(e.as_bytes()).into_owned(),
        }
    })
}

/// Decodes a file's bytes (see the module documentation for the order of the checks).
pub fn decode(bytes: Vec<u8>) -> Result<Decoded, NotText> {
    let utf16 = if bytes.starts_with(&[0xFF, 0xFE]) {
        Some(UTF_16LE)
    } else if bytes.starts_with(&[0xFE, 0xFF]) {
        Some(UTF_16BE)
    } else {
        None
    };
    if let Some(encoding) = utf16 {
        return Ok(decode_with(&bytes, encoding, false));
    }
    if bytes[..bytes.len().min(SNIFF)].contains(&0) {
        return Err(NotText::Binary);
    }
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => return Ok(Decoded::Utf8(text)),
        Err(e) => e.into_bytes(),
    };
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(&bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
    if !encoding.is_single_byte() {
        return Err(NotText::Unsupported(encoding.name()));
    }
    Ok(decode_with(&bytes, encoding, true))
}

/// Decodes with a known encoding. The byte-order mark is kept as U+FEFF, like a UTF-8 file's:
/// the text then has one character for each character of the file, which is what
/// [`OriginalOffsets`] counts on.
fn decode_with(bytes: &[u8], encoding: &'static Encoding, guessed: bool) -> Decoded {
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    let text = text.into_owned();
    let offsets = OriginalOffsets::new(&text, encoding, bytes.len());
    Decoded::Other {
        text,
        encoding,
        guessed,
        offsets,
    }
}

/// Where each character of a decoded text starts in the original bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OriginalOffsets {
    utf16: bool,
    original_len: usize,
    /// (offset in the text, offset in the original) of every `CHECKPOINT`-th character.
    checkpoints: Vec<(usize, usize)>,
}

impl OriginalOffsets {
    /// The offsets of `text`, decoded from `original_len` bytes in `encoding`.
    pub fn new(text: &str, encoding: &'static Encoding, original_len: usize) -> OriginalOffsets {
        let utf16 = encoding == UTF_16LE || encoding == UTF_16BE;
        let mut checkpoints = Vec::with_capacity(text.len() / CHECKPOINT + 1);
        let mut original = 0;
        for (n, (at, c)) in text.char_indices().enumerate() {
            if n % CHECKPOINT == 0 {
                checkpoints.push((at, original));
            }
            original += original_width(utf16, c);
        }
        if checkpoints.is_empty() {
            checkpoints.push((0, 0));
        }
        OriginalOffsets {
            utf16,
            original_len,
            checkpoints,
        }
    }

    /// The length of the original bytes.
    pub fn original_len(&self) -> usize {
        self.original_len
    }

    /// The offset in the original bytes of the character at (or containing) `offset` of
    /// `text`, the decoded text these offsets were made for; the end of the text maps to the
    /// end of the bytes.
    pub fn original(&self, text: &str, offset: usize) -> usize {
        if offset >= text.len() {
            return self.original_len;
        }
        let i = self.checkpoints.partition_point(|&(at, _)| at <= offset) - 1;
        let (mut at, mut original) = self.checkpoints[i];
        for c in text[at..].chars() {
            if at + c.len_utf8() > offset {
                break;
            }
            at += c.len_utf8();
            original += original_width(self.utf16, c);
        }
        original.min(self.original_len)
    }
}

/// How many bytes `c` took in the original: one in a single-byte encoding; in UTF-16, two, or
/// four for a character beyond the Basic Multilingual Plane (a surrogate pair).
fn original_width(utf16: bool, c: char) -> usize {
    match (utf16, c as u32 > 0xFFFF) {
        (false, _) => 1,
        (true, false) => 2,
        (true, true) => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn windows_1252(text: &str) -> Vec<u8> {
        encoding_rs::WINDOWS_1252.encode(text).0.into_owned()
    }

    /// `text` in UTF-16LE: its byte-order mark is the U+FEFF it starts with.
    fn utf16le(text: &str) -> Vec<u8> {
        let mut out = Vec::new();
        for unit in text.encode_utf16() {
            out.extend(unit.to_le_bytes());
        }
        out
    }

    fn decoded(bytes: Vec<u8>) -> (String, OriginalOffsets, &'static str, bool) {
        match decode(bytes).expect("decodes") {
            Decoded::Other {
                text,
                encoding,
                guessed,
                offsets,
            } => (text, offsets, encoding.name(), guessed),
            Decoded::Utf8(_) => panic!("read as UTF-8"),
        }
    }

    #[test]
    fn utf8_is_taken_as_it_is() {
        let text = "L'armée a reculé de 3 km.";
        assert!(matches!(decode(text.as_bytes().to_vec()), Ok(Decoded::Utf8(t)) if t == text));
    }

    #[test]
    fn an_undeclared_legacy_encoding_is_guessed_and_offsets_point_into_the_bytes() {
        let original = "Le rapport publié en été compte 2 000 visiteurs répartis sur dix salles.";
        let bytes = windows_1252(original);
        let (text, offsets, name, guessed) = decoded(bytes.clone());
        assert_eq!(text, original);
        assert!(guessed);
        assert_eq!(name, "windows-1252");
        let at = text.find("2 000").unwrap();
        let start = offsets.original(&text, at);
        let end = offsets.original(&text, at + "2 000".len());
        assert_eq!(&bytes[start..end], b"2 000");
        assert_eq!(offsets.original(&text, text.len()), bytes.len());
    }

    #[test]
    fn utf16_with_a_byte_order_mark_maps_every_character() {
        // Long enough to cross checkpoints, with a character outside the BMP.
        let original = "\u{feff}".to_string() + &"été 😀 2 000 ".repeat(100);
        let bytes = utf16le(&original);
        let (text, offsets, name, guessed) = decoded(bytes.clone());
        assert_eq!(text, original);
        assert!(!guessed);
        assert_eq!(name, "UTF-16LE");
        for (at, c) in text.char_indices() {
            let o = offsets.original(&text, at);
            let unit = u16::from_le_bytes([bytes[o], bytes[o + 1]]);
            let mut buf = [0u16; 2];
            assert_eq!(unit, c.encode_utf16(&mut buf)[0], "at {at}");
        }
    }

    #[test]
    fn a_nul_byte_without_a_byte_order_mark_is_binary() {
        assert_eq!(
            decode(b"GIF89a\0\0\x01".to_vec()).err(),
            Some(NotText::Binary)
        );
    }
}

/// Text read whole, outside a walk (standard input, a file named to `scan` or `rules why`),
/// decoded as articles are: the text, and a warning when its encoding was not UTF-8 (named
/// `what`). Offsets then refer to the decoded text.
pub fn whole_text(what: &str, bytes: Vec<u8>) -> Result<(String, Option<String>), String> {
    // Offsets refer to the decoded text, so a byte-order mark is not part of it.
    let without_bom = |text: String| match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    let (text, warning) = decoded_text(what, bytes)?;
    Ok((without_bom(text), warning))
}

fn decoded_text(what: &str, bytes: Vec<u8>) -> Result<(String, Option<String>), String> {
    match decode(bytes) {
        Ok(Decoded::Utf8(text)) => Ok((text, None)),
        Ok(Decoded::Other {
            text,
            encoding,
            guessed,
            ..
        }) => {
            let how = if guessed {
                "is not UTF-8: read as"
            } else {
                "was decoded from"
            };
            let warning = format!("{what} {how} {} (save it as UTF-8)", encoding.name());
            Ok((text, guessed.then_some(warning)))
        }
        Err(NotText::Binary) => Err(format!(
            "{what} is binary: a NUL byte near the start and no UTF-16 byte-order mark"
        )),
        Err(NotText::Unsupported(name)) => Err(format!(
            "{what} looks like {name}, a multi-byte legacy encoding that is not read: convert it to UTF-8 (`iconv -f {name} -t UTF-8`)"
        )),
    }
}

#[cfg(test)]
mod whole_text_tests {
    use super::*;

    #[test]
    fn utf16_and_latin1_are_decoded_and_a_guess_is_a_warning() {
        let text = "L'armée a reculé de trois kilomètres.";
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(whole_text("x", utf16).unwrap(), (text.to_string(), None));
        let (latin1, _, _) = encoding_rs::WINDOWS_1252.encode(text);
        let (decoded, warning) = whole_text("standard input", latin1.into_owned()).unwrap();
        assert_eq!(decoded, text);
        assert!(warning.unwrap().starts_with("standard input is not UTF-8"));
        assert!(whole_text("x", vec![b'a', 0, b'b']).is_err());
    }
}
