//! The grammar's own account of how it read one mention: [`derive()`] re-runs the scan that
//! found it with recording turned on and returns the steps the grammars took (the words that
//! set the `mod`, how digits were grouped, which word named the month, how a missing year was
//! resolved and against what), so that `factlint explain` never re-derives them with copies
//! of the word lists.
//!
//! The dependency is one-way: the grammars write their steps in the vocabulary of
//! `super::trace` and never call into this module; this module runs the grammar (through
//! `scan_traced`) and reads what it recorded. The vocabulary is re-exported here, so that
//! `grammar::derive::What` stays the path of the public types.
//!
//! Cost: the scan's hot path records nothing. `Cx` (the scanner's context) carries an optional trace; every
//! recording site is one `if let Some(..)` on it, reached when a grammar commits to a reading
//! (never per byte), and the step itself is built in a closure that only runs when tracing.
//! [`derive()`] re-scans the whole text the mention came from, not just its sentence: some
//! readings lean on the date given before ("le lendemain", "le 15"), and scanning again the
//! same text is the only way to be sure to retrace the same path. That is one scan per
//! explained claim (about 27 MB/s), which `explain` can afford.

use std::fmt;

use super::trace::Trace;
pub use super::trace::{Anchor, By, Dir, Mark, Rel, Step, What};
use super::{Lang, lexicon};
use crate::value::{DurationUnit, Mention, Published, Season};

/// The steps that read one mention, in reading order: qualifiers, then the words, then what
/// was resolved from outside the text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Derivation {
    /// The scan found the mention again (same span, value and mod). When false, `steps` is
    /// empty: the text or its metadata is not the one the mention came from.
    pub found: bool,
    pub steps: Vec<Step>,
}

/// How the grammar read `mention`, found by scanning `text` again (with the same language and
/// publication date) with recording turned on.
pub fn derive(
    text: &str,
    lang: Lang,
    published: Option<Published>,
    mention: &Mention,
) -> Derivation {
    // A line in the other language was read in its own grammar (see [`super::other_lang`]):
    // retrace that line's reading, with the mention's offsets taken into the line.
    let line = super::other_lang::foreign_lines(text, lang)
        .into_iter()
        .find(|r| r.start <= mention.start && mention.end <= r.end);
    match line {
        Some(r) => {
            let mut local = mention.clone();
            local.start -= r.start;
            local.end -= r.start;
            derive_in(&text[r], super::other_lang::other(lang), published, &local)
        }
        None => derive_in(text, lang, published, mention),
    }
}

/// [`derive()`] on a text read in one language.
fn derive_in(
    text: &str,
    lang: Lang,
    published: Option<Published>,
    mention: &Mention,
) -> Derivation {
    let trace = Trace::default();
    let mentions = super::scan_traced(text, lang, published, Some(&trace), true);
    // A claim of a duration rule on "depuis 1994" holds the mention's second reading.
    let found = mentions.iter().any(|m| {
        m.start == mention.start
            && m.end == mention.end
            && ((m.value == mention.value && m.modifier == mention.modifier)
                || m.since
                    .is_some_and(|r| r.value == mention.value && r.modifier == mention.modifier))
    });
    // A count rule's claim on "entre 80 000 et 100 000" holds the range both ends carry: its
    // steps are both ends', in reading order.
    let range = !found
        && mentions.iter().any(|m| {
            m.range.is_some_and(|r| {
                r.start == mention.start && r.end == mention.end && r.value == mention.value
            })
        });
    if !found && !range {
        return Derivation::default();
    }
    let mut done = trace.into_done().into_iter();
    let steps = if range {
        done.filter(|(s, _)| mention.start <= s.start && s.end <= mention.end)
            .flat_map(|(_, steps)| steps)
            .collect()
    } else {
        done.find(|(s, _)| s.start == mention.start && s.end == mention.end)
            .map(|(_, steps)| steps)
            .unwrap_or_default()
    };
    Derivation { found: true, steps }
}

/// Derivations are written in English, whatever the source's language.
fn weekday_name(wd: u8) -> &'static str {
    lexicon::weekday_name(Lang::En, wd)
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
                year: Some(y),
                by: Some(By::RangeStart),
                ..
            } => write!(
                f,
                "year: not written; {y}, the first not before the start of the period"
            ),
            What::YearResolved {
                year: Some(y),
                by: Some(By::Narrated { anchor }),
                ..
            } => write!(
                f,
                "year: not written; {y}, from the date the passage gave, “{anchor}”: the first not before it"
            ),
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
                    Some(
                        By::RangeEnd | By::RangeEndYear | By::RangeStart | By::Narrated { .. },
                    )
                    | None => Ok(()),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::scan;

    /// A mention in a line of the other language is retraced in that language's grammar, as
    /// `scan` read it, so that `explain` can show its steps.
    #[test]
    fn a_mention_in_a_line_of_the_other_language_is_found_again() {
        let p = Published::parse("2024-05-02");
        for (text, lang, raw) in [
            (
                "Le convoi est reparti vers le nord.\nThe ministry said that the last of the troops left on April 17 and that the base is now closed.\n",
                Lang::Fr,
                "April 17",
            ),
            (
                "Officials gave no figure.\nLe ministère a indiqué que les derniers soldats sont partis le 17 avril et que la base est fermée.\n",
                Lang::En,
                "17 avril",
            ),
        ] {
            let at = text.find(raw).unwrap();
            let m = scan(text, lang, p)
                .into_iter()
                .find(|m| m.start <= at && at < m.end)
                .unwrap_or_else(|| panic!("{text:?}: nothing read at {raw:?}"));
            assert_eq!(m.value.to_string(), "2024-04-17", "{text:?}");
            let d = derive(text, lang, p, &m);
            assert!(d.found, "{text:?}: {m:?} not found again");
            assert!(!d.steps.is_empty(), "{text:?}: no steps");
        }
    }
}
