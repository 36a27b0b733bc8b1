//! `dryga resume`: the résumé as one screen of text, Markdown, JSON Resume or HTML.

use super::Report;
use crate::cli::{ResumeArgs, ResumeFormat};
use crate::content::Corpus;
use crate::error::Result;
use crate::output::Terminal;
use crate::render::resume::{self, Resume};
use crate::render::{html, jsonresume};

/// Runs `resume`.
pub fn run(corpus: &Corpus, args: &ResumeArgs, term: &Terminal) -> Result<Report> {
    let resume = Resume::new(corpus);
    let format = if args.json { ResumeFormat::JsonResume } else { args.format };
    let stdout = match format {
        ResumeFormat::Text => resume::text(&resume, args.full, term.look),
        ResumeFormat::Markdown => resume::markdown(&resume),
        ResumeFormat::JsonResume => jsonresume::render(&resume),
        ResumeFormat::Html => html::render(&resume),
    };
    Ok(Report { stdout, notes: Vec::new(), found: true })
}
