//! Compiles the gazetteer lists in `data/gazetteers/*.tsv` into an FST.
//!
//! Every line of a list is `form` or `form<TAB>link` (`#` starts a
//! comment). The key of a form is its matching fold
//! (`src/normalize/arabic.rs`, included below so that build time and run
//! time fold identically). A key may be in several lists: its value packs
//! the set of lists and the first link seen (`src/gazetteer/category.rs`).
//!
//! Outputs, in `OUT_DIR` only: `gazetteer.fst` (an `fst::Map`, loaded
//! zero-copy at run time) and `gazetteer.links` (a format line, then one
//! link per line). Nothing is downloaded.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[path = "src/normalize/arabic.rs"]
#[allow(dead_code)]
mod arabic;

#[path = "src/gazetteer/category.rs"]
#[allow(dead_code)]
mod category;

use category::{pack, Category};

/// Bump when the layout of the outputs changes; checked at load time.
const FORMAT: &str = "kashif-gazetteer 1";

fn main() {
    let dir = Path::new("data/gazetteers");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/normalize/arabic.rs");
    println!("cargo:rerun-if-changed=src/normalize/compat_table.rs");
    println!("cargo:rerun-if-changed=src/gazetteer/category.rs");
    println!("cargo:rerun-if-changed={}", dir.display());

    let mut entries: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    let mut links: Vec<String> = Vec::new();
    let mut link_ids: BTreeMap<String, u32> = BTreeMap::new();

    for cat in Category::ALL {
        let path = dir.join(cat.file_name());
        println!("cargo:rerun-if-changed={}", path.display());
        let Ok(text) = std::fs::read_to_string(&path) else {
            println!("cargo:warning=gazetteer list {} is missing", path.display());
            continue;
        };
        for line in text.lines() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let form = cols.next().unwrap_or("");
            let link = arabic::clean(cols.next().unwrap_or(""));
            let key = arabic::key(form);
            if key.is_empty() {
                continue;
            }
            let link_id = if link.is_empty() {
                0
            } else {
                let next = links.len() as u32 + 1;
                *link_ids.entry(link.clone()).or_insert_with(|| {
                    links.push(link);
                    next
                })
            };
            let e = entries.entry(key).or_insert((0, 0));
            e.0 |= cat.bit();
            if e.1 == 0 {
                e.1 = link_id;
            }
        }
    }

    let mut builder = fst::MapBuilder::memory();
    for (key, (mask, link)) in &entries {
        builder
            .insert(key.as_bytes(), pack(*mask, *link))
            .expect("keys are sorted and unique");
    }
    let bytes = builder.into_inner().expect("fst build");

    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join("gazetteer.fst"), bytes).expect("write gazetteer.fst");
    let mut l = String::from(FORMAT);
    for link in &links {
        l.push('\n');
        l.push_str(link);
    }
    std::fs::write(out.join("gazetteer.links"), l).expect("write gazetteer.links");
}
