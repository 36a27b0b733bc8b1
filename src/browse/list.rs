//! Rows of the list: an item (title, kind, domain, tags) with the characters
//! the filter matched highlighted, or a search hit: the same line, with the
//! section of a long document (its innermost heading) in place of the tags,
//! and its snippet below.

use ratatui_core::style::Style;
use ratatui_core::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::fit::{chars_in, marked, padded, skip_chars, start_for};
use super::theme::Theme;
use crate::content::{Item, domain};
use crate::query::search::{Field, Hit, Snippet};
use crate::query::section::PATH_SEPARATOR;
use crate::sanitize::clean_line;

/// Widths of the columns of a row, in columns; 0 leaves a column out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Columns {
    /// The title.
    pub title: usize,
    /// `project` or `post`.
    pub kind: usize,
    /// The domain's label.
    pub domain: usize,
    /// The tags (or, for a hit, its section).
    pub tags: usize,
}

/// The widest a domain column gets ("Communications" is cut).
const DOMAIN_MAX: usize = 12;

impl Columns {
    /// Columns for rows `width` wide (a one-column marker first): the title
    /// gets two fifths (no more than the widest title needs), then kind,
    /// domain and tags while each still has room (none under 30 columns);
    /// what is left goes to the title.
    pub fn new(width: usize, widest_title: usize, widest_domain: usize) -> Self {
        let room = width.saturating_sub(1);
        let mut title = (room * 2 / 5).max(12).min(widest_title.max(8)).min(room);
        let mut left = room - title;
        let mut take = |want: usize, min_after: usize| {
            if left > want + min_after {
                left -= want + 1;
                want
            } else {
                0
            }
        };
        let kind = take(7, 6);
        let domain = take(widest_domain.clamp(4, DOMAIN_MAX), 5);
        // Under 30 columns the title takes everything: a title cut short tells little.
        let tags = if left > 5 && room >= 30 { left - 1 } else { 0 };
        if tags == 0 {
            title += left;
        }
        Columns { title, kind, domain, tags }
    }
}

/// What a row shows in its last column: the tags, or a hit's section.
#[derive(Debug, Clone, Copy)]
pub enum Last<'a> {
    /// The tags, with the characters matched in each.
    Tags(&'a [Vec<usize>]),
    /// The section of the body a hit comes from.
    Section(&'a str),
}

/// One row for `item`: marker, title, kind, domain, and the tags or a section.
pub fn item_row(
    item: &Item,
    title_marks: &[usize],
    last: Last<'_>,
    cols: Columns,
    theme: Theme,
    selected: bool,
) -> Line<'static> {
    let mut spans = vec![marker(theme, selected)];
    let base = Style::new();
    spans.extend(marked(&clean_line(&item.title), title_marks, cols.title, base, theme.matched()));
    if cols.kind > 0 {
        spans.push(Span::raw(" "));
        spans.extend(padded(item.kind.as_str(), cols.kind, theme.dim()));
    }
    if cols.domain > 0 {
        spans.push(Span::raw(" "));
        let label = item.domain.as_deref().map_or("", domain::label);
        spans.extend(padded(&clean_line(label), cols.domain, theme.dim()));
    }
    if cols.tags > 0 {
        spans.push(Span::raw(" "));
        match last {
            Last::Tags(marks) => spans.extend(tags(item, marks, cols.tags, theme)),
            Last::Section(path) => {
                // The innermost heading tells most; the preview shows the rest.
                let heading = path.rsplit(PATH_SEPARATOR).next().unwrap_or(path);
                spans.extend(padded(&format!("§ {}", clean_line(heading)), cols.tags, theme.dim()));
            }
        }
    }
    row(spans, theme, selected)
}

/// The tags of `item`, space-separated, in `width` columns, with the
/// characters matched in each.
fn tags(item: &Item, marks: &[Vec<usize>], width: usize, theme: Theme) -> Vec<Span<'static>> {
    let mut text = String::new();
    let mut all = Vec::new();
    for (k, tag) in item.tags.iter().enumerate() {
        if k > 0 {
            text.push(' ');
        }
        let start = text.chars().count();
        all.extend(marks.get(k).into_iter().flatten().map(|m| m + start));
        text.push_str(&clean_line(tag));
    }
    marked(&text, &all, width, theme.tag(), theme.tag().patch(theme.matched()))
}

/// The snippet line under a hit: its most telling snippet (the body's, which
/// names a section, else the summary's, the tags', the title's), indented,
/// cut to `width` with its first match in view and every match highlighted.
pub fn snippet_row(hit: &Hit<'_>, width: usize, theme: Theme, selected: bool) -> Line<'static> {
    let mut spans = vec![marker(theme, selected), Span::raw("  ")];
    let room = width.saturating_sub(3);
    if let Some(snip) = best_snippet(hit) {
        let marks = chars_in(&snip.text, &snip.matches);
        let skip = marks.first().map_or(0, |&first| start_for(&snip.text, first, room));
        let (text, marks) = skip_chars(&snip.text, &marks, skip);
        spans.extend(marked(&text, &marks, room, theme.dim(), theme.matched()));
    } else {
        spans.extend(padded("", room, Style::new()));
    }
    row(spans, theme, selected)
}

/// The snippet to show under a hit.
pub fn best_snippet<'h>(hit: &'h Hit<'_>) -> Option<&'h Snippet> {
    [Field::Body, Field::Summary, Field::Tags, Field::Title]
        .iter()
        .find_map(|field| hit.snippets.iter().find(|s| s.field == *field))
}

/// The first column: a bar when the row is selected.
fn marker(theme: Theme, selected: bool) -> Span<'static> {
    if selected { Span::styled("▌", theme.marker()) } else { Span::raw(" ") }
}

/// A row of spans, in the selection's style when selected.
fn row(spans: Vec<Span<'static>>, theme: Theme, selected: bool) -> Line<'static> {
    let line = Line::from(spans);
    if selected { line.style(theme.selected()) } else { line }
}

/// The widest title and domain label of `items`, for the columns.
pub fn widest<'a>(items: impl Iterator<Item = &'a Item>) -> (usize, usize) {
    items.fold((0, 0), |(t, d), item| {
        let dw = item.domain.as_deref().map_or(0, |s| domain::label(s).width());
        (t.max(item.title.width()), d.max(dw))
    })
}

/// The characters of a hit's title that the search matched (from its title
/// snippet, which is the whole title unless the title is very long).
pub fn title_marks(hit: &Hit<'_>) -> Vec<usize> {
    hit.snippets
        .iter()
        .find(|s| s.field == Field::Title && s.text == crate::sanitize::without_joiners(&clean_line(&hit.item.title)))
        .map(|s| chars_in(&s.text, &s.matches))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_fill_the_width_and_give_way_when_narrow() {
        for width in [10, 20, 30, 45, 50, 60, 100, 200] {
            let c = Columns::new(width, 40, 14);
            let used =
                1 + c.title + [c.kind, c.domain, c.tags].iter().filter(|w| **w > 0).map(|w| w + 1).sum::<usize>();
            assert_eq!(used, width.max(1), "{width}: {c:?}");
        }
        let narrow = Columns::new(24, 40, 14);
        assert_eq!((narrow.domain, narrow.tags), (0, 0), "{narrow:?}");
        let wide = Columns::new(100, 40, 14);
        assert!(wide.kind == 7 && wide.domain == DOMAIN_MAX && wide.tags > 20, "{wide:?}");
    }
}
