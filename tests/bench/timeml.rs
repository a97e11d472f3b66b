//! TimeML files as plain text (for `tests/grammar_prefilter.rs` and `cargo bench --bench scan`).

/// Text without markup: TimeML tags dropped, what they enclose kept.
pub fn untagged(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut in_tag = false;
    for c in raw.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}
