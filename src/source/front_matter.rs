//! Markdown front matter: the YAML between a leading `---` line and the next `---` line, and
//! where the article body starts after it.

/// The lines of `text` with their line break, whichever it is: `\n`, `\r\n` or a lone `\r`.
fn lines_with_breaks(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let mut end = start;
        while end < bytes.len() && bytes[end] != b'\n' && bytes[end] != b'\r' {
            end += 1;
        }
        if end < bytes.len() {
            end += if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
        }
        let line = &text[start..end];
        start = end;
        Some(line)
    })
}

/// Where the YAML between a leading `---` line and the next `---` line is, and where the body
/// starts; or, when no line closes it, the span of the opening `---`. A byte-order mark before
/// the first `---` is allowed: editors on Windows write one.
#[allow(clippy::type_complexity)]
pub(super) fn front_matter(
    text: &str,
) -> Option<Result<(std::ops::Range<usize>, usize), (usize, usize)>> {
    let opening_at = text.len() - text.strip_prefix('\u{feff}').unwrap_or(text).len();
    let mut lines = lines_with_breaks(&text[opening_at..]);
    let first = lines.next()?;
    if first.trim_end_matches(['\r', '\n']) != "---" || first.len() == 3 {
        return None;
    }
    let start = opening_at + first.len();
    let mut offset = start;
    for line in lines {
        if line.trim_end() == "---" {
            return Some(Ok((start..offset, offset + line.len())));
        }
        offset += line.len();
    }
    Some(Err((opening_at, 3)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceMeta;
    use crate::value::Published;

    #[test]
    fn front_matter_is_split_off_and_spans_stay_absolute() {
        let text = "---\ntitle: T\noutlet: O\npublished: 2024-05-09\nlang: fr\n---\nLe 17 avril.\n";
        let (front, body) = front_matter(text).unwrap().unwrap();
        let front = &text[front];
        assert_eq!(
            front,
            "title: T\noutlet: O\npublished: 2024-05-09\nlang: fr\n"
        );
        assert_eq!(&text[body..], "Le 17 avril.\n");
        let meta: SourceMeta = crate::yaml::parse(front).unwrap();
        assert_eq!(meta.published, Published::parse("2024-05-09"));
        assert_eq!(meta.outlet.as_deref(), Some("O"));
    }

    #[test]
    fn front_matter_without_a_closing_line_is_located_at_its_opening() {
        assert_eq!(front_matter("---\ntitle: T\n"), Some(Err((0, 3))));
        assert_eq!(
            front_matter("\u{feff}---\r\ntitle: T\r\n"),
            Some(Err((3, 3)))
        );
        assert!(front_matter("Texte").is_none());
        assert!(front_matter("---").is_none());
    }

    #[test]
    fn front_matter_closes_whatever_the_line_breaks() {
        for br in ["\n", "\r\n", "\r"] {
            let text = format!("---{br}outlet: O{br}---{br}Corps.{br}");
            let (front, body) = front_matter(&text).unwrap().unwrap();
            assert_eq!(text[front].trim_end(), "outlet: O", "{br:?}");
            assert_eq!(&text[body..], format!("Corps.{br}"), "{br:?}");
        }
    }
}
