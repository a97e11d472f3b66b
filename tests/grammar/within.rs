//! "sous huitaine", "sous quinzaine": within a week, two weeks, the duration (as "huit jours"
//! and "quinze jours" are read); "une huitaine de bénévoles" stays a collective number.

use super::lines;

#[test]
fn within_a_week_or_a_fortnight() {
    // "sous huitaine", "sous quinzaine": a week, two weeks; "une quinzaine de jours" stays the
    // collective's, about two weeks.
    assert_eq!(
        lines("La cour rendra son arrêt sous quinzaine.", "2025-03-12"),
        ["duration \"quinzaine\" = P2W"]
    );
    assert_eq!(
        lines("Le notaire répondra sous huitaine, dit-il.", "2025-03-12"),
        ["duration \"huitaine\" = P1W"]
    );
    assert_eq!(
        lines("Une huitaine de bénévoles ont aidé.", "2025-03-12"),
        ["number \"Une huitaine\" = 8 APPROX"]
    );
}
