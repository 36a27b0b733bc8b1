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

#[test]
fn query_regressions() {
    let corpus = corpus();
    replay("query", |data| checks::query(&corpus, data));
}
