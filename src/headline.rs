//! Finding the headline.
//!
//! The headline is the *title-like* line nearest before the body that shares the
//! most words with the lead (the first body paragraphs). Title-like means: between
//! [`headline_min_words`](crate::Config::headline_min_words) and
//! [`headline_max_words`](crate::Config::headline_max_words) words, no closing full
//! stop (an abbreviation such as "N.Y.C." is none), no keyword hit, not an
//! end-of-article marker, not mostly numbers (a date), not markup a scraper let
//! through ("<img …>"), not a list item ("+ …", "• …"), not a row of columns (a
//! tab or a run of three spaces between words: a table row, an RFC's
//! preformatted header "INTERNET DRAFT          Jane Doe"), and not a credit ending
//! "… by First Last" ("Portrait by Jane Doe") or "… First Last/Agency" ("…
//! Benoit Tessier/Reuters": a caption).
//!
//! The lead starts at the first body line that is prose (within the first few
//! body lines): a long sentence, or a line of a hard-wrapped paragraph, whose
//! first line then starts the lead (an RFC's or a mail's lines are short and end
//! mid-sentence, and the paragraph's first line is no title). The article block
//! often opens with the title, a standfirst, the byline and a date, which then
//! count as candidates too. Of the lead's lines, only the prose ones count when
//! there is any: a subheading ("Videos"), an inline promo ("Read on The
//! Inventory") or a caption among the first body lines says little about the
//! title, and the words it shares with a menu line or a `<title>` would back a
//! wrong line. Nor does a copy of a title-like line above the lead (the title
//! printed again, which the cleaner drops from the body): it would lend its
//! original every word.
//! Candidates are the non-blank lines up to
//! [`headline_max_distance`](crate::Config::headline_max_distance) before the lead,
//! and the first body line itself when it is title-like (a clean text whose title
//! has many stopwords can read like prose; the lead then starts after it). Each candidate scores the share of its
//! content words (non-stopwords, compared by their first five letters so that
//! "Russia" meets "Russian", and a possessive "Doe's" meets "Doe"; the share
//! counts at least three words, so a menu item
//! sharing its one word does not score like a title) found in the lead, plus a
//! little per shared word (up to four: a subheading sharing one word is weaker
//! evidence than a title sharing four), plus a bonus when a byline follows within
//! two lines (titles sit above bylines; half as much for a bare name, as menus are
//! full of capitalised pairs, and nothing for a bare name over a name: a list
//! of authors, or a byline printed twice) and a little when a short dated line follows within
//! three ("Oct 18, 2019 · 8 min read": titles sit above their date; a date line
//! has at most ten words and a month or weekday next to a number, or a numeric
//! date, so "Friday Facts #282" is none), minus a small penalty per line of
//! distance; the best wins. A byline or date two or three lines down belongs to
//! the title-like line right below the candidate, unless that line is the
//! candidate's standfirst (see below) or an author's bare name (the title's
//! own byline, "John C. Welch", which is title-like too): a footer link above
//! a title does not share the title's byline. Byline lines are never candidates, nor is a teaser's
//! title: a title-like line with a "Read more" link within the next two lines
//! ("The Story, Part 2" / its summary / "Read more": a link card inside or
//! beside the article, which shares the lead's words).
//! When no candidate shares a word with the lead, only a candidate right before
//! the body is taken: a clean text's first line, or a title with nothing but list
//! items ("+ Added …") between it and the body, as a changelog's list may not
//! read as prose.
//!
//! Three rules look further, because pages often put a long menu, a share bar or a
//! photo gallery between the title and the text, or the block starts too early:
//!
//! - **The page title names the headline.** A short line with a separator
//!   ("Title - Site", "Site: Title", the `<title>` an HTML-to-text tool prints first) names
//!   all that comes before each separator ("Title - Subtitle - Site" names
//!   "Title - Subtitle") and the longer side of each separator (the shorter is
//!   the site's name). A candidate equal to a named title (or, for
//!   the first line's page title, worded nearly like it: three quarters of the
//!   content words both ways) wins a large bonus and almost no distance penalty, so
//!   the nearest copy wins among several; such a line may also sit inside the
//!   block's first lines. The first line itself, when it carries a separator, is
//!   the `<title>` and never the headline; a colon ("Site: Page") counts only when
//!   more than [`HEADER_LINES`] lines stand between it and the body, as a clean
//!   text may open with "Brexit: What Next" and its byline, and any separator
//!   counts only when that near line has no byline or date right under it ("Friday
//!   Facts #282 - 0.17 in sight" / "Posted by … on 2019-02-15": a clean text's
//!   title over its header; a `<title>` stands over the page's menu, not over a
//!   byline). A line the `<title>` names wins twice
//!   that bonus, more than any share of words with the lead can give (when the
//!   block starts too early, the "lead" is a promo text), and is looked for
//!   anywhere in the block when a long line stands right under it: a title with
//!   its text is the article, whatever the block took in above it. Other short
//!   lines with a separator name weaker titles ("Anomaly in status code 500: we
//!   spotted …" names a subheading), which only win near the block's start. The
//!   cleaner then drops the body lines above a headline the `<title>` names: a
//!   block that starts before the article's title holds teasers, not the article.
//!   A line opening with a numeric date ("2017-03-10 09:58 …") is a dateline,
//!   never a title.
//! - **A title printed twice is named.** Pages print their title again (a
//!   sticky header, a breadcrumb, a share text): a title-like line that stands
//!   twice among the candidates' lines, and shares a word with the lead, counts
//!   as named by a page title (the nearest copy wins); the page's first line (an
//!   HTML-to-text tool's `<title>`, with or without a separator) counts as a copy
//!   however far above it stands. The shared word keeps out menus and teaser
//!   lists, which repeat too.
//! - **Far candidates need strong evidence.** Up to three times
//!   `headline_max_distance` lines before the lead, a candidate counts when the
//!   page title names it, when it shares two words with the lead, or one word and
//!   a byline follows it.
//! - **A title above an author byline marks the article.** When no candidate is
//!   backed by the page title or a prefixed byline, the first title-like line in
//!   the body that stands right above a byline naming an author in full ("By Jane
//!   Doe"), with the article's text following, wins: a promo text or a teaser list
//!   read as prose has no such pair. A copy of the best candidate does not win
//!   so when the candidate stands above the lead: that is the title printed
//!   again under the text's first paragraphs, and the clean text, which holds
//!   both copies without the menu between, must keep the first.
//!
//! - **A title stands above the article's header.** When the best candidate is
//!   not named by a page title, and right above it stand up to four header lines
//!   (a byline, an author's name, a short dated line, a button such as
//!   "Follow"), at least one a byline or a date, the title-like line above them
//!   wins: pages print title, author and date together, so a line between them
//!   and the text ("Why CPU monitoring is important?") is the first subheading or
//!   a standfirst, however many words it shares with the lead. Likewise, when up
//!   to [`BUTTON_LINES`] short lines (a share bar, a gallery's "1 of 24", "Full
//!   Screen") and a prefixed byline stand right above it, the title-like line
//!   above them wins: the best candidate was a caption under the article's
//!   header.
//! - **A far line loses to a title over a short header.** When the best
//!   candidate stands further than `headline_max_distance` lines from the lead
//!   and nothing backs it (no page title, no prefixed byline: it won on words
//!   shared with the lead, as a tag list or a teaser naming the same people
//!   does), a title-like line right above the lead with one to [`HEADER_LINES`]
//!   header lines between (an author's handle, "Summary:", a date; one at least
//!   no keyword hit, as "Advertisement" stands under a caption too) wins: title,
//!   author and text make an article's header wherever the page put its
//!   furniture. A line right above the text with no header between may be a
//!   button ("Go to permalink") or a subheading, and does not win this way.
//! - **A plain-text document centers its title.** When nothing backs the best
//!   candidate and the lead is a hard-wrapped paragraph (an RFC, a mail, a text
//!   file in a `<pre>`), a line centered over it (both margins equal within a
//!   few characters, the paragraph's longest line giving the width), with at
//!   most [`HEADER_LINES`] header lines between ("Abstract"), wins, even one
//!   word ("remoteStorage", under `headline_min_words`): centering is the
//!   evidence such a short line otherwise lacks, and a right-aligned column
//!   ("J. Roe") or a flush-left label is not centered.
//! - **A title stands above its standfirst.** When the best candidate is not
//!   named by a page title and has at least [`STANDFIRST_MIN_WORDS`] words, half
//!   as many again as the title-like line right above it, that shorter line
//!   wins: headlines are short, the summary under them long.
//! - **A title under its date.** When nothing backs the best candidate (no
//!   page title or prefixed byline, and a score of zero or less: the block
//!   started so early that its "lead" is a teaser list), the first title-like
//!   line in the block that stands right under a date line, with a long line
//!   right under it, wins: a blog's or news site's header.
//!
//! - **The nearest copy of the title wins.** When the best-scoring candidate
//!   stands (no rule above overrode it), a copy of it further down, before the
//!   lead, wins: a title-like line
//!   with the same content words, or two adjacent lines whose content words
//!   together are exactly the title's (a heading broken after a name:
//!   "Lupita Nyong'o" / "$150K Pearl Oscar Dress ... STOLEN!!!!" under a
//!   breadcrumb's "Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!"; of
//!   the pair, its first title-like line). Pages print their title in a
//!   breadcrumb, a sticky header or a share text before the heading over the
//!   article, never after it; the earlier copy often shares more words with the
//!   lead only because it is whole.
//! - **A headline with a separator names the heading.** When the chosen line
//!   has a separator ("Title - Site"; not a colon) and no byline or date right
//!   under it, and a title-like body line further down, without a separator
//!   and with the text under it, is one of the titles it names (a part, or
//!   worded nearly like its longest part, as for the first line's `<title>`),
//!   the nearest such line wins. The clean text
//!   ([`Article::text`](crate::Article::text)) opens with the headline, where a
//!   line with a separator reads as the `<title>` and names that heading; the
//!   page reads it the same way.
//!
//! Repetition does not disqualify a headline: pages repeat their title in teaser
//! lists, so a repeated line may still be the title.

use std::collections::HashSet;
use std::hash::BuildHasherDefault;

use crate::features::{is_ascii_space, trim_to_alphanumeric, FeatureTable, Features};
use crate::stopwords::{FxHasher, Stoplist};
use crate::Config;

/// A set of words or texts. The search hashes every word of the lines it
/// reads: with the Fx hash, not SipHash (the sets are only asked whether
/// they hold a word and how many they share, never iterated in an order that
/// matters).
type Set = HashSet<String, BuildHasherDefault<FxHasher>>;

/// A set of [`Stem`]s.
type StemSet = HashSet<Stem, BuildHasherDefault<FxHasher>>;

/// How many body lines make the lead.
const LEAD_LINES: usize = 3;
/// The share of shared words counts at least this many words, so that a short
/// menu item ("All Tools") sharing its one word does not outscore a title.
const MIN_STEMS: usize = 3;
/// Score lost per line between a candidate and the body.
const DISTANCE_PENALTY: f32 = 0.01;
/// Score won per shared word, up to four: a long title sharing four words is
/// stronger evidence than a two-word subheading sharing one.
const SHARED_BONUS: f32 = 0.05;
/// Score won by a candidate right above a byline, where titles sit.
const BYLINE_BONUS: f32 = 0.2;
/// Score won by a candidate right above a bare name ("Jane Doe").
const NAME_BONUS: f32 = 0.1;
/// Score won by a candidate right above a date ("Oct 18, 2019 · 8 min read").
const DATE_BONUS: f32 = 0.1;
/// A date line has at most this many words.
const MAX_DATE_WORDS: usize = 10;
/// How many body lines may open the block before the lead.
const LEAD_SEARCH: usize = 6;
/// Without shared words, a candidate must be this close to the body.
const MAX_DISTANCE_WITHOUT_OVERLAP: usize = 1;
/// Score won by a line that a page-title line ("Title - Site") names.
const PAGE_TITLE_BONUS: f32 = 1.0;
/// Score won on top of [`PAGE_TITLE_BONUS`] by a line the first line's `<title>`
/// names: it outweighs any evidence the (maybe misplaced) lead gives.
const FIRST_LINE_TITLE_BONUS: f32 = 1.0;
/// A line is near the first line's page title when it has at least this many
/// content words, and this share of them (of the longer of the two) are shared.
const FUZZY_MIN_WORDS: usize = 4;
/// See [`FUZZY_MIN_WORDS`].
const FUZZY_SHARE: f32 = 0.75;
/// How many lines past the lead's start a line the page title names may be.
const FORWARD_LINES: usize = 20;
/// A line the page title names further than [`FORWARD_LINES`] into the block
/// counts when a long line follows within this many non-blank lines.
const TEXT_AFTER_LINES: usize = 2;
/// An article's header (byline, name, date, buttons) has at most this many lines.
const HEADER_LINES: usize = 4;
/// A title's share bar, byline and a gallery's controls under it have at most
/// this many lines.
const BUTTON_LINES: usize = 24;
/// Score lost per line of distance by a line the page title names.
const CONFIRMED_DISTANCE_PENALTY: f32 = 0.001;
/// A line with at least this many words may be a standfirst under a title.
const STANDFIRST_MIN_WORDS: usize = 12;
/// A line is a teaser's title when a "Read more" link follows within this many
/// non-blank lines (its summary between).
const TEASER_LINES: usize = 2;
/// Candidates beyond `headline_max_distance`, up to this many times it, are
/// taken only on strong evidence.
const FAR_FACTOR: usize = 3;

/// Whether a line could be a title.
pub(crate) fn is_title_like(text: &str, f: &Features, config: &Config) -> bool {
    let words = f.words as usize;
    // The features decide most lines (a body line is too long) before any text
    // is read.
    if !(words >= config.headline_min_words
        && words <= config.headline_max_words
        && !f.period()
        && f.keyword.is_none()
        && !f.end_marker()
        && f.alpha_words * 2 > f.words)
    {
        return false;
    }
    let text = text.trim_start();
    // Markup ("<img src=…>") that a scraper let through is never a title.
    let markup = text.starts_with('<') && text.contains('>');
    // Nor is a list item ("+ Sponge block …", "• First point").
    !markup
        && !is_list_item(text)
        && !is_columns(text)
        && !starts_with_date(text)
        && !crate::byline::ends_with_credit(text)
        && !ends_with_agency_credit(text)
}

/// Whether `text` ends with a photo credit in the "Photographer/Agency" form
/// ("… in Paris Benoit Tessier/Reuters", "… - Heinrich Aikawa/Instituto Lula"
/// ends "Aikawa/Instituto Lula"): a caption, never a title. Both sides of the
/// slash are capitalised words with lowercase letters, so "AC/DC" or "24/7"
/// are no credit.
fn ends_with_agency_credit(text: &str) -> bool {
    let is_name = |part: &str| {
        part.chars().next().is_some_and(char::is_uppercase)
            && part.chars().any(char::is_lowercase)
            && part
                .chars()
                .all(|c| c.is_alphabetic() || "-'’.".contains(c))
    };
    // Most lines have no slash at all: one byte search turns them away.
    memchr::memchr(b'/', text.as_bytes()).is_some()
        && text.split_whitespace().rev().take(3).any(|word| {
            word.split_once('/')
                .is_some_and(|(person, agency)| is_name(person) && is_name(agency))
        })
}

/// Whether `text` is a row of columns: a tab, or a run of three spaces, between
/// its words ("Capital`<TAB>`Wellington", "INTERNET DRAFT          Jane Doe"): a
/// table's row or a preformatted header, never a title. Indentation does not
/// count.
fn is_columns(text: &str) -> bool {
    let text = bounded(text).trim().as_bytes();
    // (Byte searches: `str::contains` builds a searcher for the three spaces
    // on every call.)
    memchr::memchr(b'\t', text).is_some() || text.windows(3).any(|w| w == b"   ")
}

/// Whether `text` is a list item ("+ Sponge block …", "• First point").
fn is_list_item(text: &str) -> bool {
    let text = text.trim_start();
    ["+ ", "- ", "* ", "• ", "· ", "– "]
        .iter()
        .any(|bullet| text.starts_with(bullet))
}

/// Whether `text` opens with a numeric date ("2017-03-10 09:58 Source: …",
/// "10.03.2017 …"): a dateline, never a title. The first word is digits and at
/// least two of `-./`, six characters or more, so "10,000 Ways" or "1.8 Update"
/// still may be titles.
fn starts_with_date(text: &str) -> bool {
    text.split_whitespace().next().is_some_and(is_numeric_date)
}

/// Whether `word` is a numeric date ("2019-02-15", "15.02.2019", "9/11/13"):
/// six characters or more, digits and at least two of `-./`.
fn is_numeric_date(word: &str) -> bool {
    word.len() >= 6
        && word
            .chars()
            .all(|c| c.is_ascii_digit() || "-./".contains(c))
        && word.chars().filter(|c| "-./".contains(*c)).count() >= 2
}

/// A word's stem: its first [`STEM_CHARS`] characters, lowercased, the curly
/// apostrophe made straight. Held inline (at most [`STEM_BYTES`]), not in a
/// `String`: the search takes the stems of every word of the lead and of each
/// candidate, and an allocation a word cost more than the rest of the work.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Stem {
    len: u8,
    bytes: [u8; STEM_BYTES],
}

/// How many characters of a word make its stem.
const STEM_CHARS: usize = 5;
/// The most bytes a stem takes: no character lowercases to more than four
/// bytes (a unit test checks every character).
const STEM_BYTES: usize = 4 * STEM_CHARS;

impl Stem {
    /// The stem as text (for tests).
    #[cfg(test)]
    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or("")
    }
}

/// The [`Stem`] of `word`.
fn stem(word: &str) -> Stem {
    let mut stem = Stem {
        len: 0,
        bytes: [0; STEM_BYTES],
    };
    if word.is_ascii() {
        let n = word.len().min(STEM_CHARS);
        stem.bytes[..n].copy_from_slice(&word.as_bytes()[..n]);
        stem.bytes[..n].make_ascii_lowercase();
        stem.len = n as u8;
        return stem;
    }
    for c in word.chars().take(STEM_CHARS).flat_map(char::to_lowercase) {
        let c = if c == '’' { '\'' } else { c };
        let at = usize::from(stem.len);
        // Always room (see `STEM_BYTES`); a character that did not fit would
        // end the stem.
        let Some(room) = stem.bytes.get_mut(at..at + c.len_utf8()) else {
            break;
        };
        c.encode_utf8(room);
        stem.len += c.len_utf8() as u8;
    }
    stem
}

/// Only this many bytes of a line are read for stems and title parts: titles and
/// the words they share with the lead come early, and the bound keeps a 10 MB
/// line as cheap per byte as any other.
const READ_BYTES: usize = 4096;

/// The first [`READ_BYTES`] of `text`, cut at a character boundary.
fn bounded(text: &str) -> &str {
    let mut end = text.len().min(READ_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The stems of the content words (not stopwords, with a letter or digit) of `text`.
fn content_stems<'t>(text: &'t str, stoplist: &'t Stoplist) -> impl Iterator<Item = Stem> + 't {
    // One buffer for every word's lowercase form.
    let mut lower = String::new();
    bounded(text).split_whitespace().filter_map(move |token| {
        let word = trim_to_alphanumeric(token);
        // A possessive is the word itself: "Doe's" meets "Doe".
        let word = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .unwrap_or(word);
        if word.is_empty() {
            return None;
        }
        lower.clear();
        if word.is_ascii() {
            // The list's look-up by key lowercases as below; it also reads a
            // backtick as an apostrophe, which this test does not.
            if !word.contains('`') {
                return (!stoplist.contains_ascii_prefix(word.as_bytes(), word.len(), &mut lower))
                    .then(|| stem(word));
            }
            lower.push_str(word);
            lower.make_ascii_lowercase();
        } else {
            // `str::to_lowercase`: a final sigma lowercases apart.
            lower.push_str(&word.to_lowercase());
        }
        if stoplist.contains(&lower) {
            None
        } else {
            Some(stem(word))
        }
    })
}

/// The part of a page title that names the article: the longest part between
/// " - ", " | ", " – ", " — " and " :: " separators.
fn title_core(text: &str) -> &str {
    let text = bounded(text);
    // Without one of the first five separators' bytes the whole line is the core.
    if possible_separators(text) & 0b1_1111 == 0 {
        return text;
    }
    text.split(" | ")
        .flat_map(|p| p.split(" - "))
        .flat_map(|p| p.split(" – "))
        .flat_map(|p| p.split(" — "))
        .flat_map(|p| p.split(" :: "))
        .max_by_key(|p| p.len())
        .unwrap_or(text)
}

/// Separators between a page title's parts ("Title - Site", "Site: Title").
const SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " » ", ": "];

/// A searcher for each of the [`SEPARATORS`], built once: its
/// `find_iter` gives the separator's non-overlapping occurrences, leftmost
/// first, as `str::match_indices` does, without building a searcher for
/// every line.
static SEPARATOR_SEARCHERS: once_cell::sync::Lazy<Vec<memchr::memmem::Finder<'static>>> =
    once_cell::sync::Lazy::new(|| SEPARATORS.iter().map(memchr::memmem::Finder::new).collect());

/// Whether `text` has one of the [`SEPARATORS`] that `counts` accepts.
fn has_separator_of(text: &str, counts: impl Fn(&str) -> bool) -> bool {
    SEPARATORS
        .iter()
        .zip(SEPARATOR_SEARCHERS.iter())
        .any(|(sep, searcher)| counts(sep) && searcher.find(text.as_bytes()).is_some())
}

/// Whether `text` has any of the [`SEPARATORS`].
fn has_separator(text: &str) -> bool {
    has_separator_of(text, |_| true)
}

/// The bit set of the [`SEPARATORS`] that `text` may hold (bit `k` for
/// `SEPARATORS[k]`), from one pass over its bytes: each separator has a byte it
/// cannot do without (its last non-space byte), and a line without that byte
/// has no such separator.
fn possible_separators(text: &str) -> u8 {
    text.bytes().fold(0, |set, b| {
        set | match b {
            b'|' => 1,
            b'-' => 1 << 1,
            0x93 => 1 << 2,
            0x94 => 1 << 3,
            b':' => 1 << 4 | 1 << 7,
            0xB7 => 1 << 5,
            0xBB => 1 << 6,
            _ => 0,
        }
    })
}

/// `text` lowercased with its whitespace runs made single spaces, for comparing
/// lines: its tokens (`str::split_whitespace`), every character lowercased
/// (`char::to_lowercase`), joined by single spaces. Read on bytes, and only
/// the non-ASCII characters decoded.
fn normalized(text: &str) -> String {
    if text.is_ascii() {
        return normalized_ascii(text.as_bytes());
    }
    let mut out = String::with_capacity(text.len());
    // Whether whitespace came since the last character written.
    let mut space = false;
    let mut pos = 0;
    while let Some(&b) = text.as_bytes().get(pos) {
        let (c, len) = if b.is_ascii() {
            (char::from(b), 1)
        } else {
            match text[pos..].chars().next() {
                Some(c) => (c, c.len_utf8()),
                None => break,
            }
        };
        pos += len;
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// [`normalized`] of an ASCII text, on bytes: its whitespace (as
/// `char::is_whitespace` reads ASCII: space, tab, line feed, vertical tab,
/// form feed, carriage return) in runs made single spaces, none at the ends.
fn normalized_ascii(bytes: &[u8]) -> String {
    let mut out = Vec::with_capacity(bytes.len());
    let mut space = false;
    for &b in bytes {
        if is_ascii_space(b) {
            space = !out.is_empty();
        } else {
            if space {
                out.push(b' ');
                space = false;
            }
            out.push(b.to_ascii_lowercase());
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

/// How many words `text` has (`str::split_whitespace`), counted on bytes
/// when it is ASCII.
fn word_count(text: &str) -> usize {
    if !text.is_ascii() {
        return text.split_whitespace().count();
    }
    let mut words = 0;
    let mut in_word = false;
    for &b in text.as_bytes() {
        let space = is_ascii_space(b);
        words += usize::from(in_word && space);
        in_word = !space;
    }
    words + usize::from(in_word)
}

/// The titles the page names in a page-title line ("Title - Site Name", the
/// `<title>` an HTML-to-text tool puts first): for each short line with a
/// separator, the part before the first separator (pages put the title first)
/// and the longer side of each separator (the shorter is the site's name),
/// normalized, when it is long enough to be a headline ("A - B - C" names "A",
/// "A - B" or "C", and "B - C" or "A", whichever is longer).
fn page_titles(
    texts: &[&str],
    features: &FeatureTable,
    lines: std::ops::Range<usize>,
    config: &Config,
) -> Set {
    let mut titles = Set::default();
    // Only a part with a headline's number of words can name one: longer parts
    // (a sentence with a colon in it) are not worth normalizing.
    let could_be_title = |part: &str| {
        let words = word_count(part);
        (config.headline_min_words..=config.headline_max_words).contains(&words)
    };
    for i in lines {
        let (text, f) = (texts[i], &features[i]);
        if titles.len() >= MAX_PAGE_TITLES {
            break;
        }
        if f.words as usize > 2 * config.headline_max_words {
            continue;
        }
        let text = text.trim();
        // Most lines hold no separator's byte at all.
        let possible = possible_separators(text);
        if possible == 0 {
            continue;
        }
        for (k, sep) in SEPARATORS.iter().enumerate() {
            if possible & 1 << k == 0 {
                continue;
            }
            for at in SEPARATOR_SEARCHERS[k].find_iter(text.as_bytes()) {
                let (before, after) = (&text[..at], &text[at + sep.len()..]);
                // All that comes before a separator: "Title - Subtitle - Site"
                // (the part before the first one among them: pages put the
                // title first).
                if could_be_title(before) {
                    titles.insert(normalized(before));
                }
                // The longer side of the separator.
                if after.len() > before.len() && could_be_title(after) {
                    titles.insert(normalized(after));
                }
            }
        }
    }
    titles
}

/// At most this many page-title parts are kept (the first ones in the text): a
/// page names its title near the top, and the bound keeps the set's memory fixed
/// however long the input.
const MAX_PAGE_TITLES: usize = 256;

/// The index of the headline, given the lines' texts and features and the indices
/// of the body lines in order, and whether the first line's `<title>` names it.
///
/// `opening` is the line a clean text opens with when the text's first line
/// is not a `<title>` line (no separator): the line that
/// [`Article::text`](crate::Article::text) puts first, and where the clean
/// text, cleaned again, reads its `<title>` (see below).
pub(crate) fn find(
    texts: &[&str],
    features: &FeatureTable,
    continues: &[bool],
    body: &[usize],
    stoplist: &Stoplist,
    config: &Config,
    opening: Option<usize>,
) -> Option<(usize, bool)> {
    let &first_body = body.first()?;
    // A line of prose: a long sentence, or a line of a hard-wrapped paragraph
    // (an RFC's or a mail's lines are short and end mid-sentence).
    let wrapped = |i: usize| {
        continues.get(i).copied().unwrap_or(false) || continues.get(i + 1).copied().unwrap_or(false)
    };
    let prose = |i: usize| {
        let f = &features[i];
        (f.terminal() && f.chars as usize >= config.length_low) || wrapped(i)
    };
    // The lead starts at the first body line that is prose: the block may open
    // with the title, a standfirst, a byline and a date. A hard-wrapped
    // paragraph's lead starts at its first line.
    let lead_at = body
        .iter()
        .position(|&i| prose(i))
        .filter(|&k| k <= LEAD_SEARCH)
        .unwrap_or(0);
    let lead_start = body[lead_at];
    // The first body line may be the title itself (a clean text's, or one the
    // block took in): then the lead is what follows it, or the title would
    // share every word with itself.
    let first_is_candidate = lead_start == first_body
        && features[first_body].words as usize <= config.headline_max_words
        && !features[first_body].terminal()
        && !wrapped(first_body)
        && body.len() > 1;
    // The lead is the first paragraphs of prose: a subheading, an inline promo
    // ("Read on The Inventory") or a caption among them says little about the
    // title. Without prose, the first body lines make the lead.
    // A copy of a title-like line above (the title printed again, which the
    // cleaner drops from the body) says nothing about which line is the title:
    // it would share every word with its original.
    let candidates_end = if first_is_candidate {
        first_body + 1
    } else {
        lead_start
    };
    let titles_above: Set = (0..candidates_end)
        .rev()
        .filter(|&i| !features[i].is_blank())
        .take(FAR_FACTOR * config.headline_max_distance + 1)
        .filter(|&i| is_title_like(texts[i], &features[i], config))
        .map(|i| normalized(texts[i]))
        .collect();
    let is_copy = |i: usize| {
        !titles_above.is_empty()
            && is_title_like(texts[i], &features[i], config)
            && titles_above.contains(&normalized(texts[i]))
    };
    let lead_lines: Vec<usize> = body[lead_at + usize::from(first_is_candidate)..]
        .iter()
        .copied()
        .filter(|&i| !is_copy(i))
        .take(LEAD_LINES)
        .collect();
    let any_prose = lead_lines.iter().any(|&i| prose(i));
    let lead: StemSet = lead_lines
        .iter()
        .filter(|&&i| !any_prose || prose(i))
        .flat_map(|&i| content_stems(texts[i], stoplist))
        .collect();
    let titles = page_titles(texts, features, 0..texts.len(), config);
    // The first line of an HTML-to-text output is the page's `<title>`
    // ("Title - Site"): it names the headline but is not it.
    // A clean text whose first lines are garbled bytes or a stray line above
    // its span opens, once cleaned, with its first body line: that line is
    // its `<title>` line there, and is read as one here when the first line
    // is not (`title_line_under_a_clean_texts_garbled_top` in
    // `tests/fuzz_regressions.rs`).
    let is_page_title_line = |i: usize| {
        // "Site: Page" is a `<title>` too, unless the line stands near the
        // body, at most a header (byline, date) between: a clean text's
        // headline ("Brexit: What Next").
        let far_from_body = (i + 1..first_body)
            .filter(|&j| !features[j].is_blank())
            .nth(HEADER_LINES)
            .is_some();
        // Near the body, a line over a byline is a clean text's headline
        // ("Friday Facts #282 - 0.17 in sight" / "Posted by …").
        let over_byline = || {
            (i + 1..texts.len())
                .find(|&j| !features[j].is_blank())
                .is_some_and(|j| {
                    crate::byline::is_byline(texts[j]) || is_date_line(texts[j], &features[j])
                })
        };
        has_separator_of(texts[i], |sep| far_from_body || sep != ": ")
            && (far_from_body || !over_byline())
    };
    let page_title_line = features
        .iter()
        .position(|f| !f.is_blank())
        .into_iter()
        .chain(opening)
        .find(|&i| is_page_title_line(i))
        .unwrap_or(usize::MAX);
    // The `<title>` may word the headline a little differently ("… Součkovu
    // práci …" against "… Součka …"): most of the content words, both ways, do.
    let page_title_stems: StemSet = texts
        .get(page_title_line)
        .map(|t| content_stems(title_core(t), stoplist).collect())
        .unwrap_or_default();
    let near_page_title = |i: usize| {
        let stems: StemSet = content_stems(texts[i], stoplist).collect();
        worded_like(&stems, &page_title_stems)
    };
    let confirmed = |i: usize| {
        i != page_title_line
            && ((!titles.is_empty() && titles.contains(&normalized(texts[i])))
                || (!page_title_stems.is_empty() && !has_separator(texts[i]) && near_page_title(i)))
    };
    // The `<title>` names the article itself; other lines with a separator may
    // be subheadings ("Anomaly in status code 500: we spotted …").
    let first_line_titles = page_titles(
        texts,
        features,
        page_title_line..page_title_line.saturating_add(1).min(texts.len()),
        config,
    );
    let named_by_first_line = |i: usize| {
        i != page_title_line
            && (first_line_titles.contains(&normalized(texts[i]))
                || (!page_title_stems.is_empty() && !has_separator(texts[i]) && near_page_title(i)))
    };
    let title_bonus = |i: usize| {
        if named_by_first_line(i) {
            FIRST_LINE_TITLE_BONUS
        } else {
            0.0
        }
    };
    let shared_with_lead = |i: usize| {
        let (mut stems, mut shared) = (0, 0);
        for stem in content_stems(title_core(texts[i]), stoplist) {
            stems += 1;
            shared += usize::from(lead.contains(&stem));
        }
        (shared, shared as f32 / stems.max(MIN_STEMS) as f32)
    };
    // A line the page title names is the headline wherever it is; among several
    // copies, the nearest wins.
    let score = |shared: usize, share: f32, distance: usize, byline_next: f32, confirmed: bool| {
        let (bonus, penalty) = if confirmed {
            (PAGE_TITLE_BONUS, CONFIRMED_DISTANCE_PENALTY)
        } else {
            (0.0, DISTANCE_PENALTY)
        };
        share + SHARED_BONUS * shared.min(4) as f32 - penalty * distance as f32
            + byline_next
            + bonus
    };

    // (score, line, whether a page title or a byline backs it)
    let mut best: Option<(f32, usize, bool)> = None;
    let mut consider = |s: f32, i: usize, backed: bool| {
        if best.map_or(true, |(b, _, _)| s > b) {
            best = Some((s, i, backed));
        }
    };
    let mut distance = 0usize;
    let start = if first_is_candidate {
        first_body + 1
    } else {
        lead_start
    };
    // Whether a byline (or an author's bare name) follows within the next two
    // non-blank lines.
    let mut bylines_after = [(false, false); 2];
    // Whether a short line with a date follows within the next three lines.
    let mut dates_after = [false; 3];
    // Whether only list items stand between the line and the body: a list
    // under a title is the article's text ("+ Added …" in a changelog), even
    // where the block does not take it in.
    let mut only_list_items_after = true;
    // The number of words of the next non-blank line, when it is title-like.
    let mut title_below: Option<usize> = None;
    // The page's first line (an HTML-to-text tool's `<title>`, even without a
    // separator) counts as one copy wherever it is.
    let window: Vec<usize> = (0..start)
        .rev()
        .filter(|&i| !features[i].is_blank())
        .take(FAR_FACTOR * config.headline_max_distance + 1)
        .collect();
    let first_line = features.iter().position(|f| !f.is_blank());
    let outside = first_line.filter(|&i| window.last().map_or(true, |&w| i < w));
    let repeated = repeated_titles(
        texts,
        features,
        window.iter().copied().chain(outside),
        config,
    );
    for i in (0..start).rev() {
        let f = &features[i];
        if f.is_blank() {
            continue;
        }
        if i != lead_start {
            distance += 1;
        }
        if distance > FAR_FACTOR * config.headline_max_distance {
            break;
        }
        // A byline or date further down belongs to the title-like line right
        // below, unless that line is this one's standfirst or an author's
        // bare name (which `title_below` never holds).
        let shadowed = title_below.is_some_and(|below| !is_standfirst_of(below, f.words as usize));
        let byline_next = !shadowed && bylines_after.iter().any(|&(byline, name)| byline || name);
        let prefixed_byline_next = !shadowed && bylines_after.iter().any(|&(byline, _)| byline);
        let is_byline = crate::byline::is_byline(texts[i]);
        let name = f.keyword.is_none() && crate::byline::bare_name(texts[i]).is_some();
        // A bare name is weaker evidence than a prefixed byline: menus are full
        // of capitalised pairs. A name over a name is a list of authors (or a
        // byline printed twice), not a title over its byline.
        let bonus = if prefixed_byline_next {
            BYLINE_BONUS
        } else if byline_next && !name {
            NAME_BONUS
        } else {
            0.0
        } + if !shadowed && dates_after.contains(&true) {
            DATE_BONUS
        } else {
            0.0
        };
        bylines_after = [(is_byline, name), bylines_after[0]];
        dates_after = [is_date_line(texts[i], f), dates_after[0], dates_after[1]];
        let title_like = is_title_like(texts[i], f, config);
        title_below = (title_like && !is_byline && !name).then_some(f.words as usize);
        let list_items_after = only_list_items_after;
        only_list_items_after &= i >= lead_start || is_list_item(texts[i]);
        if is_byline || !title_like || i == page_title_line || is_teaser(features, i) {
            continue;
        }
        let (shared, share) = shared_with_lead(i);
        let is_repeated =
            shared > 0 && !repeated.is_empty() && repeated.contains(&normalized(texts[i]));
        let confirmed = confirmed(i) || is_repeated;
        let far = distance > config.headline_max_distance;
        // Far from the body, only a line the page title names, or one that
        // shares words with the lead and sits above a byline, is taken.
        let allowed = if far {
            confirmed || shared >= 2 || (shared >= 1 && byline_next)
        } else {
            confirmed
                || shared > 0
                || distance <= MAX_DISTANCE_WITHOUT_OVERLAP
                || byline_next
                || list_items_after
        };
        if allowed {
            consider(
                score(shared, share, distance, bonus + title_bonus(i), confirmed),
                i,
                confirmed || prefixed_byline_next,
            );
        }
    }
    // A line the page title names may also sit below: inside the block's opening
    // lines, when the block starts too early.
    // Further down, only a copy the `<title>` names with the article's text right
    // under it counts.
    let last_body = body.last().copied().unwrap_or(first_body);
    for i in start..=last_body {
        // The cheap tests first: most lines here are the body's prose.
        if is_title_like(texts[i], &features[i], config)
            && !crate::byline::is_byline(texts[i])
            && confirmed(i)
        {
            if i - start > FORWARD_LINES
                && !(named_by_first_line(i) && text_follows(texts, features, i, config))
            {
                continue;
            }
            let (shared, share) = shared_with_lead(i);
            let distance = body.partition_point(|&b| b < i);
            consider(
                score(shared, share, distance, title_bonus(i), true),
                i,
                true,
            );
        }
    }
    if best.map_or(true, |(_, _, backed)| !backed) {
        // A plain-text document centers its title over its text.
        if let Some(i) = centered_title(texts, features, continues, lead_start, config) {
            return Some((i, false));
        }
    }
    if let Some((_, b, false)) = best {
        // A far line that only shares words with the lead (a tag list, a teaser
        // naming the same people) loses to a title right above the text, with
        // at most a short header (an author's handle, "Summary:") between.
        let far =
            (b..start).filter(|&i| !features[i].is_blank()).count() > config.headline_max_distance;
        if far {
            if let Some(i) =
                above_article_header(texts, features, start, page_title_line, config, false)
            {
                return Some((i, false));
            }
        }
        // A title stands above the article's byline and date; the line between
        // them and the text is a standfirst or the first subheading.
        if let Some(i) = above_article_header(texts, features, b, page_title_line, config, true) {
            return Some((i, false));
        }
        if let Some(i) = above_byline_and_buttons(texts, features, b, page_title_line, config) {
            return Some((i, false));
        }
    }
    if best.map_or(true, |(_, _, backed)| !backed) {
        // A copy of the best candidate further down, above its byline, is the
        // title printed again under the text's first paragraphs (a gallery, a
        // print version): the best candidate already opens the text with
        // those paragraphs under it, and the clean text, which holds both
        // copies, must not trade it for the lower one.
        let copy_of_best = |i: usize| {
            best.is_some_and(|(_, b, _)| b < start && normalized(texts[b]) == normalized(texts[i]))
        };
        if let Some(i) =
            above_author_byline(texts, features, start, body, config).filter(|&i| !copy_of_best(i))
        {
            return Some((i, false));
        }
    }
    if best.map_or(true, |(score, _, backed)| !backed && score <= 0.0) {
        // Nothing backs the best guess: a title under its date, with the text
        // right under it, marks the article.
        if let Some(i) = under_date_line(texts, features, start, body, config) {
            return Some((i, false));
        }
    }
    if let Some((_, b, _)) = best.filter(|&(_, b, _)| !confirmed(b)) {
        // A long line right under a shorter title is its standfirst.
        if let Some(i) = above_standfirst(texts, features, b, page_title_line, config) {
            return Some((i, false));
        }
    }
    best.map(|(_, i, _)| {
        // A nearer copy of the title, whole or split over two lines, is the
        // article's own: the one found first is a breadcrumb or a sticky header.
        let titled = named_by_first_line(i);
        let copy = nearer_copy(texts, features, i, lead_start, stoplist, config);
        let h = copy.unwrap_or(i);
        // A headline with a separator that names a heading further down is a
        // page title ("Title - Site"): the heading, with the text under it, is
        // the article's.
        match heading_named_by(texts, features, h, body, stoplist, config) {
            Some(j) => (j, true),
            None => (h, titled),
        }
    })
}

/// Whether a line of content words `stems` is worded nearly like a page title
/// of content words `title`: at least [`FUZZY_MIN_WORDS`] words, and
/// [`FUZZY_SHARE`] of them (of the longer of the two) shared.
fn worded_like(stems: &StemSet, title: &StemSet) -> bool {
    let common = stems.intersection(title).count();
    stems.len() >= FUZZY_MIN_WORDS
        && common as f32 >= FUZZY_SHARE * stems.len().max(title.len()) as f32
}

/// The heading that headline `h` names when `h` reads as a page title: it has
/// a separator ("Title - Site"; a colon, which a clean text's headline may
/// hold, does not count), no byline or date right under it, and a body line
/// further down, title-like, without a separator and with the text under it
/// ([`text_follows`]), is a title it names (one of its parts, or worded
/// nearly like its longest part). The clean text ([`Article::text`]) opens
/// with the headline, where it is read as the `<title>` an HTML-to-text tool
/// prints first, which names the article's heading; the page reads it the same
/// way, so both take the heading. The nearest such line is returned.
///
/// [`Article::text`]: crate::Article::text
fn heading_named_by(
    texts: &[&str],
    features: &FeatureTable,
    h: usize,
    body: &[usize],
    stoplist: &Stoplist,
    config: &Config,
) -> Option<usize> {
    let text = texts[h];
    if !has_separator_of(text, |sep| sep != ": ") {
        return None;
    }
    // What stands right under the headline in the clean text: the bylines
    // between it and the next body line, or that line.
    let next_body = body.iter().copied().find(|&b| b > h)?;
    let over_header = (h + 1..=next_body)
        .filter(|&j| !features[j].is_blank())
        .any(|j| {
            crate::byline::is_byline(texts[j])
                || (j == next_body && is_date_line(texts[j], &features[j]))
        });
    if over_header {
        return None;
    }
    let titles = page_titles(texts, features, h..h + 1, config);
    let core: StemSet = content_stems(title_core(text), stoplist).collect();
    body.iter().copied().filter(|&j| j > h).find(|&j| {
        is_title_like(texts[j], &features[j], config)
            && !crate::byline::is_byline(texts[j])
            && !has_separator(texts[j])
            && (titles.contains(&normalized(texts[j]))
                || worded_like(&content_stems(texts[j], stoplist).collect(), &core))
            && text_follows(texts, features, j, config)
    })
}

/// The nearest copy of title `title` between it and line `lead_start`: a
/// title-like line with the same content words, or two adjacent lines whose
/// content words together are the title's ("Lupita Nyong'o" / "$150K Pearl
/// Oscar Dress ... STOLEN!!!!" under a breadcrumb's "Lupita Nyong'o's $150K
/// Pearl Oscar Dress -- STOLEN!!!"): a page prints its title in a breadcrumb,
/// a sticky header or a share text before the heading above the article, and
/// the heading may break the title in two (a name over the rest). Of a split
/// copy, the first title-like line is returned.
fn nearer_copy(
    texts: &[&str],
    features: &FeatureTable,
    title: usize,
    lead_start: usize,
    stoplist: &Stoplist,
    config: &Config,
) -> Option<usize> {
    let stems = |i: usize| -> StemSet { content_stems(texts[i], stoplist).collect() };
    let words = stems(title);
    if words.len() < MIN_STEMS {
        return None;
    }
    let lines: Vec<usize> = (title + 1..lead_start.min(texts.len()))
        .filter(|&i| !features[i].is_blank())
        .collect();
    let title_like = |i: usize| {
        is_title_like(texts[i], &features[i], config) && !crate::byline::is_byline(texts[i])
    };
    // From the nearest line up: a whole copy, or the lower half of a split one.
    lines.iter().enumerate().rev().find_map(|(k, &i)| {
        let own = stems(i);
        if own.is_empty() || !own.is_subset(&words) {
            return None;
        }
        if own == words {
            return title_like(i).then_some(i);
        }
        let &above = lines.get(k.checked_sub(1)?)?;
        let upper = stems(above);
        let split = !upper.is_empty()
            && upper.is_disjoint(&own)
            && upper.len() + own.len() == words.len()
            && upper.is_subset(&words);
        if !split {
            return None;
        }
        [above, i].into_iter().find(|&j| title_like(j))
    })
}

/// The first title-like line in the body, from `start` on, that stands right
/// under a date line ("Sunday, Feb 1, 2015 11:57 AM UTC") with a long line
/// (its standfirst or text) right under it: a blog's or a news site's header
/// when nothing else marks the article.
fn under_date_line(
    texts: &[&str],
    features: &FeatureTable,
    start: usize,
    body: &[usize],
    config: &Config,
) -> Option<usize> {
    let &last_body = body.last()?;
    let non_blank: Vec<usize> = (start..=last_body)
        .filter(|&i| !features[i].is_blank())
        .collect();
    non_blank.windows(3).find_map(|w| {
        let [date, title, text] = [w[0], w[1], w[2]];
        (features[text].chars as usize >= config.length_low
            && is_date_line(texts[date], &features[date])
            && is_title_like(texts[title], &features[title], config)
            && !crate::byline::is_byline(texts[title]))
        .then_some(title)
    })
}

/// Whether a line of `words` words reads as the standfirst of a title of
/// `title_words` words above it: at least [`STANDFIRST_MIN_WORDS`] words, and
/// half as many again as the title (headlines are short; the summary under them
/// is long).
fn is_standfirst_of(words: usize, title_words: usize) -> bool {
    words >= STANDFIRST_MIN_WORDS && 3 * title_words <= 2 * words
}

/// The title-like line right above line `below` when `below` reads as its
/// standfirst ([`is_standfirst_of`]).
fn above_standfirst(
    texts: &[&str],
    features: &FeatureTable,
    below: usize,
    page_title_line: usize,
    config: &Config,
) -> Option<usize> {
    let i = (0..below).rev().find(|&i| !features[i].is_blank())?;
    (i != page_title_line
        && is_standfirst_of(features[below].words as usize, features[i].words as usize)
        && is_title_like(texts[i], &features[i], config)
        && !crate::byline::is_byline(texts[i]))
    .then_some(i)
}

/// The normalized texts of the title-like lines among `window` that stand there
/// more than once: a page prints its title again (a sticky header, a
/// breadcrumb, a share text), so a title-like line repeated near the article is
/// its title.
fn repeated_titles(
    texts: &[&str],
    features: &FeatureTable,
    window: impl Iterator<Item = usize>,
    config: &Config,
) -> Set {
    let mut seen = Set::default();
    let mut repeated = Set::default();
    for i in window {
        if is_title_like(texts[i], &features[i], config) {
            let text = normalized(texts[i]);
            if !seen.insert(text.clone()) {
                repeated.insert(text);
            }
        }
    }
    repeated
}

/// Whether `text` is a line of an article's header: a byline, an author's name,
/// a short dated line ("Oct 18, 2019 · 8 min read"), or a button ("Follow").
/// Also says whether it is evidence of a header: a byline or a date (a bare name
/// may be a menu item).
fn is_header_line(text: &str, f: &Features) -> (bool, bool) {
    let evidence = crate::byline::is_byline(text) || is_date_line(text, f);
    let header = evidence
        || (f.keyword.is_none() && crate::byline::bare_name(text).is_some())
        || f.words == 1
        || (f.keyword.is_some() && f.words <= 3);
    (header, evidence)
}

/// The title of a plain-text document (an RFC, a mail, a text file in a
/// `<pre>`): the line centered over the hard-wrapped paragraph that starts at
/// `lead_start` (its margins equal within [`CENTER_SLACK`] characters, the
/// paragraph's longest line giving the width, indented at least
/// [`CENTER_MIN_INDENT`]), with at most [`HEADER_LINES`] header lines between
/// ("Abstract"). Such a title may be one word ("remoteStorage"): centering
/// is the evidence a short line otherwise lacks. A right-aligned column
/// ("Jane Doe" at the right margin) is not centered.
fn centered_title(
    texts: &[&str],
    features: &FeatureTable,
    continues: &[bool],
    lead_start: usize,
    config: &Config,
) -> Option<usize> {
    let wrapped_end = (lead_start + 1..texts.len())
        .take_while(|&j| continues.get(j).copied().unwrap_or(false))
        .last()?;
    let columns = |text: &str| text.trim_end().chars().count();
    let width = (lead_start..=wrapped_end)
        .map(|j| columns(texts[j]))
        .max()?;
    let mut above = (0..lead_start).rev().filter(|&i| !features[i].is_blank());
    for _ in 0..=HEADER_LINES {
        let i = above.next()?;
        let (text, f) = (bounded(texts[i]), &features[i]);
        let indent = text.chars().take_while(|c| c.is_whitespace()).count();
        let right = width.saturating_sub(columns(text));
        let centered = indent >= CENTER_MIN_INDENT && indent.abs_diff(right) <= CENTER_SLACK;
        let title = f.words >= 1
            && f.words as usize <= config.headline_max_words
            && !f.period()
            && f.keyword.is_none()
            && !f.end_marker()
            && !is_columns(text)
            && f.alpha_words * 2 > f.words;
        if centered && title {
            return Some(i);
        }
        if !is_header_line(text, f).0 {
            return None;
        }
    }
    None
}

/// A centered title is indented at least this many characters.
const CENTER_MIN_INDENT: usize = 8;
/// A centered title's left and right margins differ by at most this many
/// characters (odd widths, a paragraph a little narrower than the page).
const CENTER_SLACK: usize = 4;

/// Whether line `i` is a teaser's title: a line ending in a "read more" link
/// ([`Features::teaser_tail`]: "Read more", "… Continue reading →") follows
/// within the next [`TEASER_LINES`] non-blank lines. A link card to another
/// article ("Part 2" / its summary / "Read more") repeats the article's words;
/// the article's own title has its text, not a "Read more", under it.
fn is_teaser(features: &FeatureTable, i: usize) -> bool {
    (i + 1..features.len())
        .filter(|&j| !features[j].is_blank())
        .take(TEASER_LINES)
        .any(|j| features[j].teaser_tail())
}

/// Whether `text` is a short line with a date: a digit and a month name, or a
/// numeric date ("Posted on 2019-02-15").
fn is_date_line(text: &str, f: &Features) -> bool {
    if f.words as usize > MAX_DATE_WORDS || !text.contains(|c: char| c.is_ascii_digit()) {
        return false;
    }
    // A month (or weekday) counts next to a number ("Oct 18", "15 October"),
    // so "Friday Facts #282" is no date.
    let number = |w: Option<&str>| w.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    let mut words = text.split_whitespace().peekable();
    let mut previous = None;
    while let Some(w) = words.next() {
        let month = crate::lexicon::LEXICONS.is_month(w.trim_matches(|c: char| !c.is_alphabetic()));
        if (month && (number(previous) || number(words.peek().copied())))
            || is_numeric_date(w.trim_end_matches(|c: char| !c.is_ascii_digit()))
        {
            return true;
        }
        previous = Some(w);
    }
    false
}

/// The title-like line right above the header lines (byline, author's name,
/// date, buttons: at most [`HEADER_LINES`]; one at least a byline or a date
/// when `need_evidence`, else at least one line that is no keyword hit) that
/// stand right above line `below`.
fn above_article_header(
    texts: &[&str],
    features: &FeatureTable,
    below: usize,
    page_title_line: usize,
    config: &Config,
    need_evidence: bool,
) -> Option<usize> {
    let mut above = (0..below).rev().filter(|&i| !features[i].is_blank());
    let mut evidence = false;
    // Whether a header line is no keyword hit: "Advertisement" or "Share"
    // stands under captions as much as under titles.
    let mut own_header = false;
    for _ in 0..=HEADER_LINES {
        let i = above.next()?;
        let (header, strong) = is_header_line(texts[i], &features[i]);
        if header {
            evidence |= strong;
            own_header |= features[i].keyword.is_none();
            continue;
        }
        return ((evidence || (!need_evidence && own_header))
            && i != page_title_line
            && !is_teaser(features, i)
            && is_title_like(texts[i], &features[i], config)
            && !crate::byline::is_byline(texts[i]))
        .then_some(i);
    }
    None
}

/// The title-like line above a prefixed byline ("By Jane Doe March 18") when
/// only short lines stand between them, and between the byline and line
/// `below` (share buttons, a photo gallery's controls: at most
/// [`BUTTON_LINES`] in all): a title, its share bar and its byline make the
/// article's header, and a title-like line under them is a caption or a
/// subheading.
fn above_byline_and_buttons(
    texts: &[&str],
    features: &FeatureTable,
    below: usize,
    page_title_line: usize,
    config: &Config,
) -> Option<usize> {
    let mut above = (0..below).rev().filter(|&i| !features[i].is_blank());
    let mut byline = false;
    for _ in 0..=BUTTON_LINES {
        let i = above.next()?;
        let f = &features[i];
        if crate::byline::is_byline(texts[i]) {
            byline = true;
            continue;
        }
        let title = is_title_like(texts[i], f, config);
        if !title && (f.words <= 3 || f.keyword.is_some()) {
            continue;
        }
        return (byline && title && i != page_title_line).then_some(i);
    }
    None
}

/// Whether the article's text (or its standfirst) follows line `at`: a long line
/// within the next [`TEXT_AFTER_LINES`] non-blank lines.
fn text_follows(texts: &[&str], features: &FeatureTable, at: usize, config: &Config) -> bool {
    (at + 1..texts.len())
        .filter(|&j| !features[j].is_blank())
        .take(TEXT_AFTER_LINES)
        .any(|j| features[j].chars as usize >= config.length_low)
}

/// The first title-like line inside the body, from `start` on, that stands right
/// above (within two non-blank lines) a byline naming an author in full ("By Jane
/// Doe"): when the block starts far too early (a promo text, a teaser list read
/// as prose), the pair of a title and its byline still marks the article.
fn above_author_byline(
    texts: &[&str],
    features: &FeatureTable,
    start: usize,
    body: &[usize],
    config: &Config,
) -> Option<usize> {
    let &last_body = body.last()?;
    let non_blank: Vec<usize> = (start..=last_body)
        .filter(|&i| !features[i].is_blank())
        .collect();
    non_blank.iter().enumerate().find_map(|(k, &i)| {
        // Cheapest test first: most lines are not titles, and reading the names
        // out of a byline allocates.
        let title =
            is_title_like(texts[i], &features[i], config) && !crate::byline::is_byline(texts[i]);
        // The article follows its byline: a long line within three lines.
        let text_after = || {
            non_blank[k + 1..]
                .iter()
                .take(4)
                .any(|&j| features[j].terminal() && features[j].chars as usize >= config.length_low)
        };
        let byline_after = || {
            non_blank[k + 1..].iter().take(2).any(|&j| {
                crate::byline::is_byline(texts[j])
                    && crate::byline::authors(texts[j])
                        .iter()
                        .any(|name| name.split_whitespace().count() >= 2)
            })
        };
        (title && text_after() && byline_after()).then_some(i)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::Extractor;

    /// The English features of `lines`.
    fn features_of(lines: &[&str]) -> FeatureTable {
        let mut ex = Extractor::new(Stoplist::english());
        lines.iter().map(|l| ex.features(l)).collect()
    }

    fn headline(lines: &[&str], body: &[usize]) -> Option<usize> {
        let f = features_of(lines);
        find(
            lines,
            &f,
            &[],
            body,
            Stoplist::english(),
            &Config::default(),
            None,
        )
        .map(|(i, _)| i)
    }

    #[test]
    fn prefers_the_title_sharing_words_with_the_lead() {
        let lines = [
            "Home",
            "Markets Rally as Inflation Cools - Example News",
            "Weather Today In The City",
            "Stocks rose sharply on Friday as inflation cooled for a third month.",
        ];
        assert_eq!(headline(&lines, &[3]), Some(1));
    }

    const LEAD: &str =
        "Stocks rose sharply on Friday as inflation cooled for a third month, traders said.";

    #[test]
    fn the_line_the_page_title_names_wins() {
        // Exactly, or worded a little differently.
        for (page_title, title) in [
            (
                "Markets Rally as Inflation Cools - Example News",
                "Markets Rally as Inflation Cools",
            ),
            (
                "Markets Rally as Inflation Cools Again - Example News",
                "Markets Rally as Inflation Cools Further Again",
            ),
        ] {
            let lines = [
                page_title,
                title,
                "Stocks Rose Sharply On Friday Trading",
                LEAD,
            ];
            assert_eq!(headline(&lines, &[3]), Some(1), "{title}");
        }
    }

    #[test]
    fn a_headline_with_a_separator_gives_way_to_the_heading_it_names() {
        // The page title is not the first line, so it is a candidate; it names
        // the heading under the standfirst, worded a little differently.
        let lines = [
            "Home",
            "Markets Rally as Inflation Cools Again - Example News",
            "",
            "Stocks rose sharply on Friday as inflation cooled for a third month in a row.",
            "",
            "Markets Rally as Inflation Cools Further Again",
            "",
            LEAD,
            "",
            LEAD,
        ];
        assert_eq!(headline(&lines, &[3, 5, 7, 9]), Some(5));
        // Not when a byline stands right under it: a clean text's headline
        // over its byline is no page title.
        let mut with_byline = lines;
        with_byline[2] = "By Jane Smith";
        assert_eq!(headline(&with_byline, &[3, 5, 7, 9]), Some(1));
    }

    #[test]
    fn the_first_lines_page_title_is_not_the_headline() {
        let lines = ["Lorem Ipsum Dolor Sit – My Website", "", LEAD];
        assert_eq!(headline(&lines, &[2]), None);
        // "Site: Page" too, when other lines stand between it and the body …
        let lines = [
            "Example Site: Colophon",
            "By Jane Smith",
            "Archive",
            "Projects",
            "Contact",
            "Sponsorship",
            LEAD,
        ];
        assert_eq!(headline(&lines, &[6]), None);
        // … but near the body it is a clean text's headline.
        let lines = ["Stocks: Rally On Friday", "By Jane Smith", LEAD];
        assert_eq!(headline(&lines, &[2]), Some(0));
        // So is "Title - Subtitle" over a byline or a date near the body.
        let mut lines = [
            "Friday Facts #282 - 0.17 in sight",
            "Posted by jdoe, asmith on 2019-02-15, all posts",
            "The release plan (jdoe)",
            "This week was the time to close and finish the plan for the release of 0.17.",
        ];
        assert_eq!(headline(&lines, &[3]), Some(0));
        lines[1] = "Example Site";
        assert_eq!(headline(&lines, &[3]), Some(2));
    }

    #[test]
    fn markup_is_never_a_title() {
        let lines = [
            r#"<img src="/pixel.gif" width="1" height="1" alt="">"#,
            LEAD,
        ];
        assert_eq!(headline(&lines, &[1]), None);
    }

    #[test]
    fn a_bare_name_is_weaker_evidence_than_a_prefixed_byline() {
        let mut lines = [
            "Stocks Inflation Markets Today",
            "Jane Smith",
            "Inflation Cools As Stocks Rise Sharply",
            LEAD,
        ];
        // A capitalised pair under a menu line does not outweigh a title that
        // shares more with the lead …
        assert_eq!(headline(&lines, &[3]), Some(2));
        // … a prefixed byline does.
        lines[1] = "By Jane Smith";
        assert_eq!(headline(&lines, &[3]), Some(0));
    }

    #[test]
    fn a_title_above_a_date_beats_a_subheading_nearer_the_lead() {
        let mut lines = [
            "Inflation Cools Across Western Region",
            "Oct 18, 2019 · 8 min read",
            "Stocks climb despite report",
            LEAD,
        ];
        assert_eq!(headline(&lines, &[3]), Some(0));
        lines[1] = "Markets and Economy";
        assert_eq!(headline(&lines, &[3]), Some(2));
    }

    #[test]
    fn datelines_are_never_titles() {
        assert!(starts_with_date(
            "2017-03-10 09:58 Source: Example News Wire"
        ));
        assert!(starts_with_date("10.03.2017 Example News Wire"));
        assert!(!starts_with_date("1.8 The Bountiful Update Arrives"));
        assert!(!starts_with_date("10,000 Ways To Cook Rice"));
        let lines = ["2017-03-10 09:58 Source Example News Wire", LEAD];
        assert_eq!(headline(&lines, &[1]), None);
    }

    #[test]
    fn list_items_are_never_titles() {
        let lines = ["+ Sponge block has regained its ability", LEAD];
        assert_eq!(headline(&lines, &[1]), None);
    }

    #[test]
    fn credits_are_never_titles() {
        let lines = ["Portrait by George Del Barrio", LEAD];
        assert_eq!(headline(&lines, &[1]), None);
    }

    #[test]
    fn far_titles_need_strong_evidence() {
        let mut lines = vec!["Inflation Cools as Stocks Rise Sharply"];
        lines.extend(std::iter::repeat("Menu Item Link").take(30));
        lines.push("Stay Tuned For More");
        lines.push(LEAD);
        let lead = lines.len() - 1;
        assert_eq!(headline(&lines, &[lead]), Some(0));
        // One shared word is not enough that far away.
        lines[0] = "Winter Storm Arrives on Friday";
        assert_eq!(headline(&lines, &[lead]), Some(lead - 1));
    }

    #[test]
    fn a_title_above_an_author_byline_inside_an_early_block() {
        let lines = [
            "A promo text that the block took for prose, long enough to count as a sentence here.",
            "Another promo sentence that reads like prose and also counts as a body line for sure.",
            "Babies Who Eat Peanuts Early May Avoid Allergy",
            "By Brenda Goodman",
            "Feb. 23, 2015 -- Life-threatening peanut allergies have been on the rise in recent decades.",
        ];
        assert_eq!(headline(&lines, &[0, 1, 2, 4]), Some(2));
    }

    #[test]
    fn an_authors_bare_name_under_the_title_is_not_the_headline() {
        // Nothing shares a word with the lead; the name right above it is
        // title-like, but it is the title's byline, not a title over it.
        let lines = [
            "Samantha and The Great Big Lie",
            "John C. Welch",
            "The response, from all quarters, was swift and loud, as everyone expected it to be.",
        ];
        assert_eq!(headline(&lines, &[2]), Some(0));
    }

    #[test]
    fn a_copy_of_the_title_above_an_author_byline_does_not_move_it() {
        // The title opens the text; the page prints it again under the first
        // paragraphs, with the byline under the copy.
        let lines = [
            "Gunmen Storm Famous Museum In Tunis Capital",
            "Share on Tumblr",
            "Gunmen opened fire on visitors at the famous museum on Wednesday, killing many people.",
            "It was the most deadly attack in the nation in more than a decade, officials said.",
            "Gunmen Storm Famous Museum In Tunis Capital",
            "By Erin Cunningham",
            "Security forces stormed the museum, freeing hostages and ending a siege by the gunmen.",
        ];
        assert_eq!(headline(&lines, &[2, 3, 4, 6]), Some(0));
        // Without the first copy, the line above the byline is the title.
        assert_eq!(headline(&lines[2..], &[0, 1, 2, 4]), Some(2));
    }

    #[test]
    fn the_titles_copy_deep_in_the_block_wins_with_text_under_it() {
        let mut lines = vec![
            "The Sharing Economy Is A Lie About Tech - Example News",
            "Teaser: Welcome To Libertarian Island Of Tech Jane Doe",
        ];
        // A promo list the block took for the article's opening.
        let promo = "Welcome to Libertarian Island, where tech money builds its own little nation.";
        lines.extend(std::iter::repeat(promo).take(25));
        lines.push("The Sharing Economy Is A Lie About Tech");
        lines.push(
            "Disruptive companies talk a good game about sharing, but the money flows one way",
        );
        let title = lines.len() - 2;
        let body: Vec<usize> = (2..lines.len()).filter(|&i| i != title).collect();
        let mut ex = Extractor::new(Stoplist::english());
        let f: FeatureTable = lines.iter().map(|l| ex.features(l)).collect();
        let found = find(
            &lines,
            &f,
            &[],
            &body,
            Stoplist::english(),
            &Config::default(),
            None,
        );
        assert_eq!(found, Some((title, true)));
        // Without the text under it, so far down it is a teaser's copy.
        let last = lines.len() - 1;
        lines[last] = "More";
        let f: FeatureTable = lines.iter().map(|l| ex.features(l)).collect();
        let found = find(
            &lines,
            &f,
            &[],
            &body,
            Stoplist::english(),
            &Config::default(),
            None,
        );
        assert_ne!(found.map(|(i, _)| i), Some(title));
    }

    #[test]
    fn a_title_above_the_articles_header_beats_the_subheading_under_it() {
        let mut lines = [
            "Profiling Node On Production Without Downtime",
            "Vincent Vallet",
            "Follow",
            "Oct 18, 2019 · 8 min read",
            "Why Stocks And Inflation Matter",
            LEAD,
        ];
        assert_eq!(headline(&lines, &[5]), Some(0));
        // A name alone is no header: it may be a menu item.
        lines[3] = "Markets";
        assert_eq!(headline(&lines, &[5]), Some(4));
    }

    #[test]
    fn a_title_the_page_prints_twice_wins_nearest_copy() {
        let mut lines = vec![
            "Inflation Cools Across The Region",
            "Share on Facebook",
            "Inflation Cools Across The Region",
            "Markets hold steady after Friday trading",
            "Stocks Rose Sharply In Morning Trade",
            LEAD,
        ];
        assert_eq!(headline(&lines, &[5]), Some(2));
        // A repeated line sharing nothing with the lead is a menu's.
        lines[0] = "Weather Warnings Across The Region";
        lines[2] = "Weather Warnings Across The Region";
        assert_eq!(headline(&lines, &[5]), Some(4));
    }

    #[test]
    fn the_first_lines_copy_far_above_the_body_is_named() {
        let title = "Inflation Cools Across The Region";
        let mut lines = vec![title, "Home"];
        lines.extend(std::iter::repeat("Menu Item Link").take(60));
        lines.push(title);
        lines.extend(std::iter::repeat("Menu Item Link").take(30));
        lines.push("Stocks Rise In Morning Trade");
        lines.push(LEAD);
        let lead = lines.len() - 1;
        assert_eq!(headline(&lines, &[lead]), Some(62));
    }

    #[test]
    fn a_title_beats_the_standfirst_under_it() {
        let mut lines = [
            "Markets Rally Again",
            "Traders shrugged off the weak jobs report as inflation cooled for a third month in a row",
            LEAD,
        ];
        assert_eq!(headline(&lines, &[2]), Some(0));
        // A long title under a short line (a kicker) stays the title.
        lines[1] = "Inflation Cools For A Third Month";
        assert_eq!(headline(&lines, &[2]), Some(1));
    }

    #[test]
    fn a_title_above_a_list_stands_right_before_the_body() {
        let mut lines = vec![
            "Minecraft News",
            "Powered by Tumblr",
            "The Bountiful Update",
        ];
        lines.extend(std::iter::repeat("+ Added Slime Block").take(10));
        lines.push("+ Sponge block has regained its water-absorbing ability and becomes wet");
        let body = [lines.len() - 1];
        assert_eq!(headline(&lines, &body), Some(2));
        // Other lines between make it too far for a title sharing no word.
        lines[5] = "Follow us on our pages";
        assert_eq!(headline(&lines, &body), None);
    }

    #[test]
    fn a_title_above_a_name_and_date_beats_a_tag_list() {
        let lines = [
            "Home",
            "Inflation Cools - Markets Rally Across The Region",
            "Jane Smith     Monday, February 29, 2016 @ 11:10 PM UTC",
            "Markets Stocks Inflation Friday Trading Stocks",
            LEAD,
        ];
        assert_eq!(headline(&lines, &[4]), Some(1));
        let mut ex = Extractor::new(Stoplist::english());
        let posted = "Posted by jdoe, asmith on 2019-02-15, all posts";
        assert!(is_date_line(posted, &ex.features(posted)));
        for title in [
            "Stocks Rally On 1.8 Percent Growth",
            "Friday Facts #282 - 0.17 in sight",
        ] {
            assert!(!is_date_line(title, &ex.features(title)), "{title}");
        }
        for date in [
            "Oct 18, 2019 · 8 min read",
            "Tuesday 15 October 2019 by Jane Doe",
        ] {
            assert!(is_date_line(date, &ex.features(date)), "{date}");
        }
    }

    #[test]
    fn a_title_above_its_share_bar_and_byline_beats_a_caption_under_them() {
        let mut lines = vec!["Middle East", "Inflation Fears Grow In The West"];
        lines.extend([
            "Share on Facebook",
            "Share on Twitter",
            "Resize Text",
            "Comments",
        ]);
        lines.push("By Jane Smith March 18 at 3:57 PM");
        lines.extend(["1 of 24", "Full Screen", "Close", "×"]);
        lines.push("Stocks rise sharply in morning trading on Friday");
        lines.push(LEAD);
        let lead = lines.len() - 1;
        assert_eq!(headline(&lines, &[lead]), Some(1));
        // Without the byline, nothing marks the header.
        lines[6] = "Autoplay";
        assert_eq!(headline(&lines, &[lead]), Some(lead - 1));
    }

    #[test]
    fn agency_credits_are_never_titles() {
        assert!(ends_with_agency_credit(
            "The Moulin Rouge cabaret in Paris Benoit Tessier/Reuters"
        ));
        assert!(ends_with_agency_credit(
            "Lula receives a replica of the cup - Heinrich Aikawa/Instituto Lula"
        ));
        assert!(!ends_with_agency_credit("The Story Of AC/DC"));
        assert!(!ends_with_agency_credit("Support Open 24/7 For Everyone"));
        let lines = ["Stocks rally in Paris Jane Smith/Reuters", LEAD];
        assert_eq!(headline(&lines, &[1]), None);
    }

    #[test]
    fn a_byline_belongs_to_the_title_right_above_it() {
        let mut lines = [
            "A Very Old Fork of Stocks Code for this site",
            "On Recent Controversial Events",
            "Tuesday 15 October 2019 by Jane Smith",
            LEAD,
        ];
        assert_eq!(headline(&lines, &[3]), Some(1));
        // Unless the line between is the title's standfirst.
        lines[0] = "Stocks Rally Again";
        lines[1] =
            "Traders shrugged off the weak jobs report as inflation cooled for a third month";
        assert_eq!(headline(&lines, &[3]), Some(0));
    }

    #[test]
    fn a_title_under_its_date_marks_the_article_when_nothing_else_does() {
        let lines = [
            "Welcome to the island where tech money builds its own little nation Jane Roe",
            "My kids were embarrassed that their dad worked at the corner store Joe Bloggs",
            "Economic redistribution is our only hope for a fairer country Robert Reich",
            "Fox pundits now think that snow days are a plot against them Joanna Smith",
            "We cannot believe we have to explain this about cinnamon rolls Lindsay Abram",
            "The quest to save vanishing old neighbourhoods from the developers Henry Grab",
            "Hidden secrets of the brain: do you like cats or dogs better Melvin Konner",
            "Sunday, Feb 1, 2015 11:57 AM UTC",
            "The Sharing Economy Is A Lie About Tech",
            "Disruptive companies talk a good game about sharing, but the money flows one way.",
            LEAD,
        ];
        let mut ex = Extractor::new(Stoplist::english());
        let f: FeatureTable = lines.iter().map(|l| ex.features(l)).collect();
        let body: Vec<usize> = (0..lines.len()).collect();
        let found = find(
            &lines,
            &f,
            &[],
            &body,
            Stoplist::english(),
            &Config::default(),
            None,
        );
        assert_eq!(found, Some((8, false)));
    }

    #[test]
    fn first_line_of_a_clean_text() {
        let lines = [
            "A quiet title with nothing in common",
            "Stocks rose sharply on Friday as inflation cooled for a third month.",
        ];
        assert_eq!(headline(&lines, &[1]), Some(0));
    }

    #[test]
    fn sentences_and_dates_are_not_titles() {
        let lines = [
            "Stocks rose on Friday.",
            "12 March 2024 10:45",
            "Stocks rose sharply on Friday as inflation cooled for a third month.",
        ];
        assert_eq!(headline(&lines, &[2]), None);
    }

    #[test]
    fn a_subheading_in_the_lead_does_not_back_a_title() {
        let mut lines = [
            "Weekly Video Roundup",
            "Intro",
            "Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor.",
            "Videos",
            "Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip.",
        ];
        // The subheading "Videos" shares a word with the line above "Intro",
        // but the lead is the prose: nothing backs the far line.
        assert_eq!(headline(&lines, &[2, 3, 4]), None);
        // Prose naming the videos does.
        lines[2] =
            "Our weekly video roundup brings the best clips of the week, chosen by our editors.";
        assert_eq!(headline(&lines, &[2, 3, 4]), Some(0));
    }

    #[test]
    fn a_hard_wrapped_lead_starts_at_its_first_line() {
        let lines = [
            "Remote Storage Protocol",
            "",
            "   This memo describes a remote storage protocol by which client",
            "   applications running in a browser talk to a server on another",
            "   domain, and how that server answers each of their requests here.",
        ];
        let continues = [false, false, false, true, true];
        let f = features_of(&lines);
        let find = |continues: &[bool]| {
            find(
                &lines,
                &f,
                continues,
                &[2, 3, 4],
                Stoplist::english(),
                &Config::default(),
                None,
            )
            .map(|(i, _)| i)
        };
        assert_eq!(find(&continues), Some(0));
        // Read line by line, the paragraph's own first line looks like a title.
        assert_eq!(find(&[]), Some(2));
    }

    #[test]
    fn the_nearest_copy_of_the_title_wins_even_split_in_two() {
        let mut lines = [
            "Home",
            "Jane Doe's $150K Pearl Gown -- STOLEN!!!",
            "Jane Doe",
            "$150K Pearl Gown ... STOLEN!!!",
            "Jane Doe's famous pearl dress was stolen from her hotel room on Wednesday, police said.",
        ];
        // The breadcrumb shares more words with the lead; the heading under it
        // is the title again, broken after the name.
        assert_eq!(headline(&lines, &[4]), Some(3));
        // Lines with only some of the title's words are no copy.
        lines[2] = "Hotel News";
        assert_eq!(headline(&lines, &[4]), Some(1));
    }

    #[test]
    fn nearer_copy_takes_whole_or_split_copies_only() {
        let lines = [
            "Pearl Dress Stolen From Hotel Room",
            "Share",
            "Pearl Dress Stolen From Hotel Room",
            "Pearl Dress Stolen",
            "From Hotel Room",
            "Police said so.",
        ];
        let f = features_of(&lines);
        let copy =
            |lead: usize| nearer_copy(&lines, &f, 0, lead, Stoplist::english(), &Config::default());
        // The split copy at 3/4 is nearest; of it, the first title-like line.
        assert_eq!(copy(5), Some(3));
        // Up to the whole copy only.
        assert_eq!(copy(3), Some(2));
        // Nothing between the title and the lead.
        assert_eq!(copy(1), None);
    }

    #[test]
    fn a_title_over_a_short_header_beats_a_far_line_sharing_words() {
        let mut lines = vec!["Jane Smith Meets Tom Brown"];
        lines.extend(std::iter::repeat("Menu Item Link").take(25));
        lines.extend([
            "Letters From The Lighthouse",
            "lighthousekeeper",
            "Summary:",
            "Jane Smith had never met Tom Brown before the storm, and she did not expect to again.",
        ]);
        let lead = lines.len() - 1;
        assert_eq!(headline(&lines, &[lead]), Some(lead - 3));
        // Over keyword lines alone it may be a caption.
        lines[lead - 2] = "Advertisement";
        lines[lead - 1] = "Advertisement";
        assert_eq!(headline(&lines, &[lead]), Some(0));
        // Right above the text, without a header, it may be a button or a
        // subheading: the far line's shared words win.
        lines.remove(lead - 1);
        lines.remove(lead - 2);
        let lead = lines.len() - 1;
        assert_eq!(headline(&lines, &[lead]), Some(0));
    }

    #[test]
    fn a_teasers_title_is_never_the_headline() {
        let mut lines = vec!["Inflation Cools as Stocks Rise Sharply"];
        lines.extend(std::iter::repeat("Menu Item Link").take(25));
        lines.extend([
            "Inflation Cools As Stocks Rise, Part 2",
            "The second half of our look at why stocks rose sharply as inflation cooled…",
            "Read more",
            LEAD,
        ]);
        let lead = lines.len() - 1;
        // The link card to part two shares the lead's words but has a "Read
        // more" under it: the title far above wins.
        assert_eq!(headline(&lines, &[lead]), Some(0));
        lines[lead - 1] = "Markets";
        assert_eq!(headline(&lines, &[lead]), Some(lead - 3));
    }

    #[test]
    fn a_plain_text_documents_centered_title_may_be_one_word() {
        let para = [
            "    This draft describes a protocol by which client-side applications,",
            "    running inside a web browser, can communicate with a data storage",
            "    server that is hosted on a different domain name, as shown below.",
        ];
        let mut lines = vec![
            "INTERNET DRAFT                                      Jane Doe",
            "                                                         J. Roe",
            "",
            "                            remoteStorage",
            "",
            "Abstract",
            "",
        ];
        lines.extend(para);
        let continues: Vec<bool> = (0..lines.len()).map(|i| i > 7).collect();
        let body = [7, 8, 9];
        let find = |lines: &[&str]| {
            let f = features_of(lines);
            let config = Config::default();
            find(
                lines,
                &f,
                &continues,
                &body,
                Stoplist::english(),
                &config,
                None,
            )
            .map(|(i, _)| i)
        };
        assert_eq!(find(&lines), Some(3));
        // Flush left, a one-word line is a section label, not a title …
        lines[3] = "remoteStorage";
        assert_eq!(find(&lines), None);
        // … and at the right margin, a column.
        lines[3] = "                                                    remoteStorage";
        assert_eq!(find(&lines), None);
    }

    #[test]
    fn columns_are_never_titles() {
        assert!(is_columns("INTERNET DRAFT          Michiel B. de Jong"));
        assert!(is_columns("Capital\tWellington City Hall"));
        assert!(!is_columns("      Remote Storage Protocol Draft"));
        assert!(!is_columns("Markets Rally as Inflation Cools"));
        let lines = [
            "Document: draft-remote-storage          Example Hosting",
            "This draft describes a protocol by which client applications talk to a server.",
        ];
        assert_eq!(headline(&lines, &[1]), None);
    }

    #[test]
    fn each_separator_sets_its_own_bit() {
        for (k, sep) in SEPARATORS.iter().enumerate() {
            assert_ne!(possible_separators(sep) & 1 << k, 0, "{sep:?}");
        }
        assert_eq!(possible_separators("Plain words, no marks at all."), 0);
    }

    #[test]
    fn byte_helpers_read_ascii_as_the_unicode_functions_do() {
        let texts = [
            "",
            "  ",
            "One",
            "  Title  -\tSite \r\n",
            "a\x0bb\x0cc\x1cd\x1fe\x7f f",
            "MIXED Case  words\n\nhere ",
        ];
        for text in texts {
            assert_eq!(
                word_count(text),
                text.split_whitespace().count(),
                "{text:?}"
            );
            let slow: Vec<String> = text
                .split_whitespace()
                .map(str::to_ascii_lowercase)
                .collect();
            assert_eq!(
                normalized_ascii(text.as_bytes()),
                slow.join(" "),
                "{text:?}"
            );
        }
        for b in 0..128u8 {
            assert_eq!(is_ascii_space(b), char::from(b).is_whitespace(), "{b:#x}");
        }
    }

    #[test]
    fn normalized_reads_non_ascii_text_as_the_definition_does() {
        for text in [
            "  Ünïcode\u{a0}TITLE\u{2003}—  Site ",
            "ΣΟΦΊΑ και ΜΆΘΗΣΗ",
            "İstanbul’da\u{3000}Haber",
            "Пример\tзаголовка \u{85} Сайт",
            "“Quoted” Title",
        ] {
            let slow: Vec<String> = text
                .split_whitespace()
                .map(|w| w.chars().flat_map(char::to_lowercase).collect())
                .collect();
            assert_eq!(normalized(text), slow.join(" "), "{text:?}");
        }
    }

    #[test]
    fn stems_hold_every_word_and_match_the_string_definition() {
        // No character lowercases to more than four bytes: five fit in a stem.
        for c in '\0'..=char::MAX {
            assert!(
                c.to_lowercase().map(char::len_utf8).sum::<usize>() <= 4,
                "{c:?}"
            );
        }
        let by_definition = |word: &str| -> String {
            word.chars()
                .take(STEM_CHARS)
                .flat_map(char::to_lowercase)
                .map(|c| if c == '’' { '\'' } else { c })
                .collect()
        };
        for word in [
            "Reuters",
            "a",
            "ABCDE",
            "İİİİİİ",
            "Ŋ𐐀𐐀𐐀𐐀𐐀",
            "don’t",
            "Straße",
            "ΣΟΦΊΑ",
        ] {
            assert_eq!(stem(word).as_str(), by_definition(word), "{word:?}");
        }
    }

    #[test]
    fn content_stems_skip_stopwords_as_the_string_look_up_does() {
        let stoplist = Stoplist::english();
        let text = "The Cat’s THE dog's it`s It's “Doe’s” and-so X-Ray (UN) of, AND Über-the 42";
        let got: Vec<String> = content_stems(text, stoplist)
            .map(|s| s.as_str().to_string())
            .collect();
        let want: Vec<String> = text
            .split_whitespace()
            .filter_map(|token| {
                let word = token.trim_matches(|c: char| !c.is_alphanumeric());
                let word = word
                    .strip_suffix("'s")
                    .or_else(|| word.strip_suffix("’s"))
                    .unwrap_or(word);
                let lower = word.to_lowercase();
                (!word.is_empty() && !stoplist.contains(&lower))
                    .then(|| stem(word).as_str().to_string())
            })
            .collect();
        assert_eq!(got, want);
        assert!(
            got.contains(&"it`s".to_string()),
            "a backtick is no apostrophe here"
        );
    }

    #[test]
    fn separator_searchers_find_what_match_indices_does() {
        for text in [
            "",
            " - - - ",
            "A - B - C",
            "x | y || z",
            " :: :: ",
            "a: b: c:",
            "one – two — three",
            " · » ·",
            "Title - Site: Section | Brand",
        ] {
            for (k, sep) in SEPARATORS.iter().enumerate() {
                let want: Vec<usize> = text.match_indices(sep).map(|(at, _)| at).collect();
                let got: Vec<usize> = SEPARATOR_SEARCHERS[k].find_iter(text.as_bytes()).collect();
                assert_eq!(got, want, "{text:?} {sep:?}");
            }
        }
    }

    #[test]
    fn page_title_core() {
        assert_eq!(title_core("Big News Today | Site"), "Big News Today");
        assert_eq!(title_core("No separator"), "No separator");
    }
}
