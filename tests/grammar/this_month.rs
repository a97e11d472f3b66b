//! A month named with a demonstrative is the publication year's, the demonstrative in the
//! span: "ce septembre", "cet avril", "ce mois de mai".

use factlint::grammar::Lang;

use super::expect;

#[test]
fn a_demonstrative_month_is_the_publication_years() {
    expect(
        Lang::Fr,
        "
        # Past or future, the month of the publication year.
        2024-11-20 | Les vendanges ont été précoces ce septembre dans le Bordelais. | ce septembre = 2024-09
        2024-02-05 | Le chantier reprendra cet avril, promet la mairie. | cet avril = 2024-04
        2024-02-05 | Les élections prévues ce mois de juin mobilisent peu. | ce mois de juin = 2024-06
        2024-10-01 | Les pluies de ce mois d'août ont noyé les récoltes. | ce mois d'août = 2024-08
        2024-12-30 | Cette décembre a été la plus douce jamais mesurée. | Cette décembre = 2024-12
        ",
    );
}

#[test]
fn a_demonstrative_before_a_full_date_keeps_the_date() {
    expect(
        Lang::Fr,
        "
        2024-11-20 | Il a été condamné ce 14 novembre par le tribunal. | 14 novembre = 2024-11-14
        2024-11-20 | Les archives de ce septembre 2019 ont été ouvertes. | septembre 2019 = 2019-09
        ",
    );
}
