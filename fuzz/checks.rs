//! The properties each fuzz target checks, in one place: the targets
//! (`fuzz_targets/*.rs`) and the replay of saved inputs on every `cargo test`
//! (`tests/it/fuzz_regressions.rs`) both include this file, so a saved input
//! is checked exactly as the fuzzer checked it.

use dryga::content::{Corpus, Item};
use dryga::query::search::{self, CaseMode, Options};
use dryga::render::Look;

/// `loader`: any bytes as an item file and as the profile give problems
/// (located at line and column 1 or later) or items that render.
pub(crate) fn loader(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let files = vec![
        ("projects/fuzzed.md".to_owned(), text.to_owned()),
        ("posts/fuzzed-post.md".to_owned(), text.to_owned()),
        ("profile.toml".to_owned(), text.to_owned()),
    ];
    match dryga::content::assemble("fuzz/", files, Vec::new(), 1) {
        Ok(loaded) => {
            for item in &loaded.corpus.items {
                let _ = dryga::render::show::text(item, Look { color: true, width: 60 });
            }
        }
        Err(problems) => {
            for p in problems {
                assert!(p.line >= 1 && p.column >= 1, "{p}");
            }
        }
    }
}

/// `query`: the first byte picks the case mode, regex syntax and the typo
/// fallback; the rest is the query. It gives an error, or hits whose spans
/// index their snippets exactly. Returns how many spans it checked.
pub(crate) fn query(corpus: &Corpus, data: &[u8]) -> usize {
    let Some((&mode, rest)) = data.split_first() else { return 0 };
    let Ok(text) = std::str::from_utf8(rest) else { return 0 };
    let case = match mode % 3 {
        0 => CaseMode::Smart,
        1 => CaseMode::Insensitive,
        _ => CaseMode::Sensitive,
    };
    let Ok(query) = search::parse(text, case, mode & 4 != 0) else { return 0 };
    let items: Vec<&Item> = corpus.items.iter().collect();
    let options = Options { fuzzy: mode & 8 != 0, limit: None, threads: 1 };
    let mut spans = 0;
    for hit in search::search_forgiving(&items, &query, options).hits {
        for snip in &hit.snippets {
            for &[s, e] in &snip.matches {
                assert!(s < e && snip.text.get(s..e).is_some(), "bad span {s}..{e} in {:?}", snip.text);
                spans += 1;
            }
        }
    }
    spans
}

/// `render`: the first byte picks the width (20 and up), the rest is Markdown;
/// it renders within the width, without an escape byte when colour is off.
pub(crate) fn render(data: &[u8]) {
    let Some((&w, rest)) = data.split_first() else { return };
    let Ok(md) = std::str::from_utf8(rest) else { return };
    let width = 20 + usize::from(w);
    for color in [false, true] {
        let out = dryga::render::markdown::render(md, width, color);
        for line in out.lines() {
            assert!(textwrap::core::display_width(line) <= width, "{line:?} is wider than {width}");
        }
        assert!(color || !out.contains('\u{1b}'), "an escape byte without colour");
    }
}
