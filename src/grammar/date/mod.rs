//! Dates: calendar dates at any precision ("jeudi 9 mai", "septembre 2023", "automne 2020",
//! "2020", "les années 1990", "XXe siècle"), their position qualifiers ("début", "mi-",
//! "fin de"), and dates relative to the publication date ("hier", "mercredi", "l'an dernier",
//! "il y a trois ans").
//!
//! [`parse`] tries every form at a token: a position qualifier first ("fin de 2020"), then
//! [`core`], which dispatches on the first token to the form that owns it. One phenomenon,
//! one file:
//!
//! | file | what it reads |
//! |---|---|
//! | `parts` | the pieces every form is built of: a day ("9", "1er"), a month name (with its abbreviations and misspellings), a year ("2024", "98", "deux mille vingt" after a month), "dernier"/"prochain" |
//! | `absolute` | dates written in full or in part: "9 mai 2024", "17 avril", "mars 2024", "21/04/2016", "2015-08-12", a bare "2020", "l'an 2000" |
//! | `numeric_month` | a month and its year in digits, either order: "11-2016", "2016-11", "2015/3", "11 / 2016"; not a season "2011-12" nor a decree number |
//! | `month_day` | a day after its month or spelled out: "oct. 2", "octobre 2", "oct-2", "mai vingt et un", "août deuxième", "le deux août", "novembre 19 au 20" |
//! | `this_day` | "ce jour", "à ce jour": the publication day; not "ce jour-là" nor "ce jour de mai" |
//! | `this_month` | a month with a demonstrative: "ce septembre", "ce mois de mai" (the publication year's) |
//! | `range` | ranges, one period each: "du 12 au 14 mai", "entre le 5 et le 19 de ce mois", "de janvier à mars 2016"; and lists, a date each: "les 7, 8 et 9 juin" |
//! | `relative` | dates counted from the publication date: "hier", "demain", "dans deux semaines", "il y a trois ans", "l'an dernier", "cette année", "la décennie prochaine", "du mois prochain", "le mois à venir", "la prochaine semaine" |
//! | `compound_offset` | offsets of several units and from a named day: "il y a deux mois et dix jours", "dans un an et six mois", "trois jours après demain", "trois lundis à compter de demain" |
//! | `day_part` | parts of a day: "hier soir", "lundi matin", "le 5 mai au matin" (the day, its part in the span), "ce matin", "cette nuit" (the publication day), "la nuit de lundi à mardi" (the first day) |
//! | `during` | "courant avril", "courant 2026", "courant du mois prochain": the period, "courant" in the span |
//! | `previous_date` | dates counted from the date the text has just given: "le lendemain", "la veille", "l'année suivante", "ce jour-là" |
//! | `day_alone` | a day of the month alone, in the month just given or the publication's: "le 15", "depuis le 3", "jusqu'au 20", "signé le 9.", "pour le vingt-deux", "la semaine du 18" |
//! | `day_relative` | days counted from a date named or just given: "le lendemain du 11 février", "la veille de Noël", "trois jours plus tard", "le même jour" |
//! | `relative_year` | a date whose year is named from publication: "le 21 septembre de l'an dernier", "mars de l'année prochaine"; the same words after a quarter or a half ("le premier trimestre de l'an dernier") |
//! | `weekday_month` | the month of a weekday and a day written without one: "samedi 15", in the month just given ("en mars 2021 ... vendredi 12") or the nearest to the publication |
//! | `weekday_shift` | a weekday moved by the words after it: "mardi suivant", "le mercredi d'après", "lundi en huit", "jeudi en quinze" |
//! | `weekday` | weekdays: "mercredi", "jeudi 9 mai", "mercredi dernier", "ce dimanche", "le premier vendredi de juillet", "mer. 22 janvier", a weekday that contradicts its date |
//! | `period` | periods and their parts: "début"/"mi-"/"fin de", "la première moitié de" (a year's half: `2015-H1`), seasons, "ce week-end", "les années 1990", "XXe siècle", "le siècle dernier", "le reste de la semaine" |
//! | `interval` | a period both of whose ends are complete dates, one mention: "du 6 octobre au 17 octobre", "entre le 4 juin et le 8 juin", "d'aujourd'hui à vendredi", "27 mai – 4 juin 2021" (the first end takes the second's year) |
//! | `period_order` | the second end of a period whose first end is complete, read from the first: "du 12 août 2015 au 22 octobre" (2015), "entre le 3 février et le 9 mai", "de lundi à mercredi" |
//! | `quarter` | quarters and halves of a year: "T3 2016", "2016 Q3", "H2 2019", "le premier trimestre 2003", "au deuxième semestre de l'an dernier", "ce trimestre", "le semestre prochain" |
//! | `ordinal_part` | ordinal parts of periods: "le dernier jour de ce mois", "la dernière semaine de novembre 2017", "la semaine du 3 juin", "la première quinzaine de septembre", "les cinq premiers jours d'avril" |
//! | `holiday` | holidays: "Noël", "la Toussaint", "Pâques", "le lundi de Pentecôte", "le Nouvel An", "la fête du travail", "le Vendredi saint"; not "le pacte du Vendredi saint" |
//! | `resolve` | the year a date leaves out, from the publication date and the tense of its sentence |
//! | `narrated` | the year a date leaves out in a narrated passage, from the date the passage gave: "27 septembre 2020. … elle s'achève le 10 novembre" (2020), not the publication's |
//! | `english` | the English forms: "yesterday", "last week", "next May", "three years ago", "in May" |

mod absolute;
mod compound_offset;
mod day_alone;
mod day_part;
mod day_relative;
mod during;
mod english;
mod holiday;
mod interval;
mod month_day;
mod narrated;
mod numeric_month;
mod ordinal_part;
pub(super) mod parts;
mod period;
mod period_order;
mod previous_date;
mod quarter;
mod range;
mod relative;
mod relative_year;
mod resolve;
mod this_day;
mod this_month;
mod to_the_day;
mod weekday;
mod weekday_month;
mod weekday_shift;
mod weekday_year;

use jiff::civil::Date;

use super::lexicon;
use super::trace::{Anchor, Rel, What};
use super::{Cx, Found, Lang};
use crate::value::{DateValue, Mention, Published, Value};

use absolute::{day_month, full_date, month_forms, numeric, year_word};
use compound_offset::counted_from_day;
use day_alone::{bare_day, bare_day_in_words, week_of_day_alone};
use day_relative::{day_of_date, same_date, units_later};
use english::{counted_ago, english_words};
use holiday::holiday;
use month_day::{month_day, words_day_month};
use ordinal_part::ordinal_part;
use parts::day_at;
use period::{
    adjectival_season, century_words, decade, halve, position, rest_of, season, season_name,
    summer_noun, this_period, this_season, week_end,
};
use previous_date::{anaphoric_period, day_after_or_before};
use quarter::{quarter, this_quarter, year_then_quarter};
use range::{day_range, month_range};
use relative::{ago, ahead, day_word, new_year, next_unit, relative_month, this_unit, unit_word};
use relative_year::date_of_relative_year;
use this_day::this_day;
use this_month::this_month;
use weekday::{abbreviated, nth_weekday, this_weekday, weekday};
use weekday_shift::shifted_weekday;

/// What a form says at a token: `None`, the words are not this form (the next one is tried);
/// `Some(reading)`, they are, and `reading` is the answer even when it is `None` (the form is
/// recognized and refuses a date: "il y a plus de dix ans" is a bound).
type Verdict = Option<Option<Found>>;

/// The calendar date `y`-`m`-`d`, if it exists.
pub(super) fn civil(y: i32, m: u8, d: u8) -> Option<Date> {
    Date::new(
        i16::try_from(y).ok()?,
        i8::try_from(m).ok()?,
        i8::try_from(d).ok()?,
    )
    .ok()
}

/// The ISO weekday of `d`: 1 is Monday, 7 Sunday.
pub(super) fn iso_weekday(d: Date) -> u8 {
    d.weekday().to_monday_one_offset() as u8
}

/// `d` as a TIMEX3 day.
pub(super) fn day_value(d: Date) -> DateValue {
    DateValue::Day {
        year: Some(i32::from(d.year())),
        month: d.month() as u8,
        day: d.day() as u8,
    }
}

/// The publication date, when it is known to the day.
pub(super) fn pub_date(p: Option<Published>) -> Option<Date> {
    let p = p?;
    civil(p.year, p.month?, p.day?)
}

/// A date on tokens `start..end`, without a mod or a warning.
pub(super) fn date(start: usize, end: usize, value: DateValue) -> Found {
    Found {
        start,
        end,
        value: Value::Date(value),
        modifier: None,
        warnings: Vec::new(),
    }
}

/// Records a date placed from the publication date.
pub(super) fn note_relative(cx: &Cx, start: usize, end: usize, value: DateValue, rule: Rel) {
    if let Some(p) = cx.published {
        cx.note(start, end, || What::Relative {
            value,
            anchor: Anchor::Published(p),
            rule,
        });
    }
}

/// Tries every date form at token `i`; on success pushes the mention(s) and returns the token
/// after the last one.
pub fn parse(cx: &Cx, i: usize, out: &mut Vec<Mention>) -> Option<usize> {
    let t = cx.tok(i)?;
    if t.kind == super::lexer::TokKind::Punct {
        return None;
    }
    if let Some((m, k)) = position(cx, i) {
        // "fin de 2020", "début octobre", "mi-mars", "fin de l'année dernière"
        let bare = k;
        let k = skip_article(cx, k);
        if let Some(mut f) = core(cx, k, out, true) {
            if f.modifier.is_none() && !matches!(f.value, Value::Date(DateValue::Day { .. })) {
                cx.note(i, k, || What::Mod(m));
                f.start = i;
                f.modifier = Some(m);
                halve(cx, i, &mut f);
                period_order::after_first_end(cx, &mut f, out);
                let end = f.end;
                cx.push(out, f);
                return Some(end);
            }
        }
        // "un repas de fin d'année", "le bilan de début de mois": the complement of a noun,
        // with no article, says what kind of thing it is, not when.
        let complement = i > 0
            && (cx.is_w(i - 1, "de") || (i > 1 && cx.is_punct(i - 1, '\'') && cx.is_w(i - 2, "d")));
        if complement && k == bare && !matches!(cx.w(bare - 1), "du" | "des") {
            return None;
        }
        // "fin de l'année", "début du mois": the current year or month.
        if let Some(f) = this_period(cx, k) {
            cx.note(i, k, || What::Mod(m));
            let end = f.end;
            let mut f = Found {
                start: i,
                modifier: Some(m),
                ..f
            };
            halve(cx, i, &mut f);
            cx.push(out, f);
            return Some(end);
        }
        return None;
    }
    cx.resolved.set(None);
    let mut f = core(cx, i, out, false)?;
    if cx.lang == Lang::Fr {
        // "27 septembre 2020. … elle s'achève le 10 novembre": the passage's year.
        narrated::place(cx, &mut f, out);
        // "hier soir", "lundi matin", "le 5 mai au matin"
        day_part::extend(cx, &mut f);
        // "la nuit de lundi à mardi", "la nuit du 14 au 15 juillet"
        day_part::night_of(cx, &mut f);
        // "courant avril", "courant de l'année prochaine"
        during::extend(cx, &mut f);
        // "entre le 3 février et le 9 mai": the second end not before the first, and with
        // the first one period.
        period_order::after_first_end(cx, &mut f, out);
        interval::join(cx, &mut f, out);
    }
    let end = f.end;
    cx.push(out, f);
    Some(end)
}

fn skip_article(cx: &Cx, k: usize) -> usize {
    match cx.w(k) {
        "l" if cx.is_punct(k + 1, '\'') => k + 2,
        "la" | "le" | "cette" | "ce" => k + 1,
        "the" => k + 1,
        _ => k,
    }
}

/// One date without a position qualifier. Ranges ("du 12 au 14 mai") push their first date
/// to `out` and return the second.
fn core(cx: &Cx, i: usize, out: &mut Vec<Mention>, after_position: bool) -> Option<Found> {
    let w = cx.w(i);
    let t = cx.tok(i)?;
    if !after_position {
        // "trois jours plus tard", "three days later", "le 21 septembre de l'an dernier"
        let fr = cx.lang == Lang::Fr;
        if let Some(f) = fr
            .then(|| counted_from_day(cx, i, i))
            .flatten()
            .or_else(|| units_later(cx, i, out))
            .or_else(|| fr.then(|| date_of_relative_year(cx, i)).flatten())
        {
            return Some(f);
        }
    }
    if t.is_digits() {
        // "10 days ago"
        if cx.lang == Lang::En
            && let Some(f) = counted_ago(cx, i)
        {
            return Some(f);
        }
        if let Some(f) = year_then_quarter(cx, i) {
            return Some(f);
        }
        return numeric(cx, i, out, after_position).or_else(|| {
            if cx.lang != Lang::Fr || after_position {
                return None;
            }
            // "le 20 du mois prochain", "le 31 de ce mois"
            if let Some((d, e)) = day_at(cx, i)
                && let Some(((y, m), end)) = relative_month(cx, e)
            {
                return Some(full_date(cx, i, end, None, d, m, Some(y), Vec::new(), None));
            }
            bare_day(cx, i, out)
        });
    }
    if !t.is_word() {
        return None;
    }
    if cx.lang == Lang::Fr {
        if let Some(f) = ordinal_part(cx, i)
            .or_else(|| rest_of(cx, i))
            .or_else(|| week_of_day_alone(cx, i, out))
        {
            return Some(f);
        }
        if let Some(f) = nth_weekday(cx, i) {
            return Some(f);
        }
        // "le premier janvier", "le premier mai 2002"
        if w == "premier"
            && let Some(f) = day_month(cx, i, None, 1, i + 1)
        {
            return Some(f);
        }
        // "le deux août", "seconde d'août"
        if let Some(f) = words_day_month(cx, i) {
            return Some(f);
        }
        // "pour le vingt-deux."
        if !after_position && let Some(f) = bare_day_in_words(cx, i, out) {
            return Some(f);
        }
        if !after_position && let Some(f) = day_of_date(cx, i) {
            return Some(f);
        }
        if !after_position && let Some(f) = day_after_or_before(cx, i, out) {
            return Some(f);
        }
        if let Some(f) = same_date(cx, i, out).or_else(|| shifted_weekday(cx, i, out)) {
            return Some(f);
        }
        if let Some(f) = anaphoric_period(cx, i, out) {
            return Some(f);
        }
        match holiday(cx, i) {
            Some(Some(f)) => return Some(f),
            // A weekday in a feast's name that is no date ("le pacte du Vendredi saint").
            Some(None) if lexicon::weekday(cx.lang, w).is_some() => return None,
            _ => {}
        }
    }
    if let Some(wd) = lexicon::weekday(cx.lang, w) {
        // "du jeudi 3 au dimanche 6 juillet": one period, as "du 3 au 6 juillet".
        if cx.lang == Lang::Fr
            && cx.is_digits_at(i + 1)
            && let Some((d, e)) = day_at(cx, i + 1)
            && let Some(f) = day_range(cx, i, d, e, out)
        {
            return Some(f);
        }
        return weekday(cx, i, wd, out);
    }
    if let Some(verdict) = abbreviated(cx, i) {
        return verdict;
    }
    // "oct. 2", "novembre 19 au 20"
    if let Some(f) = month_day(cx, i, None) {
        return Some(f);
    }
    if cx.lang == Lang::Fr
        && let Some(f) = month_range(cx, i, out)
    {
        return Some(f);
    }
    if let Some(f) = month_forms(cx, i, None) {
        return Some(f);
    }
    if let Some(s) = lexicon::season(cx.lang, w)
        && (s != crate::value::Season::Summer || cx.lang != Lang::Fr || summer_noun(cx, i))
        && !season_name(cx, i)
        && !(cx.lang == Lang::Fr
            && adjectival_season(cx, i)
            && !cx.tok(i + 1).is_some_and(|t| t.is_digits()))
    {
        return season(cx, i, i, s);
    }
    match cx.lang {
        Lang::Fr => french_words(cx, i),
        Lang::En => english_words(cx, i),
    }
}

/// The French forms that start with a word other than a month, a weekday or a season, in the
/// order they are tried. The first form that recognizes its words decides, even when it then
/// reads no date ("il y a plus de dix ans").
///
/// Each of these forms but the centuries starts at a word of
/// [`prefilter::FR_DATE_WORD`](super::prefilter::FR_DATE_WORD): elsewhere only the
/// centuries are tried, with one bit test for the other sixteen forms.
fn french_words(cx: &Cx, i: usize) -> Option<Found> {
    #[cfg(test)]
    let guarded = !UNGUARDED.get();
    #[cfg(not(test))]
    let guarded = true;
    if guarded && !cx.has_class(i, super::prefilter::FR_DATE_WORD) {
        return century_words(cx, i);
    }
    day_word(cx, i)
        .or_else(|| day_part::this_part(cx, i).map(Some))
        .or_else(|| new_year(cx, i).map(Some))
        .or_else(|| week_end(cx, i).map(Some))
        .or_else(|| quarter(cx, i).map(Some))
        .or_else(|| this_quarter(cx, i).map(Some))
        .or_else(|| ahead(cx, i))
        .or_else(|| decade(cx, i))
        .or_else(|| year_word(cx, i).map(Some))
        .or_else(|| century_words(cx, i).map(Some))
        .or_else(|| unit_word(cx, i))
        .or_else(|| this_month(cx, i).map(Some))
        .or_else(|| this_day(cx, i).map(Some))
        .or_else(|| this_unit(cx, i))
        .or_else(|| next_unit(cx, i))
        .or_else(|| this_weekday(cx, i))
        .or_else(|| this_season(cx, i))
        .or_else(|| ago(cx, i))
        .flatten()
}

#[cfg(test)]
thread_local! {
    /// Whether [`french_words`] tries every form at every word, for the test that holds its
    /// entry guard to the forms themselves.
    static UNGUARDED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Makes [`french_words`] try every form at every word (`true`) or only where its guard lets
/// it (`false`), on this thread.
#[cfg(test)]
pub(super) fn set_unguarded(on: bool) {
    UNGUARDED.set(on);
}
