//! Author boxes before and after the body: biographies known by their name line, heading,
//! byline name or a writer's role, and the writer's contact line.

use crate::input::Block;
use crate::lexicon::{AUTHOR_BOX, BIO_ROLES};
use crate::report::RemovalReason;
use crate::text::words_of;

use super::decisions::Decisions;
use super::features::Features;
use super::furniture::is_post_signature;
use super::Page;

/// Author boxes: a heading ("About the author") or the author's name on its own line,
/// perhaps a role line ("Contributing Writer"), then a biography that opens with the name
/// and a verb ("Jane Doe is ...", "Jane Doe covers ..."). The biography is about the
/// writer, not the story: it and the short lines around it are metadata.
pub(super) struct AuthorBoxes {
    /// The names printed in bylines ("By Jane Doe and Jon Roe"; "By" on a line of its own,
    /// then the name), with the byline's block.
    pub(super) bylines: Vec<(usize, String)>,
}

impl AuthorBoxes {
    pub(super) fn new(page: &Page) -> Self {
        let Page {
            blocks, features, ..
        } = *page;
        let mut bylines = Vec::new();
        for (i, f) in features.iter().enumerate() {
            if f.words > 12 || !f.has_by {
                continue;
            }
            let names = match f.lower {
                "by" => blocks
                    .get(i + 1)
                    .and_then(|next| super::metadata::byline(&format!("By {}", next.text.trim()))),
                _ => super::metadata::byline(&blocks[i].text),
            };
            for name in names.iter().flat_map(|n| n.split([',', '&'])) {
                for name in name.split(" and ").map(str::trim).filter(|n| !n.is_empty()) {
                    bylines.push((i, name.to_owned()));
                }
            }
        }
        AuthorBoxes { bylines }
    }

    /// Whether a byline above block `i` prints `name`: whole, or (`first_name`) its first
    /// word is the name's first.
    fn in_byline(&self, name: &str, i: usize, first_name: bool) -> bool {
        self.bylines.iter().any(|(j, author)| {
            *j < i && (author == name || (first_name && author.split(' ').next() == Some(name)))
        })
    }

    /// Before the body: a biography of a writer a byline above it names (by the whole
    /// name, or by the first name alone with a writer's role: "Anurag is an experienced
    /// journalist"), or one under its name line that names a writer's role. Many pages
    /// print the author box between the byline and the body, where it would pass for the
    /// article's first paragraph. (Before the body: 200 words of prose follow. Run before
    /// the body is found, this must not take a closing box, whose removal would move the
    /// body's end.)
    pub(super) fn mark_opening(&self, page: &Page, decisions: &mut Decisions) {
        let Page {
            blocks, features, ..
        } = *page;
        let prose: Vec<usize> = (0..blocks.len())
            .map(
                |i| match decisions.open(i) && features[i].is_prose(&blocks[i]) {
                    true => features[i].words,
                    false => 0,
                },
            )
            .collect();
        let mut prose_after: usize = prose.iter().sum();
        for i in 0..blocks.len() {
            prose_after -= prose[i];
            if decisions[i].is_some()
                || !(8..=150).contains(&features[i].words)
                || prose_after < 200
            {
                continue;
            }
            let Some((name, words)) = biography_name(&blocks[i].text) else {
                continue;
            };
            let role = words_of(features[i].lower)
                .take(20)
                .any(|w| BIO_ROLES.contains(w.trim_matches(|c: char| !c.is_alphanumeric())));
            let named = self.in_byline(name, i, words == 1 && role)
                || (words >= 2 && role && name_line_in(blocks, name, i.saturating_sub(5)..i));
            if named {
                mark_box(page, decisions, i, name, 0..blocks.len());
            }
        }
    }

    /// The box that closes the article (`first..=last`), from its last block up: among
    /// the last eight, with nothing after it but the box, a biography known by the name
    /// printed just above it or in a byline, or by a heading; without these, one of the last
    /// three that names a writer's role ([`is_author_bio`]), since a story may close on a
    /// profile of someone in it.
    pub(super) fn mark_closing(
        &self,
        page: &Page,
        decisions: &mut Decisions,
        first: usize,
        last: usize,
    ) {
        let Page {
            blocks, features, ..
        } = *page;
        let closing: Vec<usize> = (first..=last)
            .rev()
            .filter(|&i| decisions.open(i))
            .take(8)
            .collect();
        for (rank, &i) in closing.iter().enumerate() {
            if decisions[i].is_some() || features[i].words > 300 {
                continue;
            }
            let text = &blocks[i].text;
            let above = i.saturating_sub(3).max(first)..i;
            // The name the biography opens with ("Jane Doe is ..."); or, for one that names
            // the writer later ("Designing since 1995, Jane Doe founded ..."), the name
            // line right above it, named in its first 25 words.
            let opening = biography_name(text)
                .filter(|&(_, words)| words >= 2)
                .map(|(name, _)| name);
            // (One or two blocks up, inside the body; two up, the name may have its role
            // line under it: "Jane Doe" / "Senior Editor" / "Jane is ...".)
            let lines = || {
                [1, 2]
                    .into_iter()
                    .filter(move |&up| i - first >= up)
                    .filter_map(|up| name_line(&blocks[i - up].text))
            };
            // The biography opens with the first name of a name line above and a
            // biography's verb ("Jane Doe" / "Jane is a ...").
            let mut words = words_of(text);
            let (opener, verb) = (words.next(), words.next());
            let introduces = |first: &str| {
                opener == Some(first) && verb.is_some_and(|v| AUTHOR_BOX.verbs.contains(v))
            };
            let first_name = lines().find(|line| line.split(' ').next().is_some_and(introduces));
            let name = first_name.or(opening).or_else(|| {
                lines().find(|line| {
                    words_of(text).take(25).any(|w| {
                        let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
                        line.split(' ').any(|part| part == w)
                    })
                })
            });
            let introduced = name.is_some_and(|name| {
                let closes_article = (i + 1..=last).all(|j| {
                    decisions[j].is_some()
                        || (features[j].words <= 8 && !features[j].is_prose(&blocks[j]))
                        || continues_biography(&blocks[j].text, name)
                });
                let heading = above.clone().any(|j| {
                    let line = features[j].lower.trim_end_matches(':');
                    AUTHOR_BOX.headings.contains(line)
                        || line.strip_prefix("about ") == Some(&name.to_lowercase())
                });
                // (A name line over a biography that opens otherwise is no evidence
                // alone: the story's own subheadings are names too.)
                let name_line_above = opening.is_some() && name_line_in(blocks, name, above);
                closes_article
                    && (heading
                        || name_line_above
                        || first_name.is_some()
                        || self.in_byline(name, i, false))
            });
            let by_role = rank < 3 && features[i].words <= 80 && is_author_bio(text);
            if introduced || by_role {
                mark_box(page, decisions, i, name.unwrap_or(""), first..last + 1);
            }
        }
        // An author box's heading left last, its box's name a link removed with the menus
        // ("About the author" / "Jane Doe"): nothing of the article is under it.
        let kept_last = (first..=last).rev().find(|&i| decisions.open(i));
        if let Some(i) = kept_last {
            if AUTHOR_BOX
                .headings
                .contains(features[i].lower.trim_end_matches(':'))
            {
                decisions.remove(i, RemovalReason::Metadata);
            }
        }
    }
}

/// The line that tells readers how to reach the writer, among the last three of the body
/// (`first..=last`): an email address or an @handle with words that say so ("Email Jane
/// Doe at jdoe@example.com or follow her @janedoe", "Have a tip? Jon Roe may be reached at
/// ...", "Follow the opinion desk on Twitter (@example)"), or the address alone. Like the
/// author box, it is about the writer, not the story: metadata. (An embedded post and its
/// signature, "— Jane Doe (@janedoe) November 18, 2019", are the article's.)
pub(super) fn mark_contact_lines(
    features: &[Features],
    quoted: &[bool],
    decisions: &mut Decisions,
    first: usize,
    last: usize,
) {
    let closing: Vec<usize> = (first..=last)
        .rev()
        .filter(|&i| decisions.open(i))
        .take(3)
        .collect();
    for i in closing {
        let f = &features[i];
        if f.words > 40 || !f.lower.contains('@') || quoted[i] || is_post_signature(f) {
            continue;
        }
        let addresses = words_of(f.lower)
            .filter(|w| is_contact_address(w.trim_matches(|c: char| "()<>[],.;:".contains(c))))
            .count();
        let contact = f.words == addresses
            || ["email ", "contact ", "follow "]
                .iter()
                .any(|p| f.lower.starts_with(p))
            || AUTHOR_BOX.contact.iter().any(|p| f.lower.contains(p));
        if addresses > 0 && contact {
            decisions.remove(i, RemovalReason::Metadata);
        }
    }
}

/// An email address ("jdoe@example.com") or a social @handle ("@janedoe").
fn is_contact_address(word: &str) -> bool {
    match word.split_once('@') {
        Some(("", handle)) => {
            handle.len() >= 2 && handle.chars().all(|c| c.is_alphanumeric() || c == '_')
        }
        Some((_, domain)) => {
            domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
        }
        None => false,
    }
}

/// Marks the biography at `i` (of `name`) and the box's lines around it (within
/// `within`): above, within three blocks, the heading, the name and a role line
/// ("Contributing Writer"); below, short lines that are not prose ("Email Jane", "More from
/// Jane") and the biography's further paragraphs.
fn mark_box(
    page: &Page,
    decisions: &mut Decisions,
    i: usize,
    name: &str,
    within: std::ops::Range<usize>,
) {
    let Page {
        blocks, features, ..
    } = *page;
    decisions.remove(i, RemovalReason::Metadata);
    // Everything short between the name line and the biography is the box's (a role line
    // of any wording); without a name line, a role line must name a writer's role.
    let above = within.start.max(i.saturating_sub(3))..i;
    let name_line = above
        .clone()
        .find(|&j| !name.is_empty() && name_line_in(blocks, name, j..j + 1));
    for j in above.rev() {
        let f = &features[j];
        let short = f.words <= 6 && !f.terminal;
        let in_box = AUTHOR_BOX.headings.contains(f.lower.trim_end_matches(':'))
            || (short && name_line.is_some_and(|k| j >= k))
            || (short && words_of(f.lower).any(|w| BIO_ROLES.contains(w)));
        match decisions[j] {
            Some(_) => continue,
            None if in_box => decisions.remove(j, RemovalReason::Metadata),
            None => break,
        }
    }
    for j in i + 1..within.end {
        let short = features[j].words <= 8 && !features[j].is_prose(&blocks[j]);
        match decisions[j] {
            Some(_) => continue,
            None if short || continues_biography(&blocks[j].text, name) => {
                decisions.remove(j, RemovalReason::Metadata)
            }
            None => break,
        }
    }
}

/// A line that is a person's name and nothing else: two to four capitalised words ("Jane
/// Doe", "Jane A. Doe").
pub(super) fn name_line(text: &str) -> Option<&str> {
    let text = text.trim();
    let words = text.split(' ').count();
    let name = (2..=4).contains(&words)
        && text.split(' ').all(|w| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase)
                && (chars.as_str() == "."
                    || chars.all(|c| c.is_lowercase() || c == '-' || c == '\''))
        });
    name.then_some(text)
}

/// Whether a block in `range` is `name` on its own line (perhaps with credentials after a
/// comma: "Jane Doe, CFA").
fn name_line_in(blocks: &[Block], name: &str, range: std::ops::Range<usize>) -> bool {
    blocks[range].iter().any(|b| {
        b.text
            .trim()
            .strip_prefix(name)
            .is_some_and(|after| after.is_empty() || after.starts_with(','))
    })
}

/// Whether `text`, a paragraph after the biography of `name`, goes on with it: it opens
/// with a pronoun, or names the person (the first or last part of the name) within its
/// first ten words ("Karina holds an MBA ...", "When she's not writing, Jane ...").
fn continues_biography(text: &str, name: &str) -> bool {
    let (first, last) = (name.split(' ').next(), name.rsplit(' ').next());
    let mut words = words_of(text).take(10);
    let opening = words.next().unwrap_or_default();
    !name.is_empty()
        && (matches!(opening, "He" | "She" | "They")
            || std::iter::once(opening).chain(words).any(|w| {
                let w = Some(w.trim_end_matches(|c: char| !c.is_alphanumeric()));
                w == first || w == last
            }))
}

/// The name a biography opens with, and its number of words: one to four capitalised words
/// (a title such as "Dr." and initials count) followed by a verb of `lexicon/author_box.txt`
/// ("Jane Doe is", "Jane Doe covers"; the verb is in lower case, looked up as it is), or by
/// a comma and an apposition ("Jane Doe, a reporter").
fn biography_name(text: &str) -> Option<(&str, usize)> {
    let text = text.trim();
    let (mut end, mut words, mut at, mut after_comma) = (0, 0, 0, false);
    // Credentials after the name ("Jane Doe, CFP, PSP, is"), and the name printed again
    // after them ("Jane Doe, CFP® Jane Doe is"), are passed over.
    let mut credentials = false;
    for word in text.split(' ') {
        let start = at;
        at += word.len() + 1;
        let bare = word.trim_end_matches(',');
        let mut rest = bare.chars();
        let capitalised = rest.next().is_some_and(char::is_uppercase)
            && (rest.clone().any(char::is_lowercase) || rest.as_str() == ".");
        let credential = (2..=8).contains(&bare.len())
            && bare
                .chars()
                .all(|c| c.is_ascii_uppercase() || c == '®' || c == '.');
        if words > 0 && (after_comma || credentials) && (credential || (credentials && capitalised))
        {
            credentials = true;
            after_comma = bare.len() < word.len();
            continue;
        }
        if after_comma || !capitalised || words == 4 {
            let biography = AUTHOR_BOX.verbs.contains(word)
                || (after_comma && matches!(word, "a" | "an" | "the"));
            return (words > 0 && biography).then(|| (&text[..end], words));
        }
        words += 1;
        end = start + bare.len();
        after_comma = bare.len() < word.len();
    }
    None
}

/// An author's biography: a name of two to four capitalised words (and perhaps an address
/// in brackets), then "is a", "is an" or "is the" with a writer's role within eight words
/// (`lexicon/bio_roles.txt`), or "writes" or "covers".
fn is_author_bio(text: &str) -> bool {
    let words: Vec<&str> = words_of(text).take(24).collect();
    let name = words
        .iter()
        .take_while(|w| w.starts_with(char::is_uppercase))
        .count();
    if !(2..=4).contains(&name) {
        return false;
    }
    let mut rest = &words[name..];
    if rest.first().is_some_and(|w| w.starts_with('(')) {
        let close = rest.iter().position(|w| w.ends_with(')'));
        rest = close.map_or(&[][..], |k| &rest[k + 1..]);
    }
    match rest {
        ["is", "a" | "an" | "the", role @ ..] => role.iter().take(8).any(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            BIO_ROLES.contains(w.as_str())
        }),
        ["writes" | "covers", ..] => true,
        _ => false,
    }
}
