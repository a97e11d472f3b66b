//! The excerpts a report keeps of its sources: only the stretches of text that its claims and
//! diagnostics point into, so that a check can drop each article's text once it has been read
//! and extracted (peak memory bounded by the claims and their sentences, not by the corpus).
//!
//! A source's excerpt is a few [`Segment`]s: byte ranges of its decoded text, each with the
//! line and column where it starts, so that every line and column read through them is the one
//! the whole text gives ([`crate::report::line_column`]). What a segment covers is decided when
//! it is built: a claim's value, its sentence (context), its evidence and its warnings' spans.
//! Two stretches on the same or on adjacent lines are kept as one, gap included: miette joins
//! labels on adjacent lines into one read, and that read must find its text.
//!
//! Every format reads the text through [`Excerpts::get`] and places offsets with
//! [`Excerpts::line_column`]; a read outside what was kept is `None`.

use std::ops::Range;
use std::sync::Arc;

use crate::report::LineIndex;

/// One kept stretch of a source's text.
#[derive(Debug, Clone)]
pub struct Segment {
    /// Byte offset of the segment in the source's decoded text.
    start: usize,
    /// 1-based line and column (in characters) of `start` in the whole text.
    line: usize,
    column: usize,
    /// The segment's own text, with its line index (offsets relative to `start`).
    lines: LineIndex,
}

impl Segment {
    fn end(&self) -> usize {
        self.start + self.lines.text().len()
    }

    fn line_column(&self, offset: usize) -> (usize, usize) {
        let (line, column) = self.lines.line_column(offset - self.start);
        if line == 1 {
            (self.line, self.column + column - 1)
        } else {
            (self.line + line - 1, column)
        }
    }
}

/// What a report keeps of one source's text.
#[derive(Debug, Clone, Default)]
pub struct SourceExcerpts {
    /// Disjoint, in text order.
    segments: Vec<Segment>,
}

impl SourceExcerpts {
    /// The whole text, kept as one segment (it shares `text`, no copy).
    pub fn whole(text: Arc<str>) -> SourceExcerpts {
        SourceExcerpts {
            segments: vec![Segment {
                start: 0,
                line: 1,
                column: 1,
                lines: LineIndex::new(text),
            }],
        }
    }

    /// The stretches of `text` that `ranges` (byte ranges of it) touch, widened to character
    /// boundaries and one character past their end (so that a line break at an end reads as
    /// the whole text reads it), and joined when they overlap or lie on adjacent lines.
    /// `lines` is the whole text's line index.
    pub fn keep(
        text: &str,
        lines: &LineIndex,
        ranges: impl IntoIterator<Item = Range<usize>>,
    ) -> SourceExcerpts {
        let mut ranges: Vec<Range<usize>> = ranges
            .into_iter()
            .map(|r| {
                let mut start = r.start.min(text.len());
                while !text.is_char_boundary(start) {
                    start -= 1;
                }
                // A segment must not start with what would read as a byte-order mark.
                if start > 0 && text[start..].starts_with('\u{feff}') {
                    start = text[..start]
                        .char_indices()
                        .next_back()
                        .map_or(0, |(i, _)| i);
                }
                let mut end = r.end.max(r.start).min(text.len());
                while !text.is_char_boundary(end) {
                    end += 1;
                }
                let end = text[end..]
                    .chars()
                    .next()
                    .map_or(end, |c| end + c.len_utf8());
                start..end.max(start)
            })
            .collect();
        ranges.sort_by_key(|r| (r.start, r.end));
        let mut merged: Vec<(Range<usize>, usize)> = Vec::new();
        for r in ranges {
            let first_line = lines.line_column(r.start).0;
            let last_line = lines.line_column(r.end).0;
            match merged.last_mut() {
                Some((m, m_last)) if r.start <= m.end || first_line <= *m_last + 1 => {
                    m.end = m.end.max(r.end);
                    *m_last = (*m_last).max(last_line);
                }
                _ => merged.push((r, last_line)),
            }
        }
        let segments = merged
            .into_iter()
            .map(|(r, _)| {
                let (line, column) = lines.line_column(r.start);
                Segment {
                    start: r.start,
                    line,
                    column,
                    lines: LineIndex::new(Arc::from(&text[r])),
                }
            })
            .collect();
        SourceExcerpts { segments }
    }

    /// The segment that holds all of `start..end`.
    fn segment(&self, start: usize, end: usize) -> Option<&Segment> {
        let at = self.segments.partition_point(|s| s.start <= start);
        let s = self.segments[..at].last()?;
        (end <= s.end()).then_some(s)
    }

    /// The text of `range`, when it was kept.
    pub fn get(&self, range: Range<usize>) -> Option<&str> {
        let s = self.segment(range.start, range.end)?;
        s.lines
            .text()
            .get(range.start - s.start..range.end - s.start)
    }

    /// 1-based line and column (in characters) of a kept offset, as the whole text gives them;
    /// `None` when the offset was not kept.
    pub fn line_column(&self, offset: usize) -> Option<(usize, usize)> {
        Some(self.segment(offset, offset)?.line_column(offset))
    }

    /// Bytes of text kept.
    pub fn kept(&self) -> usize {
        self.segments.iter().map(|s| s.lines.text().len()).sum()
    }

    /// Whether nothing of the text is kept.
    pub fn is_empty(&self) -> bool {
        self.segments.is_empty()
    }
}

/// What a report keeps of every source's text, aligned with its sources.
#[derive(Debug, Clone, Default)]
pub struct Excerpts {
    pub sources: Vec<Arc<SourceExcerpts>>,
}

impl Excerpts {
    /// The text of `range` in source `source`, when it was kept.
    pub fn get(&self, source: usize, range: Range<usize>) -> Option<&str> {
        self.sources.get(source)?.get(range)
    }

    /// 1-based line and column of `offset` in source `source`; (1, 1) for what was not kept
    /// (a report only asks for offsets it kept).
    pub fn line_column(&self, source: usize, offset: usize) -> (usize, usize) {
        self.sources
            .get(source)
            .and_then(|s| s.line_column(offset))
            .unwrap_or((1, 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::line_column;

    fn text() -> String {
        let mut text = String::from("\u{feff}é\r\nà 17 avril\n\nmot\rmot\r\r\n");
        for i in 0..300 {
            text.push_str(if i % 7 == 0 {
                "«\u{202f}2 000\u{a0}» "
            } else if i % 11 == 0 {
                "fin.\n"
            } else {
                "mot "
            });
        }
        text.push('\n');
        text
    }

    #[test]
    fn kept_offsets_are_placed_as_in_the_whole_text() {
        let text = text();
        let index = LineIndex::new(Arc::from(text.as_str()));
        let ranges = [
            0..2,
            9..15,
            30..31,
            200..260,
            255..270,
            700..702,
            1000..1400,
        ];
        let kept = SourceExcerpts::keep(&text, &index, ranges.iter().cloned());
        let mut checked = 0;
        for offset in 0..=text.len() {
            if let Some(place) = kept.line_column(offset) {
                assert_eq!(place, line_column(&text, offset), "offset {offset}");
                checked += 1;
            }
        }
        assert!(checked > 400);
        for r in ranges {
            let r = r.start..r.end.min(text.len());
            if text.is_char_boundary(r.start) && text.is_char_boundary(r.end) {
                assert_eq!(kept.get(r.clone()), text.get(r));
            }
        }
        assert!(kept.kept() < text.len());
    }

    #[test]
    fn nothing_else_is_kept() {
        let text = "Un.\n\nDeux.\n\nTrois.\n";
        let index = LineIndex::new(Arc::from(text));
        let kept = SourceExcerpts::keep(text, &index, [0..3, 12..17]);
        assert_eq!(kept.get(0..3), Some("Un."));
        assert_eq!(kept.get(12..17), Some("Trois"));
        assert_eq!(kept.get(5..10), None);
        assert_eq!(kept.line_column(12), Some((5, 1)));
    }

    #[test]
    fn adjacent_lines_are_kept_with_what_lies_between() {
        let text = "Un deux trois.\nQuatre cinq.\n";
        let index = LineIndex::new(Arc::from(text));
        let kept = SourceExcerpts::keep(text, &index, [3..7, 22..26]);
        assert_eq!(kept.get(3..26), Some(&text[3..26]));
    }
}
