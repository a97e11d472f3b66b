//! Tests of the grammar area: what `factlint scan` reads in the corpus articles.

use factlint::grammar::{Lang, scan};
use factlint::value::Published;

/// `text` scanned as French published on `published`, one line per mention.
fn lines(text: &str, published: &str) -> Vec<String> {
    scan(text, Lang::Fr, Published::parse(published))
        .iter()
        .map(|m| {
            let modifier = m.modifier.map(|x| format!(" {x}")).unwrap_or_default();
            let warnings: String = m
                .warnings
                .iter()
                .map(|w| format!(" !{}", w.code.as_str()))
                .collect();
            format!(
                "{} {:?} = {}{}{}",
                m.kind,
                &text[m.start..m.end],
                m.value,
                modifier,
                warnings
            )
        })
        .collect()
}

#[test]
fn corpus_expressions() {
    let cases = [
        (
            "2024-05",
            "lancé une offensive contre le pays en septembre 2022.",
            "date \"septembre 2022\" = 2022-09",
        ),
        (
            "2024-05-09",
            "Vladimir Poutine et Nikol Pachinian à Moscou, le 8 mail 2024.",
            "date \"8 mail 2024\" = 2024-05-08 !misspelled-month",
        ),
        (
            "2024-05-09",
            "La Russie a annoncé jeudi 9 mai le retrait",
            "date \"jeudi 9 mai\" = 2024-05-09",
        ),
        (
            "2024-05-09",
            "Les deux dirigeants se sont entretenus mercredi soir à Moscou",
            "date \"mercredi\" = 2024-05-08",
        ),
        (
            "2024-05-09",
            "depuis la fin de 2020.",
            "date \"fin de 2020\" = 2020 END",
        ),
        (
            "2024-05-09",
            "L'Arménie a notamment rejoint à la fin de janvier la Cour",
            "date \"fin de janvier\" = 2024-01 END",
        ),
        (
            "2024-05-09",
            "avaient déjà annoncé au début de mars mettre fin",
            "date \"début de mars\" = 2024-03 START",
        ),
        (
            "2024-05-09",
            "Le 17 avril, le Kremlin avait, lui, affirmé",
            "date \"17 avril\" = 2024-04-17",
        ),
        (
            "2024-04-17",
            "a confirmé le 17 avril que la Russie",
            "date \"17 avril\" = 2024-04-17",
        ),
        (
            "2024-05-09",
            "Depuis l'automne 2020, à la suite",
            "date \"automne 2020\" = 2020-FA",
        ),
        (
            "2024-05-09",
            "située à Gumri (environ 3 000 militaires).",
            "number \"environ 3 000\" = 3000 APPROX",
        ),
        (
            "2024-05-09",
            "dans cinq régions arméniennes",
            "number \"cinq\" = 5",
        ),
        (
            "2024-04-17",
            "un conflit de six semaines en 2020.",
            "duration \"six semaines\" = P6W",
        ),
        (
            "2024-04-17",
            "depuis près de trente ans.",
            "duration \"près de trente ans\" = P30Y APPROX",
        ),
        (
            "2023-11-23",
            "par l'Azerbaïdjan en septembre.",
            "date \"septembre\" = 2023-09",
        ),
        (
            "2023-11-23",
            "Début octobre, le Kremlin avait déjà estimé",
            "date \"Début octobre\" = 2023-10 START",
        ),
        (
            "2023-11-23",
            "Des passants à la place Rouge, le 21 novembre 2023, à Moscou.",
            "date \"21 novembre 2023\" = 2023-11-21",
        ),
        (
            "2021-05-14",
            "un conflit qui s'est soldé par plus de 6000 morts",
            "number \"plus de 6000\" = 6000 MORE_THAN",
        ),
        (
            "2024-05",
            "proposant de céder quatre villages",
            "number \"quatre\" = 4",
        ),
    ];
    for (published, text, expected) in cases {
        let got = lines(text, published);
        assert!(
            got.iter().any(|l| l == expected),
            "{text:?}: expected {expected}, got {got:#?}"
        );
    }
}

#[test]
fn corpus_part_and_whole() {
    let text =
        "Cette attaque a poussé environ 100 000 des 120 000 Arméniens vivant dans cette région";
    assert_eq!(
        lines(text, "2024-05-09"),
        [
            "number \"environ 100 000\" = 100000 APPROX",
            "number \"120 000\" = 120000"
        ]
    );
    let text = "Cette attaque a poussé 130 000 des 120 000 Arméniens";
    assert_eq!(
        lines(text, "2024-05-09"),
        [
            "number \"130 000\" = 130000 !part-exceeds-whole",
            "number \"120 000\" = 120000"
        ]
    );
}
