//! Tests of the grammar area.
