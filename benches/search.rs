//! Benchmarks of the in-process hot paths (divan): loading (parsing and
//! validating) the content, and searching it, over the bundled corpus and a
//! generated corpus of 10,000 documents.
//!
//! Run with `cargo bench --bench search`.

use std::hint::black_box;
use std::sync::LazyLock;

use dryga::content::{self, Item};
use dryga::query::search::{self, CaseMode, Options};

fn main() {
    divan::main();
}

/// `(path, text)` of content files.
type Files = Vec<(String, String)>;

/// The generated corpus: 10,000 items and their source files.
static SYNTHETIC: LazyLock<(Vec<Item>, Files)> = LazyLock::new(|| {
    let items = dryga::synth::items(10_000, 42);
    let mut files: Vec<(String, String)> =
        items.iter().map(|i| (format!("{}/{}.md", i.kind.folder(), i.slug), dryga::synth::source(i))).collect();
    files.push((
        "profile.toml".to_owned(),
        "name = \"n\"\nhandle = \"h\"\nheadline = \"x\"\nsummary = \"y\"\n".to_owned(),
    ));
    (items, files)
});

/// One thread, so that figures compare across machines.
const ONE: Options = Options { fuzzy: true, limit: None, threads: 1 };

#[divan::bench]
fn bundled_load() -> usize {
    content::load_bundled().map_or(0, |l| l.corpus.items.len())
}

#[divan::bench(args = ["duckdb", "elixir", "terraform gcp", "\"open source\"", "kubernets"])]
fn bundled_search(bencher: divan::Bencher, q: &str) {
    let Ok(loaded) = content::load_bundled() else { panic!("bundled content is valid") };
    let items: Vec<&Item> = loaded.corpus.items.iter().collect();
    let query = search::parse(q, CaseMode::Smart, false).expect("valid query");
    bencher.bench_local(|| search::search_forgiving(black_box(&items), &query, ONE).hits.len());
}

#[divan::bench(sample_count = 10)]
fn synthetic_load(bencher: divan::Bencher) {
    let files = &SYNTHETIC.1;
    bencher
        .with_inputs(|| files.clone())
        .bench_local_values(|files| content::assemble("", files, Vec::new(), 1).map(|l| l.corpus.items.len()));
}

#[divan::bench(sample_count = 10, args = ["latency", "postgresql failover", "\"open source\"", "zzzz"])]
fn synthetic_search(bencher: divan::Bencher, q: &str) {
    let items: Vec<&Item> = SYNTHETIC.0.iter().collect();
    let query = search::parse(q, CaseMode::Smart, false).expect("valid query");
    bencher.bench_local(|| search::search(black_box(&items), &query, Options { fuzzy: false, ..ONE }).len());
}
