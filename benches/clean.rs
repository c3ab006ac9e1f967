//! Throughput of `clean`, in bytes per second, against a bare word walk.
//!
//! ```text
//! cargo bench --bench clean                    # everything (a few minutes)
//! cargo bench --bench clean -- large/          # one group
//! cargo bench --bench clean --features rayon -- batch/   # + Cleaner::clean_batch
//! ```
//!
//! Every group that compares against the baseline has a `word-walk` entry: the
//! bare loop `text.lines().map(|l| l.split_whitespace().count())`, measured in the
//! same run, so a report reads as a ratio on one machine.

use std::hint::black_box;
use std::time::Duration;

use criterion::measurement::WallTime;
use criterion::{
    criterion_group, criterion_main, BenchmarkGroup, BenchmarkId, Criterion, Throughput,
};

const MB: usize = 1 << 20;

fn word_walk(text: &str) -> usize {
    text.lines().map(|l| l.split_whitespace().count()).sum()
}

fn clean_lines(text: &str) -> usize {
    unboil::clean(text).lines().len()
}

#[path = "../examples/support/corpus.rs"]
mod corpus;

/// `clean` and the word walk on the same `text`, as `clean/{name}` and
/// `word-walk/{name}`.
fn clean_and_walk(group: &mut BenchmarkGroup<'_, WallTime>, name: &str, text: &str) {
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_with_input(BenchmarkId::new("clean", name), text, |b, t| {
        b.iter(|| clean_lines(black_box(t)))
    });
    group.bench_with_input(BenchmarkId::new("word-walk", name), text, |b, t| {
        b.iter(|| word_walk(black_box(t)))
    });
}

fn seeds(c: &mut Criterion) {
    let mut group = c.benchmark_group("seeds");
    for name in ["pravda", "caliber_az"] {
        let path = format!("{}/examples/data/{name}.txt", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).expect("seed article");
        clean_and_walk(&mut group, name, &text);
    }
    group.finish();
}

fn batch(c: &mut Criterion) {
    let docs = corpus::documents();
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut group = c.benchmark_group("batch");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("clean", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| clean_lines(black_box(d)))
                .sum::<usize>()
        })
    });
    #[cfg(feature = "rayon")]
    {
        let cleaner = unboil::Cleaner::default();
        group.bench_function("clean_batch", |b| {
            b.iter(|| {
                cleaner
                    .clean_batch(black_box(&docs))
                    .iter()
                    .map(|a| a.lines().len())
                    .sum::<usize>()
            })
        });
    }
    group.bench_function("word-walk", |b| {
        b.iter(|| docs.iter().map(|d| word_walk(black_box(d))).sum::<usize>())
    });
    group.finish();
}

fn large(c: &mut Criterion) {
    let docs = corpus::documents();
    let mut group = c.benchmark_group("large");
    // Big inputs: few samples, short warm-up, so a full run takes minutes.
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(8));
    for (name, size) in [("10MB", 10 * MB), ("100MB", 100 * MB)] {
        let text = corpus::concatenated(&docs, size);
        clean_and_walk(&mut group, name, &text);
    }
    group.finish();
}

/// A clean text whose numbered entry "1 See also" stands under `n` paragraphs,
/// and `n` "See also" headings under it, each between two paragraphs.
fn announced_markers(n: usize) -> String {
    let p = "This is a paragraph of prose with enough of the small words in it \
             that it is read as the text of an article by the classifier.\n";
    let mut s = String::from("The Title Of The Article Here\n\n");
    s.push_str(&p.repeat(n));
    s.push_str("1 See also\n");
    s.push_str(&format!("{p}See also\n{p}").repeat(n));
    s
}

fn pathological(c: &mut Criterion) {
    let inputs: Vec<(&str, String)> = vec![
        (
            "one-10MB-line",
            "lorem ipsum dolor sit amet ".repeat(10 * MB / 27),
        ),
        ("1M-blank-lines", "\n".repeat(1_000_000)),
        (
            "1M-identical-lines",
            "The same line again and again.\n".repeat(1_000_000),
        ),
        (
            "1M-one-word-lines",
            (0..1_000_000).map(|i| format!("w{i}\n")).collect(),
        ),
        ("10MB-one-non-ascii-char", "ж".repeat(10 * MB / 2)),
        ("10MB-line-of-spaces", " ".repeat(10 * MB)),
        // A table-of-contents entry far down and 40,000 headings it announces
        // under it: the "See also" rule once rescanned the lines above each.
        ("40k-announced-markers", announced_markers(40_000)),
    ];
    let mut group = c.benchmark_group("pathological");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(4));
    for (name, text) in &inputs {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("clean", name), text, |b, t| {
            b.iter(|| clean_lines(black_box(t)))
        });
    }
    group.finish();
}

/// What reading every document in its own language costs English: the English
/// corpus documents cleaned with the language detected (the default) against the
/// same documents with the language fixed to English, which skips detection and
/// reads them exactly as the English-only crate did.
fn language(c: &mut Criterion) {
    let fixed = unboil::Cleaner::new(unboil::Config {
        language: Some(unboil::Language::English),
        ..unboil::Config::default()
    })
    .expect("valid config");
    let english: Vec<String> = corpus::documents()
        .into_iter()
        .filter(|d| unboil::clean(d).language() == Some(unboil::Language::English))
        .collect();
    let bytes: usize = english.iter().map(String::len).sum();
    let mut group = c.benchmark_group("language");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("english-detected", |b| {
        b.iter(|| {
            english
                .iter()
                .map(|d| clean_lines(black_box(d)))
                .sum::<usize>()
        })
    });
    group.bench_function("english-fixed", |b| {
        b.iter(|| {
            english
                .iter()
                .map(|d| fixed.clean(black_box(d)).lines().len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, seeds, batch, large, pathological, language);
criterion_main!(benches);
