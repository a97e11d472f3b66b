//! Quarters of an hour: "un quart d'heure" is `PT15M` and "trois quarts d'heure" `PT45M`, as
//! "une demi-heure" is `PT30M`; "une heure et quart" adds fifteen minutes (`PT1H15M`), as "une
//! heure et demie" adds a half. Not read as the fractions 0.25 and 0.75.

use factlint::grammar::Lang;

use super::{expect, read, rows};

#[test]
fn a_quarter_of_an_hour_is_minutes() {
    expect(
        Lang::Fr,
        "
        2024-05-09 | Le bus est reparti un quart d'heure plus tard que prévu. | un quart d'heure = PT15M
        2024-05-09 | La réunion a duré trois quarts d'heure à peine. | trois quarts d'heure = PT45M
        2024-05-09 | Comptez environ trois quarts d'heure de marche depuis la gare. | environ trois quarts d'heure = PT45M APPROX
        2024-05-09 | Les pompiers sont arrivés en moins d'un quart d'heure. | moins d'un quart d'heure = PT15M LESS_THAN
        2024-05-09 | Il a parlé près de trois-quarts d'heure devant les élus. | près de trois-quarts d'heure = PT45M APPROX
        # Less than an hour is minutes, hyphen or not.
        2024-05-09 | Le public a patienté une demi heure sous la pluie. | une demi heure = PT30M
        2024-05-09 | Le public a patienté une demi-heure sous la pluie. | une demi-heure = PT30M
        2024-05-09 | La batterie tient 0,75 heure en plein effort. | 0,75 heure = PT45M
        ",
    );
}

#[test]
fn hours_and_a_quarter() {
    expect(
        Lang::Fr,
        "
        2024-05-09 | Le vol a duré une heure et quart malgré le vent. | une heure et quart = PT1H15M
        2024-05-09 | Il faut deux heures et quart pour traverser le massif. | deux heures et quart = PT2H15M
        2024-05-09 | La panne a privé le quartier de courant pendant 3 heures et quart. | 3 heures et quart = PT3H15M
        2024-05-09 | Le débat a duré deux heures et demie. | deux heures et demie = PT2.5H
        ",
    );
}

#[test]
fn a_quarter_of_something_else_stays_a_fraction() {
    let text = "Un quart des électeurs a voté, et trois quarts du budget est dépensé.";
    assert_eq!(
        read(text, "2024-05-09"),
        rows(&[("Un quart", "0.25", ""), ("trois quarts", "0.75", "")])
    );
}
