//! The résumé in each format. The sections come from [`crate::query::resume`];
//! each format walks them in order: [`text`] (one screen to skim),
//! [`markdown`], [`html`] (a page that prints on two A4 pages) and
//! [`jsonresume`] (the JSON Resume standard).

pub mod html;
pub mod jsonresume;
pub mod markdown;
pub mod text;

use super::{Look, ResumeFormat};
use crate::content::{Item, domain};
use crate::error::Result;
use crate::query::resume::Resume;
use crate::sanitize::clean_line;

/// Renders the résumé in `format`; `full` shows everything in the text view
/// (the other formats always do).
pub fn render(resume: &Resume<'_>, format: ResumeFormat, full: bool, look: Look) -> Result<String> {
    Ok(match format {
        ResumeFormat::Text => text::render(resume, full, look),
        ResumeFormat::Markdown => markdown::render(resume),
        ResumeFormat::JsonResume => jsonresume::render(resume)?,
        ResumeFormat::Html => html::render(resume),
    })
}

/// What a project line says after its title: the domain (when `with_domain`)
/// and the period, where known.
pub fn meta(item: &Item, with_domain: bool) -> Vec<String> {
    let mut meta = Vec::new();
    if let Some(d) = item.domain.as_deref().filter(|_| with_domain) {
        meta.push(domain::label(d).to_owned());
    }
    if let Some(p) = &item.period {
        meta.push(clean_line(p).into_owned());
    }
    meta
}
