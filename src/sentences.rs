//! Stage 3: sentences. The clean text and its paragraph spans in; sentence spans out.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (and runs of them), followed by any closing quotes
//! or brackets, then a space and a word that can start a sentence (a capital letter, a digit,
//! an opening quote). A paragraph always ends a sentence. A full stop does not end one:
//! - after an abbreviation (`lexicon/abbreviations.txt`) or an initial ("George W. Bush"),
//!   unless the next word is a capitalised function word ("...in the U.S. How about you?",
//!   "you and I. Did you") and the abbreviation is not a title ("Mr.", "Gov.");
//! - after an abbreviation followed by a number ("p. 55", "No. 4");
//! - inside a number, an address or a list marker ("1.", "2.)", "a.");
//! - in a spaced ellipsis of three dots (". . ."); four dots end the sentence, and a dot
//!   attached to the word before a spaced ellipsis ends it there ("compounds. . . . The").
//!
//! A paragraph that opens with a list marker ("1.", "2)", "a.", "• 9.") is split before each
//! later marker that continues the sequence, even without punctuation.
//!
//! Limits: English conventions; a sentence that ends with an abbreviation and goes on with a
//! name ("...in the U.S. Congress passed") is not split.

use crate::lexicon::{ABBREVIATIONS, STOPWORDS, TITLES};
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
            checkworthiness: 0.0,
            checkworthy: false,
        });
    }
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']')
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// A list marker: where it starts (its bullet, if any), where it ends (after its ".", ")"
/// or ".)"), and its ordinal (1 for "1." and "a.").
struct ListMarker {
    start: usize,
    end: usize,
    ordinal: u32,
}

/// The list marker at byte `i` of `para` (which must start a word), if any.
fn list_marker_at(para: &str, i: usize) -> Option<ListMarker> {
    let rest = &para[i..];
    let after_bullet = rest
        .trim_start_matches(&['•', '⁃', '▪', '◦'][..])
        .trim_start();
    let offset = rest.len() - after_bullet.len();
    let label_len = after_bullet.bytes().take_while(u8::is_ascii_digit).count();
    let (ordinal, label_len) = match label_len {
        1..=3 => (after_bullet[..label_len].parse().ok()?, label_len),
        0 => {
            let c = after_bullet.chars().next()?;
            if !c.is_ascii_lowercase() {
                return None;
            }
            (u32::from(c as u8 - b'a') + 1, 1)
        }
        _ => return None,
    };
    let after_label = &after_bullet[label_len..];
    let punct = [".)", ")", "."]
        .into_iter()
        .find(|p| after_label.starts_with(p))?;
    let end = i + offset + label_len + punct.len();
    para[end..]
        .starts_with(char::is_whitespace)
        .then_some(ListMarker {
            start: i,
            end,
            ordinal,
        })
}

/// For a paragraph that opens with a list marker: every marker of the sequence.
fn list_markers(para: &str) -> Vec<ListMarker> {
    let Some(first) = list_marker_at(para, 0) else {
        return Vec::new();
    };
    let mut markers = vec![first];
    let mut i = markers[0].end;
    while let Some(space) = para[i..].find(char::is_whitespace) {
        let at = i + space + para[i + space..].chars().next().map_or(1, char::len_utf8);
        if let Some(marker) = list_marker_at(para, at) {
            let expected = markers.last().map_or(1, |m| m.ordinal + 1);
            if marker.ordinal == expected {
                i = marker.end;
                markers.push(marker);
                continue;
            }
        }
        i = at;
    }
    markers
}

/// Byte offsets (into `para`) just after each sentence end inside the paragraph.
fn boundaries(para: &str) -> Vec<usize> {
    let markers = list_markers(para);
    // Markers are in order and do not overlap: the one that could hold `pos` is the last
    // that starts at or before it.
    let in_marker = |pos: usize| {
        let i = markers.partition_point(|m| m.start <= pos);
        i > 0 && pos < markers[i - 1].end
    };
    let chars: Vec<(usize, char)> = para.char_indices().collect();
    let mut out: Vec<usize> = markers.iter().skip(1).map(|m| m.start).collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if !is_terminator(c) || in_marker(pos) {
            i += 1;
            continue;
        }
        if c == '.' {
            if let Some((dots, after)) = spaced_ellipsis(&chars, i) {
                let attached = i > 0 && chars[i - 1].1.is_alphanumeric();
                if let Some(end) = ellipsis_boundary(&chars, i, dots, after, attached, para.len()) {
                    out.push(end);
                }
                i = after;
                continue;
            }
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
        let next_word = next_word(para, chars.get(k).map_or(para.len(), |&(p, _)| p));
        let starts_sentence = next_word.chars().next().is_some_and(|n| {
            n.is_uppercase()
                || n.is_ascii_digit()
                || matches!(n, '"' | '“' | '‘' | '\'' | '«' | '„')
        });
        let blocked = run_is_single_stop && stop_continues(para, pos, next_word);
        if k > j && starts_sentence && !blocked && !in_marker(end) {
            out.push(end);
        }
        i = j.max(i + 1);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The word starting at byte `at`, up to white space; only its first 32 bytes are read,
/// which is all the rules look at, so a long run without spaces stays linear.
fn next_word(para: &str, at: usize) -> &str {
    let rest = &para[at..];
    let end = rest
        .char_indices()
        .take(32)
        .find(|(_, c)| c.is_whitespace())
        .map_or_else(
            || rest.char_indices().nth(32).map_or(rest.len(), |(i, _)| i),
            |(i, _)| i,
        );
    &rest[..end]
}

/// A spaced ellipsis starting at `chars[i]` ('.'): the number of dots and the index just
/// after the last one, when there are at least three dots separated by single spaces.
fn spaced_ellipsis(chars: &[(usize, char)], i: usize) -> Option<(usize, usize)> {
    let mut dots = 1;
    let mut j = i + 1;
    while j + 1 < chars.len() && chars[j].1 == ' ' && chars[j + 1].1 == '.' {
        dots += 1;
        j += 2;
    }
    (dots >= 3).then_some((dots, j))
}

/// Where a spaced ellipsis ends a sentence: a dot attached to the word before it ends the
/// sentence there ("compounds. . . . The"); four spaced dots end it after the run; three
/// spaced dots are a pause. Only when a sentence can start after the run.
fn ellipsis_boundary(
    chars: &[(usize, char)],
    i: usize,
    dots: usize,
    after: usize,
    attached: bool,
    len: usize,
) -> Option<usize> {
    let mut k = after;
    while k < chars.len() && chars[k].1.is_whitespace() {
        k += 1;
    }
    let next_starts = chars.get(k).is_some_and(|&(_, n)| n.is_uppercase());
    if !next_starts || k == after {
        return None;
    }
    if attached && dots >= 4 {
        Some(chars.get(i + 1).map_or(len, |&(p, _)| p))
    } else if dots >= 4 {
        Some(chars.get(after).map_or(len, |&(p, _)| p))
    } else {
        None
    }
}

/// Whether the single full stop at byte `dot` continues the sentence: it closes an
/// abbreviation or an initial that the next word does not show to be a sentence's end.
fn stop_continues(para: &str, dot: usize, next_word: &str) -> bool {
    // Abbreviations are short: look back a few bytes only, so a long run without spaces
    // stays linear.
    let mut window = dot.saturating_sub(24);
    while !para.is_char_boundary(window) {
        window += 1;
    }
    let word_start = para[window..dot]
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘'))
        .map_or(window, |i| {
            window + i + para[window + i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &para[word_start..dot];
    if word.is_empty() {
        return false;
    }
    let mut chars = word.chars();
    let initial = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    if !initial && !ABBREVIATIONS.contains(word) {
        return false;
    }
    // "p. 55", "No. 4": a number after an abbreviation continues the sentence.
    if next_word.starts_with(|c: char| c.is_ascii_digit()) {
        return !initial;
    }
    // A title always has a name after it; other abbreviations and initials end the sentence
    // when a function word follows ("in the U.S. How", "you and I. Did").
    let lower = word.to_lowercase();
    let next_lower = next_word
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let function_word_follows =
        next_word.starts_with(char::is_uppercase) && STOPWORDS.contains(next_lower.as_str());
    TITLES.contains(lower.as_str()) || !function_word_follows
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
