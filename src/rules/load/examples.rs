//! Reading a rule's `examples` and `counter-examples`, and checking that an expected value is
//! written in the normal form values print in. Where each example is written is located only
//! for an error found here; otherwise later, when a diagnostic (a failing `rules test`) asks
//! ([`LazyOrigin`]): locating is a parse of the rule's text, most of the load time of
//! thousands of rules.

use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

use super::FileCheck;
use crate::rules::compile;
use crate::rules::error::ErrorCode;
use crate::rules::model::{CounterExample, Example, ExpectedValue, LazyOrigin};
use crate::value::{Decimal, Mod, Published, ValueKind};
use crate::yaml::{ScalarText, SeqLen, Step, View};

/// A positive example as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawExample {
    text: String,
    value: ScalarText,
    published: Option<ScalarText>,
    #[serde(rename = "mod")]
    modifier: Option<String>,
}

impl FileCheck<'_> {
    pub(super) fn examples(&mut self, view: &View<'_>, kind: Option<ValueKind>) -> Vec<Example> {
        let Some(SeqLen(n)) = self.get::<SeqLen>(view, &[Step::Key("examples")], "`examples`")
        else {
            return Vec::new();
        };
        // Every example in one read when they all read: a count's `value: 500` is a number
        // the parsed value cannot give as written, so that read parses the rule's text, once
        // for all its examples rather than once for each. When one does not read, each is read
        // alone, for its error.
        let mut all = view
            .parse_at::<Vec<RawExample>>(&[Step::Key("examples")])
            .ok()
            .flatten()
            .filter(|all| all.len() == n)
            .map(Vec::into_iter);
        let mut examples = Vec::new();
        for j in 0..n {
            let path = [Step::Key("examples"), Step::Index(j)];
            let read = match all.as_mut() {
                Some(all) => all.next(),
                None => self.get::<RawExample>(view, &path, "an example"),
            };
            let Some(raw) = read else {
                continue;
            };
            // Located only on an error here; otherwise when a diagnostic asks (LazyOrigin).
            let at = view.spot(&path);
            let spot =
                |key: &str| view.spot(&[Step::Key("examples"), Step::Index(j), Step::Key(key)]);
            let locate = |key: &str| {
                spot(key)
                    .locate(&self.file.text)
                    .or_else(|| at.locate(&self.file.text))
                    .unwrap_or(0)
            };
            let published = match &raw.published {
                None => None,
                Some(p) => match Published::parse(&p.0) {
                    Some(p) => Some(p),
                    None => {
                        let offset = locate("published");
                        self.error(
                            ErrorCode::InvalidValue,
                            self.token(offset),
                            format!("`{}` is not a publication date", p.0),
                            Some("write YYYY, YYYY-MM or YYYY-MM-DD".into()),
                        );
                        continue;
                    }
                },
            };
            let modifier = match &raw.modifier {
                None => None,
                Some(m) => match Mod::parse(m) {
                    Some(m) => Some(m),
                    None => {
                        let offset = locate("mod");
                        let names = ["APPROX", "MORE_THAN", "LESS_THAN", "START", "MID", "END"];
                        let help = compile::did_you_mean(
                            m,
                            &names,
                            &format!("`mod` is one of {}", names.join(", ")),
                        );
                        self.error(
                            ErrorCode::InvalidValue,
                            self.token(offset),
                            format!("unknown mod `{m}`"),
                            Some(help),
                        );
                        continue;
                    }
                },
            };
            if let Some(kind) = kind {
                if let Err(help) = check_expected_value(&raw.value.0, kind) {
                    let value_offset = locate("value");
                    self.error(
                        ErrorCode::InvalidValue,
                        self.token(value_offset),
                        format!(
                            "`{}` is not a normalized {} value",
                            raw.value.0,
                            compile::kind_name(kind)
                        ),
                        Some(help),
                    );
                    continue;
                }
            }
            examples.push(Example {
                text: raw.text,
                value: ExpectedValue(raw.value.0),
                modifier,
                published,
                origin: LazyOrigin::new(self.file, vec![at.clone()]),
                text_origin: LazyOrigin::new(self.file, vec![spot("text"), at.clone()]),
                value_origin: LazyOrigin::new(self.file, vec![spot("value"), at]),
            });
        }
        examples
    }

    pub(super) fn counter_examples(&mut self, view: &View<'_>) -> Vec<CounterExample> {
        let written: Vec<String> = self
            .get(view, &[Step::Key("counter-examples")], "`counter-examples`")
            .unwrap_or_default();
        written
            .into_iter()
            .enumerate()
            .map(|(j, text)| CounterExample {
                text,
                origin: LazyOrigin::new(
                    self.file,
                    vec![view.spot(&[Step::Key("counter-examples"), Step::Index(j)])],
                ),
            })
            .collect()
    }
}

/// The printed forms of dates and durations (see `value.rs`), compiled once.
static DATE_FORM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:\d{4}|XXXX)(?:-(?:\d{2}(?:-\d{2})?|SP|SU|FA|WI|Q[1-4]|H[12]|W\d{2}))?|\d{3}X|\d{2}XX|(?:PRESENT|PAST|FUTURE)_REF|XXXX-WXX-[1-7])$",
    )
    .expect("a valid regex")
});
static DURATION_FORM: LazyLock<Regex> = LazyLock::new(|| {
    // One unit ("P6W", "PT2H", "PXY") or several, largest first ("P2Y3M", "PT1H30M",
    // "P1DT2H"): the forms `DurationValue` prints.
    Regex::new(
        r"^P(?:(?:(?:\d+(?:\.\d+)?|X)(?:DE|CE|Y|M|W|D))+(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?|T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)$",
    )
    .expect("a valid regex")
});

/// Whether an example's expected value is written in the normal form values print in, so
/// that it can ever compare equal; the error is a help text.
fn check_expected_value(v: &str, kind: ValueKind) -> Result<(), String> {
    let ok = match kind {
        ValueKind::Number => {
            Decimal::parse(&v.replace([' ', '\u{a0}', '\u{202f}', '_'], "")).is_some()
        }
        ValueKind::Date => DATE_FORM.is_match(v),
        ValueKind::Duration => DURATION_FORM.is_match(v),
    };
    if ok {
        return Ok(());
    }
    Err(match kind {
        ValueKind::Number => "a count is a plain number: `100000`, `30.4`".to_string(),
        ValueKind::Date => {
            "a date is a TIMEX3 value: `2023-09-19`, `2023-09`, `2020-FA`, `2020`, `XXXX-05-09`"
                .to_string()
        }
        ValueKind::Duration => {
            "a duration is a TIMEX3 value: `P6W`, `P30Y`, `PT2H`, `P1M14D`".to_string()
        }
    })
}

#[cfg(test)]
mod tests {
    use crate::rules::load_str;

    /// A count rule's examples whose values are numbers (which the parsed document gives as
    /// numbers, not as written), in block and flow style: each read as written.
    #[test]
    fn numeric_values_are_read_as_written() {
        let text = "rules:\n  - id: a\n    title: t\n    kind: count\n    cues: [soldats]\n    examples:\n      - text: 500 soldats\n        value: 500\n      - {text: '2,50 soldats', value: 2.50}\n      - text: 1000 soldats\n        value: 1000.0\n        published: 2023-09-19\n      - text: dix soldats\n        value: '10'\n";
        let set = load_str("n.yaml", text).expect("the rule loads");
        let got: Vec<(&str, &str)> = set.rules[0]
            .examples
            .iter()
            .map(|e| (e.text.as_str(), e.value.0.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("500 soldats", "500"),
                ("2,50 soldats", "2.50"),
                ("1000 soldats", "1000.0"),
                ("dix soldats", "10"),
            ]
        );
        assert!(set.rules[0].examples[2].published.is_some());
    }

    /// When one example does not read, the others still do, and only its problem is told,
    /// at its place.
    #[test]
    fn an_example_that_does_not_read_spoils_only_itself() {
        let text = "rules:\n  - id: a\n    title: t\n    kind: count\n    cues: [soldats]\n    examples:\n      - text: 500 soldats\n        value: 500\n      - text: 600 soldats\n        valeur: 600\n      - text: 700 soldats\n        value: 7OO\n";
        let errors = load_str("n.yaml", text).expect_err("two examples are wrong");
        let shorts: Vec<String> = errors.iter().map(|e| e.short()).collect();
        assert_eq!(shorts.len(), 2, "{shorts:?}");
        assert!(
            shorts[0].contains("n.yaml:10:9") && shorts[0].contains("valeur"),
            "{shorts:?}"
        );
        assert!(
            shorts[1].contains("n.yaml:12:16") && shorts[1].contains("7OO"),
            "{shorts:?}"
        );
    }
}
