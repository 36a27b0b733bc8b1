//! `dryga browse`: hands the corpus to the interactive browser (`crate::browse`)
//! and reports nothing on stdout once the user leaves.

use super::Report;
use crate::cli::BrowseArgs;
use crate::content::Corpus;
use crate::error::Result;
use crate::output::Terminal;

/// Runs `browse` until the user leaves (exit 0); `dryga` begins the
/// commands its résumé names ([`super::dryga_in`]).
pub fn run(corpus: &Corpus, args: &BrowseArgs, term: &Terminal, dryga: &str) -> Result<Report> {
    crate::browse::run(corpus, args.filter.as_deref().unwrap_or_default(), term.look.color, dryga)?;
    Ok(Report::found(String::new()))
}
