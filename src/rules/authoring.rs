//! What rule authors run: `rules list`, `rules explain`, `rules test`, and the generated
//! claims reference. Functions return strings or structured results; the CLI prints them.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::compile::kind_name;
use super::error::{ErrorCode, RuleError};
use super::matching::match_text;
use super::model::{Rule, RuleSet, Scope, Severity, Tolerance};
use crate::grammar::{self, Lang};
use crate::value::{Mention, Mod, Published, ValueKind};
use crate::yaml;

/// One line of `rules list`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleSummary {
    pub id: String,
    /// As rule files write it: `date`, `count`, `duration`.
    pub kind: &'static str,
    pub title: String,
    pub file: PathBuf,
    pub line: usize,
}

/// Every rule, by id.
pub fn summaries(set: &RuleSet) -> Vec<RuleSummary> {
    set.rules
        .iter()
        .map(|r| RuleSummary {
            id: r.id.clone(),
            kind: kind_name(r.kind),
            title: r.title.clone(),
            file: r.origin.file.clone(),
            line: r.origin.line,
        })
        .collect()
}

/// `rules list`: one rule per line, aligned columns: id, kind, title, file:line.
pub fn render_list(set: &RuleSet) -> String {
    let rows = summaries(set);
    let id_w = rows.iter().map(|r| r.id.chars().count()).max().unwrap_or(0);
    let title_w = rows
        .iter()
        .map(|r| r.title.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for r in &rows {
        let _ = writeln!(
            out,
            "{:id_w$}  {:8}  {:title_w$}  {}:{}",
            r.id,
            r.kind,
            r.title,
            r.file.display(),
            r.line
        );
    }
    out
}

/// A place in the corpus where a rule gives a claim, for `rules explain`. The caller (who
/// has the sources) fills it from extracted claims.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CorpusMatch {
    /// The source's name or path.
    pub source: String,
    pub line: usize,
    /// The sentence (or paragraph) the pattern matched in.
    pub context: String,
    /// The value's printed form (`2023-09`, `100000`).
    pub value: String,
    #[serde(rename = "mod")]
    pub modifier: Option<Mod>,
}

/// What the built-in grammar puts where a pattern says `{date}`, `{count}` or `{duration}`.
fn placeholder_meaning(kind: ValueKind) -> &'static str {
    match kind {
        ValueKind::Date => {
            "{date} = a date the built-in grammar reads, with its qualifier (\"septembre 2023\", \"fin de 2020\", \"17 avril\", \"mercredi\"), never a leading preposition or article; see `factlint scan`"
        }
        ValueKind::Number => {
            "{count} = a number the built-in grammar reads, with its qualifier (\"environ 100 000\", \"plus de 6000\", \"deux mille\"); see `factlint scan`"
        }
        ValueKind::Duration => {
            "{duration} = a duration the built-in grammar reads, with its qualifier (\"six semaines\", \"près de trente ans\"); see `factlint scan`"
        }
    }
}

/// `rules explain ID`: everything a rule says, with its patterns as compiled and, when
/// `matches` is given, where it matches in a corpus.
pub fn explain(rule: &Rule, matches: Option<&[CorpusMatch]>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} — {}", rule.id, rule.title);
    let _ = writeln!(
        out,
        "  defined at {}:{}:{}",
        rule.origin.file.display(),
        rule.origin.line,
        rule.origin.column
    );
    let _ = writeln!(out, "  {}", facts(rule).join(", "));
    if let Some(d) = &rule.description {
        out.push('\n');
        for line in wrap(d.trim(), 96) {
            let _ = writeln!(out, "  {line}");
        }
    }
    if let Some(link) = &rule.link {
        let _ = writeln!(out, "\n  see {link}");
    }
    if let Some(spec) = &rule.cues {
        out.push_str("\ncues (each word matches its inflections; a class lists its words):\n");
        for (role, item) in spec.items() {
            let words: Vec<&str> = item.phrases.iter().map(|p| p.written.as_str()).collect();
            let shown = if item.written.starts_with('@') || words.len() > 1 {
                format!("{} = {}", item.written, words.join(", "))
            } else {
                item.written.clone()
            };
            let _ = writeln!(out, "  {:<8} {shown}", role.key());
        }
        if !spec.near.is_empty() {
            let _ = writeln!(out, "  window   {} words", spec.window);
        }
    }
    if !rule.patterns.is_empty() {
        out.push_str("\npatterns (as written → as compiled, case-insensitive):\n");
        for (i, p) in rule.patterns.iter().enumerate() {
            let _ = writeln!(out, "  {}. {}", i + 1, p.source);
            if p.expanded != p.source {
                let _ = writeln!(out, "     → {}", p.expanded);
            }
        }
        // The value placeholder is not a regex: say what fills it.
        let _ = writeln!(out, "  {}", placeholder_meaning(rule.kind));
    }
    for (name, words) in [("require", &rule.require), ("exclude", &rule.exclude)] {
        if !words.is_empty() {
            let list: Vec<&str> = words.iter().map(|w| w.source.as_str()).collect();
            let _ = writeln!(out, "{name}: {}", list.join(", "));
        }
    }
    if !rule.subjects.is_empty() {
        out.push_str("subjects:\n");
        for s in &rule.subjects {
            let _ = writeln!(
                out,
                "  {}: {}",
                s.name,
                s.regex.as_str().trim_start_matches("(?i)")
            );
        }
    }
    if !rule.examples.is_empty() {
        out.push_str("examples:\n");
        for e in &rule.examples {
            let _ = writeln!(
                out,
                "  {} → {}",
                quote(&e.text),
                expected(&e.value.0, e.modifier, e.published)
            );
        }
    }
    if !rule.counter_examples.is_empty() {
        out.push_str("counter-examples:\n");
        for c in &rule.counter_examples {
            let _ = writeln!(out, "  {}", quote(&c.text));
        }
    }
    if let Some(matches) = matches {
        if matches.is_empty() {
            out.push_str("corpus: no match\n");
        } else {
            let _ = writeln!(out, "corpus: {} match(es)", matches.len());
            for m in matches {
                let modifier = m.modifier.map(|x| format!(" {x}")).unwrap_or_default();
                let _ = writeln!(
                    out,
                    "  {}:{}: {}{} in {}",
                    m.source,
                    m.line,
                    m.value,
                    modifier,
                    quote(&m.context)
                );
            }
        }
    }
    out
}

/// The rule `id`, or a message naming the closest ids, for `rules explain ID`.
pub fn find_rule<'s>(set: &'s RuleSet, id: &str) -> Result<&'s Rule, String> {
    if let Some(rule) = set.get(id) {
        return Ok(rule);
    }
    let ids: Vec<&str> = set.rules.iter().map(|r| r.id.as_str()).collect();
    let hint = super::compile::did_you_mean(id, &ids, "`factlint rules list` shows every rule");
    Err(format!("no rule `{id}`: {hint}"))
}

fn facts(rule: &Rule) -> Vec<String> {
    let mut facts = vec![format!("kind: {}", kind_name(rule.kind))];
    if let Some(u) = &rule.unit {
        facts.push(format!("unit: {u}"));
    }
    if let Some(t) = rule.tolerance {
        let written = rule
            .tolerance_source
            .clone()
            .unwrap_or_else(|| tolerance_text(t, rule));
        facts.push(format!("tolerance: {written}"));
    }
    if rule.tally.is_some() {
        facts.push("tally: increasing".to_string());
    }
    if rule.severity != Severity::Error {
        facts.push(format!("severity: {}", severity_name(rule.severity)));
    }
    if rule.scope != Scope::Sentence {
        facts.push("scope: paragraph".to_string());
    }
    if let Some(l) = rule.lang {
        facts.push(format!("lang: {}", l.as_str()));
    }
    facts
}

fn severity_name(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

/// A tolerance in the unit its rule's kind is measured in.
pub fn tolerance_text(t: Tolerance, rule: &Rule) -> String {
    match t {
        Tolerance::Percent(p) => format!("{p}%"),
        Tolerance::Absolute(a) => match rule.kind {
            crate::value::ValueKind::Date => format!("{a} day(s)"),
            crate::value::ValueKind::Duration => format!("{a} second(s)"),
            crate::value::ValueKind::Number => format!("{a}"),
        },
    }
}

fn expected(value: &str, modifier: Option<Mod>, published: Option<Published>) -> String {
    let mut s = value.to_string();
    if let Some(m) = modifier {
        let _ = write!(s, " ({m})");
    }
    if let Some(p) = published {
        let _ = write!(s, ", published {p}");
    }
    s
}

fn quote(s: &str) -> String {
    format!("“{}”", s.trim())
}

fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// What `rules test` found: how many examples ran, and a diagnostic per failure.
#[derive(Debug, Default)]
pub struct TestOutcome {
    pub examples: usize,
    pub counter_examples: usize,
    pub failures: Vec<RuleError>,
}

impl TestOutcome {
    pub fn passed(&self) -> bool {
        self.failures.is_empty()
    }

    /// "12 examples, 4 counter-examples: 1 failure".
    pub fn summary(&self) -> String {
        let failures = match self.failures.len() {
            0 => "all pass".to_string(),
            1 => "1 failure".to_string(),
            n => format!("{n} failures"),
        };
        format!(
            "{} examples, {} counter-examples: {failures}",
            self.examples, self.counter_examples
        )
    }
}

/// `rules test` as plain text: each failure rendered, then the summary line.
pub fn render_test(outcome: &TestOutcome) -> String {
    let mut out = super::error::render_plain(&outcome.failures);
    out.push_str(&outcome.summary());
    out.push('\n');
    out
}

/// `rules test`: runs every example of every rule through the grammar and [`match_text`].
pub fn test_examples(set: &RuleSet) -> TestOutcome {
    test_examples_with(set, grammar::scan)
}

/// [`test_examples`] with another scanner, so that matching can be tested on its own.
pub fn test_examples_with(
    set: &RuleSet,
    scan: impl Fn(&str, Lang, Option<Published>) -> Vec<Mention>,
) -> TestOutcome {
    let mut outcome = TestOutcome::default();
    for rule in &set.rules {
        let Some(file) = set.file_of(rule) else {
            continue;
        };
        let lang = rule.lang.unwrap_or_default();
        for example in &rule.examples {
            outcome.examples += 1;
            let mentions = scan(&example.text, lang, example.published);
            let hits = match_text(rule, &example.text, &mentions);
            let found: Vec<&Mention> = hits.iter().map(|h| &mentions[h.mention]).collect();
            // The value and mod a claim would take: a duration rule reads "depuis 1994" as the
            // years since.
            let ok = found.iter().any(|m| {
                let (value, modifier) = crate::extract::as_kind(m, rule.kind);
                example.value.matches(&value) && modifier == example.modifier
            });
            if ok {
                continue;
            }
            let expected_text = expected(&example.value.0, example.modifier, None);
            let error = if found.is_empty() {
                let text_at = example.text_origin.get().offset;
                let span = (text_at, yaml::token_end(&file.text, text_at));
                let kind = kind_name(rule.kind);
                let seen: Vec<String> = mentions
                    .iter()
                    .filter(|m| m.kind == rule.kind)
                    .map(|m| format!("`{}` = {}", &example.text[m.start..m.end], show(m)))
                    .collect();
                let misses = super::matching::near_misses(rule, &example.text, &mentions);
                let why: Vec<String> = misses
                    .iter()
                    .map(|(m, missing)| {
                        let m = &mentions[*m];
                        let reasons: Vec<String> =
                            missing.iter().map(ToString::to_string).collect();
                        format!(
                            "`{}`: {}",
                            &example.text[m.start..m.end],
                            reasons.join("; ")
                        )
                    })
                    .collect();
                let help = if !why.is_empty() {
                    format!("the cues of `{}` did not take {}", rule.id, why.join(" — "))
                } else if seen.is_empty() {
                    format!(
                        "the grammar found no {kind} in this text: the pattern cannot match what is not read as a {kind}"
                    )
                } else {
                    format!(
                        "the grammar read {}, but no pattern of `{}` matched around it (or `require`/`exclude` ruled it out)",
                        seen.join(", "),
                        rule.id
                    )
                };
                RuleError::at(
                    ErrorCode::ExampleMismatch,
                    file,
                    span,
                    format!("example of `{}` gives no claim", rule.id),
                )
                .with_label(format!("expected {expected_text} from this text"))
                .with_help(help)
            } else {
                let value_at = example.value_origin.get().offset;
                let span = (value_at, yaml::token_end(&file.text, value_at));
                let got: Vec<String> = found.iter().map(|m| show(m)).collect();
                RuleError::at(ErrorCode::ExampleMismatch, file, span, format!("example of `{}` gives {}", rule.id, got.join(", ")))
                    .with_label(format!("expected {expected_text}"))
                    .with_help(if found.iter().any(|m| example.value.matches(&m.value)) {
                        "the value is right but not its `mod`: set `mod:` to what the text says (no `mod:` means none)".to_string()
                    } else {
                        "the value written here is compared with the claim's normalized (TIMEX3) form".to_string()
                    })
            };
            outcome.failures.push(error);
        }
        for counter in &rule.counter_examples {
            outcome.counter_examples += 1;
            let mentions = scan(&counter.text, lang, None);
            let hits = match_text(rule, &counter.text, &mentions);
            if let Some(hit) = hits.first() {
                let m = &mentions[hit.mention];
                let at = counter.origin.get().offset;
                let span = (at, yaml::token_end(&file.text, at));
                outcome.failures.push(
                    RuleError::at(
                        ErrorCode::CounterExampleMatched,
                        file,
                        span,
                        format!("counter-example of `{}` gives a claim", rule.id),
                    )
                    .with_label(format!(
                        "`{}` = {} matched",
                        &counter.text[m.start..m.end],
                        show(m)
                    ))
                    .with_help(format!(
                        "matched by {}",
                        hit.by.describe(rule, &counter.text)
                    )),
                );
            }
        }
    }
    outcome
        .failures
        .sort_by(|a, b| (&a.file, a.offset).cmp(&(&b.file, b.offset)));
    outcome
}

fn show(m: &Mention) -> String {
    match m.modifier {
        Some(x) => format!("{} ({x})", m.value),
        None => m.value.to_string(),
    }
}

/// The header of the generated reference; also how to regenerate it.
pub const REFERENCE_HEADER: &str = "<!-- Generated from claims/*.yaml by `UPDATE_REFERENCE=1 cargo test reference`: do not edit. -->";

/// The claims reference (`claims/REFERENCE.md`): every rule, grouped by file, in id order.
pub fn reference_markdown(set: &RuleSet) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{REFERENCE_HEADER}\n");
    out.push_str("# Claims reference\n\n");
    let _ = writeln!(
        out,
        "{} rule(s). Each rule pulls one kind of value out of the sentences its patterns describe; \
         articles that disagree on it are reported.\n",
        set.rules.len()
    );
    let mut files: Vec<&Path> = set.rules.iter().map(|r| r.origin.file.as_path()).collect();
    files.sort();
    files.dedup();
    for f in &files {
        let _ = writeln!(out, "- [`{}`](#{})", file_name(f), anchor(&file_name(f)));
    }
    for f in files {
        let _ = writeln!(out, "\n## {}\n", file_name(f));
        for rule in set.rules.iter().filter(|r| r.origin.file == f) {
            reference_rule(&mut out, rule);
        }
    }
    out
}

fn reference_rule(out: &mut String, rule: &Rule) {
    let _ = writeln!(out, "### `{}`\n", rule.id);
    let _ = writeln!(out, "**{}**\n", rule.title.trim());
    let _ = writeln!(
        out,
        "{}\n",
        facts(rule)
            .iter()
            .map(|f| format!("`{f}`"))
            .collect::<Vec<_>>()
            .join(" · ")
    );
    if let Some(d) = &rule.description {
        let _ = writeln!(
            out,
            "{}\n",
            d.split_whitespace().collect::<Vec<_>>().join(" ")
        );
    }
    if let Some(l) = &rule.link {
        let _ = writeln!(out, "See <{l}>.\n");
    }
    if let Some(spec) = &rule.cues {
        out.push_str("Cues (word classes are in `words.yaml`):\n\n");
        for (role, item) in spec.items() {
            let _ = writeln!(out, "- `{}`: {}", role.key(), code(&item.written));
        }
        if !spec.near.is_empty() {
            let _ = writeln!(out, "- `window`: {} words", spec.window);
        }
        if spec.partitive == crate::cues::Partitive::Whole {
            out.push_str("- `partitive`: whole\n");
        }
        out.push('\n');
    }
    if !rule.patterns.is_empty() {
        out.push_str("Patterns:\n\n");
        for p in &rule.patterns {
            let _ = writeln!(out, "- {}", code(&p.source));
        }
        out.push('\n');
    }
    if !rule.examples.is_empty() {
        out.push_str("Examples:\n\n");
        for e in &rule.examples {
            let _ = writeln!(
                out,
                "- {} → `{}`",
                md_quote(&e.text),
                expected(&e.value.0, e.modifier, e.published)
            );
        }
        out.push('\n');
    }
    if !rule.counter_examples.is_empty() {
        out.push_str("Not matched:\n\n");
        for c in &rule.counter_examples {
            let _ = writeln!(out, "- {}", md_quote(&c.text));
        }
        out.push('\n');
    }
}

fn file_name(p: &Path) -> String {
    p.file_name().map_or_else(
        || p.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// GitHub's heading anchor for a heading text.
fn anchor(heading: &str) -> String {
    heading
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '-' || *c == ' ' || *c == '_')
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

/// A code span that survives backticks in its content.
fn code(s: &str) -> String {
    let ticks = if s.contains('`') { "``" } else { "`" };
    let pad = if s.starts_with('`') || s.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{ticks}{pad}{s}{pad}{ticks}")
}

/// Example text in Markdown: quoted, with what Markdown would interpret escaped.
fn md_quote(s: &str) -> String {
    let mut out = String::from("“");
    for c in s.split_whitespace().collect::<Vec<_>>().join(" ").chars() {
        if matches!(c, '*' | '_' | '`' | '[' | ']' | '<' | '>' | '\\' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('”');
    out
}
