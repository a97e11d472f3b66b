//! The one module that parses YAML (serde_yaml is deprecated upstream: a fork replaces it here).
