//! Pass 1: furniture evident from one block: markup hints, lexicon phrases, bylines and
//! date lines, credits and captions, share rows, shop buttons, machine text.

use regex::Regex;
use std::sync::LazyLock;

use super::metadata::is_byline_label;
use crate::input::Block;
use crate::lexicon::{is_month_name, PhraseSet, BOILERPLATE, BYLINE_WORDS, SHARE_TARGETS};
use crate::report::RemovalReason;
use crate::text::{built_in_regex, post_signature, words_of};

use super::author_box::name_line;
use super::comments::is_time_ago;
use super::decisions::Decisions;
use super::features::{Features, LINKED};
use super::{Hints, Page};

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
pub(super) fn is_date_line(text: &str) -> bool {
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

/// Step 1: blocks whose own text or markup says they are not article text.
pub(super) fn self_evident(block: &Block, f: &Features, hints: Hints) -> Option<RemovalReason> {
    // (Decided again without hints, a page still loses its forms and comment threads, and
    // what sits in an `<aside>`, `<nav>` or `<footer>`: the second reading is for
    // misleading classes, and those hints are not in question.)
    let hint = block
        .hint
        .filter(|&h| hints == Hints::Read || h == RemovalReason::Comments || block.landmark);
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
            && super::metadata::byline(text).is_some()
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
    if dated_byline && super::metadata::byline(text).is_some() {
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
    if block.link_density > LINKED && f.words < 40 && !linked_headline {
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
pub(super) fn is_post_signature(f: &Features) -> bool {
    post_signature(f.lower).is_some()
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
pub(super) fn is_gallery_counter(lower: &str) -> bool {
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

pub(super) fn is_share_row(f: &Features) -> bool {
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
pub(super) fn is_machine_text(text: &str) -> bool {
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
pub(super) fn mark_captions(page: &Page, decisions: &mut Decisions) {
    let Page {
        blocks, features, ..
    } = *page;
    for i in 1..blocks.len() {
        // ("Image copyright Agency" above "Image caption ...": the credit is the next
        // caption's.)
        let caption = |i: usize| i < decisions.len() && decisions.is(i, RemovalReason::Caption);
        let credit = caption(i) && features[i].words <= 8 && !caption(i + 1);
        if credit && decisions.open(i - 1) && features[i - 1].words <= 60 {
            decisions.remove(i - 1, RemovalReason::Caption);
        }
    }
}

/// The longest label of a byline split over two lines ("By", "Written by", "Author"), in
/// words.
const BYLINE_LABEL_WORDS: usize = 2;

/// A byline split over two lines: its label over a name.
pub(super) fn mark_split_bylines(page: &Page, decisions: &mut Decisions) {
    let Page {
        blocks, features, ..
    } = *page;
    for i in 1..blocks.len() {
        let label = decisions.open(i - 1)
            && features[i - 1].words <= BYLINE_LABEL_WORDS
            && is_byline_label(features[i - 1].lower);
        if label && decisions.open(i) && name_line(&blocks[i].text).is_some() {
            decisions.remove(i - 1, RemovalReason::Metadata);
            decisions.remove(i, RemovalReason::Metadata);
        }
    }
}
