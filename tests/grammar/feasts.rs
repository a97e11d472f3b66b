//! Feasts read since session 22: "la Saint-Nicolas", "la Saint-Martin", "la Saint-Patrick",
//! "le jeudi de l'Ascension", and those counted on a month's Sundays, "la fête des mères"
//! (France's: May's last Sunday, or June's first when Pentecost falls on it) and "la fête des
//! pères" (June's third Sunday). As other feasts, not a place ("à Saint-Martin") nor a
//! name ("le lycée Saint-Nicolas").

use factlint::grammar::Lang;

use super::{expect, lines};

#[test]
fn feasts_on_a_fixed_day_or_a_sunday_of_their_month() {
    expect(
        Lang::Fr,
        "
        2025-03-12 | Les écoles distribueront des oranges à la Saint-Nicolas. | Saint-Nicolas = 2025-12-06
        2025-03-12 | Le pub sera bondé pour la Saint-Patrick. | Saint-Patrick = 2025-03-17
        2025-03-12 | Les bergers redescendront à la Saint-Martin. | Saint-Martin = 2025-11-11
        2025-03-12 | La course partira le jeudi de l'Ascension. | jeudi de l'Ascension = 2025-05-29
        2025-03-12 | Le fleuriste ouvrira pour la fête des mères 2024. | fête des mères 2024 = 2024-05-26
        2025-03-12 | Le fleuriste ouvrira pour la fête des mères 2023. | fête des mères 2023 = 2023-06-04
        2025-03-12 | La boutique fermera après la fête des pères 2026. | fête des pères 2026 = 2026-06-21
        ",
    );
}

#[test]
fn a_feast_as_a_place_or_a_name_is_no_date() {
    for text in [
        "Il a ouvert un café à Saint-Martin en juin.",
        "Le lycée Saint-Nicolas a fermé ses portes.",
        "Les élèves de Saint-Patrick ont défilé.",
    ] {
        let read = lines(text, "2025-03-12");
        assert!(
            read.iter().all(|l| !l.contains("Saint")),
            "{text}: {read:?}"
        );
    }
}
