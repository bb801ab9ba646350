//! Runs the spec files in `tests/spec/` natively, reporting every failing case by name.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use claimlens::{analyze, Format, Options};

fn run(spec: &str) {
    let cases = common::spec::parse(spec);
    assert!(cases.len() >= 10, "the spec file should hold its cases");
    let failures = common::spec::failures(&cases, |case| {
        let format = match case.format.as_deref() {
            Some("text") => Format::Text,
            Some("html") => Format::Html,
            Some("markdown") => Format::Markdown,
            _ => Format::Auto,
        };
        let report = analyze(
            &case.input,
            &Options {
                clean: case.clean,
                date: case.date.clone(),
                format,
            },
        );
        common::schema::check(&case.name, &report);
        report
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

#[test]
fn cleaning_spec() {
    run(common::spec::CLEANING_SPEC);
}
