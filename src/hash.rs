//! Fast hashing for the core's word tables.
//!
//! Every table keyed by words (month names, number words, the rules'
//! lexicon, gazetteer walks, the tagger's clusters and word memo) is looked
//! up for every token, and its keys are our own folded words or the model's,
//! not an adversary's: FxHash's step over 8-byte chunks ([`WordHasher`])
//! serves them rather than the standard library's SipHash.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A fast non-cryptographic hasher for short words (FxHash's step over
/// 8-byte chunks).
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

const FX_K: u64 = 0x517c_c1b7_2722_0a95;

impl WordHasher {
    fn add(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(FX_K);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b) ^ ((rest.len() as u64) << 59));
        }
    }
    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The [`WordHasher`] hash of one word.
pub fn hash_word(w: &str) -> u64 {
    hash_bytes(w.as_bytes())
}

/// [`hash_word`] of a word's bytes.
pub fn hash_bytes(w: &[u8]) -> u64 {
    let mut h = WordHasher::default();
    h.write(w);
    h.finish()
}

/// FNV-1a's starting state (64-bit).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a's multiplier (64-bit).
pub const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// One FNV-1a step: the state after byte `b`. The tagger's feature hashes
/// and the train-set memory's phrase keys are FNV-1a, stable across
/// builds and platforms, since the model file stores them.
pub const fn fnv_step(h: u64, b: u8) -> u64 {
    (h ^ b as u64).wrapping_mul(FNV_PRIME)
}

/// A 64-bit FNV-1a state folded to the 32 bits the model file stores.
pub const fn fnv_fold(h: u64) -> u32 {
    (h ^ (h >> 32)) as u32
}

/// Builds [`WordHasher`]s, for any `HashMap`/`HashSet`.
pub type WordHash = BuildHasherDefault<WordHasher>;
/// A map from words or phrases, hashed with [`WordHasher`].
pub type WordMap<V> = HashMap<String, V, WordHash>;
/// A set of words or phrases, hashed with [`WordHasher`].
pub type WordSet = HashSet<String, WordHash>;
