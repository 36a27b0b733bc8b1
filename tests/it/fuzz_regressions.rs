//! Every saved fuzz input (fuzz/regressions/<target>/: inputs that once
//! crashed a target, and inputs that exercise its hard cases) run through the
//! very checks the target makes (fuzz/checks.rs), on every `cargo test`.

#[path = "../../fuzz/checks.rs"]
mod checks;

use crate::support::{corpus, root};

/// The saved inputs of `target`: the folder must exist and hold at least one,
/// or the replay would prove nothing.
fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = root().join("fuzz/regressions").join(target);
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut files: Vec<_> = entries.map(|e| e.expect("a folder entry").path()).collect();
    files.sort();
    assert!(!files.is_empty(), "{} holds no input: the replay would check nothing", dir.display());
    files.into_iter().map(|p| (p.display().to_string(), std::fs::read(&p).expect("read"))).collect()
}

/// Runs `check` on every input of `target`, naming the input that fails.
fn replay(target: &str, check: impl Fn(&[u8])) {
    for (name, data) in inputs(target) {
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(&data)));
        assert!(outcome.is_ok(), "{name} fails the {target} check");
    }
}

#[test]
fn render_regressions() {
    replay("render", checks::render);
}

#[test]
fn loader_regressions() {
    replay("loader", checks::loader);
}

/// Each saved query checks the spans of what it finds: it must find
/// something, unless its name says it finds nothing (a query that once
/// crashed the parser or the search before it found anything).
#[test]
fn query_regressions() {
    let corpus = corpus();
    for (name, data) in inputs("query") {
        let spans = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| checks::query(&corpus, &data)));
        let spans = spans.unwrap_or_else(|_| panic!("{name} fails the query check"));
        assert_eq!(spans == 0, name.ends_with("-finds-nothing"), "{name}: {spans} spans checked");
    }
}
