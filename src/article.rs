//! The result of cleaning: every input line with its label.

use std::ops::Range;

use crate::stopwords::Stoplist;
use crate::{Config, Label, Language, LineEnding, Reason};

/// One line of the input, with its label and where it came from.
///
/// The text borrows from the input: no line is copied.
///
/// ```
/// let input = "Title Of The Story\nIt was a dark and stormy night, and the rain fell in torrents.\n";
/// let article = unboil::clean(input);
/// let line = &article.lines()[1];
/// assert_eq!(line.number(), 2);
/// assert_eq!(&input[line.span()], line.text());
/// assert_eq!(line.ending(), unboil::LineEnding::Lf);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line<'a> {
    pub(crate) text: &'a str,
    pub(crate) start: usize,
    pub(crate) number: usize,
    pub(crate) bom: bool,
    pub(crate) ending: LineEnding,
    pub(crate) label: Label,
    pub(crate) reason: Reason,
    pub(crate) continues: bool,
}

impl<'a> Line<'a> {
    /// The line's text, without its line ending (and, on the first line, without a
    /// leading byte-order mark). Surrounding spaces are kept.
    ///
    /// ```
    /// let article = unboil::clean("\u{feff}  Home \r\n");
    /// assert_eq!(article.lines()[0].text(), "  Home ");
    /// ```
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The line number, counting from 1.
    ///
    /// ```
    /// let article = unboil::clean("a\n\nb");
    /// assert_eq!(article.lines()[2].number(), 3);
    /// ```
    pub fn number(&self) -> usize {
        self.number
    }

    /// The byte range of [`text`](Line::text) in the input.
    ///
    /// ```
    /// let article = unboil::clean("ab\r\ncd");
    /// assert_eq!(article.lines()[1].span(), 4..6);
    /// ```
    pub fn span(&self) -> Range<usize> {
        self.start..self.start + self.text.len()
    }

    /// The byte range of the whole line in the input: a leading byte-order mark,
    /// the text and the line ending. The full spans of an article's lines tile the
    /// input exactly.
    ///
    /// ```
    /// let input = "\u{feff}a\r\nb";
    /// let spans: Vec<_> = unboil::clean(input).lines().iter().map(|l| l.full_span()).collect();
    /// assert_eq!(spans, [0..6, 6..7]);
    /// ```
    pub fn full_span(&self) -> Range<usize> {
        let start = if self.bom {
            self.start - '\u{feff}'.len_utf8()
        } else {
            self.start
        };
        start..self.start + self.text.len() + self.ending.len()
    }

    /// How the line ended.
    ///
    /// ```
    /// let article = unboil::clean("a\r\nb");
    /// assert_eq!(article.lines()[0].ending(), unboil::LineEnding::CrLf);
    /// assert_eq!(article.lines()[1].ending(), unboil::LineEnding::None);
    /// ```
    pub fn ending(&self) -> LineEnding {
        self.ending
    }

    /// The line's label.
    ///
    /// ```
    /// let article = unboil::clean("Subscribe to our newsletter\n");
    /// assert_eq!(article.lines()[0].label(), unboil::Label::Boilerplate);
    /// ```
    pub fn label(&self) -> Label {
        self.label
    }

    /// The rule that decided the label. [`Article::explain`] adds the scores the
    /// rule read.
    ///
    /// ```
    /// let article = unboil::clean("\n");
    /// assert_eq!(article.lines()[0].reason(), unboil::Reason::Blank);
    /// ```
    pub fn reason(&self) -> Reason {
        self.reason
    }

    /// Whether the line continues the paragraph of the line before it: true for
    /// every line but the first of a hard-wrapped paragraph (plain-text mail, an
    /// RFC, `<pre>` text: lines of 40 to 100 characters that continue each other's
    /// sentences), which is judged, and given by [`Article::body`], whole.
    ///
    /// ```
    /// let text = "This draft describes a protocol by which client-side applications,\n\
    ///     running inside a web browser, can communicate with a data storage\n\
    ///     server that is hosted on a different domain name.\n";
    /// let article = unboil::clean(text);
    /// let continues: Vec<bool> = article.lines().iter().map(|l| l.continues()).collect();
    /// assert_eq!(continues, [false, true, true]);
    /// ```
    pub fn continues(&self) -> bool {
        self.continues
    }

    /// Whether the line is empty or only whitespace.
    ///
    /// ```
    /// assert!(unboil::clean(" \t\n").lines()[0].is_blank());
    /// ```
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }
}

/// The input, split into labeled lines, with the article's parts at hand.
///
/// An `Article` is lossless: it keeps every line of the input in order, and
/// joining each line's [`full span`](Line::full_span) gives back the input byte
/// for byte. Boilerplate is labeled, never dropped.
///
/// ```
/// let input = "Home | World | Sport\n\
///     Rain Returns To The Valley\n\
///     By Jane Doe\n\
///     After three dry months, heavy rain fell across the valley on Sunday, and farmers said it came just in time for the harvest.\n\
///     Forecasters expect more of it this week, although the reservoirs will need a wet winter to fill up again.\n";
/// let article = unboil::clean(input);
/// assert_eq!(article.headline(), Some("Rain Returns To The Valley"));
/// assert_eq!(article.byline(), Some("By Jane Doe"));
/// assert_eq!(article.authors(), ["Jane Doe"]);
/// assert_eq!(article.body().count(), 2);
/// assert_eq!(article.lines()[0].label(), unboil::Label::Boilerplate);
/// ```
#[derive(Clone)]
pub struct Article<'a> {
    pub(crate) input: &'a str,
    pub(crate) lines: Vec<Line<'a>>,
    pub(crate) language: Option<Language>,
    /// What [`Article::explain`] needs to recompute a line's features and verdict.
    pub(crate) config: Config,
    pub(crate) stoplist: &'static Stoplist,
    pub(crate) measure: crate::classify::Measure,
}

impl std::fmt::Debug for Article<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Article")
            .field("input", &self.input)
            .field("lines", &self.lines)
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

/// Two articles are equal when they cleaned the same input into the same lines
/// with the same configuration.
impl PartialEq for Article<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.input == other.input
            && self.lines == other.lines
            && self.config == other.config
            && std::ptr::eq(self.stoplist, other.stoplist)
    }
}

/// A [`Config`] in an article was validated, so its thresholds are never NaN.
impl Eq for Article<'_> {}

impl<'a> Article<'a> {
    /// The text that was cleaned.
    ///
    /// ```
    /// assert_eq!(unboil::clean("Home\n").input(), "Home\n");
    /// ```
    pub fn input(&self) -> &'a str {
        self.input
    }

    /// The language the text was read as: the one fixed by
    /// [`Config::language`](crate::Config::language), else the one detected from
    /// the text; `None` when detection was unsure (the text was then read with the
    /// English stoplist).
    ///
    /// ```
    /// use unboil::Language;
    /// let text = "Le gouvernement a annoncé lundi qu'il ne pourra pas terminer le rapport avant la fin de l'année, car les données dont il a besoin sont encore en cours de collecte.\n";
    /// assert_eq!(unboil::clean(text).language(), Some(Language::French));
    /// assert_eq!(unboil::clean("Home\nSport\n").language(), None);
    /// ```
    pub fn language(&self) -> Option<Language> {
        self.language
    }

    /// Every line of the input, in order.
    ///
    /// ```
    /// let input = "one\r\ntwo\n\nthree";
    /// let article = unboil::clean(input);
    /// let rebuilt: String = article.lines().iter().map(|l| &input[l.full_span()]).collect();
    /// assert_eq!(rebuilt, input);
    /// ```
    pub fn lines(&self) -> &[Line<'a>] {
        &self.lines
    }

    /// The lines with `label`, in order.
    ///
    /// ```
    /// let article = unboil::clean("Copyright 2025\n");
    /// assert_eq!(article.lines_with(unboil::Label::Boilerplate).count(), 1);
    /// ```
    pub fn lines_with(&self, label: Label) -> impl Iterator<Item = &Line<'a>> + '_ {
        self.lines.iter().filter(move |l| l.label == label)
    }

    /// The headline, trimmed (as [`Article::body`] trims); `None` when no line
    /// was taken for it.
    ///
    /// ```
    /// let text = "  Old Bridge Closes After 114 Years  \n\
    ///     The council voted on Monday to close the old bridge, which has carried traffic across the river since 1911.\n\
    ///     Repairs would have cost more than a new bridge, the council said in a statement after the vote.\n";
    /// assert_eq!(unboil::clean(text).headline(), Some("Old Bridge Closes After 114 Years"));
    /// assert_eq!(unboil::clean("Home\n").headline(), None);
    /// ```
    pub fn headline(&self) -> Option<&'a str> {
        self.lines_with(Label::Headline)
            .next()
            .map(|l| l.text.trim_matches(is_trimmed))
    }

    /// The first byline line, trimmed; `None` when there is none.
    ///
    /// ```
    /// let text = "By Jane Doe\n\
    ///     The council voted on Monday to close the old bridge, which has carried traffic across the river since 1911.\n";
    /// assert_eq!(unboil::clean(text).byline(), Some("By Jane Doe"));
    /// ```
    pub fn byline(&self) -> Option<&'a str> {
        self.lines_with(Label::Byline).next().map(|l| l.text.trim())
    }

    /// The author names read from the byline lines, in order, without repeats.
    /// Editors and contributors are credited on byline lines but are not authors.
    ///
    /// ```
    /// use unboil::clean;
    /// let text = "By Alice Smith and Bob Jones\n\
    ///     The council voted on Monday to close the old bridge, which has carried traffic across the river since 1911.\n\
    ///     Repairs would have cost more than a new bridge, the council said in a statement after the vote.\n";
    /// assert_eq!(clean(text).authors(), ["Alice Smith", "Bob Jones"]);
    /// ```
    pub fn authors(&self) -> Vec<&'a str> {
        let mut names: Vec<&'a str> = Vec::new();
        for line in self.lines_with(Label::Byline) {
            for name in crate::byline::authors(line.text) {
                if !names.contains(&name) {
                    names.push(name);
                }
            }
        }
        names
    }

    /// The body paragraphs, trimmed (of whitespace and of stray byte-order marks,
    /// U+FEFF, which would read as one at the start of the [clean
    /// text](Article::text)), in order.
    ///
    /// A paragraph is one body line, except a hard-wrapped paragraph: its body
    /// lines that [continue](Line::continues) each other are one paragraph, given
    /// as it stands in the input, line breaks and indentation included. Paragraphs
    /// borrow from the input (nothing is re-joined or copied), and the [clean
    /// text](Article::text) of a wrapped paragraph wraps the same way, so cleaning
    /// it again judges the paragraph whole again instead of line by line.
    ///
    /// ```
    /// let text = "Share this\n\
    ///     The council voted on Monday to close the old bridge, which has carried traffic across the river since 1911.\n";
    /// let body: Vec<&str> = unboil::clean(text).body().collect();
    /// assert_eq!(body, ["The council voted on Monday to close the old bridge, which has carried traffic across the river since 1911."]);
    ///
    /// let wrapped = "This draft describes a protocol by which client-side applications,\n\
    ///     running inside a web browser, can communicate with a data storage\n\
    ///     server that is hosted on a different domain name.\n";
    /// let body: Vec<&str> = unboil::clean(wrapped).body().collect();
    /// assert_eq!(body, [wrapped.trim_end()]);
    /// ```
    pub fn body(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.paragraphs(|label| label == Label::Body)
    }

    /// The article as clean text: its headline, byline and body paragraphs in
    /// the order the input has them, one blank line between them (`"\n\n"`, none
    /// at the end); empty when there is no body. Captions, menus and the rest of
    /// the page are left out. A paragraph is one of [`Article::body`]'s, a
    /// headline or byline line is trimmed the same way.
    ///
    /// The text holds the headline and byline so that it can be stored and
    /// cleaned again, and give the same article: a title-like line over prose
    /// is a clean text's headline, and the byline is evidence the headline
    /// search reads. With the body alone, a body paragraph that reads like a
    /// title (a subheading, a short first paragraph) would open the text and be
    /// taken for its headline. For the body alone, join [`Article::body`].
    ///
    /// ```
    /// let page = "Home | World | Sport\n\
    ///     Rain Returns To The Valley\n\
    ///     By Jane Doe\n\
    ///     After three dry months, heavy rain fell across the valley on Sunday, and farmers said it came just in time for the harvest.\n\
    ///     Forecasters expect more of it this week, although the reservoirs will need a wet winter to fill up again.\n\
    ///     Subscribe to our newsletter\n";
    /// let article = unboil::clean(page);
    /// let text = article.text();
    /// assert!(text.starts_with("Rain Returns To The Valley\n\nBy Jane Doe\n\nAfter three dry months"));
    /// // Cleaning the clean text again gives the same article.
    /// let again = unboil::clean(&text);
    /// assert_eq!(again.headline(), article.headline());
    /// assert_eq!(again.byline(), article.byline());
    /// assert!(again.body().eq(article.body()));
    /// assert_eq!(again.text(), text);
    ///
    /// assert_eq!(unboil::clean("").text(), "");
    /// ```
    pub fn text(&self) -> String {
        self.text_prefix(usize::MAX)
    }

    /// The first `max` bytes of [`text`](Article::text) (fewer when a character
    /// straddles the cut): the language detector reads a bounded sample, and a
    /// 100 MB article is not copied for it.
    pub(crate) fn text_prefix(&self, max: usize) -> String {
        let mut out = String::new();
        if self.body().next().is_none() {
            return out;
        }
        for part in self.paragraphs(|label| label != Label::Boilerplate) {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            let room = max.saturating_sub(out.len());
            if part.len() > room {
                let mut end = room;
                while !part.is_char_boundary(end) {
                    end -= 1;
                }
                out.push_str(&part[..end]);
                break;
            }
            out.push_str(part);
        }
        out
    }

    /// The paragraphs of the lines whose label `keep` accepts, in order,
    /// trimmed: one line each, except the body lines of a hard-wrapped paragraph,
    /// which are one paragraph (see [`Line::continues`]).
    fn paragraphs(&self, keep: fn(Label) -> bool) -> impl Iterator<Item = &'a str> + '_ {
        let (lines, input) = (&self.lines, self.input);
        let mut i = 0;
        std::iter::from_fn(move || {
            while !keep(lines.get(i)?.label) {
                i += 1;
            }
            let first = &lines[i];
            let mut last = first;
            i += 1;
            while let Some(next) = lines
                .get(i)
                .filter(|l| first.label == Label::Body && l.label == Label::Body && l.continues)
            {
                last = next;
                i += 1;
            }
            Some(input[first.start..last.start + last.text.len()].trim_matches(is_trimmed))
        })
    }
}

/// What [`Article::body`] trims off a paragraph: whitespace and U+FEFF, which
/// is a byte-order mark at the start of a text and invisible anywhere else.
fn is_trimmed(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pipelines keep one `Line` per input line in memory: it must not grow past
    /// 40 bytes on 64-bit targets. Scores are recomputed by
    /// [`Article::explain`] instead of being stored here.
    #[test]
    #[cfg(target_pointer_width = "64")]
    fn line_stays_small() {
        assert!(
            std::mem::size_of::<Line<'_>>() <= 40,
            "Line is {} bytes",
            std::mem::size_of::<Line<'_>>()
        );
    }
}
