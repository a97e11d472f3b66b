//! A plural period "à venir", "les années à venir", "des mois à venir": the future
//! (`FUTURE_REF`), no one period; the singular "le mois à venir" stays the next month.

use factlint::grammar::Lang;

use super::{expect, lines};

#[test]
fn the_years_to_come_are_the_future() {
    expect(
        Lang::Fr,
        "
        2025-03-12 | Les loyers grimperont dans les années à venir. | années à venir = FUTURE_REF
        2025-03-12 | Le club compte sur les mois à venir pour remonter. | mois à venir = FUTURE_REF
        2025-03-12 | Les années à venir seront tendues au port. | années à venir = FUTURE_REF
        2025-03-12 | Le mois à venir sera chargé. | mois à venir = 2025-04
        2025-03-12 | Au cours des mois à venir, le port recrutera. | mois à venir = FUTURE_REF
        ",
    );
}

#[test]
fn a_count_of_years_to_come_is_no_future_ref() {
    // With a count, "les trois années à venir" is a stretch of time, not `FUTURE_REF`.
    let read = lines("Les trois années à venir seront rudes.", "2025-03-12");
    assert!(read.iter().all(|l| !l.contains("FUTURE_REF")), "{read:?}");
}
