//! `dryga list` and `dryga posts`: filtered, sorted listings.

use super::{Report, list_format};
use crate::cli::{KindFilter, ListArgs, ListFilters, PostsArgs};
use crate::content::Corpus;
use crate::error::Result;
use crate::output::Terminal;
use crate::query::filter::{self, Filter};
use crate::render::listing;

/// Runs `list`.
pub fn list(corpus: &Corpus, args: &ListArgs, term: &Terminal) -> Result<Report> {
    run(corpus, args.kind, &args.domain, &args.filters, term)
}

/// Runs `posts` (`list --kind post`).
pub fn posts(corpus: &Corpus, args: &PostsArgs, term: &Terminal) -> Result<Report> {
    run(corpus, KindFilter::Post, &[], &args.filters, term)
}

fn run(corpus: &Corpus, kind: KindFilter, domains: &[String], f: &ListFilters, term: &Terminal) -> Result<Report> {
    let filter = Filter::new(corpus, kind, &f.tag, domains)?;
    let mut items = filter.apply(corpus);
    filter::sort(&mut items, f.sort);
    filter::limit(&mut items, f.limit);
    let format = list_format(f.format, f.json, term);
    let mut report = Report { found: !items.is_empty(), ..Report::default() };
    if items.is_empty() {
        report.notes.push("no items match these filters".to_owned());
        // Scripts still get a valid document: an empty JSON array, a CSV header.
        if matches!(format, crate::cli::ListFormat::Json | crate::cli::ListFormat::Csv) {
            report.stdout = listing::items(&items, format, term.look);
        }
        return Ok(report);
    }
    report.stdout = listing::items(&items, format, term.look);
    Ok(report)
}
