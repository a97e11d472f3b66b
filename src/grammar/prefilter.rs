//! Where a reading can start: the first pass of [`super::scan`], so that the grammars are tried
//! only at the few tokens that can begin a date, a duration or a number, not at every word.
//!
//! Every value the grammars read holds a *trigger*: a digit run, or a word of their closed
//! lists (a month, a weekday, a season, a unit, a number word, "hier", "veille", "dernier"…),
//! possibly with an ordinal or plural ending ("troisièmes", "milliers", "semaines"). A reading
//! starts at the trigger or at most [`LEAD`] tokens before it, on a word the grammars name
//! ("il y a trois ans", "environ 100 000", "les trois derniers mois"). So a token is tried when
//! it is a trigger, when a trigger follows it ("XXe siècle"), when it is a word the grammars
//! name and a trigger follows within [`LEAD`] tokens, through such words and signs only ("l'an
//! dernier"), or after a run of such words only ("il y a près de trois ans"), or when it is one
//! edit from a month name and a digit run follows within two tokens (a misspelled month before
//! its day, "Mya 8, 2024"). Everywhere else every grammar would give up, and the scan moves on.
//!
//! The word lists are not copied here: they are the string literals of the grammar sources
//! themselves (`include_str!`, comments left out), read once. A word added to a grammar is a trigger (or a lead)
//! at once; a grammar file added to `src/grammar/` must be listed below (a test checks it).
//! `tests/grammar_prefilter.rs` checks that the filtered scan gives exactly the mentions of
//! [`super::scan_unfiltered`] on the bundled corpus, the grammar fixtures and generated text.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use super::lexer::{Token, fold_char};

/// How many tokens before its trigger a reading may start.
pub const LEAD: usize = 4;

pub(crate) use super::word_table::WordHasher;
use super::word_table::WordTable;

type WordSet = HashSet<&'static str, BuildHasherDefault<WordHasher>>;

/// What a word is to the first pass, in one lookup: bit [`TRIGGER`], bit [`IS_LEAD`].
type WordFlags = HashMap<&'static str, u16, BuildHasherDefault<WordHasher>>;

const TRIGGER: u16 = 1;
const IS_LEAD: u16 = 2;
/// A lead word of [`NO_START`].
const NEVER_STARTS: u16 = 256;
use super::word_class::CLASSES;
pub(crate) use super::word_class::{
    DAY_WORD, FR_DATE_WORD, MONTH_LIKE, NUM_WORD, SEQUENCE, SPELLED,
};

/// The grammars that read values: their words are triggers (but for [`FUNCTION_WORDS`]).
const VALUE_SOURCES: &[&str] = &[
    include_str!("mod.rs"),
    include_str!("time_of_day.rs"),
    include_str!("lexicon.rs"),
    include_str!("number.rs"),
    include_str!("number/spelled.rs"),
    include_str!("number/fraction.rs"),
    include_str!("number/quantity.rs"),
    include_str!("number/roman.rs"),
    include_str!("duration.rs"),
    include_str!("collective.rs"),
    include_str!("combined.rs"),
    include_str!("magnitude.rs"),
    include_str!("sign.rs"),
    include_str!("thousands.rs"),
    include_str!("date/mod.rs"),
    include_str!("date/absolute.rs"),
    include_str!("date/compound_offset.rs"),
    include_str!("date/day_alone.rs"),
    include_str!("date/day_part.rs"),
    include_str!("date/day_relative.rs"),
    include_str!("date/during.rs"),
    include_str!("date/english.rs"),
    include_str!("date/holiday.rs"),
    include_str!("date/interval.rs"),
    include_str!("date/month_day.rs"),
    include_str!("date/numeric_month.rs"),
    include_str!("date/ordinal_part.rs"),
    include_str!("date/parts.rs"),
    include_str!("date/period.rs"),
    include_str!("date/period_order.rs"),
    include_str!("date/previous_date.rs"),
    include_str!("date/quarter.rs"),
    include_str!("date/range.rs"),
    include_str!("date/relative.rs"),
    include_str!("date/relative_year.rs"),
    include_str!("date/resolve.rs"),
    include_str!("date/this_day.rs"),
    include_str!("date/this_month.rs"),
    include_str!("date/weekday.rs"),
    include_str!("date/weekday_month.rs"),
    include_str!("date/weekday_shift.rs"),
    include_str!("date/weekday_year.rs"),
];

/// The grammars that qualify a value already found (its tense, its clause, an age, a part
/// and its whole, a narrated passage's year): their words only lead to a trigger.
const CONTEXT_SOURCES: &[&str] = &[
    include_str!("age.rs"),
    include_str!("date/to_the_day.rs"),
    include_str!("tense.rs"),
    include_str!("clause.rs"),
    include_str!("since.rs"),
    include_str!("checks.rs"),
    include_str!("number/factor.rs"),
    include_str!("number/one.rs"),
    include_str!("number/postcode.rs"),
    include_str!("number/range.rs"),
    include_str!("duration/range.rs"),
    include_str!("duration/shorthand.rs"),
    include_str!("date/narrated.rs"),
];

/// The file names of both lists, for the test that keeps them complete.
pub const LISTED: &[&str] = &[
    "mod.rs",
    "time_of_day.rs",
    "lexicon.rs",
    "number.rs",
    "number/spelled.rs",
    "number/fraction.rs",
    "number/quantity.rs",
    "number/roman.rs",
    "duration.rs",
    "collective.rs",
    "combined.rs",
    "magnitude.rs",
    "sign.rs",
    "thousands.rs",
    "date/mod.rs",
    "date/absolute.rs",
    "date/compound_offset.rs",
    "date/day_alone.rs",
    "date/day_part.rs",
    "date/day_relative.rs",
    "date/during.rs",
    "date/english.rs",
    "date/holiday.rs",
    "date/interval.rs",
    "date/month_day.rs",
    "date/numeric_month.rs",
    "date/ordinal_part.rs",
    "date/parts.rs",
    "date/period.rs",
    "date/period_order.rs",
    "date/previous_date.rs",
    "date/quarter.rs",
    "date/range.rs",
    "date/relative.rs",
    "date/relative_year.rs",
    "date/resolve.rs",
    "date/this_day.rs",
    "date/this_month.rs",
    "date/weekday.rs",
    "date/weekday_month.rs",
    "date/weekday_shift.rs",
    "date/weekday_year.rs",
    "date/to_the_day.rs",
    "age.rs",
    "tense.rs",
    "date/narrated.rs",
    "clause.rs",
    "since.rs",
    "checks.rs",
    "number/factor.rs",
    "number/one.rs",
    "number/postcode.rs",
    "number/range.rs",
    "duration/range.rs",
    "duration/shorthand.rs",
    // Not grammars: the token stream, the trace, the explanation and this file; and which
    // language's grammars read a line (`other_lang.rs`, whose words are no reading's), and
    // a date's extent for `scan` (`extent.rs`: the article before a reading, none of its own).
    "other_lang.rs",
    "extent.rs",
    "lexer.rs",
    "trace.rs",
    "memo.rs",
    "word_table.rs",
    "derive.rs",
    "prefilter.rs",
    "word_class.rs",
];

/// Words the value grammars name that carry no value by themselves (articles, prepositions,
/// modifiers): they lead to a trigger but are none. Only frequent words matter here; a
/// value-bearing word listed by mistake would make the equality test fail.
const FUNCTION_WORDS: &[&str] = &[
    "a", "au", "aux", "apres", "avant", "avec", "ce", "ces", "cet", "cette", "d", "dans", "de",
    "des", "du", "en", "entre", "environ", "est", "et", "il", "jusqu", "l", "la", "le", "les",
    "moins", "ou", "par", "plus", "pour", "pres", "qu", "que", "qui", "s", "se", "sur", "vers",
    "y", "the", "of", "in", "on", "at", "to", "and", "by", "for", "from", "since", "about", "over",
    "than", "is", "was", "were", "has", "had", "have", "it", "its", "this", "that",
    // the possessives before "week-end", read from "week" (`period::week_end`)
    "mon", "ton", "son", "notre", "votre", "leur",
    // the endings of an imperfect or a conditional, which `period::one_weekend` tests
    "ait", "ais", "aient",
];

/// Frequent words the value grammars name only around a value, or inside one only beside
/// another trigger: the words that may follow a day ("le 3 où ils…"), the tense markers and
/// the words between an auxiliary and its participle, the nouns shaped like verbs, words of
/// messages, the articles "un"/"une" (a number only with a unit or a scale word next to it),
/// the currencies after an amount and the words that rule out a reading ("prévu", "cours"). Like
/// [`FUNCTION_WORDS`] they lead to a trigger but are none, so that a pronoun, a possessive or an
/// auxiliary does not start the grammars at every sentence; a word listed here by mistake would
/// make the equality test fail. Sorted.
const CONTEXT_WORDS: &[&str] = &[
    "adjoint",
    "ainsi",
    "alors",
    "apres",
    "atteint",
    "aucun",
    "aussi",
    "autre",
    "autres",
    "avons",
    "bien",
    "car",
    "chaque",
    "chez",
    "comme",
    "contre",
    "cours",
    "date",
    "deja",
    "dollars",
    "donc",
    "dont",
    "dure",
    "durer",
    "e",
    "ecole",
    "egalement",
    "elle",
    "elles",
    "encore",
    "enfin",
    "entiers",
    "er",
    "etait",
    "euro",
    "euros",
    "extrait",
    "finalement",
    "fr",
    "front",
    "fut",
    "grand",
    "grande",
    "h",
    "ils",
    "is",
    "jamais",
    "je",
    "jeux",
    "leur",
    "leurs",
    "longue",
    "lors",
    "lorsque",
    "m",
    "ma",
    "mais",
    "meme",
    "mes",
    "mis",
    "moment",
    "mon",
    "n",
    "ne",
    "nos",
    "notre",
    "nous",
    "nouveau",
    "nouvelle",
    "on",
    "ont",
    "or",
    "partir",
    "pas",
    "petit",
    "petite",
    "peu",
    "place",
    "plusieurs",
    "pont",
    "portrait",
    "precedent",
    "precedente",
    "prevu",
    "programme",
    "puis",
    "puisque",
    "quand",
    "quelque",
    "quelques",
    "retrait",
    "rien",
    "rue",
    "sa",
    "sans",
    "selon",
    "serait",
    "ses",
    "seulement",
    "si",
    "soit",
    "son",
    "sont",
    "sous",
    "suite",
    "t",
    "toujours",
    "tous",
    "tout",
    "toute",
    "toutes",
    "trait",
    "un",
    "under",
    "une",
    "vos",
    "votre",
    "vous",
    "with",
];

/// Frequent lead words at which no grammar starts a reading: the prepositions and
/// conjunctions before a value ("de", "en", "du", "sur" in "plus de 30", "en 2020", "du 12 au
/// 14 mai"; each grammar starts at the value, or at a qualifier or article before it) and
/// the words of the generated corpus's filler that lead to a value but open none. [`tried`]
/// does not try them, though they still join a lead to its trigger ("plus de 30" is tried at
/// "plus"). A word listed here that starts a reading (a qualifier, an article a reading
/// takes, "d" of "d'ici") makes `tests/grammar_prefilter.rs` fail on the sentences of that
/// reading's tests: a new form that starts at one of these words must take it off the list.
const NO_START: &[&str] = &[
    "de", "du", "en", "et", "ou", "sur", "pour", "avec", "contre", "par", "l", "e", "que", "qui",
    "date", "longue", "cours", "fois", "prevu", "atteint", "doivent", "durer",
];

struct Words {
    /// The trigger words themselves, for the tests (the table below also holds their endings).
    #[cfg_attr(not(test), allow(dead_code))]
    triggers: WordSet,
    /// Both sets in one table, for [`tried`]'s one lookup per word.
    #[cfg_attr(not(test), allow(dead_code))]
    flags: WordFlags,
    /// The same flags and the word classes, for the scan's lookup.
    table: WordTable,
}

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let mut triggers = WordSet::default();
    let mut leads = WordSet::default();
    for src in VALUE_SOURCES {
        for w in literal_words(src) {
            leads.insert(w);
            if !FUNCTION_WORDS.contains(&w) && !CONTEXT_WORDS.contains(&w) {
                triggers.insert(w);
            }
        }
    }
    for src in CONTEXT_SOURCES {
        leads.extend(literal_words(src));
    }
    let mut flags = WordFlags::default();
    for &w in &leads {
        *flags.entry(w).or_default() |= IS_LEAD;
    }
    // Only on words the table holds: a word outside it keeps its flags at 0.
    for w in NO_START {
        if let Some(f) = flags.get_mut(w) {
            *f |= NEVER_STARTS;
        }
    }
    for &w in &triggers {
        *flags.entry(w).or_default() |= TRIGGER;
        // The endings the grammars strip: a plural, an ordinal ("troisièmes", "milliers").
        // A word listed as no trigger is none by its ending either ("mais", "nos", "apres").
        for end in ["s", "x", "es", "ieme", "iemes"] {
            let inflected = format!("{w}{end}");
            let listed = |list: &[&str]| list.contains(&inflected.as_str());
            if !listed(FUNCTION_WORDS) && !listed(CONTEXT_WORDS) {
                let inflected: &'static str = Box::leak(inflected.into_boxed_str());
                *flags.entry(inflected).or_default() |= TRIGGER;
            }
        }
    }
    let mut with_classes = flags.clone();
    for &(class, words) in CLASSES {
        for &w in words {
            *with_classes.entry(w).or_default() |= class;
        }
    }
    // The classes derived from the grammars' own functions (see `word_class::NUM_WORD`).
    for (w, f) in with_classes.iter_mut() {
        if super::word_class::is_num_word(w) {
            *f |= NUM_WORD;
        }
        if super::word_class::is_spelled_start(w) {
            *f |= SPELLED;
        }
        if super::word_class::is_month_like(w) {
            *f |= MONTH_LIKE;
        }
    }
    let table = WordTable::new(&with_classes);
    Words {
        triggers,
        flags,
        table,
    }
});

/// The folded words of the string literals of a Rust source: `"la veille"` gives "la" and
/// "veille". Words with accents or capitals are folded as the lexer folds keys.
fn literal_words(src: &'static str) -> Vec<&'static str> {
    let mut out = Vec::new();
    let bytes = src.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // A comment runs to the end of its line: its examples are no grammar's words.
        if bytes[i] == b'/' && bytes.get(i + 1) == Some(&b'/') {
            while i < bytes.len() && bytes[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        if bytes[i] != b'"' || (i > 0 && bytes[i - 1] == b'\'') {
            i += 1;
            continue;
        }
        // A string literal: up to the next unescaped quote.
        let start = i + 1;
        let mut j = start;
        while j < bytes.len() && bytes[j] != b'"' {
            j += if bytes[j] == b'\\' { 2 } else { 1 };
        }
        let lit = src.get(start..j.min(bytes.len())).unwrap_or("");
        for w in lit.split(|c: char| !c.is_ascii_alphabetic()) {
            if !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()) {
                out.push(w);
            }
        }
        // Words with accents or capitals fold to keys that no literal spells: fold them.
        for w in lit.split(|c: char| !c.is_alphabetic()) {
            if !w.is_empty() && !w.bytes().all(|b| b.is_ascii_lowercase()) {
                let folded: Option<String> = w.chars().map(fold_char).collect();
                if let Some(f) = folded {
                    out.push(Box::leak(f.into_boxed_str()));
                }
            }
        }
        i = j + 1;
    }
    out
}

/// Whether a folded word is a trigger, allowing the endings the grammars strip: a plural
/// `s` or `x`, an ordinal `ième(s)`.
#[cfg(test)]
fn is_trigger_word(w: &str) -> bool {
    if w.is_empty() {
        return false;
    }
    let flagged = WORDS.flags.get(w).is_some_and(|f| f & TRIGGER != 0);
    assert_eq!(
        flagged,
        WORDS.triggers.contains(w) || is_trigger_ending(w),
        "{w}: the table of the first pass and the trigger list disagree"
    );
    flagged
}

/// Whether `w` is a trigger with a plural or ordinal ending (see [`is_trigger_word`]); the
/// table of [`tried`] holds these forms.
#[cfg(test)]
fn is_trigger_ending(w: &str) -> bool {
    let t = &WORDS.triggers;
    let last = w.as_bytes().last().copied().unwrap_or(0);
    if FUNCTION_WORDS.contains(&w) || CONTEXT_WORDS.contains(&w) {
        return false;
    }
    if last != b's' && last != b'x' && last != b'e' {
        return false;
    }
    w.strip_suffix(['s', 'x']).is_some_and(|s| t.contains(s))
        || w.strip_suffix("iemes")
            .or_else(|| w.strip_suffix("ieme"))
            .is_some_and(|s| t.contains(s))
        || w.strip_suffix("es").is_some_and(|s| t.contains(s))
}

/// Whether a folded word is one edit from a month name of either language, as the date
/// grammar reads a misspelled month before its day ("Mya 8, 2024").
fn month_like(w: &str) -> bool {
    w.len() >= 3 && super::word_class::near_month(w) != 0
}

/// The words of the first pass's table, for the tests of other tables.
#[cfg(test)]
pub(super) fn table_words() -> impl Iterator<Item = &'static str> {
    WORDS.flags.keys().copied()
}

/// A sign that is a number by itself: "½", "⅙", "²" (any character Unicode calls numeric).
fn numeric_sign(t: &Token, text: &str) -> bool {
    text[t.start..t.end]
        .chars()
        .next()
        .is_some_and(|c| !c.is_ascii() && c.is_numeric())
}

/// Per token: bit `TRIGGER`, bit `IS_LEAD` (what [`tried`] reads) and the word classes
/// (`DAY_WORD`, `SEQUENCE`, `NUM_WORD`…), one table lookup per word.
pub fn flags(text: &str, toks: &[Token], keys: &str) -> Vec<u16> {
    let table = &WORDS.table;
    toks.iter()
        .map(|t| {
            if t.is_digits() {
                TRIGGER
            } else if t.is_word() {
                let (start, end) = t.key_range();
                table.get_in(keys, start, end)
            } else if t.kind == super::lexer::TokKind::Punct && numeric_sign(t, text) {
                TRIGGER
            } else {
                0
            }
        })
        .collect()
}

/// For each token, whether the grammars are tried there (see the module doc); `flags` are
/// the tokens' [`flags`].
pub fn tried(toks: &[Token], keys: &str, flags: &[u16]) -> Vec<bool> {
    let mut out = vec![false; toks.len()];
    // The nearest trigger and digit run at or after each token, walking backwards.
    let mut next_trigger = usize::MAX;
    let mut next_digits = usize::MAX;
    // Whether the token after this one is a trigger, or a lead word that is tried.
    let mut chain = false;
    // Whether every token between this one and the next trigger is a lead word or a sign: a
    // reading that starts at a lead reaches its trigger through words the grammars name.
    let mut named_gap = true;
    for i in (0..toks.len()).rev() {
        let here = flags[i] & TRIGGER != 0;
        let lead = toks[i].is_word() && flags[i] & IS_LEAD != 0;
        let tried_here = here
            || (next_digits != usize::MAX
                && next_digits - i <= 2
                && toks[i].is_word()
                // A word of the table is month-like by its class (a month name is a trigger
                // anyway); only a word outside it is looked up.
                && if flags[i] == 0 {
                    month_like(toks[i].key(keys))
                } else {
                    flags[i] & MONTH_LIKE != 0
                })
            || next_trigger == i + 1
            || (lead
                && (chain
                    || (named_gap && next_trigger != usize::MAX && next_trigger - i <= LEAD)));
        // A word of `NO_START` is not tried itself, but still leads: the words before it are
        // tried as if it were.
        out[i] = tried_here && (here || flags[i] & NEVER_STARTS == 0);
        chain = here || (lead && tried_here);
        if here {
            next_trigger = i;
            named_gap = true;
        } else {
            named_gap &= lead || toks[i].kind == super::lexer::TokKind::Punct;
        }
        if toks[i].is_digits() {
            next_digits = i;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_grammar_file_is_listed() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/grammar");
        let mut files = Vec::new();
        for dir in [root.clone(), root.join("date"), root.join("number")] {
            for e in std::fs::read_dir(&dir).expect("src/grammar") {
                let p = e.expect("an entry").path();
                if p.extension().is_some_and(|x| x == "rs") {
                    let rel = p.strip_prefix(&root).expect("below src/grammar");
                    files.push(rel.to_string_lossy().replace('\\', "/"));
                }
            }
        }
        for f in files {
            assert!(
                LISTED.contains(&f.as_str()),
                "src/grammar/{f} is not listed in prefilter.rs: add it to VALUE_SOURCES or CONTEXT_SOURCES"
            );
        }
    }

    /// `edit_distance_is_one` as it was written first (slices compared whole), to hold the
    /// faster one to it.
    fn edit_distance_reference(a: &str, b: &str) -> bool {
        let (a, b) = (a.as_bytes(), b.as_bytes());
        if a == b || a.len().abs_diff(b.len()) > 1 {
            return false;
        }
        if a.len() == b.len() {
            let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
            if p + 1 < a.len() && a[p] == b[p + 1] && a[p + 1] == b[p] && a[p + 2..] == b[p + 2..] {
                return true;
            }
        }
        let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
        let p = short.iter().zip(long).take_while(|(x, y)| x == y).count();
        if short.len() == long.len() {
            short[p + 1..] == long[p + 1..]
        } else {
            short[p..] == long[p + 1..]
        }
    }

    #[test]
    fn edit_distance_agrees_with_its_reference() {
        use super::super::date::parts::edit_distance_is_one;
        use super::super::lexicon::{EN_MONTHS, FR_MONTHS};
        // Every month name, every word one edit (over a few letters) from one, and words of
        // the grammars: each against each month name, both ways round.
        let mut words: Vec<String> = Vec::new();
        for name in FR_MONTHS.iter().chain(EN_MONTHS.iter()) {
            let b = name.as_bytes();
            words.push(name.to_string());
            for k in 0..=b.len() {
                for c in [b'a', b'e', b'm', b'r', b'z'] {
                    let mut ins = b.to_vec();
                    ins.insert(k, c);
                    words.push(String::from_utf8(ins).unwrap_or_default());
                    if k < b.len() {
                        let mut sub = b.to_vec();
                        sub[k] = c;
                        words.push(String::from_utf8(sub).unwrap_or_default());
                    }
                }
                if k < b.len() {
                    let mut del = b.to_vec();
                    del.remove(k);
                    words.push(String::from_utf8(del).unwrap_or_default());
                }
                if k + 1 < b.len() {
                    let mut swap = b.to_vec();
                    swap.swap(k, k + 1);
                    words.push(String::from_utf8(swap).unwrap_or_default());
                }
            }
        }
        words.extend(WORDS.flags.keys().map(|w| w.to_string()));
        words.extend(["", "a", "ma", "am", "mia", "aim"].map(String::from));
        let mut hits = 0;
        for w in &words {
            for name in FR_MONTHS.iter().chain(EN_MONTHS.iter()) {
                for (x, y) in [(w.as_str(), *name), (*name, w.as_str())] {
                    let want = edit_distance_reference(x, y);
                    assert_eq!(edit_distance_is_one(x, y), want, "{x} / {y}");
                    hits += usize::from(want);
                }
            }
        }
        assert!(hits > 1000, "too few words one edit away: {hits}");
    }

    /// Each word of [`NO_START`] is a lead of the table and no trigger (listing another would
    /// do nothing), and before every kind of value the scan reads the same without trying it
    /// as with every token tried.
    #[test]
    fn no_start_words_are_leads_that_start_nothing() {
        use super::super::Lang;
        for w in NO_START {
            let f = WORDS.flags.get(w).copied().unwrap_or(0);
            assert!(f & IS_LEAD != 0 && f & TRIGGER == 0, "{w}: {f}");
            assert!(WORDS.table.get(w) & NEVER_STARTS != 0, "{w}");
        }
        let mut text = String::new();
        for w in NO_START {
            text.push_str(&format!(
                "On compte {w} 30 soldats, plus {w} 12 navires {w} mai 2020 ; {w} trois ans, \
                 {w} l'an dernier, {w} environ 5 % {w} la moitié {w} 2 000 euros {w} hier, \
                 {w} 9 h {w} 17 h 30 {w} XXe siècle {w} deux fois plus.\n"
            ));
        }
        let published = crate::value::Published::parse("2024-05-09");
        for lang in [Lang::Fr, Lang::En] {
            let filtered = super::super::scan(&text, lang, published);
            let every = super::super::scan_unfiltered(&text, lang, published);
            assert!(every.len() > 4 * NO_START.len(), "{} mentions", every.len());
            assert_eq!(format!("{filtered:?}"), format!("{every:?}"));
        }
    }

    #[test]
    fn a_misspelled_month_is_month_like() {
        for w in ["mya", "mail", "fevier", "juim", "septembr"] {
            assert!(month_like(w), "{w} is not month-like");
        }
        for w in ["visiteurs", "le", "soldats", "ma", "avion"] {
            assert!(!month_like(w), "{w} is month-like");
        }
    }

    #[test]
    fn triggers_come_from_the_word_lists() {
        for w in [
            "mai",
            "janvier",
            "lundi",
            "hier",
            "veille",
            "lendemain",
            "an",
            "automne",
            "semaines",
            "troisieme",
            "milliers",
            "vingtaine",
            "dernier",
            "june",
            "week",
        ] {
            assert!(is_trigger_word(w), "{w} is no trigger");
        }
        for w in ["soldats", "le", "de", "president", "bakou"] {
            assert!(!is_trigger_word(w), "{w} is a trigger");
        }
    }
}
