//! The layering rule, checked: the core (`content`, `query`, `render` and the
//! plain modules they use) never reaches the command line or the process. It
//! has its own plain types; clap, the environment, the terminal and stdout
//! belong to the edge (`cli`, `commands`, `output`, `browse`, `main`). See ARCHITECTURE.md.

use std::path::{Path, PathBuf};

use crate::support::root;

/// The core: folders and single files under src/.
const CORE: &[&str] = &["content", "index", "query", "render", "sanitize.rs", "lines.rs", "parallel.rs", "error.rs"];

/// What the core must not name, and why.
const FORBIDDEN: &[(&str, &str)] = &[
    ("clap", "the command line belongs to `cli`"),
    ("crate::cli", "the core has its own types; `cli` converts into them"),
    ("crate::commands", "commands call the core, not the other way round"),
    ("crate::output", "only the edge writes to the terminal"),
    ("std::env", "the environment is read at the edge"),
    ("std::process", "only `main` decides how the process ends"),
    ("stdout()", "only the edge writes to stdout"),
    ("stderr()", "only `main` writes diagnostics"),
    ("print!", "only the edge prints"),
    ("println!", "only the edge prints"),
    ("eprint", "only `main` writes diagnostics"),
    ("AutoStream", "colour is decided at the edge and passed in a `Look`"),
    ("ColorChoice", "colour is decided at the edge and passed in a `Look`"),
    ("terminal_size", "the terminal is measured at the edge"),
    ("crossterm", "the terminal is driven by `browse`, at the edge"),
    ("ratatui", "screens are drawn by `browse`, at the edge"),
    ("nucleo", "fuzzy filtering is the browser's (`browse::filter`)"),
    ("crate::browse", "the browser calls the core, not the other way round"),
];

/// Every `.rs` file under `path` (or `path` itself).
fn rust_files(path: &Path) -> Vec<PathBuf> {
    if path.is_file() {
        return vec![path.to_owned()];
    }
    let mut files = Vec::new();
    for entry in std::fs::read_dir(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())) {
        let path = entry.expect("a folder entry").path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// The violations in `source`: `(line number, forbidden name, why)`. Comments
/// are skipped: a doc may say what the module does not do.
fn violations(source: &str) -> Vec<(usize, &'static str, &'static str)> {
    let mut found = Vec::new();
    for (n, line) in source.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        for (name, why) in FORBIDDEN {
            if code.contains(name) {
                found.push((n + 1, *name, *why));
            }
        }
    }
    found
}

#[test]
fn the_core_never_reaches_the_command_line_or_the_process() {
    let src = root().join("src");
    let mut checked = 0;
    let mut broken = Vec::new();
    for part in CORE {
        for file in rust_files(&src.join(part)) {
            checked += 1;
            let source = std::fs::read_to_string(&file).expect("read");
            for (line, name, why) in violations(&source) {
                broken.push(format!("{}:{line}: `{name}`: {why}", file.display()));
            }
        }
    }
    assert!(checked >= 20, "only {checked} core files found: is the layout as CORE says?");
    assert!(broken.is_empty(), "the core reaches the edge:\n{}", broken.join("\n"));
}

/// The check itself can fail: a planted violation is found, a comment is not.
#[test]
fn the_check_finds_a_planted_violation() {
    let planted =
        "//! Knows nothing of clap.\nuse clap::ValueEnum;\nfn f() { let _ = std::env::var(\"X\"); } // std::process\n";
    let found: Vec<(usize, &str)> = violations(planted).into_iter().map(|(n, name, _)| (n, name)).collect();
    assert_eq!(found, [(2, "clap"), (3, "std::env")]);
}

/// The lines of `source` (named `file`) that mention `unsafe` in code, but
/// for the binary naming its C entry point (src/main.rs).
fn unsafe_lines(file: &str, source: &str) -> Vec<String> {
    const ENTRY: &[&str] = &["#[allow(unsafe_code)]", "#[unsafe(no_mangle)]"];
    source
        .lines()
        .enumerate()
        .filter(|(_, line)| {
            let code = line.split("//").next().unwrap_or("");
            code.split(|c: char| !(c.is_alphanumeric() || c == '_')).any(|w| w == "unsafe" || w == "unsafe_code")
        })
        .filter(|(_, line)| !(file.ends_with("src/main.rs") && ENTRY.contains(&line.trim())))
        .map(|(n, line)| format!("{file}:{}: {}", n + 1, line.trim()))
        .collect()
}

/// `unsafe_code` is `deny`, not `forbid`, only so that `main.rs` can name its
/// C entry point: no `unsafe` block, function or other attribute anywhere.
#[test]
fn no_unsafe_code_but_the_entry_points_name() {
    let root = root();
    let mut files = rust_files(&root.join("src"));
    files.push(root.join("build.rs"));
    let found: Vec<String> = files
        .iter()
        .flat_map(|f| unsafe_lines(&f.display().to_string(), &std::fs::read_to_string(f).expect("read")))
        .collect();
    assert!(found.is_empty(), "unsafe code:\n{}", found.join("\n"));
    // The check can fail: a block anywhere, the attribute outside main.rs.
    assert_eq!(unsafe_lines("src/x.rs", "fn f() {\n    unsafe { g() }\n}\n").len(), 1);
    assert_eq!(unsafe_lines("src/x.rs", "#[unsafe(no_mangle)]\n").len(), 1);
    assert!(
        unsafe_lines("src/main.rs", "#[unsafe(no_mangle)]\n// unsafe in a comment\nfn is_unsafe() {}\n").is_empty()
    );
}
