//! Filters for listings and searches: kind, tags (all must match), domains (any
//! may match), with unknown values rejected and the closest known ones named.

use std::borrow::Cow;

use super::suggest;
use super::tailor::vocabulary::DOMAIN_WORDS;
use crate::content::{Corpus, Item, Kind, domain};
use crate::error::{Error, Result};

/// Which kinds of item to include.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum KindFilter {
    /// Projects only.
    #[default]
    Project,
    /// Blog posts only.
    Post,
    /// Projects and posts.
    All,
}

/// How to sort a listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    /// The site's order.
    #[default]
    Order,
    /// Alphabetically by title.
    Title,
    /// By domain, then the site's order.
    Domain,
}

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
            return Err(Error::DomainOnPosts);
        }
        let tags = tags
            .iter()
            .map(|tag| {
                // As typed (`open source`, as JSON Resume's keywords write it).
                let lower = crate::content::typed_slug(tag);
                if corpus.has_tag(&lower) {
                    return Ok(lower);
                }
                // Only a tag that is not there pays for the list of those that are.
                let known = corpus.tag_counts();
                let names: Vec<&str> = known.iter().map(|(t, ..)| t.as_str()).collect();
                // Its label, as tables and JSON Resume print it (`CI/CD`).
                let label = |t: &&&str| crate::content::labels::label(t).eq_ignore_ascii_case(tag.trim());
                if let Some(named) = names.iter().find(label) {
                    return Ok((*named).to_owned());
                }
                // The tag of its other name first (`k8s`: kubernetes), then those spelt alike.
                let mut close = near(tag, &names);
                if let Some(other) = crate::query::search::other_tag(tag).filter(|t| names.contains(&t.as_str())) {
                    close.retain(|t| *t != other);
                    close.insert(0, other);
                    close.truncate(3);
                }
                Err(Error::UnknownTag {
                    value: tag.clone(),
                    near: close,
                    // Posts have no domain: `--domain` would be refused.
                    domain: domain::find_typed(tag).filter(|_| kind != KindFilter::Post).map(|d| d.slug.to_owned()),
                    dryga: crate::error::DRYGA.to_owned(),
                })
            })
            .collect::<Result<_>>()?;
        let domain_names: Vec<&str> = domain::DOMAINS.iter().map(|d| d.slug).collect();
        let domains = domains
            .iter()
            .map(|d| match domain::find_typed(d) {
                Some(known) => Ok(known.slug.to_owned()),
                None => Err(Error::UnknownDomain {
                    value: d.clone(),
                    near: near(d, &domain_names),
                    known: domain_names.iter().map(ToString::to_string).collect(),
                }),
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

/// The known names closest to `value`, for "did you mean".
fn near(value: &str, known: &[&str]) -> Vec<String> {
    suggest::closest(value, known.iter().copied(), 3).into_iter().map(str::to_owned).collect()
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

/// Domains' other names written as two words, apart or hyphenated (one
/// word, they are the tailoring's `DOMAIN_WORDS`: `healthcare`).
const SPELLED_APART: &[(&str, &str)] = &[("health care", "healthtech"), ("health-care", "healthtech")];

/// The domain a query of plain words names, and its other words: the
/// domain's slug as one word (`fintech`), or its label's words in a row in
/// any of their forms (`Developer tools`, `communication`); else, for any
/// domain, another way of writing it: its label's parts apart (`ad tech`,
/// `fin-tech`) or another name (`healthcare`, `health care`, `health-care`: `HealthTech`);
/// the text of no item need say it, each item's label does. What `search`
/// and the browser offer as a domain when such a query finds nothing. Not
/// in a phrase or with a prefix (`"big fintech payments"` is one phrase).
pub fn domain_named(query: &str) -> Option<(&'static domain::Domain, Vec<String>)> {
    use super::search::{one_word, term};
    if query.contains(['"', '“', '”', '*']) {
        return None;
    }
    let words: Vec<&str> = query.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let named = |domain: &'static domain::Domain, (at, len): (usize, usize)| {
        let rest = words[..at].iter().chain(&words[at + len..]).map(|w| (*w).to_owned()).collect();
        (domain, rest)
    };
    // Each word's term once, not once a domain, and one word's bases only
    // where the terms agree (`search duckdb` asked every label's bases:
    // 1.411 M → 1.401 M instructions; the 13 terms are 56 k of them).
    let terms: Vec<Cow<'_, str>> = lower.iter().map(|w| term(w)).collect();
    let exactly = domain::DOMAINS.iter().find_map(|domain| {
        let label: Vec<String> = domain.label.split_whitespace().map(str::to_lowercase).collect();
        let label_terms: Vec<Cow<'_, str>> = label.iter().map(|l| term(l)).collect();
        // The same term first (cheap), then one word (its bases).
        let alike = |at: usize| {
            (0..label.len()).all(|k| terms[at + k] == label_terms[k] && one_word(&lower[at + k], &label[k]))
        };
        let at = lower.iter().position(|w| w == domain.slug).map(|at| (at, 1));
        let starts = (lower.len() + 1).saturating_sub(label.len());
        let at = at.or_else(|| (0..starts).find(|&at| alike(at)).map(|at| (at, label.len())))?;
        Some(named(domain, at))
    });
    exactly.or_else(|| {
        domain::DOMAINS.iter().find_map(|domain| {
            let spellings = spellings(domain);
            // Each spelling's words in a row (a hyphenated one, as typed).
            spellings.iter().find_map(|spelling| {
                let parts: Vec<&str> = spelling.split(' ').collect();
                let at = lower.windows(parts.len()).position(|run| run.iter().zip(&parts).all(|(w, p)| w == p))?;
                Some(named(domain, (at, parts.len())))
            })
        })
    })
}

/// The other ways of writing `domain` a query may use: its label's parts
/// (`AdTech`: `ad tech`, `ad-tech`), its other names ([`DOMAIN_WORDS`],
/// [`SPELLED_APART`]).
fn spellings(domain: &domain::Domain) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    for c in domain.label.chars() {
        match parts.last_mut() {
            Some(part) if !c.is_uppercase() && c != ' ' => part.extend(c.to_lowercase()),
            _ if c == ' ' => parts.push(String::new()),
            _ => parts.push(c.to_lowercase().collect()),
        }
    }
    parts.retain(|p| !p.is_empty());
    let mut all = Vec::new();
    if parts.len() > 1 {
        all.push(parts.join(" "));
        all.push(parts.join("-"));
    }
    let other = DOMAIN_WORDS.iter().chain(SPELLED_APART).filter(|(_, slug)| *slug == domain.slug);
    all.extend(other.map(|(word, _)| (*word).to_owned()));
    all
}
