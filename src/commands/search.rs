//! `dryga search`: ranked full-text search with snippets.

use super::Report;
use crate::cli::SearchArgs;
use crate::content::Corpus;
use crate::error::Result;
use crate::index::{FolderIndex, Load};
use crate::output::Terminal;
use crate::query::filter::{Filter, KindFilter};
use crate::query::search::{self, Options};
use crate::render::{self, SearchFormat};
use crate::sanitize::quote;

impl From<&SearchArgs> for Options {
    fn from(args: &SearchArgs) -> Self {
        Options {
            fuzzy: !args.exact && !args.regex,
            limit: args.limit.map(|n| usize::try_from(n).unwrap_or(usize::MAX)),
            ..Options::default()
        }
    }
}

/// What `search` needs of a folder loaded through its index: a search of
/// every item (no filter) needs only the items it ranks (those that match
/// every term; every item for a regex, or when the typo fallback runs), and
/// the index gives those; a filter looks at every item's fields.
pub fn need(args: &SearchArgs) -> Load {
    let every = matches!(args.kind, None | Some(KindFilter::All)) && args.tag.is_empty() && args.domain.is_empty();
    if every { Load::Search } else { Load::Fields }
}

/// Runs `search`, with the content folder's index when there is one (the
/// corpus's items then have no bodies: the index reads those it needs; with
/// no filter, the corpus has no items either, and the index gives them).
pub fn run(corpus: &Corpus, index: Option<&FolderIndex>, args: &SearchArgs, term: &Terminal) -> Result<Report> {
    let query = search::parse(&args.query, args.case(), args.regex)?;
    let options = Options::from(args);
    let served = match index {
        Some(index) => search::search_forgiving_served(index, &query, options)?,
        None => None,
    };
    let outcome = if let Some(outcome) = served {
        outcome
    } else {
        let filter = Filter::new(corpus, args.kind.unwrap_or(KindFilter::All), &args.tag, &args.domain)?;
        let items = filter.apply(corpus);
        match index {
            Some(index) => search::search_forgiving_indexed(index, &items, &query, options)?,
            None => search::search_forgiving(&items, &query, options),
        }
    };
    let format = args.json.resolve(args.format, term.is_tty);
    let mut report = Report { found: !outcome.hits.is_empty(), ..Report::default() };
    if let Some(corrected) = outcome.corrected {
        report.notes.push(format!(
            "no exact match for {}; showing results for {}",
            quote(&args.query),
            quote(&corrected)
        ));
    }
    if outcome.hits.is_empty() {
        let hint = outcome.try_prefix.map(|q| format!("; try {q}")).unwrap_or_default();
        report.notes.push(format!("no matches for {}{hint}", quote(&args.query)));
        // Scripts still get a valid (empty) JSON array.
        if format != SearchFormat::Json {
            return Ok(report);
        }
    }
    report.stdout = render::search::hits(&outcome.hits, format, term.look)?;
    // The hits are not freed one by one: the process ends once the report is
    // written (as `with_corpus` leaves the corpus; 70,000 hits' snippets
    // took a tenth of a common word's run to free, at 100,000 documents).
    std::mem::forget(outcome.hits);
    Ok(report)
}
