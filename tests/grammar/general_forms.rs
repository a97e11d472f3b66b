//! Forms a general French text writes that the grammar first missed: the eves ("le
//! réveillon de Noël"), "1 er" with a stray space, two-digit decades ("les années 20" is the
//! 1920s, "les années 10" the 2010s), a period of two weekdays and their days ("du jeudi 3
//! au dimanche 6 juillet"), an hour's minutes without their unit in a stretch of time ("a
//! duré 1 h 30"), and the first parts of the current month in a past clause.

use factlint::grammar::Lang;

use super::expect;

#[test]
fn eves_and_spaced_ordinals() {
    expect(
        Lang::Fr,
        "
        2024-10-16 | Le réveillon de Noël se passera en famille. | réveillon de Noël = 2024-12-24
        2024-10-16 | Le réveillon du Nouvel An a été annulé. | réveillon du Nouvel An = 2023-12-31
        2024-10-16 | Le décret est entré en vigueur le 1 er juillet. | 1 er juillet = 2024-07-01
        ",
    );
}

#[test]
fn two_digit_decades() {
    expect(
        Lang::Fr,
        "
        2024-10-16 | Les affiches des années 20 se vendent cher. | années 20 = 192X
        2024-10-16 | La musique des années 30 revient. | années 30 = 193X
        2024-10-16 | Les réseaux des années 10 ont changé la presse. | années 10 = 201X
        ",
    );
}

#[test]
fn two_weekdays_and_their_days_are_one_period() {
    expect(
        Lang::Fr,
        "
        2024-10-16 | Le salon se tiendra du jeudi 7 au dimanche 10 novembre. | jeudi 7 au dimanche 10 novembre = (2024-11-07,2024-11-10,P3D)
        2024-10-16 | La route sera fermée du lundi 4 au mercredi 6 novembre. | lundi 4 au mercredi 6 novembre = (2024-11-04,2024-11-06,P2D)
        ",
    );
}

#[test]
fn an_hours_minutes_without_their_unit_in_a_stretch_of_time() {
    expect(
        Lang::Fr,
        "
        2024-10-16 | La réunion a duré 2 h 45 sans pause. | 2 h 45 = PT2H45M
        2024-10-16 | Ils ont marché pendant 3h20 sous la pluie. | 3h20 = PT3H20M
        ",
    );
}

#[test]
fn the_first_parts_of_this_month_in_a_past_clause() {
    expect(
        Lang::Fr,
        "
        2024-10-16 | Le club a gagné le premier week-end d'octobre. | premier week-end d'octobre = 2024-W40-WE
        2024-10-16 | Le vote a eu lieu le premier dimanche d'octobre. | premier dimanche d'octobre = 2024-10-06
        ",
    );
}
