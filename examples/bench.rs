//! Benchmarks against the evaluation data in `../shared/data` (read, never copied here).
//!
//! ```sh
//! cargo run --release --example bench -- sentences [--verbose]   # Golden Rules
//! cargo run --release --example bench -- attribution [dev|train] [--verbose]
//! cargo run --release --example bench -- cleaning [--verbose]     # ScrapingHub and WCXB
//! ```
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
        ["cleaning"] => cleaning(verbose),
        _ => {
            eprintln!("usage: bench sentences | attribution [dev|train] | cleaning [--verbose]");
            std::process::exit(2);
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
            "{name:<34} {:>6} {:>9.3} {:>7.3} {:>7.3} {:>9.2}",
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
