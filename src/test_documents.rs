//! The documents unit tests read (tests only): every corpus document and
//! every fuzz regression input, as text.

use std::path::Path;

/// Every document under `tests/corpus/` (a TSV's text fields joined into the
/// text it was made from) and every input under `tests/fuzz_regressions/`
/// (decoded lossily).
pub(crate) fn documents() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut docs = Vec::new();
    walk(&root.join("corpus"), &mut docs);
    walk(&root.join("fuzz_regressions"), &mut docs);
    docs
}

fn walk(dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, out);
        } else if path.extension().is_some_and(|e| e == "tsv") {
            let tsv = std::fs::read_to_string(&path).expect("readable corpus file");
            let rows = tsv
                .lines()
                .map(|r| r.split_once('\t').map_or("", |(_, t)| t));
            out.push(rows.map(|t| format!("{t}\n")).collect());
        } else if path.extension().is_some_and(|e| e == "bin") {
            let bytes = std::fs::read(&path).expect("readable fuzz input");
            out.push(String::from_utf8_lossy(&bytes).into_owned());
        }
    }
}
