//! Searching with an index: the same answers as a scan, from less work.
//!
//! An index knows, for every word form written in the items (as written:
//! `Logging`, `logs`), where it occurs: the document, the field and the word's
//! position. Forms are sorted by their [`fold`]. A query word is looked up as
//! a range of folds that holds every form it can match, and each form in the
//! range is tested with the scan's own [`Word::weigh`]: the occurrences of the
//! forms that pass are exactly the words the scan would match, with the same
//! weights. From them come what the scan gathers: each term's frequency per
//! field (summed in the text's order, as the scan sums), a phrase's matches
//! (its words at consecutive positions), document frequencies, whether a
//! field has all the query's words in a row; field lengths are stored. The
//! scan's own BM25F ([`rank::Scorer`]) scores them, from no more of an item
//! than its kind, order and title. Only the items returned are read in full,
//! for their snippets; which of their fields matched, and the words that
//! matched, come from the occurrences (the forms at the matched positions),
//! not from finding the matches in their texts again. A regex reads every
//! item and scans. A filter ([`Keep`]) leaves out of the candidates the
//! items it does not accept, after the statistics are taken over every
//! item, as the scan does.
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

use std::borrow::Cow;

use super::field::Field;
use super::query::{Matcher, Query, Term, Word};
use super::rank::{self, Need};
use super::token::fold;
use super::typo;
use super::{Hit, Keep, Options, hit_known};
use crate::content::{Item, Kind};
use crate::error::Result;

/// Where a word form occurs: a document, a field (in [`FIELDS`](super::FIELDS)'
/// order), the word's position in that field, and the form (as the search
/// numbered it). Sixteen bytes: a phrase of two common words over 100,000
/// documents has 131,000 a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    /// The document.
    pub doc: u32,
    /// The word's position in the field (0 for its first word).
    pub pos: u32,
    /// The form's number, as the search gave it ([`Index::forms`]).
    pub form: u32,
    /// The field's index.
    pub field: u8,
}

/// What a search needs from an index of a corpus.
pub trait Index: Sync {
    /// How many documents the index holds; their ids are `0..docs()`.
    fn docs(&self) -> usize;
    /// The document of an item of the index's corpus.
    fn doc_of(&self, item: &Item) -> Option<u32>;
    /// The documents of `items` (of the index's corpus), in order, as
    /// [`Index::doc_of`] finds each; `u32::MAX` for one it does not.
    fn docs_of(&self, items: &[&Item]) -> Vec<u32> {
        items.iter().map(|item| self.doc_of(item).unwrap_or(u32::MAX)).collect()
    }
    /// The number of words of each field of a document, at least 1 (as `rank` counts).
    fn lengths(&self, doc: u32) -> [usize; 4];
    /// Asks `number` of every word form whose fold starts with `prefix`, and
    /// adds to `out` the occurrences of each it numbers, with that number:
    /// a form's in document, field and position order, one form after another.
    fn forms(&self, prefix: &str, number: &mut dyn FnMut(&str) -> Option<u32>, out: &mut Vec<Occurrence>)
    -> Result<()>;
    /// Reads the bodies of documents, given with their items (as in the
    /// corpus, without bodies), to make full items for [`Index::item`].
    fn load(&self, docs: &[(u32, &Item)]) -> Result<()>;
    /// A document's full item, once loaded.
    fn item(&self, doc: u32) -> Option<&Item>;
    /// The bodies of documents, in the order asked (not kept: a hit's
    /// snippets are made from its body, then the body is let go).
    fn bodies(&self, docs: &[u32]) -> Result<Vec<String>>;
    /// The documents of the corpus's items in the corpus's order, when the
    /// corpus was loaded without its items: the index gives them ([`Index::fields`]).
    fn served(&self) -> Option<&[u32]>;
    /// A document's item without its body, when [`Index::served`]: made
    /// when first asked; an error when the index cannot make it.
    fn fields(&self, doc: u32) -> Result<&Item>;
    /// As [`Index::fields`] for each of `docs`, in order, but an item not
    /// made yet is made for the caller and not kept (or lent, when the index
    /// holds it as it was just read).
    fn fields_many(&self, docs: &[u32]) -> Result<Vec<Cow<'_, Item>>>;
    /// Takes back an item [`Index::fields_many`] made for the caller, done
    /// with: the next ones asked for on this thread may be made in it.
    fn give_back(&self, item: Item);
    /// What ranking reads of each of `docs`' served items, in order, without
    /// making them: its kind, its order and what `names` says of its title.
    fn ranked_many(&self, docs: &[u32], names: &dyn Fn(&str) -> bool) -> Result<Vec<(Kind, u32, bool)>>;
    /// Calls `f` with a served document's title (followed by its subtitle,
    /// as the title field has it) and tags, without making its item.
    fn named(&self, doc: u32, f: &mut dyn FnMut(&str, &[&str])) -> Result<()>;
}

/// Hits are made this many at a time: their bodies are read together (near
/// ones in one read), and let go before the next ones are read (and a
/// thread keeps as many items to make the next ones in: the index's
/// `SPARE_ITEMS`).
const BODIES_AT_ONCE: usize = 256;

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
    // A verb's irregular forms (`lead`: "led"), whole.
    if word.name.is_none() {
        ranges.extend(super::token::irregular_forms(&word.key).map(str::to_owned));
    }
    // A British `-our` word's forms (`favor`, `favorite`: "favourite"), under the British word.
    ranges.extend(super::token::british_our(&word.key));
    ranges
}

/// Where a word or term matches among the items searched: an occurrence
/// of a form it matched (whose number in the search's [`Forms`] gives the
/// match's weight; a phrase's match, at its first word, names the form of
/// its words that weighs least).
pub(super) type At = Occurrence;

/// The word forms a search matched, numbered as its matches name them
/// ([`At::form`]), each with the weight its word gave it.
#[derive(Debug, Default)]
pub(super) struct Forms {
    words: Vec<String>,
    weights: Vec<f64>,
}

impl Forms {
    /// The weight of a match.
    fn weight(&self, at: &At) -> f64 {
        self.weights.get(at.form as usize).copied().unwrap_or(0.0)
    }
}

/// Each term's matches, from each phrase's (`phrased`: each way of writing
/// each term one, in order), and each phrase's when a term is written more
/// than one way (`None` when none is: the phrases are the terms). A term's
/// matches are its phrases' merged in document, field and position order;
/// where two start at one word, the first phrase's is kept, as the scan
/// keeps it (see `each_phrasing` in the query).
fn by_term(terms: &[Term], phrased: Vec<Vec<At>>) -> (Vec<Vec<At>>, Option<Vec<Vec<At>>>) {
    if terms.iter().all(|t| t.also.is_empty()) {
        return (phrased, None);
    }
    let mut matches = Vec::with_capacity(terms.len());
    let mut kept: Vec<Vec<At>> = Vec::with_capacity(phrased.len());
    let mut each = phrased.into_iter();
    for term in terms {
        let ways = 1 + term.also.len();
        let mut all: Vec<(At, usize)> = Vec::new();
        for k in 0..ways {
            all.extend(each.next().unwrap_or_default().into_iter().map(|a| (a, k)));
        }
        // Stable: the first phrase's first where two are at one word.
        all.sort_by_key(|(a, _)| (a.doc, a.field, a.pos));
        all.dedup_by_key(|(a, _)| (a.doc, a.field, a.pos));
        kept.extend((0..ways).map(|k| all.iter().filter(|&&(_, of)| of == k).map(|&(a, _)| a).collect()));
        matches.push(all.into_iter().map(|(a, _)| a).collect());
    }
    (matches, Some(kept))
}

/// The phrases (numbered as [`by_term`] numbers them) of each term as typed.
fn typed_phrases(terms: &[Term]) -> Vec<usize> {
    let mut first = 0;
    terms
        .iter()
        .map(|t| {
            let p = first;
            first += 1 + t.also.len();
            p
        })
        .collect()
}

/// The distinct documents of matches sorted by document.
fn docs_of(at: &[At]) -> Vec<u32> {
    let mut docs: Vec<u32> = at.iter().map(|a| a.doc).collect();
    docs.dedup();
    docs
}

/// `at` (the matches of forms taken one after another, each form's in its
/// documents' order) sorted by document, field and position, and in the
/// order they came where those are the same. Matches are kept in the
/// documents' order, not the items': the forms' lists come so, and a few
/// sorted runs merge as they are read (a stable sort finds them), where
/// putting 131,000 matches a word into their items' places (a phrase of
/// two common words over 100,000 documents) wrote them all over memory:
/// about 3.5 ms a word.
fn in_doc_order(mut at: Vec<At>) -> Vec<At> {
    let key = |a: &At| (a.doc, a.field, a.pos);
    if !at.is_sorted_by_key(key) {
        at.sort_by_key(key);
    }
    at
}

/// Documents (ascending), each with its item's place among the `items`
/// searched (`position`, by document: `u32::MAX` for one not searched,
/// which is left out), in the items' order: put into their places when
/// they are many (a common word's tens of thousands), else sorted.
fn in_item_order(position: &[u32], items: usize, docs: Vec<u32>) -> Vec<(u32, u32)> {
    let item = |doc: u32| position.get(doc as usize).copied().filter(|&p| (p as usize) < items);
    if docs.len().saturating_mul(16) < items {
        let mut both: Vec<(u32, u32)> = docs.into_iter().filter_map(|doc| Some((item(doc)?, doc))).collect();
        both.sort_unstable();
        return both;
    }
    let mut placed = vec![u32::MAX; items];
    for doc in docs {
        if let Some(slot) = item(doc).and_then(|p| placed.get_mut(p as usize)) {
            *slot = doc;
        }
    }
    (0u32..).zip(placed).filter(|&(_, doc)| doc != u32::MAX).collect()
}

/// The match in `at` (sorted) at this document, field and position.
fn find(at: &[At], doc: u32, field: u8, pos: u32) -> Option<&At> {
    at.binary_search_by(|a| (a.doc, a.field, a.pos).cmp(&(doc, field, pos))).ok().map(|i| &at[i])
}

/// Where the words of a phrase (each word's matches given) match in a row:
/// at the first word's position, with the least of their weights (the form
/// of the word that weighs least). Every
/// list is sorted by document, field and position, and so are the places each
/// later word is looked for: each list is walked once, from where the last
/// look stopped (two common words' 15,000 matches each: no binary search
/// per match).
fn in_a_row(words: &[Vec<At>], forms: &Forms) -> Vec<At> {
    let Some((first, rest)) = words.split_first() else { return Vec::new() };
    let mut from = vec![0usize; rest.len()];
    first
        .iter()
        .filter_map(|a| {
            let mut least = *a;
            for (k, (word, from)) in rest.iter().zip(&mut from).enumerate() {
                let pos = a.pos.checked_add(u32::try_from(k + 1).ok()?)?;
                let key = (a.doc, a.field, pos);
                while word.get(*from).is_some_and(|b| (b.doc, b.field, b.pos) < key) {
                    *from += 1;
                }
                let b = word.get(*from).filter(|b| (b.doc, b.field, b.pos) == key)?;
                if forms.weight(b) < forms.weight(&least) {
                    least = *b;
                }
            }
            Some(At { form: least.form, ..*a })
        })
        .collect()
}

/// A field's text read again ([`Indexed::field_text`]) with its words'
/// spans, kept while the matches looked at are of it (they come in
/// document, field and position order). Its words are split as far as a
/// match asks: a phrase's words at the start of a long body do not split
/// the rest of it.
#[derive(Default)]
struct Reread {
    /// The document and field read, once one is.
    at: Option<(u32, u8)>,
    text: String,
    spans: Vec<[usize; 2]>,
    /// Where the words not split yet start.
    next: usize,
}

impl Reread {
    /// The text of field `field` of document `doc`, and the spans of its
    /// words up to word number `last` (all of them when it has fewer).
    fn of(&mut self, indexed: &Indexed<'_>, doc: u32, field: u8, last: usize) -> Result<(&str, &[[usize; 2]])> {
        if self.at != Some((doc, field)) {
            self.text = indexed.field_text(doc, field)?;
            self.spans.clear();
            self.next = 0;
            self.at = Some((doc, field));
        }
        while self.spans.len() <= last {
            match super::token::next_word(&self.text, &mut self.next) {
                Some(span) => self.spans.push(span),
                None => break,
            }
        }
        Ok((&self.text, &self.spans))
    }
}

/// The places of the words of `text` (a field read again) that start a
/// part other than the first (a tag of `tags`, else a block of Markdown:
/// [`Indexed::unparted`]), and how many words it has.
fn parts_of(text: &str, tags: bool) -> (Vec<u32>, u32) {
    let mut starts = Vec::new();
    let (mut count, mut end) = (0u32, None);
    let mut next = 0;
    while let Some([start, stop]) = super::token::next_word(text, &mut next) {
        if let Some(end) = end {
            let parted = if tags {
                text.get(end..start).is_some_and(|gap| gap.contains(','))
            } else {
                super::query::in_two_blocks(text, end, start)
            };
            if parted {
                starts.push(count);
            }
        }
        (count, end) = (count.saturating_add(1), Some(stop));
    }
    (starts, count)
}

/// The fields read again for a search's phrases ([`Indexed::unparted`]),
/// by document and field: the places of the words that start a part (a
/// tag, a block of Markdown) other than the first, and how many words the
/// field has.
#[derive(Default)]
struct Parted(std::collections::HashMap<(u32, u8), (Vec<u32>, u32)>);

/// A hit ranked, not made yet: its score, its position among the items
/// searched, its document.
#[derive(Debug, Clone, Copy)]
pub(super) struct Shown {
    score: f64,
    position: u32,
    doc: u32,
}

/// What makes a hit ranked (its place, its body, the fields that matched
/// and the words that did, what [`Fetch`] gave for it) into a `T`.
type MakeHit<'f, C, T> = dyn Fn(Shown, &str, [bool; 4], Vec<String>, C) -> Result<T> + Sync + 'f;

/// What is read for a batch of hits with their bodies (their documents
/// given), one for each.
type Fetch<'f, C> = dyn Fn(&[u32]) -> Result<Vec<C>> + Sync + 'f;

/// What ranking reads of a hit not ranked yet ([`Ranked::Unranked`]),
/// given what [`Fetch`] gave for it and its position: its kind, its order
/// and whether its title is named (as the function given says).
type RankKey<'f, C> = dyn Fn(&C, u32, &dyn Fn(&str) -> bool) -> Result<(Kind, u32, bool)> + Sync + 'f;

/// The hits of a search before they are made: ranked, best first, or to
/// be ranked as they are made ([`Ranked::Unranked`]).
pub(super) enum Ranked<'a> {
    /// Hits made already (a regex scans the items).
    Made(Vec<Hit<'a>>),
    /// Hits to make: each word's and each term's matches, and the forms
    /// they matched, say which fields and words of a hit matched. `words`
    /// are by phrase (each way of writing a term one), `matches` by term;
    /// `phrased` is each phrase's matches where a term is written more
    /// than one way (else they are `matches`; see [`by_term`]).
    Shown {
        shown: Vec<Shown>,
        words: Vec<Vec<Vec<At>>>,
        matches: Vec<Vec<At>>,
        phrased: Option<Vec<Vec<At>>>,
        forms: Forms,
        threads: usize,
    },
    /// Every candidate of a search of every item, all of them shown, in
    /// the items' order (position, document): each is scored as it is
    /// made, from the item made for it, and the hits are put in rank order
    /// once made. `df` is each term's number of documents, `row` the
    /// matches of all the query's words in a row (sorted by document).
    Unranked {
        candidates: Vec<(u32, u32)>,
        df: Vec<usize>,
        row: Vec<At>,
        words: Vec<Vec<Vec<At>>>,
        matches: Vec<Vec<At>>,
        phrased: Option<Vec<Vec<At>>>,
        forms: Forms,
        threads: usize,
    },
}

impl Ranked<'_> {
    /// Whether no hit was found.
    pub(super) fn is_empty(&self) -> bool {
        match self {
            Ranked::Made(hits) => hits.is_empty(),
            Ranked::Shown { shown, .. } => shown.is_empty(),
            Ranked::Unranked { candidates, .. } => candidates.is_empty(),
        }
    }
}

/// The items an indexed search runs over.
enum Items<'a> {
    /// These, of the index's corpus (those a filter kept), in their order.
    Given(Vec<&'a Item>),
    /// Every item of the corpus, which the index gives ([`Index::served`]).
    Served,
}

/// A search over some items of an index's corpus.
pub(super) struct Indexed<'a> {
    index: &'a dyn Index,
    items: Items<'a>,
    /// The position in `items` of each document, or `u32::MAX` when it is not searched.
    position: Vec<u32>,
    /// The document of each item (`u32::MAX` for none).
    docs: Vec<u32>,
    /// The words of each field over every item searched.
    total_len: [usize; 4],
    /// Which items may be hits (a filter's), when not all: `kept`, by
    /// position, says for each item what `keep` says of it.
    keep: Option<(&'a Keep<'a>, Vec<bool>)>,
}

impl<'a> Indexed<'a> {
    /// A search of `items`, which must come from the index's corpus, whose
    /// hits are only those `keep` accepts (every item's without it): the
    /// statistics are every item's.
    pub(super) fn new(index: &'a dyn Index, items: &[&'a Item], keep: Option<&'a Keep<'a>>) -> Self {
        let mut position = vec![u32::MAX; index.docs()];
        // Every item of the corpus has a document.
        let docs = index.docs_of(items);
        let mut total_len = [0; 4];
        for (i, &doc) in docs.iter().enumerate() {
            if let Some(slot) = position.get_mut(doc as usize) {
                *slot = u32::try_from(i).unwrap_or(u32::MAX);
                for (total, len) in total_len.iter_mut().zip(index.lengths(doc)) {
                    *total += len;
                }
            }
        }
        let keep = keep.map(|keep| (keep, items.iter().map(|item| keep(item)).collect()));
        Indexed { index, items: Items::Given(items.to_vec()), position, docs, total_len, keep }
    }

    /// A search of every item of the corpus, when the index gives them
    /// ([`Index::served`]); `None` when it does not.
    pub(super) fn served(index: &'a dyn Index) -> Option<Self> {
        let order = index.served()?;
        let mut position = vec![u32::MAX; index.docs()];
        let mut total_len = [0; 4];
        for (i, &doc) in order.iter().enumerate() {
            if let Some(slot) = position.get_mut(doc as usize) {
                *slot = u32::try_from(i).unwrap_or(u32::MAX);
                for (total, len) in total_len.iter_mut().zip(index.lengths(doc)) {
                    *total += len;
                }
            }
        }
        Some(Indexed { index, items: Items::Served, position, docs: order.to_vec(), total_len, keep: None })
    }

    /// The item at `position` among those searched.
    fn item(&self, position: u32) -> Result<&'a Item> {
        match &self.items {
            // Positions come from `position`: each is an item's.
            Items::Given(items) => Ok(items[position as usize]),
            Items::Served => self.index.fields(self.docs.get(position as usize).copied().unwrap_or(u32::MAX)),
        }
    }

    /// The names of the items searched, for the typo fallback: served
    /// items are not made for it, only their titles and tags read.
    pub(super) fn names(&self) -> Result<typo::Names> {
        match &self.items {
            Items::Given(items) => Ok(typo::names(items)),
            Items::Served => {
                let mut names = typo::Counting::default();
                for &doc in &self.docs {
                    self.index.named(doc, &mut |title, tags| typo::add_names(&mut names, title, tags))?;
                }
                Ok(names.names())
            }
        }
    }

    /// Where `word` matches among the items searched, sorted by document,
    /// field and position; the forms matched are added to `forms`.
    fn word_at(&self, word: &Word, sensitive: bool, forms: &mut Forms) -> Result<Vec<At>> {
        let mut at = Vec::new();
        // A word that matches tags otherwise than text (`go`: the tag `go`,
        // "Go" in text) numbers the forms it matches in tags, and says which
        // it matches in text too.
        let in_tags = word.in_field(Field::Tags);
        let first = forms.words.len();
        let mut in_text = Vec::new();
        // Each form the word matches is numbered (a form whose documents are
        // all left out below stays numbered, and unused).
        let mut number = |form: &str| {
            let weight = in_tags.weigh(form, sensitive)?;
            let number = u32::try_from(forms.words.len()).ok()?;
            if word.tags_any {
                in_text.push(word.weigh(form, sensitive).is_some());
            }
            forms.words.push(form.to_owned());
            forms.weights.push(weight);
            Some(number)
        };
        for prefix in ranges(word, sensitive) {
            self.index.forms(&prefix, &mut number, &mut at)?;
        }
        // Only the documents searched: an index's lists still name the
        // documents its delta removed or replaced, numbered within it or
        // past every item's (the last file removed).
        at.retain(|a| self.position.get(a.doc as usize).is_some_and(|&p| p != u32::MAX));
        let mut at = in_doc_order(at);
        at.dedup_by(|a, b| (a.doc, a.field, a.pos) == (b.doc, b.field, b.pos));
        if word.tags_any {
            // In text, a form written as the name and not the first part of
            // a hyphenated word (`Go-to-market`); in tags, a whole tag. Each
            // field's words are read again where it has such a form (`at`
            // comes in document, field and position order).
            let tags = Field::Tags as u8;
            let mut kept = Vec::with_capacity(at.len());
            let mut reread = Reread::default();
            for a in at {
                let written =
                    a.field == tags || in_text.get((a.form as usize).wrapping_sub(first)).copied() == Some(true);
                if !written {
                    continue;
                }
                let (text, spans) = reread.of(self, a.doc, a.field, a.pos as usize)?;
                let keep = spans.get(a.pos as usize).is_some_and(|&span| {
                    if a.field == tags {
                        super::query::whole_tag(text, span)
                    } else {
                        !super::alias::joined_by_hyphen(text.get(span[1]..).unwrap_or(""))
                    }
                });
                if keep {
                    kept.push(a);
                }
            }
            at = kept;
        }
        Ok(at)
    }

    /// The matches `at` of a phrase of `len` words but those whose words
    /// are parted, as the scan keeps them: in tags, words of two tags
    /// (`"saas rule"` in "saas, rule-tables": [`Query::stands`]); in any
    /// field, words of two blocks of Markdown, a heading and its text, two
    /// list items ([`super::query::in_two_blocks`]). Each field with such
    /// a match is read again once for the search (`parted`), whatever its
    /// phrases and the words in a row.
    fn unparted(&self, at: Vec<At>, len: usize, parted: &mut Parted) -> Result<Vec<At>> {
        if len < 2 {
            return Ok(at);
        }
        // The fields not read yet, read together, a batch at a time (each
        // alone took a read of the index for its fields and one for its body).
        let mut wanted: Vec<(u32, u8)> =
            at.iter().map(|a| (a.doc, a.field)).filter(|key| !parted.0.contains_key(key)).collect();
        wanted.sort_unstable();
        wanted.dedup();
        for batch in wanted.chunks(256) {
            for (&(doc, field), text) in batch.iter().zip(self.field_texts(batch)?) {
                parted.0.insert((doc, field), parts_of(&text, field == Field::Tags as u8));
            }
        }
        let mut kept = Vec::with_capacity(at.len());
        for a in at {
            let Some((starts, count)) = parted.0.get(&(a.doc, a.field)) else { continue };
            let last = a.pos.saturating_add(u32::try_from(len - 1).unwrap_or(u32::MAX));
            // No part starts after the first word, up to the last.
            let next = starts.partition_point(|&s| s <= a.pos);
            if last < *count && starts.get(next).is_none_or(|&s| s > last) {
                kept.push(a);
            }
        }
        Ok(kept)
    }

    /// [`Indexed::field_text`] of each of `wanted` (document, field), in
    /// order: an item given read from it, a served corpus's items made for
    /// this and let go, not kept (a search served hit by hit keeps no item,
    /// and a phrase's every match is read again), and the bodies read from
    /// the index, each kind together.
    fn field_texts(&self, wanted: &[(u32, u8)]) -> Result<Vec<String>> {
        let given = |doc: u32| match (&self.items, self.position.get(doc as usize)) {
            (Items::Given(items), Some(&p)) => items.get(p as usize).copied(),
            _ => None,
        };
        let body = Field::Body as u8;
        let with_body: Vec<u32> = wanted.iter().filter(|&&(_, field)| field == body).map(|&(doc, _)| doc).collect();
        let mut bodies = self.index.bodies(&with_body)?.into_iter();
        let served: Vec<u32> = wanted.iter().map(|&(doc, _)| doc).filter(|&doc| given(doc).is_none()).collect();
        let mut made = if served.is_empty() { Vec::new() } else { self.index.fields_many(&served)? }.into_iter();
        let mut texts = Vec::with_capacity(wanted.len());
        for &(doc, field) in wanted {
            let Some(item) = given(doc).map(Cow::Borrowed).or_else(|| made.next()) else { break };
            let field = super::field::FIELDS.get(usize::from(field)).copied().unwrap_or(Field::Body);
            texts.push(if field == Field::Body {
                field.text_with(&item, &bodies.next().unwrap_or_default()).into_owned()
            } else {
                field.text(&item).into_owned()
            });
            if let Cow::Owned(item) = item {
                self.index.give_back(item);
            }
        }
        Ok(texts)
    }

    /// The text of field number `field` of document `doc`, as the index
    /// read its words (its body read from the index). A document searched
    /// among items given is read from its item: such an index serves none
    /// (asked, it took itself for unusable, and was rebuilt by the next
    /// command: `search react --kind post` over a folder, each time).
    fn field_text(&self, doc: u32, field: u8) -> Result<String> {
        Ok(self.field_texts(&[(doc, field)])?.pop().unwrap_or_default())
    }

    /// Where each word of each term matches ([`Indexed::word_at`]), each
    /// way of writing a term a phrase of its own, and the forms they
    /// matched, numbered in the words' order. A query of several
    /// words, given two threads or more, reads them on two, half of them
    /// each (the first half here); every word's forms are numbered apart,
    /// then renumbered in turn (a phrase of two common words over 100,000
    /// documents reads 131,000 matches a word).
    fn words_at(&self, terms: &[Term], sensitive: bool, threads: usize) -> Result<(Vec<Vec<Vec<At>>>, Forms)> {
        // Each way of writing each term is a phrase of its own here (see [`by_term`]).
        let phrases: Vec<&[Word]> = terms.iter().flat_map(Term::phrasings).collect();
        let all: Vec<(usize, &Word)> =
            phrases.iter().enumerate().flat_map(|(p, words)| words.iter().map(move |w| (p, w))).collect();
        let read = |words: &[(usize, &Word)]| -> Result<Vec<(Vec<At>, Forms)>> {
            words
                .iter()
                .map(|&(_, word)| {
                    let mut forms = Forms::default();
                    Ok((self.word_at(word, sensitive, &mut forms)?, forms))
                })
                .collect()
        };
        let (half, rest) = all.split_at(all.len() / 2);
        let (first, second) =
            crate::parallel::join(if half.is_empty() { 1 } else { threads }, || read(half), || read(rest));
        let mut words: Vec<Vec<Vec<At>>> = phrases.iter().map(|p| Vec::with_capacity(p.len())).collect();
        let mut forms = Forms::default();
        for (&(t, _), (mut at, own)) in all.iter().zip(first?.into_iter().chain(second?)) {
            let before = u32::try_from(forms.words.len()).unwrap_or(u32::MAX);
            if before > 0 {
                for a in &mut at {
                    a.form = a.form.saturating_add(before);
                }
            }
            forms.words.extend(own.words);
            forms.weights.extend(own.weights);
            words[t].push(at);
        }
        Ok((words, forms))
    }

    /// Whether `word` matches a word of any item searched.
    pub(super) fn occurs(&self, word: &Word, sensitive: bool) -> Result<bool> {
        Ok(!self.word_at(word, sensitive, &mut Forms::default())?.is_empty())
    }

    /// Whether an item writes a word `a` matches joined to one `b` matches
    /// by a hyphen or a slash, as the scan tells ([`super::joined_in`]): the
    /// fields where `b` comes right after `a` are read again and looked at.
    pub(super) fn joined(&self, a: &Word, b: &Word, sensitive: bool) -> Result<bool> {
        let first = self.word_at(a, sensitive, &mut Forms::default())?;
        if first.is_empty() {
            return Ok(false);
        }
        let second = self.word_at(b, sensitive, &mut Forms::default())?;
        let mut fields: Vec<(u32, u8)> = first
            .iter()
            .filter(|x| x.pos.checked_add(1).is_some_and(|next| find(&second, x.doc, x.field, next).is_some()))
            .map(|x| (x.doc, x.field))
            .collect();
        fields.dedup();
        for (doc, field) in fields {
            if super::joined_in(&self.field_text(doc, field)?, a, b, sensitive) {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The words of the items that may be hits that `word` matches,
    /// lowercase, each with how many of those items have it (as the scan's
    /// `forms`): the forms it matched, counted by document.
    pub(super) fn forms(&self, word: &Word, sensitive: bool) -> Result<Vec<(String, usize)>> {
        let mut forms = Forms::default();
        let at = self.word_at(word, sensitive, &mut forms)?;
        let kept = |doc: u32| {
            self.keep.as_ref().is_none_or(|(_, kept)| {
                let position = self.position.get(doc as usize).copied().unwrap_or(u32::MAX);
                kept.get(position as usize).copied().unwrap_or(false)
            })
        };
        // Each form's lowercase, made once (not once a match: a common
        // form has a match in most documents), numbered.
        let mut lower: Vec<String> = forms.words.iter().map(|w| super::token::lowercase(w)).collect();
        lower.sort_unstable();
        lower.dedup();
        // (Every form's lowercase is in `lower`: the search finds it.)
        let number: Vec<usize> = forms
            .words
            .iter()
            .map(|w| lower.binary_search(&super::token::lowercase(w)).unwrap_or_else(|at| at))
            .collect();
        // Each document and lowercase form once, counted by form.
        let mut had: Vec<(usize, u32)> =
            at.iter().filter(|a| kept(a.doc)).filter_map(|a| Some((*number.get(a.form as usize)?, a.doc))).collect();
        had.sort_unstable();
        had.dedup();
        let mut counts = vec![0; lower.len()];
        for (n, _) in had {
            if let Some(count) = counts.get_mut(n) {
                *count += 1;
            }
        }
        // In order, as the scan's.
        Ok(lower.into_iter().zip(counts).filter(|&(_, count)| count > 0).collect())
    }

    /// Reads the full items at `positions` and returns them.
    fn full(&self, positions: &[u32]) -> Result<Vec<&'a Item>> {
        let mut wanted: Vec<(u32, &Item)> = Vec::with_capacity(positions.len());
        for &p in positions {
            if let Some(&doc) = self.docs.get(p as usize) {
                wanted.push((doc, self.item(p)?));
            }
        }
        self.index.load(&wanted)?;
        Ok(wanted.iter().filter_map(|&(d, _)| self.index.item(d)).collect())
    }

    /// The hits of a search, ranked as [`super::search`] ranks them over
    /// the same items, not made yet.
    pub(super) fn rank(&self, query: &Query, options: Options) -> Result<Ranked<'a>> {
        let Matcher::Terms { terms, sensitive } = &query.matcher else {
            // A regex can match anywhere: every item, read in full.
            let all: Vec<u32> = (0..self.docs.len()).filter_map(|p| u32::try_from(p).ok()).collect();
            let keep = self.keep.as_ref().map(|&(keep, _)| keep);
            return Ok(Ranked::Made(super::search_kept(&self.full(&all)?, keep, query, options)));
        };
        // Each word's matches, then each term's (a phrase: its words in a row).
        let (words, forms) = self.words_at(terms, *sensitive, options.threads)?;
        // Each field read again once, for every phrase and the words in a row.
        let mut parted = Parted::default();
        let rows =
            words.iter().map(|w| self.unparted(in_a_row(w, &forms), w.len(), &mut parted)).collect::<Result<_>>()?;
        let (matches, phrased) = by_term(terms, rows);
        let df: Vec<usize> = matches.iter().map(|m| docs_of(m).len()).collect();
        let mut candidates: Option<Vec<u32>> = None;
        for m in &matches {
            let docs = docs_of(m);
            candidates = Some(match candidates {
                None => docs,
                Some(c) => intersect(&c, &docs),
            });
        }
        // All the query's words in a row (a boost when it has several terms;
        // their positions are not copied for one term, a phrase included).
        let row = if terms.len() > 1 {
            // As typed: another way of writing a term is not the query's words.
            let typed = typed_phrases(terms);
            let all_words: Vec<Vec<At>> = typed.iter().flat_map(|&p| words[p].iter().cloned()).collect();
            self.unparted(in_a_row(&all_words, &forms), all_words.len(), &mut parted)?
        } else {
            Vec::new()
        };
        // In the items' order, as the scan ranks them (ties stay so); only
        // those a filter keeps, once every item counted in `df`.
        let mut candidates = in_item_order(&self.position, self.docs.len(), candidates.unwrap_or_default());
        if let Some((_, kept)) = &self.keep {
            candidates.retain(|&(item, _)| kept.get(item as usize).copied().unwrap_or(false));
        }
        // Every item searched, every candidate shown: each is ranked as it
        // is made, from the item made for it (on the threads that make
        // them), not from its fields read once more here first.
        if matches!(self.items, Items::Served) && options.limit.is_none_or(|limit| limit >= candidates.len()) {
            let threads = options.threads;
            return Ok(Ranked::Unranked { candidates, df, row, words, matches, phrased, forms, threads });
        }
        // Each candidate scored as the scan scores it, and kept as little
        // more than its place: no item is made to rank it (a served item's
        // kind, title and order are read without making it).
        let bm25 = self.scorer(&df, query);
        // Each candidate's kind, order and whether its title names the query;
        // a served corpus's read all at once (their fields in a few reads,
        // nearby ones together).
        let keys = match &self.items {
            Items::Given(items) => {
                candidates.iter().map(|&(item, _)| rank_key(items[item as usize], &|title| bm25.names(title))).collect()
            }
            Items::Served => {
                let docs: Vec<u32> = candidates.iter().map(|&(_, doc)| doc).collect();
                self.index.ranked_many(&docs, &|title| bm25.names(title))?
            }
        };
        let mut scored = Vec::with_capacity(candidates.len());
        for ((item, doc), (kind, order, named)) in candidates.into_iter().zip(keys) {
            let score = self.score(&bm25, doc, (&matches, &forms, &row), named);
            scored.push((Shown { score, position: item, doc }, (kind, order)));
        }
        // Best first, ties in the site's order (as the scan's `rank` sorts).
        scored.sort_by(|(a, (a_kind, a_order)), (b, (b_kind, b_order))| {
            rank::best_first((a.score, *a_kind, *a_order), (b.score, *b_kind, *b_order))
        });
        scored.truncate(options.limit.unwrap_or(usize::MAX));
        let shown = scored.into_iter().map(|(shown, _)| shown).collect();
        Ok(Ranked::Shown { shown, words, matches, phrased, forms, threads: options.threads })
    }

    /// The scorer of `query` over the items searched, each term in `df`
    /// documents (`rank`'s BM25F, as the scan scores).
    fn scorer<'q>(&self, df: &[usize], query: &'q Query) -> rank::Scorer<'q> {
        rank::Scorer::new(df, self.total_len, self.docs.len(), query, Need::All)
    }

    /// How `bm25` scores document `doc`: its terms' `matches` (of `forms`),
    /// whether the query's words come in a row in it (`row`, sorted by
    /// document) and whether its title is `named`.
    fn score(
        &self,
        bm25: &rank::Scorer,
        doc: u32,
        (matches, forms, row): (&[Vec<At>], &Forms, &[At]),
        named: bool,
    ) -> f64 {
        let in_a_row = row.binary_search_by(|a| a.doc.cmp(&doc)).is_ok();
        bm25.score(&tf(doc, matches, forms), self.index.lengths(doc), named, in_a_row)
    }

    /// The hits ranked, made: their items are those kept for the items
    /// searched (made once, and kept).
    pub(super) fn hits(&self, query: &Query, ranked: Ranked<'a>) -> Result<Vec<Hit<'a>>> {
        let fetch = |docs: &[u32]| Ok(vec![(); docs.len()]);
        let key = |(): &(), position, names: &dyn Fn(&str) -> bool| Ok(rank_key(self.item(position)?, names));
        self.make(query, ranked, Ok, (&fetch, &key), &|shown, body, fields, said, ()| {
            Ok(hit_known(query, self.item(shown.position)?, body, shown.score, fields, said))
        })
    }

    /// `each` of the hits ranked, in their order, each hit made, given to
    /// `each` and let go on the thread that made it: a served item is made
    /// for its hit and let go with it, not kept (a common word's thousands
    /// of items and hits are never held at once).
    pub(super) fn each<T: Send>(
        &self,
        query: &Query,
        ranked: Ranked<'a>,
        each: &(dyn Fn(&Hit<'_>) -> Result<T> + Sync),
    ) -> Result<Vec<T>> {
        // A served corpus's items are made a batch at a time, with their
        // bodies (their fields in a few reads, nearby ones together).
        let fetch = |docs: &[u32]| match &self.items {
            Items::Given(_) => Ok(docs.iter().map(|_| None).collect()),
            Items::Served => Ok(self.index.fields_many(docs)?.into_iter().map(Some).collect()),
        };
        let key = |item: &Option<Cow<'_, Item>>, position, names: &dyn Fn(&str) -> bool| match item {
            Some(item) => Ok(rank_key(item, names)),
            None => Ok(rank_key(self.item(position)?, names)),
        };
        self.make(query, ranked, |hit| each(&hit), (&fetch, &key), &|shown, body, fields, said, item| {
            let item = match item {
                Some(item) => item,
                None => Cow::Borrowed(self.item(shown.position)?),
            };
            let made = each(&hit_known(query, &item, body, shown.score, fields, said));
            // Made for this hit alone: its strings make the next one.
            if let Cow::Owned(item) = item {
                self.index.give_back(item);
            }
            made
        })
    }

    /// Makes the hits ranked into `T`s, in their order: `done` takes the
    /// hits a regex made, `make` each other hit (its place, its body, the
    /// fields that matched and the words that did, and what `fetch` read
    /// for it with its batch). Hits not ranked yet ([`Ranked::Unranked`])
    /// are ranked as `query` ranks them, each as it is made (from what
    /// `key` reads of what `fetch` gave for it), and put in rank order.
    fn make<T: Send, C>(
        &self,
        query: &Query,
        ranked: Ranked<'a>,
        done: impl FnMut(Hit<'a>) -> Result<T>,
        (fetch, key): (&Fetch<'_, C>, &RankKey<'_, C>),
        make: &MakeHit<'_, C, T>,
    ) -> Result<Vec<T>> {
        let (shown, words, matches, phrased, forms, threads, unranked) = match ranked {
            Ranked::Made(hits) => return hits.into_iter().map(done).collect(),
            Ranked::Shown { shown, words, matches, phrased, forms, threads } => {
                (shown, words, matches, phrased, forms, threads, None)
            }
            Ranked::Unranked { candidates, df, row, words, matches, phrased, forms, threads } => {
                // Scored as each is made.
                let shown = candidates.into_iter().map(|(position, doc)| Shown { score: 0.0, position, doc }).collect();
                (shown, words, matches, phrased, forms, threads, Some((df, row)))
            }
        };
        let phrased = phrased.as_deref().unwrap_or(&matches);
        let scoring = unranked.as_ref().map(|(df, row)| (self.scorer(df, query), row));
        // Only the hits' bodies are read, for their snippets, a batch at a
        // time: a common word's thousands of bodies are never held at once.
        // Batches follow the documents' order (the bodies' order in the
        // index), so that each reads one stretch of it, not bodies scattered
        // over all of it; the hits keep their rank.
        let mut by_doc: Vec<usize> = (0..shown.len()).collect();
        by_doc.sort_unstable_by_key(|&i| shown[i].doc);
        // Each thread takes the next batch as it is free (reading its own
        // bodies): one batch at a time held per thread.
        let batches: Vec<&[usize]> = by_doc.chunks(BODIES_AT_ONCE).collect();
        let parts = crate::parallel::map_each(&batches, threads, |batch| -> Result<Vec<_>> {
            let docs: Vec<u32> = batch.iter().map(|&i| shown[i].doc).collect();
            let fetched = fetch(&docs)?;
            let mut out = Vec::with_capacity(batch.len());
            for ((&i, body), got) in batch.iter().zip(self.index.bodies(&docs)?).zip(fetched) {
                let mut hit = shown[i];
                // Scored as `rank` scores the hits it ranks before they
                // are made (the key of a hit ranked already is not used).
                let mut ranked = (hit.score, Kind::Project, 0);
                if let Some((bm25, row)) = &scoring {
                    let (kind, order, named) = key(&got, hit.position, &|title| bm25.names(title))?;
                    hit.score = self.score(bm25, hit.doc, (&matches, &forms, row), named);
                    ranked = (hit.score, kind, order);
                }
                let (fields, said) = matched(hit.doc, &words, phrased, &forms);
                out.push((i, ranked, make(hit, &body, fields, said, got)?));
            }
            Ok(out)
        });
        let mut hits = Vec::with_capacity(shown.len());
        for part in parts {
            hits.extend(part?);
        }
        if scoring.is_some() {
            // Best first, ties in the site's order, then the items' (`i`
            // follows it), as `rank` sorts them: no two hits the same, so
            // no stable sort (nor its buffer) is needed.
            hits.sort_unstable_by(|(i, a, _), (j, b, _)| rank::best_first(*a, *b).then(i.cmp(j)));
        } else {
            hits.sort_unstable_by_key(|&(i, ..)| i);
        }
        Ok(hits.into_iter().map(|(.., made)| made).collect())
    }
}

/// What ranking reads of an item: its kind, its order, and whether its
/// title is named (as `names` says).
fn rank_key(item: &Item, names: &dyn Fn(&str) -> bool) -> (Kind, u32, bool) {
    (item.kind, item.order, names(&item.title))
}

/// The weighted frequency of each term (its matches `matches`) in each
/// field of document `doc`, summed in the text's order, as the scan sums.
fn tf(doc: u32, matches: &[Vec<At>], forms: &Forms) -> Vec<[f64; 4]> {
    let mut tf = vec![[0.0f64; 4]; matches.len()];
    for (t, m) in matches.iter().enumerate() {
        let start = m.partition_point(|a| a.doc < doc);
        // In field, then position order: summed as the scan sums, in the text's order.
        for a in m[start..].iter().take_while(|a| a.doc == doc) {
            tf[t][usize::from(a.field)] += forms.weight(a);
        }
    }
    tf
}

/// Which fields of document `doc` match, and the words of it that
/// matched (lowercase, each once, in field and text order), as the scan
/// finds them in its texts: each phrase's matches (`phrases`: each way of
/// writing each term, its matches in a row), with the form at each of
/// their words' positions (`words`, by phrase).
fn matched(doc: u32, words: &[Vec<Vec<At>>], phrases: &[Vec<At>], forms: &Forms) -> ([bool; 4], Vec<String>) {
    let mut at: Vec<(u8, u32, u32)> = Vec::new();
    for (term, m) in words.iter().zip(phrases) {
        let start = m.partition_point(|a| a.doc < doc);
        for a in m[start..].iter().take_while(|a| a.doc == doc) {
            for (k, word) in (0u32..).zip(term) {
                let Some(pos) = a.pos.checked_add(k) else { break };
                if let Some(w) = find(word, doc, a.field, pos) {
                    at.push((a.field, pos, w.form));
                }
            }
        }
    }
    at.sort_unstable();
    let mut fields = [false; 4];
    let mut said: Vec<String> = Vec::new();
    for (field, _, form) in at {
        if let Some(seen) = fields.get_mut(usize::from(field)) {
            *seen = true;
        }
        let word = forms.words.get(form as usize).map_or_else(String::new, |f| super::token::lowercase(f));
        if !said.contains(&word) {
            said.push(word);
        }
    }
    (fields, said)
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

    /// Every query word of `words` against every text word of `words` (as a
    /// term and a prefix, in any case and in its own): when the scan
    /// matches, the text word's fold is in one of the word's ranges. Returns
    /// how many matched another word than itself (what the check is about).
    fn check_ranges(words: &[String]) -> usize {
        let mut others = 0;
        for q in words {
            for (sensitive, prefix) in [(false, false), (false, true), (true, false), (true, true)] {
                let word = Word::new(q, prefix, sensitive);
                let ranges = ranges(&word, sensitive);
                for t in words {
                    if word.weigh(t, sensitive).is_some() {
                        let f = fold(t);
                        assert!(ranges.iter().any(|r| f.starts_with(r.as_str())), "{q} ({sensitive}, {prefix}) {t}");
                        others += usize::from(t != q);
                    }
                }
            }
        }
        others
    }

    /// Irregular forms of verbs, and the verbs with endings.
    const IRREGULAR_WORDS: [&str; 13] = [
        "led", "LED", "Lead", "leading", "wrote", "writes", "Written", "rebuilt", "rebuilds", "ran", "running", "Won",
        "winning",
    ];

    /// British and American spellings (`token::american`).
    const SPELLINGS: [&str; 38] = [
        "optimise",
        "Optimised",
        "optimising",
        "optimisation",
        "optimize",
        "optimization",
        "analyse",
        "analysing",
        "analyze",
        "licence",
        "licences",
        "license",
        "colour",
        "color",
        "programme",
        "program",
        "travelling",
        "traveling",
        "behaviours",
        "behavior",
        "Favourite",
        "favorites",
        "behavioural",
        "behavioral",
        "neighbourhood",
        "neighborhoods",
        "colourful",
        "Savoury",
        "savory",
        "savouries",
        "unfavourable",
        "Unfavorable",
        "watercolours",
        "colourised",
        "colorized",
        "learnt",
        "Learned",
        "learning",
    ];

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
            "istanbul",
            "İSTANBUL",
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
        .chain(&IRREGULAR_WORDS)
        .chain(&SPELLINGS)
        .map(|s| (*s).to_owned())
        .collect();
        let loaded = crate::content::load_bundled().expect("the bundled content");
        for item in loaded.corpus.items.iter().take(8) {
            words.extend(tokens(&item.body).map(|(_, w)| w.to_owned()));
        }
        words.sort();
        words.dedup();
        // Stems, cases, prefixes and the exceptions match across words.
        assert!(check_ranges(&words) > 1000);
    }

    /// Stems that [`ranges_hold_for_words_of_one_stem`] gives endings.
    const STEMS: [&str; 17] = [
        "log", "hop", "hope", "cry", "sky", "di", "ti", "ly", "relat", "agre", "happ", "élan", "naïv", "σοφι", "straß",
        "europe", "don",
    ];
    /// The endings it gives them.
    const ENDINGS: [&str; 21] = [
        "", "s", "es", "e", "ed", "ing", "ies", "ied", "y", "ying", "ly", "ness", "ation", "al", "’s", "'s", "’t", "ς",
        "α", "ας", "ss",
    ];

    proptest::proptest! {
        /// Words as the tokenizer makes them (from text and from queries alike).
        #[test]
        fn ranges_hold_for_any_words(text in "[a-zA-ZéÉσΣςİıǅ’'ß0-9+#. ]{1,200}") {
            let mut words: Vec<String> = tokens(&text).map(|(_, w)| w.to_owned()).collect();
            words.sort();
            words.dedup();
            check_ranges(&words);
        }

        /// Words that match one another: a stem or two, each with endings, in any case.
        #[test]
        fn ranges_hold_for_words_of_one_stem(
            stems in proptest::collection::vec(proptest::sample::select(&STEMS[..]), 1..3),
            endings in proptest::collection::vec(
                (proptest::sample::select(&ENDINGS[..]), proptest::sample::select(&[0u8, 1, 2][..])),
                2..10,
            )
        ) {
            let cased = |word: String, case: u8| match case {
                0 => word,
                1 => word.to_uppercase(),
                _ => word.chars().enumerate().map(|(i, c)| if i == 0 { c.to_uppercase().collect() } else { c.to_string() }).collect(),
            };
            let mut words: Vec<String> = stems
                .iter()
                .flat_map(|stem| endings.iter().map(move |&(ending, case)| (format!("{stem}{ending}"), case)))
                .map(|(word, case)| cased(word, case))
                .flat_map(|text| tokens(&text).map(|(_, w)| w.to_owned()).collect::<Vec<_>>())
                .collect();
            words.sort();
            words.dedup();
            check_ranges(&words);
        }
    }

    proptest::proptest! {
        /// Documents come back with their items' places, in the items'
        /// order, those not searched left out, whichever way they are put
        /// in order (sorted when few, placed when many: both sides of it).
        #[test]
        fn documents_come_in_the_items_order(
            places in proptest::collection::vec(proptest::option::of(proptest::arbitrary::any::<u16>()), 1..300),
            kept in proptest::collection::vec(proptest::bool::weighted(0.7), 300),
            few in proptest::bool::ANY,
        ) {
            // Each document searched gets a place of its own: the items
            // are the searched documents, in the order of their keys.
            let mut keyed: Vec<(u16, u32)> =
                (0u32..).zip(&places).filter_map(|(doc, key)| Some(((*key)?, doc))).collect();
            keyed.sort_unstable();
            let mut position = vec![u32::MAX; places.len()];
            for (item, &(_, doc)) in (0u32..).zip(&keyed) {
                position[doc as usize] = item;
            }
            // Some documents of either kind, ascending: a handful, or most.
            let docs: Vec<u32> = (0u32..)
                .take(places.len())
                .filter(|&d| if few { d % 37 == 0 } else { kept[d as usize] })
                .collect();
            let mut expected: Vec<(u32, u32)> =
                docs.iter().filter(|&&d| position[d as usize] != u32::MAX).map(|&d| (position[d as usize], d)).collect();
            expected.sort_unstable();
            proptest::prop_assert_eq!(in_item_order(&position, keyed.len(), docs), expected);
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
