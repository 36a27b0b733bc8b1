//! What the filter line means: facets (`#elixir` keeps items with that tag,
//! `@fintech` those in that domain) and the words left, matched fuzzily with
//! nucleo (helix's matcher) over each item's title, slug and tags, best first,
//! with the positions of the matched characters for highlighting.

use std::collections::BTreeSet;

use nucleo_matcher::pattern::{Atom, CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32String};

use crate::content::Item;
use crate::sanitize::clean_line;

/// The filter line split into facets and the words left.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    /// `#tag` facets, lowercase, without the `#`: an item must carry each.
    pub tags: Vec<String>,
    /// `@domain` facets, lowercase, without the `@`: an item must be in one of them.
    pub domains: Vec<String>,
    /// The other words, joined by single spaces.
    pub words: String,
}

impl Parsed {
    /// Splits `input` at spaces: a word of two characters or more starting with
    /// `#` is a tag facet, with `@` a domain facet; the rest are words.
    pub fn new(input: &str) -> Self {
        let mut parsed = Parsed::default();
        let mut words = Vec::new();
        for word in input.split_whitespace() {
            if let Some(tag) = word.strip_prefix('#').filter(|t| !t.is_empty()) {
                parsed.tags.push(tag.to_lowercase());
            } else if let Some(domain) = word.strip_prefix('@').filter(|d| !d.is_empty()) {
                parsed.domains.push(domain.to_lowercase());
            } else {
                words.push(word);
            }
        }
        parsed.words = words.join(" ");
        parsed
    }

    /// Whether there are facets.
    pub fn has_facets(&self) -> bool {
        !self.tags.is_empty() || !self.domains.is_empty()
    }
}

/// A facet as it applies: a value equal to it when the corpus has that value,
/// else any value that starts with it (so that `#eli` already narrows the list
/// while `#elixir` is being typed, and `#go` does not take in `google-cloud`).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Facet {
    text: String,
    exact: bool,
}

impl Facet {
    fn new(text: &str, known: &BTreeSet<String>) -> Self {
        Facet { text: text.to_owned(), exact: known.contains(text) }
    }

    fn accepts(&self, value: &str) -> bool {
        if self.exact { value == self.text } else { value.starts_with(&self.text) }
    }

    /// Whether some known value passes: a facet that none does is a typo.
    fn known(&self, known: &BTreeSet<String>) -> bool {
        known.iter().any(|v| self.accepts(v))
    }
}

/// Facets resolved against the corpus.
#[derive(Debug, Clone, Default)]
pub struct Facets {
    tags: Vec<Facet>,
    domains: Vec<Facet>,
    /// Facets no item can pass, as typed (`#xyz`), for the status line.
    pub unknown: Vec<String>,
}

impl Facets {
    /// Whether `item` carries a tag for every tag facet and is in one of the
    /// facets' domains (posts have none: a domain facet leaves them out). Tags
    /// and domains are stored lowercase (the content checks say so).
    pub fn accepts(&self, item: &Item) -> bool {
        self.tags.iter().all(|f| item.tags.iter().any(|t| f.accepts(t)))
            && (self.domains.is_empty()
                || item.domain.as_deref().is_some_and(|d| self.domains.iter().any(|f| f.accepts(d))))
    }
}

/// An item's fields as the filter matches them: its title, its slug and
/// each of its tags, each a haystack of its own, so that `^` and `$` anchor
/// to a field's start and end (`^Sage`, `sage$`, `elixir$`), as a reader
/// sees them, not to the start of the title and the end of the last tag.
#[derive(Debug)]
struct Fields {
    /// The title, the slug, then the tags (lowercase), in order.
    haystacks: Vec<Utf32String>,
}

/// Where a field is in [`Fields`]: the title, the slug, tag 0, tag 1…
const TITLE: usize = 0;
/// The slug's place in [`Fields`]; the tags follow it.
const SLUG: usize = 1;

/// `s` as a haystack held a character at a time, ASCII or not: nucleo
/// 0.3.1 compares a case-sensitive `^`/`$` match on an ASCII haystack with
/// the whole haystack, not its start or end (`^Sage` matched nothing).
fn haystack(s: &str) -> Utf32String {
    Utf32String::Unicode(s.chars().collect())
}

/// What the fuzzy filter matches against, made once: for each item its
/// title, slug and tags, and the tags and domains the corpus knows (for
/// facets).
#[derive(Debug)]
pub struct Index {
    fields: Vec<Fields>,
    tags: BTreeSet<String>,
    domains: BTreeSet<String>,
}

impl Index {
    /// The index of `items`.
    pub fn new(items: &[Item]) -> Self {
        let mut index =
            Index { fields: Vec::with_capacity(items.len()), tags: BTreeSet::new(), domains: BTreeSet::new() };
        for item in items {
            let tags: Vec<String> = item.tags.iter().map(|t| clean_line(t).to_lowercase()).collect();
            let mut haystacks = Vec::with_capacity(2 + tags.len());
            haystacks.push(haystack(&clean_line(&item.title)));
            haystacks.push(haystack(&clean_line(&item.slug)));
            haystacks.extend(tags.iter().map(|t| haystack(t)));
            index.fields.push(Fields { haystacks });
            index.tags.extend(tags);
            if let Some(d) = &item.domain {
                index.domains.insert(d.to_lowercase());
            }
        }
        index
    }

    /// Resolves `parsed`'s facets against the corpus.
    pub fn facets(&self, parsed: &Parsed) -> Facets {
        let tags: Vec<Facet> = parsed.tags.iter().map(|t| Facet::new(t, &self.tags)).collect();
        let domains: Vec<Facet> = parsed.domains.iter().map(|d| Facet::new(d, &self.domains)).collect();
        let mut unknown: Vec<String> =
            tags.iter().filter(|f| !f.known(&self.tags)).map(|f| format!("#{}", f.text)).collect();
        unknown.extend(domains.iter().filter(|f| !f.known(&self.domains)).map(|f| format!("@{}", f.text)));
        Facets { tags, domains, unknown }
    }
}

/// An item that passed the filter, with its score (0 when there are no words).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scored {
    /// The item's position in the corpus.
    pub item: usize,
    /// nucleo's score: higher is better.
    pub score: u32,
}

/// The characters of an item to highlight: char positions in its title and
/// in each of its tags.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Highlights {
    /// Positions in the title.
    pub title: Vec<usize>,
    /// Positions in each tag, by tag.
    pub tags: Vec<Vec<usize>>,
}

/// The fuzzy matcher and the words it looks for.
pub struct Fuzzy {
    matcher: Matcher,
    pattern: Pattern,
    indices: Vec<u32>,
}

impl std::fmt::Debug for Fuzzy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fuzzy").field("pattern", &self.pattern).finish_non_exhaustive()
    }
}

impl Default for Fuzzy {
    fn default() -> Self {
        let mut config = Config::DEFAULT;
        // Prefer matches at a field's start.
        config.prefer_prefix = true;
        Fuzzy { matcher: Matcher::new(config), pattern: Pattern::default(), indices: Vec::new() }
    }
}

/// The field `atom` (a word, not a `!not` one) matches best and its score
/// there: the title's counted whole, another field's a little less, so
/// that the title's match comes first; of two alike, the first field.
fn best_field(atom: &Atom, fields: &Fields, matcher: &mut Matcher) -> Option<(u32, usize)> {
    fields
        .haystacks
        .iter()
        .enumerate()
        .filter_map(|(k, field)| {
            let score = u32::from(atom.score(field.slice(..), matcher)?);
            Some((if k == TITLE { score + score / 4 } else { score }, std::cmp::Reverse(k)))
        })
        .max()
        .map(|(score, std::cmp::Reverse(k))| (score, k))
}

impl Fuzzy {
    /// Looks for `words` from now on: fzf's syntax (`'exact`, `^prefix`,
    /// `suffix$`, `!not`), smart case (an upper-case letter makes a word
    /// match case), accents folded.
    pub fn set(&mut self, words: &str) {
        self.pattern.reparse(words, CaseMatching::Smart, Normalization::Smart);
    }

    /// The items that pass `facets` and match the words, best first; items
    /// that score the same keep the corpus order.
    pub fn filter(&mut self, index: &Index, items: &[Item], facets: &Facets) -> Vec<Scored> {
        let mut out: Vec<Scored> = Vec::new();
        for (i, (item, fields)) in items.iter().zip(&index.fields).enumerate() {
            if !facets.accepts(item) {
                continue;
            }
            if let Some(score) = self.score(fields) {
                out.push(Scored { item: i, score });
            }
        }
        out.sort_by_key(|s| std::cmp::Reverse(s.score));
        out
    }

    /// The score of an item's fields: each word's in its best field
    /// ([`best_field`]), added up; `None` when a word matches no
    /// field, or a `!not` word matches one.
    fn score(&mut self, fields: &Fields) -> Option<u32> {
        let mut total = 0u32;
        for atom in &self.pattern.atoms {
            if atom.negative {
                // A negative atom scores (0) where it does not match.
                for field in &fields.haystacks {
                    atom.score(field.slice(..), &mut self.matcher)?;
                }
                continue;
            }
            let (best, _) = best_field(atom, fields, &mut self.matcher)?;
            total = total.saturating_add(best);
        }
        Some(total)
    }

    /// The characters of item `i` that the words matched, each word's in
    /// the field it matched best (none in the slug, which the list does not show).
    pub fn highlights(&mut self, index: &Index, i: usize, tags: usize) -> Highlights {
        let mut out = Highlights { title: Vec::new(), tags: vec![Vec::new(); tags] };
        let Some(fields) = index.fields.get(i) else { return out };
        for atom in self.pattern.atoms.iter().filter(|a| !a.negative) {
            let Some((_, k)) = best_field(atom, fields, &mut self.matcher) else { continue };
            self.indices.clear();
            if atom.indices(fields.haystacks[k].slice(..), &mut self.matcher, &mut self.indices).is_none() {
                continue;
            }
            let marks = match k {
                TITLE => &mut out.title,
                SLUG => continue,
                tag => match out.tags.get_mut(tag - SLUG - 1) {
                    Some(marks) => marks,
                    None => continue,
                },
            };
            marks.extend(self.indices.iter().map(|&n| n as usize));
        }
        out.title.sort_unstable();
        out.title.dedup();
        for marks in &mut out.tags {
            marks.sort_unstable();
            marks.dedup();
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> crate::content::Corpus {
        crate::content::load_bundled().map(|l| l.corpus).expect("bundled content loads")
    }

    #[test]
    fn facets_and_words_are_told_apart() {
        let p = Parsed::new("  #Elixir ecto @fintech # @ mnesia ");
        assert_eq!(p.tags, ["elixir"]);
        assert_eq!(p.domains, ["fintech"]);
        assert_eq!(p.words, "ecto # @ mnesia");
        assert!(!Parsed::new("ecto").has_facets());
    }

    #[test]
    fn a_facet_is_exact_when_the_corpus_has_it_else_a_prefix() {
        let c = corpus();
        let index = Index::new(&c.items);
        let mut fuzzy = Fuzzy::default();
        let count = |fuzzy: &mut Fuzzy, input: &str| {
            let parsed = Parsed::new(input);
            fuzzy.set(&parsed.words);
            fuzzy.filter(&index, &c.items, &index.facets(&parsed)).len()
        };
        let elixir = c.items.iter().filter(|i| i.has_tag("elixir")).count();
        assert!(elixir > 3);
        assert_eq!(count(&mut fuzzy, "#elixir"), elixir);
        assert_eq!(count(&mut fuzzy, "#elix"), elixir);
        let fintech = c.items.iter().filter(|i| i.domain.as_deref() == Some("fintech")).count();
        assert_eq!(count(&mut fuzzy, "@fintech"), fintech);
        assert_eq!(count(&mut fuzzy, "@fintech @adtech"), fintech + count(&mut fuzzy, "@adtech"));
        assert!(count(&mut fuzzy, "#elixir @fintech") < fintech.min(elixir));
        assert_eq!(count(&mut fuzzy, "#nosuchtag"), 0);
        assert_eq!(index.facets(&Parsed::new("#nosuchtag @web")).unknown, ["#nosuchtag"]);
    }

    #[test]
    fn best_match_first_with_the_matched_characters() {
        let c = corpus();
        let index = Index::new(&c.items);
        let mut fuzzy = Fuzzy::default();
        fuzzy.set("blitz");
        let rows = fuzzy.filter(&index, &c.items, &Facets::default());
        let first = &c.items[rows[0].item];
        assert_eq!(first.slug, "blitz");
        let h = fuzzy.highlights(&index, rows[0].item, first.tags.len());
        assert_eq!(h.title, [0, 1, 2, 3, 4]);
        // A tag match is placed in its tag.
        fuzzy.set("terraform");
        let rows = fuzzy.filter(&index, &c.items, &Facets::default());
        let item = &c.items[rows[0].item];
        let h = fuzzy.highlights(&index, rows[0].item, item.tags.len());
        let k = item.tags.iter().position(|t| t == "terraform").expect("the tag");
        assert_eq!(h.tags[k], (0..9).collect::<Vec<_>>(), "{item:?}");
    }

    /// `^` and `$` anchor to a field (the title, the slug, a tag), in the
    /// case typed: `^Sage` matched nothing (the anchors took the title's
    /// start and the last tag's end, and nucleo 0.3.1 compares a
    /// case-sensitive anchor on an ASCII haystack with all of it).
    #[test]
    fn anchors_hold_to_a_field_in_the_case_typed() {
        let c = corpus();
        let index = Index::new(&c.items);
        let mut fuzzy = Fuzzy::default();
        let mut first = |q: &str| {
            fuzzy.set(q);
            let rows = fuzzy.filter(&index, &c.items, &Facets::default());
            (rows.len(), rows.first().map(|r| c.items[r.item].slug.clone()))
        };
        for (q, slug) in
            [("^Blitz", "blitz"), ("^Sage", "sage"), ("sage$", "sage"), ("^blitz$", "blitz"), ("^Sage$", "sage")]
        {
            assert_eq!(first(q).1.as_deref(), Some(slug), "{q}");
        }
        // A tag's end: every item with the tag, and no other.
        let duckdb = c.items.iter().filter(|i| i.tags.iter().any(|t| t.ends_with("duckdb"))).count();
        assert_eq!(first("duckdb$").0, duckdb);
        // In the case typed: no title starts with a lowercase `sage`.
        assert_eq!(first("^SAGE").0, 0);
        // A word no field has, or a `!not` word one has, keeps the item out.
        assert_eq!(first("^blitz !elixir").0, 0);
        assert_eq!(first("^blitz !nosuchword").1.as_deref(), Some("blitz"));
    }
}
