//! A year written in words after a month or a day ("le 9 mars deux mille vingt-deux"), as
//! formal texts and transcripts write it; not a count after a month ("en mai deux mille
//! grévistes").

use factlint::grammar::{Lang, scan};
use factlint::value::Published;

use super::expect;

#[test]
fn a_year_in_words_after_a_month_or_a_day() {
    expect(
        Lang::Fr,
        "
        2021-04-20 | Fait à Lyon le 9 mars deux mille vingt-deux, en deux exemplaires. | 9 mars deux mille vingt-deux = 2022-03-09
        2021-04-20 | Les comptes d'octobre deux mille dix-neuf sont clos. | octobre deux mille dix-neuf = 2019-10
        2021-04-20 | Il est né le 2 juin mille neuf cent soixante-trois à Brest. | 2 juin mille neuf cent soixante-trois = 1963-06-02
        2021-04-20 | La session se tient du 4 au 8 juillet deux mille vingt. | 4 au 8 juillet deux mille vingt = (2020-07-04,2020-07-08,P4D)
        ",
    );
}

#[test]
fn a_count_after_a_month_is_no_year() {
    let text = "Le 3 mai deux mille grévistes ont défilé.";
    let mentions = scan(text, Lang::Fr, Published::parse("2021-04-20"));
    let spans: Vec<_> = mentions.iter().map(|m| &text[m.start..m.end]).collect();
    assert_eq!(spans, ["3 mai", "deux mille"], "{mentions:?}");
}
