//! A value as an [`Interval`] on its kind's axis (days for dates, seconds for durations, the
//! number itself for counts): what the comparator compares.

use super::*;

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

pub(super) fn month_span(year: i32, first_month: u8, months: u8) -> Option<Interval> {
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

pub(super) fn year_span(first: i32, years: i32) -> Option<Interval> {
    Some(Interval {
        lo: day_number(first, 1, 1)?,
        hi: day_number(first + years, 1, 1)? - 1.0,
    })
}

pub(super) fn date_interval(d: DateValue) -> Option<Interval> {
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
