//! Deciding body or boilerplate, in three stages.
//!
//! 1. **Each line alone** ([`context_free`]). A line is *blank*; *bad* when it is an
//!    end-of-article marker, raw HTML (a tracking pixel or ad slot the renderer let
//!    through: no article is written in tags), a teaser ending in a "read more"
//!    link ("… Mehr…", "Read more »": it leads to another article, however well
//!    it reads), a long line of few, long tokens (more than 25 characters a
//!    token: symbol soup, encoded data, runs of URLs), a short line with a keyword hit (prompt, legal, caption,
//!    navigation), a short line that occurs more than once, or a long line that does
//!    not read like prose; *short* when it has fewer than
//!    [`length_low`](crate::Config::length_low) characters (too few words to judge);
//!    *good* when it is long with many stopwords; *near-good* in between, including a
//!    long line with few stopwords that still ends like a sentence (news prose is
//!    dense with names). Two document-level corrections follow:
//!    *hard-wrapped paragraphs* (plain-text mail, RFCs, `<pre>` text: lines of 40
//!    to 100 characters that continue each other's sentences) are judged as one
//!    paragraph ([`join_wrapped`]), since each of their lines is too short to
//!    judge; and an end-of-article marker that the page's own table of contents
//!    announced ("8 See also") heads a section of the article, not furniture after
//!    it ([`keep_announced_sections`]).
//! 2. **Neighbours** ([`resolve`]), after jusText: a near-good line is good unless
//!    both its neighbours are bad; then a short line between good lines is good (a
//!    subheading), anywhere else bad (a menu item, a caption), and so is any short
//!    line in a run of three or more adjacent title-like short lines (a subheading
//!    stands alone; a run of them is a menu, a teaser list or a navigation box,
//!    whatever surrounds it). Neighbours are the
//!    nearest lines judged by their own text: blank and short lines, and lines that
//!    are bad only for a keyword or for repeating (captions, credits, prompts: an
//!    article is full of them) are skipped.
//! 3. **The article block** ([`article_block`]). Every line scores its character
//!    count, positive when good and negative when bad ([`block_weight`]); the block
//!    is the contiguous run of lines with the highest total (Kadane's maximum
//!    subarray), and it never crosses an end-of-article marker — except a short
//!    box of links inside the article ("Recommended" and at most
//!    [`MAX_BOX_LINES`] lines under it, then more text): when the block starts
//!    right under such a box, the run of text ending above its marker joins it if
//!    it weighs at least a quarter of the block, or a sixteenth when the box is
//!    a single link ("Related" and one title set into the text); the text climbs
//!    one box at a time, so an article with several such boxes stays whole.
//!    Good lines inside
//!    it are body, and so are long lines inside it that failed only for their
//!    density or their neighbours ([`is_body_inside_block`]: tables, code,
//!    references — an article's own furniture), and sentences of twenty words
//!    or more that only mention a keyword ("In a tweet, the mayor said …");
//!    everything outside is
//!    boilerplate, which is what keeps a teaser paragraph under "Popular" out of
//!    the body even though it reads like a sentence.
//!
//! **Clean text.** When at most one line, or at most 1%, of a text is evidence
//! of page furniture (a prompt, a legal line, a credit, site navigation, an
//! end-of-article marker: [`is_clean_text`]), the text is an article already,
//! and stage 3 is replaced: the article runs from its first line that reads like
//! prose to its last ([`text_span`]), and every line in it but the
//! evidence is body. When nothing above its first line of prose or under its
//! last is furniture ([`is_furniture_free`]: evidence, raw markup, a repeated
//! short line, a row of links), it runs out to the text's edges or the nearest
//! end-of-article markers ([`clean_text_block`]), under the headline: a clean
//! text's table of contents, lists, code and closing lines are its own. The
//! cleaner also reads a clean text's headline as opening it: a title-like line
//! under its first paragraph of prose is a subheading. A lone keyword line is a
//! sentence that mentions a newsletter or a cookie; a copied page has a menu and
//! a footer full of them.
//!
//! A repeated line at the edges is menu furniture only when it is short (under
//! [`MENU_ITEM_MAX_CHARS`]: a reference list that cites the same work twice
//! repeats a longer line) and is neither a copy of the headline nor a table
//! of contents entry that names an anchored heading of the article
//! ([`names_a_heading`]: "Setting up" for "Setting up¶"). Such a text opens
//! with its headline: an entry of that table of contents that shares the
//! lead's words is no headline (the cleaner takes the first line when it
//! reads like a title).
//!
//! **Keywords inside the text.** Furniture stands alone: a prompt, a notice, a
//! credit is a line of its own. A keyword line bound to the text around it
//! ([`Evidence::embedded`]) is the text's own, whatever word it uses: a line
//! that shares a sentence with the prose next to it (hard-wrapped paragraphs:
//! "… ensuring cookies aren't readable by third parties."), a line of code
//! (`fetch("/login", {`, `has("Set-Cookie")`), or a sentence judged like a
//! near-good line (its judged neighbours not both bad). The first two are no
//! evidence of furniture at all: a technical
//! article whose prose wraps over "cookies" and whose code says "login" is
//! still a clean text. A sentence with a prompt's or a notice's word still
//! counts as evidence (an inline "Sign up for our newsletter …" prompt between
//! two paragraphs of a page reads the same), but in a clean text it is body; a
//! sentence with a site-navigation word ("advertising") does not count: no
//! menu item is a sentence.
//!
//! **Stable under cleaning.** [`Article::text`](crate::Article::text) (headline,
//! byline and body) cleaned again keeps every body paragraph as body; the rules
//! above are shaped for it: a line that is body on a page stands, in the clean
//! text, between the same article lines, inside the span or at an edge the
//! article runs out to; a short line under the headline that was body only by
//! a paragraph above the headline is judged as the clean text judges it; an
//! announced end-of-article marker heads a section only while the article
//! keeps the table of contents that announces it; the
//! byline rules read the lines the clean text keeps; and the article is
//! cleaned in the language its own text names. Two exceptions are left, which
//! `tests/support/invariants.rs` documents: the headline search reads lines the
//! clean text drops (the `<title>` and copies of the title), so the clean text
//! may find another headline (a headline with a separator opens it as a
//! `<title>` line would); and a clean text of a few lines whose language
//! detection is on the margin may end in another language.
//!
//! **Which density.** Stage 1 reads a line's stopword share in the document's
//! language. When no language was detected (the English list is used then), the
//! stoplist may not fit (another language, placeholder text), and a line's
//! density is the higher of its stopword share and half the share of its words
//! that do not start with a capital ([`Measure::Either`]). Prose is mostly
//! lowercase in every cased script; lists of names, menus and titles are not.
//! The choice is made per line, not per document, so that a line is judged the
//! same in a page and in its clean text.
//!
//! Why this shape: single lines are ambiguous ("Vladimir Putin" is a caption, a
//! subheading is as short as a menu item), but runs of lines are not, and an article
//! is one long run of prose with short interruptions. Weighting by characters lets a
//! long article absorb its captions while a sidebar of teasers cannot outweigh it.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;

use crate::features::{FeatureTable, Features, Flag};
use crate::stopwords::FxHasher;
use crate::{Config, Label, Reason};

/// The verdict on one line before and after its neighbours are consulted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    Blank,
    Good,
    NearGood,
    Short,
    Bad,
}

/// A line's class with the reason behind it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Verdict {
    pub class: Class,
    pub reason: Reason,
}

impl Verdict {
    pub(crate) fn new(class: Class, reason: Reason) -> Verdict {
        Verdict { class, reason }
    }
}

/// How a document's lines are told to be prose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Measure {
    /// The share of stopwords: a language was detected, and its stoplist fits.
    Stopwords,
    /// No language was detected: the higher of the stopword share (the English
    /// list) and half the share of words that do not start with a capital. Prose
    /// in any script with case is mostly lowercase, lists of names and links are
    /// not, and half puts English prose (80 to 90% lowercase) where its stopword
    /// share is; a text whose stoplist does not fit (another language,
    /// placeholder text) is read by its lowercase words, one the English list
    /// fits by its stopwords. Taking the higher of the two for every line, rather
    /// than choosing one per document from its long lines (as this did), keeps
    /// a line's verdict the same in the page and in its clean text, where the
    /// long lines that chose are gone (a fuzz finding, in both directions).
    Either,
}

impl Measure {
    /// The prose density of one line, comparable with the stopword thresholds.
    pub(crate) fn density(self, f: &Features) -> f32 {
        match self {
            Measure::Stopwords => f.stopword_density(),
            Measure::Either if f.alpha_words == 0 => f.stopword_density(),
            Measure::Either => f
                .stopword_density()
                .max(0.5 * (1.0 - f.capitalized_share())),
        }
    }
}

/// A line whose characters per token (spaces included) exceed this is not
/// prose: words in any spaced language average 5 to 10 characters, with
/// compounds and numbers well under 20; symbol soup, encoded data and runs of
/// URLs do not. (Unspaced scripts count a token per character.)
const MAX_MEAN_TOKEN_CHARS: usize = 25;

/// Stage 1: the class of a line from its own features and repeat count.
///
/// Inlined into its two callers (the pass over every non-blank line and the
/// wrapped paragraphs): called out of line, it cost a one-word line 19
/// instructions more (callgrind, 1,153 against 1,134).
#[inline(always)]
pub(crate) fn context_free(
    f: &Features,
    repeats: u32,
    measure: Measure,
    config: &Config,
) -> Verdict {
    use Class::*;
    if f.is_blank() {
        return Verdict::new(Blank, Reason::Blank);
    }
    if f.end_marker() {
        return Verdict::new(Bad, Reason::EndOfArticleMarker);
    }
    if f.markup() {
        return Verdict::new(Bad, Reason::Markup);
    }
    if f.teaser_tail() {
        return Verdict::new(Bad, Reason::CallToAction);
    }
    let chars = f.chars as usize;
    // A long line of few, long tokens (symbols, encoded data, a run of URLs)
    // is not prose, whatever stopwords it happens to hold.
    if chars >= config.length_low && chars > MAX_MEAN_TOKEN_CHARS * f.words as usize {
        return Verdict::new(Bad, Reason::LowTextDensity);
    }
    // (The density, two divisions, is worked out only where it is read: most
    // lines are short.)
    if let Some(keyword) = f.keyword {
        let prose = chars >= config.length_high && measure.density(f) >= config.stopwords_low;
        if !prose {
            return Verdict::new(Bad, keyword.reason());
        }
    }
    if chars < config.length_low {
        if repeats > 1 {
            return Verdict::new(Bad, Reason::Repeated);
        }
        return Verdict::new(Short, Reason::LowTextDensity);
    }
    let density = measure.density(f);
    if density >= config.stopwords_high {
        let class = if chars >= config.length_high {
            Good
        } else {
            NearGood
        };
        return Verdict::new(class, Reason::BodyText);
    }
    if density >= config.stopwords_low
        || (f.terminal() && f.capitalized_share() <= 0.5 && density >= config.stopwords_low / 2.0)
    {
        return Verdict::new(NearGood, Reason::BodyText);
    }
    Verdict::new(Bad, Reason::LowTextDensity)
}

/// Stage 1c: an end-of-article marker that the document's own table of contents
/// announced ("8 See also" near the top, "See also" as a heading further down)
/// heads a section of the article, not the page furniture after it: a table of
/// contents lists the article's sections, and "Related" or "Comments" blocks
/// added by the site are never in it. Such a marker becomes a plain short line.
/// Numbering ("8", "8.1.") is stripped before comparing, case is ignored.
///
/// Returns the markers ([`Features::end_marker`], whose verdict is
/// [`Reason::EndOfArticleMarker`], which [`join_wrapped`] keeps) that a
/// numbered line above announces; [`keep_announced_sections`] makes them
/// short lines. Only the non-blank lines are read (`text(i)` is line `i`'s
/// text, looked up from the line records: the text need not be split again),
/// and only when the page has a marker.
pub(crate) fn announced_markers<'a>(
    text: impl Fn(usize) -> &'a str,
    features: &FeatureTable,
) -> LineSet {
    let mut announced = LineSet::default();
    // Only markers change: without one, the texts need not be read at all.
    // (A marker is never blank: only the stored lines are read.)
    if !features.non_blank().any(|(_, f)| f.end_marker()) {
        return announced;
    }
    // The numbered short lines, unnumbered and lowercased, with where they first
    // occur: one pass, so the rule stays linear. A marker is looked up among
    // the lines above it, so the same pass decides it.
    // A blank line is neither a marker nor an entry: only the stored lines
    // are read, each text looked up by its line.
    let mut numbered: HashMap<String, usize, BuildHasherDefault<FxHasher>> = HashMap::default();
    for (i, f) in features.non_blank() {
        let t = text(i);
        if f.end_marker()
            && !numbered.is_empty()
            && numbered.get(&heading_key(t)).is_some_and(|&j| j < i)
        {
            announced.insert(i, features.len());
        }
        if let Some(key) = toc_entry_key(t) {
            numbered.entry(key).or_insert(i);
        }
    }
    announced
}

/// Makes the markers of [`announced_markers`] plain short lines.
pub(crate) fn keep_announced_sections(announced: &LineSet, initial: &mut [Verdict]) {
    for i in announced.iter() {
        initial[i] = Verdict::new(Class::Short, Reason::LowTextDensity);
    }
}

/// A set of line indices, as bits: empty (no allocation) until a line is
/// inserted, then a bit a line, so that it stays within the memory bound per
/// line however many lines it holds.
#[derive(Debug, Default)]
pub(crate) struct LineSet(Vec<u64>);

impl LineSet {
    /// Adds line `i` of `n`.
    fn insert(&mut self, i: usize, n: usize) {
        if self.0.is_empty() {
            self.0 = vec![0; n.div_ceil(64)];
        }
        self.0[i / 64] |= 1 << (i % 64);
    }

    /// The lines `i` of `n` for which `member(i)` holds.
    pub(crate) fn of(n: usize, member: impl Fn(usize) -> bool) -> LineSet {
        let mut set = LineSet::default();
        for i in (0..n).filter(|&i| member(i)) {
            set.insert(i, n);
        }
        set
    }

    /// Whether line `i` is in the set.
    pub(crate) fn contains(&self, i: usize) -> bool {
        self.0
            .get(i / 64)
            .is_some_and(|&bits| bits & (1 << (i % 64)) != 0)
    }

    /// Whether the set holds no line.
    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The lines in the set, in order.
    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(w, &bits)| {
            (0..64)
                .filter(move |b| bits & (1 << b) != 0)
                .map(move |b| w * 64 + b)
        })
    }
}

/// The key of a numbered table-of-contents entry ("8 See also" and "8.1.
/// See also" give "see also"): without its number, lowercased, to compare with
/// the heading it announces ([`heading_key`]; see [`keep_announced_sections`]).
/// `None` for any other line.
#[inline]
pub(crate) fn toc_entry_key(line: &str) -> Option<String> {
    // A quick "no" for most lines, inlined: one that starts with an ASCII byte
    // other than whitespace or a digit keeps that byte first when trimmed.
    if line.as_bytes().first().map_or(true, |&b| {
        b.is_ascii() && !b.is_ascii_digit() && !crate::features::is_ascii_space(b)
    }) {
        return None;
    }
    let t = crate::lines::trim(line);
    (t.len() <= TOC_ENTRY_MAX_BYTES && t.starts_with(|c: char| c.is_ascii_digit())).then(|| {
        t.trim_start_matches(|c: char| {
            c.is_ascii_digit() || c.is_whitespace() || matches!(c, '.' | ')')
        })
        .to_lowercase()
    })
}

/// The key of a heading, as a table-of-contents entry announcing it would
/// have it ([`toc_entry_key`]).
pub(crate) fn heading_key(line: &str) -> String {
    line.trim().to_lowercase()
}

/// A table-of-contents entry is at most this long (in bytes).
const TOC_ENTRY_MAX_BYTES: usize = 80;

/// In a hard-wrapped paragraph every line but the last is at least this long (in
/// characters): text wrapped at 60 to 80 columns, with room for indentation.
const WRAP_MIN_CHARS: u32 = 40;

/// A wrapped line is at most this long; longer lines are paragraphs of their own.
const WRAP_MAX_CHARS: u32 = 100;

/// Stage 1b: hard-wrapped paragraphs (plain-text mail, RFCs, `<pre>` blocks) are
/// judged as a whole. Their lines are too short to be judged one by one, so a
/// run of adjacent non-blank lines counts as one wrapped paragraph when every line
/// but the last is 40 to 100 characters long ([`wrapped_end`]) and at least half the breaks continue
/// a sentence (the next line starts with a lowercase letter, which a list of
/// titles or menu items never does). The paragraph's summed features are judged
/// by [`context_free`]; when it reads like prose, each of its lines that was
/// short, near-good or low in density takes the paragraph's class. Keyword and
/// marker lines keep their own verdict and end the paragraph
/// ([`keeps_own_verdict`]), and so does a byline (`is_byline`: line `i` is a
/// byline by its text, [`byline::is_byline_line`](crate::byline::is_byline_line)):
/// a title wrapped with the byline under it ("… Fetching!" / "on March 10,
/// 2015 by Jane Doe") is a header, not a paragraph of prose. The byline rules
/// take the line out of the body later, and the clean text holds the title
/// and the byline apart, as paragraphs of their own: judged as one paragraph
/// on the page, the title would open the page's span of prose and not the
/// clean text's.
///
/// Also returns, for every line, whether it *continues* the paragraph of the
/// line before it: true for every line but the first of a wrapped paragraph
/// that reads like prose. [`Article::body`](crate::Article::body) gives such a
/// paragraph whole, so that its clean text wraps the same way again.
pub(crate) fn join_wrapped(
    features: &FeatureTable,
    verdicts: &mut [Verdict],
    measure: Measure,
    config: &Config,
    is_byline: impl Fn(usize) -> bool,
) -> Vec<bool> {
    let mut continues = vec![false; verdicts.len()];
    // Where a paragraph may start: a line of another length than a wrapped
    // one (a blank line too) is a run of one line, which is no wrapped
    // paragraph, and most lines are skipped here, in one walk of the
    // features (no look-up a line).
    let mut starts = features
        .non_blank()
        .filter(|(_, f)| {
            (WRAP_MIN_CHARS..=WRAP_MAX_CHARS).contains(&f.chars) && !keeps_own_verdict(f)
        })
        .map(|(i, _)| i);
    let mut next_start = starts.next();
    while let Some(i) = next_start {
        // Only a run of two lines or more is asked whether its lines are
        // bylines (their texts are read): a byline opening it stands alone.
        let end = wrapped_end(features, i, &is_byline);
        if end - i > 1 && is_byline(i) {
            next_start = starts.next();
            continue;
        }
        if is_wrapped(features, i..end) {
            let joined = features
                .range(i..end)
                .fold(Features::default(), |acc, f| Features {
                    chars: acc.chars.saturating_add(f.chars).saturating_add(1),
                    words: acc.words + f.words,
                    stopwords: acc.stopwords + f.stopwords,
                    alpha_words: acc.alpha_words + f.alpha_words,
                    capitalized: acc.capitalized + f.capitalized,
                    flags: f.flags & (Flag::TERMINAL | Flag::PERIOD),
                    ..Features::default()
                });
            let v = context_free(&joined, 1, measure, config);
            if matches!(v.class, Class::Good | Class::NearGood) {
                continues[i + 1..end].fill(true);
                for own in &mut verdicts[i..end] {
                    let judged_by_length = matches!(own.class, Class::Short | Class::NearGood)
                        || matches!(own.reason, Reason::LowTextDensity | Reason::Repeated);
                    if judged_by_length {
                        *own = v;
                    }
                }
            }
        }
        next_start = starts.find(|&j| j >= end);
    }
    continues
}

/// The end (exclusive) of the candidate wrapped paragraph that starts at the
/// non-blank line `start`: it runs to a blank line, to a line of another length
/// than a wrapped one (which is its last line), or to a short line after a
/// sentence end that does not continue it (a heading, when the text has no blank
/// lines between paragraphs), or to a byline (`is_byline`, asked last: it reads
/// the line's text), which is not in it.
fn wrapped_end(features: &FeatureTable, start: usize, is_byline: impl Fn(usize) -> bool) -> usize {
    let mut k = start;
    loop {
        let f = &features[k];
        let Some(next) = features.get(k + 1) else {
            return k + 1;
        };
        let wrapped = (WRAP_MIN_CHARS..=WRAP_MAX_CHARS).contains(&f.chars) && !f.markup();
        let heading_next = f.terminal() && !next.starts_lower() && next.chars < WRAP_MIN_CHARS;
        if next.is_blank()
            || keeps_own_verdict(next)
            || !wrapped
            || heading_next
            || is_byline(k + 1)
        {
            return k + 1;
        }
        k += 1;
    }
}

/// Whether a line keeps its own verdict inside a wrapped paragraph, and so
/// bounds it: a line of wrapped length with a keyword hit ("Copyright © 2025
/// Example Media."), an end-of-article marker, raw markup or a teaser tail. A
/// paragraph judged whole without it is judged the same way when its clean text
/// is cleaned again, where the line is gone.
fn keeps_own_verdict(f: &Features) -> bool {
    f.keyword.is_some() || f.end_marker() || f.markup() || f.teaser_tail()
}

/// Whether a run of adjacent non-blank lines is one hard-wrapped paragraph (see
/// [`join_wrapped`]).
fn is_wrapped(features: &FeatureTable, run: std::ops::Range<usize>) -> bool {
    if run.len() < 2
        || !features
            .range(run.start..run.end - 1)
            .all(|f| (WRAP_MIN_CHARS..=WRAP_MAX_CHARS).contains(&f.chars) && !f.markup())
    {
        return false;
    }
    let continued = features
        .range(run.start + 1..run.end)
        .filter(|f| f.starts_lower())
        .count();
    2 * continued >= run.len() - 1
}

/// Which way to look for a neighbour.
#[derive(Clone, Copy)]
enum Dir {
    Back,
    Forward,
}

/// Whether a bad line is an interruption (a caption, a credit, a prompt, a repeated
/// line) rather than evidence about the text around it: articles are full of such
/// lines, so they do not count as neighbours.
fn is_interruption(reason: Reason) -> bool {
    matches!(
        reason,
        Reason::Repeated
            | Reason::CaptionOrCredit
            | Reason::CallToAction
            | Reason::Legal
            | Reason::Navigation
    )
}

/// Whether a line is judged by its own text, and so can be a neighbour: not
/// blank, not short, not an [interruption](is_interruption).
fn is_judged(v: &Verdict) -> bool {
    match v.class {
        Class::Blank | Class::Short => false,
        Class::Bad => !is_interruption(v.reason),
        _ => true,
    }
}

/// For every line, the class of the nearest [judged](is_judged) line after it
/// (`None` at the document's edge): the forward half of the nearest-anchor table.
/// The backward half is carried along while walking forward.
fn next_judged(verdicts: &[Verdict]) -> Vec<Option<Class>> {
    let mut next = vec![None; verdicts.len()];
    let mut nearest = None;
    for (slot, v) in next.iter_mut().zip(verdicts).rev() {
        *slot = nearest;
        if is_judged(v) {
            nearest = Some(v.class);
        }
    }
    next
}

/// The reason of the nearest non-blank line in `dir`, if it is bad.
fn adjacent_bad_reason(verdicts: &[Verdict], i: usize, dir: Dir) -> Option<Reason> {
    let v = match dir {
        Dir::Back => verdicts[..i].iter().rev().find(|v| v.class != Class::Blank),
        Dir::Forward => verdicts[i + 1..].iter().find(|v| v.class != Class::Blank),
    }?;
    (v.class == Class::Bad).then_some(v.reason)
}

/// At least this many adjacent short lines (no blank line between them) that do
/// not end like sentences are a list of links, not subheadings.
const SHORT_RUN_MIN: usize = 3;

/// Which lines are in a run of [`SHORT_RUN_MIN`] or more adjacent short,
/// non-terminal lines, in one pass. A subheading stands alone (or with a kicker
/// or dateline: two lines); three or more title-like lines in a row are a menu, a
/// teaser list, a tag cloud or a navigation box, between good paragraphs as much
/// as anywhere else. Lines that end like sentences are kept out of the count (a
/// run of short sentences is dialogue or verse), and so are lines of code and
/// enumerated items ("1. …", "+ …"): an article's own code and lists.
fn short_runs(initial: &[Verdict], features: &FeatureTable) -> Vec<bool> {
    // One walk of the non-blank lines' features (short lines are never
    // blank; no look-up a line): a run is a stretch of adjacent lines that
    // could be in one, and it is marked when it ends, if it is long enough.
    let mut runs = vec![false; initial.len()];
    let mut mark = |run: std::ops::Range<usize>| {
        if run.len() >= SHORT_RUN_MIN {
            runs[run].fill(true);
        }
    };
    let mut run = 0..0;
    for (k, f) in features.non_blank() {
        if initial[k].class != Class::Short || f.terminal() || f.code_or_item() {
            continue;
        }
        if run.end != k {
            mark(std::mem::replace(&mut run, k..k));
        }
        run.end = k + 1;
    }
    mark(run);
    runs
}

/// Stage 2: resolves near-good lines, then short lines, by their neighbours.
/// Returns one verdict per line whose class is only `Blank`, `Good` or `Bad`.
///
/// * A near-good line is bad only when the judged lines on both sides of it are bad
///   (runs of near-good lines vouch for each other; the document's edge vouches for
///   nothing either way, so a clean text of short paragraphs survives).
/// * Then a short line is good only when the judged lines on both sides are good
///   (edges count as bad: menus sit at the top and bottom of pages) and it does not
///   sit next to a caption or credit (a name line above "Photo: …" is part of the
///   caption), and it is not one of a [run of short lines](short_runs) (a list or
///   a menu). A good short line is a subheading unless it ends like a sentence.
///
/// The neighbours come from a nearest-anchor table built in one pass per stage,
/// so the cost is linear even on long runs of short lines.
pub(crate) fn resolve(initial: &[Verdict], features: &FeatureTable) -> Vec<Verdict> {
    use Class::*;
    let mut resolved = initial.to_vec();
    // Each stage changes only lines of its class: without one, it is skipped (a
    // page of blank or repeated lines needs no neighbour tables).
    // One pass for both, without an early exit, which compiles to a
    // vectorized or-reduction (a page of blank lines is read fast).
    let classes = initial
        .iter()
        .fold(0u8, |seen, v| seen | 1 << (v.class as u8));
    let has = |class: Class| classes & 1 << (class as u8) != 0;
    if has(NearGood) {
        resolve_near_good(initial, &mut resolved);
    }
    if has(Short) {
        resolve_short(initial, features, &mut resolved);
    }
    resolved
}

/// The first stage of [`resolve`]: near-good lines.
fn resolve_near_good(initial: &[Verdict], resolved: &mut [Verdict]) {
    use Class::*;
    let next = next_judged(initial);
    let mut prev = None;
    for (i, v) in initial.iter().enumerate() {
        if v.class == NearGood {
            resolved[i] = match (prev, next[i]) {
                (Some(Bad), Some(Bad)) => Verdict::new(Bad, Reason::BetweenBoilerplate),
                _ => Verdict::new(Good, v.reason),
            };
        }
        if is_judged(v) {
            prev = Some(v.class);
        }
    }
}

/// The second stage of [`resolve`]: short lines, which read the near-good lines
/// as resolved; short lines never count as neighbours, so resolving them in place
/// does not change what later ones see.
fn resolve_short(initial: &[Verdict], features: &FeatureTable, resolved: &mut [Verdict]) {
    use Class::*;
    let next = next_judged(resolved);
    let short_runs = short_runs(initial, features);
    // Without a caption line, no short line is next to one: the neighbours
    // need not be looked up.
    let captions = initial.iter().any(|v| v.reason == Reason::CaptionOrCredit);
    let mut prev = None;
    for (i, v) in initial.iter().enumerate() {
        let after_near_good = resolved[i];
        if v.class == Short {
            let caption = captions
                && [Dir::Back, Dir::Forward]
                    .into_iter()
                    .any(|d| adjacent_bad_reason(initial, i, d) == Some(Reason::CaptionOrCredit));
            resolved[i] = if caption {
                Verdict::new(Bad, Reason::CaptionOrCredit)
            } else if short_runs[i] {
                Verdict::new(Bad, Reason::ShortLineRun)
            } else if prev == Some(Good) && next[i] == Some(Good) {
                Verdict::new(Good, between_body_reason(&features[i]))
            } else {
                Verdict::new(Bad, Reason::BetweenBoilerplate)
            };
        }
        if is_judged(&after_near_good) {
            prev = Some(after_near_good.class);
        }
    }
}

/// Why a short line between two body lines is body: a title-like one (no
/// sentence end, some words) is a [`Reason::Subheading`], any other
/// ("Sorry!", a line of symbols) is read in [`Reason::Context`].
pub(crate) fn between_body_reason(f: &Features) -> Reason {
    if f.terminal() || f.words == 0 {
        Reason::Context
    } else {
        Reason::Subheading
    }
}

/// A long line that does not read like prose costs the block at most this much: a
/// table row or a line of code inside an article is as long as a paragraph but is
/// no evidence against the article around it.
const LOW_DENSITY_COST_CAP: i64 = 100;

/// What a line adds to (or takes from) the score of a block that contains it.
///
/// Good lines add their characters, bad lines take theirs away, with two
/// exceptions: a short line that is good only by its neighbours (a subheading)
/// adds nothing, since it is evidence of nothing by itself; a long bad line of
/// low density costs at most [`LOW_DENSITY_COST_CAP`]; and a repeated line costs
/// half its length (repeats are captions, table-of-contents entries that come back
/// as section headings, lines of code: interruptions more than evidence).
fn block_weight(v: Verdict, f: &Features) -> i64 {
    let chars = i64::from(f.chars);
    match (v.class, v.reason) {
        (Class::Good, Reason::Subheading | Reason::Context) => 0,
        (Class::Good, _) => chars,
        (Class::Bad, Reason::LowTextDensity) => -chars.min(LOW_DENSITY_COST_CAP),
        (Class::Bad, Reason::Repeated) => -chars / 2,
        (Class::Bad, _) => -chars,
        _ => 0,
    }
}

/// How many words make a keyword line inside the article block a sentence of
/// the article's ([`is_body_inside_block`]). Prompts and consent notices run
/// to about fifteen words ("Sign up for our newsletter to get the day's top
/// stories in your inbox."); the corpus's keyword lines that are the
/// article's own sentences have 20 to 40.
pub(crate) const KEYWORD_SENTENCE_WORDS: u32 = 20;

/// Whether a bad line inside the article block is body after all: a long line
/// that fails only for its density (a table row, a line of code, a reference)
/// or for its neighbours, and sits between the block's first and last good lines.
///
/// A prompt, legal or navigation line there is body too when it is a whole
/// sentence of at least [`KEYWORD_SENTENCE_WORDS`] words: a prompt or a menu
/// is a few words, while the article's own sentences mention tweets,
/// newsletters and terms of service ("The tweet from the magazine reads, …").
/// Only inside the block: the same sentence in a page's header or footer is a
/// consent or sign-up notice, and the line still counts as furniture evidence
/// for the clean-text test, which is decided before the block. A caption or
/// credit stays boilerplate however long ("Photo: … by the Press Office,
/// https://…"): captions are whole sentences as often as not, and the rules
/// that read a caption's neighbours in the clean text would judge the lines
/// around it otherwise than on the page (a fuzz finding). Repeated and marker
/// lines stay boilerplate wherever they are.
pub(crate) fn is_body_inside_block(v: Verdict, f: &Features, config: &Config) -> bool {
    v.class == Class::Bad
        && f.chars as usize >= config.length_low
        && (matches!(
            v.reason,
            Reason::LowTextDensity | Reason::BetweenBoilerplate
        ) || (is_boilerplate_evidence(v.reason)
            && !matches!(
                v.reason,
                Reason::EndOfArticleMarker | Reason::CaptionOrCredit
            )
            && f.words >= KEYWORD_SENTENCE_WORDS
            && f.terminal()))
}

/// Whether a line's verdict is positive evidence of page furniture: a keyword hit,
/// a repeated short line or an end-of-article marker. Low density and shortness
/// are not: clean articles have lists, code and subheadings too.
pub(crate) fn is_boilerplate_evidence(reason: Reason) -> bool {
    matches!(
        reason,
        Reason::CaptionOrCredit
            | Reason::CallToAction
            | Reason::Legal
            | Reason::Navigation
            | Reason::EndOfArticleMarker
    )
}

/// At most this share of a text's non-blank lines may be [boilerplate
/// evidence](is_boilerplate_evidence) for the text to count as clean. A page copied
/// from a browser has a menu and a footer full of prompts and legal lines (5 to
/// 30% of its lines); an article, even one quoting a "subscribe" line, has next to
/// none.
const CLEAN_TEXT_MAX_EVIDENCE: f64 = 0.01;

/// However short the text, this many lines of evidence still leave it clean: a
/// page has a menu and a footer, each with several keyword hits, while one hit
/// in an article is a sentence that mentions a newsletter, a login or a
/// copyright ("Are those of us who never agreed to the terms of service fair
/// game?").
const CLEAN_TEXT_LONE_EVIDENCE: usize = 1;

/// Whether the text is a clean article (or nearly): almost no line in it is
/// evidence of page furniture (at most [`CLEAN_TEXT_LONE_EVIDENCE`] lines, or
/// [`CLEAN_TEXT_MAX_EVIDENCE`] of them). `evidence` tells whether line `i` is
/// ([`Evidence::at`]).
pub(crate) fn is_clean_text(initial: &[Verdict], evidence: impl Fn(usize) -> bool) -> bool {
    let mut count = 0usize;
    let mut non_blank = 0usize;
    for (i, v) in initial.iter().enumerate() {
        count += usize::from(evidence(i));
        non_blank += usize::from(v.class != Class::Blank);
    }
    count <= CLEAN_TEXT_LONE_EVIDENCE || count as f64 <= CLEAN_TEXT_MAX_EVIDENCE * non_blank as f64
}

/// Which lines of a text are evidence of page furniture, and which keyword
/// lines are the text's own.
pub(crate) struct Evidence<'a> {
    pub initial: &'a [Verdict],
    pub features: &'a FeatureTable,
    pub measure: Measure,
    pub config: &'a Config,
    /// Whether line `i` finishes the sentence of line `p` above it by their
    /// words ([`finishes_sentence`]); read only for keyword lines.
    pub finishes_sentence: &'a dyn Fn(usize, usize) -> bool,
}

impl Evidence<'_> {
    /// Whether line `i` counts as evidence of page furniture when telling a
    /// clean text from a page ([`is_clean_text`]): its verdict is [boilerplate
    /// evidence](is_boilerplate_evidence), and it is not a keyword line bound
    /// to the text around it by its form ([`Embedded::Form`]), nor a sentence
    /// ([`Embedded::Sentence`]) with a site-navigation word: navigation words
    /// ("advertising", "careers", "about us") name menu items, and no menu
    /// item is a sentence, while prompts and notices are written as sentences
    /// ("Sign up for our newsletter …", "We use cookies …").
    pub(crate) fn at(&self, i: usize) -> bool {
        let reason = self.initial[i].reason;
        is_boilerplate_evidence(reason)
            && match self.embedded(i) {
                Some(Embedded::Form) => false,
                Some(Embedded::Sentence) => reason != Reason::Navigation,
                None => true,
            }
    }

    /// Whether the evidence a clean text's article keeps is rare within it:
    /// the [evidence](Evidence::at) lines of its span `span` that are not
    /// [furniture](Evidence::is_furniture_in_clean_text) there (a prompt
    /// written as a sentence between paragraphs: the article keeps it), or
    /// that the article keeps all the same ([`is_body_inside_block`]), are at
    /// most [`CLEAN_TEXT_LONE_EVIDENCE`], or [`CLEAN_TEXT_MAX_EVIDENCE`] of the
    /// span's non-blank lines the article keeps. [`is_clean_text`] reads the
    /// share over the whole text, where a page's menu and footer dilute it;
    /// the clean text ([`Article::text`](crate::Article::text)) holds only the
    /// article, with the same kept evidence, and is judged again. A page is
    /// a clean text only when its article would be one.
    pub(crate) fn is_rare_in_span(&self, span: std::ops::Range<usize>) -> bool {
        let mut kept_evidence = 0usize;
        let mut kept = 0usize;
        for i in span {
            let v = self.initial[i];
            // Furniture the article keeps all the same, a long sentence that
            // only mentions a keyword (`is_body_inside_block`), stays in the
            // clean text, and counts there.
            if v.class == Class::Blank
                || (self.is_furniture_in_clean_text(i)
                    && !is_body_inside_block(v, &self.features[i], self.config))
            {
                continue;
            }
            kept_evidence += usize::from(self.at(i));
            // A repeated line may be a copy of the headline, which the
            // article drops as the title printed again once the headline is
            // known: it is not counted among the lines the clean text holds.
            kept += usize::from(v.reason != Reason::Repeated);
        }
        kept_evidence <= CLEAN_TEXT_LONE_EVIDENCE
            || kept_evidence as f64 <= CLEAN_TEXT_MAX_EVIDENCE * kept as f64
    }

    /// Whether line `i` is furniture in a clean text: evidence, unless it is a
    /// keyword line that is part of the text around it (in any way: see
    /// [`embedded`](Evidence::embedded)), or a site-navigation word in a line
    /// too long for a menu item that ends a sentence (a reference citing a
    /// page called "About Us: Role and Responsibilities": no menu item is a
    /// sentence; such a line still counts as evidence, [`at`](Evidence::at),
    /// at a text's edges).
    pub(crate) fn is_furniture_in_clean_text(&self, i: usize) -> bool {
        let reason = self.initial[i].reason;
        let f = &self.features[i];
        let navigation_sentence = reason == Reason::Navigation
            && f.terminal()
            && f.chars as usize >= self.config.length_low;
        (is_boilerplate_evidence(reason) && !navigation_sentence && self.embedded(i).is_none())
            || reason == Reason::LanguagePicker
    }

    /// How line `i`, bad for a keyword, is part of the text around it rather
    /// than furniture, if it is. Furniture stands alone: a prompt, a notice, a
    /// credit or a menu item is a line of its own, between other furniture or
    /// blank lines. A keyword line is the text's own, whatever word it uses
    /// ("cookies", "login", "advertising"), when its nearest non-blank
    /// neighbours say so:
    ///
    /// * [`Embedded::Form`]: it shares a sentence with a line of prose next to
    ///   it (it starts in lowercase under a line of prose that does not end a
    ///   sentence, or finishes one that stops on a stopword without starting
    ///   with a capital, "… exposed except" / "“Set-Cookie” and
    ///   “Set-Cookie2”.", or it does not end one and
    ///   the line of prose under it starts
    ///   in lowercase: a hard-wrapped paragraph, "… ensuring cookies aren't
    ///   readable by third parties."), or it is a line of code (`=`, `;`, `{`,
    ///   `}`) without a stopword or next to another one (a code block:
    ///   `fetch("/login", {`). No prompt or notice continues a sentence or a
    ///   program.
    /// * [`Embedded::Sentence`]: it reads like prose without its keyword, ends
    ///   like a sentence, and is judged like a near-good line: its nearest
    ///   [judged](is_judged) neighbours are not both bad (a sentence that
    ///   mentions the terms of service). So does an inline prompt
    ///   ("Sign up for our newsletter …") between two paragraphs of a page:
    ///   such a line does not make a page a clean text, but in a clean text it
    ///   is the article's.
    pub(crate) fn embedded(&self, i: usize) -> Option<Embedded> {
        let (initial, features) = (self.initial, self.features);
        let f = &features[i];
        if initial[i].class != Class::Bad || f.keyword.is_none() {
            return None;
        }
        let prose = |j: usize| matches!(initial[j].class, Class::Good | Class::NearGood);
        let prev = (0..i).rev().find(|&j| !features[j].is_blank());
        let next = (i + 1..features.len()).find(|&j| !features[j].is_blank());
        let continues = prev.is_some_and(|p| {
            prose(p)
                && !features[p].terminal()
                && (f.starts_lower() || (self.finishes_sentence)(p, i))
        });
        let continued =
            !f.terminal() && next.is_some_and(|q| prose(q) && features[q].starts_lower());
        let code = f.code()
            && (f.stopwords == 0
                || [prev, next]
                    .into_iter()
                    .flatten()
                    .any(|j| features[j].code()));
        if continues || continued || code {
            return Some(Embedded::Form);
        }
        let unkeyed = Features {
            keyword: None,
            ..*f
        };
        let reads_as_prose = f.terminal()
            && matches!(
                context_free(&unkeyed, 1, self.measure, self.config).class,
                Class::Good | Class::NearGood
            );
        // Judged like a near-good line: unless the nearest judged lines on
        // both sides are bad, looking at most `NEIGHBOUR_REACH` lines away.
        let judged = |j: &usize| is_judged(&initial[*j]);
        let bad = |j: Option<usize>| j.is_some_and(|j| initial[j].class == Class::Bad);
        let before = (i.saturating_sub(NEIGHBOUR_REACH)..i).rev().find(judged);
        let after = (i + 1..features.len().min(i + 1 + NEIGHBOUR_REACH)).find(judged);
        (reads_as_prose && !(bad(before) && bad(after))).then_some(Embedded::Sentence)
    }
}

/// Whether the line `next` finishes the sentence of the line `above` by
/// their words: `above` stops on a stopword ("… with all headers exposed
/// except"), and `next` does not start with a capital letter (a quote, a
/// number, a lowercase word: "“Set-Cookie” and “Set-Cookie2”."). A line
/// starting with a capital under a cut teaser title ("… Portfolio How to
/// Build an Easy, Beginner In" / "Photos by …") starts its own.
pub(crate) fn finishes_sentence(
    above: &str,
    next: &str,
    stoplist: &crate::stopwords::Stoplist,
) -> bool {
    !next.trim_start().starts_with(char::is_uppercase) && ends_on_stopword(above, stoplist)
}

/// Whether the last word of `text` is in `stoplist` ("… with all headers
/// exposed except"): a line of prose that stops there has not finished its
/// sentence.
fn ends_on_stopword(text: &str, stoplist: &crate::stopwords::Stoplist) -> bool {
    let word = text
        .rsplit(char::is_whitespace)
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric());
    !word.is_empty() && stoplist.contains_word(word, &mut String::new())
}

/// How far (in lines) [`Evidence::embedded`] looks for the judged neighbours
/// of a sentence with a keyword; further away, there is none (which keeps the
/// search linear).
const NEIGHBOUR_REACH: usize = 32;

/// How a keyword line is part of the text around it ([`Evidence::embedded`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Embedded {
    /// It continues a sentence of the prose next to it, or a block of code.
    Form,
    /// It is a sentence of prose between two lines of prose.
    Sentence,
}

/// The article block of a clean text: from its first line that reads like prose
/// (good or near-good on its own) to its last one before an end-of-article marker.
/// A clean text has no furniture between them: its lists, code, tables and
/// subheadings are all body.
pub(crate) fn text_span(initial: &[Verdict]) -> Option<std::ops::Range<usize>> {
    let prose = |v: &Verdict| matches!(v.class, Class::Good | Class::NearGood);
    let first = initial.iter().position(prose)?;
    let end = initial[first..]
        .iter()
        .position(|v| v.reason == Reason::EndOfArticleMarker)
        .map_or(initial.len(), |k| first + k);
    let last = initial[..end].iter().rposition(prose)?;
    Some(first..last + 1)
}

/// Whether no line of a clean text outside its [span](text_span) `core` (above
/// its first line of prose or under its last) is [evidence](is_boilerplate_evidence)
/// of page furniture or raw markup: a clean text with no trace of a menu or a
/// footer at its edges. A page in a language the keyword lists do not cover
/// has no keyword hits, but its renderer lets a tracking pixel through, and its
/// menus and footers repeat ("0" under every reaction button, "Home" twice) and
/// hold a row of links: the cleaner also requires that no line there is a [row
/// of links](is_link_row), or a repeated short line (under
/// [`MENU_ITEM_MAX_CHARS`]) that cannot be a byline (a clean text may print its
/// byline twice), except a copy of the headline and an entry of a table of
/// contents ([`names_a_heading`]). Inside the span such lines are the
/// article's own (a quoted copyright notice).
pub(crate) fn is_furniture_free(
    initial: &[Verdict],
    core: std::ops::Range<usize>,
    evidence: impl Fn(usize) -> bool,
) -> bool {
    let furniture = |i: usize| evidence(i) || initial[i].reason == Reason::Markup;
    !((0..core.start).any(furniture) || (core.end..initial.len()).any(furniture))
}

/// A repeated line at a clean text's edge is menu furniture only when it is
/// shorter than this (in characters): menu items, buttons and counters ("Home",
/// "0", "Follow", a title in a sticky header) are a few words. A repeated line
/// of 40 characters or more, the length of a hard-wrapped line, is the text's
/// own: a reference list citing the same work twice (`Fielding et al.,
/// "Hypertext Transfer Protocol (HTTP/1.1):`), a line of code or of a table.
pub(crate) const MENU_ITEM_MAX_CHARS: u32 = 40;

/// At most this many repeated lines at a clean text's edges are compared with
/// the article's headings ([`names_a_heading`]); more are a page's menus.
const MAX_NAMED_CANDIDATES: usize = 64;

/// The signs a documentation page puts after a heading, as a link to it.
fn is_anchor_sign(c: char) -> bool {
    matches!(c, '¶' | '#' | '§')
}

/// A heading's text without its anchor sign ("Setting up¶" → "Setting up"),
/// when it has one.
fn without_anchor(text: &str) -> Option<&str> {
    let t = text.trim();
    let bare = t.trim_end_matches(is_anchor_sign).trim_end();
    (bare.len() < t.len() && !bare.is_empty()).then_some(bare)
}

/// Which of the repeated lines `candidates` at a clean text's edges are
/// entries of its table of contents: their text is that of a heading inside
/// the article (`article`) that carries the anchor sign a documentation page
/// adds (`¶`, `#`, `§`). A table of contents lists a section name under each
/// chapter ("Setting up" three times), which repeats like a menu item, but the
/// headings it names ("Setting up¶") say what it is. Returns a test on a
/// line's text; with more than [`MAX_NAMED_CANDIDATES`] candidates, none is
/// an entry (time and memory stay linear in the text).
pub(crate) fn names_a_heading<'t>(
    texts: &[&'t str],
    candidates: impl Iterator<Item = usize>,
    article: impl Iterator<Item = usize>,
) -> impl Fn(&str) -> bool + 't {
    let wanted: HashSet<&str> = candidates
        .take(MAX_NAMED_CANDIDATES + 1)
        .map(|i| texts[i].trim())
        .collect();
    let named: HashSet<&str> = if wanted.is_empty() || wanted.len() > MAX_NAMED_CANDIDATES {
        HashSet::new()
    } else {
        article
            .filter_map(|j| without_anchor(texts[j]))
            .filter(|k| wanted.contains(k))
            .collect()
    };
    move |t: &str| named.contains(t.trim())
}

/// Whether a line is a row of links: at least [`LINK_ROW_SEPARATORS`] `" | "`
/// separators ("About | Contact | Jobs", a language picker "English | Русский |
/// 中文"). Prose and titles have one at most.
pub(crate) fn is_link_row(text: &str) -> bool {
    text.matches(" | ").nth(LINK_ROW_SEPARATORS - 1).is_some()
}

/// How many `" | "` separators make a [row of links](is_link_row).
const LINK_ROW_SEPARATORS: usize = 2;

/// A [furniture-free](is_furniture_free) clean text's article block: its
/// [span](text_span) `core`, run out to the text's edges, or to the
/// end-of-article markers nearest around the span. Such a text has no menu
/// above its first paragraph and no footer under its last: what stands there
/// is the article's own (a table of contents, a standfirst, a list, code, a
/// closing line, a list of sources). The cleaner runs the body out over it
/// from under the headline (the lines above a headline are not the article),
/// and the byline rules take the byline out of it. A clean text with one line
/// of evidence (at most [`CLEAN_TEXT_LONE_EVIDENCE`]) keeps its span: on the
/// corpus, such texts are as often pages with little furniture, whose edges
/// are menus and footers, as clean articles.
///
/// Running to the edges also makes cleaning stable: a line that is body in a
/// page's article block is body in the page's clean text
/// ([`Article::text`](crate::Article::text)), where it may stand before the
/// first paragraph that reads like prose, or after the last.
pub(crate) fn clean_text_block(
    initial: &[Verdict],
    core: std::ops::Range<usize>,
) -> std::ops::Range<usize> {
    let marker = |i: &usize| initial[*i].reason == Reason::EndOfArticleMarker;
    let start = (0..core.start).rev().find(marker).map_or(0, |m| m + 1);
    let end = (core.end..initial.len())
        .find(marker)
        .unwrap_or(initial.len());
    start..end
}

/// Stage 3: the maximum-scoring run of lines, as a half-open index range; `None`
/// when no run scores above zero (the input has no article text).
pub(crate) fn article_block(
    resolved: &[Verdict],
    features: &FeatureTable,
) -> Option<std::ops::Range<usize>> {
    let mut best: Option<(i64, usize, usize)> = None;
    let mut sum = 0i64;
    let mut start = 0usize;
    for (i, (v, f)) in resolved.iter().zip(features.iter()).enumerate() {
        if v.reason == Reason::EndOfArticleMarker {
            sum = 0;
            start = i + 1;
            continue;
        }
        sum += block_weight(*v, f);
        if sum <= 0 {
            sum = 0;
            start = i + 1;
        } else if best.map_or(true, |(b, _, _)| sum > b) {
            best = Some((sum, start, i + 1));
        }
    }
    let (mut sum, mut s, e) = best?;
    // A short box of links ("Recommended", "Related") inside the article ends
    // the run at its marker; the text before it belongs to the article when
    // it is substantial and the box is short. An article may hold several
    // such boxes: the text climbs past one box at a time.
    while let Some(m) = (0..s)
        .rev()
        .filter(|&i| !features[i].is_blank())
        .take(MAX_BOX_LINES + 1)
        .find(|&i| resolved[i].reason == Reason::EndOfArticleMarker)
    {
        let (mut run, mut top, mut from) = (0i64, 0i64, m);
        for i in (0..m).rev() {
            if resolved[i].reason == Reason::EndOfArticleMarker {
                break;
            }
            run += block_weight(resolved[i], &features[i]);
            if run > top {
                (top, from) = (run, i);
            }
        }
        let box_lines = (m + 1..s).filter(|&i| !features[i].is_blank()).count();
        let share = if box_lines <= SHORT_BOX_LINES {
            SHORT_BOX_TEXT_SHARE
        } else {
            BOX_TEXT_SHARE
        };
        if top == 0 || top * share < sum {
            break;
        }
        sum += top;
        s = from;
    }
    Some(s..e)
}

/// Where the run of the lines `kept` among `lines` peaks: one past the line
/// at which their running weight ([`block_weight`], summed from the first)
/// first reaches its highest; `lines.start` when it never rises above zero.
/// `verdicts` are the resolved verdicts of the lines from `offset` on.
///
/// A page's block may run past an end-of-article marker that a table of
/// contents announced ([`keep_announced_sections`]). When the cleaner then
/// finds the article does not keep that table, the article ends at the
/// marker, and its body lines just above it (a code sample, a teaser list)
/// may have stood in the block only on the weight of the text under the
/// marker. The clean text ([`Article::text`](crate::Article::text)) holds
/// the body lines alone and ends with them, where its own block leaves out
/// those that do not pay for themselves: the cleaner ends the article where
/// the body lines' running weight peaks, as the clean text will. One pass.
pub(crate) fn kept_run_end(
    verdicts: &[Verdict],
    offset: usize,
    features: &FeatureTable,
    lines: std::ops::Range<usize>,
    kept: impl Fn(usize) -> bool,
) -> usize {
    let (mut sum, mut top, mut end) = (0i64, 0i64, lines.start);
    for i in lines.filter(|&i| kept(i)) {
        let Some(&v) = i.checked_sub(offset).and_then(|k| verdicts.get(k)) else {
            continue;
        };
        sum += block_weight(v, &features[i]);
        if sum > top {
            (top, end) = (sum, i + 1);
        }
    }
    end
}

/// Where the article starts in `lines`, the lines under a headline that
/// stands inside a page's article block, judged as a block of their own: the
/// first line of the maximum-scoring run of their body lines, weighed as
/// [`article_block`] weighs them (a line of prose by its length, a line
/// body only by its neighbours by nothing, a line body only inside the block
/// against its length); boilerplate lines weigh nothing, and only a line
/// that weighs against the run moves its start (the lines by their
/// neighbours above the first paragraph stay in it). `None` when no line of
/// prose stands there.
///
/// The page's block may have started above the headline, where the weight
/// of the lines there carried it over a line that is body only inside the
/// block (a long call to action under the lead). The clean text
/// ([`Article::text`](crate::Article::text)) opens with the headline and
/// holds only the body lines: its block starts where this run does, and a
/// lead above such a line falls out of it. The page judges the lines as the
/// clean text will (`menu_item_headline_over_a_mozilla_page_printed_twice` in
/// `tests/fuzz_regressions.rs`).
pub(crate) fn run_under_headline(
    decided: &[(Label, Reason)],
    features: &FeatureTable,
    lines: std::ops::Range<usize>,
) -> Option<usize> {
    let mut best: Option<(i64, usize)> = None;
    let (mut sum, mut start) = (0i64, lines.start);
    for i in lines {
        let chars = i64::from(features[i].chars);
        match decided[i] {
            (Label::Body, Reason::InsideArticle) => {
                sum -= chars;
                if sum <= 0 {
                    sum = 0;
                    start = i + 1;
                }
            }
            (Label::Body, Reason::Subheading | Reason::Context) => {}
            (Label::Body, _) => {
                sum += chars;
                if best.map_or(true, |(b, _)| sum > b) {
                    best = Some((sum, start));
                }
            }
            _ => {}
        }
    }
    best.map(|(_, s)| s)
}

/// A box of links inside the article has at most this many non-blank lines
/// after its marker.
const MAX_BOX_LINES: usize = 12;
/// The text before such a box joins the article when it weighs at least this
/// fraction (1/n) of the article's run after it.
const BOX_TEXT_SHARE: i64 = 4;
/// A box of at most this many non-blank lines between its marker and the
/// article's text is a single link ("Related" and one title) set into the
/// text. (Two are a list: a teaser paragraph over "Recommended" and two links
/// stays out of the article.)
const SHORT_BOX_LINES: usize = 1;
/// The text before such a box joins the article when it weighs at least this
/// fraction (1/n) of the article's run after it.
const SHORT_BOX_TEXT_SHARE: i64 = 16;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::Extractor;
    use crate::stopwords::Stoplist;

    /// The features and stage-1 verdicts of `lines` (English, default config).
    fn judged(lines: &[&str]) -> (FeatureTable, Vec<Verdict>) {
        let config = Config::default();
        let mut ex = Extractor::new(Stoplist::english());
        let features: FeatureTable = lines.iter().map(|l| ex.features(l)).collect();
        let initial = features
            .iter()
            .map(|f| context_free(f, 1, Measure::Stopwords, &config))
            .collect();
        (features, initial)
    }

    fn run(lines: &[&str]) -> (Vec<Verdict>, Option<std::ops::Range<usize>>) {
        let (features, initial) = judged(lines);
        let resolved = resolve(&initial, &features);
        let block = article_block(&resolved, &features);
        (resolved, block)
    }

    const PROSE: &str = "The committee said on Tuesday that it would not be able to finish the \
        report before the end of the year, because the data it needs is still being collected.";

    #[test]
    fn the_kept_lines_run_ends_where_their_weight_peaks() {
        let lines = [
            PROSE,
            "",
            "A teaser title of the page's list",
            "var x = { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9 };",
            "Another teaser title, kept by its neighbours",
            "A closing paragraph of the article, which is long enough to be read as prose by the rules.",
        ];
        let (features, _) = judged(&lines);
        let v = |class, reason| Verdict::new(class, reason);
        let verdicts = [
            v(Class::Good, Reason::BodyText),
            v(Class::Bad, Reason::Blank),
            v(Class::Short, Reason::BetweenBoilerplate),
            v(Class::Bad, Reason::LowTextDensity),
            v(Class::Bad, Reason::BetweenBoilerplate),
            v(Class::Good, Reason::BodyText),
        ];
        let all = |_: usize| true;
        // The code line and the teaser cost more than the closing line adds:
        // the run ends with the first paragraph.
        assert_eq!(kept_run_end(&verdicts, 0, &features, 0..6, all), 1);
        // Without the teaser among the kept lines, the closing line pays.
        assert_eq!(kept_run_end(&verdicts, 0, &features, 0..6, |i| i != 4), 6);
        // The verdicts may start at an offset; lines before it weigh nothing.
        assert_eq!(kept_run_end(&verdicts[2..], 2, &features, 0..6, all), 0);
        // Nothing kept: the run ends where it starts.
        assert_eq!(kept_run_end(&verdicts, 0, &features, 2..6, |_| false), 2);
    }

    #[test]
    fn the_run_under_a_headline_starts_past_a_line_body_only_inside_the_block() {
        use Label::{Body, Boilerplate};
        let lines = [
            "Headline",
            "A short lead.",
            "Sign up",
            "A call to action as long as a sentence, which only the block made body.",
            "",
            PROSE,
            PROSE,
        ];
        let (features, _) = judged(&lines);
        let decided = [
            (Label::Headline, Reason::TitleBeforeBody),
            (Body, Reason::BodyText),
            (Body, Reason::Subheading),
            (Body, Reason::InsideArticle),
            (Boilerplate, Reason::Blank),
            (Body, Reason::BodyText),
            (Body, Reason::BodyText),
        ];
        // The sentence outweighs the lead: the run starts under it.
        assert_eq!(run_under_headline(&decided, &features, 1..7), Some(4));
        // Without it, the run holds the lead and the line by its neighbours.
        let mut kept = decided;
        kept[3] = (Boilerplate, Reason::CallToAction);
        assert_eq!(run_under_headline(&kept, &features, 1..7), Some(1));
        // A line by its neighbours at the top stays in the run.
        assert_eq!(run_under_headline(&kept, &features, 2..7), Some(2));
        // No line of prose: no run.
        assert_eq!(run_under_headline(&decided, &features, 2..5), None);
    }

    #[test]
    fn subheading_between_paragraphs_is_good() {
        let (v, block) = run(&[PROSE, "", "What Happens Next", "", PROSE]);
        assert_eq!(v[2].class, Class::Good);
        assert_eq!(v[2].reason, Reason::Subheading);
        assert_eq!(block, Some(0..5));
    }

    #[test]
    fn menu_items_between_boilerplate_are_bad() {
        let (v, block) = run(&["Home", "World", "Sport", PROSE, "Login"]);
        assert!(v[..3].iter().all(|v| v.class == Class::Bad));
        assert_eq!(block, Some(3..4));
    }

    #[test]
    fn block_stops_at_end_marker() {
        let (_, block) = run(&[PROSE, PROSE, "Popular", PROSE]);
        assert_eq!(block, Some(0..2));
    }

    #[test]
    fn a_short_box_inside_the_article_does_not_cut_it() {
        let mut lines = vec![PROSE, PROSE, "Recommended", "Some Teaser", "Another Teaser"];
        lines.extend([PROSE; 4]);
        let (v, block) = run(&lines);
        assert_eq!(v[2].reason, Reason::EndOfArticleMarker);
        assert_eq!(block, Some(0..lines.len()));
        // A single line before the box is too little to join a long article.
        lines[0] = "Home";
        lines.extend([PROSE; 4]);
        let (_, block) = run(&lines);
        assert_eq!(block, Some(5..lines.len()));
    }

    #[test]
    fn several_one_link_boxes_inside_the_article_do_not_cut_it() {
        // The lead, then two "Related" boxes of one link each set into the
        // text: the lead is an eighth of the article, too light to climb a
        // long box but enough for a single link, and the text climbs both.
        let mut lines = vec!["Home", PROSE, "Related", "Some Teaser"];
        lines.extend([PROSE; 3]);
        lines.extend(["Related", "Another Teaser"]);
        lines.extend([PROSE; 5]);
        let (_, block) = run(&lines);
        assert_eq!(block, Some(1..lines.len()));
        // Behind a box of three links the lead stays out.
        lines.splice(3..4, ["Some Teaser", "Another Teaser", "A Third Teaser"]);
        let (_, block) = run(&lines);
        assert_eq!(block, Some(6..lines.len()));
    }

    #[test]
    fn placeholder_text_reads_by_its_lowercase_share() {
        let lorem = "Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod \
            tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam.";
        let config = Config::default();
        let mut ex = Extractor::new(Stoplist::english());
        let f = ex.features(lorem);
        assert!(f.stopword_density() < config.stopwords_low);
        assert!(Measure::Either.density(&f) >= config.stopwords_high);
        let prose = ex.features(PROSE);
        assert_eq!(Measure::Either.density(&prose), prose.stopword_density());
        assert_eq!(
            Measure::Either.density(&ex.features("Home World Sport")),
            0.0
        );
    }

    #[test]
    fn clean_text_span_runs_from_prose_to_prose_up_to_a_marker() {
        let config = Config::default();
        let mut ex = Extractor::new(Stoplist::english());
        let lines = ["Title", PROSE, "x = 1; y = 2", PROSE, "Comments", PROSE];
        let initial: Vec<_> = lines
            .iter()
            .map(|l| context_free(&ex.features(l), 1, Measure::Stopwords, &config))
            .collect();
        let clean = |v: &[Verdict]| is_clean_text(v, |i| is_boilerplate_evidence(v[i].reason));
        assert!(clean(&initial[..4]));
        assert_eq!(text_span(&initial), Some(1..4));
        let mut quoting = initial[..4].to_vec();
        quoting.push(Verdict::new(Class::Bad, Reason::Legal));
        assert!(clean(&quoting), "one keyword line is no page furniture");
        let mut cluttered = quoting.clone();
        cluttered.push(Verdict::new(Class::Bad, Reason::Navigation));
        assert!(!clean(&cluttered));
    }

    #[test]
    fn keyword_lines_bound_to_the_text_around_them_are_not_furniture() {
        let config = Config::default();
        let lines = [
            // 0: a hard-wrapped paragraph shares its sentence with a keyword line.
            "Response. They map directly to the underlying HTTP concepts, but have",
            "certain visibility filters in place for privacy and security reasons, such as",
            "supporting CORS rules and ensuring cookies aren't readable by third parties.",
            "",
            // 4: code with keywords in its strings.
            "var form = new FormData(document.getElementById('login-form'));",
            "fetch(\"/login\", {",
            "",
            // 7: a sentence between two paragraphs that mentions the terms of service.
            PROSE,
            "Are those of us who have avoided agreeing to the terms of service simply fair game for them?",
            PROSE,
            "",
            // 11: furniture standing alone.
            "Sign up for our newsletter",
            "Privacy Policy",
            "",
            "Copyright 2025 Example Media; all rights reserved.",
            // 15: a sentence with a site-navigation word.
            PROSE,
            "It was a choice, paid for by digital advertising and premised on the experience of readers.",
            PROSE,
            // 18: a keyword line finishing the sentence of a line that stops
            // on a stopword; a title over a prose line that stops on none.
            "\"basic\": normal, same origin response, with all headers exposed except",
            "“Set-Cookie” and “Set-Cookie2”.",
            "The council voted on Monday to close the old bridge after the storm",
            "Privacy Policy",
            // 22: a reference naming an "About Us" page; a menu item.
            "^ \"About Us: Role and Responsibilities\". New Zealand Defence Force. Retrieved 11 January 2011.",
            "About us",
        ];
        let (features, initial) = judged(&lines);
        let finishes =
            |p: usize, i: usize| finishes_sentence(lines[p], lines[i], Stoplist::english());
        let evidence = Evidence {
            initial: &initial,
            features: &features,
            measure: Measure::Stopwords,
            config: &config,
            finishes_sentence: &finishes,
        };
        let embedded: Vec<_> = (0..lines.len()).map(|i| evidence.embedded(i)).collect();
        assert_eq!(embedded[2], Some(Embedded::Form));
        assert_eq!(embedded[4..6], [Some(Embedded::Form); 2]);
        assert_eq!(embedded[8], Some(Embedded::Sentence));
        assert_eq!(embedded[11..15], [None; 4]);
        assert_eq!(embedded[16], Some(Embedded::Sentence));
        assert_eq!(embedded[19], Some(Embedded::Form));
        assert_eq!(embedded[21], None);
        let ends = |t| ends_on_stopword(t, Stoplist::english());
        assert!(ends(lines[18]) && !ends(lines[20]) && !ends("") && ends("is it the"));
        assert!(finishes(18, 19) && !finishes(18, 21));
        // A sentence between paragraphs still counts when telling a page from
        // a clean text (an inline prompt reads the same); in a clean text it
        // is the article's.
        assert!(!evidence.at(2) && !evidence.at(4) && evidence.at(8) && evidence.at(11));
        // No menu item is a sentence: a navigation word in one is prose.
        assert!(!evidence.at(16));
        assert!(!evidence.is_furniture_in_clean_text(8));
        assert!(evidence.is_furniture_in_clean_text(14));
        // No menu item is a sentence of a line's length, whatever its density.
        assert_eq!(initial[22].reason, Reason::Navigation);
        assert!(evidence.at(22) && !evidence.is_furniture_in_clean_text(22));
        assert!(evidence.is_furniture_in_clean_text(23));
    }

    #[test]
    fn a_keyword_sentence_inside_the_block_is_body() {
        let config = Config::default();
        let mut ex = Extractor::new(Stoplist::english());
        let mut inside = |line: &str| {
            let f = ex.features(line);
            is_body_inside_block(
                context_free(&f, 1, Measure::Stopwords, &config),
                &f,
                &config,
            )
        };
        assert!(inside(
            "The tweet from the magazine reads, \u{201c}Show interrupted by an angry fan.\u{201d} \
             The writer retweeted the story, saying, \u{201c}Are there calm fans at all?\u{201d}"
        ));
        // A credit stays a credit, however long.
        assert!(!inside(
            "Photo: The mayor speaks to reporters outside the town hall after the vote on \
             the old bridge on Monday, as the council members look on from the steps."
        ));
        // A prompt is shorter; a long one without a sentence end is a menu.
        assert!(!inside(
            "Sign up for our newsletter to get the day\u{2019}s top stories delivered to your inbox."
        ));
        assert!(!inside(
            "Share on Twitter Share on Facebook Share on LinkedIn Share by email Print this \
             article Copy the link Save for later Read more about it"
        ));
    }

    #[test]
    fn markup_and_teaser_tails_are_bad_on_their_own() {
        let config = Config::default();
        let mut ex = Extractor::new(Stoplist::english());
        let pixel = r#"<div><img src="//stats.example.com/p.gif?id=1234567890&page=article&section=news&ref=home" width="1" height="1" alt="" /></div>"#;
        let v = context_free(&ex.features(pixel), 1, Measure::Stopwords, &config);
        assert_eq!(v, Verdict::new(Class::Bad, Reason::Markup));
        let teaser = format!("{PROSE} Read more »");
        let v = context_free(&ex.features(&teaser), 1, Measure::Stopwords, &config);
        assert_eq!(v, Verdict::new(Class::Bad, Reason::CallToAction));
        let v = context_free(&ex.features(PROSE), 1, Measure::Stopwords, &config);
        assert_eq!(v, Verdict::new(Class::NearGood, Reason::BodyText));
    }

    #[test]
    fn hard_wrapped_paragraph_is_judged_whole() {
        let lines = [
            "This draft describes a protocol by which client-side applications,",
            "running inside a web browser, can communicate with a data storage",
            "server that is hosted on a different domain name. This way, the",
            "provider of a web application need not also play the role of data",
            "storage provider.",
            "",
            "Home",
        ];
        let config = Config::default();
        let (f, initial) = judged(&lines);
        assert!(initial[..5].iter().all(|v| v.class == Class::Short));
        let mut joined = initial.clone();
        let continues = join_wrapped(&f, &mut joined, Measure::Stopwords, &config, |_| false);
        assert!(joined[..5].iter().all(|v| v.class == Class::Good));
        assert_eq!(continues, [false, true, true, true, true, false, false]);
        assert_eq!(joined[6], initial[6]);
        // Title-like lines of the same length do not continue each other.
        let titles = [
            "Apple Stops Security Holes In iOS And Several Versions Of OS X",
            "Former HP Chief Criticises Tim Cook Over Religious Freedom Law",
            "Apple Watch Orders Could Take Weeks To Arrive In Europe, Says Store",
        ];
        let (f, initial) = judged(&titles);
        let mut joined = initial.clone();
        let continues = join_wrapped(&f, &mut joined, Measure::Stopwords, &config, |_| false);
        assert_eq!((joined, continues), (initial, vec![false; 3]));
    }

    /// A title over its byline with no blank line between reads like a
    /// wrapped sentence (the byline starts lowercase); the byline ends the
    /// paragraph, so neither line takes the other's verdict.
    #[test]
    fn a_byline_ends_a_wrapped_paragraph() {
        let lines = [
            "Zuckerberg offers peek at why this API is so fetching for all",
            "on March 10, 2015 by Nikhil Marathe",
        ];
        let config = Config::default();
        let (f, initial) = judged(&lines);
        let is_byline = |i: usize| crate::byline::is_byline_line(lines[i], f[i].keyword);
        assert_eq!((is_byline(0), is_byline(1)), (false, true));
        let mut joined = initial.clone();
        let continues = join_wrapped(&f, &mut joined, Measure::Stopwords, &config, |_| false);
        assert_eq!(continues, [false, true]);
        let mut joined = initial.clone();
        let continues = join_wrapped(&f, &mut joined, Measure::Stopwords, &config, is_byline);
        assert_eq!((joined, continues), (initial, vec![false; 2]));
    }

    #[test]
    fn sections_announced_by_a_table_of_contents_are_not_end_markers() {
        let texts = [
            "Contents",
            "1 History",
            "2 See also",
            PROSE,
            "See also",
            "Comments",
        ];
        let (features, mut initial) = judged(&texts);
        assert_eq!(initial[4].reason, Reason::EndOfArticleMarker);
        let announced = announced_markers(|i| texts[i], &features);
        assert_eq!(announced.iter().collect::<Vec<_>>(), [4]);
        keep_announced_sections(&announced, &mut initial);
        assert_eq!(initial[4].class, Class::Short);
        assert_eq!(initial[5].reason, Reason::EndOfArticleMarker);
    }

    #[test]
    fn three_short_lines_in_a_row_are_a_list_not_subheadings() {
        let (v, _) = run(&[
            PROSE,
            "",
            "Nerd Shirts for Programmers",
            "Webcast: Next Gen Endpoint Protection",
            "Third IT Job Day in April",
            "",
            PROSE,
            "",
            "What Happens Next",
            "",
            PROSE,
            "",
            "Short sentences.",
            "Said in a row.",
            "Like dialogue.",
            "",
            PROSE,
        ]);
        assert!(v[2..5]
            .iter()
            .all(|v| *v == Verdict::new(Class::Bad, Reason::ShortLineRun)));
        assert_eq!(v[8].reason, Reason::Subheading);
        assert!(v[12..15].iter().all(|v| v.class == Class::Good));
    }

    /// The neighbour search as first written (a scan per line), for checking the
    /// table-driven [`resolve`].
    fn naive_neighbour(verdicts: &[Verdict], i: usize, back: bool) -> Option<Class> {
        let mut range: Box<dyn Iterator<Item = usize>> = if back {
            Box::new((0..i).rev())
        } else {
            Box::new(i + 1..verdicts.len())
        };
        range
            .find(|&j| is_judged(&verdicts[j]))
            .map(|j| verdicts[j].class)
    }

    #[test]
    fn neighbour_table_agrees_with_a_scan() {
        use Class::*;
        let kinds = [
            Verdict::new(Blank, Reason::Blank),
            Verdict::new(Good, Reason::BodyText),
            Verdict::new(NearGood, Reason::BodyText),
            Verdict::new(Short, Reason::LowTextDensity),
            Verdict::new(Bad, Reason::LowTextDensity),
            Verdict::new(Bad, Reason::CaptionOrCredit),
            Verdict::new(Bad, Reason::Repeated),
        ];
        // Every sequence of up to 5 lines over the kinds.
        for len in 0..=5u32 {
            for code in 0..kinds.len().pow(len) {
                let mut c = code;
                let initial: Vec<Verdict> = (0..len)
                    .map(|_| {
                        let v = kinds[c % kinds.len()];
                        c /= kinds.len();
                        v
                    })
                    .collect();
                let next = next_judged(&initial);
                for (i, &n) in next.iter().enumerate() {
                    assert_eq!(n, naive_neighbour(&initial, i, false));
                }
                // Features as the verdicts need them: a judged line is not
                // blank (one word, no sentence end, no code).
                let f: FeatureTable = initial
                    .iter()
                    .map(|v| Features {
                        chars: u32::from(v.class != Blank),
                        ..Features::default()
                    })
                    .collect();
                let resolved = resolve(&initial, &f);
                let mut stage1 = initial.clone();
                for (i, v) in initial.iter().enumerate() {
                    if v.class == NearGood {
                        let both_bad = naive_neighbour(&initial, i, true) == Some(Bad)
                            && naive_neighbour(&initial, i, false) == Some(Bad);
                        stage1[i].class = if both_bad { Bad } else { Good };
                        assert_eq!(resolved[i].class, stage1[i].class, "{initial:?}");
                    }
                }
                let runs = short_runs(&initial, &f);
                // A run: three or more adjacent short lines.
                let short = |k: usize| initial[k].class == Short;
                for (i, &run) in runs.iter().enumerate() {
                    let before = (0..=i).rev().take_while(|&k| short(k)).count();
                    let after = (i..initial.len()).take_while(|&k| short(k)).count();
                    let in_run = short(i) && before + after > SHORT_RUN_MIN;
                    assert_eq!(run, in_run, "{initial:?}");
                }
                for (i, v) in initial.iter().enumerate() {
                    if v.class == Short && resolved[i].reason != Reason::CaptionOrCredit {
                        let good = !runs[i]
                            && naive_neighbour(&stage1, i, true) == Some(Good)
                            && naive_neighbour(&stage1, i, false) == Some(Good);
                        assert_eq!(resolved[i].class == Good, good, "{initial:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn no_prose_means_no_block() {
        let (_, block) = run(&["Home", "", "About us", "Contact"]);
        assert_eq!(block, None);
        assert_eq!(run(&[]).1, None);
    }
}
