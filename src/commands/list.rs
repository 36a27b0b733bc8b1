//! `dryga list` and `dryga posts`: filtered, sorted listings.

use super::Report;
use crate::cli::{ListArgs, ListFilters, PostsArgs};
use crate::content::Corpus;
use crate::error::Result;
use crate::output::Terminal;
use crate::query::filter::{self, Filter, KindFilter};
use crate::render::listing;

/// Runs `list`.
pub fn list(corpus: &Corpus, args: &ListArgs, term: &Terminal) -> Result<Report> {
    run(corpus, args.kind.unwrap_or_default(), &args.domain, &args.filters, term)
}

/// Runs `posts` (`list --kind post`).
pub fn posts(corpus: &Corpus, args: &PostsArgs, term: &Terminal) -> Result<Report> {
    run(corpus, KindFilter::Post, &[], &args.filters, term)
}

fn run(corpus: &Corpus, kind: KindFilter, domains: &[String], f: &ListFilters, term: &Terminal) -> Result<Report> {
    let filter = Filter::new(corpus, kind, &f.tag, domains)?;
    let mut items = filter.apply(corpus);
    filter::sort(&mut items, f.sort.unwrap_or_default());
    filter::limit(&mut items, f.limit);
    let format = f.json.resolve(f.format, term.is_tty);
    if items.is_empty() {
        return Report::nothing_listed(format, "no items match these filters", || {
            listing::items(&items, format, term.look)
        });
    }
    Ok(Report::found(listing::items(&items, format, term.look)?))
}
