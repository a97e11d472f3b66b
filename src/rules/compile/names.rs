//! Names close to a misspelled one: "did you mean", by edit distance.

/// "did you mean `x`?" when a close name exists, else `otherwise`.
pub fn did_you_mean(name: &str, options: &[&str], otherwise: &str) -> String {
    let best = options
        .iter()
        .map(|o| (edit_distance(name, o), *o))
        .filter(|(d, o)| *d <= 2.max(o.len() / 3))
        .min();
    match best {
        Some((_, o)) => format!("did you mean `{o}`?"),
        None => otherwise.to_string(),
    }
}

/// Levenshtein distance in characters: how many typos apart two names are.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}
