//! Stoplists: the function words whose density tells prose from lists.
//!
//! Lists live in `data/stopwords/<code>.txt`, one lowercase word a line, one file
//! per [`Language`]; `data/stopwords/README.md` names each list's source and
//! licence. A language is data, not code: adding one is a file and a line in
//! [`LISTS`].
//!
//! For Japanese and Chinese, written without spaces, a list holds single
//! characters (particles and function characters); the feature extractor counts
//! them per character instead of per word.
//!
//! Lookups hash short strings millions of times per page batch, so the sets use a
//! small multiplicative hasher (the Fx hash of rustc) instead of SipHash: the keys
//! are our own word lists, not attacker-chosen, so hash flooding is no concern.
//!
//! Most words are short and ASCII. Those are looked up without a string at all:
//! the word, lowercased on the fly, is packed into a `u128` ([`ascii_key`]) and
//! found in a small open-addressing table of the packed list entries
//! ([`KeyMap`]), one multiply and usually one probe a word. Longer or non-ASCII
//! words take the string path.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use once_cell::sync::Lazy;

use crate::swar::{load8, load_short, splat, zero_bytes, ONES, ONES_128, TOP, TOP_128};
use crate::Language;

/// Every language's list, in the order of [`Language::ALL`].
static LISTS: [(Language, &str); 21] = [
    (Language::English, include_str!("../data/stopwords/en.txt")),
    (Language::Russian, include_str!("../data/stopwords/ru.txt")),
    (
        Language::Ukrainian,
        include_str!("../data/stopwords/uk.txt"),
    ),
    (Language::German, include_str!("../data/stopwords/de.txt")),
    (Language::French, include_str!("../data/stopwords/fr.txt")),
    (Language::Spanish, include_str!("../data/stopwords/es.txt")),
    (
        Language::Portuguese,
        include_str!("../data/stopwords/pt.txt"),
    ),
    (Language::Italian, include_str!("../data/stopwords/it.txt")),
    (Language::Dutch, include_str!("../data/stopwords/nl.txt")),
    (Language::Polish, include_str!("../data/stopwords/pl.txt")),
    (Language::Czech, include_str!("../data/stopwords/cs.txt")),
    (Language::Swedish, include_str!("../data/stopwords/sv.txt")),
    (Language::Turkish, include_str!("../data/stopwords/tr.txt")),
    (Language::Arabic, include_str!("../data/stopwords/ar.txt")),
    (Language::Persian, include_str!("../data/stopwords/fa.txt")),
    (Language::Hindi, include_str!("../data/stopwords/hi.txt")),
    (
        Language::Indonesian,
        include_str!("../data/stopwords/id.txt"),
    ),
    (Language::Japanese, include_str!("../data/stopwords/ja.txt")),
    (Language::Chinese, include_str!("../data/stopwords/zh.txt")),
    (Language::Korean, include_str!("../data/stopwords/ko.txt")),
    (Language::Latin, include_str!("../data/stopwords/la.txt")),
];

/// The Fx hash: one rotate, xor and multiply per 8 bytes.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(load8(c));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The last 1 to 7 bytes as one word, not one step each.
            self.add(load_short(rest) as u64);
        }
    }

    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type FxBuild = BuildHasherDefault<FxHasher>;

/// Words of up to this many bytes have an [`ascii_key`].
const KEY_BYTES: usize = 16;

/// An ASCII word of 1 to 16 bytes in normal form (lowercase, `` ` `` read as
/// `'`), packed into an integer little-endian; `None` for other words. Packing is
/// one-to-one on words that do not end with a NUL byte, which no word does (a word
/// ends with a letter or digit).
pub(crate) fn ascii_key(word: &[u8]) -> Option<u128> {
    ascii_key_prefix(word, word.len())
}

/// `PREFIX_MASKS[n]` keeps the low `n` bytes of a `u128`.
const PREFIX_MASKS: [u128; KEY_BYTES + 1] = {
    let mut masks = [u128::MAX; KEY_BYTES + 1];
    let mut n = 0;
    while n < KEY_BYTES {
        masks[n] = (1u128 << (8 * n)) - 1;
        n += 1;
    }
    masks
};

/// [`ascii_key`] of `bytes[..len]`: when `bytes` goes on for 16 bytes or more,
/// the word is read in one load and the bytes after it masked off.
#[inline]
pub(crate) fn ascii_key_prefix(bytes: &[u8], len: usize) -> Option<u128> {
    if len == 0 || len > KEY_BYTES || len > bytes.len() {
        return None;
    }
    let packed = if let Some(window) = bytes.get(..KEY_BYTES) {
        let mut chunk = [0u8; KEY_BYTES];
        chunk.copy_from_slice(window);
        u128::from_le_bytes(chunk) & PREFIX_MASKS[len]
    } else {
        load_short(&bytes[..len])
    };
    if packed & TOP_128 != 0 {
        return None; // not ASCII
    }
    // Lowercase all 16 bytes at once: every byte is below 0x80, so adding less
    // than 0x80 to each never carries into the next, and a byte's top bit then
    // tells whether it reached the bound.
    let at_least_a = packed + ONES_128 * u128::from(0x80 - b'A');
    let past_z = packed + ONES_128 * u128::from(0x80 - b'Z' - 1);
    let upper = at_least_a & !past_z & TOP_128;
    let lower = packed | (upper >> 2);
    // A zero byte in `lower ^ backticks` is a backtick (padding is 0, not 0x60).
    let backticks = lower ^ (ONES_128 * u128::from(b'`'));
    if backticks.wrapping_sub(ONES_128) & !backticks & TOP_128 == 0 {
        return Some(lower);
    }
    let mut bytes = lower.to_le_bytes();
    for b in &mut bytes {
        if *b == b'`' {
            *b = b'\'';
        }
    }
    Some(u128::from_le_bytes(bytes))
}

/// [`ascii_key_prefix`] of a word of 1 to 8 ASCII bytes without a backtick, in
/// 64-bit arithmetic (the key of such a word fits in the low half); `None` for
/// other words, which take the general path. `bytes[..len]` must be ASCII.
#[inline(always)]
pub(crate) fn short_ascii_key(bytes: &[u8], len: usize) -> Option<u64> {
    if len == 0 || len > 8 || len > bytes.len() {
        return None;
    }
    let packed = if bytes.len() >= 8 {
        load8(bytes) & (PREFIX_MASKS[len] as u64)
    } else {
        load_short(&bytes[..len]) as u64
    };
    debug_assert_eq!(packed & TOP, 0, "the word is ASCII");
    // As in `ascii_key_prefix`: every byte is below 0x80, so the additions
    // carry into no neighbour.
    let at_least_a = packed + ONES * u64::from(0x80 - b'A');
    let past_z = packed + ONES * u64::from(0x80 - b'Z' - 1);
    let lower = packed | ((at_least_a & !past_z & TOP) >> 2);
    if zero_bytes(lower ^ splat(b'`')) != 0 {
        return None;
    }
    Some(lower)
}

/// A map from [`ascii_key`]s to values: open addressing with linear probing in a
/// table at most half full, so a miss ends at an empty slot after a probe or two.
/// Key 0 marks an empty slot (no word packs to 0).
pub(crate) struct KeyMap<V> {
    slots: Vec<(u128, V)>,
    shift: u32,
}

impl<V: Copy + Default> KeyMap<V> {
    /// A map of `entries`; a key given twice keeps the value `merge` makes of both.
    pub(crate) fn new(entries: &[(u128, V)], merge: impl Fn(V, V) -> V) -> KeyMap<V> {
        let bits = (2 * entries.len())
            .max(2)
            .next_power_of_two()
            .trailing_zeros();
        let mut map = KeyMap {
            slots: vec![(0, V::default()); 1 << bits],
            shift: 64 - bits,
        };
        for &(key, value) in entries {
            let mut i = map.slot(key);
            loop {
                let slot = &mut map.slots[i];
                if slot.0 == 0 {
                    *slot = (key, value);
                    break;
                }
                if slot.0 == key {
                    slot.1 = merge(slot.1, value);
                    break;
                }
                i = (i + 1) & (map.slots.len() - 1);
            }
        }
        map
    }

    #[inline]
    fn slot(&self, key: u128) -> usize {
        let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(23);
        (folded.wrapping_mul(SEED) >> self.shift) as usize
    }

    /// The value of `key`, if it is in the map.
    #[inline]
    pub(crate) fn get(&self, key: u128) -> Option<V> {
        let mask = self.slots.len() - 1;
        let mut i = self.slot(key);
        loop {
            let (k, v) = self.slots[i];
            if k == key {
                return Some(v);
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }
}

/// A set of [`short_ascii_key`]s (ASCII words of 1 to 8 bytes, packed into
/// the low half of their [`ascii_key`]): open addressing with linear probing
/// over bare `u64` slots, at most a quarter full. A look-up is one multiply,
/// one load and one comparison for a word in the set, and one more for a
/// word whose slot is empty, which most are (a further slot is read only
/// after a slot of another key). [`KeyMap`] does the same on `u128` keys and
/// values; the feature pass asks this set about every short word that passes
/// the quick "no" of [`Stoplist::shapes`]. Key 0 marks an empty slot (no word
/// packs to 0).
pub(crate) struct ShortKeys {
    slots: Box<[u64]>,
    shift: u32,
}

impl ShortKeys {
    /// The set of `keys`.
    pub(crate) fn new(keys: impl Iterator<Item = u64>) -> ShortKeys {
        let keys: Vec<u64> = keys.collect();
        let bits = (4 * keys.len()).max(2).next_power_of_two().trailing_zeros();
        let mut set = ShortKeys {
            slots: vec![0; 1 << bits].into_boxed_slice(),
            shift: 64 - bits,
        };
        let mask = set.slots.len() - 1;
        for key in keys {
            let mut i = set.slot(key);
            while set.slots[i] != 0 && set.slots[i] != key {
                i = (i + 1) & mask;
            }
            set.slots[i] = key;
        }
        set
    }

    #[inline(always)]
    fn slot(&self, key: u64) -> usize {
        (key.wrapping_mul(SEED) >> self.shift) as usize
    }

    /// Whether `key` is in the set.
    #[inline(always)]
    pub(crate) fn contains(&self, key: u64) -> bool {
        let mask = self.slots.len() - 1;
        let mut i = self.slot(key);
        loop {
            let k = self.slots[i];
            if k == key {
                return true;
            }
            if k == 0 {
                return false;
            }
            i = (i + 1) & mask;
        }
    }
}

/// The entries of a list that have an [`ascii_key`], packed, with `value`.
fn keyed<V: Copy>(words: impl Iterator<Item = &'static str>, value: V) -> Vec<(u128, V)> {
    words
        .filter_map(|w| ascii_key(w.as_bytes()))
        .map(|k| (k, value))
        .collect()
}

/// The byte `ascii_key` puts in place of `b`.
fn normal_byte(b: u8) -> u8 {
    if b == b'`' {
        b'\''
    } else {
        b.to_ascii_lowercase()
    }
}

/// The index into [`Stoplist::shapes`] and the bit of a word of `len` (1 to 16)
/// bytes, normalized or not.
fn shape(word: &[u8], len: usize) -> (usize, u32) {
    let first = normal_byte(word[0]) % 32;
    let last = normal_byte(word[len - 1]) % 32;
    (len * 32 + usize::from(first), 1 << last)
}

/// How many entries [`Stoplist::shapes`] has: one per length (0 to 16) and
/// first byte modulo 32.
const SHAPES: usize = (KEY_BYTES + 1) * 32;

/// [`Stoplist::shapes`] of a list.
fn shapes<'a>(words: impl Iterator<Item = &'a str>) -> Box<[u32; SHAPES]> {
    let mut shapes = Box::new([0u32; SHAPES]);
    for w in words.filter(|w| ascii_key(w.as_bytes()).is_some()) {
        let (i, bit) = shape(w.as_bytes(), w.len());
        shapes[i] |= bit;
    }
    shapes
}

/// A set of lowercase stopwords for one language.
pub(crate) struct Stoplist {
    /// The words that have an [`ascii_key`], packed.
    keys: KeyMap<()>,
    /// Those of them that have a [`short_ascii_key`] (most words of a text).
    short_keys: ShortKeys,
    /// A quick "no" before the key is built: bit `last % 32` of
    /// `shapes[len * 32 + first % 32]` is set when a keyed word of `len` bytes
    /// starts with byte `first` and ends with byte `last`. Most content words
    /// fail it.
    /// (An array, so that an index below [`SHAPES`] needs no bounds check.)
    shapes: Box<[u32; SHAPES]>,
    language: Language,
    words: HashSet<&'static str, FxBuild>,
    /// The longest word's length in characters: a longer word is never looked up.
    max_chars: usize,
    /// The longest word's length in bytes.
    max_bytes: usize,
    /// Every word is ASCII (see [`Stoplist::may_contain`]).
    ascii_only: bool,
}

static STOPLISTS: Lazy<Vec<Stoplist>> = Lazy::new(|| {
    LISTS
        .iter()
        .map(|&(language, data)| Stoplist {
            language,
            words: entries(data).collect(),
            keys: KeyMap::new(&keyed(entries(data), ()), |a, _| a),
            short_keys: ShortKeys::new(
                entries(data)
                    .filter(|w| w.is_ascii())
                    .filter_map(|w| short_ascii_key(w.as_bytes(), w.len())),
            ),
            shapes: shapes(entries(data)),
            max_chars: entries(data).map(|w| w.chars().count()).max().unwrap_or(0),
            max_bytes: entries(data).map(str::len).max().unwrap_or(0),
            ascii_only: entries(data).all(|w| w.is_ascii()),
        })
        .collect()
});

/// For the detector: each stopword of a spaced language with the bit set of the
/// languages (by [`Language::index`]) whose list holds it.
static LANGUAGES_OF: Lazy<HashMap<&'static str, u32, FxBuild>> = Lazy::new(|| {
    let mut map: HashMap<&'static str, u32, FxBuild> = HashMap::default();
    for &(language, data) in LISTS.iter().filter(|(l, _)| !l.is_unspaced()) {
        for word in entries(data) {
            *map.entry(word).or_insert(0) |= 1 << language.index();
        }
    }
    map
});

fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|w| !w.is_empty() && !w.starts_with('#'))
}

/// Writes `word` lowercased into `buf`, with curly apostrophes made straight: the
/// form the lists are written in. Reuses `buf`'s allocation.
pub(crate) fn normalize(word: &str, buf: &mut String) {
    buf.clear();
    for c in word.chars() {
        match c {
            '’' | '`' => buf.push('\''),
            c if c.is_ascii() => buf.push(c.to_ascii_lowercase()),
            c => buf.extend(c.to_lowercase()),
        }
    }
}

/// The bit set of the spaced languages whose stoplist holds `word` (normalized).
pub(crate) fn languages_of(word: &str) -> u32 {
    LANGUAGES_OF.get(word).copied().unwrap_or(0)
}

/// [`LANGUAGES_OF`] for the words that have an [`ascii_key`].
static LANGUAGE_KEYS: Lazy<KeyMap<u32>> = Lazy::new(|| {
    let entries: Vec<(u128, u32)> = LANGUAGES_OF
        .iter()
        .filter_map(|(w, &mask)| Some((ascii_key(w.as_bytes())?, mask)))
        .collect();
    KeyMap::new(&entries, |a, b| a | b)
});

/// The longest stopword of a spaced language, in characters.
static LONGEST: Lazy<usize> = Lazy::new(|| {
    LANGUAGES_OF
        .keys()
        .map(|w| w.chars().count())
        .max()
        .unwrap_or(0)
});

/// [`languages_of`] for a word as it appears in the text: normalized into `buf`
/// first, except when it is too long to be a stopword (normalizing never shortens
/// a word in characters, and a character takes at most 4 bytes) or ASCII without
/// capitals (already normal).
pub(crate) fn languages_of_word(word: &str, buf: &mut String) -> u32 {
    if word.len() <= 8 && word.is_ascii() {
        if let Some(key) = short_ascii_key(word.as_bytes(), word.len()) {
            return LANGUAGE_KEYS.get(u128::from(key)).unwrap_or(0);
        }
    }
    if let Some(key) = ascii_key(word.as_bytes()) {
        return LANGUAGE_KEYS.get(key).unwrap_or(0);
    }
    if word.len() > 4 * *LONGEST {
        return 0;
    }
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase() && b != b'`')
    {
        return languages_of(word);
    }
    normalize(word, buf);
    languages_of(buf)
}

/// [`languages_of_word`] of the ASCII word `rest[..len]`, as the detector
/// finds an ASCII token's word: `rest` goes on to the end of the line, only so
/// that a short word's key loads in one go, as in [`short_ascii_key`].
#[inline]
pub(crate) fn languages_of_ascii_word(rest: &str, len: usize, buf: &mut String) -> u32 {
    match short_ascii_key(rest.as_bytes(), len) {
        Some(key) => LANGUAGE_KEYS.get(u128::from(key)).unwrap_or(0),
        None => languages_of_word(&rest[..len], buf),
    }
}

impl Stoplist {
    /// The stoplist of `language`.
    pub(crate) fn of(language: Language) -> &'static Stoplist {
        let list = &STOPLISTS[language.index()];
        debug_assert_eq!(list.language, language);
        list
    }

    /// The English stoplist.
    pub(crate) fn english() -> &'static Stoplist {
        Stoplist::of(Language::English)
    }

    /// The language of the list.
    pub(crate) fn language(&self) -> Language {
        self.language
    }

    /// Whether `word`, already lowercased, is a stopword.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.words.contains(word)
    }

    /// Whether `word` (a word as it appears in the text, stripped of the
    /// punctuation around it) is in the list once [`normalize`]d: ASCII words
    /// by their key ([`Stoplist::contains_ascii_prefix`]), others only when
    /// their length and characters allow ([`Stoplist::may_contain_len`],
    /// [`Stoplist::may_contain`]). `buf` is scratch space, reused across
    /// calls.
    pub(crate) fn contains_word(&self, word: &str, buf: &mut String) -> bool {
        if word.is_ascii() {
            return self.contains_ascii_prefix(word.as_bytes(), word.len(), buf);
        }
        if !self.may_contain_len(word.len()) || !self.may_contain(word) {
            return false;
        }
        normalize(word, buf);
        self.contains(buf)
    }

    /// Whether a word of `len` bytes may be in the list: normalizing never makes a
    /// word shorter in characters, and a character takes at most 4 bytes, so a
    /// longer word need not be normalized (a 10 MB "word" would cost 10 MB).
    pub(crate) fn may_contain_len(&self, len: usize) -> bool {
        len <= 4 * self.max_chars
    }

    /// Whether the ASCII word `bytes[..len]`, as it appears in the text, is in
    /// the list once normalized (as [`normalize`] would): by its
    /// [`ascii_key_prefix`] when it has one. The bytes after the word are only
    /// there for a faster load.
    pub(crate) fn contains_ascii_prefix(&self, bytes: &[u8], len: usize, buf: &mut String) -> bool {
        if (1..=KEY_BYTES).contains(&len) && len <= bytes.len() {
            let (i, bit) = shape(bytes, len);
            if self.shapes[i] & bit == 0 {
                return false;
            }
        }
        if let Some(key) = ascii_key_prefix(bytes, len) {
            return self.keys.get(key).is_some();
        }
        if len > self.max_bytes {
            return false;
        }
        buf.clear();
        buf.extend(bytes[..len].iter().map(|&b| match b {
            b'`' => '\'',
            b => char::from(b.to_ascii_lowercase()),
        }));
        self.contains(buf)
    }

    /// [`contains_ascii_prefix`](Stoplist::contains_ascii_prefix) of a word that
    /// starts and ends with an ASCII letter or digit, as the feature extractor
    /// finds them: those bytes keep their [`shape`] bits under normalizing
    /// (lowercasing keeps a letter's value modulo 32), so the quick "no" needs
    /// no normalizing. `ends` are the word's first and last bytes, which the
    /// caller has read already.
    #[inline(always)]
    pub(crate) fn contains_ascii_word(
        &self,
        bytes: &[u8],
        len: usize,
        ends: (u8, u8),
        buf: &mut String,
    ) -> bool {
        debug_assert!(ends == (bytes[0], bytes[len - 1]));
        debug_assert!(ends.0.is_ascii_alphanumeric() && ends.1.is_ascii_alphanumeric());
        if len <= KEY_BYTES {
            let i = len * 32 + usize::from(ends.0 % 32);
            if self.shapes[i] & (1 << (ends.1 % 32)) == 0 {
                return false;
            }
            if let Some(key) = short_ascii_key(bytes, len) {
                return self.short_keys.contains(key);
            }
        }
        self.contains_ascii_prefix(bytes, len, buf)
    }

    /// Whether `word`, not ASCII, may be in the list once normalized: not when
    /// every word of the list is ASCII and `word` has a character that
    /// [`normalize`] leaves non-ASCII, which is every character but ASCII, the
    /// curly apostrophe and the Kelvin sign (the one character whose lowercase
    /// is ASCII; a unit test checks). English, with its curly quotes and
    /// dashes inside tokens, needs no normalizing for them.
    pub(crate) fn may_contain(&self, word: &str) -> bool {
        !self.ascii_only
            || word
                .chars()
                .all(|c| c.is_ascii() || matches!(c, '’' | '\u{212a}'))
    }

    /// Whether the one-character stopword `c` is in the list (unspaced languages).
    pub(crate) fn contains_char(&self, c: char) -> bool {
        let mut utf8 = [0u8; 4];
        self.words.contains(&*c.encode_utf8(&mut utf8))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_keys_are_the_low_half_of_ascii_keys() {
        let text = b"The cat's WORDS and x ab`c 12345678 Abcdefgh9 zZ";
        for start in 0..text.len() {
            for len in 1..=9 {
                let Some(word) = text.get(start..start + len) else {
                    continue;
                };
                let short = short_ascii_key(&text[start..], len);
                if len > 8 || word.contains(&b'`') {
                    assert_eq!(short, None);
                } else {
                    assert_eq!(short.map(u128::from), ascii_key(word), "{word:?}");
                    // Also when the word is the end of the text.
                    assert_eq!(short_ascii_key(word, len), short);
                }
            }
        }
    }

    #[test]
    fn only_the_kelvin_sign_lowercases_to_ascii() {
        // `Stoplist::may_contain` counts on it.
        let to_ascii: Vec<char> = ('\u{80}'..=char::MAX)
            .filter(|c| c.to_lowercase().all(|l| l.is_ascii()))
            .collect();
        assert_eq!(to_ascii, ['\u{212a}']);
        assert!(Stoplist::english().ascii_only);
        assert!(!Stoplist::english().may_contain("naïve"));
        assert!(Stoplist::english().may_contain("it’s"));
    }

    #[test]
    fn english_has_the_function_words() {
        let en = Stoplist::english();
        for w in ["the", "and", "of", "it's", "which"] {
            assert!(en.contains(w), "{w}");
        }
        assert!(!en.contains("putin"));
    }

    #[test]
    fn lists_are_in_language_order_and_not_empty() {
        assert_eq!(LISTS.len(), Language::ALL.len());
        for (&(language, _), &want) in LISTS.iter().zip(Language::ALL) {
            assert_eq!(language, want);
            assert!(Stoplist::of(language).words.len() >= 30, "{language}");
        }
    }

    #[test]
    fn lists_are_lowercase_single_words() {
        for &(language, data) in &LISTS {
            for w in entries(data) {
                assert!(!w.contains(char::is_whitespace), "{language}: {w:?}");
                let mut buf = String::new();
                normalize(w, &mut buf);
                assert_eq!(buf, w, "{language}: entries are stored normalized");
            }
        }
    }

    #[test]
    fn other_languages_have_their_function_words() {
        assert!(Stoplist::of(Language::French).contains("les"));
        assert!(Stoplist::of(Language::Russian).contains("и"));
        assert!(Stoplist::of(Language::Arabic).contains("في"));
        assert!(Stoplist::of(Language::Chinese).contains_char('的'));
        assert!(Stoplist::of(Language::Japanese).contains_char('の'));
    }

    #[test]
    fn detector_table_maps_words_to_languages() {
        let mask = languages_of("les");
        assert_ne!(mask & (1 << Language::French.index()), 0);
        assert_eq!(mask & (1 << Language::Russian.index()), 0);
        assert_eq!(languages_of("unboil"), 0);
    }

    #[test]
    fn languages_of_word_normalizes_like_normalize() {
        let mut buf = String::new();
        for word in [
            "les",
            "LES",
            "It’s",
            "it`s",
            "И",
            "unboil",
            &"x".repeat(500),
        ] {
            let mut norm = String::new();
            normalize(word, &mut norm);
            assert_eq!(
                languages_of_word(word, &mut buf),
                languages_of(&norm),
                "{word}"
            );
        }
    }

    #[test]
    fn packed_lookups_agree_with_the_string_sets() {
        let mut buf = String::new();
        let mut words: Vec<String> = ["The", "it`s", "IT'S", "x", "naïve", "a\u{0}b"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        for &(_, data) in &LISTS {
            for w in entries(data) {
                words.push(w.to_owned());
                words.push(w.to_uppercase());
                words.push(format!("{w}s"));
            }
        }
        for word in &words {
            let mut norm = String::new();
            normalize(word, &mut norm);
            if word.is_ascii() {
                for &language in Language::ALL {
                    let list = Stoplist::of(language);
                    assert_eq!(
                        list.contains_ascii_prefix(word.as_bytes(), word.len(), &mut buf),
                        list.contains(&norm),
                        "{language}: {word:?}"
                    );
                }
            }
            assert_eq!(
                languages_of_word(word, &mut buf),
                languages_of(&norm),
                "{word:?}"
            );
        }
        assert_eq!(ascii_key(b""), None);
        assert_eq!(ascii_key(&[b'a'; 17]), None);
        assert_ne!(ascii_key(b"ab"), ascii_key(b"a\0b"));
        assert_eq!(
            ascii_key_prefix(b"The rest of a long line", 3),
            ascii_key(b"the")
        );
        assert_eq!(
            ascii_key_prefix(b"x\xc3\xa9 and then some more", 1),
            ascii_key(b"x")
        );
        assert_eq!(ascii_key_prefix(b"ab", 3), None);
        for b in 1..0x80u8 {
            let want = if b == b'`' {
                b'\''
            } else {
                b.to_ascii_lowercase()
            };
            let word = [b'x', b, b'`', b'Q'];
            let key = ascii_key(&word).map(u128::to_le_bytes);
            assert_eq!(
                key.map(|k| k[..4].to_vec()),
                Some(vec![b'x', want, b'\'', b'q'])
            );
        }
    }

    #[test]
    fn the_word_look_up_agrees_with_the_string_sets() {
        // Every ASCII entry of every list, in three cases, with a letter
        // more and a letter less, and words of 1 to 17 bytes: each as the
        // feature pass asks about it (a word that starts and ends with a
        // letter or digit, with the rest of the line after it).
        let mut buf = String::new();
        let mut words: Vec<String> = (1..=17).map(|n| "ab".repeat(n)[..n].to_string()).collect();
        for &(_, data) in &LISTS {
            for w in entries(data).filter(|w| w.is_ascii()) {
                words.push(w.to_owned());
                words.push(w.to_uppercase());
                words.push(format!("{}{}", w[..1].to_uppercase(), &w[1..]));
                words.push(format!("{w}s"));
                words.push(w[..w.len() - 1].to_owned());
            }
        }
        let mut hits = 0;
        for word in &words {
            let bytes = word.as_bytes();
            let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
                continue;
            };
            if !first.is_ascii_alphanumeric() || !last.is_ascii_alphanumeric() {
                continue;
            }
            let mut norm = String::new();
            normalize(word, &mut norm);
            let line = format!("{word} and the rest of the line");
            for &language in Language::ALL {
                let list = Stoplist::of(language);
                let want = list.contains(&norm);
                hits += usize::from(want);
                for text in [word.as_bytes(), line.as_bytes()] {
                    assert_eq!(
                        list.contains_ascii_word(text, word.len(), (first, last), &mut buf),
                        want,
                        "{language}: {word:?}"
                    );
                }
            }
        }
        assert!(hits > 1000, "{hits}");
    }

    #[test]
    fn short_key_sets_hold_their_keys_only() {
        let keys: Vec<u64> = (1..=500u64).map(|k| k * 0x0101_0101).collect();
        let set = ShortKeys::new(keys.iter().copied());
        assert!(keys.iter().all(|&k| set.contains(k)));
        assert!((501..5000u64).all(|k| !set.contains(k * 0x0101_0101)));
        assert!(!ShortKeys::new(std::iter::empty()).contains(1));
    }

    #[test]
    fn normalize_lowercases_and_straightens_apostrophes() {
        let mut buf = String::from("junk");
        normalize("It’S", &mut buf);
        assert_eq!(buf, "it's");
        normalize("ÉCOLE", &mut buf);
        assert_eq!(buf, "école");
    }
}
