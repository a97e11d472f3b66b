//! A day and month in digits with their year after a comma ("14/07, 2018", "03/11,2019"): one
//! date of that year when a pause or a word that may follow a year comes next; a count after
//! the comma stays a count.

use factlint::grammar::Lang;

use super::{expect, no_date};

#[test]
fn a_year_after_a_comma_completes_a_day_and_month_in_digits() {
    expect(
        Lang::Fr,
        "
        2019-03-11 | Le traité signé le 14/07, 2018, reste en vigueur. | 14/07, 2018 = 2018-07-14
        2019-03-11 | La facture du 03/11,2017 est impayée. | 03/11,2017 = 2017-11-03
        ",
    );
    no_date(
        "
        2019-03-11 | Le 14/07, 2018 personnes ont défilé. | 2018 personnes
        ",
    );
}
