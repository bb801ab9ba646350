//! Runs the spec files in `tests/spec/` natively, reporting every failing case by name.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use claimlens::{analyze, Options};

#[test]
fn claims_spec() {
    let cases = common::spec::parse(common::spec::CLAIMS_SPEC);
    assert!(cases.len() >= 10, "the spec file should hold its cases");
    let failures = common::spec::failures(&cases, |input, clean| {
        analyze(
            input,
            &Options {
                clean,
                ..Options::default()
            },
        )
    });
    assert!(
        failures.is_empty(),
        "{} of {} spec cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
