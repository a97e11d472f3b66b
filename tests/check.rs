//! Tests of the check area.
