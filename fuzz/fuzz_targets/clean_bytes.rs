//! Arbitrary bytes through `unboil::clean_bytes`: valid UTF-8 must give an
//! article that holds every invariant of `tests/support/invariants.rs`; anything
//! else must give an error that points at the first bad byte, and the lossy
//! decoding of the same bytes must then hold the invariants too.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    match unboil::clean_bytes(data) {
        Ok(article) => invariants::check_all(article.input(), &article),
        Err(err) => {
            let expected = std::str::from_utf8(data).unwrap_err();
            assert_eq!(err.valid_up_to(), expected.valid_up_to());
            assert!(err.line() >= 1);
            let text = String::from_utf8_lossy(data);
            invariants::check_all(&text, &unboil::clean(&text));
        }
    }
});
