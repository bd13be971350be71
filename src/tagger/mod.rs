//! The statistical tagger: a first-order linear-chain model over sparse
//! features, trained as an averaged structured perceptron, decoded with
//! Viterbi. It labels the core's own tokens with the ANERcorp scheme
//! (`B-/I-` × PERS, LOC, ORG, MISC, and `O`).
//!
//! # Design
//!
//! * **Model.** Score of a label sequence = Σ emission weights of the
//!   token's features for its label + Σ transition weights between
//!   consecutive labels (first order). Training is the averaged structured
//!   perceptron (Collins 2002): decode each training sentence with Viterbi,
//!   add the gold features, subtract the predicted ones, average the
//!   weights over all updates. Several perceptrons that saw the sentences in
//!   different seeded orders are averaged ("bags", +1 F1 on dev), so
//!   training is deterministic: same data + seed → byte-identical model.
//!   (A passive-aggressive step and a CRF trained by SGD were tried and
//!   did no better on dev; the PA step stays available as `--pa-c`.)
//! * **Features** ([`features`]): word, likely stem after proclitics
//!   ([`crate::tokenize::clitics::likely_stem`]), the other clitic readings,
//!   stem without the article, character prefixes, suffixes and trigrams,
//!   the proclitic itself, shape, the ±2 stem window (also with و/ف
//!   stripped) and stem bigrams, gazetteer lists of the token and its
//!   neighbours and of multi-word list phrases covering them
//!   ([`crate::gazetteer::Gazetteer::token_features`]), word clusters of the
//!   ±2 window at two granularities (k-means over PPMI context vectors,
//!   induced offline from unlabelled corpus text from which every sentence
//!   overlapping the ANERcorp test file was removed: `scripts/`), the
//!   sentence's annotation convention conjoined with a few of them
//!   ([`features`]' `convention_features`), and optionally a train-set
//!   entity memory (phrases seen as entities in the training data, kept as
//!   32-bit phrase hashes; jackknifed over 5 folds during training so the
//!   weight it gets is the one it earns on unseen text; the shipped model
//!   has none, see `scripts/train_model.sh`). Features are 32-bit FNV
//!   hashes: no feature strings ship.
//! * **File** ([`weights`]): sorted delta-coded feature hashes; per feature
//!   a mask of the labels with a non-zero weight and one byte per such
//!   weight, indexing a codebook of up to 255 levels fitted to the weights
//!   (1-D k-means; `--levels` asks for fewer, which brotli packs tighter);
//!   transitions in `f32`; the cluster table and the memory. A
//!   format byte is checked at load (an error, not a panic). Weights whose
//!   magnitude stays under 0.5 after averaging are pruned (`--prune 0.5`:
//!   281k → 114k features, 2.8 → 1.1 MB, dev F1 unchanged).
//!   In memory the weights sit in an open-addressing table keyed by the
//!   feature hash, one probe per feature in the common case. The loader
//!   reads in steps of 4096 items, each a function call, so that a
//!   WebAssembly engine runs most of them optimised (`weights::CHUNK`).
//! * **Decoding** ([`decode`]): Viterbi for the labels (after subtracting
//!   a dev-fitted bias from every `O` score); forward-backward over the
//!   same scores divided by a temperature fitted on the dev split (least
//!   negative log-likelihood of the gold labels) gives per-token marginals;
//!   an entity's score is the mean marginal of its tokens' labels. At run
//!   time forward-backward works in scaled probability space (one `exp`
//!   per token and label); the temperature is fitted with the exact `f64`
//!   log-space version, since the scaled one underflows at the very low
//!   temperatures the fit tries.
//! * **Speed** ([`features::WordMemo`]): most features depend on one word
//!   only (its own, or a neighbour's seen from a fixed offset), so their
//!   summed weights are kept per distinct word, across documents; per
//!   token only the dozen features that pair it with its neighbours are
//!   hashed and looked up.
//! * **Document level** ([`crate::recognize::model`]): a name the tagger
//!   labels is also labelled where the same words recur in the document,
//!   a person's surname where it recurs alone, and list or rule names of
//!   the tagger's kinds are dropped where the tagger saw no name (except
//!   phrases kept whole and a listed given name after a title:
//!   [`crate::recognize::Candidate::whole`], `titled`).
//! * **Inference** is pure Rust with no I/O, threads or clocks: it runs the
//!   same in WebAssembly. Training ([`train`]) is driven by the CLI
//!   (`kashif train`, see `scripts/train_model.sh`).

pub mod decode;
pub mod features;
pub mod lexicon;
pub mod train;
pub mod weights;

use crate::convention::Convention;
use crate::error::Error;
use crate::gazetteer::TokenGazetteer;
use crate::tokenize::{Token, TokenKind};
pub use features::WordMemo;
use std::ops::Range;
use std::sync::LazyLock;
pub use weights::Model;

/// Number of labels: `O` and `B-`/`I-` for each of [`TYPES`].
pub const N_LABELS: usize = 1 + 2 * TYPES.len();

/// The entity types, in label order.
pub const TYPES: [&str; 4] = ["PERS", "LOC", "ORG", "MISC"];

/// Longest sentence the tagger decodes at once (longer runs are cut).
pub const MAX_SENTENCE_TOKENS: usize = 120;

/// The label id of a tag such as `B-LOC` (`O`, and unknown types, are 0).
pub fn label_of(tag: &str) -> u8 {
    let Some((prefix, ty)) = tag.split_once('-') else {
        return 0;
    };
    let Some(t) = TYPES.iter().position(|x| *x == ty) else {
        return 0;
    };
    match prefix {
        "B" => 1 + 2 * t as u8,
        "I" => 2 + 2 * t as u8,
        _ => 0,
    }
}

/// The tag of a label id (`O`, `B-PERS`, …).
pub fn tag_of(label: u8) -> String {
    if label == 0 || label as usize >= N_LABELS {
        return "O".to_string();
    }
    let t = TYPES[(label as usize - 1) / 2];
    let p = if label % 2 == 1 { "B" } else { "I" };
    format!("{p}-{t}")
}

/// The type index of a label (`None` for `O`).
pub fn type_of(label: u8) -> Option<usize> {
    (label != 0 && (label as usize) < N_LABELS).then(|| (label as usize - 1) / 2)
}

/// Entities of a label sequence as `(type index, first, last + 1)`,
/// counted as seqeval does (an `I-` that does not continue starts one).
pub fn label_spans(labels: &[u8]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (i, &l) in labels.iter().enumerate() {
        let ty = type_of(l);
        let continues = l % 2 == 0 && ty.is_some() && open.is_some_and(|(t, _)| Some(t) == ty);
        if continues {
            continue;
        }
        if let Some((t, s)) = open.take() {
            out.push((t, s, i));
        }
        if let Some(t) = ty {
            open = Some((t, i));
        }
    }
    if let Some((t, s)) = open {
        out.push((t, s, labels.len()));
    }
    out
}

/// Cuts a document's tokens into sentences: after `.`, `!`, `?`, `؟` (not
/// after the dots inside an acronym, [`crate::tokenize::acronym_dot`]), at
/// line breaks, and every [`MAX_SENTENCE_TOKENS`] tokens.
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, t) in tokens.iter().enumerate() {
        let line_break = i > start
            && text
                .get(tokens[i - 1].end..t.start)
                .is_some_and(|gap| gap.contains('\n'));
        if line_break || i - start >= MAX_SENTENCE_TOKENS {
            out.push(start..i);
            start = i;
        }
        if t.kind == TokenKind::Punct
            && matches!(t.text(text), "." | "!" | "?" | "؟")
            && !crate::tokenize::acronym_dot(text, tokens, i)
        {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

/// The tagger's output for one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Tagged {
    /// One label id per token (see [`tag_of`]).
    pub labels: Vec<u8>,
    /// The marginal probability of each token's label.
    pub confidence: Vec<f32>,
}

impl Model {
    /// Labels one sentence: `tokens` of `text`, with their gazetteer
    /// features (`gaz[i]` for `tokens[i]`), following the annotation
    /// convention `conv`.
    pub fn tag(
        &self,
        text: &str,
        tokens: &[Token],
        gaz: &[TokenGazetteer],
        conv: Convention,
    ) -> Tagged {
        self.tag_with(text, tokens, gaz, conv, &mut WordMemo::new())
    }

    /// Whether `word` (normalised, as it stands) is in the model's word
    /// table with no evidence of being a name (`features::plain_class`):
    /// a common word of the news.
    pub fn plain_word(&self, word: &str) -> bool {
        features::plain_class(self.lexicon.cluster(word))
    }

    /// Whether `word` (normalised, as it stands) is in the model's word
    /// table at all (a word seen at least three times in the news the
    /// table was built from, or one with evidence of being a name).
    pub fn known_word(&self, word: &str) -> bool {
        self.lexicon.cluster(word).is_some()
    }

    /// Whether `word` (normalised, as it stands) carries evidence in the
    /// model's word table of being a person's name: a name list's word,
    /// or one the news puts after titles and in `بن` chains, or inside
    /// the names a tagger found there (`features::person_class`).
    pub fn person_word(&self, word: &str) -> bool {
        features::person_class(self.lexicon.cluster(word))
    }

    /// [`Model::person_word`] on evidence other than the tagger's own
    /// reading of the news: a name list's word, or one the news puts
    /// after titles and in `بن` chains (`features::attested_person_class`).
    /// A word with a proclitic (`وليونيل`) may be mostly inside the
    /// tagger's names without being a name.
    pub fn attested_person_word(&self, word: &str) -> bool {
        features::attested_person_class(self.lexicon.cluster(word))
    }

    /// [`Model::tag`] with a memo of the scores of the words seen so far:
    /// keep one memo for this model and pass it every time.
    pub fn tag_with(
        &self,
        text: &str,
        tokens: &[Token],
        gaz: &[TokenGazetteer],
        conv: Convention,
        memo: &mut WordMemo,
    ) -> Tagged {
        let mut out = self.decode_in(text, tokens, gaz, &[conv], memo);
        let d = out.pop().unwrap_or(Decoded {
            labels: Vec::new(),
            em: Vec::new(),
        });
        Tagged {
            confidence: self.confidence(&d),
            labels: d.labels,
        }
    }

    /// The labels of [`Model::tag_with`] in each of `convs` (one
    /// [`Decoded`] per convention, in their order), the features the
    /// conventions share scored once, without their confidence, which
    /// [`Model::confidence`] gives where it is wanted: a reading whose
    /// labels are all dropped needs no forward-backward pass.
    pub fn decode_in(
        &self,
        text: &str,
        tokens: &[Token],
        gaz: &[TokenGazetteer],
        convs: &[Convention],
        memo: &mut WordMemo,
    ) -> Vec<Decoded> {
        memo.emissions_in(text, tokens, gaz, &self.lexicon, convs, |f| self.score(f))
            .into_iter()
            .map(|mut em| {
                for e in em.iter_mut() {
                    e[0] -= self.o_bias;
                }
                Decoded {
                    labels: decode::viterbi(&em, &self.trans),
                    em,
                }
            })
            .collect()
    }

    /// The marginal probability of each token's label in `d` (all 0 when
    /// every label is `O`: they would not be used).
    pub fn confidence(&self, d: &Decoded) -> Vec<f32> {
        if d.labels.iter().all(|&l| l == 0) {
            return vec![0.0; d.labels.len()];
        }
        let marg = decode::marginals(&d.em, &self.trans, self.temperature);
        d.labels
            .iter()
            .zip(&marg)
            .map(|(&l, m)| m.get(l as usize).copied().unwrap_or(0.0))
            .collect()
    }
}

/// A sentence's best labels ([`Model::decode_in`]), with the scores they
/// were decoded from.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// One label id per token (see [`tag_of`]).
    pub labels: Vec<u8>,
    em: Vec<features::Scores>,
}

static MODEL_BYTES: &[u8] = include_bytes!("../../data/model.bin");

static EMBEDDED: LazyLock<Result<Model, Error>> = LazyLock::new(|| Model::from_bytes(MODEL_BYTES));

/// The model embedded in the crate (`data/model.bin`), decoded once.
pub fn embedded() -> Result<&'static Model, Error> {
    EMBEDDED.as_ref().map_err(Clone::clone)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::Doc;

    #[test]
    fn labels_round_trip() {
        for l in 0..N_LABELS as u8 {
            assert_eq!(label_of(&tag_of(l)), l);
        }
        assert_eq!(label_of("B-GPE"), 0);
    }

    #[test]
    fn spans_like_seqeval() {
        let l: Vec<u8> = ["I-PERS", "I-PERS", "O", "B-LOC", "B-LOC", "I-ORG"]
            .iter()
            .map(|t| label_of(t))
            .collect();
        assert_eq!(
            label_spans(&l),
            [(0, 0, 2), (1, 3, 4), (1, 4, 5), (2, 5, 6)]
        );
    }

    #[test]
    fn sentence_split() {
        let doc = Doc::new("وصل الوفد. ثم غادر؟ نعم\nلا", None);
        let s = sentences(doc.text(), &doc.tokens);
        assert_eq!(s, [0..3, 3..6, 6..7, 7..8]);
        // The dots of an acronym end no sentence; the last one does.
        let doc = Doc::new("بثت بي. بي. سي الخبر. ثم", None);
        let s = sentences(doc.text(), &doc.tokens);
        assert_eq!(s, [0..8, 8..9]);
    }

    #[test]
    fn embedded_model_loads() {
        assert!(embedded().is_ok());
    }
}
