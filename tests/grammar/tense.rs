//! Tense-aware resolution of the dates that leave their year or week out: the verb of the
//! date's own clause decides, not a verb of the clause next to it. Every row is published on
//! Wednesday 13 March 2024 unless it says otherwise; a date with no verb to go by takes the
//! news convention (the latest such date, unless it is most of a year back while the next one
//! is within four months).

use factlint::grammar::{Lang, scan};
use factlint::value::Published;

use super::expect;

#[test]
fn a_verb_of_another_clause_does_not_place_the_date() {
    expect(
        Lang::Fr,
        "
        # A relative clause between commas keeps its tense to itself.
        2024-03-13 | Le ministre, qui avait démissionné en janvier, revient le 20 avril. | 20 avril = 2024-04-20
        2024-03-13 | La chanteuse, dont le disque était sorti en mai, chante le 18 avril. | 18 avril = 2024-04-18
        # So does a clause after a conjunction or a semicolon.
        2024-03-13 | Le festival commence le 20 avril, mais l'affiche avait été dévoilée. | 20 avril = 2024-04-20
        2024-03-13 | Le musée ferme le 25 avril ; les travaux avaient traîné. | 25 avril = 2024-04-25
        2024-03-13 | Le salon ouvre le 22 avril et les exposants avaient déjà payé. | 22 avril = 2024-04-22
        # The clause's own verb is read past the relative clause inside it.
        2024-03-13 | Mardi, la ministre, qui présentera la loi, a consulté les syndicats. | Mardi = 2024-03-12
        2024-03-13 | Jeudi, le maire, qui a ouvert la séance, présentera son budget. | Jeudi = 2024-03-14
        # A future in the date's clause, a past elsewhere.
        2024-03-13 | Les élèves qui ont raté l'examen le repasseront le 2 mars. | 2 mars = 2025-03-02
        ",
    );
}

#[test]
fn a_present_leaves_the_date_to_the_news_convention() {
    expect(
        Lang::Fr,
        "
        # \"a lieu\", a reflexive present, a passive present: no past.
        2024-03-13 | Le vote a lieu le 2 avril dans toutes les communes. | 2 avril = 2024-04-02
        2024-03-13 | Les syndicats, qui ont manifesté hier, se réunissent le 2 avril. | 2 avril = 2024-04-02
        2024-03-13 | Le colloque se tient le 4 avril à Lille. | 4 avril = 2024-04-04
        2024-03-13 | Le nouveau pont est inauguré le 5 avril. | 5 avril = 2024-04-05
        # With a participle, \"a\" and \"ont\" are a past, and so is the present of \"être\" with a
        # reflexive or a verb of motion.
        2024-03-13 | Le concert a eu lieu le 2 avril devant mille personnes. | 2 avril = 2023-04-02
        2024-03-13 | La délégation est partie le 2 avril pour Oslo. | 2 avril = 2023-04-02
        2024-03-13 | Les juges se sont réunis le 4 avril. | 4 avril = 2023-04-04
        2024-03-13 | Les ventes ont fait un bond le 3 avril. | 3 avril = 2023-04-03
        ",
    );
}

#[test]
fn a_participle_of_scheduling_reads_by_its_auxiliary() {
    expect(
        Lang::Fr,
        "
        # The present and the future of the auxiliary point ahead.
        2024-03-13 | Le procès est fixé au 2 mars. | 2 mars = 2025-03-02
        2024-03-13 | L'audience sera reportée au 2 mars. | 2 mars = 2025-03-02
        2024-03-13 | Les élections sont programmées le 1er mars. | 1er mars = 2025-03-01
        # A past auxiliary dates the decision, not the date: the news convention.
        2024-03-13 | L'audience a été reportée au 20 avril. | 20 avril = 2024-04-20
        2024-03-13 | La rencontre avait été fixée au 22 avril. | 22 avril = 2024-04-22
        2024-03-13 | L'audience a été reportée au 2 mars. | 2 mars = 2024-03-02
        ",
    );
}

/// Fails for each row `published | text | span` where `span` is read as a date.
fn no_date(rows: &str) {
    let mut failures = Vec::new();
    for row in rows.lines().map(str::trim).filter(|r| !r.is_empty()) {
        let mut parts = row.splitn(3, " | ");
        let (Some(published), Some(text), Some(span)) = (parts.next(), parts.next(), parts.next())
        else {
            panic!("a row is `published | text | span`: {row}");
        };
        let mentions = scan(text, Lang::Fr, Published::parse(published));
        if mentions
            .iter()
            .any(|m| &text[m.start..m.end] == span && m.kind == factlint::value::ValueKind::Date)
        {
            failures.push(row.to_string());
        }
    }
    assert!(
        failures.is_empty(),
        "read as a date:\n{}",
        failures.join("\n")
    );
}

#[test]
fn a_weekday_moved_by_the_words_after_it() {
    expect(
        Lang::Fr,
        "
        # From the date just given: 4 March 2024 is a Monday, 7 March a Thursday.
        2024-03-13 | Le sommet s'est ouvert le 4 mars. Le mardi suivant, les ministres ont signé. | mardi suivant = 2024-03-05
        2024-03-13 | Le procès a repris le 4 mars ; le jeudi d'après, le juge a tranché. | jeudi d'après = 2024-03-07
        2024-03-13 | Le vote a eu lieu le 7 mars. Le lundi précédent, les listes avaient été closes. | lundi précédent = 2024-03-04
        # No date nearby: from publication, never the publication day itself.
        2024-03-13 | Le dossier sera examiné le vendredi suivant. | vendredi suivant = 2024-03-15
        2024-03-13 | Le comité se réunira le mercredi suivant. | mercredi suivant = 2024-03-20
        # \"en huit\", \"en quinze\": the coming weekday, one or two weeks on.
        2024-03-13 | Rendez-vous lundi en huit devant la mairie. | lundi en huit = 2024-03-25
        2024-03-13 | La décision tombera jeudi en quinze. | jeudi en quinze = 2024-03-28
        2024-03-13 | On se reverra mercredi en huit. | mercredi en huit = 2024-03-20
        2024-03-13 | Le verdict sera rendu aujourd'hui en huit. | aujourd'hui en huit = 2024-03-20
        2024-03-13 | Les résultats tomberont demain en quinze. | demain en quinze = 2024-03-28
        # A period after the one just given: \"d'après\", \"d'avant\" as \"suivant\", \"précédent\".
        2024-03-13 | La digue a cédé en 2019. L'année d'après, la ville l'a reconstruite. | année d'après = 2020
        2024-03-13 | Le traité a été signé en mai 2021 ; le mois d'avant, les combats avaient repris. | mois d'avant = 2021-04
        # \"d'après\" + a name or a pronoun is \"according to\".
        2024-03-13 | Mardi, d'après le ministre, la réforme passera. | Mardi = 2024-03-19
        ",
    );
    no_date(
        "
        2024-03-13 | Mardi d'après le ministre, la réforme passera. | Mardi d'après
        2024-03-13 | Le jeudi d'après-midi est calme. | jeudi d'après
        2024-03-13 | La semaine d'après le ministre sera calme. | semaine d'après
        ",
    );
}

#[test]
fn a_day_counted_from_a_date_named_or_just_given() {
    expect(
        Lang::Fr,
        "
        # The day before or after the date named after \"de\".
        2024-03-13 | Il est arrivé le lendemain du 11 février. | lendemain du 11 février = 2024-02-12
        2024-03-13 | La veille du 2 mars, les syndicats avaient défilé. | veille du 2 mars = 2024-03-01
        2024-03-13 | La veille de Noël, les magasins étaient pleins. | veille de Noël = 2023-12-24
        2024-03-13 | Les manifestants reviendront le lendemain de ce samedi. | lendemain de ce samedi = 2024-03-17
        # Units counted from the date just given, at the precision of the unit.
        2024-03-13 | Le séisme a frappé le 2 mars. Trois jours plus tard, les secours sont arrivés. | Trois jours plus tard = 2024-03-05
        2024-03-13 | Le juge a statué le 12 mars. Deux semaines auparavant, il avait entendu les parties. | Deux semaines auparavant = 2024-W09
        2024-03-13 | Le barrage a cédé en janvier 2023. Un mois après, la vallée restait inondée. | Un mois après = 2023-02
        2024-03-13 | Le club a été promu en 2014. Dix ans plus tôt, il jouait en amateur. | Dix ans plus tôt = 2004
        # The same date, at the precision named.
        2024-03-13 | La loi a été votée le 5 mars. Le même jour, le Sénat a siégé. | même jour = 2024-03-05
        2024-03-13 | Le pont a ouvert en 2019. La même année, le tunnel a fermé. | même année = 2019
        2024-03-13 | Le pont a ouvert le 1er mars 2000. 300 jours plus tard, il a fermé. | 300 jours plus tard = 2000-12-26
        ",
    );
    // No anchor, or an event named, whose date is not said: nothing is read, even with a
    // date just given, which may be the event's or the day after it.
    no_date(
        "
        2024-03-13 | Au lendemain de la victoire, son chef a remercié les électeurs. | lendemain
        2024-03-13 | Le 3 mars, le parti a gagné. Au lendemain de la victoire, son chef a parlé. | lendemain
        2024-03-13 | Jeudi 7 mars, au lendemain de la victoire, son chef a parlé. | lendemain
        2024-03-13 | Le ministre a parlé le 8 mars, à la veille du scrutin. | veille
        2024-03-13 | Trois jours plus tard, les secours sont arrivés. | Trois jours plus tard
        2024-03-13 | Le 2 mars, trois jours après l'attaque, la ville était calme. | trois jours après
        2024-03-13 | Le même jour, le Sénat a siégé. | même jour
        2024-03-13 | Le pont a ouvert le 1er mars 2000. 99999999999 jours plus tard, rien. | 99999999999 jours plus tard
        ",
    );
}

#[test]
fn a_date_whose_year_is_named_from_publication() {
    expect(
        Lang::Fr,
        "
        2024-03-13 | Le contrat a été signé le 21 septembre de l'an dernier. | 21 septembre de l'an dernier = 2023-09-21
        2024-03-13 | Les travaux finiront le 3 mai de l'année prochaine. | 3 mai de l'année prochaine = 2025-05-03
        2024-03-13 | La fusion, annoncée en mars de l'année dernière, a échoué. | mars de l'année dernière = 2023-03
        2024-03-13 | Le 2 juin de cette année, la ville fêtera son port. | 2 juin de cette année = 2024-06-02
        # The tense does not move a year that is named: a future verb, a past year.
        2024-03-13 | Le verdict du 5 mai de l'an dernier sera rejugé. | 5 mai de l'an dernier = 2023-05-05
        ",
    );
}
