//! Full-text search: a query of words, "phrases" or a regex, scored with BM25F
//! over title, tags, summary and body (boosted in that order), with snippets and
//! byte spans of every match, and a typo-forgiving fallback.
//!
//! The corpus is scanned once per query: tokens are slices of the item's text,
//! so no index is kept in memory and memory stays flat as the corpus grows.
//!
//! One concern a module: [`token`] splits text into words, [`query`] parses a
//! query and finds it in a text, [`rank`] scores items, [`snippet`] cuts the
//! text shown around a match, [`typo`] corrects words that match nothing.

mod field;
mod query;
mod rank;
mod snippet;
mod token;
mod typo;

pub use field::{FIELDS, Field};
pub use query::{CaseMode, MAX_QUERY_BYTES, MAX_TERMS, Query, REGEX_SIZE_LIMIT, parse};
pub use snippet::Snippet;
pub use token::tokens;

use crate::content::Item;

/// How to run a search.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// When nothing matches, retry with each word corrected to the nearest corpus word.
    pub fuzzy: bool,
    /// Return at most this many hits.
    pub limit: Option<usize>,
    /// Threads for large corpora (1: scan here).
    pub threads: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options { fuzzy: true, limit: None, threads: crate::parallel::threads() }
    }
}

/// A hit: an item, its score and one snippet per matching field.
#[derive(Debug, Clone)]
pub struct Hit<'a> {
    /// The item.
    pub item: &'a Item,
    /// BM25F score: higher is more relevant.
    pub score: f64,
    /// One snippet per field that matched, in field order.
    pub snippets: Vec<Snippet>,
}

/// The result of a search: the hits, and the corrected query when the typo
/// fallback was used.
#[derive(Debug, Clone)]
pub struct Outcome<'a> {
    /// Hits, best first.
    pub hits: Vec<Hit<'a>>,
    /// The query that found them, when it differs from the one typed.
    pub corrected: Option<String>,
}

/// Searches `items`, best hits first, at most `options.limit` of them.
/// Snippets are made only for the hits returned.
pub fn search<'a>(items: &[&'a Item], query: &Query, options: Options) -> Vec<Hit<'a>> {
    let terms = query.term_count();
    let scan = rank::scan_all(items, query, options.threads);
    let mut scored = rank::rank(scan, items.len(), query);
    scored.truncate(options.limit.unwrap_or(usize::MAX));
    scored
        .into_iter()
        .map(|(score, c)| {
            let snippets = FIELDS
                .iter()
                .enumerate()
                .filter(|(f, _)| (0..terms).any(|t| c.tf[t][*f] > 0.0))
                .filter_map(|(_, field)| snippet::snippet(query, *field, &field.text(c.item)))
                .collect();
            Hit { item: c.item, score, snippets }
        })
        .collect()
}

/// Searches, and when nothing matches and `options.fuzzy` is on, searches
/// again with each word replaced by the nearest word of the corpus.
pub fn search_forgiving<'a>(items: &[&'a Item], query: &Query, options: Options) -> Outcome<'a> {
    let hits = search(items, query, options);
    if !hits.is_empty() || !options.fuzzy {
        return Outcome { hits, corrected: None };
    }
    let Some(retry) = typo::correct(items, query) else {
        return Outcome { hits, corrected: None };
    };
    let hits = search(items, &retry, options);
    let corrected = (!hits.is_empty()).then_some(retry.text);
    Outcome { hits, corrected }
}
