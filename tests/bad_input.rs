//! Bad input: every case must give a defined result — no panic, no hang, no lost
//! byte. Each case also runs the shared invariants (`tests/support/invariants.rs`).

#[path = "support/invariants.rs"]
mod invariants;

use invariants::{check_all, check_structure};
use unboil::{clean, clean_bytes, Label, LineEnding, Reason};

const PROSE: &str = "The council voted on Monday to close the old bridge, which has carried \
    traffic across the river since 1911, because repairs would cost more than a new one.";

fn labels(text: &str) -> Vec<Label> {
    clean(text).lines().iter().map(|l| l.label()).collect()
}

#[test]
fn empty_text_has_no_lines() {
    let article = clean("");
    check_all("", &article);
    assert!(article.lines().is_empty());
    assert_eq!(article.headline(), None);
    assert_eq!(article.text(), "");
}

#[test]
fn only_whitespace_is_blank_boilerplate() {
    let text = " \t \n\n\u{a0}\u{3000}\r\n   ";
    let article = clean(text);
    check_all(text, &article);
    assert_eq!(article.lines().len(), 4);
    assert!(article
        .lines()
        .iter()
        .all(|l| l.is_blank() && l.reason() == Reason::Blank));
    assert_eq!(article.text(), "");
}

#[test]
fn nul_and_control_characters_are_kept() {
    let text = format!("\0\0\0\n\u{1}\u{7}\u{8}\u{1b}[31m\u{7f}\n{PROSE}\u{0}\n\u{c}\u{b}\n");
    let article = clean(&text);
    check_all(&text, &article);
    assert_eq!(article.lines().len(), 4);
    assert_eq!(
        article.lines().get(2).unwrap().text(),
        format!("{PROSE}\u{0}")
    );
    assert_eq!(article.lines().get(2).unwrap().label(), Label::Body);
}

#[test]
fn ten_megabyte_line_without_newline() {
    // 10 MB on one line with no space: one line, boilerplate, nothing lost.
    let blob = "x".repeat(10 * 1024 * 1024);
    let article = clean(&blob);
    check_structure(&blob, &article);
    assert_eq!(article.lines().get(0).unwrap().ending(), LineEnding::None);
    assert_eq!(labels(&blob), [Label::Boilerplate]);

    // A 1 MB paragraph of prose on one line is body. (Kept at 1 MB so that the
    // debug-build test stays around a second: every word is looked up.)
    let sentence = "The river rose in the night and the town woke to water in its streets. ";
    let text = sentence.repeat(1024 * 1024 / sentence.len() + 1);
    let article = clean(&text);
    check_structure(&text, &article);
    assert_eq!(article.lines().len(), 1);
    assert_eq!(article.lines().get(0).unwrap().label(), Label::Body);
    assert_eq!(article.text(), text.trim());
}

#[test]
fn a_million_blank_lines() {
    let text = "\n".repeat(1_000_000);
    let article = clean(&text);
    check_structure(&text, &article);
    assert_eq!(article.lines().len(), 1_000_000);
    assert!(article.lines().iter().all(|l| l.reason() == Reason::Blank));
    assert_eq!(article.text(), "");

    // With an article in the middle, the article is still found.
    let text = format!(
        "{}{PROSE}\n{PROSE}\n{}",
        "\r\n".repeat(500_000),
        "\n".repeat(500_000)
    );
    let article = clean(&text);
    check_structure(&text, &article);
    assert_eq!(article.body().count(), 2);
}

#[test]
fn all_line_endings_and_mixes() {
    let text = format!("Home\r\n{PROSE}\r{PROSE}\n\r\n\r\rEnd");
    let article = clean(&text);
    check_all(&text, &article);
    let endings: Vec<_> = article.lines().iter().map(|l| l.ending()).collect();
    use LineEnding::*;
    assert_eq!(endings, [CrLf, Cr, Lf, CrLf, Cr, Cr, None]);
    assert_eq!(article.body().filter(|b| *b == PROSE).count(), 2);
    // A "\r\n" split as "\r" then "\n" is not possible inside one input; a lone "\n\r" is two endings.
    assert_eq!(clean("\n\r").lines().len(), 2);
}

#[test]
fn byte_order_mark_stays_in_the_first_span() {
    for text in [
        "\u{feff}",
        "\u{feff}\n",
        &format!("\u{feff}{PROSE}\n{PROSE}"),
    ] {
        let article = clean(text);
        check_all(text, &article);
        assert_eq!(article.lines().get(0).unwrap().full_span().start, 0);
        assert!(!article
            .lines()
            .get(0)
            .unwrap()
            .text()
            .starts_with('\u{feff}'));
    }
    // A second BOM is ordinary text.
    let article = clean("\u{feff}\u{feff}x");
    assert_eq!(article.lines().get(0).unwrap().text(), "\u{feff}x");
}

#[test]
fn right_to_left_text() {
    let arabic = "قالت الحكومة يوم الاثنين إنها ستغلق الجسر القديم الذي يعبر النهر منذ عام ١٩١١، لأن إصلاحه سيكلف أكثر من بناء جسر جديد.";
    let hebrew = "הממשלה אמרה ביום שני שהיא תסגור את הגשר הישן שחוצה את הנהר מאז 1911, כי תיקונו יעלה יותר מבניית גשר חדש.";
    let text = format!("\u{200f}ראשי\n{arabic}\n\n{hebrew}\n\u{202b}{arabic}\u{202c}\n");
    let article = clean(&text);
    check_all(&text, &article);
    assert_eq!(article.lines().len(), 5);
}

#[test]
fn emoji_combining_marks_and_zero_width_characters() {
    let text = "👩‍👩‍👧‍👦🇺🇦 Family\n\
        e\u{301}e\u{301}e\u{301} Z\u{336}\u{336}a\u{337}l\u{335}g\u{334}o\u{338}\n\
        \u{200b}\u{200c}\u{200d}\u{2060}\u{feff}\n\
        The cafe\u{301} opened on Monday 🎉, and the first guests said that the coffee was worth the wait.\n";
    let article = clean(text);
    check_all(text, &article);
    assert_eq!(article.lines().len(), 4);
    // Zero-width characters are not whitespace: the line is not blank.
    assert!(!article.lines().get(2).unwrap().is_blank());
}

#[test]
fn all_boilerplate_has_no_article() {
    let text = "Home | World | Sport\nSubscribe to our newsletter\nSign in\n\
        Copyright © 2025 Example Media. All rights reserved.\nPrivacy policy\nCookie settings\n";
    let article = clean(text);
    check_all(text, &article);
    assert_eq!(article.headline(), None);
    assert_eq!(article.byline(), None);
    assert!(article.authors().is_empty());
    assert_eq!(article.body().count(), 0);
    assert_eq!(article.text(), "");
    assert!(labels(text).iter().all(|&l| l == Label::Boilerplate));
}

#[test]
fn all_body_comes_through_whole() {
    let paragraphs = [
        PROSE,
        "Engineers who inspected the bridge last spring found that the steel beams under the \
         road had rusted through in several places, and that the piers were cracked.",
        "The new bridge will take two years to build, and until then drivers will have to use \
         the ferry or the motorway bridge, which is twenty kilometres to the north.",
    ];
    let text = paragraphs.join("\n\n");
    let article = clean(&text);
    check_all(&text, &article);
    assert_eq!(article.body().collect::<Vec<_>>(), paragraphs);
    assert_eq!(article.text(), text);
}

#[test]
fn bytes_that_are_utf8_are_cleaned_in_place() {
    let text = format!("Home\n{PROSE}\n");
    let article = clean_bytes(text.as_bytes()).expect("valid UTF-8");
    check_all(&text, &article);
    assert_eq!(article, clean(&text));
    assert!(
        std::ptr::eq(article.input().as_ptr(), text.as_ptr()),
        "no copy"
    );
}

#[test]
fn bytes_that_are_not_utf8_are_an_error_that_locates_them() {
    // (input, offset of the first bad byte, its line, the bad sequence)
    type Case<'a> = (&'a [u8], usize, usize, Option<&'a [u8]>);
    let cases: [Case; 5] = [
        (b"\xff", 0, 1, Some(b"\xff")),
        (b"Home\nCaf\xe9 au lait\n", 8, 2, Some(b"\xe9")),
        (b"a\r\nb\rc\n\xed\xa0\x80", 7, 4, Some(b"\xed")), // a UTF-16 surrogate
        (b"ok\n\xc0\xaf", 3, 2, Some(b"\xc0")),            // an overlong '/'
        (b"caf\xc3", 3, 1, None),                          // truncated at the end
    ];
    for (bytes, offset, line, invalid) in cases {
        let err = clean_bytes(bytes).expect_err("not UTF-8");
        assert_eq!(err.valid_up_to(), offset, "{bytes:?}");
        assert_eq!(err.line(), line, "{bytes:?}");
        assert_eq!(err.invalid_bytes(), invalid, "{bytes:?}");
        let message = err.to_string();
        assert!(
            message.contains(&format!("at byte {offset} (line {line})")),
            "{message}"
        );
        assert!(std::error::Error::source(&err).is_some());
    }
}

#[test]
fn lossy_decoding_is_the_callers_choice_and_then_lossless() {
    let bytes = b"Menu\n\xfe\xffWindows-1252 caf\xe9\n";
    assert!(clean_bytes(bytes).is_err());
    let text = String::from_utf8_lossy(bytes);
    let article = clean(&text);
    check_all(&text, &article);
    assert_eq!(
        article.lines().get(1).unwrap().text(),
        "\u{fffd}\u{fffd}Windows-1252 caf\u{fffd}"
    );
}
