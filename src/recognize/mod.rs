//! Recognisers: each finds [`Candidate`]s of some kinds in a [`Doc`].
//!
//! A recogniser sees the normalised text and its tokens only, and reports
//! spans in normalised bytes; it never decides overlaps (that is
//! [`crate::resolve`]) and never maps offsets back (that is
//! [`crate::extractor`]). Each file owns one family of kinds and ends with
//! tests in Arabic that pin its behaviour.

pub mod date;
pub mod digital;
pub mod gazetteer;
pub mod model;
pub mod number;
pub mod rules;

use crate::calendar::Ymd;
use crate::gazetteer::{Gazetteer, GazetteerHit, StemMemo};
use crate::normalize::Normalized;
use crate::span::{Kind, Source, Value};
use crate::tokenize::clitics::{readings, Analysis, Readings};
use crate::tokenize::{tokenize, Token, TokenKind};
use std::cell::OnceCell;

/// A document ready for recognition: the normalised view and its tokens.
pub struct Doc<'a> {
    /// The normalised text and its offset map.
    pub norm: Normalized<'a>,
    /// Tokens of `norm.text`.
    pub tokens: Vec<Token>,
    /// The article's date, for relative dates (أمس، الشهر الجاري).
    pub document_date: Option<Ymd>,
    /// The annotation convention the recognisers follow
    /// ([`crate::convention`]; Kashif's unless set).
    pub convention: crate::convention::Convention,
    /// The longest gazetteer hit at each token, computed once for the
    /// recognisers that all need it (lists, rules, tagger features).
    gazetteer_hits: OnceCell<Vec<Option<GazetteerHit>>>,
    /// The gazetteer walks of this document's stems (see [`StemMemo`]),
    /// shared by the longest hits and the rules.
    stems: StemMemo,
    /// The clitic readings of every token, computed on first use: the
    /// gazetteer scan, the rules, the number and the date recognisers all
    /// ask for the same tokens' readings, many times each.
    readings: OnceCell<Vec<Readings>>,
}

/// Whether a normalised word ends in a possessive pronoun that the
/// normalised text cannot mistake for `ة`: `ها`، `هم`، `هما` (`مقرها`).
/// (`ه` alone is `ة` folded; [`Doc::written_last_letter`] tells them apart.)
pub(crate) fn possessive_suffix(w: &str) -> bool {
    ["ها", "هم", "هما"].iter().any(|s| w.ends_with(s))
}

/// Whether `w` (folded) has the shape of a definite nisba adjective
/// (`الإعلامي`، `الإعلامية`), which many titles have too.
pub(crate) fn definite_nisba(w: &str) -> bool {
    w.starts_with("ال") && (w.ends_with('ي') || w.ends_with("يه"))
}

/// Whether `w` (normalised) has the shape of a definite masculine nisba
/// adjective (`الفرنسي`، `العربي`): [`definite_nisba`] without the feminine.
pub(crate) fn definite_masculine_nisba(w: &str) -> bool {
    w.starts_with("ال") && w.ends_with('ي')
}

impl<'a> Doc<'a> {
    /// Normalises and tokenises `original`. A document date outside the
    /// years 1–9999 ([`Ymd::is_supported`]) is ignored, as if none was
    /// given: relative dates then get `"relative"` values.
    pub fn new(original: &'a str, document_date: Option<Ymd>) -> Doc<'a> {
        let norm = Normalized::new(original);
        let tokens = tokenize(&norm.text);
        Doc {
            norm,
            tokens,
            document_date: document_date.filter(|d| d.is_supported()),
            convention: Default::default(),
            gazetteer_hits: OnceCell::new(),
            stems: StemMemo::default(),
            readings: OnceCell::new(),
        }
    }

    /// The longest hit of `gazetteer` starting at each token (`None` where
    /// there is none), computed on first use. Every caller passes the
    /// embedded gazetteer, so one memo serves them all.
    pub fn gazetteer_hits(&self, gazetteer: &Gazetteer) -> &[Option<GazetteerHit>] {
        self.gazetteer_hits.get_or_init(|| {
            (0..self.tokens.len())
                .map(|i| {
                    gazetteer.longest_at_in(
                        &self.stems,
                        self.readings(i),
                        &self.norm.text,
                        &self.tokens,
                        i,
                    )
                })
                .collect()
        })
    }

    /// The memo of gazetteer walks for this document's stems.
    pub fn stems(&self) -> &StemMemo {
        &self.stems
    }

    /// The clitic readings of token `i` (of its text whatever its kind,
    /// of "" out of range), from the document's memo.
    pub fn readings(&self, i: usize) -> Readings {
        let all = self.readings.get_or_init(|| {
            self.tokens
                .iter()
                .map(|t| readings(t.text(&self.norm.text)))
                .collect()
        });
        all.get(i).copied().unwrap_or_else(|| readings(""))
    }

    /// What [`crate::tokenize::clitics::analyses`] says of token `i`'s
    /// text, from the memo of [`Doc::readings`].
    pub fn analyses(&self, i: usize) -> impl Iterator<Item = Analysis<'_>> {
        let word = self.word(i);
        self.readings(i).into_iter().map(move |r| r.analysis(word))
    }

    /// The normalised text.
    pub fn text(&self) -> &str {
        &self.norm.text
    }

    /// The normalised text of token `i` (empty when out of range).
    pub fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.text(&self.norm.text))
    }

    /// Token `i` as the user wrote it (none when out of range).
    pub(crate) fn written(&self, i: usize) -> Option<&str> {
        let t = self.tokens.get(i)?;
        let (s, e) = self.norm.to_original(t.start, t.end);
        self.norm.original.get(s..e)
    }

    /// The last letter of token `i` as the user wrote it, past any vowel
    /// marks and tatweel: the normalised text folds `ى` into `ي`, so
    /// `على` (the preposition) and `علي` (the name) differ only here.
    pub fn written_last_letter(&self, i: usize) -> Option<char> {
        use crate::normalize::arabic;
        self.written(i)?
            .chars()
            .rev()
            .find(|&c| !(arabic::is_arabic_mark(c) || c == arabic::TATWEEL))
    }

    /// Whether token `i`, as the user wrote it, is a word that the
    /// normalised text spells like a title: `وإلى` «and to» like `والي`
    /// «governor» (`وإلى جانب اللاعب`), `الأمام` «the front» like `الإمام`
    /// «the imam» (`إلى الأمام`). No title.
    pub fn title_spelt_otherwise(&self, i: usize) -> bool {
        let hamza = match self.word(i) {
            "والي" => 'إ',
            "الامام" => 'أ',
            _ => return false,
        };
        self.written(i).is_some_and(|w| w.contains(hamza))
    }

    /// Whether token `i` is the particle `إن`/`أن` behind `ف`، `ب`، `ل` or
    /// `و` as the user wrote it (`فإن`، `بأن`، `لأن`، `وإن`), which the
    /// normalised text spells like the names `فان` «Van» and `بان` «Ban»:
    /// no name opens on it (`فإن ترامب`).
    pub fn written_particle_an(&self, i: usize) -> bool {
        matches!(self.word(i), "فان" | "بان" | "لان" | "وان")
            && self.written(i).is_some_and(|w| w.contains(['أ', 'إ']))
    }

    /// Whether token `i` opens on the article as the user wrote it: the
    /// normalised text folds `أ` into `ا`, so the article of `الأمريكي`
    /// and the first letters of `ألبرت`، `ألين` look alike there.
    pub fn written_with_article(&self, i: usize) -> bool {
        let Some(written) = self.written(i) else {
            return false;
        };
        let mut letters = written
            .chars()
            .filter(|&c| !crate::normalize::arabic::is_arabic_mark(c));
        let article = matches!(
            (letters.next(), letters.next()),
            (Some('ا'), Some('ل')) | (Some('ل'), Some('ل'))
        );
        article && self.word(i).chars().count() >= 4
    }

    /// Whether token `i` is `الأولي` «primary» (`التعليم الأولي`): written
    /// with a dotted `ي` after a masculine noun. The normalised text folds
    /// it with the ordinal `الأولى` «the first», which agrees with a
    /// feminine noun (`الجولة الأولى`, also written `الأولي`).
    pub fn primary_adjective(&self, i: usize) -> bool {
        i > 0
            && self.word(i) == "الاولي"
            && self.written_last_letter(i) == Some('ي')
            && !self.word(i - 1).ends_with('ه')
    }

    /// Whether token `i` is a definite nisba adjective (`الإعلامي`) right
    /// after a noun that carries a possessive pronoun (`مكتبه`،
    /// `مستشارها`): it qualifies that noun, and the title it is spelt
    /// like names no one (`مكتبه الإعلامي`).
    pub fn nisba_after_possessed(&self, i: usize) -> bool {
        let nisba = definite_nisba(self.word(i));
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        let prev = self.word(p);
        let possessed = prev.chars().count() >= 4
            && !prev.starts_with("ال")
            && self
                .tokens
                .get(p)
                .is_some_and(|t| t.kind == TokenKind::Word)
            && (possessive_suffix(prev) || self.written_last_letter(p) == Some('ه'));
        nisba && possessed
    }

    /// Whether token `i` is a definite nisba (`البرلماني`، `الإعلامي`), or
    /// the participle `المعارض` «opposing», right after a definite common
    /// noun on no list of `gaz` nor of the rules' lexicon, behind any
    /// conjunction or preposition (`التعاون البرلماني`، `بالعمل
    /// الدبلوماسي`، `الفصيل المعارض`): the word is the noun's adjective,
    /// and the title it is spelt like names no one.
    pub fn nisba_after_noun(&self, i: usize, gaz: &Gazetteer) -> bool {
        let nisba = definite_nisba(self.word(i)) || self.word(i) == "المعارض";
        let Some(p) = i.checked_sub(1).filter(|&p| self.is_word(p)) else {
            return false;
        };
        let prev = self.word(p);
        let noun = match prev.strip_prefix("لل") {
            Some(rest) => format!("ال{rest}"),
            None => ["", "و", "ب", "ل", "ف", "وب", "ول", "فب"]
                .iter()
                .filter_map(|c| prev.strip_prefix(c))
                .find(|x| x.starts_with("ال"))
                .unwrap_or_default()
                .to_string(),
        };
        nisba && noun.chars().count() >= 5 && rules::on_no_list(gaz, &noun)
    }

    /// Whether token `i` is a definite word, behind any proclitic
    /// (`المركز`، `بالمركز`، `للمرة`; the article and two letters at least).
    pub fn definite_noun(&self, i: usize) -> bool {
        self.is_word(i)
            && self
                .analyses(i)
                .any(|a| a.stem.starts_with("ال") && a.stem.chars().count() >= 4)
    }

    /// Whether token `i` is a word.
    pub fn is_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// Index of the first token that starts at or after byte `pos`.
    pub fn token_at_or_after(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.start < pos)
    }

    /// Index of the token that holds byte `pos` (a candidate may start
    /// after a token's proclitic), or of the first token after it.
    pub fn token_holding(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.end <= pos)
    }
}

/// A proposed entity, in normalised coordinates.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// First byte in the normalised text.
    pub start: usize,
    /// One past the last byte in the normalised text.
    pub end: usize,
    /// What it is.
    pub kind: Kind,
    /// Who found it.
    pub source: Source,
    /// Confidence in 0..=1.
    pub score: f32,
    /// A typed value.
    pub value: Option<Value>,
    /// A link (country of a demonym, full form of an alias).
    pub link: Option<String>,
    /// The span starts with a fused لل whose canonical form is ال.
    pub restored_article: bool,
    /// A phrase the document's convention keeps whole whatever the tagger
    /// says: in Kashif's, an organisation opened by a head noun
    /// (`وزارة الصحة المصرية`; see [`crate::convention`]); in every
    /// convention, a quoted name after its head (`صحيفة « النهار »`). It is not
    /// dropped where the tagger saw no name, and it ranks with the
    /// tagger's names ([`crate::resolve`]), so the tagger may extend it but
    /// not cut it.
    pub whole: bool,
    /// A person named right after a title or an honorific, whose first
    /// word is a listed given name (`الروائية الجزائرية أحلام مستغانمي`,
    /// `الفنانة فيروز`): not dropped where the tagger saw no name (a given
    /// name that is also a common word, `أحلام` "dreams", can keep the
    /// tagger silent). Unlike [`Candidate::whole`] it does not outrank the
    /// tagger's extent where the tagger did see a name.
    pub titled: bool,
}

impl Candidate {
    /// A candidate with no value, link or restored article.
    pub fn new(start: usize, end: usize, kind: Kind, source: Source, score: f32) -> Candidate {
        Candidate {
            start,
            end,
            kind,
            source,
            score,
            value: None,
            link: None,
            restored_article: false,
            whole: false,
            titled: false,
        }
    }

    /// Sets the value.
    pub fn with_value(mut self, value: Value) -> Candidate {
        self.value = Some(value);
        self
    }

    /// Length in normalised bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span is empty.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

/// Something that finds candidates in a document.
pub trait Recognizer: Send + Sync {
    /// A short name for diagnostics.
    fn name(&self) -> &'static str;
    /// Appends the candidates found in `doc` to `out`.
    fn find(&self, doc: &Doc<'_>, out: &mut Vec<Candidate>);
}

#[cfg(test)]
mod tests {
    use super::Doc;

    #[test]
    fn the_article_as_written() {
        // The normalised text folds `أ` into `ا`: `ألبرت` reads like a
        // definite word there, not as the user wrote it.
        let doc = Doc::new("قال الإسرائيلي ألبرت وللمكتب ال", None);
        let article: Vec<bool> = (0..doc.tokens.len())
            .map(|i| doc.written_with_article(i))
            .collect();
        assert_eq!(article, [false, true, false, false, false]);
        let doc = Doc::new("للمكتب الـــوزير", None);
        assert!(doc.written_with_article(0));
        assert!(doc.written_with_article(1));
    }
}
