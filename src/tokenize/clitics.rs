//! Proclitic analysis: the ways a word may be read as clitics + stem.
//!
//! Arabic glues conjunctions (و ف), prepositions (ب ك ل) and the article
//! (ال) to the next word: `وتركيا` is "and Turkey", `بالرباط` "in Rabat",
//! `للأمم` "to the (United) Nations", where ل + ال has fused into لل.
//! Stripping these blindly breaks words that merely begin with the same
//! letters (وهران، ووتش، لبنان، بغداد، فاس، فرنسا، كندا، الكويت), so this
//! module only *proposes* readings; the gazetteers, the user lexicon and
//! the tagger decide which one is right (a reading is taken only when its
//! stem is known, and the unstripped reading is preferred on ties).
//!
//! The article is kept in the stem (an entity's span is `الرباط`, not
//! `رباط`), and a fused `لل` is rewritten as `ال` in the stem.

use std::borrow::Cow;

/// One reading of a word as proclitics + stem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysis<'a> {
    /// Bytes of the word's start that are proclitics outside the entity
    /// (the conjunction and/or preposition). `0` for the unstripped reading.
    pub skip: usize,
    /// The stem to look up, in the normalised (key) spelling. For a fused
    /// `لل` reading, the stem starts with a restored `ال`.
    pub stem: Cow<'a, str>,
    /// The reading restored `ال` from a fused `لل` (`للأمم` → `الأمم`).
    pub restored_article: bool,
}

const CONJ: [char; 2] = ['و', 'ف'];
const PREP: [char; 3] = ['ب', 'ك', 'ل'];
/// The shortest stem (in letters) a reading may leave.
const MIN_STEM: usize = 2;

/// The readings of `word` (a normalised word), the unstripped one first,
/// then by increasing number of stripped letters.
///
/// ```
/// use kashif::tokenize::clitics::analyses;
/// let stems: Vec<_> = analyses("والسعوديه").into_iter().map(|a| a.stem.into_owned()).collect();
/// assert_eq!(stems, ["والسعوديه", "السعوديه"]);
/// let a = &analyses("للامم")[1];
/// assert_eq!((a.skip, a.stem.as_ref(), a.restored_article), (0, "الامم", true));
/// ```
pub fn analyses(word: &str) -> Vec<Analysis<'_>> {
    readings(word)
        .into_iter()
        .map(|r| r.analysis(word))
        .collect()
}

/// One reading of a word without its stem: where the stem starts, and
/// whether it is a fused `لل` read as ال. [`Reading::stem`] spells the
/// stem; [`Readings`] holds a word's readings without allocating, so that
/// a document can keep every token's (see `recognize::Doc::analyses`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Reading {
    /// Bytes of proclitics outside the entity (at most two letters).
    skip: u8,
    /// The stem restores ال from a fused `لل`.
    restored_article: bool,
}

impl Reading {
    /// [`Analysis::skip`].
    pub fn skip(self) -> usize {
        usize::from(self.skip)
    }

    /// [`Analysis::restored_article`].
    pub fn restored_article(self) -> bool {
        self.restored_article
    }

    /// The stem of this reading of `word` (the word it was made from):
    /// the word after the proclitics, or for a fused `لل` an alef followed
    /// by the word from its second ل.
    pub fn stem(self, word: &str) -> Cow<'_, str> {
        if self.restored_article {
            let after_prep = word.get(self.skip() + 'ل'.len_utf8()..).unwrap_or("");
            Cow::Owned(format!("ا{after_prep}"))
        } else {
            Cow::Borrowed(word.get(self.skip()..).unwrap_or(""))
        }
    }

    /// The full [`Analysis`] of `word` for this reading.
    pub fn analysis(self, word: &str) -> Analysis<'_> {
        Analysis {
            skip: self.skip(),
            stem: self.stem(word),
            restored_article: self.restored_article,
        }
    }
}

/// The readings of one word, in [`analyses`] order (at most four: the
/// word, then either a preposition's two or a conjunction's three).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Readings {
    items: [Reading; 4],
    len: u8,
}

impl Readings {
    fn push(&mut self, skip: usize, restored_article: bool) {
        if let (Some(slot), Ok(skip)) = (self.items.get_mut(usize::from(self.len)), skip.try_into())
        {
            *slot = Reading {
                skip,
                restored_article,
            };
            self.len += 1;
        }
    }
}

impl IntoIterator for Readings {
    type Item = Reading;
    type IntoIter = std::iter::Take<std::array::IntoIter<Reading, 4>>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter().take(usize::from(self.len))
    }
}

/// The readings of `word` as [`analyses`] makes them, without stems.
pub fn readings(word: &str) -> Readings {
    let mut out = Readings::default();
    out.push(0, false);
    let mut conj_len = 0;
    for with_conj in [false, true] {
        let rest = if with_conj {
            match word.chars().next() {
                Some(c) if CONJ.contains(&c) => {
                    conj_len = c.len_utf8();
                    let rest = &word[conj_len..];
                    if letters(rest) >= MIN_STEM {
                        out.push(conj_len, false);
                    }
                    rest
                }
                _ => break,
            }
        } else {
            word
        };
        let skip0 = if with_conj { conj_len } else { 0 };
        let Some(p) = rest.chars().next().filter(|c| PREP.contains(c)) else {
            continue;
        };
        let after_prep = &rest[p.len_utf8()..];
        if p == 'ل' && after_prep.starts_with('ل') && letters(after_prep) > MIN_STEM {
            // ل + ال fused into لل: the whole لل stays in the span (there is
            // no alef in the text to start it at), the stem gets ال back.
            out.push(skip0, true);
        }
        // Plain preposition (also for للبنان = ل + لبنان).
        if letters(after_prep) >= MIN_STEM {
            out.push(skip0 + p.len_utf8(), false);
        }
    }
    out
}

fn letters(s: &str) -> usize {
    s.chars().count()
}

/// The stem most likely meant when nothing is known about the word: the
/// article-bearing reading if there is one (`بالرباط` → `الرباط`), else the
/// unstripped word. Used for features, never for entity boundaries.
pub fn likely_stem(word: &str) -> Cow<'_, str> {
    for a in analyses(word).into_iter().skip(1) {
        if a.stem.starts_with("ال") {
            return a.stem;
        }
    }
    Cow::Borrowed(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(w: &str) -> Vec<(usize, String)> {
        analyses(w)
            .into_iter()
            .map(|a| (a.skip, a.stem.into_owned()))
            .collect()
    }

    #[test]
    fn conjunction_and_preposition() {
        assert_eq!(stems("وتركيا"), [(0, "وتركيا".into()), (2, "تركيا".into())]);
        assert_eq!(
            stems("بالرباط"),
            [(0, "بالرباط".into()), (2, "الرباط".into())]
        );
        assert_eq!(
            stems("وبالرباط"),
            [
                (0, "وبالرباط".into()),
                (2, "بالرباط".into()),
                (4, "الرباط".into())
            ]
        );
    }

    #[test]
    fn fused_article() {
        let a = analyses("وللامم");
        let fused = a.iter().find(|x| x.restored_article).unwrap();
        assert_eq!(fused.stem, "الامم");
        assert_eq!(fused.skip, 2);
        // ل + لبنان is also read plainly.
        assert!(analyses("للبنان")
            .iter()
            .any(|x| x.stem == "لبنان" && x.skip == 2));
    }

    #[test]
    fn short_stems_are_not_proposed() {
        // فاس would leave اس (2 letters): proposed, but the gazetteer knows
        // فاس itself and the unstripped reading wins the tie.
        assert_eq!(stems("فاس")[0].1, "فاس");
        // بي would leave one letter: not proposed.
        assert_eq!(stems("بي").len(), 1);
    }

    #[test]
    fn at_most_four_readings() {
        // Conjunction + fused لل: the word, و-stripped, ال-restored, ل-stripped.
        assert_eq!(analyses("وللامم").len(), 4);
        assert_eq!(readings("وللامم").into_iter().count(), 4);
    }

    #[test]
    fn likely_stem_prefers_article() {
        assert_eq!(likely_stem("بالرباط"), "الرباط");
        assert_eq!(likely_stem("لبنان"), "لبنان");
    }
}
