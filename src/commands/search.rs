//! `dryga search`: ranked full-text search with snippets.

use super::Report;
use crate::cli::{SearchArgs, SearchFormat};
use crate::content::Corpus;
use crate::error::Result;
use crate::output::Terminal;
use crate::query::filter::Filter;
use crate::query::search::{self, CaseMode};
use crate::render;
use crate::sanitize::quote;

/// Runs `search`.
pub fn run(corpus: &Corpus, args: &SearchArgs, term: &Terminal) -> Result<Report> {
    let case = if args.case_sensitive {
        CaseMode::Sensitive
    } else if args.ignore_case {
        CaseMode::Insensitive
    } else {
        CaseMode::Smart
    };
    let query = search::parse(&args.query, case, args.regex)?;
    let filter = Filter::new(corpus, args.kind, &args.tag, &args.domain)?;
    let items = filter.apply(corpus);
    let limit = args.limit.map(|n| usize::try_from(n).unwrap_or(usize::MAX));
    let outcome = search::search_forgiving(&items, &query, !args.exact && !args.regex, limit);
    let hits = outcome.hits;
    let format = if args.json { SearchFormat::Json } else { args.format };
    let mut report = Report { found: !hits.is_empty(), ..Report::default() };
    if let Some(corrected) = outcome.corrected {
        report.notes.push(format!(
            "no exact match for {}; showing results for {}",
            quote(&args.query),
            quote(&corrected)
        ));
    }
    if hits.is_empty() {
        report.notes.push(format!("no matches for {}", quote(&args.query)));
        if format == SearchFormat::Json {
            // Scripts still get a valid (empty) JSON array.
            report.stdout = render::search::hits(&hits, format, term.look);
        }
        return Ok(report);
    }
    report.stdout = render::search::hits(&hits, format, term.look);
    Ok(report)
}
