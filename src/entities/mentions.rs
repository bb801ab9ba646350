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
    Referent, TextMap, CUE_VERBS, GENDERED_TITLES, NUMBER_WORDS, ORGANISATION_NOUNS,
    ORGANISATION_WORDS, PRONOUN_FORMS, STOPWORDS,
};
use crate::report::{Entity, EntityKind, Gender, Mention, MentionVia, Sentence, Span};

use super::words::{is_capitalised, is_name_suffix, is_title, strip_possessive, tokenize, Token};

/// How many sentences back a pronoun or a description looks for the subjects and mentions
/// it may stand for.
const REACH_SENTENCES: usize = 3;

/// Beyond that reach, how many sentences back a pronoun looks for the one entity that agrees
/// with it: a profile's "he" may stand for its subject paragraphs after the name.
const FAR_REACH_SENTENCES: usize = 12;

/// The most words of a description set after a name ("Jo Lee, a spokeswoman for the
/// council,").
const MAX_APPOSITION_WORDS: usize = 16;

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
    entities: Vec<Entity>,
    /// Canonical name → entity.
    by_name: TextMap<usize>,
    /// Last word of a person's name → the person named last with it.
    by_surname: TextMap<usize>,
    /// Mentions outside quotations, most recent last.
    seen: Vec<Seen>,
}

/// The people and organisations `text` names, with their mentions.
pub(crate) fn find(text: &str, sentences: &[Sentence]) -> Vec<Entity> {
    let mut builder = Builder {
        text,
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
                if let Some(id) = found {
                    i = self.apposition(&tokens, i, id);
                }
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
            .any(|w| ORGANISATION_WORDS.contains(w.to_lowercase().as_str()))
            || words.len() == 1
                && is_acronym(words[0])
                && (first > 0
                    || tokens
                        .get(end)
                        .is_some_and(|t| CUE_VERBS.contains_key(t.text(text))));
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
                    self.by_name.insert(&name, id);
                }
                id
            }
            (true, _) if person_evidence(tokens, text, first, end) => {
                self.entity(&name, EntityKind::Person)
            }
            (true, _) => return None,
            (false, Some(id)) => id,
            // A surname alone after a title written as one ("Mr.", "President", not
            // "former") names a person met for the first time.
            (false, None) if title.is_some_and(is_capitalised) => {
                self.entity(&name, EntityKind::Person)
            }
            (false, None) => return None,
        };
        if self.entities[id].kind == EntityKind::Person {
            self.by_surname.insert(last, id);
        }
        if self.entities[id].gender.is_none() {
            self.entities[id].gender = gender;
        }
        let via = if full {
            MentionVia::Name
        } else {
            MentionVia::Surname
        };
        self.mention(id, span, via);
        Some(id)
    }

    /// A description set after the name of entity `id`, from token `at`: ", a spokeswoman
    /// for the council," or ", the company's chief executive". Returns the token after it,
    /// or `at` when there is none.
    fn apposition(&mut self, tokens: &[Token], at: usize, id: usize) -> usize {
        let text = self.text;
        let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
        let opens = word(at) == ","
            && (matches!(word(at + 1), "a" | "an" | "the")
                || is_title(word(at + 1)) && !is_capitalised(word(at + 1)));
        if !opens {
            return at;
        }
        let first = at + 1;
        let end = (first..tokens.len().min(first + MAX_APPOSITION_WORDS))
            .find(|&k| {
                !tokens[k].word && matches!(word(k), "," | "." | ";" | ":" | "—" | "(" | ")")
            })
            .unwrap_or(tokens.len().min(first + MAX_APPOSITION_WORDS));
        if end <= first + 1 {
            return at;
        }
        let span = Span::new(tokens[first].start, tokens[end - 1].end);
        self.mention(id, span, MentionVia::Apposition);
        end
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
        let id = match referent {
            // "they" stands for many things; an organisation only as a subject just before.
            Referent::Plural => self.subject_nearby(sentence, |e| agrees(e))?,
            _ => self.most_salient(sentence, |e| agrees(e))?,
        };
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
        let near = (0..=REACH_SENTENCES.min(sentence))
            .find_map(|back| subject_of(sentence - back))
            .or_else(|| recent.iter().find(ok).map(|s| s.entity));
        near.or_else(|| self.only_one_far(sentence, &agrees))
    }

    /// The subject of this sentence so far, or of the one before, when it `agrees`.
    fn subject_nearby(&self, sentence: usize, agrees: impl Fn(&Entity) -> bool) -> Option<usize> {
        self.seen
            .iter()
            .rev()
            .take_while(|s| sentence - s.sentence <= 1)
            .find(|s| s.subject)
            .map(|s| s.entity)
            .filter(|&e| agrees(&self.entities[e]))
    }

    /// The one entity that agrees among the mentions of the last [`FAR_REACH_SENTENCES`],
    /// when only one does: with two candidates, a pronoun this far from both is unresolved.
    fn only_one_far(&self, sentence: usize, agrees: &impl Fn(&Entity) -> bool) -> Option<usize> {
        let mut candidates = self
            .seen
            .iter()
            .rev()
            .take_while(|s| sentence - s.sentence <= FAR_REACH_SENTENCES)
            .map(|s| s.entity)
            .filter(|&e| agrees(&self.entities[e]));
        let first = candidates.next()?;
        candidates.all(|e| e == first).then_some(first)
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

/// An acronym: two to five capitals ("NATO", "NBC"), which names an organisation inside a
/// sentence, or at its start before a reporting verb (else capitals there are a dateline or
/// a headline's).
fn is_acronym(word: &str) -> bool {
    (2..=5).contains(&word.len())
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && !is_name_suffix(word)
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
        && !NUMBER_WORDS.words.contains_key(lower.as_str())
        && !is_title(word)
        && !PRONOUN_FORMS.contains_key(lower.as_str())
}

/// The end of the run of name words that starts at token `first`, when one does: name
/// words, organisation words among them, particles between them, a suffix after them. A
/// possessive ends the run.
fn name_run(tokens: &[Token], text: &str, first: usize) -> Option<usize> {
    if !tokens[first].word {
        return None;
    }
    // An acronym that is also a title word ("NATO" of "NATO spokesman", not "CEO" of "CEO
    // Tim Cook") names an organisation on its own.
    let word = tokens[first].text(text);
    let next_is_name = tokens
        .get(first + 1)
        .is_some_and(|t| t.word && is_name_word(t.text(text)));
    if is_acronym(word) && is_title(word) && !next_is_name {
        return Some(first + 1);
    }
    if !is_name_word(word) {
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
        // "of" inside an organisation's name: "University of Helsinki", "Bank of Canada".
        let of_organisation = word == "of"
            && end > first
            && ORGANISATION_WORDS.contains(tokens[end - 1].text(text).to_lowercase().as_str())
            && tokens
                .get(end + 1)
                .is_some_and(|t| t.word && is_name_word(t.text(text)));
        if !(is_name_word(word) || particle || suffix || of_organisation) {
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
    let (Some((a, _)), Some((b, _))) = (known.split_once(' '), name.split_once(' ')) else {
        // A surname alone is any person of that surname.
        return true;
    };
    a == b
        || a.len() <= 2 && b.starts_with(a.trim_end_matches('.'))
        || b.len() <= 2 && a.starts_with(b.trim_end_matches('.'))
}
