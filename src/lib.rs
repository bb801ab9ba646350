//! claimlens turns a news article, pasted as page text or given as HTML, into the clean
//! article and a structured list of its claims: who said what, and how.
//!
//! ```
//! let report = claimlens::analyze(
//!     "“The bridge opens in May,” Mayor Ana Ruiz said.",
//!     &claimlens::Options::default(),
//! );
//! let claim = &report.claims[0];
//! assert_eq!(claim.text, "The bridge opens in May");
//! assert_eq!(claim.speaker.as_ref().unwrap().canonical, "Ana Ruiz");
//! ```
//!
//! One call does the work: [`analyze`] (or [`analyze_bytes`] for a file's bytes) runs the
//! pipeline — input → clean → sentences → claims → facts (see ARCHITECTURE.md) — and
//! returns a [`Report`]. Analysis never fails: whatever the input, it returns a report,
//! with [`Warning`]s for what went wrong. The report's field names are a public contract:
//! fields are added, never renamed or dropped.
//!
//! The core knows nothing of JavaScript; the `bindings` module (wasm32 only) is the one
//! place that does. [`stages`] opens the stages one at a time, for benchmarks and tools.

mod claims;
mod clean;
mod date;
mod entities;
mod facts;
mod input;
mod lexicon;
mod report;
mod sentences;
mod text;

#[cfg(target_arch = "wasm32")]
pub mod bindings;

pub use date::Date;
pub use input::{detect as detect_format, Format};
pub use report::{
    csv_header, csv_rows, export, Article, Claim, ClaimKind, ConsistencyHint, Cue, Entity,
    EntityKind, ExportFormat, Gender, Granularity, InputInfo, LeadImage, Mention, MentionVia,
    Metadata, Quantity, QuantityKind, Relation, RemovalReason, RemovedBlock, Repair, RepairKind,
    Report, Sentence, Span, Speaker, SpeakerSummary, TimeExpression, Warning,
};
#[cfg(feature = "schema")]
pub use report::{report_schema, SCHEMA_VERSION};

use clean::Decision;

/// The pipeline's stages one at a time, for benchmarks, model training and tools that
/// study one stage. [`analyze`] is the stable entry point; these follow the code.
pub mod stages {
    pub use crate::clean::{clean, Decision};
    pub use crate::facts::checkworthy;
    pub use crate::input::{decode, read, repair_mojibake, Block, Decoded, Document};
    pub use crate::sentences::split;
}

/// How to analyse. `Options::default()` suits a pasted article or a saved page.
///
/// Give the article's date when you know it, so that relative dates resolve:
///
/// ```
/// use claimlens::{analyze, Options};
///
/// let options = Options {
///     date: Some("2025-03-14".to_owned()),
///     ..Options::default()
/// };
/// let report = analyze("The council met yesterday to approve the budget.", &options);
/// let yesterday = &report.times[0];
/// assert_eq!(yesterday.text, "yesterday");
/// assert_eq!(yesterday.from.as_deref(), Some("2025-03-13"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Remove boilerplate (navigation, teasers, comments...). Default `true`; `false` takes
    /// the whole input as the article body.
    pub clean: bool,
    /// What the input is. Default [`Format::Auto`]: HTML when it looks like markup.
    pub format: Format,
    /// The article's date (ISO 8601, e.g. `2024-11-08`), when the caller knows it. Default
    /// `None`: the date is then taken from the page's dateline when it states one. Relative
    /// dates ("yesterday", "last July") are resolved against it; see [`InputInfo::date`].
    pub date: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            clean: true,
            format: Format::Auto,
            date: None,
        }
    }
}

/// Analyses one article given as text (plain or HTML).
///
/// Pasted page text keeps its furniture: menus, bylines, captions and teasers go to
/// [`Report::removed`], each with its reason, and the article's text is what is left.
///
/// ```
/// use claimlens::{analyze, Options, RemovalReason};
///
/// let pasted = "Home | News | Sport\n\
///     Bridge to Reopen in May\n\
///     By Jo Lind\n\
///     The city's old bridge will reopen in May after two years of repairs, officials said on Monday.\n\
///     “We are on schedule and on budget,” said Ana Ruiz, the city's chief engineer.\n\
///     Share this article";
/// let report = analyze(pasted, &Options::default());
/// assert_eq!(report.title.as_deref(), Some("Bridge to Reopen in May"));
/// assert_eq!(report.metadata.byline.as_deref(), Some("Jo Lind"));
/// let share = report.removed.iter().find(|b| b.text == "Share this article");
/// assert_eq!(share.map(|b| b.reason), Some(RemovalReason::Share));
/// assert!(report.text.starts_with("The city's old bridge"));
///
/// let quote = &report.claims[1];
/// assert_eq!(quote.text, "We are on schedule and on budget");
/// assert_eq!(quote.speaker.as_ref().map(|s| s.canonical.as_str()), Some("Ana Ruiz"));
/// ```
pub fn analyze(input: &str, options: &Options) -> Report {
    let document = input::read(input, options.format);
    let decisions = clean::clean(&document.blocks, document.format, options.clean);
    let block_count = document.blocks.len();
    let page_format = document.format;
    let (meta_author, meta_published) = (document.meta_author, document.meta_published);

    let mut report = Report {
        input: InputInfo {
            format: document.format.name().to_owned(),
            bytes: input.len(),
            cleaned: options.clean,
            date: options.date.clone(),
            date_source: None,
            blocks: block_count,
            title_block: None,
        },
        repairs: document.repairs,
        warnings: document.warnings,
        ..Report::default()
    };
    for (index, (block, decision)) in document.blocks.into_iter().zip(decisions).enumerate() {
        match decision {
            Decision::Keep => {
                if !report.text.is_empty() {
                    report.text.push_str("\n\n");
                }
                let start = report.text.len();
                report.text.push_str(&block.text);
                report.paragraphs.push(Span::new(start, report.text.len()));
            }
            Decision::Title => {
                // The first block of a pasted page may be its title element, site and all.
                let title = match (index, page_format) {
                    (0, Format::Text) => clean::without_site_name(&block.text).to_owned(),
                    _ => block.text,
                };
                report.title = Some(title);
                report.input.title_block = Some(index);
            }
            Decision::Remove(reason) => report.removed.push(RemovedBlock {
                text: block.text,
                reason,
                block: index,
                before_paragraph: report.paragraphs.len(),
            }),
        }
    }
    if report.title.is_none() && options.clean {
        report.title = document
            .meta_title
            .map(|t| clean::without_site_name(&t).to_owned());
    }
    if report.text.is_empty() {
        let message = if input.trim().is_empty() {
            "the input is empty"
        } else {
            "no article text was found; every block was removed as page furniture (see `removed`, or analyse without cleaning)"
        };
        report.warnings.push(Warning::new("empty_article", message));
    }

    report.metadata = clean::metadata(&report, meta_author, meta_published);
    report.sentences = sentences::split(&report.text, &report.paragraphs);
    let names = entities::names(&report.text, &report.sentences);
    report.entities = entities::find(&report.text, &report.sentences);
    let (mut claims, warnings) = claims::extract(
        &report.text,
        &report.paragraphs,
        &report.sentences,
        &names,
        &report.entities,
    );
    entities::link_speakers(&report.text, &mut claims, &mut report.entities);
    report.claims = claims;
    report.warnings.extend(warnings);
    report.speakers = summarise_speakers(&report.claims);
    facts::annotate(&mut report, options.date.as_deref());
    report
}

/// Analyses an article given as bytes (a file's contents). UTF-8 is expected; a UTF-16 byte
/// order mark or a Windows-1252/Latin-1 text (declared by the page, or bytes that are not
/// UTF-8 at all) is decoded as such; otherwise invalid sequences become U+FFFD. Each is
/// reported as a repair with a warning (see [`input::decode`]).
pub fn analyze_bytes(bytes: &[u8], options: &Options) -> Report {
    let decoded = input::decode(bytes);
    let mut report = analyze(&decoded.text, options);
    report.input.bytes = bytes.len();
    if let Some(repair) = decoded.repair {
        report.repairs.insert(0, repair);
    }
    // (A binary file's text warns of itself; its bytes need not say so twice.)
    if let Some(warning) = decoded
        .warning
        .filter(|w| report.warnings.iter().all(|r| r.code != w.code))
    {
        report.warnings.insert(0, warning);
    }
    report
}

/// Groups claims by their speaker's canonical name, in order of first appearance.
fn summarise_speakers(claims: &[Claim]) -> Vec<SpeakerSummary> {
    let mut speakers: Vec<SpeakerSummary> = Vec::new();
    for (index, claim) in claims.iter().enumerate() {
        let Some(speaker) = &claim.speaker else {
            continue;
        };
        let entry = match speakers
            .iter()
            .position(|s| s.canonical == speaker.canonical)
        {
            Some(i) => &mut speakers[i],
            None => {
                speakers.push(SpeakerSummary {
                    canonical: speaker.canonical.clone(),
                    anonymous: speaker.anonymous,
                    names: Vec::new(),
                    claims: Vec::new(),
                });
                speakers.last_mut().expect("just pushed")
            }
        };
        if !entry.names.contains(&speaker.name) {
            entry.names.push(speaker.name.clone());
        }
        entry.claims.push(index);
    }
    speakers
}
