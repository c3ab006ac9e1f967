//! Splitting the input into lines, losslessly.
//!
//! A line ends at `\n`, at `\r\n` or at a lone `\r`; the ending belongs to the line
//! it ends. A final ending ends the last line and does not start an empty one, so
//! `"a\n"` is one line and `"a\n\n"` is two (the second one empty). An empty input
//! has no lines. A leading UTF-8 byte-order mark (`U+FEFF`) belongs to the first
//! line's [`full span`](crate::Line::full_span) but not to its text.
//!
//! Together the full spans of the lines tile the input: every byte belongs to
//! exactly one line, which is what makes an [`Article`](crate::Article) lossless.

use crate::swar::{first_flagged, load8, splat, zero_bytes};

/// How a line ended in the input.
///
/// ```
/// let article = unboil::clean("one\r\ntwo\rthree\nfour");
/// let endings: Vec<_> = article.lines().iter().map(|l| l.ending()).collect();
/// use unboil::LineEnding::*;
/// assert_eq!(endings, [CrLf, Cr, Lf, None]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LineEnding {
    /// The last line of an input that does not end with a line ending.
    None,
    /// `\n`
    Lf,
    /// `\r\n`
    CrLf,
    /// A lone `\r` (old Mac OS).
    Cr,
}

impl LineEnding {
    /// The ending's bytes: `""`, `"\n"`, `"\r\n"` or `"\r"`.
    ///
    /// ```
    /// assert_eq!(unboil::LineEnding::CrLf.as_str(), "\r\n");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            LineEnding::None => "",
            LineEnding::Lf => "\n",
            LineEnding::CrLf => "\r\n",
            LineEnding::Cr => "\r",
        }
    }

    /// The ending's length in bytes (0, 1 or 2).
    ///
    /// ```
    /// assert_eq!(unboil::LineEnding::Lf.len(), 1);
    /// ```
    #[allow(clippy::len_without_is_empty)]
    pub fn len(self) -> usize {
        self.as_str().len()
    }
}

/// One line as found by [`split`]: byte offsets into the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawLine {
    /// Where the line's bytes start, BOM included (the start of its full span).
    pub full_start: usize,
    /// Where the line's text starts (after a leading BOM on the first line).
    pub start: usize,
    /// Where the line's text ends (where its ending starts).
    pub end: usize,
    /// The ending that follows the text.
    pub ending: LineEnding,
}

impl Default for RawLine {
    /// An empty line at the input's start, without an ending.
    fn default() -> RawLine {
        RawLine {
            full_start: 0,
            start: 0,
            end: 0,
            ending: LineEnding::None,
        }
    }
}

const BOM: &str = "\u{feff}";

/// Whether a byte at a line's end is plain ASCII that no trim removes: then the
/// character there is that byte, and neither whitespace nor U+FEFF.
#[inline]
fn plain_end(b: u8) -> bool {
    b.is_ascii() && !b.is_ascii_whitespace() && b != 0x0b
}

/// Whether `text` is empty or needs no trimming at either end.
#[inline]
fn trimmed(text: &str) -> bool {
    match (text.as_bytes().first(), text.as_bytes().last()) {
        (Some(&first), Some(&last)) => plain_end(first) && plain_end(last),
        // An empty line (a third of a typical page) needs no decoding either.
        _ => true,
    }
}

/// `text.trim()`, returned at once when the first and last bytes are ASCII
/// and not whitespace (then so are the first and last characters): most lines
/// need no trimming, and `str::trim` decodes a character at each end.
#[inline]
pub(crate) fn trim(text: &str) -> &str {
    if trimmed(text) {
        text
    } else {
        text.trim()
    }
}

/// [`trim`] that also removes U+FEFF at either end: the character is invisible
/// (a byte-order mark where a text starts, which is where `Article::text` may
/// put one), and `Article::body` trims it too.
#[inline]
pub(crate) fn trim_invisible(text: &str) -> &str {
    if trimmed(text) {
        text
    } else {
        text.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
    }
}

/// Bytes looked at one by one before a line end is searched with `memchr2`:
/// its vector loop has a fixed cost per call that dominates on short lines (a
/// page of blank lines or one-word lines), while a plain loop finds a near end
/// in a few instructions.
const SCALAR_PREFIX: usize = 16;

/// The index of the first `\n` or `\r` in `bytes`.
#[inline]
fn find_line_end(bytes: &[u8]) -> Option<usize> {
    let head = &bytes[..bytes.len().min(SCALAR_PREFIX)];
    if let Some(i) = head.iter().position(|&b| b == b'\n' || b == b'\r') {
        return Some(i);
    }
    memchr::memchr2(b'\n', b'\r', &bytes[head.len()..]).map(|i| i + head.len())
}

/// Bytes searched for `\n` eight at a time, in plain integer arithmetic,
/// before [`find_lf`] calls `memchr`: most lines end within them, and the
/// vector loop's set-up would cost more than the whole search.
const WORD_PREFIX: usize = 64;

/// The index of the first `\n` in `bytes`, for input known to hold no `\r`.
#[inline(always)]
fn find_lf(bytes: &[u8]) -> Option<usize> {
    // An empty line (a third of a typical page) ends at once.
    if bytes.first() == Some(&b'\n') {
        return Some(0);
    }
    // A zero byte of `x` is a `\n`; the lowest flagged byte is always a
    // true one (a false flag can only follow a true one).
    let newlines = |chunk: &[u8]| zero_bytes(load8(chunk) ^ splat(b'\n'));
    // The first eight bytes alone (a short line ends within them), then
    // sixteen bytes a step, with one test for both words.
    if let Some(chunk) = bytes.get(..8) {
        let found = newlines(chunk);
        if found != 0 {
            return Some(first_flagged(found));
        }
    }
    let mut i = if bytes.len() >= 8 { 8 } else { 0 };
    while i < WORD_PREFIX && i + 16 <= bytes.len() {
        let (low, high) = (newlines(&bytes[i..i + 8]), newlines(&bytes[i + 8..i + 16]));
        if low | high != 0 {
            let at = if low != 0 {
                first_flagged(low)
            } else {
                8 + first_flagged(high)
            };
            return Some(i + at);
        }
        i += 16;
    }
    while i < WORD_PREFIX {
        let Some(chunk) = bytes.get(i..i + 8) else {
            return bytes[i..].iter().position(|&b| b == b'\n').map(|j| i + j);
        };
        let found = newlines(chunk);
        if found != 0 {
            return Some(i + first_flagged(found));
        }
        i += 8;
    }
    memchr::memchr(b'\n', &bytes[i..]).map(|j| i + j)
}

/// Splits `text` into lines; see the module docs for the rules.
///
/// Most inputs have no `\r`: one search for it up front (a vector loop over
/// the whole input, far cheaper than a line) lets every line end be searched
/// for `\n` alone.
pub(crate) fn split(text: &str) -> Splitter<'_> {
    Splitter {
        bytes: text.as_bytes(),
        pos: 0,
        bom: if text.starts_with(BOM) { BOM.len() } else { 0 },
        cr: memchr::memchr(b'\r', text.as_bytes()).is_some(),
    }
}

/// How many lines [`split`] yields, without splitting: with no `\r` in the
/// input, the number of `\n` plus one for a last line without an ending.
pub(crate) fn count(text: &str) -> usize {
    let bytes = text.as_bytes();
    if memchr::memchr(b'\r', bytes).is_some() {
        return split(text).count();
    }
    memchr::memchr_iter(b'\n', bytes).count()
        + usize::from(bytes.last().is_some_and(|&b| b != b'\n'))
}

/// Calls `f` with every line [`split`] yields, in order: the same lines, with
/// a faster loop for the common input without `\r`, where every line but the
/// last ends with `\n` and only the first may start with a BOM. The line
/// records ([`crate::records`]) and the texts the headline search reads are
/// built with it.
pub(crate) fn for_each(text: &str, mut f: impl FnMut(RawLine)) {
    let bytes = text.as_bytes();
    if memchr::memchr(b'\r', bytes).is_some() {
        split(text).for_each(f);
        return;
    }
    let mut full_start = 0;
    let mut start = if text.starts_with(BOM) { BOM.len() } else { 0 };
    while full_start < bytes.len() {
        match find_lf(&bytes[start..]) {
            Some(i) => {
                let end = start + i;
                f(RawLine {
                    full_start,
                    start,
                    end,
                    ending: LineEnding::Lf,
                });
                full_start = end + 1;
                start = full_start;
            }
            None => {
                f(RawLine {
                    full_start,
                    start,
                    end: bytes.len(),
                    ending: LineEnding::None,
                });
                break;
            }
        }
    }
}

/// Iterator returned by [`split`].
pub(crate) struct Splitter<'a> {
    bytes: &'a [u8],
    pos: usize,
    bom: usize,
    /// Whether the input has a `\r` anywhere.
    cr: bool,
}

impl Iterator for Splitter<'_> {
    type Item = RawLine;

    #[inline(always)]
    fn next(&mut self) -> Option<RawLine> {
        let full_start = self.pos;
        if full_start >= self.bytes.len() {
            return None;
        }
        let start = full_start + std::mem::take(&mut self.bom);
        let rest = &self.bytes[start..];
        let found = if self.cr {
            find_line_end(rest)
        } else {
            find_lf(rest)
        };
        let (end, ending) = match found {
            None => (self.bytes.len(), LineEnding::None),
            Some(i) => {
                let end = start + i;
                if rest[i] == b'\n' {
                    (end, LineEnding::Lf)
                } else if rest.get(i + 1) == Some(&b'\n') {
                    (end, LineEnding::CrLf)
                } else {
                    (end, LineEnding::Cr)
                }
            }
        };
        self.pos = end + ending.len();
        Some(RawLine {
            full_start,
            start,
            end,
            ending,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str) -> Vec<(&str, LineEnding)> {
        split(text)
            .map(|l| (&text[l.start..l.end], l.ending))
            .collect()
    }

    #[test]
    fn empty_input_has_no_lines() {
        assert!(parts("").is_empty());
    }

    #[test]
    fn final_newline_ends_the_last_line() {
        assert_eq!(parts("a\n"), [("a", LineEnding::Lf)]);
        assert_eq!(
            parts("a\n\n"),
            [("a", LineEnding::Lf), ("", LineEnding::Lf)]
        );
        assert_eq!(parts("a"), [("a", LineEnding::None)]);
    }

    #[test]
    fn all_three_endings() {
        assert_eq!(
            parts("a\r\nb\rc\nd"),
            [
                ("a", LineEnding::CrLf),
                ("b", LineEnding::Cr),
                ("c", LineEnding::Lf),
                ("d", LineEnding::None)
            ]
        );
        assert_eq!(
            parts("\r\r\n"),
            [("", LineEnding::Cr), ("", LineEnding::CrLf)]
        );
    }

    #[test]
    fn bom_is_outside_the_text_but_inside_the_span() {
        let text = "\u{feff}Title\nBody";
        let lines: Vec<_> = split(text).collect();
        assert_eq!(lines[0].full_start, 0);
        assert_eq!(&text[lines[0].start..lines[0].end], "Title");
        assert_eq!(parts("\u{feff}"), [("", LineEnding::None)]);
    }

    #[test]
    fn trim_is_str_trim() {
        for t in [
            "",
            " ",
            "a",
            " a ",
            "a\u{a0}",
            "\u{2003}a",
            "\x0ba\x0b",
            "a b",
            "é",
            "\u{85}x",
        ] {
            assert_eq!(trim(t), t.trim(), "{t:?}");
            assert_eq!(trim_invisible(t), t.trim(), "{t:?}");
        }
        for t in ["\u{feff}a", "a\u{feff}", " \u{feff} a \u{feff}"] {
            assert_eq!(trim_invisible(t), "a", "{t:?}");
            assert_ne!(trim(t), "a", "{t:?}");
        }
    }

    #[test]
    fn line_ends_near_and_far() {
        for n in [1, 15, 16, 17, 40] {
            let line = "x".repeat(n);
            assert_eq!(
                parts(&format!("{line}\r\n{line}")),
                [(&*line, LineEnding::CrLf), (&*line, LineEnding::None)]
            );
            assert_eq!(find_line_end(line.as_bytes()), None);
        }
    }

    #[test]
    fn find_lf_finds_the_first_newline_anywhere() {
        for len in 0..150 {
            for at in (0..len).chain([len]) {
                let mut bytes = vec![b'x'; len];
                // Bytes that differ from `\n` by one bit, before and after it.
                for (i, b) in bytes.iter_mut().enumerate() {
                    *b = [b'x', 0x0b, 0x08, 0x8a][i % 4];
                }
                if at < len {
                    bytes[at] = b'\n';
                    if at + 1 < len {
                        bytes[at + 1] = b'\n';
                    }
                }
                let want = bytes.iter().position(|&b| b == b'\n');
                assert_eq!(find_lf(&bytes), want, "{len} {at}");
            }
        }
    }

    #[test]
    fn count_and_for_each_agree_with_split() {
        for text in [
            "",
            "a",
            "a\n",
            "\n",
            "\n\n",
            "a\nb",
            "a\n\nb",
            "\n\n\na",
            "\u{feff}",
            "\u{feff}\n",
            "\u{feff}a\nb\n",
            "\r",
            "a\r\nb\rc\n",
            "\n\r",
            "é\nxyzxyzxyzxyzxyzxyzxyzxyz\n\n",
            "  \n\t\r\nx \n\u{a0}",
        ] {
            let split: Vec<_> = split(text).collect();
            assert_eq!(count(text), split.len(), "{text:?}");
            let mut lines = Vec::new();
            for_each(text, |l| lines.push(l));
            assert_eq!(lines, split, "{text:?}");
        }
    }

    #[test]
    fn full_spans_tile_the_input() {
        let text = "\u{feff}x\r\n\ry\n\nz";
        let mut pos = 0;
        for l in split(text) {
            assert_eq!(l.full_start, pos);
            pos = l.end + l.ending.len();
        }
        assert_eq!(pos, text.len());
    }
}
