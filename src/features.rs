//! Per-line features: the numbers every rule reads.
//!
//! A feature looks at one line alone. Words are the whitespace-separated tokens with
//! their surrounding punctuation stripped; a token with no letter or digit is not a
//! word. Counting is done once per line, in one pass over its words, with a reused
//! buffer for lowercasing, so the cost is linear in the input.
//!
//! # Scripts without spaces
//!
//! Chinese and Japanese put no spaces between words, so a whole sentence would be
//! one "word". When the document's stoplist is for such a language the extractor
//! takes a separate path, [`Extractor::unspaced_features`], that reads characters:
//!
//! * every two Han or kana characters count as one word (the typical word length),
//!   and every one of them as two characters of [`Features::chars`], as in display
//!   width: a CJK character carries about as much text as two Latin letters, so the
//!   length thresholds mean the same amount of text in both;
//! * the stopwords are the function characters: those in the stoplist and, for
//!   Japanese, every hiragana (it writes the particles and inflections), counted
//!   in the same two-per-word units, so the density thresholds keep their sense;
//! * runs of other letters (Latin names, numbers) are words as usual.
//!
//! The sentence ending is read the same way in every script: `。！？` end a
//! sentence like `.!?`, and closing `」』）` are skipped like quotes. Right-to-left
//! text needs nothing special: lines are stored in logical order, so Arabic and
//! Hebrew words split on spaces like Latin ones, and a mixed-script line simply
//! has words from both.
//!
//! # Speed
//!
//! The word pass is most of what a line costs, so it reads words, not bytes,
//! where it can, and stays exact: a token's end is searched eight bytes at a
//! time for any byte that could end it or needs decoding (ASCII whitespace and
//! control characters, every non-ASCII byte), and each such byte is then judged
//! as the byte-by-byte reading would judge it; the code bytes (`=;{}`) are
//! looked for in the whole line by a vector fold, which also says whether the
//! line is printable ASCII (79% of the corpus's non-blank lines): such a line
//! has no whitespace but the space and no byte to decode, and takes a plain
//! loop over its tokens. Any other line goes through the crate's one token
//! walk, [`for_each_token`], which the language detector reads its words
//! through too. The ASCII word and its stoplist look-up are inlined into both
//! loops (a call a word, with its argument moves, cost more than the look-up's
//! quick "no"). Unit tests check the pass against plain Unicode code
//! (`str::split_whitespace`, `char::is_alphanumeric`) and the searches against
//! plain loops. The eight-byte arithmetic is shared with the other byte scans
//! (`swar`).

use crate::lexicon::{Keyword, LEXICONS};
use crate::stopwords::Stoplist;
use crate::swar::{first_flagged, load8, load_short, splat, zero_bytes, ONES, TOP};
use crate::Language;

/// Lines longer than this (in bytes) are never checked against the keyword lexicons:
/// a prompt, a credit or a copyright line is short, and a long line that mentions
/// "share" or "cookie" is prose.
const KEYWORD_MAX_BYTES: usize = 400;

/// What the classifier knows about one line.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Features {
    /// Characters in the trimmed line.
    pub chars: u32,
    /// Words (tokens with a letter or digit).
    pub words: u32,
    /// Words in the stoplist.
    pub stopwords: u32,
    /// Words that start with a letter.
    pub alpha_words: u32,
    /// Words that start with an uppercase letter.
    pub capitalized: u32,
    /// A keyword lexicon hit, for lines short enough to check.
    pub keyword: Option<Keyword>,
    /// Yes-or-no facts about the line, one bit each ([`Flag`]), read through the
    /// methods of the same names: a byte instead of seven keeps `Features` at 24
    /// bytes, which the memory bound per line needs (`tests/memory.rs`).
    pub flags: u8,
}

/// The bits of [`Features::flags`].
pub(crate) struct Flag;

impl Flag {
    /// See [`Features::terminal`].
    pub const TERMINAL: u8 = 1;
    /// See [`Features::period`].
    pub const PERIOD: u8 = 1 << 1;
    /// See [`Features::end_marker`].
    pub const END_MARKER: u8 = 1 << 2;
    /// See [`Features::markup`].
    pub const MARKUP: u8 = 1 << 3;
    /// See [`Features::teaser_tail`].
    pub const TEASER_TAIL: u8 = 1 << 4;
    /// See [`Features::code_or_item`].
    pub const CODE_OR_ITEM: u8 = 1 << 5;
    /// See [`Features::starts_lower`].
    pub const STARTS_LOWER: u8 = 1 << 6;
    /// See [`Features::code`].
    pub const CODE: u8 = 1 << 7;
}

impl Features {
    /// Sets or clears one [`Flag`].
    pub fn set(&mut self, flag: u8, on: bool) {
        if on {
            self.flags |= flag;
        } else {
            self.flags &= !flag;
        }
    }

    /// The line ends like a sentence: `.`, `!`, `?`, `…` (or CJK `。！？`), maybe
    /// followed by closing quotes or brackets.
    pub fn terminal(&self) -> bool {
        self.flags & Flag::TERMINAL != 0
    }

    /// The line ends with a full stop (not `?` or `!`): titles rarely do.
    pub fn period(&self) -> bool {
        self.flags & Flag::PERIOD != 0
    }

    /// The whole line is an end-of-article marker ("Related", "Popular").
    pub fn end_marker(&self) -> bool {
        self.flags & Flag::END_MARKER != 0
    }

    /// The line is raw HTML: it opens with a tag that carries attributes, or it
    /// opens with a tag and ends with one (a tracking pixel, an ad slot, noscript
    /// content that a renderer let through).
    pub fn markup(&self) -> bool {
        self.flags & Flag::MARKUP != 0
    }

    /// The line ends with a "read more" link ("Mehr…", "Read more »"): a teaser
    /// that leads elsewhere, however well it reads.
    pub fn teaser_tail(&self) -> bool {
        self.flags & Flag::TEASER_TAIL != 0
    }

    /// The line looks like code or an enumerated list item: it has `=`, `;`,
    /// `{` or `}`, or opens with "1." / "+ ". Menus and teaser titles have neither.
    pub fn code_or_item(&self) -> bool {
        self.flags & Flag::CODE_OR_ITEM != 0
    }

    /// The line has `=`, `;`, `{` or `}`: a line of code (part of
    /// [`code_or_item`](Features::code_or_item), without the list items).
    pub fn code(&self) -> bool {
        self.flags & Flag::CODE != 0
    }

    /// The line's first letter is lowercase: in a hard-wrapped paragraph, the
    /// line continues the sentence of the line above.
    pub fn starts_lower(&self) -> bool {
        self.flags & Flag::STARTS_LOWER != 0
    }

    /// Stopwords per word; 0 for a line without words.
    pub fn stopword_density(&self) -> f32 {
        ratio(self.stopwords, self.words)
    }

    /// Share of capitalised words among the words that start with a letter.
    pub fn capitalized_share(&self) -> f32 {
        ratio(self.capitalized, self.alpha_words)
    }

    /// Whether the line has no visible characters.
    pub fn is_blank(&self) -> bool {
        self.chars == 0
    }
}

impl Features {
    /// Counts one word: whether its first character is a letter and a capital,
    /// and whether it is a stopword.
    fn add_word(&mut self, alphabetic: bool, uppercase: bool, stopword: bool) {
        self.words += 1;
        if alphabetic {
            self.alpha_words += 1;
            self.capitalized += u32::from(uppercase);
        }
        self.stopwords += u32::from(stopword);
    }
}

/// The features of a blank line: all zero.
static BLANK: Features = Features {
    chars: 0,
    words: 0,
    stopwords: 0,
    alpha_words: 0,
    capitalized: 0,
    keyword: None,
    flags: 0,
};

/// How many lines a [`Block`] of a [`FeatureTable`] covers.
const BLOCK_LINES: usize = 64;

/// The features of every line of a text, stored for its non-blank lines
/// only, indexed by line number like a slice (`features[i]`).
///
/// A blank line's features are all zero, and blank lines are a third of a
/// typical page, or every line of a pathological one: a million blank lines
/// took 24 MB of zeros, written once and read again by every later pass, and
/// that memory traffic, not the instructions, was most of what a blank line
/// cost (a third of its wall time in `perf` samples, three quarters of its
/// cache write misses in callgrind's simulation). Here a blank line costs a
/// bit: per [`BLOCK_LINES`] lines, one word says which of them are stored and
/// one count says how many lines were stored before the block; a stored
/// line's features are found by counting the set bits below its own. Reading
/// the lines in order ([`iter`](FeatureTable::iter)) needs no counting.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct FeatureTable {
    blocks: Vec<Block>,
    stored: Vec<Features>,
    len: usize,
}

/// [`BLOCK_LINES`] lines of a [`FeatureTable`].
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Block {
    /// Bit `k`: line `k` of the block is stored (it is not blank).
    bits: u64,
    /// How many lines before the block are stored.
    before: usize,
}

impl FeatureTable {
    /// A table of `lines` blank lines, with room for `non_blank` lines'
    /// features ([`set`](FeatureTable::set) them).
    pub fn new(lines: usize, non_blank: usize) -> FeatureTable {
        FeatureTable {
            blocks: vec![Block::default(); lines.div_ceil(BLOCK_LINES)],
            stored: Vec::with_capacity(non_blank),
            len: lines,
        }
    }

    /// Gives line `line` the features `f`; lines are set in increasing
    /// order, each at most once (a blank line need not be set at all, so a
    /// page of blank lines is read without a write a line).
    #[inline]
    pub fn set(&mut self, line: usize, f: Features) {
        if f.is_blank() {
            return;
        }
        let block = &mut self.blocks[line / BLOCK_LINES];
        // The count is read only for a block with a line stored: it is set
        // with the block's first one.
        if block.bits == 0 {
            block.before = self.stored.len();
        }
        block.bits |= 1 << (line % BLOCK_LINES);
        self.stored.push(f);
    }

    /// How many lines there are.
    pub fn len(&self) -> usize {
        self.len
    }

    /// The features of line `i`, or `None` past the last line.
    #[inline]
    pub fn get(&self, i: usize) -> Option<&Features> {
        if i >= self.len {
            return None;
        }
        let block = self.blocks.get(i / BLOCK_LINES)?;
        let bit = 1u64 << (i % BLOCK_LINES);
        if block.bits & bit == 0 {
            return Some(&BLANK);
        }
        self.stored
            .get(block.before + (block.bits & (bit - 1)).count_ones() as usize)
    }

    /// The features of every line, in order. Walks the bits instead of
    /// counting them a line, and is a mapped range, so that a vector
    /// collected from it (zipped with slices or not) is written without a
    /// capacity check a line.
    pub fn iter(&self) -> impl Iterator<Item = &Features> + '_ {
        let mut stored = self.stored.iter();
        let mut bits = 0;
        (0..self.len).map(move |i| {
            if i % BLOCK_LINES == 0 {
                bits = self.blocks.get(i / BLOCK_LINES).map_or(0, |b| b.bits);
            }
            let is_stored = bits & 1 != 0;
            bits >>= 1;
            match is_stored {
                true => stored.next().unwrap_or(&BLANK),
                false => &BLANK,
            }
        })
    }

    /// The non-blank lines, in order, with their features: walks the set
    /// bits, so a blank line costs nothing and a block of them one test.
    pub fn non_blank(&self) -> NonBlank<'_> {
        NonBlank {
            blocks: self.blocks.iter(),
            stored: self.stored.iter(),
            bits: 0,
            base: 0,
            next_base: 0,
        }
    }

    /// The features of the lines in `lines`, in order.
    pub fn range(&self, lines: std::ops::Range<usize>) -> impl Iterator<Item = &Features> + '_ {
        lines.map(|i| &self[i])
    }
}

/// The iterator of [`FeatureTable::non_blank`].
pub(crate) struct NonBlank<'t> {
    blocks: std::slice::Iter<'t, Block>,
    stored: std::slice::Iter<'t, Features>,
    /// The bits of the current block not yet read.
    bits: u64,
    /// The first line of the current block, and of the next one.
    base: usize,
    next_base: usize,
}

impl<'t> Iterator for NonBlank<'t> {
    type Item = (usize, &'t Features);

    #[inline]
    fn next(&mut self) -> Option<(usize, &'t Features)> {
        while self.bits == 0 {
            self.bits = self.blocks.next()?.bits;
            self.base = self.next_base;
            self.next_base += BLOCK_LINES;
        }
        let k = self.bits.trailing_zeros() as usize;
        self.bits &= self.bits - 1;
        Some((self.base + k, self.stored.next()?))
    }
}

impl std::ops::Index<usize> for FeatureTable {
    type Output = Features;

    /// The features of line `i`. Past the last block it panics, as a slice
    /// does; past the last line inside the last block it gives a blank
    /// line's (the bits there are clear), which saves the hot path a
    /// comparison: the callers index lines they know.
    #[inline]
    fn index(&self, i: usize) -> &Features {
        debug_assert!(i < self.len, "line {i} of {}", self.len);
        let block = self.blocks[i / BLOCK_LINES];
        let bit = 1u64 << (i % BLOCK_LINES);
        if block.bits & bit == 0 {
            return &BLANK;
        }
        &self.stored[block.before + (block.bits & (bit - 1)).count_ones() as usize]
    }
}

impl FromIterator<Features> for FeatureTable {
    fn from_iter<I: IntoIterator<Item = Features>>(iter: I) -> FeatureTable {
        let all: Vec<Features> = iter.into_iter().collect();
        let mut table = FeatureTable::new(all.len(), all.len());
        for (i, f) in all.into_iter().enumerate() {
            table.set(i, f);
        }
        table
    }
}

/// A note marker is at most this long, brackets included (in bytes).
const NOTE_MARKER_MAX_BYTES: usize = 20;

/// `text` without the note markers at its end: a bracketed reference or
/// footnote after the sentence ("… in 1840.\[12\]", "… in her path. \[M1\]",
/// "[citation needed]"), which hides its sentence end. A marker holds a letter
/// or digit; an elided quote ("[…]") is no marker.
fn without_note_markers(text: &str) -> &str {
    let mut rest = text;
    while let Some(inner) = rest.strip_suffix(']') {
        let Some(open) = inner.rfind('[') else { break };
        let note = &inner[open + 1..];
        if rest.len() - open > NOTE_MARKER_MAX_BYTES
            || !note.chars().any(char::is_alphanumeric)
            || open == 0
        {
            break;
        }
        rest = inner[..open].trim_end();
    }
    rest
}

/// `text` without a sign-off after its last sentence: an author's or an
/// agency's short tag in parentheses ("… voraus. (bsc)", "… on Monday. (AP)",
/// "(jk/dpa)"), which hides the sentence end as a note marker does. The tag is
/// one token of letters, digits and `/`, at most [`NOTE_MARKER_MAX_BYTES`]
/// long, and a sentence end stands right before it; otherwise `text` is
/// returned whole ("Annual report (PDF)" stays unfinished).
fn without_sign_off(text: &str) -> &str {
    let Some((before, tag)) = text
        .strip_suffix(')')
        .and_then(|inner| inner.rsplit_once('('))
    else {
        return text;
    };
    let before = before.trim_end();
    let is_tag = !tag.is_empty()
        && tag.len() + 2 <= NOTE_MARKER_MAX_BYTES
        && tag.chars().all(|c| c.is_alphanumeric() || c == '/');
    if is_tag && before.ends_with(['.', '!', '?', '…']) {
        before
    } else {
        text
    }
}

fn ratio(a: u32, b: u32) -> f32 {
    if b == 0 {
        0.0
    } else {
        a as f32 / b as f32
    }
}

/// Computes [`Features`] for lines, reusing its lowercasing buffer.
pub(crate) struct Extractor<'s> {
    stoplist: &'s Stoplist,
    buf: String,
}

impl<'s> Extractor<'s> {
    /// An extractor reading words against `stoplist`, the document's language.
    pub fn new(stoplist: &'s Stoplist) -> Extractor<'s> {
        Extractor {
            stoplist,
            buf: String::new(),
        }
    }

    /// The features of one line (without its line ending).
    #[inline]
    pub fn features(&mut self, line: &str) -> Features {
        // U+FEFF is invisible: trimmed like whitespace, as `Article::body` trims it.
        let text = crate::lines::trim_invisible(line);
        // Blank lines, often a third of a page, take no call.
        if text.is_empty() {
            return Features::default();
        }
        self.non_blank_features(text)
    }

    /// [`features`](Extractor::features) of a trimmed, non-empty line.
    fn non_blank_features(&mut self, text: &str) -> Features {
        let mut f = Features::default();
        // In a spaced language, the pass over the words finds the line's code
        // bytes and first letter too.
        let scan = if self.stoplist.language().is_unspaced() {
            self.unspaced_features(text, &mut f);
            None
        } else {
            Some(self.spaced_features(text, &mut f))
        };
        // Most lines end with a letter or digit: nothing to trim (no note
        // marker either), and no character to decode.
        let end = match text.as_bytes().last() {
            Some(&b) if b.is_ascii_alphanumeric() => text,
            _ => without_note_markers(without_sign_off(text)).trim_end_matches(|c: char| {
                matches!(
                    c,
                    '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '*' | '」' | '』' | '）'
                )
            }),
        };
        let last = match end.as_bytes().last() {
            Some(&b) if b.is_ascii() => Some(char::from(b)),
            _ => end.chars().next_back(),
        };
        f.set(
            Flag::TERMINAL,
            matches!(last, Some('.' | '!' | '?' | '…' | '。' | '！' | '？')),
        );
        // An abbreviation ("N.Y.C.", "U.S.") closes titles too: it is no full
        // stop. (Read only for a line that ends with one: most do not.)
        // (`end` is a part of `text`: ASCII when the word pass found `text` so.)
        let ascii = scan.is_some_and(|scan| scan.ascii);
        let abbreviation = || {
            let last_word = if ascii || end.is_ascii() {
                // The same split on bytes, without decoding.
                let bytes = end.as_bytes();
                bytes
                    .iter()
                    .rposition(|&b| is_ascii_space(b))
                    .map_or(end, |i| &end[i + 1..])
            } else {
                end.rsplit(char::is_whitespace).next().unwrap_or(end)
            };
            last_word.strip_suffix('.').is_some_and(|w| w.contains('.'))
        };
        f.set(
            Flag::PERIOD,
            matches!(last, Some('.' | '。')) && !end.ends_with("...") && !abbreviation(),
        );
        f.set(Flag::MARKUP, is_markup(text));
        let digits = text.trim_start_matches(|c: char| c.is_ascii_digit());
        let numbered = digits.len() < text.len() && digits.starts_with(". ");
        let (code_byte, starts_lower) = match scan {
            Some(scan) => (scan.code_byte, scan.starts_lower),
            None => (
                has_code_byte(text.as_bytes()),
                text.chars()
                    .find(|c| c.is_alphabetic())
                    .is_some_and(char::is_lowercase),
            ),
        };
        f.set(
            Flag::CODE_OR_ITEM,
            code_byte || text.starts_with("+ ") || numbered,
        );
        f.set(Flag::STARTS_LOWER, starts_lower);
        f.set(Flag::CODE, code_byte);
        if text.len() <= KEYWORD_MAX_BYTES {
            let lexicons = &*LEXICONS;
            f.set(Flag::TEASER_TAIL, lexicons.has_teaser_tail(text));
            f.keyword = match scan {
                Some(scan) => lexicons.keyword_with(text, scan.ascii),
                None => lexicons.keyword(text),
            };
            f.set(
                Flag::END_MARKER,
                lexicons.is_end_marker_with(text, scan.map(|_| f.words), &mut self.buf),
            );
        }
        f
    }

    /// Counts the words of a line in a language written with spaces, and reads
    /// what the line's flags need on the way ([`Scan`]).
    ///
    /// One pass over the tokens. A line of printable ASCII (most lines) takes
    /// a plain loop ([`printable_features`](Extractor::printable_features));
    /// any other line the crate's token walk ([`for_each_token`]), which
    /// finds a token's end eight bytes at a time and decodes only non-ASCII
    /// bytes. A token that is ASCII, as most are even in a line with curly
    /// quotes or dashes, is read as bytes
    /// ([`ascii_word`](Extractor::ascii_word)); other tokens take the Unicode
    /// path. On ASCII, [`CLASSES`] says what `char::is_whitespace` and
    /// `char::is_alphanumeric` say (the Unicode classes are the ASCII ones
    /// there), so both paths count alike. The code bytes are searched in the
    /// whole line apart, in the same fold that finds whether it is printable
    /// ([`code_and_printable`]).
    fn spaced_features(&mut self, text: &str, f: &mut Features) -> Scan {
        let bytes = text.as_bytes();
        let n = bytes.len();
        let (code_byte, printable) = code_and_printable(bytes);
        if printable {
            return self.printable_features(bytes, code_byte, f);
        }
        let (mut seen_alpha, mut starts_lower) = (false, false);
        let ascii = for_each_token(text, |start, end, token_ascii| {
            if !token_ascii {
                let token = &text[start..end];
                if !seen_alpha {
                    if let Some(c) = token.chars().find(|&c| is_alphabetic(c)) {
                        seen_alpha = true;
                        starts_lower = c.is_lowercase();
                    }
                }
                self.unicode_word(token, f);
                return;
            }
            let token = &bytes[start..end];
            if !seen_alpha {
                if let Some(b) = token.iter().find(|b| b.is_ascii_alphabetic()) {
                    seen_alpha = true;
                    starts_lower = b.is_ascii_lowercase();
                }
            }
            self.ascii_word(bytes, start, token, f);
        });
        let scan = Scan {
            code_byte,
            starts_lower,
            ascii,
        };
        f.chars = saturating_u32(if scan.ascii { n } else { text.chars().count() });
        scan
    }

    /// [`spaced_features`](Extractor::spaced_features) of a line of printable
    /// ASCII (every byte `0x20` to `0x7f`: no tab, no control character, most
    /// lines): the space is its only whitespace, [`token_stop`] stops at
    /// spaces only, and no byte needs decoding or judging, so the pass is a
    /// plain loop over the tokens. The line's first letter is its first ASCII
    /// letter (spaces are none).
    fn printable_features(&mut self, bytes: &[u8], code_byte: bool, f: &mut Features) -> Scan {
        let n = bytes.len();
        for_each_printable_token(bytes, |start, end| {
            self.ascii_word(bytes, start, &bytes[start..end], f);
        });
        f.chars = saturating_u32(n);
        Scan {
            code_byte,
            starts_lower: bytes
                .iter()
                .find(|b| b.is_ascii_alphabetic())
                .is_some_and(u8::is_ascii_lowercase),
            ascii: true,
        }
    }

    /// Counts the ASCII `token` (at `start` in `bytes`) if it has a letter or
    /// digit: a word once stripped of the punctuation around it.
    #[inline(always)]
    fn ascii_word(&mut self, bytes: &[u8], start: usize, token: &[u8], f: &mut Features) {
        let alnum = |b: &u8| CLASSES[usize::from(*b)] & ALNUM != 0;
        let first_at = if alnum(&token[0]) {
            0
        } else {
            match token.iter().position(alnum) {
                Some(i) => i,
                // No letter or digit: no word.
                None => return,
            }
        };
        let last_at = if alnum(&token[token.len() - 1]) {
            token.len() - 1
        } else {
            token.iter().rposition(alnum).unwrap_or(first_at)
        };
        let word = &token[first_at..=last_at];
        let (first, last) = (token[first_at], token[last_at]);
        // The word with the rest of the line after it, so that its key can be
        // read in one load.
        let stopword = self.stoplist.contains_ascii_word(
            &bytes[start + first_at..],
            word.len(),
            (first, last),
            &mut self.buf,
        );
        f.add_word(
            first.is_ascii_alphabetic(),
            first.is_ascii_uppercase(),
            stopword,
        );
    }

    /// Counts a token with a non-ASCII character.
    fn unicode_word(&mut self, token: &str, f: &mut Features) {
        let word = token.trim_matches(|c: char| !is_alphanumeric(c));
        let Some(first) = word.chars().next() else {
            return;
        };
        let stopword = self.is_stopword(word);
        f.add_word(is_alphabetic(first), first.is_uppercase(), stopword);
    }

    /// Counts a line in a language written without spaces (see the module docs).
    fn unspaced_features(&mut self, text: &str, f: &mut Features) {
        let hiragana_is_function = self.stoplist.language() == Language::Japanese;
        let (mut chars, mut cjk, mut function) = (0usize, 0usize, 0usize);
        // Whether the previous character was a letter or digit outside CJK, so
        // that runs of them ("Wi-Fi", "2017") count as words.
        let mut in_word = false;
        for c in text.chars() {
            chars += 1;
            if is_cjk(c) {
                cjk += 1;
                in_word = false;
                if (hiragana_is_function && ('\u{3041}'..='\u{309f}').contains(&c))
                    || self.stoplist.contains_char(c)
                {
                    function += 1;
                }
            } else if c.is_alphanumeric() {
                if !in_word {
                    f.words += 1;
                    if c.is_alphabetic() {
                        f.alpha_words += 1;
                        f.capitalized += u32::from(c.is_uppercase());
                    }
                }
                in_word = true;
            } else {
                in_word = c == '-' && in_word;
            }
        }
        let cjk_words = saturating_u32(cjk.div_ceil(2));
        f.words += cjk_words;
        f.alpha_words += cjk_words;
        f.stopwords = saturating_u32(function.div_ceil(2));
        f.chars = saturating_u32(chars + cjk);
    }

    fn is_stopword(&mut self, word: &str) -> bool {
        self.stoplist.contains_word(word, &mut self.buf)
    }
}

/// What [`Extractor::spaced_features`] learns about a line besides its counts.
#[derive(Clone, Copy)]
struct Scan {
    /// The line has `=`, `;`, `{` or `}` (see [`has_code_byte`]).
    code_byte: bool,
    /// The line's first letter is lowercase.
    starts_lower: bool,
    /// The line is ASCII.
    ascii: bool,
}

/// Bits of [`CLASSES`]: ASCII whitespace as `char::is_whitespace` sees it.
const SPACE: u8 = 1;
/// A letter or digit.
const ALNUM: u8 = 1 << 1;
/// A byte of a non-ASCII character.
const NON_ASCII: u8 = 1 << 7;

/// The class bits of every byte.
static CLASSES: [u8; 256] = {
    let mut table = [NON_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        let mut class = 0;
        if c.is_ascii_whitespace() || c == 0x0b {
            class |= SPACE;
        }
        if c.is_ascii_alphanumeric() {
            class |= ALNUM;
        }
        table[b] = class;
        b += 1;
    }
    table
};

/// Whether the line has `=`, `;`, `{` or `}`: ASCII bytes never occur inside
/// other characters in UTF-8, so a byte search finds them. Folded over every
/// byte without an early exit, the test compiles to a vector loop (sixteen
/// bytes a step, no call): code bytes are rare, so a search that could stop
/// early rarely does, and one pass costs less than `memchr`'s set-up twice.
fn has_code_byte(bytes: &[u8]) -> bool {
    // A short line, too short for a vector step, is read as two words.
    if bytes.len() < 16 {
        let words = load_short(bytes);
        return code_bytes_in(words as u64) || code_bytes_in((words >> 64) as u64);
    }
    bytes.iter().fold(false, |seen, &b| {
        seen | (b == b'=') | (b == b';') | (b == b'{') | (b == b'}')
    })
}

/// Calls `token(start, end)` for every token `bytes[start..end]` of a line
/// of printable ASCII ([`is_printable`]): the space is its only whitespace,
/// and [`token_stop`] stops at spaces only, so the walk is a plain loop.
#[inline(always)]
pub(crate) fn for_each_printable_token(bytes: &[u8], mut token: impl FnMut(usize, usize)) {
    let n = bytes.len();
    let mut pos = 0;
    loop {
        while bytes.get(pos) == Some(&b' ') {
            pos += 1;
        }
        if pos >= n {
            break;
        }
        let start = pos;
        pos = token_stop(bytes, pos);
        token(start, pos);
    }
}

/// Whether every byte of `bytes` is printable ASCII (`0x20` to `0x7f`), in
/// one vector fold.
pub(crate) fn is_printable(bytes: &[u8]) -> bool {
    !bytes.iter().fold(false, |odd, &b| odd | not_printable(b))
}

/// Whether `b` is outside `0x20..0x80`, in one comparison.
#[inline(always)]
fn not_printable(b: u8) -> bool {
    b.wrapping_sub(0x20) >= 0x60
}

/// [`has_code_byte`], and whether every byte is printable ASCII (`0x20` to
/// `0x7f`), in one vector fold over the line.
fn code_and_printable(bytes: &[u8]) -> (bool, bool) {
    if bytes.len() < 16 {
        // (A short line is read byte by byte: no vector step to set up.)
        return (
            has_code_byte(bytes),
            !bytes.iter().any(|&b| not_printable(b)),
        );
    }
    let (code, odd) = bytes.iter().fold((false, false), |(code, odd), &b| {
        (
            code | (b == b'=') | (b == b';') | (b == b'{') | (b == b'}'),
            odd | not_printable(b),
        )
    });
    (code, !odd)
}

/// Whether one of the eight bytes of `w` is `=`, `;`, `{` or `}`. Clearing bit
/// `0x40` of every byte maps `{` to `;` and `}` to `=`, and no other byte to
/// either (a byte with the top bit set keeps it); a byte equal to `;` or `=`
/// is then a zero byte of one of two words, which the classic test finds (it
/// flags some byte exactly when the word has a zero byte). A zero byte (the
/// padding of a short load) is none of the four.
fn code_bytes_in(w: u64) -> bool {
    let v = w & !splat(0x40);
    zero_bytes(v ^ splat(b';')) | zero_bytes(v ^ splat(b'=')) != 0
}

/// Calls `token(start, end, ascii)` for every token of `text`, the
/// whitespace-separated pieces `str::split_whitespace` yields
/// (`text[start..end]`, in order; `ascii`: the token is ASCII), and returns
/// whether `text` is ASCII. The one token walk of the crate: the feature pass
/// (for lines that are not printable ASCII) and the language detector read
/// their words through it, and [`more_tokens_than`] counts them with it.
///
/// A token's end is searched eight bytes at a time ([`token_stop`]) for any
/// byte that could end it or needs decoding (ASCII whitespace and control
/// characters, every non-ASCII byte), and that byte is then judged on its
/// own: a control character that is no whitespace stays in the token, and a
/// non-ASCII character is decoded and asked `char::is_whitespace`
/// ([`space_at`]). On ASCII, [`CLASSES`] says what `char::is_whitespace`
/// says.
#[inline]
pub(crate) fn for_each_token(text: &str, mut token: impl FnMut(usize, usize, bool)) -> bool {
    tokens_while(text, |start, end, ascii| {
        token(start, end, ascii);
        true
    })
    .0
}

/// Whether `text` has more than `n` tokens (`str::split_whitespace`'s), read
/// only as far as the `n + 1`-th: a line of prose asked whether it is short
/// costs a few words' reading, not its length.
pub(crate) fn more_tokens_than(text: &str, n: usize) -> bool {
    let mut seen = 0;
    !tokens_while(text, |_, _, _| {
        seen += 1;
        seen <= n
    })
    .1
}

/// [`for_each_token`], stopping after the first token for which `token`
/// returns `false`: whether the text read is ASCII, and whether the walk
/// reached the end (no `false`).
#[inline]
fn tokens_while(text: &str, mut token: impl FnMut(usize, usize, bool) -> bool) -> (bool, bool) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut ascii = true;
    let mut pos = 0;
    loop {
        // Skip whitespace; the next token is bytes[start..end].
        while pos < n {
            let class = CLASSES[usize::from(bytes[pos])];
            if class & SPACE != 0 {
                pos += 1;
            } else if class & NON_ASCII != 0 {
                let (space, len) = space_at(text, pos);
                if !space {
                    break;
                }
                ascii = false;
                pos += len;
            } else {
                break;
            }
        }
        if pos == n {
            return (ascii, true);
        }
        let start = pos;
        let mut non_ascii = false;
        // The token ends at `end`; `pos` goes on past an ASCII space there
        // (the skip above would only step over it).
        let end = loop {
            pos = token_stop(bytes, pos);
            let Some(&b) = bytes.get(pos) else { break pos };
            if b.is_ascii() {
                pos += 1;
                if is_ascii_space(b) {
                    break pos - 1;
                }
                // A control character: part of the token.
                continue;
            }
            let (space, len) = space_at(text, pos);
            if space {
                break pos;
            }
            non_ascii = true;
            pos += len;
        };
        ascii &= !non_ascii;
        if !token(start, end, !non_ascii) {
            return (ascii, false);
        }
    }
}

/// The first byte at or after `pos` that may end a token or needs decoding:
/// ASCII whitespace or control characters (bytes up to `0x20`) and non-ASCII
/// bytes; `bytes.len()` if there is none. Eight bytes at a time while eight
/// are left, in plain integer arithmetic: every byte below `0x80`, plus
/// `0x5f`, stays below `0x100` (no carry into its neighbour) and reaches
/// `0x80` exactly when it is `0x21` or more.
#[inline]
pub(crate) fn token_stop(bytes: &[u8], mut pos: usize) -> usize {
    while pos + 8 <= bytes.len() {
        let w = load8(&bytes[pos..pos + 8]);
        let printable = (w & !TOP).wrapping_add(ONES * 0x5f);
        let stop = (w | !printable) & TOP;
        if stop != 0 {
            return pos + first_flagged(stop);
        }
        pos += 8;
    }
    while let Some(&b) = bytes.get(pos) {
        if !(0x21..0x80).contains(&b) {
            return pos;
        }
        pos += 1;
    }
    pos
}

/// `token` without the characters around it that are not letters or digits
/// (`trim_matches(|c| !c.is_alphanumeric())`), on bytes when it is ASCII.
pub(crate) fn trim_to_alphanumeric(token: &str) -> &str {
    if !token.is_ascii() {
        return token.trim_matches(|c: char| !c.is_alphanumeric());
    }
    match alphanumeric_span(token.as_bytes()) {
        Some((start, end)) => &token[start..end],
        None => "",
    }
}

/// Where the ASCII `token`'s word lies: from its first letter or digit to
/// past its last; `None` when it has none.
#[inline]
pub(crate) fn alphanumeric_span(token: &[u8]) -> Option<(usize, usize)> {
    let first = token.iter().position(u8::is_ascii_alphanumeric)?;
    let last = token
        .iter()
        .rposition(u8::is_ascii_alphanumeric)
        .unwrap_or(first);
    Some((first, last + 1))
}

/// ASCII whitespace as `char::is_whitespace` sees it: with the vertical tab.
pub(crate) fn is_ascii_space(b: u8) -> bool {
    b.is_ascii_whitespace() || b == 0x0b
}

/// Whether the character at byte `pos` of `text` (a char boundary) is
/// whitespace, and its length in bytes.
#[inline]
pub(crate) fn space_at(text: &str, pos: usize) -> (bool, usize) {
    let b = text.as_bytes()[pos];
    if b < 0x80 {
        return (is_ascii_space(b), 1);
    }
    match text[pos..].chars().next() {
        Some(c) => (c.is_whitespace(), c.len_utf8()),
        None => (false, 1),
    }
}

/// Whether `c` is in a block of punctuation, spaces and symbols: General
/// Punctuation (dashes, curly quotes, the ellipsis, thin spaces), the no-break
/// space and the other Latin-1 signs (`«`, `»`, `©`, `°`, `×`; not `ª`, `µ`,
/// `º`, nor the superscript digits and fractions, which are letters or
/// numbers), arrows, mathematical operators and technical signs (U+2190 to
/// U+23FF), and box drawing, blocks, shapes, symbols and dingbats up to the
/// circled digits (U+2500 to U+2775). None of them is a letter or digit, so
/// the Unicode tables (a search each) need not be asked for the punctuation
/// and symbols that fill most non-ASCII tokens of Latin-script text and page
/// furniture (bullets, arrows, `│` separators).
#[inline]
fn is_punctuation_block(c: char) -> bool {
    matches!(c,
        '\u{2000}'..='\u{206f}' | '\u{a0}'..='\u{a9}' | '\u{ab}'..='\u{b1}' | '\u{b4}'
        | '\u{b6}'..='\u{b8}' | '\u{bb}' | '\u{bf}' | '\u{d7}' | '\u{f7}'
        | '\u{2190}'..='\u{23ff}' | '\u{2500}'..='\u{2775}')
}

/// `char::is_alphanumeric`, without a table search for common punctuation
/// and symbols.
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !is_punctuation_block(c) && c.is_alphanumeric()
}

/// `char::is_alphabetic`, without a table search for common punctuation and
/// symbols.
#[inline]
fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    !is_punctuation_block(c) && c.is_alphabetic()
}

/// Han ideographs and kana: the letters of the scripts written without spaces.
fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}' | '\u{31f0}'..='\u{31ff}' | '\u{3400}'..='\u{4dbf}'
        | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{ff66}'..='\u{ff9f}')
}

/// Whether `text` (trimmed) is raw HTML: it opens with a tag (`<div`, `<img`,
/// `</p`, `<!--`) whose first `>` closes it, and that tag has attributes (`=`) or
/// the line also ends with `>`. A placeholder in prose or code (`<storage_root>
/// starts with …`) has neither.
fn is_markup(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('<') else {
        return false;
    };
    if !rest
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!')
    {
        return false;
    }
    let Some(close) = rest.find('>') else {
        return false;
    };
    rest[..close].contains('=') || text.ends_with('>')
}

pub(crate) fn saturating_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn features(line: &str) -> Features {
        Extractor::new(Stoplist::english()).features(line)
    }

    #[test]
    fn counts_words_stopwords_and_capitals() {
        let f = features("  The cat sat on the Mat, said Reuters.  ");
        assert_eq!(f.words, 8);
        assert_eq!(f.stopwords, 3);
        assert_eq!(f.capitalized, 3);
        assert!(f.terminal() && f.period());
        assert_eq!(f.chars, 37);
    }

    #[test]
    fn sentence_endings_behind_quotes() {
        assert!(features("He said “it is over.”").terminal());
        assert!(features("Is it over?").terminal());
        assert!(!features("Is it over?").period());
        assert!(!features("Macron Wants to Continue Contacts with Putin").terminal());
        assert!(features("これは文です。").terminal());
        // Note markers do not hide a sentence end; an elided quote is none.
        let ends = |t| features(t).terminal();
        assert!(ends(
            "Samus stormed Zebes and killed everyone in her path. [M1]"
        ));
        assert!(ends("The city was founded in 1840.[12][n 3]") && ends("He said so. […]"));
        assert!(!ends("Part Three: The New Empires [M1]") && !ends("[Docs] [txt|pdf] [Tracker]"));
        // Nor does a sign-off after the last sentence.
        assert!(ends("Die App setzt OS X 10.10 voraus. (bsc)") && ends("It closed. (jk/dpa)"));
        assert!(!ends("Annual report (PDF)") && !ends("It closed. (see the report)"));
    }

    #[test]
    fn curly_apostrophes_are_stopwords_too() {
        assert_eq!(features("it’s").stopwords, 1);
    }

    /// The counts as plain Unicode code reads them: the definition the byte
    /// pass of `spaced_features` must agree with.
    fn reference_counts(text: &str, stoplist: &Stoplist) -> Features {
        let mut f = Features {
            chars: saturating_u32(text.chars().count()),
            ..Features::default()
        };
        let mut buf = String::new();
        for token in text.split_whitespace() {
            let word = token.trim_matches(|c: char| !c.is_alphanumeric());
            let Some(first) = word.chars().next() else {
                continue;
            };
            f.words += 1;
            if first.is_alphabetic() {
                f.alpha_words += 1;
                f.capitalized += u32::from(first.is_uppercase());
            }
            crate::stopwords::normalize(word, &mut buf);
            f.stopwords += u32::from(stoplist.contains(&buf));
        }
        f
    }

    #[test]
    fn byte_pass_counts_like_the_unicode_definition() {
        let lines = [
            "  The cat sat on the Mat, said Reuters.  ",
            "It's 13:45 on 2025-01-02 -- (see p.4) \"Quoted\" _under_score_ x\x0by",
            "THE END. 1,000 ... 3/4 -- ok!",
            "\x0c\tTab\tseparated\x0bwords\r",
            "“The” cat — it’s IT`S Über\u{a0}die\u{2003}Straße\u{3000}and… «Les» élèves",
            "naïve café ÉCOLE 12\u{2009}345 x\u{85}y a\u{200b}b",
            "Wi-Fi, “quoted words”, and the long word internationalization’s end",
            // Control characters inside tokens, long tokens with a non-ASCII
            // character or a space at every offset of the eight-byte steps.
            "a\x01b \x1fword\x7f x\x00y abcdefgh\x02ijklmnop",
            "abcdefghé abcdefgh\u{a0}ijklmnopq abcdefghijklmno\u{3000}p 1234567“8",
            "x = 1; if (a) { b } else {c}",
            // Printable ASCII (the plain loop): runs of spaces, words of
            // every length around the eight-byte steps, punctuation alone.
            "the  quick   brown fox -- jumps ... over THE lazy dog's back",
            "a bb ccc dddd eeeee ffffff ggggggg hhhhhhhh iiiiiiiii jjjjjjjjjjjjjjjjj (it) [of]",
            "?! \"And\" 'so' on... 12abc abc12 ~ \x7f",
        ];
        for language in [Language::English, Language::German, Language::French] {
            let stoplist = Stoplist::of(language);
            let mut ex = Extractor::new(stoplist);
            for line in lines {
                let text = line.trim();
                let mut got = Features::default();
                let scan = ex.spaced_features(text, &mut got);
                assert_eq!(
                    got,
                    reference_counts(text, stoplist),
                    "{language}: {line:?}"
                );
                let starts_lower = text
                    .chars()
                    .find(|c| c.is_alphabetic())
                    .is_some_and(char::is_lowercase);
                assert_eq!(scan.starts_lower, starts_lower, "{line:?}");
                assert_eq!(scan.ascii, text.is_ascii(), "{line:?}");
                assert_eq!(scan.code_byte, has_code_byte(text.as_bytes()), "{line:?}");
            }
        }
    }

    #[test]
    fn token_stops_and_code_bytes_agree_with_plain_loops() {
        let text: Vec<u8> = (0..=255u8).chain(b"word=x;y{z}".iter().copied()).collect();
        for start in 0..text.len() {
            for end in start..text.len().min(start + 40) {
                let bytes = &text[start..end];
                for pos in 0..=bytes.len() {
                    let want = bytes[pos..]
                        .iter()
                        .position(|&b| !(0x21..0x80).contains(&b))
                        .map_or(bytes.len(), |i| pos + i);
                    assert_eq!(token_stop(bytes, pos), want, "{bytes:?} from {pos}");
                }
                let code = bytes.iter().any(|b| matches!(b, b'=' | b';' | b'{' | b'}'));
                assert_eq!(has_code_byte(bytes), code, "{bytes:?}");
                let printable = bytes.iter().all(|&b| (0x20..0x80).contains(&b));
                assert_eq!(code_and_printable(bytes), (code, printable), "{bytes:?}");
                assert_eq!(is_printable(bytes), printable, "{bytes:?}");
            }
        }
    }

    #[test]
    fn token_counts_and_printable_tokens_agree_with_split_whitespace() {
        let texts = [
            "",
            "   ",
            "one",
            " one two  three ",
            "a\tb\x0bc\x0cd\re\nf g",
            "x\x01y \x7fz",
            "Über\u{a0}die\u{2003}Straße\u{3000}and\u{85}x “quoted” — dash",
            "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17",
        ];
        for text in texts {
            let tokens: Vec<&str> = text.split_whitespace().collect();
            for n in 0..=tokens.len() + 1 {
                assert_eq!(more_tokens_than(text, n), tokens.len() > n, "{text:?}, {n}");
            }
            if is_printable(text.as_bytes()) {
                let mut got = Vec::new();
                for_each_printable_token(text.as_bytes(), |start, end| got.push(&text[start..end]));
                assert_eq!(got, tokens, "{text:?}");
            }
        }
    }

    #[test]
    fn the_punctuation_shortcut_agrees_with_the_unicode_tables() {
        for c in '\u{0}'..='\u{ffff}' {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn blank_and_symbol_lines() {
        assert!(features(" \t ").is_blank());
        let f = features("* — *");
        assert_eq!((f.words, f.chars), (0, 5));
    }

    #[test]
    fn the_table_gives_every_line_its_features() {
        // Blocks wholly blank, wholly stored and mixed, a last block cut
        // short, and a whitespace-only line (not empty, but blank).
        let lines: Vec<String> = (0..300)
            .map(|i| match i {
                64..=127 => String::new(),
                128..=191 => format!("word {i}"),
                _ if i % 3 == 0 => format!("Line number {i} of the page."),
                _ if i % 7 == 0 => " \t ".to_string(),
                _ => String::new(),
            })
            .collect();
        let mut ex = Extractor::new(Stoplist::english());
        let plain: Vec<Features> = lines.iter().map(|l| ex.features(l)).collect();
        for n in [0, 1, 63, 64, 65, 200, 300] {
            let table: FeatureTable = plain[..n].iter().copied().collect();
            assert_eq!(table.len(), n);
            assert_eq!(table.iter().copied().collect::<Vec<_>>(), plain[..n]);
            for (i, f) in plain[..n].iter().enumerate() {
                assert_eq!(&table[i], f, "line {i} of {n}");
                assert_eq!(table.get(i), Some(f));
            }
            assert_eq!(table.get(n), None);
            let non_blank: Vec<_> = plain[..n]
                .iter()
                .enumerate()
                .filter(|(_, f)| !f.is_blank())
                .collect();
            assert_eq!(table.non_blank().collect::<Vec<_>>(), non_blank);
            assert_eq!(
                table.range(n / 3..n / 2).copied().collect::<Vec<_>>(),
                plain[n / 3..n / 2]
            );
        }
        // Blank lines take no room.
        let table: FeatureTable = plain.iter().copied().collect();
        assert_eq!(
            table.stored.len(),
            plain.iter().filter(|f| !f.is_blank()).count()
        );
    }

    #[test]
    fn features_stay_small() {
        // The memory bound (48 bytes per line, tests/memory.rs) counts on it.
        assert!(std::mem::size_of::<Features>() <= 24);
    }

    #[test]
    fn markup_lines() {
        assert!(features(r#"<div><img src="//x.example/p.gif" width="1" /></div>"#).markup());
        assert!(features("  <img id=\"pixel\" src=\"/a.gif\">").markup());
        assert!(features("<span class=brand>Sponsored by </span>Acme").markup());
        assert!(!features("<storage_root> starts with '/public/', while sharing").markup());
        assert!(!features("a < b and c > d").markup());
        assert!(!features("<3 this").markup());
    }

    #[test]
    fn code_and_list_items() {
        assert!(features("var content = \"Hello World\";").code_or_item());
        assert!(features("var content = \"Hello World\";").code());
        assert!(!features("  2. push tasks onto the right queues").code());
        assert!(features("  2. push tasks onto the right queues").code_or_item());
        assert!(features("+ Added Slime Block").code_or_item());
        assert!(!features("Nerd Shirts for Programmers").code_or_item());
        assert!(!features("2024 in Review").code_or_item());
    }

    #[test]
    fn teaser_tails_and_lowercase_starts() {
        assert!(features("Apple hat ein Update veröffentlicht. Mehr…").teaser_tail());
        assert!(features("The council voted to close the bridge. Read more »").teaser_tail());
        assert!(!features("We want more.").teaser_tail());
        assert!(!features("Nobody asked for more…").teaser_tail());
        assert!(features("  \"and then the line goes on").starts_lower());
        assert!(!features("The line starts here").starts_lower());
    }

    #[test]
    fn keyword_and_marker_flags() {
        assert!(features("Subscribe to our newsletter").keyword.is_some());
        assert!(features("Most read").end_marker());
        assert!(features(&"word ".repeat(200)).keyword.is_none());
    }
}
