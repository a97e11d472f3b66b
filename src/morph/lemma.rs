//! The lemma tables and the three steps of [`base`]: [`fold`], [`lemma`], [`stem`].
//!
//! The tables are `lemmas/fr.tsv` and `lemmas/en.tsv`, embedded as text: one `form<TAB>lemma`
//! line a form, sorted by the bytes of the form, forms unique, both sides folded and `[a-z]+`.
//! [`lemma`] binary-searches that text where it lies, so nothing is parsed or built at startup
//! or on first use. `lemmas/generate.py` writes them (see `lemmas/README.md`).

use std::cmp::Ordering;

use rust_stemmers::{Algorithm, Stemmer};

use crate::grammar::Lang;
use crate::grammar::lexer::{fold_char, fold_punct};

const FR: &str = include_str!("lemmas/fr.tsv");
const EN: &str = include_str!("lemmas/en.tsv");
/// Past participles of irregular French verbs that the generated table leaves out ("pris",
/// "repris", "tenu", "atteint"…), written by hand: see `lemmas/README.md`.
const FR_PARTICIPLES: &str = include_str!("lemmas/fr-participles.tsv");

fn table(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => FR,
        Lang::En => EN,
    }
}

/// Folds a word the way the lexer folds its keys: lowercase, accents removed ("É" → "e",
/// "ç" → "c"), ligatures spelled out ("œ" → "oe", "æ" → "ae"), the apostrophes ’ ‘ ʼ ´ and
/// the backtick read as `'` (and the dashes as `-`, curly quotes and guillemets as `"`). A
/// character with no such reading is lowercased and kept: `fold("Øre")` is `"øre"`.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if let Some(f) = fold_char(c) {
            out.push_str(f);
        } else if let Some(b) = fold_punct(c) {
            out.push(char::from(b));
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// The lemma of a folded word, where Snowball alone would not find it: `lemma(Fr, "fuyaient")`
/// is `Some("fuir")`; `None` for a word not in the table (a lemma itself, a form that Snowball
/// already stems like its lemma, or an unknown word). In French the hand-written participles
/// come first: where the generated table sends a plural participle to its adjective ("tenus"
/// to "tenu", "battus" to "battu") while the singular and the feminine go to the verb, the
/// verb is what "des séparatistes les ont tenus" and "ils se sont battus" mean.
pub fn lemma(lang: Lang, folded: &str) -> Option<&'static str> {
    match lang {
        Lang::Fr => search(FR_PARTICIPLES, folded).or_else(|| search(FR, folded)),
        Lang::En => search(table(lang), folded),
    }
}

/// Binary search over the lines of `text` (sorted by form, each ending in `\n`), by bytes.
fn search(text: &'static str, key: &str) -> Option<&'static str> {
    let bytes = text.as_bytes();
    // `lo` and `hi` are always at the start of a line (or the end of the text).
    let (mut lo, mut hi) = (0, bytes.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = bytes[lo..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(lo, |i| lo + i + 1);
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |i| start + i);
        let (form, lemma) = text[start..end].split_once('\t')?;
        match form.as_bytes().cmp(key.as_bytes()) {
            Ordering::Equal => return Some(lemma),
            Ordering::Less => lo = end + 1,
            Ordering::Greater => hi = start,
        }
    }
    None
}

/// The Snowball stem (rust-stemmers' French or English algorithm) of a folded word.
pub fn stem(lang: Lang, folded: &str) -> String {
    let algorithm = match lang {
        Lang::Fr => Algorithm::French,
        Lang::En => Algorithm::English,
    };
    Stemmer::create(algorithm).stem(folded).into_owned()
}

/// What a word is compared by: its fold, then its lemma if the table has one, then the stem of
/// that. `base(Fr, "fuyaient") == base(Fr, "fuir")`, `base(En, "fled") == base(En, "flee")`.
pub fn base(lang: Lang, word: &str) -> String {
    let folded = fold(word);
    let word = lemma(lang, &folded).unwrap_or(&folded);
    stem(lang, word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(lang: Lang) -> Vec<(&'static str, &'static str)> {
        let text = table(lang);
        assert!(
            text.ends_with('\n'),
            "{lang:?}: the last line ends in a newline"
        );
        text.lines()
            .map(|l| l.split_once('\t').expect("form<TAB>lemma"))
            .collect()
    }

    /// What the binary search relies on, and what the generator promises.
    #[test]
    fn tables_are_sorted_folded_and_final() {
        for lang in [Lang::Fr, Lang::En] {
            let rows = lines(lang);
            assert!(rows.len() > 1000, "{lang:?}: {} rows", rows.len());
            for pair in rows.windows(2) {
                assert!(
                    pair[0].0.as_bytes() < pair[1].0.as_bytes(),
                    "{lang:?}: {pair:?}"
                );
            }
            let word = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase());
            for &(form, lemma) in &rows {
                assert!(word(form) && word(lemma), "{lang:?}: {form:?} {lemma:?}");
                assert_eq!(fold(form), form);
                assert_ne!(form, lemma);
                assert_ne!(
                    stem(lang, form),
                    stem(lang, lemma),
                    "{lang:?}: {form} {lemma}"
                );
                // No lemma is a form: words that share a lemma share a base.
                assert_eq!(search(table(lang), lemma), None, "{lang:?}: {form} {lemma}");
            }
        }
    }

    #[test]
    fn every_form_is_found() {
        for lang in [Lang::Fr, Lang::En] {
            for (form, lemma) in lines(lang) {
                assert_eq!(search(table(lang), form), Some(lemma));
            }
        }
    }

    #[test]
    fn search_misses() {
        const T: &str = "b\t1\nd\t2\nf\t3\n";
        for key in ["", "a", "c", "e", "g", "bb", "d\t2"] {
            assert_eq!(search(T, key), None, "{key:?}");
        }
        assert_eq!(search(T, "d"), Some("2"));
        assert_eq!(search("", "a"), None);
        assert_eq!(search("a\tb\n", "a"), Some("b"));
    }

    #[test]
    fn folds_like_the_lexer() {
        assert_eq!(fold("Fuyaient"), "fuyaient");
        assert_eq!(fold("DÉPLOYÉES"), "deployees");
        assert_eq!(fold("cèdera"), "cedera");
        assert_eq!(fold("Œuvre"), "oeuvre");
        assert_eq!(fold("ça"), "ca");
        assert_eq!(fold("aujourd’hui"), "aujourd'hui");
        assert_eq!(fold("l`an"), "l'an");
        assert_eq!(fold("Øre"), "øre");
        let text = "Ils FUYAIENT, déployés après l’Été";
        let lexed = crate::grammar::lexer::lex(text);
        for t in lexed.toks.iter().filter(|t| t.is_word()) {
            assert_eq!(fold(&text[t.start..t.end]), t.key(&lexed.keys));
        }
    }

    /// Stems that snowballstemmer 2.2.0 gives, which the generator uses (see lemmas/README.md):
    /// rust-stemmers must still agree with it. "albanaise", "added" and "anthropologist" stem
    /// otherwise in Snowball 3 (snowballstemmer 3.x).
    #[test]
    fn stems_are_the_generators() {
        let fr = [
            ("albanaise", "albanais"),
            ("fuyaient", "fui"),
            ("fuir", "fuir"),
            ("deployees", "deploye"),
            ("cedera", "ced"),
            ("vivant", "viv"),
            ("vivre", "vivr"),
        ];
        let en = [
            ("added", "ad"),
            ("anthropologist", "anthropologist"),
            ("fleeing", "flee"),
            ("left", "left"),
            ("leave", "leav"),
        ];
        for (lang, cases) in [(Lang::Fr, &fr[..]), (Lang::En, &en[..])] {
            for &(word, want) in cases {
                assert_eq!(stem(lang, word), want, "{lang:?} {word}");
            }
        }
    }
}
