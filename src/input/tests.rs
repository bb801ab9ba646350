use super::decode::decode;
use super::html::{json_ld_author, json_string_after};
use super::*;
use crate::report::{RemovalReason, RepairKind};

fn texts(doc: &Document) -> Vec<&str> {
    doc.blocks.iter().map(|b| b.text.as_str()).collect()
}

#[test]
fn push_clean_repairs_inside_every_kind_of_run() {
    let mut out = String::new();
    let mut counts = RepairCounts::default();
    let text = "  a\u{a0}b\u{200b}c  d\u{ad}e\u{3000}f Ж\u{85}gЖ\u{feff}h\u{1680}i\u{7f}漢\u{2060}字\t\u{9f}é\u{202f}";
    push_clean(&mut out, text, &mut counts);
    assert_eq!(out, "a bc de f Ж gЖh i漢字 é ");
    assert_eq!((counts.nbsp, counts.invisible, counts.control), (2, 4, 2));
}

#[test]
fn json_ld_states_date_and_author() {
    let html = r#"<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished": "2024-11-08T09:30:00+01:00","author":[{"@type":"Person","name":"Jane Doe","url":"https://example.org/jane"}]}</script></head><body><p>Text.</p></body></html>"#;
    let doc = read(html, Format::Html);
    assert_eq!(doc.meta_published.as_deref(), Some("2024-11-08"));
    assert_eq!(doc.meta_author.as_deref(), Some("Jane Doe"));
    assert_eq!(
        json_ld_author(r#"{"author": "John Roe"}"#).as_deref(),
        Some("John Roe")
    );
    assert_eq!(
        json_ld_author(r#"{"author": {"@id": "x"}, "name": "Site"}"#),
        None
    );
    assert_eq!(
        json_string_after(r#"{"datePublished": 2024}"#, "\"datePublished\""),
        None
    );
}

#[test]
fn legacy_encodings_are_decoded() {
    let d = decode(b"Caf\xe9 owner said \x93we stay open\x94.");
    assert_eq!(d.text, "Café owner said “we stay open”.");
    assert_eq!(d.repair.map(|r| r.kind), Some(RepairKind::LegacyEncoding));
    let d = decode(b"<meta charset=\"ISO-8859-1\"><p>Stra\xdfe</p>");
    assert_eq!(d.text, "<meta charset=\"ISO-8859-1\"><p>Straße</p>");
    let utf16: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain("Zoë".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    assert_eq!(decode(&utf16).text, "Zoë");
    // Mostly UTF-8 with one broken byte: UTF-8, the byte replaced.
    let mut mixed = "Zoë said “yes” ".as_bytes().to_vec();
    mixed.push(0xff);
    let d = decode(&mixed);
    assert!(d.text.starts_with("Zoë said “yes”"));
    assert_eq!(d.warning.map(|w| w.code), Some("invalid_utf8".to_owned()));
    assert!(decode("plain".as_bytes()).repair.is_none());
}

#[test]
fn detects_html() {
    assert_eq!(
        read("<!DOCTYPE html><p>Hi</p>", Format::Auto).format,
        Format::Html
    );
    assert_eq!(read("<p>a</p>", Format::Auto).format, Format::Html);
    assert_eq!(read("Use <b> for bold.", Format::Auto).format, Format::Text);
    assert_eq!(read("Plain words.", Format::Auto).format, Format::Text);
    // A fragment of paragraphs is HTML; a pasted page that quotes an embed code ("copy
    // this to republish") is text.
    let fragment = "Intro <p>One.</p><p>Two.</p><p>Three.</p>";
    assert_eq!(read(fragment, Format::Auto).format, Format::Html);
    let page = format!(
        "{}\n\nRepublish this article:\n\n<h1>Buses</h1> <p class=\"byline\">by Jane Doe</p> <p>The council voted.</p>",
        "The council approved the new bus network on Tuesday.\n\n".repeat(40)
    );
    assert_eq!(read(&page, Format::Auto).format, Format::Text);
}

#[test]
fn text_lines_become_blocks_and_hard_wraps_join() {
    let doc = read(
        "Title here\n\nFirst line of a\nwrapped paragraph.\nNext one.",
        Format::Text,
    );
    assert_eq!(
        texts(&doc),
        [
            "Title here",
            "First line of a wrapped paragraph.",
            "Next one."
        ]
    );
}

#[test]
fn glued_date_is_split_and_reported() {
    let doc = read("March 3, 2021Officials said so.", Format::Text);
    assert_eq!(texts(&doc), ["March 3, 2021", "Officials said so."]);
    let doc = read("March 3, 2021March 4, 2021Officials said so.", Format::Text);
    assert_eq!(
        texts(&doc),
        ["March 3, 2021", "March 4, 2021", "Officials said so."]
    );
    assert_eq!(doc.repairs[0].kind, RepairKind::GluedDate);
}

#[test]
fn a_drop_cap_copied_apart_from_its_word_is_joined_to_it() {
    let joined = [
        (
            "T he council met on Tuesday to vote on buses.",
            "The council met on Tuesday to vote on buses.",
        ),
        (
            "I n the end the council voted for the plan.",
            "In the end the council voted for the plan.",
        ),
        (
            "H ong Kong is burning, and the fire spreads.\n\nHong Kong waits.",
            "Hong Kong is burning, and the fire spreads.",
        ),
        (
            "M athematics is, at its core, an art.\n\nWhy mathematics?",
            "Mathematics is, at its core, an art.",
        ),
    ];
    for (pasted, repaired) in joined {
        let doc = read(pasted, Format::Text);
        assert_eq!(texts(&doc)[0], repaired);
        assert_eq!(doc.repairs[0].kind, RepairKind::DropCap);
    }
    // A letter that is a word, a letter before a function word, a word the page never
    // writes whole, a short line.
    for kept in [
        "A man said the council had voted for the plan.",
        "A long debate ended when the council voted for the plan.",
        "I am sure the council will vote for the plan.",
        "R is a language that statisticians use every day.",
        "R includes packages that statisticians use every day.",
        "H ong Kong is burning, and the fire spreads.",
        "E chi siamo noi per dire che non sia vero?",
        "T he end",
    ] {
        let doc = read(kept, Format::Text);
        assert_eq!(texts(&doc), [kept]);
        assert!(doc.repairs.is_empty(), "{kept}");
    }
}

#[test]
fn invisible_and_nbsp_repairs() {
    let doc = read("a\u{a0}b\u{200b}c\u{ad}d\u{0}e", Format::Text);
    assert_eq!(texts(&doc), ["a bcde"]);
    let kinds: Vec<_> = doc.repairs.iter().map(|r| r.kind).collect();
    assert_eq!(
        kinds,
        [
            RepairKind::NoBreakSpace,
            RepairKind::InvisibleCharacters,
            RepairKind::ControlCharacters
        ]
    );
}

#[test]
fn html_blocks_with_hints_and_entities() {
    let html = r##"<html><head><title>T &amp; U | Site</title>
        <script>var x = "<p>not text</p>";</script></head>
        <body><nav><a href="/">Home</a></nav>
        <article><h1>Head&shy;line</h1><p>Caf&eacute; &#8220;quoted&#x201D; <a href="#">link</a> text.</p>
        <div class="share-tools">Share this</div></article>
        <p hidden>secret</p><footer>© 2024</footer></body></html>"##;
    let doc = read(html, Format::Auto);
    assert_eq!(doc.format, Format::Html);
    assert_eq!(doc.meta_title.as_deref(), Some("T & U | Site"));
    assert_eq!(
        texts(&doc),
        [
            "Home",
            "Headline",
            "Café “quoted” link text.",
            "Share this",
            "secret",
            "© 2024"
        ]
    );
    let hints: Vec<_> = doc.blocks.iter().map(|b| b.hint).collect();
    assert_eq!(
        hints,
        [
            Some(RemovalReason::Navigation),
            None,
            None,
            Some(RemovalReason::Share),
            Some(RemovalReason::Hidden),
            Some(RemovalReason::Navigation)
        ]
    );
    assert_eq!(doc.blocks[1].heading, 1);
    assert!(doc.blocks[2].in_article);
    assert!(doc.blocks[2].link_density > 0.1 && doc.blocks[2].link_density < 0.3);
}

/// A call to action's box ("cta") is a subscribe or donate box.
#[test]
fn a_call_to_action_box_is_share() {
    let doc = read(
        r#"<p>The council approved the new bus network on Tuesday after a long debate.</p>
        <div class="zone-widget-custom-cta-letter"><p>Support us today.</p></div>"#,
        Format::Html,
    );
    assert_eq!(doc.blocks[1].hint, Some(RemovalReason::Share));
}

/// An embedded post's classes name its network ("twitter-tweet"), as share buttons'
/// do; a quotation is no share button. A share row next to it still is.
#[test]
fn embedded_posts_are_not_share_buttons() {
    let html = r##"<article><p>The mayor replied within the hour.</p>
        <div class="social-embed"><blockquote class="twitter-tweet"><p>We will not
        close the library.</p>— Jane Doe (@janedoe) <a href="#">May 2, 2024</a></blockquote></div>
        <div class="social-share"><a href="#">Facebook</a></div></article>"##;
    let doc = read(html, Format::Html);
    let hints: Vec<_> = doc.blocks.iter().map(|b| b.hint).collect();
    assert_eq!(hints, [None, None, None, Some(RemovalReason::Share)]);
}

/// A newsletter published on the web sits in an element whose class says "newsletter":
/// pages of text there are the newsletter, not a subscribe box; the box beside it is.
#[test]
fn a_long_newsletter_is_no_subscribe_box() {
    let paragraph = "<p>This issue is about sleep, light and the hours before bed, and what the studies say about each of them.</p>";
    let html = format!(
        "<html><body><nav><a href=\"/\">Home</a> <a href=\"/a\">About</a></nav>\
         <article class=\"newsletter-content\">{}</article>\
         <div class=\"newsletter-signup\"><p>Subscribe to the newsletter</p></div>\
         <footer>{}</footer></body></html>",
        paragraph.repeat(20),
        "Links to every page of the site. ".repeat(80)
    );
    let doc = read(&html, Format::Html);
    let hint_of = |start: &str| {
        let block = doc.blocks.iter().find(|b| b.text.starts_with(start));
        block.expect(start).hint
    };
    assert_eq!(hint_of("This issue"), None);
    assert_eq!(hint_of("Subscribe"), Some(RemovalReason::Share));
}

/// A class that says "header" and a style that hides are weak hints: they hold over a
/// site's header and a folded menu (short lines), not over an article's header with
/// its introduction or an accordion's folded panel of paragraphs.
#[test]
fn a_paragraph_overrules_a_header_class_or_a_hiding_style() {
    let paragraph = "<p>Most services start with a questionnaire about the rooms you \
                     want to change, then a designer sends two or three boards of \
                     furniture and paint to choose from, and a plan to follow, with \
                     links to buy each piece and a call to talk it over. Prices \
                     run from a hundred dollars a room to several thousand.</p>";
    let html = format!(
        "<html><body><div class=\"site-header\"><a href=\"/\">Home</a>\
         <p>Interiors</p></div>\
         <section class=\"listicle-header\">{paragraph}</section>\
         <div style=\"display: none\"><p>Menu</p><p>Sign in</p></div>\
         <div class=\"faq\"><button>How long does it take?</button>\
         <div style=\"display:none\">{paragraph}</div></div>\
         <div>{}</div></body></html>",
        "<p>The rest of the article, paragraph after paragraph.</p>".repeat(20)
    );
    let doc = read(&html, Format::Html);
    let hints: Vec<_> = doc.blocks.iter().take(6).map(|b| b.hint).collect();
    assert_eq!(
        hints,
        [
            Some(RemovalReason::Navigation),
            Some(RemovalReason::Navigation),
            None,
            Some(RemovalReason::Hidden),
            Some(RemovalReason::Hidden),
            Some(RemovalReason::Comments),
        ]
    );
    assert_eq!(doc.blocks[6].hint, None, "{:?}", doc.blocks[6].text);
}

#[test]
fn broken_html_never_loses_text() {
    let doc = read(
        "<div><p>one <b>two</div> three <unclosed attr=\"x",
        Format::Html,
    );
    assert_eq!(texts(&doc), ["one two", "three"]);
    let doc = read("<p>1 < 2 and a&b &bogus; &#xZZ;</p>", Format::Html);
    assert_eq!(texts(&doc), ["1 < 2 and a&b &bogus; &#xZZ;"]);
}

#[test]
fn one_br_breaks_a_line_two_end_the_paragraph() {
    let html = "<p>“Roads and rivers,<br>we counted them all,” the poet said.</p>\
                <div>First paragraph.<br> <br>Second paragraph.</div>\
                <div><b>Careers</b><br>Please write to us.</div>";
    let doc = read(html, Format::Html);
    assert_eq!(
        texts(&doc),
        [
            "“Roads and rivers, we counted them all,” the poet said.",
            "First paragraph.",
            "Second paragraph.",
            "Careers",
            "Please write to us."
        ]
    );
}

#[cfg(feature = "markdown")]
#[test]
fn markdown_blocks_keep_structure_and_drop_markup() {
    let markdown = "# Headline\n\n\
        Text with **strong** and *emphasis*, `code` and a [link](https://example.org).\n\n\
        - [Home](/)\n- [News](/news)\n\n\
        ![alt text of a photo](photo.jpg)\n\n\
        | Year | Riders |\n|---|---|\n| 2024 | 4,100 |\n\n\
        > A quoted line\n> that goes on.\n\n\
        <div class=\"box\"><p>Raw HTML paragraph.</p></div>\n";
    let doc = read(markdown, Format::Markdown);
    assert_eq!(doc.format, Format::Markdown);
    assert_eq!(
        texts(&doc),
        [
            "Headline",
            "Text with strong and emphasis, code and a link.",
            "Home",
            "News",
            "Year | Riders",
            "2024 | 4,100",
            "A quoted line that goes on.",
            "Raw HTML paragraph.",
        ]
    );
    assert_eq!(doc.blocks[0].heading, 1);
    assert_eq!(doc.blocks[1].heading, 0);
    // "link" is 4 of the paragraph's 47 bytes; a menu item is all link.
    assert!((doc.blocks[1].link_density - 4.0 / 47.0).abs() < 1e-6);
    assert_eq!(doc.blocks[2].link_density, 1.0);
}

#[cfg(feature = "markdown")]
#[test]
fn markdown_front_matter_is_the_page_metadata() {
    let markdown = "---\ntitle: \"Ferry to Run All Winter\"\nauthor: Jo Lind\ndate: 2024-11-08T09:30:00Z\ntags: [ports]\n---\n\nThe ferry runs.\n";
    let doc = read(markdown, Format::Auto);
    assert_eq!(doc.format, Format::Markdown);
    assert_eq!(doc.meta_title.as_deref(), Some("Ferry to Run All Winter"));
    assert_eq!(doc.meta_author.as_deref(), Some("Jo Lind"));
    assert_eq!(doc.meta_published.as_deref(), Some("2024-11-08"));
    assert_eq!(texts(&doc), ["The ferry runs."]);
}

#[test]
fn markdown_is_detected_only_from_two_kinds_of_markup() {
    let detected = |text: &str| detect(text, Format::Auto);
    assert_eq!(
        detected("# Title\n\nSaid **Ana Ruiz** on Monday."),
        Format::Markdown
    );
    assert_eq!(
        detected("Read **this** and [that](https://example.org)."),
        Format::Markdown
    );
    // A paste: a hashtag line, a rating in stars, a footnote in brackets.
    for paste in [
        "#1 seed wins\n\nShe said it was **** good.",
        "# Trending now\n\nThe council met [1] on Monday.",
        "Rated ***** by readers (see [2]).",
    ] {
        assert_eq!(detected(paste), Format::Text, "{paste:?}");
    }
}

#[cfg(not(feature = "markdown"))]
#[test]
fn markdown_without_the_feature_is_text_with_a_warning() {
    let doc = read("# Title\n\nSaid **Ana Ruiz** on Monday.", Format::Auto);
    assert_eq!(doc.format, Format::Text);
    assert_eq!(texts(&doc), ["# Title", "Said **Ana Ruiz** on Monday."]);
    assert_eq!(doc.warnings[0].code, "markdown_unavailable");
}
