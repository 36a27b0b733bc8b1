//! A Markdown (GFM) table in the terminal: comfy-table draws it fitted to the
//! width, cells wrapped, the header row bold; when even one character per
//! column does not fit, each row becomes a block of `header: value` lines.

use comfy_table::{CellAlignment, ColumnConstraint, ContentArrangement, Table, Width, presets};
use pulldown_cmark::Alignment;
use unicode_width::UnicodeWidthStr;

use super::style;
use super::wrap::{Piece, painted, wrap};

/// The widest word of each column: a column narrower than that would cut a word.
fn widest_words(head: &[String], rows: &[Vec<String>]) -> Vec<usize> {
    let columns = rows.iter().map(Vec::len).chain([head.len()]).max().unwrap_or(0);
    (0..columns)
        .map(|i| {
            rows.iter()
                .chain([head.to_vec()].iter())
                .filter_map(|r| r.get(i))
                .flat_map(|c| c.split_whitespace().map(UnicodeWidthStr::width))
                .max()
                .unwrap_or(0)
        })
        .collect()
}

/// The lines of a table of `head` and `rows` (cells as plain text), at most
/// `width` columns wide. Cells wrap between words; a table that cannot keep
/// its words whole becomes blocks.
pub fn render(
    head: &[String],
    rows: &[Vec<String>],
    alignments: &[Alignment],
    width: usize,
    color: bool,
) -> Vec<String> {
    let words = widest_words(head, rows);
    // Each column: its widest word and a space either side, and a border.
    if words.iter().map(|w| w + 3).sum::<usize>() + 1 > width {
        return blocks(head, rows, width, color);
    }
    let mut table = Table::new();
    table.load_preset(presets::UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic);
    table.set_width(u16::try_from(width).unwrap_or(u16::MAX));
    // A header with no rows under it is a row (comfy-table rules off a
    // header even with nothing below: an empty body under a double rule).
    if rows.is_empty() {
        table.add_row(head.to_vec());
    } else if !head.is_empty() {
        table.set_header(head.to_vec());
    }
    for row in rows {
        table.add_row(row.clone());
    }
    for (i, word) in words.iter().enumerate() {
        if let Some(column) = table.column_mut(i) {
            let fixed = u16::try_from(word + 2).unwrap_or(u16::MAX);
            column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(fixed)));
        }
    }
    for (i, alignment) in alignments.iter().enumerate() {
        if let Some(column) = table.column_mut(i) {
            column.set_cell_alignment(match alignment {
                Alignment::Right => CellAlignment::Right,
                Alignment::Center => CellAlignment::Center,
                Alignment::Left | Alignment::None => CellAlignment::Left,
            });
        }
    }
    let lines: Vec<String> = table.lines().collect();
    if lines.iter().any(|l| crate::columns::of(l) > width) {
        return blocks(head, rows, width, color);
    }
    // The header is the row between the first two rules.
    let header_line = usize::from(!head.is_empty());
    lines
        .into_iter()
        .enumerate()
        .map(|(i, l)| if i == header_line && !head.is_empty() { painted(style::BOLD, &l, color) } else { l })
        .collect()
}

/// Each row as `header: value` lines, wrapped, with a blank line between rows.
fn blocks(head: &[String], rows: &[Vec<String>], width: usize, color: bool) -> Vec<String> {
    let mut out = Vec::new();
    // A header alone: its cells, one a line (there is nothing to name).
    if rows.is_empty() {
        for cell in head.iter().filter(|h| !h.is_empty()) {
            out.extend(wrap(&[Piece::new(cell.clone(), style::BOLD)], width, "", "  ", color));
        }
        return out;
    }
    for (n, row) in rows.iter().enumerate() {
        if n > 0 {
            out.push(String::new());
        }
        for (i, cell) in row.iter().enumerate() {
            let mut pieces = Vec::new();
            if let Some(name) = head.get(i).filter(|h| !h.is_empty()) {
                pieces.push(Piece::new(format!("{name}: "), style::BOLD));
            }
            pieces.push(Piece::new(cell.clone(), anstyle::Style::new()));
            out.extend(wrap(&pieces, width, "", "  ", color));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn a_table_fits_the_width_with_its_header_and_rows() {
        let head = cells(&["layer", "choice", "why"]);
        let rows = vec![
            cells(&["cache", "DuckDB embedded in Elixir", "P99 under 100ms"]),
            cells(&["metrics", "VictoriaMetrics", "cheap"]),
        ];
        let aligns = [Alignment::None, Alignment::Left, Alignment::Right];
        for width in [80, 40, 25] {
            let lines = render(&head, &rows, &aligns, width, false);
            assert!(lines.iter().all(|l| l.width() <= width), "{width}:\n{}", lines.join("\n"));
            let all = lines.join("\n");
            for word in ["layer", "DuckDB", "VictoriaMetrics", "cheap"] {
                assert!(all.contains(word), "{width}: {word} missing:\n{all}");
            }
        }
        let wide = render(&head, &rows, &aligns, 80, false);
        assert!(wide[1].contains("layer") && wide[1].contains("choice"), "{wide:?}");
    }

    /// A header alone is one row between two rules, no header rule under it
    /// with nothing below.
    #[test]
    fn a_header_alone_is_a_row() {
        let lines = render(&cells(&["only"]), &[], &[Alignment::None], 80, false);
        assert_eq!(lines, ["┌──────┐", "│ only │", "└──────┘"]);
        // Too narrow for its columns: its cells, one a line (it showed nothing).
        let head = cells(&["alpha", "bravo", "charlie", "delta", "echo", "foxtrot"]);
        let lines = render(&head, &[], &[], 20, false);
        assert_eq!(lines, ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot"]);
    }

    #[test]
    fn too_narrow_for_columns_becomes_blocks() {
        let head = cells(&["a", "b", "c", "d", "e", "f", "g", "h"]);
        let rows = vec![cells(&["1", "2", "3", "4", "5", "6", "7", "8"])];
        let lines = render(&head, &rows, &[], 12, false);
        assert_eq!(lines[..2], ["a: 1", "b: 2"]);
        // A word wider than its column would be cut: blocks instead.
        let lines = render(&cells(&["tool", "why"]), &[cells(&["VictoriaMetrics", "cheap"])], &[], 20, false);
        assert_eq!(lines, ["tool:", "  VictoriaMetrics", "why: cheap"]);
    }
}
