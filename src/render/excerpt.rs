//! An [`Excerpt`]: a source's text seen through the sentences its labels fall in, cut to a
//! budget of characters around them, which is what miette reads when it draws a diagnostic.

use std::sync::Arc;

use miette::{MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};

use crate::excerpt::SourceExcerpts;

/// A source's text seen through the sentences that matter: [`SourceCode`] that answers every
/// read with the sentences around the span, numbered with their real line and column.
#[derive(Debug, Clone)]
pub struct Excerpt {
    name: String,
    /// What is kept of the source's text: reads are answered from it, with absolute offsets.
    text: Arc<SourceExcerpts>,
    windows: Vec<(usize, usize)>,
    /// Ranges shown whole whenever a label falls inside them: what the rule's pattern matched.
    focus: Vec<(usize, usize)>,
    /// At most this many characters of a sentence are shown; a longer one is cut at word
    /// boundaries around the labels, keeping more of what precedes them (the words that say
    /// which event a date belongs to usually come first).
    budget: usize,
}

impl Excerpt {
    /// An excerpt of `text`, what is kept of a source's text (see [`crate::excerpt`]): every
    /// read is placed by a binary search over its lines.
    pub fn new(
        name: String,
        text: Arc<SourceExcerpts>,
        mut windows: Vec<(usize, usize)>,
        focus: Vec<(usize, usize)>,
        budget: usize,
    ) -> Excerpt {
        windows.sort();
        Excerpt {
            name,
            text,
            windows,
            focus,
            budget,
        }
    }

    /// The kept text of `a..b`; empty when it was not kept (a read the excerpt's windows do
    /// not cover, which `read_span` refuses first).
    fn slice(&self, a: usize, b: usize) -> &str {
        self.text.get(a..b).unwrap_or("")
    }

    fn window_around(&self, start: usize, end: usize) -> (usize, usize) {
        let overlapping = self.focus.iter().filter(|f| f.0 < end && start < f.1);
        let start = overlapping
            .clone()
            .map(|f| f.0)
            .min()
            .unwrap_or(start)
            .min(start);
        let end = overlapping.map(|f| f.1).max().unwrap_or(end).max(end);
        let lo = self
            .windows
            .iter()
            .filter(|w| w.0 <= start && start <= w.1)
            .map(|w| w.0)
            .min()
            .unwrap_or(start);
        let hi = self
            .windows
            .iter()
            .filter(|w| w.0 <= end && end <= w.1)
            .map(|w| w.1)
            .max()
            .unwrap_or(end);
        let hi = hi.max(lo);
        let chars = |a: usize, b: usize| self.slice(a, b).chars().count();
        let total = chars(lo, hi);
        if total <= self.budget {
            return (lo, hi);
        }
        let needed = chars(start, end);
        let spare = self.budget.saturating_sub(needed);
        // A fifth of the spare room after the labels, the rest before; what one side cannot
        // use goes to the other.
        let before = (spare - spare / 5).min(chars(lo, start));
        let after = (spare - before).min(chars(end, hi));
        let mut from = start;
        for (n, (i, _)) in self.slice(lo, start).char_indices().rev().enumerate() {
            if n + 1 > before {
                break;
            }
            from = lo + i;
        }
        let mut to = end;
        for (n, (i, c)) in self.slice(end, hi).char_indices().enumerate() {
            if n + 1 > after {
                break;
            }
            to = end + i + c.len_utf8();
        }
        // Cut at word boundaries, never through the labels.
        if from > lo {
            if let Some(sp) = self.slice(from, start).find(' ') {
                from += sp + 1;
            }
        }
        if to < hi {
            if let Some(sp) = self.slice(end, to).rfind(' ') {
                to = end + sp;
            }
        }
        (from, to)
    }
}

impl SourceCode for Excerpt {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let (start, end) = (span.offset(), span.offset() + span.len());
        if self.text.get(start..end).is_none() {
            return Err(MietteError::OutOfBounds);
        }
        // A read without context is miette asking where the label is, for the header.
        let (lo, hi) = if context_lines_before == 0 && context_lines_after == 0 && !span.is_empty()
        {
            (start, end)
        } else {
            self.window_around(start, end)
        };
        let (line, column) = self.text.line_column(lo).unwrap_or((1, 1));
        let data = self.slice(lo, hi).as_bytes();
        let lines = self.slice(lo, hi).matches('\n').count() + 1;
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            data,
            (lo, hi - lo).into(),
            line - 1,
            column - 1,
            lines,
        )))
    }
}
