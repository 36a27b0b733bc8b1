//! Search quality and safety over the bundled content: the obvious item first
//! for a dozen real queries, and match spans that always index the snippet.

use dryga::content::{Corpus, Item};
use dryga::query::search::{self, CaseMode, Options, Query};
use proptest::prelude::*;

use crate::support::corpus;

/// Search options: the typo fallback on or off.
fn fuzzy(on: bool) -> Options {
    Options { fuzzy: on, ..Options::default() }
}

fn query(q: &str) -> Query {
    search::parse(q, CaseMode::Smart, false).unwrap_or_else(|e| panic!("{q}: {e}"))
}

fn top(corpus: &Corpus, q: &str) -> Vec<String> {
    let items: Vec<&Item> = corpus.items.iter().collect();
    search::search_forgiving(&items, &query(q), fuzzy(true)).hits.iter().map(|h| h.item.slug.clone()).collect()
}

#[test]
fn the_obvious_item_comes_first() {
    let c = corpus();
    for (q, first) in [
        // A technology named by one project finds that project first.
        ("duckdb", "blitz"),
        ("wireguard", "firezone"),
        ("mnesia", "ecto-mnesia-adapter"),
        ("mastercard", "mastercard-moneysend"),
        ("payday", "forza"),
        ("heroku", "man"),
        ("spawnfest", "elixir-bench"),
        ("paralympic", "parasport"),
        ("kyiv", "l15"),
        // A word of a post title finds the post.
        ("stale", "run-stale-tests-on-file-change-in-elixir"),
        ("blockchain", "bringing-blockchain-properties-to-centralized-government-databases"),
        ("uploads", "alternative-approach-for-sensitive-file-uploads"),
        ("10x", "the-real-10x-engineer"),
        ("signed urls", "alternative-approach-for-sensitive-file-uploads"),
        // A whole title names its item, ahead of items that only mention it.
        ("sage", "sage"),
        ("man", "man"),
        ("Blitz", "blitz"),
    ] {
        let hits = top(&c, q);
        assert_eq!(hits.first().map(String::as_str), Some(first), "{q}: {hits:?}");
    }
}

#[test]
fn every_hit_has_snippets_with_exact_spans_on_real_queries() {
    let c = corpus();
    for q in ["duckdb", "elixir", "kube", "\"open source\"", "P99", "terraform gcp", "sage", "man"] {
        check_spans(&c, &query(q), Some(&query_words(q)));
    }
    for re in [r"\*\*Result", r"(?s)Thanks.*Austin", r"P9[59]", r"\$\d+k"] {
        let q = search::parse(re, CaseMode::Smart, true).expect("regex");
        check_spans(&c, &q, None);
    }
}

#[test]
fn every_word_must_match_and_phrases_match_as_written() {
    let c = corpus();
    assert_eq!(top(&c, "terraform wireguard"), ["firezone"]);
    assert!(top(&c, "duckdb wireguard").is_empty());
    let phrase = top(&c, "\"open source\"");
    assert!(phrase.contains(&"firezone".to_owned()) && phrase.contains(&"gandalf".to_owned()), "{phrase:?}");
    assert!(top(&c, "\"source open\"").is_empty());
}

#[test]
fn whole_words_rank_above_prefixes() {
    let c = corpus();
    let items: Vec<&Item> = c.items.iter().collect();
    // "man" is Man's whole title word; elsewhere it only starts "management".
    let hits = search::search(&items, &query("man"), fuzzy(false));
    assert_eq!(hits[0].item.slug, "man");
    assert!(hits[0].score > hits[1].score * 1.5, "{} vs {}", hits[0].score, hits[1].score);
}

#[test]
fn smart_case_and_typos() {
    let c = corpus();
    assert!(!top(&c, "Duckdb").contains(&"blitz".to_owned()), "an upper-case letter makes the match exact");
    assert_eq!(top(&c, "DuckDB").first().map(String::as_str), Some("blitz"));
    let items: Vec<&Item> = c.items.iter().collect();
    let outcome = search::search_forgiving(&items, &query("kubernets"), fuzzy(true));
    assert_eq!(outcome.corrected.as_deref(), Some("kubernetes"));
    assert!(outcome.hits.iter().any(|h| h.item.slug == "blitz"));
    assert!(search::search_forgiving(&items, &query("kubernets"), fuzzy(false)).hits.is_empty());
}

/// Checks what the JSON promises: every hit has a snippet, every snippet a
/// match, every span is in bounds, on character boundaries, non-empty and in
/// order, and (for word queries) covers words of the query: whole words, or a
/// prefix of a word for the last word of a term.
fn check_spans(corpus: &Corpus, query: &Query, words: Option<&[String]>) {
    let items: Vec<&Item> = corpus.items.iter().collect();
    for hit in search::search(&items, query, fuzzy(false)) {
        assert!(!hit.snippets.is_empty(), "{}: a hit without a snippet", hit.item.slug);
        for snip in &hit.snippets {
            assert!(!snip.matches.is_empty(), "{}: a snippet without a match: {:?}", hit.item.slug, snip.text);
            let mut last = 0;
            for &[s, e] in &snip.matches {
                assert!(s < e && s >= last, "{:?} in {:?}", (s, e), snip.text);
                let found =
                    snip.text.get(s..e).unwrap_or_else(|| panic!("span {s}..{e} does not index {:?}", snip.text));
                if let Some(words) = words {
                    for tok in search::tokens(found).map(|(_, t)| t.to_lowercase()) {
                        assert!(
                            words.iter().any(|w| *w == tok || w.starts_with(&tok) || tok.starts_with(w.as_str())),
                            "{found:?} is not the query {words:?}"
                        );
                    }
                }
                last = e;
            }
        }
    }
}

/// The lowercase words of a query, as the search tokenizes them.
fn query_words(text: &str) -> Vec<String> {
    search::tokens(text).map(|(_, w)| w.to_lowercase()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn spans_always_index_the_snippet(words in prop::collection::vec("[a-zA-Z0-9éü漢]{1,6}|duckdb|elixir|kube|open|source|p99|€", 1..4), quoted in any::<bool>()) {
        let c = corpus();
        let text = if quoted { format!("\"{}\"", words.join(" ")) } else { words.join(" ") };
        if let Ok(q) = search::parse(&text, CaseMode::Smart, false) {
            check_spans(&c, &q, Some(&query_words(&text)));
        }
        if let Ok(q) = search::parse(&words.join("|"), CaseMode::Insensitive, true) {
            check_spans(&c, &q, None);
        }
    }

    #[test]
    fn any_query_string_is_handled_without_panic(text in "\\PC{0,40}") {
        let c = corpus();
        for regex in [false, true] {
            if let Ok(q) = search::parse(&text, CaseMode::Smart, regex) {
                check_spans(&c, &q, (!regex).then(|| query_words(&text)).as_deref());
            }
        }
    }
}
