//! Hostile and broken input: whatever comes in, analysis returns a report whose offsets are
//! valid, whose blocks are all accounted for, and which round-trips through JSON — never a
//! panic. Sizes are kept to what runs in a second or two; the bench covers time.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use claimlens::{analyze, analyze_bytes, Format, Options, RepairKind, Report};
use common::invariants::check;

/// Analyses `input` as detected, without cleaning, as HTML and as Markdown, checking each report;
/// returns the first (the one a user gets by default).
fn run(name: &str, input: &str) -> Report {
    let modes = [
        (true, Format::Auto),
        (false, Format::Text),
        (true, Format::Html),
        (true, Format::Markdown),
    ];
    let reports: Vec<Report> = modes
        .into_iter()
        .map(|(clean, format)| {
            let report = analyze(
                input,
                &Options {
                    clean,
                    format,
                    date: None,
                },
            );
            check(name, &report);
            report
        })
        .collect();
    reports.into_iter().next().expect("four modes ran")
}

#[test]
fn empty_and_whitespace() {
    for input in ["", " ", "\n\n\n", "\t \r\n \u{a0}\u{200b}"] {
        let report = run("blank", input);
        assert!(report.text.is_empty());
        assert_eq!(report.warnings[0].code, "empty_article");
    }
}

#[test]
fn thousands_of_unbalanced_quote_marks() {
    let input = "“ ” \" « „ ‘ ’ '' `` ".repeat(1_000) + "He said “never closed";
    let report = run("quotes", &input);
    assert!(report.warnings.iter().any(|w| w.code == "unbalanced_quote"));
}

#[test]
fn one_long_line_with_many_quotes_and_stops() {
    let sentence = "“We will build it,” the mayor said, and a.b.c.d.e. no. 5 costs U.S. $3.5m... ";
    // About 5 MB on one line.
    let line = sentence.repeat(5_000_000 / sentence.len());
    assert!(line.len() > 4_900_000);
    run("long line", &line);
}

#[test]
fn deep_and_broken_html() {
    let deep =
        "<div>".repeat(100_000) + "<p>“Deep text,” said Ann Lee.</p>" + &"</span>".repeat(10_000);
    let report = run("deep", &deep);
    assert!(
        report.text.contains("Deep text")
            || report.removed.iter().any(|b| b.text.contains("Deep text"))
    );
    run("unclosed", "<p>one <b>two <i>three <a href=\"x");
    run("tags only", &"<br><hr><img src=x>".repeat(1000));
    run("comment", "<!-- never closed <p>text</p>");
    run(
        "script",
        "<script>if (a < b) { document.write('<p>x</p>') }",
    );
    run(
        "entities",
        "&amp;&#x110000;&#0;&#xD800;&bogus;&#99999999999999;&",
    );
}

#[test]
fn binary_nul_and_invalid_utf8() {
    let bytes: Vec<u8> = (0..=255u8).cycle().take(100_000).collect();
    let report = analyze_bytes(&bytes, &Options::default());
    check("binary", &report);
    assert_eq!(report.warnings[0].code, "binary_input");
    assert_eq!(
        report
            .warnings
            .iter()
            .filter(|w| w.code == "binary_input")
            .count(),
        1,
        "said once"
    );
    // The same bytes pasted: the browser hands over text with U+FFFD for what was not.
    let pasted = String::from_utf8_lossy(&bytes);
    let report = run("pasted binary", &pasted);
    assert_eq!(report.warnings[0].code, "binary_input");
    // A NUL or two in an article is a repair, not a binary file.
    let report = run("nul", "A\0B\0“Quote with NUL\0 inside,” said Ann\0 Lee.");
    assert!(report.warnings.iter().all(|w| w.code != "binary_input"));
}

#[test]
fn scripts_and_emoji() {
    let report = run(
        "mixed scripts",
        "“نحن مستعدون للحوار,” said Omar Haddad.\n\n“我们准备好了。” said Li Wei.\n\n“🙂🚀 we are ready 👍🏽,” said Ann Lee.\n\nשלום עולם.",
    );
    assert_eq!(report.claims.len(), 3, "{:?}", report.claims);
}

#[test]
fn lists_and_numbers_without_spaces() {
    run(
        "list",
        &(1..5000).map(|i| format!("{i}. item ")).collect::<String>(),
    );
    run("dots", &"a.".repeat(50_000));
    run("digits", &"1.5.".repeat(50_000));
}

/// Lines that each open like a drop cap copied apart from its word ("B cdfg ..."): each
/// could send the reader searching the page around it for the joined word. A complete
/// report, with no word joined that the page never writes.
#[test]
fn lines_that_open_like_drop_caps() {
    let lines: String = (0..20_000)
        .map(|i| {
            let letter = char::from(b'B' + (i % 20) as u8);
            format!("{letter} x{i:05}q alpha beta gamma delta epsilon\n")
        })
        .collect();
    let report = run("drop caps", &lines);
    assert!(report.repairs.iter().all(|r| r.kind != RepairKind::DropCap));
}

/// 50 MB of pasted pages: a complete report (linear time is the bench's business:
/// `cargo run --release --example bench -- speed` prints the 1/10/50 MB scaling).
#[test]
fn fifty_megabytes() {
    let article = include_str!("../www/sample-article.txt");
    let input = article.repeat(50_000_000 / article.len() + 1);
    // Cleaned, it is one page: one article's body, the rest accounted for as removed.
    let report = analyze(&input, &Options::default());
    check("50 MB", &report);
    assert!(report.removed.len() > 100_000);
    // Taken as it is, every copy's claims are found.
    let report = analyze(
        &input,
        &Options {
            clean: false,
            ..Options::default()
        },
    );
    check("50 MB uncleaned", &report);
    assert!(
        report.claims.len() > 200_000,
        "{} claims",
        report.claims.len()
    );
}

#[test]
fn markdown_nested_and_unclosed() {
    let deep_quotes = format!("{}“It holds,” said Ana Ruiz.", "> ".repeat(5_000));
    let deep_lists = (0..2_000)
        .map(|i| format!("{}- item {i}\n", "  ".repeat(i % 200)))
        .collect::<String>();
    let inputs = [
        deep_quotes,
        deep_lists,
        "[".repeat(20_000) + &"](".repeat(20_000),
        "*".repeat(50_000) + "text" + &"_".repeat(50_000),
        "---\ntitle: never closed\n\n“A quote,” she said.".to_owned(),
        "| a | b |\n|---|---|\n".to_owned() + &"| x |\n".repeat(5_000),
        "<div>\n\n# Inside HTML\n\n</div>\n<script>alert(1)</script>\n".repeat(200),
    ];
    for input in inputs {
        let report = analyze(
            &input,
            &Options {
                format: Format::Markdown,
                ..Options::default()
            },
        );
        check("markdown", &report);
        assert_eq!(report.input.format, "markdown");
    }
}
