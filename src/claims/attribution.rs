//! Attribution: for each quote and each cue verb, the claim's shape (quote and cue, cue and
//! quote, "according to", indirect speech) and its speaker, pronouns resolved to the
//! names the text has used.

use crate::entities::{
    is_capitalised, is_name_suffix, is_title, strip_possessive, tokenize, NameIndex, Token,
};
use crate::lexicon::{
    is_in, CueKind, Referent, WordClass, ANONYMOUS_HEADS, ORGANISATION_WORDS, PRONOUNS,
    PRONOUN_FORMS,
};
use crate::report::{
    Claim, ClaimKind, Cue, Entity, EntityKind, Gender, MentionVia, Sentence, Span, Speaker,
};
use crate::text::{ceil_char_boundary, floor_char_boundary, post_signature};
use std::collections::HashMap;

use super::quotes::{word_count, Quote};
use super::words::{
    affiliation_len, cue_kind, hedges_in, is_auxiliary, is_clause_cue, is_connector, is_determiner,
    is_indefinite_source, is_modifier, is_negation, is_passive, is_passive_before, is_phrase_word,
    opens_circumstance, opens_clause, phrase_after, phrase_before, phrase_before_relative_clause,
    rest_is_circumstance, sentence_subject,
};

/// Confidence that a pronoun means the last person quoted ("he said", after their quote).
const PRONOUN_LAST_QUOTED: f64 = 0.7;

/// Confidence that "he replied" means the person quoted before the last one.
const PRONOUN_ANSWER: f64 = 0.6;

/// Confidence that a pronoun means the last full name mentioned, when no one was quoted.
const PRONOUN_MENTIONED: f64 = 0.5;

/// Confidence that a pronoun means the entity the entities stage resolved it to: the
/// salient person of the right gender, or the organisation just named.
const PRONOUN_RESOLVED: f64 = 0.75;

/// Confidence that a description ("the former US president") means the person the text
/// named with it earlier.
const BOUND_DESCRIPTION: f64 = 0.8;

/// How far from a quote (in bytes) its attribution is looked for.
const ATTRIBUTION_REACH: usize = 400;

/// The last direct quote, for quotes with no cue of their own.
#[derive(Clone)]
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

pub(super) struct Finder<'a> {
    text: &'a str,
    paragraphs: &'a [Span],
    sentences: &'a [Sentence],
    names: &'a NameIndex,
    /// The entities stage's reading of pronouns and descriptions: span → the entity's
    /// canonical name, and whether it is a person.
    referents: HashMap<(usize, usize), (&'a str, bool)>,
    /// Where each person is mentioned (any mention: name, pronoun, description), in text
    /// order: who a paragraph is about.
    person_mentions: Vec<(usize, &'a str)>,
    /// The gender the text states for each person, by canonical name: a pronoun that no
    /// entity took goes to no one the text has called by the other.
    stated_genders: HashMap<&'a str, Gender>,
    claims: Vec<Claim>,
    /// Canonical names of the people quoted so far, most recent last: what pronouns refer to.
    people: Vec<String>,
    /// Partial quotes waiting for their sentence's reported speech: (sentence, quote, cue).
    partials: Vec<(usize, Span, Found)>,
}

impl<'a> Finder<'a> {
    pub(super) fn new(
        text: &'a str,
        paragraphs: &'a [Span],
        sentences: &'a [Sentence],
        names: &'a NameIndex,
        entities: &'a [Entity],
    ) -> Self {
        let referents = entities
            .iter()
            .flat_map(|e| e.mentions.iter().map(move |m| (e, m)))
            .filter(|(_, m)| matches!(m.via, MentionVia::Pronoun | MentionVia::Role))
            .map(|(e, m)| {
                let person = e.kind == EntityKind::Person;
                ((m.span.start, m.span.end), (e.canonical.as_str(), person))
            })
            .collect();
        let mut person_mentions: Vec<(usize, &str)> = entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .flat_map(|e| {
                e.mentions
                    .iter()
                    .map(|m| (m.span.start, e.canonical.as_str()))
            })
            .collect();
        person_mentions.sort_unstable();
        let stated_genders = entities
            .iter()
            .filter_map(|e| Some((e.canonical.as_str(), e.gender?)))
            .collect();
        Finder {
            text,
            paragraphs,
            sentences,
            names,
            referents,
            person_mentions,
            stated_genders,
            claims: Vec::new(),
            people: Vec::new(),
            partials: Vec::new(),
        }
    }

    /// The claims found, in the order they were found.
    pub(super) fn into_claims(self) -> Vec<Claim> {
        self.claims
    }
    fn sentence_at(&self, byte: usize) -> usize {
        self.sentences
            .partition_point(|s| s.span.end <= byte)
            .min(self.sentences.len().saturating_sub(1))
    }

    fn span_of(&self, tokens: &[Token], from: usize, to: usize) -> Span {
        Span::new(tokens[from].start, tokens[to - 1].end)
    }

    /// Reported speech: `content`, said by the phrase at tokens `speaker` with the cue at
    /// tokens `cue` (both `from..to`).
    fn reported(
        &self,
        tokens: &[Token],
        speaker: (usize, usize),
        cue: (usize, usize),
        content: Span,
        opinion: bool,
    ) -> (ClaimKind, Span, Found) {
        let found = Found {
            speaker: Some(self.span_of(tokens, speaker.0, speaker.1)),
            cue: self.span_of(tokens, cue.0, cue.1),
            opinion,
        };
        (ClaimKind::Indirect, content, found)
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
            let affiliation = affiliation_len(&words[e..], text);
            if !rest_is_circumstance(&words[e + affiliation..], text, "") {
                return None;
            }
            return Some(Found {
                speaker: Some(self.span_of(words, s, e)),
                cue: self.span_of(words, 0, 1),
                opinion: cue_kind(first_word) == Some(CueKind::Belief),
            });
        }
        let cue = (0..words.len().min(24)).find(|&i| is_clause_cue(words, text, i))?;
        // `“…,” it said`: an organisation's "it", when the entity stage resolved it.
        let resolved_it = first_word.eq_ignore_ascii_case("it")
            && self.referents.contains_key(&(words[0].start, words[0].end));
        if cue == 1 && resolved_it && rest_is_circumstance(&words[2..], text, first_word) {
            return Some(Found {
                speaker: Some(self.span_of(words, 0, 1)),
                cue: self.span_of(words, 1, 2),
                opinion: cue_kind(words[1].text(text)) == Some(CueKind::Belief),
            });
        }
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
        if s > 2
            || !words[..s].iter().all(|t| is_modifier(t, text))
            || is_passive(words, text, cue, passive)
        {
            return None;
        }
        // Only words in the phrase; between it and the cue, phrase_before allowed auxiliaries
        // and a short parenthesis ("Rep. Gwen Moore (D-Wis.) said").
        if appositive.is_none() && words[..e].iter().any(|t| !t.word) {
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
    pub(super) fn run(&mut self, quotes: &[Quote]) {
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
            // A paragraph that is only a quotation, right after a paragraph whose claim was
            // reported speech, continues that speaker ("Okafor says she wants ..." / "“When
            // my kids ...”"), as it continues a quote.
            if reported {
                if let Some(speaker) = self.claims.last().and_then(|c| c.speaker.clone()) {
                    if !speaker.anonymous && speaker.confidence > 0.0 {
                        previous = Some(PreviousQuote {
                            paragraph: self.sentences[i].paragraph,
                            speaker: Some(speaker),
                        });
                    }
                }
            }
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
        // A quotation paragraph after a paragraph about the person last quoted ("Okafor
        // has lived on the estate …" / "“We have asked three times …”") is theirs too.
        let about_speaker = (covers_paragraph && full_quotation)
            .then(|| self.speaker_of_paragraph_before(quote.paragraph))
            .flatten();
        let inherited = inherited.cloned().or(about_speaker);
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
            (None, Some(p)) => self.bare_quote(quote, p.speaker),
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

    /// When the paragraph before `paragraph` is about the person last quoted (the first
    /// person it mentions is them), that speaker, to continue.
    fn speaker_of_paragraph_before(&self, paragraph: usize) -> Option<PreviousQuote> {
        let before = self.paragraphs[paragraph.checked_sub(1)?];
        let at = self
            .person_mentions
            .partition_point(|&(start, _)| start < before.start);
        let &(start, topic) = self.person_mentions.get(at)?;
        let speaker = self.claims.last()?.speaker.as_ref()?;
        let about = start < before.end
            && !speaker.anonymous
            && speaker.confidence > 0.0
            && self.names.full(topic) == speaker.canonical;
        about.then(|| PreviousQuote {
            paragraph: paragraph - 1,
            speaker: Some(speaker.clone()),
        })
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
            .or_else(|| self.document_saying(&tokens))
            .or_else(|| self.expressed_stance(&tokens))
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
        // "… expressed his hope that …, but acknowledged that …": a second predicate of the
        // same subject is a claim of its own.
        let second = tokens
            .iter()
            .position(|t| t.start >= content.end)
            .and_then(|k| (k..tokens.len()).find(|&c| is_clause_cue(&tokens, self.text, c)));
        if let Some((kind, content, found)) = second.and_then(|c| self.leading_at(&tokens, c)) {
            // Not a circumstance of the first saying: "…, she said in a statement".
            let words = content.slice(self.text);
            let circumstance = words
                .split_whitespace()
                .next()
                .is_some_and(opens_circumstance);
            if word_count(words) >= 4 && !circumstance {
                let first = self.claims.last().and_then(|c| c.speaker.as_ref());
                let first = first.map(|s| s.canonical.clone());
                let claim = self.claim(kind, content, found);
                let same_subject = claim.speaker.as_ref().map(|s| &s.canonical) == first.as_ref();
                if same_subject && first.is_some() {
                    self.claims.push(claim);
                }
            }
        }
        true
    }

    /// "The union issued a statement saying (that) …", "She posted a video claiming …":
    /// the document speaks for its owner, the sentence's subject, not for itself.
    fn document_saying(&self, tokens: &[Token]) -> Option<(ClaimKind, Span, Found)> {
        let text = self.text;
        let cue = tokens
            .iter()
            .position(|t| matches!(t.text(text), "saying" | "stating" | "claiming" | "warning"))?;
        let document = cue
            .checked_sub(1)
            .filter(|&k| is_in(WordClass::Document, tokens[k].text(text)))?;
        // The verb that issued it ("issued a", "posted its"), and before it the owner.
        let owned = matches!(
            tokens[document.checked_sub(1)?]
                .text(text)
                .to_lowercase()
                .as_str(),
            "a" | "an" | "the" | "its" | "his" | "her" | "their" | "another"
        );
        let verb = document.checked_sub(1 + usize::from(owned))?;
        let (s, e, passive) = phrase_before(tokens, text, verb)?;
        if passive || e != verb || !opens_clause(tokens, text, s) {
            return None;
        }
        let mut from = cue + 1;
        if tokens.get(from).is_some_and(|t| t.text(text) == "that") {
            from += 1;
        }
        let content = content_span(tokens, text, from, tokens.len())?;
        Some(self.reported(tokens, (s, e), (cue, cue + 1), content, false))
    }

    /// "X expressed (his) hope that …", "voiced concern that …": the clause is X's view.
    fn expressed_stance(&self, tokens: &[Token]) -> Option<(ClaimKind, Span, Found)> {
        let text = self.text;
        let verb = tokens
            .iter()
            .position(|t| matches!(t.text(text), "expressed" | "voiced" | "expresses"))?;
        // At most a possessive and an adjective before the noun: "his cautious hope".
        let noun = (verb + 1..(verb + 4).min(tokens.len()))
            .find(|&k| is_in(WordClass::Stance, tokens[k].text(text)))?;
        if tokens.get(noun + 1).is_none_or(|t| t.text(text) != "that") {
            return None;
        }
        let (s, e, passive) = phrase_before(tokens, text, verb)?;
        if passive || !opens_clause(tokens, text, s) {
            return None;
        }
        // The clause ends where a second predicate joins: ", but acknowledged that …".
        let end = (noun + 2..tokens.len())
            .find(|&k| {
                matches!(tokens[k].text(text), "but" | "and")
                    && k + 1 < tokens.len()
                    && is_clause_cue(tokens, text, k + 1)
            })
            .unwrap_or(tokens.len());
        let content = content_span(tokens, text, noun + 2, end)?;
        Some(self.reported(tokens, (s, e), (verb, noun + 1), content, true))
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
        Some(self.reported(tokens, (s, e), (cue_start, by + 1), content, false))
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
                ((s, e), e + affiliation_len(&after[e..], text))
            } else {
                let (s, e, passive) = phrase_before(after, text, cue)?;
                // The phrase fills the clause after the comma, allowing a modifier or two
                // ("top black lawmakers said").
                if s > 2
                    || is_passive(after, text, cue, passive)
                    || !after[..s].iter().all(|t| is_modifier(t, text))
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
            // Not when a long clause stands before the attribution and a description of the
            // speaker after it: "..., said Jo Lee, a senior official with the board."
            let rest = &after[rest_from..];
            let describes_speaker = rest.get(1).is_some_and(|t| {
                let word = t.text(text);
                matches!(word, "a" | "an" | "the") || (is_title(word) && !is_capitalised(word))
            });
            let clause_before = tokens[..comma].iter().filter(|t| t.word).count() >= 8;
            let medial = rest.first().is_some_and(|t| t.text(text) == ",")
                && rest[1..].iter().filter(|t| t.word).count() >= 4
                && !(describes_speaker && clause_before);
            let content = if medial {
                content_span(rest, text, 1, rest.len())?
            } else {
                content_span(tokens, text, 0, comma)?
            };
            Some(self.reported(
                after,
                (speaker.0, speaker.1),
                (cue, cue + 1),
                content,
                cue_kind(after[cue].text(text)) == Some(CueKind::Belief),
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
            return opens_clause(tokens, text, s)
                .then(|| self.reported(tokens, (s, e), (q, q + 3), content, false));
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
            Some((s, e, _)) if s <= 2 && tokens[..s].iter().all(|t| is_modifier(t, text)) => (0, e),
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
        Some(self.reported(
            tokens,
            (s, e),
            (cue, cue + 1),
            content,
            cue_kind(&verb) == Some(CueKind::Belief),
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
        // A pronoun that stands for no one the text names is no speaker: the claim keeps
        // its cue and goes unattributed rather than to "he".
        let speaker = found.speaker.and_then(|span| {
            let (speaker, person) = self.speaker(span, &cue_word);
            if person && self.people.last() != Some(&speaker.canonical) {
                self.people.push(speaker.canonical.clone());
            }
            let unresolved =
                !person && PRONOUNS.contains(speaker.canonical.to_lowercase().as_str());
            (!unresolved).then_some(speaker)
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
                entity: None,
                via: None,
            };
        // "He replied" answers someone: the person quoted before the last one.
        let answers = matches!(
            cue_word,
            "replied" | "replies" | "responded" | "responds" | "answered" | "answers"
        );
        let phrase = tokens
            .first()
            .zip(tokens.last())
            .map(|(first, last)| (first.start, last.end));
        let referent = phrase
            .and_then(|p| self.referents.get(&p))
            .filter(|_| !answers);
        if let Some(&(entity, person)) = referent {
            // A person known by one word ("Patrick") is named as fully as the article
            // names them elsewhere ("Deval Patrick").
            let entity = &if person {
                self.names.full(entity)
            } else {
                entity.to_owned()
            };
            // "they" for "officials" named before stays an unnamed source.
            let anonymous = entity
                .rsplit(' ')
                .next()
                .is_some_and(|head| ANONYMOUS_HEADS.contains(head));
            return if PRONOUNS.contains(lower.as_str()) {
                (
                    make(entity.to_owned(), anonymous, None, PRONOUN_RESOLVED),
                    person,
                )
            } else {
                let description = name.to_owned();
                let speaker = make(
                    entity.to_owned(),
                    false,
                    Some(description),
                    BOUND_DESCRIPTION,
                );
                (speaker, person)
            };
        }
        if PRONOUNS.contains(lower.as_str()) {
            let last_speaker = self
                .claims
                .last()
                .and_then(|c| c.speaker.as_ref())
                .map(|s| s.canonical.as_str());
            // "they" that the entities stage left alone is a group it did not see, not the
            // last person quoted; "she" is no one the text calls "he".
            let wanted = match PRONOUN_FORMS.get(lower.as_str()) {
                Some(Referent::Male) => Gender::Male,
                Some(Referent::Female) => Gender::Female,
                _ => return (make(name.to_owned(), false, None, 0.0), false),
            };
            let agrees = |person: &str| {
                self.stated_genders
                    .get(person)
                    .is_none_or(|&gender| gender == wanted)
            };
            // How sure: the last person quoted is the usual referent; the other party of an
            // exchange less so; a name merely mentioned before, less still.
            let quoted = self
                .people
                .iter()
                .rev()
                .filter(|p| agrees(p))
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
                    .last_before(span.start, |n| Some(n) != except && agrees(n))
                    .map(|n| (n.to_owned(), PRONOUN_MENTIONED))
            });
            return match resolved {
                Some((person, confidence)) => (make(person, false, None, confidence), true),
                None => (make(name.to_owned(), false, None, 0.0), false),
            };
        }
        // "Co-Founder, Stephanie Özcan": a bare title set off before the name.
        let set_off_title = tokens
            .iter()
            .position(|t| t.text(text) == ",")
            .filter(|&comma| {
                comma > 0
                    && comma + 1 < tokens.len()
                    && tokens[..comma].iter().all(|t| is_title(t.text(text)))
                    && tokens[comma + 1..]
                        .iter()
                        .all(|t| t.word && is_capitalised(t.text(text)))
            });
        if let Some(comma) = set_off_title {
            let person = &text[tokens[comma + 1].start..span.end];
            let role = text[tokens[0].start..tokens[comma - 1].end].to_owned();
            return (make(self.names.full(person), false, Some(role), 1.0), true);
        }
        // The head part: words before the first connector ("Thomas Graham" of "... of the
        // Council on Foreign Relations") or before a describing tail after a name or an
        // anonymous head ("a source" familiar with the talks).
        // (Not before a title that a name follows: the words up to the title describe the
        // role, "Chinese foreign ministry spokeswoman Hua Ping".)
        let title_then_name = |from: usize| {
            (from..tokens.len().saturating_sub(1)).any(|j| {
                let next = tokens[j + 1].text(text);
                is_title(tokens[j].text(text)) && is_capitalised(next) && !is_title(next)
            })
        };
        let head_end = (0..tokens.len())
            .find(|&i| {
                let word = tokens[i].text(text);
                let after_head = i > 0 && {
                    let prev = tokens[i - 1].text(text);
                    (is_capitalised(prev) && !is_determiner(prev))
                        || ANONYMOUS_HEADS.contains(prev.to_lowercase().as_str())
                };
                is_connector(word)
                    || (after_head
                        && !is_capitalised(word)
                        && !is_phrase_word(word)
                        && !title_then_name(i))
            })
            .unwrap_or(tokens.len());
        let head = &tokens[..head_end];
        // The person's name: the capitalised words that end the head, with a suffix after
        // them ("Jr.", "III").
        let mut end = head.len();
        while end > 1
            && is_name_suffix(head[end - 1].text(text))
            && is_capitalised(head[end - 2].text(text))
        {
            end -= 1;
        }
        let person_word = |k: usize| {
            let word = head[k].text(text);
            let lw = word.to_lowercase();
            is_capitalised(word)
                && !is_title(word)
                && !ORGANISATION_WORDS.contains(lw.as_str())
                && !is_determiner(word)
                && strip_possessive(word).len() == word.len()
        };
        let mut run = end;
        while run > 0 && person_word(run - 1) {
            run -= 1;
        }
        let role_of = |from: usize, to: usize| {
            (from < to).then(|| text[tokens[from].start..tokens[to - 1].end].to_owned())
        };
        if run < end {
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
        let anonymous = ANONYMOUS_HEADS.contains(head_word.as_str())
            || tokens.len() == 1 && is_indefinite_source(&head_word);
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
