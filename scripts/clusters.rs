//! Word clusters for the tagger, induced from unlabelled text.
//!
//! Standalone (no dependencies): `rustc -O scripts/clusters.rs -o /tmp/clusters`,
//! then `/tmp/clusters < unlabeled.txt > data/clusters.tsv`.
//!
//! Each word is represented by its left and right neighbours (±1 and ±2,
//! among the most frequent context words), weighted by positive pointwise
//! mutual information and L2-normalised; spherical k-means (deterministic:
//! the first centroids are the vectors of the most frequent words) groups
//! them at two granularities. The output line is `word<TAB>coarse·1024 +
//! fine`. Words seen at least MIN_FREQ times shape the centroids; rarer
//! words are only assigned to the nearest one.

use std::collections::HashMap;
use std::io::{self, BufRead, Write};

const CONTEXTS: usize = 3000;
const MIN_FREQ: u32 = 3;
const FINE: usize = 1000;
const COARSE: usize = 64;
const ITERS: usize = 12;

type Sparse = Vec<(u32, f32)>;

fn kmeans(vecs: &[Sparse], shape: &[bool], k: usize, dim: usize) -> Vec<u32> {
    // Centroids are kept transposed (`cent[j * k + c]`): a word's scores
    // against all k centroids are then a few contiguous multiply-adds per
    // non-zero context, which is what makes 200k words × 1000 clusters fast.
    // Initial centroids: the first k shaping vectors (words sorted by frequency).
    let mut cent = vec![0f32; dim * k];
    let mut c = 0;
    for (v, &s) in vecs.iter().zip(shape) {
        if c == k {
            break;
        }
        if s && !v.is_empty() {
            for &(j, x) in v {
                cent[j as usize * k + c] = x;
            }
            c += 1;
        }
    }
    let mut assign = vec![0u32; vecs.len()];
    let mut scores = vec![0f32; k];
    for it in 0..ITERS {
        let mut changed = 0;
        for (i, v) in vecs.iter().enumerate() {
            scores.iter_mut().for_each(|s| *s = 0.0);
            for &(j, x) in v {
                let row = &cent[j as usize * k..(j as usize + 1) * k];
                for (s, &cv) in scores.iter_mut().zip(row) {
                    *s += x * cv;
                }
            }
            let mut best = (f32::NEG_INFINITY, 0u32);
            for (ci, &d) in scores.iter().enumerate() {
                if d > best.0 {
                    best = (d, ci as u32);
                }
            }
            if assign[i] != best.1 {
                changed += 1;
            }
            assign[i] = best.1;
        }
        eprintln!("k={k} iteration {it}: {changed} changed");
        let mut sums = vec![0f32; dim * k];
        for (i, v) in vecs.iter().enumerate() {
            if shape[i] {
                for &(j, x) in v {
                    sums[j as usize * k + assign[i] as usize] += x;
                }
            }
        }
        let mut norms = vec![0f32; k];
        for j in 0..dim {
            for (n, &x) in norms.iter_mut().zip(&sums[j * k..(j + 1) * k]) {
                *n += x * x;
            }
        }
        for j in 0..dim {
            for (ci, n) in norms.iter().enumerate() {
                if *n > 0.0 {
                    cent[j * k + ci] = sums[j * k + ci] / n.sqrt();
                }
            }
        }
    }
    assign
}

fn main() {
    let stdin = io::stdin();
    let sents: Vec<Vec<String>> = stdin
        .lock()
        .lines()
        .map_while(Result::ok)
        .map(|l| l.split(' ').filter(|w| !w.is_empty()).map(String::from).collect())
        .collect();
    let mut freq: HashMap<&str, u32> = HashMap::new();
    for s in &sents {
        for w in s {
            *freq.entry(w.as_str()).or_insert(0) += 1;
        }
    }
    let mut words: Vec<(&str, u32)> = freq.iter().map(|(w, &c)| (*w, c)).collect();
    words.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let id: HashMap<&str, usize> = words.iter().enumerate().map(|(i, w)| (w.0, i)).collect();
    // Context features: (offset slot, context word) for the most frequent words.
    let slots = [-2i32, -1, 1, 2];
    let dim = CONTEXTS * slots.len() + 2 * slots.len();
    let mut counts: Vec<HashMap<u32, f32>> = vec![HashMap::new(); words.len()];
    for s in sents.iter() {
        let ids: Vec<usize> = s.iter().map(|w| id[w.as_str()]).collect();
        for (i, &w) in ids.iter().enumerate() {
            for (si, &d) in slots.iter().enumerate() {
                let j = i as i32 + d;
                let f = if j < 0 || j >= ids.len() as i32 {
                    CONTEXTS * slots.len() + si // sentence edge
                } else if ids[j as usize] < CONTEXTS {
                    si * CONTEXTS + ids[j as usize]
                } else {
                    CONTEXTS * slots.len() + slots.len() + si // rare word
                };
                *counts[w].entry(f as u32).or_insert(0.0) += 1.0;
            }
        }
    }
    // Counts are summed in f64, which is exact here: an f32 total of ~40 M
    // would round, and differently for each HashMap iteration order.
    let mut fcount = vec![0f64; dim];
    let mut total = 0f64;
    for c in &counts {
        for (&f, &x) in c {
            fcount[f as usize] += f64::from(x);
            total += f64::from(x);
        }
    }
    let vecs: Vec<Sparse> = counts
        .iter()
        .enumerate()
        .map(|(w, c)| {
            let wc: f32 = c.values().sum();
            let mut v: Sparse = c
                .iter()
                .filter_map(|(&f, &x)| {
                    let pmi = (f64::from(x) * total / (f64::from(wc) * fcount[f as usize])).ln() as f32;
                    (pmi > 0.0).then_some((f, pmi))
                })
                .collect();
            v.sort_by_key(|p| p.0);
            let n: f32 = v.iter().map(|p| p.1 * p.1).sum::<f32>().sqrt();
            if n > 0.0 {
                for p in v.iter_mut() {
                    p.1 /= n;
                }
            }
            let _ = w;
            v
        })
        .collect();
    let shape: Vec<bool> = words.iter().map(|w| w.1 >= MIN_FREQ).collect();
    eprintln!("{} words, {} shaping", words.len(), shape.iter().filter(|&&s| s).count());
    let fine = kmeans(&vecs, &shape, FINE, dim);
    let coarse = kmeans(&vecs, &shape, COARSE, dim);
    let out = io::stdout();
    let mut out = io::BufWriter::new(out.lock());
    let mut lines: Vec<(&str, u32)> = words
        .iter()
        .enumerate()
        .filter(|(i, _)| !vecs[*i].is_empty())
        .map(|(i, w)| (w.0, coarse[i] * 1024 + fine[i]))
        .collect();
    lines.sort();
    for (w, c) in lines {
        let _ = writeln!(out, "{w}\t{c}");
    }
}
