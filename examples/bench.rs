//! Benchmarks against the evaluation data in `../shared/data` (read, never copied here).
//!
//! ```sh
//! cargo run --release --example bench -- sentences [--verbose]   # Golden Rules
//! cargo run --release --example bench -- attribution [dev|train] [--verbose]
//! cargo run --release --example bench -- cleaning [--verbose]     # ScrapingHub and WCXB
//! cargo run --release --example bench -- metadata [--verbose]     # WCXB title, byline, date
//! cargo run --release --example bench -- speed                    # native speed and scaling
//! cargo run --release --example bench -- numbers [--verbose]      # Recognizers-Text specs
//! cargo run --release --example bench -- checkworthy              # CT24 dev and dev-test
//! cargo run --release --example bench -- encoding [--verbose]     # ftfy's mojibake cases
//! cargo run --release --example bench -- compare A.jsonl B.jsonl   # side by side (scripts/compare.sh)
//! cargo run --release --example bench -- blocks FILE [--text]      # each block and its fate
//! ```
//!
//! `scripts/bench.sh` runs the speed bench natively, in WASM under Node and in WASM in
//! headless Chromium, one table each.
//!
//! Each command says so and exits 0 when its data is absent. `--verbose` lists every
//! failure (for attribution: false positives, misses, wrong sources).

#[path = "../bench/scoring.rs"]
mod scoring;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "--verbose");
    let rest: Vec<&str> = args
        .iter()
        .map(String::as_str)
        .filter(|a| !a.starts_with("--"))
        .collect();
    match rest.as_slice() {
        ["sentences"] => golden_rules(verbose),
        ["attribution"] => attribution("dev", verbose),
        ["attribution", split] => attribution(split, verbose),
        ["speakers"] => speakers(verbose),
        ["cleaning"] => cleaning(verbose),
        ["metadata"] => metadata(verbose),
        ["speed"] => speed(),
        ["numbers"] => numbers(verbose),
        ["checkworthy"] => checkworthy(),
        ["encoding"] => encoding(verbose),
        ["compare", files @ ..] => compare(files),
        ["blocks", file] => blocks(file, args.iter().any(|a| a == "--text")),
        _ => {
            eprintln!(
                "usage: bench sentences | attribution [dev|train] | speakers | cleaning | metadata | speed | numbers | checkworthy | encoding [--verbose]"
            );
            std::process::exit(2);
        }
    }
}

/// Every block the input stage reads from a file (HTML, or text with `--text`) and what the
/// cleaner decides for it, one line each: for working on the cleaning rules.
fn blocks(file: &str, text: bool) {
    use claimlens::stages::{clean, read};
    use claimlens::Format;
    let page = std::fs::read_to_string(file).unwrap_or_else(|e| {
        eprintln!("{file}: {e}");
        std::process::exit(3);
    });
    let format = if text { Format::Text } else { Format::Html };
    let document = read(&page, format);
    let decisions = clean(&document.blocks, document.format, true);
    for (i, (block, decision)) in document.blocks.iter().zip(decisions).enumerate() {
        let shown: String = block.text.chars().take(90).collect();
        println!(
            "{i:>4} {:<24} hint={:<14} h{} link={:.2} art={}{} {shown:?}",
            format!("{decision:?}"),
            block.hint.map(|h| format!("{h:?}")).unwrap_or_default(),
            block.heading,
            block.link_density,
            u8::from(block.in_article),
            if block.landmark { " landmark" } else { "" },
        );
    }
}

/// Side by side on the ScrapingHub HTML pages: claimlens run here, and other tools'
/// extractions read from JSON Lines files ({id, text, ms}, written by scripts/compare.sh),
/// all scored with the same shingle F1; median ms per page and ratios to claimlens.
fn compare(files: &[&str]) {
    use claimlens::{analyze, Format, Options};
    use std::collections::HashMap;
    use std::time::Instant;
    let Some(pages) = scoring::scrapinghub_pages(false) else {
        println!(
            "skipped: ScrapingHub pages absent from {}",
            scoring::data_dir().display()
        );
        return;
    };
    let options = Options {
        format: Format::Html,
        ..Options::default()
    };
    // (name, mean F1, median ms)
    let mut rows: Vec<(String, f64, f64)> = Vec::new();
    let (mut f1, mut times) = (0.0, Vec::new());
    for page in &pages {
        let mut best = f64::INFINITY;
        let mut text = String::new();
        for _ in 0..3 {
            let started = Instant::now();
            let report = analyze(&page.input, &options);
            best = best.min(started.elapsed().as_secs_f64() * 1000.0);
            text = report.text;
        }
        f1 += scoring::shingle_prf(&page.expected, &text).2;
        times.push(best);
    }
    rows.push(("claimlens".into(), f1 / pages.len() as f64, median(times)));
    for file in files {
        let name = std::path::Path::new(file)
            .file_stem()
            .map_or("?".into(), |s| s.to_string_lossy().into_owned());
        let Ok(lines) = std::fs::read_to_string(file) else {
            println!("skipped {name}: {file} is missing");
            continue;
        };
        let extracted: HashMap<String, (String, f64)> = lines
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .filter_map(|v| {
                Some((
                    v["id"].as_str()?.to_owned(),
                    (
                        v["text"].as_str().unwrap_or("").to_owned(),
                        v["ms"].as_f64()?,
                    ),
                ))
            })
            .collect();
        let (mut f1, mut times) = (0.0, Vec::new());
        for page in &pages {
            // A page the tool failed on counts as an empty extraction.
            let (text, ms) = extracted.get(&page.id).cloned().unwrap_or_default();
            f1 += scoring::shingle_prf(&page.expected, &text).2;
            times.push(ms);
        }
        rows.push((name, f1 / pages.len() as f64, median(times)));
    }
    let (base_f1, base_ms) = (rows[0].1, rows[0].2);
    println!(
        "ScrapingHub HTML, {} pages: F1 of 4-word shingles (mean over pages), median ms per page",
        pages.len()
    );
    println!(
        "{:<14} {:>7} {:>10} {:>14} {:>16}",
        "tool", "F1", "ms/page", "F1 − claimlens", "time ÷ claimlens"
    );
    for (name, f1, ms) in &rows {
        println!(
            "{name:<14} {f1:>7.3} {ms:>10.2} {:>+14.3} {:>15.1}×",
            f1 - base_f1,
            ms / base_ms
        );
    }
}

fn encoding(verbose: bool) {
    let Some(scores) = scoring::ftfy_cases() else {
        println!(
            "skipped: encoding/ftfy-cases is absent from {}",
            scoring::data_dir().display()
        );
        return;
    };
    if verbose {
        for s in &scores {
            s.failures.iter().for_each(|f| println!("FAIL {f}"));
        }
    }
    println!("ftfy's cases, mojibake repair alone (pass = the case's fixed-encoding text):");
    println!(
        "{:<16} {:>7} {:>7} {:>22}",
        "file", "passed", "cases", "of ftfy's own passes"
    );
    let (mut passed, mut total, mut of_expected, mut expected) = (0, 0, 0, 0);
    for s in &scores {
        println!(
            "{:<16} {:>7} {:>7} {:>15}/{:<6}",
            s.file, s.passed, s.total, s.passed_of_expected, s.expected_pass
        );
        passed += s.passed;
        total += s.total;
        of_expected += s.passed_of_expected;
        expected += s.expected_pass;
    }
    println!(
        "{:<16} {passed:>7} {total:>7} {of_expected:>15}/{expected:<6}",
        "all"
    );
}

fn checkworthy() {
    println!("CheckThat! 2024 English, Yes class, shipped model at its threshold:");
    for split in ["dev", "dev-test"] {
        match scoring::checkworthy(split) {
            Some(s) => println!(
                "  {split:<9} {:>5} sentences  P {:.3}  R {:.3}  F1 {:.3}",
                s.sentences, s.precision, s.recall, s.f1
            ),
            None => println!("  skipped: {split} is absent"),
        }
    }
}

fn numbers(verbose: bool) {
    let Some(scores) = scoring::recognizers::score_all() else {
        println!(
            "skipped: {}/numbers-dates/recognizers-en is absent",
            scoring::data_dir().display()
        );
        return;
    };
    if verbose {
        for s in &scores {
            s.failures.iter().for_each(|f| println!("FAIL {f}"));
        }
    }
    println!("Recognizers-Text English spec cases (pass = same text and value):");
    println!(
        "{:<18} {:>8} {:>8} {:>7}   {:>12}",
        "model", "in scope", "passed", "rate", "all cases"
    );
    let (mut in_scope, mut passed, mut total, mut passed_all) = (0, 0, 0, 0);
    for s in &scores {
        println!(
            "{:<18} {:>8} {:>8} {:>6.1}%   {:>5}/{:<5} {:>5.1}%",
            s.model,
            s.in_scope,
            s.passed,
            100.0 * s.passed as f64 / s.in_scope.max(1) as f64,
            s.passed_all,
            s.total,
            100.0 * s.passed_all as f64 / s.total.max(1) as f64
        );
        in_scope += s.in_scope;
        passed += s.passed;
        total += s.total;
        passed_all += s.passed_all;
    }
    println!(
        "{:<18} {:>8} {:>8} {:>6.1}%   {:>5}/{:<5} {:>5.1}%",
        "all",
        in_scope,
        passed,
        100.0 * passed as f64 / in_scope.max(1) as f64,
        passed_all,
        total,
        100.0 * passed_all as f64 / total.max(1) as f64
    );
    println!("\nOut of scope, and why (cases, and how many claimlens reads as Recognizers does all the same):");
    for s in &scores {
        for (reason, (count, passed)) in &s.out_of_scope {
            println!("  {:<18} {count:>4} {passed:>4}  {reason}", s.model);
        }
    }
    if verbose {
        println!();
        for s in &scores {
            s.out_of_scope_failures
                .iter()
                .for_each(|f| println!("OUT {f}"));
        }
    }
}

/// Title, byline and publication date against WCXB's ground truth, from HTML and from
/// pasted text.
fn metadata(verbose: bool) {
    use claimlens::Format;
    println!("WCXB dev articles: report metadata against the ground truth (agreed / stated)");
    println!(
        "{:<10} {:>16} {:>16} {:>16}",
        "input", "title", "byline", "published"
    );
    for (name, pasted, format) in [
        ("HTML", false, Format::Html),
        ("pasted", true, Format::Text),
    ] {
        let Some(pages) = scoring::wcxb_pages(pasted) else {
            println!(
                "skipped: {}/cleaning/wcxb-dev is absent",
                scoring::data_dir().display()
            );
            return;
        };
        let score = scoring::score_metadata(&pages, format);
        let cell = |(agreed, stated): (usize, usize)| {
            format!(
                "{:.3} ({agreed}/{stated})",
                agreed as f64 / stated.max(1) as f64
            )
        };
        println!(
            "{name:<10} {:>16} {:>16} {:>16}",
            cell(score.title),
            cell(score.author),
            cell(score.published)
        );
        if verbose {
            for (field, id, expected, got) in &score.misses {
                println!("  MISS {name} {field} {id}: expected {expected:?}, got {got:?}");
            }
        }
    }
}

fn golden_rules(verbose: bool) {
    let Some(score) = scoring::golden_rules() else {
        println!(
            "skipped: {}/sentences is absent",
            scoring::data_dir().display()
        );
        return;
    };
    if verbose {
        score.failures.iter().for_each(|f| println!("FAIL {f}"));
    }
    println!(
        "Golden Rules (English): {}/{} pass (pySBD 47, NLTK punkt ~27)",
        score.passed, score.total
    );
}

/// Who said it: speakers' canonical names against PolNeAR dev's named sources, and the
/// pronouns and descriptions of GUM's named people and organisations that are speakers.
fn speakers(verbose: bool) {
    let log = |line: String| {
        if verbose {
            println!("{line}");
        }
    };
    match scoring::polnear("dev", |line| {
        if line.starts_with("CAN") {
            log(line)
        }
    }) {
        None => println!("skipped PolNeAR: its dev split is absent"),
        Some(score) => {
            println!("PolNeAR dev: speech attributions found with a named gold source");
            println!(
                "  {:<40} {:>8.3}  ({}/{})",
                "canonical name agrees",
                score.canonical_match(),
                score.canonical_ok,
                score.with_named_source
            );
            println!(
                "  {:<40} {:>8.3}  ({}/{} matched claims)",
                "speaker span overlaps the source",
                score.source_match(),
                score.source_ok,
                score.with_source
            );
        }
    }
    match scoring::gum_speakers(log) {
        None => println!("skipped GUM: coreference/gum/mentions.json is absent"),
        Some(score) => {
            println!(
                "GUM: {} documents, {} pronoun and description mentions of named people and organisations",
                score.documents, score.mentions
            );
            println!(
                "  {:<40} {:>8.3}  ({}/{}; {} covered by some entity mention)",
                "resolved to an entity of the right name",
                score.covered_right as f64 / score.mentions.max(1) as f64,
                score.covered_right,
                score.mentions,
                score.covered
            );
            println!(
                "  {:<40} {:>8.3}  ({}/{})",
                "  … taking any name of the chain",
                score.covered_right_any_name as f64 / score.mentions.max(1) as f64,
                score.covered_right_any_name,
                score.mentions
            );
            println!(
                "  {:<40} {:>8.3}  ({}/{})",
                "claims whose speaker is one: right name",
                score.claims_right as f64 / score.claims.max(1) as f64,
                score.claims_right,
                score.claims
            );
            println!(
                "  {:<40} {:>8.3}  ({}/{})",
                "  … taking any name of the chain",
                score.claims_right_any_name as f64 / score.claims.max(1) as f64,
                score.claims_right_any_name,
                score.claims
            );
        }
    }
}

fn attribution(split: &str, verbose: bool) {
    let log = |line: String| {
        if verbose {
            println!("{line}");
        }
    };
    let Some(score) = scoring::polnear(split, log) else {
        println!(
            "skipped: {}/attribution/polnear/{split} is absent",
            scoring::data_dir().display()
        );
        return;
    };
    println!(
        "PolNeAR {split}: {} articles, speech-cue attributions (30% content overlap)",
        score.articles
    );
    println!(
        "  {:<28} {:>8}",
        "gold speech attributions", score.gold_speech
    );
    println!("  {:<28} {:>8}", "predicted claims", score.predicted);
    println!("  {:<28} {:>8.3}", "content precision", score.precision());
    println!("  {:<28} {:>8.3}", "content recall", score.recall());
    println!("  {:<28} {:>8.3}", "content F1", score.f1());
    println!(
        "  {:<28} {:>8.3}  ({}/{} matched claims)",
        "source match",
        score.source_match(),
        score.source_ok,
        score.with_source
    );
    for (kind, (n, hit)) in &score.by_kind {
        println!(
            "  precision, {kind:<17} {:>8.3}  ({hit}/{n})",
            *hit as f64 / (*n).max(1) as f64
        );
    }
    println!(
        "  {:<28} {:>8.2}",
        "ms per article",
        score.seconds * 1000.0 / score.articles.max(1) as f64
    );
}

fn cleaning(verbose: bool) {
    println!(
        "{:<34} {:>6} {:>9} {:>7} {:>7} {:>9}",
        "benchmark (metric)", "pages", "precision", "recall", "F1", "ms/page"
    );
    type Loader = fn(bool) -> Option<Vec<scoring::CleaningPage>>;
    type Metric = fn(&str, &str) -> (f64, f64, f64);
    let runs: [(&str, Loader, bool, Metric); 4] = [
        (
            "ScrapingHub HTML (4-shingles)",
            scoring::scrapinghub_pages,
            true,
            scoring::shingle_prf,
        ),
        (
            "ScrapingHub pasted (4-shingles)",
            scoring::scrapinghub_pages,
            false,
            scoring::shingle_prf,
        ),
        (
            "WCXB dev HTML (bag of words)",
            scoring::wcxb_pages,
            true,
            scoring::bag_prf,
        ),
        (
            "WCXB dev pasted (bag of words)",
            scoring::wcxb_pages,
            false,
            scoring::bag_prf,
        ),
    ];
    for (name, load, html, metric) in runs {
        let Some(pages) = load(!html) else {
            println!(
                "{name:<34} skipped: data absent from {}",
                scoring::data_dir().display()
            );
            continue;
        };
        let score = scoring::score_cleaning(&pages, html, metric);
        println!(
            "{name:<34} {:>6} {:>9.3} {:>7.3} {:>7.4} {:>9.2}",
            score.pages,
            score.precision,
            score.recall,
            score.f1,
            score.seconds * 1000.0 / score.pages.max(1) as f64
        );
        if verbose {
            for (f, id) in score.per_page.iter().take(8) {
                println!("    worst: {id} F1 {f:.3}");
            }
        }
    }
    println!("targets: ScrapingHub HTML 0.975, pasted 0.94; WCXB HTML 0.95, pasted 0.93");
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(0.0)
}

/// The checked-in baseline (`bench/baseline.json`): what the speed and size were when it was
/// last recorded, so each run prints its change.
fn baseline(path: &[&str]) -> Option<f64> {
    let json: serde_json::Value =
        serde_json::from_str(include_str!("../bench/baseline.json")).ok()?;
    path.iter()
        .try_fold(&json, |value, key| value.get(key))?
        .as_f64()
}

/// "(baseline 1.100, +5%)", or "" when the baseline has no such figure.
fn change(now: f64, path: &[&str]) -> String {
    match baseline(path) {
        Some(then) if then > 0.0 => {
            format!("  (baseline {then}, {:+.0}%)", (now / then - 1.0) * 100.0)
        }
        _ => String::new(),
    }
}

/// Per-page time (median over pages of the best of five runs), throughput, and scaling on
/// 1, 10 and 50 MB of concatenated pasted pages (median of three runs).
fn speed() {
    use claimlens::{analyze, Format, Options};
    use std::time::Instant;
    let (Some(html), Some(pasted)) = (
        scoring::scrapinghub_pages(false),
        scoring::scrapinghub_pages(true),
    ) else {
        println!(
            "skipped: ScrapingHub pages absent from {}",
            scoring::data_dir().display()
        );
        return;
    };
    println!("native (this machine, release build)");
    println!(
        "{:<28} {:>6} {:>14} {:>10}",
        "input", "pages", "median ms/page", "MB/s"
    );
    for (name, pages, format) in [
        ("ScrapingHub HTML", &html, Format::Html),
        ("ScrapingHub pasted", &pasted, Format::Text),
    ] {
        let options = Options {
            format,
            ..Options::default()
        };
        let mut per_page = Vec::new();
        let (mut bytes, mut seconds) = (0usize, 0.0f64);
        for page in pages.iter() {
            let best = (0..5)
                .map(|_| {
                    let started = Instant::now();
                    std::hint::black_box(analyze(&page.input, &options));
                    started.elapsed().as_secs_f64()
                })
                .fold(f64::INFINITY, f64::min);
            per_page.push(best * 1000.0);
            bytes += page.input.len();
            seconds += best;
        }
        let ms = median(per_page);
        println!(
            "{name:<28} {:>6} {:>14.3} {:>10.1}{}",
            pages.len(),
            ms,
            bytes as f64 / seconds / 1e6,
            change(ms, &["native", name, "ms_per_page"])
        );
    }
    println!(
        "{:<28} {:>10} {:>10} {:>10}",
        "scaling (pasted text)", "MB", "seconds", "MB/s"
    );
    println!("{:<28} (median of 3 runs each)", "");
    let all: String = pasted
        .iter()
        .map(|p| p.input.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    for mb in [1usize, 10, 50] {
        let mut input = String::with_capacity(mb << 20);
        while input.len() < mb << 20 {
            input.push_str(&all);
        }
        let cut = (0..=mb << 20)
            .rev()
            .find(|&i| input.is_char_boundary(i))
            .unwrap_or(0);
        input.truncate(cut);
        // The median of three runs, as for the pages.
        let secs = median(
            (0..3)
                .map(|_| {
                    let started = Instant::now();
                    std::hint::black_box(analyze(&input, &Options::default()));
                    started.elapsed().as_secs_f64()
                })
                .collect(),
        );
        let rate = input.len() as f64 / secs / 1e6;
        let key = format!("{mb} MB");
        println!(
            "{:<28} {:>10} {:>10.3} {:>10.1}{}",
            "",
            mb,
            secs,
            rate,
            change(rate, &["native", "pasted MB/s", &key])
        );
    }
}
