//! Keyword lexicons, loaded once from the files in `data/lexicon/`.
//!
//! The phrase lists are data, not code: add a phrase to a file and every rule that
//! uses the list sees it. Each list is compiled once per process into one
//! case-insensitive regex (or a set, for whole-line markers).
//!
//! # Speed
//!
//! A keyword phrase is a literal with a word boundary (`\b`) at each end that is a
//! word character. The regexes say exactly that, but Unicode `\b` keeps the regex
//! crate on its slowest engine, and every short line is checked. So
//! [`Lexicons::keyword`] takes a fast path that gives the same answer: one
//! [Aho-Corasick](aho_corasick) automaton over the ASCII phrases of all four
//! lists (run from a compact copy of its table, `dense::DenseDfa`), ASCII
//! case-insensitive, reporting overlapping matches, each kept only
//! when the line has a word boundary where the phrase asks for one (judged for a
//! non-ASCII neighbour by the regex crate's own `\w`). This is what the regexes do
//! whenever the line matches no non-ASCII phrase and has no character whose case
//! folds to ASCII (`ſ`, the Kelvin sign; no phrase has one either: a unit test
//! checks): the ASCII phrases then match only ASCII bytes. Lines that may match a
//! non-ASCII phrase (found by one regex without `\b`, which the fast engines run)
//! or that hold such a character take the exact regexes.

use std::collections::HashSet;
use std::hash::BuildHasherDefault;

use aho_corasick::dfa::DFA;
use aho_corasick::MatchKind;
use once_cell::sync::Lazy;
use regex::Regex;

use crate::dense::DenseDfa;
use crate::stopwords::{ascii_key, short_ascii_key, FxHasher, KeyMap};
use crate::Reason;

/// What a keyword hit says a short line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Keyword {
    Legal,
    Caption,
    CallToAction,
    Navigation,
}

impl Keyword {
    pub(crate) fn reason(self) -> Reason {
        match self {
            Keyword::Legal => Reason::Legal,
            Keyword::Caption => Reason::CaptionOrCredit,
            Keyword::CallToAction => Reason::CallToAction,
            Keyword::Navigation => Reason::Navigation,
        }
    }
}

/// Whose name a byline prefix introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// The writer: their names are [`Article::authors`](crate::Article::authors).
    Author,
    /// Credited but not an author: editors, contributors.
    Credit,
}

/// One phrase of the ASCII fast path: its list (index into `Lexicons::keywords`)
/// and where it needs a word boundary.
#[derive(Debug, Clone, Copy)]
struct Phrase {
    list: u8,
    boundary_start: bool,
    boundary_end: bool,
}

pub(crate) struct Lexicons {
    keywords: Vec<(Keyword, Regex)>,
    /// Every phrase of every keyword list, for ASCII lines (see the module docs).
    ascii: DenseDfa,
    /// What `ascii`'s pattern `i` is.
    phrases: Vec<Phrase>,
    /// The non-ASCII phrases of every keyword list, without word boundaries: a line
    /// with no match here can only match ASCII phrases.
    non_ascii: Regex,
    /// Per list (by index, in order) that has non-ASCII phrases: those phrases
    /// alone, as in `keywords`. Much smaller than the whole lists' regexes, which
    /// matters because a Unicode word boundary on non-ASCII text makes the regex
    /// crate fall back to its slowest engine.
    non_ascii_keywords: Vec<(u8, Regex)>,
    /// The non-ASCII characters of those phrases and every character equal to
    /// one of them under the simple case folding `(?i)` uses, as sorted ranges:
    /// a cheap test that most lines with curly quotes or dashes fail, so that
    /// `non_ascii` (which can only match a line that has one) runs on few lines.
    non_ascii_chars: Vec<(char, char)>,
    /// `non_ascii_chars` below U+10000 as a bitmap (bit `c % 64` of word
    /// `c / 64`).
    non_ascii_bitmap: Vec<u64>,
    /// `\w` at the start of a haystack, for word boundaries next to non-ASCII
    /// characters.
    word: Regex,
    end_markers: HashSet<String, BuildHasherDefault<FxHasher>>,
    /// Lowercase phrases that make an end marker with a name after them
    /// ("more from" + "Kotaku"; see [`Lexicons::is_named_marker`]). Each is in
    /// `end_markers` too, so that the quick "no"s below let such lines through.
    end_marker_prefixes: Vec<String>,
    /// The longest end marker, in bytes.
    end_marker_max_bytes: usize,
    /// The most words an end marker has.
    end_marker_max_words: usize,
    /// The first words of the end markers, packed (`stopwords::ascii_key`): a
    /// line whose first word has a key not in here is no marker.
    end_marker_first_words: KeyMap<()>,
    /// The first two bytes of the ASCII end markers: bit `b` of entry `a` is set
    /// when a marker starts with the bytes `a`, `b` (see [`start_pairs`]).
    /// `None` when a marker is shorter than two bytes, which no pair describes.
    end_marker_pairs: Option<Box<[u128; 128]>>,
    /// For each ASCII byte, whether a tail ends with it, lowercased.
    tail_ends_ascii: [bool; 128],
    /// The last two bytes of the tails that end with two ASCII bytes: bit `a`
    /// of entry `b` is set when a tail ends with `a`, `b` (see
    /// [`tail_pairs`]). `None` when a tail is shorter than two bytes.
    tail_end_pairs: Option<Box<[u128; 128]>>,
    /// The non-ASCII characters that tails end with, lowercase.
    tail_ends: Vec<char>,
    /// Lowercase "read more" tails, longest first.
    teaser_tails: Vec<String>,
    /// The ASCII ones, sorted by their last byte.
    ascii_teaser_tails: Vec<String>,
    /// For each ASCII byte, the range of `ascii_teaser_tails` that ends with it.
    tails_ending_with: Vec<std::ops::Range<usize>>,
    /// Lowercase prefixes, longest first.
    pub(crate) byline_prefixes: Vec<(String, Role)>,
    /// For each ASCII byte, the indices (in order) of the `byline_prefixes`
    /// whose first character it matches as `byline::strip_prefix_ci` compares
    /// them: a line starting with that byte can start with no other prefix.
    /// Entry [`ALL_PREFIXES`] holds all of them, for any other first byte.
    byline_prefixes_by_first: Vec<Vec<u8>>,
    /// Lowercase month names and abbreviations.
    months: WordSet,
    /// Lowercase job-title words.
    roles: WordSet,
    /// Lowercase verbs that open a dated byline ("Posted", "Published").
    byline_verbs: WordSet,
    /// Lowercase words of page furniture, never part of a bare name.
    not_names: WordSet,
    /// Lowercase phrases of a reporting credit ("contributed to this report").
    contributors: Vec<String>,
    /// The names of languages in their own language that have an
    /// [`ascii_key`] ("Deutsch", "English"): a line is looked up without
    /// being copied or hashed.
    language_keys: KeyMap<()>,
    /// The other names, lowercase ("español", "中文", "bahasa indonesia").
    language_names: WordSet,
    /// The longest name, in bytes.
    language_name_max_bytes: usize,
    /// The first two bytes of the names that start with two ASCII bytes,
    /// lowercase (see [`start_pairs`]): a quick "no" for most short lines, as
    /// the end markers have. `None` when a name is shorter than two bytes.
    language_pairs: Option<Box<[u128; 128]>>,
}

/// The keyword lists, in the order [`Lexicons::keyword`] tries them.
const KEYWORD_LISTS: [(Keyword, &str); 4] = [
    (Keyword::Legal, include_str!("../data/lexicon/legal.txt")),
    (
        Keyword::Caption,
        include_str!("../data/lexicon/caption.txt"),
    ),
    (
        Keyword::CallToAction,
        include_str!("../data/lexicon/call_to_action.txt"),
    ),
    (
        Keyword::Navigation,
        include_str!("../data/lexicon/navigation.txt"),
    ),
];

pub(crate) static LEXICONS: Lazy<Lexicons> = Lazy::new(|| {
    let (ascii, phrases) = ascii_matcher();
    let end_marker_prefixes: Vec<String> =
        entries(include_str!("../data/lexicon/end_marker_prefixes.txt"))
            .map(str::to_lowercase)
            .collect();
    let end_markers: HashSet<String, BuildHasherDefault<FxHasher>> =
        entries(include_str!("../data/lexicon/end_markers.txt"))
            .chain(entries(include_str!(
                "../data/lexicon/end_markers_intl.txt"
            )))
            .map(str::to_lowercase)
            .chain(end_marker_prefixes.iter().cloned())
            .collect();
    let mut ascii_tails: Vec<String> = entries(include_str!("../data/lexicon/teaser_tails.txt"))
        .map(str::to_lowercase)
        .filter(|t| t.is_ascii() && !t.is_empty())
        .collect();
    ascii_tails.sort_by_key(|t| t.as_bytes()[t.len() - 1]);
    Lexicons {
        keywords: KEYWORD_LISTS
            .iter()
            .map(|&(keyword, data)| (keyword, phrase_regex(data)))
            .collect(),
        ascii,
        phrases,
        non_ascii: non_ascii_regex(),
        non_ascii_keywords: KEYWORD_LISTS
            .iter()
            .enumerate()
            .filter(|(_, (_, data))| entries(data).any(|p| !p.is_ascii()))
            .map(|(list, &(_, data))| {
                let phrases = entries(data).filter(|p| !p.is_ascii());
                (list as u8, phrases_regex(phrases))
            })
            .collect(),
        non_ascii_chars: non_ascii_chars(),
        non_ascii_bitmap: {
            let mut bitmap = vec![0u64; 0x10000 / 64];
            for (start, end) in non_ascii_chars() {
                for c in start as usize..=(end as usize).min(0xffff) {
                    bitmap[c / 64] |= 1 << (c % 64);
                }
            }
            bitmap
        },
        word: Regex::new(r"\A\w").expect("word regex compiles"),
        end_marker_prefixes,
        end_marker_max_bytes: end_markers.iter().map(String::len).max().unwrap_or(0),
        end_marker_max_words: end_markers
            .iter()
            .map(|m| m.split_whitespace().count())
            .max()
            .unwrap_or(0),
        end_marker_first_words: {
            let keys: Vec<(u128, ())> = end_markers
                .iter()
                .filter_map(|m| ascii_key(m.split_whitespace().next()?.as_bytes()))
                .map(|k| (k, ()))
                .collect();
            KeyMap::new(&keys, |a, _| a)
        },
        end_marker_pairs: start_pairs(&end_markers),
        end_markers,
        tails_ending_with: (0..128u8)
            .map(|b| {
                let last_of = |t: &String| t.as_bytes()[t.len() - 1];
                ascii_tails.partition_point(|t| last_of(t) < b)
                    ..ascii_tails.partition_point(|t| last_of(t) <= b)
            })
            .collect(),
        ascii_teaser_tails: ascii_tails,
        tail_end_pairs: tail_pairs(entries(include_str!("../data/lexicon/teaser_tails.txt"))),
        tail_ends_ascii: {
            let mut ends = [false; 128];
            for tail in entries(include_str!("../data/lexicon/teaser_tails.txt")) {
                let last = tail.to_lowercase().chars().next_back();
                if let Some(c) = last.filter(char::is_ascii) {
                    ends[c as usize] = true;
                }
            }
            ends
        },
        tail_ends: entries(include_str!("../data/lexicon/teaser_tails.txt"))
            .filter_map(|t| t.to_lowercase().chars().next_back())
            .filter(|c| !c.is_ascii())
            .collect(),
        teaser_tails: {
            let mut tails: Vec<String> = entries(include_str!("../data/lexicon/teaser_tails.txt"))
                .map(str::to_lowercase)
                .collect();
            tails.sort_by_key(|t| std::cmp::Reverse(t.len()));
            tails
        },
        byline_prefixes: byline_prefixes(include_str!("../data/lexicon/byline_prefixes.txt")),
        byline_prefixes_by_first: prefixes_by_first(&byline_prefixes(include_str!(
            "../data/lexicon/byline_prefixes.txt"
        ))),
        months: entries(include_str!("../data/lexicon/months.txt"))
            .map(str::to_lowercase)
            .collect(),
        roles: entries(include_str!("../data/lexicon/roles.txt"))
            .map(str::to_lowercase)
            .collect(),
        byline_verbs: entries(include_str!("../data/lexicon/byline_verbs.txt"))
            .map(str::to_lowercase)
            .collect(),
        not_names: entries(include_str!("../data/lexicon/not_names.txt"))
            .map(str::to_lowercase)
            .collect(),
        contributors: entries(include_str!("../data/lexicon/contributors.txt"))
            .map(str::to_lowercase)
            .collect(),
        language_keys: {
            let keys: Vec<(u128, ())> = entries(LANGUAGE_NAMES)
                .filter_map(|name| ascii_key(name.as_bytes()))
                .map(|k| (k, ()))
                .collect();
            KeyMap::new(&keys, |a, _| a)
        },
        language_names: entries(LANGUAGE_NAMES)
            .filter(|name| ascii_key(name.as_bytes()).is_none())
            .map(str::to_lowercase)
            .collect(),
        language_name_max_bytes: entries(LANGUAGE_NAMES)
            .map(|name| name.to_lowercase().len())
            .max()
            .unwrap_or(0),
        language_pairs: start_pairs(entries(LANGUAGE_NAMES).map(str::to_lowercase)),
    }
});

/// The language names of a language picker (`data/lexicon/language_names.txt`).
const LANGUAGE_NAMES: &str = include_str!("../data/lexicon/language_names.txt");

/// A set of lowercase words (the byline rules ask one about every word of
/// the lines they read; only membership is asked). The words with an
/// [`ascii_key`] (ASCII, 1 to 16 bytes, no backtick: all but a few) are kept
/// by key, so that a look-up of a short ASCII word is a multiply and a load or
/// two, with neither a copy nor a string hash; the others in a hash set.
struct WordSet {
    keys: KeyMap<()>,
    others: HashSet<String, BuildHasherDefault<FxHasher>>,
}

impl FromIterator<String> for WordSet {
    fn from_iter<I: IntoIterator<Item = String>>(words: I) -> WordSet {
        let mut keys = Vec::new();
        let mut others = HashSet::default();
        for word in words {
            match key_of(&word) {
                Some(key) => keys.push((key, ())),
                None => {
                    others.insert(word);
                }
            }
        }
        WordSet {
            keys: KeyMap::new(&keys, |a, _| a),
            others,
        }
    }
}

impl WordSet {
    /// Whether the set holds `lower`, a lowercase word.
    fn contains_lower(&self, lower: &str) -> bool {
        match key_of(lower) {
            Some(key) => self.keys.get(key).is_some(),
            None => self.others.contains(lower),
        }
    }
}

/// The [`ascii_key`] of `word` when the key stands for the word lowercased
/// and nothing else: not for a word that ends with a NUL byte (which packs
/// like no byte) or holds a backtick (which the key reads as `'`). A word
/// with a key then equals, ignoring ASCII case, only a word with the same
/// key, and a word without one only a word without one.
fn key_of(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    if bytes.last() == Some(&0) || bytes.contains(&b'`') {
        return None;
    }
    ascii_key(bytes)
}

/// Whether `set` (of lowercase words) holds `word` lowercased. An ASCII word
/// is looked up by its key, which reads it lowercased ([`ascii_key`]); other
/// words are lowercased first (short ASCII ones on the stack).
fn contains_lowercased(set: &WordSet, word: &str) -> bool {
    if let Some(key) = key_of(word) {
        return set.keys.get(key).is_some();
    }
    with_lowercase(word, |lower| set.contains_lower(lower))
}

/// `f` of `word` lowercased: a short ASCII word (most) on the stack, any other
/// in a new string.
pub(crate) fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 24];
    if word.is_ascii() && word.len() <= buf.len() {
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        // ASCII lowercased is ASCII: valid UTF-8.
        if let Ok(lower) = std::str::from_utf8(lower) {
            return f(lower);
        }
    }
    f(&word.to_lowercase())
}

/// The first two bytes of every ASCII entry of a lowercase list (the end
/// markers, words one space apart; the language names), as a bitmap: bit `b`
/// of entry `a` is set when an entry starts with the bytes `a`, `b`. An ASCII
/// line whose first two bytes, lowercased (for the end markers, with
/// whitespace read as a space), are no entry's is no entry. `None` when an
/// entry is shorter than two bytes.
fn start_pairs<S: AsRef<str>>(entries: impl IntoIterator<Item = S>) -> Option<Box<[u128; 128]>> {
    let mut pairs = Box::new([0u128; 128]);
    for entry in entries {
        match entry.as_ref().as_bytes() {
            [a, b, ..] if a.is_ascii() && b.is_ascii() => {
                pairs[usize::from(*a)] |= 1 << b;
            }
            // A non-ASCII start matches no ASCII line.
            [_, _, ..] => {}
            _ => return None,
        }
    }
    Some(pairs)
}

/// The last two bytes of every teaser tail, lowercased, as a bitmap: a line
/// whose last two bytes are ASCII, lowercased, and are no tail's last two bytes
/// ends with no tail, since lowercasing keeps ASCII bytes where they are at the
/// end of a line. A tail that ends with a non-ASCII byte sets nothing (its
/// last byte is no ASCII byte), nor one whose second-to-last byte is (it
/// cannot end a line whose last two bytes are ASCII). `None` when a tail is
/// shorter than two bytes.
fn tail_pairs<'a>(tails: impl Iterator<Item = &'a str>) -> Option<Box<[u128; 128]>> {
    let mut pairs = Box::new([0u128; 128]);
    for tail in tails {
        match tail.to_lowercase().as_bytes() {
            [.., a, b] if a.is_ascii() && b.is_ascii() => pairs[usize::from(*b)] |= 1 << a,
            [_, _, ..] => {}
            _ => return None,
        }
    }
    Some(pairs)
}

/// An end marker's core (the line without punctuation around it and a count
/// after it) is at most this many characters long.
const END_MARKER_MAX_CHARS: usize = 40;

/// The entries of a lexicon file: trimmed, without blanks and `#` comments.
fn entries(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Whether a phrase needs a word boundary before it (`.0`) and after it (`.1`):
/// where it starts or ends with a word character.
fn boundaries(phrase: &str) -> (bool, bool) {
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    (
        word(phrase.chars().next()),
        word(phrase.chars().next_back()),
    )
}

/// One case-insensitive regex matching any entry; word boundaries only where the
/// entry starts or ends with a word character.
fn phrase_regex(data: &str) -> Regex {
    phrases_regex(entries(data))
}

/// [`phrase_regex`] of some phrases.
fn phrases_regex<'a>(phrases: impl Iterator<Item = &'a str>) -> Regex {
    let alternatives: Vec<String> = phrases
        .map(|phrase| {
            let (start, end) = boundaries(phrase);
            let mut re = String::new();
            if start {
                re.push_str(r"\b");
            }
            re.push_str(&regex::escape(phrase));
            if end {
                re.push_str(r"\b");
            }
            re
        })
        .collect();
    Regex::new(&format!("(?i)(?:{})", alternatives.join("|"))).expect("lexicon regex compiles")
}

/// The non-ASCII phrases of all keyword lists, case-insensitive, without
/// boundaries.
fn non_ascii_regex() -> Regex {
    let alternatives: Vec<String> = KEYWORD_LISTS
        .iter()
        .flat_map(|&(_, data)| entries(data))
        .filter(|p| !p.is_ascii())
        .map(regex::escape)
        .collect();
    Regex::new(&format!("(?i)(?:{})", alternatives.join("|"))).expect("lexicon regex compiles")
}

/// The non-ASCII characters of the phrases of all keyword lists, closed under
/// simple case folding (the folding regex's `(?i)` uses), as sorted ranges.
fn non_ascii_chars() -> Vec<(char, char)> {
    use regex_syntax::hir::{ClassUnicode, ClassUnicodeRange};
    let mut class = ClassUnicode::new(
        KEYWORD_LISTS
            .iter()
            .flat_map(|&(_, data)| entries(data))
            .flat_map(str::chars)
            .filter(|c| !c.is_ascii())
            .map(|c| ClassUnicodeRange::new(c, c)),
    );
    class.case_fold_simple();
    class
        .ranges()
        .iter()
        .map(|r| (r.start(), r.end()))
        .collect()
}

/// Whether `text` has a character in one of the sorted `ranges`.
#[cfg(test)]
fn has_char_in(text: &str, ranges: &[(char, char)]) -> bool {
    text.chars()
        .filter(|c| !c.is_ascii())
        .any(|c| has_char_in_ranges(c as usize, ranges))
}

/// Whether the character `c` is in one of the sorted `ranges`.
fn has_char_in_ranges(c: usize, ranges: &[(char, char)]) -> bool {
    ranges
        .binary_search_by(|&(start, end)| {
            if (end as usize) < c {
                std::cmp::Ordering::Less
            } else if start as usize > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// The non-ASCII characters of `text`, in order. Most lines that have one
/// are ASCII but for a few curly quotes, dashes or accented letters: runs of
/// ASCII are skipped eight bytes at a time (a word with no top bit set), and
/// only the other characters are decoded.
fn non_ascii_chars_of(text: &str) -> impl Iterator<Item = char> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while let Some(chunk) = bytes.get(at..at + 8) {
            let high = crate::swar::load8(chunk) & crate::swar::TOP;
            if high != 0 {
                at += crate::swar::first_flagged(high);
                break;
            }
            at += 8;
        }
        while bytes.get(at).is_some_and(u8::is_ascii) {
            at += 1;
        }
        // `at` is at a character's first byte: after ASCII bytes, or after
        // a whole character.
        let c = text.get(at..)?.chars().next()?;
        at += c.len_utf8();
        Some(c)
    })
}

/// The fast path: an automaton over the ASCII phrases of all keyword lists.
fn ascii_matcher() -> (DenseDfa, Vec<Phrase>) {
    let mut patterns = Vec::new();
    let mut phrases = Vec::new();
    for (list, &(_, data)) in KEYWORD_LISTS.iter().enumerate() {
        for phrase in entries(data).filter(|p| p.is_ascii()) {
            let (boundary_start, boundary_end) = boundaries(phrase);
            patterns.push(phrase);
            phrases.push(Phrase {
                list: list as u8,
                boundary_start,
                boundary_end,
            });
        }
    }
    // A few hundred short phrases: the full DFA is small and the fastest. Run
    // from a dense copy (`DenseDfa`), one table lookup a byte: no prefilter (hundreds
    // of phrases leave none worth it).
    let ascii = DFA::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .prefilter(false)
        .build(&patterns)
        .expect("lexicon automaton builds");
    (DenseDfa::new(&ascii), phrases)
}

/// Whether an ASCII byte is a word character for `\b`.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

impl Lexicons {
    /// Whether `c` is in [`non_ascii_chars`](Lexicons::non_ascii_chars).
    #[inline]
    fn is_phrase_char(&self, c: char) -> bool {
        let c = c as usize;
        match self.non_ascii_bitmap.get(c / 64) {
            Some(word) => word & (1 << (c % 64)) != 0,
            None => has_char_in_ranges(c, &self.non_ascii_chars),
        }
    }

    /// Whether the character starting at byte `at` of `text` is a word character
    /// (`false` at the end).
    fn word_at(&self, text: &str, at: usize) -> bool {
        match text.as_bytes().get(at) {
            None => false,
            Some(&b) if b.is_ascii() => is_word_byte(b),
            Some(_) => self.word.is_match(&text[at..]),
        }
    }

    /// Whether the character ending at byte `at` of `text` is a word character
    /// (`false` at the start).
    fn word_before(&self, text: &str, at: usize) -> bool {
        match text[..at].char_indices().next_back() {
            None => false,
            Some((i, c)) if c.is_ascii() => is_word_byte(text.as_bytes()[i]),
            Some((i, _)) => self.word.is_match(&text[i..]),
        }
    }
}

/// Whether the text `before` a teaser tail leaves the tail standing apart: the
/// tail is the whole line (`start` = where the lowercased end began, 0 for the
/// whole line) or follows a sentence end or a separator.
fn stands_apart(before: &str, start: usize) -> bool {
    let before = before.trim_end();
    (before.is_empty() && start == 0)
        || before.ends_with(|c: char| {
            matches!(
                c,
                '.' | '!'
                    | '?'
                    | '…'
                    | ':'
                    | '|'
                    | '–'
                    | '—'
                    | '-'
                    | '»'
                    | '›'
                    | ')'
                    | ']'
                    | '"'
                    | '”'
                    | '\''
                    | '’'
            )
        })
}

/// For each ASCII byte `c`, the indices of the `prefixes` whose first
/// character `p` matches it case-insensitively, compared as
/// `byline::strip_prefix_ci` compares: ASCII with ASCII ignoring ASCII case,
/// anything else equal or equal once lowercased.
fn prefixes_by_first(prefixes: &[(String, Role)]) -> Vec<Vec<u8>> {
    let index = |i: usize| u8::try_from(i).expect("fewer than 256 byline prefixes");
    let all = (0..prefixes.len()).map(index).collect();
    (0..128u8)
        .map(|b| {
            let c = char::from(b);
            prefixes
                .iter()
                .enumerate()
                .filter(|(_, (prefix, _))| {
                    prefix.chars().next().is_some_and(|p| {
                        if p.is_ascii() {
                            c.eq_ignore_ascii_case(&p)
                        } else {
                            c == p || c.to_lowercase().eq(p.to_lowercase())
                        }
                    })
                })
                .map(|(i, _)| index(i))
                .collect()
        })
        .chain([all])
        .collect()
}

/// The entry of `Lexicons::byline_prefixes_by_first` that holds every byline
/// prefix: a line's first byte is not ASCII.
const ALL_PREFIXES: usize = 128;

fn byline_prefixes(data: &str) -> Vec<(String, Role)> {
    let mut prefixes: Vec<(String, Role)> = entries(data)
        .filter_map(|line| {
            let (prefix, role) = line.split_once('\t')?;
            let role = if role.trim() == "author" {
                Role::Author
            } else {
                Role::Credit
            };
            Some((prefix.trim().to_lowercase(), role))
        })
        .collect();
    prefixes.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
    prefixes
}

impl Lexicons {
    /// The byline prefixes (index, prefix, role) that a line starting with
    /// `first` may start with, in order: those whose first character matches
    /// it, for an ASCII byte, else all of them.
    pub(crate) fn byline_prefixes_for(
        &self,
        first: Option<u8>,
    ) -> impl Iterator<Item = &(String, Role)> + '_ {
        let at = match first {
            Some(b) if b.is_ascii() => usize::from(b),
            _ => ALL_PREFIXES,
        };
        self.byline_prefixes_by_first[at]
            .iter()
            .map(|&i| &self.byline_prefixes[usize::from(i)])
    }

    /// The first keyword list (in order legal, caption, call to action, navigation)
    /// that has a phrase in `text`.
    ///
    /// A list's regex matches when one of its ASCII phrases does (found by the
    /// automaton of [`ascii_list`](Lexicons::ascii_list), exact unless the line
    /// has `ſ` or `K`, which fold to ASCII letters) or one of its non-ASCII
    /// phrases does (found by the small per-list regexes, run only on lines where
    /// a non-ASCII phrase occurs at all and only for lists before the ASCII hit).
    pub(crate) fn keyword(&self, text: &str) -> Option<Keyword> {
        self.keyword_with(text, text.is_ascii())
    }

    /// [`keyword`](Lexicons::keyword) of a line known to be ASCII or not.
    ///
    /// On a line that is not, one pass over its non-ASCII characters finds
    /// whether it has one that folds to ASCII (then the regexes decide) and
    /// whether it has a character of a non-ASCII phrase (a bitmap of the Basic
    /// Multilingual Plane answers for most characters in one load).
    #[inline]
    pub(crate) fn keyword_with(&self, text: &str, ascii: bool) -> Option<Keyword> {
        let list = if ascii {
            self.ascii_list(text)
        } else {
            self.non_ascii_list(text)
        };
        list.map(|list| self.keywords[usize::from(list)].0)
    }

    /// The first list (by index) with a phrase in `text`, which is not ASCII
    /// (see [`keyword_with`](Lexicons::keyword_with)).
    #[inline(never)]
    fn non_ascii_list(&self, text: &str) -> Option<u8> {
        let mut phrase_char = false;
        for c in non_ascii_chars_of(text) {
            if matches!(c, '\u{17f}' | '\u{212a}') {
                return self
                    .keywords
                    .iter()
                    .position(|(_, re)| re.is_match(text))
                    .map(|list| list as u8);
            }
            phrase_char = phrase_char || self.is_phrase_char(c);
        }
        let ascii = self.ascii_list(text);
        if phrase_char && self.non_ascii.is_match(text) {
            let non_ascii = self
                .non_ascii_keywords
                .iter()
                .take_while(|(list, _)| ascii.map_or(true, |a| *list < a))
                .find(|(_, re)| re.is_match(text))
                .map(|(list, _)| *list);
            non_ascii.or(ascii)
        } else {
            ascii
        }
    }

    /// The first list (by index) with an ASCII phrase in `text`, word boundaries
    /// respected, found without the regexes (see the module docs).
    ///
    /// Every (overlapping) occurrence of every phrase is looked at, since a
    /// match without its word boundaries can hide one with them.
    #[inline]
    fn ascii_list(&self, text: &str) -> Option<u8> {
        let mut first: Option<u8> = None;
        self.ascii
            .for_each_match(text.as_bytes(), |end, pattern, len| {
                let p = self.phrases[pattern];
                if first.is_some_and(|list| list <= p.list) {
                    return false;
                }
                // ASCII case folding keeps lengths: the match is as long as the
                // phrase. The phrase's own end characters are word characters
                // where it asks for a boundary, so the boundary is a non-word
                // neighbour.
                let start = end - len;
                let starts = !p.boundary_start || !self.word_before(text, start);
                let ends = !p.boundary_end || !self.word_at(text, end);
                if starts && ends {
                    first = Some(p.list);
                    return p.list == 0;
                }
                false
            });
        first
    }

    /// Whether `word` names a month ("July", "Dec", "Dec.").
    pub(crate) fn is_month(&self, word: &str) -> bool {
        let word = word.trim_end_matches('.');
        word.len() <= 12 && contains_lowercased(&self.months, word)
    }

    /// Whether `word` is a word of page furniture ("Share", "Login") that never
    /// stands in a bare author name.
    pub(crate) fn is_not_name_word(&self, word: &str) -> bool {
        word.len() <= 20 && contains_lowercased(&self.not_names, word)
    }

    /// Whether `word` is part of a job title ("Staff", "Correspondent").
    pub(crate) fn is_role_word(&self, word: &str) -> bool {
        word.len() <= 20 && contains_lowercased(&self.roles, word)
    }

    /// Whether `line` holds a reporting credit (`contributors.txt`: "Jane Doe
    /// contributed to this report.", "Reporting by Jane Doe; Editing by John
    /// Roe") at word boundaries. Lowercases the line: asked only of the line
    /// after an article's last paragraph.
    pub(crate) fn has_contributor_credit(&self, line: &str) -> bool {
        let lower = line.to_lowercase();
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        self.contributors.iter().any(|phrase| {
            lower.match_indices(phrase.as_str()).any(|(at, _)| {
                !word(lower[..at].chars().next_back())
                    && !word(lower[at + phrase.len()..].chars().next())
            })
        })
    }

    /// Whether the line `text` is the name of a language in its own language
    /// (`language_names.txt`: "Deutsch", "Español", "中文"), as a language
    /// picker lists them, ignoring case, the spaces around it and a gloss in
    /// brackets after it ("中文 (Chinese)").
    pub(crate) fn is_language_name(&self, text: &str) -> bool {
        let name = crate::lines::trim(text);
        if !self.may_open_a_language_name(name.as_bytes()) {
            return false;
        }
        // A name with an ASCII key is in `language_keys` or nowhere. (A short
        // ASCII line is packed in 64-bit arithmetic, as the end markers'
        // first words are.)
        let key = |b: &[u8]| match b.len() <= 8 && b.is_ascii() {
            true => short_ascii_key(b, b.len())
                .map(u128::from)
                .or_else(|| ascii_key(b)),
            false => ascii_key(b),
        };
        let known = |name: &str| match key(name.as_bytes()) {
            Some(key) => self.language_keys.get(key).is_some(),
            None => {
                !name.is_empty()
                    && name.len() <= self.language_name_max_bytes
                    && contains_lowercased(&self.language_names, name)
            }
        };
        known(name)
            || (name.ends_with(')')
                && name
                    .find(" (")
                    .is_some_and(|at| known(name[..at].trim_end())))
    }

    /// Whether a trimmed line that starts with `bytes` may be a language name
    /// by its first two bytes: a line that opens with two ASCII bytes is a
    /// name only if a name opens with them too, ignoring case, and most lines
    /// are turned away here. (Case folds ASCII to ASCII and other characters
    /// to other characters, the Kelvin sign and the long s aside, which are
    /// not ASCII in the line either: a line whose first two bytes are not
    /// both ASCII may be one.)
    #[inline]
    fn may_open_a_language_name(&self, bytes: &[u8]) -> bool {
        match (&self.language_pairs, bytes) {
            (Some(pairs), [a, b, ..]) if a.is_ascii() && b.is_ascii() => {
                pairs[usize::from(a.to_ascii_lowercase())] & (1 << b.to_ascii_lowercase()) != 0
            }
            _ => true,
        }
    }

    /// Whether `word` is a verb that opens a dated byline ("Posted on …").
    pub(crate) fn is_byline_verb(&self, word: &str) -> bool {
        word.len() <= 20 && contains_lowercased(&self.byline_verbs, word)
    }

    /// Whether `core` (a line trimmed of the punctuation around it) is an end
    /// marker made of a phrase of `end_marker_prefixes.txt` and a name of one
    /// to three words that each start with a capital letter or a digit ("More
    /// from G/O Media", "MORE FROM NEWS"): the header of a site's or a
    /// section's list after the article. A lowercase word ("More on the
    /// rollout") makes a subheading, not a name.
    fn is_named_marker(&self, core: &str) -> bool {
        self.end_marker_prefixes.iter().any(|prefix| {
            let Some(rest) = core
                .get(..prefix.len())
                .filter(|head| head.eq_ignore_ascii_case(prefix))
                .map(|_| &core[prefix.len()..])
            else {
                return false;
            };
            let named =
                |word: &str| word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
            rest.starts_with(char::is_whitespace)
                && (1..=3).contains(&rest.split_whitespace().count())
                && rest.split_whitespace().all(named)
        })
    }

    /// Whether the line ends with a "read more" tail ("Mehr…", "Read more »")
    /// that stands apart from the sentence before it: the tail is the whole line
    /// or follows a sentence end or a separator ("… weeks. Mehr…", "| Read more").
    /// "I want to read more" and "nobody asked for more…" are prose.
    ///
    /// The last 40 bytes are lowercased and compared with every tail; when they
    /// are ASCII (most lines) that happens in place, byte by byte, with the last
    /// byte compared first: ASCII lowercasing keeps every byte where it is, and a
    /// tail with a non-ASCII character cannot end ASCII text.
    #[inline]
    pub(crate) fn has_teaser_tail(&self, text: &str) -> bool {
        // A quick "no" first, inlined: the lowercased line must end with a
        // tail's last character. A line that ends with an ASCII byte other
        // than whitespace (most do) is read without trimming or decoding.
        if let Some(&b) = text.as_bytes().last() {
            if b.is_ascii() && !crate::features::is_ascii_space(b) {
                let b = b.to_ascii_lowercase();
                if !self.tail_ends_ascii[usize::from(b)] {
                    return false;
                }
                // Then the last two (most lines that end with a full stop
                // end with a letter and one, which no tail does).
                if let ([.., a, _], Some(pairs)) = (text.as_bytes(), &self.tail_end_pairs) {
                    if a.is_ascii() && pairs[usize::from(b)] & (1 << a.to_ascii_lowercase()) == 0 {
                        return false;
                    }
                }
            }
        }
        self.ends_with_teaser_tail(text)
    }

    /// [`has_teaser_tail`](Lexicons::has_teaser_tail) after its quick "no".
    #[inline(never)]
    fn ends_with_teaser_tail(&self, text: &str) -> bool {
        const MAX_TAIL: usize = 40;
        let text = text.trim_end();
        // (`str::to_lowercase` maps a final `Σ` by its context: that one is
        // let through.)
        let ends_like_a_tail = match text.chars().next_back() {
            None => false,
            Some(c) if c.is_ascii() => self.tail_ends_ascii[c.to_ascii_lowercase() as usize],
            Some('Σ') => true,
            Some(c) => c.to_lowercase().next_back().is_some_and(|l| {
                if l.is_ascii() {
                    self.tail_ends_ascii[l as usize]
                } else {
                    self.tail_ends.contains(&l)
                }
            }),
        };
        if !ends_like_a_tail {
            return false;
        }
        let mut start = text.len().saturating_sub(MAX_TAIL);
        while !text.is_char_boundary(start) {
            start += 1;
        }
        let region = &text[start..];
        if region.is_ascii() {
            let bytes = region.as_bytes();
            let Some(last) = bytes.last().map(u8::to_ascii_lowercase) else {
                return false;
            };
            let range = self.tails_ending_with[usize::from(last)].clone();
            return self.ascii_teaser_tails[range].iter().any(|tail| {
                let tail = tail.as_bytes();
                tail.len() <= bytes.len()
                    && bytes[bytes.len() - tail.len()..].eq_ignore_ascii_case(tail)
                    && stands_apart(&region[..bytes.len() - tail.len()], start)
            });
        }
        let end = region.to_lowercase();
        self.teaser_tails.iter().any(|tail| {
            end.strip_suffix(tail.as_str())
                .is_some_and(|before| stands_apart(before, start))
        })
    }

    /// Whether the first two bytes of a line that starts with an ASCII letter
    /// or digit start no end marker ([`start_pairs`]). Such a line's core
    /// (what `is_end_marker_with` compares) starts where the line does, in
    /// every script: its normalized form starts with the first byte
    /// lowercased, then the second, lowercased, or a space when it is
    /// whitespace; the trims only shorten the core from its end, and a core of
    /// one byte is no marker (every marker has two, or there are no pairs). A
    /// non-ASCII second byte is not judged here.
    #[inline]
    fn rejected_by_pairs(&self, text: &str) -> bool {
        let (Some(pairs), [first, rest @ ..]) = (&self.end_marker_pairs, text.as_bytes()) else {
            return false;
        };
        if !first.is_ascii_alphanumeric() {
            return false;
        }
        let second = match rest.first() {
            None => return true,
            Some(&b) if crate::features::is_ascii_space(b) => b' ',
            Some(&b) if b.is_ascii() => b.to_ascii_lowercase(),
            Some(_) => return false,
        };
        pairs[usize::from(first.to_ascii_lowercase())] & (1 << second) == 0
    }

    /// Whether the whole line is an end-of-article marker such as "Related:".
    #[cfg(test)]
    pub(crate) fn is_end_marker(&self, text: &str) -> bool {
        self.is_end_marker_with(text, None, &mut String::new())
    }

    /// Whether the line is an end-of-article marker, normalizing the line into `norm`
    /// (a buffer reused across lines).
    ///
    /// `words`, when known, is how many whitespace-separated tokens with a letter
    /// or digit the line has: all of them but a trailing count ("(27)") stay in
    /// the words compared with the markers, so a line with more than one more
    /// than the longest marker is none, and need not be read.
    #[inline]
    pub(crate) fn is_end_marker_with(
        &self,
        text: &str,
        words: Option<u32>,
        norm: &mut String,
    ) -> bool {
        // Quick "no"s for most lines, inlined, without reading them whole
        // (see `rejected_by_pairs`).
        if text.len() > END_MARKER_MAX_CHARS * 4
            || words.is_some_and(|w| w as usize > self.end_marker_max_words + 1)
            || self.rejected_by_pairs(text)
        {
            return false;
        }
        self.is_end_marker_read(text, norm)
    }

    /// [`is_end_marker_with`](Lexicons::is_end_marker_with) after its quick
    /// "no"s.
    #[inline(never)]
    fn is_end_marker_read(&self, text: &str, norm: &mut String) -> bool {
        const MAX: usize = END_MARKER_MAX_CHARS;
        let ascii = text.is_ascii();
        let core = if ascii {
            // The same trim on bytes: on ASCII the classes are the ASCII ones.
            let bytes = text.as_bytes();
            let kept = |b: &u8| b.is_ascii_alphanumeric() || *b == b'\'';
            match bytes.iter().position(kept) {
                // A quick "no" (most lines): the normalized line starts with the
                // core's first byte, lowercased, and its second, a space when it
                // is whitespace. The trims below only shorten the core from its
                // end: when it keeps two bytes they are these, and a shorter core
                // is no marker (every marker has two bytes, or there are no pairs).
                Some(start)
                    if self.end_marker_pairs.as_ref().is_some_and(|pairs| {
                        let first = bytes[start].to_ascii_lowercase();
                        let second = match bytes.get(start + 1) {
                            Some(&b) if crate::features::is_ascii_space(b) => b' ',
                            Some(&b) => b.to_ascii_lowercase(),
                            None => return true,
                        };
                        pairs[usize::from(first)] & (1 << second) == 0
                    }) =>
                {
                    return false
                }
                Some(start) => {
                    let end = bytes.iter().rposition(kept).map_or(start, |e| e + 1);
                    &text[start..end]
                }
                None => "",
            }
        } else {
            text.trim_matches(|c: char| {
                !crate::features::is_alphanumeric(c) && c != '\'' && c != '’'
            })
        };
        // A count after the marker ("Comments (27)", "Kommentare 12") is no part of it.
        let count = |c: char| c.is_ascii_digit() || matches!(c, '(' | ')' | '[' | ']');
        let core = if ascii {
            // The same trims on bytes.
            let bytes = core.as_bytes();
            let mut end = bytes.len();
            while end > 0 && count(char::from(bytes[end - 1])) {
                end -= 1;
            }
            while end > 0 && crate::features::is_ascii_space(bytes[end - 1]) {
                end -= 1;
            }
            &core[..end]
        } else {
            core.trim_end_matches(count).trim_end()
        };
        if core.is_empty() || (core.len() > MAX && core.chars().count() > MAX) {
            return false;
        }
        // A first word that is ASCII lowercases to itself in length and to its
        // key in content, so a marker starting with it has the same key.
        // `core` is trimmed: its first word ends at its first whitespace (on
        // ASCII bytes, found without decoding).
        let first_word = if ascii {
            core.as_bytes()
                .iter()
                .position(|&b| crate::features::is_ascii_space(b))
                .map_or(core, |i| &core[..i])
        } else {
            core.split_whitespace().next().unwrap_or(core)
        };
        let key = match ascii {
            // The same key in 64-bit arithmetic, for a short ASCII word.
            true => short_ascii_key(first_word.as_bytes(), first_word.len())
                .map(u128::from)
                .or_else(|| ascii_key(first_word.as_bytes())),
            false => ascii_key(first_word.as_bytes()),
        };
        if let Some(key) = key {
            if self.end_marker_first_words.get(key).is_none() {
                return false;
            }
        }
        if self.is_named_marker(core) {
            return true;
        }
        norm.clear();
        for word in core.split_whitespace() {
            // Already longer than every marker: no need to read on.
            if norm.len() > self.end_marker_max_bytes {
                return false;
            }
            if !norm.is_empty() {
                norm.push(' ');
            }
            if word.is_ascii() {
                // Lowercased with the whole buffer below.
                norm.push_str(word);
                continue;
            }
            norm.extend(word.chars().flat_map(char::to_lowercase).map(|c| {
                if c == '’' {
                    '\''
                } else {
                    c
                }
            }));
        }
        // `char::to_lowercase` never gives an uppercase ASCII letter, so this
        // only lowercases the ASCII words.
        norm.make_ascii_lowercase();
        self.end_markers.contains(norm.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_ignore_case_without_allocating_for_ascii() {
        let lex = &*LEXICONS;
        assert!(lex.is_month("July") && lex.is_month("JULY") && lex.is_month("Dec."));
        assert!(!lex.is_month("Julyish"));
        assert!(lex.is_role_word("Correspondent"));
        assert!(lex.is_byline_verb("POSTED") && !lex.is_byline_verb("Posting"));
        let set: WordSet = ["автор".to_owned()].into_iter().collect();
        assert!(contains_lowercased(&set, "АВТОР"));
        assert!(!contains_lowercased(&set, &"x".repeat(40)));
    }

    #[test]
    fn word_sets_answer_as_a_set_of_lowercased_strings_does() {
        let words = [
            "july",
            "don't",
            "a`b",
            "über",
            "k",
            "x".repeat(20).as_str(),
            "ab",
        ]
        .map(str::to_owned);
        let set: WordSet = words.iter().cloned().collect();
        let plain: HashSet<String> = words.iter().cloned().collect();
        let queries = [
            "JULY", "July", "july", "Julyy", "DON'T", "don`t", "A`B", "a'b", "Über", "ÜBER",
            "\u{212a}", "K", "k", "ab\0", "AB", "", "\0",
        ];
        let long = "X".repeat(20);
        for q in queries.iter().copied().chain([long.as_str()]) {
            assert_eq!(
                contains_lowercased(&set, q),
                plain.contains(&q.to_lowercase()),
                "{q:?}"
            );
        }
    }

    #[test]
    fn language_names_are_matched_whole_ignoring_case() {
        let lex = &*LEXICONS;
        assert!(lex.is_language_name("  español "));
        assert!(lex.is_language_name("РУССКИЙ"));
        assert!(lex.is_language_name("中文 (Chinese)"));
        assert!(!lex.is_language_name("English Premier League"));
        assert!(!lex.is_language_name("(Chinese)"));
        assert!(!lex.is_language_name(""));
        // Every name of the list passes the first-two-bytes filter.
        for name in entries(LANGUAGE_NAMES) {
            for form in [
                name.to_owned(),
                name.to_lowercase(),
                name.to_ascii_uppercase(),
                format!("  {name} (Gloss) "),
            ] {
                assert!(lex.is_language_name(&form), "{form:?}");
            }
        }
        // Lines turned away by their first two bytes, before any look-up.
        for line in ["w123", "Zz top", "Q4 results"] {
            assert!(!lex.may_open_a_language_name(line.as_bytes()), "{line:?}");
            assert!(!lex.is_language_name(line), "{line:?}");
        }
        // Lines that open like a name ("Da…", "De…") are looked up.
        for line in ["Dance music", "Deutsche Bank"] {
            assert!(lex.may_open_a_language_name(line.as_bytes()), "{line:?}");
            assert!(!lex.is_language_name(line), "{line:?}");
        }
    }

    #[test]
    fn keywords_respect_word_boundaries() {
        let lex = &*LEXICONS;
        assert_eq!(
            lex.keyword("Share this article"),
            Some(Keyword::CallToAction)
        );
        assert_eq!(lex.keyword("Shareholders met on Monday"), None);
        assert_eq!(lex.keyword("Copyright © 1999-2025"), Some(Keyword::Legal));
        assert_eq!(lex.keyword("© Example"), Some(Keyword::Legal));
        assert_eq!(
            lex.keyword("Photo: en.kremlin.ru by The Presidential Press"),
            Some(Keyword::Caption)
        );
    }

    #[test]
    fn ascii_fast_path_agrees_with_the_regexes() {
        let lex = &*LEXICONS;
        let regex = |text: &str| {
            lex.keywords
                .iter()
                .find(|(_, re)| re.is_match(text))
                .map(|(k, _)| *k)
        };
        let mut lines = vec![
            "Share this article",
            "Shareholders met on Monday",
            "SUBSCRIBE",
            "subscribers only",
            "Photo: Reuters / Copyright 2024",
            "read more_",
            "_read more",
            "x-read more-x",
            "Follow @example on the site",
            "",
        ];
        // Every phrase alone, glued to letters, and inside words.
        let mut owned = Vec::new();
        for (_, data) in KEYWORD_LISTS {
            for phrase in entries(data).filter(|p| p.is_ascii()) {
                owned.push(phrase.to_uppercase());
                owned.push(format!("a{phrase}"));
                owned.push(format!("{phrase}s"));
                owned.push(format!("x {phrase}, y"));
                owned.push(format!("_{phrase}_"));
            }
        }
        lines.extend(owned.iter().map(String::as_str));
        for line in lines {
            assert_eq!(lex.keyword(line), regex(line), "{line:?}");
            // Non-ASCII neighbours: letters and marks are word characters, symbols
            // and punctuation are not.
            for (before, after) in [("é", "ж"), ("— ", " ’"), ("\u{301}", "۱"), ("«", "»")]
            {
                let line = format!("{before}{line}{after}");
                assert_eq!(lex.keyword(&line), regex(&line), "{line:?}");
            }
        }
        for line in [
            "Фото: ТАСС",
            "Share this — фото: x",
            "Подписаться, then Copyright 2020",
            "© Reuters, Подписаться",
            "Все права защищены. Share",
            "навигацияфото: x",
            "crédito: EFE",
            "Subscribe ſ",
            "Share this \u{212a}",
        ] {
            assert_eq!(lex.keyword(line), regex(line), "{line:?}");
        }
    }

    #[test]
    fn non_ascii_prefilter_is_the_case_insensitive_class() {
        let lex = &*LEXICONS;
        let chars: String = KEYWORD_LISTS
            .iter()
            .flat_map(|&(_, data)| entries(data))
            .flat_map(str::chars)
            .filter(|c| !c.is_ascii())
            .map(|c| regex::escape(&c.to_string()))
            .collect();
        let class = Regex::new(&format!("(?i)[{chars}]")).unwrap();
        let mut seen = 0;
        for c in ('\u{80}'..='\u{3000}').chain('\u{a640}'..='\u{a6ff}') {
            let s = c.to_string();
            assert_eq!(
                has_char_in(&s, &lex.non_ascii_chars),
                class.is_match(&s),
                "{c:?}"
            );
            seen += usize::from(class.is_match(&s));
        }
        // Folding adds the capitals and the old Cyrillic letter forms (U+1C80..).
        let distinct: std::collections::BTreeSet<char> = chars.chars().collect();
        assert!(seen > distinct.len());
        assert!(has_char_in("ᲀ", &lex.non_ascii_chars));
        for c in ('\u{80}'..='\u{ffff}').chain(['\u{10000}', '\u{1f600}']) {
            assert_eq!(
                lex.is_phrase_char(c),
                has_char_in(&c.to_string(), &lex.non_ascii_chars),
                "{c:?}"
            );
        }
        assert!(!has_char_in("“quoted” — text…", &lex.non_ascii_chars));
    }

    #[test]
    fn no_phrase_has_a_character_that_folds_to_ascii() {
        // The ASCII fast path relies on it: only ASCII phrases can match ASCII text.
        for (_, data) in KEYWORD_LISTS {
            for c in entries(data).flat_map(str::chars).filter(|c| !c.is_ascii()) {
                let folds_to_ascii = c
                    .to_lowercase()
                    .chain(c.to_uppercase())
                    .any(|f| f.is_ascii());
                assert!(!folds_to_ascii, "{c:?}");
            }
        }
    }

    #[test]
    fn non_ascii_chars_are_found_past_ascii_runs() {
        for text in [
            "",
            "plain ASCII only, more than eight bytes",
            "é",
            "“Quoted” — and a long run of ASCII before the ellipsis…",
            "abcdefgh’ijklmnop’q",
            "Привет, мир",
            "x\u{10348}yz\u{a0}",
        ] {
            let want: Vec<char> = text.chars().filter(|c| !c.is_ascii()).collect();
            assert_eq!(
                non_ascii_chars_of(text).collect::<Vec<_>>(),
                want,
                "{text:?}"
            );
        }
    }

    #[test]
    fn contributor_credits_match_at_word_boundaries() {
        let lex = &*LEXICONS;
        assert!(lex.has_contributor_credit("Heba Habib contributed to this report."));
        assert!(lex.has_contributor_credit("Reporting by Jane Doe; Editing by John Roe"));
        assert!(lex.has_contributor_credit("ADDITIONAL REPORTING BY JANE DOE"));
        assert!(!lex.has_contributor_credit("Misreporting by officials was rife."));
        assert!(!lex.has_contributor_credit("She contributed to this reportage."));
        assert!(!lex.has_contributor_credit("Subscribe to our newsletter"));
    }

    #[test]
    fn a_phrase_and_a_name_make_an_end_marker() {
        let lex = &*LEXICONS;
        for line in [
            "More from Kotaku",
            "MORE FROM NEWS",
            "More From WebMD:",
            "More from G/O Media",
            "More on Amazon",
            "More in Tech",
        ] {
            assert!(lex.is_end_marker(line), "{line}");
        }
        for line in [
            "More on the vaccine rollout",
            "More from our correspondent in Kyiv today",
            "Morefrom Kotaku",
            "Learn more from Kotaku",
        ] {
            assert!(!lex.is_end_marker(line), "{line}");
        }
    }

    #[test]
    fn end_markers_match_whole_lines_only() {
        let lex = &*LEXICONS;
        assert!(lex.is_end_marker("Popular"));
        assert!(lex.is_end_marker("  Related articles: "));
        assert!(lex.is_end_marker("LAST MATERIALS"));
        assert!(lex.is_end_marker("You May Also Like"));
        assert!(!lex.is_end_marker("Popular support for the plan fell"));
        assert!(lex.is_end_marker("View comments (27)"));
        assert!(lex.is_end_marker("Kommentare 12"));
        assert!(lex.is_end_marker("Las más leídas"));
        assert!(!lex.is_end_marker("2024"));
        assert!(!lex.is_end_marker(""));
    }

    #[test]
    fn every_end_marker_and_teaser_tail_is_found_in_any_case() {
        let lex = &*LEXICONS;
        for marker in &lex.end_markers {
            assert!(lex.is_end_marker(marker), "{marker:?}");
            assert!(lex.is_end_marker(&marker.to_uppercase()), "{marker:?}");
            assert!(lex.is_end_marker(&format!(" {marker} (3)")), "{marker:?}");
            assert!(
                !lex.is_end_marker(&format!("{marker} and more")),
                "{marker:?}"
            );
        }
        for tail in &lex.teaser_tails {
            assert!(lex.has_teaser_tail(tail), "{tail:?}");
            assert!(
                lex.has_teaser_tail(&format!("Done. {}", tail.to_uppercase())),
                "{tail:?}"
            );
            assert!(
                !lex.has_teaser_tail(&format!("word{tail}"))
                    || !tail.starts_with(char::is_alphanumeric),
                "{tail:?}"
            );
        }
    }

    #[test]
    fn teaser_tails_match_at_the_end_after_a_word_boundary() {
        let lex = &*LEXICONS;
        // The quick "no" on the last two bytes is in use (every tail has two).
        assert!(lex.tail_end_pairs.is_some());
        assert!(!lex.has_teaser_tail("The bridge opened on Monday."));
        assert!(lex.has_teaser_tail("The bridge opened on Monday. More..."));
        assert!(lex.has_teaser_tail("Sechs Wochen Lieferzeit. Mehr…"));
        assert!(lex.has_teaser_tail("A bridge closes. READ MORE"));
        assert!(!lex.has_teaser_tail("Read more about it below, she said."));
        assert!(!lex.has_teaser_tail("Tomorrow…"));
        assert!(!lex.has_teaser_tail("Nobody asked for more…"));
        assert!(!lex.has_teaser_tail("I want to read more"));
        assert!(lex.has_teaser_tail("Continue reading"));
        assert!(!lex.has_teaser_tail(""));
    }

    #[test]
    fn the_dense_keyword_automaton_stays_small() {
        let (states, classes) = LEXICONS.ascii.shape();
        assert!(
            states > 100 && classes > 10,
            "{states} states, {classes} classes"
        );
        // Hot enough to stay in the cache: a few hundred kilobytes at most.
        assert!(states * classes * 4 < 512 * 1024, "{states} x {classes}");
    }

    #[test]
    fn byline_prefixes_are_longest_first() {
        let p = &LEXICONS.byline_prefixes;
        assert!(p.windows(2).all(|w| w[0].0.len() >= w[1].0.len()));
        assert!(p.iter().any(|(s, r)| s == "editor" && *r == Role::Credit));
    }
}
