//! Ages are not durations. "un menuisier de 41 ans", "âgée de 19 ans", "Marc Dubois, 63 ans,",
//! "des adolescents de 13 à 17 ans", "les 25-34 ans": the years are how old someone is, which
//! French TimeBank never annotates as a DURATION; the number grammar reads the count as a
//! plain number instead. "pendant 41 ans", "41 ans de prison", "il a passé 41 ans à Brest",
//! "un contrat de trois ans" stay durations.
//!
//! The decision is made from word classes, not from a list of sentences: what governs the
//! quantity ("âgé de", "à l'âge de", a possessive, an apposition between commas), and, after
//! "de", the head of the noun phrase the quantity hangs on. A head that names a person (from
//! [`PERSON_NOUNS`] or by an agent-noun ending: "-eur", "-rice", "-iste", "-ien", "-ier",
//! "-ant") makes an age; anything else, or a determiner reached first, leaves a duration.

use super::Cx;
use super::lexicon;
use super::number::{Quantity, Shape};
use crate::value::DurationUnit;

/// Whether the `unit` after quantity `q` (the unit at token `unit_tok`) is someone's age.
pub(super) fn is_age(cx: &Cx, q: &Quantity, unit: DurationUnit, unit_tok: usize) -> bool {
    let (start, num) = (q.start, q.num.start);
    // "des milliers d'années": nobody is thousands of years old.
    if start == 0 || q.num.shape == Shape::Uncounted {
        return false;
    }
    let end = unit_tok + 1;
    // Babies are counted in months, weeks and days ("un nourrisson de trois semaines"); a
    // grown-up's months are a stretch of time ("une femme enceinte de huit mois").
    if unit != DurationUnit::Year {
        return matches!(
            unit,
            DurationUnit::Month | DurationUnit::Week | DurationUnit::Day
        ) && de_before(cx, start).is_some_and(|de| head(cx, de, Who::Baby));
    }
    // "41 ans de prison", "vingt ans de carrière": the years measure what follows them.
    if measures_what_follows(cx, end) {
        return false;
    }
    let before = start - 1;
    // "les 25-34 ans", "les moins de 18 ans", "aux plus de 65 ans": an age group.
    if matches!(cx.w(before), "les" | "des" | "aux") {
        return true;
    }
    // "fêter ses 60 ans", "pour leurs 18 ans".
    if matches!(
        cx.w(before),
        "ses" | "leurs" | "mes" | "tes" | "nos" | "vos"
    ) {
        return true;
    }
    // "une femme d'une quarantaine d'années": a round number is approximate by itself.
    let collective = lexicon::approx_collective(cx.w(q.num.end.saturating_sub(1))).is_some();
    if q.modifier.is_none() || (collective && start == num) {
        let b = num - 1;
        // "les 25-34 ans", "des enfants de 6-11 ans".
        if cx.is_punct(b, '-')
            && cx.adjacent(num)
            && cx.adjacent(b)
            && cx.is_digits_at(b.wrapping_sub(1))
        {
            return true;
        }
        // "Marc Dubois, 63 ans, maçon", "(63 ans)".
        if (cx.is_punct(b, ',') || cx.is_punct(b, '('))
            && cx.is_digits_at(num)
            && (cx.is_punct(end, ',') || cx.is_punct(end, ')') || cx.is_punct(end, '.'))
        {
            return true;
        }
    }
    // "À 63 ans, il ...", "mort à 63 ans", "la retraite à 64 ans"; "elle a 63 ans", "il avait
    // 63 ans" (not "il y a 63 ans", a date).
    if cx.is_w(before, "a") && cx.raw(before) != "a" {
        if range_start(cx, before).is_none() && at_age(cx, before) {
            return true;
        }
    } else if matches!(
        cx.w(before),
        "a" | "avait" | "aura" | "aurait" | "ont" | "avaient" | "auront" | "avoir"
    ) && !(before > 0 && cx.is_w(before - 1, "y"))
        // "le gouvernement a deux ans pour agir": time it has, not its age.
        && !matches!(cx.w(end), "pour" | "devant")
    {
        return true;
    }
    // "de 13 à 17 ans", "entre 25 et 34 ans": the range's first end decides.
    let gov = range_start(cx, before).unwrap_or(start);
    // "les 3 à 5 ans", "aux 16 à 18 ans": an age group given as a range.
    if gov != start && gov > 0 && matches!(cx.w(gov - 1), "les" | "aux") {
        return true;
    }
    if gov > 0 && cx.is_w(gov - 1, "entre") {
        return head(cx, gov - 1, Who::Person);
    }
    de_before(cx, gov).is_some_and(|de| head(cx, de, Who::Person))
}

/// "À 63 ans, ..." at the opening of a sentence or clause, or after a verb of dying or
/// retiring: the age at which something happened. `a` is the index of "à".
fn at_age(cx: &Cx, a: usize) -> bool {
    if cx.sentence_start(a) || (a > 0 && cx.is_punct(a - 1, ',')) {
        return true;
    }
    a > 0
        && matches!(
            cx.w(a - 1),
            "mort"
                | "morte"
                | "decede"
                | "decedee"
                | "meurt"
                | "mourir"
                | "eteint"
                | "eteinte"
                | "disparu"
                | "disparue"
                | "retraite"
                | "retraites"
                | "age"
                | "agee"
                | "ages"
                | "agees"
        )
}

/// "ans de prison", "ans d'exil", "ans de sa vie": a lowercase noun phrase after "de" is what
/// the years measure. A capital ("de Lille") or "d'origine" is the person's.
fn measures_what_follows(cx: &Cx, end: usize) -> bool {
    let k = match cx.w(end) {
        "de" => end + 1,
        "d" if cx.is_punct(end + 1, '\'') => end + 2,
        _ => return false,
    };
    cx.tok(k).is_some_and(|t| t.is_word())
        && !cx.capitalized(k)
        && !matches!(cx.w(k), "origine" | "plus" | "moins")
}

/// The index of "de" (or of the "d" of "d'") right before token `start`.
fn de_before(cx: &Cx, start: usize) -> Option<usize> {
    if start >= 1 && cx.is_w(start - 1, "de") {
        return Some(start - 1);
    }
    if start >= 2 && cx.is_punct(start - 1, '\'') && cx.is_w(start - 2, "d") {
        return Some(start - 2);
    }
    None
}

/// Where the first end of a range "N à" / "N et" stands, when token `joiner` joins one: the
/// start of the number before it.
fn range_start(cx: &Cx, joiner: usize) -> Option<usize> {
    if !matches!(cx.w(joiner), "a" | "et") || joiner == 0 {
        return None;
    }
    let last = joiner - 1;
    let is_num = |k: usize| {
        cx.is_digits_at(k) || lexicon::num_word(cx.lang, cx.w(k)).is_some() || cx.is_punct(k, '-')
    };
    if !(cx.is_digits_at(last) || lexicon::num_word(cx.lang, cx.w(last)).is_some()) {
        return None;
    }
    let mut s = last;
    while s > 0 && last - s < 4 && is_num(s - 1) {
        s -= 1;
    }
    Some(s)
}

/// Who can have an age in a unit: anyone in years, the young in months, weeks and days.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Who {
    Person,
    Baby,
}

/// Whether the noun phrase that "de" at token `de` completes has a head of class `who`: the
/// words back to the determiner, through complements ("un professeur de piano de 52 ans") and
/// adjectives. A person is one of [`PERSON_NOUNS`], an [`agent_noun`], or a capitalized name
/// or demonym right before "de".
fn head(cx: &Cx, de: usize, who: Who) -> bool {
    let (nouns, people) = match who {
        Who::Person => (PERSON_NOUNS, true),
        Who::Baby => (BABY_NOUNS, false),
    };
    let mut k = de;
    for step in 0..5 {
        if k == 0 {
            return false;
        }
        k -= 1;
        let Some(t) = cx.tok(k) else { return false };
        if t.is_punct('\'') || t.is_punct('-') {
            continue;
        }
        if !t.is_word() {
            return false;
        }
        let w = cx.w(k);
        if DETERMINERS.contains(&w) {
            return false;
        }
        if matches!(w, "de" | "d" | "du" | "des") {
            continue;
        }
        let sg = singular(w);
        if nouns.contains(&sg) || nouns.contains(&w) {
            return true;
        }
        if people {
            if agent_noun(sg) {
                return true;
            }
            // "un Nancéien de 30 ans", "Mme Martin de 30 ans": a name or a demonym.
            if step == 0 && cx.capitalized(k) && !cx.sentence_start(k) {
                return true;
            }
        }
    }
    false
}

fn singular(w: &str) -> &str {
    w.strip_suffix('s')
        .or_else(|| w.strip_suffix('x'))
        .filter(|s| s.len() > 2)
        .unwrap_or(w)
}

/// A noun that names a person by its ending: "électricien", "soudeuse", "cycliste",
/// "institutrice", "pompier", "manifestant". The words of those shapes that name things or
/// stretches of time ("labeur", "chantier", "carrière", "entretien", "moment") are left out.
fn agent_noun(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "eur", "euse", "rice", "iste", "ien", "ienne", "een", "eenne", "ier", "iere", "ant", "ante",
    ];
    const NOT_PEOPLE: &[&str] = &[
        "labeur",
        "bonheur",
        "malheur",
        "honneur",
        "secteur",
        "moteur",
        "valeur",
        "erreur",
        "interieur",
        "exterieur",
        "chantier",
        "calendrier",
        "dossier",
        "quartier",
        "papier",
        "atelier",
        "metier",
        "courrier",
        "fichier",
        "premier",
        "dernier",
        "entier",
        "hier",
        "janvier",
        "fevrier",
        "carriere",
        "croisiere",
        "frontiere",
        "matiere",
        "maniere",
        "filiere",
        "lumiere",
        "riviere",
        "barriere",
        "premiere",
        "derniere",
        "entiere",
        "priere",
        "entretien",
        "soutien",
        "maintien",
        "lien",
        "bien",
        "rien",
        "moyen",
        "liste",
        "piste",
        "montant",
        "restaurant",
        "volant",
        "carburant",
        "instant",
        "avant",
        "durant",
        "pendant",
        "quarante",
        "cinquante",
        "soixante",
        "attente",
        "rente",
        "vente",
        "pente",
    ];
    ENDINGS
        .iter()
        .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
        && !NOT_PEOPLE.contains(&w)
}

/// Words that open a noun phrase: the head is searched for after them, never before.
const DETERMINERS: &[&str] = &[
    "un", "une", "le", "la", "l", "les", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur",
    "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos", "au", "aux",
];

/// The young counted in months, weeks or days.
const BABY_NOUNS: &[&str] = &[
    "bebe",
    "nourrisson",
    "ne",
    "enfant",
    "fillette",
    "garcon",
    "garconnet",
    "fille",
    "fils",
    "petit",
    "petite",
    "chiot",
    "chaton",
    "poulain",
    "agneau",
    "veau",
];

/// Nouns for people, singular, beyond the endings [`agent_noun`] reads; "age" for "à l'âge
/// de", "âgé de".
pub const PERSON_NOUNS: &[&str] = &[
    "age",
    "agee",
    "ceux",
    "celles",
    "ages",
    "agees",
    "gamin",
    "gamine",
    "gosse",
    "mome",
    "petit",
    "petite",
    "homme",
    "femme",
    "fille",
    "fillette",
    "garcon",
    "garconnet",
    "enfant",
    "adolescent",
    "adolescente",
    "ado",
    "jeune",
    "bebe",
    "nourrisson",
    "retraite",
    "retraitee",
    "individu",
    "pieton",
    "pietonne",
    "motard",
    "vieillard",
    "victime",
    "suspect",
    "suspecte",
    "prevenu",
    "prevenue",
    "accuse",
    "accusee",
    "condamne",
    "condamnee",
    "blesse",
    "blessee",
    "refugie",
    "refugiee",
    "patient",
    "patiente",
    "eleve",
    "mere",
    "pere",
    "fils",
    "frere",
    "soeur",
    "oncle",
    "tante",
    "neveu",
    "niece",
    "cousin",
    "cousine",
    "grand",
    "epoux",
    "detenu",
    "detenue",
    "soldat",
    "militaire",
    "gendarme",
    "salarie",
    "salariee",
    "employe",
    "employee",
    "mineur",
    "mineure",
    "candidat",
    "candidate",
    "senior",
    "personne",
    "dame",
    "monsieur",
    "sexagenaire",
    "septuagenaire",
    "octogenaire",
    "quinquagenaire",
    "quadragenaire",
    "trentenaire",
    "nonagenaire",
    "centenaire",
    "mari",
    "epouse",
    "veuve",
    "veuf",
    "compagnon",
    "compagne",
    "artiste",
    "pilote",
    "sportif",
    "sportive",
    "athlete",
    "fonctionnaire",
    "stagiaire",
    "benevole",
    "cadre",
    "medecin",
    "chef",
    "maire",
    "ministre",
    "depute",
    "deputee",
    "elu",
    "elue",
    "client",
    "cliente",
    "agent",
    "parent",
    "president",
    "presidente",
    "resident",
    "residente",
    "adjoint",
    "adjointe",
    "camarade",
    "collegue",
    "ami",
    "amie",
    "voisin",
    "voisine",
    "proche",
    "defunt",
    "defunte",
    "disparu",
    "disparue",
    "aine",
    "ainee",
    "cadet",
    "cadette",
    "benjamin",
    "benjamine",
    "papa",
    "maman",
    "boulanger",
    "boulangere",
    "boucher",
    "bouchere",
    "berger",
    "bergere",
    "conseiller",
    "conseillere",
    "passager",
    "passagere",
    "etranger",
    "etrangere",
    "migrant",
    "migrante",
    "chien",
    "cheval",
];
