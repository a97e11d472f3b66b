//! How a claim is written in the index: serde mirrors of the types whose own `Serialize` is
//! the report's (a value as TIMEX text, a modifier as its keyword), so that a stored claim
//! reads back exactly as it was extracted.

use std::ops::Range;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::cues::CueHit;
use crate::extract::Claim;
use crate::rules::MatchedBy;
use crate::value::{DateValue, Decimal, DurationValue, Mod, Value, Warning};

#[derive(Serialize, Deserialize)]
#[serde(remote = "Value")]
enum ValueDef {
    Date(DateValue),
    Duration(DurationValue),
    Number(Decimal),
    NumberRange(Decimal, Decimal),
}

#[derive(Serialize, Deserialize)]
#[serde(remote = "Mod")]
enum ModDef {
    Approx,
    MoreThan,
    LessThan,
    Start,
    Mid,
    End,
}

#[derive(Serialize, Deserialize)]
#[serde(remote = "MatchedBy")]
enum MatchedByDef {
    Pattern(usize),
    Cues(Vec<CueHit>),
}

#[derive(Serialize, Deserialize)]
struct ModWrap(#[serde(with = "ModDef")] Mod);

mod opt_mod {
    use super::*;

    pub fn serialize<S: Serializer>(m: &Option<Mod>, s: S) -> Result<S::Ok, S::Error> {
        m.map(ModWrap).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Mod>, D::Error> {
        Ok(Option::<ModWrap>::deserialize(d)?.map(|w| w.0))
    }
}

/// A claim without its source index: the entry it is stored in says whose it is.
#[derive(Serialize, Deserialize)]
#[serde(remote = "Claim")]
struct ClaimDef {
    rule: usize,
    #[serde(skip)]
    source: usize,
    #[serde(with = "MatchedByDef")]
    by: MatchedBy,
    span: Range<usize>,
    context: Range<usize>,
    evidence: Range<usize>,
    #[serde(with = "ValueDef")]
    value: Value,
    #[serde(with = "opt_mod")]
    modifier: Option<Mod>,
    subject: Option<String>,
    warnings: Vec<Warning>,
}

/// One stored claim (in the index, and in the hand-off's claim lines).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoredClaim(#[serde(with = "ClaimDef")] pub Claim);

/// A value and its `mod`, as the per-fact summary stores one class of claims (`index::facts`).
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct StoredValue(
    #[serde(with = "ValueDef")] pub Value,
    #[serde(with = "opt_mod")] pub Option<Mod>,
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_claim_reads_back_as_it_was_written() {
        let claim = Claim {
            rule: 3,
            source: 0,
            by: MatchedBy::Pattern(1),
            span: 4..9,
            context: 0..20,
            evidence: 2..9,
            value: Value::Number(Decimal {
                digits: 1205,
                scale: 1,
            }),
            modifier: Some(Mod::MoreThan),
            subject: Some("ville".into()),
            warnings: Vec::new(),
        };
        let text = serde_json::to_string(&StoredClaim(claim.clone())).unwrap();
        let back: StoredClaim = serde_json::from_str(&text).unwrap();
        assert_eq!(back.0, claim);
    }
}
