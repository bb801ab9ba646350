//! Stage 2a: what the page says about the article — its byline, standfirst and lead image.
//!
//! In: the report after cleaning, whose `removed` blocks hold the bylines, date lines,
//! captions and credits the cleaner set aside. Out: [`Metadata`]'s `byline`, `standfirst`
//! (the block the cleaner set aside as one) and `lead_image`, with the author and
//! publication date an HTML page states in `<meta>` elements or schema.org JSON-LD (read by
//! the input stage) where the text has none; the facts stage falls back to the dateline for
//! `published`. Limits: only blocks before the
//! body's second paragraph are read. Nothing is guessed: a page without a byline has
//! `byline: null`. Also here: a page title's site name is cut ([`without_site_name`]).

use crate::lexicon::{calendar_kind, BOILERPLATE, BYLINE_WORDS};
use crate::report::{LeadImage, Metadata, RemovalReason, RemovedBlock, Report};

/// A byline without "By": a person's name alone on the line right after the headline, or
/// next to the date line ("Jane Doe" above "September 4, 2025"), or before the date on its
/// line ("Jane Doe October 14, 2025", "Jane Doe | May 22, 2025"), as pasted pages print
/// them; not a menu's entry ("Contact Us", "Press Release"), whose words the article writes
/// in lowercase.
fn name_line(report: &Report, head: &[&RemovedBlock]) -> Option<String> {
    let title = report.input.title_block;
    let dated = |block: usize| {
        head.iter()
            .any(|r| r.reason == RemovalReason::Metadata && r.block.abs_diff(block) == 1)
    };
    head.iter()
        .filter(|r| {
            matches!(
                r.reason,
                RemovalReason::Navigation | RemovalReason::Metadata
            )
        })
        .filter_map(|r| {
            let text = r.text.trim();
            // The name, then a date with its year ("October 14, 2025", "14 October 2025"):
            // the line is a byline of its own.
            let date = text.find(|c: char| c.is_ascii_digit()).and_then(|digit| {
                let month = |word: Option<&str>| word.and_then(calendar_kind) == Some("month");
                let before = text[..digit].rsplit(' ').nth(1);
                let at = match month(before) {
                    true => before?.as_ptr() as usize - text.as_ptr() as usize,
                    false => month(text[digit..].split(' ').nth(1)).then_some(digit)?,
                };
                let year = text.as_bytes()[at..].windows(4);
                year.into_iter()
                    .any(|w| w.iter().all(u8::is_ascii_digit))
                    .then_some(at)
            });
            match date {
                Some(at) => Some(text[..at].trim_end_matches([' ', ',', '|', '·', '-'])),
                None => (title.is_some_and(|t| r.block == t + 1) || dated(r.block)).then_some(text),
            }
        })
        .find(|text| is_person_name(text) && !written_in_lowercase(text, &report.text))
        .map(str::to_owned)
}

/// Whether a word of `name` is written in lowercase in `body`: then it is a common word
/// ("Press Release", "Wedding Venues"), where a name's words are capitalised wherever
/// they appear.
fn written_in_lowercase(name: &str, body: &str) -> bool {
    name.split_whitespace().any(|word| {
        let lower = word.to_lowercase();
        word != lower && body.split(|c: char| !c.is_alphabetic()).any(|w| w == lower)
    })
}

/// Small words inside names ("Ana María de la Cruz", "Ludwig van Beethoven").
const PARTICLES: [&str; 8] = ["de", "la", "van", "von", "da", "del", "der", "bin"];

/// Two to five capitalised words of letters ("Jane Doe", "Ana María de la Cruz", "Jean-Luc
/// O'Neil"), none of them a function word or a menu's word: "Partner With Us", "Book a
/// Demo", "Contact Us", "NVIDIA GTC" and "Today's Hours" are no names, nor is a month.
fn is_person_name(text: &str) -> bool {
    use crate::lexicon::{is_in, WordClass, FUNCTION_WORDS};
    let words: Vec<&str> = text.split_whitespace().collect();
    let capitalised = words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    (2..=5).contains(&words.len())
        && capitalised >= 2
        && words.iter().all(|w| {
            let lower = w.to_lowercase();
            let letters = w.chars().all(|c| c.is_alphabetic() || "'’-.".contains(c));
            let particle = PARTICLES.contains(&lower.as_str());
            // A capital, then small letters: not an acronym ("GTC"), not a possessive.
            let shaped = w.starts_with(char::is_uppercase)
                && w.chars().any(char::is_lowercase)
                && !w.ends_with("'s")
                && !w.ends_with("’s");
            letters
                && (particle
                    || shaped
                        && !FUNCTION_WORDS.contains(&lower)
                        && !is_in(WordClass::MenuWord, &lower)
                        && calendar_kind(&lower).is_none())
        })
}

/// A page title without the site's name after it: "Headline | Site", "Headline - Site",
/// "Headline — Site Name". The last segment goes when it is short (five words or fewer) and
/// the headline left has three words or more; "Trump - Putin" keeps its dash.
pub(crate) fn without_site_name(title: &str) -> &str {
    // The last separator: a bar or a dash with a space on each side.
    let bytes = title.as_bytes();
    let cut = title.char_indices().rev().find(|&(at, c)| {
        matches!(c, '|' | '-' | '–' | '—')
            && at > 0
            && bytes[at - 1] == b' '
            && bytes.get(at + c.len_utf8()) == Some(&b' ')
    });
    match cut {
        Some((at, c))
            if title[at + c.len_utf8()..].split_whitespace().count() <= 5
                && title[..at].split_whitespace().count() >= 3 =>
        {
            title[..at].trim_end()
        }
        _ => title,
    }
}

/// How many kept paragraphs may come before the byline ([`read`]): WCXB's pasted bylines
/// 0.335 -> 0.348 from 1 to 5 (HTML 0.683 -> 0.687); ten found fewer in HTML.
const BYLINE_PARAGRAPHS: usize = 5;

/// Reads the byline and the lead image from the blocks removed before the body; an HTML
/// page's own `<meta>` author and publication date (`meta_author`, `meta_published`) stand
/// when the text states none (the facts stage falls back to the dateline for the date).
pub(crate) fn read(
    report: &Report,
    meta_author: Option<String>,
    meta_published: Option<String>,
) -> Metadata {
    let head: Vec<&RemovedBlock> = report
        .removed
        .iter()
        .filter(|r| r.before_paragraph <= 1)
        .collect();
    Metadata {
        // A byline stands near the top, though a kicker, a standfirst, a date and a
        // caption may be kept before it: within the first paragraphs, not only before
        // the first (a teaser's "By ..." further down names another story's writer).
        byline: report
            .removed
            .iter()
            .filter(|r| r.before_paragraph <= BYLINE_PARAGRAPHS)
            .filter(|r| {
                matches!(
                    r.reason,
                    RemovalReason::Metadata | RemovalReason::Navigation
                )
            })
            .find_map(|r| {
                let names = byline(&r.text).or_else(|| split_byline(report, r))?;
                // A menu's "By Use Case" is navigation, and the article writes its words
                // in lowercase; a byline's names are capitalised wherever they appear.
                let menu = r.reason == RemovalReason::Navigation
                    && written_in_lowercase(&names, &report.text);
                (!menu).then_some(names)
            })
            .or_else(|| name_line(report, &head))
            .or_else(|| {
                // Some pages put the "By" in their <meta> author too. One that does not
                // start with a letter or digit is a template's empty name glued to the
                // outlet (", USA TODAY"): no name at all.
                let author = meta_author?;
                let name = author.strip_prefix("By ").or(author.strip_prefix("BY "));
                let name = name.unwrap_or(&author).trim();
                name.starts_with(char::is_alphanumeric)
                    .then(|| name.to_owned())
            }),
        published: meta_published,
        standfirst: report
            .removed
            .iter()
            .find(|r| r.reason == RemovalReason::Standfirst)
            .map(|r| r.text.trim().to_owned()),
        lead_image: lead_image(&head),
    }
}

/// A byline's label on a line of its own: "By", "Author", or a writer's verb and "by"
/// ("Written by"), lowercase, with or without a colon (`lexicon/bylines.txt`). The names are
/// on the next line.
pub(crate) fn is_byline_label(lower: &str) -> bool {
    let label = lower.trim_end_matches(':');
    BYLINE_WORDS.labels.contains(label)
        || label
            .strip_suffix(" by")
            .is_some_and(|verb| BYLINE_WORDS.verbs.contains(verb))
}

/// The names of a byline split over two removed lines, the label ([`is_byline_label`]) and
/// the names under it.
fn split_byline(report: &Report, label: &RemovedBlock) -> Option<String> {
    if !is_byline_label(&label.text.trim().to_lowercase()) {
        return None;
    }
    let names = report.removed.iter().find(|r| r.block == label.block + 1)?;
    byline(&format!("By {}", names.text.trim()))
}

/// The names of a byline: "By Jane Doe and John Roe" → "Jane Doe and John Roe"; also at
/// the end of a date line ("Monday November 18, 2019 7:45 am PST by Jane Doe"). The names
/// run to the end of the block or to a separator ("|", " - ", " — "); each word is
/// capitalised, or "and", "&" or a comma's join.
pub(crate) fn byline(text: &str) -> Option<String> {
    let text = text.trim();
    let start = match text.get(..3) {
        Some("By " | "BY " | "by " | "By:" | "BY:" | "by:") => 3,
        // "Written by", "Written By", "Reporting by", "Written by:", and a date line that
        // ends with its writer ("Nov. 18, 2019 7:45 am by Jane Doe"). Not a menu's "Shop
        // by Event Type", "Browse by Use Case": the word before "by" must be a writer's
        // verb, or the line hold a date.
        _ => {
            let at = text.rfind(" by").or(text.rfind(" By"))?;
            let lead = &text[..at];
            let verb = lead
                .rsplit(' ')
                .next()
                .unwrap_or_default()
                .to_ascii_lowercase();
            let credited =
                BYLINE_WORDS.verbs.contains(&verb) || lead.bytes().any(|b| b.is_ascii_digit());
            let by = at + 3;
            (credited && text[by..].starts_with([' ', ':'])).then_some(by + 1)?
        }
    };
    let names = text[start..]
        .trim_start()
        .split(['|', '—', '–', '·', '•'])
        .next()
        .unwrap_or_default()
        .split(" - ")
        .next()
        .unwrap_or_default();
    // The names end where a time stamp begins: "Jane Doe Updated Nov 8, 2019", "Jane Doe
    // Published: Jan 8", "Jane Doe December 2, 2025", "Jane Doe, Wednesday, 20 November".
    let words: Vec<&str> = names.split_whitespace().collect();
    let stop = words
        .iter()
        .enumerate()
        .find(|&(k, w)| {
            let bare = w.trim_end_matches(&[':', ',', '.'][..]);
            let calendar = calendar_kind(bare);
            let dated = words
                .get(k + 1)
                .is_some_and(|next| next.starts_with(|c: char| c.is_ascii_digit()));
            matches!(
                bare,
                "Updated" | "Published" | "Posted" | "Last" | "on" | "at"
            ) || w.contains(|c: char| c.is_ascii_digit())
                || calendar == Some("weekday")
                || (calendar == Some("month") && dated)
        })
        .map(|(_, w)| *w)
        // The word's offset in `names` (it is a slice of it).
        .map_or(names.len(), |w| {
            w.as_ptr() as usize - names.as_ptr() as usize
        });
    let names = &names[..stop.min(glue_point(names))];
    let names = names.trim().trim_end_matches(&[',', '.'][..]);
    let words: Vec<&str> = names.split_whitespace().collect();
    // (A comma may stand apart: "By Jane Doe , Jon Roe".)
    let name_like = words.iter().all(|w| {
        matches!(*w, "and" | "&" | ",")
            || PARTICLES.contains(w)
            || w.starts_with(char::is_uppercase)
    });
    let capitalised = words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    (name_like && (2..=12).contains(&words.len()) && capitalised >= 2)
        .then(|| names.replace(" ,", ","))
}

/// Where text the page glued to the names begins, when a link around the names was
/// removed: a handle ("Jane Doe@janedoe"), or a capital right after a small letter late in
/// a word ("Meg JamesStaff Writer", "Jon RoeFOXBusiness"). A name's own inner capitals come
/// early, after a prefix of two or three letters ("DeArdo", "McDonald", "MacFarlane"), so
/// only a capital after five or more letters of a word counts; and only before a comma, as
/// the link is around the first name, and lists of organisations have inner capitals of
/// their own ("Jamf, LevelBlue"). `names.len()` when none.
fn glue_point(names: &str) -> usize {
    let mut word_start = 0;
    let mut previous = ' ';
    for (at, c) in names.char_indices() {
        if c == '@' {
            return at;
        }
        if c == ',' {
            break;
        }
        if c.is_whitespace() {
            word_start = at + c.len_utf8();
        } else if c.is_uppercase()
            && previous.is_lowercase()
            && names[word_start..at].chars().count() >= 5
        {
            return at;
        }
        previous = c;
    }
    names.len()
}

/// The first image's caption and credit: captions removed before the body's second
/// paragraph. Of two in a row, the first is the caption and the second its credit; a lone
/// one is a credit when it reads as one ("Getty Images", "Photo: ...").
fn lead_image(head: &[&RemovedBlock]) -> Option<LeadImage> {
    let captions: Vec<&RemovedBlock> = head
        .iter()
        .copied()
        .filter(|r| r.reason == RemovalReason::Caption)
        .collect();
    let first = captions.first()?;
    let is_credit = |r: &RemovedBlock| {
        BOILERPLATE
            .of(BOILERPLATE.matching(&r.text.trim().to_lowercase()))
            .any(|p| p.reason == RemovalReason::Caption)
            || r.text.contains(" | ")
            || r.text.contains(" / ")
    };
    let text = |r: &RemovedBlock| Some(r.text.trim().to_owned());
    Some(
        match captions.get(1).filter(|next| next.block == first.block + 1) {
            Some(next) => LeadImage {
                caption: text(first),
                credit: text(next),
            },
            None if is_credit(first) => LeadImage {
                caption: None,
                credit: text(first),
            },
            None => LeadImage {
                caption: text(first),
                credit: None,
            },
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two paragraphs of an article of my own.
    const BODY: &str = "The council voted on Tuesday to expand the bus network, a plan that the mayor has promised for years.\n\nWork on the first routes starts in May, and the old depot will be rebuilt to house the new fleet.";

    #[test]
    fn bylines_give_their_names() {
        assert_eq!(byline("By Jane Doe").as_deref(), Some("Jane Doe"));
        assert_eq!(
            byline("By Jane Doe and John Roe | Reuters").as_deref(),
            Some("Jane Doe and John Roe")
        );
        assert_eq!(
            byline("Monday November 18, 2019 7:45 am PST by Jane Doe").as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(byline("Published by the city council on Monday"), None);
        assert_eq!(
            byline("By Jane Doe Updated Nov 8, 2019, 2:40pm").as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(byline("By Jon Roe on Monday").as_deref(), Some("Jon Roe"));
        assert_eq!(
            byline("By Jane Doe , Jon Roe on Monday, November 18th, 2019 at 11:08 a.m.").as_deref(),
            Some("Jane Doe, Jon Roe")
        );
        assert_eq!(byline("By"), None);
        for (line, names) in [
            ("By Jane Doe Published: Jan 25, 2025", "Jane Doe"),
            ("By Jane Doe December 2, 2025", "Jane Doe"),
            (
                "By Jane Doe, Wednesday, 20 November 2019 08:05 GMT",
                "Jane Doe",
            ),
            ("by Jane Doe· October 10, 2021", "Jane Doe"),
            ("By June Carter and May Roe", "June Carter and May Roe"),
            ("Written by: Jane Doe Updated Sep 17, 2025", "Jane Doe"),
            ("By: Jane Doe", "Jane Doe"),
            ("Story by Jane Doe", "Jane Doe"),
        ] {
            assert_eq!(byline(line).as_deref(), Some(names), "{line}");
        }
        // A menu's filters name no writer, nor do a reviewer's and an editor's credits.
        for menu in [
            "Shop by Event Type",
            "Browse by Use Case",
            "Search by ZIP Code",
            "Medically reviewed by Jane Doe",
            "Fact checked by Jane Doe",
        ] {
            assert_eq!(byline(menu), None, "{menu}");
        }
    }

    /// What a removed link glued to the names is cut off; names with their own inner
    /// capitals stay whole.
    #[test]
    fn glued_bylines_lose_what_was_glued() {
        for (line, names) in [
            ("By Meg JamesStaff Writer", "Meg James"),
            ("By Jon GarberFOXBusiness", "Jon Garber"),
            // A short name glued stays glued: its capital could be the name's own.
            ("By Jon RoeFOXBusiness", "Jon RoeFOXBusiness"),
            ("By Ann Lee@annlee_news", "Ann Lee"),
            ("By Pat BoucherIn Budget Travel, Travel Tips", "Pat Boucher"),
            ("By Bryan DeArdo", "Bryan DeArdo"),
            (
                "By Rebecca MacFarlane and Tom McDonald",
                "Rebecca MacFarlane and Tom McDonald",
            ),
            ("By Ana Elin SanSone", "Ana Elin SanSone"),
            ("By ÉLODIE DUPONT", "ÉLODIE DUPONT"),
            ("By Acme, LevelBlue and Ping", "Acme, LevelBlue and Ping"),
        ] {
            assert_eq!(byline(line).as_deref(), Some(names), "{line}");
        }
    }

    #[test]
    fn a_page_states_its_byline_date_and_lead_image() {
        let text = format!("Buses Return to the Old Town\n\nBy Jane Doe and John Roe\n\nNovember 8, 2024\n\nA bus waits at the depot in the rain.\nJane Doe | Example Pictures\n\n{BODY}");
        let report = crate::analyze(&text, &crate::Options::default());
        let m = &report.metadata;
        assert_eq!(m.byline.as_deref(), Some("Jane Doe and John Roe"));
        assert_eq!(m.published.as_deref(), Some("2024-11-08"));
        let image = m.lead_image.as_ref().expect("a lead image");
        assert_eq!(
            image.caption.as_deref(),
            Some("A bus waits at the depot in the rain.")
        );
        assert_eq!(image.credit.as_deref(), Some("Jane Doe | Example Pictures"));
    }

    /// A date line that ends with its writer names the byline, and stays out of the text.
    #[test]
    fn a_date_line_that_ends_with_its_writer_gives_the_byline() {
        let text =
            format!("Buses Return to the Old Town\n\nOctober 11, 2023 by Jane Doe\n\n{BODY}");
        let report = crate::analyze(&text, &crate::Options::default());
        assert_eq!(report.metadata.byline.as_deref(), Some("Jane Doe"));
        assert!(!report.text.contains("Jane Doe"), "{}", report.text);
    }

    /// The summary between the headline and the byline is the standfirst: in the metadata,
    /// not in the article's text. Without a byline or date under it, the first block is
    /// the article's first paragraph.
    #[test]
    fn the_summary_above_the_byline_is_the_standfirst() {
        let summary = "Night buses come back to the old town, and the depot gets a new roof.";
        let text = format!("Buses Return to the Old Town\n\n{summary}\n\nBy Jane Doe\n\nNovember 8, 2024\n\n{BODY}");
        let report = crate::analyze(&text, &crate::Options::default());
        assert_eq!(report.metadata.standfirst.as_deref(), Some(summary));
        assert_eq!(report.metadata.byline.as_deref(), Some("Jane Doe"));
        assert!(!report.text.contains("Night buses"), "{}", report.text);
        let removed = report.removed.iter().find(|r| r.text == summary);
        assert_eq!(removed.map(|r| r.reason), Some(RemovalReason::Standfirst));
        let text = format!("Buses Return to the Old Town\n\n{summary}\n\n{BODY}");
        let report = crate::analyze(&text, &crate::Options::default());
        assert_eq!(report.metadata.standfirst, None);
        assert!(report.text.starts_with("Night buses"), "{}", report.text);
    }

    /// A byline under a standfirst and a kept line or two is still the page's byline; one
    /// far down, on a teaser, is not.
    #[test]
    fn a_byline_under_the_standfirst_is_the_byline() {
        let text = format!("Buses Return to the Old Town\n\nCity Life\n\nNight buses come back to the old town, and the depot gets a new roof.\n\nThe first routes open in May, the mayor says.\n\nWritten By Jane Doe\n\n{BODY}");
        let report = crate::analyze(&text, &crate::Options::default());
        assert_eq!(report.metadata.byline.as_deref(), Some("Jane Doe"));
        let far = format!("Buses Return to the Old Town\n\n{BODY}\n\n{BODY}\n\n{BODY}\n\nMore Stories\n\nTrams Return Too\n\nBy John Roe");
        let report = crate::analyze(&far, &crate::Options::default());
        assert_eq!(report.metadata.byline, None);
    }

    /// A byline split over two lines, its label over the name, is read and removed; a
    /// label over a sentence is neither.
    #[test]
    fn a_byline_over_two_lines_is_read() {
        for label in ["By", "Written By", "Author:"] {
            let text = format!("Buses Return to the Old Town\n\n{label}\n\nJane Doe\n\n{BODY}");
            let report = crate::analyze(&text, &crate::Options::default());
            assert_eq!(
                report.metadata.byline.as_deref(),
                Some("Jane Doe"),
                "{label}"
            );
            assert!(!report.text.contains("Jane Doe"), "{label}");
        }
        let text =
            format!("Buses Return to the Old Town\n\nBy\n\nThe numbers tell a story.\n\n{BODY}");
        let report = crate::analyze(&text, &crate::Options::default());
        assert_eq!(report.metadata.byline, None);
    }

    /// A menu's "By Use Case" is no byline when the article writes "use case" in lowercase.
    #[test]
    fn a_menu_entry_that_starts_with_by_is_no_byline() {
        let html = "<html><body><nav><p>Solutions</p><p>By Use Case</p><p>By Industry</p></nav><article><h1>Buses Return</h1><p>The council voted on Tuesday to expand the bus network, the first use case of the new budget rules.</p><p>Work on the first routes starts in May, and the old depot will be rebuilt to house the new fleet.</p></article></body></html>";
        let report = crate::analyze(html, &crate::Options::default());
        assert_eq!(report.metadata.byline, None);
    }

    /// A template's empty author name glued to the outlet is no byline.
    #[test]
    fn an_author_that_starts_with_a_comma_is_no_name() {
        let html = "<html><head><meta name=\"author\" content=\", Example Daily\"></head><body><article><p>The council voted on Tuesday to expand the bus network, a plan that the mayor has promised for years.</p></article></body></html>";
        let report = crate::analyze(html, &crate::Options::default());
        assert_eq!(report.metadata.byline, None);
    }

    #[test]
    fn an_html_page_states_its_author_and_date_in_meta_elements() {
        let html = "<html><head><meta name=\"author\" content=\"Jane Doe\"><meta property=\"article:published_time\" content=\"2024-11-08T09:30:00Z\"></head><body><article><p>The council voted on Tuesday to expand the bus network, a plan that the mayor has promised for years.</p></article></body></html>";
        let report = crate::analyze(html, &crate::Options::default());
        assert_eq!(report.metadata.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(report.metadata.published.as_deref(), Some("2024-11-08"));
        assert_eq!(report.input.date_source.as_deref(), Some("metadata"));
        // "Tuesday" is resolved against it.
        assert_eq!(report.times[0].from.as_deref(), Some("2024-11-05"));
    }

    #[test]
    fn a_placeholder_date_in_metadata_is_no_article_date() {
        // A content system's "no date" (the zero time of .NET and Go, Unix's epoch) would
        // put every relative date in year 1.
        for placeholder in ["0001-01-01T00:00:00Z", "1970-01-01T00:00:00Z"] {
            let html = format!("<html><head><script type=\"application/ld+json\">{{\"@type\": \"NewsArticle\", \"datePublished\": \"{placeholder}\"}}</script></head><body><article><p>The council voted on Tuesday to expand the bus network, a plan that the mayor has promised for years.</p></article></body></html>");
            let report = crate::analyze(&html, &crate::Options::default());
            assert_eq!(report.metadata.published, None, "{placeholder}");
            assert_eq!(report.times[0].from, None, "{placeholder}");
        }
    }

    #[test]
    fn nothing_stated_nothing_guessed() {
        let report = crate::analyze(
            "The council voted on Tuesday to expand the bus network, a plan that the mayor has promised for years.",
            &crate::Options::default(),
        );
        assert_eq!(report.metadata, Metadata::default());
    }

    #[test]
    fn a_page_titles_site_name_is_cut() {
        use super::without_site_name;
        assert_eq!(
            without_site_name("Buses return to the old town | City News"),
            "Buses return to the old town"
        );
        assert_eq!(
            without_site_name("Buses return to the old town - City News Online"),
            "Buses return to the old town"
        );
        assert_eq!(without_site_name("A | B | Some Site"), "A | B");
        // Too short to be a headline without it, or too long to be a site's name.
        assert_eq!(without_site_name("Trump - Putin"), "Trump - Putin");
        assert_eq!(
            without_site_name("Council votes - and the buses will run every ten minutes from May"),
            "Council votes - and the buses will run every ten minutes from May"
        );
    }

    #[test]
    fn a_name_line_by_the_headline_or_the_date_is_the_byline() {
        let body = "The city council approved the new bus network on Tuesday, after a debate that lasted most of the evening.\n\nUnder the plan, buses will run every ten minutes on the busiest routes, and night services will return to the old town.";
        let byline = |head: &str| {
            let text = format!("{head}\n\n{body}");
            crate::analyze(&text, &crate::Options::default())
                .metadata
                .byline
        };
        assert_eq!(
            byline("Buses Return to the Old Town\n\nJane Doe\n\nSeptember 4, 2025").as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(
            byline("Buses Return to the Old Town\n\nWritten By Ana María de la Cruz").as_deref(),
            Some("Ana María de la Cruz")
        );
        // A name before the date on its line, anywhere above the body.
        for line in [
            "Jane Doe October 14, 2025",
            "Jane Doe | 14 October 2025 at 9:10 am",
        ] {
            let head = format!("Menu\n\nHome\n\n{line}\n\nBuses Return to the Old Town");
            assert_eq!(byline(&head).as_deref(), Some("Jane Doe"), "{line}");
        }
        // Menus and common words are no names.
        assert_eq!(byline("Buses Return to the Old Town\n\nContact Us"), None);
        assert_eq!(
            byline("Menu\n\nContact Us October 14, 2025\n\nBuses Return to the Old Town"),
            None
        );
        assert_eq!(
            byline("Buses Return to the Old Town\n\nNight Services\n\nSeptember 4, 2025"),
            None
        );
    }
}
