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
    let mut score = vec![[0f32; L]; n];
    let mut back = vec![[0u8; L]; n];
    for c in 0..L {
        score[0][c] = trans[L][c] + em[0][c];
    }
    for i in 1..n {
        for c in 0..L {
            let mut best = f32::NEG_INFINITY;
            let mut arg = 0u8;
            for p in 0..L {
                let s = score[i - 1][p] + trans[p][c];
                if s > best {
                    best = s;
                    arg = p as u8;
                }
            }
            score[i][c] = best + em[i][c];
            back[i][c] = arg;
        }
    }
    let mut out = vec![0u8; n];
    let mut best = 0usize;
    for c in 1..L {
        if score[n - 1][c] > score[n - 1][best] {
            best = c;
        }
    }
    out[n - 1] = best as u8;
    for i in (1..n).rev() {
        out[i - 1] = back[i][out[i] as usize];
    }
    out
}

fn log_sum_exp(xs: &[f32]) -> f32 {
    let m = xs.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    if m == f32::NEG_INFINITY {
        return m;
    }
    m + xs.iter().map(|x| (x - m).exp()).sum::<f32>().ln()
}

/// Per-token label marginals, with every score divided by `temperature`.
pub fn marginals(em: &[[f32; L]], trans: &Transitions, temperature: f32) -> Vec<[f32; L]> {
    let n = em.len();
    if n == 0 {
        return Vec::new();
    }
    let t = if temperature > 0.0 { temperature } else { 1.0 };
    let mut alpha = vec![[0f32; L]; n];
    let mut beta = vec![[0f32; L]; n];
    let mut buf = [0f32; L];
    for c in 0..L {
        alpha[0][c] = (trans[L][c] + em[0][c]) / t;
    }
    for i in 1..n {
        for c in 0..L {
            for p in 0..L {
                buf[p] = alpha[i - 1][p] + trans[p][c] / t;
            }
            alpha[i][c] = log_sum_exp(&buf) + em[i][c] / t;
        }
    }
    for i in (0..n - 1).rev() {
        for p in 0..L {
            for c in 0..L {
                buf[c] = trans[p][c] / t + em[i + 1][c] / t + beta[i + 1][c];
            }
            beta[i][p] = log_sum_exp(&buf);
        }
    }
    let z = log_sum_exp(&alpha[n - 1]);
    let mut out = vec![[0f32; L]; n];
    for i in 0..n {
        for c in 0..L {
            out[i][c] = (alpha[i][c] + beta[i][c] - z).exp();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
