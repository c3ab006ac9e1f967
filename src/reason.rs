//! Why a line got its label.

use std::fmt;

/// The rule that decided a line's [`Label`](crate::Label).
///
/// Every [`Line`](crate::Line) carries one; the `classify` example prints it with
/// `--explain`. New rules add variants, so match with a wildcard arm.
///
/// ```
/// let article = unboil::clean("Copyright © 2025 Example Media. All rights reserved.");
/// assert_eq!(article.lines().get(0).unwrap().reason(), unboil::Reason::Legal);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Reason {
    /// The line is empty or only whitespace.
    Blank,
    /// A long, sentence-like line with many stopwords: article text.
    BodyText,
    /// A short or borderline line taken as body because its neighbours are body.
    Context,
    /// A line that does not read like prose (a table row, a line of code) between
    /// body lines of the article block.
    InsideArticle,
    /// The input has no sign of page furniture at all (no prompts, credits,
    /// repeated lines or end-of-article markers): it is a clean article, and every
    /// line of it that is not the headline or a byline is body.
    CleanText,
    /// A short title-like line between body paragraphs.
    Subheading,
    /// The title-like line nearest before the body, sharing words with the lead.
    TitleBeforeBody,
    /// The line matches a byline pattern ("By …", "Author's name …").
    BylinePattern,
    /// Short line with few stopwords and no sentence ending: menus, tags, teasers.
    LowTextDensity,
    /// A short or borderline line whose neighbours are boilerplate.
    BetweenBoilerplate,
    /// The same text occurs more than once in the input (captions, teaser titles).
    Repeated,
    /// Photo caption or credit ("Photo: …", "Getty Images").
    CaptionOrCredit,
    /// Subscribe, share, sign-in and similar prompts.
    CallToAction,
    /// Copyright, cookie and privacy notices.
    Legal,
    /// One of three or more adjacent short title-like lines: a menu or a list of
    /// links, not subheadings.
    ShortLineRun,
    /// Raw HTML that the renderer let through (a tracking pixel, an ad slot).
    Markup,
    /// Site navigation and furniture (sitemap, advertising, skip links).
    Navigation,
    /// A header that opens a block after the article ("Related", "Popular").
    EndOfArticleMarker,
    /// The line lies outside the main article block.
    OutsideArticle,
    /// A reporting credit right after the article's last paragraph ("Jane Doe
    /// contributed to this report."): the article's own closing line.
    ContributorCredit,
    /// A line about the article's author right after its last paragraph,
    /// opening with the name its byline gives ("Jane Doe is a staff writer.").
    AuthorNote,
    /// One of a run of language names, each in its own language ("Deutsch",
    /// "English", "中文"): a language picker.
    LanguagePicker,
}

impl Reason {
    /// A short kebab-case name, stable across releases: `body-text`, `repeated`, ….
    ///
    /// ```
    /// assert_eq!(unboil::Reason::CaptionOrCredit.as_str(), "caption-or-credit");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Blank => "blank",
            Reason::BodyText => "body-text",
            Reason::Context => "context",
            Reason::InsideArticle => "inside-article",
            Reason::CleanText => "clean-text",
            Reason::Subheading => "subheading",
            Reason::TitleBeforeBody => "title-before-body",
            Reason::BylinePattern => "byline-pattern",
            Reason::LowTextDensity => "low-text-density",
            Reason::BetweenBoilerplate => "between-boilerplate",
            Reason::Repeated => "repeated",
            Reason::CaptionOrCredit => "caption-or-credit",
            Reason::CallToAction => "call-to-action",
            Reason::Legal => "legal",
            Reason::Navigation => "navigation",
            Reason::Markup => "markup",
            Reason::ShortLineRun => "short-line-run",
            Reason::EndOfArticleMarker => "end-of-article-marker",
            Reason::OutsideArticle => "outside-article",
            Reason::ContributorCredit => "contributor-credit",
            Reason::AuthorNote => "author-note",
            Reason::LanguagePicker => "language-picker",
        }
    }
}

impl Reason {
    /// What the reason means, in a few words for people reading an explanation.
    ///
    /// ```
    /// assert_eq!(unboil::Reason::Legal.description(), "copyright, cookie or privacy notice");
    /// ```
    pub fn description(self) -> &'static str {
        match self {
            Reason::Blank => "empty or only whitespace",
            Reason::BodyText => "reads like prose",
            Reason::Context => "too short to judge alone, between body paragraphs",
            Reason::Subheading => "title-like line between body paragraphs",
            Reason::InsideArticle => {
                "not prose (a table row, a line of code), but between body lines of the article"
            }
            Reason::CleanText => "the input has no page furniture: a clean article, all body",
            Reason::ShortLineRun => {
                "one of three or more short title-like lines in a row: a list or menu"
            }
            Reason::Markup => "raw HTML that a renderer let through",
            Reason::TitleBeforeBody => {
                "title-like line before the body, sharing words with the lead"
            }
            Reason::BylinePattern => "starts like a byline (\"By ...\", \"Author ...\")",
            Reason::LowTextDensity => "few words or stopwords: a menu, tag or teaser, not prose",
            Reason::BetweenBoilerplate => "undecided alone, and its neighbours are boilerplate",
            Reason::Repeated => "the same text occurs elsewhere in the input",
            Reason::CaptionOrCredit => "photo caption or credit",
            Reason::CallToAction => "subscribe, share or sign-in prompt",
            Reason::Legal => "copyright, cookie or privacy notice",
            Reason::Navigation => "site navigation or page furniture",
            Reason::EndOfArticleMarker => {
                "opens a list after the article (\"Related\", \"Popular\")"
            }
            Reason::OutsideArticle => "reads like prose, but lies outside the main article block",
            Reason::ContributorCredit => {
                "a reporting credit right after the article's text (\"... contributed to this report\")"
            }
            Reason::AuthorNote => {
                "a note on the byline's author right after the article's text (\"Jane Doe is ...\")"
            }
            Reason::LanguagePicker => {
                "one of a run of language names (\"Deutsch\", \"English\", \"Español\"): a language picker"
            }
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
