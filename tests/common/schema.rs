//! Validation of reports against the committed JSON Schema (`report.schema.json`), strictly:
//! the test copy forbids fields the schema does not list, so a field added to the report
//! without the schema fails here (the published schema stays open to later additions).

use std::sync::OnceLock;

use claimlens::Report;
use serde_json::Value;

/// The committed schema, as published.
pub fn committed() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/report.schema.json");
    let text = std::fs::read_to_string(path).expect("report.schema.json is in the repository");
    serde_json::from_str(&text).expect("report.schema.json is JSON")
}

/// `schema` with `additionalProperties: false` on every object that lists its properties.
pub fn closed(mut schema: Value) -> Value {
    fn close(value: &mut Value) {
        match value {
            Value::Object(object) => {
                if object.contains_key("properties") {
                    object.insert("additionalProperties".into(), Value::Bool(false));
                }
                object.values_mut().for_each(close);
            }
            Value::Array(items) => items.iter_mut().for_each(close),
            _ => {}
        }
    }
    close(&mut schema);
    schema
}

fn validator() -> &'static jsonschema::Validator {
    static VALIDATOR: OnceLock<jsonschema::Validator> = OnceLock::new();
    VALIDATOR.get_or_init(|| {
        jsonschema::draft202012::new(&closed(committed())).expect("the schema compiles")
    })
}

/// The reasons `report`, as JSON, does not validate; empty when it does.
pub fn errors(report: &Value) -> Vec<String> {
    validator()
        .iter_errors(report)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

/// Asserts that `report` validates against the committed schema; `name` goes into the
/// failure message.
pub fn check(name: &str, report: &Report) {
    let json = serde_json::to_value(report).expect("a report serialises");
    let errors = errors(&json);
    assert!(
        errors.is_empty(),
        "{name}: the report does not fit report.schema.json:\n{}",
        errors.join("\n")
    );
}
