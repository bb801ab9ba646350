//! Copies the word lists of `src/lexicon/` into `OUT_DIR` without their comment lines, for
//! `include_str!`: the comments are for reviewers, and compiled in they cost the WASM module
//! about 3.4 KB gzipped. Nothing else changes: every reader skips comment lines anyway.

use std::fs;
use std::path::Path;

fn main() {
    let source = Path::new("src/lexicon");
    println!("cargo:rerun-if-changed=src/lexicon");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lexicon");
    fs::create_dir_all(&out).expect("create OUT_DIR/lexicon");
    for entry in fs::read_dir(source).expect("src/lexicon") {
        let path = entry.expect("a directory entry").path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("a UTF-8 word list");
        let kept: String = text
            .lines()
            .filter(|line| !line.trim_start().starts_with('#'))
            .flat_map(|line| [line, "\n"])
            .collect();
        let name = path.file_name().expect("a file name");
        fs::write(out.join(name), kept).expect("write the stripped word list");
    }
}
