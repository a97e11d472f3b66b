//! A whole check of any bytes against the bundled rule pack: each part of the input between
//! 0x1E bytes (the ASCII record separator; at most four parts) is the file of one article,
//! decoded as a walk decodes it (UTF-8, UTF-16 with a byte-order mark, a guessed single-byte
//! encoding), front matter included. Nothing may panic; every claim must lie in its source, on
//! character boundaries; every finding must explain; every output format must render, JSON
//! and SARIF as valid JSON.

#![no_main]

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use factlint::config::{self, FailOn};
use factlint::output::{self, Format, Options, Output};
use factlint::render::{self, Style};
use factlint::rules::{self, RuleSet};
use factlint::source::{self, FileFate};
use factlint::{compare, explain, extract, project, report, undated};
use libfuzzer_sys::fuzz_target;

static RULES: LazyLock<RuleSet> = LazyLock::new(|| {
    rules::load_dir(Path::new(rules::builtin::DIR)).expect("the bundled pack loads")
});

fuzz_target!(|data: &[u8]| {
    let mut sources = Vec::new();
    let (mut skipped, mut failed): (Vec<FileFate>, Vec<FileFate>) = (Vec::new(), Vec::new());
    for (i, part) in data.split(|&b| b == 0x1E).take(4).enumerate() {
        let path = PathBuf::from(format!("fuzz/{i}.md"));
        match source::from_bytes(&path, part.to_vec(), None) {
            Ok(s) => sources.push((s, part.len())),
            Err(fate) if fate.reason.is_failure() => failed.push(fate),
            Err(fate) => skipped.push(fate),
        }
    }
    for fate in &failed {
        if let Some(d) = &fate.diagnostic {
            let _ = render::diagnostic(d.as_ref(), Style::default());
        }
    }
    let (sources, lens): (Vec<_>, Vec<_>) = sources.into_iter().unzip();
    let claims = extract::extract(&RULES, &sources);
    let findings = compare::compare(&RULES, &sources, &claims);
    let mut report = report::build(&RULES, &sources, &claims, &findings);
    project::with_fates(&mut report, skipped, failed);

    for c in &report.claims {
        let text = &report.texts[c.source_index];
        let (start, end) = c.in_text;
        assert!(
            start <= end && end <= text.len(),
            "claim {start}..{end} out of its text"
        );
        assert!(
            text.is_char_boundary(start) && text.is_char_boundary(end),
            "claim {start}..{end} inside a character"
        );
        assert!(
            c.start <= c.end && c.end <= lens[c.source_index],
            "claim {}..{} out of its file's {} bytes",
            c.start,
            c.end,
            lens[c.source_index]
        );
    }
    for f in &findings {
        let _ = explain::explain(&RULES, &sources, &claims, f, None);
    }

    let check = Output::Check(&report);
    for format in [Format::Human, Format::Json, Format::Sarif, Format::Github] {
        for color in [false, true] {
            if color && format != Format::Human {
                continue;
            }
            let options = Options {
                format,
                style: Style { width: 100, color },
                quiet: false,
                fail_on: vec![FailOn::Conflict, FailOn::Warning],
            };
            let mut sink = Vec::new();
            output::write(check, &options, &mut sink).expect("writing into memory");
            let written = String::from_utf8(sink).expect("every format writes UTF-8");
            if matches!(format, Format::Json | Format::Sarif) {
                serde_json::from_str::<serde_json::Value>(&written)
                    .expect("the JSON and SARIF formats write JSON");
            }
        }
    }
    let _ = output::summary(check, config::DEFAULT_FAIL_ON);
    let _ = output::fates::stderr(&report, Style::default());
    if let Some(u) = undated::undated(&report) {
        let _ = undated::notice(&u);
    }
});
