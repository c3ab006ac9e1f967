//! Which language a document is written in, read from the text itself.
//!
//! The stopword density that tells prose from lists only means something with the
//! document's own stoplist: a French paragraph has almost no English stopwords. So
//! the language is chosen once per document, before any line is judged, from a
//! bounded sample (the first [`SAMPLE_BYTES`] bytes), in one pass:
//!
//! 1. **Scripts.** Every letter is counted by script. A document whose letters are
//!    mostly Han or kana is Japanese when kana make at least a tenth of them
//!    (Japanese writes its particles in hiragana), Chinese otherwise; mostly Hangul
//!    is Korean. These scripts say enough on their own, once there are at least
//!    [`MIN_SCRIPT_LETTERS`] of their letters (as a stopword language needs
//!    [`MIN_HITS`] hits): a stray character among symbols names no language, so
//!    that removing the clutter around it cannot tip the decision.
//! 2. **Stopwords.** For the other scripts every word of the sample is looked up
//!    once in a table mapping each stopword to the languages whose list holds it,
//!    and each language counts its hits. The language with the most hits wins when
//!    it has at least [`MIN_HITS`] of them, they make at least [`MIN_HIT_SHARE`] of
//!    the sample's words, and it leads the runner-up by [`MIN_LEAD`]; otherwise the
//!    document's language is unknown.
//!
//! Why this holds on real pages: a language picker ("Русский Deutsch Français")
//! or a foreign name adds a handful of words and almost no stopwords, while the
//! article's own prose brings hundreds of function words; the article's language
//! wins. Counting hits rather than the share of each list keeps big and small
//! lists comparable, and the lead requirement keeps close pairs (Russian and
//! Ukrainian, Spanish and Portuguese) from being decided by noise. The choice is
//! deterministic: ties go to the language listed first in [`Language::ALL`].
//!
//! The cleaner detects on the page, then on the first [`SAMPLE_BYTES`] of its
//! article ([`Article::text`](crate::Article::text)); when the article names
//! another language than the page (or none), the page is cleaned again in the
//! article's, until the two agree (at most three times), so that a foreign
//! menu or sidebar does not choose the stoplist, and cleaning the clean text,
//! whose detection reads the same text, reads it in the same language.
//!
//! # Speed
//!
//! Every count is a sum over tokens and letters, and line breaks split
//! tokens, so a text's counts are the sums of its lines' ([`Tally`]). The
//! page's sample is read line by line and the counts of its whole lines are
//! kept ([`PageSample`], bounded by the sample); the article's text is not
//! built but read paragraph by paragraph from the page, and a paragraph whose
//! lines the sample holds takes their counts instead of a second reading
//! ([`detect_text`]). On the corpus cleaned one document at a time, the
//! article's reading fell from about 48 M instructions to 7 M, and the
//! detector's whole work by a third. Unit tests hold the counts to the plain definitions
//! and both readings to those of the built text, on every corpus and
//! fuzz-regression document.

use std::fmt;
use std::str::FromStr;

use crate::features::{
    alphanumeric_span, for_each_printable_token, is_printable, trim_to_alphanumeric,
};
use crate::stopwords;

/// How much of the input the detector reads: enough prose for hundreds of
/// stopword hits, a bounded cost on huge inputs.
pub(crate) const SAMPLE_BYTES: usize = 8 * 1024;
/// The fewest stopword hits that name a language.
const MIN_HITS: u32 = 8;
/// The smallest share of the sample's words that must be the winner's stopwords.
const MIN_HIT_SHARE: f32 = 0.08;
/// How far the winner must lead the runner-up (hits ratio).
const MIN_LEAD: f32 = 1.15;
/// The fewest Han, kana or Hangul letters that name a language by script.
const MIN_SCRIPT_LETTERS: u32 = 8;
/// The share of kana among a text's Han and kana letters from which it is
/// Japanese.
const MIN_KANA_SHARE: f32 = 0.1;

macro_rules! languages {
    ($($(#[$doc:meta])* $variant:ident = $code:literal, $name:literal;)*) => {
        /// A language with a stoplist, named by its ISO 639-1 code.
        ///
        /// [`Article::language`](crate::Article::language) reports the language a
        /// document was cleaned as; [`Config::language`](crate::Config::language)
        /// fixes it instead of detecting it.
        ///
        /// ```
        /// use unboil::Language;
        /// let fr: Language = "fr".parse()?;
        /// assert_eq!(fr, Language::French);
        /// assert_eq!(fr.code(), "fr");
        /// assert_eq!(fr.to_string(), "fr");
        /// assert_eq!(fr.name(), "French");
        /// # Ok::<(), unboil::ParseLanguageError>(())
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Language {
            $($(#[$doc])* $variant,)*
        }

        impl Language {
            /// Every supported language, in a fixed order.
            pub const ALL: &'static [Language] = &[$(Language::$variant,)*];

            /// The ISO 639-1 code, e.g. `"en"`, `"ja"`.
            pub fn code(self) -> &'static str {
                match self {
                    $(Language::$variant => $code,)*
                }
            }

            /// The language's English name, e.g. `"Japanese"`.
            pub fn name(self) -> &'static str {
                match self {
                    $(Language::$variant => $name,)*
                }
            }
        }
    };
}

languages! {
    /// English.
    English = "en", "English";
    /// Russian.
    Russian = "ru", "Russian";
    /// Ukrainian.
    Ukrainian = "uk", "Ukrainian";
    /// German.
    German = "de", "German";
    /// French.
    French = "fr", "French";
    /// Spanish.
    Spanish = "es", "Spanish";
    /// Portuguese.
    Portuguese = "pt", "Portuguese";
    /// Italian.
    Italian = "it", "Italian";
    /// Dutch.
    Dutch = "nl", "Dutch";
    /// Polish.
    Polish = "pl", "Polish";
    /// Czech.
    Czech = "cs", "Czech";
    /// Swedish.
    Swedish = "sv", "Swedish";
    /// Turkish.
    Turkish = "tr", "Turkish";
    /// Arabic (written right to left).
    Arabic = "ar", "Arabic";
    /// Persian (written right to left).
    Persian = "fa", "Persian";
    /// Hindi.
    Hindi = "hi", "Hindi";
    /// Indonesian.
    Indonesian = "id", "Indonesian";
    /// Japanese (written without spaces).
    Japanese = "ja", "Japanese";
    /// Chinese (written without spaces).
    Chinese = "zh", "Chinese";
    /// Korean.
    Korean = "ko", "Korean";
    /// Latin.
    Latin = "la", "Latin";
}

impl Language {
    /// Whether the language is written without spaces between words, so that
    /// features count characters instead of words.
    ///
    /// ```
    /// assert!(unboil::Language::Chinese.is_unspaced());
    /// assert!(!unboil::Language::Korean.is_unspaced());
    /// ```
    pub fn is_unspaced(self) -> bool {
        matches!(self, Language::Japanese | Language::Chinese)
    }

    /// The index of the language in [`Language::ALL`].
    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Language {
    /// Writes the ISO 639-1 code.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A string that is not the code of a supported [`Language`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language code {0:?}: use an ISO 639-1 code of a supported language, such as \"en\", \"fr\" or \"zh\" (see Language::ALL)")]
pub struct ParseLanguageError(String);

impl FromStr for Language {
    type Err = ParseLanguageError;

    /// Parses an ISO 639-1 code, ignoring ASCII case.
    fn from_str(s: &str) -> Result<Language, ParseLanguageError> {
        Language::ALL
            .iter()
            .copied()
            .find(|l| l.code().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| ParseLanguageError(s.to_owned()))
    }
}

/// The writing systems the detector tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Han,
    Kana,
    Hangul,
    Other,
}

fn script(c: char) -> Script {
    match c {
        '\u{3040}'..='\u{30ff}' | '\u{31f0}'..='\u{31ff}' | '\u{ff66}'..='\u{ff9f}' => Script::Kana,
        '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' => Script::Han,
        '\u{1100}'..='\u{11ff}' | '\u{3130}'..='\u{318f}' | '\u{ac00}'..='\u{d7af}' => {
            Script::Hangul
        }
        _ => Script::Other,
    }
}

/// How many ASCII letters `bytes` holds (a vector loop).
fn ascii_letters(bytes: &[u8]) -> u32 {
    bytes
        .iter()
        .map(|b| u32::from(b.is_ascii_alphabetic()))
        .sum::<u32>()
}

/// The first `SAMPLE_BYTES` of `text`, cut at a character boundary.
fn sample(text: &str) -> &str {
    if text.len() <= SAMPLE_BYTES {
        return text;
    }
    let mut end = SAMPLE_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The language of `text`, or `None` when the text does not say clearly.
#[cfg(test)]
pub(crate) fn detect(text: &str) -> Option<Language> {
    let mut buf = String::new();
    Tally::of(sample(text), &mut buf).language()
}

/// What the detector counts in a text: its letters by script and, per
/// language, its words in that language's stoplist. Every count is a sum over
/// the text's tokens (and letters), and line breaks are whitespace, so a
/// text's tally is the sum of its lines' tallies: what lets the page's sample
/// lend its lines' tallies to the article's text ([`PageSample`]).
#[derive(Debug, Clone, Default, PartialEq)]
struct Tally {
    /// Words (tokens with a letter or digit).
    words: u32,
    /// Per language (by [`Language::index`]), the words in its stoplist.
    hits: [u32; Language::ALL.len()],
    /// Letters of each script (`other`: any other letter, ASCII ones
    /// included).
    han: u32,
    kana: u32,
    hangul: u32,
    other: u32,
}

impl Tally {
    /// The tally of `text` (`buf` is scratch space for normalizing words).
    fn of(text: &str, buf: &mut String) -> Tally {
        let mut tally = Tally::default();
        let bytes = text.as_bytes();
        // An ASCII token is read on bytes: its word found by its first and
        // last letter or digit, and looked up by the key the rest of the
        // line lets it load in one go.
        let ascii_token = |tally: &mut Tally, buf: &mut String, start: usize, end: usize| {
            let Some((first, last)) = alphanumeric_span(&bytes[start..end]) else {
                return;
            };
            tally.words += 1;
            let mask =
                stopwords::languages_of_ascii_word(&text[start + first..], last - first, buf);
            tally.count_hits(mask);
        };
        if is_printable(bytes) {
            // Most lines: no script to count but ASCII letters (as
            // `count_scripts` counts them), and spaces the only whitespace.
            tally.other = ascii_letters(bytes);
            for_each_printable_token(bytes, |start, end| {
                ascii_token(&mut tally, buf, start, end);
            });
            return tally;
        }
        tally.count_scripts(text);
        crate::features::for_each_token(text, |start, end, ascii| {
            if ascii {
                ascii_token(&mut tally, buf, start, end);
                return;
            }
            let word = trim_to_alphanumeric(&text[start..end]);
            if word.is_empty() {
                return;
            }
            tally.words += 1;
            tally.count_hits(stopwords::languages_of_word(word, buf));
        });
        tally
    }

    /// Counts a hit for every language in the bit set `mask`.
    #[inline]
    fn count_hits(&mut self, mut mask: u32) {
        while mask != 0 {
            self.hits[mask.trailing_zeros() as usize] += 1;
            mask &= mask - 1;
        }
    }

    /// Counts the letters of `text` by script.
    fn count_scripts(&mut self, text: &str) {
        // ASCII letters are of no script counted here: they are counted as
        // bytes (a vector loop), and only the other characters are decoded,
        // each from its lead byte (at or above 0xc0; the bytes of a
        // character's tail are 0x80 to 0xbf). (In an ASCII text only the
        // ASCII letters are counted: no script can decide there, but a
        // text's count is then the sum of its lines' counts whatever they
        // hold.)
        let bytes = text.as_bytes();
        self.other += ascii_letters(bytes);
        if text.is_ascii() {
            return;
        }
        let non_ascii = bytes
            .iter()
            .enumerate()
            .filter(|&(_, &b)| b >= 0xc0)
            .filter_map(|(i, _)| text[i..].chars().next());
        for c in non_ascii {
            if !c.is_alphabetic() {
                continue;
            }
            match script(c) {
                Script::Han => self.han += 1,
                Script::Kana => self.kana += 1,
                Script::Hangul => self.hangul += 1,
                Script::Other => self.other += 1,
            }
        }
    }

    /// Adds a kept line's counts to these (see [`LentTally::new`] for
    /// their order).
    fn add_lent(&mut self, lent: &LentTally) {
        let c = &lent.counts;
        self.words += u32::from(c[0]);
        for (h, &o) in self.hits.iter_mut().zip(&c[LENT_HITS..LENT_SCRIPTS]) {
            *h += u32::from(o);
        }
        self.han += u32::from(c[LENT_SCRIPTS]);
        self.kana += u32::from(c[LENT_SCRIPTS + 1]);
        self.hangul += u32::from(c[LENT_SCRIPTS + 2]);
        self.other += u32::from(c[LENT_SCRIPTS + 3]);
    }

    /// Adds `other`'s counts to these.
    fn add(&mut self, other: &Tally) {
        self.words += other.words;
        for (h, o) in self.hits.iter_mut().zip(&other.hits) {
            *h += o;
        }
        self.han += other.han;
        self.kana += other.kana;
        self.hangul += other.hangul;
        self.other += other.other;
    }

    /// The language the counts name, if they name one clearly (see the
    /// module docs).
    fn language(&self) -> Option<Language> {
        let (han, kana, hangul) = (self.han, self.kana, self.hangul);
        // A CJK character carries about as much as a word of four or five letters.
        let cjk = han + kana;
        if cjk >= MIN_SCRIPT_LETTERS && cjk * 4 > self.other + hangul * 4 {
            let japanese = kana as f32 >= MIN_KANA_SHARE * cjk as f32;
            return Some(if japanese {
                Language::Japanese
            } else {
                Language::Chinese
            });
        }
        if hangul >= MIN_SCRIPT_LETTERS && hangul * 2 > self.other {
            return Some(Language::Korean);
        }
        self.by_stopwords()
    }

    /// The language whose stopwords the text uses most, if it clearly leads.
    fn by_stopwords(&self) -> Option<Language> {
        // The most hits wins; equal hits keep the order of `Language::ALL`.
        let (mut best, mut runner_up, mut language) = (0u32, 0u32, Language::English);
        for &l in Language::ALL {
            let h = self.hits[l.index()];
            if h > best {
                runner_up = best;
                best = h;
                language = l;
            } else if h > runner_up {
                runner_up = h;
            }
        }
        let clear = best >= MIN_HITS
            && best as f32 >= MIN_HIT_SHARE * self.words as f32
            && best as f32 >= MIN_LEAD * runner_up as f32;
        clear.then_some(language)
    }
}

/// The tallies of the lines that lie wholly in a page's sample, kept by
/// [`detect_page`] for [`detect_text`]: the article's text is made of the
/// page's lines, and on most pages its first [`SAMPLE_BYTES`] are largely
/// lines the page's sample already read. Only lines with something counted
/// are kept, and only the first [`MAX_LENT_LINES`] of them (a page's sample
/// has a hundred or two; 8 KiB of one-letter lines would have four thousand,
/// more than the memory bound allows for so short an input), each packed
/// ([`LentTally`]).
#[derive(Debug, Default)]
pub(crate) struct PageSample {
    /// The counted lines' tallies, in line order.
    lines: Vec<LentTally>,
    /// The lines before this index lie wholly in the sample.
    whole: usize,
}

/// At most this many line tallies are kept in a [`PageSample`] (56 bytes
/// each: 14 KiB).
const MAX_LENT_LINES: usize = 256;

/// Where a [`LentTally`] keeps the hits by language (the words are at 0).
const LENT_HITS: usize = 1;
/// Where a [`LentTally`] keeps the letters by script: Han, kana, Hangul,
/// other.
const LENT_SCRIPTS: usize = LENT_HITS + Language::ALL.len();
/// How many counts a [`LentTally`] keeps.
const COUNTS: usize = LENT_SCRIPTS + 4;

/// A line's [`Tally`] as a [`PageSample`] keeps it, with the line's index,
/// in 16 bits each: a line of the sample has at most [`SAMPLE_BYTES`]
/// bytes, so neither its index nor any of its counts (a word or a letter
/// takes a byte at least) exceeds that. The sample lives as long as the
/// cleaning does, so its size counts toward the memory bound: 56 bytes a
/// line, against 120 unpacked.
#[derive(Debug, Clone, Copy, PartialEq)]
struct LentTally {
    line: u16,
    counts: [u16; COUNTS],
}

// Every index and count of a sample's line fits in a `LentTally`.
const _: () = assert!(SAMPLE_BYTES < u16::MAX as usize);

impl LentTally {
    /// `tally`, of the sample's line `line`: the words, the hits by
    /// language, then the letters of each script, in straight-line code (an
    /// iterator chain over the fields cost 5 M instructions more over the
    /// corpus's documents).
    fn new(line: usize, tally: &Tally) -> LentTally {
        let narrow = |n: u32| u16::try_from(n).unwrap_or(u16::MAX);
        let mut c = [0; COUNTS];
        c[0] = narrow(tally.words);
        for (c, &h) in c[LENT_HITS..LENT_SCRIPTS].iter_mut().zip(&tally.hits) {
            *c = narrow(h);
        }
        c[LENT_SCRIPTS] = narrow(tally.han);
        c[LENT_SCRIPTS + 1] = narrow(tally.kana);
        c[LENT_SCRIPTS + 2] = narrow(tally.hangul);
        c[LENT_SCRIPTS + 3] = narrow(tally.other);
        LentTally {
            line: u16::try_from(line).unwrap_or(u16::MAX),
            counts: c,
        }
    }

    /// The line's index on the page.
    fn line(&self) -> usize {
        usize::from(self.line)
    }
}

impl PageSample {
    /// The summed tallies of lines `lines`, if they all lie in the sample.
    fn tally(&self, lines: std::ops::Range<usize>) -> Option<Tally> {
        if lines.end > self.whole {
            return None;
        }
        let from = self.lines.partition_point(|t| t.line() < lines.start);
        let mut sum = Tally::default();
        for t in self.lines[from..]
            .iter()
            .take_while(|t| t.line() < lines.end)
        {
            sum.add_lent(t);
        }
        Some(sum)
    }
}

/// The language of the page `text` (read from its first [`SAMPLE_BYTES`]),
/// with the tallies of the lines of that sample for [`detect_text`].
pub(crate) fn detect_page(text: &str) -> (Option<Language>, PageSample) {
    let (total, page) = page_tally(text);
    (total.language(), page)
}

/// The tally of `text`'s sample and the [`PageSample`] of its lines.
fn page_tally(text: &str) -> (Tally, PageSample) {
    let sample = sample(text);
    let mut buf = String::new();
    let mut total = Tally::default();
    let mut page = PageSample::default();
    let mut index = 0;
    // Whether the lines so far are all kept (then `page.whole` follows them).
    let mut lending = true;
    // The sample's lines, each read alone: the bytes between them (line
    // endings, a byte-order mark) are no letter and split tokens (a BOM
    // glued to a word is trimmed off it as a non-letter either way).
    crate::lines::for_each(sample, |line| {
        index += 1;
        // The sample's last line may be cut short: it is not the page's line.
        let whole = line.end < sample.len() || sample.len() == text.len();
        // An empty line counts nothing (a third of a page's lines).
        if line.start == line.end {
            if whole && lending {
                page.whole = index;
            }
            return;
        }
        let tally = Tally::of(&sample[line.start..line.end], &mut buf);
        total.add(&tally);
        if whole && lending {
            if tally != Tally::default() {
                if page.lines.len() == MAX_LENT_LINES {
                    lending = false;
                    return;
                }
                page.lines.push(LentTally::new(index - 1, &tally));
            }
            page.whole = index;
        }
    });
    (total, page)
}

/// The language of a text made of `paragraphs` (each with the range of the
/// page's lines it spans) joined by blank lines, as the article's text is
/// ([`Article::text`](crate::Article::text)), read from its first
/// [`SAMPLE_BYTES`]: the same answer as detecting on that text, without
/// building it, and with the tallies of paragraphs whose lines lie in the
/// page's sample taken from `page` instead of read again.
pub(crate) fn detect_text<'a>(
    paragraphs: impl Iterator<Item = (std::ops::Range<usize>, &'a str)>,
    page: &PageSample,
) -> Option<Language> {
    text_tally(paragraphs, page).0.language()
}

/// The tally [`detect_text`] decides on, and how many paragraphs' tallies
/// `page` lent (for tests).
fn text_tally<'a>(
    paragraphs: impl Iterator<Item = (std::ops::Range<usize>, &'a str)>,
    page: &PageSample,
) -> (Tally, usize) {
    let mut lent = 0;
    let mut buf = String::new();
    let mut total = Tally::default();
    // How long the text is so far.
    let mut len = 0usize;
    for (lines, part) in paragraphs {
        if len != 0 {
            len += 2;
        }
        let room = SAMPLE_BYTES.saturating_sub(len);
        if part.len() > room {
            let mut end = room;
            while !part.is_char_boundary(end) {
                end -= 1;
            }
            total.add(&Tally::of(&part[..end], &mut buf));
            break;
        }
        len += part.len();
        match page.tally(lines) {
            Some(tally) => {
                total.add(&tally);
                lent += 1;
            }
            None => total.add(&Tally::of(part, &mut buf)),
        }
    }
    (total, lent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_and_words_as_the_unicode_definition_reads_them() {
        let texts = [
            "  The cat sat on the Mat, said Reuters.  ",
            "a\x01b \x1fword\x7f x\x00y abcdefgh\x02ijklmnop\x0b(q)\x0c--",
            "“The” cat — it’s Über\u{a0}die\u{2003}Straße\u{3000}and… «Les» élèves\u{85}x",
            "abcdefghé abcdefgh\u{a0}ijklmnopq 1234567“8 ...!!! x",
            "",
            " \t\n ",
        ];
        for text in texts {
            let mut got = Vec::new();
            crate::features::for_each_token(text, |start, end, _| {
                let t = &text[start..end];
                got.push((t, trim_to_alphanumeric(t)));
            });
            let want: Vec<_> = text
                .split_whitespace()
                .map(|t| (t, t.trim_matches(|c: char| !c.is_alphanumeric())))
                .collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    fn detect_repeated(text: &str) -> Option<Language> {
        detect(&format!("{text}\n").repeat(3))
    }

    #[test]
    fn codes_round_trip() {
        for &l in Language::ALL {
            assert_eq!(l.code().parse::<Language>(), Ok(l));
            assert_eq!(l.to_string(), l.code());
        }
        assert_eq!("EN".parse::<Language>(), Ok(Language::English));
        let err = "xx".parse::<Language>().unwrap_err();
        assert!(err.to_string().contains("\"xx\""));
    }

    #[test]
    fn every_language_has_a_list() {
        assert!(Language::ALL.len() >= 20);
        assert!(
            Language::ALL.len() <= 32,
            "the detector keeps a u32 bit mask"
        );
    }

    #[test]
    fn detects_latin_script_languages() {
        let cases = [
            (Language::English, "The council said on Monday that it would not be able to finish the report before the end of the year, because the data it needs is still being collected."),
            (Language::French, "Les députés ont adopté à une large majorité le projet de loi sur le renseignement, qui sera examiné par le Sénat dans les semaines qui viennent."),
            (Language::German, "Die Regierung hat am Montag beschlossen, dass die neue Brücke nicht vor dem Ende des Jahres fertig sein wird, weil die Daten noch fehlen."),
            (Language::Spanish, "El gobierno dijo el lunes que no podrá terminar el informe antes del final del año, porque los datos que necesita todavía se están recogiendo."),
            (Language::Portuguese, "O governo disse na segunda-feira que não vai conseguir terminar o relatório antes do fim do ano, porque os dados ainda estão sendo coletados."),
            (Language::Czech, "Vláda v pondělí uvedla, že zprávu nebude moci dokončit před koncem roku, protože data, která potřebuje, se stále teprve shromažďují."),
        ];
        for (want, text) in cases {
            assert_eq!(detect_repeated(text), Some(want), "{text}");
        }
    }

    #[test]
    fn detects_other_scripts() {
        assert_eq!(
            detect_repeated("Правительство заявило в понедельник, что не сможет закончить доклад до конца года, потому что данные, которые ему нужны, еще собираются."),
            Some(Language::Russian)
        );
        assert_eq!(
            detect_repeated("Уряд заявив у понеділок, що не зможе завершити доповідь до кінця року, тому що дані, які йому потрібні, ще збираються і перевіряються."),
            Some(Language::Ukrainian)
        );
        assert_eq!(
            detect_repeated("قالت الحكومة يوم الاثنين إنها لن تتمكن من إنهاء التقرير قبل نهاية العام، لأن البيانات التي تحتاجها لا تزال قيد الجمع."),
            Some(Language::Arabic)
        );
        assert_eq!(
            detect_repeated(
                "翱翔于距地球数千公里的太空中，进入广袤漆黑的未知领域，是一项艰苦卓绝的工作。"
            ),
            Some(Language::Chinese)
        );
        assert_eq!(
            detect_repeated(
                "トレンドマイクロは3月9日、Wi-Fi利用時の通信を暗号化し保護するアプリを発表した。"
            ),
            Some(Language::Japanese)
        );
        assert_eq!(
            detect_repeated("정부는 월요일 보고서를 연말 전에 끝낼 수 없다고 밝혔다. 필요한 자료가 아직 수집되고 있기 때문이다."),
            Some(Language::Korean)
        );
    }

    #[test]
    fn a_language_picker_does_not_change_the_language() {
        let page = "РусскийDeutschFrançaisPortugueseSpain\nEnglish Русский Deutsch Français Español\n\
            The council said on Monday that it would not be able to finish the report before the end of the year.\n\
            It added that the data it needs is still being collected, and that the work will take more time.\n";
        assert_eq!(detect(page), Some(Language::English));
    }

    #[test]
    fn unsure_is_none() {
        assert_eq!(detect(""), None);
        assert_eq!(detect("Home\nWorld\nSport\n2025"), None);
        assert_eq!(detect("Photo: Reuters"), None);
        // A stray character of a script among symbols names no language.
        assert_eq!(detect("[!$ 8 *[ @ \u{4e2d} \\T/ :9!"), None);
        assert_eq!(detect("[!$ 8 *[ @ \u{d55c} \\T/ :9!"), None);
        // Eight name it.
        assert_eq!(
            detect("[!$ \u{4e2d}\u{6587}\u{7684}\u{6587}\u{7ae0}\u{4e2d}\u{6587}\u{5b57}"),
            Some(Language::Chinese)
        );
    }

    #[test]
    fn sample_is_cut_at_a_character_boundary() {
        let text = "é".repeat(SAMPLE_BYTES);
        let s = sample(&text);
        assert!(s.len() <= SAMPLE_BYTES && s.len() >= SAMPLE_BYTES - 1);
        assert_eq!(detect(&text), None);
    }

    #[test]
    fn deterministic() {
        let text = "de la en el que y a los del se las por un para con";
        let first = detect(text);
        for _ in 0..5 {
            assert_eq!(detect(text), first);
        }
    }

    /// Texts with what may split a tally wrongly: every line ending, a BOM,
    /// mixed scripts on one line and across lines, words cut by the sample.
    fn awkward_texts() -> Vec<String> {
        let prose = "The council said on Monday that it would not finish the report. ";
        let mut texts = vec![
            String::new(),
            "\u{feff}The cat\r\nsat on\rthe mat\nand the dog".to_string(),
            "\u{feff}\nПравительство заявило что\r\nthe end 中文的文章 かな 한국어".to_string(),
            "ascii line\nΚαλημέρα κόσμε\n\u{feff}x\u{feff}y \u{85}z\u{2028}w".to_string(),
            // Printable ASCII (the byte path): backticks, capitals, words of
            // more than 8 and 16 bytes; then the same words among non-ASCII
            // ones and control characters (the token walk).
            "THE cat's `quoted` it`s IT`S (the) [and] Unternehmensberatung Wahrscheinlichkeitsrechnung"
                .to_string(),
            "“THE” it`s — Unternehmensberatung\x01the\x7fand\tof Wahrscheinlichkeitsrechnung"
                .to_string(),
        ];
        // Long texts whose lines and characters straddle the sample's end.
        for pad in 0..4 {
            let mut t = " ".repeat(pad);
            while t.len() < SAMPLE_BYTES + 200 {
                t.push_str(prose);
                t.push_str(if t.len() % 3 == 0 { "\r\n" } else { "\n" });
                t.push_str("Ünïcödé ");
            }
            texts.push(t);
        }
        texts
    }

    /// [`Tally::of`] by the definitions: `str::split_whitespace`, words
    /// trimmed with `char::is_alphanumeric`, looked up normalized, and every
    /// letter (`char::is_alphabetic`) counted by script.
    fn reference_tally(text: &str) -> Tally {
        let mut tally = Tally::default();
        let mut norm = String::new();
        for token in text.split_whitespace() {
            let word = token.trim_matches(|c: char| !c.is_alphanumeric());
            if word.is_empty() {
                continue;
            }
            tally.words += 1;
            stopwords::normalize(word, &mut norm);
            let mask = stopwords::languages_of(&norm);
            for (l, hits) in tally.hits.iter_mut().enumerate() {
                *hits += (mask >> l) & 1;
            }
        }
        for c in text.chars().filter(|c| c.is_alphabetic()) {
            match script(c) {
                Script::Han => tally.han += 1,
                Script::Kana => tally.kana += 1,
                Script::Hangul => tally.hangul += 1,
                Script::Other => tally.other += 1,
            }
        }
        tally
    }

    #[test]
    fn tallies_count_as_the_definitions_do() {
        let mut buf = String::new();
        let mut lines = 0;
        for doc in crate::test_documents::documents()
            .iter()
            .chain(&awkward_texts())
        {
            for line in doc.lines() {
                assert_eq!(Tally::of(line, &mut buf), reference_tally(line), "{line:?}");
                lines += 1;
            }
        }
        assert!(lines > 20_000, "{lines} lines");
    }

    #[test]
    fn a_texts_tally_is_the_sum_of_its_lines_tallies() {
        let mut buf = String::new();
        for text in awkward_texts() {
            let mut sum = Tally::default();
            crate::lines::for_each(&text, |l| {
                sum.add(&Tally::of(&text[l.start..l.end], &mut buf))
            });
            assert_eq!(Tally::of(&text, &mut buf), sum, "{text:?}");
        }
    }

    #[test]
    fn a_lent_tally_holds_the_counts_of_any_line_of_a_sample() {
        let mut buf = String::new();
        // The most a sample's line can count: letters, words, stopwords and
        // characters of each script, over all of a sample, at its last line.
        let longest = [
            "a".repeat(SAMPLE_BYTES),
            "a ".repeat(SAMPLE_BYTES / 2),
            "и ".repeat(SAMPLE_BYTES / 3),
            "的".repeat(SAMPLE_BYTES / 3),
            "の".repeat(SAMPLE_BYTES / 3),
            "한".repeat(SAMPLE_BYTES / 3),
        ];
        let awkward = awkward_texts();
        let lines = awkward.iter().flat_map(|t| t.lines()).map(String::from);
        for line in longest.into_iter().chain(lines) {
            let tally = Tally::of(&line, &mut buf);
            let lent = LentTally::new(SAMPLE_BYTES, &tally);
            let mut back = Tally::default();
            back.add_lent(&lent);
            assert_eq!((lent.line(), back), (SAMPLE_BYTES, tally), "{line:?}");
        }
    }

    #[test]
    fn the_page_and_its_article_are_read_as_their_texts_would_be() {
        let docs = crate::test_documents::documents();
        assert!(docs.len() > 200, "{} documents", docs.len());
        let mut buf = String::new();
        let (mut lent, mut read) = (0, 0);
        for doc in docs.iter().chain(&awkward_texts()) {
            let (tally, sample) = page_tally(doc);
            assert_eq!(tally, Tally::of(super::sample(doc), &mut buf), "{doc:?}");
            let language = tally.language();
            // The article in the page's language and in every other, as the
            // cleaner's rounds may read it.
            for &as_language in [language, Some(Language::English), Some(Language::Russian)].iter()
            {
                let config = crate::Config {
                    language: as_language,
                    ..Default::default()
                };
                let article = crate::Cleaner::new(config)
                    .expect("valid config")
                    .clean(doc);
                let (tally, from_page) = text_tally(article.text_paragraphs(), &sample);
                let text = article.text_prefix(SAMPLE_BYTES);
                assert_eq!(tally, Tally::of(super::sample(&text), &mut buf), "{doc:?}");
                lent += from_page;
                read += article.text_paragraphs().count().min(1);
            }
        }
        // The page lent its tallies on most articles: the test compared them.
        assert!(
            lent > 10 * read,
            "{lent} paragraphs lent over {read} articles"
        );
    }
}
