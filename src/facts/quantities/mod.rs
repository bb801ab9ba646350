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

mod numbers;
#[cfg(test)]
mod tests;

use std::sync::LazyLock;

use crate::facts::tokens::{tokenize, Token, TokenKind};
use crate::lexicon::{CurrencyForm, TextMap, APPROXIMATORS, CURRENCIES, NUMBER_WORDS};
use crate::report::{QuantityKind, Relation};

use numbers::{number_at, scale_word};

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

fn is_currency_word(word: &str) -> bool {
    CURRENCIES.contains_key(word)
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
