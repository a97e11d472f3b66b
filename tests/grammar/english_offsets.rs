//! English counts of time from a date: "10 days ago" in digits (from publication, as "three
//! years ago"), "two years ago to the day" (that very day), "three days later", "two weeks earlier", "a month later", "a day before," (from
//! the date just given, as "trois jours plus tard"); the compound adjectives "a six-week
//! campaign", "the 44-day war" stay durations, and so does a count before its event ("two weeks
//! before the vote": the vote's date is not known).

use factlint::grammar::Lang;

use super::expect;

#[test]
fn a_count_in_digits_before_ago_counts_back_from_publication() {
    expect(
        Lang::En,
        "
        2024-05-16 | The plant closed 3 years ago. | 3 years ago = 2021
        2024-05-16 | Rain flooded the valley 2 weeks ago. | 2 weeks ago = 2024-W18
        2024-05-16 | The talks resumed 10 days ago in Baku. | 10 days ago = 2024-05-06
        2024-05-16 | Nine days ago, the border post was handed over. | Nine days ago = 2024-05-07
        2024-05-16 | The mine reopened 7 months ago, a year late. | 7 months ago = 2023-10
        # to the day: the very day.
        2024-05-16 | Two years ago to the day, the dam broke. | Two years ago to the day = 2022-05-16
        2024-05-16 | It happened 3 months ago to the day. | 3 months ago to the day = 2024-02-16
        ",
    );
}

#[test]
fn a_count_later_or_earlier_moves_the_date_just_given() {
    expect(
        Lang::En,
        "
        2024-05-16 | On March 3, the bridge collapsed. Three days later, the mayor resigned. | Three days later = 2024-03-06
        2024-05-16 | The dam broke on June 2, 2021; two weeks earlier, engineers had warned. | two weeks earlier = 2021-W20
        2024-05-16 | In 2019 the mine shut. Four years later, the town voted to close the school. | Four years later = 2023
        2024-05-16 | The treaty was signed on April 9, 2022. A month later, the troops left. | A month later = 2022-05
        2024-05-16 | The strike began on October 12, 2023. A day before, talks had failed. | A day before = 2023-10-11
        2024-05-16 | The ferry sank on 4 August 2020, and 5 days after, divers found it. | 5 days after = 2020-08-09
        ",
    );
}

#[test]
fn compound_adjectives_and_counts_before_an_event_stay_durations() {
    expect(
        Lang::En,
        "
        2024-05-16 | It was a six-week campaign in the north. | six-week = P6W
        2024-05-16 | The 44-day war ended in a truce. | 44-day = P44D
        2024-05-16 | Voters waited for a three-month review. | three-month = P3M
        2024-05-16 | On May 2, the rebels gathered two weeks before the vote. | two weeks = P2W
        2024-05-16 | The ferry sank on 4 August 2020; the crew waited 5 days after the storm. | 5 days = P5D
        ",
    );
}
