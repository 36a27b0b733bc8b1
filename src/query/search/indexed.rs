//! Searching with an index: the same answers as a scan, from less work.
//!
//! An index knows, for every word form written in the items (as written:
//! `Logging`, `logs`), the items that contain it, sorted by the form's
//! [`fold`]. A query word is looked up as a range of folds that holds every
//! form it can match, and each form in the range is tested with the scan's
//! own [`Word::weigh`]: the documents of the forms that pass are exactly the
//! documents the scan would find the word in. So document frequencies come
//! from the index; only the items that match every term are read in full and
//! scored by the scan's own code ([`rank`]), with the field lengths of every
//! item from the index. A phrase's documents are those with all its words,
//! read in full to keep those where the words are really in a row. A regex
//! reads every item.
//!
//! Why the ranges hold every match (each is tested in this module):
//! - a case-sensitive word or prefix matches words that start with it, and
//!   folding character by character keeps prefixes;
//! - a case-insensitive prefix `kube*` matches words whose lowercase starts
//!   with `kube`, and those fold to a fold that starts with `kube`;
//! - a word matches by its term, the Snowball stem of its lowercase form, and
//!   that stem is the lowercase form but for its last letter (the property
//!   [`may_have_term`](super::token) relies on, tested over thousands of
//!   words), so the range is the fold of the term less its last letter; plus
//!   the stemmer's three exceptions (`dying`, `lying`, `tying`).

use super::query::{Matcher, Query, Term, Word};
use super::rank::{self, Need};
use super::token::fold;
use super::{FIELDS, Hit, Options, hit};
use crate::content::Item;
use crate::error::Result;

/// What a search needs from an index of a corpus.
pub trait Index: Sync {
    /// How many documents the index holds; their ids are `0..docs()`.
    fn docs(&self) -> usize;
    /// The document of an item of the index's corpus.
    fn doc_of(&self, item: &Item) -> Option<u32>;
    /// The number of words of each field of a document, at least 1 (as [`rank`] counts).
    fn lengths(&self, doc: u32) -> [usize; 4];
    /// Calls `f` with every word form whose fold starts with `prefix`, and
    /// the documents (ascending ids) that contain it.
    fn forms(&self, prefix: &str, f: &mut dyn FnMut(&str, &[u32])) -> Result<()>;
    /// Reads the bodies of documents, given with their items (as in the
    /// corpus, without bodies), to make full items for [`Index::item`].
    fn load(&self, docs: &[(u32, &Item)]) -> Result<()>;
    /// A document's full item, once loaded.
    fn item(&self, doc: u32) -> Option<&Item>;
}

/// The prefixes of folds among which every form that `word` matches is found.
pub(super) fn ranges(word: &Word, sensitive: bool) -> Vec<String> {
    if sensitive || word.prefix {
        return vec![fold(&word.key).into_owned()];
    }
    // A term: its fold less the last letter; one letter: every form.
    let mut chars = word.key.chars();
    chars.next_back();
    let mut ranges = vec![fold(chars.as_str()).into_owned()];
    // Snowball's exceptions: dying, lying, tying (as `may_have_term` has them).
    let k = word.key.as_bytes();
    if k.len() == 3 && k[1] == b'i' && k[0].is_ascii() {
        ranges.push(format!("{}y", char::from(k[0].to_ascii_lowercase())));
    }
    ranges
}

/// A search over some items of an index's corpus (those a filter kept).
pub(super) struct Indexed<'a> {
    index: &'a dyn Index,
    /// The items searched, in their order.
    items: Vec<&'a Item>,
    /// The position in `items` of each document, or `u32::MAX` when it is not searched.
    position: Vec<u32>,
    /// The document of each item (`u32::MAX` for none).
    docs: Vec<u32>,
    /// The words of each field over every item searched.
    total_len: [usize; 4],
}

impl<'a> Indexed<'a> {
    /// A search of `items`, which must come from the index's corpus.
    pub(super) fn new(index: &'a dyn Index, items: &[&'a Item]) -> Self {
        let mut position = vec![u32::MAX; index.docs()];
        let mut docs = Vec::with_capacity(items.len());
        let mut total_len = [0; 4];
        for (i, item) in items.iter().enumerate() {
            // Every item of the corpus has a document.
            let doc = index.doc_of(item).unwrap_or(u32::MAX);
            docs.push(doc);
            if let Some(slot) = position.get_mut(doc as usize) {
                *slot = u32::try_from(i).unwrap_or(u32::MAX);
                for (total, len) in total_len.iter_mut().zip(index.lengths(doc)) {
                    *total += len;
                }
            }
        }
        Indexed { index, items: items.to_vec(), position, docs, total_len }
    }

    /// The items searched (titles and tags are enough for the typo fallback).
    pub(super) fn items(&self) -> &[&'a Item] {
        &self.items
    }

    /// The positions (ascending) of the items searched where `word` matches a word.
    fn word_docs(&self, word: &Word, sensitive: bool) -> Result<Vec<u32>> {
        let mut seen = vec![false; self.items.len()];
        for prefix in ranges(word, sensitive) {
            self.index.forms(&prefix, &mut |form, docs| {
                if word.weigh(form, sensitive).is_some() {
                    for &doc in docs {
                        if let Some(&pos) = self.position.get(doc as usize) {
                            if let Some(s) = seen.get_mut(pos as usize) {
                                *s = true;
                            }
                        }
                    }
                }
            })?;
        }
        Ok(seen.iter().enumerate().filter(|(_, s)| **s).filter_map(|(i, _)| u32::try_from(i).ok()).collect())
    }

    /// Whether `word` matches a word of any item searched.
    pub(super) fn occurs(&self, word: &Word, sensitive: bool) -> Result<bool> {
        Ok(!self.word_docs(word, sensitive)?.is_empty())
    }

    /// The positions where every word of `term` is found (a superset of where it matches).
    fn term_docs(&self, term: &Term, sensitive: bool) -> Result<Vec<u32>> {
        let mut set: Option<Vec<u32>> = None;
        for word in &term.words {
            let docs = self.word_docs(word, sensitive)?;
            set = Some(match set {
                None => docs,
                Some(set) => intersect(&set, &docs),
            });
        }
        Ok(set.unwrap_or_default())
    }

    /// Reads the full items at `positions` and returns them.
    fn full(&self, positions: &[u32]) -> Result<Vec<&'a Item>> {
        let wanted: Vec<(u32, &Item)> = positions
            .iter()
            .filter_map(|&p| Some((*self.docs.get(p as usize)?, *self.items.get(p as usize)?)))
            .collect();
        self.index.load(&wanted)?;
        Ok(wanted.iter().filter_map(|&(d, _)| self.index.item(d)).collect())
    }

    /// Searches as [`super::search`] does over the same items, best hits first.
    pub(super) fn search(&self, query: &Query, options: Options) -> Result<Vec<Hit<'a>>> {
        let Matcher::Terms { terms, sensitive } = &query.matcher else {
            // A regex can match anywhere: every item, read in full.
            let all: Vec<u32> = (0..self.docs.len()).filter_map(|p| u32::try_from(p).ok()).collect();
            return Ok(super::search(&self.full(&all)?, query, options));
        };
        let mut sets = Vec::with_capacity(terms.len());
        for term in terms {
            sets.push(self.term_docs(term, *sensitive)?);
        }
        let mut candidates: Option<Vec<u32>> = None;
        for set in &sets {
            candidates = Some(match candidates {
                None => set.clone(),
                Some(c) => intersect(&c, set),
            });
        }
        let candidates = candidates.unwrap_or_default();
        // A phrase's documents are read to count where it really matches.
        let mut df = Vec::with_capacity(terms.len());
        for (term, set) in terms.iter().zip(&sets) {
            if term.words.len() == 1 {
                df.push(set.len());
            } else {
                let alone = Query::from_terms(vec![term.clone()], *sensitive);
                let full = self.full(set)?;
                df.push(full.iter().filter(|item| FIELDS.iter().any(|f| alone.covers(&f.text(item)))).count());
            }
        }
        let full = self.full(&candidates)?;
        let mut scan = rank::scan_all(&full, query, Need::All, options.threads);
        scan.df = df;
        scan.total_len = self.total_len;
        let mut scored = rank::rank(scan, self.items.len(), query, Need::All);
        scored.truncate(options.limit.unwrap_or(usize::MAX));
        Ok(scored.into_iter().map(|(score, c)| hit(query, c.item, score, &c.tf)).collect())
    }
}

/// The values in both ascending lists.
fn intersect(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::query::{CaseMode, parse};
    use super::super::token::tokens;
    use super::*;

    /// Every query word of `words` against every text word of `words`: when
    /// the scan matches, the text word's fold is in one of the word's ranges.
    fn check_ranges(words: &[String]) {
        for q in words {
            for (sensitive, prefix) in [(false, false), (false, true), (true, false), (true, true)] {
                let word = Word::new(q, prefix, sensitive);
                let ranges = ranges(&word, sensitive);
                for t in words {
                    if word.weigh(t, sensitive).is_some() {
                        let f = fold(t);
                        assert!(ranges.iter().any(|r| f.starts_with(r.as_str())), "{q} ({sensitive}, {prefix}) {t}");
                    }
                }
            }
        }
    }

    #[test]
    fn every_form_a_word_matches_is_in_its_ranges() {
        let mut words: Vec<String> = [
            "dying",
            "Dying",
            "lie",
            "lying",
            "tie",
            "Tying",
            "die",
            "logs",
            "Logging",
            "log",
            "hoping",
            "hope",
            "cry",
            "cries",
            "skies",
            "sky",
            "news",
            "Élan",
            "élan",
            "ÉLANS",
            "naïve",
            "Naïveté",
            "ΣΟΦΙΑΣ",
            "σοφιας",
            "σοφιας",
            "don’t",
            "don't",
            "DON’T",
            "C++",
            "c#",
            "node.js",
            "P2P",
            "europe's",
            "Europe’s",
            "İstanbul",
            "straße",
            "STRASSE",
            "Ǆemal",
            "ǆemal",
            "KELVIN",
            "\u{212a}elvin",
            "a",
            "A",
            "I",
            "related",
            "relational",
            "agreed",
            "generously",
            "happiness",
            "Happy",
            "ies",
            "ied",
            "y",
            "Y",
            "yell",
            "Yelling",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        if let Ok(loaded) = crate::content::load_bundled() {
            for item in loaded.corpus.items.iter().take(8) {
                words.extend(tokens(&item.body).map(|(_, w)| w.to_owned()));
            }
        }
        words.sort();
        words.dedup();
        check_ranges(&words);
    }

    proptest::proptest! {
        /// Words as the tokenizer makes them (from text and from queries alike).
        #[test]
        fn ranges_hold_for_any_words(text in "[a-zA-ZéÉσΣςİıǅ’'ß0-9+#. ]{1,200}") {
            let mut words: Vec<String> = tokens(&text).map(|(_, w)| w.to_owned()).collect();
            words.sort();
            words.dedup();
            check_ranges(&words);
        }
    }

    #[test]
    fn phrases_and_prefixes_parse_to_words_with_ranges() {
        let q = parse("\"open sour*\" kube*", CaseMode::Smart, false).expect("query");
        let Matcher::Terms { terms, .. } = &q.matcher else { panic!("terms") };
        assert_eq!(ranges(&terms[0].words[1], false), ["sour"]);
        assert_eq!(ranges(&terms[1].words[0], false), ["kube"]);
    }

    #[test]
    fn intersections() {
        assert_eq!(intersect(&[1, 3, 5, 7], &[2, 3, 7, 9]), [3, 7]);
        assert!(intersect(&[], &[1]).is_empty());
    }
}
