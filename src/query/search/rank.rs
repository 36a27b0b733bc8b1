//! Ranking with BM25F: one pass over the items gathers term frequencies per
//! field, document frequencies and field lengths; scores combine them with the
//! field boosts. The statistics are every item's; a filter only decides
//! which items are kept as candidates.

use super::field::{FIELDS, Field, Read};
use super::query::Query;
use super::{Keep, Tagged};
use crate::content::{Item, Kind};

/// BM25 term-frequency saturation.
const K1: f64 = 1.2;
/// BM25 length normalisation.
const B: f64 = 0.75;
/// Score multiplier when the query is the item's whole title.
const TITLE_NAMED: f64 = 1.5;
/// Score multiplier when a field has all the query's words in a row, as typed
/// (`mobile top-up` in "e.g., mobile top-up"), not only each somewhere.
const IN_A_ROW: f64 = 1.25;
/// Corpora with more items than this are scanned on several threads.
pub(super) const PARALLEL_FROM: usize = 2048;

/// Per-item statistics gathered in the scan.
pub(super) struct Candidate<'a> {
    pub(super) item: &'a Item,
    /// Weighted term frequency, per term and field.
    pub(super) tf: Vec<[f64; 4]>,
    /// Field lengths in tokens.
    len: [usize; 4],
    /// For a search: the byte spans of the matches in each field, sorted,
    /// overlaps merged (as [`Query::find`] gives them), so that snippets and
    /// matched words need not look for them again.
    pub(super) spans: [Vec<[usize; 2]>; 4],
}

/// What one pass over some items found: document frequencies, field lengths
/// and the items that match every term.
pub(super) struct Scan<'a> {
    /// For each term, the number of items it matches.
    pub(super) df: Vec<usize>,
    pub(super) total_len: [usize; 4],
    pub(super) candidates: Vec<Candidate<'a>>,
}

impl Scan<'_> {
    fn empty(terms: usize) -> Self {
        Scan { df: vec![0; terms], total_len: [0; 4], candidates: Vec::new() }
    }
}

/// Which items a scan keeps as candidates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Need {
    /// Items that match every term (a search).
    All,
    /// Items that match at least one term (relevance to a bag of terms).
    Any,
}

/// One pass over `items`: the statistics of every item, the candidates
/// among those `keep` accepts (every item without it); a term an item is
/// `tagged` with matches once in its tags, unless they already have it
/// ([`super::relevance`]).
pub(super) fn scan<'a>(
    items: &[&'a Item],
    query: &Query,
    need: Need,
    keep: Option<&Keep<'_>>,
    tagged: Option<&Tagged<'_>>,
) -> Scan<'a> {
    let terms = query.term_count();
    let mut out = Scan::empty(terms);
    let mut scratch = Vec::new();
    let read = Read::of(query);
    for item in items {
        let kept = keep.is_none_or(|keep| keep(item));
        let mut tf = vec![[0.0f64; 4]; terms];
        let mut len = [0usize; 4];
        let mut spans: [Vec<[usize; 2]>; 4] = Default::default();
        let keep_spans = kept && need == Need::All;
        for (f, field) in FIELDS.iter().enumerate() {
            let text = field.text_as(item, &item.body, read);
            len[f] = query
                .in_field(*field)
                .each_match(&text, &mut scratch, |t, span, w| {
                    tf[t][f] += w;
                    if keep_spans {
                        spans[f].push(span);
                    }
                })
                .max(1);
            out.total_len[f] += len[f];
        }
        if let Some(tagged) = tagged {
            // `FIELDS` lists the fields in their declared order.
            let tags = Field::Tags as usize;
            for (t, per_field) in tf.iter_mut().enumerate() {
                if per_field[tags] <= 0.0 && tagged(item, t) {
                    per_field[tags] = 1.0;
                }
            }
        }
        let mut matched = 0;
        for (t, per_field) in tf.iter().enumerate() {
            if per_field.iter().any(|&x| x > 0.0) {
                out.df[t] += 1;
                matched += 1;
            }
        }
        let candidate = match need {
            Need::All => matched == terms,
            Need::Any => matched > 0,
        };
        if kept && candidate {
            for field in &mut spans {
                super::query::merge_spans(field);
            }
            out.candidates.push(Candidate { item, tf, len, spans });
        }
    }
    out
}

/// Scans on `threads` threads (when the corpus is large enough to pay for
/// them), and merges the parts in order.
pub(super) fn scan_all<'a>(
    items: &[&'a Item],
    query: &Query,
    (need, keep): (Need, Option<&Keep<'_>>),
    threads: usize,
) -> Scan<'a> {
    let parts = crate::parallel::map_chunks(items.to_vec(), PARALLEL_FROM, threads, |chunk| {
        scan(&chunk, query, need, keep, None)
    });
    let mut all = Scan::empty(query.term_count());
    for part in parts {
        for (a, b) in all.df.iter_mut().zip(part.df) {
            *a += b;
        }
        for (a, b) in all.total_len.iter_mut().zip(part.total_len) {
            *a += b;
        }
        all.candidates.extend(part.candidates);
    }
    all
}

/// BM25F over a corpus's statistics (its document frequencies and field
/// lengths), as [`rank`] scores its candidates; an index scores its own
/// with it.
pub(super) struct Scorer<'q> {
    idf: Vec<f64>,
    avg: Vec<f64>,
    /// Whether the query's boosts apply (a search's, not a bag of terms').
    boosts: bool,
    query: &'q Query,
}

impl<'q> Scorer<'q> {
    /// The scorer of `query` over `n` items, `df` of which match each term,
    /// with `total_len` words in each field.
    pub(super) fn new(df: &[usize], total_len: [usize; 4], n: usize, query: &'q Query, need: Need) -> Self {
        let n = n.max(1) as f64;
        let avg = total_len.iter().map(|&l| (l as f64 / n).max(1.0)).collect();
        let idf = df.iter().map(|&d| (1.0 + (n - d as f64 + 0.5) / (d as f64 + 0.5)).ln()).collect();
        Scorer { idf, avg, boosts: need == Need::All, query }
    }

    /// Whether the query names an item titled `title` (its whole title), for
    /// a search (a bag of terms names nothing): [`Scorer::score`] boosts it.
    pub(super) fn names(&self, title: &str) -> bool {
        self.boosts && self.query.names(title)
    }

    /// The score of an item with these term frequencies (per term and
    /// field) and field lengths, named by the query or not
    /// ([`Scorer::names`]), with the query's words in a row in a field or
    /// not (boosts only for a search), rounded to three decimals.
    pub(super) fn score(&self, tf: &[[f64; 4]], len: [usize; 4], named: bool, in_a_row: bool) -> f64 {
        let score = self
            .idf
            .iter()
            .enumerate()
            .map(|(t, idf)| {
                let weighted: f64 =
                    (0..4).map(|f| FIELDS[f].boost() * tf[t][f] / (1.0 - B + B * len[f] as f64 / self.avg[f])).sum();
                idf * weighted * (K1 + 1.0) / (K1 + weighted)
            })
            .sum::<f64>();
        // A query that is the item's whole title names it: rank it first.
        let score = if named { score * TITLE_NAMED } else { score };
        let score = if self.boosts && in_a_row { score * IN_A_ROW } else { score };
        (score * 1000.0).round() / 1000.0
    }
}

/// Scores the candidates of `scan` over `n` items with BM25F, best first (ties
/// in the site's order), rounded to three decimals. A search (`Need::All`)
/// also boosts an item its query names, and one with the query's words in a
/// row; a bag of terms (`Need::Any`) is not a phrase, so it does not. Each
/// term's inverse document frequency is times its weight in `weights` (a
/// term without one weighs 1).
pub(super) fn rank<'a>(
    scan: Scan<'a>,
    n: usize,
    query: &Query,
    need: Need,
    weights: &[f64],
) -> Vec<(f64, Candidate<'a>)> {
    let Scan { df, total_len, candidates } = scan;
    let mut bm25 = Scorer::new(&df, total_len, n, query, need);
    for (idf, weight) in bm25.idf.iter_mut().zip(weights) {
        *idf *= weight;
    }
    let phrase = if need == Need::All { query.as_phrase() } else { None };
    let mut scored: Vec<(f64, Candidate<'a>)> = candidates
        .into_iter()
        .map(|c| {
            let in_a_row = phrase.as_ref().is_some_and(|p| has_in_a_row(p, &c));
            (bm25.score(&c.tf, c.len, bm25.names(&c.item.title), in_a_row), c)
        })
        .collect();
    scored.sort_by(|(a, x), (b, y)| best_first((*a, x.item.kind, x.item.order), (*b, y.item.kind, y.item.order)));
    scored
}

/// The order of two scored items, each `(score, kind, order)`: the higher
/// score first, ties in the site's order (by kind, then order). With a
/// stable sort, items tied on all three keep the order they came in.
pub(super) fn best_first(
    (a, a_kind, a_order): (f64, Kind, u32),
    (b, b_kind, b_order): (f64, Kind, u32),
) -> std::cmp::Ordering {
    b.total_cmp(&a).then_with(|| (a_kind, a_order).cmp(&(b_kind, b_order)))
}

/// Whether a field of `c` has the words of `phrase` (the query's words as
/// one phrase) in a row. Only a field where every term matched can, and only
/// from its first match on (where its first word's match starts): the phrase
/// is looked for from the run of non-space text there, whose words are the
/// field's own words from there ([`run_start`](super::token::run_start)).
fn has_in_a_row(phrase: &Query, c: &Candidate<'_>) -> bool {
    FIELDS.iter().enumerate().any(|(f, field)| {
        let Some(first) = c.spans[f].first() else { return false };
        if c.tf.iter().any(|per_field| per_field[f] <= 0.0) {
            return false;
        }
        let text = field.text(c.item);
        phrase.in_field(*field).covers(&text[super::token::run_start(&text, first[0])..])
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::search::{CaseMode, parse, parse_unsieved};

    /// The score of each candidate, by slug.
    fn scores(q: &str, need: Need) -> Vec<(String, f64)> {
        let corpus = crate::content::load_bundled().map(|l| l.corpus).expect("bundled content loads");
        let items: Vec<&Item> = corpus.items.iter().collect();
        let query = parse(q, CaseMode::Smart, false).expect("query");
        let scan = scan(&items, &query, need, None, None);
        rank(scan, items.len(), &query, need, &[]).into_iter().map(|(s, c)| (c.item.slug.clone(), s)).collect()
    }

    /// A search multiplies the score of an item its query names by 1.5, and
    /// of one with the query's words in a row by 1.25; relevance (a bag of
    /// terms) does neither, so the ratio of the two shows each boost.
    #[test]
    fn the_boosts_multiply_the_score() {
        let ratio = |q: &str, slug: &str| {
            let find = |need| scores(q, need).into_iter().find(|(s, _)| s == slug).map(|(_, x)| x).expect(slug);
            find(Need::All) / find(Need::Any)
        };
        // "Blitz" is the whole title of blitz (one word: no phrase).
        assert!((ratio("blitz", "blitz") - TITLE_NAMED).abs() < 0.01, "{}", ratio("blitz", "blitz"));
        // Both words, in a row in Sage's text, which is not titled so.
        let in_a_row = ratio("distributed transactions", "sage");
        assert!((in_a_row - IN_A_ROW).abs() < 0.01, "{in_a_row}");
    }

    /// Looking for the words in a row only where they can be finds them
    /// wherever a look through each whole field does.
    #[test]
    fn in_a_row_is_found_as_in_the_whole_fields() {
        let corpus = crate::content::load_bundled().map(|l| l.corpus).expect("bundled content loads");
        let generated = crate::synth::items(400, 5);
        let items: Vec<&Item> = corpus.items.iter().chain(&generated).collect();
        let mut found = 0;
        for q in [
            "distributed transactions",
            "cloud costs",
            "open source",
            "latency p99",
            "\"open source\" software",
            "sales floor",
        ] {
            let query = parse(q, CaseMode::Smart, false).expect("query");
            let phrase = query.as_phrase().expect("several words");
            // Looked for without the sieve: every word of the field split.
            let bare = parse_unsieved(q, CaseMode::Smart, false).ok().and_then(|q| q.as_phrase()).expect("a phrase");
            for c in scan(&items, &query, Need::All, None, None).candidates {
                let whole = FIELDS.iter().any(|f| bare.covers(&f.text(c.item)));
                assert_eq!(has_in_a_row(&phrase, &c), whole, "{q} in {}", c.item.slug);
                found += usize::from(whole);
            }
        }
        assert!(found > 10, "too few candidates with the words in a row to tell: {found}");
    }

    /// A field's declared place is its index in `FIELDS` (a tagged term's
    /// match is put at `Field::Tags as usize`).
    #[test]
    fn fields_are_listed_in_their_declared_order() {
        for (i, field) in FIELDS.iter().enumerate() {
            assert_eq!(*field as usize, i, "{field:?}");
        }
    }

    /// The parallel path, forced with explicit thread counts, equals one pass.
    #[test]
    fn the_parallel_scan_equals_the_sequential_one() {
        let items = crate::synth::items(PARALLEL_FROM + 7, 11);
        let refs: Vec<&Item> = items.iter().collect();
        for q in ["latency", "\"cloud costs\""] {
            let query = parse(q, CaseMode::Smart, false).expect("query");
            let one = scan(&refs, &query, Need::All, None, None);
            for threads in [2, 3, 4] {
                let all = scan_all(&refs, &query, (Need::All, None), threads);
                assert_eq!((&one.df, one.total_len), (&all.df, all.total_len), "{q} on {threads} threads");
                let slugs = |s: &Scan<'_>| s.candidates.iter().map(|c| c.item.slug.clone()).collect::<Vec<_>>();
                assert_eq!(slugs(&one), slugs(&all), "{q} on {threads} threads");
            }
        }
    }
}
