//! A night from one day to the next, "la nuit de lundi à mardi", "la nuit du 14 au 15
//! juillet": one mention from "nuit", whose date is the first day (factlint has no time of
//! day; "lundi soir" is Monday too). Two days that do not follow each other are a period of
//! days, not a night.

use factlint::grammar::Lang;

use super::{expect, lines};

#[test]
fn a_night_between_two_days_is_its_first_day() {
    expect(
        Lang::Fr,
        "
        2025-03-12 | Un entrepôt a brûlé dans la nuit de dimanche à lundi. | nuit de dimanche à lundi = 2025-03-09
        2025-03-12 | La nuit de vendredi à samedi, la crue a atteint la digue. | nuit de vendredi à samedi = 2025-03-07
        2025-03-12 | Au cours de la nuit du 3 au 4 février, le toit a cédé. | nuit du 3 au 4 février = 2025-02-03
        2025-03-12 | La nuit du 28 au 1er mars, la neige est tombée. | nuit du 28 au 1er mars = 2025-02-28
        2025-03-12 | La nuit de samedi à dimanche 9 mars, deux vols ont eu lieu. | nuit de samedi à dimanche 9 mars = 2025-03-08
        ",
    );
}

#[test]
fn days_that_do_not_follow_each_other_are_a_period_not_a_night() {
    assert_eq!(
        lines(
            "La nuit de lundi à jeudi, personne n'a dormi.",
            "2025-03-12"
        ),
        ["date \"lundi à jeudi\" = (2025-03-10,2025-03-13,P3D)"]
    );
    // A period of days without a night stays the period.
    assert_eq!(
        lines("Du 3 au 4 février, le toit a cédé.", "2025-03-12"),
        ["date \"3 au 4 février\" = (2025-02-03,2025-02-04,P1D)"]
    );
}

#[test]
fn last_night_is_the_day_before_publication() {
    expect(
        Lang::Fr,
        "
        2025-03-12 | Des vitrines ont été brisées la nuit dernière en ville. | nuit dernière = 2025-03-11
        2025-01-01 | La nuit dernière, les pompiers sont sortis cent fois. | nuit dernière = 2024-12-31
        ",
    );
    // "une nuit dernière" is no phrase of time, nor is a night without "la".
    assert_eq!(
        lines("Il a passé sa nuit dernière à lire.", "2025-03-12"),
        Vec::<String>::new()
    );
}
