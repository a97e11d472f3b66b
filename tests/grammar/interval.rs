//! A period both of whose ends are dates of their own is one mention when it is said as one
//! period: the month said twice, an end counted from publication, a first end without the
//! year the second writes. Two dates complete each on its own (other months with their own
//! years, a first end naming its weekday), years alone and ends out of order stay two.

use factlint::grammar::Lang;

use super::{expect, lines};

#[test]
fn the_month_said_twice_is_one_period() {
    expect(
        Lang::Fr,
        "
        2025-03-12 | La piscine sera fermée du 5 mai au 19 mai. | 5 mai au 19 mai = (2025-05-05,2025-05-19,P14D)
        2025-03-12 | Les urnes resteront ouvertes entre le 2 juin et le 6 juin. | 2 juin et le 6 juin = (2025-06-02,2025-06-06,P4D)
        2025-03-12 | Le salon a lieu du 10 avril 2026 au 12/04/2026. | 10 avril 2026 au 12/04/2026 = (2026-04-10,2026-04-12,P2D)
        2025-03-12 | Le pont sera coupé du 3 juillet au dimanche 6 juillet. | 3 juillet au dimanche 6 juillet = (2025-07-03,2025-07-06,P3D)
        2025-03-12 | Les soldes courent du 8 janvier 2025 jusqu'au 29 janvier. | 8 janvier 2025 jusqu'au 29 janvier = (2025-01-08,2025-01-29,P21D)
        ",
    );
}

#[test]
fn an_end_counted_from_publication_makes_one_period() {
    expect(
        Lang::Fr,
        "
        2025-03-12 | La vente court d'aujourd'hui jusqu'à jeudi. | aujourd'hui jusqu'à jeudi = (2025-03-12,2025-03-13,P1D)
        2025-03-12 | Le guichet ferme depuis hier jusqu'au 16 mars. | hier jusqu'au 16 mars = (2025-03-11,2025-03-16,P5D)
        2025-03-12 | La vente court d'aujourd'hui jusqu'a vendredi. | aujourd'hui jusqu'a vendredi = (2025-03-12,2025-03-14,P2D)
        2025-03-12 | Le gymnase est fermé d'hier au 20 mars. | hier au 20 mars = (2025-03-11,2025-03-20,P9D)
        ",
    );
}

#[test]
fn a_first_end_takes_the_year_the_second_writes() {
    expect(
        Lang::Fr,
        "
        # Without it the first end would be placed around publication, a year too early.
        2025-03-12 | Le festival 27 juin – 3 juillet 2027 affiche complet. | 27 juin – 3 juillet 2027 = (2027-06-27,2027-07-03,P6D)
        2025-03-12 | L'exposition 14 octobre - 2 novembre 2026 ouvre ses portes. | 14 octobre - 2 novembre 2026 = (2026-10-14,2026-11-02,P19D)
        2025-03-12 | Le chantier ira du 20 novembre au 12 février 2027. | 20 novembre au 12 février 2027 = (2026-11-20,2027-02-12,P84D)
        2025-03-12 | La fouille durera du 3 septembre au 4 octobre 2026. | 3 septembre au 4 octobre 2026 = (2026-09-03,2026-10-04,P31D)
        ",
    );
}

#[test]
fn dates_complete_on_their_own_stay_two() {
    // Other months, each end placed on its own.
    assert_eq!(
        lines(
            "Le stand ouvrira entre le 10 avril et le 3 mai.",
            "2025-03-12"
        ),
        [
            "date \"10 avril\" = 2025-04-10",
            "date \"3 mai\" = 2025-05-03",
        ]
    );
    // A first end that names its weekday: a date announced in full.
    assert_eq!(
        lines(
            "La fête a lieu du vendredi 4 avril au dimanche 6 avril.",
            "2025-03-12"
        ),
        [
            "date \"vendredi 4 avril\" = 2025-04-04",
            "date \"dimanche 6 avril\" = 2025-04-06",
        ]
    );
    // Out of order: nothing to join.
    assert_eq!(
        lines("Le bail va du 9 mai 2026 au 2 mai 2026.", "2025-03-12"),
        [
            "date \"9 mai 2026\" = 2026-05-09",
            "date \"2 mai 2026\" = 2026-05-02",
        ]
    );
    // A dash between dates on two lines, and a dash glued to its digits, join nothing.
    assert_eq!(
        lines(
            "Nantes, 4 mars 2025 -\n5 mars 2025 : la grève continue.",
            "2025-03-12"
        ),
        [
            "date \"4 mars 2025\" = 2025-03-04",
            "date \"5 mars 2025\" = 2025-03-05",
        ]
    );
    // Years alone stay two.
    assert_eq!(
        lines("La digue a tenu de 2012 à 2019.", "2025-03-12"),
        ["date \"2012\" = 2012", "date \"2019\" = 2019"]
    );
}
