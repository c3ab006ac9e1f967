//! Property tests: the invariants of `tests/support/invariants.rs` on arbitrary
//! ASCII, arbitrary Unicode, arbitrary bytes and line-structured pages that mix
//! prose, menus, prompts, captions and blank lines with every kind of line ending.

#[path = "support/invariants.rs"]
mod invariants;

use invariants::check_all;
use proptest::prelude::*;

/// Lines a page is made of: prose paragraphs, subheadings, menus, prompts,
/// credits, markers, bylines and titles.
const PARTS: &[&str] = &[
    "The council voted on Monday to close the old bridge, which has carried traffic across the river since 1911.",
    "Repairs would have cost more than a new bridge, the council said in a statement after the vote on Monday evening.",
    "Engineers found that the steel beams under the road had rusted through in several places, and that the piers were cracked.",
    "It is not clear when the work will start, but the mayor said that she hoped it would be before the end of the year.",
    "What Happens Next",
    "Old Bridge Closes After 114 Years",
    "By Jane Doe and John Smith",
    "Home | World | Business | Sport",
    "Home",
    "Sign in",
    "Subscribe to our newsletter",
    "Share this article",
    "Photo: Reuters",
    "Copyright © 2025 Example Media. All rights reserved.",
    "Related",
    "Most popular",
    "13:45, 2 March 2025",
    "",
    "   ",
];

fn ending() -> impl Strategy<Value = &'static str> {
    prop_oneof![4 => Just("\n"), 1 => Just("\r\n"), 1 => Just("\r"), 1 => Just("\n\n")]
}

/// A page: parts and arbitrary short lines, joined by mixed endings.
fn page() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        6 => proptest::sample::select(PARTS).prop_map(str::to_owned),
        1 => "[A-Za-z ,.]{0,40}",
        1 => any::<String>().prop_map(|s| s.chars().take(30).collect()),
    ];
    (
        any::<bool>(),
        proptest::collection::vec((line, ending()), 0..40),
        any::<bool>(),
    )
        .prop_map(|(bom, lines, open_end)| {
            let mut page = String::new();
            if bom {
                page.push('\u{feff}');
            }
            for (line, end) in &lines {
                page.push_str(line);
                page.push_str(end);
            }
            if open_end {
                page.push_str(PARTS[0]);
            }
            page
        })
}

proptest! {
    #[test]
    fn ascii_strings(text in "[ -~\t\r\n]{0,400}") {
        check_all(&text, &unboil::clean(&text));
    }

    #[test]
    fn unicode_strings(text in any::<String>()) {
        check_all(&text, &unboil::clean(&text));
    }

    #[test]
    fn line_structured_pages(text in page()) {
        check_all(&text, &unboil::clean(&text));
    }

    #[test]
    fn arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        match unboil::clean_bytes(&bytes) {
            Ok(article) => check_all(article.input(), &article),
            Err(err) => {
                let std_err = std::str::from_utf8(&bytes).unwrap_err();
                prop_assert_eq!(err.valid_up_to(), std_err.valid_up_to());
                let lossy = String::from_utf8_lossy(&bytes);
                check_all(&lossy, &unboil::clean(&lossy));
            }
        }
    }
}

/// The known exception to idempotence, found by `line_structured_pages`: a body
/// line "By ..." far from the body's start (counting boilerplate lines) is body;
/// in the clean text the boilerplate is gone, the line is near the start, and the
/// byline rule takes it. Remove the `ignore` (and the exception in
/// `support/invariants.rs`) once the byline zone counts only article lines.
#[test]
#[ignore = "known: the byline zone counts boilerplate lines, so clean text can gain a byline"]
fn body_byline_line_moves_into_the_byline_zone() {
    let p = PARTS[0];
    let text = format!("{p}\n{p}\n{p}\na\n{p}\n{p}\nHome\nHome\nBy Jane Doe and John Smith\n{p}");
    let article = unboil::clean(&text);
    assert!(article.body().any(|b| b.starts_with("By Jane Doe")));
    let clean_text = article.text();
    let again = unboil::clean(&clean_text);
    assert!(again.body().any(|b| b.starts_with("By Jane Doe")));
}

/// The second known exception, found by `line_structured_pages`: "A" is a
/// subheading between two paragraphs (the repeated lines around it are skipped as
/// interruptions), but the block starts after them, so "A" is the first body
/// line; alone at the top of the clean text it has no good line above it.
#[test]
#[ignore = "known: a short body line at the edge of the block is lost when cleaned again"]
fn subheading_at_the_edge_of_the_body_is_lost() {
    let p = PARTS[0];
    let t = "Old Bridge Closes After 114 Years";
    let text = format!("{p}\nWhat Happens Next\nWhat Happens Next\n{t}\n{t}\nA\n{p}");
    let article = unboil::clean(&text);
    assert_eq!(article.body().next(), Some("A"));
    let clean_text = article.text();
    let again = unboil::clean(&clean_text);
    assert_eq!(again.body().next(), Some("A"));
}
