use super::decisions::Decisions;
use super::features::ends_signed;
use super::furniture::{is_gallery_counter, is_machine_text, is_share_row};
use super::teasers::is_glued_teaser;
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
/// no paragraph repeats another ([`mark_reprinted_paragraphs`] takes repeats): a longer story.
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
    let closing = "Since 1995, Maria Lopez has run the depot, and she said the plan would work.";
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
    let bio =
        "Maria Lopez is a planner by training who has followed the city's transport for a decade.";
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
    let second = "Tom Ruiz has reported on the city council since 2015 and lives in the old town.";
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
    let more = "When she is not riding buses, Maria teaches cycling to children in the old town.";
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
        let mut decisions: Decisions = doc.blocks.iter().map(|_| None).collect();
        mark_reprinted_stretches(&features, &mut decisions);
        let taken: Vec<usize> = (0..decisions.len())
            .filter(|&i| decisions[i].is_some())
            .collect();
        assert_eq!(taken, removed, "{texts:?}");
        mark_reprinted_paragraphs(&features, &mut decisions);
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
    let teaser =
        "Trams Return to the Harbour\n\nThe city wants trams back on the harbour front by 2030...";
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
        picks[sentence_at] = "A new lamp for the desk that is on sale until the end of the week.";
        let items: String = picks
            .iter()
            .enumerate()
            .map(|(n, item)| format!("<p>{}) {item}</p><p>http://example.com/pick/{n}</p>", n + 1))
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
    let exact =
        |d: &[(String, Decision)], text: &str| d.iter().find(|(t, _)| t == text).map(|(_, d)| *d);
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
    let d = decide(&body_around(
        "The plan was approved by the council on Tuesday night. Read the plan here and/or there",
    ));
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
