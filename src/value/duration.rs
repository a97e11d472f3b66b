//! Duration values: `DurationValue` and its units, as TIMEX3 writes them (`P6W`, `PT30M`).

use std::fmt;

use super::*;

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
