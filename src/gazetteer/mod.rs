//! Phrase dictionaries matched token by token: the compiled gazetteers and
//! (through the same [`PhraseMap`]) the user's lexicon.
//!
//! # Why an FST
//!
//! The lists are compiled by `build.rs` into an [`fst::Map`] (keys are
//! matching-folded phrases, values a category mask and a link). An FST was
//! chosen over an Aho–Corasick automaton because it can be *built at
//! compile time and used straight from the bytes* embedded in the binary
//! (no start-up work in the browser, small: shared prefixes and suffixes),
//! and because matching must follow token boundaries and try several
//! clitic readings of the first word, which is a walk over the FST's nodes
//! one token at a time rather than a scan over raw text.
//!
//! # Matching
//!
//! [`PhraseMap::longest_at`] starts at a word token, tries each reading of
//! it from [`crate::tokenize::clitics::analyses`], then extends over the
//! following words and numbers (separated by spaces only, or by nothing,
//! so that `فرانس24` matches the listed `فرانس 24`, or by the dots of an
//! acronym written letter by letter, `بي. بي. سي` for the listed `بي بي
//! سي`, [`crate::tokenize::acronym_dot`], or of a web name, `العربية.نت`
//! for `العربية نت`, [`crate::tokenize::web_dot`]) while the FST has a path,
//! remembering the longest phrase that ends on a key. The longest match
//! wins; on equal length the reading that strips less wins, which is what
//! keeps وهران، لبنان، فرنسا whole while وتركيا yields تركيا.
//!
//! Within one document the same stems are walked again and again (at every
//! occurrence of a word, and by several recognisers); a [`StemMemo`] keeps
//! the state each distinct stem's walk reached, so that
//! [`Gazetteer::longest_at_in`], [`Gazetteer::lookup_stem`] and
//! [`Gazetteer::lookup_prefixes`] walk only what follows it.

mod category;

pub use category::{Categories, Category};

use crate::error::{Error, ErrorKind};
use crate::hash::{WordHash, WordMap};
use crate::tokenize::clitics::{analyses, readings, Readings};
use crate::tokenize::{Token, TokenKind};
use fst::raw::{CompiledAddr, Fst, Node, Output};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::LazyLock;

/// The longest phrase a dictionary match may span, in tokens.
pub const MAX_PHRASE_TOKENS: usize = 10;

/// A match of a phrase dictionary in a token sequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseMatch {
    /// Index of the first token.
    pub first: usize,
    /// Index of the last token (inclusive).
    pub last: usize,
    /// Bytes of proclitics at the start of the first token that are not
    /// part of the match.
    pub skip: usize,
    /// The first word was read as a fused `لل` (canonical form starts ال).
    pub restored_article: bool,
    /// The value stored for the phrase.
    pub value: u64,
}

impl PhraseMatch {
    /// Normalised byte span of the match.
    pub fn span(&self, tokens: &[Token]) -> (usize, usize) {
        (tokens[self.first].start + self.skip, tokens[self.last].end)
    }
}

/// A map from matching-folded phrases (words separated by one space) to
/// `u64` values, matched over tokens with clitic readings.
pub struct PhraseMap<D> {
    map: fst::Map<D>,
}

impl<D: AsRef<[u8]>> PhraseMap<D> {
    /// Wraps an FST map.
    pub fn new(map: fst::Map<D>) -> Self {
        PhraseMap { map }
    }

    /// The value stored for an exact key, if any.
    pub fn get(&self, key: &str) -> Option<u64> {
        self.map.get(key)
    }

    /// Number of keys.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether the map has no key.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The longest phrase that starts at token `i` (see the module docs).
    pub fn longest_at(&self, text: &str, tokens: &[Token], i: usize) -> Option<PhraseMatch> {
        let fst = self.map.as_fst();
        let first = tokens.get(i)?.text(text);
        self.longest_from(readings(first), text, tokens, i, |stem| {
            walk(fst, fst.root(), Output::zero(), stem.as_bytes())
        })
    }

    /// [`PhraseMap::longest_at`], given the readings of token `i`, with
    /// `start` giving the state a stem's walk from the root reaches
    /// (`None`: no key starts with it).
    fn longest_from<'f>(
        &'f self,
        first_readings: Readings,
        text: &str,
        tokens: &[Token],
        i: usize,
        mut start: impl FnMut(&str) -> Option<(Node<'f>, Output)>,
    ) -> Option<PhraseMatch> {
        let first = tokens.get(i)?;
        if first.kind != TokenKind::Word {
            return None;
        }
        let fst = self.map.as_fst();
        let mut best: Option<PhraseMatch> = None;
        for a in first_readings
            .into_iter()
            .map(|r| r.analysis(first.text(text)))
        {
            let Some((mut node, mut out)) = start(&a.stem) else {
                continue;
            };
            let mut consider = |last: usize, node: &Node, out: Output| {
                if node.is_final() {
                    let better = match best {
                        None => true,
                        Some(b) => last > b.last,
                    };
                    if better {
                        best = Some(PhraseMatch {
                            first: i,
                            last,
                            skip: a.skip,
                            restored_article: a.restored_article,
                            value: out.cat(node.final_output()).value(),
                        });
                    }
                }
            };
            consider(i, &node, out);
            for j in i + 1..tokens.len().min(i + MAX_PHRASE_TOKENS) {
                if crate::tokenize::acronym_dot(text, tokens, j)
                    || crate::tokenize::web_dot(text, tokens, j)
                {
                    continue;
                }
                let (prev, tok) = (&tokens[j - 1], &tokens[j]);
                // A name may go on with a number (`فرانس 24`), also glued
                // to its last word (`فرانس24`); it never starts with one.
                let goes_on = matches!(tok.kind, TokenKind::Word | TokenKind::Number);
                if !goes_on || !text[prev.end..tok.start].trim().is_empty() {
                    break;
                }
                let Some((n, o)) = walk(fst, node, out, b" ")
                    .and_then(|(n, o)| walk(fst, n, o, tok.text(text).as_bytes()))
                else {
                    break;
                };
                node = n;
                out = o;
                consider(j, &node, out);
            }
        }
        best
    }

    /// Every longest match, one per start token, in token order. Matches
    /// from different starts may overlap; resolution sorts that out.
    pub fn find_all(&self, text: &str, tokens: &[Token]) -> Vec<PhraseMatch> {
        (0..tokens.len())
            .filter_map(|i| self.longest_at(text, tokens, i))
            .collect()
    }
}

fn walk<'f, D: AsRef<[u8]>>(
    fst: &'f Fst<D>,
    mut node: Node<'f>,
    mut out: Output,
    bytes: &[u8],
) -> Option<(Node<'f>, Output)> {
    for &b in bytes {
        let t = node.transition(node.find_input(b)?);
        out = out.cat(t.out);
        node = fst.node(t.addr);
    }
    Some((node, out))
}

/// Per-document memo of gazetteer walks: for each distinct stem looked up
/// in one document, the FST state its walk from the root reached (`None`
/// when no key starts with it). Words recur throughout a document and are
/// looked up at every occurrence by the longest-hit scan and the rules;
/// the walk from the root is most of the cost of each lookup, and a hash
/// probe here replaces it. Only ever used with the embedded gazetteer.
#[derive(Default)]
pub struct StemMemo {
    states: RefCell<WordMap<Option<(CompiledAddr, u64)>>>,
}

/// The gazetteers compiled from `data/gazetteers/` by `build.rs`.
pub struct Gazetteer {
    phrases: PhraseMap<&'static [u8]>,
    links: Vec<&'static str>,
}

/// A gazetteer hit: the lists a phrase is in and its link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GazetteerHit {
    /// Where the phrase is.
    pub at: PhraseMatch,
    /// The lists it is in.
    pub categories: Categories,
    /// Its link (country of a demonym, full name of an alias, ISO code of
    /// a currency).
    pub link: Option<&'static str>,
}

static FST_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer.fst"));
static LINKS: &str = include_str!(concat!(env!("OUT_DIR"), "/gazetteer.links"));
const FORMAT: &str = "kashif-gazetteer 1";

static EMBEDDED: LazyLock<Result<Gazetteer, Error>> = LazyLock::new(|| {
    let mut lines = LINKS.split('\n');
    if lines.next() != Some(FORMAT) {
        return Err(Error::new(
            ErrorKind::BadData,
            "embedded gazetteer has an unknown format (stale build?)",
        ));
    }
    let map = fst::Map::new(FST_BYTES)
        .map_err(|e| Error::new(ErrorKind::BadData, format!("embedded gazetteer: {e}")))?;
    Ok(Gazetteer {
        phrases: PhraseMap::new(map),
        links: lines.collect(),
    })
});

impl Gazetteer {
    /// The gazetteers embedded in the crate, decoded once.
    pub fn embedded() -> Result<&'static Gazetteer, Error> {
        EMBEDDED.as_ref().map_err(Clone::clone)
    }

    fn hit(&self, at: PhraseMatch) -> GazetteerHit {
        let (categories, link) = category::unpack(at.value);
        GazetteerHit {
            at,
            categories,
            link: link.and_then(|i| self.links.get(i as usize).copied()),
        }
    }

    /// The lists a single phrase (any spelling; it is folded here) is in.
    pub fn lookup(&self, phrase: &str) -> Categories {
        self.lookup_key(&crate::normalize::arabic::key(phrase))
    }

    /// Like [`Gazetteer::lookup`] for a phrase already in the matching
    /// fold, such as a slice of [`crate::normalize::Normalized::text`]
    /// with single spaces between words. No allocation.
    pub fn lookup_key(&self, key: &str) -> Categories {
        self.phrases
            .get(key)
            .map_or(Categories::default(), |v| category::unpack(v).0)
    }

    /// Whether some phrase listed in `cat` opens with the words of `key`
    /// (in the matching fold) and goes on after them: `العربي` opens
    /// `العربي القطري`, a club. The walk visits only the keys that start
    /// with `key` and a space, and stops at the first one in `cat`.
    pub fn opens_listed(&self, key: &str, cat: Category) -> bool {
        use fst::{IntoStreamer, Streamer};
        // (`!` is the byte right after the space.)
        let (from, to) = (format!("{key} "), format!("{key}!"));
        let mut keys = self.phrases.map.range().ge(&from).lt(&to).into_stream();
        while let Some((_, v)) = keys.next() {
            if category::unpack(v).0.has(cat) {
                return true;
            }
        }
        false
    }

    /// The FST state after walking `stem` from the root, through `memo`.
    fn stem_state(&self, memo: &StemMemo, stem: &str) -> Option<(Node<'_>, Output)> {
        let fst = self.phrases.map.as_fst();
        let known = memo.states.borrow().get(stem).copied();
        let state = known.unwrap_or_else(|| {
            let state = walk(fst, fst.root(), Output::zero(), stem.as_bytes())
                .map(|(node, out)| (node.addr(), out.value()));
            memo.states.borrow_mut().insert(stem.to_string(), state);
            state
        });
        state.map(|(addr, out)| (fst.node(addr), Output::new(out)))
    }

    /// [`Gazetteer::lookup_key`] of a single word, through `memo`.
    pub fn lookup_stem(&self, memo: &StemMemo, stem: &str) -> Categories {
        self.stem_state(memo, stem)
            .map_or(Categories::default(), |(node, out)| {
                categories_at(&node, out)
            })
    }

    /// The lists of `first`, then of `first` followed by one, two … of the
    /// words of `rest` (joined by single spaces), into `out[0]`, `out[1]`
    /// …: what [`Gazetteer::lookup_key`] says of each phrase, in one walk
    /// that stops where no key goes on (the rest of `out` is left as it
    /// is). `first` goes through `memo`.
    pub fn lookup_prefixes(
        &self,
        memo: &StemMemo,
        first: &str,
        rest: &[&str],
        out: &mut [Categories],
    ) {
        let fst = self.phrases.map.as_fst();
        let Some((mut node, mut acc)) = self.stem_state(memo, first) else {
            return;
        };
        for (k, slot) in out.iter_mut().enumerate() {
            if k > 0 {
                let Some((n, o)) = rest.get(k - 1).and_then(|w| {
                    walk(fst, node, acc, b" ").and_then(|(n, o)| walk(fst, n, o, w.as_bytes()))
                }) else {
                    return;
                };
                node = n;
                acc = o;
            }
            *slot = categories_at(&node, acc);
        }
    }

    /// The link stored for a phrase, if any.
    pub fn link_of(&self, phrase: &str) -> Option<&'static str> {
        let key = crate::normalize::arabic::key(phrase);
        let (_, link) = category::unpack(self.phrases.get(&key)?);
        self.links.get(link? as usize).copied()
    }

    /// The link stored for a phrase, if any, where the phrase is listed in
    /// one of `cats` (`السوداني` is a surname and a nationality, and its
    /// link, `السودان`, is the nationality's).
    pub fn link_in(&self, phrase: &str, cats: &[Category]) -> Option<&'static str> {
        let key = crate::normalize::arabic::key(phrase);
        let (found, link) = category::unpack(self.phrases.get(&key)?);
        if !found.any(cats) {
            return None;
        }
        self.links.get(link? as usize).copied()
    }

    /// The longest hit starting at token `i`.
    pub fn longest_at(&self, text: &str, tokens: &[Token], i: usize) -> Option<GazetteerHit> {
        self.phrases
            .longest_at(text, tokens, i)
            .map(|m| self.hit(m))
    }

    /// [`Gazetteer::longest_at`], the first word's stems walked through
    /// `memo`.
    /// `first_readings` are the readings of token `i`.
    pub fn longest_at_in(
        &self,
        memo: &StemMemo,
        first_readings: Readings,
        text: &str,
        tokens: &[Token],
        i: usize,
    ) -> Option<GazetteerHit> {
        self.phrases
            .longest_from(first_readings, text, tokens, i, |stem| {
                self.stem_state(memo, stem)
            })
            .map(|m| self.hit(m))
    }

    /// Per-token gazetteer features for the tagger: the lists the word
    /// itself is in (best clitic reading), and the lists of a multi-word
    /// phrase covering it, with whether it begins that phrase (all but
    /// [`Category::Media`], which only the rules read). `hits` is the
    /// longest hit at each token, as [`crate::recognize::Doc::gazetteer_hits`]
    /// computes it once per document.
    pub fn token_features(
        &self,
        text: &str,
        tokens: &[Token],
        hits: &[Option<GazetteerHit>],
    ) -> Vec<TokenGazetteer> {
        let mut feats = vec![TokenGazetteer::default(); tokens.len()];
        // A word's own lists depend on the word alone, and words recur:
        // each distinct word is looked up once.
        let mut own: HashMap<&str, (Categories, bool), WordHash> = HashMap::default();
        for (i, tok) in tokens.iter().enumerate() {
            if tok.kind != TokenKind::Word {
                continue;
            }
            let word = tok.text(text);
            let (cats, stripped) = *own.entry(word).or_insert_with(|| {
                analyses(word)
                    .into_iter()
                    .find_map(|a| {
                        let v = self.phrases.get(&a.stem)?;
                        Some((category::unpack(v).0, a.skip > 0 || a.restored_article))
                    })
                    .unwrap_or_default()
            });
            feats[i].own = for_tagger(cats);
            feats[i].own_stripped = stripped && !feats[i].own.is_empty();
            if let Some(h) = hits.get(i).copied().flatten() {
                if h.at.last > h.at.first {
                    for (k, f) in feats[h.at.first..=h.at.last].iter_mut().enumerate() {
                        f.phrase = Categories(f.phrase.0 | for_tagger(h.categories).0);
                        f.phrase_begin |= k == 0;
                    }
                }
            }
        }
        feats
    }
}

/// The lists of the phrase ending at `node` (reached with output `out`);
/// none when it is not a key.
fn categories_at(node: &Node<'_>, out: Output) -> Categories {
    if node.is_final() {
        category::unpack(out.cat(node.final_output()).value()).0
    } else {
        Categories::default()
    }
}

/// The lists the tagger's features read: all but [`Category::Media`], a
/// subset of the organisations that only the rules read (the model was
/// trained before it, and its features hash the whole set).
fn for_tagger(cats: Categories) -> Categories {
    Categories(cats.0 & !Category::Media.bit())
}

/// Gazetteer features of one token (see [`Gazetteer::token_features`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TokenGazetteer {
    /// Lists the word itself is in.
    pub own: Categories,
    /// `own` was found only after stripping proclitics.
    pub own_stripped: bool,
    /// Lists of a multi-word phrase that covers the token.
    pub phrase: Categories,
    /// The token begins such a phrase.
    pub phrase_begin: bool,
    /// What the phrase rules found over the token
    /// ([`crate::tagger::features::add_rule_hints`]); filled in by the tagger's
    /// caller, 0 when none.
    pub rules: u8,
}

impl TokenGazetteer {
    /// Whether no list has the token, alone or inside a phrase.
    pub fn on_no_list(&self) -> bool {
        self.own.is_empty() && self.phrase.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::Normalized;
    use crate::tokenize::tokenize;

    fn map(keys: &[(&str, u64)]) -> PhraseMap<Vec<u8>> {
        let mut v: Vec<(String, u64)> = keys
            .iter()
            .map(|(k, x)| (crate::normalize::arabic::key(k), *x))
            .collect();
        v.sort();
        PhraseMap::new(fst::Map::from_iter(v).unwrap())
    }

    fn matched(m: &PhraseMap<Vec<u8>>, original: &str) -> Vec<(String, u64)> {
        let n = Normalized::new(original);
        let toks = tokenize(&n.text);
        m.find_all(&n.text, &toks)
            .into_iter()
            .map(|x| {
                let (s, e) = x.span(&toks);
                (n.text[s..e].to_string(), x.value)
            })
            .collect()
    }

    #[test]
    fn clitics_are_stripped_only_when_the_stem_is_known() {
        let m = map(&[
            ("تركيا", 1),
            ("السعودية", 2),
            ("وهران", 3),
            ("هران", 9),
            ("لبنان", 4),
        ]);
        assert_eq!(
            matched(&m, "زار وتركيا، والسعودية ووهران ولبنان"),
            [
                ("تركيا".into(), 1),
                ("السعوديه".into(), 2),
                ("وهران".into(), 3),
                ("لبنان".into(), 4)
            ]
        );
    }

    #[test]
    fn longest_phrase_wins() {
        let m = map(&[
            ("الأمم", 1),
            ("الأمم المتحدة", 2),
            ("المديرية العامة لمراقبة التراب الوطني", 3),
        ]);
        let got = matched(
            &m,
            "أكدت للأمم المتحدة والمديرية العامة لمراقبة التراب الوطني",
        );
        assert_eq!(got[0], ("للامم المتحده".into(), 2));
        assert_eq!(got[1], ("المديريه العامه لمراقبه التراب الوطني".into(), 3));
    }

    #[test]
    fn acronym_dots_do_not_cut_a_phrase() {
        let m = map(&[("بي بي سي", 1), ("ا ف ب", 2)]);
        let got = matched(&m, "بثت بي. بي. سي عن أ.ف.ب الخبر. بي. سي");
        assert_eq!(got, [("بي. بي. سي".into(), 1), ("ا.ف.ب".into(), 2)]);
    }

    #[test]
    fn embedded_gazetteer_loads() {
        let g = Gazetteer::embedded().unwrap();
        assert!(!g.phrases.is_empty());
    }

    #[test]
    fn a_phrase_opens_the_listed_phrases_that_go_on_after_it() {
        let g = Gazetteer::embedded().unwrap();
        // `العربي القطري` is a listed club; `العربي` alone is not.
        assert!(!g.lookup("العربي").has(Category::Club));
        assert!(g.opens_listed("العربي", Category::Club));
        assert!(!g.opens_listed("العربي", Category::Fac));
        // Whole words only: `كايزر` opens `كايزر تشيفز`, `كايز` nothing.
        assert!(g.opens_listed("كايزر", Category::Club));
        assert!(!g.opens_listed("كايز", Category::Club));
    }

    /// The media list marks organisations: every medium is an
    /// organisation too, so that reading it as one (`Category::Org`) and
    /// leaving it out of the tagger's features change nothing else.
    #[test]
    fn every_medium_is_an_organisation() {
        let gaz = Gazetteer::embedded().expect("embedded gazetteer");
        let list = include_str!("../../data/gazetteers/media.tsv");
        let mut n = 0;
        for line in list
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            let key = crate::normalize::arabic::key(line.split('\t').next().unwrap_or(""));
            let cats = gaz.lookup_key(&key);
            assert!(
                cats.has(Category::Media) && cats.has(Category::Org),
                "{line}"
            );
            n += 1;
        }
        assert!(n > 100, "{n} media");
    }
}
