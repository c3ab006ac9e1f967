//! Eight bytes at a time in plain integer arithmetic ("SIMD within a
//! register"), for the byte scans of the hot paths: the line splitter's
//! search for `\n` (`lines`), the token and code-byte searches of the feature
//! pass (`features`), the packed stopword keys and the hasher's tail
//! (`stopwords`), and the skip over ASCII runs of the keyword prefilter
//! (`lexicon`).
//!
//! The crate forbids `unsafe`, so there are no vector intrinsics; a `u64`
//! holds eight bytes (little-endian: byte `i` of the slice is bits `8 * i`
//! to `8 * i + 7`, so the lowest flagged byte is the first in the slice), and
//! a test sets the top bit of each byte it flags ([`TOP`]). The helpers are
//! `#[inline(always)]`: each is a handful of instructions, and a call would
//! cost more than the work.
//!
//! The classic zero-byte test ([`zero_bytes`]) is exact about whether a word
//! has a zero byte, and its lowest flag is always a true zero, but a byte
//! right above a zero byte may be flagged falsely (the borrow runs on): the
//! callers read only whether there is a flag, or the lowest one.

/// `0x01` in every byte.
pub(crate) const ONES: u64 = u64::MAX / 0xff;

/// The top bit of every byte: the flag bits of a test.
pub(crate) const TOP: u64 = ONES * 0x80;

/// [`ONES`] for sixteen bytes.
pub(crate) const ONES_128: u128 = u128::MAX / 0xff;

/// [`TOP`] for sixteen bytes.
pub(crate) const TOP_128: u128 = ONES_128 * 0x80;

/// `b` in every byte.
#[inline(always)]
pub(crate) const fn splat(b: u8) -> u64 {
    ONES * b as u64
}

/// The first eight bytes of `bytes` (at least eight), little-endian.
#[inline(always)]
pub(crate) fn load8(bytes: &[u8]) -> u64 {
    let mut word = [0u8; 8];
    word.copy_from_slice(&bytes[..8]);
    u64::from_le_bytes(word)
}

/// The zero bytes of `x`, flagged (see the module docs: exact about whether
/// there is one, and about the lowest one).
#[inline(always)]
pub(crate) fn zero_bytes(x: u64) -> u64 {
    x.wrapping_sub(ONES) & !x & TOP
}

/// The index of the lowest flagged byte of `flags` (not zero).
#[inline(always)]
pub(crate) fn first_flagged(flags: u64) -> usize {
    (flags.trailing_zeros() / 8) as usize
}

/// `bytes` (0 to 16 of them) as a little-endian integer, read in at most four
/// loads that may overlap (an overlapping byte is or-ed with itself): neither a
/// loop nor a call to `memcpy`.
#[inline]
pub(crate) fn load_short(bytes: &[u8]) -> u128 {
    let len = bytes.len();
    let u32_at = |i: usize| {
        let mut chunk = [0u8; 4];
        chunk.copy_from_slice(&bytes[i..i + 4]);
        u64::from(u32::from_le_bytes(chunk))
    };
    match len {
        0 => 0,
        1..=3 => {
            let b = |i: usize| u128::from(bytes[i]) << (8 * i);
            b(0) | b(len / 2) | b(len - 1)
        }
        4..=7 => u128::from(u32_at(0) | (u32_at(len - 4) << (8 * (len - 4)))),
        _ => {
            // Bytes 8.. are the high half: the last eight bytes, without the
            // ones before byte 8.
            let high = load8(&bytes[len - 8..])
                .checked_shr(8 * (16 - len) as u32)
                .unwrap_or(0);
            u128::from(high) << 64 | u128::from(load8(bytes))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_loads_read_every_byte_once() {
        let text: Vec<u8> = (1..=16u8).collect();
        for len in 0..=16 {
            let mut want = [0u8; 16];
            want[..len].copy_from_slice(&text[..len]);
            assert_eq!(load_short(&text[..len]), u128::from_le_bytes(want), "{len}");
        }
    }

    #[test]
    fn zero_bytes_finds_the_first_zero() {
        for at in 0..8 {
            for fill in [0x01u8, 0x41, 0x80, 0xff] {
                let mut bytes = [fill; 8];
                bytes[at] = 0;
                let flags = zero_bytes(load8(&bytes));
                assert_ne!(flags, 0);
                assert_eq!(first_flagged(flags), at, "{bytes:?}");
            }
        }
        assert_eq!(zero_bytes(load8(b"no zeros")), 0);
        assert_eq!(splat(b'\n') ^ load8(b"\n\n\n\n\n\n\n\n"), 0);
    }
}
