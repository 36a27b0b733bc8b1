//! `dryga` alone: the card (who, two or three key results, where to go next).

use super::Report;
use crate::content::Corpus;
use crate::error::Result;
use crate::output::Terminal;
use crate::query::resume::Resume;
use crate::render::card;

/// Prints the card.
pub fn run(corpus: &Corpus, term: &Terminal) -> Result<Report> {
    Ok(Report::found(card::render(&Resume::new(corpus, None), term.look)))
}
