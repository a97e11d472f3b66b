//! The closed word lists of the grammars, by language: months, weekdays, seasons, number
//! words and time units. Keys are folded (see [`super::lexer`]): lowercase, no accents.

use super::Lang;
use crate::value::{DurationUnit, Season};

/// A month name or abbreviation: (month, abbreviated). Abbreviations are only trusted next to
/// a day or a year ("sept" is also the number seven, "may" an English verb).
pub fn month(lang: Lang, w: &str) -> Option<(u8, bool)> {
    let full = |m| Some((m, false));
    let abbr = |m| Some((m, true));
    match lang {
        Lang::Fr => match w {
            "janvier" => full(1),
            "fevrier" => full(2),
            "mars" => full(3),
            "avril" => full(4),
            "mai" => full(5),
            "juin" => full(6),
            "juillet" => full(7),
            "aout" => full(8),
            "septembre" => full(9),
            "octobre" => full(10),
            "novembre" => full(11),
            "decembre" => full(12),
            "janv" | "jan" => abbr(1),
            "fevr" | "fev" => abbr(2),
            "avr" => abbr(4),
            "juil" => abbr(7),
            "sept" | "sep" => abbr(9),
            "oct" => abbr(10),
            "nov" => abbr(11),
            "dec" => abbr(12),
            _ => None,
        },
        Lang::En => match w {
            "january" => full(1),
            "february" => full(2),
            "march" => full(3),
            "april" => full(4),
            "june" => full(6),
            "july" => full(7),
            "august" => full(8),
            "september" => full(9),
            "october" => full(10),
            "november" => full(11),
            "december" => full(12),
            "may" => abbr(5),
            "jan" => abbr(1),
            "feb" => abbr(2),
            "mar" => abbr(3),
            "apr" => abbr(4),
            "jun" => abbr(6),
            "jul" => abbr(7),
            "aug" => abbr(8),
            "sep" | "sept" => abbr(9),
            "oct" => abbr(10),
            "nov" => abbr(11),
            "dec" => abbr(12),
            _ => None,
        },
    }
}

/// Full French month names, for reading a misspelled one ("mail" for "mai").
pub const FR_MONTHS: [&str; 12] = [
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
];
pub const EN_MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// ISO weekday number, Monday = 1.
pub fn weekday(lang: Lang, w: &str) -> Option<u8> {
    Some(match lang {
        Lang::Fr => match w {
            "lundi" => 1,
            "mardi" => 2,
            "mercredi" => 3,
            "jeudi" => 4,
            "vendredi" => 5,
            "samedi" => 6,
            "dimanche" => 7,
            _ => return None,
        },
        Lang::En => match w {
            "monday" => 1,
            "tuesday" => 2,
            "wednesday" => 3,
            "thursday" => 4,
            "friday" => 5,
            "saturday" => 6,
            "sunday" => 7,
            _ => return None,
        },
    })
}

/// The name of ISO weekday `wd` (Monday = 1): lowercase in French, capitalized in English.
pub fn weekday_name(lang: Lang, wd: u8) -> &'static str {
    const FR: [&str; 7] = [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ];
    const EN: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    let k = usize::from(wd.clamp(1, 7) - 1);
    match lang {
        Lang::Fr => FR[k],
        Lang::En => EN[k],
    }
}

/// French weekday abbreviations ("lun.", "mer", "sam."): also words ("mer", "jeu"), so they
/// are read only before a day and a month.
pub fn weekday_abbrev(w: &str) -> Option<u8> {
    Some(match w {
        "lun" => 1,
        "mar" => 2,
        "mer" => 3,
        "jeu" => 4,
        "ven" => 5,
        "sam" => 6,
        "dim" => 7,
        _ => return None,
    })
}

pub fn season(lang: Lang, w: &str) -> Option<Season> {
    Some(match (lang, w) {
        (Lang::Fr, "printemps") | (Lang::En, "spring") => Season::Spring,
        (Lang::Fr, "ete") | (Lang::En, "summer") => Season::Summer,
        (Lang::Fr, "automne") | (Lang::En, "autumn" | "fall") => Season::Fall,
        (Lang::Fr, "hiver") | (Lang::En, "winter") => Season::Winter,
        _ => return None,
    })
}

/// A time unit word, singular or plural ("semaines", "ans", "years").
pub fn unit(lang: Lang, w: &str) -> Option<DurationUnit> {
    use DurationUnit::*;
    Some(match lang {
        Lang::Fr => match w {
            "seconde" | "secondes" | "sec" | "s" => Second,
            "minute" | "minutes" | "min" | "mn" => Minute,
            "heure" | "heures" | "h" | "hrs" | "hr" => Hour,
            "jour" | "jours" | "journee" | "journees" => Day,
            "semaine" | "semaines" | "sem" => Week,
            "mois" => Month,
            "an" | "ans" | "annee" | "annees" => Year,
            "decennie" | "decennies" => Decade,
            "siecle" | "siecles" => Century,
            _ => return None,
        },
        Lang::En => match w {
            "second" | "seconds" | "sec" | "secs" => Second,
            "minute" | "minutes" | "min" | "mins" => Minute,
            "hour" | "hours" | "hr" | "hrs" => Hour,
            "day" | "days" => Day,
            "week" | "weeks" => Week,
            "month" | "months" => Month,
            "year" | "years" => Year,
            "decade" | "decades" => Decade,
            "century" | "centuries" => Century,
            _ => return None,
        },
    })
}

/// One number word, by its role in a spelled-out cardinal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumWord {
    /// 0..=9
    Unit(u8),
    /// 10..=19 (French "dix" to "seize", English "ten" to "nineteen")
    Teen(u8),
    /// 20, 30, ... 90
    Ten(u8),
    /// "cent", "hundred"
    Hundred,
    /// "mille", "million", "milliard": the power of ten it multiplies by
    Scale(u8),
}

pub fn num_word(lang: Lang, w: &str) -> Option<NumWord> {
    use NumWord::*;
    Some(match lang {
        Lang::Fr => match w {
            "zero" => Unit(0),
            "un" | "une" => Unit(1),
            "deux" => Unit(2),
            "trois" => Unit(3),
            "quatre" => Unit(4),
            "cinq" => Unit(5),
            "six" => Unit(6),
            "sept" => Unit(7),
            "huit" => Unit(8),
            "neuf" => Unit(9),
            "dix" => Teen(10),
            "onze" => Teen(11),
            "douze" => Teen(12),
            "treize" => Teen(13),
            "quatorze" => Teen(14),
            "quinze" => Teen(15),
            "seize" => Teen(16),
            "vingt" | "vingts" => Ten(20),
            "trente" => Ten(30),
            "quarante" => Ten(40),
            "cinquante" => Ten(50),
            "soixante" => Ten(60),
            "septante" => Ten(70),
            "huitante" | "octante" => Ten(80),
            "nonante" => Ten(90),
            "cent" | "cents" => Hundred,
            "mille" | "mil" => Scale(3),
            "million" | "millions" => Scale(6),
            "milliard" | "milliards" => Scale(9),
            "billion" | "billions" => Scale(12),
            "trillion" | "trillions" => Scale(18),
            // Indian English and French: "treize lakh", "un crore".
            "lakh" | "lakhs" => Scale(5),
            "crore" | "crores" => Scale(7),
            _ => return None,
        },
        Lang::En => match w {
            "zero" => Unit(0),
            "one" | "a" | "an" => Unit(1),
            "two" => Unit(2),
            "three" => Unit(3),
            "four" => Unit(4),
            "five" => Unit(5),
            "six" => Unit(6),
            "seven" => Unit(7),
            "eight" => Unit(8),
            "nine" => Unit(9),
            "ten" => Teen(10),
            "eleven" => Teen(11),
            "twelve" => Teen(12),
            "thirteen" => Teen(13),
            "fourteen" => Teen(14),
            "fifteen" => Teen(15),
            "sixteen" => Teen(16),
            "seventeen" => Teen(17),
            "eighteen" => Teen(18),
            "nineteen" => Teen(19),
            "twenty" => Ten(20),
            "thirty" => Ten(30),
            "forty" => Ten(40),
            "fifty" => Ten(50),
            "sixty" => Ten(60),
            "seventy" => Ten(70),
            "eighty" => Ten(80),
            "ninety" => Ten(90),
            "hundred" | "hundreds" => Hundred,
            "thousand" | "thousands" => Scale(3),
            "million" | "millions" => Scale(6),
            "billion" | "billions" => Scale(9),
            "trillion" | "trillions" => Scale(12),
            "lakh" | "lakhs" => Scale(5),
            "crore" | "crores" => Scale(7),
            _ => return None,
        },
    })
}

/// French and English denominators ("tiers", "quart", "cinquième", "third"), by value.
pub fn denominator(lang: Lang, w: &str) -> Option<u64> {
    let stem = w.strip_suffix('s').unwrap_or(w);
    Some(match lang {
        Lang::Fr => match stem {
            "demi" | "demie" => 2,
            "tier" => 3,
            "quart" => 4,
            "cinquieme" => 5,
            "sixieme" => 6,
            "septieme" => 7,
            "huitieme" => 8,
            "neuvieme" => 9,
            "dixieme" => 10,
            "onzieme" => 11,
            "douzieme" => 12,
            "vingtieme" => 20,
            "centieme" => 100,
            "millieme" => 1_000,
            "millionieme" => 1_000_000,
            "milliardieme" => 1_000_000_000,
            "billionieme" => 1_000_000_000_000,
            "trillionieme" => 1_000_000_000_000_000_000,
            _ => return None,
        },
        Lang::En => match stem {
            "half" | "halve" => 2,
            "third" => 3,
            "quarter" => 4,
            "fifth" => 5,
            "sixth" => 6,
            "seventh" => 7,
            "eighth" => 8,
            "ninth" => 9,
            "tenth" => 10,
            "hundredth" => 100,
            "thousandth" => 1000,
            _ => return None,
        },
    })
}

/// "une vingtaine", "une centaine": approximate round numbers (French only).
pub fn approx_collective(w: &str) -> Option<i64> {
    Some(match w.strip_suffix('s').unwrap_or(w) {
        "huitaine" => 8,
        "dizaine" => 10,
        "douzaine" => 12,
        "quinzaine" => 15,
        "vingtaine" => 20,
        "trentaine" => 30,
        "quarantaine" => 40,
        "cinquantaine" => 50,
        "soixantaine" => 60,
        "centaine" => 100,
        "millier" => 1000,
        _ => return None,
    })
}

/// Plural nouns of round numbers that a text uses without a count ("des milliers",
/// "plusieurs centaines", "thousands of"): the value of one of them.
pub fn uncounted_noun(lang: Lang, w: &str) -> Option<i64> {
    Some(match (lang, w) {
        (Lang::Fr, "dizaines") | (Lang::En, "tens") => 10,
        (Lang::En, "dozens") => 12,
        (Lang::Fr, "centaines") | (Lang::En, "hundreds") => 100,
        (Lang::Fr, "milliers") | (Lang::En, "thousands") => 1_000,
        (Lang::Fr | Lang::En, "millions") => 1_000_000,
        (Lang::Fr, "milliards") | (Lang::En, "billions") => 1_000_000_000,
        _ => return None,
    })
}

/// French auxiliaries that, before a past participle, make a compound past ("a commencé" is
/// read by "a" alone): present, imperfect and conditional of "avoir" and "être". The
/// conditional reports a past event ("il aurait été arrêté en avril"). The future ("aura
/// signé", "sera élu") is a future marker by itself.
pub const PAST_AUXILIARIES: &[&str] = &[
    "ai", "as", "avons", "avez", "avais", "avions", "aviez", "aurais", "aurait", "aurions",
    "auriez", "auraient", "suis", "es", "est", "sommes", "etes", "sont", "etais", "etions",
    "etiez", "serais", "serait", "serions", "seriez", "seraient",
];

/// Words that stand between an auxiliary and its participle: "a déjà signé", "n'ont pas encore
/// été payés".
pub const BETWEEN_AUXILIARY_AND_PARTICIPLE: &[&str] = &[
    "deja",
    "pas",
    "encore",
    "bien",
    "jamais",
    "plus",
    "toujours",
    "ete",
    "egalement",
    "aussi",
    "alors",
    "finalement",
    "enfin",
    "tous",
    "toutes",
    "rien",
    "souvent",
    "meme",
];

/// Words between a date and the verb that governs it: prepositions, articles, positions and a
/// few adverbs ("entamé dès avril", "lancé officiellement à la mi-mai", "signé au mois de
/// juin", "commencé depuis le 3").
pub const DATE_INTRODUCERS: &[&str] = &[
    "en",
    "a",
    "au",
    "aux",
    "le",
    "la",
    "les",
    "l",
    "de",
    "du",
    "d",
    "des",
    "depuis",
    "debut",
    "fin",
    "mi",
    "courant",
    "milieu",
    "mois",
    "jusqu",
    "vers",
    "pour",
    "dans",
    "partir",
    "ce",
    "cette",
    "cet",
    "avant",
    "apres",
    "entre",
    "lors",
    "deja",
    "meme",
    "bien",
    "notamment",
    "officiellement",
    "finalement",
    "seulement",
    "precisement",
    "egalement",
    "justement",
    "encore",
];

/// Words after which a word of a participle's shape is a noun: determiners, prepositions that
/// take a noun, and adjectives that stand before one ("la tournée", "d'entrée", "en congé",
/// "la première journée").
pub const BEFORE_NOUNS: &[&str] = &[
    "le",
    "la",
    "les",
    "l",
    "un",
    "une",
    "des",
    "du",
    "de",
    "d",
    "au",
    "aux",
    "ce",
    "cet",
    "cette",
    "ces",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "notre",
    "nos",
    "votre",
    "vos",
    "mon",
    "ma",
    "mes",
    "ton",
    "ta",
    "tes",
    "chaque",
    "quel",
    "quelle",
    "quels",
    "quelles",
    "plusieurs",
    "quelques",
    "certains",
    "certaines",
    "aucun",
    "aucune",
    "en",
    "premier",
    "premiere",
    "nouveau",
    "nouvel",
    "nouvelle",
    "grand",
    "grande",
    "petit",
    "petite",
    "second",
    "seconde",
    "deuxieme",
    "troisieme",
    "seul",
    "seule",
    "longue",
    "belle",
    "bonne",
    "vraie",
    "autre",
];

/// Words of a past participle's shape that are not one ("aussi", "plus", "nuit", "début"),
/// and participles that point at a date to come rather than a past one ("reporté à", "fixé
/// au", "envisagé pour").
pub const NOT_PAST_PARTICIPLES: &[&str] = &[
    "aussi",
    "ainsi",
    "ici",
    "parmi",
    "midi",
    "merci",
    "ceci",
    "voici",
    "ni",
    "si",
    "ci",
    "jadis",
    "avis",
    "tennis",
    "plus",
    "dessus",
    "virus",
    "campus",
    "bonus",
    "consensus",
    "processus",
    "blocus",
    "refus",
    "abus",
    "obus",
    "jus",
    "debut",
    "statut",
    "salut",
    "institut",
    "attribut",
    "substitut",
    "brut",
    "chut",
    "nuit",
    "minuit",
    "bruit",
    "fruit",
    "circuit",
    "ensuite",
    "suite",
    "suit",
    "esprit",
    "credit",
    "edit",
    "inedit",
    "bandit",
    "teint",
    "adjoint",
    "crise",
    "menu",
    "tribu",
    "cree",
    "crees",
    "reporte",
    "reportee",
    "reportes",
    "reportees",
    "repousse",
    "repoussee",
    "repousses",
    "repoussees",
    "fixe",
    "fixee",
    "fixes",
    "fixees",
    "planifie",
    "planifiee",
    "planifies",
    "planifiees",
    "envisage",
    "envisagee",
    "envisages",
    "envisagees",
    "decale",
    "decalee",
    "decales",
    "decalees",
    "ajourne",
    "ajournee",
    "ajournes",
    "ajournees",
    "prevu",
    "prevue",
    "prevus",
    "prevues",
    "attendu",
    "attendue",
    "attendus",
    "attendues",
    "programme",
    "programmee",
    "programmes",
    "programmees",
];

/// Words that end like a future, a conditional or an imperfect ("-ront", "-ra", "-rait",
/// "-ait") and are nouns or adjectives: "le front", "l'opéra", "le retrait", "un extrait".
pub const NOT_VERB_ENDINGS: &[&str] = &[
    "front",
    "affront",
    "opera",
    "camera",
    "extra",
    "ultra",
    "cobra",
    "mantra",
    "retrait",
    "portrait",
    "autoportrait",
    "extrait",
    "attrait",
    "trait",
    "abstrait",
    "distrait",
    "soustrait",
    "lait",
    "souhait",
    "forfait",
    "bienfait",
    "mefait",
    "parfait",
];
