//! Finding the headline.
//!
//! The headline is the *title-like* line nearest before the body that shares the
//! most words with the lead (the first body paragraphs). Title-like means: between
//! [`headline_min_words`](crate::Config::headline_min_words) and
//! [`headline_max_words`](crate::Config::headline_max_words) words, no closing full
//! stop (an abbreviation such as "N.Y.C." is none), no keyword hit, not an end-of-article marker, not mostly numbers (a date).
//!
//! The lead starts at the first body line that is a long sentence (within the
//! first few body lines): the article block often opens with the title, a
//! standfirst, the byline and a date, which then count as candidates too.
//! Candidates are the non-blank lines up to
//! [`headline_max_distance`](crate::Config::headline_max_distance) before the lead,
//! and the first body line itself when it is title-like (a clean text whose title
//! has many stopwords can read like prose). Each candidate scores the share of its
//! content words (non-stopwords, compared by their first five letters so that
//! "Russia" meets "Russian") found in the lead, plus a little per shared word (up
//! to four: a subheading sharing one word is weaker evidence than a title sharing
//! four), plus a bonus when a byline follows within two lines (titles sit above
//! bylines), minus a small penalty per line of distance; the best wins. Byline
//! lines are never candidates. A page title such as "Title - Site Name" is
//! scored by its longest part, so the site name does not dilute it; the line itself
//! is labeled whole. When no candidate shares a word with the lead, only a candidate
//! right before the body is taken: a clean text's first line.
//!
//! Repetition does not disqualify a headline: pages repeat their title in teaser
//! lists, so a repeated line may still be the title.

use std::collections::HashSet;

use crate::features::Features;
use crate::stopwords::Stoplist;
use crate::Config;

/// How many body lines make the lead.
const LEAD_LINES: usize = 3;
/// Score lost per line between a candidate and the body.
const DISTANCE_PENALTY: f32 = 0.01;
/// Score won per shared word, up to four: a long title sharing four words is
/// stronger evidence than a two-word subheading sharing one.
const SHARED_BONUS: f32 = 0.05;
/// Score won by a candidate right above a byline, where titles sit.
const BYLINE_BONUS: f32 = 0.2;
/// How many body lines may open the block before the lead.
const LEAD_SEARCH: usize = 6;
/// Without shared words, a candidate must be this close to the body.
const MAX_DISTANCE_WITHOUT_OVERLAP: usize = 1;

/// Whether a line could be a title.
pub(crate) fn is_title_like(f: &Features, config: &Config) -> bool {
    let words = f.words as usize;
    words >= config.headline_min_words
        && words <= config.headline_max_words
        && !f.period
        && f.keyword.is_none()
        && !f.end_marker
        && f.alpha_words * 2 > f.words
}

/// A comparable stem: the word's first five letters, lowercased.
fn stem(word: &str) -> String {
    word.chars()
        .take(5)
        .flat_map(char::to_lowercase)
        .map(|c| if c == '’' { '\'' } else { c })
        .collect()
}

/// The stems of the content words (not stopwords, with a letter or digit) of `text`.
fn content_stems<'t>(text: &'t str, stoplist: &'t Stoplist) -> impl Iterator<Item = String> + 't {
    text.split_whitespace().filter_map(move |token| {
        let word = token.trim_matches(|c: char| !c.is_alphanumeric());
        if word.is_empty() || stoplist.contains(&word.to_lowercase()) {
            None
        } else {
            Some(stem(word))
        }
    })
}

/// The part of a page title that names the article: the longest part between
/// " - ", " | ", " – ", " — " and " :: " separators.
fn title_core(text: &str) -> &str {
    text.split(" | ")
        .flat_map(|p| p.split(" - "))
        .flat_map(|p| p.split(" – "))
        .flat_map(|p| p.split(" — "))
        .flat_map(|p| p.split(" :: "))
        .max_by_key(|p| p.len())
        .unwrap_or(text)
}

/// The index of the headline, given the lines' texts and features and the indices
/// of the body lines in order.
pub(crate) fn find(
    texts: &[&str],
    features: &[Features],
    body: &[usize],
    stoplist: &Stoplist,
    config: &Config,
) -> Option<usize> {
    let &first_body = body.first()?;
    // The lead starts at the first body line that is a long sentence: the block
    // may open with the title, a standfirst, a byline and a date.
    let lead_at = body
        .iter()
        .position(|&i| {
            let f = &features[i];
            f.terminal && f.chars as usize >= config.length_low
        })
        .filter(|&k| k <= LEAD_SEARCH)
        .unwrap_or(0);
    let lead_start = body[lead_at];
    let lead: HashSet<String> = body[lead_at..]
        .iter()
        .take(LEAD_LINES)
        .flat_map(|&i| content_stems(texts[i], stoplist))
        .collect();

    let mut best: Option<(f32, usize)> = None;
    let mut distance = 0usize;
    let first_is_candidate = lead_start == first_body
        && features[first_body].words as usize <= config.headline_max_words
        && !features[first_body].terminal
        && body.len() > 1;
    let start = if first_is_candidate {
        first_body + 1
    } else {
        lead_start
    };
    // Whether a byline follows within the next two non-blank lines.
    let mut bylines_after = [false; 2];
    for i in (0..start).rev() {
        let f = &features[i];
        if f.is_blank() {
            continue;
        }
        if i != lead_start {
            distance += 1;
        }
        if distance > config.headline_max_distance {
            break;
        }
        let byline_next = bylines_after.contains(&true);
        let is_byline = crate::byline::is_byline(texts[i]);
        bylines_after = [is_byline, bylines_after[0]];
        if is_byline || !is_title_like(f, config) {
            continue;
        }
        let stems: Vec<String> = content_stems(title_core(texts[i]), stoplist).collect();
        let shared = stems.iter().filter(|s| lead.contains(*s)).count();
        if shared == 0 && distance > MAX_DISTANCE_WITHOUT_OVERLAP && !byline_next {
            continue;
        }
        let share = shared as f32 / stems.len().max(1) as f32;
        let score = share + SHARED_BONUS * shared.min(4) as f32
            - DISTANCE_PENALTY * distance as f32
            + if byline_next { BYLINE_BONUS } else { 0.0 };
        if best.map_or(true, |(b, _)| score > b) {
            best = Some((score, i));
        }
    }
    best.map(|(_, i)| i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::Extractor;

    fn headline(lines: &[&str], body: &[usize]) -> Option<usize> {
        let mut ex = Extractor::new(Stoplist::english());
        let f: Vec<_> = lines.iter().map(|l| ex.features(l)).collect();
        find(lines, &f, body, Stoplist::english(), &Config::default())
    }

    #[test]
    fn prefers_the_title_sharing_words_with_the_lead() {
        let lines = [
            "Markets Rally as Inflation Cools - Example News",
            "Weather Today In The City",
            "Stocks rose sharply on Friday as inflation cooled for a third month.",
        ];
        assert_eq!(headline(&lines, &[2]), Some(0));
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
    fn page_title_core() {
        assert_eq!(title_core("Big News Today | Site"), "Big News Today");
        assert_eq!(title_core("No separator"), "No separator");
    }
}
