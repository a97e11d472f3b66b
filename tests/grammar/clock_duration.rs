//! A duration in a clock's parts, the smaller unit right after the larger with no "et": "1
//! heure 30 minutes" is `PT1H30M`, "2 h 15 min" `PT2H15M`, "3 minutes 20 secondes" `PT3M20S`.
//! A time of day stays out ("à 14 h 30", "vers 9 h 15 min"), and so does "14 h 30" with no
//! unit after its minutes.

use factlint::grammar::{Lang, scan};
use factlint::value::Published;

use super::{expect, read, rows};

#[test]
fn hours_then_minutes_then_seconds() {
    expect(
        Lang::Fr,
        "
        2024-05-09 | Le trajet en car prend 1 heure 30 minutes sans arrêt. | 1 heure 30 minutes = PT1H30M
        2024-05-09 | Elle a bouclé le parcours en 2 h 15 min et se dit déçue. | 2 h 15 min = PT2H15M
        2024-05-09 | L'opération a duré deux heures vingt minutes au total. | deux heures vingt minutes = PT2H20M
        2024-05-09 | Son record tient depuis : 3 minutes 20 secondes. | 3 minutes 20 secondes = PT3M20S
        2024-05-09 | Le vainqueur a couru 1 h 05 min 30 s sous la pluie. | 1 h 05 min 30 s = PT1H5M30S
        2024-05-09 | La coupure a duré environ 4 heures 10 minutes. | environ 4 heures 10 minutes = PT4H10M APPROX
        2024-05-09 | Elle a bouclé le semi en 1h30min cette année. | 1h30min = PT1H30M
        ",
    );
}

#[test]
fn a_time_of_day_is_no_duration() {
    for text in [
        "Le conseil se réunit à 14 h 30 dans la grande salle.",
        "Le train part vers 9 h 15 min selon l'horaire.",
        "Rendez-vous à 18 heures 45 devant la mairie.",
    ] {
        let mentions = scan(text, Lang::Fr, Published::parse("2024-05-09"));
        assert!(
            mentions.iter().all(|m| m.kind.to_string() != "duration"),
            "{text}: {mentions:?}"
        );
    }
}

#[test]
fn parts_on_two_lines_or_an_article_stay_apart() {
    let lines = "Durée : trois heures\nune minute de silence suivra.";
    let apart = rows(&[("trois heures", "PT3H", ""), ("une minute", "PT1M", "")]);
    assert_eq!(read(lines, "2024-05-09"), apart);
    let article = "Ils ont attendu deux heures une minute de plus.";
    let apart = rows(&[("deux heures", "PT2H", ""), ("une minute", "PT1M", "")]);
    assert_eq!(read(article, "2024-05-09"), apart);
}

#[test]
fn spelled_minutes_after_the_hours_are_part_of_the_length() {
    expect(
        Lang::Fr,
        "
        2024-05-09 | Le débat a duré trois heures quarante. | trois heures quarante = PT3H40M
        2024-05-09 | La répétition a pris une heure vingt, pas plus. | une heure vingt = PT1H20M
        2024-05-09 | Il a marché deux heures quarante-cinq sous la neige. | deux heures quarante-cinq = PT2H45M
        ",
    );
}

#[test]
fn spelled_minutes_before_a_noun_count_it() {
    // "trente" counts the people; "à deux heures trente" is a time of day.
    assert_eq!(
        super::lines(
            "Après deux heures trente manifestants restaient.",
            "2024-05-09"
        ),
        ["duration \"deux heures\" = PT2H", "number \"trente\" = 30"]
    );
    assert_eq!(
        super::lines("Le car part à deux heures trente.", "2024-05-09"),
        Vec::<String>::new()
    );
}
