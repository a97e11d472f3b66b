//! Checks within one text that need more than one mention: a part larger than its whole
//! ("130 000 des 120 000"). Checks on a single date (weekday, impossible day) run where the
//! date is read, in [`super::date`].

use super::{Cx, Lang};
use crate::value::{ByteSpan, Mention, Value, ValueKind, Warning, WarningCode};

/// Flags "A des B" / "A sur B" when A > B, on the part A.
pub fn part_exceeds_whole(cx: &Cx, out: &mut [Mention]) {
    for k in 1..out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        if a.kind != ValueKind::Number || b.kind != ValueKind::Number {
            continue;
        }
        let between = cx.text[a.end..b.start].trim();
        let linked = match cx.lang {
            Lang::Fr => matches!(
                between,
                "des" | "sur" | "sur les" | "parmi les" | "d'entre les" | "d’entre les"
            ),
            Lang::En => matches!(
                between,
                "of" | "of the" | "out of" | "out of the" | "among the"
            ),
        };
        if !linked {
            continue;
        }
        let (Value::Number(pa), Value::Number(pb)) = (a.value, b.value) else {
            continue;
        };
        if pa.to_f64() > pb.to_f64() {
            let spans = vec![
                ByteSpan {
                    start: a.start,
                    end: a.end,
                },
                ByteSpan {
                    start: b.start,
                    end: b.end,
                },
            ];
            let message = format!("{} is more than the whole it is part of ({})", pa, pb);
            out[k - 1].warnings.push(Warning {
                code: WarningCode::PartExceedsWhole,
                message,
                spans,
            });
        }
    }
}
