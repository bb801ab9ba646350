//! HTML to blocks in one pass over the tags: block elements become blocks, with the hints
//! their elements and classes give (navigation, footer, comments, share boxes...), the
//! `<meta>` and JSON-LD author and date, and the character references decoded.

use std::borrow::Cow;

use crate::lexicon::CLASS_HINTS;
use crate::report::RemovalReason;
use crate::text::floor_char_boundary;

use super::{push_clean, Block, RepairCounts};

/// An element whose name or attributes give a reason to remove what it holds. Whether the
/// reason applies is decided after the whole page is read: a wrapper that holds most of
/// the page's text (`<div class="page-ad-margins">` around everything) is not furniture.
struct HintedElement {
    pub(super) hint: Hint,
    /// The nearest enclosing hinted element.
    pub(super) parent: Option<usize>,
    /// Bytes of block text inside it.
    pub(super) text: usize,
    /// Bytes of its longest block.
    pub(super) longest: usize,
    /// A landmark by its tag (`<aside>`, `<nav>`, `<footer>`), not by its classes.
    pub(super) landmark: bool,
    /// Whether it holds a block of marked content (see [`Context::in_content`]).
    pub(super) content: bool,
}

/// A reason an element gives to remove what it holds, and what in its contents overrules
/// it.
#[derive(Clone, Copy)]
struct Hint {
    pub(super) reason: RemovalReason,
    /// A weak hint does not hold over an element with a paragraph of
    /// [`PARAGRAPH_BYTES`] or more.
    pub(super) weak: bool,
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
    pub(super) hinted: Option<usize>,
    pub(super) in_article: bool,
    /// Inside an element marked `itemprop="articleBody"`.
    pub(super) in_article_body: bool,
    /// Inside an element that marks the page's content: an `<article>` or `<main>`, or
    /// one whose class or id has a `keep` word ("articleBody", "entry-content").
    pub(super) in_content: bool,
    /// The outermost `<article>` element's number ([`Block::article`]).
    pub(super) article: u16,
    pub(super) in_link: bool,
    pub(super) heading: u8,
}

struct Open<'a> {
    pub(super) name: Cow<'a, str>,
    pub(super) context: Context,
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

/// The first character of text in `html`, past tags and space; `None` when none is near.
fn next_text_char(html: &str) -> Option<char> {
    /// How far to look: the next line's first word is close to its <br>.
    const REACH: usize = 512;
    let mut rest = &html[..floor_char_boundary(html, REACH.min(html.len()))];
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix('<') {
            rest = &after[after.find('>')? + 1..];
        } else {
            return rest.chars().next();
        }
    }
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
    pub(super) text: String,
    pub(super) link_chars: usize,
    pub(super) context: Context,
    /// The nearest hinted element of each flushed block, parallel to the blocks.
    pub(super) hinted: Vec<Option<usize>>,
    /// Whether each flushed block is marked content, parallel to the blocks.
    pub(super) content: Vec<bool>,
}

impl BlockBuilder {
    pub(super) fn new() -> Self {
        BlockBuilder {
            text: String::new(),
            link_chars: 0,
            context: Context::default(),
            hinted: Vec::new(),
            content: Vec::new(),
        }
    }

    pub(super) fn push(&mut self, text: &str, context: Context, counts: &mut RepairCounts) {
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
pub(super) struct PageMeta {
    pub(super) title: Option<String>,
    pub(super) author: Option<String>,
    pub(super) published: Option<String>,
}

/// A metadata publication date ("2024-11-08T09:30:00Z") as ISO 8601, unless it is a
/// content system's placeholder for no date: the zero times of .NET and Go
/// ("0001-01-01T00:00:00Z") or of Unix ("1970-01-01"), or any year before 1900. Taken as
/// the article date, such a placeholder would place every relative date in year 1.
pub(super) fn publication_date(text: &str) -> Option<String> {
    crate::date::Date::parse(text)
        .filter(|d| d.year >= 1900 && (d.year, d.month, d.day) != (1970, 1, 1))
        .map(|d| d.to_string())
}

/// The string value right after `key` in JSON text (`"datePublished": "2024-11-08"` →
/// `2024-11-08`), without a JSON parser: the WASM module has none, and schema.org's
/// JSON-LD, where pages state their date and author, is regular enough for this.
pub(super) fn json_string_after(json: &str, key: &str) -> Option<String> {
    let rest = &json[json.find(key)? + key.len()..];
    let rest = rest.trim_start().strip_prefix(':')?.trim_start();
    let rest = rest.strip_prefix('"')?;
    let end = rest.find('"')?;
    Some(rest[..end].trim().to_owned()).filter(|v| !v.is_empty())
}

/// The JSON-LD author's name: `"author": {"@type": "Person", "name": "Jane Doe"}` or
/// `"author": [{"name": ...}]` (the first), or `"author": "Jane Doe"`.
pub(super) fn json_ld_author(json: &str) -> Option<String> {
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

pub(super) fn html_blocks(html: &str, counts: &mut RepairCounts) -> (Vec<Block>, PageMeta) {
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
    // Where the last <br> ended: a second one right after it ends the paragraph.
    let mut last_br_end: Option<usize> = None;
    let context_of = |stack: &[Open]| stack.last().map(|o| o.context).unwrap_or_default();

    while pos < bytes.len() {
        let Some(lt) = memchr::memchr(b'<', &bytes[pos..]).map(|i| pos + i) else {
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
        if tag.name == "br" && !tag.closing {
            // One <br> breaks a line inside a paragraph (a poem quoted, an address): the
            // block goes on. Two in a row, with only space between, end the paragraph, as
            // pages without <p> write them; so does one after a line that stops without
            // punctuation when a capital opens the next ("Insurance Careers<br>Please note").
            let doubled = last_br_end.is_some_and(|end| html[end..lt].trim().is_empty());
            let label_line = current
                .text
                .trim_end()
                .ends_with(|c: char| c.is_alphanumeric())
                && next_text_char(&html[pos..]).is_some_and(char::is_uppercase);
            if doubled || label_line {
                current.flush(&mut blocks, &mut hinted);
            } else {
                current.push(" ", context_of(&stack), counts);
            }
            last_br_end = Some(pos);
            continue;
        }
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

/// A start or end tag.
struct Tag<'a> {
    /// Lowercased.
    pub(super) name: Cow<'a, str>,
    /// Keys lowercased; values as written (entities not decoded).
    pub(super) attrs: Vec<(Cow<'a, str>, &'a str)>,
    pub(super) closing: bool,
    pub(super) self_closing: bool,
    /// Bytes from '<' to just past '>'.
    pub(super) len: usize,
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
                    let end = memchr::memchr(q, &bytes[i + 1..]).map_or(bytes.len(), |e| i + 1 + e);
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
    while let Some(off) = memchr::memchr(b'<', &bytes[i..]) {
        let at = i + off;
        let after = at + 2 + name.len();
        if bytes.get(at + 1) == Some(&b'/')
            && after <= bytes.len()
            && bytes[at + 2..after].eq_ignore_ascii_case(name.as_bytes())
            && !bytes.get(after).is_some_and(u8::is_ascii_alphanumeric)
        {
            let close =
                memchr::memchr(b'>', &bytes[after..]).map_or(bytes.len(), |e| after + e + 1);
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
