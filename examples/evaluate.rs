//! Scores `unboil` against gold TSV files and prints one table row per folder.
//!
//! ```text
//! cargo run --release --example evaluate -- [--worst N] [--diff FILE] PATH...
//! ```
//!
//! PATH is a gold TSV file or a folder; folders are searched recursively, and every
//! folder that holds TSV files is one row (its documents' counts added up). The
//! format and the metrics are those of [`unboil::eval`]. `--worst N` lists the N
//! documents with the lowest body F1; `--diff FILE` writes, for every document with
//! a wrong line (worst body F1 first), the lines where prediction and gold
//! disagree: `line<TAB>predicted (reason)<TAB>gold labels<TAB>text`.
//!
//! A second table groups the same documents by the language `clean` detected
//! (`Article::language`, `?` when unsure), with a `non-en` row adding up every
//! document not detected as English.
//!
//! MB/s is rough: input bytes over the wall-clock time of `clean` alone, on one
//! thread. Measure speed with the criterion benches.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use unboil::eval::{disagreements, GoldDoc, Scores};

/// One scored document.
struct Doc {
    path: PathBuf,
    group: String,
    language: String,
    scores: Scores,
    elapsed: Duration,
    diff: String,
}

struct Args {
    paths: Vec<PathBuf>,
    worst: usize,
    diff: Option<PathBuf>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        paths: Vec::new(),
        worst: 0,
        diff: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--worst" => {
                let n = it.next().ok_or("--worst needs a number")?;
                args.worst = n
                    .parse()
                    .map_err(|_| format!("--worst needs a number, not {n:?}"))?;
            }
            "--diff" => args.diff = Some(it.next().ok_or("--diff needs a file name")?.into()),
            "-h" | "--help" => {
                return Err("usage: evaluate [--worst N] [--diff FILE] PATH...".into())
            }
            _ => args.paths.push(arg.into()),
        }
    }
    if args.paths.is_empty() {
        return Err(
            "usage: evaluate [--worst N] [--diff FILE] PATH...  (e.g. tests/corpus/readability)"
                .into(),
        );
    }
    Ok(args)
}

/// The TSV files under `path`, sorted.
fn tsv_files(path: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)?
            .map(|e| e.map(|e| e.path()))
            .collect::<Result<_, _>>()?;
        entries.sort();
        for entry in entries {
            if entry.is_dir() || entry.extension().is_some_and(|e| e == "tsv") {
                tsv_files(&entry, out)?;
            }
        }
    } else {
        out.push(path.to_owned());
    }
    Ok(())
}

/// The group a document's counts are added to: its folder. Another grouping (by
/// language, by site) only needs another key here.
fn group_of(path: &Path) -> String {
    path.parent()
        .map_or_else(|| ".".to_owned(), |p| p.display().to_string())
}

fn score(path: &Path) -> Result<Doc, String> {
    let tsv = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let gold = GoldDoc::parse(&tsv).map_err(|e| format!("{}: {e}", path.display()))?;
    let text = gold.text();
    let start = Instant::now();
    let article = unboil::clean(&text);
    let elapsed = start.elapsed();
    let language = article
        .language()
        .map_or_else(|| "?".to_owned(), |l| l.to_string());
    let scores = Scores::of(&gold, &article).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut diff = String::new();
    for (line, g) in disagreements(&gold, &article) {
        let labels = g.to_string();
        let labels = labels.split('\t').next().unwrap_or_default();
        let _ = writeln!(
            diff,
            "{}\t{} ({})\t{}\t{}",
            line.number(),
            line.label(),
            line.reason(),
            labels,
            line.text()
        );
    }
    Ok(Doc {
        path: path.to_owned(),
        group: group_of(path),
        language,
        scores,
        elapsed,
        diff,
    })
}

fn row(name: &str, s: &Scores, elapsed: Duration) -> String {
    let mbs = s.bytes as f64 / 1e6 / elapsed.as_secs_f64().max(1e-9);
    format!(
        "| {name} | {} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {:.1} |",
        s.docs,
        s.body_precision(),
        s.body_recall(),
        s.body_f1(),
        s.headline_accuracy(),
        s.byline_precision(),
        s.byline_recall(),
        s.byline_f1(),
        s.line_accuracy(),
        mbs
    )
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(msg) => {
            eprintln!("evaluate: {msg}");
            return ExitCode::FAILURE;
        }
    };
    let mut files = Vec::new();
    for path in &args.paths {
        if let Err(e) = tsv_files(path, &mut files) {
            eprintln!("evaluate: cannot read {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    let mut docs = Vec::new();
    for file in &files {
        match score(file) {
            Ok(doc) => docs.push(doc),
            Err(msg) => {
                eprintln!("evaluate: {msg}");
                return ExitCode::FAILURE;
            }
        }
    }
    if docs.is_empty() {
        eprintln!("evaluate: no TSV files found");
        return ExitCode::FAILURE;
    }

    let mut groups: BTreeMap<&str, (Scores, Duration)> = BTreeMap::new();
    let mut total = (Scores::default(), Duration::ZERO);
    for doc in &docs {
        let g = groups.entry(&doc.group).or_default();
        g.0.add(&doc.scores);
        g.1 += doc.elapsed;
        total.0.add(&doc.scores);
        total.1 += doc.elapsed;
    }
    println!("| corpus | docs | body P | body R | body F1 | headline acc | byline P | byline R | byline F1 | line acc | MB/s |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (name, (s, t)) in &groups {
        println!("{}", row(name, s, *t));
    }
    if groups.len() > 1 {
        println!("{}", row("all", &total.0, total.1));
    }

    let mut languages: BTreeMap<&str, (Scores, Duration)> = BTreeMap::new();
    let mut non_english = (Scores::default(), Duration::ZERO);
    for doc in &docs {
        let g = languages.entry(&doc.language).or_default();
        g.0.add(&doc.scores);
        g.1 += doc.elapsed;
        if doc.language != "en" {
            non_english.0.add(&doc.scores);
            non_english.1 += doc.elapsed;
        }
    }
    println!("\n| language | docs | body P | body R | body F1 | headline acc | byline P | byline R | byline F1 | line acc | MB/s |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (name, (s, t)) in &languages {
        println!("{}", row(name, s, *t));
    }
    if non_english.0.docs > 0 {
        println!("{}", row("non-en", &non_english.0, non_english.1));
    }

    docs.sort_by(|a, b| a.scores.body_f1().total_cmp(&b.scores.body_f1()));
    if args.worst > 0 {
        println!("\nworst {} by body F1:", args.worst);
        for doc in docs.iter().take(args.worst) {
            let s = &doc.scores;
            println!(
                "  {:.3}  P {:.3} R {:.3}  headline {}  byline F1 {:.2}  lines {:.3}  {}",
                s.body_f1(),
                s.body_precision(),
                s.body_recall(),
                if s.headline_right == 1 { "ok" } else { "WRONG" },
                s.byline_f1(),
                s.line_accuracy(),
                doc.path.display()
            );
        }
    }
    if let Some(path) = &args.diff {
        let mut out = String::new();
        for doc in docs.iter().filter(|d| !d.diff.is_empty()) {
            let _ = writeln!(
                out,
                "## {} (body F1 {:.3})\n{}",
                doc.path.display(),
                doc.scores.body_f1(),
                doc.diff
            );
        }
        if let Err(e) = std::fs::write(path, out) {
            eprintln!("evaluate: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
