//! Benchmarks of the in-process hot paths (divan): loading (parsing and
//! validating) the content, searching it, over the bundled corpus and a
//! generated corpus of 10,000 documents, and tailoring the résumé to a
//! two-page job description (`resume --for`).
//!
//! Run with `cargo bench --bench search`.

use std::hint::black_box;
use std::sync::LazyLock;

use dryga::content::{self, Item};
use dryga::query::resume::Resume;
use dryga::query::search::{self, CaseMode, Options};
use dryga::query::tailor::{Job, Tailoring};
use dryga::render::{Look, ResumeFormat};

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

/// Splitting the title, summary and body of the 10,000 items into words: the
/// floor under any scan (BM25 needs every field's length in words).
#[divan::bench(sample_count = 10)]
fn synthetic_tokens() -> usize {
    let words = |text: &str| search::tokens(text).count();
    SYNTHETIC.0.iter().map(|i| words(&i.title) + words(&i.summary) + words(&i.body)).sum()
}

/// A two-page job description: the test one (about 560 words) twice over,
/// about 1,100 words and 7.6 KB.
fn two_pages() -> String {
    let one = include_str!("../tests/data/job-backend.txt");
    format!("{one}\n{one}")
}

/// `resume --for` after loading: read the description, weigh the corpus
/// against it, build the résumé and render the one-screen text.
#[divan::bench]
fn tailor_two_pages(bencher: divan::Bencher) {
    let Ok(loaded) = content::load_bundled() else { panic!("bundled content is valid") };
    let corpus = loaded.corpus;
    let text = two_pages();
    bencher.bench_local(|| {
        let job = Job::read(black_box(&text), &corpus).expect("words");
        let tailoring = Tailoring::new(&corpus, job);
        let resume = Resume::new(&corpus, Some(&tailoring));
        let look = Look { color: false, width: 100 };
        dryga::render::resume::render(&resume, ResumeFormat::Text, false, look, "dryga").map_or(0, |s| s.len())
    });
}

/// Reading the description alone: words, vocabulary and significant terms.
#[divan::bench]
fn tailor_read_two_pages(bencher: divan::Bencher) {
    let Ok(loaded) = content::load_bundled() else { panic!("bundled content is valid") };
    let text = two_pages();
    bencher.bench_local(|| Job::read(black_box(&text), &loaded.corpus).map_or(0, |j| j.terms.len()));
}
