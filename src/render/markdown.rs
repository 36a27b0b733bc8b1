//! Markdown to terminal text: pulldown-cmark events laid out as wrapped, styled
//! lines, with headings set apart, bullets, emphasis and no Markdown syntax left.

use std::borrow::Cow;

use anstyle::Style;
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use unicode_width::UnicodeWidthStr;

use super::style;
use super::wrap::{Piece, painted, wrap};
use crate::sanitize;

/// One level of nesting: a list item or a block quote.
struct Indent {
    /// Prefix of the first line of the container's first block.
    first: String,
    /// Prefix of every other line.
    rest: String,
    /// Whether the first line was already written.
    used: bool,
}

/// Renders Markdown to lines of at most `width` columns, styled when `color`.
pub fn render(markdown: &str, width: usize, color: bool) -> String {
    let mut r = Renderer { width, color, ..Renderer::default() };
    let options =
        Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS | Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES;
    // Escape sequences go before parsing: the parser splits text at `[` and
    // `]`, so an `ESC [2J` cleaned event by event would leave `[2J` behind.
    let markdown = sanitize::clean_source(markdown);
    for event in Parser::new_ext(&markdown, options) {
        r.event(event);
    }
    r.flush();
    let mut out = r.lines.join("\n");
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

/// The columns between two tab stops in a code block (as bat has them).
const TAB_STOP: usize = 4;

/// `line` with each tab as the spaces to the next tab stop ([`TAB_STOP`]):
/// a tab shown as one space flattened every level of indented code.
fn expand_tabs(line: &str) -> Cow<'_, str> {
    if !line.contains('\t') {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len() + 8);
    let mut column = 0;
    for c in line.chars() {
        if c == '\t' {
            let spaces = TAB_STOP - column % TAB_STOP;
            out.extend(std::iter::repeat_n(' ', spaces));
            column += spaces;
        } else {
            out.push(c);
            column += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        }
    }
    Cow::Owned(out)
}

#[derive(Default)]
struct Renderer {
    width: usize,
    color: bool,
    lines: Vec<String>,
    pieces: Vec<Piece<'static>>,
    styles: Vec<Style>,
    indents: Vec<Indent>,
    /// For each open list: the next number, or None for bullets.
    lists: Vec<Option<u64>>,
    heading: Option<HeadingLevel>,
    code_block: Option<String>,
    /// Inside an HTML comment that began in an earlier HTML event.
    in_comment: bool,
    link_urls: Vec<String>,
    pending_blank: bool,
    /// The table being read: its alignments, header and rows of plain cells.
    table: Option<TableInProgress>,
    /// Footnote labels, numbered in the order they are first met (`[^note]`
    /// shows as `[1]`, as GitHub numbers them).
    footnotes: Vec<String>,
}

/// A Markdown table as its events arrive.
#[derive(Default)]
struct TableInProgress {
    alignments: Vec<pulldown_cmark::Alignment>,
    head: Vec<String>,
    rows: Vec<Vec<String>>,
    row: Vec<String>,
}

impl Renderer {
    fn style(&self) -> Style {
        self.styles.last().copied().unwrap_or_default()
    }

    fn push_style(&mut self, add: Style) {
        let base = self.style();
        let mut s = base.effects(base.get_effects() | add.get_effects());
        if let Some(fg) = add.get_fg_color().or(base.get_fg_color()) {
            s = s.fg_color(Some(fg));
        }
        self.styles.push(s);
    }

    /// `html` without its comments (`<!-- … -->`, `<!-->`: as
    /// [`sanitize::comment_end`] reads them), which may begin in an earlier
    /// event of the same HTML block and end in a later one (never past the
    /// block: `in_comment` ends with it).
    fn without_comments(&mut self, html: &str) -> String {
        let mut out = String::new();
        let mut rest = html;
        loop {
            if self.in_comment {
                let Some(end) = rest.find("-->") else { return out };
                rest = &rest[end + 3..];
                self.in_comment = false;
            }
            let Some(start) = rest.find("<!--") else {
                out.push_str(rest);
                return out;
            };
            out.push_str(&rest[..start]);
            let Some(len) = sanitize::comment_end(&rest[start..]) else {
                self.in_comment = true;
                return out;
            };
            rest = &rest[start + len..];
        }
    }

    fn text(&mut self, text: &str) {
        let text = sanitize::clean(text);
        self.pieces.push(Piece::new(text.into_owned(), self.style()));
    }

    /// Prefixes for the next block's first line and its other lines, marking
    /// the containers' first lines as written. Nesting indents at most half the
    /// width: deeper levels add no more, so text always keeps room.
    fn prefixes(&mut self) -> (String, String) {
        let (first, rest) = self.prefixes_peek();
        for level in &mut self.indents {
            level.used = true;
        }
        (first, rest)
    }

    /// Like [`Renderer::prefixes`], without marking anything as written.
    fn prefixes_peek(&self) -> (String, String) {
        let budget = self.width / 2;
        let mut first = String::new();
        let mut rest = String::new();
        let mut used = 0;
        for level in &self.indents {
            let piece = if level.used { &level.rest } else { &level.first };
            let w = console_width(&level.rest).max(console_width(piece));
            if used + w > budget {
                continue;
            }
            used += w;
            first.push_str(piece);
            rest.push_str(&level.rest);
        }
        (first, rest)
    }

    fn blank_if_pending(&mut self) {
        if self.pending_blank && !self.lines.is_empty() {
            let (_, rest) = self.prefixes_peek();
            self.lines.push(rest.trim_end().to_owned());
        }
        self.pending_blank = false;
    }

    /// Writes the collected inline text as one wrapped block.
    fn flush(&mut self) {
        if self.pieces.iter().all(|p| p.text.trim().is_empty()) {
            self.pieces.clear();
            return;
        }
        self.blank_if_pending();
        let mut pieces = std::mem::take(&mut self.pieces);
        // A break ends a line, not a block: none after the last (an HTML
        // block's lines each end with one).
        while pieces.last().is_some_and(|p| p.text == "\n") {
            pieces.pop();
        }
        let (first, rest) = self.prefixes();
        // Hard breaks arrive as '\n' pieces: wrap each segment on its own.
        let mut segment = Vec::new();
        let mut first_prefix = first;
        for piece in pieces {
            if piece.text == "\n" {
                let lines = wrap(&segment, self.width, &first_prefix, &rest, self.color);
                self.lines.extend(lines);
                segment.clear();
                first_prefix.clone_from(&rest);
            } else {
                let text = if piece.text.contains('\n') { piece.text.replace('\n', " ").into() } else { piece.text };
                segment.push(Piece { text, style: piece.style });
            }
        }
        let lines = wrap(&segment, self.width, &first_prefix, &rest, self.color);
        self.lines.extend(lines);
    }

    fn heading_end(&mut self) {
        let level = self.heading.take();
        self.flush_heading(level);
        self.styles.pop();
        self.pending_blank = true;
    }

    fn flush_heading(&mut self, level: Option<HeadingLevel>) {
        let before = self.lines.len();
        self.flush();
        let rule = match level {
            Some(HeadingLevel::H1) => '═',
            Some(HeadingLevel::H2) => '─',
            _ => return,
        };
        let widest = self.lines[before..].iter().map(|l| console_width(l)).max().unwrap_or(0);
        if widest > 0 {
            let (_, rest) = self.prefixes_peek();
            let len = widest.saturating_sub(console_width(&rest));
            let line = format!("{rest}{}", painted(style::DIM, &rule.to_string().repeat(len), self.color));
            self.lines.push(line);
        }
    }

    /// Lays out the table just read, fitted to what the containers leave.
    fn table_end(&mut self) {
        let Some(table) = self.table.take() else { return };
        self.blank_if_pending();
        let (_, rest) = self.prefixes_peek();
        let avail = self.width.saturating_sub(console_width(&rest)).max(1);
        for line in super::md_table::render(&table.head, &table.rows, &table.alignments, avail, self.color) {
            self.lines.push(format!("{rest}{line}"));
        }
        self.pending_blank = true;
    }

    fn code_block_end(&mut self) {
        let code = self.code_block.take().unwrap_or_default();
        self.blank_if_pending();
        let (_, rest) = self.prefixes_peek();
        let prefix = format!("{rest}    ");
        // The prefix may carry styles: measure what shows (fuzzing found this).
        let avail = self.width.saturating_sub(console_width(&prefix)).max(1);
        for line in code.trim_end_matches('\n').split('\n') {
            // Escape sequences out first: they take no columns of a tab stop.
            let source = sanitize::clean_source(line);
            let expanded = expand_tabs(&source);
            let line = sanitize::clean(&expanded);
            let chunks = super::wrap::hard_wrap(line.trim_end(), avail);
            if chunks.is_empty() {
                self.lines.push(prefix.trim_end().to_owned());
            }
            for chunk in chunks {
                self.lines.push(format!("{prefix}{}", painted(style::CODE, &chunk, self.color)));
            }
        }
        self.pending_blank = true;
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) => {
                if let Some(code) = &mut self.code_block {
                    code.push_str(&t);
                } else {
                    self.text(&t);
                }
            }
            // A line of an HTML block, as written, on a line of its own (a
            // comment left out, as every renderer leaves it out).
            Event::Html(t) => {
                let shown = self.without_comments(&t);
                for line in shown.split_inclusive('\n') {
                    if !line.trim().is_empty() {
                        self.text(line.trim_end_matches(['\n', '\r']));
                        self.pieces.push(Piece::new("\n", self.style()));
                    }
                }
            }
            // Inline HTML: a comment left out, `<br>` a line break, a tag
            // (`<kbd>`, `</sup>`) left out for the text it marks; else as written.
            Event::InlineHtml(t) => {
                let shown = self.without_comments(&t);
                // An inline comment is whole: nothing after it is one.
                self.in_comment = false;
                let tag = shown.trim();
                if sanitize::is_break_tag(tag) {
                    self.pieces.push(Piece::new("\n", self.style()));
                } else if !sanitize::is_marking_tag(tag) {
                    self.text(&shown);
                }
            }
            Event::Code(t) => {
                let text = sanitize::clean(&t).into_owned();
                let mut s = self.style();
                s = s.fg_color(style::CODE.get_fg_color());
                self.pieces.push(Piece::new(text, s));
            }
            Event::SoftBreak => self.pieces.push(Piece::new(" ", self.style())),
            Event::HardBreak => self.pieces.push(Piece::new("\n", self.style())),
            Event::Rule => {
                self.flush();
                self.blank_if_pending();
                let (first, _) = self.prefixes();
                let len = self.width.saturating_sub(first.width());
                let line = format!("{first}{}", painted(style::DIM, &"─".repeat(len), self.color));
                self.lines.push(line);
                self.pending_blank = true;
            }
            Event::FootnoteReference(t) => {
                let number = self.footnote_number(&t);
                self.text(&format!("[{number}]"));
            }
            Event::TaskListMarker(done) => self.text(if done { "[x] " } else { "[ ] " }),
            Event::InlineMath(t) | Event::DisplayMath(t) => self.text(&t),
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            // An HTML block is a paragraph of its own (its text as written, its lines joined).
            Tag::Paragraph | Tag::HtmlBlock => self.flush(),
            Tag::Heading { level, .. } => {
                self.flush();
                self.pending_blank = true;
                self.heading = Some(level);
                self.push_style(match level {
                    HeadingLevel::H1 => style::H1,
                    HeadingLevel::H2 => style::H2,
                    _ => style::H3,
                });
                // Level one and two get a rule beneath; lower levels a marker, so
                // they stand apart from paragraphs without colour too.
                if !matches!(level, HeadingLevel::H1 | HeadingLevel::H2) {
                    self.pieces.push(Piece::new("▸ ", self.style()));
                }
            }
            Tag::BlockQuote(_) => {
                self.flush();
                // The blank line before the quote belongs outside it (no bar).
                self.pending_blank = true;
                self.blank_if_pending();
                let bar = painted(style::DIM, "│ ", self.color);
                self.indents.push(Indent { first: bar.clone(), rest: bar, used: false });
                self.push_style(style::ITALIC);
            }
            Tag::CodeBlock(_) => {
                self.flush();
                self.pending_blank = true;
                self.code_block = Some(String::new());
            }
            Tag::List(start) => {
                self.flush();
                if self.lists.is_empty() {
                    self.pending_blank = true;
                }
                self.lists.push(start);
            }
            Tag::Item => {
                self.flush();
                let marker = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        let m = format!("{n}. ");
                        *n += 1;
                        m
                    }
                    _ => "• ".to_owned(),
                };
                let pad = " ".repeat(marker.width());
                self.indents.push(Indent {
                    first: painted(style::BULLET, &marker, self.color),
                    rest: pad,
                    used: false,
                });
            }
            Tag::FootnoteDefinition(label) => self.footnote_start(&label),
            Tag::Table(alignments) => {
                self.flush();
                self.table = Some(TableInProgress { alignments, ..TableInProgress::default() });
            }
            Tag::TableHead | Tag::TableRow | Tag::TableCell => self.pieces.clear(),
            Tag::Emphasis => self.push_style(style::ITALIC),
            Tag::Strong => self.push_style(style::BOLD),
            Tag::Strikethrough => self.push_style(Style::new().strikethrough()),
            Tag::Link { dest_url, .. } => {
                self.push_style(style::LINK);
                self.link_urls.push(dest_url.into_string());
            }
            Tag::Image { dest_url, .. } => {
                self.text("[image: ");
                self.link_urls.push(dest_url.into_string());
            }
            _ => {}
        }
    }

    /// The number of the footnote labelled `label`: its place among the
    /// labels met so far, or the next one. Labels match in any case, as
    /// the parser matches a reference to its note (`[^Note]` is `[^note]`).
    fn footnote_number(&mut self, label: &str) -> usize {
        let label = label.to_lowercase();
        let at = self.footnotes.iter().position(|l| *l == label).unwrap_or_else(|| {
            self.footnotes.push(label);
            self.footnotes.len() - 1
        });
        at + 1
    }

    /// A footnote's text where it is written, under its number (`[1] `), as
    /// a list item is under its mark.
    fn footnote_start(&mut self, label: &str) {
        self.flush();
        self.pending_blank = true;
        let marker = format!("[{}] ", self.footnote_number(label));
        let pad = " ".repeat(marker.width());
        self.indents.push(Indent { first: painted(style::DIM, &marker, self.color), rest: pad, used: false });
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph | TagEnd::HtmlBlock => {
                // A comment the block did not end ends with it.
                self.in_comment = false;
                self.flush();
                self.pending_blank = true;
            }
            TagEnd::Heading(_) => self.heading_end(),
            TagEnd::BlockQuote(_) => {
                self.flush();
                self.indents.pop();
                self.styles.pop();
                self.pending_blank = true;
            }
            TagEnd::CodeBlock => self.code_block_end(),
            TagEnd::FootnoteDefinition => {
                self.flush();
                self.indents.pop();
                self.pending_blank = true;
            }
            TagEnd::List(_) => {
                self.flush();
                self.lists.pop();
                if self.lists.is_empty() {
                    self.pending_blank = true;
                }
            }
            TagEnd::Item => {
                self.flush();
                self.indents.pop();
            }
            TagEnd::TableCell => {
                let text: String = self.pieces.drain(..).map(|p| p.text).collect();
                if let Some(table) = &mut self.table {
                    table.row.push(text.trim().to_owned());
                }
            }
            TagEnd::TableHead => {
                if let Some(table) = &mut self.table {
                    table.head = std::mem::take(&mut table.row);
                }
            }
            TagEnd::TableRow => {
                if let Some(table) = &mut self.table {
                    let row = std::mem::take(&mut table.row);
                    table.rows.push(row);
                }
            }
            TagEnd::Table => self.table_end(),
            TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough => {
                self.styles.pop();
            }
            TagEnd::Link => {
                self.styles.pop();
                let url = self.link_urls.pop().unwrap_or_default();
                let shown: String = self.pieces.iter().rev().take(1).map(|p| p.text.clone()).collect();
                if !url.is_empty() && shown != url && !url.starts_with('#') {
                    let text = format!(" ({})", sanitize::clean_line(&url));
                    self.pieces.push(Piece::new(text, style::DIM));
                }
            }
            TagEnd::Image => {
                let url = self.link_urls.pop().unwrap_or_default();
                self.text(&format!("]({url})"));
            }
            _ => {}
        }
    }
}

/// The display width of a line, ignoring ANSI escape sequences.
pub fn console_width(line: &str) -> usize {
    textwrap::core::display_width(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leaves_no_markdown_syntax() {
        let md = "## The Ask\n\nSome **bold** and *em* text with `code`.\n\n- one\n- two\n\n1. **First** - a\n2. Second\n\n> quoted\n";
        let out = render(md, 80, false);
        assert!(!out.contains('#') && !out.contains("**") && !out.contains('`'), "{out}");
        assert!(out.contains("The Ask\n───────"), "{out}");
        assert!(out.contains("• one\n• two"), "{out}");
        assert!(out.contains("1. First - a\n2. Second"), "{out}");
        assert!(out.contains("│ quoted"), "{out}");
    }

    #[test]
    fn wraps_list_items_with_hanging_indent() {
        let out = render("- alpha beta gamma delta\n", 14, false);
        assert_eq!(out, "• alpha beta\n  gamma delta\n");
    }

    #[test]
    fn never_exceeds_the_width() {
        let md = "# A very long heading that goes on\n\nword ".repeat(20)
            + "\n\n    code line that is long enough to wrap\n";
        for width in [20, 33, 80] {
            for line in render(&md, width, true).lines() {
                assert!(console_width(line) <= width, "{width}: {line:?}");
            }
        }
    }

    #[test]
    fn footnotes_are_numbered_in_order_and_their_text_indented_under_it() {
        let md = "A claim[^1] and another[^note].\n\n[^1]: The first note, long enough to wrap onto a second line here.\n\n[^note]: The second.\n";
        let out = render(md, 40, false);
        assert_eq!(
            out,
            "A claim[1] and another[2].\n\n[1] The first note, long enough to wrap\n    onto a second line here.\n\n[2] The second.\n"
        );
        // Numbered as they are first met, whatever they are labelled; a
        // note referred to twice keeps its number; one never referred to
        // takes the next.
        let md = "B[^b], A[^a], B again[^b].\n\n[^a]: Note a.\n\n[^b]: Note b.\n\n[^c]: Note c.\n";
        let out = render(md, 40, false);
        assert_eq!(out, "B[1], A[2], B again[1].\n\n[2] Note a.\n\n[1] Note b.\n\n[3] Note c.\n");
        // A label in another case is the same note.
        let out = render("First[^Note] and again[^note].\n\n[^note]: The note.\n", 40, false);
        assert_eq!(out, "First[1] and again[1].\n\n[1] The note.\n");
    }

    /// An HTML block is a block of its own, each line as written (it was
    /// one paragraph of its lines); its comments left out.
    #[test]
    fn an_html_block_is_a_block_of_its_own_line_by_line() {
        let out = render("Before.\n\n<div>\nboxed\n</div>\n\nAfter.\n", 80, false);
        assert_eq!(out, "Before.\n\n<div>\nboxed\n</div>\n\nAfter.\n");
        let out = render("<!-- draft: do not publish -->\n\nShown.\n\n<!--\nmany\nlines\n-->\n\nEnd.\n", 80, false);
        assert_eq!(out, "Shown.\n\nEnd.\n");
        let out = render("<details>\n<summary>More</summary>\n\nBody.\n\n</details>\n", 80, false);
        assert_eq!(out, "<details>\n<summary>More</summary>\n\nBody.\n\n</details>\n");
        // A comment left open ends with its block; CommonMark's short ones at once.
        let out = render("<div>\n<!-- november\n</div>\n\nVisible oscar.\n\n<p>papa</p>\n", 80, false);
        assert_eq!(out, "<div>\n\nVisible oscar.\n\n<p>papa</p>\n");
        assert_eq!(render("Intro <!--> echo.\n\n<!--->\n\nDelta.\n", 80, false), "Intro echo.\n\nDelta.\n");
    }

    /// Inline HTML: a comment and a tag are markup, not text; `<br>` breaks
    /// the line; what only looks like a tag is text (`a < b`).
    #[test]
    fn inline_html_shows_what_it_marks() {
        let out =
            render("Line<br>two<br/>three, <kbd>Ctrl</kbd>+<kbd>C</kbd> and a <!-- hidden --> note.\n", 80, false);
        assert_eq!(out, "Line\ntwo\nthree, Ctrl+C and a note.\n");
        assert_eq!(render("a < b and c > d, <3.\n", 80, false), "a < b and c > d, <3.\n");
        let is_tag = sanitize::is_marking_tag;
        assert!(is_tag("<span class=\"x\">") && is_tag("</sup>") && !is_tag("<3>") && !is_tag("< b >"));
        // Types in prose, links and images are shown as written.
        assert_eq!(render("Vec<T> and Option<String>.\n", 80, false), "Vec<T> and Option<String>.\n");
        assert!(!is_tag("<a href=\"x\">") && !is_tag("<img alt=\"diagram\">"));
    }

    /// A tab in code goes to the next stop of four columns (it was one space:
    /// every level of indented Go was one column).
    #[test]
    fn a_tab_in_code_goes_to_the_next_tab_stop() {
        let out = render("```go\nfunc f() {\n\tif x {\n\t\treturn\n\t}\n}\n```\n", 80, false);
        assert_eq!(out, "    func f() {\n        if x {\n            return\n        }\n    }\n");
        assert_eq!(expand_tabs("ab\tc\t\td"), "ab  c       d");
        assert_eq!(expand_tabs("漢\tx"), "漢  x");
    }

    #[test]
    fn links_show_their_target() {
        assert_eq!(render("[site](https://example.org)\n", 80, false), "site (https://example.org)\n");
    }

    #[test]
    fn strips_escape_sequences_from_text() {
        let out = render("hi \u{1b}[2J there\n", 80, true);
        assert!(!out.contains("\u{1b}[2J"), "{out:?}");
    }

    /// Regression: pulldown-cmark splits text at brackets, so a sequence
    /// cleaned event by event lost its ESC but left `[2J]0;pwned` as text.
    #[test]
    fn an_escape_split_by_the_parser_leaves_nothing_behind() {
        let out = render("a \u{1b}[2J\u{1b}]0;pwned\u{7} b [x](y) \u{1b}]8;;http://e\u{1b}\\c\n", 80, false);
        assert_eq!(out, "a b x (y) c\n");
    }
}
