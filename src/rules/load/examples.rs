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
        let mut examples = Vec::new();
        for j in 0..n {
            let path = [Step::Key("examples"), Step::Index(j)];
            let Some(raw) = self.get::<RawExample>(view, &path, "an example") else {
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
