//! The judged query set (tests/data/relevance.tsv): for each query, the item a
//! reader would want first, or nothing at all when the portfolio has nothing
//! for it. Every line must hold; the figures (top-1 accuracy and mean
//! reciprocal rank) are printed with `--nocapture`.

use dryga::content::Item;
use dryga::query::search::{self, CaseMode, Options};

use crate::support::{corpus, root};

/// `(query, expected first slug or None for nothing)` from the judged set.
fn judged() -> Vec<(String, Option<String>)> {
    let text = std::fs::read_to_string(root().join("tests/data/relevance.tsv")).expect("the judged set");
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (q, want) = l.split_once('\t').unwrap_or_else(|| panic!("no tab in {l:?}"));
            (q.to_owned(), (want != "-").then(|| want.to_owned()))
        })
        .collect()
}

#[test]
#[allow(clippy::print_stdout, reason = "the figures are for `cargo test -- --nocapture`")]
fn every_judged_query_puts_the_right_item_first() {
    let c = corpus();
    let items: Vec<&Item> = c.items.iter().collect();
    let set = judged();
    assert!(set.len() >= 30, "the judged set has only {} queries", set.len());
    assert!(set.iter().filter(|(_, w)| w.is_none()).count() >= 5, "too few queries that must find nothing");
    let (mut top1, mut rr, mut wrong) = (0, 0.0, Vec::new());
    for (q, want) in &set {
        let query = search::parse(q, CaseMode::Smart, false).unwrap_or_else(|e| panic!("{q}: {e}"));
        let hits: Vec<&str> = search::search_forgiving(&items, &query, Options::default())
            .hits
            .iter()
            .map(|h| h.item.slug.as_str())
            .collect();
        let rank = match want {
            Some(w) => hits.iter().position(|h| h == w).map(|i| i + 1),
            None => hits.is_empty().then_some(1),
        };
        rr += rank.map_or(0.0, |r| 1.0 / r as f64);
        if rank == Some(1) {
            top1 += 1;
        } else {
            wrong.push(format!("{q:?}: want {want:?}, got {:?}", &hits[..hits.len().min(3)]));
        }
    }
    let n = set.len() as f64;
    println!("judged queries: {}; top-1 {top1} ({:.3}); MRR {:.3}", set.len(), f64::from(top1) / n, rr / n);
    assert!(wrong.is_empty(), "{} of {} judged queries are wrong:\n{}", wrong.len(), set.len(), wrong.join("\n"));
}
