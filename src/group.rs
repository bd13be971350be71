//! Mention grouping: which entities of one text are the same real-world
//! entity.
//!
//! A reporter wants "who and what is this article about", not a list of
//! strings. After resolution, every entity gets a `group` id shared by its
//! other mentions, and [`summarize`] turns the groups into a list with a
//! display name (the fullest mention), a mention count and the variants.
//!
//! The rules, in order:
//!
//! 1. **Same entity class** only: people with people, organisations with
//!    organisations, places (GPE, LOC, FAC) with places, and each other
//!    kind with itself.
//! 2. **Aliases**: a form the gazetteers link to a full form groups with
//!    it (`المملكة المغربية` and `المغرب`, `المنظمة الأممية` and
//!    `الأمم المتحدة`).
//! 3. **People by parts**: a person's shorter mention joins a fuller one
//!    that contains its words in order (`حموشي` joins
//!    `عبد اللطيف حموشي`, `بايدن` joins `جو بايدن`). When several fuller
//!    names fit, the nearest one before the mention wins (then after).
//! 4. Otherwise, mentions with the same matching key (diacritics, alef
//!    forms and proclitics aside) group together.
//!
//! Ids are numbered by first mention, from 0.

use crate::gazetteer::{Category, Gazetteer};
use crate::normalize::arabic;
use crate::span::{Entity, Kind};
use serde::Serialize;
use std::collections::HashMap;

/// One group of mentions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    /// The id entities carry in `group`.
    pub id: u32,
    /// Display name: the longest canonical form among the mentions.
    pub name: String,
    /// The kind of the group's first mention.
    #[serde(rename = "type")]
    pub kind: Kind,
    /// How many mentions (entities) the group has.
    pub mentions: usize,
    /// Distinct canonical forms, in order of first appearance.
    pub variants: Vec<String>,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Class {
    Person,
    Org,
    Place,
    Other(Kind),
}

fn class(kind: Kind) -> Class {
    match kind {
        Kind::Pers => Class::Person,
        Kind::Org => Class::Org,
        Kind::Gpe | Kind::Loc | Kind::Fac => Class::Place,
        k => Class::Other(k),
    }
}

/// Assigns `group` ids to `entities` (one text's entities, in order).
pub fn assign(entities: &mut [Entity], gazetteer: Option<&Gazetteer>) {
    let n = entities.len();
    let keys: Vec<String> = entities
        .iter()
        .map(|e| {
            let link = match e.kind {
                Kind::Norp | Kind::Curr => None,
                // A person's alias (`أبو مازن`), not the link of a
                // nationality spelt like a surname (`السوداني`).
                Kind::Pers => e.link.clone().or_else(|| {
                    gazetteer
                        .and_then(|g| g.link_in(&e.canonical, &[Category::Person]))
                        .map(str::to_string)
                }),
                _ => e.link.clone().or_else(|| {
                    gazetteer
                        .and_then(|g| g.link_of(&e.canonical))
                        .map(str::to_string)
                }),
            };
            arabic::key(link.as_deref().unwrap_or(&e.canonical))
        })
        .collect();
    // Union by (class, key) first.
    let mut raw: Vec<usize> = (0..n).collect();
    let mut by_key: HashMap<(Class, &str), usize> = HashMap::new();
    for i in 0..n {
        let first = *by_key
            .entry((class(entities[i].kind), &keys[i]))
            .or_insert(i);
        raw[i] = first;
    }
    // People by parts: a shorter name joins a fuller one containing it.
    let words: Vec<Vec<&str>> = keys.iter().map(|k| k.split(' ').collect()).collect();
    // The people names of more than one word that contain each word, in
    // order (so a long text's people are not compared pairwise).
    let mut containing: HashMap<&str, Vec<usize>> = HashMap::new();
    for (j, w) in words.iter().enumerate() {
        if entities[j].kind == Kind::Pers && w.len() > 1 {
            for &part in w {
                let js = containing.entry(part).or_default();
                if js.last() != Some(&j) {
                    js.push(j);
                }
            }
        }
    }
    for i in 0..n {
        if entities[i].kind != Kind::Pers || raw[i] != i {
            continue;
        }
        let Some(js) = words[i].first().and_then(|w| containing.get(w)) else {
            continue;
        };
        let mut best: Option<(bool, usize, usize)> = None; // (after?, distance, j)
        for &j in js {
            let fuller = words[j].len() > words[i].len() && contains_run(&words[j], &words[i]);
            if !fuller {
                continue;
            }
            let after = j > i;
            let cand = (after, i.abs_diff(j), j);
            if best.is_none_or(|b| cand < b) {
                best = Some(cand);
            }
        }
        if let Some((_, _, j)) = best {
            raw[i] = j;
        }
    }
    // Follow chains to the root, then number roots by first mention.
    let root = |mut i: usize| {
        while raw[i] != i {
            i = raw[i];
        }
        i
    };
    let mut ids: HashMap<usize, u32> = HashMap::new();
    for (i, e) in entities.iter_mut().enumerate() {
        let next = ids.len() as u32;
        e.group = *ids.entry(root(i)).or_insert(next);
    }
}

fn contains_run(hay: &[&str], needle: &[&str]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// The groups of entities that went through [`assign`], by id.
pub fn summarize(entities: &[Entity]) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    let mut index: HashMap<u32, usize> = HashMap::new();
    for e in entities {
        let i = *index.entry(e.group).or_insert_with(|| {
            groups.push(Group {
                id: e.group,
                name: String::new(),
                kind: e.kind,
                mentions: 0,
                variants: Vec::new(),
            });
            groups.len() - 1
        });
        let g = &mut groups[i];
        g.mentions += 1;
        if !g.variants.contains(&e.canonical) {
            g.variants.push(e.canonical.clone());
        }
        if e.canonical.chars().count() > g.name.chars().count() {
            g.name = e.canonical.clone();
        }
    }
    groups.sort_by_key(|g| g.id);
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Source;

    fn ent(canonical: &str, kind: Kind, link: Option<&str>) -> Entity {
        Entity {
            start: 0,
            end: 0,
            text: canonical.into(),
            kind,
            canonical: canonical.into(),
            value: None,
            source: Source::Pattern,
            score: 1.0,
            depth: 0,
            group: 0,
            link: link.map(String::from),
        }
    }

    #[test]
    fn a_surname_spelt_like_a_nationality_joins_the_full_name() {
        // `السوداني` is listed as a nationality too, linked to `السودان`:
        // as a person's mention that link is not its key.
        let g = Gazetteer::embedded().expect("embedded gazetteer");
        let mut es = vec![
            ent("محمد شياع السوداني", Kind::Pers, None),
            ent("السوداني", Kind::Pers, None),
            ent("السوداني", Kind::Norp, None),
        ];
        assign(&mut es, Some(g));
        assert_eq!(es[0].group, es[1].group);
        assert_ne!(es[1].group, es[2].group);
    }

    fn groups_of(mut es: Vec<Entity>) -> Vec<u32> {
        assign(&mut es, None);
        es.iter().map(|e| e.group).collect()
    }

    #[test]
    fn surname_joins_full_name() {
        let es = vec![
            ent("عبد اللطيف حموشي", Kind::Pers, None),
            ent("فيينا", Kind::Gpe, None),
            ent("حموشي", Kind::Pers, None),
            ent("بايدن", Kind::Pers, None),
            ent("جو بايدن", Kind::Pers, None),
        ];
        assert_eq!(groups_of(es), [0, 1, 0, 2, 2]);
    }

    #[test]
    fn nearest_fuller_name_before_wins() {
        let es = vec![
            ent("محمد بن سلمان", Kind::Pers, None),
            ent("محمد السادس", Kind::Pers, None),
            ent("محمد", Kind::Pers, None),
        ];
        assert_eq!(groups_of(es), [0, 1, 1]);
    }

    #[test]
    fn aliases_and_classes() {
        let es = vec![
            ent("المملكة المغربية", Kind::Gpe, Some("المغرب")),
            ent("المغرب", Kind::Gpe, None),
            ent("الأمم المتحدة", Kind::Org, None),
            ent("المنظمة الأممية", Kind::Org, Some("الأمم المتحدة")),
            ent("الامم المتحده", Kind::Org, None),
            ent("المغرب", Kind::Pers, None),
        ];
        assert_eq!(groups_of(es.clone()), [0, 0, 1, 1, 1, 2]);
        let mut es = es;
        assign(&mut es, None);
        let s = summarize(&es);
        assert_eq!(s[0].name, "المملكة المغربية");
        assert_eq!(s[0].mentions, 2);
        assert_eq!(s[1].variants.len(), 3);
    }

    #[test]
    fn demonyms_do_not_merge_with_their_country() {
        let es = vec![
            ent("النمساوية", Kind::Norp, Some("النمسا")),
            ent("النمسا", Kind::Gpe, None),
        ];
        assert_eq!(groups_of(es), [0, 1]);
    }
}
