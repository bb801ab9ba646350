//! Above the body: the headline (the page title's repeat in pasted text, else the
//! headline-shaped block nearest the body) and the standfirst.

use crate::input::{Block, Format};
use crate::lexicon::CUE_VERBS;
use crate::report::RemovalReason;

use super::body::introduced_list_items;
use super::decisions::Decisions;
use super::features::{Features, PROSE_LINK_DENSITY, PROSE_STOPWORDS};
use super::Page;

/// Whether block `i` repeats the title element a pasted page may open with, its first block
/// ("Headline | Site"): all of it, or its part before the site's name. That block is the
/// headline. Typographic quotes and the headline's full stop may differ between the two
/// ("Why Cheap SEO Doesn’t Work" under "Why Cheap SEO Doesn't Work. - Site").
pub(super) fn repeats_page_title(features: &[Features], i: usize) -> bool {
    let plain = |c: char| match c {
        '’' | '‘' => '\'',
        '“' | '”' => '"',
        c => c,
    };
    if !(2..=40).contains(&features[i].words) {
        return false;
    }
    let mut page_title = features[0].lower.char_indices();
    let same = features[i]
        .lower
        .trim_end_matches('.')
        .chars()
        .all(|c| page_title.next().is_some_and(|(_, t)| plain(t) == plain(c)));
    // (The headline's full stop, dropped above, may stand before the site's name.)
    let rest = &features[0].lower[page_title.offset()..];
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    same && (rest.is_empty()
        || [" | ", " - ", " – ", " — ", " :: ", ": "]
            .iter()
            .any(|separator| rest.starts_with(separator)))
}

/// Step 3: the blocks before the body. Returns the headline's block.
pub(super) fn decide_head(
    page: &Page,
    decisions: &mut Decisions,
    first_prose: usize,
) -> Option<usize> {
    let Page {
        blocks,
        features,
        format,
    } = *page;
    // Lists of (headline, date) pairs: related-article teasers printed above the article.
    let pairs: Vec<usize> = (1..first_prose)
        .filter(|&i| decisions.is(i, RemovalReason::Metadata))
        .filter(|&i| decisions.open(i - 1) && features[i - 1].words >= 3)
        .collect();
    if pairs.len() >= 2 {
        for &i in &pairs {
            decisions.remove(i - 1, RemovalReason::Teaser);
            decisions.remove(i, RemovalReason::Teaser);
        }
    }

    let h1 = (0..first_prose).find(|&i| decisions.open(i) && blocks[i].heading == 1);
    let page_title = features[0].lower;
    // The block before the body that repeats the page's title element
    // ([`repeats_page_title`]). (It may read as prose, and so open the body: it is looked
    // for there too.) When a
    // breadcrumb ends with it instead ("Home / Blog / Headline"), the first block is the
    // headline.
    let repeated = || {
        (1..=first_prose.min(blocks.len() - 1))
            .rev()
            .find(|&i| decisions.open(i) && repeats_page_title(features, i))
            .or_else(|| {
                let glued = |i: usize| features[i].lower.ends_with(page_title);
                (features[0].words >= 3 && (1..first_prose).any(glued)).then_some(0)
            })
    };
    // (An item of a list that a sentence introduces, "1. Brush twice a day" under "Here
    // are five resolutions:", is no headline, however it is shaped.)
    let listed = introduced_list_items(page, decisions);
    let title = h1.or_else(repeated).or_else(|| {
        (0..first_prose).rev().find(|&i| {
            decisions.open(i) && features[i].is_headline_shaped(&blocks[i]) && !listed[i]
        })
    });
    if let Some(t) = title {
        decisions.headline(t);
        let headline = features[t].lower;
        for (i, f) in features.iter().enumerate().take(t) {
            if decisions.open(i) {
                let glued = f.lower.ends_with(headline) || f.lower.starts_with(headline);
                let reason = if glued {
                    RemovalReason::DuplicateHeadline
                } else {
                    RemovalReason::Navigation
                };
                decisions.remove(i, reason);
            }
        }
    }
    // Between the headline and the body: keep the sentences right before the body (a
    // standfirst, a short lead), drop fragments such as section names and anything cut off
    // from the body by them.
    let from = title.map_or(0, |t| t + 1);
    // (The headline may be the block the body was found to start at.)
    let mut lead = first_prose.max(from);
    // (An HTML page's first paragraph may lack its full stop, as a pasted page's teasers
    // do: there the markup vouches for it. In pasted text the lead paragraph must be
    // longer and read more as a sentence; the teasers above the article are cut from it
    // by the headline.)
    // (Not a caption with its credit after a bar: "... Red Square. | Photo by Jane Doe".)
    let unfinished = |f: &Features, block: &Block| match format {
        Format::Html => f.is_unfinished_prose(block),
        _ => f.words >= 12 && f.stopword_ratio >= 0.3 && !block.text.contains(" | "),
    };
    loop {
        // The items of a list right before the body go with the sentence that introduces
        // them, when it reads as one ("As we welcome the new year, ... Here are five
        // resolutions:"); a label's items ("Top tags:", "Menu:") stay out.
        if lead > from && listed[lead - 1] {
            let mut j = lead - 1;
            while j > from && listed[j] {
                j -= 1;
            }
            if !listed[j] && decisions.open(j) && unfinished(&features[j], &blocks[j]) {
                lead = j;
                continue;
            }
        }
        if lead == from {
            break;
        }
        let before = lead - 1;
        if decisions[before].is_some()
            || !(features[before].terminal
                || blocks[before].heading > 1
                || unfinished(&features[before], &blocks[before]))
        {
            break;
        }
        lead -= 1;
    }
    decisions.remove_open(from..lead, RemovalReason::Navigation);
    title
}

/// The standfirst (a dek): the first block after the headline `title`, a sentence or two,
/// when a byline or a date line stands between it and the rest of the article (up to
/// `last`): "Headline / One sentence that sums it up. / By Jane Doe / May 2, 2025 /
/// Body". A page prints its summary there; the article starts under the byline. (A first
/// paragraph with the byline after it is rare; a caption under the lead image may take the
/// place, and goes as well.)
pub(super) fn mark_standfirst(page: &Page, decisions: &mut Decisions, title: usize, last: usize) {
    let Page {
        blocks, features, ..
    } = *page;
    let open = |i: &usize| decisions.open(*i);
    let Some(standfirst) = (title + 1..=last).find(open) else {
        return;
    };
    let Some(body) = (standfirst + 1..=last).find(open) else {
        return;
    };
    let f = &features[standfirst];
    let dated = |k: usize| decisions.is(k, RemovalReason::Metadata) && features[k].words <= 15;
    if (8..=60).contains(&f.words)
        && f.stopword_ratio >= PROSE_STOPWORDS
        && blocks[standfirst].link_density < PROSE_LINK_DENSITY
        && (standfirst + 1..body).any(dated)
    {
        decisions.remove(standfirst, RemovalReason::Standfirst);
    }
}

/// One short sentence with no quotation and no reporting verb: the shape of a teaser's
/// summary line (an attributed sentence is reporting, so it belongs to the article).
pub(super) fn is_standfirst(text: &str, f: &Features) -> bool {
    let sentence_ends = text
        .trim_end_matches(&['.', '!', '?'][..])
        .matches(['.', '!', '?'])
        .count();
    let attributed = f
        .lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| CUE_VERBS.contains_key(w));
    f.words <= 30 && sentence_ends == 0 && !attributed && !text.contains(['"', '“', '”', '«', '»'])
}

/// Every further copy of the headline `title` is a duplicate.
pub(super) fn remove_headline_copies(
    features: &[Features],
    decisions: &mut Decisions,
    title: usize,
) {
    let headline = features[title].lower;
    for (i, f) in features.iter().enumerate() {
        if i != title && f.lower == headline {
            decisions.remove(i, RemovalReason::DuplicateHeadline);
        }
    }
}
