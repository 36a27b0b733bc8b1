//! The `show` view: a header (title, subtitle, kind, domain, period, tags) and
//! the body rendered from Markdown, or one section of it.

use super::json::{self, ItemJson, ShowJson};
use super::style;
use super::wrap::{Piece, painted, wrap, wrap_whole};
use super::{Look, ShowFormat, markdown};
use crate::content::Item;
use crate::error::Result;
use crate::sanitize::{clean_line, clean_source};

/// What of an item to show: all of it, or one section of its body.
#[derive(Debug, Clone, Copy)]
pub struct View<'a> {
    /// The item.
    pub item: &'a Item,
    /// The section: its heading path and its Markdown (the heading included),
    /// or None for the whole item.
    pub section: Option<(&'a str, &'a str)>,
}

impl<'a> View<'a> {
    /// The whole item.
    pub fn whole(item: &'a Item) -> Self {
        View { item, section: None }
    }

    /// The Markdown shown: the section's, or the whole body.
    fn body(&self) -> &'a str {
        self.section.map_or(&self.item.body, |(_, md)| md)
    }
}

/// Renders a view in `format`: text at the look's width, the Markdown source,
/// or JSON with the body and the text rendered plain.
pub fn render(view: View<'_>, format: ShowFormat, look: Look) -> Result<String> {
    match format {
        ShowFormat::Text => Ok(text_of(view, look)),
        ShowFormat::Markdown => Ok(clean_source(view.body()).into_owned()),
        ShowFormat::Json => {
            let plain = Look { color: false, ..look };
            json::document(&ShowJson {
                item: ItemJson::from(view.item),
                body: view.body(),
                text: text_of(view, plain),
                section: view.section.map(|(path, _)| path),
            })
        }
    }
}

/// Renders an item for reading in the terminal.
pub fn text(item: &Item, look: Look) -> String {
    text_of(View::whole(item), look)
}

/// The header lines: title, subtitle, kind and meta, tags, and the section.
fn header(view: View<'_>, look: Look) -> Vec<String> {
    let Look { color, width } = look;
    let item = view.item;
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
        // Each tag whole, on a line of its own if it must: broken in two,
        // it cannot be copied into `--tag`.
        lines.extend(wrap_whole(&pieces, width, "", "      ", color));
    }
    if let Some((path, _)) = view.section {
        lines.extend(wrap(&[Piece::new(format!("§ {}", clean_line(path)), style::DIM)], width, "", "  ", color));
    }
    lines
}

/// Renders a view for reading in the terminal.
fn text_of(view: View<'_>, look: Look) -> String {
    let Look { color, width } = look;
    let mut lines = header(view, look);
    let rule_len = lines.iter().map(|l| markdown::console_width(l)).max().unwrap_or(0).min(width);
    lines.push(painted(style::DIM, &"─".repeat(rule_len), color));
    let mut out = lines.join("\n");
    out.push_str("\n\n");
    let item = view.item;
    let body = view.body().trim();
    if view.section.is_none() && !body.starts_with(item.summary.trim()) {
        out.push_str(&markdown::render(&item.summary, width, color));
        out.push('\n');
    }
    if body.is_empty() {
        return out;
    }
    out.push_str(&markdown::render(view.body(), width, color));
    out
}
