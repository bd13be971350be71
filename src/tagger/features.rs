//! Feature extraction: the sparse features of every token of a sentence,
//! as 32-bit hashes of (template, values).
//!
//! The same code runs at training and at inference, so a feature is
//! defined once. A feature is never stored as a string: it is an FNV-1a
//! hash of a template number and its values, folded to 32 bits (a few
//! collisions among ~10⁵ features cost nothing measurable).

use super::lexicon::Lexicon;
use super::N_LABELS;
use crate::convention::Convention;
use crate::gazetteer::TokenGazetteer;
use crate::hash::{fnv_fold, fnv_step as step, WordHash, FNV_OFFSET, FNV_PRIME};
use crate::recognize::Candidate;
use crate::span::{Kind, Source};
use crate::tokenize::clitics::{self, Analysis};
use crate::tokenize::{Token, TokenKind};
use std::borrow::Cow;
use std::collections::HashMap;

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
/// byte by byte (`tests::reference`, a test); runs of `0x00` and `0xff` in
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
        fnv_fold(self.0)
    }
}

/// What the features know about a word, wherever it stands: everything
/// [`word_features`] and [`neighbour_features`] read. Built once per
/// distinct word of a document by [`WordMemo`] at run time, once per token
/// at training.
struct Info<'a> {
    word: &'a str,
    stem: Cow<'a, str>,
    /// Bytes of proclitics before the stem (0 when none).
    clitic: &'a str,
    shape: u8,
    cluster: Option<u32>,
    /// Lists the word itself is in ([`TokenGazetteer::own`]).
    own: u32,
    /// [`TokenGazetteer::own_stripped`].
    own_stripped: bool,
    /// Bytes at the start of `stem` that are a conjunction (و/ف), left
    /// out of the "light" stem used in windows.
    light_skip: usize,
    /// The word's proclitic readings (empty for a non-word); those after
    /// the first whose stem is not `stem` are the alternative stems.
    readings: Vec<Analysis<'a>>,
}

impl<'a> Info<'a> {
    fn new(text: &'a str, t: &Token, gaz: TokenGazetteer, lexicon: &Lexicon) -> Info<'a> {
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
            own: gaz.own.0,
            own_stripped: gaz.own_stripped,
        }
    }

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

/// What the features that pair a token with its neighbours know about
/// each token of a sentence ([`pair_features`]).
#[derive(Clone, Copy)]
struct Slot<'s> {
    stem: &'s str,
    shape: u8,
    cluster: Option<u32>,
    gaz: TokenGazetteer,
    /// Train-set memory: bit per (type, begin/inside) seen for this token
    /// inside a phrase remembered from the training data.
    memory: u32,
}

/// The token `d` places away, or the sentence edge that stands there.
#[derive(Clone, Copy)]
enum Near<'x, 'a> {
    Word(&'x Info<'a>),
    Start,
    End,
}

const FEATS_ALT: bool = true;
const FEATS_NGRAM: bool = true;
const FEATS_NBPHRASE: bool = true;
const FEATS_CONJ: bool = true;

const PAD_L: &str = "<s>";
const PAD_R: &str = "</s>";

/// The neighbour offsets whose words are features ([`neighbour_features`]).
const WINDOW: [isize; 4] = [-2, -1, 1, 2];

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

/// The cluster id of a word with no cluster, and those standing for the
/// sentence's start and end (cluster features take all four kinds).
const NO_CLUSTER: i64 = -1;
const START_CLUSTER: i64 = -2;
const END_CLUSTER: i64 = -3;

/// A word's class in the model's word table packs its clusters and its
/// name evidence (`scripts/word_classes.py`): bits 0–9 the fine cluster,
/// 10–15 the coarse one, 16–19 and 21–23 the name bits ([`name_bits`]),
/// and bit 20 set when the word has name bits but no cluster.
const CLUSTER_BITS: u32 = 0xffff;
const UNCLUSTERED: u32 = 1 << 20;

/// The cluster id features use for a word's class.
fn cluster_id(c: Option<u32>) -> i64 {
    match c {
        Some(c) if c & UNCLUSTERED == 0 => i64::from(c & CLUSTER_BITS),
        _ => NO_CLUSTER,
    }
}

/// A word's name evidence, from its class: bit 0 a Wikidata person-name
/// token, bit 1 a Wikipedia transliteration, bit 2 (strong) or bit 3
/// (weak) often after a title or in a `بن` chain in 10 M words of news,
/// bits 4–6 mostly inside a person, organisation or place the previous
/// model tagged confidently in that news (class bits 21–23).
fn name_bits(c: Option<u32>) -> i64 {
    c.map_or(0, |c| i64::from(((c >> 16) & 0xf) | ((c >> 17) & 0x70)))
}

/// A word's class with its induced name bits (21–23) set to `kinds` (bit
/// 0 a person, 1 an organisation, 2 a place, as `scripts/word_classes.py`
/// sets them from `scripts/induce_names.py`'s list); `None` when nothing
/// would keep the word in the table (no cluster and no name bit left).
pub(crate) fn with_induced(class: u32, kinds: u8) -> Option<u32> {
    let c = (class & !(7 << 21)) | u32::from(kinds & 7) << 21;
    (c & UNCLUSTERED == 0 || name_bits(Some(c)) != 0).then_some(c)
}

/// Whether a word's class marks a word of the news the clusters were
/// induced from that carries no evidence of being a name: clustered, and
/// no name bit.
pub(crate) fn plain_class(c: Option<u32>) -> bool {
    matches!(c, Some(c) if c & UNCLUSTERED == 0) && name_bits(c) == 0
}

/// Whether a word's class carries evidence of a person's name: a
/// Wikidata name token or Wikipedia transliteration, strong evidence from
/// titles and `بن` chains, or mostly inside persons the tagger found in
/// the news (`scripts/word_classes.py`, bits 16, 17, 18 and 21).
pub(crate) fn person_class(c: Option<u32>) -> bool {
    attested_person_class(c) || c.is_some_and(|c| c & (1 << 21) != 0)
}

/// [`person_class`] without the evidence of the tagger's own reading
/// (bit 21): bits 16, 17 and 18.
pub(crate) fn attested_person_class(c: Option<u32>) -> bool {
    c.is_some_and(|c| c & (1 << 16 | 1 << 17 | 1 << 18) != 0)
}

/// The set bits of `mask`, as feature values.
fn bits(mask: u32) -> impl Iterator<Item = i64> {
    (0..32).filter(move |b| mask & (1 << b) != 0)
}

/// Bits of a class's cluster id that hold the fine cluster.
const FINE_BITS: u32 = 10;

/// Fine cluster (low FINE_BITS bits); negative ids (none, edges) as they are.
fn fine(c: i64) -> i64 {
    if c < 0 {
        c
    } else {
        c & ((1 << FINE_BITS) - 1)
    }
}

/// Coarse cluster (the bits above the fine ones).
fn coarse(c: i64) -> i64 {
    if c < 0 {
        c
    } else {
        c >> FINE_BITS
    }
}

/// The features of a token that depend on its own word only.
fn word_features(info: &Info<'_>, lexicon: &Lexicon, f: &mut Vec<u32>) {
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
    if FEATS_ALT {
        for a in info.alts() {
            f.push(H::new(25).s(a).done());
            let c = cluster_id(lexicon.cluster(a));
            if c >= 0 {
                f.push(H::new(26).n(fine(c)).done());
            }
        }
        f.push(H::new(29).n(0).s(info.light()).done());
    }
    if FEATS_NGRAM {
        let starts: Vec<usize> = base.char_indices().map(|(i, _)| i).collect();
        for (k, &a) in starts.iter().enumerate() {
            if k + 3 > starts.len() {
                break;
            }
            let b = starts.get(k + 3).copied().unwrap_or(base.len());
            f.push(H::new(27).s(&base[a..b]).done());
        }
    }
    // The lists of the word itself.
    for bit in bits(info.own) {
        f.push(H::new(15).n(0).n(bit).done());
    }
    if info.own != 0 {
        f.push(H::new(17).n(i64::from(info.own_stripped)).done());
    }
    let c = cluster_id(info.cluster);
    f.push(H::new(18).n(0).n(fine(c)).done());
    f.push(H::new(19).n(0).n(coarse(c)).done());
    let names = name_bits(info.cluster);
    if names != 0 {
        f.push(H::new(45).n(0).n(names).done());
    }
}

/// The features a token takes from the word (or sentence edge) `d`
/// places away, `d` one of [`WINDOW`]: they depend on that word alone.
fn neighbour_features(near: Near<'_, '_>, d: isize, f: &mut Vec<u32>) {
    let d = d as i64;
    let (stem, light, cluster, names) = match near {
        Near::Word(x) => (
            x.stem.as_ref(),
            x.light(),
            cluster_id(x.cluster),
            name_bits(x.cluster),
        ),
        Near::Start => (PAD_L, PAD_L, START_CLUSTER, 0),
        Near::End => (PAD_R, PAD_R, END_CLUSTER, 0),
    };
    if names != 0 {
        f.push(H::new(45).n(d).n(names).done());
    }
    f.push(H::new(9).n(d).s(stem).done());
    if FEATS_ALT {
        f.push(H::new(29).n(d).s(light).done());
    }
    if let Near::Word(x) = near {
        if d.abs() == 1 {
            for bit in bits(x.own) {
                f.push(H::new(15).n(d).n(bit).done());
            }
        }
    }
    f.push(H::new(18).n(d).n(fine(cluster)).done());
    f.push(H::new(19).n(d).n(coarse(cluster)).done());
}

/// Bits of [`add_rule_hints`]: inside a title, the token right after one, a
/// person's first and other tokens, an organisation's first and other
/// tokens.
const HINT_OCC: u8 = 1;
const HINT_AFTER_OCC: u8 = 1 << 1;
const HINT_PERS_B: u8 = 1 << 2;
const HINT_PERS_I: u8 = 1 << 3;
const HINT_ORG_B: u8 = 1 << 4;
const HINT_ORG_I: u8 = 1 << 5;

/// Writes into each token's `gaz[i].rules` what the phrase rules
/// (`crate::recognize::rules`: the candidates of source
/// [`Source::Pattern`] that are titles, persons or organisations) found
/// over it, as bits the tagger takes as features. A
/// title the rules read and the name after it tell the tagger where a name
/// it never saw starts: on five slices of the ANERcorp train file, person
/// F1 0.776 → 0.782 and 0.772 → 0.785 (two seeds). Places, facilities and
/// events the rules read are left out (they cost places half a point).
pub fn add_rule_hints(tokens: &[Token], candidates: &[Candidate], gaz: &mut [TokenGazetteer]) {
    for c in candidates.iter().filter(|c| c.source == Source::Pattern) {
        let (begin, inside) = match c.kind {
            Kind::Occ => (HINT_OCC, HINT_OCC),
            Kind::Pers => (HINT_PERS_B, HINT_PERS_I),
            Kind::Org => (HINT_ORG_B, HINT_ORG_I),
            _ => continue,
        };
        let first = tokens.partition_point(|t| t.end <= c.start);
        let mut last = None;
        for (k, t) in tokens.iter().enumerate().skip(first) {
            if t.start >= c.end {
                break;
            }
            if let Some(g) = gaz.get_mut(k) {
                g.rules |= if k == first { begin } else { inside };
            }
            last = Some(k);
        }
        if let (Kind::Occ, Some(l)) = (c.kind, last) {
            if let Some(g) = gaz.get_mut(l + 1) {
                g.rules |= HINT_AFTER_OCC;
            }
        }
    }
}

/// The features of token `i` that pair it with its neighbours, or that
/// depend on its place (multi-word list phrases, the train-set memory):
/// [`shared_pair_features`], [`name_context_features`], then
/// [`convention_pair_features`].
fn pair_features(slots: &[Slot<'_>], i: usize, conv: Convention, f: &mut Vec<u32>) {
    shared_pair_features(slots, i, f);
    name_context_features(slots, i, conv, f);
    convention_pair_features(slots, i, conv, f);
}

/// The token's [`Slot`] at `j` places from the start (none outside).
fn slot_at<'a, 's>(slots: &'a [Slot<'s>], j: isize) -> Option<&'a Slot<'s>> {
    usize::try_from(j).ok().and_then(|j| slots.get(j))
}

/// The stem at `j`, or the padding of the sentence's edge.
fn stem_at<'a>(slots: &'a [Slot<'_>], j: isize) -> &'a str {
    if j < 0 {
        PAD_L
    } else {
        slot_at(slots, j).map_or(PAD_R, |x| x.stem)
    }
}

/// The fine cluster of token `i`'s word.
fn own_cluster(slots: &[Slot<'_>], i: usize) -> i64 {
    fine(slots.get(i).map_or(END_CLUSTER, |x| cluster_id(x.cluster)))
}

/// The rules' hints over token `i` and its neighbours, and the
/// [`convention_features`]: the pair features that depend on the
/// sentence's convention.
fn convention_pair_features(slots: &[Slot<'_>], i: usize, conv: Convention, f: &mut Vec<u32>) {
    let ii = i as isize;
    let Some(me) = slots.get(i) else {
        return;
    };
    // The rules' titles, persons and organisations over the token and its
    // neighbours, per convention (what they mean differs between corpora).
    for d in [-1isize, 0, 1] {
        if let Some(x) = slot_at(slots, ii + d) {
            for bit in bits(u32::from(x.gaz.rules)) {
                f.push(H::new(48).n(conv.id()).n(d as i64).n(bit).done());
            }
        }
    }
    let prev = stem_at(slots, ii - 1);
    convention_features(conv, me.stem, prev, own_cluster(slots, i), me.gaz.own.0, f);
}

/// The name evidence of a word ([`name_bits`]) read with its context:
/// the word before and the word after it, and the evidence of its two
/// neighbours. A word the news has after titles or the lists have as a
/// name reads as one after `قال` or a title, and a run of such words as
/// one name, also where the word itself never stood labelled in the
/// training sentences. Shared by ANERcorp's and Kashif's conventions;
/// AQMAR's Wikipedia text (names in another register) has copies of its
/// own. On five slices of the ANERcorp train file (four seeds each):
/// micro F1 0.8033 → 0.8045 in ANERcorp's mode, 0.6744 → 0.6819 in
/// Kashif's, 0.676 → 0.680 on the names never seen in the rest of the
/// train file; AQMAR dev 0.661 → 0.669 over the 20 slice models.
fn name_context_features(slots: &[Slot<'_>], i: usize, conv: Convention, f: &mut Vec<u32>) {
    let ii = i as isize;
    let names_at = |j: isize| slot_at(slots, j).map_or(0, |x| name_bits(x.cluster));
    let own = names_at(ii);
    let (prev, next) = (names_at(ii - 1), names_at(ii + 1));
    let aqmar = i64::from(conv == Convention::Aqmar);
    if own != 0 {
        f.push(H::new(46).n(aqmar).s(stem_at(slots, ii - 1)).n(own).done());
        f.push(H::new(47).n(aqmar).n(own).s(stem_at(slots, ii + 1)).done());
    }
    if (prev | own | next) != 0 {
        f.push(H::new(49).n(aqmar).n(prev).n(own).n(next).done());
    }
}

/// The pair features that do not depend on the sentence's convention.
fn shared_pair_features(slots: &[Slot<'_>], i: usize, f: &mut Vec<u32>) {
    let ii = i as isize;
    let at = |j: isize| slot_at(slots, j);
    let stem_of = |j: isize| stem_at(slots, j);
    let shape_at = |j: isize| -> i64 {
        if j < 0 {
            60
        } else {
            at(j).map_or(61, |x| i64::from(x.shape))
        }
    };
    let cluster_at = |j: isize| -> i64 {
        if j < 0 {
            START_CLUSTER
        } else {
            at(j).map_or(END_CLUSTER, |x| cluster_id(x.cluster))
        }
    };
    let Some(me) = at(ii) else {
        return;
    };
    let stem = me.stem;
    f.push(H::new(10).s(stem_of(ii - 1)).s(stem).done());
    f.push(H::new(11).s(stem).s(stem_of(ii + 1)).done());
    f.push(H::new(12).s(stem_of(ii - 2)).s(stem_of(ii - 1)).done());
    f.push(H::new(13).s(stem_of(ii + 1)).s(stem_of(ii + 2)).done());
    f.push(
        H::new(14)
            .n(shape_at(ii - 1))
            .n(i64::from(me.shape))
            .n(shape_at(ii + 1))
            .done(),
    );
    // Multi-word list phrases covering the token and its neighbours.
    if FEATS_NBPHRASE {
        for d in [-1isize, 1] {
            if let Some(x) = at(ii + d) {
                for bit in bits(x.gaz.phrase.0) {
                    f.push(H::new(31).n(d as i64).n(bit).done());
                }
            }
        }
    }
    for bit in bits(me.gaz.phrase.0) {
        f.push(H::new(16).n(bit).n(i64::from(me.gaz.phrase_begin)).done());
    }
    let (cp, c0, cn) = (cluster_at(ii - 1), cluster_at(ii), cluster_at(ii + 1));
    f.push(H::new(20).n(fine(cp)).n(fine(c0)).done());
    f.push(H::new(22).n(fine(c0)).n(fine(cn)).done());
    f.push(H::new(23).n(coarse(cp)).n(coarse(c0)).n(coarse(cn)).done());
    f.push(H::new(24).s(stem_of(ii - 1)).n(fine(c0)).done());
    if FEATS_CONJ {
        let own = i64::from(me.gaz.own.0);
        f.push(H::new(32).s(stem_of(ii - 1)).n(own).done());
        f.push(H::new(33).n(fine(c0)).s(stem_of(ii + 1)).done());
        let next_own = at(ii + 1).map_or(0, |x| x.gaz.own.0);
        f.push(H::new(34).n(i64::from(next_own)).n(own).done());
    }
    // Train-set entity memory.
    for bit in bits(me.memory) {
        f.push(H::new(21).n(bit).done());
    }
}

/// Features conjoined with the sentence's annotation convention
/// ([`crate::convention`]). What differs between corpora is mostly which
/// head nouns open a name (`وزارة` is `O` in ANERcorp, `B-ORG` in Wojood)
/// and what continues one, so every convention repeats the token's stem
/// and the stem before it. The rest is asymmetric, chosen on the ANERcorp
/// dev split (5 of its 10 slices in turn, ANERcorp's mode) and on the
/// Kashif mode's persons and places:
///
/// * ANERcorp's sentences also get a per-convention bias (ANERcorp marks
///   fewer names than Wojood), and AQMAR's a bias, fine cluster and own
///   lists (Wikipedia text, labelled differently): micro F1 0.786 → 0.793
///   over the 5 slices.
/// * Kashif's get nothing more. Its mode rests on the shared weights,
///   which learn persons and places from all three corpora; with ANERcorp
///   or Kashif copies of the cluster and list features those copies took
///   that knowledge, and the Kashif mode (learnt from the small Wojood
///   sample) lost 5–7 points of person F1 on the dev split.
///
/// Computed per token (not memoised per word), two to five lookups.
fn convention_features(
    conv: Convention,
    stem: &str,
    prev: &str,
    cluster: i64,
    own: u32,
    f: &mut Vec<u32>,
) {
    let id = conv.id();
    f.push(H::new(41).n(id).s(stem).done());
    f.push(H::new(42).n(id).s(prev).done());
    if conv != Convention::Kashif {
        f.push(H::new(40).n(id).done());
    }
    if conv == Convention::Aqmar {
        f.push(H::new(43).n(id).n(cluster).done());
        f.push(H::new(44).n(id).n(i64::from(own)).done());
    }
}

/// The pair-feature inputs of a sentence, from each token's stem, shape and
/// cluster (`words`), its gazetteer features and the train-set memory.
fn slots<'s>(
    tokens: &[Token],
    words: impl Iterator<Item = (&'s str, u8, Option<u32>)>,
    gaz: &[TokenGazetteer],
    lexicon: &Lexicon,
) -> Vec<Slot<'s>> {
    let mut slots: Vec<Slot<'s>> = words
        .enumerate()
        .map(|(i, (stem, shape, cluster))| Slot {
            stem,
            shape,
            cluster,
            gaz: gaz.get(i).copied().unwrap_or_default(),
            memory: 0,
        })
        .collect();
    let stems: Vec<&str> = slots.iter().map(|s| s.stem).collect();
    let memory = lexicon.memory_features(tokens, &stems);
    for (s, m) in slots.iter_mut().zip(memory) {
        s.memory = m;
    }
    slots
}

/// Features of every token of `tokens` (one sentence of `text`), given
/// their gazetteer features and the model's lexicon. Appends one vector
/// per token to `out`. (At run time [`WordMemo`] computes the same
/// features' scores without building these vectors.)
pub fn sentence_features(
    text: &str,
    tokens: &[Token],
    gaz: &[TokenGazetteer],
    lexicon: &Lexicon,
    conv: Convention,
    out: &mut Vec<Vec<u32>>,
) {
    let infos: Vec<Info<'_>> = tokens
        .iter()
        .enumerate()
        .map(|(i, t)| Info::new(text, t, gaz.get(i).copied().unwrap_or_default(), lexicon))
        .collect();
    let words = infos.iter().map(|x| (x.stem.as_ref(), x.shape, x.cluster));
    let slots = slots(tokens, words, gaz, lexicon);
    for (i, info) in infos.iter().enumerate() {
        let mut f: Vec<u32> = Vec::with_capacity(64);
        word_features(info, lexicon, &mut f);
        for d in WINDOW {
            let near = match usize::try_from(i as isize + d) {
                Err(_) => Near::Start,
                Ok(j) => infos.get(j).map_or(Near::End, Near::Word),
            };
            neighbour_features(near, d, &mut f);
        }
        pair_features(&slots, i, conv, &mut f);
        out.push(f);
    }
}

/// Label scores of a feature vector (the model's weights summed).
pub type Scores = [f32; N_LABELS];

/// A memo of the scores that depend on one word only.
///
/// Most of a token's features (`word_features`, and the
/// `neighbour_features` its neighbours take from it) depend on the word
/// alone, and news repeats its words: in 1.2 MB of ANERcorp text a
/// quarter of the tokens are distinct words, in one 64 KB chunk about
/// half. The memo scores those features once per distinct word (keyed by
/// its text, kind and own gazetteer lists), so per token only the
/// `pair_features` are hashed and looked up. The scores equal those of
/// [`sentence_features`] up to the order of `f32` additions, and do not
/// depend on what the memo held before.
///
/// Keep one memo per model, across documents: it forgets everything when
/// it reaches [`WordMemo::CAPACITY`] words (about 300 bytes each, so
/// at most about 10 MB).
pub struct WordMemo {
    index: HashMap<String, u32, WordHash>,
    words: Vec<MemoWord>,
    /// [`neighbour_features`] scores of the sentence edges, by [`WINDOW`]
    /// position (`None` until first needed).
    edges: Option<[Scores; 4]>,
    /// The key being looked up (reused, so a hit allocates nothing).
    key: String,
    /// Words held before starting afresh.
    capacity: usize,
}

struct MemoWord {
    stem: Box<str>,
    shape: u8,
    cluster: Option<u32>,
    /// Scores of [`word_features`].
    own: Scores,
    /// Scores of [`neighbour_features`] of this word standing `d` places
    /// from the token scored, by [`WINDOW`] position.
    near: [Scores; 4],
}

impl Default for WordMemo {
    fn default() -> Self {
        WordMemo::new()
    }
}

impl WordMemo {
    /// Words held before the memo starts afresh.
    pub const CAPACITY: usize = 1 << 15;

    /// An empty memo of [`WordMemo::CAPACITY`] words.
    pub fn new() -> Self {
        WordMemo::with_capacity(Self::CAPACITY)
    }

    /// An empty memo that starts afresh when a sentence would take it past
    /// `capacity` words.
    pub fn with_capacity(capacity: usize) -> Self {
        WordMemo {
            index: HashMap::default(),
            words: Vec::new(),
            edges: None,
            key: String::new(),
            capacity,
        }
    }

    /// Number of distinct words held.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether no word is held.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The memo entry of token `t` of `text` (scored on first sight).
    fn id(
        &mut self,
        text: &str,
        t: &Token,
        g: TokenGazetteer,
        lexicon: &Lexicon,
        score: &impl Fn(&[u32]) -> Scores,
        f: &mut Vec<u32>,
    ) -> usize {
        // The word, then what else its scores depend on.
        self.key.clear();
        self.key.push_str(t.text(text));
        self.key.push('\0');
        self.key.push(char::from(t.kind as u8));
        self.key.push(char::from(u8::from(g.own_stripped)));
        self.key.extend(g.own.0.to_le_bytes().map(char::from));
        if let Some(&id) = self.index.get(self.key.as_str()) {
            return id as usize;
        }
        let info = Info::new(text, t, g, lexicon);
        f.clear();
        word_features(&info, lexicon, f);
        let own = score(f);
        let near = WINDOW.map(|d| {
            f.clear();
            neighbour_features(Near::Word(&info), d, f);
            score(f)
        });
        let id = self.words.len();
        self.words.push(MemoWord {
            stem: info.stem.as_ref().into(),
            shape: info.shape,
            cluster: info.cluster,
            own,
            near,
        });
        self.index.insert(self.key.clone(), id as u32);
        id
    }

    /// The emission scores of every token of a sentence (`tokens` of
    /// `text`, with their gazetteer features), `score` giving the summed
    /// weights of a feature vector. Pass the same `lexicon` and `score`
    /// (the same model) every time.
    pub fn emissions(
        &mut self,
        text: &str,
        tokens: &[Token],
        gaz: &[TokenGazetteer],
        lexicon: &Lexicon,
        conv: Convention,
        score: impl Fn(&[u32]) -> Scores,
    ) -> Vec<Scores> {
        let mut out = self.emissions_in(text, tokens, gaz, lexicon, &[conv], score);
        out.pop().unwrap_or_default()
    }

    /// [`WordMemo::emissions`] in each of `convs`, one list of scores per
    /// convention: the features every convention shares are scored once.
    pub fn emissions_in(
        &mut self,
        text: &str,
        tokens: &[Token],
        gaz: &[TokenGazetteer],
        lexicon: &Lexicon,
        convs: &[Convention],
        score: impl Fn(&[u32]) -> Scores,
    ) -> Vec<Vec<Scores>> {
        if self.words.len() + tokens.len() > self.capacity {
            self.index.clear();
            self.words.clear();
        }
        let mut f: Vec<u32> = Vec::with_capacity(64);
        let ids: Vec<usize> = tokens
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let g = gaz.get(i).copied().unwrap_or_default();
                self.id(text, t, g, lexicon, &score, &mut f)
            })
            .collect();
        let edges = *self.edges.get_or_insert_with(|| {
            WINDOW.map(|d| {
                f.clear();
                let edge = if d < 0 { Near::Start } else { Near::End };
                neighbour_features(edge, d, &mut f);
                score(&f)
            })
        });
        let words = ids.iter().map(|&id| {
            let w = &self.words[id];
            (w.stem.as_ref(), w.shape, w.cluster)
        });
        let slots = slots(tokens, words, gaz, lexicon);
        let mut out = vec![Vec::with_capacity(tokens.len()); convs.len()];
        for (i, &id) in ids.iter().enumerate() {
            let mut em = self.words[id].own;
            for (k, d) in WINDOW.iter().enumerate() {
                let near = match usize::try_from(i as isize + d)
                    .ok()
                    .and_then(|j| ids.get(j))
                {
                    Some(&j) => &self.words[j].near[k],
                    None => &edges[k],
                };
                for (e, x) in em.iter_mut().zip(near) {
                    *e += x;
                }
            }
            f.clear();
            shared_pair_features(&slots, i, &mut f);
            for (e, x) in em.iter_mut().zip(score(&f)) {
                *e += x;
            }
            // The name context differs only between AQMAR and the other
            // conventions: scored once for each of the two that `convs`
            // holds (Kashif's mode tags in Kashif's and ANERcorp's).
            let mut context: [Option<Scores>; 2] = [None, None];
            for (&conv, out) in convs.iter().zip(out.iter_mut()) {
                let aqmar = usize::from(conv == Convention::Aqmar);
                let near = *context[aqmar].get_or_insert_with(|| {
                    f.clear();
                    name_context_features(&slots, i, conv, &mut f);
                    score(&f)
                });
                f.clear();
                convention_pair_features(&slots, i, conv, &mut f);
                let mut em = em;
                for (e, (x, y)) in em.iter_mut().zip(near.iter().zip(score(&f))) {
                    *e += x + y;
                }
                out.push(em);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::Doc;

    #[test]
    fn rule_hints_mark_titles_the_name_after_and_organisations() {
        // وقال | وزير | الخارجية | أحمد | عطاف | في | البنك | المركزي
        let doc = Doc::new("وقال وزير الخارجية أحمد عطاف في البنك المركزي", None);
        assert_eq!(doc.tokens.len(), 8);
        // Tokens `a..=b`.
        let cand = |a: usize, b: usize, kind, source| {
            Candidate::new(doc.tokens[a].start, doc.tokens[b].end, kind, source, 0.9)
        };
        let found = [
            cand(1, 2, Kind::Occ, Source::Pattern),
            cand(3, 4, Kind::Pers, Source::Pattern),
            cand(6, 7, Kind::Org, Source::Pattern),
            // Not the rules': no hint.
            cand(0, 0, Kind::Pers, Source::Model),
        ];
        let mut gaz = vec![TokenGazetteer::default(); doc.tokens.len()];
        add_rule_hints(&doc.tokens, &found, &mut gaz);
        assert_eq!(
            gaz.iter().map(|g| g.rules).collect::<Vec<_>>(),
            [
                0,
                HINT_OCC,
                HINT_OCC,
                HINT_AFTER_OCC | HINT_PERS_B,
                HINT_PERS_I,
                0,
                HINT_ORG_B,
                HINT_ORG_I
            ]
        );
    }

    #[test]
    fn features_are_deterministic_and_per_token() {
        let doc = Doc::new("قال الرئيس محمد بن سلمان في الرياض", None);
        let gaz = vec![TokenGazetteer::default(); doc.tokens.len()];
        let lex = Lexicon::default();
        let features = |conv| {
            let mut out = Vec::new();
            sentence_features(doc.text(), &doc.tokens, &gaz, &lex, conv, &mut out);
            out
        };
        let (a, b) = (features(Convention::Kashif), features(Convention::Kashif));
        // Another convention changes the two lexical conjoined features,
        // and adds its bias (ANERcorp), or its bias, cluster and lists
        // (AQMAR), at the end.
        for (conv, extra) in [(Convention::Anercorp, 1), (Convention::Aqmar, 3)] {
            for (k, x) in a.iter().zip(features(conv)) {
                let differ = k.iter().zip(&x).filter(|(p, q)| p != q).count();
                assert_eq!((k.len() + extra, differ), (x.len(), 2));
            }
        }
        assert_eq!(a, b);
        assert_eq!(a.len(), doc.tokens.len());
        assert!(a.iter().all(|f| f.len() > 10));
    }

    /// Scores that identify a feature multiset: per label slot, the
    /// number of features in one hash class and a sum of hash bits. Exact
    /// in `f32` (small integers), so the memo must match exactly.
    fn fingerprint(f: &[u32]) -> Scores {
        let mut out = [0f32; N_LABELS];
        for &h in f {
            out[(h % 8) as usize] += 1.0;
            out[8] += (h >> 22) as f32;
        }
        out
    }

    #[test]
    fn the_memo_scores_the_same_features_as_the_vectors() {
        let text = "قال الرئيس محمد بن سلمان في الرياض إن الرياض ترحب.\n\
                    وقال محمد بن سلمان: «الرياض» و 12 دولة، والرئيس في جدة!\nجدة";
        let doc = Doc::new(text, None);
        let gazetteer = crate::gazetteer::Gazetteer::embedded().expect("gazetteer");
        let gaz = gazetteer.token_features(doc.text(), &doc.tokens, doc.gazetteer_hits(gazetteer));
        let lex = crate::tagger::embedded().expect("model").lexicon();
        let mut memo = WordMemo::new();
        for r in crate::tagger::sentences(doc.text(), &doc.tokens) {
            let (toks, g) = (&doc.tokens[r.clone()], &gaz[r]);
            let mut feats = Vec::new();
            sentence_features(doc.text(), toks, g, lex, Convention::Kashif, &mut feats);
            let want: Vec<Scores> = feats.iter().map(|f| fingerprint(f)).collect();
            let got = memo.emissions(doc.text(), toks, g, lex, Convention::Kashif, fingerprint);
            assert_eq!(got, want);
        }
        // Repeated words were scored once.
        assert!(memo.len() < doc.tokens.len() - 5, "{}", memo.len());
    }

    #[test]
    fn the_memo_gives_the_same_scores_whatever_it_held_before() {
        let model = crate::tagger::embedded().expect("model");
        let score = |f: &[u32]| model.score(f);
        let text = "قال وزير الخارجية إن الوفد سيزور القاهرة وعمان الأسبوع المقبل";
        let doc = Doc::new(text, None);
        let gaz = vec![TokenGazetteer::default(); doc.tokens.len()];
        let lex = model.lexicon();
        let k = Convention::Kashif;
        let fresh = WordMemo::new().emissions(doc.text(), &doc.tokens, &gaz, lex, k, score);
        // A memo that has seen other text, and one so small it starts
        // afresh at every sentence.
        let other = Doc::new("وصل وزير الخارجية إلى عمان أمس", None);
        let other_gaz = vec![TokenGazetteer::default(); other.tokens.len()];
        for mut memo in [WordMemo::new(), WordMemo::with_capacity(3)] {
            memo.emissions(other.text(), &other.tokens, &other_gaz, lex, k, score);
            let again = memo.emissions(doc.text(), &doc.tokens, &gaz, lex, k, score);
            assert_eq!(again, fresh);
            if memo.capacity == 3 {
                // It forgot the other text.
                assert!(memo.len() <= doc.tokens.len());
            }
        }
    }

    #[test]
    fn trigrams_of_short_words() {
        let doc = Doc::new("زار جو", None);
        let gaz = vec![TokenGazetteer::default(); doc.tokens.len()];
        let mut a = Vec::new();
        sentence_features(
            doc.text(),
            &doc.tokens,
            &gaz,
            &Lexicon::default(),
            Convention::Kashif,
            &mut a,
        );
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
