//! Property tests: generated input built from the pieces that break parsers (quotation
//! marks of every style, tags, entities, stops, cue words, names, scripts, control
//! characters) never panics and always gives a report that keeps every invariant.
//! `PROPTEST_CASES=5000 cargo test --release --test properties` runs longer.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use claimlens::{analyze, analyze_bytes, Format, Options};
use common::invariants::check;
use proptest::prelude::*;

/// Fragments that exercise every stage.
const PIECES: &[&str] = &[
    "“",
    "”",
    "\"",
    "'",
    "''",
    "‘",
    "’",
    "«",
    "»",
    "„",
    "``",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    ".",
    "...",
    ". . .",
    "!",
    "?",
    ",",
    ":",
    ";",
    "—",
    "(",
    ")",
    "[",
    "]",
    "said",
    "says",
    "told",
    "according to",
    "reportedly",
    "did not say",
    "who",
    "He",
    "she",
    "they",
    "Mr.",
    "Gov.",
    "U.S.",
    "p.",
    "No.",
    "1.",
    "2.)",
    "a.",
    "•",
    "Ann Lee",
    "Jo",
    "the official",
    "Kremlin spokesman Dmitry Peskov",
    "Home",
    "LATEST POSTS",
    "Please enter your comment!",
    "March 3, 2021",
    "2021Officials",
    "By Jane Doe",
    "<p>",
    "</p>",
    "<div class=\"ad\">",
    "</div>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<a href=\"x\">",
    "</a>",
    "<br>",
    "<",
    ">",
    "&amp;",
    "&#8220;",
    "&",
    "\u{a0}",
    "\u{200b}",
    "\u{ad}",
    "\0",
    "\u{feff}",
    "Дума",
    "我们",
    "。",
    "مرحبا",
    "🙂",
    "👍🏽",
    "é",
    "ß",
    "word",
    "words that run on",
    "Mayor",
    "$65.9 billion",
    "€",
    "US$",
    "1,234.5",
    "12,34,567",
    "99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999",
    " billion",
    " trillion trillion",
    "%",
    " percent",
    "nearly ",
    "between ",
    " and ",
    " to ",
    "-",
    "/",
    "twenty-one",
    " and a half",
    "two thirds",
    "millions of",
    "last July",
    "yesterday",
    "on Thursday",
    "Nov. 8",
    "Feb 29",
    " 2024",
    "2014-2018",
    "10/1/2018",
    "Q3 2024",
    "the 1990s",
    "in the next few weeks",
    "3 days before",
    "mid-",
    "early ",
    "the end of ",
    "Ã",
    "Ã ",
    "â€™",
    "â€",
    "Â\u{a0}",
    "\u{85}",
    "\u{9d}",
    "Ð",
    "×",
    "√",
    "\u{303}",
];

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|pieces| pieces.concat())
}

/// 256 cases a property by default (a few seconds); `PROPTEST_CASES` sets more.
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256);
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_article_keeps_the_invariants(input in article(), clean in any::<bool>(), html in any::<bool>()) {
        let format = if html { Format::Html } else { Format::Auto };
        let report = analyze(&input, &Options { clean, format, date: None });
        check("generated", &report);
    }

    #[test]
    fn any_bytes_keep_the_invariants(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        check("bytes", &analyze_bytes(&bytes, &Options::default()));
    }

    /// Cleaning the clean text keeps it: the article survives a second pass. (What the
    /// second pass removes is counted, not the words of its text: a mojibake repair may join
    /// two "words" whose spaces the first pass collapsed, "â€  é" -> "â€ é" -> "†é".)
    #[test]
    fn cleaning_keeps_clean_text(input in article()) {
        let first = analyze(&input, &Options { format: Format::Text, ..Options::default() });
        let second = analyze(&first.text, &Options { format: Format::Text, ..Options::default() });
        let words = |t: &str| t.split_whitespace().count();
        let removed: usize = second.removed.iter().map(|r| words(&r.text)).sum();
        prop_assert!(removed * 10 <= words(&first.text),
            "second pass removed {removed} words of {:?} -> {:?}", first.text, second.text);
    }
}
