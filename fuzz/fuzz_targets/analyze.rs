//! The whole pipeline on arbitrary bytes, as text, as HTML and uncleaned: it must never
//! panic, and every report must keep the invariants the tests check
//! (`tests/common/invariants.rs`). Run: `cargo fuzz run analyze` (see README, "Limits").
#![no_main]

use claimlens::{analyze_bytes, Format, Options};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the mode, so the fuzzer explores all three.
    let (mode, input) = data.split_first().map_or((0, data), |(m, rest)| (*m, rest));
    let options = match mode % 3 {
        0 => Options::default(),
        1 => Options { format: Format::Html, ..Options::default() },
        _ => Options { clean: false, ..Options::default() },
    };
    invariants::check("fuzz", &analyze_bytes(input, &options));
});
