//! Tense-aware resolution of the dates that leave their year or week out: the verb of the
//! date's own clause decides, not a verb of the clause next to it. Every row is published on
//! Wednesday 13 March 2024 unless it says otherwise; a date with no verb to go by takes the
//! news convention (the latest such date, unless it is most of a year back while the next one
//! is within four months).

use factlint::grammar::Lang;

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
