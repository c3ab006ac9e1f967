//! Prints `LABEL<TAB>LINE` for every input line, in order, blank lines included.
//!
//! ```text
//! cargo run --example classify -- [--explain] [--lossy] [FILE]
//! cargo run --example classify --features serde -- --json [--lossy] [FILE]
//! ```
//!
//! FILE absent or `-`: standard input. The default output format is what
//! evaluation tools read: keep it stable.
//!
//! * `--explain` adds a third column: why the line got its label, with the scores
//!   the rules read (`Article::explain`). Lines can hold tabs, so read the
//!   explanation as the text after the *last* tab.
//! * `--json` prints the article as one JSON object instead (needs the `serde`
//!   feature); with `--explain`, each line also gets its `explanation`.
//! * Input that is not UTF-8 is refused with a message that locates the first bad
//!   byte (exit status 1), as `unboil::clean_bytes` does; `--lossy` replaces bad
//!   bytes with U+FFFD instead and says on standard error how many were replaced.

use std::borrow::Cow;
use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

/// The command line.
struct Options {
    explain: bool,
    json: bool,
    lossy: bool,
    path: String,
}

const USAGE: &str = "usage: classify [--explain] [--json] [--lossy] [FILE]";

fn parse_args() -> Result<Options, String> {
    let mut options = Options {
        explain: false,
        json: false,
        lossy: false,
        path: "-".to_owned(),
    };
    let mut path = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--explain" => options.explain = true,
            "--json" => options.json = true,
            "--lossy" => options.lossy = true,
            "-h" | "--help" => return Err(USAGE.to_owned()),
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option {flag}\n{USAGE}"))
            }
            _ if path.is_some() => return Err(format!("more than one FILE\n{USAGE}")),
            _ => path = Some(arg),
        }
    }
    if let Some(path) = path {
        options.path = path;
    }
    Ok(options)
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    let bytes = match read_input(&options.path) {
        Ok(bytes) => bytes,
        Err(err) => {
            eprintln!("classify: cannot read {}: {err}", options.path);
            return ExitCode::FAILURE;
        }
    };
    let text: Cow<str> = match unboil::clean_bytes(&bytes) {
        Ok(article) => Cow::Borrowed(article.input()),
        Err(err) if options.lossy => {
            let text = String::from_utf8_lossy(&bytes);
            eprintln!(
                "classify: {}: replaced {} invalid byte(s) with U+FFFD (first at byte {}, line {})",
                options.path,
                replaced_bytes(&bytes),
                err.valid_up_to(),
                err.line()
            );
            text
        }
        Err(err) => {
            eprintln!(
                "classify: {}: {err}\n(rerun with --lossy to replace invalid bytes)",
                options.path
            );
            return ExitCode::FAILURE;
        }
    };
    let article = unboil::clean(&text);
    let mut out = BufWriter::new(io::stdout().lock());
    let written = if options.json {
        write_json(&mut out, &article, options.explain)
    } else {
        write_tsv(&mut out, &article, options.explain)
    };
    match written.and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`| head`) is not an error worth a message.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("classify: {err}");
            ExitCode::FAILURE
        }
    }
}

fn write_tsv(out: &mut impl Write, article: &unboil::Article<'_>, explain: bool) -> io::Result<()> {
    if explain {
        for (line, why) in article.explanations() {
            writeln!(out, "{}\t{}\t{}", line.label(), line.text(), why)?;
        }
    } else {
        for line in article.lines() {
            writeln!(out, "{}\t{}", line.label(), line.text())?;
        }
    }
    Ok(())
}

#[cfg(feature = "serde")]
fn write_json(
    out: &mut impl Write,
    article: &unboil::Article<'_>,
    explain: bool,
) -> io::Result<()> {
    let mut value = serde_json::to_value(article)?;
    if explain {
        let lines = value["lines"].as_array_mut().expect("lines are an array");
        for (json, (_, why)) in lines.iter_mut().zip(article.explanations()) {
            json["explanation"] = serde_json::to_value(&why)?;
            json["explanation"]["summary"] = why.to_string().into();
        }
    }
    serde_json::to_writer_pretty(&mut *out, &value)?;
    writeln!(out)
}

#[cfg(not(feature = "serde"))]
fn write_json(_: &mut impl Write, _: &unboil::Article<'_>, _: bool) -> io::Result<()> {
    Err(io::Error::new(
        io::ErrorKind::Unsupported,
        "--json needs the serde feature: cargo run --example classify --features serde -- --json FILE",
    ))
}

fn read_input(path: &str) -> io::Result<Vec<u8>> {
    if path == "-" {
        let mut bytes = Vec::new();
        io::stdin().read_to_end(&mut bytes)?;
        Ok(bytes)
    } else {
        std::fs::read(path)
    }
}

/// How many bytes of `bytes` are not part of a valid UTF-8 sequence (each run of
/// them becomes one U+FFFD per invalid sequence in a lossy decode).
fn replaced_bytes(mut bytes: &[u8]) -> usize {
    let mut replaced = 0;
    loop {
        match std::str::from_utf8(bytes) {
            Ok(_) => return replaced,
            Err(err) => {
                let bad = err.error_len().unwrap_or(bytes.len() - err.valid_up_to());
                replaced += bad;
                bytes = &bytes[err.valid_up_to() + bad..];
            }
        }
    }
}
