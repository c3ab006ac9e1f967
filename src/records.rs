//! An article's lines as it stores them: 8 bytes a line.
//!
//! A pipeline that cleans millions of pages keeps an [`Article`](crate::Article)
//! per page, and a page of many short lines (a million blank lines, a list of
//! one-word lines) has as many records as bytes: what a record costs is what
//! the article costs. A [`Line`] is 40 bytes (a `&str`, its start, its number
//! and the labels), but all of it follows from far less: the line's number is
//! its index plus one, its full span starts where the line before it ended,
//! and its text is that span without the ending (and, on the first line, a
//! byte-order mark). So a record holds only where the line ends, its label and
//! reason, and a byte of flags (the ending, the BOM, whether the line
//! continues the one before); [`Line`]s are built from records when asked for.
//!
//! Ends are `u32` offsets (the record is then 8 bytes) when the input is at
//! most `u32::MAX` bytes long, and `usize` (16 bytes a record) above: any
//! input works, and the inputs seen in practice take the small form.
//!
//! The cleaning pipeline splits the input into records first and reads the
//! lines' texts from them (see `Records::text`), instead of keeping a vector
//! of `&str` (16 bytes a line).

use crate::article::Line;
use crate::lines::{self, LineEnding};
use crate::{Label, Reason};

/// Flag bits: the ending in the low two bits (see [`ending_code`]).
const ENDING: u8 = 0b11;
/// Flag bit: the line starts with a byte-order mark (only the first line can).
const BOM: u8 = 1 << 2;
/// Flag bit: the line continues the paragraph of the line before it.
const CONTINUES: u8 = 1 << 3;

fn ending_code(ending: LineEnding) -> u8 {
    match ending {
        LineEnding::None => 0,
        LineEnding::Lf => 1,
        LineEnding::CrLf => 2,
        LineEnding::Cr => 3,
    }
}

/// The length of the ending in `flags`: [`ending_of`]`(flags).len()`, without
/// a branch.
#[inline]
fn ending_len(flags: u8) -> usize {
    const LEN: [u8; 4] = [0, 1, 2, 1];
    LEN[(flags & ENDING) as usize] as usize
}

/// How many bytes a BOM flag in `flags` puts before the text.
#[inline]
fn bom_len(flags: u8) -> usize {
    if flags & BOM != 0 {
        '\u{feff}'.len_utf8()
    } else {
        0
    }
}

/// The text of the line of `input` whose full span is `start..end`, with
/// `flags`.
#[inline]
fn text_between(input: &str, start: usize, end: usize, flags: u8) -> &str {
    let (start, end) = (start + bom_len(flags), end - ending_len(flags));
    // An empty line (a third of a typical page) takes no slicing and its
    // checks. The offsets came from splitting `input`: they are in bounds and
    // on character boundaries.
    if start >= end {
        return "";
    }
    input.get(start..end).unwrap_or_default()
}

fn ending_of(flags: u8) -> LineEnding {
    match flags & ENDING {
        0 => LineEnding::None,
        1 => LineEnding::Lf,
        2 => LineEnding::CrLf,
        _ => LineEnding::Cr,
    }
}

/// A line's end offset as stored: `u32` or `usize`.
pub(crate) trait Offset: Copy + PartialEq {
    /// `n`, which the caller knows fits.
    fn new(n: usize) -> Self;
    fn get(self) -> usize;
}

impl Offset for u32 {
    fn new(n: usize) -> u32 {
        // `Records::new` picks `u32` only for inputs of at most `u32::MAX`
        // bytes: the fallback is never taken.
        u32::try_from(n).unwrap_or(u32::MAX)
    }
    fn get(self) -> usize {
        self as usize
    }
}

impl Offset for usize {
    fn new(n: usize) -> usize {
        n
    }
    fn get(self) -> usize {
        self
    }
}

/// One line: where its full span ends, its label and reason, and its flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Record<E> {
    end: E,
    label: Label,
    reason: Reason,
    flags: u8,
}

/// The lines of one input, in order; see the module docs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Records(Store);

/// The records, with ends of either width.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Store {
    /// Inputs of at most `u32::MAX` bytes.
    Narrow(Vec<Record<u32>>),
    /// Longer inputs.
    Wide(Vec<Record<usize>>),
}

/// Calls `$body` with `$v` bound to the vector of records, whichever width.
macro_rules! with_records {
    ($records:expr, $v:ident => $body:expr) => {
        match &$records.0 {
            Store::Narrow($v) => $body,
            Store::Wide($v) => $body,
        }
    };
}

impl Records {
    /// The `n` lines of `text` (`lines::count`), labeled boilerplate and
    /// blank until [`set`](Records::set) labels them, and how many of them
    /// are not empty (at least as many as are not blank once trimmed).
    pub(crate) fn new(text: &str, n: usize) -> (Records, usize) {
        Records::build(text, n, u32::try_from(text.len()).is_err())
    }

    /// [`Records::new`], with `usize` ends when `wide` (else `u32`).
    fn build(text: &str, n: usize, wide: bool) -> (Records, usize) {
        fn fill<E: Offset>(text: &str, n: usize) -> (Vec<Record<E>>, usize) {
            let mut records = Vec::with_capacity(n);
            let mut non_empty = 0;
            lines::for_each(text, |r| {
                non_empty += usize::from(r.end > r.start);
                let bom = if r.start != r.full_start { BOM } else { 0 };
                records.push(Record {
                    end: E::new(r.end + r.ending.len()),
                    label: Label::Boilerplate,
                    reason: Reason::Blank,
                    flags: ending_code(r.ending) | bom,
                });
            });
            (records, non_empty)
        }
        if wide {
            let (records, non_empty) = fill(text, n);
            (Records(Store::Wide(records)), non_empty)
        } else {
            let (records, non_empty) = fill(text, n);
            (Records(Store::Narrow(records)), non_empty)
        }
    }

    /// How many lines there are.
    pub(crate) fn len(&self) -> usize {
        with_records!(self, v => v.len())
    }

    /// Line `i`'s full start, full end, label, reason and flags.
    #[inline]
    fn raw(&self, i: usize) -> (usize, usize, Label, Reason, u8) {
        with_records!(self, v => {
            let r = v[i];
            let start = match i.checked_sub(1) {
                Some(before) => v[before].end.get(),
                None => 0,
            };
            (start, r.end.get(), r.label, r.reason, r.flags)
        })
    }

    /// The text of line `i` of `input` (the text the records were made from).
    #[inline]
    pub(crate) fn text<'a>(&self, input: &'a str, i: usize) -> &'a str {
        let (start, end, _, _, flags) = self.raw(i);
        text_between(input, start, end, flags)
    }

    /// The texts of all lines of `input` (the text the records were made
    /// from), in order: [`text`](Records::text) of each, in one walk.
    pub(crate) fn texts<'r, 'a>(&'r self, input: &'a str) -> Texts<'r, 'a> {
        match &self.0 {
            Store::Narrow(v) => Texts::Narrow(TextsOf::new(input, v)),
            Store::Wide(v) => Texts::Wide(TextsOf::new(input, v)),
        }
    }

    /// Calls `f` with every line's index and text, in order: the walk of
    /// [`texts`](Records::texts) over one width of record, without a match
    /// on the width a line.
    pub(crate) fn for_each_text<'a>(&self, input: &'a str, mut f: impl FnMut(usize, &'a str)) {
        with_records!(self, v => {
            let mut start = 0;
            for (i, r) in v.iter().enumerate() {
                let end = r.end.get();
                f(i, text_between(input, start, end, r.flags));
                start = end;
            }
        })
    }

    /// The index of the first line at or after `from` whose label `keep`
    /// accepts.
    #[inline]
    pub(crate) fn find_label(&self, from: usize, keep: impl Fn(Label) -> bool) -> Option<usize> {
        with_records!(self, v => v.get(from..)?.iter().position(|r| keep(r.label)).map(|j| from + j))
    }

    /// Line `i` of `input` (the text the records were made from).
    pub(crate) fn line<'a>(&self, input: &'a str, i: usize) -> Line<'a> {
        let (full_start, _, label, reason, flags) = self.raw(i);
        let bom = flags & BOM != 0;
        Line {
            text: self.text(input, i),
            start: full_start + bom_len(flags),
            number: i + 1,
            bom,
            ending: ending_of(flags),
            label,
            reason,
            continues: flags & CONTINUES != 0,
        }
    }

    /// Line `i`'s label.
    #[inline]
    pub(crate) fn label(&self, i: usize) -> Label {
        with_records!(self, v => v[i].label)
    }

    /// Whether line `i` continues the paragraph of the line before it.
    #[inline]
    pub(crate) fn continues(&self, i: usize) -> bool {
        with_records!(self, v => v[i].flags & CONTINUES != 0)
    }

    /// Where line `i`'s text starts and ends in the input.
    #[inline]
    pub(crate) fn span(&self, i: usize) -> std::ops::Range<usize> {
        let (start, end, _, _, flags) = self.raw(i);
        start + bom_len(flags)..end - ending_len(flags)
    }

    /// The records of the lines of `input` whose texts are `texts` (every
    /// line, in order, as [`lines::split`] gives them), labeled as
    /// [`set`](Records::set) labels them: what [`Records::new`] and `set`
    /// make, without splitting the input again. The texts tile the input with
    /// the endings between them: a line starts where the one before it ended
    /// (the first after a BOM), its text is as long as it is, and its ending
    /// is read from the input right after it.
    pub(crate) fn from_texts(
        input: &str,
        texts: &[&str],
        decided: &[(Label, Reason)],
        continues: &[bool],
    ) -> Records {
        fn fill<E: Offset>(
            input: &str,
            texts: &[&str],
            decided: &[(Label, Reason)],
            continues: &[bool],
        ) -> Vec<Record<E>> {
            let bytes = input.as_bytes();
            let mut records = Vec::with_capacity(texts.len());
            let mut start = if input.starts_with('\u{feff}') {
                '\u{feff}'.len_utf8()
            } else {
                0
            };
            let lines = texts.iter().zip(decided).zip(continues);
            for (i, ((t, &(label, reason)), &c)) in lines.enumerate() {
                let end = start + t.len();
                // A line ends at its first `\n` or `\r`, or at the input's end.
                let ending = match (bytes.get(end), bytes.get(end + 1)) {
                    (None, _) => LineEnding::None,
                    (Some(b'\n'), _) => LineEnding::Lf,
                    (_, Some(b'\n')) => LineEnding::CrLf,
                    _ => LineEnding::Cr,
                };
                let bom = if i == 0 && start != 0 { BOM } else { 0 };
                let continues = if c { CONTINUES } else { 0 };
                start = end + ending.len();
                records.push(Record {
                    end: E::new(start),
                    label,
                    reason,
                    flags: ending_code(ending) | bom | continues,
                });
            }
            records
        }
        debug_assert_eq!(texts.len(), decided.len());
        debug_assert_eq!(texts.len(), continues.len());
        if u32::try_from(input.len()).is_err() {
            Records(Store::Wide(fill(input, texts, decided, continues)))
        } else {
            Records(Store::Narrow(fill(input, texts, decided, continues)))
        }
    }

    /// Labels every line: `decided` and `continues` have an entry a line.
    pub(crate) fn set(&mut self, decided: &[(Label, Reason)], continues: &[bool]) {
        fn fill<E>(v: &mut [Record<E>], decided: &[(Label, Reason)], continues: &[bool]) {
            for ((r, &(label, reason)), &c) in v.iter_mut().zip(decided).zip(continues) {
                r.label = label;
                r.reason = reason;
                r.flags = (r.flags & !CONTINUES) | if c { CONTINUES } else { 0 };
            }
        }
        match &mut self.0 {
            Store::Narrow(v) => fill(v, decided, continues),
            Store::Wide(v) => fill(v, decided, continues),
        }
    }
}

/// The iterator of [`Records::texts`].
pub(crate) enum Texts<'r, 'a> {
    Narrow(TextsOf<'r, 'a, u32>),
    Wide(TextsOf<'r, 'a, usize>),
}

impl<'a> Iterator for Texts<'_, 'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        match self {
            Texts::Narrow(t) => t.next(),
            Texts::Wide(t) => t.next(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self {
            Texts::Narrow(t) => t.records.size_hint(),
            Texts::Wide(t) => t.records.size_hint(),
        }
    }
}

impl ExactSizeIterator for Texts<'_, '_> {}

/// [`Texts`] of one width: the end of the line before is at hand, so a text
/// takes one record's read.
pub(crate) struct TextsOf<'r, 'a, E> {
    input: &'a str,
    records: std::slice::Iter<'r, Record<E>>,
    start: usize,
}

impl<'r, 'a, E: Offset> TextsOf<'r, 'a, E> {
    fn new(input: &'a str, records: &'r [Record<E>]) -> Self {
        TextsOf {
            input,
            records: records.iter(),
            start: 0,
        }
    }

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let r = self.records.next()?;
        let (start, end) = (self.start, r.end.get());
        self.start = end;
        Some(text_between(self.input, start, end, r.flags))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The article keeps one record per input line: 8 bytes on any input
    /// shorter than 4 GiB.
    #[test]
    fn a_record_is_eight_bytes() {
        assert_eq!(std::mem::size_of::<Record<u32>>(), 8);
    }

    #[test]
    fn records_give_back_the_lines_split_gives() {
        let text = "\u{feff}one\r\ntwo\rthree\n\nfour";
        let n = lines::count(text);
        for wide in [false, true] {
            let (records, non_empty) = Records::build(text, n, wide);
            assert_eq!(matches!(records.0, Store::Wide(_)), wide);
            assert_eq!((records.len(), non_empty), (5, 4));
            check(text, &records);
        }
        assert!(matches!(Records::new(text, n).0 .0, Store::Narrow(_)));
    }

    fn check(text: &str, records: &Records) {
        let texts: Vec<&str> = records.texts(text).collect();
        assert_eq!(records.texts(text).len(), records.len());
        for (i, raw) in lines::split(text).enumerate() {
            assert_eq!(texts[i], &text[raw.start..raw.end]);
            assert_eq!(records.text(text, i), texts[i]);
            let line = records.line(text, i);
            assert_eq!(line.text(), &text[raw.start..raw.end]);
            assert_eq!(line.span(), raw.start..raw.end);
            assert_eq!(records.span(i), raw.start..raw.end);
            assert_eq!(line.full_span().start, raw.full_start);
            assert_eq!(line.ending(), raw.ending);
            assert_eq!(line.number(), i + 1);
        }
    }

    #[test]
    fn records_from_texts_are_the_records_of_the_split() {
        let reasons = [Reason::Blank, Reason::BodyText, Reason::Legal];
        for text in [
            "",
            "a",
            "a\n",
            "\n\n",
            "\u{feff}one\r\ntwo\rthree\n\nfour",
            "\u{feff}",
            "\u{feff}\n",
            "x\r",
            "x\r\r\n\ry\n\r",
            "plain\nlines\n\nonly",
        ] {
            let n = lines::count(text);
            let texts: Vec<&str> = lines::split(text).map(|l| &text[l.start..l.end]).collect();
            let decided: Vec<(Label, Reason)> = (0..n)
                .map(|i| (Label::Body, reasons[i % reasons.len()]))
                .collect();
            let continues: Vec<bool> = (0..n).map(|i| i % 2 == 1).collect();
            let (mut want, _) = Records::new(text, n);
            want.set(&decided, &continues);
            let got = Records::from_texts(text, &texts, &decided, &continues);
            assert_eq!(got, want, "{text:?}");
            check(text, &got);
        }
    }

    #[test]
    fn labels_are_set_per_line() {
        let text = "a\nb\n";
        let (mut records, _) = Records::new(text, 2);
        records.set(
            &[
                (Label::Body, Reason::BodyText),
                (Label::Byline, Reason::Legal),
            ],
            &[false, true],
        );
        let b = records.line(text, 1);
        assert_eq!(
            (b.label(), b.reason(), b.continues()),
            (Label::Byline, Reason::Legal, true)
        );
        assert_eq!(records.label(0), Label::Body);
        assert!(!records.continues(0));
    }
}
