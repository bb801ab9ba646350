//! Numbers as written: digits with their separators and decimals ("1,234.5", ".08"),
//! scale words ("5 million", "3bn"), numbers in words ("twenty-three", "a dozen"),
//! ordinals and fractions ("two thirds").

use crate::facts::tokens::{Token, TokenKind};
use crate::lexicon::{NumberWord, NUMBERED_NAMES, NUMBER_WORDS};

use super::is_currency_word;

/// A bare number read at some token.
#[derive(Clone, Copy, Debug)]
pub(super) struct Number {
    /// One past its last token.
    pub(super) end: usize,
    pub(super) value: f64,
    /// It is an ordinal ("third", "21st").
    pub(super) ordinal: bool,
}

/// Reads a bare number at `i`: digits (with a glued or separate scale), or number words.
pub(super) fn number_at(
    tokens: &[Token<'_>],
    lower: &[String],
    i: usize,
    money: bool,
) -> Option<Number> {
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

pub(super) fn scale_word(word: &str) -> Option<i32> {
    match NUMBER_WORDS.words.get(word.trim_end_matches('s')) {
        Some(NumberWord::Scale(e)) => Some(*e),
        _ => None,
    }
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
pub(super) fn decimal(digits: &str, exponent: i32) -> Option<f64> {
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
