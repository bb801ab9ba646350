//! Text printed twice: repeated blocks, and stretches of prose paragraphs printed again
//! word for word (the second copy goes).

use crate::lexicon::TextMap;
use crate::report::RemovalReason;
use crate::text::floor_char_boundary;

use super::decisions::Decisions;
use super::features::Features;

/// Paragraphs printed again word for word (prose of 25 words or more): the second copy of
/// each. Before the body is found (`stretches_only`), only copies that follow one another
/// as their originals do: the article, or a stretch of it, printed again (a print
/// version, a second page's template), which would otherwise compete with the first copy
/// for the body. Single copies wait until the body is known: a listing's repeated blurb
/// ("Note: students must know computers." under each course) is no stretch, and removing
/// it would break the listing apart.
pub(super) fn mark_reprinted(
    features: &[Features],
    decisions: &mut Decisions,
    stretches_only: bool,
) {
    let paragraphs: Vec<usize> = (0..features.len())
        .filter(|&i| {
            let f = &features[i];
            decisions.open(i) && f.words >= 25 && f.terminal && f.stopword_ratio >= 0.3
        })
        .collect();
    // Each paragraph's first printing, as a position in `paragraphs`: found among the
    // earlier paragraphs that open with the same 32 bytes, each linked to the one before
    // it (a map of the whole texts hashed and copied every long paragraph: a page's
    // cleaning cost a fifth more).
    let lower = |k: usize| features[paragraphs[k]].lower;
    // (The opening's latest paragraph, in a map type the cleaner has already: each new
    // one is more WASM. The pair's second value is unused.)
    let mut latest: TextMap<(usize, usize)> = TextMap::default();
    let mut before = vec![usize::MAX; paragraphs.len()];
    let mut original: Vec<usize> = (0..paragraphs.len()).collect();
    for k in 0..paragraphs.len() {
        let text = lower(k);
        let opening = &text[..floor_char_boundary(text, 32)];
        let last = latest.get_or_insert_with(opening, || (usize::MAX, 0));
        before[k] = std::mem::replace(&mut last.0, k);
        // (At most 64 steps back: a page of paragraphs that all open alike stays linear.)
        let mut e = before[k];
        for _ in 0..64 {
            if e == usize::MAX {
                break;
            }
            if lower(e) == text {
                original[k] = original[e];
                break;
            }
            e = before[e];
        }
    }
    let copy = |k: usize| original[k] != k;
    // A copy whose neighbour is the copy of its original's neighbour.
    let in_stretch = |k: usize| {
        (k > 0 && copy(k - 1) && original[k - 1] + 1 == original[k])
            || (k + 1 < paragraphs.len() && copy(k + 1) && original[k] + 1 == original[k + 1])
    };
    for (k, &i) in paragraphs.iter().enumerate() {
        if copy(k) && (!stretches_only || in_stretch(k)) {
            decisions.remove(i, RemovalReason::Duplicate);
        }
    }
}

/// Text printed a second time: a block made of earlier paragraphs glued together (the
/// article body again, from the page's metadata), or an earlier block's opening cut with
/// "..." (a teaser of a paragraph above). Exact repeats are left to [`mark_reprinted`],
/// which takes long paragraphs only: a short one may be the article's own, printed twice.
pub(super) fn mark_repeats(features: &[Features], decisions: &mut Decisions) {
    const OPENING: usize = 60;
    const CUT_OPENING: usize = 30;
    pub(super) fn prefix(lower: &str, n: usize) -> &str {
        &lower[..floor_char_boundary(lower, n)]
    }
    // Earlier blocks by their first 30 characters: the first and the latest of each.
    let mut seen: TextMap<(usize, usize)> = TextMap::default();
    for (i, f) in features.iter().enumerate() {
        // Only a block still in play is an original or a copy: a copy of removed furniture
        // (a hidden summary, a teaser) may be the article's own paragraph.
        if decisions[i].is_some() {
            continue;
        }
        let cut = f.lower.ends_with("...") || f.lower.ends_with('…');
        let text = f.lower.trim_end_matches(&['.', '…'][..]).trim_end();
        if text.len() < CUT_OPENING {
            continue;
        }
        let key = prefix(text, CUT_OPENING);
        let earlier = |key: &str| {
            seen.get(key)
                .map_or([None, None], |&(a, b)| [Some(a), Some(b)])
        };
        let repeated = earlier(key).into_iter().flatten().any(|j| {
            let other = &features[j].lower;
            if cut && other.len() > text.len() && other.starts_with(text) {
                return true;
            }
            // A block that opens with a whole earlier one and goes on with the one after
            // it: the body glued into one block (which may end with a "...", as its last
            // paragraph did). (A pull quote opens its paragraph without
            // the next; an exact repeat may be the article's own: a recipe served on two
            // days, a question put to each interviewee.)
            let Some(rest) = text.strip_prefix(other) else {
                return false;
            };
            // A short first paragraph ("It takes discipline.") must be followed by the
            // whole of the next one: a short opening alone is common to many texts.
            let rest = rest.trim_start();
            rest.len() >= CUT_OPENING
                && earlier(prefix(rest, CUT_OPENING))
                    .into_iter()
                    .flatten()
                    .any(|k| {
                        k > j && (other.len() >= OPENING || rest.starts_with(&*features[k].lower))
                    })
        });
        if repeated {
            decisions.remove(i, RemovalReason::Duplicate);
        } else {
            seen.get_or_insert_with(key, || (i, i)).1 = i;
        }
    }
}
