//! The user's lexicon: terms the user added with a kind, and terms the
//! user marked "never tag".
//!
//! Terms are matched exactly like the gazetteers (same fold, same clitic
//! readings through [`PhraseMap`]), so `وزارة الانتقال الرقمي` added once
//! is also found as `ولوزارة الانتقال الرقمي` or with diacritics. Added
//! terms come out with [`Source::User`] and win every overlap (see
//! [`crate::resolve`]); a never-tag term removes every candidate whose
//! text (without proclitics) is that term, before resolution, so another
//! reading can take its place.
//!
//! The same list serves the page (stored in `localStorage`), the CLI
//! (`--lexicon FILE`) and the JS API (`analyzer.setLexicon(entries)`); its
//! JSON form is `[{"text": "…", "type": "ORG"}, {"text": "…", "never": true}]`.

use crate::error::{Error, ErrorKind};
use crate::gazetteer::PhraseMap;
use crate::normalize::arabic;
use crate::recognize::{Candidate, Doc, Recognizer};
use crate::span::{Kind, Source};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

/// One lexicon entry as stored in the JSON file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LexiconEntry {
    /// The term, in any spelling (it is folded for matching).
    pub text: String,
    /// Its kind code (`"ORG"`, …). Absent for a never-tag entry; the
    /// codes `"NEVER"`, `"NONE"` and `"O"` also mean never-tag.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// `true` for a term that must never be tagged.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub never: bool,
}

/// A compiled lexicon.
#[derive(Default)]
pub struct Lexicon {
    add: Option<PhraseMap<Vec<u8>>>,
    kinds: Vec<Kind>,
    never: HashSet<String>,
}

impl Lexicon {
    /// Compiles entries. Fails on an unknown kind or an empty term, naming
    /// the entry; later entries for the same term win.
    pub fn new(entries: &[LexiconEntry]) -> Result<Lexicon, Error> {
        let mut add: BTreeMap<String, Kind> = BTreeMap::new();
        let mut never = HashSet::new();
        for (i, e) in entries.iter().enumerate() {
            let key = arabic::key(&e.text);
            if key.is_empty() {
                return Err(Error::new(
                    ErrorKind::BadLexicon,
                    format!("lexicon entry {}: empty text", i + 1),
                ));
            }
            let never_code = matches!(
                e.kind.as_deref().map(str::to_ascii_uppercase).as_deref(),
                None | Some("NEVER" | "NONE" | "O")
            );
            if e.never || never_code {
                add.remove(&key);
                never.insert(key);
                continue;
            }
            let kind: Kind = e
                .kind
                .as_deref()
                .unwrap_or_default()
                .parse()
                .map_err(|err| {
                    Error::new(
                        ErrorKind::BadLexicon,
                        format!("lexicon entry {}: {err}", i + 1),
                    )
                })?;
            never.remove(&key);
            add.insert(key, kind);
        }
        let mut kinds = Vec::new();
        let pairs = add.into_iter().map(|(k, kind)| {
            let idx = kinds.iter().position(|&x| x == kind).unwrap_or_else(|| {
                kinds.push(kind);
                kinds.len() - 1
            });
            (k, idx as u64)
        });
        let map = fst::Map::from_iter(pairs)
            .map_err(|e| Error::new(ErrorKind::BadLexicon, format!("lexicon: {e}")))?;
        Ok(Lexicon {
            add: (!map.is_empty()).then(|| PhraseMap::new(map)),
            kinds,
            never,
        })
    }

    /// Whether the lexicon has no entry at all.
    pub fn is_empty(&self) -> bool {
        self.add.is_none() && self.never.is_empty()
    }

    /// Removes candidates whose text is a never-tag term.
    pub fn drop_never(&self, doc: &Doc<'_>, candidates: &mut Vec<Candidate>) {
        if self.never.is_empty() {
            return;
        }
        candidates.retain(|c| {
            let text = &doc.text()[c.start..c.end];
            let key = match text.strip_prefix("لل") {
                Some(rest) if c.restored_article => format!("ال{rest}"),
                _ => text.to_string(),
            };
            !self.never.contains(&key)
        });
    }
}

impl Recognizer for Lexicon {
    fn name(&self) -> &'static str {
        "user lexicon"
    }

    fn find(&self, doc: &Doc<'_>, out: &mut Vec<Candidate>) {
        let Some(add) = &self.add else { return };
        for m in add.find_all(doc.text(), &doc.tokens) {
            let Some(&kind) = self.kinds.get(m.value as usize) else {
                continue;
            };
            let (s, e) = m.span(&doc.tokens);
            let mut c = Candidate::new(s, e, kind, Source::User, 1.0);
            c.restored_article = m.restored_article;
            out.push(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(text: &str, kind: &str) -> LexiconEntry {
        LexiconEntry {
            text: text.into(),
            kind: Some(kind.into()),
            never: false,
        }
    }

    fn found(lex: &Lexicon, text: &str) -> Vec<(Kind, String)> {
        let doc = Doc::new(text, None);
        let mut out = Vec::new();
        lex.find(&doc, &mut out);
        out.iter()
            .map(|c| {
                let (s, e) = doc.norm.to_original(c.start, c.end);
                (c.kind, text[s..e].to_string())
            })
            .collect()
    }

    #[test]
    fn matches_with_clitics_and_diacritics() {
        let lex =
            Lexicon::new(&[entry("وكالة التنمية الرقمية", "ORG"), entry("أمل", "PERS")]).unwrap();
        assert_eq!(
            found(&lex, "أعلنت ولوكالةِ التنميـة الرقمية"),
            [(Kind::Org, "وكالةِ التنميـة الرقمية".to_string())]
        );
        assert_eq!(
            found(&lex, "قالت وأَمَل إن"),
            [(Kind::Pers, "أَمَل".to_string())]
        );
    }

    #[test]
    fn never_entries_and_errors() {
        let never = LexiconEntry {
            text: "الأمن".into(),
            kind: None,
            never: true,
        };
        let lex = Lexicon::new(&[never, entry("x", "NEVER")]).unwrap();
        assert!(lex.never.contains("الامن"));
        assert!(lex.never.contains("x"));
        assert!(Lexicon::new(&[entry("y", "PLANET")]).is_err());
        assert!(Lexicon::new(&[entry("  ", "ORG")]).is_err());
    }

    #[test]
    fn json_shape() {
        let json =
            r#"[{"text": "وكالة", "type": "ORG"}, {"text": "الأمن", "never": true}, {"text": "ب"}]"#;
        let e: Vec<LexiconEntry> = serde_json::from_str(json).unwrap();
        assert_eq!(e[0].kind.as_deref(), Some("ORG"));
        assert!(e[1].never);
        let lex = Lexicon::new(&e).unwrap();
        assert_eq!(lex.never.len(), 2, "no type at all means never-tag");
        let back = serde_json::to_string(&e[1]).unwrap();
        assert_eq!(back, r#"{"text":"الأمن","never":true}"#);
    }
}
