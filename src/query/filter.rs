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
        if kind == KindFilter::Post && !domains.is_empty() {
            return Err(Error::Usage("posts have no domain: --domain applies to projects".to_owned()));
        }
        let known_tags = corpus.tag_counts();
        let tag_names: Vec<&str> = known_tags.iter().map(|(t, ..)| t.as_str()).collect();
        let tags = tags
            .iter()
            .map(|tag| {
                let lower = tag.trim().to_lowercase();
                if tag_names.contains(&lower.as_str()) { Ok(lower) } else { Err(unknown("tag", tag, &tag_names, None)) }
            })
            .collect::<Result<_>>()?;
        let domain_names: Vec<&str> = domain::DOMAINS.iter().map(|d| d.slug).collect();
        let domains = domains
            .iter()
            .map(|d| match domain::find(d.trim()) {
                Some(known) => Ok(known.slug.to_owned()),
                None => Err(unknown("domain", d, &domain_names, Some(&domain_names))),
            })
            .collect::<Result<_>>()?;
        Ok(Filter { kind, tags, domains })
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

/// "unknown tag "x"; did you mean …?", listing `all` (or pointing to the
/// command that does) when nothing is close.
fn unknown(what: &str, value: &str, known: &[&str], all: Option<&[&str]>) -> Error {
    let near = suggest::closest(value, known.iter().copied(), 3);
    let fallback = match (near.is_empty(), all) {
        (false, _) => String::new(),
        (true, Some(all)) => format!(" (known: {})", all.join(", ")),
        (true, None) => format!(" (run `dryga {what}s` to see them all)"),
    };
    Error::Usage(format!("unknown {what} {}{}{fallback}", crate::sanitize::quote(value), suggest::did_you_mean(&near)))
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
