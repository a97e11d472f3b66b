//! Implicit precision: the interval a value's wording commits to, before any `mod`.
//!
//! News figures are rounded, and editors read them so. A value carries the precision its
//! wording implies:
//!
//! - **Counts.** A whole number ending in two zeros or more is rounded: to its last non-zero
//!   digit, but never more coarsely than two significant figures (a writer who means "about
//!   100 000" would not write it for 150 000). "100 000" is 100 000 ± 5 000, "2 000" ± 50,
//!   "6 500" ± 50, "200" ± 5; "1 960", "192" and "100 617" are exact. So 100 617 refines
//!   100 000, and 100 000 still conflicts with 120 000 or 10 000. A count halfway between two
//!   round figures rounds up: "2 300" stands for [2 250, 2 350), so it never meets "2 400".
//! - **Durations** are counted in their unit: "six semaines" is 6 weeks ± 0.45 week, "44
//!   jours" 44 days ± 0.45 day, so the two agree and 7 weeks does not agree with 6. A half
//!   ("un mois et demi", P1.5M) is ± a quarter of the unit; other decimals ± half their last
//!   digit. The margin stays under half a unit so that neighbouring counts (6 and 7 weeks)
//!   never touch.
//!   A combined duration ("un mois et 14 jours", P1M14D) is its parts' sum, counted in its
//!   smallest unit: 44.4 days ± 0.45 day, which agrees with "six semaines" and "44 jours".
//! - **Dates** already are intervals at their own precision (a month is its days).
//!
//! - **Lower bounds** ("plus de 6 000") reach up to half as much again as their figure, or to
//!   the figure two of its own rounding steps up when that is further: "plus de 6 000" is 6 000
//!   up to 9 000, "plus de 2 000" up to 4 000, "plus de 6 500" up to 9 750, "plus de trois
//!   semaines" up to five. A writer picks the round figure just below what they know; nobody
//!   writes "plus de 6 000" of 10 000 or "plus de 6 000" for "plus de 60 000", so those
//!   conflict, while a tally's "plus de 80 000" still meets the final 100 000. A power of ten
//!   ("plus de 100 000", "plus d'un an") keeps an open end: it is also what "des milliers" or
//!   "quelques centaines" read as, which say only the order. Dates keep an open end ("après
//!   2020"), and so do upper bounds: "moins de 1 %" may be far less.
//!
//! - **Ranges** ("entre 80 000 et 100 000") run from their first end's lower edge to their
//!   second end's upper one, each end at its own precision.
//!
//! `APPROX` widens the interval to a tenth either way of the figure, where that is wider than
//! its rounding (in `compare`: one approximation, not a tenth on top of the rounding), and a
//! rule's tolerance adds more.

use crate::value::{Decimal, Interval, Value};

/// How far short of half a unit a duration's margin stays.
const UNIT_MARGIN: f64 = 0.45;

/// How far below half a step a round count's upper end stays (relative to the count, at least
/// a millionth of a unit): a count halfway between two round figures rounds up, so "2 300" and
/// "2 400" do not touch at 2 350 and are two readings, as an editor sees them. Too small to
/// show in `explain`, which prints three decimals.
const HALF_UP: f64 = 1e-12;

/// The interval `value` commits to by its wording alone.
pub fn implied(value: &Value) -> Option<Interval> {
    let iv = value.interval()?;
    // A range is as wide as its ends' own wordings: "entre 80 000 et 100 000" runs from
    // 75 000 to just below 105 000.
    if let Value::NumberRange(from, to) = value {
        let (lo, hi) = (
            implied(&Value::Number(*from))?,
            implied(&Value::Number(*to))?,
        );
        return Some(Interval {
            lo: lo.lo,
            hi: hi.hi,
        });
    }
    if let Value::Number(n) = value {
        let half = rounded_half_width(*n);
        return Some(Interval {
            lo: iv.lo - half,
            hi: iv.hi + half
                - if half > 0.0 {
                    (iv.hi.abs() * HALF_UP).max(1e-6)
                } else {
                    0.0
                },
        });
    }
    let half = match value {
        Value::Number(_) | Value::NumberRange(..) => 0.0,
        // A combined duration is counted in its smallest unit: "un mois et 14 jours" to the
        // day.
        Value::Duration(d) => {
            let (amount, unit) = d.last();
            unit.seconds() * amount_margin(amount?)
        }
        Value::Date(_) => 0.0,
    };
    Some(Interval {
        lo: iv.lo - half,
        hi: iv.hi + half,
    })
}

/// How far a lower bound on `value` ("plus de N") reaches: the upper end of its interval,
/// just below the larger of 1.5 N and N plus two of N's rounding steps (the place of its last
/// non-zero digit; a duration's, in its smallest unit). `None` for a date, or a figure that is
/// not positive: the bound then stays open.
pub fn lower_bound_reach(value: &Value) -> Option<f64> {
    let x = value.interval()?.hi;
    let (figure, unit) = match value {
        Value::Number(n) => (n.to_f64(), 1.0),
        Value::Duration(d) => {
            let (amount, unit) = d.last();
            (amount?.to_f64(), unit.seconds())
        }
        // A range states both its ends: no mod bounds it further.
        Value::Date(_) | Value::NumberRange(..) => return None,
    };
    let step = digit_step(figure);
    // A power of ten says only its order, as "des milliers" and "quelques centaines" do
    // (the grammar reads them as 1 000 and 100, `MORE_THAN`): "plus de 100 000" stays open.
    if step == figure.abs() && figure.abs() >= 1.0 {
        return None;
    }
    let step = step * unit;
    if !(x > 0.0 && x.is_finite() && step > 0.0) {
        return None;
    }
    let reach = (1.5 * x).max(x + 2.0 * step);
    Some(reach - (reach * HALF_UP).max(1e-6))
}

/// The place of the last non-zero digit of `x`: 1 000 for 6 000, 100 for 6 500, 0.1 for 1.5.
fn digit_step(x: f64) -> f64 {
    let x = x.abs();
    if !x.is_finite() || x == 0.0 {
        return 0.0;
    }
    if x.fract() != 0.0 {
        let printed = format!("{x}");
        let decimals = printed.split_once('.').map_or(0, |(_, d)| d.len()) as i32;
        return 10f64.powi(-decimals);
    }
    let digits = format!("{}", x as u128);
    let trailing = digits.len() - digits.trim_end_matches('0').len();
    10f64.powi(trailing as i32)
}

/// Half the rounding step of a count: 0 for a number that does not look rounded.
fn rounded_half_width(n: Decimal) -> f64 {
    let x = n.to_f64();
    if x.fract() != 0.0 || x.abs() < 100.0 || !x.is_finite() {
        return 0.0;
    }
    let digits = format!("{}", x.abs() as u128);
    let trailing = digits.len() - digits.trim_end_matches('0').len();
    if trailing < 2 {
        return 0.0;
    }
    let step = trailing.min(digits.len().saturating_sub(2)) as i32;
    10f64.powi(step) / 2.0
}

/// The margin of a duration's amount, in units.
fn amount_margin(amount: Decimal) -> f64 {
    let x = amount.to_f64();
    if x.fract() == 0.0 {
        return UNIT_MARGIN;
    }
    if (x.fract() - 0.5).abs() < 1e-9 {
        return 0.25;
    }
    let printed = format!("{x}");
    let decimals = printed.split_once('.').map_or(0, |(_, d)| d.len()) as i32;
    0.5 * 10f64.powi(-decimals)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::{DurationUnit, DurationValue};

    fn count(x: i64) -> Interval {
        implied(&Value::Number(Decimal::int(x))).unwrap()
    }

    fn duration(amount: &str, unit: DurationUnit) -> Interval {
        implied(&Value::Duration(DurationValue::new(
            Decimal::parse(amount),
            unit,
        )))
        .unwrap()
    }

    #[test]
    fn round_counts_are_rounded_to_two_significant_figures_at_most() {
        assert!(count(100_000).contains(&count(100_617)));
        assert!(!count(100_000).overlaps(&count(120_000)));
        assert!(!count(10_000).overlaps(&count(100_000)));
        assert!(!count(3_000).overlaps(&count(2_000)));
        assert!(!count(120_000).overlaps(&count(150_000)));
        assert!(!count(5_000).overlaps(&count(6_500)));
        assert!(count(2_000).contains(&count(1_960)));
        assert!(!count(2_300).overlaps(&count(2_400)));
        assert!(count(2_400).contains(&count(2_350)));
        assert_eq!(count(192), Interval::point(192.0));
        assert_eq!(count(2020), Interval::point(2020.0));
    }

    #[test]
    fn durations_are_counted_in_their_unit() {
        let weeks6 = duration("6", DurationUnit::Week);
        assert!(weeks6.overlaps(&duration("44", DurationUnit::Day)));
        assert!(weeks6.overlaps(&duration("1.5", DurationUnit::Month)));
        assert!(!weeks6.overlaps(&duration("7", DurationUnit::Week)));
        assert!(!weeks6.overlaps(&duration("2", DurationUnit::Month)));
    }

    #[test]
    fn a_combined_duration_is_counted_in_its_smallest_unit() {
        let month_and_14_days = implied(&Value::Duration(
            DurationValue::new(Some(Decimal::int(1)), DurationUnit::Month)
                .and(Decimal::int(14), DurationUnit::Day)
                .unwrap(),
        ))
        .unwrap();
        assert!(month_and_14_days.overlaps(&duration("44", DurationUnit::Day)));
        assert!(month_and_14_days.overlaps(&duration("6", DurationUnit::Week)));
        assert!(month_and_14_days.overlaps(&duration("1.5", DurationUnit::Month)));
        assert!(!month_and_14_days.overlaps(&duration("7", DurationUnit::Week)));
        assert!(!month_and_14_days.overlaps(&duration("46", DurationUnit::Day)));
        // Counted to the day, it is no longer as coarse as its month.
        assert!(month_and_14_days.len() < 86_400.0);
    }
}
