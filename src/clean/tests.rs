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

fn reason_of(decided: &[(String, Decision)], prefix: &str) -> Decision {
    decided
        .iter()
        .find(|(t, _)| t.starts_with(prefix))
        .map(|(_, d)| *d)
        .unwrap_or_else(|| panic!("no block starts with {prefix:?}"))
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
