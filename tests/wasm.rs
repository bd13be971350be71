//! The WebAssembly face under Node (`wasm-bindgen-test-runner`): UTF-16
//! offsets, lone surrogates, options and errors, progress, the document
//! form with mention groups, the user lexicon, `readFile` (a File read
//! through web-sys), and parity (entities and
//! groups) with the native CLI on `tests/fixtures/parity*.jsonl` (regenerated from the
//! current native build by `make test` before these run).
//!
//! Run: `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
//! cargo test --target wasm32-unknown-unknown --no-default-features --test wasm`.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Function, JsString, Reflect};
use kashif::wasm::{text_of, Analyzer};
use kashif::Kind;
use serde_json::{json, Value as Json};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::wasm_bindgen_test;

fn analyzer() -> Analyzer {
    Analyzer::new().unwrap_or_else(|_| panic!("Analyzer::new failed"))
}

/// The options object, from JSON.
fn opts(v: Json) -> JsValue {
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&v, &ser).unwrap()
}

/// The records `analyze` returns, as JSON.
fn analyze(a: &Analyzer, text: &JsString, options: JsValue) -> Vec<Json> {
    let v = a
        .analyze(text, options)
        .unwrap_or_else(|_| panic!("analyze threw"));
    assert!(Array::is_array(&v), "analyze returns an array");
    serde_wasm_bindgen::from_value(v).unwrap()
}

/// What `analyzeDocument` returns, as JSON.
fn document(a: &Analyzer, text: &JsString, options: JsValue) -> Json {
    let v = a
        .analyze_document(text, options, None)
        .unwrap_or_else(|_| panic!("analyzeDocument threw"));
    serde_wasm_bindgen::from_value(v).unwrap()
}

fn num(r: &Json, field: &str) -> u32 {
    r[field].as_f64().unwrap() as u32
}

/// The message of the `Error` an export threw.
fn thrown(err: JsError) -> String {
    let v = JsValue::from(err);
    assert!(v.is_instance_of::<js_sys::Error>(), "a JS Error is thrown");
    String::from(js_sys::Error::from(v).message())
}

/// `text.slice(start, end)` in JS equals the entity text for every record.
fn assert_slices(text: &JsString, records: &[Json]) {
    for r in records {
        let slice = text.slice(num(r, "start"), num(r, "end"));
        assert_eq!(
            String::from(slice),
            r["text"].as_str().unwrap(),
            "record {r}"
        );
    }
}

#[wasm_bindgen_test]
fn utf16_offsets_after_emoji_and_combining_marks() {
    let a = analyzer();
    let text = "😀👍🏽 وصل مُحَمَّد إلى تركيا 𝕏 ثم إلى السعودية 🇲🇦 ففيينا";
    let js = JsString::from(text);
    let recs = analyze(&a, &js, JsValue::UNDEFINED);
    let found: Vec<&str> = recs.iter().map(|r| r["text"].as_str().unwrap()).collect();
    assert!(
        found.contains(&"تركيا") && found.contains(&"السعودية"),
        "{found:?}"
    );
    assert_slices(&js, &recs);
    // The offsets are UTF-16 units, not code points or bytes.
    let turkey = recs.iter().find(|r| r["text"] == "تركيا").unwrap();
    let units = text[..text.find("تركيا").unwrap()].encode_utf16().count();
    assert_eq!(num(turkey, "start") as usize, units);
}

#[wasm_bindgen_test]
fn a_lone_surrogate_does_not_crash_and_offsets_stay_aligned() {
    // "\uD800 زار الوفد تركيا \uDC00 ثم السعودية\uDBFF"
    let js = JsString::from_char_code(&[0xD800])
        .concat(&JsString::from(" زار الوفد تركيا "))
        .concat(&JsString::from_char_code(&[0xDC00]))
        .concat(&JsString::from(" ثم السعودية"))
        .concat(&JsString::from_char_code(&[0xDBFF]));
    assert!(!js.is_valid_utf16());
    // The conversion the Analyzer uses replaces each with U+FFFD: one
    // UTF-16 unit for one.
    let text = text_of(&js);
    assert_eq!(text.chars().filter(|&c| c == '\u{FFFD}').count(), 3);
    assert_eq!(text.encode_utf16().count(), js.length() as usize);
    let recs = analyze(&analyzer(), &js, JsValue::UNDEFINED);
    let kinds: Vec<(&str, &str)> = recs
        .iter()
        .map(|r| (r["type"].as_str().unwrap(), r["text"].as_str().unwrap()))
        .collect();
    assert_eq!(kinds, [("GPE", "تركيا"), ("GPE", "السعودية")]);
    assert_slices(&js, &recs);
}

#[wasm_bindgen_test]
fn options_filter_and_nest() {
    let a = analyzer();
    let js = JsString::from("زار الوفد تركيا، والموقع https://example.org/ar");
    let all = analyze(&a, &js, JsValue::NULL);
    assert_eq!(all.len(), 2);
    let only = analyze(&a, &js, opts(json!({"types": ["url"]})));
    assert_eq!(only.len(), 1);
    assert_eq!(only[0]["type"], "URL");
    // One string, comma-separated, as on the command line.
    assert_eq!(
        analyze(&a, &js, opts(json!({"types": "url, GPE"}))).len(),
        2
    );
    let dated = analyze(
        &a,
        &js,
        opts(json!({"nested": true, "documentDate": "2025-05-02"})),
    );
    assert!(dated.len() >= 2);
    // Every field of the CLI's records is there; `value` is null, not absent.
    for field in [
        "start",
        "end",
        "text",
        "type",
        "canonical",
        "value",
        "source",
        "score",
        "depth",
        "group",
    ] {
        assert!(all[0].get(field).is_some(), "missing {field}");
    }
    assert!(all[0]["value"].is_null());
    // Scores cross as the CLI writes them: rounded to three decimals.
    let score = all[0]["score"].as_f64().expect("score is a number");
    assert!((0.0..=1.0).contains(&score));
    assert_eq!((score * 1000.0).round() / 1000.0, score);
}

#[wasm_bindgen_test]
fn bad_options_throw_errors_with_clear_messages() {
    let a = analyzer();
    let js = JsString::from("تركيا");
    let err = a
        .analyze(&js, opts(json!({"types": ["GPE", "NOPE"]})))
        .unwrap_err();
    let msg = thrown(err);
    assert!(
        msg.contains("unknown entity type") && msg.contains("NOPE"),
        "{msg}"
    );
    let msg = thrown(
        a.analyze(&js, opts(json!({"documentDate": "2025-13-40"})))
            .unwrap_err(),
    );
    assert!(
        msg.contains("documentDate") && msg.contains("2025-13-40"),
        "{msg}"
    );
    let msg = thrown(a.analyze(&js, opts(json!({"nestd": true}))).unwrap_err());
    assert!(msg.contains("nestd"), "{msg}");
    let msg = thrown(a.analyze(&js, opts(json!({"types": 5}))).unwrap_err());
    assert!(msg.contains("bad options"), "{msg}");
}

#[wasm_bindgen_test]
fn the_convention_option_is_the_native_one() {
    let a = analyzer();
    let text = "أعلنت وزارة الصحة المصرية تسجيل إصابات جديدة في القاهرة.";
    let js = JsString::from(text);
    for convention in ["kashif", "anercorp", "aqmar"] {
        let got: Vec<(String, String)> = analyze(&a, &js, opts(json!({"convention": convention})))
            .iter()
            .map(|r| {
                (
                    r["type"].as_str().unwrap().to_string(),
                    r["text"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let options = kashif::Options {
            convention: convention.parse().unwrap(),
            ..Default::default()
        };
        let native: Vec<(String, String)> = kashif::Extractor::new()
            .extract(text, &options)
            .iter()
            .map(|e| (e.kind.code().to_string(), e.text.clone()))
            .collect();
        assert_eq!(got, native, "{convention}");
        // Kashif's convention (the default) names the ministry; ANERcorp's
        // does not.
        let ministry = got.contains(&("ORG".to_string(), "وزارة الصحة المصرية".to_string()));
        match convention {
            "kashif" => assert!(ministry, "{got:?}"),
            "anercorp" => assert!(!ministry, "{got:?}"),
            _ => {}
        }
    }
    let msg = thrown(
        a.analyze(&js, opts(json!({"convention": "wojood2"})))
            .unwrap_err(),
    );
    assert!(
        msg.contains("convention") && msg.contains("wojood2"),
        "{msg}"
    );
}

#[wasm_bindgen_test]
fn kinds_and_version() {
    let a = analyzer();
    let kinds: Vec<Json> = serde_wasm_bindgen::from_value(a.kinds().unwrap()).unwrap();
    assert_eq!(kinds.len(), Kind::ALL.len());
    for (k, j) in Kind::ALL.iter().zip(&kinds) {
        assert_eq!(
            j,
            &json!({"code": k.code(), "ar": k.label_ar(), "en": k.label_en(), "colour": k.colour()})
        );
    }
    assert_eq!(a.version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn progress_is_reported_between_chunks_and_a_throwing_callback_is_harmless() {
    let a = analyzer();
    let line = "وصل الوفد إلى فيينا قادما من تركيا والسعودية.\n";
    let text = line.repeat(200 * 1024 / line.len());
    let js = JsString::from(text.as_str());
    let calls = Rc::new(RefCell::new(Vec::<(f64, f64)>::new()));
    let seen = calls.clone();
    let cb = Closure::<dyn FnMut(f64, f64)>::new(move |d, t| seen.borrow_mut().push((d, t)));
    let f: &Function = cb.as_ref().unchecked_ref();
    let v = a.analyze_with_progress(&js, JsValue::UNDEFINED, f).unwrap();
    let n = Array::from(&v).length();
    assert_eq!(n as usize, 3 * text.matches(line).count());
    let calls = calls.borrow();
    assert!(calls.len() >= 3, "{calls:?}");
    assert!(calls.windows(2).all(|w| w[0].0 < w[1].0));
    assert_eq!(calls.last().unwrap().0, text.len() as f64);
    assert!(calls.iter().all(|&(_, t)| t == text.len() as f64));

    let throws = Function::new_with_args("done, total", "throw new Error('boom')");
    let v = a
        .analyze_with_progress(&js, JsValue::UNDEFINED, &throws)
        .unwrap();
    assert_eq!(Array::from(&v).length(), n);
}

#[wasm_bindgen_test]
fn a_job_in_steps_gives_analyze_documents_result_in_slices() {
    let a = analyzer();
    // An emoji first, so UTF-16 offsets differ from byte and code point ones.
    let line = "😀 زار ناصر بوريطة الرباط ثم التقى وزير الخارجية في القاهرة يوم 6 ماي 2024.\n";
    let text = line.repeat(200 * 1024 / line.len());
    let js = JsString::from(text.as_str());
    let mut job = a.begin(&js, JsValue::UNDEFINED).unwrap();
    let mut done = Vec::new();
    while a.step(&mut job) {
        done.push(job.done());
    }
    assert!(done.len() >= 3, "{done:?}");
    assert!(done.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(job.done(), job.total());
    assert_eq!(job.total(), text.len() as f64);
    a.finish(&mut job);
    a.finish(&mut job); // a second finish changes nothing
    assert!(!a.step(&mut job));
    let whole = document(&a, &js, JsValue::UNDEFINED);
    let n = job.entity_count();
    assert_eq!(n, whole["entities"].as_array().unwrap().len());
    assert_eq!(job.group_count(), whole["groups"].as_array().unwrap().len());
    // Slices of any size put together are analyzeDocument's arrays.
    let mut entities = Vec::new();
    for from in (0..n + 7).step_by(7) {
        let part: Vec<Json> =
            serde_wasm_bindgen::from_value(job.entities(from, from + 7).unwrap()).unwrap();
        entities.extend(part);
    }
    assert_eq!(Json::from(entities.clone()), whole["entities"]);
    assert_slices(&js, &entities);
    let groups: Json = serde_wasm_bindgen::from_value(job.groups(0, usize::MAX).unwrap()).unwrap();
    assert_eq!(groups, whole["groups"]);
    let past: Vec<Json> =
        serde_wasm_bindgen::from_value(job.entities(n + 5, n + 1).unwrap()).unwrap();
    assert!(past.is_empty());
    // Bad options throw as analyze's do.
    let err = a.begin(&js, opts(json!({"colour": "red"}))).err().unwrap();
    assert!(thrown(err).contains("unknown option"));
}

/// Numbers compared as f64 (JS has one number type; the CLI writes
/// `3000000.0` where JS has `3000000`).
fn normalise(v: &Json) -> Json {
    match v {
        Json::Number(n) => json!(n.as_f64().unwrap()),
        Json::Array(a) => Json::Array(a.iter().map(normalise).collect()),
        Json::Object(o) => Json::Object(o.iter().map(|(k, v)| (k.clone(), normalise(v))).collect()),
        other => other.clone(),
    }
}

/// Code point offset of each UTF-16 offset of `text`.
fn to_code_points(text: &str, unit: u64) -> u64 {
    let mut units = 0u64;
    for (i, c) in text.chars().enumerate() {
        if units >= unit {
            return i as u64;
        }
        units += c.len_utf16() as u64;
    }
    text.chars().count() as u64
}

fn parity(fixture: &str, options: Json) {
    let inputs = include_str!("fixtures/parity-input.jsonl");
    let a = analyzer();
    let mut n = 0;
    for (input, expected) in inputs.lines().zip(fixture.lines()) {
        let input: Json = serde_json::from_str(input).unwrap();
        let expected: Json = serde_json::from_str(expected).unwrap();
        assert_eq!(input["id"], expected["id"]);
        let text = input["text"].as_str().unwrap();
        let doc = document(&a, &JsString::from(text), opts(options.clone()));
        let mut recs = doc["entities"].as_array().unwrap().clone();
        assert_eq!(
            recs,
            analyze(&a, &JsString::from(text), opts(options.clone())),
            "analyzeDocument's entities are analyze's"
        );
        for r in &mut recs {
            for f in ["start", "end"] {
                r[f] = json!(to_code_points(text, r[f].as_f64().unwrap() as u64));
            }
        }
        // The CLI's JSON Lines record: {id, entities, groups}.
        let got = normalise(&json!({"id": input["id"], "entities": recs, "groups": doc["groups"]}));
        let want = normalise(&expected);
        assert_eq!(got, want, "text {}", input["id"]);
        n += 1;
    }
    assert_eq!(n, inputs.lines().count());
    assert_eq!(n, fixture.lines().count());
}

#[wasm_bindgen_test]
fn same_entities_as_the_native_cli() {
    parity(
        include_str!("fixtures/parity.jsonl"),
        json!({"documentDate": "2025-05-02"}),
    );
}

#[wasm_bindgen_test]
fn same_nested_entities_as_the_native_cli() {
    parity(
        include_str!("fixtures/parity-nested.jsonl"),
        json!({"documentDate": "2025-05-02", "nested": true}),
    );
}

#[wasm_bindgen_test]
fn reflect_shape_of_a_record() {
    // Plain objects, not Maps: `r.text` works in JS.
    let a = analyzer();
    let v = a
        .analyze(&JsString::from("في تركيا"), JsValue::UNDEFINED)
        .unwrap();
    let first = Array::from(&v).get(0);
    let text = Reflect::get(&first, &JsValue::from_str("text")).unwrap();
    assert_eq!(text.as_string().as_deref(), Some("تركيا"));
    assert!(Reflect::get(&first, &JsValue::from_str("link"))
        .unwrap()
        .is_undefined());
}

#[wasm_bindgen_test]
fn analyze_document_groups_the_mentions_of_one_person() {
    let a = analyzer();
    let text = "😀 استقبل عبد الحق المنصوري وفدا من تركيا، ثم قال المنصوري إن تركيا شريك.";
    let js = JsString::from(text);
    let doc = document(&a, &js, JsValue::UNDEFINED);
    let mut keys: Vec<&String> = doc.as_object().unwrap().keys().collect();
    keys.sort();
    assert_eq!(keys, ["entities", "groups"]);
    let ents = doc["entities"].as_array().unwrap();
    assert_slices(&js, ents);
    let groups = doc["groups"].as_array().unwrap();
    // Every entity's group is listed, with as many mentions as it has.
    for g in groups {
        let id = &g["id"];
        let n = ents.iter().filter(|e| &e["group"] == id).count();
        assert_eq!(g["mentions"].as_f64().unwrap() as usize, n, "{g}");
        for f in ["name", "type", "variants"] {
            assert!(g.get(f).is_some(), "group without {f}: {g}");
        }
    }
    let turkey = groups.iter().find(|g| g["name"] == "تركيا").unwrap();
    assert_eq!(turkey["mentions"].as_f64(), Some(2.0));
    assert_eq!(turkey["type"], "GPE");
    let pers: Vec<&Json> = ents.iter().filter(|e| e["type"] == "PERS").collect();
    assert_eq!(pers.len(), 2, "{ents:?}");
    assert_eq!(pers[0]["group"], pers[1]["group"], "{pers:?}");
    let g = groups.iter().find(|g| g["id"] == pers[0]["group"]).unwrap();
    assert_eq!(g["name"], "عبد الحق المنصوري");
    assert_eq!(g["variants"], json!(["عبد الحق المنصوري", "المنصوري"]));
    // Progress works in this form too; bad options throw.
    let calls = Rc::new(RefCell::new(0u32));
    let seen = calls.clone();
    let cb = Closure::<dyn FnMut(f64, f64)>::new(move |_, _| *seen.borrow_mut() += 1);
    let f: Function = cb.as_ref().unchecked_ref::<Function>().clone();
    a.analyze_document(&js, JsValue::UNDEFINED, Some(f))
        .unwrap();
    assert!(*calls.borrow() >= 1);
    let msg = thrown(
        a.analyze_document(&js, opts(json!({"types": ["NOPE"]})), None)
            .unwrap_err(),
    );
    assert!(msg.contains("NOPE"), "{msg}");
}

#[wasm_bindgen_test]
fn set_lexicon_adds_terms_never_tags_others_and_rejects_bad_entries() {
    let mut a = analyzer();
    let text = "أعلنت وكالة الفجر للأنباء أن تركيا ستستضيف الدورة، وقالت لوكالة الفجر للأنباء إن تركيا جاهزة.";
    let js = JsString::from(text);
    let kinds = |a: &Analyzer| -> Vec<(String, String, String)> {
        analyze(a, &js, JsValue::UNDEFINED)
            .iter()
            .map(|r| {
                (
                    r["type"].as_str().unwrap().to_string(),
                    r["text"].as_str().unwrap().to_string(),
                    r["source"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let before = kinds(&a);
    assert!(before.iter().any(|(_, t, _)| t == "تركيا"), "{before:?}");
    a.set_lexicon(opts(json!([
        {"text": "وكالة الفَجر للأنباء", "type": "ORG"},
        {"text": "تركيا", "never": true},
    ])))
    .unwrap();
    let after = kinds(&a);
    let user: Vec<&(String, String, String)> = after.iter().filter(|k| k.2 == "user").collect();
    // Found with diacritics folded and after the proclitic ل.
    assert_eq!(user.len(), 2, "{after:?}");
    assert!(user.iter().all(|k| k.0 == "ORG"));
    assert_eq!(user[0].1, "وكالة الفجر للأنباء");
    assert!(user[1].1.ends_with("وكالة الفجر للأنباء"));
    assert!(!after.iter().any(|k| k.1 == "تركيا"), "{after:?}");
    // Both user mentions are one group.
    let doc = document(&a, &js, JsValue::UNDEFINED);
    let org: Vec<&Json> = doc["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["source"] == "user")
        .collect();
    assert_eq!(org[0]["group"], org[1]["group"]);
    // A bad entry throws an Error naming it, and the lexicon is unchanged.
    for (bad, needle) in [
        (json!([{"text": "تركيا", "type": "NOPE"}]), "NOPE"),
        (json!([{"text": "  ", "type": "ORG"}]), "empty"),
        (json!([{"type": "ORG"}]), "text"),
        (json!({"text": "تركيا"}), "lexicon"),
    ] {
        let msg = thrown(a.set_lexicon(opts(bad.clone())).unwrap_err());
        assert!(msg.contains(needle), "{bad}: {msg}");
    }
    assert_eq!(kinds(&a), after);
    // Never-tag as a type code too; an empty list restores the defaults.
    a.set_lexicon(opts(json!([{"text": "تركيا", "type": "NEVER"}])))
        .unwrap();
    assert!(!kinds(&a).iter().any(|k| k.1 == "تركيا"));
    a.set_lexicon(opts(json!([]))).unwrap();
    assert_eq!(kinds(&a), before);
    a.set_lexicon(JsValue::NULL).unwrap();
    assert_eq!(kinds(&a), before);
}

/// A `File` of `bytes` (Node has `File`, as browsers do).
fn file(name: &str, bytes: &[u8]) -> web_sys::File {
    let parts = Array::of1(&js_sys::Uint8Array::from(bytes));
    web_sys::File::new_with_u8_array_sequence(&parts, name)
        .unwrap_or_else(|_| panic!("new File failed"))
}

/// `readFile` reads a `File` through web-sys: Windows-1256 text is decoded
/// by the runtime's `TextDecoder`, HTML comes back as markup, and a corrupt
/// `.docx` is refused with the reason.
#[wasm_bindgen_test]
async fn read_file_decodes_windows_1256_html_and_refuses_a_corrupt_docx() {
    use kashif::formats::web::read_file;
    // "وصل الوزير إلى القاهرة" in Windows-1256.
    let legacy = [
        0xE6, 0xD5, 0xE1, 0x20, 0xC7, 0xE1, 0xE6, 0xD2, 0xED, 0xD1, 0x20, 0xC5, 0xE1, 0xEC, 0x20,
        0xC7, 0xE1, 0xDE, 0xC7, 0xE5, 0xD1, 0xC9,
    ];
    let got: Json = serde_wasm_bindgen::from_value(
        read_file(file("old.txt", &legacy))
            .await
            .unwrap_or_else(|_| panic!("readFile threw")),
    )
    .unwrap();
    assert_eq!(
        got,
        json!({"format": "txt", "text": "وصل الوزير إلى القاهرة", "markup": false})
    );
    let page = "<p>وصل الوفد</p>\r\n";
    let got: Json = serde_wasm_bindgen::from_value(
        read_file(file("a.htm", page.as_bytes()))
            .await
            .unwrap_or_else(|_| panic!("readFile threw")),
    )
    .unwrap();
    assert_eq!(got["markup"], json!(true));
    assert_eq!(got["text"], json!("<p>وصل الوفد</p>\r\n")); // line breaks as they are
    let err = read_file(file("cut.docx", b"PK\x03\x04 cut"))
        .await
        .err()
        .unwrap_or_else(|| panic!("a corrupt .docx was read"));
    assert!(thrown(err).contains("zip"));
}
