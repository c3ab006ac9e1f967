//! The throughput report: reads what `cargo bench --bench clean` left in
//! criterion's folder and prints every figure the throughput bars are about,
//! as ratios measured in that one run.
//!
//! ```text
//! cargo bench --bench clean --features rayon     # a few minutes, machine idle
//! cargo run --release --example bench_report     # the report
//! cargo run --release --example bench_report -- path/to/criterion
//! ```
//!
//! For each benchmark it takes the estimate criterion prints (the slope when
//! criterion fitted one, else the mean time of an iteration) and the bytes an
//! iteration reads (`Throughput::Bytes`), and prints:
//!
//! * `clean` against the bare word walk of the same group
//!   (`text.lines().map(|l| l.split_whitespace().count())`): bar 0.5 on the
//!   10 MB corpus;
//! * the time per byte of the 100 MB corpus and of every pathological input
//!   against that of the 10 MB corpus: bar 1.5 (no input is much slower per
//!   byte than a realistic one);
//! * `Cleaner::clean_batch` (feature `rayon`) against `clean` in turn: bar 1.8
//!   on two cores;
//! * what language detection costs the English documents.
//!
//! Wall-clock figures move between runs on a shared machine (10–20% on the
//! one these figures were first taken on): compare ratios, taken in one run,
//! rather than MiB/s across runs.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// One benchmark's result.
#[derive(Debug, Clone, PartialEq)]
struct Bench {
    /// Bytes an iteration reads.
    bytes: u64,
    /// Nanoseconds an iteration takes (criterion's estimate).
    nanos: f64,
}

impl Bench {
    /// MiB a second.
    fn mib_per_s(&self) -> f64 {
        self.bytes as f64 / (self.nanos / 1e9) / (1u64 << 20) as f64
    }

    /// Nanoseconds a byte.
    fn nanos_per_byte(&self) -> f64 {
        self.nanos / self.bytes as f64
    }
}

/// The `full_id` and bytes of a `benchmark.json` and the estimate of an
/// `estimates.json`, as a [`Bench`].
fn parse(benchmark: &str, estimates: &str) -> Option<(String, Bench)> {
    let benchmark: Value = serde_json::from_str(benchmark).ok()?;
    let estimates: Value = serde_json::from_str(estimates).ok()?;
    let id = benchmark["full_id"].as_str()?.to_string();
    let throughput = &benchmark["throughput"];
    let bytes = throughput["Bytes"]
        .as_u64()
        .or_else(|| throughput["BytesDecimal"].as_u64())?;
    // Criterion prints the slope when it fitted one (linear sampling), else
    // the mean.
    let estimate = |name: &str| estimates[name]["point_estimate"].as_f64();
    let nanos = estimate("slope").or_else(|| estimate("mean"))?;
    (nanos > 0.0 && bytes > 0).then_some((id, Bench { bytes, nanos }))
}

/// Every benchmark under `dir` (criterion's folder), by `full_id`.
fn read_all(dir: &Path) -> BTreeMap<String, Bench> {
    let mut found = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if !path.is_dir() {
                continue;
            }
            // Criterion keeps the last run in `new/` (and the one before in `base/`).
            if path.file_name().is_some_and(|n| n == "new") {
                let read = |f: &str| std::fs::read_to_string(path.join(f)).ok();
                if let (Some(b), Some(e)) = (read("benchmark.json"), read("estimates.json")) {
                    if let Some((id, bench)) = parse(&b, &e) {
                        found.insert(id, bench);
                    }
                }
            } else {
                stack.push(path);
            }
        }
    }
    found
}

/// The report's lines for the benchmarks `found` (see the module docs).
fn report(found: &BTreeMap<String, Bench>) -> Vec<String> {
    let mut out = Vec::new();
    let verdict = |met: bool| if met { "met" } else { "NOT met" };
    out.push(format!(
        "{:<42} {:>12} {:>12} {:>6}",
        "benchmark", "clean", "word walk", "ratio"
    ));
    // `clean` against the walk of the same group and input.
    for (id, clean) in found {
        let Some(walk_id) = walk_of(id) else {
            continue;
        };
        let Some(walk) = found.get(&walk_id) else {
            continue;
        };
        let ratio = clean.mib_per_s() / walk.mib_per_s();
        let bar = match id.as_str() {
            "large/clean/10MB" => format!("  bar 0.5: {}", verdict(ratio >= 0.5)),
            _ => String::new(),
        };
        out.push(format!(
            "{id:<42} {:>6.1} MiB/s {:>6.1} MiB/s {ratio:>5.2}{bar}",
            clean.mib_per_s(),
            walk.mib_per_s(),
        ));
    }
    // Time per byte against the 10 MB corpus.
    if let Some(base) = found.get("large/clean/10MB") {
        out.push(String::new());
        out.push(format!(
            "time per byte against large/clean/10MB ({:.2} ns a byte), bar 1.5:",
            base.nanos_per_byte()
        ));
        let flat = found
            .iter()
            .filter(|(id, _)| *id == "large/clean/100MB" || id.starts_with("pathological/"));
        let (mut met, mut all) = (0, 0);
        for (id, bench) in flat {
            let ratio = bench.nanos_per_byte() / base.nanos_per_byte();
            all += 1;
            met += usize::from(ratio <= 1.5);
            out.push(format!(
                "{id:<42} {:>6.1} MiB/s {ratio:>5.2}x{}",
                bench.mib_per_s(),
                if ratio <= 1.5 { "" } else { "  over the bar" }
            ));
        }
        out.push(format!("{met} of {all} inputs within the bar"));
    }
    if let (Some(one), Some(many)) = (found.get("batch/clean"), found.get("batch/clean_batch")) {
        let speedup = many.mib_per_s() / one.mib_per_s();
        out.push(String::new());
        out.push(format!(
            "clean_batch {:.1} MiB/s against clean in turn {:.1} MiB/s: {speedup:.2}x  bar 1.8 (2 cores): {}",
            many.mib_per_s(),
            one.mib_per_s(),
            verdict(speedup >= 1.8)
        ));
    }
    if let (Some(detected), Some(fixed)) = (
        found.get("language/english-detected"),
        found.get("language/english-fixed"),
    ) {
        out.push(format!(
            "language detection: {:.0}% of the English documents' time \
             ({:.1} MiB/s detected, {:.1} MiB/s fixed to English)",
            100.0 * (1.0 - fixed.nanos / detected.nanos).max(0.0),
            detected.mib_per_s(),
            fixed.mib_per_s()
        ));
    }
    out
}

/// The word walk's id beside a `clean` benchmark's: `group/word-walk[/input]`
/// for `group/clean[/input]`.
fn walk_of(id: &str) -> Option<String> {
    let mut parts: Vec<&str> = id.split('/').collect();
    let clean = parts.get_mut(1)?;
    if *clean != "clean" {
        return None;
    }
    *clean = "word-walk";
    Some(parts.join("/"))
}

fn main() {
    let dir: PathBuf = std::env::args_os().nth(1).map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("target/criterion"),
        PathBuf::from,
    );
    let found = read_all(&dir);
    if found.is_empty() {
        eprintln!(
            "no criterion results under {}: run `cargo bench --bench clean --features rayon` first, \
             or pass criterion's folder (CARGO_TARGET_DIR/criterion) as the argument",
            dir.display()
        );
        std::process::exit(2);
    }
    for line in report(&found) {
        println!("{line}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bench(id: &str, bytes: u64, nanos: f64) -> (String, Bench) {
        (id.to_string(), Bench { bytes, nanos })
    }

    #[test]
    fn reads_criterions_files() {
        let benchmark = r#"{"group_id":"large","function_id":"clean","value_str":"10MB","throughput":{"Bytes":10752590},"full_id":"large/clean/10MB","directory_name":"large/clean/10MB","title":"large/clean/10MB"}"#;
        let flat = r#"{"mean":{"confidence_interval":{"confidence_level":0.95,"lower_bound":1.0,"upper_bound":3.0},"point_estimate":107689615.7,"standard_error":2.5},"median":{"confidence_interval":{"confidence_level":0.95,"lower_bound":1.0,"upper_bound":2.0},"point_estimate":5.0,"standard_error":3.8},"slope":null,"std_dev":{"confidence_interval":{"confidence_level":0.95,"lower_bound":1.0,"upper_bound":2.0},"point_estimate":1.0,"standard_error":1.0}}"#;
        assert_eq!(
            parse(benchmark, flat),
            Some(bench("large/clean/10MB", 10752590, 107689615.7))
        );
        // With a fitted slope, the slope.
        let linear = flat.replace(
            r#""slope":null"#,
            r#""slope":{"confidence_interval":{"confidence_level":0.95,"lower_bound":1.0,"upper_bound":2.0},"point_estimate":9.5e7,"standard_error":1.0}"#,
        );
        assert_eq!(
            parse(benchmark, &linear),
            Some(bench("large/clean/10MB", 10752590, 9.5e7))
        );
        assert_eq!(parse("{}", flat), None);
        assert_eq!(parse(benchmark, "{}"), None);
    }

    #[test]
    fn ratios_and_bars() {
        let found: BTreeMap<String, Bench> = [
            bench("large/clean/10MB", 1000, 4000.0),
            bench("large/word-walk/10MB", 1000, 1000.0),
            bench("large/clean/100MB", 10_000, 44_000.0),
            bench("pathological/clean/1M-blank-lines", 100, 700.0),
            bench("batch/clean", 1000, 2000.0),
            bench("batch/clean_batch", 1000, 1000.0),
        ]
        .into_iter()
        .collect();
        let report = report(&found).join("\n");
        assert!(report.contains(" 0.25  bar 0.5: NOT met"), "{report}");
        assert!(report.contains("large/clean/100MB"), "{report}");
        assert!(report.contains(" 1.10x\n"), "{report}");
        assert!(report.contains(" 1.75x  over the bar"), "{report}");
        assert!(report.contains("1 of 2 inputs within the bar"), "{report}");
        assert!(report.contains("2.00x  bar 1.8 (2 cores): met"), "{report}");
        assert_eq!(
            walk_of("seeds/clean/pravda").as_deref(),
            Some("seeds/word-walk/pravda")
        );
        assert_eq!(walk_of("batch/clean").as_deref(), Some("batch/word-walk"));
        assert_eq!(walk_of("batch/clean_batch"), None);
    }
}
