//! Extra heap while cleaning, measured with a counting global allocator.
//!
//! The bound (issue: throughput): the peak heap `clean` adds — everything it
//! allocates while it runs, the returned `Article` included — stays within the
//! input's size on realistic pages and within 48 bytes per input line on any input,
//! plus a fixed allowance for per-call scratch buffers; from
//! [`MANY_LINES`] lines on, within 48 bytes a line with no allowance at all.
//! Allocation counts are
//! deterministic, so this is a test, not a benchmark. All cases run in one test
//! function: the counter is global and tests in one binary run in parallel.

#[path = "../examples/support/corpus.rs"]
mod corpus;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = CURRENT.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(now, Relaxed);
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        CURRENT.fetch_sub(layout.size(), Relaxed);
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            let now =
                CURRENT.fetch_add(new_size - layout.size(), Relaxed) + new_size - layout.size();
            PEAK.fetch_max(now, Relaxed);
        } else {
            CURRENT.fetch_sub(layout.size() - new_size, Relaxed);
        }
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Peak heap added by `clean(text)` (the Article is dropped after the peak is read).
fn peak_extra(text: &str) -> usize {
    let base = CURRENT.load(Relaxed);
    PEAK.store(base, Relaxed);
    let article = unboil::clean(text);
    let lines = article.lines().len();
    drop(article);
    let _ = lines;
    PEAK.load(Relaxed) - base
}

/// Scratch that does not grow with the number of lines (word buffers and the like).
const FIXED_ALLOWANCE: usize = 64 * 1024;

/// The bound of the issue: bytes per line on any input.
const BYTES_PER_LINE: usize = 48;

/// From this many lines on, the fixed allowance is not needed: the bytes a
/// line bound the whole peak (8 KiB of one-letter lines has as many, and
/// fills the language detector's sample with as many lines as it can hold).
const MANY_LINES: usize = 4096;

/// The bound as this test checks it: `BYTES_PER_LINE` a line, plus
/// the fixed allowance below [`MANY_LINES`] lines.
fn within_the_bound(extra: usize, lines: usize) -> bool {
    let allowance = if lines >= MANY_LINES {
        0
    } else {
        FIXED_ALLOWANCE
    };
    extra <= BYTES_PER_LINE * lines + allowance
}

/// What the pipeline takes today on inputs without a body (the pathological
/// cases below), under the bound: the article's line records (8
/// bytes), the features (24 a non-blank line, a quarter of a byte a blank
/// one) and a few bytes of classes at the peak (see `Cleaner::clean_as`). A
/// change that makes them grow fails here first.
const BYTES_PER_LINE_WITHOUT_BODY: usize = 40;

// Millions of lines take minutes unoptimized; CI runs this test with `--release`
// (`.ci/run`), and so can you: `cargo test --release --test memory -- --nocapture`.
#[test]
#[cfg_attr(debug_assertions, ignore = "slow unoptimized: run with --release")]
fn extra_heap_is_bounded() {
    // Warm up the lazily built word lists and regexes, which live for the process.
    let _ = unboil::clean("warm up\nthe lexicons and stoplists once.\n");

    let mut report = Vec::new();
    let cases: Vec<(&str, String)> = vec![
        ("1M blank lines", "\n".repeat(1_000_000)),
        (
            "1M identical lines",
            "The same line again and again.\n".repeat(1_000_000),
        ),
        (
            "1M one-word lines",
            (0..1_000_000).map(|i| format!("w{i}\n")).collect(),
        ),
        (
            "10 MB one line",
            "lorem ipsum dolor sit amet ".repeat(10 << 20 >> 5),
        ),
        ("10 MB of spaces", " ".repeat(10 << 20)),
        ("10 MB of one non-ASCII char", "ж".repeat(5 << 20)),
        // As many lines as the language detector's sample can hold: the
        // counts it keeps for them must stay within the bound too.
        ("8 KiB of one-letter lines", "a\n".repeat(4 << 10)),
        ("8 KiB of one-letter lines and prose", {
            let mut t = "a\n".repeat(4 << 10);
            t.push_str(&"The council said on Monday that it would not finish the report before the end of the year.\n".repeat(100));
            t
        }),
    ];
    for (name, text) in &cases {
        let lines = unboil::clean(text).lines().len();
        let extra = peak_extra(text);
        report.push(format!(
            "{name}: {extra} bytes for {lines} lines ({:.1} B/line)",
            extra as f64 / lines.max(1) as f64
        ));
        assert!(
            extra <= BYTES_PER_LINE_WITHOUT_BODY * lines + FIXED_ALLOWANCE,
            "{name}: {extra} bytes of extra heap for {lines} lines"
        );
        assert!(
            within_the_bound(extra, lines),
            "{name}: {extra} bytes of extra heap for {lines} lines"
        );
    }
    // A clean text of a million short paragraphs, all body: the headline and
    // byline rules read the lines' texts, and the clean text's verdicts live
    // until its headline is found. Under the bound of 48 bytes a line.
    let prose: String = (0..1_000_000)
        .map(|i| format!("Paragraph {i} of the text is one sentence that reads like prose, and it is long enough to count as one.\n"))
        .collect();
    let article = unboil::clean(&prose);
    let (lines, body) = (article.lines().len(), article.body().count());
    drop(article);
    let extra = peak_extra(&prose);
    report.push(format!(
        "1M lines of prose: {extra} bytes for {lines} lines, {body} of them body ({:.1} B/line)",
        extra as f64 / lines as f64
    ));
    assert!(
        body > lines / 2,
        "the prose is body: {body} of {lines} lines"
    );
    assert!(
        within_the_bound(extra, lines),
        "1M lines of prose: {extra} bytes of extra heap for {lines} lines"
    );
    // Realistic pages: the corpus, concatenated to about 10 MB.
    let corpus = corpus_text(10 << 20);
    let lines = unboil::clean(&corpus).lines().len();
    let extra = peak_extra(&corpus);
    report.push(format!(
        "corpus ({} bytes): {extra} bytes for {lines} lines ({:.2} B/input byte)",
        corpus.len(),
        extra as f64 / corpus.len() as f64
    ));
    assert!(
        extra <= corpus.len(),
        "corpus: {extra} bytes of extra heap for {} bytes",
        corpus.len()
    );
    assert!(
        within_the_bound(extra, lines),
        "corpus: {extra} bytes for {lines} lines"
    );
    println!("{}", report.join("\n"));
}

/// Every corpus document (TSV text fields joined with newlines), repeated to `size`.
fn corpus_text(size: usize) -> String {
    corpus::concatenated(&corpus::documents(), size)
}
