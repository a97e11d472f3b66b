//! Queries on one parsed document, and views of its list elements that parse only the
//! element's own lines; a [`Spot`] keeps a node's path to locate it later.

use serde::de::DeserializeOwned;

use super::{Error, OwnedStep, Step, locate, locate_key, parse, parse_at};

/// long top-level list go through a [`View`] of that element, which parses only the element's
/// own lines: a rule file's checks then cost about one parse of the file, not one per field.
pub struct Document<'t> {
    text: &'t str,
    root: serde_yaml::Value,
}

impl<'t> Document<'t> {
    /// Parses `text`; a syntax error is the one error a file can have before any other check.
    pub fn parse(text: &'t str) -> Result<Document<'t>, Error> {
        match parse::<serde_yaml::Value>(text) {
            Ok(root) => Ok(Document { text, root }),
            Err(mut e) => {
                // serde_yaml points a duplicate key at its mapping; point at the duplicate.
                let key = e
                    .message
                    .strip_prefix("duplicate entry with key ")
                    .map(|k| k.trim_matches('"').to_string());
                if let (Some(key), Some(offset)) = (key, e.offset) {
                    e.offset = Some(second_block_key(text, offset, &key).unwrap_or(offset));
                }
                Err(e)
            }
        }
    }

    pub fn whole(&self) -> View<'t> {
        View {
            text: self.text,
            chunk: None,
            prefix: Vec::new(),
            node: Some(self.root.clone()),
        }
    }

    /// One view per element of the list under the top-level `key`; `None` when that is not a
    /// list. Each element written in block style gets a view of its own lines, and each
    /// element of a list written in flow style (`[{…}, {…}]`) a view of its own text; any
    /// element the scan cannot isolate with certainty (the parse of its text must give the
    /// same value as the whole document's) is viewed through the whole text.
    pub fn items(&self, key: &str) -> Option<Vec<View<'t>>> {
        let items = self.root.get(key)?.as_sequence()?;
        let whole = |i: usize| View {
            text: self.text,
            chunk: None,
            prefix: vec![OwnedStep::Key(key.to_string()), OwnedStep::Index(i)],
            node: Some(items[i].clone()),
        };
        let starts =
            locate_key(self.text, &[], key, 0).and_then(|k| block_item_lines(self.text, k));
        let views = match starts {
            Some(lines) if lines.len() == items.len() => lines
                .iter()
                .enumerate()
                .map(|(i, &(start, end))| {
                    let sub = self.text[start..end].to_string();
                    let same = parse::<Vec<serde_yaml::Value>>(&sub)
                        .ok()
                        .is_some_and(|v| v.len() == 1 && v[0] == items[i]);
                    if same {
                        View {
                            text: self.text,
                            chunk: Some((sub, start)),
                            prefix: vec![OwnedStep::Index(0)],
                            node: Some(items[i].clone()),
                        }
                    } else {
                        whole(i)
                    }
                })
                .collect(),
            _ => match locate(self.text, &[Step::Key(key)])
                .and_then(|open| flow_item_spans(self.text, open))
            {
                Some(spans) if spans.len() == items.len() => spans
                    .iter()
                    .enumerate()
                    .map(|(i, &(start, end))| {
                        let sub = self.text[start..end].to_string();
                        let same = parse::<serde_yaml::Value>(&sub).is_ok_and(|v| v == items[i]);
                        if same {
                            View {
                                text: self.text,
                                chunk: Some((sub, start)),
                                prefix: Vec::new(),
                                node: Some(items[i].clone()),
                            }
                        } else {
                            whole(i)
                        }
                    })
                    .collect(),
                _ => (0..items.len()).map(whole).collect(),
            },
        };
        Some(views)
    }
}

/// The byte ranges of the elements of the flow sequence whose `[` is at `open`: a light scan
/// that follows nesting, quoted scalars and comments, and splits at the commas of the
/// sequence itself. `None` when there is no `[` at `open` or the scan finds no closing `]`.
/// A misreading (a quote inside a plain scalar, say) is caught by the caller's comparison.
fn flow_item_spans(text: &str, open: usize) -> Option<Vec<(usize, usize)>> {
    let bytes = text.as_bytes();
    if bytes.get(open) != Some(&b'[') {
        return None;
    }
    let mut spans = Vec::new();
    // The element being read: where it starts, and where its last significant byte ends.
    let mut current: Option<(usize, usize)> = None;
    let mut depth = 0usize;
    let mut i = open + 1;
    while i < bytes.len() {
        let b = bytes[i];
        let after_space = matches!(bytes[i - 1], b' ' | b'\t' | b'\n' | b'\r');
        match b {
            b' ' | b'\t' | b'\n' | b'\r' => {
                i += 1;
                continue;
            }
            b'#' if after_space => {
                i = text[i..].find('\n').map_or(bytes.len(), |n| i + n);
                continue;
            }
            b',' if depth == 0 => {
                spans.extend(current.take());
                i += 1;
                continue;
            }
            b']' if depth == 0 => {
                spans.extend(current.take());
                return Some(spans);
            }
            _ => {}
        }
        let start = current.map_or(i, |c| c.0);
        match b {
            b'[' | b'{' => depth += 1,
            b']' | b'}' => depth = depth.checked_sub(1)?,
            b'"' | b'\'' if after_space || matches!(bytes[i - 1], b'[' | b'{' | b',' | b':') => {
                // A quoted scalar: to its closing quote (`\"` escapes in double quotes, `''`
                // in single ones).
                let mut j = i + 1;
                loop {
                    match bytes.get(j) {
                        None => return None,
                        Some(b'\\') if b == b'"' => j += 2,
                        Some(&q) if q == b && b == b'\'' && bytes.get(j + 1) == Some(&b'\'') => {
                            j += 2
                        }
                        Some(&q) if q == b => break,
                        Some(_) => j += 1,
                    }
                }
                i = j;
            }
            _ => {}
        }
        current = Some((start, i + 1));
        i += 1;
    }
    None
}

/// The second occurrence of `key` in the block mapping whose first key is at `offset`.
fn second_block_key(text: &str, offset: usize, key: &str) -> Option<usize> {
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let indent = offset - line_start;
    let mut seen = 0;
    let mut pos = line_start;
    while pos < text.len() {
        let line_end = text[pos..].find('\n').map_or(text.len(), |i| pos + i + 1);
        let line = &text[pos..line_end];
        let content = line.trim_start_matches(' ');
        let ind = line.len() - content.len();
        let first_line = pos == line_start;
        let at = if first_line { offset } else { pos + ind };
        let rest = &text[at..line_end];
        let blank = content.trim().is_empty() || content.starts_with('#');
        if !blank && !first_line && ind < indent {
            return None;
        }
        if first_line || ind == indent {
            let written = [key.to_string(), format!("\"{key}\""), format!("'{key}'")];
            if written.iter().any(|w| {
                rest.strip_prefix(w.as_str())
                    .is_some_and(|r| r.trim_start().starts_with(':'))
            }) {
                seen += 1;
                if seen == 2 {
                    return Some(at);
                }
            }
        }
        pos = line_end;
    }
    None
}

/// The line ranges of the elements of the block list that is the value of the key starting
/// at `key_offset`, if the list is written in block style.
fn block_item_lines(text: &str, key_offset: usize) -> Option<Vec<(usize, usize)>> {
    let after_key = key_offset + text[key_offset..].find('\n')? + 1;
    let mut items: Vec<(usize, usize)> = Vec::new();
    let mut indent: Option<usize> = None;
    let mut pos = after_key;
    let mut end = text.len();
    while pos < text.len() {
        let line_end = text[pos..].find('\n').map_or(text.len(), |i| pos + i + 1);
        let line = &text[pos..line_end];
        let content = line.trim_start_matches(' ');
        let ind = line.len() - content.len();
        let blank = content.trim().is_empty() || content.starts_with('#');
        if !blank {
            let is_item = content.starts_with("- ") || content.trim_end() == "-";
            match indent {
                None if is_item => indent = Some(ind),
                None => return None,
                Some(k) if ind < k || (ind == k && !is_item) => {
                    end = pos;
                    break;
                }
                _ => {}
            }
            if indent == Some(ind) && is_item {
                if let Some(last) = items.last_mut() {
                    last.1 = pos;
                }
                items.push((pos, text.len()));
            }
        }
        pos = line_end;
    }
    if let Some(last) = items.last_mut() {
        last.1 = end;
    }
    Some(items)
}

/// A window on a document: the whole text, or the lines of one list element. Paths are
/// relative to the window's node; offsets are always into the whole text.
pub struct View<'t> {
    text: &'t str,
    /// The element's lines alone, and the offset in the text where they start. Only offsets
    /// leave a view (the parser's line and column are cut from its messages), so the chunk
    /// need not be padded to the element's line: a query then costs the element's size, not
    /// the size of everything before it.
    pub(super) chunk: Option<(String, usize)>,
    prefix: Vec<OwnedStep>,
    /// The parsed value of the node the view stands for, when known.
    node: Option<serde_yaml::Value>,
}

/// Where a path leads in a parsed value, as [`parse_at`]'s walk would see it.
enum Reached<'v> {
    Node(&'v serde_yaml::Value),
    /// No node there: a missing key, an index past the end, a step into a scalar.
    Nowhere,
    /// The value alone cannot tell the same as the walk (a tag, a key that is no string).
    Unsure,
}

fn reach<'v>(node: &'v serde_yaml::Value, path: &[Step<'_>]) -> Reached<'v> {
    use serde_yaml::Value;
    let mut at = node;
    for step in path {
        at = match (at, step) {
            (Value::Tagged(_), _) => return Reached::Unsure,
            (Value::Mapping(m), Step::Key(k)) => {
                if m.keys().any(|x| !x.is_string()) {
                    return Reached::Unsure;
                }
                match m.iter().find(|(x, _)| x.as_str() == Some(k)) {
                    Some((_, v)) => v,
                    None => return Reached::Nowhere,
                }
            }
            (Value::Sequence(items), Step::Index(i)) => match items.get(*i) {
                Some(v) => v,
                None => return Reached::Nowhere,
            },
            _ => return Reached::Nowhere,
        };
    }
    if matches!(at, Value::Tagged(_)) {
        return Reached::Unsure;
    }
    Reached::Node(at)
}

impl View<'_> {
    fn resolve<'a>(&'a self, path: &[Step<'a>]) -> (&'a str, Vec<Step<'a>>, usize) {
        let mut full: Vec<Step<'a>> = self.prefix.iter().map(OwnedStep::as_step).collect();
        full.extend_from_slice(path);
        match &self.chunk {
            Some((sub, delta)) => (sub.as_str(), full, *delta),
            None => (self.text, full, 0),
        }
    }

    pub fn parse_at<T: DeserializeOwned>(&self, path: &[Step<'_>]) -> Result<Option<T>, Error> {
        // From the parsed value when it gives an answer; the text is parsed again only for
        // the position of what is wrong (or where the value cannot tell).
        match self.node.as_ref().map(|n| reach(n, path)) {
            Some(Reached::Nowhere) => return Ok(None),
            Some(Reached::Node(v)) => {
                if let Ok(t) = T::deserialize(v) {
                    return Ok(Some(t));
                }
            }
            Some(Reached::Unsure) | None => {}
        }
        let (text, full, delta) = self.resolve(path);
        parse_at(text, &full).map_err(|mut e| {
            e.offset = e.offset.map(|o| o + delta);
            e
        })
    }

    pub fn locate(&self, path: &[Step<'_>]) -> Option<usize> {
        let (text, full, delta) = self.resolve(path);
        locate(text, &full).map(|o| o + delta)
    }

    /// Whether the mapping the view stands for has `key` (`locate(&[Key(key)]).is_some()`,
    /// from the parsed value when it can tell).
    pub fn has_key(&self, key: &str) -> bool {
        match self.node.as_ref().map(|n| reach(n, &[Step::Key(key)])) {
            Some(Reached::Node(_)) => true,
            Some(Reached::Nowhere) => false,
            Some(Reached::Unsure) | None => self.locate(&[Step::Key(key)]).is_some(),
        }
    }

    pub fn locate_key(&self, path: &[Step<'_>], key: &str, nth: usize) -> Option<usize> {
        let (text, full, delta) = self.resolve(path);
        locate_key(text, &full, key, nth).map(|o| o + delta)
    }

    /// What [`View::locate`] needs to find the node at `path` later, without the view: for
    /// the places only a later diagnostic may show, which loading then does not parse for.
    pub fn spot(&self, path: &[Step<'_>]) -> Spot {
        let mut full = self.prefix.clone();
        full.extend(path.iter().copied().map(OwnedStep::from));
        Spot {
            chunk: self
                .chunk
                .as_ref()
                .map(|(sub, start)| *start..start + sub.len()),
            path: full,
        }
    }
}

/// A node of a view, to locate later in the same text (see [`View::spot`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spot {
    /// The view's chunk: a range of the whole text; `None` for the whole text.
    chunk: Option<std::ops::Range<usize>>,
    path: Vec<OwnedStep>,
}

impl Spot {
    /// Where the node starts in `text`, the text of the view it was taken from: the same
    /// offset [`View::locate`] gives.
    pub fn locate(&self, text: &str) -> Option<usize> {
        let path: Vec<Step<'_>> = self.path.iter().map(OwnedStep::as_step).collect();
        match &self.chunk {
            Some(r) => locate(text.get(r.clone())?, &path).map(|o| o + r.start),
            None => locate(text, &path),
        }
    }
}
