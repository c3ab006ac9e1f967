//! Language pickers: a run of lines that each name a language in its own
//! language ("Deutsch", "English", "Español", "Français", "中文").
//!
//! A site's header or footer lists the languages it is published in, and a
//! Wikipedia page copied from a browser ends with its sidebar's list of some
//! hundred other editions of the article. Each line is a word or two with no
//! keyword of the lexicons: alone, it reads like any short line, and a list of
//! hundreds of them is no evidence that the text is a page at all, so a
//! copied Wikipedia page passed for a clean text and kept its navigation
//! boxes and its language list as body.
//!
//! [`mark`] makes every line of a run of at least [`MIN_RUN`] such lines
//! a [`Reason::LanguagePicker`]: boilerplate, in a page and in a clean text
//! alike. Blank lines do not break a run, nor do up to [`MAX_GAP`] short
//! lines in a row that the list does not hold (a Wikipedia sidebar names
//! some three hundred languages), as long as the names are at least half of
//! the run's lines. The names are data (`data/lexicon/language_names.txt`,
//! matched against the whole line, ignoring case and a gloss in brackets:
//! "中文 (Chinese)"). One name, or two, may be an article's own (a heading
//! "English", a short list); three in a row among few other lines are a menu.
//!
//! A picker is *not* evidence of page furniture for the clean-text test
//! ([`classify::is_clean_text`](crate::classify::is_clean_text)): a copied
//! Wikipedia page then still reads as a clean text, whose article runs from
//! its first paragraph to its last and keeps the infobox, the references
//! and the lists the corpus's gold keeps as the article's; read as a page,
//! its article block stopped at the first long list and lost them (body
//! recall on the corpus fell from 0.987 to 0.910). The picker's lines are
//! furniture inside a clean text all the same
//! ([`Evidence::is_furniture_in_clean_text`](crate::classify::Evidence::is_furniture_in_clean_text)),
//! and no rule that makes body of a line for its neighbours takes them.
//!
//! Cost: one look-up for each short non-blank line (at most
//! [`MAX_NAME_CHARS`] characters and [`MAX_NAME_WORDS`] words, with no
//! sentence end): an ASCII line of up to 16 bytes is packed into an integer
//! and probed in a small table (`stopwords::KeyMap`), as the stoplist does;
//! only other lines are lowercased and hashed. Each line of a run is marked
//! once: linear.

use crate::classify::{Class, Verdict};
use crate::features::FeatureTable;
use crate::lexicon::LEXICONS;
use crate::Reason;

/// A language picker lists at least this many languages. Two names in a row
/// may be an article's own short list.
pub(crate) const MIN_RUN: usize = 3;

/// The longest line read as a language name, in characters ("Беларуская
/// (тарашкевіца)", "Português do Brasil").
const MAX_NAME_CHARS: u32 = 32;

/// The most words a language name has ("Español (Latinoamérica)" has two).
const MAX_NAME_WORDS: u32 = 4;

/// At most this many short lines in a row that are not in the list may stand
/// between two names of a run: a picker lists more languages than
/// `language_names.txt` holds ("Zazaki", "West-Vlams").
const MAX_GAP: usize = 4;

/// Marks the lines of every run of at least [`MIN_RUN`] language names as a
/// language picker (see the [module docs](self)). `text_of(i)` is line `i`'s
/// text.
pub(crate) fn mark<'t>(
    initial: &mut [Verdict],
    features: &FeatureTable,
    text_of: impl Fn(usize) -> &'t str,
) {
    let lexicons = &*LEXICONS;
    let mut run = Run::default();
    // Blank lines neither extend nor break a run: only the others are read.
    for (i, f) in features.non_blank() {
        let short = f.chars <= MAX_NAME_CHARS
            && f.words <= MAX_NAME_WORDS
            && !f.terminal()
            && initial[i].class != Class::Good;
        if short && lexicons.is_language_name(text_of(i)) {
            run.name(i);
        } else if short && run.names > 0 && run.gap < MAX_GAP {
            run.gap += 1;
        } else {
            run.close(initial);
        }
    }
    run.close(initial);
}

/// A run of language names being read.
#[derive(Default)]
struct Run {
    /// Its first line.
    start: usize,
    /// Its last name's line.
    last: usize,
    /// How many names it has.
    names: usize,
    /// How many non-blank lines it has, from its first to its last name.
    lines: usize,
    /// How many short lines that are not names stand after its last name.
    gap: usize,
}

impl Run {
    /// Adds the name on line `i`.
    fn name(&mut self, i: usize) {
        if self.names == 0 {
            *self = Run {
                start: i,
                ..Run::default()
            };
        }
        self.names += 1;
        self.lines += self.gap + 1;
        self.gap = 0;
        self.last = i;
    }

    /// Ends the run: a picker when it has [`MIN_RUN`] names or more and they
    /// are at least half its lines.
    fn close(&mut self, initial: &mut [Verdict]) {
        if self.names >= MIN_RUN && self.names * 2 >= self.lines {
            for v in &mut initial[self.start..=self.last] {
                if v.class != Class::Blank {
                    *v = Verdict::new(Class::Bad, Reason::LanguagePicker);
                }
            }
        }
        *self = Run::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::features::Extractor;
    use crate::stopwords::Stoplist;

    /// The verdicts of `lines` after [`mark`] (English, default config).
    fn marked(lines: &[&str]) -> Vec<Reason> {
        let config = Config::default();
        let mut ex = Extractor::new(Stoplist::english());
        let features: FeatureTable = lines.iter().map(|l| ex.features(l)).collect();
        let mut initial: Vec<Verdict> = features
            .iter()
            .map(|f| {
                crate::classify::context_free(f, 1, crate::classify::Measure::Stopwords, &config)
            })
            .collect();
        mark(&mut initial, &features, |i| lines[i]);
        initial.iter().map(|v| v.reason).collect()
    }

    #[test]
    fn a_run_of_three_language_names_is_a_picker() {
        let reasons = marked(&[
            "Deutsch",
            "",
            "English",
            "中文 (Chinese)",
            "Español",
            "Help",
        ]);
        assert_eq!(reasons[0], Reason::LanguagePicker);
        assert_eq!(reasons[1], Reason::Blank);
        assert_eq!(reasons[2], Reason::LanguagePicker);
        assert_eq!(reasons[3], Reason::LanguagePicker);
        assert_eq!(reasons[4], Reason::LanguagePicker);
        assert_ne!(reasons[5], Reason::LanguagePicker);
    }

    #[test]
    fn two_names_or_names_in_a_sentence_are_not() {
        let reasons = marked(&["English", "Español", "Help"]);
        assert!(reasons.iter().all(|&r| r != Reason::LanguagePicker));
        let reasons = marked(&["Deutsch", "English", "Français is spoken here.", "Español"]);
        assert!(reasons.iter().all(|&r| r != Reason::LanguagePicker));
        // A menu with two language names in it is no picker.
        let reasons = marked(&[
            "Home", "News", "English", "Sport", "Weather", "Español", "Blog",
        ]);
        assert!(reasons.iter().all(|&r| r != Reason::LanguagePicker));
    }

    #[test]
    fn names_missing_from_the_list_do_not_break_the_run() {
        let reasons = marked(&[
            "Deutsch",
            "Zazaki",
            "English",
            "West-Vlams",
            "Žemaitėška",
            "中文",
            "Help",
        ]);
        assert!(reasons[..6].iter().all(|&r| r == Reason::LanguagePicker));
        assert_ne!(reasons[6], Reason::LanguagePicker);
    }
}
