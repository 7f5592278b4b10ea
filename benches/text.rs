//! Speed of the text layer (sentence splitting plus quotation scanning) and of the whole
//! extraction, on the bundled samples repeated into a ~1 MB body.
//!
//! Run: `cargo bench --bench text`. Throughput is reported in bytes per second.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use whosaid::article::{Defaults, from_text};

fn corpus() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/samples");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let bodies: Vec<String> = files
        .iter()
        .map(|f| {
            from_text(
                "x",
                &std::fs::read_to_string(f).unwrap(),
                &Defaults::default(),
            )
            .0
            .body
        })
        .collect();
    let one = bodies.join("\n");
    let mut out = String::new();
    while out.len() < 1_000_000 {
        out.push_str(&one);
        out.push('\n');
    }
    out
}

fn text_layer(c: &mut Criterion) {
    let text = corpus();
    let mut group = c.benchmark_group("text_layer");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("sentences_and_quotes", |b| {
        b.iter(|| {
            // Paragraphs, sentences and quotations: the whole text layer, as `extract` runs it.
            let parsed = whosaid::parse::parse(black_box(&text));
            (parsed.sentences.len(), parsed.quotes.len())
        })
    });
    group.finish();
}

fn full_extraction(c: &mut Criterion) {
    let text = corpus();
    let article = from_text(
        "bench",
        &format!("Date: 2025-07-04\n\n{text}"),
        &Defaults::default(),
    )
    .0;
    let mut group = c.benchmark_group("extraction");
    group.throughput(Throughput::Bytes(article.body.len() as u64));
    group.sample_size(10);
    group.bench_function("extract", |b| {
        b.iter(|| whosaid::extract::extract(black_box(&article)).len())
    });
    group.finish();
}

criterion_group!(benches, text_layer, full_extraction);
criterion_main!(benches);
