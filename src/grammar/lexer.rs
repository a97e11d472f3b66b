//! Splits a text into word, digit-run and punctuation tokens, each with a folded key
//! (lowercase ASCII, accents stripped, `’` read as `'`) so that the grammars match "Fevrier",
//! "février" and "FÉVRIER" alike without allocating per token.

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// A run of letters.
    Word,
    /// A run of ASCII digits.
    Digits,
    /// One character that is neither a letter, a digit nor white space.
    Punct,
}

/// Longest folded key kept; longer words still get a token but match no lexicon entry.
const KEY_LEN: usize = 23;

#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// The folded key: `keys[key_start..key_start + key_len]` of the [`Lexed`] it belongs to.
    key_start: u32,
    key_len: u8,
    /// The folded character of a punctuation token, else 0.
    punct: u8,
}

impl Token {
    #[inline]
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }

    #[inline]
    pub fn is_digits(&self) -> bool {
        self.kind == TokKind::Digits
    }

    #[inline]
    pub fn is_punct(&self, c: char) -> bool {
        self.punct != 0 && u32::from(self.punct) == c as u32
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// The folded key, in the `keys` of the [`Lexed`] this token comes from.
    #[inline]
    pub fn key<'k>(&self, keys: &'k str) -> &'k str {
        let s = self.key_start as usize;
        keys.get(s..s + usize::from(self.key_len)).unwrap_or("")
    }
}

/// A text's tokens and their folded keys, all in one string so that a key is a plain slice.
pub struct Lexed {
    pub toks: Vec<Token>,
    pub keys: String,
}

/// Folds one character to lowercase ASCII, or `None` for a letter with no ASCII reading.
/// [`crate::morph::fold`] folds words with it too.
pub(crate) fn fold_char(c: char) -> Option<&'static str> {
    const LOWER: [&str; 26] = [
        "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r",
        "s", "t", "u", "v", "w", "x", "y", "z",
    ];
    if c.is_ascii_alphabetic() {
        return Some(LOWER[usize::from(c.to_ascii_lowercase() as u8 - b'a')]);
    }
    Some(match c {
        'à' | 'â' | 'ä' | 'á' | 'À' | 'Â' | 'Ä' | 'Á' => "a",
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => "e",
        'î' | 'ï' | 'í' | 'Î' | 'Ï' | 'Í' => "i",
        'ô' | 'ö' | 'ó' | 'Ô' | 'Ö' | 'Ó' => "o",
        'ù' | 'û' | 'ü' | 'ú' | 'Ù' | 'Û' | 'Ü' | 'Ú' => "u",
        'ç' | 'Ç' => "c",
        'ÿ' | 'Ÿ' => "y",
        'ñ' | 'Ñ' => "n",
        'œ' | 'Œ' => "oe",
        'æ' | 'Æ' => "ae",
        _ => return None,
    })
}

/// The ASCII reading of a character that is not a letter: itself if ASCII; `'` for the other
/// apostrophes, `-` for the dashes, `"` for the guillemets and curly quotes; else `None`.
pub(crate) fn fold_punct(c: char) -> Option<u8> {
    Some(match c {
        '’' | '‘' | '`' | 'ʼ' | '´' => b'\'',
        '‐' | '‑' | '‒' | '–' | '—' | '−' => b'-',
        '«' | '»' | '“' | '”' => b'"',
        c if c.is_ascii() => c as u8,
        _ => return None,
    })
}

/// The tokens of `text`, in order. White space only separates tokens.
pub fn lex(text: &str) -> Lexed {
    let mut toks = Vec::with_capacity(text.len() / 4);
    // Only ASCII goes in: the folded letters, digits and punctuation.
    let mut keys: Vec<u8> = Vec::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut start = 0;
    while start < bytes.len() {
        let b = bytes[start];
        // ASCII white space, the common case, without decoding a character.
        if matches!(b, b' ' | b'\t'..=b'\r') {
            start += 1;
            continue;
        }
        let (c, len) = char_at(text, start);
        if !b.is_ascii() && c.is_whitespace() {
            start += len;
            continue;
        }
        let key_start = keys.len();
        let mut tok = Token {
            start,
            end: start + len,
            kind: TokKind::Punct,
            key_start: u32::try_from(key_start).unwrap_or(u32::MAX),
            key_len: 0,
            punct: 0,
        };
        if b.is_ascii_digit() {
            tok.kind = TokKind::Digits;
            let mut end = start + 1;
            while end < bytes.len() && bytes[end].is_ascii_digit() {
                end += 1;
            }
            tok.end = end;
            if end - start <= KEY_LEN {
                keys.extend_from_slice(&bytes[start..end]);
            }
        } else if b.is_ascii_alphabetic() || (!b.is_ascii() && c.is_alphabetic()) {
            tok.kind = TokKind::Word;
            let mut fits = true;
            let mut end = start;
            while end < bytes.len() {
                // A run of ASCII letters: each folds to itself in lowercase.
                let run = end;
                while end < bytes.len() && bytes[end].is_ascii_alphabetic() {
                    end += 1;
                }
                if end > run {
                    if fits && keys.len() - key_start + (end - run) <= KEY_LEN {
                        keys.extend(bytes[run..end].iter().map(u8::to_ascii_lowercase));
                    } else {
                        fits = false;
                    }
                }
                if end >= bytes.len() || bytes[end].is_ascii() {
                    // Any other ASCII character ends the word.
                    break;
                }
                let (ch, l) = char_at(text, end);
                // A letter that folds is a letter; any other must say so.
                match fold_char(ch) {
                    Some(f) => {
                        if fits && keys.len() - key_start + f.len() <= KEY_LEN {
                            keys.extend_from_slice(f.as_bytes());
                        } else {
                            fits = false;
                        }
                    }
                    None if ch.is_alphabetic() => fits = false,
                    None => break,
                }
                end += l;
            }
            tok.end = end;
            if !fits {
                keys.truncate(key_start);
            }
        } else {
            let k = fold_punct(c).unwrap_or(b'?');
            keys.push(k);
            tok.punct = k;
        }
        tok.key_len = (keys.len() - key_start) as u8;
        toks.push(tok);
        start = tok.end;
    }
    // Every byte pushed is ASCII.
    let keys = String::from_utf8(keys).unwrap_or_default();
    Lexed { toks, keys }
}

/// The character at byte `i` of `text` (a char boundary) and its length in bytes.
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b.is_ascii() {
        return (char::from(b), 1);
    }
    let c = text[i..].chars().next().unwrap_or('\u{fffd}');
    (c, c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_and_apostrophes() {
        let lexed = lex("l’Été FÉVRIER 2 000");
        let keys: Vec<_> = lexed.toks.iter().map(|t| t.key(&lexed.keys)).collect();
        assert_eq!(keys, ["l", "'", "ete", "fevrier", "2", "000"]);
        let t = &lexed.toks[2];
        assert_eq!(&"l’Été FÉVRIER 2 000"[t.start..t.end], "Été");
    }
}
