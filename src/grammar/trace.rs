//! What a traced scan records: the vocabulary of the steps a grammar takes to read a mention
//! ([`What`]: the words that set a `mod`, how digits were grouped, which word named the month,
//! how a missing year was resolved and against what) and the recorder that collects them
//! ([`Trace`]). The grammars write here and read nothing back: a reading never depends on
//! whether it is being recorded. [`super::derive`] runs a traced scan and renders the steps.

use std::cell::RefCell;

use crate::value::{ByteSpan, DateValue, Decimal, DurationUnit, Mod, Published, Season, Value};

/// Which way an incomplete date points from the publication date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Past,
    Future,
}

/// A thousands separator or a decimal mark, as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Space,
    NoBreakSpace,
    NarrowNoBreakSpace,
    ThinSpace,
    Dot,
    Comma,
    Apostrophe,
    RightSingleQuote,
}

impl Mark {
    pub(crate) fn of(c: char) -> Option<Mark> {
        Some(match c {
            ' ' => Mark::Space,
            '\u{a0}' => Mark::NoBreakSpace,
            '\u{202f}' => Mark::NarrowNoBreakSpace,
            '\u{2009}' => Mark::ThinSpace,
            '.' => Mark::Dot,
            ',' => Mark::Comma,
            '\'' => Mark::Apostrophe,
            '’' => Mark::RightSingleQuote,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Mark::Space => "space U+0020",
            Mark::NoBreakSpace => "no-break space U+00A0",
            Mark::NarrowNoBreakSpace => "narrow no-break space U+202F",
            Mark::ThinSpace => "thin space U+2009",
            Mark::Dot => "dot",
            Mark::Comma => "comma",
            Mark::Apostrophe => "apostrophe U+0027",
            Mark::RightSingleQuote => "right single quotation mark U+2019",
        }
    }
}

/// How a year that the text does not write was chosen.
#[derive(Debug, Clone, PartialEq)]
pub enum By {
    /// A tense word of the sentence ("avait", "sera", "was") points past or future.
    Tense { dir: Dir, word: String },
    /// No tense word: the latest such date not after publication (`ahead` false), or the next
    /// one because the latest is most of a year back and the next within four months.
    Unmarked { ahead: bool },
    /// A word of the date itself: "dernier", "prochain", "last", "next".
    Word { dir: Dir, word: String },
    /// The written weekday holds in this year and not in the other candidate.
    Weekday { weekday: u8 },
    /// A range's first day takes the month and year of its last ("du 12 au 14 mai").
    RangeEnd,
    /// A range's first month takes the year of its last ("de janvier à mars 2016"), or the
    /// year before ("de novembre à février 2017").
    RangeEndYear,
    /// A period's second end takes the year of its first, or the next one ("du 12 août 2015
    /// au 22 octobre", "entre le 3 février et le 9 mai").
    RangeStart,
    /// A narrated passage's date takes the year of the date the passage gave (`anchor`, as
    /// written), or the next one to keep it forward ("27 septembre 2020. … le 10 novembre").
    Narrated { anchor: String },
}

/// A date placed relative to an anchor.
#[derive(Debug, Clone, PartialEq)]
pub enum Rel {
    /// `n` days from the anchor: "hier", "demain", "le lendemain", "la veille".
    Days(i64),
    /// `n` units from the anchor: "l'an dernier", "il y a trois ans", "next month".
    Units(DurationUnit, i64),
    /// The latest such weekday not after the anchor (`strict`: before it), or the next one.
    Weekday { weekday: u8, dir: Dir, strict: bool },
    /// That weekday of the week `weeks` from the anchor's.
    WeekdayOfWeek { weekday: u8, weeks: i64 },
    /// The nearest date whose day of the month is `day` and which falls on `weekday`.
    WeekdayAndDay { weekday: u8, day: u8 },
    /// A day of the month alone, in the anchor's month (moved by the tense when the anchor is
    /// the publication date).
    DayInMonth,
    /// The weekend of the week `weeks` from the anchor's.
    Weekend { weeks: i64 },
    /// The season named with "dernier"/"prochain"/"cet": the nearest one that way.
    Season { dir: Option<Dir> },
    /// The current year, month or week ("fin de l'année").
    Current,
}

/// What a relative date counts from.
#[derive(Debug, Clone, PartialEq)]
pub enum Anchor {
    Published(Published),
    /// The date the text gave just before, as written there.
    Previous {
        text: String,
        value: DateValue,
    },
}

/// One thing the grammar did to read a mention.
#[derive(Debug, Clone, PartialEq)]
pub enum What {
    /// Words that qualify the value: "environ" → APPROX, "fin de" → END.
    Mod(Mod),
    /// A round number approximate by itself: "une vingtaine" → 20, APPROX.
    Collective(Decimal),
    /// Digits, with their thousands separator and decimal mark.
    Digits {
        value: Decimal,
        separator: Option<Mark>,
        decimal: Option<Mark>,
    },
    /// A scale word multiplying the digits before it: "1,5 million".
    Scale {
        factor: i64,
        value: Decimal,
    },
    /// A number written in words: "deux mille" → 2000.
    Words(Decimal),
    Month {
        month: u8,
        /// The month name the word was read as, one edit away.
        misspelling_of: Option<&'static str>,
    },
    Season(Season),
    Weekday(u8),
    /// A year as written (two digits are expanded: "98" → 1998).
    Year(i32),
    /// A year not written, resolved from the publication date; `None` when it could not be.
    YearResolved {
        year: Option<i32>,
        published: Option<Published>,
        by: Option<By>,
    },
    /// A date counted from an anchor.
    Relative {
        value: DateValue,
        anchor: Anchor,
        rule: Rel,
    },
    /// The time unit of a duration.
    Unit {
        unit: DurationUnit,
        amount: Option<Decimal>,
    },
    /// "quinze jours" is two weeks, "huit jours" one: as French speakers mean them.
    DaysAsWeeks {
        days: i64,
        weeks: i64,
    },
    /// A year after "depuis": also the whole years from it to the publication year, for
    /// duration rules.
    Since {
        year: i32,
        published: i32,
        duration: Value,
    },
}

/// One step: what was done, and the words it was done on.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub span: ByteSpan,
    /// The words of `span`, as written.
    pub text: String,
    pub what: What,
}

/// Recording state of a traced scan.
#[derive(Default)]
pub(crate) struct Trace {
    /// Steps of the reading under way, not yet claimed by a mention.
    pending: RefCell<Vec<Step>>,
    /// Each pushed mention's byte span and its steps.
    done: RefCell<Vec<(ByteSpan, Vec<Step>)>>,
}

impl Trace {
    /// Each pushed mention's byte span and its steps, once the scan is over.
    pub(crate) fn into_done(self) -> Vec<(ByteSpan, Vec<Step>)> {
        self.done.into_inner()
    }

    pub(crate) fn note(&self, step: Step) {
        self.pending.borrow_mut().push(step);
    }

    pub(crate) fn clear(&self) {
        self.pending.borrow_mut().clear();
    }

    /// A mention was pushed: it takes the pending steps on its words.
    pub(crate) fn claim(&self, span: ByteSpan) {
        let mut pending = self.pending.borrow_mut();
        let mut mine: Vec<Step> = Vec::new();
        pending.retain(|s| {
            let inside = s.span.start >= span.start && s.span.end <= span.end;
            if inside && !mine.contains(s) {
                mine.push(s.clone());
            }
            !inside
        });
        mine.sort_by_key(|s| (phase(&s.what), s.span.start));
        self.done.borrow_mut().push((span, mine));
    }
}

fn phase(w: &What) -> u8 {
    match w {
        What::Mod(_) | What::Collective(_) => 0,
        What::YearResolved { .. } | What::Relative { .. } => 2,
        What::Unit { .. } => 3,
        What::DaysAsWeeks { .. } | What::Since { .. } => 4,
        _ => 1,
    }
}
