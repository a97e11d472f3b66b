//! Offsets of several units ("il y a deux mois et dix jours", "dans un an et six mois", "dans
//! 3 ans 2 mois 5 jours") and counts from a named day ("trois jours après demain", "cinq jours
//! avant hier", "une semaine à partir de demain", "trois lundis à compter de demain").

use factlint::grammar::Lang;

use super::expect;

#[test]
fn several_units_give_the_date_at_the_finest_one() {
    expect(
        Lang::Fr,
        "
        2019-03-11 | Le chantier a débuté il y a deux mois et dix jours. | il y a deux mois et dix jours = 2019-01-01
        2019-03-11 | La loi entrera en vigueur dans un an et six mois. | dans un an et six mois = 2020-09
        2019-03-11 | La sonde arrivera dans 3 ans 2 mois 5 jours. | dans 3 ans 2 mois 5 jours = 2022-05-16
        2019-03-11 | Il a quitté le pays il y a un an et deux semaines. | il y a un an et deux semaines = 2018-W08
        # One unit alone is as before, and what follows the count is no unit.
        2019-03-11 | Elle a été élue il y a trois ans et 200 élus ont voté. | il y a trois ans = 2016
        ",
    );
}

#[test]
fn a_count_from_a_named_day_gives_that_day() {
    expect(
        Lang::Fr,
        "
        2019-03-11 | Le verdict tombera trois jours après demain. | trois jours après demain = 2019-03-15
        2019-03-11 | Le colis est parti cinq jours avant hier. | cinq jours avant hier = 2019-03-05
        2019-03-11 | Les inscriptions ouvrent une semaine à partir de demain. | une semaine à partir de demain = 2019-03-19
        2019-03-11 | Le marché revient trois lundis à compter de demain. | trois lundis à compter de demain = 2019-04-01
        2019-03-11 | Le service reprendra dans 10 jours à compter d'aujourd'hui. | dans 10 jours à compter d'aujourd'hui = 2019-03-21
        ",
    );
}
