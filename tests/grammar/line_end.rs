//! A number in words ends with its line: "quatre-vingt-dix" closing one line and "un" opening
//! the next are not 91 (lists, tables and headings break lines between numbers).

use super::{read, rows};

#[test]
fn a_number_in_words_ends_with_its_line() {
    let text = "Effectif : quatre-vingt-dix\nun seul blessé, deux cents\ntrente agents.";
    assert_eq!(
        read(text, "2024-05-09"),
        rows(&[
            ("quatre-vingt-dix", "90", ""),
            // One injured: "un seul" counts one, on its own line.
            ("un seul", "1", ""),
            ("deux cents", "200", ""),
            ("trente", "30", "")
        ])
    );
}
