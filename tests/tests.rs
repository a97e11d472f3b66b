//! All integration tests compile into one binary (see Cargo.toml), one module per area.

mod check;
mod cli;
mod fates;
mod grammar;
mod morph;
mod robustness;
mod rules;
mod safe_output;
