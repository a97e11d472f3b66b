//! Every cue phrase of every rule in one table keyed by the phrase's first base. An article's
//! words are looked up once each, so its cost is one hash lookup per word plus one check per
//! phrase that starts there, whatever the number of rules; a rule none of whose required cues
//! occur in the article is then skipped without looking at a single sentence.
//!
//! Two lookups make a rule set's hits (`Index::candidate_hits`): first only each rule's *key*,
//! one item the rule cannot take a value without (a `cues` or `near` item, or its required
//! `anchor`); then, for the few rules whose key occurs, all their items. A common word that
//! many rules name only in `near` or `unless` ("pendant", "recenser") thus costs nothing for
//! the rules whose key is absent, however many there are.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::ops::Range;

use super::tokens::Word;
use super::{CueSpec, Role};

/// Where a phrase of one item of one rule occurs: indices into the article's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// The item's number in [`CueSpec::items`].
    pub item: usize,
    /// The phrase's number within the item.
    pub phrase: usize,
    pub words: Range<usize>,
}

/// Hits by rule number.
pub(crate) type HitsByRule =
    HashMap<usize, Vec<Hit>, BuildHasherDefault<crate::grammar::prefilter::WordHasher>>;

#[derive(Debug, Default)]
pub struct Index {
    /// First base → its slot in `entries` and `keys` (hashed as the word tables are: every
    /// word of an article is looked up here).
    slots: HashMap<String, usize, BuildHasherDefault<crate::grammar::prefilter::WordHasher>>,
    /// By slot: every phrase that starts with that base, ordered by rule (then item, then
    /// phrase, as the rule lists them).
    entries: Vec<Vec<Entry>>,
    /// By slot: the phrases of the rules' key items that start with that base.
    keys: Vec<Vec<Key>>,
    /// The rules with cues but no required item: candidates in every text.
    always: Vec<usize>,
    /// One more than the greatest rule number.
    rules: usize,
}

/// A phrase of a rule's key item.
#[derive(Debug, Clone)]
struct Key {
    rule: usize,
    bases: Vec<String>,
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
        let mut index = Index::default();
        // Of each rule that requires items: its phrases (slot, item, bases), and the sets of
        // items it cannot do without.
        let mut keyed = Vec::new();
        for (rule, spec) in specs {
            index.rules = index.rules.max(rule + 1);
            let mut own = Vec::new();
            for (item, (_, it)) in spec.items().into_iter().enumerate() {
                for (phrase, p) in it.phrases.iter().enumerate() {
                    let Some(first) = p.bases.first() else {
                        continue;
                    };
                    let next = index.slots.len();
                    let slot = *index.slots.entry(first.clone()).or_insert(next);
                    if slot == index.entries.len() {
                        index.entries.push(Vec::new());
                    }
                    index.entries[slot].push(Entry {
                        rule,
                        item,
                        phrase,
                        bases: p.bases.clone(),
                    });
                    own.push((slot, item, &p.bases));
                }
            }
            match key_options(spec) {
                options if options.is_empty() => index.always.push(rule),
                options => keyed.push((rule, own, options)),
            }
        }
        for list in &mut index.entries {
            list.sort_by_key(|e| e.rule);
        }
        // The key of each rule: of the item sets it requires, the one whose first words start
        // the fewest phrases of the set (a word many rules name is likely a common one), then
        // the one of fewest phrases.
        index.keys = vec![Vec::new(); index.entries.len()];
        for (rule, own, options) in keyed {
            let cost = |items: &Vec<usize>| {
                let mine = own.iter().filter(|(_, item, _)| items.contains(item));
                let shared: usize = mine.clone().map(|(s, _, _)| index.entries[*s].len()).sum();
                (shared, mine.count())
            };
            let key = options.iter().min_by_key(|o| cost(o)).cloned();
            let key = key.unwrap_or_default();
            for (slot, item, bases) in own {
                if key.contains(&item) {
                    index.keys[slot].push(Key {
                        rule,
                        bases: bases.clone(),
                    });
                }
            }
        }
        index.always.sort_unstable();
        index.always.dedup();
        index
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every hit in `words`, grouped by rule, each rule's hits in word order.
    pub(crate) fn hits(&self, words: &[Word]) -> HitsByRule {
        let mut out = HitsByRule::default();
        if self.entries.is_empty() {
            return out;
        }
        for (i, w) in words.iter().enumerate() {
            for slot in self.slots_of(w) {
                for e in &self.entries[slot] {
                    push_hit(&mut out, e, words, i);
                }
            }
        }
        out
    }

    /// The hits in `words` of the rules that may take a value there, grouped by rule, each
    /// rule's hits in word order: of each rule whose key item occurs (or that requires no
    /// item), all its hits, as [`Index::hits`] gives them; no hit of the other rules, which
    /// lack a required item and so cannot take a value.
    pub(crate) fn candidate_hits(&self, words: &[Word]) -> HitsByRule {
        let mut out = HitsByRule::default();
        if self.entries.is_empty() {
            return out;
        }
        // The first lookup: each word once, the key phrases that start there.
        let mut chosen = vec![false; self.rules];
        let mut candidates: Vec<usize> = Vec::new();
        let mut seen: Vec<(usize, usize)> = Vec::new();
        for (i, w) in words.iter().enumerate() {
            for slot in self.slots_of(w) {
                seen.push((slot, i));
                for key in &self.keys[slot] {
                    if !chosen[key.rule]
                        && super::tokens::match_phrase(&key.bases, words, i).is_some()
                    {
                        chosen[key.rule] = true;
                        candidates.push(key.rule);
                    }
                }
            }
        }
        for &rule in &self.always {
            if !chosen[rule] {
                chosen[rule] = true;
                candidates.push(rule);
            }
        }
        if candidates.is_empty() {
            return out;
        }
        candidates.sort_unstable();
        // The second: the candidates' phrases at the words found, in word order.
        for (slot, i) in seen {
            let list = &self.entries[slot];
            if list.len() <= 2 * candidates.len() {
                for e in list.iter().filter(|e| chosen[e.rule]) {
                    push_hit(&mut out, e, words, i);
                }
                continue;
            }
            for &rule in &candidates {
                let from = list.partition_point(|e| e.rule < rule);
                for e in list[from..].iter().take_while(|e| e.rule == rule) {
                    push_hit(&mut out, e, words, i);
                }
            }
        }
        out
    }

    /// The slots of the phrases that may start at `w`: its base's, then its other stem's.
    fn slots_of<'s>(&'s self, w: &'s Word) -> impl Iterator<Item = usize> + 's {
        let own = (!w.is_punct()).then(|| self.slots.get(&*w.base)).flatten();
        let alt = (!w.is_punct() && !w.alt.is_empty())
            .then(|| self.slots.get(&*w.alt))
            .flatten();
        own.into_iter().chain(alt).copied()
    }
}

/// The hit of `e` at word `i`, if its phrase starts there.
fn push_hit(out: &mut HitsByRule, e: &Entry, words: &[Word], i: usize) {
    if let Some(end) = super::tokens::match_phrase(&e.bases, words, i) {
        out.entry(e.rule).or_default().push(Hit {
            item: e.item,
            phrase: e.phrase,
            words: i..end,
        });
    }
}

/// The sets of items a rule cannot take a value without a hit of one of: each `cues` and each
/// `near` item alone, and the `anchor` items together when the anchor is required. Empty when
/// the rule requires none. (`rules::matching`'s `cues_possible` is the same requirement.)
fn key_options(spec: &CueSpec) -> Vec<Vec<usize>> {
    let items = spec.items();
    let mut out: Vec<Vec<usize>> = items
        .iter()
        .enumerate()
        .filter(|(_, (role, _))| matches!(role, Role::Cues | Role::Near))
        .map(|(i, _)| vec![i])
        .collect();
    if spec
        .anchor
        .as_ref()
        .is_some_and(|a| !a.want.is_empty() && !a.optional)
    {
        out.push(
            items
                .iter()
                .enumerate()
                .filter(|(_, (role, _))| *role == Role::Anchor)
                .map(|(i, _)| i)
                .collect(),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::Lang;

    /// Rules that share common words in the items they do not require, and one each that
    /// requires nothing, an anchor, or a phrase of two words.
    const RULES: &str = r#"lang: fr
rules:
  - id: a-near-common
    title: A
    kind: duration
    near: [zorbalique, [durer, pendant]]
    unless: [recenser]
  - id: b-cues-common
    title: B
    kind: date
    cues: [valmoiture]
    near: [[lancement, vitrelade]]
  - id: c-counts-only
    title: C
    kind: count
    counts: [soldat]
    unless: [pendant]
  - id: d-anchor
    title: D
    kind: count
    counts: [habitant]
    anchor:
      cues: [ville, capitale]
      against: [pays]
  - id: e-phrase
    title: E
    kind: count
    near: ["casque bleu", pendant]
"#;

    /// Whether `hits` hold every item `spec` requires, written out again here: each `cues`
    /// and `near` item, and an `anchor` item when the anchor is required.
    fn has_required(spec: &CueSpec, hits: &[Hit]) -> bool {
        let items = spec.items();
        let hit = |i: usize| hits.iter().any(|h| h.item == i);
        let anchor_needed = spec
            .anchor
            .as_ref()
            .is_some_and(|a| !a.want.is_empty() && !a.optional);
        items
            .iter()
            .enumerate()
            .all(|(i, (role, _))| !matches!(role, Role::Cues | Role::Near) || hit(i))
            && (!anchor_needed || (0..items.len()).any(|i| items[i].0 == Role::Anchor && hit(i)))
    }

    #[test]
    fn candidate_hits_are_all_the_hits_of_every_rule_that_may_pass() {
        let set = crate::rules::load_str("test.yaml", RULES).unwrap();
        let specs: Vec<(usize, &CueSpec)> = set
            .rules
            .iter()
            .enumerate()
            .filter_map(|(i, r)| r.cues.as_ref().map(|c| (i, c)))
            .collect();
        let index = Index::new(specs.iter().copied());
        let texts = [
            "Le siège a duré pendant trois mois, sans recenser les soldats.",
            "Le zorbalique a duré six semaines, pendant l'hiver.",
            "Le lancement de la valmoiture le 3 mai, pendant la foire.",
            "La ville compte 3 000 habitants; le pays, bien plus.",
            "Le pays compte 3 000 habitants.",
            "Trois casques bleus sont restés pendant deux ans.",
            "Aucun des mots.",
        ];
        let (mut kept, mut left) = (0, 0);
        for text in texts {
            let words = crate::cues::tokens::words(Lang::Fr, text);
            let all = index.hits(&words);
            let some = index.candidate_hits(&words);
            for &(r, spec) in &specs {
                let hits = all.get(&r).map_or(&[][..], Vec::as_slice);
                match some.get(&r) {
                    Some(mine) => {
                        assert_eq!(mine, &all[&r], "{} in {text:?}", set.rules[r].id);
                        kept += 1;
                    }
                    None if !hits.is_empty() => {
                        assert!(
                            !has_required(spec, hits),
                            "{} left out in {text:?}",
                            set.rules[r].id
                        );
                        left += 1;
                    }
                    None => {}
                }
            }
        }
        // Both cases occur: rules kept with their hits, rules with hits left out.
        assert!(kept >= 5 && left >= 4, "kept {kept}, left out {left}");
    }

    #[test]
    fn the_key_is_the_required_item_fewest_rules_share() {
        let set = crate::rules::load_str("test.yaml", RULES).unwrap();
        let index = Index::new(
            set.rules
                .iter()
                .enumerate()
                .filter_map(|(i, r)| r.cues.as_ref().map(|c| (i, c))),
        );
        let keys: Vec<(String, &str)> = index
            .slots
            .iter()
            .flat_map(|(base, &slot)| {
                index.keys[slot]
                    .iter()
                    .map(|k| (base.clone(), set.rules[k.rule].id.as_str()))
            })
            .collect();
        let key_of = |id: &str| {
            let mut firsts: Vec<&str> = keys
                .iter()
                .filter(|(_, r)| *r == id)
                .map(|(b, _)| b.as_str())
                .collect();
            firsts.sort();
            firsts
        };
        let base = |w: &str| crate::morph::base(Lang::Fr, w);
        // Not `pendant`, which three rules name.
        assert_eq!(key_of("a-near-common"), [base("zorbalique")]);
        assert_eq!(key_of("b-cues-common"), [base("valmoiture")]);
        let mut anchor = vec![base("ville"), base("capitale")];
        anchor.sort();
        assert_eq!(key_of("d-anchor"), anchor);
        assert_eq!(key_of("e-phrase"), [base("casque")]);
        // Requiring nothing, a rule is a candidate everywhere.
        assert!(key_of("c-counts-only").is_empty());
        assert_eq!(index.always.len(), 1);
    }
}
