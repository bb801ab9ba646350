//! The JavaScript API inside a real browser (`wasm-pack test --headless --chrome`): the same
//! spec cases as the native runner, through `analyze` as JS calls it, plus what only the JS
//! side has (UTF-16 offsets, option errors, bytes).
#![cfg(target_arch = "wasm32")]

mod common;

use claimlens::bindings::{analyze_bytes_js, analyze_js};
use claimlens::Report;
use js_sys::{JsString, Object, Reflect};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn options_with_format(clean: bool, date: Option<&str>, format: Option<&str>) -> JsValue {
    let options = Object::new();
    Reflect::set(&options, &"clean".into(), &JsValue::from_bool(clean)).expect("settable");
    if let Some(date) = date {
        Reflect::set(&options, &"date".into(), &JsValue::from_str(date)).expect("settable");
    }
    if let Some(format) = format {
        Reflect::set(&options, &"format".into(), &JsValue::from_str(format)).expect("settable");
    }
    options.into()
}

fn get(value: &JsValue, path: &[&str]) -> JsValue {
    path.iter().fold(value.clone(), |v, key| {
        let key = match key.parse::<u32>() {
            Ok(i) => JsValue::from(i),
            Err(_) => JsValue::from_str(key),
        };
        Reflect::get(&v, &key).expect("readable")
    })
}

fn run_spec(spec: &str) {
    let cases = common::spec::parse(spec);
    let failures = common::spec::failures(&cases, |case| {
        let options = options_with_format(case.clean, case.date.as_deref(), case.format.as_deref());
        let value = analyze_js(&case.input, options)
            .map_err(JsValue::from)
            .expect("analyses");
        serde_wasm_bindgen::from_value::<Report>(value).expect("a report")
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[wasm_bindgen_test]
fn spec_cases_through_the_js_api() {
    run_spec(common::spec::CLAIMS_SPEC);
}

#[wasm_bindgen_test]
fn facts_spec_cases_through_the_js_api() {
    run_spec(common::spec::FACTS_SPEC);
}

#[wasm_bindgen_test]
fn cleaning_spec_cases_through_the_js_api() {
    run_spec(common::spec::CLEANING_SPEC);
}

#[wasm_bindgen_test]
fn claim_speaker_and_utf16_offsets() {
    let input = "Городская дума собралась в понедельник.\n\n“Мы построим мост к весне,” Mayor Olga Ivanova said.";
    let report = analyze_js(input, JsValue::UNDEFINED)
        .map_err(JsValue::from)
        .expect("analyses");
    let claim = get(&report, &["claims", "0"]);
    assert_eq!(
        get(&claim, &["speaker", "canonical"])
            .as_string()
            .as_deref(),
        Some("Olga Ivanova")
    );
    assert_eq!(
        get(&claim, &["kind"]).as_string().as_deref(),
        Some("direct")
    );
    // JS slices strings in UTF-16 units: the claim's UTF-16 span must slice its own text.
    let text: JsString = get(&report, &["text"]).into();
    let start = get(&claim, &["start_utf16"]).as_f64().expect("number") as u32;
    let end = get(&claim, &["end_utf16"]).as_f64().expect("number") as u32;
    assert_eq!(
        text.slice(start, end),
        JsString::from(get(&claim, &["text"]))
    );
    assert!(
        get(&report, &["title"]).is_null(),
        "None is null, not undefined"
    );
}

#[wasm_bindgen_test]
fn bad_options_are_errors_with_a_message() {
    let bad = Object::new();
    Reflect::set(&bad, &"colour".into(), &"red".into()).expect("settable");
    let error = JsValue::from(analyze_js("text", bad.into()).expect_err("refused"));
    let message = get(&error, &["message"]).as_string().unwrap_or_default();
    assert!(message.contains("unknown field `colour`"), "{message}");
}

#[wasm_bindgen_test]
fn bytes_in_a_legacy_encoding_are_decoded_with_a_warning() {
    let report = analyze_bytes_js(
        b"\x93It is fine by me,\x94 said Ann L\xe9e.",
        JsValue::UNDEFINED,
    )
    .map_err(JsValue::from)
    .expect("analyses");
    let code = get(&report, &["warnings", "0", "code"]).as_string();
    assert_eq!(code.as_deref(), Some("legacy_encoding"));
    let speaker = get(&report, &["claims", "0", "speaker", "canonical"]).as_string();
    assert_eq!(speaker.as_deref(), Some("Ann Lée"));
}
