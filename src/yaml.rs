//! The one module that parses YAML. serde_yaml is deprecated upstream: a fork replaces it
//! here, and nothing else in the crate names it.
//!
//! Rule files are validated strictly and every problem is reported at its line and column, so
//! the API is built around *paths* into one document: [`parse_at`] deserializes the node at a
//! path (its errors carry the position the parser saw), and [`locate`] / [`locate_key`] find
//! where a node or a mapping key starts. Both work the same way: a serde seed walks the
//! document down the path, ignoring every other node, and at the target either deserializes
//! the wanted type or fails on purpose, because a parser error is the only place serde_yaml
//! reveals a position. Each call parses the whole text it is given again; this keeps the
//! positions those of the real parser rather than of a second, hand-written one, and a
//! [`View`] of one element of a long list gives it only that element's text, so that checking
//! every element of a file costs about one parse of the file, whatever its length. A view
//! also keeps the element's parsed value: [`View::parse_at`] and [`View::has_key`] answer from
//! it when they can (a value of the wanted type, or no node there), and parse the text only to
//! locate what is wrong, so that reading a rule's twenty-odd keys does not parse it twenty
//! times.
//!
//! Positions are byte offsets into the text given. [`scalar_map`] then maps an offset inside
//! a scalar's *value* (say, the column of a regex error in a pattern) back into the text.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor,
};

/// One step of a path into a YAML document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step<'a> {
    /// The value of a mapping's (first) entry with this key.
    Key(&'a str),
    /// A sequence's element.
    Index(usize),
}

/// A YAML error: what went wrong and, when the parser knows, where (a byte offset).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub message: String,
    pub offset: Option<usize>,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// The message a seed fails with on purpose, to learn a position.
const HERE: &str = "\u{0}factlint-locate\u{0}";

impl Error {
    fn from_yaml(err: serde_yaml::Error) -> Error {
        let offset = err.location().map(|l| l.index());
        let mut message = err.to_string();
        // serde_yaml appends " at line L column C" (sometimes followed by context) and
        // prefixes the path inside the document; the caller reports the position itself and
        // knows better paths, so keep only the message.
        if let Some(l) = err.location() {
            let suffix = format!(" at line {} column {}", l.line(), l.column());
            if let Some(i) = message.find(&suffix) {
                let rest = message[i + suffix.len()..].to_string();
                message.truncate(i);
                message.push_str(&rest);
            }
        }
        if let Some((head, tail)) = message.split_once(": ") {
            let is_path = !head.is_empty()
                && !head.contains(' ')
                && head
                    .chars()
                    .all(|c| c.is_alphanumeric() || "_-.[]".contains(c));
            if is_path {
                message = tail.to_string();
            }
        }
        Error { message, offset }
    }
}

/// A step of a path that owns its key, for paths kept around.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OwnedStep {
    Key(String),
    Index(usize),
}

impl OwnedStep {
    pub fn as_step(&self) -> Step<'_> {
        match self {
            OwnedStep::Key(k) => Step::Key(k),
            OwnedStep::Index(i) => Step::Index(*i),
        }
    }
}

impl From<Step<'_>> for OwnedStep {
    fn from(s: Step<'_>) -> OwnedStep {
        match s {
            Step::Key(k) => OwnedStep::Key(k.to_string()),
            Step::Index(i) => OwnedStep::Index(i),
        }
    }
}

/// A parsed document, for many queries against one text. Queries about one element of a
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
    chunk: Option<(String, usize)>,
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

/// Deserializes the whole document.
pub fn parse<T: DeserializeOwned>(text: &str) -> Result<T, Error> {
    serde_yaml::from_str(text).map_err(Error::from_yaml)
}

/// Serializes a value as a YAML document (for files factlint writes, such as the review file).
pub fn to_string<T: serde::Serialize>(value: &T) -> Result<String, Error> {
    serde_yaml::to_string(value).map_err(Error::from_yaml)
}

/// Deserializes the node at `path`; `Ok(None)` when the path leads nowhere (a missing key, an
/// index past the end, a step into a scalar). A syntax error anywhere in the text is an error.
pub fn parse_at<T: DeserializeOwned>(text: &str, path: &[Step<'_>]) -> Result<Option<T>, Error> {
    let seed = Walk {
        path,
        target: Target::Value(PhantomData::<T>),
    };
    match seed.deserialize(serde_yaml::Deserializer::from_str(text)) {
        Ok(v) => Ok(v),
        Err(e) => Err(Error::from_yaml(e)),
    }
}

/// Byte offset where the node at `path` starts; `None` when there is no such node or the text
/// does not parse.
pub fn locate(text: &str, path: &[Step<'_>]) -> Option<usize> {
    let seed = Walk {
        path,
        target: Target::<IgnoredAny>::Locate,
    };
    failure_offset(seed.deserialize(serde_yaml::Deserializer::from_str(text)))
}

/// Byte offset where the `nth` (0-based) occurrence of `key` starts in the mapping at `path`.
pub fn locate_key(text: &str, path: &[Step<'_>], key: &str, nth: usize) -> Option<usize> {
    let seed = Walk {
        path,
        target: Target::<IgnoredAny>::Key(key, nth),
    };
    failure_offset(seed.deserialize(serde_yaml::Deserializer::from_str(text)))
}

fn failure_offset<T>(result: Result<T, serde_yaml::Error>) -> Option<usize> {
    match result {
        Err(e) if e.to_string().contains(HERE) => e.location().map(|l| l.index()),
        _ => None,
    }
}

enum Target<'k, T> {
    Value(PhantomData<T>),
    Locate,
    Key(&'k str, usize),
}

struct Walk<'p, 'k, T> {
    path: &'p [Step<'k>],
    target: Target<'k, T>,
}

impl<'de, T: DeserializeOwned> DeserializeSeed<'de> for Walk<'_, '_, T> {
    type Value = Option<T>;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Option<T>, D::Error> {
        match self.path.split_first() {
            None => match self.target {
                Target::Value(_) => T::deserialize(d).map(Some),
                Target::Locate => d.deserialize_any(Fail).map(|_| None),
                Target::Key(key, nth) => d.deserialize_any(FindKey { key, nth }).map(|_| None),
            },
            Some((step, rest)) => d.deserialize_any(WalkVisitor {
                step: *step,
                rest: Walk {
                    path: rest,
                    target: self.target,
                },
            }),
        }
    }
}

struct WalkVisitor<'p, 'k, T> {
    step: Step<'k>,
    rest: Walk<'p, 'k, T>,
}

impl<'de, T: DeserializeOwned> Visitor<'de> for WalkVisitor<'_, '_, T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Option<T>, A::Error> {
        let Step::Key(wanted) = self.step else {
            return Ok(None);
        };
        let mut rest = Some(self.rest);
        let mut found = None;
        while let Some(key) = map.next_key::<KeyText>()? {
            if key.0.as_deref() == Some(wanted) {
                if let Some(seed) = rest.take() {
                    found = map.next_value_seed(seed)?;
                    continue;
                }
            }
            map.next_value::<IgnoredAny>()?;
        }
        Ok(found)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Option<T>, A::Error> {
        let Step::Index(wanted) = self.step else {
            return Ok(None);
        };
        for _ in 0..wanted {
            if seq.next_element::<IgnoredAny>()?.is_none() {
                return Ok(None);
            }
        }
        let found = seq.next_element_seed(self.rest)?.flatten();
        // serde_yaml checks that a visitor reads a whole sequence.
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(found)
    }

    // A scalar, null or boolean has no children: the path leads nowhere.
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Option<T>, E> {
        Ok(None)
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Option<T>, E> {
        Ok(None)
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Option<T>, E> {
        Ok(None)
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Option<T>, E> {
        Ok(None)
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Option<T>, E> {
        Ok(None)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }
    fn visit_none<E: de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }
    fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<Option<T>, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<Option<T>, A::Error> {
        // A tagged node (`!tag value`): look through the tag.
        let (_, variant) = data.variant::<IgnoredAny>()?;
        de::VariantAccess::newtype_variant_seed(variant, ShowThrough(self))
    }
}

/// Passes a tagged node's content on to the walk.
struct ShowThrough<V>(V);

impl<'de, V: Visitor<'de>> DeserializeSeed<'de> for ShowThrough<V> {
    type Value = V::Value;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        d.deserialize_any(self.0)
    }
}

/// A mapping key as text when it is a scalar; `None` for a complex key.
struct KeyText(Option<String>);

impl<'de> de::Deserialize<'de> for KeyText {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<KeyText, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = KeyText;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<KeyText, E> {
                Ok(KeyText(Some(v.to_string())))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<KeyText, E> {
                Ok(KeyText(Some(v.to_string())))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<KeyText, E> {
                Ok(KeyText(Some(v.to_string())))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<KeyText, E> {
                Ok(KeyText(Some(v.to_string())))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<KeyText, E> {
                Ok(KeyText(Some(v.to_string())))
            }
            fn visit_unit<E: de::Error>(self) -> Result<KeyText, E> {
                Ok(KeyText(None))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<KeyText, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(KeyText(None))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<KeyText, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(KeyText(None))
            }
        }
        // `deserialize_str` takes any scalar as its text, so `1:` and `yes:` keys read as
        // written; other nodes fall back to `deserialize_any`.
        d.deserialize_any(V)
    }
}

/// Fails at whatever node it is given: the error then carries that node's position.
struct Fail;

impl<'de> Visitor<'de> for Fail {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Err(E::custom(HERE))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Err(E::custom(HERE))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Err(E::custom(HERE))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Err(E::custom(HERE))
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Err(E::custom(HERE))
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Err(E::custom(HERE))
    }
    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        Err(E::custom(HERE))
    }
    fn visit_some<D: de::Deserializer<'de>>(self, _: D) -> Result<(), D::Error> {
        Err(de::Error::custom(HERE))
    }
    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        Err(de::Error::custom(HERE))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        Err(de::Error::custom(HERE))
    }
    fn visit_enum<A: de::EnumAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        Err(de::Error::custom(HERE))
    }
}

/// Fails at the `nth` occurrence of `key` in a mapping.
struct FindKey<'k> {
    key: &'k str,
    nth: usize,
}

impl<'de> Visitor<'de> for FindKey<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a mapping")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = 0;
        loop {
            let is_target = map.next_key_seed(KeySeed {
                key: self.key,
                fail: seen == self.nth,
            })?;
            match is_target {
                None => return Ok(()),
                Some(true) => seen += 1,
                Some(false) => {}
            }
            map.next_value::<IgnoredAny>()?;
        }
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(())
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }
}

/// Reads a key; fails when it is the wanted one and `fail` is set.
struct KeySeed<'k> {
    key: &'k str,
    fail: bool,
}

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = bool;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
        struct V<'k>(KeySeed<'k>);
        impl<'de> Visitor<'de> for V<'_> {
            type Value = bool;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<bool, E> {
                if v == self.0.key && self.0.fail {
                    return Err(E::custom(HERE));
                }
                Ok(v == self.0.key)
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<bool, E> {
                Ok(false)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<bool, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<bool, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<bool, E> {
                Ok(false)
            }
            fn visit_unit<E: de::Error>(self) -> Result<bool, E> {
                Ok(false)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(false)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<bool, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(false)
            }
        }
        d.deserialize_any(V(self))
    }
}

/// The keys of a mapping, in document order; deserializes only from a mapping.
#[derive(Debug, Default)]
pub struct Keys(pub Vec<Option<String>>);

impl<'de> de::Deserialize<'de> for Keys {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Keys, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Keys;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a mapping")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Keys, A::Error> {
                let mut keys = Vec::new();
                while let Some(k) = map.next_key::<KeyText>()? {
                    map.next_value::<IgnoredAny>()?;
                    keys.push(k.0);
                }
                Ok(Keys(keys))
            }
        }
        d.deserialize_map(V)
    }
}

/// The length of a sequence; deserializes only from a sequence.
#[derive(Debug, Default)]
pub struct SeqLen(pub usize);

impl<'de> de::Deserialize<'de> for SeqLen {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<SeqLen, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = SeqLen;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<SeqLen, A::Error> {
                let mut n = 0;
                while seq.next_element::<IgnoredAny>()?.is_some() {
                    n += 1;
                }
                Ok(SeqLen(n))
            }
        }
        d.deserialize_seq(V)
    }
}

/// A mapping's entries in document order (a `BTreeMap` would sort them, and the order of
/// defs and subjects is meaningful).
#[derive(Debug, Clone)]
pub struct Entries<V>(pub Vec<(String, V)>);

impl<'de, V: de::Deserialize<'de>> de::Deserialize<'de> for Entries<V> {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Entries<V>, D::Error> {
        struct Vis<V>(PhantomData<V>);
        impl<'de, V: de::Deserialize<'de>> Visitor<'de> for Vis<V> {
            type Value = Entries<V>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a mapping")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries<V>, A::Error> {
                let mut entries = Vec::new();
                while let Some(k) = map.next_key::<ScalarText>()? {
                    entries.push((k.0, map.next_value::<V>()?));
                }
                Ok(Entries(entries))
            }
        }
        d.deserialize_map(Vis(PhantomData))
    }
}

/// The end of the token that starts at `offset`: a quoted scalar up to its closing quote,
/// anything else up to the end of its line (comments and trailing spaces left out). For
/// labels that underline "the thing here" when nothing more precise is known.
pub fn token_end(text: &str, offset: usize) -> usize {
    let Some(rest) = text.get(offset..) else {
        return offset;
    };
    let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
    let mut chars = line.char_indices().peekable();
    match chars.next() {
        // `"…"` with backslash escapes, `'…'` with `''` for a quote.
        Some((_, q @ ('"' | '\''))) => {
            while let Some((i, c)) = chars.next() {
                if q == '"' && c == '\\' {
                    chars.next();
                } else if c == q {
                    if q == '\'' && chars.peek().is_some_and(|&(_, n)| n == '\'') {
                        chars.next();
                        continue;
                    }
                    return offset + i + 1;
                }
            }
            offset + line.len()
        }
        Some((_, first)) => {
            let content = line.find(" #").map_or(line, |i| &line[..i]).trim_end();
            offset + content.len().max(first.len_utf8())
        }
        None => offset,
    }
}

/// Any scalar as the text it is written with (`500`, `5%`, `2023-09`, `true`); a mapping or
/// a list is a type error. For values whose meaning the caller decides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScalarText(pub String);

impl<'de> de::Deserialize<'de> for ScalarText {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<ScalarText, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = ScalarText;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a single value")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<ScalarText, E> {
                Ok(ScalarText(v.to_string()))
            }
        }
        d.deserialize_str(V)
    }
}

/// How the characters of a scalar's value sit in the text: `offsets[i]` is the text offset
/// of the value's byte `i` (and `offsets[value.len()]` the end), when the mapping is exact.
#[derive(Debug, Clone)]
pub struct ScalarMap {
    /// Where the scalar token starts and ends in the text, quotes included.
    pub start: usize,
    pub end: usize,
    offsets: Option<Vec<usize>>,
}

impl ScalarMap {
    /// The text range of the value's byte range `start..end`; the whole token when the
    /// value's bytes cannot be placed one by one (block scalars, folded lines).
    pub fn range(&self, start: usize, end: usize) -> (usize, usize) {
        match &self.offsets {
            // `offsets` has one entry past the value's last byte (the closing quote or the
            // token's end), so `end` indexes it even at the value's end.
            Some(o) if start <= end && end < o.len() => (o[start], o[end].max(o[start])),
            _ => (self.start, self.end),
        }
    }

    pub fn is_exact(&self) -> bool {
        self.offsets.is_some()
    }
}

/// Maps the value of the scalar that starts at `start` in `text` back to the text. `value`
/// is the scalar's value as deserialized: the mapping is exact only when decoding the token
/// here gives that same value, so a misreading can only make a location coarser, never wrong.
pub fn scalar_map(text: &str, start: usize, value: &str) -> ScalarMap {
    let coarse = |end: usize| ScalarMap {
        start,
        end,
        offsets: None,
    };
    let Some(rest) = text.get(start..) else {
        return coarse(start);
    };
    let line_end = start + rest.find('\n').unwrap_or(rest.len());
    let (decoded, offsets, end) = match rest.chars().next() {
        Some('"') => decode_double(text, start),
        Some('\'') => decode_single(text, start),
        Some('|' | '>') => return coarse(line_end),
        _ => decode_plain(text, start, line_end),
    };
    if decoded == value {
        ScalarMap {
            start,
            end,
            offsets: Some(offsets),
        }
    } else {
        coarse(end.max(start))
    }
}

fn decode_double(text: &str, start: usize) -> (String, Vec<usize>, usize) {
    let mut out = String::new();
    let mut offsets = Vec::new();
    let mut chars = text[start + 1..]
        .char_indices()
        .map(|(i, c)| (i + start + 1, c))
        .peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => {
                offsets.push(i);
                return (out, offsets, i + 1);
            }
            '\\' => {
                let Some((_, e)) = chars.next() else { break };
                let decoded = match e {
                    'n' => Some('\n'),
                    't' => Some('\t'),
                    '\\' => Some('\\'),
                    '"' => Some('"'),
                    '/' => Some('/'),
                    ' ' => Some(' '),
                    '0' => Some('\0'),
                    'r' => Some('\r'),
                    'x' | 'u' | 'U' => {
                        let n = match e {
                            'x' => 2,
                            'u' => 4,
                            _ => 8,
                        };
                        let hex: String = (0..n)
                            .filter_map(|_| chars.next().map(|(_, c)| c))
                            .collect();
                        u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32)
                    }
                    _ => None,
                };
                // Anything else (line continuations, rare escapes) gives up exactness: the
                // comparison with the real value will then fail and fall back to coarse.
                let Some(d) = decoded else { break };
                for _ in 0..d.len_utf8() {
                    offsets.push(i);
                }
                out.push(d);
            }
            '\n' => break,
            _ => {
                for k in 0..c.len_utf8() {
                    offsets.push(i + k);
                }
                out.push(c);
            }
        }
    }
    (String::from("\u{0}"), Vec::new(), text.len().min(start + 1))
}

fn decode_single(text: &str, start: usize) -> (String, Vec<usize>, usize) {
    let mut out = String::new();
    let mut offsets = Vec::new();
    let mut chars = text[start + 1..]
        .char_indices()
        .map(|(i, c)| (i + start + 1, c))
        .peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\'' => {
                if let Some(&(_, '\'')) = chars.peek() {
                    chars.next();
                    offsets.push(i);
                    out.push('\'');
                    continue;
                }
                offsets.push(i);
                return (out, offsets, i + 1);
            }
            '\n' => break,
            _ => {
                for k in 0..c.len_utf8() {
                    offsets.push(i + k);
                }
                out.push(c);
            }
        }
    }
    (String::from("\u{0}"), Vec::new(), text.len().min(start + 1))
}

fn decode_plain(text: &str, start: usize, line_end: usize) -> (String, Vec<usize>, usize) {
    let line = &text[start..line_end];
    // A plain scalar ends at ` #` (a comment) and, inside a flow collection, at `,`, `]` or
    // `}`; trailing spaces are not part of it. Whether we are in a flow collection is not
    // known here, so try the longest reading first: the value check picks the right one.
    let mut end = line.find(" #").unwrap_or(line.len());
    end = line[..end].trim_end().len();
    let candidate = &line[..end];
    let mut offsets: Vec<usize> = (0..candidate.len()).map(|k| start + k).collect();
    offsets.push(start + candidate.len());
    (candidate.to_string(), offsets, start + end)
}

/// Like [`scalar_map`], but for a scalar inside a flow sequence (`[a, b]`), where `,`, `]`
/// and `}` end a plain scalar.
pub fn flow_scalar_map(text: &str, start: usize, value: &str) -> ScalarMap {
    let m = scalar_map(text, start, value);
    if m.is_exact() {
        return m;
    }
    let rest = &text[start..];
    let stop = rest.find([',', ']', '}', '\n']).unwrap_or(rest.len());
    let candidate = rest[..stop].trim_end();
    if candidate == value {
        let mut offsets: Vec<usize> = (0..candidate.len()).map(|k| start + k).collect();
        offsets.push(start + candidate.len());
        return ScalarMap {
            start,
            end: start + candidate.len(),
            offsets: Some(offsets),
        };
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str =
        "a: 1\nrules:\n  - id: x\n    patterns: [\"p{date}\", 'q''s']\n  - id: \"y\\\\z\"\n";

    #[test]
    fn locates_nodes_and_keys() {
        assert_eq!(
            locate(DOC, &[Step::Key("rules"), Step::Index(1), Step::Key("id")]),
            DOC.find("\"y")
        );
        assert_eq!(
            locate(DOC, &[Step::Key("rules"), Step::Index(0)]),
            DOC.find("id: x")
        );
        assert_eq!(
            locate_key(DOC, &[Step::Key("rules"), Step::Index(0)], "patterns", 0),
            DOC.find("patterns")
        );
        assert_eq!(locate(DOC, &[Step::Key("rules"), Step::Index(5)]), None);
        assert_eq!(locate(DOC, &[Step::Key("nope")]), None);
    }

    #[test]
    fn parses_at_a_path() {
        let id: Option<String> =
            parse_at(DOC, &[Step::Key("rules"), Step::Index(1), Step::Key("id")]).unwrap();
        assert_eq!(id.as_deref(), Some("y\\z"));
        let n: Option<ScalarText> = parse_at(DOC, &[Step::Key("a")]).unwrap();
        assert_eq!(n.unwrap().0, "1");
        let err = parse_at::<u8>(DOC, &[Step::Key("rules")]).unwrap_err();
        assert_eq!(err.offset, DOC.find("- id: x"));
    }

    /// Every view of `items` answers as the whole document does, and is a chunk of its own.
    fn views_agree_with_the_whole(text: &str, n: usize) {
        let doc = Document::parse(text).unwrap();
        let views = doc.items("rules").unwrap();
        assert_eq!(views.len(), n);
        for (i, view) in views.iter().enumerate() {
            assert!(
                view.chunk.is_some(),
                "rule {i} is viewed through the whole text"
            );
            let full = |rest: &[Step<'static>]| {
                let mut p = vec![Step::Key("rules"), Step::Index(i)];
                p.extend_from_slice(rest);
                p
            };
            for path in [
                vec![],
                vec![Step::Key("id")],
                vec![Step::Key("patterns"), Step::Index(1)],
            ] {
                assert_eq!(
                    view.locate(&path),
                    locate(text, &full(&path)),
                    "{i} {path:?}"
                );
            }
            assert_eq!(
                view.locate_key(&[], "patterns", 0),
                locate_key(text, &full(&[]), "patterns", 0)
            );
            let err = view.parse_at::<u8>(&[Step::Key("id")]).unwrap_err();
            let whole = parse_at::<u8>(text, &full(&[Step::Key("id")])).unwrap_err();
            assert_eq!(err, whole);
        }
    }

    #[test]
    fn block_and_flow_items_are_viewed_on_their_own() {
        let block = "lang: fr\nrules:\n  - {id: r0, patterns: ['a''s', \"b, [c]\"]}\n\n  # c\n  - id: r1\n    patterns:\n      - é\n      - \"x\"\n  - id: r2\n    patterns: [a, b]\n";
        views_agree_with_the_whole(block, 3);
        let flow = "rules: [ # é, ]\n  {id: r0, patterns: ['a''s', \"b, [c]\"]}, # c\n  {\"id\": r1,\n   patterns: [é, {x: y}]},\n  {id: r2, patterns: [a, b]},\n]\n";
        views_agree_with_the_whole(flow, 3);
    }

    #[test]
    fn token_ends() {
        let text = "a: 'it''s' # c\nb: \"q\\\"x\" y\nc: plain text  # c\n";
        let at = |s: &str| text.find(s).unwrap();
        assert_eq!(&text[at("'it")..token_end(text, at("'it"))], "'it''s'");
        assert_eq!(&text[at("\"q")..token_end(text, at("\"q"))], "\"q\\\"x\"");
        assert_eq!(
            &text[at("plain")..token_end(text, at("plain"))],
            "plain text"
        );
    }

    #[test]
    fn maps_scalar_bytes_back_to_the_text() {
        let start = DOC.find("\"y").unwrap();
        let m = scalar_map(DOC, start, "y\\z");
        assert!(m.is_exact());
        // The value's `z` (byte 2) sits after the two-byte escape.
        assert_eq!(m.range(2, 3), (start + 4, start + 5));
        let start = DOC.find("'q").unwrap();
        let m = scalar_map(DOC, start, "q's");
        assert_eq!(m.range(2, 3), (start + 4, start + 5));
        let start = DOC.find("p{").unwrap() - 1;
        assert_eq!(
            scalar_map(DOC, start, "p{date}").range(1, 7),
            (start + 2, start + 8)
        );
    }
}
