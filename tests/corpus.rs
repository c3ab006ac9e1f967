//! Accuracy floors on the gold corpus in `tests/corpus/` (a ratchet: raise a floor
//! when the figure rises; lowering one needs a reason in CHANGELOG.md), and the
//! clean-article guarantee.
//!
//! The same figures, with speed, come from
//! `cargo run --release --example evaluate -- tests/corpus/readability`.

use std::path::{Path, PathBuf};

use unboil::eval::{disagreements, GoldDoc, Scores};
use unboil::Label;

fn corpus(dir: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(dir)
}

/// The gold documents of a corpus folder, with their file names, sorted.
fn gold_docs(dir: &str) -> Vec<(String, GoldDoc)> {
    let dir = corpus(dir);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no gold files in {}", dir.display());
    paths
        .into_iter()
        .map(|p| {
            let tsv =
                std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            let gold = GoldDoc::parse(&tsv).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p.display().to_string(), gold)
        })
        .collect()
}

fn totals(dir: &str) -> Scores {
    let mut total = Scores::default();
    for (name, gold) in gold_docs(dir) {
        let text = gold.text();
        let article = unboil::clean(&text);
        let scores = Scores::of(&gold, &article).unwrap_or_else(|e| panic!("{name}: {e}"));
        total.add(&scores);
    }
    total
}

/// Minimum figures for one corpus folder.
struct Floors {
    body_precision: f64,
    body_recall: f64,
    body_f1: f64,
    headline_accuracy: f64,
    byline_f1: f64,
    line_accuracy: f64,
}

fn check(dir: &str, floors: Floors) {
    let s = totals(dir);
    let figures = [
        ("body precision", s.body_precision(), floors.body_precision),
        ("body recall", s.body_recall(), floors.body_recall),
        ("body F1", s.body_f1(), floors.body_f1),
        (
            "headline accuracy",
            s.headline_accuracy(),
            floors.headline_accuracy,
        ),
        ("byline F1", s.byline_f1(), floors.byline_f1),
        ("line accuracy", s.line_accuracy(), floors.line_accuracy),
    ];
    let below: Vec<String> = figures
        .iter()
        .filter(|(_, got, floor)| got < floor)
        .map(|(name, got, floor)| format!("{name}: {got:.4} < floor {floor:.3}"))
        .collect();
    assert!(below.is_empty(), "{dir}: {}", below.join("; "));
}

#[test]
fn floors_browser() {
    check(
        "readability/browser",
        Floors {
            body_precision: 0.958,
            body_recall: 0.98,
            body_f1: 0.97,
            headline_accuracy: 0.94,
            byline_f1: 0.86,
            line_accuracy: 0.905,
        },
    );
}

#[test]
fn floors_htmltext() {
    check(
        "readability/htmltext",
        Floors {
            body_precision: 0.958,
            body_recall: 0.98,
            body_f1: 0.97,
            headline_accuracy: 0.95,
            byline_f1: 0.87,
            line_accuracy: 0.89,
        },
    );
}

/// Most body lines a clean article may lose, over the clean articles of all gold
/// pages (a ratchet, like the floors). The goal is 0; see CHANGELOG.md.
const MAX_LOST_CLEAN_BODY_LINES: usize = 115;

/// A clean article — only its headline, byline and body lines — keeps its body
/// lines. Built from every gold page and the reference articles; the clean
/// reference article (`caliber_az`) must lose none.
#[test]
fn clean_articles_keep_body_lines() {
    let mut docs = gold_docs("readability/browser");
    docs.extend(gold_docs("readability/htmltext"));
    docs.extend(gold_docs("seeds"));
    let mut lost = Vec::new();
    for (name, gold) in docs {
        let clean = gold.only(&[Label::Headline, Label::Byline, Label::Body]);
        if !clean
            .lines()
            .iter()
            .any(|l| l.primary() == Some(Label::Body))
        {
            continue;
        }
        let text = clean.text();
        let article = unboil::clean(&text);
        for (line, g) in disagreements(&clean, &article) {
            if g.primary() == Some(Label::Body) {
                lost.push(format!("{name}:{}: {}", line.number(), line.text()));
            }
        }
    }
    assert!(
        !lost.iter().any(|l| l.contains("caliber_az")),
        "the clean reference article lost body lines:\n{}",
        lost.join("\n")
    );
    assert!(
        lost.len() <= MAX_LOST_CLEAN_BODY_LINES,
        "{} body lines lost (at most {MAX_LOST_CLEAN_BODY_LINES} allowed):\n{}",
        lost.len(),
        lost.join("\n")
    );
}

/// `tests/corpus/readability` is a byte-identical copy of the shared corpus, when
/// the shared corpus sits beside the repository (as in CI).
#[test]
fn readability_copy_matches_shared_corpus() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/readability");
    if !shared.is_dir() {
        eprintln!("skipped: {} not found", shared.display());
        return;
    }
    let mut compared = 0;
    for engine in ["browser", "htmltext"] {
        let ours = corpus(&format!("readability/{engine}"));
        let mut names: Vec<_> = std::fs::read_dir(shared.join(engine))
            .expect("shared corpus folder")
            .map(|e| e.expect("directory entry").file_name())
            .collect();
        names.sort();
        let mut our_names: Vec<_> = std::fs::read_dir(&ours)
            .expect("corpus copy")
            .map(|e| e.expect("directory entry").file_name())
            .collect();
        our_names.sort();
        assert_eq!(names, our_names, "{engine}: file lists differ");
        for name in names {
            let a = std::fs::read(shared.join(engine).join(&name)).expect("shared file");
            let b = std::fs::read(ours.join(&name)).expect("copied file");
            assert!(a == b, "{engine}/{name:?} differs from the shared corpus");
            compared += 1;
        }
    }
    assert_eq!(compared, 148);
}
