//! Criterion benchmarks of the in-process hot paths: loading (parsing and
//! validating) the content, and searching it, over the bundled corpus and a
//! generated corpus of 10,000 documents.
//!
//! Run with `cargo bench --bench search`.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use dryga::content::{self, Item};
use dryga::query::search::{self, CaseMode};

fn bundled(c: &mut Criterion) {
    c.bench_function("bundled/load", |b| b.iter(|| black_box(content::load_bundled().map(|l| l.corpus.items.len()))));
    let Ok(loaded) = content::load_bundled() else { panic!("bundled content is valid") };
    let items: Vec<&Item> = loaded.corpus.items.iter().collect();
    let mut group = c.benchmark_group("bundled/search");
    for q in ["duckdb", "elixir", "terraform gcp", "\"open source\"", "kubernets"] {
        let query = search::parse(q, CaseMode::Smart, false).expect("valid query");
        group.bench_with_input(BenchmarkId::from_parameter(q), &query, |b, query| {
            b.iter(|| black_box(search::search_forgiving(&items, query, true, None).hits.len()));
        });
    }
    group.finish();
}

fn synthetic(c: &mut Criterion) {
    const N: usize = 10_000;
    let generated = dryga::synth::items(N, 42);
    let files: Vec<(String, String)> = generated
        .iter()
        .map(|i| (format!("{}/{}.md", i.kind.folder(), i.slug), dryga::synth::source(i)))
        .chain([(
            "profile.toml".to_owned(),
            "name = \"n\"\nhandle = \"h\"\nheadline = \"x\"\nsummary = \"y\"\n".to_owned(),
        )])
        .collect();
    let mut group = c.benchmark_group("synthetic-10k");
    group.sample_size(20);
    group.bench_function("load", |b| {
        b.iter(|| black_box(content::assemble("", files.clone()).map(|l| l.corpus.items.len())));
    });
    let items: Vec<&Item> = generated.iter().collect();
    for q in ["latency", "postgresql failover", "\"open source\"", "zzzz"] {
        let query = search::parse(q, CaseMode::Smart, false).expect("valid query");
        group.bench_with_input(BenchmarkId::new("search", q), &query, |b, query| {
            b.iter(|| black_box(search::search(&items, query, None).len()));
        });
    }
    group.finish();
}

criterion_group!(benches, bundled, synthetic);
criterion_main!(benches);
