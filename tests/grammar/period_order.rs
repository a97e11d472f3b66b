//! The second end of a period whose first end is complete is read from the first: it takes
//! the first end's year, or the next one, and a weekday alone is the first one after the
//! first end ("du 12 août 2015 au 22 octobre", "entre le 3 février et le 9 mai", "de
//! lundi à mercredi"). Each end stays its own date. A list ("le 8 et le 15 mars") and a
//! second end that writes its year are left as they are.

use factlint::grammar::Lang;

use super::{expect, lines};

#[test]
fn a_second_end_without_its_year_takes_the_first_ends() {
    expect(
        Lang::Fr,
        "
        # The first end writes its year: the second is in it, not around publication.
        2025-03-12 | Le musée restera fermé du 3 février 2019 au 14 avril. | 14 avril = 2019-04-14
        2025-03-12 | La fouille s'est tenue du 12/07/2021 jusqu'au 30 septembre. | 30 septembre = 2021-09-30
        2025-03-12 | Le chantier a couru du 2 mai 2018 jusqu'à fin août. | fin août = 2018-08 END
        # The second end would come before the first: the next year.
        2025-03-12 | Le festival a duré du 18 décembre 2023 au 7 janvier. | 7 janvier = 2024-01-07
        2025-03-12 | Les inscriptions seront ouvertes entre le 20 novembre 2025 et le 2 février. | 2 février = 2026-02-02
        2025-03-12 | Le tunnel fut fermé entre le 15 octobre 2010 et mars. | mars = 2011-03
        ",
    );
}

#[test]
fn a_weekday_alone_is_the_first_one_after_the_first_end() {
    expect(
        Lang::Fr,
        "
        # Published on a Wednesday: \"mercredi\" alone would be the publication day.
        # Each end counted from publication: one period (see `interval`).
        2025-03-12 | Le congrès se tiendra de lundi à mercredi prochain au Palais. | lundi à mercredi prochain = (2025-03-17,2025-03-19,P2D)
        2025-03-12 | Le congrès se tiendra de lundi à mercredi au Palais. | lundi à mercredi = (2025-03-17,2025-03-19,P2D)
        2025-03-12 | Les guichets ouvriront du jeudi 20 mars au lundi. | jeudi 20 mars au lundi = (2025-03-20,2025-03-24,P4D)
        2025-03-12 | Les bus circuleront du 14 mars jusqu'à mardi. | 14 mars jusqu'à mardi = (2025-03-14,2025-03-18,P4D)
        ",
    );
}

#[test]
fn lists_and_written_years_are_left_alone() {
    // A list is not a period: its dates are read one by one.
    assert_eq!(
        lines(
            "Les bureaux ferment le 20 novembre 2025 et le 2 février.",
            "2025-03-12"
        ),
        [
            "date \"20 novembre 2025\" = 2025-11-20",
            "date \"2 février\" = 2025-02-02",
        ]
    );
    // The second end writes its year: nothing to borrow.
    assert_eq!(
        lines("Le prêt court du 3 mai 2024 au 2 juin 2023.", "2025-03-12"),
        [
            "date \"3 mai 2024\" = 2024-05-03",
            "date \"2 juin 2023\" = 2023-06-02",
        ]
    );
    // Already in order: unchanged.
    assert_eq!(
        lines("La grève a duré du 3 février au 9 mars.", "2025-03-12"),
        [
            "date \"3 février\" = 2025-02-03",
            "date \"9 mars\" = 2025-03-09",
        ]
    );
}
