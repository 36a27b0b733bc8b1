//! Search hits as text (title, kind, domain, one highlighted snippet per field)
//! and as JSON or NDJSON.

use serde::Serialize;

use super::style;
use super::wrap::{Piece, wrap};
use super::{Look, SearchFormat, json};
use crate::content::{Kind, domain};
use crate::error::Result;
use crate::query::search::{Hit, Snippet};
use crate::sanitize::clean_line;

/// A search hit in JSON.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct HitJson<'a> {
    /// The item's slug.
    pub slug: &'a str,
    /// `project` or `post`.
    pub kind: Kind,
    /// The item's title.
    pub title: &'a str,
    /// Relevance: higher is better; comparable within one search only.
    pub score: f64,
    /// One snippet per matching field, with byte spans of each match.
    pub snippets: &'a [Snippet],
}

/// Renders hits in `format`.
pub fn hits(hits: &[Hit<'_>], format: SearchFormat, look: Look) -> Result<String> {
    let mut out = String::new();
    match format {
        SearchFormat::Json | SearchFormat::Ndjson => {
            let values: Vec<HitJson<'_>> = hits
                .iter()
                .map(|h| HitJson {
                    slug: &h.item.slug,
                    kind: h.item.kind,
                    title: &h.item.title,
                    score: h.score,
                    snippets: &h.snippets,
                })
                .collect();
            json::write_all(&mut out, &values, format == SearchFormat::Ndjson)?;
        }
        SearchFormat::Text => {
            for (i, hit) in hits.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                let item = hit.item;
                let mut meta = format!(" ({}) · {}", item.slug, item.kind.as_str());
                if let Some(d) = &item.domain {
                    meta.push_str(" · ");
                    meta.push_str(domain::label(d));
                }
                let head = [Piece::new(clean_line(&item.title), style::TITLE), Piece::new(meta, style::DIM)];
                for line in wrap(&head, look.width, "", "  ", look.color) {
                    out.push_str(&line);
                    out.push('\n');
                }
                for snip in &hit.snippets {
                    let label = format!("  {:<8}", snip.field.as_str());
                    let first = super::wrap::painted(style::DIM, &label, look.color);
                    for line in wrap(&highlight(snip), look.width, &first, &" ".repeat(label.len()), look.color) {
                        out.push_str(&line);
                        out.push('\n');
                    }
                }
            }
        }
    }
    Ok(out)
}

/// The snippet as pieces, matches in the match style.
fn highlight(snip: &Snippet) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut at = 0;
    for &[start, end] in &snip.matches {
        if start > at {
            pieces.push(Piece::new(&snip.text[at..start], anstyle::Style::new()));
        }
        pieces.push(Piece::new(&snip.text[start..end], style::MATCH));
        at = end;
    }
    if at < snip.text.len() {
        pieces.push(Piece::new(&snip.text[at..], anstyle::Style::new()));
    }
    pieces
}
