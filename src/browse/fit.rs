//! Text fitted to columns: cut with an ellipsis at a display width (wide
//! characters count two), padded, with some characters highlighted, so that
//! nothing a row draws goes past its column.

use ratatui_core::style::Style;
use ratatui_core::text::Span;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The ellipsis that ends a cut text.
const ELLIPSIS: char = '…';

/// `text` in exactly `width` columns: cut with `…` when wider, padded with
/// spaces when narrower. The characters at `marks` (char positions, sorted)
/// are in `mark`, the others in `base`.
pub fn marked(text: &str, marks: &[usize], width: usize, base: Style, mark: Style) -> Vec<Span<'static>> {
    let cut = text.width() > width;
    let room = if cut { width.saturating_sub(1) } else { width };
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_marked = false;
    let mut used = 0;
    let mut marks = marks.iter().peekable();
    for (i, c) in text.chars().enumerate() {
        let w = c.width().unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        while marks.next_if(|&&m| m < i).is_some() {}
        let is_marked = marks.peek().is_some_and(|&&m| m == i);
        if is_marked != run_marked && !run.is_empty() {
            spans.push(Span::styled(std::mem::take(&mut run), if run_marked { mark } else { base }));
        }
        run_marked = is_marked;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, if run_marked { mark } else { base }));
    }
    let mut tail = String::new();
    if cut && width > 0 {
        tail.push(ELLIPSIS);
        used += 1;
    }
    tail.push_str(&" ".repeat(width.saturating_sub(used)));
    if !tail.is_empty() {
        spans.push(Span::styled(tail, base));
    }
    spans
}

/// `text` in exactly `width` columns, in one style.
pub fn padded(text: &str, width: usize, style: Style) -> Vec<Span<'static>> {
    marked(text, &[], width, style, style)
}

/// `text` cut to at most `width` columns with `…`, not padded.
pub fn cut(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    if width > 0 {
        out.push(ELLIPSIS);
    }
    out
}

/// `title · slug` in at most `width` columns, the title cut first: the
/// slug is what `dryga show` takes and a user copies from the screen, so
/// it is cut only when it alone is wider than `width` (then shown alone).
pub fn titled(title: &str, slug: &str, width: usize) -> String {
    const DOT: &str = " · ";
    let whole = format!("{title}{DOT}{slug}");
    if whole.width() <= width {
        return whole;
    }
    // At least a letter of the title and its `…`.
    match width.checked_sub(slug.width() + DOT.width()) {
        Some(room) if room >= 2 => {
            let short = cut(title, room);
            // Not `Ecto …`: the cut at a space leaves none before its `…`.
            let short = match short.strip_suffix(ELLIPSIS) {
                Some(head) if head.ends_with(' ') => format!("{}{ELLIPSIS}", head.trim_end()),
                _ => short,
            };
            format!("{short}{DOT}{slug}")
        }
        _ => cut(slug, width),
    }
}

/// Where to start showing `text` in `width` columns so that the character at
/// `first` (a char position) shows with some context before it: the number of
/// chars to skip. A skipped start is shown as `…`, which takes one column.
pub fn start_for(text: &str, first: usize, width: usize) -> usize {
    let lead = width / 3;
    let before: Vec<usize> = text.chars().take(first).map(|c| c.width().unwrap_or(0)).collect();
    let mut cols: usize = before.iter().sum();
    if cols <= lead {
        return 0;
    }
    let mut skip = 0;
    // One column goes to the leading `…`.
    while cols + 1 > lead && skip < before.len() {
        cols -= before[skip];
        skip += 1;
    }
    skip
}

/// `text` from char `skip` on (with a leading `…` when `skip` > 0), and the
/// positions in `marks` moved to match.
pub fn skip_chars(text: &str, marks: &[usize], skip: usize) -> (String, Vec<usize>) {
    if skip == 0 {
        return (text.to_owned(), marks.to_vec());
    }
    let rest: String = text.chars().skip(skip).collect();
    let moved = marks.iter().filter(|&&m| m >= skip).map(|m| m - skip + 1).collect();
    (format!("{ELLIPSIS}{rest}"), moved)
}

/// The char positions of `text` covered by the byte spans `spans`.
pub fn chars_in(text: &str, spans: &[[usize; 2]]) -> Vec<usize> {
    text.char_indices()
        .enumerate()
        .filter(|(_, (at, _))| spans.iter().any(|[s, e]| s <= at && at < e))
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui_core::style::Modifier;

    fn text(spans: &[Span<'_>]) -> String {
        spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn a_title_is_cut_before_its_slug() {
        let (title, slug) = ("Ecto Mnesia Adapter", "ecto-mnesia");
        assert_eq!(titled(title, slug, 40), "Ecto Mnesia Adapter · ecto-mnesia");
        assert_eq!(titled(title, slug, 20), "Ecto… · ecto-mnesia");
        assert_eq!(titled(title, slug, 21), "Ecto M… · ecto-mnesia");
        assert_eq!(titled(title, slug, 16), "E… · ecto-mnesia");
        assert_eq!(titled(title, slug, 15), "ecto-mnesia");
        assert_eq!(titled(title, slug, 8), "ecto-mn…");
        for width in 0..40 {
            assert!(titled(title, slug, width).width() <= width, "{width}");
        }
    }

    #[test]
    fn fits_exactly_the_width() {
        let plain = Style::new();
        assert_eq!(text(&padded("Blitz", 8, plain)), "Blitz   ");
        assert_eq!(text(&padded("Ecto Mnesia Adapter", 8, plain)), "Ecto Mn…");
        // A wide character that would straddle the edge is left out.
        assert_eq!(text(&padded("漢字漢字", 6, plain)), "漢字… ");
        assert_eq!(text(&padded("x", 0, plain)), "");
        assert_eq!(cut("Ecto Mnesia", 6), "Ecto …");
        assert_eq!(cut("Ecto", 6), "Ecto");
    }

    #[test]
    fn marks_the_chosen_characters() {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let spans = marked("Blitz", &[0, 1, 4], 5, Style::new(), bold);
        let runs: Vec<(&str, bool)> =
            spans.iter().map(|s| (s.content.as_ref(), s.style.add_modifier.contains(Modifier::BOLD))).collect();
        assert_eq!(runs, [("Bl", true), ("it", false), ("z", true)]);
    }

    #[test]
    fn a_late_match_is_brought_into_view() {
        let line = "a b c d e f g h i j k l m n o p q r s t MATCH here";
        let first = line.find("MATCH").expect("in the line");
        let skip = start_for(line, first, 20);
        let (shown, marks) = skip_chars(line, &[first], skip);
        assert!(shown.starts_with('…'));
        let col: usize = shown.chars().take(marks[0]).map(|c| c.width().unwrap_or(0)).sum();
        assert!(col <= 20 / 3, "{shown:?} {marks:?}");
        assert_eq!(start_for("MATCH", 0, 20), 0);
        assert_eq!(chars_in("é ab", &[[3, 5]]), [2, 3]);
    }
}
