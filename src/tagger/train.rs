//! Training: gold labels projected onto the core's tokens, the averaged
//! structured perceptron, quantisation, and dev-set scoring.
//!
//! Tokenisation is the one the model sees at inference: each CoNLL
//! sentence is joined with single spaces, read as a [`Doc`], and every
//! core token takes the tag of the CoNLL token it overlaps (`B-` only on
//! the first core token of a `B-` CoNLL token; an `I-` that does not
//! continue its type becomes `B-`).

// Dynamic programmes over label indices read best as index loops.
#![allow(clippy::needless_range_loop)]

use super::decode::{self, Transitions};
use super::features::{add_rule_hints, sentence_features};
use super::lexicon::{memory_word, Clusters, Lexicon, Memory, PhraseKey, MAX_MEMORY_TOKENS};
use super::{label_of, label_spans, sentences, type_of, Model, N_LABELS as L, TYPES};
use crate::conll::{Projected, Scores, Sentence};
use crate::error::{Error, ErrorKind};
use crate::gazetteer::Gazetteer;
use crate::recognize::rules::RuleRecognizer;
use crate::recognize::{Candidate, Doc, Recognizer};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Training settings.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainConfig {
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed of the sentence order.
    pub seed: u64,
    /// Folds for the jackknifed train-set memory (0 or 1: no memory).
    pub memory_folds: usize,
    /// Weights smaller than this (in magnitude) are pruned.
    pub prune: f32,
    /// Perceptrons trained with different sentence orders and averaged.
    pub bags: usize,
    /// 0: perceptron updates; > 0: passive-aggressive (PA-I) updates with
    /// this largest step.
    pub pa_c: f32,
    /// Levels of the codebook the weights are quantised to (at most
    /// [`MAX_LEVELS`]). Fewer levels make the codes cheaper to ship, as
    /// brotli packs them to their entropy: 32 instead of 255 took 173 KB
    /// off the shipped model's brotli size, with the same F1 on the train
    /// file's slices (see the README, "Training the tagger").
    pub levels: usize,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            epochs: 8,
            seed: 1,
            memory_folds: 5,
            prune: 0.0,
            bags: 6,
            pa_c: 0.0,
            levels: MAX_LEVELS,
        }
    }
}

/// Gold labels of a document's core tokens, projected from the CoNLL tags
/// of the tokens at `bounds` (original byte spans).
pub fn project_labels(doc: &Doc<'_>, bounds: &[(usize, usize)], tags: &[String]) -> Vec<u8> {
    let mut out = Vec::with_capacity(doc.tokens.len());
    let mut prev_src: Option<usize> = None;
    let mut k = 0usize;
    for tok in &doc.tokens {
        let (s, e) = doc.norm.to_original(tok.start, tok.end);
        while k < bounds.len() && bounds[k].1 <= s {
            k += 1;
        }
        let src = (k < bounds.len() && bounds[k].0 < e).then_some(k);
        let mut l = src.map_or(0, |k| label_of(tags.get(k).map_or("O", String::as_str)));
        if l != 0 && l % 2 == 1 && prev_src == src {
            l += 1; // later core token of a B- CoNLL token
        }
        out.push(l);
        prev_src = src;
    }
    for i in 0..out.len() {
        let l = out[i];
        if l != 0 && l % 2 == 0 {
            let prev = if i == 0 { 0 } else { out[i - 1] };
            if type_of(prev) != type_of(l) {
                out[i] = l - 1;
            }
        }
    }
    out
}

/// Phrases (likely stems joined by spaces) that are gold entities in
/// `sents`, with the set of their types.
pub fn build_memory(sents: &[Sentence]) -> Memory {
    let mut memory = Memory::default();
    for s in sents {
        let p = Projected::new(&s.tokens);
        let doc = Doc::new(&p.text, None);
        let labels = project_labels(&doc, &p.bounds, &s.tags);
        for (t, a, b) in label_spans(&labels) {
            if b - a > MAX_MEMORY_TOKENS {
                continue;
            }
            let key = doc.tokens[a..b]
                .iter()
                .fold(PhraseKey::default(), |k, tok| {
                    k.push(&memory_word(doc.text(), tok))
                })
                .done();
            *memory.entry(key).or_insert(0) |= 1 << t;
        }
    }
    memory
}

/// One training sentence: features and gold labels of its core tokens.
pub struct Example {
    /// Features per token.
    pub feats: Vec<Vec<u32>>,
    /// Gold label per token.
    pub gold: Vec<u8>,
}

/// Training examples of `sents`, featurised with `lexicon`.
pub fn examples(
    sents: &[Sentence],
    gazetteer: &'static Gazetteer,
    lexicon: &Lexicon,
) -> Vec<Example> {
    let rules = RuleRecognizer::new(gazetteer);
    let mut out = Vec::new();
    for s in sents {
        let p = Projected::new(&s.tokens);
        let mut doc = Doc::new(&p.text, None);
        doc.convention = s.convention;
        let gold = project_labels(&doc, &p.bounds, &s.tags);
        let mut gaz =
            gazetteer.token_features(doc.text(), &doc.tokens, doc.gazetteer_hits(gazetteer));
        let mut found = Vec::new();
        rules.find(&doc, &mut found);
        add_rule_hints(&doc.tokens, &found, &mut gaz);
        for r in sentences(doc.text(), &doc.tokens) {
            let mut feats = Vec::with_capacity(r.len());
            sentence_features(
                doc.text(),
                &doc.tokens[r.clone()],
                &gaz[r.clone()],
                lexicon,
                s.convention,
                &mut feats,
            );
            out.push(Example {
                feats,
                gold: gold[r].to_vec(),
            });
        }
    }
    out
}

/// Examples of `sents` with the train-set memory jackknifed: the memory
/// used for the sentences of one fold is built from the other folds only.
pub fn jackknifed_examples(
    sents: &[Sentence],
    gazetteer: &'static Gazetteer,
    clusters: &Clusters,
    folds: usize,
) -> Vec<Example> {
    if folds < 2 {
        let lex = Lexicon {
            clusters: clusters.clone(),
            memory: Memory::default(),
        };
        return examples(sents, gazetteer, &lex);
    }
    let n = sents.len();
    let mut out = Vec::new();
    for f in 0..folds {
        let (a, b) = (f * n / folds, (f + 1) * n / folds);
        let others: Vec<Sentence> = sents[..a].iter().chain(&sents[b..]).cloned().collect();
        let lex = Lexicon {
            clusters: clusters.clone(),
            memory: build_memory(&others),
        };
        out.extend(examples(&sents[a..b], gazetteer, &lex));
    }
    out
}

/// The word table of `table_text` (a `data/clusters.tsv`) with each
/// word's induced name bits (21–23) replaced by `kinds(word)` (bit 0 a
/// person, 1 an organisation, 2 a place; a word left with no cluster and
/// no name bit is left out, as `scripts/word_classes.py` leaves it out):
/// the table a slice of the training
/// file is featurised with when its induced names come from a tagger that
/// never saw that slice's labels (`kashif train --fold-induced`), as the
/// text the shipped model reads later never had its labels learnt either.
pub fn reinduced(table_text: &str, kinds: impl Fn(&str) -> u8) -> Clusters {
    super::lexicon::parse_clusters_with(table_text, |w, c| {
        super::features::with_induced(c, kinds(w))
    })
}

/// A fast deterministic hasher for `u32` feature keys.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }
    fn write_u32(&mut self, i: u32) {
        self.0 = u64::from(i).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

type KeyMap = HashMap<u32, u32, BuildHasherDefault<KeyHasher>>;

/// Perceptron state with the averaging trick (Daumé): `w` the current
/// weights, `u` the sum of `time × update`; the average is `w − u/time`.
struct Perceptron {
    index: KeyMap,
    w: Vec<[f32; L]>,
    u: Vec<[f32; L]>,
    tw: Transitions,
    tu: Transitions,
    time: f32,
}

impl Perceptron {
    fn new() -> Self {
        Perceptron {
            index: KeyMap::default(),
            w: Vec::new(),
            u: Vec::new(),
            tw: [[0.0; L]; L + 1],
            tu: [[0.0; L]; L + 1],
            time: 1.0,
        }
    }

    fn emissions(&self, feats: &[Vec<u32>]) -> Vec<[f32; L]> {
        feats
            .iter()
            .map(|fs| {
                let mut e = [0f32; L];
                for f in fs {
                    if let Some(&r) = self.index.get(f) {
                        for (x, y) in e.iter_mut().zip(&self.w[r as usize]) {
                            *x += y;
                        }
                    }
                }
                e
            })
            .collect()
    }

    fn bump(&mut self, f: u32, label: usize, d: f32) {
        let next = self.w.len() as u32;
        let r = *self.index.entry(f).or_insert(next) as usize;
        if r == self.w.len() {
            self.w.push([0.0; L]);
            self.u.push([0.0; L]);
        }
        self.w[r][label] += d;
        self.u[r][label] += d * self.time;
    }

    /// One example; returns the number of wrong labels.
    fn learn(&mut self, ex: &Example, pa_c: f32) -> usize {
        let em = self.emissions(&ex.feats);
        let pred = decode::viterbi(&em, &self.tw);
        let prev = |seq: &[u8], i: usize| if i == 0 { L } else { seq[i - 1] as usize };
        let mut wrong = 0;
        let mut margin = 0f32;
        let mut norm = 0f32;
        for i in 0..pred.len() {
            let (g, p) = (ex.gold[i] as usize, pred[i] as usize);
            let (gp, pp) = (prev(&ex.gold, i), prev(&pred, i));
            if g != p {
                wrong += 1;
                margin += em[i][p] - em[i][g];
                norm += 2.0 * ex.feats[i].len() as f32;
            }
            if (gp, g) != (pp, p) {
                margin += self.tw[pp][p] - self.tw[gp][g];
                norm += 2.0;
            }
        }
        if wrong == 0 {
            self.time += 1.0;
            return 0;
        }
        // Perceptron step 1, or the passive-aggressive step (PA-I) when
        // `pa_c` > 0: just enough to fix the margin (cost = wrong labels),
        // at most `pa_c`.
        let step = if pa_c > 0.0 {
            ((margin + wrong as f32) / norm.max(1.0)).clamp(0.0, pa_c)
        } else {
            1.0
        };
        for i in 0..pred.len() {
            let (g, p) = (ex.gold[i] as usize, pred[i] as usize);
            let (gp, pp) = (prev(&ex.gold, i), prev(&pred, i));
            if g != p {
                for &f in &ex.feats[i] {
                    self.bump(f, g, step);
                    self.bump(f, p, -step);
                }
            }
            if (gp, g) != (pp, p) {
                self.tw[gp][g] += step;
                self.tu[gp][g] += step * self.time;
                self.tw[pp][p] -= step;
                self.tu[pp][p] -= step * self.time;
            }
        }
        self.time += 1.0;
        wrong
    }

    /// Averaged weights, sorted by key.
    fn averaged(&self) -> (Vec<u32>, Vec<[f32; L]>, Transitions) {
        let mut keys: Vec<(u32, u32)> = self.index.iter().map(|(&k, &r)| (k, r)).collect();
        keys.sort_unstable();
        let avg = |w: f32, u: f32| w - u / self.time;
        let rows = keys
            .iter()
            .map(|&(_, r)| {
                let (w, u) = (&self.w[r as usize], &self.u[r as usize]);
                let mut out = [0f32; L];
                for l in 0..L {
                    out[l] = avg(w[l], u[l]);
                }
                out
            })
            .collect();
        let mut trans = [[0f32; L]; L + 1];
        for p in 0..=L {
            for c in 0..L {
                trans[p][c] = avg(self.tw[p][c], self.tu[p][c]);
            }
        }
        (keys.into_iter().map(|(k, _)| k).collect(), rows, trans)
    }
}

/// SplitMix64, for a seeded shuffle.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// The most levels a model's codebook holds (code 0, exactly 0, aside).
pub const MAX_LEVELS: usize = 255;

/// Quantises averaged weights to one byte each: code 0 is exactly 0 and
/// codes 1 to `n_levels` (at most [`MAX_LEVELS`]) index a codebook fitted
/// to the weights (deterministic): Lloyd's algorithm (1-D k-means,
/// initialised at quantiles) fits 255 levels, which [`merge_levels`]
/// merges into `n_levels` by exact weighted 1-D k-means where fewer are
/// asked for. (Lloyd's algorithm alone, started at quantiles, puts most of
/// a few levels where the weights are dense, just above the pruning
/// threshold, and fits the tails badly.) Weights below `prune` in
/// magnitude become 0, and rows that are all 0 are dropped.
fn quantise(
    keys: Vec<u32>,
    rows: Vec<[f32; L]>,
    prune: f32,
    n_levels: usize,
) -> (Vec<u32>, Vec<i8>, Vec<f32>) {
    let wanted = n_levels.clamp(1, MAX_LEVELS);
    let mut vals: Vec<f32> = rows
        .iter()
        .flat_map(|r| r.iter().copied())
        .filter(|x| x.abs() >= prune && *x != 0.0)
        .collect();
    let mut book = vec![0f32; 256];
    if vals.is_empty() {
        return (Vec::new(), Vec::new(), book);
    }
    vals.sort_unstable_by(f32::total_cmp);
    let k = MAX_LEVELS;
    let mut levels: Vec<f32> = (0..k)
        .map(|i| vals[((i as f64 + 0.5) / k as f64 * (vals.len() - 1) as f64) as usize])
        .collect();
    for _ in 0..30 {
        levels.dedup();
        let mut sum = vec![0f64; levels.len()];
        let mut cnt = vec![0usize; levels.len()];
        for &v in &vals {
            let i = nearest(&levels, v);
            sum[i] += f64::from(v);
            cnt[i] += 1;
        }
        for i in 0..levels.len() {
            if cnt[i] > 0 {
                levels[i] = (sum[i] / cnt[i] as f64) as f32;
            }
        }
        levels.sort_unstable_by(f32::total_cmp);
    }
    levels.dedup();
    if wanted < levels.len() {
        let mut counts = vec![0usize; levels.len()];
        for &v in &vals {
            counts[nearest(&levels, v)] += 1;
        }
        levels = merge_levels(&levels, &counts, wanted);
    }
    for (i, l) in levels.iter().enumerate() {
        book[i + 1] = *l;
    }
    let mut out_keys = Vec::new();
    let mut out_w = Vec::new();
    for (key, r) in keys.into_iter().zip(rows) {
        let q: Vec<i8> = r
            .iter()
            .map(|&x| {
                if x.abs() < prune || x == 0.0 {
                    0
                } else {
                    (nearest(&levels, x) + 1) as u8 as i8
                }
            })
            .collect();
        if q.iter().any(|&x| x != 0) {
            out_keys.push(key);
            out_w.extend(q);
        }
    }
    (out_keys, out_w, book)
}

/// The best `k` levels for values `levels` (sorted) seen `counts` times
/// each: the least weighted squared error, by dynamic programming over
/// the ways of cutting the sorted levels into `k` runs (exact for one
/// dimension; `k · n²` steps, 2 million for 255 levels). Each run's level
/// is its weighted mean. Levels never seen are dropped; with no more than
/// `k` seen, they are returned as they are.
fn merge_levels(levels: &[f32], counts: &[usize], k: usize) -> Vec<f32> {
    let seen: Vec<(f64, f64)> = levels
        .iter()
        .zip(counts)
        .filter(|(_, &c)| c > 0)
        .map(|(&l, &c)| (f64::from(l), c as f64))
        .collect();
    let n = seen.len();
    if n <= k || k == 0 {
        return seen.iter().map(|&(l, _)| l as f32).collect();
    }
    // Prefix sums of weight, weighted value and weighted square.
    let mut w = vec![0f64; n + 1];
    let mut s = vec![0f64; n + 1];
    let mut q = vec![0f64; n + 1];
    for (i, &(x, c)) in seen.iter().enumerate() {
        w[i + 1] = w[i] + c;
        s[i + 1] = s[i] + c * x;
        q[i + 1] = q[i] + c * x * x;
    }
    // The error of one run over levels `a..b` around its weighted mean.
    let err = |a: usize, b: usize| {
        let (ww, ss) = (w[b] - w[a], s[b] - s[a]);
        (q[b] - q[a]) - ss * ss / ww
    };
    // best[j][b]: least error of cutting levels `0..b` into `j` runs;
    // cut[j][b] where the last of them starts.
    let mut best = vec![vec![f64::INFINITY; n + 1]; k + 1];
    let mut cut = vec![vec![0usize; n + 1]; k + 1];
    best[0][0] = 0.0;
    for j in 1..=k {
        for b in j..=n {
            for a in j - 1..b {
                let e = best[j - 1][a] + err(a, b);
                if e < best[j][b] {
                    best[j][b] = e;
                    cut[j][b] = a;
                }
            }
        }
    }
    let mut out = vec![0f32; k];
    let mut b = n;
    for j in (1..=k).rev() {
        let a = cut[j][b];
        out[j - 1] = ((s[b] - s[a]) / (w[b] - w[a])) as f32;
        b = a;
    }
    out
}

/// Index of the level nearest to `v` (levels sorted).
fn nearest(levels: &[f32], v: f32) -> usize {
    let i = levels.partition_point(|&l| l < v);
    if i == 0 {
        0
    } else if i == levels.len() {
        levels.len() - 1
    } else if v - levels[i - 1] <= levels[i] - v {
        i - 1
    } else {
        i
    }
}

/// Trains a model on `examples`, with `lexicon` shipped inside it (its
/// memory should be built from all the training sentences). `progress`
/// receives one line per epoch.
pub fn train(
    examples: &[Example],
    lexicon: Lexicon,
    cfg: &TrainConfig,
    progress: &mut dyn FnMut(&str),
) -> Result<Model, Error> {
    if examples.is_empty() {
        return Err(Error::new(ErrorKind::BadData, "no training sentences"));
    }
    let tokens: usize = examples.iter().map(|e| e.gold.len()).sum();
    let bags = cfg.bags.max(1);
    let mut sum: HashMap<u32, [f32; L], BuildHasherDefault<KeyHasher>> = HashMap::default();
    let mut trans = [[0f32; L]; L + 1];
    for bag in 0..bags {
        let mut p = Perceptron::new();
        let mut order: Vec<usize> = (0..examples.len()).collect();
        let mut rng = Rng(cfg.seed.wrapping_add(bag as u64 * 0x9e37));
        for epoch in 0..cfg.epochs {
            rng.shuffle(&mut order);
            let mut wrong = 0;
            for &i in &order {
                wrong += p.learn(&examples[i], cfg.pa_c);
            }
            progress(&format!(
                "model {}/{bags}, epoch {}/{}: {} training-token errors ({:.2}%), {} features",
                bag + 1,
                epoch + 1,
                cfg.epochs,
                wrong,
                100.0 * wrong as f64 / tokens.max(1) as f64,
                p.w.len()
            ));
        }
        let (keys, rows, t) = p.averaged();
        for (k, r) in keys.into_iter().zip(rows) {
            let e = sum.entry(k).or_insert([0.0; L]);
            for l in 0..L {
                e[l] += r[l] / bags as f32;
            }
        }
        for a in 0..=L {
            for b in 0..L {
                trans[a][b] += t[a][b] / bags as f32;
            }
        }
    }
    let mut keyed: Vec<(u32, [f32; L])> = sum.into_iter().collect();
    keyed.sort_unstable_by_key(|x| x.0);
    let (keys, rows): (Vec<u32>, Vec<[f32; L]>) = keyed.into_iter().unzip();
    let (keys, weights, book) = quantise(keys, rows, cfg.prune, cfg.levels);
    Ok(Model::new(keys, weights, book, 1.0, trans, lexicon))
}

/// Fits the model's temperature to minimise the negative log-likelihood of
/// the gold labels of `examples` (a small grid search).
pub fn fit_temperature(model: &mut Model, examples: &[Example]) {
    let ems: Vec<_> = examples.iter().map(|e| model.emissions(&e.feats)).collect();
    let mut best = (f64::INFINITY, 1.0f32);
    for k in 0..24 {
        let t = 0.25 * 1.35f32.powi(k);
        let mut nll = 0f64;
        for (e, em) in examples.iter().zip(&ems) {
            let m = decode::marginals_exact(em, &model.trans, t);
            for (row, &g) in m.iter().zip(&e.gold) {
                nll -= f64::from(row[g as usize].max(1e-9)).ln();
            }
        }
        if nll < best.0 {
            best = (nll, t);
        }
    }
    model.temperature = best.1;
}

/// Scores a candidate finder on CoNLL sentences the way
/// [`crate::conll::predict_tags`] scores the extractor: each sentence is
/// joined with spaces, `find` proposes candidates for its [`Doc`], overlaps
/// are resolved, and every CoNLL token takes the type of the first entity
/// overlapping it. Each sentence is read in its own convention.
pub fn evaluate(sents: &[Sentence], find: &dyn Fn(&Doc<'_>) -> Vec<Candidate>) -> Scores {
    let mut scores = Scores::default();
    for s in sents {
        let p = Projected::new(&s.tokens);
        let mut doc = Doc::new(&p.text, None);
        doc.convention = s.convention;
        let found: Vec<_> = crate::resolve::resolve(find(&doc), true)
            .iter()
            .map(|r| {
                let c = &r.candidate;
                let (a, b) = doc.norm.to_original(c.start, c.end);
                (a, b, c.kind, r.depth)
            })
            .collect();
        let spans = crate::conll::anercorp_spans(&p.text, &found);
        let tags = crate::conll::project_tags(&p.bounds, spans);
        scores.add(&s.tags, &tags);
    }
    scores
}

/// The type names, for reports.
pub fn type_names() -> &'static [&'static str] {
    &TYPES
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sent(pairs: &[(&str, &str)]) -> Sentence {
        Sentence {
            tokens: pairs.iter().map(|p| p.0.to_string()).collect(),
            tags: pairs.iter().map(|p| p.1.to_string()).collect(),
            convention: Default::default(),
        }
    }

    #[test]
    fn projection_rederives_b_and_i() {
        // "(د" splits into two core tokens; "و7" too.
        let s = sent(&[
            ("زار", "O"),
            ("(د", "B-ORG"),
            ("ب", "I-ORG"),
            ("وتركيا", "B-LOC"),
        ]);
        let p = Projected::new(&s.tokens);
        let doc = Doc::new(&p.text, None);
        let l = project_labels(&doc, &p.bounds, &s.tags);
        let tags: Vec<String> = l.iter().map(|&x| super::super::tag_of(x)).collect();
        assert_eq!(tags, ["O", "B-ORG", "I-ORG", "I-ORG", "B-LOC"]);
    }

    #[test]
    fn memory_keys_are_stems() {
        let m = build_memory(&[sent(&[
            ("وصل", "O"),
            ("بالأمم", "B-ORG"),
            ("المتحدة", "I-ORG"),
        ])]);
        assert_eq!(m.get(&PhraseKey::of(["الامم", "المتحده"])), Some(&4));
        assert_eq!(m.len(), 1);
    }

    #[test]
    fn merged_levels_are_the_best_cut() {
        // Two runs of two: each level its run's mean.
        assert_eq!(
            merge_levels(&[1.0, 2.0, 10.0, 11.0], &[1, 1, 1, 1], 2),
            [1.5, 10.5]
        );
        // Counts weigh: {0, 1} and {5} (error 0.75) beat {0} and {1, 5}
        // (error 12), and the mean of the first run leans to 1.
        assert_eq!(merge_levels(&[0.0, 1.0, 5.0], &[1, 3, 1], 2), [0.75, 5.0]);
        // No more levels seen than wanted: kept as they are, unseen ones
        // dropped.
        assert_eq!(merge_levels(&[-2.0, 1.0, 3.0], &[4, 0, 2], 32), [-2.0, 3.0]);
    }

    #[test]
    fn quantised_weights_use_at_most_the_codebook_levels() {
        // 2,000 weights spread over ±20, some under the pruning threshold.
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 40) as f32 / (1u64 << 24) as f32 * 40.0 - 20.0
        };
        let rows: Vec<[f32; L]> = (0..2000).map(|_| std::array::from_fn(|_| next())).collect();
        let keys: Vec<u32> = (1..=2000).collect();
        let (kept, codes, book) = quantise(keys, rows.clone(), 0.5, 32);
        assert_eq!(kept.len(), 2000);
        let used: std::collections::BTreeSet<u8> = codes.iter().map(|&c| c as u8).collect();
        assert!(used.len() <= 33, "{} codes", used.len());
        assert_eq!(book[0], 0.0);
        // Every weight is zero exactly where it was pruned, and otherwise
        // on a level of its own sign within the spacing of the levels.
        for (r, q) in rows.iter().zip(codes.chunks(L)) {
            for (&x, &c) in r.iter().zip(q) {
                let v = book[c as u8 as usize];
                if x.abs() < 0.5 {
                    assert_eq!(c, 0);
                } else {
                    assert!(v != 0.0 && v.signum() == x.signum(), "{x} → {v}");
                    assert!((v - x).abs() < 2.5, "{x} → {v}");
                }
            }
        }
    }

    #[test]
    fn reinduced_replaces_only_the_induced_bits() {
        // A clustered word with a Wikidata bit and an induced person bit;
        // a word with no cluster whose induced place bit is all it has;
        // a plain clustered word.
        let (clustered, induced_only) = (1 << 16 | 1 << 21 | 5, 1 << 20 | 1 << 23);
        let table = format!("سالم\t{clustered}\nكاتو\t{induced_only}\nكتاب\t7\n");
        let kinds = |w: &str| match w {
            "سالم" => 2,
            "كتاب" => 4,
            _ => 0,
        };
        let t = reinduced(&table, kinds);
        // The person bit gives way to the organisation bit, the rest stays.
        assert_eq!(t.get("سالم"), Some(1 << 16 | 1 << 22 | 5));
        // With its only bit gone, nothing keeps the word in the table.
        assert_eq!(t.get("كاتو"), None);
        assert_eq!(t.get("كتاب"), Some(1 << 23 | 7));
        // Each word's own kinds, never another's.
        let same = reinduced(&table, |w| match w {
            "سالم" => 1,
            "كاتو" => 4,
            _ => 0,
        });
        assert_eq!(same, crate::tagger::lexicon::parse_clusters(&table));
    }
}
