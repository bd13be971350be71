//! The [`Extractor`]: the one pipeline every face calls.
//!
//! text → [`Doc`] (normalised view + tokens) → candidates from every
//! [`Recognizer`] → [`resolve`] → spans mapped back to the original →
//! [`Entity`] values with canonical forms and groups.
//!
//! Long inputs are cut into chunks at line breaks (no entity spans a line
//! break), so memory stays proportional to a chunk, not to the paste, and
//! callers can report progress between chunks, or drive the chunks
//! themselves ([`Extractor::step`] on an [`Extraction`]) and stop early.

use crate::calendar::Ymd;
use crate::convention::Convention;
use crate::error::Error;
use crate::gazetteer::Gazetteer;
use crate::group::{self, Group};
use crate::lexicon::{Lexicon, LexiconEntry};
use crate::normalize::arabic;
use crate::recognize::digital::DigitalRecognizer;
use crate::recognize::gazetteer::GazetteerRecognizer;
use crate::recognize::{Candidate, Doc, Recognizer};
use crate::resolve::resolve;
use crate::span::{Entity, Kind};

/// Options for one call of [`Extractor::extract`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Options {
    /// Only these kinds are returned (all when `None`). Filtering happens
    /// after overlap resolution, so hiding a kind never changes the spans
    /// of the others.
    pub kinds: Option<Vec<Kind>>,
    /// Also return entities nested inside top-level ones (depth 1) and
    /// inside those (depth 2 and more).
    pub nested: bool,
    /// The article's date: relative dates resolve against it. Only years
    /// 1 to 9999 are used; another date counts as none.
    pub document_date: Option<Ymd>,
    /// Whose idea of a name to follow (see [`crate::convention`]): Kashif's
    /// own by default; ANERcorp's to compare with published results.
    pub convention: Convention,
}

/// Inputs are processed in chunks of about this many bytes, cut at line
/// breaks (or, for a longer line, at the last space before the limit).
pub const CHUNK_BYTES: usize = 64 * 1024;

/// A sentence that touches every recogniser (see [`ExtractorBuilder::build`]).
/// It has no URL, e-mail, hashtag, mention or phone: their two regexes are
/// compiled by the first text that can hold one (most Arabic news texts
/// cannot; see `tokenize` and `recognize::digital`), not by every page
/// load.
const WARM_UP: &str = "قال وزير الخارجية محمد في الرباط يوم 6 ماي 2024 الساعة 10:30 \
    إن 3 ملايين درهم و12% و40 كيلومترا والثاني";

/// An extraction in progress: [`Extractor::step`] analyses one chunk of
/// the text at a time into it, [`Extractor::finish`] assigns the groups.
#[derive(Debug, Default)]
pub struct Extraction {
    /// Bytes of the text analysed so far.
    done: usize,
    entities: Vec<Entity>,
}

impl Extraction {
    /// Bytes of the text analysed so far.
    pub fn done(&self) -> usize {
        self.done
    }
}

/// Builds an [`Extractor`].
#[derive(Debug, Clone, Default)]
pub struct ExtractorBuilder {
    lexicon: Vec<LexiconEntry>,
    model: Option<&'static crate::tagger::Model>,
}

impl ExtractorBuilder {
    /// Sets the user lexicon (see [`crate::lexicon`]).
    pub fn lexicon(&mut self, entries: Vec<LexiconEntry>) -> &mut Self {
        self.lexicon = entries;
        self
    }

    /// Uses `model` for the tagger instead of the embedded one (e.g. one
    /// just trained, to score it: `kashif eval --model`).
    pub fn model(&mut self, model: &'static crate::tagger::Model) -> &mut Self {
        self.model = Some(model);
        self
    }

    /// Builds the extractor: loads the embedded gazetteers, compiles every
    /// pattern and the lexicon once.
    pub fn build(&self) -> Result<Extractor, Error> {
        let gazetteer = Gazetteer::embedded()?;
        // The tagger comes last: it reads what the others found (the
        // rules' titles and names are features of its model, dates stop
        // its names, and it has the last word on the lists' names).
        let recognizers: Vec<Box<dyn Recognizer>> = vec![
            Box::new(DigitalRecognizer),
            Box::new(crate::recognize::date::DateRecognizer),
            Box::new(GazetteerRecognizer::new(gazetteer)),
            Box::new(crate::recognize::number::NumberRecognizer),
            Box::new(crate::recognize::rules::RuleRecognizer::new(gazetteer)),
            Box::new(match self.model {
                Some(m) => crate::recognize::model::ModelRecognizer::new(m, gazetteer),
                None => crate::recognize::model::ModelRecognizer::embedded()?,
            }),
        ];
        let extractor = Extractor {
            recognizers,
            gazetteer,
            lexicon: Lexicon::new(&self.lexicon)?,
        };
        // Patterns and tables are compiled lazily; one small text through
        // every recogniser builds them all now, so the cost is paid here and
        // the first real text is as fast as the rest.
        extractor.extract(WARM_UP, &Options::default());
        Ok(extractor)
    }
}

/// Entities and their groups, as [`Extractor::analyze`] returns them.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    /// The entities, sorted by start (outer before nested).
    pub entities: Vec<Entity>,
    /// The groups the entities' `group` ids refer to.
    pub groups: Vec<Group>,
}

/// Finds entities in Arabic text. Build once, use for many texts; it is
/// `Send + Sync`.
///
/// ```
/// use kashif::{Extractor, Kind, Options};
/// let ex = Extractor::new();
/// let text = "زار الوفد تركيا والسعودية";
/// let found = ex.extract(text, &Options::default());
/// let gpes: Vec<_> = found.iter().filter(|e| e.kind == Kind::Gpe).map(|e| e.text.as_str()).collect();
/// assert_eq!(gpes, ["تركيا", "السعودية"]);
/// // Offsets are bytes into the text you gave.
/// assert!(found.iter().all(|e| &text[e.start..e.end] == e.text));
/// ```
pub struct Extractor {
    recognizers: Vec<Box<dyn Recognizer>>,
    gazetteer: &'static Gazetteer,
    lexicon: Lexicon,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new()
    }
}

impl Extractor {
    /// A builder (for future options).
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// An extractor with every default.
    ///
    /// # Panics
    ///
    /// Only if the data embedded at compile time is corrupt, which the
    /// crate's own tests rule out; use [`Extractor::builder`] to get a
    /// `Result` instead.
    pub fn new() -> Extractor {
        match Extractor::builder().build() {
            Ok(e) => e,
            Err(e) => panic!("embedded data: {e}"),
        }
    }

    /// Replaces the user lexicon.
    pub fn set_lexicon(&mut self, entries: &[LexiconEntry]) -> Result<(), Error> {
        self.lexicon = Lexicon::new(entries)?;
        Ok(())
    }

    /// Entities and their groups.
    pub fn analyze(&self, text: &str, opts: &Options) -> Analysis {
        let entities = self.extract(text, opts);
        let groups = group::summarize(&entities);
        Analysis { entities, groups }
    }

    /// Finds the entities of `text`, sorted by start (outer before nested),
    /// with mention groups assigned (see [`crate::group`]).
    pub fn extract(&self, text: &str, opts: &Options) -> Vec<Entity> {
        self.extract_with_progress(text, opts, &mut |_, _| {})
    }

    /// Like [`Extractor::extract`], calling `progress(done, total)` (bytes)
    /// after each chunk.
    pub fn extract_with_progress(
        &self,
        text: &str,
        opts: &Options,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Vec<Entity> {
        let mut state = Extraction::default();
        while self.step(text, opts, &mut state) {
            progress(state.done, text.len());
        }
        self.finish(state)
    }

    /// Analyses the next chunk of `text` into `state` (an extraction done
    /// one chunk per call, for a caller with other work between chunks);
    /// `false` once the text is done. Every call of one extraction must
    /// pass the same text and options; [`Extractor::finish`] then gives
    /// what [`Extractor::extract`] would have.
    pub fn step(&self, text: &str, opts: &Options, state: &mut Extraction) -> bool {
        // `done` is always a chunk boundary of this text (a char boundary);
        // another text ends the extraction rather than panicking.
        let Some((_, chunk)) = text
            .get(state.done..)
            .and_then(|rest| chunks(rest, CHUNK_BYTES).next())
        else {
            return false;
        };
        self.extract_chunk(chunk, state.done, opts, &mut state.entities);
        state.done += chunk.len();
        true
    }

    /// The entities of a stepped extraction, with mention groups assigned.
    pub fn finish(&self, state: Extraction) -> Vec<Entity> {
        let mut out = state.entities;
        group::assign(&mut out, Some(self.gazetteer));
        out
    }

    /// Candidates of every recogniser and the user lexicon for one
    /// document, before resolution, without never-tag terms.
    pub fn candidates(&self, doc: &Doc<'_>) -> Vec<Candidate> {
        let mut found = Vec::new();
        for r in &self.recognizers {
            r.find(doc, &mut found);
        }
        self.lexicon.find(doc, &mut found);
        self.lexicon.drop_never(doc, &mut found);
        found
    }

    fn extract_chunk(&self, chunk: &str, offset: usize, opts: &Options, out: &mut Vec<Entity>) {
        let mut doc = Doc::new(chunk, opts.document_date);
        doc.convention = opts.convention;
        let found = self.candidates(&doc);
        for r in resolve(found, opts.nested) {
            let c = r.candidate;
            if let Some(kinds) = &opts.kinds {
                if !kinds.contains(&c.kind) {
                    continue;
                }
            }
            let (s, e) = doc.norm.to_original(c.start, c.end);
            let text = &chunk[s..e];
            let canonical = canonical(text, c.restored_article);
            out.push(Entity {
                start: offset + s,
                end: offset + e,
                text: text.to_string(),
                kind: c.kind,
                canonical,
                value: c.value,
                source: c.source,
                score: c.score.clamp(0.0, 1.0),
                depth: r.depth,
                group: 0,
                link: c.link,
            });
        }
    }
}

/// The display form of an entity's text: [`arabic::clean`], and a fused
/// `لل` written back as `ال` (`للأمم المتحدة` → `الأمم المتحدة`).
pub fn canonical(text: &str, restored_article: bool) -> String {
    let clean = arabic::clean(text);
    match clean.strip_prefix("لل") {
        Some(rest) if restored_article => format!("ال{rest}"),
        _ => clean,
    }
}

/// Cuts `text` into pieces of about `max` bytes at line breaks, returning
/// each piece with its byte offset. A line longer than `max` is cut at the
/// last space (or character boundary) before the limit.
pub fn chunks(text: &str, max: usize) -> impl Iterator<Item = (usize, &str)> {
    let mut pos = 0;
    std::iter::from_fn(move || {
        if pos >= text.len() {
            return None;
        }
        let rest = &text[pos..];
        let cut = if rest.len() <= max {
            rest.len()
        } else {
            let mut limit = max;
            while !rest.is_char_boundary(limit) {
                limit -= 1;
            }
            let window = &rest[..limit];
            window
                .rfind('\n')
                .or_else(|| window.rfind(' '))
                .map(|i| i + 1)
                .filter(|&i| i > 0)
                .unwrap_or(limit.max(rest.chars().next().map_or(1, char::len_utf8)))
        };
        let start = pos;
        pos += cut;
        Some((start, &rest[..cut]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_cover_the_text_exactly() {
        let text = "سطر أول\nسطر ثان طويل جدا\n\nثالث";
        for max in [1, 3, 8, 16, 1000] {
            let parts: Vec<_> = chunks(text, max).collect();
            let joined: String = parts.iter().map(|p| p.1).collect();
            assert_eq!(joined, text, "max {max}");
            for (off, p) in parts {
                assert_eq!(&text[off..off + p.len()], p);
            }
        }
    }

    #[test]
    fn stepping_gives_what_extract_gives() {
        let x = Extractor::builder()
            .build()
            .expect("the embedded data loads");
        let line = "زار ناصر بوريطة الرباط يوم 6 ماي 2024 ثم التقى وزير الخارجية في القاهرة.\n";
        let text = line.repeat(2 * CHUNK_BYTES / line.len() + 3);
        let opts = Options::default();
        let mut state = Extraction::default();
        let mut steps = 0;
        while x.step(&text, &opts, &mut state) {
            steps += 1;
        }
        assert!(steps >= 3, "{steps} chunks");
        assert_eq!(state.done(), text.len());
        assert_eq!(x.finish(state), x.extract(&text, &opts));
        // Another text than the one stepped through ends the extraction.
        let mut state = Extraction::default();
        assert!(x.step(&text, &opts, &mut state));
        assert!(!x.step("ف", &opts, &mut state));
    }

    #[test]
    fn a_coordinated_name_behind_a_fused_lil_is_written_with_its_article() {
        let found = Extractor::new().extract(
            "قدمت بريطانيا مساعدات للهند وللبرتغال في الأزمة",
            &Options::default(),
        );
        let places: Vec<(&str, &str)> = found
            .iter()
            .filter(|e| e.kind == crate::Kind::Gpe)
            .map(|e| (e.text.as_str(), e.canonical.as_str()))
            .collect();
        assert_eq!(
            places,
            [
                ("بريطانيا", "بريطانيا"),
                ("للهند", "الهند"),
                ("للبرتغال", "البرتغال")
            ]
        );
    }

    #[test]
    fn canonical_forms() {
        assert_eq!(canonical("للأمم المتحدة", true), "الأمم المتحدة");
        assert_eq!(canonical("لبنان", false), "لبنان");
        assert_eq!(canonical("عَبْدُ اللطيـــف", false), "عبد اللطيف");
    }
}
