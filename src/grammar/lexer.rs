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

#[derive(Clone, Copy)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    key_len: u8,
    key: [u8; KEY_LEN],
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:?}({}..{} {:?})",
            self.kind,
            self.start,
            self.end,
            self.key()
        )
    }
}

impl Token {
    /// The folded form: lowercase ASCII letters for words, the digits for digit runs, the
    /// character itself (apostrophes and dashes unified) for punctuation. Empty when too long.
    pub fn key(&self) -> &str {
        // The key only ever holds ASCII bytes.
        std::str::from_utf8(&self.key[..usize::from(self.key_len)]).unwrap_or("")
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }

    pub fn is_digits(&self) -> bool {
        self.kind == TokKind::Digits
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct && self.key_len == 1 && self.key[0] == c as u8
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }
}

/// Folds one character to lowercase ASCII, or `None` for a letter with no ASCII reading.
fn fold_char(c: char) -> Option<&'static str> {
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

/// The tokens of `text`, in order. White space only separates tokens.
pub fn lex(text: &str) -> Vec<Token> {
    let mut toks = Vec::with_capacity(text.len() / 4);
    let bytes = text.as_bytes();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut tok = Token {
            start,
            end: start + c.len_utf8(),
            kind: TokKind::Punct,
            key_len: 0,
            key: [0; KEY_LEN],
        };
        if c.is_ascii_digit() {
            tok.kind = TokKind::Digits;
            let mut end = start + 1;
            while end < bytes.len() && bytes[end].is_ascii_digit() {
                end += 1;
            }
            while chars.peek().is_some_and(|&(i, _)| i < end) {
                chars.next();
            }
            tok.end = end;
            let n = (end - start).min(KEY_LEN);
            if end - start <= KEY_LEN {
                tok.key[..n].copy_from_slice(&bytes[start..start + n]);
                tok.key_len = n as u8;
            }
        } else if c.is_alphabetic() {
            tok.kind = TokKind::Word;
            let mut len = 0usize;
            let mut fits = true;
            let mut push = |ch: char, len: &mut usize, fits: &mut bool| match fold_char(ch) {
                Some(s) if *len + s.len() <= KEY_LEN => {
                    tok.key[*len..*len + s.len()].copy_from_slice(s.as_bytes());
                    *len += s.len();
                }
                _ => *fits = false,
            };
            push(c, &mut len, &mut fits);
            while let Some(&(i, ch)) = chars.peek() {
                if !ch.is_alphabetic() {
                    break;
                }
                push(ch, &mut len, &mut fits);
                tok.end = i + ch.len_utf8();
                chars.next();
            }
            tok.key_len = if fits { len as u8 } else { 0 };
        } else {
            let k = match c {
                '’' | '‘' | '`' | 'ʼ' | '´' => b'\'',
                '‐' | '‑' | '‒' | '–' | '—' | '−' => b'-',
                '«' | '»' | '“' | '”' => b'"',
                c if c.is_ascii() => c as u8,
                _ => b'?',
            };
            tok.key[0] = k;
            tok.key_len = 1;
        }
        toks.push(tok);
    }
    toks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_and_apostrophes() {
        let t = lex("l’Été FÉVRIER 2 000");
        let keys: Vec<_> = t.iter().map(|t| t.key()).collect();
        assert_eq!(keys, ["l", "'", "ete", "fevrier", "2", "000"]);
        assert_eq!(&"l’Été FÉVRIER 2 000"[t[2].start..t[2].end], "Été");
    }
}
