//! The first of a month written with its ordinal in a numeric date, "1er/06/2025",
//! "1er/09/26", "1er/06": the day, as "01/06/2025" is; not when a word or digits are glued
//! after it.

use factlint::grammar::Lang;

use super::{expect, lines};

#[test]
fn an_ordinal_first_opens_a_numeric_date() {
    expect(
        Lang::Fr,
        "
        2025-03-12 | L'arrêté prend effet au 1er/07/2025 dans tout le département. | 1er/07/2025 = 2025-07-01
        2025-03-12 | Le bail a pris fin le 1er/10/19 sans préavis. | 1er/10/19 = 2019-10-01
        2025-03-12 | La collecte reprendra le 1er/04, annonce la mairie. | 1er/04 = 2025-04-01
        # Without a year, placed as \"le 1er avril\" would be: by the tense.
        2025-03-12 | La collecte a repris le 1er/02, annonce la mairie. | 1er/02 = 2025-02-01
        ",
    );
}

#[test]
fn an_ordinal_first_before_other_digits_is_no_date() {
    // A thirteenth month is no date; the ordinal stays a number.
    assert_eq!(
        lines("Le lot 1er/13 est vendu.", "2025-03-12"),
        ["number \"1er\" = 1", "number \"13\" = 13"]
    );
}
