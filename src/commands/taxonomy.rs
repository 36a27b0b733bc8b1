//! `dryga tags` and `dryga domains`: the taxonomy with counts.

use super::Report;
use crate::cli::{TaxonomyArgs, TaxonomySort};
use crate::content::{Corpus, domain};
use crate::error::Result;
use crate::output::Terminal;
use crate::query::filter;
use crate::render::listing;

/// Runs `tags`: every tag, most used first (or by name).
pub fn tags(corpus: &Corpus, args: &TaxonomyArgs, term: &Terminal) -> Result<Report> {
    let mut counts = corpus.tag_counts();
    match args.sort.unwrap_or(TaxonomySort::Count) {
        TaxonomySort::Name => counts.sort_by(|a, b| a.0.cmp(&b.0)),
        TaxonomySort::Count | TaxonomySort::Order => {
            counts.sort_by(|a, b| (b.1 + b.2).cmp(&(a.1 + a.2)).then_with(|| a.0.cmp(&b.0)));
        }
    }
    filter::limit(&mut counts, args.limit);
    let format = args.json.resolve(args.format, term.is_tty);
    if counts.is_empty() {
        return Report::nothing_listed(format, "no tags: no item carries one", || {
            listing::tags(&counts, format, term.look)
        });
    }
    Ok(Report::found(listing::tags(&counts, format, term.look)?))
}

/// Runs `domains`: every known domain with its project count, in vocabulary
/// order (or by count, or name).
pub fn domains(corpus: &Corpus, args: &TaxonomyArgs, term: &Terminal) -> Result<Report> {
    let mut counts: Vec<(&domain::Domain, usize)> = domain::DOMAINS
        .iter()
        .map(|d| (d, corpus.items.iter().filter(|i| i.domain.as_deref() == Some(d.slug)).count()))
        .collect();
    match args.sort.unwrap_or(TaxonomySort::Order) {
        TaxonomySort::Order => {}
        TaxonomySort::Name => counts.sort_by(|a, b| a.0.slug.cmp(b.0.slug)),
        TaxonomySort::Count => counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.slug.cmp(b.0.slug))),
    }
    filter::limit(&mut counts, args.limit);
    let format = args.json.resolve(args.format, term.is_tty);
    Ok(Report::found(listing::domains(&counts, format, term.look)?))
}
