//! Stage 3: sentences. The clean text and its paragraph spans in; sentence spans out.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (and runs of them), followed by any closing quotes
//! or brackets, then a space and a word that can start a sentence (a capital letter, a digit,
//! an opening quote or bracket). A full stop does not end a sentence after an abbreviation
//! (`lexicon/abbreviations.txt`), an initial ("George W. Bush"), or inside a number. A
//! paragraph always ends a sentence.
//!
//! Limits: English conventions; an abbreviation that really ends a sentence ("...in the
//! U.S. The next day") is not split.

use crate::lexicon::ABBREVIATIONS;
use crate::report::{Sentence, Span};

/// Splits each paragraph of `text` into sentences.
pub fn split(text: &str, paragraphs: &[Span]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    for (index, paragraph) in paragraphs.iter().enumerate() {
        let mut start = paragraph.start;
        for end in boundaries(&text[paragraph.start..paragraph.end]) {
            let end = paragraph.start + end;
            push_trimmed(text, start, end, index, &mut sentences);
            start = end;
        }
        push_trimmed(text, start, paragraph.end, index, &mut sentences);
    }
    sentences
}

fn push_trimmed(text: &str, start: usize, end: usize, paragraph: usize, out: &mut Vec<Sentence>) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead + trail < slice.len() {
        out.push(Sentence {
            span: Span::new(start + lead, end - trail),
            paragraph,
        });
    }
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']')
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Byte offsets (into `para`) just after each sentence end inside the paragraph.
fn boundaries(para: &str) -> Vec<usize> {
    let chars: Vec<(usize, char)> = para.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if !is_terminator(c) {
            i += 1;
            continue;
        }
        // Take the whole run of terminators, then closing quotes and brackets.
        let mut j = i;
        while j < chars.len() && is_terminator(chars[j].1) {
            j += 1;
        }
        let run_is_single_stop = j == i + 1 && c == '.';
        while j < chars.len() && is_closer(chars[j].1) {
            j += 1;
        }
        let end = chars.get(j).map_or(para.len(), |&(p, _)| p);
        // A boundary needs white space, then a word that can start a sentence.
        let mut k = j;
        while k < chars.len() && chars[k].1.is_whitespace() {
            k += 1;
        }
        let next = chars.get(k).map(|&(_, ch)| ch);
        let starts_sentence = next.is_some_and(|n| {
            n.is_uppercase()
                || n.is_ascii_digit()
                || matches!(n, '"' | '“' | '‘' | '\'' | '«' | '„' | '(' | '[')
        });
        if k > j && starts_sentence && !(run_is_single_stop && is_abbreviation(para, pos)) {
            out.push(end);
        }
        i = j.max(i + 1);
    }
    out
}

/// Whether the '.' at byte `dot` closes an abbreviation or an initial.
fn is_abbreviation(para: &str, dot: usize) -> bool {
    let word_start = para[..dot]
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘'))
        .map_or(0, |i| {
            i + para[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &para[word_start..dot];
    if word.is_empty() {
        return false;
    }
    // An initial: one capital letter ("W." in "George W. Bush").
    let mut chars = word.chars();
    if let (Some(first), None) = (chars.next(), chars.next()) {
        return first.is_uppercase();
    }
    ABBREVIATIONS.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text, &[Span::new(0, text.len())])
            .iter()
            .map(|s| s.span.slice(text))
            .collect()
    }

    #[test]
    fn basic_and_abbreviations() {
        assert_eq!(
            sentences("Mr. Smith went to Washington. He met Dr. Jones at 3.30 p.m. today."),
            [
                "Mr. Smith went to Washington.",
                "He met Dr. Jones at 3.30 p.m. today."
            ]
        );
        assert_eq!(
            sentences("President George W. Bush spoke. The U.S. economy grew 2.5%."),
            [
                "President George W. Bush spoke.",
                "The U.S. economy grew 2.5%."
            ]
        );
    }

    #[test]
    fn quotes_that_end_sentences() {
        assert_eq!(
            sentences("“We will win,” he said. “It is time.” She left."),
            ["“We will win,” he said.", "“It is time.”", "She left."]
        );
        assert_eq!(
            sentences("“Is it over?” she asked. Nobody knew..."),
            ["“Is it over?” she asked.", "Nobody knew..."]
        );
    }

    #[test]
    fn ellipsis_inside_sentence() {
        assert_eq!(
            sentences("It is a tragedy… but it ends. Next."),
            ["It is a tragedy… but it ends.", "Next."]
        );
    }

    #[test]
    fn paragraphs_always_split() {
        let text = "One line\n\nTwo line";
        let s = split(text, &[Span::new(0, 8), Span::new(10, 18)]);
        assert_eq!(s.len(), 2);
        assert_eq!(s[1].paragraph, 1);
    }
}
