//! Word tokens for the quantity and time recognisers.
//!
//! In: a text. Out: [`Token`]s, each a byte range into that text: runs of letters (with
//! inner apostrophes and periods of abbreviations like "U.S."), runs of digits (with their
//! inner separators: "1,234.5", "2024-11-08" is three tokens; and a leading point, ".08"),
//! and single punctuation characters. Whitespace is not a token; [`Token::glued`] says
//! whether a token touches the one before it ("10M", "$5"), which the recognisers need.
//! Limits: letters are Unicode alphabetic characters; digits are ASCII only.

use crate::text::{is_letter, is_letter_or_digit};

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters, possibly with inner apostrophes ("o'clock").
    Word,
    /// ASCII digits, possibly with inner `,` and `.` groups ("1,234.56").
    Digits,
    /// Any other single non-space character.
    Punct,
}

/// One token: a byte range into the text it was cut from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token<'t> {
    /// What it is made of.
    pub kind: TokenKind,
    /// Its text.
    pub text: &'t str,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// No whitespace between this token and the one before.
    pub glued: bool,
}

impl Token<'_> {
    /// The token in lowercase, for lexicon lookups.
    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }

    /// Whether this is the punctuation character `c`.
    pub fn is(&self, c: char) -> bool {
        self.kind == TokenKind::Punct && self.text.starts_with(c)
    }
}

/// Cuts `text` into tokens.
pub(crate) fn tokenize(text: &str) -> Vec<Token<'_>> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut last_end = usize::MAX;
    while let Some((start, ch)) = chars.next() {
        if ch.is_whitespace() {
            continue;
        }
        // A decimal point that opens a number (".08", "$.50"): not after a digit, a letter
        // or another point.
        let leading_point = ch == '.'
            && bytes.get(start + 1).is_some_and(u8::is_ascii_digit)
            && text[..start]
                .chars()
                .next_back()
                .is_none_or(|c| !is_letter_or_digit(c) && c != '.' && c != ',');
        let (kind, end) = if ch.is_ascii_digit() || leading_point {
            // Digits with inner separators: a `,` or `.` counts only between two digits.
            let mut end = start + 1;
            while end < bytes.len() {
                let b = bytes[end];
                if b.is_ascii_digit()
                    || ((b == b',' || b == b'.')
                        && bytes.get(end + 1).is_some_and(u8::is_ascii_digit))
                {
                    end += 1;
                } else {
                    break;
                }
            }
            (TokenKind::Digits, end)
        } else if is_letter(ch) {
            let mut end = start + ch.len_utf8();
            while let Some(&(i, c)) = chars.peek() {
                let inner_mark = (c == '\'' || c == '’')
                    && text[i + c.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(is_letter);
                if is_letter(c) || inner_mark {
                    end = i + c.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            (TokenKind::Word, end)
        } else {
            (TokenKind::Punct, start + ch.len_utf8())
        };
        // Skip what the inner loops consumed.
        while chars.peek().is_some_and(|&(i, _)| i < end) {
            chars.next();
        }
        tokens.push(Token {
            kind,
            text: &text[start..end],
            start,
            end,
            glued: last_end == start,
        });
        last_end = end;
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcuts answer as the Unicode tables do, for every character.
    #[test]
    fn letter_tests_agree_with_std() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "U+{:04X}", u32::from(c));
            assert_eq!(
                is_letter_or_digit(c),
                c.is_alphanumeric(),
                "U+{:04X}",
                u32::from(c)
            );
        }
    }

    #[test]
    fn cuts_numbers_words_and_punctuation() {
        let tokens = tokenize("It cost $1,234.5m, o'clock 2024-11-08.");
        let texts: Vec<&str> = tokens.iter().map(|t| t.text).collect();
        assert_eq!(
            texts,
            [
                "It", "cost", "$", "1,234.5", "m", ",", "o'clock", "2024", "-", "11", "-", "08",
                "."
            ]
        );
        assert!(tokens[3].glued && tokens[4].glued && !tokens[1].glued);
        assert_eq!(tokens[3].kind, TokenKind::Digits);
    }

    #[test]
    fn a_leading_decimal_point_is_part_of_the_number() {
        let texts: Vec<&str> = tokenize("above .08 and $.50, not U.S.08 or 5..8")
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            texts,
            [
                "above", ".08", "and", "$", ".50", ",", "not", "U", ".", "S", ".", "08", "or", "5",
                ".", ".", "8"
            ]
        );
    }

    #[test]
    fn a_trailing_separator_is_punctuation() {
        let texts: Vec<&str> = tokenize("in 2024, 5.").iter().map(|t| t.text).collect();
        assert_eq!(texts, ["in", "2024", ",", "5", "."]);
    }
}
