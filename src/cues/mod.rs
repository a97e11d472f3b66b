//! Cues: rules that describe a fact in words rather than in regexes.
//!
//! A cue rule says what its value counts (`counts`, for counts), which words must surround it
//! (`cues` anywhere in the sentence, `near` within a few words), which words rule it out
//! (`unless`, and `rivals`: words of another fact that bind the value more closely), and where
//! the article must place it (`anchor`: the nearest of `cues` and `against`, searched in the
//! sentence, then the paragraph, then the article). Every word is written once, in dictionary
//! form, and matches its inflections: both sides are reduced to a *base* (see
//! [`tokens`] and [`crate::morph`]). Word classes (`@flee`, `@peacekeepers`) are shared by
//! every rule of a claims folder (`words:` in any rule file).
//!
//! Code map: `answer` (a value opening the answer to a question: its scope takes in the
//! question), `clitic` (a bare count's noun through the pronoun "en"; "n° 3" counts nothing), `refuted` (a quoted figure
//! the writer calls false), `tokens` (the words of a text, folded, with bases and byte spans), `counted`
//! (the noun a count counts, and whether it is the part or the whole of "X des Y"),
//! `estimated` ("la population, estimée à N": a `near` cue before the estimate is measured
//! from its start), `dateline` (a dispatch's "EREVAN, 18 avril (Agence) –"), `corrected` (a correction notice's reported
//! error: denied), `insertion` (a clause between
//! two commas, skipped when a `near` cue is measured), `introduced` ("au nombre de 2000": a year-like
//! number after a phrase of counting is a count), `said` (the date of a reporting incise, ", a confirmé jeudi le Kremlin"),
//! `respectively` (figures distributed over a coordination: each measured from its own
//! conjunct), `share` ("la moitié des", "40 % des": a share of a whole, no count), `ratio` ("sept sur
//! dix": a share by a ratio, neither number a count), `money` ("8 000 €": a sum counts its
//! currency),
//! `index` (all the rules' cue phrases in one table: an article's words are looked up once,
//! and a rule whose cues are absent costs nothing there), `matching` (a rule's verdict on one
//! sentence, and the near-miss account of why it did not match), `rank` (an ordinal, "la 102e",
//! counts no thing: its own word).
//!
//! Invariants: pure functions of the text and the compiled rules; spans are byte ranges into
//! the text given; the result does not depend on the order of the rules.

pub mod anaphora;
pub mod answer;
pub mod caption;
pub mod clitic;
pub mod corrected;
pub mod counted;
pub mod dateline;
pub mod denied;
pub mod difference;
pub mod estimated;
pub mod index;
pub mod insertion;
pub mod introduced;
pub mod leadin;
pub mod matching;
pub mod money;
pub mod rank;
pub mod ratio;
pub mod refuted;
pub mod respectively;
pub mod said;
pub mod share;
pub mod tokens;

use std::ops::Range;

/// For tests: the text of the scope `grow` makes from the sentence holding the first `value`,
/// given the text's sentences, that sentence and the value's byte offset.
#[cfg(test)]
pub(crate) fn grown_scope(
    text: &str,
    value: &str,
    grow: impl Fn(&[Range<usize>], Range<usize>, usize) -> Range<usize>,
) -> String {
    let scopes = crate::rules::sentences(text);
    let at = text.find(value).expect("the value is in the text");
    let context = scopes
        .iter()
        .find(|s| s.start <= at && at < s.end)
        .expect("a sentence holds the value")
        .clone();
    text[grow(&scopes, context, at)].to_string()
}

/// For tests: the words of `text` and the word range of its first `value`.
#[cfg(test)]
pub(crate) fn value_words(text: &str, value: &str) -> (Vec<tokens::Word>, Range<usize>) {
    let ws = tokens::words(crate::grammar::Lang::Fr, text);
    let from = text.find(value).expect("the value is in the text");
    let start = ws
        .iter()
        .position(|w| w.span.start == from)
        .expect("a word starts there");
    let end = ws
        .iter()
        .position(|w| w.span.end == from + value.len())
        .expect("a word ends there");
    (ws, start..end + 1)
}

use serde::Serialize;

/// One phrase a cue item accepts: the words as written and their bases.
#[derive(Debug, Clone)]
pub struct Phrase {
    pub written: String,
    pub bases: Vec<String>,
}

/// One requirement as written (`"@flee"`, `"retrait"`, `"casque bleu"`): any of its phrases
/// satisfies it. A class name gives all the phrases of its class.
#[derive(Debug, Clone)]
pub struct Item {
    pub written: String,
    pub phrases: Vec<Phrase>,
}

/// Which value of an "X des Y" partitive ("100 000 des 120 000 Arméniens") a rule takes when
/// both pass: the part (X, the default: what the verb says of) or the whole (Y).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Partitive {
    #[default]
    Part,
    Whole,
}

/// Where a rule's value must be placed by the article: the nearest mention of `want` must be
/// nearer than the nearest of `against` (nearest in the sentence first, then the paragraph,
/// then the article).
#[derive(Debug, Clone)]
pub struct Anchor {
    pub want: Vec<Item>,
    pub against: Vec<Item>,
    /// With `optional: true`, a text that has neither passes; the anchor then only keeps out
    /// values that `against` places elsewhere.
    pub optional: bool,
}

/// The cue part of a rule. Items are numbered in this order: counts, cues, near, unless,
/// rivals, anchor want, anchor against (see [`CueSpec::items`]).
#[derive(Debug, Clone, Default)]
pub struct CueSpec {
    /// Count rules: the nouns the value may count (any of them). A count with no noun of its
    /// own ("plus de 100 000 ont fui", "au nombre de 2 000") passes.
    pub counts: Vec<Item>,
    /// Each must occur in the rule's scope.
    pub cues: Vec<Item>,
    /// Each must occur within `window` words of the value.
    pub near: Vec<Item>,
    pub window: usize,
    /// None may occur in the scope.
    pub unless: Vec<Item>,
    /// None may be nearer to the value than the nearest `cues` or `near` word.
    pub rivals: Vec<Item>,
    pub anchor: Option<Anchor>,
    pub partitive: Partitive,
}

/// How many words from the value a `near` cue may be, unless the rule says.
pub const DEFAULT_WINDOW: usize = 8;

/// The role of an item in a [`CueSpec`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Counts,
    Cues,
    Near,
    Unless,
    Rivals,
    Anchor,
    Against,
}

impl Role {
    pub fn key(self) -> &'static str {
        match self {
            Role::Counts => "counts",
            Role::Cues => "cues",
            Role::Near => "near",
            Role::Unless => "unless",
            Role::Rivals => "rivals",
            Role::Anchor => "anchor",
            Role::Against => "against",
        }
    }
}

impl CueSpec {
    /// Every item with its role, in a fixed order: item `i` of the rule is `items()[i]`.
    pub fn items(&self) -> Vec<(Role, &Item)> {
        let anchor = self
            .anchor
            .as_ref()
            .map_or(0, |a| a.want.len() + a.against.len());
        let mut out = Vec::with_capacity(
            self.counts.len()
                + self.cues.len()
                + self.near.len()
                + self.unless.len()
                + self.rivals.len()
                + anchor,
        );
        out.extend(self.counts.iter().map(|i| (Role::Counts, i)));
        out.extend(self.cues.iter().map(|i| (Role::Cues, i)));
        out.extend(self.near.iter().map(|i| (Role::Near, i)));
        out.extend(self.unless.iter().map(|i| (Role::Unless, i)));
        out.extend(self.rivals.iter().map(|i| (Role::Rivals, i)));
        if let Some(a) = &self.anchor {
            out.extend(a.want.iter().map(|i| (Role::Anchor, i)));
            out.extend(a.against.iter().map(|i| (Role::Against, i)));
        }
        out
    }

    /// The role of item `i` of `items()`, without building the list (`None` past its end).
    pub fn role_of(&self, i: usize) -> Option<Role> {
        let (want, against) = self
            .anchor
            .as_ref()
            .map_or((0, 0), |a| (a.want.len(), a.against.len()));
        [
            (Role::Counts, self.counts.len()),
            (Role::Cues, self.cues.len()),
            (Role::Near, self.near.len()),
            (Role::Unless, self.unless.len()),
            (Role::Rivals, self.rivals.len()),
            (Role::Anchor, want),
            (Role::Against, against),
        ]
        .into_iter()
        .scan(0, |end, (role, n)| {
            *end += n;
            Some((role, *end))
        })
        .find(|&(_, end)| i < end)
        .map(|(role, _)| role)
    }
}

/// One cue found in a text: which item, through which phrase, at which words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct CueHit {
    pub role: Role,
    /// The item as written in the rule (`@flee`).
    pub item: String,
    /// The phrase of the item that matched (`fuir`).
    pub phrase: String,
    /// Byte range in the text.
    pub span: Range<usize>,
}
