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

/// The part of the crate a source file belongs to, by its path under `src/`.
fn part_of(path: &str) -> &'static str {
    let first = path.split('/').next().unwrap_or_default();
    match first.trim_end_matches(".rs") {
        "lib" => "api",
        "bindings" => "bindings",
        "bin" => "cli",
        other => stage_or_leaf(other).unwrap_or_else(|| {
            panic!("src/{path}: no part of the architecture is named {other:?}")
        }),
    }
}

/// The part a module of that name is, for the stages and leaves (their modules are named as
/// the parts are).
fn stage_or_leaf(module: &str) -> Option<&'static str> {
    const PARTS: [&str; 10] = [
        "input",
        "clean",
        "sentences",
        "entities",
        "claims",
        "facts",
        "report",
        "lexicon",
        "text",
        "date",
    ];
    PARTS.iter().copied().find(|&part| part == module)
}

/// What each part may use (ARCHITECTURE.md, "Invariants"): the stages in pipeline order,
/// each using only the leaves (text, date, lexicon, report) and earlier stages' types; no
/// stage uses the entry point.
const MAY_USE: &[(&str, &[&str])] = &[
    (
        "api",
        &[
            "input",
            "clean",
            "sentences",
            "entities",
            "claims",
            "facts",
            "report",
            "date",
        ],
    ),
    ("bindings", &["api", "report"]),
    ("cli", &["api"]),
    ("input", &["text", "date", "lexicon", "report"]),
    ("clean", &["input", "text", "lexicon", "report"]),
    ("sentences", &["text", "lexicon", "report"]),
    ("entities", &["text", "lexicon", "report"]),
    ("claims", &["entities", "text", "lexicon", "report"]),
    ("facts", &["date", "text", "lexicon", "report"]),
    ("report", &[]),
    ("lexicon", &["text", "report"]),
    ("text", &[]),
    ("date", &[]),
];

/// The code of a source file without its tests: a stage's tests may run the whole
/// pipeline through the entry point.
fn code_without_tests(path: &Path) -> String {
    if path.ends_with("tests.rs") {
        return String::new();
    }
    let text = std::fs::read_to_string(path).expect("readable source");
    match text.find("\n#[cfg(test)]\nmod tests {") {
        Some(at) => text[..at].to_owned(),
        None => text,
    }
}

/// The parts of the crate that `code` names through `crate::` paths.
fn parts_used(code: &str) -> BTreeSet<&'static str> {
    let code: String = code
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut used = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '{')
            .collect();
        let part = match name.trim_end_matches('{') {
            "" => "api",
            n if n.chars().next().is_some_and(char::is_uppercase) => "api",
            "analyze" | "analyze_bytes" | "stages" => "api",
            module => match stage_or_leaf(module) {
                Some(part) => part,
                None => continue,
            },
        };
        used.insert(part);
    }
    used
}

#[test]
fn each_part_uses_only_what_the_architecture_allows() {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut offences = Vec::new();
    for path in &files {
        let relative = path.strip_prefix(root().join("src")).expect("under src");
        let relative = relative.display().to_string();
        let part = part_of(&relative);
        if part == "cli" {
            continue; // a binary of its own: it can reach only the public API
        }
        let allowed = MAY_USE
            .iter()
            .find(|(p, _)| *p == part)
            .map(|(_, uses)| *uses)
            .expect("every part has a row");
        for used in parts_used(&code_without_tests(path)) {
            if used != part && !allowed.contains(&used) {
                offences.push(format!("src/{relative} ({part}) uses {used}"));
            }
        }
    }
    assert!(
        offences.is_empty(),
        "imports against ARCHITECTURE.md:\n{}",
        offences.join("\n")
    );
}

#[test]
fn the_allowed_uses_have_no_cycle() {
    // Depth-first search from every part; a part met again on the current path is a cycle.
    fn visit(part: &str, path: &mut Vec<String>) {
        assert!(
            !path.iter().any(|p| p == part),
            "a cycle: {} -> {part}",
            path.join(" -> ")
        );
        path.push(part.to_owned());
        let uses = MAY_USE
            .iter()
            .find(|(p, _)| *p == part)
            .map_or(&[][..], |r| r.1);
        for used in uses {
            visit(used, path);
        }
        path.pop();
    }
    for (part, _) in MAY_USE {
        visit(part, &mut Vec::new());
    }
}

/// A source file's code (without its tests) stays readable at once: about 1,200 lines.
const MAX_CODE_LINES: usize = 1_200;

#[test]
fn no_source_file_is_too_long() {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let long: Vec<String> = files
        .iter()
        .map(|p| (p, code_without_tests(p).lines().count()))
        .filter(|&(_, lines)| lines > MAX_CODE_LINES)
        .map(|(p, lines)| format!("{} ({lines} lines)", p.display()))
        .collect();
    assert!(
        long.is_empty(),
        "over {MAX_CODE_LINES} lines of code (split by what the code does; tests may sit beside it in tests.rs): {long:?}"
    );
}

#[test]
fn the_import_scan_sees_crate_paths_in_code_only() {
    let code = "use crate::claims::Finder;\n// see crate::facts\nlet x = crate::analyze(t, &o);\nuse crate::{Format, Options};";
    let used = parts_used(code);
    assert_eq!(used, BTreeSet::from(["api", "claims"]));
}
