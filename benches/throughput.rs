//! Throughput benchmark: prints numbers, asserts nothing.
//!
//! `cargo bench --bench throughput` measures `Extractor::new()` and the
//! full pipeline on at least 1 MB of mixed Arabic news text: the sample in
//! `testdata/mixed.txt`, repeated with varied numbers.
//!
//! The repeated sample has few distinct words, which flatters the
//! tagger's word memo ([`kashif::tagger::WordMemo`]). For real news text,
//! name a file: `KASHIF_BENCH_TEXT=path cargo bench --bench throughput`
//! (the figures in the README use the ANERcorp train text, one sentence
//! per line: `scripts/conll_text.py`).

use kashif::gazetteer::Gazetteer;
use kashif::recognize::{
    date::DateRecognizer, digital::DigitalRecognizer, gazetteer::GazetteerRecognizer,
    model::ModelRecognizer, number::NumberRecognizer, rules::RuleRecognizer, Doc, Recognizer,
};
use kashif::{Extractor, Options};
use std::time::Instant;

/// Time of each stage over `text`, cut as the extractor cuts it.
fn stages(text: &str) {
    let gazetteer = Gazetteer::embedded().expect("embedded gazetteer");
    let recognizers: Vec<Box<dyn Recognizer>> = vec![
        Box::new(DigitalRecognizer),
        Box::new(DateRecognizer),
        Box::new(GazetteerRecognizer::new(gazetteer)),
        Box::new(NumberRecognizer),
        Box::new(RuleRecognizer::new(gazetteer)),
        Box::new(ModelRecognizer::embedded().expect("embedded model")),
    ];
    let mut times = vec![0f64; recognizers.len() + 1];
    for (_, chunk) in kashif::extractor::chunks(text, kashif::extractor::CHUNK_BYTES) {
        let t = Instant::now();
        let doc = Doc::new(chunk, None);
        times[0] += t.elapsed().as_secs_f64();
        for (i, r) in recognizers.iter().enumerate() {
            let t = Instant::now();
            let mut out = Vec::new();
            r.find(&doc, &mut out);
            std::hint::black_box(&out);
            times[i + 1] += t.elapsed().as_secs_f64();
        }
    }
    println!("  normalise + tokenise: {:.3} s", times[0]);
    for (r, t) in recognizers.iter().zip(&times[1..]) {
        println!("  {}: {t:.3} s", r.name());
    }
}

/// `testdata/mixed.txt` repeated to 1 MB, digits varied.
fn repeated_sample() -> String {
    let sample = include_str!("../testdata/mixed.txt");
    let mut text = String::new();
    let mut i = 0u32;
    while text.len() < 1 << 20 {
        // Vary digits so each copy differs a little.
        text.push_str(&sample.replace("12", &format!("{}", 10 + i % 17)));
        text.push('\n');
        i += 1;
    }
    text
}

fn main() {
    let started = Instant::now();
    let extractor = Extractor::new();
    let build = started.elapsed();

    let text = match std::env::var_os("KASHIF_BENCH_TEXT") {
        Some(path) => std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("KASHIF_BENCH_TEXT={}: {e}", path.to_string_lossy())),
        None => repeated_sample(),
    };
    let opts = Options::default();
    // Warm up once, then time three runs and keep the best. Each run has a
    // fresh extractor: the tagger's word memo would otherwise start warm
    // with the very text it is timed on.
    let n = extractor.extract(&text, &opts).len();
    let mut best = f64::MAX;
    for _ in 0..3 {
        let extractor = Extractor::new();
        let t = Instant::now();
        let found = extractor.extract(&text, &opts);
        std::hint::black_box(&found);
        best = best.min(t.elapsed().as_secs_f64());
    }
    let mb = text.len() as f64 / 1e6;
    println!("Extractor::new(): {:.1} ms", build.as_secs_f64() * 1e3);
    println!("stages:");
    stages(&text);
    println!(
        "extract: {mb:.2} MB, {n} entities, best of 3: {:.3} s = {:.2} MB/s",
        best,
        mb / best
    );
}
