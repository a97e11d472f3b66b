//! `rules why`: the near-miss view. For a text, which rules took which values, and which
//! values a rule almost took and what it lacked (the unit, a cue, a word near enough, the
//! anchor), so that an author sees why a claim was missed and which key to change.

use std::fmt::Write as _;

use super::matching::{match_text, near_misses};
use super::model::RuleSet;
use crate::cues::matching::Missing;
use crate::grammar::{self, Lang};
use crate::value::Published;

/// How many requirements a value may lack and still be shown without `--rule`.
pub const ALMOST: usize = 1;

/// The report of `rules why` on `text`: every claim the rules take, then every near miss
/// (all misses of `only` when it names a rule; else values that lack at most `ALMOST`
/// requirement). Lines are `line:column`, 1-based, in the text.
pub fn why(
    set: &RuleSet,
    only: Option<&str>,
    text: &str,
    lang: Lang,
    published: Option<Published>,
) -> String {
    let mentions = grammar::scan(text, lang, published);
    let mut out = String::new();
    let at = |offset: usize| {
        let line = text[..offset].matches('\n').count() + 1;
        let column = text[..offset]
            .rfind('\n')
            .map_or(offset, |i| offset - i - 1)
            + 1;
        format!("{line}:{column}")
    };
    for rule in &set.rules {
        if only.is_some_and(|id| id != rule.id) || rule.lang.is_some_and(|l| l != lang) {
            continue;
        }
        for m in match_text(rule, text, &mentions) {
            let v = &mentions[m.mention];
            let (value, modifier) = crate::extract::as_kind(v, rule.kind);
            let value = match modifier {
                Some(md) => format!("{value} {}", md.as_str()),
                None => value.to_string(),
            };
            let _ = writeln!(
                out,
                "{}  {}  takes “{}” = {}  ({})",
                at(v.start),
                rule.id,
                &text[v.start..v.end],
                value,
                m.by.describe(rule, text)
            );
        }
        for (i, missing) in near_misses(rule, text, &mentions) {
            if only.is_none() && (missing.len() > ALMOST || only_absent_cues(&missing)) {
                continue;
            }
            let v = &mentions[i];
            let reasons: Vec<String> = missing.iter().map(ToString::to_string).collect();
            let _ = writeln!(
                out,
                "{}  {}  misses “{}” = {}: {}",
                at(v.start),
                rule.id,
                &text[v.start..v.end],
                v.value,
                reasons.join("; ")
            );
        }
    }
    if out.is_empty() {
        out.push_str("no rule takes or almost takes a value of this text\n");
    }
    out
}

/// A value whose only lack is a cue absent from its sentence is not near the rule at all.
fn only_absent_cues(missing: &[Missing]) -> bool {
    missing.iter().all(|m| matches!(m, Missing::Cue { .. }))
}
