//! The commands of the `factlint` binary, one file per family. The argument types, `main` and
//! the helpers they share (configuration, settings, load errors) are in `main.rs`.

pub mod check;
pub mod handoff;
pub mod report;
pub mod review;
pub mod rules;
pub mod scan;
