//! Stage 1: input. Raw text or HTML in; a list of text blocks with structure hints out, plus
//! the character repairs made on the way.
//!
//! HTML is read by a small tolerant scanner (tags, attributes, comments, raw-text elements,
//! character references): every block-level element starts a new block, and each block
//! remembers whether it sat in navigation, a footer, a form, a figure or an element whose
//! class or id names page furniture. Plain text becomes one block per line, except that
//! hard-wrapped lines (a line not ending a sentence, followed by one starting in lowercase)
//! are joined back into their paragraph.
//!
//! Repairs, each counted in the report: HTML character references, no-break spaces,
//! zero-width characters and soft hyphens, control characters, and a date glued to the next
//! word at the start of a line ("November 8, 2024Donald Trump" becomes two blocks).
//!
//! Limits: no tree construction (mis-nested tags close up to the nearest matching open
//! element, or are ignored); only the common named character references are known, others
//! are kept as written; encodings other than UTF-8 are not detected yet.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon::CLASS_HINTS;
use crate::report::{RemovalReason, Repair, RepairKind};
use crate::text::{built_in_regex, ends_sentence};

/// What kind of input to expect.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// Decide from the input: HTML when it starts with a tag or is full of block tags.
    #[default]
    Auto,
    /// Plain text, as pasted from a page.
    Text,
    /// An HTML document or fragment.
    Html,
}

/// One block of input text: a paragraph, a heading, a list item, a line.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Block {
    /// The block's text, whitespace collapsed.
    pub text: String,
    /// A reason to remove it that the HTML structure gives (it sits in a `<nav>`, a footer,
    /// a hidden element, an element whose class says "comments"...). Always `None` for text.
    pub hint: Option<RemovalReason>,
    /// Heading level 1–6, or 0 for ordinary text.
    pub heading: u8,
    /// Share of the block's characters inside links (0 for plain text).
    pub link_density: f32,
    /// Whether it sits inside an `<article>` or `<main>` element.
    pub in_article: bool,
    /// Which outermost `<article>` element it sits in, counted from 1 in page order; 0 for
    /// none (and for plain text). A page of story cards has one per card.
    pub article: u16,
    /// Whether `hint` comes from a landmark element's own tag (`<aside>`, `<nav>`,
    /// `<footer>`), which says what it holds more surely than a class does.
    pub landmark: bool,
    /// Whether it sits inside the element the page marks as its article's text with
    /// schema.org's `itemprop="articleBody"`.
    pub in_article_body: bool,
}

/// The input read into blocks.
#[derive(Debug, Default)]
pub struct Document {
    /// The format that was read (never `Auto`).
    pub format: Format,
    /// Blocks in reading order.
    pub blocks: Vec<Block>,
    /// The headline named by the page's metadata (`og:title`, `<title>`), HTML only.
    pub meta_title: Option<String>,
    /// The author named by the page's metadata (`<meta name="author">` and the like, or
    /// JSON-LD's `author`), HTML only.
    pub meta_author: Option<String>,
    /// The publication date named by the page's metadata (`article:published_time` and
    /// the like, or JSON-LD's `datePublished`), as its `YYYY-MM-DD`, HTML only.
    pub meta_published: Option<String>,
    /// Character repairs made.
    pub repairs: Vec<Repair>,
}

/// Reads `input` as `format` into blocks.
pub fn read(input: &str, format: Format) -> Document {
    let format = match format {
        Format::Auto if looks_like_html(input) => Format::Html,
        Format::Auto => Format::Text,
        other => other,
    };
    let mut counts = RepairCounts::default();
    // Mojibake first: the later stages should see "café", not "cafÃ©".
    let (repaired, mojibake) = crate::mojibake::repair(input);
    counts.mojibake = mojibake;
    let input = if mojibake > 0 {
        repaired.as_str()
    } else {
        input
    };
    let (blocks, meta) = match format {
        Format::Html => html_blocks(input, &mut counts),
        _ => (text_blocks(input, &mut counts), PageMeta::default()),
    };
    Document {
        format,
        blocks,
        meta_title: meta.title,
        meta_author: meta.author,
        meta_published: meta.published,
        repairs: counts.into_repairs(),
    }
}

/// HTML when the input starts with markup, or when block tags are frequent enough that the
/// text is clearly markup and not an article that mentions a tag.
fn looks_like_html(input: &str) -> bool {
    let head = input.trim_start_matches(&['\u{feff}', ' ', '\t', '\r', '\n'][..]);
    let head_lower: String = head
        .chars()
        .take(15)
        .collect::<String>()
        .to_ascii_lowercase();
    if head_lower.starts_with("<!doctype html") || head_lower.starts_with("<html") {
        return true;
    }
    let block_tags = ["</p>", "</div>", "<br", "</li>", "</h1>", "</h2>"]
        .iter()
        .map(|tag| input.matches(tag).count())
        .sum::<usize>();
    // Text that quotes some markup (a "republish this article" box's embed code, a code
    // sample) is still text: tags must be dense, one in 500 bytes, where an HTML page has
    // dozens.
    head.starts_with('<') && input.contains("</")
        || block_tags >= 3 && block_tags * 500 >= input.len()
}

/// Counts of each repair, turned into report entries at the end.
#[derive(Default)]
struct RepairCounts {
    mojibake: usize,
    entities: usize,
    nbsp: usize,
    invisible: usize,
    control: usize,
    glued_dates: usize,
    drop_caps: usize,
}

impl RepairCounts {
    fn into_repairs(self) -> Vec<Repair> {
        let mut repairs = Vec::new();
        let mut push = |kind, count, what: &str| {
            if count > 0 {
                repairs.push(Repair {
                    kind,
                    count,
                    message: format!("{what} ({count})"),
                });
            }
        };
        push(
            RepairKind::Mojibake,
            self.mojibake,
            "decoded mojibake: UTF-8 text that had been read as a legacy code page (\"cafÃ©\" → \"café\")",
        );
        push(
            RepairKind::HtmlEntities,
            self.entities,
            "decoded HTML character references",
        );
        push(
            RepairKind::NoBreakSpace,
            self.nbsp,
            "replaced no-break spaces with spaces",
        );
        push(
            RepairKind::InvisibleCharacters,
            self.invisible,
            "removed zero-width characters, soft hyphens and byte-order marks",
        );
        push(
            RepairKind::ControlCharacters,
            self.control,
            "removed control characters",
        );
        push(
            RepairKind::GluedDate,
            self.glued_dates,
            "split a date glued to the following word into its own line",
        );
        push(
            RepairKind::DropCap,
            self.drop_caps,
            "joined a paragraph's large initial letter to the rest of its word (\"H ong Kong\" → \"Hong Kong\")",
        );
        repairs
    }
}

/// Appends `text` to `out` with character repairs, collapsing every whitespace run to one
/// space (the caller decides where blocks break, so newlines are spaces here too).
fn push_clean(out: &mut String, text: &str, counts: &mut RepairCounts) {
    let mut rest = text;
    loop {
        // Printable ASCII, single spaces and most other characters need no repair: copied
        // a run at a time ([`PLAIN_BYTES`]). A space after a space, or at the start, goes
        // the slow way and is dropped; so does every character whose lead byte some
        // repaired character has.
        let mut space_before = out.is_empty() || out.ends_with(' ');
        let mut run = 0;
        for &b in rest.as_bytes() {
            match PLAIN_BYTES[usize::from(b)] {
                Plain::Yes => space_before = false,
                Plain::Space if !space_before => space_before = true,
                _ => break,
            }
            run += 1;
        }
        out.push_str(&rest[..run]);
        rest = &rest[run..];
        let Some(ch) = rest.chars().next() else {
            return;
        };
        rest = &rest[ch.len_utf8()..];
        match ch {
            '\u{a0}' | '\u{2007}' | '\u{202f}' => {
                counts.nbsp += 1;
                push_space(out);
            }
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' => {
                counts.invisible += 1;
            }
            c if c.is_whitespace() => push_space(out),
            c if c.is_control() => counts.control += 1,
            c => out.push(c),
        }
    }
}

/// What [`push_clean`] may copy without a look at the character.
#[derive(Clone, Copy)]
enum Plain {
    Yes,
    /// A space: copied unless one was just copied.
    Space,
    No,
}

/// [`Plain`] for every byte, looked up: one load a byte where a chain of range tests was
/// the cleaner's slowest loop in WASM. Printable ASCII; a continuation byte, which is only
/// reached inside a character the run took; and the lead bytes no repaired character has
/// (not C2: U+0080..U+00BF, the C1 controls, no-break space and soft hyphen; nor E1, E2,
/// E3: the Unicode spaces, zero widths and U+2000 punctuation; nor EF: the byte-order
/// mark).
static PLAIN_BYTES: [Plain; 256] = {
    let mut table = [Plain::No; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b' ' => Plain::Space,
            b'!'..=b'~' | 0x80..=0xBF | 0xC3..=0xDF | 0xE0 | 0xE4..=0xEE | 0xF0..=0xF4 => {
                Plain::Yes
            }
            _ => Plain::No,
        };
        b += 1;
    }
    table
};

fn push_space(out: &mut String) {
    if !out.is_empty() && !out.ends_with(' ') {
        out.push(' ');
    }
}

// ---------------------------------------------------------------------------------------
// Bytes

/// Bytes decoded to text, with the repair and warning to report when they were not UTF-8.
pub struct Decoded<'a> {
    /// The text.
    pub text: Cow<'a, str>,
    /// What was done, when anything was.
    pub repair: Option<Repair>,
    /// Why, for the reader.
    pub warning: Option<crate::report::Warning>,
}

/// The characters of Windows-1252 bytes 0x80–0x9F (Latin-1 has control codes there; the
/// five bytes Windows-1252 leaves undefined keep them).
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

fn decode_cp1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9f => CP1252_HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// The charset an HTML page declares in its first 2 KB (`<meta charset=...>` or
/// `content="text/html; charset=..."`), lowercase.
fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head: String = bytes[..bytes.len().min(2048)]
        .iter()
        .map(|&b| char::from(b).to_ascii_lowercase())
        .collect();
    let at = head.find("charset=")? + "charset=".len();
    let value: String = head[at..]
        .trim_start_matches(&['"', '\''][..])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect();
    (!value.is_empty()).then_some(value)
}

/// Decodes a file's bytes. UTF-8 (with or without a byte-order mark) is taken as it is; a
/// UTF-16 byte-order mark on text with the zero bytes of UTF-16 means UTF-16; a page that declares Windows-1252 or Latin-1, or
/// bytes with no valid multi-byte UTF-8 sequence at all (the mark of a single-byte legacy
/// encoding), are read as Windows-1252; anything else is read as UTF-8 with invalid
/// sequences replaced by U+FFFD.
pub fn decode(bytes: &[u8]) -> Decoded<'_> {
    let legacy = |text: String, what: &str, why: &str| Decoded {
        text: Cow::Owned(text),
        repair: Some(Repair {
            kind: RepairKind::LegacyEncoding,
            count: 1,
            message: format!("decoded the input as {what} ({why})"),
        }),
        warning: Some(crate::report::Warning::new(
            "legacy_encoding",
            format!("the input is not UTF-8: it was read as {what} ({why})"),
        )),
    };
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded {
            text: Cow::Borrowed(text),
            repair: None,
            warning: None,
        };
    }
    for (bom, big_endian) in [([0xff, 0xfe], false), ([0xfe, 0xff], true)] {
        // A byte-order mark alone is weak evidence; UTF-16 text in Latin scripts is also
        // full of zero bytes. (UTF-16 in other scripts is read as UTF-8, lossily.)
        let zeros = bytes.iter().filter(|&&b| b == 0).count();
        if let Some(body) = bytes
            .strip_prefix(&bom)
            .filter(|_| zeros * 5 >= bytes.len())
        {
            let units = body.chunks_exact(2).map(|p| {
                if big_endian {
                    u16::from_be_bytes([p[0], p[1]])
                } else {
                    u16::from_le_bytes([p[0], p[1]])
                }
            });
            let text: String = char::decode_utf16(units)
                .map(|c| c.unwrap_or('\u{fffd}'))
                .collect();
            let what = if big_endian { "UTF-16BE" } else { "UTF-16LE" };
            return legacy(text, what, "it starts with a UTF-16 byte-order mark");
        }
    }
    // A file full of control bytes is not text at all (a PDF or a word-processor file
    // renamed .txt): say so, and read what text there is.
    let controls = bytes
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
        .count();
    if controls * 10 > bytes.len() {
        let text = String::from_utf8_lossy(bytes);
        return Decoded {
            repair: Some(Repair {
                kind: RepairKind::InvalidUtf8,
                count: text.matches('\u{fffd}').count(),
                message: "read a binary file as UTF-8, replacing what is not text".to_owned(),
            }),
            warning: Some(crate::report::Warning::new(
                "binary_input",
                "the input looks like a binary file (a PDF, an image, a word-processor file), not text: open the article itself or paste its text",
            )),
            text,
        };
    }
    let declared = declared_charset(bytes);
    let single_byte = matches!(
        declared.as_deref(),
        Some(
            "windows-1252"
                | "iso-8859-1"
                | "iso-8859-15"
                | "latin1"
                | "latin-1"
                | "cp1252"
                | "us-ascii"
        )
    );
    let lossy = String::from_utf8_lossy(bytes);
    let multibyte_sequences = lossy
        .chars()
        .filter(|&c| !c.is_ascii() && c != '\u{fffd}')
        .count();
    if single_byte {
        let charset = declared.unwrap_or_default();
        return legacy(
            decode_cp1252(bytes),
            "Windows-1252",
            &format!("the page declares {charset}"),
        );
    }
    if declared.is_none() && multibyte_sequences == 0 {
        return legacy(
            decode_cp1252(bytes),
            "Windows-1252",
            "its bytes are not UTF-8 and declare no encoding",
        );
    }
    let replaced = lossy.matches('\u{fffd}').count()
        - bytes.windows(3).filter(|w| w == b"\xef\xbf\xbd").count();
    Decoded {
        repair: Some(Repair {
            kind: RepairKind::InvalidUtf8,
            count: replaced,
            message: format!("replaced {replaced} invalid UTF-8 sequence(s) with U+FFFD"),
        }),
        warning: Some(crate::report::Warning::new(
            "invalid_utf8",
            format!("the input is not valid UTF-8: {replaced} byte sequence(s) could not be read and were replaced"),
        )),
        text: lossy,
    }
}

// ---------------------------------------------------------------------------------------
// Plain text

/// A full date at the very start of a line, glued to a capitalised word: the shape left when
/// a page's date element and the first paragraph are copied together ("November 8,
/// 2024Donald Trump may..."): the match ends two letters into the glued word.
static GLUED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    built_in_regex(
        r"^((?:January|February|March|April|May|June|July|August|September|October|November|December) [0-9]{1,2}, [0-9]{4}|[0-9]{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) [0-9]{4})([A-Z][a-z])",
    )
});

fn text_blocks(input: &str, counts: &mut RepairCounts) -> Vec<Block> {
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

// ---------------------------------------------------------------------------------------
// HTML

/// An element whose name or attributes give a reason to remove what it holds. Whether the
/// reason applies is decided after the whole page is read: a wrapper that holds most of
/// the page's text (`<div class="page-ad-margins">` around everything) is not furniture.
struct HintedElement {
    hint: Hint,
    /// The nearest enclosing hinted element.
    parent: Option<usize>,
    /// Bytes of block text inside it.
    text: usize,
    /// Bytes of its longest block.
    longest: usize,
    /// A landmark by its tag (`<aside>`, `<nav>`, `<footer>`), not by its classes.
    landmark: bool,
    /// Whether it holds a block of marked content (see [`Context::in_content`]).
    content: bool,
}

/// A reason an element gives to remove what it holds, and what in its contents overrules
/// it.
#[derive(Clone, Copy)]
struct Hint {
    reason: RemovalReason,
    /// A weak hint does not hold over an element with a paragraph of
    /// [`PARAGRAPH_BYTES`] or more.
    weak: bool,
}

impl Hint {
    fn strong(reason: RemovalReason) -> Option<Hint> {
        Some(Hint {
            reason,
            weak: false,
        })
    }

    /// Whether it holds over an element holding `text` bytes, `longest` in one block.
    fn holds(self, text: usize, longest: usize) -> bool {
        match self.reason {
            // (A share or subscribe box is a few lines: see SHARE_BOX_BYTES.)
            RemovalReason::Share => text <= SHARE_BOX_BYTES,
            _ => !self.weak || longest < PARAGRAPH_BYTES,
        }
    }
}

/// A paragraph's length, in bytes (about 40 words), that overrules a weak hint: a class
/// that says "header" also names an article's own header, with its introduction, or a
/// part of a widget ("pane-header-alignment-left"); a style that hides an element also
/// folds an accordion's panels, which may hold the article. Site headers and hidden menus
/// are short lines.
const PARAGRAPH_BYTES: usize = 250;

/// How many open elements an end tag looks through for its start tag.
const MAX_END_TAG_SEARCH: usize = 256;

/// How many hinted ancestors a block looks through; bounds the work on deep nesting.
const HINT_CHAIN: usize = 16;

/// The most text a share or subscribe box holds, in bytes: an element whose classes say
/// "newsletter" or "share" and that holds more is the content itself.
const SHARE_BOX_BYTES: usize = 2000;

/// Context flags an element passes to everything inside it.
#[derive(Clone, Copy, Default)]
struct Context {
    /// The nearest enclosing hinted element (an index into the page's hinted elements).
    hinted: Option<usize>,
    in_article: bool,
    /// Inside an element marked `itemprop="articleBody"`.
    in_article_body: bool,
    /// Inside an element that marks the page's content: an `<article>` or `<main>`, or
    /// one whose class or id has a `keep` word ("articleBody", "entry-content").
    in_content: bool,
    /// The outermost `<article>` element's number ([`Block::article`]).
    article: u16,
    in_link: bool,
    heading: u8,
}

struct Open<'a> {
    name: Cow<'a, str>,
    context: Context,
}

/// Elements whose start or end begins a new block.
fn is_block_element(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "header"
            | "footer"
            | "nav"
            | "aside"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "blockquote"
            | "pre"
            | "figure"
            | "figcaption"
            | "table"
            | "tr"
            | "td"
            | "th"
            | "caption"
            | "form"
            | "br"
            | "hr"
            | "address"
            | "details"
            | "summary"
            | "fieldset"
            | "body"
            | "html"
            | "title"
            | "button"
            | "select"
            | "option"
            | "label"
            | "time"
    )
}

/// Elements that never have an end tag.
fn is_void_element(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
    )
}

/// Elements whose content is not markup and is skipped up to the matching end tag.
fn is_raw_text_element(name: &str) -> bool {
    matches!(
        name,
        "script" | "style" | "textarea" | "title" | "noscript" | "template" | "svg" | "iframe"
    )
}

/// The reason an element's own name and attributes give to remove what is inside it, and
/// whether a class or id word read on the way says it holds the page's content (a `keep`
/// word: "articleBody", "entry-content").
fn element_hint(name: &str, attrs: &[(Cow<'_, str>, &str)]) -> (Option<Hint>, bool) {
    let by_name = match name {
        "nav" | "menu" => Some(RemovalReason::Navigation),
        "footer" | "header" => Some(RemovalReason::Navigation),
        "aside" => Some(RemovalReason::Teaser),
        "form" | "button" | "select" | "label" | "input" => Some(RemovalReason::Comments),
        "figcaption" => Some(RemovalReason::Caption),
        _ => None,
    };
    if let Some(reason) = by_name {
        return (Hint::strong(reason), false);
    }
    let mut content = false;
    for (key, value) in attrs {
        let value = *value;
        let hint = match key.as_ref() {
            "hidden" => Hint::strong(RemovalReason::Hidden),
            "aria-hidden" if value == "true" => Hint::strong(RemovalReason::Hidden),
            // (Weak: see PARAGRAPH_BYTES.)
            "style" if value.replace(' ', "").contains("display:none") => Some(Hint {
                reason: RemovalReason::Hidden,
                weak: true,
            }),
            "role" if value == "navigation" || value == "menu" => {
                Hint::strong(RemovalReason::Navigation)
            }
            "role" if value == "complementary" => Hint::strong(RemovalReason::Teaser),
            "class" | "id" => {
                let mut hint: Option<Hint> = None;
                let mut keep = false;
                for word in value.split(|c: char| c.is_whitespace() || c == '-' || c == '_') {
                    match CLASS_HINTS.get(ascii_lowercase(word).as_ref()) {
                        Some(None) => keep = true,
                        Some(&Some((reason, weak))) => hint = hint.or(Some(Hint { reason, weak })),
                        None => {}
                    }
                }
                content |= keep;
                // A `keep` word ("entry-content-read-more", "article-header") names article
                // content, except against words that name one kind of furniture outright
                // ("post-comments", "article-share").
                let outright = hint.is_some_and(|h| {
                    matches!(
                        h.reason,
                        RemovalReason::Comments
                            | RemovalReason::Share
                            | RemovalReason::Advertisement
                    )
                });
                hint.filter(|_| !keep || outright)
            }
            _ => None,
        };
        if hint.is_some() {
            return (hint, content);
        }
    }
    (None, content)
}

/// Collects the text of the block being read.
struct BlockBuilder {
    text: String,
    link_chars: usize,
    context: Context,
    /// The nearest hinted element of each flushed block, parallel to the blocks.
    hinted: Vec<Option<usize>>,
    /// Whether each flushed block is marked content, parallel to the blocks.
    content: Vec<bool>,
}

impl BlockBuilder {
    fn new() -> Self {
        BlockBuilder {
            text: String::new(),
            link_chars: 0,
            context: Context::default(),
            hinted: Vec::new(),
            content: Vec::new(),
        }
    }

    fn push(&mut self, text: &str, context: Context, counts: &mut RepairCounts) {
        if self.text.trim().is_empty() {
            // The block takes the context of its first words.
            self.context = context;
        }
        let before = self.text.len();
        push_clean(&mut self.text, text, counts);
        if context.in_link {
            self.link_chars += self.text.len() - before;
        }
    }

    fn flush(&mut self, blocks: &mut Vec<Block>, hinted: &mut [HintedElement]) {
        let text = self.text.trim();
        if !text.is_empty() {
            let mut chain = self.context.hinted;
            for _ in 0..HINT_CHAIN {
                let Some(i) = chain else { break };
                hinted[i].text += text.len();
                hinted[i].longest = hinted[i].longest.max(text.len());
                hinted[i].content |= self.context.in_content;
                chain = hinted[i].parent;
            }
            self.hinted.push(self.context.hinted);
            self.content.push(self.context.in_content);
            blocks.push(Block {
                text: text.to_owned(),
                hint: None,
                heading: self.context.heading,
                link_density: (self.link_chars as f32 / self.text.len().max(1) as f32).min(1.0),
                in_article: self.context.in_article,
                article: self.context.article,
                landmark: false,
                in_article_body: self.context.in_article_body,
            });
        }
        self.text.clear();
        self.link_chars = 0;
    }
}

/// What an HTML page's `<meta>` elements and `<title>` say.
#[derive(Default)]
struct PageMeta {
    title: Option<String>,
    author: Option<String>,
    published: Option<String>,
}

/// A metadata publication date ("2024-11-08T09:30:00Z") as ISO 8601, unless it is a
/// content system's placeholder for no date: the zero times of .NET and Go
/// ("0001-01-01T00:00:00Z") or of Unix ("1970-01-01"), or any year before 1900. Taken as
/// the article date, such a placeholder would place every relative date in year 1.
fn publication_date(text: &str) -> Option<String> {
    crate::date::Date::parse(text)
        .filter(|d| d.year >= 1900 && (d.year, d.month, d.day) != (1970, 1, 1))
        .map(|d| d.to_string())
}

/// The string value right after `key` in JSON text (`"datePublished": "2024-11-08"` →
/// `2024-11-08`), without a JSON parser: the WASM module has none, and schema.org's
/// JSON-LD, where pages state their date and author, is regular enough for this.
fn json_string_after(json: &str, key: &str) -> Option<String> {
    let rest = &json[json.find(key)? + key.len()..];
    let rest = rest.trim_start().strip_prefix(':')?.trim_start();
    let rest = rest.strip_prefix('"')?;
    let end = rest.find('"')?;
    Some(rest[..end].trim().to_owned()).filter(|v| !v.is_empty())
}

/// The JSON-LD author's name: `"author": {"@type": "Person", "name": "Jane Doe"}` or
/// `"author": [{"name": ...}]` (the first), or `"author": "Jane Doe"`.
fn json_ld_author(json: &str) -> Option<String> {
    let at = json.find("\"author\"")?;
    let rest = &json[at..];
    if let Some(direct) = json_string_after(rest, "\"author\"") {
        return Some(direct).filter(|a| !a.contains("://"));
    }
    // The first "name" inside the author's object, if it comes before the object ends.
    let close = rest.find('}').unwrap_or(rest.len());
    let name_at = rest[..close].find("\"name\"")?;
    json_string_after(&rest[name_at..], "\"name\"").filter(|a| !a.contains("://"))
}

/// `<meta>` names (`name` or `property`) that give the article's author.
const AUTHOR_META: [&str; 5] = [
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
];

/// `<meta>` names (`name`, `property` or `itemprop`) that give its publication time.
const PUBLISHED_META: [&str; 7] = [
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "parsely-pub-date",
    "dc.date",
];

fn html_blocks(html: &str, counts: &mut RepairCounts) -> (Vec<Block>, PageMeta) {
    let bytes = html.as_bytes();
    let mut blocks = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut hinted: Vec<HintedElement> = Vec::new();
    let mut articles: u16 = 0;
    let mut current = BlockBuilder::new();
    let mut title_tag: Option<String> = None;
    let mut og_title: Option<String> = None;
    let mut author: Option<String> = None;
    let mut published: Option<String> = None;
    let mut pos = 0;
    let context_of = |stack: &[Open]| stack.last().map(|o| o.context).unwrap_or_default();

    while pos < bytes.len() {
        let Some(lt) = memchr(b'<', &bytes[pos..]).map(|i| pos + i) else {
            let text = decode_entities(&html[pos..], counts);
            current.push(&text, context_of(&stack), counts);
            break;
        };
        if lt > pos {
            let text = decode_entities(&html[pos..lt], counts);
            current.push(&text, context_of(&stack), counts);
        }
        let rest = &html[lt..];
        if rest.starts_with("<!--") {
            pos = rest.find("-->").map_or(bytes.len(), |i| lt + i + 3);
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            pos = rest.find('>').map_or(bytes.len(), |i| lt + i + 1);
            continue;
        }
        let Some(tag) = parse_tag(rest) else {
            // A '<' that starts no tag is text.
            current.push("<", context_of(&stack), counts);
            pos = lt + 1;
            continue;
        };
        pos = lt + tag.len;
        if is_block_element(&tag.name) {
            current.flush(&mut blocks, &mut hinted);
        }
        if tag.closing {
            // Close the nearest open element of that name; a stray end tag is ignored. The
            // search is bounded so that thousands of stray end tags on a deep stack stay
            // linear.
            let depth = stack.len();
            let floor = depth.saturating_sub(MAX_END_TAG_SEARCH);
            if let Some(i) = stack[floor..].iter().rposition(|o| o.name == tag.name) {
                stack.truncate(floor + i);
            }
            continue;
        }
        if tag.name == "meta" {
            let attr = |k: &str| tag.attrs.iter().find(|(key, _)| key == k).map(|(_, v)| v);
            let name = attr("property")
                .or(attr("name"))
                .or(attr("itemprop"))
                .map(|n| n.to_ascii_lowercase())
                .unwrap_or_default();
            let content = attr("content").map(|v| decode_entities(v, counts));
            if name == "og:title" {
                og_title = content;
            } else if AUTHOR_META.contains(&name.as_str()) && author.is_none() {
                // A profile address ("https://site/staff/jane") names nobody readable.
                author = content.filter(|c| !c.trim().is_empty() && !c.contains("://"));
            } else if PUBLISHED_META.contains(&name.as_str()) && published.is_none() {
                // "2024-11-08T09:30:00Z": the date is what the report needs.
                published = content.and_then(|c| publication_date(&c));
            }
            continue;
        }
        if is_raw_text_element(&tag.name) && !tag.self_closing {
            let end = find_end_tag(html, pos, &tag.name);
            if tag.name == "title" && title_tag.is_none() {
                let mut title = String::new();
                push_clean(
                    &mut title,
                    &decode_entities(&html[pos..end.0], counts),
                    counts,
                );
                title_tag = Some(title.trim().to_owned());
            }
            let json_ld = tag.name == "script"
                && tag
                    .attrs
                    .iter()
                    .any(|(k, v)| k == "type" && v.eq_ignore_ascii_case("application/ld+json"));
            if json_ld {
                let script = &html[pos..end.0];
                if published.is_none() {
                    published = json_string_after(script, "\"datePublished\"")
                        .and_then(|d| publication_date(&d));
                }
                if author.is_none() {
                    author = json_ld_author(script);
                }
            }
            pos = end.1;
            continue;
        }
        if is_void_element(&tag.name) || tag.self_closing {
            continue;
        }
        let parent = context_of(&stack);
        let mut context = parent;
        // An article's own <header> holds its headline and byline, not site navigation.
        let article_header = tag.name == "header" && parent.in_article;
        // (Nor do <body> and <html> classes name the page's parts: "single-post".)
        let mut names_content = false;
        if !article_header && tag.name != "body" && tag.name != "html" {
            let (hint, content) = element_hint(&tag.name, &tag.attrs);
            names_content = content;
            if let Some(hint) = hint {
                hinted.push(HintedElement {
                    hint,
                    parent: parent.hinted,
                    text: 0,
                    longest: 0,
                    landmark: matches!(tag.name.as_ref(), "aside" | "nav" | "footer"),
                    content: false,
                });
                context.hinted = Some(hinted.len() - 1);
            }
        }
        // An embedded post (a tweet, an Instagram post) is a quotation in the article: the
        // classes on it and its wrapper ("twitter-tweet", "social-media-embed") name the
        // network, not a row of share buttons.
        if tag.name == "blockquote" {
            while let Some(i) = context.hinted {
                if hinted[i].hint.reason != RemovalReason::Share {
                    break;
                }
                context.hinted = hinted[i].parent;
            }
        }
        context.in_article |= matches!(tag.name.as_ref(), "article" | "main");
        // (A code listing inside it is not the article's text: `<pre>` leaves it.)
        context.in_article_body = tag.name != "pre"
            && (context.in_article_body
                || tag
                    .attrs
                    .iter()
                    .any(|(k, v)| k == "itemprop" && v.eq_ignore_ascii_case("articlebody")));
        context.in_content |= context.in_article || names_content;
        if tag.name == "article" && context.article == 0 {
            articles = articles.saturating_add(1);
            context.article = articles;
        }
        context.in_link |= tag.name == "a";
        if let [b'h', level @ b'1'..=b'6'] = tag.name.as_bytes() {
            context.heading = level - b'0';
        }
        stack.push(Open {
            name: tag.name,
            context,
        });
    }
    current.flush(&mut blocks, &mut hinted);
    // A hint applies when its element holds less than half of the page's text, and its
    // contents do not overrule it (`Hint::holds`); otherwise the next hinted element out is
    // tried. A landmark holds at any size when it holds none of the content the page
    // marks, and that content is a tenth of the page or more: a sidebar of long blurbs
    // beside an article of a table or a list.
    let total: usize = blocks.iter().map(|b| b.text.len()).sum();
    let marked: usize = (blocks.iter().zip(&current.content))
        .filter(|(_, &content)| content)
        .map(|(b, _)| b.text.len())
        .sum();
    for (block, mut chain) in blocks.iter_mut().zip(current.hinted) {
        for _ in 0..HINT_CHAIN {
            let Some(i) = chain else { break };
            let element = &hinted[i];
            let beside_content = element.landmark && !element.content && marked * 10 >= total;
            if (element.text * 2 < total || beside_content)
                && element.hint.holds(element.text, element.longest)
            {
                block.hint = block.hint.or(Some(element.hint.reason));
                // (The hint may be a class's inside a landmark: "sidebar-module" in an
                // `<aside>`.)
                block.landmark |= element.landmark;
            }
            chain = hinted[i].parent;
        }
    }
    let meta = PageMeta {
        title: og_title.or(title_tag).filter(|t| !t.is_empty()),
        author: author.map(|a| a.trim().to_owned()),
        published,
    };
    (blocks, meta)
}

/// Where `needle` first occurs in `haystack`, read eight bytes at a time: the tag scan runs
/// over every byte of a page (half a megabyte of scripts and styles on some), and a byte at a
/// time cost 5% of the whole analysis of a ScrapingHub page.
fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    const LOW: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let pattern = LOW * u64::from(needle);
    let mut n = 0;
    while let Some(chunk) = haystack.get(n..n + 8) {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default()) ^ pattern;
        // A zero byte in `word` is a match (the classic "has a zero byte" test, exact
        // for the lowest such byte, which is the one wanted).
        let zero = word.wrapping_sub(LOW) & !word & HIGH;
        if zero != 0 {
            return Some(n + zero.trailing_zeros() as usize / 8);
        }
        n += 8;
    }
    haystack[n..]
        .iter()
        .position(|&b| b == needle)
        .map(|i| n + i)
}

/// A start or end tag.
struct Tag<'a> {
    /// Lowercased.
    name: Cow<'a, str>,
    /// Keys lowercased; values as written (entities not decoded).
    attrs: Vec<(Cow<'a, str>, &'a str)>,
    closing: bool,
    self_closing: bool,
    /// Bytes from '<' to just past '>'.
    len: usize,
}

/// `s` in ASCII lowercase, copied only when it has a capital: tag names and attribute keys
/// are nearly always written in lowercase, and a page has thousands of them.
fn ascii_lowercase(s: &str) -> Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(s.to_ascii_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

/// Parses the tag at the start of `s` (which starts with '<'); `None` when it is no tag.
fn parse_tag(s: &str) -> Option<Tag<'_>> {
    let bytes = s.as_bytes();
    let mut i = 1;
    let closing = bytes.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    let name_start = i;
    if !bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' && bytes[i] != b'/'
    {
        i += 1;
    }
    let name = ascii_lowercase(&s[name_start..i]);
    let mut attrs = Vec::new();
    let mut self_closing = false;
    loop {
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        match bytes.get(i) {
            None => {
                return Some(Tag {
                    name,
                    attrs,
                    closing,
                    self_closing,
                    len: bytes.len(),
                })
            }
            Some(b'>') => {
                return Some(Tag {
                    name,
                    attrs,
                    closing,
                    self_closing,
                    len: i + 1,
                });
            }
            Some(b'/') => {
                self_closing = true;
                i += 1;
                continue;
            }
            _ => {}
        }
        self_closing = false;
        let key_start = i;
        while i < bytes.len()
            && !bytes[i].is_ascii_whitespace()
            && !matches!(bytes[i], b'=' | b'>' | b'/')
        {
            i += 1;
        }
        let key = ascii_lowercase(&s[key_start..i]);
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = "";
        if bytes.get(i) == Some(&b'=') {
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            match bytes.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    let end = memchr(q, &bytes[i + 1..]).map_or(bytes.len(), |e| i + 1 + e);
                    value = &s[i + 1..end];
                    i = (end + 1).min(bytes.len());
                }
                _ => {
                    let start = i;
                    while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' {
                        i += 1;
                    }
                    value = &s[start..i];
                }
            }
        }
        if key.is_empty() {
            // A stray character such as '=' or '"': skip it so the loop moves on.
            i += 1;
        } else {
            attrs.push((key, value));
        }
    }
}

/// For a raw-text element whose content starts at `from`: (end of content, end of end tag).
fn find_end_tag(html: &str, from: usize, name: &str) -> (usize, usize) {
    let bytes = html.as_bytes();
    let mut i = from;
    while let Some(off) = memchr(b'<', &bytes[i..]) {
        let at = i + off;
        let after = at + 2 + name.len();
        if bytes.get(at + 1) == Some(&b'/')
            && after <= bytes.len()
            && bytes[at + 2..after].eq_ignore_ascii_case(name.as_bytes())
            && !bytes.get(after).is_some_and(u8::is_ascii_alphanumeric)
        {
            let close = memchr(b'>', &bytes[after..]).map_or(bytes.len(), |e| after + e + 1);
            return (at, close);
        }
        i = at + 1;
    }
    (bytes.len(), bytes.len())
}

/// Named character references common in news pages. Others are left as written.
const NAMED_ENTITIES: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("shy", '\u{ad}'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("hellip", '…'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("bdquo", '„'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("lsaquo", '‹'),
    ("rsaquo", '›'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("deg", '°'),
    ("euro", '€'),
    ("pound", '£'),
    ("yen", '¥'),
    ("cent", '¢'),
    ("sect", '§'),
    ("middot", '·'),
    ("bull", '•'),
    ("times", '×'),
    ("divide", '÷'),
    ("frac12", '½'),
    ("frac14", '¼'),
    ("frac34", '¾'),
    ("eacute", 'é'),
    ("egrave", 'è'),
    ("ecirc", 'ê'),
    ("euml", 'ë'),
    ("aacute", 'á'),
    ("agrave", 'à'),
    ("acirc", 'â'),
    ("auml", 'ä'),
    ("aring", 'å'),
    ("atilde", 'ã'),
    ("ccedil", 'ç'),
    ("iacute", 'í'),
    ("igrave", 'ì'),
    ("iuml", 'ï'),
    ("ntilde", 'ñ'),
    ("oacute", 'ó'),
    ("ograve", 'ò'),
    ("ocirc", 'ô'),
    ("ouml", 'ö'),
    ("oslash", 'ø'),
    ("uacute", 'ú'),
    ("ugrave", 'ù'),
    ("uuml", 'ü'),
    ("szlig", 'ß'),
    ("Eacute", 'É'),
    ("Auml", 'Ä'),
    ("Ouml", 'Ö'),
    ("Uuml", 'Ü'),
    ("zwj", '\u{200d}'),
    ("zwnj", '\u{200c}'),
    ("thinsp", '\u{2009}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
];

/// Decodes character references (`&amp;`, `&#8220;`, `&#x201C;`) in text.
fn decode_entities(text: &str, counts: &mut RepairCounts) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        match decode_one(rest) {
            Some((ch, len)) => {
                counts.entities += 1;
                out.push(ch);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character and length of the reference at the start of `s` ("&..;").
fn decode_one(s: &str) -> Option<(char, usize)> {
    // The longest reference name is 32 bytes; ';' is ASCII, so slicing at it is safe.
    let end = s
        .bytes()
        .take(34)
        .position(|b| b == b';')
        .filter(|&e| e > 1)?;
    let body = &s[1..end];
    let ch = if let Some(num) = body.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        // Windows-1252 code points that pages write as numeric references by mistake.
        let code = match code {
            0x91 => 0x2018,
            0x92 => 0x2019,
            0x93 => 0x201c,
            0x94 => 0x201d,
            0x96 => 0x2013,
            0x97 => 0x2014,
            0x85 => 0x2026,
            c => c,
        };
        char::from_u32(code).unwrap_or('\u{fffd}')
    } else {
        NAMED_ENTITIES
            .iter()
            .find(|(name, _)| *name == body)
            .map(|&(_, ch)| ch)?
    };
    Some((ch, end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memchr_finds_the_first_match_at_every_offset_and_length() {
        // Matches in every lane of the eight-byte word, bytes with the high bit set (UTF-8),
        // and the byte just above the needle (where the borrow of a word-wide subtraction
        // would fool a careless test).
        let text = "ab<c>\u{e9}=\u{3c0}<<d e\nf>g;h<".as_bytes();
        for start in 0..text.len() {
            for end in start..=text.len() {
                for needle in [b'<', b'>', b'=', b';', 0xCF, b'z'] {
                    let hay = &text[start..end];
                    assert_eq!(
                        memchr(needle, hay),
                        hay.iter().position(|&b| b == needle),
                        "{needle} in {hay:?}"
                    );
                }
            }
        }
    }

    fn texts(doc: &Document) -> Vec<&str> {
        doc.blocks.iter().map(|b| b.text.as_str()).collect()
    }

    /// Every character that needs a repair is repaired and counted, whether it stands in
    /// a run of ASCII, of Cyrillic or of CJK (the runs are copied without a look at each).
    #[test]
    fn push_clean_repairs_inside_every_kind_of_run() {
        let mut out = String::new();
        let mut counts = RepairCounts::default();
        let text = "  a\u{a0}b\u{200b}c  d\u{ad}e\u{3000}f Ж\u{85}gЖ\u{feff}h\u{1680}i\u{7f}漢\u{2060}字\t\u{9f}é\u{202f}";
        push_clean(&mut out, text, &mut counts);
        assert_eq!(out, "a bc de f Ж gЖh i漢字 é ");
        assert_eq!((counts.nbsp, counts.invisible, counts.control), (2, 4, 2));
    }

    #[test]
    fn json_ld_states_date_and_author() {
        let html = r#"<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished": "2024-11-08T09:30:00+01:00","author":[{"@type":"Person","name":"Jane Doe","url":"https://example.org/jane"}]}</script></head><body><p>Text.</p></body></html>"#;
        let doc = read(html, Format::Html);
        assert_eq!(doc.meta_published.as_deref(), Some("2024-11-08"));
        assert_eq!(doc.meta_author.as_deref(), Some("Jane Doe"));
        assert_eq!(
            json_ld_author(r#"{"author": "John Roe"}"#).as_deref(),
            Some("John Roe")
        );
        assert_eq!(
            json_ld_author(r#"{"author": {"@id": "x"}, "name": "Site"}"#),
            None
        );
        assert_eq!(
            json_string_after(r#"{"datePublished": 2024}"#, "\"datePublished\""),
            None
        );
    }

    #[test]
    fn legacy_encodings_are_decoded() {
        let d = decode(b"Caf\xe9 owner said \x93we stay open\x94.");
        assert_eq!(d.text, "Café owner said “we stay open”.");
        assert_eq!(d.repair.map(|r| r.kind), Some(RepairKind::LegacyEncoding));
        let d = decode(b"<meta charset=\"ISO-8859-1\"><p>Stra\xdfe</p>");
        assert_eq!(d.text, "<meta charset=\"ISO-8859-1\"><p>Straße</p>");
        let utf16: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain("Zoë".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&utf16).text, "Zoë");
        // Mostly UTF-8 with one broken byte: UTF-8, the byte replaced.
        let mut mixed = "Zoë said “yes” ".as_bytes().to_vec();
        mixed.push(0xff);
        let d = decode(&mixed);
        assert!(d.text.starts_with("Zoë said “yes”"));
        assert_eq!(d.warning.map(|w| w.code), Some("invalid_utf8".to_owned()));
        assert!(decode("plain".as_bytes()).repair.is_none());
    }

    #[test]
    fn detects_html() {
        assert_eq!(
            read("<!DOCTYPE html><p>Hi</p>", Format::Auto).format,
            Format::Html
        );
        assert_eq!(read("<p>a</p>", Format::Auto).format, Format::Html);
        assert_eq!(read("Use <b> for bold.", Format::Auto).format, Format::Text);
        assert_eq!(read("Plain words.", Format::Auto).format, Format::Text);
        // A fragment of paragraphs is HTML; a pasted page that quotes an embed code ("copy
        // this to republish") is text.
        let fragment = "Intro <p>One.</p><p>Two.</p><p>Three.</p>";
        assert_eq!(read(fragment, Format::Auto).format, Format::Html);
        let page = format!(
            "{}\n\nRepublish this article:\n\n<h1>Buses</h1> <p class=\"byline\">by Jane Doe</p> <p>The council voted.</p>",
            "The council approved the new bus network on Tuesday.\n\n".repeat(40)
        );
        assert_eq!(read(&page, Format::Auto).format, Format::Text);
    }

    #[test]
    fn text_lines_become_blocks_and_hard_wraps_join() {
        let doc = read(
            "Title here\n\nFirst line of a\nwrapped paragraph.\nNext one.",
            Format::Text,
        );
        assert_eq!(
            texts(&doc),
            [
                "Title here",
                "First line of a wrapped paragraph.",
                "Next one."
            ]
        );
    }

    #[test]
    fn glued_date_is_split_and_reported() {
        let doc = read("March 3, 2021Officials said so.", Format::Text);
        assert_eq!(texts(&doc), ["March 3, 2021", "Officials said so."]);
        let doc = read("March 3, 2021March 4, 2021Officials said so.", Format::Text);
        assert_eq!(
            texts(&doc),
            ["March 3, 2021", "March 4, 2021", "Officials said so."]
        );
        assert_eq!(doc.repairs[0].kind, RepairKind::GluedDate);
    }

    #[test]
    fn a_drop_cap_copied_apart_from_its_word_is_joined_to_it() {
        let joined = [
            (
                "T he council met on Tuesday to vote on buses.",
                "The council met on Tuesday to vote on buses.",
            ),
            (
                "I n the end the council voted for the plan.",
                "In the end the council voted for the plan.",
            ),
            (
                "H ong Kong is burning, and the fire spreads.\n\nHong Kong waits.",
                "Hong Kong is burning, and the fire spreads.",
            ),
            (
                "M athematics is, at its core, an art.\n\nWhy mathematics?",
                "Mathematics is, at its core, an art.",
            ),
        ];
        for (pasted, repaired) in joined {
            let doc = read(pasted, Format::Text);
            assert_eq!(texts(&doc)[0], repaired);
            assert_eq!(doc.repairs[0].kind, RepairKind::DropCap);
        }
        // A letter that is a word, a letter before a function word, a word the page never
        // writes whole, a short line.
        for kept in [
            "A man said the council had voted for the plan.",
            "A long debate ended when the council voted for the plan.",
            "I am sure the council will vote for the plan.",
            "R is a language that statisticians use every day.",
            "R includes packages that statisticians use every day.",
            "H ong Kong is burning, and the fire spreads.",
            "E chi siamo noi per dire che non sia vero?",
            "T he end",
        ] {
            let doc = read(kept, Format::Text);
            assert_eq!(texts(&doc), [kept]);
            assert!(doc.repairs.is_empty(), "{kept}");
        }
    }

    #[test]
    fn invisible_and_nbsp_repairs() {
        let doc = read("a\u{a0}b\u{200b}c\u{ad}d\u{0}e", Format::Text);
        assert_eq!(texts(&doc), ["a bcde"]);
        let kinds: Vec<_> = doc.repairs.iter().map(|r| r.kind).collect();
        assert_eq!(
            kinds,
            [
                RepairKind::NoBreakSpace,
                RepairKind::InvisibleCharacters,
                RepairKind::ControlCharacters
            ]
        );
    }

    #[test]
    fn html_blocks_with_hints_and_entities() {
        let html = r##"<html><head><title>T &amp; U | Site</title>
            <script>var x = "<p>not text</p>";</script></head>
            <body><nav><a href="/">Home</a></nav>
            <article><h1>Head&shy;line</h1><p>Caf&eacute; &#8220;quoted&#x201D; <a href="#">link</a> text.</p>
            <div class="share-tools">Share this</div></article>
            <p hidden>secret</p><footer>© 2024</footer></body></html>"##;
        let doc = read(html, Format::Auto);
        assert_eq!(doc.format, Format::Html);
        assert_eq!(doc.meta_title.as_deref(), Some("T & U | Site"));
        assert_eq!(
            texts(&doc),
            [
                "Home",
                "Headline",
                "Café “quoted” link text.",
                "Share this",
                "secret",
                "© 2024"
            ]
        );
        let hints: Vec<_> = doc.blocks.iter().map(|b| b.hint).collect();
        assert_eq!(
            hints,
            [
                Some(RemovalReason::Navigation),
                None,
                None,
                Some(RemovalReason::Share),
                Some(RemovalReason::Hidden),
                Some(RemovalReason::Navigation)
            ]
        );
        assert_eq!(doc.blocks[1].heading, 1);
        assert!(doc.blocks[2].in_article);
        assert!(doc.blocks[2].link_density > 0.1 && doc.blocks[2].link_density < 0.3);
    }

    /// A call to action's box ("cta") is a subscribe or donate box.
    #[test]
    fn a_call_to_action_box_is_share() {
        let doc = read(
            r#"<p>The council approved the new bus network on Tuesday after a long debate.</p>
            <div class="zone-widget-custom-cta-letter"><p>Support us today.</p></div>"#,
            Format::Html,
        );
        assert_eq!(doc.blocks[1].hint, Some(RemovalReason::Share));
    }

    /// An embedded post's classes name its network ("twitter-tweet"), as share buttons'
    /// do; a quotation is no share button. A share row next to it still is.
    #[test]
    fn embedded_posts_are_not_share_buttons() {
        let html = r##"<article><p>The mayor replied within the hour.</p>
            <div class="social-embed"><blockquote class="twitter-tweet"><p>We will not
            close the library.</p>— Jane Doe (@janedoe) <a href="#">May 2, 2024</a></blockquote></div>
            <div class="social-share"><a href="#">Facebook</a></div></article>"##;
        let doc = read(html, Format::Html);
        let hints: Vec<_> = doc.blocks.iter().map(|b| b.hint).collect();
        assert_eq!(hints, [None, None, None, Some(RemovalReason::Share)]);
    }

    /// A newsletter published on the web sits in an element whose class says "newsletter":
    /// pages of text there are the newsletter, not a subscribe box; the box beside it is.
    #[test]
    fn a_long_newsletter_is_no_subscribe_box() {
        let paragraph = "<p>This issue is about sleep, light and the hours before bed, and what the studies say about each of them.</p>";
        let html = format!(
            "<html><body><nav><a href=\"/\">Home</a> <a href=\"/a\">About</a></nav>\
             <article class=\"newsletter-content\">{}</article>\
             <div class=\"newsletter-signup\"><p>Subscribe to the newsletter</p></div>\
             <footer>{}</footer></body></html>",
            paragraph.repeat(20),
            "Links to every page of the site. ".repeat(80)
        );
        let doc = read(&html, Format::Html);
        let hint_of = |start: &str| {
            let block = doc.blocks.iter().find(|b| b.text.starts_with(start));
            block.expect(start).hint
        };
        assert_eq!(hint_of("This issue"), None);
        assert_eq!(hint_of("Subscribe"), Some(RemovalReason::Share));
    }

    /// A class that says "header" and a style that hides are weak hints: they hold over a
    /// site's header and a folded menu (short lines), not over an article's header with
    /// its introduction or an accordion's folded panel of paragraphs.
    #[test]
    fn a_paragraph_overrules_a_header_class_or_a_hiding_style() {
        let paragraph = "<p>Most services start with a questionnaire about the rooms you \
                         want to change, then a designer sends two or three boards of \
                         furniture and paint to choose from, and a plan to follow, with \
                         links to buy each piece and a call to talk it over. Prices \
                         run from a hundred dollars a room to several thousand.</p>";
        let html = format!(
            "<html><body><div class=\"site-header\"><a href=\"/\">Home</a>\
             <p>Interiors</p></div>\
             <section class=\"listicle-header\">{paragraph}</section>\
             <div style=\"display: none\"><p>Menu</p><p>Sign in</p></div>\
             <div class=\"faq\"><button>How long does it take?</button>\
             <div style=\"display:none\">{paragraph}</div></div>\
             <div>{}</div></body></html>",
            "<p>The rest of the article, paragraph after paragraph.</p>".repeat(20)
        );
        let doc = read(&html, Format::Html);
        let hints: Vec<_> = doc.blocks.iter().take(6).map(|b| b.hint).collect();
        assert_eq!(
            hints,
            [
                Some(RemovalReason::Navigation),
                Some(RemovalReason::Navigation),
                None,
                Some(RemovalReason::Hidden),
                Some(RemovalReason::Hidden),
                Some(RemovalReason::Comments),
            ]
        );
        assert_eq!(doc.blocks[6].hint, None, "{:?}", doc.blocks[6].text);
    }

    #[test]
    fn broken_html_never_loses_text() {
        let doc = read(
            "<div><p>one <b>two</div> three <unclosed attr=\"x",
            Format::Html,
        );
        assert_eq!(texts(&doc), ["one two", "three"]);
        let doc = read("<p>1 < 2 and a&b &bogus; &#xZZ;</p>", Format::Html);
        assert_eq!(texts(&doc), ["1 < 2 and a&b &bogus; &#xZZ;"]);
    }
}
