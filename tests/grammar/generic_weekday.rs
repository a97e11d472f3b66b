//! A weekday after the indefinite article is some day of that name, no date: "tombe un
//! dimanche", "un lundi matin"; with "dernier"/"prochain" it is one day again.

use super::lines;

#[test]
fn a_weekday_after_un_is_no_date() {
    for text in [
        "Cette année, le 1er mai tombe un jeudi.",
        "Il passait toujours un lundi matin.",
        "Le club joue un samedi sur deux.",
    ] {
        let read = lines(text, "2025-03-12");
        assert!(
            read.iter()
                .all(|l| !l.contains("jeudi") && !l.contains("lundi") && !l.contains("samedi")),
            "{text}: {read:?}"
        );
    }
}

#[test]
fn a_weekday_with_its_article_le_or_alone_is_a_date() {
    assert_eq!(
        lines("Il est rentré vendredi, un jour de pluie.", "2025-03-12"),
        ["date \"vendredi\" = 2025-03-07"]
    );
    assert_eq!(
        lines(
            "Un lundi dernier de colère a secoué la ville.",
            "2025-03-12"
        ),
        ["date \"lundi dernier\" = 2025-03-10"]
    );
}
