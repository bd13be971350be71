//! The model's word tables: word clusters induced offline from unlabelled
//! text, and the train-set entity memory (phrases seen as entities in the
//! training data, with their types).

use crate::tokenize::{clitics, Token, TokenKind};
use std::collections::HashMap;

/// Longest remembered phrase, in tokens.
pub const MAX_MEMORY_TOKENS: usize = 6;

/// Word → cluster and phrase → types tables (see the module docs).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Lexicon {
    /// Normalised word (or likely stem) → cluster id.
    pub clusters: HashMap<String, u32>,
    /// Normalised phrase (likely stems joined by one space) → bit mask of
    /// entity types (bit `t` for type `t` of [`super::TYPES`]).
    pub memory: HashMap<String, u8>,
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
pub fn parse_clusters(text: &str) -> HashMap<String, u32> {
    let mut out = HashMap::new();
    for line in text.lines() {
        let Some((w, c)) = line.split_once('\t') else {
            continue;
        };
        if let Ok(c) = c.trim().parse::<u32>() {
            out.insert(crate::normalize::arabic::key(w), c);
        }
    }
    out
}

impl Lexicon {
    /// The cluster of a normalised word.
    pub fn cluster(&self, word: &str) -> Option<u32> {
        self.clusters.get(word).copied()
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
        let mut key = String::new();
        for i in 0..tokens.len() {
            if tokens[i].kind != TokenKind::Word {
                continue;
            }
            key.clear();
            let mut best: Option<(usize, u8)> = None;
            for (j, w) in words.iter().enumerate().skip(i).take(MAX_MEMORY_TOKENS) {
                if j > i {
                    key.push(' ');
                }
                key.push_str(w);
                if let Some(&m) = self.memory.get(key.as_str()) {
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
