//! "courant avril", "courant 2026", "courant de l'année prochaine": the period, with no mod,
//! "courant" in the span as "début" and "fin" are. "au courant du dossier" and "le courant"
//! (a noun) are no part of a date.

use factlint::grammar::Lang;

use super::{expect, lines};

#[test]
fn courant_before_a_period_joins_its_span() {
    expect(
        Lang::Fr,
        "
        2025-03-12 | Le rapport sera rendu courant juin. | courant juin = 2025-06
        2025-03-12 | La ligne ouvrira courant 2027 selon la région. | courant 2027 = 2027
        2025-03-12 | Les fouilles reprendront courant septembre 2026. | courant septembre 2026 = 2026-09
        2025-03-12 | Un accord est espéré courant de l'année prochaine. | courant de l'année prochaine = 2026
        2025-03-12 | Le vote aura lieu dans le courant du mois prochain. | courant du mois prochain = 2025-04
        2025-03-12 | Les résultats tomberont courant de la semaine prochaine. | courant de la semaine prochaine = 2025-W12
        2025-03-12 | Les travaux ont commencé courant d'avril. | courant d'avril = 2024-04
        ",
    );
}

#[test]
fn courant_elsewhere_stays_out_of_the_date() {
    assert_eq!(
        lines(
            "Le maire sera tenu au courant du dossier en mai.",
            "2025-03-12"
        ),
        ["date \"mai\" = 2025-05"]
    );
    // A day is not a period "courant" spans.
    assert_eq!(
        lines("Il passera courant le 5 mai.", "2025-03-12"),
        ["date \"5 mai\" = 2025-05-05"]
    );
    assert_eq!(
        lines("Un courant mars 2024 a divisé le parti.", "2025-03-12"),
        ["date \"mars 2024\" = 2024-03"]
    );
}
