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
        // Without a filter, the content has none of that kind: say so, not
        // that filters (none given) left nothing.
        let why = match (f.tag.is_empty() && domains.is_empty(), kind) {
            (false, _) => "no items match these filters",
            (true, KindFilter::Project) => "no projects: the content has none",
            (true, KindFilter::Post) => "no posts: the content has none",
            (true, KindFilter::All) => "no projects or posts: the content has none",
        };
        return Report::nothing_listed(format, why, || listing::items(&items, format, term.look));
    }
    Ok(Report::found(listing::items(&items, format, term.look)?))
}
