//! A value's own parts as context tokens: sources that state one fact mostly agree on its
//! value, and when they disagree they differ in one part.

use crate::value::{Mention, ValueKind};

/// The nearness factor of a value's own tokens: as much as a word of its clause.
pub const VALUE_WEIGHT: f64 = 2.0;

/// The prefix of value tokens: no word's base starts with it.
pub const VALUE_MARK: char = '#';

/// The parts of a value as context tokens (`#y2023`, `#m09`, `#md04-17`; `#P6W`, `#uW`;
/// `#n100000`, `#s10`, `#e5`). Sources that state one fact mostly agree, and when they do
/// not they differ in one part (the year, a digit, a power of ten): each part they share is
/// evidence of one fact, as rare as the value is in the corpus, while the parts they do not
/// share leave the disagreement to be found.
pub fn value_tokens(m: &Mention) -> Vec<String> {
    let printed = m.value.to_string();
    let mut out = Vec::new();
    match m.kind {
        ValueKind::Date => {
            let parts: Vec<&str> = printed.split('-').collect();
            if let Some(y) = parts.first().filter(|y| !y.contains('X')) {
                out.push(format!("{VALUE_MARK}y{y}"));
            }
            if let Some(month) = parts.get(1).filter(|p| !p.contains('X')) {
                out.push(format!("{VALUE_MARK}m{month}"));
                if let Some(day) = parts.get(2).filter(|p| !p.contains('X')) {
                    out.push(format!("{VALUE_MARK}md{month}-{day}"));
                }
            }
        }
        ValueKind::Duration => {
            if !printed.contains('X') {
                out.push(format!("{VALUE_MARK}{printed}"));
            }
            if let Some(unit) = printed.chars().last() {
                out.push(format!("{VALUE_MARK}u{unit}"));
            }
        }
        ValueKind::Number => {
            out.push(format!("{VALUE_MARK}n{printed}"));
            let digits: String = printed
                .chars()
                .filter(char::is_ascii_digit)
                .skip_while(|&c| c == '0')
                .collect();
            let whole = printed
                .split('.')
                .next()
                .unwrap_or("")
                .trim_start_matches('-');
            if digits.len() >= 2 {
                out.push(format!("{VALUE_MARK}s{}", &digits[..2]));
            }
            out.push(format!("{VALUE_MARK}e{}", whole.len()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::{Lang, scan};

    fn tokens(text: &str) -> Vec<String> {
        let published = crate::value::Published::parse("2024-05-09");
        value_tokens(&scan(text, Lang::Fr, published)[0])
    }

    #[test]
    fn two_dates_a_year_apart_share_their_month() {
        let a = tokens("en septembre 2022");
        let b = tokens("en septembre 2023");
        assert!(a.contains(&"#m09".to_string()) && b.contains(&"#m09".to_string()));
        assert!(!b.contains(&"#y2022".to_string()));
    }

    #[test]
    fn a_count_ten_times_larger_shares_its_digits_not_its_size() {
        let a = tokens("10 000 personnes");
        let b = tokens("100 000 personnes");
        assert!(a.contains(&"#s10".to_string()) && b.contains(&"#s10".to_string()));
        assert!(a.contains(&"#e5".to_string()) && b.contains(&"#e6".to_string()));
    }
}
