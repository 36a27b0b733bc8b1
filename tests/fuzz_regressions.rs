//! Every input that ever crashed a fuzz target (fuzz/regressions/<target>/),
//! run through the same checks as the target, on every `cargo test`.

use std::path::Path;

use dryga::content::Item;
use dryga::query::search::{self, CaseMode};

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new("fuzz/regressions").join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    files.into_iter().map(|p| (p.display().to_string(), std::fs::read(&p).expect("read"))).collect()
}

/// `fuzz_targets/render.rs`: any Markdown at any width stays within the width.
#[test]
fn render_regressions() {
    for (name, data) in inputs("render") {
        let Some((&w, rest)) = data.split_first() else { continue };
        let Ok(md) = std::str::from_utf8(rest) else { continue };
        let width = 20 + usize::from(w);
        for color in [false, true] {
            let out = dryga::render::markdown::render(md, width, color);
            for line in out.lines() {
                assert!(textwrap::core::display_width(line) <= width, "{name}: {line:?} is wider than {width}");
            }
            assert!(color || !out.contains('\u{1b}'), "{name}");
        }
    }
}

/// `fuzz_targets/loader.rs`: any file gives problems or an item, located.
#[test]
fn loader_regressions() {
    for (name, data) in inputs("loader") {
        let Ok(text) = std::str::from_utf8(&data) else { continue };
        for p in dryga::content::assemble("fuzz/", [("projects/x.md".to_owned(), text)]).err().unwrap_or_default() {
            assert!(p.line >= 1 && p.column >= 1, "{name}: {p}");
        }
    }
}

/// `fuzz_targets/query.rs`: any query gives an error or hits with exact spans.
#[test]
fn query_regressions() {
    let corpus = dryga::content::load_bundled().expect("bundled").corpus;
    let items: Vec<&Item> = corpus.items.iter().collect();
    for (name, data) in inputs("query") {
        let Some((&mode, rest)) = data.split_first() else { continue };
        let Ok(text) = std::str::from_utf8(rest) else { continue };
        let case = [CaseMode::Smart, CaseMode::Insensitive, CaseMode::Sensitive][usize::from(mode % 3)];
        let Ok(query) = search::parse(text, case, mode & 4 != 0) else { continue };
        for hit in search::search_forgiving(&items, &query, mode & 8 != 0, None).hits {
            for snip in &hit.snippets {
                for &[s, e] in &snip.matches {
                    assert!(s < e && snip.text.get(s..e).is_some(), "{name}: bad span {s}..{e}");
                }
            }
        }
    }
}
