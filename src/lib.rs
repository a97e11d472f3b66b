//! factlint: finds the numbers and dates that articles disagree on.
//!
//! The data flow is visible in the modules:
//! load rules ([`rules`]) → read sources ([`source`]) → extract claims ([`extract`]) with the
//! value grammars ([`grammar`]) → compare ([`compare`]) → render ([`render`]).

pub mod compare;
pub mod extract;
pub mod grammar;
pub mod render;
pub mod report;
pub mod rules;
pub mod source;
pub mod value;
pub mod yaml;
