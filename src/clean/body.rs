//! The article's body: the densest run of prose (pasted text), first to last prose (HTML),
//! the element marked as the article body, and what extends it: closing lists, table rows,
//! introduced lists, embedded posts.

use crate::lexicon::is_month_name;
use crate::report::RemovalReason;
use crate::text::words_of;

use super::decisions::Decisions;

use super::features::{is_lead_in, is_title_case, Features, LINKED, PROSE_WORDS};
use super::furniture::is_post_signature;
use super::head::repeats_page_title;
use super::teasers::{end_run_before_feed, mark_linked_cards};
use super::Decision;
use super::Page;
use crate::input::Format;

/// How a list item starts, so that the items of one list can be told by their shared
/// shape: a number ("1)", "12."), a date ("June 9 --"), a bullet ("•", "-", "*"), or a
/// capitalised term of a few words and a colon ("England (Group A): 10th appearance").
#[derive(Clone, Copy, PartialEq, Eq)]
enum ItemShape {
    Number,
    Date,
    Bullet,
    Term,
}

fn item_shape(text: &str) -> Option<ItemShape> {
    let mut words = words_of(text);
    let first = words.next()?;
    let second = words.next().unwrap_or("");
    if first.starts_with(|c: char| c.is_ascii_digit()) {
        return Some(ItemShape::Number);
    }
    if matches!(first, "•" | "-" | "*" | "–" | "·" | "▪") || first.starts_with('•') {
        return Some(ItemShape::Bullet);
    }
    let dated = is_month_name(first) && second.starts_with(|c: char| c.is_ascii_digit());
    if dated {
        return Some(ItemShape::Date);
    }
    // (The colon within the first five words, after a capital.)
    let term = words_of(text).take(5).any(|w| w.ends_with(':'));
    (term && first.starts_with(char::is_uppercase)).then_some(ItemShape::Term)
}

/// A list right after the body's last block (`from`): perhaps a lead-in ("Tour dates:", a
/// short label, a sentence that ends with a colon), then three or more short items of one
/// shape, none of them link lists, perhaps with a short line (a link, a price) after each.
/// Returns its last block.
pub(super) fn closing_list(
    page: &Page,
    decisions: &Decisions,
    prose_after: &[bool],
    from: usize,
) -> Option<usize> {
    let Page {
        blocks, features, ..
    } = *page;
    let open = |i: usize| i < blocks.len() && (decisions.open(i) || prose_after[i]);
    let item = |i: usize| {
        let short = open(i) && features[i].words <= 25 && blocks[i].link_density < LINKED;
        short.then(|| item_shape(blocks[i].text.trim())).flatten()
    };
    // A short label ("Tour dates"), or a sentence that ends with a colon ("Here are the
    // deals not to miss:"), not a title ("More From Our Partners:").
    let lead_in = open(from)
        && (is_lead_in(&blocks[from]) || features[from].words <= 15 && !features[from].terminal);
    // A line between two items: the first item's link or price, a few words or one token
    // ("http://example.com/item/2"), kept or removed on its own merits.
    let between = |i: usize| features[i].words <= 3 || !blocks[i].text.trim().contains(' ');
    // (The list's first item may close the body already: the list goes on after its line.)
    let continues = from > 0
        && from + 1 < blocks.len()
        && between(from)
        && item(from - 1).is_some()
        && item(from - 1) == item(from + 1);
    let start = if lead_in || continues { from + 1 } else { from };
    let shape = item(start)?;
    let mut end = start;
    loop {
        if item(end + 1) == Some(shape) {
            end += 1;
        } else if end + 1 < blocks.len() && between(end + 1) && item(end + 2) == Some(shape) {
            end += 2;
        } else {
            break;
        }
    }
    // (A list the body ends inside counts its items there too.)
    let mut earlier = 0;
    let mut i = from;
    while continues && i >= 2 {
        if item(i - 1) == Some(shape) {
            earlier += 1;
            i -= 1;
        } else if between(i - 1) && item(i - 2) == Some(shape) {
            earlier += 1;
            i -= 2;
        } else {
            break;
        }
    }
    (end + 1 - start + earlier >= 3).then_some(end)
}

/// The article body: the run of blocks where prose outweighs furniture the most (the
/// maximum-sum run, as in Body Text Extraction). Prose counts its words; short fragments
/// (menus, labels) and blocks already removed count against. Returns the run's first and
/// last prose blocks.
pub(super) fn densest_run(page: &Page, decisions: &Decisions, quoted: &[bool]) -> (usize, usize) {
    let Page {
        blocks, features, ..
    } = *page;
    let is_comment = |i: usize| decisions.is(i, RemovalReason::Comments);
    // Where a comment thread starts: a comment marker (a count, an author line, a time
    // stamp) with two more close after it. Comments are prose as long as the article's, so
    // prose after that point counts for a quarter: the article comes before its comments.
    let thread = (0..blocks.len()).find(|&i| {
        is_comment(i)
            && (i + 1..blocks.len().min(i + 30))
                .filter(|&j| is_comment(j))
                .count()
                >= 2
    });
    let listed = introduced_list_items(page, decisions);
    let rows = table_rows(page, decisions);
    let weight = |i: usize| -> i64 {
        let f = &features[i];
        let words = f.words as i64;
        match decisions[i] {
            // A comment thread ends the article: the body never spans it. So does a comment
            // marker or form, unless it is a sentence away from any thread ("Readers can
            // leave a comment on the council's website until Friday."), or, away from any
            // thread, a page's button of a word or two ("Print" over a recipe card).
            Some(Decision::Remove(RemovalReason::Comments))
                if thread.is_some_and(|t| i >= t)
                    || !(f.words >= PROSE_WORDS && f.lower.ends_with(['.', '!', '?'])
                        || f.words <= 2 && blocks[i].hint.is_some()) =>
            {
                ENDS_THE_RUN
            }
            Some(Decision::Remove(_)) => -(2 + words / 2),
            _ if f.is_prose(&blocks[i]) && thread.is_some_and(|t| i > t) => words / 4,
            _ if f.is_prose(&blocks[i]) => words,
            // A lead-in, an attributed quotation or an embedded post inside the article costs
            // nothing, nor do the items of a list a lead-in introduces.
            _ if (f.is_running_text(&blocks[i]) || listed[i] || quoted[i] || rows[i])
                && thread.is_none_or(|t| i < t) =>
            {
                0
            }
            // A short sentence or a subheading inside the article costs little.
            _ if f.terminal || blocks[i].heading > 0 => -1,
            _ => -(2 + words / 2),
        }
    };
    let (mut best, mut best_range) = (i64::MIN, (0, 0));
    let (mut sum, mut start) = (0i64, 0usize);
    for i in 0..blocks.len() {
        if sum <= 0 {
            sum = 0;
            start = i;
        }
        sum += weight(i);
        if sum > best {
            best = sum;
            best_range = (start, i);
        }
    }
    let prose = |i: &usize| decisions.open(*i) && features[*i].is_prose(&blocks[*i]);
    let (from, to) = best_range;
    let first = (from..=to).find(prose).unwrap_or(from);
    let last = (from..=to).rev().find(prose).unwrap_or(to);
    (first, last)
}

/// The body (`first..=last`) widened to the text the page marks as its article's
/// (schema.org `itemprop="articleBody"`): up from `first` to the headline, and down from
/// `last`, through every block inside the marked element that no rule has removed, prose
/// or not (a calendar's lines, a list of products, a paragraph with few stopwords after an
/// ad). The widening stops at the first undecided block outside the marked element. Short
/// lines with a figure right under the headline are its date line or reading time, not
/// the article's opening.
pub(super) fn marked_body(
    page: &Page,
    decisions: &Decisions,
    first: usize,
    last: usize,
) -> (usize, usize) {
    let Page {
        blocks, features, ..
    } = *page;
    let marked = |j: usize| blocks[j].in_article_body && blocks[j].heading != 1;
    let mut start = first;
    for j in (0..first).rev() {
        match decisions[j] {
            Some(_) => continue,
            None if marked(j) => start = j,
            None => break,
        }
    }
    while start < first
        && (decisions[start].is_some()
            || features[start].words <= 8
                && features[start].has_digit
                && blocks[start].heading == 0)
    {
        start += 1;
    }
    let mut end = last;
    for (j, decision) in decisions.iter().enumerate().skip(last + 1) {
        match decision {
            Some(_) => continue,
            None if marked(j) => end = j,
            None => break,
        }
    }
    (start, end)
}

/// Where an HTML page's article ends: at its last prose block, unless the prose after the
/// densest run ([`densest_run`]) is small beside it (under a third of its words), as the
/// summaries of teaser cards and a sidebar's blurbs are after a long stretch of furniture.
/// Then the body ends with the run, and the blocks that follow it up to the first one
/// removed (a list, a table the article closes with).
pub(super) fn html_body_end(
    features: &[Features],
    decisions: &Decisions,
    prose: &[usize],
    run_end: usize,
) -> usize {
    let words = |after: bool| -> usize {
        let in_part = |i: &&usize| (**i > run_end) == after;
        prose
            .iter()
            .filter(in_part)
            .map(|&i| features[i].words)
            .sum()
    };
    if 3 * words(true) >= words(false) {
        return prose.last().copied().unwrap_or(run_end);
    }
    let mut end = run_end;
    while end + 1 < decisions.len() && decisions.open(end + 1) {
        end += 1;
    }
    end
}

/// The rows of a data table pasted as lines ("Connecticut 91.0", "Ohio 64.9"): five or
/// more short lines in a row that each end with a figure after a label (not a year: "Nov
/// 6, 2025" ends teasers). A table inside the article is part of it; menus do not end in
/// figures.
fn table_rows(page: &Page, decisions: &Decisions) -> Vec<bool> {
    let Page {
        blocks, features, ..
    } = *page;
    // (Bytes, not chars: the figure and the label's letters are ASCII in a table's rows.)
    let row = |i: usize| {
        let text = blocks[i].text.trim_end();
        let bytes = text.as_bytes();
        let cut = bytes.iter().rposition(|&b| b == b' ').map_or(0, |k| k + 1);
        let (label, last) = bytes.split_at(cut);
        let figure = last.iter().any(u8::is_ascii_digit)
            && last
                .iter()
                .all(|&b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b'%' | b'$' | b'-'));
        let year = last.len() == 4 && matches!(last, [b'1', b'9', ..] | [b'2', b'0', ..]);
        // (A label before the figure: bare numbers are a carousel's dots or a rating.)
        let labelled = features[i].words <= 12 && label.iter().any(u8::is_ascii_alphabetic);
        decisions.open(i) && labelled && figure && !year
    };
    let mut marks = vec![false; blocks.len()];
    let mut start = 0;
    for i in 0..=blocks.len() {
        if i < blocks.len() && row(i) {
            continue;
        }
        if i - start >= 5 {
            marks[start..i].iter_mut().for_each(|m| *m = true);
        }
        start = i + 1;
    }
    marks
}

/// The items of lists that a lead-in (a sentence, not a title) introduces ("The library
/// has three parts:"): the short blocks after it, up to the first that reads as prose, is
/// long, is mostly link or was removed. Items may be a word each (a checklist's "Torch",
/// "Candles"): a menu has no sentence of five words or more ending with a colon above it,
/// and an offer of other stories ("you might also like:") is a teaser label, removed.
pub(super) fn introduced_list_items(page: &Page, decisions: &Decisions) -> Vec<bool> {
    let Page {
        blocks, features, ..
    } = *page;
    let mut listed = vec![false; blocks.len()];
    let mut i = 0;
    while i < blocks.len() {
        let lead_in = decisions.open(i) && features[i].words >= 5 && is_lead_in(&blocks[i]);
        i += 1;
        if !lead_in {
            continue;
        }
        while i < blocks.len()
            && decisions.open(i)
            && features[i].words <= 25
            && blocks[i].link_density < LINKED
            && !features[i].is_prose(&blocks[i])
        {
            listed[i] = true;
            i += 1;
        }
    }
    listed
}

/// Embedded posts: each signature ([`is_post_signature`]) and the block above it, the post.
pub(super) fn embedded_posts(features: &[Features], decisions: &Decisions) -> Vec<bool> {
    let mut quoted = vec![false; features.len()];
    for (i, f) in features.iter().enumerate() {
        if decisions.open(i) && is_post_signature(f) {
            quoted[i] = true;
            if i > 0 && decisions.open(i - 1) {
                quoted[i - 1] = true;
            }
        }
    }
    quoted
}

/// The weight of a block that no run of prose can span: a comment thread ends the article.
const ENDS_THE_RUN: i64 = -10_000;

/// The share of an HTML page's prose that must lie in the element marked as the article
/// (`itemprop="articleBody"`) for the prose outside it to go: a quarter of the rest, or
/// more. Less, and the marks are story cards beside an unmarked article.
const MARKED_SHARE: usize = 4;

/// The open blocks that read as prose.
pub(super) fn open_prose(page: &Page, decisions: &Decisions) -> Vec<usize> {
    (0..page.blocks.len())
        .filter(|&i| decisions.open(i) && page.features[i].is_prose(&page.blocks[i]))
        .collect()
}

/// HTML pages that mark their article: what lies outside it is page furniture (but an
/// `<h1>`, which may be the headline), unless the marked prose is a small part of the
/// page's.
pub(super) fn remove_outside_marked_article(page: &Page, decisions: &mut Decisions) {
    let Page {
        blocks, features, ..
    } = *page;
    let prose = open_prose(page, decisions);
    let words_where = |inside: bool| -> usize {
        prose
            .iter()
            .filter(|&&i| blocks[i].in_article == inside)
            .map(|&i| features[i].words)
            .sum()
    };
    let marked = words_where(true);
    if marked > 0 && marked * MARKED_SHARE >= words_where(false) {
        for (i, block) in blocks.iter().enumerate() {
            if !block.in_article && decisions.open(i) && block.heading != 1 {
                decisions.remove(i, RemovalReason::Other);
            }
        }
    }
}

/// The body's first and last blocks. HTML structure already separates the article from its
/// surroundings, so there the body runs from the first prose block to the last, or to the
/// end of the densest run when little prose lies beyond it; pasted text has only the
/// blocks' own shape to go on, and the densest run keeps distant prose out. `prose`: the
/// open prose blocks.
pub(super) fn find_body(
    page: &Page,
    decisions: &mut Decisions,
    prose: Vec<usize>,
    quoted: &[bool],
) -> (usize, usize) {
    let Page {
        blocks, features, ..
    } = *page;
    let run = densest_run(page, decisions, quoted);
    match page.format {
        Format::Html => {
            // After the densest run, linked headlines over summaries are a feed of other
            // stories (inside it, a listicle's linked subheadings).
            mark_linked_cards(page, decisions, run.1 + 1);
            let run = end_run_before_feed(page, decisions, run);
            let prose: Vec<usize> = prose.into_iter().filter(|&i| decisions.open(i)).collect();
            // (The run's own prose is before `run.1 + 1`, so some is left.)
            // (An `<h1>` that reads as a sentence is the headline, not the body's start:
            // "Fact Check: Is the Bridge Closing for a Month?")
            let first = prose
                .iter()
                .copied()
                .find(|&i| blocks[i].heading != 1)
                .unwrap_or(run.0);
            let last = html_body_end(features, decisions, &prose, run.1);
            marked_body(page, decisions, first, last)
        }
        Format::Text => {
            // A pasted page's headline, the repeat of its title element, inside the densest
            // run: the prose above it is a feed of other stories' summaries (the article's
            // own prose is mostly below its headline). Not when the headline is printed above
            // the run as well: the repeat is then the article's subheading, or a box's.
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
        // (`clean` reads Markdown as HTML and never passes `Auto`.)
        Format::Auto | Format::Markdown => run,
    }
}

/// Prose outside the body is another text on the page: a teaser, a comment, a footer
/// blurb. Returns which of the blocks removed lie after the body: an item of the list the
/// article closes with may read as prose. (A headline written as two sentences in title
/// case is no prose: "Stocks Fell. Why You Shouldn't Worry."; nor is a page's `<h1>`.)
pub(super) fn remove_prose_outside(
    page: &Page,
    decisions: &mut Decisions,
    first: usize,
    last: usize,
) -> Vec<bool> {
    let Page {
        blocks, features, ..
    } = *page;
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
    prose_after
}

/// The body's last block, once what continues it is taken in: short closing paragraphs
/// ("He declined to comment.") up to the first block that is furniture or does not read as
/// a sentence, a paragraph cut short, an embedded post, and a list that closes the article
/// (tour dates, numbered picks) after a lead-in.
pub(super) fn extend_body(
    page: &Page,
    decisions: &mut Decisions,
    quoted: &[bool],
    prose_after: &[bool],
    mut last: usize,
) -> usize {
    let Page {
        blocks, features, ..
    } = *page;
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
        } else if let Some(end) = closing_list(page, decisions, prose_after, last + 1) {
            for i in (last + 1..=end).filter(|&i| prose_after[i]) {
                decisions.reopen(i);
            }
            last = end;
        } else {
            return last;
        }
    }
}

/// A sentence whose words are mostly links, inside the body and followed by another
/// sentence (its prose, or another such), is the article's ("The haze led to canceled
/// flights, closed schools and a public health emergency."; a newsletter's items):
/// elsewhere such blocks are menus and teasers' summaries, each followed by the next card's
/// headline. (From the end, so that a run of them is kept from its last.)
pub(super) fn keep_linked_sentences(
    page: &Page,
    decisions: &mut Decisions,
    first: usize,
    last: usize,
) {
    let Page {
        blocks, features, ..
    } = *page;
    let sentence = |i: usize| {
        let f = &features[i];
        f.terminal && f.words >= 12 && f.stopword_ratio >= 0.3
    };
    for i in (first + 1..last).rev() {
        if sentence(i)
            && decisions.open(i + 1)
            && sentence(i + 1)
            && blocks[i].link_density > LINKED
            && decisions.is(i, RemovalReason::Navigation)
        {
            decisions.reopen(i);
        }
    }
}
