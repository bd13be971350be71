//! Throughput benchmark: prints numbers, asserts nothing.
//!
//! `cargo bench --bench throughput` measures `Extractor::new()` and the
//! full pipeline on at least 1 MB of mixed Arabic news text (the sample in
//! `testdata/mixed.txt`, repeated with varied numbers so caches do not
//! flatter the figures).

use kashif::{Extractor, Options};
use std::time::Instant;

fn main() {
    let started = Instant::now();
    let extractor = Extractor::new();
    let build = started.elapsed();

    let sample = include_str!("../testdata/mixed.txt");
    let mut text = String::new();
    let mut i = 0u32;
    while text.len() < 1 << 20 {
        // Vary digits so each copy differs a little.
        text.push_str(&sample.replace("12", &format!("{}", 10 + i % 17)));
        text.push('\n');
        i += 1;
    }
    let opts = Options::default();
    // Warm up once, then time three runs and keep the best.
    let n = extractor.extract(&text, &opts).len();
    let mut best = f64::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        let found = extractor.extract(&text, &opts);
        std::hint::black_box(&found);
        best = best.min(t.elapsed().as_secs_f64());
    }
    let mb = text.len() as f64 / 1e6;
    println!("Extractor::new(): {:.1} ms", build.as_secs_f64() * 1e3);
    println!(
        "extract: {mb:.2} MB, {n} entities, best of 3: {:.3} s = {:.2} MB/s",
        best,
        mb / best
    );
}
