//! A month and its year written in digits, in either order: "11-2016", "2016-11", "2015/3",
//! "2019.07". Not a season or a financial year ("2011-12"), not a law or decree number
//! ("décret n° 2016-11"), not the first part of a full ISO date. With spaces around the
//! separator only at the end of a phrase ("04 / 2023.").

use factlint::grammar::{Lang, scan};
use factlint::value::{Published, Value};

use super::expect;

#[test]
fn a_month_and_year_in_digits_reads_as_that_month() {
    expect(
        Lang::Fr,
        "
        # Month first, with a dash or a dot (the slash was read before).
        2024-03-13 | Les loyers ont été gelés jusqu'en 09-2023 dans la région. | 09-2023 = 2023-09
        2024-03-13 | La facture datée 7.2022 n'a jamais été réglée. | 7.2022 = 2022-07
        # Year first, with a dash, a slash or a dot.
        2024-03-13 | Le registre s'arrête en 2019-04 selon les archives. | 2019-04 = 2019-04
        2024-03-13 | Le relevé de 2021/10 montre une hausse nette. | 2021/10 = 2021-10
        2024-03-13 | Le prototype livré en 2018.6 a été rappelé. | 2018.6 = 2018-06
        2024-03-13 | Les comptes de 2020-3 restent introuvables. | 2020-3 = 2020-03
        ",
    );
}

/// No date mention reads `span` as a month in `text`.
fn not_a_month(text: &str, span: &str) {
    let mentions = scan(text, Lang::Fr, Published::parse("2024-03-13"));
    let bad: Vec<_> = mentions
        .iter()
        .filter(|m| matches!(m.value, Value::Date(_)) && &text[m.start..m.end] == span)
        .map(|m| m.value.to_string())
        .collect();
    assert!(bad.is_empty(), "{text}: {span} read as {bad:?}");
}

#[test]
fn seasons_numbers_and_full_dates_are_not_months() {
    // A season or a financial year: the second number is the next year.
    not_a_month(
        "Le club a brillé durant la saison 2011-12 avant de décliner.",
        "2011-12",
    );
    not_a_month(
        "Les comptes de l'exercice 2019/20 sont déficitaires.",
        "2019/20",
    );
    // A law or decree number.
    not_a_month("Le décret n° 2016-11 encadre les loyers.", "2016-11");
    not_a_month("La loi 2015-3 a été abrogée au printemps.", "2015-3");
    // A month beyond twelve is no month.
    not_a_month(
        "Le score final fut de 2014-25 après prolongation.",
        "2014-25",
    );
}

#[test]
fn a_full_iso_date_keeps_its_day() {
    expect(
        Lang::Fr,
        "
        2024-03-13 | Le rapport publié le 2019-04-17 a été contesté. | 2019-04-17 = 2019-04-17
        2024-03-13 | Le contrat signé le 2021-10-05 expire bientôt. | 2021-10-05 = 2021-10-05
        ",
    );
}

#[test]
fn spaces_around_the_slash_or_dash_at_the_end_of_a_phrase() {
    expect(
        Lang::Fr,
        "
        2024-03-13 | Échéance du paiement : 04 / 2023. | 04 / 2023 = 2023-04
        2024-03-13 | Période couverte : 2022 - 09, selon le relevé. | 2022 - 09 = 2022-09
        2024-03-13 | Date de mise en service 7 -2021 | 7 -2021 = 2021-07
        2024-03-13 | Rapport clos au 2020 / 12 ; rien depuis. | 2020 / 12 = 2020-12
        ",
    );
    // Counts and scores after a spaced dash are not months.
    not_a_month("Le bilan de 2003 - 12 blessés - reste lourd.", "2003 - 12");
    not_a_month("La loi 2016 - 11 a été votée.", "2016 - 11");
    not_a_month("Les pages 11 - 2016 - 3 du registre.", "11 - 2016");
}
