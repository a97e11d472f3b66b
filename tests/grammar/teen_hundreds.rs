//! Hundreds counted by a teen, as French says years and round amounts: "douze cents" is 1200,
//! "dix-neuf cent quatre-vingt-quatre" 1984; and "mil", the year's spelling of "mille", before
//! the rest of its number ("mil neuf cent", "deux mil dix"). "cents" after a unit or a ten
//! stays the coin ("3 cents", "vingt cents" are no hundreds; "trois cents" is 300).

use factlint::grammar::Lang;

use super::{expect, read, rows};

#[test]
fn hundreds_after_a_teen() {
    expect(
        Lang::Fr,
        "
        2024-05-09 | Douze cents salariés ont signé la pétition. | Douze cents = 1200
        2024-05-09 | La salle accueille quinze cents spectateurs assis. | quinze cents = 1500
        2024-05-09 | La ferme date de dix-neuf cent douze environ. | dix-neuf cent douze = 1912
        2024-05-09 | On comptait seize cent cinquante inscrits en juin. | seize cent cinquante = 1650
        2024-05-09 | Il est arrivé en France en dix-neuf cent quatre-vingt-quatre. | dix-neuf cent quatre-vingt-quatre = 1984
        ",
    );
}

#[test]
fn mil_before_the_rest_of_its_number() {
    expect(
        Lang::Fr,
        "
        2024-05-09 | L'acte est daté de mil neuf cent trente. | mil neuf cent trente = 1930
        2024-05-09 | La loi de deux mil dix est toujours en vigueur. | deux mil dix = 2010
        ",
    );
}

#[test]
fn cents_after_a_unit_or_a_ten_is_the_coin() {
    let ten = "Le ticket coûte vingt cents de plus.";
    assert_eq!(read(ten, "2024-05-09"), rows(&[("vingt", "20", "")]));
    let digits = "Il manque 3 cents à la caisse.";
    assert_eq!(read(digits, "2024-05-09"), rows(&[("3", "3", "")]));
}
