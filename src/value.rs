//! Normalized values: what the grammars produce, what claims carry and what the comparator
//! compares. The normal form is TIMEX3 (ISO-TimeML): every value prints as its TIMEX3 `value`
//! attribute (`2023-09`, `2020-FA`, `P6W`) or, for numbers, as a plain decimal (`100000`, `30.4`).
//!
//! Values are small `Copy` structs rather than strings so that the grammars can build one per
//! match without allocating, and so that the comparator can turn each into an [`Interval`] on
//! one numeric axis (days for dates, seconds for durations, the number itself for counts).

use std::fmt;

use serde::{Serialize, Serializer};

/// The three kinds of value a grammar recognizes and a rule can ask for.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum ValueKind {
    Date,
    Duration,
    Number,
}

impl ValueKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ValueKind::Date => "date",
            ValueKind::Duration => "duration",
            ValueKind::Number => "number",
        }
    }
}

impl fmt::Display for ValueKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A TIMEX3 `mod`: how the text qualifies a value ("environ", "plus de", "début").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Mod {
    /// "environ", "près de", "quelque"
    Approx,
    /// "plus de"
    MoreThan,
    /// "moins de"
    LessThan,
    /// "début de"
    Start,
    /// "mi-"
    Mid,
    /// "fin de"
    End,
}

impl Mod {
    pub fn as_str(self) -> &'static str {
        match self {
            Mod::Approx => "APPROX",
            Mod::MoreThan => "MORE_THAN",
            Mod::LessThan => "LESS_THAN",
            Mod::Start => "START",
            Mod::Mid => "MID",
            Mod::End => "END",
        }
    }

    pub fn parse(s: &str) -> Option<Mod> {
        Some(match s {
            "APPROX" => Mod::Approx,
            "MORE_THAN" => Mod::MoreThan,
            "LESS_THAN" => Mod::LessThan,
            "START" => Mod::Start,
            "MID" => Mod::Mid,
            "END" => Mod::End,
            _ => return None,
        })
    }
}

impl fmt::Display for Mod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Mod {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// An exact decimal: `digits / 10^scale`. Prints without trailing zeros ("30.4", "100000").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Decimal {
    pub digits: i64,
    pub scale: u8,
}

impl Decimal {
    pub const fn int(n: i64) -> Decimal {
        Decimal {
            digits: n,
            scale: 0,
        }
    }

    /// Parses `123`, `-4`, `30.4` (a dot, no separators). Used for values written in rule files.
    pub fn parse(s: &str) -> Option<Decimal> {
        let (neg, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (int, frac) = body.split_once('.').unwrap_or((body, ""));
        if int.is_empty()
            || !int.bytes().all(|b| b.is_ascii_digit())
            || !frac.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        if frac.len() > 18 {
            return None;
        }
        let mut digits: i64 = 0;
        for b in int.bytes().chain(frac.bytes()) {
            digits = digits.checked_mul(10)?.checked_add(i64::from(b - b'0'))?;
        }
        Some(
            Decimal {
                digits: if neg { -digits } else { digits },
                scale: frac.len() as u8,
            }
            .normalized(),
        )
    }

    /// The same value with no trailing fractional zeros, so that equal values compare equal.
    pub fn normalized(self) -> Decimal {
        let mut d = self;
        while d.scale > 0 && d.digits % 10 == 0 {
            d.digits /= 10;
            d.scale -= 1;
        }
        d
    }

    pub fn to_f64(self) -> f64 {
        self.digits as f64 / 10f64.powi(i32::from(self.scale))
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.normalized();
        if d.scale == 0 {
            return write!(f, "{}", d.digits);
        }
        let sign = if d.digits < 0 { "-" } else { "" };
        let abs = d.digits.unsigned_abs();
        let p = 10u64.pow(u32::from(d.scale));
        write!(
            f,
            "{sign}{}.{:0width$}",
            abs / p,
            abs % p,
            width = usize::from(d.scale)
        )
    }
}

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
    fn interval(self) -> Option<Interval> {
        match self.day {
            Some(day) => day_number(self.year?, self.month, day).map(Interval::point),
            None => month_span(self.year?, self.month, 1),
        }
    }
}

/// The time between the first days of a range's ends: days when an end is a day, else
/// months. Without a year, the ends are placed in one ordinary year (the second in the next
/// one when it comes earlier in the calendar: "du 20/11 au 14/02").
fn range_length(from: RangeEnd, to: RangeEnd) -> Option<String> {
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

fn write_range_end(f: &mut fmt::Formatter<'_>, end: RangeEnd) -> fmt::Result {
    write_year(f, end.year)?;
    write!(f, "-{:02}-{:02}", end.month, end.day.unwrap_or(1))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum DateRef {
    Present,
    Past,
    Future,
}

fn write_year(f: &mut fmt::Formatter<'_>, year: Year) -> fmt::Result {
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

/// The unit of a TIMEX3 DURATION.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum DurationUnit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
}

impl DurationUnit {
    /// The TIMEX3 designator, and whether it belongs after the `T`.
    fn designator(self) -> (&'static str, bool) {
        match self {
            DurationUnit::Second => ("S", true),
            DurationUnit::Minute => ("M", true),
            DurationUnit::Hour => ("H", true),
            DurationUnit::Day => ("D", false),
            DurationUnit::Week => ("W", false),
            DurationUnit::Month => ("M", false),
            DurationUnit::Year => ("Y", false),
            DurationUnit::Decade => ("DE", false),
            DurationUnit::Century => ("CE", false),
        }
    }

    /// Length in seconds, with the average month and year: durations are compared, not added
    /// to calendar dates.
    pub fn seconds(self) -> f64 {
        const DAY: f64 = 86_400.0;
        match self {
            DurationUnit::Second => 1.0,
            DurationUnit::Minute => 60.0,
            DurationUnit::Hour => 3_600.0,
            DurationUnit::Day => DAY,
            DurationUnit::Week => 7.0 * DAY,
            DurationUnit::Month => 30.436_875 * DAY,
            DurationUnit::Year => 365.2425 * DAY,
            DurationUnit::Decade => 3_652.425 * DAY,
            DurationUnit::Century => 36_524.25 * DAY,
        }
    }
}

/// A TIMEX3 DURATION: `P6W`, `P30Y`, `PT30.4S`; `PXY` when the amount is unsaid ("des
/// années"). `amount` and `unit` are its largest unit; `rest` holds the smaller units that
/// follow it in a combined duration, largest first: "deux ans et trois mois" is `P2Y3M`,
/// "une heure et vingt minutes" `PT1H20M`, "un jour et deux heures" `P1DT2H`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct DurationValue {
    pub amount: Option<Decimal>,
    pub unit: DurationUnit,
    pub rest: [Option<(Decimal, DurationUnit)>; MORE_UNITS],
}

/// How many units a combined duration adds after its first ("un an, deux mois, trois jours et
/// quatre heures").
pub const MORE_UNITS: usize = 3;

impl DurationValue {
    /// A duration of one unit.
    pub const fn new(amount: Option<Decimal>, unit: DurationUnit) -> DurationValue {
        DurationValue {
            amount,
            unit,
            rest: [None; MORE_UNITS],
        }
    }

    /// Every unit with its amount, largest first; the first amount may be unsaid.
    pub fn parts(&self) -> impl Iterator<Item = (Option<Decimal>, DurationUnit)> + '_ {
        std::iter::once((self.amount, self.unit))
            .chain(self.rest.iter().flatten().map(|&(a, u)| (Some(a), u)))
    }

    /// The smallest unit and its amount: what the wording counts in ("un mois et 14 jours"
    /// is counted in days).
    pub fn last(&self) -> (Option<Decimal>, DurationUnit) {
        self.parts().last().unwrap_or((self.amount, self.unit))
    }

    /// Adds another unit, kept in order from the largest ("trois jours et deux mois" is
    /// `P2M3D`); `None` when the unit is already there, the amount is unsaid, or there is no
    /// room.
    pub fn and(self, amount: Decimal, unit: DurationUnit) -> Option<DurationValue> {
        let mut parts = [(Decimal::int(0), unit); MORE_UNITS + 1];
        let mut n = 0;
        for (a, u) in self.parts() {
            if u == unit {
                return None;
            }
            parts[n] = (a?, u);
            n += 1;
        }
        if n > MORE_UNITS {
            return None;
        }
        parts[n] = (amount, unit);
        let parts = &mut parts[..=n];
        parts.sort_by_key(|p| std::cmp::Reverse(p.1));
        let mut d = DurationValue::new(Some(parts[0].0), parts[0].1);
        for (slot, &p) in d.rest.iter_mut().zip(&parts[1..]) {
            *slot = Some(p);
        }
        Some(d)
    }

    /// Length in seconds: the sum of its parts; `None` when the amount is unsaid.
    pub fn seconds(&self) -> Option<f64> {
        self.parts()
            .map(|(a, u)| a.map(|a| a.to_f64() * u.seconds()))
            .sum()
    }
}

impl fmt::Display for DurationValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("P")?;
        let mut in_time = false;
        for (amount, unit) in self.parts() {
            let (designator, time) = unit.designator();
            if time && !in_time {
                f.write_str("T")?;
                in_time = true;
            }
            match amount {
                Some(a) => write!(f, "{a}")?,
                None => f.write_str("X")?,
            }
            f.write_str(designator)?;
        }
        Ok(())
    }
}

/// A normalized value of any kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Value {
    Date(DateValue),
    Duration(DurationValue),
    Number(Decimal),
}

impl Value {
    pub fn kind(&self) -> ValueKind {
        match self {
            Value::Date(_) => ValueKind::Date,
            Value::Duration(_) => ValueKind::Duration,
            Value::Number(_) => ValueKind::Number,
        }
    }

    /// The value as a closed interval on its kind's axis (days since 1970-01-01 for dates,
    /// seconds for durations), before any `mod` or tolerance is applied. `None` when the value
    /// cannot be placed: a date whose year is unknown, a duration with no amount, a reference
    /// such as `PAST_REF`.
    pub fn interval(&self) -> Option<Interval> {
        match *self {
            Value::Number(n) => Some(Interval::point(n.to_f64())),
            Value::Duration(d) => d.seconds().map(Interval::point),
            Value::Date(d) => date_interval(d),
        }
    }

    /// Finer precision sorts higher: a day refines a month, which refines a year. Used to
    /// tell a refinement ("2023" against "septembre 2023") from a plain overlap.
    pub fn precision(&self) -> u8 {
        match self {
            Value::Date(d) => match d {
                DateValue::Day { .. } => 9,
                DateValue::Week { .. } | DateValue::WeekEnd { .. } => 8,
                DateValue::Month { .. } => 7,
                DateValue::Season { .. } => 6,
                DateValue::Quarter { .. } => 6,
                DateValue::Half { .. } => 5,
                DateValue::Year { .. } => 4,
                DateValue::Decade { .. } => 3,
                DateValue::Century { .. } => 2,
                DateValue::Range { from, to } => {
                    if from.day.is_some() || to.day.is_some() {
                        8
                    } else {
                        6
                    }
                }
                DateValue::Ref(_) | DateValue::Weekday { .. } => 0,
            },
            Value::Duration(d) => 9 - d.last().1 as u8,
            Value::Number(_) => 9,
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Date(d) => d.fmt(f),
            Value::Duration(d) => d.fmt(f),
            Value::Number(n) => n.fmt(f),
        }
    }
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A closed interval `[lo, hi]` on one kind's axis. Points have `lo == hi`; a one-sided
/// quantity ("plus de 6000") has an infinite end.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    pub lo: f64,
    pub hi: f64,
}

impl Interval {
    pub fn point(x: f64) -> Interval {
        Interval { lo: x, hi: x }
    }

    pub fn overlaps(&self, other: &Interval) -> bool {
        self.lo <= other.hi && other.lo <= self.hi
    }

    pub fn contains(&self, other: &Interval) -> bool {
        self.lo <= other.lo && other.hi <= self.hi
    }

    pub fn len(&self) -> f64 {
        self.hi - self.lo
    }
}

/// Days since 1970-01-01 of a civil date; `None` for an impossible date.
pub fn day_number(year: i32, month: u8, day: u8) -> Option<f64> {
    let y = i16::try_from(year).ok()?;
    let date =
        jiff::civil::Date::new(y, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()?;
    let epoch = jiff::civil::date(1970, 1, 1);
    Some(epoch.until(date).ok()?.get_days() as f64)
}

fn month_span(year: i32, first_month: u8, months: u8) -> Option<Interval> {
    let lo = day_number(year, first_month, 1)?;
    let end_month = u32::from(first_month) + u32::from(months);
    let (ey, em) = if end_month > 12 {
        (year + 1, (end_month - 12) as u8)
    } else {
        (year, end_month as u8)
    };
    let hi = day_number(ey, em, 1)? - 1.0;
    Some(Interval { lo, hi })
}

fn year_span(first: i32, years: i32) -> Option<Interval> {
    Some(Interval {
        lo: day_number(first, 1, 1)?,
        hi: day_number(first + years, 1, 1)? - 1.0,
    })
}

fn date_interval(d: DateValue) -> Option<Interval> {
    match d {
        DateValue::Day { year, month, day } => day_number(year?, month, day).map(Interval::point),
        DateValue::Month { year, month } => month_span(year?, month, 1),
        DateValue::Season { year, season } => {
            // Meteorological seasons; winter belongs to the year it starts in (TIMEX3 `2020-WI`
            // is December 2020 to February 2021).
            let first = match season {
                Season::Spring => 3,
                Season::Summer => 6,
                Season::Fall => 9,
                Season::Winter => 12,
            };
            month_span(year?, first, 3)
        }
        DateValue::Quarter { year, quarter } => {
            month_span(year?, quarter.checked_sub(1)? * 3 + 1, 3)
        }
        DateValue::Half { year, half } => month_span(year?, half.checked_sub(1)? * 6 + 1, 6),
        DateValue::Week { year, week } => {
            let y = i16::try_from(year?).ok()?;
            let monday = jiff::civil::ISOWeekDate::new(
                y,
                i8::try_from(week).ok()?,
                jiff::civil::Weekday::Monday,
            )
            .ok()?
            .date();
            let lo = day_number(
                i32::from(monday.year()),
                monday.month() as u8,
                monday.day() as u8,
            )?;
            Some(Interval { lo, hi: lo + 6.0 })
        }
        DateValue::WeekEnd { year, week } => {
            let week = date_interval(DateValue::Week { year, week })?;
            Some(Interval {
                lo: week.lo + 5.0,
                hi: week.hi,
            })
        }
        DateValue::Year { year } => year_span(year, 1),
        DateValue::Decade { decade } => year_span(decade * 10, 10),
        DateValue::Century { century } => year_span(century * 100, 100),
        DateValue::Range { from, to } => {
            let (a, b) = (from.interval()?, to.interval()?);
            (a.lo <= b.hi).then_some(Interval { lo: a.lo, hi: b.hi })
        }
        DateValue::Ref(_) | DateValue::Weekday { .. } => None,
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timex_forms() {
        let day = Value::Date(DateValue::Day {
            year: Some(2024),
            month: 5,
            day: 8,
        });
        assert_eq!(day.to_string(), "2024-05-08");
        assert_eq!(
            Value::Date(DateValue::Day {
                year: None,
                month: 5,
                day: 9
            })
            .to_string(),
            "XXXX-05-09"
        );
        assert_eq!(
            Value::Date(DateValue::Season {
                year: Some(2020),
                season: Season::Fall
            })
            .to_string(),
            "2020-FA"
        );
        assert_eq!(
            Value::Date(DateValue::Decade { decade: 199 }).to_string(),
            "199X"
        );
        let six_weeks = DurationValue::new(Some(Decimal::int(6)), DurationUnit::Week);
        assert_eq!(six_weeks.to_string(), "P6W");
        let secs = DurationValue::new(Decimal::parse("30.4"), DurationUnit::Second);
        assert_eq!(secs.to_string(), "PT30.4S");
        assert_eq!(
            DurationValue::new(None, DurationUnit::Year).to_string(),
            "PXY"
        );
        let combined = |parts: &[(i64, DurationUnit)]| {
            let (&(a, u), more) = parts.split_first().unwrap();
            more.iter()
                .try_fold(
                    DurationValue::new(Some(Decimal::int(a)), u),
                    |d, &(a, u)| d.and(Decimal::int(a), u),
                )
                .map(|d| d.to_string())
        };
        use DurationUnit::{Day, Hour, Minute, Month, Year};
        assert_eq!(combined(&[(2, Year), (3, Month)]).unwrap(), "P2Y3M");
        assert_eq!(combined(&[(1, Hour), (30, Minute)]).unwrap(), "PT1H30M");
        assert_eq!(combined(&[(1, Day), (2, Hour)]).unwrap(), "P1DT2H");
        assert_eq!(
            combined(&[(1, Year), (1, Month), (21, Day)]).unwrap(),
            "P1Y1M21D"
        );
        // The units are printed largest first, and a unit is not repeated.
        assert_eq!(combined(&[(2, Day), (1, Month)]).unwrap(), "P1M2D");
        assert_eq!(combined(&[(3, Month), (2, Month)]), None);
        assert_eq!(Decimal::parse("100000.0").unwrap().to_string(), "100000");
        assert_eq!(Decimal::parse("0.50").unwrap().to_string(), "0.5");
    }

    #[test]
    fn intervals_nest_by_precision() {
        let year = Value::Date(DateValue::Year { year: 2020 })
            .interval()
            .unwrap();
        let fall = Value::Date(DateValue::Season {
            year: Some(2020),
            season: Season::Fall,
        })
        .interval()
        .unwrap();
        let day = Value::Date(DateValue::Day {
            year: Some(2020),
            month: 11,
            day: 10,
        })
        .interval()
        .unwrap();
        assert!(year.contains(&fall) && fall.contains(&day));
        let sep22 = Value::Date(DateValue::Month {
            year: Some(2022),
            month: 9,
        })
        .interval()
        .unwrap();
        let sep23 = Value::Date(DateValue::Month {
            year: Some(2023),
            month: 9,
        })
        .interval()
        .unwrap();
        assert!(!sep22.overlaps(&sep23));
    }

    #[test]
    fn published_dates_parse_at_any_precision() {
        assert_eq!(Published::parse("2024-05").unwrap().to_string(), "2024-05");
        assert_eq!(Published::parse("2024-05-09").unwrap().day, Some(9));
        assert!(Published::parse("2024-02-30").is_none());
        assert!(Published::parse("24-05").is_none());
    }
}
