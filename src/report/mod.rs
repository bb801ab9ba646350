//! The report: what one analysis returns, the same shape from the CLI (JSON) and from JS.
//!
//! In: the outputs of every stage. Out: [`Report`], serialised with serde. Its field names
//! are a public contract that users' scripts rely on: fields may be added, never renamed or
//! dropped. Every `start`/`end` is a UTF-8 byte offset into [`Report::text`]; the JS bindings
//! add `start_utf16`/`end_utf16` beside them (see [`Report::add_utf16_offsets`]).

use serde::{Deserialize, Serialize};

mod export;
#[cfg(feature = "schema")]
mod schema;

pub use export::{csv_header, csv_rows, export, Article, ExportFormat};
#[cfg(feature = "schema")]
pub use schema::{report_schema, SCHEMA_VERSION};

/// Everything claimlens found in one article.
///
/// The same report reaches every front end: the CLI prints it as JSON (serde), the
/// browser receives it as a JS object. Claims point into [`Report::text`] by byte offsets,
/// and their speakers are summarised in [`Report::speakers`]:
///
/// ```
/// use claimlens::{analyze, ClaimKind, Options};
///
/// let report = analyze(
///     "“Fares will not rise,” Mayor Ana Ruiz said. Ruiz added that the line opens in 2027.",
///     &Options::default(),
/// );
/// for claim in &report.claims {
///     assert_eq!(&report.text[claim.start..claim.end], claim.text);
/// }
/// assert_eq!(report.claims[0].kind, ClaimKind::Direct);
/// assert_eq!(report.claims[1].kind, ClaimKind::Indirect);
/// let ruiz = &report.speakers[0];
/// assert_eq!((ruiz.canonical.as_str(), ruiz.claims.len()), ("Ana Ruiz", 2));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Report {
    /// The article's headline, when one was recognised.
    pub title: Option<String>,
    /// The clean article body: paragraphs separated by one blank line (`"\n\n"`).
    pub text: String,
    /// Paragraph spans in `text`, in order.
    pub paragraphs: Vec<Span>,
    /// Sentence spans in `text`, in order, each with the paragraph it belongs to.
    pub sentences: Vec<Sentence>,
    /// Every block of the input that is not in `text` or `title`, with the reason.
    pub removed: Vec<RemovedBlock>,
    /// Attributed statements, in text order.
    pub claims: Vec<Claim>,
    /// Numbers, percentages and amounts of money in `text`, in order, made explicit.
    pub quantities: Vec<Quantity>,
    /// Dates and periods in `text`, in order, resolved against the article date.
    pub times: Vec<TimeExpression>,
    /// Numbers that look inconsistent with each other: worth a second look.
    pub consistency: Vec<ConsistencyHint>,
    /// One entry per distinct speaker (by canonical name), with the claims attributed to it.
    pub speakers: Vec<SpeakerSummary>,
    /// Changes made to the input's characters (decoding, invisible characters, glued words).
    pub repairs: Vec<Repair>,
    /// Problems met on the way; analysis never fails, it warns.
    pub warnings: Vec<Warning>,
    /// What the input was.
    pub input: InputInfo,
    /// What the page says about the article: byline, publication date, lead image.
    #[serde(default)]
    pub metadata: Metadata,
    /// The people and organisations the article names, each with its mentions: names,
    /// surnames, descriptions and pronouns that stand for it. A claim's speaker points here.
    #[serde(default)]
    pub entities: Vec<Entity>,
}

/// What the page states about the article, read from the blocks the cleaner set aside
/// (bylines, datelines, captions and credits) and the opening of the text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Metadata {
    /// The byline's names as printed ("Jane Doe and John Roe"), without "By".
    pub byline: Option<String>,
    /// The publication date (ISO 8601, `YYYY-MM-DD`) when the page states one before the
    /// body or at the opening of its dateline; `null` otherwise (never guessed).
    pub published: Option<String>,
    /// The summary printed under the headline, above the byline or date line (a
    /// standfirst, or dek), as printed; `null` when the page has none there. It is not
    /// part of `text`: it is removed with reason `standfirst`.
    pub standfirst: Option<String>,
    /// The lead image's caption and credit, when they come before the body's second
    /// paragraph.
    pub lead_image: Option<LeadImage>,
}

/// The caption and credit of the article's first image.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LeadImage {
    /// What the picture shows.
    pub caption: Option<String>,
    /// Who took it or owns it ("Jane Doe / Example Pictures").
    pub credit: Option<String>,
}

/// `Serialize` for a type with a `span: Span` field, printing the span's fields in its
/// place as `#[serde(flatten)]` would (which `Deserialize` keeps). Flatten serialises
/// through a map, with every key a fresh string: in the browser that made the sentences,
/// numbers and dates of a report a tenth of a page's analysis time.
macro_rules! serialize_with_span {
    ($type:ident { $($before:ident),* ; span ; $($after:ident),* }) => {
        impl Serialize for $type {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeStruct;
                let fields = [$(stringify!($before),)* "start", "end", $(stringify!($after),)*];
                let utf16 = usize::from(self.span.start_utf16.is_some())
                    + usize::from(self.span.end_utf16.is_some());
                let mut out = serializer.serialize_struct(stringify!($type), fields.len() + utf16)?;
                $(out.serialize_field(stringify!($before), &self.$before)?;)*
                self.span.serialize_fields(&mut out)?;
                $(out.serialize_field(stringify!($after), &self.$after)?;)*
                out.end()
            }
        }
    };
}

serialize_with_span!(Sentence { ; span ; paragraph, checkworthiness, checkworthy });
serialize_with_span!(Mention { text ; span ; via });
serialize_with_span!(Quantity { kind, text ; span ; sentence, value, to, unit, relation, vague });
serialize_with_span!(TimeExpression {
    text ; span ; sentence, granularity, written, from, to, range, relative, note
});

/// A byte range in [`Report::text`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// `start` in UTF-16 code units; only in reports made for JavaScript.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_utf16: Option<usize>,
    /// `end` in UTF-16 code units; only in reports made for JavaScript.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_utf16: Option<usize>,
}

impl Span {
    /// Its fields, as its own `Serialize` prints them, into another struct's.
    fn serialize_fields<S: serde::ser::SerializeStruct>(
        &self,
        out: &mut S,
    ) -> Result<(), S::Error> {
        out.serialize_field("start", &self.start)?;
        out.serialize_field("end", &self.end)?;
        match self.start_utf16 {
            Some(at) => out.serialize_field("start_utf16", &at)?,
            None => out.skip_field("start_utf16")?,
        }
        match self.end_utf16 {
            Some(at) => out.serialize_field("end_utf16", &at)?,
            None => out.skip_field("end_utf16")?,
        }
        Ok(())
    }

    /// A span from byte offsets.
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start,
            end,
            ..Span::default()
        }
    }

    /// The text it covers.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// One sentence.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Sentence {
    /// Where it is.
    #[serde(flatten)]
    pub span: Span,
    /// Index into [`Report::paragraphs`].
    pub paragraph: usize,
    /// How worth checking the sentence is, in [0, 1]: the check-worthiness model's
    /// probability that a fact-checker would check it (see `checkworthy.rs`).
    pub checkworthiness: f64,
    /// `checkworthiness` is at or above the model's chosen threshold.
    pub checkworthy: bool,
}

/// A block of the input that the cleaner left out of the article, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RemovedBlock {
    /// The block's text, as read (after character repairs).
    pub text: String,
    /// Why it was removed.
    pub reason: RemovalReason,
    /// Position of the block among all input blocks, to put it back in order.
    pub block: usize,
    /// How many article paragraphs come before it: restoring it means inserting it there.
    pub before_paragraph: usize,
}

/// Why a block is not part of the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RemovalReason {
    /// Menus, breadcrumbs, site names, link lists.
    Navigation,
    /// Teasers of other articles, "related" and "latest" lists.
    Teaser,
    /// Comment sections and forms.
    Comments,
    /// Legal, copyright and cookie notices.
    Legal,
    /// Photo captions and credits.
    Caption,
    /// Share, follow and subscribe prompts.
    Share,
    /// A second copy of the headline.
    DuplicateHeadline,
    /// A second copy of text printed earlier on the page (a repeated summary, the article
    /// body again from the page's metadata, a teaser cut from a paragraph above).
    Duplicate,
    /// Correction notices, update stamps and "report a typo" prompts.
    EditorialNote,
    /// Advertisements and sponsor labels.
    Advertisement,
    /// Bylines, datelines and publication dates (metadata, not article text).
    Metadata,
    /// The summary printed under the headline, above the byline or date (a standfirst, or
    /// dek): the page's own summary of the article, in `metadata.standfirst`.
    Standfirst,
    /// Scripts, styles and hidden elements of an HTML page.
    Hidden,
    /// Page furniture of no particular kind (stray symbols, short fragments outside the body).
    Other,
}

impl RemovalReason {
    /// Every reason, in documentation order.
    pub const ALL: [RemovalReason; 14] = [
        RemovalReason::Navigation,
        RemovalReason::Teaser,
        RemovalReason::Comments,
        RemovalReason::Legal,
        RemovalReason::Caption,
        RemovalReason::Share,
        RemovalReason::DuplicateHeadline,
        RemovalReason::Duplicate,
        RemovalReason::EditorialNote,
        RemovalReason::Advertisement,
        RemovalReason::Metadata,
        RemovalReason::Standfirst,
        RemovalReason::Hidden,
        RemovalReason::Other,
    ];

    /// The snake_case name used in JSON and in the lexicon files.
    pub fn name(self) -> &'static str {
        match self {
            RemovalReason::Navigation => "navigation",
            RemovalReason::Teaser => "teaser",
            RemovalReason::Comments => "comments",
            RemovalReason::Legal => "legal",
            RemovalReason::Caption => "caption",
            RemovalReason::Share => "share",
            RemovalReason::DuplicateHeadline => "duplicate_headline",
            RemovalReason::Duplicate => "duplicate",
            RemovalReason::EditorialNote => "editorial_note",
            RemovalReason::Advertisement => "advertisement",
            RemovalReason::Metadata => "metadata",
            RemovalReason::Standfirst => "standfirst",
            RemovalReason::Hidden => "hidden",
            RemovalReason::Other => "other",
        }
    }

    /// The reason with this snake_case name.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.name() == name)
    }
}

/// An attributed statement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Claim {
    /// How it is attributed.
    pub kind: ClaimKind,
    /// The claim's content as it stands in the text: for a direct quote, the words inside the
    /// quotation marks; otherwise the reported clause.
    pub text: String,
    /// Byte offset of the content in [`Report::text`].
    pub start: usize,
    /// One past the content's last byte.
    pub end: usize,
    /// UTF-16 `start`; only in reports made for JavaScript.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_utf16: Option<usize>,
    /// UTF-16 `end`; only in reports made for JavaScript.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_utf16: Option<usize>,
    /// Index into [`Report::sentences`] of the sentence where the content starts.
    pub sentence: usize,
    /// Who it is attributed to; `null` when no speaker could be found.
    pub speaker: Option<Speaker>,
    /// The words that attribute it ("said", "according to"); `null` for a quote with no cue.
    pub cue: Option<Cue>,
    /// The cue expresses an opinion or expectation ("believes", "thinks"), not a statement.
    pub opinion: bool,
    /// The attribution is negated or a denial: "did not say", "never claimed", "denied".
    /// The speaker did not assert the content, or asserted its opposite.
    pub negated: bool,
    /// Hedging words in the content or just before the cue ("reportedly", "may"),
    /// lowercase, in order of appearance.
    pub hedges: Vec<String>,
    /// Indices into [`Report::quantities`] of the numbers inside the content.
    #[serde(default)]
    pub quantities: Vec<usize>,
    /// Indices into [`Report::times`] of the dates inside the content.
    #[serde(default)]
    pub times: Vec<usize>,
    /// How worth checking the content is, in [0, 1] (as [`Sentence::checkworthiness`]).
    #[serde(default)]
    pub checkworthiness: f64,
    /// `checkworthiness` is at or above the model's threshold.
    #[serde(default)]
    pub checkworthy: bool,
}

/// How a claim is attributed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// A full quotation: “…,” she said.
    Direct,
    /// Reported speech with quoted words in it: he said he had “a good relationship”. The
    /// claim's text is the reported clause, quotation marks included.
    Partial,
    /// Reported speech without quotation marks: she said that …
    Indirect,
    /// "According to X, …"
    AccordingTo,
}

impl ClaimKind {
    /// Every kind, in documentation order.
    pub const ALL: [ClaimKind; 4] = [
        ClaimKind::Direct,
        ClaimKind::Partial,
        ClaimKind::Indirect,
        ClaimKind::AccordingTo,
    ];

    /// The snake_case name used in JSON.
    pub fn name(self) -> &'static str {
        match self {
            ClaimKind::Direct => "direct",
            ClaimKind::Partial => "partial",
            ClaimKind::Indirect => "indirect",
            ClaimKind::AccordingTo => "according_to",
        }
    }

    /// The kind with this snake_case name.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// The one a claim is attributed to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Speaker {
    /// The phrase as written at this claim ("Kremlin spokesman Dmitry Peskov", "he").
    pub name: String,
    /// The name this speaker is known by across the article ("Dmitry Peskov"); a pronoun is
    /// replaced by the person it most likely stands for.
    pub canonical: String,
    /// No one is named: "a senior official", "two sources".
    pub anonymous: bool,
    /// The phrase's byte offset in [`Report::text`].
    pub start: usize,
    /// One past the phrase's last byte.
    pub end: usize,
    /// UTF-16 `start`; only in reports made for JavaScript.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_utf16: Option<usize>,
    /// UTF-16 `end`; only in reports made for JavaScript.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_utf16: Option<usize>,
    /// Role or title words found in the phrase ("Kremlin spokesman"), when any.
    pub role: Option<String>,
    /// How sure `canonical` is the one meant, from 0 to 1: 1 when the phrase itself names
    /// them (or names no one), lower when it was inferred — 0.8 for a description the text
    /// tied to a name, 0.7 for a pronoun after that person's quote, 0.6 for "he replied",
    /// 0.5 for a pronoun resolved to a name merely mentioned, 0 when unresolved.
    pub confidence: f64,
    /// The [`Entity`] the speaker is (its `id`), when the article names them.
    #[serde(default)]
    pub entity: Option<usize>,
    /// How this claim's speaker phrase refers to the entity: by its name, a surname, a
    /// pronoun, a role.
    #[serde(default)]
    pub via: Option<MentionVia>,
}

/// A person or organisation the article names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Entity {
    /// Its position in [`Report::entities`], which a speaker's `entity` gives.
    pub id: usize,
    /// The fullest name the article gives it ("Ana Ruiz", "Red Cross").
    pub canonical: String,
    /// A person or an organisation.
    pub kind: EntityKind,
    /// Only when the text states it: a title ("Ms. Lee") or a pronoun it uses for them.
    pub gender: Option<Gender>,
    /// Every place the article refers to it, in text order.
    pub mentions: Vec<Mention>,
}

/// What kind of thing an [`Entity`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A person.
    Person,
    /// A company, ministry, party, team, newspaper...
    Organization,
    /// People the article names only as a group ("the doctors", "Scientists"), whom "they"
    /// may stand for.
    Group,
}

/// A person's gender, as the text states it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    /// Stated by "she", "her", "Ms.", "Mrs.".
    Female,
    /// Stated by "he", "his", "Mr.".
    Male,
}

/// One place the article refers to an [`Entity`].
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Mention {
    /// As written ("Ms. Ruiz", "she", "the company").
    pub text: String,
    /// Where it is.
    #[serde(flatten)]
    pub span: Span,
    /// How it refers to the entity.
    pub via: MentionVia,
}

/// How a mention refers to its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum MentionVia {
    /// Its name as written in full ("Ana Ruiz", "Red Cross").
    Name,
    /// A surname, or a title and surname ("Ruiz", "Ms. Ruiz").
    Surname,
    /// A description or role ("the company", "the mayor").
    Role,
    /// A pronoun ("she", "its").
    Pronoun,
    /// A description set beside a name ("Ana Ruiz, a spokeswoman").
    Apposition,
    /// A quotation continuing an earlier one's speaker.
    Continuation,
}

/// The words that attribute a claim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Cue {
    /// As written ("said", "according to", ":").
    pub text: String,
    /// Byte offset in [`Report::text`].
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// UTF-16 `start`; only in reports made for JavaScript.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_utf16: Option<usize>,
    /// UTF-16 `end`; only in reports made for JavaScript.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_utf16: Option<usize>,
}

/// A speaker and everything attributed to them in one article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SpeakerSummary {
    /// The canonical name shared by all its mentions.
    pub canonical: String,
    /// No one is named.
    pub anonymous: bool,
    /// Distinct phrases used for this speaker, in order of first use.
    pub names: Vec<String>,
    /// Indices into [`Report::claims`].
    pub claims: Vec<usize>,
}

/// A change made to the input's characters.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Repair {
    /// What was changed, as a stable snake_case name.
    pub kind: RepairKind,
    /// How many times.
    pub count: usize,
    /// A readable sentence saying what was done.
    pub message: String,
}

/// Kinds of character repair.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RepairKind {
    /// Bytes that were not valid UTF-8 were replaced with U+FFFD.
    InvalidUtf8,
    /// The input was in a legacy encoding (Windows-1252, Latin-1, UTF-16) and was decoded
    /// from it.
    LegacyEncoding,
    /// Mojibake (UTF-8 read as Windows-1252, MacRoman, Windows-1251 or -1250, up to three
    /// times over) was decoded: "cafÃ©" became "café".
    Mojibake,
    /// HTML character references (`&amp;`, `&#8220;`) were decoded.
    HtmlEntities,
    /// No-break spaces became ordinary spaces.
    NoBreakSpace,
    /// Zero-width characters, soft hyphens and byte-order marks were removed.
    InvisibleCharacters,
    /// Control characters (NUL and the like) were removed.
    ControlCharacters,
    /// A date glued to the next word ("2024Donald") was split into two blocks.
    GluedDate,
    /// A paragraph's drop cap, copied apart from its word ("H ong Kong"), was joined to it.
    DropCap,
}

/// A number in the text, made explicit: "$65.9 billion" is 65,900,000,000 `$`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Quantity {
    /// What it counts.
    pub kind: QuantityKind,
    /// As written, with its approximation words ("nearly 70%").
    pub text: String,
    /// Where it is.
    #[serde(flatten)]
    pub span: Span,
    /// Index into [`Report::sentences`].
    pub sentence: usize,
    /// The value, scale applied ("2.5 million" is 2500000; "45%" is 45). For a range or a
    /// ratio, its first number.
    pub value: f64,
    /// The second number of a range or ratio, as written ("5 to 10 million": 10000000;
    /// "51% to 49%": 49); `null` for a single number.
    pub to: Option<f64>,
    /// The unit: an ISO 4217 code (`USD`, `EUR`), `$` for a dollar whose country the text
    /// does not say, `cent`, `pence`; `%` or `percentage_point` for percentages; `null`
    /// for a plain number.
    pub unit: Option<String>,
    /// How the text bounds or softens it ("nearly", "more than", "at most"); `null` when
    /// it is stated exactly.
    pub relation: Option<Relation>,
    /// A vague magnitude ("millions of", "dozens of"): `value` is only its order of
    /// magnitude.
    pub vague: bool,
}

/// What a [`Quantity`] counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum QuantityKind {
    /// A cardinal number or fraction ("70", "two thirds", "1.2 million").
    Number,
    /// A rank ("third", "21st").
    Ordinal,
    /// A percentage or a change in percentage points.
    Percent,
    /// An amount of money.
    Money,
}

/// How a text bounds or softens a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// "about", "nearly", "some": an approximation.
    About,
    /// "more than", "over".
    MoreThan,
    /// "less than", "under", "fewer than".
    LessThan,
    /// "at least", "or more".
    AtLeast,
    /// "at most", "up to", "as many as".
    AtMost,
}

/// A date or period in the text, made explicit.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TimeExpression {
    /// As written ("last July", "on Thursday").
    pub text: String,
    /// Where it is.
    #[serde(flatten)]
    pub span: Span,
    /// Index into [`Report::sentences`].
    pub sentence: usize,
    /// The unit of time it names.
    pub granularity: Granularity,
    /// What the text itself says, TIMEX3-style, before any date arithmetic: `2024-11-08`,
    /// `XXXX-11-08` (year not stated), `2024-11`, `2024-Q3`, `2024-W45`, `199X` (the 1990s),
    /// `XXXX-WXX-4` (a Thursday), `PRESENT_REF` ("to date"), or relative forms like `-1M`
    /// (last month) when the article date is not known.
    pub written: String,
    /// First day of the period (ISO 8601), once resolved; `null` when it cannot be, and for
    /// a period with no start ("to date": `to` is the article date).
    pub from: Option<String>,
    /// Last day of the period, inclusive; `null` when it cannot be resolved.
    pub to: Option<String>,
    /// An explicit span between two dates ("from March to May", "2014-2018").
    pub range: bool,
    /// Its meaning depends on the article date ("yesterday", "last July", or a date
    /// without its year).
    pub relative: bool,
    /// What was assumed, or why it is unresolved ("the article date is not known").
    pub note: Option<String>,
}

/// The unit of time a [`TimeExpression`] names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    /// One day.
    Day,
    /// A week.
    Week,
    /// A calendar month.
    Month,
    /// A quarter or a season.
    Quarter,
    /// A year.
    Year,
    /// Ten years ("the 1990s").
    Decade,
    /// A hundred years.
    Century,
}

/// Two numbers in one article that disagree by orders of magnitude about what looks like
/// the same thing: a part larger than its whole, for instance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ConsistencyHint {
    /// Indices into [`Report::quantities`] of the numbers that disagree.
    pub quantities: Vec<usize>,
    /// A readable sentence saying what looks wrong.
    pub message: String,
}

/// A problem met during analysis. Analysis still returns a result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Warning {
    /// A stable snake_case name for scripts to match on.
    pub code: String,
    /// A readable sentence.
    pub message: String,
}

impl Warning {
    /// A warning with a code and a message.
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        Warning {
            code: code.to_owned(),
            message: message.into(),
        }
    }
}

/// What was analysed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct InputInfo {
    /// `"text"`, `"html"` or `"markdown"`: how the input was read.
    pub format: String,
    /// Size of the input in bytes.
    pub bytes: usize,
    /// Whether boilerplate removal ran.
    pub cleaned: bool,
    /// The article date (ISO 8601) that relative dates were resolved against: the one the
    /// caller gave, else one found in the page (a dateline or a `datePublished`); `null`
    /// when neither is known.
    pub date: Option<String>,
    /// Where `date` came from: `"option"`, `"text"` (a dateline), `"metadata"` (an HTML
    /// page's `<meta>` publication time) or `null`.
    #[serde(default)]
    pub date_source: Option<String>,
    /// How many blocks (paragraphs, lines, headings) the input was read into. Every one is
    /// accounted for: `paragraphs` + `removed` + the headline block (`title_block`).
    pub blocks: usize,
    /// The input block that became `title`, when the headline came from the text (not from
    /// the page's metadata).
    pub title_block: Option<usize>,
}

impl Report {
    /// Fills in `start_utf16`/`end_utf16` beside every byte offset, for JavaScript, whose
    /// strings are indexed in UTF-16 code units.
    pub fn add_utf16_offsets(&mut self) {
        let index = Utf16Index::new(&self.text);
        let convert = |start: usize, end: usize| (Some(index.at(start)), Some(index.at(end)));
        for span in self
            .paragraphs
            .iter_mut()
            .chain(self.sentences.iter_mut().map(|s| &mut s.span))
        {
            (span.start_utf16, span.end_utf16) = convert(span.start, span.end);
        }
        for claim in &mut self.claims {
            (claim.start_utf16, claim.end_utf16) = convert(claim.start, claim.end);
            if let Some(speaker) = &mut claim.speaker {
                (speaker.start_utf16, speaker.end_utf16) = convert(speaker.start, speaker.end);
            }
            if let Some(cue) = &mut claim.cue {
                (cue.start_utf16, cue.end_utf16) = convert(cue.start, cue.end);
            }
        }
        for span in self
            .quantities
            .iter_mut()
            .map(|q| &mut q.span)
            .chain(self.times.iter_mut().map(|t| &mut t.span))
            .chain(
                self.entities
                    .iter_mut()
                    .flat_map(|e| e.mentions.iter_mut().map(|m| &mut m.span)),
            )
        {
            (span.start_utf16, span.end_utf16) = convert(span.start, span.end);
        }
    }
}

/// Maps byte offsets of one text to UTF-16 offsets in O(log n) each.
struct Utf16Index {
    /// (byte offset, UTF-16 offset) just after every non-ASCII character, in order. Between
    /// two marks every character is ASCII: one byte, one UTF-16 unit.
    marks: Vec<(usize, usize)>,
}

impl Utf16Index {
    fn new(text: &str) -> Self {
        let mut marks = Vec::new();
        let mut utf16 = 0;
        for (byte, ch) in text.char_indices() {
            utf16 += ch.len_utf16();
            if !ch.is_ascii() {
                marks.push((byte + ch.len_utf8(), utf16));
            }
        }
        Utf16Index { marks }
    }

    /// The UTF-16 offset of byte offset `byte`, which is on a char boundary.
    fn at(&self, byte: usize) -> usize {
        match self.marks.partition_point(|&(b, _)| b <= byte) {
            0 => byte,
            i => {
                let (b, u) = self.marks[i - 1];
                u + (byte - b)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sentence prints its span's fields in the span's place, the UTF-16 ones only when
    /// set, and reads back the same (the hand-written `Serialize` against the derived
    /// `Deserialize` with `flatten`).
    #[test]
    fn spans_print_in_place_and_read_back() {
        let mut sentence = Sentence {
            span: Span::new(3, 9),
            paragraph: 1,
            checkworthiness: 0.25,
            checkworthy: false,
        };
        let json = serde_json::to_string(&sentence).expect("serialises");
        assert_eq!(
            json,
            r#"{"start":3,"end":9,"paragraph":1,"checkworthiness":0.25,"checkworthy":false}"#
        );
        (sentence.span.start_utf16, sentence.span.end_utf16) = (Some(2), Some(7));
        let json = serde_json::to_string(&sentence).expect("serialises");
        assert_eq!(
            json,
            r#"{"start":3,"end":9,"start_utf16":2,"end_utf16":7,"paragraph":1,"checkworthiness":0.25,"checkworthy":false}"#
        );
        let back: Sentence = serde_json::from_str(&json).expect("reads back");
        assert_eq!(back, sentence);
    }

    #[test]
    fn utf16_offsets_match_js_string_indices() {
        // Curly quotes (3 bytes, 1 unit), Cyrillic (2 bytes, 1 unit), emoji (4 bytes, 2 units).
        let text = "“Да” 😀 said Ann.";
        let index = Utf16Index::new(text);
        let units: Vec<u16> = text.encode_utf16().collect();
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let expected = text[..byte].encode_utf16().count();
            assert_eq!(index.at(byte), expected, "byte {byte}");
        }
        assert_eq!(index.at(text.len()), units.len());
    }

    #[test]
    fn reason_names_round_trip() {
        for reason in RemovalReason::ALL {
            assert_eq!(RemovalReason::from_name(reason.name()), Some(reason));
            let json = serde_json::to_string(&reason).expect("serialises");
            assert_eq!(json, format!("\"{}\"", reason.name()));
        }
    }
}
