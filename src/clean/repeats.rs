//! Text printed twice: repeated blocks, and stretches of prose paragraphs printed again
//! word for word (the second copy goes).

use crate::lexicon::TextMap;
use crate::report::RemovalReason;
use crate::text::floor_char_boundary;

use super::decisions::Decisions;
use super::features::Features;

/// The shortest paragraph whose second printing is a copy, in words: shorter ones may be
/// the article's own, printed twice on purpose (a refrain, a repeated instruction).
const REPRINTED_WORDS: usize = 25;

/// How many bytes of a paragraph's opening link it to the earlier paragraphs that open
/// alike, among which its first printing is looked for.
const OPENING_BYTES: usize = 32;

/// How far back along the paragraphs that open alike a first printing is looked for: a
/// page of paragraphs that all open alike stays linear.
const MAX_STEPS_BACK: usize = 64;

/// Before the body is found: stretches of prose paragraphs printed again (the article, or a
/// part of it, printed a second time: a print version, a second page's template), whose
/// second copy would otherwise compete with the first for the body. A single paragraph
/// printed twice waits until the body is known: a listing's repeated blurb ("Note:
/// students must know computers." under each course) is no stretch, and removing it early
/// would break the listing apart.
pub(super) fn mark_reprinted_stretches(features: &[Features], decisions: &mut Decisions) {
    for (block, in_stretch) in reprints(features, decisions) {
        if in_stretch {
            decisions.remove(block, RemovalReason::Duplicate);
        }
    }
}

/// Once the body is known: the second copy of every long paragraph printed again.
pub(super) fn mark_reprinted_paragraphs(features: &[Features], decisions: &mut Decisions) {
    for (block, _) in reprints(features, decisions) {
        decisions.remove(block, RemovalReason::Duplicate);
    }
}

/// The open prose paragraphs printed again word for word: the block of each second copy,
/// and whether it lies in a stretch of copies that follow one another as their originals
/// do.
fn reprints(features: &[Features], decisions: &Decisions) -> Vec<(usize, bool)> {
    let paragraphs: Vec<usize> = (0..features.len())
        .filter(|&i| {
            let f = &features[i];
            decisions.open(i) && f.words >= REPRINTED_WORDS && f.terminal && f.stopword_ratio >= 0.3
        })
        .collect();
    // Each paragraph's first printing, as a position in `paragraphs`: looked for among the
    // earlier paragraphs with the same opening, each linked to the one before it (hashing
    // whole paragraphs would read and copy every long paragraph of the page).
    let lower = |k: usize| features[paragraphs[k]].lower;
    let mut latest_with_opening: TextMap<usize> = TextMap::default();
    let mut before = vec![usize::MAX; paragraphs.len()];
    let mut original: Vec<usize> = (0..paragraphs.len()).collect();
    for k in 0..paragraphs.len() {
        let text = lower(k);
        let opening = &text[..floor_char_boundary(text, OPENING_BYTES)];
        let latest = latest_with_opening.get_or_insert_with(opening, || usize::MAX);
        before[k] = std::mem::replace(latest, k);
        let mut e = before[k];
        for _ in 0..MAX_STEPS_BACK {
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
    (0..paragraphs.len())
        .filter(|&k| copy(k))
        .map(|k| (paragraphs[k], in_stretch(k)))
        .collect()
}

/// Text printed a second time: a block made of earlier paragraphs glued together (the
/// article body again, from the page's metadata), or an earlier block's opening cut with
/// "..." (a teaser of a paragraph above). Exact repeats are left to [`mark_reprinted_paragraphs`],
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
