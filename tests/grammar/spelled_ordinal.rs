//! An ordinal in words keeps its number, as "3e" does: "troisième" is 3, "vingt et unième" 21,
//! "centième" 100. Not "premier"/"première" (a rank or a title: "le Premier ministre"), nor
//! the plural parts of a whole ("trois cinquièmes" is 0.6, "les centièmes" no number).

use factlint::grammar::Lang;

use super::{expect, read, rows};

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
    let none = rows(&[]);
    let premier = "Le Premier ministre a reçu la première délégation.";
    assert_eq!(read(premier, "2024-05-09"), none);
    let parts = "Les trois cinquièmes des sièges sont pourvus.";
    assert_eq!(
        read(parts, "2024-05-09"),
        rows(&[("trois cinquièmes", "0.6", "")])
    );
    let close = "Il a gagné à quelques centièmes près.";
    assert_eq!(read(close, "2024-05-09"), none);
}
