//! A filter (`--kind`, `--tag`, `--domain`, combined) narrows a search's
//! hits and never reorders them: `search Q FILTER` shows the hits of
//! `search Q` that pass the filter, in the same order, with the same scores
//! and snippets, and `--limit N` the first N of them. Asked of the built
//! binary over a generated folder by a scan (`--no-index`) and through its
//! index (the first command, which builds it, and the ones after), and
//! over the bundled content. Over the generated folder, searching only the
//! items that pass (what `search` did before) reorders hits for most of
//! these queries.

use std::path::Path;

use serde_json::Value;

use crate::index::folder;
use crate::support::{arg, dryga, temp_dir};

/// Queries of every kind over a generated folder (each with its flags):
/// words, a phrase, a prefix, a typo (corrected, and not with `--exact`),
/// a word that is also a tag, a case-sensitive word, a regex.
const QUERIES: &[&[&str]] = &[
    &["latency"],
    &["cloud costs"],
    &["memory security"],
    &["\"open source\""],
    &["kube*"],
    &["terrafrom"],
    &["terrafrom", "--exact"],
    &["rust"],
    &["Latency", "-s"],
    &["deploy|laten", "--regex"],
];

/// Filters of a generated folder, alone and combined (`--kind post` takes no `--domain`).
const FILTERS: &[&[&str]] = &[
    &["--kind", "post"],
    &["--tag", "rust"],
    &["--domain", "fintech"],
    &["--kind", "post", "--tag", "security"],
    &["--kind", "project", "--tag", "elixir", "--domain", "fintech"],
];

/// Queries of the bundled content.
const BUNDLED_QUERIES: &[&[&str]] =
    &[&["elixir"], &["payments"], &["open source"], &["deploy*"], &["kube*"], &["terrafrom"], &["ecto|elixir", "-e"]];

/// Filters of the bundled content.
const BUNDLED_FILTERS: &[&[&str]] =
    &[&["--kind", "post"], &["--domain", "fintech"], &["--tag", "elixir"], &["--kind", "project", "--tag", "elixir"]];

/// Runs `dryga` with `args` (after `before`, which names the folder and
/// the cache) and parses its stdout as JSON; a search that finds nothing
/// exits 1 with an empty array, anything else must succeed.
fn ask(before: &[&str], cache: &Path, args: &[&str]) -> Value {
    let out = dryga(before).args(args).env("DRYGA_CACHE_DIR", cache).output().expect("the binary runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(matches!(out.status.code(), Some(0 | 1)), "{args:?}: {stderr}");
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{args:?}: {e}: {stderr}"))
}

/// The hits of a search's JSON.
fn hits(value: Value) -> Vec<Value> {
    match value {
        Value::Array(hits) => hits,
        other => panic!("not a list of hits: {other}"),
    }
}

/// A hit's slug.
fn slug(hit: &Value) -> &str {
    hit["slug"].as_str().expect("a hit has a slug")
}

/// For every filter and query: the filtered search's hits are the
/// unfiltered search's that pass (the items `list --kind all FILTER`
/// names), whole and in order. Returns the filtered searches' hits, for
/// comparing engines, and how many searches had two hits or more.
fn narrows(
    (before, cache): (&[&str], &Path),
    (filters, queries): (&[&[&str]], &[&[&str]]),
    context: &str,
) -> (Vec<Vec<Value>>, usize) {
    let mut seen = Vec::new();
    let mut ordered = 0;
    for filter in filters {
        for (n, q) in queries.iter().enumerate() {
            // The filtered search first: in a fresh cache, the first
            // command of all builds the index.
            let filtered = hits(ask(before, cache, &[&["search"], *q, &["--json"], *filter].concat()));
            let listed = hits(ask(before, cache, &[&["list", "--kind", "all", "--json"], *filter].concat()));
            let passes: Vec<&str> = listed.iter().map(slug).collect();
            let all = hits(ask(before, cache, &[&["search"], *q, &["--json"]].concat()));
            let expected: Vec<Value> = all.into_iter().filter(|h| passes.contains(&slug(h))).collect();
            assert_eq!(filtered, expected, "{context}: search {q:?} {filter:?}");
            ordered += usize::from(expected.len() > 1);
            if n == 0 {
                // A limit counts the hits that pass.
                let limited =
                    hits(ask(before, cache, &[&["search"], *q, &["--limit", "3", "--json"], *filter].concat()));
                assert_eq!(limited, expected[..expected.len().min(3)], "{context}: search {q:?} {filter:?} --limit 3");
            }
            seen.push(filtered);
        }
    }
    (seen, ordered)
}

#[test]
fn a_filter_narrows_a_search_of_a_folder_without_reordering_it() {
    // Settled files: the index trusts them, and the commands after the
    // first answer from it without reading them again.
    let dir = folder(300, 5);
    let d = arg(dir.path());
    // Through the index: a fresh cache, so that its first command is a filtered search.
    let cache = temp_dir();
    let (indexed, ordered) = narrows((&["--content-dir", &d], cache.path()), (FILTERS, QUERIES), "index");
    assert!(ordered > 20, "too few searches with two hits or more to tell an order: {ordered}");
    let scan = ["--content-dir", &d, "--no-index"];
    let (scanned, _) = narrows((&scan, cache.path()), (FILTERS, QUERIES), "scan");
    assert_eq!(indexed, scanned);
}

#[test]
fn a_filter_narrows_a_search_of_the_bundled_content_without_reordering_it() {
    let cache = temp_dir();
    let (_, ordered) = narrows((&[], cache.path()), (BUNDLED_FILTERS, BUNDLED_QUERIES), "bundled");
    assert!(ordered > 3, "too few searches with two hits or more to tell an order: {ordered}");
}

/// A tag or domain typed as tables, `tags` and JSON Resume print it (its
/// label, or its words with spaces) filters as its slug does, in `list` and
/// `search` alike: users copy what they see.
#[test]
fn a_filter_typed_as_its_label_is_its_slug() {
    let stdout = |args: &[&str]| {
        let out = dryga(args).output().expect("the binary runs");
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    for (typed, slug) in [
        (["--domain", "Developer tools"], ["--domain", "developer-tools"]),
        (["--domain", "developer_tools"], ["--domain", "developer-tools"]),
        (["--tag", "open source"], ["--tag", "open-source"]),
        (["--tag", "Night Club"], ["--tag", "night-club"]),
        (["--tag", "GCP"], ["--tag", "gcp"]),
        // A label other than the slug's words (`ci-cd`).
        (["--tag", "CI/CD"], ["--tag", "ci-cd"]),
    ] {
        let want = stdout(&[&["list"], &slug[..]].concat());
        assert!(!want.is_empty(), "{slug:?} lists nothing");
        assert_eq!(stdout(&[&["list"], &typed[..]].concat()), want, "{typed:?}");
        let search = |filter: &[&str]| stdout(&[&["search", "a*", "--json"], filter].concat());
        assert_eq!(search(&typed), search(&slug), "{typed:?}");
    }
    // Close is not the same: `developer tool` is no domain.
    let out = dryga(["list", "--domain", "developer tool"]).output().expect("the binary runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("did you mean developer-tools?"));
}
