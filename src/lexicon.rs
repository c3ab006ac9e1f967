//! Keyword lexicons, loaded once from the files in `data/lexicon/`.
//!
//! The phrase lists are data, not code: add a phrase to a file and every rule that
//! uses the list sees it. Each list is compiled once per process into one
//! case-insensitive regex (or a set, for whole-line markers).

use std::collections::HashSet;

use once_cell::sync::Lazy;
use regex::Regex;

use crate::Reason;

/// What a keyword hit says a short line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Keyword {
    Legal,
    Caption,
    CallToAction,
    Navigation,
}

impl Keyword {
    pub(crate) fn reason(self) -> Reason {
        match self {
            Keyword::Legal => Reason::Legal,
            Keyword::Caption => Reason::CaptionOrCredit,
            Keyword::CallToAction => Reason::CallToAction,
            Keyword::Navigation => Reason::Navigation,
        }
    }
}

/// Whose name a byline prefix introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// The writer: their names are [`Article::authors`](crate::Article::authors).
    Author,
    /// Credited but not an author: editors, contributors.
    Credit,
}

pub(crate) struct Lexicons {
    keywords: Vec<(Keyword, Regex)>,
    end_markers: HashSet<String>,
    /// Lowercase prefixes, longest first.
    pub(crate) byline_prefixes: Vec<(String, Role)>,
    /// Lowercase month names and abbreviations.
    months: HashSet<String>,
    /// Lowercase job-title words.
    roles: HashSet<String>,
}

pub(crate) static LEXICONS: Lazy<Lexicons> = Lazy::new(|| Lexicons {
    keywords: vec![
        (
            Keyword::Legal,
            phrase_regex(include_str!("../data/lexicon/legal.txt")),
        ),
        (
            Keyword::Caption,
            phrase_regex(include_str!("../data/lexicon/caption.txt")),
        ),
        (
            Keyword::CallToAction,
            phrase_regex(include_str!("../data/lexicon/call_to_action.txt")),
        ),
        (
            Keyword::Navigation,
            phrase_regex(include_str!("../data/lexicon/navigation.txt")),
        ),
    ],
    end_markers: entries(include_str!("../data/lexicon/end_markers.txt"))
        .chain(entries(include_str!(
            "../data/lexicon/end_markers_intl.txt"
        )))
        .map(str::to_lowercase)
        .collect(),
    byline_prefixes: byline_prefixes(include_str!("../data/lexicon/byline_prefixes.txt")),
    months: entries(include_str!("../data/lexicon/months.txt"))
        .map(str::to_lowercase)
        .collect(),
    roles: entries(include_str!("../data/lexicon/roles.txt"))
        .map(str::to_lowercase)
        .collect(),
});

/// The entries of a lexicon file: trimmed, without blanks and `#` comments.
fn entries(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// One case-insensitive regex matching any entry; word boundaries only where the
/// entry starts or ends with a word character.
fn phrase_regex(data: &str) -> Regex {
    let alternatives: Vec<String> = entries(data)
        .map(|phrase| {
            let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
            let mut re = String::new();
            if word(phrase.chars().next()) {
                re.push_str(r"\b");
            }
            re.push_str(&regex::escape(phrase));
            if word(phrase.chars().next_back()) {
                re.push_str(r"\b");
            }
            re
        })
        .collect();
    Regex::new(&format!("(?i)(?:{})", alternatives.join("|"))).expect("lexicon regex compiles")
}

fn byline_prefixes(data: &str) -> Vec<(String, Role)> {
    let mut prefixes: Vec<(String, Role)> = entries(data)
        .filter_map(|line| {
            let (prefix, role) = line.split_once('\t')?;
            let role = if role.trim() == "author" {
                Role::Author
            } else {
                Role::Credit
            };
            Some((prefix.trim().to_lowercase(), role))
        })
        .collect();
    prefixes.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
    prefixes
}

impl Lexicons {
    /// The first keyword list (in order legal, caption, call to action, navigation)
    /// that has a phrase in `text`.
    pub(crate) fn keyword(&self, text: &str) -> Option<Keyword> {
        self.keywords
            .iter()
            .find(|(_, re)| re.is_match(text))
            .map(|(k, _)| *k)
    }

    /// Whether `word` names a month ("July", "Dec", "Dec.").
    pub(crate) fn is_month(&self, word: &str) -> bool {
        let word = word.trim_end_matches('.');
        word.len() <= 12 && self.months.contains(&word.to_lowercase())
    }

    /// Whether `word` is part of a job title ("Staff", "Correspondent").
    pub(crate) fn is_role_word(&self, word: &str) -> bool {
        word.len() <= 20 && self.roles.contains(&word.to_lowercase())
    }

    /// Whether the whole line is an end-of-article marker such as "Related:".
    pub(crate) fn is_end_marker(&self, text: &str) -> bool {
        const MAX: usize = 40;
        if text.len() > MAX * 4 {
            return false;
        }
        let core = text.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
        if core.is_empty() || core.chars().count() > MAX {
            return false;
        }
        let mut norm = String::with_capacity(core.len());
        for word in core.split_whitespace() {
            if !norm.is_empty() {
                norm.push(' ');
            }
            norm.extend(word.chars().flat_map(char::to_lowercase).map(|c| {
                if c == '’' {
                    '\''
                } else {
                    c
                }
            }));
        }
        self.end_markers.contains(&norm)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_respect_word_boundaries() {
        let lex = &*LEXICONS;
        assert_eq!(
            lex.keyword("Share this article"),
            Some(Keyword::CallToAction)
        );
        assert_eq!(lex.keyword("Shareholders met on Monday"), None);
        assert_eq!(lex.keyword("Copyright © 1999-2025"), Some(Keyword::Legal));
        assert_eq!(lex.keyword("© Example"), Some(Keyword::Legal));
        assert_eq!(
            lex.keyword("Photo: en.kremlin.ru by The Presidential Press"),
            Some(Keyword::Caption)
        );
    }

    #[test]
    fn end_markers_match_whole_lines_only() {
        let lex = &*LEXICONS;
        assert!(lex.is_end_marker("Popular"));
        assert!(lex.is_end_marker("  Related articles: "));
        assert!(lex.is_end_marker("LAST MATERIALS"));
        assert!(lex.is_end_marker("You May Also Like"));
        assert!(!lex.is_end_marker("Popular support for the plan fell"));
        assert!(!lex.is_end_marker(""));
    }

    #[test]
    fn byline_prefixes_are_longest_first() {
        let p = &LEXICONS.byline_prefixes;
        assert!(p.windows(2).all(|w| w[0].0.len() >= w[1].0.len()));
        assert!(p.iter().any(|(s, r)| s == "editor" && *r == Role::Credit));
    }
}
