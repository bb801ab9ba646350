//! The JavaScript API, and the only file that knows about JavaScript (a test in
//! `tests/tidy.rs` keeps it so). Options come in and reports go out through
//! serde-wasm-bindgen; every error goes out through [`to_js_error`]. Reports made here carry
//! UTF-16 offsets beside the byte offsets, so JS can slice `text` directly.

use wasm_bindgen::prelude::*;

use crate::{Format, Options};

// The TypeScript types of the API, kept in step with the serde types in `report.rs` by
// `tests/tidy.rs`, which checks that every field a report serialises is declared here.
#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** Options for `analyze` and `analyzeBytes`; every field is optional. */
export interface AnalyzeOptions {
  /** Remove boilerplate (default true); false takes the whole input as the article. */
  clean?: boolean;
  /** "auto" (default: HTML when it looks like markup, Markdown when it is written in it),
   * "text", "html" or "markdown". */
  format?: "auto" | "text" | "html" | "markdown";
  /** The article's date, ISO 8601 ("2024-11-08"): relative dates are resolved against it.
   * Default: the page's dateline, when it states a full date. */
  date?: string | null;
}

/** A range of `Report.text`: UTF-8 byte offsets, and UTF-16 offsets for `String.slice`. */
export interface Span {
  start: number;
  end: number;
  start_utf16: number;
  end_utf16: number;
}

export interface Sentence extends Span {
  /** Index into `Report.paragraphs`. */
  paragraph: number;
  /** How worth checking it is, in [0, 1]. */
  checkworthiness: number;
  /** `checkworthiness` is at or above the model's threshold. */
  checkworthy: boolean;
}

export type QuantityKind = "number" | "ordinal" | "percent" | "money";
export type Relation = "about" | "more_than" | "less_than" | "at_least" | "at_most";

/** A number made explicit: "$65.9 billion" is 65900000000 in "$". */
export interface Quantity extends Span {
  kind: QuantityKind;
  text: string;
  /** Index into `Report.sentences`. */
  sentence: number;
  value: number;
  /** The second number of a range or ratio ("5 to 10 million"). */
  to: number | null;
  /** ISO 4217 code, "$" (dollar, country unstated), "cent", "pence", "%", "percentage_point". */
  unit: string | null;
  relation: Relation | null;
  /** "millions of": `value` is only the order of magnitude. */
  vague: boolean;
}

export type Granularity = "day" | "week" | "month" | "quarter" | "year" | "decade" | "century";

/** A date or period, resolved against the article date when it can be. */
export interface TimeExpression extends Span {
  text: string;
  sentence: number;
  granularity: Granularity;
  /** TIMEX3-style value of what the text says ("2024-11-08", "XXXX-03-03", "2024-Q3"). */
  written: string;
  /** First day (ISO 8601), or null when unresolved. */
  from: string | null;
  /** Last day, inclusive, or null when unresolved. */
  to: string | null;
  range: boolean;
  /** Depends on the article date. */
  relative: boolean;
  /** What was assumed, or why it is unresolved. */
  note: string | null;
}

export interface ConsistencyHint {
  /** Indices into `Report.quantities`. */
  quantities: number[];
  message: string;
}

export type RemovalReason =
  | "navigation" | "teaser" | "comments" | "legal" | "caption" | "share"
  | "duplicate_headline" | "duplicate" | "editorial_note" | "advertisement" | "metadata" | "standfirst"
  | "hidden" | "other";

export interface RemovedBlock {
  text: string;
  reason: RemovalReason;
  /** Position among all input blocks. */
  block: number;
  /** How many article paragraphs come before it. */
  before_paragraph: number;
}

export type ClaimKind = "direct" | "partial" | "indirect" | "according_to";

export interface Speaker extends Span {
  /** The phrase as written ("Kremlin spokesman Dmitry Peskov", "he"). */
  name: string;
  /** The name used across the article ("Dmitry Peskov"). */
  canonical: string;
  /** No one is named ("a senior official"). */
  anonymous: boolean;
  role: string | null;
  /** How sure `canonical` is the one meant: 1 when named, lower when inferred. */
  confidence: number;
  /** The `id` of the speaker's entity in `Report.entities`, when the article names them. */
  entity: number | null;
  /** How the phrase refers to that entity. */
  via: MentionVia | null;
}

export type MentionVia = "name" | "surname" | "role" | "pronoun" | "apposition" | "continuation";

/** One place the article refers to an entity ("Ms. Ruiz", "she", "the company"). */
export interface Mention extends Span {
  text: string;
  via: MentionVia;
}

/** A person, organisation or group the article names, with every mention found. */
export interface Entity {
  /** Its index in `Report.entities`. */
  id: number;
  /** The fullest name the article gives it. */
  canonical: string;
  kind: "person" | "organization" | "group";
  /** Only when the text states it (a title, a pronoun used for the person). */
  gender: "female" | "male" | null;
  mentions: Mention[];
}

export interface Cue extends Span {
  text: string;
}

export interface Claim extends Span {
  kind: ClaimKind;
  /** The content, without enclosing quotation marks. */
  text: string;
  /** Index into `Report.sentences`. */
  sentence: number;
  speaker: Speaker | null;
  cue: Cue | null;
  /** An opinion or expectation ("believes"), not a statement. */
  opinion: boolean;
  /** Negated or a denial: "did not say", "denied". */
  negated: boolean;
  /** Hedging words found ("reportedly", "may"), lowercase. */
  hedges: string[];
  /** Indices into `Report.quantities` inside the content. */
  quantities: number[];
  /** Indices into `Report.times` inside the content. */
  times: number[];
  /** How worth checking the content is, in [0, 1]. */
  checkworthiness: number;
  /** `checkworthiness` is at or above the model's threshold. */
  checkworthy: boolean;
}

export interface SpeakerSummary {
  canonical: string;
  anonymous: boolean;
  names: string[];
  /** Indices into `Report.claims`. */
  claims: number[];
}

export type RepairKind =
  | "invalid_utf8" | "legacy_encoding" | "mojibake" | "html_entities" | "no_break_space" | "invisible_characters"
  | "control_characters" | "glued_date" | "drop_cap";

export interface Repair {
  kind: RepairKind;
  count: number;
  message: string;
}

export interface Warning {
  code: string;
  message: string;
}

export interface InputInfo {
  format: "text" | "html" | "markdown";
  bytes: number;
  cleaned: boolean;
  /** The article date relative dates were resolved against. */
  date: string | null;
  /** Where `date` came from. */
  date_source: "option" | "text" | "metadata" | null;
  /** Blocks read: paragraphs + removed + the headline's block account for all of them. */
  blocks: number;
  title_block: number | null;
}

/** Analyses one article (plain text or HTML). Throws on bad options only. */
export function analyze(input: string, options?: AnalyzeOptions): Report;
/** Analyses a file's bytes: UTF-8, UTF-16 (with a byte-order mark) or Windows-1252. */
export function analyzeBytes(bytes: Uint8Array, options?: AnalyzeOptions): Report;

/** One article of an export: its report (as `analyze` gave it, or with fewer claims), the
 * name a batch lists it by (CSV's `article` column), its address (JSON-LD's `url`). */
export interface ExportArticle {
  report: Report;
  name?: string | null;
  url?: string | null;
}
/** The claims of `articles` as CSV (one row per claim, formulas guarded), Markdown (by
 * speaker) or schema.org `Claim` JSON-LD: the same bytes as `claimlens --format`. */
export function exportClaims(format: "csv" | "markdown" | "jsonld", articles: ExportArticle[]): string;

export interface Report {
  title: string | null;
  /** The clean article: paragraphs separated by a blank line. */
  text: string;
  paragraphs: Span[];
  sentences: Sentence[];
  removed: RemovedBlock[];
  claims: Claim[];
  quantities: Quantity[];
  times: TimeExpression[];
  consistency: ConsistencyHint[];
  speakers: SpeakerSummary[];
  repairs: Repair[];
  warnings: Warning[];
  input: InputInfo;
  /** What the page states about the article. */
  metadata: Metadata;
  /** The people and organisations the article names; a speaker's `entity` points here. */
  entities: Entity[];
}

export interface Metadata {
  /** The byline's names as printed, without "By". */
  byline: string | null;
  /** The stated publication date, YYYY-MM-DD; never guessed. */
  published: string | null;
  /** The summary printed under the headline, above the byline (removed as "standfirst"). */
  standfirst: string | null;
  lead_image: LeadImage | null;
}

export interface LeadImage {
  caption: string | null;
  credit: string | null;
}
"#;

/// The allocator: talc, in place of Rust's default dlmalloc, for size (see Cargo.toml).
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[wasm_bindgen]
extern "C" {
    /// `console.error`, for panic messages.
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);
}

/// Runs when the module is instantiated: a Rust panic is printed to the console with its
/// message before the module traps, so a broken page says why.
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| console_error(&format!("claimlens {info}"))));
}

/// The option names JS may use.
const OPTION_FIELDS: [&str; 3] = ["clean", "format", "date"];

/// The one way errors reach JS: as an `Error` with a readable message.
fn to_js_error(error: impl std::fmt::Display) -> JsError {
    JsError::new(&format!("claimlens: {error}"))
}

/// Reads the options object field by field: serde-wasm-bindgen's deserializer would bring
/// float formatting for its error messages (about 15 KB of WebAssembly) for three fields.
fn options_from_js(value: JsValue) -> Result<Options, JsError> {
    let bad = |message: String| to_js_error(format!("bad options: {message}"));
    let mut options = Options::default();
    if value.is_undefined() || value.is_null() {
        return Ok(options);
    }
    let Some(object) = value.dyn_ref::<js_sys::Object>() else {
        return Err(bad("expected an object such as { format: \"html\" }".into()));
    };
    // A typo ("colour") is an error, never a silently ignored setting.
    for key in js_sys::Object::keys(object).iter() {
        let key = key.as_string().unwrap_or_default();
        if !OPTION_FIELDS.contains(&key.as_str()) {
            return Err(bad(format!(
                "unknown field `{key}`, expected one of {}",
                OPTION_FIELDS.join(", ")
            )));
        }
    }
    let field = |name: &str| {
        js_sys::Reflect::get(object, &JsValue::from_str(name))
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    };
    if let Some(clean) = field("clean") {
        options.clean = clean
            .as_bool()
            .ok_or_else(|| bad("`clean` must be true or false".into()))?;
    }
    if let Some(format) = field("format") {
        options.format = match format.as_string().as_deref() {
            Some("auto") => Format::Auto,
            Some("text") => Format::Text,
            Some("html") => Format::Html,
            Some("markdown") => Format::Markdown,
            _ => {
                return Err(bad(format!(
                    "format must be \"auto\", \"text\", \"html\" or \"markdown\", not {}",
                    format
                        .as_string()
                        .map_or("a non-string".into(), |s| format!("{s:?}"))
                )))
            }
        };
    }
    if let Some(date) = field("date") {
        let date = date
            .as_string()
            .ok_or_else(|| bad("`date` must be a string such as \"2024-11-08\"".into()))?;
        options.date = Some(date);
    }
    Ok(options)
}

fn report_to_js(mut report: crate::Report) -> Result<JsValue, JsError> {
    report.add_utf16_offsets();
    let removed = std::mem::take(&mut report.removed);
    // json_compatible: `None` becomes `null` (not `undefined`) and maps become plain
    // objects, so the JS report equals the CLI's JSON.
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let value = serde::Serialize::serialize(&report, &serializer).map_err(to_js_error)?;
    // Setting a key the object has keeps its place: the report's keys stay in order.
    js_sys::Reflect::set(
        &value,
        &JsValue::from_str("removed"),
        &removed_to_js(&removed),
    )
    .map_err(|_| to_js_error("the report object refused its removed blocks"))?;
    Ok(value)
}

// The removed blocks are built in JS from columns. They are most of a big report's objects
// (195,000 in 10 MB of pasted pages) and serde-wasm-bindgen makes each with a string decode
// and seven calls across the boundary: a sixth of the whole analysis in a profile. As
// columns they cross once, their texts in two strings (the ASCII ones, which decode at
// memory speed into V8's one-byte strings, and the others), and V8 builds the objects in a
// loop. The objects are the ones serde would make: `tests/page/parity.test.mjs` compares
// the JS report with the CLI's JSON.
#[wasm_bindgen(inline_js = "
export function removedBlocks(ascii, other, ends, reasons, blocks, before, names) {
  const reasonNames = names.split(',');
  const out = new Array(ends.length);
  let [a, o] = [0, 0];
  for (let i = 0; i < ends.length; i++) {
    let text;
    if (reasons[i] & 128) { text = other.slice(o, ends[i]); o = ends[i]; }
    else { text = ascii.slice(a, ends[i]); a = ends[i]; }
    out[i] = { text, reason: reasonNames[reasons[i] & 127], block: blocks[i],
               before_paragraph: before[i] };
  }
  return out;
}")]
extern "C" {
    /// `ascii` and `other`: the texts of the blocks that are all ASCII and of the others,
    /// one after another; `ends`: where each text ends in its string, in UTF-16 units;
    /// `reasons`: indexes into `names` (the reasons' names joined by commas), plus 128 for
    /// a text in `other`.
    #[wasm_bindgen(js_name = removedBlocks)]
    fn removed_blocks(
        ascii: &str,
        other: &str,
        ends: &[u32],
        reasons: &[u8],
        blocks: &[u32],
        before: &[u32],
        names: &str,
    ) -> JsValue;
}

fn removed_to_js(removed: &[crate::RemovedBlock]) -> JsValue {
    use crate::RemovalReason;
    let (mut ascii, mut other) = (String::new(), String::new());
    let (mut ends, mut reasons, mut blocks, mut before) = (vec![], vec![], vec![], vec![]);
    let mut other_utf16 = 0;
    for r in removed {
        let reason = RemovalReason::ALL.iter().position(|&a| a == r.reason);
        let mut reason = reason.unwrap_or(0) as u8;
        // Offsets and indexes fit: a wasm32 `usize` is a `u32`.
        if r.text.is_ascii() {
            ascii.push_str(&r.text);
            ends.push(ascii.len() as u32);
        } else {
            other.push_str(&r.text);
            other_utf16 += r.text.encode_utf16().count();
            ends.push(other_utf16 as u32);
            reason |= 128;
        }
        reasons.push(reason);
        blocks.push(r.block as u32);
        before.push(r.before_paragraph as u32);
    }
    let names = RemovalReason::ALL.map(RemovalReason::name).join(",");
    removed_blocks(&ascii, &other, &ends, &reasons, &blocks, &before, &names)
}

/// Analyses an article given as a string (plain text or HTML).
// The generated declarations would make `options` a required parameter; the TypeScript
// section above declares these two functions instead, with `options?`.
#[wasm_bindgen(js_name = analyze, skip_typescript)]
pub fn analyze_js(input: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options = options_from_js(options)?;
    report_to_js(crate::analyze(input, &options))
}

/// Analyses an article given as bytes (a file's contents); invalid UTF-8 is replaced and
/// reported in `warnings`.
#[wasm_bindgen(js_name = analyzeBytes, skip_typescript)]
pub fn analyze_bytes_js(bytes: &[u8], options: JsValue) -> Result<JsValue, JsError> {
    let options = options_from_js(options)?;
    report_to_js(crate::analyze_bytes(bytes, &options))
}

/// What `format: "auto"` reads `input` as: "html", "markdown" or "text".
#[wasm_bindgen(js_name = detectFormat)]
pub fn detect_format(input: &str) -> String {
    crate::detect_format(input, Format::Auto).name().to_owned()
}

/// The claims of `articles` (`{report, name?, url?}`, as `analyze` made the reports) as
/// CSV, Markdown or schema.org JSON-LD: the same bytes as `claimlens --format`.
#[wasm_bindgen(js_name = exportClaims, skip_typescript)]
pub fn export_claims(format: &str, articles: JsValue) -> Result<String, JsError> {
    let format = crate::ExportFormat::from_name(format).ok_or_else(|| {
        to_js_error(format!(
            "exportClaims takes \"csv\", \"markdown\" or \"jsonld\", not {format:?}"
        ))
    })?;
    let bad = |e: String| to_js_error(format!("exportClaims needs [{{report, name?, url?}}]: {e}"));
    if !js_sys::Array::is_array(&articles) {
        return Err(bad("not an array".into()));
    }
    let mut read = Vec::new();
    for (i, article) in js_sys::Array::from(&articles).iter().enumerate() {
        let at = |e: String| bad(format!("article {i}: {e}"));
        let report = exported::report(&exported::field(&article, "report")).map_err(at)?;
        let name = exported::optional(&article, "name", exported::string).map_err(at)?;
        let url = exported::optional(&article, "url", exported::string).map_err(at)?;
        read.push((report, name, url));
    }
    let articles: Vec<crate::Article> = read
        .iter()
        .map(|(report, name, url)| crate::Article {
            report,
            name: name.as_deref(),
            url: url.as_deref(),
        })
        .collect();
    Ok(crate::export(format, &articles))
}

/// A report read back from JS for an export: the fields the exports read (title, claims
/// with their speakers and cues, numbers and dates, speakers, entities' kinds, the article
/// date); every other field keeps its empty value. Read field by field, like the options:
/// serde-wasm-bindgen's deserializer for the whole report would add about 30 KB of
/// WebAssembly. `tests/page/parity.test.mjs` checks that what the page exports from a
/// report read this way is what the CLI exports from the report itself.
mod exported {
    use wasm_bindgen::JsValue;

    use crate::report::*;

    type Read<T> = Result<T, String>;

    pub fn field(object: &JsValue, name: &str) -> JsValue {
        js_sys::Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
    }

    pub fn string(object: &JsValue, name: &str) -> Read<String> {
        field(object, name)
            .as_string()
            .ok_or_else(|| format!("`{name}` must be a string"))
    }

    /// The field `name` read by `read`, or `None` when it is null or missing.
    pub fn optional<T>(
        object: &JsValue,
        name: &str,
        read: fn(&JsValue, &str) -> Read<T>,
    ) -> Read<Option<T>> {
        let value = field(object, name);
        if value.is_null() || value.is_undefined() {
            return Ok(None);
        }
        read(object, name).map(Some)
    }

    fn number(object: &JsValue, name: &str) -> Read<f64> {
        field(object, name)
            .as_f64()
            .ok_or_else(|| format!("`{name}` must be a number"))
    }

    fn index(object: &JsValue, name: &str) -> Read<usize> {
        number(object, name).map(|n| n as usize)
    }

    /// An item of a list of indices.
    fn index_item(value: &JsValue) -> Read<usize> {
        value
            .as_f64()
            .map(|n| n as usize)
            .ok_or_else(|| "not an index".into())
    }

    fn boolean(object: &JsValue, name: &str) -> Read<bool> {
        field(object, name)
            .as_bool()
            .ok_or_else(|| format!("`{name}` must be true or false"))
    }

    /// The items of the array `name`, each read by `item`.
    fn list<T>(object: &JsValue, name: &str, item: impl Fn(&JsValue) -> Read<T>) -> Read<Vec<T>> {
        let value = field(object, name);
        if !js_sys::Array::is_array(&value) {
            return Err(format!("`{name}` must be an array"));
        }
        let items = js_sys::Array::from(&value);
        items
            .iter()
            .enumerate()
            .map(|(i, v)| item(&v).map_err(|e| format!("{name}[{i}]: {e}")))
            .collect()
    }

    /// Reads one of an enum's serialised names.
    fn named<T: Copy>(object: &JsValue, name: &str, names: &[(&str, T)]) -> Read<T> {
        let text = string(object, name)?;
        let found = names.iter().find(|(n, _)| *n == text);
        found
            .map(|&(_, v)| v)
            .ok_or_else(|| format!("`{name}` cannot be {text:?}"))
    }

    pub fn report(value: &JsValue) -> Read<Report> {
        if !value.is_object() {
            return Err("`report` must be a report object".into());
        }
        let input = field(value, "input");
        Ok(Report {
            title: optional(value, "title", string)?,
            claims: list(value, "claims", claim)?,
            quantities: list(value, "quantities", quantity)?,
            times: list(value, "times", time)?,
            speakers: list(value, "speakers", speaker_summary)?,
            entities: list(value, "entities", entity)?,
            input: InputInfo {
                date: optional(&input, "date", string).map_err(|e| format!("input: {e}"))?,
                ..InputInfo::default()
            },
            ..Report::default()
        })
    }

    fn claim(value: &JsValue) -> Read<Claim> {
        let speaker = field(value, "speaker");
        let cue = field(value, "cue");
        Ok(Claim {
            kind: named(value, "kind", &ClaimKind::ALL.map(|k| (k.name(), k)))?,
            text: string(value, "text")?,
            start: 0,
            end: 0,
            start_utf16: None,
            end_utf16: None,
            sentence: index(value, "sentence")?,
            speaker: if speaker.is_object() {
                Some(claim_speaker(&speaker)?)
            } else {
                None
            },
            cue: if cue.is_object() {
                Some(Cue {
                    text: string(&cue, "text")?,
                    start: 0,
                    end: 0,
                    start_utf16: None,
                    end_utf16: None,
                })
            } else {
                None
            },
            opinion: boolean(value, "opinion")?,
            negated: boolean(value, "negated")?,
            hedges: list(value, "hedges", |v| {
                v.as_string().ok_or_else(|| "not a string".into())
            })?,
            quantities: list(value, "quantities", index_item)?,
            times: list(value, "times", index_item)?,
            checkworthiness: number(value, "checkworthiness")?,
            checkworthy: boolean(value, "checkworthy")?,
        })
    }

    fn claim_speaker(value: &JsValue) -> Read<Speaker> {
        let speaker = Speaker {
            name: string(value, "name")?,
            canonical: string(value, "canonical")?,
            anonymous: boolean(value, "anonymous")?,
            start: 0,
            end: 0,
            start_utf16: None,
            end_utf16: None,
            role: optional(value, "role", string)?,
            confidence: number(value, "confidence")?,
            entity: optional(value, "entity", number)?.map(|n| n as usize),
            via: None,
        };
        Ok(speaker)
    }

    fn quantity(value: &JsValue) -> Read<Quantity> {
        let relation = if field(value, "relation").is_string() {
            Some(named(
                value,
                "relation",
                &[
                    ("about", Relation::About),
                    ("more_than", Relation::MoreThan),
                    ("less_than", Relation::LessThan),
                    ("at_least", Relation::AtLeast),
                    ("at_most", Relation::AtMost),
                ],
            )?)
        } else {
            None
        };
        Ok(Quantity {
            kind: QuantityKind::Number,
            text: string(value, "text")?,
            span: Span::default(),
            sentence: 0,
            value: number(value, "value")?,
            to: optional(value, "to", number)?,
            unit: optional(value, "unit", string)?,
            relation,
            vague: false,
        })
    }

    fn time(value: &JsValue) -> Read<TimeExpression> {
        Ok(TimeExpression {
            text: string(value, "text")?,
            span: Span::default(),
            sentence: 0,
            granularity: Granularity::Day,
            written: String::new(),
            from: optional(value, "from", string)?,
            to: optional(value, "to", string)?,
            range: false,
            relative: false,
            note: None,
        })
    }

    fn speaker_summary(value: &JsValue) -> Read<SpeakerSummary> {
        Ok(SpeakerSummary {
            canonical: string(value, "canonical")?,
            anonymous: boolean(value, "anonymous")?,
            names: Vec::new(),
            claims: list(value, "claims", index_item)?,
        })
    }

    fn entity(value: &JsValue) -> Read<Entity> {
        Ok(Entity {
            id: index(value, "id")?,
            canonical: string(value, "canonical")?,
            kind: named(
                value,
                "kind",
                &[
                    ("person", EntityKind::Person),
                    ("organization", EntityKind::Organization),
                    ("group", EntityKind::Group),
                ],
            )?,
            gender: None,
            mentions: Vec::new(),
        })
    }
}

/// The library's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
