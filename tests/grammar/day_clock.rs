//! A day alone with a clock time after it ("le 3 à 17 h", "le 10 à 9 h 30") or after an open
//! interval's preposition ("à partir du 5", "jusqu'au 20"): the day, in the month the text has
//! just given; the clock time is neither a duration, nor a count, nor part of the span. "la
//! semaine du 18": the ISO week of that day.

use factlint::grammar::Lang;

use super::{expect, lines};

#[test]
fn a_day_before_its_clock_time_is_the_day() {
    expect(
        Lang::Fr,
        "
        2025-03-12 | Les jurés sont entrés le 4 mars ; la sentence a suivi le 6 à 18 h. | le 6 = 2025-03-06
        2025-03-12 | Le chantier a repris en février, le 12 à 7h30 précisément. | le 12 = 2025-02-12
        2025-03-12 | Le bateau a quitté le port le 9 février ; il a sombré le 11 à 3 heures. | le 11 = 2025-02-11
        2025-03-12 | La grue est arrivée le 2 mars, puis le 5 à 10 h la dalle a été coulée. | le 5 = 2025-03-05
        ",
    );
}

#[test]
fn a_day_after_an_open_interval_is_the_day() {
    expect(
        Lang::Fr,
        "
        2025-03-12 | Le festival a débuté le 2 mars ; les navettes ont roulé à partir du 4. | 4 = 2025-03-04
        2025-03-12 | La piscine ferme le 1er juin et restera close jusqu'au 28. | 28 = 2025-06-28
        2025-03-12 | Les soldes commencent le 8 janvier ; les prix baissent à compter du 10. | 10 = 2025-01-10
        ",
    );
}

#[test]
fn the_clock_time_makes_no_duration_nor_count() {
    assert_eq!(
        lines(
            "La foire a ouvert le 2 mars ; la vente a eu lieu le 3 à 17h.",
            "2025-03-12"
        ),
        ["date \"2 mars\" = 2025-03-02", "date \"le 3\" = 2025-03-03"]
    );
    assert_eq!(
        lines(
            "Le tribunal a siégé le 7 mars, puis le 10 à 9 h 30, sans public.",
            "2025-03-12"
        ),
        [
            "date \"7 mars\" = 2025-03-07",
            "date \"le 10\" = 2025-03-10"
        ]
    );
}

#[test]
fn what_is_no_day_and_clock_stays_what_it_is() {
    // A range of days keeps its durations; a bus line or a number before "à" + a place is no
    // day.
    assert_eq!(
        lines("Ils resteront de 3 à 5 jours.", "2025-03-12"),
        ["duration \"3\" = P3D", "duration \"5 jours\" = P5D"]
    );
    assert_eq!(
        lines("Le bus passe à partir du 5 à la gare.", "2025-03-12"),
        ["number \"5\" = 5"]
    );
}

#[test]
fn the_week_of_a_day_alone_is_its_iso_week() {
    expect(
        Lang::Fr,
        "
        2025-03-12 | Le vote aura lieu la semaine du 24. | semaine du 24 = 2025-W13
        2025-03-12 | Le ministre est venu le 3 février, puis la semaine du 17. | semaine du 17 = 2025-W08
        ",
    );
    // A month after the day is `ordinal_part`'s, a range no week.
    assert_eq!(
        lines("Le vote aura lieu la semaine du 24 mars.", "2025-03-12"),
        ["date \"semaine du 24 mars\" = 2025-W13"]
    );
    let read = lines("Il sera absent la semaine du 24 au 28.", "2025-03-12");
    assert!(read.iter().all(|l| !l.contains("-W")), "{read:?}");
}
