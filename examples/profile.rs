//! Cleans one input once, after a first run that is not counted, for instruction counts: the steady
//! figure behind the throughput work (wall-clock time on a shared machine
//! moves by 10–20% between runs; an instruction count does not).
//!
//! ```text
//! cargo build --release --example profile
//! valgrind --tool=callgrind --toggle-collect='profile::measured' \
//!     target/release/examples/profile documents
//! callgrind_annotate --inclusive=yes callgrind.out.<pid> | head -60
//! ```
//!
//! Inputs (the first argument):
//!
//! * `documents`: every corpus document (`tests/corpus/**/*.tsv`, text
//!   fields joined with newlines), each cleaned alone, in turn;
//! * `concatenated`: the same documents as one text;
//! * `one-word-lines`: 1,000,000 lines `w0`, `w1`, …;
//! * `walk-documents`, `walk-concatenated`: the bare word walk the benchmarks
//!   compare `clean` with, on those inputs.
//!
//! Only `measured` is counted (`--toggle-collect`): reading the files, a
//! first run of the same work (which builds the word lists once per process
//! and fills the regexes' caches) and the exit are not. It prints how many lines (or words) it read, so that the work is not
//! optimized away.

#[path = "support/corpus.rs"]
mod corpus;

use corpus::documents;

fn word_walk(text: &str) -> usize {
    text.lines().map(|l| l.split_whitespace().count()).sum()
}

/// The work that is counted.
#[inline(never)]
fn measured(texts: &[String], walk: bool) -> usize {
    run(texts, walk)
}

/// The same work once before, not counted: it builds the word lists and
/// automata and fills the regexes' caches, as a pipeline's earlier pages do.
#[inline(never)]
fn warm_up(texts: &[String], walk: bool) -> usize {
    run(texts, walk)
}

fn run(texts: &[String], walk: bool) -> usize {
    texts
        .iter()
        .map(|t| match walk {
            true => word_walk(t),
            false => unboil::clean(t).lines().len(),
        })
        .sum()
}

fn main() {
    let input = std::env::args().nth(1).unwrap_or_default();
    let texts = match input.as_str() {
        "documents" | "walk-documents" => documents(),
        "concatenated" | "walk-concatenated" => vec![documents().concat()],
        "one-word-lines" => vec![(0..1_000_000).map(|i| format!("w{i}\n")).collect()],
        _ => {
            eprintln!(
                "usage: profile documents|concatenated|one-word-lines|walk-documents|walk-concatenated"
            );
            std::process::exit(2);
        }
    };
    let walk = input.starts_with("walk-");
    let _ = warm_up(&texts, walk);
    let bytes: usize = texts.iter().map(String::len).sum();
    let n = measured(&texts, walk);
    println!("{input}: {} texts, {bytes} bytes, {n}", texts.len());
}
