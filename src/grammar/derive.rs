//! The grammar's own account of how it read one mention: [`derive()`] re-runs the scan that
//! found it with recording turned on and returns the steps the grammars took (the words that
//! set the `mod`, how digits were grouped, which word named the month, how a missing year was
//! resolved and against what), so that `factlint explain` never re-derives them with copies
//! of the word lists.
//!
//! Cost: the scan's hot path records nothing. `Cx` (the scanner's context) carries an optional trace; every
//! recording site is one `if let Some(..)` on it, reached when a grammar commits to a reading
//! (never per byte), and the step itself is built in a closure that only runs when tracing.
//! [`derive()`] re-scans the whole text the mention came from, not just its sentence: some
//! readings lean on the date given before ("le lendemain", "le 15"), and scanning again the
//! same text is the only way to be sure to retrace the same path. That is one scan per
//! explained claim (about 27 MB/s), which `explain` can afford.

use std::cell::RefCell;
use std::fmt;

use super::Lang;
use crate::value::{
    ByteSpan, DateValue, Decimal, DurationUnit, Mention, Mod, Published, Season, Value,
};

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

/// The steps that read one mention, in reading order: qualifiers, then the words, then what
/// was resolved from outside the text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Derivation {
    /// The scan found the mention again (same span, value and mod). When false, `steps` is
    /// empty: the text or its metadata is not the one the mention came from.
    pub found: bool,
    pub steps: Vec<Step>,
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

/// How the grammar read `mention`, found by scanning `text` again (with the same language and
/// publication date) with recording turned on.
pub fn derive(
    text: &str,
    lang: Lang,
    published: Option<Published>,
    mention: &Mention,
) -> Derivation {
    let trace = Trace::default();
    let mentions = super::scan_traced(text, lang, published, Some(&trace));
    // A claim of a duration rule on "depuis 1994" holds the mention's second reading.
    let found = mentions.iter().any(|m| {
        m.start == mention.start
            && m.end == mention.end
            && ((m.value == mention.value && m.modifier == mention.modifier)
                || m.since
                    .is_some_and(|r| r.value == mention.value && r.modifier == mention.modifier))
    });
    if !found {
        return Derivation::default();
    }
    let steps = trace
        .done
        .into_inner()
        .into_iter()
        .find(|(s, _)| s.start == mention.start && s.end == mention.end)
        .map(|(_, steps)| steps)
        .unwrap_or_default();
    Derivation { found, steps }
}

/// Derivations are written in English, whatever the source's language.
fn weekday_name(wd: u8) -> &'static str {
    super::date::weekday_name(Lang::En, wd)
}

fn unit_name(u: DurationUnit, n: i64) -> String {
    let name = match u {
        DurationUnit::Second => "second",
        DurationUnit::Minute => "minute",
        DurationUnit::Hour => "hour",
        DurationUnit::Day => "day",
        DurationUnit::Week => "week",
        DurationUnit::Month => "month",
        DurationUnit::Year => "year",
        DurationUnit::Decade => "decade",
        DurationUnit::Century => "century",
    };
    let n = n.unsigned_abs();
    if n == 1 {
        format!("1 {name}")
    } else if u == DurationUnit::Century {
        format!("{n} centuries")
    } else {
        format!("{n} {name}s")
    }
}

fn season_name(s: Season) -> &'static str {
    match s {
        Season::Spring => "spring (SP)",
        Season::Summer => "summer (SU)",
        Season::Fall => "fall (FA)",
        Season::Winter => "winter (WI)",
    }
}

impl fmt::Display for Anchor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Anchor::Published(p) => write!(f, "the publication date {p}"),
            Anchor::Previous { text, value } => {
                write!(f, "the date the text gave just before, “{text}” ({value})")
            }
        }
    }
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = &self.text;
        match &self.what {
            What::Mod(m) => write!(f, "mod: “{t}” → {m}"),
            What::Collective(v) => write!(
                f,
                "number: “{t}” → {v}, mod APPROX (a round number, approximate by itself)"
            ),
            What::Digits {
                value,
                separator,
                decimal,
            } => {
                let mut notes = Vec::new();
                if let Some(s) = separator {
                    notes.push(format!("thousands separator: {}", s.name()));
                }
                if let Some(d) = decimal {
                    notes.push(format!(
                        "decimal {}",
                        if *d == Mark::Comma { "comma" } else { "point" }
                    ));
                }
                if notes.is_empty() {
                    notes.push("no separator".to_string());
                }
                write!(f, "number: “{t}” ({}) → {value}", notes.join(", "))
            }
            What::Scale { factor, value } => {
                write!(f, "scale: “{t}” multiplies by {factor} → {value}")
            }
            What::Words(v) => write!(f, "number in words: “{t}” → {v}"),
            What::Month {
                month,
                misspelling_of: None,
            } => write!(f, "month: “{t}” → {month:02}"),
            What::Month {
                month,
                misspelling_of: Some(name),
            } => write!(
                f,
                "month: “{t}” → {month:02}, read as a misspelling of “{name}” (one edit away, next to a day or a year)"
            ),
            What::Season(s) => write!(f, "season: “{t}” → {}", season_name(*s)),
            What::Weekday(wd) => write!(f, "weekday: “{t}” → {}", weekday_name(*wd)),
            What::Year(y) => write!(f, "year: “{t}” → {y}, as written"),
            What::YearResolved {
                year: Some(y),
                by: Some(By::RangeEnd),
                ..
            } => write!(
                f,
                "month and year: not written; {y}, from the end of the range"
            ),
            What::YearResolved {
                year: Some(y),
                by: Some(By::RangeEndYear),
                ..
            } => write!(f, "year: not written; {y}, from the end of the range"),
            What::YearResolved {
                year: None,
                published,
                ..
            } => match published {
                None => write!(
                    f,
                    "year: not written, and no publication date is known: left as XXXX"
                ),
                Some(p) => write!(
                    f,
                    "year: not written, and the publication date {p} is not precise enough: left as XXXX"
                ),
            },
            What::YearResolved {
                year: Some(y),
                published,
                by,
            } => {
                let p = published.map_or_else(|| "?".to_string(), |p| p.to_string());
                write!(f, "year: not written; {y} from the publication date {p}")?;
                match by {
                    Some(By::Tense {
                        dir: Dir::Past,
                        word,
                    }) => write!(
                        f,
                        ": past, by the tense word “{word}”: the latest such date not after it"
                    ),
                    Some(By::Tense {
                        dir: Dir::Future,
                        word,
                    }) => write!(
                        f,
                        ": future, by the tense word “{word}”: the next such date from it"
                    ),
                    Some(By::Unmarked { ahead: false }) => write!(
                        f,
                        ": no tense word in the sentence: the latest such date not after it"
                    ),
                    Some(By::Unmarked { ahead: true }) => write!(
                        f,
                        ": no tense word in the sentence, and the latest such date is most of a year back while the next is within four months: the next one"
                    ),
                    Some(By::Word {
                        dir: Dir::Past,
                        word,
                    }) => write!(f, ": “{word}”: the latest such date before it"),
                    Some(By::Word {
                        dir: Dir::Future,
                        word,
                    }) => write!(f, ": “{word}”: the next such date after it"),
                    Some(By::Weekday { weekday }) => write!(
                        f,
                        ": of the nearest years before and after it, the one in which the date is a {}",
                        weekday_name(*weekday)
                    ),
                    Some(By::RangeEnd | By::RangeEndYear) | None => Ok(()),
                }
            }
            What::Relative {
                value,
                anchor,
                rule,
            } => {
                write!(f, "relative: “{t}” → {value}, ")?;
                match rule {
                    Rel::Days(0) => write!(f, "the day of {anchor}"),
                    Rel::Days(n) if *n < 0 => {
                        write!(f, "{} before {anchor}", unit_name(DurationUnit::Day, *n))
                    }
                    Rel::Days(n) => {
                        write!(f, "{} after {anchor}", unit_name(DurationUnit::Day, *n))
                    }
                    Rel::Units(u, 0) => write!(
                        f,
                        "the {} of {anchor}",
                        unit_name(*u, 1).trim_start_matches("1 ")
                    ),
                    Rel::Units(u, n) if *n < 0 => {
                        write!(f, "{} before {anchor}", unit_name(*u, *n))
                    }
                    Rel::Units(u, n) => write!(f, "{} after {anchor}", unit_name(*u, *n)),
                    Rel::Weekday {
                        weekday,
                        dir: Dir::Past,
                        strict,
                    } => write!(
                        f,
                        "the latest {} {} {anchor}",
                        weekday_name(*weekday),
                        if *strict { "before" } else { "not after" }
                    ),
                    Rel::Weekday {
                        weekday,
                        dir: Dir::Future,
                        strict,
                    } => write!(
                        f,
                        "the next {} {} {anchor}",
                        weekday_name(*weekday),
                        if *strict { "after" } else { "from" }
                    ),
                    Rel::WeekdayOfWeek { weekday, weeks } => write!(
                        f,
                        "the {} of the week {} from that of {anchor}",
                        weekday_name(*weekday),
                        match weeks {
                            0 => "itself".to_string(),
                            1 => "after".to_string(),
                            -1 => "before".to_string(),
                            n => format!("{n} weeks"),
                        }
                    ),
                    Rel::WeekdayAndDay { weekday, day } => write!(
                        f,
                        "the nearest day {day} that is a {}, within three months of {anchor}",
                        weekday_name(*weekday)
                    ),
                    Rel::DayInMonth => write!(f, "that day in the month of {anchor}"),
                    Rel::Weekend { weeks: 0 } => write!(f, "the weekend of the week of {anchor}"),
                    Rel::Weekend { weeks } => write!(
                        f,
                        "the weekend of the week {} that of {anchor}",
                        if *weeks < 0 { "before" } else { "after" }
                    ),
                    Rel::Season { dir: None } => write!(f, "that season of the year of {anchor}"),
                    Rel::Season {
                        dir: Some(Dir::Past),
                    } => write!(f, "the latest such season before {anchor}"),
                    Rel::Season {
                        dir: Some(Dir::Future),
                    } => write!(f, "the next such season after {anchor}"),
                    Rel::Current => write!(f, "the current period at {anchor}"),
                }
            }
            What::Unit { unit, amount } => {
                let amount =
                    amount.map_or_else(|| "an unsaid number of".to_string(), |a| a.to_string());
                write!(
                    f,
                    "unit: “{t}” → {amount} {}",
                    unit_name(*unit, 2).trim_start_matches("2 ")
                )
            }
            What::DaysAsWeeks { days, weeks } => write!(
                f,
                "“{t}”: {days} days in words mean {}, as French speakers use them",
                unit_name(DurationUnit::Week, *weeks)
            ),
            What::Since {
                year,
                published,
                duration,
            } => write!(
                f,
                "since: “{t}” is also {duration}, mod APPROX, for duration rules: the whole \
                 years from {year} to the publication year {published}"
            ),
        }
    }
}
