//! A weekday and a day of the month with no month ("vendredi 22", "jeudi, le 15"): the
//! nearest date, in the sentence's direction, whose day has that weekday, however many months
//! away the calendar puts it.

use factlint::grammar::Lang;

use super::expect;

#[test]
fn a_weekday_and_a_day_take_the_month_the_calendar_allows() {
    expect(
        Lang::Fr,
        "
        # Within the month or the next.
        2019-03-11 | La grève commencera jeudi 14 au matin. | jeudi 14 au matin = 2019-03-14
        2019-03-11 | Le procès s'ouvrira lundi, le 1er avec les témoins. | lundi, le 1er = 2019-04-01
        # Several months ahead or back: the first such pair.
        2019-03-11 | La séance se tiendra mercredi 31, devant le conseil. | mercredi 31 = 2019-07-31
        2019-03-11 | Le maire avait parlé samedi 29, devant la presse. | samedi 29 = 2018-12-29
        ",
    );
}

#[test]
fn a_weekday_of_the_next_or_last_week_takes_that_week() {
    expect(
        Lang::Fr,
        "
        2019-03-11 | Le jury rendra son avis jeudi de la semaine prochaine. | jeudi de la semaine prochaine = 2019-03-21
        # Without \"de\", and with the masculine written for the feminine.
        2019-03-11 | Le jury rendra son avis jeudi la semaine prochain. | jeudi la semaine prochain = 2019-03-21
        2019-03-11 | Le jury a rendu son avis mardi la semaine dernier. | mardi la semaine dernier = 2019-03-05
        ",
    );
}

#[test]
fn a_weekday_and_a_spelled_out_day() {
    expect(
        Lang::Fr,
        "
        2019-03-11 | La grève commencera jeudi le quatorze au matin. | jeudi le quatorze au matin = 2019-03-14
        2019-03-11 | Le procès s'ouvrira vendredi vingt-neuf, sans public. | vendredi vingt-neuf = 2019-03-29
        2019-03-11 | Le marché ouvrira samedi le treize avril. | samedi le treize avril = 2019-04-13
        # A count after the weekday is no day.
        2019-03-11 | Lundi deux ministres ont démissionné. | Lundi = 2019-03-11
        ",
    );
}

#[test]
fn the_nth_weekday_of_an_abbreviated_month() {
    expect(
        Lang::Fr,
        "
        2019-03-11 | Le conseil se réunira le premier mardi de sept., puis en octobre. | premier mardi de sept. = 2019-09-03
        2019-03-11 | Le conseil se réunira le dernier lundi de déc. | dernier lundi de déc. = 2019-12-30
        ",
    );
}

#[test]
fn a_fifth_weekday_of_a_month_that_has_five() {
    expect(
        Lang::Fr,
        "
        2025-03-12 | La fête aura lieu le cinquième dimanche de mars 2025. | cinquième dimanche de mars 2025 = 2025-03-30
        2025-03-12 | Le marché se tiendra le cinquième lundi du mois. | cinquième lundi du mois = 2025-03-31
        2025-03-12 | Un bal est prévu le cinquième samedi de novembre 2025. | cinquième samedi de novembre 2025 = 2025-11-29
        ",
    );
    // February 2025 has four Sundays: no fifth one.
    let read = super::lines("Le cinquième dimanche de février 2025.", "2025-03-12");
    assert!(
        !read.iter().any(|l| l.contains("cinquième dimanche")),
        "{read:?}"
    );
}

#[test]
fn a_weekday_and_a_day_take_the_month_of_the_date_just_given() {
    expect(
        Lang::Fr,
        "
        # The month just given, when the day falls on that weekday in it.
        2024-06-06 | Le 3 juin 1944, le temps se gâte. Mardi 6, les barges abordent la côte. | Mardi 6 = 1944-06-06
        2019-03-11 | En mars 2021, la rivière monte. Vendredi 12, le barrage lâche. | Vendredi 12 = 2021-03-12
        # Or the nearest month to it in which it does.
        2019-03-11 | Tout commence en juillet 2016 ; jeudi 4, les urnes ferment. | jeudi 4 = 2016-08-04
        ",
    );
    // Another paragraph: the date before gives no month, the publication does.
    let read = super::lines(
        "Le 3 juin 1944, le temps se gâte.\n\nMardi 6, les barges abordent la côte.",
        "2024-06-06",
    );
    assert!(!read.iter().any(|l| l.contains("1944-06-06")), "{read:?}");
}
