//! CoNLL files (one `token TAG` per line, a blank line between sentences)
//! and seqeval-style entity-level scoring.
//!
//! Reading is forgiving about the dialects found in the shared corpora:
//! space- or tab-separated columns, a byte-order mark, CRLF line ends,
//! U+200E/U+200F glued to tokens, `B_X` for `B-X`, extra tag columns
//! (nested corpora such as Wojood: the first tag of one of the four types
//! below is kept), Wojood's `$#$` paragraph marks (dropped). Tag names are
//! mapped to the four ANERcorp types (`PER`→`PERS`, `MIS*`→`MISC`,
//! `GPE`/`FAC`→`LOC`, `EVENT`/`PRODUCT`→`MISC`).
//!
//! Scoring counts entities as seqeval does: an entity starts at `B-X`, or
//! at `I-X` when the previous tag is not of type X; it ends before any tag
//! that does not continue it.

use crate::convention::Convention;
use crate::extractor::{Extractor, Options};
use crate::span::Kind;
use std::collections::BTreeMap;

/// One sentence: tokens and their IOB tags (normalised, e.g. `B-PERS`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sentence {
    /// The tokens.
    pub tokens: Vec<String>,
    /// One tag per token.
    pub tags: Vec<String>,
    /// The annotation convention the tags follow (set by whoever read the
    /// file: a CoNLL file does not say; Kashif's by default).
    pub convention: Convention,
}

/// Parses a CoNLL file's text into sentences (empty sentences dropped).
/// Lines without a tag column get `O`.
pub fn parse(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    for line in text.trim_start_matches('\u{FEFF}').lines() {
        let line = line.trim_end_matches('\r');
        let mut cols = line
            .split([' ', '\t'])
            .map(|c| c.trim_matches(['\u{200E}', '\u{200F}']))
            .filter(|c| !c.is_empty());
        let Some(token) = cols.next() else {
            if !cur.tokens.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        };
        if token == "$#$" {
            continue;
        }
        // Nested corpora give several tags, outermost first: the first one
        // of a type the tagger learns (`I-OCC B-ORG` is `B-ORG`).
        let tags: Vec<String> = cols.map(normalise_tag).collect();
        let tag = tags
            .iter()
            .find(|t| {
                t.split_once('-')
                    .is_some_and(|(_, ty)| crate::tagger::TYPES.contains(&ty))
            })
            .or(tags.first())
            .cloned()
            .unwrap_or_else(|| "O".to_string());
        cur.tokens.push(token.to_string());
        cur.tags.push(tag);
    }
    if !cur.tokens.is_empty() {
        out.push(cur);
    }
    out
}

/// Maps a corpus tag to `O` or `B-T`/`I-T` with T in PERS, LOC, ORG, MISC
/// (other types are kept upper-cased as they are).
pub fn normalise_tag(tag: &str) -> String {
    let tag = tag.trim();
    let (prefix, ty) = match tag.split_once(['-', '_']) {
        Some((p, t)) if p == "B" || p == "I" => (p, t.trim_start_matches(['-', '_'])),
        _ => return "O".to_string(),
    };
    let ty = ty.to_ascii_uppercase();
    let ty = match ty.as_str() {
        "PER" | "PERSON" | "PERS" => "PERS",
        t if t.starts_with("MIS") => "MISC",
        "LOC" | "GPE" | "FAC" => "LOC",
        "EVENT" | "PRODUCT" => "MISC",
        "ORG" => "ORG",
        "ENGLISH" | "SPANISH" => return "O".to_string(),
        other => other,
    };
    format!("{prefix}-{ty}")
}

/// Entities of a tag sequence as `(type, first token, last token + 1)`.
pub fn spans(tags: &[String]) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(String, usize)> = None;
    for (i, tag) in tags.iter().enumerate() {
        let (prefix, ty) = tag.split_once('-').unwrap_or(("O", ""));
        let continues = prefix == "I" && open.as_ref().is_some_and(|(t, _)| t == ty);
        if continues {
            continue;
        }
        if let Some((t, s)) = open.take() {
            out.push((t, s, i));
        }
        if prefix == "B" || prefix == "I" {
            open = Some((ty.to_string(), i));
        }
    }
    if let Some((t, s)) = open {
        out.push((t, s, tags.len()));
    }
    out
}

/// Counts for one type.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Predicted entities that match a gold entity exactly.
    pub true_pos: usize,
    /// Predicted entities.
    pub predicted: usize,
    /// Gold entities.
    pub gold: usize,
}

impl Counts {
    /// Precision, recall and F1.
    pub fn prf(&self) -> (f64, f64, f64) {
        let p = ratio(self.true_pos, self.predicted);
        let r = ratio(self.true_pos, self.gold);
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }

    fn add(&mut self, o: Counts) {
        self.true_pos += o.true_pos;
        self.predicted += o.predicted;
        self.gold += o.gold;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Entity-level scores per type, accumulated over sentences.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    /// Counts per type.
    pub per_type: BTreeMap<String, Counts>,
}

impl Scores {
    /// Adds one sentence's gold and predicted tags.
    pub fn add(&mut self, gold: &[String], predicted: &[String]) {
        let g = spans(gold);
        let p = spans(predicted);
        for (t, _, _) in &g {
            self.per_type.entry(t.clone()).or_default().gold += 1;
        }
        for e in &p {
            let c = self.per_type.entry(e.0.clone()).or_default();
            c.predicted += 1;
            if g.contains(e) {
                c.true_pos += 1;
            }
        }
    }

    /// Micro-averaged counts over all types.
    pub fn micro(&self) -> Counts {
        let mut all = Counts::default();
        for c in self.per_type.values() {
            all.add(*c);
        }
        all
    }

    /// A table like seqeval's `classification_report`.
    pub fn report(&self) -> String {
        let mut s = format!(
            "{:<8} {:>9} {:>9} {:>9} {:>8}\n",
            "type", "precision", "recall", "f1", "support"
        );
        let line = |name: &str, c: &Counts| {
            let (p, r, f) = c.prf();
            format!("{name:<8} {p:>9.4} {r:>9.4} {f:>9.4} {:>8}\n", c.gold)
        };
        for (t, c) in &self.per_type {
            s.push_str(&line(t, c));
        }
        s.push_str(&line("micro", &self.micro()));
        s
    }
}

/// A CoNLL sentence read as the core reads it: its tokens joined by single
/// spaces, with the byte span of each token in that text.
pub struct Projected {
    /// The sentence text.
    pub text: String,
    /// Byte span of each CoNLL token in `text`.
    pub bounds: Vec<(usize, usize)>,
}

impl Projected {
    /// Joins each sentence's tokens with single spaces and the sentences
    /// with line breaks, as running text; `ends[k]` is the number of
    /// tokens in sentences `0..=k`.
    pub fn document(sentences: &[Sentence]) -> (Projected, Vec<usize>) {
        let mut p = Projected {
            text: String::new(),
            bounds: Vec::new(),
        };
        let mut ends = Vec::with_capacity(sentences.len());
        for s in sentences {
            if !p.text.is_empty() {
                p.text.push('\n');
            }
            p.push_sentence(&s.tokens);
            ends.push(p.bounds.len());
        }
        (p, ends)
    }

    /// Appends `tokens` joined with single spaces, recording their bounds.
    fn push_sentence(&mut self, tokens: &[String]) {
        for (i, t) in tokens.iter().enumerate() {
            if i > 0 {
                self.text.push(' ');
            }
            self.bounds
                .push((self.text.len(), self.text.len() + t.len()));
            self.text.push_str(t);
        }
    }

    /// Joins `tokens` with single spaces.
    pub fn new(tokens: &[String]) -> Projected {
        let mut p = Projected {
            text: String::new(),
            bounds: Vec::with_capacity(tokens.len()),
        };
        p.push_sentence(tokens);
        p
    }
}

/// The ANERcorp type a kind is scored as: PERS→PERS; GPE, LOC, FAC→LOC;
/// ORG→ORG; EVENT, CURR, MISC→MISC; other kinds are not scored.
pub fn anercorp_type(kind: Kind) -> Option<&'static str> {
    match kind {
        Kind::Pers => Some("PERS"),
        Kind::Gpe | Kind::Loc | Kind::Fac => Some("LOC"),
        Kind::Org => Some("ORG"),
        Kind::Event | Kind::Curr | Kind::Misc => Some("MISC"),
        _ => None,
    }
}

/// The spans an extraction counts as under the ANERcorp convention, from
/// entities given as `(start, end, kind, depth)` in resolution order
/// (outer entities before the ones nested in them), over `text`:
///
/// * a top-level entity counts as its [`anercorp_type`];
/// * an entity nested only in entities that have no ANERcorp type counts
///   as its own: ANERcorp tags the place in a title (`وزير خارجية
///   اسرائيل`) and the currency in an amount (`دولار` in `5 ملايين دولار`);
/// * a currency counts by its first word: ANERcorp tags the noun and
///   leaves the adjective (`دولار أمريكي` is `B-MISC O`).
pub fn anercorp_spans(
    text: &str,
    entities: &[(usize, usize, Kind, u8)],
) -> Vec<(usize, usize, &'static str)> {
    let mut out = Vec::new();
    // The entities enclosing the current one, outermost first.
    let mut outers: Vec<(usize, usize, Kind)> = Vec::new();
    for &(start, end, kind, depth) in entities {
        outers.truncate(usize::from(depth));
        let inside_typed = outers
            .iter()
            .any(|&(s, e, k)| s <= start && end <= e && anercorp_type(k).is_some());
        outers.push((start, end, kind));
        if inside_typed {
            continue;
        }
        let Some(ty) = anercorp_type(kind) else {
            continue;
        };
        let end = if kind == Kind::Curr {
            text.get(start..end)
                .and_then(|t| t.find(char::is_whitespace))
                .map_or(end, |i| start + i)
        } else {
            end
        };
        out.push((start, end, ty));
    }
    out
}

/// One IOB tag per CoNLL token (`bounds` as in [`Projected`]) from
/// entities given as `(start, end, ANERcorp type)`, in the order they take
/// precedence: a token takes the type of the first entity that overlaps
/// it; the first token of an entity gets `B-`, the others `I-`.
pub fn project_tags(
    bounds: &[(usize, usize)],
    entities: impl IntoIterator<Item = (usize, usize, &'static str)>,
) -> Vec<String> {
    let mut tags = vec!["O".to_string(); bounds.len()];
    for (start, end, ty) in entities {
        let mut first = true;
        for (i, &(s, t)) in bounds.iter().enumerate() {
            if s < end && start < t && tags[i] == "O" {
                tags[i] = format!("{}-{ty}", if first { "B" } else { "I" });
                first = false;
            }
        }
    }
    tags
}

/// Runs `extractor` on `p.text` with nesting on and projects its entities
/// onto `p.bounds`, one IOB tag per CoNLL token ([`anercorp_spans`],
/// [`project_tags`]).
fn predicted(extractor: &Extractor, p: &Projected, opts: &Options) -> Vec<String> {
    let opts = Options {
        nested: true,
        ..opts.clone()
    };
    let entities: Vec<_> = extractor
        .extract(&p.text, &opts)
        .iter()
        .map(|e| (e.start, e.end, e.kind, e.depth))
        .collect();
    project_tags(&p.bounds, anercorp_spans(&p.text, &entities))
}

/// Runs `extractor` once on `sentences` as running text
/// ([`Projected::document`]) and returns each sentence's IOB tags, as
/// [`predict_tags`] does for one sentence.
pub fn predict_document_tags(
    extractor: &Extractor,
    sentences: &[Sentence],
    opts: &Options,
) -> Vec<Vec<String>> {
    let (p, ends) = Projected::document(sentences);
    let mut tags = predicted(extractor, &p, opts).into_iter();
    let mut start = 0;
    ends.iter()
        .map(|&end| {
            let n = end - start;
            start = end;
            tags.by_ref().take(n).collect()
        })
        .collect()
}

/// Runs `extractor` on a sentence (tokens joined by single spaces), with
/// nesting on, and turns its entities into one IOB tag per token
/// ([`anercorp_spans`], [`project_tags`]).
pub fn predict_tags(extractor: &Extractor, tokens: &[String], opts: &Options) -> Vec<String> {
    predicted(extractor, &Projected::new(tokens), opts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn anercorp_counts_a_name_under_untyped_entities_only() {
        // «رئيس البنك المركزي التونسي»: OCC ⊃ ORG ⊃ NORP; then «وزير خارجية
        // اسرائيل»: OCC ⊃ GPE.
        let text = "رئيس البنك المركزي التونسي وزير خارجية اسرائيل";
        let span = |w: &str| {
            let s = text.find(w).expect("word in text");
            (s, s + w.len())
        };
        let (t0, t1) = span("رئيس البنك المركزي التونسي");
        let (o0, o1) = span("البنك المركزي التونسي");
        let (n0, n1) = span("التونسي");
        let (m0, m1) = span("وزير خارجية اسرائيل");
        let (g0, g1) = span("اسرائيل");
        let entities = [
            (t0, t1, Kind::Occ, 0),
            (o0, o1, Kind::Org, 1),
            (n0, n1, Kind::Gpe, 2),
            (m0, m1, Kind::Occ, 0),
            (g0, g1, Kind::Gpe, 1),
        ];
        // The GPE inside the ORG is not counted: the ORG already is.
        assert_eq!(
            anercorp_spans(text, &entities),
            [(o0, o1, "ORG"), (g0, g1, "LOC")]
        );
    }

    #[test]
    fn seqeval_counting() {
        // I- after O starts an entity; B- after I- of the same type too.
        let t = tags("I-PERS I-PERS O B-LOC I-LOC B-LOC I-ORG B-ORG");
        assert_eq!(
            spans(&t),
            [
                ("PERS".into(), 0, 2),
                ("LOC".into(), 3, 5),
                ("LOC".into(), 5, 6),
                ("ORG".into(), 6, 7),
                ("ORG".into(), 7, 8)
            ]
        );
    }

    #[test]
    fn parse_dialects() {
        let text =
            "\u{FEFF}\u{200E}فرانكفورت\tB-LOC\r\n(\tO\r\n\r\nجورج B_PER\nبوش I_PER\nx B-MIS1`\n";
        let s = parse(text);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].tokens[0], "فرانكفورت");
        assert_eq!(s[1].tags, ["B-PERS", "I-PERS", "B-MISC"]);
    }

    #[test]
    fn scores() {
        let mut sc = Scores::default();
        sc.add(
            &tags("B-PERS I-PERS O B-LOC"),
            &tags("B-PERS I-PERS O B-ORG"),
        );
        let m = sc.micro();
        assert_eq!((m.true_pos, m.predicted, m.gold), (1, 2, 2));
        assert_eq!(sc.per_type["LOC"].gold, 1);
    }
}
