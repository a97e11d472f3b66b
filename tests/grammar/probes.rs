//! Our own probe set (`probes.txt`): a few hundred short French phrases across the classes a
//! general French temporal corpus tests (deictic days, weekdays with offsets, every spelling
//! of a day, months and their parts, relative periods, offsets from now, ordinal days,
//! seasons, holidays, intervals, decades and centuries, durations, numbers), each with the
//! value we expect. A row marked `!` is a known gap. The test fails when a row not marked
//! fails (a regression) and when a marked row passes (the table is out of date), so that the
//! pass rate it prints per class (`cargo test --test tests probes -- --nocapture`) is the
//! grammar's.

use factlint::grammar::{Lang, scan};
use factlint::value::{Published, ValueKind};

const PROBES: &str = include_str!("probes.txt");

struct Row<'a> {
    class: &'a str,
    gap: bool,
    line: &'a str,
    passed: bool,
}

fn passes(published: &str, text: &str, want: &str) -> bool {
    let (span, reading) = want.rsplit_once(" = ").expect("`span = value [mod]`");
    let mentions = scan(text, Lang::Fr, Published::parse(published));
    // `span = none`: no number nor duration overlaps the span (a telephone number, a postcode,
    // an article), which the claims would otherwise take for a count.
    if reading == "none" {
        let at = text.find(span).expect("a `none` span is in its text");
        let (from, to) = (at, at + span.len());
        return !mentions
            .iter()
            .any(|m| m.start < to && from < m.end && m.value.kind() != ValueKind::Date);
    }
    let (value, modifier) = reading.split_once(' ').unwrap_or((reading, ""));
    mentions.iter().any(|m| {
        &text[m.start..m.end] == span
            && m.value.to_string() == value
            && m.modifier.map(|x| x.to_string()).unwrap_or_default() == modifier
    })
}

fn rows() -> Vec<Row<'static>> {
    let mut class = "";
    let mut rows = Vec::new();
    for line in PROBES.lines().map(str::trim) {
        if let Some(name) = line.strip_prefix("## ") {
            class = name;
            continue;
        }
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (gap, row) = match line.strip_prefix('!') {
            Some(rest) => (true, rest.trim_start()),
            None => (false, line),
        };
        let mut parts = row.splitn(3, " | ");
        let (Some(published), Some(text), Some(want)) = (parts.next(), parts.next(), parts.next())
        else {
            panic!("a probe is `published | text | span = value [mod]`: {line}");
        };
        rows.push(Row {
            class,
            gap,
            line: row,
            passed: passes(published, text, want),
        });
    }
    rows
}

#[test]
fn the_probe_set_passes_every_row_but_its_known_gaps() {
    let rows = rows();
    assert!(rows.len() >= 300, "the probe set has {} rows", rows.len());
    let mut classes: Vec<&str> = rows.iter().map(|r| r.class).collect();
    classes.dedup();
    for class in &classes {
        let of: Vec<&Row> = rows.iter().filter(|r| r.class == *class).collect();
        let passed = of.iter().filter(|r| r.passed).count();
        println!("{class:<24} {passed:>3}/{:<3}", of.len());
    }
    let passed = rows.iter().filter(|r| r.passed).count();
    println!("{:<24} {passed:>3}/{:<3}", "all", rows.len());
    let regressed: Vec<String> = rows
        .iter()
        .filter(|r| !r.gap && !r.passed)
        .map(|r| {
            let published = r.line.split(" | ").next().unwrap_or_default();
            let text = r.line.split(" | ").nth(1).unwrap_or_default();
            let read: Vec<String> = scan(text, Lang::Fr, Published::parse(published))
                .iter()
                .map(|m| format!("{} = {}", &text[m.start..m.end], m.value))
                .collect();
            format!("fails: {}\n  read: {}", r.line, read.join("; "))
        })
        .collect();
    let fixed: Vec<String> = rows
        .iter()
        .filter(|r| r.gap && r.passed)
        .map(|r| format!("passes now (remove its `!`): {}", r.line))
        .collect();
    let problems = [regressed, fixed].concat();
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}
