//! Bylines: recognising them and reading the names out of them.
//!
//! A byline starts with a known prefix (`data/lexicon/byline_prefixes.txt`: "By",
//! "Written by", "Author's name", "Editor", "Par", "Por", …) followed by a
//! capitalised name, and is short: at most [`MAX_WORDS`] words, and not a sentence
//! (a line ending in a full stop with more than a dozen words is prose that happens
//! to start with "By"). Requiring the prefix at the very start is what keeps a photo
//! credit ("Photo: … by The Presidential Press Office") out.
//!
//! Chinese and Japanese bylines put their marker ("作者", "记者", "责任编辑", in the
//! same file) anywhere in a short line, before a colon and a name of two to four
//! Han characters ("2017-03-10 来源：新华网 作者：张三"): Han names have no capitals
//! to recognise, so the marker and its colon are the evidence.
//!
//! A prefix may stand alone on its line, the name on the next non-blank one
//! ("por" / "César Salza", "WRITTEN BY" / "Jane Doe"): both lines are the byline
//! when the prefix is an author's and the name passes as a bare name (below). Only
//! above the end of the body: after it, such a pair is the author's profile card.
//!
//! Two forms do without a prefix. A short dated line that ends "… by Name"
//! ("Posted on March 10, 2015 by Jane Doe") is a byline when the part before "by"
//! holds a digit (a day, a year, a time; a month name alone is no date: "Flights
//! May Resume by End of 2025"), which keeps titles like "Killed by Friendly Fire" out.
//! When it also opens with a publishing verb (`data/lexicon/byline_verbs.txt`:
//! "Posted", "Published") it is a byline wherever the article holds it, even among
//! body lines: blogs print it under each post, and the verb with the date tells it
//! from a sentence ("In 2019 the paper was bought by Rupert Murdoch.").
//! A prefixed byline may also follow a separator in a line of dates and site
//! names ("Le Monde | 04.05.2015 | Par Martin Untersinger"). A bare name ("Jane
//! Doe", "Jane Doe • 8h") is a byline only under the headline, on evidence (below):
//! names alone are captions and menu items as often as bylines.
//!
//! A bare name within [`BARE_NAME_DISTANCE`] lines under the headline is a byline
//! on one of three pieces of evidence, strongest first: it carries a date ("Alex
//! Perry 1 day ago"); it stands above a short dated line (maybe with a button such
//! as "Follow" between them) or above a job title ("Staff Writer", "Seattle Times
//! business reporter": a short line with a word of `roles.txt`); the page credits
//! the same person, in a prefixed byline ("Written by Jane Doe") or, at least
//! [`BIO_MIN_DISTANCE`] lines away, in exactly one short bio that opens with the
//! name ("Jane Doe is a historian …"; an encyclopedia opens many paragraphs with
//! its topic). The weakest evidence reaches a little further, to
//! [`HEADER_DISTANCE`] lines: a name under a short dated line ("Published on: June
//! 25, 2024" / "5 min read" / a standfirst / "Dave Steer") sits in the article's
//! header, where the date and the author are the metadata. The date may as well
//! stand right above the headline (within [`HEADER_DATE_ABOVE`] non-blank lines:
//! "June 25, 2024" / "5 min read" / title / standfirst / name).
//! A dated line is short (at most eight words) and holds a month name or a
//! number that reads as a date or a time: a year ("2019"), a time ("12:06",
//! "7:30AM"), a numeric date ("15.02.2019"), a CJK date ("3月10日"), or a count
//! of time in any language (a number with up to three lowercase letters, "3h",
//! or before a lowercase word, "5 min read", "před 2 hodinami"); a number alone
//! is none ("Chapter 1: …", "Part 5", "CC BY 4.0").
//! The name and its evidence are read twice: among all the lines under the
//! headline, and among the lines the clean text keeps (the captions, buttons
//! and dates between are gone there, and a name may stand right above a date
//! line it did not touch on the page); a name either reading takes is a
//! byline, so that the clean text takes no other.
//! The strongest evidence wins, so a site name above a dated author line ("Tech
//! Insider" / "Alex Perry 1 day ago") is not taken; every copy of the winning name
//! within [`COPY_DISTANCE`] lines is labeled (pages print the name twice, as a link
//! and as a profile card, with buttons between), counting only the lines the
//! clean text keeps (not the captions and buttons between), so that cleaning
//! the clean text labels the same copies.
//!
//! What looks like a bare author but is not: a name the headline holds is its
//! subject ("Lupita Nyong'o's Dress Stolen" / "Lupita Nyong'o"); a dated name with
//! another, different dated name close by is one of a list of teasers ("Title" /
//! "Tanvi Misra" / "Mar 9, 2018" / "Title" / "Linda Poon" / "Aug 23, 2017"),
//! which a wrongly placed headline may sit in; a name that opens with a word in
//! capitals is a brand ("CNET Japan 3/9 18:45"; French pages print surnames in
//! capitals: "Jean DUPONT"). A name never holds a word of page furniture
//! (`data/lexicon/not_names.txt`: "Login Join", "Share Tweet") or one that opens
//! a place name (a dateline: "São Paulo", "Los Angeles"), nor a job title, and
//! no end-of-article marker is a byline ("Related Coverage" reads like a name).
//!
//! A line with a keyword hit is no byline ("by Taboola"), except a call to action
//! after a full author name ("By Jane Doe March 18 Follow @jdoe"). Leading
//! punctuation is ignored ("// By Jane Doe • Nov 11, 2020"). A title-like line
//! ending "… by First Last" is a credit, which the headline search skips.
//!
//! Only lines near the article are tried: around the headline (or the first body
//! line, without one) and right after the last body line (see
//! [`Config::byline_max_distance`](crate::Config)). Above a headline only the two
//! lines of text right over it are tried, with the buttons and counters between
//! them not counted ("By Jane Doe" / "1 of 24" / "Full Screen" / title): a byline
//! stands over its title, while "Written by Jane Doe" further up heads a sidebar
//! of the author's other posts. Under the body's start, the distance is counted
//! in body lines that cannot be bylines themselves ([`may_be_byline`]), not in
//! lines: the clean text ([`Article::text`](crate::Article::text)) keeps exactly
//! those lines, so a line is in the zone on a page if and only if it is in the
//! zone of the page's clean text, and cleaning that text again takes the same
//! lines for bylines (counting every line, the menus and captions a page has
//! between its first paragraphs pushed a "By …" line out of the zone, and
//! their absence from the clean text brought it back in).
//!
//! Each prefix has a role. Names after an *author* prefix are the article's
//! [`authors`](crate::Article::authors); an editor or contributor is credited on a
//! byline line but is not an author.

use crate::features::{more_tokens_than, FeatureTable, Features};
use crate::lexicon::{Keyword, Role, LEXICONS};

/// How many non-blank lines under the headline a bare author name may be.
pub(crate) const BARE_NAME_DISTANCE: usize = 4;
/// How many non-blank lines under the headline a bare name in a dated header
/// (a short dated line above it) may be: a standfirst may come first.
const HEADER_DISTANCE: usize = 6;
/// How many non-blank lines under the headline copies of the author's name are
/// labeled.
const COPY_DISTANCE: usize = 8;
/// How many non-blank lines above the headline its header's date may be.
const HEADER_DATE_ABOVE: usize = 2;
/// How many lines after a dated name another dated name makes them a teaser list.
const TEASER_SPAN: usize = 4;
/// An author's bio or credit line is at least this many lines from the name: an
/// encyclopedia's lead sentence ("New Zealand is an island country …") right
/// under its title is no bio.
const BIO_MIN_DISTANCE: usize = 10;
/// An author's bio line has at least this many words.
const BIO_MIN_WORDS: usize = 6;
/// An author's bio line has at most this many words (a bio is a few sentences).
const BIO_MAX_WORDS: usize = 90;
/// A job title on its own line has at most this many words.
const MAX_ROLE_LINE_WORDS: usize = 6;
/// A dated line has at most this many words.
const MAX_DATED_LINE_WORDS: usize = 8;
/// At most this many words make a line of [`bare_name`]: the words before the
/// date or mark (the name's four, and two [`trim_name`] may drop: "and", a
/// lone ","), and at most [`MAX_DATED_LINE_WORDS`] from there on.
const MAX_BARE_NAME_LINE_WORDS: usize = 4 + 2 + MAX_DATED_LINE_WORDS;
/// A byline has at most this many words.
pub(crate) const MAX_WORDS: usize = 30;
/// A dated "… by Name" byline has at most this many words.
const MAX_DATED_WORDS: usize = 14;
/// A Chinese or Japanese byline has at most this many characters.
const CJK_MAX_CHARS: usize = 80;
/// A Han name has this many characters.
const CJK_NAME_CHARS: std::ops::RangeInclusive<usize> = 2..=4;
/// How many lines after a bare prefix ("By") its name may be.
const SPLIT_GAP: usize = 2;
/// A name has at most this many words.
const MAX_NAME_WORDS: usize = 5;

/// Lowercase words that may stand inside a name ("Ludwig van Beethoven").
const NAME_PARTICLES: &[&str] = &[
    "de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "la",
    "le", "al", "el", "bin", "ibn", "y", "e",
];

/// Connectives that join two names ("A and B").
const NAME_JOINERS: &[&str] = &[" and ", " & ", " et ", " y ", " und ", " e ", " и ", " i "];

/// `text` without `prefix`, comparing case-insensitively; the prefix must be
/// followed by whitespace or a colon.
fn strip_prefix_ci<'t>(text: &'t str, prefix: &str) -> Option<&'t str> {
    let mut chars = text.char_indices();
    for p in prefix.chars() {
        let (_, c) = chars.next()?;
        // Two ASCII letters need no Unicode case tables.
        if c.is_ascii() && p.is_ascii() {
            if !c.eq_ignore_ascii_case(&p) {
                return None;
            }
        } else if c != p && !c.to_lowercase().eq(p.to_lowercase()) {
            return None;
        }
    }
    let rest = chars.as_str();
    if rest.starts_with(|c: char| c.is_whitespace() || c == ':') {
        Some(rest.trim_start_matches(|c: char| c.is_whitespace() || c == ':'))
    } else {
        None
    }
}

/// The role and the text after the prefix, when `text` is a byline.
pub(crate) fn parse(text: &str) -> Option<(Role, &str)> {
    let text = text
        .trim()
        .trim_start_matches(|c: char| c.is_ascii_punctuation() && c != '@' && c != '#')
        .trim_start();
    // Most lines of prose are turned away here.
    if !may_parse(text) {
        return None;
    }
    if let Some(found) = cjk_marked(text) {
        return Some(found);
    }
    // Counting stops past the bound: a 10 MB line costs no more than a long one.
    let words = text.split_whitespace().take(MAX_WORDS + 1).count();
    if !(2..=MAX_WORDS).contains(&words) {
        return None;
    }
    if text.ends_with('.') && words > 12 {
        return None;
    }
    LEXICONS
        .byline_prefixes_for(text.as_bytes().first().copied())
        .find_map(|(prefix, role)| {
            let rest = strip_prefix_ci(text, prefix)?;
            rest.starts_with(|c: char| c.is_uppercase())
                .then_some((*role, rest))
        })
        .or_else(|| dated_by(text, words))
        .or_else(|| after_separator(text))
}

/// Whether the line `text` (trimmed as [`parse`] trims it) may be a byline
/// by [`parse`]'s rules, read without counting its words or decoding it. Its
/// rules want a Han character ([`cjk_marked`]: in UTF-8 such a character,
/// U+3400 to U+9FFF, starts with a byte `0xE3` to `0xE9`), or a prefix at the
/// start (only the prefixes whose first character the line's first byte
/// can start are compared), or a digit (a date before the "by" of
/// [`dated_by`] or before the separator of [`after_separator`]) with " by ",
/// " By " or a separator ("| ", "• ", "· "; ASCII bytes occur in UTF-8 only
/// as themselves, so the bytes are searched). Most lines of prose, asked
/// whether they are bylines inside a wrapped paragraph, are turned away
/// here.
fn may_parse(text: &str) -> bool {
    let bytes = text.as_bytes();
    let Some(&first) = bytes.first() else {
        return false;
    };
    let ascii = text.is_ascii();
    if !ascii && bytes.iter().any(|b| (0xe3..=0xe9).contains(b)) {
        return true;
    }
    LEXICONS
        .byline_prefixes_for(Some(first))
        .any(|(prefix, _)| strip_prefix_ci(text, prefix).is_some())
        || (has_digit(bytes)
            && (memchr::memchr2_iter(b'y', b'|', bytes).any(|at| match bytes[at] {
                b'|' => bytes.get(at + 1) == Some(&b' '),
                _ => {
                    at >= 2
                        && bytes[at - 2] == b' '
                        && matches!(bytes[at - 1], b'b' | b'B')
                        && bytes.get(at + 1) == Some(&b' ')
                }
            }) || (!ascii && (text.contains("• ") || text.contains("· ")))))
}

/// Whether `bytes` holds an ASCII digit. Folded over every byte without an
/// early exit, the test compiles to a vector loop: most lines of prose have
/// no digit, and a search that could stop early read them a byte a step.
fn has_digit(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .fold(false, |seen, &b| seen | (b.wrapping_sub(b'0') < 10))
}

/// Whether `c` is a Han ideograph (CJK unified ideographs and extension A).
fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

/// A Chinese or Japanese byline: a short line holding a marker from
/// `byline_prefixes.txt` that starts with a Han character ("作者", "记者", "责任编辑"),
/// then a colon and a name of [`CJK_NAME_CHARS`] Han characters that ends the line
/// or a part of it ("2017-03-10 来源：网易科学人 作者：张三"). Han names carry no
/// capitals and such lines put the markers anywhere, so the marker, its colon and
/// a name-sized run of characters are the evidence; a name followed by another
/// colon is the next marker ("作者：责任编辑：…"), not a name.
fn cjk_marked(text: &str) -> Option<(Role, &str)> {
    // Without a Han character no marker can match (the common case: no search).
    if text.chars().nth(CJK_MAX_CHARS).is_some() || !text.chars().any(is_han) {
        return None;
    }
    LEXICONS
        .byline_prefixes
        .iter()
        .filter(|(prefix, _)| prefix.starts_with(is_han))
        .find_map(|(prefix, role)| {
            text.match_indices(prefix.as_str()).find_map(|(at, _)| {
                let rest = text[at + prefix.len()..].trim_start();
                let rest = rest
                    .strip_prefix('：')
                    .or_else(|| rest.strip_prefix(':'))?
                    .trim_start();
                let name_len = rest.chars().take_while(|&c| is_han(c)).count();
                let after = rest.chars().nth(name_len);
                (CJK_NAME_CHARS.contains(&name_len) && !matches!(after, Some('：' | ':')))
                    .then_some((*role, rest))
            })
        })
}

/// A prefixed byline after a separator, in a line of dates and site names (what
/// comes before holds a digit, so a page title "Title | by Jane Doe | Site" is none):
/// "Le Monde | 04.05.2015 à 13h36 | Par Martin Untersinger".
fn after_separator(text: &str) -> Option<(Role, &str)> {
    ["| ", "• ", "· "].iter().find_map(|sep| {
        text.match_indices(sep).find_map(|(at, _)| {
            // What comes before holds a date, as in `dated_by`.
            if !text[..at].contains(|c: char| c.is_ascii_digit()) {
                return None;
            }
            let rest = text[at + sep.len()..].trim_start();
            LEXICONS
                .byline_prefixes_for(rest.as_bytes().first().copied())
                .find_map(|(prefix, role)| {
                    let names = strip_prefix_ci(rest, prefix)?;
                    let name_end = names
                        .find(|c: char| c.is_ascii_digit() || "|•·(".contains(c))
                        .unwrap_or(names.len());
                    (*role == Role::Author && is_name(trim_name(&names[..name_end])))
                        .then_some((*role, names))
                })
        })
    })
}

/// A dated line that ends "… by Name": "Posted on March 10, 2015 by Jane Doe",
/// "Tuesday 15 October 2019 by Jane Doe". What comes before "by" must hold a date
/// (a digit or a month), so a title such as "Killed by Friendly Fire" is no byline.
fn dated_by(text: &str, words: usize) -> Option<(Role, &str)> {
    if words > MAX_DATED_WORDS {
        return None;
    }
    let at = rfind_by(text)?;
    let (before, name) = (&text[..at], text[at + 4..].trim());
    // A date has a day, a year or a time: a month name alone is no date ("May"
    // is a verb as often: "Flights May Resume by End of 2025").
    let dated = before.contains(|c: char| c.is_ascii_digit());
    (dated && is_name(trim_name(name))).then_some((Role::Author, name))
}

/// The name that makes up a line by itself, maybe followed by a date or a time
/// after a separator or a digit ("Jane Doe", "Jane Doe • 8h", "Jane Doe 1 day
/// ago"): two to four capitalised words, not all in capitals and none a
/// stopword ("On Recent Events" is a title) nor a word of page furniture
/// (`data/lexicon/not_names.txt`: "Login Join"), with nothing but such a date
/// after them.
/// Only the lines right after a headline are asked.
pub(crate) fn bare_name(text: &str) -> Option<&str> {
    let text = text.trim();
    // A line of more words than a name and a date can hold is none: most
    // lines asked (the search reads every line near a headline) are
    // sentences, turned away here before a word is looked up.
    if more_tokens_than(text, MAX_BARE_NAME_LINE_WORDS) {
        return None;
    }
    // The name's first word is the line's (after an "and "), whole: a head
    // of two words or more runs past it. It must be one a name opens with
    // (see below): most lines asked are turned away here, before the words
    // are looked up for a date.
    if !opens_like_a_name(text) {
        return None;
    }
    name_before_date(text)
}

/// Whether the trimmed line `text` opens with a word a bare name may open
/// with ([`may_open_a_name`]), after an "and ".
fn opens_like_a_name(text: &str) -> bool {
    let opening = text.strip_prefix("and ").map_or(text, str::trim_start);
    opening
        .split_whitespace()
        .next()
        .is_some_and(may_open_a_name)
}

/// [`bare_name`] of the trimmed line `text`, of at most
/// `MAX_BARE_NAME_LINE_WORDS` words, without the check on its first word.
fn name_before_date(text: &str) -> Option<&str> {
    let offset = |w: &str| w.as_ptr() as usize - text.as_ptr() as usize;
    let mark = text
        .find(|c: char| c.is_ascii_digit() || matches!(c, '•' | '|' | '·' | '—' | '–'))
        .unwrap_or(text.len());
    // A date may also start with a month or a weekday ("Jane Doe Monday, May 2, 2016").
    // Only one that starts by the mark counts (below): the words after it
    // need no look-up.
    let date_word = text
        .split_whitespace()
        .take_while(|w| offset(w) <= mark)
        .find(|w| LEXICONS.is_month(w.trim_matches(|c: char| !c.is_alphabetic())))
        .map(offset);
    let end = date_word.map_or(mark, |at| at.min(mark));
    let (head, tail) = (trim_name(&text[..end]), &text[end..]);
    let words = head.split_whitespace().count();
    let tail_words = tail.split_whitespace().count();
    let full_date = date_word.is_some_and(|at| at <= mark)
        && tail.contains(|c: char| c.is_ascii_digit())
        && tail_words <= MAX_DATED_LINE_WORDS;
    ((2..=4).contains(&words)
        && (full_date
            || (tail_words <= 4
                && (tail.is_empty()
                    || !tail.contains(|c: char| c.is_alphabetic())
                    || tail_words <= 3)))
        && head
            .chars()
            .all(|c| c.is_alphabetic() || " .-'’".contains(c))
        && head.chars().any(char::is_lowercase)
        // A name that opens with a word in capitals is a brand ("CNET Japan", "NBC
        // Sports"); a surname in capitals ("Jean DUPONT") is a name.
        && !head
            .split_whitespace()
            .next()
            .is_some_and(|w| w.len() >= 3 && !w.contains(char::is_lowercase))
        && !head.split_whitespace().any(|w| {
            is_english_stopword(w) || LEXICONS.is_not_name_word(w)
        })
        && is_name(head))
    .then_some(head)
}

/// Whether a bare name may open with `word`, by what [`bare_name`] asks of
/// every word of a name that it can check on the word alone: letters and
/// `.-'’` only, a capital first (or a particle: "de", "van"), not a word of
/// three letters or more in capitals (a brand).
fn may_open_a_name(word: &str) -> bool {
    word.chars()
        .all(|c| c.is_alphabetic() || ".-'’".contains(c))
        && (word.starts_with(|c: char| c.is_uppercase()) || NAME_PARTICLES.contains(&word))
        && (word.len() < 3 || word.contains(char::is_lowercase))
}

/// Whether `word`, lowercased, is an English stopword. A short ASCII word,
/// most of them, is lowercased on the stack: no allocation per word.
fn is_english_stopword(word: &str) -> bool {
    crate::lexicon::with_lowercase(word, |lower| {
        crate::stopwords::Stoplist::english().contains(lower)
    })
}

/// Whether `a` and `b` are the same text, ignoring case.
fn eq_ci(a: &str, b: &str) -> bool {
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

/// Whether `text` is a dated byline that opens with a publishing verb ("Posted on
/// Tuesday 15 October 2019 at 09:11 by Jane Doe."): one of the short dated "… by
/// Name" lines of [`parse`], with its verb as evidence that it is no sentence. It
/// counts anywhere in the article, as blogs print it under each post.
pub(crate) fn is_posted_line(text: &str) -> bool {
    let text = text.trim();
    let Some(first) = text.split_whitespace().next() else {
        return false;
    };
    LEXICONS.is_byline_verb(first) && dated_by(text, text.split_whitespace().count()).is_some()
}

/// A byline split over two lines: line `i` is only an author prefix ("By",
/// "por", "Written by:") and the next non-blank line, at most [`SPLIT_GAP`] lines
/// on, is a bare name ("César Salza", maybe with a date). Returns the name's line.
pub(crate) fn name_after_prefix(
    texts: &[&str],
    features: &FeatureTable,
    i: usize,
) -> Option<usize> {
    if !is_author_prefix_alone(texts[i]) {
        return None;
    }
    let j = (i + 1..texts.len().min(i + 1 + SPLIT_GAP)).find(|&j| !features[j].is_blank())?;
    (features[j].keyword.is_none() && bare_name(texts[j]).is_some()).then_some(j)
}

/// Whether `text` is an author prefix alone ("By", "WRITTEN BY:"), which may
/// head a byline split over two lines.
fn is_author_prefix_alone(text: &str) -> bool {
    let prefix = text.trim().trim_end_matches(':').trim_end();
    if prefix.is_empty() || prefix.len() > 24 {
        return false;
    }
    // Only the prefixes that can open with the line's first byte (the
    // index `parse` reads too): most lines are turned away by the first one.
    LEXICONS
        .byline_prefixes_for(prefix.as_bytes().first().copied())
        .any(|(p, role)| *role == Role::Author && !p.starts_with(is_han) && eq_ci(p, prefix))
}

/// Whether a line could be taken for a byline, or a part of one, by any rule,
/// wherever it stands: a prefixed byline, a "Posted on … by" line, a bare name,
/// an author prefix alone. Read from the line's text alone, so that it is the
/// same on a page and on its clean text: the cleaner counts the distance of
/// the byline zone in body lines that are not such lines (the zone is then the
/// same when the clean text is cleaned again, where the bylines are gone).
pub(crate) fn may_be_byline(text: &str, keyword: Option<Keyword>) -> bool {
    // No rule takes a line of more than `MAX_WORDS` words and `CJK_MAX_CHARS`
    // characters (the dated, bare-name and prefix rules take fewer words still):
    // such a line is rejected after reading that much of it, so a 10 MB line
    // costs no more than a long one.
    if more_tokens_than(text, MAX_WORDS) && text.chars().nth(CJK_MAX_CHARS).is_some() {
        return false;
    }
    is_byline_line(text, keyword)
        || is_posted_line(text)
        || bare_name(text).is_some()
        || is_author_prefix_alone(text)
}

/// Whether `text` is a byline.
pub(crate) fn is_byline(text: &str) -> bool {
    parse(text).is_some()
}

/// Whether `text` ends "… by First Last" (two to four words, a full name): a
/// credit ("Portrait by George Del Barrio", "Illustration by Jane Doe"), never a
/// title.
pub(crate) fn ends_with_credit(text: &str) -> bool {
    let text = text.trim();
    let Some(at) = rfind_by(text) else {
        return false;
    };
    let name = trim_name(&text[at + 4..]);
    let words = name.split_whitespace().count();
    (2..=4).contains(&words)
        && is_name(name)
        && name.split_whitespace().all(|w| !is_english_stopword(w))
}

/// Where the last `" by "` of `text` starts, or else its last `" By "`
/// (`str::rfind` of each, without building a searcher for either: the
/// headline search asks it of every title-like line).
fn rfind_by(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let last = |pattern: &[u8; 4]| bytes.windows(4).rposition(|w| w == pattern);
    last(b" by ").or_else(|| last(b" By "))
}

/// Whether the line `text`, with keyword hit `keyword`, is a byline: a keyword
/// hit rules it out, except a call to action after a full author name ("By Jane
/// Doe March 18 Follow @jdoe").
pub(crate) fn is_byline_line(text: &str, keyword: Option<Keyword>) -> bool {
    match keyword {
        None => is_byline(text),
        Some(Keyword::CallToAction) => authors(text)
            .iter()
            .any(|name| name.split_whitespace().count() >= 2),
        Some(_) => false,
    }
}

/// Whether the first of the lines `after` is a short dated line (not a name), or
/// the second is and the first is a button ("Follow"): one word, or a short line
/// with a keyword hit.
fn above_date(texts: &[&str], features: &FeatureTable, after: &[usize]) -> bool {
    let dated = |j: usize| dated(texts, features, j);
    let button = |j: usize| {
        let f = &features[j];
        !dated(j) && (f.words == 1 || (f.keyword.is_some() && f.words <= 3))
    };
    match after {
        [first, ..] if dated(*first) => true,
        [first, second, ..] => button(*first) && dated(*second),
        _ => false,
    }
}

/// Whether line `j` is a short dated line that is not a name with a date, nor
/// a keyword line (a copyright notice holds a year, not the article's date).
fn dated(texts: &[&str], features: &FeatureTable, j: usize) -> bool {
    features[j].keyword.is_none()
        && is_dated(texts[j], &features[j])
        && bare_name(texts[j]).is_none()
}

/// Whether a line is short and holds a date or a time: a month name, or a
/// number that reads as one ([`is_date_number`]). A number alone is none:
/// "Chapter 1: …", "Part 2" or "CC BY 4.0" stand under titles too.
fn is_dated(text: &str, f: &Features) -> bool {
    if f.words as usize > MAX_DATED_LINE_WORDS {
        return false;
    }
    let mut words = text.split_whitespace().peekable();
    while let Some(w) = words.next() {
        if LEXICONS.is_month(w.trim_matches(|c: char| !c.is_alphabetic()))
            || (w.contains(|c: char| c.is_ascii_digit())
                && is_date_number(w, words.peek().copied()))
        {
            return true;
        }
    }
    false
}

/// Whether the word `word` (with a digit), followed by the word `next`, reads
/// as a date or a time: it holds a year ("2019", "2019年"), a time ("12:06",
/// "7:30AM"), a numeric date ("2019-02-15", "15.02.2019", "3/9"), a CJK date ("3月10日"),
/// or it is a count of time in any language: a number with up to three
/// lowercase letters ("3h", "5min") or followed by a lowercase word ("5 min
/// read", "2 days ago", "před 2 hodinami"), where a chapter's or a part's
/// number stands alone or before a capital ("Chapter 1: Greetings", "Top 10
/// Tips").
fn is_date_number(word: &str, next: Option<&str>) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    let mut runs = word
        .split(|c: char| !c.is_ascii_digit())
        .filter(|d| !d.is_empty());
    let first = runs.next().unwrap_or("");
    let year = |d: &str| d.len() == 4 && (d.starts_with("19") || d.starts_with("20"));
    let mut more = false;
    let mut any_year = year(first);
    for d in runs {
        more = true;
        any_year |= year(d);
    }
    // "2019-02-15", "12:06", "7:30AM", "9h30".
    let numeric = more
        && word
            .trim_end_matches(char::is_alphabetic)
            .chars()
            .all(|c| c.is_ascii_digit() || "-./:h".contains(c));
    let cjk = word.contains(['年', '月', '日', '时', '時']);
    let letters = word.trim_start_matches(|c: char| c.is_ascii_digit());
    let count = word.starts_with(|c: char| c.is_ascii_digit())
        && first.len() <= 3
        && ((letters.chars().count() <= 3
            && letters.chars().all(char::is_lowercase)
            && !letters.is_empty())
            || (letters.is_empty() && next.is_some_and(|n| n.starts_with(char::is_lowercase))));
    any_year || numeric || cjk || count
}

/// The lines under the headline at `headline` that are its author's bare name
/// (see the module docs); `is_byline` tells the lines already taken as bylines,
/// where the search stops, and `kept` the lines the clean text keeps.
///
/// The name and its evidence are read twice: among all the lines, and among
/// the lines `kept` only, as the clean text ([`Article::text`]) has them, where
/// the captions, buttons and dates between are gone (a name under the headline
/// may then stand right above a dated line, or come within
/// [`BARE_NAME_DISTANCE`]). A name either reading takes is a byline, so that
/// cleaning the clean text, where both readings are the same, takes no body
/// line for a byline.
///
/// [`Article::text`]: crate::Article::text
pub(crate) fn bare_names_under(
    texts: &[&str],
    features: &FeatureTable,
    headline: usize,
    is_byline: impl Fn(usize) -> bool,
    kept: impl Fn(usize) -> bool,
) -> Vec<usize> {
    // Whether the page credits the name on a line elsewhere: read once a line
    // (it scans the whole text), whichever reading asks.
    let mut credited = Vec::new();
    let all = bare_name_in_view(
        texts,
        features,
        headline,
        &is_byline,
        |_| true,
        &mut credited,
    );
    let in_clean_text =
        bare_name_in_view(texts, features, headline, &is_byline, &kept, &mut credited);
    let mut names: Vec<&str> = all.into_iter().chain(in_clean_text).collect();
    names.dedup();
    // Every copy of the name before the next byline: pages print it twice, as a
    // link and on a profile card. The distance counts only the lines `kept` in
    // the clean text (a caption between the copies is not), so the clean text
    // labels the same copies.
    let mut counted = 0;
    (headline + 1..texts.len())
        .filter(|&i| !features[i].is_blank())
        .take_while(|&i| {
            let within = counted < COPY_DISTANCE && !is_byline(i);
            counted += usize::from(kept(i));
            within
        })
        .filter(|&i| {
            bare_name(texts[i]).is_some_and(|name| names.contains(&name))
                && features[i].keyword.is_none()
                && !features[i].end_marker()
        })
        .collect()
}

/// The author's bare name under the headline at `headline` (see the module
/// docs), reading only the non-blank lines `shown`; `credited` remembers, per
/// line, whether the page credits its name elsewhere.
fn bare_name_in_view<'t>(
    texts: &[&'t str],
    features: &FeatureTable,
    headline: usize,
    is_byline: impl Fn(usize) -> bool,
    shown: impl Fn(usize) -> bool,
    credited: &mut Vec<(usize, bool)>,
) -> Option<&'t str> {
    let mut credited_elsewhere = |i: usize, name: &str| {
        if let Some(&(_, known)) = credited.iter().find(|&&(j, _)| j == i) {
            return known;
        }
        let found = credited_elsewhere(texts, i, name);
        credited.push((i, found));
        found
    };
    let after: Vec<usize> = (headline + 1..texts.len())
        .filter(|&i| !features[i].is_blank() && shown(i))
        .take(COPY_DISTANCE + 1)
        .collect();
    let window = &after[..after.len().min(HEADER_DISTANCE)];
    let end = window
        .iter()
        .position(|&i| is_byline(i))
        .unwrap_or(window.len());
    // The header's date may stand right above the headline.
    let dated_above = (0..headline)
        .rev()
        .filter(|&j| !features[j].is_blank() && shown(j))
        .take(HEADER_DATE_ABOVE)
        .any(|j| dated(texts, features, j));
    // (evidence rank, name): 0 = dated, 1 = above a dated line, 2 = named
    // elsewhere on the page, 3 = in a dated header.
    let mut best: Option<(u8, &str)> = None;
    for (k, &i) in window[..end].iter().enumerate() {
        // An end-of-article marker ("Related Coverage") is furniture, however
        // much it looks like a name.
        if features[i].keyword.is_some() || features[i].end_marker() {
            continue;
        }
        let Some(name) = bare_name(texts[i]) else {
            continue;
        };
        // A name the headline holds is its subject ("Jane Doe's Dress Stolen").
        if texts[headline].contains(name) {
            continue;
        }
        let rank = match dated_name(texts, features, &after, k) {
            // A list of teasers repeats the shape: title, name, date, title, …
            Some(_) if teaser_list(texts, features, &after, k, name) => continue,
            Some(rank) if k < BARE_NAME_DISTANCE => rank,
            _ if k < BARE_NAME_DISTANCE && credited_elsewhere(i, name) => 2,
            _ if dated_above || window[..k].iter().any(|&j| dated(texts, features, j)) => 3,
            _ => continue,
        };
        if best.map_or(true, |(r, _)| rank < r) {
            best = Some((rank, name));
        }
    }
    best.map(|(_, name)| name)
}

/// The date evidence for the bare name on line `after[k]`: 0 when the line carries
/// a date itself, 1 when it stands above a short dated line.
fn dated_name(texts: &[&str], features: &FeatureTable, after: &[usize], k: usize) -> Option<u8> {
    let i = after[k];
    let name = bare_name(texts[i])?;
    // The name is a slice of the line ("and Jane Doe" gives "Jane Doe").
    let end = name.as_ptr() as usize - texts[i].as_ptr() as usize + name.len();
    let tail = texts[i][end..].trim();
    if tail.contains(|c: char| c.is_ascii_digit()) {
        Some(0)
    } else if above_date(texts, features, &after[k + 1..])
        || after
            .get(k + 1)
            .is_some_and(|&j| is_role_line(texts[j], &features[j]))
    {
        Some(1)
    } else {
        None
    }
}

/// Whether a line is a job title alone ("Staff Writer", "BuzzFeed News
/// Reporter"): at most [`MAX_ROLE_LINE_WORDS`] words, one of them a role word
/// (`data/lexicon/roles.txt`), no keyword hit and no sentence end.
fn is_role_line(text: &str, f: &Features) -> bool {
    (f.words as usize) <= MAX_ROLE_LINE_WORDS
        && f.keyword.is_none()
        && !f.terminal()
        && text
            .split_whitespace()
            .any(|w| LEXICONS.is_role_word(w.trim_matches(|c: char| !c.is_alphabetic())))
}

/// Whether the dated name `name` on line `after[k]` is one of a list of teasers:
/// another, different dated name stands between it and the headline or follows
/// within [`TEASER_SPAN`] lines ("Title" / "Jane Doe" / "Mar 9" / "Other Title" /
/// "John Roe" / "Aug 23").
fn teaser_list(
    texts: &[&str],
    features: &FeatureTable,
    after: &[usize],
    k: usize,
    name: &str,
) -> bool {
    (0..after.len().min(k + 1 + TEASER_SPAN)).any(|m| {
        m != k
            && features[after[m]].keyword.is_none()
            && bare_name(texts[after[m]]).is_some_and(|other| other != name)
            && dated_name(texts, features, after, m).is_some()
    })
}

/// Whether the page credits `name` (on line `at`) as an author: a byline naming
/// them anywhere, or exactly one bio opening with the name at least
/// [`BIO_MIN_DISTANCE`] lines away (an encyclopedia opens many paragraphs with
/// its topic, the first right under its title).
fn credited_elsewhere(texts: &[&str], at: usize, name: &str) -> bool {
    let far = |j: usize| j.abs_diff(at) >= BIO_MIN_DISTANCE;
    let mut bios = texts
        .iter()
        .enumerate()
        .filter(|&(j, t)| far(j) && opens_bio(t, name));
    let one_bio = bios.next().is_some() && bios.next().is_none();
    one_bio || texts.iter().any(|t| credits(t, name))
}

/// Whether `line` is a bio that opens with `name` ("Jane Doe is a historian …"):
/// [`BIO_MIN_WORDS`] to [`BIO_MAX_WORDS`] words, the name followed by a lowercase
/// word. A name mentioned inside a sentence or alone in a caption is none.
fn opens_bio(line: &str, name: &str) -> bool {
    let line = line.trim();
    let Some(rest) = line.strip_prefix(name) else {
        return false;
    };
    // The name ends where a word does: "AI Ascendant: …" opens no bio of
    // "AI Asc".
    if !rest.starts_with(char::is_whitespace) {
        return false;
    }
    let words = line.split_whitespace().count();
    rest.split_whitespace()
        .next()
        .is_some_and(|w| w.starts_with(char::is_lowercase))
        && (BIO_MIN_WORDS..=BIO_MAX_WORDS).contains(&words)
}

/// Whether `line` is a byline crediting `name` ("Written by Jane Doe").
fn credits(line: &str, name: &str) -> bool {
    line.contains(name) && line.trim() != name && is_byline(line) && authors(line).contains(&name)
}

/// Whether one comma-separated part looks like a person's name.
fn is_name(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= MAX_NAME_WORDS
        && words
            .iter()
            .any(|w| w.starts_with(|c: char| c.is_uppercase()))
        && words.iter().all(|w| {
            (w.starts_with(|c: char| c.is_uppercase())
                && !LEXICONS.is_role_word(w)
                && !LEXICONS.is_not_name_word(w))
                || NAME_PARTICLES.contains(w)
        })
}

/// Whether `line` is a note on the author `name`: it opens with the name
/// (letter case ignored: "LAURIE OAKES IS ...") and goes on, after a space, for
/// at least two more words ("Jane Doe is a staff writer."). A name alone is an
/// author card; a name glued to more letters ("Jane Doejdoe22") is a comment's
/// user name.
pub(crate) fn opens_note_on(line: &str, name: &str) -> bool {
    let line = line.trim_start();
    let mut rest = line.chars();
    let same = name.chars().all(|n| {
        rest.next()
            .is_some_and(|c| c == n || c.to_lowercase().eq(n.to_lowercase()))
    });
    same && rest.as_str().starts_with(' ') && rest.as_str().split_whitespace().nth(1).is_some()
}

/// The author names in a byline line; empty for editors and contributors.
pub(crate) fn authors(text: &str) -> Vec<&str> {
    let rest = match parse(text) {
        Some((Role::Author, rest)) => rest,
        Some(_) => return Vec::new(),
        None => return bare_name(text).into_iter().collect(),
    };
    // The names end where a date, a time, a site or a role starts.
    let end = rest
        .char_indices()
        .find(|&(i, c)| {
            c.is_ascii_digit()
                || matches!(c, '|' | '•' | '—' | '–' | '(' | '/' | '@' | '\t' | '·')
                || rest[i..].starts_with(" - ")
                || rest[i..].starts_with(" on ")
                || rest[i..].starts_with(" at ")
        })
        .map_or(rest.len(), |(i, _)| i);
    let mut names = Vec::new();
    let mut names_part = rest[..end].trim_end();
    while let Some((head, last)) = names_part.rsplit_once(' ') {
        if !LEXICONS.is_month(last) {
            break;
        }
        names_part = head.trim_end();
    }
    'parts: for part in names_part.split(',') {
        let mut pieces = vec![trim_name(part)];
        for joiner in NAME_JOINERS {
            pieces = pieces
                .into_iter()
                .flat_map(|p| p.split(joiner))
                .map(trim_name)
                .collect();
        }
        for piece in pieces.into_iter().filter(|p| !p.is_empty()) {
            if !is_name(piece) {
                break 'parts;
            }
            names.push(piece);
        }
    }
    names
}

/// Trims spaces and trailing punctuation, keeping the full stop of an initial
/// ("Bradley M." stays, "Kuhn." loses it).
fn trim_name(name: &str) -> &str {
    let name = name.trim();
    let name = name.strip_prefix("and ").unwrap_or(name).trim();
    let last_word_len = name.rsplit(' ').next().map_or(0, |w| w.chars().count());
    if name.ends_with('.') && last_word_len > 2 {
        name[..name.len() - 1].trim_end()
    } else {
        name.trim_end_matches([',', ';', ':']).trim_end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_word_check_changes_no_answer() {
        let docs = crate::test_documents::documents();
        let mut lines: Vec<&str> = docs.iter().flat_map(|doc| doc.lines()).collect();
        lines.extend([
            "and Jane Doe",
            "and  jane Doe",
            "and",
            "And Jane Doe",
            "de la Cruz Maria",
            "van Gogh Vincent 2 days ago",
            "JANE Doe",
            "Jo Doe",
            "JO Doe",
            "Jane-Marie O'Neil",
            "Ján Novák",
            "Éric Dupont, May 2, 2016",
            "\u{feff}Jane Doe",
            "\"Jane Doe\"",
            "Jane Doe • 3 min read",
            "12 Jane Doe",
            "jane doe",
        ]);
        assert!(lines.len() > 20_000, "{} lines", lines.len());
        // The check only turns away lines the rule would turn away anyway.
        let (mut names, mut turned_away) = (0, 0);
        for line in &lines {
            let text = line.trim();
            if text
                .split_whitespace()
                .nth(MAX_BARE_NAME_LINE_WORDS)
                .is_some()
            {
                continue;
            }
            let name = name_before_date(text);
            assert!(name.is_none() || opens_like_a_name(text), "{line:?}");
            assert_eq!(bare_name(line), name, "{line:?}");
            names += usize::from(name.is_some());
            turned_away += usize::from(!opens_like_a_name(text));
        }
        assert!(
            names > 50 && turned_away > 1000,
            "{names} names, {turned_away} turned away"
        );
    }

    #[test]
    fn digits_are_found_anywhere() {
        for text in [
            "",
            "no digits here",
            "Jane Doe",
            "x/:@",
            "March 3",
            "7",
            "über 2025",
        ] {
            let bytes = text.as_bytes();
            assert_eq!(
                has_digit(bytes),
                bytes.iter().any(u8::is_ascii_digit),
                "{text:?}"
            );
        }
        let mut long = vec![b'a'; 100];
        for at in 0..long.len() {
            long[at] = b'9';
            assert!(has_digit(&long));
            long[at] = b'/';
            assert!(!has_digit(&long));
            long[at] = b':';
            assert!(!has_digit(&long));
        }
    }

    #[test]
    fn recognises_prefixes() {
        assert!(is_byline("By Vafa Guliyeva"));
        assert!(is_byline("Author`s name Anton Kulikov"));
        assert!(is_byline("Editor Dmitry Sudakov"));
        assert!(is_byline("by: Laurie Oakes"));
        assert!(is_byline("Written by Jane Doe"));
        assert!(is_byline(
            "Le Monde | 04.05.2015 à 13h36 | Par Martin Untersinger"
        ));
        assert!(is_byline("// By Arun Sai Krishnan • Nov 11, 2020"));
    }

    #[test]
    fn a_bio_opens_with_the_whole_name() {
        let bio = "Jane Doe is a historian who writes about bridges and the towns that build them.";
        assert!(opens_bio(bio, "Jane Doe"));
        // A name that is the start of a longer word opens no bio (found by
        // the fuzz target: "AI Asc" and "AI Ascendant: …").
        assert!(!opens_bio(
            "AI Ascendant: key takeaways from the conference on what the platform does next.",
            "AI Asc"
        ));
        assert!(!opens_bio(bio, "Jane Do"));
    }

    #[test]
    fn cjk_markers_anywhere_in_a_short_line() {
        assert!(is_byline(
            "2017-03-10 09:58:03来源：网易科学人作者：责任编辑：肖春芳"
        ));
        assert!(is_byline("来源： 新华网 作者： 张三"));
        assert!(is_byline("记者:李明"));
        // A marker followed by another marker, not a name.
        assert!(!is_byline("作者：责任编辑："));
        // Prose that mentions an editor is no byline.
        assert!(!is_byline(
            "这位编辑：在过去的十年里一直负责这个栏目的内容和风格，读者都很喜欢他写的文章和评论，也经常给他写信表达自己的看法和建议，希望他能继续写下去。"
        ));
        assert_eq!(parse("记者：李明").map(|(r, _)| r), Some(Role::Author));
    }

    #[test]
    fn rejects_look_alikes() {
        assert!(!is_byline("By the way, nobody asked."));
        assert!(!is_byline(
            "Photo: en.kremlin.ru by The Presidential Press and Information Office"
        ));
        assert!(!is_byline("Byron Smith"));
        assert!(!is_byline("Editor's note: this story was updated"));
        assert!(!is_byline("News | By the numbers"));
        assert!(!is_byline("The Great Big Lie | by John C. Welch | Medium"));
        assert!(!is_byline(
            "By Monday the company had announced that it would close three of its factories in the region."
        ));
    }

    #[test]
    fn reads_names() {
        assert_eq!(authors("By Vafa Guliyeva"), ["Vafa Guliyeva"]);
        assert_eq!(authors("Author`s name Anton Kulikov"), ["Anton Kulikov"]);
        assert_eq!(
            authors("By Alice Smith and Bob Jones"),
            ["Alice Smith", "Bob Jones"]
        );
        assert_eq!(
            authors("By Ann Lee, Bo Chan and Cy Diaz"),
            ["Ann Lee", "Bo Chan", "Cy Diaz"]
        );
        assert_eq!(
            authors("By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech"),
            ["Daniel Kahn Gillmor"]
        );
        assert_eq!(
            authors("by Steven Musil January 18, 2017 11:00 PM PST"),
            ["Steven Musil"]
        );
        assert_eq!(
            authors("By STEVEN DAVIDOFF SOLOMON JULY 29, 2016"),
            ["STEVEN DAVIDOFF SOLOMON"]
        );
        assert_eq!(authors("by Lucas Nolan22 Dec 2016651"), ["Lucas Nolan"]);
        assert_eq!(
            authors("// By Arun Sai Krishnan • Nov 11, 2020"),
            ["Arun Sai Krishnan"]
        );
        assert_eq!(
            authors("Par Alexandre Hervaud et Jérémy Piette — 24 novembre 2017"),
            ["Alexandre Hervaud", "Jérémy Piette"]
        );
    }

    #[test]
    fn dated_by_lines_and_bare_names() {
        assert!(is_byline("Posted on March 10, 2015 by Jane Doe"));
        assert!(is_byline("Tuesday 15 October 2019 by Bradley M. Kuhn"));
        assert_eq!(
            authors("on March 10, 2015 by Nikhil Marathe"),
            ["Nikhil Marathe"]
        );
        assert!(!is_byline("Killed by Friendly Fire"));
        // A month name alone is no date: "May" is a verb here.
        assert!(!is_byline(
            "US-Russia Direct Flights May Resume by End of 2025"
        ));
        assert!(ends_with_credit("Portrait by George Del Barrio"));
        assert!(!ends_with_credit("Stand by Me"));
        assert!(!is_byline(
            "In 2019 the bridge was closed by the city council"
        ));
        assert_eq!(bare_name("James Akinaka • 8h"), Some("James Akinaka"));
        assert_eq!(bare_name("Alex Perry 1 day ago"), Some("Alex Perry"));
        assert_eq!(bare_name("Sarah Archer"), Some("Sarah Archer"));
        assert_eq!(
            bare_name("Joe Wee     Monday, February 29, 2016 @ 11:10 PM UTC"),
            Some("Joe Wee")
        );
        // The longest line a name takes (MAX_BARE_NAME_LINE_WORDS): the words
        // `trim_name` drops, a four-word name and a dated tail of eight.
        let longest = "and Jane Mary Doe Smith , Monday, May 2, 2016 at 10:30 am EST";
        assert_eq!(longest.split_whitespace().count(), MAX_BARE_NAME_LINE_WORDS);
        assert_eq!(
            bare_name(longest).map(str::trim),
            Some("Jane Mary Doe Smith")
        );
        assert_eq!(bare_name(&format!("{longest} time")), None);
        assert_eq!(
            bare_name("Jane Doe said on Monday that 12 people left"),
            None
        );
        assert_eq!(
            bare_name("Game Pass Ultimate: 3 Month Membership [Code]"),
            None
        );
        assert_eq!(bare_name("Lifecycle of a task"), None);
        assert_eq!(bare_name("Equity"), None);
        assert_eq!(bare_name("TOP POST"), None);
        assert_eq!(bare_name("On Recent Controversial Events"), None);
        assert_eq!(bare_name("Senior Staff Writer"), None);
        assert_eq!(bare_name("Login Join"), None);
        assert_eq!(bare_name("Share Tweet Share"), None);
    }

    fn bare_names(lines: &[&str], headline: usize) -> Vec<usize> {
        let mut ex = crate::features::Extractor::new(crate::stopwords::Stoplist::english());
        let f: FeatureTable = lines.iter().map(|l| ex.features(l)).collect();
        bare_names_under(lines, &f, headline, |i| is_byline(lines[i]), |_| true)
    }

    const BODY: &str = "The once-ubiquitous form of lighting was novel when it first emerged early in the century.";

    #[test]
    fn bare_names_need_evidence() {
        // A date on the line.
        assert_eq!(
            bare_names(&["Title Of It All", "Alex Perry 1 day ago", BODY], 0),
            [1]
        );
        // A date on the line beats a name above a dated line ("Tech Insider").
        assert_eq!(
            bare_names(
                &[
                    "Title Of It All",
                    "Tech Insider",
                    "Alex Perry 1 day ago",
                    BODY
                ],
                0
            ),
            [2]
        );
        // Above a short dated line.
        assert_eq!(
            bare_names(&["Title Of It All", "Sarah Archer", "1:39 PM ET", BODY], 0),
            [1]
        );
        // Above a button and then a short dated line (Medium's "Follow").
        assert_eq!(
            bare_names(
                &[
                    "Title Of It All",
                    "Sarah Archer",
                    "Follow",
                    "Oct 18, 2019 · 8 min read",
                    BODY
                ],
                0
            ),
            [1]
        );
        // … but not above a longer line and then a date.
        assert!(bare_names(
            &[
                "Title Of It All",
                "Sarah Archer",
                "Neon Signs Of The City",
                "Oct 18, 2019",
                BODY
            ],
            0
        )
        .is_empty());
        // Nothing backs it: a name alone is as often a caption or a menu item.
        assert!(bare_names(&["Title Of It All", "Sarah Archer", BODY], 0).is_empty());
    }

    #[test]
    fn a_bare_name_the_page_credits_elsewhere() {
        let mut lines = vec![
            "Title Of It All",
            "Patrick Allan",
            "Profile",
            "Patrick Allan",
            BODY,
        ];
        lines.extend(std::iter::repeat(BODY).take(10));
        lines.push("Patrick Allan is a staff writer who covers money and habits.");
        // Both copies of the name are labeled.
        assert_eq!(bare_names(&lines, 0), [1, 3]);
        // … also the copy further down, past counters and buttons.
        let mut further = lines.clone();
        further.splice(1..1, ["321,046", "36"]);
        further[4] = "Profile Follow Unfollow";
        assert_eq!(bare_names(&further, 0), [3, 5]);
        // A mention inside a sentence is no credit.
        let last = lines.len() - 1;
        lines[last] = "We asked Patrick Allan about money and habits last week.";
        assert!(bare_names(&lines, 0).is_empty());
        // A byline crediting the name counts however near.
        let lines = ["Written by Jane Roe", "Title Of It All", "Jane Roe", BODY];
        assert_eq!(bare_names(&lines, 1), [2]);
        // A topic that opens several paragraphs (an encyclopedia's) is no bio.
        let mut lines = vec!["Title Of It All", "New Zealand", "", "Menu"];
        lines.extend(std::iter::repeat(BODY).take(10));
        lines.push("New Zealand is an island country in the southwestern Pacific Ocean.");
        lines.push("New Zealand was one of the last major landmasses settled by humans.");
        assert!(bare_names(&lines, 0).is_empty());
        // Nor is a lead sentence right under the name (an encyclopedia's title).
        let lines = [
            "Menu",
            "New Zealand",
            "",
            "New Zealand is an island country in the Pacific Ocean.",
        ];
        assert!(bare_names(&lines, 0).is_empty());
    }

    fn features_of(lines: &[&str]) -> FeatureTable {
        let mut ex = crate::features::Extractor::new(crate::stopwords::Stoplist::english());
        lines.iter().map(|l| ex.features(l)).collect()
    }

    #[test]
    fn a_prefix_alone_on_its_line_takes_the_name_below() {
        let lines = ["Title Of It All", "por", "", "César Salza", BODY];
        assert_eq!(name_after_prefix(&lines, &features_of(&lines), 1), Some(3));
        let lines = ["Written by:", "Jane Doe • 8h"];
        assert_eq!(name_after_prefix(&lines, &features_of(&lines), 0), Some(1));
        // An editor's name is credited, not an author's; a button row is no name;
        // "Sort by" is no prefix; the name must come within two lines.
        for lines in [
            ["Editor", "Jane Doe", ""],
            ["By", "Share Tweet", ""],
            ["Sort by", "Newest First", ""],
            ["By", "", ""],
        ] {
            assert_eq!(name_after_prefix(&lines, &features_of(&lines), 0), None);
        }
        let lines = ["By", "", "", "Jane Doe"];
        assert_eq!(name_after_prefix(&lines, &features_of(&lines), 0), None);
    }

    #[test]
    fn posted_lines_open_with_a_verb_and_hold_a_date() {
        let line = "Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.";
        assert!(is_posted_line(line));
        assert_eq!(authors(line), ["Bradley M. Kuhn"]);
        assert!(is_posted_line("published March 3, 2019 by Jane Doe"));
        // A sentence that ends "by Name" has no publishing verb in front.
        assert!(!is_posted_line(
            "In 2019 the paper was bought by Rupert Murdoch."
        ));
        // Undated: only near the headline.
        assert!(!is_posted_line("Posted by Jane Doe"));
        assert!(!is_posted_line("Posted on March 3, 2019 by the editors"));
    }

    #[test]
    fn a_name_after_and_is_read_where_it_stands() {
        // "and " is trimmed off the name; the date after it is still found, and
        // no slice lands inside a character.
        assert_eq!(
            bare_names(&["Title Of It All", "and Zoë Ñúñez 1 day ago", BODY], 0),
            [1]
        );
        assert!(bare_names(&["Title Of It All", "and Jo Cédoe", BODY], 0).is_empty());
    }

    #[test]
    fn brands_and_datelines_are_no_bare_names() {
        assert_eq!(bare_name("CNET Japan 3/9(木) 18:45配信"), None);
        assert_eq!(bare_name("NBC Sports 2 hours ago"), None);
        assert_eq!(bare_name("Jean DUPONT 2 hours ago"), Some("Jean DUPONT"));
        assert_eq!(bare_name("São Paulo"), None);
        assert_eq!(bare_name("Los Angeles"), None);
        assert_eq!(bare_name("Mark Di Stefano"), Some("Mark Di Stefano"));
    }

    #[test]
    fn teaser_lists_and_headline_subjects_are_no_bylines() {
        // Title, name, date, title, name, date: a list of related stories.
        let lines = [
            "Ode To The Dead Mall",
            "Tanvi Misra",
            "Mar 9, 2018",
            "The Twists and Turns of Making a Neon Sign",
            "Linda Poon",
            "Aug 23, 2017",
            BODY,
        ];
        assert!(bare_names(&lines, 0).is_empty());
        // The name the headline holds is its subject.
        let lines = [
            "Lupita Nyong'o's Pearl Oscar Dress Stolen",
            "Lupita Nyong'o",
            "2/26/2015 7:11 AM PST",
            BODY,
        ];
        assert!(bare_names(&lines, 0).is_empty());
    }

    #[test]
    fn a_name_above_its_job_title() {
        let above = |next: &str| bare_names(&["Title Of It All", "Benjamin Romano", next, BODY], 0);
        assert_eq!(above("Seattle Times business reporter"), [1]);
        // A sentence that mentions a writer is no job title.
        assert!(above("He is a writer.").is_empty());
    }

    #[test]
    fn a_name_in_a_dated_header() {
        // Under a publication date and a standfirst, before the body.
        let lines = [
            "3 surprising findings from our 2024 Global DevSecOps Survey",
            "Published on: June 25, 2024",
            "5 min read",
            "3 surprising findings from our 2024 Global DevSecOps Survey",
            "This year, our survey revealed changes in investment priorities in the wake of AI.",
            "Dave Steer",
            BODY,
        ];
        assert_eq!(bare_names(&lines, 0), [5]);
        // Without a date in the header, a name that far down is not taken.
        let mut undated = lines;
        undated[1] = "Insights";
        undated[2] = "Blog";
        assert!(bare_names(&undated, 0).is_empty());
        // The date may stand right above the headline instead.
        assert_eq!(bare_names(&lines, 3), [5]);
        assert!(bare_names(&undated, 3).is_empty());
    }

    #[test]
    fn keyword_hits_rule_out_all_but_a_call_to_action_after_a_full_name() {
        let cta = Some(Keyword::CallToAction);
        assert!(is_byline_line(
            "By Erin Cunningham March 18 at 3:57 PM Follow @erinmcunningham",
            cta
        ));
        assert!(!is_byline_line("By Taboola Follow", cta));
        assert!(!is_byline_line("By Jane Doe", Some(Keyword::Caption)));
        assert!(is_byline_line("By Jane Doe", None));
    }

    #[test]
    fn editors_are_not_authors() {
        assert!(authors("Editor Dmitry Sudakov").is_empty());
        assert!(authors("Additional reporting by Jane Doe").is_empty());
    }

    #[test]
    fn a_note_opens_with_the_authors_name_and_goes_on() {
        assert!(opens_note_on("Jane Doe is a staff writer.", "Jane Doe"));
        assert!(opens_note_on(
            "LAURIE OAKES IS THE POLITICAL EDITOR",
            "Laurie Oakes"
        ));
        assert!(opens_note_on("ÉMILE ZOLA EST JOURNALISTE", "Émile Zola"));
        assert!(!opens_note_on("Jane Doe", "Jane Doe"));
        assert!(!opens_note_on("Jane Doe writes", "Jane Doe"));
        assert!(!opens_note_on("Jane Doejdoe22 says hi there", "Jane Doe"));
        assert!(!opens_note_on("John Roe is a staff writer.", "Jane Doe"));
        assert!(!opens_note_on("Jane", "Jane Doe"));
    }

    #[test]
    fn a_name_keeps_no_space_before_its_trimmed_punctuation() {
        assert_eq!(trim_name("Jane Doe ,"), "Jane Doe");
        assert_eq!(bare_name("Jane Doe , 8h"), Some("Jane Doe"));
    }

    #[test]
    fn the_prefilter_lets_every_byline_through() {
        for line in [
            "By Jane Doe",
            "WRITTEN BY: Jane Doe",
            "Author: Jane Doe",
            "von Hans Meier",
            "Posted on March 10, 2015 by Jane Doe",
            "Le Monde | 04.05.2015 a 13h36 | Par Martin Untersinger",
            "Le Monde | 04.05.2015 à 13h36 | Par Martin Untersinger",
            "Le Monde • 04.05.2015 • Par Martin Untersinger",
            "Le Monde · 04.05.2015 · Par Martin Untersinger",
            "Publié le 4 mai 2015 à 13h36 by Jane Doe",
            "Автор: Иван Петров",
            "2017-03-10 来源：网易科学人 作者：张三",
            "Publié le 4 mai 2015 by Jane Doe",
        ] {
            assert!(parse(line).is_some(), "{line}");
            assert!(may_parse(line), "{line}");
        }
        // Prose: no prefix starts it, no " by " nor "| " in it.
        for line in [
            "The council met on Monday to discuss the bridge.",
            "Bylaws were passed, and the bypass opened.",
            "Sales rose 3% in the year to March, the company said.",
            "It was written by a friend — and read by nobody.",
            "Über dreißig Menschen kamen am Montag zusammen.",
            "Über 30 Menschen kamen am Montag zusammen.",
        ] {
            assert!(!may_parse(line), "{line}");
            assert!(parse(line).is_none(), "{line}");
        }
    }

    #[test]
    fn prefixes_for_a_first_byte_are_all_those_it_can_start() {
        for (prefix, role) in &LEXICONS.byline_prefixes {
            let Some(first) = prefix.chars().next().filter(char::is_ascii) else {
                continue;
            };
            for b in [first.to_ascii_lowercase(), first.to_ascii_uppercase()] {
                assert!(
                    LEXICONS
                        .byline_prefixes_for(Some(b as u8))
                        .any(|(p, r)| p == prefix && r == role),
                    "{prefix} after {b}"
                );
            }
        }
        // A non-ASCII first byte is compared with every prefix.
        assert_eq!(
            LEXICONS.byline_prefixes_for(Some(0xd0)).count(),
            LEXICONS.byline_prefixes.len()
        );
        // A byte no prefix starts with gets none.
        assert_eq!(LEXICONS.byline_prefixes_for(Some(b'Z')).count(), 0);
    }
}
