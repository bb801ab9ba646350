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
//! ("Trump" → "Donald Trump"). A pronoun or a description ("he", "the company", "the mayor")
//! takes the entity the entities stage resolved it to (salience, agreement, role holders);
//! a pronoun it left unresolved takes the most recent named speaker. A phrase with no name
//! whose head is "official", "sources" and the like is anonymous. A speaker that names no
//! one ("Additionally", "overall") is dropped at the end (`plausible`): the quote stays,
//! unattributed; reported speech with it was no attribution.
//!
//! Limits: no parser, so a subject far from its verb, a speaker named only in a later
//! sentence, or a pronoun whose referent is not the last speaker can be missed or
//! misattributed; descriptions ("the former US president") are kept as written.

mod attribution;
mod plausible;
mod quotes;
#[cfg(test)]
mod tests;
mod words;

use crate::entities::NameIndex;
use crate::lexicon::{is_in, WordClass};
use crate::report::{Claim, Entity, Sentence, Span, Warning};
use crate::text::sort_by_position;

use attribution::Finder;
use quotes::find_quotes;

/// Whether a cue denies ("denied", "rejected"): the speaker's own statement, negated.
fn is_denial(cue: &str) -> bool {
    is_in(WordClass::Denial, &cue.to_lowercase())
}

/// Finds the claims in `text`.
pub fn extract(
    text: &str,
    paragraphs: &[Span],
    sentences: &[Sentence],
    names: &NameIndex,
    entities: &[Entity],
) -> (Vec<Claim>, Vec<Warning>) {
    let mut warnings = Vec::new();
    let quotes = find_quotes(text, paragraphs, &mut warnings);
    let mut finder = Finder::new(text, paragraphs, sentences, names, entities);
    finder.run(&quotes);
    let mut claims = finder.into_claims();
    // "did not say whether ...", "never told them ...": what was not said is no one's claim.
    // A denial ("denied that ...") is, and stays, marked negated.
    claims.retain(|c| !(c.negated && c.cue.as_ref().is_some_and(|cue| !is_denial(&cue.text))));
    plausible::check_speakers(&mut claims, text, sentences, entities);
    sort_by_position(&mut claims, |c| (c.start, c.end));
    claims.dedup_by(|b, a| a.start == b.start && a.end == b.end);
    (claims, warnings)
}
