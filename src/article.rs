//! The result of cleaning: every input line with its label.

use std::iter::FusedIterator;
use std::ops::Range;

use crate::records::Records;
use crate::stopwords::Stoplist;
use crate::{Config, Label, Language, LineEnding, Reason};

/// One line of the input, with its label and where it came from.
///
/// The text borrows from the input: no line is copied. An [`Article`] stores
/// its lines in a compact form (8 bytes a line) and builds a `Line` when
/// [`Lines`] hands it out.
///
/// ```
/// let input = "Title Of The Story\nIt was a dark and stormy night, and the rain fell in torrents.\n";
/// let article = unboil::clean(input);
/// let line = article.lines().get(1).unwrap();
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
    /// assert_eq!(article.lines().get(0).unwrap().text(), "  Home ");
    /// ```
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The line number, counting from 1.
    ///
    /// ```
    /// let article = unboil::clean("a\n\nb");
    /// assert_eq!(article.lines().get(2).unwrap().number(), 3);
    /// ```
    pub fn number(&self) -> usize {
        self.number
    }

    /// The byte range of [`text`](Line::text) in the input.
    ///
    /// ```
    /// let article = unboil::clean("ab\r\ncd");
    /// assert_eq!(article.lines().get(1).unwrap().span(), 4..6);
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
    /// let endings: Vec<_> = article.lines().iter().map(|l| l.ending()).collect();
    /// assert_eq!(endings, [unboil::LineEnding::CrLf, unboil::LineEnding::None]);
    /// ```
    pub fn ending(&self) -> LineEnding {
        self.ending
    }

    /// The line's label.
    ///
    /// ```
    /// let article = unboil::clean("Subscribe to our newsletter\n");
    /// assert_eq!(article.lines().get(0).unwrap().label(), unboil::Label::Boilerplate);
    /// ```
    pub fn label(&self) -> Label {
        self.label
    }

    /// The rule that decided the label. [`Article::explain`] adds the scores the
    /// rule read.
    ///
    /// ```
    /// let article = unboil::clean("\n");
    /// assert_eq!(article.lines().get(0).unwrap().reason(), unboil::Reason::Blank);
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
    /// assert!(unboil::clean(" \t\n").lines().get(0).unwrap().is_blank());
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
/// assert_eq!(article.lines().get(0).unwrap().label(), unboil::Label::Boilerplate);
/// ```
#[derive(Clone)]
pub struct Article<'a> {
    pub(crate) input: &'a str,
    pub(crate) records: Records,
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
            .field("lines", &self.lines())
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

/// Two articles are equal when they cleaned the same input into the same lines
/// with the same configuration.
impl PartialEq for Article<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.input == other.input
            && self.records == other.records
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
    /// assert_eq!(article.lines().len(), 4);
    /// ```
    pub fn lines(&self) -> Lines<'_, 'a> {
        Lines {
            input: self.input,
            records: &self.records,
        }
    }

    /// The lines with `label`, in order.
    ///
    /// ```
    /// let article = unboil::clean("Copyright 2025\n");
    /// assert_eq!(article.lines_with(unboil::Label::Boilerplate).count(), 1);
    /// ```
    pub fn lines_with(&self, label: Label) -> impl Iterator<Item = Line<'a>> + '_ {
        (0..self.records.len())
            .filter(move |&i| self.records.label(i) == label)
            .map(move |i| self.records.line(self.input, i))
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
            .map(|l| l.text().trim_matches(is_trimmed))
    }

    /// The first byline line, trimmed; `None` when there is none.
    ///
    /// ```
    /// let text = "By Jane Doe\n\
    ///     The council voted on Monday to close the old bridge, which has carried traffic across the river since 1911.\n";
    /// assert_eq!(unboil::clean(text).byline(), Some("By Jane Doe"));
    /// ```
    pub fn byline(&self) -> Option<&'a str> {
        self.lines_with(Label::Byline)
            .next()
            .map(|l| l.text().trim())
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
            for name in crate::byline::authors(line.text()) {
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
    /// straddles the cut). The language detector reads the same sample from
    /// [`text_paragraphs`](Article::text_paragraphs) without copying it; its
    /// tests hold the two readings to the same counts.
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

    /// The paragraphs [`text`](Article::text) is made of, in order, each with
    /// the range of the lines it spans: what the language detector reads
    /// instead of the text (`language::detect_text`). None when the article
    /// has no body (its text is empty).
    pub(crate) fn text_paragraphs(
        &self,
    ) -> impl Iterator<Item = (std::ops::Range<usize>, &'a str)> + '_ {
        let has_body = self.body().next().is_some();
        self.paragraph_lines(|label| label != Label::Boilerplate)
            .filter(move |_| has_body)
    }

    /// The paragraphs of the lines whose label `keep` accepts, in order,
    /// trimmed: one line each, except the body lines of a hard-wrapped paragraph,
    /// which are one paragraph (see [`Line::continues`]).
    fn paragraphs(
        &self,
        keep: impl Fn(Label) -> bool + Copy + 'a,
    ) -> impl Iterator<Item = &'a str> + '_ {
        self.paragraph_lines(keep).map(|(_, text)| text)
    }

    /// [`paragraphs`](Article::paragraphs), each with the range of its lines.
    fn paragraph_lines(
        &self,
        keep: impl Fn(Label) -> bool + Copy + 'a,
    ) -> impl Iterator<Item = (std::ops::Range<usize>, &'a str)> + '_ {
        let (records, input) = (&self.records, self.input);
        let n = records.len();
        let mut i = 0;
        std::iter::from_fn(move || {
            i = records.find_label(i, keep)?;
            let first = i;
            let label = records.label(first);
            i += 1;
            while i < n
                && label == Label::Body
                && records.label(i) == Label::Body
                && records.continues(i)
            {
                i += 1;
            }
            let span = records.span(first).start..records.span(i - 1).end;
            Some((first..i, input[span].trim_matches(is_trimmed)))
        })
    }
}

/// What [`Article::body`] trims off a paragraph: whitespace and U+FEFF, which
/// is a byte-order mark at the start of a text and invisible anywhere else.
fn is_trimmed(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// The lines of an [`Article`], in order: what [`Article::lines`] gives.
///
/// A view, not a slice: the article stores each line in 8 bytes (where it
/// ends, its label and reason, a few flags) and builds the [`Line`] when it is
/// asked for, so [`get`](Lines::get) and the iterator give `Line`s by value
/// (they are `Copy`). [`to_vec`](Lines::to_vec) collects them for slice work.
///
/// ```
/// use unboil::Label;
/// let article = unboil::clean("Home\n\nThe council voted on Monday to close the old bridge, which has carried traffic across the river since 1911.\n");
/// let lines = article.lines();
/// assert_eq!(lines.len(), 3);
/// assert_eq!(lines.get(0).map(|l| l.text()), Some("Home"));
/// assert!(lines.get(3).is_none());
/// let labels: Vec<Label> = lines.iter().map(|l| l.label()).collect();
/// // The blank line is boilerplate, the prose body.
/// assert_eq!(labels[1..], [Label::Boilerplate, Label::Body]);
/// for line in lines {
///     assert!(line.number() <= 3);
/// }
/// ```
#[derive(Clone, Copy)]
pub struct Lines<'r, 'a> {
    input: &'a str,
    records: &'r Records,
}

impl<'r, 'a> Lines<'r, 'a> {
    /// How many lines there are.
    ///
    /// ```
    /// assert_eq!(unboil::clean("a\n\nb").lines().len(), 3);
    /// ```
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// Whether there are no lines (the input was empty).
    ///
    /// ```
    /// assert!(unboil::clean("").lines().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The line at `index` (counting from 0: line number `index + 1`), or
    /// `None` past the last line.
    ///
    /// ```
    /// let article = unboil::clean("a\nb");
    /// assert_eq!(article.lines().get(1).map(|l| l.text()), Some("b"));
    /// assert_eq!(article.lines().get(2), None);
    /// ```
    pub fn get(&self, index: usize) -> Option<Line<'a>> {
        (index < self.len()).then(|| self.records.line(self.input, index))
    }

    /// The lines in order.
    ///
    /// ```
    /// let numbers: Vec<usize> = unboil::clean("a\nb").lines().iter().map(|l| l.number()).collect();
    /// assert_eq!(numbers, [1, 2]);
    /// ```
    pub fn iter(&self) -> LineIter<'r, 'a> {
        LineIter {
            lines: *self,
            range: 0..self.len(),
        }
    }

    /// The lines in a vector (40 bytes a line), for work that wants a slice.
    ///
    /// ```
    /// let lines = unboil::clean("a\nb\nc").lines().to_vec();
    /// assert_eq!(lines[1..].len(), 2);
    /// ```
    pub fn to_vec(&self) -> Vec<Line<'a>> {
        self.iter().collect()
    }
}

impl std::fmt::Debug for Lines<'_, '_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<'r, 'a> IntoIterator for Lines<'r, 'a> {
    type Item = Line<'a>;
    type IntoIter = LineIter<'r, 'a>;

    fn into_iter(self) -> LineIter<'r, 'a> {
        self.iter()
    }
}

impl<'r, 'a> IntoIterator for &Lines<'r, 'a> {
    type Item = Line<'a>;
    type IntoIter = LineIter<'r, 'a>;

    fn into_iter(self) -> LineIter<'r, 'a> {
        self.iter()
    }
}

/// An iterator over an article's lines: see [`Lines::iter`].
#[derive(Debug, Clone)]
pub struct LineIter<'r, 'a> {
    lines: Lines<'r, 'a>,
    range: Range<usize>,
}

impl<'a> Iterator for LineIter<'_, 'a> {
    type Item = Line<'a>;

    #[inline]
    fn next(&mut self) -> Option<Line<'a>> {
        let i = self.range.next()?;
        Some(self.lines.records.line(self.lines.input, i))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.range.size_hint()
    }

    fn nth(&mut self, n: usize) -> Option<Line<'a>> {
        let i = self.range.nth(n)?;
        Some(self.lines.records.line(self.lines.input, i))
    }
}

impl DoubleEndedIterator for LineIter<'_, '_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        let i = self.range.next_back()?;
        Some(self.lines.records.line(self.lines.input, i))
    }
}

impl ExactSizeIterator for LineIter<'_, '_> {}

impl FusedIterator for LineIter<'_, '_> {}

#[cfg(test)]
mod tests {
    #[test]
    fn the_iterator_runs_both_ways_and_knows_its_length() {
        let article = crate::clean("a\nb\nc\nd");
        let mut iter = article.lines().iter();
        assert_eq!(iter.len(), 4);
        assert_eq!(iter.next_back().map(|l| l.text()), Some("d"));
        assert_eq!(iter.nth(1).map(|l| l.number()), Some(2));
        assert_eq!(iter.len(), 1);
        assert_eq!(iter.next().map(|l| l.text()), Some("c"));
        assert!(iter.next().is_none() && iter.next_back().is_none());
        let lines = article.lines();
        assert!(lines.iter().eq(lines.to_vec()));
        assert_eq!(format!("{lines:?}"), format!("{:?}", lines.to_vec()));
    }
}
