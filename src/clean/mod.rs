//! Stage 2: boilerplate removal. Blocks in; for each block a decision out: part of the
//! article, the headline, or removed with a [`RemovalReason`].
//!
//! Pasted text and HTML share one set of rules; HTML adds its structure hints (navigation,
//! footers, forms, class names, link density). The rules, in order:
//! 1. Blocks that say what they are: structure hints, dates and bylines (metadata), photo
//!    credits (and, in pasted text, the caption just before them, unless the credit heads
//!    a labelled caption: "Image copyright ..." over "Image caption ..."), captions that
//!    end with their credit ("... on Monday. Jane Doe / AP file", "... (Jane Doe/AP)"),
//!    a byline split over two lines ("By" over the name), lexicon phrases
//!    (`lexicon/boilerplate.txt`, found in one pass) in short blocks, rows of share buttons,
//!    machine text (addresses, time stamps), blocks with no letters or digits; comment
//!    authors and their time stamps. An embedded post's signature ("— Jane Doe (@janedoe)
//!    May 2, 2024") is none of these: it and the post above it are quoted in the article.
//! 2. Shapes that repeat: the body glued into one block again and "..." cuts of a
//!    paragraph (duplicates); teaser cards (headline, author or date line, after a date
//!    perhaps a label, summary) and title-case headlines glued to summaries, three or more;
//!    in HTML, story cards as `<article>` elements beside the article (a linked headline,
//!    under a third of its prose), when the article holds half the page's prose.
//! 3. The body. HTML: after the densest run (below), linked headlines over summaries, three
//!    or more, are a feed of other stories (inside it, a listicle's linked subheadings).
//!    Then from the first to the last block that reads as prose (ten or more
//!    words, ends a sentence, a fair share of function words, few links), unless the prose
//!    after the densest run (below) is under a third of the rest: then to the run's end and
//!    the undecided blocks right after it. Pasted text: the
//!    densest run of prose, where a comment thread counts against it and prose after the
//!    thread starts counts a quarter; lead-ins ("... has three parts:"), the lists they
//!    introduce, quotations with their speaker after them, embedded posts and the rows of
//!    a data table (five or more short lines that each end with a figure) cost the run
//!    nothing, where other text that is not prose costs it. Then short closing sentences,
//!    embedded posts, and a list that closes the article (a lead-in, three or more items of
//!    one shape), continue it. Without
//!    any prose block, everything not removed above is kept: a one-line input is an article.
//! 4. Before the body: lists of headline-and-date pairs are teasers; the headline is the
//!    headline-shaped block nearest the body; a block that ends with the headline is the
//!    headline glued to breadcrumbs; other short blocks are navigation, where sentences right
//!    before the body stay (in HTML also a first paragraph without its full stop). (An author box
//!    between the byline and the body, a biography its byline or name line introduces, is
//!    metadata, found before the body is, so that it does not pass for the first paragraph.)
//! 5. Inside and after the body: a section label ("Latest posts", "Other topics of
//!    interest") starts a teaser run that lasts until prose resumes; a headline that appears
//!    twice is a teaser, and so is a one-sentence standfirst right after it; after the body,
//!    whatever is left is removed as "other"; the author box closing the body (a biography,
//!    "Jane Doe is a staff writer at ...", "Jane Doe, CFP, is ...", or one that names the
//!    writer later under a name line and a heading or byline, with its name line and
//!    heading) is metadata.
//! 6. Every further copy of the headline is removed as a duplicate.
//!
//! Limits: English lexicons; one article per input; a comment section that reads as prose
//! and is marked by no HTML structure, label or author line stays in; lists of words in the
//! middle of a pasted article without a lead-in, and feeds of teasers with a kicker above each, are
//! not recognised yet (in HTML, such a feed is caught when its cards are `<article>`s).

mod author_box;
mod body;
mod comments;
mod decisions;
mod features;
mod furniture;
mod head;
mod metadata;
mod repeats;
mod teasers;
#[cfg(test)]
mod tests;

use crate::input::{Block, Format};
use crate::report::RemovalReason;

use decisions::Decisions;
pub(crate) use metadata::{read as metadata, without_site_name};

use author_box::{mark_contact_lines, AuthorBoxes};
use body::{
    embedded_posts, extend_body, find_body, keep_linked_sentences, open_prose,
    remove_outside_marked_article, remove_prose_outside,
};
use comments::{mark_comment_authors, mark_commenters, mark_testimonials};
use features::Features;
use furniture::{mark_captions, mark_split_bylines, self_evident};
use head::{decide_head, mark_standfirst, remove_headline_copies};
use repeats::{mark_repeats, mark_reprinted_paragraphs, mark_reprinted_stretches};
use teasers::{
    decide_teasers, mark_dated_cards, mark_glued_teasers, mark_story_cards, mark_teaser_cards,
};

/// The page being cleaned: its blocks, what the rules read of each, and its format.
#[derive(Clone, Copy)]
struct Page<'a> {
    blocks: &'a [Block],
    features: &'a [Features<'a>],
    format: Format,
}

/// What the cleaner decided for one block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Part of the article body.
    Keep,
    /// The article's headline.
    Title,
    /// Not part of the article.
    Remove(RemovalReason),
}

/// Whether the HTML structure hints count. A page is read with them first, and read
/// again without them when they took away nearly all of its prose.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Hints {
    Read,
    /// Only the hints no misleading class name can give stay: forms, comment threads,
    /// landmarks (`<aside>`, `<nav>`, `<footer>`).
    Landmarks,
}

/// Under this many words of prose kept, a page whose hints removed more is read again
/// without them.
const FEW_PROSE_WORDS: usize = 100;

/// Decides every block. `clean: false` keeps every block as article text.
pub fn clean(blocks: &[Block], format: Format, clean: bool) -> Vec<Decision> {
    if !clean {
        return vec![Decision::Keep; blocks.len()];
    }
    let mut lowercase_texts = String::new();
    let features = Features::of_all(blocks, &mut lowercase_texts);
    // Markdown marks its headings and paragraphs as HTML does (no line is a paragraph by
    // accident, as in a paste): it is cleaned as a page.
    let format = match format {
        Format::Markdown => Format::Html,
        other => other,
    };
    let page = Page {
        blocks,
        features: &features,
        format,
    };
    let decisions = decide(&page, Hints::Read);
    // A page whose article sits in an element with a misleading class ("sidebar-content",
    // "nav-article") loses it to the hint: when hardly any prose is left and hints removed
    // more, the page is decided again on its text alone.
    let prose_words = |keep: &dyn Fn(usize) -> bool| -> usize {
        (0..blocks.len())
            .filter(|&i| keep(i) && features[i].is_prose(&blocks[i]))
            .map(|i| features[i].words)
            .sum()
    };
    let kept = prose_words(&|i| decisions[i] == Decision::Keep);
    // Comment threads are prose by nature; their hints are not in question.
    let hinted_away = prose_words(&|i| {
        blocks[i].hint.is_some_and(|h| h != RemovalReason::Comments)
            && matches!(decisions[i], Decision::Remove(_))
    });
    if format == Format::Html && kept < FEW_PROSE_WORDS && hinted_away > 2 * kept {
        let unhinted = decide(&page, Hints::Landmarks);
        let kept_again = prose_words(&|i| unhinted[i] == Decision::Keep);
        if kept_again > kept {
            return unhinted;
        }
    }
    decisions
}

/// The passes, in order. Each decides blocks that earlier passes left open; see
/// ARCHITECTURE.md for what each file's passes find.
fn decide(page: &Page, hints: Hints) -> Vec<Decision> {
    let Page {
        blocks, features, ..
    } = *page;
    let html = page.format == Format::Html;
    // 1. Furniture evident from one block, then from a block and its neighbours.
    let mut decisions: Decisions = blocks
        .iter()
        .zip(features)
        .map(|(block, f)| self_evident(block, f, hints).map(Decision::Remove))
        .collect();
    // HTML marks its captions (figcaption); there a credit says nothing of the block before
    // it, which may be the paragraph above the next figure.
    if !html {
        mark_captions(page, &mut decisions);
    }
    mark_split_bylines(page, &mut decisions);
    mark_comment_authors(page, &mut decisions);
    // 2. Shapes that repeat: copies, teaser cards, story cards; the opening author box.
    let quoted = embedded_posts(features, &decisions);
    mark_repeats(features, &mut decisions);
    mark_reprinted_stretches(features, &mut decisions);
    mark_teaser_cards(page, &mut decisions);
    mark_glued_teasers(blocks, &mut decisions);
    if html {
        mark_story_cards(page, &mut decisions);
    }
    let author_boxes = AuthorBoxes::new(page);
    author_boxes.mark_opening(page, &mut decisions);
    if html {
        remove_outside_marked_article(page, &mut decisions);
    }
    let prose = open_prose(page, &decisions);
    let Some(&first_prose) = prose.first() else {
        // No prose at all: keep what the rules above left, so short inputs survive.
        return decisions.finish();
    };
    // 3. Comments and feeds after the first prose; then the body.
    mark_commenters(page, &mut decisions, first_prose);
    mark_testimonials(page, &mut decisions, first_prose);
    // (Pasted text only: in HTML a page's article may itself be dated entries, which its
    // markup keeps apart from the feeds around it.)
    if !html {
        mark_dated_cards(page, &mut decisions, first_prose);
    }
    let (first, last) = find_body(page, &mut decisions, prose, &quoted);
    let prose_after = remove_prose_outside(page, &mut decisions, first, last);
    let last = extend_body(page, &mut decisions, &quoted, &prose_after, last);
    keep_linked_sentences(page, &mut decisions, first, last);
    // 4. Above the body: the headline, the standfirst, teasers; below it, the rest.
    let title = decide_head(page, &mut decisions, first);
    if let Some(t) = title {
        mark_standfirst(page, &mut decisions, t, last);
    }
    decide_teasers(page, &mut decisions, first);
    decisions.remove_open(last + 1..blocks.len(), RemovalReason::Other);
    // 5. Inside and after the body: copies, the closing author box, the contact line.
    mark_reprinted_paragraphs(features, &mut decisions);
    author_boxes.mark_closing(page, &mut decisions, first, last);
    mark_contact_lines(features, &quoted, &mut decisions, first, last);
    // 6. Every further copy of the headline.
    if let Some(t) = title {
        remove_headline_copies(features, &mut decisions, t);
    }
    decisions.finish()
}
