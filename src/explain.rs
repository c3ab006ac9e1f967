//! Why a line got its label, on demand.
//!
//! A [`Line`] stores only its label and [`Reason`], so that an [`Article`] stays
//! small (a few dozen bytes per input line, whatever the pipeline). The numbers a
//! decision read are recomputed when asked for: a line's features depend on its
//! own text alone, apart from how often the same text occurs in the input, which
//! [`Article::explain`] counts again. Explaining every line with
//! [`Article::explanations`] costs about as much as cleaning did.

use std::fmt;

use crate::article::{Article, Line};
use crate::classify::{self, Class};
use crate::features::{Extractor, Features};
use crate::{Config, Label, Reason};

/// The numbers the rules read for one line (see the crate docs, *Features*).
///
/// ```
/// let article = unboil::clean("Home\nHome\n");
/// let scores = article.explain(&article.lines().get(0).unwrap()).scores();
/// assert_eq!((scores.chars, scores.words, scores.repeats), (4, 1, 2));
/// assert!(!scores.sentence_end);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct LineScores {
    /// Characters in the trimmed line.
    pub chars: u32,
    /// Words: whitespace-separated tokens with a letter or digit.
    pub words: u32,
    /// The share of words that are stopwords, from 0 to 1.
    pub stopword_density: f32,
    /// The share of capitalised words among the words that start with a letter.
    pub capitalized_share: f32,
    /// The line ends like a sentence (`.`, `!`, `?`, `…`, maybe before a quote).
    pub sentence_end: bool,
    /// How many lines of the input have the same trimmed text (0 for a blank line).
    pub repeats: u32,
    /// The keyword lexicon the line hit, as the reason that hit would give:
    /// [`Legal`](Reason::Legal), [`CaptionOrCredit`](Reason::CaptionOrCredit),
    /// [`CallToAction`](Reason::CallToAction) or [`Navigation`](Reason::Navigation).
    pub keyword: Option<Reason>,
    /// The whole line is an end-of-article marker ("Related", "Popular").
    pub end_marker: bool,
}

/// Why a line got its label: the deciding [`Reason`], the [`LineScores`] the rules
/// read, and the thresholds they compared them with.
///
/// Its [`Display`](fmt::Display) is one line meant for people, as the `classify`
/// example prints it with `--explain`:
///
/// ```
/// let article = unboil::clean("Subscribe to our newsletter\n");
/// let why = article.explain(&article.lines().get(0).unwrap());
/// assert_eq!(why.reason(), unboil::Reason::CallToAction);
/// assert_eq!(
///     why.to_string(),
///     "call-to-action: subscribe, share or sign-in prompt \
///      (27 chars < 70, 4 words, stopwords 50%, capitals 25%, no sentence end, \
///      keyword call-to-action; judged alone: bad)"
/// );
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Explanation {
    label: Label,
    reason: Reason,
    scores: LineScores,
    #[cfg_attr(feature = "serde", serde(skip))]
    alone: Class,
    #[cfg_attr(feature = "serde", serde(skip))]
    config: Config,
}

impl Explanation {
    /// The line's label.
    ///
    /// ```
    /// let article = unboil::clean("\n");
    /// assert_eq!(article.explain(&article.lines().get(0).unwrap()).label(), unboil::Label::Boilerplate);
    /// ```
    pub fn label(&self) -> Label {
        self.label
    }

    /// The rule that decided the label, as [`Line::reason`] gives it.
    ///
    /// ```
    /// let article = unboil::clean(" \n");
    /// assert_eq!(article.explain(&article.lines().get(0).unwrap()).reason(), unboil::Reason::Blank);
    /// ```
    pub fn reason(&self) -> Reason {
        self.reason
    }

    /// The numbers the rules read.
    ///
    /// ```
    /// let article = unboil::clean("Copyright 2025 Example Media\n");
    /// let scores = article.explain(&article.lines().get(0).unwrap()).scores();
    /// assert_eq!(scores.keyword, Some(unboil::Reason::Legal));
    /// ```
    pub fn scores(&self) -> LineScores {
        self.scores
    }
}

impl fmt::Display for Explanation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = &self.scores;
        let c = &self.config;
        write!(f, "{}: {}", self.reason, self.reason.description())?;
        if self.reason == Reason::Blank {
            return Ok(());
        }
        let chars = s.chars as usize;
        write!(f, " ({} chars ", s.chars)?;
        if chars < c.length_low {
            write!(f, "< {}", c.length_low)?;
        } else if chars < c.length_high {
            write!(f, "in {}..{}", c.length_low, c.length_high)?;
        } else {
            write!(f, ">= {}", c.length_high)?;
        }
        write!(
            f,
            ", {} word{}, stopwords {}",
            s.words,
            if s.words == 1 { "" } else { "s" },
            percent(s.stopword_density)
        )?;
        // The stopword thresholds matter only for lines long enough to be judged.
        if chars >= c.length_low {
            if s.stopword_density >= c.stopwords_high {
                write!(f, " >= {}", percent(c.stopwords_high))?;
            } else if s.stopword_density < c.stopwords_low {
                write!(f, " < {}", percent(c.stopwords_low))?;
            } else {
                write!(
                    f,
                    " in {}..{}",
                    percent(c.stopwords_low),
                    percent(c.stopwords_high)
                )?;
            }
        }
        write!(f, ", capitals {}", percent(s.capitalized_share))?;
        f.write_str(if s.sentence_end {
            ", sentence end"
        } else {
            ", no sentence end"
        })?;
        if s.repeats > 1 {
            write!(f, ", seen {} times", s.repeats)?;
        }
        if let Some(keyword) = s.keyword {
            write!(f, ", keyword {keyword}")?;
        }
        if s.end_marker {
            f.write_str(", end-of-article marker")?;
        }
        write!(f, "; judged alone: {})", class_name(self.alone))
    }
}

fn percent(share: f32) -> String {
    format!("{:.0}%", share * 100.0)
}

/// How stage 1 judged the line by itself (see the `classify` module docs).
fn class_name(class: Class) -> &'static str {
    match class {
        Class::Blank => "blank",
        Class::Good => "good",
        Class::NearGood => "near-good",
        Class::Short => "short",
        Class::Bad => "bad",
    }
}

impl<'a> Article<'a> {
    /// Why `line` got its label: its reason, the scores the rules read and how
    /// stage 1 judged it alone. The scores are recomputed from the line's text and
    /// the repeat count is counted again in this article, so this costs time linear
    /// in the number of lines; use [`explanations`](Article::explanations) for all
    /// of them.
    ///
    /// ```
    /// let text = "Home\nThe council voted on Monday to close the old bridge, which has carried traffic across the river since 1911.\n";
    /// let article = unboil::clean(text);
    /// let why = article.explain(&article.lines().get(1).unwrap());
    /// assert_eq!(why.reason(), unboil::Reason::BodyText);
    /// assert!(why.scores().stopword_density > 0.3);
    /// assert!(why.to_string().starts_with("body-text: reads like prose (107 chars in 70..200"));
    /// ```
    pub fn explain(&self, line: &Line<'_>) -> Explanation {
        let key = line.text.trim();
        let repeats = if key.is_empty() {
            0
        } else {
            let same = self.lines().iter().filter(|l| l.text.trim() == key).count();
            crate::features::saturating_u32(same)
        };
        let features = Extractor::new(self.stoplist).features(line.text);
        self.explanation(line, &features, repeats)
    }

    /// Every line with its [`Explanation`], in order, in time linear in the input.
    ///
    /// ```
    /// let article = unboil::clean("Menu\nMenu\n\n");
    /// let reasons: Vec<_> = article.explanations().map(|(_, why)| why.reason()).collect();
    /// use unboil::Reason::*;
    /// assert_eq!(reasons, [Repeated, Repeated, Blank]);
    /// ```
    pub fn explanations(&self) -> impl Iterator<Item = (Line<'a>, Explanation)> + '_ {
        let (records, input) = (&self.records, self.input);
        let counts = crate::repeats::counts(records.len(), |i| records.text(input, i));
        let mut extractor = Extractor::new(self.stoplist);
        self.lines().iter().zip(counts).map(move |(line, repeats)| {
            let features = extractor.features(line.text);
            (line, self.explanation(&line, &features, repeats))
        })
    }

    fn explanation(&self, line: &Line<'_>, f: &Features, repeats: u32) -> Explanation {
        Explanation {
            label: line.label,
            reason: line.reason,
            scores: LineScores {
                chars: f.chars,
                words: f.words,
                stopword_density: f.stopword_density(),
                capitalized_share: f.capitalized_share(),
                sentence_end: f.terminal(),
                repeats,
                keyword: f.keyword.map(|k| k.reason()),
                end_marker: f.end_marker(),
            },
            alone: classify::context_free(f, repeats, self.measure, &self.config).class,
            config: self.config.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explain_and_explanations_agree() {
        let text = "Home\nNews\nHome\n\nBy Jane Doe\n\
            The council voted on Monday to close the old bridge, which has carried traffic across the river since 1911.\n\
            Related\n";
        let article = crate::clean(text);
        let all: Vec<_> = article.explanations().collect();
        assert_eq!(all.len(), article.lines().len());
        for (line, why) in all {
            assert_eq!(why, article.explain(&line));
            assert_eq!((why.label(), why.reason()), (line.label(), line.reason()));
        }
    }

    #[test]
    fn display_reads_as_one_line() {
        let article = crate::clean("Home\nHome\nRelated\n \n");
        let shown: Vec<String> = article.explanations().map(|(_, w)| w.to_string()).collect();
        assert_eq!(
            shown,
            [
                "repeated: the same text occurs elsewhere in the input \
                 (4 chars < 70, 1 word, stopwords 0%, capitals 100%, no sentence end, \
                 seen 2 times; judged alone: bad)",
                "repeated: the same text occurs elsewhere in the input \
                 (4 chars < 70, 1 word, stopwords 0%, capitals 100%, no sentence end, \
                 seen 2 times; judged alone: bad)",
                "end-of-article-marker: opens a list after the article (\"Related\", \"Popular\") \
                 (7 chars < 70, 1 word, stopwords 0%, capitals 100%, no sentence end, \
                 end-of-article marker; judged alone: bad)",
                "blank: empty or only whitespace",
            ]
        );
        assert!(shown.iter().all(|s| !s.contains(['\n', '\t'])));
    }

    #[test]
    fn explanation_uses_the_cleaners_thresholds() {
        let cleaner = crate::Cleaner::new(Config {
            length_low: 3,
            ..Config::default()
        })
        .unwrap();
        let article = cleaner.clean("Home\n");
        let shown = article
            .explain(&article.lines().get(0).unwrap())
            .to_string();
        assert!(shown.contains("4 chars in 3..200"), "{shown}");
    }
}
