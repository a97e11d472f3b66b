//! An adjective of length between a count and its time unit: "deux bonnes heures" and "une
//! petite semaine" are about that long (mod APPROX), "trois longues années" is three years.
//! After an article, "bon" and "petit" need a word of time or of waiting before them, since
//! "une bonne année" and "une bonne semaine" are most often wishes.

use factlint::grammar::Lang;

use super::{expect, read, rows};

#[test]
fn an_adjective_between_the_count_and_its_unit() {
    expect(
        Lang::Fr,
        "
        2024-05-09 | Les secours ont cherché deux bonnes heures dans les décombres. | deux bonnes heures = PT2H APPROX
        2024-05-09 | Les riverains ont attendu une bonne heure avant l'arrivée du car. | une bonne heure = PT1H APPROX
        2024-05-09 | Pendant une petite semaine, la ligne sera coupée. | une petite semaine = P1W APPROX
        2024-05-09 | Il a fallu quatre longues années pour finir le tunnel. | quatre longues années = P4Y
        2024-05-09 | Le tournage a duré cinq longs mois en montagne. | cinq longs mois = P5M
        ",
    );
}

#[test]
fn a_wish_is_no_duration() {
    let year = "Le maire souhaite une bonne année aux habitants.";
    assert_eq!(read(year, "2024-05-09"), rows(&[]));
    let week = "Passez une bonne semaine au bord du lac !";
    assert_eq!(read(week, "2024-05-09"), rows(&[]));
}
