//! The labeled corpus (`tests/corpus/`) turned back into the texts it was made
//! from. One copy of this code serves `examples/profile.rs`,
//! `benches/clean.rs`, `tests/memory.rs` and the library's unit tests
//! (`src/test_documents.rs`), which include it with `#[path]`: the
//! instruction counts, the benchmarks, the memory test and the unit tests
//! read the same documents in the same order. (It lives under `examples/` because
//! the package ships the examples but not `tests/` or `benches/`; a folder
//! without `main.rs` is no example of its own.)

use std::path::{Path, PathBuf};

/// Every `.tsv` under `tests/corpus/` as the text it was made from (the text
/// fields joined with `\n`, plus a final newline), in the order of the files'
/// paths.
///
/// # Panics
///
/// When `tests/corpus/` or one of its files cannot be read: the corpus is part
/// of the repository, and a tool without it has nothing to measure.
pub fn documents() -> Vec<String> {
    let mut files = Vec::new();
    collect_tsv(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus"),
        &mut files,
    );
    assert!(!files.is_empty(), "no .tsv under tests/corpus");
    files.sort();
    files
        .iter()
        .map(|path| {
            let tsv = std::fs::read_to_string(path).expect("readable corpus file");
            let mut text = String::with_capacity(tsv.len());
            for row in tsv.lines() {
                text.push_str(row.split_once('\t').map_or("", |(_, t)| t));
                text.push('\n');
            }
            text
        })
        .collect()
}

/// The documents concatenated, repeated until the text is at least `size`
/// bytes long.
#[allow(dead_code)] // Not every includer needs it.
pub fn concatenated(docs: &[String], size: usize) -> String {
    let mut text = String::with_capacity(size + docs.iter().map(String::len).sum::<usize>());
    while text.len() < size {
        for doc in docs {
            text.push_str(doc);
        }
    }
    text
}

fn collect_tsv(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).expect("tests/corpus is readable");
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_tsv(&path, out);
        } else if path.extension().is_some_and(|e| e == "tsv") {
            out.push(path);
        }
    }
}
