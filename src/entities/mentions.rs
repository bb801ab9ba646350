//! Mentions and the entities they join into, in one pass over the sentences.
//!
//! Names: a run of capitalised name words (with initials, particles and a suffix) is an
//! organisation when one of its words ends organisation names ("Council", "Ministry"), a
//! person when [`People`] found evidence for it anywhere in the text. A full name and the
//! later forms of it join one entity by their last word: "Ana Ruiz", "Ruiz", "Ms. Ruiz".
//! Descriptions: a description set after a name (", a spokeswoman", "is a professor") is
//! that entity's; "the company" stands for the organisation named last (one whose name
//! holds "company" first); "the mayor" for the person last given that title; "the woman"
//! for the most salient person that agrees. Pronouns: "he" and "she" stand for the most
//! salient person that agrees — the subject of the sentence so far, then of the sentences
//! before, then the last person mentioned — "it" and "its" for an organisation; never a
//! word inside a quotation, whose pronouns are the speaker's. A gender is recorded only
//! when the text states it: a title ("Ms."), a noun ("the woman") or a pronoun used for the
//! person; a given name's hint only breaks ties among candidates.

use crate::lexicon::{
    is_in, GenderHint, Referent, TextMap, WordClass, CUE_VERBS, GENDERED_TITLES, GROUP_NOUNS,
    ORGANISATION_NOUNS, ORGANISATION_WORDS, PERSON_NOUNS, PRONOUN_FORMS, STOPWORDS, TIME_WORDS,
    TITLE_MODIFIERS,
};
use crate::report::{Entity, EntityKind, Gender, Mention, MentionVia, Sentence, Span};

use super::people::{
    given_name_hint, is_acronym, is_initials, name_run, name_words, names_organisation,
    role_phrase_at, surname, People,
};
use super::words::{is_capitalised, is_title, lowercase, strip_possessive, tokenize, Token};

/// How many sentences back a pronoun or a description looks for the subjects and mentions
/// it may stand for.
const REACH_SENTENCES: usize = 3;

/// Beyond that reach, how many sentences back a pronoun looks for the one entity that agrees
/// with it: a profile's "he" may stand for its subject paragraphs after the name.
const FAR_REACH_SENTENCES: usize = 12;

/// The most words of a description set after a name ("Jo Lee, a spokeswoman for the
/// council,").
const MAX_APPOSITION_WORDS: usize = 16;

/// Adverbs that may stand between "is" and what the text says someone is: "was also a
/// legend".
const PREDICATE_ADVERBS: [&str; 6] = ["also", "both", "still", "once", "now", "already"];

/// The most words between "the" and the noun of a description: "the former", "the
/// 26-year-old right wing".
const MAX_MODIFIERS: usize = 2;

/// A mention seen on the way, for salience: which entity, in which sentence, and whether it
/// was the sentence's first (its likely subject).
#[derive(Clone, Copy)]
struct Seen {
    entity: usize,
    sentence: usize,
    subject: bool,
    /// A name that plainly opens its clause with its verb after it ("Acme reported"),
    /// strong enough a subject to show what "the company" after it is.
    plain_subject: bool,
}

/// A name that made no entity when met (no person's evidence, no organisation word): it
/// becomes an organisation's when a description stands for it just after ("Greenfield
/// Analytics reported a loss. The company said …").
struct Unclaimed {
    name: String,
    span: Span,
    sentence: usize,
    /// Whether it opened its sentence's subject: no entity and no preposition before it.
    subject: bool,
}

/// The entities of one text, built sentence by sentence.
struct Builder<'t> {
    text: &'t str,
    /// The names the text treats as people's.
    people: People,
    entities: Vec<Entity>,
    /// The gender each entity's given name hints, for ties between candidates only.
    hints: Vec<GenderHint>,
    /// Canonical name → entity.
    by_name: TextMap<usize>,
    /// Last word of a person's name → the person named last with it.
    by_surname: TextMap<usize>,
    /// First word of a person's full name → that person: "Nick" after "Nick Bos".
    by_given: TextMap<usize>,
    /// Title or role word → the person last given it ("mayor" of "Mayor Ana Ruiz").
    holders: TextMap<usize>,
    /// Plural noun → the group it named as a subject ("doctors" of "The doctors said").
    groups: TextMap<usize>,
    /// Initials of an organisation's name → the organisation named last with them, for its
    /// acronym ("USI" of "University of Southern Indiana").
    by_initials: TextMap<usize>,
    /// Mentions outside quotations, most recent last.
    seen: Vec<Seen>,
    /// Names of this sentence and the one before that made no entity.
    unclaimed: Vec<Unclaimed>,
}

/// The people and organisations `text` names, with their mentions.
pub(crate) fn find(text: &str, sentences: &[Sentence]) -> Vec<Entity> {
    let mut builder = Builder {
        text,
        people: People::scan(text, sentences),
        entities: Vec::new(),
        hints: Vec::new(),
        by_name: TextMap::default(),
        by_surname: TextMap::default(),
        by_given: TextMap::default(),
        holders: TextMap::default(),
        groups: TextMap::default(),
        by_initials: TextMap::default(),
        seen: Vec::new(),
        unclaimed: Vec::new(),
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
            let start = i;
            let mut name_end = None;
            let word = tokens[i].text(text);
            if !tokens[i].word {
                quoted = quote_state(word, quoted);
                i += 1;
                continue;
            }
            let found = if quoted {
                i += 1;
                None
            } else if let Some((id, end)) = self.qualified_role(&tokens, i) {
                i = end;
                Some(id)
            } else if let Some((id, end)) = self.group(&tokens, i, !subject_taken) {
                i = end;
                Some(id)
            } else if let Some(end) = name_run(&tokens, text, i) {
                let found = self.name(&tokens, i, end, sentence, !subject_taken);
                name_end = Some(end);
                i = end;
                if let Some(id) = found {
                    i = self.apposition(&tokens, i, id);
                    i = self.predicate(&tokens, i, id);
                }
                found
            } else if let Some(id) = self.pronoun(&tokens, i, sentence) {
                // A possessive ("For his part, Bernard believes") is no sentence's subject.
                if matches!(
                    word.to_lowercase().as_str(),
                    "his" | "her" | "its" | "their"
                ) {
                    i += 1;
                    continue;
                }
                i = self.predicate(&tokens, i + 1, id);
                Some(id)
            } else if let Some((id, end)) = self.description(&tokens, i, sentence) {
                i = end;
                Some(id)
            } else {
                i += 1;
                None
            };
            if let Some(entity) = found {
                // "With Acme, Jo Lee built …": the name after a preposition is not the
                // subject; the one after it may be.
                let subject = !subject_taken
                    && !after_preposition(&tokens, text, start)
                    && !after_verb(&tokens, text, start);
                let plain_subject = subject
                    && name_end
                        .is_some_and(|end| opens_clause_as_subject(&tokens, text, start, end));
                self.seen.push(Seen {
                    entity,
                    sentence,
                    subject,
                    plain_subject,
                });
                subject_taken |= subject;
            }
        }
        quoted
    }

    /// The name at tokens `first..end`: joins it to its entity, or starts one. Returns the
    /// entity, or `None` when the words are no one's name (a place, a word that opens a
    /// sentence).
    fn name(
        &mut self,
        tokens: &[Token],
        first: usize,
        end: usize,
        sentence: usize,
        subject_free: bool,
    ) -> Option<usize> {
        let text = self.text;
        let span = Span::new(tokens[first].start, tokens[end - 1].end);
        let words = name_words(tokens, text, first, end);
        // A title-case heading that is all capitalised words ("Businesses Choose Kitchen
        // Sink Solutions") is no one's name.
        let heading = first == 0 && words.len() >= 3 && tokens[end..].iter().all(|t| !t.word);
        if heading {
            return None;
        }
        let id = self.name_entity(tokens, first, end, &words);
        if id.is_none() {
            self.unclaimed
                .retain(|u| sentence - u.sentence <= REACH_SENTENCES);
            self.unclaimed.push(Unclaimed {
                name: words.join(" "),
                span,
                sentence,
                subject: subject_free && opens_clause_as_subject(tokens, text, first, end),
            });
        }
        id
    }

    /// [`Self::name`]'s entity: joined, started, or none.
    fn name_entity(
        &mut self,
        tokens: &[Token],
        first: usize,
        end: usize,
        words: &[&str],
    ) -> Option<usize> {
        let text = self.text;
        let span = Span::new(tokens[first].start, tokens[end - 1].end);
        let title = first
            .checked_sub(1)
            .map(|k| tokens[k].text(text))
            .filter(|w| is_title(w));
        let gender = title.and_then(|t| {
            stated_gender(GENDERED_TITLES.get(t.trim_end_matches('.').to_lowercase().as_str()))
        });
        let name = words.join(" ");
        // "USI" after "the University of Southern Indiana": the organisation it abbreviates;
        // not where it qualifies a title before a name ("CPUC President Marybel Batjer"),
        // whose person is the one the sentence is about.
        let qualifies_title = tokens.get(end).is_some_and(|t| is_title(t.text(text)));
        if let Some(id) = self.abbreviated(words).filter(|_| !qualifies_title) {
            self.by_name.insert(&name, id);
            self.mention(id, span, MentionVia::Name);
            return Some(id);
        }
        let known_organisation = self
            .by_name
            .get(&name)
            .is_some_and(|&id| self.entities[id].kind == EntityKind::Organization);
        let organisation = names_organisation(words)
            || words.len() == 1 && is_acronym(words[0]) && self.people.is_body(words[0])
            || self.people.is_organisation(words)
            || known_organisation;
        if organisation {
            let id = self.entity(&name, EntityKind::Organization);
            self.mention(id, span, MentionVia::Name);
            return Some(id);
        }
        let last = surname(words);
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
            (true, _) if self.people.is_person(words) => {
                let id = self.entity(&name, EntityKind::Person);
                self.hints[id] = given_name_hint(words[0]).flatten();
                id
            }
            (true, _) => return None,
            (false, Some(id)) => id,
            // A given name alone: the person of that first name met before, else a person
            // called so.
            (false, None) if self.by_given.contains_key(last) => {
                self.by_given.get(last).copied()?
            }
            (false, None) if given_name_hint(words[0]).is_some() => {
                let id = self.entity(&name, EntityKind::Person);
                self.hints[id] = given_name_hint(words[0]).flatten();
                id
            }
            // A surname alone after a title written as one ("Mr.", "President", not
            // "former"), or as the subject of a reporting verb ("Shulman said") where it is
            // not just a word that opens the sentence ("Findings suggest") or a body's name
            // ("The Independent reported"), names a person met for the first time.
            (false, None)
                if title.is_some_and(is_capitalised)
                    || tokens
                        .get(end)
                        .is_some_and(|t| CUE_VERBS.contains_key(t.text(text)))
                        && (first > 0 || self.people.is_proper_name(&name))
                        && !after_the(tokens, text, first) =>
            {
                self.entity(&name, EntityKind::Person)
            }
            (false, None) => return None,
        };
        if self.entities[id].kind == EntityKind::Person {
            if full {
                self.by_given.insert(words[0], id);
            }
            self.by_surname.insert(last, id);
            self.hold_titles_before(tokens, first, id);
        }
        if self.entities[id].gender.is_none() {
            self.entities[id].gender = gender;
        }
        // A one-word name that is the entity's whole name ("Isabel") is a name, not a
        // surname standing for a fuller one.
        let via = if full || self.entities[id].canonical == name {
            MentionVia::Name
        } else {
            MentionVia::Surname
        };
        self.mention(id, span, via);
        Some(id)
    }

    /// The organisation met before whose name `words` abbreviates: one acronym whose
    /// letters are the initials of its name's words, small words left out ("KCNA" of
    /// "Korean Central News Agency", "M5S" of "Movimento 5 Stelle").
    fn abbreviated(&self, words: &[&str]) -> Option<usize> {
        let [acronym] = words else { return None };
        let id = *self
            .by_initials
            .get(acronym)
            .filter(|_| is_initials(acronym))?;
        (self.entities[id].kind == EntityKind::Organization).then_some(id)
    }

    /// Records the titles written before a person's name ("Mayor Ana Ruiz", "foreign
    /// minister Jo Lee", "the mayor, Ana Ruiz,") as roles that person holds, and a role
    /// described before the name as a mention of them. A title a name
    /// qualifies ("Farm Bureau president", "Ukraine's president") is a role of that body or
    /// place: recorded with it ("ukraine president"), for "Ukraine's President said", and
    /// not as "the president", which later need not mean the same person.
    fn hold_titles_before(&mut self, tokens: &[Token], first: usize, id: usize) {
        let text = self.text;
        let word = |k: usize| tokens[k].text(text);
        let set_off = first >= 2 && word(first - 1) == "," && is_own_title(word(first - 2));
        let end = first - usize::from(set_off);
        let chain = tokens[..end]
            .iter()
            .rev()
            .take_while(|t| t.word && is_own_title(t.text(text)))
            .count();
        if chain == 0 {
            return;
        }
        let qualifier = (end - chain)
            .checked_sub(1)
            .filter(|&k| tokens[k].word && is_capitalised(word(k)));
        // A role described before the name is a mention of its holder ("coach" of "Tunisia's
        // coach Nabil Maaloul", "match referee"); a title written as part of the name ("Mayor
        // Ana Ruiz") is not.
        if qualifier.is_some() || !is_capitalised(word(end - 1)) {
            let role = Span::new(tokens[end - chain].start, tokens[end - 1].end);
            self.mention(id, role, MentionVia::Role);
        }
        match qualifier {
            Some(k) => {
                let key = qualified_role_key(word(k), word(end - 1));
                self.holders.insert(&key, id);
            }
            None => {
                for token in &tokens[end - chain..end] {
                    self.holders.insert(&role_key(token.text(text)), id);
                }
            }
        }
    }

    /// People named as a group by a plural noun, from token `i`: "The doctors", "Local
    /// residents", "Scientists" (capitalised only where it opens the sentence). As the
    /// sentence's subject the phrase makes a group, or joins the group of that noun met
    /// before; elsewhere it only joins one. Returns the group with the token after the
    /// phrase.
    fn group(&mut self, tokens: &[Token], i: usize, subject_free: bool) -> Option<(usize, usize)> {
        let text = self.text;
        let word = |k: usize| tokens.get(k).filter(|t| t.word).map(|t| t.text(text));
        let first = word(i)?;
        let determined = [
            "the", "these", "those", "many", "some", "several", "most", "other",
        ]
        .iter()
        .any(|d| first.eq_ignore_ascii_case(d));
        let from = i + usize::from(determined);
        let head = (from..=from + MAX_MODIFIERS)
            .take_while(|&k| word(k).is_some())
            .find(|&k| word(k).is_some_and(is_group_noun))?;
        // Modifiers are adjectives and nouns ("local", "business"), not prepositions or
        // verbs ("among customers", "means people"); without a determiner the phrase must
        // open its clause.
        let lowercase_between = tokens[from..head].iter().enumerate().all(|(k, t)| {
            let w = t.text(text);
            // Only the sentence's first word is capitalised: "Local residents".
            (!is_capitalised(w) || from + k == 0)
                && !STOPWORDS.contains(&lowercase(w))
                && !CUE_VERBS.contains_key(w)
                && !is_in(WordClass::Preposition, w)
                && !w.ends_with("ing")
        });
        let opens = determined
            || i == 0
            || !tokens[i - 1].word
            || is_in(WordClass::ClauseOpener, tokens[i - 1].text(text));
        let head_word = word(head)?;
        let capital_opens = !is_capitalised(head_word) || head == 0;
        // "officers Jo Lee and …": a title before names, not a group.
        let named_after = word(head + 1).is_some_and(is_capitalised);
        if !lowercase_between || !capital_opens || named_after || !opens {
            return None;
        }
        let key = head_word.to_lowercase();
        let plain_subject = subject_free && !after_preposition(tokens, text, i);
        let id = match self.groups.get(&key) {
            Some(&id) => id,
            None if plain_subject => {
                let name = tokens[from].start..tokens[head].end;
                let id = self.entity(&text[name].to_lowercase(), EntityKind::Group);
                self.groups.insert(&key, id);
                id
            }
            None => return None,
        };
        let span = Span::new(tokens[i].start, tokens[head].end);
        self.mention(id, span, MentionVia::Name);
        Some((id, head + 1))
    }

    /// "Ukraine's President", "Acme's chief executive": the person last given that title
    /// of that place or body, with the token after the phrase.
    fn qualified_role(&mut self, tokens: &[Token], i: usize) -> Option<(usize, usize)> {
        let text = self.text;
        let owner = tokens[i].text(text);
        if !is_capitalised(owner) || strip_possessive(owner).len() == owner.len() {
            return None;
        }
        let title = tokens.get(i + 1).filter(|t| t.word)?;
        let named_after = tokens
            .get(i + 2)
            .is_some_and(|t| t.word && is_capitalised(t.text(text)));
        if !is_own_title(title.text(text)) || named_after {
            return None;
        }
        let key = qualified_role_key(owner, title.text(text));
        let id = self.holders.get(&key).copied()?;
        let span = Span::new(tokens[i].start, title.end);
        self.mention(id, span, MentionVia::Role);
        Some((id, i + 2))
    }

    /// Records the titles among `tokens` (a description of entity `id`) as its roles.
    fn hold_titles_in(&mut self, tokens: &[Token], id: usize) {
        let text = self.text;
        for token in tokens
            .iter()
            .filter(|t| t.word && is_own_title(t.text(text)))
        {
            self.holders.insert(&role_key(token.text(text)), id);
        }
    }

    /// A description set after the name of entity `id`, from token `at`: ", a spokeswoman
    /// for the council," or ", the company's chief executive". Returns the token after it,
    /// or `at` when there is none.
    fn apposition(&mut self, tokens: &[Token], at: usize, id: usize) -> usize {
        let text = self.text;
        let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
        let opens = word(at) == ","
            && (matches!(word(at + 1), "a" | "an" | "the" | "another")
                || role_phrase_at(tokens, text, at + 1));
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
        self.hold_titles_in(&tokens[first..end], id);
        end
    }

    /// What the text says entity `id` is, from token `at`: "is a professor", "was the
    /// first mayor". The description ends before a preposition, a clause or punctuation, so
    /// that names after it ("at the University of Helsinki") are read as their own. Returns
    /// the token after it, or `at` when there is none.
    fn predicate(&mut self, tokens: &[Token], at: usize, id: usize) -> usize {
        let text = self.text;
        let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
        if !matches!(word(at), "is" | "was") {
            return at;
        }
        // "was also a legend", "is now the director"
        let first = at + 1 + usize::from(PREDICATE_ADVERBS.contains(&word(at + 1)));
        // "was one of the first opponents"
        let article = first + 2 * usize::from(word(first) == "one" && word(first + 1) == "of");
        if !matches!(word(article), "a" | "an" | "the") {
            return at;
        }
        let end = (article + 1..tokens.len().min(first + MAX_APPOSITION_WORDS))
            .find(|&k| !tokens[k].word || STOPWORDS.contains(word(k)))
            .unwrap_or(tokens.len().min(first + MAX_APPOSITION_WORDS));
        let span = Span::new(tokens[first].start, tokens[end - 1].end);
        self.mention(id, span, MentionVia::Apposition);
        self.hold_titles_in(&tokens[first..end], id);
        end
    }

    /// A third-person pronoun at token `i`, resolved to the most salient entity that agrees.
    fn pronoun(&mut self, tokens: &[Token], i: usize, sentence: usize) -> Option<usize> {
        let word = tokens[i].text(self.text);
        let referent = *PRONOUN_FORMS.get(&lowercase(word))?;
        let id = match referent {
            // "they" stands for many things; an organisation only as a subject just before.
            Referent::Plural => self.subject_nearby(sentence, |e| {
                matches!(
                    self.entities[e].kind,
                    EntityKind::Organization | EntityKind::Group
                )
            })?,
            // "it said" or "its" right after a name that only a reporting verb made a
            // person's: a firm.
            Referent::Thing if self.owns_or_speaks(tokens, i) => self
                .speaker_as_organisation(sentence)
                .or_else(|| self.most_salient_agreeing(sentence, referent))?,
            _ => self.most_salient_agreeing(sentence, referent)?,
        };
        let entity = &mut self.entities[id];
        entity.gender = entity.gender.or(stated_gender(Some(&referent)));
        self.mention(
            id,
            Span::new(tokens[i].start, tokens[i].end),
            MentionVia::Pronoun,
        );
        Some(id)
    }

    /// Whether the pronoun at token `i` is a possessive ("its") or a reporting verb's
    /// subject ("it said"), as only an organisation's "it" is.
    fn owns_or_speaks(&self, tokens: &[Token], i: usize) -> bool {
        let text = self.text;
        tokens[i].text(text).eq_ignore_ascii_case("its")
            || tokens
                .get(i + 1)
                .is_some_and(|t| CUE_VERBS.contains_key(t.text(text)))
    }

    /// The most salient entity that a pronoun or noun of `referent` may stand for: a person
    /// of that gender, an organisation for "it". Where the text has stated no gender, a
    /// given name's hint decides: "she" is not a man the text never called "he", when the
    /// name is Hassan.
    fn most_salient_agreeing(&self, sentence: usize, referent: Referent) -> Option<usize> {
        let wanted = stated_gender(Some(&referent));
        let kind = match referent {
            Referent::Male | Referent::Female => EntityKind::Person,
            Referent::Thing | Referent::Plural => EntityKind::Organization,
        };
        let gender_of = |id: usize| {
            let entity = &self.entities[id];
            entity.gender.or(stated_gender(self.hints[id].as_ref()))
        };
        let agrees = |id: usize| {
            let gender = gender_of(id);
            self.entities[id].kind == kind
                && (wanted.is_none() || gender.is_none() || gender == wanted)
        };
        // Among mentions that are not subjects, one whose gender the text has stated (a title,
        // a pronoun already resolved to them) goes before one whose gender only a given name
        // hints or nothing says: "she" after "Those included Drew Cass" is the woman the
        // text has called "she" before.
        let known = |id: usize| wanted.is_none() || self.entities[id].gender == wanted;
        self.most_salient(sentence, agrees, known)
    }

    /// A description from token `i` ("the company", "the former minister", "the woman"):
    /// the entity it stands for, with the token after it.
    fn description(
        &mut self,
        tokens: &[Token],
        i: usize,
        sentence: usize,
    ) -> Option<(usize, usize)> {
        let text = self.text;
        let determiner = lowercase(tokens[i].text(text));
        if !matches!(&*determiner, "the" | "this" | "that") {
            return None;
        }
        let word = |k: usize| tokens.get(k).filter(|t| t.word).map(|t| t.text(text));
        // The head noun: the first that names a role, an organisation or a person and is not
        // itself a modifier of the next title ("former" of "the former minister") or the
        // title of the name after it ("Mr." of "that Mr. Trump").
        let qualifies = |next: &str| is_title(next) || is_capitalised(next);
        let noun_at = (i + 1..=i + 1 + MAX_MODIFIERS)
            .take_while(|&k| word(k).is_some())
            .find(|&k| {
                word(k).and_then(description_head).is_some() && !word(k + 1).is_some_and(qualifies)
            })?;
        // Modifiers are not clauses: "the new company", not "the report that the company".
        let modifiers: Vec<&str> = tokens[i + 1..noun_at]
            .iter()
            .map(|t| t.text(text))
            .collect();
        if modifiers.iter().any(|w| STOPWORDS.contains(w)) {
            return None;
        }
        let named: Vec<&str> = modifiers
            .iter()
            .filter(|w| is_capitalised(w))
            .map(|w| strip_possessive(w))
            .collect();
        let id = self.described(tokens[noun_at].text(text), &named, sentence)?;
        let noun = tokens[noun_at].text(text);
        let span = Span::new(
            tokens[i].start,
            tokens[noun_at].start + strip_possessive(noun).len(),
        );
        self.mention(id, span, MentionVia::Role);
        Some((id, noun_at + 1))
    }

    /// The entity a description's head noun stands for: an organisation for "company", the
    /// last holder of a title for "mayor", the most salient person that agrees for "woman".
    /// `named`: the capitalised modifiers before the noun ("Afghan" of "the Afghan team"),
    /// which an organisation's name must then hold.
    fn described(&mut self, noun: &str, named: &[&str], sentence: usize) -> Option<usize> {
        let key = role_key(noun);
        match description_head(noun)? {
            Head::Organisation => self
                .described_organisation(&key, named, sentence)
                .or_else(|| self.speaker_as_organisation(sentence))
                .or_else(|| self.unclaimed_as_organisation(named, sentence)),
            Head::Title => self.holders.get(&key).copied(),
            Head::Person(hint) => {
                let id = match hint {
                    Some(referent) => self.most_salient_agreeing(sentence, referent)?,
                    None => self.most_salient(
                        sentence,
                        |id| self.entities[id].kind == EntityKind::Person,
                        |_| true,
                    )?,
                };
                let entity = &mut self.entities[id];
                entity.gender = entity.gender.or(stated_gender(hint.as_ref()));
                Some(id)
            }
        }
    }

    /// The organisation "the company" stands for: one whose name holds the noun ("Acme
    /// Company"), else one that was the subject just before; with `named` modifiers, only
    /// one whose name holds them all.
    fn described_organisation(&self, noun: &str, named: &[&str], sentence: usize) -> Option<usize> {
        let organisation = |id: usize| self.entities[id].kind == EntityKind::Organization;
        let holds = |id: usize, word: &str| {
            self.entities[id]
                .canonical
                .split(' ')
                .any(|w| strip_possessive(w).eq_ignore_ascii_case(word))
        };
        if !named.is_empty() {
            return self.most_salient(
                sentence,
                |id| organisation(id) && named.iter().all(|w| holds(id, w)),
                |_| true,
            );
        }
        self.most_salient(sentence, |id| organisation(id) && holds(id, noun), |_| true)
            .or_else(|| self.subject_nearby(sentence, organisation))
    }

    /// For "the company" or "it" with no organisation before it: the subject just before, when
    /// all that made it a person was a reporting verb beside its name ("Greenfield
    /// Analytics reported …"); it is an organisation from now on.
    fn speaker_as_organisation(&mut self, sentence: usize) -> Option<usize> {
        let id = self
            .last_subject(sentence)
            .filter(|s| s.plain_subject)
            .map(|s| s.entity)
            .filter(|&id| {
                let entity = &self.entities[id];
                entity.kind == EntityKind::Person
                    && entity.gender.is_none()
                    && self.people.is_speaker_only(&entity.canonical)
                    && entity.mentions.iter().all(|m| m.via == MentionVia::Name)
            })?;
        self.entities[id].kind = EntityKind::Organization;
        Some(id)
    }

    /// For "the company" with no organisation before it: a name that made no entity and
    /// was the subject of this sentence or the one before ("Scientology"), with the
    /// description's capitalised modifiers when it has some; it is an organisation from now
    /// on, with that occurrence as its first mention.
    fn unclaimed_as_organisation(&mut self, named: &[&str], sentence: usize) -> Option<usize> {
        let holds = |name: &str, word: &str| name.split(' ').any(|w| w.eq_ignore_ascii_case(word));
        let at = self.unclaimed.iter().rposition(|u| {
            sentence - u.sentence <= REACH_SENTENCES
                && u.subject
                && self.people.is_proper_name(&u.name)
                && !self.people.is_place(&u.name)
                && !is_time_word(&u.name)
                && named.iter().all(|w| holds(&u.name, w))
                // "the Afghan team" after "Afghan" alone: the modifier, not a name.
                && (named.is_empty() || u.name.split(' ').count() > named.len())
        })?;
        let Unclaimed { name, span, .. } = self.unclaimed.remove(at);
        let id = self.entity(&name, EntityKind::Organization);
        self.mention(id, span, MentionVia::Name);
        Some(id)
    }

    /// The entity a pronoun or description in `sentence` most likely stands for: the first
    /// that `agrees` among the subject of this sentence so far, the subjects of the
    /// sentences before (nearest first), then every mention, most recent first.
    /// Among the other mentions, those whose agreement is `certain` come first.
    fn most_salient(
        &self,
        sentence: usize,
        agrees: impl Fn(usize) -> bool,
        certain: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        let within = |s: &&Seen| sentence - s.sentence <= REACH_SENTENCES;
        let recent: Vec<&Seen> = self.seen.iter().rev().take_while(within).collect();
        let ok = |s: &&&Seen| agrees(s.entity);
        let subject_of = |k: usize| {
            recent
                .iter()
                .find(|s| s.sentence == k && s.subject)
                .filter(ok)
                .map(|s| s.entity)
        };
        let near = (0..=REACH_SENTENCES.min(sentence))
            .find_map(|back| subject_of(sentence - back))
            .or_else(|| {
                recent
                    .iter()
                    .find(|s| ok(s) && certain(s.entity))
                    .map(|s| s.entity)
            })
            .or_else(|| recent.iter().find(ok).map(|s| s.entity));
        near.or_else(|| self.only_one_far(sentence, &agrees))
    }

    /// The subject of this sentence so far, or of the one before, when it `agrees`.
    fn subject_nearby(&self, sentence: usize, agrees: impl Fn(usize) -> bool) -> Option<usize> {
        self.last_subject(sentence)
            .map(|s| s.entity)
            .filter(|&e| agrees(e))
    }

    /// The last subject seen in this sentence so far or in the one before.
    fn last_subject(&self, sentence: usize) -> Option<&Seen> {
        self.seen
            .iter()
            .rev()
            .take_while(|s| sentence - s.sentence <= 1)
            .find(|s| s.subject)
    }

    /// The one entity that agrees among the mentions of the last [`FAR_REACH_SENTENCES`],
    /// when only one does: with two candidates, a pronoun this far from both is unresolved.
    fn only_one_far(&self, sentence: usize, agrees: &impl Fn(usize) -> bool) -> Option<usize> {
        let mut candidates = self
            .seen
            .iter()
            .rev()
            .take_while(|s| sentence - s.sentence <= FAR_REACH_SENTENCES)
            .map(|s| s.entity)
            .filter(|&e| agrees(e));
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
        self.hints.push(None);
        self.by_name.insert(name, id);
        if kind == EntityKind::Organization && name.contains(' ') {
            self.by_initials.insert(&initials(name), id);
        }
        id
    }

    /// Adds a mention of entity `id`, in text order: one found late (a name that only a
    /// later description made an organisation's) goes before the mentions after it.
    fn mention(&mut self, id: usize, span: Span, via: MentionVia) {
        let mentions = &mut self.entities[id].mentions;
        let at = mentions.partition_point(|m| m.span.start <= span.start);
        let mention = Mention {
            text: span.slice(self.text).to_owned(),
            span,
            via,
        };
        mentions.insert(at, mention);
    }
}

/// What a description's head noun names.
enum Head {
    /// "company", "ministry": an organisation named before.
    Organisation,
    /// "mayor", "minister": the person last given that title.
    Title,
    /// "woman", "child": a person, with the gender the noun states.
    Person(GenderHint),
}

/// What `word` heads as a description's noun, if anything. Organisation and person nouns
/// count only in lowercase ("the company", not the "Company" of a name).
fn description_head(word: &str) -> Option<Head> {
    let key = role_key(word);
    let lowercase = !is_capitalised(word);
    if lowercase && (ORGANISATION_NOUNS.contains(&key) || ORGANISATION_WORDS.contains(&key)) {
        Some(Head::Organisation)
    } else if is_title(&key) {
        Some(Head::Title)
    } else {
        let hint = PERSON_NOUNS.get(&key).filter(|_| lowercase)?;
        Some(Head::Person(*hint))
    }
}

/// A title its bearer holds: not a possessive, which is someone else's ("the president's
/// lawyer Rudy Giuliani" is a lawyer).
fn is_own_title(word: &str) -> bool {
    is_title(word) && strip_possessive(word).len() == word.len()
}

/// Whether "the" stands right before token `first`.
fn after_the(tokens: &[Token], text: &str, first: usize) -> bool {
    first
        .checked_sub(1)
        .is_some_and(|k| tokens[k].text(text).eq_ignore_ascii_case("the"))
}

/// Whether a preposition stands right before token `first`.
fn after_preposition(tokens: &[Token], text: &str, first: usize) -> bool {
    first
        .checked_sub(1)
        .is_some_and(|k| tokens[k].word && is_in(WordClass::Preposition, tokens[k].text(text)))
}

/// The initials of a name's words, small words left out: "USI" of "University of Southern
/// Indiana".
fn initials(name: &str) -> String {
    let words = name
        .split(' ')
        .filter(|w| !STOPWORDS.contains(&lowercase(w)));
    words.filter_map(|w| w.chars().next()).collect()
}

/// Whether a verb stands before token `first` in its clause (since the sentence start or
/// the last comma): "Those included Drew Cass", "They met Ana Ruiz". A name after its
/// clause's verb is its object, not its subject. Without a parse, a verb is an auxiliary,
/// a reporting verb, or a lowercase past form in "-ed".
fn after_verb(tokens: &[Token], text: &str, first: usize) -> bool {
    /// How far back a clause is read: a run-on "sentence" of a pasted list is read once per
    /// name in it, and must stay linear.
    const MAX_CLAUSE_TOKENS: usize = 40;
    let clause = tokens[..first]
        .iter()
        .rev()
        .take(MAX_CLAUSE_TOKENS)
        .take_while(|t| t.text(text) != ",");
    clause.filter(|t| t.word).any(|t| {
        let word = t.text(text);
        let lowercase = word.chars().next().is_some_and(char::is_lowercase);
        lowercase
            && (is_in(WordClass::Auxiliary, word)
                || is_in(WordClass::Passive, word)
                || CUE_VERBS.contains_key(word)
                || (word.len() > 4 && word.ends_with("ed")))
    })
}

/// Whether the name at tokens `first..end` is plainly its clause's subject: it opens the
/// sentence or follows a comma, is no possessive ("Google's platform"), and a lowercase
/// word that is no preposition or conjunction follows it, likely its verb ("Sony owns",
/// not "According to", "CPG, and telecom").
fn opens_clause_as_subject(tokens: &[Token], text: &str, first: usize, end: usize) -> bool {
    let opens = first == 0 || tokens[first - 1].text(text) == ",";
    let last = tokens[end - 1].text(text);
    let possessive = strip_possessive(last).len() != last.len();
    let verb_after = tokens.get(end).is_some_and(|t| {
        let word = t.text(text);
        t.word
            && !is_capitalised(word)
            && !is_in(WordClass::Preposition, word)
            && !matches!(word, "and" | "or" | "but" | "nor")
    });
    opens && !possessive && verb_after
}

/// A plural noun for people taken together: listed ("residents", "people"), or the plural
/// of a title ("officials", "lawyers").
fn is_group_noun(word: &str) -> bool {
    let lower = lowercase(word);
    let singular = lower.strip_suffix('s').unwrap_or_default();
    GROUP_NOUNS.contains(&lower)
        || !singular.is_empty() && is_title(singular) && !TITLE_MODIFIERS.contains(singular)
}

/// A calendar word ("October", "Saturday"), which opens sentences but names no one.
fn is_time_word(name: &str) -> bool {
    TIME_WORDS.contains_key(name.to_lowercase().as_str())
}

/// A title of a place or body as the key it is recorded and looked up by: "Ukraine's
/// president" → "ukraine president".
fn qualified_role_key(qualifier: &str, title: &str) -> String {
    format!("{} {}", role_key(qualifier), role_key(title))
}

/// A title or noun as the key it is recorded and looked up by: lowercase, without a
/// possessive or a full stop ("Gov." → "gov", "governor's" → "governor").
fn role_key(word: &str) -> String {
    strip_possessive(word).trim_end_matches('.').to_lowercase()
}

/// The gender a male or female referent states; none for a thing, a group or no referent.
fn stated_gender(referent: Option<&Referent>) -> Option<Gender> {
    match referent {
        Some(Referent::Male) => Some(Gender::Male),
        Some(Referent::Female) => Some(Gender::Female),
        _ => None,
    }
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
