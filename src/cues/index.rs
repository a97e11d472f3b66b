//! Every cue phrase of every rule in one table keyed by the phrase's first base. An article's
//! words are looked up once each, so its cost is one hash lookup per word plus one check per
//! phrase that starts there, whatever the number of rules; a rule none of whose required cues
//! occur in the article is then skipped without looking at a single sentence.

use std::collections::HashMap;
use std::ops::Range;

use super::CueSpec;
use super::tokens::Word;

/// Where a phrase of one item of one rule occurs: indices into the article's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// The item's number in [`CueSpec::items`].
    pub item: usize,
    /// The phrase's number within the item.
    pub phrase: usize,
    pub words: Range<usize>,
}

#[derive(Debug, Default)]
pub struct Index {
    /// First base → (rule, item, phrase, all bases).
    by_first: HashMap<String, Vec<Entry>>,
}

#[derive(Debug)]
struct Entry {
    rule: usize,
    item: usize,
    phrase: usize,
    bases: Vec<String>,
}

impl Index {
    /// The index of the given rules' cues; `rule` numbers are the caller's.
    pub fn new<'a>(specs: impl IntoIterator<Item = (usize, &'a CueSpec)>) -> Index {
        let mut by_first: HashMap<String, Vec<Entry>> = HashMap::new();
        for (rule, spec) in specs {
            for (item, (_, it)) in spec.items().into_iter().enumerate() {
                for (phrase, p) in it.phrases.iter().enumerate() {
                    let Some(first) = p.bases.first() else {
                        continue;
                    };
                    by_first.entry(first.clone()).or_default().push(Entry {
                        rule,
                        item,
                        phrase,
                        bases: p.bases.clone(),
                    });
                }
            }
        }
        Index { by_first }
    }

    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }

    /// Every hit in `words`, grouped by rule, each rule's hits in word order.
    pub fn hits(&self, words: &[Word]) -> HashMap<usize, Vec<Hit>> {
        let mut out: HashMap<usize, Vec<Hit>> = HashMap::new();
        if self.by_first.is_empty() {
            return out;
        }
        for (i, w) in words.iter().enumerate() {
            if w.is_punct() {
                continue;
            }
            let own = self.by_first.get(&*w.base).into_iter().flatten();
            let alt = (!w.alt.is_empty())
                .then(|| self.by_first.get(&*w.alt))
                .flatten()
                .into_iter()
                .flatten();
            for e in own.chain(alt) {
                if let Some(end) = super::tokens::match_phrase(&e.bases, words, i) {
                    out.entry(e.rule).or_default().push(Hit {
                        item: e.item,
                        phrase: e.phrase,
                        words: i..end,
                    });
                }
            }
        }
        out
    }
}
