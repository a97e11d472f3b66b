//! A number in words ends with its line: "quatre-vingt-dix" closing one line and "un" opening
//! the next are not 91 (lists, tables and headings break lines between numbers).

use factlint::grammar::{Lang, scan};
use factlint::value::Published;

#[test]
fn a_number_in_words_ends_with_its_line() {
    let text = "Effectif : quatre-vingt-dix\nun seul blessé, deux cents\ntrente agents.";
    let mentions = scan(text, Lang::Fr, Published::parse("2024-05-09"));
    let read: Vec<_> = mentions
        .iter()
        .map(|m| (&text[m.start..m.end], m.value.to_string()))
        .collect();
    let want = [
        ("quatre-vingt-dix", "90"),
        ("deux cents", "200"),
        ("trente", "30"),
    ];
    let want: Vec<_> = want.iter().map(|&(s, v)| (s, v.to_string())).collect();
    assert_eq!(read, want, "{mentions:?}");
}
