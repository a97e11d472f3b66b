//! The word classes the grammars test a token for with one bit ([`super::Cx::has_class`]):
//! set in the first pass's flags (see [`super::prefilter::flags`]) from the lists below, so
//! that a grammar tests one bit where it would compare strings, and a form is tried only
//! where its first word can start it. Bits 1, 2 and 256 are the first pass's own (a
//! trigger, a lead, a word no reading starts at); a class takes one of the others.

/// "demain", "hier" and the "hui" of "aujourd'hui", the day words a count can be counted from.
pub(crate) const DAY_WORD: u16 = 4;
/// "plus", "auparavant", "après", "avant", "later", "earlier", "after", "before": the words
/// after a unit that make a count a step in a story ("trois jours plus tard", "two weeks
/// later").
pub(crate) const SEQUENCE: u16 = 8;
/// The first words of the French date forms that start with a word other than a month, a
/// weekday or a season (`date::french_words`, but for the centuries): "hier", "ce", "dans",
/// "il", "trimestre"… A word outside it starts none of them.
pub(crate) const FR_DATE_WORD: u16 = 16;

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

/// The words that can start a number in words: those of `lexicon::num_word` in either
/// language ("deux", "vingt", "mille", "one"…). Not listed: derived from the first pass's
/// table (every word of the grammars' string literals, so every word `num_word` names) by
/// asking `num_word` of each, so that a number word added to the lexicon is in the class at
/// once. The entry guard of `number::spelled::words`: a spelled number starts at such a word.
pub(crate) const NUM_WORD: u16 = 32;

/// Whether `w` is of [`NUM_WORD`]: what the first pass's table is asked when it is made.
pub(super) fn is_num_word(w: &str) -> bool {
    use super::lexicon::num_word;
    num_word(super::Lang::Fr, w).is_some() || num_word(super::Lang::En, w).is_some()
}

/// The words that can start a spelled-out ordinal or part (`number::ordinal`, the date
/// grammar's `day_in_words`): the number words of [`NUM_WORD`], "premier" and its forms,
/// "second"/"seconde", every word ending in "ième(s)" and every word naming a part
/// (`lexicon::denominator`: "tiers", "quart", "demi"). Derived from the first pass's table as
/// [`NUM_WORD`] is ([`is_spelled_start`]); sound because every word those readings accept
/// first is a string literal of the grammars (or a literal with the ending "ième(s)" or "s"
/// the table adds), so it is in the table. A word added to `ordinal`'s first test that is
/// neither a number word nor of these shapes must be added to [`is_spelled_start`]:
/// `the_spelled_guard_skips_no_reading` fails otherwise.
pub(crate) const SPELLED: u16 = 64;

/// Whether `w` is of [`SPELLED`]: what the first pass's table is asked when it is made.
pub(super) fn is_spelled_start(w: &str) -> bool {
    use super::lexicon::denominator;
    is_num_word(w)
        || matches!(
            w,
            "premier" | "premiere" | "premiers" | "premieres" | "second" | "seconde"
        )
        || w.ends_with("ieme")
        || w.ends_with("iemes")
        || denominator(super::Lang::Fr, w).is_some()
        || denominator(super::Lang::En, w).is_some()
}

/// The words of the first pass's table that `date::parts::month_at` can read as a month: a
/// month name or abbreviation of either language (`lexicon::month`, whose words are all
/// literals, so all in the table) or a word of three letters or more one edit from a full
/// name ([`near_month`], as `month_at` asks it). A
/// word outside the table can only be a misspelling, which `month_at` reads only next to a
/// day or a year: see [`super::Cx::may_be_month`].
pub(crate) const MONTH_LIKE: u16 = 128;

/// Whether `w` is of [`MONTH_LIKE`]: what the first pass's table is asked when it is made.
pub(super) fn is_month_like(w: &str) -> bool {
    use super::lexicon::month;
    month(super::Lang::Fr, w).is_some()
        || month(super::Lang::En, w).is_some()
        || (w.len() >= 3 && near_month(w) != 0)
}

/// The words of each class above.
pub(super) const CLASSES: &[(u16, &[&str])] = &[
    (DAY_WORD, &["demain", "hier", "hui"]),
    (
        SEQUENCE,
        &[
            "plus",
            "auparavant",
            "apres",
            "avant",
            "later",
            "earlier",
            "after",
            "before",
        ],
    ),
    (FR_DATE_WORD, FR_DATE_WORDS),
];

/// The words of [`FR_DATE_WORD`], each line with the forms it starts.
#[rustfmt::skip]
const FR_DATE_WORDS: &[&str] = &[
    "hier", "demain", "aujourd", "avant", "apres", // `day_word`
    // `this_part`, `week_end`, `this_quarter`, `this_month`, `this_unit`, `this_weekday`,
    // `this_season`
    "ce", "cet", "cette",
    "nuit", // `this_part`: "la nuit dernière"
    "nouvelle", // `new_year`
    "week", "weekend", // `week_end`
    // `quarter`: "T3 2016" (any case here: the form tests the capital), "premier trimestre"
    "t", "s", "q", "h", "premier", "deuxieme", "second", "seconde", "troisieme", "quatrieme",
    "dernier",
    "trimestre", "semestre", // `this_quarter`
    "dans", "d", // `ahead`
    "annees", "decennie", // `decade`
    "annee", "an", "semaine", "mois", // `year_word`, `unit_word`
    "prochain", "prochaine", // `next_unit`
    "il", "voici", "voila", // `ago`
];

/// [`near_month`]'s bit for a word one edit from a French month name.
pub(crate) const NEAR_FR_MONTH: u8 = 1;
/// [`near_month`]'s bit for a word one edit from an English month name.
pub(crate) const NEAR_EN_MONTH: u8 = 2;

/// The longest word one edit from a month name can have ("septembre" plus one letter).
const NEAR_LEN: usize = 10;

type NearTable = HashMap<u64, u8, BuildHasherDefault<super::word_table::WordHasher>>;

/// Every word of lowercase ASCII letters one edit from a month name (a letter deleted,
/// inserted or changed, or two neighbouring letters swapped: what
/// `date::parts::edit_distance_is_one` accepts), packed into a `u64`, with the bits of the
/// languages whose months it is near. About 8 000 words, made once: some 270 KB, held all run
/// (keys of 16 bytes, and room reserved for twice as many, made it a megabyte).
static NEAR_MONTHS: LazyLock<NearTable> = LazyLock::new(|| {
    use super::lexicon::{EN_MONTHS, FR_MONTHS};
    let mut t = NearTable::default();
    // Each variant is built in a buffer on the stack: `len` bytes of `buf`.
    let mut add = |buf: &[u8], bit: u8| *t.entry(pack_near(buf)).or_default() |= bit;
    for (bit, names) in [(NEAR_FR_MONTH, &FR_MONTHS), (NEAR_EN_MONTH, &EN_MONTHS)] {
        for name in names.iter().map(|n| n.as_bytes()) {
            let n = name.len();
            let mut buf = [0u8; NEAR_LEN];
            for k in 0..=n {
                // A letter inserted at `k`.
                buf[..k].copy_from_slice(&name[..k]);
                buf[k + 1..=n].copy_from_slice(&name[k..]);
                for c in b'a'..=b'z' {
                    buf[k] = c;
                    add(&buf[..=n], bit);
                }
                if k == n {
                    break;
                }
                // The letter at `k` changed, deleted, or swapped with the next one.
                buf[..n].copy_from_slice(name);
                for c in (b'a'..=b'z').filter(|&c| c != name[k]) {
                    buf[k] = c;
                    add(&buf[..n], bit);
                }
                buf[..k].copy_from_slice(&name[..k]);
                buf[k..n - 1].copy_from_slice(&name[k + 1..]);
                add(&buf[..n - 1], bit);
                if k + 1 < n && name[k] != name[k + 1] {
                    buf[..n].copy_from_slice(name);
                    buf.swap(k, k + 1);
                    add(&buf[..n], bit);
                }
            }
        }
    }
    t.shrink_to_fit();
    t
});

/// A word of at most [`NEAR_LEN`] lowercase ASCII letters as one integer, five bits a letter
/// (`a` is 1, `z` 26, and the unused high bits zero: two words give the same integer only when
/// they are the same word).
#[inline]
fn pack_near(w: &[u8]) -> u64 {
    let mut v = 0u64;
    for (k, &c) in w.iter().take(NEAR_LEN).enumerate() {
        v |= u64::from(c - b'a' + 1) << (5 * k);
    }
    v
}

/// Which languages' month names `w` is one edit from ([`NEAR_FR_MONTH`], [`NEAR_EN_MONTH`]),
/// as `date::parts::edit_distance_is_one` would find comparing it with each: one table lookup
/// for a folded key (lowercase letters), the comparisons themselves for any other string. The
/// exact check before the misspelt-month loops, which most words fail.
pub(crate) fn near_month(w: &str) -> u8 {
    use super::date::parts::edit_distance_is_one;
    use super::lexicon::{EN_MONTHS, FR_MONTHS};
    let b = w.as_bytes();
    if b.len() > NEAR_LEN || b.is_empty() {
        return 0;
    }
    if b.iter().all(u8::is_ascii_lowercase) {
        return NEAR_MONTHS.get(&pack_near(b)).copied().unwrap_or(0);
    }
    let near = |names: &[&str]| names.iter().any(|n| edit_distance_is_one(w, n));
    (if near(&FR_MONTHS) { NEAR_FR_MONTH } else { 0 })
        | (if near(&EN_MONTHS) { NEAR_EN_MONTH } else { 0 })
}

#[cfg(test)]
mod tests {
    use super::super::Lang;

    /// [`super::near_month`] says what comparing with each month name says, on every word
    /// one edit (over a few letters) from a name, two edits, the names themselves, words of
    /// other shapes and the words of the first pass.
    #[test]
    fn near_month_agrees_with_the_edit_distance() {
        use super::super::date::parts::edit_distance_is_one;
        use super::super::lexicon::{EN_MONTHS, FR_MONTHS};
        use super::{NEAR_EN_MONTH, NEAR_FR_MONTH, near_month};
        let mut words: Vec<String> = Vec::new();
        for name in FR_MONTHS.iter().chain(EN_MONTHS.iter()) {
            let b = name.as_bytes();
            words.push(name.to_string());
            words.push(name.to_uppercase());
            for k in 0..=b.len() {
                for c in [b'a', b'e', b'm', b'r', b'z', b'1', b'-'] {
                    let mut ins = b.to_vec();
                    ins.insert(k, c);
                    words.push(String::from_utf8_lossy(&ins).into_owned());
                    ins.insert(0, b'q');
                    words.push(String::from_utf8_lossy(&ins).into_owned());
                    if k < b.len() {
                        let mut sub = b.to_vec();
                        sub[k] = c;
                        words.push(String::from_utf8_lossy(&sub).into_owned());
                        sub.pop();
                        words.push(String::from_utf8_lossy(&sub).into_owned());
                    }
                }
                if k + 1 < b.len() {
                    let mut swap = b.to_vec();
                    swap.swap(k, k + 1);
                    words.push(String::from_utf8_lossy(&swap).into_owned());
                    swap.remove(k);
                    words.push(String::from_utf8_lossy(&swap).into_owned());
                }
            }
        }
        words.extend(
            [
                "",
                "a",
                "ma",
                "mai",
                "maii",
                "mia",
                "aim",
                "é",
                "maï",
                "septembree",
                "xseptembrex",
            ]
            .map(String::from),
        );
        words.extend(super::super::prefilter::table_words().map(String::from));
        let mut near = 0;
        for w in &words {
            let want = |names: &[&str], bit| {
                if names.iter().any(|n| edit_distance_is_one(w, n)) {
                    bit
                } else {
                    0
                }
            };
            let want = want(&FR_MONTHS, NEAR_FR_MONTH) | want(&EN_MONTHS, NEAR_EN_MONTH);
            assert_eq!(near_month(w), want, "{w:?}");
            near += usize::from(want != 0);
        }
        assert!(near > 2000, "too few words near a month: {near}");
    }

    /// [`super::NUM_WORD`] holds the number words of both languages, with their plurals, and
    /// no other word: what `lexicon::num_word` says of each word of the first pass's table.
    #[test]
    fn number_words_are_of_their_class() {
        use super::super::lexer::lex;
        use super::super::prefilter::{NUM_WORD, flags, table_words};
        let class_of = |text: &str| {
            let lexed = lex(text);
            let f = flags(text, &lexed.toks, &lexed.keys);
            f.iter().map(|f| f & NUM_WORD != 0).collect::<Vec<_>>()
        };
        let numbers = "zéro un une deux six dix onze seize vingt vingts trente soixante septante \
            octante nonante cent cents mille mil million millions milliard milliards \
            one two ten eleven twenty ninety hundred hundreds thousand thousands billion";
        assert!(
            class_of(numbers).iter().all(|&n| n),
            "{:?}",
            class_of(numbers)
        );
        let others =
            "le premier deuxième vingtaine dizaine soldats mois jours ans demi tiers quart";
        assert!(
            class_of(others).iter().all(|&n| !n),
            "{:?}",
            class_of(others)
        );
        for w in table_words() {
            assert_eq!(class_of(w) == [true], super::is_num_word(w), "{w}");
        }
    }

    /// [`super::SPELLED`] and [`super::MONTH_LIKE`] hold the words their functions name, and
    /// each word of the first pass's table has the bit its function gives it.
    #[test]
    fn spelled_and_month_words_are_of_their_classes() {
        use super::super::lexer::lex;
        use super::super::prefilter::{MONTH_LIKE, SPELLED, flags, table_words};
        use super::{is_month_like, is_spelled_start};
        let class_of = |text: &str, class: u16| {
            let lexed = lex(text);
            let f = flags(text, &lexed.toks, &lexed.keys);
            f.iter().map(|f| f & class != 0).collect::<Vec<_>>()
        };
        let spelled = "deux vingt premier premières second seconde troisième cinquièmes \
            vingtième centième millième tiers quart quarts demi demie half third";
        assert!(class_of(spelled, SPELLED).iter().all(|&n| n), "{spelled}");
        let months = "janvier février mars mai août décembre janv fév sept oct déc may june \
            sept september juillet juin";
        assert!(class_of(months, MONTH_LIKE).iter().all(|&n| n), "{months}");
        let neither = "le la soldats jours mois semaine hier dernier";
        let classed = class_of(neither, SPELLED | MONTH_LIKE);
        assert!(classed.iter().all(|&n| !n), "{neither}: {classed:?}");
        for w in table_words() {
            assert_eq!(class_of(w, SPELLED) == [true], is_spelled_start(w), "{w}");
            assert_eq!(class_of(w, MONTH_LIKE) == [true], is_month_like(w), "{w}");
        }
    }

    /// The guards of spelled ordinals and days ([`super::SPELLED`]) and of months
    /// ([`super::MONTH_LIKE`]) skip no reading: every word of the first pass's table, in the
    /// places an ordinal, a spelled day or a month takes, reads the same guarded as not; so
    /// does every misspelt month and ordinal below. A word a grammar starts with that its
    /// class lacks makes this fail.
    #[test]
    fn the_spelled_and_month_guards_skip_no_reading() {
        use crate::value::Published;
        let published = Some(Published {
            year: 2024,
            month: Some(5),
            day: Some(15),
        });
        let mut words: Vec<String> = super::super::prefilter::table_words()
            .map(String::from)
            .collect();
        words.sort();
        words.extend(
            [
                "fevier",
                "mya",
                "mail",
                "janvieer",
                "octobere",
                "juim",
                "septembr",
                "deuxième",
                "dix-huitième",
                "vingt et unième",
                "Mars",
                "Sept",
            ]
            .map(String::from),
        );
        let mut read = 0;
        for chunk in words.chunks(40) {
            let mut text = String::new();
            for w in chunk {
                text.push_str(&format!(
                    "Le {w} siècle, le {w} mai et le {w} jour de juin ; {w} d'août, \
                     le 3 {w} 2024, {w} 5, 2024, en {w}, {w} 2024 et {w} 12 au 14.\n"
                ));
            }
            for lang in [Lang::Fr, Lang::En] {
                let guarded = crate::grammar::scan(&text, lang, published);
                let every = crate::grammar::scan_unfiltered(&text, lang, published);
                assert_eq!(format!("{guarded:?}"), format!("{every:?}"), "{chunk:?}");
                read += every.len();
            }
        }
        assert!(read > 10 * words.len(), "{read} mentions");
    }

    /// The French date forms' entry guard ([`FR_DATE_WORD`]) skips no reading: every form of
    /// `date::french_words`, in both cases, reads the same with the guard as without it.
    #[test]
    fn the_date_word_guard_skips_no_reading() {
        use crate::value::Published;
        let phrases = [
            "hier",
            "demain",
            "aujourd'hui lundi",
            "avant-hier",
            "après demain",
            "ce matin",
            "cette nuit",
            "cet après-midi",
            "la nouvelle année",
            "ce week-end",
            "le weekend",
            "T3 2016",
            "S1 2023",
            "Q4 2020",
            "H2 2019",
            "le premier trimestre 2003",
            "au deuxième semestre",
            "le second semestre de l'an dernier",
            "ce trimestre",
            "le trimestre prochain",
            "dans trois ans",
            "d'ici deux semaines",
            "les années 1990",
            "la décennie 2010",
            "l'année 2000",
            "l'an 2000",
            "le vingtième siècle",
            "le XXe siècle",
            "le siècle dernier",
            "l'an dernier",
            "la semaine prochaine",
            "le mois à venir",
            "la décennie qui vient",
            "ce mois de mai",
            "cette année",
            "ce mois-ci",
            "la prochaine semaine",
            "ce lundi",
            "cet hiver",
            "il y a trois ans",
            "voici dix jours",
            "il y a plus de dix ans",
        ];
        let mut text = String::new();
        for p in phrases {
            let mut upper = p.to_string();
            upper[..1].make_ascii_uppercase();
            text.push_str(&format!("Il dit {p} et {upper}. Puis, {p}.\n"));
        }
        let published = Some(Published {
            year: 2024,
            month: Some(5),
            day: Some(15),
        });
        let guarded = crate::grammar::scan_unfiltered(&text, Lang::Fr, published);
        super::super::date::set_unguarded(true);
        let every = crate::grammar::scan_unfiltered(&text, Lang::Fr, published);
        super::super::date::set_unguarded(false);
        assert!(
            guarded.len() >= 2 * phrases.len(),
            "{} mentions",
            guarded.len()
        );
        assert_eq!(format!("{guarded:?}"), format!("{every:?}"));
    }
}
