//! Normalized values: what the grammars produce, what claims carry and what the comparator
//! compares. The normal form is TIMEX3 (ISO-TimeML): every value prints as its TIMEX3 `value`
//! attribute (`2023-09`, `2020-FA`, `P6W`) or, for numbers, as a plain decimal (`100000`, `30.4`).
//!
//! Values are small `Copy` structs rather than strings so that the grammars can build one per
//! match without allocating, and so that the comparator can turn each into an [`Interval`] on
//! one numeric axis (days for dates, seconds for durations, the number itself for counts).

use std::fmt;

use serde::{Serialize, Serializer};

mod date;
mod duration;
mod interval;
mod mention;

pub use date::*;
pub use duration::*;
pub use interval::*;
pub use mention::*;

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

/// A normalized value of any kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Value {
    Date(DateValue),
    Duration(DurationValue),
    Number(Decimal),
    /// A count given as a range, "entre 80 000 et 100 000", "de 5 000 à 7 000": both ends,
    /// the first below the second, written `(80000,100000)`. A count rule reads it where the
    /// grammar found two numbers (see [`Mention::range`]); it agrees with the counts inside it.
    NumberRange(Decimal, Decimal),
}

impl Value {
    pub fn kind(&self) -> ValueKind {
        match self {
            Value::Date(_) => ValueKind::Date,
            Value::Duration(_) => ValueKind::Duration,
            Value::Number(_) | Value::NumberRange(..) => ValueKind::Number,
        }
    }

    /// The value as a closed interval on its kind's axis (days since 1970-01-01 for dates,
    /// seconds for durations), before any `mod` or tolerance is applied. `None` when the value
    /// cannot be placed: a date whose year is unknown, a duration with no amount, a reference
    /// such as `PAST_REF`.
    pub fn interval(&self) -> Option<Interval> {
        match *self {
            Value::Number(n) => Some(Interval::point(n.to_f64())),
            Value::NumberRange(from, to) => {
                let (lo, hi) = (from.to_f64(), to.to_f64());
                (lo <= hi).then_some(Interval { lo, hi })
            }
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
            // Coarser than a count, so that a count inside the range refines it.
            Value::NumberRange(..) => 8,
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Date(d) => d.fmt(f),
            Value::Duration(d) => d.fmt(f),
            Value::Number(n) => n.fmt(f),
            Value::NumberRange(from, to) => write!(f, "({from},{to})"),
        }
    }
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
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
