//! The excerpt a claim line carries, and the text `compare` rebuilds from a source's excerpts.
//!
//! An excerpt is the whole lines around everything of the claim that is read again (its value,
//! context, evidence and warnings), with their byte offset and the number of their first line.
//! The rebuilt text has the source's length: the excerpts at their offsets, and between them
//! spaces ending in as many line breaks as the lines they replace. Every offset a report, a
//! format or a comparison reads lies in an excerpt, where the bytes are the source's; lines
//! before it are as many, and columns count from a real line start, so spans, lines and
//! columns are `check`'s. The memory is one text per source, as `check` holds.
//!
//! Two kinds of text are carried whole instead: one decoded from another encoding (the
//! offsets into the original bytes are counted over every character before) and one with a
//! carriage return (a lone CR ends a line, a CR and LF pair ends one, which a filler could
//! not keep apart at every gap).

use serde::{Deserialize, Serialize};

use super::SourceHead;
use crate::extract::Claim;
use crate::report::LineIndex;
use crate::source::Source;

/// Whole lines of a source's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Excerpt {
    /// The byte offset of its first line in the text.
    pub at: usize,
    /// The 1-based number of that line.
    pub line: usize,
    pub text: String,
}

/// The byte range of everything of `claim` that is read after extraction.
fn reach(c: &Claim) -> (usize, usize) {
    let ranges = [&c.span, &c.context, &c.evidence]
        .into_iter()
        .map(|r| (r.start, r.end))
        .chain(
            c.warnings
                .iter()
                .flat_map(|w| w.spans.iter().map(|s| (s.start, s.end))),
        );
    ranges.fold((usize::MAX, 0), |(lo, hi), (a, b)| (lo.min(a), hi.max(b)))
}

impl Excerpt {
    /// The excerpt of `claim` in `source`; `index` is the source's line index.
    pub fn of(source: &Source, index: &LineIndex, claim: &Claim) -> Excerpt {
        let text: &str = &source.text;
        if source.decoded_from.is_some() || text.contains('\r') {
            return Excerpt {
                at: 0,
                line: 1,
                text: text.to_string(),
            };
        }
        let (lo, hi) = reach(claim);
        let (lo, hi) = (
            lo.min(text.len()),
            hi.min(text.len()).max(lo.min(text.len())),
        );
        let start = text[..lo].rfind('\n').map_or(0, |i| i + 1);
        let end = text[hi..].find('\n').map_or(text.len(), |i| hi + i + 1);
        Excerpt {
            at: start,
            line: index.line_column(start).0,
            text: text[start..end].to_string(),
        }
    }

    /// Whether this excerpt can stand for `claim`'s in a source of `head`: inside the text,
    /// made of whole lines, covering what the claim reads, and the whole text where it must
    /// be. `Err` says what is wrong.
    pub fn check(&self, head: &SourceHead, claim: &Claim) -> Result<(), String> {
        let end = self.at.checked_add(self.text.len());
        let Some(end) = end.filter(|&e| e <= head.len) else {
            return Err(format!(
                "{}: the excerpt at byte {} runs past the source's {} bytes",
                head.path, self.at, head.len
            ));
        };
        if head.body_start > head.len || self.line == 0 {
            return Err(format!("{}: a bad body start or line number", head.path));
        }
        if head.encoding.is_some() && (self.at != 0 || end != head.len) {
            return Err(format!(
                "{}: a text decoded from another encoding comes whole",
                head.path
            ));
        }
        if !(end == head.len || self.text.ends_with('\n')) {
            return Err(format!(
                "{}: the excerpt at byte {} does not end a line",
                head.path, self.at
            ));
        }
        let (lo, hi) = reach(claim);
        if lo < self.at || hi > end {
            return Err(format!(
                "{}: the claim reads bytes {lo}..{hi}, outside its excerpt ({}..{end})",
                head.path, self.at
            ));
        }
        let inside = |o: usize| self.text.is_char_boundary(o - self.at);
        let warned = claim
            .warnings
            .iter()
            .flat_map(|w| w.spans.iter().map(|s| s.start..s.end));
        let bounds = [&claim.span, &claim.context, &claim.evidence]
            .into_iter()
            .cloned()
            .chain(warned)
            .all(|r| r.start <= r.end && inside(r.start) && inside(r.end));
        if !bounds {
            return Err(format!(
                "{}: the claim's ranges do not fall on characters of its excerpt",
                head.path
            ));
        }
        Ok(())
    }
}

/// A text of `len` bytes with each excerpt at its offset (see the module's note). `Err` when
/// the excerpts do not fit together: overlapping ones that disagree, or lines that cannot fit
/// in the gap before one.
pub fn rebuild(len: usize, mut excerpts: Vec<Excerpt>) -> Result<String, String> {
    excerpts.sort_by_key(|e| e.at);
    let mut out = String::with_capacity(len);
    // The number of the line that starts at `out.len()`.
    let mut line = 1;
    for e in &excerpts {
        let cursor = out.len();
        if e.at >= cursor {
            let breaks = e.line.checked_sub(line).filter(|&b| b <= e.at - cursor);
            let Some(breaks) = breaks else {
                return Err(format!(
                    "the excerpt at byte {} says line {}, which does not fit after line {line}",
                    e.at, e.line
                ));
            };
            out.extend(std::iter::repeat_n(' ', e.at - cursor - breaks));
            out.extend(std::iter::repeat_n('\n', breaks));
            out.push_str(&e.text);
            line = e.line + e.text.matches('\n').count();
        } else {
            let skip = cursor - e.at;
            if skip >= e.text.len() {
                continue;
            }
            let rest = e.text.get(skip..).filter(|_| out.ends_with('\n'));
            let Some(rest) = rest else {
                return Err(format!(
                    "the excerpts at bytes {} and before overlap but disagree",
                    e.at
                ));
            };
            line += rest.matches('\n').count();
            out.push_str(rest);
        }
    }
    if out.len() > len {
        return Err(format!(
            "the excerpts run to byte {}, past the source's {len} bytes",
            out.len()
        ));
    }
    let pad = len - out.len();
    out.extend(std::iter::repeat_n(' ', pad));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_inside_excerpts_are_the_originals() {
        let text =
            "Titre\n\nUne phrase où l'on lit 12 morts.\nAutre ligne.\nEncore, été 2023.\nFin\n";
        let excerpt = |word: &str| {
            let from = text.find(word).unwrap();
            let to = text[from..].find('\n').unwrap() + from + 1;
            Excerpt {
                at: from,
                line: text[..from].matches('\n').count() + 1,
                text: text[from..to].to_string(),
            }
        };
        let (a, b) = (excerpt("Une"), excerpt("Encore"));
        let rebuilt = rebuild(text.len(), vec![b.clone(), a.clone()]).unwrap();
        assert_eq!(rebuilt.len(), text.len());
        let original = LineIndex::new(text.into());
        let sparse = LineIndex::new(rebuilt.as_str().into());
        for e in [&a, &b] {
            assert_eq!(&rebuilt[e.at..e.at + e.text.len()], e.text);
            for (i, _) in e.text.char_indices() {
                let at = e.at + i;
                assert_eq!(original.line_column(at), sparse.line_column(at), "at {at}");
            }
        }
    }

    #[test]
    fn overlapping_excerpts_merge_and_bad_ones_are_refused() {
        let text = "a\nb\nc\n";
        let e = |at: usize, line: usize, t: &str| Excerpt {
            at,
            line,
            text: t.to_string(),
        };
        let rebuilt = rebuild(6, vec![e(0, 1, "a\nb\n"), e(2, 2, "b\nc\n")]).unwrap();
        assert_eq!(rebuilt, text);
        assert!(rebuild(6, vec![e(2, 9, "b\n")]).is_err());
        assert!(rebuild(3, vec![e(0, 1, "a\nb\nc\n")]).is_err());
    }
}
