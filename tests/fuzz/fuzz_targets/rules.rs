//! Rule loading on any bytes: the bytes are one rule file (`fuzz.yaml`). Loading must not
//! panic; every error must point into the file's text at a character boundary and render; a
//! rule set that loads must survive what the `rules` commands and a check do with it.
//!
//! The file is read alone, not beside the bundled `words.yaml`: a file may declare its own
//! `words:` (the seeds do), and reading those 400 lines again on every input made the target
//! a hundred times slower.

#![no_main]

use std::path::Path;
use std::sync::LazyLock;

use factlint::render::{self, Style};
use factlint::rules;
use factlint::source::{self, SourceMeta};
use factlint::{Source, check_sources, grammar::Lang};
use libfuzzer_sys::fuzz_target;

/// Two short articles, in French and in English, for the loaded rules to read.
static SOURCES: LazyLock<Vec<Source>> = LazyLock::new(|| {
    let meta = |lang, published: &str| SourceMeta {
        lang,
        published: factlint::value::Published::parse(published),
        outlet: Some("Fuzz".into()),
        ..SourceMeta::default()
    };
    vec![
        source::from_text(
            "a.txt",
            "Le 3 mars, environ 2 000 soldats ont quitté la base après six semaines de combats.",
            meta(Lang::Fr, "2024-03-05"),
        ),
        source::from_text(
            "b.txt",
            "On March 4, some 2,500 troops left the base after a war of 44 days in 2020.",
            meta(Lang::En, "2024-03-06"),
        ),
    ]
});

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz.yaml");
    let loaded = rules::file_from_bytes(path, data.to_vec())
        .map_err(|e| vec![*e])
        .and_then(|file| rules::load_sources(vec![file]));
    let text = String::from_utf8_lossy(data);
    match loaded {
        Err(errors) => {
            for e in &errors {
                assert!(
                    e.offset <= text.len() && text.is_char_boundary(e.offset),
                    "error offset {} is not a place in the file: {}",
                    e.offset,
                    e.message
                );
                let _ = render::diagnostic(
                    e,
                    Style {
                        width: 80,
                        color: true,
                    },
                );
            }
            let _ = rules::render_plain(&errors);
        }
        Ok(set) => {
            let _ = rules::render_test(&rules::test_examples(&set));
            let _ = rules::render_list(&set);
            let _ = rules::reference_markdown(&set);
            for rule in &set.rules {
                let _ = rules::explain(rule, None);
            }
            for s in SOURCES.iter() {
                let _ = rules::why(&set, None, &s.text, s.meta.lang, s.meta.published);
            }
            let report = check_sources(&set, &SOURCES);
            let _ = render::human(&report, Style::default());
        }
    }
});
