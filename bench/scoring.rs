//! Scorers for the evaluation data in `../shared/data`, shared by the bench command
//! (`examples/bench.rs`, which prints them) and the tests (`tests/shared_data.rs`, which
//! hold the results to their targets). They read the data, never copy it.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use claimlens::stages::split as split_sentences;
use claimlens::{analyze, ClaimKind, Options, Report, Span};
use serde::Deserialize;

#[path = "recognizers.rs"]
pub mod recognizers;

/// `../shared/data`, beside the repository.
pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data")
}

// ---------------------------------------------------------------------------------------
// Golden Rules

#[derive(Deserialize)]
struct GoldenRule {
    text: String,
    sentences: Vec<String>,
}

/// Golden Rules results: how many pass, of how many, and a description of each failure.
pub struct GoldenScore {
    pub passed: usize,
    pub total: usize,
    pub failures: Vec<String>,
}

/// Runs the English Golden Rules; `None` when the data is absent.
pub fn golden_rules() -> Option<GoldenScore> {
    let path = data_dir().join("sentences/golden_rules_en.json");
    let json = std::fs::read_to_string(path).ok()?;
    let rules: Vec<GoldenRule> = serde_json::from_str(&json).expect("golden rules JSON");
    let mut score = GoldenScore {
        passed: 0,
        total: rules.len(),
        failures: Vec::new(),
    };
    for (i, rule) in rules.iter().enumerate() {
        let got: Vec<&str> = split_sentences(&rule.text, &[Span::new(0, rule.text.len())])
            .iter()
            .map(|s| s.span.slice(&rule.text))
            .collect();
        if got == rule.sentences {
            score.passed += 1;
        } else {
            score.failures.push(format!(
                "rule {}: {:?}\n  expected {:?}\n  got      {:?}",
                i + 1,
                rule.text,
                rule.sentences,
                got
            ));
        }
    }
    Some(score)
}

// ---------------------------------------------------------------------------------------
// PolNeAR attribution

/// One gold attribution, in byte offsets of the article text.
struct Gold {
    source: Option<(usize, usize)>,
    cue: String,
    content: Vec<(usize, usize)>,
}

/// Byte offset of each char offset (brat offsets count characters).
fn char_to_byte(text: &str) -> Vec<usize> {
    let mut map: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    map.push(text.len());
    map
}

/// A brat text-bound annotation: its label and byte ranges.
type Ranges = (String, Vec<(usize, usize)>);

fn parse_ann(ann: &str, text: &str) -> Vec<Gold> {
    let bytes = char_to_byte(text);
    let at = |c: usize| bytes.get(c).copied().unwrap_or(text.len());
    let mut spans: std::collections::HashMap<&str, Ranges> = Default::default();
    let mut golds = Vec::new();
    for line in ann.lines() {
        let mut parts = line.splitn(3, '\t');
        let (Some(id), Some(info)) = (parts.next(), parts.next()) else {
            continue;
        };
        if id.starts_with('T') {
            let mut words = info.split([' ', ';']);
            let label = words.next().unwrap_or_default().to_owned();
            let numbers: Vec<usize> = words.filter_map(|w| w.parse().ok()).collect();
            let ranges = numbers
                .chunks(2)
                .filter(|c| c.len() == 2)
                .map(|c| (at(c[0]), at(c[1])))
                .collect();
            spans.insert(id, (label, ranges));
        } else if id.starts_with('E') {
            let mut gold = Gold {
                source: None,
                cue: String::new(),
                content: Vec::new(),
            };
            for role in info.split(' ') {
                let Some((name, target)) = role.split_once(':') else {
                    continue;
                };
                let Some((_, ranges)) = spans.get(target) else {
                    continue;
                };
                match name {
                    "Source" => gold.source = ranges.first().copied(),
                    "Cue" => {
                        gold.cue = ranges
                            .iter()
                            .map(|&(s, e)| &text[s..e])
                            .collect::<Vec<_>>()
                            .join(" ")
                    }
                    "Content" => gold.content = ranges.clone(),
                    _ => {}
                }
            }
            if !gold.content.is_empty() {
                golds.push(gold);
            }
        }
    }
    golds
}

/// Speech cues: a reporting verb of the lexicon's speech or report kind, or "according to".
/// Beliefs, intentions and the like are attributions too, but not what a claim is.
fn is_speech_cue(cue: &str) -> bool {
    const SPEECH: &[&str] = &[
        "say",
        "says",
        "said",
        "saying",
        "tell",
        "tells",
        "told",
        "telling",
        "state",
        "states",
        "stated",
        "add",
        "adds",
        "added",
        "warn",
        "warns",
        "warned",
        "claim",
        "claims",
        "claimed",
        "acknowledge",
        "acknowledged",
        "insist",
        "insists",
        "insisted",
        "remark",
        "remarked",
        "respond",
        "responded",
        "reply",
        "replied",
        "ask",
        "asked",
        "note",
        "noted",
        "explain",
        "explained",
        "announce",
        "announced",
        "confirm",
        "confirmed",
        "deny",
        "denied",
        "declare",
        "declared",
        "argue",
        "argued",
        "argues",
        "assert",
        "asserted",
        "admit",
        "admitted",
        "write",
        "wrote",
        "writes",
        "tweet",
        "tweeted",
        "tweets",
        "report",
        "reported",
        "reports",
        "according",
    ];
    let lower = cue.to_lowercase();
    lower
        .split(|c: char| !c.is_alphabetic())
        .any(|w| SPEECH.contains(&w))
}

/// Maps the byte offset of each non-space character of the report text back to the article:
/// without cleaning, analysis only collapses white space and drops invisible characters, so
/// the other characters pair up in order.
fn align(original: &str, report: &str) -> Vec<usize> {
    let mut map = vec![usize::MAX; report.len()];
    let orig: Vec<(usize, char)> = original
        .char_indices()
        .filter(|(_, c)| !c.is_whitespace())
        .collect();
    let mut at = 0;
    for (b, c) in report.char_indices() {
        if c.is_whitespace() {
            continue;
        }
        // Look a little ahead only: a character the report changed (a repaired "Ã¡" is
        // "á") has no match, and must not swallow the rest of the original.
        if let Some(k) = orig[at..].iter().take(64).position(|&(_, oc)| oc == c) {
            map[b] = orig[at + k].0;
            at += k + 1;
        }
    }
    map
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

fn content_overlap(pred: (usize, usize), gold: &[(usize, usize)]) -> usize {
    gold.iter().map(|&g| overlap(pred, g)).sum()
}

fn gold_len(gold: &[(usize, usize)]) -> usize {
    gold.iter().map(|(s, e)| e - s).sum()
}

/// A prediction matches a gold content when it covers at least 30% of it and at least 30%
/// of the prediction lies inside it (the "30% overlap" criterion of quote extractors).
fn matches(pred: (usize, usize), gold: &[(usize, usize)]) -> bool {
    let o = content_overlap(pred, gold);
    let pred_len = pred.1 - pred.0;
    pred_len > 0 && o * 10 >= gold_len(gold) * 3 && o * 10 >= pred_len * 3
}

struct Predicted {
    content: (usize, usize),
    speaker: Option<(usize, usize)>,
    speaker_text: String,
    kind: ClaimKind,
}

fn predictions(text: &str, report: &Report) -> Vec<Predicted> {
    let map = align(text, &report.text);
    let to_orig = |s: usize, e: usize| -> Option<(usize, usize)> {
        let start = map.get(s).copied().filter(|&v| v != usize::MAX)?;
        // The end: the mapped start of the span's last character, plus that character.
        let last = report.text[s..e]
            .char_indices()
            .last()
            .map(|(i, c)| (s + i, c))?;
        let last_start = map.get(last.0).copied().filter(|&v| v != usize::MAX)?;
        Some((start, last_start + last.1.len_utf8()))
    };
    report
        .claims
        .iter()
        .filter_map(|c| {
            Some(Predicted {
                content: to_orig(c.start, c.end)?,
                speaker: c.speaker.as_ref().and_then(|s| to_orig(s.start, s.end)),
                speaker_text: c
                    .speaker
                    .as_ref()
                    .map(|s| s.canonical.clone())
                    .unwrap_or_default(),
                kind: c.kind,
            })
        })
        .collect()
}

/// `span` of `text` with up to `before` and `after` characters around it, for the logs.
fn context(text: &str, span: (usize, usize), before: usize, after: usize) -> &str {
    let start = text[..span.0]
        .char_indices()
        .rev()
        .nth(before)
        .map_or(0, |(i, _)| i);
    let end = text[span.1..]
        .char_indices()
        .nth(after)
        .map_or(text.len(), |(i, _)| span.1 + i);
    &text[start..end]
}

/// PolNeAR results for speech-cue attributions.
#[derive(Default)]
pub struct PolnearScore {
    pub articles: usize,
    pub gold_speech: usize,
    pub found_speech: usize,
    pub predicted: usize,
    pub correct_predicted: usize,
    pub with_source: usize,
    pub source_ok: usize,
    /// Matched claims whose gold source names someone (not only a pronoun or a common
    /// noun), and of them those whose speaker's canonical name agrees with it.
    pub with_named_source: usize,
    pub canonical_ok: usize,
    /// Claim kind → (predicted, matching a gold attribution).
    pub by_kind: BTreeMap<&'static str, (usize, usize)>,
    pub seconds: f64,
}

impl PolnearScore {
    pub fn precision(&self) -> f64 {
        self.correct_predicted as f64 / self.predicted.max(1) as f64
    }
    pub fn recall(&self) -> f64 {
        self.found_speech as f64 / self.gold_speech.max(1) as f64
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        2.0 * p * r / (p + r).max(f64::EPSILON)
    }
    pub fn source_match(&self) -> f64 {
        self.source_ok as f64 / self.with_source.max(1) as f64
    }
    pub fn canonical_match(&self) -> f64 {
        self.canonical_ok as f64 / self.with_named_source.max(1) as f64
    }
}

/// Lowercase words of letters, with a possessive's "'s" dropped.
fn name_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic() && c != '\'' && c != '’')
        .map(|w| w.trim_end_matches("'s").trim_end_matches("’s"))
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether a gold source span names someone: a capitalised word that is not the span's
/// first word alone (a sentence's "The" or "He").
fn names_someone(span: &str) -> bool {
    span.split_whitespace().enumerate().any(|(i, w)| {
        w.starts_with(char::is_uppercase)
            && (i > 0 || w.len() > 3 && !matches!(w, "They" | "Their"))
    })
}

/// Whether a speaker's canonical name agrees with a gold name: the canonical's last word
/// (a surname, an organisation's head) is one of the gold name's words, or one of the two
/// is the other's acronym ("International Monetary Fund" for "the IMF").
pub fn names_agree(canonical: &str, gold: &str) -> bool {
    let gold_words = name_words(gold);
    let last_agrees = name_words(canonical)
        .last()
        .is_some_and(|last| gold_words.iter().any(|g| g == last));
    last_agrees || abbreviates(canonical, gold) || abbreviates(gold, canonical)
}

/// Whether `short` holds a word of capitals that are the initials of `long`'s capitalised
/// words.
fn abbreviates(short: &str, long: &str) -> bool {
    let initials: String = long
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    initials.len() >= 2
        && short.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.len() >= 2 && w.chars().all(|c| c.is_uppercase()) && w == initials
        })
}

// ---------------------------------------------------------------------------------------
// Speakers on GUM

/// How claims whose speaker is a pronoun or description of a named person or organisation
/// (GUM's coreference) are resolved.
#[derive(Default)]
pub struct GumScore {
    pub documents: usize,
    /// Pronoun and description mentions of named people and organisations.
    pub mentions: usize,
    /// Claims whose speaker phrase overlaps one of them, and of those, the ones whose
    /// canonical name agrees with the chain's name.
    pub claims: usize,
    pub claims_right: usize,
    /// Of the mentions, those an entity mention covers, and of those, the ones whose
    /// entity's canonical name agrees with the chain's name.
    pub covered: usize,
    pub covered_right: usize,
    /// The same two counts, taking any name the chain holds as right, not only its longest:
    /// "Yvette Cooper" for a chain whose longest name is "Labour's Shadow Home Secretary".
    pub covered_right_any_name: usize,
    pub claims_right_any_name: usize,
}

#[derive(Deserialize)]
struct GumDocument {
    doc: String,
    text: String,
    mentions: Vec<GumMention>,
}

#[derive(Deserialize)]
struct GumMention {
    start: usize,
    end: usize,
    text: String,
    kind: String,
    gold: String,
}

/// Scores the GUM documents; `None` when the data is absent. `log` receives every wrong
/// speaker.
pub fn gum_speakers(mut log: impl FnMut(String)) -> Option<GumScore> {
    let path = data_dir().join("coreference/gum/mentions.json");
    let documents: Vec<GumDocument> =
        serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    let options = Options {
        clean: false,
        ..Options::default()
    };
    let mut score = GumScore::default();
    for document in &documents {
        score.documents += 1;
        // Mentions count characters; the report, bytes.
        let byte_at: Vec<usize> = document
            .text
            .char_indices()
            .map(|(b, _)| b)
            .chain([document.text.len()])
            .collect();
        let mentions: Vec<(usize, usize, &GumMention)> = document
            .mentions
            .iter()
            .filter(|m| m.kind != "name")
            .map(|m| (byte_at[m.start], byte_at[m.end], m))
            .collect();
        score.mentions += mentions.len();
        // Every name each chain holds, by the chain's longest name.
        let chain_names = |gold: &str| -> Vec<&str> {
            document
                .mentions
                .iter()
                .filter(|m| m.kind == "name" && m.gold == gold)
                .map(|m| m.text.as_str())
                .collect()
        };
        let any_name_agrees = |canonical: &str, gold: &str| {
            names_agree(canonical, gold)
                || chain_names(gold)
                    .iter()
                    .any(|name| names_agree(canonical, name))
        };
        let report = analyze(&document.text, &options);
        let map = align(&document.text, &report.text);
        let entity_mentions: Vec<((usize, usize), &str)> = report
            .entities
            .iter()
            .flat_map(|e| e.mentions.iter().map(move |m| (m, e.canonical.as_str())))
            .filter_map(|(m, canonical)| {
                let start = *map.get(m.span.start)?;
                let last = report.text[m.span.start..m.span.end]
                    .char_indices()
                    .last()?;
                let end = *map.get(m.span.start + last.0)? + last.1.len_utf8();
                (start != usize::MAX && end > start).then_some(((start, end), canonical))
            })
            .collect();
        for &(s, e, mention) in &mentions {
            let Some(&(_, canonical)) = entity_mentions
                .iter()
                .find(|(span, _)| overlap(*span, (s, e)) > 0)
            else {
                log(format!(
                    "UNC {}: {} {:?} is {:?}",
                    document.doc, mention.kind, mention.text, mention.gold
                ));
                continue;
            };
            score.covered += 1;
            let right = names_agree(canonical, &mention.gold);
            score.covered_right += usize::from(right);
            score.covered_right_any_name += usize::from(any_name_agrees(canonical, &mention.gold));
            if !right {
                log(format!(
                    "ENT {}: {:?} is {:?}, entity {:?}",
                    document.doc, mention.text, mention.gold, canonical
                ));
            }
        }
        for predicted in predictions(&document.text, &report) {
            let Some(speaker) = predicted.speaker else {
                continue;
            };
            let Some(&(_, _, mention)) = mentions
                .iter()
                .find(|&&(s, e, _)| overlap(speaker, (s, e)) > 0)
            else {
                continue;
            };
            score.claims += 1;
            let right = names_agree(&predicted.speaker_text, &mention.gold);
            score.claims_right += usize::from(right);
            score.claims_right_any_name +=
                usize::from(any_name_agrees(&predicted.speaker_text, &mention.gold));
            if !right {
                log(format!(
                    "SPK {}: {:?} is {:?}, got {:?}",
                    document.doc, mention.text, mention.gold, predicted.speaker_text
                ));
            }
        }
    }
    Some(score)
}

/// Scores one split (`dev`, `train`); `None` when the data is absent. `log` receives a line
/// for every false positive (FP), missed attribution (FN) and wrong source (SRC).
pub fn polnear(split: &str, mut log: impl FnMut(String)) -> Option<PolnearScore> {
    let dir = data_dir().join("attribution/polnear").join(split);
    let entries = std::fs::read_dir(dir.join("attributions")).ok()?;
    let mut score = PolnearScore::default();
    let mut files: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    files.sort();
    let options = Options {
        clean: false,
        ..Options::default()
    };
    for ann_path in &files {
        let stem = ann_path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        // Annotation files carry the annotator's id after the article's name.
        let article = stem.rsplit_once('_').map_or(stem, |(a, _)| a);
        let Ok(text) = std::fs::read_to_string(dir.join("text").join(format!("{article}.txt")))
        else {
            continue;
        };
        let ann = std::fs::read_to_string(ann_path).unwrap_or_default();
        let golds = parse_ann(&ann, &text);
        let started = Instant::now();
        let report = analyze(&text, &options);
        score.seconds += started.elapsed().as_secs_f64();
        score.articles += 1;
        let preds = predictions(&text, &report);

        for p in &preds {
            score.predicted += 1;
            let hit = golds.iter().any(|g| matches(p.content, &g.content));
            score.correct_predicted += usize::from(hit);
            let kind = match p.kind {
                ClaimKind::Direct => "direct",
                ClaimKind::Partial => "partial",
                ClaimKind::Indirect => "indirect",
                ClaimKind::AccordingTo => "according_to",
            };
            let entry = score.by_kind.entry(kind).or_default();
            entry.0 += 1;
            entry.1 += usize::from(hit);
            if !hit {
                log(format!(
                    "FP  {article}: {:?}",
                    &text[p.content.0..p.content.1]
                ));
            }
        }
        for g in golds.iter().filter(|g| is_speech_cue(&g.cue)) {
            score.gold_speech += 1;
            let hit = preds.iter().find(|p| matches(p.content, &g.content));
            score.found_speech += usize::from(hit.is_some());
            if let (Some(p), Some(src)) = (hit, g.source) {
                score.with_source += 1;
                let ok = p.speaker.is_some_and(|s| overlap(s, src) > 0);
                score.source_ok += usize::from(ok);
                let gold_source = &text[src.0..src.1];
                if names_someone(gold_source) {
                    score.with_named_source += 1;
                    let agrees = names_agree(&p.speaker_text, gold_source);
                    score.canonical_ok += usize::from(agrees);
                    if !agrees {
                        log(format!(
                            "CAN {article}: gold {gold_source:?} got {:?}",
                            p.speaker_text
                        ));
                    }
                }
                if !ok {
                    let span = (p.content.0.min(src.0), p.content.1.max(src.1));
                    log(format!(
                        "SRC {article}: gold {:?} got {:?}\n    {:?}",
                        &text[src.0..src.1],
                        p.speaker_text,
                        context(&text, span, 40, 40)
                    ));
                }
            }
            if hit.is_none() {
                log(format!(
                    "FN  {article}: [{}]\n    {:?}",
                    g.cue,
                    context(&text, g.content[0], 100, 60)
                ));
            }
        }
    }
    Some(score)
}

// ---------------------------------------------------------------------------------------
// Cleaning

/// `\w+` tokens, as Python's `re.findall(r"\w+", text)` gives them.
fn word_tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect()
}

fn counts<T: Ord>(items: impl Iterator<Item = T>) -> BTreeMap<T, usize> {
    let mut map = BTreeMap::new();
    for item in items {
        *map.entry(item).or_insert(0) += 1;
    }
    map
}

/// Precision and recall of two multisets: (true positives, predicted, expected).
fn overlap_counts<T: Ord>(
    expected: &BTreeMap<T, usize>,
    predicted: &BTreeMap<T, usize>,
) -> (usize, usize, usize) {
    let tp = predicted
        .iter()
        .map(|(k, n)| (*n).min(expected.get(k).copied().unwrap_or(0)))
        .sum();
    (tp, predicted.values().sum(), expected.values().sum())
}

/// Precision, recall and F1 of one page; an empty expected and predicted text scores 1.
fn prf(tp: usize, predicted: usize, expected: usize) -> (f64, f64, f64) {
    let p = if predicted == 0 {
        f64::from(u8::from(expected == 0))
    } else {
        tp as f64 / predicted as f64
    };
    let r = if expected == 0 {
        1.0
    } else {
        tp as f64 / expected as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

/// ScrapingHub's metric: 4-word shingles of `\w+` tokens (a shorter text is one shingle).
pub fn shingle_prf(expected: &str, predicted: &str) -> (f64, f64, f64) {
    fn shingles(text: &str) -> BTreeMap<Vec<&str>, usize> {
        let tokens = word_tokens(text);
        let n = 4.min(tokens.len());
        if tokens.is_empty() {
            return BTreeMap::new();
        }
        counts(tokens.windows(n).map(<[&str]>::to_vec))
    }
    let (tp, p, e) = overlap_counts(&shingles(expected), &shingles(predicted));
    prf(tp, p, e)
}

/// WCXB's metric: bag of lowercased `\w+` tokens.
pub fn bag_prf(expected: &str, predicted: &str) -> (f64, f64, f64) {
    let bag = |text: &str| {
        counts(
            word_tokens(&text.to_lowercase())
                .into_iter()
                .map(str::to_owned),
        )
    };
    let (tp, p, e) = overlap_counts(&bag(expected), &bag(predicted));
    prf(tp, p, e)
}

/// One page of a cleaning benchmark: its id, the input, and the expected article text.
pub struct CleaningPage {
    pub id: String,
    pub input: String,
    pub expected: String,
    /// The page's title, author and publication date (YYYY-MM-DD), when the ground truth
    /// states them (WCXB does).
    pub title: Option<String>,
    pub author: Option<String>,
    pub published: Option<String>,
}

/// Mean precision, recall and F1 over pages, with time per page.
#[derive(Default)]
pub struct CleaningScore {
    pub pages: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub seconds: f64,
    /// (F1, id) of every page, for finding the worst.
    pub per_page: Vec<(f64, String)>,
}

fn gunzip(path: &Path) -> Option<String> {
    use std::io::Read;
    let file = std::fs::File::open(path).ok()?;
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(file)
        .read_to_end(&mut bytes)
        .ok()?;
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

/// A page's input: its pasted text, or its gzipped HTML from `dir/html/<id>.html.gz`.
fn page_input(
    dir: &Path,
    pasted_text: &BTreeMap<String, String>,
    pasted: bool,
    id: &str,
) -> Option<String> {
    if pasted {
        pasted_text.get(id).cloned()
    } else {
        gunzip(&dir.join("html").join(format!("{id}.html.gz")))
    }
}

/// The ScrapingHub pages: HTML (`pasted = false`) or the pasted page text.
pub fn scrapinghub_pages(pasted: bool) -> Option<Vec<CleaningPage>> {
    #[derive(Deserialize)]
    struct Truth {
        #[serde(rename = "articleBody")]
        article_body: String,
    }
    let dir = data_dir().join("cleaning/scrapinghub");
    let truth: BTreeMap<String, Truth> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("ground-truth.json")).ok()?).ok()?;
    let pasted_text: BTreeMap<String, String> = if pasted {
        serde_json::from_str(&std::fs::read_to_string(dir.join("pasted.json")).ok()?).ok()?
    } else {
        BTreeMap::new()
    };
    let mut pages = Vec::new();
    for (id, t) in truth {
        if let Some(input) = page_input(&dir, &pasted_text, pasted, &id) {
            pages.push(CleaningPage {
                id,
                input,
                expected: t.article_body,
                title: None,
                author: None,
                published: None,
            });
        }
    }
    Some(pages)
}

/// The WCXB dev article pages: HTML or the pasted page text.
pub fn wcxb_pages(pasted: bool) -> Option<Vec<CleaningPage>> {
    #[derive(Deserialize)]
    struct Meta {
        page_type: String,
    }
    #[derive(Deserialize)]
    struct Truth {
        ground_truth: Inner,
    }
    #[derive(Deserialize)]
    struct Inner {
        main_content: String,
        title: Option<String>,
        author: Option<String>,
        publish_date: Option<String>,
    }
    let dir = data_dir().join("cleaning/wcxb-dev");
    let meta: BTreeMap<String, Meta> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("metadata.json")).ok()?).ok()?;
    let pasted_text: BTreeMap<String, String> = if pasted {
        serde_json::from_str(&gunzip(&dir.join("pasted.json.gz"))?).ok()?
    } else {
        BTreeMap::new()
    };
    let mut pages = Vec::new();
    for (id, m) in meta {
        if m.page_type != "article" {
            continue;
        }
        let Some(truth) =
            std::fs::read_to_string(dir.join("ground-truth").join(format!("{id}.json")))
                .ok()
                .and_then(|t| serde_json::from_str::<Truth>(&t).ok())
        else {
            continue;
        };
        if let Some(input) = page_input(&dir, &pasted_text, pasted, &id) {
            let Inner {
                main_content,
                title,
                author,
                publish_date,
            } = truth.ground_truth;
            let stated = |s: Option<String>| s.filter(|s| !s.trim().is_empty());
            pages.push(CleaningPage {
                id,
                input,
                expected: main_content,
                title: stated(title),
                author: stated(author),
                published: stated(publish_date).map(|d| d.chars().take(10).collect()),
            });
        }
    }
    Some(pages)
}

/// A field's name, its expected and reported values, and how the two are compared.
type MetadataField<'a> = (
    &'static str,
    &'a Option<String>,
    Option<String>,
    &'a dyn Fn(&str, &str) -> bool,
);

/// How often the report's title, byline and publication date agree with the ground truth,
/// of the pages that state each.
#[derive(Default)]
pub struct MetadataScore {
    /// (agreed, stated) for the title, the author and the date.
    pub title: (usize, usize),
    pub author: (usize, usize),
    pub published: (usize, usize),
    /// (field, id, expected, got) of every disagreement.
    pub misses: Vec<(&'static str, String, String, String)>,
}

/// Scores the metadata of every page. A title agrees when its lowercased `\w+` words are
/// the expected title's; a byline when its words hold the expected author's or the reverse
/// (bylines list co-authors); a date when it is the same day.
pub fn score_metadata(pages: &[CleaningPage], format: claimlens::Format) -> MetadataScore {
    use claimlens::{analyze, Options};
    let words = |s: &str| {
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric() && c != '_')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let same_title = |e: &str, g: &str| words(e) == words(g);
    let same_author = |e: &str, g: &str| {
        let (e, g) = (words(e), words(g));
        !g.is_empty() && (e == g || e.contains(&g) || g.contains(&e))
    };
    let same_day = |e: &str, g: &str| e == g;
    let mut score = MetadataScore::default();
    for page in pages {
        let options = Options {
            format,
            ..Options::default()
        };
        let report = analyze(&page.input, &options);
        let fields: [MetadataField; 3] = [
            ("title", &page.title, report.title.clone(), &same_title),
            (
                "author",
                &page.author,
                report.metadata.byline.clone(),
                &same_author,
            ),
            (
                "published",
                &page.published,
                report.metadata.published.clone(),
                &same_day,
            ),
        ];
        for (field, expected, got, agree) in fields {
            let Some(expected) = expected else { continue };
            let slot = match field {
                "title" => &mut score.title,
                "author" => &mut score.author,
                _ => &mut score.published,
            };
            slot.1 += 1;
            let got = got.unwrap_or_default();
            if agree(expected, &got) {
                slot.0 += 1;
            } else {
                score
                    .misses
                    .push((field, page.id.clone(), expected.clone(), got));
            }
        }
    }
    score
}

/// Cleans every page (HTML as HTML, pasted text as text) and scores `text` with `metric`.
pub fn score_cleaning(
    pages: &[CleaningPage],
    html: bool,
    metric: fn(&str, &str) -> (f64, f64, f64),
) -> CleaningScore {
    let options = Options {
        format: if html {
            claimlens::Format::Html
        } else {
            claimlens::Format::Text
        },
        ..Options::default()
    };
    let mut score = CleaningScore::default();
    for page in pages {
        let started = Instant::now();
        let report = analyze(&page.input, &options);
        score.seconds += started.elapsed().as_secs_f64();
        let (p, r, f) = metric(&page.expected, &report.text);
        score.pages += 1;
        score.precision += p;
        score.recall += r;
        score.f1 += f;
        score.per_page.push((f, page.id.clone()));
    }
    let n = score.pages.max(1) as f64;
    score.precision /= n;
    score.recall /= n;
    score.f1 /= n;
    score.per_page.sort_by(|a, b| a.0.total_cmp(&b.0));
    score
}

// ---------------------------------------------------------------------------------------
// Check-worthiness (CheckThat! 2024 English)

/// Precision, recall and F1 of the Yes class for the compiled-in model at its threshold.
pub struct CheckworthyScore {
    pub sentences: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// Scores the shipped model on one CT24 split (`dev`, `dev-test`); `None` when absent.
pub fn checkworthy(split: &str) -> Option<CheckworthyScore> {
    let path = data_dir()
        .join("checkworthy/ct24")
        .join(format!("CT24_checkworthy_english_{split}.tsv"));
    let text = std::fs::read_to_string(path).ok()?;
    let threshold = *claimlens::stages::checkworthy::THRESHOLD;
    let (mut tp, mut predicted, mut expected, mut sentences) = (0, 0, 0, 0);
    for line in text.lines().skip(1) {
        let mut fields = line.split('\t');
        let (Some(_), Some(sentence), Some(label)) = (fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        sentences += 1;
        let yes = label.trim() == "Yes";
        let said_yes = claimlens::stages::checkworthy::score(sentence) >= threshold;
        tp += usize::from(yes && said_yes);
        predicted += usize::from(said_yes);
        expected += usize::from(yes);
    }
    let (precision, recall, f1) = prf(tp, predicted, expected);
    Some(CheckworthyScore {
        sentences,
        precision,
        recall,
        f1,
    })
}

// ---------------------------------------------------------------------------------------
// Mojibake (python-ftfy's test cases)

/// One ftfy case file's results.
pub struct FtfyScore {
    pub file: String,
    pub passed: usize,
    pub total: usize,
    /// Cases ftfy itself passes (`expect: pass`), and how many of those claimlens passes.
    pub expected_pass: usize,
    pub passed_of_expected: usize,
    pub failures: Vec<String>,
}

/// Runs claimlens's mojibake repair on every ftfy case: a case passes when the repaired text
/// is the case's `fixed-encoding` (or `fixed` when it has none; ftfy's other fixes, such as
/// straightening quotes, are not claimlens's business). `None` when the data is absent.
pub fn ftfy_cases() -> Option<Vec<FtfyScore>> {
    let dir = data_dir().join("encoding/ftfy-cases");
    let mut scores = Vec::new();
    for file in [
        "in-the-wild",
        "synthetic",
        "language-names",
        "negative",
        "known-failures",
    ] {
        let text = std::fs::read_to_string(dir.join(format!("{file}.json"))).ok()?;
        let cases: Vec<serde_json::Value> = serde_json::from_str(&text).expect("ftfy JSON");
        let mut score = FtfyScore {
            file: file.to_owned(),
            passed: 0,
            total: cases.len(),
            expected_pass: 0,
            passed_of_expected: 0,
            failures: Vec::new(),
        };
        for case in &cases {
            let original = case["original"].as_str().unwrap_or_default();
            let wanted = case["fixed-encoding"]
                .as_str()
                .or_else(|| case["fixed"].as_str())
                .unwrap_or_default();
            let (repaired, count) = claimlens::stages::repair_mojibake(original);
            let got = if count > 0 {
                repaired
            } else {
                original.to_owned()
            };
            let ok = got == wanted;
            let ftfy_passes = case["expect"].as_str() == Some("pass");
            score.passed += usize::from(ok);
            score.expected_pass += usize::from(ftfy_passes);
            score.passed_of_expected += usize::from(ok && ftfy_passes);
            if !ok {
                score.failures.push(format!(
                    "{file}: {}\n    original {original:?}\n    wanted   {wanted:?}\n    got      {got:?}",
                    case["label"].as_str().unwrap_or_default()
                ));
            }
        }
        scores.push(score);
    }
    Some(scores)
}
