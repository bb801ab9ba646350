//! Which capitalised names are people's: one pass over the whole text before any mention is
//! made, so that evidence met anywhere counts everywhere ("Noam Chomsky is a professor" at
//! the top, "Professor Chomsky" further down: both name a person).
//!
//! In: the text and its sentences. Out: [`People`], the full names and the surnames the text
//! treats as a person's. A name is a person's when, at one of its occurrences, a title or
//! role stands before it ("Mayor", "founder , Jack Herrick"), a reporting verb beside it, a
//! description after it (", a spokeswoman", "is a professor"), a reflexive after it
//! ("himself"), or when its first word is a known given name (`lexicon/given_names.txt`);
//! a given name alone ("Isabel and I") is a person's too.
//! A place or an event has none of these.

use crate::lexicon::{
    is_in, GenderHint, TextMap, WordClass, COMPANY_SUFFIXES, CUE_VERBS, GIVEN_NAMES, NUMBER_WORDS,
    ORGANISATION_NOUNS, ORGANISATION_WORDS, PLACE_ACRONYMS, PRONOUN_FORMS, STOPWORDS, THING_WORDS,
    TITLE_MODIFIERS,
};
use crate::report::Sentence;

use super::words::{
    is_capitalised, is_contraction, is_name_suffix, is_title, lowercase, strip_possessive,
    tokenize, Token,
};

/// The most words a person's name has, initials and particles included.
const MAX_NAME_WORDS: usize = 5;

/// The most words an organisation's name has: "University of Texas Arlington Muslim Student
/// Association".
const MAX_ORGANISATION_WORDS: usize = 8;

/// Lowercase words that may stand between the words of a name: "Ludwig van Beethoven".
const PARTICLES: [&str; 10] = [
    "van", "von", "de", "da", "del", "der", "la", "le", "bin", "al",
];

/// Lowercase nouns that, right before a name, say what kind of organisation it is: "South
/// African company Green Machine". Not "paper" or "team", which stand before people's
/// names too ("a paper Bos wrote", "team captain").
const KIND_OF_ORGANISATION: [&str; 8] = [
    "company",
    "firm",
    "startup",
    "agency",
    "charity",
    "airline",
    "retailer",
    "broadcaster",
];

/// How many words after "is a" a description may reach to show its title ("is a professor
/// emeritus", "was the first female mayor").
const PREDICATE_REACH: usize = 4;

/// The names a text treats as people's.
#[derive(Default)]
pub(super) struct People {
    /// Full names (two words or more) with evidence somewhere, and whether any of it is
    /// more than a reporting verb beside the name: a firm "said" as well as a person does,
    /// so "the company" after one may show it is a firm.
    full: TextMap<bool>,
    /// One-word names after a capitalised title ("Professor Chomsky"): any full name that
    /// ends in one is a person's.
    surnames: TextMap<()>,
    /// Acronyms the text uses as a body's name somewhere ("the FBI", "NATO said").
    bodies: TextMap<()>,
    /// Names described as an organisation's somewhere ("Treasure Data, a software firm"),
    /// and whether one such description stood after the name inside a sentence, not at its
    /// start, where "Instead, the company" describes nothing.
    organisations: TextMap<bool>,
    /// Names met after a word inside a sentence, not only at its start, where any word is
    /// capitalised.
    inside: TextMap<()>,
    /// Names met after "in" ("in the Netherlands", "in Kyiv"): places, or times.
    located: TextMap<()>,
}

impl People {
    /// Reads every name in `text` once, outside quotations and in.
    pub(super) fn scan(text: &str, sentences: &[Sentence]) -> People {
        let mut people = People::default();
        for sentence in sentences {
            let tokens = tokenize(text, sentence.span.start, sentence.span.end);
            let mut i = 0;
            while i < tokens.len() {
                let Some(end) = name_run(&tokens, text, i) else {
                    i += 1;
                    continue;
                };
                people.read(&tokens, text, i, end);
                // After a word, not after a heading's or a quotation's punctuation, where
                // a capital only opens a sentence the splitter did not see.
                if i > 0 && tokens[i - 1].word {
                    let name = name_words(&tokens, text, i, end).join(" ");
                    people.inside.insert(&name, ());
                    let last = tokens[end - 1].text(text);
                    let possessive = strip_possessive(last).len() != last.len();
                    if follows_in(&tokens, text, i) && !possessive {
                        people.located.insert(&name, ());
                    }
                }
                i = end;
            }
        }
        people
    }

    fn read(&mut self, tokens: &[Token], text: &str, first: usize, end: usize) {
        let words = name_words(tokens, text, first, end);
        if words.len() == 1 && is_acronym(words[0]) && acronym_names_body(tokens, text, first, end)
        {
            self.bodies.insert(words[0], ());
        }
        let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
        let before = first.checked_sub(1).map_or("", word);
        // "Treasure Data, a software firm", "the company Green Machine".
        let described_as_organisation = word(end) == ","
            && matches!(word(end + 1), "a" | "an" | "the")
            && describes_organisation(tokens, text, end + 1);
        let organisation_noun_before = KIND_OF_ORGANISATION.contains(&before);
        if described_as_organisation || organisation_noun_before {
            let inside = first > 0;
            *self
                .organisations
                .get_or_insert_with(&words.join(" "), || inside) |= inside;
            return;
        }
        if !has_person_shape(&words) {
            return;
        }
        let titled = first
            .checked_sub(1)
            .map(|k| tokens[k].text(text))
            .is_some_and(|w| is_person_title(w) && is_capitalised(w));
        if words.len() >= 2 {
            // Evidence vouches for this name only: "Oscar Health" must not make "Bright
            // Health" a person.
            let name = words.join(" ");
            let evidence = person_evidence(tokens, text, first, end);
            if given_name_hint(words[0]).is_some() || evidence == Evidence::Strong {
                self.full.insert(&name, true);
            } else if evidence == Evidence::ReportingVerb {
                self.full.get_or_insert_with(&name, || false);
            }
        } else if titled {
            self.surnames.insert(words[0], ());
        }
    }

    /// Whether the acronym `word` names a body: its use somewhere shows it does.
    pub(super) fn is_body(&self, word: &str) -> bool {
        self.bodies.contains_key(word)
    }

    /// Whether the text capitalises the name `name` somewhere inside a sentence: a proper
    /// name, not a word capitalised because it opens one ("According", "Members").
    pub(super) fn is_proper_name(&self, name: &str) -> bool {
        self.inside.contains_key(name)
    }

    /// Whether the text puts something in the place `name` somewhere ("in the
    /// Netherlands").
    pub(super) fn is_place(&self, name: &str) -> bool {
        self.located.contains_key(name)
    }

    /// Whether the text describes the name `words` as an organisation's somewhere.
    pub(super) fn is_organisation(&self, words: &[&str]) -> bool {
        let name = words.join(" ");
        match self.organisations.get(&name) {
            Some(&inside) => inside || self.is_proper_name(&name),
            None => false,
        }
    }

    /// Whether the only evidence that the full name `name` is a person's is a reporting
    /// verb beside it.
    pub(super) fn is_speaker_only(&self, name: &str) -> bool {
        self.full.get(name) == Some(&false)
    }

    /// Whether the name `words` is a person's: itself or its surname had evidence.
    pub(super) fn is_person(&self, words: &[&str]) -> bool {
        has_person_shape(words)
            && !self.is_organisation(words)
            && !self.is_place(&words.join(" "))
            && (self.full.contains_key(&words.join(" "))
                || self.surnames.contains_key(surname(words)))
    }
}

/// Whether "in" or "in the" stands before token `first`.
fn follows_in(tokens: &[Token], text: &str, first: usize) -> bool {
    let word = |k: usize| tokens[k].text(text);
    let before = first - 1;
    word(before).eq_ignore_ascii_case("in")
        || before > 0 && word(before) == "the" && word(before - 1).eq_ignore_ascii_case("in")
}

/// Whether the acronym at tokens `first..end` names a body, as its use shows: "the FBI",
/// "NATO said", "(ICC)". Capitals used only as a word ("HDL cholesterol", "CPG brands")
/// name things, not speakers.
fn acronym_names_body(tokens: &[Token], text: &str, first: usize, end: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    let before = first.checked_sub(1).map_or("", word);
    before.eq_ignore_ascii_case("the")
        || CUE_VERBS.contains_key(word(end))
        || before == "(" && word(end) == ")"
}

/// Whether `words` can be a person's name at all: no organisation word, no digit ("Max
/// G2"), not ending in an acronym ("Gemini CLI") or in a word that ends the names of places
/// and things ("Airport", "Award").
fn has_person_shape(words: &[&str]) -> bool {
    let last = surname(words);
    let ends_in_acronym =
        words.len() >= 2 && last.len() >= 2 && last.chars().all(|c| c.is_uppercase() || c == '.');
    let thing_word = |w: &&str| is_organisation_word(w) || w.contains(|c: char| c.is_ascii_digit());
    !(words.iter().any(thing_word)
        || names_organisation(words)
        || ends_in_acronym
        || THING_WORDS.contains(last.to_lowercase().as_str()))
}

/// The words of the name at tokens `first..end`, without possessive endings.
pub(super) fn name_words<'t>(
    tokens: &[Token],
    text: &'t str,
    first: usize,
    end: usize,
) -> Vec<&'t str> {
    tokens[first..end]
        .iter()
        .map(|t| strip_possessive(t.text(text)))
        .collect()
}

/// The last word of a name that is not a suffix: "King" of "Martin Luther King Jr.".
pub(super) fn surname<'w>(words: &[&'w str]) -> &'w str {
    words
        .iter()
        .rev()
        .find(|w| !is_name_suffix(w))
        .copied()
        .unwrap_or_default()
}

pub(super) fn is_organisation_word(word: &str) -> bool {
    ORGANISATION_WORDS.contains(&lowercase(word))
}

/// Whether the name `words` is an organisation's by its words: one that ends organisations'
/// names ("National Security Council"), or a company's ending after another word
/// ("Northwind Labs"; "Labs" alone is no one's name).
pub(super) fn names_organisation(words: &[&str]) -> bool {
    let company = words.len() >= 2
        && words
            .last()
            .is_some_and(|w| COMPANY_SUFFIXES.contains(w.to_lowercase().as_str()));
    company || words.iter().any(|w| is_organisation_word(w))
}

/// Whether a known given name opens the name, with the gender it hints: `Some(None)` for a
/// given name that hints none.
pub(super) fn given_name_hint(first_word: &str) -> Option<GenderHint> {
    GIVEN_NAMES.get(&first_word.to_lowercase()).copied()
}

/// How strongly one occurrence of a name shows it is a person's.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Evidence {
    None,
    /// A reporting verb beside it, which organisations use too ("Acme said").
    ReportingVerb,
    /// A title, a description or a reflexive.
    Strong,
}

/// What the text shows of the name at tokens `first..end` at this occurrence: a title or
/// role before it ("Mayor", "spokeswoman", "founder ,"), a description set after it (", a
/// spokeswoman", ", the director", "is a professor") or a reflexive after it ("himself")
/// make it a person's; a reporting verb right before or after it, likely so, unless "the"
/// stands before the name. What follows
/// a name governed by a preposition belongs to the phrase before it ("the Office for the
/// District of New York said", "in the United States, a state of emergency").
fn person_evidence(tokens: &[Token], text: &str, first: usize, end: usize) -> Evidence {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    let before = first.checked_sub(1).map_or("", word);
    let governed = {
        let k = first.saturating_sub(usize::from(before == "the") + 1);
        first > 0 && is_in(WordClass::Preposition, word(k))
    };
    let cue = |k: usize| CUE_VERBS.contains_key(word(k));
    if governed {
        return if is_person_title(before) {
            Evidence::Strong
        } else {
            Evidence::None
        };
    }
    let title_before_comma = before == ","
        && first >= 2
        && is_title(word(first - 2))
        && !is_capitalised(word(first - 2));
    let predicate = matches!(word(end), "is" | "was")
        && matches!(word(end + 1), "a" | "an" | "the")
        && (end + 2..end + 2 + PREDICATE_REACH).any(|k| is_title(word(k)));
    let strong = is_person_title(before)
        || title_before_comma
        || predicate
        || matches!(word(end), "himself" | "herself")
        || word(end) == ","
            && (matches!(word(end + 1), "a" | "an" | "the" | "another")
                || role_phrase_at(tokens, text, end + 1))
            && !describes_organisation(tokens, text, end + 1);
    // "The Independent reported": a name the article writes with "the" is a body's or a
    // publication's, however it speaks.
    let body = before.eq_ignore_ascii_case("the");
    if strong {
        Evidence::Strong
    } else if !body && (first > 0 && cue(first - 1) || cue(end)) {
        Evidence::ReportingVerb
    } else {
        Evidence::None
    }
}

/// Whether the description from token `from` ("a company that …", "the Ohio-based
/// firm") is an organisation's: an organisation noun comes before any title.
fn describes_organisation(tokens: &[Token], text: &str, from: usize) -> bool {
    /// How far the head noun may stand from the determiner: "a small Ohio-based firm".
    const HEAD_REACH: usize = 5;
    for token in tokens.iter().skip(from).take(HEAD_REACH) {
        let word = token.text(text);
        // The head comes before a preposition: "a member of the group" is a person.
        if !token.word || is_title(word) || is_in(WordClass::Preposition, word) {
            return false;
        }
        let lower = word.to_lowercase();
        if ORGANISATION_NOUNS.contains(lower.as_str()) || is_organisation_word(word) {
            return !is_capitalised(word);
        }
    }
    false
}

/// A title that makes the name after it a person's: "Mayor", "spokeswoman", not "Top".
fn is_person_title(word: &str) -> bool {
    is_title(word) && !TITLE_MODIFIERS.contains(word.to_lowercase().as_str())
}

/// A name word: capitalised, more than one letter or an initial, no function word, title
/// or cue.
fn is_name_word(word: &str) -> bool {
    if !is_capitalised(word) || word.chars().nth(1).is_none() {
        return false;
    }
    let lower = word.to_lowercase();
    // "Many", "Several", "Like", "Across": capitalised only because they open a sentence.
    // "I’m", "We’ve": a pronoun and a verb.
    !is_contraction(word)
        && !STOPWORDS.contains(lower.as_str())
        && !is_in(WordClass::Determiner, &lower)
        && !is_in(WordClass::Preposition, &lower)
        && !NUMBER_WORDS.words.contains_key(lower.as_str())
        && !is_title(&lower)
        && !PRONOUN_FORMS.contains_key(lower.as_str())
}

/// Whether a word is written as initials: two to six capitals and digits, at least two of
/// them capitals ("USI", "M5S"), as an acronym that may stand for a name met before.
pub(super) fn is_initials(word: &str) -> bool {
    (2..=6).contains(&word.len())
        && word
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && word.bytes().filter(u8::is_ascii_uppercase).count() >= 2
}

/// An acronym: two to five capitals ("NATO", "NBC"), which names an organisation inside a
/// sentence, or at its start before a reporting verb (else capitals there are a dateline or
/// a headline's).
pub(super) fn is_acronym(word: &str) -> bool {
    (2..=5).contains(&word.len())
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && !is_name_suffix(word)
        && !PLACE_ACRONYMS.contains(word)
}

/// The end of the run of name words that starts at token `first`, when one does: name
/// words, organisation words among them, particles between them, a suffix after them. A
/// possessive ends the run.
pub(super) fn name_run(tokens: &[Token], text: &str, first: usize) -> Option<usize> {
    if !tokens[first].word {
        return None;
    }
    let next_is_name = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.word && is_name_word(t.text(text)))
    };
    // An acronym that is also a title word ("NATO" of "NATO spokesman", not "CEO" of "CEO
    // Tim Cook") names an organisation on its own.
    let word = tokens[first].text(text);
    if is_acronym(word) && is_title(word) && !next_is_name(first + 1) {
        return Some(first + 1);
    }
    if !is_name_word(word) {
        return None;
    }
    let mut end = first;
    let mut organisation = false;
    while end < tokens.len() && end - first < MAX_ORGANISATION_WORDS && tokens[end].word {
        let word = tokens[end].text(text);
        let particle = PARTICLES.contains(&word) && next_is_name(end + 1);
        let suffix = end > first && is_name_suffix(word);
        // "of" inside an organisation's name: "University of Helsinki", "Bank of Canada".
        let of_organisation = word == "of"
            && end > first
            && is_organisation_word(tokens[end - 1].text(text))
            && next_is_name(end + 1);
        if !(is_name_word(word) || particle || suffix || of_organisation) {
            break;
        }
        organisation |= is_organisation_word(word);
        end += 1;
        if strip_possessive(word).len() != word.len() {
            break;
        }
    }
    // Longer than a person's name and no organisation's: only its start is one name.
    if !organisation && end - first > MAX_NAME_WORDS {
        end = first + MAX_NAME_WORDS;
    }
    Some(end)
}

/// The most words before the title of a role phrase: "assistant professor".
const MAX_ROLE_MODIFIERS: usize = 2;

/// Whether a role phrase opens at token `first`: a title within its first
/// [`MAX_ROLE_MODIFIERS`] + 1 words, after modifiers that are no function words or cues ("assistant
/// professor of art", "Panama coach", "Director of Media"), and not a title that a name
/// follows ("Mayor Bob Ruiz" of a list of names).
pub(super) fn role_phrase_at(tokens: &[Token], text: &str, first: usize) -> bool {
    let word = |k: usize| tokens.get(k).filter(|t| t.word).map(|t| t.text(text));
    let Some(title) = (first..=first + MAX_ROLE_MODIFIERS)
        .take_while(|&k| {
            word(k)
                .is_some_and(|w| !STOPWORDS.contains(&lowercase(w)) && !CUE_VERBS.contains_key(w))
        })
        .find(|&k| word(k).is_some_and(|w| is_title(w) && strip_possessive(w).len() == w.len()))
    else {
        return false;
    };
    !word(title + 1).is_some_and(|w| is_capitalised(w) && !is_title(w))
}
