//! Teasers: cards of other stories (a headline, a date or author line, a summary), dated
//! cards and feeds, linked headlines, `<article>` story cards, glued teaser lists, and the
//! teasers around the headline.

use crate::input::Block;
use crate::report::RemovalReason;
use crate::text::{ends_sentence, words_of};

use super::decisions::Decisions;
use super::features::LINKED;
use super::furniture::is_post_signature;
use super::head::is_standfirst;
use super::Decision;
use super::Page;

/// Cards of other stories after the article's first prose, each a date line over a
/// summary that reads as prose, with a headline above or below the date ("Dec 19, 2025" /
/// "New Shuttle Services Launch" / "The reserve's guests can now ..."): three or more make
/// a feed, and their headlines and summaries are teasers. An article has one date line,
/// above its first paragraph.
pub(super) fn mark_dated_cards(page: &Page, decisions: &mut Decisions, first_prose: usize) {
    let Page {
        blocks, features, ..
    } = *page;
    let prose = |k: usize| features[k].is_prose(&blocks[k]);
    let headline = |k: usize, decisions: &Decisions| {
        decisions.open(k) && features[k].is_headline_shaped(&blocks[k])
    };
    // Each card: its date line and its summary, with its headline above or below the date.
    let cards: Vec<(usize, usize)> = (first_prose + 1..blocks.len())
        .filter(|&d| {
            decisions.is(d, RemovalReason::Metadata)
                && features[d].has_digit
                && features[d].words <= 8
        })
        .filter_map(|d| {
            let next = (d + 1..blocks.len().min(d + 3)).find(|&k| decisions.open(k))?;
            if prose(next) {
                return Some((d, next));
            }
            (headline(next, decisions)
                && next + 1 < blocks.len()
                && decisions.open(next + 1)
                && prose(next + 1))
            .then_some((d, next + 1))
        })
        .collect();
    if cards.len() < 3 {
        return;
    }
    for (date, summary) in cards {
        decisions.remove_open(date + 1..summary + 1, RemovalReason::Teaser);
        if headline(date - 1, decisions) {
            decisions.remove(date - 1, RemovalReason::Teaser);
        }
    }
}

/// Teaser cards: three or more in a row of a headline, an author's name or a date line
/// (or both), after a date perhaps a section label, and a summary ("More from ..." lists under an
/// article). The name or date line sets them apart from an article's own subheadings,
/// each followed by its paragraph; so does a kicker in capitals over the headline, perhaps
/// with a line of tags under it (a feed of other stories: "TRAINS AT LAST", a headline,
/// "4 likes example.org Transport", a summary).
pub(super) fn mark_teaser_cards(page: &Page, decisions: &mut Decisions) {
    let Page {
        blocks, features, ..
    } = *page;
    let open = |i: usize| i < blocks.len() && decisions.open(i);
    let headline =
        |i: usize| open(i) && features[i].words <= 20 && features[i].is_headline_shaped(&blocks[i]);
    // A person's name: "Jane Doe", "Sen. Jane Doe", "Ana, Luis and Eva Ruiz" (two words at
    // least, each a capital and small letters; a one-word line is a venue or a tag).
    let name = |i: usize| {
        open(i)
            && (2..=6).contains(&features[i].words)
            && !ends_sentence(blocks[i].text.trim())
            && words_of(&blocks[i].text).all(|w| {
                let word = w.trim_end_matches(&[',', '.'][..]);
                matches!(word, "and" | "&")
                    || (word.starts_with(char::is_uppercase)
                        && word.chars().all(char::is_alphabetic)
                        && (word.chars().count() == 1
                            || word.chars().skip(1).any(char::is_lowercase)))
            })
    };
    let dated = |i: usize| i < blocks.len() && decisions.is(i, RemovalReason::Metadata);
    let summary = |i: usize| open(i) && features[i].words >= 5 && !headline(i);
    // A section label over the summary ("News", "Fact Check").
    let label =
        |i: usize| open(i) && features[i].words <= 3 && !ends_sentence(blocks[i].text.trim());
    // The length of the card starting at `i`, if one does: the headline, its author or its
    // date or both, perhaps a label, the summary.
    // A kicker over the headline, in capitals ("THE BIG PICTURE"; no step's number, "STEP
    // #2").
    let kicker = |i: usize| {
        open(i)
            && (2..=6).contains(&features[i].words)
            && !features[i].has_digit
            && !ends_sentence(blocks[i].text.trim())
            && !blocks[i].text.chars().any(char::is_lowercase)
    };
    // The length of the card starting at `i`, if one does, and whether it has a kicker: the
    // kicker, the headline, its author or its date or both, perhaps a label, the summary.
    let card = |i: usize| -> Option<(usize, bool)> {
        // (Of five words or more: under a name in capitals, a short line is a catalogue's
        // entry, "ACME SUMMIT" over "Atlanta, United States".)
        let kicked = kicker(i) && headline(i + 1) && features[i + 1].words >= 5;
        let head = if kicked { i + 1 } else { i };
        if !headline(head) {
            return None;
        }
        let mut text = head + 1;
        if name(text) {
            text += 1;
        }
        if dated(text) {
            text += 1;
            // (A label follows a date line only: after a name line, a short line is as
            // likely a list's item: "Top picks:", "Jane Tools", "Acme Pliers".)
            if label(text) {
                text += 1;
            }
        }
        if kicked
            && text == head + 1
            && open(text)
            && features[text].words <= 8
            && !features[text].terminal
        {
            // Under a kicker, a line of tags or a source ("3 likes example.org Science").
            text += 1;
        }
        if text == head + 1 && !kicked {
            return None;
        }
        // (A summary over a photo's credit reads as its caption.)
        let caption = text < blocks.len() && decisions.is(text, RemovalReason::Caption);
        (summary(text) || kicked && caption).then_some((text + 1 - i, kicked))
    };
    let mut lists = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        let (mut end, mut cards) = (i, 0);
        // The kicker of the last card: one that repeats is a button ("LEARN MORE") that
        // closes each card, not a story's own.
        let mut last_kicker = None;
        loop {
            // Kicked cards may have a removed line or two between them (a caption,
            // "Sponsored").
            let skip = (0..=2)
                .take_while(|&k| k == 0 || cards > 0 && !open(end + k - 1))
                .find(|&k| card(end + k).is_some_and(|(_, kicked)| k == 0 || kicked));
            let Some((length, kicked)) = skip.and_then(|k| {
                end += k;
                card(end)
            }) else {
                break;
            };
            if kicked {
                let kicker = features[end].lower;
                if last_kicker == Some(kicker) {
                    break;
                }
                last_kicker = Some(kicker);
            }
            end += length;
            cards += 1;
        }
        if cards >= 3 {
            lists.push(i..end);
            i = end;
        } else {
            i += 1;
        }
    }
    for list in lists {
        decisions.remove_open(list, RemovalReason::Teaser);
    }
}

/// Teaser cards in HTML without `<article>` markup: a linked headline (a block that is
/// mostly link, undecided or removed as navigation) over its summary, three or more in a row, with only
/// removed lines (a date, a section, "Sponsored") between. An article's subheadings are no
/// links, and its paragraphs do not each follow one.
pub(super) fn mark_linked_cards(page: &Page, decisions: &mut Decisions, from: usize) {
    let blocks = page.blocks;
    let mut i = from;
    while i < blocks.len() {
        let summaries = linked_cards(page, decisions, i);
        if summaries.len() >= 3 {
            for &k in &summaries {
                decisions.remove(k, RemovalReason::Teaser);
            }
            i = summaries[summaries.len() - 1] + 1;
        } else {
            i += 1;
        }
    }
}

/// The summaries of the linked cards ([`mark_linked_cards`]) that start at block `i`.
fn linked_cards(page: &Page, decisions: &Decisions, i: usize) -> Vec<usize> {
    let Page {
        blocks, features, ..
    } = *page;
    let n = blocks.len();
    let linked = |i: usize| {
        matches!(
            decisions[i],
            None | Some(Decision::Remove(RemovalReason::Navigation))
        ) && blocks[i].link_density > LINKED
            && (3..=20).contains(&features[i].words)
    };
    // The first block after `i`, within three, that is undecided (a linked headline too).
    let next = |i: usize| (i + 1..n.min(i + 4)).find(|&k| decisions.open(k) || linked(k));
    let mut summaries = Vec::new();
    let mut headline = i;
    while linked(headline) {
        let Some(summary) = next(headline) else {
            break;
        };
        if decisions[summary].is_some() || linked(summary) || features[summary].words < 10 {
            break;
        }
        summaries.push(summary);
        match next(summary) {
            Some(k) if linked(k) => headline = k,
            _ => break,
        }
    }
    summaries
}

/// A feed of other stories at the end of the densest run (`run`), under a teaser label:
/// "Top stories", then three or more linked headlines over summaries that read as prose and
/// so extend the run. Its summaries are teasers, and the run ends before the label. (Only
/// when the cards go on to the run's end: an article goes on after a box of links inside
/// it.)
pub(super) fn end_run_before_feed(
    page: &Page,
    decisions: &mut Decisions,
    run: (usize, usize),
) -> (usize, usize) {
    let Page {
        blocks, features, ..
    } = *page;
    let prose = |i: usize, d: &Decisions| d[i].is_none() && features[i].is_prose(&blocks[i]);
    for label in run.0 + 1..run.1 {
        if !decisions.is(label, RemovalReason::Teaser)
            || blocks[label].hint.is_some()
            || features[label].words > 4
        {
            continue;
        }
        let summaries = linked_cards(page, decisions, label + 1);
        let Some(&last) = summaries.last() else {
            continue;
        };
        if summaries.len() >= 3 && !(last + 1..=run.1).any(|i| prose(i, decisions)) {
            for &k in &summaries {
                decisions.remove(k, RemovalReason::Teaser);
            }
            let end = (run.0..label).rev().find(|&i| prose(i, decisions));
            return (run.0, end.unwrap_or(run.0));
        }
    }
    run
}

/// Story cards marked up as `<article>` elements beside the page's article (a feed of
/// other stories, each a linked headline over a summary): the `<article>` with the most
/// prose is the article when it holds half the page's prose; another with a linked
/// headline and under a third of its prose is a card, and all of it a teaser. (A live
/// blog's posts, also `<article>`s, rarely link their headings, and a long one stays.)
pub(super) fn mark_story_cards(page: &Page, decisions: &mut Decisions) {
    let Page {
        blocks, features, ..
    } = *page;
    let count = blocks
        .iter()
        .map(|b| usize::from(b.article))
        .max()
        .unwrap_or(0);
    if count == 0 {
        return;
    }
    let mut prose = vec![0; count + 1];
    let mut linked_heading = vec![false; count + 1];
    for (i, block) in blocks.iter().enumerate() {
        let a = usize::from(block.article);
        if decisions.open(i) && features[i].is_prose(block) {
            prose[a] += features[i].words;
        }
        linked_heading[a] |= block.heading > 0 && block.link_density > LINKED;
    }
    // The article may be the page's unmarked prose (0), beside one marked card.
    let main = (0..=count).max_by_key(|&a| prose[a]).unwrap_or(0);
    // (A page of cards only, a catalogue or a list of alternatives, has no article that
    // holds half its prose: there the cards are the content.)
    // Unmarked, the article must dwarf all the cards together (a catalogue's entries are
    // `<article>`s, its intro unmarked).
    let total: usize = prose.iter().sum();
    if 2 * prose[main] < total || (main == 0 && 3 * (total - prose[0]) >= prose[0]) {
        return;
    }
    for (i, block) in blocks.iter().enumerate() {
        let a = usize::from(block.article);
        let card = a != 0 && a != main && linked_heading[a] && 3 * prose[a] < prose[main];
        if card && decisions.open(i) {
            decisions.remove(i, RemovalReason::Teaser);
        }
    }
}

/// A headline in title case glued to its summary, as a teaser's link and text are when a
/// page is copied: "Harvick Fails To Rally In NASCAR Finale Ford flopped at the track."
/// Title case shows in the small words: two or more capitalised ("To", "In", "The") after
/// the first word, before the first word in lower case, which comes fifth or later.
pub(super) fn is_glued_teaser(text: &str) -> bool {
    const SMALL: [&str; 17] = [
        "A", "An", "And", "As", "At", "By", "For", "From", "In", "Is", "Are", "Of", "On", "The",
        "To", "With", "Into",
    ];
    // One pass over the first 40 words, without collecting them: this runs on every block.
    if !text.starts_with(char::is_uppercase) {
        return false;
    }
    let (mut words, mut first_lower, mut capital_small) = (0, None, 0);
    for (i, word) in words_of(text).take(40).enumerate() {
        words = i + 1;
        if first_lower.is_some() {
            // Only the count is left to learn, and only up to twelve.
            if words >= 12 {
                break;
            }
            continue;
        }
        if word.starts_with(char::is_lowercase) {
            if i < 5 || capital_small < 2 {
                return false;
            }
            first_lower = Some(i);
        } else if i > 0 && SMALL.contains(&word.trim_end_matches(&[':', ',', '?'][..])) {
            capital_small += 1;
        }
    }
    words >= 12 && first_lower.is_some()
}

/// Three or more glued teasers ([`is_glued_teaser`]) close together (within eight blocks)
/// are a list of other stories; a lone one may be the page's headline glued to the lead.
pub(super) fn mark_glued_teasers(blocks: &[Block], decisions: &mut Decisions) {
    let glued: Vec<usize> = (0..blocks.len())
        .filter(|&i| decisions.open(i) && is_glued_teaser(&blocks[i].text))
        .collect();
    let listed: Vec<usize> = glued
        .iter()
        .enumerate()
        .filter(|&(k, &i)| {
            let near = |other: &usize| other.abs_diff(i) <= 8;
            glued[k.saturating_sub(2)..(k + 3).min(glued.len())]
                .iter()
                .filter(|o| near(o))
                .count()
                >= 3
        })
        .map(|(_, &i)| i)
        .collect();
    for i in listed {
        decisions.remove(i, RemovalReason::Teaser);
    }
}

/// Step 4: teaser runs after section labels, repeated teaser headlines and their standfirst.
pub(super) fn decide_teasers(page: &Page, decisions: &mut Decisions, first_prose: usize) {
    let Page {
        blocks, features, ..
    } = *page;
    // A section label starts a run of teasers that ends where prose resumes.
    let mut in_run = false;
    for i in first_prose..blocks.len() {
        if decisions.is(i, RemovalReason::Teaser) {
            in_run = true;
        } else if in_run && decisions.open(i) && !features[i].is_prose(&blocks[i]) {
            decisions.remove(i, RemovalReason::Teaser);
        } else if decisions.open(i) {
            in_run = false;
        }
    }
    // A headline-shaped block printed twice inside the page is a teaser card for another
    // article (headline as link, then as title); the one-sentence standfirst printed right
    // under the second copy belongs to the card too.
    // (Signatures under embedded posts repeat when an account is quoted twice; a comment
    // thread's controls under every comment, "Reply to This".)
    for i in first_prose..blocks.len() {
        if !features[i].is_headline_shaped(&blocks[i])
            || is_post_signature(&features[i])
            || decisions.is(i, RemovalReason::Comments)
        {
            continue;
        }
        // (Not a line that opens each of two sections under different headings: "Meal 1 /
        // Eat every 2-3 hours / ... / Meal 2 / Eat every 2-3 hours" is a meal plan's.)
        // (A section's heading: a heading element, or in pasted text a short label ending
        // with a colon, "Tuesday. Intense run (40-60 mins):".)
        let heads = |k: usize| {
            blocks[k].heading > 0 || features[k].words <= 12 && features[k].lower.ends_with(':')
        };
        let opens_sections = |j: usize| {
            i > 0 && heads(i - 1) && heads(j - 1) && features[i - 1].lower != features[j - 1].lower
        };
        let twin = (i + 1..blocks.len().min(i + 6))
            .find(|&j| features[j].lower == features[i].lower)
            .filter(|&j| !opens_sections(j));
        if let Some(j) = twin {
            decisions.remove(i, RemovalReason::Teaser);
            decisions.remove(j, RemovalReason::Teaser);
            let next = j + 1;
            if next < blocks.len()
                && decisions.open(next)
                && is_standfirst(&blocks[next].text, &features[next])
            {
                decisions.remove(next, RemovalReason::Teaser);
            }
        }
    }
}
