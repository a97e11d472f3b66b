//! Tests of the morphology area: a cue in dictionary form and its inflections have one base
//! (src/morph), and some words that only look alike keep theirs.

use factlint::grammar::Lang::{self, En, Fr};
use factlint::morph::{base, lemma};

/// Every word of `words` has the base of the first.
fn same(lang: Lang, words: &[&str]) {
    let want = base(lang, words[0]);
    for w in &words[1..] {
        assert_eq!(
            base(lang, w),
            want,
            "{lang:?}: base({w:?}) vs base({:?})",
            words[0]
        );
    }
}

#[test]
fn french_cues_meet_their_inflections() {
    same(
        Fr,
        &[
            "fuir", "fui", "fuient", "fuyant", "fuyaient", "fuit", "FUYAIENT",
        ],
    );
    same(Fr, &["soldat", "soldats"]);
    same(Fr, &["casque", "casques"]);
    // "mort" and "morts" are sent to "mourir" (lemmas/README.md: the death toll).
    same(
        Fr,
        &[
            "mourir", "meurent", "mourut", "mort", "morts", "morte", "mortes",
        ],
    );
    same(
        Fr,
        &["déployer", "déployés", "déployées", "déployé", "deployer"],
    );
    same(Fr, &["céder", "cédé", "cèdera", "cédera", "cède"]);
    same(Fr, &["quitter", "quitté", "quittent"]);
    same(Fr, &["vivre", "vécu", "vivaient", "vivant"]);
    same(Fr, &["partir", "partis", "partirent"]);
    same(Fr, &["tuer", "tués", "tuée"]);
    same(Fr, &["retirer", "retiré", "retirés"]);
    // Plural participles the generated table sends to an adjective: the hand-written
    // participles win ("tenus" is "tenir" as "tenue" is).
    same(Fr, &["tenir", "tenu", "tenue", "tenus"]);
    same(Fr, &["battre", "battue", "battus"]);
    same(Fr, &["disparaître", "disparue", "disparus"]);
}

#[test]
fn english_cues_meet_their_inflections() {
    same(En, &["flee", "fled", "fleeing", "flees"]);
    same(En, &["die", "died", "dies", "dying"]);
    same(En, &["leave", "left", "leaving"]);
    same(En, &["kill", "killed"]);
    same(En, &["wound", "wounded", "wounds"]);
}

/// Words that only look alike, and what they do.
#[test]
fn unrelated_words_keep_their_own_base() {
    // The noun "fuite" (a flight, a leak) is not a form of "fuir" in the source.
    assert_ne!(base(Fr, "fuite"), base(Fr, "fuir"));
    // "été" is a lemma of its own (summer); the participle of "être" is not told apart.
    assert_eq!(lemma(Fr, "ete"), None);
    assert_ne!(base(Fr, "été"), base(Fr, "être"));
    assert_eq!(base(Fr, "était"), base(Fr, "être"));
    // Prepositions of participle shape stay prepositions.
    assert_ne!(base(Fr, "pendant"), base(Fr, "pendre"));
    assert_ne!(base(Fr, "avant"), base(Fr, "avoir"));
    // "wound" is a verb of its own, not only a form of "wind"; "found" likewise.
    assert_ne!(base(En, "wound"), base(En, "wind"));
    assert_ne!(base(En, "found"), base(En, "find"));
    assert_ne!(base(En, "dive"), base(En, "diva"));
    assert_eq!(base(En, "dive"), base(En, "diving"));
}

#[test]
fn lemma_takes_folded_words() {
    assert_eq!(lemma(Fr, "fuyaient"), Some("fuir"));
    assert_eq!(lemma(Fr, "vecu"), Some("vivre"));
    assert_eq!(lemma(Fr, "vécu"), None, "not folded");
    assert_eq!(lemma(En, "fled"), Some("flee"));
    assert_eq!(lemma(En, "flee"), None);
    assert_eq!(lemma(Fr, ""), None);
}
