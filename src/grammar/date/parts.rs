//! The parts that every date form is built of: a day of the month ("9", "09", "1er",
//! "premier"), a month name ("mai", "sept.", and "mail" read through a misspelling next to a
//! day or a year), a year ("2024", "octobre 98"), the words that may follow a bare year
//! ("en 2020, la guerre") or precede a count ("les 2000 soldats"), "dernier"/"prochain"
//! after a date word, and "de l'année" before a year.

use crate::grammar::trace::{Dir, What};
use crate::grammar::{Cx, Lang, lexicon, number, word_class};
use crate::value::{ByteSpan, Warning, WarningCode};

use super::english::english_may;

/// A day of the month at token `i`: "9", "09", "1er", "premier". Returns (day, next token).
pub(super) fn day_at(cx: &Cx, i: usize) -> Option<(u8, usize)> {
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
        // "1 er juin": the ordinal's ending set apart by a stray space.
        if d == 1 && cx.space_gap(i + 1) && cx.is_w(i + 1, "er") && cx.raw(i + 1) == "er" {
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
pub(super) fn month_at(cx: &Cx, i: usize, context: bool) -> Option<(u8, usize, Option<Warning>)> {
    // One bit test first: most words are no month (see `Cx::may_be_month`).
    if !cx.may_be_month(i, context) {
        return None;
    }
    let t = cx.tok(i)?;
    if !t.is_word() {
        return None;
    }
    let w = cx.key(t);
    // The month of "la rue du 4-Septembre" is the street's, as its day is.
    let day = if cx.is_punct(i.saturating_sub(1), '-') {
        2
    } else {
        1
    };
    if i >= day && cx.is_digits_at(i - day) && street_name(cx, i - day) {
        return None;
    }
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
    // One lookup first: most words are near no month (see `word_class::near_month`).
    let near = match cx.lang {
        Lang::Fr => word_class::NEAR_FR_MONTH,
        Lang::En => word_class::NEAR_EN_MONTH,
    };
    if context && w.len() >= 3 && word_class::near_month(w) & near != 0 {
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

/// "la rue du 4-Septembre", "avenue du 8 Mai 1945", "le lycée du 11-Novembre": the day at
/// token `day` opens the name of a street, a square or a school. Not "le pont du 15 août"
/// (the long weekend) nor "au cours du 3 mai".
pub(super) fn street_name(cx: &Cx, day: usize) -> bool {
    cx.lang == Lang::Fr
        && day > 1
        && cx.is_w(day - 1, "du")
        && matches!(
            cx.w(day - 2),
            "rue"
                | "avenue"
                | "boulevard"
                | "bd"
                | "place"
                | "square"
                | "quai"
                | "allee"
                | "impasse"
                | "esplanade"
                | "stade"
                | "lycee"
                | "college"
                | "ecole"
        )
}

/// Edit distance exactly one on ASCII keys: a letter added, dropped or changed, or two
/// neighbouring letters swapped ("Mya" for "May").
pub(in crate::grammar) fn edit_distance_is_one(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    // One edit leaves the first letter, or else (an edit at the first letter) the second
    // letter of one is the first or the second of the other: a quick no for most words.
    if let (Some(&a0), Some(&b0)) = (a.first(), b.first())
        && a0 != b0
    {
        let (a1, b1) = (a.get(1).copied(), b.get(1).copied());
        if a1 != b1 && a1 != Some(b0) && b1 != Some(a0) {
            return false;
        }
    }
    // The common prefix `p` and the common suffix `s` (not overlapping it), byte loops on
    // these few letters: one edit leaves all but one letter (or two swapped) in them.
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let (m, n) = (short.len(), long.len());
    let mut p = 0;
    while p < m && short[p] == long[p] {
        p += 1;
    }
    if p == m && m == n {
        return false;
    }
    let mut s = 0;
    while s < m - p && short[m - 1 - s] == long[n - 1 - s] {
        s += 1;
    }
    if m == n {
        // A letter changed, or the two at `p` swapped.
        p + s + 1 == n
            || (p + 1 < n && short[p] == long[p + 1] && short[p + 1] == long[p] && s + p + 2 >= n)
    } else {
        p + s == m
    }
}

/// A year after a month or day: four digits, two ("octobre 98"), or words ("février deux
/// mille dix-huit").
pub(super) fn year_at(cx: &Cx, i: usize, allow_short: bool) -> Option<(i32, usize)> {
    let t = cx.tok(i)?;
    if t.is_word() {
        return year_in_words(cx, i);
    }
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
            // Not a count: "mai 12 personnes", "l'été 20 000 visiteurs"; but a year before a
            // verb or a preposition ("mai 68 a changé", "l'été 98 en Bretagne"). Up to 31 it
            // could be a day too ("novembre 15 jusqu'au 19"): only before a pause, a name
            // or "et", "à", "au".
            // Never after a comma ("en avril, 40 % des votants").
            let pause = cx.tok(i + 1).is_none_or(|n| {
                (!n.is_word() && follows_year(cx, i + 1))
                    || cx.capitalized(i + 1)
                    || matches!(cx.key(n), "et" | "a" | "au")
            });
            if cx.is_digits_at(i + 1)
                || (i > 0 && cx.is_punct(i - 1, ','))
                || !(pause || (y > 31 && follows_year(cx, i + 1)))
            {
                return None;
            }
            let y = if y < 50 { 2000 + y } else { 1900 + y };
            cx.note(i, i + 1, || What::Year(y));
            Some((y, i + 1))
        }
        _ => None,
    }
}

/// "deux mille dix-huit", "mille neuf cent soixante-trois" after a month or a day: a year
/// from 1100 to 2199 in French words starting with "mille" or "deux mille", when what
/// follows may follow a year (not "mai deux mille manifestants", a count).
fn year_in_words(cx: &Cx, i: usize) -> Option<(i32, usize)> {
    if cx.lang != Lang::Fr
        || !(cx.is_w(i, "mille") || (cx.is_w(i, "deux") && cx.is_w(i + 1, "mille")))
    {
        return None;
    }
    let q = number::quantity(cx, i, false)?;
    if q.modifier.is_some() || q.num.start != i || !follows_year(cx, q.num.end) {
        return None;
    }
    let y = i32::try_from(q.num.int()?).ok()?;
    if !(1100..=2199).contains(&y) {
        return None;
    }
    cx.note(i, q.num.end, || What::Year(y));
    Some((y, q.num.end))
}

/// Words that may follow a bare year without making it a count ("en 2020, la guerre", "2020
/// et 2021", "2020 à Paris").
pub(super) fn follows_year(cx: &Cx, i: usize) -> bool {
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

/// "la vendange record de 2017 reste", "la bataille perdue de 2018 hante": after a number of
/// a thousand or more, a word in the singular is no noun it counts (counted nouns take the
/// plural: "2019 euros", "2000 personnes", "1500 voix"), so the number is a year before it.
/// Not a currency some write without the plural, an abbreviation ("2000 km", "1500 m") nor
/// an adverb of a count ("2000 environ").
pub(super) fn singular_after(cx: &Cx, i: usize) -> bool {
    let Some(t) = cx.tok(i) else { return false };
    let w = cx.key(t);
    cx.lang == Lang::Fr
        && t.is_word()
        && !cx.capitalized(i)
        && w.len() >= 4
        && !w.ends_with('s')
        && !w.ends_with('x')
        && !matches!(
            w,
            "euro"
                | "dollar"
                | "franc"
                | "livre"
                | "yuan"
                | "rouble"
                | "dinar"
                | "mille"
                // "ils étaient 2000 environ": an adverb of a count.
                | "environ"
                | "seulement"
                | "exactement"
                | "pile"
                | "net"
                | "brut"
        )
}

/// Words before a bare four-digit number that make it a count, not a year.
pub(super) fn count_before(cx: &Cx, i: usize) -> bool {
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

/// "dernier"/"prochain" (and English "last"/"next" handled elsewhere) after a date word.
pub(super) fn relative_word(cx: &Cx, i: usize) -> Option<Dir> {
    match cx.w(i) {
        "dernier" | "derniere" | "derniers" | "dernieres" | "passe" | "passee" => Some(Dir::Past),
        "prochain" | "prochaine" | "prochains" | "prochaines" => Some(Dir::Future),
        _ => None,
    }
}

/// The token after "de", "de l'année", "of" before a year ("mars de l'année 2017").
pub(super) fn skip_of_year(cx: &Cx, k: usize) -> usize {
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
}
