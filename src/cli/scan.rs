//! `scan` and `discover`: the grammar and discovery over texts, and reading a text or standard input.

use super::prelude::*;

pub(crate) fn discover(
    config: Option<&config::Config>,
    paths: Vec<PathBuf>,
    claims: Option<PathBuf>,
    limit: usize,
    format: DiscoverFormat,
) -> ExitCode {
    use factlint::discover::{self, format as f};
    let settings = resolve(config, None, claims, None, &ReviewArgs::default(), None);
    let paths = if paths.is_empty() {
        vec![settings.corpus.clone()]
    } else {
        paths
    };
    let request = discover::Request {
        paths,
        claims: settings.claims.clone(),
        limit,
    };
    match discover::run(&request) {
        Ok(d) => {
            match format {
                DiscoverFormat::Human => print!("{}", f::human(&d)),
                DiscoverFormat::Json => print!("{}", f::json(&d)),
                DiscoverFormat::Sarif => println!(
                    "{}",
                    serde_json::to_string_pretty(&f::sarif(&d)).unwrap_or_default()
                ),
            }
            ExitCode::SUCCESS
        }
        Err(errors) => report_load_errors(&errors),
    }
}

/// Standard input (`-`) or a file, read whole and decoded as articles are (UTF-16 with a
/// byte-order mark, a guessed legacy encoding with a warning).
pub(crate) fn read_input(file: &str) -> Result<String, ExitCode> {
    let (what, bytes) = if file == "-" {
        let mut buf = Vec::new();
        let read = std::io::stdin().read_to_end(&mut buf).map(|_| buf);
        ("standard input".to_string(), read)
    } else {
        (file.to_string(), std::fs::read(file))
    };
    let bytes = bytes.map_err(|e| {
        eprintln!("error: cannot read {what}: {e}");
        ExitCode::from(2)
    })?;
    match factlint::source::whole_text(&what, bytes) {
        Ok((text, warning)) => {
            if let Some(w) = warning {
                eprintln!("warning: {w}");
            }
            Ok(text)
        }
        Err(e) => {
            eprintln!("error: {e}");
            Err(ExitCode::from(2))
        }
    }
}

pub(crate) fn scan(
    lang: Lang,
    published: Option<Published>,
    format: ScanFormat,
    file: &str,
) -> ExitCode {
    let text = match read_input(file) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let mut mentions = grammar::scan(&text, lang, published);
    // Dates are listed with their TIMEX3 extent, the definite article included.
    grammar::widen_to_extent(&text, &mut mentions);
    // Checks within the text (a weekday that contradicts its date, a misspelled month) go to
    // stderr as diagnostics, so that JSON on stdout stays clean.
    let name = if file == "-" { "<stdin>" } else { file };
    for warning in render::mention_warnings(
        name,
        &text,
        &mentions,
        style_for(std::io::stderr().is_terminal()),
    ) {
        eprintln!("{warning}");
    }
    match format {
        ScanFormat::Json => {
            // Streamed: one mention's JSON value at a time, not the whole array held at once.
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            let items = Listing {
                text: &text,
                mentions: &mentions,
            };
            let written = serde_json::to_writer_pretty(&mut out, &items)
                .map_err(std::io::Error::from)
                .and_then(|()| std::io::Write::write_all(&mut out, b"\n"))
                .and_then(|()| std::io::Write::flush(&mut out));
            // A closed pipe (`factlint scan | head`) is the reader's choice, not an error.
            if let Err(e) = written
                && e.kind() != std::io::ErrorKind::BrokenPipe
            {
                eprintln!("error: cannot write the mentions: {e}");
                return ExitCode::from(2);
            }
        }
        ScanFormat::Human => print!("{}", render::scan_listing(&text, &mentions)),
    }
    ExitCode::SUCCESS
}

/// `scan --format json`: the mentions as an array, each an object with sorted keys.
struct Listing<'a> {
    text: &'a str,
    mentions: &'a [factlint::value::Mention],
}

impl serde::Serialize for Listing<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = s.serialize_seq(Some(self.mentions.len()))?;
        for m in self.mentions {
            seq.serialize_element(&serde_json::json!({
                "kind": m.kind,
                "text": &self.text[m.start..m.end],
                "start": m.start,
                "end": m.end,
                "value": m.value,
                "mod": m.modifier,
                "warnings": m.warnings,
            }))?;
        }
        seq.end()
    }
}
