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

use std::fmt;
use std::str::FromStr;

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
pub(crate) fn detect(text: &str) -> Option<Language> {
    let sample = sample(text);
    let (mut han, mut kana, mut hangul) = (0u32, 0u32, 0u32);
    if !sample.is_ascii() {
        // ASCII letters are of no script counted here: they are counted as
        // bytes (a vector loop), and only the other characters are decoded,
        // each from its lead byte (at or above 0xc0; the bytes of a
        // character's tail are 0x80 to 0xbf).
        let bytes = sample.as_bytes();
        let mut other: u32 = bytes
            .iter()
            .map(|b| u32::from(b.is_ascii_alphabetic()))
            .sum();
        let non_ascii = bytes
            .iter()
            .enumerate()
            .filter(|&(_, &b)| b >= 0xc0)
            .filter_map(|(i, _)| sample[i..].chars().next());
        for c in non_ascii {
            if !c.is_alphabetic() {
                continue;
            }
            match script(c) {
                Script::Han => han += 1,
                Script::Kana => kana += 1,
                Script::Hangul => hangul += 1,
                Script::Other => other += 1,
            }
        }
        // A CJK character carries about as much as a word of four or five letters.
        let cjk = han + kana;
        if cjk >= MIN_SCRIPT_LETTERS && cjk * 4 > other + hangul * 4 {
            let japanese = kana as f32 >= MIN_KANA_SHARE * cjk as f32;
            return Some(if japanese {
                Language::Japanese
            } else {
                Language::Chinese
            });
        }
        if hangul >= MIN_SCRIPT_LETTERS && hangul * 2 > other {
            return Some(Language::Korean);
        }
    }
    by_stopwords(sample)
}

/// The language whose stopwords the sample uses most, if it clearly leads.
fn by_stopwords(sample: &str) -> Option<Language> {
    let mut hits = [0u32; Language::ALL.len()];
    let mut words = 0u32;
    let mut buf = String::new();
    for_each_token(sample, |token| {
        let word = trim_to_word(token);
        if word.is_empty() {
            return;
        }
        words += 1;
        let mut mask = stopwords::languages_of_word(word, &mut buf);
        while mask != 0 {
            hits[mask.trailing_zeros() as usize] += 1;
            mask &= mask - 1;
        }
    });
    // The most hits wins; equal hits keep the order of `Language::ALL`.
    let (mut best, mut runner_up, mut language) = (0u32, 0u32, Language::English);
    for &l in Language::ALL {
        let h = hits[l.index()];
        if h > best {
            runner_up = best;
            best = h;
            language = l;
        } else if h > runner_up {
            runner_up = h;
        }
    }
    let clear = best >= MIN_HITS
        && best as f32 >= MIN_HIT_SHARE * words as f32
        && best as f32 >= MIN_LEAD * runner_up as f32;
    clear.then_some(language)
}

/// Calls `f` with every token of `text`, as `str::split_whitespace` yields
/// them, through the feature pass's token walk
/// ([`features::for_each_token`](crate::features::for_each_token)). The
/// detector reads up to two samples of 8 KiB a page, as many words as the
/// feature pass reads on a small page.
fn for_each_token<'a>(text: &'a str, mut f: impl FnMut(&'a str)) {
    crate::features::for_each_token(text, |start, end, _| f(&text[start..end]));
}

/// `token` without the characters around it that are not letters or digits
/// (`trim_matches(|c| !c.is_alphanumeric())`), on bytes when it is ASCII.
fn trim_to_word(token: &str) -> &str {
    if !token.is_ascii() {
        return token.trim_matches(|c: char| !c.is_alphanumeric());
    }
    let bytes = token.as_bytes();
    let Some(first) = bytes.iter().position(u8::is_ascii_alphanumeric) else {
        return "";
    };
    let last = bytes
        .iter()
        .rposition(u8::is_ascii_alphanumeric)
        .unwrap_or(first);
    &token[first..=last]
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
            for_each_token(text, |t| got.push((t, trim_to_word(t))));
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
}
