//! What the rules read of each block, computed once: its words and their kinds, its links,
//! whether it reads as prose, ends a sentence or is signed.

use crate::input::Block;
use crate::lexicon::FUNCTION_WORDS;
use crate::text::{
    ends_sentence, floor_char_boundary, is_ideograph, is_letter, is_letter_or_digit,
    push_lowercase, words_of, BYTE_CLASS, DIGIT, LETTER, NON_ASCII, SPACE,
};

/// The fewest words of a block of prose.
pub(super) const PROSE_WORDS: usize = 10;

/// So many words make a block prose without a sentence's end: a paragraph cut at a link,
/// a pasted run-on.
const LONG_PROSE_WORDS: usize = 100;

/// The smallest share of function words ("the", "of", "that") in prose: menus, tag lists
/// and rows of names have fewer.
pub(super) const PROSE_STOPWORDS: f32 = 0.2;

/// Prose has links on less than this share of its words.
pub(super) const PROSE_LINK_DENSITY: f32 = 0.35;

/// A block with links on more than this share of its words is a list of links: a menu, a
/// feed of headlines, a row of tags.
pub(super) const LINKED: f32 = 0.5;

/// Measurements of one block that the rules use.
pub(super) struct Features<'a> {
    pub(super) words: usize,
    /// Ends like a sentence, and not with a teaser's "..." cut.
    pub(super) terminal: bool,
    /// Share of words that are function words.
    pub(super) stopword_ratio: f32,
    pub(super) has_alphanumeric: bool,
    /// Has the word "by" (a byline's mark).
    pub(super) has_by: bool,
    /// Has an ASCII digit (dates, counts, time stamps).
    pub(super) has_digit: bool,
    /// The block's trimmed text in lowercase.
    pub(super) lower: &'a str,
}

impl<'a> Features<'a> {
    /// The features of every block. Their lowercase texts are written one after another in
    /// `arena`: one allocation, where a string per block was tens of thousands of
    /// allocations on a long paste.
    pub(super) fn of_all(blocks: &[Block], arena: &'a mut String) -> Vec<Features<'a>> {
        arena.reserve(blocks.iter().map(|b| b.text.len()).sum());
        let ends: Vec<usize> = blocks
            .iter()
            .map(|block| {
                push_lowercase(arena, block.text.trim());
                arena.len()
            })
            .collect();
        let arena: &'a str = arena;
        blocks
            .iter()
            .zip(&ends)
            .scan(0, |start, (block, &end)| {
                let lower = &arena[*start..end];
                *start = end;
                Some(Features::of(block, lower))
            })
            .collect()
    }

    /// The features of `block`, whose trimmed text lowercased is `lower`.
    pub(super) fn of(block: &Block, lower: &'a str) -> Self {
        let text = block.text.trim();
        let WordCount {
            words,
            function_words,
            by,
            digit,
        } = count_words(lower);
        // An excerpt cut short: "…", or the "[…]" a blog puts after a teaser's summary.
        let excerpt = text.trim_end_matches(']').trim_end();
        let cut = excerpt.ends_with("...") || excerpt.ends_with('…');
        Features {
            words,
            terminal: (ends_sentence(text) || ends_signed(text)) && !cut && !text.ends_with(':'),
            stopword_ratio: function_words as f32 / words.max(1) as f32,
            has_alphanumeric: text.chars().any(is_letter_or_digit),
            has_by: by,
            has_digit: digit,
            lower,
        }
    }

    /// Reads as article prose: ten words or more with a fair share of function words and
    /// few links, ending like a sentence — or so long (100 words) that a missing full stop
    /// (a paragraph cut at a link, a pasted run-on) does not matter.
    pub(super) fn is_prose(&self, block: &Block) -> bool {
        self.is_unfinished_prose(block) && (self.terminal || self.words >= LONG_PROSE_WORDS)
    }

    /// Reads as prose but for the sentence's end: enough words, function words among them,
    /// few links.
    pub(super) fn is_unfinished_prose(&self, block: &Block) -> bool {
        self.words >= PROSE_WORDS
            && self.stopword_ratio >= PROSE_STOPWORDS
            && block.link_density < PROSE_LINK_DENSITY
    }

    /// Reads as running text without ending like a sentence: a lead-in that ends with a
    /// colon ("People love that feeling:"), a quotation with its speaker after it ("\"It
    /// just works.\" -- a firmware engineer"). Such blocks sit between the paragraphs of an
    /// article; teasers and navigation do not take these shapes.
    pub(super) fn is_running_text(&self, block: &Block) -> bool {
        let text = block.text.trim();
        let attributed_quote = text.starts_with(['"', '“'])
            && [
                "\" --", "\" —", "\" –", "” --", "” —", "” –", ".\" -", ".” -",
            ]
            .iter()
            .any(|mark| text.contains(mark));
        self.words >= 8
            && self.stopword_ratio >= PROSE_STOPWORDS
            && block.link_density < PROSE_LINK_DENSITY
            && (is_lead_in(block) || attributed_quote)
    }

    /// A paragraph cut short where a paywall or a "read more" fold starts ("...and may
    /// receive further discipline...."): long, written as prose, ending in a word or an
    /// ellipsis.
    pub(super) fn is_cut_short(&self, block: &Block) -> bool {
        self.words >= 25
            && self.stopword_ratio >= 0.25
            && block.link_density < PROSE_LINK_DENSITY
            && block
                .text
                .trim_end_matches(['.', '…', ' '])
                .chars()
                .next_back()
                .is_some_and(is_letter)
    }

    /// Shaped like a headline: a handful of words, not ending like a sentence.
    pub(super) fn is_headline_shaped(&self, block: &Block) -> bool {
        (3..=30).contains(&self.words)
            && (!ends_sentence(&block.text)
                || block.text.ends_with('?')
                || block.heading > 0
                || (!block.text.trim_end().ends_with(':') && is_title_case(&block.text)))
    }
}

/// What [`count_words`] counts.
struct WordCount {
    pub(super) words: usize,
    pub(super) function_words: usize,
    /// "by" is one of the words: noted here, where it costs nothing, for the bylines.
    pub(super) by: bool,
    /// A byte is an ASCII digit: noted here too, for the tests of dates and counts.
    pub(super) digit: bool,
}

/// Words (of letters, trimmed of punctuation) and function words among them, in a block's
/// lowercase text. One pass over the bytes of ASCII words, which are most words: this runs
/// on every block and was the largest entry of a WASM profile.
fn count_words(lower: &str) -> WordCount {
    let bytes = lower.as_bytes();
    let (mut words, mut stopwords, mut by, mut digit) = (0, 0, false, false);
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] == b' ' {
            at += 1;
            continue;
        }
        let start = at;
        // The classes of the word's bytes, together: the loop does no more per byte.
        let mut classes = 0;
        while let Some(&b) = bytes.get(at) {
            let class = BYTE_CLASS[usize::from(b)];
            if class & SPACE != 0 {
                break;
            }
            classes |= class;
            at += 1;
        }
        digit |= classes & DIGIT != 0;
        let ascii = classes & NON_ASCII == 0;
        let alphabetic = classes & LETTER != 0;
        if !ascii {
            let word = lower[start..at].trim_matches(|c: char| !is_letter_or_digit(c));
            if word.chars().any(is_letter) {
                // Chinese and Japanese are written without spaces: two characters count
                // as a word, and their text has no function words to count.
                let ideographs = word.chars().filter(|&c| is_ideograph(c)).count();
                words += 1 + ideographs / 2;
                if FUNCTION_WORDS.contains(word) {
                    stopwords += 1;
                } else if ideographs >= 10 {
                    stopwords += ideographs / 8;
                }
            }
        } else if alphabetic {
            // The word's letters and digits, without the punctuation around them.
            let alphanumeric = |&b: &u8| BYTE_CLASS[usize::from(b)] & (LETTER | DIGIT) != 0;
            let word = &bytes[start..at];
            let first = start + word.iter().position(alphanumeric).unwrap_or(0);
            let last = start + word.iter().rposition(alphanumeric).unwrap_or(0);
            words += 1;
            if FUNCTION_WORDS.contains_in(lower, first, last + 1) {
                stopwords += 1;
                by |= last == first + 1 && bytes[first] == b'b' && bytes[last] == b'y';
            }
        }
    }
    WordCount {
        words,
        function_words: stopwords,
        by,
        digit,
    }
}

/// A sentence that introduces what follows: it ends with a colon, and is not written as a
/// title ("Learn More in Our Plumbing Series:" is a section label).
pub(super) fn is_lead_in(block: &Block) -> bool {
    block.text.trim_end().ends_with(':') && !is_title_case(&block.text)
}

/// Written as a title ("Learn More in Our Plumbing Series:"): every word of four letters
/// or more capitalised, at least two of them. A section label, not a sentence.
pub(super) fn is_title_case(text: &str) -> bool {
    // (Without collecting the words: this runs on most short blocks.)
    let mut long = 0;
    for word in words_of(text) {
        if word.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
            if !word.starts_with(char::is_uppercase) {
                return false;
            }
            long += 1;
        }
    }
    long >= 2
}

/// Whether `text` is sentences signed by who wrote or said them, after a dash: "... as
/// decisions are made. – Jane Doe, technology lead, Example Corp", as a round-up of
/// contributors' picks or a page of testimonials prints them. The sentence before the dash
/// ends the paragraph; the signature is a name (a capital first) of at most twelve words.
/// A quotation so signed ("“A must-read.” — Jane Doe") is a blurb, not one of these: it
/// stays running text (`Features::is_running_text`), which costs the body nothing but does
/// not carry it on to an advertisement's next blurb.
pub(super) fn ends_signed(text: &str) -> bool {
    if text.starts_with(['"', '“']) {
        return false;
    }
    // The last dash with a space either side ('–', '—' or "--"), looked for in the last 240
    // bytes only: a signature of twelve words is shorter, and this runs on every block that
    // does not end like a sentence.
    let bytes = text.as_bytes();
    let from = floor_char_boundary(text, text.len().saturating_sub(240));
    let spaced = |start: usize, end: usize| {
        start > 0 && bytes[start - 1] == b' ' && bytes.get(end) == Some(&b' ')
    };
    let dash = text[from..].char_indices().rev().find_map(|(at, c)| {
        let at = from + at;
        let (start, end) = match c {
            '–' | '—' => (at, at + c.len_utf8()),
            '-' if at > 0 && bytes[at - 1] == b'-' => (at - 1, at + 1),
            _ => return None,
        };
        spaced(start, end).then_some((start, end))
    });
    let Some((start, end)) = dash else {
        return false;
    };
    let (before, after) = (&text[..start - 1], &text[end + 1..]);
    ends_sentence(before.trim_end())
        && after.starts_with(|c: char| c.is_uppercase())
        && (1..=12).contains(&after.split_whitespace().count())
        && !ends_sentence(after)
}
