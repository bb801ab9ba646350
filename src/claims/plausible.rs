//! Whether a speaker read off the words around a cue can be anyone at all: the last check
//! before claims leave the stage.
//!
//! In: the claims, the text and the entities. Out: the same claims, where a speaker that
//! names no one ("Additionally", "This allows organizations", "overall") is gone. A quote
//! keeps its words and goes unattributed; reported speech with such a "speaker" was a
//! sentence misread as an attribution ("Drones might soon …", "Take …") and is dropped.
//!
//! A speaker can be someone when it is an entity the article names (a person, an
//! organisation, a group), a pronoun or description the entity stage resolved, a flagged
//! anonymous source, a phrase whose words say what it is (a title, a role, an organisation,
//! a group, a document: "the minister", "the agency", "residents", "the report"), or a
//! name: two capitalised words, or one the text capitalises inside a sentence too, or never
//! writes in lowercase (a function word or an adverb is no name).

use std::collections::HashSet;

use crate::entities::{is_capitalised, is_title, strip_possessive, tokenize};
use crate::lexicon::{
    is_in, WordClass, ANONYMOUS_HEADS, GROUP_NOUNS, ORGANISATION_NOUNS, ORGANISATION_WORDS,
    PERSON_NOUNS, STOPWORDS,
};
use crate::report::{Claim, ClaimKind, Entity, Sentence, Speaker};

/// Drops the speakers that name no one; see the module's note.
pub(super) fn check_speakers(
    claims: &mut Vec<Claim>,
    text: &str,
    sentences: &[Sentence],
    entities: &[Entity],
) {
    let named: HashSet<&str> = entities.iter().map(|e| e.canonical.as_str()).collect();
    let doubtful = |s: &Speaker| !vouched_for(s, &named) && is_one_capitalised_word(&s.canonical);
    let needs_text = claims
        .iter()
        .filter_map(|c| c.speaker.as_ref())
        .any(doubtful);
    let usage = if needs_text {
        Usage::read(text, sentences)
    } else {
        Usage::default()
    };
    claims.retain_mut(|claim| {
        let Some(speaker) = &claim.speaker else {
            return true;
        };
        let names_no_one = !vouched_for(speaker, &named)
            && if is_one_capitalised_word(&speaker.canonical) {
                !usage.is_name(&speaker.canonical)
            } else {
                is_bare_phrase(speaker)
            };
        if !names_no_one {
            return true;
        }
        claim.speaker = None;
        claim.kind == ClaimKind::Direct
    });
}

/// What makes a speaker someone whatever its words: an entity, a resolved pronoun or
/// description, an anonymous source, a name of two capitalised words, or a word that says
/// what it is.
fn vouched_for(speaker: &Speaker, named: &HashSet<&str>) -> bool {
    let capitalised = speaker
        .canonical
        .split_whitespace()
        .filter(|w| is_capitalised(w))
        .count();
    speaker.anonymous
        || speaker.confidence < 1.0
        || named.contains(speaker.canonical.as_str())
        || capitalised >= 2
        || speaker.name.split_whitespace().any(says_who)
}

/// A lowercase phrase that is no one: one common noun with no article ("overall",
/// "space"; "the manufacturer" describes a firm), or a phrase pointing at the text or the
/// reader ("This blog", "your specific needs").
fn is_bare_phrase(speaker: &Speaker) -> bool {
    let first = speaker
        .name
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_lowercase();
    let bare_noun = speaker.name == speaker.canonical && !speaker.canonical.contains(' ');
    (bare_noun && !is_capitalised(&speaker.canonical))
        || matches!(first.as_str(), "this" | "these" | "your" | "our" | "my")
}

/// Whether `word` says what kind of speaker its phrase is: a title or role, an
/// organisation, a group, a person, a document ("report", "statement"); or a plural, which
/// names people or works taken together ("Studies", "Developers").
fn says_who(word: &str) -> bool {
    let lower = strip_possessive(word).to_lowercase();
    let singular = lower.strip_suffix('s').unwrap_or(&lower);
    let plural = singular.len() + 1 == lower.len() && !lower.ends_with("ss");
    plural
        || is_title(&lower)
        || ANONYMOUS_HEADS.contains(lower.as_str())
        || ORGANISATION_NOUNS.contains(lower.as_str())
        || ORGANISATION_WORDS.contains(lower.as_str())
        || GROUP_NOUNS.contains(lower.as_str())
        || PERSON_NOUNS.contains_key(lower.as_str())
        || is_in(WordClass::Document, &lower)
}
fn is_one_capitalised_word(canonical: &str) -> bool {
    !canonical.contains(' ') && is_capitalised(canonical)
}

/// How the text writes its words: which capitalised words it also writes after another
/// word inside a sentence, and which words it writes in lowercase.
#[derive(Default)]
struct Usage<'t> {
    capitalised_inside: HashSet<&'t str>,
    lowercase: HashSet<String>,
}

impl<'t> Usage<'t> {
    fn read(text: &'t str, sentences: &[Sentence]) -> Self {
        let mut usage = Usage::default();
        for sentence in sentences {
            let tokens = tokenize(text, sentence.span.start, sentence.span.end);
            for (k, token) in tokens.iter().enumerate() {
                let word = strip_possessive(token.text(text));
                if !token.word {
                    continue;
                }
                if !is_capitalised(word) {
                    usage.lowercase.insert(word.to_owned());
                } else if k > 0 && tokens[k - 1].word {
                    usage.capitalised_inside.insert(word);
                }
            }
        }
        usage
    }

    /// Whether the capitalised word `word` is a name: written capitalised inside a
    /// sentence, or never written in lowercase and no function word or adverb ("Gartner
    /// says" at every sentence's start, not "Please", "Take" or "Additionally").
    fn is_name(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        self.capitalised_inside.contains(word)
            || !self.lowercase.contains(&lower)
                && !STOPWORDS.contains(lower.as_str())
                && !is_in(WordClass::Determiner, &lower)
                && !is_in(WordClass::Preposition, &lower)
                && !is_in(WordClass::ClauseOpener, &lower)
                && !lower.ends_with("ly")
                && !lower.ends_with("ing")
    }
}
