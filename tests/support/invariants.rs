//! The invariants every [`Article`] must hold, whatever the input. Shared by the
//! property tests (`tests/properties.rs`), the bad-input tests
//! (`tests/bad_input.rs`) and the fuzz target (`fuzz/fuzz_targets/clean_bytes.rs`),
//! which include this file with `#[path]`.

use unboil::{Article, Label};

/// How many lines `input` has, counted independently of the library: every `\n`,
/// every `\r` not followed by `\n`, and a last line without an ending.
pub fn expected_line_count(input: &str) -> usize {
    let bytes = input.as_bytes();
    let mut endings = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            endings += 1;
        }
    }
    let open_last = !input.is_empty() && !input.ends_with(['\n', '\r']);
    endings + usize::from(open_last)
}

/// Checks the structural invariants of `article`, cleaned from `input`: one line
/// per input line, numbered in order; full spans in order, disjoint and covering
/// the input exactly; each text is its span and holds no line break; at most one
/// headline; labeled lines are lines of the input.
pub fn check_structure(input: &str, article: &Article<'_>) {
    assert_eq!(article.input(), input, "article keeps its input");
    let lines = article.lines();
    assert_eq!(
        lines.len(),
        expected_line_count(input),
        "one line per input line"
    );
    let mut pos = 0;
    let mut rebuilt = String::with_capacity(input.len());
    for (i, line) in lines.iter().enumerate() {
        assert_eq!(line.number(), i + 1, "lines are numbered from 1 in order");
        let full = line.full_span();
        let span = line.span();
        assert_eq!(full.start, pos, "line {}: full spans are contiguous", i + 1);
        assert!(
            full.start <= span.start && span.end <= full.end,
            "line {}: span {span:?} inside full span {full:?}",
            i + 1
        );
        assert_eq!(
            &input[span.clone()],
            line.text(),
            "line {}: text is its span",
            i + 1
        );
        assert!(
            !line.text().contains(['\n', '\r']),
            "line {}: text holds no line break",
            i + 1
        );
        assert_eq!(
            &input[span.end..full.end],
            line.ending().as_str(),
            "line {}: ending follows the text",
            i + 1
        );
        if span.start != full.start {
            assert_eq!(i, 0, "only the first line may carry a byte-order mark");
            assert_eq!(&input[full.start..span.start], "\u{feff}");
        }
        rebuilt.push_str(&input[full.clone()]);
        pos = full.end;
    }
    assert_eq!(pos, input.len(), "full spans cover the input");
    assert_eq!(rebuilt, input, "re-joining the lines gives the input");
    assert!(
        article.lines_with(Label::Headline).count() <= 1,
        "at most one headline line"
    );
    for line in lines.iter().filter(|l| l.label() != Label::Boilerplate) {
        assert!(
            !line.is_blank(),
            "line {}: a {} line is not blank",
            line.number(),
            line.label()
        );
    }
}

/// See [`check_all`]: how many non-blank lines at the top of a clean text (and
/// kept lines under its headline) make its header.
const HEADER_LINES: usize = 8;

/// [`check_structure`], plus determinism (cleaning again gives the same article),
/// idempotence on clean text and that every line can be explained.
///
/// Idempotence: `article.text()` holds the headline, byline lines and body
/// paragraphs in order, one blank line between them; cleaning it again keeps
/// every body paragraph as body, whole and in place, and finds the same
/// headline. Byline lines are not checked (one whose evidence, a date line or
/// a prefix, was in the page's boilerplate may come back as body).
///
/// Two exceptions are left. The first is a rule that reads what the clean
/// text no longer has: the headline search reads the page's `<title>` line and copies of the
/// title, body lines above the headline and the lines between a title and its
/// byline, so the clean text may take another title-like line for its headline, or none. Then the
/// page's headline line may come back with any label, and a body paragraph
/// may become the new headline, with the lines above it
/// (`Reason::OutsideArticle`) and the other lines of the clean text's header
/// taking other labels: its first eight non-blank lines, and the first eight
/// lines it keeps under its new headline (the byline zone moves with the
/// headline). A headline with a separator ("Title - Site") is the common case:
/// it opens the clean text and reads as an HTML-to-text tool's `<title>` line,
/// which is never the headline (the corpus page `title-en-dash` is exactly
/// such a text, and its gold has no headline), unless a byline or a date
/// stands right under it. The page reads such a headline the same way when it
/// names a heading further down (`heading_named_by` in `src/headline.rs`;
/// `name_copy_far_below_the_header` in `tests/fuzz_regressions.rs`), and a
/// title long enough to read as prose still opens its clean text as the
/// headline; a title that is no more than a `<title>` line over the text is
/// inherently ambiguous. When the clean text's new headline is a body
/// paragraph, that paragraph's copies anywhere in the text are the title
/// printed again to the clean text (a page drops its title's copies outside
/// its prose): they may become `Reason::Repeated` boilerplate, as the copies
/// of the page's own headline were on the page. The paragraph itself is then
/// the headline, so no text is lost (`separator_headline_passed_over_by_the_clean_text`
/// in `tests/fuzz_regressions.rs`: a garbled page whose headline has a " :: "
/// separator, and its clean text that takes the next line, printed four
/// times, for its headline). Every other body paragraph must stay body.
///
/// A second exception, for the language, is narrow now: the page is cleaned
/// again in the language its article's text names (none included) until the
/// two agree, so the clean text, whose detection reads that same text, starts
/// in the page's language (`language_flips_in_the_clean_texts_own_cleaning`
/// in `tests/fuzz_regressions.rs`). It can still end in another when the
/// detection is on the margin: a clean text of a few lines whose counts a
/// line tips (its own cleaning drops or keeps a line, or the rounds run out,
/// and it names a language, or none, by a hit or two), as in
/// `language_on_the_margin`. Its lines may then take other labels.
///
/// The byline exception of earlier versions is gone: a bare
/// name and its evidence are read among the lines the clean text keeps too (a
/// caption between a name and a date no longer hides the date on the page
/// only), and a number alone ("Part 5", "/by/4.0/") is no date.
pub fn check_all(input: &str, article: &Article<'_>) {
    check_structure(input, article);
    assert_eq!(&unboil::clean(input), article, "clean is deterministic");
    for (line, why) in article.explanations() {
        assert_eq!((why.label(), why.reason()), (line.label(), line.reason()));
    }
    let text = article.text();
    let again = unboil::clean(&text);
    check_structure(&text, &again);
    // The parts of the clean text, as groups of lines: a body line that
    // continues the one before it (a hard-wrapped paragraph) joins its group.
    let mut parts: Vec<Vec<&unboil::Line<'_>>> = Vec::new();
    let lines = article.lines().to_vec();
    for (i, line) in lines.iter().enumerate() {
        if line.label() == Label::Boilerplate {
            continue;
        }
        let joins = line.label() == Label::Body
            && line.continues()
            && i > 0
            && lines[i - 1].label() == Label::Body;
        match parts.last_mut() {
            Some(group) if joins => group.push(line),
            _ => parts.push(vec![line]),
        }
    }
    let body_parts = parts.iter().filter(|g| g[0].label() == Label::Body).count();
    assert_eq!(
        body_parts,
        article.body().count(),
        "body() gives one paragraph per group of continued body lines"
    );
    if body_parts == 0 {
        assert_eq!(text, "", "no body, no clean text");
        return;
    }
    let trimmed = |t: &str| {
        t.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
            .to_owned()
    };
    // The exceptions: the clean text found another headline, or none; it was
    // read in another language.
    let headline_moved = again.headline() != article.headline();
    // Both are read in the language the clean text names (the page is cleaned
    // again in its article's language until the two agree), except when that
    // detection is on the margin (exception 2).
    let same_language = again.language() == article.language();
    // Where the clean text's header ends: after its first eight non-blank
    // lines, and after the first eight lines it keeps under its headline.
    let lines_again = again.lines().to_vec();
    let top = lines_again
        .iter()
        .filter(|l| !l.is_blank())
        .nth(HEADER_LINES)
        .map_or(usize::MAX, |l| l.number());
    let from = lines_again
        .iter()
        .position(|l| l.label() == Label::Headline)
        .map_or(0, |h| h + 1);
    let under_headline = lines_again[from..]
        .iter()
        .filter(|l| l.label() != Label::Boilerplate)
        .nth(HEADER_LINES)
        .map_or(usize::MAX, |l| l.number());
    let header_end = top.max(under_headline);
    // The clean text's headline, when it moved: its copies may be dropped as
    // the title printed again (exception 1).
    let new_headline = again.headline().filter(|_| headline_moved).map(trimmed);
    let copy_of_new_headline = |line: &unboil::Line<'_>| {
        line.reason() == unboil::Reason::Repeated
            && new_headline.as_deref() == Some(trimmed(line.text()).as_str())
    };
    let mut pos = 0;
    for (k, group) in parts.iter().enumerate() {
        let again_lines = &lines_again[pos..pos + group.len()];
        pos += group.len() + 1;
        let first = group[0];
        let last = group[group.len() - 1];
        let part = trimmed(&input[first.span().start..last.span().end]);
        let rebuilt = &text[again_lines[0].span().start..again_lines[group.len() - 1].span().end];
        assert_eq!(
            trimmed(rebuilt),
            part,
            "part {k} stands where text() put it"
        );
        for line in again_lines {
            let kept = match first.label() {
                Label::Body => {
                    line.label() == Label::Body
                        || (headline_moved
                            && (line.label() == Label::Headline
                                || line.reason() == unboil::Reason::OutsideArticle
                                || line.number() < header_end
                                || copy_of_new_headline(line)))
                }
                Label::Byline => true,
                _ => line.label() == Label::Headline || headline_moved,
            };
            assert!(
                kept || !same_language,
                "cleaning the clean text keeps the article: {:?} ({}) became {} ({})\n{text}",
                line.text(),
                first.label(),
                line.label(),
                line.reason()
            );
        }
    }
}
