//! Paragraphs in the other language: a bilingual caption block, a quoted English statement in a
//! French article, a French summary under an English dispatch. Read with the source's grammar,
//! "2,000 troops" would be two and "April 17" a bare 17 in a French text; such a paragraph is
//! read again with the grammar of the language it is written in, and its readings replace the
//! first ones. The rest of the text keeps its readings (and its anaphoric dates, which lean on
//! the dates before them).
//!
//! A sentence of a line is in the other language when at least [`MIN_WORDS`] of its words are
//! that language's function words and they outnumber the source language's by more than two to
//! one (a line of a bilingual newsletter may switch from one sentence to the next). A first look for a few of those words in the whole text ([`memchr::memmem`]) spares the
//! count in texts that hold none.

use std::ops::Range;

use super::Lang;
use crate::value::Mention;

/// Function words a paragraph must hold at least this many of, in its language.
const MIN_WORDS: usize = 3;

/// Words of one language and not of the other (not "a", "on", "en", "de", which both write).
fn is_function_word(lang: Lang, w: &str) -> bool {
    match lang {
        Lang::En => matches!(
            w,
            "the"
                | "of"
                | "and"
                | "to"
                | "in"
                | "was"
                | "were"
                | "is"
                | "are"
                | "from"
                | "by"
                | "which"
                | "had"
                | "has"
                | "have"
                | "been"
                | "with"
                | "for"
                | "that"
                | "than"
                | "its"
                | "their"
                | "where"
                | "who"
                | "since"
                | "some"
                | "more"
                | "after"
        ),
        Lang::Fr => matches!(
            w,
            "le" | "la"
                | "les"
                | "des"
                | "du"
                | "et"
                | "au"
                | "aux"
                | "un"
                | "une"
                | "est"
                | "sont"
                | "qui"
                | "que"
                | "dans"
                | "pour"
                | "par"
                | "sur"
                | "avec"
                | "ont"
                | "depuis"
                | "ses"
                | "leur"
                | "leurs"
                | "apr\u{e8}s"
                | "\u{e0}"
        ),
    }
}

/// The language that is not `lang`.
pub(super) fn other(lang: Lang) -> Lang {
    match lang {
        Lang::Fr => Lang::En,
        Lang::En => Lang::Fr,
    }
}

/// Whether the text may hold a paragraph in the other language: one of that language's
/// commonest words between spaces.
fn may_hold(text: &str, foreign: Lang) -> bool {
    let probes: &[&str] = match foreign {
        Lang::En => &[" the ", " of ", " and ", "The "],
        Lang::Fr => &[" les ", " des ", " et ", " dans "],
    };
    probes
        .iter()
        .any(|p| memchr::memmem::find(text.as_bytes(), p.as_bytes()).is_some())
}

/// The lines of `text` written in the other language than `lang`, as byte ranges.
pub(super) fn foreign_lines(text: &str, lang: Lang) -> Vec<Range<usize>> {
    let foreign = other(lang);
    if !may_hold(text, foreign) {
        return Vec::new();
    }
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        for piece in sentences(line) {
            let part = &line[piece.clone()];
            let (mut theirs, mut ours) = (0, 0);
            for w in part.split(|c: char| !c.is_alphabetic()) {
                if w.is_empty() || w.len() > 6 {
                    continue;
                }
                let w = w.to_lowercase();
                theirs += usize::from(is_function_word(foreign, &w));
                ours += usize::from(is_function_word(lang, &w));
            }
            if theirs >= MIN_WORDS && theirs > 2 * ours {
                let r = start + piece.start..start + piece.end;
                // A run of sentences in the other language is read as one piece.
                match out.last_mut() {
                    Some(last) if last.end == r.start => last.end = r.end,
                    _ => out.push(r),
                }
            }
        }
        start += line.len();
    }
    out
}

/// Whether the text before a full stop ends with an initial or a title before a name ("J.",
/// "M.", "Dr.", "Mme."): the name that follows starts no sentence.
fn abbreviation(before: &str) -> bool {
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(before.len(), |(i, _)| i);
    let word = &before[start..];
    word.chars().count() == 1
        || matches!(
            word.to_lowercase().as_str(),
            "mr" | "mrs"
                | "ms"
                | "dr"
                | "st"
                | "mme"
                | "mlle"
                | "mgr"
                | "me"
                | "pr"
                | "gen"
                | "col"
                | "lt"
                | "sgt"
                | "prof"
                | "sen"
                | "rep"
                | "gov"
                | "jr"
                | "sr"
        )
}

/// The sentences of a line, as byte ranges that cover it: a sentence ends after ".", "!" or
/// "?" and the spaces after it, where a capital letter starts the next (not after an
/// initial or a title: "M. Dupont", "J. Smith"; a digit starts none: "Sept. 19"). A line of a
/// newsletter may switch language from one sentence to the next ("Roughly 3,000 troops remain.
/// Le Kremlin garde sa base.").
fn sentences(line: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = line.as_bytes();
    let mut from = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let mut i = from;
        while i < bytes.len() {
            if matches!(bytes[i], b'.' | b'!' | b'?') {
                let mut j = i + 1;
                while j < bytes.len() && bytes[j] == b' ' {
                    j += 1;
                }
                let next = line[j..].chars().next();
                if j > i + 1 && next.is_some_and(char::is_uppercase) && !abbreviation(&line[..i]) {
                    let piece = from..j;
                    from = j;
                    return Some(piece);
                }
            }
            i += 1;
        }
        done = true;
        Some(from..bytes.len())
    })
}

/// `mentions` (of `text`, read in `lang`, sorted by start) with those of every line in the other
/// language replaced by `rescan`'s readings of that line (offsets into the line), shifted into
/// the text.
pub(super) fn reread(
    text: &str,
    lang: Lang,
    mentions: Vec<Mention>,
    rescan: impl Fn(&str, Lang) -> Vec<Mention>,
) -> Vec<Mention> {
    let lines = foreign_lines(text, lang);
    if lines.is_empty() {
        return mentions;
    }
    // The lines are sorted and disjoint: the one that may hold a mention is the last to start
    // at or before it.
    let inside = |m: &Mention| {
        let k = lines.partition_point(|r| r.start <= m.start);
        k > 0 && m.start < lines[k - 1].end
    };
    let mut out: Vec<Mention> = mentions.into_iter().filter(|m| !inside(m)).collect();
    for r in &lines {
        for mut m in rescan(&text[r.clone()], other(lang)) {
            m.shift(r.start);
            out.push(m);
        }
    }
    out.sort_by_key(|m| (m.start, m.end));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::Value;

    fn numbers(text: &str, lang: Lang) -> Vec<(String, Value)> {
        super::super::scan(text, lang, None)
            .into_iter()
            .map(|m| (text[m.start..m.end].to_string(), m.value))
            .collect()
    }

    /// The value of the first mention of `text` whose words hold `w`.
    fn value_of(text: &str, lang: Lang, w: &str) -> Option<String> {
        numbers(text, lang)
            .into_iter()
            .find(|(t, _)| t.contains(w))
            .map(|(_, v)| v.to_string())
    }

    #[test]
    fn an_english_line_in_a_french_text_is_read_in_english() {
        let text = "Le camp compte 1 200 tentes.\n\
                    EN: Some 3,500 people were living in the camp, which has 40 wells.\n\
                    FR : Quelque 3 500 personnes vivaient dans le camp.\n";
        let of = |w: &str| value_of(text, Lang::Fr, w);
        assert_eq!(of("3,500").as_deref(), Some("3500"));
        assert_eq!(of("3 500").as_deref(), Some("3500"));
        assert_eq!(of("1 200").as_deref(), Some("1200"));
    }

    #[test]
    fn a_french_line_in_an_english_text_is_read_in_french() {
        let text = "The bridge reopened in May.\n\
                    Le pont mesure 1,5 kilomètre et il a coûté 2,400 millions, selon la mairie et les services de l'État.\n";
        let found = numbers(text, Lang::En);
        assert!(
            found
                .iter()
                .any(|(t, v)| t.starts_with("1,5") && v.to_string() == "1.5"),
            "{found:?}"
        );
    }

    #[test]
    fn french_lines_with_english_names_stay_french() {
        for line in [
            "Le groupe The Cure jouera le 3 mai au stade, avec 2,5 heures de concert.\n",
            "Selon le rapport « State of the World », 1,250 million de personnes sont concernées.\n",
        ] {
            assert!(foreign_lines(line, Lang::Fr).is_empty(), "{line}");
        }
    }

    #[test]
    fn a_line_that_switches_language_is_read_sentence_by_sentence() {
        let text = "Le camp est plein. Some 2,500 people were living there, and the wells ran dry by the end of May. La mairie a compté 1,5 tonne de vivres et 40 tentes pour les familles.\n";
        let of = |w: &str| value_of(text, Lang::Fr, w);
        assert_eq!(of("2,500").as_deref(), Some("2500"));
        assert_eq!(of("1,5").as_deref(), Some("1.5"));
        let english = foreign_lines(text, Lang::Fr);
        assert_eq!(english.len(), 1);
        assert!(text[english[0].clone()].starts_with("Some 2,500"));
        assert!(text[english[0].clone()].ends_with("of May. "));
    }

    #[test]
    fn sentences_cover_the_line() {
        let line = "Il pleut. Deux ! Le 3 fois? trois… M. Dupont est venu Sept. 19 avec 2.5 kg.";
        let pieces: Vec<&str> = sentences(line).map(|r| &line[r]).collect();
        assert_eq!(pieces.concat(), line);
        assert_eq!(
            pieces,
            [
                "Il pleut. ",
                "Deux ! ",
                "Le 3 fois? trois… M. Dupont est venu Sept. 19 avec 2.5 kg."
            ]
        );
    }

    #[test]
    fn offsets_point_into_the_whole_text() {
        let text = "Titre.\nMore than 12,000 people had fled by then, and the roads were closed.\n";
        for m in super::super::scan(text, Lang::Fr, None) {
            assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        }
        assert_eq!(foreign_lines(text, Lang::Fr), vec![7..text.len()]);
    }
}
