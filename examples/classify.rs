//! Prints `LABEL<TAB>LINE` for every input line, in order, blank lines included.
//!
//! ```text
//! cargo run --example classify -- [FILE]     # FILE absent or `-`: standard input
//! ```
//!
//! This output format is what evaluation tools read: keep it stable.

use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let path = std::env::args().nth(1).unwrap_or_else(|| "-".to_owned());
    let text = match read_input(&path) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("classify: cannot read {path}: {err}");
            return ExitCode::FAILURE;
        }
    };
    let article = unboil::clean(&text);
    let mut out = BufWriter::new(io::stdout().lock());
    for line in article.lines() {
        if writeln!(out, "{}\t{}", line.label(), line.text()).is_err() {
            return ExitCode::FAILURE;
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

fn read_input(path: &str) -> io::Result<String> {
    if path == "-" {
        let mut text = String::new();
        io::stdin().read_to_string(&mut text)?;
        Ok(text)
    } else {
        std::fs::read_to_string(path)
    }
}
