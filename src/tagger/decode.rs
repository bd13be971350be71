//! Decoding: Viterbi for the best label sequence and forward-backward for
//! per-token marginals (scores read as log-potentials of a linear-chain
//! model, divided by a temperature).

// Dynamic programmes over label indices read best as index loops.
#![allow(clippy::needless_range_loop)]

use super::N_LABELS as L;

/// Transition scores: `trans[p][c]` from label `p` to `c`; row `L` is the
/// start of a sentence.
pub type Transitions = [[f32; L]; L + 1];

/// The best label sequence for the emission scores `em`.
pub fn viterbi(em: &[[f32; L]], trans: &Transitions) -> Vec<u8> {
    let n = em.len();
    if n == 0 {
        return Vec::new();
    }
    // Only the previous column of scores is kept; the back-pointers of
    // every column are needed to read the path back.
    let mut score = [0f32; L];
    let mut back = vec![[0u8; L]; n];
    for c in 0..L {
        score[c] = trans[L][c] + em[0][c];
    }
    for i in 1..n {
        let mut next = [0f32; L];
        for c in 0..L {
            let mut best = f32::NEG_INFINITY;
            let mut arg = 0u8;
            for p in 0..L {
                let s = score[p] + trans[p][c];
                if s > best {
                    best = s;
                    arg = p as u8;
                }
            }
            next[c] = best + em[i][c];
            back[i][c] = arg;
        }
        score = next;
    }
    let mut out = vec![0u8; n];
    let mut best = 0usize;
    for c in 1..L {
        if score[c] > score[best] {
            best = c;
        }
    }
    out[n - 1] = best as u8;
    for i in (1..n).rev() {
        out[i - 1] = back[i][out[i] as usize];
    }
    out
}

/// Per-token label marginals, with every score divided by `temperature`.
///
/// Forward-backward in scaled probability space: the potentials
/// `exp(score / temperature)` are computed once per transition and once per
/// token and emission (the token's largest emission subtracted first, so
/// nothing overflows), and each column of α and β is rescaled to sum to 1.
/// The marginal of a label is then `α·β` normalised over the column, which
/// is why the scale factors need not be kept.
pub fn marginals(em: &[[f32; L]], trans: &Transitions, temperature: f32) -> Vec<[f32; L]> {
    let n = em.len();
    if n == 0 {
        return Vec::new();
    }
    let t = if temperature > 0.0 { temperature } else { 1.0 };
    // Transition potentials, the largest transition subtracted: a constant
    // factor per step, which the rescaling removes.
    let top = trans
        .iter()
        .flatten()
        .copied()
        .fold(f32::NEG_INFINITY, f32::max);
    let mut tp = [[0f32; L]; L + 1];
    for (row, tr) in tp.iter_mut().zip(trans) {
        for (x, &s) in row.iter_mut().zip(tr) {
            *x = ((s - top) / t).exp();
        }
    }
    // Emission potentials of every token.
    let ep: Vec<[f32; L]> = em
        .iter()
        .map(|row| {
            let m = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
            row.map(|x| ((x - m) / t).exp())
        })
        .collect();
    let normalise = |col: &mut [f32; L]| {
        let s: f32 = col.iter().sum();
        if s > 0.0 && s.is_finite() {
            let inv = 1.0 / s;
            for x in col.iter_mut() {
                *x *= inv;
            }
        }
    };
    let mut alpha = vec![[0f32; L]; n];
    for c in 0..L {
        alpha[0][c] = tp[L][c] * ep[0][c];
    }
    normalise(&mut alpha[0]);
    for i in 1..n {
        let prev = alpha[i - 1];
        let mut col = [0f32; L];
        for p in 0..L {
            let a = prev[p];
            for c in 0..L {
                col[c] += a * tp[p][c];
            }
        }
        for c in 0..L {
            col[c] *= ep[i][c];
        }
        normalise(&mut col);
        alpha[i] = col;
    }
    let mut out = vec![[0f32; L]; n];
    let mut beta = [1f32; L];
    for i in (0..n).rev() {
        if i + 1 < n {
            // β_i(p) = Σ_c tp(p, c) · ep_{i+1}(c) · β_{i+1}(c)
            let mut next = [0f32; L];
            for c in 0..L {
                next[c] = ep[i + 1][c] * beta[c];
            }
            for p in 0..L {
                let mut s = 0f32;
                for c in 0..L {
                    s += tp[p][c] * next[c];
                }
                beta[p] = s;
            }
            normalise(&mut beta);
        }
        let mut m = [0f32; L];
        for c in 0..L {
            m[c] = alpha[i][c] * beta[c];
        }
        normalise(&mut m);
        out[i] = m;
    }
    out
}

fn log_sum_exp(xs: &[f64]) -> f64 {
    let m = xs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if m == f64::NEG_INFINITY {
        return m;
    }
    m + xs.iter().map(|x| (x - m).exp()).sum::<f64>().ln()
}

/// Per-token label marginals by forward-backward in log space in `f64`,
/// one log-sum-exp per cell: slow, but exact where [`marginals`] (in `f32`
/// scaled space) underflows, as at the very low temperatures that
/// [`crate::tagger::train::fit_temperature`] tries. The definition
/// [`marginals`] must agree with.
pub fn marginals_exact(em: &[[f32; L]], trans: &Transitions, t: f32) -> Vec<[f32; L]> {
    let n = em.len();
    let t = f64::from(t);
    let tr = |p: usize, c: usize| f64::from(trans[p][c]) / t;
    let e = |i: usize, c: usize| f64::from(em[i][c]) / t;
    let mut alpha = vec![[0f64; L]; n];
    let mut beta = vec![[0f64; L]; n];
    let mut buf = [0f64; L];
    for c in 0..L {
        alpha[0][c] = tr(L, c) + e(0, c);
    }
    for i in 1..n {
        for c in 0..L {
            for p in 0..L {
                buf[p] = alpha[i - 1][p] + tr(p, c);
            }
            alpha[i][c] = log_sum_exp(&buf) + e(i, c);
        }
    }
    for i in (0..n - 1).rev() {
        for p in 0..L {
            for c in 0..L {
                buf[c] = tr(p, c) + e(i + 1, c) + beta[i + 1][c];
            }
            beta[i][p] = log_sum_exp(&buf);
        }
    }
    let z = log_sum_exp(&alpha[n - 1]);
    (0..n)
        .map(|i| std::array::from_fn(|c| (alpha[i][c] + beta[i][c] - z).exp() as f32))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scaled_marginals_match_log_space() {
        // A small deterministic generator: scores in [-8, 8), sentences of
        // 1 to 120 tokens, temperatures around the fitted one.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 40) as f32 / (1u64 << 24) as f32 * 16.0 - 8.0
        };
        for round in 0..40 {
            let mut trans = [[0f32; L]; L + 1];
            for row in trans.iter_mut() {
                for x in row.iter_mut() {
                    *x = next();
                }
            }
            trans[0][2] = -30.0;
            let n = 1 + (round * 37) % 120;
            let em: Vec<[f32; L]> = (0..n)
                .map(|_| std::array::from_fn(|_| next() * 2.0))
                .collect();
            for t in [0.7, 1.0, 2.5] {
                let a = marginals(&em, &trans, t);
                let b = marginals_exact(&em, &trans, t);
                for (x, y) in a.iter().flatten().zip(b.iter().flatten()) {
                    assert!((x - y).abs() < 1e-5, "{x} vs {y} (n {n}, t {t})");
                }
            }
        }
    }

    #[test]
    fn viterbi_follows_transitions() {
        let mut trans = [[0f32; L]; L + 1];
        // O → I-PERS is heavily penalised: the first token must be B-PERS.
        trans[0][2] = -10.0;
        trans[L][2] = -10.0;
        let mut em = vec![[0f32; L]; 2];
        em[0][2] = 1.0;
        em[0][1] = 0.9;
        em[1][2] = 2.0;
        assert_eq!(viterbi(&em, &trans), [1, 2]);
        let m = marginals(&em, &trans, 1.0);
        for row in &m {
            let s: f32 = row.iter().sum();
            assert!((s - 1.0).abs() < 1e-4);
        }
        assert!(viterbi(&[], &trans).is_empty());
    }
}
