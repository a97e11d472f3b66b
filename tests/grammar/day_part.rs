//! Parts of a day: after a day ("hier soir", "demain matin", "lundi après-midi", "le 5 mai au
//! matin") the part is in the day's span and the value is the day; "ce matin", "ce soir",
//! "cet après-midi", "cette nuit" are the publication day. A part of the day with no day
//! ("le matin", "chaque soir", "la nuit") is no date.

use factlint::grammar::Lang;

use super::{expect, no_date};

#[test]
fn a_part_of_the_day_after_a_day_joins_its_span() {
    expect(
        Lang::Fr,
        "
        2024-10-16 | Le comité s'est réuni hier soir à huis clos. | hier soir = 2024-10-15
        2024-10-16 | Les livreurs partiront demain matin avant l'aube. | demain matin = 2024-10-17
        2024-10-16 | La panne est survenue lundi après-midi au dépôt. | lundi après-midi = 2024-10-14
        2024-10-16 | La panne est survenue mardi apres midi au dépôt. | mardi apres midi = 2024-10-15
        2024-10-16 | Le 2 octobre au soir, la digue a lâché. | 2 octobre au soir = 2024-10-02
        2024-10-16 | Il a disparu dans la nuit, samedi soir, près du port. | samedi soir = 2024-10-12
        2024-10-16 | Le préfet viendra vendredi midi inaugurer le pont. | vendredi midi = 2024-10-18
        ",
    );
}

#[test]
fn this_morning_and_tonight_are_the_publication_day() {
    expect(
        Lang::Fr,
        "
        2024-10-16 | Ce matin, le brouillard a retardé les trains. | Ce matin = 2024-10-16
        2024-10-16 | Le maire prendra la parole ce soir. | ce soir = 2024-10-16
        2024-10-16 | Cet après-midi, la grève s'est étendue. | Cet après-midi = 2024-10-16
        2024-10-16 | Cette nuit, deux voitures ont brûlé. | Cette nuit = 2024-10-16
        2024-10-16 | Le président recevra les maires ce midi. | ce midi = 2024-10-16
        ",
    );
}

#[test]
fn a_part_of_the_day_without_a_day_is_no_date() {
    no_date(
        "
        2024-10-16 | Le matin, il court au bord du canal. | matin
        2024-10-16 | Chaque soir, les bénévoles servent la soupe. | soir
        2024-10-16 | La nuit tombe tôt en novembre. | nuit
        2024-10-16 | Elle travaille l'après-midi à la mairie. | après-midi
        # The evening the text tells of (a party, a concert), not a day.
        2024-10-16 | Cette soirée, animée par un orchestre, a réuni le village. | soirée
        ",
    );
}
