//! Feature extraction: the sparse features of every token of a sentence,
//! as 32-bit hashes of (template, values).
//!
//! The same code runs at training and at inference, so a feature is
//! defined once. A feature is never stored as a string: it is an FNV-1a
//! hash of a template number and its values, folded to 32 bits (a few
//! collisions among ~10⁵ features cost nothing measurable).

use super::lexicon::Lexicon;
use crate::gazetteer::TokenGazetteer;
use crate::tokenize::clitics::{self, Analysis};
use crate::tokenize::{Token, TokenKind};
use std::borrow::Cow;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// One FNV-1a step.
const fn step(h: u64, b: u8) -> u64 {
    (h ^ b as u64).wrapping_mul(FNV_PRIME)
}

/// `FNV_PRIME^k` for `k` in `0..=8`: `k` zero bytes multiply the state by
/// it (`h ^ 0 == h`).
const PRIME_POW: [u64; 9] = {
    let mut t = [1u64; 9];
    let mut k = 1;
    while k < 9 {
        t[k] = t[k - 1].wrapping_mul(FNV_PRIME);
        k += 1;
    }
    t
};

/// Seven `0xff` bytes (the high bytes of a small negative number) take a
/// state `h` to `h · FNV_PRIME⁷ + FF_TAIL[h & 0xff]`: `h ^ 0xff` is
/// `h + 255 − 2·(h & 0xff)`, and the low byte of each step depends on the
/// low byte before it only.
const FF_TAIL: [u64; 256] = {
    let mut t = [0u64; 256];
    let mut l = 0;
    while l < 256 {
        let mut h = l as u64;
        let mut k = 0;
        while k < 7 {
            h = step(h, 0xff);
            k += 1;
        }
        t[l] = h.wrapping_sub((l as u64).wrapping_mul(PRIME_POW[7]));
        l += 1;
    }
    t
};

/// An FNV-1a hash under construction. The values are those of hashing
/// byte by byte ([`tests::reference`]); runs of `0x00` and `0xff` in
/// numbers are taken in one step (see [`PRIME_POW`], [`FF_TAIL`]).
#[derive(Clone, Copy)]
struct H(u64);

impl H {
    const fn new(template: u8) -> H {
        H(step(FNV_OFFSET, template))
    }
    fn s(mut self, s: &str) -> H {
        for &b in s.as_bytes() {
            self.0 = step(self.0, b);
        }
        self.0 = step(self.0, 0xff);
        self
    }
    /// The eight little-endian bytes of `n`.
    fn n(mut self, n: i64) -> H {
        let b = n.to_le_bytes();
        if (-256..0).contains(&n) {
            let h = step(self.0, b[0]);
            self.0 = h
                .wrapping_mul(PRIME_POW[7])
                .wrapping_add(FF_TAIL[(h & 0xff) as usize]);
        } else if n >= 0 {
            // Bytes above the highest non-zero one are zeros.
            let used = 8 - (n.leading_zeros() / 8) as usize;
            for &x in &b[..used] {
                self.0 = step(self.0, x);
            }
            self.0 = self.0.wrapping_mul(PRIME_POW[8 - used]);
        } else {
            for x in b {
                self.0 = step(self.0, x);
            }
        }
        self
    }
    fn done(self) -> u32 {
        (self.0 ^ (self.0 >> 32)) as u32
    }
}

/// What the features know about one token.
struct Info<'a> {
    word: &'a str,
    stem: Cow<'a, str>,
    /// Bytes of proclitics before the stem (0 when none).
    clitic: &'a str,
    shape: u8,
    cluster: Option<u32>,
    gaz: TokenGazetteer,
    /// Bytes at the start of `stem` that are a conjunction (و/ف), left
    /// out of the "light" stem used in windows.
    light_skip: usize,
    /// The word's proclitic readings (empty for a non-word); those after
    /// the first whose stem is not `stem` are the alternative stems.
    readings: Vec<Analysis<'a>>,
    /// Train-set memory: bit per (type, begin/inside) seen for this token
    /// inside a phrase remembered from the training data.
    memory: u32,
}

impl Info<'_> {
    fn light(&self) -> &str {
        &self.stem[self.light_skip..]
    }
    /// Other proclitic readings' stems (not the likely stem).
    fn alts(&self) -> impl Iterator<Item = &str> {
        self.readings
            .iter()
            .skip(1)
            .filter(|a| a.stem != self.stem)
            .map(|a| a.stem.as_ref())
    }
}

const FEATS_ALT: bool = true;
const FEATS_NGRAM: bool = true;
const FEATS_NBSUF: bool = false;
const FEATS_NBPHRASE: bool = true;
const FEATS_CONJ: bool = true;

const PAD_L: &str = "<s>";
const PAD_R: &str = "</s>";

fn shape(tok: &Token, word: &str) -> u8 {
    match tok.kind {
        TokenKind::Word => {
            let latin = word.chars().all(|c| c.is_ascii_alphabetic());
            let n = word.chars().count();
            let len = match n {
                0..=2 => 0,
                3 => 1,
                4..=5 => 2,
                6..=7 => 3,
                _ => 4,
            };
            if latin {
                let upper = word.chars().next().is_some_and(|c| c.is_ascii_uppercase());
                10 + len + if upper { 5 } else { 0 }
            } else {
                len
            }
        }
        TokenKind::Number => 30,
        TokenKind::Punct => match word {
            "." | "!" | "?" | "؟" => 40,
            "," | "،" | "؛" | ";" | ":" => 41,
            "(" | ")" | "[" | "]" => 42,
            "\"" | "'" | "«" | "»" => 43,
            "-" => 44,
            _ => 45,
        },
        _ => 50,
    }
}

fn prefix_chars(s: &str, n: usize) -> Option<&str> {
    let (i, _) = s.char_indices().nth(n)?;
    Some(&s[..i])
}

fn suffix_chars(s: &str, n: usize) -> Option<&str> {
    let count = s.chars().count();
    if count <= n {
        return None;
    }
    let (i, _) = s.char_indices().nth(count - n)?;
    Some(&s[i..])
}

/// Features of every token of `tokens` (one sentence of `text`), given
/// their gazetteer features and the model's lexicon. Appends one vector
/// per token to `out`.
pub fn sentence_features(
    text: &str,
    tokens: &[Token],
    gaz: &[TokenGazetteer],
    lexicon: &Lexicon,
    out: &mut Vec<Vec<u32>>,
) {
    let mut infos: Vec<Info<'_>> = tokens
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let word = t.text(text);
            let readings = if t.kind == TokenKind::Word {
                clitics::analyses(word)
            } else {
                Vec::new()
            };
            // As `clitics::likely_stem`, from the readings already made.
            let stem = readings
                .iter()
                .skip(1)
                .find(|a| a.stem.starts_with("ال"))
                .map_or(Cow::Borrowed(word), |a| a.stem.clone());
            let clitic = match &stem {
                Cow::Borrowed(s) if s.len() < word.len() && word.ends_with(s) => {
                    &word[..word.len() - s.len()]
                }
                Cow::Owned(_) => "لل",
                _ => "",
            };
            let light_skip = match stem.strip_prefix(['و', 'ف']) {
                Some(rest) if t.kind == TokenKind::Word && rest.chars().count() >= 3 => {
                    stem.len() - rest.len()
                }
                _ => 0,
            };
            Info {
                word,
                light_skip,
                readings,
                shape: shape(t, word),
                cluster: lexicon.cluster(&stem).or_else(|| lexicon.cluster(word)),
                stem,
                clitic,
                gaz: gaz.get(i).copied().unwrap_or_default(),
                memory: 0,
            }
        })
        .collect();
    let stems: Vec<&str> = infos.iter().map(|x| x.stem.as_ref()).collect();
    let memory = lexicon.memory_features(tokens, &stems);
    for (info, m) in infos.iter_mut().zip(memory) {
        info.memory = m;
    }
    let n = infos.len();
    let stem_at = |j: isize| -> &str {
        if j < 0 {
            PAD_L
        } else {
            infos.get(j as usize).map_or(PAD_R, |x| x.stem.as_ref())
        }
    };
    let light_at = |j: isize| -> &str {
        if j < 0 {
            PAD_L
        } else {
            infos.get(j as usize).map_or(PAD_R, Info::light)
        }
    };
    let shape_at = |j: isize| -> u8 {
        if j < 0 {
            60
        } else {
            infos.get(j as usize).map_or(61, |x| x.shape)
        }
    };
    let cluster_at = |j: isize| -> i64 {
        if j < 0 {
            -2
        } else {
            infos
                .get(j as usize)
                .map_or(-3, |x| x.cluster.map_or(-1, i64::from))
        }
    };
    // Character boundaries of the current token's base, reused.
    let mut starts: Vec<usize> = Vec::new();
    for (i, info) in infos.iter().enumerate() {
        let ii = i as isize;
        let mut f: Vec<u32> = Vec::with_capacity(64);
        f.push(H::new(1).done());
        f.push(H::new(2).s(info.word).done());
        let stem = info.stem.as_ref();
        f.push(H::new(3).s(stem).done());
        let core = stem.strip_prefix("ال").filter(|c| c.len() >= 4);
        if let Some(core) = core {
            f.push(H::new(4).s(core).done());
        }
        let base = core.unwrap_or(stem);
        for k in 1..=3 {
            if let Some(p) = prefix_chars(base, k) {
                f.push(H::new(5).n(k as i64).s(p).done());
            }
        }
        for k in 1..=4 {
            if let Some(p) = suffix_chars(base, k) {
                f.push(H::new(6).n(k as i64).s(p).done());
            }
        }
        f.push(H::new(7).s(info.clitic).n(i64::from(core.is_some())).done());
        f.push(H::new(8).n(i64::from(info.shape)).done());
        for d in [-2isize, -1, 1, 2] {
            f.push(H::new(9).n(d as i64).s(stem_at(ii + d)).done());
        }
        f.push(H::new(10).s(stem_at(ii - 1)).s(stem).done());
        f.push(H::new(11).s(stem).s(stem_at(ii + 1)).done());
        f.push(H::new(12).s(stem_at(ii - 2)).s(stem_at(ii - 1)).done());
        f.push(H::new(13).s(stem_at(ii + 1)).s(stem_at(ii + 2)).done());
        f.push(
            H::new(14)
                .n(i64::from(shape_at(ii - 1)))
                .n(i64::from(info.shape))
                .n(i64::from(shape_at(ii + 1)))
                .done(),
        );
        if FEATS_ALT {
            for a in info.alts() {
                f.push(H::new(25).s(a).done());
                if let Some(c) = lexicon.cluster(a) {
                    f.push(H::new(26).n(i64::from(c & 1023)).done());
                }
            }
            for d in [-2isize, -1, 0, 1, 2] {
                f.push(H::new(29).n(d as i64).s(light_at(ii + d)).done());
            }
        }
        if FEATS_NGRAM {
            starts.clear();
            starts.extend(base.char_indices().map(|(i, _)| i));
            for (k, &a) in starts.iter().enumerate() {
                let b = starts.get(k + 3).copied().unwrap_or(base.len());
                if k + 3 > starts.len() {
                    break;
                }
                f.push(H::new(27).s(&base[a..b]).done());
            }
        }
        if FEATS_NBSUF {
            for d in [-1isize, 1] {
                let j = ii + d;
                if let Some(x) = (j >= 0).then(|| infos.get(j as usize)).flatten() {
                    let st = x.stem.as_ref();
                    if let Some(p) = suffix_chars(st, 2) {
                        f.push(H::new(28).n(d as i64).s(p).done());
                    }
                    f.push(
                        H::new(30)
                            .n(d as i64)
                            .n(i64::from(st.starts_with("ال")))
                            .done(),
                    );
                }
            }
        }
        // Gazetteer lists of the token and its neighbours.
        for d in [-1isize, 0, 1] {
            let j = ii + d;
            if j < 0 || j as usize >= n {
                continue;
            }
            let g = infos[j as usize].gaz;
            for bit in 0..32 {
                if g.own.0 & (1 << bit) != 0 {
                    f.push(H::new(15).n(d as i64).n(bit).done());
                }
            }
            if d != 0 && FEATS_NBPHRASE {
                for bit in 0..32 {
                    if g.phrase.0 & (1 << bit) != 0 {
                        f.push(H::new(31).n(d as i64).n(bit).done());
                    }
                }
            }
            if d == 0 {
                for bit in 0..32 {
                    if g.phrase.0 & (1 << bit) != 0 {
                        f.push(H::new(16).n(bit).n(i64::from(g.phrase_begin)).done());
                    }
                }
                if !g.own.is_empty() {
                    f.push(H::new(17).n(i64::from(g.own_stripped)).done());
                }
            }
        }
        // Word clusters: fine (low 10 bits) and coarse (the rest).
        let fine = |c: i64| if c < 0 { c } else { c & 1023 };
        let coarse = |c: i64| if c < 0 { c } else { c >> 10 };
        for d in [-2isize, -1, 0, 1, 2] {
            let c = cluster_at(ii + d);
            f.push(H::new(18).n(d as i64).n(fine(c)).done());
            f.push(H::new(19).n(d as i64).n(coarse(c)).done());
        }
        let (cp, c0, cn) = (cluster_at(ii - 1), cluster_at(ii), cluster_at(ii + 1));
        f.push(H::new(20).n(fine(cp)).n(fine(c0)).done());
        f.push(H::new(22).n(fine(c0)).n(fine(cn)).done());
        f.push(H::new(23).n(coarse(cp)).n(coarse(c0)).n(coarse(cn)).done());
        f.push(H::new(24).s(stem_at(ii - 1)).n(fine(c0)).done());
        if FEATS_CONJ {
            f.push(
                H::new(32)
                    .s(stem_at(ii - 1))
                    .n(i64::from(info.gaz.own.0))
                    .done(),
            );
            f.push(H::new(33).n(fine(c0)).s(stem_at(ii + 1)).done());
            f.push(
                H::new(34)
                    .n(i64::from(infos.get(i + 1).map_or(0, |x| x.gaz.own.0)))
                    .n(i64::from(info.gaz.own.0))
                    .done(),
            );
        }
        // Train-set entity memory.
        for bit in 0..32 {
            if info.memory & (1 << bit) != 0 {
                f.push(H::new(21).n(bit).done());
            }
        }
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::Doc;

    #[test]
    fn features_are_deterministic_and_per_token() {
        let doc = Doc::new("قال الرئيس محمد بن سلمان في الرياض", None);
        let gaz = vec![TokenGazetteer::default(); doc.tokens.len()];
        let lex = Lexicon::default();
        let mut a = Vec::new();
        let mut b = Vec::new();
        sentence_features(doc.text(), &doc.tokens, &gaz, &lex, &mut a);
        sentence_features(doc.text(), &doc.tokens, &gaz, &lex, &mut b);
        assert_eq!(a, b);
        assert_eq!(a.len(), doc.tokens.len());
        assert!(a.iter().all(|f| f.len() > 10));
    }

    #[test]
    fn trigrams_of_short_words() {
        let doc = Doc::new("زار جو", None);
        let gaz = vec![TokenGazetteer::default(); doc.tokens.len()];
        let mut a = Vec::new();
        sentence_features(doc.text(), &doc.tokens, &gaz, &Lexicon::default(), &mut a);
        let t = H::new(27).s("زار").done();
        assert!(a[0].contains(&t));
        assert!(!a[1].iter().any(|&f| f == H::new(27).s("جو").done()));
    }

    /// Plain FNV-1a over the bytes, one at a time: what [`H`] must equal
    /// (the model file stores these hashes).
    pub(super) fn reference(template: u8, parts: &[Result<&str, i64>]) -> u32 {
        let mut h = step(FNV_OFFSET, template);
        for p in parts {
            let bytes: Vec<u8> = match p {
                Ok(s) => s.bytes().chain([0xff]).collect(),
                Err(n) => n.to_le_bytes().to_vec(),
            };
            for b in bytes {
                h = (h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
            }
        }
        (h ^ (h >> 32)) as u32
    }

    #[test]
    fn hashes_equal_byte_by_byte_fnv() {
        let mut ns: Vec<i64> = (-600..600).collect();
        for k in 0..64 {
            ns.extend([
                1i64 << k,
                (1i64 << k).wrapping_sub(1),
                (1i64 << k).wrapping_neg(),
                !(1i64 << k),
            ]);
        }
        ns.extend([i64::MIN, i64::MAX, 0x1234_5678_9abc, -0x1234_5678_9abc]);
        for t in [0u8, 1, 18, 255] {
            for &n in &ns {
                assert_eq!(H::new(t).n(n).done(), reference(t, &[Err(n)]), "{t} {n}");
                let got = H::new(t).s("تركيا").n(n).s("x").done();
                assert_eq!(got, reference(t, &[Ok("تركيا"), Err(n), Ok("x")]));
            }
        }
        assert_eq!(H::new(3).s("").done(), reference(3, &[Ok("")]));
    }

    #[test]
    fn affixes_count_characters() {
        assert_eq!(prefix_chars("تركيا", 2), Some("تر"));
        assert_eq!(suffix_chars("تركيا", 2), Some("يا"));
        assert_eq!(suffix_chars("في", 2), None);
    }
}
