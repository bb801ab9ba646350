//! The word lists every stage draws on, compiled in from the reviewable files in
//! `src/lexicon/`. Each list is parsed once, on first use.
//!
//! In: the text files (one entry a line, `#` comments). Out: sets and tables keyed by
//! lowercase words. Limits: English only; entries are single words except where a file says
//! otherwise.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use crate::report::RemovalReason;
use crate::text::{BYTE_CLASS, DIGIT, LETTER};

/// FNV-1a: the lexicons are fixed word lists looked up for every token, where the default
/// SipHash (built against hash flooding, which a compiled-in table does not face) is the
/// slower choice, markedly so in WebAssembly.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

/// A word list of `src/lexicon/`, as `build.rs` copies it: without its comment lines.
macro_rules! lexicon_file {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/lexicon/", $name))
    };
}
pub(crate) use lexicon_file;

/// A map keyed by lexicon words, hashed with [`Fnv`]. Every lexicon map is this one hash
/// map type (word → position) over a plain table of values, so the WebAssembly module
/// carries one copy of the hash table's code rather than one per value type (about 2 KB
/// each).
pub(crate) struct WordMap<V> {
    positions: HashMap<&'static str, u32, BuildHasherDefault<Fnv>>,
    values: Vec<V>,
}

/// A set of lexicon words ([`WordMap`] without values).
pub(crate) type WordSet = WordMap<()>;

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            positions: HashMap::default(),
            values: Vec::new(),
        }
    }
}

/// The position of `word`, or `None` when it is new and now has position `next`: the hash
/// table's insertion, one copy for every [`WordMap`] whatever its value type.
#[inline(never)]
fn place(
    positions: &mut HashMap<&'static str, u32, BuildHasherDefault<Fnv>>,
    word: &'static str,
    next: u32,
) -> Option<u32> {
    match positions.get(word) {
        Some(&at) => Some(at),
        None => {
            positions.insert(word, next);
            None
        }
    }
}

impl<V> WordMap<V> {
    /// The value of `word`.
    pub fn get(&self, word: &str) -> Option<&V> {
        let &at = self.positions.get(word)?;
        self.values.get(at as usize)
    }

    /// Whether `word` is in the map.
    pub fn contains_key(&self, word: &str) -> bool {
        self.positions.contains_key(word)
    }

    /// Sets the value of `word`.
    pub fn insert(&mut self, word: &'static str, value: V) {
        match place(&mut self.positions, word, self.values.len() as u32) {
            Some(at) => self.values[at as usize] = value,
            None => self.values.push(value),
        }
    }

    /// The words and their values, in no order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &V)> + '_ {
        self.positions
            .iter()
            .map(|(&word, &at)| (word, &self.values[at as usize]))
    }

    /// The words, in no order.
    pub fn words(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.positions.keys().copied()
    }
}

impl WordSet {
    /// Whether `word` is in the set.
    pub fn contains(&self, word: &str) -> bool {
        self.contains_key(word)
    }
}

/// A map keyed by strings made at run time (names, openings of blocks), hashed with
/// [`Fnv`]: like [`WordMap`], one hash map type (string → position) for all of them, over
/// a table of entries kept in the order they were inserted.
pub(crate) struct TextMap<V> {
    positions: HashMap<String, u32, BuildHasherDefault<Fnv>>,
    entries: Vec<(String, V)>,
}

impl<V> Default for TextMap<V> {
    fn default() -> Self {
        TextMap {
            positions: HashMap::default(),
            entries: Vec::new(),
        }
    }
}

impl<V> TextMap<V> {
    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<&V> {
        let &at = self.positions.get(key)?;
        self.entries.get(at as usize).map(|(_, value)| value)
    }

    /// Whether `key` is in the map.
    pub fn contains_key(&self, key: &str) -> bool {
        self.positions.contains_key(key)
    }

    /// The value of `key`, inserted first (made by `value`) if there is none.
    pub fn get_or_insert_with(&mut self, key: &str, value: impl FnOnce() -> V) -> &mut V {
        let at = match self.positions.get(key) {
            Some(&at) => at as usize,
            None => self.push(key, value()),
        };
        &mut self.entries[at].1
    }

    /// Sets the value of `key`.
    pub fn insert(&mut self, key: &str, value: V) {
        match self.positions.get(key) {
            Some(&at) => self.entries[at as usize].1 = value,
            None => _ = self.push(key, value),
        }
    }

    /// Adds a new key; returns its position.
    fn push(&mut self, key: &str, value: V) -> usize {
        let at = self.entries.len();
        self.positions.insert(key.to_owned(), at as u32);
        self.entries.push((key.to_owned(), value));
        at
    }

    /// The entries, in the order their keys were first inserted.
    pub fn into_entries(self) -> Vec<(String, V)> {
        self.entries
    }
}

impl<V> FromIterator<(&'static str, V)> for WordMap<V> {
    fn from_iter<I: IntoIterator<Item = (&'static str, V)>>(entries: I) -> Self {
        let mut map = WordMap::default();
        for (word, value) in entries {
            map.insert(word, value);
        }
        map
    }
}

impl FromIterator<&'static str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'static str>>(words: I) -> Self {
        words.into_iter().map(|word| (word, ())).collect()
    }
}

/// Lines of a lexicon file that carry entries: trimmed, without blanks and `#` comments.
fn entries(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// A set of lowercase words from a one-word-a-line file.
fn word_set(file: &'static str) -> WordSet {
    entries(file).collect()
}

/// `reason<TAB>value` lines; a reason name not in [`RemovalReason`] is a bug in the file,
/// caught by this module's tests.
fn reason_table(file: &'static str) -> Vec<(RemovalReason, &'static str)> {
    entries(file)
        .filter_map(|line| {
            let (reason, value) = line.split_once('\t')?;
            Some((RemovalReason::from_name(reason)?, value.trim()))
        })
        .collect()
}

/// What a reporting verb says about its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueKind {
    /// Something was said or written.
    Speech,
    /// An opinion or expectation ("believes", "thinks").
    Belief,
    /// A medium relays it ("reports").
    Report,
}

/// Every form of every reporting verb, mapped to its kind.
pub(crate) static CUE_VERBS: LazyLock<WordMap<CueKind>> = LazyLock::new(|| {
    kind_map(lexicon_file!("cue_verbs.txt"), |kind| match kind {
        "speech" => Some(CueKind::Speech),
        "belief" => Some(CueKind::Belief),
        "report" => Some(CueKind::Report),
        _ => None,
    })
});

/// A `kind<TAB>words` file as a map from each word to its kind; a line whose kind `kind`
/// does not name is skipped.
fn kind_map<K: Copy>(file: &'static str, kind: impl Fn(&str) -> Option<K>) -> WordMap<K> {
    let mut map = WordMap::default();
    for line in entries(file) {
        let Some((name, words)) = line.split_once('\t') else {
            continue;
        };
        let Some(kind) = kind(name) else {
            continue;
        };
        for word in words.split_whitespace() {
            map.insert(word, kind);
        }
    }
    map
}

/// Role and title words ("spokesman", "president"), lowercase.
pub(crate) static TITLES: LazyLock<WordSet> =
    LazyLock::new(|| word_set(lexicon_file!("titles.txt")));

/// What a writer is, in an author's biography ("staff writer", "editor"), lowercase.
pub(crate) static BIO_ROLES: LazyLock<WordSet> =
    LazyLock::new(|| word_set(lexicon_file!("bio_roles.txt")));

/// The author box's words (`lexicon/author_box.txt`): the headings that introduce a
/// biography ("about the author") and the verbs that follow the name at its start ("is",
/// "writes"), lowercase.
pub(crate) static AUTHOR_BOX: LazyLock<AuthorBoxWords> = LazyLock::new(|| {
    let file = lexicon_file!("author_box.txt");
    let [headings, verbs] = two_kinds(file, ["heading", "verb"]);
    let contact = entries(file)
        .filter_map(|line| line.strip_prefix("contact\t"))
        .collect();
    AuthorBoxWords {
        headings,
        verbs,
        contact,
    }
});

/// See [`AUTHOR_BOX`].
pub(crate) struct AuthorBoxWords {
    /// Whole lines that introduce a biography.
    pub headings: WordSet,
    /// Words that follow the author's name at a biography's start.
    pub verbs: WordSet,
    /// Phrases of the line that tells readers how to reach the writer.
    pub contact: Vec<&'static str>,
}

/// The words of bylines (`lexicon/bylines.txt`), lowercase.
pub(crate) static BYLINE_WORDS: LazyLock<BylineWords> = LazyLock::new(|| {
    let [labels, verbs] = two_kinds(lexicon_file!("bylines.txt"), ["label", "verb"]);
    BylineWords { labels, verbs }
});

/// The words of a word list whose lines are `kind<TAB>word`, one set per kind named (lines
/// of other kinds are passed over).
fn two_kinds(file: &'static str, kinds: [&str; 2]) -> [WordSet; 2] {
    let mut sets = [WordSet::default(), WordSet::default()];
    for (kind, word) in entries(file).filter_map(|line| line.split_once('\t')) {
        if let Some(k) = kinds.iter().position(|&name| name == kind) {
            sets[k].insert(word, ());
        }
    }
    sets
}

/// See [`BYLINE_WORDS`].
pub(crate) struct BylineWords {
    /// Lines that are a byline's label alone ("by", "author").
    pub labels: WordSet,
    /// Words before "by" that credit the writer ("written", "story").
    pub verbs: WordSet,
}

/// Head nouns of speaker phrases that name no one ("official", "sources").
pub(crate) static ANONYMOUS_HEADS: LazyLock<WordSet> =
    LazyLock::new(|| word_set(lexicon_file!("anonymous.txt")));

/// Last words of organisation names ("Council", "News"), lowercase.
pub(crate) static ORGANISATION_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| word_set(lexicon_file!("organisations.txt")));

/// Words that end company names but are common nouns too ("Labs", "Partners").
pub(crate) static COMPANY_SUFFIXES: LazyLock<WordSet> =
    LazyLock::new(|| word_set(lexicon_file!("company_suffixes.txt")));

/// A closed word class of `lexicon/word_classes.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WordClass {
    /// Between a speaker and its cue ("has", "now").
    Auxiliary = 1,
    /// Makes a following participle passive ("is", "was").
    Passive = 2,
    /// Joins parts of a speaker phrase ("of", "for").
    Connector = 4,
    /// Opens a speaker phrase ("the", "two").
    Determiner = 8,
    /// After a cue, opens a circumstance ("on", "during").
    Circumstance = 16,
    /// A weekday or bare time word ("Friday", "today").
    Weekday = 32,
    /// Ends a speaker phrase read forward ("on", "and").
    PhraseStop = 64,
    /// May stand before a clause-opening speaker phrase ("but", "after").
    ClauseOpener = 128,
    /// A cue whose listener precedes the content ("told").
    ListenerVerb = 256,
    /// Turns an attribution around ("not", "never").
    Negation = 512,
    /// A cue whose content the speaker says is false ("denied").
    Denial = 1024,
    /// A word of menus and buttons, never of a person's name ("Contact", "Us").
    MenuWord = 2048,
    /// Says the sentence speaks of the future ("will", "next", "plans").
    Future = 4096,
    /// Looks ahead when "to" follows ("wants to").
    Intention = 8192,
    /// Before a weekday, makes it a holiday's name ("Black Friday").
    Holiday = 16384,
    /// Says the words before a date speak of the past ("was", "made").
    Past = 32768,
    /// What an owner issues and that then speaks for it ("a statement saying").
    Document = 65536,
    /// Puts the name after it in a phrase of its own, not the sentence's subject ("with").
    Preposition = 131072,
    /// What one expresses that a clause follows ("expressed hope that").
    Stance = 262144,
}

impl WordClass {
    /// The class a line of `lexicon/word_classes.txt` names.
    fn named(name: &str) -> Option<WordClass> {
        Some(match name {
            "auxiliary" => Self::Auxiliary,
            "passive" => Self::Passive,
            "connector" => Self::Connector,
            "determiner" => Self::Determiner,
            "circumstance" => Self::Circumstance,
            "weekday" => Self::Weekday,
            "phrase_stop" => Self::PhraseStop,
            "clause_opener" => Self::ClauseOpener,
            "listener_verb" => Self::ListenerVerb,
            "negation" => Self::Negation,
            "denial" => Self::Denial,
            "menu_word" => Self::MenuWord,
            "future" => Self::Future,
            "intention" => Self::Intention,
            "holiday" => Self::Holiday,
            "past" => Self::Past,
            "document" => Self::Document,
            "preposition" => Self::Preposition,
            "stance" => Self::Stance,
            _ => return None,
        })
    }
}

/// Word → the classes it belongs to, as bits of [`WordClass`].
static WORD_CLASSES: LazyLock<WordMap<u32>> = LazyLock::new(|| {
    let mut map: WordMap<u32> = WordMap::default();
    for line in entries(lexicon_file!("word_classes.txt")) {
        let Some((class, words)) = line.split_once('\t') else {
            continue;
        };
        let Some(bit) = WordClass::named(class) else {
            continue;
        };
        let bit = bit as u32;
        for word in words.split_whitespace() {
            let classes = map.get(word).copied().unwrap_or(0);
            map.insert(word, classes | bit);
        }
    }
    map
});

/// Whether `word` (any case) belongs to `class`.
pub(crate) fn is_in(class: WordClass, word: &str) -> bool {
    let bits = match WORD_CLASSES.get(word) {
        Some(&bits) => bits,
        None if word.chars().any(char::is_uppercase) => WORD_CLASSES
            .get(word.to_lowercase().as_str())
            .copied()
            .unwrap_or(0),
        None => 0,
    };
    bits & class as u32 != 0
}

/// Capitalised words that make a following number part of a name ("Section 230"),
/// lowercase (`lexicon/numbered_names.txt`).
pub(crate) static NUMBERED_NAMES: LazyLock<WordSet> =
    LazyLock::new(|| word_set(lexicon_file!("numbered_names.txt")));

/// Hedging words ("reportedly", "may"), lowercase.
pub(crate) static HEDGES: LazyLock<WordSet> =
    LazyLock::new(|| word_set(lexicon_file!("hedges.txt")));

/// Pronouns that can stand for a speaker.
pub(crate) static PRONOUNS: LazyLock<WordSet> =
    LazyLock::new(|| word_set(lexicon_file!("pronouns.txt")));

/// What a third-person pronoun agrees with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Referent {
    /// "he", "him", "his": a man.
    Male,
    /// "she", "her": a woman.
    Female,
    /// "it", "its": an organisation or a thing.
    Thing,
    /// "they", "their": a group, an organisation, or a person unnamed.
    Plural,
}

/// Third-person pronouns by what they agree with (`lexicon/pronoun_forms.txt`).
pub(crate) static PRONOUN_FORMS: LazyLock<WordMap<Referent>> =
    LazyLock::new(|| referent_map(lexicon_file!("pronoun_forms.txt")));

/// Titles that state a gender, "mr" → male (`lexicon/gendered_titles.txt`).
pub(crate) static GENDERED_TITLES: LazyLock<WordMap<Referent>> =
    LazyLock::new(|| referent_map(lexicon_file!("gendered_titles.txt")));

/// Nouns that stand for an organisation named before, after "the" ("the company").
pub(crate) static ORGANISATION_NOUNS: LazyLock<WordSet> =
    LazyLock::new(|| word_set(lexicon_file!("organisation_nouns.txt")));

/// A `referent<TAB>words` file as a map from each word to its referent.
fn referent_map(file: &'static str) -> WordMap<Referent> {
    kind_map(file, |referent| match referent {
        "male" => Some(Referent::Male),
        "female" => Some(Referent::Female),
        "thing" => Some(Referent::Thing),
        "plural" => Some(Referent::Plural),
        _ => None,
    })
}

/// What a given name or a noun hints of a person's gender: `None` when it hints nothing.
pub(crate) type GenderHint = Option<Referent>;

/// A `hint<TAB>words` file (hint: male, female or either) as a map from each word to its
/// hint.
fn hint_map(file: &'static str) -> WordMap<GenderHint> {
    kind_map(file, |hint| match hint {
        "male" => Some(Some(Referent::Male)),
        "female" => Some(Some(Referent::Female)),
        "either" => Some(None),
        _ => None,
    })
}

/// Given names, lowercase, with the gender they hint (`lexicon/given_names.txt`): evidence
/// that a name is a person's, and a tie-breaker for pronouns, never a reported gender.
pub(crate) static GIVEN_NAMES: LazyLock<WordMap<GenderHint>> =
    LazyLock::new(|| hint_map(lexicon_file!("given_names.txt")));

/// Nouns for a person ("woman", "boy"), with the gender they state
/// (`lexicon/person_nouns.txt`).
pub(crate) static PERSON_NOUNS: LazyLock<WordMap<GenderHint>> =
    LazyLock::new(|| hint_map(lexicon_file!("person_nouns.txt")));

/// Plural nouns for people taken together ("doctors", "residents").
pub(crate) static GROUP_NOUNS: LazyLock<WordSet> =
    LazyLock::new(|| word_set(lexicon_file!("group_nouns.txt")));

/// Acronyms of countries and places ("US", "UK"): not organisations
/// (`lexicon/place_acronyms.txt`); case-sensitive.
pub(crate) static PLACE_ACRONYMS: LazyLock<WordSet> =
    LazyLock::new(|| word_set(lexicon_file!("place_acronyms.txt")));

/// Words that end the names of places, events, prizes and products ("Airport", "Award"),
/// never a person's (`lexicon/thing_words.txt`).
pub(crate) static THING_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| word_set(lexicon_file!("thing_words.txt")));

/// Title words that only qualify a title or name an institution ("former", "top",
/// "kremlin"), lowercase (`lexicon/title_modifiers.txt`).
pub(crate) static TITLE_MODIFIERS: LazyLock<WordSet> =
    LazyLock::new(|| word_set(lexicon_file!("title_modifiers.txt")));

/// Words that end a personal name after its surname: "Jr.", "III".
pub(crate) static NAME_SUFFIXES: LazyLock<WordSet> =
    LazyLock::new(|| word_set(lexicon_file!("name_suffixes.txt")));

/// Abbreviations (without their final stop) that do not end a sentence; case-sensitive.
pub(crate) static ABBREVIATIONS: LazyLock<WordSet> =
    LazyLock::new(|| word_set(lexicon_file!("abbreviations.txt")));

/// English function words, lowercase.
pub(crate) static STOPWORDS: LazyLock<WordSet> =
    LazyLock::new(|| word_set(lexicon_file!("stopwords.txt")));

/// Function words of English ([`STOPWORDS`]) and of other languages
/// (`lexicon/stopwords_other.txt`), lowercase, in one set (one lookup a word): what makes a
/// block read as prose in any of the common news languages.
pub(crate) static FUNCTION_WORDS: LazyLock<PackedWordSet> = LazyLock::new(|| {
    let other = entries(lexicon_file!("stopwords_other.txt")).flat_map(str::split_whitespace);
    PackedWordSet::new(STOPWORDS.words().chain(other))
});

/// A set of words for the lookup made on every word of every block ([`FUNCTION_WORDS`]): a
/// word of up to eight bytes is one integer, found by one multiplication and a probe or
/// two, where a hash set hashes byte by byte and compares strings (a tenth of the WASM
/// time on long pasted pages).
pub(crate) struct PackedWordSet {
    /// Words of one to eight bytes as little-endian integers, by open addressing with
    /// linear probing; 0 is an empty slot. At most half full.
    slots: Vec<u64>,
    /// Longer words: a handful, compared one by one.
    long: Vec<&'static str>,
}

impl PackedWordSet {
    fn new(words: impl Iterator<Item = &'static str>) -> Self {
        let (short, long): (Vec<&str>, Vec<&str>) = words.partition(|w| w.len() <= 8);
        let size = (2 * short.len()).next_power_of_two().max(16);
        let mut set = PackedWordSet {
            slots: vec![0; size],
            long,
        };
        for key in short.into_iter().filter_map(Self::pack) {
            let at = set.find(key);
            set.slots[at] = key;
        }
        set
    }

    /// Whether `word` is in the set.
    pub fn contains(&self, word: &str) -> bool {
        match Self::pack(word) {
            Some(key) => self.slots[self.find(key)] == key,
            None => word.len() > 8 && self.long.contains(&word),
        }
    }

    /// Whether `text[start..end]` is in the set. A short word is read with one eight-byte
    /// load from `text` and masked to its length (most words of a block have eight bytes
    /// of text after their start), where [`PackedWordSet::contains`] copies it byte by byte.
    pub fn contains_in(&self, text: &str, start: usize, end: usize) -> bool {
        let len = end - start;
        let eight = text.as_bytes().get(start..start + 8);
        match eight.and_then(|eight| <[u8; 8]>::try_from(eight).ok()) {
            Some(eight) if (1..=8).contains(&len) => {
                let key = u64::from_le_bytes(eight) & (u64::MAX >> (64 - 8 * len));
                self.slots[self.find(key)] == key
            }
            _ => self.contains(&text[start..end]),
        }
    }

    /// A word of one to eight bytes as one integer (no word holds a zero byte).
    fn pack(word: &str) -> Option<u64> {
        let mut key = [0; 8];
        key.get_mut(..word.len())
            .filter(|_| !word.is_empty())?
            .copy_from_slice(word.as_bytes());
        Some(u64::from_le_bytes(key))
    }

    /// The slot that holds `key`, or the empty slot where it would go.
    fn find(&self, key: u64) -> usize {
        let mask = self.slots.len() - 1;
        // Fibonacci hashing: the top bits of the product mix all eight bytes.
        let bits = mask.count_ones();
        let mut at = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize;
        while self.slots[at] != 0 && self.slots[at] != key {
            at = (at + 1) & mask;
        }
        at
    }
}

/// Words of share-button rows ("facebook", "print"), lowercase.
pub(crate) static SHARE_TARGETS: LazyLock<WordSet> =
    LazyLock::new(|| word_set(lexicon_file!("share_targets.txt")));

/// A phrase that marks a short block as page furniture.
#[derive(Debug)]
pub(crate) struct BoilerplatePattern {
    /// Lowercase text to find.
    pub text: &'static str,
    /// The block must start with it.
    pub at_start: bool,
    /// The block must end with it.
    pub at_end: bool,
    /// Why a block that matches is removed.
    pub reason: RemovalReason,
}

impl BoilerplatePattern {
    /// Whether the phrase marks a block of any length: legal notices, affiliate
    /// disclosures (the advertisement phrases found anywhere in a block, not the labels
    /// and buttons that open one) and comment-policy texts run long, where other phrases
    /// only mark short blocks.
    pub fn long_form(&self) -> bool {
        match self.reason {
            RemovalReason::Legal | RemovalReason::Comments => true,
            RemovalReason::Advertisement => !self.at_start,
            _ => false,
        }
    }

    /// Whether `lower` (a block's text, lowercased and trimmed) matches. A whole-block
    /// phrase (a button, a label) also matches with an arrow or punctuation after it:
    /// "Read more ↓", "Learn more >>", "Related:".
    pub fn matches(&self, lower: &str) -> bool {
        match (self.at_start, self.at_end) {
            (true, true) => {
                lower == self.text
                    || lower.trim_end_matches(|c: char| !c.is_alphanumeric()) == self.text
            }
            (true, false) => lower.starts_with(self.text),
            (false, true) => lower.ends_with(self.text),
            (false, false) => lower.contains(self.text),
        }
    }
}

/// Boilerplate phrases, in file order, indexed so that one pass over a block finds every
/// phrase it holds (see [`Boilerplate::matching`]).
pub(crate) static BOILERPLATE: LazyLock<Boilerplate> = LazyLock::new(|| {
    let patterns: Vec<BoilerplatePattern> = reason_table(lexicon_file!("boilerplate.txt"))
        .into_iter()
        .map(|(reason, pattern)| {
            let at_start = pattern.starts_with('^');
            let at_end = pattern.ends_with('$');
            let text = pattern.trim_start_matches('^').trim_end_matches('$');
            BoilerplatePattern {
                text,
                at_start,
                at_end,
                reason,
            }
        })
        .filter(|p| !p.text.is_empty())
        .collect();
    Boilerplate::new(patterns)
});

/// The boilerplate phrases with two indexes, because trying ~160 phrases one by one on every
/// block was a quarter of the native time and more in WASM (whose `memcmp` is a byte loop):
/// phrases anchored at the start are grouped by their first byte, and floating phrases by
/// their first four bytes, so a block is read once whatever the number of phrases.
pub(crate) struct Boilerplate {
    patterns: Vec<BoilerplatePattern>,
    /// Anchored at the start (`^...` and `^...$`), by their first four bytes: a block is
    /// compared only with the phrases that open as it does.
    by_start_quad: ByteIndex,
    /// Anchored at the start and shorter than four bytes, by first byte.
    by_first_byte: ByteIndex,
    /// Floating (`...` and `...$`), by their first four bytes.
    by_first_quad: ByteIndex,
    /// One bit per hash of four bytes that start a floating phrase: nearly every position
    /// of a block is ruled out by one load (two-byte keys let common word starts such as
    /// "co" and "re" through to a search).
    quad_bits: Box<[u64; QUAD_BITS / 64]>,
    /// The same for the long-form phrases only ([`BoilerplatePattern::long_form`]).
    long_form_bits: Box<[u64; QUAD_BITS / 64]>,
}

/// Bits in [`Boilerplate::quad_bits`]: a power of two, 4 KB.
const QUAD_BITS: usize = 1 << 15;

/// Where four bytes (as one little-endian key) fall in [`Boilerplate::quad_bits`].
fn quad_bit(key: u32) -> usize {
    // Fibonacci hashing: the top bits of the product mix all four bytes.
    (key.wrapping_mul(0x9E37_79B1) >> (32 - QUAD_BITS.trailing_zeros())) as usize
}

/// The four bytes of `bytes` at `at`, as one key, when there are four.
fn quad_key(bytes: &[u8], at: usize) -> Option<u32> {
    let quad = bytes.get(at..at + 4)?;
    Some(u32::from_le_bytes([quad[0], quad[1], quad[2], quad[3]]))
}

/// How many phrases `boilerplate.txt` may hold: the bits of a [`PhraseSet`].
const MAX_PHRASES: usize = 384;

/// A set of boilerplate phrases, by their position in the lexicon (at most [`MAX_PHRASES`]).
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub(crate) struct PhraseSet([u64; MAX_PHRASES / 64]);

impl PhraseSet {
    fn insert(&mut self, index: usize) {
        self.0[index / 64] |= 1 << (index % 64);
    }

    /// How many phrases it holds.
    pub fn len(self) -> u32 {
        self.0.iter().map(|bits| bits.count_ones()).sum()
    }

    /// The phrases of `self` that are not in `other`.
    pub fn without(self, other: PhraseSet) -> PhraseSet {
        let mut left = self;
        for (bits, out) in left.0.iter_mut().zip(other.0) {
            *bits &= !out;
        }
        left
    }

    /// The phrases' positions, in lexicon order.
    fn indexes(self) -> impl Iterator<Item = usize> {
        self.0.into_iter().enumerate().flat_map(|(word, mut bits)| {
            std::iter::from_fn(move || {
                (bits != 0).then(|| {
                    let bit = bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    word * 64 + bit
                })
            })
        })
    }
}

impl Boilerplate {
    fn new(patterns: Vec<BoilerplatePattern>) -> Self {
        assert!(
            patterns.len() <= MAX_PHRASES,
            "boilerplate.txt: at most {MAX_PHRASES} phrases"
        );
        let mut by_first_byte = ByteIndex::default();
        let mut by_start_quad = ByteIndex::default();
        let mut by_first_quad = ByteIndex::default();
        let mut quad_bits = Box::new([0u64; QUAD_BITS / 64]);
        let mut long_form_bits = Box::new([0u64; QUAD_BITS / 64]);
        for (index, pattern) in patterns.iter().enumerate() {
            let bytes = pattern.text.as_bytes();
            let index = index as u16;
            if pattern.at_start {
                match quad_key(bytes, 0) {
                    Some(key) => by_start_quad.add(key, index),
                    None => by_first_byte.add(bytes[0] as u32, index),
                }
            } else {
                let key = quad_key(bytes, 0);
                let key = key.expect("a floating boilerplate phrase has four bytes");
                by_first_quad.add(key, index);
                let bit = quad_bit(key);
                quad_bits[bit / 64] |= 1 << (bit % 64);
                if pattern.long_form() {
                    long_form_bits[bit / 64] |= 1 << (bit % 64);
                }
            }
        }
        Boilerplate {
            patterns,
            by_start_quad,
            by_first_byte,
            by_first_quad,
            quad_bits,
            long_form_bits,
        }
    }

    /// Every phrase that `lower` (a block's text, lowercased and trimmed) matches.
    pub fn matching(&self, lower: &str) -> PhraseSet {
        self.find(lower, false)
    }

    /// Every long-form phrase ([`BoilerplatePattern::long_form`]) that `lower` matches: all
    /// that a long block is tested for, found with fewer lookups.
    pub fn matching_long_form(&self, lower: &str) -> PhraseSet {
        self.find(lower, true)
    }

    fn find(&self, lower: &str, long_form_only: bool) -> PhraseSet {
        let mut found = PhraseSet::default();
        let bytes = lower.as_bytes();
        let Some(&first) = bytes.first() else {
            return found;
        };
        let wanted = |pattern: &BoilerplatePattern| !long_form_only || pattern.long_form();
        let start_quad = quad_key(bytes, 0).map_or(&[][..], |key| self.by_start_quad.get(key));
        for &index in self
            .by_first_byte
            .get(first as u32)
            .iter()
            .chain(start_quad)
        {
            let pattern = &self.patterns[index as usize];
            if wanted(pattern) && pattern.matches(lower) {
                found.insert(index as usize);
            }
        }
        let bits = match long_form_only {
            true => &self.long_form_bits,
            false => &self.quad_bits,
        };
        // Whether the byte before is a letter or digit, carried along: one test a byte.
        let mut after_alphanumeric = false;
        for (i, &b) in bytes.iter().enumerate() {
            // Phrases are found where a word starts ("subscribe" is not in "unsubscribe");
            // one that opens with punctuation ("/ reuters") anywhere.
            let alphanumeric = BYTE_CLASS[usize::from(b)] & (LETTER | DIGIT) != 0;
            let inside_word = after_alphanumeric && alphanumeric;
            after_alphanumeric = alphanumeric;
            if inside_word {
                continue;
            }
            let Some(key) = quad_key(bytes, i) else {
                break;
            };
            let bit = quad_bit(key);
            if bits[bit / 64] & (1 << (bit % 64)) == 0 {
                continue;
            }
            for &index in self.by_first_quad.get(key) {
                let pattern = &self.patterns[index as usize];
                let here = wanted(pattern) && bytes[i..].starts_with(pattern.text.as_bytes());
                if here && (!pattern.at_end || lower.len() == i + pattern.text.len()) {
                    found.insert(index as usize);
                }
            }
        }
        found
    }

    /// The phrases of `set`, in lexicon order.
    pub fn of(&self, set: PhraseSet) -> impl Iterator<Item = &BoilerplatePattern> {
        set.indexes().filter_map(|i| self.patterns.get(i))
    }
}

/// Phrase positions by a key of one to four bytes, sorted by key and found by binary
/// search: there are a few dozen keys.
#[derive(Default)]
struct ByteIndex(Vec<(u32, Vec<u16>)>);

impl ByteIndex {
    fn add(&mut self, key: u32, index: u16) {
        match self.0.binary_search_by_key(&key, |e| e.0) {
            Ok(at) => self.0[at].1.push(index),
            Err(at) => self.0.insert(at, (key, vec![index])),
        }
    }

    fn get(&self, key: u32) -> &[u16] {
        match self.0.binary_search_by_key(&key, |e| e.0) {
            Ok(at) => &self.0[at].1,
            Err(_) => &[],
        }
    }
}

/// Class and id words of HTML elements that hold page furniture, with the reason and
/// whether it is weak (`input::Hint`); `None` for the `keep` words that mark article
/// content.
pub(crate) static CLASS_HINTS: LazyLock<WordMap<Option<(RemovalReason, bool)>>> =
    LazyLock::new(|| {
        entries(lexicon_file!("class_hints.txt"))
            .filter_map(|line| {
                let mut fields = line.split('\t');
                let (reason, word) = (fields.next()?, fields.next()?);
                let reason = match reason {
                    "keep" => None,
                    name => Some((
                        RemovalReason::from_name(name)?,
                        fields.next() == Some("weak"),
                    )),
                };
                Some((word.trim(), reason))
            })
            .collect()
    });

/// A number word's part in a written number (`lexicon/numbers.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NumberWord {
    /// Below twenty ("seven").
    Unit(u32),
    /// Twenty to ninety ("forty").
    Ten(u32),
    /// A power of ten that multiplies what precedes it; the exponent ("million" 6).
    Scale(i32),
    /// An ordinal ("third" 3).
    Ordinal(u64),
}

/// A number from 1 to 99 in words at `lower[k]`: "five", "nineteen", "eighty six",
/// "twenty-one" (as "twenty", "-", "one"). Returns the number and the index after it.
pub(crate) fn two_digit_number(lower: &[String], k: usize) -> Option<(u32, usize)> {
    let word = |k: usize| lower.get(k).map_or("", String::as_str);
    match NUMBER_WORDS.words.get(word(k)) {
        Some(&NumberWord::Unit(u)) if (1..20).contains(&u) => Some((u, k + 1)),
        Some(&NumberWord::Ten(t)) if t < 100 => {
            let j = if word(k + 1) == "-" { k + 2 } else { k + 1 };
            match NUMBER_WORDS.words.get(word(j)) {
                Some(&NumberWord::Unit(u)) if (1..10).contains(&u) => Some((t + u, j + 1)),
                _ => Some((t, k + 1)),
            }
        }
        _ => None,
    }
}

/// Number words, lowercase, and abbreviated scales ("bn"), case-sensitive.
pub(crate) struct NumberWords {
    /// Word → its part.
    pub words: WordMap<NumberWord>,
    /// Abbreviated scale → exponent ("k" 3, "M" 6).
    pub suffixes: WordMap<i32>,
}

/// The number words of `lexicon/numbers.txt`.
pub(crate) static NUMBER_WORDS: LazyLock<NumberWords> = LazyLock::new(|| {
    let mut words = WordMap::default();
    let mut suffixes = WordMap::default();
    for line in entries(lexicon_file!("numbers.txt")) {
        let mut fields = line.split('\t');
        let (Some(kind), Some(word), Some(value)) = (fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let part = match kind {
            "unit" => value.parse().ok().map(NumberWord::Unit),
            "ten" => value.parse().ok().map(NumberWord::Ten),
            "scale" => value.parse().ok().map(NumberWord::Scale),
            "ordinal" => value.parse().ok().map(NumberWord::Ordinal),
            "suffix" => {
                if let Ok(exponent) = value.parse() {
                    suffixes.insert(word, exponent);
                }
                None
            }
            _ => None,
        };
        if let Some(part) = part {
            words.insert(word, part);
        }
    }
    NumberWords { words, suffixes }
});

/// How a currency is written (`lexicon/currencies.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CurrencyForm {
    /// A sign before the amount or glued after it ("$", "€").
    Symbol,
    /// An ISO code, before or after ("USD").
    Code,
    /// A word after the amount ("euros").
    Word,
}

/// Currency forms, lowercase, with how they are written and the unit they name.
pub(crate) static CURRENCIES: LazyLock<WordMap<(CurrencyForm, &'static str)>> =
    LazyLock::new(|| {
        entries(lexicon_file!("currencies.txt"))
            .filter_map(|line| {
                let mut fields = line.split('\t');
                let form = match fields.next()? {
                    "symbol" => CurrencyForm::Symbol,
                    "code" => CurrencyForm::Code,
                    "word" => CurrencyForm::Word,
                    _ => return None,
                };
                Some((fields.next()?, (form, fields.next()?)))
            })
            .collect()
    });

/// Whether `word` (any case, a trailing stop allowed: "Nov.") is a month's name or
/// abbreviation in the calendar lexicon.
pub(crate) fn is_month_name(word: &str) -> bool {
    // Month names start with one of these: most words are ruled out before the lookup (this
    // runs on the first word of every pasted line).
    word.starts_with(|c: char| "jfmasondJFMASOND".contains(c))
        && calendar_kind(word) == Some("month")
}

/// The kind of calendar word `word` is (`month`, `weekday`, `season`, `unit`), in any case
/// and with a trailing stop or colon allowed ("Nov.", "Monday,"), without allocating.
pub(crate) fn calendar_kind(word: &str) -> Option<&'static str> {
    let word = word.trim_end_matches(&['.', ',', ':'][..]).as_bytes();
    // The longest form is "september" (or "wednesday"): lowercased on the stack.
    let mut lower = [0u8; 9];
    let slot = lower.get_mut(..word.len()).filter(|s| s.len() >= 3)?;
    slot.copy_from_slice(word);
    slot.make_ascii_lowercase();
    let word = std::str::from_utf8(slot).ok()?;
    TIME_WORDS.get(word).map(|&(kind, _)| kind)
}

/// The calendar words of `lexicon/time_words.txt`: lowercase form → (kind, number), kind
/// one of `month`, `weekday`, `season`, `unit`, `decade`.
pub(crate) static TIME_WORDS: LazyLock<WordMap<(&'static str, u32)>> = LazyLock::new(|| {
    let mut map = WordMap::default();
    for line in entries(lexicon_file!("time_words.txt")) {
        let mut fields = line.split('\t');
        let (Some(kind), Some(Ok(number)), Some(forms)) =
            (fields.next(), fields.next().map(str::parse), fields.next())
        else {
            continue;
        };
        for form in forms.split_whitespace() {
            map.insert(form, (kind, number));
        }
    }
    map
});

/// Phrases that bound or soften a number (`lexicon/approximators.txt`): lowercase phrase →
/// relation name (`about`, `more_than`, ..., `after_at_least` for "or more").
pub(crate) static APPROXIMATORS: LazyLock<WordMap<&'static str>> = LazyLock::new(|| {
    entries(lexicon_file!("approximators.txt"))
        .filter_map(|line| {
            let (relation, phrase) = line.split_once('\t')?;
            Some((phrase.trim(), relation))
        })
        .collect()
});

#[cfg(test)]
mod tests {
    use super::*;

    /// A text map keeps one entry a key, in the order the keys came, and its values change
    /// in place.
    #[test]
    fn text_map_keeps_keys_in_order() {
        let mut map = TextMap::default();
        map.insert("b", 1);
        *map.get_or_insert_with("a", || 10) += 1;
        *map.get_or_insert_with("b", || 10) += 1;
        map.insert("a", 5);
        assert_eq!(map.get("a"), Some(&5));
        assert!(map.contains_key("b") && !map.contains_key("c"));
        assert_eq!(
            map.into_entries(),
            [("b".to_owned(), 2), ("a".to_owned(), 5)]
        );
    }

    /// The packed set holds exactly its words: short and long, at the eight-byte edge, and
    /// words that share a prefix or a hash slot with a member are not members.
    #[test]
    fn packed_word_set_holds_exactly_its_words() {
        let words = [
            "a",
            "the",
            "und",
            "für",
            "abcdefgh",
            "abcdefghi",
            "nevertheless",
        ];
        let set = PackedWordSet::new(words.into_iter());
        for word in words {
            assert!(set.contains(word), "{word}");
        }
        for word in [
            "",
            "th",
            "then",
            "abcdefg",
            "abcdefghij",
            "für ",
            "b",
            "never",
        ] {
            assert!(!set.contains(word), "{word:?}");
        }
        // Inside a longer text, with and without eight bytes after the word's start.
        let text = "so the thenabcdefgh abcdefghi für the";
        for (start, end, member) in [
            (3, 6, true),
            (3, 7, false),
            (0, 2, false),
            (11, 19, true),
            (20, 29, true),
            (30, 34, true),
            (35, 38, true),
            (36, 38, false),
        ] {
            let word = &text[start..end];
            assert_eq!(set.contains_in(text, start, end), member, "{word:?}");
        }
        // Every function word is found in the real set, whatever its probe sequence.
        let other =
            entries(include_str!("lexicon/stopwords_other.txt")).flat_map(str::split_whitespace);
        for word in STOPWORDS.words().chain(other) {
            assert!(FUNCTION_WORDS.contains(word), "{word}");
        }
        assert!(!FUNCTION_WORDS.contains("parliament"));
    }

    /// Every data line of a reason table must name a known reason: a typo would silently
    /// drop the entry otherwise.
    #[test]
    fn reason_tables_name_known_reasons() {
        for file in [
            include_str!("lexicon/boilerplate.txt"),
            include_str!("lexicon/class_hints.txt"),
        ] {
            for line in entries(file) {
                let (reason, value) = line.split_once('\t').unwrap_or(("", line));
                assert!(
                    RemovalReason::from_name(reason).is_some() || reason == "keep",
                    "unknown reason in lexicon line {line:?}"
                );
                assert!(!value.trim().is_empty(), "empty value in {line:?}");
            }
        }
    }

    #[test]
    fn word_classes_are_loaded_and_every_class_is_known() {
        assert!(is_in(WordClass::Auxiliary, "has"));
        assert!(is_in(WordClass::Weekday, "Friday"));
        assert!(!is_in(WordClass::Connector, "the"));
        for line in entries(include_str!("lexicon/word_classes.txt")) {
            let class = line.split('\t').next().unwrap_or_default();
            assert!(
                WordClass::named(class).is_some(),
                "unknown word class {class:?}"
            );
        }
    }

    #[test]
    fn cue_forms_are_loaded() {
        assert_eq!(CUE_VERBS.get("said"), Some(&CueKind::Speech));
        assert_eq!(CUE_VERBS.get("believes"), Some(&CueKind::Belief));
        assert_eq!(CUE_VERBS.get("reports"), Some(&CueKind::Report));
        assert!(!CUE_VERBS.contains_key("the"));
    }

    /// The texts of the phrases `lower` matches.
    fn phrases(lower: &str) -> Vec<&'static str> {
        BOILERPLATE
            .of(BOILERPLATE.matching(lower))
            .map(|p| p.text)
            .collect()
    }

    #[test]
    fn boilerplate_anchors() {
        assert!(phrases("latest posts in this category").contains(&"latest posts"));
        assert!(!phrases("the latest posts").contains(&"latest posts"));
        assert_eq!(phrases("share"), ["share"]);
        assert!(!phrases("share prices fell").contains(&"share"));
        assert!(phrases("a picture / reuters").contains(&"/ reuters"));
        assert!(!phrases("/ reuters said").contains(&"/ reuters"));
        // A whole-block phrase allows an arrow or punctuation after it, nothing else.
        for button in ["read more", "read more ↓", "read more...", "read more >>"] {
            assert_eq!(phrases(button), ["read more"], "{button}");
        }
        assert!(!phrases("read more books").contains(&"read more"));
        assert!(!phrases("read more, 2").contains(&"read more"));
    }

    #[test]
    fn floating_phrases_start_at_a_word() {
        assert!(phrases("please subscribe to our newsletter").contains(&"subscribe to our"));
        assert!(!phrases("unsubscribe to our newsletter").contains(&"subscribe to our"));
        // Punctuation-led phrases are found anywhere.
        assert!(phrases("text(ap photo/jane doe)").contains(&"(ap photo"));
    }

    #[test]
    fn one_pass_finds_what_each_phrase_finds() {
        // The index must agree with trying every phrase on its own (at word starts).
        let texts = [
            "all rights reserved. privacy policy | terms of use",
            "we use cookies to improve this site; accept all cookies",
            "leave a reply cancel reply your email address will not be published",
            "photo: getty images",
            "©2024 the company. all right reserved",
            "read more: the story continues below",
            "",
            "é",
        ];
        for text in texts {
            let expected: Vec<&str> = BOILERPLATE
                .of(PhraseSet([u64::MAX; MAX_PHRASES / 64]))
                .filter(|p| {
                    p.matches(text)
                        && (p.at_start
                            || text.match_indices(p.text).any(|(i, _)| {
                                !p.text.starts_with(|c: char| c.is_ascii_alphanumeric())
                                    || i == 0
                                    || !text.as_bytes()[i - 1].is_ascii_alphanumeric()
                            }))
                })
                .map(|p| p.text)
                .collect();
            assert_eq!(phrases(text), expected, "{text:?}");
        }
    }
}
