//! Stoplists: the function words whose density tells prose from lists.
//!
//! Lists live in `data/stopwords/<language>.txt`, one lowercase word a line. Only
//! English ships today; a [`Stoplist`] is looked up by language code so that more
//! languages are data, not code.

use std::collections::HashSet;

use once_cell::sync::Lazy;

/// A set of lowercase stopwords for one language.
pub(crate) struct Stoplist {
    words: HashSet<&'static str>,
}

static ENGLISH: Lazy<Stoplist> =
    Lazy::new(|| Stoplist::parse(include_str!("../data/stopwords/en.txt")));

impl Stoplist {
    fn parse(data: &'static str) -> Stoplist {
        Stoplist {
            words: data
                .lines()
                .map(str::trim)
                .filter(|w| !w.is_empty() && !w.starts_with('#'))
                .collect(),
        }
    }

    /// The English stoplist.
    pub(crate) fn english() -> &'static Stoplist {
        &ENGLISH
    }

    /// Whether `word`, already lowercased, is a stopword.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.words.contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_has_the_function_words() {
        let en = Stoplist::english();
        for w in ["the", "and", "of", "it's", "which"] {
            assert!(en.contains(w), "{w}");
        }
        assert!(!en.contains("putin"));
    }
}
