//! Comment threads and testimonials: commenters' name lines and their time stamps, reviews
//! signed with a name and an initial.

use regex::Regex;
use std::sync::LazyLock;

use crate::report::RemovalReason;
use crate::text::{built_in_regex, ends_sentence};

use super::decisions::Decisions;
use super::furniture::is_date_line;
use super::Decision;
use super::Page;

/// A comment's time stamp: "2 days ago", "3 hours ago at 07:52 am". Lowercase.
static TIME_AGO: LazyLock<Regex> = LazyLock::new(|| {
    built_in_regex(r"^(a|an|[0-9]{1,3}) (second|minute|hour|day|week|month|year)s? ago( at .*)?$")
});

/// A comment's time stamp ([`TIME_AGO`]), on lowercase text.
pub(super) fn is_time_ago(lower: &str) -> bool {
    lower.contains(" ago") && TIME_AGO.is_match(lower)
}

/// After a comment marker ("59 Comments on ..."), two or more commenters' names, each over
/// the date and time of the comment ("Emma", then "December 18, 2025, 9:46 pm"): a thread
/// whose author lines say no "says:". Only after prose: a pair above the article is its
/// byline, even under a "Leave a comment" link.
pub(super) fn mark_commenters(page: &Page, decisions: &mut Decisions, first_prose: usize) {
    let Page {
        blocks, features, ..
    } = *page;
    let Some(marker) = (0..decisions.len()).position(|i| decisions.is(i, RemovalReason::Comments))
    else {
        return;
    };
    let start = marker.max(first_prose);
    let stamped = |i: usize| {
        let text = blocks[i].text.trim();
        let clock = text.as_bytes().windows(4).any(|w| {
            w[0].is_ascii_digit() && w[1] == b':' && w[2..].iter().all(u8::is_ascii_digit)
        });
        matches!(
            decisions[i],
            None | Some(Decision::Remove(RemovalReason::Metadata))
        ) && clock
            && is_date_line(text)
    };
    let heads: Vec<usize> = (start + 1..blocks.len().saturating_sub(1))
        .filter(|&i| {
            decisions.open(i)
                && (1..=4).contains(&features[i].words)
                && !ends_sentence(blocks[i].text.trim())
                && stamped(i + 1)
        })
        .collect();
    if heads.len() >= 2 {
        for i in heads {
            decisions.remove(i, RemovalReason::Comments);
            decisions.remove(i + 1, RemovalReason::Comments);
        }
    }
}

/// Testimonials: three or more readers' or customers' reviews, each signed on the line
/// under it with a first name and an initial ("Mallory R.", "– Jamie W"), after the
/// article's first prose. Like a comment thread, they are not the article.
pub(super) fn mark_testimonials(page: &Page, decisions: &mut Decisions, first_prose: usize) {
    let Page {
        blocks, features, ..
    } = *page;
    let signature = |i: usize| {
        // (The word count first: most blocks are long, and are passed over at once.)
        if !(1..=4).contains(&features[i].words) || decisions[i].is_some() {
            return false;
        }
        let text = blocks[i]
            .text
            .trim()
            .trim_start_matches(['–', '—', '-', ' ']);
        let initial = text
            .trim_end_matches('.')
            .rsplit(' ')
            .next()
            .unwrap_or_default();
        (2..=4).contains(&text.split(' ').count())
            && text.split(' ').all(|w| w.starts_with(char::is_uppercase))
            && initial.len() == 1
            && initial.starts_with(|c: char| c.is_ascii_uppercase())
    };
    let signed: Vec<usize> = (first_prose + 1..blocks.len())
        .filter(|&i| features[i - 1].words >= 5 && decisions.open(i - 1) && signature(i))
        .collect();
    if signed.len() >= 3 {
        for i in signed {
            decisions.remove(i - 1, RemovalReason::Comments);
            decisions.remove(i, RemovalReason::Comments);
        }
    }
}

/// A comment's author line: "username says:" or "Name on September 12, 2018 at 4:47 pm
/// said:" — a few words ending in says:/said:/wrote: that carry or precede a date; without
/// the colon, a line of six words at most ("Jane Doe says", then "July 14, 2015 at 3:53
/// pm").
pub(super) fn is_comment_author(page: &Page, i: usize) -> bool {
    let Page {
        blocks, features, ..
    } = *page;
    let f = &features[i];
    // "Jane Doe says:", or without the colon on a short line ("Jane Doe says").
    let (verb, most_words) = match f.lower.strip_suffix(':') {
        Some(verb) => (verb, 12),
        None => (f.lower, 6),
    };
    let ends = [" says", " said", " wrote", " writes"]
        .iter()
        .any(|e| verb.ends_with(e));
    if !ends || f.words > most_words {
        return false;
    }
    let dated = f.has_digit && f.lower.contains(" at ");
    let date_follows = blocks.get(i + 1).is_some_and(|next| {
        is_date_line(next.text.trim()) || is_time_ago(&next.text.to_lowercase())
    });
    dated || date_follows
}

/// Comment authors' lines ("Jane Doe says:"), with the date line under each: a comment's
/// date belongs to the comment, not to the article.
pub(super) fn mark_comment_authors(page: &Page, decisions: &mut Decisions) {
    for i in 0..page.blocks.len() {
        if decisions.open(i) && is_comment_author(page, i) {
            decisions.remove(i, RemovalReason::Comments);
            if i + 1 < page.blocks.len() && decisions.is(i + 1, RemovalReason::Metadata) {
                decisions.remove(i + 1, RemovalReason::Comments);
            }
        }
    }
}
