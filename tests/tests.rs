//! All integration tests compile into one binary (see Cargo.toml), one module per area.

mod anywhere;
mod bad_input;
mod check;
mod cli;
mod discover;
mod fates;
#[path = "bench/gen_corpus.rs"]
mod gen_corpus;
mod grammar;
mod grammar_prefilter;
mod handoff;
mod index;
mod index_fresh;
mod index_revision;
mod index_summary;
mod lintbench;
mod manifest;
mod morph;
mod no_quotes;
mod precision;
mod review;
mod revision;
mod robustness;
mod rules;
mod rules_prefilter;
mod safe_output;
mod scale;
mod self_contradiction;
mod spark;
mod stdin;
mod stream;
mod strict_keys;
mod tally;
#[path = "bench/timeml.rs"]
mod timeml;
