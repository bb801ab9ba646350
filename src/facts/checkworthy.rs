//! Check-worthiness: how much a sentence deserves a fact-checker's attention.
//!
//! In: one sentence (or a claim's content). Out: a score in [0, 1], the probability under a
//! logistic-regression model over hashed word features: unigrams and bigrams of lowercased
//! words (digits folded to one shape, so "$4.2 billion" and "$9 million" share features),
//! plus a few shape features (a number, a percentage, a year, a first-person pronoun,
//! length). [`THRESHOLD`] is the cut chosen for F1 of the "worth checking" class.
//!
//! The model is trained by `cargo run --release --example train_checkworthy` on the
//! CheckThat! 2024 English training set (political debates and speeches), with the
//! threshold chosen on its dev split and the result reported on dev-test; the weights are
//! stored in `src/checkworthy.model` (integer levels, as many as dev chose, in Huffman
//! codes) and compiled in. The hashing size is chosen on dev as stored, ties to the smaller:
//! 2^15 weights at five levels, 9.9 KB (dev F1 0.712), over 2^16 at four, 17.6 KB (0.708). Limits: English only; trained on spoken political
//! sentences, so news prose scores somewhat lower and the score ranks sentences better than
//! it classifies them.

use std::sync::LazyLock;

/// The trained model, compiled in.
static MODEL: LazyLock<Model> = LazyLock::new(|| {
    Model::from_bytes(include_bytes!("checkworthy.model")).unwrap_or_else(Model::empty)
});

/// The score at and above which a sentence is marked `checkworthy`.
/// Rounded to three places as the scores are, so the comparison is the one the report shows.
pub static THRESHOLD: LazyLock<f64> =
    LazyLock::new(|| (f64::from(MODEL.threshold) * 1000.0).round() / 1000.0);

/// A linear model over hashed features.
pub struct Model {
    /// log2 of the number of weights.
    pub bits: u32,
    /// Weights, one per hash bucket.
    pub weights: Vec<f32>,
    /// Intercept.
    pub bias: f32,
    /// Decision threshold on the probability.
    pub threshold: f32,
}

/// File signature of a stored model: Huffman-coded weight levels.
const MAGIC: &[u8; 4] = b"CWH1";

/// The largest level a stored weight may take: weights are integers in [-7, 7] times a
/// scale. A model may use fewer levels ([`Model::to_bytes`]).
pub const MAX_LEVELS: u8 = 7;

/// The number of distinct levels, -[`MAX_LEVELS`] to [`MAX_LEVELS`]: the Huffman
/// alphabet.
const SYMBOLS: usize = 2 * MAX_LEVELS as usize + 1;

/// The longest Huffman code a stored model may use.
const MAX_CODE: usize = 24;

impl Model {
    /// A model that scores everything 0.5 and marks nothing (used only if the compiled-in
    /// file were unreadable, which a unit test rules out).
    fn empty() -> Model {
        Model {
            bits: 1,
            weights: vec![0.0; 2],
            bias: 0.0,
            threshold: 1.1,
        }
    }

    /// Reads a stored model: `CWH1`, bits (u32 LE), scale, bias, threshold (f32 LE), the
    /// code length of each level from -7 to 7 (one byte each, 0 for a level not used),
    /// then 2^bits levels as canonical Huffman codes, most significant bit first; each
    /// weight = level × scale. Most weights are -1, 0 or 1, which the codes store in two
    /// bits or less: 17.6 KB where four bits a weight were 32 KB (19.6 KB gzipped against
    /// 17.0).
    pub fn from_bytes(bytes: &[u8]) -> Option<Model> {
        let header = bytes.get(..20 + SYMBOLS)?;
        if &header[..4] != MAGIC {
            return None;
        }
        let word = |i: usize| <[u8; 4]>::try_from(&header[i..i + 4]).ok();
        let bits = u32::from_le_bytes(word(4)?);
        let scale = f32::from_le_bytes(word(8)?);
        let bias = f32::from_le_bytes(word(12)?);
        let threshold = f32::from_le_bytes(word(16)?);
        if !(1..=24).contains(&bits) {
            return None;
        }
        // Canonical codes: how many codes each length has, and the levels in code order
        // (by length, then level).
        let lengths = &header[20..];
        let mut count = [0u32; MAX_CODE + 1];
        for &l in lengths {
            *count.get_mut(usize::from(l))? += 1;
        }
        let mut order = Vec::with_capacity(SYMBOLS);
        for l in 1..=MAX_CODE as u8 {
            order.extend((0..SYMBOLS).filter(|&s| lengths[s] == l));
        }
        let mut stream = bytes[20 + SYMBOLS..]
            .iter()
            .flat_map(|&b| (0..8).rev().map(move |k| u32::from(b >> k & 1)));
        let mut weights = Vec::with_capacity(1 << bits);
        for _ in 0..1u32 << bits {
            // Mark Adler's canonical decoding ("puff"): `code` is read bit by bit and
            // compared with the first code of each length.
            let (mut code, mut first, mut index) = (0u32, 0u32, 0u32);
            let mut symbol = None;
            for &n in &count[1..] {
                code |= stream.next()?;
                if code.wrapping_sub(first) < n {
                    symbol = order.get((index + code - first) as usize);
                    break;
                }
                index += n;
                first = (first + n) << 1;
                code <<= 1;
            }
            let level = *symbol? as f32 - f32::from(MAX_LEVELS);
            weights.push(level * scale);
        }
        Some(Model {
            bits,
            weights,
            bias,
            threshold,
        })
    }

    /// Writes the model in the format [`Model::from_bytes`] reads, quantising each weight
    /// to an integer in [-levels, levels] (at most [`MAX_LEVELS`]). The scale clips the
    /// largest 0.1% of weights, so that the levels are spent where the weights are. Fewer
    /// levels store in fewer bits.
    pub fn to_bytes(&self, levels: u8) -> Vec<u8> {
        let levels = f32::from(levels.clamp(1, MAX_LEVELS));
        let mut magnitudes: Vec<f32> = self.weights.iter().map(|w| w.abs()).collect();
        magnitudes.sort_by(f32::total_cmp);
        let top = magnitudes[(magnitudes.len() * 999 / 1000).min(magnitudes.len() - 1)];
        let scale = if top > 0.0 { top / levels } else { 1.0 };
        let symbols: Vec<usize> = self
            .weights
            .iter()
            .map(|&w| ((w / scale).round().clamp(-levels, levels) + f32::from(MAX_LEVELS)) as usize)
            .collect();
        let mut frequency = [0u64; SYMBOLS];
        symbols.iter().for_each(|&s| frequency[s] += 1);
        let lengths = code_lengths(&frequency);
        // Canonical codes from the lengths, in code order.
        let mut codes = [0u32; SYMBOLS];
        let mut code = 0u32;
        for l in 1..=MAX_CODE as u8 {
            for s in (0..SYMBOLS).filter(|&s| lengths[s] == l) {
                codes[s] = code;
                code += 1;
            }
            code <<= 1;
        }
        let mut out = Vec::with_capacity(20 + SYMBOLS + self.weights.len() / 4);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&self.bits.to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        out.extend_from_slice(&self.bias.to_le_bytes());
        out.extend_from_slice(&self.threshold.to_le_bytes());
        out.extend_from_slice(&lengths);
        let (mut byte, mut filled) = (0u8, 0);
        for &s in &symbols {
            for k in (0..lengths[s]).rev() {
                byte = byte << 1 | (codes[s] >> k & 1) as u8;
                filled += 1;
                if filled == 8 {
                    out.push(byte);
                    (byte, filled) = (0, 0);
                }
            }
        }
        if filled > 0 {
            out.push(byte << (8 - filled));
        }
        out
    }

    /// The probability that `text` is worth checking.
    pub fn probability(&self, text: &str) -> f32 {
        let mask = (1u32 << self.bits) - 1;
        let mut z = self.bias;
        let features = features(text);
        let norm = 1.0 / (features.len().max(1) as f32).sqrt();
        for f in features {
            z += self.weights[(f & mask) as usize] * norm;
        }
        1.0 / (1.0 + (-z).exp())
    }
}

/// Huffman code lengths for symbols of these frequencies (0 for a symbol never used; one
/// bit when only one is): the two rarest subtrees are merged until one is left, and each
/// symbol's length is its depth.
fn code_lengths(frequency: &[u64; SYMBOLS]) -> [u8; SYMBOLS] {
    let mut lengths = [0u8; SYMBOLS];
    // Each subtree: its weight and its symbols.
    let mut trees: Vec<(u64, Vec<usize>)> = (0..SYMBOLS)
        .filter(|&s| frequency[s] > 0)
        .map(|s| (frequency[s], vec![s]))
        .collect();
    if trees.len() == 1 {
        lengths[trees[0].1[0]] = 1;
    }
    while trees.len() > 1 {
        trees.sort_by_key(|t| std::cmp::Reverse(t.0));
        let (Some((wa, a)), Some((wb, b))) = (trees.pop(), trees.pop()) else {
            break;
        };
        for &s in a.iter().chain(&b) {
            lengths[s] += 1;
        }
        trees.push((wa + wb, [a, b].concat()));
    }
    lengths
}

/// The check-worthiness of `text`, in [0, 1].
pub fn score(text: &str) -> f64 {
    // Rounded to three places: more would be false precision in the report. A f64, so that
    // JSON and JavaScript print the same three places.
    (f64::from(MODEL.probability(text)) * 1000.0).round() / 1000.0
}

/// FNV-1a, 32 bits: a fixed, dependency-free hash, so that a model trained natively scores
/// the same in the browser.
fn hash(parts: &[&str]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            h ^= 0x1f;
            h = h.wrapping_mul(0x0100_0193);
        }
        for b in part.bytes() {
            h ^= u32::from(b);
            h = h.wrapping_mul(0x0100_0193);
        }
    }
    h
}

/// The hashed features of `text` (with repeats; the model sums them).
pub fn features(text: &str) -> Vec<u32> {
    // The words, lowercased, one after another in `buffer` (`ends` marks where each ends):
    // this runs on every sentence and claim, and a string per word showed in profiles.
    let mut buffer = String::with_capacity(text.len());
    let mut ends: Vec<usize> = Vec::new();
    let mut shapes = (false, false, false, false);
    for raw in text.split(|c: char| c.is_whitespace() || c == '—' || c == '–') {
        let trimmed = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '%' && c != '$');
        if trimmed.is_empty() {
            continue;
        }
        let start = buffer.len();
        // Numbers become their shape; other words are lowercased without the "%" and "$"
        // the trim kept for the numbers.
        if trimmed.bytes().any(|b| b.is_ascii_digit()) {
            shapes.0 = true;
            if trimmed.contains('%') {
                shapes.1 = true;
            }
            let mut digits = trimmed.bytes().filter(u8::is_ascii_digit);
            let century = [digits.next(), digits.next()];
            let year = matches!(century, [Some(b'1'), Some(b'9')] | [Some(b'2'), Some(b'0')])
                && digits.count() == 2;
            buffer.push_str(if year {
                shapes.2 = true;
                "<year>"
            } else if trimmed.starts_with('$') {
                "<money>"
            } else {
                "<num>"
            });
        } else {
            let kept = trimmed.trim_matches(|c| c == '%' || c == '$');
            if kept.is_ascii() {
                buffer.push_str(kept);
                buffer[start..].make_ascii_lowercase();
            } else {
                buffer.push_str(&kept.to_lowercase());
            }
        }
        let word = &buffer[start..];
        if matches!(word, "i" | "we" | "my" | "our" | "me" | "us") {
            shapes.3 = true;
        }
        if matches!(word, "percent" | "per") {
            shapes.1 = true;
        }
        if matches!(
            word,
            "million"
                | "millions"
                | "billion"
                | "billions"
                | "trillion"
                | "thousand"
                | "thousands"
                | "hundred"
                | "hundreds"
        ) {
            shapes.0 = true;
        }
        ends.push(buffer.len());
    }
    let words: Vec<&str> = ends
        .iter()
        .scan(0, |start, &end| {
            let word = &buffer[*start..end];
            *start = end;
            Some(word)
        })
        .collect();
    let mut out = Vec::with_capacity(words.len() * 3 + 6);
    for w in &words {
        out.push(hash(&["u", w]));
        // The word's ending stands in for its tense and part of speech ("-ed", "-ion").
        if w.len() > 4 && w.is_ascii() {
            out.push(hash(&["s", &w[w.len() - 3..]]));
        }
    }
    // Capitalised words after the first name people, places and institutions.
    let named = text
        .split_whitespace()
        .skip(1)
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    if named > 0 {
        out.push(hash(&[
            "shape",
            "named",
            if named > 2 { "many" } else { "some" },
        ]));
    }
    for pair in words.windows(2) {
        out.push(hash(&["b", pair[0], pair[1]]));
    }
    let length = match words.len() {
        0..=5 => "xs",
        6..=12 => "s",
        13..=25 => "m",
        _ => "l",
    };
    out.push(hash(&["len", length]));
    for (name, on) in [
        ("number", shapes.0),
        ("percent", shapes.1),
        ("year", shapes.2),
        ("first_person", shapes.3),
        ("question", text.trim_end().ends_with('?')),
    ] {
        if on {
            out.push(hash(&["shape", name]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_model_loads() {
        let model = Model::from_bytes(include_bytes!("checkworthy.model"));
        let model = model.expect("src/checkworthy.model is a valid model");
        assert!(model.threshold > 0.0 && model.threshold < 1.0);
    }

    #[test]
    fn stored_models_round_trip() {
        let model = Model {
            bits: 3,
            weights: vec![0.5, -1.0, 0.0, 0.25, 1.0, -0.5, 0.75, 0.0],
            bias: -0.3,
            threshold: 0.4,
        };
        let back = Model::from_bytes(&model.to_bytes(MAX_LEVELS)).expect("reads back");
        assert_eq!(back.bits, 3);
        assert_eq!(back.bias, -0.3);
        // Within half a level (1/14 of the largest weight).
        for (a, b) in model.weights.iter().zip(&back.weights) {
            assert!((a - b).abs() <= 0.5 / 7.0 + 1e-6, "{a} vs {b}");
        }
    }

    #[test]
    fn statistics_score_above_small_talk() {
        let factual =
            score("Unemployment fell to 3.5 percent in 2019, the lowest rate in 50 years.");
        let chatter = score("Thank you all for coming tonight, it is great to be here.");
        assert!(factual > chatter, "{factual} vs {chatter}");
    }

    #[test]
    fn digits_share_a_shape() {
        assert_eq!(features("$4 billion"), features("$9 billion"));
    }
}
