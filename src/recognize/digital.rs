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
use regex::Regex;
use std::sync::LazyLock;

static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    let sep = r"[ .\-]?";
    let intl = format!(
        r"(?:\+|00)[1-9][0-9]{{0,2}}{sep}(?:\(0?[0-9]{{1,4}}\){sep})?(?:[0-9]{{1,4}}{sep}){{1,5}}[0-9]{{2,4}}"
    );
    let local = r"0[0-9]{1,3}(?:[ .\-/][0-9]{2,4}){2,5}|0[0-9]{8,10}";
    Regex::new(&format!("{intl}|{local}")).expect("static phone pattern")
});

/// Whether `text` has a run of phone characters (digits, spaces and
/// `+ . - / ( )`) with at least 9 digits. Every match [`PHONE`] can keep
/// is such a run, so without one it is not run (nor, on the first such
/// text, compiled).
fn may_have_phone(text: &str) -> bool {
    let mut digits = 0;
    for c in text.bytes() {
        match c {
            b'0'..=b'9' => {
                digits += 1;
                if digits == 9 {
                    return true;
                }
            }
            b' ' | b'+' | b'.' | b'-' | b'/' | b'(' | b')' => {}
            _ => digits = 0,
        }
    }
    false
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
        if !may_have_phone(text) {
            return;
        }
        for m in PHONE.find_iter(text) {
            let digits = m.as_str().bytes().filter(u8::is_ascii_digit).count();
            let before = text[..m.start()].chars().next_back();
            let after = text[m.end()..].chars().next();
            let glued = |c: Option<char>| {
                c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '.' || c == ',')
            };
            if !(9..=15).contains(&digits) || glued(before) || glued(after) {
                continue;
            }
            out.push(Candidate::new(
                m.start(),
                m.end(),
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
    fn phone_runs() {
        assert!(may_have_phone("رقم (0) 612-345 678"));
        assert!(may_have_phone("+212 6 12 34 5"));
        assert!(!may_have_phone("في 2024 و2025 و2026"));
        assert!(!may_have_phone("1,200,000 و1,200,000"));
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
