//! The pipeline: lines → features → classes → article block → headline → byline.

use once_cell::sync::Lazy;
use std::collections::HashSet;

use crate::article::Article;
use crate::classify::{self, Class};
use crate::features::{Extractor, FeatureTable, Features};
use crate::lines;
use crate::pickers;
use crate::records::Records;
use crate::sections;
use crate::stopwords::Stoplist;
use crate::{
    byline, headline, language, repeats, Config, ConfigError, Label, Language, NotUtf8Error, Reason,
};

/// A configured cleaner. Build it once and share it: it is `Send + Sync`, holds only
/// its [`Config`], and the word lists and regexes it uses are compiled once per
/// process.
///
/// ```
/// use unboil::{Cleaner, Config, Label};
///
/// let cleaner = Cleaner::new(Config::builder().length_low(60).build()?)?;
/// let article = cleaner.clean("Subscribe to our newsletter\n");
/// assert_eq!(article.lines().get(0).unwrap().label(), Label::Boilerplate);
/// # Ok::<(), unboil::ConfigError>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Cleaner {
    config: Config,
}

static DEFAULT: Lazy<Cleaner> = Lazy::new(Cleaner::default);

/// Cleans `text` with the default configuration.
///
/// ```
/// let article = unboil::clean("Skip to content\nThe bridge opened on Monday, and the first cars crossed it within minutes of the ceremony ending.\n");
/// assert_eq!(article.body().count(), 1);
/// ```
pub fn clean(text: &str) -> Article<'_> {
    DEFAULT.clean(text)
}

/// Cleans `bytes` that should be UTF-8, with the default configuration; see
/// [`Cleaner::clean_bytes`].
///
/// ```
/// assert_eq!(unboil::clean_bytes(b"Home\n").unwrap().lines().len(), 1);
/// assert!(unboil::clean_bytes(b"Caf\xe9\n").is_err());
/// ```
pub fn clean_bytes(bytes: &[u8]) -> Result<Article<'_>, NotUtf8Error> {
    DEFAULT.clean_bytes(bytes)
}

impl Cleaner {
    /// A cleaner with `config`, or the reason the config cannot work.
    ///
    /// ```
    /// let bad = unboil::Config { length_low: 300, length_high: 100, ..Default::default() };
    /// assert!(unboil::Cleaner::new(bad).is_err());
    /// ```
    pub fn new(config: Config) -> Result<Cleaner, ConfigError> {
        config.validate()?;
        Ok(Cleaner { config })
    }

    /// The configuration in use.
    ///
    /// ```
    /// assert_eq!(unboil::Cleaner::default().config(), &unboil::Config::default());
    /// ```
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Labels every line of `bytes` when they are UTF-8, without copying them;
    /// otherwise says where the first bad byte is, and nothing is cleaned. To go on
    /// with such input, decode it first (for example with
    /// [`String::from_utf8_lossy`]) and call [`clean`](Cleaner::clean);
    /// [`NotUtf8Error`] explains why this is not done silently.
    ///
    /// ```
    /// let cleaner = unboil::Cleaner::default();
    /// let article = cleaner.clean_bytes("Grüße aus Köln\n".as_bytes())?;
    /// assert_eq!(article.lines().get(0).unwrap().text(), "Grüße aus Köln");
    /// let err = cleaner.clean_bytes(b"Gr\xfc\xdfe\n").unwrap_err();
    /// assert_eq!((err.valid_up_to(), err.line()), (2, 1));
    /// # Ok::<(), unboil::NotUtf8Error>(())
    /// ```
    pub fn clean_bytes<'a>(&self, bytes: &'a [u8]) -> Result<Article<'a>, NotUtf8Error> {
        match std::str::from_utf8(bytes) {
            Ok(text) => Ok(self.clean(text)),
            Err(err) => Err(NotUtf8Error::new(bytes, err)),
        }
    }

    /// Labels every line of `text`.
    ///
    /// ```
    /// let article = unboil::Cleaner::default().clean("Home\nNews\n");
    /// assert_eq!(article.lines().len(), 2);
    /// ```
    pub fn clean<'a>(&self, text: &'a str) -> Article<'a> {
        if let Some(language) = self.config.language {
            return self.clean_as(text, Some(language));
        }
        // The language of the page, then that of its article: the article's own
        // text names it when the page's clutter (a menu, a language picker, a
        // foreign sidebar) tipped the page's counts, or names none when the
        // article is too short to say. The page is cleaned again in the
        // article's language until the two agree (at most
        // `LANGUAGE_ROUNDS` times), so that cleaning the clean text
        // (`Article::text`), whose detection reads the same text, starts in
        // the language it ends in.
        // (The article's text is not built for it: its paragraphs are read
        // in place, and those in the page's sample lend that reading's
        // counts, see `language::detect_text`.)
        let (mut language, sample) = language::detect_page(text);
        let mut article = self.clean_as(text, language);
        for _ in 0..LANGUAGE_ROUNDS {
            let own = language::detect_text(article.text_paragraphs(), &sample);
            if own == language {
                break;
            }
            language = own;
            drop(article);
            article = self.clean_as(text, language);
        }
        article
    }

    /// Labels every line of `text`, read in `language` (`None`: no language).
    fn clean_as<'a>(&self, text: &'a str, language: Option<Language>) -> Article<'a> {
        // Memory: every per-line vector is allocated once at its exact size, and
        // each lives only as long as a stage needs it, so that the peak stays
        // under 48 bytes per line with the returned article included (see
        // `tests/memory.rs`). The article's line records (8 bytes a line, see
        // `records`) are made first, and the repeats and features read the
        // lines' texts from them; the headline and byline read a vector of the
        // texts (16 bytes a line), which takes the records' place while it
        // lives. Features (24 bytes) are stored for the non-blank lines only
        // (`FeatureTable`: a blank line costs a quarter of a byte).
        let config = &self.config;
        let stoplist = Stoplist::of(language.unwrap_or(Language::English));
        let n = lines::count(text);
        let (records, non_empty) = Records::new(text, n);
        let repeats = repeats::counts_of(records.texts(text), |i| records.text(text, i), non_empty);
        // A line the same as the one before it has its features: a run of
        // copies (a page of one repeated line) is read once. (Blank lines
        // cost less to read than to compare; comparing the last bytes first
        // turns most other lines away without a call.)
        // Whether any line is an end-of-article marker is noted on the way:
        // the rules about markers need no pass over the features without one.
        let mut reader = LineReader {
            extractor: Extractor::new(stoplist),
            before: "",
            before_features: Features::default(),
            any_marker: false,
        };
        // Only the non-blank lines' features are stored (see `FeatureTable`):
        // an empty line costs no write.
        let mut features = FeatureTable::new(n, non_empty);
        records.for_each_text(text, |i, t| {
            if !t.is_empty() {
                features.set(i, reader.non_empty(t));
            }
        });
        let any_marker = reader.any_marker;
        let announced = if any_marker {
            classify::announced_markers(|i| records.text(text, i), &features)
        } else {
            classify::LineSet::default()
        };

        // A detected language has its own stoplist; only an unknown one may need
        // the script-neutral measure.
        let measure = match language {
            Some(_) => classify::Measure::Stopwords,
            None => classify::Measure::Either,
        };
        // Blank lines are blank whatever their repeats: only the others are
        // judged.
        let blank = classify::context_free(&Features::default(), 0, measure, config);
        let mut initial = vec![blank; n];
        for (i, f) in features.non_blank() {
            initial[i] = classify::context_free(f, repeats[i], measure, config);
        }
        drop(repeats);
        let continues = classify::join_wrapped(&features, &mut initial, measure, config, |i| {
            byline::is_byline_line(records.text(text, i), features[i].keyword)
        });
        classify::keep_announced_sections(&announced, &mut initial);
        let announced_any = !announced.is_empty();
        drop(announced);
        // A run of language names ("Deutsch", "English", "中文") is a
        // language picker: boilerplate, but no evidence of a page (`pickers`).
        pickers::mark(&mut initial, &features, |i| records.text(text, i));
        let finishes_sentence = |p: usize, i: usize| {
            classify::finishes_sentence(records.text(text, p), records.text(text, i), stoplist)
        };
        let evidence = classify::Evidence {
            initial: &initial,
            features: &features,
            measure,
            config,
            finishes_sentence: &finishes_sentence,
        };
        // A clean text's article (its span) must be a clean text too: it is
        // what `Article::text` holds, without the lines that diluted the
        // page's share of evidence.
        // (`Some` for a clean text: its span, `None` inside when it has no
        // line of prose.)
        let clean_span = classify::is_clean_text(&initial, |i| evidence.at(i))
            .then(|| classify::text_span(&initial))
            .filter(|span| {
                span.clone()
                    .map_or(true, |span| evidence.is_rare_in_span(span))
            });
        let clean_text = clean_span.is_some();
        let resolved = classify::resolve(&initial, &features);
        // A clean text's block runs from its first line of prose to its last;
        // `edges` is how far its article may run beyond them (see below).
        let (block, edges) = if let Some(span) = clean_span {
            let span = span.unwrap_or(0..0);
            let edges = if span.is_empty()
                || !classify::is_furniture_free(&initial, span.clone(), |i| evidence.at(i))
            {
                0..0
            } else {
                classify::clean_text_block(&initial, span.clone())
            };
            (span, edges)
        } else {
            let block = classify::article_block(&resolved, &features).unwrap_or(0..0);
            (block, 0..0)
        };

        // The block's verdicts, which the marker rule below weighs again
        // (two bytes a line of the block), kept only when a table of
        // contents announced a marker that the block may run past.
        let block_verdicts: Vec<classify::Verdict> = if !clean_text && announced_any {
            resolved[block.clone()].to_vec()
        } else {
            Vec::new()
        };
        // Collected in place of `resolved` (both are two bytes a line): the
        // labels need no allocation of their own.
        let mut decided: Vec<(Label, Reason)> = resolved
            .into_iter()
            .enumerate()
            .map(|(i, v)| match v.class {
                Class::Good if !block.contains(&i) => (Label::Boilerplate, Reason::OutsideArticle),
                _ if !block.contains(&i) => (Label::Boilerplate, v.reason),
                // Inside the block.
                Class::Good => (Label::Body, v.reason),
                Class::Bad | Class::Short
                    if clean_text && !evidence.is_furniture_in_clean_text(i) =>
                {
                    (Label::Body, Reason::CleanText)
                }
                _ if classify::is_body_inside_block(v, &features[i], config) => {
                    (Label::Body, Reason::InsideArticle)
                }
                _ => (Label::Boilerplate, v.reason),
            })
            .collect();
        if !clean_text {
            subheadings_between_body(&mut decided, &features, block.clone());
        }

        // The headline search reads only the first few body lines (the lead) and
        // whether there is more than one: a prefix of the body indices gives it the
        // same answer without a vector as long as the body.
        let body: Vec<usize> = block
            .clone()
            .filter(|&i| decided[i].0 == Label::Body)
            .take(HEADLINE_BODY_PREFIX)
            .collect();
        // Two things a clean text's verdicts tell are read again once its
        // headline is known, to place its span as the clean text will (see
        // the furniture test and the span's end below): which lines are
        // prose, and which repeat (the span made them `CleanText`). A bit a
        // line each; a page needs neither, nor a text without a body line
        // (nothing below reads them then).
        let (prose_lines, repeated_lines, edge_furniture) = if clean_text && !body.is_empty() {
            (
                classify::LineSet::of(n, |i| {
                    matches!(initial[i].class, Class::Good | Class::NearGood)
                }),
                classify::LineSet::of(n, |i| initial[i].reason == Reason::Repeated),
                // What `classify::is_furniture_free` looks for at the edges.
                classify::LineSet::of(n, |i| evidence.at(i) || initial[i].reason == Reason::Markup),
            )
        } else {
            Default::default()
        };
        drop(initial);
        let is_prose = |i: usize| prose_lines.contains(i);
        // Without a body line nothing below reads a line's text (the headline
        // search needs body lines, the byline zone and "Posted on" lines are
        // found next to them): the texts are not gathered again.
        let (texts, records) = if body.is_empty() {
            (Vec::new(), Some(records))
        } else {
            drop(records);
            (line_texts(text, n), None)
        };
        // A section heading that a table of contents above repeats is the
        // article's, not a repeated menu item, and so is a list that a
        // sentence of the article introduces with a colon (`sections`).
        if !clean_text && !texts.is_empty() {
            sections::structure(&mut decided, &features, &texts, block.clone());
        }
        // The first line of a hard-wrapped paragraph reads like a title (no
        // sentence end) but the next line continues it: it is never the headline,
        // whichever rule below proposes it (`wraps_on`). Taken for the headline,
        // it would leave the rest of its paragraph in the body, to be judged
        // without it, as a shorter paragraph, when the clean text is cleaned
        // again.
        // In a clean text, the headline opens the article: a title-like line
        // under its first paragraph of prose is a subheading (on a page, the
        // block may start with teasers above the article's title) unless the
        // page's title names it, and the text's first line is the headline
        // when it reads like one, even one long enough to count as that first
        // paragraph of prose (a title of 16 words over a standfirst).
        let wraps_on = |h: usize| continues.get(h + 1).is_some_and(|&c| c);
        let opening = |upto: usize| {
            (0..=upto).find(|&i| !features[i].is_blank()).filter(|&i| {
                headline::is_title_like(texts[i], &features[i], config)
                    && !byline::may_be_byline(texts[i], features[i].keyword)
                    && !wraps_on(i)
            })
        };
        // Whether the text prints line `o` again at or after line `from`
        // (compared as the clean text has them: U+FEFF trimmed too).
        let printed_again = |o: usize, from: usize| {
            let title = lines::trim_invisible(texts[o]);
            texts[from..]
                .iter()
                .any(|t| lines::trim_invisible(t) == title)
        };
        let headline = headline::find(
            &texts,
            &features,
            &continues,
            &body,
            stoplist,
            config,
            body.first().copied().filter(|_| clean_text),
        )
        .filter(|&(h, _)| !wraps_on(h));
        let mut headline = match headline {
            // The text's first line is no headline by its place alone when it
            // is the span's first line of prose and the text prints it again
            // further down: a page drops its title printed again, so a line
            // of its article that stands twice in a clean text is one a page
            // without a headline kept twice, which the clean text must keep
            // as that page did
            // (`copy_of_a_headline_less_pages_line_dropped_in_the_clean_text`
            // in `tests/fuzz_regressions.rs`). A title-like line above the
            // span printed again is the title, as in the rule below.
            Some((h, false)) if clean_text && h > block.start => opening(block.start)
                .filter(|&o| o < block.start || !printed_again(o, o + 1))
                .map(|i| (i, false)),
            // The first line of prose, taken as its own title under a
            // title-like first line that the text prints again further down:
            // that first line is the title (the page took it, and kept its
            // copy inside the text). The search passes it over when it reads
            // as a page's `<title>` (a separator: "Samantha · 18 min read")
            // or repeats (`headline_printed_again_inside_the_clean_text` in
            // `tests/fuzz_regressions.rs`).
            Some((h, false)) if clean_text && h == block.start => Some(
                opening(block.start)
                    .filter(|&o| o < h && printed_again(o, h + 1))
                    .map_or((h, false), |o| (o, false)),
            ),
            // Named by a page title or not, a line under the first paragraph
            // of prose that the text's first line prints word for word is
            // that line printed again: the clean text opens with its
            // headline, and a garbled or title-less lead must not send the
            // search to the copy (`headline_copy_under_a_garbled_lead` in
            // `tests/fuzz_regressions.rs`).
            Some((h, true)) if clean_text && h > block.start => Some(
                opening(block.start)
                    .filter(|&o| lines::trim_invisible(texts[o]) == lines::trim_invisible(texts[h]))
                    .map_or((h, true), |o| (o, true)),
            ),
            found => found,
        };
        // A row of links or a repeated short line at the edges is furniture
        // too (see `classify::is_furniture_free`), read only for a clean text
        // that may run to its edges, except a copy of the headline (the title
        // printed twice) and an entry of the text's table of contents
        // (`classify::names_a_heading`: "Setting up" naming "Setting up¶").
        // Without texts there is no body.
        let edge_test = EdgeTest {
            texts: &texts,
            features: &features,
            repeated_lines: &repeated_lines,
            evidence_or_markup: &edge_furniture,
        };
        let edges = if edges.is_empty() || texts.is_empty() {
            0..0
        } else {
            // The clean text (`Article::text`) opens with the headline, and its
            // span with its first line of prose under it: when the headline
            // stands inside this span, the lines between the two are at the
            // clean text's edge, and judged there as the clean text will judge
            // them (a list item repeated further down is no part of an
            // article that runs to its edges,
            // `list_item_body_on_the_page_repeated_in_the_clean_text` in
            // `tests/fuzz_regressions.rs`). Inside the span they are body by
            // it, so their own verdicts tell whether they repeat.
            let under_headline = match headline {
                Some((h, _)) if block.start < h && h < block.end => {
                    let first = (h + 1..block.end).find(|&i| is_prose(i));
                    h + 1..first.unwrap_or(block.end)
                }
                _ => 0..0,
            };
            let outside = || {
                (0..block.start)
                    .chain(under_headline.clone())
                    .chain(block.end..n)
            };
            // The lines under an inner headline are at the clean text's edge
            // too: no furniture there either (`classify::is_furniture_free`
            // read the span's edges before the headline was known, and found
            // no evidence or markup outside the span;
            // `inner_headline_over_markup_at_the_clean_texts_edge` in
            // `tests/fuzz_regressions.rs`).
            // Copies of the title are the title printed twice, no furniture:
            // of the headline, and of a title-like first line above the span
            // (an HTML-to-text tool's `<title>` line, which the search passes
            // over, or a line it passed over for another), headline or not.
            // The clean text (`Article::text`) opens with the page's headline,
            // whose copy the page kept inside the text
            // (`separator_headline_printed_again_among_a_clean_texts_lines`
            // and `title_copy_above_a_clean_texts_bare_name_headline` in
            // `tests/fuzz_regressions.rs`).
            let furniture_free = |title: Option<usize>| {
                let titles = edge_test.titles(title, opening(block.start), block.start);
                !edge_test.holds_furniture(&decided, outside(), block.clone(), &titles)
            };
            // A furniture-free clean text opens with its headline: when the
            // search took an item of a list above the first paragraph of prose
            // (a short line judged boilerplate for its neighbours or for
            // repeating, under a title-like line judged so too and over another
            // short line, no byline: a table-of-contents entry that shares the
            // lead's words, or one that names a heading further down),
            // the first line is the headline when it
            // reads like one, and the list under it is the article's. The
            // clean text (`Article::text`) opens with that line too, and finds
            // it again.
            let by_neighbours = |i: usize| {
                matches!(
                    decided[i].1,
                    Reason::ShortLineRun | Reason::BetweenBoilerplate | Reason::Repeated
                )
            };
            let is_list_item = |h: usize| {
                by_neighbours(h)
                    && (0..h)
                        .rev()
                        .find(|&p| !features[p].is_blank())
                        .is_some_and(|p| {
                            by_neighbours(p)
                                && headline::is_title_like(texts[p], &features[p], config)
                        })
                    && (h + 1..block.start)
                        .find(|&j| !features[j].is_blank())
                        .is_some_and(|j| {
                            (features[j].chars as usize) < config.length_low
                                && !byline::may_be_byline(texts[j], features[j].keyword)
                        })
            };
            let first = match headline {
                Some((h, false)) if h < block.start && is_list_item(h) => {
                    opening(h).filter(|&o| o < h)
                }
                _ => None,
            };
            if let Some(o) = first.filter(|&o| furniture_free(Some(o))) {
                headline = Some((o, false));
                edges
            } else if furniture_free(headline.map(|(h, _)| h)) {
                edges
            } else {
                0..0
            }
        };
        if let Some((h, _titled)) = headline {
            // Whether the headline is a paragraph the short lines under it may
            // lean on (a long title read as prose): see below.
            let anchor = (decided[h].0 == Label::Body
                && !matches!(decided[h].1, Reason::Subheading | Reason::Context))
                || decided[h].1 == Reason::OutsideArticle;
            decided[h] = (Label::Headline, Reason::TitleBeforeBody);
            // The article starts at its headline: what the block holds above it
            // is promos and teasers (the block started too early; the headline
            // search tells when the `<title>` names the headline, and it need
            // not), and the clean text (`Article::text`), which opens with the
            // headline, could not keep it in its place.
            for d in &mut decided[block.start.min(h)..h] {
                if d.0 == Label::Body {
                    *d = (Label::Boilerplate, Reason::OutsideArticle);
                }
            }
            // A page's block that started above the headline may have carried
            // a line body only inside the block (a long call to action)
            // under the lead on the weight of the lines above the headline.
            // The clean text opens with the headline and holds no line above
            // it: the lines under the headline are judged as a block of their
            // own, as it will judge them (`classify::run_under_headline`), before
            // the short lines under the headline are judged below.
            if !clean_text && block.start < h {
                let lines = h + 1..block.end.max(h + 1);
                if let Some(s) = classify::run_under_headline(&decided, &features, lines) {
                    for d in &mut decided[h + 1..s] {
                        if d.0 == Label::Body {
                            *d = (Label::Boilerplate, Reason::OutsideArticle);
                        }
                    }
                }
            }
            // A short line under the headline that is body only by its
            // neighbours (`Reason::Subheading`, `Reason::Context`) leaned on a
            // paragraph above the headline when none stands between them: that
            // paragraph is not the article, and in the clean text, which opens
            // with the headline, the line has none above it. It is judged as
            // there: between boilerplate (a menu under the title, "Home |
            // World | Sport").
            // Likewise a clean text's short line under the headline, body as
            // part of a span of prose that started above the headline
            // (`Reason::CleanText`): the clean text's span starts at its first
            // prose under the headline, and when the article does not run out
            // to the edges (furniture around it), the line is outside it.
            // The same holds for a short line right under a paragraph of
            // prose that the article does not hold (`Reason::OutsideArticle`:
            // the block starts under it): it leaned on that paragraph, which
            // the clean text has not (`short_line_leaning_on_prose_outside_the_block`
            // in `tests/fuzz_regressions.rs`).
            let span_above = clean_text && block.start < h && edges.is_empty();
            let mut above = decided[h].1;
            for d in &mut decided[h + 1..block.end.max(h + 1)] {
                let leaned_out = above == Reason::OutsideArticle;
                match *d {
                    (Label::Body, Reason::Subheading | Reason::Context)
                        if !anchor || leaned_out =>
                    {
                        *d = (Label::Boilerplate, Reason::BetweenBoilerplate);
                    }
                    (Label::Body, Reason::CleanText) if span_above => {
                        *d = (Label::Boilerplate, Reason::OutsideArticle);
                    }
                    // A line body only inside the block, which started above
                    // the headline: the clean text's block starts under it.
                    (Label::Body, Reason::InsideArticle) if block.start < h => {
                        *d = (Label::Boilerplate, Reason::OutsideArticle);
                    }
                    // A short line kept under a headline it leans on (a
                    // byline, a dateline) is no paragraph of the article
                    // yet: the lines above are looked at past it.
                    (Label::Body, Reason::Subheading | Reason::Context) => {}
                    (Label::Body, _) => break,
                    _ => {}
                }
                if d.1 != Reason::Blank {
                    above = d.1;
                }
            }
        }
        // A clean text without a line of furniture evidence has no menu and no
        // footer: its article runs from under the headline (or from the top) to
        // the text's edges, or to the nearest
        // end-of-article markers, over the lines before its first paragraph of
        // prose and after its last (`classify::clean_text_block`). A headline
        // that is the last line of prose heads nothing under it.
        // The profile-card rule below reads where the prose ends.
        // An end-of-article marker that the table of contents announced heads a
        // section (`classify::keep_announced_sections`) only while the
        // article keeps that table: the clean text (`Article::text`) has no
        // other, and there the marker ends the article. Without it, the
        // article ends at the marker here too.
        // One pass down the text, with the entries of the kept lines above
        // each marker in a set, so that the rule stays linear however many
        // markers there are.
        let is_marker = |i: usize| decided[i].0 == Label::Body && features[i].end_marker();
        let unannounced = if any_marker && (block.start..n).any(is_marker) {
            let mut entries: HashSet<String> = HashSet::new();
            (0..n).find(|&i| {
                if i >= block.start
                    && is_marker(i)
                    && !entries.contains(&classify::heading_key(texts[i]))
                {
                    return true;
                }
                if decided[i].0 != Label::Boilerplate {
                    entries.extend(classify::toc_entry_key(texts[i]));
                }
                false
            })
        } else {
            None
        };
        if let Some(m) = unannounced {
            // A page's block that ran past the marker may have taken in the
            // body lines just above it on the weight of the text under it:
            // the article ends where its body lines' running weight peaks
            // before the marker, as the clean text's block, which has no
            // text under them, ends too (`classify::kept_run_end`
            // and `lines_above_a_marker_carried_by_the_text_under_it` in
            // `tests/fuzz_regressions.rs`). Only while a body line of prose
            // stays above that end.
            // (A clean text, or a page whose block crossed no announced
            // marker, kept no verdicts and takes no pass.)
            let from = (!block_verdicts.is_empty())
                .then(|| {
                    classify::kept_run_end(
                        &block_verdicts,
                        block.start,
                        &features,
                        block.start..m,
                        |i| decided[i].0 == Label::Body,
                    )
                })
                .filter(|&e| {
                    (block.start..e).any(|i| decided[i] == (Label::Body, Reason::BodyText))
                })
                .unwrap_or(m);
            for d in &mut decided[from..] {
                if d.0 == Label::Body {
                    *d = (Label::Boilerplate, Reason::OutsideArticle);
                }
            }
            decided[m] = (Label::Boilerplate, Reason::EndOfArticleMarker);
        }
        // A short line that is body only by its neighbours (a subheading, a
        // line of context) heads or explains the text under it: after the
        // article's last other body line it has none, and it is page
        // furniture (a newsletter prompt, a credit) that the lines it leaned
        // on, resolved before the block was cut or the end marker found,
        // made body. The clean text (`Article::text`) ends at the article's
        // last paragraph, where the line stands between boilerplate, and a
        // credit under that paragraph is in its byline zone, which must
        // start there on the page too
        // (`editor_credit_after_the_last_paragraph` in
        // `tests/fuzz_regressions.rs`). A clean text's lines are body by its
        // span instead (`Reason::CleanText`).
        let by_neighbours = |d: &(Label, Reason)| {
            d.0 == Label::Body && matches!(d.1, Reason::Subheading | Reason::Context)
        };
        if let Some(p) = decided
            .iter()
            .rposition(|d| d.0 == Label::Body && !by_neighbours(d))
        {
            for d in &mut decided[p + 1..] {
                if by_neighbours(d) {
                    *d = (Label::Boilerplate, Reason::BetweenBoilerplate);
                }
            }
        }
        // Without texts there is no body (see above), and no rule below makes
        // one, nor a headline: the scans for them are skipped.
        let last_prose = if texts.is_empty() {
            None
        } else {
            decided.iter().rposition(|d| d.0 == Label::Body)
        };
        // A reporting credit right after the article's last paragraph ("Jane
        // Doe contributed to this report.") closes the article: too short to
        // read as prose, it stands between the text and the page's furniture,
        // which its neighbours' verdicts took it for.
        if let Some(j) = last_prose.and_then(|b| (b + 1..n).find(|&j| !features[j].is_blank())) {
            let (label, reason) = decided[j];
            if label == Label::Boilerplate
                && !classify::is_boilerplate_evidence(reason)
                && reason != Reason::Markup
                && (features[j].chars as usize) < config.length_high
                && crate::lexicon::LEXICONS.has_contributor_credit(texts[j])
            {
                decided[j] = (Label::Body, Reason::ContributorCredit);
            }
        }
        if !edges.is_empty() {
            let from = headline.map_or(edges.start, |(h, _)| h + 1);
            let to = match headline {
                Some((h, _)) if h + 1 >= block.end => from,
                _ => edges.end,
            };
            for i in (from..to).filter(|i| !block.contains(i)) {
                let (label, reason) = decided[i];
                if label != Label::Boilerplate
                    || reason == Reason::Blank
                    || classify::is_boilerplate_evidence(reason)
                {
                    continue;
                }
                decided[i] = (Label::Body, Reason::CleanText);
            }
        }
        // A short body line that repeats the headline is the title printed
        // again (a sticky header, a share text), not the article's text; in the
        // clean text, which holds the headline, it would stand twice, and the
        // repeat rule would take both copies for furniture. A copy of a long
        // headline is the title printed again too when it does not read as
        // prose alone (body only inside the block or the clean text): one
        // that does is the lead, which the headline was taken from. Left in
        // the page's header, the copy stands right under the headline in the
        // clean text, where it is taken for the headline, and the short lines
        // between the two (a "Like" button) fall outside the article
        // (`long_headline_copy_kept_in_the_body` in
        // `tests/fuzz_regressions.rs`).
        // A copy with the article's prose on both sides (a line read as
        // prose, other than a copy, between the headline and it, and one
        // below it) is inside the article, not in its header or footer,
        // where sticky headers and share texts stand: a subheading, or a text
        // printed twice, kept as the article's. A clean text's lines are body
        // by its span (`Reason::CleanText`), and its lines that read as prose
        // alone are its prose here: otherwise a copy between its paragraphs
        // had none around it, and the clean text, without that copy, lost
        // what named its headline
        // (`headline_copy_between_a_clean_texts_prose_lines` in
        // `tests/fuzz_regressions.rs`). (A page without a headline
        // keeps every copy; its clean text may take the first one for its
        // headline, `title_printed_twice_in_a_text_without_headline` in
        // `tests/fuzz_regressions.rs`, and the copy inside the text must stay
        // there too.)
        if let Some((h, _)) = headline {
            let short = (features[h].chars as usize) < config.length_low;
            // Compared as the clean text has them: U+FEFF trimmed too.
            let title = lines::trim_invisible(texts[h]);
            let is_copy = |i: usize| lines::trim_invisible(texts[i]) == title;
            let prose = |j: usize| {
                (decided[j] == (Label::Body, Reason::BodyText)
                    || (clean_text
                        && decided[j] == (Label::Body, Reason::CleanText)
                        && is_prose(j)))
                    && !is_copy(j)
            };
            let prose_from = (h + 1..n).find(|&j| prose(j));
            let prose_to = (h + 1..n).rev().find(|&j| prose(j));
            let inside_text =
                |i: usize| prose_from.is_some_and(|f| f < i) && prose_to.is_some_and(|l| i < l);
            // On a page, a short copy between paragraphs is body only for its
            // neighbours, or as a heading a table of contents names
            // (`sections`), over the repeat rule; in the clean text the
            // headline is its copy, the repeat rule takes it again and no
            // table names it there (`headline-copy-kept-as-a-named-heading`
            // in `tests/fuzz_regressions.rs`).
            let revived_repeat = |reason: Reason| {
                !clean_text && short && matches!(reason, Reason::Subheading | Reason::Context)
            };
            for i in 0..n {
                // A line of a hard-wrapped paragraph is the paragraph's text:
                // the paragraph is given whole, and its lines stand together
                // in the clean text too (see below for a partner that turns
                // byline).
                if decided[i].0 == Label::Body
                    && (short || decided[i].1 != Reason::BodyText)
                    && is_copy(i)
                    && (!inside_text(i) || revived_repeat(decided[i].1))
                    && !wrap_partner(&continues, i).is_some_and(|j| decided[j].0 == Label::Body)
                {
                    decided[i] = (Label::Boilerplate, Reason::Repeated);
                }
            }
        }
        // A clean text's span whose last line of prose was a copy of the
        // headline, dropped above as the title printed again, ends at the
        // line of prose before it, past any other copy dropped so: the lines
        // between are under the article's last paragraph, outside its span
        // (unless the article runs out to the text's edges), as they are in
        // the clean text (`Article::text`), which holds no copy to stretch
        // its span (`span_closed_by_a_copy_of_the_headline` and
        // `span_closed_by_two_copies_of_the_headline` in
        // `tests/fuzz_regressions.rs`).
        // An article that ran out to the text's edges does so in the clean
        // text only when no line it keeps under that paragraph is furniture
        // evidence or markup (`classify::is_furniture_free`, read before the
        // copy was dropped, when the copy held such a line inside the span);
        // otherwise it ends there too
        // (`markup_under_a_span_closed_by_a_copy_of_the_headline` in
        // `tests/fuzz_regressions.rs`).
        // Furniture here is what the edge test above reads (`EdgeTest`:
        // evidence, markup, a row of links, a repeated short line that is no
        // copy of the title nor an entry of a table of contents): the lines
        // the copies held inside the span are at the clean text's edge, and a
        // repeated menu item among them keeps its article from running out to
        // the edges there (`repeated_lines_under_a_span_closed_by_copies_of_the_headline`
        // in `tests/fuzz_regressions.rs`).
        let dropped_copy = |i: usize| decided[i] == (Label::Boilerplate, Reason::Repeated);
        let span_end = if clean_text && !block.is_empty() && dropped_copy(block.end - 1) {
            (block.start..block.end - 1)
                .rev()
                .find(|&i| is_prose(i) && !dropped_copy(i))
                .filter(|&p| {
                    edges.is_empty() || {
                        let under = (p + 1..n).filter(|&i| decided[i].0 == Label::Body);
                        let titles = edge_test.titles(
                            headline.map(|(h, _)| h),
                            opening(block.start),
                            block.start,
                        );
                        edge_test.holds_furniture(&decided, under, block.start..p + 1, &titles)
                    }
                })
        } else {
            None
        };
        if let Some(p) = span_end {
            let end = if edges.is_empty() { block.end - 1 } else { n };
            for d in &mut decided[p + 1..end] {
                if d.0 == Label::Body {
                    *d = (Label::Boilerplate, Reason::OutsideArticle);
                }
            }
        }
        // A byline split over two lines ("By" / "Jane Doe") heads the article; after
        // it, "Written by" / name is the author's profile card.
        for i in byline_zone(&texts, &features, &decided, config) {
            if decided[i].0 == Label::Headline || features[i].end_marker() {
                continue;
            }
            if byline::is_byline_line(texts[i], features[i].keyword) {
                decided[i] = (Label::Byline, Reason::BylinePattern);
            } else if let Some(j) = last_prose
                .filter(|&b| i < b)
                .and_then(|_| byline::name_after_prefix(&texts, &features, i))
                .filter(|&j| decided[j].0 != Label::Headline)
            {
                decided[i] = (Label::Byline, Reason::BylinePattern);
                decided[j] = (Label::Byline, Reason::BylinePattern);
            }
        }
        // A dated "Posted on … by Jane Doe" counts wherever the article holds it.
        for i in block.clone() {
            if decided[i].0 == Label::Body
                && features[i].keyword.is_none()
                && byline::is_posted_line(texts[i])
            {
                decided[i] = (Label::Byline, Reason::BylinePattern);
            }
        }
        let headline_at =
            headline.and_then(|_| decided.iter().position(|d| d.0 == Label::Headline));
        if let Some(h) = headline_at {
            for i in byline::bare_names_under(
                &texts,
                &features,
                h,
                |i| decided[i].0 == Label::Byline,
                |i| decided[i].0 != Label::Boilerplate,
            ) {
                decided[i] = (Label::Byline, Reason::BylinePattern);
            }
        }
        // A line about the author right after the article's last paragraph
        // ("Jane Doe is the paper's political editor."), opening with a name
        // the article's byline gives, closes the article like a reporting
        // credit: too short to read as prose, it stands between the text and
        // the page's furniture. The byline's name is the evidence; a name
        // alone (an author card) or a name glued to a comment's user name is
        // not a note.
        if let Some(j) = decided
            .iter()
            .rposition(|d| d.0 == Label::Body)
            .and_then(|b| (b + 1..n).find(|&j| !features[j].is_blank()))
        {
            let (label, reason) = decided[j];
            if label == Label::Boilerplate
                && !classify::is_boilerplate_evidence(reason)
                && reason != Reason::Markup
                && (features[j].chars as usize) < config.length_high
                && (0..j).filter(|&i| decided[i].0 == Label::Byline).any(|i| {
                    byline::authors(texts[i])
                        .iter()
                        .any(|name| byline::opens_note_on(texts[j], name))
                })
            {
                decided[j] = (Label::Body, Reason::AuthorNote);
            }
        }
        // A copy of a short headline kept as a line of a hard-wrapped
        // paragraph (above) stands alone when the line it wraps with became a
        // byline: the clean text then holds it as a paragraph of its own,
        // where it is the title printed again.
        if let Some(h) = headline
            .map(|(h, _)| h)
            .filter(|&h| (features[h].chars as usize) < config.length_low)
        {
            let title = lines::trim_invisible(texts[h]);
            for i in 0..n {
                if decided[i].0 == Label::Body
                    && wrap_partner(&continues, i).is_some_and(|j| decided[j].0 != Label::Body)
                    && lines::trim_invisible(texts[i]) == title
                {
                    decided[i] = (Label::Boilerplate, Reason::Repeated);
                }
            }
        }
        drop(features);

        // The records were dropped for the texts: made again from them (the
        // texts hold every line's length), not by splitting the input again.
        let records = match records {
            Some(mut records) => {
                records.set(&decided, &continues);
                records
            }
            None => Records::from_texts(text, &texts, &decided, &continues),
        };
        drop(texts);
        Article {
            input: text,
            records,
            language,
            config: config.clone(),
            stoplist,
            measure,
        }
    }
}

/// The line that line `i` wraps with in a hard-wrapped paragraph: the next
/// one when it continues `i`, else the one before when `i` continues it.
fn wrap_partner(continues: &[bool], i: usize) -> Option<usize> {
    if continues.get(i + 1).is_some_and(|&c| c) {
        Some(i + 1)
    } else if continues.get(i).is_some_and(|&c| c) {
        i.checked_sub(1)
    } else {
        None
    }
}

/// A short line of the block that was boilerplate for its neighbours
/// ([`Reason::BetweenBoilerplate`]) is body when the nearest non-blank lines
/// on both sides are body now: one of them was judged bad alone and made body
/// inside the block ([`classify::is_body_inside_block`]: a paragraph of
/// capitalised names, one that ends in reference tags), after the short
/// lines were resolved against it. A subheading between two paragraphs of
/// the article is the article's, whatever those paragraphs' stopwords. (In a
/// clean text every such line is body already.) Linear: a line's look-ups
/// stop at its nearest non-blank neighbours, and the next candidate lies at
/// or past the one below.
fn subheadings_between_body(
    decided: &mut [(Label, Reason)],
    features: &FeatureTable,
    block: std::ops::Range<usize>,
) {
    let is_body = |d: &(Label, Reason)| d.0 == Label::Body;
    for i in block.clone() {
        if decided[i] != (Label::Boilerplate, Reason::BetweenBoilerplate) || features[i].is_blank()
        {
            continue;
        }
        let above = (block.start..i).rev().find(|&j| !features[j].is_blank());
        let below = (i + 1..block.end).find(|&j| !features[j].is_blank());
        if above.is_some_and(|j| is_body(&decided[j]))
            && below.is_some_and(|j| is_body(&decided[j]))
        {
            decided[i] = (Label::Body, classify::between_body_reason(&features[i]));
        }
    }
}

/// The furniture test at a clean text's edges, read as the clean text
/// (`Article::text`) will read its edges: a line there is page furniture when
/// it is evidence or markup (what `classify::is_furniture_free` looks for), a
/// row of links (`classify::is_link_row`), or a repeated short line (under
/// `classify::MENU_ITEM_MAX_CHARS`) that cannot be a byline, is no copy of a
/// title (the title printed twice) and is no entry of a table of contents
/// naming a heading of the article (`classify::names_a_heading`).
struct EdgeTest<'t, 'a> {
    texts: &'t [&'a str],
    features: &'t FeatureTable,
    /// The lines whose own verdict was `Reason::Repeated` (a span made them
    /// `CleanText`).
    repeated_lines: &'t classify::LineSet,
    evidence_or_markup: &'t classify::LineSet,
}

impl<'a> EdgeTest<'_, 'a> {
    /// The texts of the title's lines: the headline `title`, and a
    /// title-like first line `opening` above the span starting at
    /// `span_start` (an HTML-to-text tool's `<title>` line, which the search
    /// passes over, or a line it passed over for another).
    fn titles(
        &self,
        title: Option<usize>,
        opening: Option<usize>,
        span_start: usize,
    ) -> Vec<&'a str> {
        title
            .into_iter()
            .chain(opening.filter(|&o| o < span_start))
            .map(|t| lines::trim_invisible(self.texts[t]))
            .collect()
    }

    /// Whether one of the lines `edge` is furniture, given the verdicts `decided`,
    /// the lines of the article (whose headings a table of contents names)
    /// and the texts of the title's lines.
    fn holds_furniture(
        &self,
        decided: &[(Label, Reason)],
        edge: impl Iterator<Item = usize> + Clone,
        article: std::ops::Range<usize>,
        titles: &[&str],
    ) -> bool {
        let (texts, features) = (self.texts, self.features);
        let repeated = |i: &usize| {
            (decided[*i].1 == Reason::Repeated || self.repeated_lines.contains(*i))
                && features[*i].chars < classify::MENU_ITEM_MAX_CHARS
                && !byline::may_be_byline(texts[*i], features[*i].keyword)
        };
        let named = classify::names_a_heading(texts, edge.clone().filter(repeated), article);
        edge.into_iter().any(|i| {
            self.evidence_or_markup.contains(i)
                || classify::is_link_row(texts[i])
                || (repeated(&i)
                    && !named(texts[i])
                    && !titles.contains(&lines::trim_invisible(texts[i])))
        })
    }
}

/// The feature pass's state: the extractor, the line before and its
/// features, and whether a line was an end-of-article marker.
struct LineReader<'a, 's> {
    extractor: Extractor<'s>,
    before: &'a str,
    before_features: Features,
    any_marker: bool,
}

impl<'a> LineReader<'a, '_> {
    /// The features of the non-empty line `t`. Kept out of line: the loop
    /// over the lines then stays small enough to be compiled as one piece,
    /// and an empty line (a third of a page, or a million of them) costs no
    /// call and no copy of its features.
    #[inline(never)]
    fn non_empty(&mut self, t: &'a str) -> Features {
        if self.before.as_bytes().last() == t.as_bytes().last() && self.before == t {
            return self.before_features;
        }
        self.before = t;
        self.before_features = self.extractor.features(t);
        self.any_marker |= self.before_features.end_marker();
        self.before_features
    }
}

/// How many times [`Cleaner::clean`] cleans a page again in the language its
/// article names: once almost always (a page whose clutter tipped its counts),
/// twice when that article names yet another (or none); the bound keeps a text
/// whose article flips between two languages from costing more.
const LANGUAGE_ROUNDS: usize = 3;

/// How many body line indices [`headline::find`] is given: it reads the lead,
/// which starts within the first few body lines and is a few lines long.
const HEADLINE_BODY_PREFIX: usize = 64;

/// The texts of the `n` lines of `text`, in a vector of exactly that size.
fn line_texts(text: &str, n: usize) -> Vec<&str> {
    let mut texts = Vec::with_capacity(n);
    lines::for_each(text, |l| texts.push(&text[l.start..l.end]));
    texts
}

/// How many non-blank lines above the headline a byline may be, not counting
/// buttons and counters (lines of at most [`WIDGET_WORDS`] words).
const BYLINE_ABOVE_HEADLINE: usize = 2;
/// A line of at most this many words between a byline and its title is a button
/// or a counter ("Full Screen", "1 of 24").
const WIDGET_WORDS: usize = 3;

/// The lines where a byline may be: up to `byline_max_distance` non-blank lines
/// before (at most [`BYLINE_ABOVE_HEADLINE`] above a headline) the first body
/// line (or the headline, if it is earlier), the lines from there to the first
/// body line, up to `byline_max_distance` body lines after it (counting only
/// those that cannot be bylines: see [`byline::may_be_byline`]), and
/// after the last body line up to the next end-of-article marker.
fn byline_zone(
    texts: &[&str],
    features: &FeatureTable,
    decided: &[(Label, Reason)],
    config: &Config,
) -> Vec<usize> {
    let anchor = |label| decided.iter().position(|d| d.0 == label);
    // Without texts there is no body (see `Cleaner::clean_as`).
    if texts.is_empty() {
        return Vec::new();
    }
    let Some(first_body) = anchor(Label::Body) else {
        return Vec::new();
    };
    // The byline sits by the headline, which may lie inside the block's opening
    // lines: search from the headline when there is one.
    let headline = anchor(Label::Headline);
    let (first, first_body) = match headline {
        Some(h) if h > first_body => (h, h),
        Some(h) => (h, first_body),
        None => (first_body, first_body),
    };
    let last_body = decided
        .iter()
        .rposition(|d| d.0 == Label::Body)
        .unwrap_or(first_body);
    let n = config.byline_max_distance;
    let non_blank = |i: &usize| !features[*i].is_blank();

    // Above a headline, a byline stands right over it ("By Jane Doe" / title);
    // further up, "Written by …" heads a sidebar of the author's other posts.
    let above = if headline.is_some() {
        n.min(BYLINE_ABOVE_HEADLINE)
    } else {
        n
    };
    // Buttons and counters between the byline and the title ("Full Screen",
    // "1 of 24") do not count, up to `n` lines in all.
    let mut counted = 0;
    let mut zone: Vec<usize> = (0..first)
        .rev()
        .filter(non_blank)
        .take(n)
        .take_while(|&i| {
            let within = counted < above;
            counted += usize::from(features[i].words as usize > WIDGET_WORDS);
            within
        })
        .collect();
    // Under the body's start, the distance counts only body lines that cannot
    // be bylines themselves: the clean text (`Article::text`) keeps exactly
    // these, so a line is in the zone of a page when it is in the zone of the
    // page's clean text, and cleaning the clean text finds no other byline.
    let mut counted = 0;
    zone.extend((first..features.len()).filter(non_blank).take_while(|&i| {
        let within = i < first_body || counted < n;
        if i >= first_body
            && decided[i].0 == Label::Body
            && !byline::may_be_byline(texts[i], features[i].keyword)
        {
            counted += 1;
        }
        within
    }));
    zone.extend(
        (last_body + 1..features.len())
            .filter(non_blank)
            .take(n)
            .take_while(|&i| !features[i].end_marker()),
    );
    zone.sort_unstable();
    zone.dedup();
    zone
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleaner_is_send_sync_and_cheap_to_clone() {
        fn assert_send_sync<T: Send + Sync + Clone>() {}
        assert_send_sync::<Cleaner>();
    }

    #[test]
    fn a_copy_of_the_headline_inside_the_text_stays_body() {
        // The title printed again under the article (a share text) is not
        // the article's; a copy between its paragraphs is (a text printed
        // twice), and stays body, as it does in the clean text.
        let title = "The Bridge Reopens After Five Years";
        let para = |n: usize| {
            format!("The old bridge carried cars again on Monday, after repairs that cost the city {n} million more than planned.\n\n")
        };
        let mut text = format!("{title}\n\n");
        text.push_str(&(0..3).map(para).collect::<String>());
        text.push_str(&format!("{title}\n\n"));
        text.push_str(&(3..6).map(para).collect::<String>());
        text.push_str(&format!("{title}\n"));
        let article = crate::clean(&text);
        assert_eq!(article.headline(), Some(title));
        let labels: Vec<Label> = article
            .lines()
            .iter()
            .filter(|l| l.text() == title)
            .map(|l| l.label())
            .collect();
        assert_eq!(
            labels,
            [Label::Headline, Label::Body, Label::Boilerplate],
            "{text}"
        );
        let clean_text = article.text();
        let again = crate::clean(&clean_text);
        assert_eq!(
            again.body().collect::<Vec<_>>(),
            article.body().collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_clean_texts_long_first_line_is_its_headline() {
        // The title is long enough to read as prose, so the clean text's prose
        // starts at it; the headline search prefers a line under it, which
        // shares more words with the lead, and the rule that a clean text's
        // headline opens it takes the first line instead. (The clean text of
        // the corpus page `salon-1` lost its headline so.)
        let text = "The council's budget is a gamble: roads, schools and the long argument over who pays for them\n\n\
            Councillors promise smooth roads. Their budget quietly moves school money toward contractors, consultants, friends\n\n\
            Topics: roads, schools, budget, Council News\n\n\
            Contractors and consultants were paid twice this year, the auditors said on Monday, and the money came from the parks fund.\n\n\
            The auditors said that nobody had checked the invoices, which the contractors had sent in three times since March.\n";
        let article = crate::clean(text);
        assert_eq!(
            article.headline(),
            Some("The council's budget is a gamble: roads, schools and the long argument over who pays for them")
        );
    }

    #[test]
    fn a_short_line_under_the_headline_does_not_lean_on_the_lines_above_it() {
        // Found by the property tests: the menu line was body as a subheading
        // between the prose above the headline and the prose below; the prose
        // above is dropped with the lines above the headline, and the clean
        // text, which opens with the headline, read the menu line as
        // boilerplate.
        let prose = "The council voted on Monday to close the old bridge, which has carried traffic across the river since 1911.";
        let text = format!(
            "{prose}\n{prose}\nA A a\nBy Jane Doe and John Smith\n\nHome | World | Business | Sport\nSign in\n{prose}\nSign in\n"
        );
        let article = crate::clean(&text);
        assert_eq!(article.headline(), Some("A A a"));
        assert_eq!(article.lines().get(5).unwrap().label(), Label::Boilerplate);
        let clean_text = article.text();
        let again = crate::clean(&clean_text);
        assert_eq!(
            again.body().collect::<Vec<_>>(),
            article.body().collect::<Vec<_>>()
        );
    }

    #[test]
    fn lines_above_the_headline_the_title_names_are_not_the_article() {
        let mut text = String::from("The Bridge Reopens After Five Years - Example News\n\n");
        // Teasers the block takes for prose.
        for n in 0..12 {
            text.push_str(&format!(
                "Our story number {n} of the week tells how a town rebuilt its market after the flood.\n\n"
            ));
        }
        text.push_str("The Bridge Reopens After Five Years\n\n");
        for n in 0..3 {
            text.push_str(&format!(
                "The old bridge carried cars again on Monday, after repairs that cost the city {n} million more than planned.\n\n"
            ));
        }
        let article = crate::clean(&text);
        assert_eq!(
            article.headline(),
            Some("The Bridge Reopens After Five Years")
        );
        assert!(article.body().all(|l| !l.starts_with("Our story")));
        assert_eq!(article.body().count(), 3);
    }

    #[test]
    fn a_byline_above_the_headline_stands_right_over_it() {
        let lead = "The council voted on Monday to close the old bridge, which has carried traffic since 1911.\n\
                    Repairs would have cost more than a new bridge, the council said in a statement after the vote.\n";
        // A sidebar of the author's other posts, well above the title.
        let sidebar = format!(
            "Written by Jane Doe\nWhy You Should Replace Surge Protectors\nSoak Sponges In Salt Water\nFollow\n\
             Council Votes To Close The Old Bridge\n{lead}"
        );
        assert_eq!(crate::clean(&sidebar).byline(), None);
        let above = format!("By Jane Doe\nCouncil Votes To Close The Old Bridge\n{lead}");
        assert_eq!(crate::clean(&above).byline(), Some("By Jane Doe"));
    }

    const LEAD: &str = "The council voted on Monday to close the old bridge, which has carried traffic since 1911.\n\
                        Repairs would have cost more than a new bridge, the council said in a statement after the vote.\n";

    #[test]
    fn a_byline_split_over_two_lines() {
        let text = format!("Council Votes To Close The Old Bridge\npor\n\nCésar Salza\n{LEAD}");
        let article = crate::clean(&text);
        assert_eq!(article.byline(), Some("por"));
        assert_eq!(article.authors(), ["César Salza"]);
        // After the article, "Written by" / name is the author's profile card.
        let card = format!("Council Votes To Close The Old Bridge\n{LEAD}Written by\nJane Doe\n");
        assert!(crate::clean(&card).authors().is_empty());
    }

    #[test]
    fn a_bare_name_above_its_job_title() {
        let text = format!(
            "Council Votes To Close The Old Bridge\nBenjamin Romano\n\
             Seattle Times business reporter\n{LEAD}"
        );
        let article = crate::clean(&text);
        assert_eq!(article.byline(), Some("Benjamin Romano"));
        assert_eq!(article.authors(), ["Benjamin Romano"]);
    }

    #[test]
    fn a_dated_posted_line_inside_the_article() {
        let text = format!(
            "Council Votes To Close The Old Bridge\n{LEAD}\
             Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.\n{LEAD}"
        );
        let article = crate::clean(&text);
        assert_eq!(article.authors(), ["Bradley M. Kuhn"]);
        assert_eq!(article.body().count(), 4);
    }

    #[test]
    fn buttons_between_a_byline_and_its_title_do_not_count() {
        let text = format!(
            "By Erin Cunningham March 18 at 3:57 PM Follow @erinmcunningham\n\
             1 of 24\nFull Screen\nAutoplay\nClose\n\
             Council Votes To Close The Old Bridge\n{LEAD}"
        );
        assert_eq!(crate::clean(&text).authors(), ["Erin Cunningham"]);
        // Lines of text between them do.
        let text = format!(
            "By Erin Cunningham\nWhy You Should Replace Surge Protectors\n\
             Soak Sponges In Salt Water To Clean Them\n\
             Council Votes To Close The Old Bridge\n{LEAD}"
        );
        assert!(crate::clean(&text).authors().is_empty());
    }

    #[test]
    fn a_clean_text_runs_over_a_reference_list_that_cites_a_work_twice() {
        let refs = "References\n\
                    [HTTP]\n\
                    Fielding et al., \"Hypertext Transfer Protocol (HTTP/1.1):\n\
                    Semantics and Content\", RFC7231, June 2014.\n\
                    [COND]\n\
                    Fielding et al., \"Hypertext Transfer Protocol (HTTP/1.1):\n\
                    Conditional Requests\", RFC7232, June 2014.\n";
        let text = format!("Council Votes To Close The Old Bridge\n{LEAD}{refs}");
        let article = crate::clean(&text);
        let body: Vec<_> = article.body().collect();
        assert_eq!(body.len(), 2 + refs.lines().count(), "{body:?}");
        // A short line that repeats there is a menu item: the text is a page.
        let menu = format!("Council Votes To Close The Old Bridge\n{LEAD}Home\nNews\nHome\n");
        assert_eq!(crate::clean(&menu).body().count(), 2);
    }

    #[test]
    fn a_clean_text_keeps_its_table_of_contents() {
        let toc = "Setting up\nExample 1: Amend a shared changeset\n\
                   Setting up\nExample 2: Divergent changesets\nConclusion\n";
        let text = format!(
            "Council Votes To Close The Old Bridge\nCouncil Votes To Close The Old Bridge\n\
             {toc}{LEAD}Setting up¶\n{LEAD}Conclusion¶\n{LEAD}"
        );
        let article = crate::clean(&text);
        assert_eq!(
            article.headline(),
            Some("Council Votes To Close The Old Bridge")
        );
        let body: Vec<_> = article.body().collect();
        assert_eq!(&body[..5], toc.lines().collect::<Vec<_>>(), "{body:?}");
        // Its clean text, without the title's copy, opens with the headline:
        // no entry that shares the lead's words takes its place.
        let again = crate::clean(&article.text()).body().count();
        assert_eq!(again, body.len());
        // A clean text whose title shares no word with the lead, over a table
        // of contents with an entry that shares many: the entry is no
        // headline, and the first line is.
        let contents = "Notes From The Town Hall\n\nBefore the meeting\n\n\
                        Why the council voted to close the old bridge\n\nSetting up\n\n\
                        Conclusion\n\n";
        let single = format!("{contents}{LEAD}\nSetting up¶\n\n{LEAD}");
        let article = crate::clean(&single);
        assert_eq!(article.headline(), Some("Notes From The Town Hall"));
        assert_eq!(article.body().next(), Some("Before the meeting"));
        // Entries that name no heading repeat like a menu: the text is a page.
        let menu = text.replace('¶', "");
        assert!(crate::clean(&menu)
            .body()
            .all(|l| l != "Example 1: Amend a shared changeset"));
    }

    #[test]
    fn a_subheading_between_paragraphs_of_the_article_is_body() {
        // A page (a menu of prompts above), whose article has a paragraph of
        // names (too few stopwords: bad alone, body inside the article) above
        // a subheading: the subheading was resolved against a bad line, and
        // is body once that line is.
        let names =
            "Jane Doe, John Smith, Mary Major, Richard Roe and Juan Pérez of the Bridge Trust.";
        let text = format!(
            "Subscribe\nSign in\nNewsletter\n\nCouncil Votes To Close The Old Bridge\n\n{LEAD}\n\
             {names}\n\nWhat Happens Next\n\n{LEAD}\nShare this\nPrivacy Policy\n"
        );
        let article = crate::clean(&text);
        let line = |t: &str| {
            let l = article.lines().iter().find(|l| l.text() == t).unwrap();
            (l.label(), l.reason())
        };
        assert_eq!(line(names), (Label::Body, Reason::InsideArticle));
        assert_eq!(line("What Happens Next"), (Label::Body, Reason::Subheading));
        // Between a body line and furniture it stays boilerplate.
        let end = text.replace(
            &format!("What Happens Next\n\n{LEAD}"),
            "What Happens Next\n",
        );
        let article = crate::clean(&end);
        let l = article
            .lines()
            .iter()
            .find(|l| l.text() == "What Happens Next")
            .unwrap();
        assert_eq!(l.label(), Label::Boilerplate);
    }

    #[test]
    fn a_note_on_the_bylines_author_closes_the_article() {
        let page = format!(
            "Subscribe\nSign in\n\nCouncil Votes To Close The Old Bridge\nBy Jane Doe\n\n{LEAD}\n\n\
             JANE DOE IS THE PAPER'S CITY EDITOR\n\nRead more:\nBridges Of The County\n\
             Council Budget Explained\nPrivacy Policy\n"
        );
        let article = crate::clean(&page);
        let note = article
            .lines()
            .iter()
            .find(|l| l.text().starts_with("JANE DOE"))
            .unwrap();
        assert_eq!(
            (note.label(), note.reason()),
            (Label::Body, Reason::AuthorNote)
        );
        // Another name is not the author's; nor is the name alone.
        for other in ["JOHN ROE IS THE PAPER'S CITY EDITOR", "Jane Doe"] {
            let page = page.replace("JANE DOE IS THE PAPER'S CITY EDITOR", other);
            let article = crate::clean(&page);
            let line = article.lines().iter().find(|l| l.text() == other).unwrap();
            assert_eq!(line.label(), Label::Boilerplate, "{other}");
        }
    }

    #[test]
    fn a_reporting_credit_closes_the_article() {
        let page = format!(
            "Subscribe\nSign in\n\nCouncil Votes To Close The Old Bridge\n\n{LEAD}\n\
             Jane Doe contributed to this report.\n\nRead more:\nBridges Of The County\n\
             Council Budget Explained\nPrivacy Policy\n"
        );
        let article = crate::clean(&page);
        let credit = article
            .lines()
            .iter()
            .find(|l| l.text().starts_with("Jane Doe"))
            .unwrap();
        assert_eq!(
            (credit.label(), credit.reason()),
            (Label::Body, Reason::ContributorCredit)
        );
        assert_eq!(
            article.body().last(),
            Some("Jane Doe contributed to this report.")
        );
        // Only right after the last paragraph: further down it is the page's.
        let far = page.replace(
            "Jane Doe contributed to this report.\n\nRead more:\n",
            "Read more:\nJane Doe contributed to this report.\n",
        );
        assert!(crate::clean(&far)
            .body()
            .all(|l| !l.starts_with("Jane Doe")));
    }

    #[test]
    fn byline_after_the_body_is_found() {
        let text = "The council voted on Monday to close the old bridge, which has carried traffic since 1911.\n\
                    Repairs would have cost more than a new bridge, the council said in a statement after the vote.\n\
                    \n\
                    By Jane Doe\n";
        let article = crate::clean(text);
        assert_eq!(article.byline(), Some("By Jane Doe"));
    }
}
