//! The words of a sentence as the claim finder reads them: tokens, and the tests on words and
//! phrases (titles, capitals, cues, passives, negations, hedges) and the noun phrases that
//! can name a speaker before or after a cue.

use crate::entities::{
    is_capitalised, is_contraction, is_title, strip_possessive, tokenize, Token,
};
use crate::lexicon::{
    calendar_kind, is_in, CueKind, WordClass, ANONYMOUS_HEADS, CUE_VERBS, HEDGES,
    ORGANISATION_WORDS, PRONOUNS, STOPWORDS,
};
use crate::report::Span;

/// An auxiliary or adverb that may stand between a speaker and the cue: "has repeatedly
/// claimed", "now says", "didn’t say".
pub(super) fn is_auxiliary(word: &str) -> bool {
    is_in(WordClass::Auxiliary, word)
        || is_negation(word)
        || (word.ends_with("ly") && word.len() > 4 && !is_capitalised(word))
}

/// "not", "never", and contractions in n't ("didn’t").
pub(super) fn is_negation(word: &str) -> bool {
    is_in(WordClass::Negation, word) || word.ends_with("n't") || word.ends_with("n’t")
}

/// The hedging words in `span`, lowercase, in order, each once. A capitalised word after
/// the first is a name, not a hedge: the month in "reopen in May".
pub(super) fn hedges_in(text: &str, span: Span) -> Vec<String> {
    let mut hedges: Vec<String> = Vec::new();
    for (i, token) in tokenize(text, span.start, span.end).into_iter().enumerate() {
        let word = token.text(text);
        let lower = word.to_lowercase();
        let name = i > 0 && is_capitalised(word);
        if token.word && !name && HEDGES.contains(lower.as_str()) && !hedges.contains(&lower) {
            hedges.push(lower);
        }
    }
    hedges
}

pub(super) fn is_connector(word: &str) -> bool {
    is_in(WordClass::Connector, word)
}

pub(super) fn is_determiner(word: &str) -> bool {
    is_in(WordClass::Determiner, word)
}

pub(super) fn opens_circumstance(word: &str) -> bool {
    is_in(WordClass::Circumstance, word)
        || is_in(WordClass::Weekday, word)
        || (word.ends_with("ly") && word.len() > 4 && !is_capitalised(word))
}

/// A word that may stand before a speaker phrase as its modifier ("McGinty campaign
/// spokesman Sean Coit", "Even Microsoft CEO Satya Nadella", "Their company
/// representative"): not an auxiliary ("This is the current"), a pronoun run into a verb
/// ("I’d"), or a word that opens a clause or a phrase of its own ("though he", "In this
/// blog"; "of" joins: "executives of both companies").
pub(super) fn is_modifier(token: &Token, text: &str) -> bool {
    let word = token.text(text);
    token.word
        && !is_auxiliary(word)
        && !is_contraction(word)
        && !is_in(WordClass::ClauseOpener, word)
        && (word == "of" || !is_in(WordClass::Preposition, word))
        && !matches!(
            word.to_lowercase().as_str(),
            "which" | "that" | "who" | "though" | "although" | "just"
        )
}

/// A word that can be part of a speaker phrase.
pub(super) fn is_phrase_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    let bare = strip_possessive(&lower);
    (is_capitalised(word) && !STOPWORDS.contains(lower.as_str()) && !is_contraction(word))
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
        && !is_contraction(word)
        && !is_in(WordClass::Weekday, word))
        || is_title(word)
        || ANONYMOUS_HEADS.contains(lower.as_str())
        || ORGANISATION_WORDS.contains(lower.as_str())
        || PRONOUNS.contains(lower.as_str())
}

/// The kind of a reporting verb. A capitalised word is a name, not a verb: "States" in
/// "United States", "Says" in a headline.
pub(super) fn cue_kind(word: &str) -> Option<CueKind> {
    if is_capitalised(word) {
        return None;
    }
    CUE_VERBS.get(word).copied()
}

/// Whether token `i` is a cue verb that can head its own clause: a finite form, or an
/// "-ing" form that is progressive ("is saying") or opens a participle clause after a comma
/// ("..., saying that"). Not the verb of a relative clause ("who asked not to be named").
pub(super) fn is_clause_cue(tokens: &[Token], text: &str, i: usize) -> bool {
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
pub(super) fn is_passive(
    tokens: &[Token],
    text: &str,
    cue: usize,
    passive_auxiliary: bool,
) -> bool {
    passive_auxiliary && !tokens[cue].text(text).ends_with("ing")
}

/// Whether a passive auxiliary stands right before the cue at `cue` ("was told").
pub(super) fn is_passive_before(tokens: &[Token], text: &str, cue: usize) -> bool {
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
pub(super) fn rest_is_circumstance(rest: &[Token], text: &str, cue_word: &str) -> bool {
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

/// After a speaker named after its cue, where an affiliation that follows the name ends
/// ("said Ana Ruiz with the Red Cross"); `0` when none follows.
pub(super) fn affiliation_len(rest: &[Token], text: &str) -> usize {
    if rest.first().is_none_or(|t| t.text(text) != "with") {
        return 0;
    }
    let determiner = usize::from(rest.get(1).is_some_and(|t| is_determiner(t.text(text))));
    let named = rest[1 + determiner..]
        .iter()
        .take_while(|t| t.word && is_capitalised(t.text(text)))
        .count();
    if named == 0 {
        0
    } else {
        1 + determiner + named
    }
}

/// The phrase ending right before token `cue`, skipping auxiliaries and a parenthesis
/// ("Mike Pence (R-IN) said"). Returns the token range of the phrase and whether the words
/// skipped include a passive auxiliary.
pub(super) fn phrase_before(
    tokens: &[Token],
    text: &str,
    cue: usize,
) -> Option<(usize, usize, bool)> {
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
    // `“…,” one said`: an indefinite source opening its clause, right before its cue ("no
    // one said" is no source, and "One would hope" is anyone, the impersonal "one").
    if is_indefinite_source(&last.to_lowercase()) {
        let opens_clause = end == 1 || !tokens[end - 2].word;
        return (opens_clause && end == cue).then_some((end - 1, end, passive));
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

/// "another" of "said another", "one" of "one said": a source no one names, standing alone.
pub(super) fn is_indefinite_source(word: &str) -> bool {
    matches!(word, "another" | "one")
}

/// The phrase starting at token `from` ("said a high-ranking official aware of the call"):
/// up to ten words, to the first punctuation or clause word.
pub(super) fn phrase_after(tokens: &[Token], text: &str, from: usize) -> Option<(usize, usize)> {
    let first = tokens.get(from)?;
    let modifiers_end = role_modifiers_end(tokens, text, from);
    if !first.word
        || !(is_phrase_word(first.text(text))
            || PRONOUNS.contains(first.text(text))
            || modifiers_end.is_some())
    {
        return None;
    }
    let mut end = modifiers_end.unwrap_or(from);
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
    // An indefinite pronoun is a phrase of its own: "said another".
    let indefinite = end == from + 1 && is_indefinite_source(tokens[from].text(text));
    while end > from
        && !indefinite
        && (is_connector(tokens[end - 1].text(text)) || is_determiner(tokens[end - 1].text(text)))
    {
        end -= 1;
    }
    // "says Co-Founder, Stephanie Özcan": a bare title set off before the name it belongs to.
    let titles_only = end > from && tokens[from..end].iter().all(|t| is_title(t.text(text)));
    if titles_only && tokens.get(end).is_some_and(|t| t.text(text) == ",") {
        let names = tokens[end + 1..]
            .iter()
            .take_while(|t| t.word && is_capitalised(t.text(text)) && !is_title(t.text(text)))
            .count();
        if names > 0 {
            end += 1 + names;
        }
    }
    (end > from).then_some((from, end))
}

/// Where lowercase words describing a role end: before a title and a name ("said transport
/// director Tomas Berg", "said oil and gas worker and volunteer media coordinator Ana Ruiz"),
/// or, after a determiner, at a title that ends the clause ("said the rookie defenceman.").
/// The run describes a person when a title closes it, or when it is short and a name
/// follows.
fn role_modifiers_end(tokens: &[Token], text: &str, from: usize) -> Option<usize> {
    /// Longer runs are clauses, not modifiers.
    const MAX_MODIFIERS: usize = 8;
    let determined = tokens
        .get(from)
        .is_some_and(|t| matches!(t.text(text), "the" | "a" | "an"));
    let mut end = from + usize::from(determined);
    while end < tokens.len() && end - from < MAX_MODIFIERS {
        let token = &tokens[end];
        let word = token.text(text);
        if !token.word || is_capitalised(word) {
            break;
        }
        let joins = word == "and";
        if !joins && (STOPWORDS.contains(word) || cue_kind(word).is_some()) {
            return None;
        }
        end += 1;
    }
    let titled = end > from && is_title(tokens[end - 1].text(text));
    let named = tokens
        .get(end)
        .is_some_and(|t| t.word && is_capitalised(t.text(text)));
    let clause_ends = tokens
        .get(end)
        .is_none_or(|t| !t.word || opens_circumstance(t.text(text)));
    // Without a known title, a short run of nouns still describes the name it stands
    // before ("said harbour master Ines Kovac"), but not a time or manner ("said last week
    // Kovac", "said quietly Kovac").
    let described = named
        && !determined
        && end - from <= MAX_UNTITLED_ROLE_WORDS
        && tokens[from..end].iter().all(|t| {
            let word = t.text(text);
            !word.ends_with("ly") && !opens_circumstance(word) && calendar_kind(word).is_none()
        });
    ((titled && (named || (determined && clause_ends))) || described).then_some(end)
}

/// The most lowercase words before a name that describe the person without a known title:
/// "harbour master".
const MAX_UNTITLED_ROLE_WORDS: usize = 2;

/// For a cue whose subject carries a relative clause ("an official who asked not to be named
/// said"): the phrase before the last "who" ahead of the cue, when it opens the sentence.
pub(super) fn phrase_before_relative_clause(
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
pub(super) fn opens_clause(tokens: &[Token], text: &str, s: usize) -> bool {
    s == 0 || !tokens[s - 1].word || is_in(WordClass::ClauseOpener, tokens[s - 1].text(text))
}

/// The sentence's subject: the first phrase of the sentence, after an introductory phrase
/// that ends with a comma ("In Budapest, Volodymyr Zelensky ...").
pub(super) fn sentence_subject(tokens: &[Token], text: &str) -> Option<(usize, usize)> {
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
