//! Ordinals in Roman numerals ("le IIIe arrondissement", "la XVe circonscription", "la Ve
//! République", "le XVème"): the rank's number, as "3e" is 3, for the number grammar's
//! ordinals. Capitals before a final "e" or "ème" only, from the 2nd to the 39th: "Vie" opening a sentence is a word,
//! "François Ier" a title, and the centuries ("XIXe siècle") are the date grammar's.

use crate::grammar::Cx;

/// The folded forms, from "iie" (2) on: the literals are also the first pass's triggers.
const FORMS: [&str; 38] = [
    "iie", "iiie", "ive", "ve", "vie", "viie", "viiie", "ixe", "xe", "xie", "xiie", "xiiie",
    "xive", "xve", "xvie", "xviie", "xviiie", "xixe", "xxe", "xxie", "xxiie", "xxiiie", "xxive",
    "xxve", "xxvie", "xxviie", "xxviiie", "xxixe", "xxxe", "xxxie", "xxxiie", "xxxiiie", "xxxive",
    "xxxve", "xxxvie", "xxxviie", "xxxviiie", "xxxixe",
];

/// The same with "ème" ("XVème", "IIIème"), folded.
const EME_FORMS: [&str; 38] = [
    "iieme",
    "iiieme",
    "iveme",
    "veme",
    "vieme",
    "viieme",
    "viiieme",
    "ixeme",
    "xeme",
    "xieme",
    "xiieme",
    "xiiieme",
    "xiveme",
    "xveme",
    "xvieme",
    "xviieme",
    "xviiieme",
    "xixeme",
    "xxeme",
    "xxieme",
    "xxiieme",
    "xxiiieme",
    "xxiveme",
    "xxveme",
    "xxvieme",
    "xxviieme",
    "xxviiieme",
    "xxixeme",
    "xxxeme",
    "xxxieme",
    "xxxiieme",
    "xxxiiieme",
    "xxxiveme",
    "xxxveme",
    "xxxvieme",
    "xxxviieme",
    "xxxviiieme",
    "xxxixeme",
];

/// The Roman ordinal at token `i`, its value and the token after it.
pub fn roman_ordinal(cx: &Cx, i: usize) -> Option<(i64, usize)> {
    let raw = cx.raw(i);
    let (stem, forms) = match raw.strip_suffix("ème").or_else(|| raw.strip_suffix("eme")) {
        Some(stem) => (stem, &EME_FORMS),
        None => (raw.strip_suffix('e')?, &FORMS),
    };
    if stem.is_empty() || !stem.bytes().all(|b| matches!(b, b'I' | b'V' | b'X')) {
        return None;
    }
    let at = forms.iter().position(|f| *f == cx.w(i))?;
    Some((at as i64 + 2, i + 1))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_forms_count_up_from_two() {
        let roman = |n: usize| {
            let (tens, units) = (n / 10, n % 10);
            let units = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"][units];
            format!("{}{units}e", "x".repeat(tens))
        };
        for (at, form) in super::FORMS.iter().enumerate() {
            assert_eq!(*form, roman(at + 2));
            assert_eq!(super::EME_FORMS[at], format!("{}me", roman(at + 2)));
        }
    }
}
