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

    /// Where the folded key lies in the `keys` of the [`Lexed`] this token comes from.
    #[inline]
    pub fn key_range(&self) -> (usize, usize) {
        let s = self.key_start as usize;
        (s, s + usize::from(self.key_len))
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
    // Only ASCII goes in: the folded letters, digits and punctuation. A token's key is never
    // longer than its bytes (a letter folds to at most as many bytes as it takes, "œ" to
    // "oe"), so the keys fit in as many bytes as the text: each is written at `kl` without a
    // capacity test, and the buffer is cut to `kl` at the end.
    let mut keys: Vec<u8> = vec![0; text.len()];
    let mut kl = 0;
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut start = 0;
    while start < n {
        let b = bytes[start];
        let class = CLASS[usize::from(b)];
        // ASCII white space, the common case, without decoding a character.
        if class == SPACE {
            start += 1;
            continue;
        }
        let key_start = kl;
        let mut tok = Token {
            start,
            end: start + 1,
            kind: TokKind::Punct,
            key_start: u32::try_from(key_start).unwrap_or(u32::MAX),
            key_len: 0,
            punct: 0,
        };
        if class == DIGIT {
            tok.kind = TokKind::Digits;
            let mut end = start;
            while end < n && CLASS[usize::from(bytes[end])] == DIGIT {
                keys[kl] = bytes[end];
                kl += 1;
                end += 1;
            }
            tok.end = end;
            if kl - key_start > KEY_LEN {
                kl = key_start;
            }
        } else if class == LETTER || !b.is_ascii() {
            let (c, len) = char_at(text, start);
            if class != LETTER && c.is_whitespace() {
                start += len;
                continue;
            }
            if class == LETTER || c.is_alphabetic() {
                tok.kind = TokKind::Word;
                // A letter with no ASCII reading keeps the token but empties its key.
                let mut fits = true;
                let mut end = start;
                loop {
                    // A run of ASCII letters: each folds to itself in lowercase.
                    while end < n && CLASS[usize::from(bytes[end])] == LETTER {
                        keys[kl] = bytes[end].to_ascii_lowercase();
                        kl += 1;
                        end += 1;
                    }
                    if end >= n || bytes[end].is_ascii() {
                        // Any other ASCII character ends the word.
                        break;
                    }
                    let (ch, l) = char_at(text, end);
                    // A letter that folds is a letter; any other must say so.
                    match fold_char(ch) {
                        Some(f) => {
                            for &k in f.as_bytes() {
                                keys[kl] = k;
                                kl += 1;
                            }
                        }
                        None if ch.is_alphabetic() => fits = false,
                        None => break,
                    }
                    end += l;
                }
                tok.end = end;
                if !fits || kl - key_start > KEY_LEN {
                    kl = key_start;
                }
            } else {
                let k = fold_punct(c).unwrap_or(b'?');
                keys[kl] = k;
                kl += 1;
                tok.punct = k;
                tok.end = start + len;
            }
        } else {
            // ASCII punctuation.
            keys[kl] = b;
            kl += 1;
            tok.punct = b;
        }
        tok.key_len = (kl - key_start) as u8;
        toks.push(tok);
        start = tok.end;
    }
    keys.truncate(kl);
    // Every byte written is ASCII.
    let keys = String::from_utf8(keys).unwrap_or_default();
    Lexed { toks, keys }
}

/// The byte classes of the lexer's fast paths: ASCII letters, digits and white space (what
/// `u8::is_ascii_alphabetic`, `is_ascii_digit` and the white space of `lex` accept); 0 for
/// any other byte.
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
const SPACE: u8 = 3;
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphabetic() {
            LETTER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if matches!(c, b' ' | b'\t'..=b'\r') {
            SPACE
        } else {
            0
        };
        b += 1;
    }
    t
};

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

    /// The edges of the keys: ligatures fold to two letters, a word longer than the longest
    /// key and a digit run longer than it keep their token with an empty key, a letter with
    /// no ASCII reading empties its word's key, non-ASCII white space separates, and other
    /// characters are one token each.
    #[test]
    fn keys_at_their_edges() {
        let long = "a".repeat(KEY_LEN + 1);
        let digits = "1".repeat(KEY_LEN + 1);
        let exact = "b".repeat(KEY_LEN);
        let text = format!("Œuvre {long} {exact}\u{a0}{digits} «x» Straße ½ 42é");
        let lexed = lex(&text);
        let got: Vec<_> = lexed
            .toks
            .iter()
            .map(|t| (&text[t.start..t.end], t.kind, t.key(&lexed.keys)))
            .collect();
        use TokKind::*;
        let want = vec![
            ("Œuvre", Word, "oeuvre"),
            (long.as_str(), Word, ""),
            (exact.as_str(), Word, exact.as_str()),
            (digits.as_str(), Digits, ""),
            ("«", Punct, "\""),
            ("x", Word, "x"),
            ("»", Punct, "\""),
            ("Straße", Word, ""),
            ("½", Punct, "?"),
            ("42", Digits, "42"),
            ("é", Word, "e"),
        ];
        assert_eq!(got, want);
    }
}
