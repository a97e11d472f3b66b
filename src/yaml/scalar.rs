//! Where a scalar is written: the end of a token, and the text offset of each byte of a
//! scalar's value (quoted, escaped, plain or in a flow list).

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
