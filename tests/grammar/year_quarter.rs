//! A quarter or half written year first, "2016 Q3", "2019 T2", "2023 S1", as "T3 2016": the
//! period (`2016-Q3`); not a shorthand out of range ("2016 T5") nor a letter alone. As a
//! length, "un semestre" is half a year with its article in the span, as "un trimestre".

use super::{expect, lines};
use factlint::grammar::Lang;

#[test]
fn year_then_shorthand_is_the_quarter_or_half() {
    expect(
        Lang::Fr,
        "
        2025-03-12 | Le bénéfice 2019 T2 a doublé. | 2019 T2 = 2019-Q2
        2025-03-12 | Les ventes 2023 S1 ont reculé. | 2023 S1 = 2023-H1
        2025-03-12 | Le rapport 2021 H2 est paru. | 2021 H2 = 2021-H2
        ",
    );
}

#[test]
fn a_shorthand_out_of_range_leaves_the_year() {
    assert_eq!(
        lines("Le plan 2016 T5 a été abandonné.", "2025-03-12"),
        ["date \"2016\" = 2016"]
    );
    assert_eq!(
        lines("En 2016 Q, rien ne bougeait.", "2025-03-12"),
        ["date \"2016\" = 2016"]
    );
}

#[test]
fn one_quarter_or_half_as_a_length_keeps_its_article() {
    assert_eq!(
        lines("Le bail court sur un semestre.", "2025-03-12"),
        ["duration \"un semestre\" = P0.5Y"]
    );
    assert_eq!(
        lines("Il a fallu un trimestre pour signer.", "2025-03-12"),
        ["duration \"un trimestre\" = P3M"]
    );
}
