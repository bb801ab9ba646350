//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod invariants;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod spec;
