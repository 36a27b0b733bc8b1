//! `dryga show`: one item, found by slug or title, as text, Markdown or JSON.

use super::Report;
use crate::cli::ShowArgs;
use crate::content::Corpus;
use crate::error::Result;
use crate::output::Terminal;
use crate::query::lookup;
use crate::render::show;

/// Runs `show`.
pub fn run(corpus: &Corpus, args: &ShowArgs, term: &Terminal) -> Result<Report> {
    let item = lookup::resolve(corpus, &args.name)?;
    let format = args.json.resolve(args.format, term.is_tty);
    Ok(Report::found(show::render(item, format, term.look)?))
}
