//! The fate of every file a run did not read as an article, as every format shows it besides
//! the JSON report (which carries `skipped` and `failed` as data): diagnostics on standard
//! error for the human and SARIF formats, and annotations for the github format.

use crate::render::{self, Style};
use crate::report::Report;

/// What goes to standard error: each failed file's diagnostic (with its excerpt when it has a
/// place), a line for each skipped file, and a warning for each guessed encoding.
pub fn stderr(report: &Report, style: Style) -> String {
    let mut out = String::new();
    for f in &report.failed {
        match &f.diagnostic {
            Some(d) => out.push_str(&render::diagnostic(&**d, style)),
            None => out.push_str(&format!("error: {}: {}\n", f.path, f.message)),
        }
    }
    for f in &report.skipped {
        out.push_str(&format!("skipped {}: {}\n", f.path, f.message));
    }
    // A spilled report keeps the entries of these sources only.
    let spilled = report.spilled.iter().flat_map(|s| &s.guessed);
    for s in report
        .sources
        .iter()
        .chain(spilled)
        .filter(|s| s.encoding_guessed)
    {
        out.push_str(&format!(
            "warning: {}: not UTF-8 and no byte-order mark; read as {} (a guess: convert it to UTF-8 to be sure)\n",
            s.path,
            s.encoding.as_deref().unwrap_or("?")
        ));
    }
    sanitize(&out, true)
}

/// Terminal control characters from file names and texts are shown as `\u{…}` escapes, so
/// that a hostile name cannot move the cursor or recolour the terminal. Line breaks, tabs
/// and the escape sequences of our own colours (when `style.color`) are not in the names.
/// With `keep_escape` false (output without colour), ESC is escaped too: none of ours is in
/// it, so any ESC came from a file.
pub(crate) fn sanitize(s: &str, keep_escape: bool) -> String {
    // Diagnostics rendered with colour carry ESC; those come from miette, not from input, and
    // file names were already shown by miette through its own escaping. Only C0/C1 controls
    // other than ESC, newline and tab are replaced here.
    s.chars()
        .map(|c| {
            if c.is_control() && !matches!(c, '\n' | '\t') && (c != '\u{1b}' || !keep_escape) {
                format!("\\u{{{:x}}}", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect()
}
