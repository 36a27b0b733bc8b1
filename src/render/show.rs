//! The `show` view: a header (title, subtitle, kind, domain, period, tags) and
//! the body rendered from Markdown.

use super::json::{self, ItemJson, ShowJson};
use super::style;
use super::wrap::{Piece, painted, wrap};
use super::{Look, ShowFormat, markdown};
use crate::content::Item;
use crate::error::Result;
use crate::sanitize::{clean_line, clean_source};

/// Renders an item in `format`: text at the look's width, the Markdown source,
/// or JSON with the body and the text rendered plain.
pub fn render(item: &Item, format: ShowFormat, look: Look) -> Result<String> {
    match format {
        ShowFormat::Text => Ok(text(item, look)),
        ShowFormat::Markdown => Ok(clean_source(&item.body).into_owned()),
        ShowFormat::Json => {
            let plain = Look { color: false, ..look };
            json::document(&ShowJson { item: ItemJson::from(item), body: &item.body, text: text(item, plain) })
        }
    }
}

/// Renders an item for reading in the terminal.
pub fn text(item: &Item, look: Look) -> String {
    let Look { color, width } = look;
    let mut lines: Vec<String> = Vec::new();
    lines.extend(wrap(&[Piece::new(clean_line(&item.title), style::TITLE)], width, "", "", color));
    if let Some(sub) = &item.subtitle {
        lines.extend(wrap(&[Piece::new(clean_line(sub), style::ITALIC)], width, "", "", color));
    }
    let mut meta = vec![item.kind.as_str().to_owned()];
    meta.extend(super::resume::meta(item, true));
    if item.featured {
        meta.push("featured".to_owned());
    }
    lines.extend(wrap(&[Piece::new(meta.join(" · "), style::DIM)], width, "", "", color));
    if !item.tags.is_empty() {
        let mut pieces = vec![Piece::new("tags: ", style::DIM)];
        for (i, tag) in item.tags.iter().enumerate() {
            let sep = if i + 1 < item.tags.len() { ", " } else { "" };
            pieces.push(Piece::new(format!("{}{sep}", clean_line(tag)), style::TAG));
        }
        lines.extend(wrap(&pieces, width, "", "      ", color));
    }
    let rule_len = lines.iter().map(|l| markdown::console_width(l)).max().unwrap_or(0).min(width);
    lines.push(painted(style::DIM, &"─".repeat(rule_len), color));
    let mut out = lines.join("\n");
    out.push_str("\n\n");
    let body = item.body.trim();
    if !body.starts_with(item.summary.trim()) {
        out.push_str(&markdown::render(&item.summary, width, color));
        out.push('\n');
    }
    if body.is_empty() {
        return out;
    }
    out.push_str(&markdown::render(&item.body, width, color));
    out
}
