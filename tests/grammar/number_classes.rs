//! Number classes the probe batch of session 22 found missing, each with its counter-examples:
//! "et un" after the Belgian and Swiss tens and after "mille", a larger scale after "mille",
//! decimals in words before a scale word, "un seul", "un peu plus de", Roman ordinals, postcodes
//! and service telephone numbers.

use factlint::grammar::Lang;

use super::{expect, read, rows};

const P: &str = "2025-03-12";

#[test]
fn et_un_joins_the_regional_tens_and_mille() {
    expect(
        Lang::Fr,
        "
        - | Octante et un bergers sont descendus. | Octante et un = 81
        - | Nonante-et-un chalets sont à vendre. | Nonante-et-un = 91
        - | Huitante et une fermes ont fermé. | Huitante et une = 81
        - | Trois mille et un tickets ont été tirés. | Trois mille et un = 3001
        - | Le conte compte mille et une pages. | mille et une = 1001
        # Two numbers: the conjunction joins them, the article opens the second.
        - | Entre mille et un million de clients. | mille = 1000
        - | Entre mille et un million de clients. | un million = 1000000
        - | Entre mille et une centaine de clients. | une centaine = 100 APPROX
        ",
    );
    // "soixante-dix et un" is no French number: seventy, then an article.
    assert_eq!(
        read("Soixante-dix et un chiens attendent.", P),
        rows(&[("Soixante-dix", "70", "")])
    );
}

#[test]
fn a_larger_scale_after_mille_multiplies_it() {
    expect(
        Lang::Fr,
        "
        - | La dette frôle mille milliards. | mille milliards = 1000000000000
        - | Il faudrait deux mille milliards d'euros. | deux mille milliards = 2000000000000
        - | On parle de trois cent mille milliards. | trois cent mille milliards = 300000000000000
        # Below a thousand a scale still adds.
        - | Un million deux cent mille électeurs. | Un million deux cent mille = 1200000
        ",
    );
    // "mille" and "milliards" apart are two numbers.
    assert_eq!(
        read("Mille personnes, des milliards de dollars.", P),
        rows(&[
            ("Mille", "1000", ""),
            ("milliards", "1000000000", "MORE_THAN")
        ])
    );
}

#[test]
fn a_scale_word_after_decimals_in_words_scales_the_whole_number() {
    expect(
        Lang::Fr,
        "
        - | Le club a reçu deux virgule cinq millions. | deux virgule cinq millions = 2500000
        - | Le trou atteint un virgule deux milliard. | un virgule deux milliard = 1200000000
        - | La recette est de trois virgule zéro cinq millions. | trois virgule zéro cinq millions = 3050000
        # Without a scale word the decimals stay decimals.
        - | La note est de douze virgule cinq. | douze virgule cinq = 12.5
        - | Le taux est de zéro virgule trois. | zéro virgule trois = 0.3
        ",
    );
}

#[test]
fn un_seul_counts_one_but_not_after_a_negation_nor_in_idioms() {
    expect(
        Lang::Fr,
        "
        - | Un seul bus circule ce matin. | Un seul = 1
        - | Elle n'a commis qu'une seule faute. | une seule = 1
        - | Il ne reste qu'un seul. | un seul = 1
        - | Le vote a duré un seul jour. | un seul jour = P1D
        ",
    );
    for text in [
        "Pas un seul élu n'a protesté.",
        "Il n'y avait plus une seule place.",
        "Il a tout vidé d'un seul coup.",
        "Le domaine est d'un seul tenant.",
        "Un bus circule sur la ligne.",
    ] {
        assert_eq!(read(text, P), rows(&[]), "{text}");
    }
}

#[test]
fn un_peu_plus_de_bounds_from_below_and_un_peu_moins_de_from_above() {
    expect(
        Lang::Fr,
        "
        - | Un peu plus de 40 marins ont débarqué. | Un peu plus de 40 = 40 MORE_THAN
        - | Il y a un peu moins d'un million d'abonnés. | un peu moins d'un million = 1000000 LESS_THAN
        - | Le voyage dure un peu plus de trois heures. | un peu plus de trois heures = PT3H MORE_THAN
        ",
    );
    assert_eq!(read("Il faut un peu plus de patience.", P), rows(&[]));
}

#[test]
fn roman_ordinals_keep_their_number_and_words_and_titles_stay_out() {
    expect(
        Lang::Fr,
        "
        - | Le IIe arrondissement reste fermé. | IIe = 2
        - | La XXIe circonscription a voté. | XXIe = 21
        - | La Ve République est née en 1958. | Ve = 5
        - | Le XVIIème arrondissement a voté. | XVIIème = 17
        - | Le XXe siècle fut violent. | XXe siècle = 19XX
        ",
    );
    for text in [
        "Vie et mort d'un port.",
        "François Ier a signé.",
        "Louis XIV a régné longtemps.",
        "Le mot xve ne veut rien dire.",
    ] {
        assert_eq!(read(text, P), rows(&[]), "{text}");
    }
}

#[test]
fn a_postcode_in_an_address_counts_nothing_but_a_count_before_a_name_stays() {
    for text in [
        "Écrire au 3 rue Haute, 67000 Strasbourg.",
        "Écrire au 9 bis avenue Jaurès, 33000 Bordeaux.",
        "Écrire Place Carnot, 21000 Dijon.",
        "Écrire à BP 77, 59000 Lille Cedex.",
        "Le code postal 44000 couvre le centre.",
        "Le siège est à Nantes (44000).",
    ] {
        let read = read(text, P);
        assert!(
            read.iter().all(|(span, _, _)| span.len() != 5),
            "{text}: {read:?}"
        );
    }
    expect(
        Lang::Fr,
        "
        - | Dans la rue, 20000 Lyonnais ont chanté. | 20000 = 20000
        - | 15000 Bretons vivent à Paris. | 15000 = 15000
        - | La commune compte 12500 habitants. | 12500 = 12500
        - | Le bilan (12000) reste provisoire. | 12000 = 12000
        ",
    );
}

#[test]
fn a_service_number_is_no_count() {
    for text in [
        "Le numéro 0800 500 600 est gratuit.",
        "Composez le 0 805 100 200 la nuit.",
    ] {
        assert_eq!(read(text, P), rows(&[]), "{text}");
    }
    // Not a leading zero before two groups of three.
    expect(
        Lang::Fr,
        "
        - | Le stade offre 0800 places. | 0800 = 800
        ",
    );
}
