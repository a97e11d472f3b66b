//! Dates: calendar dates at any precision ("jeudi 9 mai", "septembre 2023", "automne 2020",
//! "2020", "les années 1990", "XXe siècle"), their position qualifiers ("début", "mi-",
//! "fin de"), and dates relative to the publication date ("hier", "mercredi", "l'an dernier",
//! "il y a trois ans").

use jiff::civil::Date;

pub use super::derive::Dir;
use super::derive::{Anchor, By, Rel, What};
use super::lexicon;
use super::number;
use super::tense::{tense, tense_marker};
use super::{Cx, Found, Lang};
use crate::value::{
    ByteSpan, DateRef, DateValue, DurationUnit, Mention, Mod, Published, Value, Warning,
    WarningCode,
};

fn civil(y: i32, m: u8, d: u8) -> Option<Date> {
    Date::new(
        i16::try_from(y).ok()?,
        i8::try_from(m).ok()?,
        i8::try_from(d).ok()?,
    )
    .ok()
}

fn iso_weekday(d: Date) -> u8 {
    d.weekday().to_monday_one_offset() as u8
}

fn day_value(d: Date) -> DateValue {
    DateValue::Day {
        year: Some(i32::from(d.year())),
        month: d.month() as u8,
        day: d.day() as u8,
    }
}

fn pub_date(p: Option<Published>) -> Option<Date> {
    let p = p?;
    civil(p.year, p.month?, p.day?)
}

/// The year of (`month`, `day`) nearest the publication date in direction `dir`. With a
/// publication date known only to the month, that month counts as not after it.
fn year_for(p: Option<Published>, month: u8, day: Option<u8>, dir: Dir) -> Option<i32> {
    let p = p?;
    let Some(pm) = p.month else {
        return Some(p.year);
    };
    let here = (month, day.unwrap_or(0));
    let now = (pm, p.day.unwrap_or(if dir == Dir::Past { 31 } else { 0 }));
    Some(match dir {
        Dir::Past if here > now && !(day.is_none() && month == pm) => p.year - 1,
        Dir::Future if here < now && !(day.is_none() && month == pm) => p.year + 1,
        _ => p.year,
    })
}

/// The year of (`month`, `day`) when the sentence has no tense marker: the latest one not
/// after publication, unless that is most of a year back while the next one is within four
/// months ("le 30 octobre" in an article of mid-September, "jusqu'au 15 septembre" in July:
/// news announces such dates; it recalls a date that old with its year or "dernier").
fn unmarked_year(p: Option<Published>, month: u8, day: Option<u8>) -> Option<i32> {
    let past = year_for(p, month, day, Dir::Past)?;
    let future = year_for(p, month, day, Dir::Future)?;
    let p = p?;
    let (Some(pm), true) = (p.month, past != future) else {
        return Some(past);
    };
    let pos =
        |y: i32, m: u8, d: u8| f64::from(y) * 365.25 + f64::from(m - 1) * 30.44 + f64::from(d);
    let now = pos(p.year, pm, p.day.unwrap_or(15));
    let d = day.unwrap_or(15);
    let back = now - pos(past, month, d);
    let ahead = pos(future, month, d) - now;
    Some(if ahead <= 122.0 && back >= 183.0 {
        future
    } else {
        past
    })
}

/// The year of an incomplete date at tokens `start..end`, from its sentence's tense.
fn resolve_year(cx: &Cx, month: u8, day: Option<u8>, start: usize, end: usize) -> Option<i32> {
    let marker = tense_marker(cx, start, end);
    let year = match marker {
        Some((dir, _)) => year_for(cx.published, month, day, dir),
        None => unmarked_year(cx.published, month, day),
    };
    cx.note(start, end, || What::YearResolved {
        year,
        published: cx.published,
        by: year.map(|y| match marker {
            Some((dir, k)) => By::Tense {
                dir,
                word: cx.raw(k).to_string(),
            },
            None => By::Unmarked {
                ahead: year_for(cx.published, month, day, Dir::Past) != Some(y),
            },
        }),
    });
    year
}

/// A day of the month at token `i`: "9", "09", "1er", "premier". Returns (day, next token).
fn day_at(cx: &Cx, i: usize) -> Option<(u8, usize)> {
    let t = cx.tok(i)?;
    if t.is_digits() && t.len() <= 2 && !cx.glued_to_previous(i) {
        let d: u8 = cx.raw(i).parse().ok()?;
        if !(1..=31).contains(&d) {
            return None;
        }
        if cx.adjacent(i + 1)
            && matches!(
                cx.w(i + 1),
                "er" | "re" | "eme" | "e" | "st" | "nd" | "rd" | "th"
            )
        {
            return Some((d, i + 2));
        }
        if cx.adjacent(i + 1) && cx.tok(i + 1).is_some_and(|n| n.is_word() || n.is_digits()) {
            return None;
        }
        return Some((d, i + 1));
    }
    match cx.w(i) {
        "premier" if cx.lang == Lang::Fr => Some((1, i + 1)),
        _ => None,
    }
}

/// A month name at token `i` (with the dot of an abbreviation), and the token after it.
/// `context` says a day or year is next to it, which admits abbreviations and misspellings.
fn month_at(cx: &Cx, i: usize, context: bool) -> Option<(u8, usize, Option<Warning>)> {
    let t = cx.tok(i)?;
    if !t.is_word() {
        return None;
    }
    let w = cx.key(t);
    if let Some((m, abbr)) = lexicon::month(cx.lang, w) {
        if abbr && !context && !(cx.lang == Lang::En && m == 5 && english_may(cx, i)) {
            return None;
        }
        // "May" the English verb; "Mars" the planet, the god or an operation's name: a
        // capitalized "Mars" (even opening a sentence: "Mars et Vénus") without a day or year
        // is a month only after a word that takes a month ("en Mars", "début Mars"). The
        // other months are not names in French news; capitalized, they stay months.
        if !context
            && ((cx.lang == Lang::En && m == 5 && !english_may(cx, i))
                || (cx.lang == Lang::Fr
                    && m == 3
                    && cx.capitalized(i)
                    && !french_month_taker(cx, i)))
        {
            return None;
        }
        let mut end = i + 1;
        if abbr && cx.is_punct(end, '.') && cx.adjacent(end) && w != "may" {
            end += 1;
        }
        cx.note(i, end, || What::Month {
            month: m,
            misspelling_of: None,
        });
        return Some((m, end, None));
    }
    if context && w.len() >= 3 {
        let names = match cx.lang {
            Lang::Fr => &lexicon::FR_MONTHS,
            Lang::En => &lexicon::EN_MONTHS,
        };
        for (k, name) in names.iter().enumerate() {
            if edit_distance_is_one(w, name) {
                let warning = Warning {
                    code: WarningCode::MisspelledMonth,
                    message: format!("\"{}\" read as the month \"{}\"", cx.raw(i), name),
                    spans: vec![ByteSpan {
                        start: t.start,
                        end: t.end,
                    }],
                };
                cx.note(i, i + 1, || What::Month {
                    month: k as u8 + 1,
                    misspelling_of: Some(name),
                });
                return Some((k as u8 + 1, i + 1, Some(warning)));
            }
        }
    }
    None
}

/// "en Mars", "début Mars", "mi-Mars", "depuis Mars", "jusqu'en Mars", "au mois de Mars",
/// "au début de Mars": a word before token `i` that introduces a month.
fn french_month_taker(cx: &Cx, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    if cx.is_punct(i - 1, '-') {
        return i >= 2 && cx.is_w(i - 2, "mi");
    }
    match cx.w(i - 1) {
        "en" | "debut" | "fin" | "depuis" | "courant" | "mi" => true,
        "de" | "d" => i >= 2 && matches!(cx.w(i - 2), "mois" | "debut" | "fin" | "milieu"),
        "" if cx.is_punct(i - 1, '\'') => {
            i >= 3 && cx.is_w(i - 2, "d") && matches!(cx.w(i - 3), "mois" | "debut" | "fin")
        }
        _ => false,
    }
}

/// "in May", "since May", "early May": the month, capitalized after a word that introduces
/// one ("he may go" is the verb).
fn english_may(cx: &Cx, i: usize) -> bool {
    cx.capitalized(i)
        && !cx.sentence_start(i)
        && i > 0
        && (matches!(
            cx.w(i - 1),
            "in" | "since"
                | "until"
                | "till"
                | "by"
                | "during"
                | "through"
                | "early"
                | "late"
                | "last"
                | "next"
                | "this"
                | "of"
                | "from"
                | "before"
                | "after"
        ) || (cx.is_punct(i - 1, '-') && cx.is_w(i - 2, "mid")))
}

/// Edit distance exactly one on ASCII keys: a letter added, dropped or changed, or two
/// neighbouring letters swapped ("Mya" for "May").
fn edit_distance_is_one(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a == b || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    if a.len() == b.len() {
        let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
        if p + 1 < a.len() && a[p] == b[p + 1] && a[p + 1] == b[p] && a[p + 2..] == b[p + 2..] {
            return true;
        }
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let p = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        short[p + 1..] == long[p + 1..]
    } else {
        short[p..] == long[p + 1..]
    }
}

/// A year after a month or day: four digits, or two ("octobre 98").
fn year_at(cx: &Cx, i: usize, allow_short: bool) -> Option<(i32, usize)> {
    let t = cx.tok(i)?;
    if !t.is_digits() || cx.glued_to_previous(i) {
        return None;
    }
    if cx.adjacent(i + 1) && cx.tok(i + 1).is_some_and(|n| n.is_word() || n.is_digits()) {
        return None;
    }
    let y: i32 = cx.raw(i).parse().ok()?;
    match t.len() {
        4 if (1000..=2199).contains(&y) => {
            // "mai 2024 100 000 personnes" is rare; "9 mai 2024" is not. But "2 000" after a
            // month ("mai 2 000") is not a year: only a lone four-digit run is.
            if cx.tok(i + 1).is_some_and(|n| n.is_digits() && n.len() == 3) && cx.space_gap(i + 1) {
                return None;
            }
            cx.note(i, i + 1, || What::Year(y));
            Some((y, i + 1))
        }
        2 if allow_short => {
            // Not a count: "mai 12 personnes".
            if cx.tok(i + 1).is_some_and(|n| {
                n.is_word() && !cx.capitalized(i + 1) && !matches!(cx.key(n), "et" | "a" | "au")
            }) {
                return None;
            }
            let y = if y < 50 { 2000 + y } else { 1900 + y };
            cx.note(i, i + 1, || What::Year(y));
            Some((y, i + 1))
        }
        _ => None,
    }
}

/// Words that may follow a bare year without making it a count ("en 2020, la guerre", "2020
/// et 2021", "2020 à Paris").
fn follows_year(cx: &Cx, i: usize) -> bool {
    let Some(t) = cx.tok(i) else { return true };
    if !t.is_word() {
        return !(t.is_punct('%') || t.is_punct('€') || t.is_punct('$') || t.is_punct('£'));
    }
    if cx.capitalized(i) {
        return true;
    }
    match cx.lang {
        Lang::Fr => matches!(
            cx.key(t),
            "et" | "ou"
                | "a"
                | "au"
                | "aux"
                | "de"
                | "des"
                | "du"
                | "d"
                | "en"
                | "dans"
                | "par"
                | "pour"
                | "sur"
                | "sous"
                | "avec"
                | "sans"
                | "entre"
                | "contre"
                | "vers"
                | "chez"
                | "lors"
                | "apres"
                | "avant"
                | "depuis"
                | "pendant"
                | "durant"
                | "jusqu"
                | "le"
                | "la"
                | "les"
                | "l"
                | "un"
                | "une"
                | "ce"
                | "cette"
                | "ces"
                | "qui"
                | "que"
                | "qu"
                | "quand"
                | "lorsque"
                | "mais"
                | "donc"
                | "puis"
                | "alors"
                | "il"
                | "elle"
                | "ils"
                | "elles"
                | "on"
                | "nous"
                | "vous"
                | "je"
                | "se"
                | "s"
                | "ont"
                | "est"
                | "sont"
                | "etait"
                | "fut"
                | "y"
                | "n"
                | "ne"
                | "deja"
                | "encore"
                | "meme"
                | "aussi"
                | "selon"
                | "comme"
                | "ainsi"
                | "puisque"
                | "car"
                | "dont"
                | "sa"
                | "son"
                | "ses"
                | "leur"
                | "leurs"
                | "notre"
                | "nos"
                | "votre"
                | "vos"
                | "mon"
                | "ma"
                | "mes"
                | "cet"
                | "date"
                | "marque"
                | "voit"
                | "verra"
        ),
        Lang::En => matches!(
            cx.key(t),
            "and"
                | "or"
                | "to"
                | "in"
                | "on"
                | "at"
                | "of"
                | "for"
                | "by"
                | "with"
                | "from"
                | "after"
                | "before"
                | "since"
                | "until"
                | "when"
                | "the"
                | "a"
                | "an"
                | "this"
                | "that"
                | "which"
                | "who"
                | "but"
                | "as"
                | "was"
                | "were"
                | "is"
                | "are"
                | "had"
                | "has"
                | "have"
                | "will"
                | "saw"
                | "also"
                | "during"
                | "through"
                | "it"
                | "he"
                | "she"
                | "they"
                | "we"
                | "i"
                | "its"
                | "his"
                | "her"
                | "their"
                | "our"
        ),
    }
}

/// Words before a bare four-digit number that make it a count, not a year.
fn count_before(cx: &Cx, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    if number::qualifier(cx, i - 1).is_some_and(|(_, k)| k == i)
        || (i >= 2 && number::qualifier(cx, i - 2).is_some_and(|(_, k)| k == i))
    {
        return true;
    }
    match cx.lang {
        Lang::Fr => matches!(
            cx.w(i - 1),
            "les"
                | "des"
                | "ces"
                | "aux"
                | "nos"
                | "vos"
                | "leurs"
                | "quelque"
                | "environ"
                | "sur"
                | "soit"
        ),
        Lang::En => matches!(
            cx.w(i - 1),
            "the" | "some" | "about" | "over" | "nearly" | "almost"
        ),
    }
}

/// The position qualifier in front of a date: "début (de)", "mi-", "milieu de", "fin (de)",
/// "early", "mid-", "late", "the end of". Returns the mod and the token after it.
fn position(cx: &Cx, i: usize) -> Option<(Mod, usize)> {
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

/// Tries every date form at token `i`; on success pushes the mention(s) and returns the token
/// after the last one.
pub fn parse(cx: &Cx, i: usize, out: &mut Vec<Mention>) -> Option<usize> {
    let t = cx.tok(i)?;
    if t.kind == super::lexer::TokKind::Punct {
        return None;
    }
    if let Some((m, k)) = position(cx, i) {
        // "fin de 2020", "début octobre", "mi-mars", "fin de l'année dernière"
        let k = skip_article(cx, k);
        if let Some(mut f) = core(cx, k, out, true) {
            if f.modifier.is_none() && !matches!(f.value, Value::Date(DateValue::Day { .. })) {
                cx.note(i, k, || What::Mod(m));
                f.start = i;
                f.modifier = Some(m);
                let end = f.end;
                cx.push(out, f);
                return Some(end);
            }
        }
        // "fin de l'année", "début du mois": the current year or month.
        if let Some(f) = this_period(cx, k) {
            cx.note(i, k, || What::Mod(m));
            let end = f.end;
            cx.push(
                out,
                Found {
                    start: i,
                    modifier: Some(m),
                    ..f
                },
            );
            return Some(end);
        }
        return None;
    }
    let f = core(cx, i, out, false)?;
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

/// "l'année" / "le mois" after a position word: the current period of the publication date.
fn this_period(cx: &Cx, k: usize) -> Option<Found> {
    let p = cx.published?;
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

fn date(start: usize, end: usize, value: DateValue) -> Found {
    Found {
        start,
        end,
        value: Value::Date(value),
        modifier: None,
        warnings: Vec::new(),
    }
}

/// One date without a position qualifier. Ranges ("du 12 au 14 mai") push their first date
/// to `out` and return the second.
fn core(cx: &Cx, i: usize, out: &mut Vec<Mention>, after_position: bool) -> Option<Found> {
    let w = cx.w(i);
    let t = cx.tok(i)?;
    if t.is_digits() {
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
        if let Some(f) = nth_weekday(cx, i) {
            return Some(f);
        }
        // "le premier janvier", "le premier mai 2002"
        if w == "premier"
            && let Some(f) = day_month(cx, i, None, 1, i + 1)
        {
            return Some(f);
        }
        if !after_position && let Some(f) = day_after_or_before(cx, i, out) {
            return Some(f);
        }
        if let Some(f) = anaphoric_period(cx, i, out) {
            return Some(f);
        }
        if let Some(f) = holiday(cx, i) {
            return Some(f);
        }
    }
    if let Some(wd) = lexicon::weekday(cx.lang, w) {
        return weekday(cx, i, wd);
    }
    // "mer. 22 janvier", "sam, 15 juin 2024": an abbreviated weekday, only before a day and a
    // month spelled right, not after an article ("la mer", "le jeu"), and only when it agrees
    // with the date: otherwise the date is read without it.
    if cx.lang == Lang::Fr
        && let Some(wd) = lexicon::weekday_abbrev(w)
        && !(i > 0
            && matches!(
                cx.w(i - 1),
                "la" | "le" | "les" | "l" | "un" | "une" | "du" | "de" | "d" | "au" | "en" | "ce"
            ))
    {
        let mut k = i + 1;
        if cx.is_punct(k, '.') && cx.adjacent(k) {
            k += 1;
        }
        if cx.is_punct(k, ',') {
            k += 1;
        }
        if let Some((d, e)) = day_at(cx, k)
            && month_at(cx, e, true).is_some_and(|(_, _, warn)| warn.is_none())
        {
            let f = day_month(cx, i, Some((wd, i)), d, e)?;
            if f.warnings
                .iter()
                .any(|w| w.code == WarningCode::WeekdayMismatch)
            {
                return None;
            }
            return Some(f);
        }
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

fn last_date(out: &[Mention]) -> Option<&Mention> {
    out.iter().rev().find(|m| matches!(m.value, Value::Date(_)))
}

/// The last date mention, if it ends in the same paragraph as token `i` and no more than
/// `reach` bytes before it: the date that "le lendemain", "le 15" or "l'année suivante" lean on.
fn recent_date<'m>(cx: &Cx, i: usize, out: &'m [Mention], reach: usize) -> Option<&'m Mention> {
    let m = last_date(out)?;
    let start = cx.toks[i].start;
    if m.end > start || start - m.end > reach || cx.text[m.end..start].contains("\n\n") {
        return None;
    }
    Some(m)
}

/// The last date mention of day precision with a known year, if it ends in the same paragraph
/// as token `i` and no more than `reach` bytes before it: what "le lendemain" and "le 15"
/// lean on.
fn recent_day(cx: &Cx, i: usize, out: &[Mention], reach: usize) -> Option<Date> {
    let m = recent_date(cx, i, out, reach)?;
    match m.value {
        Value::Date(DateValue::Day {
            year: Some(y),
            month,
            day,
        }) => civil(y, month, day),
        _ => None,
    }
}

/// The month (year, month) of the last date mention of day or month precision, on the same
/// terms as [`recent_day`].
fn recent_month(cx: &Cx, i: usize, out: &[Mention], reach: usize) -> Option<(i32, u8)> {
    let m = recent_date(cx, i, out, reach)?;
    match m.value {
        Value::Date(DateValue::Day {
            year: Some(year),
            month,
            ..
        })
        | Value::Date(DateValue::Month {
            year: Some(year),
            month,
        }) if m.modifier.is_none() => Some((year, month)),
        _ => None,
    }
}

/// "le lendemain", "la veille", "le surlendemain", "l'avant-veille": a day next to the date
/// the text has just given ("Le 12 mai, ... Le lendemain, ..."). Without such a date nearby,
/// or with the event named after it ("la veille du scrutin"), the anchor is unknown and
/// nothing is read.
fn day_after_or_before(cx: &Cx, i: usize, out: &[Mention]) -> Option<Found> {
    let (n, end) = match cx.w(i) {
        "lendemain" => (1, i + 1),
        "surlendemain" => (2, i + 1),
        "veille" => (-1, i + 1),
        "avant" if cx.is_punct(i + 1, '-') && cx.adjacent(i + 1) && cx.is_w(i + 2, "veille") => {
            (-2, i + 3)
        }
        _ => return None,
    };
    // "le lendemain", "la veille", "l'avant-veille": with its article.
    let art = i > 0
        && (matches!(cx.w(i - 1), "le" | "la" | "au" | "du" | "des")
            || (i >= 2 && cx.is_punct(i - 1, '\'') && cx.is_w(i - 2, "l")));
    if !art || matches!(cx.w(end), "de" | "du" | "des" | "d") || cx.is_w(end, "au") {
        return None;
    }
    let anchor = recent_day(cx, i, out, 600)?;
    let d = anchor.checked_add(jiff::Span::new().days(n)).ok()?;
    cx.note(i, end, || What::Relative {
        value: day_value(d),
        anchor: previous(cx, out),
        rule: Rel::Days(n),
    });
    Some(date(i, end, day_value(d)))
}

/// The year of the last date mention with a known year, on the same terms as
/// [`recent_day`].
fn recent_year(cx: &Cx, i: usize, out: &[Mention], reach: usize) -> Option<i32> {
    let m = recent_date(cx, i, out, reach)?;
    match m.value {
        Value::Date(
            DateValue::Day {
                year: Some(year), ..
            }
            | DateValue::Month {
                year: Some(year), ..
            }
            | DateValue::Season {
                year: Some(year), ..
            }
            | DateValue::Quarter {
                year: Some(year), ..
            }
            | DateValue::Half {
                year: Some(year), ..
            }
            | DateValue::Year { year },
        ) => Some(year),
        _ => None,
    }
}

/// "l'année suivante", "le mois précédent", "la semaine suivante", "le jour suivant", "cette
/// année-là", "ce mois-là", "ce jour-là": a period next to (or of) the date the text has just
/// given ("En 1998, ... L'année suivante, ..." is 1999), not to the publication date. Without
/// any date nearby, "suivant"/"précédent" count from publication like "prochain"/"dernier"
/// (except a day, read like "le lendemain" only with its anchor); "-là" reads nothing.
fn anaphoric_period(cx: &Cx, i: usize, out: &[Mention]) -> Option<Found> {
    let unit = |w: &str| match w {
        "annee" | "an" => Some(DurationUnit::Year),
        "mois" => Some(DurationUnit::Month),
        "semaine" => Some(DurationUnit::Week),
        "jour" => Some(DurationUnit::Day),
        _ => None,
    };
    let (u, n, end) = if matches!(cx.w(i), "cette" | "ce" | "cet") {
        let u = unit(cx.w(i + 1))?;
        if !(cx.is_punct(i + 2, '-') && cx.adjacent(i + 2) && cx.is_w(i + 3, "la")) {
            return None;
        }
        (u, 0, i + 4)
    } else {
        let u = unit(cx.w(i))?;
        let n = match cx.w(i + 1) {
            "suivant" | "suivante" => 1,
            "precedent" | "precedente" => -1,
            _ => return None,
        };
        // With its article, as "l'année dernière": not "chaque année suivante".
        let art = i > 0 && matches!(cx.w(i - 1), "l" | "la" | "le" | "du" | "au")
            || (i > 1 && cx.is_punct(i - 1, '\'') && cx.is_w(i - 2, "l"));
        if !art {
            return None;
        }
        (u, n, i + 2)
    };
    let anchor = match u {
        DurationUnit::Day | DurationUnit::Week => recent_day(cx, i, out, 600),
        DurationUnit::Month => recent_month(cx, i, out, 600).and_then(|(y, m)| civil(y, m, 1)),
        _ => recent_year(cx, i, out, 600).and_then(|y| civil(y, 1, 1)),
    };
    let Some(a) = anchor else {
        // A date nearby that is not of the kind needed: the anchor is unknown.
        let nearby = recent_date(cx, i, out, 600).is_some();
        if n == 0 || u == DurationUnit::Day || nearby {
            return None;
        }
        return relative(cx, i, end, u, n);
    };
    let value = shift(a, u, n)?;
    cx.note(i, end, || What::Relative {
        value,
        anchor: previous(cx, out),
        rule: Rel::Units(u, n),
    });
    Some(date(i, end, value))
}

/// The date the text gave last, as an anchor (for a step of a derivation).
fn previous(cx: &Cx, out: &[Mention]) -> Anchor {
    match last_date(out) {
        Some(m) => Anchor::Previous {
            text: cx.text[m.start..m.end].to_string(),
            value: match m.value {
                Value::Date(d) => d,
                _ => DateValue::Ref(DateRef::Past),
            },
        },
        None => Anchor::Previous {
            text: String::new(),
            value: DateValue::Ref(DateRef::Past),
        },
    }
}

/// "le 27", "depuis le 3", "Le 15, ...": a day of the month alone, in the month of the date
/// the text has just given, or else in the publication month (or the one before or after it,
/// as the tense says). Only after "le" with a temporal preposition or at the head of a
/// sentence, and before punctuation: "le 27" is also a bus line or a département.
fn bare_day(cx: &Cx, i: usize, out: &[Mention]) -> Option<Found> {
    let (d, end) = day_at(cx, i)?;
    if end != i + 1 || i == 0 || !cx.is_w(i - 1, "le") {
        return None;
    }
    let before = if i >= 2 { cx.w(i - 2) } else { "" };
    let lead = cx.sentence_start(i - 1)
        || matches!(
            before,
            "depuis" | "avant" | "apres" | "pour" | "jusqu" | "vers" | "ici"
        )
        || (before == "des" && cx.raw(i - 2) != "des")
        || (before == "a" && cx.raw(i - 2) == "à");
    let next_ok = cx.tok(end).is_none_or(|t| {
        [',', '.', ';', ')', '!', '?', ':']
            .iter()
            .any(|&c| t.is_punct(c))
    }) || matches!(cx.w(end), "au" | "et" | "ou");
    if !lead || !next_ok {
        return None;
    }
    let recent = recent_month(cx, i, out, 600);
    let (year, month) = match recent {
        Some(ym) => ym,
        None => {
            let p = pub_date(cx.published)?;
            let (py, pm, pd) = (i32::from(p.year()), p.month() as u8, p.day() as u8);
            let dir = tense(cx, i, end).unwrap_or(Dir::Past);
            match dir {
                Dir::Past if d > pd => {
                    if pm == 1 {
                        (py - 1, 12)
                    } else {
                        (py, pm - 1)
                    }
                }
                Dir::Future if d < pd => {
                    if pm == 12 {
                        (py + 1, 1)
                    } else {
                        (py, pm + 1)
                    }
                }
                _ => (py, pm),
            }
        }
    };
    civil(year, month, d)?;
    let value = DateValue::Day {
        year: Some(year),
        month,
        day: d,
    };
    cx.note(i, end, || What::Relative {
        value,
        anchor: match (recent, cx.published) {
            (None, Some(p)) => Anchor::Published(p),
            _ => previous(cx, out),
        },
        rule: Rel::DayInMonth,
    });
    Some(date(i, end, value))
}

/// "le premier vendredi de juillet", "le dernier dimanche d'octobre 2023", "le deuxième
/// mardi du mois de mars".
fn nth_weekday(cx: &Cx, i: usize) -> Option<Found> {
    let n: i32 = match cx.w(i) {
        "premier" | "premiere" => 1,
        "deuxieme" | "second" | "seconde" => 2,
        "troisieme" => 3,
        "quatrieme" => 4,
        "dernier" | "derniere" => -1,
        _ => return None,
    };
    let wd = lexicon::weekday(cx.lang, cx.w(i + 1))?;
    let (y, m, end) = if let Some(((y, m), end)) = relative_month(cx, i + 2) {
        (y, m, end)
    } else {
        let mut k = i + 2;
        if cx.is_w(k, "de") || cx.is_w(k, "en") {
            k += 1;
        } else if cx.is_w(k, "d") && cx.is_punct(k + 1, '\'') {
            k += 2;
        } else if cx.is_w(k, "du") && cx.is_w(k + 1, "mois") && cx.is_w(k + 2, "de") {
            k += 3;
        } else {
            return None;
        }
        let (m, mut end, warn) = month_at(cx, k, false)?;
        if warn.is_some() {
            return None;
        }
        let year = match year_at(cx, end, true) {
            Some((y, e)) => {
                end = e;
                Some(y)
            }
            None => resolve_year(cx, m, Some(15), i, end),
        };
        (year?, m, end)
    };
    let first = civil(y, m, 1)?;
    let day = if n > 0 {
        let off = (i32::from(wd) - i32::from(iso_weekday(first))).rem_euclid(7);
        1 + off + 7 * (n - 1)
    } else {
        let last = first.last_of_month();
        i32::from(last.day()) - (i32::from(iso_weekday(last)) - i32::from(wd)).rem_euclid(7)
    };
    let d = civil(y, m, u8::try_from(day).ok()?)?;
    Some(date(i, end, day_value(d)))
}

/// "du mois prochain", "du mois dernier", "de ce mois", "de ce mois-ci", "du mois" after a day
/// or a weekday, at token `k`: the month it names from the publication date, and the token
/// after it.
fn relative_month(cx: &Cx, k: usize) -> Option<((i32, u8), usize)> {
    let (n, end) = if cx.is_w(k, "du") && cx.is_w(k + 1, "mois") {
        match cx.w(k + 2) {
            "prochain" | "suivant" => (1, k + 3),
            "dernier" | "precedent" | "passe" => (-1, k + 3),
            "de" | "d" => return None,
            _ => (0, k + 2),
        }
    } else if cx.is_w(k, "de") && cx.is_w(k + 1, "ce") && cx.is_w(k + 2, "mois") {
        if cx.is_punct(k + 3, '-') && cx.is_w(k + 4, "ci") {
            (0, k + 5)
        } else {
            (0, k + 3)
        }
    } else {
        return None;
    };
    relative_month_at(cx, n, end)
}

/// The month `n` months from the publication month, and `end` (past a "-ci" there).
fn relative_month_at(cx: &Cx, n: i32, end: usize) -> Option<((i32, u8), usize)> {
    let p = cx.published?;
    let pm = p.month?;
    let end = if cx.is_punct(end, '-') && cx.is_w(end + 1, "ci") {
        end + 2
    } else {
        end
    };
    let total = p.year * 12 + i32::from(pm) - 1 + n;
    Some((
        (total.div_euclid(12), (total.rem_euclid(12) + 1) as u8),
        end,
    ))
}

/// Easter Sunday of year `y` (anonymous Gregorian computus).
fn easter(y: i32) -> Option<Date> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    civil(y, month as u8, day as u8)
}

/// Holidays: "Noël", "la Toussaint", "Pâques", "la Pentecôte", "la Saint-Sylvestre", "le
/// Nouvel An", "le jour de l'An", with an optional year or "dernier"/"prochain". Noël is also a
/// first name ("Noël Mamère") and a noun complement ("le marché de Noël"): it is a date only
/// after a temporal preposition or an article.
fn holiday(cx: &Cx, i: usize) -> Option<Found> {
    enum Day {
        Fixed(u8, u8),
        Easter(i64),
    }
    let (h, mut end) = match cx.w(i) {
        "noel" => (Day::Fixed(12, 25), i + 1),
        "toussaint" => (Day::Fixed(11, 1), i + 1),
        "paques" if cx.capitalized(i) => (Day::Easter(0), i + 1),
        "pentecote" => (Day::Easter(49), i + 1),
        "ascension" if cx.capitalized(i) => (Day::Easter(39), i + 1),
        // "le lundi de Pâques", "lundi de Pentecôte", "le dimanche de Pâques"
        "lundi" | "dimanche" if cx.is_w(i + 1, "de") => {
            let monday = i64::from(cx.is_w(i, "lundi"));
            match cx.w(i + 2) {
                "paques" => (Day::Easter(monday), i + 3),
                "pentecote" => (Day::Easter(49 + monday), i + 3),
                _ => return None,
            }
        }
        "saint" if cx.is_punct(i + 1, '-') && cx.adjacent(i + 1) && cx.is_w(i + 2, "sylvestre") => {
            (Day::Fixed(12, 31), i + 3)
        }
        "nouvel" if cx.is_w(i + 1, "an") && (cx.capitalized(i) || cx.capitalized(i + 1)) => {
            (Day::Fixed(1, 1), i + 2)
        }
        "jour"
            if cx.is_w(i + 1, "de")
                && cx.is_w(i + 2, "l")
                && cx.is_punct(i + 3, '\'')
                && cx.is_w(i + 4, "an")
                && cx.capitalized(i + 4) =>
        {
            (Day::Fixed(1, 1), i + 5)
        }
        _ => return None,
    };
    // A first name or a surname after it: "Noël Mamère", "Toussaint Louverture".
    if cx.tok(end).is_some_and(|t| t.is_word()) && cx.capitalized(end) {
        return None;
    }
    let before = if i > 0 { cx.w(i - 1) } else { "" };
    let glued_article = i > 1 && cx.is_punct(i - 1, '\'') && cx.is_w(i - 2, "l");
    // "lundi de Pâques" is the holiday wherever it stands.
    let lead = glued_article
        || matches!(cx.w(i), "lundi" | "dimanche")
        || matches!(
            before,
            "a" | "le"
                | "la"
                | "avant"
                | "apres"
                | "depuis"
                | "pour"
                | "des"
                | "entre"
                | "et"
                | "vers"
                | "ici"
                | "au"
                | "du"
                | "jusqu"
        )
        || (before == "de" && i > 1 && cx.is_w(i - 2, "jour"))
        || relative_word(cx, end).is_some()
        || year_at(cx, end, false).is_some();
    if !lead || (before == "et" && !cx.is_w(i.saturating_sub(3), "entre")) {
        return None;
    }
    let mut year = None;
    let mut forced = None;
    if let Some((y, e)) = year_at(cx, end, false) {
        year = Some(y);
        end = e;
    } else if let Some(dir) = relative_word(cx, end) {
        forced = Some(dir);
        end += 1;
    }
    let (m, d) = match h {
        Day::Fixed(m, d) => (m, d),
        Day::Easter(off) => {
            // The year from this year's date, then the feast of that year.
            let y0 = year.or(cx.published.map(|p| p.year))?;
            let e0 = easter(y0)?.checked_add(jiff::Span::new().days(off)).ok()?;
            let (m0, d0) = (e0.month() as u8, e0.day() as u8);
            let y = match (year, forced) {
                (Some(y), _) => y,
                (None, Some(dir)) => year_for(cx.published, m0, Some(d0), dir)?,
                (None, None) => resolve_year(cx, m0, Some(d0), i, end)?,
            };
            let e = easter(y)?.checked_add(jiff::Span::new().days(off)).ok()?;
            return Some(date(i, end, day_value(e)));
        }
    };
    Some(full_date(cx, i, end, None, d, m, year, Vec::new(), forced))
}

/// "de janvier à mars 2016", "entre janvier et mars", "janvier-mars 2016": a month without
/// its year before another one takes the year of the second (the year before when it comes
/// later in the calendar: "de novembre à février 2017"). Pushes the first month and returns
/// the second.
fn month_range(cx: &Cx, i: usize, out: &mut Vec<Mention>) -> Option<Found> {
    let (m1, e1, warn) = month_at(cx, i, false)?;
    if warn.is_some() {
        return None;
    }
    let joined = (cx.is_w(e1, "a") && cx.raw(e1) == "à")
        || matches!(cx.w(e1), "au" | "et")
        || (cx.is_punct(e1, '-') && cx.adjacent(e1) && cx.adjacent(e1 + 1));
    if !joined {
        return None;
    }
    let j = e1 + 1;
    let second = month_forms(cx, j, None)?;
    let Value::Date(DateValue::Month {
        year: Some(y2),
        month: m2,
    }) = second.value
    else {
        return None;
    };
    if second.modifier.is_some() {
        return None;
    }
    let year = if m1 <= m2 { y2 } else { y2 - 1 };
    cx.note(i, e1, || What::YearResolved {
        year: Some(year),
        published: cx.published,
        by: Some(By::RangeEndYear),
    });
    cx.push(
        out,
        date(
            i,
            e1,
            DateValue::Month {
                year: Some(year),
                month: m1,
            },
        ),
    );
    Some(second)
}

/// "mars 2024", "septembre", "septembre dernier", "mois de juin", and "June 17" in English.
fn month_forms(cx: &Cx, i: usize, weekday: Option<(u8, usize)>) -> Option<Found> {
    let mut start = i;
    let mut k = i;
    if cx.lang == Lang::Fr
        && cx.is_w(k, "mois")
        && (cx.is_w(k + 1, "de") || (cx.is_w(k + 1, "d") && cx.is_punct(k + 2, '\'')))
    {
        k += if cx.is_w(k + 1, "de") { 2 } else { 3 };
    }
    // An abbreviation needs a number next to it, or its dot after a word that introduces a
    // month: "en déc.", "au mois de sept.", "cet oct.".
    let ctx = cx.tok(k + 1).is_some_and(|n| n.is_digits())
        || (cx.is_punct(k + 1, '.') && cx.tok(k + 2).is_some_and(|n| n.is_digits()))
        || (cx.is_punct(k + 1, '.')
            && cx.adjacent(k + 1)
            && k > 0
            && lexicon::month(cx.lang, cx.w(k)).is_some_and(|(_, abbr)| abbr)
            && (matches!(
                cx.w(k - 1),
                "en" | "ce" | "cet" | "cette" | "de" | "mois" | "fin" | "debut" | "mi"
            ) || cx.is_punct(k - 1, '\'')));
    let (m, mut end, warn) = month_at(cx, k, ctx)?;
    if warn.is_some() {
        // A misspelled month needs a year right after it to be read at all, or in English a
        // day and a year ("Mya 8, 2024").
        let english_day_year = cx.lang == Lang::En
            && day_at(cx, end).is_some_and(|(_, e)| {
                year_at(cx, e, false).is_some()
                    || (cx.is_punct(e, ',') && year_at(cx, e + 1, false).is_some())
            });
        if !english_day_year {
            year_at(cx, end, false)?;
        }
    }
    if cx.lang == Lang::En
        && let Some((d, e)) = day_at(cx, end)
    {
        // "April 17", "April 17, 2024"
        let mut year = None;
        let mut e2 = e;
        if cx.is_punct(e, ',')
            && let Some((y, e3)) = year_at(cx, e + 1, false)
        {
            year = Some(y);
            e2 = e3;
        } else if let Some((y, e3)) = year_at(cx, e, false) {
            year = Some(y);
            e2 = e3;
        }
        return Some(full_date(
            cx,
            start,
            e2,
            weekday,
            d,
            m,
            year,
            warn.into_iter().collect(),
            None,
        ));
    }
    // "novembre 2016", "novembre de 2016", "nov., 2016"
    let mut year = None;
    let mut y_at = end;
    if cx.is_punct(y_at, ',') {
        y_at += 1;
    }
    y_at = skip_of_year(cx, y_at);
    if let Some((y, e)) = year_at(cx, y_at, true) {
        year = Some(y);
        end = e;
    } else if let Some(dir) = relative_word(cx, end) {
        // "septembre dernier", "juin prochain"
        let y = year_strict(cx.published, m, dir);
        cx.note(start, end + 1, || What::YearResolved {
            year: y,
            published: cx.published,
            by: y.map(|_| By::Word {
                dir,
                word: cx.raw(end).to_string(),
            }),
        });
        end += 1;
        return Some(Found {
            warnings: warn.into_iter().collect(),
            ..date(start, end, DateValue::Month { year: y, month: m })
        });
    }
    let year = match year {
        Some(y) => Some(y),
        None => {
            if cx.lang == Lang::Fr && cx.is_w(i, "mois") {
                // "le mois de juin" in generic statements: TimeBank leaves it unanchored.
                start = i;
            }
            resolve_year(cx, m, None, start, end)
        }
    };
    Some(Found {
        warnings: warn.into_iter().collect(),
        ..date(start, end, DateValue::Month { year, month: m })
    })
}

/// The token after "de", "de l'année", "of" before a year ("novembre de l'année 2016").
fn skip_of_year(cx: &Cx, k: usize) -> usize {
    if cx.is_w(k, "de")
        && cx.is_w(k + 1, "l")
        && cx.is_punct(k + 2, '\'')
        && cx.is_w(k + 3, "annee")
    {
        k + 4
    } else if cx.is_w(k, "de") || cx.is_w(k, "of") {
        k + 1
    } else {
        k
    }
}

/// "dernier"/"prochain" (and English "last"/"next" handled elsewhere) after a date word.
fn relative_word(cx: &Cx, i: usize) -> Option<Dir> {
    match cx.w(i) {
        "dernier" | "derniere" | "derniers" | "dernieres" | "passe" | "passee" => Some(Dir::Past),
        "prochain" | "prochaine" | "prochains" | "prochaines" => Some(Dir::Future),
        _ => None,
    }
}

/// The year of a month named with "dernier" or "prochain": strictly before or after the
/// publication month.
fn year_strict(p: Option<Published>, m: u8, dir: Dir) -> Option<i32> {
    let p = p?;
    let Some(pm) = p.month else {
        return Some(p.year);
    };
    Some(match dir {
        Dir::Past if m >= pm => p.year - 1,
        Dir::Future if m <= pm => p.year + 1,
        _ => p.year,
    })
}

/// A full date from its parts, the year resolved from the publication date when missing.
#[allow(clippy::too_many_arguments)]
fn full_date(
    cx: &Cx,
    start: usize,
    end: usize,
    weekday: Option<(u8, usize)>,
    day: u8,
    month: u8,
    year: Option<i32>,
    mut warnings: Vec<Warning>,
    forced: Option<Dir>,
) -> Found {
    if let Some((wd, wi)) = weekday {
        cx.note(wi, wi + 1, || What::Weekday(wd));
    }
    let year = year.or_else(|| {
        let note = |y: Option<i32>, by: By| {
            cx.note(start, end, || What::YearResolved {
                year: y,
                published: cx.published,
                by: y.map(|_| by),
            });
            y
        };
        let Some(p) = cx.published else {
            return note(None, By::RangeEnd);
        };
        // A weekday picks the year that agrees with it, among the nearest past and future.
        if let Some((wd, _)) = weekday {
            let past = year_for(Some(p), month, Some(day), Dir::Past)?;
            let future = year_for(Some(p), month, Some(day), Dir::Future)?;
            let ok = |y: i32| civil(y, month, day).is_some_and(|d| iso_weekday(d) == wd);
            let by = By::Weekday { weekday: wd };
            match (ok(past), ok(future)) {
                (true, false) => return note(Some(past), by),
                (false, true) => return note(Some(future), by),
                _ => {}
            }
        }
        match forced {
            Some(dir) => note(
                year_for(Some(p), month, Some(day), dir),
                By::Word {
                    dir,
                    word: cx.raw(end - 1).to_string(),
                },
            ),
            None => resolve_year(cx, month, Some(day), start, end),
        }
    });
    let value = DateValue::Day { year, month, day };
    let span = || ByteSpan {
        start: cx.toks[start].start,
        end: cx.toks[end - 1].end,
    };
    let max = match month {
        2 => {
            if year.is_some_and(|y| civil(y, 2, 29).is_none()) {
                28
            } else {
                29
            }
        }
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if day > max {
        warnings.push(Warning {
            code: WarningCode::ImpossibleDate,
            message: format!("day {day} does not exist in month {month}"),
            spans: vec![span()],
        });
    } else if let (Some((wd, wi)), Some(y)) = (weekday, year)
        && let Some(d) = civil(y, month, day)
        && iso_weekday(d) != wd
    {
        let wt = cx.toks[wi];
        let first_date_tok = (wi + 1..end)
            .find(|&k| !cx.is_punct(k, ',') && !cx.is_w(k, "le"))
            .unwrap_or(wi + 1);
        warnings.push(Warning {
            code: WarningCode::WeekdayMismatch,
            message: weekday_mismatch_message(cx, d, wd),
            spans: vec![
                ByteSpan {
                    start: wt.start,
                    end: wt.end,
                },
                ByteSpan {
                    start: cx.toks[first_date_tok].start,
                    end: cx.toks[end - 1].end,
                },
            ],
        });
    }
    Found {
        start,
        end,
        value: Value::Date(value),
        modifier: None,
        warnings,
    }
}

/// "9 mai 2024 was a jeudi, not a mardi": the date as the text would write it, the weekday it
/// really falls on, and the one the text gives ("is" for a date after publication).
fn weekday_mismatch_message(cx: &Cx, d: Date, written: u8) -> String {
    const FR: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let m = usize::from((d.month() as u8).clamp(1, 12) - 1);
    let future = pub_date(cx.published).is_some_and(|p| d > p);
    let verb = if future { "is" } else { "was" };
    let actual = weekday_name(cx.lang, iso_weekday(d));
    let written = weekday_name(cx.lang, written);
    match cx.lang {
        Lang::Fr => {
            let day = if d.day() == 1 {
                "1er".to_string()
            } else {
                d.day().to_string()
            };
            format!(
                "{day} {} {} {verb} a {actual}, not a {written}",
                FR[m],
                d.year()
            )
        }
        Lang::En => format!(
            "{} {}, {} {verb} a {actual}, not a {written}",
            EN[m],
            d.day(),
            d.year()
        ),
    }
}

pub(super) fn weekday_name(lang: Lang, wd: u8) -> &'static str {
    const FR: [&str; 7] = [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ];
    const EN: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    let k = usize::from(wd.clamp(1, 7) - 1);
    match lang {
        Lang::Fr => FR[k],
        Lang::En => EN[k],
    }
}

/// A date that starts with digits: "9 mai 2024", "17 avril", "2020", "21/04/2016", "du 12 au
/// 14 mai" (first day), "1990s".
fn numeric(cx: &Cx, i: usize, out: &mut Vec<Mention>, after_position: bool) -> Option<Found> {
    if cx.glued_to_previous(i) {
        return None;
    }
    if let Some(f) = slashed(cx, i, true) {
        return Some(f);
    }
    if let Some(f) = quarter(cx, i) {
        return Some(f);
    }
    if let Some((d, k)) = day_at(cx, i) {
        if let Some(f) = day_month(cx, i, None, d, k) {
            return Some(f);
        }
        // "du 12 au 14 mai", "les 6 et 13 avril", "12-14 mai"
        if let Some(f) = day_range(cx, i, d, k, out) {
            return Some(f);
        }
    }
    // Centuries in digits: "20e siècle", "XXIe" is handled with words.
    if let Some(f) = century_digits(cx, i) {
        return Some(f);
    }
    // A bare year.
    let t = cx.tok(i)?;
    if t.len() == 4
        && !(cx.adjacent(i + 1) && cx.tok(i + 1).is_some_and(|n| n.is_word() || n.is_digits()))
    {
        let y: i32 = cx.raw(i).parse().ok()?;
        if !(1000..=2199).contains(&y) {
            return None;
        }
        // Before 1500, only "en 1066", "l'an 1000": most such numbers in news are counts.
        let era_word = i > 0 && matches!(cx.w(i - 1), "en" | "an" | "annee" | "in" | "year");
        if y < 1500 && !era_word {
            return None;
        }
        // "€1000", "$2000": money.
        if i > 0 && cx.adjacent(i) && ["€", "$", "£"].contains(&cx.raw(i - 1)) {
            return None;
        }
        if cx.lang == Lang::En && cx.is_w(i + 1, "s") && cx.adjacent(i + 1) && y % 10 == 0 {
            return Some(date(i, i + 2, DateValue::Decade { decade: y / 10 }));
        }
        // A year next to a count is a count: "plus de 2000 morts", "les 1500 soldats"; but
        // after "en", "depuis", "dès" it is a year whatever follows ("en 2022 restera").
        let year_preposition = i > 0
            && match cx.lang {
                // "dès" but not "des", which folds to the same key.
                Lang::Fr => {
                    matches!(cx.w(i - 1), "en" | "depuis" | "des" if cx.raw(i - 1) != "des")
                }
                Lang::En => matches!(cx.w(i - 1), "in" | "since" | "until"),
            };
        if !after_position && !year_preposition && (count_before(cx, i) || !follows_year(cx, i + 1))
        {
            return None;
        }
        if cx.tok(i + 1).is_some_and(|n| n.is_digits() && n.len() == 3) && cx.space_gap(i + 1) {
            return None;
        }
        cx.note(i, i + 1, || What::Year(y));
        return Some(date(i, i + 1, DateValue::Year { year: y }));
    }
    None
}

/// "9 mai 2024" once the day is read: `k` is the token after the day.
fn day_month(
    cx: &Cx,
    start: usize,
    weekday: Option<(u8, usize)>,
    d: u8,
    k: usize,
) -> Option<Found> {
    let mut k = k;
    if cx.lang == Lang::En && cx.is_w(k, "of") {
        k += 1;
    }
    // "le 14-Juillet", "le 8-Mai", "le 1er-Mai": the holiday's name.
    if cx.lang == Lang::Fr
        && cx.is_punct(k, '-')
        && cx.adjacent(k)
        && cx.adjacent(k + 1)
        && cx.tok(k + 1).is_some_and(|t| t.is_word())
    {
        k += 1;
    }
    let ctx = true;
    let (m, mut end, warn) = month_at(cx, k, ctx)?;
    let mut year = None;
    let mut y_at = end;
    if cx.is_punct(y_at, ',') {
        y_at += 1;
    }
    if let Some((y, e)) = year_at(cx, y_at, true) {
        year = Some(y);
        end = e;
    } else if warn.is_some() && weekday.is_none() {
        // "8 mail" without a year: not enough to read a misspelled month.
        return None;
    }
    let mut forced = None;
    if year.is_none()
        && let Some(dir) = relative_word(cx, end)
    {
        // "le 6 mai dernier", "13 avril prochains"
        forced = Some(dir);
        end += 1;
    }
    Some(full_date(
        cx,
        start,
        end,
        weekday,
        d,
        m,
        year,
        warn.into_iter().collect(),
        forced,
    ))
}

/// The first day of a range whose month comes after the second day.
fn day_range(cx: &Cx, i: usize, d: u8, k: usize, out: &mut Vec<Mention>) -> Option<Found> {
    // "les 7, 8 et 9 novembre": the days between the first and the last, one token each,
    // after a comma and a space (not "7,8", a decimal). At most eight, so that a long list of
    // numbers is not walked again from each of them.
    let mut middle = k;
    if cx.lang == Lang::Fr {
        let mut n = 0;
        while n < 8
            && cx.is_punct(middle, ',')
            && !cx.adjacent(middle + 1)
            && day_at(cx, middle + 1).is_some_and(|(_, e)| e == middle + 2)
        {
            middle += 2;
            n += 1;
        }
        if middle > k && !cx.is_w(middle, "et") {
            return None;
        }
    }
    let (k, listed) = (middle, k);
    let joiner = cx.w(k);
    let j = if matches!(joiner, "au" | "et" | "a" | "to" | "and")
        || (cx.is_punct(k, '-') && cx.adjacent(k) && cx.adjacent(k + 1))
    {
        k + 1
    } else {
        return None;
    };
    let j = if cx.is_w(j, "le") { j + 1 } else { j };
    let (d2, k2) = day_at(cx, j)?;
    // "du 4 au 22 janvier", and "du 4 au 22 de ce mois", "du 4 au 23 le mois prochain".
    let second = day_month(cx, j, None, d2, k2).or_else(|| {
        let ((y, m), end) = relative_month(cx, k2).or_else(|| {
            let k = if cx.is_w(k2, "le") { k2 + 1 } else { k2 };
            match (cx.w(k), cx.w(k + 1)) {
                ("ce", "mois") => relative_month_at(cx, 0, k + 2),
                ("mois", "prochain" | "suivant") if k > k2 => relative_month_at(cx, 1, k + 2),
                ("mois", "dernier" | "precedent") if k > k2 => relative_month_at(cx, -1, k + 2),
                _ => None,
            }
        })?;
        Some(full_date(
            cx,
            j,
            end,
            None,
            d2,
            m,
            Some(y),
            Vec::new(),
            None,
        ))
    })?;
    let (year, month) = match second.value {
        Value::Date(DateValue::Day { year, month, .. }) => (year, month),
        _ => return None,
    };
    // The first day, then each listed one, in the month and year of the last.
    let mut at = i;
    let mut day = d;
    let mut day_end = listed;
    loop {
        cx.note(at, day_end, || What::YearResolved {
            year,
            published: cx.published,
            by: Some(By::RangeEnd),
        });
        let found = full_date(cx, at, day_end, None, day, month, year, Vec::new(), None);
        cx.push(
            out,
            Found {
                value: Value::Date(DateValue::Day { year, month, day }),
                ..found
            },
        );
        if day_end >= k {
            break;
        }
        at = day_end + 1;
        // Read as a day of one token above.
        let Some(next) = day_at(cx, at) else { break };
        (day, day_end) = next;
    }
    Some(second)
}

/// "21/04/2016", "21-04-2016", "13.5.2015", "2015-08-12", "22/04". Without a year written,
/// `resolve` places the date from the publication date, or else leaves the year unknown.
fn slashed(cx: &Cx, i: usize, resolve: bool) -> Option<Found> {
    let a = cx.tok(i)?;
    let sep = cx.tok(i + 1)?;
    if !(sep.is_punct('/') || sep.is_punct('-') || sep.is_punct('.'))
        || !cx.adjacent(i + 1)
        || !cx.adjacent(i + 2)
    {
        return None;
    }
    let sc = cx.raw(i + 1).chars().next()?;
    let num = |k: usize| cx.raw(k).parse::<i32>().ok();
    // "03/2015", "11/2016": a month and its year.
    if sc == '/'
        && a.is_digits()
        && a.len() <= 2
        && cx.tok(i + 2).is_some_and(|b| b.is_digits() && b.len() == 4)
        && !(cx.adjacent(i + 3)
            && cx
                .tok(i + 3)
                .is_some_and(|n| n.is_word() || n.is_digits() || n.is_punct('/')))
    {
        let (m, y) = (num(i)?, num(i + 2)?);
        if !(1..=12).contains(&m) || !(1000..=2199).contains(&y) {
            return None;
        }
        return Some(date(
            i,
            i + 3,
            DateValue::Month {
                year: Some(y),
                month: m as u8,
            },
        ));
    }
    let b = cx.tok(i + 2).filter(|b| b.is_digits() && b.len() <= 2)?;
    let has_third = cx.is_punct(i + 3, sc)
        && cx.adjacent(i + 3)
        && cx.adjacent(i + 4)
        && cx.tok(i + 4).is_some_and(|c| c.is_digits());
    // "03.29.88.43.12" is a telephone number.
    if has_third
        && cx.is_punct(i + 5, sc)
        && cx.adjacent(i + 5)
        && cx.is_digits_at(i + 6)
        && cx.adjacent(i + 6)
    {
        return None;
    }
    if a.len() == 4 {
        // ISO order.
        if !has_third || cx.tok(i + 4)?.len() > 2 {
            return None;
        }
        let (y, m, d) = (num(i)?, num(i + 2)?, num(i + 4)?);
        return valid(i, i + 5, Some(y), m, d);
    }
    if a.len() > 2 {
        return None;
    }
    let (x, z) = (num(i)?, num(i + 2)?);
    let (mut d, mut m) = match cx.lang {
        Lang::Fr => (x, z),
        Lang::En => (z, x),
    };
    if m > 12 && d <= 12 {
        std::mem::swap(&mut d, &mut m);
    }
    if has_third {
        let c = cx.tok(i + 4)?;
        let y = num(i + 4)?;
        let y = match c.len() {
            4 => y,
            2 => {
                if y < 50 {
                    2000 + y
                } else {
                    1900 + y
                }
            }
            _ => return None,
        };
        if cx.adjacent(i + 5)
            && cx
                .tok(i + 5)
                .is_some_and(|n| !n.kind.eq(&super::lexer::TokKind::Punct))
        {
            return None;
        }
        return valid(i, i + 5, Some(y), m, d);
    }
    // No year: only "22/04" with a slash and a two-digit part, not "3/4" (a fraction) nor
    // "2015-05" nor a score "3-1".
    if sc != '/'
        || (a.len() < 2 && b.len() < 2)
        || (cx.adjacent(i + 3)
            && !cx
                .tok(i + 3)
                .is_some_and(|n| n.is_punct(',') || n.is_punct('.') || n.is_punct(')')))
    {
        return None;
    }
    let f = valid(i, i + 3, None, m, d)?;
    if !resolve {
        return Some(f);
    }
    let y = resolve_year(cx, m as u8, Some(d as u8), i, i + 3);
    Some(Found {
        value: Value::Date(DateValue::Day {
            year: y,
            month: m as u8,
            day: d as u8,
        }),
        ..f
    })
}

fn valid(start: usize, end: usize, y: Option<i32>, m: i32, d: i32) -> Option<Found> {
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    if let Some(y) = y {
        civil(y, m as u8, d as u8)?;
    }
    Some(date(
        start,
        end,
        DateValue::Day {
            year: y,
            month: m as u8,
            day: d as u8,
        },
    ))
}

/// A weekday, alone or before a date: "mercredi", "jeudi 9 mai", "mercredi dernier", "lundi
/// 12 janvier 2016".
fn weekday(cx: &Cx, i: usize, wd: u8) -> Option<Found> {
    cx.note(i, i + 1, || What::Weekday(wd));
    let mut k = i + 1;
    if cx.is_punct(k, ',') {
        k += 1;
    }
    let k = if cx.is_w(k, "le") || cx.is_w(k, "the") {
        k + 1
    } else {
        k
    };
    if let Some(f) = weekday_date(cx, i, wd, k) {
        return Some(f);
    }
    // English "Wednesday, April 17"
    if cx.lang == Lang::En
        && let Some(mut f) = month_forms(cx, k, Some((wd, i)))
        && matches!(f.value, Value::Date(DateValue::Day { .. }))
    {
        f.start = i;
        return Some(f);
    }
    // "vendredi de la semaine prochaine", "dimanche de la semaine dernière", "mardi de cette
    // semaine": that weekday of the week named.
    if let Some(p) = pub_date(cx.published) {
        let mut k = i + 1;
        if cx.is_w(k, "de") {
            k += 1;
        }
        let week = if cx.is_w(k, "la") && cx.is_w(k + 1, "semaine") {
            match cx.w(k + 2) {
                "prochaine" | "suivante" => Some((1, k + 3)),
                "derniere" | "passee" | "precedente" => Some((-1, k + 3)),
                _ => None,
            }
        } else if cx.is_w(k, "cette") && cx.is_w(k + 1, "semaine") {
            Some((0, k + 2))
        } else {
            None
        };
        if let Some((n, end)) = week {
            let shift = 7 * n + i64::from(wd) - i64::from(iso_weekday(p));
            let d = p.checked_add(jiff::Span::new().days(shift)).ok()?;
            note_relative(
                cx,
                i,
                end,
                day_value(d),
                Rel::WeekdayOfWeek {
                    weekday: wd,
                    weeks: n,
                },
            );
            return Some(date(i, end, day_value(d)));
        }
    }
    let mut end = i + 1;
    let explicit = relative_word(cx, end);
    if explicit.is_some() {
        end += 1;
    }
    let value = match pub_date(cx.published) {
        Some(p) => {
            let dir = explicit.or_else(|| tense(cx, i, end)).unwrap_or(Dir::Past);
            let pw = iso_weekday(p);
            let back = (i32::from(pw) - i32::from(wd)).rem_euclid(7);
            let fwd = (i32::from(wd) - i32::from(pw)).rem_euclid(7);
            let offset = match (dir, explicit.is_some()) {
                // "mercredi dernier" is never the publication day itself.
                (Dir::Past, true) => -(if back == 0 { 7 } else { back }),
                (Dir::Future, true) => {
                    if fwd == 0 {
                        7
                    } else {
                        fwd
                    }
                }
                (Dir::Past, false) => -back,
                (Dir::Future, false) => fwd,
            };
            let value = day_value(
                p.checked_add(jiff::Span::new().days(i64::from(offset)))
                    .ok()?,
            );
            note_relative(
                cx,
                i,
                end,
                value,
                Rel::Weekday {
                    weekday: wd,
                    dir,
                    strict: explicit.is_some(),
                },
            );
            value
        }
        None => DateValue::Weekday { weekday: wd },
    };
    Some(date(i, end, value))
}

/// The date a weekday at token `i` introduces, starting at token `k`: "jeudi 9 mai",
/// "vendredi 06/07/2018", "dimanche 21/01", "samedi 15".
fn weekday_date(cx: &Cx, i: usize, wd: u8, k: usize) -> Option<Found> {
    if let Some((d, e)) = day_at(cx, k)
        && let Some(f) = day_month(cx, i, Some((wd, i)), d, e)
    {
        return Some(f);
    }
    // "vendredi 06/07/2018", "dimanche 21/01": the weekday agrees with the date or is flagged,
    // and picks the year when none is written.
    if !cx.glued_to_previous(k)
        && let Some(f) = slashed(cx, k, false)
        && let Value::Date(DateValue::Day { year, month, day }) = f.value
    {
        return Some(full_date(
            cx,
            i,
            f.end,
            Some((wd, i)),
            day,
            month,
            year,
            Vec::new(),
            None,
        ));
    }
    // "samedi 15": the nearest 15th that is a Saturday, in the sentence's direction.
    // Not "samedi 3-1", a score, nor "lundi 3/4": a day with no month and no year has no
    // number glued after it.
    if let Some((d, e)) = day_at(cx, k)
        && !cx.is_digits_at(e)
        && !((cx.is_punct(e, '-') || cx.is_punct(e, '/'))
            && cx.adjacent(e)
            && cx.is_digits_at(e + 1)
            && cx.adjacent(e + 1))
        && follows_year(cx, e)
        && let Some(p) = pub_date(cx.published)
        && let Some(day) = weekday_and_day(p, wd, d, tense(cx, i, e))
    {
        note_relative(
            cx,
            i,
            e,
            day_value(day),
            Rel::WeekdayAndDay {
                weekday: wd,
                day: d,
            },
        );
        return Some(date(i, e, day_value(day)));
    }
    None
}

/// Records a date placed from the publication date.
fn note_relative(cx: &Cx, start: usize, end: usize, value: DateValue, rule: Rel) {
    if let Some(p) = cx.published {
        cx.note(start, end, || What::Relative {
            value,
            anchor: Anchor::Published(p),
            rule,
        });
    }
}

/// The date nearest `p` (within three months, in direction `dir` when given) whose day of the
/// month is `day` and whose weekday is `wd`.
fn weekday_and_day(p: Date, wd: u8, day: u8, dir: Option<Dir>) -> Option<Date> {
    let first = p.first_of_month();
    let mut best: Option<(i64, Date)> = None;
    for offset in -3i64..=3 {
        let Ok(m) = first.checked_add(jiff::Span::new().months(offset)) else {
            continue;
        };
        let Some(c) = civil(i32::from(m.year()), m.month() as u8, day) else {
            continue;
        };
        if iso_weekday(c) != wd {
            continue;
        }
        let dist = i64::from(p.until(c).ok()?.get_days());
        let ok = match dir {
            Some(Dir::Past) => dist <= 0,
            Some(Dir::Future) => dist >= 0,
            None => true,
        };
        if ok && best.is_none_or(|(b, _)| dist.abs() < b.abs()) {
            best = Some((dist, c));
        }
    }
    best.map(|(_, c)| c)
}

fn season(cx: &Cx, start: usize, i: usize, s: crate::value::Season) -> Option<Found> {
    cx.note(i, i + 1, || What::Season(s));
    let mut end = i + 1;
    let mut y_at = end;
    y_at = skip_of_year(cx, y_at);
    if let Some((y, e)) = year_at(cx, y_at, false) {
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
            year: cx.published.map(|p| p.year),
            season: s,
        };
        note_relative(cx, s0, end, value, Rel::Season { dir: None });
        return Some(date(s0, end, value));
    }
    // A bare season is generic ("en été, le camping affiche complet").
    Some(date(
        start,
        end,
        DateValue::Season {
            year: None,
            season: s,
        },
    ))
}

/// A season named from the publication date, `start..end`: the nearest one in direction
/// `dir` ("l'automne dernier", "next spring"), or the publication year's ("this fall").
fn season_relative(
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
            Some(Dir::Past) => p.year - 1,
            Some(Dir::Future) => p.year + 1,
            None => p.year,
        }
    });
    let value = DateValue::Season { year: y, season: s };
    note_relative(cx, start, end, value, Rel::Season { dir });
    Some(date(start, end, value))
}

/// "été" is also the participle of "être" ("a été"): it is the season only after an article
/// or preposition, before a year, or opening a sentence.
fn summer_noun(cx: &Cx, i: usize) -> bool {
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
fn adjectival_season(cx: &Cx, i: usize) -> bool {
    i >= 3
        && cx.is_w(i - 2, "d")
        && cx.is_punct(i - 1, '\'')
        && !matches!(
            cx.w(i - 3),
            "mois" | "debut" | "fin" | "milieu" | "cours" | "coeur" | "saison" | "periode"
        )
}

fn season_first_month(s: crate::value::Season) -> u8 {
    match s {
        crate::value::Season::Spring => 3,
        crate::value::Season::Summer => 6,
        crate::value::Season::Fall => 9,
        crate::value::Season::Winter => 12,
    }
}

/// "20e siècle", "21ème siècle".
fn century_digits(cx: &Cx, i: usize) -> Option<Found> {
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

fn shift(p: Date, unit: DurationUnit, n: i64) -> Option<DateValue> {
    Some(match unit {
        DurationUnit::Day => day_value(p.checked_add(jiff::Span::new().days(n)).ok()?),
        DurationUnit::Week => {
            let d = p.checked_add(jiff::Span::new().weeks(n)).ok()?;
            let w = d.iso_week_date();
            DateValue::Week {
                year: Some(i32::from(w.year())),
                week: w.week() as u8,
            }
        }
        DurationUnit::Month => {
            let d = p
                .first_of_month()
                .checked_add(jiff::Span::new().months(n))
                .ok()?;
            DateValue::Month {
                year: Some(i32::from(d.year())),
                month: d.month() as u8,
            }
        }
        DurationUnit::Year => DateValue::Year {
            year: i32::from(p.year()) + n as i32,
        },
        DurationUnit::Decade => DateValue::Decade {
            decade: (i32::from(p.year()) + 10 * n as i32) / 10,
        },
        DurationUnit::Century => DateValue::Century {
            century: (i32::from(p.year()) + 100 * n as i32) / 100,
        },
        _ => return None,
    })
}

/// The publication date as a civil date, its day defaulting to the 15th when only the month
/// is known (enough for months and years).
fn anchor(cx: &Cx) -> Option<(Date, bool)> {
    let p = cx.published?;
    let exact = p.month.is_some() && p.day.is_some();
    Some((
        civil(p.year, p.month.unwrap_or(6), p.day.unwrap_or(15))?,
        exact,
    ))
}

fn relative(cx: &Cx, start: usize, end: usize, unit: DurationUnit, n: i64) -> Option<Found> {
    let (p, exact) = anchor(cx)?;
    let month_known = cx.published.is_some_and(|p| p.month.is_some());
    let ok = match unit {
        DurationUnit::Day | DurationUnit::Week => exact,
        DurationUnit::Month => month_known,
        _ => true,
    };
    if !ok {
        return None;
    }
    let value = shift(p, unit, n)?;
    note_relative(cx, start, end, value, Rel::Units(unit, n));
    Some(date(start, end, value))
}

fn french_words(cx: &Cx, i: usize) -> Option<Found> {
    let w = cx.w(i);
    let day_ref = |n: i64, end: usize| -> Option<Found> {
        match pub_date(cx.published) {
            Some(p) => {
                let value = day_value(p.checked_add(jiff::Span::new().days(n)).ok()?);
                note_relative(cx, i, end, value, Rel::Days(n));
                Some(date(i, end, value))
            }
            None => Some(date(
                i,
                end,
                DateValue::Ref(match n.signum() {
                    -1 => DateRef::Past,
                    0 => DateRef::Present,
                    _ => DateRef::Future,
                }),
            )),
        }
    };
    match w {
        "hier" => return day_ref(-1, i + 1),
        "demain" => return day_ref(1, i + 1),
        "aujourd" if cx.is_punct(i + 1, '\'') && cx.is_w(i + 2, "hui") => {
            // "aujourd'hui vendredi"
            let end = if lexicon::weekday(cx.lang, cx.w(i + 3)).is_some() {
                i + 4
            } else {
                i + 3
            };
            return day_ref(0, end);
        }
        "avant" if cx.is_punct(i + 1, '-') && cx.is_w(i + 2, "hier") => return day_ref(-2, i + 3),
        "apres" if cx.is_punct(i + 1, '-') && cx.is_w(i + 2, "demain") => return day_ref(2, i + 3),
        "avant" if cx.is_w(i + 1, "hier") => return day_ref(-2, i + 2),
        "apres" if cx.is_w(i + 1, "demain") => return day_ref(2, i + 2),
        _ => {}
    }
    // "la nouvelle année": the year that is starting, the next one in November or December.
    if w == "nouvelle"
        && cx.is_w(i + 1, "annee")
        && i > 0
        && cx.is_w(i - 1, "la")
        && let Some(p) = cx.published
    {
        let year = if p.month.is_some_and(|m| m >= 11) {
            p.year + 1
        } else {
            p.year
        };
        return Some(date(i, i + 2, DateValue::Year { year }));
    }
    if let Some(f) = week_end(cx, i) {
        return Some(f);
    }
    if let Some(f) = quarter(cx, i) {
        return Some(f);
    }
    // "dans trois ans", "dans deux semaines": ahead of publication.
    if w == "dans"
        && let Some(q) = number::quantity(cx, i + 1, true)
        && q.modifier.is_none()
        && let Some(unit) = lexicon::unit(cx.lang, cx.w(q.num.end))
    {
        return relative(cx, i, q.num.end + 1, unit, q.num.int()?);
    }
    // "années 1990", "années 90", "la décennie 2010": decades.
    if matches!(w, "annees" | "decennie") {
        if let Some(t) = cx.tok(i + 1)
            && t.is_digits()
        {
            let n: i32 = cx.raw(i + 1).parse().ok()?;
            let decade = match t.len() {
                4 if n % 10 == 0 => n / 10,
                2 if n % 10 == 0 => {
                    if n < 30 {
                        200 + n / 10
                    } else {
                        190 + n / 10
                    }
                }
                _ => return None,
            };
            return Some(date(i, i + 2, DateValue::Decade { decade }));
        }
        // "les années soixante-dix", "les années deux mille"
        if let Some(n) = number::cardinal(cx, i + 1).filter(|n| n.shape == number::Shape::Words)
            && let Some(v) = n.int()
            && v % 10 == 0
        {
            let decade = match v {
                20..=90 => 190 + (v / 10) as i32,
                1000..=2100 => (v / 10) as i32,
                _ => return None,
            };
            return Some(date(i, n.end, DateValue::Decade { decade }));
        }
    }
    // "l'année 2001", "l'an 2000"
    if matches!(w, "annee" | "an")
        && let Some((y, e)) = year_at(cx, i + 1, false)
    {
        return Some(date(i, e, DateValue::Year { year: y }));
    }
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
    // Roman centuries: "XXe siècle", "XIXème siècle".
    if cx.is_w(i + 1, "siecle") {
        let stem = w
            .strip_suffix("eme")
            .or_else(|| w.strip_suffix("ieme"))
            .or_else(|| w.strip_suffix('e'));
        if let Some(n) = stem.and_then(roman)
            && cx.raw(i).starts_with(|c: char| c.is_uppercase())
        {
            return Some(date(i, i + 2, DateValue::Century { century: n - 1 }));
        }
    }
    let p = cx.published;
    // "l'an dernier", "l'année prochaine", "la semaine dernière", "le mois prochain"
    let unit = match w {
        "an" | "annee" => Some(DurationUnit::Year),
        "semaine" => Some(DurationUnit::Week),
        "mois" => Some(DurationUnit::Month),
        _ => None,
    };
    if let Some(unit) = unit {
        let (rel, end) = match cx.w(i + 1) {
            // "suivant"/"précédent" count from the date the text gave: `anaphoric_period`.
            "dernier" | "derniere" | "passe" | "passee" => (Some(-1), i + 2),
            "prochain" | "prochaine" => (Some(1), i + 2),
            // "l'année en cours", "le mois en cours"
            "en" if cx.is_w(i + 2, "cours") => (Some(0), i + 3),
            _ => (None, i + 2),
        };
        // Only with the article before it: "l'année dernière", not "chaque année".
        // "du mois dernier": "du" is "de le".
        let art = i > 0 && matches!(cx.w(i - 1), "l" | "la" | "le" | "du")
            || (i > 1 && cx.is_punct(i - 1, '\'') && cx.is_w(i - 2, "l"));
        if let Some(n) = rel
            && art
        {
            return relative(cx, i, end, unit, n);
        }
    }
    // "cette année", "cette semaine", "ce mois-ci", "ce mois"
    if matches!(w, "cette" | "ce" | "cet") {
        let next = cx.w(i + 1);
        let unit = match next {
            "annee" => Some(DurationUnit::Year),
            "semaine" => Some(DurationUnit::Week),
            "mois" => Some(DurationUnit::Month),
            _ => None,
        };
        // "cette année-là" is the year the text has given (see `anaphoric_period`).
        if let Some(unit) = unit
            && !(cx.is_punct(i + 2, '-') && cx.is_w(i + 3, "la"))
        {
            let mut end = i + 2;
            if cx.is_punct(end, '-') && cx.is_w(end + 1, "ci") {
                end += 2;
            }
            return relative(cx, i, end, unit, 0);
        }
        if let Some(wd) = lexicon::weekday(cx.lang, next) {
            // "ce vendredi 15 juin": the date the weekday introduces.
            if let Some(mut f) = weekday_date(cx, i + 1, wd, i + 2) {
                f.start = i;
                return Some(f);
            }
            // "ce dimanche": the one of the publication week, forward by default.
            let mut f = weekday_near(cx, i, i + 2, wd, Dir::Future)?;
            f.start = i;
            return Some(f);
        }
        if let Some(s) = lexicon::season(cx.lang, next) {
            let f = season(cx, i + 1, i + 1, s)?;
            return Some(Found {
                start: i,
                value: Value::Date(DateValue::Season {
                    year: p.map(|p| p.year),
                    season: s,
                }),
                ..f
            });
        }
    }
    // "il y a trois ans", "il y a un mois"
    if w == "il" && cx.is_w(i + 1, "y") && cx.is_w(i + 2, "a") {
        let q = number::quantity(cx, i + 3, true)?;
        if q.modifier.is_some_and(|m| m != Mod::Approx) {
            // "il y a plus de dix ans": a bound, not a date.
            return None;
        }
        // "il y a environ trois ans", "il y a une dizaine d'années": an approximate date.
        let mut u = q.num.end;
        if lexicon::approx_collective(cx.w(u.saturating_sub(1))).is_some() {
            if cx.is_w(u, "de") {
                u += 1;
            } else if cx.is_w(u, "d") && cx.is_punct(u + 1, '\'') {
                u += 2;
            }
        }
        let unit = lexicon::unit(cx.lang, cx.w(u))?;
        let n = q.num.int()?;
        let mut f = relative(cx, i, u + 1, unit, -n)?;
        if unit == DurationUnit::Year && !matches!(cx.w(u), "an" | "ans" | "annee" | "annees") {
            return None;
        }
        f.modifier = q.modifier;
        return Some(f);
    }
    None
}

/// "ce week-end", "le week-end dernier", "le week-end prochain": a weekend by its ISO week.
/// "Ce week-end" in a past-tense sentence is the one just gone.
fn week_end(cx: &Cx, i: usize) -> Option<Found> {
    let (start, k) = if matches!(cx.w(i), "ce" | "cet") {
        (i, i + 1)
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
    let explicit = relative_word(cx, end);
    if start == k && explicit.is_none() {
        // "le week-end" alone is generic.
        return None;
    }
    let p = pub_date(cx.published)?;
    let pw = i64::from(iso_weekday(p));
    let dir = explicit.or_else(|| tense(cx, start, end));
    let shift = match (explicit, dir) {
        (Some(Dir::Past), _) => -7,
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
    let end = end + usize::from(explicit.is_some());
    note_relative(cx, start, end, value, Rel::Weekend { weeks: shift / 7 });
    Some(date(start, end, value))
}

/// "le premier trimestre 2003", "au deuxième semestre", "le dernier trimestre de l'année".
fn quarter(cx: &Cx, i: usize) -> Option<Found> {
    // "T3 2016", "S1 2023", "Q4 2020": the financial shorthand, with its year ("un T3" is a
    // flat).
    if matches!(cx.raw(i), "T" | "S" | "Q")
        && cx.adjacent(i + 1)
        && cx.tok(i + 1).is_some_and(|t| t.is_digits() && t.len() == 1)
        && !cx.adjacent(i + 2)
        && let Some((y, end)) = year_at(cx, i + 2, false)
    {
        let n: u8 = cx.raw(i + 1).parse().ok()?;
        let value = match cx.raw(i) {
            "S" if (1..=2).contains(&n) => DateValue::Half {
                year: Some(y),
                half: n,
            },
            "T" | "Q" if (1..=4).contains(&n) => DateValue::Quarter {
                year: Some(y),
                quarter: n,
            },
            _ => return None,
        };
        return Some(date(i, end, value));
    }
    let digit_ordinal = cx.is_digits_at(i)
        && cx.adjacent(i + 1)
        && matches!(cx.w(i + 1), "er" | "e" | "eme" | "nd");
    let (n, k) = match cx.w(i) {
        _ if digit_ordinal => (cx.raw(i).parse().ok()?, i + 2),
        "premier" => (1, i + 1),
        "deuxieme" | "second" | "seconde" => (2, i + 1),
        "troisieme" => (3, i + 1),
        "quatrieme" => (4, i + 1),
        "dernier" => (0, i + 1),
        _ => return None,
    };
    let half = match cx.w(k) {
        "trimestre" => false,
        "semestre" => true,
        _ => return None,
    };
    let n = if n == 0 { if half { 2 } else { 4 } } else { n };
    if (half && n > 2) || n > 4 {
        return None;
    }
    let mut end = k + 1;
    let mut y_at = end;
    if cx.is_w(y_at, "de") || cx.is_w(y_at, "du") {
        y_at += 1;
    }
    let year = if let Some((y, e)) = year_at(cx, y_at, false) {
        end = e;
        Some(y)
    } else {
        cx.published.map(|p| {
            // A quarter not yet begun at publication, told in the past, is last year's.
            let pq = p
                .month
                .map_or(4, |m| if half { m.div_ceil(6) } else { m.div_ceil(3) });
            if n > pq && tense(cx, i, end) != Some(Dir::Future) {
                p.year - 1
            } else {
                p.year
            }
        })
    };
    let value = if half {
        DateValue::Half { year, half: n }
    } else {
        DateValue::Quarter { year, quarter: n }
    };
    Some(date(i, end, value))
}

/// "ce dimanche": the given weekday in the publication week, looking `dir` from it.
fn weekday_near(cx: &Cx, start: usize, end: usize, wd: u8, dir: Dir) -> Option<Found> {
    let value = match pub_date(cx.published) {
        Some(p) => {
            let pw = iso_weekday(p);
            let off = match dir {
                Dir::Future => (i32::from(wd) - i32::from(pw)).rem_euclid(7),
                Dir::Past => -(i32::from(pw) - i32::from(wd)).rem_euclid(7),
            };
            let value = day_value(p.checked_add(jiff::Span::new().days(i64::from(off))).ok()?);
            cx.note(end - 1, end, || What::Weekday(wd));
            note_relative(
                cx,
                start,
                end,
                value,
                Rel::Weekday {
                    weekday: wd,
                    dir,
                    strict: false,
                },
            );
            value
        }
        None => DateValue::Weekday { weekday: wd },
    };
    Some(date(start, end, value))
}

fn english_words(cx: &Cx, i: usize) -> Option<Found> {
    let w = cx.w(i);
    let day = |n: i64| -> Option<Found> {
        let p = pub_date(cx.published)?;
        let value = day_value(p.checked_add(jiff::Span::new().days(n)).ok()?);
        note_relative(cx, i, i + 1, value, Rel::Days(n));
        Some(date(i, i + 1, value))
    };
    match w {
        "yesterday" => return day(-1),
        "today" => return day(0),
        "tomorrow" => return day(1),
        _ => {}
    }
    if matches!(w, "last" | "next" | "this") {
        let n = match w {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        let next = cx.w(i + 1);
        let unit = match next {
            "year" => Some(DurationUnit::Year),
            "week" => Some(DurationUnit::Week),
            "month" => Some(DurationUnit::Month),
            _ => None,
        };
        if let Some(unit) = unit {
            return relative(cx, i, i + 2, unit, n);
        }
        if let Some(wd) = lexicon::weekday(cx.lang, next) {
            let dir = if n < 0 { Dir::Past } else { Dir::Future };
            return weekday_near(cx, i, i + 2, wd, dir);
        }
        // "last September", "next May": strictly before or after the publication month.
        if n != 0
            && let Some((m, false)) | Some((m @ 5, true)) = lexicon::month(cx.lang, next)
            && cx.capitalized(i + 1)
        {
            let dir = if n < 0 { Dir::Past } else { Dir::Future };
            cx.note(i + 1, i + 2, || What::Month {
                month: m,
                misspelling_of: None,
            });
            let year = year_strict(cx.published, m, dir);
            cx.note(i, i + 2, || What::YearResolved {
                year,
                published: cx.published,
                by: year.map(|_| By::Word {
                    dir,
                    word: cx.raw(i).to_string(),
                }),
            });
            return Some(date(i, i + 2, DateValue::Month { year, month: m }));
        }
        // "last summer", "next spring", "this fall"
        if let Some(s) = lexicon::season(cx.lang, next) {
            cx.note(i + 1, i + 2, || What::Season(s));
            return season_relative(
                cx,
                i,
                i + 2,
                s,
                (n != 0).then_some(if n < 0 { Dir::Past } else { Dir::Future }),
            );
        }
    }
    // "a year ago", "a decade ago"
    if matches!(w, "a" | "an")
        && let Some(unit) = lexicon::unit(cx.lang, cx.w(i + 1))
        && cx.is_w(i + 2, "ago")
    {
        return relative(cx, i, i + 3, unit, -1);
    }
    // "the 1990s"
    if w == "the"
        && let Some(t) = cx.tok(i + 1)
        && t.is_digits()
        && t.len() == 4
        && cx.is_w(i + 2, "s")
        && cx.adjacent(i + 2)
    {
        let n: i32 = cx.raw(i + 1).parse().ok()?;
        return Some(date(i + 1, i + 3, DateValue::Decade { decade: n / 10 }));
    }
    // "three years ago"
    if let Some(q) = number::quantity(cx, i, true)
        && q.modifier.is_none()
        && let Some(unit) = lexicon::unit(cx.lang, cx.w(q.num.end))
        && cx.is_w(q.num.end + 1, "ago")
    {
        return relative(cx, i, q.num.end + 2, unit, -q.num.int()?);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn misspellings_are_one_edit_away() {
        assert!(edit_distance_is_one("mail", "mai"));
        assert!(edit_distance_is_one("fevier", "fevrier"));
        assert!(edit_distance_is_one("juim", "juin"));
        assert!(edit_distance_is_one("mya", "may"));
        assert!(!edit_distance_is_one("yam", "may"));
        assert!(!edit_distance_is_one("mois", "mai"));
        assert!(!edit_distance_is_one("mai", "mai"));
    }

    #[test]
    fn roman_numerals() {
        assert_eq!(roman("xx"), Some(20));
        assert_eq!(roman("xix"), Some(19));
        assert_eq!(roman("xxi"), Some(21));
    }
}
