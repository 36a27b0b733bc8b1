//! Tables fitted to the width, rendered by comfy-table. The column widths are
//! chosen here, because one rule is ours: a key column (a slug, a tag, a
//! file location — what a user copies into the next command) is never cut or
//! wrapped. Other columns give way first, in their order: a list shows the
//! whole items that fit and `+N`, a summary is cut with '…', short values are
//! dropped (not one a row cannot be read without: a severity), a title
//! wraps, down to the narrowest width it stays readable at (every word
//! whole, each cell in at most its column's lines), measured on the cells.
//! When the width cannot hold the keys, the values kept and the wrapped
//! columns at that width, the table becomes one block per row, the key
//! alone on its first line, whole, as `ls` shows a file name longer than
//! the terminal.

use comfy_table::{CellAlignment, ColumnConstraint, ContentArrangement, Table, Width, presets};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::style;
use super::wrap::{Piece, painted, wrap, wrap_whole};
use crate::sanitize;

/// The columns between columns.
const GAP: usize = 2;

/// How a column's cells fit its width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// A key: always whole, on one line.
    Key,
    /// Text that wraps within the column.
    Wrap,
    /// Text cut to one line, ending with '…'.
    Clip,
    /// A list of keys separated by ", ": the whole items that fit on one line, then `+N`.
    Items,
    /// A short value (a count, a label): whole, or the column is dropped.
    Short,
    /// A short value a row cannot be read without (a problem's severity,
    /// the count of `tags` and `domains`): whole, never dropped; the table
    /// becomes blocks first.
    Kept,
}

/// A column: its header, how its cells fit, and when it gives way.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// Header text.
    pub header: &'static str,
    /// How cells fit.
    pub fit: Fit,
    /// The narrowest it gets before it is dropped (ignored for keys).
    pub min: usize,
    /// The widest it gets, however long its cells.
    pub max: usize,
    /// When the table is too wide, columns give way in ascending order.
    pub give: u8,
    /// Whether cells are aligned right (counts).
    pub right: bool,
    /// A wrapped column: the most lines a cell may wrap to (0: any). A column
    /// that would need more is too narrow to read: the table becomes blocks.
    pub lines: usize,
}

impl Column {
    /// A key column, never cut.
    pub const fn key(header: &'static str) -> Self {
        Column { header, fit: Fit::Key, min: 0, max: usize::MAX, give: u8::MAX, right: false, lines: 0 }
    }

    /// A column that fits its cells by `fit`, between `min` and `max` columns, giving way at step `give`.
    pub const fn new(header: &'static str, fit: Fit, min: usize, max: usize, give: u8) -> Self {
        Column { header, fit, min, max, give, right: false, lines: 0 }
    }

    /// A count, aligned right, dropped at step `give`.
    pub const fn count(header: &'static str, give: u8) -> Self {
        Column { header, fit: Fit::Short, min: 0, max: usize::MAX, give, right: true, lines: 0 }
    }

    /// A count a row cannot be read without, aligned right: never dropped
    /// (the table becomes blocks first), as [`Fit::Kept`].
    pub const fn kept_count(header: &'static str) -> Self {
        Column { header, fit: Fit::Kept, min: 0, max: usize::MAX, give: u8::MAX, right: true, lines: 0 }
    }

    /// This column with each cell wrapped to at most `lines` lines, or blocks.
    #[must_use]
    pub const fn in_lines(self, lines: usize) -> Self {
        Column { lines, ..self }
    }
}

/// The lines comfy-table wraps `cell` to in a column `width` wide, or None
/// when it would cut a word (one wider than the column). Its rule, mirrored:
/// words (split at each space) fill a line while they fit, and a line with
/// at most [`MIN_FREE`] columns left ends.
fn wrapped_lines(cell: &str, width: usize) -> Option<usize> {
    // The width of the line being filled; None while it has no text.
    let (mut lines, mut line) = (0, None::<usize>);
    for word in cell.split(' ') {
        let w = crate::columns::of(word);
        if w > width {
            return None;
        }
        line = match line {
            None if word.is_empty() => None,
            None => Some(w),
            Some(l) if l + 1 + w <= width => Some(l + 1 + w),
            Some(_) => {
                lines += 1;
                Some(w)
            }
        };
        if line.is_some_and(|l| l > width.saturating_sub(MIN_FREE)) {
            lines += 1;
            line = None;
        }
    }
    Some(lines + usize::from(line.is_some()))
}

/// comfy-table ends a line with this many columns left, or fewer.
const MIN_FREE: usize = 2;

/// The narrowest a wrapped column stays readable at: at least its `min`,
/// every word of its cells whole, each cell in at most its `lines`; never
/// more than `widest`, the width it starts at (where it shows as it can).
fn readable(column: &Column, cells: &[&str], widest: usize) -> usize {
    let fits =
        |w: usize| cells.iter().all(|c| wrapped_lines(c, w).is_some_and(|n| column.lines == 0 || n <= column.lines));
    (column.min..widest).find(|&w| fits(w)).unwrap_or(widest)
}

/// The width of each column to show (None: dropped), or None when the key
/// columns and the wrapped ones at their `readable` widths do not fit and
/// the table must be shown as blocks.
fn layout(columns: &[Column], natural: &[usize], readable: &[usize], width: usize) -> Option<Vec<Option<usize>>> {
    // A clipped column starts at its narrowest and takes the room the others leave.
    let start = |n: usize, c: &Column| if c.fit == Fit::Clip { n.min(c.min) } else { n.min(c.max) };
    let mut widths: Vec<Option<usize>> = natural.iter().zip(columns).map(|(n, c)| Some(start(*n, c))).collect();
    let total = |w: &[Option<usize>]| {
        let shown: Vec<usize> = w.iter().flatten().copied().collect();
        shown.iter().sum::<usize>() + GAP * shown.len().saturating_sub(1)
    };
    let mut order: Vec<usize> =
        (0..columns.len()).filter(|&i| !matches!(columns[i].fit, Fit::Key | Fit::Kept)).collect();
    order.sort_by_key(|&i| columns[i].give);
    // In order, each column shrinks toward its narrowest; when that is not
    // enough, it is dropped (a wrapped one stays, at its narrowest readable
    // width), and the next one gives way.
    for &i in &order {
        let over = total(&widths).saturating_sub(width);
        let Some(w) = widths[i].filter(|_| over > 0) else { continue };
        widths[i] = match columns[i].fit {
            Fit::Wrap => Some(w - over.min(w - readable[i].min(w))),
            Fit::Short => None,
            Fit::Key | Fit::Kept | Fit::Clip | Fit::Items => (w - columns[i].min.min(w) >= over).then(|| w - over),
        };
    }
    let spare = width.checked_sub(total(&widths))?;
    if let Some(i) = (0..columns.len()).find(|&i| columns[i].fit == Fit::Clip && widths[i].is_some()) {
        widths[i] = widths[i].map(|w| (w + spare).min(natural[i].min(columns[i].max)));
    }
    Some(widths)
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

/// The whole items of a ", "-separated list that fit in `max` columns on one
/// line, followed by `+N` for the N that do not.
fn items(list: &str, max: usize) -> String {
    let all: Vec<&str> = list.split(", ").filter(|s| !s.is_empty()).collect();
    for shown in (0..=all.len()).rev() {
        let mut line = all[..shown].join(", ");
        let rest = all.len() - shown;
        if rest > 0 {
            line = if shown == 0 { format!("+{rest}") } else { format!("{line}, +{rest}") };
        }
        if line.width() <= max {
            return line;
        }
    }
    String::new()
}

/// `s` without the characters that make its width as a whole differ from
/// the sum of its characters' (an emoji's skin-tone modifier, a variation
/// selector, the alef of a lam-alef): comfy-table pads a cell by the first,
/// most terminals draw the second, and a row would be wider than the width.
/// Text whose two widths agree (nearly all) is kept as it is. An emoji
/// joined to the one before (`👩‍💻`) is shown beside it, the joiner left
/// out (`👩💻`), not left out itself with the joiner dangling.
fn even_width(s: String) -> String {
    if s.width() == crate::columns::per_char(&s) {
        return s;
    }
    let even_now = |even: &String| even.width() == crate::columns::per_char(even);
    let mut even = String::with_capacity(s.len());
    for c in s.chars() {
        even.push(c);
        // A character added keeps the two widths equal, or is left out.
        if c.is_ascii() || even_now(&even) {
            continue;
        }
        even.pop();
        // After a joiner: without it, the two side by side.
        if even.ends_with('\u{200D}') {
            even.pop();
            even.push(c);
            if !even_now(&even) {
                even.pop();
            }
        }
    }
    even
}

/// A cell's text fitted to `width` by `fit`.
fn fitted(text: &str, fit: Fit, width: usize) -> String {
    match fit {
        Fit::Clip => truncate(text, width),
        Fit::Items => items(text, width),
        Fit::Key | Fit::Wrap | Fit::Short | Fit::Kept => text.to_owned(),
    }
}

/// Renders rows under a bold header, fitted to `width` (see the module).
pub fn render(columns: &[Column], rows: &[Vec<String>], width: usize, color: bool) -> String {
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            r.iter()
                .zip(0..)
                .map(|(c, i)| {
                    let clean = sanitize::clean_line(c).into_owned();
                    // A key shows as it is, to be copied.
                    if columns.get(i).is_some_and(|col| col.fit == Fit::Key) { clean } else { even_width(clean) }
                })
                .collect()
        })
        .collect();
    let natural: Vec<usize> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| cells.iter().map(|r| r.get(i).map_or(0, |s| s.width())).max().unwrap_or(0).max(c.header.width()))
        .collect();
    let readable: Vec<usize> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| match c.fit {
            Fit::Wrap => {
                let cells: Vec<&str> =
                    cells.iter().filter_map(|r| r.get(i)).map(String::as_str).chain([c.header]).collect();
                readable(c, &cells, natural[i].min(c.max))
            }
            _ => 0,
        })
        .collect();
    match layout(columns, &natural, &readable, width) {
        Some(widths) => table(columns, &cells, &widths, color),
        None => blocks(columns, &cells, width, color),
    }
}

/// The table itself, by comfy-table, with the widths of `layout`.
fn table(columns: &[Column], cells: &[Vec<String>], widths: &[Option<usize>], color: bool) -> String {
    let shown: Vec<(usize, usize)> = widths.iter().enumerate().filter_map(|(i, w)| w.map(|w| (i, w))).collect();
    let mut table = Table::new();
    table.load_preset(presets::NOTHING).set_content_arrangement(ContentArrangement::Disabled);
    table.set_header(shown.iter().map(|(i, _)| columns[*i].header).collect::<Vec<_>>());
    for row in cells {
        let row: Vec<String> =
            shown.iter().map(|&(i, w)| fitted(row.get(i).map_or("", String::as_str), columns[i].fit, w)).collect();
        table.add_row(row);
    }
    for (n, &(i, w)) in shown.iter().enumerate() {
        if let Some(column) = table.column_mut(n) {
            // comfy-table counts the padding (our gap) in a column's width.
            let gap = if n + 1 == shown.len() { 0 } else { GAP };
            let fixed = u16::try_from(w + gap).unwrap_or(u16::MAX);
            column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(fixed)));
            column.set_padding((0, u16::try_from(gap).unwrap_or(0)));
            if columns[i].right {
                column.set_cell_alignment(CellAlignment::Right);
            }
        }
    }
    let mut out = String::new();
    for (n, line) in table.lines().enumerate() {
        let line = line.trim_end();
        out.push_str(&if n == 0 { painted(style::BOLD, line, color) } else { line.to_owned() });
        out.push('\n');
    }
    out
}

/// One block per row: the key alone on its first line, whole; the other
/// cells under it, indented and wrapped; a blank line between blocks.
fn blocks(columns: &[Column], cells: &[Vec<String>], width: usize, color: bool) -> String {
    let mut out = String::new();
    // A very narrow terminal has no room for an indent.
    let indent = if width >= 10 { "  " } else { "" };
    for (n, row) in cells.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        for (i, cell) in row.iter().enumerate().filter(|(_, c)| !c.is_empty()) {
            let Some(column) = columns.get(i) else { continue };
            if column.fit == Fit::Key {
                out.push_str(&painted(style::BOLD, cell, color));
                out.push('\n');
                continue;
            }
            let text = if matches!(column.fit, Fit::Short | Fit::Kept) {
                format!("{}: {cell}", column.header.to_lowercase())
            } else {
                cell.clone()
            };
            // A list's keys whole, each on a line of its own if it must (a
            // tag broken in two cannot be copied into `--tag`).
            let wrap = if column.fit == Fit::Items { wrap_whole } else { wrap };
            for line in wrap(&[Piece::new(text, anstyle::Style::new())], width, indent, indent, color) {
                out.push_str(&line);
                out.push('\n');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_as_wide_whole_as_their_characters() {
        // A skin-tone modifier, a variation selector, a lam-alef: left out; the rest kept.
        for (cell, kept) in [
            ("a 🕴\u{1f3fb} b", "a 🕴 b"),
            ("x\u{2601}\u{fe0f}y", "x\u{2601}y"),
            ("\u{644}\u{627}", "\u{644}"),
            ("a 👩\u{200d}💻 b", "a 👩💻 b"),
            ("👨\u{200d}👩\u{200d}👧 Zürich", "👨👩👧 Zürich"),
            ("plain, café, 日本", "plain, café, 日本"),
        ] {
            let even = even_width(cell.to_owned());
            assert_eq!(even, kept, "{cell:?}");
            assert_eq!(unicode_width::UnicodeWidthStr::width(even.as_str()), crate::columns::per_char(&even));
        }
    }

    const COLS: [Column; 3] = [
        Column::key("SLUG"),
        Column::new("TITLE", Fit::Wrap, 8, usize::MAX, 2),
        Column::new("TAGS", Fit::Items, 10, 30, 1),
    ];

    fn row(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn aligns_columns_two_spaces_apart() {
        let rows = vec![row(&["a", "First", "x"]), row(&["bbbbbb", "Second", "y, z"])];
        assert_eq!(render(&COLS, &rows, 80, false), "SLUG    TITLE   TAGS\na       First   x\nbbbbbb  Second  y, z\n");
    }

    #[test]
    fn keys_stay_whole_while_the_rest_gives_way() {
        let rows =
            vec![row(&["financial-p2p-marketplace", "Financial P2P Marketplace", "lending, p2p-lending, marketplace"])];
        for width in [40, 34, 30, 25] {
            let out = render(&COLS, &rows, width, false);
            assert!(out.contains("financial-p2p-marketplace"), "{width}:\n{out}");
            for line in out.lines() {
                assert!(line.width() <= width, "{width}: {line:?}");
            }
            // Every word shown is a whole one: a header, the key, a title word, a tag or a `+N`.
            let whole = ["SLUG", "TITLE", "TAGS", "financial-p2p-marketplace", "Financial", "P2P", "Marketplace"];
            let tags = ["lending", "p2p-lending", "marketplace"];
            for word in out.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()) {
                let known = whole.contains(&word) || tags.contains(&word) || word.starts_with('+');
                assert!(known, "{word:?} was cut at {width}:\n{out}");
            }
        }
        // Tags give way first: whole tags and a count.
        assert!(render(&COLS, &rows, 70, false).contains("lending, +2"), "{}", render(&COLS, &rows, 70, false));
    }

    #[test]
    fn wrapped_lines_are_counted_as_comfy_table_wraps_them() {
        let cells = [
            "Runtime configuration, migrations and deployment for Elixir applications",
            "Introducing Sage - a Sagas pattern implementation in Elixir",
            "a b c d e f g h i j k l m n o p",
            "two  spaces and  more",
            "漢字 かな text",
            "",
        ];
        for cell in cells {
            for width in 1..=40 {
                let Some(lines) = wrapped_lines(cell, width) else {
                    assert!(cell.split(' ').any(|w| w.width() > width), "{cell:?} at {width}: no word is too wide");
                    continue;
                };
                let mut table = Table::new();
                table.load_preset(presets::NOTHING).set_content_arrangement(ContentArrangement::Disabled);
                table.add_row([cell]);
                if let Some(column) = table.column_mut(0) {
                    column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(u16::try_from(width).unwrap_or(1))));
                    column.set_padding((0, 0));
                }
                let drawn = table.lines().count();
                // comfy-table draws an empty cell as one blank line.
                assert_eq!(lines.max(1), drawn, "{cell:?} at {width}:\n{table}");
            }
        }
    }

    #[test]
    fn a_wrapped_column_too_narrow_to_read_becomes_blocks() {
        let cols = [Column::key("SLUG"), Column::new("TITLE", Fit::Wrap, 8, 40, 1).in_lines(1)];
        let rows = vec![row(&["a-long-slug-of-twenty", "Sagas pattern implementation"])];
        // The title on one line needs 28 columns: 21 + 2 + 28 = 51.
        for width in [30, 37, 50] {
            let out = render(&cols, &rows, width, false);
            assert_eq!(out, "a-long-slug-of-twenty\n  Sagas pattern implementation\n", "{width}");
        }
        let out = render(&cols, &rows, 51, false);
        assert_eq!(out, "SLUG                   TITLE\na-long-slug-of-twenty  Sagas pattern implementation\n");
        // Without a limit on lines, every word whole is enough: "implementation" at 21 + 2 + 14.
        let cols = [cols[0], Column::new("TITLE", Fit::Wrap, 8, 40, 1)];
        let out = render(&cols, &rows, 37, false);
        assert!(out.contains("Sagas pattern\n") && out.ends_with(" implementation\n"), "{out}");
        assert!(!render(&cols, &rows, 36, false).starts_with("SLUG"));
    }

    #[test]
    fn too_narrow_for_the_key_becomes_blocks() {
        let rows = vec![row(&["a-very-long-slug-for-a-narrow-screen", "Title", "t1, t2"]), row(&["b", "B", ""])];
        let out = render(&COLS, &rows, 20, false);
        assert_eq!(out, "a-very-long-slug-for-a-narrow-screen\n  Title\n  t1, t2\n\nb\n  B\n");
    }

    #[test]
    fn a_character_wider_than_the_terminal_is_not_shown() {
        // U+17D8 is three columns wide: at two, it stands as '…'.
        let rows = vec![row(&["k", "a\u{17d8}b", ""])];
        let out = render(&COLS, &rows, 2, false);
        assert_eq!(out, "k\na…\nb\n");
        assert!(out.lines().all(|l| l.width() <= 2), "{out:?}");
        assert!(render(&COLS, &rows, 3, false).contains('\u{17d8}'), "shown when it fits");
    }

    #[test]
    fn counts_align_right_and_are_dropped_before_keys() {
        let cols = [Column::key("TAG"), Column::count("ITEMS", 1), Column::count("POSTS", 0)];
        let rows = vec![row(&["elixir", "12", "5"]), row(&["go", "1", "0"])];
        assert_eq!(
            render(&cols, &rows, 80, false),
            "TAG     ITEMS  POSTS\nelixir     12      5\ngo          1      0\n"
        );
        assert_eq!(render(&cols, &rows, 15, false), "TAG     ITEMS\nelixir     12\ngo          1\n");
        // A kept count is never dropped: the table becomes blocks first.
        let kept = [Column::key("TAG"), Column::kept_count("ITEMS"), Column::count("POSTS", 0)];
        assert_eq!(render(&kept, &rows, 15, false), "TAG     ITEMS\nelixir     12\ngo          1\n");
        assert_eq!(render(&kept, &rows, 12, false), "elixir\n  items: 12\n  posts: 5\n\ngo\n  items: 1\n  posts: 0\n");
    }

    #[test]
    fn wide_characters_keep_alignment() {
        let rows = vec![row(&["漢字", "x", ""]), row(&["ab", "y", ""])];
        let out = render(&COLS, &rows, 80, false);
        let cols: Vec<usize> = out.lines().skip(1).map(|l| l.trim_end().width() - 1).collect();
        assert_eq!(cols[0], cols[1], "{out}");
    }

    #[test]
    fn truncate_and_items_respect_width() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("漢字漢字", 5), "漢字…");
        assert_eq!(truncate("abc", 3), "abc");
        assert_eq!(items("a, bb, ccc", 10), "a, bb, ccc");
        assert_eq!(items("a, bb, ccc", 9), "a, bb, +1");
        assert_eq!(items("aaaa, bb", 3), "+2");
    }
}
