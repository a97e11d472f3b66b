//! Sources without a publication date, and what that costs. A large corpus often comes without
//! `sources.yaml`; its articles' dates without a year ("le 17 avril", "mercredi") then cannot be
//! placed, come out as `XXXX-04-17`, and agree or conflict with nothing. A check says so once,
//! on stderr, with the counts, rather than leaving a reader to wonder why a fact stated by a
//! thousand articles has so few claims that compare.

use crate::report::Report;
use crate::value::Value;

/// How many sources have no publication date, and how many claims lost their year for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Undated {
    pub sources: usize,
    pub of: usize,
    /// Claims from those sources whose date has no year (`XXXX-…`).
    pub yearless_claims: usize,
}

/// The sources of `report` that have no publication date; `None` when every source has one.
pub fn undated(report: &Report) -> Option<Undated> {
    let undated: Vec<bool> = report
        .sources
        .iter()
        .map(|s| s.published.is_none())
        .collect();
    if let Some(spilled) = &report.spilled {
        // The spilled sources and claims were counted as they were extracted.
        return (spilled.undated > 0).then_some(Undated {
            sources: spilled.undated,
            of: report.summary.sources,
            yearless_claims: spilled.yearless,
        });
    }
    count(
        &undated,
        report.claims.iter().map(|c| (c.source_index, &c.value)),
    )
}

/// The same count from each source's "has no publication date" and each claim's source and
/// value: what `lint` says of the whole corpus it compared, before its report keeps only the
/// sources it quotes.
pub fn count<'v>(
    undated: &[bool],
    claims: impl Iterator<Item = (usize, &'v Value)>,
) -> Option<Undated> {
    let sources = undated.iter().filter(|u| **u).count();
    if sources == 0 {
        return None;
    }
    let yearless_claims = claims
        .filter(|&(s, v)| undated.get(s).copied().unwrap_or(false) && is_yearless(v))
        .count();
    Some(Undated {
        sources,
        of: undated.len(),
        yearless_claims,
    })
}

pub(crate) fn is_yearless(value: &Value) -> bool {
    matches!(value, Value::Date(_)) && value.to_string().starts_with("XXXX")
}

/// The one line a check prints on stderr about them.
pub fn notice(u: &Undated) -> String {
    let plural = |n: usize, one: &str, many: &str| {
        if n == 1 {
            format!("{n} {one}")
        } else {
            format!("{n} {many}")
        }
    };
    format!(
        "note: {} of {} have no publication date (sources.yaml, a manifest, front matter): dates they \
         write without a year (\"le 17 avril\", \"mercredi\") cannot be placed; {} came out without \
         a year and compare with nothing",
        plural(u.sources, "source", "sources"),
        u.of,
        plural(u.yearless_claims, "claim", "claims"),
    )
}
