//! Text scanning shared by the stages: character boundaries, byte classes, letters and
//! ideographs, words of a block, lowercase copies, sentence ends, and the order of spans.
//!
//! A leaf: it imports nothing of the crate, so every stage may use it.

use regex::Regex;

/// The smallest char boundary at or after `i`.
pub(crate) fn ceil_char_boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i.min(text.len())
}

/// The largest char boundary at or before `i`.
pub(crate) fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Han ideographs and kana, written without spaces between words.
pub(crate) fn is_ideograph(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}')
}

/// The signature under an embedded post, as a page prints it without the network's script:
/// "— Jane Doe (@janedoe) November 18, 2019", "A post shared by Jane Doe (@janedoe) on Nov
/// 18, 2019". The post above it is a quotation the article shows, often its source. Returns
/// the byte range of the account's name, trimmed (it may be empty).
pub(crate) fn post_signature(text: &str) -> Option<std::ops::Range<usize>> {
    const SHARED: &[u8] = b"a post shared by";
    let bytes = text.as_bytes();
    // (A dash is '-', or '–' and '—', which are E2 80 93 and E2 80 94 in UTF-8.)
    let mut start = match bytes {
        [b'-', ..] => 1,
        [0xE2, 0x80, 0x93 | 0x94, ..] => 3,
        _ if bytes.get(..SHARED.len())?.eq_ignore_ascii_case(SHARED) => SHARED.len(),
        _ => return None,
    };
    while matches!(bytes.get(start), Some(b'-' | b' ')) {
        start += 1;
    }
    // (A byte scan: `str::find` brings a substring searcher along.)
    let handle = start + bytes.get(start..)?.windows(2).position(|w| w == b"(@")?;
    // (Blocks and paragraphs have their white space collapsed to single spaces.)
    let mut end = handle;
    while end > start && bytes[end - 1] == b' ' {
        end -= 1;
    }
    (text.len() <= 160).then_some(start..end)
}

/// Compiles one of claimlens's own patterns (each is exercised by the tests, so this cannot
/// fail at run time). Not `expect`: printing the error would bring regex's error messages
/// and their formatting into the WASM module (1.3 KB gzipped).
pub(crate) fn built_in_regex(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|_| panic!("a built-in pattern failed to compile"))
}

/// The words of a block's text. Block text has its white space collapsed to single spaces
/// ([`push_clean`]), so a byte loop that stops at spaces finds them: `split_whitespace`
/// decodes and tests every character, and `split(' ')` sets up a `memchr` for every word
/// (each was a profile's top entry in WASM).
pub(crate) fn words_of(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while bytes.get(at) == Some(&b' ') {
            at += 1;
        }
        let start = at;
        while bytes.get(at).is_some_and(|&b| b != b' ') {
            at += 1;
        }
        // Both ends are at a space or an end of the text: character boundaries.
        (at > start).then(|| &text[start..at])
    })
}

/// A class bit of a byte in [`BYTE_CLASS`].
pub(crate) const SPACE: u8 = 1;

/// An ASCII letter.
pub(crate) const LETTER: u8 = 2;

/// An ASCII digit.
pub(crate) const DIGIT: u8 = 4;

/// A byte of a non-ASCII character.
pub(crate) const NON_ASCII: u8 = 8;

/// The class of every byte, for the loops that read each byte of every block (word counts,
/// the phrase scan): one load where a chain of range tests was.
pub(crate) static BYTE_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b' ' => SPACE,
            b'a'..=b'z' | b'A'..=b'Z' => LETTER,
            b'0'..=b'9' => DIGIT,
            0x80..=0xFF => NON_ASCII,
            _ => 0,
        };
        b += 1;
    }
    table
};

/// `str::to_lowercase`, appended to `out`, with ASCII converted a run at a time: std converts in bulk only
/// the ASCII before the first other character, then goes a character at a time, so a
/// curly quote at a block's start made the whole block slow (a profile's top entry in
/// WASM). The same result: a capital sigma, whose lowercase depends on its place in the
/// word, leaves the whole text to std.
pub(crate) fn push_lowercase(out: &mut String, text: &str) {
    let start = out.len();
    let mut rest = text;
    loop {
        let run = ascii_prefix(rest.as_bytes());
        let at = out.len();
        out.push_str(&rest[..run]);
        out[at..].make_ascii_lowercase();
        rest = &rest[run..];
        let Some(c) = rest.chars().next() else {
            return;
        };
        if c == 'Σ' {
            out.truncate(start);
            out.push_str(&text.to_lowercase());
            return;
        }
        // Latin-1 and Cyrillic capitals are a fixed step from their small letters, and
        // general punctuation and CJK have no case: spared the table search.
        let step = match c {
            'À'..='Þ' if c != '×' => Some(32),
            'Ѐ'..='Џ' => Some(80),
            'А'..='Я' => Some(32),
            'ß'..='ÿ' | 'а'..='џ' | '\u{2000}'..='\u{20ff}' | '\u{3000}'..='\u{9fff}' => {
                Some(0)
            }
            _ => None,
        };
        match step.and_then(|step| char::from_u32(u32::from(c) + step)) {
            Some(lower) => out.push(lower),
            None => out.extend(c.to_lowercase()),
        }
        rest = &rest[c.len_utf8()..];
    }
}

/// Whether a line ends like a sentence or a quotation: the test for "this line does not
/// continue on the next one".
pub(crate) fn ends_sentence(line: &str) -> bool {
    // Most lines end in a letter, a digit or a full stop: decided by the last byte.
    match line.as_bytes().last() {
        Some(b) if b.is_ascii_alphanumeric() => return false,
        Some(b'.' | b'!' | b'?' | b':' | b';') => return true,
        _ => {}
    }
    let core = line.trim_end_matches(&['"', '\'', '”', '’', '»', ')', ']', ' ', '」', '』'][..]);
    core.ends_with(['.', '!', '?', '…', ':', ';', '。', '！', '？', '؟', '।'])
        || core.len() < line.trim_end().len()
    // ends with a closing quote or bracket
}

/// `char::is_alphabetic`, answered without the Unicode table's binary search for the
/// characters news text is made of: ASCII, Latin-1 and Latin Extended-A letters, Cyrillic,
/// CJK ideographs, and the quotation marks and dashes of general punctuation (none of them
/// a letter). The search showed in profiles, at every quotation and accented word.
#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    match c {
        '\0'..='\x7f' => c.is_ascii_alphabetic(),
        _ => known_letter(c).unwrap_or_else(|| c.is_alphabetic()),
    }
}

/// `char::is_alphanumeric`, with the shortcuts of [`is_letter`].
#[inline]
pub(crate) fn is_letter_or_digit(c: char) -> bool {
    match c {
        '\0'..='\x7f' => c.is_ascii_alphanumeric(),
        _ => known_letter(c).unwrap_or_else(|| c.is_alphanumeric()),
    }
}

/// Whether a non-ASCII `c` is a letter, for the ranges where that is known without a
/// table (none of them holds a digit; checked against the tables by a test); `None`
/// elsewhere.
fn known_letter(c: char) -> Option<bool> {
    match c {
        'À'..='ſ' => Some(c != '×' && c != '÷'),
        'Ѐ'..='џ' | '\u{4e00}'..='\u{9fff}' => Some(true),
        '\u{2000}'..='\u{206f}' => Some(false),
        _ => None,
    }
}

/// The length of the ASCII run that opens `bytes`, read eight bytes at a time.
pub(crate) fn ascii_prefix(bytes: &[u8]) -> usize {
    let mut n = 0;
    while let Some(chunk) = bytes.get(n..n + 8) {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0x80; 8]));
        if word & 0x8080_8080_8080_8080 != 0 {
            break;
        }
        n += 8;
    }
    n + bytes[n..].iter().take_while(|b| b.is_ascii()).count()
}

/// Sorts `items` stably by the position `key` gives (a span's start and end). The items'
/// keys are sorted with their indices, then the items follow: one sort for every item type,
/// where the standard sort compiles a copy of itself for each.
pub(crate) fn sort_by_position<T>(items: &mut Vec<T>, key: impl Fn(&T) -> (usize, usize)) {
    let mut order: Vec<(usize, usize, usize)> = items
        .iter()
        .enumerate()
        .map(|(index, item)| {
            let (start, end) = key(item);
            (start, end, index)
        })
        .collect();
    if order.is_sorted() {
        return;
    }
    // The index makes every key distinct, so an unstable sort keeps equal positions in order.
    order.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .into_iter()
            .filter_map(|(_, _, index)| slots[index].take()),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_by_position_is_stable_and_sorts_any_order() {
        let mut items = vec![(3, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e'), (3, 'f')];
        sort_by_position(&mut items, |x| (x.0, 0));
        assert_eq!(
            items,
            [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'c'), (3, 'a'), (3, 'f')]
        );
        let mut reversed: Vec<usize> = (0..100).rev().collect();
        sort_by_position(&mut reversed, |&x| (x, 0));
        assert!(reversed.is_sorted());
    }

    /// `lowercase` is `str::to_lowercase` for every character, alone and between others
    /// (its shortcuts for Latin-1, Cyrillic, punctuation and CJK must agree with Unicode).
    #[test]
    fn lowercase_agrees_with_std() {
        let lowercase = |text: &str| {
            let mut out = String::new();
            push_lowercase(&mut out, text);
            out
        };
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let text = format!("A{c}b{c}");
            assert_eq!(
                lowercase(&text),
                text.to_lowercase(),
                "U+{:04X}",
                u32::from(c)
            );
        }
        let greek = "ΟΔΟΣ ΣΕ ΑΘΗΝΑ";
        assert_eq!(lowercase(greek), greek.to_lowercase());
        let mut after = String::from("Kept ");
        push_lowercase(&mut after, "ÀΣ");
        assert_eq!(after, "Kept àς");
    }

    /// Words are found between single spaces and at the ends, without empty words.
    #[test]
    fn words_split_at_spaces() {
        let words: Vec<&str> = words_of(" a  «bé» c ").collect();
        assert_eq!(words, ["a", "«bé»", "c"]);
        assert_eq!(words_of("").count(), 0);
    }
}
