//! Prints the headline, byline, authors and body of an article, for a person to read.
//!
//! ```text
//! cargo run --example clean -- [FILE]     # default: examples/data/pravda.txt
//! ```

use std::process::ExitCode;

fn main() -> ExitCode {
    let path = std::env::args().nth(1).unwrap_or_else(|| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/pravda.txt").to_owned()
    });
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("clean: cannot read {path}: {err}");
            return ExitCode::FAILURE;
        }
    };
    let article = unboil::clean(&text);
    println!(
        "Language: {}",
        article.language().map_or_else(
            || "(not sure)".to_owned(),
            |l| format!("{} ({l})", l.name())
        )
    );
    println!("Headline: {}", article.headline().unwrap_or("(none found)"));
    println!("Byline:   {}", article.byline().unwrap_or("(none found)"));
    let authors = article.authors();
    println!(
        "Authors:  {}",
        if authors.is_empty() {
            "(none found)".to_owned()
        } else {
            authors.join("; ")
        }
    );
    let body: Vec<&str> = article.body().collect();
    let boilerplate = article
        .lines_with(unboil::Label::Boilerplate)
        .filter(|l| !l.is_blank())
        .count();
    println!(
        "\n{} body paragraphs; {} boilerplate lines set aside.\n",
        body.len(),
        boilerplate
    );
    // The headline and byline are printed above; `article.text()` would repeat
    // them (it is the whole article as clean text).
    println!("{}", body.join("\n\n"));
    ExitCode::SUCCESS
}
