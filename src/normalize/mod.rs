//! The normalised view of a document and its map back to the original.
//!
//! Every recogniser works on one string, [`Normalized::text`], built by
//! applying the matching fold ([`arabic::key_char`]) to each character of
//! the user's text, and turning `\r\n` and lone `\r` into `\n`. Because the
//! fold deletes characters (harakat, tatweel, controls), replaces them with
//! characters of another UTF-8 length (Arabic-Indic digits become ASCII) and
//! expands a few (presentation-form ligatures), positions in the two strings
//! differ. [`OffsetMap`] records, per original character, where its fold
//! landed, so that a span found in the normalised text maps back to a span
//! of whole characters in the original:
//!
//! ```
//! use kashif::normalize::Normalized;
//!
//! let original = "زار مُحَمَّدٌ الرباطَ يوم ٢٠ ماي";
//! let n = Normalized::new(original);
//! assert_eq!(n.text, "زار محمد الرباط يوم 20 ماي");
//! let start = n.text.find("محمد").unwrap();
//! let span = n.to_original(start, start + "محمد".len());
//! // The span covers the word with its diacritics, never half a character.
//! assert_eq!(&original[span.0..span.1], "مُحَمَّدٌ");
//! let d = n.text.find("20").unwrap();
//! let span = n.to_original(d, d + 2);
//! assert_eq!(&original[span.0..span.1], "٢٠");
//! ```
//!
//! Spans are mapped back once, after overlap resolution (see
//! [`crate::extractor`]), so recognisers never deal with two coordinate
//! systems.

pub mod arabic;

use arabic::{key_char, push_folded, TATWEEL};

/// One stretch of the normalised text and the original text it came from.
///
/// An *identity* run is original text copied unchanged (many characters,
/// equal lengths). Any other run is exactly one original character and its
/// folded form. Deleted characters have no run: they show up as a gap
/// between the `orig` ends of two neighbouring runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    norm: u32,
    orig: u32,
    norm_len: u32,
    orig_len: u32,
    identity: bool,
}

/// Maps byte offsets of the normalised text back to byte offsets of the
/// original text. Built by [`Normalized::new`].
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    runs: Vec<Run>,
    orig_len: u32,
}

impl OffsetMap {
    fn push(&mut self, norm: usize, orig: usize, norm_len: usize, orig_len: usize, identity: bool) {
        if norm_len == 0 {
            return;
        }
        if identity {
            if let Some(last) = self.runs.last_mut() {
                if last.identity
                    && last.norm + last.norm_len == norm as u32
                    && last.orig + last.orig_len == orig as u32
                {
                    last.norm_len += norm_len as u32;
                    last.orig_len += orig_len as u32;
                    return;
                }
            }
        }
        self.runs.push(Run {
            norm: norm as u32,
            orig: orig as u32,
            norm_len: norm_len as u32,
            orig_len: orig_len as u32,
            identity,
        });
    }

    /// The run that holds normalised byte `p`.
    fn run_at(&self, p: usize) -> Option<&Run> {
        let p = p as u32;
        let i = self.runs.partition_point(|r| r.norm <= p);
        let run = self.runs.get(i.checked_sub(1)?)?;
        (p < run.norm + run.norm_len).then_some(run)
    }

    /// Original offset of the character that holds normalised byte `p`.
    /// A position inside an expansion maps to the start of its character.
    pub fn start(&self, p: usize) -> usize {
        match self.run_at(p) {
            Some(r) if r.identity => (r.orig + (p as u32 - r.norm)) as usize,
            Some(r) => r.orig as usize,
            None => self.orig_len as usize,
        }
    }

    /// Original offset just after the character that holds normalised byte
    /// `q - 1`, i.e. the exclusive end of a span ending at `q`.
    pub fn end(&self, q: usize) -> usize {
        if q == 0 {
            return 0;
        }
        match self.run_at(q - 1) {
            Some(r) if r.identity => (r.orig + (q as u32 - r.norm)) as usize,
            Some(r) => (r.orig + r.orig_len) as usize,
            None => self.orig_len as usize,
        }
    }
}

/// A document's normalised text with its [`OffsetMap`].
#[derive(Debug, Clone)]
pub struct Normalized<'a> {
    /// The user's text, untouched.
    pub original: &'a str,
    /// The matching view: [`arabic::key_char`] applied to every character,
    /// line breaks unified to `\n`.
    pub text: String,
    map: OffsetMap,
}

impl<'a> Normalized<'a> {
    /// Normalises `original` once, recording the offset map.
    pub fn new(original: &'a str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut map = OffsetMap {
            runs: Vec::with_capacity(64),
            orig_len: original.len() as u32,
        };
        let mut chars = original.char_indices().peekable();
        while let Some((o, c)) = chars.next() {
            let n = text.len();
            if c == '\r' {
                // CRLF becomes LF (the CR is deleted); a lone CR becomes LF.
                if matches!(chars.peek(), Some((_, '\n'))) {
                    continue;
                }
                text.push('\n');
                map.push(n, o, 1, 1, false);
                continue;
            }
            let written = push_folded(c, key_char, &mut text);
            let identity = written == c.len_utf8() && text[n..].starts_with(c);
            map.push(n, o, written, c.len_utf8(), identity);
        }
        Normalized {
            original,
            text,
            map,
        }
    }

    /// Maps the normalised span `start..end` (bytes) to the original text.
    ///
    /// The result always lies on character boundaries of the original. It
    /// is widened at the end over combining marks and tatweel that the fold
    /// deleted, so a highlighted word keeps its diacritics.
    pub fn to_original(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.map.start(start);
        let mut e = self.map.end(end).max(s);
        for c in self.original[e..].chars() {
            if arabic::is_arabic_mark(c) || c == TATWEEL {
                e += c.len_utf8();
            } else {
                break;
            }
        }
        (s, e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(original: &str, needle_norm: &str, expect: &str) {
        let n = Normalized::new(original);
        let s = n
            .text
            .find(needle_norm)
            .unwrap_or_else(|| panic!("{needle_norm:?} not in {:?}", n.text));
        let (a, b) = n.to_original(s, s + needle_norm.len());
        assert_eq!(&original[a..b], expect);
    }

    #[test]
    fn identity_text_maps_to_itself() {
        check("hello world", "world", "world");
        check("ذهب إلى فاس", "فاس", "فاس");
    }

    #[test]
    fn diacritics_and_tatweel_inside_names() {
        check("قال عَبْدُ اللَّطِيفِ أمس", "عبد اللطيف", "عَبْدُ اللَّطِيفِ");
        check("وصل حمـــوشي", "حموشي", "حمـــوشي");
    }

    #[test]
    fn alef_and_ta_marbuta_folds() {
        check("الأمم المتحدة", "الامم المتحده", "الأمم المتحدة");
        check("إلى مصطفى", "مصطفي", "مصطفى");
    }

    #[test]
    fn digits_change_length() {
        check("سنة ٢٠٢٤ م", "2024", "٢٠٢٤");
        check("۱۴۰۳ و ٣٫٥", "3.5", "٣٫٥");
    }

    #[test]
    fn controls_and_crlf() {
        check("أ\u{200F}ب\r\nالرباط\u{202C}", "الرباط", "الرباط");
        let n = Normalized::new("a\r\nb\rc");
        assert_eq!(n.text, "a\nb\nc");
    }

    #[test]
    fn ligature_expansion_maps_to_whole_char() {
        // ﻻ expands to two letters; a span over either maps to the ligature.
        let original = "x\u{FEFB}y";
        let n = Normalized::new(original);
        assert_eq!(n.text, "xلاy");
        let l = n.text.find('ل').unwrap();
        let (a, b) = n.to_original(l, l + 2);
        assert_eq!(&original[a..b], "\u{FEFB}");
    }

    #[test]
    fn out_of_range_is_clamped() {
        let n = Normalized::new("abc\u{200F}");
        assert_eq!(n.to_original(3, 3), (6, 6));
        let n = Normalized::new("");
        assert_eq!(n.to_original(0, 0), (0, 0));
    }
}
