//! A dense, byte-class-compressed copy of an Aho-Corasick DFA, for the keyword
//! lexicons' hot loop.
//!
//! The keyword automaton runs over every line of up to 400 bytes, so its inner
//! loop is a good part of what a short line costs. The `aho-corasick` crate's
//! DFA, stepped by hand through its `Automaton` trait, keeps a transition table
//! of several hundred kilobytes and checks each state behind the trait. This
//! copy is built once from it, state by state, so it gives the same matches at
//! every position:
//!
//! * the bytes are grouped into classes that every state treats alike (computed
//!   here from the transitions, so nothing depends on the crate's internals):
//!   the keyword lists give about 1,100 states and 33 classes, a table of about
//!   150 KB;
//! * states are numbered so that all plain states come before the match states
//!   and the dead state, and stored premultiplied by the number of classes: a step
//!   is one table read, and "is anything to do here?" one comparison, made once
//!   for four bytes (a round that meets a match state is stepped again byte by
//!   byte).
//!
//! The loop is still one dependent load a byte; what it saves is bookkeeping
//! and cache footprint, not the automaton's nature.

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::Anchored;
use std::collections::HashMap;

/// See the module docs.
pub(crate) struct DenseDfa {
    /// The class of every byte.
    classes: [u8; 256],
    /// How many classes there are (the stride of `next`).
    stride: usize,
    /// `next[state + class]`: the next state, premultiplied by `stride`.
    next: Vec<u32>,
    /// The start state, premultiplied.
    start: u32,
    /// States at or after this one (premultiplied) are match or dead states.
    first_special: u32,
    /// The dead state (premultiplied), or `u32::MAX` if it cannot be reached.
    dead: u32,
    /// For match state `first_special + k * stride`: its patterns are
    /// `patterns[match_ranges[k].0..match_ranges[k].1]`.
    match_ranges: Vec<(u32, u32)>,
    /// The patterns of the match states, with their lengths in bytes.
    patterns: Vec<(u32, u32)>,
}

impl DenseDfa {
    /// The dense copy of the unanchored search of `dfa`.
    pub(crate) fn new(dfa: &DFA) -> DenseDfa {
        let Ok(start) = dfa.start_state(Anchored::No) else {
            // Without an unanchored start there is nothing to find: one state
            // that loops on itself and never matches.
            return DenseDfa {
                classes: [0; 256],
                stride: 1,
                next: vec![0],
                start: 0,
                first_special: 1,
                dead: u32::MAX,
                match_ranges: Vec::new(),
                patterns: Vec::new(),
            };
        };
        // Every state reachable from the start, in the order first seen.
        let mut ids = vec![start];
        let mut seen: HashMap<_, usize> = HashMap::new();
        seen.insert(start, 0);
        let mut i = 0;
        while i < ids.len() {
            let sid = ids[i];
            if !dfa.is_dead(sid) {
                for b in 0..=255u8 {
                    let next = dfa.next_state(Anchored::No, sid, b);
                    seen.entry(next).or_insert_with(|| {
                        ids.push(next);
                        ids.len() - 1
                    });
                }
            }
            i += 1;
        }
        // Plain states first, then match states, then the dead state.
        let rank = |sid| {
            if dfa.is_dead(sid) {
                2
            } else if dfa.is_match(sid) {
                1
            } else {
                0
            }
        };
        let mut order = ids.clone();
        order.sort_by_key(|&sid| rank(sid));
        let index: HashMap<_, usize> = order.iter().enumerate().map(|(i, &s)| (s, i)).collect();

        // Byte classes: bytes whose column of transitions is the same.
        let mut classes = [0u8; 256];
        let mut columns: HashMap<Vec<usize>, u8> = HashMap::new();
        for b in 0..=255u8 {
            let column: Vec<usize> = order
                .iter()
                .map(|&sid| match dfa.is_dead(sid) {
                    true => index[&sid],
                    false => index[&dfa.next_state(Anchored::No, sid, b)],
                })
                .collect();
            let n = columns.len();
            classes[usize::from(b)] = *columns.entry(column).or_insert(n as u8);
        }
        let stride = columns.len();
        let mut next = vec![0u32; order.len() * stride];
        for (i, &sid) in order.iter().enumerate() {
            for b in 0..=255u8 {
                let to = match dfa.is_dead(sid) {
                    true => i,
                    false => index[&dfa.next_state(Anchored::No, sid, b)],
                };
                next[i * stride + usize::from(classes[usize::from(b)])] = (to * stride) as u32;
            }
        }
        let first_special = order.iter().position(|&sid| rank(sid) > 0);
        let first_special = first_special.unwrap_or(order.len());
        let mut match_ranges = Vec::new();
        let mut patterns = Vec::new();
        for &sid in order[first_special..].iter().filter(|&&sid| rank(sid) == 1) {
            let from = patterns.len() as u32;
            for k in 0..dfa.match_len(sid) {
                let pattern = dfa.match_pattern(sid, k);
                patterns.push((pattern.as_u32(), dfa.pattern_len(pattern) as u32));
            }
            match_ranges.push((from, patterns.len() as u32));
        }
        let dead = order
            .iter()
            .position(|&sid| dfa.is_dead(sid))
            .map_or(u32::MAX, |i| (i * stride) as u32);
        DenseDfa {
            classes,
            stride,
            next,
            start: (index[&start] * stride) as u32,
            first_special: (first_special * stride) as u32,
            dead,
            match_ranges,
            patterns,
        }
    }

    /// Calls `found(end, pattern, pattern_len)` for every match (overlapping
    /// ones included) of the patterns in `haystack`, in order of their ends,
    /// until `found` returns `true` (stop).
    #[inline]
    pub(crate) fn for_each_match(
        &self,
        haystack: &[u8],
        mut found: impl FnMut(usize, usize, usize) -> bool,
    ) {
        let mut state = self.start;
        let mut at = 0;
        loop {
            (at, state) = self.run(haystack, at, state);
            if state < self.first_special || state == self.dead {
                return;
            }
            let k = (state - self.first_special) as usize / self.stride;
            let (from, to) = self.match_ranges[k];
            for &(pattern, len) in &self.patterns[from as usize..to as usize] {
                if found(at, pattern as usize, len as usize) {
                    return;
                }
            }
        }
    }

    /// Steps from `state` over `haystack[at..]` until a match or dead state (or
    /// the end): where it stopped (after the byte that led there) and the state.
    /// The hot loop, kept apart so that its few values stay in registers.
    #[inline(never)]
    fn run(&self, haystack: &[u8], mut at: usize, mut state: u32) -> (usize, u32) {
        let next = &self.next[..];
        let classes = &self.classes;
        let first_special = self.first_special;
        let step = |state: u32, b: u8| next[state as usize + usize::from(classes[usize::from(b)])];
        // Four bytes a round, with one test for all four: special states are
        // rare, and a round that reaches one is stepped again byte by byte.
        while let Some(chunk) = haystack.get(at..at + 4) {
            let s1 = step(state, chunk[0]);
            let s2 = step(s1, chunk[1]);
            let s3 = step(s2, chunk[2]);
            let s4 = step(s3, chunk[3]);
            if s1.max(s2).max(s3.max(s4)) >= first_special {
                break;
            }
            state = s4;
            at += 4;
        }
        while let Some(&b) = haystack.get(at) {
            state = step(state, b);
            at += 1;
            if state >= first_special {
                return (at, state);
            }
        }
        (at, self.start)
    }

    /// How many states and byte classes the table has (for tests).
    #[cfg(test)]
    pub(crate) fn shape(&self) -> (usize, usize) {
        (self.next.len() / self.stride, self.stride)
    }
}
