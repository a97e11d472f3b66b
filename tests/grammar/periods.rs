//! Periods named by their position in a larger one, or from publication: halves of a year
//! ("la première moitié de 2022"), quarters and halves of a year named from publication ("le
//! premier trimestre de l'année prochaine"), "le mois à venir", "la semaine qui vient", "la
//! prochaine semaine", "le reste de semaine"; "le week-end" of one clause, not of a habit.

use factlint::grammar::Lang;

use super::{expect, lines};

#[test]
fn the_weekend_of_a_past_or_future_clause_is_one_weekend() {
    expect(
        Lang::Fr,
        "
        # Published on a Wednesday: the past one is the weekend gone, the future one the next.
        2025-03-12 | Un incendie a ravagé le hangar le week-end. | week-end = 2025-W10-WE
        2025-03-12 | Les bénévoles nettoieront la plage le weekend. | weekend = 2025-W11-WE
        2025-03-12 | Le préfet a écourté notre week-end. | notre week-end = 2025-W10-WE
        2025-03-12 | Les joueurs prolongeront leur weekend à Lille. | leur weekend = 2025-W11-WE
        ",
    );
}

#[test]
fn the_weekend_of_a_habit_or_a_feast_is_no_date() {
    for text in [
        "La boulangerie ouvre le week-end.",
        "Il jouait au tennis le week-end.",
        "Nous partirions le week-end si le train roulait.",
        "Les routes seront chargées le week-end du carnaval.",
        "Chaque week-end, le marché a attiré du monde.",
    ] {
        assert_eq!(lines(text, "2025-03-12"), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_half_of_a_year_is_that_years_half() {
    expect(
        Lang::Fr,
        "
        2023-03-10 | Les ventes ont reculé durant la première moitié de 2022. | première moitié de 2022 = 2022-H1
        2023-03-10 | La croissance devrait repartir dans la seconde moitié de l'année. | seconde moitié de l'année = 2023-H2
        2023-03-10 | Le pont sera livré dans la deuxième moitié de l'année prochaine. | deuxième moitié de l'année prochaine = 2024-H2
        2023-03-10 | L'usine a tourné au ralenti pendant la première moitié de l'an dernier. | première moitié de l'an dernier = 2022-H1
        2023-03-10 | Le chiffre d'affaires du H1 2022 dépasse les attentes. | H1 2022 = 2022-H1
        # The half of another period keeps the period, with the mod of its part.
        2023-03-10 | Les loyers ont grimpé dans la première moitié du mois. | première moitié du mois = 2023-03 START
        2023-03-10 | La ville s'est étendue dans la seconde moitié du XIXe siècle. | seconde moitié du XIXe siècle = 18XX END
        ",
    );
}

#[test]
fn a_quarter_takes_a_year_named_from_publication() {
    expect(
        Lang::Fr,
        "
        2023-03-10 | Les livraisons reprendront au premier trimestre de l'année prochaine. | premier trimestre de l'année prochaine = 2024-Q1
        2023-03-10 | Le déficit s'est creusé au dernier trimestre de l'an dernier. | dernier trimestre de l'an dernier = 2022-Q4
        2023-03-10 | Le groupe prévoit une embellie au second semestre de cette année. | second semestre de cette année = 2023-H2
        2023-03-10 | Les embauches ont ralenti lors du 2e trimestre de l'année passée. | 2e trimestre de l'année passée = 2022-Q2
        2023-03-10 | Le 4e trimestre de l'année 2021 a été record. | 4e trimestre de l'année 2021 = 2021-Q4
        # A date in a month keeps reading its year the same way.
        2023-03-10 | Le procès s'ouvrira le 2 juin de l'année en cours. | 2 juin de l'année en cours = 2023-06-02
        ",
    );
}

#[test]
fn a_unit_still_to_come_is_the_next_one() {
    expect(
        Lang::Fr,
        "
        2023-03-10 | Le calendrier du mois à venir est chargé. | mois à venir = 2023-04
        2023-03-10 | Les négociations reprendront la semaine qui vient. | semaine qui vient = 2023-W11
        2023-03-10 | Le budget de l'année à venir sera voté en juin. | année à venir = 2024
        2023-03-10 | Une décision est attendue la prochaine semaine, selon le ministère. | prochaine semaine = 2023-W11
        2023-03-10 | Le parc éolien doublera au cours de la prochaine décennie. | prochaine décennie = 203X
        ",
    );
}

#[test]
fn the_rest_of_the_week_without_its_article() {
    expect(
        Lang::Fr,
        "
        2023-03-10 | Le directeur sera en congé le reste de semaine. | reste de semaine = (2023-03-10,2023-03-12,P2D)
        2023-03-08 | Il pleuvra encore cette week-end, selon les prévisionnistes. | cette week-end = 2023-W10-WE
        ",
    );
}

#[test]
fn the_weekend_of_a_day_is_the_nearest_one() {
    expect(
        Lang::Fr,
        "
        # 15 August 2022 is a Monday: the weekend before it; 9 June 2023 a Friday: its own.
        2022-07-01 | Les routes seront chargées le week-end du 15 août 2022. | week-end du 15 août 2022 = 2022-W32-WE
        2023-05-02 | Le festival se tiendra le weekend du 9 juin. | weekend du 9 juin = 2023-W23-WE
        # Saturday 13 May 2023 is in its week.
        2023-05-02 | Un concert est prévu le week-end du 13 mai. | week-end du 13 mai = 2023-W19-WE
        ",
    );
}

#[test]
fn a_deadline_is_ahead() {
    expect(
        Lang::Fr,
        "
        # Whatever the tense, the month after \"d'ici\" is the next one.
        2023-11-20 | Le gouvernement a promis une loi d'ici juin. | juin = 2024-06
        2023-11-20 | La ligne doit ouvrir d'ici à la fin mars, assure la région. | fin mars = 2024-03 END
        2023-11-20 | Le rapport était attendu d'ici la mi-février. | mi-février = 2024-02 MID
        2023-03-20 | Les travaux seront finis d'ici septembre. | septembre = 2023-09
        ",
    );
}

#[test]
fn a_weekend_by_its_rank_in_a_month() {
    expect(
        Lang::Fr,
        "
        # July 2023 begins on a Saturday, August 2023 ends on a Thursday.
        2023-05-02 | La braderie aura lieu le premier week-end de juillet. | premier week-end de juillet = 2023-W26-WE
        2023-05-02 | Les départs culminent le dernier week-end d'août. | dernier week-end d'août = 2023-W34-WE
        2023-05-02 | Le salon ouvre le deuxième weekend de juin 2024. | deuxième weekend de juin 2024 = 2024-W23-WE
        ",
    );
}

#[test]
fn a_position_in_the_next_or_last_unit() {
    expect(
        Lang::Fr,
        "
        2023-03-08 | Le texte sera examiné en fin de semaine prochaine. | fin de semaine prochaine = 2023-W11 END
        2023-03-08 | Les résultats arrivent début de mois prochain. | début de mois prochain = 2023-04 START
        2023-03-08 | Un accord était espéré en fin d'année dernière. | fin d'année dernière = 2022 END
        ",
    );
}

#[test]
fn a_quarter_or_half_from_publication() {
    expect(
        Lang::Fr,
        "
        # Not a duration: the quarter itself.
        2023-11-08 | Les ventes ont bondi ce trimestre, selon la direction. | ce trimestre = 2023-Q4
        2023-11-08 | Le bénéfice avait reculé le trimestre dernier. | trimestre dernier = 2023-Q3
        2023-11-08 | La production reprendra le trimestre prochain. | trimestre prochain = 2024-Q1
        2023-11-08 | Les recrutements du semestre en cours sont gelés. | semestre en cours = 2023-H2
        2023-02-08 | Le chiffre du semestre dernier a déçu. | semestre dernier = 2022-H2
        ",
    );
}

#[test]
fn an_article_opening_a_sentence_is_no_roman_century() {
    // "Le" and "Ce" are no L (50) nor C (100): a Roman century goes up to the 30th, as a
    // spelled-out one does.
    expect(
        Lang::Fr,
        "
        2023-03-10 | Ce siècle verra la fin du charbon. | Ce siècle = 20XX
        2023-03-10 | Le siècle dernier a connu deux guerres mondiales. | siècle dernier = 19XX
        2023-03-10 | Le XXIe siècle a commencé par une crise. | XXIe siècle = 20XX
        2023-03-10 | Le Ve siècle a vu la chute de Rome. | Ve siècle = 04XX
        ",
    );
}
