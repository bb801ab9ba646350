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
//! Markdown (`markdown`, with the crate's `markdown` feature) is read by pulldown-cmark into
//! the same blocks, its headings and links marked as HTML's are.
//!
//! Limits: no tree construction (mis-nested tags close up to the nearest matching open
//! element, or are ignored); only the common named character references are known, others
//! are kept as written; encodings other than UTF-8 are not detected yet.

mod decode;
mod html;
#[cfg(feature = "markdown")]
mod markdown;
mod mojibake;
mod plain;

pub use decode::{decode, Decoded};
pub use mojibake::repair as repair_mojibake;
#[cfg(test)]
mod tests;

use crate::report::{RemovalReason, Repair, RepairKind, Warning};

use html::{html_blocks, PageMeta};
#[cfg(feature = "markdown")]
use markdown::markdown_blocks;
use plain::text_blocks;

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
    /// A Markdown document (CommonMark, with tables, footnotes and a YAML front matter whose
    /// `title`, `author` and `date` are read as the page's metadata).
    Markdown,
}

impl Format {
    /// The format's name as the report and the JS API spell it: "auto", "text", "html" or
    /// "markdown".
    pub fn name(self) -> &'static str {
        match self {
            Format::Auto => "auto",
            Format::Text => "text",
            Format::Html => "html",
            Format::Markdown => "markdown",
        }
    }
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
    /// Problems met reading it.
    pub warnings: Vec<Warning>,
}

/// The format `input` is read as: `format`, or for [`Format::Auto`] what the input looks
/// like (HTML, Markdown or text).
///
/// ```
/// use claimlens::{detect_format, Format};
///
/// assert_eq!(detect_format("<p>A paragraph.</p><p>Another.</p>", Format::Auto), Format::Html);
/// assert_eq!(detect_format("# Headline\n\nSaid **Ana Ruiz**.", Format::Auto), Format::Markdown);
/// assert_eq!(detect_format("Home | News\nSaid Ana Ruiz.", Format::Auto), Format::Text);
/// ```
pub fn detect(input: &str, format: Format) -> Format {
    match format {
        Format::Auto if looks_like_html(input) => Format::Html,
        Format::Auto if looks_like_markdown(input) => Format::Markdown,
        Format::Auto => Format::Text,
        other => other,
    }
}

/// Reads `input` as `format` into blocks.
pub fn read(input: &str, format: Format) -> Document {
    let mut format = detect(input, format);
    let mut warnings = Vec::new();
    if decode::looks_binary(input) {
        warnings.push(decode::binary_warning());
    }
    if format == Format::Markdown && !cfg!(feature = "markdown") {
        warnings.push(Warning::new(
            "markdown_unavailable",
            "this build of claimlens reads Markdown as plain text (it was built without its `markdown` feature): the markup shows in the text",
        ));
        format = Format::Text;
    }
    let mut counts = RepairCounts::default();
    // Mojibake first: the later stages should see "café", not "cafÃ©".
    let (repaired, mojibake) = mojibake::repair(input);
    counts.mojibake = mojibake;
    let input = if mojibake > 0 {
        repaired.as_str()
    } else {
        input
    };
    let (blocks, meta) = match format {
        Format::Html => html_blocks(input, &mut counts),
        #[cfg(feature = "markdown")]
        Format::Markdown => markdown_blocks(input, &mut counts),
        _ => (text_blocks(input, &mut counts), PageMeta::default()),
    };
    Document {
        format,
        blocks,
        meta_title: meta.title,
        meta_author: meta.author,
        meta_published: meta.published,
        repairs: counts.into_repairs(),
        warnings,
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

/// Markdown when the text is written in it: it opens with a front matter block (`---`,
/// `key: value` lines, `---`), or it uses two kinds of Markdown markup among headings
/// (`# Title`), strong emphasis (`**Lee Park**`) and inline links (`[text](address)`). Text
/// pasted from a page has none of these, so one alone (a hashtag, a footnote in brackets)
/// never makes a paste Markdown.
fn looks_like_markdown(input: &str) -> bool {
    let head = input.trim_start_matches('\u{feff}');
    if let Some(rest) = head.strip_prefix("---\n").or(head.strip_prefix("---\r\n")) {
        let front = rest.split("\n---").next().unwrap_or("");
        if front.len() < rest.len() && front.lines().any(|l| l.starts_with("title:")) {
            return true;
        }
    }
    let (mut headings, mut strong, mut links) = (false, false, false);
    for line in input.lines() {
        let hashes = line.bytes().take_while(|&b| b == b'#').count();
        headings |= (1..=6).contains(&hashes) && line[hashes..].starts_with(' ');
        strong |= line.split_once("**").is_some_and(|(_, rest)| {
            rest.starts_with(|c: char| !c.is_whitespace()) && rest.contains("**")
        });
        links |= line
            .split_once("](")
            .is_some_and(|(before, after)| before.contains('[') && after.contains(')'));
        if [headings, strong, links]
            .iter()
            .filter(|&&kind| kind)
            .count()
            >= 2
        {
            return true;
        }
    }
    false
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
