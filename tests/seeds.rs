//! Gold tests on the two reference articles (`tests/corpus/seeds/*.tsv`).

use unboil::{clean, Label};

/// One gold line: its allowed labels (empty for a blank line) and its text.
struct Gold {
    allowed: Vec<Label>,
    text: String,
}

fn gold(name: &str) -> Vec<Gold> {
    let path = format!(
        "{}/tests/corpus/seeds/{name}.tsv",
        env!("CARGO_MANIFEST_DIR")
    );
    let tsv = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    tsv.lines()
        .map(|row| {
            let (labels, text) = row.split_once('\t').expect("LABEL<TAB>TEXT");
            let allowed = if labels == "blank" {
                Vec::new()
            } else {
                labels
                    .split('|')
                    .map(|l| l.parse().expect("known label"))
                    .collect()
            };
            Gold {
                allowed,
                text: text.to_owned(),
            }
        })
        .collect()
}

fn seed(name: &str) -> String {
    let path = format!("{}/examples/data/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every non-blank line gets one of its allowed labels; returns the article's
/// headline and byline for further checks.
fn check_all_lines(name: &str) {
    let text = seed(name);
    let gold = gold(name);
    let article = clean(&text);
    assert_eq!(article.lines().len(), gold.len(), "{name}: line count");
    let mut wrong = Vec::new();
    for (line, g) in article.lines().iter().zip(&gold) {
        assert_eq!(line.text(), g.text, "{name}: line {} text", line.number());
        if !g.allowed.is_empty() && !g.allowed.contains(&line.label()) {
            wrong.push(format!(
                "line {}: got {} ({}), gold {:?}: {}",
                line.number(),
                line.label(),
                line.reason(),
                g.allowed,
                line.text()
            ));
        }
    }
    assert!(wrong.is_empty(), "{name}:\n{}", wrong.join("\n"));
}

fn gold_allows(name: &str, text: &str, label: Label) -> bool {
    gold(name)
        .iter()
        .any(|g| g.text.trim() == text && g.allowed.contains(&label))
}

#[test]
fn pravda_every_line_right() {
    check_all_lines("pravda");
}

#[test]
fn caliber_every_line_right() {
    check_all_lines("caliber_az");
}

#[test]
fn pravda_headline_byline_authors() {
    let text = seed("pravda");
    let article = clean(&text);
    let headline = article.headline().expect("a headline");
    assert!(
        gold_allows("pravda", headline, Label::Headline),
        "{headline}"
    );
    assert_eq!(article.byline(), Some("Author`s name Anton Kulikov"));
    // The editor is credited on a byline line but is not an author.
    assert_eq!(article.authors(), ["Anton Kulikov"]);
}

#[test]
fn caliber_headline_byline_authors_and_text() {
    let text = seed("caliber_az");
    let article = clean(&text);
    let headline = article.headline().expect("a headline");
    assert!(
        gold_allows("caliber_az", headline, Label::Headline),
        "{headline}"
    );
    assert_eq!(article.byline(), Some("By Vafa Guliyeva"));
    assert_eq!(article.authors(), ["Vafa Guliyeva"]);
    // The clean article's body comes through whole and untouched.
    let paragraphs: Vec<String> = gold("caliber_az")
        .into_iter()
        .filter(|g| g.allowed.first() == Some(&Label::Body))
        .map(|g| g.text)
        .collect();
    assert_eq!(paragraphs.len(), 7);
    assert_eq!(article.body().collect::<Vec<_>>(), paragraphs);
    // Its clean text holds the headline, the byline and the body, in order.
    let parts: Vec<String> = gold("caliber_az")
        .into_iter()
        .filter(|g| g.allowed.first() != Some(&Label::Boilerplate))
        .map(|g| g.text.trim().to_owned())
        .collect();
    assert_eq!(article.text(), parts.join("\n\n"));
}

#[test]
fn seeds_are_lossless() {
    for name in ["pravda", "caliber_az"] {
        let text = seed(name);
        let article = clean(&text);
        let rebuilt: String = article
            .lines()
            .iter()
            .map(|l| &text[l.full_span()])
            .collect();
        assert_eq!(rebuilt, text, "{name}");
    }
}

#[test]
fn seeds_are_read_as_english_despite_the_language_picker() {
    // Pravda's page ends with a picker "РусскийDeutschFrançaisPortugueseSpain" and
    // has a Cyrillic typo in a sentence: the article's language still wins.
    for name in ["pravda", "caliber_az"] {
        let text = seed(name);
        assert_eq!(
            clean(&text).language(),
            Some(unboil::Language::English),
            "{name}"
        );
    }
}
