//! `dryga export`: the whole corpus with bodies, as JSON or NDJSON.

use super::Report;
use crate::cli::ExportArgs;
use crate::content::Corpus;
use crate::error::Result;
use crate::output::Terminal;
use crate::render::export;

/// Runs `export`.
pub fn run(corpus: &Corpus, args: &ExportArgs, term: &Terminal) -> Result<Report> {
    let format = args.json.resolve(args.format, term.is_tty);
    Ok(Report::found(export::render(corpus, format)?))
}
