//! Stage 3b: the people and organisations an article names, between sentences and claims.
//!
//! In: the clean text and its sentences. Out: a [`NameIndex`] (the full personal names the
//! article uses, the roles written before them, the fuller name each surname stands for),
//! which the claims stage uses to name speakers in full; and the report's [`Entity`] list:
//! each person or organisation with its mentions by name, surname, description and
//! pronoun, which the claims stage uses to resolve pronoun and description speakers
//! ("she", "the company"). [`link_speakers`] then points each claim's speaker at its entity.
//!
//! Limits: English capitalisation and pronouns; a name is a person's only with evidence
//! somewhere in the text (a title, a reporting verb, a description, a given name from the
//! lexicon); a one-word name only as a given name, after a capitalised title, before a
//! reporting verb or as the surname of a person met before; "they" stands only for an
//! organisation that was the subject just before, never for people; a role ("the
//! minister") only for a person the text gave that title without qualifying it.

mod mentions;
mod names;
mod people;
#[cfg(test)]
mod tests;
mod words;

pub(crate) use names::NameIndex;
pub(crate) use words::{
    is_capitalised, is_contraction, is_name_suffix, is_title, strip_possessive, tokenize, Token,
};

use crate::lexicon::PRONOUN_FORMS;
use crate::report::{Claim, Entity, EntityKind, Mention, MentionVia, Sentence, Span, Speaker};

/// The names `text` uses, sentence by sentence.
pub(crate) fn names(text: &str, sentences: &[Sentence]) -> NameIndex {
    NameIndex::new(text, sentences)
}

/// The people and organisations `text` names, with their mentions.
pub(crate) fn find(text: &str, sentences: &[Sentence]) -> Vec<Entity> {
    mentions::find(text, sentences)
}

/// Points each claim's speaker at the entity of its canonical name; `via` says how the
/// speaker's phrase refers to it: the entity's mention that the phrase is or holds, else a
/// pronoun or a description the claims stage resolved. A speaker named in full that the
/// entity stage did not take for a person (no title or cue beside the name) is one: being
/// quoted is evidence enough, and the entity is added; a place that speaks ("South Korea
/// said", where the text puts things "in South Korea") is its government, an organisation.
pub(crate) fn link_speakers(text: &str, claims: &mut [Claim], entities: &mut Vec<Entity>) {
    for speaker in claims.iter_mut().filter_map(|c| c.speaker.as_mut()) {
        let known = entities
            .iter()
            .position(|e| e.canonical == speaker.canonical);
        // An organisation named by its acronym ("USI said") is named in full by the entity
        // the acronym joined ("University of Southern Indiana").
        let abbreviated = known
            .is_none()
            .then(|| abbreviated_by(speaker, entities))
            .flatten();
        if let Some(id) = abbreviated {
            speaker.canonical = entities[id].canonical.clone();
        }
        let known = known.or(abbreviated);
        let Some(id) = known.or_else(|| add_named_speaker(text, speaker, entities)) else {
            continue;
        };
        let inside = entities[id]
            .mentions
            .iter()
            .filter(|m| m.span.start >= speaker.start && m.span.end <= speaker.end)
            .map(|m| m.via)
            .next_back();
        let resolved = if PRONOUN_FORMS.contains_key(speaker.name.to_lowercase().as_str()) {
            MentionVia::Pronoun
        } else {
            MentionVia::Role
        };
        speaker.entity = Some(id);
        speaker.via = Some(inside.unwrap_or(resolved));
    }
}

/// The organisation whose name mention the speaker's phrase is, when the phrase is one word
/// of capitals and digits (an acronym) the entity stage joined to a longer name.
fn abbreviated_by(speaker: &Speaker, entities: &[Entity]) -> Option<usize> {
    if !people::is_initials(&speaker.canonical) {
        return None;
    }
    entities.iter().position(|e| {
        e.kind == EntityKind::Organization
            && e.mentions.iter().any(|m| {
                m.via == MentionVia::Name
                    && m.span.start >= speaker.start
                    && m.span.end <= speaker.end
                    && m.text == speaker.canonical
            })
    })
}

/// A new entity for a speaker whose phrase names them in full ("Amara Lindqvist" after
/// "The university's president,"), with the phrase as its mention; `None` for an
/// anonymous, unresolved or one-word speaker, or a title of a place ("Ukraine's
/// President").
fn add_named_speaker(text: &str, speaker: &Speaker, entities: &mut Vec<Entity>) -> Option<usize> {
    let words = speaker.canonical.split(' ');
    let named = !speaker.anonymous
        && speaker.confidence > 0.0
        && speaker.name == speaker.canonical
        && words.clone().count() >= 2
        && words
            .clone()
            .all(|w| w.starts_with(char::is_uppercase) && strip_possessive(w) == w && !is_title(w));
    if !named {
        return None;
    }
    let place = [
        format!("in {}", speaker.canonical),
        format!("in the {}", speaker.canonical),
    ]
    .iter()
    .any(|phrase| text.contains(phrase.as_str()));
    let id = entities.len();
    entities.push(Entity {
        id,
        canonical: speaker.canonical.clone(),
        kind: if place {
            EntityKind::Organization
        } else {
            EntityKind::Person
        },
        gender: None,
        mentions: vec![Mention {
            text: speaker.name.clone(),
            span: Span::new(speaker.start, speaker.end),
            via: MentionVia::Name,
        }],
    });
    Some(id)
}
