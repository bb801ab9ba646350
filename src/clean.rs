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

use std::sync::LazyLock;

use regex::Regex;

use crate::input::{Block, Format};
use crate::lexicon::{
    is_month_name, PhraseSet, TextMap, AUTHOR_BOX, BIO_ROLES, BOILERPLATE, BYLINE_WORDS, CUE_VERBS,
    FUNCTION_WORDS, SHARE_TARGETS,
};
use crate::metadata::is_byline_label;
use crate::report::RemovalReason;
use crate::text::{
    built_in_regex, ends_sentence, floor_char_boundary, is_ideograph, is_letter,
    is_letter_or_digit, post_signature, push_lowercase, words_of, BYTE_CLASS, DIGIT, LETTER,
    NON_ASCII, SPACE,
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

/// Measurements of one block that the rules use.
struct Features<'a> {
    words: usize,
    /// Ends like a sentence, and not with a teaser's "..." cut.
    terminal: bool,
    /// Share of words that are function words.
    stopword_ratio: f32,
    has_alphanumeric: bool,
    /// Has the word "by" (a byline's mark).
    has_by: bool,
    /// Has an ASCII digit (dates, counts, time stamps).
    has_digit: bool,
    /// The block's trimmed text in lowercase.
    lower: &'a str,
}

impl<'a> Features<'a> {
    /// The features of every block. Their lowercase texts are written one after another in
    /// `arena`: one allocation, where a string per block was tens of thousands of
    /// allocations on a long paste.
    fn of_all(blocks: &[Block], arena: &'a mut String) -> Vec<Features<'a>> {
        arena.reserve(blocks.iter().map(|b| b.text.len()).sum());
        let ends: Vec<usize> = blocks
            .iter()
            .map(|block| {
                push_lowercase(arena, block.text.trim());
                arena.len()
            })
            .collect();
        let arena: &'a str = arena;
        blocks
            .iter()
            .zip(&ends)
            .scan(0, |start, (block, &end)| {
                let lower = &arena[*start..end];
                *start = end;
                Some(Features::of(block, lower))
            })
            .collect()
    }

    /// The features of `block`, whose trimmed text lowercased is `lower`.
    fn of(block: &Block, lower: &'a str) -> Self {
        let text = block.text.trim();
        let WordCount {
            words,
            function_words,
            by,
            digit,
        } = count_words(lower);
        // An excerpt cut short: "…", or the "[…]" a blog puts after a teaser's summary.
        let excerpt = text.trim_end_matches(']').trim_end();
        let cut = excerpt.ends_with("...") || excerpt.ends_with('…');
        Features {
            words,
            terminal: (ends_sentence(text) || ends_signed(text)) && !cut && !text.ends_with(':'),
            stopword_ratio: function_words as f32 / words.max(1) as f32,
            has_alphanumeric: text.chars().any(is_letter_or_digit),
            has_by: by,
            has_digit: digit,
            lower,
        }
    }

    /// Reads as article prose: ten words or more with a fair share of function words and
    /// few links, ending like a sentence — or so long (100 words) that a missing full stop
    /// (a paragraph cut at a link, a pasted run-on) does not matter.
    fn is_prose(&self, block: &Block) -> bool {
        self.words >= 10
            && (self.terminal || self.words >= 100)
            && self.stopword_ratio >= 0.2
            && block.link_density < 0.35
    }

    /// Reads as running text without ending like a sentence: a lead-in that ends with a
    /// colon ("People love that feeling:"), a quotation with its speaker after it ("\"It
    /// just works.\" -- a firmware engineer"). Such blocks sit between the paragraphs of an
    /// article; teasers and navigation do not take these shapes.
    fn is_running_text(&self, block: &Block) -> bool {
        let text = block.text.trim();
        let attributed_quote = text.starts_with(['"', '“'])
            && [
                "\" --", "\" —", "\" –", "” --", "” —", "” –", ".\" -", ".” -",
            ]
            .iter()
            .any(|mark| text.contains(mark));
        self.words >= 8
            && self.stopword_ratio >= 0.2
            && block.link_density < 0.35
            && (is_lead_in(block) || attributed_quote)
    }

    /// A paragraph cut short where a paywall or a "read more" fold starts ("...and may
    /// receive further discipline...."): long, written as prose, ending in a word or an
    /// ellipsis.
    fn is_cut_short(&self, block: &Block) -> bool {
        self.words >= 25
            && self.stopword_ratio >= 0.25
            && block.link_density < 0.35
            && block
                .text
                .trim_end_matches(['.', '…', ' '])
                .chars()
                .next_back()
                .is_some_and(is_letter)
    }

    /// Shaped like a headline: a handful of words, not ending like a sentence.
    fn is_headline_shaped(&self, block: &Block) -> bool {
        (3..=30).contains(&self.words)
            && (!ends_sentence(&block.text)
                || block.text.ends_with('?')
                || block.heading > 0
                || (!block.text.trim_end().ends_with(':') && is_title_case(&block.text)))
    }
}

/// What [`count_words`] counts.
struct WordCount {
    words: usize,
    function_words: usize,
    /// "by" is one of the words: noted here, where it costs nothing, for the bylines.
    by: bool,
    /// A byte is an ASCII digit: noted here too, for the tests of dates and counts.
    digit: bool,
}

/// Words (of letters, trimmed of punctuation) and function words among them, in a block's
/// lowercase text. One pass over the bytes of ASCII words, which are most words: this runs
/// on every block and was the largest entry of a WASM profile.
fn count_words(lower: &str) -> WordCount {
    let bytes = lower.as_bytes();
    let (mut words, mut stopwords, mut by, mut digit) = (0, 0, false, false);
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] == b' ' {
            at += 1;
            continue;
        }
        let start = at;
        // The classes of the word's bytes, together: the loop does no more per byte.
        let mut classes = 0;
        while let Some(&b) = bytes.get(at) {
            let class = BYTE_CLASS[usize::from(b)];
            if class & SPACE != 0 {
                break;
            }
            classes |= class;
            at += 1;
        }
        digit |= classes & DIGIT != 0;
        let ascii = classes & NON_ASCII == 0;
        let alphabetic = classes & LETTER != 0;
        if !ascii {
            let word = lower[start..at].trim_matches(|c: char| !is_letter_or_digit(c));
            if word.chars().any(is_letter) {
                // Chinese and Japanese are written without spaces: two characters count
                // as a word, and their text has no function words to count.
                let ideographs = word.chars().filter(|&c| is_ideograph(c)).count();
                words += 1 + ideographs / 2;
                if FUNCTION_WORDS.contains(word) {
                    stopwords += 1;
                } else if ideographs >= 10 {
                    stopwords += ideographs / 8;
                }
            }
        } else if alphabetic {
            // The word's letters and digits, without the punctuation around them.
            let alphanumeric = |&b: &u8| BYTE_CLASS[usize::from(b)] & (LETTER | DIGIT) != 0;
            let word = &bytes[start..at];
            let first = start + word.iter().position(alphanumeric).unwrap_or(0);
            let last = start + word.iter().rposition(alphanumeric).unwrap_or(0);
            words += 1;
            if FUNCTION_WORDS.contains_in(lower, first, last + 1) {
                stopwords += 1;
                by |= last == first + 1 && bytes[first] == b'b' && bytes[last] == b'y';
            }
        }
    }
    WordCount {
        words,
        function_words: stopwords,
        by,
        digit,
    }
}

/// A line that is only a date, optionally with a weekday, a time and a "Published" prefix.
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    let month = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    built_in_regex(&format!(
        r"^(?:(?:Published|Posted|Updated|Last updated)(?: on)?:? )?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:{month} [0-9]{{1,2}},? [0-9]{{4}}|[0-9]{{1,2}} {month},? [0-9]{{4}}|[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}|[0-9]{{1,2}}[./][0-9]{{1,2}}[./][0-9]{{2,4}})(?:,? (?:at )?[0-9]{{1,2}}[:.][0-9]{{2}}(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{{2,4}})?)?$"
    ))
});

/// Whether `text` is a [`DATE_LINE`]. It is first checked to start and end as one must: with
/// a digit or the first three letters of its prefix, a weekday or a month, and with a
/// digit, "am"/"pm" or a time zone; and to hold a year or a date in digits. Most of the
/// short lines with a date fail this, and the regex (a PikeVM) costs more than all the
/// block's other tests together.
fn is_date_line(text: &str) -> bool {
    const OPENINGS: [&[u8; 3]; 23] = [
        b"Pub", b"Pos", b"Upd", b"Las", b"Mon", b"Tue", b"Wed", b"Thu", b"Fri", b"Sat", b"Sun",
        b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov",
        b"Dec",
    ];
    let bytes = text.as_bytes();
    let ends = bytes
        .last()
        .is_some_and(|b| b.is_ascii_digit() || b.is_ascii_uppercase() || b"mM.".contains(b));
    let starts = bytes.first().is_some_and(u8::is_ascii_digit)
        || bytes
            .get(..3)
            .is_some_and(|head| OPENINGS.iter().any(|o| o[..] == *head));
    // Every form has a four-digit year or a date in digits with points or slashes.
    let year = || bytes.windows(4).any(|w| w.iter().all(u8::is_ascii_digit));
    let numeric = || {
        bytes
            .windows(3)
            .any(|w| w[0].is_ascii_digit() && matches!(w[1], b'.' | b'/') && w[2].is_ascii_digit())
    };
    ends && starts && (year() || numeric()) && DATE_LINE.is_match(text)
}

/// A byline: "By Jane Doe", "By José Pérez and John Roe, Reuters". Blocks have their
/// white space collapsed to single spaces, so a name word is a capital and then anything but
/// a space or comma (this keeps the pattern free of Unicode classes, which cost WASM size).
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    built_in_regex(
        r"^[Bb]y [A-Z\x{C0}-\x{DE}][^ ,]*(?: [A-Z\x{C0}-\x{DE}][^ ,]*){0,3}(?:(?:,| and| &) [A-Z\x{C0}-\x{DE}][^ ,]*(?: [A-Z\x{C0}-\x{DE}][^ ,]*){0,3}){0,3}$",
    )
});

/// A comment count or the heading of a comment thread: "34 Comments", "[ 167 comments ]",
/// "34 responses to “Title”", "2 replies", "10 thoughts on “Title”" (the quotation marks
/// tell the heading from a column called "10 Thoughts on the Election"). Lowercase.
static COMMENT_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    built_in_regex(
        r#"^\[? ?[0-9]{1,6} (comments?|responses?|replies|reply)( to .*| \]|\])?$|(^| )[0-9]{1,6} comments( |$)|^(one|[0-9]{1,6}) thoughts? on [“"]"#,
    )
});

/// A comment's time stamp: "2 days ago", "3 hours ago at 07:52 am". Lowercase.
static TIME_AGO: LazyLock<Regex> = LazyLock::new(|| {
    built_in_regex(r"^(a|an|[0-9]{1,3}) (second|minute|hour|day|week|month|year)s? ago( at .*)?$")
});

/// A comment's time stamp ([`TIME_AGO`]), on lowercase text.
fn is_time_ago(lower: &str) -> bool {
    lower.contains(" ago") && TIME_AGO.is_match(lower)
}

/// After a comment marker ("59 Comments on ..."), two or more commenters' names, each over
/// the date and time of the comment ("Emma", then "December 18, 2025, 9:46 pm"): a thread
/// whose author lines say no "says:". Only after prose: a pair above the article is its
/// byline, even under a "Leave a comment" link.
fn mark_commenters(
    blocks: &[Block],
    features: &[Features],
    decisions: &mut [Option<Decision>],
    first_prose: usize,
) {
    let comments = Some(Decision::Remove(RemovalReason::Comments));
    let Some(marker) = decisions.iter().position(|d| *d == comments) else {
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
    // (A loop, not a filter collected: 179 bytes less of gzipped WASM.)
    let mut heads = Vec::new();
    for i in start + 1..blocks.len().saturating_sub(1) {
        if decisions[i].is_none()
            && (1..=4).contains(&features[i].words)
            && !ends_sentence(blocks[i].text.trim())
            && stamped(i + 1)
        {
            heads.push(i);
        }
    }
    if heads.len() >= 2 {
        for i in heads {
            decisions[i] = comments;
            decisions[i + 1] = comments;
        }
    }
}

/// Cards of other stories after the article's first prose, each a date line over a
/// summary that reads as prose, with a headline above or below the date ("Dec 19, 2025" /
/// "New Shuttle Services Launch" / "The reserve's guests can now ..."): three or more make
/// a feed, and their headlines and summaries are teasers. An article has one date line,
/// above its first paragraph.
fn mark_dated_cards(
    blocks: &[Block],
    features: &[Features],
    decisions: &mut [Option<Decision>],
    first_prose: usize,
) {
    let metadata = Some(Decision::Remove(RemovalReason::Metadata));
    let prose = |k: usize| features[k].is_prose(&blocks[k]);
    let headline = |k: usize, decisions: &[Option<Decision>]| {
        decisions[k].is_none() && features[k].is_headline_shaped(&blocks[k])
    };
    // Each card: its date line and its summary, with its headline above or below the date.
    let cards: Vec<(usize, usize)> = (first_prose + 1..blocks.len())
        .filter(|&d| decisions[d] == metadata && features[d].has_digit && features[d].words <= 8)
        .filter_map(|d| {
            let next = (d + 1..blocks.len().min(d + 3)).find(|&k| decisions[k].is_none())?;
            if prose(next) {
                return Some((d, next));
            }
            (headline(next, decisions)
                && next + 1 < blocks.len()
                && decisions[next + 1].is_none()
                && prose(next + 1))
            .then_some((d, next + 1))
        })
        .collect();
    if cards.len() < 3 {
        return;
    }
    let teaser = Some(Decision::Remove(RemovalReason::Teaser));
    for (date, summary) in cards {
        for decision in &mut decisions[date + 1..=summary] {
            *decision = decision.or(teaser);
        }
        if headline(date - 1, decisions) {
            decisions[date - 1] = teaser;
        }
    }
}

/// Testimonials: three or more readers' or customers' reviews, each signed on the line
/// under it with a first name and an initial ("Mallory R.", "– Jamie W"), after the
/// article's first prose. Like a comment thread, they are not the article.
fn mark_testimonials(
    blocks: &[Block],
    features: &[Features],
    decisions: &mut [Option<Decision>],
    first_prose: usize,
) {
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
        .filter(|&i| features[i - 1].words >= 5 && decisions[i - 1].is_none() && signature(i))
        .collect();
    if signed.len() >= 3 {
        for i in signed {
            decisions[i - 1] = Some(Decision::Remove(RemovalReason::Comments));
            decisions[i] = Some(Decision::Remove(RemovalReason::Comments));
        }
    }
}

/// A comment's author line: "username says:" or "Name on September 12, 2018 at 4:47 pm
/// said:" — a few words ending in says:/said:/wrote: that carry or precede a date; without
/// the colon, a line of six words at most ("Jane Doe says", then "July 14, 2015 at 3:53
/// pm").
fn is_comment_author(blocks: &[Block], features: &[Features], i: usize) -> bool {
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
    let mut decisions: Vec<Option<Decision>> = blocks
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
        let label = decisions[i - 1].is_none()
            && features[i - 1].words <= 2
            && is_byline_label(features[i - 1].lower);
        if label && decisions[i].is_none() && name_line(&blocks[i].text).is_some() {
            decisions[i - 1] = Some(Decision::Remove(RemovalReason::Metadata));
            decisions[i] = Some(Decision::Remove(RemovalReason::Metadata));
        }
    }
    for i in 0..blocks.len() {
        if decisions[i].is_none() && is_comment_author(blocks, features, i) {
            decisions[i] = Some(Decision::Remove(RemovalReason::Comments));
            // The comment's date line belongs to the comment, not to the article.
            if let Some(next) = decisions.get_mut(i + 1) {
                if *next == Some(Decision::Remove(RemovalReason::Metadata)) {
                    *next = Some(Decision::Remove(RemovalReason::Comments));
                }
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
        |i: usize, d: &[Option<Decision>]| d[i].is_none() && features[i].is_prose(&blocks[i]);
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
            if !block.in_article && decisions[i].is_none() && block.heading != 1 {
                decisions[i] = Some(Decision::Remove(RemovalReason::Other));
            }
        }
    }
    let prose: Vec<usize> = (0..blocks.len())
        .filter(|&i| undecided_prose(i, &decisions))
        .collect();
    if prose.is_empty() {
        // No prose at all: keep what the self-evident rules left, so short inputs survive.
        return decisions
            .into_iter()
            .map(|d| d.unwrap_or(Decision::Keep))
            .collect();
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
            let prose: Vec<usize> = prose
                .into_iter()
                .filter(|&i| decisions[i].is_none())
                .collect();
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
                    && decisions[i].is_none()
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
        if decisions[i].is_none()
            && features[i].is_prose(&blocks[i])
            && !(i < first && (is_title_case(&blocks[i].text) || blocks[i].heading == 1))
        {
            decisions[i] = Some(Decision::Remove(RemovalReason::Other));
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
            && decisions[next].is_none()
            && (quoted[next]
                || features[next].terminal
                    && features[next].words >= 3
                    && features[next].stopword_ratio >= 0.15
                || features[next].is_cut_short(&blocks[next]))
        {
            last += 1;
        } else if let Some(end) = closing_list(blocks, features, &decisions, &prose_after, last + 1)
        {
            for i in last + 1..=end {
                if prose_after[i] {
                    decisions[i] = None;
                }
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
            && decisions[i + 1].is_none()
            && sentence(i + 1)
            && blocks[i].link_density > 0.5
            && decisions[i] == Some(Decision::Remove(RemovalReason::Navigation))
        {
            decisions[i] = None;
        }
    }
    let title = decide_head(blocks, features, &mut decisions, first, format);
    if let Some(t) = title {
        mark_standfirst(blocks, features, &mut decisions, t, last);
    }
    decide_teasers(blocks, features, &mut decisions, first);
    for decision in decisions.iter_mut().skip(last + 1) {
        decision.get_or_insert(Decision::Remove(RemovalReason::Other));
    }
    mark_reprinted(features, &mut decisions, false);
    author_boxes.mark_closing(blocks, features, &mut decisions, first, last);
    mark_contact_lines(features, &quoted, &mut decisions, first, last);
    if let Some(t) = title {
        let headline = features[t].lower;
        for (i, f) in features.iter().enumerate() {
            if i != t && f.lower == headline {
                decisions[i] = Some(Decision::Remove(RemovalReason::DuplicateHeadline));
            }
        }
    }
    decisions
        .into_iter()
        .map(|d| d.unwrap_or(Decision::Keep))
        .collect()
}

/// Author boxes: a heading ("About the author") or the author's name on its own line,
/// perhaps a role line ("Contributing Writer"), then a biography that opens with the name
/// and a verb ("Jane Doe is ...", "Jane Doe covers ..."). The biography is about the
/// writer, not the story: it and the short lines around it are metadata.
struct AuthorBoxes {
    /// The names printed in bylines ("By Jane Doe and Jon Roe"; "By" on a line of its own,
    /// then the name), with the byline's block.
    bylines: Vec<(usize, String)>,
}

impl AuthorBoxes {
    fn new(blocks: &[Block], features: &[Features]) -> Self {
        let mut bylines = Vec::new();
        for (i, f) in features.iter().enumerate() {
            if f.words > 12 || !f.has_by {
                continue;
            }
            let names = match f.lower {
                "by" => blocks
                    .get(i + 1)
                    .and_then(|next| crate::metadata::byline(&format!("By {}", next.text.trim()))),
                _ => crate::metadata::byline(&blocks[i].text),
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
    fn mark_opening(
        &self,
        blocks: &[Block],
        features: &[Features],
        decisions: &mut [Option<Decision>],
    ) {
        let prose: Vec<usize> = (0..blocks.len())
            .map(
                |i| match decisions[i].is_none() && features[i].is_prose(&blocks[i]) {
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
                mark_box(blocks, features, decisions, i, name, 0..blocks.len());
            }
        }
    }

    /// The box that closes the article (`first..=last`), from its last block up: among
    /// the last eight, with nothing after it but the box, a biography known by the name
    /// printed just above it or in a byline, or by a heading; without these, one of the last
    /// three that names a writer's role ([`is_author_bio`]), since a story may close on a
    /// profile of someone in it.
    fn mark_closing(
        &self,
        blocks: &[Block],
        features: &[Features],
        decisions: &mut [Option<Decision>],
        first: usize,
        last: usize,
    ) {
        let closing: Vec<usize> = (first..=last)
            .rev()
            .filter(|&i| decisions[i].is_none())
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
                mark_box(
                    blocks,
                    features,
                    decisions,
                    i,
                    name.unwrap_or(""),
                    first..last + 1,
                );
            }
        }
        // An author box's heading left last, its box's name a link removed with the menus
        // ("About the author" / "Jane Doe"): nothing of the article is under it.
        let kept_last = (first..=last).rev().find(|&i| decisions[i].is_none());
        if let Some(i) = kept_last {
            if AUTHOR_BOX
                .headings
                .contains(features[i].lower.trim_end_matches(':'))
            {
                decisions[i] = Some(Decision::Remove(RemovalReason::Metadata));
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
fn mark_contact_lines(
    features: &[Features],
    quoted: &[bool],
    decisions: &mut [Option<Decision>],
    first: usize,
    last: usize,
) {
    let closing: Vec<usize> = (first..=last)
        .rev()
        .filter(|&i| decisions[i].is_none())
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
            decisions[i] = Some(Decision::Remove(RemovalReason::Metadata));
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
    blocks: &[Block],
    features: &[Features],
    decisions: &mut [Option<Decision>],
    i: usize,
    name: &str,
    within: std::ops::Range<usize>,
) {
    let metadata = Some(Decision::Remove(RemovalReason::Metadata));
    decisions[i] = metadata;
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
            None if in_box => decisions[j] = metadata,
            None => break,
        }
    }
    for j in i + 1..within.end {
        let short = features[j].words <= 8 && !features[j].is_prose(&blocks[j]);
        match decisions[j] {
            Some(_) => continue,
            None if short || continues_biography(&blocks[j].text, name) => decisions[j] = metadata,
            None => break,
        }
    }
}

/// A line that is a person's name and nothing else: two to four capitalised words ("Jane
/// Doe", "Jane A. Doe").
fn name_line(text: &str) -> Option<&str> {
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
fn closing_list(
    blocks: &[Block],
    features: &[Features],
    decisions: &[Option<Decision>],
    prose_after: &[bool],
    from: usize,
) -> Option<usize> {
    let open = |i: usize| i < blocks.len() && (decisions[i].is_none() || prose_after[i]);
    let item = |i: usize| {
        let short = open(i) && features[i].words <= 25 && blocks[i].link_density < 0.5;
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

/// Teaser cards: three or more in a row of a headline, an author's name or a date line
/// (or both), after a date perhaps a section label, and a summary ("More from ..." lists under an
/// article). The name or date line sets them apart from an article's own subheadings,
/// each followed by its paragraph; so does a kicker in capitals over the headline, perhaps
/// with a line of tags under it (a feed of other stories: "TRAINS AT LAST", a headline,
/// "4 likes example.org Transport", a summary).
fn mark_teaser_cards(blocks: &[Block], features: &[Features], decisions: &mut [Option<Decision>]) {
    let open = |i: usize| i < blocks.len() && decisions[i].is_none();
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
    let dated = |i: usize| {
        i < blocks.len() && decisions[i] == Some(Decision::Remove(RemovalReason::Metadata))
    };
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
        let caption = text < blocks.len()
            && decisions[text] == Some(Decision::Remove(RemovalReason::Caption));
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
        for decision in &mut decisions[list] {
            if decision.is_none() {
                *decision = Some(Decision::Remove(RemovalReason::Teaser));
            }
        }
    }
}

/// Teaser cards in HTML without `<article>` markup: a linked headline (a block that is
/// mostly link, undecided or removed as navigation) over its summary, three or more in a row, with only
/// removed lines (a date, a section, "Sponsored") between. An article's subheadings are no
/// links, and its paragraphs do not each follow one.
fn mark_linked_cards(
    blocks: &[Block],
    features: &[Features],
    decisions: &mut [Option<Decision>],
    from: usize,
) {
    let mut i = from;
    while i < blocks.len() {
        let summaries = linked_cards(blocks, features, decisions, i);
        if summaries.len() >= 3 {
            for &k in &summaries {
                decisions[k] = Some(Decision::Remove(RemovalReason::Teaser));
            }
            i = summaries[summaries.len() - 1] + 1;
        } else {
            i += 1;
        }
    }
}

/// The summaries of the linked cards ([`mark_linked_cards`]) that start at block `i`.
fn linked_cards(
    blocks: &[Block],
    features: &[Features],
    decisions: &[Option<Decision>],
    i: usize,
) -> Vec<usize> {
    let n = blocks.len();
    let linked = |i: usize| {
        matches!(
            decisions[i],
            None | Some(Decision::Remove(RemovalReason::Navigation))
        ) && blocks[i].link_density > 0.5
            && (3..=20).contains(&features[i].words)
    };
    // The first block after `i`, within three, that is undecided (a linked headline too).
    let next = |i: usize| (i + 1..n.min(i + 4)).find(|&k| decisions[k].is_none() || linked(k));
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
fn end_run_before_feed(
    blocks: &[Block],
    features: &[Features],
    decisions: &mut [Option<Decision>],
    run: (usize, usize),
) -> (usize, usize) {
    let teaser = Some(Decision::Remove(RemovalReason::Teaser));
    let prose =
        |i: usize, d: &[Option<Decision>]| d[i].is_none() && features[i].is_prose(&blocks[i]);
    for label in run.0 + 1..run.1 {
        if decisions[label] != teaser || blocks[label].hint.is_some() || features[label].words > 4 {
            continue;
        }
        let summaries = linked_cards(blocks, features, decisions, label + 1);
        let Some(&last) = summaries.last() else {
            continue;
        };
        if summaries.len() >= 3 && !(last + 1..=run.1).any(|i| prose(i, decisions)) {
            for &k in &summaries {
                decisions[k] = Some(Decision::Remove(RemovalReason::Teaser));
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
fn mark_story_cards(blocks: &[Block], features: &[Features], decisions: &mut [Option<Decision>]) {
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
        if decisions[i].is_none() && features[i].is_prose(block) {
            prose[a] += features[i].words;
        }
        linked_heading[a] |= block.heading > 0 && block.link_density > 0.5;
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
        if card && decisions[i].is_none() {
            decisions[i] = Some(Decision::Remove(RemovalReason::Teaser));
        }
    }
}

/// A headline in title case glued to its summary, as a teaser's link and text are when a
/// page is copied: "Harvick Fails To Rally In NASCAR Finale Ford flopped at the track."
/// Title case shows in the small words: two or more capitalised ("To", "In", "The") after
/// the first word, before the first word in lower case, which comes fifth or later.
fn is_glued_teaser(text: &str) -> bool {
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
fn mark_glued_teasers(blocks: &[Block], decisions: &mut [Option<Decision>]) {
    let glued: Vec<usize> = (0..blocks.len())
        .filter(|&i| decisions[i].is_none() && is_glued_teaser(&blocks[i].text))
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
        decisions[i] = Some(Decision::Remove(RemovalReason::Teaser));
    }
}

/// Paragraphs printed again word for word (prose of 25 words or more): the second copy of
/// each. Before the body is found (`stretches_only`), only copies that follow one another
/// as their originals do: the article, or a stretch of it, printed again (a print
/// version, a second page's template), which would otherwise compete with the first copy
/// for the body. Single copies wait until the body is known: a listing's repeated blurb
/// ("Note: students must know computers." under each course) is no stretch, and removing
/// it would break the listing apart.
fn mark_reprinted(features: &[Features], decisions: &mut [Option<Decision>], stretches_only: bool) {
    let paragraphs: Vec<usize> = (0..features.len())
        .filter(|&i| {
            let f = &features[i];
            decisions[i].is_none() && f.words >= 25 && f.terminal && f.stopword_ratio >= 0.3
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
            decisions[i] = Some(Decision::Remove(RemovalReason::Duplicate));
        }
    }
}

/// Text printed a second time: a block made of earlier paragraphs glued together (the
/// article body again, from the page's metadata), or an earlier block's opening cut with
/// "..." (a teaser of a paragraph above). Exact repeats are left to [`mark_reprinted`],
/// which takes long paragraphs only: a short one may be the article's own, printed twice.
fn mark_repeats(features: &[Features], decisions: &mut [Option<Decision>]) {
    const OPENING: usize = 60;
    const CUT_OPENING: usize = 30;
    fn prefix(lower: &str, n: usize) -> &str {
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
            decisions[i] = Some(Decision::Remove(RemovalReason::Duplicate));
        } else {
            seen.get_or_insert_with(key, || (i, i)).1 = i;
        }
    }
}

/// The article body: the run of blocks where prose outweighs furniture the most (the
/// maximum-sum run, as in Body Text Extraction). Prose counts its words; short fragments
/// (menus, labels) and blocks already removed count against. Returns the run's first and
/// last prose blocks.
fn densest_run(
    features: &[Features],
    blocks: &[Block],
    decisions: &[Option<Decision>],
    quoted: &[bool],
) -> (usize, usize) {
    let is_comment = |i: usize| decisions[i] == Some(Decision::Remove(RemovalReason::Comments));
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
    let listed = introduced_list_items(features, blocks, decisions);
    let rows = table_rows(features, blocks, decisions);
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
                    || !(f.words >= 10 && f.lower.ends_with(['.', '!', '?'])
                        || f.words <= 2 && blocks[i].hint.is_some()) =>
            {
                -10_000
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
    let prose = |i: &usize| decisions[*i].is_none() && features[*i].is_prose(&blocks[*i]);
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
fn marked_body(
    blocks: &[Block],
    features: &[Features],
    decisions: &[Option<Decision>],
    first: usize,
    last: usize,
) -> (usize, usize) {
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
fn html_body_end(
    features: &[Features],
    decisions: &[Option<Decision>],
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
    while end + 1 < decisions.len() && decisions[end + 1].is_none() {
        end += 1;
    }
    end
}

/// The rows of a data table pasted as lines ("Connecticut 91.0", "Ohio 64.9"): five or
/// more short lines in a row that each end with a figure after a label (not a year: "Nov
/// 6, 2025" ends teasers). A table inside the article is part of it; menus do not end in
/// figures.
fn table_rows(
    features: &[Features],
    blocks: &[Block],
    decisions: &[Option<Decision>],
) -> Vec<bool> {
    // (Bytes, not chars: the figure and the label's letters are ASCII in a table's rows,
    // and the byte loops cost the WASM a fraction of the string searches.)
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
        decisions[i].is_none() && labelled && figure && !year
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
fn introduced_list_items(
    features: &[Features],
    blocks: &[Block],
    decisions: &[Option<Decision>],
) -> Vec<bool> {
    let mut listed = vec![false; blocks.len()];
    let mut i = 0;
    while i < blocks.len() {
        let lead_in = decisions[i].is_none() && features[i].words >= 5 && is_lead_in(&blocks[i]);
        i += 1;
        if !lead_in {
            continue;
        }
        while i < blocks.len()
            && decisions[i].is_none()
            && features[i].words <= 25
            && blocks[i].link_density < 0.5
            && !features[i].is_prose(&blocks[i])
        {
            listed[i] = true;
            i += 1;
        }
    }
    listed
}

/// A sentence that introduces what follows: it ends with a colon, and is not written as a
/// title ("Learn More in Our Plumbing Series:" is a section label).
fn is_lead_in(block: &Block) -> bool {
    block.text.trim_end().ends_with(':') && !is_title_case(&block.text)
}

/// Written as a title ("Learn More in Our Plumbing Series:"): every word of four letters
/// or more capitalised, at least two of them. A section label, not a sentence.
fn is_title_case(text: &str) -> bool {
    // (Without collecting the words: this runs on most short blocks.)
    let mut long = 0;
    for word in words_of(text) {
        if word.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
            if !word.starts_with(char::is_uppercase) {
                return false;
            }
            long += 1;
        }
    }
    long >= 2
}

/// Step 1: blocks whose own text or markup says they are not article text.
fn self_evident(block: &Block, f: &Features, use_hints: bool) -> Option<RemovalReason> {
    // (Decided again without hints, a page still loses its forms and comment threads, and
    // what sits in an `<aside>`, `<nav>` or `<footer>`: the second reading is for
    // misleading classes, and those hints are not in question.)
    let hint = block
        .hint
        .filter(|&h| use_hints || h == RemovalReason::Comments || block.landmark);
    if let Some(hint) = hint {
        return Some(hint);
    }
    if !f.has_alphanumeric {
        return Some(RemovalReason::Other);
    }
    // (It has a date and a name: no date line, byline or credit.)
    if is_post_signature(f) {
        return None;
    }
    let text = block.text.trim();
    // The patterns are only tried on blocks that could match: a date line is short, has a
    // digit and names a month or writes a date in digits ("2024-11-08", "8.11.24"); a
    // byline starts with "By".
    let date_like = text.len() <= 80
        && f.has_digit
        && (text.as_bytes().windows(3).any(|w| {
            w[0].is_ascii_digit() && matches!(w[1], b'-' | b'/' | b'.') && w[2].is_ascii_digit()
        }) || names_a_month(text));
    let byline_like = f.words <= 12 && f.lower.starts_with("by ");
    // A date line that ends with its writer: "October 11, 2023 by Jane Doe".
    let dated_by = || {
        let by = text.rfind(" by ").or(text.rfind(" By "));
        f.has_by
            && by.is_some_and(|at| is_date_line(&text[..at]))
            && crate::metadata::byline(text).is_some()
    };
    if (date_like && (is_date_line(text) || dated_by())) || (byline_like && BYLINE.is_match(text)) {
        return Some(RemovalReason::Metadata);
    }
    // A time stamp in another order than DATE_LINE's: "Published 11:26 pm EST, Tuesday,
    // November 19, 2019", "Updated 3:15 PM ET Nov. 8".
    // (Short blocks with a digit: time stamps, bylines with dates, comment counts.)
    let short_with_digit = f.words <= 14 && f.has_digit;
    let stamped = short_with_digit
        && ["published ", "updated ", "posted ", "last updated "]
            .iter()
            .any(|p| f.lower.starts_with(p))
        && names_a_month(text);
    if stamped {
        return Some(RemovalReason::Metadata);
    }
    // A byline with its date or desk: "By Jane Doe | November 18, 2019 at 2:26 PM", "By Jon
    // Roe on Monday, November 18th", "Written by Jane Doe". The names are read as the
    // metadata stage reads them.
    // (The byline's opening is tested first, cheaply: "By", or a writer's verb and "by".
    // Not only in blocks with the word "by": "Written by:Jane Doe" glues it.)
    let opening = |lower: &str| {
        let (first, rest) = lower.split_once(' ').unwrap_or((lower, ""));
        is_byline_label(first)
            || BYLINE_WORDS.verbs.contains(first)
                && (rest.starts_with("by ") || rest.starts_with("by:"))
    };
    let dated_byline = f.words <= 25 && opening(f.lower);
    if dated_byline && crate::metadata::byline(text).is_some() {
        return Some(RemovalReason::Metadata);
    }
    // Phrases mark short blocks; legal notices, affiliate disclosures and comment-policy
    // texts run long, so theirs
    // (the long-form phrases) count up to a long paragraph ([`notice_phrases`]). A block
    // that reports someone's words is the article's, whatever it mentions ("the company
    // updated its privacy policy, regulators said").
    let phrases = match f.words {
        0..30 => {
            let phrases = BOILERPLATE.matching(f.lower);
            // (Most short blocks hold no phrase: only those that do are read for speech.)
            match phrases.len() > 0 && reports_speech(f.lower) {
                true => phrases.without(BOILERPLATE.matching_long_form(f.lower)),
                false => phrases,
            }
        }
        30..150 => notice_phrases(f.lower),
        _ => PhraseSet::default(),
    };
    if is_credit(text, f, phrases) || (f.words <= 80 && ends_with_credit(text)) {
        return Some(RemovalReason::Caption);
    }
    if is_share_row(f) {
        return Some(RemovalReason::Share);
    }
    if is_shop_button(f) {
        return Some(RemovalReason::Advertisement);
    }
    if f.has_digit && f.words <= 4 && is_gallery_counter(f.lower) {
        return Some(RemovalReason::Navigation);
    }
    if is_machine_text(text) {
        return Some(RemovalReason::Other);
    }
    // A dateline's phrase ("Posted on", "Published on") opens ordinary sentences too
    // ("Posted on social media by analysts, the video shows..."): it marks a block with a
    // date in it, one digit at least.
    let pattern = BOILERPLATE
        .of(phrases)
        .find(|p| p.reason != RemovalReason::Metadata || f.has_digit);
    if let Some(pattern) = pattern {
        return Some(pattern.reason);
    }
    // The regexes run on the blocks that hold their words, since the PikeVM (the only
    // engine this build has) is slow enough to show in a profile.
    // (A heading that quotes the article's title runs longer than a count.)
    let counted = f.words <= 12 && short_with_digit;
    let heading = counted
        || (f.words <= 40
            && (f.lower.starts_with(|c: char| c.is_ascii_digit()) || f.lower.starts_with("one ")));
    let comment_words = ["comment", "repl", "respons", "thought"];
    let comment_count = heading
        && comment_words.iter().any(|w| f.lower.contains(w))
        && COMMENT_COUNT.is_match(f.lower);
    // A post card's stats count its likes too ("10 months ago · 154 likes · 10 comments"):
    // the card is another post's teaser, not the head of this page's comments.
    if comment_count && f.lower.contains(" likes") {
        return Some(RemovalReason::Teaser);
    }
    if comment_count || (counted && is_time_ago(f.lower)) {
        return Some(RemovalReason::Comments);
    }
    // (A page's `<h1>` may link to the article's own address: it is the headline, unless
    // it is a few words, a blog's name linking to its home page.)
    let linked_headline = block.heading == 1 && f.words >= 5;
    if block.link_density > 0.5 && f.words < 40 && !linked_headline {
        return Some(RemovalReason::Navigation);
    }
    // A category or archive link with its count of posts ("Politics (47)", "November 2019
    // (12)"): the link is half the block.
    if block.link_density >= 0.4 && f.words <= 8 && is_counted_link(text) {
        return Some(RemovalReason::Navigation);
    }
    None
}

/// A label with a count after it in brackets: "Politics (47)".
fn is_counted_link(text: &str) -> bool {
    text.strip_suffix(')')
        .and_then(|t| t.rsplit_once(" ("))
        .is_some_and(|(label, count)| {
            !label.is_empty()
                && !count.is_empty()
                && count.bytes().all(|b| b.is_ascii_digit() || b == b',')
        })
}

/// Whether `text` is sentences signed by who wrote or said them, after a dash: "... as
/// decisions are made. – Jane Doe, technology lead, Example Corp", as a round-up of
/// contributors' picks or a page of testimonials prints them. The sentence before the dash
/// ends the paragraph; the signature is a name (a capital first) of at most twelve words.
/// A quotation so signed ("“A must-read.” — Jane Doe") is a blurb, not one of these: it
/// stays running text (`Features::is_running_text`), which costs the body nothing but does
/// not carry it on to an advertisement's next blurb.
fn ends_signed(text: &str) -> bool {
    if text.starts_with(['"', '“']) {
        return false;
    }
    // The last dash with a space either side ('–', '—' or "--"), looked for in the last 240
    // bytes only: a signature of twelve words is shorter, and this runs on every block that
    // does not end like a sentence.
    let bytes = text.as_bytes();
    let from = floor_char_boundary(text, text.len().saturating_sub(240));
    let spaced = |start: usize, end: usize| {
        start > 0 && bytes[start - 1] == b' ' && bytes.get(end) == Some(&b' ')
    };
    let dash = text[from..].char_indices().rev().find_map(|(at, c)| {
        let at = from + at;
        let (start, end) = match c {
            '–' | '—' => (at, at + c.len_utf8()),
            '-' if at > 0 && bytes[at - 1] == b'-' => (at - 1, at + 1),
            _ => return None,
        };
        spaced(start, end).then_some((start, end))
    });
    let Some((start, end)) = dash else {
        return false;
    };
    let (before, after) = (&text[..start - 1], &text[end + 1..]);
    ends_sentence(before.trim_end())
        && after.starts_with(|c: char| c.is_uppercase())
        && (1..=12).contains(&after.split_whitespace().count())
        && !ends_sentence(after)
}

/// The long-form phrases ([`BOILERPLATE`]: legal notices, affiliate disclosures and
/// comment-policy texts) of a long
/// block that reads as a notice: a phrase opens it (in its first sentence) or two fill it,
/// it reports nobody's words ([`reports_speech`]), and a notice's voice (not a comment
/// policy's) is the site's or the reader's. A paragraph that mentions a comment in
/// passing ("it will leave a comment like ...") is the article's.
fn notice_phrases(lower: &str) -> PhraseSet {
    let phrases = BOILERPLATE.matching_long_form(lower);
    // (Most long blocks hold no phrase: nothing more to read in them.)
    if phrases.len() == 0 {
        return phrases;
    }
    let first_sentence = &lower[..lower.find(". ").unwrap_or(lower.len())];
    let opens = BOILERPLATE.matching_long_form(first_sentence) != PhraseSet::default();
    // A legal notice or a disclosure speaks for the site or to the reader ("we use
    // cookies", "this post contains affiliate links", "your personal data") or carries a
    // legal sign (©, ®, ™); an article's paragraph about terms and conditions or affiliate
    // links speaks of others ("the app scans the terms and conditions that users accept").
    let voiced = BOILERPLATE
        .of(phrases)
        .any(|p| p.reason == RemovalReason::Comments)
        || ['©', '®', '™'].iter().any(|&sign| lower.contains(sign))
        || words_of(lower).any(|w| {
            matches!(
                w.trim_matches(|c: char| !c.is_alphanumeric()),
                "we" | "our" | "us" | "i" | "my" | "me" | "you" | "your" | "this"
            )
        });
    match (opens || phrases.len() > 1) && !reports_speech(lower) && voiced {
        true => phrases,
        false => PhraseSet::default(),
    }
}

/// Whether a block (lowercase) reports someone's words: "said", "says", "told", "according
/// to". Notices, policies and calls to comment never do; news paragraphs mostly do.
fn reports_speech(lower: &str) -> bool {
    [" said", " says", " told ", "according to"]
        .iter()
        .any(|cue| lower.contains(cue))
}

/// Whether a block is an embedded post's signature ([`post_signature`]).
fn is_post_signature(f: &Features) -> bool {
    post_signature(f.lower).is_some()
}

/// Embedded posts: each signature ([`is_post_signature`]) and the block above it, the post.
fn embedded_posts(features: &[Features], decisions: &[Option<Decision>]) -> Vec<bool> {
    let mut quoted = vec![false; features.len()];
    for (i, f) in features.iter().enumerate() {
        if decisions[i].is_none() && is_post_signature(f) {
            quoted[i] = true;
            if i > 0 && decisions[i - 1].is_none() {
                quoted[i - 1] = true;
            }
        }
    }
    quoted
}

/// Whether any word of `text` is a month's name ("Nov. 8", "8 November").
fn names_a_month(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .any(is_month_name)
}

/// A photo credit: short, and either names a picture agency or is split by " | " or " / "
/// into name-like parts ("Jane Doe | Agency Images"); or a caption that ends with such a
/// credit ("The mayor speaks on Monday. Jane Doe / AP file").
fn is_credit(text: &str, f: &Features, phrases: PhraseSet) -> bool {
    if f.terminal || f.words > 60 {
        return false;
    }
    if f.words <= 15
        && BOILERPLATE
            .of(phrases)
            .any(|p| p.reason == RemovalReason::Caption)
    {
        return true;
    }
    // (The slash or bar is looked for first: most blocks have none.)
    if !text.bytes().any(|b| b == b'/' || b == b'|') {
        return false;
    }
    (f.words <= 15 && named_parts(text))
        || text.match_indices(". ").last().is_some_and(|(at, _)| {
            let credit = &text[at + 2..];
            words_of(credit).count() <= 8 && named_parts(credit)
        })
}

/// A caption that ends with its credit in brackets: "... on Nov. 19, 2019. (Jane Doe/AP)",
/// "(NASA via AP, File)", "(Photo credit: Jane Doe)", "(credit: NASA/Jane Doe)". The
/// credit names a news agency or opens with "Photo", "Image" or "Credit:"; brackets that
/// list things ("(photo, video, flowers)") or remark ("(The photo above is ours)") are the
/// article's.
fn ends_with_credit(text: &str) -> bool {
    const AGENCIES: [&[u8]; 6] = [b"AP", b"Reuters", b"AFP", b"Getty", b"EPA", b"PTI"];
    let Some(inside) = text.as_bytes().strip_suffix(b")") else {
        return false;
    };
    // (Byte loops: written with string splitting and char patterns, this was 0.3 KB more
    // of gzipped WASM.)
    let mut open = inside.len();
    while open > 0 && inside[open - 1] != b'(' {
        open -= 1;
    }
    let credit = &inside[open..];
    let (mut words, mut credited, mut start) = (0, false, 0);
    for end in 0..=credit.len() {
        if credit
            .get(end)
            .is_some_and(|b| !matches!(b, b' ' | b'/' | b',' | b':'))
        {
            continue;
        }
        let word = &credit[start..end];
        start = end + 1;
        if !word.is_empty() {
            credited |= AGENCIES.contains(&word)
                || (words == 0 && (word.starts_with(b"Photo") || word == b"Image"));
            words += 1;
        }
    }
    // ("(credit: NASA/Jane Doe)": the label with its colon, not "(credit card debt)".)
    let labelled = [&b"credit:"[..], b"Credit:", b"Credits:", b"credits:"]
        .iter()
        .any(|label| credit.trim_ascii_start().starts_with(label));
    open > 0 && (credited || labelled) && words <= 12
}

/// Split by " | " or " / " into parts of capitalised words, as credits are ("Jane Doe |
/// Agency Images", "Jane Doe / AP file").
fn named_parts(text: &str) -> bool {
    let mut separators = 0;
    for word in text.split(' ') {
        match word {
            "|" | "/" => separators += 1,
            "" | "file" | "photo" => {}
            _ if word.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic()) => {}
            _ => return false,
        }
    }
    separators > 0
}

/// A row of share and follow buttons: two to twelve words, every one a service or a
/// button label ("Facebook Twitter LinkedIn Email Print").
/// A slideshow's counter: "Image 3 of 5", "Photo 2 of 9". (A bare "3 of 15" numbers a
/// listicle's items, and "4/5" is a rating: both are the article's.)
fn is_gallery_counter(lower: &str) -> bool {
    let number = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    let mut words = words_of(lower);
    let (Some(label), Some(n), Some("of"), Some(total), None) = (
        words.next(),
        words.next(),
        words.next(),
        words.next(),
        words.next(),
    ) else {
        return false;
    };
    ["image", "photo", "picture", "slide"].contains(&label) && number(n) && number(total)
}

/// A shop's button under a product, copied as text: a price at a shop ("$115 at Example",
/// "£40 from Example Store") or "Shop ... now" ("Shop Example X5 Now"). Other buttons are
/// lexicon phrases ("View deal").
fn is_shop_button(f: &Features) -> bool {
    if f.words > 6 || !f.has_digit && !f.lower.starts_with("shop ") {
        return false;
    }
    let mut words = words_of(f.lower);
    let (first, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let price = first
        .strip_prefix(['$', '£', '€', '¥'])
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    // (The shop's name may be one word: "$228 from Example".)
    let at_shop = price && matches!(second, "at" | "from" | "on") && words.next().is_some();
    at_shop || first == "shop" && f.lower.trim_end_matches(['!', '.']).ends_with(" now")
}

fn is_share_row(f: &Features) -> bool {
    let mut words = f
        .lower
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '/' | ',' | '·' | '•'))
        .filter(|w| !w.is_empty());
    (2..=12).contains(&f.words) && words.all(|w| SHARE_TARGETS.contains(w))
}

/// Text written for machines, not readers: markup or code (three closing tags), mostly a
/// web address, or only web addresses, ISO
/// time stamps and bare numbers ("2019-11-19T07:23:12+01:00 https://example.org/a.jpg 500"),
/// the residue of a page's embedded metadata when it is selected and copied. At least one
/// address or time stamp: a lone number may be a table's cell.
fn is_machine_text(text: &str) -> bool {
    // Markup or code printed as text, three closing tags or more ("<h1>Headline</h1> <p
    // class=...>"): a "republish this article" box's embed code, a code sample.
    let closing_tags = text
        .as_bytes()
        .windows(3)
        .filter(|w| w[0] == b'<' && w[1] == b'/' && w[2].is_ascii_alphabetic())
        .take(3)
        .count();
    if closing_tags == 3 {
        return true;
    }
    // Or Markdown: three links or more ("[CRM](https://..."), a page's copy for machines.
    if text.matches("](http").take(3).count() == 3 {
        return true;
    }
    // Or mostly a web address: "SiteName https://example.org/assets/logo.png". (Looked
    // for word by word only in blocks that hold one: this runs on every block.)
    if text.as_bytes().contains(&b':') && text.contains("://") {
        let address_bytes: usize = words_of(text)
            .filter(|w| w.starts_with("http://") || w.starts_with("https://"))
            .map(str::len)
            .sum();
        if address_bytes * 10 >= text.len() * 6 {
            return true;
        }
    }
    let mut machine = false;
    for word in words_of(text) {
        let address =
            word.starts_with("http://") || word.starts_with("https://") || word.starts_with("www.");
        let bytes = word.as_bytes();
        // 2019-11-19T07:23:12+01:00: a date, a "T", a time.
        let stamp = bytes.len() >= 16
            && bytes[..4].iter().all(u8::is_ascii_digit)
            && bytes[4] == b'-'
            && bytes[10] == b'T';
        let number = word
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',');
        if !(address || stamp || number) {
            return false;
        }
        machine |= address || stamp;
    }
    machine
}

/// A block right before a photo credit is that photo's caption. A credit is a short line
/// of its own, eight words at most ("Image credit: Jane Doe"); a longer caption block
/// carries its credit glued
/// ("The new bridge at dusk. Photo credit: Jane Doe") and says nothing of the block before.
fn mark_captions(blocks: &[Block], features: &[Features], decisions: &mut [Option<Decision>]) {
    for i in 1..blocks.len() {
        // ("Image copyright Agency" above "Image caption ...": the credit is the next
        // caption's.)
        let caption =
            |i: usize| decisions.get(i) == Some(&Some(Decision::Remove(RemovalReason::Caption)));
        let credit = caption(i) && features[i].words <= 8 && !caption(i + 1);
        if credit && decisions[i - 1].is_none() && features[i - 1].words <= 60 {
            decisions[i - 1] = Some(Decision::Remove(RemovalReason::Caption));
        }
    }
}

/// Whether block `i` repeats the title element a pasted page may open with, its first block
/// ("Headline | Site"): all of it, or its part before the site's name. That block is the
/// headline. Typographic quotes and the headline's full stop may differ between the two
/// ("Why Cheap SEO Doesn’t Work" under "Why Cheap SEO Doesn't Work. - Site").
fn repeats_page_title(features: &[Features], i: usize) -> bool {
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
fn decide_head(
    blocks: &[Block],
    features: &[Features],
    decisions: &mut [Option<Decision>],
    first_prose: usize,
    format: Format,
) -> Option<usize> {
    // Lists of (headline, date) pairs: related-article teasers printed above the article.
    let pairs: Vec<usize> = (1..first_prose)
        .filter(|&i| decisions[i] == Some(Decision::Remove(RemovalReason::Metadata)))
        .filter(|&i| decisions[i - 1].is_none() && features[i - 1].words >= 3)
        .collect();
    if pairs.len() >= 2 {
        for &i in &pairs {
            decisions[i - 1] = Some(Decision::Remove(RemovalReason::Teaser));
            decisions[i] = Some(Decision::Remove(RemovalReason::Teaser));
        }
    }

    let h1 = (0..first_prose).find(|&i| decisions[i].is_none() && blocks[i].heading == 1);
    let page_title = features[0].lower;
    // The block before the body that repeats the page's title element
    // ([`repeats_page_title`]). (It may read as prose, and so open the body: it is looked
    // for there too.) When a
    // breadcrumb ends with it instead ("Home / Blog / Headline"), the first block is the
    // headline.
    let repeated = || {
        (1..=first_prose.min(blocks.len() - 1))
            .rev()
            .find(|&i| decisions[i].is_none() && repeats_page_title(features, i))
            .or_else(|| {
                let glued = |i: usize| features[i].lower.ends_with(page_title);
                (features[0].words >= 3 && (1..first_prose).any(glued)).then_some(0)
            })
    };
    // (An item of a list that a sentence introduces, "1. Brush twice a day" under "Here
    // are five resolutions:", is no headline, however it is shaped.)
    let listed = introduced_list_items(features, blocks, decisions);
    let title = h1.or_else(repeated).or_else(|| {
        (0..first_prose).rev().find(|&i| {
            decisions[i].is_none() && features[i].is_headline_shaped(&blocks[i]) && !listed[i]
        })
    });
    if let Some(t) = title {
        decisions[t] = Some(Decision::Title);
        let headline = features[t].lower;
        for i in 0..t {
            if decisions[i].is_none() {
                let glued = features[i].lower.ends_with(headline)
                    || features[i].lower.starts_with(headline);
                decisions[i] = Some(Decision::Remove(if glued {
                    RemovalReason::DuplicateHeadline
                } else {
                    RemovalReason::Navigation
                }));
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
        Format::Html => f.words >= 10 && f.stopword_ratio >= 0.2 && block.link_density < 0.35,
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
            if !listed[j] && decisions[j].is_none() && unfinished(&features[j], &blocks[j]) {
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
    for decision in &mut decisions[from..lead] {
        decision.get_or_insert(Decision::Remove(RemovalReason::Navigation));
    }
    title
}

/// The standfirst (a dek): the first block after the headline `title`, a sentence or two,
/// when a byline or a date line stands between it and the rest of the article (up to
/// `last`): "Headline / One sentence that sums it up. / By Jane Doe / May 2, 2025 /
/// Body". A page prints its summary there; the article starts under the byline. (A first
/// paragraph with the byline after it is rare; a caption under the lead image may take the
/// place, and goes as well.)
fn mark_standfirst(
    blocks: &[Block],
    features: &[Features],
    decisions: &mut [Option<Decision>],
    title: usize,
    last: usize,
) {
    let open = |i: &usize| decisions[*i].is_none();
    let Some(standfirst) = (title + 1..=last).find(open) else {
        return;
    };
    let Some(body) = (standfirst + 1..=last).find(open) else {
        return;
    };
    let f = &features[standfirst];
    let dated = |k: usize| {
        decisions[k] == Some(Decision::Remove(RemovalReason::Metadata)) && features[k].words <= 15
    };
    if (8..=60).contains(&f.words)
        && f.stopword_ratio >= 0.2
        && blocks[standfirst].link_density < 0.35
        && (standfirst + 1..body).any(dated)
    {
        decisions[standfirst] = Some(Decision::Remove(RemovalReason::Standfirst));
    }
}

/// Step 4: teaser runs after section labels, repeated teaser headlines and their standfirst.
fn decide_teasers(
    blocks: &[Block],
    features: &[Features],
    decisions: &mut [Option<Decision>],
    first_prose: usize,
) {
    let teaser = Some(Decision::Remove(RemovalReason::Teaser));
    // A section label starts a run of teasers that ends where prose resumes.
    let mut in_run = false;
    for i in first_prose..blocks.len() {
        if decisions[i] == teaser {
            in_run = true;
        } else if in_run && decisions[i].is_none() && !features[i].is_prose(&blocks[i]) {
            decisions[i] = teaser;
        } else if decisions[i].is_none() {
            in_run = false;
        }
    }
    // A headline-shaped block printed twice inside the page is a teaser card for another
    // article (headline as link, then as title); the one-sentence standfirst printed right
    // under the second copy belongs to the card too.
    // (Signatures under embedded posts repeat when an account is quoted twice; a comment
    // thread's controls under every comment, "Reply to This".)
    let comments = Some(Decision::Remove(RemovalReason::Comments));
    for i in first_prose..blocks.len() {
        if !features[i].is_headline_shaped(&blocks[i])
            || is_post_signature(&features[i])
            || decisions[i] == comments
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
            decisions[i] = teaser;
            decisions[j] = teaser;
            let next = j + 1;
            if next < blocks.len()
                && decisions[next].is_none()
                && is_standfirst(&blocks[next].text, &features[next])
            {
                decisions[next] = teaser;
            }
        }
    }
}

/// One short sentence with no quotation and no reporting verb: the shape of a teaser's
/// summary line (an attributed sentence is reporting, so it belongs to the article).
fn is_standfirst(text: &str, f: &Features) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::{read, Format};

    fn decide(text: &str) -> Vec<(String, Decision)> {
        let doc = read(text, Format::Text);
        let decisions = clean(&doc.blocks, doc.format, true);
        doc.blocks
            .into_iter()
            .map(|b| b.text)
            .zip(decisions)
            .collect()
    }

    /// Asserts that in pasted `text` the block starting with `block` is removed for `reason`.
    fn assert_removed_as(text: &str, block: &str, reason: RemovalReason) {
        assert_eq!(
            reason_of(&decide(text), block),
            Decision::Remove(reason),
            "{block}"
        );
    }

    fn reason_of(decided: &[(String, Decision)], prefix: &str) -> Decision {
        decided
            .iter()
            .find(|(t, _)| t.starts_with(prefix))
            .map(|(_, d)| *d)
            .unwrap_or_else(|| panic!("no block starts with {prefix:?}"))
    }

    /// The article's last paragraph stays, `author` (a line that starts with it) is a
    /// comment's head, and the comments ("I have lived ...") are removed.
    fn assert_thread_removed(decided: &[(String, Decision)], author: &str) {
        assert_eq!(
            reason_of(decided, "Officials said"),
            Decision::Keep,
            "{decided:?}"
        );
        assert_eq!(
            reason_of(decided, author),
            Decision::Remove(RemovalReason::Comments)
        );
        assert!(matches!(
            reason_of(decided, "I have lived"),
            Decision::Remove(_)
        ));
    }

    const PROSE: &str = "The council voted on Tuesday to expand the bus network, a plan that the mayor has promised for years.";
    const PROSE_2: &str = "Work on the first routes starts in May, and the old depot will be rebuilt to house the new fleet.";

    #[test]
    fn breadcrumb_glued_headline_and_title() {
        let text = format!("NewsCityBuses Return to the Old Town\n\nBuses Return to the Old Town\n\n-\n\n{PROSE}\n\n{PROSE}");
        let d = decide(&text);
        assert_eq!(
            reason_of(&d, "NewsCity"),
            Decision::Remove(RemovalReason::DuplicateHeadline)
        );
        assert_eq!(reason_of(&d, "Buses"), Decision::Title);
        assert_eq!(reason_of(&d, "-"), Decision::Remove(RemovalReason::Other));
        assert_eq!(reason_of(&d, "The council"), Decision::Keep);
    }

    #[test]
    fn label_starts_teaser_run_until_prose() {
        let text = format!("{PROSE}\n\nMore stories\n\nA Different Headline About Trains\n\nSomething else happened somewhere...\n\n{PROSE_2}");
        let d = decide(&text);
        assert_eq!(
            reason_of(&d, "More stories"),
            Decision::Remove(RemovalReason::Teaser)
        );
        assert_eq!(
            reason_of(&d, "A Different"),
            Decision::Remove(RemovalReason::Teaser)
        );
        assert_eq!(
            reason_of(&d, "Something else"),
            Decision::Remove(RemovalReason::Teaser)
        );
        assert_eq!(d.last().map(|x| x.1), Some(Decision::Keep));
    }

    #[test]
    fn caption_before_credit() {
        let text =
            format!("A bus waits at the depot in the rain.\nJane Doe | Example Pictures\n{PROSE}");
        let d = decide(&text);
        assert_eq!(
            reason_of(&d, "A bus"),
            Decision::Remove(RemovalReason::Caption)
        );
        assert_eq!(
            reason_of(&d, "Jane Doe"),
            Decision::Remove(RemovalReason::Caption)
        );
    }

    #[test]
    fn headline_date_pairs_are_teasers() {
        let text = format!("First Other Story Headline Here\nMay 2, 2024\nSecond Other Story Headline\nMay 3, 2024\n{PROSE}");
        let d = decide(&text);
        assert_eq!(
            reason_of(&d, "First"),
            Decision::Remove(RemovalReason::Teaser)
        );
        assert_eq!(
            reason_of(&d, "May 3"),
            Decision::Remove(RemovalReason::Teaser)
        );
    }

    #[test]
    fn short_input_without_prose_is_kept() {
        let d = decide("Ann said yes.");
        assert_eq!(d, [("Ann said yes.".to_owned(), Decision::Keep)]);
    }

    /// A sign-up form; the second reading of a page, without its class hints, still
    /// removes it.
    const FORM: &str = "<form><label>Job title*</label><select><option>Owner</option><option>Chief Financial Officer</option></select><button>Send me the ebook</button></form>";

    #[test]
    fn article_in_a_misleading_container_survives() {
        let nav: String = (0..40)
            .map(|i| format!("<li><a href=\"/s{i}\">Section number {i} of the site menu</a></li>"))
            .collect();
        let html = format!(
            "<html><body><nav><ul>{nav}</ul></nav><div class=\"sidebar-wrap\"><p>{PROSE}</p><p>{PROSE_2}</p></div>{FORM}</body></html>"
        );
        let doc = read(&html, Format::Html);
        let decisions = clean(&doc.blocks, doc.format, true);
        let kept: Vec<&str> = doc
            .blocks
            .iter()
            .zip(&decisions)
            .filter(|(_, d)| **d == Decision::Keep)
            .map(|(b, _)| b.text.as_str())
            .collect();
        assert_eq!(kept.len(), 2, "{kept:?}");
        assert!(kept[0].starts_with("The council voted"));
    }

    #[test]
    fn no_clean_keeps_everything() {
        let doc = read("Home\n\nPlease enter your comment!", Format::Text);
        assert_eq!(
            clean(&doc.blocks, doc.format, false),
            [Decision::Keep, Decision::Keep]
        );
    }

    /// Three paragraphs of an article of my own, distinct from one another.
    const BODY: [&str; 3] = [
        "The city council approved the new bus network on Tuesday, after a debate that lasted most of the evening and ended in a narrow vote.",
        "Under the plan, buses will run every ten minutes on the busiest routes, and night services will return to the old town for the first time since 2019.",
        "Officials said the first routes would open in the spring, although the contract for the new vehicles has not yet been signed.",
    ];

    /// `texts` as HTML paragraphs, one after another.
    fn paragraphs_html(texts: &[&str]) -> String {
        texts.iter().map(|p| format!("<p>{p}</p>")).collect()
    }

    /// [`BODY`] told `times` times over, each time on another day, year and season, so that
    /// no paragraph repeats another ([`mark_reprinted`] takes repeats): a longer story.
    fn longer_body(times: usize) -> Vec<String> {
        let days = ["Tuesday", "Wednesday", "Thursday", "Friday"];
        let years = ["2019", "2018", "2017", "2016"];
        let seasons = ["spring", "summer", "autumn", "winter"];
        (0..times)
            .flat_map(|k| {
                BODY.iter().map(move |p| {
                    p.replace("Tuesday", days[k])
                        .replace("2019", years[k])
                        .replace("spring", seasons[k])
                })
            })
            .collect()
    }

    /// The three paragraphs of [`BODY`] as HTML paragraphs.
    fn body_html() -> String {
        paragraphs_html(&BODY)
    }

    /// The three paragraphs of [`BODY`] as pasted text, then `after` (blocks of its own).
    fn body_then(after: &str) -> String {
        format!("{}\n\n{after}", BODY.join("\n\n"))
    }

    /// [`BODY`] as pasted text with `middle` between its second and third paragraphs.
    fn body_around(middle: &str) -> String {
        format!("{}\n\n{}\n\n{middle}\n\n{}", BODY[0], BODY[1], BODY[2])
    }

    /// A headline, then `line` (a byline, a date), then [`BODY`], as pasted text.
    fn headed(line: &str) -> String {
        format!(
            "Buses Return to the Old Town\n\n{line}\n\n{}",
            BODY.join("\n\n")
        )
    }

    /// A listicle whose introduction ends by announcing its list: the introduction and the
    /// first item's heading open the article (neither is the headline, nor a fragment
    /// between it and the body); the headline stays the headline.
    #[test]
    fn an_introduction_and_the_first_item_of_its_list_open_the_article() {
        let text = format!(
            "Home\n\nBlog\n\nFive Ways the City Will Change Its Buses\n\nJan 4\n\n2 min read\n\n\
             As the new network starts this spring, riders will notice changes on almost every route in the city. Here are the five that matter most:\n\n\
             1. More Buses at Night\n\n{}\n\n2. New Stops in the Old Town\n\n{}\n\n3. A New Timetable\n\n{}",
            BODY[0], BODY[1], BODY[2]
        );
        let d = decide(&text);
        assert_eq!(reason_of(&d, "Five Ways"), Decision::Title);
        assert_eq!(reason_of(&d, "As the new network"), Decision::Keep);
        assert_eq!(reason_of(&d, "1. More Buses"), Decision::Keep);
        assert_eq!(reason_of(&d, "2. New Stops"), Decision::Keep);
    }

    /// The comment section's heading and call in other languages end the article as the
    /// English ones do: a reader's review under them is no part of it.
    #[test]
    fn comment_headings_in_other_languages_end_the_article() {
        let review = "Я попробовала эту диету весной и за две недели похудела на пять килограммов, но потом вес вернулся, так что советую быть осторожнее.";
        let d = decide(&body_then(&format!("Отзывы\n\nДобавить отзыв\n\n{review}")));
        assert_eq!(
            reason_of(&d, "Отзывы"),
            Decision::Remove(RemovalReason::Comments)
        );
        assert_eq!(
            reason_of(&d, "Добавить"),
            Decision::Remove(RemovalReason::Comments)
        );
        assert_ne!(reason_of(&d, "Я попробовала"), Decision::Keep);
        assert_eq!(reason_of(&d, BODY[2]), Decision::Keep);
        for heading in [
            "Комментарии",
            "Kommentare",
            "Commentaires",
            "Comentarios",
            "Comentários",
        ] {
            let text = body_then(&format!("{heading}\n\n{review}"));
            assert_removed_as(&text, heading, RemovalReason::Comments);
        }
    }

    /// A line printed under each of several headings (a meal plan's "Eat every 2-3 hours"
    /// under "Meal 1", "Meal 2") is the article's; the same heading and line twice (an
    /// author box printed twice) is not.
    #[test]
    fn a_line_repeated_under_different_headings_stays() {
        let html = format!(
            "<h1>A Week of Meals</h1>{}<h3>Meal 1</h3><p>Eat every 2-3 hours</p><p>One cup of oats with milk and berries.</p>\
             <h3>Meal 2</h3><p>Eat every 2-3 hours</p><p>A salad of tomatoes, cucumber and feta.</p>\
             <h3>Written by Jane Doe</h3><p>Award-winning food writer and cook</p><h3>Written by Jane Doe</h3><p>Award-winning food writer and cook</p>{}",
            body_html(),
            body_html()
        );
        let report = crate::analyze(&html, &crate::Options::default());
        assert_eq!(
            report.text.matches("Eat every 2-3 hours").count(),
            2,
            "{}",
            report.text
        );
        assert!(!report.text.contains("Award-winning"), "{}", report.text);
        // Pasted, under labels that end with a colon.
        let text = body_then(
            "Tuesday. Intense run (40-60 mins):\n\nWarm up for 10-20 minutes with easy jogging\n\nMain set of five fast minutes, then one easy\n\n\
             Thursday. Steady run (50-70 mins):\n\nWarm up for 10-20 minutes with easy jogging\n\nMain set of twenty steady minutes",
        );
        let d = decide(&text);
        let warm_ups = d.iter().filter(|(t, _)| t.starts_with("Warm up"));
        assert!(
            warm_ups.clone().count() == 2
                && warm_ups
                    .clone()
                    .all(|(_, d)| *d != Decision::Remove(RemovalReason::Teaser))
        );
    }

    /// A call to share that closes a post is furniture, however it is phrased.
    #[test]
    fn a_closing_call_to_share_goes() {
        for line in [
            "If you enjoyed this article, you will like the others in the series.",
            "If you liked this post, you'll love the rest of the blog too.",
        ] {
            assert_removed_as(&body_then(line), line, RemovalReason::Share);
        }
    }

    /// The rows of a cookie declaration after the article are legal text; a recipe's
    /// sentence about a cookie is not.
    #[test]
    fn a_cookie_declarations_rows_are_legal() {
        let row = "_ga 1 year 1 month Example Analytics sets this cookie to count visits";
        let d = decide(&body_then(&format!(
            "{row}\n\n_gid 1 day this cookie is used to tell visitors apart"
        )));
        assert_eq!(reason_of(&d, "_ga"), Decision::Remove(RemovalReason::Legal));
        assert_eq!(
            reason_of(&d, "_gid"),
            Decision::Remove(RemovalReason::Legal)
        );
        let recipe = "This cookie keeps for a week in a tin.";
        assert_eq!(
            reason_of(&decide(&body_around(recipe)), recipe),
            Decision::Keep
        );
    }

    /// Calls to chat or subscribe and the caption of a drawing inside the article are
    /// furniture, each with its reason.
    #[test]
    fn calls_to_subscribe_and_drawings_captions_are_furniture() {
        for (line, reason) in [
            (
                "Chat with us in Messenger. Find out what's happening as it unfolds.",
                RemovalReason::Share,
            ),
            (
                "Subscribe to the Example Gazette and stay smart with our writers.",
                RemovalReason::Share,
            ),
            (
                "Get the latest updates right in your inbox.",
                RemovalReason::Share,
            ),
            (
                "Each week our writers look back at the news on video. Click to subscribe!",
                RemovalReason::Share,
            ),
            (
                "An artist's impression of the new depot at night.",
                RemovalReason::Caption,
            ),
        ] {
            assert_removed_as(&body_around(line), line, reason);
        }
    }

    /// A reading time under the headline, alone or ending the byline's line, is metadata.
    #[test]
    fn a_reading_time_is_metadata() {
        for line in ["8 min read", "Jane Doe · 5 Minute Read", "3 mins read"] {
            let d = decide(&headed(line));
            assert_eq!(
                reason_of(&d, line),
                Decision::Remove(RemovalReason::Metadata),
                "{line}"
            );
            assert_eq!(reason_of(&d, BODY[0]), Decision::Keep);
        }
    }

    /// A feed of other stories after the article, each a date line with a headline and a
    /// summary, goes as teasers; one date line inside an article (an update) does not.
    #[test]
    fn dated_cards_after_the_article_are_teasers() {
        let card = |day: u32, headline: &str| {
            format!(
                "Dec {day}, 2025\n\n{headline}\n\nThe city's transport office announced the change on Friday, saying that the new service would start before the end of the month."
            )
        };
        let text = body_then(&format!(
            "More News\n\n{}\n\n{}\n\n{}",
            card(17, "Ferry Fares Rise Again"),
            card(18, "New Cycle Lanes Open"),
            card(19, "Airport Shuttle Returns"),
        ));
        let d = decide(&text);
        for headline in ["Ferry Fares", "New Cycle", "Airport Shuttle"] {
            assert_eq!(
                reason_of(&d, headline),
                Decision::Remove(RemovalReason::Teaser),
                "{headline}"
            );
        }
        assert!(d
            .iter()
            .filter(|(t, _)| t.starts_with("The city's transport office"))
            .all(|(_, d)| *d == Decision::Remove(RemovalReason::Teaser)));
        assert_eq!(reason_of(&d, BODY[2]), Decision::Keep);
        // One dated update between the article's paragraphs stays.
        let d = decide(&body_around(&format!(
            "Dec 18, 2025\n\n{}",
            "The council said on Thursday that the first night buses would run from the old town to the station."
        )));
        assert_eq!(reason_of(&d, "The council said"), Decision::Keep);
    }

    /// A round-up of contributors' picks: each pick under its name, in a paragraph signed
    /// after a dash. The signed paragraphs are the article's; a signed quotation is a blurb
    /// and does not carry the body on by itself.
    #[test]
    fn paragraphs_signed_after_a_dash_are_the_article() {
        let pick = |name: &str, who: &str| {
            format!(
                "{name}\n\nThe hosts of {name} talk to the people who run the buses and trains of a city, and what they learn about planning a network is worth the hour it takes to listen to each of their episodes. – {who}"
            )
        };
        let text = body_then(&format!(
            "{}\n\n{}\n\n{}",
            pick("Night Lines", "Jane Doe, head of planning, Example Transit"),
            pick("The Timetable", "Jon Roe, transport editor"),
            pick("Rush Hour", "Ana Ruiz, Example City Council"),
        ));
        let decided = decide(&text);
        for who in ["Jane Doe", "Jon Roe", "Ana Ruiz"] {
            let (_, decision) = decided
                .iter()
                .find(|(t, _)| t.ends_with(&format!("– {who}")) || t.contains(&format!("– {who},")))
                .expect("the pick is a block");
            assert_eq!(*decision, Decision::Keep, "{who}'s pick");
        }
        assert!(!ends_signed(
            "“A must-read for planners.” — Jane Doe, author"
        ));
        assert!(!ends_signed("Read the full guide – Example Transit"));
    }

    /// A post embedded at the end of the article (its text ends with a link, so it reads as
    /// no sentence) and its signature stay; so do two signatures of one account, which a
    /// repeated headline's rule would take for a teaser printed twice.
    #[test]
    fn embedded_posts_stay_in_the_article() {
        let post =
            "The new timetable starts on Monday and every route is listed here https://t.co/abc123";
        let signature = "— City Transit (@citytransit) March 4, 2024";
        let text = format!(
            "{}\n\n{post}\n\n{signature}\n\nNight buses return next week https://t.co/def456\n\n{signature}\n\nFacebook Twitter Email",
            BODY.join("\n\n")
        );
        let decided = decide(&text);
        for line in [post, signature, "Night buses return"] {
            assert_eq!(reason_of(&decided, line), Decision::Keep, "{line}");
        }
        assert_eq!(
            decided.last().map(|d| d.1),
            Some(Decision::Remove(RemovalReason::Share))
        );
        // Not every line with a handle is a signature: a credit stays a credit.
        let credit = body_around("Photo: Jane Doe (@janedoe) / Instagram");
        assert_ne!(reason_of(&decide(&credit), "Photo:"), Decision::Keep);
    }

    #[test]
    fn comments_after_the_article_do_not_outweigh_it() {
        let comment = "I have lived here for twenty years and I think that the buses were never the problem, because the real problem is that nobody wants to pay for them and the council knows it very well.";
        let mut text = format!(
            "Buses Return to the Old Town\n\n{}\n\n{}\n\n{}\n\n12 comments",
            BODY[0], BODY[1], BODY[2]
        );
        for user in ["busfan", "oldtowner", "cyclist"] {
            text.push_str(&format!(
                "\n\n{user} says:\n\n2 days ago\n\n{comment} {comment}"
            ));
        }
        let d = decide(&text);
        assert_eq!(reason_of(&d, "The city council"), Decision::Keep);
        assert_eq!(reason_of(&d, "Officials said"), Decision::Keep);
        assert!(matches!(reason_of(&d, "I have lived"), Decision::Remove(_)));
        // Author lines without their colon, each over its date and time.
        let mut text = format!("{}\n\n12 Comments", BODY.join("\n\n"));
        for user in ["Jane Roe", "oldtowner", "Sam Lee", "Ana Ruiz"] {
            text.push_str(&format!(
                "\n\n{user} says\n\nJuly 14, 2015 at 3:53 pm\n\n{comment}\n\nReply"
            ));
        }
        assert_thread_removed(&decide(&text), "Sam Lee says");
    }

    #[test]
    fn share_rows_and_machine_text_are_removed() {
        let text = format!(
            "{}\n\nFacebook Twitter Email Print\n\n{}\n\n2024-05-02T07:23:12+01:00 https://example.org/image.jpg\n\n{}",
            BODY[0], BODY[1], BODY[2]
        );
        let d = decide(&text);
        assert_eq!(
            reason_of(&d, "Facebook"),
            Decision::Remove(RemovalReason::Share)
        );
        assert_eq!(
            reason_of(&d, "2024-05-02T"),
            Decision::Remove(RemovalReason::Other)
        );
        assert_eq!(reason_of(&d, "Officials said"), Decision::Keep);
        // A share word inside a sentence is prose.
        let text = "Print the form and email it";
        let block = Block {
            text: text.into(),
            ..Default::default()
        };
        assert!(!is_share_row(&Features::of(&block, &text.to_lowercase())));
        // An embed code printed as text is machine text; a sentence that names a tag is not.
        let embed = "<h1>Buses Return</h1> <p class=\"byline\">by Jane Doe</p> <p>The council voted on Tuesday.</p>";
        let d = decide(&body_around(embed));
        assert_eq!(
            reason_of(&d, "<h1>"),
            Decision::Remove(RemovalReason::Other)
        );
        assert!(!is_machine_text(
            "Close the bold text with </b> and the list with </ul>."
        ));
        // So is the article's copy in Markdown, printed at the foot of the page; a
        // sentence about Markdown's links is not.
        let markdown = format!(
            "# Buses Return to the Old Town {} The [council](https://example.org/council) \
             voted on [Tuesday](https://example.org/tuesday) to expand the \
             [bus network](https://example.org/buses), a plan the mayor has promised for years.",
            BODY[0]
        );
        let d = decide(&body_then(&markdown));
        assert_eq!(
            reason_of(&d, "# Buses"),
            Decision::Remove(RemovalReason::Other)
        );
        assert!(!is_machine_text(
            "A link in Markdown is written as [text](https://example.org), with the address in brackets."
        ));
    }

    #[test]
    fn the_body_glued_into_one_block_again_is_a_duplicate() {
        let glued = BODY.join(" ");
        let teaser = &BODY[1][..70];
        let text = body_then(&format!("{teaser}...\n\n{glued}"));
        let d = decide(&text);
        assert_eq!(
            reason_of(&d, &glued[..40]),
            Decision::Keep,
            "the first copy stays"
        );
        let removed: Vec<&str> = d
            .iter()
            .filter(|(_, r)| *r == Decision::Remove(RemovalReason::Duplicate))
            .map(|(t, _)| t.as_str())
            .collect();
        assert_eq!(removed, [format!("{teaser}..."), glued]);
        // A glued copy that ends with "...", as a last paragraph may, is one too.
        let glued = format!("{}...", BODY.join(" "));
        let d = decide(&body_then(&glued));
        let last = d.last().expect("blocks");
        assert_eq!(
            (last.0.as_str(), last.1),
            (glued.as_str(), Decision::Remove(RemovalReason::Duplicate))
        );
    }

    #[test]
    fn a_pull_quote_does_not_make_its_paragraph_a_duplicate() {
        let quote = "Buses will run every ten minutes on the busiest routes of the whole network";
        let text = format!(
            "{}\n\n{quote}\n\n{quote}, the mayor said, adding that night services would return.\n\n{}",
            BODY[0], BODY[2]
        );
        let d = decide(&text);
        assert_eq!(reason_of(&d, &format!("{quote},")), Decision::Keep);
    }

    #[test]
    fn the_authors_biography_after_the_article_is_metadata() {
        for bio in [
            "Jane Doe is a staff writer at the Daily Example, where she covers transport and city hall.",
            "Jon Roe (jon@example.org) is the editor of Example Weekly and a former correspondent.",
            "Ann Lee covers transport for the Daily Example.",
        ] {
            let d = decide(&body_then(bio));
            assert_eq!(
                reason_of(&d, &bio[..20]),
                Decision::Remove(RemovalReason::Metadata),
                "{bio}"
            );
            assert_eq!(reason_of(&d, &BODY[2][..40]), Decision::Keep);
        }
        // Under a byline that names the writer: credentials after the name, the name
        // again after them, a long biography, a verb of founding.
        for bio in [
            "Jane Doe, CFP, PSP, is a retirement and estate planning expert who has written about money for ten years.",
            "Jane Doe, CFP® Jane Doe is a retirement and estate planning expert who has written about money for ten years.",
            "Jane Doe co-founded a small bakery that has grown to include a dozen workers, and she writes about running it.",
        ] {
            let text = format!("By Jane Doe\n\n{}", body_then(bio));
            let d = decide(&text);
            assert_eq!(
                reason_of(&d, &bio[..20]),
                Decision::Remove(RemovalReason::Metadata),
                "{bio}"
            );
        }
        // A biography that names the writer later, under the name line and a heading.
        let bio = "Writing since 1995, Jane Doe founded a magazine about buses and still edits it.";
        let d = decide(&body_then(&format!(
            "About the Author\n\nJane Doe\n\n{bio}"
        )));
        assert_eq!(
            reason_of(&d, bio),
            Decision::Remove(RemovalReason::Metadata),
            "{d:?}"
        );
        assert_eq!(
            reason_of(&d, "Jane Doe"),
            Decision::Remove(RemovalReason::Metadata)
        );
        // Without the heading or a byline, a name line over a closing paragraph is the
        // story's own subheading.
        let closing =
            "Since 1995, Maria Lopez has run the depot, and she said the plan would work.";
        let d = decide(&body_then(&format!("Maria Lopez\n\n{closing}")));
        assert_eq!(reason_of(&d, closing), Decision::Keep, "{d:?}");
        // The story's own closing lines about people stay.
        for line in [
            "Maria Lopez is a professor of urban planning who has studied the network for years.",
            "The mayor is a former reporter and said the plan would be reviewed next year.",
        ] {
            let d = decide(&body_then(line));
            assert_eq!(reason_of(&d, &line[..20]), Decision::Keep, "{line}");
        }
    }

    /// The author box: the biography is known by the name line above it, by a heading, or
    /// by the byline's name, whatever the role; its short lines go with it.
    #[test]
    fn the_author_box_after_the_article_is_metadata() {
        let bio = "Maria Lopez is a planner by training who has followed the city's transport for a decade.";
        for (text, lines) in [
            (
                body_then(&format!(
                    "Maria Lopez\n\nContributing Planner\n\n{bio}\n\nEmail Maria"
                )),
                &["Maria Lopez", "Contributing Planner"][..],
            ),
            (
                body_then(&format!("About the Author\n\n{bio}")),
                &["About the Author"][..],
            ),
            (
                format!(
                    "Buses Return to the Old Town\n\nBy Maria Lopez\n\n{}\n\n{bio}",
                    BODY.join("\n\n")
                ),
                &[][..],
            ),
        ] {
            let d = decide(&text);
            assert_eq!(
                reason_of(&d, &bio[..30]),
                Decision::Remove(RemovalReason::Metadata),
                "{text}"
            );
            for line in lines {
                assert_eq!(
                    reason_of(&d, line),
                    Decision::Remove(RemovalReason::Metadata),
                    "{line}"
                );
            }
            assert_eq!(reason_of(&d, &BODY[2][..40]), Decision::Keep);
        }
        let d = decide(&body_then(&format!("Maria Lopez\n\n{bio}\n\nEmail Maria")));
        assert_ne!(reason_of(&d, "Email Maria"), Decision::Keep);
        // Two authors, one box each.
        let second =
            "Tom Ruiz has reported on the city council since 2015 and lives in the old town.";
        let d = decide(&body_then(&format!(
            "Maria Lopez\n\n{bio}\n\nTom Ruiz\n\n{second}"
        )));
        assert_eq!(
            reason_of(&d, &bio[..30]),
            Decision::Remove(RemovalReason::Metadata)
        );
        assert_eq!(
            reason_of(&d, &second[..30]),
            Decision::Remove(RemovalReason::Metadata)
        );
        // A biography in several paragraphs.
        let more =
            "When she is not riding buses, Maria teaches cycling to children in the old town.";
        let d = decide(&body_then(&format!("Maria Lopez\n\n{bio}\n\n{more}")));
        assert_eq!(
            reason_of(&d, &more[..30]),
            Decision::Remove(RemovalReason::Metadata)
        );
        // A profile inside the story, which goes on after it, stays.
        let story = body_around(&format!("Maria Lopez\n\n{bio}"));
        let d = decide(&story);
        assert_eq!(reason_of(&d, &bio[..30]), Decision::Keep);
        // The box's heading left last, its name a link gone with the menus, goes too.
        let decided = decide_html(&format!(
            "<html><body><h1>Buses Return</h1><article>{}<h3>About the Author</h3>\
             <p><a href=\"#\">Maria Lopez</a></p></article></body></html>",
            body_html()
        ));
        assert_eq!(
            decided("About the Author"),
            Some(Decision::Remove(RemovalReason::Metadata))
        );
        assert_eq!(decided("Officials said"), Some(Decision::Keep));
    }

    /// A biography under the writer's name line that calls the writer by the first name
    /// ("Maria Lopez" / "Senior Planner" / "Maria is ...") is the author box; the role line
    /// between does not hide the name.
    #[test]
    fn a_biography_by_the_first_name_under_the_name_line_is_metadata() {
        for (lines, bio) in [
            (
                "Maria Lopez\n\nSenior Transit Planner",
                "Maria is a planner by training who has followed the city's buses for a decade.",
            ),
            (
                "Maria Lopez",
                "Maria has followed the city's buses for a decade and rides one every morning.",
            ),
        ] {
            let d = decide(&body_then(&format!("{lines}\n\n{bio}")));
            assert_eq!(
                reason_of(&d, &bio[..20]),
                Decision::Remove(RemovalReason::Metadata),
                "{bio}"
            );
            assert_eq!(
                reason_of(&d, "Maria Lopez"),
                Decision::Remove(RemovalReason::Metadata),
                "{lines} {bio}"
            );
        }
        // Another first name, or the first name without a biography's verb, is the story's.
        for bio in [
            "Tom is a planner by training who has followed the city's buses for a decade.",
            "Maria and her neighbours will ride the first bus when the line opens in June.",
        ] {
            let d = decide(&body_then(&format!("Maria Lopez\n\n{bio}")));
            assert_eq!(reason_of(&d, &bio[..20]), Decision::Keep, "{bio}");
        }
    }

    /// The author box printed between the byline and the body, named by the byline (whole
    /// name, or the first name with a writer's role) or under its own name line.
    #[test]
    fn the_author_box_before_the_article_is_metadata() {
        // Enough of the story after the box to be the body (200 words of prose).
        let story = longer_body(3)
            .join("\n\n")
            .replace("Officials said", "Officials later said")
            .replacen("The city council", "The town council", 1);
        for (head, bio) in [
            ("By Maria Lopez", "Maria Lopez covers transport and city hall for the Example Gazette and lives in the old town."),
            ("By Anurag Singh", "Anurag is an experienced journalist who has covered cities and their transport for five years."),
            ("Maria Lopez\n\nSenior Editor", "Maria Lopez is a senior editor who has written about transport for the Example Gazette."),
        ] {
            let text = format!("Buses Return to the Old Town\n\n{head}\n\n{bio}\n\n{story}");
            let d = decide(&text);
            assert_eq!(reason_of(&d, &bio[..30]), Decision::Remove(RemovalReason::Metadata), "{bio}");
            assert_eq!(reason_of(&d, &BODY[0][..40]), Decision::Keep, "{bio}");
        }
        // A first name alone needs a writer's role: "Anurag is the mayor" may be the story.
        let text = format!("Buses Return to the Old Town\n\nBy Anurag Singh\n\nAnurag is the new mayor of the town and he has promised faster buses on every route.\n\n{story}");
        assert_eq!(
            reason_of(&decide(&text), "Anurag is the new mayor"),
            Decision::Keep
        );
    }

    #[test]
    fn a_byline_with_its_date_is_metadata() {
        for line in [
            "By Jane Doe | November 18, 2019 at 2:26 PM - Updated November 18 at 4:46 PM",
            "By Jon Roe on Monday, November 18th, 2019 at 11:04 a.m.",
            "Story by Jane Doe | November 18, 2019",
            "Written by:Jane Doe | November 18, 2019",
        ] {
            let d = decide(&headed(line));
            assert_eq!(
                reason_of(&d, line),
                Decision::Remove(RemovalReason::Metadata),
                "{line}"
            );
        }
        // A time stamp with the time first is metadata, not the headline.
        let stamp = "Published 11:26 pm EST, Tuesday, November 19, 2019";
        let d = decide(&headed(stamp));
        assert_eq!(
            reason_of(&d, stamp),
            Decision::Remove(RemovalReason::Metadata)
        );
        assert_eq!(reason_of(&d, "Buses Return"), Decision::Title);
        // A sentence that opens with "By" stays.
        let line = "By Monday, the council had voted and the first buses were running again.";
        let d = decide(&body_then(line));
        assert_eq!(reason_of(&d, line), Decision::Keep);
    }

    #[test]
    fn a_thoughts_on_heading_starts_the_comments() {
        let comment = "I have lived here for twenty years and I think that the buses were never the problem, because nobody wants to pay for them.";
        let text = body_then(&format!(
            "2 thoughts on “Buses Return to the Old Town”\n\nbusfan\n\n{comment}"
        ));
        let d = decide(&text);
        assert_eq!(
            reason_of(&d, "2 thoughts on"),
            Decision::Remove(RemovalReason::Comments)
        );
        assert_ne!(reason_of(&d, &comment[..30]), Decision::Keep);
        // A column's title is not a comment heading: it quotes no title.
        let text = format!("10 Thoughts on the Bus Network\n\n{}", BODY.join("\n\n"));
        let d = decide(&text);
        assert_eq!(reason_of(&d, "10 Thoughts"), Decision::Title);
    }

    /// A card for another post inside the article (a newsletter's "read more about it")
    /// closes with its stats; the comments it counts are that post's, and the article goes
    /// on after it.
    #[test]
    fn a_post_cards_stats_are_no_comment_thread() {
        let card = "What is a Modular Monolith?\n\nRead more\n\n\
                    10 months ago · 154 likes · 10 comments · Jane Doe";
        let d = decide(&body_around(card));
        assert_eq!(
            reason_of(&d, "10 months ago"),
            Decision::Remove(RemovalReason::Teaser)
        );
        assert_eq!(reason_of(&d, BODY[2]), Decision::Keep);
        // Without the likes, a count of comments still heads this page's thread.
        let d = decide(&body_then("10 comments\n\nbusfan\n\nI think so too."));
        assert_eq!(
            reason_of(&d, "10 comments"),
            Decision::Remove(RemovalReason::Comments)
        );
    }

    /// Legal and comment-policy phrases mark long blocks that read as notices, not the
    /// article's paragraphs that mention them or report on them.
    #[test]
    fn a_paragraph_about_a_privacy_policy_is_no_notice() {
        let reported = "The operator changed its privacy policy on Tuesday, a move that \
                        regulators in Brussels said they would examine closely. Critics \
                        said the new terms of service let it pass your personal data to \
                        advertisers without asking.";
        let in_passing = "Each fix comes with a note. The tool reads the failing test, \
                          changes the code and runs the suite again. When it is done, it \
                          will leave a comment like this one in the file, so that the \
                          next reader knows why the line changed.";
        let notice = "We use cookies to improve your experience on our website. By \
                      continuing to browse, you agree to our use of cookies and to our \
                      privacy policy, which explains how we collect and process data.";
        let text = format!(
            "{}\n\n{notice}",
            body_around(&format!("{reported}\n\n{in_passing}"))
        );
        let d = decide(&text);
        assert_eq!(reason_of(&d, &reported[..30]), Decision::Keep);
        assert_eq!(reason_of(&d, &in_passing[..30]), Decision::Keep);
        assert_eq!(reason_of(&d, BODY[2]), Decision::Keep);
        assert_eq!(
            reason_of(&d, &notice[..30]),
            Decision::Remove(RemovalReason::Legal)
        );
    }

    /// A notice speaks for the site or to the reader, or carries a legal sign; the
    /// article's paragraphs about terms and affiliate links speak of others.
    #[test]
    fn a_notice_speaks_for_the_site_and_a_story_of_others() {
        let about_terms = "Few travellers read the terms and conditions before they book a \
                           flight. Those pages cover everything from oversold flights to \
                           luggage, and airlines rewrite them several times a year without \
                           telling passengers.";
        let about_links = "Bloggers use affiliate links to earn a small commission on each \
                           sale, and the programmes that pay them have grown quickly since \
                           shops began to share the cost of the reviews that send buyers \
                           their way.";
        let disclosure = "Disclosure: this post may contain affiliate links, which means \
                          I may receive a small commission if you buy something through \
                          them, at no extra cost to you. I only recommend what I have used \
                          myself. Thank you for supporting the blog!";
        let trademarks = "Example® and Sample® are registered trademarks owned by Example \
                          Holdings, LLC. The publisher is not affiliated with Example \
                          Holdings, LLC, and readers who wish to use the forms must hold a \
                          licence from their owner.";
        for (notice, reason) in [
            (disclosure, RemovalReason::Advertisement),
            (trademarks, RemovalReason::Legal),
        ] {
            let text = format!(
                "{}\n\n{notice}",
                body_around(&format!("{about_terms}\n\n{about_links}"))
            );
            let d = decide(&text);
            assert_eq!(reason_of(&d, &about_terms[..30]), Decision::Keep);
            assert_eq!(reason_of(&d, &about_links[..30]), Decision::Keep);
            assert_eq!(
                reason_of(&d, &notice[..30]),
                Decision::Remove(reason),
                "{notice}"
            );
        }
    }

    /// Short news paragraphs that report on cookies, terms or comments are the story; a
    /// sentence that invites comments mid-article does not end it as a comment thread does.
    #[test]
    fn short_news_paragraphs_about_notices_stay() {
        let reported = [
            "The company updated its privacy policy last week, regulators said.",
            "Meta said it would change its terms of service in Europe by March.",
            "The bakery uses cookies made with butter from local farms, the owner told reporters.",
            "She said the report was for informational purposes only.",
        ];
        let invitation = "Readers can leave a comment on the council's website until Friday.";
        let middle = format!("{}\n\n{invitation}", reported.join("\n\n"));
        let d = decide(&body_around(&middle));
        for paragraph in reported.iter().chain(&BODY) {
            assert_eq!(reason_of(&d, paragraph), Decision::Keep, "{paragraph}");
        }
        assert_eq!(
            reason_of(&d, invitation),
            Decision::Remove(RemovalReason::Comments)
        );
    }

    #[test]
    fn a_caption_with_its_credit_glued_leaves_the_paragraph_before_it() {
        let caption = "The new depot at dusk, seen from the river. Photo credit: Jane Doe";
        let text = body_around(caption);
        let d = decide(&text);
        assert_eq!(
            reason_of(&d, caption),
            Decision::Remove(RemovalReason::Caption)
        );
        assert_eq!(reason_of(&d, &BODY[1][..40]), Decision::Keep);
        // A credit on a line of its own takes the caption above it.
        let text = body_around("The new depot at dusk.\n\nImage credit: Jane Doe");
        let d = decide(&text);
        assert_eq!(
            reason_of(&d, "The new depot at dusk."),
            Decision::Remove(RemovalReason::Caption)
        );
    }

    #[test]
    fn affiliate_disclosures_are_advertising_but_talk_of_affiliates_is_not() {
        let disclosure = "This post contains affiliate links, and we may earn a commission.";
        let d = decide(&body_then(disclosure));
        assert_eq!(
            reason_of(&d, disclosure),
            Decision::Remove(RemovalReason::Advertisement)
        );
        let story = "Streamers earn a commission when viewers buy games via affiliate links.";
        let d = decide(&body_then(story));
        assert_eq!(reason_of(&d, story), Decision::Keep);
        // Over the article, at any length.
        let disclosure = "We may receive a commission from our partners if you click a link \
                          and buy a product or service. This does not change our ratings, \
                          which come from years of hands-on testing and research by our \
                          editors.";
        let d = decide(&format!("{disclosure}\n\n{}", BODY.join("\n\n")));
        assert_eq!(
            reason_of(&d, &disclosure[..30]),
            Decision::Remove(RemovalReason::Advertisement)
        );
        assert_eq!(reason_of(&d, BODY[0]), Decision::Keep);
    }

    /// A slideshow's counter is navigation; a listicle's numbering and a rating are not.
    #[test]
    fn a_slideshows_counter_is_navigation() {
        let d = decide(&body_around("Image 2 of 5"));
        assert_eq!(
            reason_of(&d, "Image 2"),
            Decision::Remove(RemovalReason::Navigation)
        );
        for line in ["3 of 15", "Rating: 4/5"] {
            assert!(!is_gallery_counter(&line.to_lowercase()), "{line}");
        }
    }

    /// A shop's buttons under the products of a review, copied as text, are advertising;
    /// a sentence about a price at a shop, and a shop's name alone, are not buttons.
    #[test]
    fn a_shops_buttons_between_products_are_advertising() {
        for button in [
            "$115 at Example Home",
            "£40 from Example Store",
            "$228 from Example",
            "Buy on Example",
            "Shop Example X5 Pro Now",
            "View Deal",
            "See it at Example",
            "Buy Now",
        ] {
            let d = decide(&body_around(&format!("The Example Lamp\n\n{button}")));
            assert_eq!(
                reason_of(&d, button),
                Decision::Remove(RemovalReason::Advertisement),
                "{button}"
            );
            assert_eq!(reason_of(&d, BODY[2]), Decision::Keep, "{button}");
        }
        for text in ["$115 at the market, the lamp sold out.", "Shop Local Week"] {
            let d = decide(&body_around(text));
            assert_ne!(
                reason_of(&d, text),
                Decision::Remove(RemovalReason::Advertisement),
                "{text}"
            );
        }
    }

    /// Disclaimers, consent placeholders and widget errors in the middle of the article,
    /// each removed with its reason; the paragraphs around them stay.
    #[test]
    fn disclaimers_and_placeholders_inside_the_article_are_removed() {
        for (block, reason) in [
            ("The views expressed in this column are those of the author and not of this newspaper, its owners or its staff.", RemovalReason::Legal),
            ("Prices and services referenced here are for general information only; always check with the operator before you travel.", RemovalReason::Legal),
            ("You are currently viewing a placeholder content from a video platform. To see the actual content, click the button below.", RemovalReason::Legal),
            ("Sorry, something went wrong.", RemovalReason::Other),
            ("Sign up for Example Weekly today to get the news delivered to your inbox every Friday.", RemovalReason::Share),
            ("Get Example Monthly through your letterbox every month. Click here for more information.", RemovalReason::Share),
            ("Jane Doe contributed reporting from Rome.", RemovalReason::EditorialNote),
            ("Like this story? Share it with a friend!", RemovalReason::Share),
        ] {
            let d = decide(&body_around(block));
            assert_eq!(reason_of(&d, block), Decision::Remove(reason), "{block}");
            assert_eq!(reason_of(&d, BODY[2]), Decision::Keep, "{block}");
        }
    }

    /// A paragraph of the article printed again word for word: the second copy goes. Short
    /// lines and lists printed twice stay (a question put to each interviewee, a recipe
    /// served on two days).
    #[test]
    fn a_paragraph_printed_twice_is_a_duplicate() {
        let d = decide(&body_then(BODY[1]));
        let copies: Vec<_> = d.iter().filter(|(b, _)| *b == BODY[1]).collect();
        assert_eq!(copies.len(), 2, "{d:?}");
        assert_eq!(copies[0].1, Decision::Keep);
        assert_eq!(copies[1].1, Decision::Remove(RemovalReason::Duplicate));
        for line in [
            "What was the first bus you ever took?",
            "Lunch: 1 cup brown rice, 4 oz. grilled chicken, ½ cup black beans, ¼ cup salsa, \
             ½ avocado, 1 tsp. olive oil, 1 cup spinach, ½ cup corn, 2 tbsp. cheddar, lime.",
        ] {
            let [first, second, third] = BODY;
            let d = decide(&format!(
                "Buses Return\n\n{first}\n\n{line}\n\n{second}\n\n{line}\n\n{third}"
            ));
            assert!(
                d.iter()
                    .filter(|(b, _)| b.starts_with(&line[..20]))
                    .all(|(_, r)| *r != Decision::Remove(RemovalReason::Duplicate)),
                "{line}: {d:?}"
            );
        }
    }

    /// Before the body is found, only copies that follow one another as their originals
    /// do go: a stretch of the article printed again. A blurb repeated under each item of
    /// a listing waits for the body.
    #[test]
    fn before_the_body_only_a_reprinted_stretch_goes() {
        let [first, second, third] = BODY.map(|p| format!("{p} {p}"));
        let stretch = [&first, &second, &third, "Print", &first, &second, &third];
        let blurb = ["Course one", &first, &second, "Course two", &third, &first];
        for (texts, removed) in [(&stretch[..], &[4, 5, 6][..]), (&blurb[..], &[][..])] {
            let doc = read(&texts.join("\n\n"), Format::Text);
            let mut lowercase = String::new();
            let features = Features::of_all(&doc.blocks, &mut lowercase);
            let mut decisions = vec![None; doc.blocks.len()];
            mark_reprinted(&features, &mut decisions, true);
            let taken: Vec<usize> = (0..decisions.len())
                .filter(|&i| decisions[i].is_some())
                .collect();
            assert_eq!(taken, removed, "{texts:?}");
            mark_reprinted(&features, &mut decisions, false);
            assert!(decisions[doc.blocks.len() - 1].is_some(), "{texts:?}");
        }
    }

    /// The article printed twice (a print version under the page's): the body is the
    /// first copy, the second goes as a duplicate, whole.
    #[test]
    fn an_article_printed_twice_is_kept_once() {
        let story = longer_body(2).join("\n\n");
        let text = format!("Buses Return to the Old Town\n\n{story}\n\nPrint this page\n\n{story}");
        let d = decide(&text);
        for paragraph in longer_body(2) {
            let copies: Vec<_> = d
                .iter()
                .filter(|(b, _)| *b == paragraph)
                .map(|(_, r)| *r)
                .collect();
            assert_eq!(copies.len(), 2, "{paragraph}");
            assert_eq!(copies[0], Decision::Keep, "{paragraph}");
            // (A copy under 25 words may stay: only long ones are taken as copies.)
            if paragraph.split(' ').count() >= 25 {
                assert_eq!(
                    copies[1],
                    Decision::Remove(RemovalReason::Duplicate),
                    "{paragraph}"
                );
            }
        }
    }

    #[test]
    fn teaser_cards_with_author_names_are_teasers() {
        let mut text = BODY.join("\n\n");
        for (headline, name) in [
            ("Why the Harbour Bridge Will Close for a Month", "Jane Doe"),
            (
                "A New Museum Opens Its Doors on the Waterfront",
                "Sen. John Roe",
            ),
            (
                "What the Budget Means for Schools in the North",
                "Ana Ruiz and Eva Lind",
            ),
        ] {
            text.push_str(&format!(
                "\n\n{headline}\n\n{name}\n\nThe summary of another article, with enough words to read as a sentence."
            ));
        }
        let d = decide(&text);
        for start in ["Why the Harbour", "Jane Doe", "Ana Ruiz", "The summary"] {
            assert_eq!(
                reason_of(&d, start),
                Decision::Remove(RemovalReason::Teaser),
                "{start}"
            );
        }
        assert_eq!(reason_of(&d, "Officials said"), Decision::Keep);
    }

    #[test]
    fn subheadings_with_one_paragraph_each_are_the_article() {
        // The same shape without the name lines: an article's own sections.
        let mut text = String::from("Buses Return to the Old Town");
        for (heading, paragraph) in [
            ("The Vote", BODY[0]),
            ("The Routes", BODY[1]),
            ("The Timetable", BODY[2]),
        ] {
            text.push_str(&format!("\n\n{heading}\n\n{paragraph}"));
        }
        let d = decide(&text);
        for start in ["The city council", "Under the plan", "Officials said"] {
            assert_eq!(reason_of(&d, start), Decision::Keep, "{start}");
        }
    }

    #[test]
    fn a_list_that_closes_the_article_is_kept() {
        let text = body_then(
            "The new night routes:\n\nJune 9 – Old Town to the harbour\n\nJune 10 – Station to the university\n\nJune 14 – Airport to the centre\n\nFollow us\n\nPrivacy policy",
        );
        let d = decide(&text);
        for start in ["The new night routes", "June 9", "June 14"] {
            assert_eq!(reason_of(&d, start), Decision::Keep, "{start}");
        }
        assert!(matches!(reason_of(&d, "Privacy"), Decision::Remove(_)));
        // Items that each open with a term and a colon.
        let text = body_then(
            "Qualified teams\n\nEngland (Group A): 10th appearance\n\nSpain (Group F): 11th appearance\n\nWales (Group E): Second appearance\n\nFollow us\n\nPrivacy policy",
        );
        let d = decide(&text);
        for start in ["England", "Spain", "Wales"] {
            assert_eq!(reason_of(&d, start), Decision::Keep, "{start}");
        }
    }

    /// A headline that links to the article's own address is still the headline; a blog's
    /// name linking to its home page is not.
    #[test]
    fn in_html_a_linked_headline_is_the_headline() {
        let html = format!(
            "<html><body><h1><a href=\"/\">City Notes</a></h1><article><h1><a href=\"/buses\">Buses Return to the Old Town at Last</a></h1>{body}</article></body></html>",
            body = body_html()
        );
        let decided = decide_html(&html);
        assert_eq!(decided("Buses Return"), Some(Decision::Title));
        assert_removed(decided, &["City Notes"]);
    }

    /// The last paragraph before a paywall, cut short, is the article's; a teaser's short
    /// summary cut with an ellipsis is not.
    #[test]
    fn a_paragraph_cut_short_by_a_paywall_is_kept() {
        let cut = "The operator said the new timetable would also add two late crossings on Fridays and Saturdays, and that the fares for residents of the islands would stay the same until the end of the....";
        let d = decide(&body_then(&format!(
            "{cut}\n\nTo Read the Full Story\n\nSubscribe"
        )));
        assert_eq!(
            reason_of(&d, "The operator said the new"),
            Decision::Keep,
            "{d:?}"
        );
        let teaser = "Trams Return to the Harbour\n\nThe city wants trams back on the harbour front by 2030...";
        let d = decide(&body_then(&format!("Related Stories\n\n{teaser}")));
        assert_ne!(reason_of(&d, "The city wants"), Decision::Keep, "{d:?}");
    }

    /// Reviews signed with a first name and an initial, after the article: testimonials,
    /// removed like a comment thread. Two are not enough to tell.
    #[test]
    fn testimonials_after_the_article_are_removed() {
        let reviews = [
            "The staff were friendly and the clinic was very clean.",
            "Easy to book an appointment, and the doctors really listen.",
            "We have come here for years and would not go anywhere else.",
        ];
        let signed = |n: usize| {
            let names = ["Mallory R.", "– Jamie W", "Dana K."];
            (0..n)
                .map(|k| format!("{}\n\n{}", reviews[k], names[k]))
                .collect::<Vec<_>>()
                .join("\n\n")
        };
        let d = decide(&body_then(&signed(3)));
        for start in [
            "The staff",
            "Mallory R.",
            "– Jamie W",
            "We have come",
            "Dana K.",
        ] {
            assert_eq!(
                reason_of(&d, start),
                Decision::Remove(RemovalReason::Comments),
                "{start}"
            );
        }
        assert_eq!(reason_of(&d, BODY[2]), Decision::Keep);
        let d = decide(&body_then(&signed(2)));
        assert_ne!(
            reason_of(&d, "Easy to book"),
            Decision::Remove(RemovalReason::Comments)
        );
    }

    /// A numbered list of picks, each item followed by its link on a line of its own: the
    /// links go (machine text), the items stay, though the first closes the body already
    /// and one reads as a sentence (prose after the body is otherwise another text).
    #[test]
    fn in_html_a_list_with_a_link_under_each_item_is_kept() {
        for sentence_at in [2, 3] {
            let mut picks = [
                "A red bicycle",
                "A blue kettle",
                "A green lamp",
                "A tin robot",
            ];
            picks[sentence_at] =
                "A new lamp for the desk that is on sale until the end of the week.";
            let items: String = picks
                .iter()
                .enumerate()
                .map(|(n, item)| {
                    format!("<p>{}) {item}</p><p>http://example.com/pick/{n}</p>", n + 1)
                })
                .collect();
            let html = format!(
                "<html><body><article>{body}<p>Here are our picks for the week:</p>{items}</article><footer>© 2024 Example</footer></body></html>",
                body = body_html()
            );
            let decided = decide_html(&html);
            for item in ["1) A", "2) A", "3) A", "4) A"] {
                assert_eq!(
                    decided(item),
                    Some(Decision::Keep),
                    "{item} ({sentence_at})"
                );
            }
            assert_removed(decided, &["http://example.com/pick/1"]);
        }
    }

    /// A data table pasted as lines, between two parts of the article: long enough to
    /// split the body in two if its rows counted as furniture.
    #[test]
    fn a_table_of_figures_inside_the_article_is_kept() {
        let rows: String = (1..=40)
            .map(|n| format!("District {n} {}.{}\n\n", 90 - n, n % 10))
            .collect();
        let text = format!(
            "{}\n\nScores by district\n\n{rows}{}\n\n{}\n\nFollow us",
            BODY[0], BODY[1], BODY[2]
        );
        let d = decide(&text);
        for start in [
            "The city council",
            "District 1 ",
            "District 40",
            "Officials said",
        ] {
            assert_eq!(reason_of(&d, start), Decision::Keep, "{start}");
        }
        // Bare numbers (a carousel's dots, a rating's stars) are no table.
        let dots = "1\n\n2\n\n3\n\n4\n\n5\n\n".repeat(8);
        let d = decide(&format!("{dots}{}", body_then("")));
        assert!(matches!(reason_of(&d, "1"), Decision::Remove(_)));
    }

    #[test]
    fn a_labelled_list_of_other_stories_is_not_the_article() {
        let text = body_then(
            "Most read\n\n1. Harbour bridge to close for a month\n\n2. A new museum on the waterfront\n\n3. What the budget means for schools",
        );
        let d = decide(&text);
        for start in ["Most read", "1. Harbour", "3. What"] {
            assert!(
                matches!(reason_of(&d, start), Decision::Remove(_)),
                "{start}"
            );
        }
    }

    #[test]
    fn title_case_headlines_glued_to_summaries_are_a_teaser_list() {
        let teasers = [
            "Harbour Bridge To Close For A Month In The Spring Drivers will have to take the long way round while the deck is repaired.",
            "A New Museum Opens On The Waterfront With Free Entry The collection has waited ten years for a building of its own.",
            "What The Budget Means For Schools In The North Head teachers say the money will not cover the rising cost of heating.",
        ];
        assert!(teasers.iter().all(|t| is_glued_teaser(t)));
        // Ordinary prose, and a name in capitals, are not.
        assert!(!is_glued_teaser(BODY[0]));
        assert!(!is_glued_teaser(
            "The Mayor of London said on Tuesday that the new bus routes would open in the spring."
        ));
        let text = body_then(&teasers.join("\n\n"));
        let d = decide(&text);
        for start in ["Harbour", "A New Museum", "What The"] {
            assert_eq!(
                reason_of(&d, start),
                Decision::Remove(RemovalReason::Teaser),
                "{start}"
            );
        }
        // One alone (a headline glued to the lead) stays.
        let text = format!("{}\n\n{}\n\n{}", teasers[0], BODY[1], BODY[2]);
        assert_eq!(reason_of(&decide(&text), "Harbour"), Decision::Keep);
    }

    #[test]
    fn in_html_the_paragraph_above_a_figure_is_not_its_caption() {
        let html = format!(
            "<html><body><article><p>{}</p><p>{}</p><figure><img src=\"a.jpg\"><figcaption><span class=\"credit\">Jane Doe</span></figcaption></figure><p>{}</p></article></body></html>",
            BODY[0], BODY[1], BODY[2]
        );
        let doc = read(&html, Format::Html);
        let decisions = clean(&doc.blocks, doc.format, true);
        let decided = |start: &str| {
            doc.blocks
                .iter()
                .zip(&decisions)
                .find(|(b, _)| b.text.starts_with(start))
                .map(|(_, d)| *d)
        };
        assert_eq!(decided("Under the plan"), Some(Decision::Keep));
        assert_eq!(
            decided("Jane Doe"),
            Some(Decision::Remove(RemovalReason::Caption))
        );
    }

    /// Asserts that the blocks starting with each of `starts` are removed (for any reason).
    fn assert_removed(decided: impl Fn(&str) -> Option<Decision>, starts: &[&str]) {
        for start in starts {
            assert!(
                matches!(decided(start), Some(Decision::Remove(_))),
                "{start}"
            );
        }
    }

    /// Decisions for an HTML page, by the start of a block's text.
    fn decide_html(html: &str) -> impl Fn(&str) -> Option<Decision> {
        let doc = read(html, Format::Html);
        let decisions = clean(&doc.blocks, doc.format, true);
        move |start: &str| {
            doc.blocks
                .iter()
                .zip(&decisions)
                .find(|(b, _)| b.text.starts_with(start))
                .map(|(_, d)| *d)
        }
    }

    /// After the article, a long stretch of links and then teaser cards whose summaries
    /// read as sentences: the summaries are not the article, the list the article closes
    /// with is. Prose after the furniture that weighs as much as a third of the article
    /// stays (the rule cuts small tails only).
    #[test]
    fn in_html_teaser_summaries_after_the_furniture_are_not_the_article() {
        let links = "<p><a href=\"#\">Section</a></p>".repeat(30);
        let card = |n: u8| {
            format!("<h3><a href=\"#\">Story {n}</a></h3><p>Summary {n}: a nearby town has voted on its own plan.</p>")
        };
        let page = |after: &str| {
            format!(
                "<html><body><p>{}</p><p>{}</p><p>{}</p><p>{0}</p><ul><li>Route 1 every ten minutes</li><li>Route 2 every twenty minutes</li></ul>{links}{after}</body></html>",
                BODY[0], BODY[1], BODY[2]
            )
        };
        let decided = decide_html(&page(&(1..=3).map(card).collect::<String>()));
        assert_eq!(decided("Officials said"), Some(Decision::Keep));
        assert_eq!(decided("Route 2"), Some(Decision::Keep));
        assert_removed(&decided, &["Summary 1", "Summary 3"]);
        let decided = decide_html(&page(&format!(
            "<p>Later: {}</p><p>Later: {}</p>",
            BODY[1], BODY[2]
        )));
        assert_eq!(decided("Later:"), Some(Decision::Keep));
    }

    /// The line that tells readers how to reach the writer closes many articles: it goes
    /// as metadata. An embedded post's signature and a sentence that gives an office's
    /// address as news stay.
    #[test]
    fn the_writers_contact_line_is_metadata() {
        let metadata = Decision::Remove(RemovalReason::Metadata);
        for line in [
            "Email Jane Doe at jdoe@example.com or follow her @janedoe.",
            "Have a tip? Jon Roe may be reached at jroe@example.org. Follow him on social media.",
            "Follow the opinion desk on Facebook and Twitter (@exampleopinion).",
        ] {
            let decided = decide(&body_then(line));
            assert_eq!(reason_of(&decided, &line[..8]), metadata, "{line}");
            assert_eq!(reason_of(&decided, "Officials said"), Decision::Keep);
        }
        for line in [
            "Residents may contact the housing office at housing@example.gov or by phone until Friday.",
            "The mayor wrote on her account @mayorjane that the routes would open on time.",
        ] {
            let decided = decide(&body_then(line));
            assert_eq!(reason_of(&decided, &line[..8]), Decision::Keep, "{line}");
        }
        let decided = decide(&body_then("jdoe@example.com"));
        assert!(matches!(reason_of(&decided, "jdoe@"), Decision::Remove(_)));
        let signature = "— Jane Doe (@janedoe) November 18, 2019";
        let decided = decide(&body_then(&format!(
            "Follow me @janedoe for photos of the new buses in the old town tonight.\n\n{signature}"
        )));
        assert_eq!(reason_of(&decided, "— Jane"), Decision::Keep);
        assert_eq!(reason_of(&decided, "Follow me"), Decision::Keep);
    }

    /// A blog's category list, each a link with its count of posts after it, is
    /// navigation though only half of each line is a link; an unlinked count in the
    /// article stays.
    #[test]
    fn in_html_category_links_with_counts_are_navigation() {
        let categories = ["Buses (147)", "Trams (212)", "Roads (318)"]
            .map(|c| format!("<li><a href=\"/c\">{}</a> {}</li>", &c[..5], &c[6..]))
            .concat();
        let decided = decide_html(&format!(
            "<html><body><article>{body}<ul><li>Route 1 (12)</li><li>Route 2 (9)</li></ul></article><ul>{categories}</ul></body></html>",
            body = body_html()
        ));
        assert_eq!(
            decided("Trams"),
            Some(Decision::Remove(RemovalReason::Navigation))
        );
        assert_eq!(decided("Route 2"), Some(Decision::Keep));
    }

    /// An `<h1>` written as a sentence is still the headline, and the date line under it
    /// ("First Published: ...") metadata.
    #[test]
    fn in_html_a_headline_that_reads_as_a_sentence_is_the_title() {
        let decided = decide_html(&format!(
            "<html><body><h1>Fact Check: Is the old town bridge really closing for a whole month next spring?</h1><p>First Published: Tuesday, November 19, 2019 08:38 AM</p>{body}</body></html>",
            body = body_html()
        ));
        assert_eq!(decided("Fact Check"), Some(Decision::Title));
        assert_eq!(
            decided("First Published"),
            Some(Decision::Remove(RemovalReason::Metadata))
        );
        assert_eq!(decided("The city council"), Some(Decision::Keep));
    }

    /// Under a label ("Top stories"), linked headlines over summaries that read as prose
    /// close the page: a feed of other stories, though its summaries carry the densest run
    /// on. The article above stays.
    #[test]
    fn in_html_a_feed_of_stories_under_a_label_is_teasers() {
        let cards = [
            ("Harbour bridge to close for a month", "The harbour bridge will close for repairs for a month from the first of June, the council said."),
            ("New museum opens on the waterfront", "A museum of the city's shipyards opened on Saturday with a display of the last ferry built there."),
            ("Schools to get new playgrounds", "Every primary school in the district will get a new playground by the autumn under the plan."),
        ]
        .map(|(headline, summary)| format!("<p><a href=\"/s\">{headline}</a></p><p>{summary}</p>"))
        .concat();
        let decided = decide_html(&format!(
            "<html><body>{body}<p>Top stories</p>{cards}</body></html>",
            body = body_html()
        ));
        for summary in ["The harbour bridge", "A museum", "Every primary school"] {
            assert_eq!(
                decided(summary),
                Some(Decision::Remove(RemovalReason::Teaser)),
                "{summary}"
            );
        }
        assert_eq!(decided("Officials said"), Some(Decision::Keep));
    }

    /// A button of a word or two between the article's parts ("Print" over a recipe card)
    /// is no comment form: the body goes on after it.
    #[test]
    fn in_html_a_print_button_does_not_end_the_article() {
        let method = paragraphs_html(&[
            "Fill the canner with water and set it to simmer while the jars warm up.",
            "Core, peel and cube the pears, then put them in a pot with the juice of a lemon.",
            "Boil the mixture while stirring often, until it is thick enough to coat a spoon.",
        ]);
        let decided = decide_html(&format!(
            "<html><body><article>{body}{body}<button>Print</button><h3>Method</h3>{method}</article></body></html>",
            body = body_html()
        ));
        assert_eq!(
            decided("Print"),
            Some(Decision::Remove(RemovalReason::Comments))
        );
        for step in ["Fill the canner", "Core, peel", "Boil the mixture"] {
            assert_eq!(decided(step), Some(Decision::Keep), "{step}");
        }
    }

    /// A page that marks its article's text (`itemprop="articleBody"`) keeps what is
    /// inside, prose or not: a schedule of short lines with no sentence in it, and a
    /// paragraph with few stopwords after an ad. The date line under the headline and a
    /// code listing inside the marked text still go.
    #[test]
    fn in_html_the_marked_article_body_is_kept_whole() {
        let legs = (1..=6)
            .map(|n| format!("<p>Leg {n}: {n} May – Riverside Park</p>"))
            .collect::<String>();
        let links = "<li><a href=\"#\">Section</a></li>".repeat(12);
        let decided = decide_html(&format!(
            "<html><body><nav><ul>{links}</ul></nav><div itemprop=\"articleBody\"><h1>Relay Calendar 2025</h1><p>segunda-feira, 6 de janeiro de 2025 às 9:30</p><h3>Relay legs for 2025</h3>{legs}<p>* Dates subject to change by the organisers</p></div><p>Note: comments that insult other readers or stray from the subject will not be approved by the moderators of this site.</p></body></html>"
        ));
        assert_eq!(decided("Relay Calendar"), Some(Decision::Title));
        for line in ["Relay legs", "Leg 1:", "Leg 6:", "* Dates subject"] {
            assert_eq!(decided(line), Some(Decision::Keep), "{line}");
        }
        assert_removed(&decided, &["segunda-feira"]);

        let ad = "<div class=\"ad\"><p>ADVERTISEMENT</p></div>";
        let listing = "VISIT Riverside Park Horse Show, Oct. 11–21, Harrisburg PA. Grand Prix, Hunter Seat Medal Final, trade fair; www.example.org.";
        let decided = decide_html(&format!(
            "<html><body><div itemprop=\"articleBody\">{body}{ad}<p>{listing}</p><pre>schedule = load()</pre></div></body></html>",
            body = body_html()
        ));
        assert_eq!(decided("VISIT"), Some(Decision::Keep));
        assert_removed(&decided, &["schedule = load"]);
        let decided = decide_html(&format!(
            "<html><body><div>{body}{ad}<p>{listing}</p></div></body></html>",
            body = body_html()
        ));
        assert_ne!(
            decided("VISIT"),
            Some(Decision::Keep),
            "unmarked, the listing is not prose"
        );
    }

    /// An HTML article whose first paragraph lacks its full stop keeps it; a short line
    /// between the headline and the body (a section name) still goes.
    #[test]
    fn in_html_a_first_paragraph_without_its_full_stop_is_the_lead() {
        let lead =
            "The council voted last night to bring the night buses back to the old town by spring";
        let decided = decide_html(&format!(
            "<html><body><h1>Buses Return</h1><p>Local news</p><p>{lead}</p>{body}</body></html>",
            body = body_html()
        ));
        assert_eq!(decided("The council voted"), Some(Decision::Keep));
        assert!(matches!(decided("Local news"), Some(Decision::Remove(_))));
    }

    /// Pasted text too: a long lead paragraph that lost its full stop, between the headline
    /// and the body, is the article's; a short line there and a caption with its credit
    /// after a bar are not.
    #[test]
    fn a_pasted_lead_without_its_full_stop_is_the_lead() {
        let lead = "The council voted last night to bring the night buses back to the old town by the spring of next year";
        let caption = "The old depot on the harbour front, where the new buses will be kept from the spring | Photo by Jane Doe";
        let d = decide(&format!(
            "Buses Return | City News\n\nLocal news\n\nBuses Return\n\n{caption}\n\n{lead}\n\n{}",
            BODY.join("\n\n")
        ));
        assert_eq!(reason_of(&d, "The council voted"), Decision::Keep, "{d:?}");
        assert!(matches!(reason_of(&d, "Local news"), Decision::Remove(_)));
        assert!(matches!(
            reason_of(&d, "The old depot"),
            Decision::Remove(_)
        ));
    }

    /// A feed of other stories as `<article>` cards after the article: the cards go, with
    /// their summaries; a live blog's posts (unlinked headings) and a page of cards only
    /// stay.
    #[test]
    fn in_html_story_cards_beside_the_article_are_teasers() {
        let article = format!(
            "<article><h1>Buses Return</h1><p>{}</p><p>{}</p><p>{}</p><p>{0}</p></article>",
            BODY[0], BODY[1], BODY[2]
        );
        let cards = |linked: bool| -> String {
            (1..=4)
                .map(|n| {
                    let heading = if linked {
                        format!("<a href=\"#\">Other story {n}</a>")
                    } else {
                        format!("Update {n}")
                    };
                    format!("<article><h2>{heading}</h2><p>Card {n}: the council of a nearby town has voted on a plan of its own for the buses.</p></article>")
                })
                .collect()
        };
        let decided = decide_html(&format!(
            "<html><body>{article}{}</body></html>",
            cards(true)
        ));
        assert_eq!(decided("Officials said"), Some(Decision::Keep));
        for card in ["Card 1", "Card 4"] {
            assert_eq!(
                decided(card),
                Some(Decision::Remove(RemovalReason::Teaser)),
                "{card}"
            );
        }
        let live = decide_html(&format!(
            "<html><body>{article}{}</body></html>",
            cards(false)
        ));
        assert_eq!(live("Card 2"), Some(Decision::Keep));
        let catalogue = decide_html(&format!("<html><body>{}</body></html>", cards(true)));
        assert_eq!(catalogue("Card 2"), Some(Decision::Keep));
    }

    /// A feed of other stories after the article, each a linked headline, a date and a
    /// summary, without `<article>` markup: the summaries go. Inside the article, linked
    /// subheadings over its paragraphs (a guide to places, each named by its link) stay.
    #[test]
    fn linked_headlines_over_summaries_after_the_article_are_teasers() {
        let section = |n: usize| {
            format!(
                "<h3><a href=\"/p{n}\">Park number {n} by the river</a></h3><p>{}</p>",
                BODY[n % 3]
            )
        };
        let guide: String = (1..=4).map(section).collect();
        // (Between them, a menu: the feed is apart from the article's densest run.)
        let menu: String = (1..=30)
            .map(|n| format!("<li><a href=\"/t{n}\">Topic {n}</a></li>"))
            .collect();
        let feed: String = (1..=4)
            .map(|n| format!("<h3><a href=\"/s{n}\">Another story number {n} from the city</a></h3><p>Nov 18, 2024</p><p>Card {n}: the council of a nearby town has voted on a plan of its own.</p>"))
            .collect();
        let decided = decide_html(&format!(
            "<html><body><h1>Parks Reopen</h1><p>{}</p><p>{}</p>{guide}<ul>{menu}</ul><h2>More news</h2>{feed}</body></html>",
            BODY[0], BODY[1]
        ));
        assert_eq!(decided("Under the plan"), Some(Decision::Keep));
        assert_eq!(decided("Officials said"), Some(Decision::Keep));
        for card in ["Card 1", "Card 4"] {
            assert!(matches!(decided(card), Some(Decision::Remove(_))), "{card}");
        }
    }

    /// A page whose article is not marked up as one, with a "latest posts" card that is:
    /// the card's few words do not make the article furniture.
    #[test]
    fn a_marked_card_does_not_unmark_a_longer_article() {
        let longer = longer_body(2);
        let body = paragraphs_html(&longer.iter().map(String::as_str).collect::<Vec<_>>());
        let card = "<article><h3><a href=\"#\">Another post</a></h3><p>Card: the council of a nearby town has voted on a plan of its own for the buses.</p></article>";
        let decided = decide_html(&format!(
            "<html><body><h1>Buses Return</h1><div>{body}</div><h2>Latest posts</h2>{card}</body></html>"
        ));
        assert_eq!(decided("Officials said"), Some(Decision::Keep));
        assert!(matches!(decided("Card:"), Some(Decision::Remove(_))));
        // Marked up as the article, the same text keeps the card out the same way.
        let decided = decide_html(&format!(
            "<html><body><h1>Buses Return</h1><article>{body}</article><h2>Latest posts</h2>{card}</body></html>"
        ));
        assert_eq!(decided("Officials said"), Some(Decision::Keep));
    }

    #[test]
    fn quotations_with_their_speaker_after_them_stay_in_the_article() {
        let quotes = [
            "\"The buses were always late and nobody in the council seemed to care about the people who had to wait for them in the rain\" -- a nurse who commutes from the old town",
            "\"We have waited for this vote for more than ten years and we will only believe it when the first bus actually stops outside our door\" -- a shop owner on the high street",
            "\"It is a good plan on paper, but the money for the drivers and for the new depot has still not been found in this year's budget\" -- an opposition councillor",
        ];
        let text = format!(
            "{}\n\n{}\n\n{}\n\n{}",
            BODY[0],
            quotes.join("\n\n"),
            BODY[1],
            BODY[2]
        );
        let d = decide(&text);
        assert_eq!(reason_of(&d, "The city council"), Decision::Keep);
        assert_eq!(reason_of(&d, "\"We have waited"), Decision::Keep);
    }

    #[test]
    fn a_list_that_a_sentence_introduces_stays_in_the_article() {
        let items = [
            "New routes to the hospital and the university",
            "Buses every ten minutes at peak hours",
            "Night services on Fridays and Saturdays",
            "Electric vehicles on every route by 2030",
            "A single ticket for buses and trams",
            "Real-time arrival screens at every stop",
            "Step-free access at the main interchanges",
        ];
        let text = body_around(&format!(
            "The plan that the council approved has these parts, each of which will be funded separately:\n\n{}",
            items.join("\n\n")
        ));
        let d = decide(&text);
        assert_eq!(reason_of(&d, "The city council"), Decision::Keep);
        assert_eq!(reason_of(&d, "Night services"), Decision::Keep);
        assert_eq!(reason_of(&d, "Officials said"), Decision::Keep);
    }

    #[test]
    fn a_list_under_a_title_is_not_bridged_to_distant_prose() {
        let text = body_then(
            "Learn More in Our Transport Series:\n\nHow the Tram Network Was Built\n\nWhy Cycle Lanes Matter\n\nThe Future of the Old Depot\n\nWhat Commuters Told Us\n\nOur newsletter brings you the stories that matter in the city every morning, and it is free to sign up for it today.",
        );
        let d = decide(&text);
        assert_eq!(reason_of(&d, "Officials said"), Decision::Keep);
        assert_ne!(reason_of(&d, "Our newsletter"), Decision::Keep);
    }

    #[test]
    fn a_closing_list_after_a_sentence_with_a_colon_is_kept_with_its_links() {
        let mut after = String::from(
            "So here are the offers from the council's own shop that you should not miss this week:",
        );
        for (n, item) in [
            "A bus pass for students",
            "A family day ticket",
            "A night rover card",
            "A tram and bus bundle",
        ]
        .iter()
        .enumerate()
        {
            after.push_str(&format!(
                "\n\n{}) {item}\n\nhttps://example.org/offer{n}",
                n + 1
            ));
        }
        let d = decide(&body_then(&after));
        assert_eq!(reason_of(&d, "So here are"), Decision::Keep);
        assert_eq!(reason_of(&d, "4) A tram"), Decision::Keep);
    }

    #[test]
    fn a_lead_in_as_the_last_block_is_no_list() {
        let d = decide(&body_then("These are the routes that will change:"));
        assert_eq!(reason_of(&d, "Officials said"), Decision::Keep);
        // Nor is the end of the input.
        let d = decide(&BODY.join("\n\n"));
        assert_eq!(reason_of(&d, "Officials said"), Decision::Keep);
    }

    #[test]
    fn the_block_that_repeats_the_page_title_is_the_headline() {
        // A pasted page opens with its title element; a menu and a partner link come
        // before the headline, which is printed again above the body.
        let text = format!(
            "Buses Return to the Old Town | City News\n\nHome\n\nPartner With Us Today\n\nBuses Return to the Old Town\n\nJane Doe\n\n{}",
            BODY.join("\n\n")
        );
        let d = decide(&text);
        let exact = |d: &[(String, Decision)], text: &str| {
            d.iter().find(|(t, _)| t == text).map(|(_, d)| *d)
        };
        assert_eq!(
            exact(&d, "Buses Return to the Old Town"),
            Some(Decision::Title)
        );
        assert_ne!(reason_of(&d, "Partner With"), Decision::Title);
        // A headline that reads as a sentence opens the body's run, and is found there.
        let text = format!(
            "Buses return to the old town after a long debate in the council. | City News\n\nHome\n\nBuses return to the old town after a long debate in the council.\n\n{}",
            BODY.join("\n\n")
        );
        let d = decide(&text);
        assert_eq!(
            exact(
                &d,
                "Buses return to the old town after a long debate in the council."
            ),
            Some(Decision::Title)
        );
        assert_eq!(reason_of(&d, "The city council"), Decision::Keep);
        // The title element writes straight quotes and a full stop the headline lacks, or
        // the other way round; a date line above the body is no headline.
        for (page_title, headline) in [
            (
                "Why the Old Town Won't Get Its Buses Back. - City News",
                "Why the Old Town Won’t Get Its Buses Back",
            ),
            (
                "Why the Old Town Won’t Get Its Buses Back | City News",
                "Why the Old Town Won't Get Its Buses Back.",
            ),
        ] {
            let text = format!(
                "{page_title}\n\nHome\n\n{headline}\n\nJane Doe\n\nNov 19, 2019 at 9:08 GMT 1 day ago\n\n{}",
                BODY.join("\n\n")
            );
            let d = decide(&text);
            assert_eq!(exact(&d, headline), Some(Decision::Title), "{headline}");
        }
    }

    #[test]
    fn a_glued_body_that_opens_with_a_short_paragraph_is_a_duplicate() {
        // The summary's first point is shorter than the opening the rule needs alone; the
        // whole of the next paragraph after it shows the glued copy for what it is.
        let short = "Buses are back in the old town.";
        let text = format!(
            "{short}\n\n{}\n\n{}\n\n{short} {} {}",
            BODY[0], BODY[1], BODY[0], BODY[1]
        );
        let d = decide(&text);
        assert_eq!(reason_of(&d, short), Decision::Keep, "{d:?}");
        let copy = format!("{short} {}", &BODY[0][..20]);
        assert_eq!(
            reason_of(&d, &copy),
            Decision::Remove(RemovalReason::Duplicate)
        );
        // A paragraph that merely opens with the short one is not a copy.
        let text = format!(
            "{short}\n\n{}\n\n{short} And then it rained.",
            BODY.join("\n\n")
        );
        let d = decide(&text);
        assert!(
            !d.iter()
                .any(|(_, r)| *r == Decision::Remove(RemovalReason::Duplicate)),
            "{d:?}"
        );
    }

    #[test]
    fn teaser_cards_with_a_date_and_a_label_are_teasers() {
        let cards = [
            (
                "Council Weighs a Tram for the Harbour",
                "12 November 2025",
                "News",
                "Engineers will report on the costs before the summer, the council said.",
            ),
            (
                "Did the Mayor Ban Cars From the Old Town?",
                "8 October 2025",
                "Fact Check",
                "A post shared thousands of times misread a plan for one street.",
            ),
            (
                "Night Buses Return After Six Years",
                "1 November 2025",
                "News",
                "The first routes open in the spring, with more to follow next year.",
            ),
        ];
        let list: Vec<String> = cards
            .iter()
            .map(|(h, d, l, s)| format!("{h}\n\n{d}\n\n{l}\n\n{s}"))
            .collect();
        let d = decide(&body_then(&format!(
            "Editors' Picks\n\n{}",
            list.join("\n\n")
        )));
        for (headline, _, _, summary) in cards {
            assert_eq!(
                reason_of(&d, headline),
                Decision::Remove(RemovalReason::Teaser),
                "{d:?}"
            );
            assert_eq!(
                reason_of(&d, summary),
                Decision::Remove(RemovalReason::Teaser)
            );
        }
        // An article's own subheadings have no date line under them.
        let own: Vec<String> = cards
            .iter()
            .map(|(h, _, _, s)| format!("{h}\n\n{s}"))
            .collect();
        let d = decide(&body_then(&own.join("\n\n")));
        assert_eq!(reason_of(&d, cards[1].3), Decision::Keep, "{d:?}");
    }

    #[test]
    fn a_caption_ending_with_its_credit_is_a_caption() {
        let caption = "The mayor speaks at the depot on July 25, 2025. J. Example Doe / AP file";
        let d = decide(&body_around(caption));
        assert_eq!(
            reason_of(&d, "The mayor"),
            Decision::Remove(RemovalReason::Caption)
        );
        // The paragraph before it is the article's.
        assert_eq!(reason_of(&d, BODY[1]), Decision::Keep);
        // A sentence that ends with a slash between two words is no credit.
        let d = decide(&body_around("The plan was approved by the council on Tuesday night. Read the plan here and/or there"));
        assert_ne!(
            reason_of(&d, "The plan was"),
            Decision::Remove(RemovalReason::Caption)
        );
    }

    /// Credits in brackets at a caption's end (the wire services' style), and brackets that
    /// are the article's own.
    #[test]
    fn a_caption_with_its_credit_in_brackets_is_a_caption() {
        for caption in [
            "The mayor speaks at the depot in Springfield on Tuesday, Nov. 19, 2024. (Jane Doe/AP)",
            "In this Dec. 12, 2006, file photo, two workers repair the old depot. (City Archive via AP, File)",
            "Buses wait at the depot before the first morning service. (Photo credit: Jane Doe)",
            "The first bus of the new network leaves the depot at dawn. (credit: City/Jane Doe)",
        ] {
            let d = decide(&body_around(caption));
            assert_eq!(reason_of(&d, &caption[..12]), Decision::Remove(RemovalReason::Caption), "{caption}");
        }
        for sentence in [
            "Riders can bring bikes, prams and scooters on board (photo, video and audio recording are allowed).",
            "The council published the full timetable on its website today (The photo above shows the first bus).",
            "The new buses were built by a company in the north of the country (Acme Vehicles Ltd).",
            "Most riders will pay by card, the council said (credit cards and phones both work).",
        ] {
            let d = decide(&body_around(sentence));
            assert_eq!(reason_of(&d, &sentence[..12]), Decision::Keep, "{sentence}");
        }
    }

    #[test]
    fn a_credit_above_a_labelled_caption_leaves_the_paragraph_before_it() {
        // Pasted from pages that print "Image copyright" above "Image caption".
        let d = decide(&body_around(
            "Image copyright Example Images\n\nImage caption The new depot opened in the spring",
        ));
        assert_eq!(reason_of(&d, BODY[1]), Decision::Keep, "{d:?}");
        assert_eq!(
            reason_of(&d, "Image copyright"),
            Decision::Remove(RemovalReason::Caption)
        );
        assert_eq!(
            reason_of(&d, "Image caption"),
            Decision::Remove(RemovalReason::Caption)
        );
    }

    #[test]
    fn a_headline_of_two_title_case_sentences_is_the_title() {
        let headline = "Bus Fares Are Rising. Why Riders Should Not Worry.";
        let d = decide(&format!("Please update your browser to a modern browser for the best experience.\n\nNews\n\n{headline}\n\n{}", BODY.join("\n\n")));
        assert_eq!(reason_of(&d, headline), Decision::Title, "{d:?}");
        assert_eq!(
            reason_of(&d, "Please update"),
            Decision::Remove(RemovalReason::Other)
        );
    }

    #[test]
    fn summaries_cut_with_a_bracketed_ellipsis_are_teasers_not_prose() {
        // Blogs end an excerpt with "[…]" or "[...]": a summary of another post, however
        // long, is no paragraph of this one.
        let d = decide(&body_then(
            "Why the Tram Extension Was Delayed Again\n\n\
             The engineers who surveyed the line last winter found that the bridge over the river would need far more work than anyone had expected, and the [\u{2026}]\n\n\
             What the New Timetable Means for Night Workers\n\n\
             Night workers have long complained that the last buses leave the centre before their shifts end, and the council has now promised to look at the [...]",
        ));
        assert_eq!(reason_of(&d, BODY[2]), Decision::Keep, "{d:?}");
        assert_ne!(reason_of(&d, "The engineers"), Decision::Keep, "{d:?}");
        assert_ne!(reason_of(&d, "Night workers"), Decision::Keep, "{d:?}");
    }

    #[test]
    fn one_word_items_that_a_sentence_introduces_stay_in_the_article() {
        // A checklist's items are a word or two, as a menu's are; the sentence before them
        // says they are the article's.
        let items = [
            "Light",
            "Torch",
            "Candles",
            "Matches",
            "Food",
            "Tins",
            "Biscuits",
            "Rice",
            "Water",
            "Bottles",
            "Filter",
            "Warmth",
            "Blankets",
            "Gloves",
            "Hats",
            "Health",
            "Plasters",
            "Painkillers",
            "Prescriptions",
            "Papers",
            "Passports",
            "Insurance",
            "Contacts",
            "Cash",
        ];
        let d = decide(&body_around(&format!(
            "The council's emergency guide lists what each household should keep in one place, grouped like this:\n\n{}",
            items.join("\n\n")
        )));
        assert_eq!(reason_of(&d, BODY[0]), Decision::Keep, "{d:?}");
        assert_eq!(reason_of(&d, "Blankets"), Decision::Keep, "{d:?}");
        assert_eq!(reason_of(&d, BODY[2]), Decision::Keep, "{d:?}");
    }

    #[test]
    fn a_sentence_that_offers_other_stories_is_a_teaser_label() {
        let d = decide(&body_then(
            "If you enjoyed this story, you might also like:\n\n\
             Why the Tram Extension Was Delayed Again\n\n\
             What the New Timetable Means for Night Workers\n\n\
             The Ten Best Walks Along the Old Canal",
        ));
        assert_eq!(
            reason_of(&d, "If you enjoyed"),
            Decision::Remove(RemovalReason::Teaser)
        );
        assert_ne!(reason_of(&d, "The Ten Best"), Decision::Keep, "{d:?}");
        assert_eq!(reason_of(&d, BODY[2]), Decision::Keep, "{d:?}");
    }

    /// Three story cards: a kicker in capitals, a headline, a line of tags, a summary.
    const KICKER_CARDS: &str = "TRAINS AT LAST\n\n\
        The Night the Tram Came Back to the Old Town\n\n\
        4 likes example.org Transport\n\n\
        After twenty years without a tram, residents lined the streets to watch the first car roll past the market.\n\n\
        A FAIR FARE\n\n\
        Why Bus Tickets Cost More in the Suburbs Than the Centre\n\n\
        Money Cities\n\n\
        Riders on the edge of town pay twice as much for a journey of the same length, an analysis shows.\n\n\
        Photo: Jane Doe/Example Pictures\n\n\
        OFF THE RAILS\n\n\
        The Depot That Nobody Wanted to Close Has Closed\n\n\
        2 likes example.net History\n\n\
        The old depot housed the city's first electric buses, and its last workers left on Friday.";

    #[test]
    fn cards_under_kickers_in_capitals_are_teasers() {
        let d = decide(&body_then(KICKER_CARDS));
        assert_eq!(reason_of(&d, BODY[2]), Decision::Keep, "{d:?}");
        for summary in ["After twenty", "The old depot"] {
            assert_eq!(
                reason_of(&d, summary),
                Decision::Remove(RemovalReason::Teaser),
                "{d:?}"
            );
        }
        // (Above a photo's credit, a summary reads as the photo's caption.)
        assert_eq!(
            reason_of(&d, "Riders on"),
            Decision::Remove(RemovalReason::Caption)
        );
    }

    #[test]
    fn numbered_steps_and_repeated_buttons_in_capitals_are_no_kickers() {
        let steps = "STEP 1 OF 3\n\nTurn off the water at the mains before you start\n\nThe stopcock is usually under the kitchen sink, and it may be stiff if nobody has turned it in years.\n\n\
            STEP 2 OF 3\n\nDrain the pipes by opening every tap in the house\n\nStart with the taps upstairs and leave them open until the water stops running completely.\n\n\
            STEP 3 OF 3\n\nCheck the boiler pressure once the work is finished\n\nThe gauge should read between one and two bar when the heating is cold.";
        let d = decide(&body_then(steps));
        assert_eq!(reason_of(&d, "The gauge"), Decision::Keep, "{d:?}");
        let cards = KICKER_CARDS
            .replace("TRAINS AT LAST", "EDITORS PICK")
            .replace("A FAIR FARE", "EDITORS PICK")
            .replace("OFF THE RAILS", "EDITORS PICK");
        let d = decide(&body_then(&cards));
        assert_ne!(
            reason_of(&d, "After twenty"),
            Decision::Remove(RemovalReason::Teaser),
            "{d:?}"
        );
    }

    /// An article that is a schedule (short lines in the element that marks the content)
    /// beside an `<aside>` of long blurbs that holds most of the page's text: the aside is
    /// still furniture, and stays so when the page is read again without its classes.
    #[test]
    fn a_sidebar_longer_than_the_article_is_still_a_sidebar() {
        let blurb = "<p>Click the photo to read every column our motor racing writer has \
                     published this season, from the first race in March to the last one \
                     in December, with his ratings of every driver.</p>";
        let html = format!(
            "<html><body><div class=\"articleBody\"><h1>Bus Timetable for the Winter</h1>\
             <p>Route 1: every ten minutes</p><p>Route 2: every twenty minutes</p>\
             <p>Route 3: hourly after eight</p><p>Night bus: Fridays and Saturdays</p></div>\
             <aside><div class=\"sidebar-module\">{}</div></aside></body></html>",
            blurb.repeat(4)
        );
        let d = decide_html(&html);
        assert_eq!(
            d("Click the photo"),
            Some(Decision::Remove(RemovalReason::Teaser))
        );
        assert_eq!(d("Route 2"), Some(Decision::Keep));
    }

    /// Comment threads whose author lines say no "says:": a name over the comment's date
    /// and time, or controls under each comment ("Reply to This", "Flag as Inappropriate").
    #[test]
    fn commenters_over_their_time_stamps_and_comment_controls_make_a_thread() {
        let comment = "I have lived here for twenty years and I think that the buses were never the problem, because the real problem is that nobody wants to pay for them.";
        let mut named = format!(
            "Buses Return to the Old Town\n\nLeave a comment\n\nJane Roe\n\nMarch 3, 2024, 9:15 am\n\n{}\n\n12 Comments on \u{201c}Buses Return\u{201d}",
            BODY.join("\n\n")
        );
        let mut controlled = format!("{}\n\n12 Comments", BODY.join("\n\n"));
        for user in ["Emma", "Chris S", "Max Battcher", "Pete", "Ana Ruiz"] {
            named.push_str(&format!(
                "\n\n{user}\n\nMarch 3, 2024, 10:02 pm\n\n{comment} {comment}"
            ));
            controlled.push_str(&format!(
                "\n\nRe: Buses (Score: 2)\n\n{comment} {comment}\n\nReply to This Share\n\nFlag as Inappropriate"
            ));
        }
        let d = decide(&named);
        assert_thread_removed(&d, "Max Battcher");
        // (The byline at the top, after "Leave a comment", is one pair: no thread.)
        assert_ne!(
            reason_of(&d, "Jane Roe"),
            Decision::Remove(RemovalReason::Comments)
        );
        assert_thread_removed(&decide(&controlled), "Flag as");
    }

    /// Buttons on lines of their own are furniture; a sign-up box's fields in the middle
    /// of the article do not end it, as a comment form would.
    #[test]
    fn buttons_and_a_sign_up_box_inside_the_article_are_removed_and_it_goes_on() {
        let d = decide(&body_around(
            "Learn more\n\nBook now\n\nGet the weekly transport briefing.\n\nEmail address\n\nSubmit",
        ));
        for (line, reason) in [
            ("Learn more", RemovalReason::Navigation),
            ("Book now", RemovalReason::Advertisement),
            ("Email address", RemovalReason::Share),
        ] {
            assert_eq!(reason_of(&d, line), Decision::Remove(reason), "{line}");
        }
        assert_eq!(reason_of(&d, BODY[2]), Decision::Keep, "{d:?}");
    }

    /// A sign-up form inside the article leaves its fields and its own messages in a paste,
    /// and a spam trap's placeholder ("Δ"): all of it is the form's, and the article goes on
    /// after it (a form is no comment thread, which would end the article).
    #[test]
    fn a_sign_up_forms_messages_inside_the_article_are_removed_and_it_goes_on() {
        let d = decide(&body_around(
            "Enter your email\n\nΔ\n\nThank you! Your submission has been received!\n\nOops! Something went wrong while submitting the form.",
        ));
        for line in ["Enter your email", "Δ", "Thank you!", "Oops!"] {
            assert_eq!(
                reason_of(&d, line),
                Decision::Remove(RemovalReason::Share),
                "{line}"
            );
        }
        assert_eq!(reason_of(&d, BODY[2]), Decision::Keep, "{d:?}");
    }

    /// A pasted page opens with its title element; a feed of other stories' summaries
    /// printed above the headline is no part of the article, though it reads as prose and
    /// outweighs a short story. When the headline is also printed above the feed, its
    /// repeat is a subheading and the prose around it stays.
    #[test]
    fn summaries_above_the_repeated_page_title_are_not_the_article() {
        const TITLE: &str = "Buses Return to the Old Town";
        let feed = [
            "Harbour Ferry Gets a New Timetable The ferry to the islands will leave every hour from next week, the operator announced on its website.",
            "Market Square Reopens After Repairs Traders returned to the square on Saturday after six months of work on the paving and the drains below it.",
        ];
        let page = |above: &str| {
            format!(
                "{TITLE} | Example Gazette\n\nNews\n\n{above}{}\n\n{}\n\nSport\n\n{TITLE}\n\nMarch 3, 2026\n\n{}",
                feed[0],
                feed[1],
                BODY.join("\n\n")
            )
        };
        let d = decide(&page(""));
        for summary in ["Harbour Ferry", "Market Square"] {
            assert!(
                matches!(reason_of(&d, summary), Decision::Remove(_)),
                "{summary}: {d:?}"
            );
        }
        let title = d.iter().rposition(|(t, _)| t == TITLE);
        assert_eq!(title.map(|t| d[t].1), Some(Decision::Title), "{d:?}");
        for paragraph in BODY {
            assert_eq!(reason_of(&d, paragraph), Decision::Keep, "{d:?}");
        }

        let d = decide(&page(&format!("{TITLE}\n\n")));
        assert_eq!(reason_of(&d, "Harbour Ferry"), Decision::Keep, "{d:?}");
        assert_eq!(reason_of(&d, BODY[0]), Decision::Keep, "{d:?}");
    }

    /// In HTML, a sentence of links inside the article, followed by the article's next
    /// sentence, is the article's ("canceled flights, closed schools"); linked summaries
    /// each followed by the next card's headline stay a box of teasers.
    #[test]
    fn in_html_a_sentence_of_links_inside_the_article_is_kept() {
        let linked = "<p>The <a href=\"#\">haze led to canceled flights</a>, <a href=\"#\">closed schools</a> and <a href=\"#\">a public health emergency in the city</a>.</p>";
        let card = |n: u8| {
            format!("<h3>Story {n}</h3><p><a href=\"#\">In this part {n} of our series, we look at how a nearby town voted on its own plan.</a></p>")
        };
        let html = format!(
            "<html><body><article><p>{}</p><p>{}</p>{linked}<p>{}</p>{}<p>{0}</p></article></body></html>",
            BODY[0],
            BODY[1],
            BODY[2],
            (1..=3).map(card).collect::<String>()
        );
        let decided = decide_html(&html);
        assert_eq!(decided("The haze"), Some(Decision::Keep));
        assert_eq!(decided("Officials said"), Some(Decision::Keep));
        assert_removed(decided, &["In this part 1", "In this part 2"]);
    }

    /// A date line that ends with its writer is metadata; a sentence that opens with a
    /// date and ends with "by" and a name is the article's.
    #[test]
    fn a_date_line_that_ends_with_its_writer_is_metadata() {
        let d = decide(&headed("October 11, 2023 by Jane Doe"));
        assert_eq!(
            reason_of(&d, "October 11"),
            Decision::Remove(RemovalReason::Metadata)
        );
        let sentence = "March 3, 2020 saw the bill signed by Governor Jane Doe.";
        let d = decide(&body_around(sentence));
        assert_eq!(reason_of(&d, sentence), Decision::Keep, "{d:?}");
    }

    /// "Posted on" opens a dateline ("Posted on November 18, 2019"), and ordinary
    /// sentences too: without a date in the block it is the article's.
    #[test]
    fn a_sentence_that_opens_like_a_dateline_is_the_articles() {
        let d = decide(&headed("Posted on November 18, 2019"));
        assert_eq!(
            reason_of(&d, "Posted on"),
            Decision::Remove(RemovalReason::Metadata)
        );
        let sentence =
            "Posted on social media by analysts at the lab, the video shows the port is not smooth.";
        let d = decide(&body_around(sentence));
        assert_eq!(reason_of(&d, sentence), Decision::Keep, "{d:?}");
    }
}
