//! A decade named from the publication date, as a year or a month is: "cette décennie", "la
//! décennie prochaine", "la décennie en cours"; not "chaque décennie" nor "cette
//! décennie-là" (the decade the text has given).

use factlint::grammar::{Lang, scan};
use factlint::value::Published;

use super::expect;

#[test]
fn a_decade_from_publication() {
    expect(
        Lang::Fr,
        "
        2023-06-14 | Les loyers ont doublé cette décennie, selon l'étude. | cette décennie = 202X
        2023-06-14 | Le réseau sera achevé dans la décennie prochaine. | décennie prochaine = 203X
        2023-06-14 | Les hivers de la décennie dernière furent doux. | décennie dernière = 201X
        2023-06-14 | Au cours de la décennie en cours, rien ne change. | décennie en cours = 202X
        ",
    );
}

#[test]
fn a_generic_or_anaphoric_decade_is_not_read_from_publication() {
    for text in [
        "Chaque décennie apporte son lot de crises.",
        "En 1962, il part. Cette décennie-là fut agitée.",
    ] {
        let mentions = scan(text, Lang::Fr, Published::parse("2023-06-14"));
        assert!(
            !mentions.iter().any(|m| m.value.to_string() == "202X"),
            "{text}: {mentions:?}"
        );
    }
}
