//! The model's word tables: word clusters induced offline from unlabelled
//! text, and the train-set entity memory (phrases seen as entities in the
//! training data, with their types, kept as 32-bit hashes of the phrase:
//! no phrase of the training corpora is stored).
//!
//! Both are looked up for every token (the clusters once per clitic
//! reading), so they hash with [`crate::hash::WordHasher`] rather than
//! SipHash (the keys come from the model file, not from an adversary),
//! and the cluster table keeps its ~112k words in one buffer rather than
//! one allocation each.

use super::weights::CHUNK;
use crate::hash::{fnv_fold, fnv_step, hash_bytes, WordHash, FNV_OFFSET};
use crate::tokenize::{clitics, Token, TokenKind};
use std::collections::HashMap;

/// Phrase key ([`PhraseKey`]) → type mask.
pub type Memory = HashMap<u32, u8, WordHash>;

/// The memory key of a phrase: a 32-bit FNV-1a hash of its words (each
/// followed by a space), built one word at a time so that every prefix
/// of a run of words has its key on the way.
#[derive(Debug, Clone, Copy)]
pub struct PhraseKey(u64);

impl Default for PhraseKey {
    fn default() -> Self {
        PhraseKey(FNV_OFFSET)
    }
}

impl PhraseKey {
    /// The key of the phrase so far followed by `word`.
    pub fn push(self, word: &str) -> PhraseKey {
        PhraseKey(word.bytes().chain([b' ']).fold(self.0, fnv_step))
    }

    /// The key of a whole phrase.
    pub fn of<'w>(words: impl IntoIterator<Item = &'w str>) -> u32 {
        words
            .into_iter()
            .fold(PhraseKey::default(), PhraseKey::push)
            .done()
    }

    /// The 32-bit key.
    pub fn done(self) -> u32 {
        fnv_fold(self.0)
    }
}

/// Word → cluster id. The words' bytes are stored back to back in one
/// buffer and described, in the order they came, by one entry each (place
/// in the buffer, cluster); an open-addressing table (linear probing, at
/// most half full) maps a word's hash to its entry. A slot is 8 bytes
/// (hash and entry number), so the table a model loads is 2 MB to clear
/// and scatter into rather than 4 with the entries in it, and the entries
/// are written front to back. Words are compared as bytes, so a table read
/// from a model file needs no UTF-8 check: a word that is not UTF-8 can
/// never match a `&str` looked up.
#[derive(Debug, Clone, Default)]
pub struct Clusters {
    words: Vec<u8>,
    entries: Vec<Entry>,
    slots: Vec<Slot>,
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    start: u32,
    len: u32,
    cluster: u32,
}

#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    /// The word's hash (its top 32 bits); compared before the bytes.
    hash: u32,
    /// Index in `entries` + 1; 0 marks an empty slot.
    entry1: u32,
}

impl Clusters {
    /// An empty table with room for `n` words.
    pub fn with_capacity(n: usize) -> Clusters {
        Clusters {
            words: Vec::with_capacity(n * 10),
            entries: Vec::with_capacity(n),
            slots: vec![Slot::default(); Clusters::slots_for(n)],
        }
    }

    /// Slots for a table of `n` words: at most half full.
    fn slots_for(n: usize) -> usize {
        (2 * n).next_power_of_two().max(16)
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there is no word.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn word(&self, e: &Entry) -> &[u8] {
        let a = e.start as usize;
        self.words.get(a..a + e.len as usize).unwrap_or_default()
    }

    /// The slot of `word`, or the empty slot where it would go.
    fn find(&self, word: &[u8], h: u64) -> usize {
        let mask = self.slots.len() - 1;
        let h32 = (h >> 32) as u32;
        let mut i = h32 as usize & mask;
        loop {
            let s = self.slots[i];
            if s.entry1 == 0
                || (s.hash == h32
                    && self
                        .entries
                        .get(s.entry1 as usize - 1)
                        .is_some_and(|e| self.word(e) == word))
            {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    /// The cluster of `word`.
    pub fn get(&self, word: &str) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        let word = word.as_bytes();
        let s = self.slots[self.find(word, hash_bytes(word))];
        let e = s.entry1.checked_sub(1)?;
        self.entries.get(e as usize).map(|e| e.cluster)
    }

    /// A table of the words at `ranges` of `words` (which it keeps, rather
    /// than copying each word), with their clusters: what a model file
    /// loads, in one pass. A word given twice keeps its last cluster; a
    /// range out of bounds (or past 4 GB) is skipped.
    pub fn from_ranges(
        words: Vec<u8>,
        entries: impl ExactSizeIterator<Item = (std::ops::Range<usize>, u32)>,
    ) -> Clusters {
        // Not `with_capacity`: that would reserve a words buffer only to
        // drop it for the one given.
        let n = entries.len();
        let mut out = Clusters {
            words,
            entries: Vec::with_capacity(n),
            slots: vec![Slot::default(); Clusters::slots_for(n)],
        };
        let mut entries = entries.peekable();
        while entries.peek().is_some() {
            out.place_some(&mut entries);
        }
        out
    }

    /// Places up to [`CHUNK`] of `entries` (a step of
    /// [`Clusters::from_ranges`], a function of its own so that a
    /// WebAssembly engine optimises it after the first few calls).
    #[inline(never)]
    fn place_some(&mut self, entries: &mut impl Iterator<Item = (std::ops::Range<usize>, u32)>) {
        for (r, cluster) in entries.take(CHUNK) {
            self.place(r, cluster);
        }
    }

    /// Sets the cluster of `word` (ignored once the words reach 4 GB).
    pub fn insert(&mut self, word: &str, cluster: u32) {
        if 2 * (self.len() + 1) > self.slots.len() {
            self.grow();
        }
        let start = self.words.len();
        self.words.extend_from_slice(word.as_bytes());
        if !self.place(start..self.words.len(), cluster) {
            self.words.truncate(start);
        }
    }

    /// Gives the word at `r` of the buffer `cluster`, and whether it took a
    /// new slot (false when it was there already, or `r` is out of bounds
    /// or past 4 GB). The table must have a free slot.
    fn place(&mut self, r: std::ops::Range<usize>, cluster: u32) -> bool {
        let (Some(word), Ok(start), Ok(len), Ok(entry1)) = (
            self.words.get(r.clone()),
            u32::try_from(r.start),
            u32::try_from(r.len()),
            u32::try_from(self.entries.len() + 1),
        ) else {
            return false;
        };
        let h = hash_bytes(word);
        let i = self.find(word, h);
        if let Some(e) = self.slots[i].entry1.checked_sub(1) {
            if let Some(e) = self.entries.get_mut(e as usize) {
                e.cluster = cluster;
            }
            return false;
        }
        self.slots[i] = Slot {
            hash: (h >> 32) as u32,
            entry1,
        };
        self.entries.push(Entry {
            start,
            len,
            cluster,
        });
        true
    }

    fn grow(&mut self) {
        let old = std::mem::take(&mut self.slots);
        self.slots = vec![Slot::default(); (old.len() * 2).max(16)];
        let mask = self.slots.len() - 1;
        for s in old.into_iter().filter(|s| s.entry1 != 0) {
            let mut i = s.hash as usize & mask;
            while self.slots[i].entry1 != 0 {
                i = (i + 1) & mask;
            }
            self.slots[i] = s;
        }
    }

    /// Every `(word, cluster)`, in the order they came (but words that are
    /// not UTF-8, which no lookup can match).
    pub fn iter(&self) -> impl Iterator<Item = (&str, u32)> {
        self.entries
            .iter()
            .filter_map(|e| Some((std::str::from_utf8(self.word(e)).ok()?, e.cluster)))
    }
}

impl PartialEq for Clusters {
    fn eq(&self, other: &Clusters) -> bool {
        self.len() == other.len() && self.iter().all(|(w, c)| other.get(w) == Some(c))
    }
}

impl<'a> FromIterator<(&'a str, u32)> for Clusters {
    fn from_iter<I: IntoIterator<Item = (&'a str, u32)>>(iter: I) -> Clusters {
        let mut out = Clusters::default();
        for (w, c) in iter {
            out.insert(w, c);
        }
        out
    }
}

/// Longest remembered phrase, in tokens.
pub const MAX_MEMORY_TOKENS: usize = 6;

/// Word → cluster and phrase → types tables (see the module docs).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Lexicon {
    /// Normalised word (or likely stem) → cluster id.
    pub clusters: Clusters,
    /// Key of a normalised phrase (its likely stems, [`PhraseKey`]) → bit
    /// mask of entity types (bit `t` for type `t` of [`super::TYPES`]).
    pub memory: Memory,
}

/// The memory key of a token: its likely stem.
pub fn memory_word(text: &str, tok: &Token) -> String {
    let w = tok.text(text);
    if tok.kind == TokenKind::Word {
        clitics::likely_stem(w).into_owned()
    } else {
        w.to_string()
    }
}

/// Reads a cluster table: `word<TAB>cluster` per line (words are folded
/// to their matching key; malformed lines are skipped).
pub fn parse_clusters(text: &str) -> Clusters {
    parse_clusters_with(text, |_, c| Some(c))
}

/// [`parse_clusters`] with each word's class passed through `class(word,
/// class)` first (the word as the file has it); `None` leaves the word out.
pub fn parse_clusters_with(text: &str, class: impl Fn(&str, u32) -> Option<u32>) -> Clusters {
    let mut out = Clusters::default();
    for line in text.lines() {
        let Some((w, c)) = line.split_once('\t') else {
            continue;
        };
        if let Some(c) = c.trim().parse::<u32>().ok().and_then(|c| class(w, c)) {
            out.insert(&crate::normalize::arabic::key(w), c);
        }
    }
    out
}

impl Lexicon {
    /// The cluster of a normalised word.
    pub fn cluster(&self, word: &str) -> Option<u32> {
        self.clusters.get(word)
    }

    /// Per-token memory bits: for every remembered phrase covering the
    /// token (longest match from each start), bit `2t` if it begins a
    /// phrase of type `t`, bit `2t+1` if it continues one; bit 8 if the
    /// token is a one-word phrase, bit 9 if it is in a longer one.
    /// `words[i]` is the [`memory_word`] of `tokens[i]`.
    pub fn memory_features(&self, tokens: &[Token], words: &[&str]) -> Vec<u32> {
        let mut out = vec![0u32; tokens.len()];
        if self.memory.is_empty() {
            return out;
        }
        for i in 0..tokens.len() {
            if tokens[i].kind != TokenKind::Word {
                continue;
            }
            let mut key = PhraseKey::default();
            let mut best: Option<(usize, u8)> = None;
            for (j, w) in words.iter().enumerate().skip(i).take(MAX_MEMORY_TOKENS) {
                key = key.push(w);
                if let Some(&m) = self.memory.get(&key.done()) {
                    best = Some((j, m));
                }
            }
            if let Some((j, m)) = best {
                for (k, o) in out[i..=j].iter_mut().enumerate() {
                    for t in 0..4 {
                        if m & (1 << t) != 0 {
                            *o |= 1 << (2 * t + usize::from(k > 0));
                        }
                    }
                    *o |= if j == i { 1 << 8 } else { 1 << 9 };
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clusters_behave_like_a_map() {
        let mut c = Clusters::default();
        let mut m = HashMap::new();
        for i in 0..5000u32 {
            let w = format!("كلمة{}", i % 3000);
            c.insert(&w, i);
            m.insert(w, i);
        }
        c.insert("", 9);
        m.insert(String::new(), 9);
        assert_eq!(c.len(), m.len());
        for (w, &v) in &m {
            assert_eq!(c.get(w), Some(v), "{w}");
        }
        assert_eq!(c.get("كلمة3000"), None);
        assert_eq!(c.get("كلمة"), None);
        let back: Clusters = m.iter().map(|(w, &v)| (w.as_str(), v)).collect();
        assert_eq!(back, c);
        assert_eq!(c.iter().count(), m.len());
    }

    #[test]
    fn embedded_model_writes_back_its_bytes() {
        let m = crate::tagger::embedded().unwrap();
        assert!(m.lexicon().clusters.len() > 1000);
        assert_eq!(
            m.to_bytes(),
            include_bytes!("../../data/model.bin").as_slice()
        );
    }
}
