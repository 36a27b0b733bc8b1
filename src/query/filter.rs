//! Filters for listings and searches: kind, tags (all must match), domains (any
//! may match), with unknown values rejected and the closest known ones named.

use super::suggest;
use crate::cli::{KindFilter, SortKey};
use crate::content::{Corpus, Item, Kind, domain};
use crate::error::{Error, Result};

/// A checked filter: every tag and domain is known to the corpus.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Which kinds pass.
    pub kind: KindFilter,
    /// Tags an item must all carry (lowercase).
    pub tags: Vec<String>,
    /// Domains an item may be in (slugs); empty means any.
    pub domains: Vec<String>,
}

impl Filter {
    /// Checks tags and domains against the corpus and the vocabulary.
    pub fn new(corpus: &Corpus, kind: KindFilter, tags: &[String], domains: &[String]) -> Result<Self> {
        let known_tags = corpus.tag_counts();
        let mut checked_tags = Vec::new();
        for tag in tags {
            let lower = tag.trim().to_lowercase();
            if !known_tags.iter().any(|(t, ..)| *t == lower) {
                let near = suggest::closest(&lower, known_tags.iter().map(|(t, ..)| t.as_str()), 3);
                return Err(Error::Usage(format!(
                    "unknown tag {:?}{}{}",
                    crate::sanitize::clean_line(tag),
                    suggest::did_you_mean(&near),
                    if near.is_empty() { " (run `dryga tags` to see them all)" } else { "" }
                )));
            }
            checked_tags.push(lower);
        }
        let mut checked_domains = Vec::new();
        for d in domains {
            let Some(known) = domain::find(d.trim()) else {
                let near = suggest::closest(d, domain::DOMAINS.iter().map(|d| d.slug), 3);
                let all: Vec<&str> = domain::DOMAINS.iter().map(|d| d.slug).collect();
                return Err(Error::Usage(format!(
                    "unknown domain {:?}{}{}",
                    crate::sanitize::clean_line(d),
                    suggest::did_you_mean(&near),
                    if near.is_empty() { format!(" (known: {})", all.join(", ")) } else { String::new() }
                )));
            };
            checked_domains.push(known.slug.to_owned());
        }
        Ok(Filter { kind, tags: checked_tags, domains: checked_domains })
    }

    /// Whether `item` passes.
    pub fn accepts(&self, item: &Item) -> bool {
        let kind_ok = match self.kind {
            KindFilter::Project => item.kind == Kind::Project,
            KindFilter::Post => item.kind == Kind::Post,
            KindFilter::All => true,
        };
        kind_ok
            && self.tags.iter().all(|t| item.has_tag(t))
            && (self.domains.is_empty() || item.domain.as_ref().is_some_and(|d| self.domains.contains(d)))
    }

    /// The items that pass, in the corpus order.
    pub fn apply<'a>(&self, corpus: &'a Corpus) -> Vec<&'a Item> {
        corpus.items.iter().filter(|i| self.accepts(i)).collect()
    }
}

/// Sorts items by `key`; ties keep the site's order.
pub fn sort(items: &mut [&Item], key: SortKey) {
    match key {
        SortKey::Order => items.sort_by_key(|i| (i.kind, i.order)),
        SortKey::Title => items.sort_by_cached_key(|i| (i.title.to_lowercase(), i.kind, i.order)),
        SortKey::Domain => {
            items.sort_by_key(|i| (i.domain.is_none(), i.domain.clone(), i.kind, i.order));
        }
    }
}

/// Keeps at most `limit` items.
pub fn limit<T>(items: &mut Vec<T>, limit: Option<u32>) {
    if let Some(n) = limit {
        items.truncate(usize::try_from(n).unwrap_or(usize::MAX));
    }
}
