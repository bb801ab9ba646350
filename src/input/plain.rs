//! Pasted text to blocks: a block per line, hard-wrapped lines joined, dates glued to the
//! first word and drop caps copied apart from their word repaired.

use regex::Regex;
use std::sync::LazyLock;

use crate::text::{built_in_regex, ends_sentence};

use super::{push_clean, Block, RepairCounts};

/// A full date at the very start of a line, glued to a capitalised word: the shape left when
/// a page's date element and the first paragraph are copied together ("November 8,
/// 2024Donald Trump may..."): the match ends two letters into the glued word.
static GLUED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    built_in_regex(
        r"^((?:January|February|March|April|May|June|July|August|September|October|November|December) [0-9]{1,2}, [0-9]{4}|[0-9]{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) [0-9]{4})([A-Z][a-z])",
    )
});

pub(super) fn text_blocks(input: &str, counts: &mut RepairCounts) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    // Whether the previous line may continue into this one (same paragraph, hard-wrapped).
    let mut open = false;
    // One buffer for every line: a block copies only the text it keeps.
    let mut buffer = String::new();
    let mut drop_cap_searches = 0;
    for raw in input.split('\n') {
        buffer.clear();
        push_clean(&mut buffer, raw, counts);
        // (`push_clean` drops leading spaces: the line starts the buffer.)
        if drop_cap(buffer.trim_end(), input, raw, &mut drop_cap_searches) {
            counts.drop_caps += 1;
            buffer.remove(1);
        }
        let line = buffer.trim();
        if line.is_empty() {
            open = false;
            continue;
        }
        let continues = open && line.starts_with(|c: char| c.is_lowercase());
        if let (true, Some(last)) = (continues, blocks.last_mut()) {
            last.text.push(' ');
            last.text.push_str(line);
        } else {
            // Split off every glued date at the line's start ("March 3, 2021March 4,
            // 2021Officials"), so that a second reading finds nothing left to split.
            let mut rest = line;
            // Only a line that opens with a month name or a day number can hold a glued
            // date: checked before the regex, which would otherwise run on most lines.
            // And a glued date has a year with a capital right after it, within its first
            // 30 bytes ("September 30, 2021Officials").
            let could_be_date = |s: &str| {
                let head = &s.as_bytes()[..s.len().min(30)];
                let year_then_capital = head
                    .windows(5)
                    .any(|w| w[..4].iter().all(u8::is_ascii_digit) && w[4].is_ascii_uppercase());
                year_then_capital
                    && (s.starts_with(|c: char| c.is_ascii_digit())
                        || s.split(|c: char| !c.is_ascii_alphabetic())
                            .next()
                            .is_some_and(crate::lexicon::is_month_name))
            };
            // The match ends with the two letters of the word glued to the date.
            while let Some(date_end) = could_be_date(rest)
                .then(|| GLUED_DATE.find(rest))
                .flatten()
                .map(|m| m.end() - 2)
            {
                counts.glued_dates += 1;
                blocks.push(text_block(&rest[..date_end]));
                rest = &rest[date_end..];
            }
            blocks.push(text_block(rest));
        }
        open = !ends_sentence(line);
    }
    blocks
}

/// How many lines of one input a drop cap is looked for in the page around them (20 KB
/// each): a drop cap opens an article, and a paste of lines that each open with a letter and
/// a fragment ("B cdef ghi ...") took seconds a megabyte without a limit.
const MAX_DROP_CAP_SEARCHES: usize = 64;

/// Whether a line opens with a drop cap copied apart from its word: a paragraph's large
/// initial letter, styled on its own, then a space ("H ong Kong is burning."). Letter and
/// fragment are one word when the two make a function word ("T he", "W hile"), or when the
/// fragment is none ("H ong", not "X is") and the page writes the joined word elsewhere,
/// within 10 KB of the line ("Hong Kong", "mathematics"): so "R includes" and "T cells"
/// stay as written. A letter that is a word of its own in English or another news language
/// (A, E, I, O, U, Y) is joined only to one or two letters that make a function word ("I
/// n", "A s"), as "A long", "A man" and "E chi" are words. Only a paragraph's line (six
/// words or more) is read. `raw` is the line as it is in `input`. The page is searched for
/// at most [`MAX_DROP_CAP_SEARCHES`] lines of an input (`searches` counts them).
fn drop_cap(line: &str, input: &str, raw: &str, searches: &mut usize) -> bool {
    let bytes = line.as_bytes();
    if !(bytes.len() > 3
        && bytes[0].is_ascii_uppercase()
        && bytes[1] == b' '
        && bytes[2].is_ascii_lowercase()
        && bytes.iter().filter(|&&b| b == b' ').count() >= 5)
    {
        return false;
    }
    // (ASCII letters: a drop cap's word is English or close to it.)
    let length = bytes[2..]
        .iter()
        .take_while(|b| b.is_ascii_lowercase())
        .count();
    let fragment = &line[2..2 + length];
    // The letter, lowercase, and the fragment: ASCII, so a `str` whatever the split.
    let mut joined = line[..2 + length].to_ascii_lowercase();
    joined.remove(1);
    let word = |w: &str| crate::lexicon::FUNCTION_WORDS.contains(w);
    if b"AEIOUY".contains(&bytes[0]) {
        return fragment.len() <= 2 && word(&joined);
    }
    if word(&joined) {
        return true;
    }
    if word(fragment) {
        return false;
    }
    if *searches == MAX_DROP_CAP_SEARCHES {
        return false;
    }
    *searches += 1;
    // (`raw` is a slice of `input`.)
    let at = raw.as_ptr() as usize - input.as_ptr() as usize;
    let near = &input.as_bytes()[at.saturating_sub(10_000)..(at + 10_000).min(input.len())];
    // The joined word in lowercase or capitalised, a whole word: bytes compared, so one
    // search needs neither a lowercase copy nor character boundaries.
    let mut found = false;
    for _case in 0..2 {
        let wanted = joined.as_bytes();
        found |= (0..near.len().saturating_sub(wanted.len())).any(|i| {
            near[i + 1..].starts_with(wanted)
                && !near[i].is_ascii_alphanumeric()
                && near
                    .get(i + 1 + wanted.len())
                    .is_none_or(|b| !b.is_ascii_alphabetic())
        });
        joined[..1].make_ascii_uppercase();
    }
    found
}

fn text_block(text: &str) -> Block {
    Block {
        text: text.to_owned(),
        ..Block::default()
    }
}
