//! `dryga` alone: the card (who, two or three key results, where to go next).

use super::Report;
use crate::content::Corpus;
use crate::error::Result;
use crate::output::Terminal;
use crate::query::resume::Resume;
use crate::render::card;

/// Prints the card, its commands begun with `dryga` ([`super::dryga_in`]),
/// the first item in the site's order given as an example.
pub fn run(corpus: &Corpus, term: &Terminal, dryga: &str) -> Result<Report> {
    let example = corpus.items.iter().min_by_key(|item| (item.kind, item.order)).map(|item| item.slug.as_str());
    Ok(Report::found(card::render(&Resume::new(corpus, None), term.look, dryga, example)))
}
