//! Spelled-out numbers: cardinals ("cent vingt mille", "quatre-vingt-dix", "vingt et un"),
//! ordinals ("dix-huitième", "vingt et unième", "premier") and the words naming a part ("tiers",
//! "cinquième"), for [`super`].

use super::{HALF, Num, Shape, add, mul, pow10};
use crate::grammar::lexicon::{self, NumWord};
use crate::grammar::trace::What;
use crate::grammar::{Cx, Lang};
use crate::value::Decimal;

/// A spelled-out cardinal, with "et" in "vingt et un" and hyphens in "quatre-vingt-dix".
pub(super) fn words(cx: &Cx, i: usize) -> Option<Num> {
    // Its first word is one of `lexicon::num_word`'s: one bit test (see `Cx::may_start`).
    if !cx.may_start(i, crate::grammar::prefilter::NUM_WORD) {
        return None;
    }
    // Read once per token: the ordinal, the cardinal and the date grammar's ordinals ask.
    cx.read_once(&cx.spelled, i, || words_read(cx, i))
}

/// [`words`] proper.
fn words_read(cx: &Cx, i: usize) -> Option<Num> {
    let lang = cx.lang;
    let mut total: i64 = 0; // completed scale groups
    let mut hundreds: i64 = 0; // within the current group
    let mut tens: i64 = 0;
    let mut last_scale: u8 = u8::MAX;
    let mut any = false;
    let mut only_article = true;
    let mut j = i;
    let mut end = i;
    loop {
        // Between words: white space, a hyphen glued to both, or "et" before "un"/"onze".
        let mut k = j;
        if any {
            if cx.is_punct(k, '-') && cx.adjacent(k) && cx.adjacent(k + 1) {
                k += 1;
            }
            if (lang == Lang::Fr && cx.is_w(k, "et"))
                || (lang == Lang::En && cx.is_w(k, "and") && hundreds > 0)
            {
                let mut n = k + 1;
                if cx.is_punct(n, '-') && cx.adjacent(n) {
                    n += 1;
                }
                let ok = match lang {
                    // "vingt et un", "soixante et onze", the Belgian and Swiss "huitante et un",
                    // "nonante et une", "mille et un", and "cent et trente" (rare but read so).
                    Lang::Fr => {
                        // Not "soixante-dix et un", which is no French number.
                        (matches!(cx.w(n), "un" | "une" | "onze")
                            && (20..=70).contains(&tens)
                            && cx.w(j - 1) != "dix")
                            || (matches!(cx.w(n), "un" | "une")
                                && matches!(cx.w(j - 1), "huitante" | "octante" | "nonante"))
                            // Not "entre mille et un million", two numbers.
                            || (matches!(cx.w(n), "un" | "une")
                                && last_scale == 3
                                && hundreds + tens == 0
                                && !matches!(
                                    lexicon::num_word(lang, cx.w(n + 1)),
                                    Some(NumWord::Scale(_))
                                )
                                && lexicon::approx_collective(cx.w(n + 1)).is_none())
                            || (hundreds > 0
                                && tens == 0
                                && matches!(
                                    lexicon::num_word(lang, cx.w(n)),
                                    Some(NumWord::Ten(_) | NumWord::Teen(_))
                                ))
                    }
                    Lang::En => matches!(
                        lexicon::num_word(lang, cx.w(n)),
                        Some(NumWord::Unit(_) | NumWord::Teen(_) | NumWord::Ten(_))
                    ),
                };
                if !ok {
                    break;
                }
                k = n;
            }
        }
        let Some(t) = cx.tok(k) else { break };
        if !t.is_word() {
            break;
        }
        // A number ends with its line: "quatre-vingt-dix" at the end of one, "un" starting
        // the next are two numbers.
        if any && (j..=k).any(|x| cx.line_break_before(x)) {
            break;
        }
        let w = cx.key(t);
        let Some(nw) = lexicon::num_word(lang, w) else {
            break;
        };
        // English "a"/"an" count only before a scale word ("a million").
        if lang == Lang::En
            && matches!(w, "a" | "an")
            && !matches!(
                lexicon::num_word(lang, cx.w(k + 1)),
                Some(NumWord::Scale(_) | NumWord::Hundred)
            )
        {
            break;
        }
        let ok = match nw {
            NumWord::Unit(u) => {
                !(any && u == 0)
                    && tens % 10 == 0
                    && (tens == 0 || tens >= 20 || (tens == 10 && u >= 7 && lang == Lang::Fr))
            }
            NumWord::Teen(t) => {
                tens == 0 || (lang == Lang::Fr && (tens == 60 || tens == 80) && t <= 16)
            }
            NumWord::Ten(v) => tens == 0 || (lang == Lang::Fr && v == 20 && tens == 4),
            // "douze cents", "dix-neuf cent quatre-vingt-quatre": hundreds counted by a teen.
            NumWord::Hundred => {
                hundreds == 0
                    && (tens < 10 || ((11..=19).contains(&tens) && total == 0))
                    && last_scale > 2
            }
            // "mil" only before the rest of its number: "mil neuf cent", "deux mil dix"; a
            // larger scale right after "mille" multiplies it ("mille milliards" is 10¹²).
            NumWord::Scale(p) => {
                (p < last_scale && (w != "mil" || number_follows(cx, k)))
                    || (last_scale == 3 && p > 3 && hundreds + tens == 0 && cx.w(j - 1) == "mille")
            }
        };
        if !ok {
            break;
        }
        // "millions de personnes", "cent" alone is a number, "millions" alone is not, nor is
        // "cents" ("3 cents": the coin).
        if !any
            && (matches!(nw, NumWord::Scale(_))
                && !matches!(w, "mille")
                && !(w == "mil" && number_follows(cx, k))
                || w == "cents"
                || w == "hundreds")
        {
            break;
        }
        match nw {
            NumWord::Unit(u) => tens += i64::from(u),
            NumWord::Teen(t) => tens += i64::from(t),
            NumWord::Ten(v) if v == 20 && tens == 4 => tens = 80,
            NumWord::Ten(v) => tens += i64::from(v),
            NumWord::Hundred => {
                hundreds = tens.max(1) * 100;
                tens = 0;
            }
            NumWord::Scale(p) if p > last_scale => {
                total = total.checked_mul(pow10(p))?;
                last_scale = p;
            }
            NumWord::Scale(p) => {
                let group = (hundreds + tens).max(1);
                total = total.checked_add(group.checked_mul(pow10(p))?)?;
                hundreds = 0;
                tens = 0;
                last_scale = p;
            }
        }
        if !matches!(w, "un" | "une") {
            only_article = false;
        }
        any = true;
        j = k + 1;
        end = j;
    }
    if !any {
        return None;
    }
    // "un seul candidat", "une seule fois": one, not an article (see [`super::one`]).
    if only_article
        && lang == Lang::Fr
        && matches!(cx.w(end), "seul" | "seule")
        && super::one::counts_one(cx, i)
    {
        end += 1;
        only_article = false;
    }
    let mut value = Decimal::int(total + hundreds + tens);
    if lang == Lang::Fr {
        // "trois cent virgule quarante-sept", "virgule zéro trois"
        if cx.is_w(end, "virgule") {
            let mut zeros = 0u8;
            let mut k = end + 1;
            while cx.is_w(k, "zero") {
                zeros += 1;
                k += 1;
            }
            if let Some(f) = words(cx, k)
                && let Some(fi) = f.int().filter(|&v| v > 0)
            {
                // "deux virgule cinq millions": the scale word ending the decimals scales the
                // whole number, 2.5 × 10⁶, not its decimals.
                let scale = match lexicon::num_word(lang, cx.w(f.end - 1)) {
                    Some(NumWord::Scale(p)) if p >= 6 && fi % pow10(p) == 0 => p,
                    _ => 0,
                };
                let fi = fi / pow10(scale);
                let places = fi.ilog10() as u8 + 1 + zeros;
                value = add(
                    value,
                    Decimal {
                        digits: fi,
                        scale: places,
                    },
                )?;
                value = mul(value, pow10(scale))?;
                end = f.end;
                only_article = false;
            }
        }
        // "trois douzaines"
        if matches!(cx.w(end), "douzaine" | "douzaines") {
            value = mul(value, 12)?;
            end += 1;
            only_article = false;
        }
        // "trois millions et demi", "deux et demi"
        if cx.is_w(end, "et") && (cx.is_w(end + 1, "demi") || cx.is_w(end + 1, "demie")) {
            let unit = if last_scale != u8::MAX && hundreds + tens == 0 {
                pow10(last_scale)
            } else {
                1
            };
            value = add(value, mul(HALF, unit)?)?;
            end += 2;
            only_article = false;
        }
    }
    let shape = if only_article {
        Shape::Article
    } else {
        Shape::Words
    };
    cx.note(i, end, || What::Words(value));
    Some(Num {
        start: i,
        end,
        value,
        shape,
    })
}

/// A number word below a thousand right after token `k` (the rest of "mil neuf cent").
fn number_follows(cx: &Cx, k: usize) -> bool {
    matches!(
        lexicon::num_word(cx.lang, cx.w(k + 1)),
        Some(NumWord::Unit(1..) | NumWord::Teen(_) | NumWord::Ten(_) | NumWord::Hundred)
    )
}

/// The value of a word naming a part: "tiers" 3, "quart" 4, "cinquième" 5, "vingt-et-unième"
/// ends in "unième" 1, "centième" 100. `compound` admits "unième", which is only ever the end
/// of a longer ordinal.
pub(super) fn part_word(lang: Lang, w: &str, compound: bool) -> Option<i64> {
    if let Some(d) = lexicon::denominator(lang, w) {
        return i64::try_from(d).ok();
    }
    if lang != Lang::Fr {
        return None;
    }
    let stem = w.strip_suffix("iemes").or_else(|| w.strip_suffix("ieme"))?;
    Some(match stem {
        "un" if compound => 1,
        "deux" => 2,
        "trois" => 3,
        "quatr" => 4,
        "cinqu" => 5,
        "six" => 6,
        "sept" => 7,
        "huit" => 8,
        "neuv" => 9,
        "dix" => 10,
        "onz" => 11,
        "douz" => 12,
        "treiz" => 13,
        "quatorz" => 14,
        "quinz" => 15,
        "seiz" => 16,
        "vingt" => 20,
        "trent" => 30,
        "quarant" => 40,
        "cinquant" => 50,
        "soixant" => 60,
        "cent" => 100,
        "mill" => 1_000,
        "million" => 1_000_000,
        "milliard" => 1_000_000_000,
        "billion" => 1_000_000_000_000,
        _ => return None,
    })
}

/// A spelled-out ordinal at token `i` — "deuxième", "dix-huitième", "vingt et unième",
/// "premier" — its value and the token after it.
pub fn ordinal(cx: &Cx, i: usize) -> Option<(i64, usize)> {
    // Its first word is of `word_class::SPELLED`: one bit test (see `Cx::may_start`).
    if !cx.may_start(i, crate::grammar::prefilter::SPELLED) {
        return None;
    }
    if cx.lang == Lang::Fr && matches!(cx.w(i), "premier" | "premiere" | "premiers" | "premieres") {
        return Some((1, i + 1));
    }
    let is_ordinal = |w: &str| w.ends_with("ieme") || w.ends_with("iemes");
    if is_ordinal(cx.w(i)) {
        let v = part_word(cx.lang, cx.w(i), false)?;
        return Some((v, i + 1));
    }
    let prefix = words(cx, i).filter(|p| p.shape == Shape::Words)?;
    let o = skip_joiners(cx, prefix.end);
    // "le trois centième anniversaire", "son deux millième match": after a determiner, the
    // singular is a rank (the parts are plural: "trois centièmes de seconde").
    let ranked = o == prefix.end
        && matches!(cx.w(o), "centieme" | "millieme")
        && i > 0
        && matches!(
            cx.w(i - 1),
            "le" | "la" | "l" | "du" | "au" | "ce" | "cette" | "son" | "sa" | "leur" | "notre"
        );
    if (o == prefix.end && !ranked) || !is_ordinal(cx.w(o)) {
        return None;
    }
    let last = part_word(cx.lang, cx.w(o), true)?;
    let p = prefix.int()?;
    // "vingt-cinquième", "dix-septième", "soixante-douzième", but "cinq-huitièmes" is five
    // eighths: a prefix ending in a unit takes no unit or teen after it.
    if last < 20 && p % 10 != 0 {
        return None;
    }
    Some((
        if last >= 100 {
            p.max(1) * last
        } else {
            p + last
        },
        o + 1,
    ))
}

/// "neuf" the number, not the adjective "new": before a noun or a number, or after a
/// determiner.
pub(super) fn counted_nine(cx: &Cx, i: usize) -> bool {
    let before = if i > 0 { cx.w(i - 1) } else { "" };
    if matches!(before, "tout" | "toute" | "de" | "a" | "flambant" | "quoi") {
        return false;
    }
    cx.tok(i + 1).is_some_and(|t| t.is_word() || t.is_digits())
        || matches!(
            before,
            "les"
                | "des"
                | "ces"
                | "ses"
                | "nos"
                | "vos"
                | "leurs"
                | "aux"
                | "et"
                | "sur"
                | "plus"
                | "moins"
        )
}

/// Skips the hyphens and "et" that join the words of an ordinal ("vingt-et-unième").
pub(super) fn skip_joiners(cx: &Cx, mut k: usize) -> usize {
    loop {
        if cx.is_punct(k, '-') && cx.adjacent(k) {
            k += 1;
        } else if cx.is_w(k, "et") {
            let n = if cx.is_punct(k + 1, '-') {
                k + 2
            } else {
                k + 1
            };
            if part_word(cx.lang, cx.w(n), true) != Some(1) {
                return k;
            }
            k += 1;
        } else {
            return k;
        }
    }
}
