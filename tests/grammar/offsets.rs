//! Offsets and shifts from publication written in the ways a general French text writes
//! them: "voici trois ans" (as "il y a trois ans"), "d'ici deux ans" (as "dans deux ans"),
//! "il y a quinze jours" and "dans huit jours" (two weeks and one, as the duration grammar
//! reads them), "jeudi qui vient" (the coming one), "ce lundi" in a past clause (the one
//! just gone).

use factlint::grammar::Lang;

use super::expect;

#[test]
fn voici_and_d_ici_count_from_publication() {
    expect(
        Lang::Fr,
        "
        2024-10-16 | La digue a été rehaussée voici trois ans. | voici trois ans = 2021
        2024-10-16 | Le parc a ouvert voici deux mois. | voici deux mois = 2024-08
        2024-10-16 | La ligne sera électrifiée d'ici deux ans. | d'ici deux ans = 2026
        2024-10-16 | Les travaux seront finis d'ici trois semaines. | d'ici trois semaines = 2024-W45
        # Counted from a named day, the count is read from its number on.
        2024-10-16 | Il rentrera d'ici 3 jours à compter de demain. | 3 jours à compter de demain = 2024-10-20
        ",
    );
}

#[test]
fn eight_and_fifteen_days_are_one_and_two_weeks() {
    expect(
        Lang::Fr,
        "
        2024-10-16 | Le chantier a repris il y a quinze jours. | il y a quinze jours = 2024-10-02
        2024-10-16 | Le verdict tombera dans quinze jours. | dans quinze jours = 2024-10-30
        2024-10-16 | Il a été hospitalisé il y a huit jours. | il y a huit jours = 2024-10-09
        # In digits, a count of days like any other.
        2024-10-16 | Le chantier a repris il y a 15 jours. | il y a 15 jours = 2024-10-01
        ",
    );
}

#[test]
fn the_coming_weekday_and_this_weekday_by_its_clause() {
    expect(
        Lang::Fr,
        "
        2024-10-16 | Le jury rendra son avis lundi qui vient. | lundi qui vient = 2024-10-21
        2024-10-16 | Le club jouera mercredi qui vient. | mercredi qui vient = 2024-10-23
        2024-10-16 | Le ministre a démissionné ce lundi. | ce lundi = 2024-10-14
        2024-10-16 | Le ministre recevra les syndicats ce vendredi. | ce vendredi = 2024-10-18
        ",
    );
}
