//! How often each line occurs in the input, in linear time and little memory.
//!
//! Two lines are the same when their texts are equal after trimming; blank lines
//! count 0. The count is exact (texts are compared, not only hashed): an
//! open-addressing table of line indices, keyed by the trimmed text, finds each
//! line's first occurrence (its *group*); the group's count grows in the first
//! line's entry, every other line's entry links to it, and a last pass hands
//! every line its group's count.
//!
//! The lines are hashed first, in a walk of their texts, into the vector that
//! then receives the counts; the probes come after, in a loop of their own. On
//! an input of many distinct lines (a list of a million one-word lines) every
//! probe misses the cache, and a loop that only probes lets the processor have
//! the misses of several lines in flight: the same probes with the hashing
//! between them took about twice as long.
//!
//! A slot also keeps eight bits of the text's hash above the line index (inputs
//! of fewer than 16M lines), so a probe compares texts only when those bits
//! agree: on an input of many distinct lines most probes would otherwise read
//! another line's text, a cache miss each.
//!
//! Memory is what makes this shape: the table holds 4-byte line indices at a load
//! of at most one half, so it costs 8 to 16 bytes per non-blank line (and the
//! counts 4 bytes per line), where a
//! `HashMap<&str, u32>` would cost 30 to 60 (see `tests/memory.rs`). Inputs with
//! `1 << 31` lines or more (gigabytes) fall back to such a map.

use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault};

use crate::lines::trim;
use crate::stopwords::FxHasher;

/// An empty slot of the table.
const EMPTY: u32 = u32::MAX;

/// Bits of a slot that hold the line index when the input has fewer lines than
/// `1 << INDEX_BITS`; the bits above hold a tag, the top bits of the text's
/// hash, so that a probe that meets another text's slot is turned away without
/// reading that text (a cache miss each, on an input of many distinct lines).
const INDEX_BITS: u32 = 24;

/// The bit of a line's entry in [`counts`]' first pass that says the rest is
/// the index of the group's first line, not a count.
const LINK: u32 = 1 << 31;

/// How often each line's trimmed text occurs among the `n` texts `text(0)`,
/// `text(1)`, … (0 for blank lines). The texts are read through a function,
/// so that the caller need not gather them in a vector (16 bytes a line): the
/// cleaner reads them from its line records (see `records`).
pub(crate) fn counts<'a>(n: usize, text: impl Fn(usize) -> &'a str) -> Vec<u32> {
    let non_blank = (0..n).filter(|&i| !trim(text(i)).is_empty()).count();
    counts_of((0..n).map(&text), &text, non_blank)
}

/// [`counts`] when it is known that at most `non_blank` of the texts are not
/// blank once trimmed (`records::Records::new` counts the non-empty ones while
/// splitting): the table is sized for that many. `texts` gives the texts in
/// order (a walk is cheaper than looking each one up), `text` any one of them.
pub(crate) fn counts_of<'a>(
    texts: impl ExactSizeIterator<Item = &'a str>,
    text: impl Fn(usize) -> &'a str,
    non_blank: usize,
) -> Vec<u32> {
    let n = texts.len();
    // Without a non-blank line there is nothing to count, and a zeroed vector
    // costs no walk (an input of blank lines only).
    if non_blank == 0 {
        return vec![0; n];
    }
    if n >= LINK as usize {
        return counts_with_map(n, text);
    }
    // Tags need the index to fit below them; an index of all ones would make
    // the slot of tag 0xff read as empty.
    let tagged = n < (1 << INDEX_BITS) - 1;
    let index_mask: u32 = if tagged { (1 << INDEX_BITS) - 1 } else { EMPTY };
    // At most half full: linear probing stays short. (`bits` is at most 32:
    // there are fewer than `LINK` lines.)
    let bits = (2 * non_blank).max(2).next_power_of_two().trailing_zeros();
    let mut table = vec![EMPTY; 1 << bits];
    let mask = (1usize << bits) - 1;
    // The first pass hashes every line into its own entry of `counts` (a
    // walk of the texts in order, no table access); 0 marks a blank line.
    let mut counts = vec![0u32; n];
    for (entry, t) in counts.iter_mut().zip(texts) {
        let key = trim(t);
        if !key.is_empty() {
            // The Fx hash mixes into the high bits: its top 32 are kept.
            let hash = BuildHasherDefault::<FxHasher>::default().hash_one(key);
            *entry = ((hash >> 32) as u32).max(1);
        }
    }
    // Second pass, the probes: a group's first line holds the group's count,
    // every other line of the group `LINK` and the first line's index (one
    // vector, not a vector of groups and one of counts: 4 bytes a line).
    // Entries before `i` hold counts and links, entries from `i` on hashes.
    // The loop only probes (the hashing is done), so that the processor has
    // the table reads of several lines in flight: on an input of many
    // distinct lines every probe misses the cache.
    for i in 0..n {
        let hash = counts[i];
        if hash == 0 {
            continue;
        }
        // The slot: the hash's top bits. The tag: its low bits, which pick
        // no slot while the table has at most `1 << INDEX_BITS` slots (a
        // tag is a filter: equal texts have equal tags whatever bits it
        // shares with the slot); 0 when the input is too long for tags.
        let mut slot = (u64::from(hash) >> (32 - bits)) as usize & mask;
        let tag = (hash << INDEX_BITS) & !index_mask;
        loop {
            let entry = table[slot];
            if entry == EMPTY {
                table[slot] = tag | i as u32;
                counts[i] = 1;
                break;
            }
            let first = entry & index_mask;
            if entry & !index_mask == tag && trim(text(first as usize)) == trim(text(i)) {
                counts[first as usize] += 1;
                counts[i] = LINK | first;
                break;
            }
            slot = (slot + 1) & mask;
        }
    }
    drop(table);
    // Second pass: a group's first line comes before the rest of the group and
    // keeps its count (below `LINK`: there are fewer lines), so one forward
    // walk hands it to them.
    for i in 0..counts.len() {
        let c = counts[i];
        if c & LINK != 0 {
            counts[i] = counts[(c & !LINK) as usize];
        }
    }
    counts
}

/// [`counts`] with a hash map, for inputs too long for 31-bit line indices.
fn counts_with_map<'a>(n: usize, text: impl Fn(usize) -> &'a str) -> Vec<u32> {
    let mut map: HashMap<&str, u32, BuildHasherDefault<FxHasher>> = HashMap::default();
    for i in 0..n {
        let key = text(i).trim();
        if !key.is_empty() {
            let n = map.entry(key).or_insert(0);
            *n = n.saturating_add(1);
        }
    }
    (0..n)
        .map(|i| map.get(text(i).trim()).copied().unwrap_or(0))
        .collect()
}

#[cfg(test)]
mod tests {
    fn counts(texts: &[&str]) -> Vec<u32> {
        super::counts(texts.len(), |i| texts[i])
    }

    fn counts_with_map(texts: &[&str]) -> Vec<u32> {
        super::counts_with_map(texts.len(), |i| texts[i])
    }

    #[test]
    fn counts_ignore_surrounding_space_and_blanks() {
        let texts = ["a", " a ", "", "b", "  ", "a"];
        assert_eq!(counts(&texts), [3, 3, 0, 1, 0, 3]);
        assert_eq!(counts(&texts), counts_with_map(&texts));
        // Only blank lines: nothing is counted.
        assert_eq!(counts(&["", "  ", ""]), [0, 0, 0]);
    }

    #[test]
    fn agrees_with_a_map_on_many_groups() {
        // Group sizes 1 to 40, interleaved, so that probing collides often.
        let owned: Vec<String> = (0..2000)
            .map(|i| format!("w{}", (i * 7) % (i % 40 + 1)))
            .collect();
        let texts: Vec<&str> = owned.iter().map(String::as_str).collect();
        assert_eq!(counts(&texts), counts_with_map(&texts));
        assert!(counts(&[]).is_empty());
    }

    #[test]
    fn tags_never_hide_an_equal_text() {
        // Many distinct texts and many repeats: every probe sequence meets
        // slots of other texts, tagged and compared.
        let owned: Vec<String> = (0..50_000)
            .map(|i| format!("line {}", (i * 7919) % 20_011))
            .collect();
        let texts: Vec<&str> = owned.iter().map(String::as_str).collect();
        let got = counts(&texts);
        assert_eq!(got, counts_with_map(&texts));
        assert!(got.iter().all(|&c| (2..=3).contains(&c)));
    }
}
