//! Keeps the code base's promises: only the bindings know JavaScript, the TypeScript types
//! declare every field a report carries, ARCHITECTURE.md names every source file.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir)
        .expect("readable source folder")
        .flatten()
    {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn only_the_bindings_know_javascript() {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let offenders: Vec<String> = files
        .iter()
        .filter(|p| !p.ends_with("bindings.rs"))
        .filter(|p| {
            let text = std::fs::read_to_string(p).unwrap_or_default();
            ["wasm_bindgen", "js_sys", "JsValue"]
                .iter()
                .any(|w| text.contains(w))
        })
        .map(|p| p.display().to_string())
        .collect();
    assert!(
        offenders.is_empty(),
        "JS types outside src/bindings.rs: {offenders:?}"
    );
}

fn keys(value: &serde_json::Value, out: &mut BTreeSet<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                out.insert(k.clone());
                keys(v, out);
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| keys(v, out)),
        _ => {}
    }
}

/// Every field name a rich report serialises (with UTF-16 offsets, as JS receives it) is
/// declared in the TypeScript section of the bindings.
#[test]
fn typescript_types_declare_every_report_field() {
    let sample = std::fs::read_to_string(root().join("www/sample-article.txt")).expect("sample");
    let mut report = claimlens::analyze(&sample, &claimlens::Options::default());
    report.add_utf16_offsets();
    let invalid = claimlens::analyze_bytes(b"\xff Home", &claimlens::Options::default());
    let mut names = BTreeSet::new();
    keys(
        &serde_json::to_value(&report).expect("serialises"),
        &mut names,
    );
    keys(
        &serde_json::to_value(&invalid).expect("serialises"),
        &mut names,
    );
    assert!(names.contains("speaker") && names.contains("start_utf16"));
    let bindings = std::fs::read_to_string(root().join("src/bindings.rs")).expect("bindings");
    let ts_start = bindings
        .find("typescript_custom_section")
        .expect("TS section");
    let ts = &bindings[ts_start..];
    let missing: Vec<&String> = names
        .iter()
        .filter(|n| !ts.contains(&format!("  {n}:")) && !ts.contains(&format!("  {n}?:")))
        .collect();
    assert!(
        missing.is_empty(),
        "fields missing from the TypeScript types: {missing:?}"
    );
}

#[test]
fn architecture_names_every_source_file() {
    let map = std::fs::read_to_string(root().join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let missing: Vec<String> = files
        .iter()
        .filter_map(|p| p.strip_prefix(root()).ok())
        .map(|p| p.display().to_string())
        .filter(|p| !map.contains(p.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md does not mention {missing:?}"
    );
}
