//! Scoring an [`Article`] against a gold labeling.
//!
//! A gold file is a TSV with one row per input line, `LABEL<TAB>TEXT` (split on the
//! first tab only; TEXT may contain tabs). LABEL is a [`Label`] name, two names
//! joined by `|` for an honestly ambiguous line (either is correct, the first is the
//! more likely), or `blank` for a whitespace-only line. Joining the TEXT fields with
//! `\n`, plus a final newline, gives the input ([`GoldDoc::text`]).
//!
//! [`Scores::of`] compares one article with its gold; scores add up
//! ([`Scores::add`]), so totals over a folder, a language or a whole corpus are the
//! same type, and every figure is micro-averaged over what was added.
//!
//! The figures, all in `0.0..=1.0`:
//!
//! * **Body precision / recall / F1**, weighted by non-whitespace characters. A line
//!   is gold body when `body` is its first label. Predicting body on a line that
//!   allows it only second (`boilerplate|body`) is not a false positive, and not
//!   predicting it on `body|boilerplate` is not a false negative.
//! * **Headline accuracy**, over documents: right when the first line predicted
//!   headline allows `headline`; a document without any headline line must get
//!   none; a document whose only headline lines are ambiguous pairs
//!   (`boilerplate|headline`) may get none.
//! * **Byline precision / recall / F1**, over lines, counted like the body but one
//!   per line.
//! * **Line accuracy**, over non-blank lines: the prediction is any allowed label.
//!
//! A ratio with nothing to count (no gold bylines and none predicted) is 1.0.
//!
//! ```
//! use unboil::eval::{GoldDoc, Scores};
//!
//! let tsv = "boilerplate\tHome | World | Sport\n\
//!            headline\tRain Returns To The Valley\n\
//!            byline\tBy Jane Doe\n\
//!            body\tAfter three dry months, heavy rain fell across the valley on Sunday, and farmers said it came just in time.\n\
//!            blank\t\n\
//!            boilerplate\tShare this article\n";
//! let gold = GoldDoc::parse(tsv)?;
//! let text = gold.text();
//! let article = unboil::clean(&text);
//! let scores = Scores::of(&gold, &article)?;
//! assert_eq!(scores.body_f1(), 1.0);
//! assert_eq!(scores.headline_accuracy(), 1.0);
//! assert_eq!(scores.byline_f1(), 1.0);
//! assert_eq!(scores.line_accuracy(), 1.0);
//! # Ok::<(), unboil::eval::EvalError>(())
//! ```

use std::fmt;

use crate::{Article, Label};

/// One gold line: the labels allowed for it and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldLine {
    allowed: Vec<Label>,
    text: String,
}

impl GoldLine {
    /// The allowed labels, the more likely first; empty for a blank line.
    pub fn allowed(&self) -> &[Label] {
        &self.allowed
    }

    /// The line's text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether the gold marks the line blank.
    pub fn is_blank(&self) -> bool {
        self.allowed.is_empty()
    }

    /// The more likely label; `None` for a blank line.
    pub fn primary(&self) -> Option<Label> {
        self.allowed.first().copied()
    }

    /// Whether `label` is a right answer for this line (any label is, on a blank
    /// line).
    pub fn allows(&self, label: Label) -> bool {
        self.is_blank() || self.allowed.contains(&label)
    }
}

/// A gold document: every line of one input with its allowed labels.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GoldDoc {
    lines: Vec<GoldLine>,
}

impl GoldDoc {
    /// Parses a gold TSV.
    ///
    /// ```
    /// let gold = unboil::eval::GoldDoc::parse("body|boilerplate\tA caption\tin two cells\nblank\t\n")?;
    /// assert_eq!(gold.lines().get(0).unwrap().text(), "A caption\tin two cells");
    /// assert_eq!(gold.lines().get(0).unwrap().allowed(), [unboil::Label::Body, unboil::Label::Boilerplate]);
    /// assert!(gold.lines().get(1).unwrap().is_blank());
    /// assert!(unboil::eval::GoldDoc::parse("no tab here\n").is_err());
    /// # Ok::<(), unboil::eval::EvalError>(())
    /// ```
    pub fn parse(tsv: &str) -> Result<GoldDoc, EvalError> {
        let tsv = tsv.strip_prefix('\u{feff}').unwrap_or(tsv);
        let tsv = tsv.strip_suffix('\n').unwrap_or(tsv);
        let mut lines = Vec::new();
        if tsv.is_empty() {
            return Ok(GoldDoc { lines });
        }
        for (i, row) in tsv.split('\n').enumerate() {
            let Some((labels, text)) = row.split_once('\t') else {
                return Err(EvalError::MissingTab { line: i + 1 });
            };
            let allowed = if labels == "blank" {
                Vec::new()
            } else {
                labels
                    .split('|')
                    .map(|l| {
                        l.parse::<Label>().map_err(|_| EvalError::UnknownLabel {
                            line: i + 1,
                            label: l.to_owned(),
                        })
                    })
                    .collect::<Result<_, _>>()?
            };
            lines.push(GoldLine {
                allowed,
                text: text.to_owned(),
            });
        }
        Ok(GoldDoc { lines })
    }

    /// The gold lines, in order.
    pub fn lines(&self) -> &[GoldLine] {
        &self.lines
    }

    /// The input the gold describes: the lines joined with `\n`, plus a final
    /// newline (empty for a document without lines).
    ///
    /// ```
    /// let gold = unboil::eval::GoldDoc::parse("headline\tTitle\nbody\tText.\n")?;
    /// assert_eq!(gold.text(), "Title\nText.\n");
    /// # Ok::<(), unboil::eval::EvalError>(())
    /// ```
    pub fn text(&self) -> String {
        let mut out = String::new();
        for line in &self.lines {
            out.push_str(&line.text);
            out.push('\n');
        }
        out
    }

    /// The lines whose more likely label is in `labels`, as a new document (blank
    /// lines are dropped). With headline, byline and body this is the clean
    /// article inside a page.
    ///
    /// ```
    /// use unboil::Label;
    /// let gold = unboil::eval::GoldDoc::parse("boilerplate\tMenu\nbody\tText.\n")?;
    /// assert_eq!(gold.only(&[Label::Body]).text(), "Text.\n");
    /// # Ok::<(), unboil::eval::EvalError>(())
    /// ```
    pub fn only(&self, labels: &[Label]) -> GoldDoc {
        GoldDoc {
            lines: self
                .lines
                .iter()
                .filter(|l| l.primary().is_some_and(|p| labels.contains(&p)))
                .cloned()
                .collect(),
        }
    }
}

/// A gold file that cannot be read, or an article that does not match its gold.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EvalError {
    /// A row has no tab between the label and the text.
    #[error("gold line {line}: no tab; every row must be LABEL<TAB>TEXT")]
    MissingTab {
        /// The 1-based row number.
        line: usize,
    },
    /// A label is not one of `headline`, `byline`, `body`, `boilerplate`, `blank`.
    #[error(
        "gold line {line}: unknown label {label:?}; use headline, byline, body, boilerplate, \
         blank, or two of them joined by `|`"
    )]
    UnknownLabel {
        /// The 1-based row number.
        line: usize,
        /// The label as written.
        label: String,
    },
    /// The article has another number of lines than the gold: it was not made
    /// from [`GoldDoc::text`].
    #[error(
        "the article has {article} lines but the gold has {gold}: clean the text from \
         GoldDoc::text()"
    )]
    LineCount {
        /// Lines in the article.
        article: usize,
        /// Lines in the gold.
        gold: usize,
    },
}

/// Counts from which every figure is computed; add them up over documents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scores {
    /// Documents scored.
    pub docs: u64,
    /// Non-whitespace characters of gold body lines predicted body.
    pub body_tp: u64,
    /// Non-whitespace characters predicted body where body is not allowed.
    pub body_fp: u64,
    /// Non-whitespace characters of gold body lines given a label not allowed.
    pub body_fn: u64,
    /// Documents whose headline was right.
    pub headline_right: u64,
    /// Gold byline lines predicted byline.
    pub byline_tp: u64,
    /// Lines predicted byline where byline is not allowed.
    pub byline_fp: u64,
    /// Gold byline lines given a label not allowed.
    pub byline_fn: u64,
    /// Non-blank lines.
    pub lines: u64,
    /// Non-blank lines given an allowed label.
    pub lines_right: u64,
    /// Bytes of input.
    pub bytes: u64,
}

/// `a / b`, or 1.0 when there is nothing to count.
fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

impl Scores {
    /// The scores of one `article` against its `gold`.
    pub fn of(gold: &GoldDoc, article: &Article<'_>) -> Result<Scores, EvalError> {
        let lines = article.lines();
        if lines.len() != gold.lines.len() {
            return Err(EvalError::LineCount {
                article: lines.len(),
                gold: gold.lines.len(),
            });
        }
        let mut s = Scores {
            docs: 1,
            bytes: article.input().len() as u64,
            ..Scores::default()
        };
        let mut predicted_headline = None;
        for (line, g) in lines.iter().zip(&gold.lines) {
            let label = line.label();
            if label == Label::Headline && predicted_headline.is_none() {
                predicted_headline = Some(g);
            }
            if g.is_blank() {
                continue;
            }
            let right = g.allows(label);
            s.lines += 1;
            s.lines_right += u64::from(right);
            let chars = g.text.chars().filter(|c| !c.is_whitespace()).count() as u64;
            let gold_body = g.primary() == Some(Label::Body);
            if label == Label::Body {
                if gold_body {
                    s.body_tp += chars;
                } else if !right {
                    s.body_fp += chars;
                }
            } else if gold_body && !right {
                s.body_fn += chars;
            }
            let gold_byline = g.primary() == Some(Label::Byline);
            if label == Label::Byline {
                if gold_byline {
                    s.byline_tp += 1;
                } else if !right {
                    s.byline_fp += 1;
                }
            } else if gold_byline && !right {
                s.byline_fn += 1;
            }
        }
        let any_headline = gold
            .lines
            .iter()
            .any(|g| g.allowed.contains(&Label::Headline));
        let must_headline = gold
            .lines
            .iter()
            .any(|g| g.primary() == Some(Label::Headline));
        s.headline_right = u64::from(match predicted_headline {
            Some(g) => g.allowed.contains(&Label::Headline),
            None => !must_headline || !any_headline,
        });
        Ok(s)
    }

    /// Adds `other`'s counts to these.
    pub fn add(&mut self, other: &Scores) {
        self.docs += other.docs;
        self.body_tp += other.body_tp;
        self.body_fp += other.body_fp;
        self.body_fn += other.body_fn;
        self.headline_right += other.headline_right;
        self.byline_tp += other.byline_tp;
        self.byline_fp += other.byline_fp;
        self.byline_fn += other.byline_fn;
        self.lines += other.lines;
        self.lines_right += other.lines_right;
        self.bytes += other.bytes;
    }

    /// Body precision, by characters.
    pub fn body_precision(&self) -> f64 {
        ratio(self.body_tp, self.body_tp + self.body_fp)
    }

    /// Body recall, by characters.
    pub fn body_recall(&self) -> f64 {
        ratio(self.body_tp, self.body_tp + self.body_fn)
    }

    /// Body F1, by characters.
    pub fn body_f1(&self) -> f64 {
        f1(self.body_precision(), self.body_recall())
    }

    /// Share of documents whose headline was right.
    pub fn headline_accuracy(&self) -> f64 {
        ratio(self.headline_right, self.docs)
    }

    /// Byline precision, by lines.
    pub fn byline_precision(&self) -> f64 {
        ratio(self.byline_tp, self.byline_tp + self.byline_fp)
    }

    /// Byline recall, by lines.
    pub fn byline_recall(&self) -> f64 {
        ratio(self.byline_tp, self.byline_tp + self.byline_fn)
    }

    /// Byline F1, by lines.
    pub fn byline_f1(&self) -> f64 {
        f1(self.byline_precision(), self.byline_recall())
    }

    /// Share of non-blank lines given an allowed label.
    pub fn line_accuracy(&self) -> f64 {
        ratio(self.lines_right, self.lines)
    }
}

/// The lines of `article` whose label the gold does not allow, with the gold line.
///
/// ```
/// let gold = unboil::eval::GoldDoc::parse("body\tHome\n")?;
/// let text = gold.text();
/// let article = unboil::clean(&text);
/// let wrong: Vec<_> = unboil::eval::disagreements(&gold, &article).collect();
/// assert_eq!(wrong.len(), 1);
/// assert_eq!(wrong[0].0.text(), "Home");
/// # Ok::<(), unboil::eval::EvalError>(())
/// ```
pub fn disagreements<'g, 'a>(
    gold: &'g GoldDoc,
    article: &'g Article<'a>,
) -> impl Iterator<Item = (crate::Line<'a>, &'g GoldLine)> + 'g {
    article
        .lines()
        .iter()
        .zip(&gold.lines)
        .filter(|(line, g)| !g.allows(line.label()))
}

impl fmt::Display for GoldLine {
    /// The allowed labels joined by `|` (`blank` for none), a tab, the text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_blank() {
            f.write_str("blank")?;
        }
        for (i, label) in self.allowed.iter().enumerate() {
            if i > 0 {
                f.write_str("|")?;
            }
            f.write_str(label.as_str())?;
        }
        write!(f, "\t{}", self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_text() {
        let tsv = "boilerplate\ta\nblank\t\nbody\tb\tc\n";
        let gold = GoldDoc::parse(tsv).unwrap();
        assert_eq!(gold.lines().len(), 3);
        assert_eq!(gold.text(), "a\n\nb\tc\n");
        let back: String = gold.lines().iter().map(|l| format!("{l}\n")).collect();
        assert_eq!(back, tsv);
    }

    #[test]
    fn errors_name_the_line() {
        assert_eq!(
            GoldDoc::parse("body\tx\nnope\ty\n"),
            Err(EvalError::UnknownLabel {
                line: 2,
                label: "nope".into()
            })
        );
    }

    #[test]
    fn ambiguous_lines_are_neutral() {
        // "Home" is predicted boilerplate: right for `body|boilerplate`, no false negative.
        let gold = GoldDoc::parse("body|boilerplate\tHome\n").unwrap();
        let text = gold.text();
        let s = Scores::of(&gold, &crate::clean(&text)).unwrap();
        assert_eq!((s.body_tp, s.body_fp, s.body_fn), (0, 0, 0));
        assert_eq!(s.line_accuracy(), 1.0);
        assert_eq!(s.headline_accuracy(), 1.0);
    }

    #[test]
    fn missed_headline_and_body_count() {
        let gold = GoldDoc::parse("headline\tSome Title Here\nbody\tHome\n").unwrap();
        let text = gold.text();
        let s = Scores::of(&gold, &crate::clean(&text)).unwrap();
        assert_eq!(s.body_fn, 4);
        assert_eq!(s.body_recall(), 0.0);
        assert_eq!(s.headline_accuracy(), 0.0);
        assert_eq!(s.lines_right, 0);
    }

    #[test]
    fn line_count_must_match() {
        let gold = GoldDoc::parse("body\ta\n").unwrap();
        let err = Scores::of(&gold, &crate::clean("a\nb\n")).unwrap_err();
        assert_eq!(
            err,
            EvalError::LineCount {
                article: 2,
                gold: 1
            }
        );
    }
}
