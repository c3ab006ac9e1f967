//! Bylines: recognising them and reading the names out of them.
//!
//! A byline starts with a known prefix (`data/lexicon/byline_prefixes.txt`: "By",
//! "Written by", "Author's name", "Editor", "Par", "Por", …) followed by a
//! capitalised name, and is short: at most [`MAX_WORDS`] words, and not a sentence
//! (a line ending in a full stop with more than a dozen words is prose that happens
//! to start with "By"). Requiring the prefix at the very start is what keeps a photo
//! credit ("Photo: … by The Presidential Press Office") out.
//!
//! Two forms do without a prefix. A short dated line that ends "… by Name"
//! ("Posted on March 10, 2015 by Jane Doe") is a byline when the part before "by"
//! holds a digit or a month, which keeps titles like "Killed by Friendly Fire" out.
//! A bare name ("Jane Doe", "Jane Doe • 8h") is a byline only within three lines
//! under the headline, and only when it carries a date or stands above a short
//! dated line: names alone are captions and menu items as often as bylines.
//! Lines with a keyword hit ("by Taboola") are never bylines.
//!
//! Only lines near the article are tried: around the headline (or the first body
//! line, without one) and right after the last body line (see
//! [`Config::byline_max_distance`](crate::Config)).
//!
//! Each prefix has a role. Names after an *author* prefix are the article's
//! [`authors`](crate::Article::authors); an editor or contributor is credited on a
//! byline line but is not an author.

use crate::lexicon::{Role, LEXICONS};

/// A byline has at most this many words.
pub(crate) const MAX_WORDS: usize = 30;
/// A dated "… by Name" byline has at most this many words.
const MAX_DATED_WORDS: usize = 14;
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
        if c != p && !c.to_lowercase().eq(p.to_lowercase()) {
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
    let text = text.trim();
    let words = text.split_whitespace().count();
    if !(2..=MAX_WORDS).contains(&words) {
        return None;
    }
    if text.ends_with('.') && words > 12 {
        return None;
    }
    LEXICONS
        .byline_prefixes
        .iter()
        .find_map(|(prefix, role)| {
            let rest = strip_prefix_ci(text, prefix)?;
            rest.starts_with(|c: char| c.is_uppercase())
                .then_some((*role, rest))
        })
        .or_else(|| dated_by(text, words))
}

/// A dated line that ends "… by Name": "Posted on March 10, 2015 by Jane Doe",
/// "Tuesday 15 October 2019 by Jane Doe". What comes before "by" must hold a date
/// (a digit or a month), so a title such as "Killed by Friendly Fire" is no byline.
fn dated_by(text: &str, words: usize) -> Option<(Role, &str)> {
    if words > MAX_DATED_WORDS {
        return None;
    }
    let at = text.rfind(" by ").or_else(|| text.rfind(" By "))?;
    let (before, name) = (&text[..at], text[at + 4..].trim());
    let dated = before.contains(|c: char| c.is_ascii_digit())
        || before
            .split_whitespace()
            .any(|w| LEXICONS.is_month(w.trim_matches(',')));
    (dated && is_name(trim_name(name))).then_some((Role::Author, name))
}

/// The name that makes up a line by itself, maybe followed by a date or a time
/// after a separator or a digit ("Jane Doe", "Jane Doe • 8h", "Jane Doe 1 day
/// ago"): two to four capitalised words, not all in capitals and none a
/// stopword ("On Recent Events" is a title), with nothing but such a date after them.
/// Only the lines right after a headline are asked.
pub(crate) fn bare_name(text: &str) -> Option<&str> {
    let text = text.trim();
    let end = text
        .find(|c: char| c.is_ascii_digit() || matches!(c, '•' | '|' | '·' | '—' | '–'))
        .unwrap_or(text.len());
    let (head, tail) = (trim_name(&text[..end]), &text[end..]);
    let words = head.split_whitespace().count();
    let tail_words = tail.split_whitespace().count();
    ((2..=4).contains(&words)
        && tail_words <= 4
        && (tail.is_empty() || !tail.contains(|c: char| c.is_alphabetic()) || tail_words <= 3)
        && head
            .chars()
            .all(|c| c.is_alphabetic() || " .-'’".contains(c))
        && head.chars().any(char::is_lowercase)
        && !head
            .split_whitespace()
            .any(|w| crate::stopwords::Stoplist::english().contains(&w.to_lowercase()))
        && is_name(head))
    .then_some(head)
}

/// Whether `text` is a byline.
pub(crate) fn is_byline(text: &str) -> bool {
    parse(text).is_some()
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
            (w.starts_with(|c: char| c.is_uppercase()) && !LEXICONS.is_role_word(w))
                || NAME_PARTICLES.contains(w)
        })
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
        name.trim_end_matches([',', ';', ':'])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_prefixes() {
        assert!(is_byline("By Vafa Guliyeva"));
        assert!(is_byline("Author`s name Anton Kulikov"));
        assert!(is_byline("Editor Dmitry Sudakov"));
        assert!(is_byline("by: Laurie Oakes"));
        assert!(is_byline("Written by Jane Doe"));
    }

    #[test]
    fn rejects_look_alikes() {
        assert!(!is_byline("By the way, nobody asked."));
        assert!(!is_byline(
            "Photo: en.kremlin.ru by The Presidential Press and Information Office"
        ));
        assert!(!is_byline("Byron Smith"));
        assert!(!is_byline("Editor's note: this story was updated"));
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
            Vec::<&str>::new()
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
        assert!(!is_byline(
            "In 2019 the bridge was closed by the city council"
        ));
        assert_eq!(bare_name("James Akinaka • 8h"), Some("James Akinaka"));
        assert_eq!(bare_name("Alex Perry 1 day ago"), Some("Alex Perry"));
        assert_eq!(bare_name("Sarah Archer"), Some("Sarah Archer"));
        assert_eq!(bare_name("Lifecycle of a task"), None);
        assert_eq!(bare_name("Equity"), None);
        assert_eq!(bare_name("TOP POST"), None);
        assert_eq!(bare_name("On Recent Controversial Events"), None);
        assert_eq!(bare_name("Senior Staff Writer"), None);
    }

    #[test]
    fn editors_are_not_authors() {
        assert!(authors("Editor Dmitry Sudakov").is_empty());
        assert!(authors("Additional reporting by Jane Doe").is_empty());
    }
}
