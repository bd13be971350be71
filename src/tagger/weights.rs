//! The model file: a versioned little-endian binary with quantised
//! weights, and its in-memory form (a hash table from feature hash to the
//! feature's codebook indices, built once at load).
//!
//! Layout (all integers little-endian):
//!
//! | field | bytes |
//! |---|---|
//! | magic `KSHFTAG` + format byte | 8 |
//! | codebook, 256 × `f32` (code 0 is 0.0; the codes after the trained levels, if fewer than 255, 0.0 too) | 1024 |
//! | temperature, bias against `O` (`f32`) | 8 |
//! | transitions, `(L+1)·L` × `f32` | 360 |
//! | feature count `n` (`u32`) | 4 |
//! | feature hashes, sorted (`u32` delta-coded as LEB128) | ≤ 5n |
//! | weights: per feature a `u16` mask of labels with a non-zero weight, then one code (`u8`, value = `codebook[code]`) per set bit | ≈ 5n |
//! | cluster count `c` (`u32`), then the `c` words sorted and front-coded (`u8` bytes shared with the previous word, `u8` length of the rest, the rest), then the `c` clusters (LEB128) in the same order | |
//! | memory count `m` (`u32`), the `m` phrase keys sorted (`u32` delta-coded as LEB128), then their `m` type masks (`u8`) | |
//!
//! The sections are laid out for brotli (the page ships the file inside the
//! wasm): the words of the cluster table in one run and their cluster ids
//! in another compress to 30% less than interleaved `(word, id)` records.

use super::decode::Transitions;
use super::lexicon::{Clusters, Lexicon};
use super::N_LABELS as L;
use crate::error::{Error, ErrorKind};

/// Magic bytes; the last byte is the format version, bumped whenever the
/// layout or the feature definitions change.
pub const MAGIC: &[u8; 8] = b"KSHFTAG\x07";

/// A trained tagger: quantised feature weights, transitions and lexicon.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    weights: Table,
    pub(crate) book: [f32; 256],
    pub(crate) temperature: f32,
    /// Subtracted from the `O` score of every token before decoding (a
    /// recall/precision trade-off fitted on the dev split).
    pub(crate) o_bias: f32,
    pub(crate) trans: Transitions,
    pub(crate) lexicon: Lexicon,
}

/// Feature hash → codes: open addressing with linear probing, at most 3/4
/// full. The keys sit in their own array (4 bytes a slot, about 1 MB for
/// the shipped model), apart from the codes: most lookups are of features
/// the model does not have (pairs of words never seen together), and
/// those read the key array only, which stays in cache far better than
/// slots holding the codes too. A feature's home slot is the top bits of
/// its key (keys are already hashes), so inserting the keys in sorted
/// order, as the file stores them, writes the table front to back.
/// Features whose codes are all 0 weigh nothing and are not stored.
#[derive(Clone, PartialEq)]
struct Table {
    /// Feature hash of each slot; 0 marks an empty slot.
    keys: Vec<u32>,
    /// The codes of the feature in the same slot of `keys`.
    codes: Vec<[u8; L]>,
    /// The codes of the feature whose hash is 0, if the model has it.
    zero: Option<[u8; L]>,
    /// `32 − log2(keys.len())`: the home slot is the key's top bits.
    shift: u32,
    len: usize,
}

impl std::fmt::Debug for Table {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Table({} features)", self.len)
    }
}

impl Table {
    /// An empty table with room for `n` features.
    fn with_capacity(n: usize) -> Table {
        let bits = (n + n / 3 + 1).next_power_of_two().trailing_zeros().max(4);
        Table {
            keys: vec![0; 1 << bits],
            codes: vec![[0; L]; 1 << bits],
            zero: None,
            shift: 32 - bits,
            len: 0,
        }
    }

    fn home(&self, key: u32) -> usize {
        (key >> self.shift) as usize
    }

    /// Adds a feature (keys are unique; all-zero codes are skipped).
    fn insert(&mut self, key: u32, codes: [u8; L]) {
        if codes == [0; L] {
            return;
        }
        self.len += 1;
        if key == 0 {
            self.zero = Some(codes);
            return;
        }
        let mask = self.keys.len() - 1;
        let mut i = self.home(key);
        while self.keys[i] != 0 {
            i = (i + 1) & mask;
        }
        self.keys[i] = key;
        self.codes[i] = codes;
    }

    /// Inserts the features `keys` whose codes open `bytes` (per feature a
    /// `u16` mask of labels, then one code per set bit); returns the bytes
    /// after them.
    #[inline(never)]
    fn insert_coded<'b>(&mut self, keys: &[u32], mut bytes: &'b [u8]) -> Result<&'b [u8], Error> {
        for &k in keys {
            let [m0, m1, ref rest @ ..] = *bytes else {
                return Err(bad("truncated"));
            };
            let mask = u16::from_le_bytes([m0, m1]);
            let set = mask.count_ones() as usize;
            if mask >> L != 0 {
                return Err(bad("bad weight mask"));
            }
            let (given, after) = rest.split_at_checked(set).ok_or_else(|| bad("truncated"))?;
            let mut codes = [0u8; L];
            let mut given = given.iter();
            for (i, c) in codes.iter_mut().enumerate() {
                if mask & (1 << i) != 0 {
                    *c = given.next().copied().unwrap_or(0);
                }
            }
            self.insert(k, codes);
            bytes = after;
        }
        Ok(bytes)
    }

    fn get(&self, key: u32) -> Option<&[u8; L]> {
        if key == 0 {
            return self.zero.as_ref();
        }
        let mask = self.keys.len() - 1;
        let mut i = self.home(key);
        loop {
            match *self.keys.get(i)? {
                0 => return None,
                k if k == key => return self.codes.get(i),
                _ => i = (i + 1) & mask,
            }
        }
    }

    /// Every feature, sorted by key.
    fn sorted(&self) -> Vec<(u32, [u8; L])> {
        let mut out: Vec<(u32, [u8; L])> = self
            .keys
            .iter()
            .zip(&self.codes)
            .filter(|(&k, _)| k != 0)
            .map(|(&k, &c)| (k, c))
            .chain(self.zero.map(|c| (0, c)))
            .collect();
        out.sort_unstable_by_key(|x| x.0);
        out
    }
}

/// Items a loader step reads before returning. The loops that read a
/// model run once, and a WebAssembly engine runs a function in its
/// baseline compilation until the function is called again: cut into
/// steps of this many items, all but the first few run optimised.
pub(super) const CHUNK: usize = 4096;

/// Runs `step(out, k)` on chunks of [`CHUNK`] items until `n` are read.
fn chunked<T>(
    n: usize,
    mut out: Vec<T>,
    mut step: impl FnMut(&mut Vec<T>, usize) -> Result<(), Error>,
) -> Result<Vec<T>, Error> {
    let mut left = n;
    while left > 0 {
        let k = left.min(CHUNK);
        step(&mut out, k)?;
        left -= k;
    }
    Ok(out)
}

fn bad(what: &str) -> Error {
    Error::new(ErrorKind::BadData, format!("tagger model: {what}"))
}

/// A cursor over the file's bytes; every read fails cleanly at the end.
struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    #[inline]
    fn take(&mut self, n: usize) -> Result<&'a [u8], Error> {
        let end = self.at.checked_add(n).ok_or_else(|| bad("truncated"))?;
        let s = self.b.get(self.at..end).ok_or_else(|| bad("truncated"))?;
        self.at = end;
        Ok(s)
    }
    #[inline]
    fn u8(&mut self) -> Result<u8, Error> {
        let b = *self.b.get(self.at).ok_or_else(|| bad("truncated"))?;
        self.at += 1;
        Ok(b)
    }
    fn u32(&mut self) -> Result<u32, Error> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn f32(&mut self) -> Result<f32, Error> {
        Ok(f32::from_bits(self.u32()?))
    }
    /// An unsigned LEB128 integer (at most five bytes), read straight
    /// from the slice: the loader reads about half a million of them.
    #[inline]
    fn leb(&mut self) -> Result<u32, Error> {
        // Most are one byte.
        if let Some(&b) = self.b.get(self.at) {
            if b < 0x80 {
                self.at += 1;
                return Ok(u32::from(b));
            }
        }
        let mut v: u32 = 0;
        let mut shift = 0;
        while let Some(&b) = self.b.get(self.at) {
            self.at += 1;
            let part = u32::from(b & 0x7f);
            if shift == 28 && (part > 0x0f || b & 0x80 != 0) {
                return Err(bad("bad integer"));
            }
            v |= part << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
            shift += 7;
        }
        Err(bad("truncated"))
    }
    /// `k` more keys of a sorted run (LEB128 deltas) onto `keys`.
    #[inline(never)]
    fn sorted_keys(&mut self, keys: &mut Vec<u32>, k: usize, what: &str) -> Result<(), Error> {
        let mut prev = keys.last().copied().unwrap_or(0);
        for _ in 0..k {
            let d = self.leb()?;
            if d == 0 && !keys.is_empty() {
                return Err(bad(&format!("{what} keys not sorted")));
            }
            prev = prev
                .checked_add(d)
                .ok_or_else(|| bad(&format!("bad {what} key")))?;
            keys.push(prev);
        }
        Ok(())
    }

    /// `k` more LEB128 integers onto `out`.
    #[inline(never)]
    fn lebs(&mut self, out: &mut Vec<u32>, k: usize) -> Result<(), Error> {
        for _ in 0..k {
            out.push(self.leb()?);
        }
        Ok(())
    }

    /// `k` more front-coded words (bytes shared with the previous word,
    /// length of the rest, the rest) appended to `text`, their ranges
    /// onto `words`.
    #[inline(never)]
    fn front_coded(
        &mut self,
        words: &mut Vec<std::ops::Range<usize>>,
        text: &mut Vec<u8>,
        k: usize,
    ) -> Result<(), Error> {
        let mut prev = words.last().cloned().unwrap_or(0..0);
        for _ in 0..k {
            let shared = self.u8()? as usize;
            let n = self.u8()? as usize;
            let rest = self.take(n)?;
            if shared > prev.len() {
                return Err(bad("bad cluster word"));
            }
            let start = text.len();
            text.extend_from_within(prev.start..prev.start + shared);
            text.extend_from_slice(rest);
            prev = start..text.len();
            words.push(prev.clone());
        }
        Ok(())
    }

    /// A count of items that each take at least one byte.
    fn count(&mut self) -> Result<usize, Error> {
        let n = self.u32()? as usize;
        if n > self.b.len() - self.at {
            return Err(bad("bad count"));
        }
        Ok(n)
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
    /// per key, each an index into `book`).
    pub(crate) fn new(
        keys: Vec<u32>,
        weights: Vec<i8>,
        book: Vec<f32>,
        temperature: f32,
        trans: Transitions,
        lexicon: Lexicon,
    ) -> Model {
        let mut table = Table::with_capacity(keys.len());
        for (&k, row) in keys.iter().zip(weights.chunks(L)) {
            let mut codes = [0u8; L];
            for (c, &w) in codes.iter_mut().zip(row) {
                *c = w as u8;
            }
            table.insert(k, codes);
        }
        let mut b = [0f32; 256];
        for (x, y) in b.iter_mut().zip(&book) {
            *x = *y;
        }
        Model {
            weights: table,
            book: b,
            temperature,
            o_bias: 0.0,
            trans,
            lexicon,
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
        self.weights.len
    }

    /// Emission scores of each token from its features.
    pub fn emissions(&self, feats: &[Vec<u32>]) -> Vec<[f32; L]> {
        feats.iter().map(|fs| self.score(fs)).collect()
    }

    /// The summed weights of one token's features, per label.
    pub fn score(&self, feats: &[u32]) -> [f32; L] {
        let mut out = [0f32; L];
        for &f in feats {
            if let Some(codes) = self.weights.get(f) {
                for (o, &c) in out.iter_mut().zip(codes) {
                    *o += self.book[c as usize];
                }
            }
        }
        out
    }

    /// Serialises the model (deterministic: tables are written sorted).
    pub fn to_bytes(&self) -> Vec<u8> {
        let features = self.weights.sorted();
        let mut out = Vec::with_capacity(features.len() * 10 + 1024);
        out.extend_from_slice(MAGIC);
        for x in &self.book {
            out.extend_from_slice(&x.to_le_bytes());
        }
        out.extend_from_slice(&self.temperature.to_le_bytes());
        out.extend_from_slice(&self.o_bias.to_le_bytes());
        for row in &self.trans {
            for x in row {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
        out.extend_from_slice(&(features.len() as u32).to_le_bytes());
        let mut prev = 0u32;
        for &(k, _) in &features {
            put_leb(&mut out, k - prev);
            prev = k;
        }
        for (_, codes) in &features {
            let mask = codes
                .iter()
                .enumerate()
                .filter(|(_, &c)| c != 0)
                .fold(0u16, |m, (i, _)| m | 1 << i);
            out.extend_from_slice(&mask.to_le_bytes());
            out.extend(codes.iter().copied().filter(|&c| c != 0));
        }
        let mut clusters: Vec<(&str, u32)> = self
            .lexicon
            .clusters
            .iter()
            .filter(|(w, _)| w.len() < 256)
            .collect();
        clusters.sort();
        out.extend_from_slice(&(clusters.len() as u32).to_le_bytes());
        let mut prev: &[u8] = &[];
        for (w, _) in &clusters {
            let w = w.as_bytes();
            let shared = w.iter().zip(prev).take_while(|(a, b)| a == b).count();
            out.push(shared as u8);
            out.push((w.len() - shared) as u8);
            out.extend_from_slice(&w[shared..]);
            prev = w;
        }
        for &(_, c) in &clusters {
            put_leb(&mut out, c);
        }
        let mut memory: Vec<(u32, u8)> =
            self.lexicon.memory.iter().map(|(&k, &m)| (k, m)).collect();
        memory.sort_unstable();
        out.extend_from_slice(&(memory.len() as u32).to_le_bytes());
        let mut prev = 0;
        for &(k, _) in &memory {
            put_leb(&mut out, k - prev);
            prev = k;
        }
        out.extend(memory.iter().map(|&(_, m)| m));
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
        let mut book = [0f32; 256];
        for x in book.iter_mut() {
            *x = r.f32()?;
        }
        let temperature = r.f32()?;
        let o_bias = r.f32()?;
        let mut trans = [[0f32; L]; L + 1];
        for row in trans.iter_mut() {
            for x in row.iter_mut() {
                *x = r.f32()?;
            }
        }
        let n = r.count()?;
        let keys = chunked(n, Vec::with_capacity(n), |keys, k| {
            r.sorted_keys(keys, k, "feature")
        })?;
        // Each feature's codes: a mask of the labels it has, then their
        // codes (a key takes 3 bytes at least: its mask and one code).
        let mut left = r.b.get(r.at..).unwrap_or_default();
        let mut weights = Table::with_capacity(n);
        for chunk in keys.chunks(CHUNK) {
            left = weights.insert_coded(chunk, left)?;
        }
        r.at = r.b.len() - left.len();
        let mut lexicon = Lexicon::default();
        // The cluster words, front-coded (bytes shared with the previous
        // word, then the rest), go back to back into one buffer (bytes: see
        // Clusters, no UTF-8 check needed).
        let nc = r.count()?;
        // Room for words of 10 bytes (5 letters) on average.
        let mut text: Vec<u8> = Vec::with_capacity(nc.saturating_mul(10));
        let words = chunked(nc, Vec::with_capacity(nc), |words, k| {
            r.front_coded(words, &mut text, k)
        })?;
        let clusters = chunked(nc, Vec::with_capacity(nc), |ids, k| r.lebs(ids, k))?;
        lexicon.clusters = Clusters::from_ranges(text, words.into_iter().zip(clusters));
        let nm = r.count()?;
        let keys = chunked(nm, Vec::with_capacity(nm), |keys, k| {
            r.sorted_keys(keys, k, "memory")
        })?;
        lexicon.memory.reserve(nm);
        for k in keys {
            lexicon.memory.insert(k, r.u8()?);
        }
        if r.at != b.len() {
            return Err(bad("trailing bytes"));
        }
        Ok(Model {
            weights,
            book,
            temperature,
            o_bias,
            trans,
            lexicon,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::lexicon::PhraseKey;

    #[test]
    fn table_keeps_every_key_including_zero() {
        let mut t = Table::with_capacity(40);
        // Keys sharing a home slot, and the hash 0 (the empty-slot mark).
        let keys = [0u32, 1, 2, 0x8000_0000, 0x8000_0001, u32::MAX, 12345];
        for (i, &k) in keys.iter().enumerate() {
            t.insert(k, [i as u8 + 1; L]);
        }
        t.insert(77, [0; L]); // weighs nothing: not stored
        for (i, &k) in keys.iter().enumerate() {
            assert_eq!(t.get(k), Some(&[i as u8 + 1; L]), "{k}");
        }
        assert_eq!(t.get(3), None);
        assert_eq!(t.get(77), None);
        assert_eq!(t.len, keys.len());
        let mut sorted: Vec<u32> = keys.to_vec();
        sorted.sort_unstable();
        let got: Vec<u32> = t.sorted().iter().map(|x| x.0).collect();
        assert_eq!(got, sorted);
    }

    #[test]
    fn round_trip_across_loader_chunks() {
        // More features, words and memory keys than one loader step reads
        // (CHUNK), so the steps' seams are crossed: sorted keys continue,
        // front-coded words share bytes with the previous step's last.
        let n = 2 * CHUNK + 17;
        let keys: Vec<u32> = (0..n as u32).map(|i| i * 7919 + 1).collect();
        let codes: Vec<i8> = (0..n * L).map(|i| (i % 13) as i8 - 6).collect();
        let mut lex = Lexicon::default();
        for i in 0..n as u32 {
            lex.clusters.insert(&format!("كلمة{i:05}"), i % 3000);
            lex.memory.insert(i * 104_729, (i % 15) as u8 + 1);
        }
        let m = Model::new(
            keys,
            codes,
            (0..256).map(|x| x as f32).collect(),
            1.0,
            [[0.5; L]; L + 1],
            lex,
        );
        let back = Model::from_bytes(&m.to_bytes()).unwrap();
        assert_eq!(back, m);
        assert_eq!(back.lexicon.clusters.get("كلمة08200"), Some(8200 % 3000));
        assert_eq!(back.lexicon.memory.len(), n);
    }

    #[test]
    fn round_trip_and_version_check() {
        let mut lex = Lexicon::default();
        lex.clusters.insert("تركيا", 7);
        lex.clusters.insert("تركي", 70_000);
        lex.clusters.insert("ترك", 0);
        lex.clusters.insert("a", 1);
        lex.memory.insert(PhraseKey::of(["الامم", "المتحده"]), 4);
        lex.memory.insert(0, 1);
        lex.memory.insert(u32::MAX, 9);
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
        assert_eq!(back.weights.get(70000).unwrap()[0], 252);
        assert_eq!(back.emissions(&[vec![3]])[0][1], 244.0);
        assert!(back.weights.get(71000).is_none());
        assert_eq!(back.emissions(&[vec![71000, 3, 3]])[0][1], 488.0);
        let mut old = b.clone();
        old[7] = 0;
        assert!(Model::from_bytes(&old).is_err());
        assert!(Model::from_bytes(&b[..b.len() - 1]).is_err());
        assert!(Model::from_bytes(b"").is_err());
    }
}
