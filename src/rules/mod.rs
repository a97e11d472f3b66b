//! Claim rules: the YAML model, loading with located diagnostics, and the compiled form.

pub mod model;

pub use model::*;
