//! A day of the month alone ("le 27", "pour le vingt-deux", "il est arrivé le 9."): the day,
//! with its article in the span, after a temporal preposition, a verb or at the head of a
//! sentence; never a bus line, a count, a decimal or a noun's complement. And the day words
//! "ce jour" (the publication day), "le jour même" (the day just given), and the
//! abbreviations of weekdays that are no French word ("ven.").

use factlint::grammar::Lang;

use super::{expect, lines};

/// Each text gives no date.
fn no_date(texts: &[&str]) {
    for text in texts {
        let read = lines(text, "2025-03-12");
        assert!(
            read.iter().all(|l| !l.starts_with("date")),
            "{text}: {read:?}"
        );
    }
}

#[test]
fn a_day_alone_after_a_verb_is_the_day_with_its_article() {
    expect(
        Lang::Fr,
        "
        # A participle of the first group, in any gender and number.
        2025-03-12 | Le navire a accosté le 9. | le 9 = 2025-03-09
        2025-03-12 | La lettre, postée le 3, est arrivée hier. | le 3 = 2025-03-03
        2025-03-12 | Les deux rameurs sont rentrés le 1er mars ; ils ont été décorés le 8. | le 8 = 2025-03-08
        # An infinitive, after its preposition too.
        2025-03-12 | Il compte signer le 10, dit-on. | le 10 = 2025-03-10
        2025-03-12 | Elle a décidé de partir le 4. | le 4 = 2025-03-04
        # After a temporal preposition or at the head of a sentence, as before.
        2025-03-12 | Le bureau restera fermé jusqu'au 28. | 28 = 2025-03-28
        2025-03-12 | Le 2, la digue a cédé. | Le 2 = 2025-03-02
        2025-03-12 | Tout est bloqué depuis le 6. | le 6 = 2025-03-06
        ",
    );
}

#[test]
fn a_day_alone_spelled_out() {
    expect(
        Lang::Fr,
        "
        2025-03-12 | Les résultats tombent depuis le vingt-deux. | le vingt-deux = 2025-02-22
        2025-03-12 | Le comité se retrouvera pour le trente et un. | le trente et un = 2025-03-31
        2025-03-12 | Le chantier a été livré le quatre, sans retard. | le quatre = 2025-03-04
        ",
    );
}

#[test]
fn what_is_no_day_alone_stays_what_it_is() {
    // A bus line after a verb of another shape, a noun before "le", a decimal, a count before
    // a noun, an ordinal, "le premier" (a pronoun far more often).
    for (text, want) in [
        ("Il a pris le 27.", "number \"27\" = 27"),
        ("Nous attendons la rentrée le 5.", "number \"5\" = 5"),
        ("Le taux est passé le 4,5.", "number \"4,5\" = 4.5"),
        ("Il a signé le 3 contrats.", "number \"3\" = 3"),
    ] {
        assert_eq!(lines(text, "2025-03-12"), [want], "{text}");
    }
    no_date(&[
        "Le coureur a dépassé le 2e avant la côte.",
        "Pour le premier, rien ne change.",
        "Elle a retrouvé le deux de pique.",
    ]);
}

#[test]
fn this_day_is_the_publication_day() {
    expect(
        Lang::Fr,
        "
        2025-03-12 | La séance de ce jour est levée à midi. | ce jour = 2025-03-12
        2025-03-12 | À ce jour, aucune plainte n'a été déposée. | ce jour = 2025-03-12
        # The day just given, with the noun before \"même\".
        2025-03-12 | Le 3 février, le pont a rouvert ; le trafic a repris le jour même. | jour même = 2025-02-03
        ",
    );
    for text in [
        "Ce jour-là, personne ne parlait.",
        "Il pleuvait ce jour de novembre.",
        "Elle attend ce jour où tout changera.",
    ] {
        assert!(
            !lines(text, "2025-03-12")
                .iter()
                .any(|l| l.contains("2025-03-12")),
            "{text}: {:?}",
            lines(text, "2025-03-12")
        );
    }
}

#[test]
fn a_weekday_abbreviation_alone_is_the_weekday() {
    expect(
        Lang::Fr,
        "
        2025-03-12 | Permanence ven. de 9 h à midi. | ven = 2025-03-07
        2025-03-12 | La mairie sera fermée lun. prochain. | lun = 2025-03-17
        ",
    );
    // "mer.", "jeu.", "sam." alone are words or names; an abbreviation after an article too.
    no_date(&[
        "Ils ont longé la mer. Puis ils sont partis.",
        "Elle a vu Sam. Il allait bien.",
        "Le mar. est un sigle ici.",
    ]);
}
