//! All integration tests compile into one binary (see Cargo.toml), one module per area.

mod anywhere;
mod bad_input;
mod check;
mod cli;
mod discover;
mod fates;
mod grammar;
mod index;
mod morph;
mod no_quotes;
mod precision;
mod review;
mod revision;
mod robustness;
mod rules;
mod safe_output;
mod scale;
mod stdin;
mod stream;
mod strict_keys;
mod tally;
