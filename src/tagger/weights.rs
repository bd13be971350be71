//! The model file: a versioned little-endian binary with quantised
//! weights, and its in-memory form.
//!
//! Layout (all integers little-endian):
//!
//! | field | bytes |
//! |---|---|
//! | magic `KSHFTAG` + format byte | 8 |
//! | codebook, 256 × `f32` (code 0 is 0.0) | 1024 |
//! | temperature, bias against `O` (`f32`) | 8 |
//! | transitions, `(L+1)·L` × `f32` | 360 |
//! | feature count `n` (`u32`) | 4 |
//! | feature hashes, sorted (`u32` delta-coded as LEB128) | ≤ 5n |
//! | weights: per feature a `u16` mask of labels with a non-zero weight, then one code (`u8`, value = `codebook[code]`) per set bit | ≈ 5n |
//! | cluster count, then (`u8` length, word, LEB128 cluster) each | |
//! | memory count, then (`u8` length, phrase, `u8` type mask) each | |

use super::decode::Transitions;
use super::lexicon::Lexicon;
use super::N_LABELS as L;
use crate::error::{Error, ErrorKind};

/// Magic bytes; the last byte is the format version, bumped whenever the
/// layout or the feature definitions change.
pub const MAGIC: &[u8; 8] = b"KSHFTAG\x04";

/// A trained tagger: quantised feature weights, transitions and lexicon.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub(crate) keys: Vec<u32>,
    pub(crate) weights: Vec<i8>,
    pub(crate) book: Vec<f32>,
    pub(crate) temperature: f32,
    /// Subtracted from the `O` score of every token before decoding (a
    /// recall/precision trade-off fitted on the dev split).
    pub(crate) o_bias: f32,
    pub(crate) trans: Transitions,
    pub(crate) lexicon: Lexicon,
    /// `bucket[k]..bucket[k+1]` are the indices of keys whose top 16 bits
    /// are `k`.
    bucket: Vec<u32>,
}

fn bad(what: &str) -> Error {
    Error::new(ErrorKind::BadData, format!("tagger model: {what}"))
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Error> {
        let end = self.at.checked_add(n).ok_or_else(|| bad("truncated"))?;
        let s = self.b.get(self.at..end).ok_or_else(|| bad("truncated"))?;
        self.at = end;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, Error> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Result<u32, Error> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn f32(&mut self) -> Result<f32, Error> {
        Ok(f32::from_bits(self.u32()?))
    }
    fn leb(&mut self) -> Result<u32, Error> {
        let mut v: u64 = 0;
        for shift in (0..35).step_by(7) {
            let b = self.u8()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return u32::try_from(v).map_err(|_| bad("bad integer"));
            }
        }
        Err(bad("bad integer"))
    }
    fn str(&mut self) -> Result<&'a str, Error> {
        let n = self.u8()? as usize;
        std::str::from_utf8(self.take(n)?).map_err(|_| bad("bad UTF-8"))
    }
}

fn put_leb(out: &mut Vec<u8>, mut v: u32) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

impl Model {
    /// Builds a model from its parts (keys sorted and unique, `L` weights
    /// per key).
    pub(crate) fn new(
        keys: Vec<u32>,
        weights: Vec<i8>,
        book: Vec<f32>,
        temperature: f32,
        trans: Transitions,
        lexicon: Lexicon,
    ) -> Model {
        let mut bucket = vec![0u32; (1 << 16) + 1];
        for &k in &keys {
            bucket[(k >> 16) as usize + 1] += 1;
        }
        for i in 1..bucket.len() {
            bucket[i] += bucket[i - 1];
        }
        Model {
            keys,
            weights,
            book,
            temperature,
            o_bias: 0.0,
            trans,
            lexicon,
            bucket,
        }
    }

    /// The temperature marginals are computed at.
    pub fn temperature(&self) -> f32 {
        self.temperature
    }

    /// The bias against `O` (see [`Model::set_o_bias`]).
    pub fn o_bias(&self) -> f32 {
        self.o_bias
    }

    /// Sets the amount subtracted from every token's `O` score before
    /// decoding: positive values trade precision for recall.
    pub fn set_o_bias(&mut self, b: f32) {
        self.o_bias = b;
    }

    /// Sets the temperature marginals are computed at.
    pub fn set_temperature(&mut self, t: f32) {
        self.temperature = t;
    }

    /// The cluster table and train-set memory.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Number of features with weights.
    pub fn n_features(&self) -> usize {
        self.keys.len()
    }

    /// The weights row of a feature hash.
    fn row(&self, key: u32) -> Option<&[i8]> {
        let b = (key >> 16) as usize;
        let (lo, hi) = (self.bucket[b] as usize, self.bucket[b + 1] as usize);
        let slice = self.keys.get(lo..hi)?;
        let i = lo + slice.binary_search(&key).ok()?;
        self.weights.get(i * L..(i + 1) * L)
    }

    /// Emission scores of each token from its features.
    pub fn emissions(&self, feats: &[Vec<u32>]) -> Vec<[f32; L]> {
        feats
            .iter()
            .map(|fs| {
                let mut out = [0f32; L];
                for &f in fs {
                    if let Some(row) = self.row(f) {
                        for (o, &w) in out.iter_mut().zip(row) {
                            *o += self.book.get(w as u8 as usize).copied().unwrap_or(0.0);
                        }
                    }
                }
                out
            })
            .collect()
    }

    /// Serialises the model (deterministic: tables are written sorted).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.keys.len() * 12 + 1024);
        out.extend_from_slice(MAGIC);
        for i in 0..256 {
            let x = self.book.get(i).copied().unwrap_or(0.0);
            out.extend_from_slice(&x.to_le_bytes());
        }
        out.extend_from_slice(&self.temperature.to_le_bytes());
        out.extend_from_slice(&self.o_bias.to_le_bytes());
        for row in &self.trans {
            for x in row {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
        out.extend_from_slice(&(self.keys.len() as u32).to_le_bytes());
        let mut prev = 0u32;
        for &k in &self.keys {
            put_leb(&mut out, k - prev);
            prev = k;
        }
        for row in self.weights.chunks(L) {
            let mask = row
                .iter()
                .enumerate()
                .filter(|(_, &w)| w != 0)
                .fold(0u16, |m, (i, _)| m | 1 << i);
            out.extend_from_slice(&mask.to_le_bytes());
            out.extend(row.iter().filter(|&&w| w != 0).map(|&w| w as u8));
        }
        let mut clusters: Vec<(&String, &u32)> = self
            .lexicon
            .clusters
            .iter()
            .filter(|(w, _)| w.len() < 256)
            .collect();
        clusters.sort();
        out.extend_from_slice(&(clusters.len() as u32).to_le_bytes());
        for (w, &c) in clusters {
            out.push(w.len() as u8);
            out.extend_from_slice(w.as_bytes());
            put_leb(&mut out, c);
        }
        let mut memory: Vec<(&String, &u8)> = self
            .lexicon
            .memory
            .iter()
            .filter(|(w, _)| w.len() < 256)
            .collect();
        memory.sort();
        out.extend_from_slice(&(memory.len() as u32).to_le_bytes());
        for (w, &m) in memory {
            out.push(w.len() as u8);
            out.extend_from_slice(w.as_bytes());
            out.push(m);
        }
        out
    }

    /// Reads a model written by [`Model::to_bytes`]; an error (never a
    /// panic) on a wrong version or corrupt bytes.
    pub fn from_bytes(b: &[u8]) -> Result<Model, Error> {
        let mut r = Reader { b, at: 0 };
        let magic = r.take(8).map_err(|_| bad("not a model file"))?;
        if magic[..7] != MAGIC[..7] {
            return Err(bad("not a model file"));
        }
        if magic[7] != MAGIC[7] {
            return Err(bad(&format!(
                "format version {} but this build reads {} (retrain with `kashif train`)",
                magic[7], MAGIC[7]
            )));
        }
        let mut book = Vec::with_capacity(256);
        for _ in 0..256 {
            book.push(r.f32()?);
        }
        let temperature = r.f32()?;
        let o_bias = r.f32()?;
        let mut trans = [[0f32; L]; L + 1];
        for row in trans.iter_mut() {
            for x in row.iter_mut() {
                *x = r.f32()?;
            }
        }
        let n = r.u32()? as usize;
        if n > b.len() {
            return Err(bad("bad feature count"));
        }
        let mut keys = Vec::with_capacity(n);
        let mut prev = 0u32;
        for i in 0..n {
            let d = r.leb()?;
            if i > 0 && d == 0 {
                return Err(bad("feature keys not sorted"));
            }
            prev = prev.checked_add(d).ok_or_else(|| bad("bad feature key"))?;
            keys.push(prev);
        }
        let mut weights = vec![0i8; n * L];
        for row in weights.chunks_mut(L) {
            let m = r.take(2)?;
            let mask = u16::from_le_bytes([m[0], m[1]]);
            for (i, w) in row.iter_mut().enumerate() {
                if mask & (1 << i) != 0 {
                    *w = r.u8()? as i8;
                }
            }
        }
        let mut lexicon = Lexicon::default();
        let nc = r.u32()? as usize;
        for _ in 0..nc {
            let w = r.str()?.to_string();
            let c = r.leb()?;
            lexicon.clusters.insert(w, c);
        }
        let nm = r.u32()? as usize;
        for _ in 0..nm {
            let w = r.str()?.to_string();
            let m = r.u8()?;
            lexicon.memory.insert(w, m);
        }
        if r.at != b.len() {
            return Err(bad("trailing bytes"));
        }
        let mut m = Model::new(keys, weights, book, temperature, trans, lexicon);
        m.o_bias = o_bias;
        Ok(m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_version_check() {
        let mut lex = Lexicon::default();
        lex.clusters.insert("تركيا".into(), 7);
        lex.memory.insert("الامم المتحده".into(), 4);
        let m = Model::new(
            vec![3, 70000, 4_000_000_000],
            (0..27).map(|x| x as i8 - 13).collect(),
            (0..256).map(|x| x as f32).collect(),
            2.0,
            [[0.25; L]; L + 1],
            lex,
        );
        let b = m.to_bytes();
        let back = Model::from_bytes(&b).unwrap();
        assert_eq!(back, m);
        assert_eq!(back.row(70000).unwrap()[0], -4);
        assert_eq!(back.emissions(&[vec![3]])[0][1], 244.0);
        assert!(back.row(71000).is_none());
        let mut old = b.clone();
        old[7] = 0;
        assert!(Model::from_bytes(&old).is_err());
        assert!(Model::from_bytes(&b[..b.len() - 1]).is_err());
        assert!(Model::from_bytes(b"").is_err());
    }
}
