//! What the grammars find: a [`Mention`] with its byte span, its readings and its warnings,
//! and the publication date ([`Published`]) that partial dates are resolved against.

use std::fmt;

use serde::{Serialize, Serializer};

use super::*;

/// A document's creation time: the publication date that partial and relative dates are
/// resolved against. It may be known only to the month or the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Published {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl Published {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the date exists.
    pub fn parse(s: &str) -> Option<Published> {
        let mut parts = s.trim().split('-');
        let year_text = parts.next()?;
        if year_text.len() != 4 {
            return None;
        }
        let year: i32 = year_text.parse().ok()?;
        let month = match parts.next() {
            Some(m) if m.len() == 2 => Some(m.parse::<u8>().ok().filter(|m| (1..=12).contains(m))?),
            Some(_) => return None,
            None => None,
        };
        let day = match parts.next() {
            Some(d) if d.len() == 2 => Some(d.parse::<u8>().ok()?),
            Some(_) => return None,
            None => None,
        };
        if parts.next().is_some() {
            return None;
        }
        if let (Some(m), Some(d)) = (month, day) {
            day_number(year, m, d)?;
        }
        Some(Published { year, month, day })
    }
}

impl fmt::Display for Published {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl Serialize for Published {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// What a grammar found: a value, where it is, how the text qualifies it, and what looks wrong
/// with it. `start..end` is a byte range into the scanned text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mention {
    pub kind: ValueKind,
    pub start: usize,
    pub end: usize,
    pub value: Value,
    #[serde(rename = "mod")]
    pub modifier: Option<Mod>,
    pub warnings: Vec<Warning>,
    /// A year after "depuis" ("contrôlée depuis 1994") is a date, as French TimeBank
    /// annotates it, and also the stretch of time from that year to publication: P29Y APPROX
    /// in an article of 2023, what a `duration` rule reads there.
    #[serde(skip)]
    pub since: Option<Reading>,
    /// A count that is one end of a range ("entre 80 000 et 100 000", "de 5 000 à 7 000"):
    /// the range, which a count rule reads in place of either end. Each end stays a number of
    /// its own for the scan, as the evaluation corpora annotate them.
    #[serde(skip)]
    pub range: Option<CountRange>,
}

impl Mention {
    /// Moves every offset the mention holds (its span, its warnings' and its range's) by `by`
    /// bytes: a piece's or a body's mentions into the whole text.
    pub fn shift(&mut self, by: usize) {
        self.start += by;
        self.end += by;
        for w in &mut self.warnings {
            for s in &mut w.spans {
                s.start += by;
                s.end += by;
            }
        }
        if let Some(r) = &mut self.range {
            r.start += by;
            r.end += by;
        }
    }
}

/// A range of counts and the bytes of both its ends, "80 000 et 100 000".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountRange {
    /// A [`Value::NumberRange`].
    pub value: Value,
    pub start: usize,
    pub end: usize,
}

/// Another reading of a mention's words, for the rules of another kind than the mention's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    pub value: Value,
    pub modifier: Option<Mod>,
}

/// Something wrong with a mention that is worth an editor's look, though a value was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Warning {
    pub code: WarningCode,
    pub message: String,
    /// Byte ranges into the scanned text: the misspelled word, or both the weekday and the
    /// date it contradicts.
    pub spans: Vec<ByteSpan>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
pub struct ByteSpan {
    pub start: usize,
    pub end: usize,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum WarningCode {
    /// "8 mail 2024": a month name read through a spelling mistake.
    MisspelledMonth,
    /// "mardi 9 mai 2024", when 9 May 2024 was a Thursday.
    WeekdayMismatch,
    /// "130 000 des 120 000": a part larger than its whole.
    PartExceedsWhole,
    /// "31 février": a day the month does not have.
    ImpossibleDate,
}

impl WarningCode {
    pub fn as_str(self) -> &'static str {
        match self {
            WarningCode::MisspelledMonth => "misspelled-month",
            WarningCode::WeekdayMismatch => "weekday-mismatch",
            WarningCode::PartExceedsWhole => "part-exceeds-whole",
            WarningCode::ImpossibleDate => "impossible-date",
        }
    }
}
