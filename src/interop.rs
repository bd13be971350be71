//! What crosses a boundary: entities as plain records with offsets in the
//! unit the other side indexes strings by.
//!
//! Rust slices strings by bytes, Python by code points, JavaScript by
//! UTF-16 code units. The core reports bytes; the CLI and the Python
//! package convert to code points and the WASM face to UTF-16, all through
//! [`records`], so the faces differ in nothing but the unit.
//!
//! ```
//! use kashif::interop::{convert, Unit};
//! let text = "😀 فاس";
//! let start = text.find('ف').unwrap();
//! let spans = convert(text, &[(start, text.len())], Unit::Utf16);
//! assert_eq!(spans, [(3, 6)]); // the emoji is two UTF-16 units, then a space
//! let spans = convert(text, &[(start, text.len())], Unit::CodePoints);
//! assert_eq!(spans, [(2, 5)]);
//! ```

use crate::span::{Entity, Kind, Source, Value};
use serde::Serialize;

/// A unit for string offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// UTF-8 bytes (Rust).
    Bytes,
    /// Unicode scalar values (Python, the CLI's JSON).
    CodePoints,
    /// UTF-16 code units (JavaScript, the WASM API).
    Utf16,
}

/// Converts byte spans of `text` to spans in `unit`. Every byte offset must
/// be a char boundary of `text` (entities' offsets always are); an offset
/// that is not is rounded down to one.
pub fn convert(text: &str, spans: &[(usize, usize)], unit: Unit) -> Vec<(usize, usize)> {
    if unit == Unit::Bytes {
        return spans.to_vec();
    }
    let mut wanted: Vec<usize> = spans.iter().flat_map(|&(s, e)| [s, e]).collect();
    wanted.sort_unstable();
    wanted.dedup();
    let mut table = Vec::with_capacity(wanted.len());
    let (mut byte, mut units) = (0usize, 0usize);
    let mut chars = text.chars();
    for &w in &wanted {
        while byte < w.min(text.len()) {
            let Some(c) = chars.next() else { break };
            let next = byte + c.len_utf8();
            if next > w {
                // Not a boundary: round down (stay before this char).
                chars = text[byte..].chars();
                break;
            }
            byte = next;
            units += match unit {
                Unit::Utf16 => c.len_utf16(),
                _ => 1,
            };
        }
        table.push((w, units));
    }
    let look = |b: usize| {
        table
            .binary_search_by_key(&b, |&(w, _)| w)
            .map_or(0, |i| table[i].1)
    };
    spans.iter().map(|&(s, e)| (look(s), look(e))).collect()
}

/// An entity as the CLI and the JS API show it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Record {
    /// Start offset, in the unit asked for.
    pub start: usize,
    /// End offset (exclusive), in the unit asked for.
    pub end: usize,
    /// The exact text.
    pub text: String,
    /// The kind code, e.g. `"PERS"`.
    #[serde(rename = "type")]
    pub kind: Kind,
    /// The display form.
    pub canonical: String,
    /// The typed value, or `null`.
    pub value: Option<Value>,
    /// `pattern`, `gazetteer`, `model` or `user`.
    pub source: Source,
    /// Confidence in 0..=1, rounded to three decimals (an `f64`, so that
    /// JavaScript sees `0.9`, not `0.8999999761581421`).
    pub score: f64,
    /// 0 for top-level entities, 1 for one nested in a top-level one, 2 for
    /// one nested in that.
    pub depth: u8,
    /// Mentions of the same entity share a group.
    pub group: u32,
    /// Country of a demonym, or the full name of an alias.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// For a NORP (demonym), the country it refers to
    /// (`النمساوية` → `النمسا`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// The records of `entities` (found in `text`) with offsets in `unit`.
pub fn records(text: &str, entities: &[Entity], unit: Unit) -> Vec<Record> {
    records_from(text, (0, 0), entities, unit)
}

/// Like [`records`] for entities that all start at or after byte `from.0`
/// of `text`, which is `from.1` units from its start: only the text from
/// there is walked (a long text's entities can be converted a slice at a
/// time, each slice walking on from where the last one stopped).
pub fn records_from(
    text: &str,
    from: (usize, usize),
    entities: &[Entity],
    unit: Unit,
) -> Vec<Record> {
    let (byte, units) = from;
    let spans: Vec<_> = entities
        .iter()
        .map(|e| (e.start.saturating_sub(byte), e.end.saturating_sub(byte)))
        .collect();
    let converted = convert(text.get(byte..).unwrap_or(""), &spans, unit);
    entities
        .iter()
        .zip(converted)
        .map(|(e, (start, end))| Record {
            start: units + start,
            end: units + end,
            text: e.text.clone(),
            kind: e.kind,
            canonical: e.canonical.clone(),
            value: e.value.clone(),
            source: e.source,
            score: (f64::from(e.score) * 1000.0).round() / 1000.0,
            depth: e.depth,
            group: e.group,
            link: e.link.clone(),
            country: e.link.clone().filter(|_| e.kind == Kind::Norp),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_from_a_point_equal_records_of_the_whole_text() {
        let text = "😀 فاس ثم 𝕏 تونس ثم الرباط";
        let entity = |word: &str| {
            let start = text.find(word).unwrap();
            Entity {
                start,
                end: start + word.len(),
                text: word.to_string(),
                kind: Kind::Gpe,
                canonical: word.to_string(),
                value: None,
                source: Source::Gazetteer,
                score: 1.0,
                depth: 0,
                group: 0,
                link: None,
            }
        };
        let all = [entity("فاس"), entity("تونس"), entity("الرباط")];
        let whole = records(text, &all, Unit::Utf16);
        let from = all[1].start;
        let units = text[..from].encode_utf16().count();
        assert_eq!(
            records_from(text, (from, units), &all[1..], Unit::Utf16),
            whole[1..]
        );
        let cps = text[..from].chars().count();
        assert_eq!(
            records_from(text, (from, cps), &all[1..], Unit::CodePoints),
            records(text, &all, Unit::CodePoints)[1..]
        );
    }

    #[test]
    fn utf16_after_astral_and_combining() {
        let text = "𝕏 مُحَمَّد 😀 فاس";
        let s = text.find('ف').unwrap();
        let [(a, b)] = convert(text, &[(s, s + "فاس".len())], Unit::Utf16)[..] else {
            panic!()
        };
        let utf16: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(String::from_utf16(&utf16[a..b]).unwrap(), "فاس");
        let [(a, b)] = convert(text, &[(s, s + "فاس".len())], Unit::CodePoints)[..] else {
            panic!()
        };
        let cps: String = text.chars().skip(a).take(b - a).collect();
        assert_eq!(cps, "فاس");
    }

    #[test]
    fn unsorted_and_repeated_spans() {
        let text = "أب جد هوز";
        let spans = [(10, 16), (0, 4), (5, 9), (0, 4)];
        assert_eq!(
            convert(text, &spans, Unit::CodePoints),
            [(6, 9), (0, 2), (3, 5), (0, 2)]
        );
    }
}
