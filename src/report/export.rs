//! Exports of a report for fact-checkers' tools: CSV (one row per claim), Markdown (claims
//! grouped by speaker) and schema.org `Claim` JSON-LD (one per attributed claim).
//!
//! In: finished [`Report`]s, one or a batch of named articles. Out: the export's text. The
//! CLI (`--format`) and the page (through the bindings) both call [`export`], so a file
//! made in either is the same, byte for byte (`tests/page/parity.test.mjs` checks).

use std::fmt::Write;

use serde::Serialize;

use super::{Claim, ClaimKind, EntityKind, Relation, Report, Speaker};

/// What [`export`] writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// One row per claim with a header row (RFC 4180, CRLF line ends); fields a spreadsheet
    /// would run as a formula are prefixed with `'`.
    Csv,
    /// A heading per speaker and a list item per claim, each with its numbers and dates.
    Markdown,
    /// schema.org `Claim` items in one `@graph`, the form fact-check tools read.
    JsonLd,
}

impl ExportFormat {
    /// The format with this name: `csv`, `markdown` or `jsonld`.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "csv" => Some(Self::Csv),
            "markdown" => Some(Self::Markdown),
            "jsonld" => Some(Self::JsonLd),
            _ => None,
        }
    }
}

/// One article of an export: its report, and the name a batch lists it by (a file name, a
/// record's id) or its address, when known.
#[derive(Clone, Copy, Debug)]
pub struct Article<'a> {
    /// The article's report.
    pub report: &'a Report,
    /// What a batch export calls it: CSV gives it in an `article` column.
    pub name: Option<&'a str>,
    /// The article's address, for JSON-LD's `appearance`.
    pub url: Option<&'a str>,
}

/// `articles` in one export of `format`. A CSV of named articles has an `article` column
/// (every row says which one it came from); Markdown gives each article its own section;
/// JSON-LD gathers every claim in one graph.
///
/// ```
/// use claimlens::{analyze, export, Article, ExportFormat, Options};
///
/// let report = analyze("“We will win,” Mayor Ana Ruiz said on Friday.", &Options::default());
/// let csv = export(ExportFormat::Csv, &[Article { report: &report, name: None, url: None }]);
/// let mut lines = csv.lines();
/// assert!(lines.next().unwrap().starts_with("speaker,written_as,anonymous"));
/// assert!(lines.next().unwrap().starts_with("Ana Ruiz,Mayor Ana Ruiz,false"));
/// ```
pub fn export(format: ExportFormat, articles: &[Article]) -> String {
    match format {
        ExportFormat::Csv => {
            let named = articles.iter().any(|a| a.name.is_some());
            let mut out = csv_header(named);
            for article in articles {
                let name = named.then(|| article.name.unwrap_or(""));
                out.push_str(&csv_rows(article.report, name));
            }
            out
        }
        ExportFormat::Markdown => {
            let sections: Vec<String> = articles.iter().map(|a| markdown(a.report)).collect();
            sections.join("\n")
        }
        ExportFormat::JsonLd => {
            let appearances: Vec<Appearance> = articles.iter().map(appearance).collect();
            let graph = articles
                .iter()
                .zip(&appearances)
                .flat_map(|(article, appearance)| json_ld_claims(article.report, appearance))
                .collect();
            json_ld_document(&JsonLdDocument {
                context: "https://schema.org",
                graph,
            })
        }
    }
}

/// The CSV columns, in order; a batch adds `article`.
const CSV_COLUMNS: [&str; 16] = [
    "speaker",
    "written_as",
    "anonymous",
    "speaker_confidence",
    "role",
    "kind",
    "claim",
    "cue",
    "opinion",
    "negated",
    "hedges",
    "sentence",
    "worth_checking",
    "checkworthiness",
    "numbers",
    "dates",
];

/// The CSV header row, with an `article` column when `article`: for a stream of articles
/// whose rows come from [`csv_rows`] one article at a time.
pub fn csv_header(article: bool) -> String {
    let mut columns = CSV_COLUMNS.to_vec();
    if article {
        columns.push("article");
    }
    format!("{}\r\n", columns.join(","))
}

/// One CSV row per claim of `report`, without the header; with `article`, a last column
/// holding it.
pub fn csv_rows(report: &Report, article: Option<&str>) -> String {
    let mut out = String::new();
    for claim in &report.claims {
        let speaker = claim.speaker.as_ref();
        let mut row = vec![
            speaker.map_or(String::new(), |s| s.canonical.clone()),
            speaker.map_or(String::new(), |s| s.name.clone()),
            speaker.map_or(String::new(), |s| s.anonymous.to_string()),
            speaker.map_or(String::new(), |s| s.confidence.to_string()),
            speaker.and_then(|s| s.role.clone()).unwrap_or_default(),
            claim.kind.name().to_owned(),
            claim.text.clone(),
            claim.cue.as_ref().map_or(String::new(), |c| c.text.clone()),
            claim.opinion.to_string(),
            claim.negated.to_string(),
            claim.hedges.join("; "),
            claim.sentence.to_string(),
            claim.checkworthy.to_string(),
            claim.checkworthiness.to_string(),
            numbers_of(report, claim).join("; "),
            dates_of(report, claim).join("; "),
        ];
        row.extend(article.map(str::to_owned));
        let fields: Vec<String> = row.iter().map(|field| csv_field(field)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Characters that make a spreadsheet read a cell as a formula when they open it.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A CSV field: quoted when it holds a quote, comma or line break; a field that would start
/// a formula is prefixed with `'` (and quoted), so a spreadsheet never runs article text.
fn csv_field(text: &str) -> String {
    let guarded = text.starts_with(FORMULA_STARTS);
    if guarded || text.contains(['"', ',', '\n', '\r']) {
        let apostrophe = if guarded { "'" } else { "" };
        format!("\"{apostrophe}{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// A claim's numbers as written and made explicit: "412 million euros = 412000000 EUR".
fn numbers_of(report: &Report, claim: &Claim) -> Vec<String> {
    let quantities = claim
        .quantities
        .iter()
        .filter_map(|&i| report.quantities.get(i));
    quantities
        .map(|q| {
            let mut line = format!("{} = ", q.text);
            if let Some(relation) = q.relation {
                line.push_str(relation_words(relation));
                line.push(' ');
            }
            let _ = write!(line, "{}", q.value);
            if let Some(to) = q.to {
                let _ = write!(line, " to {to}");
            }
            if let Some(unit) = q.unit.as_deref().filter(|u| !u.is_empty()) {
                let _ = write!(line, " {unit}");
            }
            line
        })
        .collect()
}

/// A claim's dates as written and made explicit: "last July = 2024-07-01 to 2024-07-31".
fn dates_of(report: &Report, claim: &Claim) -> Vec<String> {
    let times = claim.times.iter().filter_map(|&i| report.times.get(i));
    times
        .map(|t| {
            let explicit = match (&t.from, &t.to) {
                (None, None) => "unresolved".to_owned(),
                (None, Some(to)) => format!("up to {to}"),
                (Some(from), None) => format!("from {from}"),
                (Some(from), Some(to)) if from == to => from.clone(),
                (Some(from), Some(to)) => format!("{from} to {to}"),
            };
            format!("{} = {explicit}", t.text)
        })
        .collect()
}

/// A relation's serialised name in words ("more_than": "more than").
fn relation_words(relation: Relation) -> &'static str {
    match relation {
        Relation::About => "about",
        Relation::MoreThan => "more than",
        Relation::LessThan => "less than",
        Relation::AtLeast => "at least",
        Relation::AtMost => "at most",
    }
}

/// Markdown's own characters, escaped where article text is printed.
fn markdown_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The claims of one article grouped by speaker, as Markdown.
fn markdown(report: &Report) -> String {
    let title = report.title.as_deref().unwrap_or("Untitled article");
    let mut lines = vec![format!("# {}", markdown_escape(title)), String::new()];
    for speaker in &report.speakers {
        let flag = if speaker.anonymous {
            " (anonymous source)"
        } else {
            ""
        };
        lines.push(format!("## {}{flag}", markdown_escape(&speaker.canonical)));
        lines.push(String::new());
        let claims = speaker.claims.iter().filter_map(|&i| report.claims.get(i));
        lines.extend(claims.map(|claim| markdown_item(report, claim)));
        lines.push(String::new());
    }
    let orphans: Vec<&Claim> = report
        .claims
        .iter()
        .filter(|c| c.speaker.is_none())
        .collect();
    if !orphans.is_empty() {
        lines.push("## No speaker found".into());
        lines.push(String::new());
        lines.extend(orphans.iter().map(|claim| markdown_item(report, claim)));
        lines.push(String::new());
    }
    lines.join("\n")
}

/// One claim as a list item: its words, how it is attributed, and its numbers and dates as
/// nested items.
fn markdown_item(report: &Report, claim: &Claim) -> String {
    let mut notes = vec![match claim.kind {
        ClaimKind::Direct => "direct quote",
        ClaimKind::Partial => "partial quote",
        ClaimKind::Indirect => "reported speech",
        ClaimKind::AccordingTo => "according to",
    }
    .to_owned()];
    if let Some(cue) = &claim.cue {
        notes.push(format!("“{}”", cue.text));
    }
    if claim.opinion {
        notes.push("opinion".into());
    }
    if claim.negated {
        notes.push("negated or denied".into());
    }
    if !claim.hedges.is_empty() {
        notes.push(format!("hedged: {}", claim.hedges.join(", ")));
    }
    if claim.checkworthy {
        notes.push("**worth checking**".into());
    }
    // Quotation marks only around a direct quote: reported speech is not verbatim.
    let text = match claim.kind {
        ClaimKind::Direct => format!("“{}”", markdown_escape(&claim.text)),
        _ => markdown_escape(&claim.text),
    };
    let mut item = format!("- {text} ({})", notes.join("; "));
    for fact in numbers_of(report, claim)
        .into_iter()
        .chain(dates_of(report, claim))
    {
        let _ = write!(item, "\n  - {}", markdown_escape(&fact));
    }
    item
}

/// A schema.org `CreativeWork`: where a claim appeared.
#[derive(Serialize)]
struct Appearance<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    headline: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
}

/// A claim's author: a `Person` or an `Organization`.
#[derive(Serialize)]
struct Author<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'static str>,
    #[serde(rename = "jobTitle", skip_serializing_if = "Option::is_none")]
    job_title: Option<&'a str>,
}

/// A schema.org `Claim`.
#[derive(Serialize)]
struct JsonLdClaim<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    text: &'a str,
    author: Author<'a>,
    #[serde(rename = "datePublished", skip_serializing_if = "Option::is_none")]
    date_published: Option<&'a str>,
    appearance: &'a Appearance<'a>,
    #[serde(rename = "firstAppearance")]
    first_appearance: &'a Appearance<'a>,
}

/// Where an article's claims appeared: its headline and address.
fn appearance<'a>(article: &Article<'a>) -> Appearance<'a> {
    Appearance {
        kind: "CreativeWork",
        headline: article.report.title.as_deref(),
        url: article.url,
    }
}

/// The JSON-LD items of one article's claims that have a speaker.
fn json_ld_claims<'a>(report: &'a Report, appearance: &'a Appearance<'a>) -> Vec<JsonLdClaim<'a>> {
    let claims = report.claims.iter().filter_map(|claim| {
        let speaker = claim.speaker.as_ref()?;
        Some(JsonLdClaim {
            kind: "Claim",
            text: &claim.text,
            author: author(report, speaker),
            date_published: report.input.date.as_deref(),
            appearance,
            first_appearance: appearance,
        })
    });
    claims.collect()
}
/// The author of a claim: the speaker's entity says whether it is a person, an organisation
/// or a group of people ("local residents"), which schema.org has no type for: a collective
/// author is closest to an `Organization`.
fn author<'a>(report: &Report, speaker: &'a Speaker) -> Author<'a> {
    let kind = speaker
        .entity
        .and_then(|id| report.entities.get(id))
        .map(|entity| entity.kind);
    let (kind, description) = match kind {
        _ if speaker.anonymous => ("Person", Some("anonymous source")),
        Some(EntityKind::Organization) => ("Organization", None),
        Some(EntityKind::Group) => ("Organization", Some("group of people")),
        _ => ("Person", None),
    };
    let job_title = match kind {
        "Person" if description.is_none() => speaker.role.as_deref(),
        _ => None,
    };
    Author {
        kind,
        name: &speaker.canonical,
        description,
        job_title,
    }
}

/// A JSON-LD document: the claims of every article in one graph.
#[derive(Serialize)]
struct JsonLdDocument<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@graph")]
    graph: Vec<JsonLdClaim<'a>>,
}

/// The document pretty-printed with two spaces, as `JSON.stringify(document, null, 2)`.
fn json_ld_document(document: &JsonLdDocument) -> String {
    // Serialising these plain structs of strings cannot fail.
    let mut text = serde_json::to_string_pretty(document).unwrap_or_default();
    text.push('\n');
    text
}
