//! Periods and their parts: position qualifiers ("début", "mi-", "milieu de", "fin de",
//! "la première moitié de", "early", "late"), "fin de l'année", seasons ("automne 2020", "l'été dernier", "cet hiver",
//! a bare generic "en été"; not "a été" nor "Jeux d'hiver"), weekends ("ce week-end", "le week-end
//! dernier"), decades ("les années 1990", "la décennie 2010", "les années soixante-dix") and
//! centuries ("20e siècle", "XXe siècle", "vingtième siècle", "le siècle dernier"), and the
//! rest of the current week, month or year ("le reste de la semaine", "le reste du mois").

use crate::grammar::tense::{tense, tense_marker};
use crate::grammar::trace::{Anchor, Dir, Rel, What};
use crate::grammar::{Cx, Found, Lang, lexicon, number};
use crate::value::{DateValue, DurationUnit, Mod, RangeEnd, Value};

use super::Verdict;
use super::parts::{relative_word, skip_of_year, year_at};
use super::relative::after_the_next;
use super::resolve::year_for;
use super::{date, iso_weekday, note_relative, pub_date};

/// The position qualifier in front of a date: "début (de)", "mi-", "milieu de", "fin (de)",
/// "early", "mid-", "late", "the end of". Returns the mod and the token after it.
pub(super) fn position(cx: &Cx, i: usize) -> Option<(Mod, usize)> {
    let w = cx.w(i);
    let de = |k: usize| -> usize {
        // "début des années 2000" ("des", not "dès", which folds to the same key)
        if cx.is_w(k, "de") || cx.is_w(k, "du") || (cx.is_w(k, "des") && cx.raw(k) == "des") {
            k + 1
        } else if cx.is_w(k, "d") && cx.is_punct(k + 1, '\'') {
            k + 2
        } else {
            k
        }
    };
    match cx.lang {
        Lang::Fr => match w {
            "debut" => Some((Mod::Start, de(i + 1))),
            "fin" => Some((Mod::End, de(i + 1))),
            "milieu" if de(i + 1) > i + 1 => Some((Mod::Mid, de(i + 1))),
            "mi" if cx.is_punct(i + 1, '-') => Some((Mod::Mid, i + 2)),
            // "la première moitié de l'année", "la seconde moitié du XXe siècle": see `halve`
            "premiere" | "premier" if cx.is_w(i + 1, "moitie") && de(i + 2) > i + 2 => {
                Some((Mod::Start, de(i + 2)))
            }
            "seconde" | "second" | "deuxieme" | "derniere"
                if cx.is_w(i + 1, "moitie") && de(i + 2) > i + 2 =>
            {
                Some((Mod::End, de(i + 2)))
            }
            _ => None,
        },
        Lang::En => match w {
            "early" => Some((Mod::Start, i + 1)),
            "late" => Some((Mod::End, i + 1)),
            "mid" if cx.is_punct(i + 1, '-') => Some((Mod::Mid, i + 2)),
            "beginning" | "start" if cx.is_w(i + 1, "of") => Some((Mod::Start, i + 2)),
            "end" if cx.is_w(i + 1, "of") => Some((Mod::End, i + 2)),
            "middle" if cx.is_w(i + 1, "of") => Some((Mod::Mid, i + 2)),
            _ => None,
        },
    }
}

/// A half of a year named by its position ("la première moitié de 2015", "la seconde moitié
/// de l'année prochaine") is that year's half, `2015-H1`, rather than the year with a mod; the
/// half of any other period keeps the mod ("la seconde moitié du mois", END).
pub(super) fn halve(cx: &Cx, i: usize, f: &mut Found) {
    if !cx.is_w(i + 1, "moitie") {
        return;
    }
    let (Value::Date(DateValue::Year { year }), Some(m)) = (&f.value, f.modifier) else {
        return;
    };
    f.value = Value::Date(DateValue::Half {
        year: Some(*year),
        half: if m == Mod::Start { 1 } else { 2 },
    });
    f.modifier = None;
}

/// "l'année" / "le mois" after a position word: the current period of the publication date;
/// with "prochain" or "dernier" after it, the next or the last one.
pub(super) fn this_period(cx: &Cx, k: usize) -> Option<Found> {
    let p = cx.published?;
    // "fin de semaine prochaine", "début d'année prochaine", "fin de mois dernier"
    if let Some(dir) = relative_word(cx, k + 1) {
        let unit = match cx.w(k) {
            "annee" | "an" => DurationUnit::Year,
            "semaine" => DurationUnit::Week,
            "mois" => DurationUnit::Month,
            _ => return None,
        };
        let n = if dir == Dir::Past { -1 } else { 1 };
        return super::relative::relative(cx, k, k + 2, unit, n);
    }
    let (value, end) = match cx.w(k) {
        "annee" | "an" | "year" => (DateValue::Year { year: p.year }, k + 1),
        "semaine" | "week" => {
            let d = pub_date(Some(p))?.iso_week_date();
            (
                DateValue::Week {
                    year: Some(i32::from(d.year())),
                    week: d.week() as u8,
                },
                k + 1,
            )
        }
        "mois" | "month" => (
            DateValue::Month {
                year: Some(p.year),
                month: p.month?,
            },
            k + 1,
        ),
        _ => return None,
    };
    cx.note(k, end, || What::Relative {
        value,
        anchor: Anchor::Published(p),
        rule: Rel::Current,
    });
    Some(Found {
        start: k,
        end,
        value: Value::Date(value),
        modifier: None,
        warnings: Vec::new(),
    })
}

/// "le reste de la semaine", "le reste du mois", "le reste de cette année", "le reste de
/// l'année en cours", "reste de ce mois-ci": from the publication day to the last day of its
/// week, month or year, a [`DateValue::Range`].
pub(super) fn rest_of(cx: &Cx, i: usize) -> Option<Found> {
    if cx.lang != Lang::Fr || !cx.is_w(i, "reste") {
        return None;
    }
    let k = match cx.w(i + 1) {
        "du" => i + 2,
        "de" => match cx.w(i + 2) {
            "l" if cx.is_punct(i + 3, '\'') => i + 4,
            // "le reste de ma semaine", "le reste de notre année"
            "la" | "cette" | "ce" | "cet" | "ma" | "mon" | "notre" => i + 3,
            // "le reste de semaine", without its article
            "semaine" => i + 2,
            _ => return None,
        },
        _ => return None,
    };
    let p = cx.published?;
    let d = pub_date(Some(p))?;
    let last = match cx.w(k) {
        "semaine" => d
            .checked_add(jiff::Span::new().days(7 - i64::from(iso_weekday(d))))
            .ok()?,
        "mois" => d.last_of_month(),
        "annee" => d.last_of_year(),
        _ => return None,
    };
    let mut end = k + 1;
    // "ce mois-ci", "la semaine en cours"
    if (cx.is_punct(end, '-') && cx.adjacent(end) && cx.is_w(end + 1, "ci"))
        || (cx.is_w(end, "en") && cx.is_w(end + 1, "cours"))
    {
        end += 2;
    }
    let day = |d: jiff::civil::Date| RangeEnd {
        year: Some(i32::from(d.year())),
        month: d.month() as u8,
        day: Some(d.day() as u8),
    };
    let value = DateValue::Range {
        from: day(d),
        to: day(last),
    };
    cx.note(i, end, || What::Relative {
        value,
        anchor: Anchor::Published(p),
        rule: Rel::Current,
    });
    Some(date(i, end, value))
}

pub(super) fn season(cx: &Cx, start: usize, i: usize, s: crate::value::Season) -> Option<Found> {
    cx.note(i, i + 1, || What::Season(s));
    let mut end = i + 1;
    let mut y_at = end;
    y_at = skip_of_year(cx, y_at);
    // "l'été 98": two digits are a year after a season.
    if let Some((y, e)) = year_at(cx, y_at, true) {
        end = e;
        return Some(date(
            start,
            end,
            DateValue::Season {
                year: Some(y),
                season: s,
            },
        ));
    }
    // "l'automne dernier", "l'été prochain": the nearest one before or after publication.
    if let Some(dir) = relative_word(cx, end) {
        return season_relative(cx, start, end + 1, s, Some(dir));
    }
    // "cet été", "cet automne": the publication year's.
    if start + 1 == i
        || start == i && i > 0 && matches!(cx.w(i - 1), "cet" | "ce" | "cette" | "this")
    {
        let s0 = if start == i && i > 0 && matches!(cx.w(i - 1), "cet" | "ce" | "cette" | "this") {
            i - 1
        } else {
            start
        };
        let value = DateValue::Season {
            year: cx.published.map(|p| season_under_way(p, s)),
            season: s,
        };
        note_relative(cx, s0, end, value, Rel::Season { dir: None });
        return Some(date(s0, end, value));
    }
    // A bare season is generic ("en été, le camping affiche complet"), unless its clause
    // says it is past or to come: then it is placed like a month without its year, the
    // latest one begun by publication or the next one ("au printemps, les prix ont baissé").
    // "chaque été", "en été comme en hiver": every one of them, whatever the tense.
    let every = start > 0 && cx.is_w(start - 1, "chaque")
        || cx.is_w(end, "comme")
        || (start > 2 && cx.is_w(start - 1, "en") && cx.is_w(start - 2, "comme"));
    let year = (!every)
        .then(|| tense_marker(cx, start, end))
        .flatten()
        .and_then(|(dir, _)| {
            let first = season_first_month(s);
            year_for(cx.published, first, None, dir)
        });
    Some(date(start, end, DateValue::Season { year, season: s }))
}

/// "le Printemps de Pérouges", "le Printemps arabe", "les soldes du Printemps": a season with
/// a capital inside a sentence, and no year after it, names a festival, a movement or a
/// shop, not a season. Opening a sentence, only before a capitalized complement
/// ("Printemps de Lyon : ...").
pub(super) fn season_name(cx: &Cx, i: usize) -> bool {
    if cx.lang != Lang::Fr || !cx.capitalized(i) || cx.is_digits_at(i + 1) {
        return false;
    }
    if !cx.sentence_start(i) {
        return true;
    }
    matches!(cx.w(i + 1), "de" | "du" | "des") && cx.capitalized(i + 2)
}

/// A season named from the publication date, `start..end`: the nearest one in direction
/// `dir` ("l'automne dernier", "next spring"), or the publication year's ("this fall").
pub(super) fn season_relative(
    cx: &Cx,
    start: usize,
    end: usize,
    s: crate::value::Season,
    dir: Option<Dir>,
) -> Option<Found> {
    // Within the same year: last autumn seen from May is the previous year's, but last
    // spring seen from November is this year's.
    let y = cx.published.map(|p| {
        let pm = p.month.unwrap_or(6);
        let first = season_first_month(s);
        match dir {
            Some(Dir::Past) if first + 2 < pm => p.year,
            Some(Dir::Future) if first > pm => p.year,
            Some(Dir::Past) => season_under_way(p, s) - 1,
            Some(Dir::Future) => p.year + 1,
            None => season_under_way(p, s),
        }
    });
    let value = DateValue::Season { year: y, season: s };
    note_relative(cx, start, end, value, Rel::Season { dir });
    Some(date(start, end, value))
}

/// "cet été", "cet automne": the publication year's season.
pub(super) fn this_season(cx: &Cx, i: usize) -> Verdict {
    if !matches!(cx.w(i), "cette" | "ce" | "cet") {
        return None;
    }
    let s = lexicon::season(cx.lang, cx.w(i + 1))?;
    Some(season(cx, i + 1, i + 1, s).map(|f| Found {
        start: i,
        value: Value::Date(DateValue::Season {
            year: cx.published.map(|p| season_under_way(p, s)),
            season: s,
        }),
        ..f
    }))
}

/// "été" is also the participle of "être" ("a été"): it is the season only after an article
/// or preposition, before a year, or opening a sentence.
pub(super) fn summer_noun(cx: &Cx, i: usize) -> bool {
    if cx.tok(i + 1).is_some_and(|t| t.is_digits()) || (cx.sentence_start(i) && cx.capitalized(i)) {
        return true;
    }
    if i == 0 {
        return false;
    }
    let prev = cx.w(i - 1);
    if matches!(prev, "en" | "cet" | "plein" | "bel") {
        return true;
    }
    cx.is_punct(i - 1, '\'')
        && i >= 2
        && (cx.is_w(i - 2, "l") || (cx.is_w(i - 2, "d") && !adjectival_season(cx, i)))
}

/// "Jeux d'hiver", "heure d'été", "vêtements d'hiver": a season after "d'" describes a noun,
/// except after a word of time ("les mois d'été", "au cœur de l'hiver").
pub(super) fn adjectival_season(cx: &Cx, i: usize) -> bool {
    i >= 3
        && cx.is_w(i - 2, "d")
        && cx.is_punct(i - 1, '\'')
        && !matches!(
            cx.w(i - 3),
            "mois" | "debut" | "fin" | "milieu" | "cours" | "coeur" | "saison" | "periode"
        )
}

/// The year of the season `s` that is "this" one at `p`: the publication year's, but for a
/// winter seen from January or February, which began in December of the year before ("cet
/// hiver" written on 10 January 2021 is the winter of 2020-2021, `2020-WI`).
fn season_under_way(p: crate::value::Published, s: crate::value::Season) -> i32 {
    let first = season_first_month(s);
    if first == 12 && p.month.is_some_and(|m| m <= 2) {
        p.year - 1
    } else {
        p.year
    }
}

fn season_first_month(s: crate::value::Season) -> u8 {
    match s {
        crate::value::Season::Spring => 3,
        crate::value::Season::Summer => 6,
        crate::value::Season::Fall => 9,
        crate::value::Season::Winter => 12,
    }
}

/// "ce week-end", "le week-end dernier", "le week-end prochain": a weekend by its ISO week.
/// "Ce week-end" in a past-tense sentence is the one just gone. A possessive says one weekend
/// as "ce" does ("mon week-end", "son week-end"); so does "le week-end" in a clause of the
/// past or the future ("les heurts ont éclaté le week-end", "le marché ouvrira le week-end"),
/// but not in a present, an imperfect or a conditional, which tell a habit ("le musée ouvre le
/// week-end", "il venait le week-end"), nor before the name of its feast ("le week-end de
/// Pâques").
pub(super) fn week_end(cx: &Cx, i: usize) -> Option<Found> {
    // "le prochain week-end": the span starts at "prochain", as "la prochaine semaine" does.
    let ahead = cx.is_w(i, "prochain") && i > 0 && cx.is_w(i - 1, "le");
    let (start, k) = if matches!(cx.w(i), "ce" | "cet" | "cette") || ahead {
        (i, i + 1)
    } else if i > 0
        && matches!(
            cx.w(i - 1),
            "mon" | "ton" | "son" | "notre" | "votre" | "leur"
        )
    {
        // The scan has passed the possessive: no mention ends after it.
        (i - 1, i)
    } else {
        (i, i)
    };
    let end = if cx.is_w(k, "week") && cx.is_punct(k + 1, '-') && cx.is_w(k + 2, "end") {
        k + 3
    } else if cx.is_w(k, "weekend") {
        k + 1
    } else {
        return None;
    };
    // "le prochain week-end de mai" is in May, not the next one.
    if ahead && matches!(cx.w(end), "de" | "du" | "des" | "d") {
        return None;
    }
    // A weekend "après le prochain": two weekends ahead.
    let after_next = !ahead && after_the_next(cx, end);
    let explicit = if ahead || after_next {
        Some(Dir::Future)
    } else {
        relative_word(cx, end)
    };
    if start == k && explicit.is_none() && !one_weekend(cx, k, end) {
        // "le week-end" alone is generic.
        return None;
    }
    let p = pub_date(cx.published)?;
    let pw = i64::from(iso_weekday(p));
    let dir = explicit.or_else(|| tense(cx, start, end));
    let shift = match (explicit, dir) {
        (Some(Dir::Past), _) => -7,
        (Some(Dir::Future), _) if after_next => 14,
        (Some(Dir::Future), _) => 7,
        // Seen from a weekday, "ce week-end" said in the past is the previous one.
        (None, Some(Dir::Past)) if pw < 6 => -7,
        _ => 0,
    };
    let d = p
        .checked_add(jiff::Span::new().days(shift))
        .ok()?
        .iso_week_date();
    let value = DateValue::WeekEnd {
        year: Some(i32::from(d.year())),
        week: d.week() as u8,
    };
    let end = if after_next {
        end + 3
    } else {
        end + usize::from(explicit.is_some() && !ahead)
    };
    note_relative(cx, start, end, value, Rel::Weekend { weeks: shift / 7 });
    Some(date(start, end, value))
}

/// "le week-end" at tokens `k..end` is one weekend: after "le", not before "de" ("le week-end
/// de Pâques"), in a clause whose verb is a past or a future that tells no habit (an
/// imperfect or a conditional ends in "-ait", "-ais", "-aient").
fn one_weekend(cx: &Cx, k: usize, end: usize) -> bool {
    if k == 0 || !cx.is_w(k - 1, "le") || matches!(cx.w(end), "de" | "du" | "des" | "d") {
        return false;
    }
    let Some((_, v)) = tense_marker(cx, k, end) else {
        return false;
    };
    // A verb: not the "dernier" or "prochain" of another date of the clause.
    let w = cx.w(v);
    relative_word(cx, v).is_none()
        && !(w.ends_with("ait") || w.ends_with("ais") || w.ends_with("aient"))
}

/// "années 1990", "années 90", "la décennie 2010", "les années soixante-dix", "les années
/// deux mille": decades.
pub(super) fn decade(cx: &Cx, i: usize) -> Verdict {
    if !matches!(cx.w(i), "annees" | "decennie") {
        return None;
    }
    if let Some(t) = cx.tok(i + 1)
        && t.is_digits()
    {
        let read = || -> Option<Found> {
            let n: i32 = cx.raw(i + 1).parse().ok()?;
            let decade = match t.len() {
                4 if n % 10 == 0 => n / 10,
                // "les années 10" is the 2010s, "les années 20" the 1920s (the 2020s are
                // written in full, "les années 2020").
                2 if n % 10 == 0 => {
                    if n < 20 {
                        200 + n / 10
                    } else {
                        190 + n / 10
                    }
                }
                _ => return None,
            };
            Some(date(i, i + 2, DateValue::Decade { decade }))
        };
        return Some(read());
    }
    if let Some(n) = number::cardinal(cx, i + 1).filter(|n| n.shape == number::Shape::Words)
        && let Some(v) = n.int()
        && v % 10 == 0
    {
        let decade = match v {
            20..=90 => 190 + (v / 10) as i32,
            1000..=2100 => (v / 10) as i32,
            _ => return Some(None),
        };
        return Some(Some(date(i, n.end, DateValue::Decade { decade })));
    }
    None
}

/// "20e siècle", "21ème siècle".
pub(super) fn century_digits(cx: &Cx, i: usize) -> Option<Found> {
    let n: i32 = cx.raw(i).parse().ok()?;
    if !(1..=30).contains(&n) || !cx.adjacent(i + 1) {
        return None;
    }
    if !matches!(
        cx.w(i + 1),
        "e" | "eme" | "ieme" | "th" | "st" | "nd" | "rd"
    ) {
        return None;
    }
    let k = i + 2;
    if matches!(cx.w(k), "siecle" | "century") {
        return Some(date(i, k + 1, DateValue::Century { century: n - 1 }));
    }
    None
}

/// Centuries in words: "vingtième siècle", "dix-huitième siècle", "XXe siècle", "XIXème
/// siècle", and "le siècle dernier", "au siècle dernier", "ce siècle" from the publication
/// year.
pub(super) fn century_words(cx: &Cx, i: usize) -> Option<Found> {
    let w = cx.w(i);
    // Spelled-out centuries: "vingtième siècle", "dix-huitième siècle".
    if let Some((n, e)) = number::ordinal(cx, i)
        && cx.is_w(e, "siecle")
        && (1..=30).contains(&n)
    {
        return Some(date(
            i,
            e + 1,
            DateValue::Century {
                century: n as i32 - 1,
            },
        ));
    }
    // "le siècle dernier", "au siècle dernier", "ce siècle": from the publication year.
    if w == "siecle"
        && let Some(p) = cx.published
    {
        let n = match cx.w(i + 1) {
            "dernier" | "passe" | "precedent" => Some(-1),
            "prochain" => Some(1),
            _ if i > 0 && matches!(cx.w(i - 1), "ce" | "notre") => Some(0),
            _ => None,
        };
        if let Some(n) = n {
            let (start, end) = if n == 0 { (i - 1, i + 1) } else { (i, i + 2) };
            let century = p.year.div_euclid(100) + n;
            return Some(date(start, end, DateValue::Century { century }));
        }
    }
    // Roman centuries: "XXe siècle", "XIXème siècle"; up to the 30th, as spelled out, so
    // that "Le siècle" and "Ce siècle" opening a sentence are not L (50) and C (100).
    if cx.is_w(i + 1, "siecle") {
        let stem = w
            .strip_suffix("eme")
            .or_else(|| w.strip_suffix("ieme"))
            .or_else(|| w.strip_suffix('e'));
        if let Some(n) = stem.and_then(roman)
            && (1..=30).contains(&n)
            && cx.raw(i).starts_with(|c: char| c.is_uppercase())
        {
            return Some(date(i, i + 2, DateValue::Century { century: n - 1 }));
        }
    }
    None
}

fn roman(s: &str) -> Option<i32> {
    let mut total = 0;
    let mut prev = 0;
    for c in s.bytes().rev() {
        let v = match c {
            b'i' => 1,
            b'v' => 5,
            b'x' => 10,
            b'l' => 50,
            b'c' => 100,
            _ => return None,
        };
        if v < prev {
            total -= v;
        } else {
            total += v;
            prev = v;
        }
    }
    (total > 0).then_some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roman_numerals() {
        assert_eq!(roman("xx"), Some(20));
        assert_eq!(roman("xix"), Some(19));
        assert_eq!(roman("xxi"), Some(21));
    }
}
