//! The digital kinds: URL, EMAIL, HASHTAG, MENTION (whole tokens cut by
//! the tokenizer) and PHONE (international `+212 6 12 34 56 78`,
//! `00971 4 123 4567`, and local numbers written in groups:
//! `0612-345-678`, `06 12 34 56 78`, `010 1234 5678`).
//!
//! A local number needs 9 to 11 digits starting with 0, written in at
//! least two groups, so years, amounts and counts are not mistaken for
//! phones. Digits were folded to ASCII by the normaliser, so Arabic-Indic
//! numbers are found too.

use super::{Candidate, Doc, Recognizer};
use crate::span::{Kind, Source};
use crate::tokenize::TokenKind;
/// The rest of a match from a position: called with the position reached,
/// it returns where the whole match ends (or `None` to backtrack).
type Then<'a> = &'a mut dyn FnMut(usize) -> Option<usize>;

/// `[0-9]{min,max}` (greedy), then `k`.
fn digits(b: &[u8], i: usize, min: usize, max: usize, k: Then) -> Option<usize> {
    let n = b[i.min(b.len())..]
        .iter()
        .take(max)
        .take_while(|x| x.is_ascii_digit())
        .count();
    (min..=n).rev().find_map(|n| k(i + n))
}

/// `[ .\-]?` (greedy), then `k`.
fn sep(b: &[u8], i: usize, k: Then) -> Option<usize> {
    if matches!(b.get(i), Some(b' ' | b'.' | b'-')) {
        if let Some(end) = k(i + 1) {
            return Some(end);
        }
    }
    k(i)
}

/// `(?:[0-9]{1,4}SEP){1,5}` (greedy) from repetition `n`, then `k`.
fn groups(b: &[u8], i: usize, n: usize, k: Then) -> Option<usize> {
    if n < 5 {
        let more = digits(b, i, 1, 4, &mut |a| {
            sep(b, a, &mut |c| groups(b, c, n + 1, k))
        });
        if more.is_some() {
            return more;
        }
    }
    if n >= 1 {
        k(i)
    } else {
        None
    }
}

/// `(?:[ .\-/][0-9]{2,4}){2,5}` (greedy) from repetition `n`.
fn local_groups(b: &[u8], i: usize, n: usize) -> Option<usize> {
    if n < 5 && matches!(b.get(i), Some(b' ' | b'.' | b'-' | b'/')) {
        let more = digits(b, i + 1, 2, 4, &mut |a| local_groups(b, a, n + 1));
        if more.is_some() {
            return more;
        }
    }
    (n >= 2).then_some(i)
}

/// An international number at `i`:
/// `(?:\+|00)[1-9][0-9]{0,2}SEP(?:\(0?[0-9]{1,4}\)SEP)?(?:[0-9]{1,4}SEP){1,5}[0-9]{2,4}`
/// with `SEP` = `[ .\-]?`.
fn international(b: &[u8], i: usize) -> Option<usize> {
    let j = if b[i] == b'+' {
        i + 1
    } else if b[i..].starts_with(b"00") {
        i + 2
    } else {
        return None;
    };
    if !matches!(b.get(j), Some(b'1'..=b'9')) {
        return None;
    }
    let tail = |c: usize| groups(b, c, 0, &mut |e| digits(b, e, 2, 4, &mut Some));
    digits(b, j + 1, 0, 2, &mut |a| {
        sep(b, a, &mut |c| {
            // The optional `(area)` group: with it first.
            let area = if b.get(c) == Some(&b'(') {
                let inner = |s: usize| {
                    digits(b, s, 1, 4, &mut |t| {
                        if b.get(t) == Some(&b')') {
                            sep(b, t + 1, &mut |d| tail(d))
                        } else {
                            None
                        }
                    })
                };
                let zero = if b.get(c + 1) == Some(&b'0') {
                    inner(c + 2)
                } else {
                    None
                };
                zero.or_else(|| inner(c + 1))
            } else {
                None
            };
            area.or_else(|| tail(c))
        })
    })
}

/// A local number at `i`: `0[0-9]{1,3}(?:[ .\-/][0-9]{2,4}){2,5}|0[0-9]{8,10}`.
fn local(b: &[u8], i: usize) -> Option<usize> {
    if b[i] != b'0' {
        return None;
    }
    digits(b, i + 1, 1, 3, &mut |a| local_groups(b, a, 0))
        .or_else(|| digits(b, i + 1, 8, 10, &mut Some))
}

/// The phone-number pattern (international, else local), leftmost-first
/// as a backtracking regex would find it: the first match at or after
/// byte `from`, as a byte range. Hand-written: see
/// [`crate::tokenize`]'s whole tokens for why there are no regexes.
fn find_phone(text: &str, from: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    (from..b.len())
        .filter(|&i| matches!(b[i], b'+' | b'0'))
        .find_map(|i| international(b, i).or_else(|| local(b, i)).map(|e| (i, e)))
}

/// Finds digital kinds.
pub struct DigitalRecognizer;

impl Recognizer for DigitalRecognizer {
    fn name(&self) -> &'static str {
        "digital"
    }

    fn find(&self, doc: &Doc<'_>, out: &mut Vec<Candidate>) {
        for t in &doc.tokens {
            let kind = match t.kind {
                TokenKind::Url => Kind::Url,
                TokenKind::Email => Kind::Email,
                TokenKind::Hashtag => Kind::Hashtag,
                TokenKind::Mention => Kind::Mention,
                _ => continue,
            };
            out.push(Candidate::new(t.start, t.end, kind, Source::Pattern, 0.99));
        }
        let text = doc.text();
        let mut from = 0;
        while let Some((start, end)) = find_phone(text, from) {
            from = end;
            let digits = text[start..end].bytes().filter(u8::is_ascii_digit).count();
            let before = text[..start].chars().next_back();
            let after = text[end..].chars().next();
            let glued = |c: Option<char>| {
                c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '.' || c == ',')
            };
            if !(9..=15).contains(&digits) || glued(before) || glued(after) {
                continue;
            }
            out.push(Candidate::new(
                start,
                end,
                Kind::Phone,
                Source::Pattern,
                0.9,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use regex::Regex;
    use std::sync::LazyLock;

    /// The pattern [`find_phone`] replaces.
    static PHONE: LazyLock<Regex> = LazyLock::new(|| {
        let sep = r"[ .\-]?";
        let intl = format!(
            r"(?:\+|00)[1-9][0-9]{{0,2}}{sep}(?:\(0?[0-9]{{1,4}}\){sep})?(?:[0-9]{{1,4}}{sep}){{1,5}}[0-9]{{2,4}}"
        );
        let local = r"0[0-9]{1,3}(?:[ .\-/][0-9]{2,4}){2,5}|0[0-9]{8,10}";
        Regex::new(&format!("{intl}|{local}")).unwrap()
    });

    fn by_hand(s: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut from = 0;
        while let Some(m) = find_phone(s, from) {
            from = m.1;
            out.push(m);
        }
        out
    }

    fn by_regex(s: &str) -> Vec<(usize, usize)> {
        PHONE.find_iter(s).map(|m| (m.start(), m.end())).collect()
    }

    #[test]
    fn phone_examples_agree_with_the_regex() {
        for s in [
            "+212 6 12 34 56 78 و00971 4 123 4567 و0612-345-678 و06 12 34 56 78",
            "+1 (0212) 555-1234 +44(20)7946 0958 010 1234 5678 01012345678 0123456789012",
            "+0 12 00 1 2 3 +9 9 9 9 9 9 9 9 99 0/12/34/56 0.1.2 +12345678901234567",
        ] {
            assert_eq!(by_hand(s), by_regex(s), "{s}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn phones_agree_with_the_regex(s in "[0-9+()./ \\-و]{0,40}") {
            prop_assert_eq!(by_hand(&s), by_regex(&s));
        }

        #[test]
        fn phones_agree_on_likely_shapes(parts in proptest::collection::vec(
            "(\\+|00|0|\\(|\\)|[1-9]|[0-9]{2,4}| |\\.|-|/|x)", 0..16)) {
            let s: String = parts.concat();
            prop_assert_eq!(by_hand(&s), by_regex(&s));
        }
    }

    fn found(text: &str) -> Vec<(Kind, String)> {
        let doc = Doc::new(text, None);
        let mut out = Vec::new();
        DigitalRecognizer.find(&doc, &mut out);
        out.iter()
            .map(|c| (c.kind, doc.text()[c.start..c.end].to_string()))
            .collect()
    }

    #[test]
    fn phones() {
        assert_eq!(
            found("اتصلوا على +212 6 12 34 56 78 اليوم"),
            [(Kind::Phone, "+212 6 12 34 56 78".into())]
        );
        assert_eq!(
            found("الرقم 0612-345-678 متاح"),
            [(Kind::Phone, "0612-345-678".into())]
        );
        assert_eq!(
            found("هاتف: ٠١٠١٢٣٤٥٦٧٨"),
            [(Kind::Phone, "01012345678".into())]
        );
        assert_eq!(
            found("00971 4 123 4567"),
            [(Kind::Phone, "00971 4 123 4567".into())]
        );
    }

    #[test]
    fn not_phones() {
        assert!(found("في عام 2024 بلغ العدد 1,200,000").is_empty());
        assert!(found("بين 2019 و2023").is_empty());
    }

    #[test]
    fn web_kinds() {
        let f = found(
            "تابعوا @kashif_ar و#المغرب_اليوم عبر https://kashif.example.org أو info@kashif.org",
        );
        let kinds: Vec<_> = f.iter().map(|x| x.0).collect();
        assert_eq!(
            kinds,
            [Kind::Mention, Kind::Hashtag, Kind::Url, Kind::Email]
        );
    }
}
