//! The four labels a line can get.

use std::fmt;
use std::str::FromStr;

/// What a line of the input is.
///
/// The names (see [`Label::as_str`]) are the ones the `classify` example prints and
/// the corpus TSV files use; [`Display`](fmt::Display) and [`FromStr`] round-trip them.
///
/// ```
/// use unboil::Label;
/// assert_eq!(Label::Body.as_str(), "body");
/// assert_eq!("byline".parse::<Label>(), Ok(Label::Byline));
/// assert_eq!(Label::Headline.to_string(), "headline");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Label {
    /// The article's title line.
    Headline,
    /// A line crediting the author(s) or editor(s) ("By Jane Doe").
    Byline,
    /// Text of the article itself: paragraphs and the subheadings between them.
    Body,
    /// Everything else: navigation, captions, credits, teasers, prompts, footers,
    /// and blank lines.
    Boilerplate,
}

impl Label {
    /// Every label, in declaration order.
    ///
    /// ```
    /// assert_eq!(unboil::Label::ALL.len(), 4);
    /// ```
    pub const ALL: [Label; 4] = [
        Label::Headline,
        Label::Byline,
        Label::Body,
        Label::Boilerplate,
    ];

    /// The label's name: `headline`, `byline`, `body` or `boilerplate`.
    ///
    /// ```
    /// assert_eq!(unboil::Label::Boilerplate.as_str(), "boilerplate");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Headline => "headline",
            Label::Byline => "byline",
            Label::Body => "body",
            Label::Boilerplate => "boilerplate",
        }
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error [`Label::from_str`] gives for a name that is not a label.
///
/// ```
/// let err = "footer".parse::<unboil::Label>().unwrap_err();
/// assert!(err.to_string().contains("footer"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown label {0:?}: expected one of headline, byline, body, boilerplate")]
pub struct ParseLabelError(pub String);

impl FromStr for Label {
    type Err = ParseLabelError;

    /// Parses a label name exactly as [`Label::as_str`] writes it.
    fn from_str(s: &str) -> Result<Label, ParseLabelError> {
        Label::ALL
            .into_iter()
            .find(|l| l.as_str() == s)
            .ok_or_else(|| ParseLabelError(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for label in Label::ALL {
            assert_eq!(label.to_string().parse::<Label>(), Ok(label));
        }
    }

    #[test]
    fn unknown_names_are_errors() {
        assert!("Body".parse::<Label>().is_err());
        assert!("".parse::<Label>().is_err());
    }
}
