//! The value grammars on any text: `grammar::scan` must not panic, and its mentions must be
//! byte ranges of the text on character boundaries, sorted and not overlapping.
//!
//! The first byte chooses the language (bit 0), whether there is a publication date (bit 1)
//! and how precise it is (bits 2 and 3: year, month, day); the next four give its year (0000
//! to 9999), month and day; the rest is the text, read as UTF-8 with invalid bytes replaced.

#![no_main]

use factlint::grammar::{self, Lang};
use factlint::render;
use factlint::value::Published;
use libfuzzer_sys::fuzz_target;

/// The publication date the header gives, when it gives one that exists.
fn published(flags: u8, header: &[u8]) -> Option<Published> {
    if flags & 2 == 0 {
        return None;
    }
    let year = u16::from_le_bytes([header[0], header[1]]) % 10_000;
    let month = header[2] % 12 + 1;
    let day = header[3] % 31 + 1;
    let text = match (flags >> 2) & 3 {
        0 => format!("{year:04}"),
        1 => format!("{year:04}-{month:02}"),
        _ => format!("{year:04}-{month:02}-{day:02}"),
    };
    Published::parse(&text)
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 5 {
        return;
    }
    let (flags, header, body) = (data[0], &data[1..5], &data[5..]);
    let lang = if flags & 1 == 0 { Lang::Fr } else { Lang::En };
    let published = published(flags, header);
    let text = String::from_utf8_lossy(body);
    let mentions = grammar::scan(&text, lang, published);
    let mut previous_end = 0;
    for m in &mentions {
        assert!(
            m.start <= m.end && m.end <= text.len(),
            "span {}..{} out of the text",
            m.start,
            m.end
        );
        assert!(
            text.is_char_boundary(m.start) && text.is_char_boundary(m.end),
            "span {}..{} inside a character",
            m.start,
            m.end
        );
        assert!(
            m.start >= previous_end,
            "mentions overlap or are not sorted at {}",
            m.start
        );
        previous_end = m.end;
        for w in &m.warnings {
            for s in &w.spans {
                assert!(
                    s.start <= s.end && s.end <= text.len(),
                    "warning span out of the text"
                );
                assert!(
                    text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
                    "warning span inside a character"
                );
            }
        }
    }
    // What `factlint scan` prints, and `explain`'s account of the first mention (one only: a
    // derivation scans the text again).
    let _ = render::scan_listing(&text, &mentions);
    if let Some(first) = mentions.first() {
        let derivation = grammar::derive(&text, lang, published, first);
        assert!(
            derivation.found,
            "a traced scan did not find the mention again"
        );
    }
});
