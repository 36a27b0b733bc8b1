//! `dryga resume`: the résumé as one screen of text, Markdown, JSON Resume or HTML.

use super::Report;
use crate::cli::ResumeArgs;
use crate::content::Corpus;
use crate::error::Result;
use crate::output::Terminal;
use crate::query::resume::Resume;
use crate::render::resume;

/// Runs `resume`.
pub fn run(corpus: &Corpus, args: &ResumeArgs, term: &Terminal) -> Result<Report> {
    let format = args.json.resolve(args.format, term.is_tty);
    Ok(Report::found(resume::render(&Resume::new(corpus), format, args.full, term.look)?))
}
