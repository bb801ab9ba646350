//! The report's JSON Schema: the committed `report.schema.json` is the one the Rust types
//! give, it describes every field a report has (strictly: no field unlisted), and it fails
//! reports that break the contract. Every report the other tests make is validated too:
//! hostile inputs and properties (`common::invariants`), spec cases (`tests/spec.rs`) and the
//! shared corpus, seeds and sample (`tests/digest.rs`).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use claimlens::{analyze, report_schema, Options, SCHEMA_VERSION};
use common::schema;
use serde_json::{json, Value};

fn sample_report() -> claimlens::Report {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/www/sample-article.txt");
    let sample = std::fs::read_to_string(path).expect("the sample article");
    analyze(&sample, &Options::default())
}

#[test]
fn the_committed_schema_is_the_one_the_types_give() {
    let generated = format!(
        "{}\n",
        serde_json::to_string_pretty(&report_schema()).expect("the sample report is JSON")
    );
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/report.schema.json");
    if std::env::var_os("CLAIMLENS_BLESS").is_some() {
        std::fs::write(path, &generated).expect("report.schema.json is writable");
        return;
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == generated,
        "report.schema.json is not what the report's types give: run scripts/bless.sh, and \
         if a field was added, raise SCHEMA_VERSION's minor part and say so in CHANGELOG.md"
    );
}

#[test]
fn the_schema_is_draft_2020_12_and_carries_its_version() {
    let schema = schema::committed();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(schema["version"], SCHEMA_VERSION);
    assert_eq!(
        schema["$id"],
        format!("urn:claimlens:report:{SCHEMA_VERSION}")
    );
}

#[test]
fn a_report_made_for_javascript_fits_too() {
    let mut report = sample_report();
    report.add_utf16_offsets();
    schema::check("sample with UTF-16 offsets", &report);
}

/// Applies `change` to the sample's JSON and returns the strict schema's complaints.
fn errors_after(change: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut report = serde_json::to_value(sample_report()).expect("the sample report is JSON");
    change(&mut report);
    schema::errors(&report)
}

#[test]
fn reports_that_break_the_contract_fail() {
    assert!(errors_after(|_| {}).is_empty(), "the sample itself fits");
    let renamed = errors_after(|r| {
        let claims = r
            .as_object_mut()
            .expect("the sample report is JSON")
            .remove("claims")
            .expect("the sample report is JSON");
        r["claim_list"] = claims;
    });
    assert!(!renamed.is_empty(), "a renamed field fails");
    let wrong_kind = errors_after(|r| r["claims"][0]["kind"] = json!("rumour"));
    assert!(!wrong_kind.is_empty(), "an unknown claim kind fails");
    let dropped = errors_after(|r| {
        r["claims"][0]
            .as_object_mut()
            .expect("the sample report is JSON")
            .remove("speaker");
    });
    assert!(!dropped.is_empty(), "a dropped field fails");
    let unlisted = errors_after(|r| r["claims"][0]["mood"] = json!("calm"));
    assert!(!unlisted.is_empty(), "the strict copy lists every field");
}

#[test]
fn the_published_schema_accepts_fields_added_later() {
    let open = jsonschema::draft202012::new(&schema::committed()).expect("the schema compiles");
    let mut report = serde_json::to_value(sample_report()).expect("the sample report is JSON");
    report["claims"][0]["added_in_a_later_version"] = json!(true);
    report["a_new_list"] = json!([]);
    assert!(open.is_valid(&report));
}
