//! Input that arrives as bytes: [`clean_bytes`](crate::clean_bytes) and its error.
//!
//! Why an error and not a lossy decode: an [`Article`](crate::Article) promises that
//! its lines' spans index the caller's input and rebuild it byte for byte. A lossy
//! decode would replace bad bytes with `U+FFFD` (three bytes each) and give spans
//! into a buffer the caller never had, so `clean_bytes` accepts UTF-8 exactly as it
//! is — without copying it — and otherwise says where the first bad byte is. A caller
//! who prefers to go on anyway decides that in one line, and keeps the count of
//! replaced bytes if it matters:
//!
//! ```
//! let bytes = b"Caf\xe9 Menu\nThe caf\xe9 opened on Monday.\n";
//! let article = match unboil::clean_bytes(bytes) {
//!     Ok(article) => article.lines().len(),
//!     Err(err) => {
//!         assert_eq!(err.valid_up_to(), 3);
//!         let text = String::from_utf8_lossy(bytes); // each bad byte becomes U+FFFD
//!         unboil::clean(&text).lines().len()
//!     }
//! };
//! assert_eq!(article, 2);
//! ```

use std::fmt;

use crate::lines;

/// The error [`clean_bytes`](crate::clean_bytes) gives for input that is not UTF-8.
///
/// It tells where the first invalid byte is (byte offset and line number) so the
/// input can be fixed, and its message says how: decode or transcode first, then
/// call [`clean`](crate::clean).
///
/// Why an error and not a silent lossy decode: an [`Article`](crate::Article)'s
/// spans index the caller's input and rebuild it byte for byte. A lossy decode
/// would replace each bad byte with `U+FFFD` (three bytes) and give spans into a
/// buffer the caller never had. Valid input is cleaned in place, without a copy.
///
/// ```
/// let err = unboil::clean_bytes(b"one\ntw\xffo\n").unwrap_err();
/// assert_eq!(err.valid_up_to(), 6);
/// assert_eq!(err.line(), 2);
/// assert_eq!(err.invalid_bytes(), Some(&[0xff][..]));
/// assert!(err.to_string().contains("from_utf8_lossy"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotUtf8Error {
    valid_up_to: usize,
    line: usize,
    invalid: Option<Vec<u8>>,
    source: std::str::Utf8Error,
}

impl NotUtf8Error {
    pub(crate) fn new(bytes: &[u8], source: std::str::Utf8Error) -> NotUtf8Error {
        let valid_up_to = source.valid_up_to();
        // The prefix is valid UTF-8 by definition of `valid_up_to`.
        let prefix = std::str::from_utf8(&bytes[..valid_up_to]).unwrap_or_default();
        let complete = lines::split(prefix)
            .filter(|l| l.ending != crate::LineEnding::None)
            .count();
        let invalid = source
            .error_len()
            .map(|n| bytes[valid_up_to..valid_up_to + n].to_vec());
        NotUtf8Error {
            valid_up_to,
            line: complete + 1,
            invalid,
            source,
        }
    }

    /// How many bytes at the start of the input are valid UTF-8: the offset of the
    /// first bad byte.
    ///
    /// ```
    /// assert_eq!(unboil::clean_bytes(b"\xc3").unwrap_err().valid_up_to(), 0);
    /// ```
    pub fn valid_up_to(&self) -> usize {
        self.valid_up_to
    }

    /// The line (counting from 1, as [`Line::number`](crate::Line::number) does) that
    /// holds the first bad byte.
    ///
    /// ```
    /// assert_eq!(unboil::clean_bytes(b"a\r\nb\r\xfe").unwrap_err().line(), 3);
    /// ```
    pub fn line(&self) -> usize {
        self.line
    }

    /// The bytes of the first invalid sequence, or `None` when the input ends in
    /// the middle of a character (a truncated file).
    ///
    /// ```
    /// let truncated = "é".as_bytes()[..1].to_vec();
    /// assert_eq!(unboil::clean_bytes(&truncated).unwrap_err().invalid_bytes(), None);
    /// ```
    pub fn invalid_bytes(&self) -> Option<&[u8]> {
        self.invalid.as_deref()
    }
}

impl fmt::Display for NotUtf8Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "input is not UTF-8: ")?;
        match &self.invalid {
            Some(bytes) => {
                write!(f, "invalid byte sequence")?;
                for b in bytes {
                    write!(f, " {b:#04x}")?;
                }
            }
            None => write!(f, "truncated character")?,
        }
        write!(
            f,
            " at byte {} (line {}); decode it first (String::from_utf8_lossy replaces \
             bad bytes with U+FFFD; a page in another charset needs transcoding) and \
             call clean on the text",
            self.valid_up_to, self.line
        )
    }
}

impl std::error::Error for NotUtf8Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(bytes: &[u8]) -> NotUtf8Error {
        let source = std::str::from_utf8(bytes).unwrap_err();
        NotUtf8Error::new(bytes, source)
    }

    #[test]
    fn line_counts_every_ending() {
        assert_eq!(err(b"\xff").line(), 1);
        assert_eq!(err(b"a\n\xff").line(), 2);
        assert_eq!(err(b"a\r\n\r\nb\rc\xff").line(), 4);
        assert_eq!(err(b"\xef\xbb\xbfa\xff").line(), 1);
    }

    #[test]
    fn message_names_offset_line_and_fix() {
        let e = err(b"ab\ncd\x80");
        assert_eq!(
            e.to_string(),
            "input is not UTF-8: invalid byte sequence 0x80 at byte 5 (line 2); decode it \
             first (String::from_utf8_lossy replaces bad bytes with U+FFFD; a page in \
             another charset needs transcoding) and call clean on the text"
        );
        let e = err(b"ab\xe2\x82");
        assert!(e
            .to_string()
            .contains("truncated character at byte 2 (line 1)"));
    }
}
