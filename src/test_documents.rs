//! The documents unit tests read (tests only): every corpus document and
//! every fuzz regression input, as text.

use std::path::Path;

// The corpus read back into texts, as the benchmarks and examples read it.
#[path = "../examples/support/corpus.rs"]
mod corpus;

/// Every document under `tests/corpus/` (a TSV's text fields joined into the
/// text it was made from) and every input under `tests/fuzz_regressions/`
/// (decoded lossily).
pub(crate) fn documents() -> Vec<String> {
    let mut docs = corpus::documents();
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    for entry in std::fs::read_dir(fuzz).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "bin") {
            let bytes = std::fs::read(&path).expect("readable fuzz input");
            docs.push(String::from_utf8_lossy(&bytes).into_owned());
        }
    }
    docs
}
