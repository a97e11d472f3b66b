//! A day written after its month or spelled out: "oct. 3", "mars-7", "juin vingt-deux",
//! "avril troisième", "le trois avril", "seconde de juin", a period after the month ("juillet
//! 14 au 16"), and a weekday before it all. A month and two digits alone stay a month and its
//! year ("octobre 22"), a count after a month stays a count.

use factlint::grammar::Lang;

use super::{expect, no_date};

#[test]
fn a_day_after_its_month_reads_as_that_day() {
    expect(
        Lang::Fr,
        "
        # An abbreviation and its dot, a dash or a slash glued, one digit.
        2019-03-11 | La livraison se fera déc. 4 au plus tard. | déc. 4 = 2019-12-04
        2019-03-11 | Le colis partira juin-9 selon le transporteur. | juin-9 = 2019-06-09
        2019-03-11 | Rendez-vous fixé au avr/3 dans le dossier. | avr/3 = 2019-04-03
        2019-03-11 | La réunion aura lieu juillet 5 dans la grande salle. | juillet 5 = 2019-07-05
        # With its year after it, two digits are a day too.
        2019-03-11 | Le contrat signé août 14 2017 reste valable. | août 14 2017 = 2017-08-14
        2019-03-11 | Le jugement du février 27, 2018 a été cassé. | février 27, 2018 = 2018-02-27
        # Spelled out, as a cardinal or an ordinal.
        2019-03-11 | Le concert est reporté à juin vingt-deux cette année. | juin vingt-deux = 2019-06-22
        2019-03-11 | Nous partirons avril troisième, si tout va bien. | avril troisième = 2019-04-03
        2019-03-11 | Nous partirons mai seconde, si tout va bien. | mai seconde = 2019-05-02
        ",
    );
}

#[test]
fn a_spelled_out_day_before_its_month_reads_as_that_day() {
    expect(
        Lang::Fr,
        "
        2019-03-11 | Le marché rouvrira le trois avril prochain. | trois avril prochain = 2019-04-03
        2019-03-11 | La séance du vingt et un mai 2018 fut houleuse. | vingt et un mai 2018 = 2018-05-21
        2019-03-11 | La foire se tiendra le dix-sept juin. | dix-sept juin = 2019-06-17
        2019-03-11 | Il viendra seconde de juin sans faute. | seconde de juin = 2019-06-02
        2019-03-11 | Il viendra le quatrième d'octobre. | quatrième d'octobre = 2019-10-04
        ",
    );
}

#[test]
fn days_after_their_month_make_one_period() {
    expect(
        Lang::Fr,
        "
        2019-03-11 | Le festival se tiendra juillet 14 au 16 en plein air. | juillet 14 au 16 = (2019-07-14,2019-07-16,P2D)
        2019-03-11 | Le salon ouvrira avril 8-11 au parc des expositions. | avril 8-11 = (2019-04-08,2019-04-11,P3D)
        # Two digits and a second day are a period, not a month and its year.
        2019-03-11 | Le salon se tiendra de novembre 15 jusqu'au 19. | novembre 15 jusqu'au 19 = (2019-11-15,2019-11-19,P4D)
        2019-03-11 | Travaux prévus mai 2 jusqu'au mai 9 sur la ligne. | mai 2 jusqu'au mai 9 = (2019-05-02,2019-05-09,P7D)
        ",
    );
}

#[test]
fn a_weekday_before_a_month_and_its_day_checks_it() {
    expect(
        Lang::Fr,
        "
        2019-03-11 | Le vote aura lieu mardi avril 9 2019 à midi. | mardi avril 9 2019 = 2019-04-09
        ",
    );
}

#[test]
fn counts_and_years_after_a_month_are_not_its_day() {
    // A count after the month: a noun follows it.
    no_date(
        "
        2019-03-11 | En mars 3 soldats ont été blessés au front. | 3 soldats
        2019-03-11 | En juin deux ministres ont démissionné. | deux ministres
        ",
    );
    // Two digits alone after a month are its year, as before.
    expect(
        Lang::Fr,
        "
        2019-03-11 | Le mouvement de mai 68 a marqué la ville. | mai 68 = 1968-05
        2019-03-11 | Le traité de juin 12, puis celui de 14, ont échoué. | juin 12 = 2012-06
        ",
    );
}

#[test]
fn seven_before_a_number_word_is_no_september() {
    // "sept" without its dot, then a number word: the number seven, or a part ("dixièmes").
    no_date(
        "
        2019-03-11 | Sept dixièmes des électeurs ont voté oui. | Sept dixièmes
        2019-03-11 | Les sept huitièmes du budget sont engagés. | sept huitièmes
        2019-03-11 | Il a compté sept douze fois de suite. | sept douze
        2019-03-11 | Trois vingtièmes des parts reviennent au fonds. | vingtièmes
        ",
    );
    // September's abbreviation keeps a day in digits, and the dot keeps a spelled one.
    expect(
        Lang::Fr,
        "
        2019-03-11 | La vente aura lieu sept. 4 dans la grande salle. | sept. 4 = 2019-09-04
        2019-03-11 | Le chantier reprendra sept. douze selon la mairie. | sept. douze = 2019-09-12
        ",
    );
}
