//! The words names are made of: tokens (words and single punctuation characters, by byte
//! range), and the tests a name's words pass (capitals, titles, possessives). Shared with
//! the claims stage, which reads speakers' phrases from the same tokens.

use crate::lexicon::{ABBREVIATIONS, NAME_SUFFIXES, TITLES};
use crate::text::is_letter_or_digit;
use std::borrow::Cow;

/// A word or a single punctuation character, by byte range into the text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) word: bool,
}

impl Token {
    pub(crate) fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// Characters that may stand inside a word when letters follow: "U.S", "high-ranking",
/// "Trump’s", "O'Brien".
fn joins_word(c: char) -> bool {
    matches!(c, '.' | '-' | '\'' | '’')
}

pub(crate) fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    // An empty or reversed range has no tokens; every caller's range is on char boundaries.
    let Some(slice) = text.get(start..end) else {
        return Vec::new();
    };
    let mut tokens = Vec::new();
    let mut chars = slice.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if !is_letter_or_digit(c) {
            tokens.push(Token {
                start: start + i,
                end: start + i + c.len_utf8(),
                word: false,
            });
            continue;
        }
        let mut j = i + c.len_utf8();
        while let Some(&(k, d)) = chars.peek() {
            let joined = joins_word(d) && slice[k + d.len_utf8()..].starts_with(is_letter_or_digit);
            if is_letter_or_digit(d) || joined {
                j = k + d.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        // The full stop of an abbreviation belongs to it: "Gov. Kasich", "Mr. Biden"; so
        // does an initial's inside a name: "Harry J. Kaye".
        if slice[j..].starts_with('.')
            && (ABBREVIATIONS.contains(&slice[i..j]) || is_initial(&slice[i..j], &slice[j + 1..]))
        {
            j += 1;
            chars.next();
        }
        tokens.push(Token {
            start: start + i,
            end: start + j,
            word: true,
        });
    }
    tokens
}

/// A capital letter alone before a full stop and a capitalised word: a name's initial.
fn is_initial(word: &str, after_stop: &str) -> bool {
    let mut letters = word.chars();
    let single_capital = letters.next().is_some_and(char::is_uppercase) && letters.next().is_none();
    single_capital
        && after_stop
            .strip_prefix(' ')
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
}

/// A word that ends a personal name after its surname: "Jr.", "III".
pub(crate) fn is_name_suffix(word: &str) -> bool {
    NAME_SUFFIXES.contains(&lowercase(word.trim_end_matches('.')))
}

/// A role or title word ("spokesman", "Gov.", "Mr."), in any case, possessive or not.
pub(crate) fn is_title(word: &str) -> bool {
    let lower = lowercase(word);
    TITLES.contains(strip_possessive(&lower).trim_end_matches('.'))
}

/// A pronoun run into a verb: "He'd", "They’ll", "I’m".
pub(crate) fn is_contraction(word: &str) -> bool {
    let lower = lowercase(word);
    [
        "'d", "’d", "'ll", "’ll", "'m", "’m", "'re", "’re", "'ve", "’ve",
    ]
    .iter()
    .any(|ending| lower.ends_with(ending))
}

/// `word` in lowercase, copied only when it has a capital: most words tested against the
/// lexicons are lowercase already.
pub(crate) fn lowercase(word: &str) -> Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

pub(crate) fn is_capitalised(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
}

/// The word without a possessive ending: "Ukraine’s" → "Ukraine".
pub(crate) fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .unwrap_or(word)
}
