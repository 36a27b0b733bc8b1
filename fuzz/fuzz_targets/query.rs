//! Fuzzes the search query parser and the search itself over the bundled
//! content: any query must give an error or hits whose spans index their snippets.
#![no_main]

use std::sync::OnceLock;

use dryga::content::{Corpus, Item};
use dryga::query::search::{self, CaseMode};
use libfuzzer_sys::fuzz_target;

fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| dryga::content::load_bundled().expect("bundled content").corpus)
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let case = match mode % 3 {
        0 => CaseMode::Smart,
        1 => CaseMode::Insensitive,
        _ => CaseMode::Sensitive,
    };
    let Ok(query) = search::parse(text, case, mode & 4 != 0) else { return };
    let items: Vec<&Item> = corpus().items.iter().collect();
    for hit in search::search_forgiving(&items, &query, mode & 8 != 0, None).hits {
        for snip in &hit.snippets {
            for &[s, e] in &snip.matches {
                assert!(s < e && snip.text.get(s..e).is_some(), "bad span {s}..{e} in {:?}", snip.text);
            }
        }
    }
});
