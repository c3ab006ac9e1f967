//! `unboil` strips boilerplate from the plain text of a web article.
//!
//! Give it the text of a page — copied whole from a browser, produced by an
//! HTML-to-text tool, or already clean — and it labels every line as
//! [`Headline`](Label::Headline), [`Byline`](Label::Byline), [`Body`](Label::Body)
//! or [`Boilerplate`](Label::Boilerplate). It uses heuristics only: no model
//! weights, no network, no I/O.
//!
//! ```
//! let page = "\
//! World | Business | Sport
//! Rain Returns To The Valley After Three Dry Months
//! By Jane Doe
//! After three dry months, heavy rain fell across the valley on Sunday, and farmers said it came just in time for the harvest.
//!
//! Forecasters expect more of it this week, although the reservoirs will need a wet winter to fill up again.
//! Share this article
//! Copyright © 2025 Valley News. All rights reserved.
//! ";
//! let article = unboil::clean(page);
//! assert_eq!(article.headline(), Some("Rain Returns To The Valley After Three Dry Months"));
//! assert_eq!(article.authors(), ["Jane Doe"]);
//! assert_eq!(article.body().count(), 2);
//! for line in article.lines() {
//!     println!("{}\t{}", line.label(), line.text());
//! }
//! ```
//!
//! # Concepts
//!
//! **Lines.** A line ends at `\n`, `\r\n` or a lone `\r`. A final line ending does
//! not start an empty line (`"a\n"` is one line, `"a\n\n"` two), an empty input has
//! no lines, and a leading byte-order mark belongs to the first line's
//! [`full_span`](Line::full_span) but not to its [`text`](Line::text). Blank lines
//! are labeled [`Boilerplate`](Label::Boilerplate) with [`Reason::Blank`].
//!
//! **Spans and losslessness.** An [`Article`] keeps every input line, in order, with
//! its byte [`span`](Line::span) in the input; the full spans tile the input, so
//! nothing is ever dropped and the input can be rebuilt byte for byte. Lines borrow
//! from the input: cleaning copies no text.
//!
//! **Labels and reasons.** Each line has a [`Label`] and the [`Reason`] for it (the
//! rule that decided), so that a surprising label can be traced to its rule.
//! [`Article::explain`] adds the numbers the rule read ([`LineScores`]), recomputed on
//! demand so that a [`Line`] stays small:
//!
//! ```
//! let article = unboil::clean("Share this article\n");
//! let why = article.explain(&article.lines().get(0).unwrap());
//! assert!(why.to_string().starts_with("call-to-action: subscribe, share or sign-in prompt (18 chars < 70"));
//! ```
//!
//! **Bad input.** Any `&str` is fine: [`clean`] never panics, and every byte of the
//! input is in exactly one line. Bytes go through [`clean_bytes`], which cleans
//! UTF-8 in place and gives a [`NotUtf8Error`] (offset, line, how to go on) for
//! anything else, rather than decoding lossily behind the caller's back.
//! With the `serde` feature the public types implement `Serialize`.
//!
//! **Speed and memory.** Cleaning is linear in the input on any input, and its
//! peak extra heap, the returned [`Article`] included, stays under 48 bytes per
//! line; the article itself keeps 8 bytes a line ([`Lines`] builds each
//! [`Line`] when asked for it). With the `rayon` feature, `Cleaner::clean_batch` cleans many documents in
//! parallel. The README has the benchmark figures.
//!
//! **Features.** Every rule reads a few numbers per line: its length in characters,
//! its words, the share of stopwords (function words such as "the", "of", "which")
//! among them, whether it ends like a sentence, the share of capitalised words,
//! whether it hits a keyword lexicon (subscribe, copyright, photo credit, …), whether
//! it is an end-of-article marker ("Related", "Popular"), and how often the same line
//! occurs in the input. Word lists are data files in `data/`, compiled once.
//!
//! **Language.** Stopwords only mean something in the text's own language, so each
//! document is read with one [`Language`]'s stoplist: the one fixed by
//! [`Config::language`], else the one detected from the start of the text (scripts,
//! then stopword hits), reported by [`Article::language`]. Chinese and Japanese,
//! written without spaces, are counted by characters.
//!
//! ```
//! let text = "Der Rat hat am Montag beschlossen, die alte Brücke zu schließen, weil eine Reparatur mehr kosten würde als ein Neubau.\n";
//! assert_eq!(unboil::clean(text).language(), Some(unboil::Language::German));
//! ```
//!
//! # How the heuristics decide
//!
//! 1. *Each line alone*: blank; bad (a keyword hit, a repeated short line, an
//!    end-of-article marker, raw HTML, a teaser ending in "Read more", or a long
//!    line that does not read like prose); short (too short to judge); good (long,
//!    many stopwords) or near-good. Hard-wrapped paragraphs (plain-text mail, RFCs)
//!    are judged as a whole, not line by line.
//! 2. *Neighbours*: near-good lines are good unless boxed in by bad ones; short
//!    lines are good only between good lines (subheadings), but three or more
//!    title-like short lines in a row are a list or a menu. Captions, credits and
//!    prompts do not count as neighbours.
//! 3. *The article block*: the run of lines whose good characters most outweigh
//!    their bad ones (a maximum-sum segment) that does not cross an end-of-article
//!    marker (unless the page's own table of contents lists that section). Good
//!    lines inside it are body, and so are the tables and code between them,
//!    the subheadings between those, and a reporting credit right after the
//!    last paragraph ("Jane Doe contributed to this report.").
//!    A text with next to no evidence of page furniture is a clean article:
//!    everything from its first to its last prose line is body.
//! 4. *Headline*: the title-like line before the body sharing most words with the
//!    lead paragraphs and the page title.
//! 5. *Byline*: a line near the headline or the end of the body that begins "By …",
//!    "Author's name …", "Editor …" and the like, or a bare name with a date under
//!    the headline.
//!
//! Each stage's module (`classify`, `headline`, `byline`, `features`, `language`)
//! documents its rules and why they hold; read them in the source or with
//! `cargo doc --document-private-items`. [`Reason`] names the rule behind each
//! label.
//!
//! # Measuring
//!
//! [`eval`] reads gold files (`LABEL<TAB>line`) and scores an [`Article`] against
//! them: body precision and recall by characters, headline accuracy, byline
//! precision and recall, line accuracy. `cargo run --release --example evaluate --
//! tests/corpus/readability` prints the table for the bundled corpus.
//!
//! # Tuning
//!
//! [`Config`] holds the knobs: the length and stopword thresholds of stage 1 and
//! the search distances of the headline and byline. Build a [`Cleaner`] from it
//! once and reuse it; [`clean`] uses the defaults.
//!
//! ```
//! use unboil::{Cleaner, Config};
//! let strict = Cleaner::new(Config { stopwords_low: 0.35, stopwords_high: 0.4, ..Config::default() })?;
//! let article = strict.clean("Some text\n");
//! assert_eq!(article.lines().len(), 1);
//! # Ok::<(), unboil::ConfigError>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod article;
#[cfg(feature = "rayon")]
mod batch;
mod byline;
mod classify;
mod cleaner;
mod config;
mod dense;
pub mod eval;
mod explain;
mod features;
mod headline;
mod label;
mod language;
mod lexicon;
mod lines;
mod pickers;
mod reason;
mod records;
mod repeats;
mod sections;
#[cfg(feature = "serde")]
mod serde_impls;
mod stopwords;
mod swar;
#[cfg(test)]
mod test_documents;
mod utf8;

pub use article::{Article, Line, LineIter, Lines};
pub use cleaner::{clean, clean_bytes, Cleaner};
pub use config::{Config, ConfigBuilder, ConfigError};
pub use explain::{Explanation, LineScores};
pub use label::{Label, ParseLabelError};
pub use language::{Language, ParseLanguageError};
pub use lines::LineEnding;
pub use reason::Reason;
pub use utf8::NotUtf8Error;
