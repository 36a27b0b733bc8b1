//! The typo fallback: when nothing matches, each query word is replaced by the
//! nearest word of the corpus, and the search runs again.

use std::collections::HashMap;

use super::field::FIELDS;
use super::query::{Matcher, Query, Term};
use super::token::tokens;
use crate::content::Item;

/// The query with each word replaced by its nearest corpus word, or None when
/// no word changes (or the query is a regex).
pub(super) fn correct(items: &[&Item], query: &Query) -> Option<Query> {
    let Matcher::Terms { terms, .. } = &query.matcher else {
        return None;
    };
    let vocabulary = vocabulary(items);
    let mut changed = false;
    let corrected: Vec<Term> = terms
        .iter()
        .map(|term| Term {
            words: term
                .words
                .iter()
                .map(|w| match nearest(w, &vocabulary) {
                    Some(near) if near != w.to_lowercase() => {
                        changed = true;
                        near
                    }
                    _ => w.clone(),
                })
                .collect(),
        })
        .collect();
    if !changed {
        return None;
    }
    let text = corrected
        .iter()
        .map(|t| if t.words.len() > 1 { format!("\"{}\"", t.words.join(" ")) } else { t.words.join(" ") })
        .collect::<Vec<_>>()
        .join(" ");
    Some(Query { matcher: Matcher::Terms { terms: corrected, insensitive: true }, text })
}

/// Every lowercase word of the items, with how many times it occurs.
fn vocabulary(items: &[&Item]) -> HashMap<String, usize> {
    let mut words: HashMap<String, usize> = HashMap::new();
    for item in items {
        for field in FIELDS {
            for (_, tok) in tokens(&field.text(item)) {
                *words.entry(tok.to_lowercase()).or_default() += 1;
            }
        }
    }
    words
}

/// The corpus word nearest to `word`: the smallest edit distance (at most 1 for
/// words up to 5 letters, 2 beyond), then the most frequent. Short words and
/// words that already occur are left alone.
fn nearest(word: &str, vocabulary: &HashMap<String, usize>) -> Option<String> {
    let lower = word.to_lowercase();
    let chars = lower.chars().count();
    if chars < 4 || vocabulary.contains_key(&lower) {
        return None;
    }
    let max = if chars <= 5 { 1 } else { 2 };
    vocabulary
        .iter()
        .filter(|(v, _)| v.len().abs_diff(lower.len()) <= max)
        .map(|(v, count)| (strsim::damerau_levenshtein(&lower, v), *count, v))
        .filter(|(d, ..)| *d <= max)
        .min_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(b.2)))
        .map(|(.., v)| v.clone())
}
