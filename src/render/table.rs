//! Aligned tables fitted to the width: columns shrink (widest first) and cells
//! are cut with '…' so that no line is wider than the terminal.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::style;
use super::wrap::paint;
use crate::sanitize;

/// The gap between columns.
const GAP: &str = "  ";

/// A column: its header and how it gives up width when the table is too wide.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// Header text.
    pub header: &'static str,
    /// When the table is too wide, columns shrink in ascending `shrink` order,
    /// each down to `floor` columns.
    pub shrink: u8,
    /// The narrowest the column gets before the next one shrinks.
    pub floor: usize,
}

impl Column {
    /// A column that shrinks at step `shrink`, down to `floor` columns.
    pub const fn new(header: &'static str, shrink: u8, floor: usize) -> Self {
        Column { header, shrink, floor }
    }
}

/// Cuts `s` to at most `max` columns, ending with '…' when cut.
pub fn truncate(s: &str, max: usize) -> String {
    if s.width() <= max {
        return s.to_owned();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if w + cw + 1 > max {
            break;
        }
        out.push(c);
        w += cw;
    }
    if max > 0 {
        out.truncate(out.trim_end().len());
        out.push('…');
    }
    out
}

/// Column widths that fit `width`: columns give up width in their `shrink`
/// order, each down to its floor.
fn fit(natural: &[usize], columns: &[Column], width: usize) -> Vec<usize> {
    let mut widths = natural.to_vec();
    let gaps = GAP.len() * natural.len().saturating_sub(1);
    let mut order: Vec<usize> = (0..widths.len()).collect();
    order.sort_by_key(|&i| columns[i].shrink);
    for i in order {
        let total: usize = widths.iter().sum::<usize>() + gaps;
        if total <= width {
            break;
        }
        let floor = natural[i].min(columns[i].floor);
        widths[i] = widths[i].saturating_sub(total - width).max(floor);
    }
    // Still too wide for a very narrow terminal: cut the widest column, whatever it is.
    while widths.iter().sum::<usize>() + gaps > width {
        match widths.iter_mut().filter(|w| **w > 1).max_by_key(|w| **w) {
            Some(w) => *w -= 1,
            None => break,
        }
    }
    widths
}

/// Renders rows under a bold header, each cell cleaned to one line and cut to fit.
pub fn render(columns: &[Column], rows: &[Vec<String>], width: usize, color: bool) -> String {
    let cells: Vec<Vec<String>> =
        rows.iter().map(|r| r.iter().map(|c| sanitize::clean_line(c).into_owned()).collect()).collect();
    let natural: Vec<usize> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| cells.iter().map(|r| r.get(i).map_or(0, |s| s.width())).max().unwrap_or(0).max(c.header.width()))
        .collect();
    let widths = fit(&natural, columns, width);
    let mut out = String::new();
    let mut line = |values: &mut dyn Iterator<Item = &str>, header: bool| {
        let mut s = String::new();
        let values: Vec<&str> = values.collect();
        for (i, w) in widths.iter().enumerate() {
            let text = truncate(values.get(i).copied().unwrap_or(""), *w);
            let last = i + 1 == widths.len();
            let pad = if last { 0 } else { w.saturating_sub(text.width()) };
            paint(&mut s, if header { style::BOLD } else { anstyle::Style::new() }, &text, color);
            s.push_str(&" ".repeat(pad));
            if !last {
                s.push_str(GAP);
            }
        }
        out.push_str(s.trim_end());
        out.push('\n');
    };
    line(&mut columns.iter().map(|c| c.header), true);
    for row in &cells {
        line(&mut row.iter().map(String::as_str), false);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLS: [Column; 2] = [Column::new("SLUG", 1, 24), Column::new("TITLE", 0, 10)];

    #[test]
    fn aligns_columns() {
        let rows = vec![vec!["a".into(), "First".into()], vec!["bbbbbb".into(), "Second".into()]];
        assert_eq!(render(&COLS, &rows, 80, false), "SLUG    TITLE\na       First\nbbbbbb  Second\n");
    }

    #[test]
    fn shrinks_to_fit_with_an_ellipsis() {
        let rows = vec![vec!["slug".into(), "a title that is far too long".into()]];
        let out = render(&COLS, &rows, 20, false);
        for line in out.lines() {
            assert!(line.width() <= 20, "{line:?}");
        }
        assert!(out.contains("a title that…"), "{out}");
    }

    #[test]
    fn wide_characters_keep_alignment() {
        let rows = vec![vec!["漢字".into(), "x".into()], vec!["ab".into(), "y".into()]];
        let out = render(&COLS, &rows, 80, false);
        let cols: Vec<usize> = out.lines().skip(1).map(|l| l.width() - 1).collect();
        assert_eq!(cols[0], cols[1], "{out}");
    }

    #[test]
    fn truncate_respects_width() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("漢字漢字", 5), "漢字…");
        assert_eq!(truncate("abc", 3), "abc");
    }
}
