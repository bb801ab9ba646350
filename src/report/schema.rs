//! The report's JSON Schema (draft 2020-12), derived from the report's types by schemars.
//!
//! In: the types of this module's parent. Out: one JSON document that `claimlens --schema`
//! prints and `report.schema.json` (repository root, npm package) holds; `tests/schema.rs`
//! checks the committed file is this one and that every report the tests make validates.

use schemars::generate::SchemaSettings;
use serde_json::{json, Value};

use super::Report;

/// The schema's version: the minor part grows with every field added to the report (the
/// contract: fields are added, never renamed or dropped, so a report valid under 1.n is
/// valid under every later 1.m). CHANGELOG.md says what each version added.
pub const SCHEMA_VERSION: &str = "1.0";

/// The JSON Schema of a [`Report`] as the CLI writes it (JS reports also carry
/// `start_utf16`/`end_utf16` beside every offset, which it declares as optional).
///
/// Every other field is always written, `null` when empty, so the schema requires them all.
/// Objects stay open (no `additionalProperties: false`): a reader built against this
/// version accepts reports from later versions, which only add fields.
///
/// ```
/// let schema = claimlens::report_schema();
/// assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
/// assert!(schema["required"].as_array().unwrap().iter().any(|field| field == "claims"));
/// ```
pub fn report_schema() -> Value {
    let generator = SchemaSettings::draft2020_12().into_generator();
    let mut schema = generator.into_root_schema_for::<Report>().to_value();
    require_written_fields(&mut schema);
    if let Value::Object(root) = &mut schema {
        root.insert(
            "$id".into(),
            json!(format!("urn:claimlens:report:{SCHEMA_VERSION}")),
        );
        root.insert("title".into(), json!("claimlens report"));
        root.insert("version".into(), json!(SCHEMA_VERSION));
    }
    schema
}

/// Fields that only the JS bindings write (`Report::add_utf16_offsets`).
const JS_ONLY_FIELDS: [&str; 2] = ["start_utf16", "end_utf16"];

/// Marks every property of every object schema required, but the JS-only ones: serde writes
/// each field every time (an `Option` as `null`, a `#[serde(default)]` field too), while
/// schemars leaves defaulted and optional fields out of `required`.
fn require_written_fields(schema: &mut Value) {
    match schema {
        Value::Object(object) => {
            if let Some(Value::Object(properties)) = object.get("properties") {
                let required: Vec<Value> = properties
                    .keys()
                    .filter(|name| !JS_ONLY_FIELDS.contains(&name.as_str()))
                    .map(|name| json!(name))
                    .collect();
                object.insert("required".into(), Value::Array(required));
            }
            object.values_mut().for_each(require_written_fields);
        }
        Value::Array(items) => items.iter_mut().for_each(require_written_fields),
        _ => {}
    }
}
