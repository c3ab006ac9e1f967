//! The `classify` example as people run it: built by `cargo test` next to the test
//! binaries, run here on files that are and are not UTF-8.

use std::path::PathBuf;
use std::process::{Command, Output};

fn classify(args: &[&str]) -> Output {
    // target/<profile>/deps/<this test> -> target/<profile>/examples/classify
    let mut exe = std::env::current_exe().expect("test binary path");
    exe.pop();
    exe.pop();
    exe.push("examples");
    exe.push(format!("classify{}", std::env::consts::EXE_SUFFIX));
    assert!(exe.exists(), "{} is built by cargo test", exe.display());
    Command::new(exe)
        .args(args)
        .output()
        .expect("classify runs")
}

fn write(name: &str, bytes: &[u8]) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, bytes).expect("temp file");
    path
}

const LATIN1: &[u8] = b"Home\nCaf\xe9 menu\nThe council voted on Monday to close the old bridge, which has carried traffic across the river since 1911.\n";

#[test]
fn non_utf8_file_is_refused_with_a_message() {
    let path = write("latin1.txt", LATIN1);
    let out = classify(&[path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("not UTF-8"), "{err}");
    assert!(err.contains("at byte 8 (line 2)"), "{err}");
    assert!(err.contains("--lossy"), "{err}");
}

#[test]
fn lossy_replaces_and_counts() {
    let path = write("latin1-lossy.txt", LATIN1);
    let out = classify(&["--lossy", path.to_str().unwrap()]);
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("replaced 1 invalid byte(s)"), "{err}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<&str> = stdout.lines().collect();
    assert_eq!(rows.len(), 3);
    assert!(rows[1].ends_with("\tCaf\u{fffd} menu"), "{}", rows[1]);
    assert!(rows[2].starts_with("body\t"), "{}", rows[2]);
}

#[test]
fn explain_adds_a_third_column_and_the_default_stays_two() {
    let path = write("utf8.txt", b"Home\nHome\n\nThe council voted on Monday to close the old bridge, which has carried traffic across the river since 1911.\n");
    let plain = String::from_utf8(classify(&[path.to_str().unwrap()]).stdout).unwrap();
    assert!(
        plain.lines().all(|row| row.split('\t').count() == 2),
        "{plain}"
    );
    let explained =
        String::from_utf8(classify(&["--explain", path.to_str().unwrap()]).stdout).unwrap();
    let rows: Vec<Vec<&str>> = explained.lines().map(|r| r.split('\t').collect()).collect();
    assert_eq!(rows.len(), 4);
    assert!(rows.iter().all(|r| r.len() == 3));
    assert!(rows[0][2].starts_with("repeated: "), "{}", rows[0][2]);
    assert!(rows[0][2].contains("seen 2 times"), "{}", rows[0][2]);
    assert_eq!(rows[2][2], "blank: empty or only whitespace");
    assert!(
        rows[3][2].starts_with("body-text: reads like prose"),
        "{}",
        rows[3][2]
    );
}
