//! Verdicts by class of wording: rounded and approximate figures, bounds, dates of different
//! granularity, durations counted in different units. Each class has agreements and the
//! conflicts that must stay conflicts. The examples are ours.

use super::tests::claim;
use super::*;
use crate::value::{DateValue, Decimal, DurationUnit, DurationValue, Season};

fn n(x: i64) -> Value {
    Value::Number(Decimal::int(x))
}

fn day(year: i32, month: u8, day: u8) -> Value {
    Value::Date(DateValue::Day {
        year: Some(year),
        month,
        day,
    })
}

fn month(year: i32, month: u8) -> Value {
    Value::Date(DateValue::Month {
        year: Some(year),
        month,
    })
}

fn year(year: i32) -> Value {
    Value::Date(DateValue::Year { year })
}

fn lasting(amount: i64, unit: DurationUnit) -> Value {
    Value::Duration(DurationValue::new(Some(Decimal::int(amount)), unit))
}

/// How `a` (with `ma`) relates to `b` (with `mb`), without tolerance.
fn rel(a: Value, ma: Option<Mod>, b: Value, mb: Option<Mod>) -> Relation {
    relate(&claim(a, ma, 0), &claim(b, mb, 1), None)
}

fn agree(r: Relation) -> bool {
    matches!(
        r,
        Relation::Agree | Relation::Contains | Relation::ContainedBy
    )
}

const MORE: Option<Mod> = Some(Mod::MoreThan);
const LESS: Option<Mod> = Some(Mod::LessThan);
const APPROX: Option<Mod> = Some(Mod::Approx);

#[test]
fn a_lower_bound_admits_figures_up_to_half_as_much_again() {
    // "plus de 4 000 blessés" and what other outlets wrote of the same toll.
    assert_eq!(rel(n(4000), MORE, n(4700), None), Relation::Contains);
    assert!(agree(rel(n(4000), MORE, n(5000), APPROX)));
    assert!(agree(rel(n(4000), MORE, n(4300), MORE)));
    assert!(agree(rel(n(4000), MORE, n(5800), None)));
    // A running count's "plus de 80 000" still meets the final 100 000.
    assert!(agree(rel(n(80_000), MORE, n(100_000), None)));
    assert!(agree(rel(n(200_000), MORE, n(260_000), APPROX)));
}

#[test]
fn a_lower_bound_conflicts_with_a_figure_of_another_order() {
    // Nobody writes "plus de 4 000" of 8 000, nor "plus de 4 000" for "plus de 40 000".
    assert_eq!(rel(n(4000), MORE, n(8000), None), Relation::Conflict);
    assert_eq!(rel(n(4000), MORE, n(40_000), MORE), Relation::Conflict);
    assert_eq!(rel(n(4000), MORE, n(40_000), APPROX), Relation::Conflict);
    assert_eq!(rel(n(30_000), MORE, n(300_000), None), Relation::Conflict);
    // Below the bound is a conflict as before.
    assert_eq!(rel(n(4000), MORE, n(3000), None), Relation::Conflict);
}

/// `a` with its mod, `b` with its, and whether they agree.
type Case = (Value, Option<Mod>, Value, Option<Mod>, bool);

fn holds(cases: &[Case]) {
    for (a, ma, b, mb, agrees) in cases {
        let r = rel(*a, *ma, *b, *mb);
        assert_eq!(agree(r), *agrees, "{a} {ma:?} and {b} {mb:?}: {r:?}");
    }
}

#[test]
fn a_small_round_bound_reaches_two_of_its_steps() {
    // "plus de 2 000" may be 3 800: the next round figures are 3 000 and 4 000. "plus de
    // 4 500" is rounded to the hundred: 4 700 and 6 000 are in reach, 7 000 is not.
    holds(&[
        (n(2000), MORE, n(3800), None, true),
        (n(2000), MORE, n(4300), None, false),
        (n(4500), MORE, n(6000), None, true),
        (n(4500), MORE, n(7000), None, false),
    ]);
}

#[test]
fn a_bound_at_a_power_of_ten_says_only_its_order() {
    // "plus de 100 000", like "des milliers" (1 000, `MORE_THAN`), keeps an open end.
    holds(&[
        (n(100_000), MORE, n(600_000), None, true),
        (n(1000), MORE, n(8000), None, true),
        (
            lasting(1, DurationUnit::Year),
            MORE,
            lasting(5, DurationUnit::Year),
            None,
            true,
        ),
        (n(1000), MORE, n(700), None, false),
    ]);
}

#[test]
fn an_upper_bound_and_a_date_bound_stay_open() {
    // "moins de 3 000": 400 is fewer still.
    assert!(agree(rel(n(3000), LESS, n(400), None)));
    assert_eq!(rel(n(3000), LESS, n(3500), None), Relation::Conflict);
    assert!(agree(rel(year(2019), MORE, year(2030), None)));
}

#[test]
fn a_lower_bound_on_a_duration_reaches_its_next_units() {
    use DurationUnit::{Century, Day, Month, Year};
    // "plus de deux mois" of a siege of 75 days; "plus de vingt ans" of 27 years; not of six
    // months, nor of two centuries.
    let cases = [
        ((2, Month), (75, Day), true),
        ((20, Year), (27, Year), true),
        ((2, Month), (6, Month), false),
        ((20, Year), (2, Century), false),
    ];
    for ((a, ua), (b, ub), agrees) in cases {
        let r = rel(lasting(a, ua), MORE, lasting(b, ub), None);
        assert_eq!(agree(r), agrees, "plus de {a} {ua:?} and {b} {ub:?}: {r:?}");
    }
}

#[test]
fn an_approximate_figure_admits_its_rounding() {
    // "près de 50 000" of 48 700, "quelque 4 000" of 3 890, "environ 700" of 680.
    assert!(agree(rel(n(50_000), APPROX, n(48_700), None)));
    assert!(agree(rel(n(4000), APPROX, n(3890), None)));
    assert!(agree(rel(n(700), APPROX, n(680), None)));
    // But not a figure a fifth away, nor one of another order.
    assert_eq!(rel(n(4000), APPROX, n(3000), None), Relation::Conflict);
    assert_eq!(rel(n(50_000), APPROX, n(5000), APPROX), Relation::Conflict);
    assert_eq!(rel(n(700), APPROX, n(900), None), Relation::Conflict);
}

#[test]
fn an_approximation_is_not_stacked_on_its_rounding() {
    // "près de 10 000 morts" against "plus de 6 000 morts": 9 000 to 11 000 against 6 000 to
    // just short of 9 000.
    assert_eq!(rel(n(10_000), APPROX, n(6000), MORE), Relation::Conflict);
    assert!(agree(rel(n(8000), APPROX, n(6000), MORE)));
    // "environ 100 000" reaches a tenth either way, not a tenth beyond 105 000.
    assert_eq!(
        rel(n(100_000), APPROX, n(120_000), None),
        Relation::Conflict
    );
    assert!(agree(rel(n(100_000), APPROX, n(110_000), None)));
    // A tenth of a duration: "environ trente ans" of 32 years, not of 34.
    let years = |x| lasting(x, DurationUnit::Year);
    assert!(agree(rel(years(30), APPROX, years(32), None)));
    assert_eq!(rel(years(30), APPROX, years(34), None), Relation::Conflict);
}

fn range(from: i64, to: i64) -> Value {
    Value::NumberRange(Decimal::int(from), Decimal::int(to))
}

#[test]
fn a_range_of_counts_holds_the_counts_between_its_ends() {
    // "entre 80 000 et 100 000 personnes" of what other outlets counted.
    assert_eq!(
        rel(range(80_000, 100_000), None, n(100_000), None),
        Relation::Contains
    );
    assert_eq!(
        rel(n(92_500), None, range(80_000, 100_000), None),
        Relation::ContainedBy
    );
    assert!(agree(rel(range(80_000, 100_000), None, n(100_000), APPROX)));
    assert!(agree(rel(range(80_000, 100_000), None, n(90_000), MORE)));
    // Outside, on either side, and a range of another order.
    assert_eq!(
        rel(range(80_000, 100_000), None, n(60_000), None),
        Relation::Conflict
    );
    assert_eq!(
        rel(range(80_000, 100_000), None, n(110_000), None),
        Relation::Conflict
    );
    assert_eq!(
        rel(range(5000, 5500), None, n(6000), MORE),
        Relation::Conflict
    );
    assert_eq!(
        rel(range(8000, 10_000), None, range(80_000, 100_000), None),
        Relation::Conflict
    );
    assert!(agree(rel(range(5000, 7000), None, n(6000), MORE)));
}

#[test]
fn a_part_of_a_month_or_a_year_admits_its_days() {
    let (mid, start, end) = (Some(Mod::Mid), Some(Mod::Start), Some(Mod::End));
    let fall = Value::Date(DateValue::Season {
        year: Some(2021),
        season: Season::Fall,
    });
    // "mi-mars" and "le 14 mars"; "début juin" and "le 4 juin"; "fin 2021" and "décembre
    // 2021"; "l'automne 2021" and "octobre 2021": the finer one refines the part.
    for (a, ma, b) in [
        (month(2022, 3), mid, day(2022, 3, 14)),
        (month(2022, 6), start, day(2022, 6, 4)),
        (year(2021), end, month(2021, 12)),
        (fall, None, month(2021, 10)),
    ] {
        assert_eq!(
            rel(a, ma, b, None),
            Relation::Contains,
            "{a} {ma:?} and {b}"
        );
    }
    // The wrong part, month or year stays a conflict: "fin mars" and the 8th, "mi-juillet"
    // and 3 June, "l'automne 2021" and October 2020, "fin 2021" and March 2021.
    holds(&[
        (month(2022, 3), end, day(2022, 3, 8), None, false),
        (month(2022, 7), mid, day(2022, 6, 3), None, false),
        (fall, None, month(2020, 10), None, false),
        (year(2021), end, month(2021, 3), None, false),
    ]);
}

#[test]
fn a_duration_is_counted_to_its_nearest_unit() {
    use DurationUnit::{Day, Month, Week, Year};
    // "sept mois" and "près de huit mois"; "un an" and "treize mois" (a year, rounded); "deux
    // semaines" and "quinze jours". "sept mois" and "neuf mois", "un an" and "vingt mois",
    // "deux semaines" and "vingt jours" stay conflicts.
    let cases = [
        ((7, Month), (8, Month), APPROX, true),
        ((1, Year), (13, Month), None, true),
        ((2, Week), (15, Day), None, true),
        ((7, Month), (9, Month), None, false),
        ((1, Year), (20, Month), None, false),
        ((2, Week), (20, Day), None, false),
    ];
    for ((a, ua), (b, ub), mb, agrees) in cases {
        let r = rel(lasting(a, ua), None, lasting(b, ub), mb);
        assert_eq!(agree(r), agrees, "{a} {ua:?} and {b} {ub:?} {mb:?}: {r:?}");
    }
}
