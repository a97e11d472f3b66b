//! A period written as its two ends, the first leaning on the second ("du 3 au 9 juin",
//! "entre le 2 et le 6 mars", "de mai à juillet 2019"): one mention whose value is a range,
//! `(first day, last day's first day, length)`, covering both ends as an interval. A list
//! ("les 4 et 11 avril") and two complete dates ("entre le 2 mars et le 6 avril") stay apart.
//! The rest of the current week, month or year ("le reste du mois") is a range from
//! publication.

use factlint::grammar::{Lang, scan};
use factlint::value::{DateValue, Published, Value};

use super::{expect, no_date};

#[test]
fn days_joined_by_au_a_a_dash_or_entre_et_are_one_range() {
    expect(
        Lang::Fr,
        "
        2021-04-20 | La foire se tiendra du 3 au 9 juin sur le parking. | 3 au 9 juin = (2021-06-03,2021-06-09,P6D)
        2021-04-20 | Les urnes restent ouvertes entre le 2 et le 6 mai 2022. | 2 et le 6 mai 2022 = (2022-05-02,2022-05-06,P4D)
        2021-04-20 | Un stage est prévu 14-18 juillet pour les cadets. | 14-18 juillet = (2021-07-14,2021-07-18,P4D)
        2021-04-20 | Le chantier durera du 10 à 24 août selon la mairie. | 10 à 24 août = (2021-08-10,2021-08-24,P14D)
        2021-04-20 | Les bureaux ferment du 2 au 16 du mois prochain. | 2 au 16 du mois prochain = (2021-05-02,2021-05-16,P14D)
        2021-04-20 | La piscine ouvrira du 5 jusqu'au 20 juillet prochain. | 5 jusqu'au 20 juillet prochain = (2021-07-05,2021-07-20,P15D)
        # The first day after the last: it is in the month before, across a new year too.
        2021-04-20 | La trêve court du 27 au 4 janvier 2022, dit-il. | 27 au 4 janvier 2022 = (2021-12-27,2022-01-04,P8D)
        ",
    );
}

#[test]
fn months_joined_by_a_or_entre_et_are_one_range() {
    expect(
        Lang::Fr,
        "
        2021-04-20 | Les travaux iront de mai à juillet 2019 au plus tard. | mai à juillet 2019 = (2019-05-01,2019-07-01,P2M)
        2021-04-20 | La saison court entre octobre et mars 2020 dans les Alpes. | octobre et mars 2020 = (2019-10-01,2020-03-01,P5M)
        2021-04-20 | Les ventes ont chuté avril-juin 2018, selon le bilan. | avril-juin 2018 = (2018-04-01,2018-06-01,P2M)
        2021-04-20 | La collecte se poursuit de mars jusqu'à mai 2020 inclus. | mars jusqu'à mai 2020 = (2020-03-01,2020-05-01,P2M)
        ",
    );
}

#[test]
fn lists_and_two_complete_dates_stay_apart() {
    expect(
        Lang::Fr,
        "
        2021-03-20 | Les séances auront lieu les 4 et 11 avril à Lyon. | 4 = 2021-04-04
        2021-03-20 | Les séances auront lieu les 4 et 11 avril à Lyon. | 11 avril = 2021-04-11
        2021-04-20 | Il a voyagé entre le 2 mars et le 6 avril derniers. | 2 mars = 2021-03-02
        2021-04-20 | On a recensé les dégâts en février et mai 2020. | février = 2020-02
        ",
    );
}

#[test]
fn a_range_covers_both_ends_as_one_interval() {
    let text = "Le festival se tiendra du 28 au 31 mai 2022 en plein air.";
    let mentions = scan(text, Lang::Fr, Published::parse("2021-04-20"));
    let [m] = mentions.as_slice() else {
        panic!("one mention expected: {mentions:?}");
    };
    let Value::Date(DateValue::Range { .. }) = m.value else {
        panic!("a range expected: {}", m.value);
    };
    let interval = m.value.interval().expect("both ends have a year");
    // 2022-05-28 and 2022-05-31, in days since 1970-01-01.
    assert_eq!((interval.lo, interval.hi), (19140.0, 19143.0));
    // A month range ends with the last day of its last month.
    let text = "Les fouilles dureront de mars à avril 2022, selon le service.";
    let mentions = scan(text, Lang::Fr, Published::parse("2021-04-20"));
    let interval = mentions[0].value.interval().unwrap();
    assert_eq!(interval.hi - interval.lo, 60.0, "1 March to 30 April");
}

#[test]
fn the_rest_of_the_current_week_month_or_year_runs_from_publication() {
    expect(
        Lang::Fr,
        "
        # 2021-04-21 is a Wednesday.
        2021-04-21 | Le musée restera fermé le reste de la semaine. | reste de la semaine = (2021-04-21,2021-04-25,P4D)
        2021-04-21 | Les trains rouleront au ralenti le reste du mois. | reste du mois = (2021-04-21,2021-04-30,P9D)
        2021-04-21 | Le chantier occupera le reste de l'année. | reste de l'année = (2021-04-21,2021-12-31,P254D)
        2021-04-21 | Le temps restera sec pour le reste de cette semaine. | reste de cette semaine = (2021-04-21,2021-04-25,P4D)
        2021-04-21 | Tout ce reste de l'année en cours sera chômé. | reste de l'année en cours = (2021-04-21,2021-12-31,P254D)
        2021-04-21 | Rien n'est prévu pour le reste de ce mois-ci. | reste de ce mois-ci = (2021-04-21,2021-04-30,P9D)
        2021-04-21 | Je suis pris le reste de ma semaine. | reste de ma semaine = (2021-04-21,2021-04-25,P4D)
        2021-04-21 | Nous fermons pour le reste de notre année. | reste de notre année = (2021-04-21,2021-12-31,P254D)
        ",
    );
    // Not a period: the rest of something else, or no publication day to start from.
    for (text, published) in [
        ("Le reste de la journée fut calme.", "2021-04-21"),
        ("Il a gardé le reste de ses économies.", "2021-04-21"),
        ("Le reste du mois sera chômé.", "2021-04"),
    ] {
        let mentions = scan(text, Lang::Fr, Published::parse(published));
        assert!(
            !mentions
                .iter()
                .any(|m| text[m.start..m.end].starts_with("reste")),
            "{text}: {mentions:?}"
        );
    }
}

#[test]
fn days_of_the_next_or_last_month_without_an_article_are_one_period() {
    expect(
        Lang::Fr,
        "
        2019-03-11 | Le musée fermera du 6 au 18 mois prochain pour travaux. | 6 au 18 mois prochain = (2019-04-06,2019-04-18,P12D)
        2019-03-11 | La piscine était fermée du 3 au 9 mois dernier. | 3 au 9 mois dernier = (2019-02-03,2019-02-09,P6D)
        ",
    );
    // "suivant" without an article is a preposition: a duration, no period of days.
    no_date(
        "
        2019-03-11 | Le délai court de 6 à 12 mois suivant la signature. | 6 à 12
        ",
    );
}

#[test]
fn a_day_of_the_month_named_with_du_mois_de() {
    expect(
        Lang::Fr,
        "
        2019-03-11 | Le vote aura lieu le 20 du mois de mai. | 20 du mois de mai = 2019-05-20
        2019-03-11 | Le salon ouvrira du 3 au 5 du mois d'avril. | 3 au 5 du mois d'avril = (2019-04-03,2019-04-05,P2D)
        ",
    );
}
