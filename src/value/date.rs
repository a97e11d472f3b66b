//! Date values: `DateValue` (a day, month, year, season, quarter, week, decade, range…), as
//! TIMEX3 writes them.

use std::fmt;

use super::*;

/// A season, as TIMEX3 writes it: SP, SU, FA, WI.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    pub fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }
}

/// A year that the text may leave unsaid ("le 9 mai" with no publication date): `None` prints
/// as `XXXX`.
pub type Year = Option<i32>;

/// A calendar date at some precision, as a TIMEX3 DATE value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum DateValue {
    /// `2024-05-08`, `XXXX-05-09`
    Day { year: Year, month: u8, day: u8 },
    /// `2023-09`
    Month { year: Year, month: u8 },
    /// `2020-FA`
    Season { year: Year, season: Season },
    /// `1999-Q1`
    Quarter { year: Year, quarter: u8 },
    /// `1999-H2`
    Half { year: Year, half: u8 },
    /// ISO week: `2024-W19`
    Week { year: Year, week: u8 },
    /// The weekend of an ISO week: `2003-W05-WE` ("ce week-end")
    WeekEnd { year: Year, week: u8 },
    /// `2020`
    Year { year: i32 },
    /// `199X`: the decade's first three digits
    Decade { decade: i32 },
    /// `19XX`: the century's first two digits
    Century { century: i32 },
    /// `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`: "aujourd'hui", "autrefois", "à l'avenir"
    Ref(DateRef),
    /// `XXXX-WXX-3`: a weekday that no publication date anchors ("mercredi"); ISO numbering,
    /// Monday = 1
    Weekday { weekday: u8 },
    /// A period from one day or month to another, both included, read as one expression
    /// because its first end borrows the rest from the second ("du 3 au 12 septembre", "de
    /// janvier à mars 2016"). TIMEX3 has no value for it; it is written as Recognizers-Text
    /// writes a range: `(2016-09-03,2016-09-12,P9D)`, the first day of each end and the time
    /// between them (in days when an end is a day, else in months).
    Range { from: RangeEnd, to: RangeEnd },
}

/// One end of a [`DateValue::Range`]: a day, or a whole month when `day` is `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct RangeEnd {
    pub year: Year,
    pub month: u8,
    pub day: Option<u8>,
}

impl RangeEnd {
    /// The days the end covers, when its year is known.
    pub(super) fn interval(self) -> Option<Interval> {
        match self.day {
            Some(day) => day_number(self.year?, self.month, day).map(Interval::point),
            None => month_span(self.year?, self.month, 1),
        }
    }
}

/// The time between the first days of a range's ends: days when an end is a day, else
/// months. Without a year, the ends are placed in one ordinary year (the second in the next
/// one when it comes earlier in the calendar: "du 20/11 au 14/02").
pub(super) fn range_length(from: RangeEnd, to: RangeEnd) -> Option<String> {
    if from.day.is_none() && to.day.is_none() {
        let (y1, y2) = match (from.year, to.year) {
            (Some(a), Some(b)) => (a, b),
            _ => (0, i32::from(to.month < from.month)),
        };
        let months = (y2 - y1) * 12 + i32::from(to.month) - i32::from(from.month);
        return (months >= 0).then(|| format!("P{months}M"));
    }
    let (y1, y2) = match (from.year, to.year) {
        (Some(a), Some(b)) => (a, b),
        _ => {
            let later = (to.month, to.day.unwrap_or(1)) >= (from.month, from.day.unwrap_or(1));
            (2001, if later { 2001 } else { 2002 })
        }
    };
    let days = day_number(y2, to.month, to.day.unwrap_or(1))?
        - day_number(y1, from.month, from.day.unwrap_or(1))?;
    (days >= 0.0).then(|| format!("P{days}D"))
}

pub(super) fn write_range_end(f: &mut fmt::Formatter<'_>, end: RangeEnd) -> fmt::Result {
    write_year(f, end.year)?;
    write!(f, "-{:02}-{:02}", end.month, end.day.unwrap_or(1))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum DateRef {
    Present,
    Past,
    Future,
}

pub(super) fn write_year(f: &mut fmt::Formatter<'_>, year: Year) -> fmt::Result {
    match year {
        Some(y) => write!(f, "{y:04}"),
        None => f.write_str("XXXX"),
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            DateValue::Day { year, month, day } => {
                write_year(f, year)?;
                write!(f, "-{month:02}-{day:02}")
            }
            DateValue::Month { year, month } => {
                write_year(f, year)?;
                write!(f, "-{month:02}")
            }
            DateValue::Season { year, season } => {
                write_year(f, year)?;
                write!(f, "-{}", season.code())
            }
            DateValue::Quarter { year, quarter } => {
                write_year(f, year)?;
                write!(f, "-Q{quarter}")
            }
            DateValue::Half { year, half } => {
                write_year(f, year)?;
                write!(f, "-H{half}")
            }
            DateValue::Week { year, week } => {
                write_year(f, year)?;
                write!(f, "-W{week:02}")
            }
            DateValue::WeekEnd { year, week } => {
                write_year(f, year)?;
                write!(f, "-W{week:02}-WE")
            }
            DateValue::Year { year } => write!(f, "{year:04}"),
            DateValue::Decade { decade } => write!(f, "{decade:03}X"),
            DateValue::Century { century } => write!(f, "{century:02}XX"),
            DateValue::Ref(DateRef::Present) => f.write_str("PRESENT_REF"),
            DateValue::Ref(DateRef::Past) => f.write_str("PAST_REF"),
            DateValue::Ref(DateRef::Future) => f.write_str("FUTURE_REF"),
            DateValue::Weekday { weekday } => write!(f, "XXXX-WXX-{weekday}"),
            DateValue::Range { from, to } => {
                f.write_str("(")?;
                write_range_end(f, from)?;
                f.write_str(",")?;
                write_range_end(f, to)?;
                write!(
                    f,
                    ",{})",
                    range_length(from, to).as_deref().unwrap_or("PXD")
                )
            }
        }
    }
}
