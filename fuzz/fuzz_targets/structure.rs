//! Arbitrary bytes through `unboil::clean_bytes`, checking what must hold on
//! any input with no exception: no panic, one line per input line, spans that
//! tile the input, `clean` deterministic, and the same for the clean text
//! (`article.text()`) cleaned again. The `clean_bytes` target checks all this
//! and idempotence too, and so stops at the first idempotence failure; this
//! target keeps looking for panics and lost bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/invariants.rs"]
#[allow(dead_code)]
mod invariants;

fn check(text: &str) {
    let article = unboil::clean(text);
    invariants::check_structure(text, &article);
    assert_eq!(unboil::clean(text), article, "clean is deterministic");
    let clean_text = article.text();
    invariants::check_structure(&clean_text, &unboil::clean(&clean_text));
}

fuzz_target!(|data: &[u8]| match unboil::clean_bytes(data) {
    Ok(article) => check(article.input()),
    Err(err) => {
        assert_eq!(
            err.valid_up_to(),
            std::str::from_utf8(data).unwrap_err().valid_up_to()
        );
        check(&String::from_utf8_lossy(data));
    }
});
