//! The function words of French and English (folded), which are never a mention's salient
//! context: rarity alone would leave the rarer ones ("lorsque", "dont") weighing as much as a
//! fact's own words in a small corpus.

/// Folded, sorted (searched by bisection).
#[rustfmt::skip]
const FUNCTION_WORDS: &[&str] = &[
    "a", "about", "afin", "after", "ai", "ainsi", "alors", "also", "an", "and", "annee", "annees",
    "ans", "apres", "are", "as", "at", "au", "aucun", "aujourd", "aupres", "aussi", "autre",
    "autres", "aux", "avaient", "avait", "avant", "avec", "avoir", "ayant", "be", "been", "before",
    "but", "by", "ce", "cela", "celle", "celui", "cependant", "ces", "cet", "cette", "ceux",
    "chaque", "chez", "comme", "comment", "contre", "cours", "dans", "de", "debut", "deja",
    "depuis", "dernier", "derniere", "derniers", "des", "donc", "dont", "du", "egalement", "elle",
    "elles", "en", "encore", "entre", "est", "et", "etaient", "etait", "ete", "etre", "eux",
    "fait", "fin", "for", "from", "had", "has", "have", "he", "her", "his", "hui", "il", "ils",
    "in", "into", "is", "it", "its", "je", "jour", "jours", "jusque", "la", "le", "les", "leur",
    "leurs", "lors", "lorsque", "lui", "mais", "me", "meme", "mes", "moins", "mois", "mon", "ne",
    "ni", "nos", "notamment", "notre", "nous", "of", "on", "ont", "or", "ou", "over", "par",
    "parmi", "pas", "pendant", "peu", "plus", "plusieurs", "pour", "pourrait", "pres", "puis",
    "puisque", "quand", "que", "quel", "quelle", "quelque", "quelques", "qui", "sa", "sans", "se",
    "selon", "semaine", "semaines", "sera", "seront", "ses", "she", "si", "since", "soit", "son",
    "sont", "sous", "suite", "sur", "tandis", "te", "than", "that", "the", "their", "them", "they",
    "this", "to", "tous", "tout", "toute", "toutefois", "toutes", "tres", "un", "une", "vers",
    "via", "vos", "votre", "vous", "was", "were", "which", "while", "who", "will", "with", "would",
    "y", "year", "years",
];

/// Whether a folded word is a function word.
pub fn is_function_word(folded: &str) -> bool {
    FUNCTION_WORDS.binary_search(&folded).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_sorted_for_bisection() {
        assert!(FUNCTION_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_function_word("lorsque") && !is_function_word("offensive"));
    }
}
