//! Stage 3b: the people and organisations an article names, between sentences and claims.
//!
//! In: the clean text and its sentences. Out: a [`NameIndex`] of the full personal names
//! the article uses, the role words written before them, and the fuller name each surname
//! stands for, which the claims stage uses to name speakers in full. Limits: English
//! capitalisation; a name of one word, or of more than four, is not indexed.

mod names;
mod words;

pub(crate) use names::NameIndex;
pub(crate) use words::{
    is_capitalised, is_name_suffix, is_title, strip_possessive, tokenize, Token,
};

use crate::report::Sentence;

/// The names `text` uses, sentence by sentence.
pub(crate) fn find(text: &str, sentences: &[Sentence]) -> NameIndex {
    NameIndex::new(text, sentences)
}
