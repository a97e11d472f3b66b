//! Claim rules: the YAML files in `claims/`, loaded with strict, located validation into the
//! compiled form that extraction consumes, plus what rule authors need (listing, explaining,
//! testing examples, the generated reference).
//!
//! Code map: `model` (the compiled types), `load` (files → rules, every problem located),
//! `compile` (pattern expansion and regexes, tolerance syntax), `load/cues` (the cue keys and
//! word classes), `why` (the near-miss view), `error` (the diagnostic type),
//! `matching` (`match_text`, sentence and paragraph scopes: the one implementation of
//! matching, used by extraction and by `rules test`), `prefilter` (the literals each pattern
//! rule requires, found in a text in one Aho-Corasick pass), `authoring` (list, explain, test,
//! reference).
//!
//! Invariants: only `load` reads files; every error a rule author can cause is a
//! [`RuleError`] with a file, line and column, and all of a run's errors come out together;
//! rules are sorted by id; no input panics.
//!
//! # The rule file format
//!
//! One YAML file per topic; keys are kebab-case and any unknown key is an error.
//!
//! - `lang`: `fr` (default) or `en`; the rules apply to sources of that language.
//! - `defs`: name → regex fragment, used in patterns, `require`, `exclude`, `subjects` and
//!   later defs as `{name}`. Names start with a letter; `date`, `count`, `duration` are taken.
//! - `aliases`: name → list of spellings. A spelling written as a whole word anywhere in a
//!   pattern, `require`, `exclude`, subject or def matches every spelling of its group (the
//!   name counts as one). A spelling belongs to one group.
//! - `words`: word class name → list of words and phrases in dictionary form (`@name` names
//!   another class). Classes are shared by every file of the folder; a name is defined once.
//!   A file may hold `words` and no `rules`.
//! - `rules`: a list of rules, each with:
//!   - `id` (required): kebab-case, unique across all files;
//!   - `title` (required), `description`, `link`;
//!   - `kind` (required): `date`, `count` or `duration`;
//!   - `severity`: `error` (default), `warning`, `info`; `scope`: `sentence` (default) or
//!     `paragraph` (a line of the source);
//!   - the cue keys (see [`crate::cues`]): `counts` (count rules: the nouns the value may
//!     count), `cues` (each somewhere in the scope), `near` and `window` (each within
//!     `window` words, default 8), `unless` (none in the scope), `rivals` (none nearer than the
//!     rule's cues), `anchor` (`cues`, `against`, `optional`: the nearest of them, sentence
//!     then paragraph then article), `partitive` (`part` or `whole`). Each is a list whose
//!     items are a word, a phrase (`…` for a gap of up to three words), a `@class`, or a list
//!     of them (any of);
//!   - `patterns` (a rule needs `patterns`, cue keys, or both; not empty): regexes, each with exactly one value placeholder
//!     of the rule's kind (`{date}`, `{count}`, `{duration}`) where the grammar's mention is.
//!     The text before it must end where the mention starts and the text after it start
//!     where the mention ends, within the scope; mentions exclude leading prepositions and
//!     articles ("en septembre 2023" → "septembre 2023") but include modifiers ("environ
//!     100 000"), so a pattern writes `en {date}`. Matching is case-insensitive, `'` and `’`
//!     match each other, and a space matches any run of whitespace (no-break spaces too).
//!     `{2,3}` stays a repetition. A group cannot span the placeholder.
//!   - `require` / `exclude`: regexes that must all / must not occur in the scope;
//!   - `unit`: what is counted, for reports;
//!   - `tolerance`: `5%` (count and duration rules), a number (`500`, count rules), or an
//!     amount of time for date and duration rules: `3 days`, `2 weeks`, `1 month`, `12 hours`
//!     (second, minute, hour, day, week, month, year; singular or plural; also French jour,
//!     semaine, mois, an, année). Not negative, a percentage at most 100%. Kept as
//!     [`Tolerance::Absolute`] in days for dates and seconds for durations;
//!   - `subjects`: name → regex; claims are compared within the subject whose regex first
//!     occurs in the scope;
//!   - `examples`: `text`, `value` (the normalized form: `2023-09`, `100000`, `P6W`), and
//!     optional `published` (`YYYY[-MM[-DD]]`, to resolve partial dates) and `mod`
//!     (`APPROX`, `MORE_THAN`, `LESS_THAN`, `START`, `MID`, `END`; no `mod` means none);
//!   - `counter-examples`: texts that must give no claim.

mod authoring;
pub mod builtin;
mod compile;
mod error;
mod lazy_regex;
mod load;
mod matching;
pub mod model;
mod prefilter;
mod why;

pub use authoring::{
    CorpusMatch, REFERENCE_HEADER, RuleSummary, TestOutcome, explain, find_rule,
    reference_markdown, render_list, render_test, summaries, test_examples, test_examples_with,
    tolerance_text,
};
pub(crate) use compile::edit_distance;
pub use compile::{kind_name, parse_tolerance};
pub use error::{ErrorCode, RuleError, RuleFile, line_column, render_plain};
pub use lazy_regex::LazyRegex;
pub use load::{
    FILE_KEYS, RULE_KEYS, file_from_bytes, load_dir, load_files, load_sources, load_str,
};
pub use matching::{
    Match, MatchedBy, Scopes, match_position, match_scopes, match_text, near_misses, paragraphs,
    sentences,
};
pub use model::*;
pub use why::why;
