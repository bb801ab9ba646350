//! Quantities: numbers, percentages and amounts of money, made explicit.
//!
//! In: the tokens of one sentence ([`crate::tokens`]) and which of them a date already
//! took. Out: [`Found`] quantities with token ranges and values: "$65.9 billion" is
//! 65,900,000,000 in `$`; "nearly 70%" is 70 `%` [`Relation::About`]; "5 to 10 million" is
//! a range; "millions of" is a vague magnitude. Written numbers are read as well as digits
//! ("twenty-one", "two thirds", "one and a half million").
//!
//! Limits: English only. Units of measure ("29km") are not read, and numbers glued to a
//! name ("COVID-19", "F-35") are left out on purpose: they name things, they do not count
//! them. Scientific notation and "one over three" are not read. "From 5% to 4%" is two
//! quantities (a change), not a range.

use crate::facts::tokens::{tokenize, Token, TokenKind};
use crate::lexicon::{
    CurrencyForm, NumberWord, TextMap, APPROXIMATORS, CURRENCIES, NUMBERED_NAMES, NUMBER_WORDS,
};
use crate::report::{QuantityKind, Relation};
use std::sync::LazyLock;

/// A quantity found in a sentence's tokens.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Found {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// What it counts.
    pub kind: QuantityKind,
    /// Value, scale applied.
    pub value: f64,
    /// Second number of a range.
    pub to: Option<f64>,
    /// Unit (see [`crate::Quantity::unit`]).
    pub unit: Option<String>,
    /// Bound or approximation.
    pub relation: Option<Relation>,
    /// A vague magnitude.
    pub vague: bool,
}

/// A bare number read at some token.
#[derive(Clone, Copy, Debug)]
struct Number {
    /// One past its last token.
    end: usize,
    value: f64,
    /// It is an ordinal ("third", "21st").
    ordinal: bool,
}

/// Recognises every quantity in `tokens`, skipping tokens already `taken` (by dates), and
/// marks the ones it uses as taken.
pub(crate) fn recognise(tokens: &[Token<'_>], lower: &[String], taken: &mut [bool]) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if taken[i] {
            i += 1;
            continue;
        }
        let Some(mut quantity) = quantity_at(tokens, lower, taken, i) else {
            i += 1;
            continue;
        };
        // A range: "5 to 10 million", "between 20 and 30 percent", "1000-5000".
        if let Some(range) = range_after(tokens, lower, taken, &quantity) {
            quantity = range;
        }
        for t in &mut taken[quantity.first..quantity.last] {
            *t = true;
        }
        i = quantity.last;
        found.push(quantity);
    }
    found
}

/// A quantity starting at token `i` (a number with its currency, percent sign, scale and
/// approximation words), or a vague magnitude ("millions of").
fn quantity_at(tokens: &[Token<'_>], lower: &[String], taken: &[bool], i: usize) -> Option<Found> {
    if let Some(found) = vague_at(tokens, lower, i) {
        return Some(found);
    }
    // A currency before the number: "$", "US$", "USD", "C $". Up to five tokens back
    // ("U.S.$" is five); the number must follow.
    let (mut first, mut unit, mut negative) = (i, None, false);
    let mut start = i;
    if let Some((len, code)) = currency_prefix_at(tokens, lower, i) {
        // The symbol is at `i`: read the number after it.
        unit = Some(code.to_owned());
        start = i + len;
    }
    // "minus five", "negative one", "-4" (a minus sign not glued to a word or number:
    // "5-10" is a range, "F-35" a name).
    let word_sign =
        matches!(lower[start].as_str(), "minus" | "negative") && start + 1 < tokens.len();
    let minus_sign = tokens[start].is('-')
        && tokens
            .get(start + 1)
            .is_some_and(|t| t.kind == TokenKind::Digits)
        && (start == 0 || !tokens[start].glued || tokens[start - 1].kind == TokenKind::Punct);
    if word_sign || minus_sign {
        negative = true;
        start += 1;
    }
    if start >= tokens.len() || taken[start] {
        return None;
    }
    let money_context = unit.is_some();
    let number = number_at(tokens, lower, start, money_context)?;
    if number.ordinal {
        if unit.is_some() {
            return None;
        }
        return Some(Found {
            first,
            last: number.end,
            kind: QuantityKind::Ordinal,
            value: number.value,
            to: None,
            unit: None,
            relation: None,
            vague: false,
        });
    }
    let mut value = if negative {
        -number.value
    } else {
        number.value
    };
    let mut last = number.end;
    let mut kind = if unit.is_some() {
        QuantityKind::Money
    } else {
        QuantityKind::Number
    };
    // After the number: a percent sign or word, or a currency.
    if unit.is_none() {
        if let Some((len, after_unit, after_kind)) = unit_after(tokens, lower, last) {
            unit = Some(after_unit);
            kind = after_kind;
            last += len;
        }
    }
    // "12 dollars 50 cents"-style amounts are left at their first part; "5 million
    // dollars" was read above with its scale.
    if kind == QuantityKind::Money && value.is_finite() {
        value = round_money(value);
    }
    // Approximation and bound words before; "or more" after.
    // A bound after an approximation ("about 500 or more") is what the number means: at
    // least 500; the approximation word stays outside the span.
    let mut relation = None;
    let before = relation_before(lower, taken, first);
    let after = relation_after(lower, last);
    if let Some((len, rel)) = before {
        if !(rel == Relation::About && after.is_some()) {
            first -= len;
            relation = Some(rel);
        }
    }
    if let Some((len, rel)) = after {
        if relation.is_none() {
            last += len;
            relation = Some(rel);
        }
    }
    // Reject a lone "a"/"an" and a lone "one" used as a pronoun ("the one you", "one of
    // the few" stays: it counts).
    if number.end == start + 1 && lower[start] == "one" && unit.is_none() {
        let pronoun = (start > 0
            && matches!(
                lower[start - 1].as_str(),
                "the" | "this" | "that" | "which" | "no" | "every" | "any" | "each"
            ))
            || lower.get(start + 1).is_some_and(|w| w == "another");
        if pronoun {
            return None;
        }
    }
    Some(Found {
        first,
        last,
        kind,
        value,
        to: None,
        unit,
        relation,
        vague: false,
    })
}

/// The first token of every currency symbol and code ("us" of "US$", "$", "usd"): a
/// token that is not one of these cannot start a currency before an amount. (Looked up
/// for every token: a hash lookup, where a sorted list's search compared strings.)
static CURRENCY_OPENERS: LazyLock<TextMap<()>> = LazyLock::new(|| {
    let mut openers = TextMap::default();
    let symbols = CURRENCIES
        .iter()
        .filter(|(_, (form, _))| *form != CurrencyForm::Word);
    for (text, _) in symbols {
        if let Some(first) = tokenize(text).first() {
            openers.insert(&first.lower(), ());
        }
    }
    openers
});

/// Money values come out of decimal arithmetic with float noise ("4.25" × 1): rounded to
/// the cent's hundredth.
fn round_money(value: f64) -> f64 {
    if value.abs() < 1e12 {
        (value * 10_000.0).round() / 10_000.0
    } else {
        value
    }
}

/// "millions of", "tens of thousands of", "by the millions", "dozens of": a magnitude
/// without a count. The value is the magnitude.
fn vague_at(tokens: &[Token<'_>], lower: &[String], i: usize) -> Option<Found> {
    let magnitude = |word: &str| -> Option<f64> {
        match word {
            "dozens" => Some(12.0),
            "scores" => Some(20.0),
            "tens" => Some(10.0),
            "hundreds" => Some(100.0),
            "thousands" => Some(1e3),
            "millions" => Some(1e6),
            "billions" => Some(1e9),
            "trillions" => Some(1e12),
            _ => None,
        }
    };
    let mut value = magnitude(&lower[i])?;
    // Not "two millions" (a count) and not a number word before.
    if i > 0 && (tokens[i - 1].kind == TokenKind::Digits || is_number_word(&lower[i - 1])) {
        return None;
    }
    let mut last = i + 1;
    // "tens of thousands of", "hundreds of millions of"
    if lower.get(last).is_some_and(|w| w == "of") {
        if let Some(next) = lower.get(last + 1).and_then(|w| magnitude(w)) {
            if next > value {
                value *= next;
                last += 2;
            }
        }
    }
    let of = lower.get(last).is_some_and(|w| w == "of");
    let by_the = i >= 2 && lower[i - 1] == "the" && matches!(lower[i - 2].as_str(), "by" | "in");
    if !of && !by_the {
        return None;
    }
    // "scores of" and "tens of" need an "of" and the plural head to count.
    let first = if by_the { i - 2 } else { i };
    Some(Found {
        first,
        last,
        kind: QuantityKind::Number,
        value,
        to: None,
        unit: None,
        relation: None,
        vague: true,
    })
}

fn is_number_word(word: &str) -> bool {
    NUMBER_WORDS.words.contains_key(word) || word == "a" || word == "several"
}

/// The text of tokens `a..b`, one space where the input had whitespace.
fn joined(tokens: &[Token<'_>], a: usize, b: usize) -> String {
    let mut out = String::new();
    for (k, token) in tokens[a..b].iter().enumerate() {
        if k > 0 && !token.glued {
            out.push(' ');
        }
        out.push_str(token.text);
    }
    out
}

/// A currency symbol or code made of tokens `i..i + len`, directly followed by a number:
/// returns `len` and the currency's code.
fn currency_prefix_at(
    tokens: &[Token<'_>],
    lower: &[String],
    i: usize,
) -> Option<(usize, &'static str)> {
    // Most tokens cannot open a currency sign: rejected with one lookup.
    if !CURRENCY_OPENERS.contains_key(&lower[i]) {
        return None;
    }
    if i > 0 && tokens[i].glued && tokens[i - 1].kind == TokenKind::Word {
        // "A$" starts at "A"; a symbol glued to a word before it is part of that word.
        if !tokens[i].is('$') {
            return None;
        }
    }
    for len in (1..=5).rev() {
        let end = i + len;
        if end >= tokens.len() {
            continue;
        }
        // A symbol of several tokens ("US$", "C$") is written without spaces, or with its
        // letters in capitals ("US $150 million", "HK $ 10 billion"): "a $5", "cost us $5"
        // are no currency's. (Text written all in lowercase has lost its capitals: there
        // "us $ 150" is the code.) "A $5" is the article, in any case.
        let mut form = joined(tokens, i, end).to_lowercase();
        if form.contains(' ') {
            let capitals = tokens[i..end - 1]
                .iter()
                .all(|t| t.kind == TokenKind::Punct || !t.text.chars().any(char::is_lowercase));
            let lowercase_text = !tokens
                .iter()
                .any(|t| t.text.chars().any(char::is_uppercase));
            // (Nor the "s" of a possessive cut from its word: "music ' s $ 500".)
            let possessive = i > 0 && matches!(lower[i - 1].as_str(), "'" | "’");
            if lower[i] == "a" || possessive || !(capitals || lowercase_text) {
                continue;
            }
            form.retain(|c| c != ' ');
        }
        let Some(&(kind, code)) = CURRENCIES.get(form.as_str()) else {
            continue;
        };
        if kind == CurrencyForm::Word {
            continue;
        }
        // A code must be written in capitals ("USD", not "usd" in prose) or glued. (Checked
        // for small letters: `to_uppercase` alone brought 6 KB of tables into the WASM.)
        if kind == CurrencyForm::Code && tokens[i].text.chars().any(char::is_lowercase) {
            continue;
        }
        let next = &tokens[end];
        let starts_number =
            next.kind == TokenKind::Digits || (is_number_word(&lower[end]) && lower[end] != "a");
        if starts_number && (tokens[end].glued || end - i <= 3) {
            return Some((len, code));
        }
    }
    None
}

/// Reads a bare number at `i`: digits (with a glued or separate scale), or number words.
fn number_at(tokens: &[Token<'_>], lower: &[String], i: usize, money: bool) -> Option<Number> {
    let token = &tokens[i];
    match token.kind {
        TokenKind::Digits => digits_at(tokens, lower, i, money),
        TokenKind::Word => words_at(tokens, lower, i),
        TokenKind::Punct => None,
    }
}

/// Digits at `i`: "1,234.5", "10k", "2.5 million", "3/4", "2 1/4", "21st".
fn digits_at(tokens: &[Token<'_>], lower: &[String], i: usize, money: bool) -> Option<Number> {
    let token = &tokens[i];
    // "Section 230", "Flight 370", "Boeing 737": a capitalised naming word before the
    // number makes it an identifier, not a count.
    if i > 0 && !money {
        let before = &tokens[i - 1];
        let capitalised = before.text.starts_with(char::is_uppercase);
        let name = lower[i - 1].trim_end_matches('.');
        if capitalised && !token.glued && NUMBERED_NAMES.contains(name) {
            return None;
        }
    }
    // Glued to a word or a name before it ("A320", "COVID-19", "F-35"): a name, not a count.
    if token.glued && i > 0 {
        let before = &tokens[i - 1];
        if before.kind == TokenKind::Word {
            return None;
        }
        if (before.is('-') || before.is('/')) && before.glued && i > 1 {
            let name = &tokens[i - 2];
            if name.kind == TokenKind::Word && name.text.chars().any(char::is_uppercase) {
                return None;
            }
        }
        if before.is('.') || before.is(',') || before.is(':') {
            // "192.168.1.2" pieces after the first, "10:30", "5,00": not separate counts.
            if i > 1 && tokens[i - 2].kind == TokenKind::Digits && tokens[i - 2].end == before.start
            {
                return None;
            }
        }
    }
    // "10:30", "3:2": a clock time or a score, not a count.
    let colon = tokens.get(i + 1).is_some_and(|t| t.is(':') && t.glued);
    if colon
        && tokens
            .get(i + 2)
            .is_some_and(|t| t.glued && t.kind == TokenKind::Digits)
    {
        return None;
    }
    let mut value = parse_digits(token.text)?;
    let mut end = i + 1;
    // "2 1/4", "3/4": fractions.
    if let (Some(slash), Some(den)) = (tokens.get(end), tokens.get(end + 1)) {
        if slash.is('/') && slash.glued && den.glued && den.kind == TokenKind::Digits {
            let numerator = value;
            let denominator = parse_digits(den.text)?;
            if denominator == 0.0 || tokens.get(end + 2).is_some_and(|t| t.is('/') && t.glued) {
                return None;
            }
            return Some(Number {
                end: end + 2,
                value: numerator / denominator,
                ordinal: false,
            });
        }
    }
    if let (Some(num), Some(slash), Some(den)) =
        (tokens.get(end), tokens.get(end + 1), tokens.get(end + 2))
    {
        if !num.glued
            && num.kind == TokenKind::Digits
            && slash.is('/')
            && slash.glued
            && den.glued
            && den.kind == TokenKind::Digits
            && !token.text.contains(['.', ','])
        {
            let (n, d) = (parse_digits(num.text)?, parse_digits(den.text)?);
            if d > n && d != 0.0 {
                return Some(Number {
                    end: end + 3,
                    value: value + n / d,
                    ordinal: false,
                });
            }
        }
    }
    if let Some(next) = tokens.get(end) {
        if next.kind == TokenKind::Word {
            let suffix = next.text;
            if next.glued {
                if matches!(lower[end].as_str(), "st" | "nd" | "rd" | "th") {
                    return Some(Number {
                        end: end + 1,
                        value,
                        ordinal: true,
                    });
                }
                let exponent = NUMBER_WORDS
                    .suffixes
                    .get(suffix)
                    .copied()
                    .or_else(|| (money && suffix == "m").then_some(6))
                    .or_else(|| scale_word(&lower[end]));
                match exponent {
                    Some(e) => {
                        value = scale(token.text, value, e);
                        end += 1;
                    }
                    // "180ml", "29km", "5G": a unit or a name.
                    None if !is_currency_word(&lower[end]) => return None,
                    None => {}
                }
            } else if let Some(e) = scale_word(&lower[end]).or_else(|| {
                // A separate abbreviation: "2.33 k", "10 bn", "$5 m".
                NUMBER_WORDS
                    .suffixes
                    .get(suffix)
                    .copied()
                    .filter(|_| suffix.len() > 1 || money)
                    .or_else(|| (money && suffix == "m").then_some(6))
            }) {
                value = scale(token.text, value, e);
                end += 1;
                // "three lakh crore", "1.5 million million"
                let mut last = e;
                while let Some(e) = lower.get(end).and_then(|w| scale_word(w)) {
                    value *= 10f64.powi(e);
                    last = e;
                    end += 1;
                }
                // "3 million and a half": a fraction of the last scale, as in words.
                if let Some((len, fraction)) = fraction_after(lower, end, 0.0, Last::Unit) {
                    value += fraction * 10f64.powi(last);
                    end += len;
                }
                // "4 thousand 3 hundred and 21": smaller parts in digits, each with a
                // smaller scale, or after "hundred and" the last two digits ("3 hundred and
                // one" is read in words below). Not "5 million and 3", two counts.
                while !token.text.contains('.') {
                    let and = lower.get(end).is_some_and(|w| w == "and");
                    let k = end + usize::from(and);
                    // "3 hundred and one": the last two digits in words.
                    if and && last == 2 && tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)
                    {
                        if let Some((n, after)) = crate::lexicon::two_digit_number(lower, k) {
                            value += f64::from(n);
                            end = after;
                        }
                        break;
                    }
                    let Some(part) = tokens
                        .get(k)
                        .filter(|t| t.kind == TokenKind::Digits && !t.glued)
                        .filter(|t| !t.text.contains(['.', ',']))
                        .and_then(|t| parse_digits(t.text))
                    else {
                        break;
                    };
                    match lower.get(k + 1).and_then(|w| scale_word(w)) {
                        Some(e) if e < last && !and && part < 10f64.powi(last - e) => {
                            value += part * 10f64.powi(e);
                            (end, last) = (k + 2, e);
                        }
                        None if and && last == 2 && part < 100.0 && part > 0.0 => {
                            value += part;
                            end = k + 1;
                            break;
                        }
                        _ => break,
                    }
                }
            } else if is_dozen(&lower[end]) {
                value *= 12.0;
                end += 1;
            }
        }
    }
    Some(Number {
        end,
        value,
        ordinal: false,
    })
}

/// A scale word ("million") → its exponent.
/// "dozen" and its plural and abbreviations.
fn is_dozen(word: &str) -> bool {
    matches!(word, "dozen" | "dozens" | "dzs" | "dozs")
}

fn scale_word(word: &str) -> Option<i32> {
    match NUMBER_WORDS.words.get(word.trim_end_matches('s')) {
        Some(NumberWord::Scale(e)) => Some(*e),
        _ => None,
    }
}

fn is_currency_word(word: &str) -> bool {
    CURRENCIES.contains_key(word)
}

/// `digits × 10^exponent`, computed in decimal so that "65.9" billion is exactly
/// 65,900,000,000 and not 65,899,999,999.99999.
fn scale(digits: &str, value: f64, exponent: i32) -> f64 {
    decimal(digits, exponent).unwrap_or(value * 10f64.powi(exponent))
}

/// The value of decimal digits ("1,234.5": commas ignored) times `10^exponent`, correctly
/// rounded whenever the significant digits fit in 2^53 and the power of ten stays within
/// ±22 (Clinger's fast path: both factors are exact doubles, so one multiplication or
/// division rounds once); beyond that, within a few units in the last place. Written by
/// hand because the standard float parser adds ~15 KB to the WebAssembly module.
fn decimal(digits: &str, exponent: i32) -> Option<f64> {
    let mut mantissa: u64 = 0;
    let mut scale = exponent;
    let mut after_point = false;
    for c in digits.chars() {
        match c {
            ',' => {}
            '.' if !after_point => after_point = true,
            '0'..='9' => {
                let d = u64::from(c as u8 - b'0');
                match mantissa.checked_mul(10).and_then(|m| m.checked_add(d)) {
                    Some(m) if m < 1 << 63 => {
                        mantissa = m;
                        if after_point {
                            scale -= 1;
                        }
                    }
                    // Past 18 digits, more digits only shift the magnitude.
                    _ if !after_point => scale += 1,
                    _ => {}
                }
            }
            _ => return None,
        }
    }
    let m = mantissa as f64;
    let power = |e: i32| match usize::try_from(e) {
        Ok(e) if e < EXACT_POWERS.len() => EXACT_POWERS[e],
        _ => 10f64.powi(e),
    };
    Some(if scale >= 0 {
        m * power(scale)
    } else {
        m / power(-scale)
    })
}

/// 10^0 to 10^22: every one an exact double.
const EXACT_POWERS: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// The value of a digits token: "1,234.5" → 1234.5; "12,34,567" (Indian grouping) too.
/// A comma grouping that is neither ("22,24,26") is not one number.
fn parse_digits(text: &str) -> Option<f64> {
    let (integer, fraction) = match text.split_once('.') {
        Some((i, f)) if !f.contains('.') && !f.contains(',') => (i, Some(f)),
        Some(_) => return None,
        None => (text, None),
    };
    if integer.contains(',') {
        let groups: Vec<&str> = integer.split(',').collect();
        let western = groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3);
        let indian = groups[0].len() <= 2
            && groups.len() >= 3
            && groups[1..groups.len() - 1].iter().all(|g| g.len() == 2)
            && groups[groups.len() - 1].len() == 3;
        if !western && !indian {
            return None;
        }
    }
    if integer.is_empty() && fraction.is_none() {
        return None;
    }
    decimal(text, 0)
}

/// What the words so far are, for the written-number grammar.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Last {
    Start,
    Unit,
    Ten,
    Hundred,
    Scale,
}

/// Number words at `i`: "twenty-one trillion three hundred", "a dozen", "two thirds",
/// "one and a half million", "nine point nought four".
fn words_at(tokens: &[Token<'_>], lower: &[String], i: usize) -> Option<Number> {
    let words = &NUMBER_WORDS.words;
    // A leading "a": "a hundred", "a dozen", "a half", "a third" (but not "a third time").
    let article = lower[i] == "a" || lower[i] == "an";
    if article {
        let next = lower.get(i + 1)?;
        let ok = matches!(words.get(next.as_str()), Some(NumberWord::Scale(_)))
            || next == "dozen"
            || next == "half"
            || next == "quarter"
            || (fraction_denominator(next).is_some() && next != "second");
        if !ok {
            return None;
        }
    }
    // Ordinals standing alone ("first", "twenty-fifth") when no number precedes.
    let mut total = 0.0f64;
    let mut current = 0.0f64;
    let mut last = Last::Start;
    let mut j = if article { i + 1 } else { i };
    let mut end = i;
    let mut exponent_seen = i32::MAX;
    let mut any = false;
    if article && matches!(words.get(lower[j].as_str()), Some(NumberWord::Scale(_))) {
        current = 1.0;
        last = Last::Unit;
    }
    while j < tokens.len() {
        let w = lower[j].as_str();
        match words.get(w) {
            Some(NumberWord::Unit(v)) => {
                let v = f64::from(*v);
                let ok = match last {
                    Last::Start | Last::Hundred | Last::Scale => true,
                    Last::Ten => v > 0.0 && v < 10.0,
                    Last::Unit => false,
                };
                if !ok {
                    break;
                }
                current += v;
                last = Last::Unit;
            }
            Some(NumberWord::Ten(v)) => {
                if !matches!(last, Last::Start | Last::Hundred | Last::Scale) {
                    break;
                }
                current += f64::from(*v);
                last = Last::Ten;
            }
            Some(NumberWord::Scale(2)) => {
                if !matches!(last, Last::Unit | Last::Ten) {
                    break;
                }
                current = current.max(1.0) * 100.0;
                last = Last::Hundred;
            }
            Some(NumberWord::Scale(e)) => {
                let e = *e;
                if !matches!(last, Last::Unit | Last::Ten | Last::Hundred | Last::Scale) {
                    break;
                }
                if last == Last::Scale {
                    // "three lakh crore": scales multiply
                    total *= 10f64.powi(e);
                } else {
                    if e >= exponent_seen {
                        // "thousand ... thousand": a second number
                        break;
                    }
                    total += current.max(1.0) * 10f64.powi(e);
                    current = 0.0;
                    exponent_seen = e;
                }
                last = Last::Scale;
            }
            _ => {
                // Joiners: "fifty-two", "fifty - two", "hundred and six".
                let next_is = |k: usize, tens_ok: bool| {
                    lower.get(k).is_some_and(|n| match words.get(n.as_str()) {
                        Some(NumberWord::Unit(_)) => true,
                        Some(NumberWord::Ten(_)) => tens_ok,
                        _ => false,
                    })
                };
                if (w == "-" || w == "–") && last == Last::Ten && next_is(j + 1, false) {
                    j += 1;
                    continue;
                }
                let fraction_follows = lower
                    .get(j + 2)
                    .is_some_and(|d| fraction_denominator(d).is_some() && d != "second");
                if w == "and"
                    && matches!(last, Last::Hundred | Last::Scale)
                    && next_is(j + 1, true)
                    && !fraction_follows
                {
                    // "and a half" is the fraction below, not this.
                    j += 1;
                    continue;
                }
                break;
            }
        }
        any = true;
        j += 1;
        end = j;
    }
    if article && !any {
        // "a dozen", "a half", "a quarter", "a third"
        end = i + 1;
        current = 1.0;
        last = Last::Unit;
    }
    if !any && !article {
        // An ordinal alone, or a fraction word alone ("half").
        return match words.get(lower[i].as_str()) {
            Some(NumberWord::Ordinal(v)) if ordinal_standing_alone(lower, i) => Some(Number {
                end: i + 1,
                value: *v as f64,
                ordinal: true,
            }),
            _ if matches!(lower[i].as_str(), "half" | "quarter")
                && i + 1 < lower.len()
                && !tokens[i + 1].is('-') =>
            {
                let part = if lower[i] == "half" { 0.5 } else { 0.25 };
                // "half a million", "half a dozen", "quarter million"
                let k = if lower[i + 1] == "a" { i + 2 } else { i + 1 };
                if let Some(e) = lower.get(k).and_then(|w| scale_word(w)) {
                    return Some(Number {
                        end: k + 1,
                        value: part * 10f64.powi(e),
                        ordinal: false,
                    });
                }
                if lower.get(k).is_some_and(|w| w == "dozen") {
                    return Some(Number {
                        end: k + 1,
                        value: part * 12.0,
                        ordinal: false,
                    });
                }
                // "quarter" alone is a period or a district, not a number.
                (lower[i] == "half").then_some(Number {
                    end: i + 1,
                    value: 0.5,
                    ordinal: false,
                })
            }
            _ => None,
        };
    }
    let mut value = total + current;
    // An ordinal scale after a count: "two hundredth", "three thousandth" (not "one
    // hundredth" nor "two hundredths": fractions, below).
    if matches!(last, Last::Unit | Last::Ten) && current > 1.0 {
        if let Some(NumberWord::Ordinal(v @ (100 | 1000))) =
            lower.get(end).and_then(|w| words.get(w.as_str()))
        {
            return Some(Number {
                end: end + 1,
                value: total + current * *v as f64,
                ordinal: true,
            });
        }
    }
    // A compound ordinal ending: "twenty-fifth", "one hundred twenty fifth".
    if matches!(last, Last::Ten | Last::Hundred | Last::Scale) {
        let mut k = end;
        if lower.get(k).is_some_and(|w| w == "-") {
            k += 1;
        }
        if let Some(NumberWord::Ordinal(v)) = lower.get(k).and_then(|w| words.get(w.as_str())) {
            if *v < 10 || (last != Last::Ten && *v < 100) {
                let plural = lower[k].ends_with('s');
                if !plural {
                    return Some(Number {
                        end: k + 1,
                        value: value + *v as f64,
                        ordinal: true,
                    });
                }
            }
        }
    }
    // "point": "two hundred point zero three", "nine point nought four".
    if lower.get(end).is_some_and(|w| w == "point") {
        let mut k = end + 1;
        let mut decimals = String::new();
        while let Some(NumberWord::Unit(v)) = lower.get(k).and_then(|w| words.get(w.as_str())) {
            if *v > 9 && decimals.is_empty() {
                decimals.push_str(&v.to_string());
                k += 1;
                break;
            }
            if *v > 9 {
                break;
            }
            decimals.push_str(&v.to_string());
            k += 1;
        }
        if decimals.is_empty() {
            if let Some(NumberWord::Ten(t)) = lower.get(k).and_then(|w| words.get(w.as_str())) {
                let mut v = *t;
                k += 1;
                if lower.get(k).is_some_and(|w| w == "-") {
                    if let Some(NumberWord::Unit(u)) =
                        lower.get(k + 1).and_then(|w| words.get(w.as_str()))
                    {
                        v += u;
                        k += 2;
                    }
                }
                decimals = v.to_string();
            }
        }
        if !decimals.is_empty() {
            value = decimal(&format!("{}.{decimals}", value as u64), 0).unwrap_or(value);
            end = k;
        }
    }
    // Fractions: "two thirds", "a half", "one and a half", "five and a quarter"; after a
    // scale, a fraction of the scale (below), not of one.
    let fraction = match last {
        Last::Scale => None,
        _ => fraction_after(lower, end, value, last),
    };
    if let Some((len, fraction)) = fraction {
        value = fraction;
        end += len;
        // "two thirds of a million": a fraction of a scale.
        let of_a = lower
            .get(end..end + 2)
            .is_some_and(|w| w[0] == "of" && w[1] == "a");
        let scale = lower.get(end + 2).and_then(|w| scale_word(w));
        if let Some(e) = scale.filter(|_| of_a && value < 1.0) {
            value *= 10f64.powi(e);
            end += 3;
        }
    } else if last == Last::Scale && exponent_seen != i32::MAX {
        // "one million and a half", "five billion and three quarters": a fraction of the
        // last scale.
        if let Some((len, fraction)) = fraction_after(lower, end, 0.0, Last::Unit) {
            // "one billion and a half million": of a smaller scale named after it.
            let smaller = lower
                .get(end + len)
                .and_then(|w| scale_word(w))
                .filter(|e| *e < exponent_seen);
            value += fraction * 10f64.powi(smaller.unwrap_or(exponent_seen));
            end += len + usize::from(smaller.is_some());
        }
    }
    // "a dozen", "three dozens", "half a dozen", "five dozs"
    if lower.get(end).is_some_and(|w| is_dozen(w)) {
        value *= 12.0;
        end += 1;
    } else if article && lower[i + 1] == "dozen" {
        value = 12.0;
        end = i + 2;
    }
    // "one and a half million": a scale after a fraction.
    if let Some(e) = lower.get(end).and_then(|w| scale_word(w)) {
        if value.fract() != 0.0 && value < 1000.0 {
            value *= 10f64.powi(e);
            end += 1;
        }
    }
    if article && end == i + 1 {
        return None;
    }
    Some(Number {
        end,
        value,
        ordinal: false,
    })
}

/// An ordinal word alone is a rank unless it is a fraction ("a third") or a time unit
/// ("a second", "the third quarter" is a date and is taken before this runs).
fn ordinal_standing_alone(lower: &[String], i: usize) -> bool {
    if lower[i].ends_with('s') {
        return false;
    }
    let before = if i > 0 { lower[i - 1].as_str() } else { "" };
    // "finished second", "came third": a place in a race or a ranking.
    let placed = matches!(
        before,
        "finished" | "finishes" | "came" | "comes" | "placed" | "ranked" | "ranks"
    );
    if lower[i] == "second" {
        return before == "the" || placed;
    }
    // "a third" is a fraction; "a first" is no fraction ("a first-class seat").
    placed || !matches!(before, "a" | "an" | "one") || fraction_denominator(&lower[i]).is_none()
}

/// A fraction denominator word ("thirds" 3, "quarter" 4, "half" 2).
fn fraction_denominator(word: &str) -> Option<f64> {
    match word {
        "half" | "halves" => Some(2.0),
        "quarter" | "quarters" => Some(4.0),
        _ => match NUMBER_WORDS
            .words
            .get(word.strip_suffix('s').unwrap_or(word))
        {
            Some(NumberWord::Ordinal(v)) if *v >= 3 => Some(*v as f64),
            _ => None,
        },
    }
}

/// A fraction continuing a number that ended at `end` with `value`: "two [thirds]",
/// "one [and a half]". Returns (tokens used, new value).
fn fraction_after(lower: &[String], end: usize, value: f64, last: Last) -> Option<(usize, f64)> {
    let word = lower.get(end)?;
    if matches!(last, Last::Unit | Last::Ten) && (1.0..100.0).contains(&value) {
        // "two thirds", "one-eighth", "five - eighths"
        let (skip, den_word) = if word == "-" {
            (1, lower.get(end + 1)?)
        } else {
            (0, word)
        };
        // "three twenty-firsts", "one twenty-fifth": a tens word and an ordinal below ten
        // (not "one twenty-first century").
        let words = &NUMBER_WORDS.words;
        let compound = match words.get(den_word.as_str()) {
            Some(NumberWord::Ten(t)) => {
                let k = end + skip + 1;
                let k = if lower.get(k).is_some_and(|w| w == "-") {
                    k + 1
                } else {
                    k
                };
                let ordinal = lower.get(k).filter(|_| {
                    !matches!(
                        lower.get(k + 1).map(String::as_str),
                        Some("century" | "centuries")
                    )
                });
                match ordinal.and_then(|w| words.get(w.strip_suffix('s').unwrap_or(w))) {
                    Some(NumberWord::Ordinal(v)) if *v < 10 => {
                        Some((k + 1 - end, f64::from(*t) + *v as f64, &lower[k]))
                    }
                    _ => None,
                }
            }
            _ => None,
        };
        let simple = || Some((skip + 1, fraction_denominator(den_word)?, den_word));
        if den_word != "second" && den_word != "seconds" {
            if let Some((len, den, last_word)) = compound.or_else(simple) {
                let singular = !last_word.ends_with('s');
                if singular == (value == 1.0) || last_word == "half" {
                    return Some((len, value / den));
                }
            }
        }
    }
    // "and a half", "and a quarter", "and three fifths", "and one fourth"
    if word == "and" && value.fract() == 0.0 {
        let numerator = match lower.get(end + 1).map(String::as_str) {
            Some("a" | "an" | "one") => 1.0,
            Some(w) => match NUMBER_WORDS.words.get(w) {
                Some(NumberWord::Unit(v)) if *v > 1 && *v < 10 => f64::from(*v),
                _ => return None,
            },
            None => return None,
        };
        let den = fraction_denominator(lower.get(end + 2)?)?;
        if numerator < den {
            return Some((3, value + numerator / den));
        }
    }
    None
}

/// A percent sign or word, or a currency, right after a number: (tokens, unit, kind).
fn unit_after(
    tokens: &[Token<'_>],
    lower: &[String],
    i: usize,
) -> Option<(usize, String, QuantityKind)> {
    let word = lower.get(i)?.as_str();
    let next = lower.get(i + 1).map(String::as_str);
    match word {
        "%" => {
            let points = next.is_some_and(|w| w == "points" || w == "point");
            let len = if points { 2 } else { 1 };
            let unit = if points { "percentage_point" } else { "%" };
            return Some((len, unit.to_owned(), QuantityKind::Percent));
        }
        "percent" | "percents" | "pct" | "percentage" => {
            let points = matches!(next, Some("point" | "points"));
            if points {
                return Some((2, "percentage_point".to_owned(), QuantityKind::Percent));
            }
            return Some((1, "%".to_owned(), QuantityKind::Percent));
        }
        "per" if next == Some("cent") => {
            return Some((2, "%".to_owned(), QuantityKind::Percent));
        }
        _ => {}
    }
    // A currency: words ("dollars", "swiss francs", "u.s. dollars"), codes ("USD"), or a
    // symbol after the amount ("10 €", "100元"). Longest first, up to four tokens.
    for len in (1..=4).rev() {
        if i + len > tokens.len() {
            continue;
        }
        let form = joined(tokens, i, i + len).to_lowercase();
        let form = form.trim_start_matches('-');
        let hit = CURRENCIES
            .get(form)
            .or_else(|| CURRENCIES.get(form.replace(' ', "").as_str()));
        if let Some((kind, unit)) = hit {
            // "p" only glued ("50p"); a code after the number must be capitals or glued.
            if *form == *"p" && !tokens[i].glued {
                continue;
            }
            // A lowercase code after an amount counts ("20 usd") unless it is also an
            // English word ("5 try").
            if *kind == CurrencyForm::Code && !tokens[i].glued && form == "try" {
                continue;
            }
            return Some((len, (*unit).to_owned(), QuantityKind::Money));
        }
    }
    // "12-cent": a hyphen, then the currency word.
    if word == "-" && tokens[i].glued {
        if let Some((CurrencyForm::Word, unit)) = next.and_then(|w| CURRENCIES.get(w)) {
            return Some((2, (*unit).to_owned(), QuantityKind::Money));
        }
    }
    None
}

/// An approximation or bound phrase ending right before token `first`.
fn relation_before(lower: &[String], taken: &[bool], first: usize) -> Option<(usize, Relation)> {
    for len in (1..=4).rev() {
        if len > first {
            continue;
        }
        if taken[first - len..first].iter().any(|t| *t) {
            continue;
        }
        let phrase = lower[first - len..first].join(" ");
        if let Some(name) = APPROXIMATORS.get(phrase.as_str()) {
            if let Some(relation) = relation_named(name) {
                return Some((len, relation));
            }
        }
    }
    None
}

/// "or more", "or fewer" right after a quantity ending at `last`.
fn relation_after(lower: &[String], last: usize) -> Option<(usize, Relation)> {
    let phrase = lower.get(last..last + 2)?.join(" ");
    match APPROXIMATORS.get(phrase.as_str()) {
        Some(&"after_at_least") => Some((2, Relation::AtLeast)),
        Some(&"after_at_most") => Some((2, Relation::AtMost)),
        _ => None,
    }
}

fn relation_named(name: &str) -> Option<Relation> {
    match name {
        "about" => Some(Relation::About),
        "more_than" => Some(Relation::MoreThan),
        "less_than" => Some(Relation::LessThan),
        "at_least" => Some(Relation::AtLeast),
        "at_most" => Some(Relation::AtMost),
        _ => None,
    }
}

/// A range continuing `quantity`: "5 to 10 million", "20-30%", "between 20 and 30 percent".
/// "from X to Y" is not one: in news it is usually a change.
fn range_after(
    tokens: &[Token<'_>],
    lower: &[String],
    taken: &[bool],
    quantity: &Found,
) -> Option<Found> {
    if quantity.vague || quantity.kind == QuantityKind::Ordinal {
        return None;
    }
    let joiner = lower.get(quantity.last)?.as_str();
    let between =
        quantity.first > 0 && lower[quantity.first - 1] == "between" && quantity.relation.is_none();
    let from = quantity.first > 0 && lower[quantity.first - 1] == "from";
    let ok = match joiner {
        "and" => between,
        "to" | "through" => !from,
        "-" | "–" | "~" => {
            // Not a chain of digit groups ("+1-222-2222"): a phone number or a code.
            let chained_before = quantity.first > 0
                && tokens[quantity.first].glued
                && tokens[quantity.first - 1].kind == TokenKind::Punct;
            let chained_after = tokens
                .get(quantity.last + 2)
                .is_some_and(|t| t.glued && (t.is('-') || t.is('/')));
            !from
                && !chained_before
                && !chained_after
                && tokens[quantity.first].kind != TokenKind::Word
                && tokens.get(quantity.last + 1)?.kind != TokenKind::Word
        }
        _ => false,
    };
    if !ok || taken.get(quantity.last + 1).copied().unwrap_or(true) {
        return None;
    }
    let second = quantity_at(tokens, lower, taken, quantity.last + 1)?;
    if second.relation.is_some() || second.vague || second.kind == QuantityKind::Ordinal {
        return None;
    }
    // Units must agree; a unit written once ("20 to 30 percent", "$5 to 10 million")
    // applies to both.
    let unit = match (&quantity.unit, &second.unit) {
        (Some(a), Some(b)) if a != b => return None,
        (a, b) => a.clone().or_else(|| b.clone()),
    };
    let kind = if quantity.kind == QuantityKind::Number {
        second.kind
    } else {
        quantity.kind
    };
    let mut value = quantity.value;
    // "5 to 10 million": the second number's scale applies to an unscaled first one.
    let first_scaled = tokens[quantity.first..quantity.last]
        .iter()
        .any(|t| scale_word(&t.lower()).is_some() || NUMBER_WORDS.suffixes.contains_key(t.text));
    if !first_scaled && value != 0.0 && second.value / value >= 1000.0 {
        let scale_token = tokens[second.first..second.last]
            .iter()
            .find_map(|t| scale_word(&t.lower()));
        if let Some(e) = scale_token {
            value *= 10f64.powi(e);
        }
    }
    let first = if between {
        quantity.first - 1
    } else {
        quantity.first
    };
    Some(Found {
        first,
        last: second.last,
        kind,
        value,
        to: Some(second.value),
        unit,
        relation: quantity.relation,
        vague: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::tokens::tokenize;

    fn read(text: &str) -> Vec<(String, f64, Option<String>)> {
        let tokens = tokenize(text);
        let lower: Vec<String> = tokens.iter().map(Token::lower).collect();
        let mut taken = vec![false; tokens.len()];
        recognise(&tokens, &lower, &mut taken)
            .into_iter()
            .map(|f| {
                let span = &text[tokens[f.first].start..tokens[f.last - 1].end];
                (span.to_owned(), f.value, f.unit)
            })
            .collect()
    }

    #[test]
    fn money_with_scale_is_exact() {
        let q = read("The package is worth $65.9 billion, officials said.");
        assert_eq!(
            q,
            [("$65.9 billion".into(), 65_900_000_000.0, Some("$".into()))]
        );
        let q = read("It cost €2.5m and £300,000.");
        assert_eq!(q[0], ("€2.5m".into(), 2_500_000.0, Some("EUR".into())));
        assert_eq!(q[1], ("£300,000".into(), 300_000.0, Some("GBP".into())));
    }

    #[test]
    fn decimals_are_correctly_rounded() {
        for (digits, exponent, expected) in [
            ("65.9", 9, 65_900_000_000.0),
            ("1,234.5", 0, 1234.5),
            ("0.1", 0, 0.1),
            ("4.25", 0, 4.25),
            ("1.674", 12, 1.674e12),
            ("123456789012345678901234", 0, 1.2345678901234568e23),
        ] {
            let got = decimal(digits, exponent).expect("digits");
            assert!(
                (got - expected).abs() <= expected.abs() * 1e-15,
                "{digits}e{exponent}: {got} vs {expected}"
            );
        }
        assert_eq!(decimal("65.9", 9), Some(65_900_000_000.0));
        assert_eq!(decimal("0.3", 0), Some(0.3));
    }

    #[test]
    fn words_and_fractions() {
        assert_eq!(
            read("twenty-one trillion three hundred")[0].1,
            21_000_000_000_300.0
        );
        assert_eq!(read("two thirds of voters")[0].1, 2.0 / 3.0);
        assert_eq!(read("one and a half million people")[0].1, 1_500_000.0);
        // A fraction after a scale is a fraction of the scale, not of one.
        assert_eq!(read("one million and a half people")[0].1, 1_500_000.0);
        assert_eq!(
            read("five billion and three quarters")[0].1,
            5_750_000_000.0
        );
        assert_eq!(read("five and three quarters")[0].1, 5.75);
        assert_eq!(read("3 million and a half")[0].1, 3_500_000.0);
        assert_eq!(read("a dozen")[0].1, 12.0);
        assert!(read("the one you mentioned").is_empty());
    }

    #[test]
    fn names_and_units_are_not_counts() {
        assert!(read("COVID-19 and the F-35 and 180ml").is_empty());
    }

    #[test]
    fn ranges_and_relations() {
        let tokens = tokenize("between 5 and 10 million people, nearly 70% and 51% to 49%");
        let lower: Vec<String> = tokens.iter().map(Token::lower).collect();
        let mut taken = vec![false; tokens.len()];
        let q = recognise(&tokens, &lower, &mut taken);
        assert_eq!((q[0].value, q[0].to), (5e6, Some(1e7)));
        assert_eq!(q[1].relation, Some(Relation::About));
        assert_eq!((q[1].value, q[1].unit.as_deref()), (70.0, Some("%")));
        assert_eq!((q[2].value, q[2].to), (51.0, Some(49.0)));
    }

    #[test]
    fn vague_magnitudes() {
        let tokens = tokenize("tens of thousands of people arrived");
        let lower: Vec<String> = tokens.iter().map(Token::lower).collect();
        let mut taken = vec![false; tokens.len()];
        let q = recognise(&tokens, &lower, &mut taken);
        assert!(q[0].vague);
        assert_eq!(q[0].value, 10_000.0);
    }
}
