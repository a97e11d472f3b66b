//! Numbers and durations in general, class by class: the qualifiers that bound a count ("pas
//! plus de", "jusqu'à", "au-delà de"), a collective with an adjective ("une bonne centaine"),
//! the part of a whole after a definite article ("le tiers des"), a rank of hundreds or
//! thousands ("le trois centième"), factors that count nothing ("deux fois plus", "multiplié
//! par trois"), hours in words that are a time of day ("à deux heures"), and the first end of a
//! range of durations, which takes the unit of the second ("deux à cinq ans"). Each class with
//! its counter-examples.

use factlint::grammar::Lang;

use super::{expect, read, rows};

#[test]
fn qualifiers_bound_a_count_in_the_direction_they_say() {
    expect(
        Lang::Fr,
        "
        - | Pas plus de 40 élus ont voté la motion. | Pas plus de 40 = 40 LESS_THAN
        - | Il n'y avait pas plus de trente bateaux au port. | pas plus de trente = 30 LESS_THAN
        - | Pas loin de 900 coureurs ont pris le départ. | Pas loin de 900 = 900 APPROX
        - | Le parc accueille jusqu'à 6 000 visiteurs par jour. | jusqu'à 6 000 = 6000 LESS_THAN
        - | Au-delà de 50 inscrits, la sortie est annulée. | Au-delà de 50 = 50 MORE_THAN
        - | Au minimum 12 camions seront loués. | Au minimum 12 = 12 MORE_THAN
        - | Le chantier emploie au bas mot 300 ouvriers. | au bas mot 300 = 300 MORE_THAN
        - | Un minimum de 15 signatures est requis. | Un minimum de 15 = 15 MORE_THAN
        - | Un maximum de 8 invités par table. | Un maximum de 8 = 8 LESS_THAN
        - | Plus ou moins 70 chalets ont été vendus. | Plus ou moins 70 = 70 APPROX
        - | Grosso modo 45 tonnes ont été livrées. | Grosso modo 45 = 45 APPROX
        - | Autour de 250 familles sont concernées. | Autour de 250 = 250 APPROX
        - | Aux alentours de 80 vaches ont péri. | Aux alentours de 80 = 80 APPROX
        # A duration takes the same qualifiers.
        - | Le prévenu risque jusqu'à sept ans de prison. | jusqu'à sept ans = P7Y LESS_THAN
        - | Le contrat court sur un maximum de trois ans. | un maximum de trois ans = P3Y LESS_THAN
        ",
    );
}

#[test]
fn a_qualifier_that_also_places_a_date_or_an_hour_leaves_them_alone() {
    expect(
        Lang::Fr,
        "
        2025-03-12 | Le dispositif est prolongé jusqu'à 2031. | 2031 = 2031
        2025-03-12 | Rien n'est budgété au-delà de 2029. | 2029 = 2029
        2025-03-12 | La vente se poursuit jusqu'à 20 mars. | 20 mars = 2025-03-20
        ",
    );
    for text in [
        "Le guichet reste ouvert jusqu'à 19 heures.",
        "La fête durera jusqu'à minuit.",
        "Les bureaux ferment jusqu'à vingt-deux heures en semaine.",
    ] {
        assert_eq!(read(text, "2025-03-12"), rows(&[]), "{text}");
    }
}

#[test]
fn a_collective_with_an_adjective_is_approximate() {
    expect(
        Lang::Fr,
        "
        - | Une bonne centaine de riverains ont protesté. | Une bonne centaine = 100 APPROX
        - | Une petite trentaine de salariés sont en grève. | Une petite trentaine = 30 APPROX
        - | Un gros millier de bénévoles sont mobilisés. | Un gros millier = 1000 APPROX
        - | Un petit millier de spectateurs ont applaudi. | Un petit millier = 1000 APPROX
        # Twelve exactly, but not with an adjective.
        - | Il a cassé une bonne douzaine de verres. | une bonne douzaine = 12 APPROX
        - | Il a cassé une douzaine de verres. | une douzaine = 12
        # Before a unit of time, a duration.
        - | Le village est resté isolé une bonne dizaine de jours. | une bonne dizaine de jours = P10D APPROX
        ",
    );
}

#[test]
fn the_third_and_the_quarter_of_a_whole_are_fractions() {
    expect(
        Lang::Fr,
        "
        - | Le quart des lycées ont fermé. | quart = 0.25
        - | Le tiers du réseau est à refaire. | tiers = 0.333333333333333
        - | Plus du tiers des votants ont dit non. | Plus du tiers = 0.333333333333333 MORE_THAN
        - | Près du quart d'entre eux ont démissionné. | Près du quart = 0.25 APPROX
        - | Moins du quart des dossiers sont traités. | Moins du quart = 0.25 LESS_THAN
        ",
    );
    // A round of a tournament, and a third party, are no fraction.
    for text in [
        "Il a perdu le quart de finale contre Lens.",
        "Le tiers payant est généralisé.",
    ] {
        assert_eq!(read(text, "2025-03-12"), rows(&[]), "{text}");
    }
}

#[test]
fn a_rank_in_hundreds_or_thousands_after_a_determiner() {
    expect(
        Lang::Fr,
        "
        - | Le club fête son deux millième match. | deux millième = 2000
        - | La ville célèbre le trois centième anniversaire du pont. | trois centième = 300
        - | Le cinq centième client a reçu un cadeau. | cinq centième = 500
        # Plural: the parts of a whole.
        - | Il a gagné de trois centièmes de seconde. | trois centièmes = 0.03
        - | Deux millièmes du capital ont changé de main. | Deux millièmes = 0.002
        ",
    );
}

#[test]
fn a_factor_counts_nothing() {
    for text in [
        "On compte deux fois plus de noyades que prévu.",
        "Le billet est trois fois moins cher en semaine.",
        "Un loyer dix fois supérieur à la moyenne.",
        "Le nombre de plaintes a été multiplié par quatre.",
        "Les subventions ont été divisées par deux.",
        "Les ventes ont été multipliées par 2,5 depuis le rachat.",
    ] {
        assert_eq!(read(text, "2025-03-12"), rows(&[]), "{text}");
    }
    // How many times something happened is a count.
    assert_eq!(
        read("Il a été réélu trois fois.", "2025-03-12"),
        rows(&[("trois", "3", "")])
    );
    assert_eq!(
        read("Le car passe quatre fois par jour.", "2025-03-12"),
        rows(&[("quatre", "4", "")])
    );
}

#[test]
fn an_hour_in_words_after_a_clock_preposition_is_a_time_of_day() {
    for text in [
        "Le train part à sept heures.",
        "Le conseil s'ouvre à neuf heures trente.",
        "Ils se retrouvent vers onze heures et quart.",
        "Les portes ouvrent dès huit heures.",
        "Le bal finit à une heure moins le quart.",
        "Le rideau tombe à dix heures quarante-cinq.",
    ] {
        assert_eq!(read(text, "2025-03-12"), rows(&[]), "{text}");
    }
    // A stretch of time stays a duration, spelled out after "après" too.
    expect(
        Lang::Fr,
        "
        - | Après trois heures de débat, la loi est votée. | trois heures = PT3H
        - | Ils ont marché pendant sept heures. | sept heures = PT7H
        ",
    );
}

#[test]
fn the_first_end_of_a_range_of_durations_takes_the_unit_of_the_second() {
    expect(
        Lang::Fr,
        "
        - | Il encourt de deux à cinq ans de prison. | deux = P2Y
        - | Il encourt de deux à cinq ans de prison. | cinq ans = P5Y
        - | Le chantier durera 6 à 9 mois. | 6 = P6M
        - | Comptez entre trois et quatre semaines de délai. | trois = P3W
        - | Comptez entre trois et quatre semaines de délai. | quatre semaines = P4W
        - | Il faut dix à quinze minutes à pied. | dix = PT10M
        - | Prévoir une à deux heures de queue. | une = PT1H
        - | Prévoir une à deux heures de queue. | deux heures = PT2H
        - | Deux ou trois jours de repos suffiront. | Deux = P2D
        - | Il encourt environ trois à cinq ans. | environ trois = P3Y APPROX
        ",
    );
    // Not a score, not an age group, not a range of something else.
    assert_eq!(
        read("Ils ont gagné 4 à 1 en deux heures de jeu.", "2025-03-12"),
        rows(&[("4", "4", ""), ("1", "1", ""), ("deux heures", "PT2H", "")])
    );
    assert_eq!(
        read("Le camp accueille des enfants de 7 à 12 ans.", "2025-03-12"),
        rows(&[("7", "7", ""), ("12", "12", "")])
    );
    assert_eq!(
        read("Une amende de 2 à 5 000 euros.", "2025-03-12"),
        rows(&[("2", "2", ""), ("5 000", "5000", "")])
    );
}

#[test]
fn a_day_and_a_half() {
    expect(
        Lang::Fr,
        "
        - | La coupure a duré un jour et demi. | un jour et demi = P1.5D
        - | Il reste un jour et demi de vivres. | un jour et demi = P1.5D
        ",
    );
    // "un jour" alone is still some day.
    assert_eq!(
        read("Il reviendra un jour et tout changera.", "2025-03-12"),
        rows(&[])
    );
}

#[test]
fn quarters_and_halves_of_a_year_counted_are_durations() {
    expect(
        Lang::Fr,
        "
        - | Le pays a connu deux trimestres de recul. | deux trimestres = P6M
        - | La formation dure trois semestres. | trois semestres = P1.5Y
        - | Il faut 4 trimestres de cotisation de plus. | 4 trimestres = P12M
        # A quarter by its rank is a date.
        2025-03-12 | Le troisième trimestre a été difficile. | troisième trimestre = 2024-Q3
        ",
    );
}
