//! Runs the spec files in `tests/spec/` natively, reporting every failing case by name.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use claimlens::{analyze, Options};

fn run(spec: &str) {
    let cases = common::spec::parse(spec);
    assert!(cases.len() >= 10, "the spec file should hold its cases");
    let failures = common::spec::failures(&cases, |input, clean, date| {
        analyze(
            input,
            &Options {
                clean,
                date: date.map(str::to_owned),
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

#[test]
fn claims_spec() {
    run(common::spec::CLAIMS_SPEC);
}

#[test]
fn facts_spec() {
    run(common::spec::FACTS_SPEC);
}
