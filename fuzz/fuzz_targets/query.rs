//! Fuzzes the search query parser and the search itself over the bundled
//! content: any query must give an error or hits whose spans index their snippets.
#![no_main]

use std::sync::OnceLock;

use dryga::content::Corpus;

#[path = "../checks.rs"]
mod checks;

fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| dryga::content::load_bundled().expect("bundled content").corpus)
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    checks::query(corpus(), data);
});
