//! Quotations: quotation marks found and paired (straight and curly, nested, a quote that
//! continues over paragraphs), each quote with its span and how many words it holds.

use crate::report::{Span, Warning};
use crate::text::is_ideograph;

/// One quotation: its content and where its marks are.
#[derive(Clone, Copy, Debug)]
pub(super) struct Quote {
    /// Byte offset of the opening mark.
    pub(super) open: usize,
    /// The words inside the marks.
    pub(super) content: Span,
    /// Byte offset just past the closing mark (or the paragraph's end when none).
    pub(super) close: usize,
    pub(super) paragraph: usize,
    /// It continues a quote left open at the end of the previous paragraph.
    pub(super) continues: bool,
}

fn closes(opener: char, c: char) -> bool {
    match opener {
        '“' => matches!(c, '”' | '"' | '“'),
        '„' => matches!(c, '“' | '”' | '"'),
        '«' => c == '»',
        '"' => matches!(c, '"' | '”'),
        '”' => c == '”',
        '‘' => c == '’',
        '\'' => c == '\'',
        _ => false,
    }
}

/// A quotation mark in a paragraph: its byte offset, its length, and the mark it acts as.
/// Two apostrophes (`''`, the convention of plain-text news archives) act as a straight
/// double quote, and two backticks (```` `` ````) as an opening curly quote.
#[derive(Clone, Copy)]
struct Mark {
    at: usize,
    len: usize,
    ch: char,
}

/// The quotation mark starting at byte `i` of `body`, if any. Single curly quotes count
/// only in a paragraph without double quotation marks (`singles`), where they are the
/// quotation marks of British style rather than quotes inside a quote.
fn mark_at(body: &str, i: usize, c: char, singles: bool) -> Option<Mark> {
    match c {
        '‘' | '’' if singles => Some(Mark {
            at: i,
            len: c.len_utf8(),
            ch: c,
        }),
        '“' | '”' | '„' | '«' | '»' | '"' => Some(Mark {
            at: i,
            len: c.len_utf8(),
            ch: c,
        }),
        '\'' if body[i + 1..].starts_with('\'') => Some(Mark {
            at: i,
            len: 2,
            ch: '"',
        }),
        '\'' if singles => Some(Mark {
            at: i,
            len: 1,
            ch: '\'',
        }),
        '`' if body[i + 1..].starts_with('`') => Some(Mark {
            at: i,
            len: 2,
            ch: '“',
        }),
        _ => None,
    }
}

/// Whether a paragraph opens with a quotation mark (a multi-paragraph quote continuing).
fn opens_with_quote(body: &str) -> bool {
    let body = body.trim_start();
    body.starts_with(['“', '"', '«', '„', '”']) || body.starts_with("''") || body.starts_with("``")
}

pub(super) fn find_quotes(
    text: &str,
    paragraphs: &[Span],
    warnings: &mut Vec<Warning>,
) -> Vec<Quote> {
    let mut quotes = Vec::new();
    let mut carried = false;
    for (p, para) in paragraphs.iter().enumerate() {
        let body = para.slice(text);
        let mut open: Option<Opening> = None;
        let mut continues = carried && opens_with_quote(body);
        let singles = !body.contains(['“', '”', '"', '«', '»', '„'])
            && !body.contains("''")
            && !body.contains("``");
        let mut prev = ' ';
        let mut chars = body.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let Some(mark) = mark_at(body, i, c, singles) else {
                prev = c;
                continue;
            };
            if mark.len == 2 {
                chars.next();
            }
            let next = body[i + mark.len..].chars().next().unwrap_or(' ');
            match open {
                None => {
                    let opens = matches!(mark.ch, '“' | '„' | '«' | '"')
                        || (matches!(mark.ch, '”' | '‘' | '\'')
                            && !prev.is_alphanumeric()
                            && next.is_alphanumeric());
                    if opens {
                        open = Some(Opening {
                            mark,
                            base: para.start,
                            paragraph: p,
                            continues,
                        });
                    }
                }
                // A closing mark is followed by a space, punctuation or the end.
                Some(opening) if closes(opening.mark.ch, mark.ch) && !next.is_alphanumeric() => {
                    quotes.extend(opening.closed(text, i, i + mark.len));
                    continues = false;
                    open = None;
                }
                Some(_) => {}
            }
            prev = if mark.len == 2 { '\'' } else { c };
        }
        carried = false;
        if let Some(opening) = open {
            let end = body.len();
            quotes.extend(opening.closed(text, end, end));
            if paragraphs
                .get(p + 1)
                .is_some_and(|n| opens_with_quote(n.slice(text)))
            {
                carried = true;
            } else {
                warnings.push(Warning::new(
                    "unbalanced_quote",
                    format!(
                        "paragraph {}: a quotation mark is never closed; the quote is taken to run to the paragraph's end",
                        p + 1
                    ),
                ));
            }
        }
    }
    quotes
}

/// An opening quotation mark waiting for its close.
struct Opening {
    mark: Mark,
    /// Where its paragraph starts in the text: the mark's offsets are the paragraph's.
    base: usize,
    paragraph: usize,
    /// The quote continues one left open at the end of the previous paragraph.
    continues: bool,
}

impl Opening {
    /// The quote this mark opens, its content ending at `content_end` and its closing mark
    /// at `close` (offsets within the paragraph); `None` when no words stand between.
    fn closed(self, text: &str, content_end: usize, close: usize) -> Option<Quote> {
        let content_start = self.base + self.mark.at + self.mark.len;
        let inner = &text[content_start..self.base + content_end];
        let lead = inner.len() - inner.trim_start().len();
        // A trailing comma belongs to the sentence around the quote, not to what was said.
        let trimmed = inner.trim_end().trim_end_matches(',').trim_end();
        let (start, end) = (content_start + lead, content_start + trimmed.len());
        (end > start).then(|| Quote {
            open: self.base + self.mark.at,
            content: Span::new(start, end),
            close: self.base + close,
            paragraph: self.paragraph,
            continues: self.continues,
        })
    }
}

/// Words in `text`; in Chinese and Japanese, written without spaces, two characters count
/// as a word.
pub(super) fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(|w| 1 + w.chars().filter(|&c| is_ideograph(c)).count() / 2)
        .sum()
}
