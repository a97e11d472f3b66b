//! Tolerance syntax: `5%`, `500`, `3 days`, and the units of time rule files may write.

use super::super::model::Tolerance;
use crate::value::{DurationUnit, ValueKind};

/// Parses a tolerance as rule files write it; the message says what is wrong.
///
/// - `5%`: a fraction of the value, for `count` and `duration` rules;
/// - `500`: an absolute amount, for `count` rules;
/// - `3 days`, `2 weeks`, `12 hours`: an amount of time, for `date` rules (kept in days) and
///   `duration` rules (kept in seconds). Units: second, minute, hour, day, week, month, year,
///   singular or plural, in English or French (jour, semaine, mois, an, année…).
pub fn parse_tolerance(text: &str, kind: ValueKind) -> Result<Tolerance, (String, Option<String>)> {
    let t = text.trim();
    let number_end = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-' || c == '+'))
        .unwrap_or(t.len());
    let (number, unit) = (&t[..number_end], t[number_end..].trim());
    let amount: f64 = match number.parse::<f64>() {
        Ok(a) if a.is_finite() => a,
        _ => {
            return Err((
                format!("tolerance `{text}` is not a number"),
                Some(tolerance_help(kind).to_string()),
            ));
        }
    };
    if amount < 0.0 {
        return Err((
            format!("tolerance `{text}` is negative"),
            Some("a tolerance is how far apart two values may be: zero or more".into()),
        ));
    }
    if unit == "%" {
        if kind == ValueKind::Date {
            return Err((
                "a date tolerance cannot be a percentage".to_string(),
                Some("a date has no size to take a percentage of; write an amount of time such as `3 days`".into()),
            ));
        }
        if amount > 100.0 {
            return Err((
                format!("tolerance `{text}` is over 100%"),
                Some("100% already accepts anything from zero to twice the value".into()),
            ));
        }
        return Ok(Tolerance::Percent(amount));
    }
    if unit.is_empty() {
        return match kind {
            ValueKind::Number => Ok(Tolerance::Absolute(amount)),
            _ => Err((
                format!("tolerance `{text}` has no unit"),
                Some(tolerance_help(kind).to_string()),
            )),
        };
    }
    let Some(unit) = time_unit(unit) else {
        return Err((
            format!("unknown unit `{unit}` in tolerance `{text}`"),
            Some(tolerance_help(kind).to_string()),
        ));
    };
    let seconds = amount * unit.seconds();
    match kind {
        ValueKind::Date => Ok(Tolerance::Absolute(seconds / 86_400.0)),
        ValueKind::Duration => Ok(Tolerance::Absolute(seconds)),
        ValueKind::Number => Err((
            format!("a count tolerance has no unit: `{text}`"),
            Some(tolerance_help(kind).to_string()),
        )),
    }
}

fn tolerance_help(kind: ValueKind) -> &'static str {
    match kind {
        ValueKind::Number => "a count tolerance is a number (`500`) or a percentage (`5%`)",
        ValueKind::Date => "a date tolerance is an amount of time: `3 days`, `2 weeks`, `1 month`",
        ValueKind::Duration => {
            "a duration tolerance is an amount of time (`2 days`, `1 week`) or a percentage (`10%`)"
        }
    }
}

fn time_unit(unit: &str) -> Option<DurationUnit> {
    let u = unit.to_lowercase();
    let u = u
        .strip_suffix('s')
        .filter(|s| !s.is_empty() && u != "mois")
        .unwrap_or(&u);
    Some(match u {
        "second" | "seconde" | "sec" => DurationUnit::Second,
        "minute" | "min" => DurationUnit::Minute,
        "hour" | "heure" | "h" => DurationUnit::Hour,
        "day" | "jour" | "d" => DurationUnit::Day,
        "week" | "semaine" | "w" => DurationUnit::Week,
        "month" | "moi" | "mois" => DurationUnit::Month,
        "year" | "an" | "année" | "annee" | "y" => DurationUnit::Year,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tolerances() {
        assert_eq!(
            parse_tolerance("5%", ValueKind::Number),
            Ok(Tolerance::Percent(5.0))
        );
        assert_eq!(
            parse_tolerance("500", ValueKind::Number),
            Ok(Tolerance::Absolute(500.0))
        );
        assert_eq!(
            parse_tolerance("2 weeks", ValueKind::Date),
            Ok(Tolerance::Absolute(14.0))
        );
        assert_eq!(
            parse_tolerance("3 jours", ValueKind::Date),
            Ok(Tolerance::Absolute(3.0))
        );
        assert_eq!(
            parse_tolerance("1 mois", ValueKind::Duration),
            Ok(Tolerance::Absolute(DurationUnit::Month.seconds()))
        );
        assert!(parse_tolerance("5%", ValueKind::Date).is_err());
        assert!(parse_tolerance("-3", ValueKind::Number).is_err());
        assert!(parse_tolerance("3", ValueKind::Date).is_err());
        assert!(parse_tolerance("many", ValueKind::Number).is_err());
        assert!(parse_tolerance("3 days", ValueKind::Number).is_err());
    }
}
