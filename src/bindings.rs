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
  date_source: "option" | "text" | null;
  /** Blocks read: paragraphs + removed + the headline's block account for all of them. */
  blocks: number;
  title_block: number | null;
}

/** Analyses one article (plain text or HTML). Throws on bad options only. */
export function analyze(input: string, options?: AnalyzeOptions): Report;
/** Analyses a file's bytes: UTF-8, UTF-16 (with a byte-order mark) or Windows-1252. */
export function analyzeBytes(bytes: Uint8Array, options?: AnalyzeOptions): Report;

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

/// The library's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
