//! Word wrapping of styled text: pieces of text with a style, wrapped to a width
//! with textwrap's first-fit algorithm, so styles never bleed across lines.

use anstyle::Style;
use textwrap::core::Fragment;
use unicode_width::UnicodeWidthStr;

/// A run of text in one style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// The text (already sanitized).
    pub text: String,
    /// How to show it on a colour terminal.
    pub style: Style,
}

impl Piece {
    /// A piece of text in a style.
    pub fn new(text: impl Into<String>, style: Style) -> Self {
        Piece { text: text.into(), style }
    }
}

/// One word: the pieces between two spaces, and whether a space follows.
#[derive(Debug, Clone)]
struct Word {
    parts: Vec<(Style, String)>,
    width: usize,
    space_after: bool,
}

impl Fragment for Word {
    fn width(&self) -> f64 {
        self.width as f64
    }
    fn whitespace_width(&self) -> f64 {
        if self.space_after { 1.0 } else { 0.0 }
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Splits styled pieces into words at spaces; words wider than `max` are cut.
fn words(pieces: &[Piece], max: usize) -> Vec<Word> {
    let mut out = Vec::new();
    let mut current = Word { parts: Vec::new(), width: 0, space_after: false };
    for piece in pieces {
        let mut first = true;
        for chunk in piece.text.split([' ', '\n']) {
            if !first {
                if current.width > 0 {
                    current.space_after = true;
                    out.push(std::mem::replace(&mut current, Word { parts: Vec::new(), width: 0, space_after: false }));
                } else if let Some(prev) = out.last_mut() {
                    // Several spaces in a row: keep one.
                    prev.space_after = true;
                }
            }
            first = false;
            if chunk.is_empty() {
                continue;
            }
            current.width += chunk.width();
            match current.parts.last_mut() {
                Some((style, text)) if *style == piece.style => text.push_str(chunk),
                _ => current.parts.push((piece.style, chunk.to_owned())),
            }
        }
    }
    if current.width > 0 {
        out.push(current);
    }
    out.into_iter().flat_map(|w| split_long(w, max.max(1))).collect()
}

/// Cuts a word wider than `max` columns into pieces that fit.
fn split_long(word: Word, max: usize) -> Vec<Word> {
    if word.width <= max {
        return vec![word];
    }
    let mut out = Vec::new();
    let mut cur = Word { parts: Vec::new(), width: 0, space_after: false };
    for (style, text) in word.parts {
        for ch in text.chars() {
            let w = unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0);
            if cur.width + w > max && cur.width > 0 {
                out.push(std::mem::replace(&mut cur, Word { parts: Vec::new(), width: 0, space_after: false }));
            }
            cur.width += w;
            match cur.parts.last_mut() {
                Some((s, t)) if *s == style => t.push(ch),
                _ => cur.parts.push((style, ch.to_string())),
            }
        }
    }
    cur.space_after = word.space_after;
    out.push(cur);
    out
}

/// Wraps `pieces` to `width` columns. The first line starts with `first`, the
/// others with `rest` (both already styled as the caller wants: their escape
/// sequences take no columns). Returns lines without trailing newlines; an
/// empty input gives no lines.
pub fn wrap(pieces: &[Piece], width: usize, first: &str, rest: &str, color: bool) -> Vec<String> {
    let indent = textwrap::core::display_width(first).max(textwrap::core::display_width(rest));
    let avail = width.saturating_sub(indent).max(1);
    let words = words(pieces, avail);
    let lines = textwrap::wrap_algorithms::wrap_first_fit(&words, &[avail as f64]);
    lines
        .iter()
        .enumerate()
        .map(|(n, line)| {
            let mut s = String::from(if n == 0 { first } else { rest });
            for (i, word) in line.iter().enumerate() {
                for (style, text) in &word.parts {
                    paint(&mut s, *style, text, color);
                }
                if word.space_after && i + 1 < line.len() {
                    s.push(' ');
                }
            }
            s
        })
        .collect()
}

/// Cuts `text` into pieces of at most `width` columns, keeping every space
/// (for code, where indentation matters). An empty text gives no pieces.
pub fn hard_wrap(text: &str, width: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut cols = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if cols + w > width.max(1) && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
            cols = 0;
        }
        cur.push(c);
        cols += w;
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Appends `text` to `out`, in `style` when `color` is on.
pub fn paint(out: &mut String, style: Style, text: &str, color: bool) {
    if color && style != Style::new() {
        use std::fmt::Write as _;
        // Writing to a String cannot fail.
        let _ = write!(out, "{style}{text}{style:#}");
    } else {
        out.push_str(text);
    }
}

/// `text` in `style` when `color` is on.
pub fn painted(style: Style, text: &str, color: bool) -> String {
    let mut s = String::new();
    paint(&mut s, style, text, color);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> Vec<Piece> {
        vec![Piece::new(text, Style::new())]
    }

    #[test]
    fn wraps_at_width_with_hanging_indent() {
        let lines = wrap(&plain("aaa bbb ccc ddd"), 9, "• ", "  ", false);
        assert_eq!(lines, ["• aaa bbb", "  ccc ddd"]);
    }

    #[test]
    fn hard_wrap_keeps_spaces_and_width() {
        assert_eq!(hard_wrap("    fn x() {}", 6), ["    fn", " x() {", "}"]);
        assert_eq!(hard_wrap("漢字漢", 4), ["漢字", "漢"]);
        assert!(hard_wrap("", 5).is_empty());
    }

    #[test]
    fn cuts_words_longer_than_the_line() {
        let lines = wrap(&plain("abcdefghij"), 4, "", "", false);
        assert_eq!(lines, ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn counts_wide_characters_as_two_columns() {
        let lines = wrap(&plain("漢字 漢字 漢字"), 9, "", "", false);
        assert_eq!(lines, ["漢字 漢字", "漢字"]);
    }

    #[test]
    fn styles_stay_within_a_line() {
        let bold = Style::new().bold();
        let lines = wrap(&[Piece::new("one two", bold)], 4, "", "", true);
        assert_eq!(lines.len(), 2);
        for line in lines {
            assert!(line.ends_with("\u{1b}[0m"), "{line:?}");
        }
    }

    #[test]
    fn styled_prefixes_take_only_their_visible_width() {
        // Regression: a coloured bullet's escape sequences counted as columns,
        // so coloured text wrapped narrower than plain text.
        let bullet = painted(Style::new().bold(), "• ", true);
        let lines = wrap(&plain("aaa bbb ccc ddd"), 9, &bullet, "  ", true);
        assert_eq!(lines.len(), 2, "{lines:?}");
    }

    #[test]
    fn joins_pieces_without_spaces_into_one_word() {
        let lines =
            wrap(&[Piece::new("Result:", Style::new().bold()), Piece::new(" ok", Style::new())], 80, "", "", false);
        assert_eq!(lines, ["Result: ok"]);
    }
}
