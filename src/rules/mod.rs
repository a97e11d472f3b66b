//! Claim rules: the YAML files in `claims/`, loaded with strict, located validation into the
//! compiled form that extraction consumes, plus what rule authors need (listing, explaining,
//! testing examples, the generated reference).
//!
//! Code map: `model` (the compiled types), `load` (files → rules, every problem located),
//! `compile` (pattern expansion and regexes, tolerance syntax), `error` (the diagnostic type),
//! `matching` (`match_text`, sentence and paragraph scopes: the one implementation of
//! matching, used by extraction and by `rules test`), `authoring` (list, explain, test,
//! reference).
//!
//! Invariants: only `load` reads files; every error a rule author can cause is a
//! [`RuleError`] with a file, line and column; rules are sorted by id.

mod authoring;
mod compile;
mod error;
mod load;
mod matching;
pub mod model;

pub use authoring::{
    CorpusMatch, REFERENCE_HEADER, RuleSummary, TestOutcome, explain, reference_markdown,
    render_list, summaries, test_examples, test_examples_with, tolerance_text,
};
pub use compile::parse_tolerance;
pub use error::{ErrorCode, RuleError, RuleFile, line_column, render_plain};
pub use load::{FILE_KEYS, RULE_KEYS, load_dir, load_files, load_sources, load_str};
pub use matching::{Match, match_text, paragraphs, sentences};
pub use model::*;
