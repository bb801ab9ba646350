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
use metadata::is_byline_label;
pub(crate) use metadata::{read as metadata, without_site_name};

use author_box::{mark_contact_lines, name_line, AuthorBoxes};
use body::{closing_list, densest_run, embedded_posts, html_body_end, marked_body};
use comments::{is_comment_author, mark_commenters, mark_testimonials};
use features::{is_title_case, Features};
use furniture::{mark_captions, self_evident};
use head::{decide_head, mark_standfirst, repeats_page_title};
use repeats::{mark_repeats, mark_reprinted};
use teasers::{
    decide_teasers, end_run_before_feed, mark_dated_cards, mark_glued_teasers, mark_linked_cards,
    mark_story_cards, mark_teaser_cards,
};

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

/// Decides every block. `clean: false` keeps every block as article text.
pub fn clean(blocks: &[Block], format: Format, clean: bool) -> Vec<Decision> {
    if !clean {
        return vec![Decision::Keep; blocks.len()];
    }
    let mut lowercase_texts = String::new();
    let features = Features::of_all(blocks, &mut lowercase_texts);
    let decisions = decide(blocks, &features, format, true);
    // A page whose article sits in an element with a misleading class ("sidebar-content",
    // "nav-article") loses it to the hint: when hardly any prose is left (under 100 words)
    // and hints removed more, the page is decided again on its text alone.
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
    if format == Format::Html && kept < 100 && hinted_away > 2 * kept {
        let unhinted = decide(blocks, &features, format, false);
        let kept_again = prose_words(&|i| unhinted[i] == Decision::Keep);
        if kept_again > kept {
            return unhinted;
        }
    }
    decisions
}

/// The decisions for every block, with or without the HTML structure hints.
fn decide(
    blocks: &[Block],
    features: &[Features],
    format: Format,
    use_hints: bool,
) -> Vec<Decision> {
    let mut decisions: Decisions = blocks
        .iter()
        .zip(features)
        .map(|(block, f)| self_evident(block, f, use_hints).map(Decision::Remove))
        .collect();
    // HTML marks its captions (figcaption); there a credit says nothing of the block before
    // it, which may be the paragraph above the next figure.
    if format == Format::Text {
        mark_captions(blocks, features, &mut decisions);
    }
    // A byline split over two lines: its label ("By", "Written by", "Author") over a name.
    for i in 1..blocks.len() {
        let label = decisions.open(i - 1)
            && features[i - 1].words <= 2
            && is_byline_label(features[i - 1].lower);
        if label && decisions.open(i) && name_line(&blocks[i].text).is_some() {
            decisions.remove(i - 1, RemovalReason::Metadata);
            decisions.remove(i, RemovalReason::Metadata);
        }
    }
    for i in 0..blocks.len() {
        if decisions.open(i) && is_comment_author(blocks, features, i) {
            decisions.remove(i, RemovalReason::Comments);
            // The comment's date line belongs to the comment, not to the article.
            if i + 1 < blocks.len() && decisions.is(i + 1, RemovalReason::Metadata) {
                decisions.remove(i + 1, RemovalReason::Comments);
            }
        }
    }

    let quoted = embedded_posts(features, &decisions);
    mark_repeats(features, &mut decisions);
    mark_reprinted(features, &mut decisions, true);
    mark_teaser_cards(blocks, features, &mut decisions);
    mark_glued_teasers(blocks, &mut decisions);
    if format == Format::Html {
        mark_story_cards(blocks, features, &mut decisions);
    }
    let author_boxes = AuthorBoxes::new(blocks, features);
    author_boxes.mark_opening(blocks, features, &mut decisions);
    let undecided_prose =
        |i: usize, d: &Decisions| d[i].is_none() && features[i].is_prose(&blocks[i]);
    let prose: Vec<usize> = (0..blocks.len())
        .filter(|&i| undecided_prose(i, &decisions))
        .collect();
    // HTML pages that mark their article: prose outside it is page furniture, unless the
    // marked prose is a small part of the page's (story cards marked as articles beside an
    // unmarked article).
    let words_where = |inside: bool| -> usize {
        prose
            .iter()
            .filter(|&&i| blocks[i].in_article == inside)
            .map(|&i| features[i].words)
            .sum()
    };
    let marked = words_where(true);
    if format == Format::Html && marked > 0 && marked * 4 >= words_where(false) {
        for (i, block) in blocks.iter().enumerate() {
            if !block.in_article && decisions.open(i) && block.heading != 1 {
                decisions.remove(i, RemovalReason::Other);
            }
        }
    }
    let prose: Vec<usize> = (0..blocks.len())
        .filter(|&i| undecided_prose(i, &decisions))
        .collect();
    if prose.is_empty() {
        // No prose at all: keep what the self-evident rules left, so short inputs survive.
        return decisions.finish();
    }
    // HTML structure already separates the article from its surroundings, so there the
    // body runs from the first prose block to the last, or to the end of the densest run
    // when little prose lies beyond it; pasted text has only the blocks' own shape to go
    // on, and the densest run keeps distant prose out.
    mark_commenters(blocks, features, &mut decisions, prose[0]);
    mark_testimonials(blocks, features, &mut decisions, prose[0]);
    // (Pasted text only: in HTML a page's article may itself be dated entries, which its
    // markup keeps apart from the feeds around it.)
    if format == Format::Text {
        mark_dated_cards(blocks, features, &mut decisions, prose[0]);
    }
    let run = densest_run(features, blocks, &decisions, &quoted);
    let (first, last) = match format {
        Format::Html => {
            // After the densest run, linked headlines over summaries are a feed of other
            // stories (inside it, a listicle's linked subheadings).
            mark_linked_cards(blocks, features, &mut decisions, run.1 + 1);
            let run = end_run_before_feed(blocks, features, &mut decisions, run);
            let prose: Vec<usize> = prose.into_iter().filter(|&i| decisions.open(i)).collect();
            // (The run's own prose is before `run.1 + 1`, so some is left.)
            // (An `<h1>` that reads as a sentence is the headline, not the body's start:
            // "Fact Check: Is the Bridge Closing for a Month?")
            let first = prose
                .iter()
                .copied()
                .find(|&i| blocks[i].heading != 1)
                .unwrap_or(run.0);
            let last = html_body_end(features, &decisions, &prose, run.1);
            marked_body(blocks, features, &decisions, first, last)
        }
        Format::Text => {
            // A pasted page's headline, the repeat of its title element, inside the densest
            // run: the prose above it is a feed of other stories' summaries (the article's
            // own prose is mostly below its headline). Not when the headline is printed above
            // the run as well: the repeat is then the article's subheading, or a box's.
            // (`prose`: the undecided prose blocks, as they stand.)
            let words = |range: std::ops::Range<usize>| -> usize {
                prose
                    .iter()
                    .filter(|i| range.contains(i))
                    .map(|&i| features[i].words)
                    .sum()
            };
            let printed_above = (1..run.0).any(|i| repeats_page_title(features, i));
            let headline = (run.0 + 1..run.1).find(|&i| {
                !printed_above
                    && decisions.open(i)
                    && repeats_page_title(features, i)
                    && words(i + 1..run.1 + 1) * 2 > words(run.0..i)
            });
            (headline.unwrap_or(run.0), run.1)
        }
        _ => run,
    };
    // Prose outside the densest run is another text on the page: a teaser, a comment, a
    // footer blurb.
    // (A headline written as two sentences in title case is no prose: "Stocks Fell. Why
    // You Shouldn't Worry."; nor is a page's `<h1>`.)
    // (Those after the body are noted: an item of the list the article closes with may
    // read as prose.)
    let mut prose_after = vec![false; blocks.len()];
    for i in (0..first).chain(last + 1..blocks.len()) {
        if decisions.open(i)
            && features[i].is_prose(&blocks[i])
            && !(i < first && (is_title_case(&blocks[i].text) || blocks[i].heading == 1))
        {
            decisions.remove(i, RemovalReason::Other);
            prose_after[i] = i > last;
        }
    }

    // Short closing paragraphs ("He declined to comment.") continue the body up to the
    // first block that is furniture or does not read as a sentence, and so does a
    // paragraph cut short.
    // So do an embedded post, and a list that closes the article (tour dates, numbered
    // picks) after a lead-in.
    let mut last = last;
    loop {
        let next = last + 1;
        if next < blocks.len()
            && decisions.open(next)
            && (quoted[next]
                || features[next].terminal
                    && features[next].words >= 3
                    && features[next].stopword_ratio >= 0.15
                || features[next].is_cut_short(&blocks[next]))
        {
            last += 1;
        } else if let Some(end) = closing_list(blocks, features, &decisions, &prose_after, last + 1)
        {
            for i in (last + 1..=end).filter(|&i| prose_after[i]) {
                decisions.reopen(i);
            }
            last = end;
        } else {
            break;
        }
    }
    // A sentence whose words are mostly links, inside the article and followed by another
    // sentence (its prose, or another such), is the article's ("The haze led to canceled flights,
    // closed schools and a public health emergency."; a newsletter's items): elsewhere such
    // blocks are menus and teasers' summaries (each followed by the next card's headline).
    // (From the end, so that a run of them is kept from its last.)
    let sentence = |i: usize| {
        let f = &features[i];
        f.terminal && f.words >= 12 && f.stopword_ratio >= 0.3
    };
    for i in (first + 1..last).rev() {
        if sentence(i)
            && decisions.open(i + 1)
            && sentence(i + 1)
            && blocks[i].link_density > 0.5
            && decisions.is(i, RemovalReason::Navigation)
        {
            decisions.reopen(i);
        }
    }
    let title = decide_head(blocks, features, &mut decisions, first, format);
    if let Some(t) = title {
        mark_standfirst(blocks, features, &mut decisions, t, last);
    }
    decide_teasers(blocks, features, &mut decisions, first);
    decisions.remove_open(last + 1..blocks.len(), RemovalReason::Other);
    mark_reprinted(features, &mut decisions, false);
    author_boxes.mark_closing(blocks, features, &mut decisions, first, last);
    mark_contact_lines(features, &quoted, &mut decisions, first, last);
    if let Some(t) = title {
        let headline = features[t].lower;
        for (i, f) in features.iter().enumerate() {
            if i != t && f.lower == headline {
                decisions.remove(i, RemovalReason::DuplicateHeadline);
            }
        }
    }
    decisions.finish()
}
