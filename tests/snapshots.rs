//! Whole reports as snapshots (insta), so a reviewer sees *what* changed in a report, not
//! only that a digest did (`tests/digest.rs`).
//!
//! The built-in sample (`www/sample-article.txt`, written for this project) is snapshotted
//! whole. The seeds in `../shared/data/seeds` are published articles that must not be copied
//! into the repository, so their snapshots keep the report's shape — every field, offset,
//! reason, kind, speaker name and number — but print any string of more than three words as
//! its length and a hash. Re-bless with `scripts/bless.sh`.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use claimlens::{analyze, Options};
use serde_json::Value;

/// The longest string a seed snapshot prints as it is: a name, a cue, a reason, a number.
const MAX_WORDS_SHOWN: usize = 3;

fn fnv1a(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5, |hash, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}

/// `value` with every string longer than [`MAX_WORDS_SHOWN`] words replaced by
/// `‹N words, hash›`.
fn shape_of(value: Value) -> Value {
    match value {
        Value::String(text) if text.split_whitespace().count() > MAX_WORDS_SHOWN => {
            Value::String(format!(
                "‹{} words, {:08x}›",
                text.split_whitespace().count(),
                fnv1a(&text)
            ))
        }
        Value::Array(items) => Value::Array(items.into_iter().map(shape_of).collect()),
        Value::Object(fields) => Value::Object(
            fields
                .into_iter()
                .map(|(key, value)| (key, shape_of(value)))
                .collect(),
        ),
        other => other,
    }
}

fn report_of(input: &str) -> Value {
    serde_json::to_value(analyze(input, &Options::default())).expect("a report serialises")
}

#[test]
fn the_sample_article() {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/sample-article.txt");
    let input = std::fs::read_to_string(sample).expect("www/sample-article.txt is in the repo");
    insta::assert_json_snapshot!("sample", report_of(&input));
}

#[test]
fn the_seeds_shapes() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/seeds");
    let Ok(entries) = std::fs::read_dir(&seeds) else {
        eprintln!("skipped: {} is absent", seeds.display());
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    assert!(!paths.is_empty(), "the seeds folder holds articles");
    for path in paths {
        let name = path.file_stem().expect("a file name").to_string_lossy();
        let input = std::fs::read_to_string(&path).expect("a seed is UTF-8 text");
        let name = format!("seed_{}", name.split('_').next().unwrap_or(&name));
        insta::assert_json_snapshot!(name, shape_of(report_of(&input)));
    }
}

#[test]
fn a_seed_snapshot_never_prints_a_sentence() {
    let shaped = shape_of(serde_json::json!({
        "text": "The council voted on Tuesday to expand the bus network.",
        "speaker": {"canonical": "Ana Ruiz"},
        "cue": "said",
    }));
    assert_eq!(shaped["speaker"]["canonical"], "Ana Ruiz");
    assert_eq!(shaped["cue"], "said");
    assert!(shaped["text"]
        .as_str()
        .is_some_and(|t| t.starts_with("‹10 words")));
}
