//! Overlap resolution: from many overlapping candidates to entities that
//! do not overlap (and, on request, the ones nested inside them).
//!
//! # Priorities
//!
//! Before ranking, the tagger has had its say on whether there is a name
//! at all: list and rule names of the kinds it labels that it saw no name
//! in are already gone ([`tagger_has_last_word`]).
//!
//! Candidates are ranked, and taken greedily in rank order; a candidate
//! that overlaps one already taken is set aside. The rank compares, in
//! order:
//!
//! 1. **The user's lexicon first**: a term the user added always wins.
//! 2. **The tagger's names, the rules' facilities, events and titles, and
//!    every non-name pattern** (dates, amounts, numbers, digital kinds)
//!    before the lists' and rules' names: the statistical tagger reads
//!    context and decides better than a list where a name starts and ends
//!    (with this tier the full pipeline scores 0.704 micro F1 on the
//!    ANERcorp dev split, against 0.666 when the longest span simply wins);
//!    facilities, events and titles are phrases the tagger never proposes,
//!    and they keep the names inside them (`مركز فيينا الدولي` over
//!    `فيينا`); and a name the tagger guesses must not cut into an
//!    amount or a date (`3 ملايين درهم` over a `درهم` tagged MISC), nor
//!    into a public figure's full name from the curated list.
//! 3. **A phrase the convention keeps whole** ([`Candidate::whole`]: in
//!    Kashif's, an organisation opened by a head noun, read by the rules'
//!    construct grammar) over the tagger's guess at the same place, which
//!    may run past the name (`الحكومة الفلسطينية` and not
//!    `الحكومة الفلسطينية المانحين`).
//!    A rule's title around such a phrase is kept
//!    whole too, so the title stands with the organisation nested in it
//!    (`الأمين العام لجامعة الدول العربية`).
//! 4. **The longer span**: `المديرية العامة للأمن الوطني` beats the `الأمن`
//!    inside it, `يومي 6 و7 ماي` beats `7`.
//! 5. **The best source for the kind**: for names (PERS, ORG, GPE, LOC,
//!    FAC, EVENT, NORP, MISC) the tagger, then gazetteers, then rules; for
//!    everything else (dates, amounts, digital kinds, titles) rules, then
//!    gazetteers, then the tagger.
//! 6. **The higher score**, then **the earlier start**.
//!
//! With nesting on, a candidate set aside is returned at depth 1 when it
//! lies strictly inside a top-level name or title of another kind and is
//! itself a name or a title (the parts of numbers, amounts, dates and
//! phones are not repeated), and does not overlap another nested one; and
//! so on one level down, to depth [`MAX_DEPTH`]: the organisation a title
//! names is at depth 1, the nationality adjective inside it at depth 2
//! (`رئيس البنك المركزي التونسي`).
//!
//! ```
//! use kashif::resolve::{resolve, Resolution};
//! use kashif::recognize::Candidate;
//! use kashif::{Kind, Source};
//!
//! let c = |s, e, k| Candidate::new(s, e, k, Source::Pattern, 0.9);
//! let found = vec![c(0, 10, Kind::Org), c(4, 8, Kind::Gpe), c(12, 15, Kind::Date)];
//! let flat = resolve(found.clone(), false);
//! assert_eq!(flat.iter().map(|r| r.candidate.kind).collect::<Vec<_>>(), [Kind::Org, Kind::Date]);
//! // With nesting, the GPE inside the ORG comes back at depth 1.
//! let nested = resolve(found, true);
//! assert_eq!(nested.iter().map(|r| (r.candidate.kind, r.depth)).collect::<Vec<_>>(),
//!            [(Kind::Org, 0), (Kind::Gpe, 1), (Kind::Date, 0)]);
//! ```

use crate::recognize::Candidate;
use crate::span::{Kind, Source};
use std::cmp::{Ordering, Reverse};
use std::collections::BTreeMap;

/// The deepest nesting level returned (a title, the organisation it
/// names, the nationality inside that, a place inside the nationality's
/// phrase).
pub const MAX_DEPTH: u8 = 3;

/// A candidate that survived resolution, with its nesting depth.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolution {
    /// The winning candidate.
    pub candidate: Candidate,
    /// 0 at top level, 1 inside a top-level entity.
    pub depth: u8,
}

pub(crate) fn is_name_kind(k: Kind) -> bool {
    matches!(
        k,
        Kind::Pers
            | Kind::Org
            | Kind::Gpe
            | Kind::Loc
            | Kind::Fac
            | Kind::Event
            | Kind::Norp
            | Kind::Misc
    )
}

/// Rank of a source for a kind: higher is better (priority 4 above).
pub fn source_rank(kind: Kind, source: Source) -> u8 {
    match (source, is_name_kind(kind)) {
        (Source::User, _) => 9,
        (Source::Model, true) => 3,
        (Source::Gazetteer, _) => 2,
        (Source::Pattern, true) => 1,
        (Source::Pattern, false) => 3,
        (Source::Model, false) => 0,
    }
}

/// Whether a candidate is in the first tier: the tagger's names, the
/// rules' facility, event and title phrases (which the tagger never
/// proposes and which contain names), the phrases the document's
/// convention keeps whole ([`Candidate::whole`]: Kashif's organisations
/// opened by a head noun), and every pattern of a kind that is
/// not a name (dates, amounts, numbers, digital kinds), which the tagger
/// must not cut into.
fn first_tier(c: &Candidate) -> bool {
    if c.whole {
        return true;
    }
    match c.source {
        Source::Model => is_name_kind(c.kind),
        Source::Pattern => {
            !is_name_kind(c.kind) || matches!(c.kind, Kind::Fac | Kind::Event | Kind::Loc)
        }
        // A public figure's full name from the curated list is never cut
        // short by the tagger (عبد المجيد تبون over عبد المجيد).
        Source::Gazetteer => c.kind == Kind::Pers,
        _ => false,
    }
}

/// Whether the tagger decides if `c` is a name at all: a list or rule
/// candidate of a kind the tagger labels (PERS, ORG, GPE, LOC, MISC) is
/// dropped by the tagger ([`crate::recognize::model`]) where it saw no
/// name, except a public figure's full name from the curated list (and a
/// country from the lists, phrases kept whole and a listed given name after
/// a title, which the tagger's recogniser keeps: [`Candidate::whole`],
/// [`Candidate::titled`]). On the
/// ANERcorp dev split such candidates were right a fifth of the time
/// (`مجلس الإدارة`, `جماهير` as a person); dropping them took the full
/// pipeline from 0.704 to 0.717 micro F1. Events and facilities stay: the
/// tagger does not label them as such.
pub fn tagger_has_last_word(c: &Candidate) -> bool {
    let kind = matches!(
        c.kind,
        Kind::Pers | Kind::Org | Kind::Gpe | Kind::Loc | Kind::Misc
    );
    match c.source {
        Source::Pattern => kind,
        Source::Gazetteer => kind && c.kind != Kind::Pers,
        _ => false,
    }
}

/// A rule's title that contains a phrase kept whole is kept whole itself:
/// `الأمين العام لجامعة الدول العربية` and not the league alone, which is
/// then nested in it, as titles keep the other names inside them
/// (`وزير خارجية اسرائيل`).
fn titles_keep_their_names(candidates: &mut [Candidate]) {
    let mut wholes: Vec<(usize, usize)> = candidates
        .iter()
        .filter(|c| c.whole)
        .map(|c| (c.start, c.end))
        .collect();
    wholes.sort_unstable();
    for c in candidates
        .iter_mut()
        .filter(|c| c.kind == Kind::Occ && c.source == Source::Pattern && !c.whole)
    {
        let from = wholes.partition_point(|&(s, _)| s < c.start);
        c.whole = wholes[from..]
            .iter()
            .take_while(|&&(s, _)| s < c.end)
            .any(|&(s, e)| e <= c.end && (s, e) != (c.start, c.end));
    }
}

fn rank(a: &Candidate, b: &Candidate) -> Ordering {
    let key = |c: &Candidate| {
        (
            Reverse(c.source == Source::User),
            Reverse(first_tier(c)),
            Reverse(c.whole),
            Reverse(c.len()),
            Reverse(source_rank(c.kind, c.source)),
        )
    };
    key(a)
        .cmp(&key(b))
        .then_with(|| b.score.total_cmp(&a.score))
        .then_with(|| a.start.cmp(&b.start))
        .then_with(|| a.kind.cmp(&b.kind))
}

/// Non-overlapping intervals with their kinds, kept sorted by start.
#[derive(Default)]
struct Taken(BTreeMap<usize, (usize, Kind)>);

impl Taken {
    fn overlaps(&self, s: usize, e: usize) -> bool {
        if let Some((_, &(pe, _))) = self.0.range(..e).next_back() {
            if pe > s {
                return true;
            }
        }
        false
    }

    fn insert(&mut self, c: &Candidate) {
        self.0.insert(c.start, (c.end, c.kind));
    }

    /// The kind of the interval that strictly contains `c`, if any.
    fn container(&self, c: &Candidate) -> Option<Kind> {
        let (&s, &(e, kind)) = self.0.range(..=c.start).next_back()?;
        (s <= c.start && c.end <= e && (s, e) != (c.start, c.end)).then_some(kind)
    }
}

/// Whether a candidate of kind `inner` is worth returning nested inside an
/// entity of kind `outer`: names and titles inside another name or title
/// are (`فيينا` in `مركز فيينا الدولي`, `الأمم المتحدة` in a title); the
/// parts of a number, amount, date or phone, and a name inside a name of
/// the same kind, are not, except the currency an amount names (`دولار`
/// in `5 ملايين دولار`).
fn worth_nesting(inner: Kind, outer: Kind) -> bool {
    let named = |k: Kind| is_name_kind(k) || k == Kind::Occ;
    inner != outer && named(inner) && named(outer) || (inner == Kind::Curr && outer == Kind::Money)
}

/// Resolves overlaps (see the module docs). The result is sorted by start,
/// outer entities before the ones nested in them. Empty candidates are
/// dropped.
pub fn resolve(mut candidates: Vec<Candidate>, nested: bool) -> Vec<Resolution> {
    candidates.retain(|c| !c.is_empty());
    titles_keep_their_names(&mut candidates);
    candidates.sort_by(rank);
    let mut top = Taken::default();
    let mut out: Vec<Resolution> = Vec::new();
    let mut rest = Vec::new();
    for c in candidates {
        if top.overlaps(c.start, c.end) {
            rest.push(c);
        } else {
            top.insert(&c);
            out.push(Resolution {
                candidate: c,
                depth: 0,
            });
        }
    }
    if nested {
        // Level by level: what lies inside a depth-1 entity may nest at
        // depth 2 (the nationality in the organisation a title names).
        let mut outer = top;
        for depth in 1..=MAX_DEPTH {
            let mut inner = Taken::default();
            let mut left = Vec::new();
            for c in rest {
                let wanted = outer
                    .container(&c)
                    .is_some_and(|k| worth_nesting(c.kind, k));
                if wanted && !inner.overlaps(c.start, c.end) {
                    inner.insert(&c);
                    out.push(Resolution {
                        candidate: c,
                        depth,
                    });
                } else {
                    left.push(c);
                }
            }
            if inner.0.is_empty() {
                break;
            }
            outer = inner;
            rest = left;
        }
    }
    out.sort_by_key(|r| (r.candidate.start, r.depth, Reverse(r.candidate.end)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: usize, e: usize, k: Kind, src: Source) -> Candidate {
        Candidate::new(s, e, k, src, 0.5)
    }

    #[test]
    fn a_title_keeps_the_whole_organisation_inside_it() {
        let mut org = c(5, 30, Kind::Org, Source::Pattern);
        org.whole = true;
        let title = c(0, 30, Kind::Occ, Source::Pattern);
        let got = |r: Vec<Resolution>| -> Vec<_> {
            r.iter().map(|x| (x.candidate.kind, x.depth)).collect()
        };
        let r = resolve(vec![org.clone(), title.clone()], true);
        assert_eq!(got(r), [(Kind::Occ, 0), (Kind::Org, 1)]);
        // A title that only overlaps the organisation does not outrank it.
        let r = resolve(vec![org, c(0, 10, Kind::Occ, Source::Pattern)], true);
        assert_eq!(got(r), [(Kind::Org, 0)]);
    }

    #[test]
    fn nesting_goes_one_level_down_at_a_time() {
        // A title ⊃ the organisation it names ⊃ a nationality adjective.
        let title = c(0, 30, Kind::Occ, Source::Pattern);
        let org = c(5, 30, Kind::Org, Source::Pattern);
        let norp = c(22, 30, Kind::Norp, Source::Gazetteer);
        let got = |r: Vec<Resolution>| -> Vec<_> {
            r.iter().map(|x| (x.candidate.kind, x.depth)).collect()
        };
        let r = resolve(vec![norp.clone(), org.clone(), title.clone()], true);
        assert_eq!(got(r), [(Kind::Occ, 0), (Kind::Org, 1), (Kind::Norp, 2)]);
        // Without nesting, the title alone.
        let r = resolve(vec![norp.clone(), org, title.clone()], false);
        assert_eq!(got(r), [(Kind::Occ, 0)]);
        // A candidate that crosses the depth-1 one is not nested under it.
        let crossing = c(3, 8, Kind::Gpe, Source::Gazetteer);
        let r = resolve(
            vec![c(5, 20, Kind::Org, Source::Pattern), crossing, title],
            true,
        );
        assert_eq!(got(r), [(Kind::Occ, 0), (Kind::Org, 1)]);
    }

    #[test]
    fn user_beats_longer() {
        let r = resolve(
            vec![
                c(0, 20, Kind::Org, Source::Model),
                c(5, 9, Kind::Pers, Source::User),
            ],
            false,
        );
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].candidate.source, Source::User);
    }

    #[test]
    fn tagger_names_come_first_but_not_over_facilities() {
        // A shorter tagger name beats a longer list match...
        let r = resolve(
            vec![
                c(0, 20, Kind::Loc, Source::Gazetteer),
                c(6, 20, Kind::Gpe, Source::Model),
            ],
            false,
        );
        assert_eq!((r[0].candidate.source, r.len()), (Source::Model, 1));
        // ...but a rule's facility keeps the place inside it.
        let r = resolve(
            vec![
                c(0, 30, Kind::Fac, Source::Pattern),
                c(6, 12, Kind::Gpe, Source::Model),
            ],
            true,
        );
        let got: Vec<_> = r.iter().map(|x| (x.candidate.kind, x.depth)).collect();
        assert_eq!(got, [(Kind::Fac, 0), (Kind::Gpe, 1)]);
    }

    #[test]
    fn a_listed_full_name_is_not_cut_short_by_the_tagger() {
        let r = resolve(
            vec![
                c(0, 20, Kind::Pers, Source::Gazetteer),
                c(0, 12, Kind::Pers, Source::Model),
            ],
            false,
        );
        assert_eq!((r[0].candidate.source, r.len()), (Source::Gazetteer, 1));
    }

    #[test]
    fn model_beats_gazetteer_on_names_rules_win_on_dates() {
        let r = resolve(
            vec![
                c(0, 4, Kind::Gpe, Source::Gazetteer),
                c(0, 4, Kind::Pers, Source::Model),
            ],
            false,
        );
        assert_eq!(r[0].candidate.kind, Kind::Pers);
        let r = resolve(
            vec![
                c(0, 4, Kind::Date, Source::Pattern),
                c(0, 4, Kind::Date, Source::Model),
            ],
            false,
        );
        assert_eq!(r[0].candidate.source, Source::Pattern);
    }

    #[test]
    fn touching_spans_both_survive() {
        let r = resolve(
            vec![
                c(0, 4, Kind::Occ, Source::Pattern),
                c(4, 8, Kind::Pers, Source::Model),
            ],
            false,
        );
        assert_eq!(r.len(), 2);
    }

    #[test]
    fn numbers_and_same_kind_are_not_nested() {
        let r = resolve(
            vec![
                c(0, 20, Kind::Phone, Source::Pattern),
                c(1, 4, Kind::Cardinal, Source::Pattern),
                c(30, 50, Kind::Pers, Source::Pattern),
                c(30, 40, Kind::Pers, Source::Gazetteer),
                c(60, 80, Kind::Occ, Source::Pattern),
                c(70, 80, Kind::Org, Source::Gazetteer),
            ],
            true,
        );
        let kinds: Vec<_> = r.iter().map(|x| (x.candidate.kind, x.depth)).collect();
        assert_eq!(
            kinds,
            [
                (Kind::Phone, 0),
                (Kind::Pers, 0),
                (Kind::Occ, 0),
                (Kind::Org, 1)
            ]
        );
    }

    #[test]
    fn nested_needs_strict_containment() {
        let r = resolve(
            vec![
                c(0, 10, Kind::Fac, Source::Pattern),
                c(0, 10, Kind::Org, Source::Pattern),
                c(5, 12, Kind::Gpe, Source::Pattern),
            ],
            true,
        );
        assert_eq!(r.len(), 1);
    }
}
