//! The safety net for refactoring: one hash of the whole report per page of the shared
//! corpus (ScrapingHub and WCXB dev, HTML and pasted; the seeds; the built-in sample),
//! compared with the hashes committed in `tests/digest/reports.tsv`; every one of those
//! reports is also validated against `report.schema.json`.
//!
//! A change that should not change behaviour (a move, a rename, a faster loop) leaves every
//! hash as it was. A change of behaviour is blessed on purpose with `scripts/bless.sh`; the
//! diff of `reports.tsv` then names the pages that changed, and the commit says why.
//!
//! The pages are read from `../shared/data` and never copied here: the file holds page ids
//! and hashes only. Without the shared data, the test says it skipped.
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "../bench/scoring.rs"]
mod scoring;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use claimlens::{analyze, Options};

fn digest_file() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/digest/reports.tsv")
}

/// FNV-1a over the report's JSON: stable across platforms and Rust versions, and enough to
/// tell two reports apart (this is a tripwire, not a signature).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Every page of the corpus as (name, input), in a fixed order; `None` when the shared data
/// is absent.
fn corpus() -> Option<Vec<(String, String)>> {
    let mut pages = Vec::new();
    let sets = [
        ("scrapinghub-html", scoring::scrapinghub_pages(false)?),
        ("scrapinghub-pasted", scoring::scrapinghub_pages(true)?),
        ("wcxb-html", scoring::wcxb_pages(false)?),
        ("wcxb-pasted", scoring::wcxb_pages(true)?),
    ];
    for (set, set_pages) in sets {
        pages.extend(
            set_pages
                .into_iter()
                .map(|page| (format!("{set}/{}", page.id), page.input)),
        );
    }
    let seeds = scoring::data_dir().join("seeds");
    let mut seed_paths: Vec<PathBuf> = std::fs::read_dir(seeds)
        .ok()?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect();
    seed_paths.sort();
    for path in seed_paths {
        let name = path.file_stem()?.to_string_lossy().into_owned();
        pages.push((
            format!("seeds/{name}"),
            std::fs::read_to_string(&path).ok()?,
        ));
    }
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/sample-article.txt");
    pages.push(("sample".to_owned(), std::fs::read_to_string(sample).ok()?));
    Some(pages)
}

/// The digest of every page's report; each report is checked against the JSON Schema on
/// the way, as it is made.
fn digests(pages: &[(String, String)]) -> BTreeMap<String, String> {
    pages
        .iter()
        .map(|(name, input)| {
            let report = analyze(input, &Options::default());
            common::schema::check(name, &report);
            let json = serde_json::to_vec(&report).expect("a report serialises");
            (name.clone(), format!("{:016x}", fnv1a(&json)))
        })
        .collect()
}

fn write(path: &Path, digests: &BTreeMap<String, String>) {
    let mut file = String::from(
        "# One hash of the report per page of ../shared/data (tests/digest.rs). Re-bless with scripts/bless.sh.\n",
    );
    for (name, hash) in digests {
        file.push_str(&format!("{name}\t{hash}\n"));
    }
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("tests/digest is writable");
    std::fs::write(path, file).expect("the digest file is writable");
}

fn read(path: &Path) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once('\t'))
        .map(|(name, hash)| (name.to_owned(), hash.to_owned()))
        .collect()
}

#[test]
fn reports_over_the_shared_corpus_are_unchanged() {
    let Some(pages) = corpus() else {
        eprintln!("skipped: the shared corpus in ../shared/data is absent");
        return;
    };
    let now = digests(&pages);
    let path = digest_file();
    if std::env::var_os("CLAIMLENS_BLESS").is_some() {
        write(&path, &now);
        eprintln!(
            "blessed {} report digests into {}",
            now.len(),
            path.display()
        );
        return;
    }
    let then = read(&path);
    let changed: Vec<&str> = now
        .iter()
        .filter(|(name, hash)| then.get(*name) != Some(hash))
        .map(|(name, _)| name.as_str())
        .collect();
    let gone: Vec<&str> = then
        .keys()
        .filter(|name| !now.contains_key(*name))
        .map(String::as_str)
        .collect();
    assert!(
        changed.is_empty() && gone.is_empty(),
        "{} of {} reports changed, {} pages are gone from the corpus. If the change is meant, \
         run scripts/bless.sh and say why in the commit.\nchanged: {}\ngone: {}",
        changed.len(),
        now.len(),
        gone.len(),
        changed.join(" "),
        gone.join(" ")
    );
}
