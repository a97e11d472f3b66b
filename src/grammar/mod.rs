//! The built-in value grammars behind `{date}`, `{count}` and `{duration}`: one left-to-right
//! pass over a token stream finds every date, duration and number in a text and normalizes it
//! to its TIMEX3 value (see [`crate::value`]). French first, a smaller English subset.
//!
//! # Code map
//!
//! | module | owns |
//! |---|---|
//! | `lexer` | the text cut into words, digit runs and punctuation, with folded keys (lowercase, no accents, one apostrophe) |
//! | `lexicon` | the closed word lists: months, weekdays, seasons, units, number words, tense markers |
//! | `date/` | the date grammar, one phenomenon per file (see its code map): `parts` (day, month, year), `absolute`, `range`, `relative` (from publication: "hier", "il y a trois ans"), `previous_date` (from the date given before: "la veille", "le lendemain"), `weekday`, `weekday_shift` ("mardi suivant", "lundi en huit"), `day_relative` ("le lendemain du 11 février", "trois jours plus tard"), `relative_year` ("le 3 mai de l'an dernier"), `period` (seasons, quarters, weekends, decades, centuries, "début"/"fin de"), `ordinal_part` ("la dernière semaine de novembre", "le premier jour du mois"), `holiday`, `resolve` (the missing year), `narrated` (the missing year in a narrated passage: the passage's written year), `english` |
//! | `duration` | the duration grammar, with `age` (the years that are someone's age and stay numbers), `combined` ("deux ans et trois mois") and `duration/range` (the first end of "deux à cinq ans") |
//! | `number` | the number grammar (digits, scale words), with `spelled` (cardinals, ordinals and parts in words: "vingt et un", "dix-huitième", "tiers"), `fraction` ("3/4", "½", "deux tiers", "un sur trois"), `quantity` (a number and its qualifier: "environ", "plus de", "jusqu'à"; collectives and parts without a numerator: "la moitié", "le tiers des"), `factor` ("deux fois plus", "multiplié par trois": no count), `one` ("un seul"), `roman` ("IIIe"), `postcode` ("69003 Lyon": no count), `thousands` (digit groups), `collective` ("une centaine", "des milliers"), `sign` ("-9,5", "à – 12 °C", "moins 10") and `magnitude` ("100K", "2,5 M€", "3 Md€") |
//! | `time_of_day` | numbers that are neither counts nor durations: times of day ("à 17 h", "14 h 30", "à sept heures") and telephone numbers, skipped before the duration grammar |
//! | `prefilter`, `word_table`, `word_class` | the first pass: where a reading can start, and each token's word classes (`Cx::has_class`, the classes in `word_class`; `Cx::may_start` and `Cx::may_be_month`, the entry guards), from one lookup per word in a table of packed short words |
//! | `memo` | `Memo`: what one reading gave at the last 16 tokens, so that the grammars read a quantity once per token |
//! | `tense` | which way a clause points, for the dates that leave their year out |
//! | `clause` | where the clause around a date stops, for `tense` |
//! | `since` | the second reading of "depuis 1994", as a duration |
//! | `checks` | problems that span two mentions (a part larger than its whole) |
//! | `trace` | what a traced scan records: the vocabulary of a reading's steps (`What`, `Dir`, `By`, `Rel`, `Anchor`, `Mark`) and the recorder (`Trace`) |
//! | `derive` | the grammar's own account of how it read one mention (for `factlint explain`): scans again with recording turned on and renders the steps |
//!
//! Dependencies are one-way. `lexer` and `lexicon` depend on no grammar; `date`, `duration`
//! and `number` read the tokens, the word lists (and, for dates, `tense`) and write their
//! steps in the vocabulary of `trace`; `derive` runs the scan and reads what it recorded, and no grammar
//! calls into `derive` (this module only re-exports [`derive()`] and [`Derivation`]). So a
//! reading never depends on whether it is being explained. Nothing is compiled at startup,
//! nothing is allocated per token or per match (except a warning's message); recording costs
//! the scan one untaken branch per reading.
//!
//! # Spans
//!
//! `start..end` are UTF-8 byte offsets into the scanned text, end exclusive. Mentions are sorted
//! by start and never overlap: at each position the date grammar is tried first, then the
//! duration grammar, then the number grammar, so "9 mai 2024" is one date and not the numbers
//! 9 and 2024. A span covers the value and what qualifies it ("environ 100 000", "plus de
//! 6000", "fin de 2020", "début octobre", "mi-mars", "près de trente ans", "il y a trois ans",
//! "dans deux semaines", "mercredi dernier", "cette semaine", "ce week-end") but never a
//! leading preposition or article: "le 17 avril" gives "17 avril", "en septembre 2023" gives
//! "septembre 2023", "l'automne 2020" gives "automne 2020", "l'an dernier" gives "an dernier".
//! Units stay outside number spans ("2 000" in "2 000 soldats", "30" in "30 %" and "30 pour
//! cent"), so that the claim rules can match them as context after the span. A period whose
//! first end leans on the second is one mention with a range value: "du 12 au 14 mai" is "12
//! au 14 mai" (2024-05-12,2024-05-14,P2D); two complete dates give both ends ("entre le 10
//! juillet et le 20 août") unless said as one period (the month said twice, "du 6 mai au 9
//! mai"; an end counted from publication; a first end without the year the second writes:
//! one range, see `date/interval`), and a list gives each day ("les 7, 8 et 9 juin").
//!
//! # Values
//!
//! - Numbers print as plain decimals. Digit groups are one number when every group after the
//!   first has three digits and one separator joins them all: a space (no-break, narrow and
//!   thin ones too) in "100 000", a dot in French "100.000", a comma in English "100,000", and
//!   ' or ’ in either language, as Swiss outlets write "100’000" and "2'500". Mixed notation adds groups of decreasing scale ("2 milliards
//!   300 millions", "4 mille 3 cents"); "cents" alone is the coin, not 100. A percentage is the
//!   number before the sign ("30 %" is 30: the Recognizers-Text NumberModel, which factlint is
//!   scored against, has no percent either). Ordinals keep their cardinal value ("35e" is 35,
//!   "troisième" 3, "vingt et unième" 21; not "premier"/"première", a rank or a title). A teen
//!   counts hundreds ("douze cents" is 1200, "dix-neuf cent douze" 1912), and "mil" is
//!   "mille" before the rest of its number ("mil neuf cent trente").
//!   Fractions are decimals ("deux tiers" is 0.666666666666667, "un sur trois" 0.333333333333333).
//!   The articles "un"/"une" are a number only where they cannot be an article ("un million", "une
//!   vingtaine", "une semaine"). Ages are plain numbers, not durations ("un menuisier de 41 ans", see `age`).
//!   Collective nouns are round numbers, approximate by nature: "une centaine" is 100 APPROX,
//!   "deux milliers" 2000 APPROX, "trois centaines" 300 APPROX, and a larger noun after "de"
//!   multiplies ("une dizaine de milliers" is 10000 APPROX); "une douzaine" is 12 exactly. A
//!   plural with no count says only "more than one of them": "des milliers" is 1000 MORE_THAN
//!   (span "milliers", the article left out), "plusieurs centaines" 100 MORE_THAN, "des
//!   centaines de milliers" 100000 MORE_THAN, English "thousands", "several hundred" likewise;
//!   before a time unit such a plural is a duration of unsaid length ("des milliers d'années"
//!   is `PXY`, as "des années" is).
//! - Dates are TIMEX3 DATE values at the precision written. A date without its year is placed by
//!   the publication date, in the direction its sentence's tense points: after a past marker ("a",
//!   "avait", "se sont rendus", "dernier") the latest such date not after publication ("17 avril",
//!   published 2024-05-09, is 2024-04-17); after a future marker ("sera", "prévu", "doivent",
//!   "prochain") the next one, a marker counting only in the date's own clause; with a present
//!   ("a lieu", "est inauguré") or no marker the latest one too, unless it is most of a year back
//!   while the next one is within four months ("le 30 octobre" in mid-September, "jusqu'au 15
//!   septembre" in July). In a narrated passage such a date takes instead the year of the date
//!   the passage gave in writing, or the next one to run forward ("27 septembre 2020. … elle
//!   s'achève le 10 novembre" is 2020-11-10), when that year is before the publication's and
//!   the written date frames the passage (it opens its sentence, or says when in the same
//!   one): not "depuis le …", "la guerre du …", nor across a date of another year ("hier"). The verb that governs the date comes first: the word right before it
//!   and its preposition, article or position ("en", "à la mi-", "début"), when that word is a
//!   marker or a past participle. A participle is past by its shape ("entamé", "lancées",
//!   "réunis", "venu", "construits", "écrite", "rouvert", "mort", "parut"), with or without its
//!   auxiliary ("a commencé", "s'est retiré", "avait recruté", "aurait quitté"; without one,
//!   not the shapes a present tense shares: "publie", "continue", "construit"), so that "le
//!   pont, ouvert en avril, sera fermé en 2026" places April in the past; unless a
//!   future auxiliary stands before it ("sera achevé en avril", "doit être rouvert en avril"),
//!   a determiner makes it a noun ("la tournée en avril"), a capital makes it a name ("à Bakou
//!   en avril"), or it schedules ("reporté en avril", "prévu en avril"). Endings mark a tense
//!   only on verbs: not on names ("Sandra") nor on the nouns of the same shape ("le retrait",
//!   "le front", "l'opéra" are no future, "un extrait" no imperfect). A bare weekday is the latest such day, or the next one in a future
//!   sentence; a weekday next to a day picks the date that agrees with it. A publication date known
//!   to the month resolves years and months, not weekdays (`XXXX-WXX-3`); without one the unknown
//!   parts stay `X`. A bare season is generic (`XXXX-SU`), as French TimeBank annotates it,
//!   unless its clause's tense places it like a month ("au printemps, les prix ont baissé").
//!   "les années 1990" and "la décennie 2010" are decades (`199X`, `201X`). A capitalized
//!   "Mars" is the planet or a name unless a day, a year or a word that takes a month ("en",
//!   "début", "mi-", "depuis") is next to it. A weekday before a score ("samedi 3-1") is the
//!   weekday alone.
//! - A date can lean on the one the text has just given (a date mention ending within 600
//!   bytes, same paragraph): "le lendemain", "la veille", "le surlendemain" are a day after
//!   or before it, and are not read without it (nor in "la veille du scrutin", anchored on
//!   an event); "l'année suivante", "le mois précédent", "la semaine suivante", "cette
//!   année-là", "ce jour-là" count from it too ("-là" is not read without it; "suivant" and
//!   "précédent" count from publication when no date is nearby); a day alone ("Le 15, ...", "depuis le 3") takes its month, or else the
//!   publication month, moved by tense. "le 20 du mois prochain", "le premier vendredi de
//!   juillet", "vendredi de la semaine prochaine" count from publication. Holidays ("à
//!   Noël", "la Toussaint", "Pâques", "la Pentecôte", "l'Ascension", "le Nouvel An") are
//!   days, placed like a date without its year, and only after a preposition or article
//!   ("Noël Mamère" and "le marché de Noël" are not dates); "lundi de Pâques" anywhere.
//!   "la fête du travail", "la fête nationale", "l'Armistice", "le Vendredi saint" are days
//!   too, not after a noun that is no word of time ("le pacte du Vendredi saint"). Two digits
//!   are a year after a month, a season or "fin" ("mai 68", "l'été 98", "fin 99"); ordinal
//!   parts of a period are a day, an ISO week, or the whole with a mod ("le dernier jour de
//!   ce mois", "la dernière semaine de novembre"; "la première quinzaine de septembre" is
//!   September, START).
//! - Durations are TIMEX3 DURATION values in the units written, as in French TimeBank: "trois
//!   décennies" is `P3DE`, "des années" `PXY`, "ces dernières années" `PXY`, "les trois
//!   derniers mois" `P3M`, "quinze jours" `P2W`, "huit jours" `P1W`, "une dizaine
//!   d'années" `P10Y` APPROX. A combined duration is one value with one span (`combined`):
//!   "deux ans et trois mois" is `P2Y3M`, "un an, deux mois et cinq jours" `P1Y2M5D`, "une
//!   heure et vingt minutes" `PT1H20M`; a clock's parts need no "et" ("1 heure 30 minutes",
//!   "2 h 15 min" are `PT1H30M`, `PT2H15M`). "un quart d'heure" is `PT15M`, "trois quarts
//!   d'heure" `PT45M`, "une heure et quart" `PT1H15M`; "deux bonnes heures" is `PT2H` APPROX.
//!   A number in words ends with its line. Times of day are out of scope and are not durations ("de 9 h à 12 h",
//!   "à 9 h 30", "9h", "21 heures", "lundi 20 heures"); "pendant 9 h", "en 3 h", "les 24
//!   heures", "un délai de 12 heures" are.
//! - A year after "depuis" (English "since") stays a date: "contrôlée depuis 1994" is `1994`,
//!   as French TimeBank annotates it. It also carries a second reading, the whole years from
//!   it to the publication year with mod APPROX (`P29Y` in 2023, [`Mention::since`]), which a
//!   `duration` rule takes instead of the date; "depuis l'an 2000" too, but not "depuis début
//!   2020", "depuis 1990 jusqu'en 2001", nor "il vivait là depuis 1990" (up to a moment of the
//!   past), nor without a later publication year.
//!
//! # Warnings
//!
//! A month read through a spelling mistake ("8 mail 2024", "Mya 8, 2024": one edit away, a swap
//! of two neighbouring letters included, and only with a day and a year next to it), a
//! weekday that contradicts its date ("mardi 9 mai 2024"), an impossible day ("31 février")
//! and a part larger than its whole ("130 000 des 120 000") are read anyway, with a
//! [`Warning`] whose spans point at the words involved.

mod age;
mod checks;
mod clause;
mod collective;
mod combined;
mod date;
pub mod derive;
mod duration;
mod extent;
pub(crate) mod lexer;
mod lexicon;
/// Full French month names, folded (no accents): what cues compare a folded word with.
pub(crate) use lexicon::FR_MONTHS;
mod magnitude;
mod memo;
mod number;
mod other_lang;
pub mod prefilter;
mod sign;
mod since;
mod tense;
mod thousands;
mod time_of_day;
mod trace;
mod word_class;
mod word_table;

use crate::value::{ByteSpan, CountRange, Decimal, Mention, Mod, Published, Value, Warning};
pub use derive::{Derivation, derive};
pub use extent::widen_to_extent;
use lexer::Token;
pub(crate) use memo::Memo;
use time_of_day::skip_time_of_day;
use trace::{Trace, What};

/// The language of a text; French first.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    serde::Serialize,
    serde::Deserialize,
    Default,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
}

/// Every date, duration and number in `text`, sorted by start, not overlapping.
///
/// The grammars are tried only where a reading can start (see [`prefilter`]); the result is
/// that of [`scan_unfiltered`], which tries them at every token.
pub fn scan(text: &str, lang: Lang, published: Option<Published>) -> Vec<Mention> {
    let first = scan_traced(text, lang, published, None, true);
    // A line in the other language is read in its own (see [`other_lang`]).
    other_lang::reread(text, lang, first, |line, l| {
        scan_traced(line, l, published, None, true)
    })
}

/// [`scan`] without its first pass: every grammar is tried at every token, and none skips a
/// token by its entry guard ([`Cx::may_start`]). Slower, and kept so that a test can check that
/// the first pass and the guards change nothing.
#[doc(hidden)]
pub fn scan_unfiltered(text: &str, lang: Lang, published: Option<Published>) -> Vec<Mention> {
    let first = scan_traced(text, lang, published, None, false);
    other_lang::reread(text, lang, first, |line, l| {
        scan_traced(line, l, published, None, false)
    })
}

/// The token indices where an unfiltered scan of `text` starts a reading (a grammar consumes
/// tokens from there) that the first pass would not have tried: empty when the first pass is
/// right for this text. For the prefilter's tests.
#[doc(hidden)]
pub fn prefilter_misses(text: &str, lang: Lang, published: Option<Published>) -> Vec<String> {
    let lexed = lexer::lex(text);
    let flags = prefilter::flags(text, &lexed.toks, &lexed.keys);
    let tried = prefilter::tried(&lexed.toks, &lexed.keys, &flags);
    let mut missed = Vec::new();
    scan_loop(
        text,
        lang,
        published,
        None,
        (lexed, flags, false),
        |_| true,
        |cx, i| {
            if !tried[i] {
                let end = cx.toks.len().min(i + 6);
                let (a, b) = (cx.toks[i].start, cx.toks[end - 1].end);
                missed.push(text[a..b].to_string());
            }
        },
    );
    missed
}

/// [`scan`], recording the steps of each reading in `trace` when there is one (see
/// [`derive`]).
fn scan_traced(
    text: &str,
    lang: Lang,
    published: Option<Published>,
    trace: Option<&Trace>,
    filtered: bool,
) -> Vec<Mention> {
    let lexed = lexer::lex(text);
    let flags = prefilter::flags(text, &lexed.toks, &lexed.keys);
    // Unfiltered, every token is tried.
    let tried = filtered.then(|| prefilter::tried(&lexed.toks, &lexed.keys, &flags));
    scan_loop(
        text,
        lang,
        published,
        trace,
        (lexed, flags, filtered),
        |i| tried.as_ref().is_none_or(|t| t[i]),
        |_, _| {},
    )
}

/// The scan proper: at each token `try_at` allows, the date grammar, then the time of day,
/// the duration and the number grammars; `read` is told of each token where one consumed
/// tokens. The tokens come with their [`prefilter::flags`], and whether the grammars' entry
/// guards are on (see [`Cx::may_start`]).
fn scan_loop<'a>(
    text: &'a str,
    lang: Lang,
    published: Option<Published>,
    trace: Option<&'a Trace>,
    (lexed, flags, guards): (lexer::Lexed, Vec<u16>, bool),
    try_at: impl Fn(usize) -> bool,
    mut read: impl FnMut(&Cx<'a>, usize),
) -> Vec<Mention> {
    let cx = Cx {
        text,
        toks: lexed.toks,
        keys: lexed.keys,
        flags,
        guards,
        lang,
        published,
        trace,
        quantities: Memo::default(),
        spelled: Memo::default(),
        resolved: std::cell::Cell::new(None),
    };
    let mut out: Vec<Mention> = Vec::new();
    let mut i = 0;
    // Each grammar's attempt starts with no pending steps: a failed one leaves none behind.
    let fresh = || {
        if let Some(t) = cx.trace {
            t.clear();
        }
    };
    while i < cx.toks.len() {
        if !try_at(i) {
            i += 1;
            continue;
        }
        fresh();
        let next = date::parse(&cx, i, &mut out)
            .or_else(|| skip_time_of_day(&cx, i))
            .or_else(|| {
                fresh();
                duration::parse(&cx, i, &mut out)
            })
            .or_else(|| {
                fresh();
                parse_number(&cx, i, &mut out)
            });
        i = match next {
            Some(n) if n > i => {
                read(&cx, i);
                n
            }
            _ => i + 1,
        };
    }
    checks::part_exceeds_whole(&cx, &mut out);
    out
}

/// A found value, in tokens; [`Cx::push`] turns it into a [`Mention`].
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub value: Value,
    pub modifier: Option<Mod>,
    pub warnings: Vec<Warning>,
}

/// What every grammar reads: the text, its tokens, its language and publication date.
pub(crate) struct Cx<'a> {
    pub text: &'a str,
    pub toks: Vec<Token>,
    /// The folded keys of the tokens (see [`lexer::Lexed`]).
    keys: String,
    /// The tokens' first-pass flags and word classes (see [`prefilter::flags`]).
    flags: Vec<u16>,
    /// Whether [`Cx::may_start`] tests its class: off in [`scan_unfiltered`], so that the
    /// test of the first pass holds the guards to a scan without them.
    guards: bool,
    pub lang: Lang,
    pub published: Option<Published>,
    /// Set only by [`derive`]: where the grammars record the steps of their readings.
    trace: Option<&'a Trace>,
    /// The quantities read lately, by token.
    quantities: Memo<number::Quantity>,
    /// The spelled-out numbers read lately, by token.
    spelled: Memo<number::Num>,
    /// Where the date being read had its year placed from the publication date, and the way
    /// its tense pointed (`date::resolve`), for `date::narrated` to place it again.
    pub(crate) resolved: std::cell::Cell<Option<(usize, Option<trace::Dir>)>>,
}

impl Cx<'_> {
    /// Records a step on tokens `start..end` when tracing; `what` runs only then.
    #[inline]
    pub fn note(&self, start: usize, end: usize, what: impl FnOnce() -> What) {
        if let Some(t) = self.trace {
            self.note_slow(t, start, end, what());
        }
    }

    #[cold]
    fn note_slow(&self, t: &Trace, start: usize, end: usize, what: What) {
        let (Some(a), Some(b)) = (self.toks.get(start), self.toks.get(end.max(start + 1) - 1))
        else {
            return;
        };
        t.note(trace::Step {
            span: ByteSpan {
                start: a.start,
                end: b.end,
            },
            text: self.text[a.start..b.end].to_string(),
            what,
        });
    }

    /// What `read` gives at token `i`, read once per token in `memo` unless tracing (see
    /// [`Memo`]).
    #[inline]
    fn read_once<T: Copy>(
        &self,
        memo: &Memo<T>,
        i: usize,
        read: impl FnOnce() -> Option<T>,
    ) -> Option<T> {
        if self.tracing() {
            return read();
        }
        memo.get(i, read)
    }

    /// Whether token `i` is a word of `class` (a class of [`prefilter`], such as
    /// [`prefilter::DAY_WORD`]): one bit test where the grammars would compare strings.
    #[inline]
    pub fn has_class(&self, i: usize, class: u16) -> bool {
        self.flags.get(i).is_some_and(|f| f & class != 0)
    }

    /// Whether a reading whose first word must be of `class` (an entry class of
    /// [`word_class`], such as [`prefilter::NUM_WORD`]) may start at token `i`: the bit test,
    /// or always in an unguarded scan ([`scan_unfiltered`]). A grammar returns at once where
    /// this is false, so the class must hold every word its reading can start with.
    #[inline]
    pub fn may_start(&self, i: usize, class: u16) -> bool {
        !self.guards || self.has_class(i, class)
    }

    /// Whether token `i` may be read as a month by `date::parts::month_at` (`context`: a day
    /// or a year is next to it, which admits misspellings): a word of
    /// [`prefilter::MONTH_LIKE`], or with `context` a word outside the first pass's table
    /// (whose flags are 0), which can only be a misspelling; always in an unguarded scan.
    #[inline]
    pub fn may_be_month(&self, i: usize, context: bool) -> bool {
        if !self.guards {
            return true;
        }
        let f = self.flags.get(i).copied().unwrap_or(0);
        f & prefilter::MONTH_LIKE != 0 || (context && f == 0)
    }

    /// Whether steps are being recorded.
    pub fn tracing(&self) -> bool {
        self.trace.is_some()
    }

    /// The folded key of a token (see [`Token::key`]).
    #[inline]
    pub fn key(&self, t: &Token) -> &str {
        t.key(&self.keys)
    }

    #[inline]
    pub fn tok(&self, i: usize) -> Option<&Token> {
        self.toks.get(i)
    }

    /// The folded key of token `i` if it is a word, else "".
    #[inline]
    pub fn w(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) if t.is_word() => t.key(&self.keys),
            _ => "",
        }
    }

    #[inline]
    pub fn is_w(&self, i: usize, w: &str) -> bool {
        self.w(i) == w
    }

    /// The original text of token `i`.
    #[inline]
    pub fn raw(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    #[inline]
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct(c))
    }

    /// Token `i` starts right where token `i - 1` ends.
    #[inline]
    pub fn adjacent(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.toks[i].start == self.toks[i - 1].end
    }

    /// Token `i` is glued to a word or a number before it ("G7", "2015-05").
    pub fn glued_to_previous(&self, i: usize) -> bool {
        self.adjacent(i) && !self.toks[i - 1].kind.eq(&lexer::TokKind::Punct)
    }

    /// Exactly one space (or no-break space) separates token `i` from the one before.
    pub fn space_gap(&self, i: usize) -> bool {
        if i == 0 || i >= self.toks.len() {
            return false;
        }
        let gap = &self.text[self.toks[i - 1].end..self.toks[i].start];
        matches!(gap, " " | "\u{a0}" | "\u{202f}" | "\u{2009}")
    }

    /// A sentence or line break lies between tokens `i - 1` and `i`.
    pub fn line_break_before(&self, i: usize) -> bool {
        i > 0
            && i < self.toks.len()
            && self.text[self.toks[i - 1].end..self.toks[i].start].contains('\n')
    }

    /// Token `i` begins with a capital letter.
    pub fn capitalized(&self, i: usize) -> bool {
        self.raw(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Token `i` opens a sentence (or a line, or the text).
    pub fn sentence_start(&self, i: usize) -> bool {
        if i == 0 || self.line_break_before(i) {
            return true;
        }
        let p = &self.toks[i - 1];
        p.is_punct('.')
            || p.is_punct('!')
            || p.is_punct('?')
            || p.is_punct(':')
            || p.is_punct('"')
            || p.is_punct('(')
    }

    pub fn push(&self, out: &mut Vec<Mention>, f: Found) {
        let kind = f.value.kind();
        let (start, end) = (self.toks[f.start].start, self.toks[f.end - 1].end);
        let since = since::duration(self, &f);
        if let Some(t) = self.trace {
            t.claim(ByteSpan { start, end });
        }
        out.push(Mention {
            kind,
            start,
            end,
            value: f.value,
            modifier: f.modifier,
            warnings: f.warnings,
            since,
            range: None,
        });
    }
}

impl Cx<'_> {
    #[inline]
    pub fn is_digits_at(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_digits())
    }
}

fn parse_number(cx: &Cx, i: usize, out: &mut Vec<Mention>) -> Option<usize> {
    let t = cx.tok(i)?;
    // Digits glued to a word before them are part of a name: "G7", "COP21", "A320".
    if t.is_digits() && cx.glued_to_previous(i) && !cx.is_punct(i - 1, '-') {
        return Some(skip_glued(cx, i));
    }
    let Some(q) = number::quantity(cx, i, false) else {
        return spelled_ordinal(cx, i, out);
    };
    let mut end = q.num.end;
    if let Some(next) = cx.tok(end)
        && next.is_word()
        && cx.adjacent(end)
        && matches!(
            q.num.shape,
            number::Shape::Plain { .. } | number::Shape::Digits
        )
    {
        // "1er", "35e", "2nd": an ordinal keeps its number; "180ml", "29km", "2,5kg": a unit
        // glued to its number makes a measure, which is not a count.
        match cx.key(next) {
            "er" | "ere" | "re" | "e" | "eme" | "ieme" | "nd" | "nde" | "st" | "th" | "rd"
                if matches!(q.num.shape, number::Shape::Plain { .. }) =>
            {
                end += 1
            }
            _ => return Some(skip_glued(cx, end)),
        }
    }
    // "deux fois plus de morts", "multiplié par trois": a factor counts nothing.
    if number::is_factor(cx, q.start, end) {
        return Some(end);
    }
    let second = number::range::second_end(cx, &q);
    cx.push(
        out,
        Found {
            start: q.start,
            end,
            value: Value::Number(q.num.value),
            modifier: q.modifier,
            warnings: Vec::new(),
        },
    );
    mark_range(cx, out, q.num.value, second);
    // "30 pour cent": the unit stays out of the span, and its "cent" is not a number.
    if cx.is_w(end, "pour") && cx.is_w(end + 1, "cent") {
        return Some(end + 2);
    }
    Some(end)
}

/// Both ends of a range of counts carry it ([`number::range`]): the first when it is pushed,
/// knowing its second end, and the second, pushed next, from the first.
fn mark_range(cx: &Cx, out: &mut [Mention], first: Decimal, second: Option<(Decimal, usize)>) {
    if let Some((to, after)) = second {
        if let Some(this) = out.last_mut() {
            this.range = Some(CountRange {
                value: Value::NumberRange(first, to),
                start: this.start,
                end: cx.toks[after - 1].end,
            });
        }
    } else if let [.., before, this] = out
        && let Some(r) = before.range
        && r.end == this.end
        && before.start < this.start
    {
        this.range = Some(r);
    }
}

/// "deuxième", "vingt et unième", "centième": an ordinal in words keeps its number, as "2e"
/// does. Not "premier", "première", which are mostly a rank or a title ("le Premier
/// ministre"), nor "second".
fn spelled_ordinal(cx: &Cx, i: usize, out: &mut Vec<Mention>) -> Option<usize> {
    if cx.lang != Lang::Fr || cx.w(i).starts_with("premi") {
        return None;
    }
    let (value, end) = number::ordinal(cx, i).or_else(|| number::roman_ordinal(cx, i))?;
    // "cinquièmes", "centièmes": plural, the parts of a whole rather than a rank.
    if cx.w(end - 1).ends_with('s') {
        return None;
    }
    cx.note(i, end, || What::Words(crate::value::Decimal::int(value)));
    cx.push(
        out,
        Found {
            start: i,
            end,
            value: Value::Number(crate::value::Decimal::int(value)),
            modifier: None,
            warnings: Vec::new(),
        },
    );
    Some(end)
}

fn skip_glued(cx: &Cx, i: usize) -> usize {
    let mut j = i + 1;
    while j < cx.toks.len() && cx.adjacent(j) && !cx.toks[j].kind.eq(&lexer::TokKind::Punct) {
        j += 1;
    }
    j
}
