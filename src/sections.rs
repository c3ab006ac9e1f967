//! Structure inside the article: section headings that a table of contents
//! repeats, and lists that a sentence introduces.
//!
//! ## Headings named by a table of contents
//!
//! A long post or a documentation page lists its sections at the top
//! ("Introduction", "Architecture", "Lifecycle of a task") and heads each
//! section with the same words further down. Each heading then occurs twice,
//! and the repeat rule ([`Reason::Repeated`]: a short line seen elsewhere is
//! a menu item, a button or a caption) takes the heading for furniture, so the
//! article loses its structure; in its clean text, where the table of
//! contents is gone, the same headings stand once and are body.
//!
//! [`headings_named_above`] makes such a heading body again when all of these
//! hold:
//! - it lies inside the article block, and the nearest non-blank lines on
//!   both sides are body (it stands between two paragraphs of the article,
//!   where a menu or a button row does not);
//! - it reads like a title: it starts with a capital letter or a digit and
//!   holds at least [`MIN_LETTERS`] letters ("}" and "›" are no heading),
//!   and not like a byline ("Posted by Jane Doe at 12:06 PM", printed over a
//!   post and again under it);
//! - its text occurs exactly twice in the page, and the other copy stands
//!   above the first of these headings (the table of contents comes before
//!   the sections it lists);
//! - at least [`MIN_HEADINGS`] headings qualify so (a table lists several).
//!
//! A button or a caption ("Reply", "Copy", "View Photos") is printed once for
//! every comment, code block or gallery: it repeats more often, or, printed
//! twice, its first copy stands among the sections, not above them, and two
//! such pairs are no table.
//!
//! Cost: nothing unless a line qualifies by its neighbours; then one hash
//! look-up per line of the page to count the candidates' copies.
//!
//! ## Lists introduced by a colon
//!
//! A sentence of the article that ends with a colon ("ATF consists of the
//! following components:", "pass them to the constructor:") announces what
//! follows: a list of short items, a table, a block of code. Alone, those
//! lines read like a menu (a run of short lines) or a repeat ("method:
//! \"POST\"," in two code samples), and the block keeps them out of the body.
//! [`lists_introduced`] makes body of the lines between such a sentence and
//! the next body line of the block, when that next line comes within
//! [`MAX_LIST_LINES`] non-blank lines. Lines with evidence of page furniture
//! (a prompt, a legal line, a credit, navigation, a marker, markup, a
//! [language picker](crate::pickers)) keep
//! their label: "No comments:" over a comment form announces nothing of the
//! article's.
//!
//! ## One body copy
//!
//! Both rules make body lines that repeat. [`one_body_copy`] leaves at most
//! one body copy of each text they made body ("method: \"POST\"," in two
//! samples, a heading that is also a list item): the clean text
//! ([`Article::text`](crate::Article::text)) must not hold the same short
//! line twice, where the repeat rule would take a copy for furniture (fuzz
//! findings).

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::byline;
use crate::classify;
use crate::features::{FeatureTable, Features};
use crate::lines;
use crate::stopwords::FxHasher;
use crate::{Label, Reason};

/// The maps of this module hash the trimmed texts of the lines they look up,
/// one look-up per line of the page: with the Fx hash (eight bytes a step),
/// not SipHash, which cost more than everything else they do.
type TextMap<'t, V> = HashMap<&'t str, V, BuildHasherDefault<FxHasher>>;

/// A heading holds at least this many letters.
pub(crate) const MIN_LETTERS: usize = 3;
/// A table of contents names at least this many headings; two buttons or
/// captions printed twice each ("View Photos", "Caption") are no table.
pub(crate) const MIN_HEADINGS: usize = 3;

/// Applies the rules of this module to the article `block`: section headings
/// named by a table of contents, then lists introduced by a colon, then
/// [`one_body_copy`].
pub(crate) fn structure(
    decided: &mut [(Label, Reason)],
    features: &FeatureTable,
    texts: &[&str],
    block: std::ops::Range<usize>,
) {
    let mut changed = Vec::new();
    headings_named_above(decided, features, texts, block.clone(), &mut changed);
    lists_introduced(decided, features, texts, block, &mut changed);
    one_body_copy(decided, features, texts, &changed);
}

/// Leaves at most one body copy of each text that the rules made body (the
/// lines `changed`): a line they take for a heading or a list item may be
/// printed twice (a command in two samples, a heading that is also a list
/// item), and the clean text ([`Article::text`](crate::Article::text)) must
/// not hold it twice, where the repeat rule would take a copy for furniture
/// (fuzz findings). A copy that was body before stays; else the first one
/// the rules made does. The other copies they made go back to
/// [`Reason::Repeated`].
fn one_body_copy(
    decided: &mut [(Label, Reason)],
    features: &FeatureTable,
    texts: &[&str],
    changed: &[usize],
) {
    if changed.is_empty() {
        return;
    }
    // For each text the rules made body: the body copies the rules did not
    // make, and the first one they made.
    let mut made: TextMap<(u32, usize)> = TextMap::default();
    let mut lengths = Lengths::default();
    for &i in changed {
        let entry = made.entry(lines::trim(texts[i])).or_insert((0, i));
        entry.1 = entry.1.min(i);
        lengths.insert(&features[i]);
    }
    let mut sorted = changed.to_vec();
    sorted.sort_unstable();
    for (j, d) in decided.iter().enumerate() {
        // The look-up turns most lines away: the search in `sorted` comes
        // after it.
        if d.0 == Label::Body && !features[j].is_blank() && lengths.may_hold(&features[j]) {
            if let Some(entry) = made.get_mut(lines::trim(texts[j])) {
                if sorted.binary_search(&j).is_err() {
                    entry.0 += 1;
                }
            }
        }
    }
    for &i in changed {
        let (kept_before, first) = made[lines::trim(texts[i])];
        if kept_before > 0 || i != first {
            decided[i] = (Label::Boilerplate, Reason::Repeated);
        }
    }
}

/// Makes body of the headings in `block` that repeat a table-of-contents
/// entry above them (see the [module docs](self)).
fn headings_named_above(
    decided: &mut [(Label, Reason)],
    features: &FeatureTable,
    texts: &[&str],
    block: std::ops::Range<usize>,
    changed: &mut Vec<usize>,
) {
    let is_body = |d: &(Label, Reason)| d.0 == Label::Body;
    let candidates: Vec<usize> = block
        .clone()
        .filter(|&i| decided[i] == (Label::Boilerplate, Reason::Repeated))
        .filter(|&i| {
            let above = (block.start..i).rev().find(|&j| !features[j].is_blank());
            let below = (i + 1..block.end).find(|&j| !features[j].is_blank());
            above.is_some_and(|j| is_body(&decided[j]))
                && below.is_some_and(|j| is_body(&decided[j]))
                && reads_like_heading(texts[i])
                && !is_byline_like(texts[i], &features[i])
        })
        .collect();
    if candidates.is_empty() {
        return;
    }
    // How often each candidate's text occurs, and where first.
    let mut copies: TextMap<(u32, usize)> = candidates
        .iter()
        .map(|&i| (lines::trim(texts[i]), (0, i)))
        .collect();
    let mut lengths = Lengths::default();
    for &i in &candidates {
        lengths.insert(&features[i]);
    }
    for (j, t) in texts.iter().enumerate() {
        if features[j].is_blank() || !lengths.may_hold(&features[j]) {
            continue;
        }
        if let Some((count, first)) = copies.get_mut(lines::trim(t)) {
            *count += 1;
            *first = (*first).min(j);
        }
    }
    let first_copy = |i: usize| {
        copies
            .get(lines::trim(texts[i]))
            .filter(|&&(count, first)| count == 2 && first < i)
            .map(|&(_, first)| first)
    };
    // The table of contents stands above the first of the headings it names.
    let Some(top) = candidates
        .iter()
        .copied()
        .find(|&i| first_copy(i).is_some())
    else {
        return;
    };
    let headings: Vec<usize> = candidates
        .into_iter()
        .filter(|&i| first_copy(i).is_some_and(|first| first < top))
        .collect();
    if headings.len() < MIN_HEADINGS {
        return;
    }
    for i in headings {
        decided[i] = (Label::Body, classify::between_body_reason(&features[i]));
        changed.push(i);
    }
}

/// The lengths ([`Features::chars`] modulo 256) of a few lines' texts: a
/// quick "no" before a line's text is hashed and looked up among theirs.
/// `chars` counts the characters of the text trimmed of whitespace and U+FEFF,
/// a function of the text [`lines::trim`] leaves, so two lines whose trimmed
/// texts are equal have equal `chars`; most lines of a page have another
/// length than the few looked for.
#[derive(Default)]
struct Lengths([u64; 4]);

impl Lengths {
    fn insert(&mut self, f: &Features) {
        let c = f.chars as usize % 256;
        self.0[c / 64] |= 1 << (c % 64);
    }

    /// Whether a line with the features `f` may have the text of a line
    /// inserted.
    #[inline]
    fn may_hold(&self, f: &Features) -> bool {
        let c = f.chars as usize % 256;
        self.0[c / 64] & (1 << (c % 64)) != 0
    }
}

/// At most this many non-blank lines make a list that a sentence ending with
/// a colon introduces; a longer run is the rest of the page.
pub(crate) const MAX_LIST_LINES: usize = 40;

/// Makes body of the lines of `block` between a body line ending with a colon
/// and the next body line (see the [module docs](self)). Linear: each run is
/// walked once, and the search goes on under it.
fn lists_introduced(
    decided: &mut [(Label, Reason)],
    features: &FeatureTable,
    texts: &[&str],
    block: std::ops::Range<usize>,
    changed: &mut Vec<usize>,
) {
    let mut i = block.start;
    while i < block.end {
        if decided[i].0 != Label::Body || !introduces(texts[i]) {
            i += 1;
            continue;
        }
        let mut items = 0;
        let next = (i + 1..block.end).find(|&j| {
            if !features[j].is_blank() {
                items += 1;
            }
            decided[j].0 == Label::Body || items > MAX_LIST_LINES
        });
        let Some(next) = next.filter(|&j| decided[j].0 == Label::Body) else {
            i += 1;
            continue;
        };
        for (k, d) in decided.iter_mut().enumerate().take(next).skip(i + 1) {
            if d.0 == Label::Boilerplate
                && d.1 != Reason::Blank
                && d.1 != Reason::Markup
                && d.1 != Reason::LanguagePicker
                && !classify::is_boilerplate_evidence(d.1)
            {
                *d = (Label::Body, Reason::Context);
                changed.push(k);
            }
        }
        i = next;
    }
}

/// Whether `text` ends with a colon (ASCII or full-width), announcing what
/// follows.
fn introduces(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with(':') || t.ends_with('\u{ff1a}')
}

/// Whether a line reads like a byline ("By Jane Doe", "Posted by Jane Doe at
/// 12:06 PM"): a blog prints one over its post and again under it, and no
/// table of contents names it. Read from the text alone, so that the byline
/// the page keeps is no heading in its clean text either, where it stands
/// once as the byline and once as a repeat.
fn is_byline_like(text: &str, f: &Features) -> bool {
    byline::is_byline_line(text, f.keyword) || byline::is_posted_line(text)
}

/// Whether `text` reads like a section heading: it starts with a capital
/// letter or a digit and holds at least [`MIN_LETTERS`] letters.
fn reads_like_heading(text: &str) -> bool {
    let t = lines::trim(text);
    t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && t.chars()
            .filter(|c| c.is_alphabetic())
            .nth(MIN_LETTERS - 1)
            .is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_start_with_a_capital_and_hold_letters() {
        assert!(reads_like_heading("Lifecycle of a task"));
        assert!(reads_like_heading("  2. Architecture"));
        assert!(reads_like_heading("Übersicht"));
        assert!(!reads_like_heading("});"));
        assert!(!reads_like_heading("new"));
        assert!(!reads_like_heading("Go"));
        assert!(!reads_like_heading("›"));
    }

    #[test]
    fn a_byline_is_no_heading() {
        let f = Features::default();
        assert!(is_byline_like("Posted by Jane Doe at 12:06 PM", &f));
        assert!(is_byline_like("By Jane Doe", &f));
        assert!(!is_byline_like("Lifecycle of a task", &f));
        assert!(!is_byline_like("Architecture", &f));
    }

    const LEAD: &str = "The scheduler runs every task at least once, and it retries a task \
        that failed until the task succeeds or its deadline has passed.";

    /// The page of a post with a table of contents; `heading` heads its
    /// second section.
    fn page(heading: &str, extra: &str) -> String {
        format!(
            "Home\nBlog\nSign in\nSubscribe\n\nHow We Built The Scheduler\n\n\
             Design\n{heading}\nLimits\n\n{LEAD}\n\nDesign\n\n{LEAD}\n\n{heading}\n\n\
             {LEAD}\n{LEAD}\n\nLimits\n\n{LEAD}\n{extra}\nPrivacy Policy\nCookie settings\n"
        )
    }

    fn label_of_second(text: &str, heading: &str) -> (Label, Reason) {
        let article = crate::clean(text);
        let line = article
            .lines()
            .iter()
            .filter(|l| l.text() == heading)
            .nth(1)
            .unwrap();
        (line.label(), line.reason())
    }

    #[test]
    fn a_heading_the_table_of_contents_names_is_body() {
        assert_eq!(
            label_of_second(&page("Architecture", ""), "Architecture"),
            (Label::Body, Reason::Subheading)
        );
        // Printed a third time, it is a button or a caption.
        assert_eq!(
            label_of_second(&page("Architecture", "Architecture\n"), "Architecture").0,
            Label::Boilerplate
        );
        // A line of code or a word in lowercase is no heading.
        assert_eq!(
            label_of_second(&page("});", ""), "});").0,
            Label::Boilerplate
        );
    }

    /// The label of the first line of `text` that reads `line`.
    fn label_of(text: &str, line: &str) -> Label {
        let article = crate::clean(text);
        let found = article
            .lines()
            .iter()
            .find(|l| l.text() == line)
            .map(|l| l.label());
        found.unwrap()
    }

    #[test]
    fn a_list_a_sentence_introduces_is_body() {
        let text = format!(
            "Home\nBlog\nSign in\nSubscribe\n\nHow We Built The Scheduler\n\n{LEAD}\n\n\
             The scheduler consists of the following components:\n\nFrontend\nTask Store\n\
             Queue\nController\n\n{LEAD}\n{LEAD}\n\nShare this\nPrivacy Policy\nCookie settings\n"
        );
        let label = |t: &str| label_of(&text, t);
        for item in ["Frontend", "Task Store", "Queue", "Controller"] {
            assert_eq!(label(item), Label::Body, "{item}");
        }
        // Without the colon the run of short lines is a menu.
        let text = text.replace("components:", "components.");
        let label = |t: &str| label_of(&text, t);
        assert_eq!(label("Task Store"), Label::Boilerplate);
        assert!(introduces("Pass them to the constructor:  "));
        assert!(introduces("次のとおり："));
        assert!(!introduces("Time: 10:30"));
    }
}
