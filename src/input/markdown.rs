//! Markdown to blocks, in one pass over pulldown-cmark's events.
//!
//! In: a Markdown document (CommonMark with tables, footnotes, strikethrough and a YAML
//! front matter block). Out: the same [`Block`]s the HTML reader gives: a block per
//! paragraph, heading (with its level), list item, table row, quoted paragraph and code
//! block, its text without markup (`**Lee Park** said` reads "Lee Park said", a link is its
//! text), and the share of it inside links, so a list of links is navigation here as on a
//! page. Raw HTML blocks are read by the HTML reader, so nothing in them is lost. The front
//! matter's `title`, `author` and `date` are the page's metadata, as `<meta>` is for HTML.

use pulldown_cmark::{Event, MetadataBlockKind, Options, Parser, Tag, TagEnd};

use super::html::{html_blocks, publication_date, PageMeta};
use super::{push_clean, Block, RepairCounts};

/// The extensions read: what writers and content systems put in Markdown files.
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
}

pub(super) fn markdown_blocks(input: &str, counts: &mut RepairCounts) -> (Vec<Block>, PageMeta) {
    let mut reader = Reader {
        counts,
        blocks: Vec::new(),
        meta: PageMeta::default(),
        text: String::new(),
        link_bytes: 0,
        heading: 0,
        links: 0,
        images: 0,
        raw: None,
        front_matter: None,
    };
    for event in Parser::new_ext(input, options()) {
        reader.event(event);
    }
    reader.end_block();
    (reader.blocks, reader.meta)
}

/// The reader's state between events.
struct Reader<'c> {
    counts: &'c mut RepairCounts,
    blocks: Vec<Block>,
    meta: PageMeta,
    /// The text of the block being read, repaired and whitespace collapsed.
    text: String,
    /// How much of `text` sits inside links.
    link_bytes: usize,
    /// The heading level of the block being read, or 0.
    heading: u8,
    /// Open links and images (an image's text is its alt text, not the article's).
    links: usize,
    images: usize,
    /// The HTML of a raw HTML block being read.
    raw: Option<String>,
    /// The YAML front matter being read.
    front_matter: Option<String>,
}

impl Reader<'_> {
    fn event(&mut self, event: Event) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) | Event::Code(text) => self.push_text(&text),
            Event::Html(html) | Event::InlineHtml(html) => match &mut self.raw {
                Some(raw) => raw.push_str(&html),
                // An inline tag in a paragraph: its words stay, and a `<br>` parts them.
                None if html.get(..3).is_some_and(|t| t.eq_ignore_ascii_case("<br")) => {
                    self.push_text(" ")
                }
                None => {}
            },
            Event::SoftBreak | Event::HardBreak => self.push_text(" "),
            Event::Rule => self.end_block(),
            Event::InlineMath(_)
            | Event::DisplayMath(_)
            | Event::FootnoteReference(_)
            | Event::TaskListMarker(_) => {}
        }
    }

    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Heading { level, .. } => {
                self.end_block();
                self.heading = level as u8;
            }
            Tag::Paragraph
            | Tag::Item
            | Tag::TableRow
            | Tag::TableHead
            | Tag::CodeBlock(_)
            | Tag::BlockQuote(_)
            | Tag::FootnoteDefinition(_)
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition => self.end_block(),
            Tag::HtmlBlock => {
                self.end_block();
                self.raw = Some(String::new());
            }
            Tag::MetadataBlock(MetadataBlockKind::YamlStyle) => {
                self.front_matter = Some(String::new())
            }
            Tag::TableCell if !self.text.is_empty() => self.push_text(" | "),
            Tag::Link { .. } => self.links += 1,
            Tag::Image { .. } => self.images += 1,
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Link => self.links = self.links.saturating_sub(1),
            TagEnd::Image => self.images = self.images.saturating_sub(1),
            TagEnd::HtmlBlock => {
                let html = self.raw.take().unwrap_or_default();
                let (blocks, _) = html_blocks(&html, self.counts);
                self.blocks.extend(blocks);
            }
            TagEnd::MetadataBlock(_) => {
                let yaml = self.front_matter.take().unwrap_or_default();
                self.read_front_matter(&yaml);
            }
            TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::TableCell => {}
            _ => self.end_block(),
        }
    }

    fn push_text(&mut self, text: &str) {
        if let Some(yaml) = &mut self.front_matter {
            yaml.push_str(text);
            return;
        }
        if self.images > 0 {
            return;
        }
        let before = self.text.len();
        push_clean(&mut self.text, text, self.counts);
        if self.links > 0 {
            self.link_bytes += self.text.len() - before;
        }
    }

    /// Ends the block being read, if it has any text.
    fn end_block(&mut self) {
        let text = self.text.trim();
        if !text.is_empty() {
            let link_density = self.link_bytes.min(text.len()) as f32 / text.len() as f32;
            self.blocks.push(Block {
                text: text.to_owned(),
                heading: self.heading,
                link_density,
                ..Block::default()
            });
        }
        self.text.clear();
        self.link_bytes = 0;
        self.heading = 0;
    }

    /// The front matter's `title`, `author` and `date` (`key: value` lines, quotes
    /// optional); other keys and nested YAML are left alone.
    fn read_front_matter(&mut self, yaml: &str) {
        for line in yaml.lines() {
            let Some((key, value)) = line.split_once(':') else {
                continue;
            };
            let value = value.trim().trim_matches(|c| c == '"' || c == '\'').trim();
            if value.is_empty() {
                continue;
            }
            match key.trim().to_ascii_lowercase().as_str() {
                "title" => self.meta.title = Some(value.to_owned()),
                "author" | "byline" => self.meta.author = Some(value.to_owned()),
                "date" | "published" | "pubdate" => self.meta.published = publication_date(value),
                _ => {}
            }
        }
    }
}
