//! The commands of the `factlint` binary, one file per family: `args` (the clap argument
//! types), `shared` (the helpers the commands share: configuration, settings, load errors),
//! then a file per command or family of commands. `main.rs` only dispatches.

pub mod args;
pub mod check;
pub mod explain;
pub mod handoff;
pub mod index;
pub mod lint;
pub mod report;
pub mod review;
pub mod rules;
pub mod scan;
pub mod shared;

/// What every command file reads: the argument types, the shared helpers and the library's
/// types the commands name.
mod prelude {
    pub(crate) use std::io::{IsTerminal, Read, Write};
    pub(crate) use std::path::PathBuf;
    pub(crate) use std::process::ExitCode;

    pub(crate) use clap::{Args, ValueEnum};
    pub(crate) use factlint::config::{self, FailOn};
    pub(crate) use factlint::grammar::{self, Lang};
    pub(crate) use factlint::output::{self, Format, Output};
    pub(crate) use factlint::project::{self, Settings};
    pub(crate) use factlint::value::Published;
    pub(crate) use factlint::{render, rules};

    pub(crate) use super::args::*;
    pub(crate) use super::report::{print_lint_with_hints, print_report};
    pub(crate) use super::scan::read_input;
    pub(crate) use super::shared::*;
}
