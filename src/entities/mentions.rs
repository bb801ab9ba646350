//! Mentions and the entities they join into, in one pass over the sentences.
//!
//! Names: a run of capitalised name words (with initials, particles and a suffix) is a
//! person when it holds two to four words, an organisation when one of its words ends
//! organisation names ("Council", "Ministry"). A full name and the later forms of it join
//! one entity by their last word: "Ana Ruiz", "Ruiz", "Ms. Ruiz". Descriptions: "the
//! company" stands for the organisation named last. Pronouns: "he" and "she" stand for the
//! most salient person that agrees — the subject of the sentence so far, then of the
//! sentences before, then the last person mentioned — "it" and "its" for an organisation;
//! never a word inside a quotation, whose pronouns are the speaker's. A gender is recorded
//! only when the text states it: a title ("Ms.") or a pronoun used for the person.

use crate::lexicon::{
    Referent, TextMap, CUE_VERBS, GENDERED_TITLES, ORGANISATION_NOUNS, ORGANISATION_WORDS,
    PRONOUN_FORMS, STOPWORDS,
};
use crate::report::{Entity, EntityKind, Gender, Mention, MentionVia, Sentence, Span};

use super::names::NameIndex;
use super::words::{is_capitalised, is_name_suffix, is_title, strip_possessive, tokenize, Token};

/// How many sentences back a pronoun or a description looks for what it stands for.
const REACH_SENTENCES: usize = 3;

/// The most words a person's name has, initials and particles included.
const MAX_NAME_WORDS: usize = 5;

/// Lowercase words that may stand between the words of a name: "Ludwig van Beethoven".
const PARTICLES: [&str; 10] = [
    "van", "von", "de", "da", "del", "der", "la", "le", "bin", "al",
];

/// A mention seen on the way, for salience: which entity, in which sentence, and whether it
/// was the sentence's first (its likely subject).
#[derive(Clone, Copy)]
struct Seen {
    entity: usize,
    sentence: usize,
    subject: bool,
}

/// The entities of one text, built sentence by sentence.
struct Builder<'t> {
    text: &'t str,
    names: &'t NameIndex,
    entities: Vec<Entity>,
    /// Canonical name → entity.
    by_name: TextMap<usize>,
    /// Last word of a person's name → the person named last with it.
    by_surname: TextMap<usize>,
    /// Mentions outside quotations, most recent last.
    seen: Vec<Seen>,
}

/// The people and organisations `text` names, with their mentions.
pub(crate) fn find(text: &str, sentences: &[Sentence], names: &NameIndex) -> Vec<Entity> {
    let mut builder = Builder {
        text,
        names,
        entities: Vec::new(),
        by_name: TextMap::default(),
        by_surname: TextMap::default(),
        seen: Vec::new(),
    };
    let mut quoted = false;
    let mut paragraph = usize::MAX;
    for (index, sentence) in sentences.iter().enumerate() {
        // A quotation left open does not run into the next paragraph.
        if sentence.paragraph != paragraph {
            paragraph = sentence.paragraph;
            quoted = false;
        }
        quoted = builder.read_sentence(index, sentence.span, quoted);
    }
    builder.entities
}

impl Builder<'_> {
    /// Reads one sentence's mentions; `quoted`: a quotation is open at its start. Returns
    /// whether one is open at its end.
    fn read_sentence(&mut self, sentence: usize, span: Span, mut quoted: bool) -> bool {
        let text = self.text;
        let tokens = tokenize(text, span.start, span.end);
        let mut subject_taken = false;
        let mut i = 0;
        while i < tokens.len() {
            let word = tokens[i].text(text);
            if !tokens[i].word {
                quoted = quote_state(word, quoted);
                i += 1;
                continue;
            }
            let found = if quoted {
                i += 1;
                None
            } else if let Some(end) = name_run(&tokens, text, i) {
                let found = self.name(&tokens, i, end);
                i = end;
                found
            } else {
                let found = self
                    .pronoun(&tokens, i, sentence)
                    .or_else(|| self.description(&tokens, i, sentence));
                i += 1;
                found
            };
            if let Some(entity) = found {
                self.seen.push(Seen {
                    entity,
                    sentence,
                    subject: !subject_taken,
                });
                subject_taken = true;
            }
        }
        quoted
    }

    /// The name at tokens `first..end`: joins it to its entity, or starts one. Returns the
    /// entity, or `None` when the words are no one's name (a place, a word that opens a
    /// sentence).
    fn name(&mut self, tokens: &[Token], first: usize, end: usize) -> Option<usize> {
        let text = self.text;
        let span = Span::new(tokens[first].start, tokens[end - 1].end);
        let written = span.slice(text);
        let words: Vec<&str> = tokens[first..end]
            .iter()
            .map(|t| strip_possessive(t.text(text)))
            .collect();
        let title = first
            .checked_sub(1)
            .map(|k| tokens[k].text(text))
            .filter(|w| is_title(w));
        let gender = title.and_then(|t| {
            match GENDERED_TITLES.get(t.trim_end_matches('.').to_lowercase().as_str()) {
                Some(Referent::Male) => Some(Gender::Male),
                Some(Referent::Female) => Some(Gender::Female),
                _ => None,
            }
        });
        let organisation = words
            .iter()
            .any(|w| ORGANISATION_WORDS.contains(w.to_lowercase().as_str()));
        let name = words.join(" ");
        if organisation {
            let id = self.entity(&name, EntityKind::Organization);
            self.mention(id, span, MentionVia::Name);
            return Some(id);
        }
        let last = words
            .iter()
            .rev()
            .find(|w| !is_name_suffix(w))
            .copied()
            .unwrap_or_default();
        let full = words.len() >= 2;
        let id = match (full, self.by_surname.get(last).copied()) {
            // A fuller form of a name already met, or the same name: one person.
            (true, Some(id)) if same_person(&self.entities[id].canonical, &name) => {
                if name.len() > self.entities[id].canonical.len() {
                    self.entities[id].canonical = name.clone();
                }
                id
            }
            (true, _) if person_evidence(tokens, text, first, end) => {
                self.entity(&self.names.full(&name), EntityKind::Person)
            }
            (true, _) => return None,
            (false, Some(id)) => id,
            // A surname alone after a title names a person met for the first time.
            (false, None) if title.is_some() => self.entity(&name, EntityKind::Person),
            (false, None) => return None,
        };
        if self.entities[id].kind == EntityKind::Person {
            self.by_surname.insert(last, id);
        }
        if self.entities[id].gender.is_none() {
            self.entities[id].gender = gender;
        }
        let via = if full || written.contains(' ') && title.is_none() {
            MentionVia::Name
        } else {
            MentionVia::Surname
        };
        self.mention(id, span, via);
        Some(id)
    }

    /// A third-person pronoun at token `i`, resolved to the most salient entity that agrees.
    fn pronoun(&mut self, tokens: &[Token], i: usize, sentence: usize) -> Option<usize> {
        let word = tokens[i].text(self.text);
        let referent = *PRONOUN_FORMS.get(word.to_lowercase().as_str())?;
        let agrees = |entity: &Entity| match referent {
            Referent::Male => {
                entity.kind == EntityKind::Person && entity.gender != Some(Gender::Female)
            }
            Referent::Female => {
                entity.kind == EntityKind::Person && entity.gender != Some(Gender::Male)
            }
            Referent::Thing | Referent::Plural => entity.kind == EntityKind::Organization,
        };
        let id = self.most_salient(sentence, |e| agrees(e))?;
        let stated = match referent {
            Referent::Male => Some(Gender::Male),
            Referent::Female => Some(Gender::Female),
            _ => None,
        };
        let entity = &mut self.entities[id];
        entity.gender = entity.gender.or(stated);
        self.mention(
            id,
            Span::new(tokens[i].start, tokens[i].end),
            MentionVia::Pronoun,
        );
        Some(id)
    }

    /// "the company", "the ministry": the organisation named last.
    fn description(&mut self, tokens: &[Token], i: usize, sentence: usize) -> Option<usize> {
        let text = self.text;
        if !tokens[i].text(text).eq_ignore_ascii_case("the") {
            return None;
        }
        let noun = tokens.get(i + 1).filter(|t| t.word)?.text(text);
        let bare = strip_possessive(noun);
        let organisation_noun = !is_capitalised(noun)
            && (ORGANISATION_NOUNS.contains(bare) || ORGANISATION_WORDS.contains(bare));
        if !organisation_noun {
            return None;
        }
        let id = self.most_salient(sentence, |e| e.kind == EntityKind::Organization)?;
        let span = Span::new(tokens[i].start, tokens[i + 1].start + bare.len());
        self.mention(id, span, MentionVia::Role);
        Some(id)
    }

    /// The entity a pronoun or description in `sentence` most likely stands for: the first
    /// that `agrees` among the subject of this sentence so far, the subjects of the
    /// sentences before (nearest first), then every mention, most recent first.
    fn most_salient(&self, sentence: usize, agrees: impl Fn(&Entity) -> bool) -> Option<usize> {
        let within = |s: &&Seen| sentence - s.sentence <= REACH_SENTENCES;
        let recent: Vec<&Seen> = self.seen.iter().rev().take_while(within).collect();
        let ok = |s: &&&Seen| agrees(&self.entities[s.entity]);
        let subject_of = |k: usize| {
            recent
                .iter()
                .find(|s| s.sentence == k && s.subject)
                .filter(ok)
                .map(|s| s.entity)
        };
        (0..=REACH_SENTENCES.min(sentence))
            .find_map(|back| subject_of(sentence - back))
            .or_else(|| recent.iter().find(ok).map(|s| s.entity))
    }

    /// The entity called `name`, made when new.
    fn entity(&mut self, name: &str, kind: EntityKind) -> usize {
        if let Some(&id) = self.by_name.get(name) {
            return id;
        }
        let id = self.entities.len();
        self.entities.push(Entity {
            id,
            canonical: name.to_owned(),
            kind,
            gender: None,
            mentions: Vec::new(),
        });
        self.by_name.insert(name, id);
        id
    }

    fn mention(&mut self, id: usize, span: Span, via: MentionVia) {
        self.entities[id].mentions.push(Mention {
            text: span.slice(self.text).to_owned(),
            span,
            via,
        });
    }
}

/// Whether the text treats the name at tokens `first..end` as a person's, the first time it
/// is met: a title or role before it ("Mayor", "spokeswoman"), a reporting verb right
/// before or after it ("said Ana Ruiz", "Ana Ruiz said"), or a description set after it
/// (", a spokeswoman", ", the director"). A place or an event has none of these.
fn person_evidence(tokens: &[Token], text: &str, first: usize, end: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    let cue = |k: usize| CUE_VERBS.contains_key(word(k));
    let before = first.checked_sub(1).map_or("", word);
    is_title(before)
        || first > 0 && cue(first - 1)
        || cue(end)
        || word(end) == ","
            && (matches!(word(end + 1), "a" | "an" | "the") || is_title(word(end + 1)))
}

/// Whether a quotation is open after the mark `mark`.
fn quote_state(mark: &str, open: bool) -> bool {
    match mark {
        "“" | "«" | "„" => true,
        "”" | "»" => false,
        "\"" => !open,
        _ => open,
    }
}

/// A name word: capitalised, more than one letter or an initial, no function word, title
/// or cue.
fn is_name_word(word: &str) -> bool {
    if !is_capitalised(word) || word.chars().nth(1).is_none() {
        return false;
    }
    let lower = word.to_lowercase();
    !STOPWORDS.contains(lower.as_str())
        && !is_title(word)
        && !PRONOUN_FORMS.contains_key(lower.as_str())
}

/// The end of the run of name words that starts at token `first`, when one does: name
/// words, organisation words among them, particles between them, a suffix after them. A
/// possessive ends the run.
fn name_run(tokens: &[Token], text: &str, first: usize) -> Option<usize> {
    if !tokens[first].word || !is_name_word(tokens[first].text(text)) {
        return None;
    }
    let mut end = first;
    while end < tokens.len() && end - first < MAX_NAME_WORDS && tokens[end].word {
        let word = tokens[end].text(text);
        let particle = PARTICLES.contains(&word)
            && tokens
                .get(end + 1)
                .is_some_and(|t| t.word && is_name_word(t.text(text)));
        let suffix = end > first && is_name_suffix(word);
        if !(is_name_word(word) || particle || suffix) {
            break;
        }
        end += 1;
        if strip_possessive(word).len() != word.len() {
            break;
        }
    }
    Some(end)
}

/// Whether two names of one surname are one person: the same first word, or one name's
/// words all in the other's ("Donald Trump", "Donald J. Trump").
fn same_person(known: &str, name: &str) -> bool {
    let first = |n: &str| n.split(' ').next().unwrap_or_default().to_owned();
    let (a, b) = (first(known), first(name));
    a == b
        || a.len() <= 2 && b.starts_with(a.trim_end_matches('.'))
        || b.len() <= 2 && a.starts_with(b.trim_end_matches('.'))
        || known.split(' ').count() == 1
        || name.split(' ').count() == 1
}
