//! Full-text search: a query of words, "phrases", `prefixes*` or a regex,
//! scored with BM25F over title, tags, summary and body (boosted in that
//! order), with snippets, the byte spans of every match, the section of the
//! body each snippet comes from, and a fallback for real typos.
//!
//! A filter (`--kind`, `--tag`, `--domain`) narrows the hits, never reorders
//! them: BM25's statistics (document frequencies, field lengths, the number
//! of items), the words that occur and the typo fallback's names are taken
//! over every item searched, and the filter ([`Keep`]) only says which of
//! them may be hits, as a search engine's filter context does. A filtered
//! search's hits are the unfiltered search's that pass, in the same order,
//! with the same scores.
//!
//! The corpus is scanned once per query: words are slices of the item's text,
//! so no index is kept in memory and memory stays flat as the corpus grows.
//! A text where no word of the query can be (its sieve finds none of their
//! letters) is not split into words, only counted.
//!
//! One concern a module: `token` splits text into words and gives their
//! matching form, `query` parses a query and finds it in a text, `rank`
//! scores items, `snippet` cuts the text shown around a match, `typo`
//! corrects words that match nothing.

mod alias;
mod bloom;
mod field;
mod indexed;
mod query;
mod rank;
mod snippet;
mod token;
mod typo;

pub use alias::{CAPITALISED_ONLY, NAME_SUFFIXES, joined_by_hyphen, other_tag};

/// The name a word typed alone is read as, when it names a technology and
/// is also an everyday English word (`go`: "Go"; `REST`): found in text as
/// the name is written, in tags as a whole tag, unless `--ignore-case` or
/// `--case-sensitive` is asked for. `None` for any other word.
pub fn read_as_name(typed: &str) -> Option<String> {
    alias::technology(typed).map(|word| word.name_shown())
}
pub use field::{FIELDS, Field};
pub use indexed::{Index, Occurrence};
pub use query::{
    CaseMode, MAX_QUERY_BYTES, MAX_TERMS, Query, REGEX_SIZE_LIMIT, is_double_quote, parse, parse_typed, parse_unsieved,
};
pub use snippet::Snippet;
pub(crate) use token::acronym_ending_in_s;
pub use token::{fold, may_have_term, one_word, same_name, term, tokens, words_around};

use query::{Matcher, NameCase, Term, Word};

use crate::content::Item;

/// The text of each searchable field of `item`, in order: [`tokens`] gives
/// its words as a search reads them (a word's position is its index).
pub fn field_texts(item: &Item) -> [std::borrow::Cow<'_, str>; 4] {
    FIELDS.map(|field| field.text(item))
}

/// How to run a search.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// When nothing matches, retry with words that are clear typos corrected.
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

/// A hit: an item, its score, one snippet per matching field, and the words
/// of the item that matched.
#[derive(Debug, Clone)]
pub struct Hit<'a> {
    /// The item.
    pub item: &'a Item,
    /// BM25F score: higher is more relevant.
    pub score: f64,
    /// One snippet per field that matched, in field order.
    pub snippets: Vec<Snippet>,
    /// The words of the item that matched, lowercase, as the text shows them
    /// (after correction and stemming: `logs` matched "logging"), each once,
    /// in field order.
    pub matched: Vec<String>,
}

/// The result of a search: the hits (each a [`Hit`], or what
/// [`search_forgiving_served_each`] made of it), the corrected query when
/// the typo fallback found them, and a query with `word*` prefixes to
/// suggest when nothing matched as whole words but would as prefixes.
#[derive(Debug, Clone)]
pub struct Outcome<H> {
    /// Hits, best first.
    pub hits: Vec<H>,
    /// The query that found them, when it differs from the one typed.
    pub corrected: Option<String>,
    /// When nothing matched: the query with prefixes, which would match.
    pub try_prefix: Option<String>,
    /// With `try_prefix`: the words its prefixes match in the items that
    /// may be hits, lowercase, those most items have first, at most
    /// [`PREFIX_FINDS`] (one more when there are more): `java*` finds
    /// "javascript", which no one asking about Java means.
    pub prefix_finds: Vec<String>,
    /// When nothing matched: the query with its words of English that
    /// match nothing corrected, which would match. Offered, never run: a
    /// word of English is what was meant (`risk` is no typo of "riak").
    pub suggested: Option<String>,
    /// When nothing matched: the names its words were read as (`Go` for
    /// `go`, `REST`; `React and Mix`: `Word::tags_any`), when that is why:
    /// every such name when the words in any case would match (see
    /// `any_case`), else those matched nowhere.
    pub named: Vec<String>,
    /// With `named`: the words in any case (`--ignore-case`), typos
    /// corrected, would match, among the items that may be hits.
    pub any_case: bool,
}

impl<H> Outcome<H> {
    /// What to add to "no matches for …": ` (read as the name Go)` (the
    /// command line adds how to ask for the word: [`Outcome::any_case`]), `; try kube* (finds
    /// "kubernetes")`, `; did you mean "riak"?`, both (`; try risk* (finds
    /// "risks"), or did you mean "riak"?`), or nothing.
    pub fn hint(&self) -> String {
        let meant = self.suggested.as_deref().map(|q| format!("did you mean {}?", crate::sanitize::quote(q)));
        let try_prefix = self.try_prefix.as_ref().map(|q| {
            let shown = self.prefix_finds.iter().take(PREFIX_FINDS).map(|w| crate::sanitize::quote(w));
            let more = if self.prefix_finds.len() > PREFIX_FINDS { "…" } else { "" };
            match shown.collect::<Vec<_>>().join(", ") {
                words if words.is_empty() => q.clone(),
                words => format!("{q} (finds {words}{more})"),
            }
        });
        let named = match self.named.split_last() {
            None => String::new(),
            Some((name, [])) => format!(" (read as the name {name})"),
            Some((last, names)) => format!(" (read as the names {} and {last})", names.join(", ")),
        };
        let rest = match (&try_prefix, meant) {
            (Some(q), Some(meant)) => format!("; try {q}, or {meant}"),
            (Some(q), None) => format!("; try {q}"),
            (None, Some(meant)) => format!("; {meant}"),
            (None, None) => String::new(),
        };
        named + &rest
    }
}

/// How many of the words a suggested prefix finds a hint names.
pub const PREFIX_FINDS: usize = 3;

/// Which items may be hits (a filter's test), in a search of more items:
/// those are still searched for BM25's statistics, so that a filter only
/// narrows the hits ([`search_forgiving_within`]).
pub type Keep<'k> = dyn Fn(&Item) -> bool + Sync + 'k;

/// Whether an item counts as tagged with the query's term of this index
/// beyond what its text says ([`relevance`]): a job's term that the item
/// claims, by its domain (`FinTech`, for the entries of that domain) or by
/// its tags as people write them (a folder's `aws` is AWS).
pub type Tagged<'t> = dyn Fn(&Item, usize) -> bool + 't;

/// Searches `items`, best hits first, at most `options.limit` of them.
/// Snippets and matched words are made only for the hits returned.
pub fn search<'a>(items: &[&'a Item], query: &Query, options: Options) -> Vec<Hit<'a>> {
    search_kept(items, None, query, options)
}

/// [`search`] of `items`, whose hits are only those `keep` accepts (every
/// item's without it), scored over every item of `items`; at most
/// `options.limit` of the hits kept.
pub(super) fn search_kept<'a>(
    items: &[&'a Item],
    keep: Option<&Keep<'_>>,
    query: &Query,
    options: Options,
) -> Vec<Hit<'a>> {
    let scan = rank::scan_all(items, query, (rank::Need::All, keep), options.threads);
    let mut scored = rank::rank(scan, items.len(), query, rank::Need::All, &[]);
    scored.truncate(options.limit.unwrap_or(usize::MAX));
    scored.into_iter().map(|(score, c)| hit(query, c.item, score, &c.spans)).collect()
}

/// An item scored for how much it is about any of a query's terms.
#[derive(Debug, Clone)]
pub struct Scored<'a> {
    /// The item.
    pub item: &'a Item,
    /// BM25F score over the terms it matches, as [`search`] scores: higher is more relevant.
    pub score: f64,
    /// The indices of the query's terms it matches, in query order.
    pub terms: Vec<usize>,
}

/// How relevant each item is to a bag of terms, any of which may match.
#[derive(Debug, Clone)]
pub struct Relevance<'a> {
    /// The items that match at least one term, best first (ties in site order).
    pub scored: Vec<Scored<'a>>,
    /// For each term, how many items match it.
    pub df: Vec<usize>,
}

/// Scores `items` against the terms of `query`, any of which may match (a
/// search needs all): the same tokens, stemming and BM25F as [`search`], in
/// one pass on this thread. A term an item is `tagged` with counts as one
/// more of its tags, when its tags do not already have it: a match in the
/// tags field, in its statistics (how many items match the term) as in its
/// score, the field's length left as it is. Each term's part of a score is
/// times its weight in `weights` (by the query's terms; a term without one
/// weighs 1): a job's title weighs more than what it calls "a plus".
pub fn relevance<'a>(items: &[&'a Item], query: &Query, tagged: Option<&Tagged<'_>>, weights: &[f64]) -> Relevance<'a> {
    let scan = rank::scan(items, query, rank::Need::Any, None, tagged);
    let df = scan.df.clone();
    let scored = rank::rank(scan, items.len(), query, rank::Need::Any, weights)
        .into_iter()
        .map(|(score, c)| {
            let terms = c.tf.iter().enumerate().filter(|(_, f)| f.iter().any(|&x| x > 0.0)).map(|(t, _)| t).collect();
            Scored { item: c.item, score, terms }
        })
        .collect();
    Relevance { scored, df }
}

/// The hit for `item`: a snippet for each field where the scan found matches
/// (`spans`, per field), and the words that matched.
fn hit<'a>(query: &Query, item: &'a Item, score: f64, spans: &[Vec<[usize; 2]>; 4]) -> Hit<'a> {
    let mut matched: Vec<String> = Vec::new();
    for (field, spans) in FIELDS.iter().zip(spans) {
        if spans.is_empty() {
            continue;
        }
        let text = field.text_as(item, &item.body, field::Read::of(query));
        // The words of the text that a match covers, whole (a regex may match
        // inside a word: `source` in "Outsource" matched "outsource").
        for &[s, e] in spans {
            for (start, word) in token::words_around(&text, [s, e]) {
                if s < start + word.len() && start < e {
                    let word = token::lowercase(word);
                    if !matched.contains(&word) {
                        matched.push(word);
                    }
                }
            }
        }
    }
    hit_known(query, item, &item.body, score, spans.each_ref().map(|s| !s.is_empty()), matched)
}

/// A hit whose matching fields (in [`FIELDS`]' order) and matched words are known.
fn hit_known<'a>(
    query: &Query,
    item: &'a Item,
    body: &str,
    score: f64,
    fields: [bool; 4],
    matched: Vec<String>,
) -> Hit<'a> {
    let mut snippets = Vec::new();
    for (field, _) in FIELDS.iter().zip(fields).filter(|(_, m)| *m) {
        // As written: a snippet cleans each line it looks into, and passes
        // over only lines of plain ASCII, which cleaning leaves as they are
        // (cleaning a common word's 7,068 bodies whole took a fifth of its
        // warm search); its sections are then those `show --section` reads.
        snippets.extend(snippet::snippet(query, *field, &field.raw_text_as(item, body, field::Read::of(query))));
    }
    Hit { item, score, snippets, matched }
}

/// What a search runs on: the items themselves (a scan), or an index of them.
trait Engine<'a> {
    /// Why it can fail (a scan cannot).
    type Error;
    /// A search's hits, ranked (made or not yet).
    type Ranked;
    /// The names of the items searched, for the typo fallback.
    fn names(&self) -> std::result::Result<typo::Names, Self::Error>;
    /// Searches, as [`search`], ranking the hits.
    fn rank(&self, query: &Query, options: Options) -> std::result::Result<Self::Ranked, Self::Error>;
    /// Whether a search found no hit.
    fn none(ranked: &Self::Ranked) -> bool;
    /// Whether `word` matches a word anywhere in the items.
    fn occurs(&self, word: &Word, sensitive: bool) -> std::result::Result<bool, Self::Error>;
    /// The words of the items that may be hits that `word` matches,
    /// lowercase, each with how many of those items have it, in any order.
    fn forms(&self, word: &Word, sensitive: bool) -> std::result::Result<Vec<(String, usize)>, Self::Error>;
    /// Whether an item writes a word `a` matches joined to one `b` matches
    /// by a hyphen or a slash ([`joined_in`]: `web-chat`, `CI/CD`).
    fn joined(&self, a: &Word, b: &Word, sensitive: bool) -> std::result::Result<bool, Self::Error>;
}

/// A scan of items in memory: the hits those `keep` accepts (all without
/// it); the statistics, the names and the words that occur every item's.
struct Scan<'s, 'a> {
    items: &'s [&'a Item],
    keep: Option<&'s Keep<'s>>,
    /// The threads a question of every item is asked on ([`occurs`]).
    threads: usize,
}

impl<'a> Engine<'a> for Scan<'_, 'a> {
    type Error = std::convert::Infallible;
    type Ranked = Vec<Hit<'a>>;

    fn names(&self) -> std::result::Result<typo::Names, Self::Error> {
        Ok(typo::names(self.items))
    }

    fn rank(&self, query: &Query, options: Options) -> std::result::Result<Vec<Hit<'a>>, Self::Error> {
        Ok(search_kept(self.items, self.keep, query, options))
    }

    fn none(ranked: &Vec<Hit<'a>>) -> bool {
        ranked.is_empty()
    }

    fn occurs(&self, word: &Word, sensitive: bool) -> std::result::Result<bool, Self::Error> {
        Ok(occurs(self.items, word, sensitive, self.threads))
    }

    fn forms(&self, word: &Word, sensitive: bool) -> std::result::Result<Vec<(String, usize)>, Self::Error> {
        Ok(forms(self.items, self.keep, word, sensitive))
    }

    fn joined(&self, a: &Word, b: &Word, sensitive: bool) -> std::result::Result<bool, Self::Error> {
        Ok(self.items.iter().any(|item| FIELDS.iter().any(|field| joined_in(&field.text(item), a, b, sensitive))))
    }
}

impl<'a> Engine<'a> for indexed::Indexed<'a> {
    type Error = crate::error::Error;
    type Ranked = indexed::Ranked<'a>;

    fn names(&self) -> crate::error::Result<typo::Names> {
        indexed::Indexed::names(self)
    }

    fn rank(&self, query: &Query, options: Options) -> crate::error::Result<indexed::Ranked<'a>> {
        indexed::Indexed::rank(self, query, options)
    }

    fn none(ranked: &indexed::Ranked<'a>) -> bool {
        ranked.is_empty()
    }

    fn occurs(&self, word: &Word, sensitive: bool) -> crate::error::Result<bool> {
        indexed::Indexed::occurs(self, word, sensitive)
    }

    fn forms(&self, word: &Word, sensitive: bool) -> crate::error::Result<Vec<(String, usize)>> {
        indexed::Indexed::forms(self, word, sensitive)
    }

    fn joined(&self, a: &Word, b: &Word, sensitive: bool) -> crate::error::Result<bool> {
        indexed::Indexed::joined(self, a, b, sensitive)
    }
}

/// Whether `text` has a word that `a` matches and, right after it and a
/// hyphen or a slash, one that `b` matches (`web-chat`, `CI/CD`, `top-ups`,
/// `e-prescriptions`): the two words written as one compound, not only in a
/// row (`roll up` is no `rollup`).
fn joined_in(text: &str, a: &Word, b: &Word, sensitive: bool) -> bool {
    let mut before: Option<usize> = None;
    for (at, token) in tokens(text) {
        if before.is_some_and(|end| matches!(text.get(end..at), Some("-" | "/"))) && b.weigh(token, sensitive).is_some()
        {
            return true;
        }
        before = a.weigh(token, sensitive).is_some().then_some(at + token.len());
    }
    false
}

/// Searches; when nothing matches a word query, tries the typo fallback
/// (with `options.fuzzy`), then works out whether prefixes would match.
pub fn search_forgiving<'a>(items: &[&'a Item], query: &Query, options: Options) -> Outcome<Hit<'a>> {
    forgiving_kept(items, None, query, options)
}

/// [`search_forgiving`] of `items` (every item: the whole corpus), whose
/// hits are only those `keep` accepts: the hits of the same search
/// unfiltered that pass, in the same order and with the same scores, at
/// most `options.limit` of them. BM25's statistics, the words that occur
/// and the typo fallback's corrections are every item's, so a correction
/// is made only for a word that matches nothing in any item (the search
/// unfiltered found nothing either), and a prefix is suggested when it
/// finds a hit that passes.
pub fn search_forgiving_within<'a>(
    items: &[&'a Item],
    keep: &Keep<'_>,
    query: &Query,
    options: Options,
) -> Outcome<Hit<'a>> {
    forgiving_kept(items, Some(keep), query, options)
}

/// [`search_forgiving`], its hits those `keep` accepts (all without it).
fn forgiving_kept<'a>(
    items: &[&'a Item],
    keep: Option<&Keep<'_>>,
    query: &Query,
    options: Options,
) -> Outcome<Hit<'a>> {
    // A scan's hits are made as they are ranked, and it cannot fail.
    forgiving(&Scan { items, keep, threads: options.threads }, query, options)
        .and_then(|found| found.made(query, |_, hits| Ok(hits)))
        .unwrap_or_else(|never| match never {})
}

/// [`search_forgiving`] over `items` (from the corpus `index` was made of),
/// with the index: the same outcome, reading only the items that can match.
/// Fails only when the index cannot be read.
pub fn search_forgiving_indexed<'a>(
    index: &'a dyn Index,
    items: &[&'a Item],
    query: &Query,
    options: Options,
) -> crate::error::Result<Outcome<Hit<'a>>> {
    outcome(&indexed::Indexed::new(index, items, None), query, options)
}

/// [`search_forgiving_within`] with the index: [`search_forgiving_indexed`]
/// over `items` (every item of the corpus `index` was made of), whose hits
/// are only those `keep` accepts; the same outcome as the scan's.
pub fn search_forgiving_indexed_within<'a>(
    index: &'a dyn Index,
    items: &[&'a Item],
    keep: &'a Keep<'a>,
    query: &Query,
    options: Options,
) -> crate::error::Result<Outcome<Hit<'a>>> {
    outcome(&indexed::Indexed::new(index, items, Some(keep)), query, options)
}

/// [`search_forgiving_indexed`] over every item of the corpus, when the
/// index gives them (the corpus was loaded without them: [`Index::served`]);
/// `Ok(None)` when it does not.
pub fn search_forgiving_served<'a>(
    index: &'a dyn Index,
    query: &Query,
    options: Options,
) -> crate::error::Result<Option<Outcome<Hit<'a>>>> {
    indexed::Indexed::served(index).map(|engine| outcome(&engine, query, options)).transpose()
}

/// [`search_forgiving_served`], with each hit given to `each` as soon as it
/// is made, on the thread that made it, and let go: what `each` makes of
/// it is kept instead (a common word's text: its thousands of hits and
/// their items are never held at once). `Ok(None)` when the index does not
/// give the corpus's items.
pub fn search_forgiving_served_each<T: Send>(
    index: &dyn Index,
    query: &Query,
    options: Options,
    each: &(dyn Fn(&Hit<'_>) -> crate::error::Result<T> + Sync),
) -> crate::error::Result<Option<Outcome<T>>> {
    let Some(engine) = indexed::Indexed::served(index) else { return Ok(None) };
    let found = forgiving(&engine, query, options)?;
    found.made(query, |query, ranked| engine.each(query, ranked, each)).map(Some)
}

/// The outcome of an indexed search, its hits made (and their items kept).
fn outcome<'a>(
    engine: &indexed::Indexed<'a>,
    query: &Query,
    options: Options,
) -> crate::error::Result<Outcome<Hit<'a>>> {
    let found = forgiving(engine, query, options)?;
    found.made(query, |query, ranked| engine.hits(query, ranked))
}

/// What [`forgiving`] found: the hits ranked, the corrected query that
/// found them (when the typo fallback did), and the query with prefixes to
/// suggest when nothing matched.
struct Found<R> {
    ranked: R,
    corrected: Option<Query>,
    try_prefix: Option<(String, Vec<String>)>,
    suggested: Option<String>,
    named: (Vec<String>, bool),
}

impl<R> Found<R> {
    /// What `ranked` found, by the query `corrected` when it was corrected:
    /// nothing more to say.
    fn of(ranked: R, corrected: Option<Query>) -> Self {
        Found { ranked, corrected, try_prefix: None, suggested: None, named: (Vec::new(), false) }
    }

    /// The outcome, its hits made by `make` from the hits ranked and the
    /// query that found them (the corrected one, or `typed`).
    fn made<H, E>(
        self,
        typed: &Query,
        make: impl FnOnce(&Query, R) -> std::result::Result<Vec<H>, E>,
    ) -> std::result::Result<Outcome<H>, E> {
        let Found { ranked, corrected, try_prefix, suggested, named } = self;
        let hits = make(corrected.as_ref().unwrap_or(typed), ranked)?;
        let (try_prefix, prefix_finds) = try_prefix.map_or((None, Vec::new()), |(q, finds)| (Some(q), finds));
        let (named, any_case) = named;
        Ok(Outcome { hits, corrected: corrected.map(|q| q.text), try_prefix, prefix_finds, suggested, named, any_case })
    }
}

fn forgiving<'a, E: Engine<'a>>(
    engine: &E,
    query: &Query,
    options: Options,
) -> std::result::Result<Found<E::Ranked>, E::Error> {
    let ranked = engine.rank(query, options)?;
    let mut found = Found::of(ranked, None);
    if !E::none(&found.ranked) {
        return Ok(found);
    }
    let Matcher::Terms { sensitive, .. } = &query.matcher else { return Ok(found) };
    // The query with its typos corrected, when that was tried: what a
    // technology's name is asked of as any word ([`named`]).
    let mut corrected = None;
    if options.fuzzy {
        let Matcher::Terms { terms, .. } = &query.matcher else { return Ok(found) };
        // A quoted phrase that is one word in the text: `"e wallet"`, "eWallet".
        if let Some(joined) = joined(engine, terms, *sensitive)? {
            let ranked = engine.rank(&joined, options)?;
            if !E::none(&ranked) {
                return Ok(Found::of(ranked, Some(joined)));
            }
        }
        // The words that match nothing, worked out once (`split` and
        // `correct` ask for each; a scan reads every item to answer).
        // (Not a technology's name: `go` that finds no "Go" is no typo.)
        let mut nothing: Vec<Word> = Vec::new();
        for word in terms.iter().flat_map(|t| t.words.iter()) {
            if !word.prefix && !word.tags_any && !engine.occurs(word, *sensitive)? {
                nothing.push(word.clone());
            }
        }
        // A word that is two in the text: `opensource`, "open-source".
        if let Some(split) = split(engine, terms, &nothing, *sensitive)? {
            let ranked = engine.rank(&split, options)?;
            if !E::none(&ranked) {
                return Ok(Found::of(ranked, Some(split)));
            }
        }
        // Only a word that matches nothing can be corrected: without one, the
        // names are not asked for (an index would read every item's).
        if !nothing.is_empty() {
            let names = engine.names()?;
            let matches_nothing = |w: &Word| nothing.contains(w);
            let occurs = |w: &str| written(engine, w);
            let retry = typo::correct(&names, query, matches_nothing, &occurs, typo::Fix::Typos);
            if let Some(retry) = &retry {
                let ranked = engine.rank(retry, options)?;
                if !E::none(&ranked) {
                    return Ok(Found::of(ranked, Some(retry.clone())));
                }
            }
            // A word of English corrected too, to be offered if it finds something.
            let offer = typo::correct(&names, query, matches_nothing, &occurs, typo::Fix::English)
                .filter(|q| retry.as_ref().is_none_or(|r| r.text != q.text));
            if let Some(offer) = offer {
                if !E::none(&engine.rank(&offer, ONCE)?) {
                    found.suggested = Some(offer.text);
                }
            }
            corrected = retry;
        }
    }
    // Words typed as the text has them in a row, one of them read as a
    // technology's name (`experimental mix`: "Experimental mix of
    // coworking"): the words as a phrase, the name as any word. Not a
    // correction (so `--exact` too): only the text the words were typed
    // from matches, never "mix" in one sentence and "experimental" in
    // another.
    for phrase in named_phrases(query) {
        let ranked = engine.rank(&phrase, options)?;
        if !E::none(&ranked) {
            return Ok(Found::of(ranked, Some(phrase)));
        }
    }
    // Words typed joined by a slash (`kafka/redis`), read as the text
    // writes such words ("CI/CD"), that are nowhere so: each a word of its
    // own, all to match, as if typed apart (not a correction: `--exact` too).
    if let Some(apart) = slashed_apart(query) {
        let ranked = engine.rank(&apart, options)?;
        if !E::none(&ranked) {
            return Ok(Found::of(ranked, Some(apart)));
        }
    }
    // Words read as technologies' names (`go`: "Go"), when that is why
    // nothing matched: every such name, when the words in any case would
    // match (typos corrected: then `--ignore-case` is what to try, not
    // `go*`); else those matched nowhere (where the text says only "on the
    // go"), and what a prefix would find (`java*`: "javascript").
    if let Matcher::Terms { terms, .. } = &query.matcher {
        let names: Vec<&Word> = terms.iter().flat_map(|t| t.words.iter()).filter(|w| w.tags_any).collect();
        if !names.is_empty() {
            if named(engine, corrected.as_ref().unwrap_or(query), *sensitive)? {
                found.named = (names_shown(&names), true);
                return Ok(found);
            }
            let mut nowhere = Vec::new();
            for word in names {
                if !engine.occurs(word, *sensitive)? {
                    nowhere.push(word);
                }
            }
            if !nowhere.is_empty() {
                found.named = (names_shown(&nowhere), false);
            }
        }
    }
    found.try_prefix = with_prefixes(engine, query, *sensitive)?.map(|(q, finds)| (q.text, finds));
    Ok(found)
}

/// The names `words` were read as, each once (`Go`, `REST`).
fn names_shown(words: &[&Word]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for word in words {
        let name = word.name_shown();
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

/// `query`'s words as one phrase, those read as technologies' names
/// ([`Word::tags_any`]) read as any other word, when it is two words or
/// more typed apart, one of them such a name: no phrase, no prefix; not
/// an acronym typed in capitals, which asks for the acronym (`LED
/// infrastructure` is not "Led infrastructure"). Its words as typed, the
/// small ones too: `platform on the go` is the text's "platform on the go"
/// (its terms, "platform" and Go, are in no text in a row), and `on the
/// go` a phrase too; then, where it finds nothing, its terms (`the go
/// payments`: "Go payments").
fn named_phrases(query: &Query) -> Vec<Query> {
    let Matcher::Terms { terms, sensitive } = &query.matcher else { return Vec::new() };
    let phrase = |terms: &[Term]| {
        let typed_apart = terms.len() > 1 && terms.iter().all(|t| t.words.len() == 1);
        let words: Vec<&Word> = terms.iter().flat_map(|t| t.words.iter()).collect();
        let acronym = words.iter().any(|w| w.tags_any && w.name == Some(NameCase::Capitals));
        if !typed_apart || acronym || words.iter().any(|w| w.prefix) || !words.iter().any(|w| w.tags_any) {
            return None;
        }
        let words = words.iter().map(|w| if w.tags_any { Word::new(&w.text, false, *sensitive) } else { (*w).clone() });
        Some(Query::from_terms(vec![Term::of(words.collect())], *sensitive))
    };
    let typed = query.typed_terms().and_then(|typed| phrase(&typed));
    let terms = phrase(terms).filter(|q| typed.as_ref().is_none_or(|t| t.text != q.text));
    typed.into_iter().chain(terms).collect()
}

/// Whether the text writes `word` (lowercase) as it is, or with a capital
/// (not by its stem: `loving` is no word of a text that says "Love"); an
/// error reading it, as if it did not.
fn written<'a, E: Engine<'a>>(engine: &E, word: &str) -> bool {
    let mut chars = word.chars();
    let capital: String = chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
    [word, capital.as_str()].iter().any(|form| engine.occurs(&Word::new(form, false, true), true).unwrap_or(false))
}

/// `query` with each term typed as words joined by slashes (`kafka/redis`,
/// no other way of writing it) as those words apart, when it has one.
fn slashed_apart(query: &Query) -> Option<Query> {
    let Matcher::Terms { terms, sensitive } = &query.matcher else { return None };
    // Outside quotes: a quoted phrase's words are in a row.
    let typed: String = query.text.split('"').step_by(2).collect::<Vec<_>>().join(" ").to_lowercase();
    let slashed = |t: &Term| {
        t.words.len() > 1
            && t.also.is_empty()
            && typed.contains(&t.words.iter().map(|w| w.text.to_lowercase()).collect::<Vec<_>>().join("/"))
    };
    if !terms.iter().any(slashed) {
        return None;
    }
    let apart = terms.iter().flat_map(|t| {
        if slashed(t) { t.words.iter().map(|w| Term::of(vec![w.clone()])).collect() } else { vec![t.clone()] }
    });
    Some(Query::from_terms(apart.collect(), *sensitive).reading_names(query.names))
}

/// Whether `query` with its words read as technologies' names
/// ([`Word::tags_any`]) read as any other word (as `--ignore-case` reads
/// them) finds something.
fn named<'a, E: Engine<'a>>(engine: &E, query: &Query, sensitive: bool) -> std::result::Result<bool, E::Error> {
    let Matcher::Terms { terms, .. } = &query.matcher else { return Ok(false) };
    let plain = rewritten(terms, sensitive, |term| {
        let named = term.words.iter().any(|w| w.tags_any);
        Ok(named.then(|| Term::of(term.words.iter().map(|w| Word::new(&w.text, w.prefix, sensitive)).collect())))
    })?;
    match plain {
        Some(plain) => Ok(!E::none(&engine.rank(&plain, ONCE)?)),
        None => Ok(false),
    }
}

/// The query with each phrase of `terms` that matches nothing written as
/// one word (`"e wallet"` → `ewallet`, `"back end"` → `backend`: the
/// text's "eWallet", "backend", which the phrase of its parts never
/// finds), when there is such a phrase. A hyphenated word is that word
/// already ([`alias`]): not asked again.
fn joined<'a, E: Engine<'a>>(
    engine: &E,
    terms: &[Term],
    sensitive: bool,
) -> std::result::Result<Option<Query>, E::Error> {
    rewritten(terms, sensitive, |term| {
        let text: String = term.words.iter().map(|w| w.text.as_str()).collect();
        let already = term.also.iter().any(|way| way.len() == 1 && way[0].text == text);
        if term.words.len() > 1
            && !already
            && E::none(&engine.rank(&Query::from_terms(vec![term.clone()], sensitive), ONCE)?)
        {
            let prefix = term.words.last().is_some_and(|w| w.prefix);
            return Ok(Some(Term::of(vec![Word::new(&text, prefix, sensitive)])));
        }
        Ok(None)
    })
}

/// Options to ask whether a query finds anything at all.
const ONCE: Options = Options { fuzzy: false, limit: Some(1), threads: 1 };

/// The query of `terms` with each term that `rewrite` gives another for
/// written that way; `None` when it gives none.
fn rewritten<Err>(
    terms: &[Term],
    sensitive: bool,
    mut rewrite: impl FnMut(&Term) -> std::result::Result<Option<Term>, Err>,
) -> std::result::Result<Option<Query>, Err> {
    let mut changed = false;
    let mut new_terms = Vec::with_capacity(terms.len());
    for term in terms {
        let new = rewrite(term)?;
        changed |= new.is_some();
        new_terms.push(new.unwrap_or_else(|| term.clone()));
    }
    Ok(changed.then(|| Query::from_terms(new_terms, sensitive)))
}

/// The shortest part of a word [`split`] reads as two that is asked to be
/// a word of English: the shortest it knows ([`typo::english`]).
const SPLIT_PART: usize = typo::MIN_LETTERS;

/// Whether `part` (lowercase), the part of a word before another
/// (`first`) or after one, is one [`split`] tries: a word of English of
/// [`SPLIT_PART`] letters or more; any two or three letters (`web` of
/// `webchat`, `top` and `ups` of `topups`, `ci` and `cd` of `cicd`: no list
/// of English holds every short word); and `e` first (`eprescriptions`,
/// "e-prescriptions"). A split with a part this short stands only where
/// the text writes the parts as one compound ([`Engine::joined`]).
fn split_part(part: &str, first: bool) -> bool {
    match part.len() {
        1 => first && part == "e",
        n if n >= SPLIT_PART => typo::english_form(part),
        n => n >= 2,
    }
}

/// The query with each word that matches nothing and is two words of the
/// text in a row read as that phrase (`opensource` → "open source", which
/// finds the tag `open-source`; `realtime` → "real time"), at the first
/// place that finds something; `None` when no word is. Only places whose
/// parts [`split_part`] allows are tried (a list asked without reading the
/// items: a scan of a folder reads every item for each phrase tried); a
/// part of fewer than [`SPLIT_PART`] letters only where the text also
/// writes the two joined by a hyphen or a slash (`webchat` → "web chat",
/// the tag `web-chat`; `cicd` → "ci cd", "CI/CD"; but `rollup` is no "roll
/// up", `workout` no "work out", `recordin` no "record in": a typo, left
/// to the typo fallback). [`joined`] the other way round.
fn split<'a, E: Engine<'a>>(
    engine: &E,
    terms: &[Term],
    nothing: &[Word],
    sensitive: bool,
) -> std::result::Result<Option<Query>, E::Error> {
    rewritten(terms, sensitive, |term| {
        let [word] = term.words.as_slice() else { return Ok(None) };
        let text = word.text.as_str();
        // Two parts of two letters at least (or `e` and three).
        let letters = text.len() >= 4 && text.bytes().all(|b| b.is_ascii_alphabetic());
        if word.name.is_some() || !letters || !nothing.contains(word) {
            return Ok(None);
        }
        let lower = text.to_ascii_lowercase();
        // A word of English as typed is not a prefix and a word: `resign` is
        // no "re-sign", `unionized` no "un-ionized", `proverb` no "pro-verb"
        // (but `nightclub` is "night club").
        let english = typo::english_form(&lower);
        for at in 1..text.len() {
            if !split_part(&lower[..at], true) || !split_part(&lower[at..], false) {
                continue;
            }
            let (a, b) = (Word::new(&text[..at], false, sensitive), Word::new(&text[at..], false, sensitive));
            let short = at < SPLIT_PART || text.len() - at < SPLIT_PART;
            if short && english {
                continue;
            }
            let phrase = Term::of(vec![a.clone(), b.clone()]);
            if !E::none(&engine.rank(&Query::from_terms(vec![phrase.clone()], sensitive), ONCE)?)
                && (!short || engine.joined(&a, &b, sensitive)?)
            {
                return Ok(Some(phrase));
            }
        }
        Ok(None)
    })
}

/// Whether `word` matches a word anywhere in `items`: only texts its sieve
/// lets through are split into words. Many items are asked on `threads`
/// threads, each of its share: a word found nowhere reads every item's
/// text, and the typo fallback asks it of a few words (`--no-index search
/// zanzibar` over 10,000 documents: six questions, each a pass over
/// every item on one thread, were half its instructions).
fn occurs(items: &[&Item], word: &Word, sensitive: bool, threads: usize) -> bool {
    use std::sync::atomic::{AtomicBool, Ordering::Relaxed};
    let sieve = query::sieve(&[Term::of(vec![word.clone()])], sensitive);
    let in_tags = word.in_field(Field::Tags);
    let in_item = |item: &&Item| {
        FIELDS.iter().any(|field| {
            let text = field.text(item);
            if sieve.as_ref().is_some_and(|s| token::words_are_ascii(&text) && !s.passes(&text)) {
                return false;
            }
            let word = if *field == Field::Tags { &in_tags } else { word };
            tokens(&text).any(|(at, t)| matches_as_in(word, *field, &text, at, t, sensitive))
        })
    };
    if items.len() < rank::PARALLEL_FROM || threads < 2 {
        return items.iter().any(in_item);
    }
    // Each share stops once any has found it.
    let found = AtomicBool::new(false);
    crate::parallel::map_chunks(items.to_vec(), rank::PARALLEL_FROM, threads, |share| {
        for item in &share {
            if found.load(Relaxed) {
                return;
            }
            if in_item(item) {
                found.store(true, Relaxed);
                return;
            }
        }
    });
    found.load(Relaxed)
}

/// Whether `word` matches the word `token` at byte `at` of `text` (of
/// `field`): as it weighs it, and for a name read so ([`Word::tags_any`])
/// as a whole tag in tags, and in text not as the first part of a
/// hyphenated word (`Go-to-market`).
fn matches_as_in(word: &Word, field: Field, text: &str, at: usize, token: &str, sensitive: bool) -> bool {
    let end = at + token.len();
    word.weigh(token, sensitive).is_some()
        && (!word.tags_any
            || if field == Field::Tags {
                query::whole_tag(text, [at, end])
            } else {
                !alias::joined_by_hyphen(text.get(end..).unwrap_or(""))
            })
}

/// The words of `items` (those `keep` accepts) that `word` matches,
/// lowercase, each with how many of the items have it (see [`Engine::forms`]).
fn forms(items: &[&Item], keep: Option<&Keep<'_>>, word: &Word, sensitive: bool) -> Vec<(String, usize)> {
    let sieve = query::sieve(&[Term::of(vec![word.clone()])], sensitive);
    let mut found = Vec::new();
    let in_tags = word.in_field(Field::Tags);
    for item in items.iter().filter(|item| keep.is_none_or(|keep| keep(item))) {
        let mut own = Vec::new();
        for field in FIELDS {
            let text = field.text(item);
            if sieve.as_ref().is_some_and(|s| token::words_are_ascii(&text) && !s.passes(&text)) {
                continue;
            }
            let word = if field == Field::Tags { &in_tags } else { word };
            own.extend(
                tokens(&text)
                    .filter(|&(at, t)| matches_as_in(word, field, &text, at, t, sensitive))
                    .map(|(_, t)| token::lowercase(t)),
            );
        }
        // Each item's once.
        own.sort_unstable();
        own.dedup();
        found.extend(own.into_iter().map(|word| (word, 1)));
    }
    counted(found)
}

/// Each word of `counts` once, in order, with the sum of its counts.
fn counted(counts: impl IntoIterator<Item = (String, usize)>) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = counts.into_iter().collect();
    counts.sort_unstable();
    let mut summed: Vec<(String, usize)> = Vec::with_capacity(counts.len());
    for (word, n) in counts {
        match summed.last_mut() {
            Some((last, sum)) if *last == word => *sum += n,
            _ => summed.push((word, n)),
        }
    }
    summed
}

/// The query with every bare word that matches nothing whole but would as a
/// prefix made a prefix (`kube` → `kube*`), when that query finds
/// something, and the words those prefixes match in the items that may be
/// hits (those most items have first, at most one more than
/// [`PREFIX_FINDS`]): what the suggestion would find, said with it.
fn with_prefixes<'a, E: Engine<'a>>(
    engine: &E,
    query: &Query,
    sensitive: bool,
) -> std::result::Result<Option<(Query, Vec<String>)>, E::Error> {
    let Matcher::Terms { terms, .. } = &query.matcher else { return Ok(None) };
    let mut made_prefixes = Vec::new();
    let mut new_terms = Vec::with_capacity(terms.len());
    for term in terms {
        let mut words = Vec::with_capacity(term.words.len());
        let mut made = false;
        for w in &term.words {
            let prefixed = Word::new(&w.text, true, sensitive);
            if !w.prefix && !engine.occurs(w, sensitive)? && engine.occurs(&prefixed, sensitive)? {
                made_prefixes.push(prefixed.clone());
                words.push(prefixed);
                made = true;
            } else {
                words.push(w.clone());
            }
        }
        // A term left as it was keeps its other ways (`k8s kube`: "Kubernetes" too).
        new_terms.push(if made { Term::of(words) } else { Term { words, also: term.also.clone() } });
    }
    let query = Query::from_terms(new_terms, sensitive);
    if made_prefixes.is_empty() || E::none(&engine.rank(&query, ONCE)?) {
        return Ok(None);
    }
    // The words the items have most first (the word that made the prefix
    // found is likely among them), then in order; a word two prefixes
    // match counted once for each.
    let mut all: Vec<(String, usize)> = Vec::new();
    for made in &made_prefixes {
        all.extend(engine.forms(made, sensitive)?);
    }
    let mut finds = counted(all);
    finds.sort_unstable_by(|(a, m), (b, n)| n.cmp(m).then_with(|| a.cmp(b)));
    finds.truncate(PREFIX_FINDS + 1);
    Ok(Some((query, finds.into_iter().map(|(form, _)| form).collect())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> crate::content::Corpus {
        crate::content::load_bundled().map(|l| l.corpus).expect("bundled content loads")
    }

    /// A word is found on threads where one pass finds it: in the last
    /// item only, in the first share only, nowhere.
    #[test]
    fn a_word_occurs_on_threads_as_in_one_pass() {
        let mut items = crate::synth::items(rank::PARALLEL_FROM + 7, 11);
        if let Some(first) = items.first_mut() {
            first.body.push_str("\n\nA quokkafirst here.\n");
        }
        if let Some(last) = items.last_mut() {
            last.body.push_str("\n\nA quokkalast here.\n");
        }
        let refs: Vec<&Item> = items.iter().collect();
        for (word, there) in [("quokkafirst", true), ("quokkalast", true), ("quokkanone", false)] {
            let word = Word::new(word, false, false);
            for threads in [1, 2, 3] {
                assert_eq!(occurs(&refs, &word, false, threads), there, "{word:?} on {threads} threads");
            }
        }
    }

    /// Relevance keeps the items that match at least one term, and only those.
    #[test]
    fn relevance_keeps_only_items_that_match_a_term() {
        let c = corpus();
        let items: Vec<&Item> = c.items.iter().collect();
        let q = parse("duckdb wireguard", CaseMode::Smart, false).expect("query");
        let r = relevance(&items, &q, None, &[]);
        let slugs: Vec<&str> = r.scored.iter().map(|s| s.item.slug.as_str()).collect();
        assert!(slugs.contains(&"blitz") && slugs.contains(&"firezone"), "{slugs:?}");
        assert!(slugs.len() < items.len(), "items matching no term were kept: {slugs:?}");
        assert!(r.scored.iter().all(|s| !s.terms.is_empty() && s.score > 0.0));
    }

    /// A term an item is tagged with beyond its text matches it as one more
    /// tag: counted in the term's document frequency and scored, but never
    /// twice for an item whose tags already have it.
    #[test]
    fn a_tagged_term_counts_as_one_more_tag_never_twice() {
        let c = corpus();
        let items: Vec<&Item> = c.items.iter().collect();
        let q = parse("fintech", CaseMode::Smart, false).expect("query");
        assert!(relevance(&items, &q, None, &[]).scored.is_empty(), "no text says fintech");
        let fintech = |item: &Item, _: usize| item.domain.as_deref() == Some("fintech");
        let r = relevance(&items, &q, Some(&fintech), &[]);
        assert_eq!(r.df, [9]);
        assert_eq!(r.scored.len(), 9);
        assert!(r.scored.iter().all(|s| fintech(s.item, 0) && s.score > 0.0 && s.terms == [0]));
        // Tagged with what its tags have: the same scores as without.
        let q = parse("payments", CaseMode::Smart, false).expect("query");
        let tagged = |item: &Item, _: usize| item.has_tag("payments");
        let scores = |r: Relevance<'_>| r.scored.iter().map(|s| (s.item.slug.clone(), s.score)).collect::<Vec<_>>();
        assert_eq!(scores(relevance(&items, &q, Some(&tagged), &[])), scores(relevance(&items, &q, None, &[])));
    }

    fn outcome<'a>(items: &[&'a Item], q: &str) -> Outcome<Hit<'a>> {
        search_forgiving(items, &parse(q, CaseMode::Smart, false).expect("query"), Options::default())
    }

    #[test]
    fn a_word_that_matches_only_as_a_prefix_gets_a_hint() {
        let c = corpus();
        let items: Vec<&Item> = c.items.iter().collect();
        let o = outcome(&items, "kube");
        assert!(o.hits.is_empty());
        assert_eq!(o.try_prefix.as_deref(), Some("kube*"));
        assert!(outcome(&items, "zzzq").try_prefix.is_none());
        // Only the words that match nothing whole become prefixes; the query keeps the others.
        assert_eq!(outcome(&items, "terraform kube").try_prefix.as_deref(), Some("terraform kube*"));
        assert_eq!(outcome(&items, "kube* duc").try_prefix.as_deref(), Some("kube* duc*"));
        // A word that matches whole is not the reason nothing matched: no hint.
        assert!(outcome(&items, "wireguard duckdb").try_prefix.is_none());
    }

    /// A technology whose name is an everyday word, typed alone, is found
    /// as the name in text and in any case in tags: `go` is not "on the
    /// go", `mix` not "a mix of", `REST` not "the rest of the team"; what
    /// finds nothing says how it was read and how to find the word.
    /// `--ignore-case` and `--case-sensitive` read it as any word.
    /// The names an outcome says its words were read as.
    fn names<H>(o: &Outcome<H>) -> Vec<&str> {
        o.named.iter().map(String::as_str).collect()
    }

    #[test]
    fn a_technology_named_by_an_everyday_word_is_found_as_the_name() {
        let c = corpus();
        let items: Vec<&Item> = c.items.iter().collect();
        let slugs = |o: &Outcome<Hit<'_>>| o.hits.iter().map(|h| h.item.slug.clone()).collect::<Vec<_>>();
        let run = |q: &str, case| search_forgiving(&items, &parse(q, case, false).expect("query"), Options::default());
        for q in ["go", "Go", "GO", "\"go\""] {
            let o = run(q, CaseMode::Smart);
            assert!(o.hits.is_empty(), "{q}: {:?}", slugs(&o));
            assert_eq!(o.hint(), " (read as the name Go)", "{q}");
        }
        let any_case = run("go", CaseMode::Insensitive);
        assert_eq!(slugs(&any_case), ["ecommpay", "blitz"]);
        assert_eq!(slugs(&run("go", CaseMode::Sensitive)), ["ecommpay", "blitz"]);
        let exactly = run("Go", CaseMode::Sensitive);
        assert!(exactly.hits.is_empty() && exactly.named.is_empty(), "{exactly:?}");
        // The Mix post says "Mix" and is tagged `mix`; L15 is "a mix of" two places.
        let mix = run("mix", CaseMode::Smart);
        assert_eq!(slugs(&mix), ["run-stale-tests-on-file-change-in-elixir"]);
        let fields: Vec<Field> = mix.hits[0].snippets.iter().map(|s| s.field).collect();
        assert_eq!(fields, [Field::Tags, Field::Summary]);
        assert!(slugs(&run("mix", CaseMode::Insensitive)).contains(&"l15".to_owned()));
        // `REST` is the REST API (and the tag `rest-api`), not Blitz's "the rest of the team".
        assert_eq!(slugs(&run("REST", CaseMode::Smart)), ["man"]);
        assert_eq!(slugs(&run("rest", CaseMode::Smart)), ["man", "blitz"]);
        // A word that is no such name, or one in a phrase, is any word.
        assert_eq!(slugs(&run("\"on the go\"", CaseMode::Smart)), ["ecommpay"]);
        // Words typed as the text has them in a row, one of them such a
        // name: the phrase, the name as any word, as a correction is shown
        // (without corrections too); never the words apart ("mix" here,
        // "coworking" there), nor apart from the rest of the phrase.
        // Typed as a person types a query, its small words are the text's
        // too (black-box testing: `platform on the go` found nothing).
        let exact = Options { fuzzy: false, ..Options::default() };
        for (q, slug, phrase) in [
            ("experimental mix", "l15", "\"experimental mix\""),
            ("on the go", "ecommpay", "\"on the go\""),
            ("platform on the go", "ecommpay", "\"platform on the go\""),
            ("mix of coworking", "l15", "\"mix of coworking\""),
        ] {
            for options in [Options::default(), exact] {
                for query in [parse(q, CaseMode::Smart, false), parse_typed(q, CaseMode::Smart, false)] {
                    let o = search_forgiving(&items, &query.expect("query"), options);
                    assert_eq!((slugs(&o), o.corrected.as_deref()), (vec![slug.to_owned()], Some(phrase)), "{q}");
                }
            }
        }
        // A small word the text has not there (as a person types a query,
        // who leaves it out): the phrase of the other words.
        let an = search_forgiving(
            &items,
            &parse_typed("an experimental mix", CaseMode::Smart, false).expect("query"),
            exact,
        );
        assert_eq!((slugs(&an), an.corrected.as_deref()), (vec!["l15".to_owned()], Some("\"experimental mix\"")));
        // An acronym typed in capitals asks for the acronym: no phrase of
        // the word (Firezone's "Led infrastructure").
        assert!(slugs(&run("led infrastructure", CaseMode::Smart)).contains(&"firezone".to_owned()));
        for q in ["mix coworking", "go payment", "mix experimental", "LED infrastructure"] {
            let o = run(q, CaseMode::Smart);
            assert!(o.hits.is_empty() && o.corrected.is_none(), "{q}: {:?}", slugs(&o));
        }
        assert_eq!(run("go payment", CaseMode::Smart).hint(), " (read as the name Go)");
        assert!(slugs(&run("RUST", CaseMode::Smart)).contains(&"blitz".to_owned()), "rust is any word");
        // What found nothing is said: every name when the words in any case
        // would match (then no prefix is offered, `--ignore-case` is), none
        // corrected as a typo.
        for (q, named) in [("spark go", &["Spark", "Go"][..]), ("go spark", &["Go", "Spark"]), ("go elixirr", &["Go"])]
        {
            let o = run(q, CaseMode::Smart);
            let said = (names(&o), o.any_case, o.try_prefix.as_deref(), o.suggested.as_deref());
            assert_eq!(said, (named.to_vec(), true, None, None), "{q}");
        }
        assert_eq!(run("spark go", CaseMode::Smart).hint(), " (read as the names Spark and Go)");
        // Found as the words only after a typo's correction: still named.
        assert!(!run("go elixirr", CaseMode::Insensitive).hits.is_empty());
        // Within filters: the words in any case only where they would match there.
        let filtered = |q: &str, keep: &Keep<'_>| {
            let q = parse(q, CaseMode::Smart, false).expect("query");
            search_forgiving_within(&items, keep, &q, Options::default())
        };
        let projects = |item: &Item| item.kind == crate::content::Kind::Project;
        let posts = |item: &Item| item.kind == crate::content::Kind::Post;
        // L15 is "a mix of" two places; the Mix post is no project.
        let o = filtered("mix", &projects);
        assert_eq!((o.hits.len(), names(&o), o.any_case), (0, vec!["Mix"], true));
        // No post says "go" in any case: the name found nowhere is said, and no flag.
        let o = filtered("go", &posts);
        assert_eq!((names(&o), o.any_case), (vec!["Go"], false));
    }

    /// A typo of a technology's name is corrected to the name, as typed it
    /// would be: `sparkk` finds what `spark` does (Spark, not "a spark of
    /// joy"); with `--ignore-case`, the word.
    #[test]
    fn a_typo_of_a_technology_s_name_is_corrected_to_the_name() {
        use crate::content::Kind::Project;
        let named = item(Project, 1, "Spark jobs", &["spark"], "Batch jobs.");
        let word = item(Project, 2, "Joy", &["joy"], "A spark of joy.");
        let items = [&named, &word];
        let run = |q: &str, case| {
            let o = search_forgiving(&items, &parse(q, case, false).expect("query"), Options::default());
            (o.corrected, o.hits.iter().map(|h| h.item.slug.clone()).collect::<Vec<_>>())
        };
        assert_eq!(run("spark", CaseMode::Smart), (None, vec!["project-1".to_owned()]));
        assert_eq!(run("sparkk", CaseMode::Smart), (Some("spark".to_owned()), vec!["project-1".to_owned()]));
        let any_case = run("sparkk", CaseMode::Insensitive);
        assert_eq!((any_case.0.as_deref(), any_case.1.len()), (Some("spark"), 2));
    }

    #[test]
    fn a_word_of_english_is_not_corrected_but_its_correction_offered() {
        let c = corpus();
        let items: Vec<&Item> = c.items.iter().collect();
        // Each was "corrected" to a name, and its hits shown as found.
        for (typed, offered) in [("risk", "riak"), ("patients", "payments"), ("risk management", "riak management")] {
            let o = outcome(&items, typed);
            assert!(o.hits.is_empty() && o.corrected.is_none(), "{typed}: {o:?}");
            assert_eq!(o.suggested.as_deref(), Some(offered), "{typed}");
        }
        assert_eq!(outcome(&items, "patients").hint(), "; did you mean \"payments\"?");
        // `risk*` finds "risky": both are offered.
        assert_eq!(outcome(&items, "risk").hint(), "; try risk* (finds \"risky\"), or did you mean \"riak\"?");
        // A typo is still corrected; beside a word of English, only offered.
        assert_eq!(outcome(&items, "terrafrom").corrected.as_deref(), Some("terraform"));
        let o = outcome(&items, "risk terrafrom");
        assert!(o.hits.is_empty() && o.corrected.is_none(), "{o:?}");
        assert_eq!(o.suggested.as_deref(), Some("riak terraform"));
        // Nothing offered that finds nothing, and a prefix's hint comes first.
        assert_eq!(outcome(&items, "zzzq").hint(), "");
        assert_eq!(outcome(&items, "kube").hint(), "; try kube* (finds \"kubernetes\")");
    }

    /// A suggested prefix says what it finds: `java*` is JavaScript, which
    /// no one asking about Java means; at most three words, those most
    /// items have first, and an ellipsis when there are more (the index's
    /// are held to these by `tests/it/index.rs`).
    #[test]
    fn a_prefix_suggested_says_what_it_finds() {
        let c = corpus();
        let items: Vec<&Item> = c.items.iter().collect();
        assert_eq!(outcome(&items, "java").hint(), " (read as the name Java); try java* (finds \"javascript\")");
        assert_eq!(outcome(&items, "usa").hint(), "; try usa* (finds \"usage\")");
        let many = outcome(&items, "mon");
        assert_eq!(many.prefix_finds.len(), PREFIX_FINDS + 1, "{:?}", many.prefix_finds);
        let has = |w: &str| {
            let has_it = |i: &&&Item| FIELDS.iter().any(|f| tokens(&f.text(i)).any(|(_, t)| t.to_lowercase() == w));
            items.iter().filter(has_it).count()
        };
        let counts: Vec<usize> = many.prefix_finds.iter().map(|w| has(w)).collect();
        assert!(counts.is_sorted_by(|a, b| a >= b), "{:?} {counts:?}", many.prefix_finds);
        assert!(many.hint().ends_with("…)"), "{}", many.hint());
    }

    #[test]
    fn hits_say_which_words_matched() {
        let c = corpus();
        let items: Vec<&Item> = c.items.iter().collect();
        let o = outcome(&items, "json logs");
        let logger = o.hits.iter().find(|h| h.item.slug == "logger-json").expect("LoggerJSON");
        assert!(logger.matched.contains(&"logging".to_owned()), "{:?}", logger.matched);
        assert!(logger.matched.contains(&"json".to_owned()), "{:?}", logger.matched);
        // A regex may match inside a word: the word it touches, not its neighbour.
        let re = parse("-based", CaseMode::Smart, true).expect("regex");
        let hits = search(&items, &re, Options::default());
        let firezone = hits.iter().find(|h| h.item.slug == "firezone").expect("Firezone");
        assert_eq!(firezone.matched, ["based"]);
        // A typo corrected: the words that matched are the corrected ones.
        let o = outcome(&items, "terrafrom");
        assert!(!o.hits.is_empty(), "terrafrom found nothing");
        assert_eq!(o.corrected.as_deref(), Some("terraform"));
        assert!(o.hits.iter().all(|h| h.matched == ["terraform"]), "{:?}", o.hits[0].matched);
        // A misspelling with the right stem needs no correction.
        let o = outcome(&items, "kubernets");
        assert!(!o.hits.is_empty(), "kubernets found nothing");
        assert_eq!(o.corrected, None);
        assert!(o.hits.iter().all(|h| h.matched == ["kubernetes"]), "{:?}", o.hits[0].matched);
        // Corrected, a word is written the other ways the right word is.
        let o = outcome(&items, "kuberntes");
        assert_eq!(o.corrected.as_deref(), Some("kubernetes"));
        assert!(o.hits.iter().any(|h| h.matched.contains(&"k8s".to_owned())), "{:?}", o.hits[0].matched);
        // Typed right, Kubernetes is also written "k8s" (as Blitz has it too).
        let o = outcome(&items, "kubernetes");
        let said: Vec<&[String]> = o.hits.iter().map(|h| h.matched.as_slice()).collect();
        assert!(said.iter().all(|m| m[0] == "kubernetes" && m[1..].iter().all(|w| w == "k8s")), "{said:?}");
        assert!(said.iter().any(|m| m.len() == 2), "{said:?}");
    }

    /// An item of `kind` titled `title`, with `body`, placed `order`th.
    fn item(kind: crate::content::Kind, order: u32, title: &str, tags: &[&str], body: &str) -> Item {
        Item {
            slug: format!("{}-{order}", kind.as_str()),
            kind,
            title: title.to_owned(),
            subtitle: None,
            summary: String::new(),
            domain: None,
            tags: tags.iter().map(|t| (*t).to_owned()).collect(),
            period: None,
            featured: false,
            highlights: Vec::new(),
            awards: Vec::new(),
            order,
            body: body.to_owned(),
            path: String::new(),
        }
    }

    /// Two posts and eight projects: `alpha` is in every item, `beta` in the
    /// posts alone, so over every item `beta` weighs far more than `alpha`
    /// and the post with more `beta` comes first; over the posts alone
    /// both weigh the same, and the post with more `alpha` would. `zoltrel`
    /// names two projects and no post; `zoltel`, a post.
    fn posts_and_projects() -> Vec<Item> {
        use crate::content::Kind::{Post, Project};
        let mut items = vec![
            item(Post, 1, "Zoltel notes", &[], "alpha alpha alpha alpha alpha beta and some other words here"),
            item(Post, 2, "Second notes", &[], "alpha beta beta beta and some other words here too"),
        ];
        for n in 1..=8 {
            let title = if n <= 2 { "Zoltrel service" } else { "Other service" };
            items.push(item(Project, n, title, &["ops"], "alpha and some words about the service zoltrel"));
        }
        items
    }

    /// Slug and score of each hit.
    fn ranked(outcome: &Outcome<Hit<'_>>) -> Vec<(String, f64)> {
        outcome.hits.iter().map(|h| (h.item.slug.clone(), h.score)).collect()
    }

    /// A filter narrows the hits of a search, never reorders them: its hits
    /// are the unfiltered search's that pass, in the same order, with the
    /// same scores (and `--limit` counts the hits that pass). Searching the
    /// posts alone ranks the two posts the other way round.
    #[test]
    fn a_filter_keeps_the_order_of_the_search_unfiltered() {
        let made = posts_and_projects();
        let items: Vec<&Item> = made.iter().collect();
        let posts = |item: &Item| item.kind == crate::content::Kind::Post;
        let options = Options { threads: 1, ..Options::default() };
        let q = parse("alpha beta", CaseMode::Smart, false).expect("query");
        let all = ranked(&search_forgiving(&items, &q, options));
        let expected: Vec<(String, f64)> = all.into_iter().filter(|(slug, _)| slug.starts_with("post")).collect();
        assert_eq!(expected.iter().map(|(s, _)| s.as_str()).collect::<Vec<_>>(), ["post-2", "post-1"]);
        assert_eq!(ranked(&search_forgiving_within(&items, &posts, &q, options)), expected);
        // The posts alone rank them the other way round: the filter is what changed.
        let only: Vec<&Item> = items.iter().copied().filter(|i| posts(i)).collect();
        let alone = ranked(&search_forgiving(&only, &q, options));
        assert_eq!(alone.iter().map(|(s, _)| s.as_str()).collect::<Vec<_>>(), ["post-1", "post-2"]);
        // A limit counts the hits that pass.
        let one = Options { limit: Some(1), ..options };
        assert_eq!(ranked(&search_forgiving_within(&items, &posts, &q, one)), expected[..1]);
        // A regex too.
        let re = parse("alpha|beta", CaseMode::Smart, true).expect("regex");
        let all = ranked(&search_forgiving(&items, &re, options));
        let expected: Vec<(String, f64)> = all.into_iter().filter(|(slug, _)| slug.starts_with("post")).collect();
        assert_eq!(ranked(&search_forgiving_within(&items, &posts, &re, options)), expected);
    }

    /// The typo fallback corrects only a word that matches nothing in any
    /// item (not one the filter leaves out), from every item's names, as
    /// the search unfiltered does.
    #[test]
    fn a_filter_corrects_typos_as_the_search_unfiltered() {
        let made = posts_and_projects();
        let items: Vec<&Item> = made.iter().collect();
        let posts = |item: &Item| item.kind == crate::content::Kind::Post;
        let options = Options { threads: 1, ..Options::default() };
        // `zoltrel` is in projects alone: no post, and no correction (to
        // the post's `zoltel`, as the posts alone would have it).
        let q = parse("zoltrel", CaseMode::Smart, false).expect("query");
        let o = search_forgiving_within(&items, &posts, &q, options);
        assert!(o.hits.is_empty() && o.corrected.is_none() && o.try_prefix.is_none(), "{o:?}");
        // `zoltrl` is as close to the projects' `zoltrel` as to the post's
        // `zoltel`: with or without the filter, not corrected (the posts
        // alone would have it "zoltel"), only offered where it finds something.
        let q = parse("zoltrl", CaseMode::Smart, false).expect("query");
        let o = search_forgiving(&items, &q, options);
        assert!(o.hits.is_empty() && o.corrected.is_none() && o.suggested.as_deref() == Some("zoltrel"), "{o:?}");
        let o = search_forgiving_within(&items, &posts, &q, options);
        assert!(o.hits.is_empty() && o.corrected.is_none() && o.suggested.is_none(), "{o:?}");
        // `zlotrel` is a typo of `zoltrel` alone: corrected so, then only
        // what passes is kept.
        let q = parse("zlotrel", CaseMode::Smart, false).expect("query");
        let all = search_forgiving(&items, &q, options);
        assert_eq!(all.corrected.as_deref(), Some("zoltrel"));
        let projects = |item: &Item| item.kind == crate::content::Kind::Project;
        let o = search_forgiving_within(&items, &projects, &q, options);
        assert_eq!((o.corrected.as_deref(), ranked(&o)), (Some("zoltrel"), ranked(&all)));
        let o = search_forgiving_within(&items, &posts, &q, options);
        assert!(o.hits.is_empty() && o.corrected.is_none(), "{o:?}");
    }

    #[test]
    fn body_snippets_name_their_section() {
        let c = corpus();
        let items: Vec<&Item> = c.items.iter().collect();
        let o = outcome(&items, "mimir");
        let body = o.hits[0].snippets.iter().find(|s| s.field == Field::Body).expect("a body snippet");
        assert_eq!(body.section.as_deref(), Some("What Was Actually Broken › Monitoring Was Noisy and Expensive"));
    }
}
