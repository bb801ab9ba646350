//! Names: the full personal names an article uses, the role words written before them, and
//! which fuller name a surname stands for ("Trump" → "Donald Trump").

use crate::lexicon::{TextMap, ORGANISATION_WORDS, STOPWORDS};
use crate::report::Sentence;

use super::words::{is_capitalised, is_title, strip_possessive, tokenize, Token};

/// The role words written right before token `first` of a name: up to four title words or
/// capitalised words ("Former US President", "Kremlin spokesman"), lowercase.
fn role_before(tokens: &[Token], text: &str, first: usize) -> Option<String> {
    let mut start = first;
    while start > 0 && first - start < 4 {
        let word = tokens[start - 1].text(text);
        let lower = word.to_lowercase();
        let role_word = tokens[start - 1].word
            && !STOPWORDS.contains(lower.as_str())
            && (is_title(word) || is_capitalised(word));
        if !role_word {
            break;
        }
        start -= 1;
    }
    let has_title = tokens[start..first].iter().any(|t| is_title(t.text(text)));
    has_title.then(|| {
        tokens[start..first]
            .iter()
            .map(|t| t.text(text).to_lowercase())
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// Full personal names used in the article, to merge "Trump" into "Donald Trump".
pub(crate) struct NameIndex {
    /// Surname (last word) → the fuller name most often used with it.
    pub(crate) by_last_word: TextMap<String>,
    /// Every full-name mention, by position, for pronouns with no named speaker before.
    pub(crate) mentions: Vec<(usize, String)>,
    /// Role phrases written right before a name ("former us president" before "Donald
    /// Trump"), lowercase, by position: the text binds the description to the person.
    pub(crate) roles: Vec<(usize, String, String)>,
}

impl NameIndex {
    pub(crate) fn new(text: &str, sentences: &[Sentence]) -> Self {
        let mut counts: TextMap<(usize, usize)> = TextMap::default();
        let mut mentions = Vec::new();
        let mut roles = Vec::new();
        for sentence in sentences {
            let tokens = tokenize(text, sentence.span.start, sentence.span.end);
            let mut run: Vec<&str> = Vec::new();
            let mut run_start = 0;
            let mut run_first = 0;
            for (i, token) in tokens.iter().enumerate() {
                let word = token.text(text);
                let lower = word.to_lowercase();
                let bare = strip_possessive(word);
                let name_word = token.word
                    && is_capitalised(word)
                    && word.chars().count() > 1
                    && !STOPWORDS.contains(lower.as_str())
                    && !is_title(word)
                    && !ORGANISATION_WORDS.contains(strip_possessive(&lower));
                if name_word {
                    if run.is_empty() {
                        run_start = token.start;
                        run_first = i;
                    }
                    run.push(bare);
                }
                let possessive = bare.len() != word.len();
                if !name_word || possessive || i + 1 == tokens.len() {
                    if (2..=4).contains(&run.len()) {
                        let name = run.join(" ");
                        counts.get_or_insert_with(&name, || (0, run_start)).0 += 1;
                        if let Some(role) = role_before(&tokens, text, run_first) {
                            roles.push((run_start, role, name.clone()));
                        }
                        mentions.push((run_start, name));
                    }
                    run.clear();
                }
            }
        }
        let mut by_last_word: TextMap<(String, usize, usize)> = TextMap::default();
        for (name, (count, order)) in counts.into_entries() {
            let Some(last) = name.rsplit(' ').next() else {
                continue;
            };
            let better = by_last_word
                .get(last)
                .is_none_or(|(_, c, o)| count > *c || (count == *c && order < *o));
            if better {
                let last = last.to_owned();
                by_last_word.insert(&last, (name, count, order));
            }
        }
        NameIndex {
            by_last_word: {
                let mut names = TextMap::default();
                for (last, (name, _, _)) in by_last_word.into_entries() {
                    names.insert(&last, name);
                }
                names
            },
            mentions,
            roles,
        }
    }

    /// The person a description stands for, when the text wrote that description right
    /// before a name earlier on ("Former US President Donald Trump" ... "the former US
    /// president").
    pub(crate) fn person_for_role(&self, description: &str, position: usize) -> Option<&str> {
        // Roles are in text order: start at `position` and look back a bounded way, so
        // that long texts stay linear.
        let i = self.roles.partition_point(|(at, _, _)| *at < position);
        self.roles[..i]
            .iter()
            .rev()
            .take(256)
            .find(|(_, role, _)| role == description)
            .map(|(_, _, name)| name.as_str())
    }

    /// The fullest form of a person's name.
    pub(crate) fn full(&self, name: &str) -> String {
        if name.contains(' ') {
            return name.to_owned();
        }
        self.by_last_word
            .get(name)
            .cloned()
            .unwrap_or_else(|| name.to_owned())
    }

    /// The last full name mentioned before `position` that `accept` takes.
    pub(crate) fn last_before(
        &self,
        position: usize,
        accept: impl Fn(&str) -> bool,
    ) -> Option<&str> {
        let i = self.mentions.partition_point(|(at, _)| *at < position);
        self.mentions[..i]
            .iter()
            .rev()
            .take(64)
            .map(|(_, name)| name.as_str())
            .find(|&name| accept(name))
    }
}
