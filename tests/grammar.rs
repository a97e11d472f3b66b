//! Tests of the grammar area: what `factlint scan` reads, as snapshots of fixture tables, and
//! floors on the scores against third-party annotations (French TimeBank, Recognizers-Text).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use factlint::grammar::{Lang, scan};
use factlint::value::{Mention, Published};

mod clock_duration;
mod comma_year;
mod compound_offset;
mod day_alone;
mod day_clock;
mod day_part;
mod decade_relative;
mod during;
mod english_offsets;
mod feasts;
mod first_slashed;
mod future_ref;
mod general_forms;
mod generic_weekday;
mod interval;
mod length_adjective;
mod line_end;
mod month_day;
mod night;
mod number_classes;
mod numbers_general;
mod numeric_month;
mod offsets;
mod period_order;
mod period_range;
mod periods;
mod probes;
mod quarter_hour;
mod spelled_ordinal;
mod teen_hundreds;
mod tense;
mod this_month;
mod weekday_day;
mod within;
mod year_quarter;
mod year_words;

/// One line per mention: kind, text, value, mod, warnings with the text they point at.
fn render(text: &str, mentions: &[Mention]) -> String {
    let mut out = String::new();
    for m in mentions {
        let modifier = m.modifier.map(|x| format!(" {x}")).unwrap_or_default();
        let _ = write!(
            out,
            "  {} {:?} = {}{}",
            m.kind,
            &text[m.start..m.end],
            m.value,
            modifier
        );
        for w in &m.warnings {
            let spans: Vec<_> = w
                .spans
                .iter()
                .map(|s| format!("{:?}", &text[s.start..s.end]))
                .collect();
            let _ = write!(out, " !{}({})", w.code.as_str(), spans.join(", "));
        }
        out.push('\n');
    }
    out
}

/// `text` scanned as French published on `published`, one line per mention.
fn lines(text: &str, published: &str) -> Vec<String> {
    render(text, &scan(text, Lang::Fr, Published::parse(published)))
        .lines()
        .map(|l| l.trim().to_string())
        .collect()
}

/// A fixture table: each row is `published | text` (published may be `-` for none). The
/// snapshot lists every row followed by what the grammars read in it.
fn table(lang: Lang, rows: &str) -> String {
    let mut out = String::new();
    for row in rows
        .lines()
        .map(str::trim)
        .filter(|r| !r.is_empty() && !r.starts_with('#'))
    {
        let (published, text) = row.split_once(" | ").expect("a row is `published | text`");
        let p = if published == "-" {
            None
        } else {
            Some(Published::parse(published).expect("a publication date"))
        };
        let _ = writeln!(out, "[{published}] {text}");
        out.push_str(&render(text, &scan(text, lang, p)));
    }
    out
}

fn snapshot(name: &str, value: String) {
    insta::with_settings!({snapshot_path => "../snapshots", prepend_module_to_snapshot => false}, {
        insta::assert_snapshot!(format!("grammar__{name}"), value);
    });
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
            "2024-05",
            "déclenchant un exode massif de ses 100 000 résidents",
            "number \"100 000\" = 100000",
        ),
        (
            "2024-05",
            "après une guerre en 2020, d'avoir abandonné",
            "date \"2020\" = 2020",
        ),
        (
            "2024-05-09",
            "Les deux ministres se sont vus à Genève, le 8 mail 2024.",
            "date \"8 mail 2024\" = 2024-05-08 !misspelled-month(\"mail\")",
        ),
        (
            "2024-05-09",
            "La Russie a annoncé jeudi 9 mai le retrait",
            "date \"jeudi 9 mai\" = 2024-05-09",
        ),
        (
            "2024-05-09",
            "Les deux dirigeants se sont entretenus mercredi soir à Moscou",
            "date \"mercredi soir\" = 2024-05-08",
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
            "2 000 casques bleus restent déployés",
            "number \"2 000\" = 2000",
        ),
        (
            "2024-05-09",
            "dans cinq régions arméniennes",
            "number \"cinq\" = 5",
        ),
        (
            "2024-05-09",
            "l'enclave disputée du Haut-Karabakh, en septembre 2023.",
            "date \"septembre 2023\" = 2023-09",
        ),
        (
            "2024-04-17",
            "un conflit de six semaines en 2020.",
            "duration \"six semaines\" = P6W",
        ),
        (
            "2024-04-17",
            "depuis près de vingt ans.",
            "duration \"près de vingt ans\" = P20Y APPROX",
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
}

/// The whole bundled corpus, each article with its publication date.
#[test]
fn corpus_snapshot() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let published = [
        ("000", "2024-05"),
        ("001", "2024-05-09"),
        ("002", "2024-04-17"),
        ("003", "2023-11-23"),
        ("004", "2021-05-14"),
    ];
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the corpus folder")
        .map(|e| e.expect("a corpus entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let mut out = String::new();
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let date = published
            .iter()
            .find(|(k, _)| name.starts_with(k))
            .map(|(_, d)| *d)
            .expect("a known article");
        let text = std::fs::read_to_string(&path).expect("an article");
        let _ = writeln!(out, "== {name} (published {date})");
        out.push_str(&render(
            &text,
            &scan(&text, Lang::Fr, Published::parse(date)),
        ));
    }
    snapshot("corpus", out);
}

#[test]
fn numbers() {
    snapshot(
        "numbers",
        table(
            Lang::Fr,
            "
            - | 2 000 soldats, 100 000 habitants, 6000 morts, 1.500.000 euros
            - | un record de 30,4 secondes et 1 234 567,89 euros
            - | deux mille, cent vingt mille, quatre-vingt-dix-neuf, soixante et onze, vingt et un
            - | 1,5 million de personnes et 3 milliards d'euros, deux millions et demi
            - | la moitié des votants, plus de la moitié, deux tiers, un quart, trois quarts
            - | un sur trois, 1 sur 3, 3/4 des habitants
            - | environ 100 000, près de 2 000, quelque 9 millions, presque 40, une vingtaine
            - | plus de 6000, moins de 300, au moins 12, une centaine de maisons, une douzaine d'œufs
            - | 30 % des voix, 30 pour cent, 82% des électeurs
            - | sa 35e victoire, le 1er régiment, la 12e avec Renault
            - | un homme et une femme, un jour, Un journal finlandais
            - | le G7 et la COP21, un A320, 180ml et 29km
            - | 1e10, -12e-1, 12,32e+14, 10k
            - | le 192.168.1.2 et la version 5.00
            - | son vingt-cinquième anniversaire, la dix-huitième place, un bâtiment neuf, neuf personnes, les neuf
            - | tous les jeudis à 17 h, vers 14 h 30, jusqu'à 20 h
            # Mixed notation: digit groups with decreasing scales; cents alone is the coin.
            - | 2 milliards 300 millions d'euros, 4 mille 3 cents, 3 cent vingt, 3 cent un
            - | un dividende de 25 cents par action, 3 millions deux ans plus tard, 1 million 500 habitants
            - | cinq-huitièmes, ⅙ et ½, 2½ litres, 3 ¾, vingt-cinquième, soixante-douzième
            ",
        ),
    );
}

#[test]
fn dates() {
    snapshot(
        "dates",
        table(
            Lang::Fr,
            "
            # A missing year: the latest such date not after publication, unless the tense says
            # otherwise or the next one is close while the last one is long past.
            2024-05-09 | Le 17 avril, le Kremlin avait affirmé
            2023-11-23 | l'offensive de septembre
            2002-09-14 | avant de céder sa place le 30 octobre, la directrice
            1999-07-09 | Une séance de travail est prévue le 21 juillet à Lyon.
            1999-07-09 | tous les candidats auront été reçus avant le 28 août.
            2002-02-09 | Les inondations du 14 septembre ont ralenti les ventes
            2024-05 | le 9 mai, le 17 avril, en juin
            - | le 9 mai, en septembre, mercredi
            # Weekdays: the latest one for past tense, the next one for future tense, the one the
            # date agrees with.
            2024-05-09 | Les deux dirigeants se sont entretenus mercredi soir.
            2021-05-14 | Les négociations doivent reprendre samedi.
            2002-04-30 | La chanteuse sera à Nantes jeudi 2 mai.
            2002-04-03 | la médiathèque sera fermée du lundi 8 avril au vendredi 12 avril.
            1999-05-27 | a prolongé vendredi dernier les mesures, nommé le 4 mai dernier
            2016-11-07 | dimanche prochain, ce vendredi
            # Relative to publication.
            2024-05-09 | hier, aujourd'hui, demain, avant-hier, l'an dernier, l'année prochaine
            2024-05-09 | la semaine dernière, cette semaine, le mois prochain, cette année
            2024-05-09 | il y a trois ans, il y a deux mois, il y a un an
            2024-05 | hier, la semaine dernière, l'année dernière
            2024-05-09 | avant hier, après demain, dans trois ans, dans deux semaines
            2003-02-04 | Les randonneurs se sont retrouvés ce week-end à Gérardmer.
            2024-05-09 | le week-end dernier, le week-end prochain, pendant le week-end
            # A weekday with a day and no month: the nearest such date.
            2024-05-09 | Le tournoi aura lieu samedi 18 au gymnase.
            2024-05-09 | Il est mort dimanche 5, à l'hôpital.
            # Quarters and halves.
            2024-05-09 | au premier trimestre 2003, au 3e trimestre, au deuxième semestre, le dernier trimestre
            # Qualified positions.
            2024-05-09 | fin de 2020, fin 2020, début octobre, mi-mars, mi-2021, au milieu de 2019
            2003-02-23 | vers la fin de l'année passée, au début de l'année
            # Precision.
            2024-05-09 | en 2020, en septembre 2023, l'automne 2020, l'été dernier, les années 1990
            2024-05-09 | les années 90, au XXe siècle, au 21e siècle, l'année 2001, octobre 98
            2024-05-09 | au dix-huitième siècle, le vingtième siècle, au XIXe siècle
            2024-05-09 | le 10 novembre 93, 21/04/2016, 2015-08-12, le 22/04
            2024-05-09 | en déc., au mois de sept., mars de l'année 2017, les années deux mille
            # A range whose first end leans on the second is one period; a list and two full dates give each.
            2024-05-09 | du 12 au 14 mai, les 8 et 15 mars prochains, entre le 10 juillet et le 20 août
            # Counts that look like years, and seasons that are not dates.
            2024-05-09 | plus de 2000 morts, les 1500 soldats, €1000, 2000 hommes
            2024-05-09 | En 2022 restera une année noire. Dès 1995 arrivent les premiers, depuis 2001 aussi.
            2024-05-09 | Il a été élu. Les Jeux d'hiver. Les mois d'été. En été, le camping est plein.
            2024-05-09 | Renseignements au 03.84.52.17.60.
            # Accents are optional; a misspelled month needs a day and a year around it.
            2024-05-09 | le 3 fevrier 2020, le 15 aout, le 1er decembre 2019
            2024-05-09 | le 8 mail 2024, le 12 juim 2023, 12 mais, les mails
            # A day next to the date just given; without one nothing is read.
            1999-05-12 | Le 3 mai, 300 personnes ont manifesté. Le lendemain, la police est intervenue. La veille, rien.
            1999-05-12 | Le lendemain, il est parti. La veille du scrutin, il a parlé. Le 12 mai puis le surlendemain.
            # A day alone: in the month just given, else the publication month (by tense).
            1999-05-12 | Le 27, il a dit.
            1999-05-12 | Depuis le 3, la ville attend.
            1999-05-12 | Dès le 9, la ville sera fermée.
            1999-05-12 | Le 12 juin, il a dit. Le 15, il a parlé. Il portait le 10. Le 27 est arrivé en retard.
            2016-11-07 | le 20 du mois prochain, le 15 du mois dernier, le 30 de ce mois-ci
            2016-11-07 | du 5 au 19 ce mois-ci, du 5 au 21 le mois prochain, entre le 5 et le 19 de ce mois
            # Nth weekday of a month, a weekday of a named week.
            2016-11-07 | le premier vendredi de juillet, le dernier dimanche d'octobre 2023, le troisième jeudi du mois prochain
            2016-11-07 | le premier samedi de ce mois, vendredi de la semaine prochaine, dimanche de la semaine dernière
            # Holidays: after a preposition or an article, not as a name or a noun complement.
            1999-05-12 | à Noël, Noël dernier, avant Noël 2023, Noël Mamère, le marché de Noël, le Père Noël
            1999-05-12 | à Pâques, à la Toussaint, la Saint-Sylvestre, au Nouvel An, le jour de l'An, à la Pentecôte
            2002-01-02 | Pour la nouvelle année, les voeux.
            2002-12-15 | Bonne fin d'année, et vive la nouvelle année
            # Current periods, positions in a decade, approximate distances back.
            2024-05-09 | l'année en cours, la semaine en cours, au début des années 2000, la fin des années 90
            2024-05-09 | il y a une dizaine d'années, il y a environ trois ans, il y a plus de dix ans
            # No tense marker: the next one when it is within four months and the last one long past.
            1999-07-09 | jusqu'au 15 septembre, le 15 novembre, le 15 décembre
            # Named holidays written with a hyphen, centuries from publication.
            1999-07-09 | le 14-Juillet, le 1er-Mai, du 12-14 mai
            1999-07-09 | au siècle dernier, ce siècle
            # Financial shorthand for quarters and halves (with a year only); premier as a day.
            2016-11-07 | au T3 2016, au S1 2023, Q4 2020, un T3 à louer, le premier janvier, le premier mai 2002
            # Month and year with a slash.
            2024-05-09 | en 03/2015, le 11/2016. Le 22/04, la foule, mais 3/4 et 1/2.
            # A weekday before a date in digits: one date, checked against the weekday.
            2018-06-01 | vendredi 06/07/2018, le dimanche 28/01/2018, samedi 16/06, mardi 06/07/2018
            2018-06-01 | Le match de samedi 3-1 était nul. Lundi 3/4 des élèves étaient absents.
            # ce before a weekday and its date.
            2018-06-01 | Il viendra ce vendredi 15 juin, ce samedi 9, ce mercredi 14 juin 2018.
            # du before a relative period.
            2024-05-09 | Le bilan du mois dernier, les élections de l'an prochain, la fin du mois prochain
            2024-05-09 | le coût du mois, du mois de mai, du mois prochain
            # suivant, précédent and -là count from the date the text has just given; with no date
            # nearby, suivant and précédent count from publication, -là and le jour suivant read nothing.
            2016-11-07 | En 1998, il a gagné. L'année suivante, il a perdu. Cette année-là, rien.
            2016-11-07 | Le 3 mai 2015, il part. La semaine suivante, il revient. Le mois suivant, non.
            2016-11-07 | Le 3 mai 2015, il part. Le jour suivant, il revient. Ce jour-là, oui. Le mois précédent aussi.
            2016-11-07 | Au printemps 2014, puis l'année suivante. Fin 2010 et l'année précédente.
            2016-11-07 | L'année suivante, rien. Cette année-là, non. Le jour suivant, non. Ce mois-là non plus.
            2016-11-07 | la semaine suivante, le mois précédent, chaque année suivante, cette année, ce mois-ci
            # Holidays counted from Easter: Easter Monday, Whit Monday, Ascension (capitalized).
            2016-11-07 | le lundi de Pâques, Lundi de Pentecôte, le dimanche de Pâques 2017, à l'Ascension, l'ascension du mont Blanc
            2016-11-07 | lundi de la semaine prochaine, le lundi de Pâques dernier
            # A month range: the first month takes the year of the second.
            2016-11-07 | entre janvier et mars, de janvier à mars 2016, janvier-mars 2015, de novembre à février 2017
            2016-11-07 | en décembre et janvier, de juin à septembre derniers, en mai et en juin
            # A list of days gives each day, in the month of the last; not decimals nor counts.
            2024-05-09 | les 7, 8 et 9 novembre, les 4, 5, 6 et 7 juillet 2023, les 7,8 et 9 mai, 1, 2 et 3 soldats
            # An abbreviated weekday before a day and a month, when it agrees with the date.
            2024-05-09 | sam. 15 juin 2024 : concert. Mer, 22 mai. jeu 3 mai. Le jeu 3 mai. La mer 2 juin.
            # A day alone before any sentence punctuation.
            1999-05-12 | Il est revenu pour le 27 ! Depuis le 3 ? Dès le 9 : rien.
            # A capitalized Mars is a month only next to a day or year, or after a word that
            # takes a month; else the planet, the god, a name.
            2024-05-09 | Mars et Vénus. La planète Mars, l'opération Mars, la conquête de Mars.
            2024-05-09 | en mars, le 3 mars, mars 2024, début mars, fin mars, Mars 2024, le 3 Mars
            2024-05-09 | En Mars, depuis Mars, mi-Mars, début Mars, au début de Mars, jusqu'en Mars, au mois de Mars
            # A decade named with décennie.
            2024-05-09 | la décennie 2010, la décennie 1990, la décennie 90, la dernière décennie
            # A score after a weekday is not a day: the weekday alone.
            2018-06-01 | samedi 3-1, dimanche 2-0, samedi 15-06-2018, samedi 15/06, lundi 12 à 14 h
            ",
        ),
    );
}

#[test]
fn durations() {
    snapshot(
        "durations",
        table(
            Lang::Fr,
            "
            - | six semaines, trois décennies, 24 heures, 30,4 secondes, dix-huit mois
            - | près de trente ans, environ une heure, plus de dix ans, moins de deux jours
            - | des années, plusieurs jours, quelques mois, ces derniers jours, ces dernières années
            - | un quinquennat, un quart de siècle, une demi-heure, trois ans et demi, quinze jours
            - | une semaine, un an, toute la journée
            - | les trois derniers mois, au cours des trois dernières décennies, les dix prochaines années
            - | vingt min, 3-min, une année entière, la journée entière, un plein mois, divers jours
            - | huit jours, 8 jours, une huitaine de jours, une dizaine d'années, une quinzaine de jours, depuis une trentaine d'années, une centaine de mètres
            # Not durations: ages, noun phrases, times of day.
            - | une femme d'une quarantaine d'années, un homme d'environ 40 ans, un homme de près de 70 ans
            - | Un conducteur de tram de 44 ans a été blessé. Marc Delorme, 61 ans, artisan
            - | une fillette de 9 ans, âgé de 87 ans, les moins de 16 ans, les 8-14 ans
            - | en dehors des heures ouvrables, il pourrait un jour demander, à 17 heures
            # Times of day: after a word that introduces one, in a range, after a weekday, the
            # abbreviation h alone, an hour past noon; not after a word that makes it an amount.
            2024-05-09 | lundi de 9 h à 12 h, à 9 h 30, 9h, 21 heures, il est 18 heures, dès 9 h
            2024-05-09 | entre 9 h et 12 h, à partir de 8 h, vers 7 heures, samedi 20 heures, 14h30
            2024-05-09 | pendant 24 heures, en 24 heures, durant 48 heures, les 24 heures, pendant 9 h
            2024-05-09 | en 3 h, un délai de 12 heures, dans 2 heures, il a 3 heures, 72 h, 24 h sur 24
            ",
        ),
    );
}

/// Ages are plain numbers, never durations: French TimeBank leaves them untagged. The years
/// after a person's noun, "âgé de", "à l'âge de", an apposition, a possessive, an age group
/// or a range of ages; "N ans de ..." and a head that is not a person stay durations.
#[test]
fn ages_are_numbers_and_stretches_of_time_stay_durations() {
    expect(
        Lang::Fr,
        "
        # After a person's noun, known or by its agent ending (-ien, -euse, -iste, -eur, -ier).
        - | Un plombier de 44 ans a été interpellé. | 44 = 44
        - | Un technicien de 37 ans a chuté d'un toit. | 37 = 37
        - | Une vendeuse de 23 ans a été agressée. | 23 = 23
        - | Un garçonnet de cinq ans s'est perdu. | cinq = 5
        - | Une dame de quatre-vingt-dix ans a été secourue. | quatre-vingt-dix = 90
        - | Un pompier volontaire de 31 ans est mort. | 31 = 31
        - | Un conducteur de poids lourd de 58 ans a été contrôlé. | 58 = 58
        - | un alpiniste de plus de 60 ans | plus de 60 = 60 MORE_THAN
        # Governed by âgé, à l'âge de, a verb of dying, the clause opening, avoir, a possessive.
        - | Âgé de 19 ans, il rêvait de voyager. | 19 = 19
        - | Il a quitté l'école à l'âge de 14 ans. | 14 = 14
        - | Elle est décédée à 88 ans. | 88 = 88
        - | À 50 ans, elle a repris ses études. | 50 = 50
        - | Mon voisin a 67 ans. | 67 = 67
        - | Elle a fêté ses 100 ans samedi. | 100 = 100
        - | Jeanne Roux (46 ans) a porté plainte. | 46 = 46
        # Ranges and groups of ages.
        - | Le stage accueille des enfants de 6 à 11 ans. | 11 = 11
        - | des lycéens âgés de 15 à 18 ans | 18 = 18
        - | Les jeunes entre 16 et 25 ans votent moins. | 25 = 25
        - | Le vaccin est proposé aux plus de 65 ans. | plus de 65 = 65 MORE_THAN
        - | Le chômage des 18-24 ans recule. | 24 = 24
        - | L'atelier est ouvert aux 8 à 12 ans. | 12 = 12
        - | Pour ceux de 3 à 5 ans, l'entrée est libre. | 5 = 5
        # Babies are counted in months and weeks.
        - | Un bébé de 18 mois a été hospitalisé. | 18 = 18
        - | un nourrisson de six semaines | six = 6
        # Stretches of time stay durations.
        - | Il a passé 22 ans derrière les barreaux. | 22 ans = P22Y
        - | Il a été condamné à 15 ans de réclusion. | 15 ans = P15Y
        - | Elle a pris ses 30 ans de carrière en photo. | 30 ans = P30Y
        - | Un plombier a signé un contrat de trois ans. | trois ans = P3Y
        - | Il risque une peine de 2 à 5 ans. | 5 ans = P5Y
        - | Le pays est en guerre depuis 12 ans. | 12 ans = P12Y
        - | Pendant 40 ans, elle a enseigné. | 40 ans = P40Y
        - | une femme enceinte de sept mois | sept mois = P7M
        - | Le conflit de 44 jours a fait des milliers de morts. | 44 jours = P44D
        - | Une trêve de 2 ans a été signée. | 2 ans = P2Y
        - | Le gouvernement a deux ans pour agir. | deux ans = P2Y
        ",
    );
}

/// A duration in several units is one mention with one span and one TIMEX3 value, largest
/// unit first; a list without "et", a range and a count from a date stay apart.
#[test]
fn a_duration_in_several_units_is_one_mention() {
    expect(
        Lang::Fr,
        "
        - | Le siège a duré deux ans et trois mois. | deux ans et trois mois = P2Y3M
        - | Il est resté 1 mois et 14 jours à l'hôpital. | 1 mois et 14 jours = P1M14D
        - | Elle a été otage un an, deux mois et cinq jours. | un an, deux mois et cinq jours = P1Y2M5D
        - | La panne a duré une heure et vingt minutes. | une heure et vingt minutes = PT1H20M
        - | L'opération a pris trois jours et six heures. | trois jours et six heures = P3DT6H
        - | Le chantier a pris quatre mois et deux ans. | quatre mois et deux ans = P2Y4M
        - | La grève a duré environ six semaines et trois jours. | environ six semaines et trois jours = P6W3D APPROX
        - | pendant 3 ans et 6 mois | 3 ans et 6 mois = P3Y6M
        - | Le débat a duré trois heures et demie. | trois heures et demie = PT3.5H
        # A list, a range, a repeated unit, a count from a date: each part alone.
        - | Deux ans, trois mois: les peines varient. | Deux ans = P2Y
        - | une peine entre deux ans et trois mois | deux ans = P2Y
        - | Il a purgé deux ans et deux ans encore. | deux ans = P2Y
        - | Deux ans et trois mois plus tard, il est revenu. | Deux ans = P2Y
        ",
    );
    expect(
        Lang::En,
        "
        - | The siege lasted two years and three months. | two years and three months = P2Y3M
        - | It took an hour and ten minutes. | an hour and ten minutes = PT1H10M
        ",
    );
}

/// A minus glued to its digits, a spaced minus where a signed value is expected, and "moins"
/// before a number are negative; the dashes of prose (incise, list, score, range) and the
/// comparative "moins" are not.
#[test]
fn minus_signs_and_moins_give_negative_numbers() {
    expect(
        Lang::Fr,
        "
        - | Il a fait −4 degrés à l'aube. | −4 = -4
        - | Le thermomètre est tombé à – 15 °C dans la nuit. | – 15 = -15
        - | On attend − 6 demain. | − 6 = -6
        - | Les prévisions vont de - 2 à - 7 degrés. | - 7 = -7
        - | Le taux directeur est passé à - 0,25 %. | - 0,25 = -0.25
        - | La Bourse a clôturé à -1,8 %. | -1,8 = -1.8
        - | Il fera moins 12 degrés à Gap. | moins 12 = -12
        - | Ce matin, il faisait moins huit. | moins huit = -8
        - | Le solde est de moins 3,5 millions. | moins 3,5 millions = -3500000
        - | La réponse est négatif deux. | négatif deux = -2
        # Not negative: comparatives, clock times, arithmetic, dashes of prose.
        - | Moins de 300 personnes étaient présentes. | Moins de 300 = 300 LESS_THAN
        - | Au moins 40 blessés ont été soignés. | Au moins 40 = 40 MORE_THAN
        - | Il coûte plus ou moins 20 euros. | plus ou moins 20 = 20 APPROX
        - | Douze moins cinq font sept. | cinq = 5
        - | Le bilan – 14 morts – reste provisoire. | 14 = 14
        - | - 8 blessés graves | 8 = 8
        - | Le match s'est fini sur un score de 2 - 0. | 0 = 0
        - | les guerres (1870 - 1871) | 1871 = 1871
        - | La ligne 10-12 est fermée. | 12 = 12
        ",
    );
    // The idiom of a close call is no number at all.
    assert_eq!(read("C'était moins une, dit-il.", "-"), vec![]);
}

/// Magnitude suffixes make plain numbers, the currency outside the span; network
/// generations, screen resolutions and a title before a name are not magnitudes.
#[test]
fn magnitude_suffixes_multiply_and_names_stay_apart() {
    expect(
        Lang::Fr,
        "
        - | La vidéo a dépassé les 250K vues. | 250K = 250000
        - | Le club a payé 12k pour ce joueur. | 12k = 12000
        - | Une prime de 40 k€ a été versée. | 40 k = 40000
        - | Le déficit atteint 2,5 M€ cette année. | 2,5 M = 2500000
        - | La mairie investit 7 M d'euros. | 7 M = 7000000
        - | Le plan coûte 3 Md€. | 3 Md = 3000000000
        - | L'État a prêté 1,2 Mds d'euros. | 1,2 Mds = 1200000000
        - | La banque a perdu 4 Mrd l'an passé. | 4 Mrd = 4000000000
        - | Un fonds de 8 Mio. | 8 Mio = 8000000
        - | La ville compte 1,5 million d'habitants. | 1,5 million = 1500000
        - | Le groupe vaut 2 milliards. | 2 milliards = 2000000000
        # Not magnitudes.
        - | La 5G arrive dans 40 communes. | 40 = 40
        - | Il a reçu 6 M. Durand hier. | 6 = 6
        - | Il a vu 5 M Martin. | 5 = 5
        - | Il faut 3 M soldats. | 3 = 3
        ",
    );
    for text in [
        "Un téléviseur 8K coûte cher.",
        "La 4G couvre le village.",
        "Le K2 et M6.",
    ] {
        assert_eq!(read(text, "-"), vec![], "{text}");
    }
}

/// A unit glued to a decimal makes a measure, as it does after a whole number: no count.
#[test]
fn a_unit_glued_to_a_decimal_is_a_measure_not_a_count() {
    for text in [
        "Il a couru 10,5km.",
        "un colis de 2,25kg",
        "une dose de 0,5ml",
        "un sac de 12kg",
    ] {
        assert_eq!(read(text, "-"), vec![], "{text}");
    }
    expect(
        Lang::Fr,
        "
        - | Il a couru 10,5 km. | 10,5 = 10.5
        - | Le taux est de 2,5 %. | 2,5 = 2.5
        - | Un budget de 2,5M€. | 2,5M = 2500000
        ",
    );
}

#[test]
fn checks() {
    snapshot(
        "checks",
        table(
            Lang::Fr,
            "
            2024-05-09 | environ 100 000 des 120 000 Arméniens, 130 000 des 120 000 Arméniens
            2024-05-09 | mardi 9 mai 2024, jeudi 9 mai 2024, mardi 9 mai
            2024-05-09 | le 31 février, le 29 février 2023, le 29 février 2024, le 31 avril
            2024-05-09 | le 8 mail 2024
            ",
        ),
    );
}

#[test]
fn english() {
    snapshot(
        "english",
        table(
            Lang::En,
            "
            2024-05-09 | The offensive in September 2023 displaced 100,000 people.
            2024-05-09 | On April 17, 2024, about 2,000 troops left; more than 6,000 died.
            2024-05-09 | a six-week war, six weeks, nearly thirty years, 24 hours
            2024-05-09 | yesterday, last year, next month, three years ago, in 2020, the 1990s
            2024-05-09 | early October, late 2020, mid-March, Wednesday
            2024-05-09 | one hundred twenty thousand, two million, 1.5 million, a third
            # dates
            2024-05-09 | It ended on Sept. 19, 2023. Talks opened 19 September 2023.
            2024-05-09 | They met on April 17. He spoke last Wednesday. She left yesterday.
            2024-05-09 | It grew last year. It happened three years ago. It starts next month.
            2024-05-09 | It was built in the fall of 2020. Music of the 1990s was loud.
            2024-05-09 | Prices rose in early 2020, in mid-2020 and in late 2020.
            2024-05-09 | It began in May. He may go. It closed on May 8. It was last May.
            2024-05-09 | Last summer it rained. Next spring it will not. A year ago, a decade ago.
            2024-05-09 | It happened on the 5th of March, and March 5th. In early September.
            # misspelled month, weekday checks
            2024-05-09 | It was signed on Mya 8, 2024 and on 8 Mya 2024, but Mya 8 is a name.
            2024-05-09 | On Tuesday, May 9, 2024, they met. On Thursday, May 9, 2024, they left.
            2024-05-09 | On Wednesday May 8 they met.
            # durations
            2024-05-09 | The war lasted six weeks. It was held for nearly 30 years, or three decades.
            2024-05-09 | The talks took 24 hours. He ran it in 30.4 seconds. It lasted a year and a half.
            2024-05-09 | It took nearly a year. A day of mourning. More than two years, 18 months.
            # numbers
            2024-05-09 | About 100,000 people fled; 2,000 soldiers stayed. More than 6,000 died.
            2024-05-09 | Fewer than 500 were hurt. Some 3,000 troops, two thousand people.
            2024-05-09 | 120 thousand homes, 1.5 million euros, half the town, half a million.
            2024-05-09 | A dozen people, hundreds of people, the third attempt, the 21st summit.
            ",
        ),
    );
}

#[test]
fn english_derivation_steps() {
    snapshot(
        "english_derivations",
        derivations(
            Lang::En,
            "
            2024-05-09 | About 100,000 people fled, more than 6,000 died, 1.5 million euros.
            2024-05-09 | They met on April 17. He spoke last Wednesday. It will end on June 3.
            2024-05-09 | It was signed on Mya 8, 2024. In early 2020. Last summer.
            2024-05-09 | It was held for nearly 30 years. Three years ago.
            ",
        ),
    );
}

// --- Floors on third-party data ---------------------------------------------------------------

/// `../shared/external` from the crate root, if this machine has it.
fn external(sub: &str) -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/external")
        .join(sub);
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "note: {} is missing; skipping the score floor on it",
            dir.display()
        );
        None
    }
}

/// A gold or predicted annotation in character offsets.
struct Span {
    kind: &'static str,
    start: usize,
    end: usize,
    value: String,
}

fn overlaps(a: &Span, b: &Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// The scorer's trivial value normalization: case, decimal comma, "199X" = "199".
fn norm(v: &str) -> String {
    let v = v.trim().to_uppercase().replace(',', ".");
    let digits = v.trim_end_matches('X');
    if digits.len() < v.len()
        && (2..=3).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
    {
        return digits.to_string();
    }
    v
}

/// Value F1 of `preds` against `gold` for one kind: a prediction counts when it overlaps an
/// unused gold span of its kind with an equal value (greedy, value-correct pairs first).
#[derive(Default)]
struct Count {
    gold: usize,
    pred: usize,
    value: usize,
}

impl Count {
    fn add(
        &mut self,
        gold: &[Span],
        preds: &[Span],
        ignore: &[Span],
        kind: &str,
        same: impl Fn(&str, &str) -> bool,
    ) {
        let gold: Vec<&Span> = gold.iter().filter(|g| g.kind == kind).collect();
        let preds: Vec<&Span> = preds
            .iter()
            .filter(|p| p.kind == kind)
            .filter(|p| {
                !ignore.iter().any(|i| overlaps(p, i)) || gold.iter().any(|g| overlaps(p, g))
            })
            .collect();
        let mut used = vec![false; preds.len()];
        for g in &gold {
            if let Some(k) = (0..preds.len())
                .find(|&k| !used[k] && overlaps(g, preds[k]) && same(&g.value, &preds[k].value))
            {
                used[k] = true;
                self.value += 1;
            }
        }
        self.gold += gold.len();
        self.pred += preds.len();
    }

    fn f1(&self) -> f64 {
        if self.gold + self.pred == 0 {
            0.0
        } else {
            2.0 * self.value as f64 / (self.gold + self.pred) as f64
        }
    }
}

fn char_offset(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

fn predictions(text: &str, lang: Lang, published: Option<Published>) -> Vec<Span> {
    scan(text, lang, published)
        .iter()
        .map(|m| Span {
            kind: m.kind.as_str(),
            start: char_offset(text, m.start),
            end: char_offset(text, m.end),
            value: m.value.to_string(),
        })
        .collect()
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(&tag[at..at + tag[at..].find('"')?])
}

/// The plain text of a TimeML document's `<TEXT>`, its TIMEX3 spans (in characters) and its
/// creation date. A small hand parser: TimeML here is flat, tags never nest inside TIMEX3.
fn parse_timeml(doc: &str) -> (String, Vec<Span>, String) {
    let dct = doc
        .split("<TIMEX3")
        .find(|t| t.contains("CREATION_TIME"))
        .and_then(|t| attr(t, "value"))
        .map(|v| v.chars().take(10).collect())
        .unwrap_or_default();
    let body = doc.split_once("<TEXT>").map_or("", |(_, b)| b);
    let body = body.split_once("</TEXT>").map_or(body, |(b, _)| b);
    let (mut text, mut spans) = (String::new(), Vec::new());
    let mut open: Option<(usize, &str, String)> = None;
    let mut rest = body;
    while let Some(lt) = rest.find('<') {
        push_unescaped(&mut text, &rest[..lt]);
        let gt = lt + rest[lt..].find('>').expect("a closed tag");
        let tag = &rest[lt..=gt];
        if tag.starts_with("<TIMEX3") {
            let kind = match attr(tag, "type") {
                Some("DATE") => "date",
                Some("DURATION") => "duration",
                _ => "other",
            };
            open = Some((
                text.chars().count(),
                kind,
                attr(tag, "value").unwrap_or("").to_string(),
            ));
        } else if tag.starts_with("</TIMEX3")
            && let Some((start, kind, value)) = open.take()
        {
            spans.push(Span {
                kind,
                start,
                end: text.chars().count(),
                value,
            });
        }
        rest = &rest[gt + 1..];
    }
    push_unescaped(&mut text, rest);
    (text, spans, dct)
}

fn push_unescaped(out: &mut String, s: &str) {
    out.push_str(
        &s.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&amp;", "&"),
    );
}

/// French TimeBank dev split, value F1 of dates and durations (the scorer in
/// `../shared/eval/frtimebank.py`, simplified). Floors: the measured score minus a margin.
#[test]
fn french_timebank_scores_stay_above_floor() {
    let Some(dir) = external("fr-timebank-dev") else {
        return;
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "tml"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 50,
        "expected the 54 dev documents in {}",
        dir.display()
    );
    let (mut dates, mut durations) = (Count::default(), Count::default());
    for path in files {
        let (text, gold, dct) = parse_timeml(&std::fs::read_to_string(&path).unwrap());
        let preds = predictions(&text, Lang::Fr, Published::parse(&dct));
        let ignore: Vec<Span> = gold
            .iter()
            .filter(|g| g.kind == "other")
            .map(|g| Span {
                kind: "other",
                value: String::new(),
                ..*g
            })
            .collect();
        let same = |g: &str, p: &str| norm(g) == norm(p);
        dates.add(&gold, &preds, &ignore, "date", same);
        durations.add(&gold, &preds, &ignore, "duration", same);
    }
    let (d, u) = (dates.f1(), durations.f1());
    eprintln!("French TimeBank dev: date value F1 {d:.3}, duration value F1 {u:.3}");
    assert!(d >= 0.92, "date value F1 fell to {d:.3} (floor 0.92)");
    assert!(u >= 0.95, "duration value F1 fell to {u:.3} (floor 0.95)");
}

/// Recognizers-Text French NumberModel, value F1 on the entries upstream supports and on all.
#[test]
fn recognizers_number_scores_stay_above_floor() {
    let Some(dir) = external("recognizers-text-fr") else {
        return;
    };
    let raw = std::fs::read_to_string(dir.join("Number/NumberModel.json")).unwrap();
    let cases: serde_json::Value =
        serde_json::from_str(raw.trim_start_matches('\u{feff}')).unwrap();
    let (mut all, mut supported) = (Count::default(), Count::default());
    for case in cases.as_array().unwrap() {
        let input = case["Input"].as_str().unwrap();
        let lower = input.to_lowercase();
        let mut gold = Vec::new();
        for r in case["Results"].as_array().into_iter().flatten() {
            let needle = r["Text"].as_str().unwrap_or("").to_lowercase();
            let value = r["Resolution"]["value"].as_str().unwrap_or("").to_string();
            // The first occurrence not already taken: enough for these one-line inputs.
            let mut from = 0;
            while let Some(at) = lower[from..].find(&needle).map(|a| a + from) {
                let start = char_offset(&lower, at);
                if !gold.iter().any(|g: &Span| g.start == start) && !needle.is_empty() {
                    gold.push(Span {
                        kind: "number",
                        start,
                        end: start + needle.chars().count(),
                        value,
                    });
                    break;
                }
                from = at + needle.len().max(1);
            }
        }
        let preds = predictions(input, Lang::Fr, None);
        let same = |g: &str, p: &str| {
            let (g, p) = (g.replace(',', "."), p.replace(',', "."));
            match (g.parse::<f64>(), p.parse::<f64>()) {
                (Ok(a), Ok(b)) => (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1e-3),
                _ => false,
            }
        };
        all.add(&gold, &preds, &[], "number", same);
        if case.get("NotSupported").is_none() && case.get("NotSupportedByDesign").is_none() {
            supported.add(&gold, &preds, &[], "number", same);
        }
    }
    let (s, a) = (supported.f1(), all.f1());
    eprintln!("Recognizers NumberModel: value F1 {s:.3} supported, {a:.3} all");
    assert!(s >= 0.94, "supported value F1 fell to {s:.3} (floor 0.94)");
    assert!(
        a >= 0.81,
        "all-entries value F1 fell to {a:.3} (floor 0.81)"
    );
}

/// Mentions are sorted, disjoint and on character boundaries, whatever the input: texts built
/// from date, number and punctuation fragments in random order.
#[test]
fn spans_are_sorted_and_disjoint_on_any_input() {
    const PIECES: &[&str] = &[
        "le",
        "9",
        "mai",
        "2024",
        "mail",
        "mardi",
        "du",
        "au",
        "12",
        "-",
        "/",
        ".",
        ",",
        "'",
        "’",
        "l",
        "an",
        "dernier",
        "1er",
        "e",
        "plus",
        "de",
        "environ",
        "2",
        "000",
        "\u{a0}",
        "\u{202f}",
        "un",
        "sur",
        "trois",
        "quatre",
        "vingt",
        "et",
        "demi",
        "ans",
        "semaines",
        "il",
        "y",
        "a",
        "fin",
        "mi",
        "début",
        "été",
        "hiver",
        "années",
        "1990",
        "XXe",
        "siècle",
        "€",
        "%",
        "h",
        "30",
        "0",
        "03",
        "29",
        "1,5",
        "million",
        "tiers",
        "sept",
        "k",
        "é",
        "\n",
        "premier",
        "trimestre",
        "week",
        "end",
        "ce",
        "dans",
        "ces",
        "derniers",
        "jours",
        "-9",
        "e10",
        "^",
        "moitié",
        "négatif",
        "lendemain",
        "veille",
        "avant",
        "Noël",
        "Pâques",
        "Saint",
        "sylvestre",
        "Nouvel",
        "An",
        "jour",
        "cents",
        "cent",
        "milliards",
        "½",
        "T",
        "3",
        "vendredi",
        "semaine",
        "prochaine",
        "mois",
        "prochain",
        "dizaine",
        "d",
        "une",
        "huit",
        "depuis",
        "27",
        "Le",
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    for published in [
        None,
        Published::parse("2024-05-09"),
        Published::parse("2024-05"),
        Published::parse("2024"),
    ] {
        for _ in 0..600 {
            let mut text = String::new();
            for _ in 0..40 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(PIECES[(state % PIECES.len() as u64) as usize]);
                if state % 3 != 0 {
                    text.push(' ');
                }
            }
            for lang in [Lang::Fr, Lang::En] {
                let mentions = scan(&text, lang, published);
                let mut last = 0;
                for m in &mentions {
                    assert!(
                        m.start >= last && m.start < m.end,
                        "{text:?}: {m:?} overlaps or is empty"
                    );
                    assert!(
                        text.is_char_boundary(m.start) && text.is_char_boundary(m.end),
                        "{text:?}: {m:?}"
                    );
                    last = m.end;
                }
            }
        }
    }
}

/// A fixture table like [`table`], each mention followed by the steps the grammar took to
/// read it ([`factlint::grammar::derive`]).
fn derivations(lang: Lang, rows: &str) -> String {
    let mut out = String::new();
    for row in rows
        .lines()
        .map(str::trim)
        .filter(|r| !r.is_empty() && !r.starts_with('#'))
    {
        let (published, text) = row.split_once(" | ").expect("a row is `published | text`");
        let p = Published::parse(published);
        let _ = writeln!(out, "[{published}] {text}");
        for m in scan(text, lang, p) {
            out.push_str(&render(text, std::slice::from_ref(&m)));
            let d = factlint::grammar::derive(text, lang, p, &m);
            assert!(d.found, "{text:?}: {m:?} not found again");
            for s in &d.steps {
                let _ = writeln!(out, "    {s}");
            }
        }
    }
    out
}

#[test]
fn derivation_steps() {
    snapshot(
        "derivations",
        derivations(
            Lang::Fr,
            "
            2024-05-09 | environ 100 000 des 120 000 Arméniens, quelque 10 000 personnes
            2024-05-09 | 2 000 soldats, 2\u{a0}000 hommes, 2\u{202f}000 morts, 1.500.000 euros, 30,4 secondes
            2024-05-09 | deux mille personnes, une vingtaine de blessés, 1,5 million, plus de la moitié
            2024-05-09 | Le 17 avril, le Kremlin avait affirmé. Il sera reçu le 30 juin.
            2023-11-23 | par l'Azerbaïdjan en septembre. Début octobre, le Kremlin avait déjà estimé
            2024-05-09 | Les deux dirigeants se sont entretenus mercredi soir, le 8 mail 2024.
            2024-05-09 | La Russie a annoncé jeudi 9 mai le retrait. Mardi 9 mai, rien. Hier, rien.
            2024-05-09 | le 6 mai dernier. septembre dernier. mercredi dernier. lundi 13 mai.
            2024-05-09 | Il viendra du 12 au 14 mai. L'an dernier, non. Il y a trois ans, oui.
            2024-05-09 | Dans deux semaines, peut-être. Depuis le 3, rien.
            2024-05-09 | Le 12 mai, il part. Le lendemain, il arrive. Le 15, il repart.
            2024-05-09 | l'automne 2020, l'été dernier. Fin de 2020. À la mi-mars. Les années 1990.
            2024-05-09 | six semaines, près de trente ans, quinze jours, trois ans et demi, des années
            - | le 17 avril, mercredi, l'an dernier
            2018-06-01 | vendredi 06/07/2018, ce vendredi 15 juin, samedi 16/06, le bilan du mois dernier
            2024-05-09 | sam. 15 juin 2024, mer 22 mai
            2024-05-09 | Le festival aura lieu les 7, 8 et 9 juin.
            2016-11-07 | En 1998, il a gagné. L'année suivante, il a perdu. Le 3 mai 2015, puis ce jour-là.
            2016-11-07 | L'année précédente, rien.
            2016-11-07 | de novembre à février 2017, en décembre et janvier
            2024-05-09 | la décennie 2010, En Mars, de 9 h à 12 h pendant 9 h
            ",
        ),
    );
}

/// `(text, value, mod)` rows written as string slices, to compare with [`read`].
fn rows(want: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    want.iter()
        .map(|&(t, v, m)| (t.to_string(), v.to_string(), m.to_string()))
        .collect()
}

/// Every mention of `text` scanned as French published on `published`, as `(text, value,
/// mod)`.
fn read(text: &str, published: &str) -> Vec<(String, String, String)> {
    scan(text, Lang::Fr, Published::parse(published))
        .iter()
        .map(|m| {
            (
                text[m.start..m.end].to_string(),
                m.value.to_string(),
                m.modifier.map(|x| x.to_string()).unwrap_or_default(),
            )
        })
        .collect()
}

/// Checks a table of rows `published | text | span = value [mod]` (published may be `-`):
/// the text must give a mention with exactly that span, value and mod (none when left out).
/// Every row that fails is reported, with what was read instead.
pub(crate) fn expect(lang: Lang, rows: &str) {
    let mut failures = Vec::new();
    for (row, published, text, want) in three_columns(rows, "span = value [mod]") {
        let (span, reading) = want.rsplit_once(" = ").expect("`span = value [mod]`");
        let (value, modifier) = reading.split_once(' ').unwrap_or((reading, ""));
        let mentions = scan(text, lang, Published::parse(published));
        let ok = mentions.iter().any(|m| {
            &text[m.start..m.end] == span
                && m.value.to_string() == value
                && m.modifier.map(|x| x.to_string()).unwrap_or_default() == modifier
        });
        if !ok {
            failures.push(format!(
                "{row}\n  read:\n{}",
                render(text, &mentions).trim_end()
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The rows `published | text | third` of a table, each with the row itself, skipping blank
/// lines and `#` comments; `third` names the third column for the message of a bad row.
fn three_columns<'a>(
    rows: &'a str,
    third: &'a str,
) -> impl Iterator<Item = (&'a str, &'a str, &'a str, &'a str)> {
    rows.lines()
        .map(str::trim)
        .filter(|r| !r.is_empty() && !r.starts_with('#'))
        .map(move |row| {
            let mut parts = row.splitn(3, " | ");
            let (Some(published), Some(text), Some(rest)) =
                (parts.next(), parts.next(), parts.next())
            else {
                panic!("a row is `published | text | {third}`: {row}");
            };
            (row, published, text, rest)
        })
}

#[test]
fn apostrophes_and_dots_separate_thousands() {
    expect(
        Lang::Fr,
        "
        # Swiss outlets group digits with ' or ’; every group after the first has three digits.
        2024-05-09 | La manifestation a réuni 100’000 personnes à Berne. | 100’000 = 100000
        2024-05-09 | Le canton compte 2'500 chômeurs de plus. | 2'500 = 2500
        2024-05-09 | Un budget de 1’250’000 francs a été voté. | 1’250’000 = 1250000
        2024-05-09 | Les 12'000 spectateurs ont applaudi. | 12'000 = 12000
        2024-05-09 | Une amende de 3’500,50 francs. | 3’500,50 = 3500.5
        2024-05-09 | Swiss outlets write CHF 7’800 too. | 7’800 = 7800
        # Dots, German and Swiss style: a dot before exactly three digits.
        2024-05-09 | Selon la police, plus de 100.000 personnes ont défilé. | plus de 100.000 = 100000 MORE_THAN
        2024-05-09 | On attend 2.000 coureurs au départ. | 2.000 = 2000
        # Spelled out.
        2024-05-09 | Il y avait deux mille invités. | deux mille = 2000
        2024-05-09 | trois mille emplois supprimés | trois mille = 3000
        2024-05-09 | six mille hectares ont brûlé | six mille = 6000
        ",
    );
    // Not thousands: a group of other than three digits leaves the numbers apart.
    let apart = read("un score de 12'34 et une cote de 1’2345", "2024-05-09");
    let spans: Vec<_> = apart.iter().map(|(t, _, _)| t.as_str()).collect();
    assert_eq!(spans, ["12", "34", "1", "2345"]);
    let bad_group = read("le code 1’250’00 du formulaire", "2024-05-09");
    assert!(
        bad_group
            .iter()
            .all(|(_, v, _)| v != "1250" && v != "125000"),
        "{bad_group:?}"
    );
    // The apostrophe of an elision stays one.
    let elided = read("l'an 2000 et d'ici 2030", "2024-05-09");
    let values: Vec<_> = elided.iter().map(|(_, v, _)| v.as_str()).collect();
    assert_eq!(values, ["2000", "2030"]);
}

#[test]
fn an_apostrophe_separator_is_named_in_the_derivation() {
    let text = "La commune verse 4’000 francs.";
    let p = Published::parse("2024-05-09");
    let m = scan(text, Lang::Fr, p).remove(0);
    let d = factlint::grammar::derive(text, Lang::Fr, p, &m);
    let steps: Vec<String> = d.steps.iter().map(ToString::to_string).collect();
    assert!(
        steps
            .iter()
            .any(|s| s.contains("thousands separator: right single quotation mark U+2019")),
        "{steps:?}"
    );
}

#[test]
fn collective_nouns_count_in_round_numbers() {
    expect(
        Lang::Fr,
        "
        # A count of collective nouns: that many, approximate as \"une centaine\" is.
        2024-05-09 | Deux milliers de bénévoles ont répondu. | Deux milliers = 2000 APPROX
        2024-05-09 | On recense trois centaines d'espèces. | trois centaines = 300 APPROX
        2024-05-09 | quatre dizaines de blessés légers | quatre dizaines = 40 APPROX
        2024-05-09 | Il en a vendu 5 milliers en un an. | 5 milliers = 5000 APPROX
        # A larger noun after de multiplies it.
        2024-05-09 | Une centaine de milliers de foyers privés d'eau. | Une centaine de milliers = 100000 APPROX
        2024-05-09 | une dizaine de milliers de fidèles | une dizaine de milliers = 10000 APPROX
        2024-05-09 | deux centaines de milliers de voix | deux centaines de milliers = 200000 APPROX
        2024-05-09 | une vingtaine de millions d'euros | une vingtaine de millions = 20000000 APPROX
        # The qualifier wins over the approximation.
        2024-05-09 | Plus d'un millier de colis sont arrivés. | Plus d'un millier = 1000 MORE_THAN
        2024-05-09 | près de deux milliers de places | près de deux milliers = 2000 APPROX
        # A dozen is twelve, two dozen twenty-four.
        2024-05-09 | une douzaine de croissants | une douzaine = 12
        2024-05-09 | deux douzaines de roses | deux douzaines = 24
        ",
    );
}

#[test]
fn a_collective_plural_without_a_count_is_more_than_one_of_them() {
    expect(
        Lang::Fr,
        "
        # Never the noun's value exactly: des milliers is more than a thousand. The article
        # stays out of the span, a quantifier is part of it.
        2024-05-09 | Des milliers de supporters ont envahi la place. | milliers = 1000 MORE_THAN
        2024-05-09 | Ils étaient plusieurs milliers devant la mairie. | plusieurs milliers = 1000 MORE_THAN
        2024-05-09 | quelques milliers d'abonnés seulement | quelques milliers = 1000 MORE_THAN
        2024-05-09 | des centaines de messages par jour | centaines = 100 MORE_THAN
        2024-05-09 | Plusieurs centaines de véhicules bloqués. | Plusieurs centaines = 100 MORE_THAN
        2024-05-09 | Des centaines de milliers de candidats inscrits. | centaines de milliers = 100000 MORE_THAN
        2024-05-09 | des dizaines de milliers de manifestants | dizaines de milliers = 10000 MORE_THAN
        2024-05-09 | quelques dizaines de curieux | quelques dizaines = 10 MORE_THAN
        2024-05-09 | les milliers de touristes de l'été | milliers = 1000 MORE_THAN
        2024-05-09 | des millions de téléspectateurs | millions = 1000000 MORE_THAN
        # With a time unit, how many is not said, as in des années.
        2024-05-09 | Ces roches ont mis des milliers d'années à se former. | milliers d'années = PXY
        2024-05-09 | plusieurs centaines d'années plus tard | plusieurs centaines d'années = PXY
        ",
    );
    expect(
        Lang::En,
        "
        - | Thousands of fans cheered. | Thousands = 1000 MORE_THAN
        - | tens of thousands of viewers | tens of thousands = 10000 MORE_THAN
        - | several hundred volunteers | several hundred = 100 MORE_THAN
        - | hundreds of thousands of homes | hundreds of thousands = 100000 MORE_THAN
        - | for thousands of years | thousands of years = PXY
        ",
    );
}

#[test]
fn a_past_participle_before_a_month_sends_it_to_the_past() {
    expect(
        Lang::Fr,
        "
        # The participle right before the date and its preposition governs it, even when a
        # future verb follows in the sentence.
        2024-05-10 | La rénovation, entamée en avril, devrait durer deux ans. | avril = 2024-04
        2024-05-10 | Le mouvement a commencé en avril et pourrait s'étendre. | avril = 2024-04
        2024-05-10 | L'entraîneur s'est retiré en avril, mais il reviendra. | avril = 2024-04
        # Published in February, April is next month; a past participle says it was last April.
        2024-02-15 | Les fouilles lancées en avril reprendront. | avril = 2023-04
        2024-02-15 | Le musée, rouvert en avril, accueillera une exposition. | avril = 2023-04
        2024-02-15 | Élu en avril, le maire présentera son budget. | avril = 2023-04
        2024-02-15 | Le record, battu en avril, tiendra-t-il ? | avril = 2023-04
        2024-02-15 | La lettre, écrite en avril, sera publiée. | avril = 2023-04
        2024-02-15 | Les ponts, construits en avril, ouvriront bientôt. | avril = 2023-04
        2024-02-15 | Le pont a été construit en avril et ouvrira bientôt. | avril = 2023-04
        2024-02-15 | Le chanteur, mort en avril, sera honoré. | avril = 2023-04
        2024-02-15 | Les candidates, choisies en avril, débuteront lundi. | avril = 2023-04
        2024-02-15 | La candidate a été choisie en avril et débutera lundi. | avril = 2023-04
        2024-02-15 | Les prises de vue, achevées à la fin d'avril, reprendront. | fin d'avril = 2023-04 END
        # Passé composé, plus-que-parfait and the conditional past, auxiliary first.
        2024-02-15 | Le club avait recruté en avril un attaquant qui jouera demain. | avril = 2023-04
        2024-02-15 | Le suspect aurait quitté le pays en avril, selon la police. | avril = 2023-04
        2024-02-15 | Nous avons signé en avril un accord qui entrera en vigueur. | avril = 2023-04
        # The passé simple of -cer and -ger verbs.
        2024-02-15 | Il lança en avril une offensive qui durera. | avril = 2023-04
        # Not past: a future auxiliary, a noun or a name of a participle's shape, a participle
        # of scheduling.
        2024-02-15 | Le chantier sera achevé en avril. | avril = 2024-04
        2024-02-15 | Le pont doit être rouvert en avril. | avril = 2024-04
        2024-02-15 | La tournée en avril passera par Lyon. | avril = 2024-04
        2024-02-15 | Le ministre se rendra à Bakou en avril. | avril = 2024-04
        2024-02-15 | Le vote, reporté en avril, aura lieu à Paris. | avril = 2024-04
        2024-02-15 | La mise en service, prévue en avril, attendra. | avril = 2024-04
        # Nor the present tense that some participles share: publie, construit, continue.
        2024-02-15 | Le ministère publie en avril son rapport. | avril = 2024-04
        2024-02-15 | L'entreprise construit en avril une usine. | avril = 2024-04
        2024-02-15 | La banque continue en avril ses versements. | avril = 2024-04
        # Nouns and names that end like a future, a conditional or an imperfect are not
        # tense markers: le retrait, le front, Sandra.
        2024-05-02 | Les véhicules ont quitté l'enclave en avril, au début du retrait. | avril = 2024-04
        2024-02-15 | Le retrait en avril des troupes restantes. | avril = 2024-04
        2024-05-02 | Les combats sur le front en avril. | avril = 2024-04
        2024-05-02 | Le portrait de Sandra en avril. | avril = 2024-04
        2024-05-02 | Le texte permettrait, dès avril, de payer. | avril = 2025-04
        # The middle of the month, past or to come.
        2024-05-10 | Les ventes ont chuté à la mi-avril. | mi-avril = 2024-04 MID
        2024-05-10 | Sorti à la mi-avril, le film sera diffusé cet été. | mi-avril = 2024-04 MID
        2024-02-15 | La saison, terminée mi-avril, reprendra. | mi-avril = 2023-04 MID
        2024-02-15 | La saison reprendra à la mi-avril. | mi-avril = 2024-04 MID
        ",
    );
}

#[test]
fn last_month_and_a_weekday_of_a_past_clause() {
    expect(
        Lang::Fr,
        "
        2023-11-23 | Le blocus, instauré en septembre dernier, se poursuivra. | septembre dernier = 2023-09
        2023-11-23 | Depuis septembre dernier, les prix montent. | septembre dernier = 2023-09
        2023-11-23 | Le traité signé en septembre dernier entrera en vigueur. | septembre dernier = 2023-09
        # Published on Friday 24 November 2023: a past Thursday is the day before.
        2023-11-24 | Les ministres réunis jeudi à Moscou devraient signer un accord. | jeudi = 2023-11-23
        2023-11-24 | Réunis jeudi à Genève, les délégués ont trouvé un compromis. | jeudi = 2023-11-23
        2023-11-24 | Les négociateurs, arrivés mardi, repartiront samedi. | mardi = 2023-11-21
        2023-11-24 | Les négociateurs, arrivés mardi, repartiront samedi. | samedi = 2023-11-25
        2023-11-24 | Le sommet se tiendra jeudi à Vienne. | jeudi = 2023-11-30
        ",
    );
}

#[test]
fn a_year_after_depuis_is_a_date_that_duration_rules_read_as_the_years_since() {
    // The date, as French TimeBank annotates it; the years up to publication as the second
    // reading, approximate since a year is a year wide.
    let since = |text: &str, published: &str, span: &str| -> (String, Option<String>) {
        let m = scan(text, Lang::Fr, Published::parse(published))
            .into_iter()
            .find(|m| &text[m.start..m.end] == span)
            .unwrap_or_else(|| panic!("{text:?}: no mention {span:?}"));
        (
            m.value.to_string(),
            m.since.map(|r| {
                format!(
                    "{} {}",
                    r.value,
                    r.modifier.map(|x| x.to_string()).unwrap_or_default()
                )
            }),
        )
    };
    for (text, published, span, date, years) in [
        (
            "La vallée est contrôlée depuis 1994 par la milice.",
            "2023-11-23",
            "1994",
            "1994",
            "P29Y APPROX",
        ),
        (
            "Depuis 2020, le musée est fermé.",
            "2024-05-09",
            "2020",
            "2020",
            "P4Y APPROX",
        ),
        (
            "Il préside le club depuis 2011.",
            "2024",
            "2011",
            "2011",
            "P13Y APPROX",
        ),
        (
            "La loi s'applique depuis l'an 2000.",
            "2023-11-23",
            "an 2000",
            "2000",
            "P23Y APPROX",
        ),
        (
            "Elle enseigne depuis l'année 2015.",
            "2023-11-23",
            "année 2015",
            "2015",
            "P8Y APPROX",
        ),
        // The imperfect of a state that the reported event ended: no year names another
        // moment, so the years count up to the publication.
        (
            "Les rebelles tenaient la vallée depuis 1994 quand l'armée est entrée.",
            "2023-11-23",
            "1994",
            "1994",
            "P29Y APPROX",
        ),
        (
            "La famille habitait ce quartier depuis 1998, avant l'incendie de mardi.",
            "2024-05-09",
            "1998",
            "1998",
            "P26Y APPROX",
        ),
    ] {
        assert_eq!(
            since(text, published, span),
            (date.to_string(), Some(years.to_string())),
            "{text}"
        );
    }
    // No second reading: without "depuis", without a later publication year, with a
    // position or an end, or counted up to a moment of the past.
    for (text, published, span) in [
        (
            "La vallée est contrôlée par la milice en 1994.",
            "2023-11-23",
            "1994",
        ),
        ("La vallée est contrôlée depuis 1994.", "-", "1994"),
        ("Le chantier a repris depuis 2024.", "2024-05-09", "2024"),
        (
            "Le pont est fermé depuis début 2020.",
            "2024-05-09",
            "début 2020",
        ),
        (
            "Ils ont vécu là depuis 1990 jusqu'en 2001.",
            "2024-05-09",
            "1990",
        ),
        ("En 2010, il vivait là depuis 1990.", "2024-05-09", "1990"),
        (
            "Au printemps 2015, les deux villages étaient jumelés depuis 1971.",
            "2024-05-09",
            "1971",
        ),
    ] {
        assert_eq!(since(text, published, span).1, None, "{text}");
    }
}

#[test]
fn the_derivation_of_a_duration_read_from_depuis_names_both_years() {
    let text = "La vallée est contrôlée depuis 1994.";
    let p = Published::parse("2023-11-23");
    let date = scan(text, Lang::Fr, p).remove(0);
    let since = date.since.expect("a second reading");
    // What a claim of a duration rule holds: the duration, over the same words.
    let claim = Mention {
        kind: since.value.kind(),
        value: since.value,
        modifier: since.modifier,
        since: None,
        ..date
    };
    let d = factlint::grammar::derive(text, Lang::Fr, p, &claim);
    assert!(d.found);
    let steps: Vec<String> = d.steps.iter().map(ToString::to_string).collect();
    assert!(
        steps.iter().any(|s| s
            == "since: “1994” is also P29Y, mod APPROX, for duration rules: the whole years from 1994 to the publication year 2023"),
        "{steps:?}"
    );
}

/// Checks a table of rows `published | text | words`: no date mention of `text` covers any
/// part of `words`. Every row that fails is reported, with what was read instead.
fn no_date(rows: &str) {
    let mut failures = Vec::new();
    for (row, published, text, words) in three_columns(rows, "words") {
        let at = text.find(words).expect("the words are in the text");
        let mentions = scan(text, Lang::Fr, Published::parse(published));
        let covered = mentions
            .iter()
            .any(|m| m.kind.as_str() == "date" && m.start < at + words.len() && at < m.end);
        if covered {
            failures.push(format!(
                "{row}\n  read:\n{}",
                render(text, &mentions).trim_end()
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn generic_uses_and_names_with_a_date_word_are_not_dates() {
    no_date(
        "
        # A position word as the complement of a noun, without an article, says what kind of
        # thing it is.
        2024-05-09 | Le comité a préparé le repas de fin d'année du club. | fin d'année
        2024-05-09 | Les primes de fin d'année seront versées aux agents. | fin d'année
        2024-05-09 | Il a rédigé un bilan de début de mois très sombre. | début de mois
        # \"jour\" in a generic or a narrative sense.
        2024-05-09 | Ce fut un jour de grande tristesse pour le quartier. | jour
        2024-05-09 | Un beau jour, elle a quitté le village. | jour
        # A capitalized season inside a sentence names a festival, a movement or a shop.
        2024-05-09 | Le Printemps de Pérouges a accueilli vingt groupes. | Printemps
        2024-05-09 | Les héritiers du Printemps arabe restent divisés. | Printemps
        2024-05-09 | Elle a fait ses courses au Printemps, boulevard Haussmann. | Printemps
        2024-05-09 | Printemps de Lyon : les inscriptions sont ouvertes. | Printemps
        # A feast that names an accord, a truce, a market is no date, nor its weekday.
        2024-05-09 | Les garants du pacte du Vendredi saint se sont rencontrés. | Vendredi
        2024-05-09 | Le marché de Noël a fermé ses portes. | Noël
        2024-05-09 | La trêve de Noël a été rompue. | Noël
        # Another calendar's new year has no fixed day.
        2024-05-09 | Le Nouvel An chinois a rassemblé la communauté. | Nouvel An
        # The planet.
        2024-05-09 | Le robot a transmis des images de Mars. | Mars
        # A street or a school named after a date.
        2024-05-09 | Le cortège a remonté la rue du 4-Septembre. | 4-Septembre
        2024-05-09 | Ils habitent avenue du 8 Mai à Lens. | 8 Mai
        2024-05-09 | Le lycée du 11-Novembre a fermé hier. | 11-Novembre
        ",
    );
    expect(
        Lang::Fr,
        "
        # Still dates: the position word after a preposition, and a capitalized season
        # opening a sentence or before its year.
        2024-05-09 | Le bilan sera publié en fin d'année. | fin d'année = 2024 END
        2024-05-09 | Printemps 2023 : les ventes ont chuté. | Printemps 2023 = 2023-SP
        2024-05-09 | Le Printemps 2023 a été pluvieux. | Printemps 2023 = 2023-SP
        # A month with a two-digit year is a date, not a name.
        2024-05-09 | Les barricades de mai 68 ont marqué une génération. | mai 68 = 1968-05
        2024-05-09 | Mai 68 a changé les universités. | Mai 68 = 1968-05
        # Labour Day written as its date is that date; a long weekend, the holiday's day.
        2024-05-09 | Les routes ont été chargées pour le pont du 8 mai. | 8 mai = 2024-05-08
        2024-05-09 | Les syndicats ont défilé le 1er Mai à Lille. | 1er Mai = 2024-05-01
        ",
    );
}

#[test]
fn holidays_are_days_placed_like_a_date_without_its_year() {
    expect(
        Lang::Fr,
        "
        # Fixed days, past or future by the clause's tense.
        2024-05-09 | Ils se retrouveront le jour de l'an chez leurs parents. | jour de l'an = 2025-01-01
        2024-05-09 | Les cloches ont sonné pour le nouvel an. | nouvel an = 2024-01-01
        2024-05-09 | La fête du travail a été célébrée sans incident. | fête du travail = 2024-05-01
        2024-05-09 | Le défilé de la fête nationale partira de la Bastille. | fête nationale = 2024-07-14
        2024-05-09 | Les anciens combattants ont commémoré l'Armistice à Metz. | Armistice = 2023-11-11
        2024-05-09 | Les routes seront chargées à l'Assomption. | Assomption = 2024-08-15
        2024-05-09 | Les amoureux dîneront à la Saint-Valentin. | Saint-Valentin = 2025-02-14
        2024-05-09 | Le feu a été allumé à la Saint-Jean. | Saint-Jean = 2023-06-24
        2024-05-09 | Le concert aura lieu pour la fête de la musique. | fête de la musique = 2024-06-21
        2024-05-09 | La cérémonie de l'Armistice de 1918 fut sobre. | Armistice de 1918 = 1918-11-11
        # Movable feasts from Easter.
        2024-05-09 | Le Vendredi saint, les fidèles ont marché en silence. | Vendredi saint = 2024-03-29
        2024-05-09 | Le carnaval a défilé le Mardi gras. | Mardi gras = 2024-02-13
        2023-02-01 | Les crêpes seront servies le Mardi gras. | Mardi gras = 2023-02-21
        ",
    );
    no_date(
        "
        # Another country's national day, a place named after a saint, some day of last year
        # (that is \"l'an dernier\", the year, and \"jour\" is no holiday).
        2024-05-09 | La fête nationale belge a été célébrée à Bruxelles. | fête nationale
        2024-05-09 | Le bateau a accosté à Saint-Jean hier soir. | Saint-Jean
        2024-05-09 | Il est arrivé un jour de l'an dernier sans prévenir. | jour
        ",
    );
}

#[test]
fn ordinal_parts_of_periods() {
    expect(
        Lang::Fr,
        "
        # A day of a month or a year.
        2024-05-09 | Le loyer est dû le dernier jour de ce mois. | dernier jour de ce mois = 2024-05-31
        2024-05-09 | Le premier jour de l'année, il a neigé. | premier jour de l'année = 2024-01-01
        2024-05-09 | Le bail expire le dernier jour de février 2025. | dernier jour de février 2025 = 2025-02-28
        # A month's weeks are the ISO weeks of its Thursdays.
        2024-05-09 | La dernière semaine de novembre 2017 fut pluvieuse. | dernière semaine de novembre 2017 = 2017-W48
        2024-05-09 | La deuxième semaine de mars 2023 fut calme. | deuxième semaine de mars 2023 = 2023-W10
        2024-05-09 | Le festival se tiendra la première semaine de juillet. | première semaine de juillet = 2024-W27
        # The week of a day.
        2024-05-09 | Le sommet se tiendra la semaine du 20 mai. | semaine du 20 mai = 2024-W21
        2024-05-09 | Les élèves ont passé l'oral la semaine du 6 mai. | semaine du 6 mai = 2024-W19
        # What TIMEX3 has no value for is its whole with a mod.
        2024-05-09 | Les travaux dureront la première quinzaine de septembre. | première quinzaine de septembre = 2024-09 START
        2024-05-09 | La seconde quinzaine d'août sera chaude. | seconde quinzaine d'août = 2024-08 END
        2024-05-09 | Il a plu les cinq premiers jours d'avril. | cinq premiers jours d'avril = 2024-04 START
        2024-05-09 | Les premiers jours de juin seront chauds. | premiers jours de juin = 2024-06 START
        2024-05-09 | Les derniers mois de l'année 2021 furent durs. | derniers mois de l'année 2021 = 2021 END
        2024-05-09 | Les trois dernières semaines de l'année 2022 ont été froides. | trois dernières semaines de l'année 2022 = 2022 END
        2024-05-09 | Le premier jour de l'année prochaine sera férié. | premier jour de l'année prochaine = 2025-01-01
        2024-05-09 | La dernière semaine de l'année 2026 sera chargée. | dernière semaine de l'année 2026 = 2026-W53
        # Three or six months of a year are its quarter or half.
        2024-05-09 | Les six premiers mois de l'année ont été difficiles. | six premiers mois de l'année = 2024-H1
        2024-05-09 | Les trois derniers mois de 2023 ont déçu. | trois derniers mois de 2023 = 2023-Q4
        # Without a whole, the last months are a duration, as before.
        2024-05-09 | Les ventes des trois derniers mois ont chuté. | trois derniers mois = P3M
        ",
    );
}

#[test]
fn two_digit_years() {
    expect(
        Lang::Fr,
        "
        2024-05-09 | Il s'est installé en France en 97. | 97 = 1997
        2024-05-09 | Le club végète depuis 98, faute de moyens. | 98 = 1998
        2024-05-09 | Le chantier a été achevé fin 99. | fin 99 = 1999 END
        2024-05-09 | La crise a commencé début 08 selon lui. | début 08 = 2008 START
        2024-05-09 | Ils se sont rencontrés l'été 98 à Brest. | été 98 = 1998-SU
        2024-05-09 | Le procès s'est ouvert en mars 95. | mars 95 = 1995-03
        2024-05-09 | Les accords de novembre 93 ont tenu. | novembre 93 = 1993-11
        # Up to 31, two digits after a month are a year only before a pause or a conjunction.
        2024-05-09 | Le traité de juin 12, puis celui de 14, ont échoué. | juin 12 = 2012-06
        2024-05-09 | Il a signé en avril 20 et en mai 21. | avril 20 = 2020-04
        ",
    );
    no_date(
        "
        # Counts: before a unit or a noun, or a small number after \"en\".
        2024-05-09 | Il a bouclé la course en 97 secondes. | 97
        2024-05-09 | Le gâteau a été coupé en 12 parts. | 12
        2024-05-09 | Le texte a été traduit en 45 langues. | 45
        2024-05-09 | Cet été 20 000 visiteurs sont venus. | 20
        2024-05-09 | Les 97 délégués ont voté. | 97
        2024-05-09 | Elle a été classée en 12, derrière son frère. | 12
        2024-05-09 | Selon une enquête parue en mars, 45 % des élèves lisent peu. | 45
        2024-05-09 | Les ventes de juin 48 % plus haut ont surpris. | 48
        ",
    );
}

#[test]
fn a_season_without_a_year_is_placed_by_its_clause_and_a_short_day_by_its_article() {
    expect(
        Lang::Fr,
        "
        # Past or future by the clause's tense, like a month without its year.
        2024-05-09 | Au printemps, les prix ont baissé. | printemps = 2024-SP
        2024-05-09 | Le gouvernement a tranché en été. | été = 2023-SU
        2024-05-09 | Le musée rouvrira en automne. | automne = 2024-FA
        2024-05-09 | L'hiver dernier a été doux. | hiver dernier = 2023-WI
        # Generic, with no tense marker: TimeBank leaves such a season unanchored.
        2024-05-09 | En été, le camping affiche complet. | été = XXXX-SU
        2024-05-09 | En hiver, la station manque de neige. | hiver = XXXX-WI
        # Every one of them, whatever the tense.
        2024-05-09 | Chaque hiver, ils ont loué le même chalet. | hiver = XXXX-WI
        2024-05-09 | Il a travaillé en été comme en hiver. | été = XXXX-SU
        # A day and a month in one digit each, after an article or a weekday.
        2024-05-09 | La réunion du 2/3 a été annulée. | 2/3 = 2024-03-02
        2024-05-09 | Le vote aura lieu le 7/6 à Paris. | 7/6 = 2024-06-07
        2024-05-09 | Il est parti lundi 4/3 au matin. | lundi 4/3 au matin = 2024-03-04
        ",
    );
    expect(
        Lang::Fr,
        "
        # A year after a noun and \"de\", before a verb in the singular or the plural.
        2024-05-09 | La vendange record de 2017 reste dans les mémoires. | 2017 = 2017
        2024-05-09 | La bataille perdue de 2018 hante encore le pays. | 2018 = 2018
        2024-05-09 | Les grèves de 1995 demeurent un symbole. | 1995 = 1995
        2024-05-09 | Les grèves de 1995 restent un symbole. | 1995 = 1995
        ",
    );
    no_date(
        "
        # Counted nouns take the plural; a currency or an abbreviation may not.
        2024-05-09 | Une hausse de 2019 euros a été votée. | 2019
        2024-05-09 | Le budget couvre 2000 personnes. | 2000
        2024-05-09 | Il a reçu 1500 euro de prime. | 1500
        2024-05-09 | Elle a couru 2000 km cette année. | 2000
        2024-05-09 | Ils étaient 2000 environ devant la mairie. | 2000
        2024-05-09 | Le 2/3 des voix lui est revenu. | 2/3
        2024-05-09 | Il a bu 3/4 de la bouteille. | 3/4
        ",
    );
}
