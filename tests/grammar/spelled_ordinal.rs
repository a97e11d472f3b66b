//! An ordinal in words keeps its number, as "3e" does: "troisième" is 3, "vingt et unième" 21,
//! "centième" 100. Not "premier"/"première" (a rank or a title: "le Premier ministre"), nor
//! the plural parts of a whole ("trois cinquièmes" is 0.6, "les centièmes" no number).

use factlint::grammar::{Lang, scan};
use factlint::value::Published;

use super::expect;

#[test]
fn ordinals_in_words_are_their_number() {
    expect(
        Lang::Fr,
        "
        2024-05-09 | C'est la troisième fois que le club descend. | troisième = 3
        2024-05-09 | Le festival fête sa vingt et unième édition cet été. | vingt et unième = 21
        2024-05-09 | Elle a fini quarante-deuxième du classement général. | quarante-deuxième = 42
        2024-05-09 | Le centième anniversaire du port sera célébré. | centième = 100
        2024-05-09 | Il est arrivé dix-huitième sur cent partants. | dix-huitième = 18
        2024-05-09 | La soixante-dixième session s'ouvre lundi. | soixante-dixième = 70
        ",
    );
}

#[test]
fn premier_and_plural_parts_are_no_ordinal_number() {
    for (text, want) in [
        ("Le Premier ministre a reçu la première délégation.", vec![]),
        (
            "Les trois cinquièmes des sièges sont pourvus.",
            vec![("trois cinquièmes", "0.6")],
        ),
        ("Il a gagné à quelques centièmes près.", vec![]),
    ] {
        let mentions = scan(text, Lang::Fr, Published::parse("2024-05-09"));
        let read: Vec<_> = mentions
            .iter()
            .map(|m| (&text[m.start..m.end], m.value.to_string()))
            .collect();
        let want: Vec<_> = want.into_iter().map(|(s, v)| (s, v.to_string())).collect();
        assert_eq!(read, want, "{text}: {mentions:?}");
    }
}
