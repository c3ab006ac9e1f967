//! Deciding body or boilerplate, in three stages.
//!
//! 1. **Each line alone** ([`context_free`]). A line is *blank*; *bad* when it is an
//!    end-of-article marker, a short line with a keyword hit (prompt, legal, caption,
//!    navigation), a short line that occurs more than once, or a long line that does
//!    not read like prose; *short* when it has fewer than
//!    [`length_low`](crate::Config::length_low) characters (too few words to judge);
//!    *good* when it is long with many stopwords; *near-good* in between, including a
//!    long line with few stopwords that still ends like a sentence (news prose is
//!    dense with names).
//! 2. **Neighbours** ([`resolve`]), after jusText: a near-good line is good unless
//!    both its neighbours are bad; then a short line between good lines is good (a
//!    subheading), anywhere else bad (a menu item, a caption). Neighbours are the
//!    nearest lines judged by their own text: blank and short lines, and lines that
//!    are bad only for a keyword or for repeating (captions, credits, prompts: an
//!    article is full of them) are skipped.
//! 3. **The article block** ([`article_block`]). Every line scores its character
//!    count, positive when good and negative when bad ([`block_weight`]); the block
//!    is the contiguous run of lines with the highest total (Kadane's maximum
//!    subarray), and it never crosses an end-of-article marker. Good lines inside
//!    it are body, and so are long lines inside it that failed only for their
//!    density or their neighbours ([`is_body_inside_block`]: tables, code,
//!    references — an article's own furniture); everything outside is
//!    boilerplate, which is what keeps a teaser paragraph under "Popular" out of
//!    the body even though it reads like a sentence.
//!
//! **Which density.** Stage 1 reads a line's stopword share in the document's
//! language. When no language was detected (the English list is used then), the
//! stoplist may not fit: when fewer than 15% of the words of its long lines are
//! stopwords, the text is in another language (or placeholder text), and the
//! density is half the share of words that do not start with a capital instead
//! ([`Measure`]). Prose is mostly lowercase in every cased script; lists of names,
//! menus and titles are not.
//!
//! Why this shape: single lines are ambiguous ("Vladimir Putin" is a caption, a
//! subheading is as short as a menu item), but runs of lines are not, and an article
//! is one long run of prose with short interruptions. Weighting by characters lets a
//! long article absorb its captions while a sidebar of teasers cannot outweigh it.

use crate::features::Features;
use crate::{Config, Reason};

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
    fn new(class: Class, reason: Reason) -> Verdict {
        Verdict { class, reason }
    }
}

/// Below this share of stopwords among the words of its long lines, a document is
/// not in the stoplist's language (or in none: placeholder text), and stopword
/// density says nothing about its lines. English prose runs at 0.4 to 0.5, and
/// even a page of English teasers stays above 0.2.
const STOPLIST_FIT: f32 = 0.15;

/// How a document's lines are told to be prose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Measure {
    /// The share of stopwords: the stoplist fits the document's language.
    Stopwords,
    /// Half the share of words that do not start with a capital: prose in any
    /// script with case is mostly lowercase, lists of names and links are not, and
    /// half puts English prose (80 to 90% lowercase) where its stopword share is.
    Lowercase,
}

impl Measure {
    /// Chooses the measure for a document from the stopword share of its lines of
    /// at least `length_low` characters. A document without such lines keeps
    /// stopwords.
    pub(crate) fn for_document(features: &[Features], config: &Config) -> Measure {
        let (mut stop, mut words) = (0u64, 0u64);
        for f in features
            .iter()
            .filter(|f| f.chars as usize >= config.length_low)
        {
            stop += u64::from(f.stopwords);
            words += u64::from(f.words);
        }
        if words >= 20 && (stop as f32) < STOPLIST_FIT * words as f32 {
            Measure::Lowercase
        } else {
            Measure::Stopwords
        }
    }

    /// The prose density of one line, comparable with the stopword thresholds.
    pub(crate) fn density(self, f: &Features) -> f32 {
        match self {
            Measure::Stopwords => f.stopword_density(),
            Measure::Lowercase if f.alpha_words == 0 => 0.0,
            Measure::Lowercase => 0.5 * (1.0 - f.capitalized_share()),
        }
    }
}

/// Stage 1: the class of a line from its own features and repeat count.
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
    if f.end_marker {
        return Verdict::new(Bad, Reason::EndOfArticleMarker);
    }
    let chars = f.chars as usize;
    let density = measure.density(f);
    let prose = chars >= config.length_high && density >= config.stopwords_low;
    if let Some(keyword) = f.keyword {
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
    if density >= config.stopwords_high {
        let class = if chars >= config.length_high {
            Good
        } else {
            NearGood
        };
        return Verdict::new(class, Reason::BodyText);
    }
    if density >= config.stopwords_low
        || (f.terminal && f.capitalized_share() <= 0.5 && density >= config.stopwords_low / 2.0)
    {
        return Verdict::new(NearGood, Reason::BodyText);
    }
    Verdict::new(Bad, Reason::LowTextDensity)
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

/// Stage 2: resolves near-good lines, then short lines, by their neighbours.
/// Returns one verdict per line whose class is only `Blank`, `Good` or `Bad`.
///
/// * A near-good line is bad only when the judged lines on both sides of it are bad
///   (runs of near-good lines vouch for each other; the document's edge vouches for
///   nothing either way, so a clean text of short paragraphs survives).
/// * Then a short line is good only when the judged lines on both sides are good
///   (edges count as bad: menus sit at the top and bottom of pages) and it does not
///   sit next to a caption or credit (a name line above "Photo: …" is part of the
///   caption). A good short line is a subheading unless it ends like a sentence.
///
/// The neighbours come from a nearest-anchor table built in one pass per stage,
/// so the cost is linear even on long runs of short lines.
pub(crate) fn resolve(initial: &[Verdict], features: &[Features]) -> Vec<Verdict> {
    use Class::*;
    let mut resolved = initial.to_vec();
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
    // Stage two reads the near-good lines as resolved; short lines never count as
    // neighbours, so resolving them in place does not change what later ones see.
    let next = next_judged(&resolved);
    let mut prev = None;
    for (i, v) in initial.iter().enumerate() {
        let after_near_good = resolved[i];
        if v.class == Short {
            let caption = [Dir::Back, Dir::Forward]
                .into_iter()
                .any(|d| adjacent_bad_reason(initial, i, d) == Some(Reason::CaptionOrCredit));
            resolved[i] = if caption {
                Verdict::new(Bad, Reason::CaptionOrCredit)
            } else if prev == Some(Good) && next[i] == Some(Good) {
                let f = &features[i];
                let reason = if f.terminal || f.words == 0 {
                    Reason::Context
                } else {
                    Reason::Subheading
                };
                Verdict::new(Good, reason)
            } else {
                Verdict::new(Bad, Reason::BetweenBoilerplate)
            };
        }
        if is_judged(&after_near_good) {
            prev = Some(after_near_good.class);
        }
    }
    resolved
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

/// Whether a bad line inside the article block is body after all: a long line
/// that fails only for its density (a table row, a line of code, a reference)
/// or for its neighbours, and sits between the block's first and last good lines.
/// Keyword, repeated and marker lines stay boilerplate wherever they are.
pub(crate) fn is_body_inside_block(v: Verdict, f: &Features, config: &Config) -> bool {
    v.class == Class::Bad
        && matches!(
            v.reason,
            Reason::LowTextDensity | Reason::BetweenBoilerplate
        )
        && f.chars as usize >= config.length_low
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

/// Whether the text is a clean article (or nearly): almost no line in it is
/// evidence of page furniture.
pub(crate) fn is_clean_text(initial: &[Verdict]) -> bool {
    let mut evidence = 0usize;
    let mut non_blank = 0usize;
    for v in initial {
        evidence += usize::from(is_boilerplate_evidence(v.reason));
        non_blank += usize::from(v.class != Class::Blank);
    }
    evidence as f64 <= CLEAN_TEXT_MAX_EVIDENCE * non_blank as f64
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

/// Stage 3: the maximum-scoring run of lines, as a half-open index range; `None`
/// when no run scores above zero (the input has no article text).
pub(crate) fn article_block(
    resolved: &[Verdict],
    features: &[Features],
) -> Option<std::ops::Range<usize>> {
    let mut best: Option<(i64, usize, usize)> = None;
    let mut sum = 0i64;
    let mut start = 0usize;
    for (i, (v, f)) in resolved.iter().zip(features).enumerate() {
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
    best.map(|(_, s, e)| s..e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::Extractor;
    use crate::stopwords::Stoplist;

    fn run(lines: &[&str]) -> (Vec<Verdict>, Option<std::ops::Range<usize>>) {
        let config = Config::default();
        let mut ex = Extractor::new(Stoplist::english());
        let features: Vec<_> = lines.iter().map(|l| ex.features(l)).collect();
        let initial: Vec<_> = features
            .iter()
            .map(|f| context_free(f, 1, Measure::Stopwords, &config))
            .collect();
        let resolved = resolve(&initial, &features);
        let block = article_block(&resolved, &features);
        (resolved, block)
    }

    const PROSE: &str = "The committee said on Tuesday that it would not be able to finish the \
        report before the end of the year, because the data it needs is still being collected.";

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
    fn placeholder_text_switches_to_lowercase_share() {
        let lorem = "Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod \
            tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam.";
        let config = Config::default();
        let mut ex = Extractor::new(Stoplist::english());
        let f = [ex.features(lorem), ex.features(lorem)];
        assert_eq!(Measure::for_document(&f, &config), Measure::Lowercase);
        assert!(Measure::Lowercase.density(&f[0]) >= config.stopwords_high);
        let f = [ex.features(PROSE)];
        assert_eq!(Measure::for_document(&f, &config), Measure::Stopwords);
        assert_eq!(
            Measure::Lowercase.density(&ex.features("Home World Sport")),
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
        assert!(is_clean_text(&initial[..4]));
        assert_eq!(text_span(&initial), Some(1..4));
        let mut cluttered = initial.clone();
        cluttered.push(Verdict::new(Class::Bad, Reason::Legal));
        assert!(!is_clean_text(&cluttered));
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
                let f = vec![Features::default(); initial.len()];
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
                for (i, v) in initial.iter().enumerate() {
                    if v.class == Short && resolved[i].reason != Reason::CaptionOrCredit {
                        let good = naive_neighbour(&stage1, i, true) == Some(Good)
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
