//! The word classes the grammars test a token for with one bit ([`super::Cx::has_class`]):
//! set in the first pass's flags (see [`super::prefilter::flags`]) from the lists below, so
//! that a grammar tests one bit where it would compare strings, and a form is tried only
//! where its first word can start it. Bits 1 and 2 are the first pass's own (a trigger, a
//! lead); a class takes one of the others.

/// "demain", "hier" and the "hui" of "aujourd'hui", the day words a count can be counted from.
pub(crate) const DAY_WORD: u8 = 4;
/// "plus", "auparavant", "après", "avant": the words after a unit that make a count a step
/// in a story ("trois jours plus tard").
pub(crate) const SEQUENCE: u8 = 8;
/// The first words of the French date forms that start with a word other than a month, a
/// weekday or a season (`date::french_words`, but for the centuries): "hier", "ce", "dans",
/// "il", "trimestre"… A word outside it starts none of them.
pub(crate) const FR_DATE_WORD: u8 = 16;

/// The words of each class above.
pub(super) const CLASSES: &[(u8, &[&str])] = &[
    (DAY_WORD, &["demain", "hier", "hui"]),
    (SEQUENCE, &["plus", "auparavant", "apres", "avant"]),
    (FR_DATE_WORD, FR_DATE_WORDS),
];

/// The words of [`FR_DATE_WORD`], each line with the forms it starts.
#[rustfmt::skip]
const FR_DATE_WORDS: &[&str] = &[
    "hier", "demain", "aujourd", "avant", "apres", // `day_word`
    // `this_part`, `week_end`, `this_quarter`, `this_month`, `this_unit`, `this_weekday`,
    // `this_season`
    "ce", "cet", "cette",
    "nouvelle", // `new_year`
    "week", "weekend", // `week_end`
    // `quarter`: "T3 2016" (any case here: the form tests the capital), "premier trimestre"
    "t", "s", "q", "h", "premier", "deuxieme", "second", "seconde", "troisieme", "quatrieme",
    "dernier",
    "trimestre", "semestre", // `this_quarter`
    "dans", "d", // `ahead`
    "annees", "decennie", // `decade`
    "annee", "an", "semaine", "mois", // `year_word`, `unit_word`
    "prochain", "prochaine", // `next_unit`
    "il", "voici", // `ago`
];

#[cfg(test)]
mod tests {
    use super::super::Lang;

    /// The French date forms' entry guard ([`FR_DATE_WORD`]) skips no reading: every form of
    /// `date::french_words`, in both cases, reads the same with the guard as without it.
    #[test]
    fn the_date_word_guard_skips_no_reading() {
        use crate::value::Published;
        let phrases = [
            "hier",
            "demain",
            "aujourd'hui lundi",
            "avant-hier",
            "après demain",
            "ce matin",
            "cette nuit",
            "cet après-midi",
            "la nouvelle année",
            "ce week-end",
            "le weekend",
            "T3 2016",
            "S1 2023",
            "Q4 2020",
            "H2 2019",
            "le premier trimestre 2003",
            "au deuxième semestre",
            "le second semestre de l'an dernier",
            "ce trimestre",
            "le trimestre prochain",
            "dans trois ans",
            "d'ici deux semaines",
            "les années 1990",
            "la décennie 2010",
            "l'année 2000",
            "l'an 2000",
            "le vingtième siècle",
            "le XXe siècle",
            "le siècle dernier",
            "l'an dernier",
            "la semaine prochaine",
            "le mois à venir",
            "la décennie qui vient",
            "ce mois de mai",
            "cette année",
            "ce mois-ci",
            "la prochaine semaine",
            "ce lundi",
            "cet hiver",
            "il y a trois ans",
            "voici dix jours",
            "il y a plus de dix ans",
        ];
        let mut text = String::new();
        for p in phrases {
            let mut upper = p.to_string();
            upper[..1].make_ascii_uppercase();
            text.push_str(&format!("Il dit {p} et {upper}. Puis, {p}.\n"));
        }
        let published = Some(Published {
            year: 2024,
            month: Some(5),
            day: Some(15),
        });
        let guarded = crate::grammar::scan_unfiltered(&text, Lang::Fr, published);
        super::super::date::set_unguarded(true);
        let every = crate::grammar::scan_unfiltered(&text, Lang::Fr, published);
        super::super::date::set_unguarded(false);
        assert!(
            guarded.len() >= 2 * phrases.len(),
            "{} mentions",
            guarded.len()
        );
        assert_eq!(format!("{guarded:?}"), format!("{every:?}"));
    }
}
