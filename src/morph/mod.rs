//! Word folding and morphology (temporary: Snowball stems only; the lemma table lands next).

use crate::grammar::Lang;

/// Lowercase, accents removed, `’` read as `'`.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            'à' | 'â' | 'ä' | 'á' | 'À' | 'Â' | 'Ä' | 'Á' => out.push('a'),
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => out.push('e'),
            'î' | 'ï' | 'í' | 'Î' | 'Ï' | 'Í' => out.push('i'),
            'ô' | 'ö' | 'ó' | 'Ô' | 'Ö' | 'Ó' => out.push('o'),
            'ù' | 'û' | 'ü' | 'ú' | 'Ù' | 'Û' | 'Ü' | 'Ú' => out.push('u'),
            'ç' | 'Ç' => out.push('c'),
            'ÿ' | 'Ÿ' => out.push('y'),
            'ñ' | 'Ñ' => out.push('n'),
            'œ' | 'Œ' => out.push_str("oe"),
            'æ' | 'Æ' => out.push_str("ae"),
            '’' | '‘' | 'ʼ' => out.push('\''),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

pub fn stem(lang: Lang, folded: &str) -> String {
    use rust_stemmers::{Algorithm, Stemmer};
    let s = Stemmer::create(match lang {
        Lang::Fr => Algorithm::French,
        Lang::En => Algorithm::English,
    });
    s.stem(folded).into_owned()
}

pub fn base(lang: Lang, word: &str) -> String {
    stem(lang, &fold(word))
}

/// The lemma of a folded word, when the table has one.
pub fn lemma(_lang: Lang, _folded: &str) -> Option<&'static str> {
    None
}
