//! Stage 4: claims. The clean text with its paragraphs and sentences in; attributed claims
//! out (who said what, and how), plus warnings for quotation marks that do not pair up.
//!
//! Four paths, tried in this order:
//! 1. **Quotes.** Quotation marks are paired per paragraph (“ ” „ « » and straight `"`);
//!    single quotes are left to the text inside. A quote left open at the end of a
//!    paragraph continues when the next paragraph opens with a quotation mark (the
//!    multi-paragraph convention); otherwise it runs to the paragraph's end, with a warning.
//!    The speaker is found next to the quote (`“…,” he said` / `“…,” said X`), before it in
//!    the same sentence (`X said: “…”`, a partial quote when other words stand between cue
//!    and quote), at the end of the previous paragraph when that ends with a colon, or
//!    inherited by a quote paragraph with no cue of its own from the quote just before it.
//! 2. **According to.** `According to X, …` and `…, according to X.`, and the translated
//!    news form `This was reported by X.`, which attributes the sentence before it.
//! 3. **Reported speech** with a verb from `lexicon/cue_verbs.txt`: `…, X said (on Friday).`,
//!    `…, said X.` and `X said (that) …`.
//! 4. **Embedded posts.** A paragraph above a post's signature (`— Jane Doe (@janedoe) May
//!    2, 2024`, `A post shared by …`) is a direct claim of the account's name, the dash its
//!    cue; the cleaning stage keeps such posts in the article.
//!
//! Speakers are noun phrases read off the tokens around the cue: capitalised words, role
//! words (`lexicon/titles.txt`), determiners and number words, joined by "of"/"for". A
//! phrase's person name is its last run of capitalised words that are neither titles nor
//! organisation words; a surname alone is merged with the fuller name the article uses
//! ("Trump" → "Donald Trump"). Pronouns take the most recent named speaker. A phrase with no
//! name whose head is "official", "sources" and the like is anonymous.
//!
//! Limits: no parser, so a subject far from its verb, a speaker named only in a later
//! sentence, or a pronoun whose referent is not the last speaker can be missed or
//! misattributed; descriptions ("the former US president") are kept as written.

use crate::lexicon::{
    is_in, CueKind, TextMap, WordClass, ABBREVIATIONS, ANONYMOUS_HEADS, CUE_VERBS, HEDGES,
    ORGANISATION_WORDS, PRONOUNS, STOPWORDS, TITLES,
};
use crate::report::{Claim, ClaimKind, Cue, Sentence, Span, Speaker, Warning};
use crate::text::{
    ceil_char_boundary, floor_char_boundary, is_ideograph, is_letter_or_digit, post_signature,
    sort_by_position,
};

/// Finds the claims in `text`.
pub fn extract(
    text: &str,
    paragraphs: &[Span],
    sentences: &[Sentence],
) -> (Vec<Claim>, Vec<Warning>) {
    let mut warnings = Vec::new();
    let quotes = find_quotes(text, paragraphs, &mut warnings);
    let mut finder = Finder {
        text,
        paragraphs,
        sentences,
        names: NameIndex::new(text, sentences),
        claims: Vec::new(),
        people: Vec::new(),
        partials: Vec::new(),
    };
    finder.run(&quotes);
    let mut claims = finder.claims;
    sort_by_position(&mut claims, |c| (c.start, c.end));
    claims.dedup_by(|b, a| a.start == b.start && a.end == b.end);
    (claims, warnings)
}

// ---------------------------------------------------------------------------------------
// Tokens

/// A word or a single punctuation character, by byte range into the text.
#[derive(Clone, Copy, Debug)]
struct Token {
    start: usize,
    end: usize,
    word: bool,
}

impl Token {
    fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// Characters that may stand inside a word when letters follow: "U.S", "high-ranking",
/// "Trump’s", "O'Brien".
fn joins_word(c: char) -> bool {
    matches!(c, '.' | '-' | '\'' | '’')
}

fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
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
        // The full stop of an abbreviation belongs to it: "Gov. Kasich", "Mr. Biden".
        if slice[j..].starts_with('.') && ABBREVIATIONS.contains(&slice[i..j]) {
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

/// A role or title word ("spokesman", "Gov.", "Mr."), in any case, possessive or not.
fn is_title(word: &str) -> bool {
    let lower = word.to_lowercase();
    TITLES.contains(strip_possessive(&lower).trim_end_matches('.'))
}

fn is_capitalised(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
}

/// The word without a possessive ending: "Ukraine’s" → "Ukraine".
fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .unwrap_or(word)
}

/// An auxiliary or adverb that may stand between a speaker and the cue: "has repeatedly
/// claimed", "now says", "didn’t say".
fn is_auxiliary(word: &str) -> bool {
    is_in(WordClass::Auxiliary, word)
        || is_negation(word)
        || (word.ends_with("ly") && word.len() > 4 && !is_capitalised(word))
}

/// "not", "never", and contractions in n't ("didn’t").
fn is_negation(word: &str) -> bool {
    is_in(WordClass::Negation, word) || word.ends_with("n't") || word.ends_with("n’t")
}

/// The hedging words in `span`, lowercase, in order, each once.
fn hedges_in(text: &str, span: Span) -> Vec<String> {
    let mut hedges: Vec<String> = Vec::new();
    for token in tokenize(text, span.start, span.end) {
        let lower = token.text(text).to_lowercase();
        if token.word && HEDGES.contains(lower.as_str()) && !hedges.contains(&lower) {
            hedges.push(lower);
        }
    }
    hedges
}

/// Confidence that a pronoun means the last person quoted ("he said", after their quote).
const PRONOUN_LAST_QUOTED: f64 = 0.7;
/// Confidence that "he replied" means the person quoted before the last one.
const PRONOUN_ANSWER: f64 = 0.6;
/// Confidence that a pronoun means the last full name mentioned, when no one was quoted.
const PRONOUN_MENTIONED: f64 = 0.5;
/// Confidence that a description ("the former US president") means the person the text
/// named with it earlier.
const BOUND_DESCRIPTION: f64 = 0.8;

/// How far from a quote (in bytes) its attribution is looked for.
const ATTRIBUTION_REACH: usize = 400;

fn is_connector(word: &str) -> bool {
    is_in(WordClass::Connector, word)
}

fn is_determiner(word: &str) -> bool {
    is_in(WordClass::Determiner, word)
}

fn opens_circumstance(word: &str) -> bool {
    is_in(WordClass::Circumstance, word)
        || is_in(WordClass::Weekday, word)
        || (word.ends_with("ly") && word.len() > 4 && !is_capitalised(word))
}

/// A word that can be part of a speaker phrase.
fn is_phrase_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    let bare = strip_possessive(&lower);
    (is_capitalised(word) && !STOPWORDS.contains(lower.as_str()))
        || is_title(word)
        || ANONYMOUS_HEADS.contains(bare)
        || ORGANISATION_WORDS.contains(bare)
        || is_determiner(word)
        || is_connector(word)
        || (word.contains('-') && !is_capitalised(word))
}

/// A word that can end a speaker phrase: a name, a role, a pronoun, an anonymous head.
fn is_phrase_head(word: &str) -> bool {
    let lower = word.to_lowercase();
    (is_capitalised(word)
        && !STOPWORDS.contains(lower.as_str())
        && !is_in(WordClass::Weekday, word))
        || is_title(word)
        || ANONYMOUS_HEADS.contains(lower.as_str())
        || ORGANISATION_WORDS.contains(lower.as_str())
        || PRONOUNS.contains(lower.as_str())
}

/// The kind of a reporting verb. A capitalised word is a name, not a verb: "States" in
/// "United States", "Says" in a headline.
fn cue_kind(word: &str) -> Option<CueKind> {
    if is_capitalised(word) {
        return None;
    }
    CUE_VERBS.get(word).copied()
}

/// Whether token `i` is a cue verb that can head its own clause: a finite form, or an
/// "-ing" form that is progressive ("is saying") or opens a participle clause after a comma
/// ("..., saying that"). Not the verb of a relative clause ("who asked not to be named").
fn is_clause_cue(tokens: &[Token], text: &str, i: usize) -> bool {
    let word = tokens[i].text(text);
    if !tokens[i].word || cue_kind(word).is_none() {
        return false;
    }
    let before = |k: usize| (i >= k).then(|| tokens[i - k].text(text));
    if matches!(before(1), Some("who" | "which" | "that")) {
        return false;
    }
    if !word.ends_with("ing") {
        return true;
    }
    let progressive = before(1).is_some_and(|w| is_in(WordClass::Passive, w))
        || (before(1).is_some_and(is_auxiliary)
            && before(2).is_some_and(|w| is_in(WordClass::Passive, w)));
    progressive || before(1) == Some(",")
}

/// Whether a cue with a passive auxiliary before it really is passive ("was told", "is
/// expected"): progressive "-ing" forms ("is saying") are not.
fn is_passive(tokens: &[Token], text: &str, cue: usize, passive_auxiliary: bool) -> bool {
    passive_auxiliary && !tokens[cue].text(text).ends_with("ing")
}

/// Whether a passive auxiliary stands right before the cue at `cue` ("was told").
fn is_passive_before(tokens: &[Token], text: &str, cue: usize) -> bool {
    let mut i = cue;
    let mut passive = false;
    while i > 0 && tokens[i - 1].word && is_auxiliary(tokens[i - 1].text(text)) {
        passive |= is_in(WordClass::Passive, tokens[i - 1].text(text));
        i -= 1;
    }
    is_passive(tokens, text, cue, passive)
}

/// Whether the words after a cue (up to the sentence end) leave the cue's clause complete:
/// nothing, punctuation, or a circumstance ("said on Friday, adding that ..."). A listener
/// may come first after "told" and "asked" ("told reporters on Monday").
fn rest_is_circumstance(rest: &[Token], text: &str, cue_word: &str) -> bool {
    let mut i = 0;
    if is_in(WordClass::ListenerVerb, cue_word) {
        while i < rest.len() && rest[i].word && !opens_circumstance(rest[i].text(text)) && i < 6 {
            i += 1;
        }
    }
    match rest.get(i) {
        None => true,
        Some(t) if !t.word => true,
        Some(t) => opens_circumstance(t.text(text)),
    }
}

/// The phrase ending right before token `cue`, skipping auxiliaries and a parenthesis
/// ("Mike Pence (R-IN) said"). Returns the token range of the phrase and whether the words
/// skipped include a passive auxiliary.
fn phrase_before(tokens: &[Token], text: &str, cue: usize) -> Option<(usize, usize, bool)> {
    let mut end = cue;
    let mut passive = false;
    while end > 0 && tokens[end - 1].word && is_auxiliary(tokens[end - 1].text(text)) {
        passive |= is_in(WordClass::Passive, tokens[end - 1].text(text));
        end -= 1;
    }
    // A short parenthesis after the name: party and state, an age, an abbreviation.
    if end > 0 && tokens[end - 1].text(text) == ")" {
        let open = tokens[end.saturating_sub(8)..end]
            .iter()
            .rposition(|t| t.text(text) == "(")
            .map(|i| i + end.saturating_sub(8))?;
        end = open;
    }
    if end == 0 || !tokens[end - 1].word {
        return None;
    }
    let last = tokens[end - 1].text(text);
    if PRONOUNS.contains(last.to_lowercase().as_str()) {
        return Some((end - 1, end, passive));
    }
    // "Trump's comments": after a possessive the cue word is a noun.
    if strip_possessive(last).len() != last.len() {
        return None;
    }
    if !is_phrase_head(last) {
        // A description: "the announcer", "The New York businessman", "Several cast members";
        // its last word is a noun, not a function word ("... the plan and said").
        if STOPWORDS.contains(last.to_lowercase().as_str()) {
            return None;
        }
        return description_start(tokens, text, end).map(|start| (start, end, passive));
    }
    let mut start = end;
    while start > 0
        && tokens[start - 1].word
        && is_phrase_word(tokens[start - 1].text(text))
        && end - start < 12
    {
        start -= 1;
    }
    // Lowercase modifiers between a determiner and the phrase: "The nonpartisan Commission".
    if let Some(described) = description_start(tokens, text, start + 1) {
        start = start.min(described);
    }
    while start < end && is_connector(tokens[start].text(text)) {
        start += 1;
    }
    (start < end).then_some((start, end, passive))
}

/// For a noun phrase ending before token `end` whose words are not all names or roles: the
/// token that opens it, when a determiner or a possessive name ("Connecticut’s") stands at
/// most four words back with only content words between.
fn description_start(tokens: &[Token], text: &str, end: usize) -> Option<usize> {
    let mut k = end;
    while k > 0 && end - k < 5 {
        let token = &tokens[k - 1];
        let word = token.text(text);
        if !token.word {
            return None;
        }
        let possessive_name = is_capitalised(word) && strip_possessive(word).len() != word.len();
        if k < end && (is_in(WordClass::Determiner, word) || possessive_name) {
            return Some(k - 1);
        }
        if k < end && (STOPWORDS.contains(word.to_lowercase().as_str()) || cue_kind(word).is_some())
        {
            return None;
        }
        k -= 1;
    }
    None
}

/// The phrase starting at token `from` ("said a high-ranking official aware of the call"):
/// up to ten words, to the first punctuation or clause word.
fn phrase_after(tokens: &[Token], text: &str, from: usize) -> Option<(usize, usize)> {
    let first = tokens.get(from)?;
    if !first.word || !(is_phrase_word(first.text(text)) || PRONOUNS.contains(first.text(text))) {
        return None;
    }
    let mut end = from;
    // After a head that names no one, a describing tail may follow: "a source familiar with
    // the talks", "an official aware of the call". A named phrase ends at its last name word.
    let mut tail = false;
    while end < tokens.len() && tokens[end].word && end - from < 10 {
        let word = tokens[end].text(text);
        if end > from && is_in(WordClass::PhraseStop, word) && !(tail && word == "with") {
            break;
        }
        // A lowercase role noun before a name: "said Cruz constituent Dan Golvach".
        let role_noun = end > from
            && !STOPWORDS.contains(word)
            && tokens
                .get(end + 1)
                .is_some_and(|t| t.word && is_capitalised(t.text(text)));
        if !tail && !is_phrase_word(word) && !PRONOUNS.contains(word) && !role_noun {
            break;
        }
        tail |= ANONYMOUS_HEADS.contains(word.to_lowercase().as_str());
        end += 1;
    }
    while end > from
        && (is_connector(tokens[end - 1].text(text)) || is_determiner(tokens[end - 1].text(text)))
    {
        end -= 1;
    }
    (end > from).then_some((from, end))
}

/// For a cue whose subject carries a relative clause ("an official who asked not to be named
/// said"): the phrase before the last "who" ahead of the cue, when it opens the sentence.
fn phrase_before_relative_clause(
    tokens: &[Token],
    text: &str,
    cue: usize,
) -> Option<(usize, usize)> {
    let who = tokens[..cue].iter().rposition(|t| t.text(text) == "who")?;
    if tokens[who..cue].iter().any(|t| !t.word) {
        return None;
    }
    let (s, e, _) = phrase_before(tokens, text, who)?;
    opens_clause(tokens, text, s).then_some((s, e))
}

/// Whether a phrase starting at token `s` opens its clause: it starts the sentence, follows
/// punctuation, or follows a conjunction ("But a spokesman said", "after Trump said").
fn opens_clause(tokens: &[Token], text: &str, s: usize) -> bool {
    s == 0 || !tokens[s - 1].word || is_in(WordClass::ClauseOpener, tokens[s - 1].text(text))
}

/// The sentence's subject: the first phrase of the sentence, after an introductory phrase
/// that ends with a comma ("In Budapest, Volodymyr Zelensky ...").
fn sentence_subject(tokens: &[Token], text: &str) -> Option<(usize, usize)> {
    // "In Budapest, ..." opens with an introductory phrase; "A White House official, who
    // ..." opens with its subject.
    let starts_with_function_word = tokens.first().is_some_and(|t| {
        let word = t.text(text);
        STOPWORDS.contains(word.to_lowercase().as_str()) && !is_determiner(word)
    });
    let from = if starts_with_function_word {
        tokens.iter().position(|t| t.text(text) == ",")? + 1
    } else {
        0
    };
    let mut end = from;
    while end < tokens.len()
        && tokens[end].word
        && is_phrase_word(tokens[end].text(text))
        && end - from < 12
    {
        end += 1;
    }
    // A description after a determiner: "A hospital official", "The company's lawyer".
    let described = tokens
        .get(from)
        .is_some_and(|t| is_determiner(t.text(text)));
    if described {
        while end < tokens.len()
            && end - from < 6
            && tokens[end].word
            && !is_capitalised(tokens[end].text(text))
            && !STOPWORDS.contains(tokens[end].text(text))
            && cue_kind(tokens[end].text(text)).is_none()
        {
            end += 1;
        }
    }
    while end > from && is_connector(tokens[end - 1].text(text)) {
        end -= 1;
    }
    // "The university's president, Amara Lindqvist, welcomed": the name in apposition.
    if tokens.get(end).is_some_and(|t| t.text(text) == ",") {
        let name_end = end
            + 1
            + tokens[end + 1..]
                .iter()
                .take(5)
                .take_while(|t| t.word && is_capitalised(t.text(text)) && !is_title(t.text(text)))
                .count();
        if name_end > end + 2 && tokens.get(name_end).is_some_and(|t| t.text(text) == ",") {
            return Some((end + 1, name_end));
        }
    }
    let head = tokens.get(end.checked_sub(1)?)?;
    let head_ok =
        is_phrase_head(strip_possessive(head.text(text))) || (described && end > from + 1);
    (end > from && head_ok).then_some((from, end))
}

// ---------------------------------------------------------------------------------------
// Quotes

/// One quotation: its content and where its marks are.
#[derive(Clone, Copy, Debug)]
struct Quote {
    /// Byte offset of the opening mark.
    open: usize,
    /// The words inside the marks.
    content: Span,
    /// Byte offset just past the closing mark (or the paragraph's end when none).
    close: usize,
    paragraph: usize,
    /// It continues a quote left open at the end of the previous paragraph.
    continues: bool,
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

fn find_quotes(text: &str, paragraphs: &[Span], warnings: &mut Vec<Warning>) -> Vec<Quote> {
    let mut quotes = Vec::new();
    let mut carried = false;
    for (p, para) in paragraphs.iter().enumerate() {
        let body = para.slice(text);
        let mut open: Option<Mark> = None;
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
                        open = Some(mark);
                    }
                }
                // A closing mark is followed by a space, punctuation or the end.
                Some(opener) if closes(opener.ch, mark.ch) && !next.is_alphanumeric() => {
                    let close = i + mark.len;
                    push_quote(
                        &mut quotes,
                        text,
                        para.start,
                        opener,
                        i,
                        close,
                        p,
                        continues,
                    );
                    continues = false;
                    open = None;
                }
                Some(_) => {}
            }
            prev = if mark.len == 2 { '\'' } else { c };
        }
        carried = false;
        if let Some(opener) = open {
            let end = body.len();
            push_quote(
                &mut quotes,
                text,
                para.start,
                opener,
                end,
                end,
                p,
                continues,
            );
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

/// Records the quote opened by `opener` whose content ends at `content_end` and whose
/// closing mark ends at `close` (offsets within the paragraph starting at `base`).
#[allow(clippy::too_many_arguments)]
fn push_quote(
    quotes: &mut Vec<Quote>,
    text: &str,
    base: usize,
    opener: Mark,
    content_end: usize,
    close: usize,
    paragraph: usize,
    continues: bool,
) {
    let content_start = base + opener.at + opener.len;
    let inner = &text[content_start..base + content_end];
    let lead = inner.len() - inner.trim_start().len();
    // A trailing comma belongs to the sentence around the quote, not to what was said.
    let trimmed = inner.trim_end().trim_end_matches(',').trim_end();
    let (start, end) = (content_start + lead, content_start + trimmed.len());
    if end > start {
        quotes.push(Quote {
            open: base + opener.at,
            content: Span::new(start, end),
            close: base + close,
            paragraph,
            continues,
        });
    }
}

/// Words in `text`; in Chinese and Japanese, written without spaces, two characters count
/// as a word.
fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(|w| 1 + w.chars().filter(|&c| is_ideograph(c)).count() / 2)
        .sum()
}

// ---------------------------------------------------------------------------------------
// Names

/// The role words written right before token `first` of a name: up to four title words or
/// capitalised words ("Former US President", "Kremlin spokesman"), lowercase.
fn role_before(tokens: &[Token], text: &str, first: usize) -> Option<String> {
    let mut start = first;
    while start > 0 && first - start < 4 {
        let word = tokens[start - 1].text(text);
        let lower = word.to_lowercase();
        let role_word = tokens[start - 1].word
            && !STOPWORDS.contains(lower.as_str())
            && (is_title(word) || is_capitalised(word));
        if !role_word {
            break;
        }
        start -= 1;
    }
    let has_title = tokens[start..first].iter().any(|t| is_title(t.text(text)));
    has_title.then(|| {
        tokens[start..first]
            .iter()
            .map(|t| t.text(text).to_lowercase())
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// Full personal names used in the article, to merge "Trump" into "Donald Trump".
struct NameIndex {
    /// Surname (last word) → the fuller name most often used with it.
    by_last_word: TextMap<String>,
    /// Every full-name mention, by position, for pronouns with no named speaker before.
    mentions: Vec<(usize, String)>,
    /// Role phrases written right before a name ("former us president" before "Donald
    /// Trump"), lowercase, by position: the text binds the description to the person.
    roles: Vec<(usize, String, String)>,
}

impl NameIndex {
    fn new(text: &str, sentences: &[Sentence]) -> Self {
        let mut counts: TextMap<(usize, usize)> = TextMap::default();
        let mut mentions = Vec::new();
        let mut roles = Vec::new();
        for sentence in sentences {
            let tokens = tokenize(text, sentence.span.start, sentence.span.end);
            let mut run: Vec<&str> = Vec::new();
            let mut run_start = 0;
            let mut run_first = 0;
            for (i, token) in tokens.iter().enumerate() {
                let word = token.text(text);
                let lower = word.to_lowercase();
                let bare = strip_possessive(word);
                let name_word = token.word
                    && is_capitalised(word)
                    && word.chars().count() > 1
                    && !STOPWORDS.contains(lower.as_str())
                    && !is_title(word)
                    && !ORGANISATION_WORDS.contains(strip_possessive(&lower))
                    && cue_kind(word).is_none();
                if name_word {
                    if run.is_empty() {
                        run_start = token.start;
                        run_first = i;
                    }
                    run.push(bare);
                }
                let possessive = bare.len() != word.len();
                if !name_word || possessive || i + 1 == tokens.len() {
                    if (2..=4).contains(&run.len()) {
                        let name = run.join(" ");
                        counts.get_or_insert_with(&name, || (0, run_start)).0 += 1;
                        if let Some(role) = role_before(&tokens, text, run_first) {
                            roles.push((run_start, role, name.clone()));
                        }
                        mentions.push((run_start, name));
                    }
                    run.clear();
                }
            }
        }
        let mut by_last_word: TextMap<(String, usize, usize)> = TextMap::default();
        for (name, (count, order)) in counts.into_entries() {
            let Some(last) = name.rsplit(' ').next() else {
                continue;
            };
            let better = by_last_word
                .get(last)
                .is_none_or(|(_, c, o)| count > *c || (count == *c && order < *o));
            if better {
                let last = last.to_owned();
                by_last_word.insert(&last, (name, count, order));
            }
        }
        NameIndex {
            by_last_word: {
                let mut names = TextMap::default();
                for (last, (name, _, _)) in by_last_word.into_entries() {
                    names.insert(&last, name);
                }
                names
            },
            mentions,
            roles,
        }
    }

    /// The person a description stands for, when the text wrote that description right
    /// before a name earlier on ("Former US President Donald Trump" ... "the former US
    /// president").
    fn person_for_role(&self, description: &str, position: usize) -> Option<&str> {
        // Roles are in text order: start at `position` and look back a bounded way, so
        // that long texts stay linear.
        let i = self.roles.partition_point(|(at, _, _)| *at < position);
        self.roles[..i]
            .iter()
            .rev()
            .take(256)
            .find(|(_, role, _)| role == description)
            .map(|(_, _, name)| name.as_str())
    }

    /// The fullest form of a person's name.
    fn full(&self, name: &str) -> String {
        if name.contains(' ') {
            return name.to_owned();
        }
        self.by_last_word
            .get(name)
            .cloned()
            .unwrap_or_else(|| name.to_owned())
    }

    /// The last full name mentioned before `position`, other than `except`.
    fn last_before(&self, position: usize, except: Option<&str>) -> Option<&str> {
        let i = self.mentions.partition_point(|(at, _)| *at < position);
        self.mentions[..i]
            .iter()
            .rev()
            .take(64)
            .map(|(_, name)| name.as_str())
            .find(|&name| Some(name) != except)
    }
}

// ---------------------------------------------------------------------------------------
// Attribution

/// The last direct quote, for quotes with no cue of their own.
struct PreviousQuote {
    paragraph: usize,
    speaker: Option<Speaker>,
}

/// An attribution read off the text: the speaker phrase's span and the cue.
#[derive(Clone, Copy, Debug)]
struct Found {
    speaker: Option<Span>,
    cue: Span,
    opinion: bool,
}

struct Finder<'a> {
    text: &'a str,
    paragraphs: &'a [Span],
    sentences: &'a [Sentence],
    names: NameIndex,
    claims: Vec<Claim>,
    /// Canonical names of the people quoted so far, most recent last: what pronouns refer to.
    people: Vec<String>,
    /// Partial quotes waiting for their sentence's reported speech: (sentence, quote, cue).
    partials: Vec<(usize, Span, Found)>,
}

impl Finder<'_> {
    fn sentence_at(&self, byte: usize) -> usize {
        self.sentences
            .partition_point(|s| s.span.end <= byte)
            .min(self.sentences.len().saturating_sub(1))
    }

    fn span_of(&self, tokens: &[Token], from: usize, to: usize) -> Span {
        Span::new(tokens[from].start, tokens[to - 1].end)
    }

    /// The attribution right after a quote: `,” he said`, `,” said X`, `,” X, a former
    /// aide, told Y`, `,” according to X`. A quote that ends its sentence (`?” Trump said`)
    /// is attributed in the next one.
    fn after_quote(&self, quote: &Quote) -> Option<Found> {
        let text = self.text;
        let para = self.paragraphs[quote.paragraph];
        let sentence = self.sentences.get(self.sentence_at(quote.close))?;
        // An attribution stands within a few words of the quote; looking further would make
        // a long sentence full of quotes quadratic.
        let limit = sentence.span.end.max(quote.close).min(para.end);
        let limit = floor_char_boundary(text, limit.min(quote.close + ATTRIBUTION_REACH));
        let tokens = tokenize(text, quote.close, limit);
        let first = tokens.iter().position(|t| t.word)?;
        // Only punctuation may stand between the quote and its attribution.
        if tokens[..first]
            .iter()
            .any(|t| !matches!(t.text(text), "," | "." | "!" | "?" | "—" | "–" | "-"))
        {
            return None;
        }
        let words = &tokens[first..];
        let first_word = words[0].text(text);
        if first_word.eq_ignore_ascii_case("according")
            && words.get(1).is_some_and(|t| t.text(text) == "to")
        {
            let end = 2 + words[2..].iter().take(14).take_while(|t| t.word).count();
            return (end > 2).then(|| Found {
                speaker: Some(self.span_of(words, 2, end)),
                cue: self.span_of(words, 0, 2),
                opinion: false,
            });
        }
        if cue_kind(first_word).is_some() && !first_word.ends_with("ing") {
            let (s, e) = phrase_after(words, text, 1)?;
            if !rest_is_circumstance(&words[e..], text, "") {
                return None;
            }
            return Some(Found {
                speaker: Some(self.span_of(words, s, e)),
                cue: self.span_of(words, 0, 1),
                opinion: cue_kind(first_word) == Some(CueKind::Belief),
            });
        }
        let cue = (0..words.len().min(24)).find(|&i| is_clause_cue(words, text, i))?;
        // "Graham, a former candidate, told": an appositive between the name and the cue.
        let appositive = (cue >= 3 && words[cue - 1].text(text) == ",")
            .then(|| words[..cue - 1].iter().position(|t| t.text(text) == ","))
            .flatten();
        let (s, e, passive) = match appositive {
            Some(comma) => {
                let (s, e, passive) = phrase_before(words, text, comma)?;
                (s, e, passive || is_passive_before(words, text, cue))
            }
            None => phrase_before(words, text, cue)?,
        };
        // The phrase fills the clause, allowing a modifier or two before it ("Sanders
        // campaign manager Jeff Weaver said").
        if s > 2 || !words[..s].iter().all(|t| t.word) || is_passive(words, text, cue, passive) {
            return None;
        }
        if appositive.is_none() && words[..cue].iter().any(|t| !t.word) {
            return None;
        }
        // `“Sunday Futures,” the host said he ...`: the cue's content follows it, so the
        // quote is a name or a title inside the sentence, not what was said.
        if !rest_is_circumstance(&words[cue + 1..], text, words[cue].text(text)) {
            return None;
        }
        Some(Found {
            speaker: Some(self.span_of(words, 0, e)),
            cue: self.span_of(words, cue, cue + 1),
            opinion: cue_kind(words[cue].text(text)) == Some(CueKind::Belief),
        })
    }

    /// The attribution before a quote, in the text from `from` to the opening mark:
    /// `X said: “…”`. Returns it with whether the quote follows the cue directly.
    fn before_quote(&self, from: usize, open: usize) -> Option<(Found, bool)> {
        let text = self.text;
        let from = ceil_char_boundary(text, from.max(open.saturating_sub(ATTRIBUTION_REACH)));
        let tokens = tokenize(text, from, open);
        let cue = (0..tokens.len())
            .rev()
            .find(|&i| tokens[i].word && cue_kind(tokens[i].text(text)).is_some())?;
        let speaker = match phrase_before(&tokens, text, cue) {
            Some((s, e, false)) => (s, e),
            Some((_, _, true)) => return None,
            // "..., telling European leaders:" or "X, who ..., believes": the subject.
            None => self.subject_before_comma(&tokens, cue)?,
        };
        let gap: Vec<&str> = tokens[cue + 1..].iter().map(|t| t.text(text)).collect();
        let direct =
            gap.is_empty() || gap.last().is_some_and(|&g| g == ":" || g == ",") || gap == ["that"];
        Some((
            Found {
                speaker: Some(self.span_of(&tokens, speaker.0, speaker.1)),
                cue: self.span_of(&tokens, cue, cue + 1),
                opinion: cue_kind(tokens[cue].text(text)) == Some(CueKind::Belief),
            },
            direct,
        ))
    }

    /// One pass over the sentences in text order, so that pronouns see the speakers before
    /// them: each sentence's quotes first, then, if no quote claim covers the sentence,
    /// reported speech.
    fn run(&mut self, quotes: &[Quote]) {
        let mut covered = vec![false; self.sentences.len()];
        let mut previous: Option<PreviousQuote> = None;
        let mut next_quote = 0;
        for i in 0..self.sentences.len() {
            while next_quote < quotes.len()
                && self.sentence_at(quotes[next_quote].content.start) <= i
            {
                self.quote_claim(quotes, next_quote, &mut previous, &mut covered);
                next_quote += 1;
            }
            let reported = !covered[i] && self.reported_claim(i);
            // A partial quote whose sentence gave no reported-speech claim stands alone.
            let partials = std::mem::take(&mut self.partials);
            for (sentence, content, found) in partials {
                if sentence == i && !reported {
                    let claim = self.claim(ClaimKind::Partial, content, found);
                    self.claims.push(claim);
                } else if sentence > i {
                    self.partials.push((sentence, content, found));
                }
            }
        }
        // Embedded posts: the paragraph above a signature ("— Jane Doe (@janedoe) May 2,
        // 2024") is quoted as the account wrote it; the dash (or "A post shared by") is
        // the cue.
        for pair in self.paragraphs.windows(2) {
            let (post, signature) = (pair[0], pair[1]);
            let written = signature.slice(self.text);
            let Some(name) = post_signature(written) else {
                continue;
            };
            let at = |offset: usize| signature.start + offset;
            let found = Found {
                speaker: (!name.is_empty()).then(|| Span::new(at(name.start), at(name.end))),
                cue: Span::new(at(0), at(written[..name.start].trim_end().len())),
                opinion: false,
            };
            let claim = self.claim(ClaimKind::Direct, post, found);
            self.claims.push(claim);
        }
    }

    fn quote_claim(
        &mut self,
        quotes: &[Quote],
        q: usize,
        previous: &mut Option<PreviousQuote>,
        covered: &mut [bool],
    ) {
        let quote = &quotes[q];
        let text = self.text;
        let content = quote.content.slice(text);
        let para = self.paragraphs[quote.paragraph];
        let sentence = self.sentence_at(quote.content.start);
        let sentence_start = self
            .sentences
            .get(sentence)
            .map_or(para.start, |s| s.span.start);
        // Search back to the sentence start, but not past the previous quote. The opening
        // mark may stand before the sentence's start (`... he said." Then ...` read as an
        // opening mark), hence the `min`.
        let from = quotes[..q]
            .last()
            .filter(|p| p.paragraph == quote.paragraph && p.close > sentence_start)
            .map_or(sentence_start, |p| p.close)
            .min(quote.open);
        let starts_paragraph = text[para.start..quote.open].trim().is_empty();
        let covers_paragraph = starts_paragraph && text[quote.close..para.end].trim().is_empty();

        let mut found = self.after_quote(quote).map(|f| (f, true));
        if found.is_none() && !quote.continues {
            found = self.before_quote(from, quote.open).map(|(f, direct)| {
                // `says “the wind is at our backs” despite ...`: a quote the sentence runs on
                // past is part of a reported clause, a partial quote.
                let sentence_end = self
                    .sentences
                    .get(self.sentence_at(quote.close.saturating_sub(1)))
                    .map_or(para.end, |s| s.span.end.min(para.end));
                let runs_on = word_count(text.get(quote.close..sentence_end).unwrap_or("")) >= 3;
                // A quote introduced by a colon or comma stands on its own whatever follows.
                let introduced = text
                    .get(f.cue.end..quote.open)
                    .is_some_and(|gap| gap.contains([':', ',']));
                (f, direct && (introduced || !runs_on))
            });
        }
        // A paragraph-opening quote after a paragraph that ends with a colon.
        if found.is_none() && starts_paragraph && !quote.continues && quote.paragraph > 0 {
            let prev = self.paragraphs[quote.paragraph - 1];
            if text[prev.start..prev.end].trim_end().ends_with(':') {
                let last_sentence = self.sentence_at(prev.end.saturating_sub(1));
                let start = self
                    .sentences
                    .get(last_sentence)
                    .map_or(prev.start, |s| s.span.start);
                found = self.before_quote(start, prev.end).map(|(f, _)| (f, true));
            }
        }
        // A quote with no cue of its own continues the one before it when it carries on
        // that quote's paragraphs, fills a paragraph right after it, or stands in the same
        // paragraph (news style gives each speaker their own paragraph).
        // Either way it must read as a quotation, not a scare quote or a title: it opens a
        // sentence and has a few words.
        let full_quotation = text[from..quote.open].trim().is_empty() && word_count(content) >= 4;
        let inherited = previous.as_ref().filter(|p| {
            quote.continues
                || (full_quotation
                    && ((covers_paragraph && quote.paragraph <= p.paragraph + 1)
                        || p.paragraph == quote.paragraph))
        });
        let claim = match (found, inherited) {
            // "“Yes,” she said": a single word is an answer, not a checkable claim.
            (Some((_, true)), _) if word_count(content) < 2 => return,
            (Some((found, true)), _) => self.claim(ClaimKind::Direct, quote.content, found),
            // Quoted words inside reported speech: the claim is the whole reported clause,
            // found with the sentence's reported speech; the fragment is kept in case that
            // finds nothing.
            (Some((found, false)), _) => {
                if word_count(content) >= 3 {
                    self.partials.push((sentence, quote.content, found));
                }
                return;
            }
            (None, Some(p)) => self.bare_quote(quote, p.speaker.clone()),
            // A full quotation with no one named: worth a fact-checker's attention.
            (None, None) if full_quotation && word_count(content) >= 6 => {
                self.bare_quote(quote, None)
            }
            (None, None) => return,
        };
        let cue_end = claim
            .cue
            .as_ref()
            .map_or(quote.close, |c| c.end.max(quote.close));
        let last = self.sentence_at(cue_end.saturating_sub(1));
        for flag in covered.iter_mut().take(last + 1).skip(sentence.min(last)) {
            *flag = true;
        }
        if claim.kind == ClaimKind::Direct {
            *previous = Some(PreviousQuote {
                paragraph: quote.paragraph,
                speaker: claim.speaker.clone(),
            });
        }
        self.claims.push(claim);
    }

    /// A direct claim for a quote with no cue of its own.
    fn bare_quote(&self, quote: &Quote, speaker: Option<Speaker>) -> Claim {
        Claim {
            kind: ClaimKind::Direct,
            text: quote.content.slice(self.text).to_owned(),
            start: quote.content.start,
            end: quote.content.end,
            start_utf16: None,
            end_utf16: None,
            sentence: self.sentence_at(quote.content.start),
            speaker,
            cue: None,
            opinion: false,
            negated: false,
            hedges: hedges_in(self.text, quote.content),
            quantities: Vec::new(),
            times: Vec::new(),
            checkworthiness: 0.0,
            checkworthy: false,
        }
    }

    /// Reported speech in sentence `i`: "according to", "reported by", `..., X said.`,
    /// `X said that ...`. A sentence ending in a colon introduces a quote and is skipped.
    /// Returns whether it made a claim.
    fn reported_claim(&mut self, i: usize) -> bool {
        let span = self.sentences[i].span;
        if span.slice(self.text).ends_with(':') {
            return false;
        }
        let tokens = tokenize(self.text, span.start, span.end);
        let claim = self
            .according_to(&tokens)
            .or_else(|| self.reported_by(&tokens, i))
            .or_else(|| self.trailing_attribution(&tokens))
            .or_else(|| self.leading_attribution(&tokens));
        let Some((kind, content, found)) = claim else {
            return false;
        };
        let words = content.slice(self.text);
        if word_count(words) < 4 {
            return false;
        }
        let quoted = words.contains(['“', '”', '"', '«', '»', '„']);
        let kind = if quoted && kind == ClaimKind::Indirect {
            ClaimKind::Partial
        } else {
            kind
        };
        let claim = self.claim(kind, content, found);
        self.claims.push(claim);
        true
    }

    fn according_to(&self, tokens: &[Token]) -> Option<(ClaimKind, Span, Found)> {
        let text = self.text;
        let at = tokens.windows(2).position(|w| {
            w[0].text(text).eq_ignore_ascii_case("according") && w[1].text(text) == "to"
        })?;
        // The source runs from "to" to the next punctuation: "according to the city's
        // transport office, ...".
        let s = at + 2;
        let e = s + tokens[s..].iter().take(14).take_while(|t| t.word).count();
        if e == s || tokens.get(e).is_some_and(|t| t.word) {
            return None;
        }
        let cue = self.span_of(tokens, at, at + 2);
        let speaker = Some(self.span_of(tokens, s, e));
        let found = Found {
            speaker,
            cue,
            opinion: false,
        };
        let content = if at == 0 {
            // "According to X, content."
            let comma = tokens[e..].iter().position(|t| t.text(text) == ",")? + e;
            content_span(tokens, text, comma + 1, tokens.len())?
        } else if tokens.get(e).is_some_and(|t| t.text(text) == ",")
            && tokens[e + 1..].iter().filter(|t| t.word).count() >= 3
        {
            // "G4S receives, according to one report, $234 million ...": the source is set
            // off in mid-sentence, so the whole sentence is the claim.
            content_span(tokens, text, 0, tokens.len())?
        } else {
            // "Content, according to X."
            let end = if at > 0 && tokens[at - 1].text(text) == "," {
                at - 1
            } else {
                at
            };
            content_span(tokens, text, 0, end)?
        };
        Some((ClaimKind::AccordingTo, content, found))
    }

    /// "This is reported by X." attributes the sentence before it.
    fn reported_by(&self, tokens: &[Token], sentence: usize) -> Option<(ClaimKind, Span, Found)> {
        let text = self.text;
        let words: Vec<String> = tokens
            .iter()
            .take(4)
            .map(|t| t.text(text).to_lowercase())
            .collect();
        let shape = words.len() == 4
            && words[0] == "this"
            && matches!(words[1].as_str(), "is" | "was" | "has")
            && (words[2] == "reported" || (words[2] == "been" && words[3] == "reported"));
        if !shape || sentence == 0 {
            return None;
        }
        let by = tokens.iter().position(|t| t.text(text) == "by")?;
        let (s, e) = phrase_after(tokens, text, by + 1)?;
        let previous = self.sentences[sentence - 1].span;
        let prev_tokens = tokenize(text, previous.start, previous.end);
        let content = content_span(&prev_tokens, text, 0, prev_tokens.len())?;
        let cue_start = tokens.iter().position(|t| t.text(text) == "reported")?;
        Some((
            ClaimKind::Indirect,
            content,
            Found {
                speaker: Some(self.span_of(tokens, s, e)),
                cue: Span::new(tokens[cue_start].start, tokens[by].end),
                opinion: false,
            },
        ))
    }

    /// "Content, X said on Friday." and "Content, said X.", trying the commas from the
    /// sentence's end.
    fn trailing_attribution(&self, tokens: &[Token]) -> Option<(ClaimKind, Span, Found)> {
        let text = self.text;
        let commas = (0..tokens.len())
            .rev()
            .filter(|&i| tokens[i].text(text) == ",");
        commas.take(4).find_map(|comma| {
            let after = &tokens[comma + 1..];
            let cue = (0..after.len().min(14)).find(|&i| is_clause_cue(after, text, i))?;
            let (speaker, rest_from) = if cue == 0 {
                let (s, e) = phrase_after(after, text, 1)?;
                ((s, e), e)
            } else {
                let (s, e, passive) = phrase_before(after, text, cue)?;
                // The phrase fills the clause after the comma, allowing a modifier or two
                // ("top black lawmakers said").
                if s > 2
                    || is_passive(after, text, cue, passive)
                    || !after[..s].iter().all(|t| t.word)
                {
                    return None;
                }
                ((0, e), cue + 1)
            };
            // What follows the cue is a circumstance ("on Friday", "in an interview"), not
            // more content: "..., believes Trump had no idea" attributes nothing before it.
            if !rest_is_circumstance(&after[rest_from..], text, after[cue].text(text)) {
                return None;
            }
            // "In the long run, many economists say, this effect could ...": an attribution
            // set off by commas in mid-sentence attributes what follows it.
            let rest = &after[rest_from..];
            let medial = rest.first().is_some_and(|t| t.text(text) == ",")
                && rest[1..].iter().filter(|t| t.word).count() >= 4;
            let content = if medial {
                content_span(rest, text, 1, rest.len())?
            } else {
                content_span(tokens, text, 0, comma)?
            };
            Some((
                ClaimKind::Indirect,
                content,
                Found {
                    speaker: Some(self.span_of(after, speaker.0, speaker.1)),
                    cue: self.span_of(after, cue, cue + 1),
                    opinion: cue_kind(after[cue].text(text)) == Some(CueKind::Belief),
                },
            ))
        })
    }

    /// "X said (that) content.", trying each cue of the sentence in turn; and "X was quoted
    /// as saying (that) content.", whose passive cue names the speaker all the same.
    fn leading_attribution(&self, tokens: &[Token]) -> Option<(ClaimKind, Span, Found)> {
        let text = self.text;
        let quoted_as_saying = tokens.windows(3).position(|w| {
            w[0].text(text) == "quoted" && w[1].text(text) == "as" && w[2].text(text) == "saying"
        });
        if let Some(q) = quoted_as_saying {
            let (s, e, _) = phrase_before(tokens, text, q)?;
            let mut from = q + 3;
            if tokens
                .get(from)
                .is_some_and(|t| t.text(text) == "that" || t.text(text) == ",")
            {
                from += 1;
            }
            let content = content_span(tokens, text, from, tokens.len())?;
            return opens_clause(tokens, text, s).then(|| {
                (
                    ClaimKind::Indirect,
                    content,
                    Found {
                        speaker: Some(self.span_of(tokens, s, e)),
                        cue: self.span_of(tokens, q, q + 3),
                        opinion: false,
                    },
                )
            });
        }
        (0..tokens.len())
            .filter(|&i| is_clause_cue(tokens, self.text, i))
            .take(4)
            .find_map(|cue| self.leading_at(tokens, cue))
    }

    fn leading_at(&self, tokens: &[Token], cue: usize) -> Option<(ClaimKind, Span, Found)> {
        let text = self.text;
        let (s, e) = match phrase_before(tokens, text, cue) {
            Some((_, _, passive)) if is_passive(tokens, text, cue, passive) => return None,
            Some((s, e, _)) if opens_clause(tokens, text, s) => (s, e),
            // A modifier or two before the phrase at the sentence's start ("McGinty
            // campaign spokesman Sean Coit said").
            Some((s, e, _)) if s <= 2 && tokens[..s].iter().all(|t| t.word) => (0, e),
            Some(_) => return None,
            // "X, who ..., has denied ..." and "..., saying that ...": the sentence's
            // subject; "an official who asked not to be named said ...": the phrase before
            // the relative clause.
            None => self
                .subject_before_comma(tokens, cue)
                .or_else(|| phrase_before_relative_clause(tokens, text, cue))?,
        };
        let mut from = cue + 1;
        let verb = tokens[cue].text(text).to_lowercase();
        // In a subordinate clause ("after Trump said he would ..., the markets fell") the
        // content ends with the clause, at the next comma.
        let subordinate = s > 0
            && tokens[s - 1].word
            && !matches!(
                tokens[s - 1].text(text).to_lowercase().as_str(),
                "but" | "and" | "yet" | "so"
            );
        let end = if subordinate {
            tokens[from..]
                .iter()
                .position(|t| t.text(text) == ",")
                .map_or(tokens.len(), |i| from + i)
        } else {
            tokens.len()
        };
        let tokens = &tokens[..end];
        // "told reporters that ...", "said on Friday that ...", "says at a rally in Toledo,
        // Ohio, that ...": skip the listener or the circumstance up to "that".
        let that = tokens[from..]
            .iter()
            .take(14)
            .take_while(|t| t.word || t.text(text) == ",")
            .position(|t| t.text(text) == "that");
        if let Some(that) = that {
            let listener = is_in(WordClass::ListenerVerb, &verb);
            if listener || that == 0 || opens_circumstance(tokens[from].text(text)) {
                from += that;
            }
        } else if is_in(WordClass::ListenerVerb, &verb) {
            // "told The Huffington Post on Thursday": with no "that", what follows the
            // listener and its circumstances must still say something.
            let (_, listener_end) = phrase_after(tokens, text, from).unwrap_or((from, from));
            from = listener_end;
            if tokens
                .get(from)
                .is_some_and(|t| opens_circumstance(t.text(text)))
            {
                return None;
            }
        } else if tokens
            .get(from)
            .is_some_and(|t| is_in(WordClass::Weekday, t.text(text)))
        {
            // "said Friday the deal was close"
            from += 1;
        }
        if tokens
            .get(from)
            .is_some_and(|t| t.text(text) == "that" || t.text(text) == ":" || t.text(text) == ",")
        {
            from += 1;
        }
        let content = content_span(tokens, text, from, tokens.len())?;
        Some((
            ClaimKind::Indirect,
            content,
            Found {
                speaker: Some(self.span_of(tokens, s, e)),
                cue: self.span_of(tokens, cue, cue + 1),
                opinion: cue_kind(&verb) == Some(CueKind::Belief),
            },
        ))
    }

    /// For a cue preceded (past auxiliaries) by a comma: the sentence's subject, as in
    /// "X, who advised Y, believes ..." and "..., telling reporters:".
    fn subject_before_comma(&self, tokens: &[Token], cue: usize) -> Option<(usize, usize)> {
        let text = self.text;
        let mut before = cue;
        while before > 0 && tokens[before - 1].word && is_auxiliary(tokens[before - 1].text(text)) {
            before -= 1;
        }
        // After a comma ("X, who ..., said"), or joining a second predicate to the
        // sentence's subject ("Graham called both ... crazy and said ...").
        let joins = before > 0 && matches!(tokens[before - 1].text(text), "," | "and" | "but");
        if !joins {
            return None;
        }
        sentence_subject(&tokens[..before], text)
    }

    fn claim(&mut self, kind: ClaimKind, content: Span, found: Found) -> Claim {
        let cue_word = found.cue.slice(self.text).to_lowercase();
        let speaker = found.speaker.map(|span| {
            let (speaker, person) = self.speaker(span, &cue_word);
            if person && self.people.last() != Some(&speaker.canonical) {
                self.people.push(speaker.canonical.clone());
            }
            speaker
        });
        Claim {
            kind,
            text: content.slice(self.text).to_owned(),
            start: content.start,
            end: content.end,
            start_utf16: None,
            end_utf16: None,
            sentence: self.sentence_at(content.start),
            speaker,
            cue: Some(Cue {
                text: found.cue.slice(self.text).to_owned(),
                start: found.cue.start,
                end: found.cue.end,
                start_utf16: None,
                end_utf16: None,
            }),
            opinion: found.opinion,
            negated: self.is_negated(found.cue),
            hedges: {
                // The content's hedges, and those right before the cue ("reportedly said").
                let lead = Span::new(
                    self.sentences[self.sentence_at(found.cue.start)]
                        .span
                        .start
                        .max(found.cue.start.saturating_sub(40)),
                    found.cue.start,
                );
                let lead = Span::new(floor_char_boundary(self.text, lead.start), lead.end);
                let mut hedges = hedges_in(self.text, lead);
                for h in hedges_in(self.text, content) {
                    if !hedges.contains(&h) {
                        hedges.push(h);
                    }
                }
                hedges
            },
            quantities: Vec::new(),
            times: Vec::new(),
            checkworthiness: 0.0,
            checkworthy: false,
        }
    }

    /// Whether the attribution at `cue` is negated ("did not say", "never claimed") or a
    /// denial ("denied").
    fn is_negated(&self, cue: Span) -> bool {
        let text = self.text;
        let cue_word = cue.slice(text);
        if is_in(WordClass::Denial, cue_word) {
            return true;
        }
        let sentence = self.sentences[self.sentence_at(cue.start)].span;
        let from = sentence
            .start
            .max(cue.start.saturating_sub(80))
            .min(cue.start);
        let before = tokenize(text, ceil_char_boundary(text, from), cue.start);
        before
            .iter()
            .rev()
            .take_while(|t| t.word && (is_auxiliary(t.text(text)) || is_negation(t.text(text))))
            .any(|t| is_negation(t.text(text)))
    }

    /// The role set off by commas right after a name: "Oleksandr Merezhko, chairman of the
    /// Verkhovna Rada’s Committee on Foreign Policy," or "Murphy, the head of Right to Rise".
    fn appositive_after(&self, name: Span) -> Option<String> {
        let text = self.text;
        let sentence_end = self.sentences[self.sentence_at(name.end.saturating_sub(1))]
            .span
            .end;
        let limit = floor_char_boundary(text, sentence_end.min(name.end + 200).max(name.end));
        let tokens = tokenize(text, name.end, limit);
        let opens = tokens.first().is_some_and(|t| t.text(text) == ",")
            && tokens.get(1).is_some_and(|t| {
                let word = t.text(text);
                t.word
                    && !is_capitalised(word)
                    && (is_title(word) || matches!(word, "a" | "an" | "the"))
            });
        if !opens {
            return None;
        }
        let end = 1 + tokens[1..]
            .iter()
            .take(16)
            .take_while(|t| t.word || !matches!(t.text(text), "," | "." | ";" | ":" | "—"))
            .count();
        (end > 1).then(|| text[tokens[1].start..tokens[end - 1].end].to_owned())
    }

    /// Reads a speaker phrase: its person name, role, and whether it is anonymous; with
    /// whether it names (or stands for) a person.
    fn speaker(&self, span: Span, cue_word: &str) -> (Speaker, bool) {
        let text = self.text;
        let name = span.slice(text);
        let tokens = tokenize(text, span.start, span.end);
        let lower = name.to_lowercase();
        let make =
            |canonical: String, anonymous: bool, role: Option<String>, confidence: f64| Speaker {
                name: name.to_owned(),
                canonical,
                anonymous,
                confidence,
                start: span.start,
                end: span.end,
                start_utf16: None,
                end_utf16: None,
                role,
            };
        if PRONOUNS.contains(lower.as_str()) {
            // "He replied" answers someone: the person quoted before the last one.
            let answers = matches!(
                cue_word,
                "replied" | "replies" | "responded" | "responds" | "answered" | "answers"
            );
            let last_speaker = self
                .claims
                .last()
                .and_then(|c| c.speaker.as_ref())
                .map(|s| s.canonical.as_str());
            // How sure: the last person quoted is the usual referent; the other party of an
            // exchange less so; a name merely mentioned before, less still.
            let quoted = self
                .people
                .iter()
                .rev()
                .find(|p| !answers || Some(p.as_str()) != last_speaker)
                .map(|p| {
                    (
                        p.clone(),
                        if answers {
                            PRONOUN_ANSWER
                        } else {
                            PRONOUN_LAST_QUOTED
                        },
                    )
                });
            let resolved = quoted.or_else(|| {
                let except = if answers { last_speaker } else { None };
                self.names
                    .last_before(span.start, except)
                    .map(|n| (n.to_owned(), PRONOUN_MENTIONED))
            });
            return match resolved {
                Some((person, confidence)) => (make(person, false, None, confidence), true),
                None => (make(name.to_owned(), false, None, 0.0), false),
            };
        }
        // The head part: words before the first connector ("Thomas Graham" of "... of the
        // Council on Foreign Relations") or before a describing tail after a name or an
        // anonymous head ("a source" familiar with the talks).
        let head_end = (0..tokens.len())
            .find(|&i| {
                let word = tokens[i].text(text);
                let after_head = i > 0 && {
                    let prev = tokens[i - 1].text(text);
                    (is_capitalised(prev) && !is_determiner(prev))
                        || ANONYMOUS_HEADS.contains(prev.to_lowercase().as_str())
                };
                is_connector(word) || (after_head && !is_capitalised(word) && !is_phrase_word(word))
            })
            .unwrap_or(tokens.len());
        let head = &tokens[..head_end];
        let mut run = head.len();
        while run > 0 {
            let word = head[run - 1].text(text);
            let lw = word.to_lowercase();
            let person_word = is_capitalised(word)
                && !is_title(word)
                && !ORGANISATION_WORDS.contains(lw.as_str())
                && !is_determiner(word)
                && strip_possessive(word).len() == word.len();
            if !person_word {
                break;
            }
            run -= 1;
        }
        let role_of = |from: usize, to: usize| {
            (from < to).then(|| text[tokens[from].start..tokens[to - 1].end].to_owned())
        };
        if run < head.len() {
            let person = text[head[run].start..head[head.len() - 1].end].to_owned();
            let mut role = role_of(0, run);
            if head_end < tokens.len() {
                // "of the Council on Foreign Relations" → "the Council on Foreign Relations"
                let from = head_end + usize::from(is_connector(tokens[head_end].text(text)));
                let tail = text[tokens[from.min(tokens.len() - 1)].start..span.end].to_owned();
                role = Some(match role {
                    Some(r) => format!("{r} {tail}"),
                    None => tail,
                });
            }
            let role = role.or_else(|| self.appositive_after(span));
            return (make(self.names.full(&person), false, role, 1.0), true);
        }
        let head_word = head
            .last()
            .map(|t| t.text(text).to_lowercase())
            .unwrap_or_default();
        let anonymous = ANONYMOUS_HEADS.contains(head_word.as_str());
        // No one named: the phrase itself, without its article, names the speaker, unless
        // the text bound it to a person before ("the former US president").
        let description = tokens
            .first()
            .filter(|t| matches!(t.text(text).to_lowercase().as_str(), "the" | "a" | "an"))
            .map_or(name, |t| text[t.end..span.end].trim_start());
        match self
            .names
            .person_for_role(&description.to_lowercase(), span.start)
        {
            Some(person) => (
                make(
                    person.to_owned(),
                    false,
                    Some(description.to_owned()),
                    BOUND_DESCRIPTION,
                ),
                true,
            ),
            None => (make(description.to_owned(), anonymous, None, 1.0), false),
        }
    }
}

/// The span of tokens `[from, to)`, without leading and trailing punctuation other than
/// quotation marks and brackets that belong to the words.
fn content_span(tokens: &[Token], text: &str, mut from: usize, mut to: usize) -> Option<Span> {
    let droppable =
        |t: &Token| !t.word && matches!(t.text(text), "," | "." | ":" | ";" | "—" | "–" | "-");
    while from < to && droppable(&tokens[from]) {
        from += 1;
    }
    while to > from && droppable(&tokens[to - 1]) {
        to -= 1;
    }
    (from < to).then(|| Span::new(tokens[from].start, tokens[to - 1].end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sentences;

    fn claims(text: &str) -> Vec<Claim> {
        let paragraphs: Vec<Span> = {
            let mut spans = Vec::new();
            let mut start = 0;
            for part in text.split("\n\n") {
                spans.push(Span::new(start, start + part.len()));
                start += part.len() + 2;
            }
            spans
        };
        let sentences = sentences::split(text, &paragraphs);
        extract(text, &paragraphs, &sentences).0
    }

    fn who(claim: &Claim) -> &str {
        claim.speaker.as_ref().map_or("", |s| s.canonical.as_str())
    }

    #[test]
    fn quote_then_said_speaker() {
        let c = claims("“We will rebuild the bridge by spring,” Mayor Ana Ruiz said on Monday.");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].kind, ClaimKind::Direct);
        assert_eq!(c[0].text, "We will rebuild the bridge by spring");
        assert_eq!(who(&c[0]), "Ana Ruiz");
        assert_eq!(
            c[0].speaker.as_ref().and_then(|s| s.role.as_deref()),
            Some("Mayor")
        );
        assert_eq!(c[0].cue.as_ref().map(|c| c.text.as_str()), Some("said"));
    }

    #[test]
    fn said_then_speaker_and_surname_merge() {
        let c = claims(
            "Port director Jo Lind spoke first.\n\n“Cargo is up a third this year,” said Lind.",
        );
        assert_eq!(who(&c[0]), "Jo Lind");
    }

    #[test]
    fn colon_quote_and_pronoun() {
        let c = claims("Chief engineer Sam Okafor was asked about the delay.\n\nHe replied: “The steel arrived late, and we will not cut corners.”");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].speaker.as_ref().map(|s| s.name.as_str()), Some("He"));
        assert_eq!(who(&c[0]), "Sam Okafor");
    }

    #[test]
    fn colon_at_end_of_previous_paragraph() {
        let c = claims("In Lyon, Minister Paul Arnaud rejected the plan, telling reporters:\n\n“This would be a mistake for the whole region.”");
        assert_eq!(c.len(), 1);
        assert_eq!(who(&c[0]), "Paul Arnaud");
    }

    #[test]
    fn multi_paragraph_quote_inherits_speaker() {
        let c = claims("Nurse Maria Silva said: “We have worked every weekend since March.\n\n“Nobody has asked us what we need on the wards.”");
        assert_eq!(c.len(), 2);
        assert_eq!(who(&c[1]), "Maria Silva");
        assert!(c[1].cue.is_none());
    }

    #[test]
    fn partial_quote() {
        let c = claims(
            "The minister said the reform was “the largest in a generation” and would pass.",
        );
        assert_eq!(c[0].kind, ClaimKind::Partial);
        assert_eq!(
            c[0].text,
            "the reform was “the largest in a generation” and would pass"
        );
    }

    #[test]
    fn according_to_both_ways() {
        let c =
            claims("According to the city's transport office, ridership fell by half in April.");
        assert_eq!(c[0].kind, ClaimKind::AccordingTo);
        assert_eq!(c[0].text, "ridership fell by half in April");
        let c = claims("Ridership fell by half in April, according to two officials.");
        assert_eq!(c[0].text, "Ridership fell by half in April");
        assert!(c[0].speaker.as_ref().is_some_and(|s| s.anonymous));
    }

    #[test]
    fn reported_speech_trailing_and_leading() {
        let c = claims("The talks will resume next week, a senior diplomat said on Friday.");
        assert_eq!(c[0].kind, ClaimKind::Indirect);
        assert_eq!(c[0].text, "The talks will resume next week");
        assert!(c[0].speaker.as_ref().is_some_and(|s| s.anonymous));
        let c = claims("Governor Lee Park believes that the budget will balance by 2027.");
        assert_eq!(c[0].text, "the budget will balance by 2027");
        assert!(c[0].opinion);
        assert_eq!(who(&c[0]), "Lee Park");
    }

    #[test]
    fn negation_and_hedges_are_marked() {
        let c = claims("The mayor did not say that the bridge would reopen in May.");
        assert!(c[0].negated);
        let c = claims("Minister Ana Lind reportedly said the talks may collapse by Friday.");
        assert!(!c[0].negated);
        assert_eq!(c[0].hedges, ["reportedly", "may"]);
        let c = claims("The company denied that it had misled investors about its debts.");
        assert!(c[0].negated);
        let c = claims("Senator Ray Ito didn’t say whether the vote would pass this week.");
        assert!(c[0].negated, "{c:?}");
    }

    #[test]
    fn quoted_as_saying_and_citing() {
        let c = claims("The minister was quoted as saying that the border would stay closed.");
        assert_eq!(c[0].text, "the border would stay closed");
        assert_eq!(
            c[0].cue.as_ref().map(|c| c.text.as_str()),
            Some("quoted as saying")
        );
        assert_eq!(
            c[0].speaker.as_ref().map(|s| s.name.as_str()),
            Some("The minister")
        );
        let c = claims("Exports fell by a fifth in March, citing customs data.");
        assert!(c.is_empty(), "citing data names no speaker: {c:?}");
        let c =
            claims("Exports fell by a fifth in March, the agency reported, citing customs data.");
        assert_eq!(c[0].text, "Exports fell by a fifth in March");
    }

    #[test]
    fn british_single_quotes() {
        let c = claims(
            "‘We will not sell the club,’ chairman Tom Reed said. The fans’ anger was clear.",
        );
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].text, "We will not sell the club");
        let c =
            claims("'The river is rising fast,' engineer Jo Park said. The players' union agreed.");
        assert_eq!(c[0].text, "The river is rising fast");
        // Inside double quotes, single quotes are a quote within the quote.
        let c = claims("“He told me ‘never again’ last year,” said Ann Lee.");
        assert_eq!(c[0].text, "He told me ‘never again’ last year");
    }

    #[test]
    fn appositive_role() {
        let c =
            claims("“It will pass,” says Ola Berg, chairman of the Budget Committee, on Monday.");
        let speaker = c[0].speaker.as_ref().expect("a speaker");
        assert_eq!(speaker.canonical, "Ola Berg");
        assert_eq!(
            speaker.role.as_deref(),
            Some("chairman of the Budget Committee")
        );
        let c = claims("“It will pass,” Ola Berg, the committee's chair, told reporters.");
        let speaker = c[0].speaker.as_ref().expect("a speaker");
        assert_eq!(speaker.role.as_deref(), Some("the committee's chair"));
    }

    #[test]
    fn passive_is_not_a_speaker() {
        assert!(claims("The meeting is expected to last two days.").is_empty());
    }

    #[test]
    fn short_scare_quotes_are_not_claims() {
        assert!(claims("The so-called “peace plan” was shelved.").is_empty());
    }

    #[test]
    fn unbalanced_quote_warns_and_never_panics() {
        let text = "He said: “this never closes";
        let paragraphs = [Span::new(0, text.len())];
        let sentences = sentences::split(text, &paragraphs);
        let (c, w) = extract(text, &paragraphs, &sentences);
        assert_eq!(w[0].code, "unbalanced_quote");
        assert_eq!(c[0].text, "this never closes");
        // Nested straight quotes leave a mark that opens before its sentence starts.
        let text = "He wrote, \"Reports say he shouted \"Stop!\" as he ran.\" It was late.";
        let paragraphs = [Span::new(0, text.len())];
        let sentences = sentences::split(text, &paragraphs);
        let _ = extract(text, &paragraphs, &sentences);
        let marks = "“”\"«»„ ".repeat(2000);
        let paragraphs = [Span::new(0, marks.len())];
        let sentences = sentences::split(&marks, &paragraphs);
        let _ = extract(&marks, &paragraphs, &sentences);
    }
}
